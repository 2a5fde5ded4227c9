# ruff: noqa: E501, RUF001
# Hand-written message text stays one paragraph a line, as mail clients send it, and keeps the
# typographic dashes, quotes and spaces that people and their clients really produce.
"""Build held-out reply corpus 69: `h69-NNN.eml` files and `labels.jsonl`.

The messages answer overdue reminders sent by the receivables team of Talbot & Rees Chartered
Surveyors. The new text of every message and its labels are written by hand below. The code only
adds what a mail client or a mail server adds: the quoted reminder in the client's layout and
language, headers, MIME structure, charsets and transfer encodings. The output is deterministic
(fixed seed, boundaries and Message-IDs derived from each message's key, no clock) and is written
next to this file.
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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Final, TypedDict

HERE: Final = Path(__file__).resolve().parent
SEED: Final = "holdout69-20270322"
PREFIX: Final = "h69"
FIRST_DAY: Final = date(2027, 3, 22)
LAST_DAY: Final = date(2027, 4, 16)

AR_NAME: Final = "Talbot & Rees Receivables"
AR_ADDR: Final = "receivables@talbot-rees.example"
AR_DOMAIN: Final = "talbot-rees.example"
AR_HOST: Final = "mail.talbot-rees.example"
AR_IP: Final = "203.0.113.25"

LANGS: Final = ("en", "de", "fr", "es", "nl", "it")
INTENTS: Final = (
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
DAY_FIELD: Final = {
    "promise_to_pay": "promised_date",
    "payment_sent": "paid_date",
    "auto_reply": "return_date",
}
MONEY_INTENTS: Final = frozenset({"payment_sent", "promise_to_pay"})


class Label(TypedDict):
    """One line of labels.jsonl (the same keys, in the same order, as the other corpora)."""

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


LABEL_KEYS: Final = tuple(Label.__annotations__)


# ------------------------------------------------------------------------------------------
# Time zones. Every date in the corpus falls between 22 March and 16 April 2027; British and
# Central European summer time both start on Sunday 28 March 2027 at 01:00 UTC, New York has
# been on daylight time since 14 March.
# ------------------------------------------------------------------------------------------

DST_START: Final = datetime(2027, 3, 28, 1, 0, tzinfo=UTC)
ZONES: Final = {"GB": (0, 1), "CE": (1, 2), "NY": (-4, -4), "HK": (8, 8)}


def local_time(stamp: str, zone: str) -> datetime:
    """`YYYY-MM-DD HH:MM` on a clock in `zone`, as an aware datetime."""
    day, clock = stamp.split()
    year, month, dom = (int(x) for x in day.split("-"))
    hour, minute = (int(x) for x in clock.split(":"))
    winter, summer = ZONES[zone]
    moment = datetime(year, month, dom, hour, minute, tzinfo=timezone(timedelta(hours=winter)))
    if moment >= DST_START:
        moment = moment.replace(tzinfo=timezone(timedelta(hours=summer)))
    return moment


def in_zone(moment: datetime, zone: str) -> datetime:
    """`moment` shown on a clock in `zone`."""
    winter, summer = ZONES[zone]
    hours = summer if moment >= DST_START else winter
    return moment.astimezone(timezone(timedelta(hours=hours)))


# ------------------------------------------------------------------------------------------
# Locale tables for the quoting clients
# ------------------------------------------------------------------------------------------

WEEKDAYS: Final = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "us": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_ABBR: Final = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "us": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS: Final = {
    "en": "January February March April May June July August September October November December",
    "us": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTHS_ABBR: Final = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "us": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Outlook's header block above the quoted message: labels, separator and date layout.
OUTLOOK_FIELDS: Final = {
    "en": ("From", "Sent", "To", "Subject", ": ", "{wd}, {d} {mon} {y} {HH}:{MM}"),
    "us": ("From", "Sent", "To", "Subject", ": ", "{wd}, {mon} {d}, {y} {h}:{MM} {ap}"),
    "de": ("Von", "Gesendet", "An", "Betreff", ": ", "{wd}, {d}. {mon} {y} {HH}:{MM}"),
    "fr": ("De", "Envoyé", "À", "Objet", " : ", "{wd} {d} {mon} {y} {HH}:{MM}"),
    "es": ("De", "Enviado el", "Para", "Asunto", ": ", "{wd}, {d} de {mon} de {y} {H}:{MM}"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", ": ", "{wd} {d} {mon} {y} {HH}:{MM}"),
    "it": ("Da", "Inviato", "A", "Oggetto", ": ", "{wd} {d} {mon} {y} {HH}:{MM}"),
}
OUTLOOK_ORIGINAL: Final = {
    "en": "-----Original Message-----",
    "us": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_PREFIX: Final = {
    "en": "RE: ",
    "us": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
GMAIL_ATTRIBUTION: Final = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "us": "On {wda}, {mona} {d}, {y} at {h}:{MM}\u202f{ap} {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION: Final = {
    "en": "On {d} {mona} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "us": "On {mona} {d}, {y}, at {h}:{MM}\u202f{ap}, {name} <{addr}> wrote:",
    "de": "Am {DD}.{MO}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y}, om {HH}:{MM}, heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION: Final = {
    "en": "On {DD}/{MO}/{y} {HH}:{MM}, {name} wrote:",
    "us": "On {MO}/{DD}/{y} {h}:{MM} {ap}, {name} wrote:",
    "de": "Am {DD}.{MO}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {DD}/{MO}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {DD}-{MO}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {DD}/{MO}/{y} {HH}:{MM}, {name} ha scritto:",
}
# Samsung Email: the separator line, then From / Date / To / Subject labels.
SAMSUNG_HEADER: Final = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject"),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff"),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet"),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto"),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp"),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto"),
}
SIGNATURES: Final = {
    "iphone": {
        "en": "Sent from my iPhone",
        "de": "Von meinem iPhone gesendet",
        "fr": "Envoyé de mon iPhone",
        "es": "Enviado desde mi iPhone",
        "nl": "Verstuurd vanaf mijn iPhone",
        "it": "Inviato da iPhone",
    },
    "outlook_ios": {
        "en": "Get Outlook for iOS",
        "de": "Outlook für iOS herunterladen",
        "fr": "Télécharger Outlook pour iOS",
        "es": "Obtener Outlook para iOS",
        "nl": "Outlook voor iOS downloaden",
        "it": "Scarica Outlook per iOS",
    },
    "outlook_android": {
        "en": "Get Outlook for Android",
        "de": "Outlook für Android herunterladen",
        "fr": "Télécharger Outlook pour Android",
        "es": "Obtener Outlook para Android",
        "nl": "Outlook voor Android downloaden",
        "it": "Scarica Outlook per Android",
    },
    "samsung": {
        "en": "Sent from my Galaxy",
        "de": "Von meinem Galaxy gesendet",
        "fr": "Envoyé depuis mon Galaxy",
        "es": "Enviado desde mi Galaxy",
        "nl": "Verzonden vanaf mijn Galaxy",
        "it": "Inviato dal mio Galaxy",
    },
}


def clock_fields(loc: str, moment: datetime) -> dict[str, str]:
    """Every piece a date layout above may ask for."""
    wd, mo = moment.weekday(), moment.month - 1
    return {
        "wd": WEEKDAYS[loc].split()[wd],
        "wda": WEEKDAYS_ABBR[loc].split()[wd],
        "mon": MONTHS[loc].split()[mo],
        "mona": MONTHS_ABBR[loc].split()[mo],
        "d": str(moment.day),
        "DD": f"{moment.day:02d}",
        "m": str(moment.month),
        "MO": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "MM": f"{moment.minute:02d}",
        "h": str((moment.hour + 11) % 12 + 1),
        "ap": "AM" if moment.hour < 12 else "PM",
    }


def render(layout: str, loc: str, moment: datetime, **extra: str) -> str:
    return layout.format(**clock_fields(loc, moment), **extra)


# ------------------------------------------------------------------------------------------
# The reminder that every reply answers, in the six languages the receivables team writes
# ------------------------------------------------------------------------------------------

REMINDER_SUBJECTS: Final = {
    "en": "Payment reminder – invoice {inv} overdue",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Rappel de paiement – facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering – factuur {inv} vervallen",
    "it": "Promemoria di pagamento – fattura {inv} scaduta",
}
REMINDER_BODIES: Final = {
    "en": (
        "Dear Sir or Madam,\n\n"
        "Our records show that the invoice below has now passed its due date.\n\n"
        "  Invoice number:   {inv}\n"
        "  Description:      {svc}\n"
        "  Invoice date:     {issued}\n"
        "  Due date:         {due}\n"
        "  Balance due:      {amount}\n\n"
        "If you have already settled this invoice, thank you; please let us know the payment date and reference so that we can match it to your account. If anything on the invoice needs attention, simply reply to this email and we will look into it.\n\n"
        "Yours faithfully,\n\n"
        "Receivables\nTalbot & Rees Chartered Surveyors\nHarbour Chambers, 12 Narrow Quay, Bristol BS1 4QA\n0117 496 0372 | receivables@talbot-rees.example"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung fällig und noch nicht beglichen:\n\n"
        "  Rechnungsnummer:  {inv}\n"
        "  Leistung:         {svc}\n"
        "  Rechnungsdatum:   {issued}\n"
        "  Fällig am:        {due}\n"
        "  Offener Betrag:   {amount}\n\n"
        "Falls Sie die Rechnung bereits bezahlt haben, danken wir Ihnen und bitten um eine kurze Nachricht mit Zahlungsdatum und Verwendungszweck, damit wir die Zahlung zuordnen können. Bei Fragen zur Rechnung antworten Sie einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Debitorenbuchhaltung\nTalbot & Rees Chartered Surveyors\nHarbour Chambers, 12 Narrow Quay, Bristol BS1 4QA, Vereinigtes Königreich\n+44 117 496 0372 | receivables@talbot-rees.example"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas été réglée à son échéance :\n\n"
        "  Numéro de facture : {inv}\n"
        "  Prestation :        {svc}\n"
        "  Date de facture :   {issued}\n"
        "  Échéance :          {due}\n"
        "  Montant dû :        {amount}\n\n"
        "Si vous avez déjà procédé au règlement, nous vous en remercions et vous prions de nous indiquer la date et la référence du paiement afin que nous puissions le rapprocher. Pour toute question sur cette facture, il vous suffit de répondre à ce message.\n\n"
        "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\n"
        "Service Recouvrement\nTalbot & Rees Chartered Surveyors\nHarbour Chambers, 12 Narrow Quay, Bristol BS1 4QA, Royaume-Uni\n+44 117 496 0372 | receivables@talbot-rees.example"
    ),
    "es": (
        "Estimados señores:\n\n"
        "Según nuestros registros, la factura que se detalla a continuación ha superado su fecha de vencimiento:\n\n"
        "  Número de factura:  {inv}\n"
        "  Concepto:           {svc}\n"
        "  Fecha de emisión:   {issued}\n"
        "  Vencimiento:        {due}\n"
        "  Importe pendiente:  {amount}\n\n"
        "Si ya han efectuado el pago, les rogamos que nos indiquen la fecha y la referencia para poder identificarlo. Si tienen cualquier duda sobre la factura, basta con responder a este correo.\n\n"
        "Atentamente,\n\n"
        "Departamento de Cobros\nTalbot & Rees Chartered Surveyors\nHarbour Chambers, 12 Narrow Quay, Bristol BS1 4QA, Reino Unido\n+44 117 496 0372 | receivables@talbot-rees.example"
    ),
    "nl": (
        "Geachte heer, mevrouw,\n\n"
        "Volgens onze administratie is de onderstaande factuur inmiddels vervallen:\n\n"
        "  Factuurnummer:    {inv}\n"
        "  Omschrijving:     {svc}\n"
        "  Factuurdatum:     {issued}\n"
        "  Vervaldatum:      {due}\n"
        "  Openstaand:       {amount}\n\n"
        "Heeft u de factuur al voldaan, dan danken wij u hiervoor en vernemen wij graag de betaaldatum en het betalingskenmerk, zodat wij de betaling kunnen verwerken. Heeft u vragen over de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nTalbot & Rees Chartered Surveyors\nHarbour Chambers, 12 Narrow Quay, Bristol BS1 4QA, Verenigd Koninkrijk\n+44 117 496 0372 | receivables@talbot-rees.example"
    ),
    "it": (
        "Gentili Signori,\n\n"
        "dai nostri registri risulta che la fattura indicata di seguito è scaduta e non ancora saldata:\n\n"
        "  Numero fattura:   {inv}\n"
        "  Descrizione:      {svc}\n"
        "  Data fattura:     {issued}\n"
        "  Scadenza:         {due}\n"
        "  Importo dovuto:   {amount}\n\n"
        "Se avete già provveduto al pagamento, vi ringraziamo e vi preghiamo di comunicarci data e riferimento del bonifico, così da poterlo abbinare. Per qualsiasi domanda sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Incassi\nTalbot & Rees Chartered Surveyors\nHarbour Chambers, 12 Narrow Quay, Bristol BS1 4QA, Regno Unito\n+44 117 496 0372 | receivables@talbot-rees.example"
    ),
}
DEFAULT_SERVICE: Final = {
    "en": "RICS Level 3 building survey",
    "de": "Verkehrswertgutachten (Red Book)",
    "fr": "Évaluation en valeur vénale (Red Book)",
    "es": "Informe de tasación (Red Book)",
    "nl": "Taxatierapport (Red Book)",
    "it": "Perizia di stima (Red Book)",
}
REMINDER_DAY_FORMAT: Final = {
    "en": "{d} {mon} {y}",
    "de": "{DD}.{MO}.{y}",
    "fr": "{DD}/{MO}/{y}",
    "es": "{DD}/{MO}/{y}",
    "nl": "{DD}-{MO}-{y}",
    "it": "{DD}/{MO}/{y}",
}
CURRENCY_SIGNS: Final = {"GBP": "£", "EUR": "€", "USD": "US$"}
LATIN1_FOLDS: Final = {"€": "EUR", "–": "-", "’": "'", "\u202f": " ", "…": "..."}


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in `lang`."""
    units, cents = amount.split(".")
    sep = {"en": ",", "fr": "\u00a0"}.get(lang, ".")
    grouped = f"{int(units):,}".replace(",", sep)
    sign = CURRENCY_SIGNS[currency]
    if lang == "en":
        return f"{sign}{grouped}.{cents}"
    if lang in {"nl", "it"}:
        return f"{sign} {grouped},{cents}"
    space = "\u00a0" if lang == "fr" else " "
    return f"{grouped},{cents}{space}{sign}"


def latin1(text: str) -> str:
    """What a Latin-1 client makes of characters it cannot send."""
    for wide, narrow in LATIN1_FOLDS.items():
        text = text.replace(wide, narrow)
    return text


# ------------------------------------------------------------------------------------------
# What is written by hand: the messages and their labels
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Facts:
    """The labels of one message beyond intent and language.

    `day` is the date the intent asks for (promised, paid or return date); `refs` are the
    invoice numbers written in the new text, normalised to TR/26/NNNN.
    """

    day: str | None = None
    ref: str | None = None
    amount: str | None = None
    currency: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One message from a customer's side: a person, a client program or an automatic system."""

    key: str
    intent: str
    lang: str
    name: str
    addr: str
    sent: str
    client: str
    text: str
    facts: Facts = field(default_factory=Facts)
    hard: bool = False
    zone: str = ""
    loc: str = ""
    rlang: str = ""
    charset: str = "utf-8"
    cte: str = "quoted-printable"
    inv: str = "TR/26/0400"
    amt: str = "1250.00"
    cur: str = "GBP"
    svc: str = ""
    lag: int = 1
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    cc: str = ""
    markup: str = ""
    attach: tuple[str, bytes] | None = None
    threaded: bool = True

    @property
    def tz(self) -> str:
        return self.zone or ("GB" if self.lang == "en" else "CE")

    @property
    def moment(self) -> datetime:
        return local_time(self.sent, self.tz)

    @property
    def locale(self) -> str:
        return self.loc or self.lang

    @property
    def reminder_lang(self) -> str:
        if self.rlang:
            return self.rlang
        return "en" if self.locale == "us" else self.lang


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    sent: str
    zone: str
    build: str
    rlang: str
    inv: str
    amt: str
    cur: str = "GBP"
    note: str | None = None

    @property
    def moment(self) -> datetime:
        return local_time(self.sent, self.zone)


# ------------------------------------------------------------------------------------------
# Identifiers, derived from each message's key
# ------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}/{salt}/{key}".encode()).digest()


def token(key: str, salt: str, size: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:size]


def number(key: str, salt: str, low: int, high: int) -> int:
    return low + int.from_bytes(digest(key, salt)[:4], "big") % (high - low + 1)


def reminder_id(key: str) -> str:
    return f"<rem.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def uuid_like(key: str, salt: str) -> str:
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def outlook_host(r: Reply) -> str:
    pod = {"GB": "LO2P265", "CE": "AM9P192", "NY": "BL1PR11"}.get(r.tz, "SG2PR04")
    farm = {"GB": "GBRP265", "CE": "EURP192", "NY": "NAMP111"}.get(r.tz, "APCP153")
    return f"{pod}MB{number(r.key, 'pod', 1000, 9999)}.{farm}.PROD.OUTLOOK.COM"


def message_id(r: Reply) -> str:
    domain = r.addr.rsplit("@", 1)[1]
    family = CLIENT_FAMILY.get(r.client, "system")
    if family == "outlook":
        return f"<{outlook_host(r).split('.')[0]}{token(r.key, 'ms', 24)}@{outlook_host(r)}>"
    if family == "gmail":
        raw = base64.b64encode(digest(r.key, "gm")).decode().rstrip("=").replace("/", "_")
        return f"<CA{raw[:46]}@mail.gmail.com>"
    if family == "apple":
        return f"<{uuid_like(r.key, 'apple')}@{domain}>"
    if family == "mozilla":
        return f"<{uuid_like(r.key, 'tb').lower()}@{domain}>"
    if family == "samsung":
        return f"<{digest(r.key, 'sm').hex()[:20]}.{number(r.key, 'sm2', 1000, 9999)}@email.android.com>"
    return f"<{digest(r.key, 'sys').hex()[:28]}@{domain}>"


# ------------------------------------------------------------------------------------------
# Header and body encoding, the way mail clients do it
# ------------------------------------------------------------------------------------------

Q_SAFE: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def q_char(char: str, charset: str) -> str:
    if char == " ":
        return "_"
    if char in Q_SAFE:
        return char
    return "".join(f"={b:02X}" for b in char.encode(charset))


def encoded_words(text: str, charset: str, mode: str) -> str:
    """RFC 2047 encoded words (mode "Q" or "B"), short enough to share a line with the field name."""
    opener = f"=?{charset}?{mode}?"
    room = 62 - len(opener) - 2
    words: list[str] = []
    chunk = ""
    for char in text:
        trial = chunk + char
        size = len(encode_chunk(trial, charset, mode))
        if size > room and chunk:
            words.append(opener + encode_chunk(chunk, charset, mode) + "?=")
            trial = char
        chunk = trial
    words.append(opener + encode_chunk(chunk, charset, mode) + "?=")
    return " ".join(words)


def encode_chunk(chunk: str, charset: str, mode: str) -> str:
    if mode.upper() == "B":
        return base64.b64encode(chunk.encode(charset)).decode("ascii")
    return "".join(q_char(c, charset) for c in chunk)


def header_value(text: str, charset: str = "utf-8", mode: str = "Q") -> str:
    """A header value as the client sends it: plain ASCII, or encoded words."""
    if text.isascii():
        return text
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return encoded_words(text, charset, mode)


def mailbox(name: str, addr: str, charset: str = "utf-8", mode: str = "Q") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset, mode)} <{addr}>"


def transfer_encode(text: str, charset: str, cte: str) -> str:
    data = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "7bit":
        data.decode("ascii")
    return data.decode("ascii", "surrogateescape")


def text_part(text: str, subtype: str, charset: str, cte: str, params: str = "") -> Message:
    """A text/* leaf. `text` must fit `charset`; Python's codecs raise if it does not."""
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{params}'
    part["Content-Transfer-Encoding"] = cte
    body = text if text.endswith("\n") else text + "\n"
    part.set_payload(transfer_encode(body, charset, cte))
    return part


def multipart(subtype: str, boundary: str, parts: Iterable[Message], params: str = "") -> Message:
    outer = Message()
    outer["Content-Type"] = f'multipart/{subtype};{params} boundary="{boundary}"'
    for part in parts:
        outer.attach(part)
    return outer


def attachment(name: str, data: bytes, mimetype: str) -> Message:
    part = Message()
    part["Content-Type"] = f'{mimetype}; name="{name}"'
    part["Content-Description"] = name
    part["Content-Disposition"] = f'attachment; filename="{name}"; size={len(data)}'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def fake_pdf(title: str) -> bytes:
    """A tiny one-page PDF standing in for a bank's payment confirmation."""
    stream = f"BT /F1 11 Tf 56 760 Td ({title}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


# ------------------------------------------------------------------------------------------
# The reminder, as sent and as each reply quotes it
# ------------------------------------------------------------------------------------------

UK_CLOSED: Final = frozenset({date(2027, 3, 26), date(2027, 3, 29)})


def reminder_moment(local: datetime, key: str, lag: int) -> datetime:
    """The reminder left Bristol `lag` working days before the reply, shortly after nine."""
    day = in_zone(local, "GB").date()
    left = lag
    while left:
        day -= timedelta(days=1)
        if day.weekday() < 5 and day not in UK_CLOSED:
            left -= 1
    stamp = f"{day.isoformat()} 09:{number(key, 'rem-minute', 2, 19):02d}"
    return local_time(stamp, "GB")


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECTS[lang].format(inv=inv)


def reminder_text(lang: str, key: str, sent: datetime, detail: tuple[str, str, str, str]) -> str:
    inv, amt, cur, svc = detail
    due = sent.date() - timedelta(days=number(key, "overdue", 8, 24))
    issued = due - timedelta(days=30)
    fmt = REMINDER_DAY_FORMAT[lang]
    return REMINDER_BODIES[lang].format(
        inv=inv,
        svc=svc or DEFAULT_SERVICE[lang],
        issued=render(fmt, lang, datetime.combine(issued, datetime.min.time(), UTC)),
        due=render(fmt, lang, datetime.combine(due, datetime.min.time(), UTC)),
        amount=money(amt, cur, lang),
    )


def reminder_message(
    key: str, lang: str, rcpt: str, sent: datetime, detail: tuple[str, str, str, str]
) -> Message:
    """The reminder exactly as Talbot & Rees sent it (returned inside some bounces)."""
    msg = Message()
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = rcpt
    msg["Subject"] = header_value(reminder_subject(lang, detail[0]))
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_id(key)
    msg["MIME-Version"] = "1.0"
    part = text_part(reminder_text(lang, key, sent, detail), "plain", "utf-8", "quoted-printable")
    for name, value in part.items():
        msg[name] = value
    msg.set_payload(part.get_payload())
    return msg


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it: its text, subject, time and recipient."""

    text: str
    subject: str
    moment: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    sent = reminder_moment(r.moment, r.key, r.lag)
    detail = (r.inv, r.amt, r.cur, r.svc)
    text = reminder_text(r.reminder_lang, r.key, sent, detail)
    subject = reminder_subject(r.reminder_lang, r.inv)
    if r.charset.lower() in {"iso-8859-1", "iso-8859-15"}:
        text, subject = latin1(text), latin1(subject)
    shown = sent.astimezone(r.moment.tzinfo)
    return Quote(text=text, subject=subject, moment=shown, loc=r.locale, to=f"{r.name} <{r.addr}>")


def outlook_lines(q: Quote) -> list[str]:
    frm, sent, to, subj, sep, layout = OUTLOOK_FIELDS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{render(layout, q.loc, q.moment)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def samsung_lines(q: Quote) -> list[str]:
    loc = "en" if q.loc == "us" else q.loc
    rule, frm, when, to, subj = SAMSUNG_HEADER[loc]
    offset = q.moment.strftime("%z")
    stamp = render("{DD}/{MO}/{y} {HH}:{MM}", loc, q.moment) + f"  (GMT{offset[:3]}:{offset[3:]}) "
    return [
        rule,
        f"{frm}: {AR_NAME} <{AR_ADDR}> ",
        f"{when}: {stamp}",
        f"{to}: {q.to} ",
        f"{subj}: {q.subject} ",
    ]


def attribution(table: dict[str, str], q: Quote) -> str:
    return render(table[q.loc], q.loc, q.moment, name=AR_NAME, addr=AR_ADDR)


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


# ------------------------------------------------------------------------------------------
# HTML the clients generate around the hand-written text
# ------------------------------------------------------------------------------------------


def esc_line(line: str) -> str:
    stripped = line.lstrip(" ")
    return "&nbsp;" * (len(line) - len(stripped)) + html.escape(stripped, quote=False)


def html_paragraphs(text: str, tag: str = "p") -> str:
    blocks = [b for b in text.split("\n\n") if b.strip()]
    return "\n".join(
        f"<{tag}>" + "<br>\n".join(esc_line(x) for x in b.split("\n")) + f"</{tag}>" for b in blocks
    )


def div_lines(text: str) -> str:
    return "\n".join(
        f"<div>{esc_line(x)}</div>" if x else "<div><br></div>" for x in text.split("\n")
    )


def mso_lines(text: str) -> str:
    rows = []
    for line in text.split("\n"):
        inner = esc_line(line) if line else "<o:p>&nbsp;</o:p>"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


def word_document(r: Reply, q: Quote) -> str:
    frm, sent, to, subj, sep, _ = OUTLOOK_FIELDS[q.loc]
    values = [line.split(sep, 1)[1] for line in outlook_lines(q)]
    head = "<br>\n".join(
        f"<b>{label}{sep.rstrip()}</b> {html.escape(value, quote=False)}"
        for label, value in zip((frm, sent, to, subj), values, strict=True)
    )
    lang = {"en": "EN-GB", "us": "EN-US"}.get(q.loc, q.loc.upper())
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle19\n\t{mso-style-type:personal-reply;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_lines(r.text)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_lines(q.text)}\n</div>\n</body>\n</html>\n"
    )


def reply_header_html(q: Quote) -> str:
    frm, sent, to, subj, sep, _ = OUTLOOK_FIELDS[q.loc]
    values = [line.split(sep, 1)[1] for line in outlook_lines(q)]
    return "<br>\n".join(
        f"<b>{label}{sep.rstrip()}</b> {html.escape(value, quote=False)}"
        for label, value in zip((frm, sent, to, subj), values, strict=True)
    )


def owa_document(r: Reply, q: Quote, signature: str = "") -> str:
    sig = (
        f'<div id="ms-outlook-mobile-signature" dir="ltr"><div><br></div>{html.escape(signature)}</div>\n'
        if signature
        else ""
    )
    return (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        f'<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n{div_lines(r.text)}\n</div>\n'
        f"{sig}"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{reply_header_html(q)}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>\n{html_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def gmail_document(r: Reply, q: Quote, attr: str) -> str:
    return (
        f'<div dir="ltr">{html_paragraphs(r.text, "div")}</div><br>'
        '<div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attr, quote=False)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )


def apple_document(r: Reply, q: Quote, attr: str) -> str:
    return (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{div_lines(r.text)}<div><br><blockquote type="cite"><div>{html.escape(attr, quote=False)}</div>'
        '<br class="Apple-interchange-newline">'
        f"<div>{html_paragraphs(q.text, 'div')}</div></blockquote></div></body></html>\n"
    )


def samsung_document(r: Reply, q: Quote, signature: str) -> str:
    head = "".join(f"<div>{html.escape(x.strip(), quote=False)}</div>" for x in samsung_lines(q))
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
        f"{div_lines(r.text)}<div><br></div><div><br></div>"
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{html.escape(signature)}</div></div>'
        f'<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">{head}</div><br>'
        f"{html_paragraphs(q.text, 'div')}</body></html>\n"
    )


# ------------------------------------------------------------------------------------------
# Client layouts
# ------------------------------------------------------------------------------------------

Style = Callable[[Reply, Quote], Message]


def boundary(r: Reply, level: int) -> str:
    family = CLIENT_FAMILY.get(r.client, "system")
    if family == "outlook":
        return f"_00{level}_{outlook_host(r).split('.')[0]}{token(r.key, f'b{level}', 20)}_"
    if family == "gmail":
        return "0000000000" + digest(r.key, f"b{level}").hex()[:18]
    if family == "apple":
        return f"Apple-Mail={'_' if r.client == 'apple' else '-'}{uuid_like(r.key, f'b{level}')}"
    if family == "mozilla":
        return "------------" + token(r.key, f"b{level}", 24)
    if family == "samsung":
        return f"--_com.samsung.android.email_{number(r.key, f'b{level}', 10**11, 10**12 - 1)}"
    return f"----=_Part_{number(r.key, f'b{level}', 10**5, 10**6 - 1)}_{number(r.key, f'c{level}', 10**8, 10**9 - 1)}.{number(r.key, 'ms', 10**12, 10**13 - 1)}"


def alternative(r: Reply, plain: str, markup: str, cte: str = "") -> Message:
    cte = cte or r.cte
    parts = [text_part(plain, "plain", r.charset, cte), text_part(markup, "html", r.charset, cte)]
    return multipart("alternative", boundary(r, 1), parts)


def style_outlook(r: Reply, q: Quote) -> Message:
    plain = "\n".join([r.text, "", *outlook_lines(q), "", q.text])
    return alternative(r, plain, word_document(r, q))


def style_outlook_plain(r: Reply, q: Quote) -> Message:
    block = [OUTLOOK_ORIGINAL[q.loc], *outlook_lines(q)]
    return text_part("\n".join([r.text, "", *block, "", q.text]), "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    plain = "\n".join([r.text, "", "_" * 32, *outlook_lines(q), "", q.text])
    return alternative(r, plain, owa_document(r, q))


def style_outlook_mobile(r: Reply, q: Quote) -> Message:
    sig = SIGNATURES[r.client][q.loc if q.loc != "us" else "en"]
    plain = "\n".join([r.text, "", sig, "", "_" * 32, *outlook_lines(q), "", q.text])
    return alternative(r, plain, owa_document(r, q, sig), "base64")


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = attribution(GMAIL_ATTRIBUTION, q)
    plain = f"{r.text}\n\n{attr}\n\n{quoted(q.text)}"
    return alternative(r, plain, gmail_document(r, q, attr))


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    attr = attribution(GMAIL_ATTRIBUTION, q)
    return text_part(f"{r.text}\n\n{attr}\n{quoted(q.text)}", "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quote) -> Message:
    attr = attribution(APPLE_ATTRIBUTION, q)
    plain = f"{r.text}\n\n{attr}\n\n{quoted(q.text)}"
    return alternative(r, plain, apple_document(r, q, attr))


def style_iphone(r: Reply, q: Quote) -> Message:
    sig = SIGNATURES["iphone"][q.loc if q.loc != "us" else "en"]
    attr = attribution(APPLE_ATTRIBUTION, q)
    cited = f"{attr}\n\n{q.text}"
    body = f"{r.text}\n\n{sig}\n\n{quoted(cited)}"
    return text_part(body, "plain", r.charset, r.cte)


def flow_line(line: str, width: int = 72) -> list[str]:
    """RFC 3676 format=flowed: long lines end in a space where the client wrapped them."""
    prefix = re.match(r"^(>+ ?)?", line)
    marker = prefix.group(0) if prefix else ""
    rest = line[len(marker) :]
    if not marker and (rest.startswith((" ", "From ")) or rest.startswith(">")):
        rest = " " + rest
    if len(marker) + len(rest) <= width or " " not in rest:
        return [marker + rest]
    out: list[str] = []
    current = ""
    for word in rest.split(" "):
        if current and len(marker) + len(current) + len(word) >= width:
            out.append(marker + current)
            current = ""
        current += word + " "
    out.append(marker + current.rstrip(" "))
    return out


def flowed(text: str) -> str:
    return "\n".join(piece for line in text.split("\n") for piece in flow_line(line))


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = attribution(THUNDERBIRD_ATTRIBUTION, q)
    if r.client == "tb_bottom":  # answered below the quote
        body = f"{attr}\n{quoted(q.text)}\n\n{r.text}"
    else:
        body = f"{r.text}\n\n{attr}\n{quoted(q.text)}"
    return text_part(flowed(body), "plain", r.charset, r.cte, "; format=flowed")


def style_inline(r: Reply, q: Quote) -> Message:
    """An inline answer: the writer interleaved the reminder's lines by hand ({attr} marks the attribution)."""
    table = THUNDERBIRD_ATTRIBUTION if r.client == "tb_inline" else GMAIL_ATTRIBUTION
    body = r.text.format(attr=attribution(table, q))
    if r.client == "tb_inline":
        return text_part(flowed(body), "plain", r.charset, r.cte, "; format=flowed")
    return text_part(body, "plain", r.charset, r.cte)


def style_samsung(r: Reply, q: Quote) -> Message:
    sig = SIGNATURES["samsung"][q.loc if q.loc != "us" else "en"]
    plain = "\n".join([r.text, "", "", sig, "", *samsung_lines(q), "", q.text])
    return alternative(r, plain, samsung_document(r, q, sig), "base64")


def style_system(r: Reply, q: Quote) -> Message:
    del q  # automatic messages quote nothing
    return text_part(r.text, "plain", r.charset, r.cte)


def style_system_html(r: Reply, q: Quote) -> Message:
    del q
    markup = r.markup or f"<html><body>\n{html_paragraphs(r.text)}\n</body></html>\n"
    return alternative(r, r.text, markup)


def style_system_html_only(r: Reply, q: Quote) -> Message:
    del q
    return text_part(r.markup, "html", r.charset, r.cte)


STYLES: Final[dict[str, Style]] = {
    "outlook": style_outlook,
    "outlook_plain": style_outlook_plain,
    "outlook_html": style_outlook_html,
    "owa": style_owa,
    "outlook_ios": style_outlook_mobile,
    "outlook_android": style_outlook_mobile,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "gmail_inline": style_inline,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "tb_bottom": style_thunderbird,
    "tb_inline": style_inline,
    "samsung": style_samsung,
    "system": style_system,
    "system_html": style_system_html,
    "system_html_only": style_system_html_only,
}
CLIENT_FAMILY: Final = {
    "outlook": "outlook",
    "outlook_plain": "outlook",
    "outlook_html": "outlook",
    "owa": "outlook",
    "outlook_ios": "outlook",
    "outlook_android": "outlook",
    "gmail": "gmail",
    "gmail_plain": "gmail",
    "gmail_inline": "gmail",
    "apple": "apple",
    "iphone": "apple",
    "thunderbird": "mozilla",
    "tb_bottom": "mozilla",
    "tb_inline": "mozilla",
    "samsung": "samsung",
}


# ------------------------------------------------------------------------------------------
# Whole messages
# ------------------------------------------------------------------------------------------

HEADER_MODE: Final = {"outlook": "B", "samsung": "B"}
MIME_VERSION: Final = {
    "apple": "1.0 (Mac OS X Mail 16.0 \\(3826.500.181\\))",
    "iphone": "1.0 (1.0)",
}


def wrap(headers: Iterable[tuple[str, str]], body: Message, mime_version: str = "1.0") -> Message:
    """Envelope headers first, then the MIME headers and the body, as clients order them."""
    msg = Message()
    for name, value in headers:
        msg[name] = value
    if mime_version:
        msg["MIME-Version"] = mime_version
    for name, value in body.items():
        msg[name] = value
    msg.set_payload(raw_payload(body))
    return msg


def raw_payload(part: Message) -> str | list[Message | str]:
    """The payload as stored: 8-bit bodies stay bytes (held as surrogate escapes), not decoded text."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return [p for p in payload if isinstance(p, Message | str)]
    if str(part.get("Content-Transfer-Encoding", "")).lower() != "8bit":
        return str(payload)
    data = part.get_payload(decode=True)
    return data.decode("ascii", "surrogateescape") if isinstance(data, bytes) else str(payload)


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if CLIENT_FAMILY.get(r.client) == "outlook":
        return OUTLOOK_PREFIX[q.loc] + q.subject
    return "Re: " + q.subject


def client_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    family = CLIENT_FAMILY.get(r.client, "system")
    language = {"en": "en-GB", "us": "en-US"}.get(r.locale, f"{r.lang}-{r.lang.upper()}")
    if family == "outlook":
        return [
            ("Thread-Topic", header_value(q.subject, r.charset, HEADER_MODE["outlook"])),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            ("Accept-Language", f"{language}, en-US"),
            ("Content-Language", language),
            ("X-MS-Has-Attach", "yes" if r.attach else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    if r.client == "apple":
        return [("X-Mailer", "Apple Mail (2.3826.500.181)")]
    if r.client == "iphone":
        return [("X-Mailer", "iPhone Mail (22E252)")]
    if family == "mozilla":
        return [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", language)]
    return []


def envelope(r: Reply, q: Quote) -> list[tuple[str, str]]:
    mode = HEADER_MODE.get(CLIENT_FAMILY.get(r.client, "system"), "Q")
    seconds = timedelta(seconds=number(r.key, "seconds", 0, 59))
    headers = [
        ("From", mailbox(r.name, r.addr, r.charset, mode)),
        ("To", formataddr((AR_NAME, AR_ADDR)) if r.threaded else AR_ADDR),
    ]
    if r.cc:
        headers.append(("Cc", r.cc))
    headers += [
        ("Subject", header_value(reply_subject(r, q), r.charset, mode)),
        ("Date", format_datetime(r.moment + seconds)),
        ("Message-ID", message_id(r)),
    ]
    if r.threaded:
        headers += [("In-Reply-To", reminder_id(r.key)), ("References", reminder_id(r.key))]
    return headers


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    body = STYLES[r.client](r, q)
    if r.attach is not None:
        name, data = r.attach
        body = multipart("mixed", boundary(r, 0), [body, attachment(name, data, "application/pdf")])
    headers = [*envelope(r, q), *client_headers(r, q), *r.headers]
    return wrap(headers, body, MIME_VERSION.get(r.client, "1.0"))


# ------------------------------------------------------------------------------------------
# Delivery reports. The skeletons (delivery-status fields, returned headers) are generated;
# every human-readable text is written out in its builder.
# ------------------------------------------------------------------------------------------


def bounce_reminder(b: Bounce, minutes_before: int) -> tuple[Message, datetime]:
    sent = in_zone(b.moment - timedelta(minutes=minutes_before), "GB")
    detail = (b.inv, b.amt, b.cur, "")
    return reminder_message(b.key, b.rlang, b.rcpt, sent, detail), sent


def dsn_block(fields: list[tuple[str, str]]) -> Message:
    block = Message()
    for name, value in fields:
        block[name] = value
    return block


def delivery_status(per_message: list[tuple[str, str]], per_rcpt: list[tuple[str, str]]) -> Message:
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([dsn_block(per_message), dsn_block(per_rcpt)])
    return part


def returned_message(original: Message) -> Message:
    part = Message()
    part["Content-Type"] = "message/rfc822"
    part.set_payload([original])
    return part


def returned_headers(original: Message) -> Message:
    lines = "".join(f"{k}: {v}\n" for k, v in original.items() if not k.startswith("Content-"))
    return text_part(lines, "rfc822-headers", "us-ascii", "7bit")


def bounce_boundary(b: Bounce, level: int) -> str:
    return f"{token(b.key, f'bb{level}', 12)}.{number(b.key, f'bt{level}', 10**9, 10**10 - 1)}/{b.rcpt.rsplit('@', 1)[1]}"


def bounce_message(
    b: Bounce, sender: str, subject: str, body: Message, extra: Iterable[tuple[str, str]] = ()
) -> Message:
    host = re.findall(r"@([\w.-]+)", sender)[-1]
    headers = [
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", header_value(subject)),
        ("Date", format_datetime(b.moment + timedelta(seconds=number(b.key, "s", 0, 59)))),
        ("Message-ID", f"<{token(b.key, 'bounce', 20).lower()}@{host}>"),
        *extra,
    ]
    return wrap(headers, body)


def report(b: Bounce, parts: list[Message]) -> Message:
    return multipart("report", bounce_boundary(b, 0), parts, ' report-type="delivery-status";')


def rcpt_fields(b: Bounce, action: str, diagnostic: str, remote: str = "") -> list[tuple[str, str]]:
    fields = [
        ("Final-Recipient", f"rfc822; {b.rcpt}"),
        ("Original-Recipient", f"rfc822;{b.rcpt}"),
        ("Action", action),
        ("Status", b.status),
    ]
    if remote:
        fields.append(("Remote-MTA", f"dns; {remote}"))
    fields.append(("Diagnostic-Code", diagnostic))
    return fields


def bounce_postfix_delay(b: Bounce) -> Message:
    """The customer's own relay accepted the reminder and cannot reach their mail server."""
    original, sent = bounce_reminder(b, 247)
    human = (
        "This is the mail system at host mx1.kestrel-developments.example.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 5 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: connect to\n"
        "    exch.int.kestrel-developments.example[192.0.2.17]:25: Connection timed out\n"
    )
    status = delivery_status(
        [
            ("Reporting-MTA", "dns; mx1.kestrel-developments.example"),
            ("X-Postfix-Queue-ID", "4Fq2Lk0sWvz7tR9"),
            ("X-Postfix-Sender", f"rfc822; {AR_ADDR}"),
            ("Arrival-Date", format_datetime(sent + timedelta(seconds=3))),
        ],
        [
            *rcpt_fields(
                b,
                "delayed",
                "X-Postfix; connect to exch.int.kestrel-developments.example[192.0.2.17]:25: Connection timed out",
            ),
            ("Will-Retry-Until", format_datetime(sent + timedelta(days=5))),
        ],
    )
    parts = [text_part(human, "plain", "us-ascii", "7bit"), status, returned_headers(original)]
    sender = "MAILER-DAEMON@mx1.kestrel-developments.example (Mail Delivery System)"
    return bounce_message(
        b,
        sender,
        "Delayed Mail (still being retried)",
        report(b, parts),
        [("Auto-Submitted", "auto-replied")],
    )


def bounce_sendmail(b: Bounce) -> Message:
    original, sent = bounce_reminder(b, 1)
    stamp = format_datetime(sent.astimezone(UTC), usegmt=True)
    human = (
        f"The original message was received at {stamp}\n"
        f"from mail-sor-f41.google.example [{AR_IP}]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n"
        f"    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        "... while talking to store1.ashdown-legal.example.:\n"
        f">>> RCPT To:<{b.rcpt}>\n"
        f"<<< 550 5.1.1 <{b.rcpt}>... User unknown\n"
        f"550 5.1.1 <{b.rcpt}>... User unknown\n"
    )
    status = delivery_status(
        [
            ("Reporting-MTA", "dns; relay.ashdown-legal.example"),
            ("Received-From-MTA", "DNS; mail-sor-f41.google.example"),
            ("Arrival-Date", format_datetime(sent)),
        ],
        [
            *rcpt_fields(
                b,
                "failed",
                f"SMTP; 550 5.1.1 <{b.rcpt}>... User unknown",
                "store1.ashdown-legal.example",
            ),
            ("Last-Attempt-Date", format_datetime(b.moment)),
        ],
    )
    parts = [text_part(human, "plain", "us-ascii", "7bit"), status, returned_message(original)]
    sender = "Mail Delivery Subsystem <MAILER-DAEMON@relay.ashdown-legal.example>"
    return bounce_message(
        b,
        sender,
        "Returned mail: see transcript for details",
        report(b, parts),
        [("Auto-Submitted", "auto-generated")],
    )


def bounce_gmail(b: Bounce) -> Message:
    original, sent = bounce_reminder(b, 1)
    lines = [
        "** Address not found **",
        f"Your message wasn't delivered to {b.rcpt} because the address couldn't be found, or is unable to receive mail.",
        "Learn more here: https://support.google.com/mail/?p=NoSuchUser",
        "The response was:",
        "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
    ]
    plain = "\n\n".join(lines) + "\n"
    markup = (
        "<html><body>\n"
        + "\n".join(f"<p>{html.escape(x)}</p>" for x in lines)
        + "\n</body></html>\n"
    )
    human = multipart(
        "alternative",
        bounce_boundary(b, 1),
        [
            text_part(plain, "plain", "UTF-8", "quoted-printable"),
            text_part(markup, "html", "UTF-8", "quoted-printable"),
        ],
    )
    status = delivery_status(
        [
            ("Reporting-MTA", "dns; googlemail.com"),
            ("Received-From-MTA", f"dns; {AR_ADDR}"),
            ("Arrival-Date", format_datetime(sent)),
            ("X-Original-Message-ID", reminder_id(b.key)),
        ],
        [
            ("Final-Recipient", f"rfc822; {b.rcpt}"),
            ("Action", "failed"),
            ("Status", b.status),
            (
                "Diagnostic-Code",
                "smtp; The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
            ),
            ("Last-Attempt-Date", format_datetime(b.moment)),
        ],
    )
    body = report(b, [human, status, returned_message(original)])
    extra = [("X-Failed-Recipients", b.rcpt), ("Auto-Submitted", "auto-replied")]
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    return bounce_message(b, sender, "Delivery Status Notification (Failure)", body, extra)


def exchange_report(
    b: Bounce, plain: str, original: Message, per_message: list[tuple[str, str]], diagnostic: str
) -> Message:
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
        "<body>\n<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif; font-size:10pt\">\n"
        f"{html_paragraphs(plain)}\n</div>\n</body>\n</html>\n"
    )
    human = multipart(
        "alternative",
        bounce_boundary(b, 1),
        [
            text_part(plain, "plain", "utf-8", "quoted-printable"),
            text_part(markup, "html", "utf-8", "quoted-printable"),
        ],
    )
    action = "delayed" if b.kind == "soft" else "failed"
    status = delivery_status(per_message, rcpt_fields(b, action, diagnostic))
    return report(b, [human, status, returned_headers(original)])


def bounce_exchange_de_delay(b: Bounce) -> Message:
    original, sent = bounce_reminder(b, 212)
    subject = reminder_subject(b.rlang, b.inv)
    plain = (
        "Die Zustellung an diese Empfänger oder Gruppen verzögert sich:\n\n"
        f"{b.rcpt} ({b.rcpt})\n\n"
        f"Betreff: {subject}\n\n"
        "Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, sie zuzustellen.\n\n"
        "Der Server versucht noch 1 Tag, 20 Stunden und 27 Minuten lang, die Nachricht zuzustellen. Falls sie bis dahin nicht zugestellt werden kann, erhalten Sie eine weitere Benachrichtigung.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        "Generierender Server: EXCH02.taunus-wohnen.example\n"
        f"Empfänger: {b.rcpt}\n"
        "Letzter Fehler: 451 4.4.7 Message delayed; Postfachdatenbank vorübergehend nicht erreichbar\n"
    )
    per_message = [
        ("Reporting-MTA", "dns;EXCH02.taunus-wohnen.example"),
        ("Received-From-MTA", "dns;mail-sor-f41.google.example"),
        ("Arrival-Date", format_datetime(sent)),
    ]
    body = exchange_report(b, plain, original, per_message, "smtp;451 4.4.7 Message delayed")
    sender = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@taunus-wohnen.example>"
    extra = [
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "de-DE"),
    ]
    return bounce_message(b, sender, f"Zustellung verzögert: {subject}", body, extra)


def bounce_exchange_fr(b: Bounce) -> Message:
    original, sent = bounce_reminder(b, 1)
    plain = (
        f"Votre message à {b.rcpt} n'a pas pu être remis.\n\n"
        f"{b.rcpt} n'a pas été trouvé dans le domaine sci-belvedere.example. L'adresse est peut-être mal orthographiée ou n'existe plus.\n\n"
        "Action requise par l'expéditeur\n\n"
        "Vérifiez l'adresse du destinataire, corrigez-la si nécessaire, puis renvoyez le message. Si l'adresse est correcte, contactez le destinataire par un autre moyen (par exemple par téléphone) pour lui signaler le problème.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\n"
        "Serveur générateur : PR3P192MB0876.EURP192.PROD.OUTLOOK.COM\n"
        f"{b.rcpt}\n"
        "Le serveur distant a renvoyé : « 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup »\n"
    )
    per_message = [
        ("Reporting-MTA", "dns;PR3P192MB0876.EURP192.PROD.OUTLOOK.COM"),
        ("Received-From-MTA", "dns;mail-sor-f41.google.example"),
        ("Arrival-Date", format_datetime(sent)),
    ]
    diagnostic = (
        "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    )
    body = exchange_report(b, plain, original, per_message, diagnostic)
    sender = "Microsoft Outlook <postmaster@sci-belvedere.example>"
    extra = [
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "fr-FR"),
    ]
    return bounce_message(b, sender, f"Non remis : {reminder_subject(b.rlang, b.inv)}", body, extra)


def bounce_exchange_it(b: Bounce) -> Message:
    original, sent = bounce_reminder(b, 1)
    plain = (
        f"Impossibile recapitare il messaggio a {b.rcpt}.\n\n"
        "Il dominio gruppo-adige.example accetta solo messaggi indirizzati a destinatari presenti nella sua directory, e questo indirizzo non risulta tra questi.\n\n"
        "Come risolvere il problema\n\n"
        "Verificare che l'indirizzo del destinatario sia corretto e inviare di nuovo il messaggio. Se il problema persiste, contattare il destinatario in un altro modo, ad esempio per telefono, e chiedergli di segnalarlo al proprio amministratore di posta.\n\n"
        "Informazioni di diagnostica per gli amministratori:\n\n"
        "Server di generazione: VI1P192MB0412.EURP192.PROD.OUTLOOK.COM\n"
        f"{b.rcpt}\n"
        "Il server remoto ha restituito '550 5.4.1 Recipient address rejected: Access denied. [VI1P192MB0412.EURP192.PROD.OUTLOOK.COM]'\n"
    )
    per_message = [
        ("Reporting-MTA", "dns;VI1P192MB0412.EURP192.PROD.OUTLOOK.COM"),
        ("Received-From-MTA", "dns;mail-sor-f41.google.example"),
        ("Arrival-Date", format_datetime(sent)),
    ]
    body = exchange_report(
        b, plain, original, per_message, "smtp;550 5.4.1 Recipient address rejected: Access denied"
    )
    sender = "Microsoft Outlook <postmaster@gruppo-adige.example>"
    extra = [
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "it-IT"),
    ]
    return bounce_message(
        b, sender, f"Non recapitabile: {reminder_subject(b.rlang, b.inv)}", body, extra
    )


def bounce_fr_isp(b: Bounce) -> Message:
    original, sent = bounce_reminder(b, 95)
    shown = in_zone(sent, "CE")
    text = latin1(
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie Fibreo. Merci de ne pas y répondre.\n\n"
        f"Le message que vous avez envoyé à {b.rcpt} le {shown:%d/%m/%Y} à {shown:%H:%M} n'a pas encore pu être distribué : la boîte aux lettres de votre correspondant est pleine.\n\n"
        "Code retour : 452 4.2.2 Mailbox full\n\n"
        "Nous ferons de nouvelles tentatives pendant 72 heures. Si la boîte n'a pas été libérée d'ici là, le message vous sera retourné avec un avis définitif.\n\n"
        "Vous n'avez rien à faire pour le moment.\n\n"
        "-- \nFibreo – Service Messagerie\n\n"
        "------ En-têtes du message d'origine ------\n"
        + "".join(
            f"{k}: {v}\n"
            for k, v in original.items()
            if k in {"From", "To", "Subject", "Date", "Message-ID"}
        )
    )
    body = text_part(text, "plain", "iso-8859-1", "quoted-printable")
    sender = "Service Messagerie Fibreo <postmaster@fibreo.example>"
    subject = latin1(f"Avis de retard de distribution : {reminder_subject(b.rlang, b.inv)}")
    return bounce_message(b, sender, subject, body, [("Auto-Submitted", "auto-generated")])


def bounce_exim_es(b: Bounce) -> Message:
    original, _ = bounce_reminder(b, 1)
    copy = original.as_string()
    text = (
        "Este mensaje ha sido generado automáticamente por el sistema de entrega de correo.\n\n"
        "No ha sido posible entregar su mensaje a uno o más destinatarios. Se trata de un error permanente. La dirección o direcciones que han fallado son:\n\n"
        f"  {b.rcpt}\n"
        "    la cuenta del destinatario está deshabilitada y no admite mensajes:\n"
        f"    550 5.2.1 <{b.rcpt}>: mailbox disabled, not accepting messages\n\n"
        "------ Se incluye a continuación una copia del mensaje, con todas sus cabeceras. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n"
        "Received: from mail-sor-f41.google.example ([203.0.113.25])\n"
        "\tby mx2.constructora-arlanza.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
        "\t(Exim 4.97)\n"
        f"\t(envelope-from <{AR_ADDR}>)\n"
        f"\tid 1tQx7N-0003Kd-2B\n\tfor {b.rcpt};\n\t{format_datetime(b.moment)}\n"
        f"{copy}"
    )
    body = text_part(text, "plain", "utf-8", "8bit")
    extra = [("X-Failed-Recipients", b.rcpt), ("Auto-Submitted", "auto-replied")]
    sender = "Mail Delivery System <Mailer-Daemon@mx2.constructora-arlanza.example>"
    return bounce_message(
        b,
        sender,
        "Error en la entrega del correo: el mensaje se devuelve al remitente",
        body,
        extra,
    )


def bounce_gateway_nl(b: Bounce) -> Message:
    original, sent = bounce_reminder(b, 1)
    shown = in_zone(sent, "CE")
    plain = (
        "Bastion Mail Security – melding voor de afzender\n\n"
        "Uw bericht kon niet worden afgeleverd.\n\n"
        f"Afzender:   {AR_ADDR}\n"
        f"Ontvanger:  {b.rcpt}\n"
        f"Onderwerp:  {reminder_subject(b.rlang, b.inv)}\n"
        f"Tijdstip:   {shown:%d-%m-%Y %H:%M:%S} (CEST)\n\n"
        "Reden: de mailserver van de ontvanger kent dit adres niet.\n"
        f"Antwoord van de server: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in virtual mailbox table\n\n"
        "Controleer het adres, of neem op een andere manier contact op met de ontvanger. Het bericht wordt niet opnieuw verzonden.\n\n"
        "Referentie: BMS-7F3A21C9-0330\n"
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="font-family:Arial,sans-serif;font-size:13px">'
        '<table width="600" cellpadding="6" style="border:1px solid #c8102e"><tr><td style="background:#c8102e;color:#fff"><b>Bastion Mail Security</b></td></tr>'
        f"<tr><td>{html_paragraphs(plain)}</td></tr></table></body></html>\n"
    )
    human = multipart(
        "alternative",
        bounce_boundary(b, 1),
        [
            text_part(plain, "plain", "utf-8", "quoted-printable"),
            text_part(markup, "html", "utf-8", "quoted-printable"),
        ],
    )
    body = multipart("mixed", bounce_boundary(b, 0), [human, returned_headers(original)])
    sender = "Bastion Mail Security <noreply@gw.bastion-secure.example>"
    subject = f"Niet afgeleverd: {reminder_subject(b.rlang, b.inv)}"
    return bounce_message(
        b,
        sender,
        subject,
        body,
        [("Auto-Submitted", "auto-generated"), ("X-Bastion-Verdict", "rejected-recipient")],
    )


def bounce_nl_isp(b: Bounce) -> Message:
    original, sent = bounce_reminder(b, 41)
    shown = in_zone(sent, "CE")
    text = (
        "Dit is een automatisch bericht van de mailserver van Polderweb.\n\n"
        f"Uw bericht aan {b.rcpt} is nog niet afgeleverd. De ontvangende server heeft de aflevering tijdelijk uitgesteld:\n\n"
        "    451 4.7.1 Greylisted, please try again later\n\n"
        "Dit is geen foutmelding. We proberen het bericht automatisch opnieuw af te leveren, tot vier dagen na verzending. U hoeft niets te doen: u krijgt alleen nog bericht van ons als de aflevering definitief mislukt.\n\n"
        f"Onderwerp: {reminder_subject(b.rlang, b.inv)}\n"
        f"Verzonden: {render('{wd} {d} {mon} {y}, {HH}:{MM}', 'nl', shown)}\n"
        f"Kenmerk:   {original['Message-ID']}\n\n"
        "Polderweb Hosting – support@polderweb.example\n"
    )
    body = text_part(text, "plain", "utf-8", "quoted-printable")
    sender = "Mailserver Polderweb <mailer-daemon@mx.polderweb.example>"
    return bounce_message(
        b,
        sender,
        "Vertraagde aflevering van uw bericht",
        body,
        [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    )


def bounce_qmail_it(b: Bounce) -> Message:
    original, _ = bounce_reminder(b, 2)
    text = (
        "Salve. Questo è il programma qmail-send di mx.nuvolaria.example.\n"
        "Purtroppo non è stato possibile recapitare il suo messaggio all'indirizzo indicato qui sotto.\n"
        "Si tratta di un errore permanente; non verranno effettuati altri tentativi.\n\n"
        f"<{b.rcpt}>:\n"
        "La casella del destinatario ha esaurito lo spazio disponibile.\n"
        f"Remote host said: 552 5.2.2 <{b.rcpt}>: mailbox over quota\n"
        "#5.2.2\n\n"
        "--- Qui sotto una copia del messaggio.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28817 invoked from network); {format_datetime(b.moment)}\n"
        f"{original.as_string()}"
    )
    body = text_part(text, "plain", "iso-8859-1", "8bit")
    return bounce_message(b, "MAILER-DAEMON@mx.nuvolaria.example", "failure notice", body)


def bounce_it_isp(b: Bounce) -> Message:
    original, sent = bounce_reminder(b, 183)
    shown = in_zone(sent, "CE")
    text = (
        "Gentile utente,\n\n"
        f"il messaggio da lei inviato a {b.rcpt} non è stato ancora consegnato.\n\n"
        f"Oggetto: {reminder_subject(b.rlang, b.inv)}\n"
        f"Inviato: {render('{wd} {d} {mon} {y}, ore {HH}:{MM}', 'it', shown)}\n\n"
        "Motivo: il server di posta del destinatario ha interrotto la connessione durante la trasmissione (4.4.2).\n\n"
        "Il sistema proverà di nuovo a consegnarlo in automatico nei prossimi 4 giorni: non è necessario inviarlo una seconda volta. Se la consegna non andrà a buon fine riceverà un ulteriore avviso.\n\n"
        "Questo è un messaggio automatico, la preghiamo di non rispondere.\n"
        "Servizio Posta Vallenet\n\n"
        f"Identificativo del messaggio: {original['Message-ID']}\n"
    )
    body = text_part(text, "plain", "utf-8", "quoted-printable")
    sender = "Servizio Posta Vallenet <notifiche@posta.vallenet.example>"
    return bounce_message(
        b,
        sender,
        "Avviso: consegna del messaggio ritardata",
        body,
        [("Auto-Submitted", "auto-generated")],
    )


BOUNCE_BUILDERS: Final[dict[str, Callable[[Bounce], Message]]] = {
    "postfix_delay": bounce_postfix_delay,
    "sendmail": bounce_sendmail,
    "gmail": bounce_gmail,
    "exchange_de_delay": bounce_exchange_de_delay,
    "exchange_fr": bounce_exchange_fr,
    "exchange_it": bounce_exchange_it,
    "fr_isp": bounce_fr_isp,
    "exim_es": bounce_exim_es,
    "gateway_nl": bounce_gateway_nl,
    "nl_isp": bounce_nl_isp,
    "qmail_it": bounce_qmail_it,
    "it_isp": bounce_it_isp,
}


def lines(*parts: str) -> str:
    """Hand-written text, one argument a line."""
    return "\n".join(parts)


WORKDAY_HTML: Final = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#333">
<p>Sehr geehrte Damen und Herren,</p>
<p>hiermit avisieren wir Ihnen folgende Zahlung:</p>
<table cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><td><b>Zahlungsempfänger</b></td><td>Talbot &amp; Rees Chartered Surveyors</td></tr>
<tr><td><b>Lieferantennummer</b></td><td>K-700215</td></tr>
<tr><td><b>Zahlungs-ID</b></td><td>PAY-0046712</td></tr>
<tr><td><b>Zahlungsdatum</b></td><td>23.03.2027</td></tr>
<tr><td><b>Zahlungsart</b></td><td>Auslandsüberweisung (SWIFT)</td></tr>
<tr><td><b>Betrag</b></td><td>9.870,00 GBP</td></tr>
</table>
<br>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#f0f0f0"><th>Rechnungsnummer</th><th>Rechnungsdatum</th><th>Gezahlter Betrag</th></tr>
<tr><td>TR/26/0379</td><td>29.01.2027</td><td align="right">9.870,00 GBP</td></tr>
</table>
<p>Bei Rückfragen wenden Sie sich bitte an <a href="mailto:kreditoren@rheinhafen-reif.example">kreditoren@rheinhafen-reif.example</a>.</p>
<p style="color:#888;font-size:8pt">Diese Nachricht wurde automatisch aus Workday erstellt. Bitte antworten Sie nicht auf diese E-Mail.</p>
</body></html>
"""

PAYMENT_SENT: Final = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        name="Callum Ferris",
        addr="callum.ferris@gmail.com",
        sent="2027-03-27 08:41",
        client="iphone",
        lag=3,
        inv="TR/26/0412",
        amt="725.00",
        svc="RICS Level 2 Home Survey – 9 Kestrel Close, Portishead",
        text="Paid.",
        hard=True,
        facts=Facts(note="one-word reply from a phone; no date, amount or reference"),
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        name="Northgate Homes Payables",
        addr="payables@northgate-homes.example",
        sent="2027-03-31 06:02",
        client="system",
        threaded=False,
        inv="TR/26/0401",
        amt="3096.00",
        subject="Payment Advice - Northgate Homes Ltd - Payment 500231884",
        headers=(("Auto-Submitted", "auto-generated"), ("X-Mailer", "Oracle Fusion Payables")),
        text=lines(
            "This is an automated notification from Northgate Homes Ltd. Please do not reply to this email.",
            "",
            "REMITTANCE ADVICE",
            "",
            "Supplier:          TALBOT & REES CHARTERED SURVEYORS",
            "Supplier Number:   30418",
            "Supplier Site:     BRISTOL",
            "Payment Number:    500231884",
            "Payment Date:      31-MAR-2027",
            "Payment Method:    BACS",
            "Payment Currency:  GBP",
            "Payment Amount:    7,416.00",
            "",
            "Invoice Number   Invoice Date   Description                              Amount Paid",
            "TR/26/0388       08-FEB-2027    Monitoring fee stage 2 – Harbourside        4,320.00",
            "TR/26/0401       15-FEB-2027    Monitoring fee stage 3 – Harbourside        3,096.00",
            "",
            "Funds should reach your account within three working days. Please send remittance queries to payables@northgate-homes.example, quoting the payment number.",
        ),
        hard=True,
        facts=Facts(
            day="2027-03-31",
            ref="500231884",
            amount="7416.00",
            currency="GBP",
            refs=("TR/26/0388", "TR/26/0401"),
            note="Oracle Payables remittance advice with Auto-Submitted: auto-generated: automatic, but a payment advice, not an auto_reply; the amount is the payment total",
        ),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        name="Priya Raman",
        addr="p.raman@hollisvarga.example",
        sent="2027-04-09 16:47",
        client="outlook",
        charset="windows-1252",
        lag=2,
        inv="TR/26/0436",
        amt="1140.00",
        svc="RICS Level 3 building survey – 7 Belvoir Terrace, Clifton",
        text=lines(
            "Dear Sirs",
            "",
            "Our clients: Mr and Mrs D Okafor",
            "Property: 7 Belvoir Terrace, Clifton, Bristol BS8 4RW",
            "",
            "Completion took place at 14:20 today and, on our clients’ instructions, we have paid your fee of £1,140.00 (invoice TR/26/0436) out of the completion monies by CHAPS. Our payment reference is HVL/OKA/3317-2.",
            "",
            "I should be grateful if you would mark the invoice as settled and let me have a receipted copy for our completion file.",
            "",
            "Kind regards",
            "",
            "Priya Raman",
            "Senior Conveyancing Executive",
            "Hollis Varga LLP",
            "Queen Square House, 18 Queen Square, Bristol BS1 4NH",
            "DX 7841 Bristol | 0117 496 0815",
            "",
            "Hollis Varga LLP is a limited liability partnership registered in England and Wales and is authorised and regulated by the Solicitors Regulation Authority. This email and any attachments are confidential and may be legally privileged. If you have received it in error, please tell the sender and delete it. We will never tell you about a change to our bank details by email: always telephone us on a number you already know before sending money.",
        ),
        hard=True,
        facts=Facts(
            day="2027-04-09",
            ref="HVL/OKA/3317-2",
            amount="1140.00",
            currency="GBP",
            refs=("TR/26/0436",),
            note="solicitor paying from completion monies today; asking for a receipted copy does not make it an invoice_request",
        ),
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        name="Jonas Albrecht",
        addr="j.albrecht@albrecht-projektbau.example",
        sent="2027-04-06 07:58",
        client="outlook_ios",
        cte="base64",
        lag=2,
        inv="TR/26/0423",
        amt="2880.00",
        svc="Projektmonitoring, Teilrechnung 2 von 4 – Quayside Lofts",
        text="erledigt",
        hard=True,
        facts=Facts(note="one word ('done') answering an overdue reminder: payment_sent, no date"),
    ),
    Reply(
        key="ps-de-2",
        intent="payment_sent",
        lang="de",
        name="Rheinhafen REIF – Kreditorenbuchhaltung",
        addr="workday-noreply@rheinhafen-reif.example",
        sent="2027-03-23 11:15",
        client="system_html",
        threaded=False,
        inv="TR/26/0379",
        amt="9870.00",
        subject="Zahlungsavis PAY-0046712 – Talbot & Rees Chartered Surveyors",
        headers=(("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Notifications")),
        markup=WORKDAY_HTML,
        text=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "hiermit avisieren wir Ihnen folgende Zahlung:",
            "",
            "Zahlungsempfänger:  Talbot & Rees Chartered Surveyors",
            "Lieferantennummer:  K-700215",
            "Zahlungs-ID:        PAY-0046712",
            "Zahlungsdatum:      23.03.2027",
            "Zahlungsart:        Auslandsüberweisung (SWIFT)",
            "Betrag:             9.870,00 GBP",
            "",
            "Rechnungsnummer   Rechnungsdatum   Gezahlter Betrag",
            "TR/26/0379        29.01.2027       9.870,00 GBP",
            "",
            "Bei Rückfragen wenden Sie sich bitte an kreditoren@rheinhafen-reif.example.",
            "",
            "Diese Nachricht wurde automatisch aus Workday erstellt. Bitte antworten Sie nicht auf diese E-Mail.",
        ),
        facts=Facts(
            day="2027-03-23",
            ref="PAY-0046712",
            amount="9870.00",
            currency="GBP",
            refs=("TR/26/0379",),
            note="Workday payment advice, HTML table with a plain-text part, Auto-Submitted: auto-generated",
        ),
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        name="Claire Dutertre",
        addr="claire.dutertre@fonciere-vauban.example",
        sent="2027-04-01 10:22",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0409",
        amt="3480.00",
        cur="EUR",
        svc="Évaluation Red Book – immeuble de bureaux, Temple Quarter, Bristol",
        text=lines(
            "Bonjour,",
            "",
            "Le virement de 3 480,00 € correspondant à la facture TR/26/0409 est parti ce matin (référence de l'opération : VIR-0104-88213). Comptez 24 à 48 heures pour la réception des fonds.",
            "",
            "Toutes nos excuses pour ce retard : la facture était restée bloquée dans notre circuit de validation.",
            "",
            "Bien cordialement,",
            "",
            "Claire Dutertre",
            "Asset Manager",
            "Foncière Vauban Europe",
            "12, rue de la Pépinière – 75008 Paris",
        ),
        facts=Facts(
            day="2027-04-01",
            ref="VIR-0104-88213",
            amount="3480.00",
            currency="EUR",
            refs=("TR/26/0409",),
        ),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        name="Élodie Marchand",
        addr="e.marchand@orange-perso.example",
        sent="2027-04-12 19:34",
        client="iphone",
        lag=3,
        inv="TR/26/0430",
        amt="690.00",
        svc="Rapport d'expertise bâtiment (niveau 2) – 31 Alma Vale Road, Bristol",
        text="Bonsoir, j'ai regle par carte bancaire mardi dernier sur votre site de paiement en ligne, vous devriez l'avoir recu. Cordialement, E. Marchand",
        hard=True,
        facts=Facts(
            day="2027-04-06",
            note="typed on a phone without accents; 'mardi dernier' written on Monday 12 April is 6 April",
        ),
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        name="Nuria Campos",
        addr="contabilidad@altamira-residencial.example",
        sent="2027-04-05 12:10",
        client="outlook",
        lag=2,
        inv="TR/26/0416",
        amt="2150.00",
        svc="Informe de seguimiento de obra, fase 1 – Harbour Walk, Bristol",
        attach=(
            "Justificante_transferencia_TR-26-0416.pdf",
            fake_pdf("Orden de transferencia 2027040200183 - 2.150,00 GBP"),
        ),
        text=lines(
            "Buenos días:",
            "",
            "Adjuntamos el justificante de la transferencia realizada el viernes por importe de 2.150,00 £, correspondiente a la factura TR/26/0416. La referencia de la operación es 2027040200183.",
            "",
            "Les rogamos que lo tengan en cuenta y den por atendido el recordatorio.",
            "",
            "Un saludo,",
            "",
            "Nuria Campos",
            "Departamento de Contabilidad",
            "Inversiones Altamira Residencial, S.L.",
            "Paseo de la Castellana 141, 28046 Madrid",
            "",
            "Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario indicado, le rogamos que lo comunique al remitente y proceda a su eliminación. Sus datos de contacto se tratan conforme al Reglamento (UE) 2016/679.",
        ),
        facts=Facts(
            day="2027-04-02",
            ref="2027040200183",
            amount="2150.00",
            currency="GBP",
            refs=("TR/26/0416",),
            note="'el viernes' written on Monday 5 April is Friday 2 April; the bank confirmation is attached as a PDF",
        ),
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        name="Lucía Beltrán",
        addr="lucia.beltran.r@gmail.com",
        sent="2027-03-24 21:15",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0410",
        amt="540.00",
        svc="Informe de inspección (nivel 2) – 4 Clarence Mews, Bath",
        text=lines(
            "Hola:",
            "",
            "¿Seguro? Esto ya lo pagué el 19 de marzo con la tarjeta, a través del enlace que venía en la factura. ¿No os consta? Si queréis os mando una captura del cargo.",
            "",
            "Saludos,",
            "Lucía",
        ),
        hard=True,
        facts=Facts(
            day="2027-03-19",
            note="a payment claim wrapped in questions; the card payment was on 19 March",
        ),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        name="Rutger van Dijk",
        addr="r.vandijk@kadevastgoed.example",
        sent="2027-03-31 15:40",
        client="outlook",
        charset="windows-1252",
        lag=2,
        inv="TR/26/0397",
        amt="4650.00",
        svc="Projectmonitoring, deelfactuur 2 van 5 – studentenhuisvesting Spike Island",
        text=lines(
            "Hoi,",
            "",
            "Dank voor je mail. Even los daarvan: ik wilde je sowieso nog bellen over het bouwoverleg van volgende week. De aannemer heeft laten weten dat de gevelpanelen voor blok B pas in week 17 worden geleverd, dus ik vraag me af of het zin heeft dat Mark dan al komt inspecteren, of dat we die inspectie beter een paar weken kunnen opschuiven. Ook zou ik in het volgende rapport graag een aparte paragraaf zien over de brandwerende voorzieningen in het trappenhuis, want daar stelt de financier vragen over.",
            "",
            "O ja, de factuur is gisteren betaald, kenmerk KVO-2027-0330-117, dus die kun je afvinken. Hij was blijven liggen omdat onze controller op vakantie was.",
            "",
            "Verder: kun je laten weten of het concept van het kostenrapport nog deze maand komt? Dan plan ik het intern in.",
            "",
            "Groet,",
            "Rutger",
            "",
            "Rutger van Dijk | Projectmanager",
            "Kade Vastgoed Ontwikkeling B.V.",
            "Veemkade 310, 1019 HD Amsterdam",
        ),
        hard=True,
        facts=Facts(
            day="2027-03-30",
            ref="KVO-2027-0330-117",
            note="the payment is buried in a long message about the project; 'gisteren' on Wednesday 31 March",
        ),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        name="Annelies Bosman",
        addr="a.bosman@bosman-vastgoed.example",
        sent="2027-03-25 10:05",
        client="thunderbird",
        cte="8bit",
        inv="TR/26/0393",
        amt="1865.00",
        cur="EUR",
        svc="Taxatierapport kantoorpand – Temple Gate 14, Bristol",
        text=lines(
            "Goedemorgen,",
            "",
            "Het bedrag van € 1.865,00 is op maandag 22 maart overgemaakt, met het factuurnummer TR/26/0393 als omschrijving. Waarschijnlijk hebben de betaling en uw herinnering elkaar gekruist.",
            "",
            "Met vriendelijke groet,",
            "",
            "Annelies Bosman",
            "Bosman Vastgoedbeheer",
        ),
        facts=Facts(
            day="2027-03-22",
            amount="1865.00",
            currency="EUR",
            refs=("TR/26/0393",),
            note="the invoice number was the only transfer description, so no payment reference",
        ),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        name="Federica Gatti",
        addr="amministrazione@immobiliarelario.example",
        sent="2027-04-13 11:20",
        client="outlook",
        charset="windows-1252",
        inv="TR/26/0420",
        amt="4200.00",
        cur="EUR",
        svc="Due diligence tecnica – edificio uffici, Queen Square, Bristol",
        text=lines(
            "Buongiorno,",
            "",
            "vi informiamo che ieri abbiamo disposto il bonifico di € 4.200,00 a saldo della vostra fattura TR/26/0420. Il CRO dell’operazione è 27089123401.",
            "",
            "Restiamo a disposizione per eventuali verifiche.",
            "",
            "Cordiali saluti",
            "",
            "Federica Gatti",
            "Ufficio Amministrazione",
            "Immobiliare Lario S.r.l.",
            "Via Cavour 27 – 22100 Como",
            "",
            "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se lo avete ricevuto per errore, vi preghiamo di darne comunicazione al mittente e di cancellarlo (Reg. UE 2016/679).",
        ),
        facts=Facts(
            day="2027-04-12",
            ref="27089123401",
            amount="4200.00",
            currency="EUR",
            refs=("TR/26/0420",),
            note="'ieri abbiamo disposto il bonifico': the transfer was instructed on Monday 12 April",
        ),
    ),
]

PROMISE_TO_PAY: Final = [
    Reply(
        key="pp-en-1",
        intent="promise_to_pay",
        lang="en",
        name="Tom Hadley",
        addr="t.hadley@quarrybank-living.example",
        sent="2027-04-12 07:52",
        client="outlook_ios",
        cte="base64",
        lag=2,
        inv="TR/26/0427",
        amt="3300.00",
        svc="Project monitoring – fee stage 3 of 6, Mill Lane, Keynsham",
        subject="Out of office till Thurs – RE: {rsub}",
        text=lines(
            "Morning,",
            "",
            "I’m out on site visits all week so only on my phone, hence the subject line. This one just needs my sign-off in the system and I can only do that from the office. I’m back in on Thursday and will approve it first thing, so it’ll go out on Friday’s BACS run.",
            "",
            "Sorry for the delay on this one.",
            "",
            "Tom",
            "",
            "Tom Hadley",
            "Development Manager | Quarrybank Living",
        ),
        hard=True,
        facts=Facts(
            day="2027-04-16",
            note="a person writing, although the subject says out of office; Friday's payment run after Monday 12 April is 16 April",
        ),
    ),
    Reply(
        key="pp-en-2",
        intent="promise_to_pay",
        lang="en",
        name="Rosie Kendrick",
        addr="rosie.kendrick@marlowpike.example",
        sent="2027-03-31 14:25",
        client="outlook_plain",
        inv="TR/26/0418",
        amt="950.00",
        svc="Mortgage valuation – Flat 3, 22 Cornwallis Crescent, Clifton",
        text=lines(
            "Dear Sir/Madam",
            "",
            "Thank you for your email. We act for Ms Alison Reeve in her purchase of Flat 3, 22 Cornwallis Crescent.",
            "",
            "Our client has asked us to pay your valuation fee from the completion monies. Contracts were exchanged yesterday and completion is fixed for Monday week, so you will receive payment from this office on that day. Please do not chase Ms Reeve directly in the meantime.",
            "",
            "Yours faithfully",
            "",
            "Rosie Kendrick",
            "Paralegal, Residential Property",
            "Marlow Pike Solicitors",
            "",
            "Marlow Pike Solicitors is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and intended only for the addressee.",
        ),
        hard=True,
        facts=Facts(
            day="2027-04-12",
            note="payment on completion, and completion is 'Monday week': written on Wednesday 31 March, that is 12 April (the Monday after next)",
        ),
    ),
    Reply(
        key="pp-en-3",
        intent="promise_to_pay",
        lang="en",
        name="Dana Whitcombe",
        addr="dwhitcombe@halyardstreet.example",
        sent="2027-04-01 21:40",
        zone="NY",
        loc="us",
        client="outlook",
        lag=1,
        inv="TR/26/0411",
        amt="6250.00",
        svc="Red Book valuation – Temple Point office portfolio",
        text=lines(
            "Hi there,",
            "",
            "Apologies – this got caught up in our quarter-end close. It’s approved now and I’ll release the wire for GBP 6,250.00 tomorrow morning our time, so it should land with you Friday afternoon UK time.",
            "",
            "Best,",
            "Dana",
            "",
            "Dana Whitcombe",
            "Vice President, Asset Management",
            "Halyard Street Capital | New York, NY",
            "",
            "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.",
        ),
        hard=True,
        facts=Facts(
            day="2027-04-02",
            amount="6250.00",
            currency="GBP",
            note="sent at 21:40 in New York, already 2 April in Bristol: 'tomorrow' in the sender's time zone is 2 April",
        ),
    ),
    Reply(
        key="pp-de-1",
        intent="promise_to_pay",
        lang="de",
        name="Markus Lindner",
        addr="m.lindner@lindner-wohnbau.example",
        sent="2027-04-01 16:05",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0425",
        amt="2460.00",
        svc="Technische Due Diligence – Wohnanlage Filton Road, Bristol",
        text=lines(
            "Hallo zusammen,",
            "",
            "danke für die Erinnerung. Die Rechnung TR/26/0425 ist freigegeben und für den Zahllauf in KW 15 eingeplant. Sollte es doch früher klappen, gebe ich Bescheid.",
            "",
            "Viele Grüße",
            "Markus Lindner",
            "",
            "Lindner Wohnbau GmbH & Co. KG",
            "Projektentwicklung",
            "Leopoldstraße 88, 80802 München",
        ),
        hard=True,
        facts=Facts(
            day="2027-04-12",
            refs=("TR/26/0425",),
            note="'KW 15' is 12–18 April 2027 and a week resolves to its Monday, as 'next week' does; past participles describe a future payment",
        ),
    ),
    Reply(
        key="pp-de-2",
        intent="promise_to_pay",
        lang="de",
        name="Petra Vogelsang",
        addr="p.vogelsang@elbufer-immobilien.example",
        sent="2027-03-23 09:47",
        client="tb_inline",
        charset="iso-8859-1",
        cte="8bit",
        inv="TR/26/0406",
        amt="5120.00",
        svc="Instandhaltungsgutachten, Logistikhalle Avonmouth",
        text=lines(
            "{attr}",
            "> Sehr geehrte Damen und Herren,",
            ">",
            "> nach unseren Unterlagen ist die folgende Rechnung fällig und noch nicht beglichen:",
            ">",
            ">   Rechnungsnummer:  TR/26/0406",
            ">   Leistung:         Instandhaltungsgutachten, Logistikhalle Avonmouth",
            "",
            "Guten Morgen,",
            "",
            "die Rechnung haben wir nicht vergessen. Wir begleichen sie zum Quartalsende, zusammen mit den übrigen offenen Posten aus dem Projekt.",
            "",
            "> Falls Sie die Rechnung bereits bezahlt haben, danken wir Ihnen und bitten um eine kurze Nachricht mit Zahlungsdatum und Verwendungszweck",
            "",
            "Nein, bezahlt ist sie noch nicht, siehe oben.",
            "",
            "Mit freundlichen Grüßen",
            "Petra Vogelsang",
            "",
            "-- ",
            "Elbufer Immobilien GmbH",
            "Große Elbstraße 212, 22767 Hamburg",
        ),
        hard=True,
        facts=Facts(
            day="2027-03-31",
            note="inline answer in Latin-1 Thunderbird; 'zum Quartalsende' on 23 March is 31 March; the negations ('nicht vergessen', 'noch nicht bezahlt') are no payment claim",
        ),
    ),
    Reply(
        key="pp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        name="Julien Carrère",
        addr="j.carrere@residences-garonne.example",
        sent="2027-03-30 11:18",
        client="outlook",
        charset="windows-1252",
        inv="TR/26/0413",
        amt="2975.00",
        cur="EUR",
        svc="Suivi de chantier, tranche 2 – Wapping Wharf, Bristol",
        text=lines(
            "Bonjour,",
            "",
            "Nous avons bien reçu votre relance. Notre trésorerie est un peu tendue en cette fin de trimestre, mais nous réglerons la facture TR/26/0413 à la mi-avril, par virement.",
            "",
            "Je vous remercie de votre patience.",
            "",
            "Bien à vous,",
            "",
            "Julien Carrère",
            "Directeur administratif et financier",
            "Résidences Garonne",
            "",
            "Ce message et ses pièces jointes sont confidentiels et établis à l’intention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci d’en avertir immédiatement l’expéditeur et de le détruire.",
        ),
        hard=True,
        facts=Facts(
            day="2027-04-15", refs=("TR/26/0413",), note="'à la mi-avril' is read as 15 April"
        ),
    ),
    Reply(
        key="pp-fr-2",
        intent="promise_to_pay",
        lang="fr",
        name="Nathalie Ribeiro",
        addr="nathalie.ribeiro@cabinet-ribeiro.example",
        sent="2027-04-02 17:03",
        client="apple",
        inv="TR/26/0424",
        amt="1320.00",
        svc="Évaluation pour prêt hypothécaire – 5 Royal York Crescent, Bristol",
        text=lines(
            "Bonjour,",
            "",
            "Le virement a été programmé hier pour le 9 avril : il partira ce jour-là avec nos autres règlements fournisseurs.",
            "",
            "Bonne fin de journée,",
            "Nathalie Ribeiro",
            "Cabinet Ribeiro – Gestion de patrimoine",
        ),
        hard=True,
        facts=Facts(
            day="2027-04-09",
            note="past tense ('a été programmé hier') for a transfer that leaves on 9 April",
        ),
    ),
    Reply(
        key="pp-es-1",
        intent="promise_to_pay",
        lang="es",
        name="Javier Muñoz Ortega",
        addr="jmunoz@promociones-sierranorte.example",
        sent="2027-04-07 13:31",
        client="outlook",
        inv="TR/26/0421",
        amt="3890.00",
        cur="EUR",
        svc="Seguimiento de obra, fase 2 de 4 – Finzels Reach, Bristol",
        text=lines(
            "Buenas tardes:",
            "",
            "Disculpen el retraso. Estamos pendientes de cobrar una certificación de la promotora y, en cuanto nos entre, les pagamos. En cualquier caso, la factura quedará abonada dentro de este mes.",
            "",
            "Saludos cordiales,",
            "",
            "Javier Muñoz Ortega",
            "Director Financiero",
            "Promociones Sierra Norte, S.A.",
        ),
        hard=True,
        facts=Facts(
            day="2027-04-30",
            note="'dentro de este mes' is the last day of April; the firm deadline outweighs the earlier condition",
        ),
    ),
    Reply(
        key="pp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        name="Sanne de Wit",
        addr="sanne@dewit-architectuur.example",
        sent="2027-04-07 20:12",
        client="iphone",
        inv="TR/26/0432",
        amt="780.00",
        svc="Bouwkundige keuring (niveau 2) – 17 Cotham Vale, Bristol",
        text=lines(
            "Hoi, sorry, die is erdoorheen geglipt. Ik maak hem volgende week over.",
            "",
            "Groet, Sanne",
        ),
        facts=Facts(day="2027-04-12", note="'volgende week' resolves to the Monday of next week"),
    ),
    Reply(
        key="pp-nl-2",
        intent="promise_to_pay",
        lang="nl",
        name="Koen Verhoeven",
        addr="k.verhoeven@verhoeven-bouw.example",
        sent="2027-03-26 10:40",
        client="outlook",
        inv="TR/26/0405",
        amt="2200.00",
        svc="Voortgangsrapport voor de financier – termijn 3, Castle Park",
        text=lines(
            "Goedemorgen,",
            "",
            "Wij betalen de factuur zodra de bank de volgende termijn uit het bouwdepot vrijgeeft. Daarvoor is jullie voortgangsrapport nodig, en dat hebben we inmiddels ingediend. Normaal gesproken duurt dat een week of twee.",
            "",
            "Met vriendelijke groet,",
            "",
            "Koen Verhoeven",
            "Verhoeven Bouw & Ontwikkeling B.V.",
        ),
        hard=True,
        facts=Facts(
            note="payment promised on a condition (the bank releasing funds); 'een week of twee' estimates the bank, it fixes no date"
        ),
    ),
    Reply(
        key="pp-it-1",
        intent="promise_to_pay",
        lang="it",
        name="Giulia Ferrante",
        addr="g.ferrante@ferrante-costruzioni.example",
        sent="2027-03-22 15:26",
        client="gmail",
        charset="UTF-8",
        lag=2,
        inv="TR/26/0399",
        amt="1750.00",
        cur="EUR",
        svc="Perizia tecnica, fase 1 – Redcliffe Quarter",
        text=lines(
            "Buongiorno,",
            "",
            "grazie per il promemoria. Provvederemo al pagamento entro venerdì, appena rientra il titolare che deve firmare la disposizione.",
            "",
            "Cordiali saluti,",
            "Giulia Ferrante",
            "Ferrante Costruzioni S.r.l.",
        ),
        facts=Facts(
            day="2027-03-26",
            note="'entro venerdì' on Monday 22 March is 26 March (a working day in Italy)",
        ),
    ),
    Reply(
        key="pp-it-2",
        intent="promise_to_pay",
        lang="it",
        name="Marco Bellini",
        addr="marco.bellini@libero.it",
        sent="2027-04-14 18:09",
        client="samsung",
        cte="base64",
        inv="TR/26/0434",
        amt="2640.00",
        cur="EUR",
        svc="Rilievo e perizia – magazzino Cabot Circus",
        text="Salve, il pagamento e stato autorizzato stamattina dal nostro amministratore e partira il 20, insieme agli altri fornitori. Scusate il ritardo ma eravamo in chiusura di bilancio.\nMarco",
        hard=True,
        facts=Facts(
            day="2027-04-20",
            note="past tense ('è stato autorizzato') for a payment that leaves on the 20th; accents missing",
        ),
    ),
]

DISPUTE: Final = [
    Reply(
        key="di-en-1",
        intent="dispute",
        lang="en",
        name="Joel Price",
        addr="joel.price84@gmail.com",
        sent="2027-04-08 21:47",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0431",
        amt="895.00",
        svc="RICS Level 3 building survey – 28 Hampton Park, Redland",
        text=lines(
            "We have NOT paid this and we won't be paying it until we actually receive the survey report.",
            "",
            "Your surveyor came out on the 25th of March, we were told we'd have the report within five working days, and we've had nothing. I've chased twice by phone and was promised a call back both times. Our mortgage offer expires at the end of the month and we still don't know whether the roof is a problem.",
            "",
            "Please don't send me any more reminders for invoice 0431 until the report is in my inbox.",
            "",
            "Joel Price",
        ),
        hard=True,
        facts=Facts(
            refs=("TR/26/0431",),
            note="negated payment ('we have NOT paid'); report never delivered = service not done; pausing reminders for this invoice until it is fixed is part of the dispute, not an unsubscribe; '0431' is short for TR/26/0431",
        ),
    ),
    Reply(
        key="di-en-2",
        intent="dispute",
        lang="en",
        name="Ian Mortimer",
        addr="ian.mortimer@fernhill-estates.example",
        sent="2027-03-24 12:30",
        client="tb_inline",
        inv="TR/26/0402",
        amt="3960.00",
        svc="Project monitoring – fee stage 3, Fernhill Park phase 2",
        text=lines(
            "{attr}",
            "> Our records show that the invoice below has now passed its due date.",
            ">",
            ">   Invoice number:   TR/26/0402",
            ">   Description:      Project monitoring – fee stage 3, Fernhill Park phase 2",
            "",
            "Stage 3 of the monitoring, yes.",
            "",
            ">   Balance due:      £3,960.00",
            "",
            "Not agreed. Your fee letter of 11 January fixes stage 3 at £2,750.00 plus VAT, i.e. £3,300.00. Nobody told us about an increase and nobody asked us to approve one.",
            "",
            "> If anything on the invoice needs attention, simply reply to this email and we will look into it.",
            "",
            "Please do. Send us a credit note for the £660.00 difference and the rest will go on the next payment run.",
            "",
            "Ian Mortimer",
            "Commercial Manager, Fernhill Estates",
        ),
        hard=True,
        facts=Facts(
            note="inline answer in Thunderbird; fee above the agreed fee letter; paying the rest after a credit note is conditional, not a promise"
        ),
    ),
    Reply(
        key="di-en-3",
        intent="dispute",
        lang="en",
        name="Michelle Anders",
        addr="accounts.payable@brackenridge-ha.example",
        sent="2027-04-14 10:02",
        client="outlook",
        inv="TR/26/0429",
        amt="2640.00",
        svc="Stock condition survey – Rowan Court, blocks A–C",
        text=lines(
            "Good morning,",
            "",
            "We have two invoices from you on our ledger for the Rowan Court stock condition survey:",
            "",
            "TR/26/0384 – £2,640.00 – paid 12 March 2027, BACS ref BHA-PAY-20994",
            "TR/26/0429 – £2,640.00 – the subject of your reminder",
            "",
            "Same survey, same blocks, same amount. We are treating 0429 as a duplicate and will not be paying it. Please cancel it and confirm by return that our account is clear.",
            "",
            "Kind regards",
            "",
            "Michelle Anders",
            "Accounts Payable Officer",
            "Brackenridge Housing Association",
            "Registered Society No. 31207R",
        ),
        hard=True,
        facts=Facts(
            refs=("TR/26/0384", "TR/26/0429"),
            note="the payment reported is of the earlier invoice; the reminded one is disputed as a duplicate, so dispute wins",
        ),
    ),
    Reply(
        key="di-de-1",
        intent="dispute",
        lang="de",
        name="Dr. Friederike Haas",
        addr="f.haas@haas-vermoegen.example",
        sent="2027-03-30 09:20",
        client="outlook",
        charset="windows-1252",
        lag=2,
        inv="TR/26/0408",
        amt="1980.00",
        svc="Wertgutachten – 16 Richmond Park Road, Bristol",
        text=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "bevor wir über Zahlung reden: Ihr Gutachter hat am 9. März offenbar das falsche Gebäude besichtigt. Das Gutachten beschreibt die Hausnummer 14, beauftragt war die Nr. 16 – anderes Baujahr, andere Wohnfläche, sogar ein anderer Dachaufbau. Für unsere Bank ist das Gutachten damit wertlos.",
            "",
            "Die Rechnung TR/26/0408 werden wir nicht begleichen, solange kein Gutachten für das richtige Objekt vorliegt. Bitte veranlassen Sie eine neue Besichtigung.",
            "",
            "Mit freundlichen Grüßen",
            "",
            "Dr. Friederike Haas",
            "Geschäftsführerin",
            "Haas Vermögensverwaltung GmbH",
            "Sitz der Gesellschaft: Frankfurt am Main",
        ),
        facts=Facts(
            refs=("TR/26/0408",),
            note="the wrong building was surveyed: the service ordered was not done; payment withheld until it is",
        ),
    ),
    Reply(
        key="di-de-2",
        intent="dispute",
        lang="de",
        name="Jana Peters",
        addr="buchhaltung@nordlicht-wohnen.example",
        sent="2027-04-08 14:12",
        client="owa",
        inv="TR/26/0396",
        amt="1450.00",
        svc="Wertgutachten – Wohnanlage St Paul's, Bristol",
        text=lines(
            "Guten Tag,",
            "",
            "zu der angemahnten Rechnung TR/26/0396 haben Sie uns am 4. März eine Gutschrift über den vollen Betrag erteilt (Gutschrift CN/26/0027), nachdem der zweite Besichtigungstermin entfallen war. Die Forderung ist damit aus unserer Sicht erledigt.",
            "",
            "Bitte gleichen Sie Ihr Debitorenkonto entsprechend ab. Eine Kopie der Gutschrift schicke ich Ihnen gern noch einmal.",
            "",
            "Freundliche Grüße",
            "i. A. Jana Peters",
            "Buchhaltung",
            "Nordlicht Wohnen GmbH",
        ),
        hard=True,
        facts=Facts(
            refs=("TR/26/0396",),
            note="already credited in full; 'erledigt' here means settled by the credit note, not paid",
        ),
    ),
    Reply(
        key="di-fr-1",
        intent="dispute",
        lang="fr",
        name="Sophie Lemaire",
        addr="s.lemaire@lemaire-patrimoine.example",
        sent="2027-04-06 10:55",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0417",
        amt="2100.00",
        cur="EUR",
        svc="Évaluation Red Book – 40 Victoria Street, Bristol",
        text=lines(
            "Bonjour,",
            "",
            "Je pense qu'il y a une erreur de destinataire. Notre société n'a jamais mandaté votre cabinet pour cette évaluation : c'est la banque prêteuse qui l'a commandée pour son propre dossier de financement, et c'est donc à elle de la régler. Nous n'avons signé aucune lettre de mission.",
            "",
            "Merci d'annuler cette facture établie à notre nom.",
            "",
            "Cordialement,",
            "Sophie Lemaire",
            "Lemaire Patrimoine",
        ),
        hard=True,
        facts=Facts(
            note="denies having ordered the work (not our instruction): a dispute, although it begins with 'erreur de destinataire'"
        ),
    ),
    Reply(
        key="di-es-1",
        intent="dispute",
        lang="es",
        name="Carmen Ortega",
        addr="cortega@grupo-levante.example",
        sent="2027-03-24 16:45",
        client="outlook",
        inv="TR/26/0403",
        amt="4400.00",
        svc="Seguimiento de obra, fase 3 (final de obra) – Temple Island",
        text=lines(
            "Buenas tardes:",
            "",
            "La factura TR/26/0403 corresponde a la fase 3 del seguimiento (emisión del certificado de final de obra), y ese hito todavía no se ha alcanzado: la obra sigue en curso y el certificado no se espera hasta junio. Según el contrato, esa fase no es facturable hasta entonces.",
            "",
            "Por tanto, no vamos a tramitar el pago. Les rogamos que anulen la factura y la vuelvan a emitir cuando corresponda.",
            "",
            "Un saludo,",
            "",
            "Carmen Ortega",
            "Control de Gestión",
            "Grupo Levante Inversiones",
        ),
        facts=Facts(refs=("TR/26/0403",), note="fee stage invoiced before its milestone"),
    ),
    Reply(
        key="di-es-2",
        intent="dispute",
        lang="es",
        name="Ramón Iglesias",
        addr="administracion@residencialtajo.example",
        sent="2027-04-15 12:20",
        client="outlook_plain",
        charset="iso-8859-1",
        inv="TR/26/0438",
        amt="1920.00",
        svc="Visitas de inspección de obra – marzo 2027 (4 visitas)",
        text=lines(
            "Buenos días,",
            "",
            "Revisando la factura TR/26/0438 vemos que se nos cobran cuatro visitas de inspección en marzo, cuando en realidad sólo hubo dos (el 4 y el 18, según las actas firmadas por nuestro jefe de obra). Las otras dos se anularon por la lluvia y no se recuperaron.",
            "",
            "Pagaremos las dos visitas realizadas en cuanto recibamos una factura rectificativa. El importe actual no lo vamos a abonar.",
            "",
            "Atentamente,",
            "",
            "Ramón Iglesias",
            "Administración - Residencial Tajo, S.L.",
        ),
        facts=Facts(
            refs=("TR/26/0438",),
            note="quantity billed (four visits) against two made; ISO-8859-1 Outlook",
        ),
    ),
    Reply(
        key="di-nl-1",
        intent="dispute",
        lang="nl",
        name="Willem Jansen",
        addr="willem.jansen@jansen-holding.example",
        sent="2027-04-01 19:30",
        client="apple",
        inv="TR/26/0415",
        amt="1380.00",
        svc="Party wall award – 12 Cavendish Road, Bristol",
        text=lines(
            "Geachte heer, mevrouw,",
            "",
            "Ik begrijp niet waarom deze factuur aan mij is gericht. Ik ben de aangrenzende eigenaar (adjoining owner) van 12 Cavendish Road; mijn buurman laat de verbouwing uitvoeren. Volgens de Party Wall Act betaalt de bouwende eigenaar (building owner) de kosten van de surveyors, ook die van de surveyor die namens mij is aangesteld. Zo staat het ook in de award.",
            "",
            "Ik betaal deze factuur dus niet. Stuurt u hem naar de heer Hollings, de bouwende eigenaar.",
            "",
            "Met vriendelijke groet,",
            "Willem Jansen",
        ),
        hard=True,
        facts=Facts(
            note="party wall fees fall on the building owner: liability is denied, a dispute even though another payer is named"
        ),
    ),
    Reply(
        key="di-nl-2",
        intent="dispute",
        lang="nl",
        name="Femke Dekker",
        addr="f.dekker@dekker-hypotheekadvies.example",
        sent="2027-04-09 11:05",
        client="outlook",
        charset="windows-1252",
        inv="TR/26/0440",
        amt="1150.00",
        svc="Taxatierapport – 8 Belgrave Hill, Bristol",
        text=lines(
            "Goedemiddag,",
            "",
            "In het taxatierapport voor 8 Belgrave Hill staat een gebruiksoppervlakte van 112 m², terwijl de woning volgens de meetstaat 142 m² is. Daardoor is de getaxeerde waarde veel te laag uitgevallen en heeft de bank de financiering voorlopig afgewezen.",
            "",
            "Wij betalen de factuur pas als er een gecorrigeerd rapport ligt. Kunt u laten weten wanneer dat komt?",
            "",
            "Met vriendelijke groet,",
            "",
            "Femke Dekker",
            "Dekker Hypotheekadvies",
        ),
        facts=Facts(note="error in the report; payment withheld until it is corrected"),
    ),
    Reply(
        key="di-it-1",
        intent="dispute",
        lang="it",
        name="Ufficio Amministrazione – Fondo Tirreno",
        addr="amministrazione@fondotirreno.example",
        sent="2027-03-31 10:30",
        client="outlook",
        charset="windows-1252",
        inv="TR/26/0395",
        amt="6360.00",
        svc="Due diligence tecnica – portafoglio uffici, Bristol",
        text=lines(
            "Buongiorno,",
            "",
            "sulla fattura TR/26/0395 è stata applicata l’IVA britannica al 20% (£ 1.060,00). Trattandosi di una prestazione di servizi resa a un soggetto passivo stabilito in Italia, l’operazione non è imponibile nel Regno Unito e l’imposta va assolta da noi con il meccanismo dell’inversione contabile.",
            "",
            "Non possiamo quindi pagare l’importo richiesto. Vi chiediamo di emettere una nota di credito e una nuova fattura per il solo imponibile, indicando la nostra partita IVA riportata in calce.",
            "",
            "Cordiali saluti",
            "",
            "Ufficio Amministrazione",
            "Fondo Tirreno Immobiliare – SGR S.p.A.",
        ),
        hard=True,
        facts=Facts(
            refs=("TR/26/0395",),
            note="contests the VAT charged, so the amount is in dispute: dispute rather than invoice_request",
        ),
    ),
    Reply(
        key="di-it-2",
        intent="dispute",
        lang="it",
        name="Alessandro Greco",
        addr="a.greco@grecoimmobili.example",
        sent="2027-04-10 09:12",
        client="iphone",
        lag=4,
        inv="TR/26/0435",
        amt="860.00",
        cur="EUR",
        svc="Sopralluogo e perizia – appartamento 4, Harbour Heights",
        text="Scusate ma di che pagamento parliamo?? Il sopralluogo del 2 aprile non c e mai stato, il vostro perito non si e presentato e nessuno ci ha avvisato. Abbiamo perso una mattina ad aspettarlo. Finche non viene fatto il sopralluogo non paghiamo niente.\nAlessandro Greco",
        hard=True,
        facts=Facts(
            note="service not done (the inspection never took place); irritated, accents missing"
        ),
    ),
]

PAYMENT_PLAN: Final = [
    Reply(
        key="pl-en-1",
        intent="payment_plan",
        lang="en",
        name="Megan Doyle",
        addr="megan.doyle@homemail.example",
        sent="2027-03-23 22:05",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0404",
        amt="695.00",
        svc="RICS Level 2 Home Survey – 51 Sefton Park Road, Bristol",
        text=lines(
            "Hi,",
            "",
            "I'm really sorry this is late. We've had a nightmare few weeks – the valuation came in under the asking price, the mortgage offer was cut and every penny we have is going towards the bigger deposit.",
            "",
            "Would it be possible to hold off until after exchange? I could pay £200 now to show good faith and the remaining £495 after we exchange, which should be mid-April if the seller's side gets their act together.",
            "",
            "Thanks for understanding,",
            "Megan Doyle",
        ),
        hard=True,
        facts=Facts(
            note="asks for more time and a split; 'after exchange' cannot be dated and plan dates are not labelled"
        ),
    ),
    Reply(
        key="pl-en-2",
        intent="payment_plan",
        lang="en",
        name="Gemma Rowley",
        addr="finance@severnvale-homes.example",
        sent="2027-03-25 15:15",
        client="outlook_html",
        inv="TR/26/0390",
        amt="3840.00",
        svc="Stock condition survey – Kingsweston estate, phase 1",
        text=lines(
            "Dear Receivables team,",
            "",
            "Thank you for your reminder. Our board has frozen all non-essential expenditure until our new financial year begins on 1 April, and the stock condition programme falls within that freeze.",
            "",
            "Rather than leave the invoice outstanding, we would like to propose clearing it in three equal monthly instalments of £1,280.00, the first on 30 April. Please let us know whether this is acceptable and we will set up the payments.",
            "",
            "Yours sincerely",
            "",
            "Gemma Rowley",
            "Finance Business Partner",
            "Severn Vale Homes",
        ),
        facts=Facts(
            note="three monthly instalments proposed; HTML-only Outlook; instalment dates are not labelled"
        ),
    ),
    Reply(
        key="pl-en-3",
        intent="payment_plan",
        lang="en",
        name="Raj Mistry",
        addr="raj@mistry-developments.example",
        sent="2027-04-13 18:40",
        client="owa",
        inv="TR/26/0381",
        amt="5640.00",
        svc="Project monitoring – fee stages 2 and 3, Whitehall Road",
        text=lines(
            "Hi,",
            "",
            "I'll be straight with you, because I've always had a good relationship with Talbot & Rees and I don't want that to change.",
            "",
            "The Whitehall Road scheme has stalled. Our funder pulled out two weeks before the second drawdown, the contractor has demobilised and we're trying to refinance through a bridging lender, which is taking far longer than anyone hoped. Meanwhile we're carrying the site costs ourselves. I'm not disputing your invoice – the monitoring reports were excellent and the new lender will probably want you to carry on.",
            "",
            "What I can realistically do is £4,000 in full and final settlement of the £5,640 outstanding, paid within seven days of your agreement. If that's not acceptable I'd rather talk than have this go to a debt collector – please ring me on 07700 900461.",
            "",
            "Regards,",
            "Raj Mistry",
            "Director, Mistry Developments Ltd",
        ),
        hard=True,
        facts=Facts(
            note="a reduced amount offered in full and final settlement, explicitly not a dispute, buried in a long explanation"
        ),
    ),
    Reply(
        key="pl-de-1",
        intent="payment_plan",
        lang="de",
        name="Thomas Brandt",
        addr="t.brandt@brandt-bau.example",
        sent="2027-04-15 08:55",
        client="outlook_plain",
        charset="iso-8859-1",
        inv="TR/26/0419",
        amt="3150.00",
        svc="Baubegleitende Qualitätsüberwachung, Teilrechnung 1",
        text=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "wir bedauern den Zahlungsrückstand. Durch den Ausfall eines Großkunden ist unsere Liquidität derzeit stark angespannt.",
            "",
            "Wir schlagen Ihnen daher vor, den offenen Betrag von 3.150,00 GBP in drei Monatsraten zu je 1.050,00 GBP zu begleichen, beginnend Ende April. Alternativ bitten wir um Stundung bis zum 30. Juni.",
            "",
            "Für Ihr Verständnis danken wir Ihnen.",
            "",
            "Mit freundlichen Grüßen",
            "",
            "Thomas Brandt",
            "Geschäftsführer",
            "Brandt Bau GmbH",
        ),
        facts=Facts(
            note="instalments or a deferral; the dates belong to the plan and are not labelled"
        ),
    ),
    Reply(
        key="pl-fr-1",
        intent="payment_plan",
        lang="fr",
        name="Marc Aubert",
        addr="marc.aubert@laposte-perso.example",
        sent="2027-03-29 11:40",
        client="gmail",
        charset="UTF-8",
        lag=2,
        inv="TR/26/0441",
        amt="1140.00",
        svc="Rapport d'expertise bâtiment (niveau 3) – 3 Worcester Terrace, Bristol",
        text=lines(
            "Bonjour,",
            "",
            "Je reconnais bien sûr devoir cette somme, mais je ne peux pas la régler en une seule fois ce mois-ci : l'achat de l'appartement a englouti toutes mes économies. Serait-il possible d'échelonner le paiement en trois mensualités, d'avril à juin ?",
            "",
            "Merci d'avance pour votre compréhension.",
            "",
            "Marc Aubert",
        ),
        facts=Facts(note="three monthly instalments requested"),
    ),
    Reply(
        key="pl-fr-2",
        intent="payment_plan",
        lang="fr",
        name="Isabelle Fontaine",
        addr="isabelle.fontaine@mailo-perso.example",
        sent="2027-04-03 10:15",
        client="iphone",
        inv="TR/26/0443",
        amt="620.00",
        svc="Rapport d'expertise bâtiment (niveau 2) – 8 Chandos Road, Bristol",
        text="Bonjour, je suis au chomage depuis fevrier et je n'ai pas les moyens de payer la totalité maintenant. Est ce que vous pouvez m'accorder un délai de deux mois ? Je peux verser 100 € par mois si ca vous va. Merci de votre comprehension. Isabelle Fontaine",
        hard=True,
        facts=Facts(note="hardship: more time or monthly payments asked; accents partly missing"),
    ),
    Reply(
        key="pl-es-1",
        intent="payment_plan",
        lang="es",
        name="Ricardo Salas",
        addr="rsalas@salas-arquitectos.example",
        sent="2027-04-06 12:50",
        client="apple",
        inv="TR/26/0444",
        amt="1860.00",
        svc="Informe de estado de conservación – 2 Berkeley Square, Bristol",
        text=lines(
            "Hola:",
            "",
            "¿Podríamos fraccionar el pago de la factura en dos plazos? La mitad ahora y la otra mitad a 30 días. Este trimestre vamos muy justos de tesorería por el retraso en el cobro de un proyecto.",
            "",
            "Si os parece bien, me decís algo y hago la primera transferencia esta misma semana.",
            "",
            "Un saludo,",
            "Ricardo Salas",
            "Salas Arquitectos",
        ),
        hard=True,
        facts=Facts(
            note="asks to split in two; the first transfer waits for agreement, so nothing is promised yet"
        ),
    ),
    Reply(
        key="pl-es-2",
        intent="payment_plan",
        lang="es",
        name="Tesorería – Fondo Ibérico Inmobiliario",
        addr="tesoreria@fondoiberico.example",
        sent="2027-04-12 09:30",
        client="outlook",
        charset="windows-1252",
        inv="TR/26/0385",
        amt="8750.00",
        cur="EUR",
        svc="Valoración de cartera logística – Avonmouth y Severnside",
        text=lines(
            "Estimados señores:",
            "",
            "Les escribimos en relación con la factura de referencia. Debido a la reestructuración de la financiación del fondo, que previsiblemente se cerrará a finales de mayo, les solicitamos un aplazamiento de 60 días en el pago, sin que ello suponga, por supuesto, cuestionar el importe facturado.",
            "",
            "Quedamos a la espera de su conformidad.",
            "",
            "Atentamente,",
            "",
            "Tesorería",
            "Fondo Ibérico Inmobiliario, FII",
        ),
        facts=Facts(note="a 60-day deferral asked without contesting the amount"),
    ),
    Reply(
        key="pl-nl-1",
        intent="payment_plan",
        lang="nl",
        name="Pieter Smit",
        addr="pieter.smit@smitwonen.example",
        sent="2027-03-30 14:20",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0445",
        amt="2000.00",
        cur="EUR",
        svc="Taxatierapport – appartementencomplex Lawrence Hill, Bristol",
        text=lines(
            "Beste,",
            "",
            "Ik loop op dit moment helaas wat achter met betalingen. Zou het mogelijk zijn een betalingsregeling te treffen van € 500 per maand? Dan is het bedrag in vier maanden voldaan.",
            "",
            "Alvast bedankt,",
            "",
            "Pieter Smit",
            "Smit Wonen",
        ),
        facts=Facts(note="monthly instalments requested"),
    ),
    Reply(
        key="pl-nl-2",
        intent="payment_plan",
        lang="nl",
        name="Lotte Vermeulen",
        addr="lotte.vermeulen@kpnmail-perso.example",
        sent="2027-04-10 13:02",
        client="samsung",
        cte="base64",
        inv="TR/26/0446",
        amt="980.00",
        cur="EUR",
        svc="Bouwkundige keuring (niveau 2) – 41 Ashley Road, Bristol",
        text="Hallo, ik kan nu € 400 betalen en de rest hopelijk in mei, als mijn vakantiegeld binnen is. Is dat goed? Laat het even weten, dan maak ik die 400 meteen over.\nGroetjes Lotte",
        hard=True,
        facts=Facts(
            note="part now (once agreed) and the rest 'hopefully in May': a plan request, no payment sent or promised"
        ),
    ),
    Reply(
        key="pl-it-1",
        intent="payment_plan",
        lang="it",
        name="Arch. Francesca Rinaldi",
        addr="f.rinaldi@rinaldi-studio.example",
        sent="2027-04-07 10:10",
        client="outlook",
        inv="TR/26/0447",
        amt="2400.00",
        cur="EUR",
        svc="Perizia strutturale – 15 Park Row, Bristol",
        text=lines(
            "Gentili Signori,",
            "",
            "vi scrivo per chiedervi la possibilità di rateizzare l’importo della fattura in quattro rate mensili di pari importo. Lo studio sta attraversando un periodo di difficoltà dovuto al ritardo nei pagamenti di alcuni clienti.",
            "",
            "Resto in attesa di un vostro cortese riscontro.",
            "",
            "Cordiali saluti,",
            "",
            "Arch. Francesca Rinaldi",
            "Rinaldi Studio di Architettura",
        ),
        facts=Facts(note="four monthly instalments requested"),
    ),
    Reply(
        key="pl-it-2",
        intent="payment_plan",
        lang="it",
        name="Giovanni Pace",
        addr="info@coopilborgo.example",
        sent="2027-03-24 17:35",
        client="tb_bottom",
        charset="iso-8859-1",
        inv="TR/26/0392",
        amt="1680.00",
        cur="EUR",
        svc="Relazione tecnica sullo stato di conservazione - Easton",
        text=lines(
            "Buonasera,",
            "",
            "siamo una piccola cooperativa edilizia e l'importo della vostra fattura è per noi molto oneroso in questo momento. Non contestiamo il lavoro svolto, che ci è stato molto utile, ma vi chiediamo se sia possibile ridurre l'importo, anche solo in parte, oppure concederci più tempo per saldarlo.",
            "",
            "Vi ringraziamo fin d'ora.",
            "",
            "Per il Consiglio di amministrazione",
            "Giovanni Pace",
            "Cooperativa Edilizia Il Borgo",
        ),
        facts=Facts(
            note="a reduction or more time asked, the work not contested; bottom-posted under the quote in Latin-1 Thunderbird"
        ),
    ),
]

INVOICE_REQUEST: Final = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        name="Ashcombe Retail Fund – Accounts Payable",
        addr="ap@ashcombe-retail-fund.example",
        sent="2027-03-22 11:42",
        client="outlook",
        lag=1,
        inv="TR/26/0391",
        amt="4275.00",
        svc="Service charge audit inspection – Ashcombe Retail Park",
        text=lines(
            "Hello,",
            "",
            "Our AP system rejects any invoice that does not quote a valid purchase order, so TR/26/0391 was never loaded for payment – that is why it shows as overdue on your side.",
            "",
            "Please reissue the invoice quoting PO 4500172233 and send it to invoices@ashcombe-retail-fund.example. Once it has been matched it will be paid in the next run; the amount itself is fine.",
            "",
            "Regards",
            "Accounts Payable",
            "Ashcombe Retail Fund",
            "Managed by Ashcombe Asset Management LLP",
        ),
        hard=True,
        facts=Facts(
            refs=("TR/26/0391",),
            note="reissue with a PO number, amount not contested; 'paid in the next run' depends on the reissue; the invoices@ address is where to send the invoice, not a wrong-contact notice",
        ),
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        name="Carla Mendes",
        addr="cmendes@crestlinerealty.example",
        sent="2027-03-30 10:15",
        zone="NY",
        loc="us",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0386",
        amt="8900.00",
        cur="USD",
        svc="Building condition report – Temple Gate House, Bristol",
        text=lines(
            "Hi,",
            "",
            "Thanks for the reminder. We can't release payment to a foreign vendor until we have a tax form on file – since Talbot & Rees is a UK entity, we'll need a completed Form W-8BEN-E. Could you have someone fill it out and send it back to me? Once it's uploaded to our vendor portal, the invoice goes straight into the next payment batch.",
            "",
            "Thanks,",
            "Carla",
            "",
            "Carla Mendes",
            "Accounts Payable Specialist",
            "Crestline Realty Partners",
        ),
        facts=Facts(note="a tax form is needed before payment"),
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        name="Olly Grant",
        addr="olly.grant@fastpost-mail.example",
        sent="2027-04-04 16:20",
        client="gmail_plain",
        charset="UTF-8",
        lag=2,
        inv="TR/26/0448",
        amt="575.00",
        svc="RICS Level 2 Home Survey – 6 Nugent Hill, Cotham",
        text=lines(
            "Hi,",
            "",
            "I don't think I've ever actually had an invoice from you - this reminder is the first I've seen of it. Could you send it over (PDF is fine)? Happy to sort it once I've seen it.",
            "",
            "Cheers,",
            "Olly",
        ),
        hard=True,
        facts=Facts(
            note="never received the invoice; 'happy to sort it' is not a dated commitment"
        ),
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        name="Kreditorenbuchhaltung Weserblick Immobilien",
        addr="kreditoren@weserblick-immo.example",
        sent="2027-04-13 14:05",
        client="outlook",
        inv="TR/26/0449",
        amt="3620.00",
        svc="Technische Due Diligence – Bürogebäude Redcliff Street, Bristol",
        text=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "Sie sind bei uns als neuer Kreditor angelegt, allerdings liegt uns noch keine verifizierte Bankverbindung vor. Aus Sicherheitsgründen übernehmen wir Bankdaten weder aus Rechnungen noch aus E-Mails.",
            "",
            "Bitte senden Sie uns Ihre Bankverbindung (IBAN, BIC, Kontoinhaber) auf Ihrem Briefpapier, unterschrieben von einer zeichnungsberechtigten Person. Nach Prüfung geben wir die Zahlung umgehend frei.",
            "",
            "Mit freundlichen Grüßen",
            "",
            "Kreditorenbuchhaltung",
            "Weserblick Immobilien AG",
        ),
        facts=Facts(note="confirmed bank details needed before payment"),
    ),
    Reply(
        key="ir-de-2",
        intent="invoice_request",
        lang="de",
        name="Sandra Wolff",
        addr="s.wolff@wolff-asset.example",
        sent="2027-03-25 13:10",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0450",
        amt="2290.00",
        svc="Wertgutachten – Einzelhandelsfläche Broadmead, Bristol",
        text=lines(
            "Hallo,",
            "",
            "in unserer Buchhaltung finden wir von Ihnen nur die Rechnung TR/26/0389, und die ist am 1. März bezahlt worden. Die angemahnte Rechnung kennen wir nicht.",
            "",
            "Können Sie uns bitte einen Kontoauszug mit allen offenen Posten und eine Kopie der Rechnung schicken? Dann prüfen wir das umgehend.",
            "",
            "Danke und viele Grüße",
            "Sandra Wolff",
            "Wolff Asset Management",
        ),
        hard=True,
        facts=Facts(
            refs=("TR/26/0389",),
            note="the payment mentioned is of another invoice; a statement and a copy of the reminded invoice are asked for without contesting it",
        ),
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        name="Comptabilité fournisseurs – Groupe Armorique",
        addr="compta.fournisseurs@groupe-armorique.example",
        sent="2027-04-08 09:50",
        client="owa",
        inv="TR/26/0451",
        amt="3150.00",
        cur="EUR",
        svc="Évaluation d'actifs logistiques – Portbury Dock",
        text=lines(
            "Bonjour,",
            "",
            "Votre facture n'apparaît pas dans notre outil de dématérialisation des factures fournisseurs ; elle a sans doute été envoyée à un ancien interlocuteur. Pourriez-vous nous la renvoyer au format PDF en répondant simplement à ce message ?",
            "",
            "Dès réception, elle sera intégrée au circuit de validation.",
            "",
            "Cordialement,",
            "",
            "Service Comptabilité Fournisseurs",
            "Groupe Armorique",
        ),
        facts=Facts(note="the invoice is to be resent as a PDF"),
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        name="Laurent Giraud",
        addr="l.giraud@sci-lescedres.example",
        sent="2027-04-14 16:30",
        client="outlook_plain",
        charset="iso-8859-1",
        inv="TR/26/0442",
        amt="1480.00",
        cur="EUR",
        svc="Expertise avant acquisition - 27 Charlotte Street, Bristol",
        text=lines(
            "Bonjour,",
            "",
            "La facture TR/26/0442 a été établie au nom de M. Laurent Giraud, alors que la mission a été commandée par la SCI Les Cèdres, dont je suis le gérant. Pour des raisons comptables, merci de la rééditer au nom de la SCI (SCI Les Cèdres, 14 allée des Cèdres, 69130 Écully) en y faisant figurer notre numéro de TVA intracommunautaire, indiqué sur le bon de commande. Le montant n'est pas en cause.",
            "",
            "Nous procéderons au règlement à réception.",
            "",
            "Cordialement,",
            "Laurent Giraud",
        ),
        hard=True,
        facts=Facts(
            refs=("TR/26/0442",),
            note="reissue to the right company, amount not contested; 'à réception' is no date",
        ),
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        name="Elena Navarro",
        addr="enavarro@navarro-inversiones.example",
        sent="2027-03-31 20:45",
        client="iphone",
        inv="TR/26/0452",
        amt="990.00",
        svc="Informe de inspección (nivel 3) – 19 Whiteladies Road, Bristol",
        text="Hola, no hemos recibido ninguna factura vuestra, ni en papel ni por correo. ¿Me la podéis reenviar a esta dirección? Gracias. Elena",
        hard=True,
        facts=Facts(
            note="negation ('no hemos recibido ninguna factura') asking for the invoice, not disputing it"
        ),
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        name="Contabilidad – Residencias Mediterráneo",
        addr="contabilidad@resmediterraneo.example",
        sent="2027-04-16 10:25",
        client="outlook",
        inv="TR/26/0453",
        amt="5300.00",
        cur="EUR",
        svc="Valoración de residencia de estudiantes – Stokes Croft, Bristol",
        text=lines(
            "Buenos días:",
            "",
            "Antes de proceder al pago necesitamos un extracto de nuestra cuenta con ustedes en el que figuren todas las facturas emitidas y los cobros recibidos desde enero, ya que nuestros registros no coinciden con los suyos.",
            "",
            "Si todo cuadra, lo pagaremos la semana que viene.",
            "",
            "Un cordial saludo,",
            "",
            "Departamento de Contabilidad",
            "Residencias Mediterráneo, S.L.",
        ),
        hard=True,
        facts=Facts(
            note="a statement is needed first; 'la semana que viene' depends on it, so no promise is labelled"
        ),
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        name="Bram Visser",
        addr="b.visser@visserbeheer.example",
        sent="2027-04-06 21:05",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0454",
        amt="1240.00",
        svc="Aanvullend vochtonderzoek – 22 Hampton Road, Bristol",
        text=lines(
            "Goedenavond,",
            "",
            "Wat is dit voor factuur? Ik kan hem niet plaatsen: ik heb bij jullie alleen een bouwkundige keuring laten doen en die heb ik in februari al betaald. Kunnen jullie me een kopie van de factuur sturen, met een specificatie?",
            "",
            "Groet,",
            "Bram Visser",
        ),
        hard=True,
        facts=Facts(
            note="asks what the charge is and for a copy with details; the payment mentioned is of an earlier job"
        ),
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        name="Roberta Conti",
        addr="r.conti@conti-partners.example",
        sent="2027-04-09 12:40",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0455",
        amt="2750.00",
        svc="Perizia di stima – negozio in Park Street, Bristol",
        text=lines(
            "Buongiorno,",
            "",
            "per poter procedere al pagamento ci servirebbero una copia della fattura e le vostre coordinate bancarie complete (IBAN e BIC/SWIFT del conto in sterline), che nella mail di sollecito non sono indicate.",
            "",
            "Grazie e buona giornata,",
            "Roberta Conti",
            "Conti & Partners",
        ),
        facts=Facts(note="invoice copy and bank details needed before payment"),
    ),
    Reply(
        key="ir-it-2",
        intent="invoice_request",
        lang="it",
        name="Segreteria Studio Notarile Moretti",
        addr="segreteria@notaiomoretti.example",
        sent="2027-03-23 12:15",
        client="outlook_html",
        charset="windows-1252",
        inv="TR/26/0456",
        amt="1900.00",
        cur="EUR",
        svc="Perizia per atto di compravendita – 10 The Paragon, Bath",
        text=lines(
            "Gentili Signori,",
            "",
            "prima di disporre il pagamento il notaio chiede di ricevere copia della lettera d’incarico sottoscritta e del preventivo a suo tempo accettato, che non troviamo nel fascicolo. Vi preghiamo di inviarceli insieme a un duplicato della fattura.",
            "",
            "Distinti saluti",
            "",
            "La Segreteria",
            "Studio Notarile Moretti",
            "Via Roma 12 – 20121 Milano",
        ),
        facts=Facts(
            note="engagement letter, accepted quote and a duplicate invoice requested; HTML-only Outlook"
        ),
    ),
]

WRONG_CONTACT: Final = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        name="Harbridge Homes Accounts",
        addr="accounts@harbrldge-homes.example",
        sent="2027-04-07 03:14",
        client="outlook_html",
        inv="TR/26/0422",
        amt="3720.00",
        svc="Project monitoring – fee stage 4, Harbridge Quay",
        text=lines(
            "Dear Valued Supplier,",
            "",
            "Please be advised that Harbridge Homes has migrated its accounts payable function to a new shared service centre with immediate effect. The email address you are currently using will be deactivated shortly.",
            "",
            "Kindly redirect all invoices, statements and payment reminders to harbridgehomes.ap@gmail.com going forward, and resend any open invoices to that address so they can be processed urgently.",
            "",
            "We apologise for any inconvenience caused.",
            "",
            "Regards,",
            "Accounts Department",
            "Harbridge Homes",
        ),
        hard=True,
        facts=Facts(
            contact="harbridgehomes.ap@gmail.com",
            note="phishing-like redirect from a look-alike domain (harbrldge) to a free-mail address at 03:14; labelled by what it asks; verifying it is the collector's job",
        ),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        name="Gareth Lowe",
        addr="gareth.lowe@northgate-homes.example",
        sent="2027-03-23 16:10",
        client="owa",
        inv="TR/26/0398",
        amt="2860.00",
        svc="Project monitoring – fee stage 1, Harbourside phase 3",
        text=lines(
            "Hi,",
            "",
            "I moved across to the land team at the start of the year and don't deal with supplier invoices any more. Please send this, and anything else for Northgate, to Payables@Northgate-Homes.example – they'll pick it up from there.",
            "",
            "Thanks",
            "Gareth",
            "",
            "Gareth Lowe | Land Manager",
            "Northgate Homes Ltd",
        ),
        facts=Facts(
            contact="payables@northgate-homes.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        name="Lynton Estates",
        addr="info@lynton-estates.example",
        sent="2027-04-02 09:26",
        client="system",
        lag=0,
        inv="TR/26/0457",
        amt="1320.00",
        svc="Schedule of condition – 3 Portland Square, Bristol",
        subject="Automatic reply: {rsub}",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
        text=lines(
            "Thank you for your email.",
            "",
            "Please note that this mailbox is no longer monitored and messages sent to it are not read.",
            "",
            "For invoices, statements and all accounts queries, please write to accounts@lyntonestates-group.example.",
            "For lettings and property management, please contact lettings@lyntonestates-group.example or call 0117 496 0913.",
            "",
            "Lynton Estates Ltd – now part of the Lynton Estates Group",
        ),
        hard=True,
        facts=Facts(
            contact="accounts@lyntonestates-group.example",
            note="automatic 'mailbox no longer monitored' notice: wrong_contact; of two addresses, the accounts one is for invoices",
        ),
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        name="Laura Schmitt",
        addr="l.schmitt@rhein-main-projekt.example",
        sent="2027-04-14 11:30",
        client="outlook",
        inv="TR/26/0458",
        amt="2180.00",
        svc="Baubegleitendes Monitoring, Teilrechnung 3 – Wapping Road",
        text=lines(
            "Guten Tag,",
            "",
            "ich arbeite im Projekt als Assistentin der Projektleitung und habe mit Rechnungen leider nichts zu tun. Bitte schicken Sie Rechnungen und Zahlungserinnerungen künftig an unsere Buchhaltung: buchhaltung@rhein-main-projekt.example.",
            "",
            "Ich habe Ihre Mail dorthin weitergeleitet.",
            "",
            "Freundliche Grüße",
            "",
            "Laura Schmitt",
            "Assistenz der Projektleitung",
            "Rhein-Main Projektentwicklung GmbH",
        ),
        facts=Facts(contact="buchhaltung@rhein-main-projekt.example"),
    ),
    Reply(
        key="wc-de-2",
        intent="wrong_contact",
        lang="de",
        name="Klaus Becker",
        addr="klaus.becker@gmx.de",
        sent="2027-03-27 10:45",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        lag=2,
        inv="TR/26/0459",
        amt="760.00",
        svc="Gebäudegutachten (Level 2), 14 Belmont Road, Bristol",
        text=lines(
            "Guten Tag,",
            "",
            "Sie haben sich offenbar in der Adresse geirrt. Ich bin Privatmann, wohne in Kassel und habe noch nie einen Gutachter in England beauftragt. Vermutlich gibt es einen anderen Klaus Becker.",
            "",
            "Bitte korrigieren Sie Ihre Kundendaten.",
            "",
            "Klaus Becker",
        ),
        hard=True,
        facts=Facts(note="wrong person altogether, no new address; free-mail persona"),
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        name="Cabinet Delorme",
        addr="contact@cabinet-delorme.example",
        sent="2027-03-30 10:24",
        client="system",
        lag=0,
        inv="TR/26/0460",
        amt="1750.00",
        cur="EUR",
        svc="Évaluation d'un immeuble de rapport – 9 Cumberland Road, Bristol",
        subject="Adresse non consultée – {rsub}",
        headers=(("X-Autoreply", "yes"),),
        text=lines(
            "Bonjour,",
            "",
            "Cette adresse de messagerie n'est plus consultée depuis le 1er mars 2027.",
            "",
            "Pour toute question relative à la facturation ou aux paiements, merci d'écrire à comptabilite@cabinet-delorme.example. Pour les autres demandes : secretariat@cabinet-delorme.example.",
            "",
            "Cabinet Delorme – Administrateurs de biens",
        ),
        hard=True,
        facts=Facts(
            contact="comptabilite@cabinet-delorme.example",
            note="automatic notice without Auto-Submitted; the billing address is the new contact",
        ),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        name="Bernard Lefebvre",
        addr="b.lefebvre@immo-rhone.example",
        sent="2027-04-05 10:35",
        client="apple",
        lag=2,
        inv="TR/26/0461",
        amt="2650.00",
        cur="EUR",
        svc="Évaluation de portefeuille – résidences étudiantes, Bristol",
        text=lines(
            "Bonjour,",
            "",
            "J'ai pris ma retraite fin février et je ne m'occupe plus des dossiers d'Immo Rhône. C'est désormais Mme Chloé Roux qui a repris la gestion administrative ; vous pouvez la joindre à l'adresse c.roux@immo-rhone.example.",
            "",
            "Bien cordialement,",
            "Bernard Lefebvre",
        ),
        facts=Facts(contact="c.roux@immo-rhone.example"),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        name="Recepción Grupo Ebro",
        addr="recepcion@grupoebro.example",
        sent="2027-04-12 12:05",
        client="outlook",
        inv="TR/26/0462",
        amt="3340.00",
        cur="EUR",
        svc="Due diligence técnica – edificio de oficinas, Glass Wharf",
        text=lines(
            "Buenos días:",
            "",
            "Esta dirección corresponde a la recepción de nuestras oficinas y no gestionamos facturas ni pagos. Les rogamos que dirijan sus facturas y recordatorios al departamento de administración: administracion@grupoebro.example.",
            "",
            "Gracias.",
            "",
            "Recepción – Grupo Ebro",
        ),
        facts=Facts(contact="administracion@grupoebro.example"),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        name="Pablo Herrera",
        addr="pherrera@inversiones-calatrava.example",
        sent="2027-04-01 17:20",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0463",
        amt="4100.00",
        cur="EUR",
        svc="Valoración Red Book – local comercial, Cabot Circus",
        text=lines(
            "Hola,",
            "",
            "Ya no trabajo en Inversiones Calatrava (me fui a finales de febrero); me siguen llegando estos correos porque todavía no han cerrado mi cuenta. Para temas de facturas preguntad por Marta, de contabilidad, en la centralita de la empresa. Su correo no lo tengo a mano, lo siento.",
            "",
            "Un saludo,",
            "Pablo",
        ),
        hard=True,
        facts=Facts(
            note="the right person is named without an e-mail address, so new_contact stays null"
        ),
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        name="Eemland Beheer",
        addr="info@eemland-beheer.example",
        sent="2027-03-22 10:40",
        client="system",
        lag=0,
        inv="TR/26/0464",
        amt="1590.00",
        cur="EUR",
        svc="Taxatierapport – bedrijfspand Feeder Road, Bristol",
        subject="Automatisch antwoord: {rsub}",
        headers=(("Auto-Submitted", "auto-replied"),),
        text=lines(
            "Geachte afzender,",
            "",
            "Dit e-mailadres is niet meer in gebruik en wordt niet meer gelezen. Uw bericht is niet doorgestuurd.",
            "",
            "Facturen en betalingsherinneringen kunt u voortaan sturen naar facturen@eemland-vastgoed.example.",
            "",
            "Met vriendelijke groet,",
            "Eemland Vastgoed (voorheen Eemland Beheer)",
        ),
        facts=Facts(
            contact="facturen@eemland-vastgoed.example",
            note="automatic 'address no longer in use' notice naming the new address",
        ),
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        name="Maarten Kok",
        addr="m.kok@demeerwaarde.example",
        sent="2027-04-15 14:50",
        client="gmail",
        charset="UTF-8",
        cc="Crediteuren De Meerwaarde <Crediteuren@DeMeerwaarde.example>",
        inv="TR/26/0465",
        amt="2875.00",
        cur="EUR",
        svc="Projectmonitoring, deelfactuur 4 – Bedminster Green",
        text=lines(
            "Goedemiddag,",
            "",
            "Ik ben niet de juiste persoon voor facturen; ik ben de technisch projectleider. Facturen en herinneringen graag voortaan rechtstreeks naar onze crediteurenadministratie, Crediteuren@DeMeerwaarde.example. Ik heb ze in de cc gezet.",
            "",
            "Met vriendelijke groet,",
            "Maarten Kok",
            "Woonstichting De Meerwaarde",
        ),
        facts=Facts(
            contact="crediteuren@demeerwaarde.example",
            note="mixed-case address, also copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        name="Davide Marchetti",
        addr="d.marchetti@lario-sviluppo.example",
        sent="2027-03-25 11:55",
        client="outlook",
        cc="amministrazione@lario-sviluppo.example",
        inv="TR/26/0466",
        amt="3050.00",
        cur="EUR",
        svc="Monitoraggio cantiere, rata 2 – Wapping Wharf",
        text=lines(
            "Buongiorno,",
            "",
            "non sono più il referente amministrativo di Lario Sviluppo: da questo mese seguo un altro progetto del gruppo. Per fatture e solleciti vi prego di scrivere d’ora in poi ad amministrazione@lario-sviluppo.example, che ho messo in copia.",
            "",
            "Grazie, saluti",
            "Davide Marchetti",
        ),
        facts=Facts(
            contact="amministrazione@lario-sviluppo.example",
            note="the new address is also copied in Cc",
        ),
    ),
]

UNSUBSCRIBE: Final = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        name="Geoffrey Naylor",
        addr="geoff.naylor@homemail.example",
        sent="2027-03-28 20:15",
        client="iphone",
        lag=3,
        inv="TR/26/0467",
        amt="1480.00",
        svc="Party wall award – 41 Cotham Brow, Bristol",
        text="Do not contact me again about this invoice. The matter is with my solicitors, Pemberton Lisle, and all further correspondence should go through them.",
        hard=True,
        facts=Facts(note="'talk to my solicitors' with no address"),
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        name="Sarah Whitfield",
        addr="s.whitfield@plusmail-perso.example",
        sent="2027-04-06 08:20",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0468",
        amt="650.00",
        svc="RICS Level 2 Home Survey – 12 Archfield Road, Cotham",
        text=lines(
            "Please stop sending me these automated reminders. I paid the full amount the day the report arrived, and I've now had three of these emails. Take me off your mailing list.",
            "",
            "Sarah Whitfield",
        ),
        hard=True,
        facts=Facts(
            note="stop request with a payment claim: unsubscribe beats everything but bounce, so no paid_date"
        ),
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        name="Finance Office – Tamar Valley Housing",
        addr="finance@tamarvalley-housing.example",
        sent="2027-04-16 11:45",
        client="outlook",
        charset="windows-1252",
        inv="TR/26/0469",
        amt="6240.00",
        svc="Stock condition survey – Devonport flats, phase 2",
        text=lines(
            "Dear Sir or Madam",
            "",
            "Tamar Valley Housing does not accept payment reminders or statements by email. Under our financial regulations all such correspondence must be sent by post to:",
            "",
            "Finance Office",
            "Tamar Valley Housing",
            "Riverside House, Quay Road, Plymouth",
            "",
            "Please update your records and do not email this address about invoices again.",
            "",
            "Yours faithfully",
            "",
            "Finance Office",
        ),
        facts=Facts(note="post only"),
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        name="Heinz Pohl",
        addr="heinz.pohl@pohl-immobilien.example",
        sent="2027-03-31 09:05",
        client="outlook_plain",
        charset="iso-8859-1",
        inv="TR/26/0470",
        amt="1320.00",
        svc="Verkehrswertgutachten, 5 Apsley Road, Bristol",
        text=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "ich widerspreche hiermit der Zusendung von Zahlungserinnerungen und sonstigen Mitteilungen per E-Mail. Schriftverkehr mit mir bitte ausschließlich auf dem Postweg an die Ihnen bekannte Anschrift.",
            "",
            "Mit freundlichen Grüßen",
            "Heinz Pohl",
        ),
        facts=Facts(note="post only"),
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        name="Ute Hartmann",
        addr="ute.hartmann@hartmann-grundbesitz.example",
        sent="2027-04-09 17:55",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0471",
        amt="2480.00",
        svc="Wertgutachten – Mehrfamilienhaus, 7 Fremantle Road, Bristol",
        text=lines(
            "Ich habe Ihnen bereits zweimal geschrieben, dass ich diese Rechnung für unberechtigt halte. Ab sofort beantworte ich in dieser Sache keine E-Mails mehr. Wenden Sie sich an meinen Rechtsanwalt, Herrn Dr. Jörg Sennert in Hamburg, der die Angelegenheit übernommen hat.",
            "",
            "U. Hartmann",
        ),
        hard=True,
        facts=Facts(
            note="lawyer named without an address, and a dispute mentioned: unsubscribe beats dispute"
        ),
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        name="Patrick Morel",
        addr="p.morel@morel-invest.example",
        sent="2027-03-24 14:00",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0472",
        amt="1950.00",
        cur="EUR",
        svc="Évaluation Red Book – 18 Small Street, Bristol",
        text=lines(
            "Bonjour,",
            "",
            "Merci de supprimer mon adresse de votre liste de diffusion. Je ne souhaite plus recevoir ce type de courriel.",
            "",
            "P. Morel",
        ),
        facts=Facts(note="remove me from your list"),
    ),
    Reply(
        key="un-fr-2",
        intent="unsubscribe",
        lang="fr",
        name="Agnès Perrin",
        addr="agnes.perrin@sci-perrin.example",
        sent="2027-04-13 09:40",
        client="outlook",
        inv="TR/26/0473",
        amt="2300.00",
        cur="EUR",
        svc="Expertise du bâti – 6 Richmond Terrace, Clifton",
        text=lines(
            "Madame, Monsieur,",
            "",
            "Je vous ai déjà indiqué par écrit que je conteste cette facture, et le litige suit son cours. Je ne répondrai plus à vos courriels : toute correspondance devra désormais m'être adressée par lettre recommandée avec accusé de réception.",
            "",
            "Je vous prie de cesser immédiatement vos relances par e-mail.",
            "",
            "Agnès Perrin",
            "Gérante, SCI Perrin",
        ),
        hard=True,
        facts=Facts(note="registered post only, with a dispute already raised: unsubscribe wins"),
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        name="Manolo Ruiz",
        addr="manoloruiz@ruizyasociados.example",
        sent="2027-04-11 22:30",
        client="iphone",
        lag=3,
        inv="TR/26/0474",
        amt="1100.00",
        svc="Informe de inspección – 30 Oakfield Road, Clifton",
        text="dejen de mandarme correos, ya esta bien. si tienen algo que decir me llaman o me mandan una carta",
        hard=True,
        facts=Facts(note="lower case, no accents, irritated: stop e-mailing, phone or letter only"),
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        name="Asesoría Jurídica – Grupo Duero",
        addr="juridico@grupoduero.example",
        sent="2027-03-30 13:15",
        client="outlook",
        inv="TR/26/0475",
        amt="4950.00",
        cur="EUR",
        svc="Seguimiento de obra, fase 2 – Temple Meads East",
        text=lines(
            "Muy señores nuestros:",
            "",
            "En relación con su reclamación, les comunicamos que este asunto ha sido trasladado a nuestros asesores legales externos. Les rogamos que se abstengan de enviar nuevos recordatorios a esta dirección y que cualquier comunicación se canalice en adelante a través del despacho de abogados, que se pondrá en contacto con ustedes.",
            "",
            "Atentamente,",
            "",
            "Asesoría Jurídica",
            "Grupo Duero",
        ),
        facts=Facts(note="'talk to our lawyers', no address"),
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        name="Henk Mulder",
        addr="henk.mulder@mulder-beleggingen.example",
        sent="2027-04-02 12:01",
        client="iphone",
        inv="TR/26/0476",
        amt="1870.00",
        cur="EUR",
        svc="Taxatierapport – winkelpand Gloucester Road, Bristol",
        text="Afmelden a.u.b.",
        hard=True,
        facts=Facts(note="one line: 'unsubscribe me, please'"),
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        name="Paolo Fabbri",
        addr="p.fabbri@fabbri-immobiliare.example",
        sent="2027-04-08 15:35",
        client="outlook",
        charset="windows-1252",
        inv="TR/26/0477",
        amt="2200.00",
        cur="EUR",
        svc="Perizia di stima – 4 Lower Park Row, Bristol",
        text=lines(
            "Buongiorno,",
            "",
            "vi invito a non inviare più comunicazioni a questo indirizzo e-mail. Eventuali comunicazioni relative alla fattura dovranno pervenire esclusivamente tramite raccomandata A/R presso la sede legale della società.",
            "",
            "Distinti saluti",
            "Paolo Fabbri",
            "Fabbri Immobiliare S.r.l.",
        ),
        facts=Facts(note="registered post only"),
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        name="Enrico Galli",
        addr="enrico.galli@galli-group.example",
        sent="2027-03-26 19:50",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0478",
        amt="1650.00",
        cur="EUR",
        svc="Perizia tecnica – appartamento, Redland Grove",
        text=lines(
            "Ho già pagato quello che dovevo e non intendo ricevere altri solleciti. Toglietemi dalla vostra lista e, se avete qualcosa da dire, parlate con il mio avvocato.",
            "E. Galli",
        ),
        hard=True,
        facts=Facts(
            note="payment claim, stop request and lawyer: unsubscribe beats all but bounce"
        ),
    ),
]

EXCHANGE_OOF: Final = (("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"))

AUTO_REPLY: Final = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        name="Fiona Blake",
        addr="fiona.blake@ashcombe-retail-fund.example",
        sent="2027-03-30 09:31",
        client="system_html",
        lag=0,
        inv="TR/26/0479",
        amt="2150.00",
        subject="Automatic reply: {rsub}",
        headers=EXCHANGE_OOF,
        text=lines(
            "Thank you for your email. I am on annual leave until Tuesday 6 April with limited access to email.",
            "",
            "If your message is urgent, please contact the Ashcombe fund accounting team on 0117 496 0550.",
            "",
            "Fiona Blake",
            "Fund Accountant, Ashcombe Retail Fund",
        ),
        facts=Facts(day="2027-04-06", note="'until Tuesday 6 April' → that date"),
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        name="Avonside Homes Finance Service Desk",
        addr="financedesk@avonside-homes.example",
        sent="2027-03-24 09:22",
        client="system",
        lag=0,
        inv="TR/26/0480",
        amt="3480.00",
        subject="[Ticket #48213] {rsub}",
        headers=(("Precedence", "bulk"), ("X-Ticket-ID", "48213")),
        text=lines(
            "Thank you for contacting the Avonside Homes Finance Service Desk.",
            "",
            "Your request has been logged as ticket #48213. A member of the team will review it and respond within three working days.",
            "",
            "Please keep the ticket number in the subject line of any further emails about this request.",
            "",
            "This is an automated message – please do not reply to it.",
        ),
        hard=True,
        facts=Facts(
            note="ticket-system acknowledgement without Auto-Submitted (Precedence: bulk only); no return date"
        ),
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        name="Emma Hollins",
        addr="emma.hollins@cotswold-land.example",
        sent="2027-04-08 09:25",
        client="system",
        lag=0,
        inv="TR/26/0481",
        amt="1860.00",
        subject="Maternity leave – Emma Hollins",
        headers=(("Auto-Submitted", "auto-replied"),),
        text=lines(
            "Hello,",
            "",
            "I am on maternity leave until September and am not checking this mailbox.",
            "",
            "For anything to do with invoices or payments, please contact Jo Pryce at jo.pryce@cotswold-land.example, who is covering my work. For site matters, please call the main office on 01632 960214.",
            "",
            "Best wishes,",
            "Emma",
        ),
        hard=True,
        facts=Facts(
            note="a month without a day ('until September') leaves the return date null; a colleague's address in an auto-reply is not a new_contact"
        ),
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        name="Stefan Krause",
        addr="s.krause@krause-wohnbau.example",
        sent="2027-03-25 10:31",
        client="system_html",
        lag=0,
        inv="TR/26/0482",
        amt="2720.00",
        subject="Automatische Antwort: {rsub}",
        headers=EXCHANGE_OOF,
        text=lines(
            "Vielen Dank für Ihre Nachricht.",
            "",
            "Ich bin im Osterurlaub und ab Dienstag, dem 6. April, wieder im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat.",
            "",
            "Mit freundlichen Grüßen",
            "Stefan Krause",
            "Krause Wohnbau GmbH",
        ),
        facts=Facts(day="2027-04-06", note="'ab Dienstag, dem 6. April, wieder im Büro' → 6 April"),
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        name="Servicecenter Hausverwaltung Isar",
        addr="service@hv-isar.example",
        sent="2027-04-07 10:33",
        client="system",
        lag=0,
        inv="TR/26/0483",
        amt="1540.00",
        subject="Ihre Anfrage ist eingegangen [Vorgang HV-2027-04417]",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Ticket", "HV-2027-04417")),
        text=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "vielen Dank für Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen und wurde unter der Vorgangsnummer HV-2027-04417 erfasst.",
            "",
            "Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs und melden uns in der Regel innerhalb von zwei Werktagen. Bitte geben Sie bei Rückfragen immer die Vorgangsnummer an.",
            "",
            "Dies ist eine automatisch erzeugte Nachricht.",
            "",
            "Ihr Servicecenter",
            "Hausverwaltung Isar GmbH",
        ),
        facts=Facts(
            note="ticket acknowledgement; 'innerhalb von zwei Werktagen' is no return date"
        ),
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        name="Camille Bertin",
        addr="c.bertin@bertin-amenagement.example",
        sent="2027-03-31 10:25",
        client="system_html",
        lag=0,
        inv="TR/26/0484",
        amt="2380.00",
        cur="EUR",
        subject="Réponse automatique : {rsub}",
        headers=EXCHANGE_OOF,
        text=lines(
            "Bonjour,",
            "",
            "Je suis actuellement en déplacement à l'étranger et n'aurai qu'un accès limité à mes courriels jusqu'au 7 avril. Pour toute urgence, vous pouvez contacter mon assistante, Léa Martin, au standard de la société.",
            "",
            "Cordialement,",
            "Camille Bertin",
        ),
        facts=Facts(
            day="2027-04-07",
            note="'jusqu'au 7 avril' → that date; travelling with limited access is still an auto-reply",
        ),
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        name="Agence Immobilière du Port",
        addr="contact@agence-duport.example",
        sent="2027-03-25 10:40",
        client="system",
        charset="iso-8859-1",
        lag=0,
        inv="TR/26/0485",
        amt="1290.00",
        cur="EUR",
        subject="Fermeture de l'agence - {rsub}",
        headers=(("X-Autorespond", "yes"), ("Precedence", "auto_reply")),
        text=lines(
            "Bonjour,",
            "",
            "Notre agence sera fermée du vendredi 26 au lundi 29 mars inclus (week-end de Pâques). Réouverture le mardi 30 mars à 9 h ; les messages reçus pendant la fermeture seront traités à partir de cette date.",
            "",
            "Merci de votre compréhension.",
            "",
            "L'équipe de l'Agence Immobilière du Port",
        ),
        hard=True,
        facts=Facts(
            day="2027-03-30",
            note="Easter closure notice without Auto-Submitted; the reopening day is the return date",
        ),
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        name="Lourdes Gil",
        addr="lgil@gil-promotora.example",
        sent="2027-04-01 10:28",
        client="system_html",
        lag=0,
        inv="TR/26/0486",
        amt="3960.00",
        cur="EUR",
        subject="Respuesta automática: {rsub}",
        headers=EXCHANGE_OOF,
        text=lines(
            "Gracias por su mensaje. Estaré fuera de la oficina hasta el 5 de abril, sin acceso al correo electrónico. Para asuntos urgentes, pueden escribir a mi compañera Inés Romero (iromero@gil-promotora.example).",
            "",
            "Un saludo,",
            "Lourdes Gil",
        ),
        facts=Facts(
            day="2027-04-05",
            note="'hasta el 5 de abril' → that date; the colleague's address is not a new_contact",
        ),
    ),
    Reply(
        key="ar-es-2",
        intent="auto_reply",
        lang="es",
        name="Administración Hispania Residencial",
        addr="admin@hispaniaresidencial.example",
        sent="2027-03-24 10:40",
        client="system",
        lag=0,
        inv="TR/26/0487",
        amt="2450.00",
        cur="EUR",
        subject="Re: {rsub}",
        headers=(("Auto-Submitted", "auto-replied"),),
        text=lines(
            "Estimados señores:",
            "",
            "Les informamos de que nuestras oficinas permanecerán cerradas del jueves 25 al domingo 28 de marzo con motivo de la Semana Santa. Retomaremos la actividad el lunes 29 de marzo y atenderemos su mensaje lo antes posible.",
            "",
            "Administración",
            "Hispania Residencial",
        ),
        facts=Facts(
            day="2027-03-29", note="Holy Week closure; the day business resumes is the return date"
        ),
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        name="Joost van Leeuwen",
        addr="j.vanleeuwen@vanleeuwen-projecten.example",
        sent="2027-04-06 10:30",
        client="system_html",
        lag=0,
        inv="TR/26/0488",
        amt="1780.00",
        cur="EUR",
        subject="Automatisch antwoord: {rsub}",
        headers=EXCHANGE_OOF,
        text=lines(
            "Dank voor je bericht. Ik ben met vakantie en vanaf dinsdag 13 april weer aanwezig. Je mail wordt niet doorgestuurd; voor dringende zaken kun je ons kantoor bellen.",
            "",
            "Groet,",
            "Joost van Leeuwen",
        ),
        facts=Facts(day="2027-04-13", note="'vanaf dinsdag 13 april weer aanwezig' → 13 April"),
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        name="Servicedesk Stichting Woonkracht",
        addr="servicedesk@woonkracht.example",
        sent="2027-04-12 10:34",
        client="system",
        lag=0,
        inv="TR/26/0489",
        amt="2960.00",
        cur="EUR",
        subject="Ontvangstbevestiging: {rsub}",
        headers=(("Auto-Submitted", "auto-replied"),),
        text=lines(
            "Geachte heer, mevrouw,",
            "",
            "Hartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar u binnen vijf werkdagen te antwoorden.",
            "",
            "Dit is een automatisch gegenereerd bericht; u hoeft hierop niet te reageren.",
            "",
            "Met vriendelijke groet,",
            "Servicedesk Stichting Woonkracht",
        ),
        facts=Facts(note="receipt acknowledgement, no return date"),
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        name="Silvia Colombo",
        addr="s.colombo@colombo-re.example",
        sent="2027-04-02 10:25",
        client="system_html",
        lag=0,
        inv="TR/26/0490",
        amt="2040.00",
        cur="EUR",
        subject="Risposta automatica: {rsub}",
        headers=EXCHANGE_OOF,
        text=lines(
            "Buongiorno,",
            "",
            "sarò assente per ferie fino a venerdì 9 aprile compreso, con accesso limitato alla posta elettronica. Rientrerò in ufficio lunedì 12 aprile.",
            "",
            "Per questioni urgenti potete contattare la segreteria.",
            "",
            "Cordiali saluti",
            "Silvia Colombo",
        ),
        facts=Facts(
            day="2027-04-12",
            note="'fino a venerdì 9 aprile compreso' and 'rientrerò lunedì 12': the day back wins",
        ),
    ),
]

OTHER: Final = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        name="Helen Ashworth",
        addr="helen.ashworth@homemail.example",
        sent="2027-03-30 11:25",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0491",
        amt="845.00",
        svc="RICS Level 3 building survey – 2 Station Road, Nailsea",
        text=lines(
            "Dear Talbot & Rees,",
            "",
            "I'm writing on behalf of my father, Peter Ashworth, who instructed you to survey his bungalow in Nailsea. I'm sorry to tell you that he died on 3 March.",
            "",
            "I am one of the executors of his estate. We haven't yet applied for probate and I honestly don't know how long that will take, or what the estate can pay at this stage. I just didn't want you to think the invoice was being ignored.",
            "",
            "Could someone who deals with this kind of thing give me a ring when convenient? My number is 07700 900812.",
            "",
            "Kind regards,",
            "Helen Ashworth",
        ),
        hard=True,
        facts=Facts(
            note="the customer has died; nothing promised or requested except a call: a person must read it"
        ),
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        name="Neil Corrigan",
        addr="neil.corrigan@corrigan-build.example",
        sent="2027-04-07 17:45",
        client="apple",
        inv="TR/26/0492",
        amt="1620.00",
        svc="Schedule of condition – 1–5 Station Yard, Bristol",
        text=lines(
            "Hi,",
            "",
            "Thanks – I’ve passed this to our finance team, they do the payments, not me.",
            "",
            "While I’ve got you: we’re about to start demolition at the back of Station Yard and the neighbours are getting twitchy. Could you quote for a schedule of condition on the two adjoining terraces before we start? Ideally someone on site in the next fortnight.",
            "",
            "Cheers,",
            "Neil",
            "",
            "Neil Corrigan",
            "Site Director, Corrigan Build",
        ),
        hard=True,
        facts=Facts(note="passed on internally without an address, plus a request for new work"),
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        name="Lisa Tranter",
        addr="l.tranter@tranter-homes.example",
        sent="2027-04-15 13:10",
        client="outlook_android",
        cte="base64",
        inv="TR/26/0493",
        amt="2280.00",
        svc="Project monitoring – fee stage 2, Brislington Meadows",
        text="Didn't we pay this already? Can't remember. I'll ask Kevin when he's back",
        hard=True,
        facts=Facts(
            note="a question about whether it was paid, not a claim that it was; 'I'll ask Kevin' is no commitment"
        ),
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        name="Anja Weber",
        addr="a.weber@weber-immobilien.example",
        sent="2027-03-23 12:35",
        client="iphone",
        inv="TR/26/0494",
        amt="1380.00",
        svc="Wertgutachten – 9 Alexandra Park, Redland",
        text="Danke, habe ich an unsere Buchhaltung weitergeleitet.\n\nGruß\nAnja Weber",
        hard=True,
        facts=Facts(note="acknowledgement; forwarded internally, no address given"),
    ),
    Reply(
        key="ot-de-2",
        intent="other",
        lang="de",
        name="Florian Maier",
        addr="f.maier@maier-development.example",
        sent="2027-04-16 09:35",
        client="gmail_inline",
        charset="UTF-8",
        inv="TR/26/0495",
        amt="3480.00",
        svc="Instandhaltungsgutachten – Logistikhalle Avonmouth",
        text=lines(
            "Hallo,",
            "",
            "{attr}",
            "> Bei Fragen zur Rechnung antworten Sie einfach auf diese E-Mail.",
            "",
            "Keine Frage zur Rechnung, aber eine zum Projekt: Wann bekommen wir den Entwurf des Schedule of Dilapidations für die Halle in Avonmouth? Der Mieter will bis Ende April verhandeln, und wir brauchen vorher Ihre Zahlen.",
            "",
            "Gruß",
            "Florian Maier",
        ),
        facts=Facts(note="inline answer with a project question unrelated to the invoice"),
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        name="Thierry Garnier",
        addr="thierry.garnier@garnier-invest.example",
        sent="2027-04-02 18:20",
        client="iphone",
        inv="TR/26/0496",
        amt="1760.00",
        cur="EUR",
        svc="Évaluation – 11 Royal Park, Clifton",
        text="Merci pour le rappel. Je vois ça avec mon comptable et je reviens vers vous.\n\nThierry Garnier",
        hard=True,
        facts=Facts(note="no commitment: the writer will check with his accountant"),
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        name="Rosa Jiménez",
        addr="rosajimenez@correo-personal.example",
        sent="2027-03-31 12:10",
        client="gmail_plain",
        charset="UTF-8",
        inv="TR/26/0497",
        amt="720.00",
        svc="Informe de inspección (nivel 2) – 3 Beaufort Road, Clifton",
        text=lines(
            "Buenos días:",
            "",
            "¿Esto es real? La dirección de correo no coincide con la de la factura que tengo en papel, y últimamente nos llegan muchos correos falsos. Antes de hacer nada voy a llamar a su oficina.",
            "",
            "Rosa Jiménez",
        ),
        hard=True,
        facts=Facts(
            note="suspects a fake e-mail and will phone: neither an invoice request nor a wrong contact"
        ),
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        name="Andrés Vidal",
        addr="avidal@vidal-consulting.example",
        sent="2027-04-13 19:05",
        client="outlook_android",
        cte="base64",
        inv="TR/26/0498",
        amt="1990.00",
        cur="EUR",
        svc="Due diligence técnica – oficinas en Whitefriars",
        text="Hola, ¿me podéis llamar mañana por la mañana? Prefiero hablarlo por teléfono.\nGracias,\nAndrés",
        facts=Facts(note="asks for a call; nothing about the invoice's status"),
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        name="Eva de Groot",
        addr="eva.degroot@degroot-vastgoed.example",
        sent="2027-04-09 08:05",
        client="iphone",
        inv="TR/26/0499",
        amt="1430.00",
        cur="EUR",
        svc="Taxatierapport – 25 Queen Charlotte Street, Bristol",
        text="Ontvangen, dank je.",
        hard=True,
        facts=Facts(note="acknowledgement only"),
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        name="Team Communicatie Woonstichting Lekstroom",
        addr="communicatie@lekstroom.example",
        sent="2027-03-24 10:30",
        client="outlook",
        inv="TR/26/0500",
        amt="4280.00",
        cur="EUR",
        svc="Conditiemeting vastgoed – complex Lawrence Weston",
        text=lines(
            "Geachte relatie,",
            "",
            "Per 1 april 2027 gaat Woonstichting Lekstroom samen met Woonstichting Krimpenerwaard verder onder de naam Lekwaard Wonen. Uw contactpersonen blijven voorlopig dezelfde. In de loop van april ontvangt u van ons nieuwe gegevens voor de facturatie, waaronder een nieuw inkoopordernummer.",
            "",
            "Lopende facturen worden gewoon verwerkt.",
            "",
            "Met vriendelijke groet,",
            "",
            "Team Communicatie",
            "Woonstichting Lekstroom",
        ),
        hard=True,
        facts=Facts(
            note="merger notice: contacts unchanged and nothing asked or promised for this invoice"
        ),
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        name="Luca Ricci",
        addr="luca.ricci@ricci-costruzioni.example",
        sent="2027-03-22 19:40",
        client="iphone",
        inv="TR/26/0501",
        amt="1150.00",
        cur="EUR",
        svc="Perizia tecnica – capannone, Avonmouth",
        text="Ricevuto, grazie. Lo giro al commercialista.\n\nLuca",
        facts=Facts(note="acknowledgement; passing it to the accountant is not a new contact"),
    ),
    Reply(
        key="ot-it-2",
        intent="other",
        lang="it",
        name="Valentina Serra",
        addr="v.serra@serra-realestate.example",
        sent="2027-04-14 12:00",
        client="gmail",
        charset="UTF-8",
        inv="TR/26/0502",
        amt="3300.00",
        cur="EUR",
        svc="Due diligence tecnica – palazzina uffici, Broad Quay",
        text=lines(
            "Buongiorno,",
            "",
            "approfitto di questa mail per chiedervi se possiamo fissare una call la prossima settimana: stiamo valutando l'acquisto di un secondo immobile a Bristol e vorremmo affidarvi la due diligence. Quanto alla fattura, ne parlo con l'amministrazione.",
            "",
            "Grazie,",
            "Valentina Serra",
            "Serra Real Estate",
        ),
        hard=True,
        facts=Facts(
            note="new work and a meeting request; 'ne parlo con l'amministrazione' commits to nothing"
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

BOUNCES: Final = [
    Bounce(
        key="bo-en-1",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="accounts@kestrel-developments.example",
        sent="2027-04-06 13:21",
        zone="GB",
        build="postfix_delay",
        rlang="en",
        inv="TR/26/0433",
        amt="2890.00",
        note="Postfix delay warning (RFC 3464, text/rfc822-headers) from the customer's own relay",
    ),
    Bounce(
        key="bo-en-2",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="jsmithers@ashdown-legal.example",
        sent="2027-03-25 09:12",
        zone="GB",
        build="sendmail",
        rlang="en",
        inv="TR/26/0407",
        amt="1180.00",
        note="sendmail 'Returned mail' with the full returned message",
    ),
    Bounce(
        key="bo-en-3",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="pritchard.lettings@gmail.com",
        sent="2027-04-13 09:08",
        zone="GB",
        build="gmail",
        rlang="en",
        inv="TR/26/0394",
        amt="640.00",
        note="Gmail DSN from mailer-daemon@googlemail.com",
    ),
    Bounce(
        key="bo-de-1",
        lang="de",
        kind="soft",
        status="4.4.7",
        rcpt="rechnungseingang@taunus-wohnen.example",
        sent="2027-04-07 13:45",
        zone="CE",
        build="exchange_de_delay",
        rlang="de",
        inv="TR/26/0426",
        amt="2310.00",
        note="Exchange 'Zustellung verzögert' delay notice",
    ),
    Bounce(
        key="bo-fr-1",
        lang="fr",
        kind="hard",
        status="5.1.10",
        rcpt="factures@sci-belvedere.example",
        sent="2027-03-23 10:09",
        zone="CE",
        build="exchange_fr",
        rlang="fr",
        inv="TR/26/0437",
        amt="1890.00",
        cur="EUR",
        note="Exchange Online 'Non remis' NDR",
    ),
    Bounce(
        key="bo-fr-2",
        lang="fr",
        kind="soft",
        status="4.2.2",
        rcpt="martine.caron@fibreo.example",
        sent="2027-04-15 11:44",
        zone="CE",
        build="fr_isp",
        rlang="fr",
        inv="TR/26/0387",
        amt="980.00",
        note="French ISP notice, single ISO-8859-1 part, mailbox full and retrying",
    ),
    Bounce(
        key="bo-es-1",
        lang="es",
        kind="hard",
        status="5.2.1",
        rcpt="pagos@constructora-arlanza.example",
        sent="2027-03-31 10:11",
        zone="CE",
        build="exim_es",
        rlang="es",
        inv="TR/26/0383",
        amt="3250.00",
        cur="EUR",
        note="Exim bounce localised in Spanish, not RFC 3464; mailbox disabled is permanent",
    ),
    Bounce(
        key="bo-nl-1",
        lang="nl",
        kind="hard",
        status="5.1.1",
        rcpt="administratie@vandenberg-ontwikkeling.example",
        sent="2027-03-30 10:12",
        zone="CE",
        build="gateway_nl",
        rlang="nl",
        inv="TR/26/0414",
        amt="2540.00",
        cur="EUR",
        note="security gateway notice in Dutch (multipart/mixed, no delivery-status part)",
    ),
    Bounce(
        key="bo-nl-2",
        lang="nl",
        kind="soft",
        status="4.7.1",
        rcpt="info@hofstede-makelaars.example",
        sent="2027-04-01 10:52",
        zone="CE",
        build="nl_isp",
        rlang="nl",
        inv="TR/26/0382",
        amt="1160.00",
        cur="EUR",
        note="Dutch hosting provider: greylisted, still retrying",
    ),
    Bounce(
        key="bo-it-1",
        lang="it",
        kind="hard",
        status="5.4.1",
        rcpt="contabilita@gruppo-adige.example",
        sent="2027-04-13 10:05",
        zone="CE",
        build="exchange_it",
        rlang="it",
        inv="TR/26/0428",
        amt="2180.00",
        cur="EUR",
        note="Exchange Online 'Non recapitabile' NDR, recipient rejected by the directory",
    ),
    Bounce(
        key="bo-it-2",
        lang="it",
        kind="soft",
        status="5.2.2",
        rcpt="fatture@edilvenezia.example",
        sent="2027-03-22 10:14",
        zone="CE",
        build="qmail_it",
        rlang="it",
        inv="TR/26/0380",
        amt="1460.00",
        cur="EUR",
        note="localised qmail bounce; mailbox over quota is soft by the mailbox-full rule although qmail calls it permanent; the 5.2.2 code is kept",
    ),
    Bounce(
        key="bo-it-3",
        lang="it",
        kind="soft",
        status="4.4.2",
        rcpt="info@studiobassi.example",
        sent="2027-04-09 13:20",
        zone="CE",
        build="it_isp",
        rlang="it",
        inv="TR/26/0439",
        amt="1270.00",
        cur="EUR",
        note="Italian provider delay notice, plain text",
    ),
]


# ------------------------------------------------------------------------------------------
# Labels
# ------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> Label:
    f = r.facts
    field_name = DAY_FIELD.get(r.intent)
    return Label(
        file="",
        intent=r.intent,
        promised_date=f.day if field_name == "promised_date" else None,
        paid_date=f.day if field_name == "paid_date" else None,
        return_date=f.day if field_name == "return_date" else None,
        payment_reference=f.ref,
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


# ------------------------------------------------------------------------------------------
# Checks: the hand-written facts against the text, the labels' shape, the parsed messages
# ------------------------------------------------------------------------------------------

ISO_DAY: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT: Final = re.compile(r"^\d+\.\d{2}$")
INVOICE: Final = re.compile(r"^TR/26/\d{4}$")
STATUS: Final = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


class CorpusError(Exception):
    """A message or a label breaks one of the corpus rules."""


def require(ok: bool, where: str, what: str) -> None:
    if not ok:
        raise CorpusError(f"{where}: {what}")


def check_facts(r: Reply) -> None:
    f = r.facts
    require(r.intent in INTENTS and r.intent != "bounce", r.key, "intent")
    require(
        f.day is None or r.intent in DAY_FIELD, r.key, "a date on an intent without a date field"
    )
    require(
        f.amount is None or r.intent in MONEY_INTENTS, r.key, "an amount on an intent without money"
    )
    require((f.amount is None) == (f.currency is None), r.key, "amount and currency go together")
    require(
        f.ref is None or r.intent == "payment_sent",
        r.key,
        "a payment reference outside payment_sent",
    )
    require(
        f.contact is None or r.intent == "wrong_contact", r.key, "a contact outside wrong_contact"
    )
    require(
        f.contact is None or f.contact.lower() in r.text.lower(), r.key, "contact not in the text"
    )
    require(f.ref is None or f.ref in r.text, r.key, "payment reference not in the text")
    for ref in f.refs:
        require(ref.rsplit("/", 1)[1] in r.text, r.key, f"{ref} not in the text")
    require(FIRST_DAY <= r.moment.date() <= LAST_DAY, r.key, "date outside the corpus window")
    require(r.client in STYLES, r.key, "unknown client")


def check_label(label: Label) -> None:
    where = label["file"]
    require(tuple(label) == LABEL_KEYS, where, "label keys or order")
    require(label["intent"] in INTENTS and label["language"] in LANGS, where, "intent or language")
    days = {
        "promised_date": label["promised_date"],
        "paid_date": label["paid_date"],
        "return_date": label["return_date"],
    }
    for name, value in days.items():
        require(value is None or bool(ISO_DAY.match(value)), where, f"{name} is not YYYY-MM-DD")
    amount = label["amount"]
    require(amount is None or bool(AMOUNT.match(amount)), where, "amount format")
    require(label["currency"] in {None, "GBP", "EUR", "USD"}, where, "currency")
    contact = label["new_contact"]
    require(contact is None or contact == contact.lower(), where, "new_contact in lower case")
    require(all(INVOICE.match(x) for x in label["invoice_refs"]), where, "invoice_refs format")
    check_bounce_fields(label)


def check_bounce_fields(label: Label) -> None:
    where = label["file"]
    bounce_values = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    if label["intent"] != "bounce":
        require(bounce_values == (None, None, None), where, "bounce fields outside bounce")
        return
    status = label["bounce_status"] or ""
    require(label["bounce_kind"] in {"hard", "soft"}, where, "bounce_kind")
    require(bool(STATUS.match(status)), where, "bounce_status format")
    require(
        label["bounce_kind"] == "soft" or status.startswith("5."),
        where,
        "a hard bounce needs a 5.x.x status",
    )


def check_counts(labels: list[Label]) -> None:
    per_intent = Counter(x["intent"] for x in labels)
    require(
        all(per_intent[i] == 12 for i in INTENTS),
        "corpus",
        f"12 messages per intent: {dict(per_intent)}",
    )
    cells = Counter((x["intent"], x["language"]) for x in labels)
    missing = [(i, lang) for i in INTENTS for lang in LANGS if not cells[i, lang]]
    require(not missing, "corpus", f"empty intent × language cells {missing}")
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    require(
        kinds == Counter({"hard": 6, "soft": 6}),
        "corpus",
        f"6 hard and 6 soft bounces: {dict(kinds)}",
    )
    invoices = [r.inv for r in REPLIES] + [b.inv for b in BOUNCES]
    require(len(set(invoices)) == len(invoices), "corpus", "each reminded invoice is used once")


def header_defects(part: Message) -> list[str]:
    found = []
    for name, value in part.items():
        defects = getattr(value, "defects", ())
        if defects:
            found.append(f"{name}: {defects}")
        if name.lower() in {"subject", "from", "to", "cc"} and "=?" in str(value):
            found.append(f"{name} not decoded")
    return found


def check_message(name: str, data: bytes) -> None:
    """Parse the bytes back as a receiving program would and insist on a clean result."""
    msg = message_from_bytes(data, policy=policy.default)
    require(isinstance(msg, EmailMessage), name, "not parsed as EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        require(msg[header] is not None, name, f"no {header}")
    moment = getattr(msg["Date"], "datetime", None)
    require(isinstance(moment, datetime), name, "Date does not parse")
    day = moment.date() if isinstance(moment, datetime) else None
    require(
        day is not None and FIRST_DAY <= day <= LAST_DAY, name, "Date outside the corpus window"
    )
    check_part(name, msg, in_report=False)


def check_part(name: str, part: Message, *, in_report: bool) -> None:
    """Every part free of defects; every text part decodes (delivery-status blocks have no body)."""
    require(not part.defects, name, f"MIME defects {part.defects}")
    problems = header_defects(part)
    require(not problems, name, f"header problems {problems}")
    if part.get_content_maintype() == "text" and not in_report:
        require(isinstance(part, EmailMessage), name, "text part not parsed as EmailMessage")
        text = part.get_content() if isinstance(part, EmailMessage) else None
        require(
            isinstance(text, str) and bool(text.strip()), name, "empty or undecodable text part"
        )
    if part.is_multipart():
        report_blocks = part.get_content_type() == "message/delivery-status"
        for sub in part.get_payload():
            if isinstance(sub, Message):
                check_part(name, sub, in_report=report_blocks)


# ------------------------------------------------------------------------------------------
# Output
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    key: str
    message: Message
    label: Label


def all_items() -> list[Item]:
    items = []
    for r in REPLIES:
        check_facts(r)
        items.append(Item(r.key, build_reply(r), reply_label(r)))
    for b in BOUNCES:
        items.append(Item(b.key, BOUNCE_BUILDERS[b.build](b), bounce_label(b)))
    keys = [item.key for item in items]
    require(len(set(keys)) == len(keys), "corpus", "duplicate keys")
    return sorted(items, key=lambda item: digest(item.key, "file-order"))


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
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_corpus() -> list[Label]:
    items = all_items()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for n, item in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        item.label["file"] = name
        check_label(item.label)
        labels.append(item.label)
    check_counts(labels)
    text = "".join(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    (HERE / "labels.jsonl").write_text(text, encoding="utf-8")
    return labels


def main() -> int:
    try:
        labels = write_corpus()
    except CorpusError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(count_table(labels))
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    hard = sum(r.hard for r in REPLIES)
    print(
        f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft; hard cases among the replies: {hard}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
