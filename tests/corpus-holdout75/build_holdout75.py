# ruff: noqa: E501, RUF001
# Hand-written message text is kept one paragraph a line, as a mail client sends it, with the
# typographic dashes, quotes and symbols that people and their clients really type.
"""Build held-out reply corpus 75: `h75-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Halden Locksmiths & Security after it sent an
overdue reminder. The new text of each message is written by hand below. The script only adds
what a mail client or a mail server would add: the quoted reminder in the client's layout and
language, headers, MIME structure, charsets and transfer encodings. It writes next to itself,
deterministically (fixed seed, boundaries and Message-IDs derived from each message's key, no
clock), parses every message back as a check and prints the count table.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import charset as mail_charset
from email import message_from_bytes, message_from_string, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Final, Literal, TypedDict

HERE: Final = Path(__file__).resolve().parent
PREFIX: Final = "h75"
SEED: Final = "halden-75-20270510"
AR_NAME: Final = "Halden Receivables"
AR_ADDR: Final = "receivables@halden-security.example"
AR_DOMAIN: Final = "halden-security.example"
HALDEN_TZ: Final = timezone(timedelta(hours=1))
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


class Facts(TypedDict, total=False):
    """What a message states, as the labels record it (everything optional)."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: str
    new_contact: str
    refs: tuple[str, ...]
    note: str


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order holdout2 uses."""

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


# --------------------------------------------------------------------------------------------
# Locale tables (mail-client furniture, not customer text)
# --------------------------------------------------------------------------------------------

DAYS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
DAYS_ABBR: Final[dict[str, tuple[str, ...]]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTHS: Final[dict[str, tuple[str, ...]]] = {
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
MONTHS_ABBR: Final[dict[str, tuple[str, ...]]] = {
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

# Gmail's attribution line, by interface language.
GMAIL_ATTRIBUTION: Final = {
    "en": "On {dab}, {d} {mab} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dab}, {d}. {mab} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dab} {d} {mab} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {dab}, {d} {mab} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {dab} {d} {mab} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {dab} {d} {mab} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION: Final = {
    "en": "On {d} {mab} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mab} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mab} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mab} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mab} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION: Final = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{M}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
# Outlook's header block: separator line, From, Sent, To, Subject, label separator, date format.
OUTLOOK_BLOCK: Final = {
    "en": (
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "{day}, {d} {month} {y} {HH}:{mm}",
    ),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "{day}, {d}. {month} {y} {HH}:{mm}",
    ),
    "fr": (
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "{day} {d} {month} {y} {HH}:{mm}",
    ),
    "es": (
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "{day}, {d} de {month} de {y} {H}:{mm}",
    ),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "{day} {d} {month} {y} {HH}:{mm}",
    ),
    "it": (
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "{day} {d} {month} {y} {HH}:{mm}",
    ),
}
OUTLOOK_REPLY_PREFIX: Final = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
SAMSUNG_BLOCK: Final = {
    "en": (
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
        ": ",
        "{dd}/{mo}/{y} {HH}:{mm} ({gmt})",
    ),
    "de": (
        "-------- Ursprüngliche Nachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
        ": ",
        "{dd}.{mo}.{yy} {HH}:{mm} ({gmt})",
    ),
    "fr": (
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
        " : ",
        "{dd}/{mo}/{y} {HH}:{mm} ({gmt})",
    ),
    "es": (
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
        ": ",
        "{d}/{M}/{yy} {H}:{mm} ({gmt})",
    ),
    "nl": (
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
        ": ",
        "{dd}-{mo}-{y} {HH}:{mm} ({gmt})",
    ),
    "it": (
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
        ": ",
        "{dd}/{mo}/{y} {HH}:{mm} ({gmt})",
    ),
}
IPHONE_SIGNATURE: Final = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
SAMSUNG_SIGNATURE: Final = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
OUTLOOK_MOBILE_SIGNATURE: Final = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
CONTENT_LANGUAGE: Final = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# Halden's reminder, as it goes out in each customer's language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final = {
    "en": "Overdue invoice {inv} – Halden Locksmiths & Security",
    "de": "Zahlungserinnerung zur Rechnung {inv}",
    "fr": "Rappel : facture {inv} échue",
    "es": "Aviso: factura {inv} vencida",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Promemoria: fattura {inv} scaduta",
}
REMINDER_BODY: Final = {
    "en": (
        "Dear customer,\n\n"
        "Our records show that the invoice below has passed its due date and is still open:\n\n"
        "  Invoice number:  {inv}\n  Invoice date:    {issued}\n  Due date:        {due}\n  Balance due:     {amt}\n\n"
        "If you have already paid, please let us know when and with which reference, so that we can match the payment. If something about the job or the invoice is not right, simply reply to this message and we will look into it.\n\n"
        "Kind regards,\n\n"
        "Accounts Receivable\nHalden Locksmiths & Security\n24-hour emergency line: 0161 496 0732\nreceivables@halden-security.example"
    ),
    "de": (
        "Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
        "bei der Durchsicht unserer Konten haben wir festgestellt, dass die folgende Rechnung noch offen ist:\n\n"
        "  Rechnungsnummer:  {inv}\n  Rechnungsdatum:   {issued}\n  Fällig am:        {due}\n  Offener Betrag:   {amt}\n\n"
        "Falls Sie bereits gezahlt haben, teilen Sie uns bitte Zahlungsdatum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Sollte an dem Auftrag oder der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Debitorenbuchhaltung\nHalden Locksmiths & Security"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "  N° de facture :  {inv}\n  Date :           {issued}\n  Échéance :       {due}\n  Montant dû :     {amt}\n\n"
        "Si votre règlement est déjà parti, merci de nous en indiquer la date et la référence afin que nous puissions le rapprocher. Si l'intervention ou la facture pose un problème, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service recouvrement\nHalden Locksmiths & Security"
    ),
    "es": (
        "Estimado/a cliente:\n\n"
        "Le recordamos que la siguiente factura ha superado su fecha de vencimiento y sigue pendiente de pago:\n\n"
        "  N.º de factura:     {inv}\n  Fecha de emisión:   {issued}\n  Vencimiento:        {due}\n  Importe pendiente:  {amt}\n\n"
        "Si ya ha efectuado el pago, le agradeceríamos que nos indicara la fecha y la referencia para poder conciliarlo. Si hay algún problema con el servicio o con la factura, basta con responder a este correo.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\nHalden Locksmiths & Security"
    ),
    "nl": (
        "Geachte klant,\n\n"
        "Volgens onze administratie is de onderstaande factuur vervallen en nog niet voldaan:\n\n"
        "  Factuurnummer:      {inv}\n  Factuurdatum:       {issued}\n  Vervaldatum:        {due}\n  Openstaand bedrag:  {amt}\n\n"
        "Heeft u al betaald? Laat ons dan de datum en het betalingskenmerk weten, zodat wij de betaling kunnen verwerken. Klopt er iets niet aan de werkzaamheden of de factuur, reageer dan gewoon op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nHalden Locksmiths & Security"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dai nostri controlli risulta che la seguente fattura è scaduta e non ancora saldata:\n\n"
        "  Fattura n.:          {inv}\n  Data fattura:        {issued}\n  Scadenza:            {due}\n  Importo da saldare:  {amt}\n\n"
        "Se ha già effettuato il pagamento, La preghiamo di comunicarci data e riferimento, così da poterlo abbinare. Se qualcosa non torna nell'intervento o nella fattura, può semplicemente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nHalden Locksmiths & Security"
    ),
}
INVOICE_DATE_FORMAT: Final = {
    "en": "{d} {month} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# Characters a Latin-1 client cannot send, as such a client would write them instead.
LATIN1_SUBSTITUTES: Final = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


# --------------------------------------------------------------------------------------------
# Specifications of the messages
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and what it states."""

    key: str
    intent: Intent
    lang: Lang
    sender: tuple[str, str]
    when: str
    client: str
    text: str
    facts: Facts = field(default_factory=Facts)
    inv: str
    amt: str
    cur: str = ""
    rlang: Lang | None = None
    loc: Lang | None = None
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool = True
    gap_days: int = 1
    attachment: tuple[str, bytes] | None = None
    inline: tuple[tuple[int, str], ...] = ()
    quote_to: str = ""

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_lang(self) -> Lang:
        return self.rlang or self.lang

    @property
    def ui_lang(self) -> Lang:
        return self.loc or self.lang

    @property
    def currency(self) -> str:
        return self.cur or ("GBP" if self.reminder_lang == "en" else "EUR")


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: Lang
    to: str


@dataclass(frozen=True, kw_only=True)
class Ctx:
    """Everything a client layout needs."""

    reply: Reply
    quote: Quote


# --------------------------------------------------------------------------------------------
# Dates, identifiers, amounts
# --------------------------------------------------------------------------------------------


def date_parts(loc: Lang, moment: datetime) -> dict[str, str]:
    offset = moment.utcoffset() or timedelta(0)
    hours = int(offset.total_seconds() // 3600)
    return {
        "day": DAYS[loc][moment.weekday()],
        "dab": DAYS_ABBR[loc][moment.weekday()],
        "month": MONTHS[loc][moment.month - 1],
        "mab": MONTHS_ABBR[loc][moment.month - 1],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "M": str(moment.month),
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "mm": f"{moment.minute:02d}",
        "gmt": f"GMT{hours:+03d}:00",
    }


def render_date(template: str, loc: Lang, moment: datetime, **extra: str) -> str:
    return template.format(**date_parts(loc, moment), **extra)


def reminder_sent(reply_time: datetime, gap_days: int) -> datetime:
    """When Halden's reminder went out: a working-day morning before the reply (UK time)."""
    if gap_days == 0:
        return (reply_time - timedelta(minutes=2)).astimezone(HALDEN_TZ)
    day = reply_time.astimezone(HALDEN_TZ) - timedelta(days=gap_days)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=8, minute=10 + day.day % 40, second=day.day % 60)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}/{salt}/{key}".encode()).digest()


def token(key: str, salt: str, length: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:length]


def reminder_message_id(key: str) -> str:
    return f"<rem.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reply_message_id(key: str, client: str, addr: str) -> str:
    raw = digest(key, "message-id")
    domain = addr.rsplit("@", 1)[1]
    if client.startswith("gmail"):
        return f"<CAH{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:38]}@mail.gmail.com>"
    if client in OUTLOOK_FAMILY:
        host = f"AM{raw[0] % 9 + 1}PR03MB{int.from_bytes(raw[1:3], 'big') % 9000 + 1000}"
        return f"<{host}{token(key, 'ms', 8)}@{host}.eurprd03.prod.outlook.com>"
    if client in {"apple", "iphone"}:
        hexa = raw.hex().upper()
        return f"<{hexa[:8]}-{hexa[8:12]}-{hexa[12:16]}-{hexa[16:20]}-{hexa[20:32]}@{domain}>"
    return f"<{raw.hex()[:32]}@{domain}>"


def format_amount(amount: str, currency: str, lang: Lang) -> str:
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    if currency == "GBP":
        return f"£{grouped}.{cents}"
    if lang == "en":
        return f"€{grouped}.{cents}"
    dotted = grouped.replace(",", ".")
    styles = {
        "de": f"{dotted},{cents} €",
        "fr": f"{grouped.replace(',', ' ')},{cents} €",
        "es": f"{dotted},{cents} €",
        "nl": f"€ {dotted},{cents}",
        "it": f"€ {dotted},{cents}",
    }
    return styles[lang]


def latin1_text(text: str) -> str:
    for wide, narrow in LATIN1_SUBSTITUTES.items():
        text = text.replace(wide, narrow)
    return text


def single_byte(charset: str) -> bool:
    return charset in {"iso-8859-1", "iso-8859-15"}


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

# 0 means "no transfer encoding": the generator writes the text as 7bit or 8bit.
ENCODINGS: Final = {"qp": mail_charset.QP, "b64": mail_charset.BASE64, "8bit": 0, "7bit": 0}


def text_part(
    text: str, *, subtype: str = "plain", charset: str = "utf-8", cte: str = "qp"
) -> Message:
    """A text part, encoded the way the sending client encodes it."""
    text.encode(charset)  # fails loudly if hand-written text does not fit the declared charset
    spec = mail_charset.Charset(charset)
    spec.body_encoding = ENCODINGS[cte]
    spec.header_encoding = mail_charset.QP
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, spec)
    return part


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def encode_header(value: str, charset: str, name: str = "Subject") -> str:
    """RFC 2047 encoded-words when the value is not ASCII, in the client's charset if it fits."""
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
    return f"{encode_header(name, charset, 'From')} <{addr}>"


def move_mime_headers_down(msg: Message) -> None:
    """Clients write MIME headers after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> list[Message]:
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def drop_inner_versions(part: Message, *, top: bool) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    enclosing = part.get_content_type() == "message/rfc822"
    for sub in subparts(part):
        drop_inner_versions(sub, top=enclosing)


def boundary(key: str, client: str, index: int) -> str:
    """A deterministic boundary shaped like the sending client's own."""
    raw = digest(key, f"boundary-{index}")
    if client.startswith("gmail"):
        return "000000000000" + raw.hex()[:16]
    if client in {"apple", "iphone"}:
        hexa = raw.hex().upper()
        return f"Apple-Mail={hexa[:8]}-{hexa[8:12]}-{hexa[12:16]}-{hexa[16:20]}-{hexa[20:32]}"
    if client in OUTLOOK_FAMILY:
        return "_000_" + token(key, f"boundary-{index}", 30)
    if client.startswith("thunderbird"):
        return "------------" + token(key, f"boundary-{index}", 24)
    return (
        "----=_Part_"
        + str(int.from_bytes(raw[:4], "big"))
        + "_"
        + token(key, f"boundary-{index}", 10)
    )


def set_boundaries(msg: Message, *, key: str, client: str) -> None:
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for index, part in enumerate(multiparts):
        part.set_boundary(boundary(key, client, index))


def finish_message(msg: Message, *, key: str, client: str) -> Message:
    move_mime_headers_down(msg)
    drop_inner_versions(msg, top=True)
    set_boundaries(msg, key=key, client=client)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def invoice_dates(sent: datetime, lang: Lang) -> tuple[str, str]:
    due = sent - timedelta(days=8 + sent.day % 5)
    issued = due - timedelta(days=30)
    fmt = INVOICE_DATE_FORMAT[lang]
    return render_date(fmt, lang, issued), render_date(fmt, lang, due)


def reminder_body(*, lang: Lang, inv: str, amt: str, currency: str, sent: datetime) -> str:
    issued, due = invoice_dates(sent, lang)
    amount = format_amount(amt, currency, lang)
    return REMINDER_BODY[lang].format(inv=inv, issued=issued, due=due, amt=amount)


def reminder_subject(lang: Lang, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_message(
    *, lang: Lang, inv: str, amt: str, to: str, sent: datetime, key: str
) -> Message:
    """The reminder exactly as Halden sent it (returned inside bounces)."""
    currency = "GBP" if lang == "en" else "EUR"
    body = reminder_body(lang=lang, inv=inv, amt=amt, currency=currency, sent=sent)
    msg = text_part(body)
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = encode_header(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_message_id(key)
    msg["X-Mailer"] = "Halden Collect 3.2"
    move_mime_headers_down(msg)
    return msg


def make_quote(reply: Reply) -> Quote:
    sent = reminder_sent(reply.dt, reply.gap_days)
    text = reminder_body(
        lang=reply.reminder_lang, inv=reply.inv, amt=reply.amt, currency=reply.currency, sent=sent
    )
    subject = reminder_subject(reply.reminder_lang, reply.inv)
    if single_byte(reply.charset):
        text, subject = latin1_text(text), latin1_text(subject)
    name, addr = reply.sender
    to = reply.quote_to or (f"{name} <{addr}>" if name else addr)
    return Quote(
        text=text, subject=subject, sent=sent.astimezone(reply.dt.tzinfo), loc=reply.ui_lang, to=to
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(
        f"<div>{html_text(block)}</div><div><br></div>" for block in text.split("\n\n")
    )


def word_paragraphs(text: str) -> str:
    rows = []
    for line in text.split("\n"):
        inner = f"{html.escape(line, quote=False)}<o:p></o:p>" if line else "<o:p>&nbsp;</o:p>"
        rows.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(rows)


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    _, frm, sent, to, subj, _, when = OUTLOOK_BLOCK[q.loc]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, render_date(when, q.loc, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_header_lines(q: Quote) -> str:
    sep = OUTLOOK_BLOCK[q.loc][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def outlook_header_html(q: Quote) -> str:
    sep = OUTLOOK_BLOCK[q.loc][5].rstrip()
    return "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )


def gmail_line(q: Quote) -> str:
    return render_date(GMAIL_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_line(q: Quote) -> str:
    return render_date(APPLE_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def thunderbird_line(q: Quote) -> str:
    return render_date(THUNDERBIRD_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME)


def plain(c: Ctx, text: str, *, cte: str = "") -> Message:
    return text_part(text, charset=c.reply.charset, cte=cte or c.reply.cte)


def markup(c: Ctx, text: str) -> Message:
    return text_part(text, subtype="html", charset=c.reply.charset, cte=c.reply.cte)


def client_outlook_plain(c: Ctx) -> Message:
    """Outlook desktop in plain-text mode: the localised 'Original Message' separator."""
    q = c.quote
    text = f"{c.reply.text}\n\n{OUTLOOK_BLOCK[q.loc][0]}\n{outlook_header_lines(q)}\n\n{q.text}\n"
    return plain(c, text)


def word_document(c: Ctx) -> str:
    q = c.quote
    lang_tag = CONTENT_LANGUAGE[c.reply.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={c.reply.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{lang_tag}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(c.reply.text)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{outlook_header_html(q)}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook_html(c: Ctx) -> Message:
    """Outlook desktop in HTML mode: Word markup, the grey divider, a plain alternative."""
    q = c.quote
    text = f"{c.reply.text}\n\n{outlook_header_lines(q)}\n\n{q.text}\n"
    return alternative(plain(c, text), markup(c, word_document(c)))


def client_html_only(c: Ctx) -> Message:
    """An Outlook installation that sends HTML without a plain-text alternative."""
    return markup(c, word_document(c))


def client_owa(c: Ctx) -> Message:
    """Outlook on the web: underscore divider in text, divRplyFwdMsg in HTML."""
    q = c.quote
    text = f"{c.reply.text}\n\n{'_' * 32}\n{outlook_header_lines(q)}\n\n{q.text}\n"
    page = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={c.reply.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_text(c.reply.text)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{outlook_header_html(q)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div style="font-size:11pt">{html_paragraphs(q.text)}</div>\n</body>\n</html>\n'
    )
    return alternative(plain(c, text), markup(c, page))


def client_outlook_mobile(c: Ctx) -> Message:
    """Outlook for Android: base64 text, localised download line, underscore divider."""
    q = c.quote
    text = f"{c.reply.text}\n\n{OUTLOOK_MOBILE_SIGNATURE[q.loc]}\n{'_' * 32}\n{outlook_header_lines(q)}\n\n{q.text}\n"
    return plain(c, text, cte="b64")


def client_gmail(c: Ctx) -> Message:
    """Gmail: multipart/alternative with the gmail_quote blockquote."""
    q = c.quote
    attribution = gmail_line(q)
    text = f"{c.reply.text}\n\n{attribution}\n\n{quoted(q.text)}\n"
    page = (
        f'<div dir="ltr">{html_paragraphs(c.reply.text)}</div>\n<br>\n'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>\n"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(plain(c, text), markup(c, page))


def client_gmail_plain(c: Ctx) -> Message:
    """Gmail (or a Gmail-like client) in plain-text mode, '>' quoting."""
    q = c.quote
    return plain(c, f"{c.reply.text}\n\n{gmail_line(q)}\n\n{quoted(q.text)}\n")


def client_apple(c: Ctx) -> Message:
    """Apple Mail on a Mac: plain text with '>' quoting and the localised attribution."""
    q = c.quote
    return plain(c, f"{c.reply.text}\n\n{apple_line(q)}\n\n{quoted(q.text)}\n")


def client_iphone(c: Ctx) -> Message:
    """iPhone Mail: signature line, then the attribution inside the quote."""
    q = c.quote
    inner = f"{apple_line(q)}\n\n{q.text}"
    return plain(c, f"{c.reply.text}\n\n{IPHONE_SIGNATURE[q.loc]}\n\n{quoted(inner)}\n")


def client_thunderbird(c: Ctx) -> Message:
    """Thunderbird: attribution line, '>' quoting, format=flowed when sending UTF-8."""
    q = c.quote
    part = plain(c, f"{c.reply.text}\n\n{thunderbird_line(q)}\n{quoted(q.text)}\n")
    if c.reply.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def client_samsung(c: Ctx) -> Message:
    """Samsung Email on Android: signature, dashed header block, unquoted original, base64."""
    q = c.quote
    sep, frm, when, to, subj, colon, fmt = SAMSUNG_BLOCK[q.loc]
    rows = [
        f"{frm}{colon}{AR_NAME} <{AR_ADDR}>",
        f"{when}{colon}{render_date(fmt, q.loc, q.sent)}",
        f"{to}{colon}{q.to}",
        f"{subj}{colon}{q.subject}",
    ]
    block = "\n".join(rows)
    return plain(
        c,
        f"{c.reply.text}\n\n\n\n{SAMSUNG_SIGNATURE[q.loc]}\n\n\n{sep}\n{block}\n\n{q.text}\n",
        cte="b64",
    )


def interleaved(c: Ctx) -> str:
    """The reminder quoted paragraph by paragraph, with the writer's answers in between."""
    answers = dict(c.reply.inline)
    blocks = c.quote.text.split("\n\n")
    lines: list[str] = []
    for index, block in enumerate(blocks):
        lines.append(quoted(block))
        if index in answers:
            lines.append(f"\n{answers[index]}\n")
        elif index < len(blocks) - 1:
            lines.append(">")
    return "\n".join(lines) + "\n"


def client_thunderbird_inline(c: Ctx) -> Message:
    """Thunderbird, answering inside the quoted reminder."""
    head = f"{c.reply.text}\n\n" if c.reply.text else ""
    return plain(c, f"{head}{thunderbird_line(c.quote)}\n{interleaved(c)}")


def client_gmail_inline(c: Ctx) -> Message:
    """Gmail plain text, answering inside the quoted reminder."""
    head = f"{c.reply.text}\n\n" if c.reply.text else ""
    return plain(c, f"{head}{gmail_line(c.quote)}\n\n{interleaved(c)}")


def client_notice(c: Ctx) -> Message:
    """An automatic notice: no quote."""
    return plain(c, c.reply.text + "\n")


def notice_page(c: Ctx) -> str:
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={c.reply.charset}"></head>\n'
        f'<body><div style="font-family:Arial,sans-serif;font-size:10pt">{html_paragraphs(c.reply.text)}</div></body></html>\n'
    )


def client_notice_alt(c: Ctx) -> Message:
    """An automatic notice sent as text and HTML (Exchange out-of-office, ticket systems)."""
    return alternative(plain(c, c.reply.text + "\n"), markup(c, notice_page(c)))


def client_notice_html(c: Ctx) -> Message:
    """An automatic notice sent as HTML only."""
    return markup(c, notice_page(c))


CLIENTS: Final[dict[str, Callable[[Ctx], Message]]] = {
    "outlook_plain": client_outlook_plain,
    "outlook_html": client_outlook_html,
    "html_only": client_html_only,
    "owa": client_owa,
    "outlook_mobile": client_outlook_mobile,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "gmail_inline": client_gmail_inline,
    "apple": client_apple,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "thunderbird_inline": client_thunderbird_inline,
    "samsung": client_samsung,
    "notice": client_notice,
    "notice_alt": client_notice_alt,
    "notice_html": client_notice_html,
}
OUTLOOK_FAMILY: Final = frozenset(
    {"outlook_plain", "outlook_html", "html_only", "owa", "outlook_mobile"}
)
NOTICES: Final = frozenset({"notice", "notice_alt", "notice_html"})
CLIENT_HEADERS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "thunderbird": (
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Thunderbird/128.10.1"),
    ),
    "thunderbird_inline": (("User-Agent", "Mozilla Thunderbird"),),
    "outlook_plain": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "samsung": (("X-Mailer", "Samsung Email"),),
}


def reply_subject(c: Ctx) -> str:
    r, q = c.reply, c.quote
    if r.client in OUTLOOK_FAMILY:
        default = OUTLOOK_REPLY_PREFIX[q.loc] + q.subject
    else:
        default = "Re: " + q.subject
    return r.subject.format(re=default, s=q.subject) if r.subject else default


def outlook_headers(c: Ctx) -> list[tuple[str, str]]:
    index = base64.b64encode(b"\x01\xdb" + digest(c.reply.key, "thread-index")[:20]).decode()
    return [
        ("Thread-Topic", encode_header(c.quote.subject, c.reply.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[c.reply.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[c.reply.lang]),
        ("X-MS-Has-Attach", "yes" if c.reply.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(reply: Reply, body: Message) -> Message:
    if reply.attachment is None:
        return body
    name, data = reply.attachment
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    doc = MIMEApplication(data, "pdf")
    doc.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(doc)
    return outer


def build_reply(reply: Reply) -> Message:
    c = Ctx(reply=reply, quote=make_quote(reply))
    msg = with_attachment(reply, CLIENTS[reply.client](c))
    msg["From"] = mailbox(*reply.sender, reply.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encode_header(reply_subject(c), reply.charset)
    msg["Date"] = format_datetime(reply.dt)
    msg["Message-ID"] = reply_message_id(reply.key, reply.client, reply.sender[1])
    if reply.threaded:
        msg["In-Reply-To"] = reminder_message_id(reply.key)
        msg["References"] = reminder_message_id(reply.key)
    extra = outlook_headers(c) if reply.client in OUTLOOK_FAMILY else []
    for name, value in [*extra, *CLIENT_HEADERS.get(reply.client, ()), *reply.headers]:
        msg[name] = value
    return finish_message(msg, key=reply.key, client=reply.client)


AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
SUPPRESS: Final = ("X-Auto-Response-Suppress", "All")
FAKE_PDF: Final = (
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT: Final = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        sender=("Graham Pell", "gpell58@gmail.com"),
        when="2027-05-12 19:42 +0100",
        client="iphone",
        text="Paid.",
        inv="HLS-4172",
        amt="145.00",
        facts=Facts(note="one word; no date, reference or amount"),
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        sender=("Brightwater Lettings Ltd", "noreply.payments@brightwater-lettings.example"),
        when="2027-05-14 16:05 +0100",
        client="notice",
        threaded=False,
        subject="Remittance Advice - Brightwater Lettings Ltd - Payment Run 0734",
        headers=(AUTO_GENERATED, ("X-Mailer", "Sage 200 Professional"), ("Precedence", "bulk")),
        text=(
            "REMITTANCE ADVICE\n\n"
            "From:              Brightwater Lettings Ltd\n"
            "To:                Halden Locksmiths & Security\n"
            "Supplier account:  HAL001\n"
            "Payment date:      14/05/2027\n"
            "Payment method:    BACS\n"
            "Payment reference: BWL-PR0734\n\n"
            "Your ref     Our ref     Inv date      Amount\n"
            "HLS-4207     PI-88412    19/04/2027    £312.00\n"
            "HLS-4219     PI-88590    23/04/2027    £174.00\n"
            "                                      --------\n"
            "Total paid                            £486.00\n\n"
            "This advice was produced automatically by our accounts system. Please do not reply to this address. Queries about this payment: accounts@brightwater-lettings.example"
        ),
        inv="HLS-4207",
        amt="312.00",
        facts=Facts(
            paid_date="2027-05-14",
            payment_reference="BWL-PR0734",
            amount="486.00",
            currency="GBP",
            refs=("HLS-4207", "HLS-4219"),
            note="Sage payment-run remittance, not threaded, Auto-Submitted: auto-generated; the amount is the run total for both invoices; the 'queries' address is not a new contact",
        ),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        sender=("Northgate Mutual – Claims Settlement", "settlements@northgate-mutual.example"),
        when="2027-05-19 11:20 +0100",
        client="outlook_html",
        charset="windows-1252",
        text=(
            "Dear Sir/Madam,\n\n"
            "Claim ref: NGM/HH/2027/118406\n"
            "Policyholder: Mrs D. Okafor, 7 Larch Close\n"
            "Your invoice: HLS-4233 (emergency boarding-up and lock replacement following burglary)\n\n"
            "Further to your reminder, we confirm that we have today made a payment of £542.50 to your account by Faster Payment, reference NGM118406. This is your invoice total of £642.50 less the £100.00 policy excess, which is payable by the policyholder directly to you and has been explained to her in our settlement letter.\n\n"
            "Please quote the claim reference on any further correspondence.\n\n"
            "Yours faithfully,\n\n"
            "Hannah Routledge\n"
            "Claims Settlement Team\n"
            "Northgate Mutual Insurance\n\n"
            "Northgate Mutual Insurance is a trading name of Northgate Mutual Assurance Society Limited. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Calls may be recorded for training and monitoring purposes."
        ),
        inv="HLS-4233",
        amt="642.50",
        facts=Facts(
            paid_date="2027-05-19",
            payment_reference="NGM118406",
            amount="542.50",
            currency="GBP",
            refs=("HLS-4233",),
            note="insurer pays the invoice less the policy excess; the excess is the policyholder's to pay, not a dispute; 'today' is the message date",
        ),
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        sender=("Anja Weiß", "verwaltung@praxis-sommer.example"),
        when="2027-05-12 10:37 +0200",
        client="outlook_plain",
        charset="windows-1252",
        text=(
            "Guten Tag,\n\n"
            "die Rechnung HLS-4191 (Wartung Zutrittskontrolle, 389,00 €) haben wir bereits am 11.05. überwiesen. Als Verwendungszweck ist die Rechnungsnummer angegeben. Bitte prüfen Sie noch einmal Ihren Zahlungseingang.\n\n"
            "Mit freundlichen Grüßen\n"
            "Anja Weiß\n"
            "Praxismanagement\n\n"
            "Hausarztpraxis Dr. med. J. Sommer & Kollegen\n"
            "Lindenallee 14 · Düsseldorf\n"
            "Tel. 0211 5550 3120\n\n"
            "Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."
        ),
        inv="HLS-4191",
        amt="389.00",
        facts=Facts(
            paid_date="2027-05-11",
            amount="389.00",
            currency="EUR",
            refs=("HLS-4191",),
            note="'am 11.05.' without a year is the day before the message; the invoice number as Verwendungszweck is not a payment reference",
        ),
    ),
    Reply(
        key="ps-de-2",
        intent="payment_sent",
        lang="de",
        sender=("Hausverwaltung Brenner GmbH", "buchhaltung@hv-brenner.example"),
        when="2027-05-26 08:52 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "der Betrag wurde gestern mit unserer Sammelüberweisung für die WEG Kastanienweg 3-7 angewiesen (Ihre Rechnungen HLS-4240 und HLS-4244, zusammen 1.126,40 EUR). Bitte gleichen Sie Ihre Unterlagen entsprechend ab.\n\n"
            "Freundliche Grüße\n\n"
            "i. A. Sabine Kröger\n"
            "Hausverwaltung Brenner GmbH\n"
            "Objektbuchhaltung"
        ),
        inv="HLS-4240",
        amt="702.10",
        facts=Facts(
            paid_date="2027-05-25",
            amount="1126.40",
            currency="EUR",
            refs=("HLS-4240", "HLS-4244"),
            note="block-management company; 'gestern angewiesen' = transfer released the day before Wed 26 May; one transfer for two invoices, the total is the amount",
        ),
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        sender=("Cabinet Lemaire – Comptabilité", "compta@lemaire-syndic.example"),
        when="2027-05-18 15:10 +0200",
        client="owa",
        text=(
            "Bonjour,\n\n"
            "Le virement de 1 480,00 € correspondant à votre facture HLS-4215 (remplacement du contrôle d'accès, résidence Les Tilleuls) a été effectué ce matin depuis le compte du syndicat des copropriétaires. Référence du virement : LTIL-0518-HLS.\n\n"
            "Il devrait apparaître sur votre compte sous 24 à 48 heures.\n\n"
            "Cordialement,\n\n"
            "Mélanie Roussel\n"
            "Comptable copropriétés\n"
            "Cabinet Lemaire – Syndic de copropriété"
        ),
        inv="HLS-4215",
        amt="1480.00",
        facts=Facts(
            paid_date="2027-05-18",
            payment_reference="LTIL-0518-HLS",
            amount="1480.00",
            currency="EUR",
            refs=("HLS-4215",),
            note="'ce matin' is the message date",
        ),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        sender=("Boulangerie Chauvet", "boulangerie.chauvet@laposte-pro.example"),
        when="2027-05-21 07:05 +0200",
        client="iphone",
        text="Bonjour, le chèque est parti par la poste mardi dernier à l'adresse de votre agence de Villeurbanne, vous devriez l'avoir reçu. Bonne journée, M. Chauvet",
        inv="HLS-4194",
        amt="236.00",
        facts=Facts(
            paid_date="2027-05-18",
            note="cheque already posted; 'mardi dernier' written on Friday 21 May is Tuesday 18 May",
        ),
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        sender=("Lucía Ruiz", "admin@ferreteriaruiz.example"),
        when="2027-05-13 12:48 +0200",
        client="gmail",
        attachment=("justificante_transferencia_HLS-4198.pdf", FAKE_PDF),
        text=(
            "Buenos días:\n\n"
            "Os confirmo que hoy hemos hecho la transferencia de 1.215,00 € por la factura HLS-4198 (instalación de las cámaras de la tienda). Os adjunto el justificante del banco; la referencia de la operación es 0182-5530-71.\n\n"
            "Un saludo,\n"
            "Lucía Ruiz\n"
            "Ferretería Ruiz"
        ),
        inv="HLS-4198",
        amt="1215.00",
        facts=Facts(
            paid_date="2027-05-13",
            payment_reference="0182-5530-71",
            amount="1215.00",
            currency="EUR",
            refs=("HLS-4198",),
            note="shop; transfer made 'hoy' with the bank's proof attached as a PDF",
        ),
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        sender=("Pilar Navarro", "pilar.navarro.g@gmail.com"),
        when="2027-05-24 18:22 +0200",
        client="samsung",
        text="Hola, esta factura ya esta pagada. La pague con tarjeta el jueves por telefono, me atendio una chica muy amable que se llamaba Rocio. Me dijo que me llegaria el recibo por email pero no me ha llegado nada. Saludos",
        inv="HLS-4222",
        amt="189.00",
        facts=Facts(
            paid_date="2027-05-20",
            note="card payment by phone; 'el jueves' before Monday 24 May is 20 May; no accents; the missing receipt is secondary",
        ),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        sender=("Woningstichting Eemhof", "noreply@eemhof-wonen.example"),
        when="2027-05-20 06:15 +0200",
        client="notice",
        threaded=False,
        subject="Betaaladvies Woningstichting Eemhof – betaalbatch 2027-0519",
        headers=(AUTO_GENERATED, ("X-Mailer", "AFAS Profit")),
        text=(
            "Geachte relatie,\n\n"
            "Hierbij ontvangt u het betaaladvies van Woningstichting Eemhof. Onderstaande facturen zijn opgenomen in onze betaalbatch van 19-05-2027 en aan de bank aangeboden.\n\n"
            "Crediteurnummer: 40318\n"
            "Betaalkenmerk:   EEM-BB-2027-0519-017\n\n"
            "Factuurnummer   Factuurdatum   Bedrag\n"
            "HLS-4201        16-04-2027     € 268,40\n"
            "HLS-4226        23-04-2027     € 1.092,00\n"
            "Totaal                         € 1.360,40\n\n"
            "Het bedrag wordt binnen twee werkdagen op uw rekening bijgeschreven.\n\n"
            "Dit bericht is automatisch aangemaakt. U kunt niet op dit bericht reageren."
        ),
        inv="HLS-4201",
        amt="268.40",
        facts=Facts(
            paid_date="2027-05-19",
            payment_reference="EEM-BB-2027-0519-017",
            amount="1360.40",
            currency="EUR",
            refs=("HLS-4201", "HLS-4226"),
            note="AFAS payment advice, not threaded, Auto-Submitted: auto-generated; the batch of 19 May went to the bank, so paid on the batch date",
        ),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        sender=("Joost van Dam", "joost@bakkerijvandam.example"),
        when="2027-06-01 09:12 +0200",
        client="iphone",
        text="Is gisteren betaald, sorry voor de vertraging.\n\nJoost",
        inv="HLS-4249",
        amt="164.50",
        facts=Facts(paid_date="2027-05-31", note="'gisteren' = the day before Tuesday 1 June"),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        sender=("Studio Amministrazioni Ferrante", "contabilita@studioferrante.example"),
        when="2027-05-27 17:30 +0200",
        client="outlook_html",
        charset="windows-1252",
        text=(
            "Buonasera,\n\n"
            "in riferimento al vostro sollecito, vi comunichiamo che in data odierna è stato disposto il bonifico a saldo della fattura HLS-4229 (manutenzione semestrale dell'impianto di videosorveglianza, Condominio Via Cibrario 41) per € 610,00.\n\n"
            "CRO: 0306 9482 7715 1290\n\n"
            "Restiamo a disposizione per eventuali chiarimenti.\n\n"
            "Cordiali saluti\n"
            "Dott.ssa Carla Ferrante\n"
            "Studio Amministrazioni Ferrante\n"
            "Amministrazione condominiale – Torino\n\n"
            "Ai sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di darne comunicazione al mittente e di cancellarlo."
        ),
        inv="HLS-4229",
        amt="610.00",
        facts=Facts(
            paid_date="2027-05-27",
            payment_reference="0306 9482 7715 1290",
            amount="610.00",
            currency="EUR",
            refs=("HLS-4229",),
            note="condominium administrator; 'in data odierna è stato disposto il bonifico' = sent today",
        ),
    ),
]

PROMISE_TO_PAY: Final = [
    Reply(
        key="pr-en-1",
        intent="promise_to_pay",
        lang="en",
        sender=("Martin Achebe", "m.achebe.perth@gmail.com"),
        when="2027-05-20 06:40 +0800",
        client="gmail",
        text=(
            "Hi there,\n\n"
            "Sorry for the slow reply – I live in Perth these days and manage the flat on Wellington Road from here, so things slip through now and then. I'll send the £265 from my UK account tomorrow morning (my time), it usually lands the same day.\n\n"
            "Thanks for sorting the lock out for the tenants so quickly, by the way.\n\n"
            "Martin"
        ),
        inv="HLS-4221",
        amt="265.00",
        facts=Facts(
            promised_date="2027-05-21",
            amount="265.00",
            currency="GBP",
            note="landlord abroad (+0800): 'tomorrow' is 21 May in Perth, although it is still 19 May in the UK when he writes",
        ),
    ),
    Reply(
        key="pr-en-2",
        intent="promise_to_pay",
        lang="en",
        sender=("Rachel Dunmore", "r.dunmore@stmarys-primary.example"),
        when="2027-05-25 13:15 +0100",
        client="outlook_html",
        text=(
            "Hello,\n\n"
            "I approved this one this morning – it's gone through to our payments team and will be in Friday's BACS run, so you should see the £1,940.00 early next week.\n\n"
            "Sorry it took a while, it was waiting for the head's sign-off.\n\n"
            "Kind regards,\n"
            "Rachel Dunmore\n"
            "School Business Manager\n"
            "St Mary's C of E Primary School\n\n"
            "This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Any views expressed are those of the author and do not necessarily represent those of the school."
        ),
        inv="HLS-4230",
        amt="1940.00",
        facts=Facts(
            promised_date="2027-05-28",
            amount="1940.00",
            currency="GBP",
            note="'approved' and 'gone through' are past, but the money goes in Friday's run (Fri 28 May); arrival 'early next week' is not the payment date",
        ),
    ),
    Reply(
        key="pr-en-3",
        intent="promise_to_pay",
        lang="en",
        sender=("Deepak Varma", "deepak@varma-newsagents.example"),
        when="2027-05-21 15:48 +0100",
        client="outlook_mobile",
        subject="Out of office today – {re}",
        text="Hi, I'm out of the office today and haven't got the chequebook with me. I'll sort it first thing Monday when I'm back in the shop.\n\nDeepak",
        inv="HLS-4209",
        amt="418.00",
        facts=Facts(
            promised_date="2027-05-24",
            note="a person writing, although the subject says 'out of office'; no Auto-Submitted; 'Monday' after Friday 21 May",
        ),
    ),
    Reply(
        key="pr-de-1",
        intent="promise_to_pay",
        lang="de",
        sender=("Thomas Gerlach", "t.gerlach@gerlach-immobilien.example"),
        when="2027-05-12 14:03 +0200",
        client="outlook_html",
        charset="windows-1252",
        text=(
            "Hallo zusammen,\n\n"
            "die Rechnung HLS-4188 habe ich heute freigegeben. Sie ist bei uns für den Zahllauf in KW 21 vorgemerkt, der Betrag geht also übernächste Woche raus.\n\n"
            "Viele Grüße\n"
            "Thomas Gerlach\n"
            "Kreditorenbuchhaltung\n"
            "Gerlach Immobilien GmbH & Co. KG"
        ),
        inv="HLS-4188",
        amt="857.90",
        facts=Facts(
            promised_date="2027-05-24",
            refs=("HLS-4188",),
            note="'freigegeben' is past, the payment is the run in KW 21 (24-30 May); a week without a day resolves to its Monday, as 'next week' does",
        ),
    ),
    Reply(
        key="pr-de-2",
        intent="promise_to_pay",
        lang="de",
        sender=("Elke Baumann", "e.baumann@baeckerei-baumann.example"),
        when="2027-05-13 17:44 +0200",
        client="iphone",
        text="Hallo, wir haben über Pfingsten zu und ich komme vorher nicht mehr zur Bank. Ich überweise das nach Pfingsten.\nGruß E. Baumann",
        inv="HLS-4196",
        amt="312.40",
        facts=Facts(
            note="'nach Pfingsten' (Whit Monday is 17 May) is a holiday phrase without a day: date null, like 'after Christmas'"
        ),
    ),
    Reply(
        key="pr-fr-1",
        intent="promise_to_pay",
        lang="fr",
        sender=("Gérard Pinson", "tresorier@as-duval.example"),
        when="2027-05-19 21:10 +0200",
        client="gmail",
        text=(
            "Bonsoir,\n\n"
            "Nous avons bien reçu votre relance. Notre association attend le versement de la subvention municipale, annoncé pour la fin du mois. Dès qu'il sera arrivé, je vous règle la facture HLS-4212, a priori début juin.\n\n"
            "Merci de votre patience,\n"
            "Gérard Pinson\n"
            "Trésorier – AS du Val"
        ),
        inv="HLS-4212",
        amt="540.00",
        facts=Facts(
            refs=("HLS-4212",),
            note="conditional on the municipal grant; 'début juin' cannot be pinned to a day, and the grant's 'fin du mois' is not the payment date",
        ),
    ),
    Reply(
        key="pr-fr-2",
        intent="promise_to_pay",
        lang="fr",
        sender=("Karim Bensaïd", "snack.lebosphore@gmail.com"),
        when="2027-05-21 23:12 +0200",
        client="iphone",
        text="desole pour le retard j'etais au bled pour un deces. je vous fais le virement lundi sans faute\nKarim",
        inv="HLS-4225",
        amt="180.00",
        facts=Facts(
            promised_date="2027-05-24", note="no accents, no capitals; 'lundi' after Friday 21 May"
        ),
    ),
    Reply(
        key="pr-es-1",
        intent="promise_to_pay",
        lang="es",
        sender=("Javier Ortega", "javier.ortega@correo-personal.example"),
        when="2027-05-17 20:30 +0200",
        client="gmail_plain",
        text=(
            "Hola,\n\n"
            "Sí, la factura del cambio de bombín del piso de la calle Císcar me corresponde a mí, ya lo hablé con la inmobiliaria. En cuanto me devuelvan la fianza del piso os la pago entera. Me dicen que tardarán unas semanas.\n\n"
            "Gracias,\n"
            "Javier"
        ),
        inv="HLS-4206",
        amt="95.00",
        facts=Facts(
            note="tenant; payment promised once the deposit is refunded: conditional, no date"
        ),
    ),
    Reply(
        key="pr-es-2",
        intent="promise_to_pay",
        lang="es",
        sender=("Marta Gil", "administracion@clinicasonrisa.example"),
        when="2027-05-14 10:05 +0200",
        client="outlook_plain",
        charset="windows-1252",
        text=(
            "Buenos días:\n\n"
            "Ya he dejado programada la transferencia de la factura HLS-4203 para el día 28, que es cuando hacemos los pagos a proveedores. Si necesitáis el justificante, os lo envío ese mismo día.\n\n"
            "Un saludo,\n\n"
            "Marta Gil\n"
            "Administración\n"
            "Clínica Dental Sonrisa"
        ),
        inv="HLS-4203",
        amt="726.00",
        facts=Facts(
            promised_date="2027-05-28",
            refs=("HLS-4203",),
            note="'ya he dejado programada' is past tense, the transfer itself is scheduled for the 28th",
        ),
    ),
    Reply(
        key="pr-nl-1",
        intent="promise_to_pay",
        lang="nl",
        sender=("Ruud Hoekstra", "info@despaak.example"),
        when="2027-05-11 11:20 +0200",
        client="thunderbird_inline",
        text="Goedemorgen,\n\nZie hieronder.",
        inline=(
            (
                3,
                "Nee, nog niet, excuses. Die is er bij ons doorheen geglipt. Ik maak het bedrag eind van de maand over, samen met de andere leveranciers.",
            ),
            (5, "Met vriendelijke groet,\nRuud Hoekstra\nFietsenwinkel De Spaak"),
        ),
        inv="HLS-4181",
        amt="349.00",
        facts=Facts(
            promised_date="2027-05-31",
            note="inline answer under 'Heeft u al betaald?': 'nee, nog niet' then a promise; 'eind van de maand' = 31 May",
        ),
    ),
    Reply(
        key="pr-it-1",
        intent="promise_to_pay",
        lang="it",
        sender=("Paola Greco", "amministrazione@istitutosantachiara.example"),
        when="2027-05-20 12:40 +0200",
        client="outlook_html",
        text=(
            "Buongiorno,\n\n"
            "la fattura HLS-4217 relativa all'installazione dei lettori badge è stata inserita nel prossimo mandato di pagamento. Il saldo avverrà entro il 15 giugno.\n\n"
            "Distinti saluti,\n"
            "Rag. Paola Greco\n"
            "Ufficio Amministrazione\n"
            "Istituto Paritario Santa Chiara"
        ),
        inv="HLS-4217",
        amt="3120.00",
        facts=Facts(
            promised_date="2027-06-15",
            refs=("HLS-4217",),
            note="school; 'entro il 15 giugno' → 15 June",
        ),
    ),
    Reply(
        key="pr-it-2",
        intent="promise_to_pay",
        lang="it",
        sender=("Franco Esposito", "franco@pizzeriadafranco.example"),
        when="2027-05-27 22:50 +0200",
        client="samsung",
        text="Buonasera, no non abbiamo ancora pagato, lo so. È stato un mese pesante. La settimana prossima faccio il bonifico, promesso.\nFranco",
        inv="HLS-4243",
        amt="275.00",
        facts=Facts(
            promised_date="2027-05-31",
            note="negated past payment, then a promise; 'la settimana prossima' → Monday 31 May; a hard month is no request for a plan",
        ),
    ),
]

DISPUTE: Final = [
    Reply(
        key="di-en-1",
        intent="dispute",
        lang="en",
        sender=("Colin Fairbairn", "colin@fairbairn-home.example"),
        when="2027-05-11 08:14 +0100",
        client="gmail_plain",
        text=(
            "We have NOT paid this and we won't be paying it. Your engineer came out on 20 April, took the old lock off the back door, said the replacement multipoint mechanism had to be ordered and he'd be back \"Thursday\". Nobody came back. We've had that door held shut with a bolt for three weeks and I've rung twice.\n\n"
            "Fit the lock you've charged us for and then we can talk about the invoice.\n\n"
            "Colin Fairbairn"
        ),
        inv="HLS-4183",
        amt="530.00",
        facts=Facts(
            note="capitalised negation with the reason: the work was never finished; irritated"
        ),
    ),
    Reply(
        key="di-en-2",
        intent="dispute",
        lang="en",
        sender=("Nadia Karimi", "practice.manager@elmfield-surgery.example"),
        when="2027-05-18 16:25 +0100",
        client="outlook_html",
        subject="RE: [EXTERNAL] {s}",
        text=(
            "Good afternoon,\n\n"
            'We\'ve queried this internally. Invoice HLS-4214 is for the quarterly CCTV maintenance visit "April 2027", but according to our reception sign-in book and the alarm log nobody from Halden attended the surgery in April. The last visit we have on record is 11 January.\n\n'
            "Please either send us the engineer's job sheet showing the visit or cancel the invoice. We won't be processing it until this is resolved.\n\n"
            "Regards,\n"
            "Nadia Karimi\n"
            "Practice Manager\n"
            "Elmfield Surgery\n\n"
            "CONFIDENTIALITY: This email and any attachments may contain information that is confidential, privileged or subject to medical confidentiality. If you are not the intended recipient, please notify the sender immediately and delete the message."
        ),
        inv="HLS-4214",
        amt="210.00",
        facts=Facts(
            refs=("HLS-4214",),
            note="GP surgery; maintenance visit not done; the job-sheet request is part of the dispute; the customer's gateway tagged the subject [EXTERNAL]",
        ),
    ),
    Reply(
        key="di-en-3",
        intent="dispute",
        lang="en",
        sender=("Leanne Morris", "ap@oakridge-bm.example"),
        when="2027-05-27 10:02 +0100",
        client="owa",
        text=(
            "Hi,\n\n"
            "4231 was paid on 24 May in our weekly run (ref OBM-240527-11).\n\n"
            "4236 however is a duplicate – same date, same site (Cedar Court, communal door-entry fob reprogramming), same amount of £228.00. We've only had the one job done there. Please cancel 4236 and confirm.\n\n"
            "Thanks,\n"
            "Leanne Morris\n"
            "Accounts Payable\n"
            "Oakridge Block Management Ltd"
        ),
        inv="HLS-4236",
        amt="228.00",
        facts=Facts(
            refs=("HLS-4231", "HLS-4236"),
            note="block-management company: one invoice reported paid, the other contested as a duplicate; the dispute wins and the payment fields stay empty; short numbers normalised to HLS-NNNN",
        ),
    ),
    Reply(
        key="di-de-1",
        intent="dispute",
        lang="de",
        sender=("Frank Heinemann", "f.heinemann@heinemann-optik.example"),
        when="2027-05-10 15:30 +0200",
        client="outlook_plain",
        charset="windows-1252",
        cte="8bit",
        text=(
            "Guten Tag,\n\n"
            "zu dieser Rechnung haben Sie uns am 28.04. bereits eine Gutschrift geschickt (GS-0412), nachdem Ihr Monteur den falschen Zylinder eingebaut hatte. Die Rechnung HLS-4176 ist damit aus unserer Sicht erledigt und nicht mehr zu zahlen.\n\n"
            "Bitte buchen Sie die Gutschrift gegen und korrigieren Sie unser Kundenkonto.\n\n"
            "Mit freundlichen Grüßen\n"
            "Frank Heinemann\n"
            "Heinemann Optik"
        ),
        inv="HLS-4176",
        amt="412.30",
        facts=Facts(
            refs=("HLS-4176",),
            note="already credited; 'erledigt' here means settled by the credit note, not paid",
        ),
    ),
    Reply(
        key="di-de-2",
        intent="dispute",
        lang="de",
        sender=("Katrin Lindner", "buchhaltung@drogerie-lindner.example"),
        when="2027-06-02 09:41 +0200",
        client="gmail",
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "laut unserem Wartungsvertrag Nr. WV-2025-118 beträgt die monatliche Pauschale für die Videoüberwachung der Filiale Hauptstraße 49,00 € netto. Berechnet haben Sie uns 69,00 € netto, ohne dass wir über eine Preiserhöhung informiert worden wären.\n\n"
            "Wir begleichen die Rechnung erst, wenn eine korrigierte Rechnung über den vertraglichen Betrag vorliegt.\n\n"
            "Mit freundlichen Grüßen\n"
            "Katrin Lindner\n"
            "Drogerie Lindner – Buchhaltung"
        ),
        inv="HLS-4250",
        amt="82.11",
        facts=Facts(
            note="shop; contract price versus invoiced price; payment withheld until corrected"
        ),
    ),
    Reply(
        key="di-fr-1",
        intent="dispute",
        lang="fr",
        sender=("Sylvie Marchand", "intendance@college-jeanmoulin.example"),
        when="2027-05-20 10:55 +0200",
        client="outlook_html",
        text=(
            "Bonjour,\n\n"
            "Votre facture HLS-4211 mentionne 12 cylindres européens posés lors de l'intervention du 15 avril. Après vérification sur place avec l'agent d'entretien, seuls 8 cylindres ont été changés (bâtiment B, portes 1 à 8). Les quatre portes du bâtiment C n'ont pas été faites.\n\n"
            "Nous ne pouvons pas mandater cette facture en l'état. Merci de nous adresser un avoir ou une facture rectifiée.\n\n"
            "Cordialement,\n"
            "Sylvie Marchand\n"
            "Gestionnaire – Collège Jean Moulin"
        ),
        inv="HLS-4211",
        amt="1344.00",
        facts=Facts(
            refs=("HLS-4211",),
            note="school; wrong quantity; the request for a corrected invoice is part of the dispute",
        ),
    ),
    Reply(
        key="di-fr-2",
        intent="dispute",
        lang="fr",
        sender=("Hélène Dubreuil", "helene.dubreuil@mac-mail.example"),
        when="2027-05-25 19:20 +0200",
        client="apple",
        text=(
            "Bonsoir,\n\n"
            "Je ne réglerai pas cette facture tant que la question de ma porte ne sera pas réglée. Lors de l'ouverture du 3 mai, votre technicien a percé la serrure et abîmé le bâti de la porte d'entrée : il y a un éclat de bois de dix centimètres et la gâche ne ferme plus correctement. Je vous ai envoyé des photos le 5 mai, sans réponse.\n\n"
            "Je veux bien payer l'ouverture, pas une porte à refaire.\n\n"
            "Hélène Dubreuil"
        ),
        inv="HLS-4182",
        amt="320.00",
        facts=Facts(
            note="homeowner; door damaged during the lock-out job; 'won't pay until fixed'"
        ),
    ),
    Reply(
        key="di-es-1",
        intent="dispute",
        lang="es",
        sender=("Supermercados Almendro – Compras", "compras@superalmendro.example"),
        when="2027-05-31 11:18 +0200",
        client="outlook_plain",
        text=(
            "Buenos días,\n\n"
            "La factura HLS-4239 hace referencia a nuestro pedido PO-77810, pero ese número no corresponde a ningún pedido de Supermercados Almendro; nuestros pedidos llevan el formato SA-2027-xxxxx. Tampoco nos consta ningún servicio de cerrajería en la tienda de Burjassot en esas fechas.\n\n"
            "Entendemos que se trata de un error de facturación. Por favor, anuladla o indicadnos quién la solicitó.\n\n"
            "Atentamente,\n"
            "Departamento de Compras\n"
            "Supermercados Almendro, S.L."
        ),
        inv="HLS-4239",
        amt="465.00",
        facts=Facts(
            refs=("HLS-4239",),
            note="not our PO and no service on record: dispute, not invoice_request",
        ),
    ),
    Reply(
        key="di-nl-1",
        intent="dispute",
        lang="nl",
        sender=("Sandra de Wit", "s.dewit@dewit-makelaardij.example"),
        when="2027-05-14 13:37 +0200",
        client="owa",
        text=(
            "Goedemiddag,\n\n"
            "HLS-4210 en HLS-4218 gaan allebei over dezelfde storing aan de slagboom van ons parkeerterrein op 9 april. Het is één keer gemaakt en we betalen het ook één keer. Wilt u een van de twee crediteren?\n\n"
            "Met vriendelijke groet,\n"
            "Sandra de Wit\n"
            "De Wit Makelaardij"
        ),
        inv="HLS-4218",
        amt="295.00",
        facts=Facts(refs=("HLS-4210", "HLS-4218"), note="letting agent; duplicate billing"),
    ),
    Reply(
        key="di-nl-2",
        intent="dispute",
        lang="nl",
        sender=("Mehmet Yıldız", "mehmet@snackbarhetpleintje.example"),
        when="2027-05-28 23:40 +0200",
        client="gmail",
        cte="b64",
        text=(
            "Goedenavond,\n\n"
            "Ik wou even reageren op uw mail. Ik zit al 14 jaar in deze zaak en heb nog nooit problemen gehad met betalen, dat wil ik wel even gezegd hebben. Mijn boekhouder doet alles altijd netjes op tijd. Vorige maand hebben jullie de nieuwe camera's opgehangen, vier stuks, en de monteur was heel vriendelijk, daar niks mis mee. Alleen camera 3 bij de achteringang heeft vanaf dag één geen beeld als het donker is, en dat is nou juist de camera waarvoor we het hele systeem hebben laten plaatsen, want daar is twee keer ingebroken. Ik heb al twee keer gebeld en het zou doorgegeven worden. Mijn zoon heeft er ook nog naar gekeken, hij denkt dat het aan de infrarood ligt. Ondertussen is het druk met het terras, het weer zit gelukkig mee.\n\n"
            "Dus zolang camera 3 het 's nachts niet doet, betaal ik die factuur niet. Als het gemaakt is krijgt u uw geld dezelfde week.\n\n"
            "Groet,\n"
            "Mehmet Yıldız\n"
            "Snackbar Het Pleintje"
        ),
        inv="HLS-4237",
        amt="2150.00",
        facts=Facts(
            note="long rambling reply; the point (no payment while camera 3 fails at night) is buried near the end; the conditional payment is secondary",
        ),
    ),
    Reply(
        key="di-it-1",
        intent="dispute",
        lang="it",
        sender=("Giorgio Bellini", "info@otticabellini.example"),
        when="2027-05-17 09:30 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        text=(
            "Buongiorno,\n\n"
            "non abbiamo pagato la fattura perché l'intervento non è mai stato eseguito. Il tecnico doveva venire il 22 aprile per sostituire la serratura della saracinesca, ma non si è presentato e alla fine abbiamo chiamato un fabbro della zona.\n\n"
            "Vi chiediamo quindi di annullare la fattura.\n\n"
            "Saluti,\n"
            "Giorgio Bellini\n"
            "Ottica Bellini"
        ),
        inv="HLS-4192",
        amt="380.00",
        facts=Facts(note="shop; negated payment with the reason: service never done"),
    ),
    Reply(
        key="di-it-2",
        intent="dispute",
        lang="it",
        sender=("Farmacia San Rocco", "amministrazione@farmaciasanrocco.example"),
        when="2027-06-03 16:12 +0200",
        client="html_only",
        text=(
            "Gentili signori,\n\n"
            "l'importo della fattura HLS-4246 (€ 2.380,00) non corrisponde al preventivo n. P-0391 da noi accettato il 2 marzo, che prevedeva € 1.950,00 IVA inclusa per la fornitura e posa del sistema di controllo accessi. Non ci risulta alcuna variante concordata.\n\n"
            "Provvederemo al pagamento dell'importo del preventivo non appena riceveremo una nota di credito per la differenza.\n\n"
            "Cordiali saluti,\n"
            "Dott. Enrico Marchetti\n"
            "Farmacia San Rocco"
        ),
        inv="HLS-4246",
        amt="2380.00",
        facts=Facts(
            refs=("HLS-4246",),
            note="price above the accepted quote; payment of the quoted amount is conditional on a credit note, so dispute; HTML-only",
        ),
    ),
]

PAYMENT_PLAN: Final = [
    Reply(
        key="pp-en-1",
        intent="payment_plan",
        lang="en",
        sender=("Sue Pritchard", "sue@pritchard-lets.example"),
        when="2027-05-13 21:05 +0100",
        client="iphone",
        text="Hi, sorry, I know this is late. My tenant at Cranbrook Road hasn't paid May's rent and the agent is chasing him but you know how it is. Could you give me a week or two on this one? I'm not trying to dodge it, I just can't cover it this month on top of the mortgage.\n\nSue",
        inv="HLS-4193",
        amt="310.00",
        facts=Facts(
            note="landlord asks for more time, with hardship; 'a week or two' is a request, not a promise, and has no date"
        ),
    ),
    Reply(
        key="pp-en-2",
        intent="payment_plan",
        lang="en",
        sender=("Alan Whitcombe", "treasurer@harbourview-residents.example"),
        when="2027-05-24 12:10 +0100",
        client="gmail",
        text=(
            "Hello,\n\n"
            "Apologies for the silence on this. The invoice for the new door-entry system (HLS-4234) is larger than the directors can approve between meetings, so it has to go to the full board, and the next board meeting is on 8 June.\n\n"
            "Could you give us until after that? I'll recommend approval and come back to you once the board has met.\n\n"
            "Best wishes,\n"
            "Alan Whitcombe\n"
            "Treasurer, Harbour View (Residents) Management Company Ltd"
        ),
        inv="HLS-4234",
        amt="6480.00",
        facts=Facts(
            refs=("HLS-4234",),
            note="residents' management company asks for time until after the board meeting; recommending approval is no commitment to pay, so not a promise",
        ),
    ),
    Reply(
        key="pp-en-3",
        intent="payment_plan",
        lang="en",
        sender=("Kelly Marsh", "kellymarsh84@gmail.com"),
        when="2027-06-01 20:15 +0100",
        client="samsung",
        text="Hi\n\nI got your reminder about the £780 for the new locks and the alarm after the break-in. I'm on my own with two kids and there is no way I can pay that in one go. Would you accept £130 a month for six months? I can set up a standing order for the 15th of each month if thats ok.\n\nThanks\nKelly",
        inv="HLS-4241",
        amt="780.00",
        facts=Facts(
            note="homeowner; instalments; the standing-order day is plan detail, not a promised date"
        ),
    ),
    Reply(
        key="pp-de-1",
        intent="payment_plan",
        lang="de",
        sender=("Gabriele Kessler", "kontakt@blumen-kessler.example"),
        when="2027-05-19 08:30 +0200",
        client="outlook_plain",
        text=(
            "Guten Morgen,\n\n"
            "nach dem Einbruch im März und der Reparatur der Ladentür ist es bei uns finanziell gerade sehr eng. Wäre es möglich, den Betrag von 1.260,00 € in drei Monatsraten zu zahlen (Juni, Juli, August)? Die erste Rate könnte ich Anfang Juni überweisen.\n\n"
            "Vielen Dank für Ihr Verständnis\n"
            "Gabriele Kessler\n"
            "Blumen Kessler"
        ),
        inv="HLS-4186",
        amt="1260.00",
        facts=Facts(note="shop; three monthly instalments after a burglary"),
    ),
    Reply(
        key="pp-de-2",
        intent="payment_plan",
        lang="de",
        sender=("Tobias Rahn", "t.rahn@rahn-familie.example"),
        when="2027-05-31 19:02 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "an der Rechnung selbst habe ich nichts auszusetzen, Ihr Notdienst war am Ostermontag schnell da und hat sauber gearbeitet. Mit dem Feiertagszuschlag kommen allerdings 486,00 EUR zusammen, und das trifft mich als Rentner gerade hart.\n\n"
            "Wäre es möglich, mir beim Zuschlag aus Kulanz etwas entgegenzukommen? 350 Euro könnte ich sofort überweisen.\n\n"
            "Mit freundlichen Grüßen\n"
            "Tobias Rahn"
        ),
        inv="HLS-4238",
        amt="486.00",
        facts=Facts(
            note="homeowner accepts the invoice and asks for a reduced amount on hardship grounds: payment_plan, not dispute; the offered 350 is conditional",
        ),
    ),
    Reply(
        key="pp-fr-1",
        intent="payment_plan",
        lang="fr",
        sender=("Yannick Le Goff", "yannick.legoff@breizh-mail.example"),
        when="2027-05-26 12:44 +0200",
        client="iphone",
        text="Bonjour,\nEst-ce que ce serait possible d'étaler le paiement en trois fois ? Avec les travaux de l'appartement je suis un peu juste ce mois-ci. Je peux faire un premier versement de 150 € dès la semaine prochaine.\nMerci d'avance,\nYannick Le Goff",
        inv="HLS-4227",
        amt="450.00",
        facts=Facts(note="instalments; the first instalment next week is plan detail"),
    ),
    Reply(
        key="pp-es-1",
        intent="payment_plan",
        lang="es",
        sender=("Toni Ferrer", "barlosarcos@correo-bar.example"),
        when="2027-05-18 16:40 +0200",
        client="gmail_plain",
        text=(
            "Buenas tardes,\n\n"
            "Os pago hoy mismo la mitad (210 €) y la otra mitad a finales de junio, que es cuando empieza a entrar dinero con la terraza. ¿Os parece bien así?\n\n"
            "Gracias,\n"
            "Toni\n"
            "Bar Los Arcos"
        ),
        inv="HLS-4223",
        amt="420.00",
        facts=Facts(
            note="half today and half at the end of June, put as a question: part payment plus the rest later → payment_plan, not payment_sent or promise"
        ),
    ),
    Reply(
        key="pp-es-2",
        intent="payment_plan",
        lang="es",
        sender=("Rosa Jiménez", "rosa@peluqueriarosa.example"),
        when="2027-06-02 10:20 +0200",
        client="samsung",
        text="Hola buenos dias, os escribo porque ahora mismo no puedo hacer frente a la factura. He tenido que cerrar la peluqueria dos semanas por una operacion y no he facturado nada. Me podeis dar hasta mediados de julio? No quiero dejarla sin pagar.\nUn saludo, Rosa",
        inv="HLS-4235",
        amt="230.00",
        facts=Facts(
            note="hairdresser; hardship and a request for time until mid-July; no accents, no opening question mark"
        ),
    ),
    Reply(
        key="pp-nl-1",
        intent="payment_plan",
        lang="nl",
        sender=("Peter Bakker", "p.bakker@bakker-installatie.example"),
        when="2027-05-12 07:58 +0200",
        client="outlook_mobile",
        text="Kunnen we deze in drie termijnen betalen?\nGr Peter",
        inv="HLS-4180",
        amt="1875.00",
        facts=Facts(note="one-line request for instalments"),
    ),
    Reply(
        key="pp-nl-2",
        intent="payment_plan",
        lang="nl",
        sender=("Inge Brouwer", "administratie@obsderegenboog.example"),
        when="2027-05-20 14:22 +0200",
        client="outlook_html",
        text=(
            "Geachte heer/mevrouw,\n\n"
            "Het budget voor onderhoud van ons schoolgebouw is voor dit kalenderjaar op. Het bestuur heeft toegezegd dat er na de zomervakantie extra middelen komen. Wij vragen u daarom vriendelijk om uitstel van betaling tot september.\n\n"
            "Met vriendelijke groet,\n"
            "Inge Brouwer\n"
            "Administratie OBS De Regenboog"
        ),
        inv="HLS-4224",
        amt="2960.00",
        facts=Facts(note="school asks to postpone payment until September"),
    ),
    Reply(
        key="pp-it-1",
        intent="payment_plan",
        lang="it",
        sender=("Luca Rinaldi", "officina.rinaldi@autofficina-rinaldi.example"),
        when="2027-05-11 18:30 +0200",
        client="gmail",
        text=(
            "Buonasera,\n"
            "vi scrivo per la fattura del nuovo cancello automatico. In questo periodo abbiamo qualche difficoltà con gli incassi: sarebbe possibile dividere l'importo in 3 rate mensili? Se per voi va bene, la prima la pago a fine mese.\n"
            "Grazie e buona serata,\n"
            "Luca Rinaldi"
        ),
        inv="HLS-4199",
        amt="3400.00",
        facts=Facts(note="instalments; the first instalment at month end is plan detail"),
    ),
    Reply(
        key="pp-it-2",
        intent="payment_plan",
        lang="it",
        sender=("Anna Colombo", "a.colombo@tiscali-posta.example"),
        when="2027-06-04 08:45 +0200",
        client="iphone",
        text="Buongiorno, sono la signora Colombo del terzo piano. Mio marito è in cassa integrazione da febbraio e non riesco a pagare tutto subito. Posso darvi 50 euro al mese? Mi scuso tanto.",
        inv="HLS-4247",
        amt="310.00",
        facts=Facts(note="hardship; small monthly amounts"),
    ),
]

INVOICE_REQUEST: Final = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        sender=("Jo Tanner", "accounts@abbeyfield-mp.example"),
        when="2027-05-10 11:45 +0100",
        client="outlook_plain",
        text=(
            "Hello,\n\n"
            "We have no record of receiving invoice HLS-4179. Could you please resend it to this address so we can get it paid? We're not disputing the work, we just can't pay without the invoice on file.\n\n"
            "Thanks,\n"
            "Jo Tanner\n"
            "Practice Administrator\n"
            "Abbeyfield Medical Practice"
        ),
        inv="HLS-4179",
        amt="260.00",
        facts=Facts(
            refs=("HLS-4179",), note="GP surgery; never received the invoice, please resend"
        ),
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        sender=("Priya Chauhan", "finance@kingsmead-academy.example"),
        when="2027-05-17 09:20 +0100",
        client="gmail",
        text=(
            "Good morning,\n\n"
            "Our finance system won't accept supplier invoices without a purchase order number. The PO for the access control work is KMA-PO-22871. Could you reissue HLS-4202 quoting that number and we'll process it in the next run.\n\n"
            "Many thanks,\n"
            "Priya Chauhan\n"
            "Finance Assistant\n"
            "Kingsmead Academy"
        ),
        inv="HLS-4202",
        amt="4120.00",
        facts=Facts(
            refs=("HLS-4202",),
            note="school; reissue with a PO number, amount not contested; 'the next run' is conditional and undated",
        ),
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        sender=("Ian Lockhart", "ian@lockhart-estates.example"),
        when="2027-05-26 14:50 +0200",
        client="apple",
        rlang="nl",
        text=(
            "Hi,\n\n"
            "Apologies for answering in English. Before we pay anything we need your bank details confirmed on company letterhead, signed by a director. We had a supplier impersonation attempt last month and our policy now is that we don't pay to new or changed bank details on the strength of an email.\n\n"
            "Once we have that, the invoice will go through.\n\n"
            "Ian Lockhart\n"
            "Lockhart Estates B.V."
        ),
        inv="HLS-4228",
        amt="1150.00",
        facts=Facts(
            note="English reply to a Dutch reminder; needs bank details on letterhead before paying; payment afterwards is conditional and undated"
        ),
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        sender=("Markus Vogt", "m.vogt@lindenfeld.example"),
        when="2027-05-21 11:11 +0200",
        client="outlook_html",
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "Ihre Rechnung HLS-4216 (Schließanlage Grundschule am Mühlbach) liegt uns nur als PDF vor. Als öffentlicher Auftraggeber können wir Rechnungen ausschließlich im Format XRechnung annehmen. Bitte übermitteln Sie die Rechnung erneut über das Rechnungsportal oder an rechnungseingang@lindenfeld.example und geben Sie die Leitweg-ID 05158-0417-64 an.\n\n"
            "Nach Eingang der XRechnung wird die Zahlung veranlasst.\n\n"
            "Mit freundlichen Grüßen\n"
            "Im Auftrag\n"
            "Markus Vogt\n"
            "Gemeinde Lindenfeld – Schulverwaltung"
        ),
        inv="HLS-4216",
        amt="5230.00",
        facts=Facts(
            refs=("HLS-4216",),
            note="municipal school needs the invoice as an XRechnung; the address given is the e-invoice channel for that document, not a change of contact",
        ),
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        sender=("Mairie de Saint-Aubin – Finances", "finances@mairie-saintaubin.example"),
        when="2027-05-12 14:30 +0200",
        client="owa",
        text=(
            "Bonjour,\n\n"
            "Les factures adressées à la commune doivent obligatoirement être déposées sur Chorus Pro (SIRET 217 300 000 00012, code service FIN-01). Votre facture HLS-4190 nous est parvenue uniquement par courriel et ne peut donc pas être mise en paiement.\n\n"
            "Merci de la déposer sur la plateforme ; elle sera traitée dès réception.\n\n"
            "Cordialement,\n"
            "Service des finances\n"
            "Mairie de Saint-Aubin-des-Prés"
        ),
        inv="HLS-4190",
        amt="690.00",
        facts=Facts(refs=("HLS-4190",), note="public body needs the invoice filed on Chorus Pro"),
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        sender=("Claire Fontaine", "pharmacie.deshalles@officine-mail.example"),
        when="2027-06-03 09:05 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        text=(
            "Bonjour,\n\n"
            "Je ne retrouve pas cette facture dans nos papiers. Pourriez-vous me la renvoyer, avec votre RIB s'il vous plaît ? Je la transmettrai ensuite à notre comptable.\n\n"
            "Merci,\n"
            "Claire Fontaine\n"
            "Pharmacie des Halles"
        ),
        inv="HLS-4248",
        amt="145.00",
        facts=Facts(note="copy of the invoice and bank details (RIB)"),
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        sender=("Nuria Blasco", "administracion@inmolevante.example"),
        when="2027-05-19 13:12 +0200",
        client="outlook_plain",
        charset="windows-1252",
        text=(
            "Hola,\n\n"
            "Para poder pagar la factura HLS-4213 necesitamos que la emitáis a nombre de Inmobiliaria Levante Gestión, S.L., con CIF B98765432, que es la sociedad que gestiona los alquileres. Tal como está, a nombre de la propietaria, nuestra gestoría no la puede contabilizar.\n\n"
            "El importe es correcto. En cuanto nos llegue la nueva, la pagamos.\n\n"
            "Saludos,\n"
            "Nuria Blasco\n"
            "Inmobiliaria Levante"
        ),
        inv="HLS-4213",
        amt="330.00",
        facts=Facts(
            refs=("HLS-4213",),
            note="letting agent; reissue to another legal entity with its tax ID, amount accepted: invoice_request",
        ),
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        sender=("Manuel Ferrer", "mferrer@telefonica-correo.example"),
        when="2027-05-28 20:33 +0200",
        client="iphone",
        text="¿Y esta factura de qué es? No me suena haber llamado a ningún cerrajero. ¿Me podéis mandar el detalle?",
        inv="HLS-4245",
        amt="120.00",
        facts=Facts(
            note="'what is this for, send me the detail': the collector answers with the job details; doubt, not a dispute"
        ),
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        sender=("Fatima El Amrani", "administratie@hapdelinde.example"),
        when="2027-05-25 10:40 +0200",
        client="gmail",
        text=(
            "Goedemorgen,\n\n"
            "Kunt u ons een kopie van factuur HLS-4232 sturen, samen met de getekende werkbon? Onze boekhouder wil bij elke factuur de werkbon hebben voordat hij betaalt.\n\n"
            "Alvast bedankt,\n"
            "Fatima El Amrani\n"
            "Praktijkmanager Huisartsenpraktijk De Linde"
        ),
        inv="HLS-4232",
        amt="415.00",
        facts=Facts(
            refs=("HLS-4232",), note="GP practice; copy of the invoice plus the signed work order"
        ),
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        sender=("Wim de Graaf", "penningmeester@vveparkzicht.example"),
        when="2027-06-02 21:15 +0200",
        client="thunderbird",
        cte="8bit",
        text=(
            "Beste,\n\n"
            "Wij krijgen verschillende herinneringen van u en ik kan niet meer goed zien welke facturen nog openstaan en welke al betaald zijn. Kunt u mij een overzicht sturen van alle openstaande posten op naam van de VvE?\n\n"
            "Met groet,\n"
            "Wim de Graaf\n"
            "penningmeester VvE Parkzicht"
        ),
        inv="HLS-4251",
        amt="210.00",
        facts=Facts(note="owners' association asks for a statement of open items"),
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        sender=("Silvia Conti", "amministrazione@hotelmiramonti.example"),
        when="2027-05-14 11:00 +0200",
        client="outlook_plain",
        text=(
            "Buongiorno,\n\n"
            "la fattura HLS-4200 ci è arrivata solo in PDF via e-mail. Per poterla registrare e pagare dobbiamo riceverla come fattura elettronica tramite SDI: il nostro codice destinatario è M5UXCR1. Vi chiediamo gentilmente di riemetterla.\n\n"
            "Cordiali saluti,\n"
            "Silvia Conti\n"
            "Hotel Miramonti"
        ),
        inv="HLS-4200",
        amt="560.00",
        facts=Facts(refs=("HLS-4200",), note="needs an electronic invoice through SDI"),
    ),
    Reply(
        key="ir-it-2",
        intent="invoice_request",
        lang="it",
        sender=("Tabaccheria Moretti", "tabaccheria.moretti@libero-posta.example"),
        when="2027-05-24 17:05 +0200",
        client="samsung",
        text="Salve, non trovo la fattura, me la potete rimandare? Grazie. Moretti",
        inv="HLS-4242",
        amt="98.00",
        facts=Facts(note="copy of the invoice"),
    ),
]

WRONG_CONTACT: Final = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        sender=("Amy Rhodes", "amy.rhodes@fastnet-mail.example"),
        when="2027-05-17 12:30 +0100",
        client="gmail",
        text=(
            "Hi,\n\n"
            "I think this has come to me by mistake. I'm the tenant at Flat 3, 19 Belvoir Street – the lock change was arranged by my letting agent after my keys were stolen, and they told me it would be billed to them. Their accounts team is accounts@kestrel-lettings.example.\n\n"
            "Amy Rhodes"
        ),
        inv="HLS-4220",
        amt="175.00",
        facts=Facts(
            new_contact="accounts@kestrel-lettings.example",
            note="tenant billed by mistake, naming the letting agent's accounts address",
        ),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        sender=("Greenway Property Services", "admin@greenway-property.example"),
        when="2027-05-11 09:31 +0100",
        client="notice",
        gap_days=0,
        subject="Automatic reply: {s}",
        headers=(AUTO_REPLIED, SUPPRESS),
        text=(
            "Thank you for your email.\n\n"
            "This mailbox is no longer monitored and messages sent to it will not be read. Greenway Property Services has moved its accounts function to our group head office.\n\n"
            "Supplier invoices and statements: payables@greenway-group.example\n"
            "Tenancy enquiries: lettings@greenway-property.example\n\n"
            "Greenway Property Services"
        ),
        inv="HLS-4184",
        amt="640.00",
        facts=Facts(
            new_contact="payables@greenway-group.example",
            note="automatic 'no longer monitored' notice naming new addresses: wrong_contact; of the two, the supplier-invoice address is the contact",
        ),
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        sender=("Dan Whitfield", "dan.whitfield@corbett-retail.example"),
        when="2027-06-02 08:05 +0100",
        client="outlook_mobile",
        text="Hi – I moved to the Leeds store in April and don't deal with supplier accounts any more. Please contact Sarah Kemp (S.Kemp@Corbett-Retail.example), she's taken over.\n\nDan",
        inv="HLS-4252",
        amt="1020.00",
        facts=Facts(
            new_contact="s.kemp@corbett-retail.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        sender=("Rolf Mertens", "rolf.mertens@t-post.example"),
        when="2027-05-18 07:20 +0200",
        client="samsung",
        text="Guten Tag, ich bin nur der Hausmeister der Anlage und habe Ihren Monteur damals reingelassen. Die Rechnung muss an die Hausverwaltung gehen, Immobilienverwaltung Falk, buchhaltung@falk-immo.example. Ich kann da nichts bezahlen.\nGruß R. Mertens",
        inv="HLS-4205",
        amt="245.00",
        facts=Facts(
            new_contact="buchhaltung@falk-immo.example",
            note="caretaker, not the customer; names the property manager's address",
        ),
    ),
    Reply(
        key="wc-de-2",
        intent="wrong_contact",
        lang="de",
        sender=("Julia Brandt", "j.brandt@modehaus-brandt.example"),
        when="2027-05-27 13:45 +0200",
        client="outlook_html",
        headers=(("Cc", "kreditoren@modehaus-brandt.example"),),
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "Herr Özdemir ist seit dem 1. Mai nicht mehr in unserem Haus tätig; an seine Adresse gerichtete Post wird nur noch sporadisch gesichtet. Ich habe Ihre Erinnerung an unsere Kreditorenbuchhaltung weitergeleitet. Bitte schicken Sie Rechnungen und Mahnungen künftig direkt an kreditoren@modehaus-brandt.example.\n\n"
            "Mit freundlichen Grüßen\n"
            "Julia Brandt\n"
            "Assistenz der Geschäftsführung\n"
            "Modehaus Brandt GmbH"
        ),
        inv="HLS-4253",
        amt="560.00",
        quote_to="Özdemir, Cem <c.oezdemir@modehaus-brandt.example>",
        facts=Facts(
            new_contact="kreditoren@modehaus-brandt.example",
            note="the original addressee has left; the new address is also copied in Cc",
        ),
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        sender=("Léa Martin", "lea.martin@posteo-mail.example"),
        when="2027-05-13 18:55 +0200",
        client="iphone",
        text="Bonjour,\nJe pense qu'il y a une erreur : je suis locataire, et c'est mon propriétaire qui a commandé le changement de serrure. C'est son agence qui gère tout, Immo Rhône Gestion : comptabilite@immorhone.example\nCordialement,\nLéa Martin",
        inv="HLS-4197",
        amt="210.00",
        facts=Facts(
            new_contact="comptabilite@immorhone.example",
            note="tenant billed by mistake, naming the landlord's agency",
        ),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        sender=("Bernard Collet", "bcollet@numeri-mail.example"),
        when="2027-05-21 10:10 +0200",
        client="gmail",
        text="Bonjour,\n\nVous vous êtes trompés d'adresse. Je n'ai jamais fait appel à vos services et je ne connais pas la société indiquée sur la facture. Il doit s'agir d'un homonyme.\n\nB. Collet",
        inv="HLS-4254",
        amt="150.00",
        facts=Facts(note="wrong recipient altogether (a namesake), no new address"),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        sender=("Vicente Sanchis", "vsanchis@sanchis-asesores.example"),
        when="2027-05-20 09:35 +0200",
        client="outlook_plain",
        text=(
            "Buenos días:\n\n"
            "Desde el 1 de abril ya no llevamos la administración de la Comunidad de Propietarios Edificio Albufera. La nueva administradora es Fincas Morales; podéis dirigir la factura a administracion@fincasmorales.example.\n\n"
            "Un saludo,\n"
            "Vicente Sanchis\n"
            "Sanchis Asesores"
        ),
        inv="HLS-4208",
        amt="890.00",
        facts=Facts(
            new_contact="administracion@fincasmorales.example",
            note="former block administrator names the new one",
        ),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        sender=("Colegio San Ignacio", "secretaria@colegiosanignacio.example"),
        when="2027-05-12 08:01 +0200",
        client="notice",
        gap_days=0,
        subject="Respuesta automática: {s}",
        headers=(AUTO_REPLIED,),
        text=(
            "Esta dirección de correo ya no está operativa y los mensajes que recibe no se leen.\n\n"
            "Para facturas y pagos a proveedores, escriba a administracion@colegiosanignacio.example.\n"
            "Para cualquier otra consulta, llame a secretaría de 9:00 a 14:00.\n\n"
            "Colegio San Ignacio"
        ),
        inv="HLS-4185",
        amt="1340.00",
        facts=Facts(
            new_contact="administracion@colegiosanignacio.example",
            note="school; automatic 'address no longer in use' notice naming the invoices address",
        ),
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        sender=("Marloes Jansen", "info@hetbaken-college.example"),
        when="2027-05-24 11:03 +0200",
        client="owa",
        text=(
            "Goedemorgen,\n\n"
            "Dit is de algemene inbox van de school en die wordt niet door de financiële administratie gelezen. Wilt u facturen en herinneringen voortaan sturen naar crediteuren@stichting-kustscholen.example? Daar worden ze verwerkt.\n\n"
            "Met vriendelijke groet,\n"
            "Marloes Jansen\n"
            "Receptie Het Baken College"
        ),
        inv="HLS-4255",
        amt="720.00",
        facts=Facts(
            new_contact="crediteuren@stichting-kustscholen.example",
            note="school reception redirects to the school board's payables address",
        ),
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        sender=("Henk Smit", "henk@smit-keukens.example"),
        when="2027-06-03 15:30 +0200",
        client="iphone",
        text="Hallo, daar gaat ons administratiekantoor over. Stuur het maar naar Boekhouding.Verhoef@AdminVerhoef.example, die regelen de betalingen voor ons.\nGroeten Henk",
        inv="HLS-4256",
        amt="385.00",
        facts=Facts(
            new_contact="boekhouding.verhoef@adminverhoef.example",
            note="mixed-case address labelled in lower case",
        ),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        sender=("Giulia Ricci", "giulia.ricci@fastposta.example"),
        when="2027-05-25 13:20 +0200",
        client="gmail",
        text="Buongiorno,\ncredo abbiate sbagliato destinatario: sono solo una condomina, non l'amministratrice. La fattura va mandata allo studio che amministra il condominio, studio.gallo@studiogallo-amministrazioni.example.\nCordiali saluti\nGiulia Ricci",
        inv="HLS-4257",
        amt="260.00",
        facts=Facts(
            new_contact="studio.gallo@studiogallo-amministrazioni.example",
            note="resident, not the administrator; names the administrator's office",
        ),
    ),
]

UNSUBSCRIBE: Final = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        sender=("Richard Haworth", "richard@haworthfarm.example"),
        when="2027-05-12 22:41 +0100",
        client="gmail_plain",
        text="Stop emailing me. This is the third one this month. Any further correspondence goes to my solicitors, Pemberton & Shaw in Harrogate. I will not be responding to you directly again.",
        inv="HLS-4187",
        amt="486.00",
        facts=Facts(note="irritated; 'talk to my solicitors' without an address → unsubscribe"),
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        sender=("Chloe Barnes", "chloe.barnes@mailbox-uk.example"),
        when="2027-05-28 07:45 +0100",
        client="iphone",
        text="Please take me off your emails. I'm the tenant, I didn't order anything and I've told you this already",
        inv="HLS-4258",
        amt="140.00",
        facts=Facts(
            note="tenant: remove-me plus 'not my bill' without a new address; unsubscribe beats wrong_contact and dispute"
        ),
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        sender=("Brookside Health Centre – Finance", "finance@brookside-hc.example"),
        when="2027-06-04 10:15 +0100",
        client="outlook_plain",
        text=(
            "Dear Sir/Madam,\n\n"
            "Please note that Brookside Health Centre does not accept statements, reminders or invoices by email. All correspondence about accounts must be sent by post to: Finance Office, Brookside Health Centre, Mill Lane. Emails to this address will not be actioned.\n\n"
            "Finance Office"
        ),
        inv="HLS-4259",
        amt="395.00",
        facts=Facts(note="GP surgery: post only → unsubscribe"),
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        sender=("Werner Haupt", "w.haupt@haupt-elektro.example"),
        when="2027-05-19 11:50 +0200",
        client="outlook_plain",
        charset="windows-1252",
        text="Hören Sie endlich auf, mir jede Woche diese Mails zu schicken! Wir zahlen wie jedes Mal am Monatsende, das wissen Sie genau. Ich will aus diesem Verteiler raus.\n\nW. Haupt",
        inv="HLS-4204",
        amt="1120.00",
        facts=Facts(
            note="stop request plus a month-end promise: unsubscribe beats it, so no promised date is labelled"
        ),
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        sender=("Monika Franke", "m.franke@franke-gastro.example"),
        when="2027-06-01 16:20 +0200",
        client="gmail",
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "in dieser Angelegenheit ist inzwischen Rechtsanwalt Dr. Lenz von der Kanzlei Lenz & Partner für uns tätig. Bitte richten Sie sämtliche weitere Korrespondenz ausschließlich an ihn und schreiben Sie uns nicht mehr direkt an.\n\n"
            "Mit freundlichen Grüßen\n"
            "Monika Franke"
        ),
        inv="HLS-4260",
        amt="930.00",
        facts=Facts(note="only through our lawyer, no address → unsubscribe"),
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        sender=("Jean-Luc Perrin", "jl.perrin@perrin-immobilier.example"),
        when="2027-05-11 17:05 +0200",
        client="outlook_html",
        text=(
            "Monsieur,\n\n"
            "Je vous prie de ne plus m'adresser de courriels au sujet de cette facture. Toute correspondance devra désormais m'être adressée par courrier, à l'adresse du cabinet.\n\n"
            "Salutations,\n"
            "Jean-Luc Perrin"
        ),
        inv="HLS-4189",
        amt="275.00",
        facts=Facts(note="post only → unsubscribe"),
    ),
    Reply(
        key="un-fr-2",
        intent="unsubscribe",
        lang="fr",
        sender=("", "contact@lepetitatelier-deco.example"),
        when="2027-05-29 09:12 +0200",
        client="gmail_plain",
        text="DESINSCRIPTION",
        inv="HLS-4261",
        amt="160.00",
        facts=Facts(note="one word, capitals, no accent"),
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        sender=("Ángel Domínguez", "angel@dominguez-reformas.example"),
        when="2027-05-14 19:30 +0200",
        client="apple",
        text="No me escriban más. Este asunto lo lleva ya mi abogado y será él quien se ponga en contacto con ustedes.",
        inv="HLS-4195",
        amt="1480.00",
        facts=Facts(note="stop writing, my lawyer will contact you; no address → unsubscribe"),
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        sender=("Carmen Vidal", "carmenvidal@correo-personal.example"),
        when="2027-05-26 23:05 +0200",
        client="samsung",
        text="Dejen de mandarme correos a esta cuenta, que es personal. No pienso pagar una cerradura que yo no pedi, eso lo tiene que pagar el dueño del local. Y no me vuelvan a escribir.",
        inv="HLS-4262",
        amt="210.00",
        facts=Facts(
            note="stop request plus a dispute about who ordered the work: unsubscribe beats everything but bounce; a missing accent"
        ),
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        sender=("Bert Kuipers", "bert@kuipers-vishandel.example"),
        when="2027-05-21 12:00 +0200",
        client="iphone",
        text="Afmelden graag. Is al lang betaald, dus ik hoef deze herinneringen niet meer.",
        inv="HLS-4263",
        amt="199.00",
        facts=Facts(
            note="stop request plus a payment claim: unsubscribe wins, the payment fields stay empty"
        ),
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        sender=("Stefano Riva", "stefano.riva@riva-elettrodomestici.example"),
        when="2027-05-17 10:25 +0200",
        client="outlook_mobile",
        text="Vi prego di cancellare il mio indirizzo dalla vostra lista. Non voglio più ricevere queste e-mail.",
        inv="HLS-4264",
        amt="180.00",
        facts=Facts(note="remove me from your list"),
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        sender=("Mario Esposito", "consiglio@condominio-lemagnolie.example"),
        when="2027-06-02 18:40 +0200",
        client="thunderbird",
        text=(
            "Spettabile ditta,\n\n"
            "d'ora in avanti ogni comunicazione relativa a questa pratica dovrà pervenire esclusivamente per iscritto, a mezzo raccomandata A/R. Le e-mail non verranno più prese in considerazione.\n\n"
            "Distinti saluti\n"
            "Ing. Mario Esposito\n"
            "Consigliere, Condominio Le Magnolie"
        ),
        inv="HLS-4265",
        amt="2100.00",
        facts=Facts(note="registered post only → unsubscribe"),
    ),
]

AUTO_REPLY: Final = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        sender=("Helen Gray", "helen.gray@castleview-estates.example"),
        when="2027-05-17 09:03 +0100",
        client="notice_alt",
        gap_days=0,
        subject="Automatic reply: {s}",
        headers=(AUTO_GENERATED, SUPPRESS),
        text="Thank you for your message. I'm on annual leave until Tuesday 25 May with limited access to email. For anything urgent please call the office on 01632 960214.\n\nHelen Gray\nAccounts Assistant, Castleview Estates",
        inv="HLS-4266",
        amt="355.00",
        facts=Facts(return_date="2027-05-25", note="'until X' → X"),
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        sender=("Ashby Lettings Accounts", "support@ashbylettings.example"),
        when="2027-05-20 14:02 +0100",
        client="notice_alt",
        gap_days=0,
        subject="[Ticket #AL-20931] {re}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "bulk"), ("X-Mailer", "HelpPoint Desk 5")),
        text=(
            "Hello,\n\n"
            "Thanks for getting in touch with Ashby Lettings. This is an automated message to confirm that we've received your email and opened ticket #AL-20931.\n\n"
            "One of the team will reply within 3 working days. Please keep the ticket number in the subject line if you write to us again about this.\n\n"
            "Ashby Lettings Customer Accounts"
        ),
        inv="HLS-4267",
        amt="228.00",
        facts=Facts(
            note="ticket acknowledgement without Auto-Submitted; 'within 3 working days' gives no return date"
        ),
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        sender=("Tom Bradley", "tom.bradley@bradleyhardware.example"),
        when="2027-05-28 16:31 +0100",
        client="notice",
        gap_days=0,
        subject="Out of Office: {s}",
        headers=(AUTO_REPLIED,),
        text="Hi,\n\nI'm away over the bank holiday weekend and taking a couple of extra days, so I'll be back in on Wednesday 2nd June. If it's about an order, Jess can help: jess@bradleyhardware.example.\n\nCheers,\nTom",
        inv="HLS-4268",
        amt="96.00",
        facts=Facts(
            return_date="2027-06-02",
            note="the colleague's address in an auto-reply does not set new_contact",
        ),
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        sender=("Sekretariat Gymnasium am Hofgarten", "sekretariat@gymnasium-hofgarten.example"),
        when="2027-05-18 10:00 +0200",
        client="notice_alt",
        gap_days=0,
        subject="Abwesenheitsnotiz: {s}",
        headers=(AUTO_REPLIED, SUPPRESS),
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "vielen Dank für Ihre Nachricht. Während der Pfingstferien ist das Sekretariat nicht besetzt. Ab Montag, dem 31. Mai 2027, sind wir wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\n"
            "Mit freundlichen Grüßen\n"
            "Sekretariat Gymnasium am Hofgarten"
        ),
        inv="HLS-4269",
        amt="1460.00",
        facts=Facts(
            return_date="2027-05-31",
            note="school holidays; 'ab Montag, dem 31. Mai' is the day back",
        ),
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        sender=("Hausverwaltung Nordstern – Kundenservice", "service@hv-nordstern.example"),
        when="2027-05-25 08:40 +0200",
        client="notice",
        gap_days=0,
        subject="Eingangsbestätigung [Vorgang 2027-05-04417]",
        headers=(("X-Autoreply", "yes"),),
        text=(
            "Guten Tag,\n\n"
            "Ihre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer 2027-05-04417 erfasst. Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs; bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.\n\n"
            "Dies ist eine automatisch erzeugte Nachricht.\n\n"
            "Ihre Hausverwaltung Nordstern"
        ),
        inv="HLS-4270",
        amt="640.00",
        facts=Facts(note="ticket acknowledgement without Auto-Submitted, no date"),
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        sender=("Nathalie Girard", "n.girard@girard-assurances.example"),
        when="2027-05-19 09:15 +0200",
        client="notice_alt",
        gap_days=0,
        subject="Réponse automatique : {s}",
        headers=(AUTO_REPLIED, SUPPRESS),
        text="Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 28 mai inclus et je n'aurai pas accès à ma messagerie. En cas d'urgence, vous pouvez joindre l'accueil au 04 78 00 12 34.\n\nCordialement,\nNathalie Girard",
        inv="HLS-4271",
        amt="510.00",
        facts=Facts(
            return_date="2027-05-28",
            note="'jusqu'au X inclus' with no day back stated → X, as 'until X' → X",
        ),
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        sender=("Résidence Les Acacias – Comptabilité", "compta@residence-acacias.example"),
        when="2027-05-14 18:10 +0200",
        client="notice",
        gap_days=0,
        charset="iso-8859-1",
        subject="Absence : {s}",
        headers=(AUTO_REPLIED,),
        text=(
            "Bonjour,\n\n"
            "Le service comptabilité est fermé du samedi 15 au lundi 17 mai inclus (week-end de Pentecôte). Votre message sera traité à notre retour, à partir du mardi 18 mai.\n\n"
            "Merci de votre compréhension.\n"
            "Le service comptabilité"
        ),
        inv="HLS-4272",
        amt="870.00",
        facts=Facts(
            return_date="2027-05-18", note="closure over Whitsun; the stated day back wins"
        ),
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        sender=("Elena Castro", "ecastro@castro-gestion.example"),
        when="2027-05-24 09:02 +0200",
        client="notice_alt",
        gap_days=0,
        subject="Respuesta automática: {s}",
        headers=(AUTO_REPLIED,),
        text="Gracias por su mensaje. Estoy fuera de la oficina hasta el lunes 31 de mayo, sin acceso al correo. Para asuntos urgentes pueden escribir a contabilidad@castro-gestion.example.\n\nUn saludo,\nElena Castro",
        inv="HLS-4273",
        amt="305.00",
        facts=Facts(
            return_date="2027-05-31",
            note="'hasta X' → X; the colleague address does not set new_contact",
        ),
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        sender=("Annelies Vos", "a.vos@vos-vastgoed.example"),
        when="2027-05-17 08:15 +0200",
        client="notice_alt",
        gap_days=0,
        subject="Automatisch antwoord: {s}",
        headers=(AUTO_REPLIED, SUPPRESS),
        text="Beste afzender,\n\nTot en met vrijdag 21 mei ben ik met vakantie. Vanaf maandag 24 mei ben ik weer op kantoor en beantwoord ik uw bericht. In dringende gevallen kunt u ons kantoor bellen.\n\nMet vriendelijke groet,\nAnnelies Vos",
        inv="HLS-4274",
        amt="415.00",
        facts=Facts(
            return_date="2027-05-24",
            note="'t/m vrijdag 21 mei … vanaf maandag 24 mei': the day back wins",
        ),
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        sender=("VvE Beheer Amstelland", "facturen@vvebeheer-amstelland.example"),
        when="2027-06-01 10:05 +0200",
        client="notice_html",
        gap_days=0,
        subject="Ontvangstbevestiging: {s}",
        headers=(AUTO_REPLIED,),
        text=(
            "Geachte heer/mevrouw,\n\n"
            "Wij bevestigen de ontvangst van uw e-mail. Uw bericht is doorgezet naar de afdeling die hierover gaat en wordt binnen vijf werkdagen in behandeling genomen.\n\n"
            "Dit is een automatisch verzonden bericht.\n\n"
            "VvE Beheer Amstelland"
        ),
        inv="HLS-4275",
        amt="1190.00",
        facts=Facts(
            note="receipt acknowledgement, HTML only; 'within five working days' gives no return date"
        ),
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        sender=("Marco Bruno", "m.bruno@brunoimmobiliare.example"),
        when="2027-05-31 08:00 +0200",
        client="notice",
        gap_days=0,
        subject="Risposta automatica: {s}",
        headers=(AUTO_REPLIED,),
        text="Buongiorno,\n\nsono fuori ufficio per il ponte del 2 giugno e rientrerò giovedì 3 giugno. La sua e-mail verrà letta al mio rientro.\n\nCordiali saluti\nMarco Bruno",
        inv="HLS-4276",
        amt="260.00",
        facts=Facts(
            return_date="2027-06-03",
            note="the stated day back; 2 June is a public holiday in Italy",
        ),
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        sender=("Francesca Lombardi", "f.lombardi@studio-lombardi.example"),
        when="2027-05-13 11:22 +0200",
        client="notice_alt",
        gap_days=0,
        charset="windows-1252",
        subject="Assente: {s}",
        headers=(SUPPRESS,),
        text="Gentile mittente,\n\nsono in congedo di maternità fino a data da definirsi. Per questioni amministrative potete rivolgervi alla collega Daniela Serra (d.serra@studio-lombardi.example).\n\nGrazie,\nFrancesca Lombardi",
        inv="HLS-4277",
        amt="740.00",
        facts=Facts(
            note="open-ended leave, no date, no Auto-Submitted (only X-Auto-Response-Suppress); the colleague's address does not set new_contact"
        ),
    ),
]

OTHER: Final = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        sender=("Hartwell Properties Accounts", "accounts@hartwel1-properties.example"),
        when="2027-05-26 03:14 +0100",
        client="gmail",
        quote_to="Hartwell Properties Accounts <accounts@hartwell-properties.example>",
        text=(
            "Good day,\n\n"
            "Kindly be informed that our accounts department has migrated to a new email platform. With immediate effect please direct all invoices, statements and remittance correspondence to hartwellproperties.accts@gmail.com and discontinue using the old address, which will be deactivated.\n\n"
            "Also kindly advise the total outstanding balance on our account so we can process payment urgently today.\n\n"
            "Regards,\n"
            "Accounts Department\n"
            "Hartwell Properties"
        ),
        inv="HLS-4278",
        amt="1385.00",
        facts=Facts(
            note="phishing-like: a look-alike domain (hartwel1) asks to redirect mail to a free-mail address; a person must verify it, so other, and no new_contact is labelled; the balance request is part of the lure",
        ),
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        sender=("Mike Doyle", "mike@doylesbar.example"),
        when="2027-05-19 13:40 +0100",
        client="gmail_inline",
        text="",
        inline=((2, "didn't we pay this already??"),),
        inv="HLS-4279",
        amt="412.00",
        facts=Facts(
            note="a question, not a claim of payment: a person checks the ledger and answers; written inline under the invoice details"
        ),
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        sender=("Joanne Price", "joanne.price@lakeside-nursery.example"),
        when="2027-06-03 11:05 +0100",
        client="gmail",
        text=(
            "Hi,\n\n"
            "While I have you – the keypad on the side gate has started beeping and not releasing the lock about one time in five. Could one of your engineers come and have a look next week? Mornings before 9.30 are best as that's when the parents arrive.\n\n"
            "Thanks,\n"
            "Joanne\n"
            "Lakeside Day Nursery"
        ),
        inv="HLS-4280",
        amt="188.00",
        facts=Facts(note="service request in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        sender=("Ingrid Schuster", "ingrid.schuster@schuster-online.example"),
        when="2027-05-14 20:20 +0200",
        client="iphone",
        text="Danke, ich gebe das an meinen Mann weiter, der kümmert sich um so was.\nI. Schuster",
        inv="HLS-4281",
        amt="225.00",
        facts=Facts(note="acknowledgement, passed on without an address: other"),
    ),
    Reply(
        key="ot-de-2",
        intent="other",
        lang="de",
        sender=("Dieter Pohl", "pohl@pohl-metallbau.example"),
        when="2027-05-31 15:15 +0200",
        client="outlook_plain",
        text="Guten Tag,\n\nrufen Sie mich bitte in den nächsten Tagen kurz an, ich möchte das lieber telefonisch besprechen. Am besten vormittags unter 0211 555 0187.\n\nGruß\nD. Pohl",
        inv="HLS-4282",
        amt="1630.00",
        facts=Facts(note="asks for a phone call, no stance on the invoice"),
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        sender=("Sophie Garnier", "sophie@garnier-fleurs.example"),
        when="2027-05-10 12:12 +0200",
        client="outlook_mobile",
        text="Bien reçu, je regarde ça avec mon comptable et je reviens vers vous.\nSophie",
        inv="HLS-4283",
        amt="340.00",
        facts=Facts(note="acknowledgement; 'je reviens vers vous' is no commitment to pay"),
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        sender=("Lucía Herrero", "lucia.herrero@correo-personal.example"),
        when="2027-05-21 11:40 +0200",
        client="gmail",
        text=(
            "Buenos días:\n\n"
            "Les escribo porque el titular de la cuenta, mi padre, Antonio Herrero, falleció el pasado mes de abril. Estamos con los trámites de la herencia y todavía no sabemos quién se hará cargo de sus asuntos. Se lo comunico para que lo tengan en cuenta; cuando lo sepamos, les llamaremos.\n\n"
            "Atentamente,\n"
            "Lucía Herrero"
        ),
        inv="HLS-4284",
        amt="265.00",
        facts=Facts(
            note="bereavement notice: no promise, no request, no new contact; a person must read it"
        ),
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        sender=("Paco Lozano", "paco@ultramarinoslozano.example"),
        when="2027-05-27 19:01 +0200",
        client="iphone",
        text="Recibido, gracias.",
        inv="HLS-4285",
        amt="140.00",
        facts=Facts(note="acknowledgement only"),
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        sender=("Kees van Dijk", "kees@vandijk-autoschade.example"),
        when="2027-05-25 16:50 +0200",
        client="gmail_plain",
        loc="en",
        text="Hoe laat komt de monteur donderdag voor de camera's? Dan zorg ik dat er iemand is.\n\nKees",
        inv="HLS-4286",
        amt="920.00",
        facts=Facts(
            note="appointment question in the reminder thread; Gmail with an English interface"
        ),
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        sender=("Sanne Mulder", "sanne@mulder-kapsalon.example"),
        when="2027-05-12 09:30 +0200",
        client="iphone",
        text="Doorgestuurd naar de eigenaar.\nSanne",
        inv="HLS-4287",
        amt="175.00",
        facts=Facts(note="forwarded to the owner without an address: other, not wrong_contact"),
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        sender=("Roberta Sala", "r.sala@salacostruzioni.example"),
        when="2027-05-18 12:15 +0200",
        client="owa",
        text="Ricevuto. Ne parlo con il geometra e vi faccio sapere.\n\nRoberta Sala",
        inv="HLS-4288",
        amt="1275.00",
        facts=Facts(note="acknowledgement; 'vi faccio sapere' is no commitment"),
    ),
    Reply(
        key="ot-it-2",
        intent="other",
        lang="it",
        sender=("Alberto Galli", "barcentrale.cremona@posta-bar.example"),
        when="2027-06-01 11:30 +0200",
        client="gmail",
        text="Buongiorno,\nvolevo chiedervi un preventivo per due telecamere in più sul retro del bar, visto che l'impianto che ci avete montato funziona bene. Per la fattura ne parliamo quando venite a fare il sopralluogo.\nSaluti,\nAlberto",
        inv="HLS-4289",
        amt="1540.00",
        facts=Facts(
            note="new quote request; 'we'll talk about the invoice when you come' is neither a promise nor a dispute"
        ),
    ),
]

REPLIES: Final = [
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
# Bounces: generated machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder Halden sent to `rcpt` in `rlang`."""

    key: str
    lang: Lang
    kind: Literal["hard", "soft"]
    status: str
    rcpt: str
    when: str
    delay_minutes: int
    rlang: Lang
    inv: str
    amt: str
    builder: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return (self.dt - timedelta(minutes=self.delay_minutes)).astimezone(HALDEN_TZ)

    @property
    def reminder(self) -> Message:
        return reminder_message(
            lang=self.rlang, inv=self.inv, amt=self.amt, to=self.rcpt, sent=self.sent, key=self.key
        )

    @property
    def subject(self) -> str:
        return reminder_subject(self.rlang, self.inv)


def status_fields(lines: list[str]) -> Message:
    return message_from_string("\n".join(lines) + "\n")


def delivery_status(
    b: Bounce, *, mta: str, action: str, diagnostic: str, remote: str = ""
) -> Message:
    per_message = [f"Reporting-MTA: dns; {mta}", f"Arrival-Date: {format_datetime(b.sent)}"]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
        *(
            [f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=4))}"]
            if action == "delayed"
            else []
        ),
    ]
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part["Content-Description"] = "Delivery report"
    part.set_payload([status_fields(per_message), status_fields(per_recipient)])
    return part


def returned_headers(b: Bounce) -> Message:
    lines = "".join(
        f"{name}: {value}\n"
        for name, value in b.reminder.items()
        if not name.startswith("Content-")
    )
    part = text_part(lines, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    part["Content-Description"] = "Undelivered Message Headers"
    return part


def returned_message(b: Bounce) -> Message:
    part = MIMEMessage(b.reminder)
    part["Content-Description"] = "Undelivered Message"
    return part


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def described(part: Message, description: str) -> Message:
    part["Content-Description"] = description
    return part


def dsn_html(text: str, charset: str) -> str:
    blocks = "".join(
        f'<p style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">{html_text(block)}</p>\n'
        for block in text.split("\n\n")
    )
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>\n{blocks}</body></html>\n'


def human_alternative(text: str, *, charset: str = "utf-8") -> Message:
    return alternative(
        text_part(text, charset=charset),
        text_part(dsn_html(text, charset), subtype="html", charset=charset),
    )


def seal(
    b: Bounce, msg: Message, *, sender: str, subject: str, extra: tuple[tuple[str, str], ...] = ()
) -> Message:
    host = sender.rsplit("@", 1)[1].rstrip(">").split(" ")[0]
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 20).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finish_message(msg, key=b.key, client="bounce")


def bounce_postfix(b: Bounce) -> Message:
    remote = "mx1.marlowe-homes.example"
    text = (
        "This is the mail system at host mail.halden-security.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[198.51.100.61] said: 550\n"
        f"    5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local\n"
        "    recipient table (in reply to RCPT TO command)\n"
    )
    diagnostic = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    msg = report(
        described(text_part(text, charset="us-ascii", cte="7bit"), "Notification"),
        delivery_status(
            b,
            mta="mail.halden-security.example",
            action="failed",
            diagnostic=diagnostic,
            remote=remote,
        ),
        returned_message(b),
    )
    return seal(
        b,
        msg,
        sender="MAILER-DAEMON@mail.halden-security.example (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    host = "mx.pennyfields-host.example"
    stamp = format_datetime(b.sent)
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28817 invoked from network); {stamp}\n"
        "Received: from mail.halden-security.example (HELO mail.halden-security.example) (203.0.113.25)\n"
        f"  by {host} with SMTP; {stamp}\n"
        f"{b.reminder.as_string()}"
    )
    msg = Message()
    msg.set_payload(text)
    return seal(b, msg, sender=f"MAILER-DAEMON@{host}", subject="failure notice")


def bounce_sendmail_delay(b: Bounce) -> Message:
    remote = "mx.thornbury-autos.example"
    text = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\n"
        "from mail.halden-security.example [203.0.113.25]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with {remote}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    msg = report(
        text_part(text, charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            mta="relay.halden-security.example",
            action="delayed",
            diagnostic=f"451 4.4.1 Connection timed out with {remote}",
            remote=remote,
        ),
        returned_headers(b),
    )
    return seal(
        b,
        msg,
        sender="Mail Delivery Subsystem <MAILER-DAEMON@relay.halden-security.example>",
        subject="Warning: could not send message for past 4 hours",
    )


def bounce_gateway_de(b: Bounce) -> Message:
    until = b.dt + timedelta(days=3)
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des E-Mail-Sicherheitsgateways des Kreises Lindenau.\n"
        "(This is an automatically generated delivery status notification.)\n\n"
        "Ihre Nachricht an\n\n"
        f"    {b.rcpt}\n\n"
        "wurde von unserem Gateway angenommen, konnte aber noch nicht an das Postfach weitergegeben werden. Der interne Mailserver der Schule ist derzeit nicht erreichbar (4.4.2 Verbindung abgebrochen).\n\n"
        f"Die Nachricht bleibt in der Warteschlange. Weitere Zustellversuche erfolgen automatisch bis zum {until:%d.%m.%Y, %H:%M} Uhr. Sie müssen die Nachricht nicht erneut senden.\n\n"
        f"Betreff: {b.subject}\n"
        f"Eingegangen: {b.sent.astimezone(b.dt.tzinfo):%d.%m.%Y %H:%M}\n\n"
        "-- \n"
        "E-Mail-Sicherheitsgateway | IT-Service Kreis Lindenau\n"
    )
    msg = report(
        text_part(text, charset="iso-8859-1"),
        delivery_status(
            b,
            mta="gw01.kreis-lindenau.example",
            action="delayed",
            diagnostic="421 4.4.2 Connection dropped by remote host",
            remote="exchange.realschule-lindenau.example",
        ),
        returned_headers(b),
    )
    return seal(
        b,
        msg,
        sender="E-Mail-Sicherheitsgateway <postmaster@gw01.kreis-lindenau.example>",
        subject=f"Zustellung verzögert: {b.subject}",
    )


def bounce_o365_fr(b: Bounce) -> Message:
    user, domain = b.rcpt.split("@")
    server = "PR2P264MB0418.FRAP264.PROD.OUTLOOK.COM"
    diagnostic = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    text = (
        f"Votre message à {b.rcpt} n'a pas pu être remis.\n\n"
        f"{user} est introuvable sur {domain}.\n\n"
        f"receivables        Office 365        {user}\n"
        "Expéditeur         Action requise    Destinataire\n\n"
        "Comment résoudre ce problème\n\n"
        "L'adresse est peut-être mal orthographiée ou n'existe plus. Vérifiez l'adresse du destinataire, puis renvoyez le message. Si vous avez utilisé la saisie semi-automatique, supprimez l'entrée mémorisée et tapez l'adresse complète.\n\n"
        "Plus d'informations pour les administrateurs de messagerie\n\n"
        f"Serveur de génération : {server}\n"
        f"Destinataire : {b.rcpt}\n"
        f"Erreur d'état : {diagnostic}\n"
    )
    msg = report(
        human_alternative(text),
        delivery_status(b, mta=server.lower(), action="failed", diagnostic=diagnostic),
        returned_headers(b),
    )
    return seal(
        b,
        msg,
        sender="Microsoft Outlook <postmaster@halden-security.example>",
        subject=f"Non remis : {b.subject}",
    )


def bounce_isp_fr(b: Bounce) -> Message:
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique de la plateforme de messagerie.\n\n"
        f"Le message que vous avez envoyé à <{b.rcpt}> n'a pas encore pu être distribué : la boîte aux lettres du destinataire est pleine (452 4.2.2 Over quota).\n\n"
        "Nous essaierons à nouveau de le distribuer pendant 72 heures. Si la boîte reste pleine, le message vous sera renvoyé.\n\n"
        f"Objet : {latin1_text(b.subject)}\n"
        f"Date : {format_datetime(b.sent)}\n\n"
        "L'équipe Messagerie\n"
    )
    msg = text_part(text, charset="iso-8859-1")
    return seal(
        b,
        msg,
        sender="Service Messagerie <mailer-daemon@smtp.fournisseur-mail.example>",
        subject="Message non délivré pour le moment (boîte pleine)",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    diagnostic = "550-5.1.1 The email account that you tried to reach does not exist."
    text = (
        "** No se ha encontrado la dirección **\n\n"
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.\n\n"
        "Más información: https://support.google.com/mail/?p=NoSuchUser\n\n"
        "La respuesta del servidor remoto ha sido:\n\n"
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-7a4c1e0f3b2si1182453a.311 - gsmtp\n"
    )
    msg = report(
        human_alternative(text),
        delivery_status(
            b,
            mta="mx.google.com",
            action="failed",
            diagnostic=diagnostic,
            remote="gmail-smtp-in.l.google.com",
        ),
        returned_headers(b),
    )
    return seal(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )


def bounce_o365_es_delay(b: Bounce) -> Message:
    server = "DB9P193MB1422.EURP193.PROD.OUTLOOK.COM"
    diagnostic = '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed.'
    text = (
        "La entrega se ha retrasado para estos destinatarios o grupos:\n\n"
        f"{b.rcpt}\n\n"
        f"Asunto: {b.subject}\n\n"
        "Este mensaje aún no se ha entregado. Seguiremos intentando entregarlo durante 44 horas más. Le avisaremos si no es posible entregarlo.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        f"Servidor de generación: {server}\n"
        f"Último error: {diagnostic}\n"
    )
    msg = report(
        human_alternative(text),
        delivery_status(b, mta=server.lower(), action="delayed", diagnostic=diagnostic),
        returned_headers(b),
    )
    return seal(
        b,
        msg,
        sender="Microsoft Outlook <postmaster@halden-security.example>",
        subject=f"Entrega retrasada: {b.subject}",
    )


def bounce_isp_nl(b: Bounce) -> Message:
    text = (
        "Dit is een automatisch bericht van de mailserver van KabelNet.\n\n"
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"    {b.rcpt}\n\n"
        "Reden: dit e-mailadres is opgeheven en neemt geen berichten meer aan (550 5.2.1 mailbox disabled).\n\n"
        "Dit is een permanente fout; het bericht wordt niet opnieuw verzonden. Het oorspronkelijke bericht vindt u in de bijlage.\n"
    )
    msg = report(
        text_part(text),
        delivery_status(
            b,
            mta="smtp.kabelnet-mail.example",
            action="failed",
            diagnostic="550 5.2.1 mailbox disabled",
        ),
        returned_message(b),
    )
    return seal(
        b,
        msg,
        sender="Mail Delivery System <MAILER-DAEMON@smtp.kabelnet-mail.example>",
        subject=f"Onbestelbaar bericht: {b.subject}",
    )


def bounce_hoster_nl_delay(b: Bounce) -> Message:
    text = (
        "Beste afzender,\n\n"
        "Dit is een automatische melding van de mailservers van WebHost NL. Uw bericht aan\n\n"
        f"    {b.rcpt}\n\n"
        "is nog niet afgeleverd. De mailserver van de ontvanger heeft het bericht tijdelijk geweigerd:\n\n"
        "    450 4.7.1 Greylisted, please try again later\n\n"
        "U hoeft niets te doen. Wij proberen het bericht de komende vijf dagen opnieuw af te leveren en laten het u weten als dat niet lukt.\n\n"
        "Met vriendelijke groet,\n"
        "WebHost NL – Maildiensten\n"
    )
    msg = report(
        text_part(text),
        delivery_status(
            b,
            mta="backup-mx2.webhost-nl.example",
            action="delayed",
            diagnostic="450 4.7.1 Greylisted, please try again later",
            remote="mail.tuincentrum-delinde.example",
        ),
        returned_headers(b),
    )
    return seal(
        b,
        msg,
        sender="WebHost NL Maildiensten <postmaster@backup-mx2.webhost-nl.example>",
        subject="Vertraagde aflevering van uw bericht",
    )


def bounce_exchange_it(b: Bounce) -> Message:
    server = "EXCH02.mobilificio-serra.example"
    diagnostic = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    text = (
        "Impossibile recapitare il messaggio ai destinatari o ai gruppi seguenti:\n\n"
        f"{b.rcpt}\n"
        "L'indirizzo di posta elettronica immesso non è stato trovato. Verificare l'indirizzo del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, rivolgersi all'help desk.\n\n"
        "Informazioni di diagnostica per gli amministratori:\n\n"
        f"Server di generazione: {server}\n\n"
        f"{b.rcpt}\n"
        f"Il server remoto ha restituito '{diagnostic}'\n"
    )
    msg = report(
        human_alternative(text, charset="windows-1252"),
        delivery_status(b, mta=server.lower(), action="failed", diagnostic=diagnostic),
        returned_headers(b),
    )
    return seal(
        b,
        msg,
        sender=f"Microsoft Exchange <postmaster@{server.split('.', 1)[1]}>",
        subject=f"Non recapitabile: {b.subject}",
    )


def bounce_exim_it_delay(b: Bounce) -> Message:
    queue_id = "1rT9kQ-0004Zp-3B"
    text = (
        "Questo messaggio è stato generato automaticamente dal software di consegna della posta.\n"
        "Un messaggio che hai inviato non è ancora stato consegnato a uno o più destinatari\n"
        "dopo oltre 24 ore in coda su mail.hostingpiemonte.example.\n\n"
        f"Identificativo del messaggio: {queue_id}\n"
        f"Oggetto del messaggio:        {b.subject}\n"
        f"Data del messaggio:           {format_datetime(b.sent)}\n\n"
        "L'indirizzo a cui il messaggio non è ancora stato consegnato è:\n\n"
        f"  {b.rcpt}\n"
        "    host mx.asilo-girasole.example [192.0.2.77]\n"
        f"    Motivo del ritardo: errore SMTP dal server remoto dopo RCPT TO:<{b.rcpt}>:\n"
        "    452 4.3.1 Insufficient system storage\n\n"
        "Non è richiesta alcuna azione da parte tua. I tentativi di consegna proseguiranno\n"
        "per qualche tempo e questo avviso potrebbe ripetersi a intervalli se il messaggio\n"
        "resta non consegnato. Alla fine il software rinuncerà e il messaggio ti verrà restituito.\n"
    )
    msg = text_part(text)
    return seal(
        b,
        msg,
        sender="Mail Delivery System <Mailer-Daemon@mail.hostingpiemonte.example>",
        subject=f"Avviso: messaggio {queue_id} in ritardo di 24 ore",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )


BOUNCE_BUILDERS: Final[dict[str, Callable[[Bounce], Message]]] = {
    "postfix": bounce_postfix,
    "qmail": bounce_qmail,
    "sendmail_delay": bounce_sendmail_delay,
    "gateway_de": bounce_gateway_de,
    "o365_fr": bounce_o365_fr,
    "isp_fr": bounce_isp_fr,
    "gmail_es": bounce_gmail_es,
    "o365_es_delay": bounce_o365_es_delay,
    "isp_nl": bounce_isp_nl,
    "hoster_nl_delay": bounce_hoster_nl_delay,
    "exchange_it": bounce_exchange_it,
    "exim_it_delay": bounce_exim_it_delay,
}

BOUNCES: Final = [
    Bounce(
        key="bo-en-1",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="lettings@marlowe-homes.example",
        when="2027-05-10 08:31 +0100",
        delay_minutes=2,
        rlang="en",
        inv="HLS-4290",
        amt="315.00",
        builder="postfix",
        note="Postfix RFC 3464 report with the whole reminder returned",
    ),
    Bounce(
        key="bo-en-2",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="office@pennyfields-surgery.example",
        when="2027-05-13 08:47 +0100",
        delay_minutes=3,
        rlang="en",
        inv="HLS-4291",
        amt="440.00",
        builder="qmail",
        note="qmail 'failure notice', not MIME; the status is in '(#5.1.1)'",
    ),
    Bounce(
        key="bo-en-3",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="accounts@thornbury-autos.example",
        when="2027-05-18 12:15 +0100",
        delay_minutes=240,
        rlang="en",
        inv="HLS-4292",
        amt="265.00",
        builder="sendmail_delay",
        note="sendmail four-hour warning, delayed",
    ),
    Bounce(
        key="bo-de-1",
        lang="de",
        kind="soft",
        status="4.4.2",
        rcpt="verwaltung@realschule-lindenau.example",
        when="2027-05-21 09:12 +0200",
        delay_minutes=30,
        rlang="de",
        inv="HLS-4293",
        amt="1875.00",
        builder="gateway_de",
        note="recipient-side security gateway, German with an English line; delayed",
    ),
    Bounce(
        key="bo-fr-1",
        lang="fr",
        kind="hard",
        status="5.1.10",
        rcpt="gestion@agence-lumiere.example",
        when="2027-05-14 08:35 +0200",
        delay_minutes=1,
        rlang="fr",
        inv="HLS-4294",
        amt="560.00",
        builder="o365_fr",
    ),
    Bounce(
        key="bo-fr-2",
        lang="fr",
        kind="soft",
        status="4.2.2",
        rcpt="accueil@hotel-beausejour.example",
        when="2027-05-26 14:20 +0200",
        delay_minutes=300,
        rlang="fr",
        inv="HLS-4295",
        amt="790.00",
        builder="isp_fr",
        note="French provider notice, mailbox full, plain text, not RFC 3464",
    ),
    Bounce(
        key="bo-es-1",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="talleresmolina.valencia@gmail.com",
        when="2027-05-19 09:05 +0200",
        delay_minutes=1,
        rlang="es",
        inv="HLS-4296",
        amt="210.00",
        builder="gmail_es",
        note="Gmail DSN with the human part in Spanish",
    ),
    Bounce(
        key="bo-es-2",
        lang="es",
        kind="soft",
        status="4.4.0",
        rcpt="contabilidad@gestoria-aliaga.example",
        when="2027-06-02 13:40 +0200",
        delay_minutes=240,
        rlang="es",
        inv="HLS-4297",
        amt="455.00",
        builder="o365_es_delay",
        note="Office 365 delay notice in Spanish",
    ),
    Bounce(
        key="bo-nl-1",
        lang="nl",
        kind="hard",
        status="5.2.1",
        rcpt="fam.dejong@kabelnet-mail.example",
        when="2027-05-25 10:02 +0200",
        delay_minutes=5,
        rlang="nl",
        inv="HLS-4298",
        amt="145.00",
        builder="isp_nl",
        note="closed account reported as permanent (5.2.1): hard",
    ),
    Bounce(
        key="bo-nl-2",
        lang="nl",
        kind="soft",
        status="4.7.1",
        rcpt="inkoop@tuincentrum-delinde.example",
        when="2027-05-11 11:30 +0200",
        delay_minutes=180,
        rlang="nl",
        inv="HLS-4299",
        amt="980.00",
        builder="hoster_nl_delay",
        note="backup MX reports greylisting at the recipient: delayed",
    ),
    Bounce(
        key="bo-it-1",
        lang="it",
        kind="hard",
        status="5.1.1",
        rcpt="acquisti@mobilificio-serra.example",
        when="2027-05-31 08:44 +0200",
        delay_minutes=2,
        rlang="it",
        inv="HLS-4300",
        amt="1320.00",
        builder="exchange_it",
        note="on-premises Exchange NDR in Italian, windows-1252",
    ),
    Bounce(
        key="bo-it-2",
        lang="it",
        kind="soft",
        status="4.3.1",
        rcpt="segreteria@asilo-girasole.example",
        when="2027-06-03 09:20 +0200",
        delay_minutes=1440,
        rlang="it",
        inv="HLS-4301",
        amt="365.00",
        builder="exim_it_delay",
        note="Exim delay warning with a localised Italian template, plain text, not RFC 3464",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def reply_label(reply: Reply) -> Label:
    f = reply.facts
    return Label(
        file="",
        intent=reply.intent,
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
        invoice_refs=list(f.get("refs", ())),
        language=reply.lang,
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


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

DATE_RE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
AMOUNT_RE: Final = re.compile(r"\d+\.\d{2}")
INVOICE_RE: Final = re.compile(r"HLS-\d{4}")
ADDRESS_RE: Final = re.compile(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+")
STATUS_RE: Final = re.compile(r"[45]\.\d{1,3}\.\d{1,3}")
FIELD_OWNERS: Final[dict[str, frozenset[str]]] = {
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
FIELD_PATTERNS: Final[dict[str, re.Pattern[str]]] = {
    "promised_date": DATE_RE,
    "paid_date": DATE_RE,
    "return_date": DATE_RE,
    "amount": AMOUNT_RE,
    "new_contact": ADDRESS_RE,
    "failed_recipient": ADDRESS_RE,
    "bounce_status": STATUS_RE,
}


class CorpusError(Exception):
    """The generated corpus breaks one of its own rules."""


def require(condition: bool, problem: str) -> None:
    if not condition:
        raise CorpusError(problem)


def check_field(label: Label, name: str) -> None:
    fields: dict[str, object] = dict(label)
    value = fields[name]
    if value is None:
        return
    require(
        label["intent"] in FIELD_OWNERS[name], f"{label['file']}: {name} set on {label['intent']}"
    )
    pattern = FIELD_PATTERNS.get(name)
    if pattern is not None:
        require(
            isinstance(value, str) and pattern.fullmatch(value) is not None,
            f"{label['file']}: bad {name} {value!r}",
        )
    if pattern is DATE_RE and isinstance(value, str):
        date.fromisoformat(value)


def check_label(label: Label) -> None:
    name = label["file"]
    require(tuple(label) == LABEL_KEYS, f"{name}: keys out of order")
    require(
        label["intent"] in INTENTS and label["language"] in LANGS, f"{name}: bad intent or language"
    )
    for key in FIELD_OWNERS:
        check_field(label, key)
    require(
        (label["amount"] is None) == (label["currency"] is None), f"{name}: amount without currency"
    )
    require(label["currency"] in {None, "GBP", "EUR"}, f"{name}: bad currency")
    require(
        all(INVOICE_RE.fullmatch(ref) for ref in label["invoice_refs"]), f"{name}: bad invoice ref"
    )
    if label["intent"] == "bounce":
        kind, status = label["bounce_kind"], label["bounce_status"] or ""
        require(
            kind in {"hard", "soft"} and label["failed_recipient"] is not None,
            f"{name}: incomplete bounce",
        )
        require((kind == "hard") == status.startswith("5."), f"{name}: kind and status disagree")


def check_counts(labels: list[Label]) -> None:
    cells = Counter((label["intent"], label["language"]) for label in labels)
    for intent in INTENTS:
        require(sum(cells[intent, lang] for lang in LANGS) == 12, f"{intent}: not 12 messages")
        require(all(cells[intent, lang] for lang in LANGS), f"{intent}: a language is missing")
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    require(kinds == Counter({"hard": 6, "soft": 6}), f"bounces: {dict(kinds)}")


def check_headers(name: str, msg: Message) -> None:
    for header, value in msg.items():
        defects = getattr(value, "defects", ())
        require(not defects, f"{name}: {header} has defects {defects}")
        require("=?" not in str(value), f"{name}: {header} not decoded")


def check_parts(name: str, msg: Message) -> int:
    texts = 0
    for part in msg.walk():
        require(isinstance(part, EmailMessage), f"{name}: not parsed with the default policy")
        require(not part.defects, f"{name}: defects {part.defects}")
        if isinstance(part, EmailMessage) and part.get_content_maintype() == "text":
            content = part.get_content()
            require(
                isinstance(content, str) and "\ufffd" not in content,
                f"{name}: text part not decoded",
            )
            texts += 1
    return texts


def check_message(name: str, data: bytes, expected_day: date) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        require(msg[header] is not None, f"{name}: no {header}")
    check_headers(name, msg)
    require(check_parts(name, msg) > 0, f"{name}: no text part")
    sent = msg["Date"].datetime
    require(
        FIRST_DAY <= sent.date() <= LAST_DAY and sent.date() == expected_day,
        f"{name}: date out of range",
    )


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Item:
    key: str
    message: Message
    label: Label
    day: date


def all_items() -> list[Item]:
    items = [
        Item(key=r.key, message=build_reply(r), label=reply_label(r), day=r.dt.date())
        for r in REPLIES
    ]
    items += [
        Item(
            key=b.key, message=BOUNCE_BUILDERS[b.builder](b), label=bounce_label(b), day=b.dt.date()
        )
        for b in BOUNCES
    ]
    keys = [item.key for item in items]
    require(len(set(keys)) == len(keys), "duplicate keys")
    return sorted(items, key=lambda item: digest(item.key, "order"))


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


def labelled(label: Label, name: str) -> Label:
    return Label(
        file=name,
        intent=label["intent"],
        promised_date=label["promised_date"],
        paid_date=label["paid_date"],
        return_date=label["return_date"],
        payment_reference=label["payment_reference"],
        amount=label["amount"],
        currency=label["currency"],
        new_contact=label["new_contact"],
        bounce_kind=label["bounce_kind"],
        failed_recipient=label["failed_recipient"],
        bounce_status=label["bounce_status"],
        invoice_refs=label["invoice_refs"],
        language=label["language"],
        note=label["note"],
    )


def iter_files(items: list[Item]) -> Iterator[tuple[str, bytes, Label]]:
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data, item.day)
        label = labelled(item.label, name)
        check_label(label)
        yield name, data, label


def write_corpus() -> list[Label]:
    items = all_items()
    outputs = list(iter_files(items))
    labels = [label for _, _, label in outputs]
    check_counts(labels)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    for name, data, _ in outputs:
        (HERE / name).write_bytes(data)
    lines = "".join(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    (HERE / "labels.jsonl").write_text(lines, encoding="utf-8")
    return labels


def main() -> int:
    try:
        labels = write_corpus()
    except CorpusError as problem:
        sys.stderr.write(f"corpus check failed: {problem}\n")
        return 1
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    sys.stdout.write(count_table(labels) + "\n\n")
    sys.stdout.write(
        f"{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
