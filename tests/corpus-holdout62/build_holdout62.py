# ruff: noqa: E501, RUF001
# The hand-written messages keep one paragraph per line, as a mail client sends them, together
# with the typographic dashes, quotes and spaces that people and their clients really produce.
"""Build held-out reply corpus 62: ``h62-NNN.eml`` and ``labels.jsonl``.

Each message lands in the receivables mailbox of Calder Lab Supplies (laboratory consumables and
instrument servicing) after it sent an overdue reminder. The new text of every message is written
by hand below. The code adds only what a mail client or a mail server would add: the quoted
reminder in the client's own layout and language, headers, MIME structure, charsets and transfer
encodings, and the machine parts of delivery reports. The output is deterministic: fixed seed,
fixed boundaries, Message-IDs derived from each message's key, no clock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email import charset as mcharset
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Final, Literal, TypedDict

HERE: Final = Path(__file__).resolve().parent
PREFIX: Final = "h62"
SEED: Final = 62_2027_0201
AR_NAME: Final = "Calder Lab Supplies Receivables"
AR_ADDR: Final = "receivables@calderlabsupplies.example"
AR_DOMAIN: Final = "calderlabsupplies.example"
FIRST_DAY: Final = date(2027, 2, 1)
LAST_DAY: Final = date(2027, 2, 26)

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
Kind = Literal["hard", "soft"]
Cte = Literal["qp", "b64", "8bit", "7bit"]

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


class Label(TypedDict):
    """One line of labels.jsonl; the keys are in the order the file uses."""

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


# ============================================================================================
# Specs: what a hand-written message is and what its labels say
# ============================================================================================


@dataclass(frozen=True, kw_only=True)
class Facts:
    """The label fields beyond intent and language; `refs` are the bare six-digit numbers."""

    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message that answers (or reacts to) a reminder."""

    key: str
    intent: Intent
    lang: Lang
    name: str
    addr: str
    when: str
    client: str
    body: str
    inv: str
    owed: str
    cur: str = "GBP"
    facts: Facts = field(default_factory=Facts)
    rlang: Lang | None = None
    ui: Lang | None = None
    charset: str = "utf-8"
    cte: Cte = "qp"
    subject: str | None = None
    html_body: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    attachment: tuple[str, bytes] | None = None
    instant: bool = False
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_lang(self) -> Lang:
        return self.rlang or self.lang

    @property
    def ui_lang(self) -> Lang:
        return self.ui or self.lang


# ============================================================================================
# Locale tables for the reminder and for the clients' quoting
# ============================================================================================

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
MONTH_ABBR: Final[dict[Lang, tuple[str, ...]]] = {
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

REMINDER_SUBJECT: Final[dict[Lang, str]] = {
    "en": "Payment reminder – invoice {inv} is overdue",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Relance – facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering – factuur {inv} vervallen",
    "it": "Sollecito di pagamento – fattura {inv} scaduta",
}
REMINDER_BODY: Final[dict[Lang, str]] = {
    "en": (
        "Dear Customer,\n\n"
        "We have not yet received payment for the invoice below, which is now past its due date.\n\n"
        "  Account:        {acct}\n  Invoice:        {inv}\n  Invoice date:   {idate}\n  Due date:       {ddate}\n  Outstanding:    {amt}\n\n"
        "If payment is already on its way, please tell us the date and reference so that we can match it. If something on the invoice is not right, or you need a copy, reply to this message and we will put it right.\n\n"
        "Thank you,\n\n"
        "Accounts Receivable\nCalder Lab Supplies Ltd\nUnit 7, Calderbrook Science Park, Todmore\nTel. 01632 960215"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\n"
        "für die nachstehende Rechnung konnten wir bisher keinen Zahlungseingang feststellen. Das Zahlungsziel ist inzwischen überschritten.\n\n"
        "  Kundennummer:     {acct}\n  Rechnung:         {inv}\n  Rechnungsdatum:   {idate}\n  Fällig am:        {ddate}\n  Offener Betrag:   {amt}\n\n"
        "Sollten Sie die Zahlung bereits veranlasst haben, teilen Sie uns bitte Datum und Verwendungszweck mit, damit wir sie zuordnen können. Bei Unstimmigkeiten oder wenn Sie eine Rechnungskopie benötigen, antworten Sie einfach auf diese Nachricht.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Debitorenbuchhaltung\nCalder Lab Supplies Ltd"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n'a pas encore été réglée, alors que son échéance est dépassée.\n\n"
        "  N° client :        {acct}\n  Facture :          {inv}\n  Date de facture :  {idate}\n  Échéance :         {ddate}\n  Montant dû :       {amt}\n\n"
        "Si le règlement est déjà en cours, merci de nous en indiquer la date et la référence afin que nous puissions le rapprocher. En cas d'anomalie sur la facture, ou pour en obtenir un duplicata, il vous suffit de répondre à ce message.\n\n"
        "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.\n\n"
        "Service Comptabilité Clients\nCalder Lab Supplies Ltd"
    ),
    "es": (
        "Estimado/a cliente:\n\n"
        "No nos consta el pago de la factura que se indica a continuación, cuyo vencimiento ya ha pasado.\n\n"
        "  N.º de cliente:     {acct}\n  Factura:            {inv}\n  Fecha de factura:   {idate}\n  Vencimiento:        {ddate}\n  Importe pendiente:  {amt}\n\n"
        "Si ya ha efectuado el pago, le agradeceríamos que nos indicara la fecha y la referencia para poder conciliarlo. Si detecta algún error en la factura o necesita una copia, basta con responder a este mensaje.\n\n"
        "Un saludo cordial,\n\n"
        "Departamento de Cobros\nCalder Lab Supplies Ltd"
    ),
    "nl": (
        "Geachte heer, mevrouw,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet voldaan, terwijl de betalingstermijn inmiddels is verstreken.\n\n"
        "  Klantnummer:    {acct}\n  Factuur:        {inv}\n  Factuurdatum:   {idate}\n  Vervaldatum:    {ddate}\n  Openstaand:     {amt}\n\n"
        "Is de betaling al onderweg, laat ons dan de datum en het betalingskenmerk weten, zodat wij deze kunnen verwerken. Klopt er iets niet aan de factuur of heeft u een kopie nodig, beantwoord dan gewoon dit bericht.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nCalder Lab Supplies Ltd"
    ),
    "it": (
        "Gentile Cliente,\n\n"
        "dalle nostre verifiche la fattura indicata di seguito risulta ancora da saldare, benché la scadenza sia trascorsa.\n\n"
        "  Codice cliente:   {acct}\n  Fattura:          {inv}\n  Data fattura:     {idate}\n  Scadenza:         {ddate}\n  Importo dovuto:   {amt}\n\n"
        "Qualora il pagamento fosse già stato disposto, vi saremmo grati se ci comunicaste data e riferimento (CRO/TRN) per poterlo abbinare. In caso di errori nella fattura, o se ve ne serve una copia, è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nCalder Lab Supplies Ltd"
    ),
}
REMINDER_DATE: Final[dict[Lang, str]] = {
    "en": "{d:02d}/{m:02d}/{y}",
    "de": "{d:02d}.{m:02d}.{y}",
    "fr": "{d:02d}/{m:02d}/{y}",
    "es": "{d:02d}/{m:02d}/{y}",
    "nl": "{d:02d}-{m:02d}-{y}",
    "it": "{d:02d}/{m:02d}/{y}",
}

# How each client writes the attribution line or header block above the quoted reminder.
GMAIL_ATTRIBUTION: Final[dict[Lang, str]] = {
    "en": "On {da}, {d} {ma} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {da}, {d}. {ma} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {da} {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {da}, {d} {ma} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {da} {d} {ma} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {da} {d} {ma} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION: Final[dict[Lang, str]] = {
    "en": "On {d} {ma} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION: Final[dict[Lang, str]] = {
    "en": "On {dd}/{mm}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {HH}:{MM}, {name} ha scritto:",
}
# divider, From, Sent, To, Subject, separator between label and value, Sent format
OUTLOOK_BLOCK: Final[dict[Lang, tuple[str, str, str, str, str, str, str]]] = {
    "en": (
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "{dl}, {d} {ml} {y} {HH}:{MM}",
    ),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "{dl}, {d}. {ml} {y} {HH}:{MM}",
    ),
    "fr": (
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "{dl} {d} {ml} {y} {HH}:{MM}",
    ),
    "es": (
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "{dl}, {d} de {ml} de {y} {H}:{MM}",
    ),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "{dl} {d} {ml} {y} {HH}:{MM}",
    ),
    "it": (
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "{dl} {d} {ml} {y} {HH}:{MM}",
    ),
}
OUTLOOK_US_SENT: Final = "{dl}, {ml} {d}, {y} {h12}:{MM} {ampm}"
# divider, From, Date, To, Subject, separator, Date format (Samsung Email on Android)
SAMSUNG_BLOCK: Final[dict[Lang, tuple[str, str, str, str, str, str, str]]] = {
    "en": (
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
        ": ",
        "{dd}/{mm}/{y} {HH}:{MM} (GMT{tz})",
    ),
    "de": (
        "-------- Ursprüngliche Nachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
        ": ",
        "{dd}.{mm}.{yy} {HH}:{MM} (GMT{tz})",
    ),
    "fr": (
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
        " : ",
        "{dd}/{mm}/{y} {HH}:{MM} (GMT{tz})",
    ),
    "es": (
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
        ": ",
        "{d}/{m}/{yy} {H}:{MM} (GMT{tz})",
    ),
    "nl": (
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
        ": ",
        "{dd}-{mm}-{y} {HH}:{MM} (GMT{tz})",
    ),
    "it": (
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
        ": ",
        "{dd}/{mm}/{y} {HH}:{MM} (GMT{tz})",
    ),
}
OUTLOOK_RE: Final[dict[Lang, str]] = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
MOBILE_RE: Final[dict[Lang, str]] = {
    "en": "Re: ",
    "de": "AW: ",
    "fr": "RE: ",
    "es": "RE: ",
    "nl": "Re: ",
    "it": "R: ",
}
IPHONE_SIGNATURE: Final[dict[Lang, str]] = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
OUTLOOK_MOBILE_SIGNATURE: Final[dict[Lang, str]] = {
    "en": "Get Outlook for iOS",
    "de": "Outlook für iOS beziehen",
    "fr": "Obtenir Outlook pour iOS",
    "es": "Obtener Outlook para iOS",
    "nl": "Outlook voor iOS downloaden",
    "it": "Scarica Outlook per iOS",
}
SAMSUNG_SIGNATURE: Final[dict[Lang, str]] = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon appareil Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
CONTENT_LANGUAGE: Final[dict[Lang, str]] = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
LATIN1_FALLBACK: Final = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}
THUNDERBIRD_UA: Final = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"
)
APPLE_MAILER: Final = "Apple Mail (2.3826.400.131.1.6)"
IPHONE_MAILER: Final = "iPhone Mail (22D72)"
OUTLOOK_MAILER: Final = "Microsoft Outlook 16.0"


# ============================================================================================
# Small helpers: dates, identifiers, amounts, text
# ============================================================================================


def parse_when(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


def date_words(lang: Lang, moment: datetime) -> dict[str, str]:
    """The pieces a client puts together to show a date in `lang`."""
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return {
        "dl": DAY_NAMES[lang][moment.weekday()],
        "da": DAY_ABBR[lang][moment.weekday()],
        "ml": MONTH_NAMES[lang][moment.month - 1],
        "ma": MONTH_ABBR[lang][moment.month - 1],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "m": str(moment.month),
        "mm": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "MM": f"{moment.minute:02d}",
        "h12": str((moment.hour + 11) % 12 + 1),
        "ampm": "AM" if moment.hour < 12 else "PM",
        "tz": f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}",
    }


def render(template: str, lang: Lang, moment: datetime, **extra: str) -> str:
    return template.format(**date_words(lang, moment), **extra)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}/{key}".encode()).digest()


def number(key: str, salt: str, modulo: int) -> int:
    return int.from_bytes(digest(key, salt)[:8], "big") % modulo


def b32(key: str, salt: str, length: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:length]


def uuid_text(key: str, salt: str) -> str:
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-A{h[17:20]}-{h[20:32]}"


def reminder_id(key: str) -> str:
    return f"<reminder.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def latin1_fallback(text: str) -> str:
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str) -> str:
    return "\n".join(
        f"<div>{html_text(block)}</div><div><br></div>" for block in text.split("\n\n")
    )


def word_paragraphs(text: str) -> str:
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


def money(value: str, currency: str, lang: Lang) -> str:
    """An amount as the reminder writes it in `lang` (value like "1284.60")."""
    units, cents = value.split(".")
    groups = f"{int(units):,}"
    symbol = {"GBP": "£", "EUR": "€", "USD": "US$", "CHF": "CHF "}[currency]
    if lang == "en":
        return f"{symbol}{groups}.{cents}"
    if currency == "CHF":
        swiss = groups.replace(",", "'")
        return f"CHF {swiss}.{cents}"
    sep = {"de": ".", "fr": " ", "es": ".", "nl": ".", "it": "."}[lang]
    amount = f"{groups.replace(',', sep)},{cents}"
    code = {"GBP": "£", "EUR": "€", "USD": "USD"}[currency]
    return f"{code} {amount}" if lang in {"nl", "it"} else f"{amount} {code}"


# ============================================================================================
# MIME parts and header values
# ============================================================================================

UNENCODED: Final = 0  # any value other than QP or BASE64 leaves the body as it is (7bit or 8bit)
ENCODINGS: Final[dict[Cte, int]] = {
    "qp": mcharset.QP,
    "b64": mcharset.BASE64,
    "8bit": UNENCODED,
    "7bit": UNENCODED,
}


def text_part(text: str, *, subtype: str, charset: str, cte: Cte) -> Message:
    """A text part, encoded the way a client would (raises if the text does not fit the charset)."""
    text.encode(charset)
    if cte == "7bit" and not text.isascii():
        raise ValueError("7bit part with non-ASCII text")
    cs = mcharset.Charset(charset)
    cs.body_encoding = ENCODINGS[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, cs)
    return part


def header_value(value: str, charset: str, name: str) -> str:
    """A header value as a client writes it: RFC 2047 words when it is not plain ASCII."""
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
    return f"{header_value(name, charset, 'From')} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def headers_last(msg: Message) -> None:
    """Clients write the MIME headers after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def sub_parts(part: Message) -> list[Message]:
    payload = part.get_payload()
    if not isinstance(payload, list):
        return []
    return [p for p in payload if isinstance(p, Message)]


def drop_inner_versions(part: Message, *, top: bool) -> None:
    """Only a message's top carries MIME-Version (an enclosed message counts as a top)."""
    if not top:
        del part["MIME-Version"]
    enclosed = part.get_content_type() == "message/rfc822"
    for sub in sub_parts(part):
        drop_inner_versions(sub, top=enclosed)


BOUNDARY_SHAPES: Final[dict[str, Callable[[bytes], str]]] = {
    "gmail": lambda h: "000000000000" + h.hex()[:12],
    "samsung": lambda h: "--_com.samsung.android.email_" + str(int.from_bytes(h[:8], "big"))[:15],
    "outlook": lambda h: "_000_" + base64.b32encode(h).decode()[:36] + "_",
    "notice": lambda h: "=_NextPart_" + h.hex()[:8].upper() + "." + h.hex()[8:16].upper(),
    "thunderbird": lambda h: "------------" + base64.b32encode(h).decode()[:24],
    "dsn": lambda h: (
        base64.b32encode(h).decode()[:14] + "." + str(1738000000 + int.from_bytes(h[:3], "big"))
    ),
}


def set_boundaries(msg: Message, *, key: str, shape: str) -> None:
    """Deterministic boundaries, shaped like those of the client or server that wrote the mail."""
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(BOUNDARY_SHAPES[shape](digest(key, f"boundary-{n}")))


def finish(msg: Message, *, key: str, shape: str) -> Message:
    headers_last(msg)
    drop_inner_versions(msg, top=True)
    set_boundaries(msg, key=key, shape=shape)
    return msg


# ============================================================================================
# The reminder that every reply answers
# ============================================================================================


@dataclass(frozen=True, kw_only=True)
class Reminder:
    """An overdue reminder as Calder sent it to one customer."""

    key: str
    lang: Lang
    to_name: str
    to_addr: str
    inv: str
    owed: str
    cur: str
    sent: datetime

    @property
    def number(self) -> str:
        return f"CLS-INV-{self.inv}"

    @property
    def subject(self) -> str:
        return REMINDER_SUBJECT[self.lang].format(inv=self.number)

    @property
    def text(self) -> str:
        due = self.sent.date() - timedelta(days=9 + number(self.key, "due", 24))
        issued = due - timedelta(days=30)
        fmt = REMINDER_DATE[self.lang]
        return REMINDER_BODY[self.lang].format(
            acct=f"C{10000 + number(self.to_addr.split('@')[1], 'account', 89999):05d}",
            inv=self.number,
            idate=fmt.format(d=issued.day, m=issued.month, y=issued.year),
            ddate=fmt.format(d=due.day, m=due.month, y=due.year),
            amt=money(self.owed, self.cur, self.lang),
        )

    @property
    def to_header(self) -> str:
        return mailbox(self.to_name, self.to_addr, "utf-8")

    def message(self) -> Message:
        """The reminder exactly as it left Calder (returned inside some delivery reports)."""
        msg = text_part(self.text + "\n", subtype="plain", charset="utf-8", cte="qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.to_header
        msg["Subject"] = header_value(self.subject, "utf-8", "Subject")
        msg["Date"] = format_datetime(self.sent.astimezone(UTC))
        msg["Message-ID"] = reminder_id(self.key)
        msg["Auto-Submitted"] = "auto-generated"
        headers_last(msg)
        return msg


def reminder_sent(r: Reply) -> datetime:
    """Reminders go out from the UK just after 8 am on a working day before the reply."""
    if r.instant:
        return (r.dt - timedelta(minutes=1 + number(r.key, "lag", 4))).astimezone(UTC)
    day = r.dt.astimezone(UTC) - timedelta(days=1 + number(r.key, "days", 3))
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=8, minute=30 + number(r.key, "minute", 25), second=7)


def reminder_for(r: Reply) -> Reminder:
    return Reminder(
        key=r.key,
        lang=r.reminder_lang,
        to_name=r.name,
        to_addr=r.addr,
        inv=r.inv,
        owed=r.owed,
        cur=r.cur,
        sent=reminder_sent(r),
    )


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it: its language, time zone and charset."""

    text: str
    subject: str
    sent: datetime
    ui: Lang
    to: str
    us: bool


def quote_for(r: Reply) -> Quote:
    rem = reminder_for(r)
    text, subject = rem.text, rem.subject
    if r.charset.lower() in {"iso-8859-1", "latin-1"}:
        text, subject = latin1_fallback(text), latin1_fallback(subject)
    return Quote(
        text=text,
        subject=subject,
        sent=rem.sent.astimezone(r.dt.tzinfo),
        ui=r.ui_lang,
        to=rem.to_header if r.name.isascii() else f"{r.name} <{r.addr}>",
        us=r.dt.utcoffset() == timedelta(hours=-5),
    )


# ============================================================================================
# Client layouts: what each mail client wraps around the hand-written text
# ============================================================================================


def plain(r: Reply, text: str, *, cte: Cte | None = None) -> Message:
    return text_part(text, subtype="plain", charset=r.charset, cte=cte or r.cte)


def markup(r: Reply, text: str, *, cte: Cte | None = None) -> Message:
    return text_part(text, subtype="html", charset=r.charset, cte=cte or r.cte)


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    _, frm, sent, to, subj, _, when = OUTLOOK_BLOCK[q.ui]
    shown = OUTLOOK_US_SENT if q.us else when
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, render(shown, q.ui, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_lines(q: Quote) -> str:
    sep = OUTLOOK_BLOCK[q.ui][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def word_document(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup and the thin grey rule above the reply header."""
    sep = OUTLOOK_BLOCK[q.ui][5].rstrip()
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n@font-face {font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
        f'<body lang="{CONTENT_LANGUAGE[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{rows}<o:p></o:p></span></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_plain(r: Reply, q: Quote) -> Message:
    divider = OUTLOOK_BLOCK[q.ui][0]
    return plain(r, f"{r.body}\n\n{divider}\n{outlook_lines(q)}\n\n{q.text}\n")


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{outlook_lines(q)}\n\n{q.text}\n"
    return alternative(plain(r, text), markup(r, word_document(r, q)))


def style_outlook_html_only(r: Reply, q: Quote) -> Message:
    return markup(r, word_document(r, q))


def style_owa(r: Reply, q: Quote) -> Message:
    """Outlook on the web and the new Outlook: `divRplyFwdMsg` under a horizontal rule."""
    sep = OUTLOOK_BLOCK[q.ui][5].rstrip()
    text = f"{r.body}\n\n{'_' * 32}\n{outlook_lines(q)}\n\n{q.text}\n"
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b>&nbsp;{html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    page = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
        f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n{html_text(r.body)}</div>\n'
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{rows}</font>\n<div>&nbsp;</div>\n</div>\n'
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">\n<div class="PlainText">{html_text(q.text)}</div>\n</span></font></div>\n</body>\n</html>\n'
    )
    return alternative(plain(r, text), markup(r, page))


def style_outlook_mobile(r: Reply, q: Quote) -> Message:
    sig = OUTLOOK_MOBILE_SIGNATURE[q.ui]
    return plain(r, f"{r.body}\n\n{sig}\n{'_' * 32}\n{outlook_lines(q)}\n\n{q.text}\n", cte="b64")


def gmail_attribution(q: Quote) -> str:
    return render(GMAIL_ATTRIBUTION[q.ui], q.ui, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    attribution = gmail_attribution(q)
    text = f"{r.body}\n\n{attribution}\n\n{quoted(q.text)}\n"
    page = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{html.escape(attribution)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f'<div dir="ltr">{html_blocks(q.text)}</div></blockquote></div>\n'
    )
    return alternative(plain(r, text), markup(r, page))


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n")


def apple_attribution(q: Quote) -> str:
    return render(APPLE_ATTRIBUTION[q.ui], q.ui, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    return plain(r, f"{r.body}\n\n{apple_attribution(q)}\n\n{quoted(q.text)}\n")


def style_iphone(r: Reply, q: Quote) -> Message:
    inner = quoted(f"{apple_attribution(q)}\n\n{q.text}")
    return plain(r, f"{r.body}\n\n{IPHONE_SIGNATURE[q.ui]}\n\n{inner}\n")


def samsung_lines(q: Quote) -> str:
    divider, frm, when, to, subj, sep, shown = SAMSUNG_BLOCK[q.ui]
    rows = [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (when, render(shown, q.ui, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]
    return divider + "\n" + "\n".join(f"{label}{sep}{value}" for label, value in rows)


def style_samsung(r: Reply, q: Quote) -> Message:
    """Samsung Email on Android: base64 plain and HTML, the original below a dashed divider."""
    sig = SAMSUNG_SIGNATURE[q.ui]
    block = samsung_lines(q)
    text = f"{r.body}\n\n\n\n{sig}\n\n\n{block}\n\n{q.text}\n"
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
        f'<div dir="auto">{html_text(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">{html_text(block)}</div>'
        f'<div dir="auto">{html_text(q.text)}</div></body></html>\n'
    )
    return alternative(plain(r, text, cte="b64"), markup(r, page, cte="b64"))


def thunderbird_attribution(q: Quote) -> str:
    return render(THUNDERBIRD_ATTRIBUTION[q.ui], q.ui, q.sent, name=AR_NAME)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    part = plain(r, f"{r.body}\n\n{thunderbird_attribution(q)}\n{quoted(q.text)}\n")
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


INLINE_MARK: Final = re.compile(r"^\[\[(\d+)\]\]$", re.MULTILINE)


def style_inline(r: Reply, q: Quote) -> Message:
    """Answers written between the quoted paragraphs; `[[n]]` quotes paragraph n of the reminder."""
    paragraphs = q.text.split("\n\n")
    first = INLINE_MARK.search(r.body)
    if first is None:
        raise ValueError(f"{r.key}: inline reply without a quoted paragraph")
    head, rest = r.body[: first.start()], r.body[first.start() :]
    rest = INLINE_MARK.sub(lambda m: quoted(paragraphs[int(m.group(1))]), rest)
    return plain(r, f"{head}{thunderbird_attribution(q)}\n{rest}\n")


def style_gmx(r: Reply, q: Quote) -> Message:
    """GMX / WEB.DE webmail in German: a 'Gesendet/Von/An/Betreff' block, unquoted original."""
    when = render("{dl}, {dd}. {ml} {y} um {HH}:{MM} Uhr", "de", q.sent)
    block = f'Gesendet: {when}\nVon: "{AR_NAME}" <{AR_ADDR}>\nAn: {q.to}\nBetreff: {q.subject}'
    return plain(r, f"{r.body}\n\n\xa0\n\n{block}\n{q.text}\n")


def notice_page(r: Reply) -> str:
    return (
        r.html_body
        or f'<html><body><div style="font-family:Arial,sans-serif;font-size:10pt">{html_blocks(r.body)}</div></body></html>\n'
    )


def style_notice(r: Reply, q: Quote) -> Message:
    """Automatic notices and system mail: no quote; an HTML alternative when one is written."""
    del q
    if r.html_body is None:
        return plain(r, r.body + "\n")
    return alternative(plain(r, r.body + "\n"), markup(r, notice_page(r)))


def style_notice_html(r: Reply, q: Quote) -> Message:
    del q
    return markup(r, notice_page(r))


STYLES: Final[dict[str, Callable[[Reply, Quote], Message]]] = {
    "outlook_plain": style_outlook_plain,
    "outlook_html": style_outlook_html,
    "outlook_html_only": style_outlook_html_only,
    "owa": style_owa,
    "outlook_mobile": style_outlook_mobile,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "samsung": style_samsung,
    "thunderbird": style_thunderbird,
    "inline": style_inline,
    "gmx": style_gmx,
    "notice": style_notice,
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY: Final = frozenset(
    {"outlook_plain", "outlook_html", "outlook_html_only", "owa", "outlook_mobile"}
)
BOUNDARY_SHAPE: Final[dict[str, str]] = {
    **dict.fromkeys(OUTLOOK_FAMILY, "outlook"),
    "gmail": "gmail",
    "samsung": "samsung",
    "notice": "notice",
    "notice_html": "notice",
}


# ============================================================================================
# Whole replies: headers, identifiers, attachments
# ============================================================================================


def outlook_host(key: str, *, us: bool) -> str:
    region = "NAM" if us else "EUR"
    site = (
        ("BL1", "SA1", "CH3")[number(key, "site", 3)]
        if us
        else ("DB9", "AM6", "PA4", "VI1", "AS8")[number(key, "site", 5)]
    )
    return f"{site}PR{number(key, 'pod', 9) + 1:02d}MB{1000 + number(key, 'mb', 9000)}.{region.lower()}prd{number(key, 'prd', 8) + 1:02d}.prod.outlook.com"


def outlook_message_id(r: Reply) -> str:
    label, rest = outlook_host(r.key, us=r.dt.utcoffset() == timedelta(hours=-5)).split(".", 1)
    return f"<{label}{digest(r.key, 'message-id').hex().upper()[:24]}@{label}.{rest}>"


def gmail_message_id(r: Reply) -> str:
    tail = base64.urlsafe_b64encode(digest(r.key, "message-id")).decode().rstrip("=")
    return f"<CA{tail[:42]}@mail.gmail.com>"


def apple_message_id(r: Reply) -> str:
    return f"<{uuid_text(r.key, 'apple')}@{r.addr.split('@')[1]}>"


def samsung_message_id(r: Reply) -> str:
    raw = digest(r.key, "message-id")
    return f"<{raw.hex()[:16]}.{int.from_bytes(raw[8:12], 'big')}@email.android.com>"


def gmx_message_id(r: Reply) -> str:
    stamp = 1738000000000 + number(r.key, "ms", 10**9)
    return f"<trinity-{uuid_text(r.key, 'gmx').lower()}-{stamp}@3c-app-gmx-bap{number(r.key, 'bap', 70):02d}>"


def thunderbird_message_id(r: Reply) -> str:
    return f"<{uuid_text(r.key, 'tb').lower()}@{r.addr.split('@')[1]}>"


def plain_message_id(r: Reply) -> str:
    return f"<{b32(r.key, 'notice', 20).lower()}@{r.addr.split('@')[1]}>"


MESSAGE_IDS: Final[dict[str, Callable[[Reply], str]]] = {
    **dict.fromkeys(OUTLOOK_FAMILY, outlook_message_id),
    "gmail": gmail_message_id,
    "gmail_plain": gmail_message_id,
    "apple": apple_message_id,
    "iphone": apple_message_id,
    "samsung": samsung_message_id,
    "gmx": gmx_message_id,
    "thunderbird": thunderbird_message_id,
    "inline": thunderbird_message_id,
}


def message_id(r: Reply) -> str:
    return MESSAGE_IDS.get(r.client, plain_message_id)(r)


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject is not None:
        return r.subject.format(orig=q.subject)
    if r.client in OUTLOOK_FAMILY:
        return OUTLOOK_RE[q.ui] + q.subject
    if r.client == "samsung":
        return MOBILE_RE[q.ui] + q.subject
    if r.client == "gmx":
        return "AW: " + q.subject
    return "Re: " + q.subject


def client_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    if r.client in OUTLOOK_FAMILY:
        rows = [
            ("Thread-Topic", header_value(q.subject, r.charset, "Thread-Topic")),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread-index")[:22]).decode()),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", "yes" if r.attachment else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
        return [*rows, ("X-Mailer", OUTLOOK_MAILER)] if r.client == "outlook_plain" else rows
    fixed: dict[str, list[tuple[str, str]]] = {
        "apple": [("X-Mailer", APPLE_MAILER)],
        "iphone": [("X-Mailer", IPHONE_MAILER)],
        "thunderbird": [
            ("User-Agent", THUNDERBIRD_UA),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ],
        "inline": [("User-Agent", THUNDERBIRD_UA), ("Content-Language", CONTENT_LANGUAGE[r.lang])],
        "gmx": [
            ("X-Priority", "3"),
            ("Importance", "normal"),
            ("Sensitivity", "Normal"),
            ("X-UI-Message-Type", "mail"),
        ],
    }
    return fixed.get(r.client, [])


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attachment is None:
        return body
    name, data = r.attachment
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    q = quote_for(r)
    msg = with_attachment(r, STYLES[r.client](r, q))
    msg["From"] = mailbox(r.name, r.addr, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = header_value(reply_subject(r, q), r.charset, "Subject")
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_id(r.key)
        msg["References"] = reminder_id(r.key)
    for name, value in [*client_headers(r, q), *r.headers]:
        msg[name] = value
    return finish(msg, key=r.key, shape=BOUNDARY_SHAPE.get(r.client, "thunderbird"))


# ============================================================================================
# Delivery reports: machine skeletons, hand-written human-readable parts
# ============================================================================================


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; `lang` is the notice's language."""

    key: str
    lang: Lang
    kind: Kind
    status: str
    rcpt: str
    when: str
    rlang: Lang
    inv: str
    owed: str
    cur: str = "EUR"
    layout: str
    age_minutes: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def reminder(self) -> Reminder:
        sent = (self.dt - timedelta(minutes=self.age_minutes)).astimezone(UTC)
        return Reminder(
            key=self.key,
            lang=self.rlang,
            to_name="",
            to_addr=self.rcpt,
            inv=self.inv,
            owed=self.owed,
            cur=self.cur,
            sent=sent,
        )

    def local(self, moment: datetime) -> str:
        return format_datetime(moment.astimezone(self.dt.tzinfo))


def delivery_status(
    b: Bounce, *, reporting: str, action: str, diagnostic: str, remote: str | None = None
) -> Message:
    """An RFC 3464 message/delivery-status part."""
    arrival = b.reminder().sent
    per_message = f"Reporting-MTA: dns; {reporting}\nArrival-Date: {b.local(arrival)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {b.local(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {b.local(arrival + timedelta(days=5))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part["Content-Description"] = "Delivery report"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    lines = "".join(f"{name}: {value}\n" for name, value in b.reminder().message().items())
    part = text_part(lines, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    part["Content-Description"] = "Undelivered Message Headers"
    return part


def returned_message(b: Bounce) -> Message:
    part = MIMEMessage(b.reminder().message())
    part["Content-Description"] = "Undelivered Message"
    return part


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def seal(
    b: Bounce,
    msg: Message,
    *,
    sender: str,
    subject: str,
    extra: Sequence[tuple[str, str]] = (),
    shape: str = "dsn",
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject, "utf-8", "Subject")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">) ").split()[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 22).lower()}@{host}>"
    for name, value in extra:
        msg[name] = value
    if msg.get_content_type() == "text/plain" and "Content-Type" not in msg:
        return msg  # a pre-MIME notice: no MIME headers at all
    return finish(msg, key=b.key, shape=shape)


def bare_notice(text: str) -> Message:
    """A notice without MIME headers, as old MTAs send them (ASCII only)."""
    if not text.isascii():
        raise ValueError("pre-MIME notice must be ASCII")
    msg = Message()
    msg.set_payload(text)
    return msg


def human_alternative(text: str, page: str, *, charset: str = "utf-8") -> Message:
    return alternative(
        text_part(text, subtype="plain", charset=charset, cte="qp"),
        text_part(page, subtype="html", charset=charset, cte="qp"),
    )


def bounce_postfix(b: Bounce) -> Message:
    """Calder's own Postfix relay, with the site's customised bounce template."""
    text = (
        "This is the mail system at host mx-out.calderlabsupplies.example.\n\n"
        "Your message could not be delivered to one or more recipients. The\n"
        "details are below and the message itself is attached.\n\n"
        "If you need help with this, forward the whole report to\n"
        "it.helpdesk@calderlabsupplies.example.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mx.{b.domain}[203.0.113.25] said: 550 5.1.1\n"
        f"    <{b.rcpt}>: Recipient address rejected: User unknown in local recipient\n"
        "    table (in reply to RCPT TO command)\n"
    )
    diagnostic = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    part = text_part(text, subtype="plain", charset="us-ascii", cte="7bit")
    part["Content-Description"] = "Notification"
    msg = report(
        part,
        delivery_status(
            b,
            reporting="mx-out.calderlabsupplies.example",
            action="failed",
            diagnostic=diagnostic,
            remote=f"mx.{b.domain}",
        ),
        returned_message(b),
    )
    return seal(
        b,
        msg,
        sender="MAILER-DAEMON@mx-out.calderlabsupplies.example (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
        extra=[("Auto-Submitted", "auto-replied")],
    )


def bounce_gmail_domain(b: Bounce) -> Message:
    lines = [
        "** Address not found **",
        f"Your message wasn't delivered to {b.rcpt} because the domain {b.domain} couldn't be found. Check for typos or unnecessary spaces and try again.",
        "The response was:",
        f"DNS Error: DNS type 'mx' lookup of {b.domain} responded with code NXDOMAIN Domain name not found: {b.domain}",
        "Learn more at https://support.google.com/mail/?p=BadRcptDomain",
    ]
    page = (
        '<html><head></head><body><div style="font-family:Roboto,Arial,sans-serif">'
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "</div></body></html>\n"
    )
    diagnostic = f"DNS Error: DNS type 'mx' lookup of {b.domain} responded with code NXDOMAIN"
    msg = report(
        human_alternative("\n\n".join(lines) + "\n", page),
        delivery_status(b, reporting="mx.google.com", action="failed", diagnostic=diagnostic),
        returned_message(b),
    )
    return seal(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        extra=[("X-Failed-Recipients", b.rcpt), ("Auto-Submitted", "auto-replied")],
        shape="gmail",
    )


def bounce_sendmail_delay(b: Bounce) -> Message:
    arrival = b.reminder().sent
    text = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {b.local(arrival)}\n"
        "from relay2.calderlabsupplies.example [10.20.0.12]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mail.{b.domain}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    msg = report(
        text_part(text, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            reporting="relay2.calderlabsupplies.example",
            action="delayed",
            diagnostic="451 4.4.1 Connection timed out",
            remote=f"mail.{b.domain}",
        ),
        returned_headers(b),
    )
    return seal(
        b,
        msg,
        sender="Mail Delivery Subsystem <MAILER-DAEMON@relay2.calderlabsupplies.example>",
        subject="Warning: could not send message for past 4 hours",
        extra=[("Auto-Submitted", "auto-replied")],
    )


def bounce_exchange_de(b: Bounce) -> Message:
    server = "FR4P281MB3517.DEUP281.PROD.OUTLOOK.COM"
    diagnostic = (
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    )
    head = "Ihre Nachricht hat folgende Empfänger nicht erreicht:"
    reason = "Die E-Mail-Adresse, an die Sie die Nachricht geschickt haben, gibt es in der E-Mail-Organisation des Empfängers nicht. Vielleicht ist sie falsch geschrieben, oder das Postfach wurde gelöscht."
    fix = "Was Sie tun können: Prüfen Sie die Adresse und senden Sie die Nachricht noch einmal. Stammt die Adresse aus der Vorschlagsliste von Outlook, entfernen Sie den Eintrag und geben Sie die Adresse vollständig neu ein."
    admin = "Diagnoseinformationen für Administratoren:"
    text = f"{head}\n\n{b.rcpt}\n\n{reason}\n\n{fix}\n\n{admin}\n\nGenerierender Server: {server}\n\n{b.rcpt}\nRemoteserver hat '{diagnostic}' zurückgegeben\n"
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        f'<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:16pt;color:#C00000"><b>{html.escape(head)}</b></p>'
        f'<p style="font-size:14pt"><a href="mailto:{b.rcpt}">{b.rcpt}</a></p><p>{html.escape(reason)}</p><p>{html.escape(fix)}</p>'
        f"<p><b>{html.escape(admin)}</b></p><p>Generierender Server: {server}</p>"
        f"<p>{b.rcpt}<br>Remoteserver hat &#39;{html.escape(diagnostic)}&#39; zurückgegeben</p></body></html>\n"
    )
    msg = report(
        human_alternative(text, page),
        delivery_status(b, reporting=server, action="failed", diagnostic=diagnostic),
        returned_headers(b),
    )
    subject = "Unzustellbar: " + b.reminder().subject
    return seal(
        b,
        msg,
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
        subject=subject,
        extra=[("Content-Language", "de-DE"), ("X-MS-Exchange-Message-Is-Ndr", "")],
        shape="outlook",
    )


def bounce_gateway_de(b: Bounce) -> Message:
    retry = (b.dt + timedelta(days=2)).strftime("%d.%m.%Y um %H:%M Uhr")
    subject = b.reminder().subject
    text = (
        f"Dies ist eine automatische Benachrichtigung des E-Mail-Sicherheitsgateways von {b.domain}.\n\n"
        "Ihre Nachricht wurde vom Empfangssystem vorübergehend abgewiesen und konnte noch nicht zugestellt werden.\n\n"
        f"  Empfänger:  {b.rcpt}\n"
        f"  Betreff:    {latin1_fallback(subject)}\n"
        f"  Status:     {b.status} (vorübergehend abgewiesen, Absenderprüfung läuft)\n\n"
        f"Die Nachricht bleibt in der Warteschlange. Das Gateway wiederholt die Zustellung selbständig, letztmalig am {retry}. Sie müssen nichts erneut senden.\n\n"
        "Erst wenn die Zustellung endgültig scheitert, erhalten Sie eine weitere Nachricht.\n\n"
        "-- \nMail-Gateway (automatisch erzeugt, bitte nicht antworten)\n"
    )
    msg = text_part(text, subtype="plain", charset="iso-8859-1", cte="qp")
    return seal(
        b,
        msg,
        sender=f"Mail-Gateway <postmaster@gw01.{b.domain}>",
        subject=f"Zustellung verzögert: {latin1_fallback(subject)}",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Gateway-Queue-ID", b32(b.key, "queue", 12))],
    )


def bounce_isp_fr(b: Bounce) -> Message:
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur de messagerie mx2.messagerie-fr.example.\n\n"
        "Votre message n'a pas pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n"
        "    Motif : boîte aux lettres pleine (552 5.2.2 Mailbox quota exceeded)\n\n"
        "Le destinataire doit libérer de l'espace dans sa boîte aux lettres avant de pouvoir recevoir de nouveaux messages. Vous pourrez renvoyer votre message plus tard.\n\n"
        "Les en-têtes de votre message figurent en pièce jointe.\n\n"
        "-- \nLe service de messagerie\n"
    )
    msg = report(
        text_part(text, subtype="plain", charset="iso-8859-1", cte="qp"),
        delivery_status(
            b,
            reporting="mx2.messagerie-fr.example",
            action="failed",
            diagnostic="552 5.2.2 Mailbox quota exceeded",
        ),
        returned_headers(b),
    )
    return seal(
        b,
        msg,
        sender="Serveur de messagerie <MAILER-DAEMON@mx2.messagerie-fr.example>",
        subject="Message non délivré : boîte pleine",
        extra=[("Auto-Submitted", "auto-replied")],
    )


def bounce_hosting_es(b: Bounce) -> Message:
    headers = "".join(f"{name}: {value}\n" for name, value in b.reminder().message().items())
    text = (
        "Este mensaje ha sido generado automáticamente por el servidor de correo smtp3.alojamiento-ibero.example.\n\n"
        "No ha sido posible entregar su mensaje a los siguientes destinatarios:\n\n"
        f"  {b.rcpt}\n"
        "  Error permanente: 550 5.2.1 Mailbox disabled\n\n"
        "La cuenta de destino ha sido desactivada y no admite mensajes. No vuelva a intentar el envío a esta dirección; póngase en contacto con el destinatario por otra vía.\n\n"
        "------ Cabeceras del mensaje original ------\n\n"
        f"{headers}"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="8bit")
    return seal(
        b,
        msg,
        sender="Sistema de correo <mailer-daemon@smtp3.alojamiento-ibero.example>",
        subject="Mensaje no entregado",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", b.rcpt)],
    )


def bounce_exchange_es_delay(b: Bounce) -> Message:
    server = f"EXCH02.{b.domain.upper()}"
    until = render("{dl}, {d} de {ml} de {y} {H}:{MM}", "es", b.dt + timedelta(days=2))
    diagnostic = "400 4.4.7 Message delayed"
    text = (
        "La entrega del mensaje se ha retrasado.\n\n"
        f"El servidor seguirá intentando entregar el mensaje hasta el {until} (GMT+01:00) Bruselas, Copenhague, Madrid, París. No es necesario que haga nada; si no se entrega antes de esa fecha, recibirá otro aviso.\n\n"
        f"Destinatarios con entrega retrasada:\n{b.rcpt}\n\n"
        f"Información de diagnóstico para administradores:\n\nServidor de generación: {server}\n\n{b.rcpt}\n#< #4.4.7 smtp;{diagnostic}> #SMTP#\n"
    )
    page = (
        "<html><body>"
        + "".join(f"<p>{html_text(block)}</p>" for block in text.split("\n\n"))
        + "</body></html>\n"
    )
    msg = report(
        human_alternative(text, page),
        delivery_status(b, reporting=server, action="delayed", diagnostic=diagnostic),
        returned_headers(b),
    )
    return seal(
        b,
        msg,
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
        subject="Entrega retrasada: " + b.reminder().subject,
        extra=[("Content-Language", "es-ES"), ("X-MS-Exchange-Message-Is-Ndr", "")],
        shape="outlook",
    )


def bounce_qmail_nl(b: Bounce) -> Message:
    original = b.reminder().message().as_string()
    text = (
        "Hallo. Dit is het qmail-send programma op mail.webhosting-polder.example.\n"
        "Helaas kon uw bericht niet worden afgeleverd bij een of meer van de\n"
        "onderstaande adressen. Dit is een permanente fout; ik geef het op.\n"
        "Sorry dat het niet gelukt is.\n\n"
        f"<{b.rcpt}>:\n"
        "Deze mailbox bestaat niet op deze server. (#5.1.1)\n\n"
        "--- Hieronder volgt een kopie van het bericht.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"{original}"
    )
    return seal(
        b,
        bare_notice(text),
        sender="MAILER-DAEMON@mail.webhosting-polder.example",
        subject="failure notice",
    )


def bounce_exim_nl_delay(b: Bounce) -> Message:
    queue_id = f"1{b32(b.key, 'exim', 5)}-{b32(b.key, 'exim2', 6)}-{b32(b.key, 'exim3', 2)}"
    arrival = b.reminder().sent
    text = (
        "Dit bericht is automatisch aangemaakt door de mailserver van Scholengroep Lindeveld.\n\n"
        "Een bericht dat u heeft verstuurd, is na meer dan 24 uur nog niet afgeleverd bij een of meer van de ontvangers.\n\n"
        f"Bericht-ID:   {queue_id}\n"
        f"Onderwerp:    {b.reminder().subject}\n"
        f"Verzonden op: {b.local(arrival)}\n\n"
        "Nog niet afgeleverd bij:\n\n"
        f"  {b.rcpt}\n"
        f"    SMTP-fout van de ontvangende server na RCPT TO:<{b.rcpt}>:\n"
        "    450 4.2.1 Mailbox tijdelijk niet beschikbaar\n\n"
        "U hoeft niets te doen. De server probeert het bericht nog enige tijd af te leveren en stuurt u misschien later opnieuw een waarschuwing. Lukt het uiteindelijk niet, dan krijgt u het bericht terug.\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    return seal(
        b,
        msg,
        sender="Mail Delivery System <Mailer-Daemon@mx1.scholengroep-lindeveld.example>",
        subject=f"Waarschuwing: bericht {queue_id} vertraagd (24 uur)",
        extra=[("Auto-Submitted", "auto-replied")],
    )


def bounce_provider_it(b: Bounce) -> Message:
    text = (
        "Gentile utente,\n\n"
        "il messaggio che ha inviato non è stato recapitato al seguente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: la casella di posta è stata dismessa dal titolare e non è stato indicato un nuovo indirizzo (550 5.1.6 mailbox has moved, no forwarding address).\n\n"
        "Si tratta di un errore permanente: non ritenti l'invio verso questo indirizzo.\n\n"
        "In allegato trova il messaggio originale.\n\n"
        "Servizio Posta – Lagunanet\n"
    )
    msg = report(
        text_part(text, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(
            b,
            reporting="mx03.lagunanet.example",
            action="failed",
            diagnostic="550 5.1.6 mailbox has moved, no forwarding address",
            remote=f"in.{b.domain}",
        ),
        returned_message(b),
    )
    return seal(
        b,
        msg,
        sender="Servizio Posta Lagunanet <mailer-daemon@mx03.lagunanet.example>",
        subject="Messaggio non recapitato: " + b.reminder().subject,
        extra=[("Auto-Submitted", "auto-replied")],
    )


def bounce_postfix_it_delay(b: Bounce) -> Message:
    arrival = b.reminder().sent
    banner = "#  QUESTO È SOLO UN AVVISO: NON È NECESSARIO INVIARE DI NUOVO IL MESSAGGIO.  #"
    text = (
        "Questo è il sistema di posta dell'host relay.postaweb-italia.example.\n\n"
        f"{'#' * len(banner)}\n{banner}\n{'#' * len(banner)}\n\n"
        f"Il suo messaggio, ricevuto il {b.local(arrival)}, non è ancora stato consegnato a uno o più destinatari. Il sistema continuerà a provare per altri 5 giorni.\n\n"
        "Il motivo del ritardo è indicato qui sotto.\n\n"
        "                   Il sistema di posta\n\n"
        f"<{b.rcpt}>: connessione con mx.{b.domain}[198.51.100.71] persa durante la\n"
        "    trasmissione del messaggio (442 4.4.2)\n"
    )
    msg = report(
        text_part(text, subtype="plain", charset="utf-8", cte="8bit"),
        delivery_status(
            b,
            reporting="relay.postaweb-italia.example",
            action="delayed",
            diagnostic="442 4.4.2 lost connection while sending message body",
            remote=f"mx.{b.domain}",
        ),
        returned_headers(b),
    )
    return seal(
        b,
        msg,
        sender="MAILER-DAEMON@relay.postaweb-italia.example (Sistema di posta)",
        subject="Notifica di ritardo nella consegna (ancora in corso di tentativo)",
        extra=[("Auto-Submitted", "auto-replied")],
    )


LAYOUTS: Final[dict[str, Callable[[Bounce], Message]]] = {
    "postfix": bounce_postfix,
    "gmail_domain": bounce_gmail_domain,
    "sendmail_delay": bounce_sendmail_delay,
    "exchange_de": bounce_exchange_de,
    "gateway_de": bounce_gateway_de,
    "isp_fr": bounce_isp_fr,
    "hosting_es": bounce_hosting_es,
    "exchange_es_delay": bounce_exchange_es_delay,
    "qmail_nl": bounce_qmail_nl,
    "exim_nl_delay": bounce_exim_nl_delay,
    "provider_it": bounce_provider_it,
    "postfix_it_delay": bounce_postfix_it_delay,
}


# ============================================================================================
# The hand-written messages
# ============================================================================================

AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
SUPPRESS: Final = ("X-Auto-Response-Suppress", "All")
PROOF_PDF: Final = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT: Final[list[Reply]] = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        name="Rob Fenwick",
        addr="r.fenwick@hallamvale-university.example",
        when="2027-02-09 17:48 +0000",
        client="outlook_mobile",
        body="Paid.",
        inv="204861",
        owed="318.75",
        facts=Facts(note="one-word 'Paid.' in answer to the reminder: payment_sent with no date"),
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        name="Priyanka Desai",
        addr="priyanka@lumenfold-bio.example",
        when="2027-02-16 13:07 +0000",
        client="gmail",
        body="done",
        inv="205097",
        owed="1125.00",
        facts=Facts(note="lower-case 'done' answering a payment reminder means paid; no date"),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        name="Brightwater Clinical Research AP",
        addr="ap-remittance@brightwatercr.example",
        when="2027-02-12 06:15 -0500",
        client="notice",
        subject="Remittance Advice - Payment 3100045872 - Calder Lab Supplies Ltd",
        body=(
            "REMITTANCE ADVICE\n\n"
            "Payer:            Brightwater Clinical Research, Inc.\n"
            "Payee:            Calder Lab Supplies Ltd (Supplier ID AN01044718520)\n"
            "Payment number:   3100045872\n"
            "Payment date:     02/12/2027\n"
            "Payment method:   International wire\n"
            "Currency:         USD\n\n"
            "Invoice number     Invoice date   PO number       Gross      Discount        Paid\n"
            "CLS-INV-205334     12/18/2026     4500771203   2,980.00          0.00    2,980.00\n"
            "CLS-INV-205389     01/06/2027     4500771388     480.00          0.00      480.00\n\n"
            "Total paid: USD 3,460.00\n\n"
            "This remittance advice was generated automatically through Ariba Network on behalf of Brightwater Clinical Research, Inc. Replies to this address are not read. For questions about this payment, contact Accounts Payable at ap.help@brightwatercr.example and quote the payment number."
        ),
        html_body=(
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
            "<h2>Remittance Advice</h2>\n"
            '<table cellpadding="3" style="font-size:10pt">\n'
            "<tr><td>Payer:</td><td>Brightwater Clinical Research, Inc.</td></tr>\n"
            "<tr><td>Payee:</td><td>Calder Lab Supplies Ltd (Supplier ID AN01044718520)</td></tr>\n"
            "<tr><td>Payment number:</td><td>3100045872</td></tr>\n"
            "<tr><td>Payment date:</td><td>02/12/2027</td></tr>\n"
            "<tr><td>Payment method:</td><td>International wire</td></tr>\n"
            "<tr><td>Currency:</td><td>USD</td></tr>\n</table>\n<br>\n"
            '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">\n'
            "<tr><th>Invoice number</th><th>Invoice date</th><th>PO number</th><th>Gross</th><th>Discount</th><th>Paid</th></tr>\n"
            '<tr><td>CLS-INV-205334</td><td>12/18/2026</td><td>4500771203</td><td align="right">2,980.00</td><td align="right">0.00</td><td align="right">2,980.00</td></tr>\n'
            '<tr><td>CLS-INV-205389</td><td>01/06/2027</td><td>4500771388</td><td align="right">480.00</td><td align="right">0.00</td><td align="right">480.00</td></tr>\n'
            "</table>\n<p><b>Total paid: USD 3,460.00</b></p>\n"
            "<p>This remittance advice was generated automatically through Ariba Network on behalf of Brightwater Clinical Research, Inc. Replies to this address are not read. For questions about this payment, contact Accounts Payable at ap.help@brightwatercr.example and quote the payment number.</p>\n"
            "</body></html>\n"
        ),
        inv="205334",
        owed="2980.00",
        cur="USD",
        threaded=False,
        headers=(AUTO_GENERATED, ("X-Mailer", "Ariba Network Notification Service")),
        facts=Facts(
            paid="2027-02-12",
            ref="3100045872",
            amount="3460.00",
            currency="USD",
            refs=("205334", "205389"),
            note="AP-system remittance advice; US date 02/12/2027 is 12 February; 'replies are not read' plus a queries address does not make it wrong_contact; the amount is the total paid",
        ),
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        name="Körting, Sabine",
        addr="sabine.koerting@uk-suedheide.example",
        when="2027-02-08 10:26 +0100",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rechnung CLS-INV-204977 über 2.318,40 € wurde mit unserem Zahllauf vom 05.02.2027 beglichen (Belegnummer 1500038812). Der Betrag sollte Ihrem Konto inzwischen gutgeschrieben sein.\n\n"
            "Wir bitten Sie, Ihre offenen Posten entsprechend abzugleichen.\n\n"
            "Mit freundlichen Grüßen\ni. A. Sabine Körting\n\n"
            "Kreditorenbuchhaltung\nShared Service Center Finanzen\nUniversitätsklinikum Südheide – Anstalt des öffentlichen Rechts\nKlinikstraße 12 · 29600 Südheide\n\n"
            "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und löschen Sie diese Nachricht. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."
        ),
        inv="204977",
        owed="2318.40",
        cur="EUR",
        facts=Facts(
            paid="2027-02-05",
            ref="1500038812",
            amount="2318.40",
            currency="EUR",
            refs=("204977",),
            note="shared service centre; the payment run date is the paid date",
        ),
    ),
    Reply(
        key="ps-de-2",
        intent="payment_sent",
        lang="de",
        name="Tobias Brandl",
        addr="t.brandl@kryovia.example",
        when="2027-02-02 19:41 +0100",
        client="iphone",
        body="Das ist längst erledigt!! Wir haben am 28.1. überwiesen, schauen Sie bitte mal auf Ihre Kontoauszüge, bevor Sie Mahnungen rausschicken.\n\nGruß\nT. Brandl",
        inv="204902",
        owed="764.90",
        cur="EUR",
        facts=Facts(
            paid="2027-01-28",
            note="irritated; '28.1.' is 28 January 2027; complaining about reminders is not a stop request",
        ),
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        name="Nadia Ferhat",
        addr="n.ferhat@analyses-rhone-agro.example",
        when="2027-02-11 11:20 +0100",
        client="outlook_plain",
        body=(
            "Bonjour,\n\n"
            "Le virement de 1 742,50 € correspondant à la facture CLS-INV-205018 est parti ce matin (référence VIR-0211-0093). Il devrait apparaître sur votre compte d'ici 48 heures.\n\n"
            "Bien cordialement,\n\n"
            "Nadia Ferhat\nComptabilité fournisseurs\nLaboratoire d'Analyses Rhône Agro"
        ),
        inv="205018",
        owed="1742.50",
        cur="EUR",
        facts=Facts(
            paid="2027-02-11",
            ref="VIR-0211-0093",
            amount="1742.50",
            currency="EUR",
            refs=("205018",),
            note="'ce matin' is the message date",
        ),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        name="Guillaume Martel",
        addr="guillaume.martel@neuropulse-bio.example",
        when="2027-02-15 08:12 +0100",
        client="samsung",
        body="c bon c regle depuis vendredi, virement fait par la banque\nGuillaume",
        inv="205055",
        owed="498.00",
        cur="EUR",
        facts=Facts(
            paid="2027-02-12",
            note="SMS spelling without accents; 'depuis vendredi' from Monday 15 Feb is Friday 12 Feb",
        ),
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        name="Rocío Almansa Vidal",
        addr="ralmansa@hu-santelmo.example",
        when="2027-02-08 12:03 +0100",
        client="outlook_html",
        attachment=("Justificante_transferencia_CLS-INV-205260.pdf", PROOF_PDF),
        body=(
            "Buenos días:\n\n"
            "Les adjuntamos el justificante de la transferencia correspondiente a la factura CLS-INV-205260, por importe de 986,30 €, realizada el pasado 3 de febrero. La referencia de la operación es 2027020300451877.\n\n"
            "Un saludo,\n\n"
            "Rocío Almansa Vidal\nGestión Económica – Servicio de Anatomía Patológica\nHospital Universitario San Telmo\n\n"
            "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos pueden contener información confidencial. Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su eliminación."
        ),
        inv="205260",
        owed="986.30",
        cur="EUR",
        facts=Facts(
            paid="2027-02-03",
            ref="2027020300451877",
            amount="986.30",
            currency="EUR",
            refs=("205260",),
            note="transfer proof attached as a PDF",
        ),
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        name="Jordi Puigvert",
        addr="jordi@cellulabio.example",
        when="2027-02-17 18:22 +0100",
        client="iphone",
        body=(
            "Hola!\n\n"
            "Esto lo pagamos con la tarjeta de empresa cuando hicimos el pedido en vuestra web, el 14 de enero. La tarjeta acaba en 4471, por si os sirve para buscarlo. ¿Puede ser que no lo hayáis cruzado con la factura?\n\n"
            "Jordi"
        ),
        inv="205271",
        owed="212.40",
        cur="EUR",
        facts=Facts(
            paid="2027-01-14",
            note="paid by card when ordering; the closing question is rhetorical, the payment is asserted; the last card digits are not a payment reference",
        ),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        name="Marieke Stoop",
        addr="m.stoop@hetbakencollege.example",
        when="2027-02-23 10:15 +0100",
        client="apple",
        body=(
            "Goedemorgen,\n\n"
            "De factuur is gisteren door onze financiële administratie betaald: € 264,18, betalingskenmerk 0000 4471 2093 8820.\n\n"
            "Met vriendelijke groet,\n\n"
            "Marieke Stoop\nTOA scheikunde\nHet Baken College"
        ),
        inv="205347",
        owed="264.18",
        cur="EUR",
        facts=Facts(
            paid="2027-02-22",
            ref="0000 4471 2093 8820",
            amount="264.18",
            currency="EUR",
            note="school lab technician; 'gisteren' is Monday 22 Feb",
        ),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        name="Pieter Verhaegen",
        addr="pieter.verhaegen@clintrek.example",
        when="2027-02-11 14:48 +0100",
        client="outlook_html",
        rlang="fr",
        body=(
            "Dag,\n\n"
            "Factuur CLS-INV-205188 werd op 9/2 betaald via KBC, met gestructureerde mededeling +++090/2051/88431+++. Het bedrag van 4.115,00 EUR zou ondertussen op jullie rekening moeten staan.\n\n"
            "Mvg,\n"
            "Pieter Verhaegen\nFinance & Administration\nClinTrek Research NV – Wetenschapspark 18, 9000 Gent"
        ),
        inv="205188",
        owed="4115.00",
        cur="EUR",
        facts=Facts(
            paid="2027-02-09",
            ref="+++090/2051/88431+++",
            amount="4115.00",
            currency="EUR",
            refs=("205188",),
            note="Flemish reply to a French reminder; '9/2' is 9 February; the Belgian structured communication is the reference",
        ),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        name="Elena Marchetti",
        addr="elena.marchetti@unipadana.example",
        when="2027-02-15 11:40 +0100",
        client="outlook_plain",
        body=(
            "Buongiorno,\n\n"
            "vi informiamo che il mandato di pagamento n. 412/2027, relativo alla vostra fattura CLS-INV-205077 di € 3.904,00, è stato trasmesso all'istituto cassiere in data 12/02/2027. Il numero CRO vi sarà comunicato non appena la banca lo renderà disponibile.\n\n"
            "Cordiali saluti\n\n"
            "Dott.ssa Elena Marchetti\nUfficio Contabilità e Bilancio\nDipartimento di Scienze Biomediche – Università degli Studi Padana"
        ),
        inv="205077",
        owed="3904.00",
        cur="EUR",
        facts=Facts(
            paid="2027-02-12",
            ref="412/2027",
            amount="3904.00",
            currency="EUR",
            refs=("205077",),
            note="payment order already transmitted to the bank: sent; the mandate number is the reference (no CRO yet)",
        ),
    ),
]

PROMISE_TO_PAY: Final[list[Reply]] = [
    Reply(
        key="pt-en-1",
        intent="promise_to_pay",
        lang="en",
        name="Joanne Petrie",
        addr="bursar@hollinspark-academy.example",
        when="2027-02-02 15:30 +0000",
        client="outlook_html",
        subject="Out of office Thursday & Friday - RE: {orig}",
        body=(
            "Hello,\n\n"
            "Apologies – this one slipped through while we were changing finance systems. I've put it through for Friday's cheque run; the head signs the cheques on Friday mornings and they go in the post the same afternoon.\n\n"
            "I'm out of the office on Thursday and Friday, so if you need anything else before then please ring the school office.\n\n"
            "Best wishes\n\n"
            "Joanne Petrie\nSchool Business Manager\nHollins Park Academy"
        ),
        inv="204944",
        owed="382.60",
        facts=Facts(
            promised="2027-02-05",
            note="a person writing, although the subject says out of office; 'I've put it through' is past tense for a future cheque run (Friday 5 Feb)",
        ),
    ),
    Reply(
        key="pt-en-2",
        intent="promise_to_pay",
        lang="en",
        name="Ifeoma Adeyemi",
        addr="i.adeyemi@kingsbridge-university.example",
        when="2027-02-10 22:14 +0000",
        client="gmail",
        body=(
            "Hi,\n\n"
            "Sorry, I've only just seen this – I've been at the bench most of the week and then writing a fellowship renewal, so email has been a bit of a disaster zone. Thanks for chasing, genuinely.\n\n"
            "Some background in case it's useful: the pipettes and tip racks on this invoice were ordered against my new Wellspring Trust award, which started on 1 January. The award letter is signed and the cost centre exists, but Research Finance can't draw down the first instalment until the trust has processed our start certificate, and until that happens the cost centre shows zero available funds, so the purchase ledger just refuses the payment. I did try to get them to move it onto my departmental account in the meantime but apparently that creates a VAT headache.\n\n"
            "So: it will be paid in full as soon as the grant is drawn down. I don't have a date for that – last time it took about three weeks – but I'll nudge them again tomorrow and let you know if anything moves.\n\n"
            "And the pipettes are great, by the way. The lab is much happier.\n\n"
            "Best,\nIfeoma\n\n"
            "--\nDr Ifeoma Adeyemi\nLecturer in Molecular Microbiology\nSchool of Life Sciences, Kingsbridge University"
        ),
        inv="205129",
        owed="1846.20",
        facts=Facts(
            note="long reply; payment promised on a future event with no date ('as soon as the grant is drawn down'), so promised_date is null"
        ),
    ),
    Reply(
        key="pt-en-3",
        intent="promise_to_pay",
        lang="en",
        name="Martin Okafor",
        addr="martin.okafor@fenlandcro.example",
        when="2027-02-19 09:58 +0000",
        client="owa",
        body=(
            "Good morning,\n\n"
            "Thank you for the reminder. We are completing our Q1 budget reconciliation and have put all open Calder Lab Supplies invoices, including CLS-INV-205122 and CLS-INV-205140, on a single payment to be made by the end of the quarter.\n\n"
            "If you would like a remittance advice at that point, let me know which address to send it to.\n\n"
            "Regards,\n\n"
            "Martin Okafor\nFinance Business Partner\nFenland Contract Research Ltd\n\n"
            "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Fenland Contract Research Ltd is registered in England and Wales."
        ),
        inv="205140",
        owed="2214.00",
        facts=Facts(
            promised="2027-03-31",
            refs=("205122", "205140"),
            note="'by the end of the quarter' → 31 March 2027",
        ),
    ),
    Reply(
        key="pt-de-1",
        intent="promise_to_pay",
        lang="de",
        name="Markus Hentschel",
        addr="einkauf@lml-weserems.example",
        when="2027-02-10 14:05 +0100",
        client="outlook_plain",
        body=(
            "Guten Tag,\n\n"
            "die Rechnung ist inzwischen sachlich geprüft und freigegeben. Sie geht mit unserem Zahllauf in KW 8 raus.\n\n"
            "Viele Grüße\n"
            "Markus Hentschel\nEinkauf / Laborlogistik\nLebensmittellabor Weser-Ems GmbH"
        ),
        inv="205109",
        owed="1377.85",
        cur="EUR",
        facts=Facts(
            promised="2027-02-22",
            note="'freigegeben' is past tense but the payment is future; 'KW 8' → Monday of ISO week 8 (22 Feb), as 'next week' → Monday",
        ),
    ),
    Reply(
        key="pt-de-2",
        intent="promise_to_pay",
        lang="de",
        name="Jana Wiesner",
        addr="jana.wiesner@helixhafen.example",
        when="2027-02-18 16:32 +0100",
        client="gmail",
        body=(
            "Hallo,\n\n"
            "sorry für die Verspätung! Unser Geschäftsführer ist diese Woche auf einer Messe und muss die Überweisung freigeben. Ich überweise den Betrag nächsten Montag, sobald er wieder da ist.\n\n"
            "Liebe Grüße\nJana\n\n"
            "Helixhafen Biotech GmbH | Office & Lab Management"
        ),
        inv="205232",
        owed="689.00",
        cur="EUR",
        facts=Facts(
            promised="2027-02-22",
            note="'nächsten Montag' from Thursday 18 Feb → 22 Feb; the manager's absence is not an auto-reply",
        ),
    ),
    Reply(
        key="pt-fr-1",
        intent="promise_to_pay",
        lang="fr",
        name="Claire Bonnefoy",
        addr="intendance.tilleuls@ac-region.example",
        when="2027-02-03 10:50 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        body=(
            "Bonjour,\n\n"
            "Nous avons bien reçu votre relance. La facture CLS-INV-204932 a été mandatée et sera réglée mi-février par l'agence comptable, lors de la prochaine mise en paiement.\n\n"
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n"
            "Claire Bonnefoy\nSecrétaire d'intendance\nLycée polyvalent Les Tilleuls"
        ),
        inv="204932",
        owed="455.20",
        cur="EUR",
        facts=Facts(
            promised="2027-02-15",
            refs=("204932",),
            note="'a été mandatée' is past, the payment future; 'mi-février' → 15 February",
        ),
    ),
    Reply(
        key="pt-fr-2",
        intent="promise_to_pay",
        lang="fr",
        name="Hélène Garnier",
        addr="helene@microbiome-alpes.example",
        when="2027-02-19 07:55 +0100",
        client="iphone",
        body=(
            "Bonjour,\n\n"
            "Toutes mes excuses. J'ai programmé le virement pour le 26, date de notre prochain encaissement client ; vous devriez le recevoir en fin de semaine prochaine.\n\n"
            "Hélène Garnier\nMicrobiome Alpes SAS"
        ),
        inv="205203",
        owed="934.00",
        cur="EUR",
        facts=Facts(
            promised="2027-02-26",
            note="'j'ai programmé' (past tense) for a transfer dated the 26th: a promise",
        ),
    ),
    Reply(
        key="pt-es-1",
        intent="promise_to_pay",
        lang="es",
        name="Amparo Ferrer",
        addr="administracion@labturia.example",
        when="2027-02-09 13:10 +0100",
        client="outlook_plain",
        body=(
            "Buenas tardes:\n\n"
            "La factura ya está aprobada y se pagará a final de mes, junto con el resto de proveedores de febrero.\n\n"
            "Saludos,\n\n"
            "Amparo Ferrer\nAdministración\nLaboratorio Agroalimentario del Turia, S.L."
        ),
        inv="205117",
        owed="1530.00",
        cur="EUR",
        facts=Facts(promised="2027-02-28", note="'a final de mes' → last day of February"),
    ),
    Reply(
        key="pt-es-2",
        intent="promise_to_pay",
        lang="es",
        name="Daniel Hernández",
        addr="daniel.hernandez@algamar-canarias.example",
        when="2027-02-24 23:40 +0000",
        client="gmail_plain",
        body="Perdonad el retraso, se me pasó por completo. Mañana a primera hora hago la transferencia.\n\nUn saludo,\nDani",
        inv="205321",
        owed="276.50",
        cur="EUR",
        facts=Facts(
            promised="2027-02-25",
            note="sent at 23:40 in the Canaries (UTC+0): 'mañana' is 25 Feb there, although it is already 25 Feb in mainland Spain",
        ),
    ),
    Reply(
        key="pt-nl-1",
        intent="promise_to_pay",
        lang="nl",
        name="Sanne de Wit",
        addr="sanne@fluorolab.example",
        when="2027-02-11 17:02 +0100",
        client="gmail_plain",
        body="Hoi,\n\nExcuses, die was blijven liggen. Ik zet hem volgende week dinsdag in de betaalrun, dan staat het geld er uiterlijk woensdag op.\n\nGroetjes,\nSanne",
        inv="205174",
        owed="642.30",
        cur="EUR",
        facts=Facts(
            promised="2027-02-16",
            note="'volgende week dinsdag' from Thursday 11 Feb → 16 Feb; the arrival day is not the promised day",
        ),
    ),
    Reply(
        key="pt-it-1",
        intent="promise_to_pay",
        lang="it",
        name="Francesca Ruggeri",
        addr="amministrazione@labanalisiducale.example",
        when="2027-02-08 09:35 +0100",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Buongiorno,\n\n"
            "confermiamo che il pagamento della fattura in oggetto verrà disposto entro il 20 febbraio tramite bonifico bancario, per l'intero importo di € 1.268,00.\n\n"
            "Cordiali saluti\n\n"
            "Francesca Ruggeri\nAmministrazione – Laboratorio Analisi Ducale S.r.l."
        ),
        inv="205059",
        owed="1268.00",
        cur="EUR",
        facts=Facts(
            promised="2027-02-20",
            amount="1268.00",
            currency="EUR",
            note="'entro il 20 febbraio' → that date",
        ),
    ),
    Reply(
        key="pt-it-2",
        intent="promise_to_pay",
        lang="it",
        name="Giulia Benedetti",
        addr="giulia.benedetti.phd@gmail.com",
        when="2027-02-12 19:20 +0100",
        client="gmail",
        body=(
            "Buonasera,\n\n"
            "scusate, me n'ero completamente dimenticata: l'ordine l'avevo fatto io con la carta del gruppo e poi la fattura è finita in mezzo alle mie mail. Lunedì prossimo, appena rientro in laboratorio, la pago.\n\n"
            "Grazie della pazienza,\nGiulia"
        ),
        inv="205196",
        owed="158.60",
        cur="EUR",
        facts=Facts(
            promised="2027-02-15",
            note="a person, not an auto-reply ('appena rientro'); 'lunedì prossimo' from Friday 12 Feb → 15 Feb",
        ),
    ),
]

DISPUTE: Final[list[Reply]] = [
    Reply(
        key="di-en-1",
        intent="dispute",
        lang="en",
        name="Callum Reid",
        addr="callum@quillbio.example",
        when="2027-02-04 11:47 +0000",
        client="gmail",
        body=(
            "Hi,\n\n"
            "We have NOT paid this, and we won't be paying it until the rotor we ordered actually turns up. Your courier's tracking page has said \"out for delivery\" since 19 January. Nobody here has signed for anything.\n\n"
            "Please chase the delivery before chasing us.\n\n"
            "Callum Reid\nOperations, Quill Bio Ltd"
        ),
        inv="204958",
        owed="1290.00",
        facts=Facts(note="negated payment; goods never arrived"),
    ),
    Reply(
        key="di-en-2",
        intent="dispute",
        lang="en",
        name="Sarah Lomax",
        addr="sarah.lomax@airevalley-hospitals.example",
        when="2027-02-05 10:22 +0000",
        client="outlook_html",
        body=(
            "Dear Accounts Receivable team,\n\n"
            "CLS-INV-205044 was paid by BACS on 29 January (our remittance ref. AVH-PAY-77120), so that one should already be clear on your side.\n\n"
            "CLS-INV-205071, however, is for the annual calibration visit on our two benchtop centrifuges, and that visit never took place – your engineer cancelled on the morning of 21 January and we have not been offered another date. Please cancel or credit this invoice; we will not be paying for a service that has not been carried out.\n\n"
            "Kind regards,\n\n"
            "Sarah Lomax\nLaboratory Manager – Cellular Pathology\nAire Valley Teaching Hospitals\n\n"
            "This e-mail and any attachments are confidential. If you are not the intended recipient, please tell the sender and delete it; do not copy, use or disclose its contents."
        ),
        inv="205071",
        owed="540.00",
        facts=Facts(
            refs=("205044", "205071"),
            note="one invoice paid, the other contested (service not done): the dispute drives the action, so no payment fields",
        ),
    ),
    Reply(
        key="di-en-3",
        intent="dispute",
        lang="en",
        name="Graham Pell",
        addr="g.pell@northgate-cro.example",
        when="2027-02-22 16:45 +0000",
        client="outlook_plain",
        body=(
            "Hello,\n\n"
            "Apologies for the slow reply – we moved sites over the last fortnight (the whole bioanalysis group is now at Northgate Park) and purchasing has been buried in relocation invoices, removal quotes and a very temperamental new ELN. I've only just got to the Calder folder.\n\n"
            "I've been through CLS-INV-205229 line by line against the framework price list we agreed with your account manager last summer. Most of it is fine. The problem is the filter tips: the framework price for the 1000 µl filtered tips is £38.20 per case, and the invoice charges £46.90 per case for 40 cases. That's a difference of £348.00 before VAT. The same thing happened in November and your colleague credited it without any fuss, so I suspect the price file on your side still hasn't been updated.\n\n"
            "I'm happy to pay the rest of the invoice as soon as we have a credit note for the difference, but I can't release it as it stands – our system won't let me pay above the PO price.\n\n"
            "Separately, could you update our delivery address to Building 3, Northgate Park? Deliveries are still going to the old site and the security team there are getting fed up with us.\n\n"
            "Thanks,\nGraham\n\n"
            "Graham Pell\nPurchasing Officer\nNorthgate Contract Research"
        ),
        inv="205229",
        owed="2967.40",
        facts=Facts(
            refs=("205229",),
            note="long reply; the price dispute is buried in the middle; payment of the rest is conditional on a credit note",
        ),
    ),
    Reply(
        key="di-de-1",
        intent="dispute",
        lang="de",
        name="Heike Drewes",
        addr="h.drewes@lebensmittellabor-bremen.example",
        when="2027-02-03 13:18 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Lieferung zur Rechnung CLS-INV-205002 ist bei uns beschädigt angekommen: Von den zehn Flaschen Ethanol absolut waren drei ausgelaufen, der Karton war völlig durchnässt. Fotos haben wir bereits am 22.01. an Ihren Kundenservice geschickt, eine Antwort steht bis heute aus.\n\n"
            "Bitte senden Sie uns eine Gutschrift über die drei Flaschen. Bis dahin halten wir die Rechnung zurück.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Heike Drewes\nLaborleitung\nLebensmittellabor Bremen GmbH"
        ),
        inv="205002",
        owed="611.80",
        cur="EUR",
        facts=Facts(refs=("205002",), note="damaged goods; invoice held until a credit note"),
    ),
    Reply(
        key="di-de-2",
        intent="dispute",
        lang="de",
        name="Reto Baumgartner",
        addr="reto.baumgartner@alpinomics.example",
        when="2027-02-17 08:31 +0100",
        client="apple",
        rlang="en",
        body=(
            "Grüezi\n\n"
            "Diese Rechnung wurde doch bereits gutgeschrieben: Ihre Gutschrift CLS-CN-000318 vom 15. Januar storniert genau diesen Betrag, nachdem wir die falsch gelieferten Zentrifugenröhrchen retourniert hatten. Bitte buchen Sie den Posten bei sich aus.\n\n"
            "Freundliche Grüsse\nReto Baumgartner\nAlpinomics AG, Basel"
        ),
        inv="205087",
        owed="1184.00",
        cur="CHF",
        facts=Facts(
            note="already credited; a credit-note number is not an invoice ref; Swiss German reply to an English reminder"
        ),
    ),
    Reply(
        key="di-fr-1",
        intent="dispute",
        lang="fr",
        name="Dr Anne-Sophie Leroux",
        addr="as.leroux@chu-estuaire.example",
        when="2027-02-09 15:02 +0100",
        client="outlook_html_only",
        charset="windows-1252",
        body=(
            "Bonjour,\n\n"
            "La facture CLS-INV-205150 porte sur l'étalonnage annuel de nos deux centrifugeuses. Or votre technicien n'est jamais venu : l'intervention prévue le 26 janvier a été annulée par vos services la veille, et aucune nouvelle date ne nous a été proposée depuis.\n\n"
            "Nous ne réglerons pas une prestation qui n'a pas été réalisée. Merci d'annuler cette facture ou de nous adresser un avoir.\n\n"
            "Cordialement,\n\n"
            "Dr Anne-Sophie Leroux\nResponsable qualité – Laboratoire d'anatomie et cytologie pathologiques\nCHU de l'Estuaire"
        ),
        inv="205150",
        owed="720.00",
        cur="EUR",
        facts=Facts(refs=("205150",), note="service not done; HTML-only message"),
    ),
    Reply(
        key="di-fr-2",
        intent="dispute",
        lang="fr",
        name="Thomas Ribeiro",
        addr="thomas.ribeiro@occitanie-cro.example",
        when="2027-02-12 17:25 +0100",
        client="gmail_plain",
        body=(
            "Bonjour,\n\n"
            "on n'a jamais commande ca chez vous. Le bon de commande indique sur la facture (BC 77120) n'est pas a nous, tous nos BC commencent par 2027-. Il doit y avoir une confusion avec un autre client, merci de verifier et d'annuler.\n\n"
            "Thomas"
        ),
        inv="205168",
        owed="388.00",
        cur="EUR",
        facts=Facts(note="not our purchase order; typed without accents"),
    ),
    Reply(
        key="di-es-1",
        intent="dispute",
        lang="es",
        name="Beatriz Cano",
        addr="bcano@ucn-biomed.example",
        when="2027-02-16 10:40 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        cte="8bit",
        body=(
            "Buenos días:\n\n"
            "En la factura CLS-INV-205301 nos cobran 20 cajas de puntas de 200 µl, pero en el albarán de entrega figuran 12, que son las que realmente recibimos. Hasta que no nos envíen una factura rectificativa por las 12 cajas no podemos tramitar el pago.\n\n"
            "Atentamente,\n\n"
            "Beatriz Cano\nTécnico de Gestión - Departamento de Bioquímica\nUniversidad de Castilla Norte"
        ),
        inv="205301",
        owed="736.00",
        cur="EUR",
        facts=Facts(
            refs=("205301",), note="wrong quantity; 'won't pay until corrected' is the dispute"
        ),
    ),
    Reply(
        key="di-nl-1",
        intent="dispute",
        lang="nl",
        name="Lotte van Rijn",
        addr="lotte@leidenmabs.example",
        when="2027-02-08 07:50 +0100",
        client="outlook_mobile",
        body=(
            "Goedemorgen,\n\n"
            "Deze factuur is dubbel: dezelfde levering (pakbon 88142) staat ook op CLS-INV-205011, en die hebben we in januari al betaald. Willen jullie deze factuur crediteren?\n\n"
            "Groet,\nLotte"
        ),
        inv="205036",
        owed="1452.00",
        cur="EUR",
        facts=Facts(
            refs=("205011",),
            note="duplicate billing; the payment mentioned is of the other invoice, which is the only number written",
        ),
    ),
    Reply(
        key="di-nl-2",
        intent="dispute",
        lang="nl",
        name="Wouter Hoekstra",
        addr="w.hoekstra@unk-lifesciences.example",
        when="2027-02-19 13:12 +0100",
        client="inline",
        body=(
            "Beste mensen van Calder,\n\nMijn reactie staat tussen de tekst.\n\n"
            "[[2]]\n\n"
            "Op de factuur staan zes gekalibreerde pipetten, maar er zijn er maar vier teruggekomen. De andere twee liggen volgens jullie eigen track & trace nog in jullie werkplaats.\n\n"
            "[[3]]\n\n"
            "We betalen deze factuur pas als alle pipetten terug zijn. Of stuur een aangepaste factuur voor vier stuks, dan maken we die meteen over.\n\n"
            "Met vriendelijke groet,\n"
            "Wouter Hoekstra\nLabmanager, Cell Biology\nUniversiteit Noorderkwartier"
        ),
        inv="205254",
        owed="594.00",
        cur="EUR",
        facts=Facts(
            note="answered inline between the quoted paragraphs; 'we pay only when…' contests a service not completed, not a promise"
        ),
    ),
    Reply(
        key="di-it-1",
        intent="dispute",
        lang="it",
        name="Paolo Vitale",
        addr="paolo.vitale@lab-agroalimentare-emilia.example",
        when="2027-02-10 11:05 +0100",
        client="outlook_html",
        body=(
            "Buongiorno,\n\n"
            "il prezzo unitario del kit di estrazione DNA riportato in fattura CLS-INV-205160 (€ 412,00) non corrisponde a quello della vostra offerta n. OF-2026-1187 (€ 356,00), sulla base della quale abbiamo emesso l'ordine.\n\n"
            "Restiamo in attesa di una nota di credito per la differenza prima di procedere al pagamento.\n\n"
            "Cordiali saluti\n\n"
            "Paolo Vitale\nResponsabile Acquisti\nLaboratorio Agroalimentare Emilia S.r.l."
        ),
        inv="205160",
        owed="2060.00",
        cur="EUR",
        facts=Facts(refs=("205160",), note="price differs from the quotation"),
    ),
    Reply(
        key="di-it-2",
        intent="dispute",
        lang="it",
        name="Chiara Fontana",
        addr="chiara.fontana@genomica-lariana.example",
        when="2027-02-24 15:55 +0100",
        client="gmail",
        cte="b64",
        body="Salve,\n\nnon l'abbiamo pagata perché la merce ve l'abbiamo restituita il 18 gennaio, con reso autorizzato da voi (RMA 2291). Stiamo ancora aspettando la nota di credito.\n\nChiara Fontana\nGenomica Lariana S.r.l.",
        inv="205282",
        owed="845.00",
        cur="EUR",
        facts=Facts(note="negation: not paid because the goods were returned"),
    ),
]

PAYMENT_PLAN: Final[list[Reply]] = [
    Reply(
        key="pp-en-1",
        intent="payment_plan",
        lang="en",
        name="Tom Asante",
        addr="tom@petridish-analytics.example",
        when="2027-02-15 12:30 +0000",
        client="gmail",
        body=(
            "Hi there,\n\n"
            "I'll be straight with you: our seed round has slipped to April and we're watching every pound until it closes. Could we pay the £4,212.00 in three monthly instalments, starting in March? If that works I can set up the standing orders today so nobody has to chase anybody.\n\n"
            "Sorry to be asking – we've always paid Calder on time until now.\n\n"
            "Tom Asante\nCo-founder, Petri Dish Analytics"
        ),
        inv="205215",
        owed="4212.00",
        facts=Facts(note="hardship and instalments; plan dates and amounts are not labelled"),
    ),
    Reply(
        key="pp-en-2",
        intent="payment_plan",
        lang="en",
        name="Diane Kershaw",
        addr="science@staidans-high.example",
        when="2027-02-04 16:05 +0000",
        client="inline",
        body=(
            "[[2]]\n\n"
            "Would you accept £300 now and the remaining £186.40 after half-term? Our science budget for this year is all but spent.\n\n"
            "[[3]]\n\n"
            "Nothing is wrong with the invoice – it is purely a budget problem. If the split is acceptable I will ask the finance office to send the £300 this week.\n\n"
            "Yours faithfully,\nDiane Kershaw\nHead of Science, St Aidan's High School"
        ),
        inv="204989",
        owed="486.40",
        facts=Facts(
            note="part now, rest later, answered inline; 'after half-term' is a plan date and is not labelled"
        ),
    ),
    Reply(
        key="pp-en-3",
        intent="payment_plan",
        lang="en",
        name="Kieran Walsh",
        addr="ap@pennine-pathology.example",
        when="2027-02-24 14:20 +0000",
        client="outlook_html",
        body=(
            "Good afternoon,\n\n"
            "We are moving to a new finance system on 1 March and our purchase ledger is frozen for new payments until the migration is complete. We would therefore ask for a 60-day extension on the terms of CLS-INV-205290 and CLS-INV-205317.\n\n"
            "We are not disputing either invoice and both are approved; they will be among the first payments made from the new system.\n\n"
            "Kind regards\n\n"
            "Kieran Walsh\nAccounts Payable Team Leader\nPennine Pathology Network"
        ),
        inv="205290",
        owed="3318.90",
        facts=Facts(
            refs=("205290", "205317"),
            note="asks for 60 more days; 'among the first payments' gives no date, so this is a request for time, not a promise",
        ),
    ),
    Reply(
        key="pp-de-1",
        intent="payment_plan",
        lang="de",
        name="Prof. Dr. Henrike Sauer",
        addr="henrike.sauer@uni-lahntal.example",
        when="2027-02-11 09:12 +0100",
        client="outlook_plain",
        charset="windows-1252",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Kürzung unserer Drittmittel zum Jahresbeginn hat uns leider kalt erwischt. Wäre es möglich, den offenen Betrag in vier Monatsraten zu je 650 € zu begleichen, beginnend im März?\n\n"
            "Für Ihr Entgegenkommen wäre ich Ihnen sehr dankbar.\n\n"
            "Mit freundlichen Grüßen\nHenrike Sauer\n\n"
            "Prof. Dr. Henrike Sauer\nArbeitsgruppe Zellbiologie\nUniversität Lahntal"
        ),
        inv="205135",
        owed="2600.00",
        cur="EUR",
        facts=Facts(note="four monthly instalments after a funding cut"),
    ),
    Reply(
        key="pp-de-2",
        intent="payment_plan",
        lang="de",
        name="Felix Obermaier",
        addr="felix@enzymwerk.example",
        when="2027-02-23 11:44 +0100",
        client="gmail",
        body=(
            "Hallo zusammen,\n\n"
            "wir sind gerade etwas knapp bei Kasse, bis die nächste Förderrate vom Land kommt. Mein Vorschlag: Eine erste Rate von 1.000 € überweisen wir nächste Woche, den Rest dann Anfang März. Passt das für Sie?\n\n"
            "Beste Grüße\nFelix Obermaier\nEnzymwerk GmbH"
        ),
        inv="205298",
        owed="2145.60",
        cur="EUR",
        facts=Facts(
            note="two-part proposal: a plan, not a promise; 'nächste Woche' and 'Anfang März' are plan dates and are not labelled"
        ),
    ),
    Reply(
        key="pp-fr-1",
        intent="payment_plan",
        lang="fr",
        name="Sylvie Chauvin",
        addr="s.chauvin@labo-aquitaine-agro.example",
        when="2027-02-17 14:40 +0100",
        client="apple",
        body=(
            "Bonjour,\n\n"
            "Serait-il possible d'échelonner le règlement de cette facture en trois mensualités ? Nous traversons une période délicate depuis la perte d'un contrat important en fin d'année, et je préfère vous en parler franchement plutôt que de laisser traîner.\n\n"
            "Merci par avance de votre compréhension.\n\n"
            "Sylvie Chauvin\nGérante – Laboratoire Aquitaine Agro"
        ),
        inv="205244",
        owed="1911.00",
        cur="EUR",
        facts=Facts(note="instalments and hardship"),
    ),
    Reply(
        key="pp-es-1",
        intent="payment_plan",
        lang="es",
        name="Marta Iglesias",
        addr="miglesias@ibio-galicia.example",
        when="2027-02-02 12:15 +0100",
        client="owa",
        body=(
            "Hola,\n\n"
            "¿Sería posible aplazar el pago de esta factura unos 30 días? Estamos pendientes de cobrar la subvención del proyecto y ahora mismo la cuenta del grupo está a cero.\n\n"
            "Muchas gracias,\n"
            "Marta Iglesias\nGrupo de Inmunología – Instituto de Biomedicina de Galicia"
        ),
        inv="204918",
        owed="1067.00",
        cur="EUR",
        facts=Facts(note="asks for 30 more days: more time is a plan request, not a promise"),
    ),
    Reply(
        key="pp-es-2",
        intent="payment_plan",
        lang="es",
        name="Lucía Moreno",
        addr="lucia@labcalidadmoreno.example",
        when="2027-02-20 10:03 +0100",
        client="iphone",
        body="hola, podemos pagarlo en 2 veces? la mitad este mes y la otra mitad en marzo. gracias\n\nLucía",
        inv="205264",
        owed="580.00",
        cur="EUR",
        facts=Facts(note="two halves, typed on a phone without capitals"),
    ),
    Reply(
        key="pp-nl-1",
        intent="payment_plan",
        lang="nl",
        name="Ruud Jansen",
        addr="r.jansen@jansen-labservice.example",
        when="2027-02-09 15:30 +0100",
        client="outlook_plain",
        body=(
            "Geachte heer, mevrouw,\n\n"
            "Door een paar late betalingen van onze eigen opdrachtgevers zitten wij tijdelijk krap. Kunnen we voor deze factuur een betalingsregeling treffen? Drie maandelijkse termijnen van € 540,00 zou voor ons haalbaar zijn.\n\n"
            "Met vriendelijke groet,\n\n"
            "Ruud Jansen\nJansen Labservice B.V."
        ),
        inv="205142",
        owed="1620.00",
        cur="EUR",
        facts=Facts(note="three monthly instalments"),
    ),
    Reply(
        key="pp-nl-2",
        intent="payment_plan",
        lang="nl",
        name="Eva Smits",
        addr="eva.smits@vitrogen.example",
        when="2027-02-25 10:10 +0100",
        client="gmail",
        body=(
            "Goedemorgen,\n\n"
            "We hebben vandaag € 500 overgemaakt. Het restant (€ 1.106,75) willen we graag in twee termijnen betalen, eind maart en eind april. Is dat akkoord voor jullie?\n\n"
            "Vriendelijke groet,\nEva Smits\nVitrogen B.V."
        ),
        inv="205339",
        owed="1606.75",
        cur="EUR",
        facts=Facts(
            note="part paid today and the rest in instalments: payment_plan, not payment_sent; no payment fields"
        ),
    ),
    Reply(
        key="pp-it-1",
        intent="payment_plan",
        lang="it",
        name="Roberta Sala",
        addr="r.sala@univaldarno.example",
        when="2027-02-05 12:20 +0100",
        client="outlook_html",
        body=(
            "Gentili Signori,\n\n"
            "a causa di un ritardo nell'erogazione della seconda tranche del finanziamento PRIN, vi chiediamo cortesemente la possibilità di rateizzare l'importo dovuto in tre rate mensili di pari importo.\n\n"
            "Restiamo in attesa di un vostro riscontro.\n\n"
            "Cordiali saluti\n\n"
            "Roberta Sala\nSegreteria amministrativa – Dipartimento di Biologia\nUniversità di Valdarno"
        ),
        inv="205024",
        owed="2790.00",
        cur="EUR",
        facts=Facts(note="instalments because grant money is late"),
    ),
    Reply(
        key="pp-it-2",
        intent="payment_plan",
        lang="it",
        name="Marco Bellini",
        addr="marco.bellini.lab@gmail.com",
        when="2027-02-26 18:30 +0100",
        client="gmail",
        body=(
            "Buonasera,\n\n"
            "vi scrivo con un po' di imbarazzo. Il laboratorio lo porto avanti da solo da quando mio padre è andato in pensione e quest'inverno è stato pesante: due clienti grossi hanno chiuso, il rinnovo dell'accreditamento è costato più del previsto e a gennaio si è rotto pure il frigorifero dei campioni. Non vi racconto tutto questo per farvi pena, ma perché non voglio che pensiate che non vi voglio pagare.\n\n"
            "La fattura la riconosco ed è giusta. Vi chiedo solo se possiamo fare 200 € al mese finché non è saldata; il primo versamento lo posso fare già a marzo. Se vi serve qualcosa per iscritto ve lo mando.\n\n"
            "Grazie per l'attenzione,\n"
            "Marco Bellini\nLaboratorio Analisi Bellini – Lodi"
        ),
        inv="205360",
        owed="1890.00",
        cur="EUR",
        facts=Facts(note="long hardship plea; the point (200 € a month) comes late"),
    ),
]

INVOICE_REQUEST: Final[list[Reply]] = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        name="Helen Crowther",
        addr="h.crowther@northmoor-university.example",
        when="2027-02-03 11:55 +0000",
        client="outlook_html",
        body=(
            "Hello,\n\n"
            "We have no record of this invoice at all – it isn't in our AP inbox and there's nothing against the PO in Jaggaer. Could you resend it as a PDF to apinvoices@northmoor-university.example? That's the only address our scanning system picks up; invoices sent to individuals don't get processed.\n\n"
            "Once it's in the system it will go into the next payment run.\n\n"
            "Thanks,\n"
            "Helen Crowther\nResearch Grants Administrator\nFaculty of Biological Sciences, Northmoor University"
        ),
        inv="204926",
        owed="1432.80",
        facts=Facts(
            note="never received, please resend, without contesting it; the address is where the copy goes and the writer stays the contact, so not wrong_contact; 'the next payment run' is no dated promise"
        ),
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        name="Anil Mehta",
        addr="procurement.invoices@severnvalley-health.example",
        when="2027-02-18 09:20 +0000",
        client="outlook_plain",
        body=(
            "Dear Supplier,\n\n"
            "Your invoice does not quote a valid purchase order number and has been rejected by our e-invoicing system. Please reissue it quoting PO 4510029933 and send it to the usual invoices address. We cannot make payment against an invoice without a PO.\n\n"
            "Regards,\n\n"
            "Anil Mehta\nProcurement Hub – Accounts Payable\nSevern Valley Health Partnership"
        ),
        inv="205226",
        owed="2088.00",
        facts=Facts(note="reissue with a PO number; the amount is not contested"),
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        name="Lauren Fitch",
        addr="accountspayable@copleybiometrics.example",
        when="2027-02-25 16:40 -0500",
        client="outlook_html",
        body=(
            "Hi,\n\n"
            "Before we can release payment to a new foreign vendor, our AP team needs a completed W-8BEN-E on file. Could you send one over, along with your bank's SWIFT/BIC and an account confirmation letter on bank letterhead?\n\n"
            "As soon as those are in we'll get the invoice paid.\n\n"
            "Thanks,\n"
            "Lauren Fitch\nAccounts Payable Specialist\nCopley Biometrics, Inc. | Worcester, MA"
        ),
        inv="205326",
        owed="1275.00",
        cur="USD",
        facts=Facts(note="tax form and bank details needed before paying; US Outlook layout"),
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        name="Claudia Reinhold",
        addr="c.reinhold@gmx.de",
        when="2027-02-15 20:05 +0100",
        client="gmx",
        body=(
            "Guten Abend,\n\n"
            "bei uns sind mehrere Calder-Rechnungen offen, und ich blicke nicht mehr durch, welche davon schon mit unserer Sammelüberweisung vom Dezember bezahlt sind. Könnten Sie mir bitte einen aktuellen Kontoauszug bzw. eine Offene-Posten-Liste schicken? Dann gleiche ich das ab.\n\n"
            "Danke und viele Grüße\nClaudia Reinhold\nTierärztliches Labor Reinhold"
        ),
        inv="205190",
        owed="512.30",
        cur="EUR",
        facts=Facts(
            note="statement of account; the December transfer is not a claim that this invoice is paid; GMX free-mail persona"
        ),
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        name="Mathieu Perrin",
        addr="facturier@univ-loire-atlantique.example",
        when="2027-02-22 10:30 +0100",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Bonjour,\n\n"
            "La facture CLS-INV-205166 ne nous est jamais parvenue. Pour les établissements publics, les factures doivent être déposées sur Chorus Pro, avec notre SIRET et le numéro d'engagement juridique 2100457788 ; une facture envoyée par courriel ne peut pas être mise en paiement.\n\n"
            "Pourriez-vous la déposer sur la plateforme ? Elle sera traitée dès sa réception.\n\n"
            "Cordialement,\n\n"
            "Mathieu Perrin\nService facturier – Agence comptable\nUniversité Loire-Atlantique"
        ),
        inv="205166",
        owed="3120.00",
        cur="EUR",
        facts=Facts(
            refs=("205166",), note="never received; must be filed on the public e-invoicing portal"
        ),
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        name="Karim Bensaïd",
        addr="karim.bensaid@provence-cro.example",
        when="2027-02-05 14:12 +0100",
        client="gmail",
        body=(
            "Bonjour,\n\n"
            "Avant de procéder au paiement, pourriez-vous nous confirmer vos coordonnées bancaires au moyen d'un RIB signé, sur papier à en-tête ? Notre procédure anti-fraude l'exige pour tout fournisseur dont c'est le premier règlement.\n\n"
            "Merci d'avance,\n"
            "Karim Bensaïd\nComptabilité – Provence CRO"
        ),
        inv="205040",
        owed="865.00",
        cur="EUR",
        facts=Facts(note="bank details needed before paying"),
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        name="Javier Ortega",
        addr="jortega@uni-levante.example",
        when="2027-02-10 12:48 +0100",
        client="outlook_plain",
        body=(
            "Buenos días:\n\n"
            "Para poder imputar la factura CLS-INV-205208 al proyecto necesitamos que conste el código PID2025-118844 y que el IVA aparezca desglosado por línea. ¿Nos la podrían reemitir con esos datos?\n\n"
            "Gracias y un saludo,\n\n"
            "Javier Ortega\nUnidad de Gestión de la Investigación\nUniversidad del Levante"
        ),
        inv="205208",
        owed="1740.00",
        cur="EUR",
        facts=Facts(
            refs=("205208",),
            note="reissue with the grant code and itemised VAT; amount not contested",
        ),
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        name="Pablo Ruiz",
        addr="pablo.ruiz@quimicasur-lab.example",
        when="2027-02-19 19:47 +0100",
        client="samsung",
        body="Me podeis mandar el albaran? No se a que pedido corresponde esta factura y asi no la puedo pasar a pagar",
        inv="205239",
        owed="322.70",
        cur="EUR",
        facts=Facts(
            note="asks for the delivery note to match the invoice, without contesting it; no accents"
        ),
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        name="Ingrid Postma",
        addr="administratie@biobank-twente.example",
        when="2027-02-04 09:41 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        body=(
            "Goedemorgen,\n\n"
            "Wij hebben alleen deze herinnering ontvangen; de factuur zelf is bij ons nooit binnengekomen. Kunt u ons een kopie sturen?\n\n"
            "Met vriendelijke groet,\n\n"
            "Ingrid Postma\nFinanciële administratie\nBiobank Twente"
        ),
        inv="204970",
        owed="1198.00",
        cur="EUR",
        facts=Facts(note="copy of an invoice never received"),
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        name="Bas Kuipers",
        addr="crediteuren@szmaasvallei.example",
        when="2027-02-16 14:26 +0100",
        client="outlook_html_only",
        body=(
            "Geachte heer/mevrouw,\n\n"
            "Wij willen deze factuur graag betalen, maar zonder ons inkoopordernummer wordt hij door ons systeem automatisch afgekeurd. Kunt u de factuur opnieuw uitreiken met PO-nummer 4700018823 erop?\n\n"
            "Met vriendelijke groet,\n\n"
            "Bas Kuipers\nCrediteurenadministratie\nStreekziekenhuis Maasvallei"
        ),
        inv="205221",
        owed="2476.50",
        cur="EUR",
        facts=Facts(
            note="'wij willen graag betalen' is no promise; reissue with a PO number; HTML-only message"
        ),
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        name="Sara Colombo",
        addr="s.colombo@centroanalisivet-nord.example",
        when="2027-02-09 11:18 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        body=(
            "Buongiorno,\n\n"
            "potreste inviarci un estratto conto aggiornato della nostra posizione? A noi risultano saldate tutte le fatture di dicembre e vorremmo capire a quale documento si riferisce il vostro sollecito.\n\n"
            "Grazie, cordiali saluti\n\n"
            "Sara Colombo\nUfficio Amministrativo\nCentro Analisi Veterinarie del Nord"
        ),
        inv="205064",
        owed="689.40",
        cur="EUR",
        facts=Facts(
            note="statement request; the December payments are of other invoices, not a claim about this one"
        ),
    ),
    Reply(
        key="ir-it-2",
        intent="invoice_request",
        lang="it",
        name="Laura Gentile",
        addr="fatture@agrolab-puglia.example",
        when="2027-02-23 09:05 +0100",
        client="outlook_html",
        body=(
            "Buongiorno,\n\n"
            "la fattura in oggetto ci è arrivata solo in PDF via e-mail. Per poterla registrare e pagare ci serve la fattura elettronica tramite SDI, con codice destinatario M5UXCR1. Potete trasmetterla?\n\n"
            "Cordiali saluti,\n"
            "Laura Gentile\nAmministrazione – AgroLab Puglia S.r.l."
        ),
        inv="205311",
        owed="954.00",
        cur="EUR",
        facts=Facts(note="needs the electronic invoice through SDI before paying"),
    ),
]

WRONG_CONTACT: Final[list[Reply]] = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        name="Kestrel Biosciences Lab Orders",
        addr="lab.orders@kestrelbio.example",
        when="2027-02-08 08:47 +0000",
        client="notice",
        instant=True,
        subject="Automatic reply: {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "This mailbox is no longer monitored.\n\n"
            "Kestrel Biosciences has moved its purchasing and supplier invoicing to a central team. Please send invoices, statements and payment queries to procurement@kestrelbio.example and update your records.\n\n"
            "Messages sent to this address are not forwarded."
        ),
        inv="205013",
        owed="744.00",
        facts=Facts(
            contact="procurement@kestrelbio.example",
            note="automatic 'no longer monitored' notice naming the new address: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        name="Sam Okonkwo",
        addr="sam.okonkwo.research@gmail.com",
        when="2027-02-10 20:15 +0000",
        client="gmail_plain",
        body=(
            "Hi,\n\n"
            "I think this has reached me by mistake – my old university address forwards here. I left the Whitfield lab at Tamesbury in December. The lab manager there now is Priya Raman (p.raman@tamesbury-university.example); she'll be the one to sort out any invoices.\n\n"
            "Best,\nSam"
        ),
        inv="205092",
        owed="267.00",
        facts=Facts(
            contact="p.raman@tamesbury-university.example",
            note="former lab member on a free-mail address names the new contact",
        ),
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        name="Accounts Payable",
        addr="accounts.payable@harrowgate-labs.example",
        when="2027-02-17 03:12 +0000",
        client="outlook_html",
        headers=(("Reply-To", "Accounts Payable <harrowgate.ap.dept@mailbox-secure.example>"),),
        body=(
            "Dear Valued Supplier,\n\n"
            "Please be advised that our Accounts Payable department has changed email address with immediate effect. Kindly direct all invoices, statements and remittance correspondence to harrowgate.ap.dept@mailbox-secure.example and update your records accordingly. The old address will be deactivated shortly.\n\n"
            "We will also shortly send you our updated banking information for future transactions.\n\n"
            "Kind Regards,\n"
            "Accounts Payable Department\nHarrowgate Laboratories"
        ),
        inv="205206",
        owed="1589.00",
        facts=Facts(
            contact="harrowgate.ap.dept@mailbox-secure.example",
            note="phishing-like request to redirect mail to an outside domain (Reply-To points there too); labelled for what it asks, but a person should verify it before any record changes",
        ),
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        name="Weber, Matthias",
        addr="m.weber@klinikum-oberlausitz.example",
        when="2027-02-05 10:12 +0100",
        client="outlook_html",
        body=(
            "Guten Tag,\n\n"
            "ich bin für die Bearbeitung von Rechnungen nicht zuständig – ich habe lediglich die Bestellung für unser Labor ausgelöst. Bitte wenden Sie sich mit Rechnungen und Mahnungen an unsere Kreditorenbuchhaltung: kreditoren@klinikum-oberlausitz.example\n\n"
            "Mit freundlichen Grüßen\nMatthias Weber\nInstitut für Laboratoriumsmedizin\nKlinikum Oberlausitz gGmbH"
        ),
        inv="205028",
        owed="1362.00",
        cur="EUR",
        facts=Facts(contact="kreditoren@klinikum-oberlausitz.example"),
    ),
    Reply(
        key="wc-de-2",
        intent="wrong_contact",
        lang="de",
        name="Lena Vogt",
        addr="info@cellaro-bio.example",
        when="2027-02-12 13:33 +0100",
        client="gmail",
        body=(
            "Hallo,\n\n"
            "Frau Albers ist seit Januar nicht mehr bei uns. Rechnungen und Zahlungserinnerungen bitte künftig an buchhaltung@cellaro-bio.example schicken – ich habe Ihre Mail schon dorthin weitergeleitet.\n\n"
            "Viele Grüße\nLena Vogt\nCellaro Bio GmbH"
        ),
        inv="205153",
        owed="438.00",
        cur="EUR",
        facts=Facts(
            contact="buchhaltung@cellaro-bio.example",
            note="already forwarded, but still a new address for future mail",
        ),
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        name="Julien Masson",
        addr="julien.masson@labo-neurogenetique.example",
        when="2027-02-16 09:05 +0100",
        client="thunderbird",
        body=(
            "Bonjour,\n\n"
            "Je ne m'occupe plus des commandes ni de la comptabilité du laboratoire depuis le 1er janvier. Merci d'écrire désormais à notre gestionnaire, Mme Caroline Delmas : caroline.delmas@labo-neurogenetique.example.\n\n"
            "Bonne journée,\nJulien Masson"
        ),
        inv="205197",
        owed="1025.00",
        cur="EUR",
        facts=Facts(contact="caroline.delmas@labo-neurogenetique.example"),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        name="Monique Arnaud",
        addr="monique.arnaud@messagerie-perso.example",
        when="2027-02-20 11:26 +0100",
        client="iphone",
        body=(
            "Bonjour,\n\n"
            "Vous devez faire erreur : je suis professeure de SVT à la retraite depuis trois ans et je n'ai jamais rien commandé chez vous. Mon adresse a dû être saisie à la place d'une autre.\n\n"
            "Cordialement,\nMonique Arnaud"
        ),
        inv="205259",
        owed="176.40",
        cur="EUR",
        facts=Facts(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        name="Álvaro Gil",
        addr="alvaro.gil@ib-duero.example",
        when="2027-02-08 16:18 +0100",
        client="gmail",
        cte="b64",
        body=(
            "Hola,\n\n"
            "Yo ya no llevo las compras del laboratorio. Escribid a Marta Sáez (marta.saez@ib-duero.example), que es la nueva gestora del grupo y la que se encarga de las facturas.\n\n"
            "Gracias,\nÁlvaro"
        ),
        inv="205051",
        owed="629.00",
        cur="EUR",
        facts=Facts(contact="marta.saez@ib-duero.example"),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        name="Compras – Laboratorio Clínico Arganzuela",
        addr="compras@labclinico-arganzuela.example",
        when="2027-02-22 09:02 +0100",
        client="notice",
        instant=True,
        subject="Respuesta automática: {orig}",
        headers=(("Precedence", "bulk"),),
        body=(
            "Esta dirección de correo ya no está en uso y los mensajes que recibe no se leen.\n\n"
            "Para pedidos, facturas y cualquier asunto económico, escriba a administracion@labclinico-arganzuela.example.\n\n"
            "Gracias."
        ),
        inv="205285",
        owed="1310.00",
        cur="EUR",
        facts=Facts(
            contact="administracion@labclinico-arganzuela.example",
            note="automatic 'address no longer in use' notice without Auto-Submitted: wrong_contact",
        ),
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        name="Femke de Boer",
        addr="inkoop@rijnmond-diagnostiek.example",
        when="2027-02-09 14:03 +0100",
        client="outlook_plain",
        body=(
            "Goedemiddag,\n\n"
            "Dit adres is van de afdeling inkoop; wij doen niets met facturen of herinneringen. Graag voortaan sturen naar crediteuren@rijnmond-diagnostiek.example.\n\n"
            "Met vriendelijke groet,\nFemke de Boer\nInkoop | Rijnmond Diagnostiek"
        ),
        inv="205119",
        owed="2245.00",
        cur="EUR",
        facts=Facts(contact="crediteuren@rijnmond-diagnostiek.example"),
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        name="Joost Verbeek",
        addr="joost@organoidworks.example",
        when="2027-02-18 21:14 +0100",
        client="gmail",
        headers=(("Cc", "Bakker Fiscaal <administratie@bakker-fiscaal.example>"),),
        body=(
            "Hoi,\n\n"
            "Ik zet onze boekhouder even in de cc (administratie@bakker-fiscaal.example) – zij doen al onze betalingen en hebben ook de inloggegevens van de bank. Willen jullie herinneringen voortaan rechtstreeks naar hen sturen?\n\n"
            "Groet,\nJoost\nOrganoidWorks"
        ),
        inv="205236",
        owed="713.25",
        cur="EUR",
        facts=Facts(
            contact="administratie@bakker-fiscaal.example",
            note="the bookkeeper is also copied in Cc",
        ),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        name="Davide Russo",
        addr="d.russo@biosensing-torino.example",
        when="2027-02-25 12:00 +0100",
        client="outlook_html",
        body=(
            "Buongiorno,\n\n"
            "non sono la persona giusta: mi occupo solo degli ordini di laboratorio, non dei pagamenti. Per solleciti e fatture scrivete all'ufficio amministrazione, amministrazione@biosensing-torino.example, che vi risponderà.\n\n"
            "Cordiali saluti\nDavide Russo\nBioSensing Torino S.r.l."
        ),
        inv="205331",
        owed="496.00",
        cur="EUR",
        facts=Facts(contact="amministrazione@biosensing-torino.example"),
    ),
]

UNSUBSCRIBE: Final[list[Reply]] = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        name="Ellie Marsh",
        addr="e.marsh@tamesbury-university.example",
        when="2027-02-09 23:51 +0000",
        client="gmail",
        body="Please stop emailing me about this. I'm a PhD student, I don't handle invoices and I can't pay anything. Take me off your list.",
        inv="205081",
        owed="94.50",
        facts=Facts(
            note="stop request plus 'not the right person' without a new address: unsubscribe wins"
        ),
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        name="Carol Dunne",
        addr="finance@ridgeway-academy.example",
        when="2027-02-12 12:40 +0000",
        client="outlook_plain",
        body=(
            "Dear Sir/Madam,\n\n"
            "Please note that the Trust no longer accepts statements or payment reminders by email. All correspondence about our account must be sent by post to:\n\n"
            "Finance Office\nRidgeway Academy Trust\nChurch Lane\nTodmore TD4 7QS\n\n"
            "Emails to this address about overdue accounts will not be actioned.\n\n"
            "Carol Dunne\nFinance Officer"
        ),
        inv="205147",
        owed="233.10",
        facts=Facts(note="post only → unsubscribe"),
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        name="Richard Cole",
        addr="richard.cole@cole-diagnostics.example",
        when="2027-02-26 10:25 +0000",
        client="outlook_html",
        body=(
            "We dispute this invoice in its entirety and have passed the matter to our solicitors, Marsh Calloway LLP, who will be in touch with you directly.\n\n"
            "Do not contact me or my staff about this account again. All further correspondence must go through our solicitors.\n\n"
            "Richard Cole\nManaging Director\nCole Diagnostics Ltd"
        ),
        inv="205355",
        owed="6480.00",
        facts=Facts(
            note="dispute plus 'only through our solicitors': unsubscribe beats dispute; the solicitors are named without an address"
        ),
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        name="Dr. Ulrich Hammes",
        addr="u.hammes@institut-aquakultur-nord.example",
        when="2027-02-04 15:15 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "bitte nehmen Sie diese Adresse aus Ihrem Mahnverteiler. Zahlungserinnerungen per E-Mail wünschen wir nicht; Schriftverkehr zu offenen Posten bitte ausschließlich auf dem Postweg.\n\n"
            "Mit freundlichen Grüßen\nUlrich Hammes"
        ),
        inv="204965",
        owed="1018.00",
        cur="EUR",
        facts=Facts(note="remove me plus post only"),
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        name="Nina Kessler",
        addr="nina.kessler@viromed-labs.example",
        when="2027-02-22 17:08 +0100",
        client="gmail_plain",
        body="Wir haben am 29.01. bezahlt. Und jetzt hören Sie bitte endlich auf, uns jede Woche diese automatischen Mails zu schicken!!!\n\nN. Kessler",
        inv="205267",
        owed="357.00",
        cur="EUR",
        facts=Facts(
            note="payment claim plus an angry stop request: unsubscribe beats everything but bounce, so no payment fields"
        ),
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        name="Aurélie Fabre",
        addr="aurelie.fabre@institut-vegetal-sud.example",
        when="2027-02-10 10:02 +0100",
        client="thunderbird",
        body="Bonjour,\n\nMerci de retirer mon adresse de vos envois de relances. Je suis technicienne, je ne gère aucune facture.\n\nCordialement,\nAurélie Fabre",
        inv="205113",
        owed="287.60",
        cur="EUR",
        facts=Facts(note="remove me; not the right person but no new address"),
    ),
    Reply(
        key="un-fr-2",
        intent="unsubscribe",
        lang="fr",
        name="Nicolas Perrot",
        addr="n.perrot@cryolab-bretagne.example",
        when="2027-02-13 08:40 +0100",
        client="samsung",
        body="STOP",
        inv="205182",
        owed="149.00",
        cur="EUR",
        facts=Facts(note="one-word STOP"),
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        name="Ignacio Luengo",
        addr="iluengo@genomia-iberica.example",
        when="2027-02-11 18:30 +0100",
        client="outlook_plain",
        body=(
            "Le ruego que deje de enviarme estos correos. Cualquier comunicación relativa a esta factura deberá dirigirse a nuestro abogado, que ya tiene el expediente.\n\n"
            "Ignacio Luengo\nDirector General – Genomia Ibérica, S.L."
        ),
        inv="205157",
        owed="5320.00",
        cur="EUR",
        facts=Facts(note="stop plus 'talk to our lawyer' without an address"),
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        name="Rosa Medina",
        addr="rosa.medina@laboratoriomedina.example",
        when="2027-02-25 20:44 +0100",
        client="iphone",
        body="dejen de mandar correos por favor ya esta todo pagado desde hace un mes",
        inv="205343",
        owed="410.00",
        cur="EUR",
        facts=Facts(
            note="stop plus a payment claim, no accents: unsubscribe wins; no payment fields"
        ),
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        name="Jolanda Mulder",
        addr="administratie@hetrietland.example",
        when="2027-02-17 11:50 +0100",
        client="outlook_html",
        body=(
            "Geachte heer, mevrouw,\n\n"
            "Wilt u ons uitschrijven voor deze e-mails? Wij ontvangen facturen, herinneringen en aanmaningen uitsluitend per post, op het adres dat bij u bekend is.\n\n"
            "Met vriendelijke groet,\n"
            "Jolanda Mulder\nFinanciële administratie\nLyceum Het Rietland"
        ),
        inv="205212",
        owed="318.00",
        cur="EUR",
        facts=Facts(note="unsubscribe, post only"),
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        name="Stefano Greco",
        addr="s.greco@greco-diagnostica.example",
        when="2027-02-03 17:45 +0100",
        client="outlook_plain",
        body=(
            "Vi prego di non inviare più solleciti a questo indirizzo. Per qualsiasi comunicazione relativa al nostro rapporto rivolgetevi al nostro legale, avv. Giorgio Fanti, che ha ricevuto mandato in merito.\n\n"
            "Stefano Greco\nGreco Diagnostica S.r.l."
        ),
        inv="204951",
        owed="2875.00",
        cur="EUR",
        facts=Facts(note="stop plus 'talk to our lawyer' without an address"),
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        name="Valentina Conti",
        addr="v.conti@neurolab-milano.example",
        when="2027-02-19 08:05 +0100",
        client="iphone",
        body="Cancellatemi da questa lista per favore, non lavoro più in laboratorio da settembre.",
        inv="205249",
        owed="205.00",
        cur="EUR",
        facts=Facts(
            note="remove me plus 'I left', no new address: unsubscribe beats wrong_contact"
        ),
    ),
]

AUTO_REPLY: Final[list[Reply]] = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        name="Laura Pennington",
        addr="l.pennington@kingsbridge-university.example",
        when="2027-02-08 08:52 +0000",
        client="notice_html",
        instant=True,
        subject="Automatic reply: {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Thank you for your email. I am away at a conference until Monday 15 February and will have only occasional access to email.\n\n"
            "For anything urgent about lab orders, please contact our lab technician, Ben Harding, at b.harding@kingsbridge-university.example."
        ),
        inv="205006",
        owed="612.00",
        facts=Facts(
            back="2027-02-15",
            note="'until Monday 15 February' → that date; a colleague's address in an auto-reply is not a new contact; HTML-only",
        ),
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        name="Fenwick Group Finance Shared Services",
        addr="ap-helpdesk@fenwickgroup.example",
        when="2027-02-15 09:33 +0000",
        client="notice",
        instant=True,
        subject="[Request #CS-48213] {orig}",
        headers=(AUTO_REPLIED,),
        body=(
            "Your request (#CS-48213) has been received.\n\n"
            "Thank you for contacting Fenwick Group Finance Shared Services. A member of the Accounts Payable team will respond within three business days. To add information to this request, reply to this email and keep the reference in the subject line.\n\n"
            "This is an automated message."
        ),
        html_body=(
            '<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">\n'
            '<div style="border-bottom:2px solid #0b5394;padding-bottom:8px"><b>Fenwick Group Finance Shared Services</b></div>\n'
            "<p>Your request (#CS-48213) has been received.</p>\n"
            "<p>Thank you for contacting Fenwick Group Finance Shared Services. A member of the Accounts Payable team will respond within three business days. To add information to this request, reply to this email and keep the reference in the subject line.</p>\n"
            '<p style="color:#888;font-size:12px">This is an automated message.</p>\n</body></html>\n'
        ),
        inv="205177",
        owed="1543.20",
        facts=Facts(note="ticket acknowledgement; 'within three business days' is no return date"),
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        name="Chris Haworth",
        addr="chris.haworth@loomis-genomics.example",
        when="2027-02-23 10:05 +0000",
        client="notice",
        instant=True,
        subject="Re: {orig}",
        headers=(AUTO_REPLIED,),
        body=(
            "Hi,\n\n"
            "I'm on parental leave until the end of May and not checking email. For orders and supplier questions please contact lab.manager@loomis-genomics.example; for anything about invoices, accounts@loomis-genomics.example.\n\n"
            "Thanks,\nChris"
        ),
        inv="205305",
        owed="827.50",
        facts=Facts(
            back="2027-05-31",
            note="'until the end of May' → 31 May 2027; addresses given in an auto-reply are not new contacts; vacation responder with the plain 'Re:' subject",
        ),
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        name="Kathrin Seidel",
        addr="k.seidel@institut-analytik-dresden.example",
        when="2027-02-09 08:47 +0100",
        client="notice",
        instant=True,
        subject="Automatische Antwort: {orig}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "vielen Dank für Ihre Nachricht. Ich bin vom 08.02. bis einschließlich 19.02.2027 im Urlaub. Ab Montag, dem 22.02.2027, bin ich wieder für Sie da.\n\n"
            "Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat: sekretariat@institut-analytik-dresden.example.\n\n"
            "Mit freundlichen Grüßen\nKathrin Seidel"
        ),
        inv="205075",
        owed="391.00",
        cur="EUR",
        facts=Facts(
            back="2027-02-22", note="the stated day back wins over 'bis einschließlich 19.02.'"
        ),
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        name="Labor Dr. Brückner",
        addr="info@labor-brueckner-koeln.example",
        when="2027-02-08 08:40 +0100",
        client="notice",
        instant=True,
        subject="Wir sind an Karneval nicht im Labor – {orig}",
        headers=(("X-Autoreply", "yes"),),
        body=(
            "Liebe Kundinnen und Kunden,\n\n"
            "unser Labor bleibt über Karneval, von Rosenmontag bis Veilchendienstag (08.–09.02.2027), geschlossen. Ab Mittwoch, 10.02.2027, sind wir wieder wie gewohnt für Sie da und bearbeiten Ihre Nachricht.\n\n"
            "Alaaf und bis bald!\nIhr Team vom Labor Dr. Brückner"
        ),
        inv="205033",
        owed="268.40",
        cur="EUR",
        facts=Facts(
            back="2027-02-10",
            note="closure notice without Auto-Submitted (only X-Autoreply); the stated day back wins",
        ),
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        name="Isabelle Morel",
        addr="isabelle.morel@biopole-normandie.example",
        when="2027-02-15 09:10 +0100",
        client="notice",
        instant=True,
        subject="Réponse automatique : {orig}",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
        body=(
            "Bonjour,\n\n"
            "Je suis absente du bureau jusqu'au vendredi 19 février inclus et je prendrai connaissance de votre message à mon retour, le lundi 22 février.\n\n"
            "En cas d'urgence, vous pouvez joindre le secrétariat du laboratoire au 02 31 00 00 00."
        ),
        inv="205170",
        owed="1280.00",
        cur="EUR",
        facts=Facts(
            back="2027-02-22",
            note="'à mon retour, le lundi 22 février' wins over 'jusqu'au 19 inclus'",
        ),
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        name="Service Fournisseurs – GH Val de Seine",
        addr="fournisseurs@ghvaldeseine.example",
        when="2027-02-24 10:02 +0100",
        client="notice",
        instant=True,
        subject="Accusé de réception – demande n° 2027-004812",
        headers=(("Precedence", "auto_reply"), ("X-Autoreply", "yes")),
        body=(
            "Madame, Monsieur,\n\n"
            "Nous accusons réception de votre message, enregistré sous le numéro 2027-004812. Le service Fournisseurs le traitera dans un délai de cinq jours ouvrés.\n\n"
            "Merci de rappeler ce numéro dans toute correspondance.\n\n"
            "Ce message est généré automatiquement, merci de ne pas y répondre."
        ),
        inv="205312",
        owed="2634.00",
        cur="EUR",
        facts=Facts(note="ticket acknowledgement without Auto-Submitted; no return date"),
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        name="Nuria Castells",
        addr="ncastells@biolab-tarragona.example",
        when="2027-02-04 08:50 +0100",
        client="notice",
        instant=True,
        subject="Respuesta automática: {orig}",
        headers=(AUTO_REPLIED,),
        cte="8bit",
        body=(
            "Gracias por su mensaje. Estaré fuera de la oficina hasta el 12 de febrero, sin acceso al correo electrónico. Para cualquier asunto urgente puede escribir a laboratorio@biolab-tarragona.example.\n\n"
            "Un saludo,\nNuria Castells"
        ),
        inv="204995",
        owed="577.00",
        cur="EUR",
        facts=Facts(back="2027-02-12", note="'hasta el 12 de febrero' → that date itself"),
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        name="Hanneke Vos",
        addr="h.vos@vecht-college.example",
        when="2027-02-22 08:35 +0100",
        client="notice",
        instant=True,
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_REPLIED,),
        body=(
            "Beste afzender,\n\n"
            "In verband met de voorjaarsvakantie ben ik afwezig tot en met vrijdag 26 februari. Vanaf maandag 1 maart ben ik weer bereikbaar en beantwoord ik uw bericht.\n\n"
            "Met vriendelijke groet,\nHanneke Vos\nTOA biologie – Vecht College"
        ),
        inv="205277",
        owed="145.80",
        cur="EUR",
        facts=Facts(back="2027-03-01", note="the stated day back (Monday 1 March) wins"),
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        name="Secretariaat Sint-Gerlachinstituut",
        addr="secretariaat@sintgerlach-instituut.example",
        when="2027-02-15 08:00 +0100",
        client="notice_html",
        instant=True,
        subject="Afwezigheidsbericht: {orig}",
        headers=(AUTO_REPLIED,),
        body=(
            "Beste,\n\n"
            "Onze school is gesloten tijdens de krokusvakantie. Uw bericht wordt na de vakantie zo snel mogelijk behandeld.\n\n"
            "Met vriendelijke groeten,\nHet secretariaat – Sint-Gerlachinstituut"
        ),
        inv="205164",
        owed="392.00",
        cur="EUR",
        facts=Facts(
            note="Belgian school closed for 'krokusvakantie': no day given, so no return date; HTML-only"
        ),
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        name="Federica Marino",
        addr="f.marino@istituto-biochimica-bari.example",
        when="2027-02-12 09:15 +0100",
        client="notice",
        instant=True,
        subject="Risposta automatica: {orig}",
        headers=(AUTO_REPLIED,),
        body=(
            "Gentile mittente,\n\n"
            "sarò assente dall'ufficio fino a venerdì 19 febbraio compreso, con accesso limitato alla posta elettronica. Risponderò al suo messaggio al mio rientro, lunedì 22.\n\n"
            "Cordiali saluti,\nFederica Marino"
        ),
        inv="205145",
        owed="688.00",
        cur="EUR",
        facts=Facts(
            back="2027-02-22",
            note="'al mio rientro, lunedì 22' wins over 'fino a venerdì 19 compreso'",
        ),
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        name="Alessia Ferri",
        addr="a.ferri@genetica-veneta.example",
        when="2027-02-18 10:20 +0100",
        client="notice",
        instant=True,
        subject="Fuori sede: {orig}",
        headers=(SUPPRESS,),
        body=(
            "Buongiorno,\n\n"
            "sono in congedo di maternità fino al 30 giugno 2027. Per ordini e questioni amministrative potete rivolgervi alla collega Silvia Rinaldi (s.rinaldi@genetica-veneta.example).\n\n"
            "Grazie,\nAlessia Ferri"
        ),
        inv="205230",
        owed="1104.00",
        cur="EUR",
        facts=Facts(
            back="2027-06-30",
            note="no Auto-Submitted header; 'fino al 30 giugno' → that date; the colleague's address is not a new contact",
        ),
    ),
]

OTHER: Final[list[Reply]] = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        name="Mark Bellamy",
        addr="mark.bellamy@bellamy-foodtesting.example",
        when="2027-02-01 18:05 +0000",
        client="outlook_mobile",
        body="Didn't we pay this already? I'm fairly sure Gemma cleared all the Calder invoices before Christmas.",
        inv="204940",
        owed="455.00",
        facts=Facts(note="a question, not a payment claim; a person should check and answer"),
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        name="Dr Nisha Kapoor",
        addr="n.kapoor@aldgate-institute.example",
        when="2027-02-17 12:12 +0000",
        client="apple",
        body=(
            "Hello,\n\n"
            "Thanks for this – I've passed it to our finance office, who I think are already on it.\n\n"
            "While I have you: could you pause our standing order for absolute ethanol and the 50 ml tubes for March? The lab is closing for refurbishment from 1 March to mid-April and there will be nobody here to take deliveries.\n\n"
            "Many thanks,\nNisha\n\n"
            "Dr Nisha Kapoor\nGroup Leader, Aldgate Institute"
        ),
        inv="205225",
        owed="702.00",
        facts=Facts(
            note="standing-order question; passing the reminder on is no commitment and no new contact"
        ),
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        name="Femi Adebayo",
        addr="f.adebayo@hollowaybiotech.example",
        when="2027-02-24 11:08 +0000",
        client="outlook_html",
        body=(
            "Hi,\n\n"
            "Quick sanity check before we do anything: today we've had two reminders about this invoice. One is this email. The other came from accounts@calder-labsupplies-billing.example, quoted the same invoice number, and asked us to pay into a 'new' account with a different bank.\n\n"
            "Which of these is genuine? We won't pay anything until someone from Calder confirms by phone.\n\n"
            "Femi Adebayo\nFinance Manager, Holloway Biotech"
        ),
        inv="205316",
        owed="3875.00",
        facts=Facts(
            note="reports a probable fraud in Calder's name and holds payment until verified: not a dispute of the invoice; the other address is the suspected fraudster, not a contact"
        ),
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        name="Sebastian Krüger",
        addr="s.krueger@molekularlabor-kiel.example",
        when="2027-02-16 14:55 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        body="Guten Tag,\n\ndanke für den Hinweis. Ich kläre das intern mit unserer Buchhaltung und melde mich dann wieder bei Ihnen.\n\nFreundliche Grüße\nSebastian Krüger",
        inv="205185",
        owed="871.60",
        cur="EUR",
        facts=Facts(note="acknowledgement without any commitment"),
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        name="Émilie Rousseau",
        addr="emilie.rousseau@analyses-loire.example",
        when="2027-02-10 16:20 +0100",
        client="outlook_html",
        body=(
            "Bonjour,\n\n"
            "Pour votre information, notre messagerie a été piratée la semaine dernière. Si vous avez reçu de notre part un courriel vous demandant de modifier nos coordonnées bancaires ou de nous écrire à une autre adresse, merci de ne pas en tenir compte.\n\n"
            "Concernant votre relance, je regarde avec notre comptable et je reviens vers vous.\n\n"
            "Bien cordialement,\n"
            "Émilie Rousseau\nLaboratoire Analyses Loire"
        ),
        inv="205101",
        owed="1336.00",
        cur="EUR",
        facts=Facts(note="security warning; 'je reviens vers vous' is no commitment"),
    ),
    Reply(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        name="Yann Le Goff",
        addr="yann.legoff@biomer-brest.example",
        when="2027-02-25 17:30 +0100",
        client="gmail_plain",
        body="bonjour, pendant qu'on y est : est ce que votre technicien pourrait passer pour l'etalonnage des pipettes la semaine du 8 mars ? on a un audit cofrac fin mars. merci",
        inv="205329",
        owed="540.00",
        cur="EUR",
        facts=Facts(note="service-visit question; the dates are not payment dates; no accents"),
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        name="Carmen Vidal",
        addr="cvidal@hospital-costablanca.example",
        when="2027-02-12 12:30 +0100",
        client="owa",
        body=(
            "Buenos días:\n\n"
            "Recibido, lo reviso con administración.\n\n"
            "Aprovecho para preguntarles: ¿el contrato de mantenimiento de la centrífuga se renueva automáticamente en marzo o tenemos que pedir un presupuesto nuevo?\n\n"
            "Un saludo,\n"
            "Carmen Vidal\nLaboratorio de Análisis Clínicos – Hospital Costa Blanca"
        ),
        inv="205138",
        owed="1980.00",
        cur="EUR",
        facts=Facts(note="acknowledgement plus a service-contract question"),
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        name="Andrés Fuentes",
        addr="andres.fuentes@nanobiotec-malaga.example",
        when="2027-02-04 10:44 +0100",
        client="gmail",
        body=(
            "Hola,\n\n"
            "¿Esto es real? Nunca habíamos recibido un recordatorio vuestro por correo y últimamente nos llegan muchos intentos de estafa con facturas. ¿Me podéis llamar al fijo de la oficina para confirmarlo antes de que hagamos nada?\n\n"
            "Andrés Fuentes\nNanoBiotec Málaga"
        ),
        inv="204983",
        owed="1219.00",
        cur="EUR",
        facts=Facts(note="suspicion; asks for a call, not for documents"),
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        name="Gerrit Hofman",
        addr="g.hofman@zuivellab-friesland.example",
        when="2027-02-05 11:11 +0100",
        client="iphone",
        body="Ontvangen, dank je. Ik leg hem morgen bij Karin neer, zij doet bij ons de betalingen.",
        inv="205015",
        owed="460.00",
        cur="EUR",
        facts=Facts(
            note="acknowledgement; passing it on internally is neither a promise nor a new contact (no address)"
        ),
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        name="Thijs van Leeuwen",
        addr="thijs@aquasense-lab.example",
        when="2027-02-19 15:15 +0100",
        client="gmail",
        body=(
            "Hoi,\n\n"
            "Dank voor de herinnering, ik kijk er maandag naar.\n\n"
            "Iets anders: we verhuizen per 1 maart naar de Kanaalweg 14 in Delft. Kunnen jullie de volgende levering van de vaste bestelling daarheen sturen? Het factuuradres blijft hetzelfde.\n\n"
            "Groet,\nThijs"
        ),
        inv="205241",
        owed="1065.00",
        cur="EUR",
        facts=Facts(note="delivery-address change; 'ik kijk er maandag naar' is no promise to pay"),
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        name="Martina Galli",
        addr="martina.galli@ateneo-ligure.example",
        when="2027-02-08 13:02 +0100",
        client="iphone",
        body="Grazie, ho girato la mail al professore.",
        inv="205047",
        owed="326.00",
        cur="EUR",
        facts=Facts(note="acknowledgement only"),
    ),
    Reply(
        key="ot-it-2",
        intent="other",
        lang="it",
        name="Luca Ferraro",
        addr="luca.ferraro@bioinnova-pavia.example",
        when="2027-02-22 18:40 +0100",
        client="gmail",
        body=(
            "Ciao Marco,\n\n"
            "ti giro il protocollo aggiornato per la qPCR di domani: ho portato la temperatura di annealing a 58 °C e aggiunto un controllo negativo in più. I primer nuovi sono nel freezer a -20, ripiano in alto a sinistra.\n\n"
            "Ci vediamo alle 9.\n\n"
            "Luca"
        ),
        inv="205270",
        owed="918.00",
        cur="EUR",
        facts=Facts(note="an internal lab message sent in the reminder's thread by mistake"),
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

BOUNCES: Final[list[Bounce]] = [
    Bounce(
        key="bo-en-1",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="lab.orders@pemberton-biotech.example",
        when="2027-02-03 08:52 +0000",
        rlang="en",
        inv="204913",
        owed="642.00",
        cur="GBP",
        layout="postfix",
    ),
    Bounce(
        key="bo-en-2",
        lang="en",
        kind="hard",
        status="5.1.2",
        rcpt="accounts@hartleyvetlabs.example",
        when="2027-02-17 08:41 +0000",
        rlang="en",
        inv="205218",
        owed="188.40",
        cur="GBP",
        layout="gmail_domain",
        note="Gmail report: the recipient's domain does not exist",
    ),
    Bounce(
        key="bo-en-3",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="office@wyvernhighschool.example",
        when="2027-02-10 12:45 +0000",
        rlang="en",
        inv="205125",
        owed="297.00",
        cur="GBP",
        layout="sendmail_delay",
        age_minutes=250,
        note="sendmail warning: still trying after 4 hours",
    ),
    Bounce(
        key="bo-de-1",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="einkauf@biolabor-rheinfeld.example",
        when="2027-02-04 09:03 +0100",
        rlang="de",
        inv="204999",
        owed="1140.00",
        layout="exchange_de",
    ),
    Bounce(
        key="bo-de-2",
        lang="de",
        kind="soft",
        status="4.7.1",
        rcpt="rechnungseingang@lebensmittelpruefung-nord.example",
        when="2027-02-16 10:40 +0100",
        rlang="de",
        inv="205193",
        owed="903.20",
        layout="gateway_de",
        age_minutes=65,
        note="security gateway deferral, plain ISO-8859-1 notice without a DSN part",
    ),
    Bounce(
        key="bo-fr-1",
        lang="fr",
        kind="soft",
        status="5.2.2",
        rcpt="compta@laboratoire-vernier.example",
        when="2027-02-09 09:20 +0100",
        rlang="fr",
        inv="205067",
        owed="715.00",
        layout="isp_fr",
        note="mailbox full reported with a 5.x code: soft (mailbox-full rule), the code is kept",
    ),
    Bounce(
        key="bo-es-1",
        lang="es",
        kind="hard",
        status="5.2.1",
        rcpt="compras@biotecnologiaslaureal.example",
        when="2027-02-05 09:12 +0100",
        rlang="es",
        inv="205020",
        owed="1488.00",
        layout="hosting_es",
        note="single-part notice: account disabled, original headers inline",
    ),
    Bounce(
        key="bo-es-2",
        lang="es",
        kind="soft",
        status="4.4.7",
        rcpt="administracion@clinicalasmarismas.example",
        when="2027-02-18 13:30 +0100",
        rlang="es",
        inv="205246",
        owed="655.60",
        layout="exchange_es_delay",
        age_minutes=240,
        note="Exchange delay notice in Spanish",
    ),
    Bounce(
        key="bo-nl-1",
        lang="nl",
        kind="hard",
        status="5.1.1",
        rcpt="inkoop@proeflabdegeus.example",
        when="2027-02-11 09:05 +0100",
        rlang="nl",
        inv="205131",
        owed="822.00",
        layout="qmail_nl",
        note="localised qmail notice without MIME, the original inline",
    ),
    Bounce(
        key="bo-nl-2",
        lang="nl",
        kind="soft",
        status="4.2.1",
        rcpt="administratie@scholengroep-lindeveld.example",
        when="2027-02-23 09:40 +0100",
        rlang="nl",
        inv="205294",
        owed="243.00",
        layout="exim_nl_delay",
        age_minutes=1450,
        note="Dutch Exim-style delay warning after 24 hours, plain text",
    ),
    Bounce(
        key="bo-it-1",
        lang="it",
        kind="hard",
        status="5.1.6",
        rcpt="acquisti@laboratoriobrenta.example",
        when="2027-02-08 09:10 +0100",
        rlang="it",
        inv="205057",
        owed="1377.00",
        layout="provider_it",
        note="mailbox moved with no forwarding address: permanent",
    ),
    Bounce(
        key="bo-it-2",
        lang="it",
        kind="soft",
        status="4.4.2",
        rcpt="amministrazione@istitutoagrario-valsesia.example",
        when="2027-02-25 14:05 +0100",
        rlang="it",
        inv="205350",
        owed="512.00",
        layout="postfix_it_delay",
        age_minutes=300,
        note="delay notice in Italian",
    ),
]


# ============================================================================================
# Labels, checks and output
# ============================================================================================

ISO_DATE: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT: Final = re.compile(r"^\d+\.\d{2}$")
INVOICE: Final = re.compile(r"^CLS-INV-\d{6}$")
STATUS: Final = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")
CURRENCIES: Final = frozenset({"GBP", "EUR", "USD", "CHF"})
DATE_FIELDS: Final = ("promised_date", "paid_date", "return_date")
OWN_FIELDS: Final[dict[str, frozenset[Intent]]] = {
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


def reply_label(r: Reply) -> Label:
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
        "invoice_refs": [f"CLS-INV-{n}" for n in f.refs],
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


def field_problems(label: Label) -> list[str]:
    """Fields set on an intent they do not belong to, and badly written dates."""
    fields: dict[str, object] = dict(label)
    problems = [
        f"{name} set on {label['intent']}"
        for name, owners in OWN_FIELDS.items()
        if fields[name] is not None and label["intent"] not in owners
    ]
    for name in DATE_FIELDS:
        value = fields[name]
        if value is not None and not (isinstance(value, str) and ISO_DATE.match(value)):
            problems.append(f"bad {name} {value!r}")
    return problems


def value_problems(label: Label) -> list[str]:
    """Amounts, currencies, addresses and invoice numbers in their written form."""
    problems = []
    if label["amount"] is not None and not AMOUNT.match(label["amount"]):
        problems.append("bad amount")
    if (label["amount"] is None) != (label["currency"] is None) or (
        label["currency"] or "GBP"
    ) not in CURRENCIES:
        problems.append("amount and currency must come together")
    contact = label["new_contact"]
    if contact is not None and (contact != contact.lower() or "@" not in contact):
        problems.append("new_contact must be a lower-case address")
    if not all(INVOICE.match(ref) for ref in label["invoice_refs"]):
        problems.append("bad invoice ref")
    return problems


def bounce_problems(label: Label) -> list[str]:
    fields = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    problems = []
    if (label["intent"] == "bounce") != all(x is not None for x in fields):
        problems.append("bounce fields incomplete")
    if label["bounce_status"] is not None and not STATUS.match(label["bounce_status"]):
        problems.append("bad bounce status")
    return problems


def label_problems(label: Label) -> list[str]:
    """What is wrong with one label's shape (an empty list when nothing is)."""
    order = [] if tuple(label) == LABEL_KEYS else ["keys out of order"]
    return order + field_problems(label) + value_problems(label) + bounce_problems(label)


def reply_problems(r: Reply) -> list[str]:
    """Consistency between a reply's text and its labels."""
    problems = [f"invoice {n} not in the new text" for n in r.facts.refs if n not in r.body]
    if not FIRST_DAY <= r.dt.date() <= LAST_DAY:
        problems.append("date outside 1-26 February 2027")
    if r.facts.paid is not None and date.fromisoformat(r.facts.paid) > r.dt.date():
        problems.append("paid after the message")
    if r.facts.promised is not None and date.fromisoformat(r.facts.promised) < r.dt.date():
        problems.append("promised before the message")
    if r.facts.contact is not None and r.facts.contact not in r.body.lower():
        problems.append("new contact not in the text")
    return problems


def message_problems(data: bytes) -> list[str]:
    """Parse a message back as a reader would: headers decoded, text parts decoded, no defects."""
    problems = [
        f"line over 998 octets: {line[:40]!r}" for line in data.split(b"\n") if len(line) > 998
    ]
    msg = message_from_bytes(data, policy=policy.default)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[name] is None:
            problems.append(f"no {name}")
    if "=?" in str(msg["Subject"]):
        problems.append("subject not decoded")
    for part in msg.walk():
        problems += [f"defect {type(d).__name__}" for d in part.defects]
        for name, value in part.items():
            problems += [f"{name}: {type(d).__name__}" for d in getattr(value, "defects", ())]
        if part.get_content_maintype() == "text" and "Content-Type" in part:
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                problems.append(f"{part.get_content_type()} not decoded")
    return problems


def count_table(labels: Sequence[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def spread_problems(labels: Sequence[Label]) -> list[str]:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    problems = [f"{i}/{lang} empty" for i in INTENTS for lang in LANGS if not cells[i, lang]]
    per_intent = Counter(x["intent"] for x in labels)
    problems += [f"{i}: {per_intent[i]} messages" for i in INTENTS if per_intent[i] != 12]
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    if kinds["hard"] != 6 or kinds["soft"] != 6:
        problems.append(f"bounces {dict(kinds)}")
    return problems


def corpus() -> list[tuple[str, Message, Label]]:
    bodies = [r.body for r in REPLIES]
    if len(set(bodies)) != len(bodies):
        raise SystemExit("two replies share their text")
    invoices = [r.inv for r in REPLIES] + [b.inv for b in BOUNCES]
    if len(set(invoices)) != len(invoices):
        raise SystemExit("two reminders share an invoice number")
    if late := [b.key for b in BOUNCES if not FIRST_DAY <= b.dt.date() <= LAST_DAY]:
        raise SystemExit(f"bounces outside 1-26 February 2027: {late}")
    for r in REPLIES:
        if problems := reply_problems(r):
            raise SystemExit(f"{r.key}: {problems}")
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, LAYOUTS[b.layout](b), bounce_label(b)) for b in BOUNCES]
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return items


def shuffled(items: list[tuple[str, Message, Label]]) -> list[tuple[str, Message, Label]]:
    """A fixed pseudo-random order (sorted by a keyed hash), so a file number says nothing."""
    return sorted(items, key=lambda item: digest(item[0], f"order-{SEED}"))


def write_corpus() -> list[Label]:
    items = shuffled(corpus())
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for n, (key, msg, label) in enumerate(items, start=1):
        label["file"] = f"{PREFIX}-{n:03d}.eml"
        data = msg.as_bytes()
        if problems := message_problems(data) + label_problems(label):
            raise SystemExit(f"{key} ({label['file']}): {problems}")
        (HERE / label["file"]).write_bytes(data)
        labels.append(label)
    if problems := spread_problems(labels):
        raise SystemExit(f"spread: {problems}")
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    return labels


def main() -> int:
    labels = write_corpus()
    print(count_table(labels))
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: hard {kinds['hard']}, soft {kinds['soft']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
