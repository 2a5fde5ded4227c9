# ruff: noqa: E501, RUF001
"""Build held-out reply corpus 60: `h60-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Harrowgate Print & Sign after it sent an
overdue reminder. The new text of each message is written by hand below, one paragraph a line,
with the typographic characters people really type. The script adds only what a mail client or
a mail server would add: the quoted reminder in the client's layout and language, headers, MIME
structure, charsets and transfer encodings. It writes next to itself, deterministically.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
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
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Literal, TypedDict, get_args

HERE = Path(__file__).resolve().parent
PREFIX = "h60"
SEED = 20270111
AR_NAME = "Harrowgate Receivables"
AR_ADDR = "receivables@harrowgate-print.example"
AR_DOMAIN = "harrowgate-print.example"

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
Lang = Literal["en", "de", "fr", "es", "nl", "it"]
Loc = Literal["en", "us", "de", "fr", "es", "nl", "it"]
Cte = Literal["qp", "b64", "8bit"]
Style = Literal[
    "outlook_plain",
    "outlook_html",
    "outlook_html_only",
    "owa",
    "outlook_ios",
    "outlook_android",
    "gmail",
    "gmail_plain",
    "inline",
    "thunderbird_inline",
    "samsung",
    "apple",
    "apple_html",
    "iphone",
    "thunderbird",
    "notice",
    "notice_alt",
    "raw_html",
]
INTENTS: tuple[Intent, ...] = get_args(Intent)
LANGS: tuple[Lang, ...] = get_args(Lang)
Header2 = tuple[str, str]


class Fields(TypedDict, total=False):
    """What a reply's text states, beyond its intent (keys as in labels.jsonl)."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: str
    new_contact: str


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order of holdout2's labels."""

    file: str
    intent: Intent
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: str | None
    new_contact: str | None
    bounce_kind: Literal["hard", "soft"] | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: Lang
    note: str | None


LABEL_KEYS = tuple(Label.__annotations__)

# --------------------------------------------------------------------------------------------
# Locale tables (clients' own strings)
# --------------------------------------------------------------------------------------------

WEEKDAYS: dict[Loc, tuple[str, str]] = {
    "en": (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "Mon Tue Wed Thu Fri Sat Sun",
    ),
    "us": (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "Mon Tue Wed Thu Fri Sat Sun",
    ),
    "de": (
        "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
        "Mo. Di. Mi. Do. Fr. Sa. So.",
    ),
    "fr": (
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "lun. mar. mer. jeu. ven. sam. dim.",
    ),
    "es": ("lunes martes miércoles jueves viernes sábado domingo", "lun mar mié jue vie sáb dom"),
    "nl": ("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag", "ma di wo do vr za zo"),
    "it": (
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "lun mar mer gio ven sab dom",
    ),
}
MONTHS: dict[Loc, tuple[str, str]] = {
    "en": (
        "January February March April May June July August September October November December",
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    ),
    "us": (
        "January February March April May June July August September October November December",
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    ),
    "de": (
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    ),
    "fr": (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    ),
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "ene feb mar abr may jun jul ago sept oct nov dic",
    ),
    "nl": (
        "januari februari maart april mei juni juli augustus september oktober november december",
        "jan feb mrt apr mei jun jul aug sep okt nov dec",
    ),
    "it": (
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "gen feb mar apr mag giu lug ago set ott nov dic",
    ),
}
GMAIL_ATTR: dict[Loc, str] = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "us": "On {wds}, {mons} {d}, {y} at {h12}:{mm} {ampm} {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: dict[Loc, str] = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "us": "On {mons} {d}, {y}, at {h12}:{mm} {ampm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR: dict[Loc, str] = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "us": "On {m}/{d}/{yy} {h12}:{mm} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT: dict[Loc, str] = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "us": "{wdl}, {monl} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
SAMSUNG_DATE = "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})"


@dataclass(frozen=True, kw_only=True)
class HeaderWords:
    """A client's localised header block: separator line and From/Sent/To/Subject words."""

    original: str
    frm: str
    sent: str
    to: str
    subject: str
    sep: str = ": "


OUTLOOK_WORDS: dict[Loc, HeaderWords] = {
    "en": HeaderWords(
        original="-----Original Message-----", frm="From", sent="Sent", to="To", subject="Subject"
    ),
    "us": HeaderWords(
        original="-----Original Message-----", frm="From", sent="Sent", to="To", subject="Subject"
    ),
    "de": HeaderWords(
        original="-----Ursprüngliche Nachricht-----",
        frm="Von",
        sent="Gesendet",
        to="An",
        subject="Betreff",
    ),
    "fr": HeaderWords(
        original="-----Message d'origine-----",
        frm="De",
        sent="Envoyé",
        to="À",
        subject="Objet",
        sep=" : ",
    ),
    "es": HeaderWords(
        original="-----Mensaje original-----",
        frm="De",
        sent="Enviado el",
        to="Para",
        subject="Asunto",
    ),
    "nl": HeaderWords(
        original="-----Oorspronkelijk bericht-----",
        frm="Van",
        sent="Verzonden",
        to="Aan",
        subject="Onderwerp",
    ),
    "it": HeaderWords(
        original="-----Messaggio originale-----",
        frm="Da",
        sent="Inviato",
        to="A",
        subject="Oggetto",
    ),
}
SAMSUNG_WORDS: dict[Loc, HeaderWords] = {
    "en": HeaderWords(
        original="-------- Original message --------",
        frm="From",
        sent="Date",
        to="To",
        subject="Subject",
    ),
    "us": HeaderWords(
        original="-------- Original message --------",
        frm="From",
        sent="Date",
        to="To",
        subject="Subject",
    ),
    "de": HeaderWords(
        original="-------- Ursprüngliche Nachricht --------",
        frm="Von",
        sent="Datum",
        to="An",
        subject="Betreff",
    ),
    "fr": HeaderWords(
        original="-------- Message d'origine --------",
        frm="De",
        sent="Date",
        to="À",
        subject="Objet",
        sep=" : ",
    ),
    "es": HeaderWords(
        original="-------- Mensaje original --------",
        frm="De",
        sent="Fecha",
        to="Para",
        subject="Asunto",
    ),
    "nl": HeaderWords(
        original="-------- Oorspronkelijk bericht --------",
        frm="Van",
        sent="Datum",
        to="Aan",
        subject="Onderwerp",
    ),
    "it": HeaderWords(
        original="-------- Messaggio originale --------",
        frm="Da",
        sent="Data",
        to="A",
        subject="Oggetto",
    ),
}
OUTLOOK_RE: dict[Loc, str] = {
    "en": "RE: ",
    "us": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
IPHONE_SIG: dict[Loc, str] = {
    "en": "Sent from my iPhone",
    "us": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
SAMSUNG_SIG: dict[Loc, str] = {
    "en": "Sent from my Galaxy",
    "us": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
OUTLOOK_MOBILE_SIG: dict[Loc, str] = {
    "en": "Get Outlook for {os}",
    "us": "Get Outlook for {os}",
    "de": "Outlook für {os} herunterladen",
    "fr": "Télécharger Outlook pour {os}",
    "es": "Obtener Outlook para {os}",
    "nl": "Outlook voor {os} downloaden",
    "it": "Scarica Outlook per {os}",
}
CONTENT_LANGUAGE: dict[Loc, str] = {
    "en": "en-GB",
    "us": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder Harrowgate sent (its own text, in each customer's language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: dict[Lang, str] = {
    "en": "Overdue invoice {inv} – Harrowgate Print & Sign",
    "de": "Überfällige Rechnung {inv} – Harrowgate Print & Sign",
    "fr": "Facture échue {inv} – Harrowgate Print & Sign",
    "es": "Factura vencida {inv} – Harrowgate Print & Sign",
    "nl": "Vervallen factuur {inv} – Harrowgate Print & Sign",
    "it": "Fattura scaduta {inv} – Harrowgate Print & Sign",
}
REMINDER_BODY: dict[Lang, str] = {
    "en": (
        "Hello,\n\n"
        "Our ledger shows the invoice below as unpaid and now past its due date:\n\n"
        "    {inv}    dated {issued}    due {due}    outstanding {amt}\n\n"
        "It covers the printing, finishing and any installation on your order, together with the proof and reprint charges itemised on it. If you have already paid, please reply with the payment date and your reference so that we can allocate it. If anything on the invoice is wrong, reply to this email and we will put it right.\n\n"
        "With thanks,\n\nReceivables\nHarrowgate Print & Sign Ltd\nUnit 7, Tannery Lane Business Park, Harrowgate\nreceivables@harrowgate-print.example · 01632 960 552"
    ),
    "de": (
        "Guten Tag,\n\n"
        "laut unserer Buchhaltung ist die folgende Rechnung noch offen und bereits fällig:\n\n"
        "    {inv}    Rechnungsdatum {issued}    fällig seit {due}    offen {amt}\n\n"
        "Sie umfasst Druck, Weiterverarbeitung und gegebenenfalls Montage Ihres Auftrags sowie die darin aufgeführten Kosten für Korrekturabzüge und Nachdrucke. Falls Sie bereits gezahlt haben, nennen Sie uns bitte Zahlungsdatum und Verwendungszweck, damit wir die Zahlung zuordnen können. Stimmt an der Rechnung etwas nicht, antworten Sie einfach auf diese E-Mail.\n\n"
        "Vielen Dank und freundliche Grüße\n\nDebitorenbuchhaltung\nHarrowgate Print & Sign Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n'est pas encore réglée alors que son échéance est passée :\n\n"
        "    {inv}    émise le {issued}    échéance {due}    reste dû {amt}\n\n"
        "Elle couvre l'impression, le façonnage et, le cas échéant, la pose de votre commande, ainsi que les frais de BAT et de réimpression qui y sont détaillés. Si le paiement est déjà parti, merci de nous indiquer sa date et sa référence afin que nous puissions le rapprocher. Si un élément de la facture vous paraît inexact, répondez simplement à ce message.\n\n"
        "Merci par avance et bonne journée,\n\nService recouvrement\nHarrowgate Print & Sign Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestra contabilidad, la siguiente factura sigue pendiente de pago y ya ha vencido:\n\n"
        "    {inv}    fecha {issued}    vencimiento {due}    pendiente {amt}\n\n"
        "La factura incluye la impresión, el acabado y, en su caso, la instalación de su pedido, así como los cargos por pruebas y reimpresiones que figuran desglosados. Si ya ha realizado el pago, indíquenos la fecha y la referencia para poder conciliarlo. Si hay algún error en la factura, responda a este correo y lo revisaremos.\n\n"
        "Un cordial saludo,\n\nDepartamento de cobros\nHarrowgate Print & Sign Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "In onze administratie staat de onderstaande factuur nog open, terwijl de vervaldatum inmiddels verstreken is:\n\n"
        "    {inv}    factuurdatum {issued}    vervallen op {due}    openstaand {amt}\n\n"
        "De factuur betreft het drukwerk, de afwerking en eventueel de montage van uw opdracht, inclusief de daarop vermelde kosten voor drukproeven en herdrukken. Heeft u al betaald? Laat ons dan de betaaldatum en uw kenmerk weten, zodat wij de betaling kunnen koppelen. Klopt er iets niet aan de factuur, reageer dan gewoon op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer\nHarrowgate Print & Sign Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità la fattura indicata di seguito risulta ancora aperta e oltre la scadenza:\n\n"
        "    {inv}    emessa il {issued}    scadenza {due}    residuo {amt}\n\n"
        "La fattura riguarda stampa, finitura ed eventuale installazione del vostro ordine, comprese le spese per bozze e ristampe indicate in dettaglio. Se avete già pagato, vi chiediamo di comunicarci data e riferimento del pagamento per consentirci di abbinarlo. Se qualcosa nella fattura non vi torna, rispondete pure a questa e-mail.\n\n"
        "Grazie e cordiali saluti,\n\nUfficio crediti\nHarrowgate Print & Sign Ltd"
    ),
}
DATE_FORMAT: dict[Lang, str] = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "..."}

# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and what it says."""

    key: str
    intent: Intent
    lang: Lang
    who: tuple[str, str]
    when: str
    style: Style
    body: str
    fields: Fields = field(default_factory=Fields)
    refs: tuple[str, ...] = ()
    note: str | None = None
    loc: Loc | None = None
    inv: str = ""
    amount: str = ""
    cur: str = ""
    rcpt: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: Cte = "qp"
    headers: tuple[Header2, ...] = ()
    attach: tuple[str, bytes] | None = None
    thread: bool = True

    @property
    def dt(self) -> datetime:
        """The Date of the message, in the sender's zone."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def client_loc(self) -> Loc:
        """The locale of the sender's mail client."""
        return self.loc or self.lang

    @property
    def invoice(self) -> str:
        """The invoice the reminder was about."""
        return self.inv or INVOICES[self.key]

    @property
    def currency(self) -> str:
        """Currency of the reminder's amount."""
        return self.cur or ("GBP" if self.lang == "en" else "EUR")

    @property
    def reminder_amount(self) -> str:
        """The reminder's outstanding amount as a plain decimal."""
        if self.amount:
            return self.amount
        raw = digest(self.key, "amount")
        return f"{380 + raw[1] * 11 + raw[2] % 7}.{raw[3] % 100:02d}"

    @property
    def to_addr(self) -> str:
        """Where the reminder was sent."""
        return self.rcpt or self.who[1]


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """Stable bytes for a message key."""
    return hashlib.sha256(f"holdout60|{salt}|{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """Stable base32 characters for a message key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def date_words(loc: Loc, dt: datetime) -> dict[str, str]:
    """Format fields for the client-side date templates."""
    weekday, month = dt.weekday(), dt.month - 1
    offset = dt.strftime("%z")
    return {
        "wdl": WEEKDAYS[loc][0].split()[weekday],
        "wds": WEEKDAYS[loc][1].split()[weekday],
        "monl": MONTHS[loc][0].split()[month],
        "mons": MONTHS[loc][1].split()[month],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
        "tz": f"{offset[:3]}:{offset[3:]}",
    }


def fill(template: str, loc: Loc, dt: datetime, **extra: str) -> str:
    """A client date template filled in for `dt`."""
    return template.format(**date_words(loc, dt), **extra)


def reminder_sent(reply: datetime, key: str) -> datetime:
    """The reminder went out on a working day shortly before the reply, a little after nine (UK)."""
    day = reply.date() - timedelta(days=1 + digest(key, "lag")[0] % 3)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    sent = datetime(day.year, day.month, day.day, 9, 1 + day.day % 9, 30, tzinfo=UTC)
    return sent.astimezone(reply.tzinfo)


def money(amount: str, currency: str, lang: Lang) -> str:
    """An amount as the reminder prints it in the customer's language."""
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    if currency == "GBP":
        return f"£{grouped}.{cents}"
    if currency == "USD":
        return f"US${grouped}.{cents}"
    if lang == "en":
        return f"€{grouped}.{cents}"
    sep = {"fr": "\u00a0"}.get(lang, ".")
    number = f"{grouped.replace(',', sep)},{cents}"
    return f"€ {number}" if lang in {"nl", "it"} else f"{number}\u00a0€"


def latin1_safe(text: str) -> str:
    """What a Latin-1 client makes of characters outside Latin-1."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def fit_charset(text: str, charset: str) -> str:
    """The quoted reminder as the client re-encodes it."""
    return latin1_safe(text) if charset == "iso-8859-1" else text


def quote_lines(text: str) -> str:
    """Quote with `>` the way mail clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Plain lines as HTML with line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Blank-line separated paragraphs as HTML."""
    return "\n".join(f"<div>{html_lines(p)}</div><div><br></div>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Lines as Word's MsoNormal paragraphs."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------

NO_ENCODING = 0  # neither QP nor BASE64: the body goes out as 7bit or 8bit
BODY_ENCODING: dict[Cte, int] = {
    "qp": email_charset.QP,
    "b64": email_charset.BASE64,
    "8bit": NO_ENCODING,
}


def text_part(text: str, *, subtype: str, charset: str, cte: Cte) -> Message:
    """A text part in the charset and transfer encoding the client would choose."""
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    codec = email_charset.Charset(charset)
    codec.body_encoding = BODY_ENCODING[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, codec)
    return part


def alternative(plain: Message, rich: Message) -> Message:
    """multipart/alternative with a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


def encoded_header(value: str, *, charset: str, name: str) -> str:
    """A header value as a client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def display_address(name: str, addr: str, charset: str) -> str:
    """A From/To address with an encoded display name when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset=charset, name='From')} <{addr}>"


# --------------------------------------------------------------------------------------------
# The quoted reminder, as each client shows it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder being answered, seen from the replying client."""

    text: str
    subject: str
    sent: datetime
    loc: Loc
    to: str


def reminder_text(*, lang: Lang, inv: str, amount: str, currency: str, sent: datetime) -> str:
    """The reminder body Harrowgate sent."""
    due = sent.date() - timedelta(days=12 + sent.day % 17)
    issued = due - timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=issued.strftime(DATE_FORMAT[lang]),
        due=due.strftime(DATE_FORMAT[lang]),
        amt=money(amount, currency, lang),
    )


def make_quote(r: Reply) -> Quote:
    """The reminder as the reply's client quotes it."""
    sent = reminder_sent(r.dt, r.key)
    text = reminder_text(
        lang=r.lang, inv=r.invoice, amount=r.reminder_amount, currency=r.currency, sent=sent
    )
    subject = REMINDER_SUBJECT[r.lang].format(inv=r.invoice)
    name, addr = r.who[0], r.to_addr
    to = formataddr((name, addr)) if name.isascii() else f"{name} <{addr}>"
    return Quote(
        text=fit_charset(text, r.charset),
        subject=fit_charset(subject, r.charset),
        sent=sent,
        loc=r.client_loc,
        to=fit_charset(to, r.charset),
    )


def header_block(q: Quote, words: HeaderWords, sent: str) -> list[str]:
    """From/Sent/To/Subject lines of a forwarded-style quote block."""
    sep = words.sep
    return [
        f"{words.frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{words.sent}{sep}{sent}",
        f"{words.to}{sep}{q.to}",
        f"{words.subject}{sep}{q.subject}",
    ]


def outlook_block(q: Quote) -> list[str]:
    """Outlook's header block in the client's language."""
    return header_block(q, OUTLOOK_WORDS[q.loc], fill(OUTLOOK_SENT[q.loc], q.loc, q.sent))


def word_document(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup with the grey top-border divider."""
    rows = "<br>\n".join(
        f"<b>{html.escape(line.split(OUTLOOK_WORDS[q.loc].sep, 1)[0])}{html.escape(OUTLOOK_WORDS[q.loc].sep.rstrip())}</b> "
        f"{html.escape(line.split(OUTLOOK_WORDS[q.loc].sep, 1)[1])}"
        for line in outlook_block(q)
    )
    lang = CONTENT_LANGUAGE[q.loc].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container">\n'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt">{rows}<o:p></o:p></p>\n'
        "</div>\n"
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</div>\n</body>\n</html>\n"
    )


def style_outlook_plain(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_WORDS[q.loc].original, *outlook_block(q)])
    return text_part(
        f"{r.body}\n\n{block}\n\n{q.text}\n", subtype="plain", charset=r.charset, cte=r.cte
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    plain = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(
        text_part(plain, subtype="plain", charset=r.charset, cte=r.cte),
        text_part(word_document(r, q), subtype="html", charset=r.charset, cte=r.cte),
    )


def style_outlook_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_document(r, q), subtype="html", charset=r.charset, cte=r.cte)


def owa_markup(r: Reply, q: Quote, *, above: str = "") -> str:
    """Outlook on the web / Outlook mobile HTML with the divRplyFwdMsg header block."""
    rows = "<br>\n".join(
        f"<b>{html.escape(line.split(':', 1)[0])}:</b>{html.escape(line.split(':', 1)[1])}"
        for line in outlook_block(q)
    )
    return (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n{above}"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{rows}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body>\n</html>\n"
    )


def style_owa(r: Reply, q: Quote) -> Message:
    plain = "\n".join([r.body, "", "_" * 32, *outlook_block(q), "", q.text, ""])
    return alternative(
        text_part(plain, subtype="plain", charset=r.charset, cte=r.cte),
        text_part(owa_markup(r, q), subtype="html", charset=r.charset, cte=r.cte),
    )


def mobile_sig(q: Quote, os_name: str) -> str:
    return OUTLOOK_MOBILE_SIG[q.loc].format(os=os_name)


def style_outlook_ios(r: Reply, q: Quote) -> Message:
    sig = mobile_sig(q, "iOS")
    plain = "\n".join([r.body, "", sig, "_" * 32, *outlook_block(q), "", q.text, ""])
    above = f'<div dir="ltr"><br></div>\n<div id="ms-outlook-mobile-signature" dir="ltr">{html.escape(sig)}</div>\n'
    return alternative(
        text_part(plain, subtype="plain", charset=r.charset, cte="b64"),
        text_part(owa_markup(r, q, above=above), subtype="html", charset=r.charset, cte="b64"),
    )


def style_outlook_android(r: Reply, q: Quote) -> Message:
    plain = "\n".join(
        [r.body, "", mobile_sig(q, "Android"), "_" * 32, *outlook_block(q), "", q.text, ""]
    )
    return text_part(plain, subtype="plain", charset=r.charset, cte="b64")


def gmail_attr(q: Quote) -> str:
    return fill(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    plain = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>\n'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>\n"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, subtype="plain", charset=r.charset, cte=r.cte),
        text_part(markup, subtype="html", charset=r.charset, cte=r.cte),
    )


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


INLINE_MARK = re.compile(r"^\[\[Q:(\d+)-(\d+)\]\]$")


def interleave(body: str, reminder: str) -> list[str]:
    """The body with each [[Q:a-b]] line replaced by reminder paragraphs a..b, quoted."""
    paragraphs = reminder.split("\n\n")
    out = []
    for line in body.split("\n"):
        mark = INLINE_MARK.match(line)
        if mark is None:
            out.append(line)
            continue
        first, last = int(mark.group(1)), int(mark.group(2))
        out.append(quote_lines("\n\n".join(paragraphs[first : last + 1])))
    return out


def style_inline(r: Reply, q: Quote) -> Message:
    """Gmail plain text, answering between quoted paragraphs of the reminder."""
    text = "\n".join([gmail_attr(q), "", *interleave(r.body, q.text), ""])
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def style_thunderbird_inline(r: Reply, q: Quote) -> Message:
    """Thunderbird, answering between quoted paragraphs of the reminder."""
    attr = fill(THUNDERBIRD_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    text = "\n".join([attr, *interleave(r.body, q.text), ""])
    part = text_part(text, subtype="plain", charset=r.charset, cte=r.cte)
    part.set_param("format", "flowed")
    return part


def style_samsung(r: Reply, q: Quote) -> Message:
    sent = fill(SAMSUNG_DATE, q.loc, q.sent)
    block = "\n".join([SAMSUNG_WORDS[q.loc].original, *header_block(q, SAMSUNG_WORDS[q.loc], sent)])
    text = f"{r.body}\n\n\n\n{SAMSUNG_SIG[q.loc]}\n\n\n{block}\n\n{q.text}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte="b64")


def apple_attr(q: Quote) -> str:
    return fill(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def style_apple_html(r: Reply, q: Quote) -> Message:
    plain = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f"{html_paragraphs(r.body)}"
        f'<div><br><blockquote type="cite"><div>{html.escape(apple_attr(q))}</div><br>'
        f"{html_paragraphs(q.text)}</blockquote></div><br></body></html>\n"
    )
    return alternative(
        text_part(plain, subtype="plain", charset=r.charset, cte=r.cte),
        text_part(markup, subtype="html", charset=r.charset, cte=r.cte),
    )


def style_iphone(r: Reply, q: Quote) -> Message:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    text = f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n"
    return text_part(text, subtype="plain", charset=r.charset, cte=r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fill(THUNDERBIRD_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(
        f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n",
        subtype="plain",
        charset=r.charset,
        cte=r.cte,
    )
    part.set_param("format", "flowed")
    return part


def style_notice(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return text_part(r.body + "\n", subtype="plain", charset=r.charset, cte=r.cte)


def style_notice_alt(r: Reply, q: Quote) -> Message:
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{html_paragraphs(r.body)}</div></body></html>\n'
    )
    return alternative(
        text_part(r.body + "\n", subtype="plain", charset=r.charset, cte=r.cte),
        text_part(markup, subtype="html", charset=r.charset, cte=r.cte),
    )


def style_raw_html(r: Reply, q: Quote) -> Message:
    del q
    return text_part(r.body, subtype="html", charset=r.charset, cte=r.cte)


STYLES: dict[Style, Callable[[Reply, Quote], Message]] = {
    "outlook_plain": style_outlook_plain,
    "outlook_html": style_outlook_html,
    "outlook_html_only": style_outlook_html_only,
    "owa": style_owa,
    "outlook_ios": style_outlook_ios,
    "outlook_android": style_outlook_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "inline": style_inline,
    "thunderbird_inline": style_thunderbird_inline,
    "samsung": style_samsung,
    "apple": style_apple,
    "apple_html": style_apple_html,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "notice": style_notice,
    "notice_alt": style_notice_alt,
    "raw_html": style_raw_html,
}
OUTLOOK_DESKTOP: frozenset[Style] = frozenset(
    {"outlook_plain", "outlook_html", "outlook_html_only", "owa"}
)
STYLE_HEADERS: dict[Style, tuple[Header2, ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C161)"),),
    "thunderbird_inline": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
        ),
    ),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
        ),
    ),
}
BOUNDARY_PREFIX: dict[Style, str] = {
    "gmail": "000000000000",
    "apple_html": "Apple-Mail=_",
    "outlook_html": "_000_",
    "owa": "_000_",
    "outlook_ios": "_000_",
    "notice_alt": "_000_",
}


# --------------------------------------------------------------------------------------------
# Whole replies
# --------------------------------------------------------------------------------------------


def reminder_msgid(key: str) -> str:
    return f"<{b32(key, 'reminder', 22).lower()}@{AR_DOMAIN}>"


def reply_msgid(r: Reply) -> str:
    raw = digest(r.key, "reply")
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain", "inline"} or domain == "gmail.com":
        return f"<CAJ{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:38]}@mail.gmail.com>"
    if r.style in OUTLOOK_DESKTOP or r.style.startswith("outlook"):
        host = f"{b32(r.key, 'host', 2)}{raw[0] % 9 + 1}PR0{raw[1] % 9 + 1}MB{raw[2] * 37 % 9000 + 1000}"
        return f"<{host}{b32(r.key, 'ms', 6)}@{host}.eurprd0{raw[3] % 9 + 1}.prod.outlook.example>"
    if r.style in {"apple", "apple_html", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "samsung":
        return f"<{raw.hex()[:16]}.{raw.hex()[16:24]}@email.android.com>"
    return f"<{raw.hex()[:26]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_DESKTOP else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[Header2]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", encoded_header(q.subject, charset=r.charset, name="Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", CONTENT_LANGUAGE[q.loc]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"
        content_headers_last(msg)


def strip_part_versions(part: Message, *, root: bool) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    enclosed = part.get_content_type() == "message/rfc822"
    for sub in part.get_payload():
        if isinstance(sub, Message):
            strip_part_versions(sub, root=enclosed)


def fix_boundaries(msg: Message, *, key: str, prefix: str) -> None:
    """Deterministic boundaries, shaped like the sending software's own."""
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 26))


def finalize(msg: Message, *, key: str, prefix: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg, root=True)
    fix_boundaries(msg, key=key, prefix=prefix)
    return msg


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = display_address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded_header(reply_subject(r, q), charset=r.charset, name="Subject")
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.thread:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_DESKTOP else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, key=r.key, prefix=BOUNDARY_PREFIX.get(r.style, "----=_Part_"))


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Header2 = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Header2 = ("Auto-Submitted", "auto-generated")
SUPPRESS: Header2 = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R/Size 3>>\n%%EOF\n"
)


def hps(*numbers: int) -> tuple[str, ...]:
    """Harrowgate invoice numbers in their normalised form."""
    return tuple(f"HPS/26/{n}" for n in numbers)


NETSUITE_ADVICE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222222">
<table width="640" cellpadding="6" style="background:#1f3b5a;color:#ffffff"><tr><td><b>Brightmoor Motor Group Ltd</b><br>Remittance Advice</td></tr></table>
<p>Dear Supplier,</p>
<p>A payment has been made to <b>Harrowgate Print &amp; Sign Ltd</b> by BACS. The details are shown below.</p>
<table cellpadding="3">
<tr><td>Payment No.</td><td>BMG-BP-11872</td></tr>
<tr><td>Payment Date</td><td>14/01/2027</td></tr>
<tr><td>Supplier Account</td><td>V-00318</td></tr>
<tr><td>Payment Method</td><td>BACS</td></tr>
</table>
<br>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dfe6ee"><th align="left">Branch</th><th align="left">Your Invoice #</th><th align="left">Invoice Date</th><th align="right">Amount Paid</th></tr>
<tr><td>Northfield</td><td>HPS/26/4390</td><td>19/11/2026</td><td align="right">£1,416.00</td></tr>
<tr><td>Castle Street</td><td>HPS/26/4402</td><td>24/11/2026</td><td align="right">£1,290.40</td></tr>
<tr><td>Abbeygate</td><td>HPS/26/4415</td><td>30/11/2026</td><td align="right">£1,212.00</td></tr>
<tr><td colspan="3" align="right"><b>Total</b></td><td align="right"><b>£3,918.40</b></td></tr>
</table>
<p>Funds normally reach the payee's account within two working days. Please direct any queries to accounts.payable@brightmoor-motors.example, quoting the payment number.</p>
<p style="color:#777777;font-size:8pt">This message was generated automatically by NetSuite on behalf of Brightmoor Motor Group Ltd. Replies to this address are not read.</p>
</body></html>
"""

BASWARE_ADVICE = """Zahlungsavis

Sehr geehrte Damen und Herren,

zu Ihren Gunsten wurde folgende Zahlung angewiesen:

Zahlungsnummer:    2027-000318
Valutadatum:       18.01.2027
Zahlungsweg:       SEPA-Überweisung
Empfänger:         Harrowgate Print & Sign Ltd
IBAN Empfänger:    GB** **** **** **** **42 17

Beleg-Nr.     Ihre Rechnung    Rechnungsdatum    Betrag EUR
5100044712    HPS/26/4428      02.12.2026          2.380,00

Summe                                              2.380,00

Diese Nachricht wurde automatisch durch Basware P2P erstellt. Bitte antworten Sie nicht auf diese E-Mail. Rückfragen richten Sie bitte an kreditoren@altenmuehl.example.

Stadt Altenmühl · Kämmerei · Rathausplatz 1"""

PAYMENT_SENT: list[Reply] = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        who=("Mark Tolley", "mark@tolleyandhart.example"),
        when="2027-01-12 08:14 +0000",
        style="iphone",
        body="Paid.",
        note="one-word 'Paid.' answering the reminder; no date given, so paid_date is null",
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        who=("Brightmoor Motor Group", "noreply-ap@brightmoor-motors.example"),
        when="2027-01-14 06:02 +0000",
        style="raw_html",
        body=NETSUITE_ADVICE,
        fields=Fields(
            paid_date="2027-01-14",
            payment_reference="BMG-BP-11872",
            amount="3918.40",
            currency="GBP",
        ),
        refs=hps(4390, 4402, 4415),
        note="NetSuite remittance advice from a franchise head office paying for three branches; Auto-Submitted: auto-generated does not make it an auto_reply; the total is the amount",
        subject="Remittance Advice BMG-BP-11872 from Brightmoor Motor Group Ltd",
        headers=(AUTO_GENERATED, ("X-Mailer", "NetSuite")),
        thread=False,
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        who=("Priya Raman", "priya.raman@lanternhouse-events.example"),
        when="2027-01-20 13:47 +0000",
        style="outlook_ios",
        body="Hi – I'm off this week but your reminder popped up on my phone, so I've just rung your office and paid the full £1,065.00 by card with Dawn. She gave me authorisation code 448213 if that helps at your end.\n\nPriya\n\nPriya Raman | Event Coordinator\nLantern House Events",
        fields=Fields(
            paid_date="2027-01-20", payment_reference="448213", amount="1065.00", currency="GBP"
        ),
        note="a person's reply whose subject says 'out of office': card payment taken by phone today; the authorisation code is the payment reference",
        inv="HPS/26/4448",
        amount="1065.00",
        subject="Out of office this week – quick reply re your invoice",
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        who=("Stadt Altenmühl, Kämmerei", "zahlungsavis@altenmuehl.example"),
        when="2027-01-18 05:40 +0100",
        style="notice",
        body=BASWARE_ADVICE,
        fields=Fields(
            paid_date="2027-01-18",
            payment_reference="2027-000318",
            amount="2380.00",
            currency="EUR",
        ),
        refs=hps(4428),
        note="Basware payment advice from a town council (Auto-Submitted: auto-generated); 'angewiesen' with today's value date is a payment sent",
        subject="Zahlungsavis 2027-000318 – Stadt Altenmühl",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED,),
        thread=False,
    ),
    Reply(
        key="ps-de-2",
        intent="payment_sent",
        lang="de",
        who=("Doris Kampmann", "d.kampmann@eventwerk-rheinland.example"),
        when="2027-01-19 10:22 +0100",
        style="outlook_html",
        body="Guten Morgen,\n\ndie HPS/26/4436 für die Messestand-Banner haben wir am vergangenen Freitag zusammen mit Ihrer Nachdruckrechnung überwiesen, für beide zusammen 2.311,70 EUR. Vermutlich ist das bei Ihnen als eine Sammelzahlung eingegangen – schauen Sie bitte noch einmal nach.\n\nMit freundlichen Grüßen\n\nDoris Kampmann\nBuchhaltung\n\nEventWerk Rheinland GmbH · Hafenstraße 18 · 50679 Köln\nAmtsgericht Köln HRB 81234 · Geschäftsführer: Till Osterkamp",
        fields=Fields(paid_date="2027-01-15", amount="2311.70", currency="EUR"),
        refs=hps(4436),
        note="'am vergangenen Freitag' from Tue 19 Jan = 15 Jan; one transfer for two invoices, the total is the amount",
        inv="HPS/26/4436",
        amount="1964.20",
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        who=("Lucie Marchand", "lucie@agence-boreale.example"),
        when="2027-01-19 11:02 +0100",
        style="gmail_plain",
        body="Bonjour,\n\nle virement est parti ce matin : 1 248,00 EUR, ref. 7781203. Desole pour le retard, notre compta etait en conges jusqu'a hier.\n\nBonne journee,\nLucie",
        fields=Fields(
            paid_date="2027-01-19", payment_reference="7781203", amount="1248.00", currency="EUR"
        ),
        note="written without accents; 'ce matin' is the message date",
        amount="1248.00",
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        who=("Comptabilité – Les Ateliers du Fil", "compta@ateliersdufil.example"),
        when="2027-01-27 15:36 +0100",
        style="outlook_plain",
        body="Bonjour Madame, Monsieur,\n\nNous accusons réception de votre rappel. Le virement relatif à la facture HPS/26/4459 a été ordonné le 25/01 depuis notre compte principal et sera crédité sous 48 heures ouvrables, avec la communication structurée +++090/4459/12718+++.\n\nVeuillez agréer nos salutations distinguées,\n\nNadia Benali\nComptabilité\nLes Ateliers du Fil asbl – atelier d'insertion socioprofessionnelle\nRue des Tisserands 14 – 1080 Bruxelles",
        fields=Fields(paid_date="2027-01-25", payment_reference="+++090/4459/12718+++"),
        refs=hps(4459),
        note="Belgian charity; 'ordonné le 25/01 … sera crédité': instructed in the past, credit still to come, so payment_sent on the 25th",
        inv="HPS/26/4459",
        charset="windows-1252",
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        who=("Lorena Ibáñez", "lorena@inmosolana.example"),
        when="2027-01-25 09:41 +0100",
        style="gmail",
        body="Hola, buenos días:\n\nOs confirmo que la transferencia se hizo el viernes pasado, por 1.530,00 €. Os adjunto el justificante por si os hace falta.\n\nUn saludo,\n\nLorena Ibáñez\nAdministración · Inmobiliaria Solana",
        fields=Fields(paid_date="2027-01-22", amount="1530.00", currency="EUR"),
        note="'el viernes pasado' from Mon 25 Jan = 22 Jan; proof of transfer attached",
        amount="1530.00",
        attach=("justificante_transferencia.pdf", FAKE_PDF),
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        who=("Paco Herrera", "paco@automocionherrera.example"),
        when="2027-02-03 00:40 +0100",
        style="samsung",
        body="ya esta pagado, se mando ayer por la tarde",
        fields=Fields(paid_date="2027-02-02"),
        note="no accents; sent at 00:40 local time (still 2 Feb in UTC), so 'ayer' is 2 Feb in the sender's zone",
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        who=("Sanne de Boer", "sanne@feestfabriek-events.example"),
        when="2027-01-18 09:05 +0100",
        style="outlook_plain",
        body="Goedemorgen,\n\nFactuur 4412 is op donderdag 14 januari al betaald, betalingskenmerk 1100 4412 7731 0019. Misschien is hij bij jullie nog niet verwerkt?\n\nGroet,\nSanne de Boer\nFinanciële administratie | De Feestfabriek",
        fields=Fields(paid_date="2027-01-14", payment_reference="1100 4412 7731 0019"),
        refs=hps(4412),
        note="'4412' is a short form of HPS/26/4412",
        inv="HPS/26/4412",
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        who=("Joost van Rijn", "joost@makelaardijvanrijn.example"),
        when="2027-01-28 12:10 +0100",
        style="iphone",
        body="Vanochtend gedaan 👍",
        fields=Fields(paid_date="2027-01-28"),
        note="'gedaan' (done) in answer to a reminder means paid; 'vanochtend' is the message date",
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        who=("Comune di Valdorno – Servizio Ragioneria", "ragioneria@comune.valdorno.example"),
        when="2027-01-25 12:18 +0100",
        style="outlook_html",
        body="Buongiorno,\n\nin riferimento al Vostro sollecito si comunica che il pagamento della fattura HPS/26/4467, pari a € 3.050,00, è stato disposto in data 21/01/2027 con mandato n. 158/2027, già trasmesso al Tesoriere comunale. L'accredito avverrà secondo i normali tempi bancari.\n\nDistinti saluti\n\nIl Responsabile del Servizio Finanziario\nDott.ssa Marisa Ferrante\n\nComune di Valdorno – Piazza del Municipio 1\n\nAi sensi del Regolamento UE 2016/679 le informazioni contenute nel presente messaggio sono riservate e destinate esclusivamente al destinatario. Qualora lo riceviate per errore, vi preghiamo di informarci e di cancellarlo.",
        fields=Fields(
            paid_date="2027-01-21", payment_reference="158/2027", amount="3050.00", currency="EUR"
        ),
        refs=hps(4467),
        note="town council: payment order issued to the treasurer on 21 Jan, credit to follow → payment_sent",
        inv="HPS/26/4467",
        amount="3050.00",
    ),
]

PROMISE_TO_PAY: list[Reply] = [
    Reply(
        key="pr-en-1",
        intent="promise_to_pay",
        lang="en",
        loc="us",
        who=("Dana Whitcomb", "dana@copperlanterncreative.example"),
        when="2027-01-14 21:35 -0500",
        style="gmail",
        body="Hi there,\n\nThis one's approved and it'll go out in Friday's check run. Can you confirm the remit-to address is still Tannery Lane? Our vendor file has an old PO box on it.\n\nThanks,\nDana\n\n--\nDana Whitcomb\nOffice & Finance Manager | Copper Lantern Creative\n(617) 555-0142",
        fields=Fields(promised_date="2027-01-15"),
        note="sent Thursday evening in Boston (already Friday in UTC): 'Friday' is the next day, 15 Jan; the address question does not change the intent",
        amount="2730.00",
        cur="USD",
    ),
    Reply(
        key="pr-en-2",
        intent="promise_to_pay",
        lang="en",
        who=("Gemma Fairbairn", "accounts@fairbairnlettings.example"),
        when="2027-01-20 11:30 +0000",
        style="outlook_html",
        body="Hello,\n\nApologies for the silence. This was set up as a future-dated payment when the invoice came in, and it leaves our account on Monday. I've checked the amount (£874.20) against your invoice and it matches.\n\nKind regards,\n\nGemma Fairbairn\nAccounts | Fairbairn Lettings & Sales\n\nFairbairn Lettings Ltd. Registered in England and Wales. This email is intended only for the addressee; if you are not the addressee please delete it and let us know.",
        fields=Fields(promised_date="2027-01-25", amount="874.20", currency="GBP"),
        note="past-tense 'was set up' announces a future payment; 'Monday' after Wed 20 Jan = 25 Jan",
        amount="874.20",
    ),
    Reply(
        key="pr-en-3",
        intent="promise_to_pay",
        lang="en",
        who=("Fiona Hale", "fiona.hale@riversideyouthmusic.example"),
        when="2027-01-29 21:40 +0000",
        style="apple",
        body="Hello again,\n\nSorry, I know this has been sitting for a while. Long story short (well, not that short): the gala in December went brilliantly, the banners looked fantastic and three people asked who printed them, so I've passed your name on. But our treasurer stepped down over Christmas and the new one, bless him, is still getting his head round the online banking and the dual-signature rules, and on top of that the council's arts grant that we'd budgeted for the gala costs hasn't come through – it was meant to be paid in December, then 'early January', and now they tell me it's with their finance team.\n\nAnyway, the point is we're not ignoring you. The whole invoice will be paid in one go the day the grant lands. I've put a note on the trustees' agenda so nobody forgets.\n\nThanks for your patience, and sorry for the essay.\n\nFiona\n\nFiona Hale\nVolunteer Coordinator, Riverside Youth Music Trust",
        note="long reply burying the point; one full payment promised on an event with no date ('the day the grant lands'), so promised_date is null",
    ),
    Reply(
        key="pr-de-1",
        intent="promise_to_pay",
        lang="de",
        who=("Heike Lorenz", "buchhaltung@autohaus-berger.example"),
        when="2027-01-21 14:05 +0100",
        style="outlook_plain",
        body="Hallo,\n\ndie Rechnung für die Fahrzeugbeschriftung ist geprüft und wird in KW 5 mit unserem nächsten Zahlungslauf beglichen.\n\nGruß\nHeike Lorenz\nAutohaus Berger GmbH\nBuchhaltung",
        fields=Fields(promised_date="2027-02-01"),
        note="'KW 5' is ISO week 5 of 2027 (1–7 Feb); like 'next week', its Monday",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        key="pr-de-2",
        intent="promise_to_pay",
        lang="de",
        who=("Nils Ohlendorf", "nils@ohlendorf-events.example"),
        when="2027-01-25 07:52 +0100",
        style="iphone",
        body="Moin, sorry, wir stecken mitten im Aufbau für die Messe und ich komm vorher nicht an den Rechner. Die Überweisung geht am 1. Februar raus, versprochen.\n\nNils",
        fields=Fields(promised_date="2027-02-01"),
        note="the trade fair is only the excuse; 'am 1. Februar' is the date",
    ),
    Reply(
        key="pr-fr-1",
        intent="promise_to_pay",
        lang="fr",
        who=("Mairie de Saint-Aubin-sur-Loir", "comptabilite@mairie-saintaubin.example"),
        when="2027-01-13 10:10 +0100",
        style="outlook_html",
        body="Bonjour,\n\nVotre facture est en cours de mandatement. Le règlement interviendra fin janvier, selon les délais habituels du comptable public.\n\nCordialement,\n\nService comptabilité\nMairie de Saint-Aubin-sur-Loir\n2 place de la République",
        fields=Fields(promised_date="2027-01-31"),
        note="town council; 'fin janvier' → last day of January",
    ),
    Reply(
        key="pr-fr-2",
        intent="promise_to_pay",
        lang="fr",
        who=("Karim Belkacem", "karim@kbauto-occasions.example"),
        when="2027-01-29 17:48 +0100",
        style="apple",
        body="Bonjour,\n\nnon, ce n'est pas encore réglé, je préfère être honnête. Mais ce sera fait jeudi prochain sans faute, le temps que la vente d'un véhicule soit encaissée.\n\nKarim\nKB Auto Occasions",
        fields=Fields(promised_date="2027-02-04"),
        note="negation of a past payment plus a dated commitment; 'jeudi prochain' from Fri 29 Jan = 4 Feb",
        charset="iso-8859-1",
    ),
    Reply(
        key="pr-es-1",
        intent="promise_to_pay",
        lang="es",
        who=("Beatriz Montero", "bmontero@eventosalhambra.example"),
        when="2027-01-26 12:30 +0100",
        style="outlook_plain",
        body="Buenas tardes:\n\nLo pagaremos el día 5, que es cuando nos pagan a nosotros los clientes del congreso. Disculpad el retraso.\n\nSaludos,\nBeatriz Montero\nEventos Alhambra S.L.",
        fields=Fields(promised_date="2027-02-05"),
        note="'el día 5' from 26 Jan is the next 5th, 5 Feb",
    ),
    Reply(
        key="pr-nl-1",
        intent="promise_to_pay",
        lang="nl",
        who=("Ruud Hoekstra", "ruud@hoekstra-standbouw.example"),
        when="2027-01-12 08:40 +0100",
        style="outlook_android",
        body="Hoi, we zitten volop in de voorbereiding van de beurs. Na de beurs maken we het over, echt waar. Gr Ruud",
        note="'na de beurs' (after the trade fair) names no day: promised_date null",
    ),
    Reply(
        key="pr-nl-2",
        intent="promise_to_pay",
        lang="nl",
        who=("Fleur Jansen", "f.jansen@vlinderhof.example"),
        when="2027-01-14 15:20 +0100",
        style="gmail",
        body="Beste,\n\nExcuses, de factuur was blijven liggen bij onze penningmeester. Hij heeft beloofd hem volgende week dinsdag over te maken, samen met de andere openstaande posten.\n\nHartelijke groet,\nFleur Jansen\nStichting De Vlinderhof",
        fields=Fields(promised_date="2027-01-19"),
        note="charity; 'volgende week dinsdag' from Thu 14 Jan = 19 Jan; the treasurer's promise reported by a colleague",
    ),
    Reply(
        key="pr-it-1",
        intent="promise_to_pay",
        lang="it",
        who=("Elena Rinaldi", "amministrazione@studiolumen.example"),
        when="2027-01-11 09:20 +0100",
        style="outlook_html",
        body="Buongiorno,\n\nci scusiamo per il ritardo. Provvederemo al saldo della fattura entro il 15 del mese con bonifico bancario.\n\nCordiali saluti\n\nElena Rinaldi\nAmministrazione – Studio Grafico Lumen",
        fields=Fields(promised_date="2027-01-15"),
        note="'entro il 15 del mese' → 15 Jan",
    ),
    Reply(
        key="pr-it-2",
        intent="promise_to_pay",
        lang="it",
        who=("Gianni Ferraro", "gianni.ferraro@ferraroauto.example"),
        when="2027-02-03 18:30 +0100",
        style="iphone",
        body="Si lo so, pago lunedi prossimo. Ho avuto un problema con la banca",
        fields=Fields(promised_date="2027-02-08"),
        note="no accents; 'lunedi prossimo' from Wed 3 Feb = 8 Feb",
    ),
]

DISPUTE: list[Reply] = [
    Reply(
        key="di-en-1",
        intent="dispute",
        lang="en",
        who=("Tom Aldridge", "tom@northgate-events.example"),
        when="2027-01-14 10:02 +0000",
        style="inline",
        body="[[Q:0-2]]\n\nTo be clear, we have NOT paid this and we won't until we actually get the goods. The 40 lamppost banners for the winter market never arrived.\n\n[[Q:3-3]]\n\nYour courier's tracking says 'delivered – left with reception' on 3 December. We work out of a unit on a farm. There is no reception. I raised this with your production team before Christmas and heard nothing back, so please find out where they went before chasing us for money.\n\nTom Aldridge\nNorthgate Events",
        note="answers inline; negated payment because the goods never arrived",
    ),
    Reply(
        key="di-en-2",
        intent="dispute",
        lang="en",
        who=("Claire Denholm", "claire@denholmmarketing.example"),
        when="2027-01-27 14:15 +0000",
        style="outlook_plain",
        body="Hi,\n\n4471 was paid on Tuesday by bank transfer.\n\n4480 is a different matter. That's the brochure reprint, which only happened because the proof YOU sent us had last year's phone number on it – the one we had already corrected in the artwork. We are not paying for a reprint of your own mistake. Please cancel 4480 or issue a credit note.\n\nRegards,\nClaire Denholm\nMarketing Director, Denholm Marketing",
        refs=hps(4471, 4480),
        note="payment claim for one invoice and a dispute of the reprint invoice being chased: dispute wins for the disputed part; paid_date stays null",
        inv="HPS/26/4480",
        charset="windows-1252",
    ),
    Reply(
        key="di-en-3",
        intent="dispute",
        lang="en",
        who=("Steve Maddox", "steve.maddox@maddoxmotors.example"),
        when="2027-02-01 16:44 +0000",
        style="outlook_html",
        body="Afternoon,\n\nBit of a long one, sorry. We've been really pleased with your lot over the years – the showroom signage you did last spring still looks great, I've recommended you to a couple of the other dealers in the group, and the open day banners were spot on as well.\n\nHowever. The two van wraps you fitted on 6 January have started lifting along the rear doors and round the wheel arches. It's been three weeks. One of the lads took photos on Friday and I'll forward them separately. A customer pointed it out on a test drive, which isn't the look we're after when the vans have our name down the side.\n\nI've spoken to our dealer principal and we're agreed we won't be paying the wrap invoice until both vans have been redone properly. The rest of what's on the account is fine and will go through as normal.\n\nCan someone from your install team give me a call to book the vans in?\n\nCheers,\nSteve\n\nSteve Maddox | Marketing Manager\nMaddox Motor Group\n\nThis email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Maddox Motor Group Ltd is authorised and regulated by the Financial Conduct Authority.",
        note="long, friendly reply burying the point: no payment until the peeling van wraps are redone",
    ),
    Reply(
        key="di-de-1",
        intent="dispute",
        lang="de",
        who=("Sabine Köhler", "s.koehler@koehler-immobilien.example"),
        when="2027-01-12 09:15 +0100",
        style="outlook_html",
        body="Guten Tag,\n\nwir haben die Rechnung nicht bezahlt, weil der Preis nicht stimmt. Laut Ihrem Angebot AN-26-0917 waren 4 Roll-up-Displays zu je 89,00 € netto vereinbart, berechnet haben Sie 4 × 129,00 €. Bitte schicken Sie uns eine korrigierte Rechnung, dann überweisen wir umgehend.\n\nMit freundlichen Grüßen\n\nSabine Köhler\nKöhler Immobilien\nInhaberin: Sabine Köhler · USt-IdNr. DE 000 111 222",
        note="price contested against the quote; the corrected invoice and payment are conditional on it",
        charset="windows-1252",
    ),
    Reply(
        key="di-de-2",
        intent="dispute",
        lang="de",
        who=("Jürgen Brandt", "kasse@nordend-foerderverein.example"),
        when="2027-01-22 20:05 +0100",
        style="thunderbird",
        body="Hallo,\n\ndie HPS/26/4433 ist doch dieselbe Rechnung wie die HPS/26/4429 – gleiche Plakate, gleiche Stückzahl, gleicher Betrag, nur ein anderes Datum. Die 4429 haben wir am 2. Dezember bezahlt. Wir gehen davon aus, dass die 4433 versehentlich doppelt erstellt wurde, und bitten um Stornierung.\n\nViele Grüße\nJürgen Brandt\nKassenwart, Förderverein Stadtteilzentrum Nordend e.V.",
        refs=hps(4429, 4433),
        note="duplicate billing; the payment mentioned is of the original invoice, not of the one being chased",
        inv="HPS/26/4433",
        cte="8bit",
    ),
    Reply(
        key="di-fr-1",
        intent="dispute",
        lang="fr",
        who=("Hélène Garnier", "helene.garnier@garnier-immobilier.example"),
        when="2027-01-18 11:48 +0100",
        style="outlook_plain",
        body="Bonjour,\n\nJe suis assez surprise de recevoir une relance. Les six panneaux « À vendre » sont arrivés le 11 janvier avec le film rayé sur toute la longueur, et deux sont carrément pliés. J'ai envoyé les photos à votre atelier le jour même, sans aucune réponse.\n\nNous ne réglerons pas cette facture tant que les panneaux n'auront pas été remplacés. Je note au passage que vous facturez 45 € de BAT alors qu'on ne nous a jamais envoyé de BAT.\n\nHélène Garnier\nGarnier Immobilier – Agence du Centre",
        note="damaged goods and a proof charge for a proof never sent",
        charset="windows-1252",
    ),
    Reply(
        key="di-es-1",
        intent="dispute",
        lang="es",
        who=("Compras – Grupo Levante Motor", "compras@levantemotor.example"),
        when="2027-01-21 10:30 +0100",
        style="outlook_html",
        body="Buenos días:\n\nHemos revisado la factura y no corresponde a ningún pedido nuestro. El número de pedido que aparece (PO 7781) no existe en nuestro sistema, y tampoco reconocemos el trabajo: nosotros no hemos encargado vinilos para escaparate. Entendemos que se trata de otro cliente.\n\nQuedamos a la espera de que la anulen.\n\nAtentamente,\nDepartamento de Compras\nGrupo Levante Motor",
        note="'not our order' contests the invoice: dispute, not wrong_contact (the mailbox is the customer's)",
    ),
    Reply(
        key="di-es-2",
        intent="dispute",
        lang="es",
        who=("Álvaro Ruiz", "alvaro@ruizeventos.example"),
        when="2027-02-02 13:05 +0100",
        style="gmail",
        body="Hola,\n\n¿Otra vez? Esta factura quedó anulada. Por el retraso en la entrega de las lonas para la feria, Jorge, de vuestro departamento comercial, nos dijo por teléfono el 8 de enero que nos haríais un abono por el importe total, y luego lo confirmó por correo.\n\nMandadnos el abono, por favor, y así lo cerramos.\n\nÁlvaro",
        note="already credited: a full credit note was agreed",
    ),
    Reply(
        key="di-nl-1",
        intent="dispute",
        lang="nl",
        who=("Ingrid Verhoef", "info@verhoefmakelaars.example"),
        when="2027-01-13 16:22 +0100",
        style="outlook_plain",
        body="Goedemiddag,\n\nOp de factuur staat 'montage gevelletters, 2 monteurs, 4 uur'. Die montage heeft nooit plaatsgevonden: jullie monteurs zouden op 17 december komen, hebben die ochtend afgebeld en sindsdien hebben we niets meer gehoord. De letters staan nog in de doos in ons magazijn.\n\nDe letters zelf betalen we, de montage niet. Graag een aangepaste factuur.\n\nMet vriendelijke groet,\nIngrid Verhoef\nVerhoef Makelaars",
        note="installation charged but never done; the rest would be paid on a corrected invoice",
    ),
    Reply(
        key="di-nl-2",
        intent="dispute",
        lang="nl",
        who=("Dennis Koster", "dennis@autobedrijfkoster.example"),
        when="2027-01-15 17:58 +0100",
        style="iphone",
        body="we betalen pas als de belettering op de bus is aangepast. het logo is groen ipv blauw, dat heb ik al 2 keer tegen jullie gezegd. eerst dat oplossen dan krijgen jullie je geld",
        note="irritated, lower case; payment withheld until the vehicle lettering is fixed",
    ),
    Reply(
        key="di-it-1",
        intent="dispute",
        lang="it",
        who=("Marco Bellini", "m.bellini@bellinieventi.example"),
        when="2027-01-28 11:10 +0100",
        style="outlook_html_only",
        body="Buongiorno,\n\nil preventivo che avevamo accettato per i banner della fiera era di € 1.200,00 + IVA. In fattura trovo € 1.450,00 + IVA, con una voce «ristampa» che nessuno di noi ha mai richiesto né autorizzato.\n\nVi chiedo di rivedere la fattura togliendo la ristampa; pagheremo l'importo del preventivo appena riceviamo la fattura corretta.\n\nCordiali saluti,\nMarco Bellini\nBellini Eventi S.r.l.",
        note="HTML-only; price above the quote because of an unrequested reprint",
    ),
    Reply(
        key="di-it-2",
        intent="dispute",
        lang="it",
        who=("Chiara Testa", "segreteria@ilmosaico-aps.example"),
        when="2027-01-15 09:30 +0100",
        style="gmail_plain",
        body="Buongiorno, ci sono arrivate 200 brochure invece delle 500 ordinate e fatturate. Finche non arriva il resto non possiamo pagare l'intera fattura, al massimo la parte consegnata. Fateci sapere.\nGrazie, Chiara",
        note="short delivery, no accents; the offer to pay for the delivered part is secondary",
    ),
]

PAYMENT_PLAN: list[Reply] = [
    Reply(
        key="pp-en-1",
        intent="payment_plan",
        lang="en",
        who=("Marion Pell", "treasurer@hillsidefoodbank.example"),
        when="2027-01-13 19:30 +0000",
        style="gmail",
        body="Dear Harrowgate team,\n\nI'm the volunteer treasurer at Hillside Food Bank, and I'm embarrassed to be writing this. Our largest funder pulled out at the end of December and we are now having to choose between paying bills and buying food for the families we support.\n\nWe fully intend to pay for the signage, but we cannot pay £1,860 in one go. Would you accept £200 a month by standing order, starting in February? If you can, I'll set it up straight away.\n\nWith thanks and apologies,\n\nMarion Pell\nHon. Treasurer, Hillside Food Bank",
        note="charity pleading hardship and proposing monthly instalments; plan dates are not labelled",
        amount="1860.00",
    ),
    Reply(
        key="pp-en-2",
        intent="payment_plan",
        lang="en",
        who=("Jake Mercer", "jake@mercerandfinch.example"),
        when="2027-01-18 12:04 +0000",
        style="iphone",
        body="Hi, Janaury's been dead quiet. Could we do it in two halfs over a fortnight? Half this friday, the other half the friday after.\nJake",
        note="typos; split over a fortnight: payment_plan, not a promise; plan dates are not labelled",
    ),
    Reply(
        key="pp-en-3",
        intent="payment_plan",
        lang="en",
        who=("Olivia Grant", "olivia@grantandlowe-events.example"),
        when="2027-02-04 10:40 +0000",
        style="outlook_html",
        body="Hi,\n\nThanks for your patience on this. I'll be straight with you: the festival lost money this year after the weather cancelled the Sunday, and we're settling with all our suppliers at a reduced figure. The work itself was fine – this isn't a complaint.\n\nWould you accept £1,600 in full and final settlement of the £2,140 balance? We can pay that within seven days of your agreement.\n\nBest,\nOlivia\n\nOlivia Grant\nDirector, Grant & Lowe Events",
        note="reduced settlement offer that explicitly does not contest the work: payment_plan; the payment depends on acceptance",
        amount="2140.00",
    ),
    Reply(
        key="pp-de-1",
        intent="payment_plan",
        lang="de",
        who=("Murat Yilmaz", "info@kfz-yilmaz.example"),
        when="2027-01-26 11:15 +0100",
        style="samsung",
        body="Guten Tag, leider ist der Januar bei uns sehr schwach gelaufen. Können wir die Rechnung in drei Monatsraten zahlen? Die erste Rate könnte Anfang Februar kommen.\nMit freundlichen Grüßen\nMurat Yilmaz\nKfz-Handel Yilmaz",
        note="three monthly instalments requested",
    ),
    Reply(
        key="pp-fr-1",
        intent="payment_plan",
        lang="fr",
        who=("Bernard Roux", "tresorerie@petitesscenes.example"),
        when="2027-01-21 20:12 +0100",
        style="thunderbird",
        body="Bonsoir,\n\nNotre association traverse une période difficile depuis la suppression de notre subvention départementale. Serait-il possible de régler la facture en trois fois, par exemple un tiers à la fin de chacun des mois de février, mars et avril ?\n\nEn vous remerciant de votre compréhension,\n\nBernard Roux\nTrésorier – Les Petites Scènes",
        note="instalments proposed by a charity",
        cte="8bit",
    ),
    Reply(
        key="pp-fr-2",
        intent="payment_plan",
        lang="fr",
        who=("Stéphanie Morel", "s.morel@morel-communication.example"),
        when="2027-01-12 14:35 +0100",
        style="gmail",
        body="Bonjour,\n\nUn de nos gros clients nous paie avec trois mois de retard et notre trésorerie est tendue. Pourriez-vous nous accorder un délai jusqu'à fin février pour cette facture ? Nous ne contestons absolument pas le montant.\n\nMerci d'avance,\nStéphanie Morel\nMorel Communication",
        note="asks for time until the end of February: a request, not a promise, so no date is labelled",
    ),
    Reply(
        key="pp-es-1",
        intent="payment_plan",
        lang="es",
        who=("Rocío Navarro", "rocio@navarroinmobiliaria.example"),
        when="2027-01-15 10:05 +0100",
        style="outlook_plain",
        body="Buenos días:\n\n¿Sería posible pagar la factura en dos plazos? Podríamos abonar la mitad a finales de enero y la otra mitad a finales de febrero.\n\nGracias,\nRocío Navarro\nNavarro Inmobiliaria",
        note="two instalments proposed; plan dates are not labelled",
        charset="iso-8859-1",
    ),
    Reply(
        key="pp-es-2",
        intent="payment_plan",
        lang="es",
        who=("Inés Calvo", "administracion@mardeletras.example"),
        when="2027-02-01 09:50 +0100",
        style="gmail_plain",
        body="Hola:\n\nLes escribo con cierta verguenza. La fundacion esta esperando una subvencion que se ha retrasado y ahora mismo no tenemos liquidez. Necesitariamos algo mas de tiempo, o bien pagar en varias cuotas pequeñas, lo que les venga mejor.\n\nMuchas gracias por la paciencia,\nInes Calvo\nFundación Mar de Letras",
        note="hardship, more time or small instalments; accents mostly missing",
    ),
    Reply(
        key="pp-nl-1",
        intent="payment_plan",
        lang="nl",
        who=("Marloes Smit", "marloes@smitpromotie.example"),
        when="2027-01-20 10:20 +0100",
        style="outlook_html",
        body="Beste,\n\nHet is op dit moment krap bij ons. Zouden we een betalingsregeling kunnen treffen, bijvoorbeeld in vier maandelijkse termijnen? Ik hoor graag of dat akkoord is.\n\nMet vriendelijke groet,\n\nMarloes Smit\nSmit Promotie & Events",
        note="four monthly instalments requested",
    ),
    Reply(
        key="pp-nl-2",
        intent="payment_plan",
        lang="nl",
        who=("Gert-Jan Bos", "gertjan@bosautos.example"),
        when="2027-01-11 13:10 +0100",
        style="gmail",
        body="Hallo,\n\nIk heb vandaag € 500 overgemaakt, meer zit er deze maand niet in. De rest (€ 1.120,50) volgt half februari, als de leasemaatschappij betaald heeft.\n\nGroet,\nGert-Jan Bos\nBos Auto's",
        note="part payment today plus the rest later: payment_plan, not payment_sent; paid_date stays null",
        amount="1620.50",
    ),
    Reply(
        key="pp-it-1",
        intent="payment_plan",
        lang="it",
        who=("Sara Colombo", "sara.colombo@colomboimmobiliare.example"),
        when="2027-01-19 15:00 +0100",
        style="outlook_plain",
        body="Buongiorno,\n\nvi chiedo se è possibile rateizzare l'importo in tre rate mensili, a partire da febbraio. Per noi è un periodo molto fiacco e preferiremmo non lasciare la fattura in sospeso.\n\nGrazie,\nSara Colombo\nColombo Immobiliare",
        note="three monthly instalments requested",
        charset="windows-1252",
    ),
    Reply(
        key="pp-it-2",
        intent="payment_plan",
        lang="it",
        who=("Luca Marini", "tesoriere@carnevalerivabella.example"),
        when="2027-02-03 21:05 +0100",
        style="iphone",
        body="Buonasera, quest'anno il carnevale ha avuto meno sponsor del previsto. Possiamo chiudere a 800 euro invece di 1.050? Il lavoro era ottimo, non è una contestazione. Se vi va bene paghiamo subito.\nLuca",
        note="reduced amount asked for, explicitly not a dispute; the payment depends on acceptance",
        amount="1050.00",
    ),
]

INVOICE_REQUEST: list[Reply] = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        who=("Hannah Cole", "hannah@colepropertyservices.example"),
        when="2027-01-19 09:12 +0000",
        style="gmail_plain",
        body="Morning,\n\nI've searched everywhere and can't find this invoice – I don't think it ever reached us. Could you resend it, with the proof charge broken out? Happy to pay once I've seen it.\n\nThanks\nHannah",
        note="never received, please resend, not contested; payment depends on the resend",
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        who=("Paul Dobson", "finance@knaresford-tc.example"),
        when="2027-01-28 11:25 +0000",
        style="outlook_html",
        body="Good morning,\n\nThe council processes all supplier invoices through Basware, and I'm afraid it rejected yours because it doesn't quote an official order number. Could you reissue it quoting PO 4500118823? Once it's in the system it will be paid on the next run – there's nothing wrong with the amount.\n\nKind regards,\n\nPaul Dobson\nResponsible Financial Officer\nKnaresford Town Council",
        note="town council needs a reissue quoting its PO; amount not contested",
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        loc="us",
        who=("Accounts Payable", "ap@lakeshoreexpo.example"),
        when="2027-01-21 15:10 -0600",
        style="outlook_plain",
        body="Hello,\n\nWe can't release payment to a foreign vendor without a W-8BEN-E on file. Please complete and return one and we will get this invoice into the next payment batch.\n\nThank you,\nAccounts Payable\nLakeshore Expo Group, Inc.",
        note="US event organiser needs a tax form before paying",
        amount="3480.00",
        cur="USD",
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        who=("Gemeinde Hollerbach - Gemeindekasse", "kasse@gemeinde-hollerbach.example"),
        when="2027-01-20 08:55 +0100",
        style="outlook_plain",
        body="Sehr geehrte Damen und Herren,\n\nals öffentlicher Auftraggeber können wir Rechnungen nur noch als XRechnung annehmen. Bitte reichen Sie die Rechnung HPS/26/4441 in diesem Format erneut ein, entweder über unser Rechnungseingangsportal oder als Anhang an diese Adresse. Die PDF-Rechnung können wir leider nicht verbuchen.\n\nMit freundlichen Grüßen\nIm Auftrag\nR. Stöckl\nGemeinde Hollerbach - Gemeindekasse",
        refs=hps(4441),
        note="public body needs the invoice as an XRechnung before it can pay",
        inv="HPS/26/4441",
        charset="iso-8859-1",
    ),
    Reply(
        key="ir-de-2",
        intent="invoice_request",
        lang="de",
        who=("Oliver Brenner", "o.brenner@brenner-werbeagentur.example"),
        when="2027-01-11 13:40 +0100",
        style="gmail",
        body="Hallo zusammen,\n\nbevor wir zahlen: Können Sie uns Ihre Bankverbindung bitte noch einmal schriftlich auf Firmenbriefpapier bestätigen? Wir hatten im Dezember einen Betrugsversuch mit gefälschten Kontodaten eines Lieferanten und prüfen seitdem jede Bankverbindung.\n\nBeste Grüße\nOliver Brenner\nBrenner Werbeagentur",
        note="needs the bank details confirmed before paying",
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        who=("Julien Perrot", "j.perrot@perrot-evenements.example"),
        when="2027-01-14 10:40 +0100",
        style="outlook_html",
        body="Bonjour,\n\nNotre service comptable ne peut pas traiter la facture sans notre numéro de bon de commande. Pourriez-vous nous la renvoyer en indiquant le BC 2026-1187 ? Le paiement suivra dans la foulée.\n\nBien cordialement,\n\nJulien Perrot\nPerrot Événements",
        note="reissue with a PO number; the payment that follows is conditional",
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        who=("Isabelle Roche", "isabelle.roche.graphiste@gmail.com"),
        when="2027-01-26 22:15 +0100",
        style="iphone",
        body="Bonsoir, je n'ai jamais reçu cette facture, ni par mail ni par courrier. Pouvez-vous me la renvoyer ? Je la règle dès réception.\nIsabelle Roche",
        note="never received; 'je la règle dès réception' depends on the resend, so invoice_request",
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        who=("Marta Solís", "marta.solis@agenciavertice.example"),
        when="2027-01-13 12:20 +0100",
        style="outlook_plain",
        body="Hola:\n\nLa factura lleva mal nuestro CIF (pone B-12345678 en lugar de B-12345687) y así la gestoría no nos la acepta. ¿Podéis emitirla de nuevo con el CIF correcto? El importe está bien.\n\nGracias,\nMarta Solís\nAgencia Vértice",
        note="reissue with the right tax id, amount not contested",
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        who=(
            "Intervención – Ayuntamiento de Villanueva del Campo",
            "intervencion@villanuevadelcampo.example",
        ),
        when="2027-02-04 09:15 +0100",
        style="outlook_html",
        body="Buenos días:\n\nPara poder cotejar sus reclamaciones con nuestra contabilidad, les rogamos que nos remitan un extracto de cuenta con todas las facturas pendientes y los pagos recibidos desde septiembre.\n\nAtentamente,\n\nIntervención Municipal\nAyuntamiento de Villanueva del Campo",
        note="town council asks for a statement of account",
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        who=("Femke van Leeuwen", "femke@leeuwenreclame.example"),
        when="2027-01-26 11:05 +0100",
        style="gmail_plain",
        body="Hoi,\n\nKunnen jullie me een kopie van de factuur sturen, en de getekende opdrachtbevestiging erbij? Onze boekhouder wil die bij elkaar in de administratie hebben voordat ze iets betaalt.\n\nDank!\nFemke",
        note="copy of the invoice and the signed order confirmation",
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        who=("Ufficio Acquisti – Autosalone Martini", "acquisti@autosalonemartini.example"),
        when="2027-01-12 10:45 +0100",
        style="outlook_html",
        body="Buongiorno,\n\nper poter registrare la fattura HPS/26/4419 ci serve copia del documento di trasporto firmato alla consegna. Potete inviarcelo insieme a una copia della fattura?\n\nGrazie, cordiali saluti\n\nUfficio Acquisti\nAutosalone Martini S.p.A.",
        refs=hps(4419),
        note="copy of the invoice and of the signed delivery note",
        inv="HPS/26/4419",
    ),
    Reply(
        key="ir-it-2",
        intent="invoice_request",
        lang="it",
        who=("Paola Gentile", "paola.gentile.eventi@gmail.com"),
        when="2027-01-30 10:20 +0100",
        style="gmail_plain",
        body="Buongiorno, mi mandate le coordinate bancarie per il bonifico? Sulla fattura non le trovo.\nGrazie Paola",
        note="bank details needed before paying",
    ),
]

WRONG_CONTACT: list[Reply] = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        who=("Rachel Osei", "rachel.osei@bramblecreative.example"),
        when="2027-01-13 09:48 +0000",
        style="outlook_html",
        body="Hi,\n\nI'm in the marketing team – I just approve the artwork! Invoices are paid by our finance team, so please send this to finance@bramblecreative.example and they'll pick it up.\n\nThanks,\nRachel",
        fields=Fields(new_contact="finance@bramblecreative.example"),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        who=("Oakley Homes Accounts", "accounts@oakleyhomes-estates.example"),
        when="2027-01-11 07:02 +0000",
        style="notice_alt",
        body="This mailbox is no longer monitored.\n\nOakley Homes has moved its accounts function to our group head office. Please resend your message to payables@oakleygroup.example. Messages sent to this address are not read or forwarded.\n\nOakley Homes Estate Agents",
        fields=Fields(new_contact="payables@oakleygroup.example"),
        note="automatic 'mailbox no longer monitored' notice naming a new mailbox: wrong_contact",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        who=("Ian Prescott", "ian.prescott@brightmoor-motors.example"),
        when="2027-01-26 14:30 +0000",
        style="iphone",
        body="You've sent this to me at the Castle Street branch. We don't pay anything locally any more, all supplier invoices go through head office. Contact Karen Whitfield on Karen.Whitfield@Brightmoor-Motors.example\n\nIan",
        fields=Fields(new_contact="karen.whitfield@brightmoor-motors.example"),
        note="branch manager of a dealer group; address written in mixed case, labelled in lower case",
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        who=("Petra Vogel", "p.vogel@vogel-hausverwaltung.example"),
        when="2027-01-14 11:11 +0100",
        style="outlook_plain",
        body="Guten Tag,\n\nich bin seit Januar nicht mehr für die Buchhaltung zuständig. Bitte wenden Sie sich künftig an meinen Kollegen Herrn Aydin: m.aydin@vogel-hausverwaltung.example\n\nFreundliche Grüße\nPetra Vogel\nVogel Immobilien & Hausverwaltung",
        fields=Fields(new_contact="m.aydin@vogel-hausverwaltung.example"),
        charset="iso-8859-1",
    ),
    Reply(
        key="wc-de-2",
        intent="wrong_contact",
        lang="de",
        who=("Tanja Wiese", "sommerfest@kirchheide.example"),
        when="2027-02-03 15:50 +0100",
        style="apple_html",
        body="Hallo,\n\ndas hier ist das Projektpostfach fürs Sommerfest, Rechnungen laufen bei uns über die Stadtkasse. Bitte schicken Sie alles an rechnungseingang@kirchheide.example, die kümmern sich darum.\n\nGruß\nTanja Wiese\nStadtmarketing Kirchheide",
        fields=Fields(new_contact="rechnungseingang@kirchheide.example"),
        note="event project mailbox of a town; invoices go to the town's invoice inbox",
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        who=("Thomas Girard", "t.girard@agence-horizon.example"),
        when="2027-01-11 10:35 +0100",
        style="owa",
        body="Bonjour,\n\nJe ne fais plus partie de l'agence depuis le 31 décembre. Pour toute question de facturation, merci de contacter Mme Aurélie Blanc : aurelie.blanc@agence-horizon.example.\n\nBonne continuation,\nThomas Girard",
        fields=Fields(new_contact="aurelie.blanc@agence-horizon.example"),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        who=("Garage du Lac - Comptabilité", "compta@garagedulac.example"),
        when="2027-01-22 02:14 +0100",
        style="notice",
        body="Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er janvier 2027. Merci d'adresser désormais vos factures et relances à factures@groupe-lacauto.example.\n\nCordialement,\nGarage du Lac",
        fields=Fields(new_contact="factures@groupe-lacauto.example"),
        note="automatic 'address no longer read' notice naming a new address: wrong_contact",
        subject="Réponse automatique : {rsub}",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        who=("Nerea Ortiz", "nerea@ortizeventos.example"),
        when="2027-01-19 17:25 +0100",
        style="samsung",
        body="Hola, yo llevo la coordinación de eventos, no los pagos. Escribid a administración: admin@ortizeventos.example\nSaludos",
        fields=Fields(new_contact="admin@ortizeventos.example"),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        who=("Carlos Prieto", "carlos.prieto.g@gmail.com"),
        when="2027-01-28 20:40 +0100",
        style="gmail",
        body="Buenas tardes:\n\nCreo que se han equivocado de dirección. Yo no tengo ninguna empresa ni he encargado nunca nada a una imprenta; supongo que buscan a otro Carlos Prieto.\n\nUn saludo",
        note="wrong person altogether, no new address; not a dispute because the writer is not the customer",
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        who=("Administratie Autobedrijf De Wit", "administratie@autodewit.example"),
        when="2027-01-27 09:00 +0100",
        style="notice_alt",
        body="Dit is een automatisch bericht.\n\nDit e-mailadres wordt niet meer gelezen. Facturen en betalingsherinneringen kunt u voortaan sturen naar crediteuren@dewitgroep.example.\n\nMet vriendelijke groet,\nAutobedrijf De Wit",
        fields=Fields(new_contact="crediteuren@dewitgroep.example"),
        note="automatic 'no longer read' notice naming a new address: wrong_contact",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        who=("Lotte Kramer", "lotte@bureauvonk.example"),
        when="2027-01-15 14:12 +0100",
        style="gmail_plain",
        body="Hoi,\n\nIk ben hier stagiair en heb niks met facturen te maken 😅 Ik heb je mail doorgestuurd naar Pieter, die doet de financiën: pieter@bureauvonk.example\n\nGroetjes,\nLotte",
        fields=Fields(new_contact="pieter@bureauvonk.example"),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        who=("Andrea Fontana", "a.fontana@prolocomontebello.example"),
        when="2027-02-01 12:00 +0100",
        style="outlook_plain",
        body="Buongiorno,\n\ndall'assemblea di gennaio non mi occupo più della tesoreria della Pro Loco. Per la fattura scrivete al nuovo tesoriere, Giorgio Ricci: tesoreria@prolocomontebello.example\n\nSaluti,\nAndrea Fontana",
        fields=Fields(new_contact="tesoreria@prolocomontebello.example"),
    ),
]

UNSUBSCRIBE: list[Reply] = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        who=("D. Hargreaves", "dhargreaves@hargreavesauto.example"),
        when="2027-01-12 12:12 +0000",
        style="gmail_plain",
        body="Stop emailing me about this. Anything about this account comes by post to the showroom address or not at all.\n\nD. Hargreaves",
        note="stop emailing, post only",
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        who=("Nadia Kerr", "nadia@kerrandco-lettings.example"),
        when="2027-01-25 16:05 +0000",
        style="outlook_html",
        body="Dear Sirs,\n\nThis matter is now with our solicitors, Pennick Rowe LLP, who will write to you. Please do not contact me or my staff directly about this account again.\n\nNadia Kerr\nDirector, Kerr & Co Lettings",
        note="'talk to our solicitors', named without an address: unsubscribe",
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        who=("Ben Ashworth", "ben@ashworthevents.example"),
        when="2027-02-03 08:20 +0000",
        style="iphone",
        body="I told your colleague on the phone we'd pay on Friday and we will. But please take me off these automated reminders, that's the fourth in a week and I've asked twice already",
        note="a promise for Friday plus a stop request: unsubscribe beats it, so promised_date stays null",
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        who=("Dr. Hans-Peter Wendt", "wendt@wendt-immobilien.example"),
        when="2027-01-15 18:00 +0100",
        style="outlook_plain",
        body="Sehr geehrte Damen und Herren,\n\nich untersage Ihnen hiermit, mir weitere Zahlungserinnerungen oder sonstige Nachrichten an diese E-Mail-Adresse zu senden. Schriftverkehr bitte ausschließlich per Post an unsere Geschäftsadresse.\n\nHochachtungsvoll\nDr. H.-P. Wendt\nWendt Immobilien",
        note="no more e-mail, post only",
        charset="iso-8859-1",
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        who=("Kathrin Maier", "k.maier@maier-eventtechnik.example"),
        when="2027-01-28 10:48 +0100",
        style="thunderbird_inline",
        body="[[Q:1-3]]\n\nGenau das haben wir vor drei Wochen getan: Die Rechnung ist schriftlich reklamiert (falsche Maße bei den Bannern), eine Antwort steht bis heute aus. Stattdessen kommt eine Mahnung nach der anderen.\n\nUnterlassen Sie bitte ab sofort weitere Mahnungen per E-Mail, bis die Reklamation geklärt ist.\n\nKathrin Maier\nMaier Eventtechnik",
        note="answers inline under the reminder's 'reply if something is wrong'; a dispute plus a stop request: unsubscribe beats dispute",
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        who=("Sophie Lambert", "sophie.lambert.mkt@gmail.com"),
        when="2027-01-20 13:13 +0100",
        style="gmail_plain",
        body="Bonjour,\n\nMerci de ne plus m'écrire à cette adresse, c'est ma boîte personnelle. Je ne souhaite plus recevoir vos relances par mail.\n\nS. Lambert",
        note="free-mail persona; stop e-mailing",
    ),
    Reply(
        key="un-fr-2",
        intent="unsubscribe",
        lang="fr",
        who=("Patrick Mercier", "p.mercier@mercier-auto.example"),
        when="2027-02-02 11:30 +0100",
        style="outlook_plain",
        body="Madame, Monsieur,\n\nCe dossier est désormais entre les mains de notre avocat. Toute communication devra passer par son cabinet. Je vous prie de cesser de m'adresser des relances.\n\nP. Mercier\nGérant – Mercier Automobiles",
        note="'talk to our lawyer', no address given",
        charset="windows-1252",
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        who=("Jordi Puig", "jordi@puigeventos.example"),
        when="2027-01-18 21:15 +0100",
        style="outlook_android",
        body="No me escribáis más a este correo. Gracias.",
        note="one-line stop request",
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        who=("Pilar Vidal", "gerencia@losalmendros-inmo.example"),
        when="2027-01-29 09:40 +0100",
        style="outlook_html",
        body="Buenos días:\n\nLes ruego que dejen de enviar correos electrónicos a esta dirección. Cualquier comunicación relativa a esta cuenta deberá hacerse por correo postal a nuestra oficina.\n\nAtentamente,\n\nPilar Vidal\nGerente – Inmobiliaria Los Almendros",
        note="post only",
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        who=("Henk Dijkman", "h.dijkman@dijkmanpromotions.example"),
        when="2027-01-21 16:16 +0100",
        style="iphone",
        body="Afmelden graag. Ik wil deze mails niet meer ontvangen.",
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        who=("Roberta Sala", "roberta@salacomunicazione.example"),
        when="2027-01-14 17:05 +0100",
        style="gmail",
        body="Vi prego di cancellare questo indirizzo dai vostri invii. Non voglio più ricevere solleciti via e-mail.\n\nRoberta Sala",
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        who=("Fabio Greco", "f.greco@grecoautomobili.example"),
        when="2027-01-27 19:30 +0100",
        style="outlook_html",
        body="Egregi signori,\n\nè la quinta e-mail che ricevo in dieci giorni. Ai sensi dell'art. 21 del GDPR mi oppongo a qualsiasi ulteriore trattamento del mio indirizzo e-mail e vi diffido dal contattarmi ancora con questo mezzo. Per qualsiasi comunicazione utilizzate la raccomandata.\n\nFabio Greco\nGreco Automobili",
        note="irritated objection to further e-mail, registered post only",
    ),
]

AUTO_REPLY: list[Reply] = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        who=("Sam Patel", "sam.patel@pixelandpine.example"),
        when="2027-01-18 09:10 +0000",
        style="notice_alt",
        body="Thanks for your email. I'm at the Print Show at the NEC until Thursday 21 January with limited access to email, and back in the office on Friday 22 January.\n\nFor anything urgent please call the studio on 01632 960 771.\n\nSam",
        fields=Fields(return_date="2027-01-22"),
        note="the stated day back wins over 'until Thursday 21 January'",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        who=("Harbour Street Events Support", "support@harbourstreetevents.example"),
        when="2027-01-27 14:02 +0000",
        style="notice",
        body="##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being reviewed by our support staff.\n\nWe aim to reply to all enquiries within two working days. To add more information to your request, simply reply to this email.\n\nHarbour Street Events – Customer Support",
        note="ticket-system acknowledgement; 'within two working days' is no return date",
        subject="[Harbour Street Events] Request received: {rsub}",
        headers=(AUTO_REPLIED, ("Precedence", "bulk")),
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        who=("Laura Finch", "laura.finch@mercerandfinch.example"),
        when="2027-01-21 10:30 +0000",
        style="notice",
        body="Hello, I'm on parental leave until 1 March and not checking email. For accounts queries please contact Jake Mercer at jake@mercerandfinch.example.\n\nLaura",
        fields=Fields(return_date="2027-03-01"),
        note="out-of-office without Auto-Submitted; 'until X' → X; the colleague's address does not set new_contact",
        subject="Out of Office: {rsub}",
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        who=("Markus Heller", "m.heller@heller-marketing.example"),
        when="2027-01-18 08:01 +0100",
        style="notice_alt",
        body="Vielen Dank für Ihre Nachricht.\n\nIch bin derzeit im Urlaub und ab Montag, dem 25. Januar 2027, wieder im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an info@heller-marketing.example.\n\nMit freundlichen Grüßen\nMarkus Heller",
        fields=Fields(return_date="2027-01-25"),
        note="'ab Montag, dem 25. Januar wieder im Büro' → that day; the office address does not set new_contact",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        who=("Kundenservice Messe Lindenhof", "service@messe-lindenhof.example"),
        when="2027-02-02 11:45 +0100",
        style="notice",
        body="Guten Tag,\n\nvielen Dank für Ihre Anfrage. Sie wurde unter der Ticketnummer #2027020200187 erfasst und wird schnellstmöglich von unserem Team bearbeitet. Bitte geben Sie bei Rückfragen die Ticketnummer im Betreff an.\n\nIhr Kundenservice\nMesse Lindenhof GmbH",
        note="ticket acknowledgement without Auto-Submitted (only Precedence and X-Autoreply)",
        subject="[Ticket#2027020200187] {rsub}",
        headers=(("Precedence", "auto_reply"), ("X-Autoreply", "yes")),
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        who=("Camille Dubois", "camille.dubois@dubois-immo.example"),
        when="2027-01-25 08:12 +0100",
        style="notice_alt",
        body="Bonjour,\n\nJe suis absente du bureau et serai de retour le lundi 1er février. Pendant mon absence, vos messages ne seront pas transférés.\n\nBien à vous,\nCamille Dubois",
        fields=Fields(return_date="2027-02-01"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        who=("Élodie Martin", "e.martin@capsolidarite.example"),
        when="2027-02-03 16:20 +0100",
        style="notice",
        body="Bonjour,\n\nje suis en congé jusqu'au 15 février. Pour toute urgence, vous pouvez joindre l'accueil de l'association au 01 00 00 00 00.\n\nMerci,\nÉlodie",
        fields=Fields(return_date="2027-02-15"),
        note="charity; 'jusqu'au X' → X",
        subject="En congé",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        who=("Lucía Domínguez", "lucia@dominguezmarketing.example"),
        when="2027-01-12 10:00 +0100",
        style="notice",
        body="Hola:\n\nEstaré fuera de la oficina hasta el lunes 18 de enero, sin acceso al correo. A mi vuelta responderé a tu mensaje lo antes posible.\n\nUn saludo,\nLucía Domínguez",
        fields=Fields(return_date="2027-01-18"),
        note="'hasta X' → X",
        subject="Respuesta automática: {rsub}",
        cte="8bit",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        key="ar-es-2",
        intent="auto_reply",
        lang="es",
        who=("Sierra Motor", "info@sierramotor.example"),
        when="2027-01-22 18:30 +0100",
        style="notice",
        body="Gracias por contactar con Sierra Motor.\n\nHemos recibido su mensaje y le responderemos lo antes posible dentro de nuestro horario de atención (de lunes a viernes, de 9:00 a 14:00 y de 16:00 a 20:00).\n\nSierra Motor - Concesionario oficial",
        note="car dealer autoresponder without Auto-Submitted, no return date",
        subject="Hemos recibido su mensaje",
        charset="iso-8859-1",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        who=("Bas Mulder", "b.mulder@oosterwaal.example"),
        when="2027-01-25 09:03 +0100",
        style="notice_alt",
        body="Beste afzender,\n\nIk ben afwezig tot en met vrijdag 29 januari. Vanaf maandag 1 februari ben ik weer bereikbaar. Voor dringende zaken kunt u contact opnemen met het Klantcontactcentrum van de gemeente.\n\nMet vriendelijke groet,\nBas Mulder\nGemeente Oosterwaal",
        fields=Fields(return_date="2027-02-01"),
        note="town council; 'vanaf maandag 1 februari weer bereikbaar' wins over 'tot en met vrijdag 29 januari'",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        who=("Kim Verbeek", "kim@kimsevents.example"),
        when="2027-01-13 12:00 +0100",
        style="notice",
        body="Hoi! Ik ben deze week op vakantie en lees mijn mail niet. Volgende week maandag ben ik terug en reageer ik zo snel mogelijk.\n\nLiefs, Kim",
        fields=Fields(return_date="2027-01-18"),
        note="relative return date: 'volgende week maandag' from Wed 13 Jan = 18 Jan",
        subject="Afwezig",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        who=("Valentina Russo", "v.russo@russoimmobili.example"),
        when="2027-02-02 08:30 +0100",
        style="notice",
        body="Gentile mittente,\n\nsarò fuori ufficio fino a venerdì 5 febbraio, con accesso limitato alla posta elettronica. Per urgenze potete contattare la segreteria dell'agenzia.\n\nCordiali saluti\nValentina Russo",
        fields=Fields(return_date="2027-02-05"),
        note="'fino a X' → X",
        subject="Risposta automatica: {rsub}",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
]

OTHER: list[Reply] = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        who=("Greg Lawson", "greg@lawsonandpartners.example"),
        when="2027-01-15 15:03 +0000",
        style="iphone",
        body="Didn't we pay this already?",
        note="a question, not a payment claim, and no document asked for: a person checks and answers",
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        who=("Accounts Department", "accounts@fairview-homes-uk.example"),
        when="2027-01-19 03:47 +0000",
        style="owa",
        body="Hello,\n\nPlease be informed that our company has changed its accounts email. Kindly update your records and send all invoices, statements and future correspondence ONLY to fairviewhomes.accounts@gmail.com. Do not use our old address or call our office as the lines are currently being upgraded.\n\nAlso kindly send us copies of all open invoices together with your bank details as a matter of urgency.\n\nRegards,\nAccounts Department\nFairview Homes",
        note="phishing-like redirect: sent from a look-alike domain (the reminder went to fairviewhomes.example), Reply-To a free-mail address, urgency and 'do not call'; a person must verify, so other rather than wrong_contact, and no new_contact",
        rcpt="accounts@fairviewhomes.example",
        headers=(("Reply-To", "fairviewhomes.accounts@gmail.com"),),
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        who=("Megan Doyle", "megan@doyleeventsco.example"),
        when="2027-02-04 11:50 +0000",
        style="gmail",
        body="Hi,\n\nWhile I've got you – could you quote us for 20 more lamppost banners, same size as the winter market ones, but for the spring fair on 10 April? Artwork will come from our designer next week.\n\nThanks!\nMegan",
        note="new quote request in the reminder thread; nothing about the invoice",
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        who=("Monika Huber", "empfang@autohaus-sonnleitner.example"),
        when="2027-01-13 14:14 +0100",
        style="outlook_plain",
        body="Grüß Gott,\n\ndanke für Ihre Nachricht, ich habe sie an unseren Chef weitergeleitet. Er meldet sich bei Ihnen.\n\nFreundliche Grüße\nMonika Huber\nEmpfang - Autohaus Sonnleitner",
        note="Austrian car dealer's reception: forwarded to the boss, no new address, no commitment",
        charset="iso-8859-1",
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        who=("Direction – Studio Éclat", "direction@studio-eclat.example"),
        when="2027-01-21 09:30 +0100",
        style="outlook_html",
        body="Madame, Monsieur,\n\nNous vous informons que la société Studio Éclat SARL a été placée en redressement judiciaire par jugement du tribunal de commerce du 12 janvier 2027. Nous ne sommes donc plus autorisés à régler les créances nées avant cette date. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire, Maître Hervé Lenoir, dans un délai de deux mois à compter de la publication du jugement au BODACC.\n\nCordialement,\n\nLa Direction\nStudio Éclat SARL",
        note="insolvency notice: a person must file the claim; not a dispute, and not wrong_contact (the administrator is named for the claim, not as the contact for this mailbox)",
    ),
    Reply(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        who=("Amandine Leroy", "amandine@leroy-evenementiel.example"),
        when="2027-02-01 10:25 +0100",
        style="gmail",
        body="Bonjour,\n\nMerci pour votre message. J'en profite pour vous envoyer les fichiers du salon de mars : vous trouverez dans le lien de transfert d'hier les trois visuels pour les kakémonos et le fond de stand. Pourriez-vous vérifier que la résolution suffit pour le format 3 × 2,5 m ? Notre graphiste a un doute sur le logo, qui est en PNG et pas en vectoriel.\n\nAutre question : est-ce qu'il serait possible de livrer directement au parc des expositions le 9 mars au matin plutôt qu'à l'agence ? Sinon on s'organisera.\n\nPour la facture, je regarde ça avec Thomas quand il rentre de congé.\n\nBelle journée,\nAmandine",
        note="long reply about the next job; 'je regarde ça avec Thomas' is no commitment to pay",
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        who=("Toni Ferrer", "toni@ferrermotor.example"),
        when="2027-01-20 11:40 +0100",
        style="samsung",
        body="Hola, ¿me podéis llamar? Prefiero hablarlo por teléfono. Estoy en el concesionario toda la mañana, 600 123 456.\nToni",
        note="asks for a call; nothing stated about the invoice",
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        who=("Wouter Brink", "wouter@brinkcommunicatie.example"),
        when="2027-01-22 16:45 +0100",
        style="iphone",
        body="Ontvangen, ik kijk er maandag naar.",
        note="'I'll look at it on Monday' is no payment commitment: other, no date",
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        who=("Eva Postma", "eva@postmamakelaardij.example"),
        when="2027-02-02 09:35 +0100",
        style="outlook_html",
        body="Hallo,\n\nKunnen jullie de drukproef van de nieuwe voorjaarsfolder nog even sturen? Ik heb hem vorige week aan Mark gevraagd maar nog niets ontvangen. We willen hem graag voor vrijdag goedkeuren.\n\nGroet,\n\nEva Postma\nPostma Makelaardij",
        note="asks for a proof of a new job, not an invoice document",
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        who=("Stefano Galli", "stefano@gallieventi.example"),
        when="2027-01-26 18:05 +0100",
        style="outlook_android",
        body="Vi chiamo domani per parlarne.",
        note="announces a call; no commitment to pay",
    ),
    Reply(
        key="ot-it-2",
        intent="other",
        lang="it",
        who=("Franca Bertoli", "franca.bertoli@prolocovalverde.example"),
        when="2027-01-18 12:50 +0100",
        style="gmail",
        body="Buongiorno!\n\nApprofitto per dirvi che i cartelloni per la sagra sono venuti benissimo, ci hanno fatto i complimenti in tanti. Per la fattura ne parlo con il tesoriere alla prossima riunione del direttivo.\n\nUn saluto,\nFranca",
        note="compliment; 'ne parlo con il tesoriere' is no commitment",
    ),
    Reply(
        key="ot-it-3",
        intent="other",
        lang="it",
        who=("Gianluca Conti", "g.conti@autoconti.example"),
        when="2027-01-29 11:20 +0100",
        style="thunderbird",
        body="Buongiorno, ma siete ancora aperti? Vi ho chiamato tre volte questa settimana per sapere quando possiamo ritirare i pannelli e non risponde mai nessuno. Mi fate richiamare per favore?\n\nGianluca Conti\nAutoconti srl – 347 555 0199",
        note="irritated call-back request about collecting goods; nothing about the invoice",
    ),
]

REPLIES: list[Reply] = [
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
    """A delivery report about a reminder sent to `rcpt` in the language `lang`."""

    key: str
    lang: Lang
    kind: Literal["hard", "soft"]
    status: str
    rcpt: str
    when: str
    mta: str
    lag: timedelta = timedelta(minutes=2)
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        """When the reminder left Harrowgate (UK time)."""
        return (self.dt - self.lag).astimezone(UTC)

    @property
    def invoice(self) -> str:
        return INVOICES[self.key]

    @property
    def subject(self) -> str:
        return REMINDER_SUBJECT[self.lang].format(inv=self.invoice)

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]


def reminder_message(b: Bounce) -> Message:
    """The reminder as Harrowgate sent it (returned inside bounces)."""
    amount = f"{500 + digest(b.key, 'amount')[0] * 7}.{digest(b.key, 'amount')[1] % 100:02d}"
    text = reminder_text(
        lang=b.lang,
        inv=b.invoice,
        amount=amount,
        currency="EUR" if b.lang != "en" else "GBP",
        sent=b.sent,
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encoded_header(b.subject, charset="utf-8", name="Subject")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    content_headers_last(msg)
    return msg


def reminder_headers_text(b: Bounce) -> str:
    """The reminder's header block, as bounces quote it."""
    return "".join(f"{k}: {v}\n" for k, v in reminder_message(b).items())


@dataclass(frozen=True, kw_only=True)
class Dsn:
    """The per-recipient facts of a message/delivery-status part."""

    action: Literal["failed", "delayed"]
    diagnostic: str
    remote: str = ""
    diag_type: str = "smtp"


def delivery_status(b: Bounce, d: Dsn) -> Message:
    per_message = f"Reporting-MTA: dns; {b.mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {d.action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {d.remote}"] if d.remote else []),
        f"Diagnostic-Code: {d.diag_type}; {d.diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if d.action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}")
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(lines) + "\n")]
    )
    return status


def returned_headers(b: Bounce) -> Message:
    return text_part(
        reminder_headers_text(b), subtype="rfc822-headers", charset="us-ascii", cte="8bit"
    )


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish_bounce(b: Bounce, msg: Message, *, sender: str, subject: str) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, charset="utf-8", name="Subject")
    msg["Date"] = format_datetime(b.dt)
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 16).lower()}@{b.mta}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, key=b.key, prefix=f"{b.mta}/{b32(b.key, 'prefix', 6)}/")


def exchange_human(*, head: str, body: str, admin: str, charset: str = "utf-8") -> Message:
    """Exchange Online's human-readable NDR: plain text plus HTML."""
    plain = f"{head}\n\n{body}\n\n{admin}\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n<body>\n'
        f'<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:16px;color:#000000">{html_lines(head)}</p>\n'
        f'<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:14px">{html_lines(body)}</p>\n'
        f'<p style="font-family:Consolas,Courier,monospace;font-size:12px;color:#666666">{html_lines(admin)}</p>\n'
        "</body></html>\n"
    )
    return alternative(
        text_part(plain, subtype="plain", charset=charset, cte="qp"),
        text_part(markup, subtype="html", charset=charset, cte="qp"),
    )


EXCHANGE_SENDER = (
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@harrowgate-print.example>"
)


def bounce_postfix(b: Bounce) -> Message:
    human = (
        f"This is the mail system at host {b.mta}.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mx1.{b.domain}[203.0.113.25] said: 550\n"
        f"    5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local\n"
        "    recipient table (in reply to RCPT TO command)\n"
    )
    notification = text_part(human, subtype="plain", charset="us-ascii", cte="8bit")
    notification["Content-Description"] = "Notification"
    dsn = Dsn(
        action="failed",
        diagnostic=f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table",
        remote=f"mx1.{b.domain}",
    )
    status = delivery_status(b, dsn)
    status["Content-Description"] = "Delivery report"
    returned = MIMEMessage(reminder_message(b))
    returned["Content-Description"] = "Undelivered Message"
    sender = f"MAILER-DAEMON@{b.mta} (Mail Delivery System)"
    return finish_bounce(
        b,
        report([notification, status, returned]),
        sender=sender,
        subject="Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    text = (
        f"Hi. This is the qmail-send program at {b.mta}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28817 invoked from network); {format_datetime(b.sent)}\n"
        + reminder_message(b).as_string()
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(b, msg, sender=f"MAILER-DAEMON@{b.mta}", subject="failure notice")


def bounce_sendmail(b: Bounce) -> Message:
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\n"
        "from smtp.harrowgate-print.example [192.0.2.17]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mx.{b.domain}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 2 days old\n"
    )
    dsn = Dsn(
        action="delayed", diagnostic="451 4.4.7 Connection timed out", remote=f"mx.{b.domain}"
    )
    parts = [
        text_part(human, subtype="plain", charset="us-ascii", cte="8bit"),
        delivery_status(b, dsn),
        returned_headers(b),
    ]
    sender = f"Mail Delivery Subsystem <MAILER-DAEMON@{b.mta}>"
    return finish_bounce(
        b, report(parts), sender=sender, subject="Warning: could not send message for past 4 hours"
    )


def bounce_exchange_de(b: Bounce) -> Message:
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = exchange_human(
        head=f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.\n\n{b.rcpt.split('@')[0]} wurde bei {b.domain} nicht gefunden.",
        body="Handlungsbedarf beim Absender: Empfänger nicht gefunden.\n\nSo beheben Sie das Problem: Überprüfen Sie die Adresse des Empfängers auf Tippfehler und senden Sie die Nachricht erneut. Wenn die Adresse korrekt ist, wenden Sie sich auf anderem Weg an den Empfänger und bitten Sie ihn, seinen E-Mail-Administrator zu informieren.",
        admin=f"Weitere Informationen für E-Mail-Administratoren\n\nGenerierender Server: {b.mta}\n{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
    )
    parts = [human, delivery_status(b, Dsn(action="failed", diagnostic=diag)), returned_headers(b)]
    return finish_bounce(
        b, report(parts), sender=EXCHANGE_SENDER, subject=f"Unzustellbar: {b.subject}"
    )


def bounce_exim_de(b: Bounce) -> Message:
    text = (
        "Diese Nachricht wurde automatisch von der Mail-Software erzeugt.\n\n"
        f"Eine von Ihnen gesendete Nachricht liegt seit mehr als 4 Stunden in der Warteschlange von {b.mta} und konnte noch nicht an alle Empfänger zugestellt werden.\n\n"
        f"Betreff der Nachricht:  {latin1_safe(b.subject)}\n"
        f"Datum der Nachricht:    {format_datetime(b.sent)}\n\n"
        "Noch nicht zugestellt an:\n\n"
        f"  {b.rcpt}\n"
        f"    Verzögerungsgrund: SMTP-Fehler vom entfernten Server nach RCPT TO:<{b.rcpt}>:\n"
        "    451 4.7.1 Greylisting in action, please come back later\n\n"
        "Sie müssen nichts unternehmen. Die Zustellung wird weiter versucht. Schlägt sie endgültig fehl, erhalten Sie eine weitere Nachricht.\n"
    )
    msg = text_part(text, subtype="plain", charset="iso-8859-1", cte="qp")
    return finish_bounce(
        b,
        msg,
        sender=f"Mail Delivery System <Mailer-Daemon@{b.mta}>",
        subject="Warnung: Nachricht verzögert (Mail delivery delayed)",
    )


def bounce_isp_fr(b: Bounce) -> Message:
    text = (
        "Ce message a été créé automatiquement par le serveur de messagerie.\n\n"
        "Votre message n'a pas pu être distribué au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire est pleine (552 5.2.2 Mailbox quota exceeded).\n\n"
        "Le destinataire doit libérer de l'espace avant de pouvoir recevoir de nouveaux messages. Vous pourrez renvoyer votre message plus tard.\n\n"
        "--- En-têtes du message d'origine ---\n\n" + reminder_headers_text(b)
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    return finish_bounce(
        b,
        msg,
        sender=f"Service de messagerie <mailer-daemon@{b.mta}>",
        subject="Message non distribué : boîte pleine",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta ha sido:",
        "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-43661e6d2basi98765f9.112 - gsmtp",
    ]
    markup = (
        "<html><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "</body></html>\n"
    )
    human = alternative(
        text_part("\n\n".join(lines) + "\n", subtype="plain", charset="utf-8", cte="qp"),
        text_part(markup, subtype="html", charset="utf-8", cte="qp"),
    )
    dsn = Dsn(
        action="failed",
        diagnostic="550-5.1.1 The email account that you tried to reach does not exist.",
        remote="gmail-smtp-in.l.google.com",
    )
    msg = report([human, delivery_status(b, dsn), returned_headers(b)])
    msg["X-Failed-Recipients"] = b.rcpt
    return finish_bounce(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Notificación de estado de entrega (error)",
    )


def bounce_hosting_es(b: Bounce) -> Message:
    text = (
        f"Este mensaje ha sido generado automáticamente por el servidor de correo {b.mta}.\n\n"
        "Su mensaje todavía no ha podido entregarse al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: 450 4.2.1 El buzón del destinatario está deshabilitado temporalmente.\n\n"
        "Seguiremos intentando la entrega durante 72 horas. No es necesario que vuelva a enviar el mensaje.\n\n"
        f"Asunto del mensaje: {b.subject}\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="8bit")
    return finish_bounce(
        b,
        msg,
        sender=f"Servicio de correo <mailer-daemon@{b.mta}>",
        subject="Aviso: entrega retrasada",
    )


def bounce_gateway_nl(b: Bounce) -> Message:
    rows = [
        ("Ontvanger", b.rcpt),
        ("Onderwerp", b.subject),
        ("Verzonden", format_datetime(b.sent)),
        ("Status", "550 5.1.1 Recipient address rejected: User unknown"),
    ]
    table = "\n".join(
        f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Arial,sans-serif;font-size:13px">\n'
        '<div style="background:#c0392b;color:#ffffff;padding:8px"><b>Bericht niet afgeleverd</b></div>\n'
        f"<p>Uw bericht aan {html.escape(b.rcpt)} kon niet worden afgeleverd. De ontvangende mailserver meldt dat dit adres niet bestaat. Er worden geen nieuwe pogingen gedaan.</p>\n"
        f'<table cellpadding="4">\n{table}\n</table>\n'
        f'<p style="color:#888888;font-size:11px">Dit bericht is automatisch verstuurd door de e-mailbeveiliging van {html.escape(b.domain)} ({html.escape(b.mta)}).</p>\n'
        "</body></html>\n"
    )
    msg = text_part(markup, subtype="html", charset="utf-8", cte="qp")
    return finish_bounce(
        b,
        msg,
        sender=f"MailShield Gateway <noreply@{b.mta}>",
        subject=f"Onbestelbaar bericht: {b.subject}",
    )


def bounce_exchange_nl(b: Bounce) -> Message:
    diag = "451 4.4.1 Connection timed out; remote server did not respond"
    human = exchange_human(
        head=f"De bezorging bij deze geadresseerden of groepen is vertraagd:\n\n{b.rcpt}\n\nOnderwerp: {b.subject}",
        body="Dit bericht is nog niet bezorgd. We blijven proberen het te bezorgen.\n\nDe server blijft het nog 1 dag en 20 uur proberen. Lukt het in die tijd niet, dan krijgt u een melding dat het bericht niet is bezorgd. U hoeft niets te doen.",
        admin=f"Diagnostische gegevens voor beheerders:\n\nGenererende server: {b.mta}\n{b.rcpt}\nDe externe server heeft '{diag}' geretourneerd",
    )
    parts = [human, delivery_status(b, Dsn(action="delayed", diagnostic=diag)), returned_headers(b)]
    return finish_bounce(
        b, report(parts), sender=EXCHANGE_SENDER, subject=f"Vertraagd: {b.subject}"
    )


def bounce_provider_it(b: Bounce) -> Message:
    text = (
        f"Questo messaggio è stato generato automaticamente dal sistema di posta di {b.mta}.\n\n"
        "Il tuo messaggio non è stato consegnato al seguente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        f"Il dominio {b.domain} non esiste o non ha server di posta (MX) validi.\n"
        "Errore permanente: 5.1.2 Host or domain name not found.\n\n"
        "Non verranno effettuati altri tentativi. In allegato trovi il messaggio originale.\n"
    )
    dsn = Dsn(
        action="failed",
        diagnostic=f"Host or domain name not found. Name service error for name={b.domain} type=MX: Host not found",
        diag_type="X-Postfix",
    )
    parts = [
        text_part(text, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(b, dsn),
        MIMEMessage(reminder_message(b)),
    ]
    return finish_bounce(
        b,
        report(parts),
        sender=f"Sistema di posta <MAILER-DAEMON@{b.mta}>",
        subject="Messaggio non recapitato / Undelivered Mail",
    )


def bounce_exchange_it(b: Bounce) -> Message:
    diag = "451 4.4.7 Message delayed; il server di destinazione non risponde"
    human = exchange_human(
        head=f"Il recapito ai seguenti destinatari o gruppi è stato ritardato:\n\n{b.rcpt}\n\nOggetto: {b.subject}",
        body="Questo messaggio non è stato ancora recapitato. Continueremo a tentare il recapito.\n\nIl server proverà a recapitare il messaggio per altre 46 ore. Se non ci riuscirà, riceverai una notifica. Non è necessario fare nulla.",
        admin=f"Informazioni di diagnostica per gli amministratori:\n\nServer di generazione: {b.mta}\n{b.rcpt}\nIl server remoto ha restituito '{diag}'",
    )
    parts = [human, delivery_status(b, Dsn(action="delayed", diagnostic=diag)), returned_headers(b)]
    return finish_bounce(
        b, report(parts), sender=EXCHANGE_SENDER, subject=f"Recapito ritardato: {b.subject}"
    )


EXO_MTA = "DB9PR03MB7423.eurprd03.prod.outlook.example"
BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            key="bo-en-1",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="accounts@westfieldautos.example",
            when="2027-01-11 09:14 +0000",
            mta="smtp.harrowgate-print.example",
            note="Postfix RFC 3464 report with the whole returned message",
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            key="bo-en-2",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="events@blackthornpr.example",
            when="2027-01-21 09:06 +0000",
            mta="mail.blackthornpr.example",
            lag=timedelta(minutes=1),
            note="qmail notice, not MIME; the status is in '(#5.1.1)'",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            key="bo-en-3",
            lang="en",
            kind="soft",
            status="4.4.7",
            rcpt="admin@stmarkshospice-shops.example",
            when="2027-02-03 13:20 +0000",
            mta="relay2.harrowgate-print.example",
            lag=timedelta(hours=4, minutes=5),
            note="sendmail 4-hour delay warning from a charity's shop address",
        ),
        bounce_sendmail,
    ),
    (
        Bounce(
            key="bo-de-1",
            lang="de",
            kind="hard",
            status="5.1.10",
            rcpt="buchhaltung@mueller-eventservice.example",
            when="2027-01-19 09:03 +0100",
            mta=EXO_MTA,
            note="Exchange Online NDR in German",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            key="bo-de-2",
            lang="de",
            kind="soft",
            status="4.7.1",
            rcpt="info@werbeagentur-sternberg.example",
            when="2027-01-29 13:40 +0100",
            mta="mx-backup.rheinmail.example",
            lag=timedelta(hours=4, minutes=20),
            note="German Exim delay warning from a backup MX (greylisting), plain text",
        ),
        bounce_exim_de,
    ),
    (
        Bounce(
            key="bo-fr-1",
            lang="fr",
            kind="soft",
            status="5.2.2",
            rcpt="contact@jardinsdecamille-asso.example",
            when="2027-01-14 09:22 +0100",
            mta="mx.poste-entreprise.example",
            note="mailbox full reported with a 5.x code: soft, the code is kept; French provider notice",
        ),
        bounce_isp_fr,
    ),
    (
        Bounce(
            key="bo-es-1",
            lang="es",
            kind="hard",
            status="5.1.1",
            rcpt="eventos.marisol.pr@gmail.com",
            when="2027-01-20 09:11 +0100",
            mta="mx.google.com",
            note="Gmail failure notice in Spanish for a free-mail recipient",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            key="bo-es-2",
            lang="es",
            kind="soft",
            status="4.2.1",
            rcpt="facturas@autoscanariassur.example",
            when="2027-01-26 12:00 +0000",
            mta="mx1.correo-alojamiento.example",
            lag=timedelta(hours=3),
            note="Spanish hosting provider's delay notice, plain text, 8bit",
        ),
        bounce_hosting_es,
    ),
    (
        Bounce(
            key="bo-nl-1",
            lang="nl",
            kind="hard",
            status="5.1.1",
            rcpt="financien@stichtingkompas-events.example",
            when="2027-01-28 09:09 +0100",
            mta="gateway.mailshield-filter.example",
            note="security gateway notice, HTML only",
        ),
        bounce_gateway_nl,
    ),
    (
        Bounce(
            key="bo-nl-2",
            lang="nl",
            kind="soft",
            status="4.4.1",
            rcpt="info@autovos.example",
            when="2027-02-01 15:30 +0100",
            mta=EXO_MTA,
            lag=timedelta(hours=5, minutes=30),
            note="Exchange Online delay notice in Dutch",
        ),
        bounce_exchange_nl,
    ),
    (
        Bounce(
            key="bo-it-1",
            lang="it",
            kind="hard",
            status="5.1.2",
            rcpt="amministrazione@eventimaremma.example",
            when="2027-01-13 09:30 +0100",
            mta="smtp.servizimail-italia.example",
            note="Italian provider report: the domain does not exist",
        ),
        bounce_provider_it,
    ),
    (
        Bounce(
            key="bo-it-2",
            lang="it",
            kind="soft",
            status="4.4.7",
            rcpt="contabilita@comune-sanvitale.example",
            when="2027-02-05 09:45 +0100",
            mta=EXO_MTA,
            lag=timedelta(hours=6),
            note="Exchange Online delay notice in Italian; a town council's address",
        ),
        bounce_exchange_it,
    ),
]


def assign_invoices() -> dict[str, str]:
    """Distinct invoice numbers for reminders whose number the text does not fix."""
    taken = {ref for r in REPLIES for ref in r.refs} | {r.inv for r in REPLIES if r.inv}
    keys = [r.key for r in REPLIES if not r.inv] + [b.key for b, _ in BOUNCES]
    keys.sort(key=lambda k: digest(k, "inv"))
    free = [f"HPS/26/{n}" for n in range(4340, 4500) if f"HPS/26/{n}" not in taken]
    free.sort(key=lambda ref: digest(ref, f"pool{SEED}"))
    return dict(zip(keys, free, strict=False))


INVOICES = assign_invoices()

# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


def empty_label(*, intent: Intent, lang: Lang, note: str | None) -> Label:
    return Label(
        file="",
        intent=intent,
        promised_date=None,
        paid_date=None,
        return_date=None,
        payment_reference=None,
        amount=None,
        currency=None,
        new_contact=None,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=[],
        language=lang,
        note=note,
    )


def reply_label(r: Reply) -> Label:
    label = empty_label(intent=r.intent, lang=r.lang, note=r.note)
    f = r.fields
    label["promised_date"] = f.get("promised_date")
    label["paid_date"] = f.get("paid_date")
    label["return_date"] = f.get("return_date")
    label["payment_reference"] = f.get("payment_reference")
    label["amount"] = f.get("amount")
    label["currency"] = f.get("currency")
    label["new_contact"] = f.get("new_contact")
    label["invoice_refs"] = sorted(r.refs)
    return label


def bounce_label(b: Bounce) -> Label:
    label = empty_label(intent="bounce", lang=b.lang, note=b.note)
    label["bounce_kind"] = b.kind
    label["failed_recipient"] = b.rcpt
    label["bounce_status"] = b.status
    return label


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")
INVOICE = re.compile(r"^HPS/26/\d{4}$")
FIRST_DAY = date(2027, 1, 11)
LAST_DAY = date(2027, 2, 5)
ONLY_FOR: dict[str, Intent] = {
    "promised_date": "promise_to_pay",
    "paid_date": "payment_sent",
    "return_date": "auto_reply",
    "new_contact": "wrong_contact",
    "bounce_kind": "bounce",
    "failed_recipient": "bounce",
    "bounce_status": "bounce",
}


def fail(name: str, problem: str) -> None:
    raise SystemExit(f"{name}: {problem}")


def check_label_values(label: Label) -> None:
    name = label["file"]
    for value in (label["promised_date"], label["paid_date"], label["return_date"]):
        if value is not None and not ISO_DATE.match(value):
            fail(name, f"{value!r} is not an ISO date")
    if label["amount"] is not None and (
        not AMOUNT.match(label["amount"]) or label["currency"] is None
    ):
        fail(name, "amount needs two decimals and a currency")
    if label["new_contact"] is not None and label["new_contact"] != label["new_contact"].lower():
        fail(name, "new_contact must be lower case")
    if label["bounce_status"] is not None and not STATUS.match(label["bounce_status"]):
        fail(name, "bad bounce status")
    if not all(INVOICE.match(ref) for ref in label["invoice_refs"]):
        fail(name, "invoice_refs must be normalised HPS/26/NNNN")


def check_label_shape(label: Label) -> None:
    name = label["file"]
    if tuple(label) != LABEL_KEYS:
        fail(name, f"label keys out of order: {tuple(label)}")
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        fail(name, "unknown intent or language")
    values: dict[str, object] = dict(label)
    for key, owner in ONLY_FOR.items():
        if values[key] is not None and label["intent"] != owner:
            fail(name, f"{key} set on a {label['intent']} message")
    if label["intent"] == "bounce" and None in (
        label["bounce_kind"],
        label["failed_recipient"],
        label["bounce_status"],
    ):
        fail(name, "bounce without kind, recipient or status")
    check_label_values(label)


MENTIONED_INVOICE = re.compile(r"HPS/26/(\d{4})|(?<![\d/.,])(4[34]\d\d)(?![\d.,/])")


def check_refs(r: Reply) -> None:
    """invoice_refs are exactly the Harrowgate numbers written in the new text."""
    found = {f"HPS/26/{m.group(1) or m.group(2)}" for m in MENTIONED_INVOICE.finditer(r.body)}
    if found != set(r.refs):
        fail(r.key, f"invoice_refs {sorted(r.refs)} but the text names {sorted(found)}")


def check_corpus(labels: list[Label]) -> None:
    """The corpus-wide shape the brief asks for."""
    cells = Counter((x["intent"], x["language"]) for x in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != 12:
            fail("corpus", f"{intent} does not have 12 messages")
        missing = [lang for lang in LANGS if cells[intent, lang] == 0]
        if missing:
            fail("corpus", f"{intent} has no {missing}")
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        fail("corpus", f"bounces are {dict(kinds)}")


def check_message(name: str, data: bytes) -> None:
    """Parse back as a reader would: headers decoded, text decoded, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        fail(name, "did not parse as an EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(name, f"no {header}")
    day = msg["Date"].datetime.date()
    if not FIRST_DAY <= day <= LAST_DAY:
        fail(name, f"dated {day}")
    for part in msg.walk():
        if part.defects:
            fail(name, f"defects {part.defects}")
        for key, value in part.items():
            if getattr(value, "defects", ()):
                fail(name, f"header {key} has defects")
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            part.get_content()


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def all_messages() -> list[tuple[str, Message, Label]]:
    for r in REPLIES:
        check_refs(r)
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        fail("corpus", "duplicate keys")
    return items


def count_table(labels: list[Label]) -> str:
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


def write_all() -> list[Label]:
    items = all_messages()
    items.sort(
        key=lambda item: digest(item[0], f"order{SEED}")
    )  # a fixed order unrelated to labels
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label["file"] = name
        check_label_shape(label)
        labels.append(label)
    check_corpus(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
