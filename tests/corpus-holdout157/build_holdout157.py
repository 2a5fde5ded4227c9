# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes and quotes that people and their clients really type.
"""Build held-out reply corpus 157: `h157-NNN.eml` files and `labels.jsonl`.

Every message is something that could land in the receivables mailbox of Calder Valley Horse
Transport after it sent an overdue-invoice reminder: customers' replies, auto-replies, ticket
acknowledgements, payment advices and delivery reports. The new text of each message is written
by hand below. The script adds only what a mail client or a mail server would add (the quoted
reminder in the client's layout and language, headers, MIME structure, charsets, transfer
encodings, bounce skeletons), parses every file back as a check and prints the count table.
Run it from anywhere: it writes next to itself, deterministically.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "h157-20320802"
PREFIX = "h157"
AR_NAME = "Calder Valley Accounts"
AR_ADDR = "office@caldervalley-horsebox.example"
AR_DOMAIN = "caldervalley-horsebox.example"
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
# The only label fields an intent may fill.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
EXPECTED_LANGS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
PER_INTENT = 12
FIRST_DAY = date(2032, 8, 2)
LAST_DAY = date(2032, 8, 27)
INVOICE_RE = re.compile(r"CVH \d{4}-32")

# --------------------------------------------------------------------------------------------
# Time zones: UK senders on UK time, everyone else on central-European time, with the EU rule
# for summer time (last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC).
# --------------------------------------------------------------------------------------------

ZONE_BASE = {"uk": 0, "ce": 1}


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month."""
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def summer_time(utc: datetime) -> bool:
    """Whether the EU/UK summer-time rule is in force at a UTC instant."""
    start = datetime.combine(last_sunday(utc.year, 3), datetime.min.time(), UTC)
    end = datetime.combine(last_sunday(utc.year, 10), datetime.min.time(), UTC)
    return start + timedelta(hours=1) <= utc < end + timedelta(hours=1)


def local_time(when: str, zone: str) -> datetime:
    """A local wall-clock time ("YYYY-MM-DD HH:MM") with the offset in force in that zone."""
    naive = datetime.strptime(when, "%Y-%m-%d %H:%M")
    base = ZONE_BASE[zone]
    for extra in (1, 0):
        offset = timedelta(hours=base + extra)
        if summer_time((naive - offset).replace(tzinfo=UTC)) == bool(extra):
            return naive.replace(tzinfo=timezone(offset))
    raise ValueError(f"{when} does not exist in zone {zone}")


def zone_at(moment: datetime, zone: str) -> timezone:
    """The offset in force in a zone at an instant."""
    hours = ZONE_BASE[zone] + summer_time(moment.astimezone(UTC))
    return timezone(timedelta(hours=hours))


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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Attribution lines, per client and language.
GMAIL_ATTRIBUTION = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mona} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wd}, {d} {mon} {y} {HH}:{mm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}
# (separator line, From, Sent, To, Subject, label separator)
OUTLOOK_FIELDS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
    ),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
    ),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_REPLY_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
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
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder that every reply answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Calder Valley Horse Transport",
    "de": "Überfällige Rechnung {inv} – Calder Valley Horse Transport",
    "fr": "Facture échue {inv} – Calder Valley Horse Transport",
    "es": "Factura vencida {inv} – Calder Valley Horse Transport",
    "nl": "Openstaande factuur {inv} – Calder Valley Horse Transport",
    "it": "Fattura scaduta {inv} – Calder Valley Horse Transport",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our ledger shows the invoice below as unpaid and past its due date:\n\n"
        "    Invoice {inv}\n    {svc}\n    Invoice date {issued}, due {due}\n    Amount due: {amt}\n\n"
        "If you have paid in the last few days, thank you – just reply with the payment date and reference so we can match it up. If you think something on the invoice is wrong, or you need a copy, reply to this e-mail and we will sort it out.\n\n"
        "Kind regards\n\nAccounts Office\nCalder Valley Horse Transport Ltd\nHorsebox hire · horse transport · show logistics\noffice@caldervalley-horsebox.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "in unserer Buchhaltung ist die folgende Rechnung noch offen, obwohl das Zahlungsziel überschritten ist:\n\n"
        "    Rechnung {inv}\n    {svc}\n    Rechnungsdatum {issued}, fällig am {due}\n    Offener Betrag: {amt}\n\n"
        "Falls Sie in den letzten Tagen bezahlt haben, vielen Dank – teilen Sie uns bitte kurz Zahlungsdatum und Referenz mit, damit wir die Zahlung zuordnen können. Wenn etwas an der Rechnung nicht stimmt oder Sie eine Kopie benötigen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nAccounts Office\nCalder Valley Horse Transport Ltd\noffice@caldervalley-horsebox.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "D'après notre comptabilité, la facture ci-dessous n'est pas encore réglée alors que son échéance est passée :\n\n"
        "    Facture {inv}\n    {svc}\n    Date de facture {issued}, échéance {due}\n    Montant dû : {amt}\n\n"
        "Si vous avez réglé ces derniers jours, merci – indiquez-nous simplement la date et la référence du paiement afin que nous puissions le rapprocher. Si un élément de la facture vous paraît inexact ou s'il vous en faut une copie, répondez à ce message.\n\n"
        "Bien cordialement,\n\nAccounts Office\nCalder Valley Horse Transport Ltd\noffice@caldervalley-horsebox.example"
    ),
    "es": (
        "Hola:\n\n"
        "Según nuestra contabilidad, la siguiente factura sigue pendiente de pago y ha superado su fecha de vencimiento:\n\n"
        "    Factura {inv}\n    {svc}\n    Fecha de factura {issued}, vencimiento {due}\n    Importe pendiente: {amt}\n\n"
        "Si han realizado el pago en los últimos días, muchas gracias; indíquennos la fecha y la referencia para poder conciliarlo. Si algo de la factura no es correcto o necesitan una copia, respondan a este correo.\n\n"
        "Saludos cordiales,\n\nAccounts Office\nCalder Valley Horse Transport Ltd\noffice@caldervalley-horsebox.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet betaald, terwijl de vervaldatum verstreken is:\n\n"
        "    Factuur {inv}\n    {svc}\n    Factuurdatum {issued}, vervaldatum {due}\n    Openstaand bedrag: {amt}\n\n"
        "Heeft u de afgelopen dagen betaald, dan danken wij u hartelijk – laat ons de betaaldatum en het kenmerk weten, dan kunnen we de betaling koppelen. Klopt er iets niet aan de factuur of heeft u een kopie nodig, beantwoord dan deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nAccounts Office\nCalder Valley Horse Transport Ltd\noffice@caldervalley-horsebox.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità la fattura indicata di seguito risulta non ancora pagata e scaduta:\n\n"
        "    Fattura {inv}\n    {svc}\n    Data fattura {issued}, scadenza {due}\n    Importo da saldare: {amt}\n\n"
        "Se avete pagato negli ultimi giorni, grazie: comunicateci la data e il riferimento del pagamento, così potremo abbinarlo. Se qualcosa nella fattura non vi sembra corretto o vi serve una copia, rispondete a questa e-mail.\n\n"
        "Cordiali saluti,\n\nAccounts Office\nCalder Valley Horse Transport Ltd\noffice@caldervalley-horsebox.example"
    ),
}
DEFAULT_SERVICE = {
    "en": "Horsebox hire, 3 days (7.5 t, 3 stalls)",
    "de": "Pferdetransport Newmarket – Verden, 2 Pferde",
    "fr": "Transport de chevaux Newmarket – Deauville, 2 chevaux",
    "es": "Transporte de caballos Madrid – Hickstead, 2 caballos",
    "nl": "Paardentransport Hickstead – Valkenswaard, 2 paarden",
    "it": "Trasporto cavalli Dover – Verona, 1 cavallo",
}
DATE_STYLE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a Latin-1 client makes of characters its charset does not have.
LATIN1_SUBSTITUTES = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "…": "...",
}


def money(amount: str, currency: str, lang: str) -> str:
    """An amount written the way the reminder's language writes it."""
    value = Decimal(amount)
    whole, cents = f"{value:,.2f}".split(".")
    if lang == "en":
        symbol = {"GBP": "£", "EUR": "€"}[currency]
        return f"{symbol}{whole}.{cents}"
    grouped = whole.replace(",", " " if lang == "fr" else ".")
    if lang in {"nl", "it"}:
        return f"€ {grouped},{cents}"
    return f"{grouped},{cents} €"


def latin1_text(text: str) -> str:
    """Replace the characters a Latin-1 client cannot send."""
    for bad, good in LATIN1_SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


def for_charset(text: str, charset: str) -> str:
    """Machine-added text (quotes, subjects) as a client with this charset would send it."""
    return latin1_text(text) if charset == "iso-8859-1" else text


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lab:
    """The labels of one hand-written message beyond its intent and language."""

    promised_date: str | None = None
    paid_date: str | None = None
    return_date: str | None = None
    payment_reference: str | None = None
    amount: str | None = None
    currency: str | None = None
    new_contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    client: str
    body: str
    lab: Lab = field(default_factory=Lab)
    zone: str = ""
    inv: str = ""
    amount: str = ""
    svc: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    answers: bool = True
    cc: str = ""
    attach: tuple[str, bytes] | None = None

    @property
    def tz_zone(self) -> str:
        """UK senders write in English unless told otherwise; everyone else is on CET/CEST."""
        return self.zone or ("uk" if self.lang == "en" else "ce")

    @property
    def dt(self) -> datetime:
        """The message's Date, in the sender's zone."""
        return local_time(self.when, self.tz_zone)

    @property
    def invoice(self) -> str:
        """The invoice the reminder was about (derived from the key unless given)."""
        if self.inv:
            return self.inv
        return f"CVH {380 + digest(self.key, 'invoice')[0] % 120:04d}-32"

    @property
    def currency(self) -> str:
        """UK customers are invoiced in pounds, the others in euros."""
        return "GBP" if self.tz_zone == "uk" else "EUR"

    @property
    def balance(self) -> str:
        """The reminder's amount (derived from the key unless given)."""
        if self.amount:
            return self.amount
        raw = digest(self.key, "amount")
        return f"{380 + (raw[0] * 256 + raw[1]) % 2600}.{(raw[2] % 4) * 25:02d}"


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key, for ids, boundaries and derived numbers."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, length: int) -> str:
    """Upper-case base32 characters derived from a key."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


# --------------------------------------------------------------------------------------------
# Dates in text
# --------------------------------------------------------------------------------------------


def date_fields(lang: str, moment: datetime) -> dict[str, str]:
    """The pieces a date template can use, in a language."""
    wd, mo = moment.weekday(), moment.month - 1
    return {
        "wd": WEEKDAYS[lang].split()[wd],
        "wda": WEEKDAYS_ABBR[lang].split()[wd],
        "mon": MONTHS[lang].split()[mo],
        "mona": MONTHS_ABBR[lang].split()[mo],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "HH": f"{moment.hour:02d}",
        "H": str(moment.hour),
        "mm": f"{moment.minute:02d}",
    }


def render(template: str, lang: str, moment: datetime, **extra: str) -> str:
    """Fill a date template for a language."""
    return template.format(**date_fields(lang, moment), **extra)


def working_days_before(moment: datetime, days: int) -> datetime:
    """Step back over weekends."""
    while days:
        moment -= timedelta(days=1)
        if moment.weekday() < 5:
            days -= 1
    return moment


# --------------------------------------------------------------------------------------------
# The reminder, as sent and as each client quotes it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reminder:
    """The overdue reminder a message answers."""

    key: str
    lang: str
    to: str
    inv: str
    amount: str
    currency: str
    svc: str
    sent: datetime

    @property
    def subject(self) -> str:
        """The reminder's subject."""
        return REMINDER_SUBJECT[self.lang].format(inv=self.inv)

    @property
    def text(self) -> str:
        """The reminder's body."""
        due = self.sent - timedelta(days=9 + digest(self.key, "due")[0] % 20)
        issued = due - timedelta(days=30)
        return REMINDER_BODY[self.lang].format(
            inv=self.inv,
            svc=self.svc,
            issued=render(DATE_STYLE[self.lang], self.lang, issued),
            due=render(DATE_STYLE[self.lang], self.lang, due),
            amt=money(self.amount, self.currency, self.lang),
        )

    @property
    def message_id(self) -> str:
        """The reminder's Message-ID."""
        return f"<{digest(self.key, 'reminder').hex()[:24]}@{AR_DOMAIN}>"


def reminder_for(r: Reply) -> Reminder:
    """The reminder a reply answers.

    It went out one to three working days before a person's reply, or a minute or two before
    an automatic one.
    """
    if r.intent == "auto_reply":
        before = r.dt - timedelta(minutes=1 + digest(r.key, "gap")[0] % 3)
        sent = before.astimezone(zone_at(before, "uk"))
    else:
        day = working_days_before(r.dt, 1 + digest(r.key, "gap")[0] % 3)
        minute = 30 + digest(r.key, "minute")[0] % 20
        sent = local_time(f"{day:%Y-%m-%d} 08:{minute:02d}", "uk").replace(second=11)
    return Reminder(
        key=r.key,
        lang=r.lang,
        to=r.who[1],
        inv=r.invoice,
        amount=r.balance,
        currency=r.currency,
        svc=r.svc or DEFAULT_SERVICE[r.lang],
        sent=sent,
    )


def reminder_message(rem: Reminder) -> Message:
    """The reminder exactly as it left the receivables mailbox (returned inside bounces)."""
    msg = text_part(rem.text + "\n", "plain", "utf-8", "qp")
    envelope = [
        ("From", formataddr((AR_NAME, AR_ADDR))),
        ("To", rem.to),
        ("Subject", encode_header(rem.subject, "utf-8")),
        ("Date", format_datetime(rem.sent)),
        ("Message-ID", rem.message_id),
    ]
    return with_headers_first(msg, envelope)


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it: in the reply's zone and charset."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def quote_for(r: Reply) -> Quote:
    """Build the quote of the reminder for a reply."""
    rem = reminder_for(r)
    return Quote(
        text=for_charset(rem.text, r.charset),
        subject=for_charset(rem.subject, r.charset),
        sent=rem.sent.astimezone(r.dt.tzinfo),
        lang=r.lang,
        to=r.who[1],
    )


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------

ENCODINGS = {"qp": email_charset.QP, "b64": email_charset.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in the given charset and transfer encoding ("qp", "b64", "8bit", "7bit")."""
    text.encode(charset)  # the hand-written text must fit the charset the client declares
    cs = email_charset.Charset(charset)
    # None means no transfer encoding (7bit or 8bit); the stubs only allow an int.
    cs.body_encoding = ENCODINGS.get(cte)  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, cs)
    return part


def header_charset(charset: str, base64_words: bool) -> email_charset.Charset:
    """The charset for encoded words: Q or the shorter of Q and B, or always B."""
    cs = email_charset.Charset(charset)
    if base64_words:
        cs.header_encoding = email_charset.BASE64
    return cs


def encode_header(
    value: str, charset: str, name: str = "Subject", base64_words: bool = False
) -> str:
    """A header value as a client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    cs = header_charset(charset, base64_words)
    return Header(value, cs, header_name=name).encode()


def encode_address(name: str, addr: str, charset: str, base64_words: bool = False) -> str:
    """A From/To value with the display name encoded when it is not ASCII."""
    if not name:
        return addr
    return formataddr((name, addr), charset=header_charset(charset, base64_words))


def with_headers_first(msg: Message, envelope: Iterable[tuple[str, str]]) -> Message:
    """Put the envelope headers above the MIME headers, where mail clients put them."""
    order = {"mime-version": 0, "content-type": 1, "content-transfer-encoding": 2}
    mime = sorted(msg.items(), key=lambda item: order.get(item[0].lower(), 3))
    for name, _ in mime:
        del msg[name]
    for name, value in envelope:
        msg[name] = value
    for name, value in mime:
        msg[name] = value
    return msg


def strip_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        enclosed = part.get_content_type() == "message/rfc822"
        for sub in cast("list[Message]", part.get_payload()):
            if isinstance(sub, Message):
                strip_inner_versions(sub, top=enclosed)


def set_boundaries(msg: Message, key: str, prefix: str) -> None:
    """Fixed boundaries, shaped like the sending client's own."""
    number = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(prefix + b32(key, f"boundary{number}", 26))
            number += 1


def quote_lines(text: str) -> str:
    """Quote text with "> " the way plain-text clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Escape text for HTML and keep its line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str) -> str:
    """Paragraphs of text as <div> blocks, one per line (as Gmail writes them)."""
    return "\n".join(
        f"<div>{html.escape(line, quote=False) if line else '<br>'}</div>"
        for line in text.split("\n")
    )


def word_paragraphs(text: str) -> str:
    """Text as Word's MsoNormal paragraphs."""
    return "\n".join(
        f'<p class="MsoNormal">{html.escape(line, quote=False) if line else "&nbsp;"}<o:p></o:p></p>'
        for line in text.split("\n")
    )


def flowed(text: str, width: int = 72) -> str:
    """Wrap text as format=flowed (RFC 3676): soft breaks end in a space, quotes keep their >."""
    out: list[str] = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if depth and content.startswith(" "):
            content = content[1:]
        prefix = ">" * depth + (" " if depth and content else "")
        if content == "-- ":
            out.append(prefix + content)
            continue
        content = content.rstrip(" ")
        if not depth and content.startswith((" ", ">", "From ")):
            content = " " + content
        room = max(width - len(prefix), 20)
        while len(content) > room and " " in content[1:room]:
            cut = content.rfind(" ", 1, room)
            out.append(prefix + content[: cut + 1])
            content = content[cut + 1 :]
            if not depth and content.startswith((" ", ">", "From ")):
                content = " " + content
        out.append(prefix + content)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def outlook_lines(q: Quote) -> list[str]:
    """The From/Sent/To/Subject block of an Outlook reply."""
    _, frm, sent, to, subj, sep = OUTLOOK_FIELDS[q.lang]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{render(OUTLOOK_SENT[q.lang], q.lang, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def gmail_attribution(q: Quote) -> str:
    """Gmail's attribution line."""
    return render(GMAIL_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return render(APPLE_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def alternative(r: Reply, plain: str, markup: str) -> Message:
    """A multipart/alternative with a plain and an HTML version."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def word_document(r: Reply, q: Quote) -> str:
    """Outlook's Word-generated HTML with the divider above the quoted reminder."""
    _, frm, sent, to, subj, sep = OUTLOOK_FIELDS[q.lang]
    labels = (frm, sent, to, subj)
    rows = "<br>\n".join(
        f"<b>{label}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for label, line in zip(labels, outlook_lines(q), strict=True)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply; color:windowtext;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span lang="{CONTENT_LANGUAGE[r.lang]}" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{rows}<o:p></o:p></span></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised Original Message block."""
    block = "\n".join([OUTLOOK_FIELDS[q.lang][0], *outlook_lines(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop, HTML with a plain alternative."""
    plain = "\n".join([r.body, "", *outlook_lines(q), "", q.text, ""])
    return alternative(r, plain, word_document(r, q))


def client_html_only(r: Reply, q: Quote) -> Message:
    """Outlook set to send HTML only."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64 with its own signature and divider."""
    block = "\n".join(outlook_lines(q))
    text = f"{r.body}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail on the web: multipart/alternative with a gmail_quote blockquote."""
    attribution = gmail_attribution(q)
    plain = f"{r.body}\n\n{attribution}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_blocks(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_text(q.text)}</blockquote></div>\n"
    )
    return alternative(r, plain, markup)


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: > quoting under the attribution."""
    text = f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac."""
    text = f"{r.body}\n\n{apple_attribution(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_iphone(r: Reply, q: Quote) -> Message:
    """Mail on an iPhone: localised signature, attribution inside the quote."""
    quoted = quote_lines(f"{apple_attribution(q)}\n\n{q.text}")
    text = f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: attribution, > quoting, format=flowed."""
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME)
    text = flowed(f"{r.body}\n\n{attribution}\n{quote_lines(q.text)}\n")
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quote) -> Message:
    """Automatic notices and advices quote nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


CLIENTS: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "html_only": client_html_only,
    "android": client_android,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "notice": client_notice,
}
OUTLOOK_CLIENTS = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23G80)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
}
BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "thunderbird": "------------",
}


def reply_message_id(r: Reply) -> str:
    """A Message-ID shaped like the sending client's."""
    domain = r.who[1].split("@")[1]
    raw = digest(r.key, "message-id")
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CAF{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:41]}@mail.gmail.com>"
    if r.client in OUTLOOK_CLIENTS:
        return f"<{b32(r.key, 'ms-id', 26)}@{b32(r.key, 'ms-host', 6)}PR02MB{raw[0] % 9000 + 1000}.eurprd02.prod.outlook.example>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{raw[5] * 7 + 1000}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject the client puts on the reply (or the hand-written one)."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_REPLY_PREFIX[q.lang] if r.client in OUTLOOK_CLIENTS else "Re: "
    return prefix + q.subject


def build_reply(r: Reply) -> Message:
    """Wrap one hand-written message the way its client would send it."""
    q = quote_for(r)
    body = CLIENTS[r.client](r, q)
    if r.attach is not None:
        mixed = MIMEMultipart("mixed")
        mixed.attach(body)
        filename, data = r.attach
        pdf = MIMEApplication(data, "pdf")
        pdf.add_header("Content-Disposition", "attachment", filename=filename)
        mixed.attach(pdf)
        body = mixed
    rem_id = reminder_for(r).message_id
    # Outlook writes UTF-8 header words in base64; the other clients mostly use Q.
    b_words = r.client in OUTLOOK_CLIENTS and r.charset == "utf-8"
    envelope = [
        ("From", encode_address(r.who[0], r.who[1], r.charset, b_words)),
        ("To", formataddr((AR_NAME, AR_ADDR))),
        *([("Cc", r.cc)] if r.cc else []),
        ("Subject", encode_header(reply_subject(r, q), r.charset, "Subject", b_words)),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", reply_message_id(r)),
        *([("In-Reply-To", rem_id), ("References", rem_id)] if r.answers else []),
    ]
    if r.client in OUTLOOK_CLIENTS:
        envelope += [
            (
                "Thread-Topic",
                encode_header(q.subject, r.charset, "Thread-Topic", b_words),
            ),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ]
    envelope += [*CLIENT_HEADERS.get(r.client, ()), *r.headers]
    msg = with_headers_first(body, envelope)
    strip_inner_versions(msg)
    prefix = BOUNDARY_PREFIX.get(r.client, "_000_" if r.client in OUTLOOK_CLIENTS else "=_Part_")
    set_boundaries(msg, r.key, prefix)
    return msg


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
X_AUTOREPLY = ("X-Autoreply", "yes")
TINY_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


# --------------------------------------------------------------------------------------------
# Delivery reports: generated skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    zone: str
    builder: str
    note: str | None = None
    delay_minutes: int = 2
    relay: str = ""

    @property
    def dt(self) -> datetime:
        """The report's Date."""
        return local_time(self.when, self.zone)

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]

    def reminder(self) -> Reminder:
        """The reminder the report is about."""
        before = self.dt - timedelta(minutes=self.delay_minutes)
        sent = before.astimezone(zone_at(before, "uk"))
        return Reminder(
            key=self.key,
            lang=self.lang,
            to=self.rcpt,
            inv=f"CVH {380 + digest(self.key, 'invoice')[0] % 120:04d}-32",
            amount=f"{420 + digest(self.key, 'amount')[0] * 11}.{digest(self.key, 'amount')[1] % 4 * 25:02d}",
            currency="EUR" if self.lang != "en" else "GBP",
            svc=DEFAULT_SERVICE[self.lang],
            sent=sent,
        )


def received_line(b: Bounce) -> str:
    """The Received header the reporting host (or Google, if it never left) added."""
    sent = b.reminder().sent
    queue_id = b32(b.key, "queue", 12)
    if not b.relay:
        return f"Received: by 2002:a05:6402:{digest(b.key, 'rcv').hex()[:4]} with SMTP id {queue_id.lower()};\n        {format_datetime(sent)}"
    arrival = format_datetime((sent + timedelta(seconds=3)).astimezone(b.dt.tzinfo))
    return (
        "Received: from mail-sor-f41.google.example (mail-sor-f41.google.example [203.0.113.41])\n"
        f"\tby {b.relay} with ESMTPS id {queue_id}; {arrival}"
    )


def reminder_headers_text(b: Bounce) -> str:
    """The header block of the returned reminder, as an MTA copies it."""
    msg = reminder_message(b.reminder())
    lines = [f"Return-Path: <{AR_ADDR}>", received_line(b)]
    lines += [f"{k}: {v}" for k, v in msg.items()]
    return "\n".join(lines) + "\n"


def reminder_copy(b: Bounce) -> str:
    """The whole returned reminder as text (headers and encoded body)."""
    msg = reminder_message(b.reminder())
    return f"Return-Path: <{AR_ADDR}>\n{received_line(b)}\n{msg.as_string()}"


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """An RFC 3464 message/delivery-status part."""
    arrival = (b.reminder().sent + timedelta(seconds=3)).astimezone(b.dt.tzinfo)
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(arrival)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    part = MIMEBase("message", "delivery-status")
    blocks = [per_message, "\n".join(fields) + "\n"]
    part.set_payload([message_from_bytes(block.encode()) for block in blocks])
    return part


def headers_part(b: Bounce) -> Message:
    """The returned headers as text/rfc822-headers."""
    return text_part(reminder_headers_text(b), "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """A multipart/report of type delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish_bounce(
    b: Bounce,
    body: Message,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
    boundary: str = "=_bounce_",
) -> Message:
    """Add the envelope a mail server puts on a delivery report."""
    host = sender.rsplit("@", 1)[1].rstrip(">").rstrip(")").split(" ")[0]
    envelope = [
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", encode_header(subject, "utf-8")),
        ("Date", format_datetime(b.dt)),
        ("Message-ID", f"<{b32(b.key, 'bounce', 22).lower()}@{host}>"),
        ("Auto-Submitted", "auto-replied"),
        *extra,
    ]
    msg = with_headers_first(body, envelope)
    strip_inner_versions(msg)
    set_boundaries(msg, b.key, boundary)
    return msg


def human_alternative(plain: str, markup: str, charset: str = "utf-8") -> Message:
    """The human-readable part of a report as plain text plus HTML."""
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(plain, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def bounce_gmail_domain(b: Bounce) -> Message:
    """Gmail: the recipient's domain no longer exists (hard)."""
    lookup = f"DNS Error: DNS type 'mx' lookup of {b.domain} responded with code NXDOMAIN Domain name not found: {b.domain}"
    paragraphs = [
        "** Address not found **",
        f"Your message wasn't delivered to {b.rcpt} because the domain {b.domain} couldn't be found. Check for typos or unnecessary spaces and try again.",
        "The response was:",
        lookup,
    ]
    plain = "\n\n".join(paragraphs) + "\n"
    markup = (
        "<html><head></head><body>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        + "</body></html>\n"
    )
    body = report(
        human_alternative(plain, markup),
        delivery_status(b, "googlemail.com", "failed", lookup),
        headers_part(b),
    )
    return finish_bounce(
        b,
        body,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        (("X-Failed-Recipients", b.rcpt),),
        "000000000000",
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail on the recipient's host: accepted first, then no such mailbox (hard)."""
    text = (
        f"Hi. This is the qmail-send program at mail.{b.domain}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n" + reminder_copy(b)
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(b, msg, f"MAILER-DAEMON@mail.{b.domain}", "failure notice")


def bounce_exim_quota(b: Bounce) -> Message:
    """Exim at a web host: the mailbox is over quota, reported as a failure (soft)."""
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx1.{b.domain} [198.51.100.77]\n"
        "    SMTP error from remote mail server after RCPT TO:\n"
        f"    <{b.rcpt}>:\n"
        f"    552 5.2.2 <{b.rcpt}>: Recipient mailbox is full, quota exceeded\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        + reminder_copy(b)
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@cp14.dales-webhosting.example>",
        "Mail delivery failed: returning message to sender",
        (("X-Failed-Recipients", b.rcpt),),
    )


@dataclass(frozen=True)
class Ndr:
    """The wording of an Exchange Online non-delivery report in one language."""

    subject: str
    headline: str
    explanation: str
    fix: str
    diagnostics: str
    server: str
    returned: str


NDRS = {
    "de": Ndr(
        "Unzustellbar: {sub}",
        "Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.",
        "Die Gruppe {rcpt} nimmt nur Nachrichten von Absendern innerhalb der eigenen Organisation an.",
        "Bitten Sie den Besitzer der Gruppe, externe Absender zuzulassen, oder wenden Sie sich auf anderem Weg an die Empfänger.",
        "Diagnoseinformationen für Administratoren:",
        "Generierender Server: {mta}",
        "Remoteserver hat '{diag}' zurückgegeben",
    ),
    "fr": Ndr(
        "Non remis : {sub}",
        "Votre message à {rcpt} n'a pas pu être remis.",
        "{rcpt} est introuvable dans le domaine {domain}.",
        "Vérifiez l'orthographe de l'adresse du destinataire, puis renvoyez le message. Si le problème persiste, contactez le destinataire par un autre moyen.",
        "Informations de diagnostic pour les administrateurs :",
        "Serveur de génération : {mta}",
        "Le serveur distant a renvoyé « {diag} »",
    ),
    "nl": Ndr(
        "Onbestelbaar: {sub}",
        "Uw bericht aan {rcpt} kon niet worden bezorgd.",
        "Het postvak van de ontvanger is vol en kan op dit moment geen berichten meer ontvangen.",
        "Probeer het bericht later opnieuw te verzenden of laat de ontvanger op een andere manier weten dat het postvak vol is.",
        "Diagnostische informatie voor beheerders:",
        "Genererende server: {mta}",
        "De externe server heeft '{diag}' geretourneerd",
    ),
    "it": Ndr(
        "Recapito ritardato: {sub}",
        "Il recapito del messaggio a {rcpt} è in ritardo.",
        "Il server di posta del destinatario non ha ancora accettato il messaggio. Continueremo a provare per altri 2 giorni: non è necessario fare nulla. Se il recapito non riuscirà, riceverete un'ulteriore notifica.",
        "Se il problema persiste, contattate il destinatario in un altro modo.",
        "Informazioni di diagnostica per gli amministratori:",
        "Server di generazione: {mta}",
        "Il server remoto ha restituito '{diag}'",
    ),
}
NDR_HOSTS = {
    "de": "FR2P281MB{n}.DEUP281.PROD.OUTLOOK.example",
    "fr": "PR1P264MB{n}.FRAP264.PROD.OUTLOOK.example",
    "nl": "AM8PR08MB{n}.eurprd08.prod.outlook.example",
    "it": "MI1P293MB{n}.ITAP293.PROD.OUTLOOK.example",
}
NDR_DIAGNOSTIC = {
    "de": "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated for group",
    "fr": "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    "nl": "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
    "it": "451 4.4.7 Message delayed; remote server did not respond within the retry interval",
}


def bounce_exchange(b: Bounce) -> Message:
    """Exchange Online on the recipient's side, in the recipient organisation's language."""
    words = NDRS[b.lang]
    raw = digest(b.key, "mta")
    mta = NDR_HOSTS[b.lang].format(n=raw[0] * 31 + raw[1] % 97 + 1000)
    diag = NDR_DIAGNOSTIC[b.lang]
    values = {"rcpt": b.rcpt, "domain": b.domain, "mta": mta, "diag": diag}
    headline = words.headline.format(**values)
    explanation = words.explanation.format(**values)
    server = words.server.format(**values)
    returned = words.returned.format(**values)
    plain = f"{headline}\n\n{explanation}\n\n{words.fix}\n\n\n{words.diagnostics}\n\n{server}\n{b.rcpt}\n{returned}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<table style="width:100%;font-family:Segoe UI,sans-serif">'
        f'<tr><td style="font-size:18px;color:#000000">{html.escape(headline)}</td></tr>'
        f'<tr><td style="font-size:14px;padding-top:12px">{html.escape(explanation)}</td></tr>'
        f'<tr><td style="font-size:14px;padding-top:12px">{html.escape(words.fix)}</td></tr>'
        "</table><br>"
        f'<p style="font-size:12px;color:#666666"><b>{html.escape(words.diagnostics)}</b><br>'
        f"{html.escape(server)}<br>{html.escape(b.rcpt)}<br>{html.escape(returned, quote=False)}</p>"
        "</body></html>\n"
    )
    action = "delayed" if b.status.startswith("4") else "failed"
    body = report(
        human_alternative(plain, markup),
        delivery_status(b, mta, action, diag),
        headers_part(b),
    )
    subject = words.subject.format(sub=b.reminder().subject)
    sender = f"Microsoft Outlook <postmaster@{b.domain}>"
    return finish_bounce(b, body, sender, subject, boundary="_000_")


def bounce_provider_de(b: Bounce) -> Message:
    """A German provider's relay: delivery refused for now by the receiving side (soft)."""
    rem = b.reminder()
    text = (
        "Hallo,\n\n"
        "dies ist eine automatische Nachricht des Mailservers relay2.weidenhof-hosting.example.\n\n"
        "Ihre Nachricht an\n\n"
        f"    {b.rcpt}\n\n"
        "konnte noch nicht zugestellt werden. Der empfangende Server hat die Annahme vorübergehend abgelehnt:\n\n"
        "    421 4.7.0 Verbindung aufgrund einer Richtlinie gedrosselt, bitte später erneut versuchen\n\n"
        "Wir wiederholen die Zustellung automatisch bis zu fünf Tage lang. Sie müssen nichts unternehmen. Falls die Nachricht endgültig nicht zugestellt werden kann, erhalten Sie eine weitere Benachrichtigung.\n\n"
        "--- Kopfzeilen Ihrer Nachricht ---\n\n"
        f"From: {AR_NAME} <{AR_ADDR}>\nTo: {b.rcpt}\nSubject: {latin1_text(rem.subject)}\n"
        f"Date: {format_datetime(rem.sent)}\nMessage-ID: {rem.message_id}\n"
    )
    body = text_part(text, "plain", "iso-8859-1", "qp")
    return finish_bounce(
        b,
        body,
        "Mail Delivery System <MAILER-DAEMON@relay2.weidenhof-hosting.example>",
        "Zustellung verzögert: Nachricht wird erneut versucht",
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French provider: delivery delayed, RFC 3464 report with French wording (soft)."""
    rem = b.reminder()
    text = (
        "Bonjour,\n\n"
        f"Votre message du {render('{d} {mon} {y} à {HH}:{mm}', 'fr', rem.sent.astimezone(b.dt.tzinfo))} "
        f"destiné à {b.rcpt} n'a pas encore pu être distribué.\n\n"
        f"Le serveur de réception mx.{b.domain} a interrompu la connexion avant la fin de l'échange "
        "(4.4.2 connexion perdue). Il s'agit d'une erreur temporaire : de nouvelles tentatives auront lieu "
        "pendant 48 heures. Vous n'avez rien à faire pour l'instant.\n\n"
        "Le service Messagerie Pro\n"
    )
    body = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "relais3.messageriepro-fr.example",
            "delayed",
            "421 4.4.2 connection dropped during DATA",
            f"mx.{b.domain}",
        ),
        headers_part(b),
    )
    return finish_bounce(
        b,
        body,
        "Service Messagerie Pro <postmaster@relais3.messageriepro-fr.example>",
        "Avis de retard de distribution",
    )


def bounce_provider_es(b: Bounce) -> Message:
    """A Spanish host: unknown user, the whole reminder attached (hard)."""
    text = (
        "Este es un mensaje generado automáticamente por el servidor de correo "
        "smtp.alojamientos-sur.example.\n\n"
        "No ha sido posible entregar su mensaje al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: el buzón no existe.\n"
        f"Respuesta del servidor remoto: 550 5.1.1 <{b.rcpt}>: usuario desconocido\n\n"
        "Se trata de un error permanente y no se volverá a intentar el envío. "
        "Encontrará su mensaje original adjunto.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "qp"))
    outer.attach(MIMEMessage(reminder_message(b.reminder())))
    return finish_bounce(
        b,
        outer,
        "MAILER-DAEMON@smtp.alojamientos-sur.example",
        "Mensaje no entregado: " + b.reminder().subject,
    )


def bounce_provider_nl(b: Bounce) -> Message:
    """A Dutch host's relay: the receiving server does not answer (soft)."""
    text = (
        "Dit is een automatisch bericht van de mailserver mail.polderhosting.example.\n\n"
        f"Uw bericht aan {b.rcpt} is nog niet afgeleverd. De ontvangende server "
        f"mx.{b.domain} reageert niet (4.4.1 verbinding verlopen).\n\n"
        "We proberen het de komende 4 dagen automatisch opnieuw. U hoeft niets te doen; "
        "als het afleveren definitief mislukt, ontvangt u daarover nog een bericht.\n"
    )
    body = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mail.polderhosting.example",
            "delayed",
            "421 4.4.1 connection timed out",
            f"mx.{b.domain}",
        ),
        headers_part(b),
    )
    return finish_bounce(
        b,
        body,
        "Mailserver <postmaster@mail.polderhosting.example>",
        "Vertraagde aflevering: " + b.reminder().subject,
    )


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian provider: mailbox does not exist, the reminder copied inline (hard)."""
    rem = b.reminder()
    text = (
        "Messaggio automatico del sistema di posta di PostaWeb Italia.\n\n"
        "Il messaggio indicato sotto non è stato recapitato al destinatario:\n\n"
        f"  {b.rcpt}\n"
        f"  esito: errore permanente - 550 5.1.1 casella inesistente ({b.rcpt})\n\n"
        "Il messaggio non verrà rispedito. Verificate l'indirizzo del destinatario.\n\n"
        "======== Messaggio originale ========\n"
        f"From: {AR_NAME} <{AR_ADDR}>\nTo: {b.rcpt}\nSubject: {rem.subject}\n"
        f"Date: {format_datetime(rem.sent)}\n\n{rem.text}\n"
    )
    body = text_part(text, "plain", "utf-8", "8bit")
    return finish_bounce(
        b,
        body,
        "Sistema di posta <mailer-daemon@mx3.postaweb-italia.example>",
        "Notifica di mancato recapito",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "gmail_domain": bounce_gmail_domain,
    "qmail": bounce_qmail,
    "exim_quota": bounce_exim_quota,
    "exchange": bounce_exchange,
    "provider_de": bounce_provider_de,
    "provider_fr": bounce_provider_fr,
    "provider_es": bounce_provider_es,
    "provider_nl": bounce_provider_nl,
    "provider_it": bounce_provider_it,
}

BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.2",
        "office@moorside-equine.example",
        "2032-08-02 08:41",
        "uk",
        "gmail_domain",
        "Gmail DSN: the recipient's domain no longer exists (NXDOMAIN)",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.1.1",
        "bookings@pennineponyclub.example",
        "2032-08-11 08:52",
        "uk",
        "qmail",
        "qmail failure notice, not MIME, with the whole reminder below the line",
        delay_minutes=14,
        relay="mail.pennineponyclub.example",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "soft",
        "5.2.2",
        "info@shawgillstud.example",
        "2032-08-19 08:47",
        "uk",
        "exim_quota",
        "mailbox full reported as a permanent 5.2.2 failure: soft (mailbox full), the code is kept",
        relay="cp14.dales-webhosting.example",
    ),
    Bounce(
        "bo-de-1",
        "de",
        "hard",
        "5.7.133",
        "buchhaltung@reitverein-emstal.example",
        "2032-08-03 09:38",
        "ce",
        "exchange",
        "Exchange Online 'Unzustellbar': a group that refuses outside senders (permanent policy rejection)",
        relay="reitverein-emstal-example.mail.protection.outlook.example",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "soft",
        "4.7.0",
        "stall@gestuet-oberwiesen.example",
        "2032-08-24 12:05",
        "ce",
        "provider_de",
        "German relay notice, plain text: delivery refused for now by a policy, will retry",
        delay_minutes=210,
        relay="relay2.weidenhof-hosting.example",
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "hard",
        "5.1.10",
        "comptabilite@haras-du-bocage.example",
        "2032-08-06 09:44",
        "ce",
        "exchange",
        "Exchange Online 'Non remis': recipient not found",
        relay="haras-du-bocage-example.mail.protection.outlook.example",
    ),
    Bounce(
        "bo-fr-2",
        "fr",
        "soft",
        "4.4.2",
        "contact@ecurie-saint-clair.example",
        "2032-08-17 13:20",
        "ce",
        "provider_fr",
        "French provider delay report (RFC 3464, French wording)",
        delay_minutes=240,
        relay="relais3.messageriepro-fr.example",
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.1.1",
        "facturas@centrohipicoaljarafe.example",
        "2032-08-23 09:36",
        "ce",
        "provider_es",
        "Spanish provider notice in multipart/mixed with the reminder attached",
        relay="smtp.alojamientos-sur.example",
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "soft",
        "5.2.2",
        "administratie@stalvandenberg.example",
        "2032-08-12 09:40",
        "ce",
        "exchange",
        "Exchange Online 'Onbestelbaar', mailbox full: soft although the code is 5.2.2",
        relay="stalvandenberg-example.mail.protection.outlook.example",
    ),
    Bounce(
        "bo-nl-2",
        "nl",
        "soft",
        "4.4.1",
        "info@paardenpension-deheide.example",
        "2032-08-26 14:10",
        "ce",
        "provider_nl",
        "Dutch relay delay report: the receiving server does not answer",
        delay_minutes=300,
        relay="mail.polderhosting.example",
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.1.1",
        "amministrazione@scuderiailpoggio.example",
        "2032-08-05 09:39",
        "ce",
        "provider_it",
        "Italian provider notice, single text part, reminder copied inline",
        relay="mx3.postaweb-italia.example",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.4.7",
        "contabilita@allevamentovalpadana.example",
        "2032-08-20 15:31",
        "ce",
        "exchange",
        "Exchange Online 'Recapito ritardato' (delay)",
        delay_minutes=360,
        relay="allevamentovalpadana-example.mail.protection.outlook.example",
    ),
]


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gemma Holt", "gemma.holt.eventing@gmail.com"),
        "2032-08-03 19:12",
        "iphone",
        "done",
        Lab(
            note="one word, lower case, from a phone: 'done' in answer to an overdue reminder reads as paid; no date"
        ),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        (
            "Northgate Racing Ltd – Accounts Payable",
            "ap-noreply@northgateracing.example",
        ),
        "2032-08-05 06:14",
        "notice",
        "REMITTANCE ADVICE\n\nPayer:           Northgate Racing Ltd, Middleham\nSupplier:        Calder Valley Horse Transport Ltd\nSupplier no.:    V10472\nPayment date:    05/08/2032\nPayment method:  BACS\nPayment ref:     NRL-PAY-0088213\n\nInvoice no.      Invoice date    Amount (GBP)\nCVH 0398-32      07/06/2032          1,860.00\nCVH 0417-32      21/06/2032            945.50\n                                 ------------\nTotal paid                           2,805.50\n\nFunds should reach your account within two working days.\n\nThis advice has been produced automatically by our payments system and replies to this address are not read. For queries please contact purchase.ledger@northgateracing.example quoting your supplier number.\n\nNorthgate Racing Ltd · Middleham · North Yorkshire",
        Lab(
            paid_date="2032-08-05",
            payment_reference="NRL-PAY-0088213",
            amount="2805.50",
            currency="GBP",
            refs=("CVH 0398-32", "CVH 0417-32"),
            note="AP-system remittance advice, not a reply; the total covers both invoices",
        ),
        subject="Remittance Advice NRL-PAY-0088213 – Northgate Racing Ltd",
        inv="CVH 0417-32",
        answers=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Lorna Pickersgill", "lorna@hollinsfarmriding.example"),
        "2032-08-09 14:26",
        "gmail",
        "Hi,\n\nSorry for the slow reply, it has been absolute chaos here. We had the summer pony camp all last week, twenty-two kids, and then Dolly went lame on the Thursday so I've had the vet out twice, and on top of that the arena drainage has given up after all the rain so half the lessons have been cancelled. My daughter is supposed to be helping with the office side but she's off to uni in September so you can guess how much that's happening!\n\nAnyway – I paid your invoice on Friday along with the feed merchant and the farrier, all from the business account, so it should be with you now. If it's not showing let me know and I'll dig out the bank screen.\n\nWhile I'm on, could you pencil us in for a box to the county show on Saturday 4th September? Same as last year, three ponies, leaving about 6am. I'll ring the office to confirm.\n\nThanks, and sorry again\n\nLorna\nHollins Farm Riding School",
        Lab(
            paid_date="2032-08-06",
            note="point buried in a long message; 'on Friday' is the Friday before Monday 9 August; the booking request is secondary",
        ),
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Henning Brandt", "h.brandt@brandt-sportpferde.example"),
        "2032-08-13 07:52",
        "iphone",
        "Erledigt.",
        Lab(note="one-word German 'erledigt' in answer to a reminder: paid, no date"),
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Gestüt Birkenhof GmbH", "a.rohde@gestuet-birkenhof.example"),
        "2032-08-04 10:05",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung CVH 0433-32 über 2.180,00 € haben wir bereits am 02.08.2032 per SEPA-Überweisung beglichen. Der Betrag dürfte in den nächsten Tagen auf Ihrem Konto eingehen.\n\nFür unsere Unterlagen bitten wir außerdem um eine Kopie der Rechnung, da das Original bei uns nicht mehr auffindbar ist. Vielen Dank.\n\nMit freundlichen Grüßen\n\ni. A. Anke Rohde\nBuchhaltung\nGestüt Birkenhof GmbH",
        Lab(
            paid_date="2032-08-02",
            amount="2180.00",
            currency="EUR",
            refs=("CVH 0433-32",),
            note="paid plus a request for a copy: the payment claim wins, the copy is secondary",
        ),
        inv="CVH 0433-32",
        amount="2180.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Claire Duval", "claire.duval@ecurie-valderisle.example"),
        "2032-08-02 16:40",
        "thunderbird",
        "Bonjour,\n\nCette facture a été réglée par virement le 30/07, référence VDR-2032-0731. Il est possible que les fonds ne soient pas encore arrivés sur votre compte, les virements vers le Royaume-Uni prenant quelques jours de plus.\n\nBien cordialement,\n\nClaire Duval\nÉcurie du Val de Risle",
        Lab(paid_date="2032-07-30", payment_reference="VDR-2032-0731"),
        cte="8bit",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Société des Courses de l'Ouest", "noreply-paiements@coursesdelouest.example"),
        "2032-08-24 05:30",
        "notice",
        "AVIS DE PAIEMENT\n\nBénéficiaire :          CALDER VALLEY HORSE TRANSPORT LTD\nCode fournisseur :      F-UK-0093\nDate de règlement :     23/08/2032\nMode de règlement :     virement SEPA\nRéférence du virement : 2032-AP-004517\n\nPièce           Date pièce     Montant TTC\nCVH 0446-32     12/07/2032     3 415,00 EUR\n\nTotal réglé : 3 415,00 EUR\n\nCe message est généré automatiquement, merci de ne pas y répondre. Pour toute question : comptabilite.fournisseurs@coursesdelouest.example",
        Lab(
            paid_date="2032-08-23",
            payment_reference="2032-AP-004517",
            amount="3415.00",
            currency="EUR",
            refs=("CVH 0446-32",),
            note="French AP-system payment advice; settled the day before the advice was sent",
        ),
        subject="Avis de paiement n° 2032-AP-004517",
        inv="CVH 0446-32",
        answers=False,
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Rocío Márquez", "administracion@celosalmendros.example"),
        "2032-08-18 12:30",
        "outlook_html",
        "Buenos días:\n\nLes confirmamos que ayer se ordenó la transferencia de 3.450,00 € correspondiente a su factura CVH 0451-32 (transporte de tres caballos a Hickstead). El número de operación es 2032081700093451.\n\nDisculpen el retraso, que se debió al cierre contable de julio.\n\nAtentamente,\n\nRocío Márquez\nAdministración\nCentro Ecuestre Los Almendros, S.L.",
        Lab(
            paid_date="2032-08-17",
            payment_reference="2032081700093451",
            amount="3450.00",
            currency="EUR",
            refs=("CVH 0451-32",),
            note="'ayer se ordenó la transferencia': the transfer was ordered the day before the message",
        ),
        inv="CVH 0451-32",
        amount="3450.00",
        svc="Transporte de caballos Madrid – Hickstead, 3 caballos",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Paco Jiménez", "paco@hipicajimenez.example"),
        "2032-08-19 20:47",
        "android",
        "YA ESTA PAGADO DESDE EL LUNES. MIRAD BIEN LAS CUENTAS",
        Lab(
            paid_date="2032-08-16",
            note="all caps from a phone; 'desde el lunes' is Monday 16 August",
        ),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Bart de Graaf", "bart@staldegraaf.example"),
        "2032-08-13 11:02",
        "gmail_plain",
        "Hoi,\n\nIs vanochtend overgemaakt, € 1.675,-. Sorry voor de vertraging, ik zat in Frankrijk.\n\nGroet,\nBart",
        Lab(paid_date="2032-08-13", amount="1675.00", currency="EUR"),
        amount="1675.00",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Ingrid Bakker", "administratie@manegedehooiberg.example"),
        "2032-08-10 15:18",
        "outlook_html",
        "Goedemiddag,\n\nHebben wij deze niet al betaald? Ik heb het even nagekeken en volgens mij wel: factuur CVH 0412-32 is op 28 juli via de bank voldaan. Het betaalbewijs zit in de bijlage.\n\nKunnen jullie het bij jullie nog eens controleren?\n\nMet vriendelijke groet,\n\nIngrid Bakker\nManege De Hooiberg",
        Lab(
            paid_date="2032-07-28",
            refs=("CVH 0412-32",),
            note="opens with a question but the writer answers it herself and attaches the proof",
        ),
        inv="CVH 0412-32",
        attach=("betaalbewijs_CVH0412-32.pdf", TINY_PDF),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Giulia Ferri", "amministrazione@scuderiamonteamiata.example"),
        "2032-08-24 15:00",
        "outlook_html",
        "Gentili Signori,\n\ncon la presente Vi comunichiamo di aver disposto in data odierna il bonifico di € 2.960,00 a saldo della fattura CVH 0462-32, riferimento operazione 1101232370004561.\n\nRestiamo a disposizione per eventuali chiarimenti.\n\nDistinti saluti\n\nGiulia Ferri\nUfficio Amministrazione\nScuderia Monte Amiata s.r.l.",
        Lab(
            paid_date="2032-08-24",
            payment_reference="1101232370004561",
            amount="2960.00",
            currency="EUR",
            refs=("CVH 0462-32",),
        ),
        inv="CVH 0462-32",
        amount="2960.00",
        cte="b64",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Deborah Marsh", "deborah.marsh@penninerace.example"),
        "2032-08-10 09:40",
        "outlook_html",
        "Good morning,\n\nThank you for your reminder. Invoice CVH 0441-32 (£3,120.00) has now been approved by the Clerk of the Course and released for Friday's payment run. Depending on your bank you should see the funds on Monday or Tuesday next week.\n\nKind regards,\n\nDeborah Marsh\nAccounts Payable Assistant\nPennine Racecourses plc",
        Lab(
            promised_date="2032-08-13",
            amount="3120.00",
            currency="GBP",
            refs=("CVH 0441-32",),
            note="past tense ('approved', 'released') announcing a future payment in Friday's run, Friday 13 August",
        ),
        inv="CVH 0441-32",
        amount="3120.00",
        svc="Race-day horse transport, 4 runners (July meeting)",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Kerry Sutcliffe", "kerry@sutcliffedressage.example"),
        "2032-08-04 22:18",
        "gmail_plain",
        "hiya sorry i know its late, ill pay it end of the month when the livery money comes in from my two girls. its not forgotten x\n\nKerry",
        Lab(
            promised_date="2032-08-31",
            note="no capitals or apostrophes; 'end of the month' is 31 August",
        ),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Tom Ainsworth", "tom@ainsworthshowjumping.example"),
        "2032-08-12 21:14",
        "iphone",
        "Hi, I'm at Dublin with the horses till Monday so not at my desk. Saw this on my phone – will pay it next Thursday when I'm back in the office and can get on the banking.\n\nCheers\nTom",
        Lab(
            promised_date="2032-08-19",
            note="a person writing, although the subject says 'out of office'; 'next Thursday' from Thursday 12 August is the 19th",
        ),
        subject="Out of office till Monday – {rsub}",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Dieter Oltmanns", "kasse@rfv-ammerland.example"),
        "2032-08-11 13:22",
        "outlook_html",
        "Hallo,\n\ndanke für die Erinnerung. Die Rechnung liegt unserem Vorstand zur Freigabe vor, die Zahlung ist für KW 34 eingeplant. Wir überweisen immer gesammelt, früher geht es leider nicht.\n\nViele Grüße\nDieter Oltmanns\nKassenwart RuFV Ammerland e. V.",
        Lab(
            promised_date="2032-08-16",
            note="'KW 34' is the ISO week 16–22 August; like 'next week' it resolves to its Monday",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Julien Marchand", "julien@marchand-cso.example"),
        "2032-08-16 18:05",
        "iphone",
        "Bonjour, je fais le virement fin de mois comme d'habitude, pas de souci.\nJulien",
        Lab(promised_date="2032-08-31", note="'fin de mois' is 31 August"),
    ),
    Reply(
        "pp-fr-2",
        "promise_to_pay",
        "fr",
        ("Martine Lebrun", "tresorerie@jumping-cotefleurie.example"),
        "2032-08-12 11:48",
        "outlook",
        "Bonjour,\n\nNous avons bien reçu votre relance. Notre association règle ses fournisseurs dès que l'organisateur du Grand Prix nous a versé la part qui nous revient, ce qui doit intervenir le 20 de ce mois. Votre facture sera payée le jour même.\n\nEn vous priant de nous excuser pour ce retard, je vous adresse mes sincères salutations.\n\nMartine Lebrun\nTrésorière – Association Jumping de la Côte Fleurie",
        Lab(
            promised_date="2032-08-20",
            note="depends on a third party, but the day is named: 'le 20 de ce mois'",
        ),
        charset="windows-1252",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Álvaro Centeno", "alvaro@yeguadacenteno.example"),
        "2032-08-17 10:12",
        "gmail",
        "Hola,\n\nPerdona el retraso, estamos con la feria y no he tenido tiempo de nada. Lo pagamos a finales de mes sin falta.\n\nUn abrazo,\nÁlvaro",
        Lab(promised_date="2032-08-31", note="'a finales de mes' is 31 August"),
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Lucía Ortega", "lucia@ortegadoma.example"),
        "2032-08-09 08:55",
        "android",
        "Buenos días, se lo pago el 25 cuando cobre. Gracias",
        Lab(promised_date="2032-08-25", note="'el 25' is the 25th of the current month"),
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Freek Hoekstra", "freek@hoekstrasportpaarden.example"),
        "2032-08-03 16:30",
        "gmail",
        "Hallo,\n\nWe zitten even krap na de aankoop van een nieuwe vrachtwagen (ironisch genoeg). Over twee weken is de verkoop van een van onze paarden rond en dan betalen we jullie meteen.\n\nGroet,\nFreek Hoekstra",
        Lab(
            promised_date="2032-08-17",
            note="'over twee weken' from Tuesday 3 August is the 17th; the sale is a condition but the time is given",
        ),
        cte="b64",
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Marloes Jansen", "marloesjansen@hotmail.com"),
        "2032-08-16 00:45",
        "iphone",
        "Sorry!! Helemaal vergeten. Ik maak het volgende week dinsdag over als mijn salaris binnen is",
        Lab(
            promised_date="2032-08-24",
            note="sent at 00:45 on Monday 16 August local time (still Sunday in UTC): 'volgende week dinsdag' is Tuesday 24 August",
        ),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Roberto Bassi", "r.bassi@centroippicolaquercia.example"),
        "2032-08-20 09:15",
        "outlook",
        "Buongiorno,\n\nnon ancora, purtroppo: siamo in attesa del contributo regionale per la manifestazione di luglio. In ogni caso salderemo entro fine mese.\n\nCordiali saluti\nRoberto Bassi\nCentro Ippico La Quercia ASD",
        Lab(
            promised_date="2032-08-31",
            note="'non ancora' negates a payment; the promise follows; 'entro fine mese' is 31 August",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Chiara Pellegrini", "chiara@allevamentolesorgive.example"),
        "2032-08-23 11:40",
        "thunderbird",
        "Buongiorno,\n\nil pagamento della fattura CVH 0455-32 è stato programmato per il 27/08. Vi chiedo scusa per il ritardo, ad agosto l'ufficio lavora a ranghi ridotti.\n\nSaluti,\nChiara Pellegrini\nAllevamento Le Sorgive",
        Lab(
            promised_date="2032-08-27",
            refs=("CVH 0455-32",),
            note="'è stato programmato per il 27/08': scheduled, not yet sent",
        ),
        inv="CVH 0455-32",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Richard Fenwick", "richard@marsdenvalestud.example"),
        "2032-08-02 11:20",
        "outlook",
        "Hello,\n\nPart of this has been paid – we transferred £480.00 for the outward run to Hickstead on 26 July.\n\nThe other £480.00 is for the return journey, which your office cancelled on the Friday afternoon because the driver was off sick. We had to bring both mares home ourselves on the Sunday. We will not be paying for a journey that didn't happen, so please issue a credit note for the return leg.\n\nRegards,\nRichard Fenwick\nMarsden Vale Stud",
        Lab(note="paid part and disputes the rest: dispute wins over the payment claim"),
        amount="960.00",
        svc="Horse transport Marsden – Hickstead and return, 2 mares",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Becky Lomax", "becky@lomaxshowponies.example"),
        "2032-08-05 19:33",
        "gmail",
        "We have NOT paid this because your lorry turned up nearly three hours late on the 17th and we missed both of our classes at the show. I told Dave in your office at the time and again on the phone last week and was told someone would ring me back. Nobody has.\n\nI'm not paying full price for a day we wasted. Until someone actually calls me about it this invoice stays unpaid.\n\nBecky Lomax",
        Lab(note="negated payment ('NOT paid') with the reason: a late arrival"),
        svc="Horse transport to the county show, 2 ponies",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Danielle Hirst", "dhirst@hirstfamily.example"),
        "2032-08-18 07:05",
        "iphone",
        "My horse came off your lorry with a gash on his hind leg that needed 4 stitches. Vet bill was £350 and I sent photos to your driver at the time. I want that taking off before I pay anything, and the 2 hrs waiting time on there is wrong as well, he was loaded and ready when your driver arrived",
        Lab(note="injury claim and a contested waiting-time charge; no full stop at the end"),
        svc="Horse transport Wetherby – Lambourn, 1 horse, incl. 2 h waiting time",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Frank Wessels", "f.wessels@pferdezentrum-elbmarsch.example"),
        "2032-08-03 14:02",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung CVH 0424-32 können wir so nicht begleichen. Laut Ihrem Angebot vom 3. Mai war ein Kilometerpreis von 1,85 € vereinbart, berechnet wurden 2,10 €. Außerdem taucht eine „Fährzuschlag Wochenende“-Position auf, von der nie die Rede war.\n\nBitte schicken Sie uns eine korrigierte Rechnung auf Grundlage des Angebots. Den richtigen Betrag überweisen wir dann umgehend.\n\nMit freundlichen Grüßen\nFrank Wessels\nGeschäftsführer\nPferdezentrum Elbmarsch GmbH",
        Lab(
            refs=("CVH 0424-32",),
            note="contests the price per km and a surcharge; the corrected invoice and the conditional payment are secondary",
        ),
        inv="CVH 0424-32",
        charset="windows-1252",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Sabine Kröger", "info@reitstall-kroeger.example"),
        "2032-08-23 16:20",
        "thunderbird",
        "Hallo,\n\ndie Fahrt vom 12.07. nach Verden ist bei uns zweimal berechnet worden, einmal mit CVH 0420-32 und dann noch einmal mit CVH 0427-32. Die erste Rechnung ist bezahlt, die zweite ist doppelt und wird von uns nicht bezahlt. Bitte stornieren.\n\nGruß\nSabine Kröger",
        Lab(
            refs=("CVH 0420-32", "CVH 0427-32"),
            note="duplicate billing; the payment mentioned is of the first invoice",
        ),
        inv="CVH 0427-32",
        charset="iso-8859-1",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Pierre-Yves Morel", "py.morel@haras-troischenes.example"),
        "2032-08-11 09:50",
        "gmail",
        "Bonjour,\n\nJe conteste cette facture. Le camion loué du 22 au 24 juillet avait un pneu à plat dès le départ et nous avons perdu une journée entière à attendre le dépanneur. Nous ne paierons que deux jours de location sur les trois facturés.\n\nMerci de m'envoyer un avoir pour la journée perdue.\n\nCordialement,\nPierre-Yves Morel\nHaras des Trois Chênes",
        Lab(note="hired horsebox broke down; one day of three contested"),
        svc="Location camion 2 places, 3 jours (22–24/07)",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Javier Sanz", "contabilidad@hipicaelrobledal.example"),
        "2032-08-06 12:44",
        "outlook",
        "Buenos días:\n\nNo estamos de acuerdo con el recargo por combustible de 215,00 euros que aparece en la factura CVH 0437-32. En el presupuesto que nos enviaron en mayo no figuraba ningún recargo y el precio era cerrado.\n\nHasta que no se aclare este punto no podemos tramitar el pago.\n\nUn saludo,\nJavier Sanz\nHípica El Robledal",
        Lab(
            refs=("CVH 0437-32",),
            note="contests a fuel surcharge that was not in the quote",
        ),
        inv="CVH 0437-32",
        charset="iso-8859-1",
    ),
    Reply(
        "di-es-2",
        "dispute",
        "es",
        ("Carmen Villalba", "carmen@villalbasporthorses.example"),
        "2032-08-25 17:10",
        "apple",
        "Hola,\n\nEsta factura no nos corresponde. El transporte a Lanaken se anuló porque la yegua se lesionó, y os avisamos por teléfono y por WhatsApp con una semana de antelación. Tengo los mensajes si hace falta.\n\nPor favor, anuladla.\n\nCarmen",
        Lab(note="billed for a transport that was cancelled in time"),
        svc="Transporte de caballos a Lanaken, 1 yegua",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Jeroen Mulder", "jeroen@muldereventing.example"),
        "2032-08-17 21:02",
        "android",
        "Deze betalen we niet. De 4 uur wachttijd in Calais kwam door jullie eigen planning, de boot was al lang weg toen jullie chauffeur er aankwam. Dat ga ik echt niet betalen.",
        Lab(note="refuses a waiting-time charge caused by the carrier's own planning"),
        svc="Paardentransport Hickstead – Boekel, 2 paarden, incl. 4 uur wachttijd Calais",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Annelies Smit", "annelies@stoeterijhoogeveld.example"),
        "2032-08-19 10:25",
        "gmail_plain",
        "Goedemorgen,\n\nCVH 0409-32 is gewoon betaald op 20 juli. Maar 0415 klopt niet: er stonden twee paarden op de wagen, niet drie. De derde merrie is op het laatste moment thuisgebleven en dat wisten jullie.\n\nGraag een nieuwe factuur voor twee paarden.\n\nGroeten,\nAnnelies Smit",
        Lab(
            refs=("CVH 0409-32", "CVH 0415-32"),
            note="one invoice paid, the other disputed: dispute wins; '0415' is a short form of CVH 0415-32",
        ),
        inv="CVH 0415-32",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Marco Vitale", "m.vitale@tenutasanrocco.example"),
        "2032-08-09 12:10",
        "outlook_html",
        "Buongiorno,\n\nvi scrivo in merito alla fattura in oggetto. Il cavallo è arrivato a Verona con quasi sei ore di ritardo rispetto all'orario concordato e il box era senza acqua. Abbiamo già inviato un reclamo scritto al vostro responsabile operativo il 2 agosto e non abbiamo ancora ricevuto risposta.\n\nFinché il reclamo non sarà chiuso, la fattura resta contestata.\n\nCordiali saluti\nMarco Vitale\nTenuta San Rocco",
        Lab(note="complaint about the service; the invoice is contested until it is settled"),
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Federica Colombo", "federica.colombo@libero.it"),
        "2032-08-26 13:33",
        "iphone",
        "Salve, l'importo non corrisponde al preventivo: avevamo concordato 2.400 euro e ne avete fatturati 2.950. Non pago finché non mi mandate la fattura corretta",
        Lab(note="amount differs from the quote; the corrected-invoice request is secondary"),
        amount="2950.00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Sophie Kendrick", "sophie.kendrick87@hotmail.co.uk"),
        "2032-08-03 20:40",
        "gmail",
        "Hi,\n\nI'm really sorry about this. I was made redundant at the end of June and then my mare needed colic surgery, so money is very tight at the moment. I don't want to ignore it though. Would it be ok if I paid £100 a month until it's cleared? I can set up a standing order from the 1st of September.\n\nThanks for understanding,\nSophie",
        Lab(note="hardship; monthly instalments proposed"),
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Craig Lumb", "craig@lumblivery.example"),
        "2032-08-13 16:05",
        "outlook",
        "Hi there,\n\nI've just sent £500 over by bank transfer and I'll clear the remaining £740 by the end of September once the autumn liveries have paid up. Hope that's OK.\n\nCraig Lumb\nLumb Livery",
        Lab(note="part paid today, the rest later: payment_plan, not payment_sent"),
        amount="1240.00",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Helen Dyson", "helen.dyson@woodlandsequestrian.example"),
        "2032-08-23 10:30",
        "outlook_html",
        "Dear Sir or Madam,\n\nI write regarding the above invoice. Following the flood damage to our indoor school in July, our insurers are still assessing the claim and our cash flow is severely restricted until the settlement is received.\n\nWe accept the charge in full and intend to pay it. However, we would be grateful if you could allow us a further 60 days, to the end of October, before payment is made.\n\nI should be happy to discuss this by telephone if that would help.\n\nYours faithfully,\n\nHelen Dyson\nDirector, Woodlands Equestrian Centre Ltd",
        Lab(note="formal request for more time because of hardship; the charge is accepted"),
        charset="windows-1252",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Lena Hartmann", "lena.hartmann@gmx.de"),
        "2032-08-05 19:20",
        "iphone",
        "Hallo, tut mir leid, die Saison lief bei mir richtig schlecht. Könnte ich die Rechnung in 3 Monatsraten zahlen? Erste Rate Anfang September. LG Lena",
        Lab(note="instalments requested from a phone"),
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Stefan Aldinger", "s.aldinger@turnierstall-aldinger.example"),
        "2032-08-18 09:12",
        "gmail",
        "Guten Morgen,\n\ndie Hälfte (1.300 €) überweise ich heute noch, den Rest Ende September, wenn die Preisgelder von Donaueschingen da sind. Ich hoffe, das passt so.\n\nBeste Grüße\nStefan Aldinger",
        Lab(note="half now, the rest at the end of September: payment_plan"),
        amount="2600.00",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Nathalie Garcia", "direction@ce-desdunes.example"),
        "2032-08-10 14:55",
        "outlook",
        "Madame, Monsieur,\n\nSuite à votre courrier, je me permets de vous demander s'il serait possible d'échelonner le règlement de cette facture en quatre mensualités, à compter du 15 septembre. La saison d'été a été difficile pour notre centre en raison de nombreuses annulations de stages.\n\nJe vous remercie par avance de votre compréhension.\n\nNathalie Garcia\nDirectrice – Centre Équestre des Dunes",
        Lab(note="four monthly instalments requested"),
        charset="windows-1252",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Kévin Roux", "kevin.roux@roux-cavalier.example"),
        "2032-08-20 22:10",
        "android",
        "bonsoir je suis dans une mauvaise passe en ce moment, je peux vous faire 200€ par mois a partir de septembre si ca vous va ?",
        Lab(note="hardship, no capitals or accents; monthly payments offered"),
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Sergio Peña", "sergio.pena@chmontealegre.example"),
        "2032-08-11 13:05",
        "gmail_plain",
        "Hola,\n\n¿Podríamos pagarla en dos veces? La mitad ahora y la otra mitad a finales de septiembre. Este verano ha sido muy flojo de clientes.\n\nGracias,\nSergio Peña\nClub Hípico Montealegre",
        Lab(note="a proposal: 'la mitad ahora' is asked for, not done"),
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Wim Verbeek", "wim@pensionstalverbeek.example"),
        "2032-08-16 10:45",
        "thunderbird",
        "Goedemorgen,\n\nZou het mogelijk zijn om deze factuur in drie termijnen te betalen? Dan betalen we de eerste termijn eind augustus en de andere twee in september en oktober.\n\nMet vriendelijke groet,\nWim Verbeek\nPensionstal Verbeek",
        Lab(note="three instalments; the plan dates are not labelled"),
        cte="8bit",
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Petra de Vries", "petra@manegehetzonnehof.example"),
        "2032-08-24 12:15",
        "outlook_html",
        "Beste mensen,\n\nEerst even excuses dat ik nu pas reageer. Het is hier een gekkenhuis geweest: onze bedrijfsleider is met zwangerschapsverlof, de nieuwe stal is nog steeds niet opgeleverd en we hebben de hele zomer lessen moeten verplaatsen naar de buitenbak. Daarbij is ook nog een van onze lespony's overleden, dus de administratie is een beetje blijven liggen.\n\nWat de factuur betreft: het bedrag klopt, daar gaat het niet om, maar we hebben het nu gewoon niet in één keer. Zou het mogen als we het in twee keer doen, de helft in september en de rest in oktober?\n\nVerder wil ik nog zeggen dat jullie chauffeur bij het vervoer naar Ermelo echt geweldig was met onze jonge paarden.\n\nMet vriendelijke groet,\nPetra de Vries\nManege Het Zonnehof",
        Lab(note="long message with the request buried in the middle; the amount is not contested"),
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Paolo Sala", "segreteria@civalleadda.example"),
        "2032-08-04 10:30",
        "outlook_html",
        "Spett.le Calder Valley Horse Transport,\n\nin riferimento alla Vostra comunicazione, Vi chiediamo la possibilità di una rateizzazione dell'importo in tre rate mensili di pari valore, a partire da settembre.\n\nIn attesa di un Vostro cortese riscontro, porgiamo distinti saluti.\n\nPaolo Sala\nSegreteria, Circolo Ippico Valle dell'Adda",
        Lab(note="formal request for three monthly instalments"),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Alessia Rinaldi", "alessia@rinaldi-horses.example"),
        "2032-08-17 18:40",
        "iphone",
        "Ciao, mi serve un po' più di tempo. Posso darvi metà adesso e il resto a settembre? Scusate",
        Lab(note="more time, half now and half later, asked from a phone"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Aaron Pike", "aaron.pike@castlefordpark-racing.example"),
        "2032-08-04 11:10",
        "outlook_html",
        "Hi,\n\nWe can't process this invoice as it doesn't quote a purchase order number – our system rejects anything without one. The PO for the July race-day transport is 4500123987.\n\nOnce you send the invoice over again with the PO on it, we will pay it on the next run.\n\nThanks,\nAaron Pike\nPurchase Ledger | Castleford Park Racecourse Ltd",
        Lab(
            note="payment conditional on a reissue with the PO number: invoice_request, not a promise"
        ),
        svc="Race-day horse transport, 3 runners",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Zoe Barraclough", "zoebarraclough@gmail.com"),
        "2032-08-09 12:50",
        "iphone",
        "Never got this invoice?? Can u send me a copy pls",
        Lab(note="mobile brevity and text-speak"),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Finance Office (Payables)", "payables@westpennine-college.example"),
        "2032-08-19 14:35",
        "html_only",
        "Dear Supplier,\n\nThank you for your email. Before this invoice can be released for payment we require the following:\n\n1. a statement of account showing all open items;\n2. confirmation of your bank details on company letterhead, signed by a director, as required for all new suppliers under the College's financial regulations.\n\nPlease send both documents to this address. Once they have been verified the invoice will be paid in line with our standard 30-day terms.\n\nRegards,\n\nFinance Office (Payables)\nWest Pennine College\n\nThis email and any attachments are intended solely for the addressee and may contain confidential information. If you have received it in error, please notify the sender and delete it.",
        Lab(
            note="public body needs a statement and confirmed bank details before paying; HTML-only"
        ),
        svc="Horsebox hire with driver, equine students' show day",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Petra Zimmermann", "buchhaltung@hofgut-lindenau.example"),
        "2032-08-12 08:40",
        "outlook",
        "Guten Morgen,\n\nauf Ihrer Rechnung fehlt unsere Umsatzsteuer-ID, die wir Ihnen mit dem Auftrag mitgeteilt hatten. Ohne diese Angabe kann unser Steuerbüro die Rechnung nicht verbuchen.\n\nBitte senden Sie uns die Rechnung noch einmal mit der USt-ID zu – den Betrag überweisen wir dann sofort.\n\nFreundliche Grüße\nPetra Zimmermann\nBuchhaltung Hofgut Lindenau",
        Lab(note="reissue with the VAT ID; the amount is not contested"),
        charset="windows-1252",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Jonas Weber", "jonas.weber@weber-pferdesport.example"),
        "2032-08-24 15:50",
        "gmail",
        "Hallo,\n\nwofür genau ist diese Rechnung? Ich finde bei uns keinen Auftrag über diesen Betrag. Können Sie mir bitte den Transportauftrag oder den Lieferschein schicken, damit ich das zuordnen kann?\n\nDanke und Gruß\nJonas Weber",
        Lab(
            note="asks what the charge is for and for the order: the collector answers with documents"
        ),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Sandrine Perrin", "sandrine.perrin@perrin-chevaux.example"),
        "2032-08-05 10:20",
        "apple",
        "Bonjour,\n\nPourriez-vous refaire la facture au nom de la société (SARL Perrin Chevaux) et non à mon nom personnel ? Sinon notre comptable ne peut pas la passer.\n\nMerci d'avance,\nSandrine Perrin",
        Lab(note="reissue in the company's name; nothing contested"),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Mathieu Blanc", "mathieu@ecurieblanc.example"),
        "2032-08-27 08:05",
        "iphone",
        "Bonjour, je veux bien payer mais je n'ai pas votre RIB. Vous pouvez me l'envoyer ? Merci",
        Lab(note="needs bank details before paying"),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Marta Ruiz", "cuentasapagar@grupoecuestrelevante.example"),
        "2032-08-16 10:00",
        "outlook_html",
        "Buenos días:\n\nPara poder tramitar el pago necesitamos la factura original en PDF y el albarán de transporte firmado por nuestro personal en destino. Ninguno de los dos documentos figura en nuestro sistema.\n\nEn cuanto los recibamos, la factura entrará en el siguiente ciclo de pagos.\n\nSaludos cordiales,\nMarta Ruiz\nDepartamento de Cuentas a Pagar\nGrupo Ecuestre Levante, S.A.",
        Lab(note="documents needed before payment"),
        cte="b64",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Nuria Campos", "nuria@picaderolasencinas.example"),
        "2032-08-20 11:30",
        "gmail_plain",
        "Hola, buenas:\n\n¿Me podéis mandar un extracto de nuestra cuenta con todas las facturas pendientes? Así lo cuadro con la gestoría y os lo pagamos todo junto.\n\nGracias,\nNuria",
        Lab(note="statement of account request"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Kim van Leeuwen", "kim@vanleeuwenhorses.example"),
        "2032-08-11 14:14",
        "gmail",
        "Hoi,\n\nKunnen jullie de factuur nog een keer sturen? Het pdf'je in jullie mail van juli wil bij mij niet openen.\n\nGroetjes,\nKim",
        Lab(note="copy requested"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Stefania Moretti", "contabilita@colleverde-cavalli.example"),
        "2032-08-03 09:25",
        "outlook",
        "Buongiorno,\n\nper poter registrare la fattura ci serve che riporti il nostro codice fiscale e la partita IVA, che nella copia ricevuta mancano. Vi chiediamo cortesemente di inviarci una fattura corretta; provvederemo al pagamento appena ricevuta.\n\nCordiali saluti\nStefania Moretti\nUfficio contabilità\nAzienda Agricola Colle Verde",
        Lab(note="reissue with tax codes; payment conditional on it"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Davide Conti", "davide@contiequitazione.example"),
        "2032-08-25 19:05",
        "android",
        "Di che trasporto si tratta? Ne abbiamo fatti due a luglio. Mi mandate il dettaglio per favore?",
        Lab(note="asks which transport the invoice is for"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Callum Reid", "callum@whitfieldeventing.example"),
        "2032-08-03 13:40",
        "iphone",
        "Hi, I'm just the head groom, I don't deal with any of the invoices. You need Sarah – sarah.whitfield@whitfieldeventing.example\n\nCallum",
        Lab(new_contact="sarah.whitfield@whitfieldeventing.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Fellside Pony Club Treasurer", "treasurer@fellsideponyclub.example"),
        "2032-08-11 16:22",
        "outlook_html",
        "Dear Accounts,\n\nPlease update your records. With immediate effect all invoices, statements and reminders for Fellside Pony Club should be sent only to fellside.pc.accounts@gmail.com. This club address is being closed down next week and will no longer be checked.\n\nPlease do not send anything further to this address or to committee members directly, and there is no need to call the club secretary about this account as she is no longer involved.\n\nKind regards,\nTreasurer\nFellside Pony Club",
        Lab(
            new_contact="fellside.pc.accounts@gmail.com",
            note="asks for collection mail to go to a free-mail address, worded like a phishing attempt; labelled by what it says, a person should verify it by phone",
        ),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Jo Pearson", "jo.pearson1962@gmail.com"),
        "2032-08-20 09:12",
        "apple",
        "Hello, I think you have the wrong person. I have never owned a horse or used your company – there must be another Jo Pearson. Please check your records.\n\nJo",
        Lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Thomas Becker", "t.becker@reiterhof-sonnenberg.example"),
        "2032-08-02 09:30",
        "outlook",
        "Guten Tag,\n\nich bin seit dem 1. Juli nicht mehr für den Reiterhof Sonnenberg tätig und kann Ihnen in dieser Sache nicht weiterhelfen. Bitte wenden Sie sich künftig an Frau Krüger: m.krueger@reiterhof-sonnenberg.example.\n\nFreundliche Grüße\nThomas Becker",
        Lab(new_contact="m.krueger@reiterhof-sonnenberg.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Nina Lindner", "nina@reitsport-lindner.example"),
        "2032-08-18 12:05",
        "gmail",
        "Hallo,\n\nfür Rechnungen bin ich nicht zuständig, das macht bei uns die Buchhaltung: Buchhaltung@Reitsport-Lindner.example – bitte direkt dorthin schicken.\n\nViele Grüße\nNina Lindner",
        Lab(
            new_contact="buchhaltung@reitsport-lindner.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Léa Fontaine", "lea.fontaine@ecuriesdelaforet.example"),
        "2032-08-06 17:25",
        "iphone",
        "Bonjour, je ne m'occupe pas de la compta. Écrivez à compta@ecuriesdelaforet.example, merci",
        Lab(new_contact="compta@ecuriesdelaforet.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Bernard Lefort", "b.lefort@elevage-lefort.example"),
        "2032-08-17 10:50",
        "outlook_html",
        "Bonjour,\n\nJe vous informe que l'élevage a été repris au 1er juillet par M. Antoine Garnier. Les factures concernant les transports réalisés depuis cette date doivent lui être adressées : a.garnier@elevage-garnier.example.\n\nJe reste bien entendu redevable des prestations antérieures, mais celle-ci ne me concerne plus.\n\nBien à vous,\nBernard Lefort",
        Lab(
            new_contact="a.garnier@elevage-garnier.example",
            note="business taken over; the new owner's address is given",
        ),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Raúl Domínguez", "raul@cuadradominguez.example"),
        "2032-08-12 13:15",
        "android",
        "Yo no llevo las facturas, mándaselo a administracion@cuadradominguez.example. Gracias",
        Lab(new_contact="administracion@cuadradominguez.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Luis Gómez", "luis@talleresgomezehijos.example"),
        "2032-08-23 09:58",
        "outlook",
        "Buenos días:\n\nCreo que se han equivocado de destinatario. Somos un taller mecánico de Zaragoza y nunca hemos contratado sus servicios. Les ruego que revisen sus datos.\n\nAtentamente,\nLuis Gómez\nTalleres Gómez e Hijos",
        Lab(note="not a customer at all; no new address"),
        charset="windows-1252",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Lotte Kramer", "lotte@stalkramer.example"),
        "2032-08-04 11:40",
        "gmail",
        "Hallo,\n\nIk doe de administratie van Stal Kramer niet meer, dat is overgenomen door ons boekhoudkantoor. Wil je de factuur en herinneringen voortaan naar info@administratiekantoor-vos.example sturen?\n\nBedankt!\nLotte",
        Lab(new_contact="info@administratiekantoor-vos.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Hans Koster", "h.koster@paardensportcentrum-oost.example"),
        "2032-08-26 14:30",
        "outlook_html",
        "Goedemiddag,\n\nDit bericht had naar onze crediteurenadministratie moeten gaan. Ik heb het doorgestuurd en hen in de cc gezet, maar wilt u voortaan crediteuren@paardensportcentrum-oost.example gebruiken voor facturen en herinneringen?\n\nMet vriendelijke groet,\nHans Koster\nBedrijfsleider – Paardensportcentrum Oost",
        Lab(
            new_contact="crediteuren@paardensportcentrum-oost.example",
            note="the new address is also copied in Cc",
        ),
        cc="Crediteuren Paardensportcentrum Oost <crediteuren@paardensportcentrum-oost.example>",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Giorgio Marchetti", "g.marchetti@scuderiailtrifoglio.example"),
        "2032-08-10 09:05",
        "thunderbird",
        "Buongiorno,\n\nda giugno non sono più il referente amministrativo della scuderia. Vi prego di scrivere a amministrazione@scuderiailtrifoglio.example per questa e per le prossime fatture.\n\nSaluti\nGiorgio Marchetti",
        Lab(new_contact="amministrazione@scuderiailtrifoglio.example"),
        cte="8bit",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Mike Royd", "mike.royd@roydhorses.example"),
        "2032-08-09 21:50",
        "iphone",
        "You'll get your money when I get paid for the foals, same as always. Now stop emailing me every other day, it's beyond a joke.",
        Lab(note="a promise without a date plus 'stop emailing me': unsubscribe wins"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Eleanor Booth", "e.booth@hartleybooth-law.example"),
        "2032-08-12 15:40",
        "outlook",
        "Dear Sirs,\n\nOur client: Mrs Patricia Aldridge\nYour invoice: CVH 0428-32\n\nWe act for Mrs Aldridge in connection with the above invoice, which she disputes. Please note that all further communication regarding this matter must be addressed to this firm in writing. You should not contact our client directly, whether by e-mail, telephone or otherwise.\n\nYours faithfully,\n\nEleanor Booth\nPartner\nHartley Booth LLP, Solicitors\n\nHartley Booth LLP is a limited liability partnership. This e-mail is confidential and may be legally privileged.",
        Lab(
            refs=("CVH 0428-32",),
            note="solicitors: 'do not contact our client, write to us' → unsubscribe, which beats the dispute it mentions; the firm's own address is not a new contact",
        ),
        inv="CVH 0428-32",
        charset="windows-1252",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Gary Ibbotson", "gary.ibbotson@ibbotsonfarms.example"),
        "2032-08-24 07:15",
        "android",
        "TAKE ME OFF YOUR EMAIL LIST. I WILL NOT ASK AGAIN",
        Lab(note="all caps"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Gertrud Hansen", "g.hansen@ponyhof-hansen.example"),
        "2032-08-04 15:20",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nbitte schicken Sie uns keine Zahlungserinnerungen mehr per E-Mail. Schriftverkehr zu Rechnungen wünschen wir ausschließlich auf dem Postweg an unsere Geschäftsadresse.\n\nMit freundlichen Grüßen\nGertrud Hansen\nPonyhof Hansen",
        Lab(note="post only"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Olivier Petit", "olivier.petit@petit-attelage.example"),
        "2032-08-13 12:20",
        "gmail_plain",
        "Arrêtez de m'envoyer ces relances tous les trois jours. Je vous ai déjà dit au téléphone que je paierai quand je pourrai.\n\nO. Petit",
        Lab(note="stop request with a vague promise: unsubscribe wins"),
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Camille Rousseau", "c.rousseau@haras-durocher.example"),
        "2032-08-26 16:45",
        "outlook",
        "Madame, Monsieur,\n\nJe vous prie de ne plus me contacter par courrier électronique au sujet de cette facture. Pour toute question, veuillez vous adresser à mon avocat, Maître Chevalier, qui a été saisi du dossier.\n\nSalutations,\nCamille Rousseau",
        Lab(note="no more e-mail, only through the lawyer"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Pilar Navarro", "pilar@navarrocaballos.example"),
        "2032-08-10 18:00",
        "gmail",
        "Por favor, no me escriban más a este correo. Gracias.",
        Lab(),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Manolo Serrano", "manolo@cuadraserrano.example"),
        "2032-08-23 21:35",
        "iphone",
        "Dejad de mandarme correos, ya lo hablaré con Dave por teléfono. Ya está bien",
        Lab(note="stop request; talking to a named person by phone is no new e-mail contact"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Sanne Bos", "sanne@bosponys.example"),
        "2032-08-05 08:02",
        "iphone",
        "graag afmelden voor deze mails",
        Lab(note="no capitals or punctuation"),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("E. Meijer", "secretariaat@debosruiters.example"),
        "2032-08-18 13:10",
        "outlook",
        "Geachte heer, mevrouw,\n\nWij verzoeken u vriendelijk om ons niet langer per e-mail te benaderen over openstaande posten. Correspondentie hierover ontvangen wij voortaan uitsluitend per post op het adres van onze penningmeester.\n\nMet vriendelijke groet,\nE. Meijer\nSecretaris R.V. De Bosruiters",
        Lab(note="post only"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Luca Fabbri", "luca.fabbri@maneggiofabbri.example"),
        "2032-08-03 11:05",
        "gmail",
        "Non scrivetemi più! Ho già pagato tutto a luglio, controllate i vostri conti invece di mandare mail.\n\nLuca Fabbri",
        Lab(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Martina Greco", "info@scuderiadellago.example"),
        "2032-08-27 10:25",
        "html_only",
        "Buongiorno,\n\nvi chiediamo di cancellare questo indirizzo dalla vostra lista di invio. Non desideriamo ricevere ulteriori comunicazioni via e-mail.\n\nGrazie,\nMartina Greco\nScuderia del Lago",
        Lab(note="HTML-only"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Philippa Crowther", "p.crowther@crowtherbloodstock.example"),
        "2032-08-26 08:34",
        "notice",
        "Thank you for your message. I am away at the Burghley Horse Trials and will be back in the office on Tuesday 7 September. Emails will not be forwarded.\n\nFor anything urgent about transport bookings please ring the yard on 01632 960582.\n\nPhilippa Crowther\nCrowther Bloodstock",
        Lab(return_date="2032-09-07"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Finance Helpdesk", "finance.helpdesk@yorks-agsoc.example"),
        "2032-08-11 08:37",
        "notice",
        "This is an automated response – please do not reply to this message.\n\nThank you for contacting the Finance Helpdesk of the Yorkshire Agricultural Society. Your enquiry has been logged with reference AP-2032-118842 and passed to the Accounts Payable team.\n\nWe aim to respond to supplier enquiries within 10 working days. Payment runs take place every other Thursday, and invoices are only paid once they have been approved by the budget holder.\n\nTo add information to this enquiry, reply to this email keeping the reference in the subject line.",
        Lab(note="ticket acknowledgement; the payment-run sentence is boilerplate, not a promise"),
        subject="[AP-2032-118842] {rsub}",
        headers=(AUTO_GENERATED, ("X-Mailer", "Helpdesk Notifier 5.2")),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Brackenbed Livery", "office@brackenbedlivery.example"),
        "2032-08-09 08:40",
        "notice",
        "Hello, and thanks for getting in touch with Brackenbed Livery.\n\nThe office is closed for our summer break until Monday 16 August. The yard is running as normal and any emergencies should be phoned through to the yard mobile.\n\nWe'll reply to all emails once we're back.\n\nBrackenbed Livery",
        Lab(
            return_date="2032-08-16",
            note="only X-Autoreply, no Auto-Submitted; 'closed until Monday 16 August' → that day",
        ),
        subject="Re: {rsub}",
        headers=(X_AUTOREPLY,),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Katrin Vogel", "k.vogel@trakehnerhof-vogel.example"),
        "2032-08-03 09:45",
        "notice",
        "Guten Tag,\n\nvielen Dank für Ihre E-Mail. Ich befinde mich vom 02.08. bis einschließlich 20.08.2032 im Urlaub und bin ab Montag, 23.08.2032, wieder im Büro.\n\nIn dringenden Fällen wenden Sie sich bitte an meine Kollegin Julia Hofmann (j.hofmann@trakehnerhof-vogel.example).\n\nMit freundlichen Grüßen\nKatrin Vogel",
        Lab(
            return_date="2032-08-23",
            note="'ab Montag, 23.08.' wins over 'bis einschließlich 20.08.'; a colleague's address in an auto-reply does not set new_contact",
        ),
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        (
            "Rechnungseingang RSZ Mittelrhein",
            "rechnungseingang@rsz-mittelrhein.example",
        ),
        "2032-08-20 10:02",
        "notice",
        "Sehr geehrte Damen und Herren,\n\nIhre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer 2032-08-4471 erfasst. Bitte geben Sie diese Nummer bei Rückfragen an.\n\nDie Bearbeitung erfolgt in der Reihenfolge des Eingangs. Bitte sehen Sie von telefonischen Nachfragen ab.\n\nDiese Nachricht wurde automatisch erstellt.\n\nReitsportzentrum Mittelrhein GmbH – Rechnungsprüfung",
        Lab(note="ticket-style acknowledgement with only 'Precedence: bulk'"),
        subject="Eingangsbestätigung – Vorgang 2032-08-4471",
        headers=(("Precedence", "bulk"),),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Élodie Masson", "e.masson@poneyclub-lesetangs.example"),
        "2032-08-11 10:15",
        "notice",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au 24 août inclus. Je serai de retour le mercredi 25 août et traiterai votre message à ce moment-là.\n\nPour toute demande urgente, merci d'appeler l'accueil du club.\n\nÉlodie Masson\nPoney-Club des Étangs",
        Lab(
            return_date="2032-08-25",
            note="the day back wins over 'jusqu'au 24 août inclus'",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Beatriz Lozano", "blozano@ganaderialozano.example"),
        "2032-08-16 08:50",
        "notice",
        "Estoy de vacaciones hasta el 30 de agosto, con acceso limitado al correo. Para cualquier urgencia, pueden llamar a la oficina.\n\nUn saludo,\nBeatriz Lozano",
        Lab(return_date="2032-08-30", note="'hasta X' → X itself"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-es-2",
        "auto_reply",
        "es",
        ("Hípica La Dehesa", "info@hipicaladehesa.example"),
        "2032-08-10 09:41",
        "notice",
        "¡Gracias por escribirnos!\n\nTe informamos de que la hípica permanece cerrada por vacaciones del 9 al 23 de agosto, ambos incluidos. Volvemos el martes 24 de agosto y contestaremos todos los correos por orden de llegada.\n\n¡Feliz verano! 🐴\nHípica La Dehesa",
        Lab(
            return_date="2032-08-24",
            note="autoresponder with no Auto-Submitted, X-Autoreply or Precedence header",
        ),
        subject="Gracias por contactar con Hípica La Dehesa",
        cte="8bit",
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Ruud van Dam", "ruud.vandam@stalvandam.example"),
        "2032-08-06 09:10",
        "notice",
        "Goedendag,\n\nIk ben met vakantie tot en met vrijdag 13 augustus. Vanaf maandag 16 augustus ben ik weer op kantoor en beantwoord ik uw bericht.\n\nMet vriendelijke groet,\nRuud van Dam",
        Lab(
            return_date="2032-08-16",
            note="'vanaf maandag 16 augustus' wins over 'tot en met vrijdag 13 augustus'",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Stal Wolters", "info@stalwolters.example"),
        "2032-08-19 09:38",
        "notice",
        "Bedankt voor uw bericht!\n\nWij zijn deze weken met de paarden op concours en lezen onze mail maar beperkt. U hoort zo snel mogelijk van ons.\n\nTeam Stal Wolters",
        Lab(note="only 'Precedence: auto_reply'; no return date"),
        subject="Re: {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Francesca Russo", "f.russo@allevamentorusso.example"),
        "2032-08-09 09:20",
        "notice",
        "Gentile mittente,\n\nsono fuori ufficio fino a lunedì 16 agosto compreso, con accesso limitato alla posta. Rientrerò martedì 17 agosto.\n\nCordiali saluti\nFrancesca Russo",
        Lab(
            return_date="2032-08-17",
            note="the stated day back wins over 'fino a lunedì 16 agosto compreso'",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Centro Equestre Le Colline", "info@celecolline.example"),
        "2032-08-12 09:33",
        "notice",
        "Gentile cliente,\n\nvi informiamo che i nostri uffici resteranno chiusi per ferie dal 9 al 27 agosto. Riapriremo lunedì 30 agosto.\n\nLe e-mail ricevute in questo periodo saranno lette al nostro rientro.\n\nCentro Equestre Le Colline",
        Lab(return_date="2032-08-30", note="summer closure; the reopening day"),
        subject="Chiusura estiva – {rsub}",
        headers=(AUTO_REPLIED, X_AUTOREPLY),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Stuart Kaye", "stuart@kayebrosracing.example"),
        "2032-08-02 10:55",
        "gmail",
        "Did we not pay this already?? I'm sure Karen sorted it before she went on holiday. Can you check your end and let me know?\n\nStuart",
        Lab(
            note="a question about the status; the writer does not claim a payment, nor dispute anything"
        ),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Anna Metcalfe", "anna@metcalfeshowjumping.example"),
        "2032-08-17 12:20",
        "iphone",
        "Got it thanks, I'll mention it to Richard tonight.",
        Lab(
            note="acknowledgement; mentioning it to a colleague is no commitment and no new address"
        ),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Nina Farrar", "nina@farrarsporthorses.example"),
        "2032-08-25 11:45",
        "outlook_html",
        "Hi,\n\nI'll look at this with my husband at the weekend.\n\nSeparately – are you able to quote for Newbury to Lambourn on Thursday 2nd September? Two mares and a foal at foot, ideally collecting around 10am. We'd need a box with a foal partition.\n\nMany thanks,\nNina Farrar\nFarrar Sport Horses",
        Lab(note="booking enquiry; 'I'll look at this' commits to nothing"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Marie Schulte", "marie.schulte@reitanlage-schulte.example"),
        "2032-08-06 12:30",
        "iphone",
        "Danke, ist angekommen. Ich gebe es an die Chefin weiter.",
        Lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Horst Engel", "h.engel@reitbetrieb-engel.example"),
        "2032-08-16 10:10",
        "outlook",
        "Guten Tag,\n\nich möchte Ihnen mitteilen, dass wir unseren Reitbetrieb zum 31. Juli aus gesundheitlichen Gründen aufgegeben haben. Die Pferde sind verkauft oder in Pension gegeben.\n\nIch sehe mir die offenen Rechnungen in den nächsten Wochen in Ruhe an und melde mich dann bei Ihnen.\n\nMit freundlichen Grüßen\nHorst Engel",
        Lab(
            note="business closed; the owner writes himself, no commitment to pay and no new contact"
        ),
        charset="windows-1252",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Sylvie Girard", "sylvie.girard56@orange.fr"),
        "2032-08-10 20:15",
        "gmail_plain",
        "Bonsoir,\n\nC'est quoi ce mail ? Je ne me souviens pas avoir fait appel à une société anglaise. Ça ressemble fort à une arnaque. Je vais appeler demain le numéro indiqué sur votre site pour vérifier.\n\nS. Girard",
        Lab(note="suspects a scam; not a document request; a person should take the call"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Antoine Leroy", "antoine@ecurie-leroy.example"),
        "2032-08-19 08:40",
        "gmail",
        "Bonjour,\n\nPour la facture, je vois ça avec ma comptable.\n\nEn revanche, pouvez-vous me confirmer l'heure de départ du camion pour Deauville samedi ? On m'a dit 5 h, mais le chauffeur parlait de 6 h.\n\nMerci,\nAntoine Leroy",
        Lab(note="operational question; 'je vois ça avec ma comptable' commits to nothing"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Andrés Molina", "andres@molinaecuestre.example"),
        "2032-08-04 09:40",
        "thunderbird",
        "Recibido, gracias.",
        Lab(note="acknowledgement only"),
        cte="8bit",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Elena Castro", "elena.castro@yeguadacastro.example"),
        "2032-08-24 17:50",
        "iphone",
        "Hola, una pregunta aprovechando el correo: ¿hacéis transportes a Portugal? Tenemos que llevar un potro a Lisboa a mediados de septiembre. Gracias",
        Lab(note="booking enquiry in the reminder thread"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Tom Peters", "tom@peterspaarden.example"),
        "2032-08-18 19:30",
        "android",
        "Oké, ik kijk ernaar",
        Lab(note="acknowledgement without a commitment"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Silvia Gatti", "s.gatti@maneggiogatti.example"),
        "2032-08-13 11:50",
        "outlook",
        "Buongiorno,\n\nricevuto, grazie. Inoltro al nostro commercialista.\n\nSilvia Gatti",
        Lab(note="passing it to an unnamed adviser is not a new contact"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Eleonora Bruno", "eleonora@brunocavalli.example"),
        "2032-08-26 10:05",
        "apple",
        "Buongiorno,\n\nvolevo ringraziare il vostro autista, Mark, per la pazienza che ha avuto con la nostra puledra al carico: era la sua prima volta su un camion ed è arrivata tranquillissima.\n\nPer la fattura ne parlo con mio marito e vi faccio sapere.\n\nEleonora",
        Lab(note="thanks for the driver; 'ne parlo con mio marito' commits to nothing"),
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
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

Label = dict[str, object]


def reply_label(r: Reply) -> Label:
    """The label of a hand-written message, in the key order of the label file."""
    label: Label = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    for name in LABEL_KEYS:
        if hasattr(r.lab, name):
            label[name] = getattr(r.lab, name)
    label["invoice_refs"] = list(r.lab.refs)
    label["language"] = r.lang
    label["note"] = r.lab.note
    return label


def bounce_label(b: Bounce) -> Label:
    """The label of a delivery report."""
    label: Label = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


@dataclass(frozen=True)
class Item:
    """One finished message with its label and the text written for it by hand."""

    key: str
    msg: Message
    label: Label
    written: str
    day: date


def all_items() -> list[Item]:
    """Every message of the corpus, in definition order."""
    items = [Item(r.key, build_reply(r), reply_label(r), r.body, r.dt.date()) for r in REPLIES]
    items += [
        Item(b.key, BOUNCE_BUILDERS[b.builder](b), bounce_label(b), "", b.dt.date())
        for b in BOUNCES
    ]
    return items


def file_order(items: list[Item]) -> list[Item]:
    """Order files by a seeded hash of each key, so that a file name says nothing of its label."""
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}|{item.key}".encode()).hexdigest(),
    )


def fail(name: str, problem: str) -> None:
    """Stop the build with a message."""
    raise SystemExit(f"{name}: {problem}")


def check_parsed(name: str, data: bytes) -> None:
    """Parse a file back: headers decoded, every text part decoded, no defects anywhere."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(name, f"no {header} header")
    for part in msg.walk():
        if part.defects:
            fail(name, f"defects {part.defects}")
        for header, value in part.items():
            text = str(value)
            if "=?" in text:
                fail(name, f"{header} not decoded: {text}")
            if getattr(value, "defects", ()):
                fail(name, f"{header} defects {value.defects}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                fail(name, "a text part does not decode cleanly")


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
AMOUNT = re.compile(r"\d+\.\d{2}")


def check_label(name: str, label: Label, item: Item) -> None:
    """Check the shape of one label and that it agrees with the hand-written text."""
    keys = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != keys:
        fail(name, f"label keys {list(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        fail(name, "unknown intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for key in LABEL_KEYS:
        value = label[key]
        if value is not None and key not in allowed:
            fail(name, f"{key} is set on a {intent} message")
        if value is not None and not isinstance(value, str):
            fail(name, f"{key} is not a string")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if isinstance(value, str) and not ISO_DATE.fullmatch(value):
            fail(name, f"{key} {value} is not an ISO date")
    amount = label["amount"]
    if (amount is None) != (label["currency"] is None):
        fail(name, "amount and currency go together")
    if isinstance(amount, str) and not AMOUNT.fullmatch(amount):
        fail(name, f"amount {amount} is not a plain decimal")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"}:
            fail(name, "bounce kind")
        if not re.fullmatch(r"[245]\.\d{1,3}\.\d{1,3}", str(label["bounce_status"])):
            fail(name, "bounce status")
        if str(label["failed_recipient"]).encode() not in item.msg.as_bytes():
            fail(name, "the failed recipient is not in the report")
    contact = label["new_contact"]
    if isinstance(contact, str) and (
        contact != contact.lower() or contact not in item.written.lower()
    ):
        fail(name, "new_contact must be lower case and written in the message")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        fail(name, "invoice_refs is not a list")
        return
    for ref in refs:
        if not INVOICE_RE.fullmatch(str(ref)) or str(ref)[4:8] not in item.written:
            fail(name, f"invoice ref {ref} is malformed or not in the written text")
    if set(INVOICE_RE.findall(item.written)) - {str(ref) for ref in refs}:
        fail(name, "an invoice number in the written text is not labelled")
    if not FIRST_DAY <= item.day <= LAST_DAY:
        fail(name, f"dated {item.day}, outside the corpus range")


def check_counts(labels: list[Label]) -> None:
    """Twelve messages per intent and the agreed number per language."""
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    if any(intents[i] != PER_INTENT for i in INTENTS) or dict(langs) != EXPECTED_LANGS:
        raise SystemExit(f"counts are off: {dict(intents)} {dict(langs)}")


def count_table(labels: list[Label]) -> str:
    """The intent × language table, as Markdown."""
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
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[Label]:
    """Build, check and write every file and the label file."""
    items = file_order(all_items())
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.msg.as_bytes()
        check_parsed(name, data)
        label: Label = {"file": name, **item.label}
        check_label(name, label, item)
        (HERE / name).write_bytes(data)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
