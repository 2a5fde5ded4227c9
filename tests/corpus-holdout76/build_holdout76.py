# ruff: noqa: E501, RUF001
# Hand-written message text is kept one paragraph a line, as a mail client sends it, with the
# typographic dashes, quotes and spaces that people and their clients really type.
"""Build held-out reply corpus 76: `h76-NNN.eml` and `labels.jsonl`, next to this file.

Copperleaf Booking's receivables team sends overdue reminders to the small businesses that
subscribe to its booking software. Every message here is something that could come back. The
new text of each message is written by hand below. The script adds only what a mail client or
a mail server would add: the quoted reminder, headers, MIME structure, charsets and transfer
encodings. The build is deterministic: a fixed seed, fixed boundaries, Message-IDs derived from
each message's key, and no clock.
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import BaseHeader
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from functools import partial
from pathlib import Path
from typing import Final, Literal, TypedDict

HERE: Final = Path(__file__).resolve().parent
SEED: Final = "copperleaf-h76-2027"
PREFIX: Final = "h76"
AR_NAME: Final = "Copperleaf Accounts Receivable"
AR_ADDR: Final = "receivables@copperleaf-booking.example"
AR_HOST: Final = "copperleaf-booking.example"
FIRST_DAY: Final = date(2027, 5, 10)
UK_SUMMER: Final = timezone(timedelta(hours=1))
LAST_DAY: Final = date(2027, 6, 4)

Lang = Literal["en", "de", "fr", "es", "nl", "it"]
Locale = Literal["en", "us", "de", "fr", "es", "nl", "it"]
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
    "outlook_legacy",
    "outlook_htmlonly",
    "owa",
    "outlook_ios",
    "outlook_android",
    "gmail",
    "gmail_plain",
    "apple",
    "iphone",
    "thunderbird",
    "tb_bottom",
    "inline",
    "samsung",
    "roundcube",
    "notice",
]
Cte = Literal["qp", "base64", "8bit", "7bit"]

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


# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Names:
    """Calendar words of one locale."""

    days: tuple[str, ...]
    days_abbr: tuple[str, ...]
    months: tuple[str, ...]
    months_abbr: tuple[str, ...]


_EN = Names(
    days=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    days_abbr=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
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
    months_abbr=(
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
)
NAMES: Final[dict[Locale, Names]] = {
    "en": _EN,
    "us": _EN,
    "de": Names(
        days=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        days_abbr=("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
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
        months_abbr=(
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
    ),
    "fr": Names(
        days=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        days_abbr=("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
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
        months_abbr=(
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
    ),
    "es": Names(
        days=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        days_abbr=("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
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
        months_abbr=(
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
    ),
    "nl": Names(
        days=("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
        days_abbr=("ma", "di", "wo", "do", "vr", "za", "zo"),
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
        months_abbr=(
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
    ),
    "it": Names(
        days=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
        days_abbr=("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
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
        months_abbr=(
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
    ),
}

# Attribution lines, one table per client family. Fields: see `stamp`.
GMAIL_ATTRIB: Final[dict[Locale, str]] = {
    "en": "On {wda}, {d} {mona} {yyyy} at {HH}:{MM}, {name} <{addr}> wrote:",
    "us": "On {wda}, {mona} {d}, {yyyy} at {h12}:{MM}\u202f{ampm} {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {yyyy} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {yyyy} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {yyyy} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {yyyy} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {yyyy} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIB: Final[dict[Locale, str]] = {
    "en": "On {d} {mona} {yyyy}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "us": "On {mona} {d}, {yyyy}, at {h12}:{MM} {ampm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{yyyy} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {yyyy} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {yyyy}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {yyyy} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {yyyy}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIB: Final[dict[Locale, str]] = {
    "en": "On {dd}/{mm}/{yyyy} {HH}:{MM}, {name} wrote:",
    "us": "On {m}/{d}/{yyyy} {h12}:{MM} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{yyyy} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{yyyy} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{yy} {HH}:{MM}, {name} ha scritto:",
}
ROUNDCUBE_ATTRIB: Final[dict[Locale, str]] = {
    "en": "On {yyyy}-{mm}-{dd} {HH}:{MM}, {name} wrote:",
    "us": "On {yyyy}-{mm}-{dd} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yyyy} {HH}:{MM}, schrieb {name}:",
    "fr": "Le {yyyy}-{mm}-{dd} {HH}:{MM}, {name} a écrit :",
    "es": "El {yyyy}-{mm}-{dd} {HH}:{MM}, {name} escribió:",
    "nl": "Op {yyyy}-{mm}-{dd} {HH}:{MM}, schreef {name}:",
    "it": "Il {yyyy}-{mm}-{dd} {HH}:{MM} {name} ha scritto:",
}
# From, Sent, To, Subject; then the label/value separator.
OUTLOOK_FIELDS: Final[dict[Locale, tuple[str, str, str, str, str]]] = {
    "en": ("From", "Sent", "To", "Subject", ": "),
    "us": ("From", "Sent", "To", "Subject", ": "),
    "de": ("Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("De", "Envoyé", "À", "Objet", " : "),
    "es": ("De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_SENT: Final[dict[Locale, str]] = {
    "en": "{wd}, {d} {month} {yyyy} {HH}:{MM}",
    "us": "{wd}, {month} {d}, {yyyy} {h12}:{MM} {ampm}",
    "de": "{wd}, {d}. {month} {yyyy} {HH}:{MM}",
    "fr": "{wd} {d} {month} {yyyy} {HH}:{MM}",
    "es": "{wd}, {d} de {month} de {yyyy} {H}:{MM}",
    "nl": "{wd} {d} {month} {yyyy} {HH}:{MM}",
    "it": "{wd} {d} {month} {yyyy} {HH}:{MM}",
}
OUTLOOK_ORIGINAL: Final[dict[Locale, str]] = {
    "en": "-----Original Message-----",
    "us": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_RE: Final[dict[Locale, str]] = {
    "en": "RE: ",
    "us": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
WORD_LANG: Final[dict[Locale, str]] = {
    "en": "EN-GB",
    "us": "EN-US",
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "nl": "NL",
    "it": "IT",
}
CONTENT_LANGUAGE: Final[dict[Locale, str]] = {
    "en": "en-GB",
    "us": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
IPHONE_SIG: Final[dict[Locale, str]] = {
    "en": "Sent from my iPhone",
    "us": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
OUTLOOK_MOBILE_SIG: Final[dict[Locale, str]] = {
    "en": "Get Outlook for {os}",
    "us": "Get Outlook for {os}",
    "de": "Outlook für {os} herunterladen",
    "fr": "Télécharger Outlook pour {os}",
    "es": "Obtener Outlook para {os}",
    "nl": "Outlook voor {os} downloaden",
    "it": "Scarica Outlook per {os}",
}
SAMSUNG_SIG: Final[dict[Locale, str]] = {
    "en": "Sent from my Galaxy",
    "us": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
# Separator line, From, Date, To, Subject, and the date layout.
SAMSUNG_FIELDS: Final[dict[Locale, tuple[str, str, str, str, str, str]]] = {
    "en": (
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
        "{dd}/{mm}/{yyyy} {HH}:{MM} (GMT{gmt})",
    ),
    "us": (
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
        "{m}/{d}/{yy} {h12}:{MM} {ampm} (GMT{gmt})",
    ),
    "de": (
        "-------- Ursprüngliche Nachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
        "{dd}.{mm}.{yy} {HH}:{MM} (GMT{gmt})",
    ),
    "fr": (
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
        "{dd}/{mm}/{yyyy} {HH}:{MM} (GMT{gmt})",
    ),
    "es": (
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
        "{d}/{m}/{yy} {H}:{MM} (GMT{gmt})",
    ),
    "nl": (
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
        "{dd}-{mm}-{yyyy} {HH}:{MM} (GMT{gmt})",
    ),
    "it": (
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
        "{dd}/{mm}/{yy} {HH}:{MM} (GMT{gmt})",
    ),
}

# --------------------------------------------------------------------------------------------
# The reminder being answered, in each customer language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final[dict[Lang, str]] = {
    "en": "Overdue invoice {inv} – Copperleaf Booking",
    "de": "Überfällige Rechnung {inv} – Copperleaf Booking",
    "fr": "Facture échue {inv} – Copperleaf Booking",
    "es": "Factura vencida {inv} – Copperleaf Booking",
    "nl": "Vervallen factuur {inv} – Copperleaf Booking",
    "it": "Fattura scaduta {inv} – Copperleaf Booking",
}
REMINDER_BODY: Final[dict[Lang, str]] = {
    "en": (
        "Hello,\n\n"
        "This is a friendly reminder that the invoice below for your Copperleaf Booking subscription is past its due date:\n\n"
        "  Invoice: {inv}\n  Issued: {issued}\n  Due: {due}\n  Amount outstanding: {amount}\n\n"
        "You can pay by card from the Billing page of your Copperleaf dashboard, or by bank transfer quoting the invoice number. If you've paid in the last few days, please disregard this message, or let us know the payment date and we'll match it up.\n\n"
        "Questions about this invoice? Just reply to this email.\n\n"
        "Thanks,\nAccounts Receivable\nCopperleaf Booking Ltd · 14 Tanner's Row, Bristol\nreceivables@copperleaf-booking.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "wir möchten Sie freundlich daran erinnern, dass die folgende Rechnung für Ihr Copperleaf-Booking-Abonnement noch offen ist:\n\n"
        "  Rechnung: {inv}\n  Rechnungsdatum: {issued}\n  Fällig am: {due}\n  Offener Betrag: {amount}\n\n"
        "Sie können per Karte im Bereich „Abrechnung“ Ihres Copperleaf-Dashboards oder per Überweisung unter Angabe der Rechnungsnummer bezahlen. Falls Sie in den letzten Tagen bereits gezahlt haben, betrachten Sie diese E-Mail bitte als gegenstandslos oder teilen Sie uns das Zahlungsdatum mit.\n\n"
        "Bei Fragen zur Rechnung antworten Sie einfach auf diese E-Mail.\n\n"
        "Viele Grüße\nDebitorenbuchhaltung\nCopperleaf Booking Ltd · 14 Tanner's Row, Bristol (UK)"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous relative à votre abonnement Copperleaf Booking n'a pas encore été réglée :\n\n"
        "  Facture : {inv}\n  Date d'émission : {issued}\n  Échéance : {due}\n  Montant restant dû : {amount}\n\n"
        "Vous pouvez régler par carte depuis la page Facturation de votre espace Copperleaf, ou par virement en indiquant le numéro de facture. Si votre paiement a été effectué ces derniers jours, merci de ne pas tenir compte de ce message ou de nous communiquer la date du règlement.\n\n"
        "Pour toute question sur cette facture, il vous suffit de répondre à cet e-mail.\n\n"
        "Bien cordialement,\nService comptabilité clients\nCopperleaf Booking Ltd · 14 Tanner's Row, Bristol (Royaume-Uni)"
    ),
    "es": (
        "Hola:\n\n"
        "Le recordamos que la siguiente factura de su suscripción a Copperleaf Booking ha superado la fecha de vencimiento:\n\n"
        "  Factura: {inv}\n  Fecha de emisión: {issued}\n  Vencimiento: {due}\n  Importe pendiente: {amount}\n\n"
        "Puede pagar con tarjeta desde la sección Facturación de su panel de Copperleaf o por transferencia indicando el número de factura. Si ya ha realizado el pago en los últimos días, no tenga en cuenta este mensaje o indíquenos la fecha del pago.\n\n"
        "Si tiene cualquier duda sobre la factura, basta con responder a este correo.\n\n"
        "Un saludo,\nCuentas a cobrar\nCopperleaf Booking Ltd · 14 Tanner's Row, Bristol (Reino Unido)"
    ),
    "nl": (
        "Beste klant,\n\n"
        "Graag herinneren we u eraan dat de onderstaande factuur voor uw Copperleaf Booking-abonnement de vervaldatum is gepasseerd:\n\n"
        "  Factuur: {inv}\n  Factuurdatum: {issued}\n  Vervaldatum: {due}\n  Openstaand bedrag: {amount}\n\n"
        "U kunt met uw kaart betalen via de pagina Facturatie in uw Copperleaf-dashboard, of per overboeking onder vermelding van het factuurnummer. Heeft u de afgelopen dagen al betaald, dan kunt u dit bericht negeren of ons de betaaldatum laten weten.\n\n"
        "Vragen over deze factuur? Beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\nDebiteurenadministratie\nCopperleaf Booking Ltd · 14 Tanner's Row, Bristol (VK)"
    ),
    "it": (
        "Buongiorno,\n\n"
        "le ricordiamo che la seguente fattura relativa al suo abbonamento Copperleaf Booking risulta scaduta:\n\n"
        "  Fattura: {inv}\n  Data di emissione: {issued}\n  Scadenza: {due}\n  Importo da saldare: {amount}\n\n"
        "Può pagare con carta dalla pagina Fatturazione della sua area Copperleaf oppure con bonifico indicando il numero della fattura. Se ha già effettuato il pagamento negli ultimi giorni, non tenga conto di questo messaggio oppure ci comunichi la data del pagamento.\n\n"
        "Per qualsiasi domanda sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\nContabilità clienti\nCopperleaf Booking Ltd · 14 Tanner's Row, Bristol (Regno Unito)"
    ),
}
REMINDER_DATE: Final[dict[Lang, str]] = {
    "en": "{d} {month} {yyyy}",
    "de": "{dd}.{mm}.{yyyy}",
    "fr": "{dd}/{mm}/{yyyy}",
    "es": "{dd}/{mm}/{yyyy}",
    "nl": "{dd}-{mm}-{yyyy}",
    "it": "{dd}/{mm}/{yyyy}",
}
PRICES: Final = (
    "49.00",
    "59.00",
    "98.00",
    "118.00",
    "147.00",
    "177.00",
    "60.00",
    "350.00",
    "588.00",
)
SYMBOL: Final = {"GBP": "£", "USD": "$", "EUR": "€"}
# What a client limited to a legacy charset sends instead of a character it cannot encode.
LEGACY_FALLBACK: Final = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "…": "...",
    "\u202f": " ",
}


# --------------------------------------------------------------------------------------------
# Message specifications
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Facts:
    """What the labels say beyond intent and language."""

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
    """One hand-written message: who sent it, when, with which client, and its labels.

    `text` is the new text. In the `inline` client, `[[Q:a-b]]` marks where the writer kept
    paragraphs a to b of the reminder (counted from 0).
    """

    key: str
    intent: Intent
    lang: Lang
    sender: tuple[str, str]
    date: str
    client: Client
    text: str
    facts: Facts = field(default_factory=Facts)
    locale: Locale | None = None
    invoice: str | None = None
    amount: str | None = None
    currency: str | None = None
    charset: str = "utf-8"
    cte: Cte = "qp"
    subject: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    attachment: str | None = None
    cc: str | None = None
    signature: bool = True
    thread: bool = True
    markup: bool = False
    ago: int | None = None

    @property
    def when(self) -> datetime:
        return datetime.strptime(self.date, "%Y-%m-%d %H:%M %z")

    @property
    def loc(self) -> Locale:
        return self.locale or self.lang

    @property
    def bill(self) -> Bill:
        number = (
            self.invoice
            or f"CB-INV-{117000 + int.from_bytes(digest(self.key, 'inv')[:4]) % 6000:06d}"
        )
        amount = self.amount or PRICES[digest(self.key, "price")[0] % len(PRICES)]
        default = {"en": "GBP", "us": "USD"}.get(self.loc, "EUR")
        return Bill(number=number, amount=Decimal(amount), currency=self.currency or default)


@dataclass(frozen=True, kw_only=True)
class Bill:
    """The invoice a reminder chased."""

    number: str
    amount: Decimal
    currency: str


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: Locale
    to: str


@dataclass(frozen=True, kw_only=True)
class Ctx:
    """A reply and the reminder it quotes, handed to a client renderer."""

    reply: Reply
    quote: Quote


# --------------------------------------------------------------------------------------------
# Small helpers: hashing, dates, money, charsets
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def hexid(key: str, salt: str, length: int) -> str:
    return digest(key, salt).hex()[:length]


def number(key: str, salt: str, digits: int) -> str:
    value = int.from_bytes(digest(key, salt)[:8]) % (10**digits)
    return f"{value:0{digits}d}"


def stamp(pattern: str, when: datetime, loc: Locale, **extra: str) -> str:
    """Format `when` with the calendar words of `loc`."""
    names = NAMES[loc]
    offset = when.strftime("%z")
    return pattern.format(
        wd=names.days[when.weekday()],
        wda=names.days_abbr[when.weekday()],
        month=names.months[when.month - 1],
        mona=names.months_abbr[when.month - 1],
        d=str(when.day),
        dd=f"{when.day:02d}",
        m=str(when.month),
        mm=f"{when.month:02d}",
        yyyy=str(when.year),
        yy=f"{when.year % 100:02d}",
        H=str(when.hour),
        HH=f"{when.hour:02d}",
        MM=f"{when.minute:02d}",
        h12=str((when.hour + 11) % 12 + 1),
        ampm="AM" if when.hour < 12 else "PM",
        gmt=f"{offset[:3]}:{offset[3:]}",
        **extra,
    )


def group_digits(units: str, sep: str) -> str:
    head = len(units) % 3 or 3
    parts = [units[:head]] + [units[i : i + 3] for i in range(head, len(units), 3)]
    return sep.join(parts)


def money(amount: Decimal, currency: str, lang: Lang) -> str:
    """The amount as Copperleaf's reminder prints it in `lang`."""
    units, cents = f"{amount:.2f}".split(".")
    if lang == "en":
        return f"{SYMBOL[currency]}{group_digits(units, ',')}.{cents}"
    if lang in {"nl", "it"}:
        return f"€ {group_digits(units, '.')},{cents}"
    sep = {"de": ".", "fr": "\u202f", "es": "."}[lang]
    if lang == "es" and len(units) <= 4:
        sep = ""
    return f"{group_digits(units, sep)},{cents} €"


def legacy_safe(text: str, charset: str) -> str:
    """Replace what `charset` cannot encode the way a legacy client would."""
    out = []
    for char in text:
        try:
            char.encode(charset)
        except UnicodeEncodeError:
            out.append(LEGACY_FALLBACK[char])
        else:
            out.append(char)
    return "".join(out)


def reminder_sent(reply: datetime, key: str, ago: int | None = None) -> datetime:
    """The reminder went out one to three working days before the reply, early morning UK time."""
    days = ago if ago is not None else 1 + digest(key, "ago")[0] % 3
    day = reply.astimezone(UK_SUMMER) - timedelta(days=days)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    sent = day.replace(
        hour=7, minute=30 + digest(key, "min")[0] % 25, second=digest(key, "sec")[0] % 60
    )
    return sent.astimezone(reply.tzinfo)


def reminder_subject(lang: Lang, invoice: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=invoice)


def reminder_text(lang: Lang, bill: Bill, sent: datetime) -> str:
    due = sent - timedelta(days=4 + int(bill.number[-2:]) % 11)
    issued = due - timedelta(days=14)
    names: Locale = lang
    return REMINDER_BODY[lang].format(
        inv=bill.number,
        issued=stamp(REMINDER_DATE[lang], issued, names),
        due=stamp(REMINDER_DATE[lang], due, names),
        amount=money(bill.amount, bill.currency, lang),
    )


def reminder_msgid(key: str) -> str:
    return f"<{hexid(key, 'reminder', 16)}.{hexid(key, 'rem2', 8)}@mail.{AR_HOST}>"


def make_quote(r: Reply) -> Quote:
    bill = r.bill
    sent = reminder_sent(r.when, r.key, r.ago)
    name, addr = r.sender
    return Quote(
        text=legacy_safe(reminder_text(r.lang, bill, sent), r.charset),
        subject=legacy_safe(reminder_subject(r.lang, bill.number), r.charset),
        sent=sent,
        loc=r.loc,
        to=f"{name} <{addr}>" if name else addr,
    )


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def text_part(body: str, *, subtype: str, charset: str, cte: Cte) -> Message:
    """A text part in `charset`; raises if the hand-written text does not fit that charset."""
    body.encode(charset)
    chosen = email_charset.Charset(charset)
    # 0 leaves the body unencoded: 7bit or 8bit, whichever the text needs.
    chosen.body_encoding = {"qp": email_charset.QP, "base64": email_charset.BASE64}.get(cte, 0)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(body, chosen)
    return part


def alternative(plain: str, markup: str, *, charset: str, cte: Cte) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, subtype="plain", charset=charset, cte=cte))
    outer.attach(text_part(markup, subtype="html", charset=charset, cte=cte))
    return outer


def encode_header(value: str, charset: str, name: str = "Subject") -> str:
    """The header as a client writes it: RFC 2047 encoded words once it is not ASCII."""
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
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return formataddr((name, addr), charset)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def br_lines(text: str) -> str:
    return "<br>\n".join(esc(line) for line in text.split("\n"))


def div_lines(text: str) -> str:
    return "".join(
        f"<div>{esc(line)}</div>" if line else "<div><br></div>" for line in text.split("\n")
    )


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{br_lines(block)}</p>" for block in text.split("\n\n"))


def quote_lines(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def flow(text: str, width: int = 72) -> str:
    """Wrap long lines the way format=flowed clients do: a trailing space marks a soft break."""
    out: list[str] = []
    for line in text.split("\n"):
        match = re.match(r"(>+ ?)?", line)
        prefix = match.group(0) if match else ""
        body = line[len(prefix) :]
        if not prefix and body.startswith(" "):
            body = " " + body
        if len(line) <= width or " " not in body.strip():
            out.append(prefix + body)
            continue
        pieces = textwrap.wrap(
            body, width - len(prefix), break_long_words=False, break_on_hyphens=False
        )
        out.extend(f"{prefix}{piece} " for piece in pieces[:-1])
        out.append(prefix + pieces[-1])
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    frm, sent, to, subject, _ = OUTLOOK_FIELDS[q.loc]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, stamp(OUTLOOK_SENT[q.loc], q.sent, q.loc)),
        (to, q.to),
        (subject, q.subject),
    ]


def outlook_block(q: Quote) -> str:
    sep = OUTLOOK_FIELDS[q.loc][4]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def outlook_block_html(q: Quote) -> str:
    sep = OUTLOOK_FIELDS[q.loc][4].rstrip()
    return "<br>\n".join(
        f"<b>{esc(label)}{esc(sep)}</b> {esc(value)}" for label, value in outlook_rows(q)
    )


def mso(text: str, lang: str) -> str:
    """Word's paragraphs: one per line, leading spaces kept as non-breaking spaces."""
    rows = []
    for line in text.split("\n"):
        stripped = line.lstrip(" ")
        indent = "&nbsp;" * (len(line) - len(stripped))
        inner = (
            f'<span lang="{lang}">{indent}{esc(stripped)}<o:p></o:p></span>'
            if line
            else "<o:p>&nbsp;</o:p>"
        )
        rows.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(rows)


def word_html(c: Ctx) -> str:
    r, q = c.reply, c.quote
    lang = WORD_LANG[r.loc]
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
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso(r.text, lang)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{outlook_block_html(q)}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso(q.text, WORD_LANG[r.lang])}\n</div>\n</body>\n</html>\n"
    )


def render_outlook(c: Ctx) -> Message:
    r, q = c.reply, c.quote
    plain = f"{r.text}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(plain, word_html(c), charset=r.charset, cte=r.cte)


def render_outlook_legacy(c: Ctx) -> Message:
    r, q = c.reply, c.quote
    plain = f"{r.text}\n\n{OUTLOOK_ORIGINAL[q.loc]}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(plain, subtype="plain", charset=r.charset, cte=r.cte)


def render_outlook_htmlonly(c: Ctx) -> Message:
    return text_part(word_html(c), subtype="html", charset=c.reply.charset, cte=c.reply.cte)


def render_owa(c: Ctx) -> Message:
    r, q = c.reply, c.quote
    plain = f"{r.text}\n\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    markup = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{br_lines(r.text)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{outlook_block_html(q)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div class="BodyFragment">{html_paragraphs(q.text)}</div>\n</body>\n</html>\n'
    )
    return alternative(plain, markup, charset=r.charset, cte=r.cte)


def render_outlook_mobile(c: Ctx, system: str) -> Message:
    r, q = c.reply, c.quote
    sig = OUTLOOK_MOBILE_SIG[r.loc].format(os=system) if r.signature else ""
    head = f"{r.text}\n\n{sig}\n" if sig else f"{r.text}\n\n"
    plain = f"{head}{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    sig_html = f'<div dir="ltr">{esc(sig)}</div>' if sig else ""
    markup = (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
        f'<div dir="auto">{br_lines(r.text)}</div>\n<div dir="auto"><br></div>\n{sig_html}\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{outlook_block_html(q)}</font>\n<div>&nbsp;</div>\n</div>\n'
        f"<div>{html_paragraphs(q.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(plain, markup, charset=r.charset, cte="base64")


def render_outlook_ios(c: Ctx) -> Message:
    return render_outlook_mobile(c, "iOS")


def render_outlook_android(c: Ctx) -> Message:
    return render_outlook_mobile(c, "Android")


def gmail_attrib(q: Quote) -> str:
    return stamp(GMAIL_ATTRIB[q.loc], q.sent, q.loc, name=AR_NAME, addr=AR_ADDR)


def render_gmail(c: Ctx) -> Message:
    r, q = c.reply, c.quote
    attrib = gmail_attrib(q)
    plain = f"{r.text}\n\n{attrib}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{div_lines(r.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{esc(attrib)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f'<div dir="ltr">{div_lines(q.text)}</div></blockquote></div>\n'
    )
    return alternative(plain, markup, charset=r.charset, cte=r.cte)


def render_gmail_plain(c: Ctx) -> Message:
    r, q = c.reply, c.quote
    plain = f"{r.text}\n\n{gmail_attrib(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(plain, subtype="plain", charset=r.charset, cte=r.cte)


def apple_attrib(q: Quote) -> str:
    return stamp(APPLE_ATTRIB[q.loc], q.sent, q.loc, name=AR_NAME, addr=AR_ADDR)


def render_apple(c: Ctx) -> Message:
    r, q = c.reply, c.quote
    attrib = apple_attrib(q)
    plain = f"{r.text}\n\n{attrib}\n\n{quote_lines(q.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{div_lines(r.text)}<div><br><blockquote type="cite"><div>{esc(attrib)}</div>'
        '<br class="Apple-interchange-newline">'
        f"<div>{div_lines(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(plain, markup, charset=r.charset, cte=r.cte)


def render_iphone(c: Ctx) -> Message:
    r, q = c.reply, c.quote
    sig = f"\n\n{IPHONE_SIG[r.loc]}" if r.signature else ""
    quoted = quote_lines(f"{apple_attrib(q)}\n\n{q.text}")
    plain = f"{r.text}{sig}\n\n{quoted}\n"
    return text_part(plain, subtype="plain", charset=r.charset, cte=r.cte)


def tb_attrib(q: Quote) -> str:
    return stamp(THUNDERBIRD_ATTRIB[q.loc], q.sent, q.loc, name=AR_NAME)


def flowed_part(text: str, r: Reply, *, cte: Cte | None = None) -> Message:
    part = text_part(flow(text), subtype="plain", charset=r.charset, cte=cte or r.cte)
    part.set_param("format", "flowed")
    return part


def render_thunderbird(c: Ctx) -> Message:
    r, q = c.reply, c.quote
    return flowed_part(f"{r.text}\n\n{tb_attrib(q)}\n{quote_lines(q.text)}\n", r, cte="8bit")


def render_tb_bottom(c: Ctx) -> Message:
    r, q = c.reply, c.quote
    return flowed_part(f"{tb_attrib(q)}\n{quote_lines(q.text)}\n\n{r.text}\n", r, cte="8bit")


def render_inline(c: Ctx) -> Message:
    r, q = c.reply, c.quote
    paragraphs = q.text.split("\n\n")

    def kept(match: re.Match[str]) -> str:
        first = int(match.group(1))
        last = int(match.group(2) or first)
        return quote_lines("\n\n".join(paragraphs[first : last + 1]))

    head, marker, rest = r.text.partition("[[Q:")
    body = re.sub(r"\[\[Q:(\d+)(?:-(\d+))?\]\]", kept, marker + rest)
    opening = f"{head.rstrip()}\n\n" if head.strip() else ""
    return flowed_part(f"{opening}{tb_attrib(q)}\n{body}\n", r, cte="8bit")


def render_samsung(c: Ctx) -> Message:
    r, q = c.reply, c.quote
    sep, frm, when, to, subject, layout = SAMSUNG_FIELDS[r.loc]
    sig = f"\n\n\n{SAMSUNG_SIG[r.loc]}" if r.signature else ""
    rows = [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (when, stamp(layout, q.sent, q.loc)),
        (to, q.to),
        (subject, q.subject),
    ]
    label_sep = " : " if r.loc == "fr" else ": "
    block = "\n".join(f"{label}{label_sep}{value}" for label, value in rows)
    plain = f"{r.text}{sig}\n\n{sep}\n{block}\n\n{q.text}\n"
    block_html = "<br>".join(f"{esc(label)}{esc(label_sep)}{esc(value)}" for label, value in rows)
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
        f'<div dir="auto">{br_lines(r.text)}</div>'
        + (
            f'<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{esc(SAMSUNG_SIG[r.loc])}</div></div>'
            if r.signature
            else ""
        )
        + f'<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{esc(sep)}</div><div>{block_html}</div><div><br></div></div>'
        f"{html_paragraphs(q.text)}</body></html>\n"
    )
    return alternative(plain, markup, charset=r.charset, cte="base64")


def render_roundcube(c: Ctx) -> Message:
    r, q = c.reply, c.quote
    attrib = stamp(ROUNDCUBE_ATTRIB[q.loc], q.sent, q.loc, name=AR_NAME)
    return flowed_part(f"{r.text}\n\n{attrib}\n{quote_lines(q.text)}\n", r)


def notice_html(text: str) -> str:
    """HTML for an automatic notice: paragraphs, and tables for lines written as `a | b | c`."""
    blocks = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if all(" | " in line for line in lines):
            rows = "".join(
                "<tr>"
                + "".join(
                    f'<td style="padding:4px 12px 4px 0">{esc(cell)}</td>'
                    for cell in line.split(" | ")
                )
                + "</tr>"
                for line in lines
            )
            blocks.append(
                f'<table cellpadding="0" cellspacing="0" style="border-collapse:collapse">{rows}</table>'
            )
        else:
            blocks.append(f'<p style="margin:0 0 12px 0">{br_lines(block)}</p>')
    body = "\n".join(blocks)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
        f'<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222222">\n{body}\n</body></html>\n'
    )


def render_notice(c: Ctx) -> Message:
    r = c.reply
    if r.markup:
        return alternative(f"{r.text}\n", notice_html(r.text), charset=r.charset, cte=r.cte)
    return text_part(f"{r.text}\n", subtype="plain", charset=r.charset, cte=r.cte)


RENDERERS: Final[dict[Client, Callable[[Ctx], Message]]] = {
    "outlook": render_outlook,
    "outlook_legacy": render_outlook_legacy,
    "outlook_htmlonly": render_outlook_htmlonly,
    "owa": render_owa,
    "outlook_ios": render_outlook_ios,
    "outlook_android": render_outlook_android,
    "gmail": render_gmail,
    "gmail_plain": render_gmail_plain,
    "apple": render_apple,
    "iphone": render_iphone,
    "thunderbird": render_thunderbird,
    "tb_bottom": render_tb_bottom,
    "inline": render_inline,
    "samsung": render_samsung,
    "roundcube": render_roundcube,
    "notice": render_notice,
}
OUTLOOK_DESKTOP: Final[frozenset[Client]] = frozenset(
    {"outlook", "outlook_legacy", "outlook_htmlonly", "owa"}
)
OUTLOOK_FAMILY: Final[frozenset[Client]] = OUTLOOK_DESKTOP | {"outlook_ios", "outlook_android"}
THUNDERBIRD_UA: Final = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.11.0"
)
CLIENT_HEADERS: Final[dict[Client, tuple[tuple[str, str], ...]]] = {
    "outlook_legacy": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "thunderbird": (("User-Agent", THUNDERBIRD_UA),),
    "tb_bottom": (("User-Agent", THUNDERBIRD_UA),),
    "inline": (("User-Agent", THUNDERBIRD_UA),),
    "roundcube": (("User-Agent", "Roundcube Webmail/1.6.10"),),
}


# --------------------------------------------------------------------------------------------
# Envelope: identifiers, subject, headers, boundaries
# --------------------------------------------------------------------------------------------


def outlook_host(key: str, *, american: bool) -> tuple[str, str]:
    raw = digest(key, "host")
    pod = (
        ("AM", "DB", "PA", "VI", "AS")[raw[0] % 5]
        if not american
        else ("BN", "CH", "SA", "MW")[raw[0] % 4]
    )
    server = f"{pod}{raw[1] % 9 + 1}PR{raw[2] % 10:02d}MB{1000 + int.from_bytes(raw[3:5]) % 9000}"
    region = f"namprd{raw[5] % 20 + 1:02d}" if american else f"eurprd{raw[5] % 9 + 1:02d}"
    return server, region


def reply_msgid(r: Reply) -> str:
    key, domain = r.key, r.sender[1].split("@")[1]
    raw = digest(key, "msgid")
    if r.client in OUTLOOK_FAMILY:
        server, region = outlook_host(key, american=r.loc == "us")
        return f"<{server}{raw.hex()[:24].upper()}@{server}.{region}.prod.outlook.com>"
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw[:27]).decode()}@mail.gmail.com>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client in {"thunderbird", "tb_bottom", "inline"}:
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}@{domain}>"
    if r.client == "samsung":
        return f"<{raw.hex()[:32]}@email.android.com>"
    return f"<{raw.hex()[:20]}.{number(key, 'msgid-n', 6)}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject is not None:
        return r.subject.format(orig=q.subject)
    prefix = OUTLOOK_RE[r.loc] if r.client in OUTLOOK_DESKTOP else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
    return [
        ("Thread-Topic", encode_header(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", ", ".join(dict.fromkeys((CONTENT_LANGUAGE[r.loc], "en-US")))),
        ("Content-Language", CONTENT_LANGUAGE[r.loc]),
        ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


FAKE_PDF: Final = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n"
    b"2 0 obj\n<</Type/Pages/Kids[]/Count 0>>\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n"
)


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attachment is None:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(FAKE_PDF + r.key.encode(), "pdf", name=r.attachment)
    pdf.add_header("Content-Disposition", "attachment", filename=r.attachment)
    outer.attach(pdf)
    return outer


def move_to_end(msg: Message, names: Sequence[str]) -> None:
    for name in names:
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def strip_inner_versions(part: Message, *, root: bool) -> None:
    """Only the top of a message, or of an enclosed message, carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    enclosed = part.get_content_type() == "message/rfc822"
    for sub in part.get_payload():
        if isinstance(sub, Message):
            strip_inner_versions(sub, root=enclosed)


def boundary_for(style: str, key: str, n: int, *, american: bool) -> str:
    tag = digest(key, f"boundary{n}")
    if style == "gmail":
        return "0000000000" + tag.hex()[:18]
    if style in {"apple", "iphone"}:
        h = tag.hex().upper()
        return f"Apple-Mail=_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    if style == "outlook":
        server, region = outlook_host(key, american=american)
        return f"_{n:03d}_{server}{tag.hex()[:16].upper()}{server}{region[:4]}_"
    if style == "samsung":
        return f"--_com.samsung.android.email_{int.from_bytes(tag[:8]) % 10**15:015d}"
    return f"----=_Part_{tag[0] * 7 + n}_{int.from_bytes(tag[1:5])}.{int.from_bytes(tag[5:11]) % 10**13}"


def boundary_style(client: Client) -> str:
    if client in OUTLOOK_FAMILY:
        return "outlook"
    if client in {"gmail", "apple", "samsung"}:
        return client
    return "other"


def finalize(msg: Message, *, key: str, style: str, american: bool = False) -> Message:
    move_to_end(msg, ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"))
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"
    strip_inner_versions(msg, root=True)
    multiparts = [part for part in msg.walk() if part.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(boundary_for(style, key, n, american=american))
    return msg


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, RENDERERS[r.client](Ctx(reply=r, quote=q)))
    msg["From"] = address(*r.sender, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = encode_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.when)
    msg["Message-ID"] = reply_msgid(r)
    if r.thread:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.client in OUTLOOK_FAMILY else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    finalize(msg, key=r.key, style=boundary_style(r.client), american=r.loc == "us")
    if r.client == "apple":
        del msg["MIME-Version"]
        msg["Mime-Version"] = "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"
        move_to_end(msg, ("Content-Type", "Content-Transfer-Encoding"))
    return msg


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
NO_AUTO_RESPONSE: Final = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT: Final[list[Reply]] = [
    Reply(
        key="ps-en-advice",
        intent="payment_sent",
        lang="en",
        locale="us",
        sender=("Brightpath Tutoring Centers via PayablesHub", "notifications@payableshub.example"),
        date="2027-05-17 06:12 -0500",
        client="notice",
        markup=True,
        thread=False,
        subject="Payment sent: Brightpath Tutoring Centers LLC paid 2 invoices (USD 1,740.00)",
        headers=(
            AUTO_GENERATED,
            ("Reply-To", "ap@brightpath-tutoring.example"),
            ("X-Mailer", "PayablesHub Notifications"),
        ),
        text=(
            "Remittance advice\n\n"
            "Brightpath Tutoring Centers LLC has sent you a payment.\n\n"
            "Payee: Copperleaf Booking Ltd\nPayment method: ACH\nPayment date: 05/17/2027\nPayment number: ACH-0007731942\nAmount: USD 1,740.00\n\n"
            "Invoice number | Invoice date | Amount paid\nCB-INV-118204 | 04/01/2027 | USD 1,160.00\nCB-INV-118377 | 04/15/2027 | USD 580.00\n\n"
            "ACH payments usually reach the payee's bank within 1–3 business days. If this payment does not match your records, contact Brightpath Tutoring Centers LLC at ap@brightpath-tutoring.example.\n\n"
            "This notification was sent by PayablesHub on behalf of Brightpath Tutoring Centers LLC. Replies to this address are not read."
        ),
        facts=Facts(
            paid="2027-05-17",
            reference="ACH-0007731942",
            amount="1740.00",
            currency="USD",
            refs=("CB-INV-118204", "CB-INV-118377"),
            note="AP-system payment advice carrying Auto-Submitted: auto-generated: a payment, not an auto-reply; US date format",
        ),
    ),
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        sender=("Jodie Marsh", "jodie@marshandco-hair.example"),
        date="2027-05-11 19:42 +0100",
        client="iphone",
        text="Paid.",
        facts=Facts(note="one word; no date given, so paid_date stays null"),
    ),
    Reply(
        key="ps-en-done",
        intent="payment_sent",
        lang="en",
        sender=("Tom Ashworth", "tom.ashworth.driving@gmail.com"),
        date="2027-06-02 07:58 +0100",
        client="gmail",
        text="done",
        facts=Facts(note="'done' answering an overdue reminder reads as paid; no date"),
    ),
    Reply(
        key="ps-de-avis",
        intent="payment_sent",
        lang="de",
        sender=(
            "Kompass Fahrschulen Zentrale - Kreditorenbuchhaltung",
            "zahlungsavis@kompass-fahrschulen.example",
        ),
        date="2027-05-21 04:31 +0200",
        client="notice",
        thread=False,
        charset="iso-8859-1",
        subject="Zahlungsavis 2027-004512 / Copperleaf Booking Ltd",
        headers=(AUTO_GENERATED, ("X-Mailer", "FinOps Zahlungsverkehr 4.2")),
        text=(
            "Zahlungsavis Nr. 2027-004512\n\n"
            "Sehr geehrte Damen und Herren,\n\n"
            "hiermit avisieren wir Ihnen folgende Zahlung:\n\n"
            "Zahlungsempfänger:  Copperleaf Booking Ltd\nZahlungsdatum:      21.05.2027\nZahlweg:            SEPA-Überweisung\nBetrag:             2.134,80 EUR\nVerwendungszweck:   ZA 2027-004512 CB-INV-120958 CB-INV-121003\n\n"
            "Beleg-Nr.    Rechnungs-Nr.    Rechnungsdatum    Betrag EUR\n5100023871   CB-INV-120958    03.04.2027          1.778,00\n5100023902   CB-INV-121003    10.04.2027            356,80\n\n"
            "Dieses Avis wurde maschinell erstellt und ist ohne Unterschrift gültig. Bitte antworten Sie nicht auf diese E-Mail; Rückfragen richten Sie bitte an kreditoren@kompass-fahrschulen.example.\n\n"
            "Kompass Fahrschulen Franchise GmbH · Zentrale Kreditorenbuchhaltung\nSitz Kassel · Amtsgericht Kassel HRB 40917 · Geschäftsführer: Dirk Wenzel"
        ),
        facts=Facts(
            paid="2027-05-21",
            reference="2027-004512",
            amount="2134.80",
            currency="EUR",
            refs=("CB-INV-120958", "CB-INV-121003"),
            note="franchise head office's AP-system payment advice (Auto-Submitted: auto-generated); the address for queries is not a new contact",
        ),
    ),
    Reply(
        key="ps-de-dienstag",
        intent="payment_sent",
        lang="de",
        sender=("Sabine Krüger", "s.krueger@physio-krueger-lenz.example"),
        date="2027-05-13 10:22 +0200",
        client="outlook_legacy",
        charset="windows-1252",
        invoice="CB-INV-119774",
        amount="177.00",
        text=(
            "Guten Tag,\n\n"
            "die Rechnung CB-INV-119774 haben wir am Dienstag per Überweisung beglichen. Je nach Bank sollte der Betrag spätestens morgen auf Ihrem Konto sein. Falls er bis Anfang nächster Woche nicht eingegangen ist, geben Sie mir bitte kurz Bescheid.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Sabine Krüger\nPraxisorganisation\n\n"
            "Physiotherapie Krüger & Lenz\nHolstenstraße 88 · 24103 Kiel\nTel. 0431 555 0192\n\n"
            "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."
        ),
        facts=Facts(
            paid="2027-05-11",
            refs=("CB-INV-119774",),
            note="'am Dienstag' is past: Tue 11 May before Thu 13 May; 'morgen' and 'Anfang nächster Woche' are about the money arriving, not a promise",
        ),
    ),
    Reply(
        key="ps-fr-virement",
        intent="payment_sent",
        lang="fr",
        sender=("Karim Benali", "contact@autoecole-duparc.example"),
        date="2027-05-19 11:48 +0200",
        client="gmail",
        invoice="CB-INV-121266",
        amount="348.00",
        text=(
            "Bonjour,\n\n"
            "Le virement de 348 € pour la facture CB-INV-121266 est parti ce matin de notre compte professionnel, référence VIR-0519-AEP.\n\n"
            "Pouvez-vous me confirmer sa bonne réception quand vous l'aurez ? Merci.\n\n"
            "Karim Benali\nAuto-école du Parc – Nantes\n02 40 55 01 37"
        ),
        facts=Facts(
            paid="2027-05-19",
            reference="VIR-0519-AEP",
            amount="348.00",
            currency="EUR",
            refs=("CB-INV-121266",),
        ),
    ),
    Reply(
        key="ps-fr-regle",
        intent="payment_sent",
        lang="fr",
        sender=("Nadia Haddad", "nadia.haddad@institut-lumiere-beaute.example"),
        date="2027-05-10 18:06 +0200",
        client="iphone",
        text="C'est regle depuis le 3, preleve sur la carte de l'institut. Verifiez de votre cote svp, c'est la deuxieme relance que je recois pour rien.",
        facts=Facts(
            paid="2027-05-03",
            note="typed without accents; 'depuis le 3' → 3 May; irritation, but nothing is contested",
        ),
    ),
    Reply(
        key="ps-es-justificante",
        intent="payment_sent",
        lang="es",
        sender=("Marta Ibáñez", "administracion@peluqueria-ibanez.example"),
        date="2027-05-25 09:30 +0200",
        client="outlook",
        charset="windows-1252",
        invoice="CB-INV-121540",
        amount="72.60",
        attachment="Justificante_transferencia_CB-INV-121540.pdf",
        text=(
            "Buenos días:\n\n"
            "Les adjunto el justificante de la transferencia que hicimos ayer, por importe de 72,60 €, correspondiente a la factura CB-INV-121540 (paquete de créditos SMS).\n\n"
            "Un saludo,\n\n"
            "Marta Ibáñez\nAdministración\nPeluquería Ibáñez & Co.\nC/ Mayor 27, 46001 Valencia\n\n"
            "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario indicado, le rogamos que lo comunique al remitente y lo elimine."
        ),
        facts=Facts(
            paid="2027-05-24",
            amount="72.60",
            currency="EUR",
            refs=("CB-INV-121540",),
            note="'ayer' from Tue 25 May; transfer proof attached as a PDF",
        ),
    ),
    Reply(
        key="ps-es-viernes",
        intent="payment_sent",
        lang="es",
        sender=("Rubén Navarro", "ruben.navarro.fisio@gmail.com"),
        date="2027-05-31 08:55 +0200",
        client="samsung",
        text="ya esta pagado, lo hice el viernes por la web con la tarjeta. un saludo",
        facts=Facts(
            paid="2027-05-28", note="no accents, lower case; 'el viernes' is past: Fri 28 May"
        ),
    ),
    Reply(
        key="ps-nl-gisteren",
        intent="payment_sent",
        lang="nl",
        sender=("Ruud Bakker", "r.bakker@fysiobakker-zwolle.example"),
        date="2027-05-12 14:10 +0200",
        client="inline",
        invoice="CB-INV-120311",
        amount="49.00",
        text=(
            "Goedemiddag,\n\nZie mijn reactie hieronder.\n\n"
            "[[Q:2]]\n\n"
            "Deze factuur hebben wij gisteren voldaan, € 49,00, met het factuurnummer als omschrijving.\n\n"
            "[[Q:3]]\n\n"
            "Dan mag deze herinnering dus als niet verzonden worden beschouwd.\n\n"
            "Met vriendelijke groet,\nRuud Bakker\nFysiotherapie Bakker – Zwolle"
        ),
        facts=Facts(
            paid="2027-05-11",
            amount="49.00",
            currency="EUR",
            note="inline reply between quoted paragraphs; the invoice number appears only in the quoted part",
        ),
    ),
    Reply(
        key="ps-nl-ideal",
        intent="payment_sent",
        lang="nl",
        sender=("Sanne", "sanne@yogaloft-utrecht.example"),
        date="2027-05-18 12:31 +0200",
        client="iphone",
        text="Is al betaald hoor, vorige week woensdag via iDEAL.\nGroetjes, Sanne",
        facts=Facts(paid="2027-05-12", note="'vorige week woensdag' from Tue 18 May → Wed 12 May"),
    ),
    Reply(
        key="ps-it-bonifico",
        intent="payment_sent",
        lang="it",
        sender=("Elena Ferri", "amministrazione@centrostudiferri.example"),
        date="2027-05-28 16:20 +0200",
        client="outlook",
        invoice="CB-INV-120077",
        amount="1176.00",
        text=(
            "Buongiorno,\n\n"
            "vi informiamo che in data odierna abbiamo disposto il bonifico di € 1.176,00 a saldo della fattura CB-INV-120077 (licenza annuale, due sedi).\n"
            "TRN: 0306927148123456\n\n"
            "Cordiali saluti\n\n"
            "Elena Ferri\nUfficio amministrazione\nCentro Studi Ferri – Ripetizioni e doposcuola\nVia Irnerio 12, 40126 Bologna\n\n"
            "Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo e di darne comunicazione al mittente."
        ),
        facts=Facts(
            paid="2027-05-28",
            reference="0306927148123456",
            amount="1176.00",
            currency="EUR",
            refs=("CB-INV-120077",),
            note="'in data odierna abbiamo disposto il bonifico': the transfer was instructed today, so it is sent",
        ),
    ),
]

PROMISE_TO_PAY: Final[list[Reply]] = [
    Reply(
        key="pr-en-checkrun",
        intent="promise_to_pay",
        lang="en",
        locale="us",
        sender=("Dale Whitaker", "dale@harborstreetcycles.example"),
        date="2027-05-20 23:50 -0700",
        client="gmail",
        amount="708.00",
        text=(
            "Hi there,\n\n"
            "Sorry about this, it got buried on my desk. Our check run is tomorrow and I've put yours in the pile, so it'll go in the mail tomorrow afternoon. Should reach you in the UK in a week or so. If a wire is easier on your end, let me know and I'll ask the bank instead.\n\n"
            "Dale Whitaker\nHarbor Street Cycle Repair\nEugene, OR"
        ),
        facts=Facts(
            promised="2027-05-21",
            note="written late on Thu 20 May, Pacific time (already Friday in UTC): 'tomorrow' is Fri 21 May in the sender's time zone; the check is mailed then",
        ),
    ),
    Reply(
        key="pr-en-ooo-subject",
        intent="promise_to_pay",
        lang="en",
        sender=("Gemma Rowe", "gemma@flowandform-yoga.example"),
        date="2027-05-21 17:02 +0100",
        client="iphone",
        subject="Out of office till Thursday (re: overdue invoice)",
        text=(
            "Hi, I'm on a retreat in Snowdonia with hardly any signal so I can't get into the banking app. I'll pay it next Thursday when I'm back at the studio. Sorry for the delay!\n\n"
            "Gemma\nFlow & Form Yoga"
        ),
        facts=Facts(
            promised="2027-05-27",
            note="a person's reply whose subject says 'out of office': a promise, not an auto-reply; 'next Thursday' from Fri 21 May → 27 May",
        ),
    ),
    Reply(
        key="pr-en-board",
        intent="promise_to_pay",
        lang="en",
        sender=("Margaret Okafor", "treasurer@northgate-learning.example"),
        date="2027-05-27 21:14 +0100",
        client="apple",
        amount="588.00",
        text=(
            "Dear Copperleaf team,\n\n"
            "Thank you for your email, and apologies that it has taken me a few days to reply. I should explain a little about how we work, as I suspect it isn't obvious from your side. Northgate Community Learning is a charity run almost entirely by volunteers. We have about forty tutors who give up their evenings and Saturday mornings to help children with maths and reading, and your booking system has honestly transformed how we match tutors with families. Before we had it, Aisha, our coordinator, kept the whole rota in a paper diary and a rather alarming number of WhatsApp groups.\n\n"
            "The difficulty is on the finance side. Our previous treasurer stepped down at Easter and the bank took weeks to update the mandate, so for a while nobody could actually authorise a payment. That is now sorted, and I am the second signatory. However, under our financial procedures any single payment over £500 has to be approved by the trustees, and your annual licence is just over that limit.\n\n"
            "The trustees meet next Thursday, 3 June. Your invoice is on the agenda, and I will make the transfer the following morning, as soon as the minutes are signed. If anything about the amount needs to change before then (we were wondering whether the charity discount your sales team mentioned last year was ever applied), please tell me before the meeting so that the trustees approve the right figure.\n\n"
            "With thanks for your patience,\n\n"
            "Margaret Okafor\nHonorary Treasurer\nNorthgate Community Learning\nRegistered charity no. 1209455"
        ),
        facts=Facts(
            promised="2027-06-04",
            note="long reply that buries the point: the transfer is made the morning after the trustees' meeting on Thu 3 June → Fri 4 June; the discount question does not contest the invoice",
        ),
    ),
    Reply(
        key="pr-de-kw21",
        intent="promise_to_pay",
        lang="de",
        sender=("Jens Hoffmann", "j.hoffmann@fahrschule-hoffmann-bremen.example"),
        date="2027-05-12 08:40 +0200",
        client="outlook",
        charset="windows-1252",
        text=(
            "Hallo,\n\n"
            "danke für die Erinnerung. Die Rechnung liegt bei unserem Steuerbüro, das die Überweisungen immer gesammelt freigibt. Die nächste Freigabe ist in KW 21, dann ist Ihre Rechnung mit dabei.\n\n"
            "Gruß\nJens Hoffmann\nFahrschule Hoffmann · Bremen-Findorff"
        ),
        facts=Facts(
            promised="2027-05-24",
            note="'KW 21' → Monday 24 May, the first day of the week, as 'next week' resolves to its Monday",
        ),
    ),
    Reply(
        key="pr-de-pfingsten",
        intent="promise_to_pay",
        lang="de",
        sender=("Yvonne Bauer", "info@haarwerk-bauer.example"),
        date="2027-05-13 19:25 +0200",
        client="iphone",
        text="Hallo, sorry, bei uns ist grad Land unter (Hochzeitssaison 😅). Ich überweise das direkt nach Pfingsten, versprochen!\nLG Yvonne",
        facts=Facts(
            note="'nach Pfingsten' is a holiday phrase that names no day (Whit Monday is 17 May), so the date stays null"
        ),
    ),
    Reply(
        key="pr-fr-debutjuin",
        intent="promise_to_pay",
        lang="fr",
        sender=("Claire Dumas", "claire@studio-souffle-yoga.example"),
        date="2027-05-14 10:05 +0200",
        client="apple",
        text=(
            "Bonjour,\n\n"
            "Je réglerai cette facture début juin, une fois encaissés les abonnements trimestriels de mes élèves. Merci pour votre patience.\n\n"
            "Belle journée,\nClaire\nStudio Souffle – Yoga & Pilates, Annecy"
        ),
        facts=Facts(
            promised="2027-06-01",
            note="'début juin' → 1 June, the first day of the named span; the stated reason does not move the date",
        ),
    ),
    Reply(
        key="pr-fr-vendredi",
        intent="promise_to_pay",
        lang="fr",
        sender=("Julien Morel", "j.morel@garage-morel-velo.example"),
        date="2027-06-01 14:35 +0200",
        client="outlook_legacy",
        charset="windows-1252",
        text=(
            "Bonjour,\n\n"
            "Bien reçu. Je fais les virements fournisseurs le vendredi, le vôtre partira donc ce vendredi avec les autres.\n\n"
            "Cordialement,\nJulien Morel\nGarage Morel – Cycles & réparations\nLyon 7e"
        ),
        facts=Facts(promised="2027-06-04", note="'ce vendredi' from Tue 1 June → 4 June"),
    ),
    Reply(
        key="pr-es-dia5",
        intent="promise_to_pay",
        lang="es",
        sender=("Lucía Ortega", "lucia@academiaortega.example"),
        date="2027-05-27 13:10 +0200",
        client="gmail",
        text=(
            "Hola,\n\n"
            "Perdonad el retraso. Os lo pago antes del día 5, que es cuando nos entran las cuotas de junio de los alumnos.\n\n"
            "Gracias,\nLucía Ortega\nAcademia Ortega – Clases de repaso, Zaragoza"
        ),
        facts=Facts(
            promised="2027-06-05",
            note="'antes del día 5' from 27 May → 5 June, as 'by the 15th' → the 15th",
        ),
    ),
    Reply(
        key="pr-nl-borg",
        intent="promise_to_pay",
        lang="nl",
        sender=("Mark Visser", "mark@praktijkvisser.example"),
        date="2027-05-19 16:45 +0200",
        client="owa",
        text=(
            "Hallo,\n\n"
            "Excuses voor de vertraging. We zijn net verhuisd naar een nieuwe praktijkruimte en de borg van het oude pand staat nog bij de verhuurder. Zodra die terug is, maak ik uw factuur over, naar verwachting over een week of twee.\n\n"
            "Met vriendelijke groet,\nMark Visser\nPraktijk voor Fysiotherapie Visser, Amersfoort"
        ),
        facts=Facts(
            note="payment once the deposit is refunded, 'over een week of twee': a condition and a span, no day → null"
        ),
    ),
    Reply(
        key="pr-nl-ingepland",
        intent="promise_to_pay",
        lang="nl",
        sender=("Femke de Wit", "f.dewit@bijlesplein.example"),
        date="2027-05-24 09:12 +0200",
        client="outlook",
        amount="235.95",
        text=(
            "Goedemorgen,\n\n"
            "Ik heb de betaling van € 235,95 ingepland op vrijdag 28 mei; dat is onze vaste betaaldag voor leveranciers.\n\n"
            "Met vriendelijke groet,\n\n"
            "Femke de Wit\nFinanciële administratie\nBijlesplein B.V. – huiswerkbegeleiding en bijles\nKvK 70012345"
        ),
        facts=Facts(
            promised="2027-05-28",
            amount="235.95",
            currency="EUR",
            note="perfect tense 'heb ... ingepland' announces a future payment",
        ),
    ),
    Reply(
        key="pr-it-finemese",
        intent="promise_to_pay",
        lang="it",
        sender=("Giulia Conti", "giulia.conti.salone@libero.it"),
        date="2027-05-19 12:02 +0200",
        client="iphone",
        text=(
            "Salve, pagherò entro fine mese. In questo momento la carta aziendale è bloccata perché la banca ce la sta sostituendo e non ho ancora i nuovi dati. Appena arriva la nuova aggiorno anche i dati sul vostro portale.\n"
            "Giulia – Salone Giulia Conti"
        ),
        facts=Facts(
            promised="2027-05-31", note="card-payment failure explained; 'entro fine mese' → 31 May"
        ),
    ),
    Reply(
        key="pr-it-autorizzato",
        intent="promise_to_pay",
        lang="it",
        sender=("Davide Gatti", "d.gatti@officinagatti.example"),
        date="2027-05-28 17:40 +0200",
        client="outlook_legacy",
        charset="iso-8859-1",
        text=(
            "Buonasera,\n\n"
            "il pagamento è stato autorizzato oggi dal titolare e partirà lunedì prossimo con il giro bonifici settimanale.\n\n"
            "Saluti\nDavide Gatti\nOfficina Moto Gatti s.n.c. - Treviso"
        ),
        facts=Facts(
            promised="2027-05-31",
            note="past tense 'è stato autorizzato' describes a future payment; 'lunedì prossimo' from Fri 28 May → 31 May",
        ),
    ),
]

DISPUTE: Final[list[Reply]] = [
    Reply(
        key="dp-en-sms",
        intent="dispute",
        lang="en",
        sender=("Craig Donnelly", "craig@donnellydriving.example"),
        date="2027-05-18 08:15 +0100",
        client="gmail",
        invoice="CB-INV-121877",
        amount="60.00",
        text=(
            "We have NOT paid CB-INV-121877 because the 1,000 SMS credits it's for never showed up on our account. The dashboard still says 0 credits and my pupils stopped getting their lesson reminders two weeks ago. I raised it with your support on the 4th and heard nothing back.\n\n"
            "Get the credits loaded and I'll pay the same day. Until then this invoice is on hold.\n\n"
            "Craig Donnelly\nDonnelly School of Motoring"
        ),
        facts=Facts(
            refs=("CB-INV-121877",),
            note="negation: 'have NOT paid' because the SMS credits were never delivered; paying 'the same day' is conditional",
        ),
    ),
    Reply(
        key="dp-en-cancelled",
        intent="dispute",
        lang="en",
        sender=("Leanne Carter", "leanne@cuttingroom-salon.example"),
        date="2027-05-11 12:47 +0100",
        client="outlook",
        text=(
            "Hello,\n\n"
            "We cancelled our Copperleaf subscription on 14 March. I have the confirmation from your support team (ticket 44817) saying the account would close at the end of that billing period. This invoice is for April and May, after the cancellation, so we won't be paying it.\n\n"
            "Please cancel the invoice and confirm that the account is closed.\n\n"
            "Kind regards,\nLeanne Carter\nOwner, The Cutting Room"
        ),
        facts=Facts(
            note="customer believes the subscription was cancelled; contests the whole invoice"
        ),
    ),
    Reply(
        key="dp-en-duplicate",
        intent="dispute",
        lang="en",
        sender=("Hannah Pryce", "accounts@fixitfast-repairs.example"),
        date="2027-05-26 10:03 +0100",
        client="outlook_legacy",
        charset="windows-1252",
        invoice="CB-INV-120455",
        amount="118.80",
        text=(
            "Hi,\n\n"
            "CB-INV-119902 was paid on 30 April by BACS (our ref FFR-3391). CB-INV-120455, which your reminder is about, covers exactly the same period and the same amount – it's a duplicate. Please cancel it or send us a credit note.\n\n"
            "Thanks,\nHannah Pryce\nAccounts Assistant\nFixItFast Phone & Laptop Repairs Ltd\nRegistered in England No. 09876543\n\n"
            "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. FixItFast Phone & Laptop Repairs Ltd accepts no liability for viruses transmitted with this email."
        ),
        facts=Facts(
            refs=("CB-INV-119902", "CB-INV-120455"),
            note="one invoice said to be paid, the chased one called a duplicate: the dispute wins",
        ),
    ),
    Reply(
        key="dp-de-preis",
        intent="dispute",
        lang="de",
        sender=("Petra Lindner", "verwaltung@kessler-physio.example"),
        date="2027-05-18 11:30 +0200",
        client="outlook",
        invoice="CB-INV-120640",
        amount="354.00",
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "laut Ihrem Angebot vom 11. Januar zahlen wir 39 € pro Monat und Standort, nicht 59 €. Für unsere drei Standorte sind das 117 € im Monat statt der berechneten 177 €.\n\n"
            "Bitte stellen Sie die Rechnung CB-INV-120640 entsprechend korrigiert neu aus. Vorher können wir sie nicht zur Zahlung freigeben.\n\n"
            "Mit freundlichen Grüßen\ni. A. Petra Lindner\nVerwaltung\n\n"
            "Praxis Dr. Kessler – Physiotherapie & Rehabilitation\nAm Schlossgarten 4 · 76131 Karlsruhe"
        ),
        facts=Facts(
            refs=("CB-INV-120640",),
            note="price contested against a quote; asking for a corrected invoice does not make it invoice_request",
        ),
    ),
    Reply(
        key="dp-de-onboarding",
        intent="dispute",
        lang="de",
        sender=("Tobias Brandt", "tobias@yogahaus-brandt.example"),
        date="2027-05-20 15:02 +0200",
        client="inline",
        charset="iso-8859-1",
        cte="8bit",
        invoice="CB-INV-121090",
        amount="938.00",
        text=(
            "Hallo zusammen,\n\nmeine Antwort steht unten im Text.\n\n"
            "[[Q:2]]\n\n"
            "In dieser Rechnung stecken zwei Posten: die Jahreslizenz (588,00 EUR) und das Onboarding-Paket (350,00 EUR). Das Onboarding hat nie stattgefunden. Der Termin am 22.04. wurde von Ihrer Seite kurzfristig abgesagt, und seitdem hat sich niemand mehr gemeldet.\n\n"
            "[[Q:3]]\n\n"
            "Die Lizenz ist in Ordnung, die 588,00 EUR haben wir heute überwiesen. Die 350,00 EUR für das Onboarding zahlen wir erst, wenn die Schulung tatsächlich stattgefunden hat.\n\n"
            "Viele Grüße\nTobias Brandt\nYogahaus Brandt, Freiburg"
        ),
        facts=Facts(
            note="inline reply; part paid today, part contested (onboarding never held): the dispute wins for the disputed part"
        ),
    ),
    Reply(
        key="dp-fr-postes",
        intent="dispute",
        lang="fr",
        sender=("Isabelle Garnier", "secretariat@kine-garnier.example"),
        date="2027-05-21 09:47 +0200",
        client="outlook",
        charset="windows-1252",
        text=(
            "Bonjour,\n\n"
            "Vous nous facturez six postes praticiens alors que nous ne sommes plus que quatre depuis janvier. Nous avions demandé la suppression de deux licences par mail le 12 janvier, et votre service client nous l'avait confirmé.\n\n"
            "Merci de nous envoyer un avoir pour la différence ; nous réglerons ensuite le montant correct.\n\n"
            "Cordialement,\n\n"
            "Isabelle Garnier\nSecrétariat – Cabinet de kinésithérapie Garnier\n12 rue des Tanneurs, 67000 Strasbourg"
        ),
        facts=Facts(
            note="quantity contested (six seats billed, four used); paying the corrected amount later is conditional"
        ),
    ),
    Reply(
        key="dp-fr-avoir",
        intent="dispute",
        lang="fr",
        sender=("Patrick Lemaire", "p.lemaire@ecoledeconduite-lemaire.example"),
        date="2027-06-03 11:20 +0200",
        client="roundcube",
        invoice="CB-INV-121702",
        text=(
            "Bonjour,\n\n"
            "Troisième fois que je vous l'écris : la facture CB-INV-121702 a été annulée par l'avoir AV-2027-0113 après la panne de février, quand vos rappels SMS n'ont pas fonctionné pendant dix jours. Je n'ai donc rien à payer.\n\n"
            "Merci de mettre votre comptabilité à jour.\n\n"
            "P. Lemaire\nÉcole de conduite Lemaire"
        ),
        facts=Facts(refs=("CB-INV-121702",), note="already credited by a credit note; irritated"),
    ),
    Reply(
        key="dp-es-formacion",
        intent="dispute",
        lang="es",
        sender=("Alba Romero", "alba@espaciozen-pilates.example"),
        date="2027-05-13 18:20 +0200",
        client="iphone",
        amount="350.00",
        text="Hola. No vamos a pagar la formación inicial hasta que se haga. Llevamos desde marzo esperando a que alguien nos llame para organizarla y nadie ha dado señales de vida. Cuando la hagáis, os la pago ese mismo día.\nAlba",
        facts=Facts(
            note="service not delivered (onboarding training); paying 'ese mismo día' is conditional"
        ),
    ),
    Reply(
        key="dp-es-noesnuestra",
        intent="dispute",
        lang="es",
        sender=("Javier Molina", "jmolina@autoescuela-molina.example"),
        date="2027-05-31 10:15 +0200",
        client="outlook_legacy",
        charset="windows-1252",
        text=(
            "Buenos días:\n\n"
            "Esta factura no puede ser nuestra. El CIF que aparece (B-30981742) no es el de nuestra empresa y nosotros nunca hemos contratado el plan Multisede: tenemos una sola autoescuela y la licencia básica, que pagamos por domiciliación todos los meses.\n\n"
            "Revisen por favor a quién corresponde y anúlenla.\n\n"
            "Atentamente,\nJavier Molina\nAutoescuela Molina – Murcia"
        ),
        facts=Facts(
            note="'not our company, not our plan': the addressee contests the charge, so dispute rather than wrong_contact"
        ),
    ),
    Reply(
        key="dp-nl-koppeling",
        intent="dispute",
        lang="nl",
        sender=("Esra Yılmaz", "esra@kapsalon-esra.example"),
        date="2027-05-27 20:05 +0200",
        client="gmail",
        text=(
            "Hallo,\n\n"
            "Wij betalen deze factuur pas als de koppeling met ons kassasysteem werkt, zoals ons bij de verkoop is beloofd. We zijn nu drie maanden verder en nog steeds moeten we elke afspraak met de hand in de kassa overzetten. Daar betalen wij niet voor.\n\n"
            "Laat maar weten wanneer het is opgelost.\n\n"
            "Esra Yılmaz\nKapsalon Esra, Rotterdam-Noord"
        ),
        facts=Facts(note="'we won't pay until it's fixed': a promised integration does not work"),
    ),
    Reply(
        key="dp-it-doppio",
        intent="dispute",
        lang="it",
        sender=("Francesca Riva", "francesca.riva@studiopilatesriva.example"),
        date="2027-05-12 13:33 +0200",
        client="gmail",
        invoice="CB-INV-120512",
        amount="59.00",
        text=(
            "Buongiorno,\n\n"
            "ma state scherzando? La fattura CB-INV-120512 me l'avete addebitata DUE volte sulla carta, il 3 e il 4 maggio, si vede benissimo dall'estratto conto. E adesso mi arriva pure il sollecito. Rimborsatemi l'addebito doppio invece di chiedermi altri soldi.\n\n"
            "Francesca Riva"
        ),
        facts=Facts(
            refs=("CB-INV-120512",),
            note="irritated; claims a double card charge: a dispute, not payment_sent",
        ),
    ),
    Reply(
        key="dp-it-rivenditore",
        intent="dispute",
        lang="it",
        sender=("Marco Bellini", "m.bellini@autoscuolabellini.example"),
        date="2027-06-01 09:25 +0200",
        client="outlook",
        amount="588.00",
        text=(
            "Buongiorno,\n\n"
            "il rinnovo della licenza annuale ci era stato proposto dal vostro rivenditore, Gestionali Nord Srl, al prezzo promozionale di € 420,00 + IVA, come da loro offerta del 10 marzo che vi inoltro volentieri. In fattura invece trovo € 588,00.\n\n"
            "Finché non ci inviate una fattura con il prezzo concordato non possiamo procedere al pagamento.\n\n"
            "Cordiali saluti\nMarco Bellini\nAutoscuola Bellini – Padova"
        ),
        facts=Facts(
            note="price agreed with a reseller partner differs from the invoice; payment withheld until corrected"
        ),
    ),
]

PAYMENT_PLAN: Final[list[Reply]] = [
    Reply(
        key="pl-en-flood",
        intent="payment_plan",
        lang="en",
        sender=("Steve Hollis", "steve@hollisautos.example"),
        date="2027-05-14 16:30 +0100",
        client="outlook_ios",
        amount="588.00",
        text=(
            "Hi,\n\n"
            "Bit embarrassing this, but we're really struggling at the moment. The garage flooded in March and we were shut for six weeks, so cash is very tight. Could I pay the annual licence off monthly instead, say £50 a month until it's cleared? I could start on the 1st if that works for you.\n\n"
            "Cheers,\nSteve\nHollis Autos, Tewkesbury"
        ),
        facts=Facts(
            note="hardship and monthly instalments; the start date and instalment amount are not labelled"
        ),
    ),
    Reply(
        key="pl-en-grant",
        intent="payment_plan",
        lang="en",
        sender=("Amara Nwosu", "office@riversidetutors.example"),
        date="2027-05-24 11:05 +0100",
        client="gmail",
        text=(
            "Hello,\n\n"
            "Could we have until the end of June to pay this? We're a small tutoring centre and we're waiting on a community grant that should be confirmed in the next few weeks. I'd rather not promise a date I can't keep, but I'd be very grateful for the extra time.\n\n"
            "Best wishes,\nAmara Nwosu\nCentre Manager, Riverside Tutors"
        ),
        facts=Facts(
            note="asks for more time; 'until the end of June' is the request, not a commitment, so no promised_date"
        ),
    ),
    Reply(
        key="pl-en-reduced",
        intent="payment_plan",
        lang="en",
        sender=("Ben Fairweather", "ben@fairweatherfitness.example"),
        date="2027-06-03 09:50 +0100",
        client="apple",
        amount="588.00",
        text=(
            "Hi there,\n\n"
            "I'm closing the studio at the end of June. The lease is up and I can't make the numbers work any more. I know the annual licence renewed in April, but I'll only get three months out of it. Would you accept £150 as a full and final settlement? I can pay that straight away.\n\n"
            "Thanks for being understanding,\nBen Fairweather\nFairweather Fitness"
        ),
        facts=Facts(
            note="asks to pay a reduced amount: payment_plan, although 'straight away' sounds like a promise"
        ),
    ),
    Reply(
        key="pl-de-raten",
        intent="payment_plan",
        lang="de",
        sender=("Sandra Wolf", "sandra.wolf@nachhilfe-wolf.example"),
        date="2027-05-19 09:02 +0200",
        client="thunderbird",
        invoice="CB-INV-121311",
        amount="588.00",
        text=(
            "Guten Morgen,\n\n"
            "wäre es möglich, die Rechnung CB-INV-121311 in drei Raten zu je 196 € zu begleichen? Die erste Rate könnte ich Anfang Juni überweisen, die weiteren jeweils zum Monatsanfang.\n\n"
            "Vielen Dank und viele Grüße\nSandra Wolf\nNachhilfestudio Wolf, Leipzig"
        ),
        facts=Facts(
            refs=("CB-INV-121311",),
            note="three instalments proposed; the first instalment's date is not a promise of the balance",
        ),
    ),
    Reply(
        key="pl-de-stundung",
        intent="payment_plan",
        lang="de",
        sender=("Alexander Petrović", "a.petrovic@salon-petrovic.example"),
        date="2027-05-26 14:48 +0200",
        client="outlook",
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "seit März ist die Straße vor unserem Salon wegen einer Baustelle gesperrt, und viele Stammkunden kommen schlicht nicht mehr durch. Die Einnahmen sind entsprechend eingebrochen.\n\n"
            "Könnten Sie uns die offene Rechnung bis Ende Juli stunden? Wir möchten selbstverständlich den vollen Betrag zahlen, brauchen aber etwas Luft.\n\n"
            "Mit freundlichen Grüßen\nAlexander Petrović\nSalon Petrović – Friseur & Barbier, Nürnberg"
        ),
        facts=Facts(
            note="asks for a deferral ('stunden'); 'bis Ende Juli' is requested, not promised"
        ),
    ),
    Reply(
        key="pl-fr-echelonner",
        intent="payment_plan",
        lang="fr",
        sender=("Sophie Vidal", "sophie@atelier-vidal-coiffure.example"),
        date="2027-05-18 20:12 +0200",
        client="iphone",
        text=(
            "Bonjour,\n"
            "Serait-il possible de régler cette facture en trois fois ? La saison a mal démarré et je préfère vous le dire franchement plutôt que de laisser traîner.\n"
            "Merci d'avance,\nSophie Vidal – Atelier Vidal Coiffure"
        ),
    ),
    Reply(
        key="pl-es-plazos",
        intent="payment_plan",
        lang="es",
        sender=("Carmen Delgado", "carmen@fisiodelgado.example"),
        date="2027-05-20 12:40 +0200",
        client="outlook",
        text=(
            "Hola:\n\n"
            "¿Podríamos pagar la factura en dos plazos? La mitad ahora y la otra mitad a mediados de julio, cuando cobremos de las mutuas.\n\n"
            "Quedo a la espera de su respuesta.\n\n"
            "Un saludo,\nCarmen Delgado\nFisioterapia Delgado – Sevilla"
        ),
        facts=Facts(note="half now and half in July: payment_plan"),
    ),
    Reply(
        key="pl-es-racha",
        intent="payment_plan",
        lang="es",
        sender=("Manuel Fernández", "manolo.fernandez62@hotmail.com"),
        date="2027-05-28 22:47 +0200",
        client="samsung",
        text=(
            "Buenas noches,\n\n"
            "Les escribo porque he visto el correo y no quiero que piensen que no quiero pagar. Llevo 30 años con el taller y nunca he dejado nada a deber. Lo que pasa es que este año ha sido muy malo, mi hijo que llevaba las citas y el ordenador se ha ido a trabajar a Alemania y yo con estas cosas de internet me apaño regular, la mitad de las citas las sigo apuntando en la libreta. Encima en abril se nos rompio el elevador y la reparacion nos costo un dineral.\n\n"
            "No les pido que me perdonen nada, solo un poco mas de tiempo o pagarlo poco a poco, lo que ustedes vean. Si me llaman por la mañana al taller lo hablamos mejor que por aqui.\n\n"
            "Muchas gracias y perdonen las molestias\nManuel Fernández\nTaller Fernández – Albacete"
        ),
        facts=Facts(
            note="long hardship plea with missing accents; asks for more time or instalments"
        ),
    ),
    Reply(
        key="pl-nl-regeling",
        intent="payment_plan",
        lang="nl",
        sender=("Kevin Jansen", "kevin@rijschooljansen.example"),
        date="2027-05-11 17:20 +0200",
        client="gmail",
        text=(
            "Hoi,\n\n"
            "Kunnen we een betalingsregeling treffen voor deze factuur? Door een paar afgezegde examens zit ik even krap bij kas. Zelf zat ik te denken aan drie maandelijkse termijnen.\n\n"
            "Groet,\nKevin Jansen\nRijschool Jansen"
        ),
    ),
    Reply(
        key="pl-nl-termijnen",
        intent="payment_plan",
        lang="nl",
        sender=("Ilse Mulder", "administratie@dansstudio-mulder.example"),
        date="2027-06-02 10:30 +0200",
        client="outlook",
        amount="588.00",
        text=(
            "Goedemorgen,\n\n"
            "Zou het mogelijk zijn het jaarbedrag van de licentie in vier termijnen te voldoen? Als u akkoord gaat, maak ik de eerste termijn deze week nog over.\n\n"
            "Met vriendelijke groet,\nIlse Mulder\nDansstudio Mulder"
        ),
        facts=Facts(note="first instalment conditional on agreement: payment_plan, not a promise"),
    ),
    Reply(
        key="pl-it-rate",
        intent="payment_plan",
        lang="it",
        sender=("Paolo Ricci", "paolo@tutorlab-ricci.example"),
        date="2027-05-21 11:11 +0200",
        client="gmail",
        text=(
            "Buongiorno,\n\n"
            "sarebbe possibile rateizzare l'importo in tre mensilità a partire da giugno? È un periodo complicato per via della chiusura estiva dei corsi.\n\n"
            "Grazie,\nPaolo Ricci\nTutorLab – Ripetizioni e preparazione esami, Torino"
        ),
    ),
    Reply(
        key="pl-it-proroga",
        intent="payment_plan",
        lang="it",
        sender=("Anna Marchetti", "info@parrucchieria-marchetti.example"),
        date="2027-06-04 09:05 +0200",
        client="outlook_legacy",
        charset="iso-8859-1",
        text=(
            "Gentili signori,\n\n"
            "vi scrivo per chiedervi una proroga di trenta giorni sul pagamento della fattura in oggetto. A maggio mia madre, che lavora con me in negozio, è stata operata e per alcune settimane ho dovuto ridurre gli appuntamenti.\n\n"
            "Vi ringrazio per la comprensione.\n\n"
            "Anna Marchetti\nParrucchieria Marchetti - Ancona"
        ),
        facts=Facts(
            note="asks for thirty more days; 'la fattura in oggetto' points to the subject, so no invoice number is listed"
        ),
    ),
]

INVOICE_REQUEST: Final[list[Reply]] = [
    Reply(
        key="ir-en-statement",
        intent="invoice_request",
        lang="en",
        sender=("Rachel Moss", "rachel@mossandmaple-physio.example"),
        date="2027-05-13 15:25 +0100",
        client="outlook",
        text=(
            "Hi,\n\n"
            "Didn't we pay this already? I'm fairly sure I saw a payment to Copperleaf go out in April. Could you send me a statement of our account so I can check it against the bank?\n\n"
            "Thanks,\nRachel Moss\nPractice Manager\nMoss & Maple Physiotherapy"
        ),
        facts=Facts(note="a question, not a payment claim; asks for a statement → invoice_request"),
    ),
    Reply(
        key="ir-en-w8",
        intent="invoice_request",
        lang="en",
        locale="us",
        sender=("Kim Alvarez", "kim.alvarez@summitdrivingacademy.example"),
        date="2027-05-25 10:40 -0400",
        client="owa",
        amount="1188.00",
        text=(
            "Hello,\n\n"
            "Before we can pay a foreign vendor, our AP department needs a completed W-8BEN-E for Copperleaf Booking Ltd, plus your bank details for an international wire (bank name, SWIFT/BIC, and account number or IBAN). Once we have those, the invoice can go into our next payment cycle.\n\n"
            "Thank you,\nKim Alvarez\nOffice Manager | Summit Driving Academy\nColumbus, OH"
        ),
        facts=Facts(
            note="needs a tax form and bank details before paying; 'our next payment cycle' is no dated promise"
        ),
    ),
    Reply(
        key="ir-en-po",
        intent="invoice_request",
        lang="en",
        sender=("Nicola Shaw", "finance@glowbar-franchise.example"),
        date="2027-06-01 08:32 +0100",
        client="outlook_legacy",
        invoice="CB-INV-122140",
        amount="354.00",
        text=(
            "Good morning,\n\n"
            "Invoices for our franchise salons are paid centrally by head office, and our system cannot process any invoice without a purchase order number. Please reissue CB-INV-122140 showing PO 4500-22871 and addressed to GlowBar Franchising Ltd rather than the Harrogate salon. We have no issue with the amount.\n\n"
            "Regards,\nNicola Shaw\nFranchise Finance Team\nGlowBar Franchising Ltd"
        ),
        facts=Facts(
            refs=("CB-INV-122140",),
            note="franchise head office asks for a reissue with its PO number; the amount is not contested",
        ),
    ),
    Reply(
        key="ir-de-ust",
        intent="invoice_request",
        lang="de",
        sender=("Heike Schulte", "buchhaltung@tanzschule-schulte.example"),
        date="2027-05-31 13:55 +0200",
        client="outlook",
        charset="windows-1252",
        text=(
            "Guten Tag,\n\n"
            "für unsere Buchhaltung benötigen wir eine Rechnung mit unserer USt-IdNr. (DE298765431) und dem Hinweis auf die Steuerschuldnerschaft des Leistungsempfängers. Ohne diese Angaben kann unser Steuerberater die Rechnung nicht verbuchen. Bitte senden Sie uns eine korrigierte Fassung, dann überweisen wir umgehend.\n\n"
            "Freundliche Grüße\nHeike Schulte\nTanzschule Schulte GmbH, Münster"
        ),
        facts=Facts(
            note="reissue with VAT ID and reverse-charge wording, amount not contested; paying 'umgehend' afterwards is conditional"
        ),
    ),
    Reply(
        key="ir-fr-releve",
        intent="invoice_request",
        lang="fr",
        sender=("Thomas Girard", "compta@reparation-girard.example"),
        date="2027-05-12 10:30 +0200",
        client="tb_bottom",
        text=(
            "Bonjour,\n\n"
            "Pourriez-vous m'envoyer un relevé de compte à jour ? Entre les factures mensuelles et les recharges de SMS, je ne sais plus très bien lesquelles sont réglées.\n\n"
            "Merci,\nThomas Girard\nGirard Réparation Électroménager – Rennes"
        ),
        facts=Facts(note="statement of account request, written below the quote"),
    ),
    Reply(
        key="ir-fr-rib",
        intent="invoice_request",
        lang="fr",
        sender=("Émilie Roche", "emilie.roche.yoga@gmail.com"),
        date="2027-05-20 08:20 +0200",
        client="gmail_plain",
        text=(
            "Bonjour,\n\n"
            "Je n'ai jamais reçu cette facture. Pouvez-vous me la renvoyer, avec votre RIB ? Je préfère payer par virement plutôt que par carte.\n\n"
            "Merci d'avance,\nÉmilie Roche\nProfesseure de yoga – Bordeaux"
        ),
        facts=Facts(
            note="never received the invoice, asks for it and for bank details without contesting it"
        ),
    ),
    Reply(
        key="ir-es-sociedad",
        intent="invoice_request",
        lang="es",
        sender=("Sergio Pastor", "sergio@pastoryoga.example"),
        date="2027-05-14 17:05 +0200",
        client="gmail",
        invoice="CB-INV-121455",
        text=(
            "Hola,\n\n"
            "¿Me podéis emitir la factura CB-INV-121455 a nombre de la sociedad en vez de a mi nombre? Los datos son: Pastor Yoga Studio S.L., CIF B-42719036, C/ de la Princesa 40, 28008 Madrid. En cuanto la tenga la pago, el importe está bien.\n\n"
            "Gracias,\nSergio"
        ),
        facts=Facts(
            refs=("CB-INV-121455",),
            note="reissue to the company; amount accepted; 'en cuanto la tenga' has no date",
        ),
    ),
    Reply(
        key="ir-es-cuenta",
        intent="invoice_request",
        lang="es",
        sender=("Pilar Sanz", "pilar@autoescuelasanz.example"),
        date="2027-06-02 12:15 +0200",
        client="iphone",
        text="Hola, ¿me pasáis el número de cuenta para hacer la transferencia? En la factura no lo veo por ningún lado. Gracias",
        facts=Facts(note="asks for bank details"),
    ),
    Reply(
        key="ir-nl-inkooporder",
        intent="invoice_request",
        lang="nl",
        sender=("Jeroen Smit", "crediteuren@fitcoach-groep.example"),
        date="2027-05-18 09:40 +0200",
        client="outlook_legacy",
        text=(
            "Goedemorgen,\n\n"
            "Wij kunnen facturen alleen verwerken als ons inkoopordernummer erop vermeld staat. Kunt u de factuur opnieuw sturen met inkoopordernummer IO-2027-0481?\n\n"
            "Met vriendelijke groet,\nJeroen Smit\nCrediteurenadministratie\nFitCoach Groep B.V."
        ),
    ),
    Reply(
        key="ir-nl-waarvoor",
        intent="invoice_request",
        lang="nl",
        sender=("Noor El Amrani", "noor@kapperij-noor.example"),
        date="2027-05-26 19:50 +0200",
        client="samsung",
        text="Hoi, waar is deze factuur precies voor? We betalen toch al elke maand automatisch? Kunnen jullie me een specificatie sturen?\nNoor",
        facts=Facts(
            note="asks what the charge is and for a breakdown; the question about paying monthly is not a payment claim"
        ),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        sender=("Roberta Galli", "amministrazione@lucestudio-yoga.example"),
        date="2027-05-17 10:12 +0200",
        client="outlook_htmlonly",
        text=(
            "Buongiorno,\n\n"
            "per poter registrare e pagare la fattura abbiamo bisogno che ci venga trasmessa anche tramite Sistema di Interscambio, oppure almeno di una copia intestata alla società con la partita IVA corretta (IT04419820371). Il nostro codice destinatario è M5UXCR1.\n\n"
            "Grazie e buona giornata\nRoberta Galli\nUfficio amministrativo – Luce Yoga Studio, Milano"
        ),
        facts=Facts(
            note="needs an e-invoice or a corrected copy before paying; amount not contested; HTML-only message"
        ),
    ),
    Reply(
        key="ir-it-copia",
        intent="invoice_request",
        lang="it",
        sender=("Luca Ferrara", "luca.ferrara.tutor@gmail.com"),
        date="2027-05-11 21:30 +0200",
        client="gmail",
        text="Salve, non ho mai ricevuto la fattura originale. Me la potete rimandare in pdf? Poi provvedo.\nLuca",
        facts=Facts(note="'poi provvedo' after receiving the copy is not a dated promise"),
    ),
]

WRONG_CONTACT: Final[list[Reply]] = [
    Reply(
        key="wc-en-left",
        intent="wrong_contact",
        lang="en",
        sender=("Chloe Bennett", "chloe.bennett@bloomhairstudio.example"),
        date="2027-05-10 10:10 +0100",
        client="gmail",
        text=(
            "Hi,\n\n"
            "I left Bloom Hair Studio at the end of March, so I can't help with this, sorry. The owner, Priya Shah, deals with all the bills now. She's on priya@bloomhairstudio.example\n\n"
            "Chloe"
        ),
        facts=Facts(contact="priya@bloomhairstudio.example"),
    ),
    Reply(
        key="wc-en-unmonitored",
        intent="wrong_contact",
        lang="en",
        sender=("Green Lane Pilates Accounts", "accounts@greenlanepilates.example"),
        date="2027-05-19 07:03 +0100",
        client="notice",
        subject="Automatic reply: {orig}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text=(
            "This mailbox is no longer monitored.\n\n"
            "Green Lane Pilates has moved its accounts to a new system. Please send invoices, statements and payment queries to payables@greenlanepilates.example. Messages sent to this address are not read or forwarded."
        ),
        facts=Facts(
            contact="payables@greenlanepilates.example",
            note="automatic 'no longer monitored' notice naming the new address: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-en-redirect",
        intent="wrong_contact",
        lang="en",
        sender=("Accounts Department", "accounts@harbourfitness.example"),
        date="2027-05-24 03:17 +0100",
        client="owa",
        text=(
            "Dear Sir/Madam,\n\n"
            "Kindly be informed that our accounts department has changed its email address due to an ongoing audit. With immediate effect, please direct all invoices, statements and correspondence to our new billing contact: finance.harbourfitness@harbourfit-billing.example\n\n"
            "Do not reply to this address or call our office, as the lines are being upgraded. Kindly also send copies of all open invoices together with your updated payment instructions at your earliest convenience.\n\n"
            "Thanks and regards,\nAccounts Department\nHarbour Fitness"
        ),
        facts=Facts(
            contact="finance.harbourfitness@harbourfit-billing.example",
            note="phishing-like redirect request (3 a.m., 'do not call', look-alike domain); labelled by what it asks, with the named address; a person must verify before the contact is changed",
        ),
    ),
    Reply(
        key="wc-de-rezeption",
        intent="wrong_contact",
        lang="de",
        sender=("Lena Hartmann", "empfang@physio-elbufer.example"),
        date="2027-05-20 11:45 +0200",
        client="outlook",
        text=(
            "Hallo,\n\n"
            "ich bin hier nur am Empfang und habe mit den Rechnungen nichts zu tun. Bitte schicken Sie das an unsere Buchhaltung: buchhaltung@physio-elbufer.example\n\n"
            "Danke!\nLena Hartmann\nEmpfang | Physiotherapie am Elbufer, Dresden"
        ),
        facts=Facts(contact="buchhaltung@physio-elbufer.example"),
    ),
    Reply(
        key="wc-de-zentrale",
        intent="wrong_contact",
        lang="de",
        sender=("Michael Roth", "standort.goettingen@kompass-fahrschulen.example"),
        date="2027-05-27 08:05 +0200",
        client="outlook_legacy",
        charset="windows-1252",
        text=(
            "Guten Morgen,\n\n"
            "seit dem 1. Mai werden alle Rechnungen unserer Fahrschulstandorte zentral von der Kreditorenbuchhaltung in Kassel bearbeitet. Bitte richten Sie Rechnungen und Erinnerungen künftig an kreditoren@kompass-fahrschulen.example. Ich habe Ihre Mail dorthin weitergeleitet.\n\n"
            "Mit freundlichen Grüßen\nMichael Roth\nStandortleitung Göttingen\nKompass Fahrschulen"
        ),
        facts=Facts(
            contact="kreditoren@kompass-fahrschulen.example",
            note="franchise location points to its head office",
        ),
    ),
    Reply(
        key="wc-fr-gerante",
        intent="wrong_contact",
        lang="fr",
        sender=("Valérie Petit", "valerie.petit@salon-lesciseauxdor.example"),
        date="2027-05-25 14:00 +0200",
        client="apple",
        text=(
            "Bonjour,\n\n"
            "Je ne suis plus gérante du salon Les Ciseaux d'Or depuis le 1er avril : il a été repris par Mme Aurélie Leroy. Merci de lui adresser désormais vos factures à l'adresse suivante : a.leroy@lesciseauxdor-coiffure.example\n\n"
            "Bien à vous,\nValérie Petit"
        ),
        facts=Facts(contact="a.leroy@lesciseauxdor-coiffure.example"),
    ),
    Reply(
        key="wc-fr-nonconsultee",
        intent="wrong_contact",
        lang="fr",
        sender=("Cabinet de kinésithérapie Moreau", "contact@kine-moreau-dijon.example"),
        date="2027-05-14 09:30 +0200",
        client="notice",
        charset="iso-8859-1",
        subject="Réponse automatique : {orig}",
        headers=(AUTO_REPLIED,),
        text=(
            "Bonjour,\n\n"
            "Cette adresse e-mail n'est plus consultée depuis le départ en retraite de M. Moreau. Votre message ne sera ni lu ni transféré.\n\n"
            "Pour toute demande, merci de contacter le cabinet par téléphone au 03 80 41 27 96."
        ),
        facts=Facts(
            note="automatic 'address no longer read' notice without a new address: wrong_contact, new_contact null"
        ),
    ),
    Reply(
        key="wc-es-gestoria",
        intent="wrong_contact",
        lang="es",
        sender=("Andrés Vidal", "andresvidal.profesor@gmail.com"),
        date="2027-05-21 13:20 +0200",
        client="iphone",
        text="Hola, yo solo doy las clases, las facturas las lleva mi gestoría. Escribidles a ellos a facturas@gestoria-llorente.example y os lo pagan sin problema.\nAndrés",
        facts=Facts(
            contact="facturas@gestoria-llorente.example",
            note="'os lo pagan sin problema' speaks for the gestoría and has no date",
        ),
    ),
    Reply(
        key="wc-es-equivocado",
        intent="wrong_contact",
        lang="es",
        sender=("Rosa Gil", "rosagil.floristeria@gmail.com"),
        date="2027-05-12 17:45 +0200",
        client="gmail",
        text=(
            "Buenas tardes:\n\n"
            "Creo que se han equivocado de dirección. Yo tengo una floristería y nunca he contratado ningún programa de reservas con ustedes. Revisen sus datos, por favor.\n\n"
            "Rosa Gil"
        ),
        facts=Facts(note="not a customer at all, no new address: wrong_contact, not dispute"),
    ),
    Reply(
        key="wc-nl-locatie",
        intent="wrong_contact",
        lang="nl",
        sender=("Bas de Groot", "bas@bijleshuis-centrum.example"),
        date="2027-06-01 15:15 +0200",
        client="gmail",
        text=(
            "Hallo,\n\n"
            "Ik werk sinds vorige maand op onze vestiging in Haarlem en ga niet meer over de rekeningen van Bijleshuis Centrum. Stuur facturen en herinneringen voortaan naar Administratie@Bijleshuis-Centrum.example, daar worden ze opgepakt.\n\n"
            "Groet,\nBas de Groot"
        ),
        facts=Facts(
            contact="administratie@bijleshuis-centrum.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        key="wc-it-amministrazione",
        intent="wrong_contact",
        lang="it",
        sender=("Simone Greco", "simone@officinagreco-bici.example"),
        date="2027-05-18 12:25 +0200",
        client="iphone",
        text="Buongiorno, non mi occupo io dei pagamenti. Scrivete a mia sorella Laura in amministrazione: amministrazione@officinagreco-bici.example. Grazie\nSimone",
        facts=Facts(contact="amministrazione@officinagreco-bici.example"),
    ),
    Reply(
        key="wc-it-rivenditore",
        intent="wrong_contact",
        lang="it",
        sender=("Chiara Fontana", "clienti@gestionalinord.example"),
        date="2027-05-24 10:45 +0200",
        client="outlook",
        text=(
            "Buongiorno,\n\n"
            "questo sollecito è arrivato a noi per errore: siamo il rivenditore che ha installato Copperleaf presso la Scuola di Danza Arabesque, ma la licenza è intestata a loro e la pagano direttamente. Vi preghiamo di scrivere alla loro segreteria, segreteria@danzaarabesque.example, e di togliere il nostro indirizzo dall'anagrafica di questo cliente.\n\n"
            "Cordiali saluti\nChiara Fontana\nUfficio clienti – Gestionali Nord Srl, partner Copperleaf"
        ),
        facts=Facts(
            contact="segreteria@danzaarabesque.example",
            note="reseller partner redirects to the end customer; removing its address from that customer's record is a contact change, not an unsubscribe",
        ),
    ),
]

UNSUBSCRIBE: Final[list[Reply]] = [
    Reply(
        key="us-en-stop",
        intent="unsubscribe",
        lang="en",
        sender=("Gary Lomax", "gary@lomaxlocks.example"),
        date="2027-05-17 22:10 +0100",
        client="iphone",
        text="STOP EMAILING ME. I cancelled this rubbish months ago. Take me off your system.",
        facts=Facts(note="stop request beside a cancellation claim: unsubscribe beats the dispute"),
    ),
    Reply(
        key="us-en-post",
        intent="unsubscribe",
        lang="en",
        sender=("Helen Crossley", "helen@crossleytuition.example"),
        date="2027-05-28 09:14 +0100",
        client="outlook_htmlonly",
        text=(
            "Dear Sir or Madam,\n\n"
            "Please do not send any further correspondence about our account by email. From now on we will only deal with letters sent by post to:\n\n"
            "Crossley Tuition Ltd\nThe Old Bakery, 3 Church Street\nLudlow, Shropshire\n\n"
            "Yours faithfully,\nHelen Crossley\nDirector"
        ),
        facts=Facts(note="'post only' → unsubscribe; HTML-only message"),
    ),
    Reply(
        key="us-en-solicitors",
        intent="unsubscribe",
        lang="en",
        sender=("R. Khan", "r.khan@khanphysio.example"),
        date="2027-06-02 16:40 +0100",
        client="outlook_legacy",
        text=(
            "Good afternoon,\n\n"
            "This matter is now in the hands of our solicitors, Hartley Moss LLP. Please address any further correspondence to them and do not contact this practice directly about it again.\n\n"
            "R. Khan\nKhan Physiotherapy Clinic"
        ),
        facts=Facts(note="'talk to our solicitors', no address given → unsubscribe"),
    ),
    Reply(
        key="us-de-verteiler",
        intent="unsubscribe",
        lang="de",
        sender=("Uwe Schmitz", "uwe.schmitz1961@gmx.de"),
        date="2027-05-21 07:35 +0200",
        client="roundcube",
        text=(
            "Nehmen Sie mich bitte sofort aus Ihrem Verteiler. Ich habe mit Ihrer Firma nichts zu tun und will diese Mails nicht mehr bekommen.\n\n"
            "U. Schmitz"
        ),
        facts=Facts(
            note="remove-me plus 'nothing to do with you': unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="us-de-anwalt",
        intent="unsubscribe",
        lang="de",
        sender=("Claudia Weber", "info@fahrschule-weber-hamm.example"),
        date="2027-05-31 11:05 +0200",
        client="outlook",
        text=(
            "Sehr geehrte Damen und Herren,\n\n"
            "wir haben die Angelegenheit unserer Rechtsanwältin übergeben. Bitte sehen Sie von weiteren E-Mails an uns ab. Schreiben richten Sie bitte ausschließlich an die Kanzlei Dr. Neumann & Partner, Ostring 14 in Hamm.\n\n"
            "Mit freundlichen Grüßen\nClaudia Weber\nFahrschule Weber"
        ),
        facts=Facts(note="only through our lawyer, by post → unsubscribe"),
    ),
    Reply(
        key="us-fr-desabonner",
        intent="unsubscribe",
        lang="fr",
        sender=("Marc Aubert", "marc.aubert.moniteur@gmail.com"),
        date="2027-05-15 10:00 +0200",
        client="gmail",
        text="Merci de ne plus m'écrire à cette adresse. Je me désabonne.",
    ),
    Reply(
        key="us-fr-courrier",
        intent="unsubscribe",
        lang="fr",
        sender=("Brigitte Lambert", "b.lambert@coiffure-lambert.example"),
        date="2027-06-01 17:50 +0200",
        client="outlook_legacy",
        charset="iso-8859-1",
        text=(
            "Madame, Monsieur,\n\n"
            "Je ne souhaite plus recevoir de relances par e-mail. Si vous avez quelque chose à me réclamer, faites-le par courrier à l'adresse du salon. Je précise au passage que j'ai réglé cette facture la semaine dernière.\n\n"
            "Brigitte Lambert\nCoiffure Lambert"
        ),
        facts=Facts(note="post only plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        key="us-es-burofax",
        intent="unsubscribe",
        lang="es",
        sender=("Ignacio Herrera", "iherrera@herrerafisioterapia.example"),
        date="2027-05-19 19:30 +0200",
        client="gmail_plain",
        text=(
            "No me escriban más a este correo. Si tienen algo que reclamarme, háganlo por burofax, como corresponde.\n\n"
            "Ignacio Herrera"
        ),
        facts=Facts(note="stop emailing, formal post (burofax) only → unsubscribe"),
    ),
    Reply(
        key="us-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        sender=("Yogastudio Delta", "info@yogastudio-delta.example"),
        date="2027-05-26 23:02 +0200",
        client="iphone",
        signature=False,
        text="Afmelden",
        facts=Facts(note="one word"),
    ),
    Reply(
        key="us-nl-lijst",
        intent="unsubscribe",
        lang="nl",
        sender=("Wim Kramer", "wim@kramer-fietsreparatie.example"),
        date="2027-05-13 08:25 +0200",
        client="gmail",
        text="Haal mij van deze mailinglijst. En ja, het is gewoon betaald.\n\nWim",
        facts=Facts(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        key="us-it-cancellatemi",
        intent="unsubscribe",
        lang="it",
        sender=("Sara Lombardi", "sara.lombardi.estetica@libero.it"),
        date="2027-05-24 14:40 +0200",
        client="samsung",
        text="Cancellatemi dalla vostra lista, non voglio più ricevere queste email. Grazie",
    ),
    Reply(
        key="us-it-legale",
        intent="unsubscribe",
        lang="it",
        sender=("Studio Fisioterapico Colombo", "info@fisiocolombo.example"),
        date="2027-06-03 12:10 +0200",
        client="outlook",
        text=(
            "Spettabile Copperleaf,\n\n"
            "per ogni ulteriore comunicazione relativa a questa posizione vi preghiamo di rivolgervi esclusivamente al nostro legale, avv. Stefano Moretti del Foro di Como. Vi chiediamo di non contattarci più direttamente, né via e-mail né per telefono.\n\n"
            "Distinti saluti\nDott. Luigi Colombo\nStudio Fisioterapico Colombo"
        ),
        facts=Facts(note="'only through our lawyer', no address → unsubscribe"),
    ),
]

AUTO_REPLY: Final[list[Reply]] = [
    Reply(
        key="ar-en-ooo",
        intent="auto_reply",
        lang="en",
        sender=("Sarah Whitfield", "sarah@whitfield-tutoring.example"),
        date="2027-05-14 09:05 +0100",
        client="notice",
        subject="Automatic reply: {orig}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text=(
            "Thank you for your email. I'm out of the office until Friday 21 May with limited access to email. For anything urgent about lessons, please call the centre on 0161 496 0321. Otherwise I'll reply when I'm back.\n\n"
            "Sarah Whitfield\nWhitfield Tutoring"
        ),
        facts=Facts(back="2027-05-21", note="'until X' → X itself"),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        sender=("Pedal Pushers Customer Care", "support@pedalpushers-repairs.example"),
        date="2027-05-25 08:01 +0100",
        client="notice",
        markup=True,
        subject="[Request #88213] {orig}",
        headers=(AUTO_REPLIED, ("X-Mailer", "HelpNest Mailer 3.4")),
        text=(
            "Hi there,\n\n"
            "Thanks for getting in touch with Pedal Pushers Cycle Repairs. Your request (#88213) has been received and is being reviewed by our team.\n\n"
            "We aim to reply to all requests within two working days. If you need to add anything, just reply to this email and keep the request number in the subject line.\n\n"
            "Pedal Pushers Customer Care\n\n"
            "This is an automated message sent by HelpNest on behalf of Pedal Pushers Cycle Repairs."
        ),
        facts=Facts(
            note="ticket-system acknowledgement; 'within two working days' is no return date"
        ),
    ),
    Reply(
        key="ar-en-bankholiday",
        intent="auto_reply",
        lang="en",
        sender=("The Treatment Rooms", "hello@treatmentrooms-salon.example"),
        date="2027-05-28 18:30 +0100",
        client="notice",
        subject="Re: {orig}",
        text=(
            "Hello and thank you for your message!\n\n"
            "The salon is closed for the bank holiday weekend. We'll be back on Tuesday and will answer emails and calls in the order they arrived.\n\n"
            "To book or move an appointment, please use our online booking page.\n\n"
            "Love,\nThe Treatment Rooms team 💆"
        ),
        facts=Facts(
            back="2027-06-01",
            note="autoresponder without Auto-Submitted; 'back on Tuesday' after the Spring bank holiday (Mon 31 May) → 1 June",
        ),
    ),
    Reply(
        key="ar-de-urlaub",
        intent="auto_reply",
        lang="de",
        sender=("Katrin Vogel", "k.vogel@ergo-vogel.example"),
        date="2027-05-24 06:12 +0200",
        client="notice",
        subject="Automatische Antwort: {orig}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text=(
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin vom 24.05. bis einschließlich 28.05.2027 nicht im Büro und lese in dieser Zeit keine E-Mails. Ab Montag, dem 31.05.2027, bin ich wieder für Sie erreichbar.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an meine Kollegin Jana Reuter: j.reuter@ergo-vogel.example\n\n"
            "Mit freundlichen Grüßen\nKatrin Vogel"
        ),
        facts=Facts(
            back="2027-05-31",
            note="'wieder erreichbar ab' wins over 'bis einschließlich'; a colleague's address in an auto-reply does not set new_contact",
        ),
    ),
    Reply(
        key="ar-de-pfingsten",
        intent="auto_reply",
        lang="de",
        sender=("Physiotherapie Sonnenhof", "info@physio-sonnenhof.example"),
        date="2027-05-14 17:30 +0200",
        client="notice",
        charset="iso-8859-1",
        subject="Praxis geschlossen - {orig}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "bulk")),
        text=(
            "Liebe Patientinnen und Patienten, liebe Geschäftspartner,\n\n"
            "unsere Praxis bleibt über die Pfingstfeiertage vom 15. bis 17. Mai geschlossen. Ab Dienstag, 18. Mai, sind wir wieder wie gewohnt für Sie da.\n\n"
            "Ihr Team der Physiotherapie Sonnenhof"
        ),
        facts=Facts(
            back="2027-05-18",
            note="holiday closure over Whitsun; no Auto-Submitted, only X-Autoreply and Precedence",
        ),
    ),
    Reply(
        key="ar-fr-absente",
        intent="auto_reply",
        lang="fr",
        sender=("Hélène Martin", "h.martin@auto-ecole-martin.example"),
        date="2027-05-31 08:00 +0200",
        client="notice",
        subject="Réponse automatique : {orig}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text=(
            "Bonjour,\n\n"
            "Je suis absente jusqu'au vendredi 4 juin inclus et n'aurai pas accès à ma messagerie. Je reprendrai le lundi 7 juin et traiterai votre message à mon retour.\n\n"
            "Pour toute urgence concernant les leçons de conduite, merci d'appeler l'accueil au 04 91 62 18 40.\n\n"
            "Cordialement,\nHélène Martin"
        ),
        facts=Facts(back="2027-06-07", note="the stated day back wins over 'jusqu'au ... inclus'"),
    ),
    Reply(
        key="ar-fr-ticket",
        intent="auto_reply",
        lang="fr",
        sender=("Service client Réseau Kiné Plus", "support@reseau-kineplus.example"),
        date="2027-05-20 15:41 +0200",
        client="notice",
        markup=True,
        subject="[Ticket #2027-05-1187] Votre demande a bien été reçue",
        headers=(("Precedence", "junk"),),
        text=(
            "Bonjour,\n\n"
            "Nous accusons bonne réception de votre message, enregistré sous la référence 2027-05-1187.\n\n"
            "Notre équipe s'engage à vous répondre sous 48 heures ouvrées. Merci de conserver cette référence dans l'objet de vos prochains échanges.\n\n"
            "Le service client Réseau Kiné Plus\nCeci est un message automatique, merci de ne pas y répondre."
        ),
        facts=Facts(note="ticket acknowledgement without Auto-Submitted; no return date"),
    ),
    Reply(
        key="ar-es-fuera",
        intent="auto_reply",
        lang="es",
        sender=("Beatriz Lozano", "beatriz@lozanopeluqueros.example"),
        date="2027-05-17 09:20 +0200",
        client="notice",
        subject="Respuesta automática: {orig}",
        headers=(AUTO_REPLIED,),
        text=(
            "Hola:\n\n"
            "Estaré fuera de la oficina hasta el lunes 24 de mayo, sin acceso al correo. Para cualquier asunto urgente del salón pueden llamar al 963 51 07 22.\n\n"
            "Gracias,\nBeatriz Lozano"
        ),
        facts=Facts(back="2027-05-24", note="'hasta X' → X itself"),
    ),
    Reply(
        key="ar-es-acuse",
        intent="auto_reply",
        lang="es",
        sender=("Academia Cervantes", "info@academiacervantes-repaso.example"),
        date="2027-05-26 10:02 +0200",
        client="notice",
        markup=True,
        subject="Hemos recibido su mensaje",
        text=(
            "¡Gracias por escribirnos!\n\n"
            "Hemos recibido su correo y le responderemos lo antes posible. Nuestro horario de secretaría es de lunes a viernes, de 16:00 a 20:30.\n\n"
            "Si su consulta es sobre matrículas para el curso 2027-2028, encontrará toda la información en nuestra web.\n\n"
            "Academia Cervantes – Clases de refuerzo"
        ),
        facts=Facts(
            note="autoresponder without Auto-Submitted; office hours are not a return date"
        ),
    ),
    Reply(
        key="ar-nl-vakantie",
        intent="auto_reply",
        lang="nl",
        sender=("Joost van Leeuwen", "joost@fietsdokter-leiden.example"),
        date="2027-05-20 12:00 +0200",
        client="notice",
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text=(
            "Beste afzender,\n\n"
            "Ik ben met vakantie tot en met vrijdag 28 mei. Vanaf maandag 31 mei ben ik weer aanwezig en beantwoord ik uw bericht zo snel mogelijk.\n\n"
            "Voor reparaties kunt u gewoon langskomen in de winkel; mijn collega's zijn er gewoon.\n\n"
            "Met vriendelijke groet,\nJoost van Leeuwen\nDe Fietsdokter Leiden"
        ),
        facts=Facts(back="2027-05-31"),
    ),
    Reply(
        key="ar-nl-verbouwing",
        intent="auto_reply",
        lang="nl",
        sender=("Studio Flow Amsterdam", "hallo@studioflow-amsterdam.example"),
        date="2027-06-03 09:00 +0200",
        client="notice",
        subject="Re: {orig}",
        headers=(AUTO_REPLIED,),
        text=(
            "Hoi!\n\n"
            "Wegens verbouwing is Studio Flow gesloten tot en met zondag 6 juni. In die periode lezen we onze mail maar af en toe.\n\n"
            "Tot snel op de mat!\nTeam Studio Flow"
        ),
        facts=Facts(back="2027-06-06", note="'tot en met X' with no day back stated → X itself"),
    ),
    Reply(
        key="ar-it-ferie",
        intent="auto_reply",
        lang="it",
        sender=("Valentina Russo", "v.russo@autoscuolarusso.example"),
        date="2027-05-31 07:45 +0200",
        client="notice",
        subject="Risposta automatica: {orig}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        text=(
            "Buongiorno,\n\n"
            "sarò assente per ferie dal 31 maggio al 4 giugno, con rientro in ufficio lunedì 7 giugno. Durante questo periodo la posta non verrà letta.\n\n"
            "Per urgenze potete contattare la segreteria allo 0422 418 260.\n\n"
            "Cordiali saluti\nValentina Russo\nAutoscuola Russo"
        ),
        facts=Facts(back="2027-06-07", note="the stated day back wins over the end of the absence"),
    ),
]

OTHER: Final[list[Reply]] = [
    Reply(
        key="ot-en-sale",
        intent="other",
        lang="en",
        sender=("Ian Mercer", "ian@mercermotors-mot.example"),
        date="2027-05-12 13:15 +0100",
        client="outlook_ios",
        text=(
            "Hi,\n\n"
            "Quick one. I'm selling the business and the new owners take over on 1 July. They want to keep using Copperleaf with all the customer history. What do we need to do to move the account into their name, and what happens to our annual licence?\n\n"
            "Thanks,\nIan Mercer\nMercer Motors"
        ),
        facts=Facts(
            note="account transfer question; the owner is still the right contact and says nothing about paying"
        ),
    ),
    Reply(
        key="ot-en-ok",
        intent="other",
        lang="en",
        sender=("Priti Nair", "priti@nairtuition.example"),
        date="2027-05-20 08:49 +0100",
        client="iphone",
        signature=False,
        text="ok",
        facts=Facts(note="bare acknowledgement: no claim and no commitment"),
    ),
    Reply(
        key="ot-en-rambling",
        intent="other",
        lang="en",
        sender=("Lorraine Fitch", "lorraine@fringebenefits-hair.example"),
        date="2027-05-19 21:40 +0100",
        client="outlook",
        text=(
            "Hi,\n\n"
            "I'm replying to this because it's the only email from you lot I can find, so apologies if it's the wrong place.\n\n"
            "Since the update a couple of weeks ago the calendar keeps letting two clients book the same chair at the same time. It happened three times on Saturday alone. One lady had come all the way from Skipton for a colour and we had to turn her away, which as you can imagine went down brilliantly. My Saturday girl thinks it's something to do with the new 'flexible slots' setting but none of us dare touch it. I've tried the help pages and the chat bot just sends me round in circles.\n\n"
            "Can someone who actually knows the system ring me? The salon number is 01535 960 118, best before 10am or after 5.\n\n"
            "Lorraine\nFringe Benefits Hair & Beauty"
        ),
        facts=Facts(
            note="long support complaint sent in the reminder thread; it never mentions the invoice"
        ),
    ),
    Reply(
        key="ot-de-aufgabe",
        intent="other",
        lang="de",
        sender=("Günter Albrecht", "g.albrecht@fahrschule-albrecht.example"),
        date="2027-05-25 10:20 +0200",
        client="outlook_legacy",
        charset="iso-8859-1",
        cte="8bit",
        text=(
            "Guten Tag,\n\n"
            "ich gehe zum 30. Juni in den Ruhestand und gebe die Fahrschule auf. Wie kann ich meinen Vertrag bei Ihnen kündigen, und bis wann muss ich das tun?\n\n"
            "Mit freundlichen Grüßen\nGünter Albrecht"
        ),
        facts=Facts(note="how to cancel the contract; nothing about the invoice"),
    ),
    Reply(
        key="ot-de-ueberschnitten",
        intent="other",
        lang="de",
        sender=("Nicole Brandl", "n.brandl@haarstudio-brandl.example"),
        date="2027-05-11 08:05 +0200",
        client="iphone",
        ago=1,
        text="Hat sich das mit meiner Mail von gestern überschnitten? Dann ist ja alles klar.\nGruß N. Brandl",
        facts=Facts(
            note="refers to an earlier mail we cannot see; states no claim itself, so a person checks"
        ),
    ),
    Reply(
        key="ot-fr-annuel",
        intent="other",
        lang="fr",
        sender=("Camille Fontaine", "camille@fontaine-yoga.example"),
        date="2027-05-27 12:30 +0200",
        client="inline",
        text=(
            "Bonjour,\n\nUne question sur cette facture, voir plus bas.\n\n"
            "[[Q:1-2]]\n\n"
            "Si je passe à l'abonnement annuel dès maintenant, est-ce que cette facture mensuelle est annulée, ou est-ce qu'elle sera déduite du prix annuel ? J'hésite encore, merci de m'éclairer avant que je décide quoi que ce soit.\n\n"
            "Camille"
        ),
        facts=Facts(
            note="conditional question about switching plans; no commitment, nothing contested"
        ),
    ),
    Reply(
        key="ot-es-vale",
        intent="other",
        lang="es",
        sender=("Jorge Cano", "jorge@reparacionescano.example"),
        date="2027-05-14 13:02 +0200",
        client="outlook_android",
        text="Vale.",
        facts=Facts(note="acknowledgement only"),
    ),
    Reply(
        key="ot-es-tarjeta",
        intent="other",
        lang="es",
        sender=("Elena Vázquez", "elena@yogashala-vazquez.example"),
        date="2027-05-18 10:48 +0200",
        client="gmail",
        text=(
            "Hola,\n\n"
            "No entiendo por qué ha fallado el cobro: la tarjeta está en vigor y tiene saldo, la uso todos los días. ¿Es un problema vuestro? ¿Podéis volver a intentarlo o decirme qué tengo que cambiar en el panel?\n\n"
            "Elena"
        ),
        facts=Facts(
            note="card-payment failure: asks for a retry or for help; nothing paid, no date, so a person handles it"
        ),
    ),
    Reply(
        key="ot-nl-terugbellen",
        intent="other",
        lang="nl",
        sender=("Pieter Hendriks", "pieter@hendriks-rijopleidingen.example"),
        date="2027-05-21 16:05 +0200",
        client="outlook",
        text=(
            "Goedemiddag,\n\n"
            "Kan iemand van jullie mij vandaag of maandag even terugbellen op 06 48 29 17 36? Ik wil iets bespreken over ons abonnement voordat ik deze factuur in behandeling neem.\n\n"
            "Met vriendelijke groet,\nPieter Hendriks\nHendriks Rijopleidingen"
        ),
        facts=Facts(
            note="callback request; 'voordat ik deze factuur in behandeling neem' commits to nothing"
        ),
    ),
    Reply(
        key="ot-nl-sms",
        intent="other",
        lang="nl",
        sender=("Anouk Peeters", "anouk@pilatesplek.example"),
        date="2027-06-02 11:40 +0200",
        client="thunderbird",
        text=(
            "Hallo,\n\n"
            "Los van de factuur: sinds de update van vorige week komen de sms-herinneringen niet meer aan bij onze leden. In het dashboard staat alles op 'verzonden', maar niemand ontvangt iets. Kunnen jullie daarnaar kijken?\n\n"
            "Groet,\nAnouk Peeters\nDe Pilatesplek, Eindhoven"
        ),
        facts=Facts(note="support issue raised 'apart from the invoice': not a dispute"),
    ),
    Reply(
        key="ot-it-ricevuto",
        intent="other",
        lang="it",
        sender=("Martina Esposito", "martina@salonemartina.example"),
        date="2027-05-10 15:22 +0200",
        client="iphone",
        text="Ricevuto, grazie. Ne parlo con mio marito stasera.",
        facts=Facts(note="acknowledgement; talking it over is no commitment"),
    ),
    Reply(
        key="ot-it-app",
        intent="other",
        lang="it",
        sender=("Giorgio Santoro", "g.santoro@ripetizionisantoro.example"),
        date="2027-05-26 18:10 +0200",
        client="apple",
        text=(
            "Buonasera,\n\n"
            "approfitto di questa mail per una domanda: è prevista una versione in italiano della pagina di prenotazione per i genitori? Molti dei nostri iscritti hanno difficoltà con l'inglese.\n\n"
            "Grazie,\nGiorgio Santoro\nRipetizioni Santoro – Napoli"
        ),
        facts=Facts(note="product question in the reminder thread"),
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
# Bounces: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in `rlang`; `lang` is the report's language."""

    key: str
    lang: Lang
    kind: Literal["hard", "soft"]
    status: str
    rcpt: str
    date: str
    rlang: Lang
    lag_minutes: int
    build: Callable[[Bounce], Message]
    note: str | None = None

    @property
    def when(self) -> datetime:
        return datetime.strptime(self.date, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return self.when - timedelta(
            minutes=self.lag_minutes, seconds=digest(self.key, "lag")[0] % 50
        )

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    @property
    def bill(self) -> Bill:
        number = f"CB-INV-{117000 + int.from_bytes(digest(self.key, 'inv')[:4]) % 6000:06d}"
        amount = PRICES[digest(self.key, "price")[0] % len(PRICES)]
        return Bill(
            number=number, amount=Decimal(amount), currency="GBP" if self.rlang == "en" else "EUR"
        )

    @property
    def subject(self) -> str:
        return reminder_subject(self.rlang, self.bill.number)


def bounced_reminder(b: Bounce) -> Message:
    """The reminder as Copperleaf sent it, for the copy a bounce returns."""
    msg = text_part(
        reminder_text(b.rlang, b.bill, b.sent), subtype="plain", charset="utf-8", cte="qp"
    )
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encode_header(b.subject, "utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    return finalize(msg, key=b.key, style="other")


def reminder_headers(b: Bounce) -> str:
    return "".join(f"{name}: {value}\n" for name, value in bounced_reminder(b).items())


def headers_part(b: Bounce) -> Message:
    return text_part(reminder_headers(b), subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def status_part(
    b: Bounce,
    *,
    mta: str,
    action: str,
    diagnostic: str | None,
    remote: str | None = None,
    retry_hours: int | None = None,
) -> Message:
    """A message/delivery-status part for the bounce's one recipient."""
    per_message = [("Reporting-MTA", f"dns; {mta}"), ("Arrival-Date", format_datetime(b.sent))]
    per_recipient = [
        ("Final-Recipient", f"rfc822; {b.rcpt}"),
        ("Original-Recipient", f"rfc822;{b.rcpt}"),
        ("Action", action),
        ("Status", b.status),
    ]
    if remote:
        per_recipient.append(("Remote-MTA", f"dns; {remote}"))
    if diagnostic:
        per_recipient.append(("Diagnostic-Code", diagnostic))
    per_recipient.append(("Last-Attempt-Date", format_datetime(b.when)))
    if retry_hours is not None:
        per_recipient.append(
            ("Will-Retry-Until", format_datetime(b.sent + timedelta(hours=retry_hours)))
        )
    blocks: list[Message | str] = []
    for fields in (per_message, per_recipient):
        block = Message()
        for name, value in fields:
            block[name] = value
        blocks.append(block)
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(blocks)
    return part


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def envelope(
    b: Bounce,
    msg: Message,
    *,
    sender: str,
    subject: str,
    msgid: str,
    style: str = "other",
    headers: Sequence[tuple[str, str]] = (AUTO_REPLIED,),
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.when)
    msg["Message-ID"] = msgid
    for name, value in headers:
        msg[name] = value
    return finalize(msg, key=b.key, style=style)


def human_part(text: str, *, charset: str = "utf-8", cte: Cte = "qp") -> Message:
    return text_part(text, subtype="plain", charset=charset, cte=cte)


def bounce_sendmail(b: Bounce) -> Message:
    arrival = format_datetime(b.sent)
    human = (
        f"The original message was received at {arrival}\nfrom localhost [127.0.0.1]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n    (reason: 550 Host unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"550 5.1.2 <{b.rcpt}>... Host unknown (Name server: {b.domain}: host not found)\n"
    )
    msg = report(
        human_part(human, charset="us-ascii", cte="7bit"),
        status_part(
            b,
            mta="relay2.copperleaf-booking.example",
            action="failed",
            diagnostic=None,
            remote=b.domain,
        ),
        MIMEMessage(bounced_reminder(b)),
    )
    queue = f"{b.when:%Y%m%d%H%M}.{number(b.key, 'qid', 6)}"
    return envelope(
        b,
        msg,
        sender="Mail Delivery Subsystem <MAILER-DAEMON@relay2.copperleaf-booking.example>",
        subject="Returned mail: see transcript for details",
        msgid=f"<{queue}@relay2.copperleaf-booking.example>",
        headers=(("Auto-Submitted", "auto-generated (failure)"),),
    )


def bounce_qmail(b: Bounce) -> Message:
    stamp_utc = b.sent.astimezone(UTC).strftime("%d %b %Y %H:%M:%S -0000")
    copy = bounced_reminder(b).as_bytes().decode("ascii")
    text = (
        f"Hi. This is the qmail-send program at mail.{b.domain}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        "Return-Path: <bounces+ar@copperleaf-booking.example>\n"
        f"Received: (qmail {number(b.key, 'pid', 5)} invoked from network); {stamp_utc}\n"
        f"Received: from mail.copperleaf-booking.example (198.51.100.17)\n  by mail.{b.domain} with ESMTPS; {stamp_utc}\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    return envelope(
        b,
        msg,
        sender=f"MAILER-DAEMON@mail.{b.domain}",
        subject="failure notice",
        msgid=f"<{hexid(b.key, 'qmail', 16)}.qmail@mail.{b.domain}>",
        headers=(),
    )


def bounce_postfix_delay(b: Bounce) -> Message:
    human = (
        "This is the mail system at host mail.copperleaf-booking.example.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for 4 hour(s).\n"
        "It will be retried until it is 5 day(s) old.\n\n"
        "Questions? Write to it-support@copperleaf-booking.example and quote the\n"
        "queue ID from the attached report.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: connect to mx.{b.domain}[198.51.100.23]:25: Connection\n    timed out\n"
    )
    msg = report(
        human_part(human, charset="us-ascii", cte="7bit"),
        status_part(
            b,
            mta="mail.copperleaf-booking.example",
            action="delayed",
            diagnostic=f"X-Postfix; connect to mx.{b.domain}[198.51.100.23]:25: Connection timed out",
            retry_hours=120,
        ),
        headers_part(b),
    )
    return envelope(
        b,
        msg,
        sender="MAILER-DAEMON@mail.copperleaf-booking.example (Mail Delivery System)",
        subject="Delayed Mail (still being retried)",
        msgid=f"<{hexid(b.key, 'pf', 10).upper()}.{number(b.key, 'pfn', 10)}@mail.copperleaf-booking.example>",
    )


def exchange_parts(text: str, title: str) -> Message:
    """Exchange Online puts its notice in text and HTML alternatives."""
    lead, _, rest = text.partition("\n\n")
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        "<style>body { font-family: 'Segoe UI', Frutiger, Arial, sans-serif; font-size: 14px; }</style>\n</head>\n<body dir=\"ltr\">\n"
        f'<div style="font-size:16px;color:#c00000;font-weight:600">{esc(title)}</div>\n'
        f'<p style="font-size:16px">{esc(lead)}</p>\n{html_paragraphs(rest)}\n</body>\n</html>\n'
    )
    return alternative(text, markup, charset="utf-8", cte="qp")


def exchange_msgid(b: Bounce, server: str) -> str:
    h = digest(b.key, "exo").hex()
    return f"<{h[:8]}-{h[8:12]}-4{h[13:16]}-8{h[17:20]}-{h[20:32]}@{server}>"


def exchange_headers(b: Bounce, language: str) -> tuple[tuple[str, str], ...]:
    return (
        AUTO_REPLIED,
        ("Content-Language", language),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("X-MS-PublicTrafficType", "Email"),
        ("Thread-Topic", encode_header(b.subject, "utf-8", "Thread-Topic")),
    )


def bounce_exchange_de(b: Bounce) -> Message:
    server = "DB9PR02MB7140.eurprd02.prod.outlook.com"
    text = (
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.\n\n"
        f"Die Domäne {b.domain} wurde nicht gefunden. Möglicherweise enthält die Adresse einen Tippfehler, oder die Domäne ist nicht mehr registriert.\n\n"
        f"{b.rcpt}\nDomäne nicht gefunden\n\n"
        "Was ist zu tun?\n"
        "Prüfen Sie die Schreibweise der Empfängeradresse und senden Sie die Nachricht erneut. Wenn die Adresse stimmt, fragen Sie den Empfänger auf anderem Weg nach seiner aktuellen E-Mail-Adresse.\n\n"
        "Weitere Informationen für E-Mail-Administratoren\n"
        "Statuscode: 550 5.4.310\n"
        f"DNS-Domäne {b.domain} ist nicht vorhanden [Message=InfoDomainNonexistent] [LastAttemptedServerName={b.domain}] [{server} {b.when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.512Z 08DD95B1C2E3F4A5]\n\n"
        "Die Kopfzeilen der ursprünglichen Nachricht finden Sie in der angehängten Nachricht."
    )
    msg = report(
        exchange_parts(text, "Unzustellbar"),
        status_part(
            b,
            mta=server,
            action="failed",
            diagnostic=f"smtp; 550 5.4.310 DNS domain {b.domain} does not exist [Message=InfoDomainNonexistent]",
        ),
        MIMEMessage(bounced_reminder(b)),
    )
    return envelope(
        b,
        msg,
        sender="Microsoft Outlook <postmaster@copperleaf-booking.example>",
        subject=f"Unzustellbar: {b.subject}",
        msgid=exchange_msgid(b, server),
        style="outlook",
        headers=exchange_headers(b, "de-DE"),
    )


def bounce_exchange_it(b: Bounce) -> Message:
    server = "VI1PR08MB5321.eurprd08.prod.outlook.com"
    text = (
        f"Il messaggio non è stato recapitato a {b.rcpt} perché il gruppo accetta solo messaggi inviati da persone della sua organizzazione.\n\n"
        f"{b.rcpt}\nIl gruppo non accetta messaggi da mittenti esterni\n\n"
        "Come risolvere il problema\n"
        "Contatta il proprietario del gruppo con un altro mezzo e chiedigli di consentire i messaggi da mittenti esterni, oppure di indicarti un altro indirizzo a cui scrivere.\n\n"
        "Ulteriori informazioni per gli amministratori della posta elettronica\n"
        "Codice di stato: 550 5.7.133\n"
        "RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required [Stage: CreateMessage]\n"
        f"Server di origine: {server}"
    )
    msg = report(
        exchange_parts(text, "Non recapitabile"),
        status_part(
            b,
            mta=server,
            action="failed",
            diagnostic="smtp; 550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required [Stage: CreateMessage]",
        ),
        headers_part(b),
    )
    return envelope(
        b,
        msg,
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
        subject=f"Non recapitabile: {b.subject}",
        msgid=exchange_msgid(b, server),
        style="outlook",
        headers=exchange_headers(b, "it-IT"),
    )


def bounce_exchange_es_delay(b: Bounce) -> Message:
    server = f"ex02.{b.domain}"
    text = (
        "La entrega se ha retrasado para estos destinatarios o grupos:\n\n"
        f"{b.rcpt}\n\n"
        f"Asunto: {b.subject}\n\n"
        "Este mensaje todavía no se ha entregado. Se seguirá intentando la entrega.\n\n"
        "El servidor seguirá intentando entregar este mensaje durante las próximas 43 horas y 12 minutos. Recibirá una notificación si el mensaje no se puede entregar en ese plazo.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        f"Servidor de generación: {server}\n"
        f"Destinatario: {b.rcpt}\n"
        "Servidor remoto: 400 4.4.7 Message delayed"
    )
    msg = report(
        exchange_parts(text, "Entrega retrasada"),
        status_part(
            b,
            mta=server,
            action="delayed",
            diagnostic="smtp; 400 4.4.7 Message delayed",
            retry_hours=48,
        ),
        headers_part(b),
    )
    return envelope(
        b,
        msg,
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
        subject=f"Entrega retrasada: {b.subject}",
        msgid=exchange_msgid(b, server),
        style="outlook",
        headers=exchange_headers(b, "es-ES"),
    )


def bounce_gateway_fr(b: Bounce) -> Message:
    incident = f"ESG-{b.when:%Y%m%d}-{number(b.key, 'inc', 4)}-{hexid(b.key, 'inc2', 4).upper()}"
    text = (
        "Ce message a été généré automatiquement par la passerelle de sécurité de messagerie du Groupe Esthétis.\n\n"
        f"Votre message n'a pas été remis au destinataire suivant :\n\n    {b.rcpt}\n\n"
        "Raison : le message contient un lien vers un domaine de paiement classé comme suspect par notre politique de filtrage. Il a été refusé et ne sera pas distribué.\n\n"
        "Code de diagnostic : 550 5.7.1 Message refusé par la politique de sécurité (URL-REPUTATION)\n"
        f"Identifiant de l'incident : {incident}\n\n"
        "Si vous pensez qu'il s'agit d'une erreur, contactez votre correspondant au sein du Groupe Esthétis par un autre moyen en indiquant l'identifiant ci-dessus. Inutile de renvoyer le message tel quel : il serait de nouveau refusé.\n\n"
        "-- \nVigimail Secure Gateway 9.2"
    )
    msg = report(
        human_part(text),
        status_part(
            b,
            mta=f"gw.{b.domain}",
            action="failed",
            diagnostic="smtp; 550 5.7.1 Message rejected by security policy (URL-REPUTATION)",
        ),
        headers_part(b),
    )
    return envelope(
        b,
        msg,
        sender=address("Passerelle de sécurité Esthétis", f"postmaster@gw.{b.domain}", "utf-8"),
        subject=f"Message non distribué : {b.subject}",
        msgid=f"<{incident.lower()}@gw.{b.domain}>",
        headers=(AUTO_REPLIED, ("X-Vigimail-Verdict", "reject; url-reputation")),
    )


def gmail_bounce_markup(text: str) -> str:
    title, _, rest = text.partition("\n\n")
    return (
        '<html>\n<head>\n<style>\n* {\nfont-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;\n}\n</style>\n</head>\n<body>\n'
        f'<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody><tr><td>\n'
        f'<h1 style="font-size:22px;font-weight:400;color:#202124">{esc(title.strip("* "))}</h1>\n'
        f"{html_paragraphs(rest)}\n</td></tr></tbody></table>\n</body>\n</html>\n"
    )


def gmail_envelope(b: Bounce, msg: Message, *, subject: str) -> Message:
    raw = digest(b.key, "gmail-bounce").hex()
    return envelope(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject=subject,
        msgid=f"<{raw[:8]}.{raw[8:16]}.{raw[16:21]}.{raw[21:25]}.GMR@mx.google.com>",
        style="gmail",
        headers=(AUTO_REPLIED, ("X-Failed-Recipients", b.rcpt)),
    )


def bounce_gmail_nl(b: Bounce) -> Message:
    text = (
        "** Adres niet gevonden **\n\n"
        f"Je bericht is niet bezorgd bij {b.rcpt} omdat het adres niet is gevonden of geen e-mail kan ontvangen.\n\n"
        "Het antwoord van de externe server was:\n\n"
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. 41be03b00d2f7-6f0e2c1a9b3si1234567a.118 - gsmtp"
    )
    msg = report(
        alternative(text, gmail_bounce_markup(text), charset="utf-8", cte="qp"),
        status_part(
            b,
            mta="googlemail.com",
            action="failed",
            diagnostic="smtp; 550-5.1.1 The email account that you tried to reach does not exist.",
            remote="gmail-smtp-in.l.google.com. (192.0.2.27, the server for the domain gmail.com.)",
        ),
        MIMEMessage(bounced_reminder(b)),
    )
    return gmail_envelope(b, msg, subject="Delivery Status Notification (Failure)")


def bounce_gmail_it_delay(b: Bounce) -> Message:
    text = (
        "** Il messaggio non è stato ancora recapitato **\n\n"
        f"Si è verificato un problema temporaneo durante il recapito del messaggio a {b.rcpt}. Gmail riproverà per altre 46 ore. Riceverai una notifica se la consegna non andrà a buon fine in modo definitivo.\n\n"
        "La risposta del server remoto è stata:\n\n"
        "452 4.3.1 Insufficient system storage"
    )
    msg = report(
        alternative(text, gmail_bounce_markup(text), charset="utf-8", cte="qp"),
        status_part(
            b,
            mta="googlemail.com",
            action="delayed",
            diagnostic="smtp; 452 4.3.1 Insufficient system storage",
            remote=f"mx1.{b.domain}. (203.0.113.61, the server for the domain {b.domain}.)",
            retry_hours=48,
        ),
        headers_part(b),
    )
    return gmail_envelope(b, msg, subject="Delivery Status Notification (Delay)")


def bounce_isp_fr_delay(b: Bounce) -> Message:
    text = (
        "Ceci est un message automatique du service de messagerie Aurore Télécom.\n\n"
        f"Votre message n'a pas encore pu être distribué au destinataire suivant :\n\n    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire est pleine (452 4.2.2 Mailbox full).\n\n"
        "Aucune action n'est nécessaire de votre part pour le moment : nous réessaierons automatiquement pendant 72 heures. Si la distribution échoue toujours après ce délai, vous recevrez un avis de non-remise définitif.\n\n"
        "Rappel du message concerné :\n"
        f"  Objet : {b.subject}\n"
        f"  Envoyé le : {stamp('{wda} {d} {mona} {yyyy} {HH}:{MM}', b.sent, 'fr')}\n"
        f"  Identifiant : {reminder_msgid(b.key)}\n\n"
        "Service de messagerie Aurore Télécom – merci de ne pas répondre à ce message."
    )
    return envelope(
        b,
        human_part(text, cte="8bit"),
        sender="Service de messagerie Aurore <mailer-daemon@smtp.aurore-telecom.example>",
        subject="Avis de retard de distribution",
        msgid=f"<{hexid(b.key, 'aur', 20)}@smtp.aurore-telecom.example>",
    )


def bounce_isp_es_full(b: Bounce) -> Message:
    text = (
        "Este es un mensaje automático del servidor de correo de Nubelia Hosting.\n\n"
        "No ha sido posible entregar su mensaje al siguiente destinatario porque su buzón ha superado la cuota de espacio asignada:\n\n"
        f"    {b.rcpt}\n    Error: 552 5.2.2 Buzón lleno / Mailbox quota exceeded\n\n"
        "No volveremos a intentar el envío. Puede reenviar el mensaje más adelante, cuando el destinatario haya liberado espacio, o ponerse en contacto con él por otro medio.\n\n"
        "Se adjunta una copia del mensaje original.\n\n"
        "--\nNubelia Hosting · Soporte técnico"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(human_part(text, charset="iso-8859-1"))
    outer.attach(MIMEMessage(bounced_reminder(b)))
    return envelope(
        b,
        outer,
        sender="Servidor de correo Nubelia <mailer-daemon@mx3.nubelia-hosting.example>",
        subject="Mensaje no entregado: buzón lleno",
        msgid=f"<{hexid(b.key, 'nub', 24)}@mx3.nubelia-hosting.example>",
    )


def bounce_exim_nl(b: Bounce) -> Message:
    exim_id = f"1u{hexid(b.key, 'exim', 4)}-00{hexid(b.key, 'exim2', 4)}-2Q"
    received = (
        "Received: from [198.51.100.17] (helo=mail.copperleaf-booking.example)\n"
        "\tby smtp2.webhuys.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
        "\t(Exim 4.98)\n\t(envelope-from <bounces+ar@copperleaf-booking.example>)\n"
        f"\tid {exim_id}\n\tfor {b.rcpt};\n\t{format_datetime(b.sent)}\n"
    )
    text = (
        "Dit bericht is automatisch gegenereerd door de mailserver van Webhuys.\n\n"
        "Een bericht dat u hebt verstuurd, is na 2 uur nog niet afgeleverd bij een of meer ontvangers. De server blijft het proberen; u hoeft het bericht niet opnieuw te versturen.\n\n"
        f"  {b.rcpt}\n    Vertraging: host mx.{b.domain} [203.0.113.40]:\n    451 4.7.1 Greylisted, please try again in 5 minutes\n\n"
        "Lukt de aflevering na 4 dagen nog steeds niet, dan ontvangt u een definitief foutbericht.\n\n"
        "------ Kopie van de headers van het bericht ------\n\n"
        f"{received}{reminder_headers(b)}"
    )
    return envelope(
        b,
        human_part(text, cte="8bit"),
        sender="Mail Delivery System <Mailer-Daemon@smtp2.webhuys.example>",
        subject=f"Waarschuwing: bericht {exim_id} vertraagd 2 uur",
        msgid=f"<E1u{hexid(b.key, 'eximmid', 4)}-00{hexid(b.key, 'eximmid2', 4)}-3R@smtp2.webhuys.example>",
    )


BOUNCES: Final[list[Bounce]] = [
    Bounce(
        key="bo-en-sendmail",
        lang="en",
        kind="hard",
        status="5.1.2",
        rcpt="office@kwikfix-autorepair.example",
        date="2027-05-11 08:03 +0100",
        rlang="en",
        lag_minutes=2,
        build=bounce_sendmail,
        note="sendmail RFC 3464 report: host unknown",
    ),
    Bounce(
        key="bo-en-qmail",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@pinewoodphysio.example",
        date="2027-05-26 07:52 +0100",
        rlang="en",
        lag_minutes=1,
        build=bounce_qmail,
        note="qmail plain-text failure notice, not MIME, message copied inline",
    ),
    Bounce(
        key="bo-en-postfix",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="studio@lotusroom-yoga.example",
        date="2027-06-02 12:14 +0100",
        rlang="en",
        lag_minutes=242,
        build=bounce_postfix_delay,
        note="Postfix delay warning (RFC 3464, Action: delayed)",
    ),
    Bounce(
        key="bo-de-exchange",
        lang="de",
        kind="hard",
        status="5.4.310",
        rcpt="praxis@physio-am-hafen-wismar.example",
        date="2027-05-18 09:41 +0200",
        rlang="de",
        lag_minutes=1,
        build=bounce_exchange_de,
        note="Exchange Online 'Unzustellbar': the domain does not exist",
    ),
    Bounce(
        key="bo-fr-gateway",
        lang="fr",
        kind="hard",
        status="5.7.1",
        rcpt="direction@groupe-esthetis.example",
        date="2027-05-21 10:06 +0200",
        rlang="fr",
        lag_minutes=3,
        build=bounce_gateway_fr,
        note="recipient's security gateway rejected the message by policy: permanent, so hard",
    ),
    Bounce(
        key="bo-fr-isp",
        lang="fr",
        kind="soft",
        status="4.2.2",
        rcpt="salon.margaux@aurore-telecom.example",
        date="2027-05-25 14:20 +0200",
        rlang="fr",
        lag_minutes=317,
        build=bounce_isp_fr_delay,
        note="French ISP delay notice, plain text, mailbox full",
    ),
    Bounce(
        key="bo-es-exchange",
        lang="es",
        kind="soft",
        status="4.4.7",
        rcpt="administracion@autoescuela-sol-malaga.example",
        date="2027-05-19 13:30 +0200",
        rlang="es",
        lag_minutes=265,
        build=bounce_exchange_es_delay,
        note="Exchange 'Entrega retrasada' delay notice",
    ),
    Bounce(
        key="bo-es-isp",
        lang="es",
        kind="soft",
        status="5.2.2",
        rcpt="reservas@centrodanzaalba.example",
        date="2027-06-01 10:48 +0200",
        rlang="es",
        lag_minutes=2,
        build=bounce_isp_es_full,
        note="mailbox full reported with a 5.x.x code and no retry: still soft (a full mailbox is temporary); the code is kept",
    ),
    Bounce(
        key="bo-nl-gmail",
        lang="nl",
        kind="hard",
        status="5.1.1",
        rcpt="rijschool.vandam@gmail.com",
        date="2027-05-13 09:22 +0200",
        rlang="nl",
        lag_minutes=1,
        build=bounce_gmail_nl,
        note="Gmail bounce in Dutch; the subject stays English",
    ),
    Bounce(
        key="bo-nl-exim",
        lang="nl",
        kind="soft",
        status="4.7.1",
        rcpt="info@dansschool-ritme.example",
        date="2027-05-31 11:05 +0200",
        rlang="nl",
        lag_minutes=121,
        build=bounce_exim_nl,
        note="localised Exim delay warning: greylisting, headers copied inline",
    ),
    Bounce(
        key="bo-it-exchange",
        lang="it",
        kind="hard",
        status="5.7.133",
        rcpt="amministrazione@palestra-olimpia-verona.example",
        date="2027-05-27 08:36 +0200",
        rlang="it",
        lag_minutes=1,
        build=bounce_exchange_it,
        note="Exchange Online 'Non recapitabile': group does not accept external senders",
    ),
    Bounce(
        key="bo-it-gmail",
        lang="it",
        kind="soft",
        status="4.3.1",
        rcpt="segreteria@scuolaguida-aurora.example",
        date="2027-05-12 14:40 +0200",
        rlang="it",
        lag_minutes=188,
        build=bounce_gmail_it_delay,
        note="Gmail delay notice in Italian",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply, name: str) -> Label:
    f = r.facts
    return Label(
        file=name,
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


def bounce_label(b: Bounce, name: str) -> Label:
    return Label(
        file=name,
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


# Which label fields each intent may fill (besides file, intent, invoice_refs, language, note).
ALLOWED: Final[dict[str, frozenset[str]]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
OPTIONAL_FIELDS: Final = (
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
)


def check_allowed(label: Label) -> None:
    """Each field is filled only where its intent allows; dates are ISO dates."""
    values: dict[str, object] = dict(label)
    allowed = ALLOWED.get(label["intent"], frozenset())
    for name in OPTIONAL_FIELDS:
        if values[name] is not None and name not in allowed:
            raise ValueError(f"{label['file']}: {name} is not used for {label['intent']}")
    for name in ("promised_date", "paid_date", "return_date"):
        value = values[name]
        if isinstance(value, str):
            date.fromisoformat(value)


def check_fields(label: Label) -> None:
    """The filled fields use the corpus's formats."""
    check_allowed(label)
    if (label["amount"] is None) != (label["currency"] is None):
        raise ValueError(f"{label['file']}: amount and currency go together")
    if label["amount"] is not None and not re.fullmatch(r"\d+\.\d{2}", label["amount"]):
        raise ValueError(f"{label['file']}: amount {label['amount']}")
    if label["currency"] is not None and label["currency"] not in SYMBOL:
        raise ValueError(f"{label['file']}: currency {label['currency']}")
    if label["bounce_kind"] not in {None, "hard", "soft"}:
        raise ValueError(f"{label['file']}: bounce_kind {label['bounce_kind']}")
    for ref in label["invoice_refs"]:
        if not re.fullmatch(r"CB-INV-\d{6}", ref):
            raise ValueError(f"{label['file']}: invoice ref {ref}")


def check_label(label: Label) -> None:
    if tuple(label) != LABEL_KEYS:
        raise ValueError(f"{label['file']}: keys {tuple(label)}")
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        raise ValueError(f"{label['file']}: intent or language")
    check_fields(label)
    contact = label["new_contact"]
    if contact is not None and (contact != contact.lower() or "@" not in contact):
        raise ValueError(f"{label['file']}: new_contact {contact}")


def check_against_text(r: Reply) -> None:
    """What the labels extract must be in the writer's own text."""
    f, lowered = r.facts, r.text.lower()
    wanted = [*f.refs, *([f.reference] if f.reference else []), *([f.contact] if f.contact else [])]
    for item in wanted:
        if item.lower() not in lowered:
            raise ValueError(f"{r.key}: {item} is not in the new text")
    if not FIRST_DAY <= r.when.date() <= LAST_DAY:
        raise ValueError(f"{r.key}: dated {r.when:%Y-%m-%d}")
    if "[[Q:" in r.text and r.client != "inline":
        raise ValueError(f"{r.key}: quote markers outside the inline client")


# --------------------------------------------------------------------------------------------
# Output and checks
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Item:
    """A built message waiting for its file name."""

    key: str
    message: Message
    label: Callable[[str], Label]
    probe: str | None


def all_items() -> list[Item]:
    items = []
    for r in REPLIES:
        check_against_text(r)
        first = re.sub(r"\[\[Q:[^]]*\]\]", "", r.text).strip().split("\n")[0]
        items.append(
            Item(
                key=r.key,
                message=build_reply(r),
                label=partial(reply_label, r),
                probe=first[:40],
            )
        )
    for b in BOUNCES:
        if not FIRST_DAY <= b.when.date() <= LAST_DAY:
            raise ValueError(f"{b.key}: dated {b.when:%Y-%m-%d}")
        items.append(
            Item(
                key=b.key,
                message=b.build(b),
                label=partial(bounce_label, b),
                probe=None,
            )
        )
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate keys")
    return sorted(items, key=lambda item: digest(item.key, "order"))


def squash(text: str) -> str:
    return re.sub(r"[\s>]+", "", html.unescape(re.sub(r"<[^>]+>", "", text)))


def check_headers(name: str, part: Message) -> None:
    for header, value in part.items():
        if isinstance(value, BaseHeader) and value.defects:
            raise ValueError(f"{name}: {header} has defects {value.defects}")
        if header.lower() in {"subject", "from", "to", "cc", "thread-topic"} and "=?" in str(value):
            raise ValueError(f"{name}: {header} is not decoded: {value}")


def check_message(name: str, data: bytes, probe: str | None) -> None:
    """Parse the file back the way a modern client does: headers decode, parts decode, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise ValueError(f"{name}: no {header}")
    texts = []
    for part in msg.walk():
        if part.defects:
            raise ValueError(f"{name}: defects {part.defects}")
        check_headers(name, part)
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str):
                raise TypeError(f"{name}: text part did not decode to str")
            texts.append(squash(content))
    if probe is not None and not any(squash(probe) in text for text in texts):
        raise ValueError(f"{name}: the new text is missing from the decoded parts")


def count_table(labels: Sequence[Label]) -> str:
    cells = Counter((label["intent"], label["language"]) for label in labels)
    rows = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def check_counts(labels: Sequence[Label]) -> None:
    cells = Counter((label["intent"], label["language"]) for label in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != 12:
            raise ValueError(f"{intent}: not 12 messages")
        missing = [lang for lang in LANGS if not cells[intent, lang]]
        if missing:
            raise ValueError(f"{intent}: no message in {missing}")
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise ValueError(f"bounce kinds {dict(kinds)}")


def write_all() -> list[Label]:
    items = all_items()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for n, item in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data, item.probe)
        (HERE / name).write_bytes(data)
        label = item.label(name)
        check_label(label)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items(), key=str))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
