# ruff: noqa: E501, RUF001
"""Build held-out reply corpus 57: `h57-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Northwind Forwarding (a freight-forwarding and
customs-brokerage company) after it sent an overdue reminder. The new text of each message is
written by hand in this file; the code only adds what a mail client or a mail server would add:
the quoted reminder in the client's layout and language, headers, MIME structure, charsets and
transfer encodings. Bounce skeletons are generated, their human-readable parts are written out.

Run it with python3 from anywhere: it writes next to itself, deterministically (fixed seed, fixed
boundaries, Message-IDs derived from each message's key, no clock).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import BaseHeader
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Final, Literal, TypedDict, get_args

HERE: Final = Path(__file__).resolve().parent
PREFIX: Final = "h57"
SEED: Final = 20261257
AR_NAME: Final = "Northwind Forwarding Receivables"
AR_ADDR: Final = "receivables@northwind-forwarding.example"
AR_DOMAIN: Final = "northwind-forwarding.example"
CET: Final = timezone(timedelta(hours=1))
FIRST_DAY: Final = date(2026, 12, 1)
LAST_DAY: Final = date(2026, 12, 23)

Lang = Literal["en", "de", "fr", "es", "nl", "it"]
Loc = Literal["en", "us", "de", "fr", "es", "nl", "it"]
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
    "iphone",
    "thunderbird",
    "samsung",
    "notice",
    "notice_html",
    "notice_alt",
]
Cte = Literal["qp", "b64", "8bit"]
Kind = Literal["hard", "soft"]

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


class Facts(TypedDict, total=False):
    """Extracted values a reply carries, beyond intent, language and invoice numbers."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: str
    new_contact: str


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order of the holdout2 format."""

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
# Locale tables: what each client prints around the quoted reminder
# --------------------------------------------------------------------------------------------

WEEKDAYS: Final[dict[Loc, tuple[str, ...]]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "us": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
WEEKDAYS_ABBR: Final[dict[Loc, tuple[str, ...]]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "us": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTHS: Final[dict[Loc, tuple[str, ...]]] = {
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
    "us": (
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
MONTHS_ABBR: Final[dict[Loc, tuple[str, ...]]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "us": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
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

GMAIL_ATTR: Final[dict[Loc, str]] = {
    "en": "On {wda}, {d} {mona} {Y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "us": "On {wda}, {mona} {d}, {Y} at {h}:{MM}\u202f{ampm} {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {Y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {Y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {Y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {Y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {Y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: Final[dict[Loc, str]] = {
    "en": "On {d} {mona} {Y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "us": "On {mona} {d}, {Y}, at {h}:{MM}\u202f{ampm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{Y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {Y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {Y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {Y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {Y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR: Final[dict[Loc, str]] = {
    "en": "On {dd}/{mm}/{Y} {HH}:{MM}, {name} wrote:",
    "us": "On {m}/{d}/{yy} {h}:{MM} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{Y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{Y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{yy} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_SENT: Final[dict[Loc, str]] = {
    "en": "{dd} {mon} {Y} {HH}:{MM}",
    "us": "{wd}, {mon} {d}, {Y} {h}:{MM} {ampm}",
    "de": "{wd}, {d}. {mon} {Y} {HH}:{MM}",
    "fr": "{wd} {d} {mon} {Y} {HH}:{MM}",
    "es": "{wd}, {d} de {mon} de {Y} {H}:{MM}",
    "nl": "{wd} {d} {mon} {Y} {HH}:{MM}",
    "it": "{wd} {d} {mon} {Y} {HH}:{MM}",
}
# Separator of the plain-text desktop client, then the From, Sent, To and Subject labels.
OUTLOOK_LABELS: Final[dict[Loc, tuple[str, str, str, str, str]]] = {
    "en": ("-----Original Message-----", "From:", "Sent:", "To:", "Subject:"),
    "us": ("-----Original Message-----", "From:", "Sent:", "To:", "Subject:"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("-----Message d'origine-----", "De :", "Envoyé :", "À :", "Objet :"),
    "es": ("-----Mensaje original-----", "De:", "Enviado el:", "Para:", "Asunto:"),
    "nl": ("-----Oorspronkelijk bericht-----", "Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "it": ("-----Messaggio originale-----", "Da:", "Inviato:", "A:", "Oggetto:"),
}
OUTLOOK_RE: Final[dict[Loc, str]] = {
    "en": "RE: ",
    "us": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
OUTLOOK_MOBILE_SIG: Final[dict[Loc, str]] = {
    "en": "Get Outlook for {os}",
    "us": "Get Outlook for {os}",
    "de": "Outlook für {os} beziehen",
    "fr": "Télécharger Outlook pour {os}",
    "es": "Obtener Outlook para {os}",
    "nl": "Outlook voor {os} downloaden",
    "it": "Scarica Outlook per {os}",
}
IPHONE_SIG: Final[dict[Loc, str]] = {
    "en": "Sent from my iPhone",
    "us": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
SAMSUNG_SIG: Final[dict[Loc, str]] = {
    "en": "Sent from my Galaxy",
    "us": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
# Separator line, then From, Date, To and Subject labels of Samsung Email.
SAMSUNG_LABELS: Final[dict[Loc, tuple[str, str, str, str, str]]] = {
    "en": ("-------- Original message --------", "From:", "Date:", "To:", "Subject:"),
    "us": ("-------- Original message --------", "From:", "Date:", "To:", "Subject:"),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von:", "Datum:", "An:", "Betreff:"),
    "fr": ("-------- Message d'origine --------", "De :", "Date :", "À :", "Objet :"),
    "es": ("-------- Mensaje original --------", "De:", "Fecha:", "Para:", "Asunto:"),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van:", "Datum:", "Aan:", "Onderwerp:"),
    "it": ("-------- Messaggio originale --------", "Da:", "Data:", "A:", "Oggetto:"),
}
CONTENT_LANGUAGE: Final[dict[Loc, str]] = {
    "en": "en-GB",
    "us": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder Northwind sent, in the customer's language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final[dict[Lang, str]] = {
    "en": "Payment reminder: overdue invoices – job {job}",
    "de": "Zahlungserinnerung: überfällige Rechnungen – Auftrag {job}",
    "fr": "Rappel de paiement : factures échues – dossier {job}",
    "es": "Recordatorio de pago: facturas vencidas – expediente {job}",
    "nl": "Betalingsherinnering: vervallen facturen – dossier {job}",
    "it": "Sollecito di pagamento: fatture scadute – pratica {job}",
}
REMINDER_BODY: Final[dict[Lang, str]] = {
    "en": """Dear Sir or Madam,

According to our records the following invoices for job {job} are past due:

{lines}

Total outstanding: {total}

If you have already paid, please let us know the payment date and your reference so that we can allocate the money. If you have a question about any of these invoices, simply reply to this e-mail.

Kind regards

Accounts Receivable
Northwind Forwarding B.V.
Rotterdam · Hamburg · Antwerp""",
    "de": """Sehr geehrte Damen und Herren,

nach unseren Unterlagen sind die folgenden Rechnungen zum Auftrag {job} noch offen:

{lines}

Offener Gesamtbetrag: {total}

Falls Sie die Zahlung bereits veranlasst haben, teilen Sie uns bitte Zahlungsdatum und Verwendungszweck mit, damit wir den Betrag zuordnen können. Bei Fragen zu den Rechnungen antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

Debitorenbuchhaltung
Northwind Forwarding B.V.
Rotterdam · Hamburg · Antwerpen""",
    "fr": """Madame, Monsieur,

Sauf erreur de notre part, les factures suivantes du dossier {job} restent impayées à ce jour :

{lines}

Total restant dû : {total}

Si le règlement a déjà été effectué, merci de nous indiquer sa date et sa référence afin que nous puissions le rapprocher. Pour toute question sur ces factures, il vous suffit de répondre à ce message.

Cordialement,

Service Recouvrement
Northwind Forwarding B.V.
Rotterdam · Hambourg · Anvers""",
    "es": """Estimado cliente:

Según nuestros registros, las siguientes facturas del expediente {job} se encuentran vencidas:

{lines}

Importe total pendiente: {total}

Si ya ha realizado el pago, le rogamos que nos indique la fecha y la referencia para poder asignarlo. Si tiene alguna duda sobre estas facturas, basta con responder a este correo.

Atentamente,

Departamento de Cobros
Northwind Forwarding B.V.
Róterdam · Hamburgo · Amberes""",
    "nl": """Geachte heer/mevrouw,

Volgens onze administratie staan de volgende facturen voor dossier {job} nog open:

{lines}

Totaal openstaand: {total}

Heeft u al betaald, laat ons dan de betaaldatum en uw betalingskenmerk weten, zodat wij de betaling kunnen verwerken. Heeft u vragen over deze facturen, antwoord dan gewoon op deze e-mail.

Met vriendelijke groet,

Debiteurenadministratie
Northwind Forwarding B.V.
Rotterdam · Hamburg · Antwerpen""",
    "it": """Gentile Cliente,

dai nostri archivi risultano scadute le seguenti fatture relative alla pratica {job}:

{lines}

Totale da saldare: {total}

Se il pagamento è già stato effettuato, vi preghiamo di comunicarci data e riferimento del bonifico, così da poterlo abbinare. Per qualsiasi domanda sulle fatture è sufficiente rispondere a questa e-mail.

Cordiali saluti,

Ufficio Crediti
Northwind Forwarding B.V.
Rotterdam · Amburgo · Anversa""",
}
CHARGE: Final[dict[str, dict[Lang, str]]] = {
    "sea": {
        "en": "Ocean freight",
        "de": "Seefracht",
        "fr": "Fret maritime",
        "es": "Flete marítimo",
        "nl": "Zeevracht",
        "it": "Nolo marittimo",
    },
    "air": {
        "en": "Air freight",
        "de": "Luftfracht",
        "fr": "Fret aérien",
        "es": "Flete aéreo",
        "nl": "Luchtvracht",
        "it": "Nolo aereo",
    },
    "road": {
        "en": "Road haulage",
        "de": "Straßentransport",
        "fr": "Transport routier",
        "es": "Transporte por carretera",
        "nl": "Wegtransport",
        "it": "Trasporto stradale",
    },
    "duties": {
        "en": "Import duties and VAT (advanced)",
        "de": "Zoll und EUSt (verauslagt)",
        "fr": "Droits et TVA import (avancés)",
        "es": "Aranceles e IVA import. (anticipados)",
        "nl": "Invoerrechten en btw (voorgeschoten)",
        "it": "Dazi e IVA import (anticipati)",
    },
    "customs": {
        "en": "Customs clearance",
        "de": "Zollabfertigung",
        "fr": "Dédouanement",
        "es": "Despacho de aduanas",
        "nl": "Douane-inklaring",
        "it": "Sdoganamento",
    },
    "demurrage": {
        "en": "Container demurrage",
        "de": "Container-Demurrage",
        "fr": "Surestaries conteneur",
        "es": "Demora de contenedor",
        "nl": "Demurrage container",
        "it": "Controstallie container",
    },
    "storage": {
        "en": "Warehouse storage",
        "de": "Lagergeld",
        "fr": "Magasinage",
        "es": "Almacenaje",
        "nl": "Opslagkosten",
        "it": "Magazzinaggio",
    },
    "handling": {
        "en": "Terminal handling",
        "de": "Terminal-Handling",
        "fr": "Manutention terminal",
        "es": "Manipulación en terminal",
        "nl": "Terminal handling",
        "it": "Movimentazione terminal",
    },
    "export": {
        "en": "Export documentation",
        "de": "Ausfuhrabfertigung",
        "fr": "Formalités export",
        "es": "Documentación de exportación",
        "nl": "Exportdocumentatie",
        "it": "Pratiche export",
    },
}
DUE_WORD: Final[dict[Lang, str]] = {
    "en": "due",
    "de": "fällig",
    "fr": "échéance",
    "es": "vence",
    "nl": "vervaldatum",
    "it": "scadenza",
}
ASCII_FALLBACK: Final = {
    "€": "EUR",
    "–": "-",
    "—": "-",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "\u202f": " ",
}


@dataclass(frozen=True)
class Line:
    """One invoice in the reminder: number suffix, kind of charge, amount."""

    number: str
    kind: str
    amount: Decimal


@dataclass(frozen=True)
class Bill:
    """The overdue invoices of one shipment (job), as the reminder lists them."""

    job: str
    currency: str
    lines: tuple[Line, ...]

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal(0))


def bill(job: str, currency: str, *lines: str) -> Bill:
    """`bill("SEA-27-4482", "USD", "31922 sea 5210.00")`: one string per invoice."""
    parsed = []
    for spec in lines:
        number, kind, amount = spec.split()
        if kind not in CHARGE:
            raise ValueError(f"unknown charge kind {kind!r}")
        parsed.append(Line(number, kind, Decimal(amount)))
    return Bill(job, currency, tuple(parsed))


def money(amount: Decimal, currency: str, lang: Lang) -> str:
    """An amount as Northwind's billing system prints it in each language."""
    plain = f"{amount:,.2f}"
    if lang == "en":
        return f"{currency} {plain}"
    local = plain.replace(",", " ").replace(".", ",").replace(" ", "." if lang != "fr" else " ")
    if currency != "EUR":
        return f"{local} {currency}"
    return f"€ {local}" if lang in {"nl", "it"} else f"{local} €"


def short_date(day: date, lang: Lang) -> str:
    if lang == "en":
        return f"{day.day:02d} {MONTHS_ABBR['en'][day.month - 1]} {day.year}"
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def reminder_lines(b: Bill, lang: Lang, due: date) -> str:
    rows = []
    for line in b.lines:
        charge = CHARGE[line.kind][lang]
        amount = money(line.amount, b.currency, lang)
        rows.append(
            f"  NWF-27-{line.number}   {charge:<38} {amount:>16}   {DUE_WORD[lang]} {short_date(due, lang)}"
        )
    return "\n".join(rows)


def reminder_subject(b: Bill, lang: Lang) -> str:
    return REMINDER_SUBJECT[lang].format(job=b.job)


def reminder_body(b: Bill, lang: Lang, sent: datetime) -> str:
    due = (sent - timedelta(days=16)).date()
    return REMINDER_BODY[lang].format(
        job=b.job,
        lines=reminder_lines(b, lang, due),
        total=money(b.total, b.currency, lang),
    )


def reminder_time(reply: datetime, days_before: int) -> datetime:
    """Reminders go out at 08:30 Rotterdam time on a working day before the reply."""
    day = reply.astimezone(CET).date() - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime(day.year, day.month, day.day, 8, 30, tzinfo=CET)


def fit_charset(text: str, charset: str) -> str:
    """What a client does to characters its charset cannot carry (€ becomes EUR, and so on)."""
    if charset == "utf-8":
        return text
    out = []
    for char in text:
        try:
            char.encode(charset)
        except UnicodeEncodeError:
            out.append(ASCII_FALLBACK[char])
        else:
            out.append(char)
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(when: datetime, loc: Loc) -> dict[str, str]:
    """Every piece a client's date template may use, in the client's language."""
    hour12 = when.hour % 12 or 12
    return {
        "wd": WEEKDAYS[loc][when.weekday()],
        "wda": WEEKDAYS_ABBR[loc][when.weekday()],
        "mon": MONTHS[loc][when.month - 1],
        "mona": MONTHS_ABBR[loc][when.month - 1],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "m": str(when.month),
        "mm": f"{when.month:02d}",
        "Y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "H": str(when.hour),
        "HH": f"{when.hour:02d}",
        "h": str(hour12),
        "MM": f"{when.minute:02d}",
        "ampm": "AM" if when.hour < 12 else "PM",
    }


def local_format(template: str, *, when: datetime, loc: Loc, **extra: str) -> str:
    return template.format(**date_fields(when, loc), **extra)


def parse_when(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def token(key: str, salt: str, length: int, alphabet: str) -> str:
    """A deterministic random-looking string derived from a message's key."""
    out = ""
    counter = 0
    while len(out) < length:
        block = hashlib.sha256(f"{salt}|{key}|{counter}".encode()).digest()
        out += "".join(alphabet[byte % len(alphabet)] for byte in block)
        counter += 1
    return out[:length]


UPPER_DIGITS: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX: Final = "0123456789abcdef"
MIXED: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def uuid_like(key: str, salt: str) -> str:
    raw = token(key, salt, 32, HEX)
    return f"{raw[:8]}-{raw[8:12]}-4{raw[13:16]}-a{raw[17:20]}-{raw[20:]}"


def reminder_msgid(key: str) -> str:
    return f"<NWF.AR.{token(key, 'reminder', 16, UPPER_DIGITS)}@{AR_DOMAIN}>"


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1].lower()


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str, tag: str = "div") -> str:
    blocks = text.split("\n\n")
    return "\n".join(f"<{tag}>{html_lines(block)}</{tag}>" for block in blocks)


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def fake_pdf(title: str) -> bytes:
    """A tiny but well-formed PDF, so attachments look like the real thing."""
    stream = f"BT /F1 11 Tf 56 780 Td ({title}) Tj ET".encode("latin-1")
    return (
        b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
        b"2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
        b"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R>> endobj\n"
        + f"4 0 obj <</Length {len(stream)}>> stream\n".encode()
        + stream
        + b"\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"
    )


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


# Charset body encodings; 0 is neither QP nor base64, so the body goes out as 7bit or 8bit.
BODY_ENCODINGS: Final[dict[Cte, int]] = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0}


def body_charset(name: str, cte: Cte) -> cs.Charset:
    """A fresh Charset with the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    charset.body_encoding = BODY_ENCODINGS[cte]
    return charset


def text_part(text: str, *, subtype: str, charset: str, cte: Cte) -> Message:
    text.encode(charset)  # raises if the hand-written text does not fit the declared charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_value(value: str, charset: str, name: str = "Subject") -> str:
    """The header as a client encodes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset, 'From')} <{addr}>"


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> list[Message]:
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def strip_part_versions(part: Message, *, root: bool) -> None:
    """Only the top of a message (or of a returned message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    inner_root = part.get_content_type() == "message/rfc822"
    for sub in subparts(part):
        strip_part_versions(sub, root=inner_root)


def fix_boundaries(msg: Message, *, key: str, prefix: str) -> None:
    """Deterministic boundaries, shaped like the sending software's own."""
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(prefix + token(key, f"boundary{n}", 28, UPPER_DIGITS))


def finalize(msg: Message, *, key: str, prefix: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg, root=True)
    fix_boundaries(msg, key=key, prefix=prefix)
    return msg


# --------------------------------------------------------------------------------------------
# Replies: the hand-written text plus what the client wraps around it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels."""

    key: str
    intent: Intent
    lang: Lang
    sender: tuple[str, str]
    sent: str
    client: Client
    text: str
    bill: Bill
    facts: Facts = field(default_factory=Facts)
    refs: tuple[str, ...] = ()
    note: str | None = None
    loc: Loc | None = None
    rlang: Lang | None = None
    subject: str | None = None
    charset: str = "utf-8"
    cte: Cte = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attachment: str | None = None
    markup: str | None = None
    threaded: bool = True
    age: int = 2

    @property
    def when(self) -> datetime:
        return parse_when(self.sent)

    @property
    def client_loc(self) -> Loc:
        return self.loc or self.lang

    @property
    def reminder_lang(self) -> Lang:
        return self.rlang or self.lang


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder being answered, as the replying client shows it."""

    subject: str
    text: str
    when: datetime
    loc: Loc
    to_name: str
    to_addr: str


def make_quote(r: Reply) -> Quote:
    sent = reminder_time(r.when, r.age)
    text = reminder_body(r.bill, r.reminder_lang, sent)
    return Quote(
        subject=fit_charset(reminder_subject(r.bill, r.reminder_lang), r.charset),
        text=fit_charset(text, r.charset),
        when=sent.astimezone(r.when.tzinfo),
        loc=r.client_loc,
        to_name=r.sender[0] or r.sender[1],
        to_addr=r.sender[1],
    )


def outlook_block(q: Quote, *, separator: str | None = None) -> list[str]:
    sep, from_, sent, to, subject = OUTLOOK_LABELS[q.loc]
    return [
        sep if separator is None else separator,
        f"{from_} {AR_NAME} <{AR_ADDR}>",
        f"{sent} {local_format(OUTLOOK_SENT[q.loc], when=q.when, loc=q.loc)}",
        f"{to} {q.to_name} <{q.to_addr}>",
        f"{subject} {q.subject}",
    ]


def outlook_html_block(q: Quote) -> str:
    _, from_, sent, to, subject = OUTLOOK_LABELS[q.loc]
    rows = [
        (from_, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, local_format(OUTLOOK_SENT[q.loc], when=q.when, loc=q.loc)),
        (to, f"{q.to_name} <{q.to_addr}>"),
        (subject, q.subject),
    ]
    return "<br>\n".join(f"<b>{html.escape(k)}</b> {html.escape(v)}" for k, v in rows)


def attribution(template: str, q: Quote) -> str:
    return local_format(template, when=q.when, loc=q.loc, name=AR_NAME, addr=AR_ADDR)


def alternative(plain: Message, rich: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


def style_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.text}\n\n{block}\n\n{q.text}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def word_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def word_html(r: Reply, q: Quote) -> str:
    lang = CONTENT_LANGUAGE[q.loc].upper()
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
span.EmailStyle19
	{{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{word_paragraphs(r.text)}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal">{outlook_html_block(q)}<o:p></o:p></p>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
{word_paragraphs(q.text)}
</div>
</body>
</html>
"""


def style_outlook_html(r: Reply, q: Quote) -> Message:
    plain = style_outlook(r, q)
    rich = text_part(word_html(r, q), subtype="html", charset=r.charset, cte=r.cte)
    return alternative(plain, rich)


def style_outlook_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), subtype="html", charset=r.charset, cte=r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q, separator="_" * 32))
    plain = text_part(
        f"{r.text}\n\n{block}\n\n{q.text}\n", subtype="plain", charset=r.charset, cte=r.cte
    )
    markup = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">
<style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style>
</head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
{html_paragraphs(r.text)}
</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{outlook_html_block(q)}</font>
<div>&nbsp;</div>
</div>
<div>{html_lines(q.text)}</div>
</body>
</html>
"""
    return alternative(plain, text_part(markup, subtype="html", charset=r.charset, cte=r.cte))


def style_outlook_mobile(r: Reply, q: Quote) -> Message:
    os_name = "iOS" if int(token(r.key, "os", 1, HEX), 16) % 2 else "Android"
    sig = OUTLOOK_MOBILE_SIG[q.loc].format(os=os_name)
    block = "\n".join(outlook_block(q, separator="_" * 32))
    text = f"{r.text}\n\n{sig}\n{block}\n\n{q.text}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte="b64")


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = attribution(GMAIL_ATTR[q.loc], q)
    plain = text_part(
        f"{r.text}\n\n{attr}\n\n{quoted(q.text)}\n", subtype="plain", charset=r.charset, cte=r.cte
    )
    markup = (
        f'<div dir="ltr">{html_lines(r.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attr, quote=False)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(plain, text_part(markup, subtype="html", charset=r.charset, cte=r.cte))


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    attr = attribution(GMAIL_ATTR[q.loc], q)
    text = f"{r.text}\n\n{attr}\n\n{quoted(q.text)}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def style_apple(r: Reply, q: Quote) -> Message:
    attr = attribution(APPLE_ATTR[q.loc], q)
    text = f"{r.text}\n\n{attr}\n\n{quoted(q.text)}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def style_iphone(r: Reply, q: Quote) -> Message:
    attr = attribution(APPLE_ATTR[q.loc], q)
    text = f"{r.text}\n\n{IPHONE_SIG[q.loc]}\n\n> {attr}\n>\n{quoted(q.text)}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = local_format(THUNDERBIRD_ATTR[q.loc], when=q.when, loc=q.loc, name=AR_NAME)
    text = f"{r.text}\n\n{attr}\n{quoted(q.text)}\n"
    part = text_part(text, subtype="plain", charset=r.charset, cte=r.cte)
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def style_samsung(r: Reply, q: Quote) -> Message:
    sep, from_, when, to, subject = SAMSUNG_LABELS[q.loc]
    offset = q.when.strftime("%z")
    stamp = f"{q.when:%d/%m/%Y %H:%M} (GMT{offset[:3]}:{offset[3:]})"
    block = "\n".join(
        [
            sep,
            f"{from_} {AR_NAME} <{AR_ADDR}>",
            f"{when} {stamp}",
            f"{to} {q.to_addr}",
            f"{subject} {q.subject}",
        ]
    )
    text = f"{r.text}\n\n\n\n{SAMSUNG_SIG[q.loc]}\n\n\n{block}\n\n{q.text}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte="b64")


def style_notice(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return text_part(r.text + "\n", subtype="plain", charset=r.charset, cte=r.cte)


def notice_markup(r: Reply) -> str:
    if r.markup is None:
        raise ValueError(f"{r.key}: an HTML notice needs its markup")
    return r.markup


def style_notice_html(r: Reply, q: Quote) -> Message:
    del q
    return text_part(notice_markup(r), subtype="html", charset=r.charset, cte=r.cte)


def style_notice_alt(r: Reply, q: Quote) -> Message:
    html_part = style_notice_html(r, q)
    return alternative(style_notice(r, q), html_part)


STYLES: Final[dict[Client, Callable[[Reply, Quote], Message]]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "outlook_html_only": style_outlook_html_only,
    "owa": style_owa,
    "outlook_mobile": style_outlook_mobile,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "samsung": style_samsung,
    "notice": style_notice,
    "notice_html": style_notice_html,
    "notice_alt": style_notice_alt,
}
OUTLOOK_FAMILY: Final[frozenset[Client]] = frozenset(
    {"outlook", "outlook_html", "outlook_html_only", "owa", "outlook_mobile"}
)
NOTICES: Final[frozenset[Client]] = frozenset({"notice", "notice_html", "notice_alt"})
BOUNDARY_PREFIX: Final[dict[Client, str]] = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "samsung": "--_com.samsung.android.email_",
}
CLIENT_HEADERS: Final[dict[Client, tuple[tuple[str, str], ...]]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
        ),
    ),
}


def reply_msgid(r: Reply) -> str:
    dom = domain_of(r.sender[1])
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA{token(r.key, 'gmail', 44, MIXED)}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        host = f"{'AM' if r.client_loc != 'us' else 'BN'}{token(r.key, 'host', 1, '0123456789')}PR0{token(r.key, 'pod', 1, '12345678')}MB{token(r.key, 'mb', 4, '0123456789')}"
        region = "namprd12" if r.client_loc == "us" else "eurprd04"
        return f"<{host}{token(r.key, 'outlook', 14, UPPER_DIGITS)}@{host}.{region}.prod.outlook.example>"
    if r.client in {"apple", "iphone"}:
        return f"<{uuid_like(r.key, 'apple').upper()}@{dom}>"
    if r.client == "thunderbird":
        return f"<{uuid_like(r.key, 'tb')}@{dom}>"
    return f"<{token(r.key, 'notice', 20, HEX)}.{token(r.key, 'seq', 6, '0123456789')}@{dom}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject is not None:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = token(r.key, "thread", 30, MIXED) + "=="
    return [
        ("Thread-Topic", header_value(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", CONTENT_LANGUAGE[q.loc]),
        ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attachment is None:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(fake_pdf(r.attachment), "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=r.attachment)
    outer.attach(pdf)
    return outer


def boundary_prefix(client: Client) -> str:
    if client in OUTLOOK_FAMILY:
        return "_000_"
    return BOUNDARY_PREFIX.get(client, "----=_Part_")


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.client](r, q))
    msg["From"] = address(*r.sender, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    for name, value in r.headers:
        if name == "Cc":
            msg["Cc"] = value
    msg["Subject"] = header_value(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.when)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.client in OUTLOOK_FAMILY else []
    own = [(k, v) for k, v in r.headers if k != "Cc"]
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *own]:
        msg[name] = value
    return finalize(msg, key=r.key, prefix=boundary_prefix(r.client))


# --------------------------------------------------------------------------------------------
# Bounces: generated skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report for a reminder. `rcpt` is written as the MTA writes it."""

    key: str
    lang: Lang
    kind: Kind
    status: str
    rcpt: str
    sent: str
    lag: int
    bill: Bill
    rlang: Lang
    style: str
    note: str | None = None

    @property
    def when(self) -> datetime:
        return parse_when(self.sent)

    @property
    def reminder_sent(self) -> datetime:
        return (self.when - timedelta(minutes=self.lag)).astimezone(CET)

    @property
    def subject(self) -> str:
        return reminder_subject(self.bill, self.rlang)

    def stamp(self, when: datetime | None = None) -> str:
        return format_datetime(when or self.when)


def original_reminder(b: Bounce) -> Message:
    """The reminder as Northwind sent it to the failed recipient."""
    sent = b.reminder_sent
    msg = text_part(
        reminder_body(b.bill, b.rlang, sent) + "\n", subtype="plain", charset="utf-8", cte="qp"
    )
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = header_value(b.subject, "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    content_headers_last(msg)
    return msg


def header_block(msg: Message) -> str:
    return "".join(f"{k}: {v}\n" for k, v in msg.items())


def returned_headers(b: Bounce) -> Message:
    part = MIMENonMultipart("text", "rfc822-headers")
    part.set_payload(header_block(original_reminder(b)))
    return part


def returned_message(b: Bounce) -> Message:
    return MIMEMessage(original_reminder(b))


@dataclass(frozen=True, kw_only=True)
class Report:
    """The machine-readable fields of one delivery-status part."""

    mta: str
    action: str
    diagnostic: str
    remote: str | None = None
    retry_until: datetime | None = None


def delivery_status(b: Bounce, rep: Report) -> Message:
    per_message = Message()
    per_message["Reporting-MTA"] = f"dns; {rep.mta}"
    per_message["Arrival-Date"] = format_datetime(b.reminder_sent)
    per_rcpt = Message()
    per_rcpt["Final-Recipient"] = f"rfc822; {b.rcpt}"
    per_rcpt["Original-Recipient"] = f"rfc822;{b.rcpt}"
    per_rcpt["Action"] = rep.action
    per_rcpt["Status"] = b.status
    if rep.remote:
        per_rcpt["Remote-MTA"] = f"dns; {rep.remote}"
    per_rcpt["Diagnostic-Code"] = f"smtp; {rep.diagnostic}"
    per_rcpt["Last-Attempt-Date"] = b.stamp()
    if rep.retry_until is not None:
        per_rcpt["Will-Retry-Until"] = format_datetime(rep.retry_until)
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([per_message, per_rcpt])
    return part


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def described(part: Message, description: str) -> Message:
    part["Content-Description"] = description
    return part


def finish(b: Bounce, msg: Message, *, sender: str, subject: str) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject, "utf-8")
    msg["Date"] = b.stamp()
    msg["Message-ID"] = f"<{token(b.key, 'dsn', 24, HEX)}@{domain_of(parseaddr(sender)[1])}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, key=b.key, prefix="=_dsn_")


def plain(text: str, charset: str = "utf-8", cte: Cte = "qp") -> Message:
    return text_part(text, subtype="plain", charset=charset, cte=cte)


def ndr_html(text: str) -> Message:
    """The HTML twin of a notice's text: one paragraph per block."""
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        "<body><div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14px\">\n"
        + html_paragraphs(text, "p")
        + "\n</div></body></html>\n"
    )
    return text_part(markup, subtype="html", charset="utf-8", cte="qp")


def plain_and_html(text: str) -> Message:
    return alternative(plain(text), ndr_html(text))


EXCHANGE_SENDER: Final = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northwind-forwarding.example>"


def bounce_postfix_en(b: Bounce) -> Message:
    remote = "mx1.bramblecoast-trading.example"
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"
    )
    text = f"""This is the mail system at host mail.northwind-forwarding.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{b.rcpt}>: host {remote}[203.0.113.25] said:
    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    msg = report(
        described(plain(text, "us-ascii", "8bit"), "Notification"),
        described(
            delivery_status(
                b,
                Report(
                    mta="mail.northwind-forwarding.example",
                    action="failed",
                    diagnostic=diag,
                    remote=remote,
                ),
            ),
            "Delivery report",
        ),
        described(returned_headers(b), "Undelivered Message Headers"),
    )
    return finish(
        b,
        msg,
        sender="MAILER-DAEMON@mail.northwind-forwarding.example (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
    )


def bounce_qmail_en(b: Bounce) -> Message:
    original = original_reminder(b).as_string()
    text = f"""Hi. This is the qmail-send program at mail.tidewater-imports.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{b.rcpt}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

{original}"""
    msg = Message()
    msg.set_payload(text)
    return finish(
        b, msg, sender="MAILER-DAEMON@mail.tidewater-imports.example", subject="failure notice"
    )


def bounce_sendmail_en(b: Bounce) -> Message:
    received = format_datetime(b.reminder_sent)
    text = f"""    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at {received}
from mail.northwind-forwarding.example [192.0.2.10]

   ----- Transcript of session follows -----
<{b.rcpt}>... Deferred: Connection timed out with mx.harlow-maritime.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
"""
    rep = Report(
        mta="relay2.northwind-forwarding.example",
        action="delayed",
        diagnostic="421 4.4.1 Connection timed out",
        remote="mx.harlow-maritime.example",
        retry_until=b.reminder_sent + timedelta(days=5),
    )
    msg = report(plain(text, "us-ascii", "8bit"), delivery_status(b, rep), returned_headers(b))
    return finish(
        b,
        msg,
        sender="Mail Delivery Subsystem <MAILER-DAEMON@relay2.northwind-forwarding.example>",
        subject="Warning: could not send message for past 4 hours",
    )


def bounce_exchange_de(b: Bounce) -> Message:
    local, dom = b.rcpt.split("@")
    created = b.reminder_sent.astimezone(UTC)
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    text = f"""Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.

Der Empfänger {local} wurde in der Domäne {dom} nicht gefunden.

So beheben Sie das Problem

Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht mehr. Prüfen Sie die E-Mail-Adresse des Empfängers und senden Sie die Nachricht erneut. Wenn Sie die Adresse aus der automatischen Vervollständigung übernommen haben, löschen Sie diesen Eintrag und geben Sie die Adresse vollständig ein.

Weitere Informationen für E-Mail-Administratoren

Ursprüngliche Nachrichtendetails
Erstellungsdatum: {created:%d.%m.%Y %H:%M:%S} (UTC)
Absenderadresse: {AR_ADDR}

Fehlerdetails
Gemeldeter Fehler: {diag}
DSN generiert von: AM8PR04MB7745.eurprd04.prod.outlook.example"""
    rep = Report(
        mta="AM8PR04MB7745.eurprd04.prod.outlook.example", action="failed", diagnostic=diag
    )
    msg = report(plain_and_html(text), delivery_status(b, rep), returned_message(b))
    return finish(b, msg, sender=EXCHANGE_SENDER, subject=f"Unzustellbar: {b.subject}")


def bounce_gateway_de(b: Bounce) -> Message:
    until = b.reminder_sent + timedelta(days=2)
    text = f"""Dies ist eine automatisch erzeugte Benachrichtigung des E-Mail-Gateways gw01.northwind-forwarding.example.

Ihre Nachricht konnte seit mehr als 4 Stunden nicht zugestellt werden. Der Server des Empfängers nimmt sie vorübergehend nicht an.

  Empfänger:       {b.rcpt}
  Betreff:         {b.subject}
  Eingeliefert:    {b.reminder_sent:%d.%m.%Y %H:%M}
  Status:          4.7.1 (vorübergehender Fehler)
  Serverantwort:   451 4.7.1 Greylisting in action, please come back later

Sie müssen nichts unternehmen. Das Gateway versucht die Zustellung bis {until:%d.%m.%Y %H:%M} Uhr weiter. Schlägt sie endgültig fehl, erhalten Sie eine weitere Benachrichtigung.

MailShield Gateway – Nachrichtenverfolgung
"""
    rep = Report(
        mta="gw01.northwind-forwarding.example",
        action="delayed",
        diagnostic="451 4.7.1 Greylisting in action, please come back later",
        remote="mx.eckert-lebensmittel.example",
        retry_until=until,
    )
    msg = report(plain(text), delivery_status(b, rep), returned_headers(b))
    return finish(
        b,
        msg,
        sender="MailShield Gateway <postmaster@gw01.northwind-forwarding.example>",
        subject=f"Zustellung verzögert: {b.subject}",
    )


def bounce_isp_fr(b: Bounce) -> Message:
    text = f"""Bonjour,

Ceci est un message automatique du service de messagerie hebergeur-provence.example.

Votre message à destination de {b.rcpt} n'a pas encore pu être distribué : la boîte aux lettres du destinataire a atteint sa taille maximale (erreur 452 4.2.2 Mailbox full).

Nous tenterons de le distribuer à nouveau pendant les 72 prochaines heures. Vous n'avez rien à faire pour l'instant ; si la distribution échoue définitivement, vous recevrez un nouvel avis.

Informations sur votre message :
  Objet : {fit_charset(b.subject, "iso-8859-1")}
  Expéditeur : {AR_ADDR}
  Reçu le : {b.reminder_sent:%d/%m/%Y à %H:%M}

L'équipe technique d'Hébergeur Provence
"""
    msg = plain(text, "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        sender="Service de messagerie <mailer-daemon@mx.hebergeur-provence.example>",
        subject=f"Avis de non-distribution temporaire : {b.subject}",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    answer = (
        "550 5.1.1 The email account that you tried to reach does not exist. Please try "
        "double-checking the recipient's email address for typos or unnecessary spaces. "
        "For more information, go to https://support.google.com/mail/?p=NoSuchUser "
        "41be03b00d2f7-2b1c3d9a8f0si1187426a12.204 - gsmtp"
    )
    text = f"""** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.

Más información: https://support.google.com/mail/?p=NoSuchUser

La respuesta del servidor remoto ha sido:

{answer}"""
    rep = Report(
        mta="googlemail.com",
        action="failed",
        diagnostic=answer,
        remote="gmail-smtp-in.l.google.com",
    )
    msg = report(plain_and_html(text), delivery_status(b, rep), returned_message(b))
    return finish(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Notificación de estado de entrega (error)",
    )


def bounce_exchange_es(b: Bounce) -> Message:
    diag = '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed.'
    text = f"""La entrega está retrasada para estos destinatarios o grupos:

{b.rcpt}

Asunto: {b.subject}

Este mensaje aún no se ha entregado. Seguiremos intentándolo.

El servidor seguirá intentando entregar el mensaje durante 1 día, 21 horas y 58 minutos. Si no se puede entregar en ese plazo, recibirá un informe de no entrega.

Diagnóstico para administradores:

Servidor de generación: DB8PR04MB6620.eurprd04.prod.outlook.example
Receptor: {b.rcpt}
Último error: {diag}"""
    rep = Report(
        mta="DB8PR04MB6620.eurprd04.prod.outlook.example",
        action="delayed",
        diagnostic=diag,
        retry_until=b.reminder_sent + timedelta(days=2),
    )
    msg = report(plain_and_html(text), delivery_status(b, rep), returned_headers(b))
    return finish(b, msg, sender=EXCHANGE_SENDER, subject=f"Retrasado: {b.subject}")


def bounce_postfix_nl(b: Bounce) -> Message:
    remote = "mx.de-groot-houthandel.example"
    diag = f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: mailbox unavailable"
    text = f"""Dit is het mailsysteem van smtp.provider-noord.example.

Helaas moeten wij u meedelen dat uw bericht niet kon worden afgeleverd
bij een of meer ontvangers. Het bericht is hieronder bijgevoegd.

Stuur voor verdere hulp een e-mail naar postmaster en voeg dit
probleemrapport bij. U kunt uw eigen tekst uit het bijgevoegde
bericht verwijderen.

                   Het mailsysteem

<{b.rcpt}>: host {remote}[192.0.2.41] antwoordde:
    {diag} (als antwoord op het RCPT TO-commando)
"""
    rep = Report(mta="smtp.provider-noord.example", action="failed", diagnostic=diag, remote=remote)
    msg = report(
        described(plain(text), "Melding"),
        described(delivery_status(b, rep), "Afleverrapport"),
        described(returned_message(b), "Onbestelbaar bericht"),
    )
    return finish(
        b,
        msg,
        sender="Mail Delivery System <MAILER-DAEMON@smtp.provider-noord.example>",
        subject="Onbestelbaar bericht geretourneerd aan afzender",
    )


def bounce_exim_nl(b: Bounce) -> Message:
    text = f"""Dit bericht is automatisch aangemaakt door de mailserver.

Een bericht dat u heeft verstuurd, staat al meer dan 24 uur in de wachtrij van mail.provider-noord.example en is nog niet afgeleverd bij een of meer ontvangers.

Berichtkenmerk:   1wQ7rT-00Hk2c-4F
Onderwerp:        {b.subject}
Verstuurd op:     {format_datetime(b.reminder_sent)}

Het bericht is nog niet afgeleverd bij:

  {b.rcpt}
    host mx.bosman-tegels.example [198.51.100.77]
    Reden: verbinding verlopen (4.4.1 Connection timed out)

U hoeft niets te doen. De server blijft het bericht nog enkele dagen aanbieden en stuurt u mogelijk opnieuw een waarschuwing. Lukt de aflevering uiteindelijk niet, dan krijgt u het bericht terug.
"""
    msg = plain(text)
    return finish(
        b,
        msg,
        sender="Mail Delivery System <Mailer-Daemon@mail.provider-noord.example>",
        subject="Waarschuwing: bericht 1wQ7rT-00Hk2c-4F vertraagd (24 uur)",
    )


def bounce_exchange_it(b: Bounce) -> Message:
    diag = "550 5.4.1 Recipient address rejected: Access denied. [VI1EUR04FT012.eop-eur04.prod.protection.outlook.example]"
    text = f"""Impossibile recapitare il messaggio ai seguenti destinatari o gruppi:

{b.rcpt}
Il server di posta elettronica del destinatario ha rifiutato il messaggio perché l'indirizzo non è accettato dal suo dominio. Verificare l'indirizzo oppure contattare il destinatario per altra via e chiedergli di segnalare il problema al proprio amministratore di posta.

Diagnostica per gli amministratori:

Server di generazione: AM9PR04MB8321.eurprd04.prod.outlook.example
{b.rcpt}
Il server remoto ha restituito '{diag}'"""
    rep = Report(
        mta="AM9PR04MB8321.eurprd04.prod.outlook.example", action="failed", diagnostic=diag
    )
    msg = report(plain_and_html(text), delivery_status(b, rep), returned_message(b))
    return finish(b, msg, sender=EXCHANGE_SENDER, subject=f"Non recapitabile: {b.subject}")


def bounce_isp_it(b: Bounce) -> Message:
    diag = "552 5.2.2 Mailbox quota exceeded"
    text = f"""Gentile utente,

il messaggio che hai inviato a {b.rcpt} non è stato consegnato perché la casella di posta del destinatario è piena ({diag}).

Il destinatario deve liberare spazio nella propria casella. Puoi provare a inviare di nuovo il messaggio più tardi oppure contattare il destinatario in altro modo.

Oggetto del messaggio: {b.subject}
Inviato il: {b.reminder_sent:%d/%m/%Y alle %H:%M}

Servizio Posta – mail.servizimail-italia.example
"""
    rep = Report(mta="mail.servizimail-italia.example", action="failed", diagnostic=diag)
    msg = report(plain(text), delivery_status(b, rep), returned_message(b))
    return finish(
        b,
        msg,
        sender="Postmaster <postmaster@mail.servizimail-italia.example>",
        subject=f"Messaggio non consegnato: {b.subject}",
    )


BOUNCE_STYLES: Final[dict[str, Callable[[Bounce], Message]]] = {
    "postfix_en": bounce_postfix_en,
    "qmail_en": bounce_qmail_en,
    "sendmail_en": bounce_sendmail_en,
    "exchange_de": bounce_exchange_de,
    "gateway_de": bounce_gateway_de,
    "isp_fr": bounce_isp_fr,
    "gmail_es": bounce_gmail_es,
    "exchange_es": bounce_exchange_es,
    "postfix_nl": bounce_postfix_nl,
    "exim_nl": bounce_exim_nl,
    "exchange_it": bounce_exchange_it,
    "isp_it": bounce_isp_it,
}


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
XARS: Final = ("X-Auto-Response-Suppress", "All")

SAP_ADVICE_TEXT: Final = """Sehr geehrte Damen und Herren,

wir haben heute folgende Zahlung an Sie veranlasst:

Zahlungsbeleg:            2000184473
Zahlungsdatum:            11.12.2026
Zahlweg:                  SEPA-Überweisung
Betrag:                   9.120,40 EUR
Ihre Kreditorennummer:    700512

Ihre Rechnung    Rechnungsdatum   Bruttobetrag   Skonto   Zahlbetrag
NWF-27-32010     22.10.2026       3.200,00       0,00     3.200,00
NWF-27-32011     22.10.2026       5.920,40       0,00     5.920,40

Diese Nachricht wurde maschinell erstellt. Bitte antworten Sie nicht auf diese E-Mail. Rückfragen richten Sie bitte an kreditoren@brenner-maschinenbau.example.

Brenner Maschinenbau GmbH · Kreditorenbuchhaltung · Industriestraße 14 · 73430 Aalen"""

SAP_ADVICE_HTML: Final = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>wir haben heute folgende Zahlung an Sie veranlasst:</p>
<table cellpadding="2" style="font-size:10pt">
<tr><td>Zahlungsbeleg:</td><td>2000184473</td></tr>
<tr><td>Zahlungsdatum:</td><td>11.12.2026</td></tr>
<tr><td>Zahlweg:</td><td>SEPA-Überweisung</td></tr>
<tr><td>Betrag:</td><td><b>9.120,40 EUR</b></td></tr>
<tr><td>Ihre Kreditorennummer:</td><td>700512</td></tr>
</table>
<br>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt">
<tr><th>Ihre Rechnung</th><th>Rechnungsdatum</th><th>Bruttobetrag</th><th>Skonto</th><th>Zahlbetrag</th></tr>
<tr><td>NWF-27-32010</td><td>22.10.2026</td><td align="right">3.200,00</td><td align="right">0,00</td><td align="right">3.200,00</td></tr>
<tr><td>NWF-27-32011</td><td>22.10.2026</td><td align="right">5.920,40</td><td align="right">0,00</td><td align="right">5.920,40</td></tr>
</table>
<p style="color:#666666">Diese Nachricht wurde maschinell erstellt. Bitte antworten Sie nicht auf diese E-Mail. Rückfragen richten Sie bitte an kreditoren@brenner-maschinenbau.example.</p>
<p style="color:#666666">Brenner Maschinenbau GmbH · Kreditorenbuchhaltung · Industriestraße 14 · 73430 Aalen</p>
</body></html>
"""

BASWARE_NL_HTML: Final = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Betaalspecificatie</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222222">
<tr><td style="background:#00205b;color:#ffffff;font-size:18px">Betaalspecificatie – Van Dijk Agri-Trade B.V.</td></tr>
<tr><td>
<p>Geachte leverancier,</p>
<p>Hierbij ontvangt u de specificatie van onze betaling aan Northwind Forwarding B.V.</p>
<table cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td>Betaaldatum</td><td><b>16-12-2026</b></td></tr>
<tr><td>Betalingskenmerk</td><td><b>1000-4477-2026</b></td></tr>
<tr><td>Totaalbedrag</td><td><b>€ 2.145,60</b></td></tr>
</table>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:14px;margin-top:12px">
<tr style="background:#e8ecf3"><th align="left">Factuurnummer</th><th align="left">Factuurdatum</th><th align="right">Bedrag</th></tr>
<tr><td>NWF-27-32240</td><td>02-11-2026</td><td align="right">€ 1.320,00</td></tr>
<tr><td>NWF-27-32241</td><td>02-11-2026</td><td align="right">€ 825,60</td></tr>
</table>
<p>Het bedrag wordt binnen twee werkdagen bijgeschreven op uw rekening.</p>
<p style="font-size:12px;color:#777777">Dit bericht is automatisch verstuurd via Basware. Antwoorden op dit bericht worden niet gelezen. Vragen over betalingen kunt u stellen via het leveranciersportaal.</p>
</td></tr></table>
</td></tr></table>
</body></html>
"""

PAYMENT_SENT: Final[list[Reply]] = [
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        loc="us",
        sender=("Kayla Whitmore", "kayla@lumenhome-goods.example"),
        sent="2026-12-03 16:02 -0500",
        client="iphone",
        bill=bill("AIR-27-0913", "USD", "31877 air 2140.00", "31878 customs 185.00"),
        text="Paid.",
        note="one word in answer to the reminder; no date, amount or reference",
    ),
    Reply(
        key="ps-en-wire",
        intent="payment_sent",
        lang="en",
        loc="us",
        sender=("Dana Okafor", "dokafor@prairiegate-imports.example"),
        sent="2026-12-14 21:40 -0600",
        client="gmail",
        bill=bill(
            "SEA-27-4471",
            "USD",
            "32207 sea 9870.00",
            "32208 duties 4711.25",
            "32209 demurrage 325.00",
        ),
        text="""Hi,

The wire for all three went out this afternoon – USD 14,906.25, Fed reference 20261214MMQFC7R4000917. Sorry this one slipped, our AP lead has been out and the approvals sat in her queue.

Dana Okafor
Controller | Prairiegate Imports LLC
312-555-0148""",
        facts=Facts(
            paid_date="2026-12-14",
            payment_reference="20261214MMQFC7R4000917",
            amount="14906.25",
            currency="USD",
        ),
        note="'this afternoon' is 14 Dec in the sender's zone (-0600) although it is already 15 Dec in UTC",
    ),
    Reply(
        key="ps-en-done",
        intent="payment_sent",
        lang="en",
        sender=("Rob Tennant", "rob.tennant@tennant-cycles.example"),
        sent="2026-12-09 12:47 +0000",
        client="outlook_mobile",
        bill=bill("RD-27-2210", "GBP", "31940 road 1380.00"),
        text="done",
        note="a bare 'done' in answer to an overdue reminder is read as paid; no date",
    ),
    Reply(
        key="ps-de-sap",
        intent="payment_sent",
        lang="de",
        sender=(
            "SAP Zahlungsavis Brenner Maschinenbau",
            "zahlungsavis@brenner-maschinenbau.example",
        ),
        sent="2026-12-11 06:14 +0100",
        client="notice_alt",
        cte="b64",
        subject="Zahlungsavis 2000184473 – Brenner Maschinenbau GmbH",
        bill=bill("SEA-27-4466", "EUR", "32010 sea 3200.00", "32011 duties 5920.40"),
        text=SAP_ADVICE_TEXT,
        markup=SAP_ADVICE_HTML,
        threaded=False,
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.58")),
        facts=Facts(
            paid_date="2026-12-11", payment_reference="2000184473", amount="9120.40", currency="EUR"
        ),
        refs=("32010", "32011"),
        note="SAP payment advice with Auto-Submitted: auto-generated; the queries address in its footer is not a new contact",
    ),
    Reply(
        key="ps-de-gestern",
        intent="payment_sent",
        lang="de",
        sender=("Markus Kessler", "m.kessler@kessler-weinimport.example"),
        sent="2026-12-09 07:48 +0100",
        client="iphone",
        bill=bill("SEA-27-4490", "EUR", "32101 sea 2760.00", "32102 duties 1933.70"),
        text="Moin, ist gestern raus, sollte morgen bei Ihnen auf dem Konto sein.\nGruß M. Kessler",
        facts=Facts(paid_date="2026-12-08"),
        note="'ist gestern raus' = sent on 8 Dec; 'sollte morgen … sein' is when the money arrives, not a promise",
    ),
    Reply(
        key="ps-fr-virement",
        intent="payment_sent",
        lang="fr",
        sender=("Claire Fontanel", "c.fontanel@maison-fontanel-vins.example"),
        sent="2026-12-10 11:20 +0100",
        client="outlook_html",
        charset="windows-1252",
        bill=bill("SEA-27-4502", "EUR", "32115 export 410.00", "32116 sea 2808.40"),
        text="""Bonjour,

Le virement de 3 218,40 € couvrant les factures NWF-27-32115 et NWF-27-32116 est parti ce matin (référence VIR-FON-88213). Il devrait apparaître sur votre compte d'ici 48 heures.

Bien cordialement,

Claire Fontanel
Comptabilité – Maison Fontanel & Fils
Négociant-éleveur · Beaune""",
        facts=Facts(
            paid_date="2026-12-10",
            payment_reference="VIR-FON-88213",
            amount="3218.40",
            currency="EUR",
        ),
        refs=("32115", "32116"),
    ),
    Reply(
        key="ps-fr-carte",
        intent="payment_sent",
        lang="fr",
        sender=("Julien Marchetti", "julien@atelier-lumen.example"),
        sent="2026-12-12 09:05 +0100",
        client="gmail",
        bill=bill("AIR-27-0941", "EUR", "32150 air 642.00"),
        text="""Bonjour,

J'ai réglé par carte sur votre portail de paiement hier soir, 642 € tout rond. J'ai bien reçu l'e-mail de confirmation avec le n° de transaction 7F3K-22Q9, je pense que nos messages se sont croisés.

Bon week-end,
Julien Marchetti
Atelier Lumen – luminaires en ligne""",
        facts=Facts(
            paid_date="2026-12-11", payment_reference="7F3K-22Q9", amount="642.00", currency="EUR"
        ),
        note="card payment on the portal; 'hier soir' written on Saturday 12 Dec is Friday 11 Dec",
    ),
    Reply(
        key="ps-es-justificante",
        intent="payment_sent",
        lang="es",
        sender=("Lucía Ferrer Bonet", "lferrer@textilesferrer.example"),
        sent="2026-12-15 17:05 +0100",
        client="gmail",
        bill=bill("SEA-27-4535", "EUR", "32230 sea 3890.00", "32231 duties 1740.00"),
        attachment="Justificante_transferencia_NWF.pdf",
        text="""Buenas tardes:

Les confirmo que hoy hemos realizado la transferencia de 5.630,00 € correspondiente a las facturas 32230 y 32231. Les adjunto el justificante.

Un saludo,

Lucía Ferrer
Dpto. Administración
Textiles Ferrer Bonet, S.L.""",
        facts=Facts(paid_date="2026-12-15", amount="5630.00", currency="EUR"),
        refs=("32230", "32231"),
        note="proof of transfer attached as a PDF",
    ),
    Reply(
        key="ps-es-lunes",
        intent="payment_sent",
        lang="es",
        sender=("Javi Romero", "javi.romero.import@gmail.com"),
        sent="2026-12-17 22:14 +0100",
        client="samsung",
        bill=bill("RD-27-2291", "EUR", "32260 road 955.00"),
        text="ya esta pagado, lo pague el lunes pasado junto con lo del otro contenedor. mirad bien antes de mandar avisos\n\nsaludos",
        facts=Facts(paid_date="2026-12-14"),
        note="'el lunes pasado' from Thursday 17 Dec is Monday 14 Dec; typed on a phone without accents",
    ),
    Reply(
        key="ps-nl-basware",
        intent="payment_sent",
        lang="nl",
        sender=("Van Dijk Agri-Trade (Basware)", "noreply-betalingen@vandijk-agri.example"),
        sent="2026-12-16 05:32 +0100",
        client="notice_html",
        subject="Betaalspecificatie – Van Dijk Agri-Trade B.V. – 16-12-2026",
        bill=bill("SEA-27-4526", "EUR", "32240 sea 1320.00", "32241 customs 825.60"),
        text="",
        markup=BASWARE_NL_HTML,
        threaded=False,
        headers=(("X-Mailer", "Basware P2P Notification Service"),),
        facts=Facts(
            paid_date="2026-12-16",
            payment_reference="1000-4477-2026",
            amount="2145.60",
            currency="EUR",
        ),
        refs=("32240", "32241"),
        note="AP-system payment advice, HTML only, without Auto-Submitted",
    ),
    Reply(
        key="ps-nl-gisteren",
        intent="payment_sent",
        lang="nl",
        sender=("Sanne de Wit", "sannedewit.webshop@gmail.com"),
        sent="2026-12-04 13:26 +0100",
        client="gmail",
        bill=bill("RD-27-2240", "EUR", "31960 road 860.00"),
        text="""Hoi,

Is gisteren overgemaakt hoor, € 860,- onder vermelding van het factuurnummer. Als het er maandag nog niet staat hoor ik het wel.

Groetjes,
Sanne
De Wit Woonwinkel (webshop)""",
        facts=Facts(paid_date="2026-12-03", amount="860.00", currency="EUR"),
    ),
    Reply(
        key="ps-it-bonifico",
        intent="payment_sent",
        lang="it",
        sender=("Chiara Galli", "amministrazione@officine-ravasi.example"),
        sent="2026-12-04 15:40 +0100",
        client="outlook",
        charset="iso-8859-1",
        bill=bill("SEA-27-4460", "EUR", "31955 sea 7950.00", "31956 duties 3532.00"),
        text="""Buongiorno,

vi informiamo che in data odierna abbiamo disposto il bonifico di EUR 11.482,00 a saldo delle fatture NWF-27-31955/31956 (CRO 51128834220).

Distinti saluti

Chiara Galli
Ufficio Amministrazione
Officine Ravasi S.p.A. - Lecco""",
        facts=Facts(
            paid_date="2026-12-04",
            payment_reference="51128834220",
            amount="11482.00",
            currency="EUR",
        ),
        refs=("31955", "31956"),
        note="'31956' after the slash is the short form of NWF-27-31956; 'disposto il bonifico' = transfer ordered today",
    ),
]

PROMISE_TO_PAY: Final[list[Reply]] = [
    Reply(
        key="pp-en-checkrun",
        intent="promise_to_pay",
        lang="en",
        loc="us",
        sender=("Megan Foley", "mfoley@brightwater-outdoor.example"),
        sent="2026-12-08 17:55 -0500",
        client="outlook",
        subject="Out of office 12/9 - 1/4 // RE: {rsub}",
        bill=bill("SEA-27-4482", "USD", "31922 sea 5210.00", "31923 demurrage 690.00"),
        text="""Hi,

Not an auto-reply – I'm out of office starting tomorrow through January 4, but I wanted to close this out before I leave. Both invoices are approved and will be in Friday's check run. Checks are mailed from our Ohio office, so please allow about a week for it to reach you.

Thanks,
Megan Foley
Accounts Payable | Brightwater Outdoor Co.""",
        facts=Facts(promised_date="2026-12-11"),
        note="a person's reply whose subject says out of office; 'Friday's check run' after Tue 8 Dec is Fri 11 Dec (the day the check is cut, not when it arrives)",
    ),
    Reply(
        key="pp-en-bookedin",
        intent="promise_to_pay",
        lang="en",
        sender=("Owen Pritchard", "owen.pritchard@pritchard-wines.example"),
        sent="2026-12-14 10:05 +0000",
        client="gmail",
        bill=bill("SEA-27-4510", "GBP", "32160 sea 2480.00", "32161 duties 3962.18"),
        text="""Morning,

Apologies – I've booked both of these into our last payment run before Christmas, which goes on Friday the 18th. £6,442.18 in total. If anything changes I'll let you know.

Best,
Owen

Owen Pritchard
Finance Director, Pritchard & Lowe Wine Merchants""",
        facts=Facts(promised_date="2026-12-18", amount="6442.18", currency="GBP"),
        note="past-tense 'I've booked' announces a future payment; 'before Christmas' is pinned by 'Friday the 18th'",
    ),
    Reply(
        key="pp-en-nextfriday",
        intent="promise_to_pay",
        lang="en",
        sender=("Priya Raman", "priya.kitchenandclay@gmail.com"),
        sent="2026-12-06 20:15 +0000",
        client="iphone",
        bill=bill("AIR-27-0920", "GBP", "31930 air 1275.00", "31931 customs 95.00"),
        text="Hi, really sorry – Amazon pays out on Thursday so I'll pay both next Friday. Cashflow's just tight until then.\nPriya",
        facts=Facts(promised_date="2026-12-11"),
        note="'next Friday' written on Sunday 6 Dec is Fri 11 Dec; the cash-flow remark asks for nothing",
    ),
    Reply(
        key="pp-de-kw51",
        intent="promise_to_pay",
        lang="de",
        sender=("Sabine Pohl", "s.pohl@pohl-antriebstechnik.example"),
        sent="2026-12-10 14:22 +0100",
        client="outlook_html",
        charset="windows-1252",
        bill=bill(
            "SEA-27-4495",
            "EUR",
            "32120 sea 6100.00",
            "32121 duties 2288.90",
            "32122 storage 340.00",
        ),
        text="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Erinnerung. Die drei Rechnungen sind geprüft und für unseren Zahlungslauf in KW 51 eingeplant.

Mit freundlichen Grüßen

Sabine Pohl
Kreditorenbuchhaltung

Pohl Antriebstechnik GmbH & Co. KG
Ludwigsburger Str. 88 · 71636 Ludwigsburg
Sitz: Ludwigsburg · Amtsgericht Stuttgart HRA 72119
Geschäftsführer: Dr. Henning Pohl

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.""",
        facts=Facts(promised_date="2026-12-14"),
        note="'KW 51' is the week starting Mon 14 Dec; a week is pinned to its Monday, as 'next week' is",
    ),
    Reply(
        key="pp-de-am15",
        intent="promise_to_pay",
        lang="de",
        sender=("Thomas Greiner", "t.greiner@greiner-handelshaus.example"),
        sent="2026-12-02 09:41 +0100",
        client="thunderbird",
        bill=bill("SEA-27-4451", "EUR", "31880 sea 3340.00", "31881 customs 210.00"),
        text="""Guten Morgen,

die beiden Rechnungen zahlen wir am 15., da läuft unsere nächste Lieferantenzahlung. Früher geht es leider nicht, wir stecken gerade mitten in der Jahresinventur.

Viele Grüße
Thomas Greiner
Greiner Handelshaus KG""",
        facts=Facts(promised_date="2026-12-15"),
        note="'am 15.' written on 2 Dec is 15 Dec",
    ),
    Reply(
        key="pp-fr-findemois",
        intent="promise_to_pay",
        lang="fr",
        sender=("Nathalie Roussel", "n.roussel@roussel-industrie.example"),
        sent="2026-12-07 16:30 +0100",
        client="outlook",
        charset="iso-8859-1",
        bill=bill("SEA-27-4488", "EUR", "32060 sea 4120.00", "32061 duties 2750.35"),
        text="""Bonjour,

Vos factures sont validées, le règlement partira fin de mois avec notre campagne de virements fournisseurs.

Cordialement,

Nathalie Roussel
Service comptabilité fournisseurs
Roussel Industrie SAS""",
        facts=Facts(promised_date="2026-12-31"),
        note="'fin de mois' in December is 31 Dec",
    ),
    Reply(
        key="pp-fr-mardi",
        intent="promise_to_pay",
        lang="fr",
        sender=("Karim Benali", "karim@benali-epices.example"),
        sent="2026-12-03 19:02 +0100",
        client="samsung",
        bill=bill("AIR-27-0925", "EUR", "31900 air 1180.00"),
        text="bonjour, on vous paye mardi prochain sans faute, desole pour le retard la compta etait en inventaire toute la semaine\nkarim",
        facts=Facts(promised_date="2026-12-08"),
        note="'mardi prochain' from Thursday 3 Dec is Tuesday 8 Dec; no accents",
    ),
    Reply(
        key="pp-es-semana",
        intent="promise_to_pay",
        lang="es",
        sender=("Marta Iglesias", "marta.iglesias@iglesias-maquinaria.example"),
        sent="2026-12-09 12:10 +0100",
        client="outlook_html",
        bill=bill("SEA-27-4500", "EUR", "32105 sea 5400.00", "32106 customs 260.00"),
        text="""Buenos días:

Disculpen el retraso. Ambas facturas están ya aprobadas y las pagaremos la semana que viene.

Un saludo,
Marta Iglesias
Administración · Iglesias Maquinaria Industrial, S.A.""",
        facts=Facts(promised_date="2026-12-14"),
        note="'la semana que viene' from Wed 9 Dec is the week of Monday 14 Dec",
    ),
    Reply(
        key="pp-es-navidad",
        intent="promise_to_pay",
        lang="es",
        sender=("Jordi Puig", "jpuig@cellerpuig.example"),
        sent="2026-12-11 10:30 +0100",
        client="apple",
        bill=bill("SEA-27-4515", "EUR", "32170 export 380.00", "32171 sea 2215.00"),
        text="""Hola,

Lo pagaremos antes de Navidad: el martes 22 hacemos la última remesa de pagos del año y ya os he incluido.

Saludos,
Jordi""",
        facts=Facts(promised_date="2026-12-22"),
        note="'antes de Navidad' is pinned by 'el martes 22'; past-tense 'ya os he incluido' announces the payment",
    ),
    Reply(
        key="pp-nl-donderdag",
        intent="promise_to_pay",
        lang="nl",
        sender=("Pieter Hoekstra", "p.hoekstra@hoekstra-machinebouw.example"),
        sent="2026-12-11 15:48 +0100",
        client="outlook",
        bill=bill("SEA-27-4505", "EUR", "32140 sea 3870.00", "32141 duties 1422.15"),
        text="""Goedemiddag,

Excuses voor de vertraging, de facturen lagen nog bij onze projectleider ter goedkeuring. Ze zijn nu akkoord en gaan volgende week donderdag de deur uit.

Met vriendelijke groet,

Pieter Hoekstra
Financiële administratie
Hoekstra Machinebouw B.V.""",
        facts=Facts(promised_date="2026-12-17"),
        note="'volgende week donderdag' from Friday 11 Dec is Thursday 17 Dec",
    ),
    Reply(
        key="pp-it-venerdi",
        intent="promise_to_pay",
        lang="it",
        sender=("Giovanni Bertolotti", "giovanni@cantinebertolotti.example"),
        sent="2026-12-14 18:40 +0100",
        client="gmail",
        bill=bill(
            "SEA-27-4520",
            "EUR",
            "32180 export 450.00",
            "32181 sea 3120.00",
            "32182 demurrage 560.00",
        ),
        text="""Buonasera,

scusate se rispondo solo adesso ma sono state settimane di fuoco. Abbiamo finito di imbottigliare la Barbera la settimana scorsa, poi il camion per Anversa è arrivato con un giorno di ritardo e l'autista non aveva i documenti giusti, quindi abbiamo dovuto rifare il DAE, e nel frattempo il vostro collega di Genova mi chiamava per la controstallia del container di ottobre. Tra l'altro vorrei capire meglio come funziona per le prossime spedizioni con i pallet misti, perché il cliente in Olanda ne vuole due con tre etichette diverse e non so se serve una dichiarazione separata per ogni referenza.

Comunque, per le fatture: il bonifico lo faccio venerdì 18, tutte e tre insieme, così chiudiamo l'anno puliti.

Per i pallet misti magari mi fate chiamare da qualcuno dell'ufficio export?

Grazie e buona serata,
Giovanni Bertolotti
Cantine Bertolotti – Nizza Monferrato""",
        facts=Facts(promised_date="2026-12-18"),
        note="long reply; the promise is buried in the middle",
    ),
    Reply(
        key="pp-it-gennaio",
        intent="promise_to_pay",
        lang="it",
        sender=("Federica Longo", "f.longo@longo-arredamenti.example"),
        sent="2026-12-21 11:15 +0100",
        client="iphone",
        bill=bill("SEA-27-4545", "EUR", "32280 sea 2890.00", "32281 duties 1105.40"),
        text="Buongiorno, siamo già in chiusura per le feste. Il pagamento lo facciamo giovedì 7 gennaio, il primo giorno di riapertura. Buone feste!\nFederica Longo",
        facts=Facts(promised_date="2027-01-07"),
        note="a person, not an auto-reply; the promised date falls in the next year",
    ),
]

DISPUTE: Final[list[Reply]] = [
    Reply(
        key="di-en-notarrived",
        intent="dispute",
        lang="en",
        sender=("Gareth Morgan", "gareth.morgan@morganfloorings.example"),
        sent="2026-12-02 11:32 +0000",
        client="outlook_html",
        bill=bill("SEA-27-4440", "GBP", "31850 sea 3650.00", "31851 demurrage 1240.00"),
        text="""Hi,

We have NOT paid these and we won't until the goods turn up. The container never arrived at our warehouse in Telford – your own tracking still shows it sitting at Felixstowe since 13 November. I'm certainly not paying £1,240 demurrage on 31851 for a delay your haulier caused.

Sort the delivery out and then we'll talk about the freight invoice.

Gareth Morgan
Operations Director
Morgan Floorings Ltd""",
        refs=("31851",),
        note="negated payment: goods never delivered, demurrage contested",
    ),
    Reply(
        key="di-en-duplicate",
        intent="dispute",
        lang="en",
        sender=("Hannah Lister", "h.lister@listerandcoles.example"),
        sent="2026-12-04 09:18 +0000",
        client="gmail",
        bill=bill("AIR-27-0915", "GBP", "31870 air 2915.50", "31871 air 2915.50"),
        text="""Hello,

31870 was paid on 2 December, BACS ref LC-20261202-07. 31871 is the same shipment billed twice – same AWB (176-88412207), same chargeable weight, same amount. Please cancel 31871 or send us a credit note; we won't be paying it.

Kind regards,
Hannah Lister
Accounts Payable, Lister & Coles Trading""",
        refs=("31870", "31871"),
        note="one invoice paid, the other a duplicate: the dispute wins for the disputed part and the payment fields stay empty",
    ),
    Reply(
        key="di-en-quote",
        intent="dispute",
        lang="en",
        loc="us",
        sender=("Carlos Mendes", "cmendes@atlantic-bikeparts.example"),
        sent="2026-12-16 13:05 -0500",
        client="outlook",
        bill=bill("SEA-27-4525", "USD", "32190 sea 3480.00", "32191 customs 225.00"),
        text="""Hi team,

32190 doesn't match your quote. Quote Q-27-1184 was USD 2,950 all-in per 40'HC Rotterdam–Savannah, no surcharges. The invoice shows 3,480 with a "peak season surcharge" nobody agreed to. Please reissue it at 2,950 and we'll pay that right away together with 32191, which is fine.

Carlos Mendes
Logistics Coordinator
Atlantic Bike Parts Inc.

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.""",
        refs=("32190", "32191"),
        note="wrong price against the quote; paying the corrected amount is conditional",
    ),
    Reply(
        key="di-de-nichtunsere",
        intent="dispute",
        lang="de",
        sender=("Ingrid Hoffmann", "i.hoffmann@hoffmann-feinwerk.example"),
        sent="2026-12-08 10:12 +0100",
        client="outlook",
        charset="iso-8859-1",
        bill=bill("SEA-27-4470", "EUR", "32030 sea 2980.00", "32031 duties 1165.20"),
        text="""Sehr geehrte Damen und Herren,

diese Sendung ist nicht unsere. Wir haben keinen Import aus Ningbo beauftragt, und die auf der Rechnung angegebene Bestellnummer 4500-88213 gibt es in unserem System nicht. Bitte prüfen Sie, ob hier eine Verwechslung mit einem anderen Kunden vorliegt, und stornieren Sie die beiden Rechnungen.

Mit freundlichen Grüßen
Ingrid Hoffmann
Einkauf
Hoffmann Feinwerktechnik GmbH""",
        note="not our shipment, not our PO",
    ),
    Reply(
        key="di-de-schaden",
        intent="dispute",
        lang="de",
        rlang="en",
        sender=("Jens Albrecht", "jens.albrecht@albrecht-anlagenbau.example"),
        sent="2026-12-15 16:44 +0100",
        client="gmail",
        bill=bill("RD-27-2270", "EUR", "32210 road 4380.00"),
        text="""Hallo zusammen,

die Maschine aus dem Transport RD-27-2270 kam mit gebrochenem Grundrahmen bei uns an, Fotos und Schadensprotokoll hat Ihr Kollege Herr Wendt seit dem 30.11. Solange der Schaden nicht reguliert ist, zahlen wir die Frachtrechnung 32210 nicht.

Gruß
Jens Albrecht
Albrecht Anlagenbau GmbH""",
        refs=("32210",),
        note="damaged goods, 'we won't pay until settled'; German reply to an English reminder",
    ),
    Reply(
        key="di-fr-avoir",
        intent="dispute",
        lang="fr",
        sender=("Sophie Garnier", "s.garnier@garnier-cosmetiques.example"),
        sent="2026-12-03 14:50 +0100",
        client="owa",
        bill=bill("AIR-27-0918", "EUR", "31890 air 1560.00"),
        text="""Bonjour,

La facture NWF-27-31890 a déjà fait l'objet d'un avoir de votre part le 19 novembre (avoir AV-27-00412, même montant). Elle est donc soldée et ne devrait plus figurer dans vos relances. Merci de mettre votre compte client à jour.

Cordialement,
Sophie Garnier
Comptabilité fournisseurs – Garnier Cosmétiques""",
        refs=("31890",),
        note="already credited",
    ),
    Reply(
        key="di-fr-surestaries",
        intent="dispute",
        lang="fr",
        sender=("Éric Lemaire", "e.lemaire@lemaire-negoce.example"),
        sent="2026-12-10 17:26 +0100",
        client="thunderbird",
        bill=bill("SEA-27-4498", "EUR", "32125 sea 2750.00", "32126 demurrage 1350.00"),
        text="""Bonsoir,

Vous nous facturez 9 jours de surestaries sur le conteneur MSKU 481220-7 alors qu'il a été restitué vide au terminal 4 jours après le déchargement (EIR du 12/11 joint à mon mail du 20/11, resté sans réponse). Nous contestons donc la facture 32126 et ne la réglerons pas en l'état. La facture de fret 32125 est correcte et sera payée à son échéance normale.

Éric Lemaire
Lemaire Négoce""",
        refs=("32125", "32126"),
        note="wrong number of demurrage days; the freight invoice will be paid, but the dispute drives the action",
    ),
    Reply(
        key="di-es-despacho",
        intent="dispute",
        lang="es",
        sender=("Álvaro Núñez", "anunez@nunez-alimentacion.example"),
        sent="2026-12-14 12:38 +0100",
        client="outlook",
        charset="iso-8859-1",
        bill=bill("SEA-27-4508", "EUR", "32145 sea 3140.00", "32146 customs 295.00"),
        text="""Buenos días,

La factura 32146 no procede: el despacho de aduanas en Algeciras no lo hicieron ustedes, lo hizo nuestro propio agente (Aduanas Marín), que ya nos lo ha facturado. Les rogamos que la anulen. La 32145 del flete la pagamos esta semana.

Saludos,
Álvaro Núñez
Núñez Alimentación, S.L.""",
        refs=("32145", "32146"),
        note="service not performed by Northwind; a promise for the other invoice does not beat the dispute",
    ),
    Reply(
        key="di-nl-opslag",
        intent="dispute",
        lang="nl",
        sender=("Ruud Vermeulen", "ruud@vermeulen-tuinmeubelen.example"),
        sent="2026-12-07 08:57 +0100",
        client="iphone",
        bill=bill("SEA-27-4477", "EUR", "32040 sea 2410.00", "32041 storage 780.00"),
        text="Deze klopt niet. Wij hebben nooit opslag bij jullie gehad, de pallets zijn dirct doorgereden naar ons magazijn in Venlo. Die 780 euro betalen we dus niet, graag een creditnota.\n\nRuud",
        note="storage never used; typo 'dirct'; no invoice number written",
    ),
    Reply(
        key="di-nl-oorsprong",
        intent="dispute",
        lang="nl",
        sender=("Linda Bakker", "l.bakker@bakker-industrial.example"),
        sent="2026-12-17 11:02 +0100",
        client="gmail",
        bill=bill("SEA-27-4530", "EUR", "32200 sea 1890.00", "32201 duties 2210.40"),
        text="""Goedemorgen,

Waarom is er op 32201 invoerrecht berekend? De goederen komen uit Zuid-Korea en we hebben jullie vooraf een geldige oorsprongsverklaring gestuurd, dus het tarief had 0% moeten zijn. Nu betalen we € 1.376 te veel aan rechten. Graag een gecorrigeerde aangifte en een creditnota; de btw en de vracht (32200) betalen we gewoon.

Met vriendelijke groet,
Linda Bakker
Customs & Compliance
Bakker Industrial Supplies B.V.""",
        refs=("32200", "32201"),
        note="phrased as a question, but it contests the duty amount",
    ),
    Reply(
        key="di-it-container",
        intent="dispute",
        lang="it",
        sender=("Marco Ferraris", "m.ferraris@ferraris-meccanica.example"),
        sent="2026-12-09 10:20 +0100",
        client="outlook_html",
        charset="windows-1252",
        attachment="BL_MEDU7731902.pdf",
        bill=bill("SEA-27-4492", "EUR", "32080 sea 8700.00", "32081 handling 975.00"),
        text="""Buongiorno,

nella fattura NWF-27-32080 ci addebitate il nolo di tre container da 40', ma la spedizione era di due container (vedi B/L MEDU 7731902, che vi allego di nuovo). Vi chiediamo di emettere una nota di credito per il terzo container; fino ad allora la fattura resta sospesa.

Cordiali saluti

Marco Ferraris
Ufficio Logistica
Ferraris Meccanica S.r.l.

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Qualora il messaggio vi fosse pervenuto per errore, vi preghiamo di cancellarlo e di darne notizia al mittente. Trattamento dei dati personali ai sensi del Regolamento UE 2016/679.""",
        refs=("32080",),
        note="wrong quantity; the B/L is attached",
    ),
    Reply(
        key="di-it-valore",
        intent="dispute",
        lang="it",
        sender=("Paola Conti", "paola.conti@conti-ceramiche.example"),
        sent="2026-12-18 09:35 +0100",
        client="gmail",
        bill=bill("SEA-27-4540", "EUR", "32270 duties 6480.00", "32271 customs 180.00"),
        text="""Buongiorno,

i dazi della fattura 32270 sono calcolati su un valore dichiarato di 64.800 € invece di 46.800 €: c'è un errore di battitura nella bolletta doganale e abbiamo pagato dazio e IVA in eccesso. Finché non ci mandate la dichiarazione rettificata e la fattura corretta non possiamo pagare.

Saluti,
Paola Conti
Conti Ceramiche S.p.A.""",
        refs=("32270",),
        note="wrong customs value, so wrong duty amount; 'we won't pay until it is fixed'",
    ),
]

PAYMENT_PLAN: Final[list[Reply]] = [
    Reply(
        key="pl-en-instalments",
        intent="payment_plan",
        lang="en",
        sender=("Stuart Bell", "stuart@bellandbarrow-home.example"),
        sent="2026-12-01 15:20 +0000",
        client="gmail",
        bill=bill("SEA-27-4430", "GBP", "31820 sea 4100.00", "31821 duties 4300.00"),
        text="""Hi,

I'll be straight with you. We lost our biggest wholesale customer in October and cash is very tight going into Christmas. We're not disputing any of this, but I can't clear £8,400 in one go.

Could we pay it in four monthly instalments of £2,100, starting in January? I can set up a standing order today if you agree.

Thanks for bearing with us,
Stuart Bell
Director, Bell & Barrow Home""",
        note="hardship and monthly instalments",
    ),
    Reply(
        key="pl-en-settlement",
        intent="payment_plan",
        lang="en",
        sender=("Fiona Drummond", "fiona.drummond@drummond-spirits.example"),
        sent="2026-12-10 12:02 +0000",
        client="apple",
        bill=bill("SEA-27-4503", "GBP", "32130 demurrage 2860.00"),
        text="""Hello,

I'm not arguing that the demurrage on 32130 wasn't incurred – our buyer in Lagos was late collecting, and that's on us. But £2,860 is more than our margin on the whole shipment. Would you accept £1,500 in full and final settlement? If so I can pay it this week.

Kind regards,
Fiona Drummond
Export Manager
Drummond Spirits Ltd""",
        refs=("32130",),
        note="asks to settle for a reduced amount without contesting the charge; paying 'this week' depends on acceptance",
    ),
    Reply(
        key="pl-en-partnow",
        intent="payment_plan",
        lang="en",
        sender=("Nadia Hussain", "nadia@hussaintrading.example"),
        sent="2026-12-15 11:45 +0000",
        client="outlook_html",
        bill=bill("SEA-27-4512", "GBP", "32165 sea 3880.00", "32166 duties 2530.00"),
        text="""Dear Accounts team,

I've transferred £2,000 this morning as a part payment against 32165. For the balance of £4,410 I'd like to propose two further payments of £2,205 on 15 January and 15 February.

Please confirm this is acceptable.

Regards,
Nadia Hussain
Hussain Trading Co. Ltd

Hussain Trading Co. Ltd is registered in England and Wales, company no. 08817342. Registered office: 14 Canal Street, Leicester LE1 9QQ. This message is intended only for the addressee and may contain confidential information; if you have received it in error please notify the sender and delete it.""",
        refs=("32165",),
        note="part payment now plus dated instalments: payment_plan, not payment_sent; plan dates and amounts are not labelled",
    ),
    Reply(
        key="pl-de-raten",
        intent="payment_plan",
        lang="de",
        sender=("Klaus Weber", "k.weber@weber-druckmaschinen.example"),
        sent="2026-12-03 11:05 +0100",
        client="outlook_html",
        bill=bill("SEA-27-4456", "EUR", "31895 sea 3800.00", "31896 duties 2200.00"),
        text="""Sehr geehrte Damen und Herren,

durch den Forderungsausfall bei einem unserer Großkunden ist unsere Liquidität derzeit angespannt. Wir möchten Ihnen daher vorschlagen, den offenen Betrag von 6.000,00 EUR in drei Monatsraten zu je 2.000,00 EUR zu begleichen, beginnend am 15.12.2026.

Für Ihr Entgegenkommen wären wir Ihnen sehr dankbar.

Mit freundlichen Grüßen
Klaus Weber
Geschäftsführer
Weber Druckmaschinen GmbH""",
        note="instalment proposal with a start date; plan dates are not labelled",
    ),
    Reply(
        key="pl-de-aufschub",
        intent="payment_plan",
        lang="de",
        sender=("Anja Lorenz", "a.lorenz@lorenz-spielwaren.example"),
        sent="2026-12-16 09:30 +0100",
        client="iphone",
        bill=bill("SEA-27-4528", "EUR", "32195 sea 2100.00", "32196 duties 1620.30"),
        text="Guten Morgen, könnten Sie uns bis Ende Januar Zeit geben? Das Weihnachtsgeschäft läuft gut, aber Amazon zahlt erst im Januar aus. Wir würden dann alles auf einmal zahlen.\n\nAnja Lorenz\nLorenz Spielwaren",
        note="asks for more time: payment_plan even though a date is named, so no promised_date",
    ),
    Reply(
        key="pl-fr-etaler",
        intent="payment_plan",
        lang="fr",
        sender=("Hélène Dubois", "h.dubois@dubois-bois-import.example"),
        sent="2026-12-08 14:15 +0100",
        client="gmail",
        bill=bill(
            "SEA-27-4480",
            "EUR",
            "32050 sea 5200.00",
            "32051 duties 3910.00",
            "32052 demurrage 1140.00",
        ),
        text="""Bonjour,

Suite à la grève des dockers au Havre, deux de nos conteneurs sont restés bloqués six semaines et notre trésorerie s'en ressent sérieusement. Serait-il possible d'étaler le règlement de ces trois factures sur trois mois (janvier, février, mars) ? Nous ne contestons rien, il s'agit uniquement d'un problème de délai.

Dans l'attente de votre retour,
Hélène Dubois
Gérante – Dubois Bois Import""",
    ),
    Reply(
        key="pl-es-plazos",
        intent="payment_plan",
        lang="es",
        sender=("Raúl Castaño", "raul.castano@castano-vinos.example"),
        sent="2026-12-04 13:00 +0100",
        client="outlook",
        charset="windows-1252",
        bill=bill("SEA-27-4462", "EUR", "31965 sea 2600.00", "31966 duties 1800.00"),
        text="""Buenas,

¿Podríamos pagarlo en dos plazos? La mitad ahora, antes de fin de año, y la otra mitad el 15 de enero. Diciembre es un mes complicado para nosotros, con tanto cobro pendiente de los clientes de Navidad.

Quedo a la espera.
Raúl Castaño
Bodegas Castaño – Exportación""",
    ),
    Reply(
        key="pl-es-mensual",
        intent="payment_plan",
        lang="es",
        sender=("Inmaculada Ruiz", "iruiz@ruizcalzado.example"),
        sent="2026-12-18 10:25 +0100",
        client="gmail",
        bill=bill("AIR-27-0950", "EUR", "32290 air 3460.00", "32291 customs 140.00"),
        text="""Buenos días,

Les escribo con cierta vergüenza. Hemos tenido un año muy malo (un cliente grande de Alemania entró en concurso y nos dejó a deber casi 40.000 €) y ahora mismo no podemos pagar los 3.600 € de golpe. Les propongo pagar 600 € al mes a partir de enero hasta saldar la deuda. Si necesitan que lo firmemos, no hay problema.

Muchas gracias por su comprensión,
Inmaculada Ruiz
Calzados Ruiz – Elche""",
        note="hardship and monthly payments",
    ),
    Reply(
        key="pl-nl-regeling",
        intent="payment_plan",
        lang="nl",
        sender=("Mark Jansen", "mark@jansen-fietsen.example"),
        sent="2026-12-02 16:40 +0100",
        client="outlook",
        bill=bill("SEA-27-4447", "EUR", "31875 sea 2900.00", "31876 duties 1615.00"),
        text="""Hallo,

Zouden we een betalingsregeling kunnen treffen voor deze twee facturen? Ik stel voor om het in drie gelijke termijnen te betalen: december, januari en februari. We hebben een lastige periode achter de rug met de verhuizing van ons magazijn.

Groet,
Mark Jansen
Jansen Fietsen B.V.""",
    ),
    Reply(
        key="pl-nl-uitstel",
        intent="payment_plan",
        lang="nl",
        rlang="en",
        sender=("Evelien Smit", "e.smit@smit-bloembollen.example"),
        sent="2026-12-21 10:10 +0100",
        client="gmail",
        bill=bill("AIR-27-0955", "EUR", "32300 air 4120.00"),
        text="""Goedemorgen,

Ik wil u vragen om uitstel van betaling tot 15 januari. Onze afnemer in Canada betaalt pas na ontvangst van de hele partij en de laatste zending is door het weer vertraagd. Zodra dat geld binnen is maken we het over.

Alvast bedankt,
Evelien Smit
Smit Bloembollen Export""",
        note="asks for more time until a date: payment_plan, no promised_date; Dutch reply to an English reminder",
    ),
    Reply(
        key="pl-it-rate",
        intent="payment_plan",
        lang="it",
        sender=("Davide Russo", "d.russo@russo-tessuti.example"),
        sent="2026-12-07 11:45 +0100",
        client="outlook",
        bill=bill("SEA-27-4485", "EUR", "32065 sea 4400.00", "32066 duties 3600.00"),
        text="""Buongiorno,

vi scrivo per chiedervi la possibilità di rateizzare l'importo di € 8.000,00 in quattro rate mensili da € 2.000,00, a partire da gennaio. È un periodo difficile per tutto il settore tessile e preferiamo accordarci con voi piuttosto che pagare in ritardo.

Resto in attesa di un vostro riscontro.

Davide Russo
Russo Tessuti S.r.l. – Prato""",
    ),
    Reply(
        key="pl-it-dilazione",
        intent="payment_plan",
        lang="it",
        sender=("Silvia Marino", "silvia.marino@marino-olio.example"),
        sent="2026-12-22 16:05 +0100",
        client="apple",
        bill=bill("SEA-27-4550", "EUR", "32310 sea 2350.00", "32311 demurrage 480.00"),
        text="""Buonasera,

vi chiedo cortesemente una dilazione di 30 giorni sulle due fatture. Il nostro importatore di Chicago ha pagato in ritardo e ci ritroviamo scoperti proprio a fine anno. Se per voi va bene, a fine gennaio saldiamo tutto.

Grazie,
Silvia Marino
Oleificio Marino – Bari""",
        note="asks for 30 more days; 'a fine gennaio' belongs to the request, so no promised_date",
    ),
]

INVOICE_REQUEST: Final[list[Reply]] = [
    Reply(
        key="ir-en-resend",
        intent="invoice_request",
        lang="en",
        sender=("Tom Aldridge", "t.aldridge@aldridge-engineering.example"),
        sent="2026-12-02 10:35 +0000",
        client="outlook",
        charset="windows-1252",
        bill=bill("SEA-27-4442", "GBP", "31860 sea 2240.00", "31861 customs 165.00"),
        text="""Hi,

We've never received either of these invoices – this reminder is the first we've heard of them. Could you resend both as PDFs to this address? I'll get them approved as soon as they're in.

Thanks,
Tom Aldridge
Purchase Ledger
Aldridge Engineering Ltd""",
        note="never received, not contested",
    ),
    Reply(
        key="ir-en-w8",
        intent="invoice_request",
        lang="en",
        loc="us",
        sender=("Jessica Tran", "jtran@coastalvine-imports.example"),
        sent="2026-12-07 14:20 -0800",
        client="gmail",
        bill=bill("SEA-27-4475", "USD", "32035 sea 4760.00", "32036 duties 2385.00"),
        text="""Hi there,

We can't release payment to a new foreign vendor until we have a completed W-8BEN-E on file – our system blocks it. Could you send one over, signed, along with your bank details on letterhead? Once I have both I can pay within a few days.

Thanks!
Jessica Tran
AP Specialist, Coastal Vine Imports""",
        note="tax form and bank details needed before paying; 'within a few days' is conditional and undated",
    ),
    Reply(
        key="ir-en-basware",
        intent="invoice_request",
        lang="en",
        sender=("Basware Invoice Processing", "noreply-invoices@hartwell-group.example"),
        sent="2026-12-17 03:12 +0000",
        client="notice",
        subject="Invoice rejected: NWF-27-32250 – missing purchase order number",
        bill=bill("SEA-27-4537", "GBP", "32250 sea 3105.00"),
        headers=(AUTO_GENERATED, ("X-Mailer", "Basware Alusta")),
        text="""This is an automated message from the Hartwell Group accounts payable system.

The following invoice could not be processed and has been returned to you:

  Supplier:        Northwind Forwarding B.V.
  Invoice number:  NWF-27-32250
  Invoice date:    12/11/2026
  Amount:          GBP 3,105.00
  Reason:          Purchase order number missing or invalid (code AP-014)

Hartwell Group only pays invoices that quote a valid purchase order number (format 45xxxxxxxx). Please reissue the invoice with the PO number supplied by your Hartwell contact and submit it to invoices@hartwell-group.example.

Do not reply to this message; this mailbox is not monitored.""",
        refs=("32250",),
        note="automated AP rejection: the invoice must be reissued with a PO number, so invoice_request; 'not monitored' and the submission address do not make it wrong_contact",
    ),
    Reply(
        key="ir-de-atlas",
        intent="invoice_request",
        lang="de",
        sender=("Frank Neumann", "f.neumann@neumann-elektro.example"),
        sent="2026-12-09 13:14 +0100",
        client="outlook",
        bill=bill("SEA-27-4493", "EUR", "32085 sea 2300.00", "32086 duties 4870.25"),
        text="""Sehr geehrte Damen und Herren,

für die Buchung der Rechnung 32086 benötigen wir den Einfuhrabgabenbescheid bzw. die Zollanmeldung aus ATLAS. Ohne diesen Beleg können wir die Einfuhrumsatzsteuer nicht als Vorsteuer geltend machen und die Rechnung nicht freigeben. Bitte senden Sie uns außerdem eine Kopie der Rechnung 32085, die liegt uns nicht vor.

Vielen Dank und freundliche Grüße
Frank Neumann
Buchhaltung
Neumann Elektrotechnik GmbH""",
        refs=("32085", "32086"),
        note="customs documents and an invoice copy needed before paying",
    ),
    Reply(
        key="ir-fr-bondecommande",
        intent="invoice_request",
        lang="fr",
        sender=("Camille Perrin", "camille.perrin@perrin-emballages.example"),
        sent="2026-12-01 10:05 +0100",
        client="outlook_html",
        bill=bill("SEA-27-4425", "EUR", "31810 sea 3150.00", "31811 customs 240.00"),
        text="""Bonjour,

Pour que notre service comptable puisse traiter vos factures, il faut impérativement qu'elles mentionnent notre numéro de bon de commande (BC-2026-1187). Pourriez-vous nous les renvoyer avec cette mention ? Le montant ne pose aucun problème.

Bonne journée,
Camille Perrin
Achats / Logistique
Perrin Emballages SAS""",
        note="reissue with a PO number, amount not contested",
    ),
    Reply(
        key="ir-fr-rib",
        intent="invoice_request",
        lang="fr",
        sender=("Bernard Michaud", "b.michaud@michaud-vins.example"),
        sent="2026-12-11 15:55 +0100",
        client="apple",
        bill=bill("SEA-27-4506", "EUR", "32135 sea 1980.00", "32136 duties 2740.00"),
        text="""Bonjour,

Avant de payer, nous voudrions une confirmation de vos coordonnées bancaires : nous avons reçu la semaine dernière un mail « Northwind » nous annonçant un changement de RIB vers une banque à Malte, ce qui nous paraît bizarre. Pouvez-vous nous envoyer votre RIB sur papier à en-tête, ou nous appeler au 01 99 00 41 27 ?

Merci,
Bernard Michaud
Vins Michaud – Meursault""",
        note="wants the bank details confirmed before paying",
    ),
    Reply(
        key="ir-es-reenviar",
        intent="invoice_request",
        lang="es",
        sender=("Cristina Vidal", "cvidal@vidal-electronica.example"),
        sent="2026-12-03 12:45 +0100",
        client="gmail",
        bill=bill("AIR-27-0917", "EUR", "31885 air 1745.00"),
        text="""Hola:

No nos consta ninguna factura con ese número en nuestro sistema. ¿Nos la podéis reenviar? En cuanto la tengamos la pasamos a pago.

Gracias,
Cristina Vidal
Vidal Electrónica""",
        note="not on file, please resend; not contested",
    ),
    Reply(
        key="ir-es-dua",
        intent="invoice_request",
        lang="es",
        sender=("Manuel Ortega", "mortega@ortega-import.example"),
        sent="2026-12-16 10:40 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        bill=bill("SEA-27-4531", "EUR", "32215 duties 5420.60", "32216 customs 275.00"),
        text="""Buenos días,

Para poder contabilizar la factura 32215 necesitamos copia del DUA de importación, ya que sin él no podemos deducir el IVA. ¿Nos lo pueden enviar junto con la factura?

Un saludo,
Manuel Ortega
Dpto. Contabilidad
Ortega Importaciones, S.A.""",
        refs=("32215",),
    ),
    Reply(
        key="ir-nl-overzicht",
        intent="invoice_request",
        lang="nl",
        sender=("Joost van Leeuwen", "j.vanleeuwen@vanleeuwen-staal.example"),
        sent="2026-12-08 09:50 +0100",
        client="owa",
        bill=bill("SEA-27-4483", "EUR", "32055 sea 3560.00", "32056 customs 210.00"),
        text="""Goedemorgen,

Kunnen jullie ons een actueel rekeningoverzicht sturen met alle openstaande posten? In onze administratie staan twee betalingen van november die ik niet terugzie in jullie herinnering, dus ik wil het eerst naast elkaar leggen voordat ik iets betaal.

Met vriendelijke groet,
Joost van Leeuwen
Crediteurenadministratie
Van Leeuwen Staalhandel B.V.""",
        note="statement of account before paying; the November payments are not claimed as payment of these invoices",
    ),
    Reply(
        key="ir-nl-waarvoor",
        intent="invoice_request",
        lang="nl",
        sender=("Femke Visser", "femke@vissertextiel.example"),
        sent="2026-12-18 14:02 +0100",
        client="iphone",
        bill=bill("SEA-27-4538", "EUR", "32265 storage 615.00"),
        text="Waar is deze factuur voor? Ik kan het dossiernummer nergens terugvinden. Kunnen jullie de onderliggende stukken sturen (opslagperiode, welke pallets)? Dan laat ik hem goedkeuren.\n\nFemke",
        note="asks what the charge is for and for the supporting documents",
    ),
    Reply(
        key="ir-it-copia",
        intent="invoice_request",
        lang="it",
        sender=("Roberta Fabbri", "r.fabbri@fabbri-impianti.example"),
        sent="2026-12-02 11:25 +0100",
        client="thunderbird",
        bill=bill("SEA-27-4449", "EUR", "31905 sea 2640.00", "31906 duties 1290.80"),
        text="""Buongiorno,

le fatture indicate nel sollecito non ci sono mai arrivate, né via e-mail né per posta. Potete inviarcene copia in PDF? Appena le riceviamo le mettiamo in pagamento.

Cordiali saluti
Roberta Fabbri
Amministrazione – Fabbri Impianti S.r.l.""",
    ),
    Reply(
        key="ir-it-partitaiva",
        intent="invoice_request",
        lang="it",
        sender=("Alessandro De Luca", "a.deluca@delucafood.example"),
        sent="2026-12-15 10:15 +0100",
        client="outlook",
        charset="windows-1252",
        bill=bill("SEA-27-4524", "EUR", "32185 sea 3300.00", "32186 duties 1960.00"),
        text="""Buongiorno,

le due fatture sono intestate a De Luca Food S.r.l. ma riportano la partita IVA della nostra vecchia società, chiusa a giugno. Il nostro commercialista non può registrarle così. Potete riemetterle con la partita IVA corretta (IT04821930617)? L'importo è giusto, appena arrivano paghiamo.

Grazie,
Alessandro De Luca
De Luca Food S.r.l.""",
        note="reissue with the right VAT number, amount not contested",
    ),
]

WRONG_CONTACT: Final[list[Reply]] = [
    Reply(
        key="wc-en-coordinator",
        intent="wrong_contact",
        lang="en",
        sender=("Liam Doyle", "liam.doyle@harrowgate-imports.example"),
        sent="2026-12-01 13:50 +0000",
        client="outlook_html",
        bill=bill("SEA-27-4428", "GBP", "31815 sea 2980.00", "31816 duties 1345.60"),
        text="""Hi,

I'm the logistics coordinator here, I don't deal with payments at all. Please send this to our accounts payable team at accounts.payable@harrowgate-imports.example and they'll pick it up.

Cheers,
Liam""",
        facts=Facts(new_contact="accounts.payable@harrowgate-imports.example"),
    ),
    Reply(
        key="wc-en-redirect",
        intent="wrong_contact",
        lang="en",
        loc="us",
        sender=("Accounts Department", "accounts@tidewell-distribution.example"),
        sent="2026-12-11 08:03 -0500",
        client="outlook_html_only",
        bill=bill("SEA-27-4507", "USD", "32138 sea 7800.00", "32139 duties 3410.00"),
        text="""Good Day,

Please be informed that our accounts department email has changed due to an ongoing internal audit. Kindly update your records and direct all invoices, statements and payment correspondence to our new email tidewell.accounts.dept@gmail.com with immediate effect. Do not send further correspondence to this address.

Also kindly forward us an updated statement of the total outstanding balance so we can process payment urgently.

Regards,
Accounts Department
Tidewell Distribution Inc.""",
        facts=Facts(new_contact="tidewell.accounts.dept@gmail.com"),
        note="phishing-like request to redirect mail to a free-mail address; labelled by what it asks (the statement request is secondary); verifying it is the collector's job",
    ),
    Reply(
        key="wc-en-notmonitored",
        intent="wrong_contact",
        lang="en",
        sender=("Crestline Foods Payables", "payables@crestline-foods.example"),
        sent="2026-12-14 07:00 +0000",
        client="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
        bill=bill("SEA-27-4516", "GBP", "32172 sea 2260.00", "32173 duties 1318.75"),
        text="""Thank you for your email.

This mailbox is no longer monitored. Since 1 December 2026 Crestline Foods handles all supplier invoices and payment queries through its shared service centre. Please resend your message to ap.queries@crestline-sharedservices.example, quoting the invoice number in the subject line.

Messages sent to this address will not be read or forwarded.""",
        facts=Facts(new_contact="ap.queries@crestline-sharedservices.example"),
        note="automatic 'no longer monitored' notice naming a new address: wrong_contact, not auto_reply",
    ),
    Reply(
        key="wc-de-ausgeschieden",
        intent="wrong_contact",
        lang="de",
        sender=("Heike Jung", "h.jung@vogel-werkzeugbau.example"),
        sent="2026-12-04 10:40 +0100",
        client="outlook",
        charset="iso-8859-1",
        bill=bill("SEA-27-4459", "EUR", "31950 sea 2450.00"),
        text="""Guten Tag,

Frau Becker ist seit dem 1. November nicht mehr bei uns beschäftigt, ihr Postfach wird nur noch sporadisch gesichtet. Für Rechnungen und Zahlungen ist jetzt Herr Olaf Brandt zuständig: o.brandt@vogel-werkzeugbau.example. Bitte passen Sie Ihren Verteiler entsprechend an.

Freundliche Grüße
Heike Jung
Sekretariat Geschäftsleitung
Vogel Werkzeugbau GmbH""",
        facts=Facts(new_contact="o.brandt@vogel-werkzeugbau.example"),
    ),
    Reply(
        key="wc-de-zoll",
        intent="wrong_contact",
        lang="de",
        sender=("Stefan Krüger", "zoll@lindner-chemie.example"),
        sent="2026-12-16 13:30 +0100",
        client="owa",
        bill=bill("SEA-27-4529", "EUR", "32220 duties 7310.00", "32221 customs 320.00"),
        text="""Hallo,

Sie haben Ihre Zahlungserinnerung an das Postfach unserer Zollabteilung geschickt. Wir bearbeiten hier nur Zollanmeldungen und Präferenznachweise, keine Rechnungen. Rechnungen und Mahnungen bitte ausschließlich an Rechnungseingang@Lindner-Chemie.example.

Mit freundlichen Grüßen
Stefan Krüger
Zoll & Außenwirtschaft
Lindner Chemie AG""",
        facts=Facts(new_contact="rechnungseingang@lindner-chemie.example"),
        note="customs department mailbox; the address is written in mixed case and labelled in lower case",
    ),
    Reply(
        key="wc-fr-douane",
        intent="wrong_contact",
        lang="fr",
        sender=("Yannick Le Goff", "y.legoff@legoff-maree.example"),
        sent="2026-12-09 08:20 +0100",
        client="gmail",
        bill=bill("AIR-27-0935", "EUR", "32090 air 3860.00", "32091 export 210.00"),
        text="""Bonjour,

Je m'occupe uniquement des formalités douanières et des réservations de fret, pas des paiements. Merci de voir directement avec Mme Lefort à la comptabilité : compta.fournisseurs@legoff-maree.example.

Cordialement,
Yannick Le Goff
Export – Le Goff Marée""",
        facts=Facts(new_contact="compta.fournisseurs@legoff-maree.example"),
    ),
    Reply(
        key="wc-fr-kine",
        intent="wrong_contact",
        lang="fr",
        sender=("Lucie Arnaud", "contact@kine-arnaud.example"),
        sent="2026-12-14 19:10 +0100",
        client="iphone",
        bill=bill("SEA-27-4514", "EUR", "32175 sea 2120.00"),
        text="Bonsoir, vous vous êtes trompés d'adresse, nous sommes un cabinet de kinésithérapie et nous n'avons jamais rien importé. Je pense que vous cherchez une autre société Arnaud.\nL. Arnaud",
        note="wrong recipient altogether, no new address",
    ),
    Reply(
        key="wc-es-buzon",
        intent="wrong_contact",
        lang="es",
        sender=("Facturación Grupo Almagro", "facturacion@grupo-almagro.example"),
        sent="2026-12-10 06:12 +0100",
        client="notice",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO, XARS),
        bill=bill("SEA-27-4501", "EUR", "32110 sea 4480.00", "32111 duties 2015.00"),
        text="""Este buzón ya no está operativo.

Desde el 1 de diciembre, la recepción de facturas y las consultas de proveedores del Grupo Almagro se gestionan en proveedores@almagro-serviciosadm.example. Le rogamos que reenvíe su mensaje a esa dirección indicando el número de factura en el asunto.

Este mensaje se ha generado automáticamente; por favor, no responda.""",
        facts=Facts(new_contact="proveedores@almagro-serviciosadm.example"),
        note="automatic 'mailbox no longer in use' notice naming a new address",
    ),
    Reply(
        key="wc-es-yanotrabajo",
        intent="wrong_contact",
        lang="es",
        sender=("Rocío Santana", "rocio.santana.m@gmail.com"),
        sent="2026-12-05 11:30 +0100",
        client="gmail",
        bill=bill("SEA-27-4468", "EUR", "31985 sea 1760.00"),
        text="""Hola,

Ya no trabajo en Importaciones Galán desde septiembre y este es mi correo personal, no sé por qué os sigue apareciendo. Para temas de facturas tenéis que escribir a administracion@importacionesgalan.example.

Un saludo,
Rocío""",
        facts=Facts(new_contact="administracion@importacionesgalan.example"),
    ),
    Reply(
        key="wc-nl-planner",
        intent="wrong_contact",
        lang="nl",
        sender=("Bas Mulder", "b.mulder@mulder-agrotech.example"),
        sent="2026-12-03 10:05 +0100",
        client="outlook_html",
        headers=(("Cc", "Crediteuren Mulder Agrotech <Crediteuren@Mulder-Agrotech.example>"),),
        bill=bill("SEA-27-4453", "EUR", "31910 sea 3420.00", "31911 duties 1980.00"),
        text="""Goedemorgen,

Ik ben hier de planner en ga niet over betalingen. Facturen en herinneringen graag naar onze crediteurenadministratie: Crediteuren@Mulder-Agrotech.example. Ik heb ze in de cc gezet.

Groet,
Bas Mulder
Planning & Logistiek
Mulder Agrotech B.V.""",
        facts=Facts(new_contact="crediteuren@mulder-agrotech.example"),
        note="address in mixed case, also copied in Cc; labelled in lower case",
    ),
    Reply(
        key="wc-nl-overgenomen",
        intent="wrong_contact",
        lang="nl",
        sender=("Wendy Koster", "w.koster@koster-verpakkingen.example"),
        sent="2026-12-17 14:35 +0100",
        client="gmail",
        bill=bill("SEA-27-4534", "EUR", "32235 sea 2680.00", "32236 customs 190.00"),
        text="""Beste,

Koster Verpakkingen is per 1 december overgenomen door de Packwell Group. Alle crediteurenzaken lopen vanaf nu via hun shared service center in Eindhoven. Wilt u herinneringen en facturen voortaan sturen naar ap.benelux@packwell-group.example? Ik kan er vanaf hier niets meer mee.

Met vriendelijke groet,
Wendy Koster""",
        facts=Facts(new_contact="ap.benelux@packwell-group.example"),
        note="company taken over; payables moved to the new owner's address",
    ),
    Reply(
        key="wc-it-spedizioniere",
        intent="wrong_contact",
        lang="it",
        sender=("Luca Ricci", "pratiche@studioricci-dogane.example"),
        sent="2026-12-11 12:20 +0100",
        client="outlook",
        charset="iso-8859-1",
        bill=bill("SEA-27-4511", "EUR", "32155 sea 2975.00", "32156 duties 2214.50"),
        text="""Buongiorno,

credo ci sia un equivoco: noi siamo lo spedizioniere doganale del vostro cliente, non il cliente. Le fatture vanno inviate direttamente al Pastificio Serra, all'attenzione dell'amministrazione: amministrazione@pastificioserra.example.

Cordiali saluti
Luca Ricci
Studio Doganale Ricci - Livorno""",
        facts=Facts(new_contact="amministrazione@pastificioserra.example"),
        note="the customer's customs broker names the customer's own address",
    ),
]

UNSUBSCRIBE: Final[list[Reply]] = [
    Reply(
        key="un-en-post",
        intent="unsubscribe",
        lang="en",
        sender=("G. Whitlock", "g.whitlock@whitlock-marine.example"),
        sent="2026-12-07 11:11 +0000",
        client="outlook",
        bill=bill("SEA-27-4481", "GBP", "32045 sea 5100.00"),
        text="""Please stop sending these emails. We do not accept payment demands by email. Any further correspondence regarding this account must be sent by post to our registered office:

Whitlock Marine Services Ltd
Unit 4, Quayside Business Park
Falmouth TR11 9ZX

G. Whitlock
Company Secretary""",
        note="'post only' → unsubscribe",
    ),
    Reply(
        key="un-en-solicitors",
        intent="unsubscribe",
        lang="en",
        sender=("Daniel Cartwright", "dan@cartwright-imports.example"),
        sent="2026-12-15 16:20 +0000",
        client="gmail",
        bill=bill("SEA-27-4519", "GBP", "32178 sea 4230.00", "32179 demurrage 2890.00"),
        text="""Our solicitors, Hargreave Pell LLP, are now dealing with this matter on our behalf and will be in touch with your legal department. Please do not contact me or any of my staff about this account again.

Daniel Cartwright
Managing Director""",
        note="'talk to our lawyers' without an address → unsubscribe",
    ),
    Reply(
        key="un-en-paidremove",
        intent="unsubscribe",
        lang="en",
        loc="us",
        sender=("Rachel Greene", "rachel@greene-homewares.example"),
        sent="2026-12-03 09:12 -0500",
        client="iphone",
        bill=bill("SEA-27-4450", "USD", "31915 sea 2350.00"),
        text="We paid this on the 1st!!! Check your records. Take me OFF this list NOW, I'm getting 3 of these a week.",
        note="stop request plus a payment claim: unsubscribe wins and the payment fields stay empty",
    ),
    Reply(
        key="un-de-dsgvo",
        intent="unsubscribe",
        lang="de",
        sender=("Dr. Martin Scholz", "m.scholz@scholz-medizintechnik.example"),
        sent="2026-12-02 17:25 +0100",
        client="outlook_html_only",
        bill=bill("AIR-27-0911", "EUR", "31865 air 2730.00"),
        text="""Sehr geehrte Damen und Herren,

hiermit widerspreche ich gemäß Art. 21 DSGVO der weiteren Verwendung meiner E-Mail-Adresse für Zahlungserinnerungen und sonstige Mitteilungen Ihres Hauses. Bitte löschen Sie meine Adresse aus sämtlichen Verteilern.

Mit freundlichen Grüßen
Dr. Martin Scholz
Scholz Medizintechnik GmbH""",
        note="GDPR objection to the use of the address",
    ),
    Reply(
        key="un-de-postweg",
        intent="unsubscribe",
        lang="de",
        sender=("Kraus Möbelmanufaktur - Buchhaltung", "buchhaltung@kraus-moebel.example"),
        sent="2026-12-18 08:45 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        bill=bill("SEA-27-4541", "EUR", "32275 sea 2990.00", "32276 storage 410.00"),
        text="""Guten Tag,

bitte schicken Sie uns keine Zahlungserinnerungen mehr per E-Mail. Schriftverkehr zu offenen Posten wünschen wir ausschließlich auf dem Postweg an unsere Geschäftsadresse.

Kraus Möbelmanufaktur
Buchhaltung""",
        note="'post only' → unsubscribe",
    ),
    Reply(
        key="un-fr-desinscription",
        intent="unsubscribe",
        lang="fr",
        sender=("Marc Olivier", "marc.olivier@olivier-design.example"),
        sent="2026-12-05 10:00 +0100",
        client="gmail_plain",
        bill=bill("AIR-27-0928", "EUR", "31970 air 890.00"),
        text="Merci de ne plus m'écrire à cette adresse. Désinscrivez-moi de vos relances automatiques.\n\nM. Olivier",
    ),
    Reply(
        key="un-fr-avocat",
        intent="unsubscribe",
        lang="fr",
        sender=("Patrick Vasseur", "p.vasseur@vasseur-transports.example"),
        sent="2026-12-16 18:02 +0100",
        client="outlook",
        charset="windows-1252",
        bill=bill("SEA-27-4532", "EUR", "32225 sea 6200.00", "32226 demurrage 2400.00"),
        text="""Monsieur,

Je vous informe que ce dossier est désormais entre les mains de notre avocat, Maître Garnier, du barreau de Lille. Toute correspondance devra lui être adressée. Je vous prie de cesser de m'envoyer des relances.

Patrick Vasseur
Gérant""",
        note="lawyer named without an address → unsubscribe",
    ),
    Reply(
        key="un-es-comercial",
        intent="unsubscribe",
        lang="es",
        sender=("Alberto Campos", "acampos@campos-frutas.example"),
        sent="2026-12-08 13:15 +0100",
        client="outlook_mobile",
        bill=bill("RD-27-2255", "EUR", "32020 road 1540.00"),
        text="Dejen de enviarme estos correos, por favor. Ya lo hablé con su comercial en persona y no necesito recibir un aviso cada tres días.",
        note="stop request; the talk with the sales rep is no payment commitment",
    ),
    Reply(
        key="un-es-mayusculas",
        intent="unsubscribe",
        lang="es",
        sender=("Pilar Domínguez", "pilar@dominguez-ceramica.example"),
        sent="2026-12-19 12:40 +0100",
        client="gmail",
        bill=bill("SEA-27-4542", "EUR", "32285 sea 3150.00", "32286 demurrage 720.00"),
        text="LA FACTURA DE LA DEMORA ESTA MAL Y NO LA VAMOS A PAGAR. Y DEJEN DE MANDARME ESTOS CORREOS AUTOMATICOS, QUE YA ESTA BIEN.\n\nPilar Dominguez",
        note="dispute plus a stop request: unsubscribe beats dispute; capitals, no accents",
    ),
    Reply(
        key="un-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        sender=("Hofstede Wijnen", "info@hofstede-wijnen.example"),
        sent="2026-12-09 16:16 +0100",
        client="gmail_plain",
        bill=bill("SEA-27-4494", "EUR", "32095 sea 1480.00"),
        text="Afmelden.",
        note="one word",
    ),
    Reply(
        key="un-it-lista",
        intent="unsubscribe",
        lang="it",
        sender=("Giulia Ferri", "giulia.ferri@ferri-moda.example"),
        sent="2026-12-04 17:50 +0100",
        client="iphone",
        bill=bill("AIR-27-0930", "EUR", "31975 air 1320.00"),
        text="Cancellatemi dalla vostra lista, per favore. Non voglio più ricevere queste email.",
    ),
    Reply(
        key="un-it-raccomandata",
        intent="unsubscribe",
        lang="it",
        sender=("Roberto Mancini", "r.mancini@mancini-autoricambi.example"),
        sent="2026-12-21 09:05 +0100",
        client="outlook",
        bill=bill("SEA-27-4547", "EUR", "32295 sea 2780.00", "32296 customs 260.00"),
        text="""Spett.le Northwind,

vi diffidiamo dall'inviare ulteriori solleciti via e-mail. Qualsiasi comunicazione relativa alla nostra posizione dovrà pervenire esclusivamente a mezzo raccomandata A/R presso la nostra sede legale.

Roberto Mancini
Mancini Autoricambi S.r.l.""",
        note="registered post only → unsubscribe",
    ),
]

AUTO_REPLY: Final[list[Reply]] = [
    Reply(
        key="ar-en-january",
        intent="auto_reply",
        lang="en",
        sender=("Sarah Whitfield", "s.whitfield@ashgrove-engineering.example"),
        sent="2026-12-18 08:31 +0000",
        client="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
        bill=bill("SEA-27-4543", "GBP", "32287 sea 1940.00"),
        text="""Thank you for your message. I am out of the office until Monday 4 January 2027 with no access to email.

For anything urgent relating to accounts payable, please contact my colleague James Pike on james.pike@ashgrove-engineering.example or call 01632 960418.

Kind regards,
Sarah Whitfield""",
        facts=Facts(return_date="2027-01-04"),
        note="'until Monday 4 January' → that day; the colleague's address does not set new_contact",
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        loc="us",
        sender=("Meridian AP Help Desk", "support@meridian-homegoods.example"),
        sent="2026-12-02 04:02 -0500",
        client="notice",
        subject="Request received: [AP-448102] {rsub}",
        headers=(AUTO, ("X-Mailer", "Zendesk Mailer")),
        bill=bill("SEA-27-4438", "USD", "31845 sea 6120.00", "31846 duties 2210.00"),
        text="""Hello,

Thanks for contacting Meridian Home Goods Accounts Payable. This is an automatic confirmation that we have received your email and logged it as request AP-448102.

A member of the team will respond within 3 business days. If you need to add information, reply to this email and keep the request number in the subject line.

Meridian AP Help Desk""",
        note="ticket acknowledgement, no return date",
    ),
    Reply(
        key="ar-en-holidays",
        intent="auto_reply",
        lang="en",
        loc="us",
        sender=("Ben Castellano", "ben@castellano-coffee.example"),
        sent="2026-12-19 07:00 -0800",
        client="notice",
        subject="Away for the holidays",
        bill=bill("SEA-27-4544", "USD", "32288 sea 3380.00", "32289 duties 612.40"),
        text="""Hi! I'm away for the holidays and will be back in the first week of January. I'm checking email only now and then, so expect a slow reply.

Happy holidays,
Ben
Castellano Coffee Importers""",
        note="vacation responder without Auto-Submitted; 'the first week of January' cannot be pinned to a day (1 Jan 2027 is a Friday), so no return_date",
    ),
    Reply(
        key="ar-de-urlaub",
        intent="auto_reply",
        lang="de",
        sender=("Carina Beck", "c.beck@beck-logistiksysteme.example"),
        sent="2026-12-14 08:02 +0100",
        client="notice",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO, XARS),
        bill=bill("SEA-27-4509", "EUR", "32147 sea 2870.00"),
        text="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin vom 14.12. bis einschließlich 18.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, dem 21.12., bin ich wieder für Sie erreichbar.

Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Grüßen
Carina Beck""",
        facts=Facts(return_date="2026-12-21"),
        note="'wieder erreichbar ab' the 21st wins over 'bis einschließlich 18.12.'",
    ),
    Reply(
        key="ar-de-elternzeit",
        intent="auto_reply",
        lang="de",
        sender=("Tobias Wagner", "t.wagner@wagner-fahrzeugteile.example"),
        sent="2026-12-07 11:40 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO,),
        bill=bill("SEA-27-4484", "EUR", "32057 sea 3090.00", "32059 duties 1250.00"),
        text="""Guten Tag,

ich befinde mich bis Ende Februar in Elternzeit. Ab dem 1. März 2027 bin ich wieder im Haus.

Ihre E-Mail wird nicht automatisch weitergeleitet. In Angelegenheiten der Kreditorenbuchhaltung wenden Sie sich bitte an buchhaltung@wagner-fahrzeugteile.example.

Viele Grüße
Tobias Wagner""",
        facts=Facts(return_date="2027-03-01"),
        note="parental leave; the stated day back wins; the colleague mailbox keeps new_contact null",
    ),
    Reply(
        key="ar-fr-retour",
        intent="auto_reply",
        lang="fr",
        sender=("Élodie Marchand", "e.marchand@marchand-distribution.example"),
        sent="2026-12-21 09:00 +0100",
        client="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO, XARS),
        bill=bill("SEA-27-4546", "EUR", "32292 sea 2540.00", "32293 duties 930.00"),
        text="""Bonjour,

Je suis absente du 21 décembre au 4 janvier inclus. Je serai de retour le mardi 5 janvier et traiterai votre message à ce moment-là.

Pour toute urgence comptable, merci de contacter le standard au 01 99 00 27 63.

Élodie Marchand""",
        facts=Facts(return_date="2027-01-05"),
        note="'de retour le mardi 5 janvier' wins over 'au 4 janvier inclus'",
    ),
    Reply(
        key="ar-fr-ticket",
        intent="auto_reply",
        lang="fr",
        sender=("Groupe Bastide – Service Fournisseurs", "fournisseurs@groupe-bastide.example"),
        sent="2026-12-09 14:03 +0100",
        client="notice",
        subject="[Ticket #2026-118342] Accusé de réception – {rsub}",
        headers=(("Precedence", "bulk"),),
        bill=bill("SEA-27-4497", "EUR", "32123 sea 3710.00", "32124 customs 245.00"),
        text="""Madame, Monsieur,

Nous accusons réception de votre message, enregistré sous le numéro de ticket 2026-118342.

Notre équipe comptabilité fournisseurs s'engage à vous répondre sous 5 jours ouvrés. Merci de rappeler ce numéro dans toute correspondance ultérieure.

Ceci est un message automatique, merci de ne pas y répondre.

Groupe Bastide – Centre de services partagés""",
        note="ticket acknowledgement without Auto-Submitted (only Precedence: bulk)",
    ),
    Reply(
        key="ar-es-lunes",
        intent="auto_reply",
        lang="es",
        sender=("Beatriz Molina", "bmolina@molina-envases.example"),
        sent="2026-12-09 18:20 +0100",
        client="notice",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO, XARS),
        bill=bill("SEA-27-4496", "EUR", "32118 sea 2330.00", "32119 customs 215.00"),
        text="""Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 14 de diciembre, sin acceso al correo. A mi regreso le responderé lo antes posible.

Atentamente,
Beatriz Molina
Molina Envases, S.L.""",
        facts=Facts(return_date="2026-12-14"),
        note="'hasta el lunes 14' → that date itself",
    ),
    Reply(
        key="ar-nl-afwezig",
        intent="auto_reply",
        lang="nl",
        sender=("Kim de Graaf", "k.degraaf@degraaf-installatietechniek.example"),
        sent="2026-12-07 09:15 +0100",
        client="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
        bill=bill("SEA-27-4486", "EUR", "32067 sea 1990.00"),
        text="""Beste afzender,

Tot en met vrijdag 11 december ben ik afwezig. Vanaf maandag 14 december ben ik weer op kantoor en beantwoord ik uw bericht.

Met vriendelijke groet,
Kim de Graaf""",
        facts=Facts(return_date="2026-12-14"),
        note="'vanaf maandag 14 december' wins over 't/m vrijdag 11 december'",
    ),
    Reply(
        key="ar-nl-kerst",
        intent="auto_reply",
        lang="nl",
        sender=("Van der Linden Import", "info@vanderlinden-import.example"),
        sent="2026-12-23 17:45 +0100",
        client="notice",
        subject="Automatisch antwoord: kerstsluiting",
        headers=(XARS,),
        bill=bill("SEA-27-4548", "EUR", "32297 sea 2460.00", "32298 duties 1180.00"),
        text="""Geachte relatie,

Ons kantoor is gesloten van donderdag 24 december tot en met vrijdag 1 januari. Vanaf maandag 4 januari 2027 zijn wij weer bereikbaar. Uw e-mail wordt na onze terugkeer behandeld.

Wij wensen u fijne feestdagen en een goed 2027.

Van der Linden Import B.V.""",
        facts=Facts(return_date="2027-01-04"),
        note="Christmas closure; no Auto-Submitted, only X-Auto-Response-Suppress",
    ),
    Reply(
        key="ar-it-fuori",
        intent="auto_reply",
        lang="it",
        sender=("Valentina Greco", "v.greco@greco-alimentari.example"),
        sent="2026-12-11 13:00 +0100",
        client="notice",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO, XARS),
        bill=bill("SEA-27-4504", "EUR", "32142 sea 2760.00", "32143 duties 1490.00"),
        text="""Gentile mittente,

sono fuori ufficio fino a mercoledì 16 dicembre e non ho accesso alla posta. Per questioni amministrative urgenti potete scrivere a contabilita@greco-alimentari.example.

Cordiali saluti
Valentina Greco""",
        facts=Facts(return_date="2026-12-16"),
        note="'fino a mercoledì 16 dicembre' → that date; the colleague mailbox keeps new_contact null",
    ),
    Reply(
        key="ar-it-chiusura",
        intent="auto_reply",
        lang="it",
        sender=("Cantina Zanetti", "info@zanettivini.example"),
        sent="2026-12-22 18:30 +0100",
        client="notice",
        cte="b64",
        subject="Chiusura per festività – {rsub}",
        headers=(AUTO,),
        bill=bill("SEA-27-4549", "EUR", "32299 export 340.00", "32301 sea 2180.00"),
        text="""Gentile cliente, gentile fornitore,

vi informiamo che i nostri uffici resteranno chiusi per le festività dal 23 dicembre 2026 al 6 gennaio 2027 compresi. L'attività riprenderà regolarmente giovedì 7 gennaio.

Le e-mail ricevute in questo periodo saranno lette alla riapertura.

Buone feste!
Cantina Zanetti""",
        facts=Facts(return_date="2027-01-07"),
        note="holiday closure; the day work resumes wins over 'al 6 gennaio compresi'",
    ),
]

OTHER: Final[list[Reply]] = [
    Reply(
        key="ot-en-alreadypaid",
        intent="other",
        lang="en",
        sender=("Paul Jennings", "pjennings@jennings-packaging.example"),
        sent="2026-12-08 15:40 +0000",
        client="outlook_mobile",
        bill=bill("SEA-27-4479", "GBP", "32046 sea 1920.00"),
        text="Didn't we pay this already? I'm sure I signed something off for Northwind last month.",
        note="a question, not a payment claim; a person checks the account and answers",
    ),
    Reply(
        key="ot-en-callme",
        intent="other",
        lang="en",
        sender=("Helen McAllister", "helen@mcallister-textiles.example"),
        sent="2026-12-10 16:55 +0000",
        client="apple",
        bill=bill("SEA-27-4499", "GBP", "32128 sea 3310.00", "32129 duties 1212.40"),
        text="""Hi,

Could someone from your accounts team give me a ring about our account? There's a lot going on with the last three shipments and I'd rather talk it through than go back and forth by email. I'm in the office all day tomorrow – 01632 960775.

Thanks,
Helen McAllister""",
        note="asks for a phone call; nothing about paying or contesting",
    ),
    Reply(
        key="ot-en-booking",
        intent="other",
        lang="en",
        sender=("Derek Osei", "derek.osei@osei-trading.example"),
        sent="2026-12-16 10:20 +0000",
        client="gmail",
        bill=bill("SEA-27-4527", "GBP", "32193 sea 2760.00"),
        text="""Hi all,

Thanks for this. While I have you – we've got a big one coming up in January and I wanted to get it on your radar early. It's 4 x 40'HC from Ningbo, cargo ready around the 12th, mostly garden furniture, but one container is mixed with some cast-iron pieces, so I'll need to check with you whether that changes the commodity code and whether there's any anti-dumping exposure on the iron. Last time the duty came in higher than we'd budgeted and it was a bit of a shock.

Also, our warehouse in Daventry is closed from the 23rd to the 2nd, so nothing can be delivered in that window – can you make sure your haulage team knows? Last year someone turned up on the 29th and sat outside for three hours.

On the invoice – I've passed it to our finance people.

Could you send me a quote for the January move when you get a chance?

Cheers,
Derek Osei
Head of Logistics, Osei Trading Ltd""",
        note="long reply about a new booking; passing the invoice to finance is no commitment and names no contact",
    ),
    Reply(
        key="ot-de-beschau",
        intent="other",
        lang="de",
        sender=("Ralf Dietrich", "r.dietrich@dietrich-werkzeug.example"),
        sent="2026-12-04 11:10 +0100",
        client="gmail",
        bill=bill("SEA-27-4461", "EUR", "31958 sea 2580.00", "31959 duties 1477.90"),
        text="""Hallo,

kurze Frage, bevor wir uns um die Rechnungen kümmern: Wie ist der Stand bei der Sendung SEA-27-4461? Laut Ihrem Portal steht der Container seit Montag zur Beschau beim Zollamt Hamburg-Waltershof. Wissen Sie schon, wann er freigegeben wird? Unser Kunde fragt täglich nach.

Danke und Gruß
Ralf Dietrich
Dietrich Werkzeughandel""",
        note="shipment status question; 'before we deal with the invoices' is no commitment",
    ),
    Reply(
        key="ot-fr-redressement",
        intent="other",
        lang="fr",
        sender=("Anne-Sophie Mercier", "as.mercier@mercier-textiles.example"),
        sent="2026-12-08 11:30 +0100",
        client="outlook_html",
        bill=bill("SEA-27-4487", "EUR", "32070 sea 3740.00", "32071 duties 2190.00"),
        text="""Madame, Monsieur,

Nous vous informons que la société Mercier Textiles fait l'objet d'une procédure de redressement judiciaire ouverte par jugement du tribunal de commerce de Roubaix-Tourcoing en date du 2 novembre 2026. Conformément à la loi, nous ne sommes pas autorisés à régler les créances nées avant le jugement d'ouverture.

Il vous appartient de déclarer votre créance auprès du mandataire judiciaire désigné, Maître Hélène Caron, dans un délai de deux mois à compter de la publication au BODACC.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Anne-Sophie Mercier
Direction administrative et financière""",
        note="insolvency notice: the claim must be filed with the court-appointed administrator; a person must read it (not a dispute, not a plan, no contact address)",
    ),
    Reply(
        key="ot-fr-devis",
        intent="other",
        lang="fr",
        sender=("Thierry Blanc", "t.blanc@blanc-quincaillerie.example"),
        sent="2026-12-15 09:12 +0100",
        client="iphone",
        bill=bill("RD-27-2280", "EUR", "32205 road 1280.00"),
        text="Bonjour, bien reçu. Petite question au passage : vous pourriez me faire un devis pour un groupage de 6 palettes vers Casablanca début janvier ? Merci\nThierry",
        note="acknowledgement plus a quote request",
    ),
    Reply(
        key="ot-es-recibido",
        intent="other",
        lang="es",
        sender=("Lorena Gil", "lgil@gil-logistica.example"),
        sent="2026-12-02 12:00 +0100",
        client="outlook_mobile",
        bill=bill("SEA-27-4445", "EUR", "31868 sea 2150.00"),
        text="Recibido, se lo paso a contabilidad.",
        note="acknowledgement only; passing it on names no contact",
    ),
    Reply(
        key="ot-es-llamada",
        intent="other",
        lang="es",
        sender=("Sergio Navarro", "snavarro@navarro-aceites.example"),
        sent="2026-12-17 19:45 +0100",
        client="iphone",
        bill=bill("SEA-27-4536", "EUR", "32245 sea 2470.00", "32246 demurrage 930.00"),
        text="Mañana os llamo y lo hablamos, que hay un par de cosas de este envío que quiero comentar con vosotros.\n\nSergio",
        note="announces a call; no payment commitment and no stated objection",
    ),
    Reply(
        key="ot-nl-maandag",
        intent="other",
        lang="nl",
        sender=("Hans Peeters", "h.peeters@peeters-kunststoffen.example"),
        sent="2026-12-11 17:05 +0100",
        client="gmail",
        bill=bill("SEA-27-4513", "EUR", "32148 sea 2330.00"),
        text="Dank voor de herinnering, ik kijk er maandag naar.\n\nHans",
        note="'I'll look at it on Monday' is no promise to pay",
    ),
    Reply(
        key="ot-nl-douane",
        intent="other",
        lang="nl",
        sender=("Ilse Verbeek", "i.verbeek@verbeek-foodservice.example"),
        sent="2026-12-14 10:25 +0100",
        client="outlook",
        bill=bill("SEA-27-4518", "EUR", "32168 sea 2990.00", "32169 duties 1840.00"),
        text="""Goedemorgen,

Is onze container MRKU 552913-0 inmiddels door de douane vrijgegeven? Het portaal geeft nog steeds 'hold' aan en onze klant wacht op de levering. Graag even een update.

Groet,
Ilse Verbeek
Verbeek Foodservice""",
        note="customs release question in the reminder thread",
    ),
    Reply(
        key="ot-it-autentica",
        intent="other",
        lang="it",
        sender=("Franco Bellini", "franco.bellini@bellinicarta.example"),
        sent="2026-12-03 10:50 +0100",
        client="gmail",
        bill=bill("SEA-27-4454", "EUR", "31918 sea 2180.00"),
        text="""Buongiorno,

ultimamente riceviamo parecchie mail false di questo tipo. Questa è autentica? Prima di aprire allegati o pagare qualsiasi cosa chiamo il vostro ufficio di Genova per verificare.

Franco Bellini
Bellini Carta S.r.l.""",
        note="suspicion of fraud; a person should confirm by phone",
    ),
    Reply(
        key="ot-it-auguri",
        intent="other",
        lang="it",
        sender=("Elena Moretti", "elena.moretti@moretti-design.example"),
        sent="2026-12-23 12:10 +0100",
        client="apple",
        bill=bill("AIR-27-0958", "EUR", "32305 air 1640.00"),
        text="Grazie, ricevuto. Tanti auguri di buone feste a tutto il vostro ufficio!\n\nElena",
        note="acknowledgement and season's greetings, no commitment",
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
        key="bo-en-postfix",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="AP@BrambleCoast-Trading.example",
        sent="2026-12-01 08:31 +0100",
        lag=1,
        bill=bill("SEA-27-4426", "GBP", "31812 sea 2870.00", "31813 duties 940.00"),
        rlang="en",
        style="postfix_en",
        note="Postfix RFC 3464 report with text/rfc822-headers; the address is written in mixed case and labelled in lower case",
    ),
    Bounce(
        key="bo-en-qmail",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="orders@tidewater-imports.example",
        sent="2026-12-08 02:41 -0500",
        lag=11,
        bill=bill("SEA-27-4489", "USD", "32068 sea 4410.00"),
        rlang="en",
        style="qmail_en",
        note="qmail plain-text failure notice, not MIME, with the message copied below",
    ),
    Bounce(
        key="bo-en-sendmail",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="finance@harlow-maritime.example",
        sent="2026-12-15 12:35 +0000",
        lag=245,
        bill=bill("SEA-27-4521", "GBP", "32183 sea 3350.00", "32184 handling 410.00"),
        rlang="en",
        style="sendmail_en",
        note="sendmail 4-hour delay warning",
    ),
    Bounce(
        key="bo-de-exchange",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="einkauf@sommer-kunststofftechnik.example",
        sent="2026-12-03 08:41 +0100",
        lag=11,
        bill=bill("SEA-27-4452", "EUR", "31897 sea 2640.00", "31898 duties 1180.00"),
        rlang="de",
        style="exchange_de",
        note="Exchange Online 'Unzustellbar' NDR",
    ),
    Bounce(
        key="bo-de-gateway",
        lang="de",
        kind="soft",
        status="4.7.1",
        rcpt="buchhaltung@eckert-lebensmittel.example",
        sent="2026-12-10 12:31 +0100",
        lag=241,
        bill=bill("SEA-27-4491", "EUR", "32075 sea 1870.00", "32076 duties 690.00"),
        rlang="de",
        style="gateway_de",
        note="security gateway delay notice in German (greylisting)",
    ),
    Bounce(
        key="bo-fr-isp",
        lang="fr",
        kind="soft",
        status="4.2.2",
        rcpt="compta@boutique-lavande.example",
        sent="2026-12-09 14:17 +0100",
        lag=347,
        bill=bill("AIR-27-0933", "EUR", "32087 air 960.00"),
        rlang="fr",
        style="isp_fr",
        note="French hosting provider's plain-text notice, mailbox full, not RFC 3464",
    ),
    Bounce(
        key="bo-es-gmail",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="importaciones.sierra.textil@gmail.com",
        sent="2026-12-03 23:31 -0800",
        lag=1,
        bill=bill("SEA-27-4458", "EUR", "31926 sea 2290.00", "31927 duties 1034.00"),
        rlang="es",
        style="gmail_es",
        note="Gmail DSN in Spanish; its Date is 3 Dec in Pacific time",
    ),
    Bounce(
        key="bo-es-exchange",
        lang="es",
        kind="soft",
        status="4.4.7",
        rcpt="pagos@hermanos-quintana.example",
        sent="2026-12-18 10:32 +0100",
        lag=122,
        bill=bill("SEA-27-4539", "EUR", "32266 sea 3020.00", "32267 customs 230.00"),
        rlang="es",
        style="exchange_es",
        note="Exchange 'Retrasado' delay notice",
    ),
    Bounce(
        key="bo-nl-postfix",
        lang="nl",
        kind="hard",
        status="5.1.1",
        rcpt="inkoop@de-groot-houthandel.example",
        sent="2026-12-07 08:33 +0100",
        lag=3,
        bill=bill("SEA-27-4474", "EUR", "32033 sea 2710.00", "32034 duties 1360.00"),
        rlang="nl",
        style="postfix_nl",
        note="Dutch provider's Postfix report with the full returned message",
    ),
    Bounce(
        key="bo-nl-exim",
        lang="nl",
        kind="soft",
        status="4.4.1",
        rcpt="administratie@bosman-tegels.example",
        sent="2026-12-16 08:45 +0100",
        lag=1455,
        bill=bill("SEA-27-4523", "EUR", "32187 sea 1960.00"),
        rlang="nl",
        style="exim_nl",
        note="Exim 24-hour delay warning in Dutch, plain text, not RFC 3464",
    ),
    Bounce(
        key="bo-it-exchange",
        lang="it",
        kind="hard",
        status="5.4.1",
        rcpt="amministrazione@fratelli-colombo.example",
        sent="2026-12-02 08:34 +0100",
        lag=4,
        bill=bill("SEA-27-4441", "EUR", "31857 sea 3480.00", "31858 duties 1275.00"),
        rlang="it",
        style="exchange_it",
        note="Exchange Online 'Non recapitabile' NDR, recipient rejected",
    ),
    Bounce(
        key="bo-it-isp",
        lang="it",
        kind="soft",
        status="5.2.2",
        rcpt="info@amato-torrefazione.example",
        sent="2026-12-17 09:12 +0100",
        lag=42,
        bill=bill("SEA-27-4533", "EUR", "32237 sea 2150.00", "32238 duties 760.00"),
        rlang="it",
        style="isp_it",
        note="mailbox full reported as a failure with a 5.x code: soft (README rule), the code is kept",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Entry:
    """A built message with everything its label needs."""

    key: str
    message: Message
    intent: Intent
    lang: Lang
    facts: Facts
    refs: tuple[str, ...] = ()
    note: str | None = None
    bounce: Bounce | None = None

    def label(self, file: str) -> Label:
        b = self.bounce
        return Label(
            file=file,
            intent=self.intent,
            promised_date=self.facts.get("promised_date"),
            paid_date=self.facts.get("paid_date"),
            return_date=self.facts.get("return_date"),
            payment_reference=self.facts.get("payment_reference"),
            amount=self.facts.get("amount"),
            currency=self.facts.get("currency"),
            new_contact=self.facts.get("new_contact"),
            bounce_kind=b.kind if b else None,
            failed_recipient=b.rcpt.lower() if b else None,
            bounce_status=b.status if b else None,
            invoice_refs=[f"NWF-27-{ref}" for ref in self.refs],
            language=self.lang,
            note=self.note,
        )


def reply_entry(r: Reply) -> Entry:
    return Entry(
        key=r.key,
        message=build_reply(r),
        intent=r.intent,
        lang=r.lang,
        facts=r.facts,
        refs=r.refs,
        note=r.note,
    )


def bounce_entry(b: Bounce) -> Entry:
    return Entry(
        key=b.key,
        message=BOUNCE_STYLES[b.style](b),
        intent="bounce",
        lang=b.lang,
        facts=Facts(),
        note=b.note,
        bounce=b,
    )


# Which optional field may be set for which intent.
FIELD_INTENTS: Final[dict[str, frozenset[Intent]]] = {
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
VALUE_PATTERNS: Final[dict[str, re.Pattern[str]]] = {
    "promised_date": re.compile(r"20(26|27)-\d\d-\d\d"),
    "paid_date": re.compile(r"2026-1[12]-\d\d"),
    "return_date": re.compile(r"20(26|27)-\d\d-\d\d"),
    "payment_reference": re.compile(r"\S(.*\S)?"),
    "amount": re.compile(r"\d+\.\d\d"),
    "currency": re.compile(r"EUR|GBP|USD"),
    "new_contact": re.compile(r"[a-z0-9._-]+@[a-z0-9.-]+"),
    "bounce_kind": re.compile(r"hard|soft"),
    "failed_recipient": re.compile(r"[a-z0-9._-]+@[a-z0-9.-]+"),
    "bounce_status": re.compile(r"[45]\.\d\.\d{1,2}"),
}
REF_PATTERN: Final = re.compile(r"NWF-27-\d{5}")


def field_problems(label: Label) -> Iterator[str]:
    """Optional fields: the right form, and only on the intents that carry them."""
    for name, pattern in VALUE_PATTERNS.items():
        value = label.get(name)
        if value is None:
            continue
        if not isinstance(value, str) or not pattern.fullmatch(value):
            yield f"{name}={value!r} has the wrong form"
        elif name.endswith("_date"):
            date.fromisoformat(value)
        if label["intent"] not in FIELD_INTENTS[name]:
            yield f"{name} set on a {label['intent']} message"


def label_problems(label: Label) -> Iterator[str]:
    """Everything wrong with the shape of one label."""
    if tuple(label) != LABEL_ORDER:
        yield "keys out of order"
    yield from field_problems(label)
    if label["intent"] == "bounce" and label["failed_recipient"] is None:
        yield "bounce without failed_recipient"
    if (label["amount"] is None) != (label["currency"] is None):
        yield "amount and currency go together"
    for ref in label["invoice_refs"]:
        if not REF_PATTERN.fullmatch(ref):
            yield f"invoice ref {ref!r}"


# --------------------------------------------------------------------------------------------
# Checks on the written files
# --------------------------------------------------------------------------------------------


def header_defects(part: Message) -> list[str]:
    found = []
    for name in part:
        value = part[name]
        if isinstance(value, BaseHeader) and value.defects:
            found.append(f"{name}: {value.defects}")
        if "\ufffd" in str(value):
            found.append(f"{name} does not decode")
    return found


def part_problems(part: Message) -> Iterator[str]:
    if part.defects:
        yield f"{part.get_content_type()} defects {part.defects}"
    yield from header_defects(part)
    if part.get_content_maintype() == "text":
        text = part.get_payload(decode=True)
        charset = part.get_content_charset() or "us-ascii"
        if not isinstance(text, bytes):
            yield "text part without a payload"
        elif "\ufffd" in text.decode(charset, "replace"):
            yield f"{part.get_content_type()} does not decode as {charset}"


def message_problems(data: bytes) -> Iterator[str]:
    msg = message_from_bytes(data, policy=policy.default)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[name] is None:
            yield f"no {name}"
    subject = str(msg["Subject"])
    if "=?" in subject:
        yield f"undecoded subject {subject!r}"
    sent = parse_when_header(str(msg["Date"]))
    if not FIRST_DAY <= sent.date() <= LAST_DAY:
        yield f"date {sent} outside the corpus window"
    for part in msg.walk():
        yield from part_problems(part)


def parse_when_header(value: str) -> datetime:
    return datetime.strptime(value, "%a, %d %b %Y %H:%M:%S %z")


def distinct_texts() -> None:
    texts = [r.text + (r.markup or "") for r in REPLIES]
    repeated = [t[:60] for t, n in Counter(texts).items() if n > 1]
    if repeated:
        raise SystemExit(f"repeated message text: {repeated}")


def check_counts(labels: list[Label]) -> None:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != 12:
            raise SystemExit(f"{intent}: not 12 messages")
        missing = [lang for lang in LANGS if not cells[intent, lang]]
        if missing:
            raise SystemExit(f"{intent}: no message in {missing}")
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounces: {dict(kinds)}")


def count_table(labels: list[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    bold = " | ".join(f"**{t}**" for t in totals)
    rows.append(f"| **total** | {bold} | **{sum(totals)}** |")
    return "\n".join(rows)


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def shuffle_key(entry: Entry) -> str:
    """A seeded, deterministic order that says nothing about a message's label."""
    return hashlib.sha256(f"{SEED}:{entry.key}".encode()).hexdigest()


def all_entries() -> list[Entry]:
    entries = [reply_entry(r) for r in REPLIES] + [bounce_entry(b) for b in BOUNCES]
    keys = [e.key for e in entries]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return entries


def write_all() -> list[Label]:
    distinct_texts()
    entries = all_entries()
    entries.sort(key=shuffle_key)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, entry in enumerate(entries, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = entry.message.as_bytes()
        label = entry.label(name)
        problems = [*message_problems(data), *label_problems(label)]
        if problems:
            raise SystemExit(f"{name} ({entry.key}): {problems}")
        (HERE / name).write_bytes(data)
        labels.append(label)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    check_counts(labels)
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: hard {kinds['hard']}, soft {kinds['soft']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
