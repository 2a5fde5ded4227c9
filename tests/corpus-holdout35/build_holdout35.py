# ruff: noqa: E501, RUF001
"""Build held-out reply corpus 35: `h35-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Ferrovia Parts, a spare-parts distributor for
trains, trams and buses, after it sent an overdue reminder for an invoice numbered FP-NNNNNN.
The new text of each message is written by hand below. This script adds only what a mail client
or a mail server would add: the quoted reminder in the client's layout and language, headers,
MIME structure, charsets and transfer encodings, and the machine parts of delivery reports.

It writes next to itself, deterministically (fixed seed, boundaries and Message-IDs derived from
each message's key, no clock), parses every message back as a check and prints the count table.
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
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import BaseHeader
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Literal, TypedDict

HERE = Path(__file__).resolve().parent
PREFIX = "h35"
SEED = 35_2026_1123
AR_NAME = "Ferrovia Parts Receivables"
AR_ADDR = "receivables@ferrovia-parts.example"
AR_DOMAIN = "ferrovia-parts.example"
CET = timezone(timedelta(hours=1))
FIRST_DAY = date(2026, 11, 23)
LAST_DAY = date(2026, 12, 18)
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
PER_INTENT = 12
CURRENCIES = ("EUR", "GBP", "USD", "CHF")
INVOICE_RE = re.compile(r"^FP-\d{6}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
STATUS_RE = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


# ============================================================================================
# Types
# ============================================================================================


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order of the project's label format."""

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


LABEL_ORDER = tuple(Label.__annotations__)


@dataclass(frozen=True, kw_only=True)
class Facts:
    """What a reader extracts from a reply (everything not given stays null)."""

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
class Spec:
    """One hand-written message: who wrote it, when, with which client, and its labels.

    `client` picks the layout a mail client wraps around `body`. `loc` is the client's locale
    when it differs from the writer's language, `rlang` the reminder's language when it differs.
    `subject` is a template in which `{rsub}` is the reminder subject as the client shows it.
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    client: str
    body: str
    facts: Facts = field(default_factory=Facts)
    rlang: str = ""
    loc: str = ""
    inv: str = ""
    amt: str = ""
    cur: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    cc: str = ""
    reply_to: str = ""
    sig: str = ""
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def locale(self) -> str:
        return self.loc or self.lang

    @property
    def invoice(self) -> str:
        return self.inv or default_invoice(self.key)

    @property
    def currency(self) -> str:
        return self.cur or ("GBP" if self.reminder_lang == "en" else "EUR")

    @property
    def amount(self) -> str:
        return self.amt or default_amount(self.key)


def txt(block: str) -> str:
    """Hand-written text, indented in this file for reading, as the writer typed it."""
    return textwrap.dedent(block).strip("\n")


# ============================================================================================
# Deterministic ids and defaults
# ============================================================================================


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}|{key}".encode()).digest()


def number(key: str, salt: str, low: int, high: int) -> int:
    return low + int.from_bytes(digest(key, salt)[:8], "big") % (high - low + 1)


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def default_invoice(key: str) -> str:
    return f"FP-{number(key, 'invoice', 416000, 419499)}"


def default_amount(key: str) -> str:
    cents = number(key, "amount", 48_000, 960_000)
    return f"{cents // 100}.{cents % 100:02d}"


def reminder_msgid(key: str) -> str:
    return f"<{b32(key, 'reminder', 26).lower()}@{AR_DOMAIN}>"


def uuid_like(key: str, salt: str) -> str:
    h = digest(key, salt).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def outlook_host(key: str) -> str:
    region = ("AM", "DB", "PA", "VI", "AS", "GV", "DU")[number(key, "region", 0, 6)]
    return f"{region}{number(key, 'pod', 1, 9)}PR0{number(key, 'ring', 1, 9)}MB{number(key, 'mb', 1000, 9999)}"


def reply_msgid(spec: Spec) -> str:
    domain = spec.who[1].split("@")[1]
    family = CLIENT_FAMILY.get(spec.client, "other")
    if family == "outlook":
        host = outlook_host(spec.key)
        return f"<{host}{digest(spec.key, 'ms').hex()[:24].upper()}@{host}.eurprd0{number(spec.key, 'prd', 1, 9)}.prod.outlook.com>"
    if family == "gmail":
        tail = base64.urlsafe_b64encode(digest(spec.key, "gm")).decode().rstrip("=")[:42]
        return f"<CA{tail}@mail.gmail.com>"
    if family == "apple":
        return f"<{uuid_like(spec.key, 'apple').upper()}@{domain}>"
    if family == "thunderbird":
        return f"<{uuid_like(spec.key, 'tb')}@{domain}>"
    return f"<{digest(spec.key, 'id').hex()[:30]}.{number(spec.key, 'n', 1000, 99999)}@{domain}>"


# ============================================================================================
# Locale tables
# ============================================================================================

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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Attribution lines. Keys are client locales; "en_us" is a US English client.
GMAIL_ATTR = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "en_us": "On {wda}, {mona} {d}, {y} at {h12}:{mm}\u202f{ampm} {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mona} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "en_us": "On {mona} {d}, {y}, at {h12}:{mm}\u202f{ampm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "en_us": "On {mo}/{dd}/{y} {h12}:{mm} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
# Outlook's header block: separator line, From, Sent, To, Cc, Subject, label separator.
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "en_us": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_SENT = {
    "en": "{d} {monl} {y} {HH}:{mm}",
    "en_us": "{wdl}, {monl} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
OUTLOOK_PREFIX = {
    "en": "RE: ",
    "en_us": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
SAMSUNG_LABELS = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject", ": "),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff", ": "),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet", " : "),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto", ": "),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp", ": "),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto", ": "),
}
MOBILE_SIG = {
    "iphone": {
        "en": "Sent from my iPhone",
        "en_us": "Sent from my iPhone",
        "de": "Von meinem iPhone gesendet",
        "fr": "Envoyé de mon iPhone",
        "es": "Enviado desde mi iPhone",
        "nl": "Verstuurd vanaf mijn iPhone",
        "it": "Inviato da iPhone",
    },
    "ol_android": {
        "en": "Get Outlook for Android",
        "en_us": "Get Outlook for Android",
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

# The reminder, in each customer language, as Ferrovia Parts' collections tool sends it.
REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel d'échéance – facture {inv}",
    "es": "Aviso de factura vencida {inv}",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": """Dear Sir or Madam,

According to our records the following invoice is still unpaid after its due date:

Invoice no.: {inv}
Invoice date: {issued}
Due date: {due}
Amount outstanding: {amt}

Please arrange payment at your earliest convenience. If you have already paid, kindly send us the payment date and your reference so that we can allocate it. For any question about this invoice, simply reply to this e-mail.

Yours faithfully,

Accounts Receivable
Ferrovia Parts S.p.A. – rail, tram and bus spare parts
receivables@ferrovia-parts.example""",
    "de": """Sehr geehrte Damen und Herren,

bei der Durchsicht unserer Konten haben wir festgestellt, dass die folgende Rechnung noch offen ist:

Rechnungsnummer: {inv}
Rechnungsdatum: {issued}
Fällig seit: {due}
Offener Betrag: {amt}

Wir bitten Sie, den Betrag in den nächsten Tagen auszugleichen. Falls Sie bereits gezahlt haben, teilen Sie uns bitte Zahlungsdatum und Referenz mit, damit wir die Zahlung zuordnen können. Bei Rückfragen zur Rechnung genügt eine Antwort auf diese E-Mail.

Mit freundlichen Grüßen

Debitorenbuchhaltung
Ferrovia Parts S.p.A. – Ersatzteile für Bahn, Tram und Bus
receivables@ferrovia-parts.example""",
    "fr": """Madame, Monsieur,

À la date de ce message, la facture suivante figure toujours comme non réglée dans nos comptes :

N° de facture : {inv}
Date de facture : {issued}
Échéance : {due}
Montant restant dû : {amt}

Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais. Si le paiement a déjà été effectué, merci de nous en communiquer la date et la référence afin que nous puissions le rapprocher. Pour toute question sur cette facture, il vous suffit de répondre à ce courriel.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Service Comptabilité Clients
Ferrovia Parts S.p.A. – pièces détachées ferroviaires, tramway et autocar
receivables@ferrovia-parts.example""",
    "es": """Estimados señores:

Les informamos de que la siguiente factura figura como pendiente de pago en nuestra contabilidad:

Nº de factura: {inv}
Fecha de factura: {issued}
Fecha de vencimiento: {due}
Importe pendiente: {amt}

Les rogamos que procedan a su abono a la mayor brevedad. Si ya han efectuado el pago, indíquennos por favor la fecha y la referencia para poder conciliarlo. Para cualquier consulta sobre la factura, basta con responder a este correo.

Un cordial saludo,

Departamento de Cobros
Ferrovia Parts S.p.A. – recambios para ferrocarril, tranvía y autobús
receivables@ferrovia-parts.example""",
    "nl": """Geachte heer, mevrouw,

Bij controle van onze administratie zagen wij dat onderstaande factuur nog niet is voldaan:

Factuurnummer: {inv}
Factuurdatum: {issued}
Vervaldatum: {due}
Openstaand bedrag: {amt}

Wij verzoeken u vriendelijk het bedrag zo spoedig mogelijk over te maken. Heeft u al betaald, laat ons dan de betaaldatum en uw kenmerk weten, zodat wij de betaling kunnen verwerken. Vragen over de factuur? U kunt hiervoor op deze e-mail reageren.

Met vriendelijke groet,

Debiteurenbeheer
Ferrovia Parts S.p.A. – onderdelen voor trein, tram en bus
receivables@ferrovia-parts.example""",
    "it": """Spettabile Cliente,

da un controllo contabile risulta ancora aperta la fattura indicata di seguito:

Fattura n.: {inv}
Data fattura: {issued}
Scadenza: {due}
Importo da saldare: {amt}

Vi chiediamo cortesemente di provvedere al saldo quanto prima. Qualora il pagamento fosse già stato disposto, vi preghiamo di indicarci data e riferimento del bonifico, così da poterlo abbinare. Per qualsiasi chiarimento è sufficiente rispondere a questa e-mail.

Distinti saluti,

Ufficio Crediti
Ferrovia Parts S.p.A. – ricambi per treni, tram e autobus
receivables@ferrovia-parts.example""",
}
# Characters a Latin-1 client cannot send, as it rewrites them.
LATIN1_FIXES = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "\u202f": " ",
}


# ============================================================================================
# Dates, money and text helpers
# ============================================================================================


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    lang = loc[:2]
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wda": WEEKDAYS_ABBR[lang].split()[wd],
        "wdl": WEEKDAYS[lang].split()[wd],
        "mona": MONTHS_ABBR[lang].split()[mo],
        "monl": MONTHS[lang].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
    }


def fmt(template: str, *, loc: str, dt: datetime, name: str = AR_NAME) -> str:
    return template.format(**date_fields(loc, dt), name=name, addr=AR_ADDR)


def group_thousands(whole: str, sep: str) -> str:
    out = ""
    while len(whole) > 3:
        out = sep + whole[-3:] + out
        whole = whole[:-3]
    return whole + out


def money(amount: str, currency: str, lang: str) -> str:
    """An amount the way the reminder prints it for the customer's language."""
    whole, cents = amount.split(".")
    if currency == "CHF":
        apostrophe = "'"
        return f"CHF {group_thousands(whole, apostrophe)}.{cents}"
    if lang == "en":
        symbol = {"GBP": "£", "EUR": "€", "USD": "US$"}[currency]
        return f"{symbol}{group_thousands(whole, ',')}.{cents}"
    symbol = {"EUR": "€", "USD": "USD", "GBP": "GBP"}[currency]
    if lang == "fr":
        return f"{group_thousands(whole, ' ')},{cents} {symbol}"
    if lang in {"de", "es"}:
        return f"{group_thousands(whole, '.')},{cents} {symbol}"
    return f"{symbol} {group_thousands(whole, '.')},{cents}"


def short_date(d: date, lang: str) -> str:
    if lang == "en":
        return f"{d.day} {MONTHS_ABBR['en'].split()[d.month - 1]} {d.year}"
    sep = {"de": ".", "nl": "-"}.get(lang, "/")
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def fit_charset(text: str, charset: str) -> str:
    return latin1_safe(text) if charset == "iso-8859-1" else text


def quote_lines(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        lines.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(lines)


# ============================================================================================
# MIME parts and headers
# ============================================================================================

ENCODINGS = {"qp": cs.QP, "b64": cs.BASE64}


def text_part(
    text: str, *, subtype: str = "plain", charset: str = "utf-8", cte: str = "qp"
) -> Message:
    """A text part encoded the way the client would (raises if the text does not fit the charset)."""
    data = text.encode(charset)
    part = MIMENonMultipart("text", subtype, charset=charset)
    if cte == "8bit":
        part["Content-Transfer-Encoding"] = "8bit"
        part.set_payload(data.decode("ascii", "surrogateescape"))
        return part
    if cte == "7bit":
        part["Content-Transfer-Encoding"] = "7bit"
        part.set_payload(text)
        return part
    chs = cs.Charset(charset)
    chs.body_encoding = ENCODINGS[cte]
    part.set_payload(text, chs)
    return part


ENCODED_WORD = re.compile(r"=\?([^?]+)\?([qb])\?")


def encode_header(value: str, *, charset: str, mode: str = "q", name: str = "Subject") -> str:
    """RFC 2047 encoded-words when the value is not ASCII, in the client's charset and style.

    `mode` is "q" (Python's own spelling, as many MTAs and Outlook write it), "Q" (Q-encoding
    spelt `=?UTF-8?Q?` as Gmail and Apple do) or "b" (base64, spelt `=?UTF-8?B?`).
    """
    if value.isascii():
        return value
    label = charset if charset != "us-ascii" else "utf-8"
    try:
        value.encode(label)
    except UnicodeEncodeError:
        label = "utf-8"
    chs = cs.Charset(label)
    chs.header_encoding = cs.BASE64 if mode == "b" else cs.QP
    encoded = Header(value, chs, header_name=name).encode()
    if mode == "q":
        return encoded
    return ENCODED_WORD.sub(lambda m: f"=?{m.group(1).upper()}?{m.group(2).upper()}?", encoded)


def display_address(name: str, addr: str, *, charset: str, mode: str = "q") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset=charset, mode=mode, name='From')} <{addr}>"


def content_headers_last(msg: Message) -> None:
    """Clients put the MIME headers after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> list[Message]:
    payload = part.get_payload()
    if not part.is_multipart() or not isinstance(payload, list):
        return []
    return [p for p in payload if isinstance(p, Message)]


def strip_inner_versions(part: Message, *, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        strip_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, *, key: str, prefix: str) -> None:
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(prefix + b32(key, f"boundary-{n}", 26))


def alternative(plain: Message, rich: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


# ============================================================================================
# The reminder being answered
# ============================================================================================


def reminder_dates(key: str, sent: datetime) -> tuple[date, date]:
    due = sent.date() - timedelta(days=number(key, "overdue", 9, 31))
    return due - timedelta(days=30), due


def reminder_sent(key: str, reply: datetime) -> datetime:
    """The collections run goes out on a working day before the reply, early morning CET."""
    day = reply.astimezone(CET) - timedelta(days=number(key, "lag", 1, 6))
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(
        hour=7,
        minute=number(key, "minute", 2, 48),
        second=number(key, "second", 0, 59),
        microsecond=0,
    )


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(
    *, key: str, lang: str, inv: str, amount: str, currency: str, sent: datetime
) -> str:
    issued, due = reminder_dates(key, sent)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=short_date(issued, lang),
        due=short_date(due, lang),
        amt=money(amount, currency, lang),
    )


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(spec: Spec) -> Quote:
    sent = reminder_sent(spec.key, spec.dt)
    text = reminder_text(
        key=spec.key,
        lang=spec.reminder_lang,
        inv=spec.invoice,
        amount=spec.amount,
        currency=spec.currency,
        sent=sent,
    )
    subject = reminder_subject(spec.reminder_lang, spec.invoice)
    return Quote(
        text=fit_charset(text, spec.charset),
        subject=fit_charset(subject, spec.charset),
        sent=sent.astimezone(spec.dt.tzinfo),
        loc=spec.locale,
        to=formataddr(spec.who) if spec.who[0].isascii() else f"{spec.who[0]} <{spec.who[1]}>",
    )


# ============================================================================================
# Client layouts: what each mail client wraps around the hand-written text
# ============================================================================================


def sender_lines(q: Quote, labels: tuple[str, str, str, str, str, str], sent: str) -> list[str]:
    _, frm, sent_label, to, subj, sep = labels
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent_label}{sep}{sent}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def outlook_block(q: Quote) -> list[str]:
    labels = OUTLOOK_LABELS[q.loc]
    return sender_lines(q, labels, fmt(OUTLOOK_SENT[q.loc], loc=q.loc, dt=q.sent))


def attribution(table: dict[str, str], q: Quote, charset: str) -> str:
    return (
        fit_charset(fmt(table[q.loc], loc=q.loc, dt=q.sent), charset)
        if charset == "iso-8859-1"
        else fmt(table[q.loc], loc=q.loc, dt=q.sent)
    )


def word_html(spec: Spec, q: Quote) -> str:
    """Outlook desktop HTML: Word markup and the grey divider above the quoted header block."""
    labels = OUTLOOK_LABELS[q.loc]
    rows = zip(labels[1:5], outlook_block(q), strict=True)
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(labels[5].rstrip())}</b> {html.escape(line.split(labels[5], 1)[1])}"
        for label, line in rows
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={spec.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\t"
        'font-family:"Aptos",sans-serif;}\nspan.EmailStyle19\n\t{mso-style-type:personal-reply;}\n--></style>\n'
        f'</head>\n<body lang="{spec.lang.upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(spec.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook_text(spec: Spec, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_LABELS[q.loc][0], *outlook_block(q)])
    return text_part(f"{spec.body}\n\n{block}\n\n{q.text}\n", charset=spec.charset, cte=spec.cte)


def client_outlook_html(spec: Spec, q: Quote) -> Message:
    plain = "\n".join([spec.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(
        text_part(plain, charset=spec.charset, cte=spec.cte),
        text_part(word_html(spec, q), subtype="html", charset=spec.charset, cte=spec.cte),
    )


def client_outlook_html_only(spec: Spec, q: Quote) -> Message:
    return text_part(word_html(spec, q), subtype="html", charset=spec.charset, cte=spec.cte)


def client_owa(spec: Spec, q: Quote) -> Message:
    """Outlook on the web: divRplyFwdMsg and an underscore divider in the plain part."""
    block = outlook_block(q)
    sep = OUTLOOK_LABELS[q.loc][5]
    plain = "\n".join([spec.body, "", "_" * 32, *block, "", q.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in block
    )
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={spec.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(spec.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div class="BodyFragment">{html_paragraphs(q.text)}</div>\n</body>\n</html>\n'
    )
    return alternative(
        text_part(plain, charset=spec.charset, cte=spec.cte),
        text_part(markup, subtype="html", charset=spec.charset, cte=spec.cte),
    )


def client_outlook_android(spec: Spec, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    signature = MOBILE_SIG["ol_android"][q.loc]
    text = f"{spec.body}\n\n{signature}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, charset=spec.charset, cte="b64")


def gmail_markup(spec: Spec, attr: str, q: Quote) -> str:
    return (
        f'<div dir="ltr">{html_lines(spec.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )


def client_gmail(spec: Spec, q: Quote) -> Message:
    attr = attribution(GMAIL_ATTR, q, spec.charset)
    plain = f"{spec.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    return alternative(
        text_part(plain, charset=spec.charset, cte=spec.cte),
        text_part(gmail_markup(spec, attr, q), subtype="html", charset=spec.charset, cte=spec.cte),
    )


def client_gmail_text(spec: Spec, q: Quote) -> Message:
    attr = attribution(GMAIL_ATTR, q, spec.charset)
    return text_part(
        f"{spec.body}\n\n{attr}\n\n{quote_lines(q.text)}\n", charset=spec.charset, cte=spec.cte
    )


def client_gmail_bottom(spec: Spec, q: Quote) -> Message:
    attr = attribution(GMAIL_ATTR, q, spec.charset)
    return text_part(
        f"{attr}\n\n{quote_lines(q.text)}\n\n{spec.body}\n", charset=spec.charset, cte=spec.cte
    )


INLINE_MARK = re.compile(r"\[\[Q(\d)(?:-(\d))?\]\]")


def quoted_paragraphs(paragraphs: list[str], mark: re.Match[str]) -> str:
    first = int(mark.group(1))
    last = int(mark.group(2) or first)
    return quote_lines("\n\n".join(paragraphs[first : last + 1]))


def client_inline(spec: Spec, q: Quote) -> Message:
    """Answers written between quoted paragraphs of the reminder ([[Qn]] or [[Qn-m]] marks them)."""
    paragraphs = q.text.split("\n\n")
    body = INLINE_MARK.sub(lambda mark: quoted_paragraphs(paragraphs, mark), spec.body)
    attr = attribution(THUNDERBIRD_ATTR if spec.sig else GMAIL_ATTR, q, spec.charset)
    signature = f"\n\n-- \n{spec.sig}" if spec.sig else ""
    return text_part(f"{attr}\n{body}{signature}\n", charset=spec.charset, cte=spec.cte)


def client_apple(spec: Spec, q: Quote) -> Message:
    attr = attribution(APPLE_ATTR, q, spec.charset)
    plain = f"{spec.body}\n\n{quote_lines(attr + chr(10) + chr(10) + q.text)}\n"
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={spec.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'<div>{html_lines(spec.body)}</div><div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br>'
        f"<div><div>{html_paragraphs(q.text)}</div></div></blockquote></div><br></body></html>\n"
    )
    return alternative(
        text_part(plain, charset=spec.charset, cte=spec.cte),
        text_part(markup, subtype="html", charset=spec.charset, cte=spec.cte),
    )


def client_iphone(spec: Spec, q: Quote) -> Message:
    attr = attribution(APPLE_ATTR, q, spec.charset)
    signature = MOBILE_SIG["iphone"][q.loc]
    quoted = quote_lines(f"{attr}\n\n{q.text}")
    return text_part(
        f"{spec.body}\n\n{signature}\n\n{quoted}\n", charset=spec.charset, cte=spec.cte
    )


def client_samsung(spec: Spec, q: Quote) -> Message:
    labels = SAMSUNG_LABELS[q.loc]
    offset = q.sent.strftime("%z")
    when = f"{q.sent:%d/%m/%Y %H:%M} (GMT{offset[:3]}:{offset[3:]})"
    block = "\n".join([labels[0], *sender_lines(q, labels, when)])
    signature = MOBILE_SIG["samsung"][q.loc]
    text = f"{spec.body}\n\n\n\n{signature}\n\n\n{block}\n\n{q.text}\n"
    return text_part(text, charset=spec.charset, cte=spec.cte)


def client_thunderbird(spec: Spec, q: Quote) -> Message:
    attr = attribution(THUNDERBIRD_ATTR, q, spec.charset)
    signature = f"\n\n-- \n{spec.sig}" if spec.sig else ""
    part = text_part(
        f"{spec.body}{signature}\n\n{attr}\n{quote_lines(q.text)}\n",
        charset=spec.charset,
        cte=spec.cte,
    )
    if spec.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def client_notice(spec: Spec, q: Quote) -> Message:
    del q  # automatic notices and system mail quote nothing
    return text_part(spec.body + "\n", charset=spec.charset, cte=spec.cte)


def notice_markup(spec: Spec) -> str:
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="{spec.charset}"></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">\n'
        f"{html_paragraphs(spec.body)}\n</body></html>\n"
    )


def client_notice_html(spec: Spec, q: Quote) -> Message:
    del q
    return text_part(notice_markup(spec), subtype="html", charset=spec.charset, cte=spec.cte)


def client_notice_alt(spec: Spec, q: Quote) -> Message:
    del q
    return alternative(
        text_part(spec.body + "\n", charset=spec.charset, cte=spec.cte),
        text_part(notice_markup(spec), subtype="html", charset=spec.charset, cte=spec.cte),
    )


CLIENTS: dict[str, Callable[[Spec, Quote], Message]] = {
    "outlook_text": client_outlook_text,
    "outlook_html": client_outlook_html,
    "outlook_html_only": client_outlook_html_only,
    "owa": client_owa,
    "outlook_android": client_outlook_android,
    "gmail": client_gmail,
    "gmail_text": client_gmail_text,
    "gmail_bottom": client_gmail_bottom,
    "inline": client_inline,
    "apple": client_apple,
    "iphone": client_iphone,
    "samsung": client_samsung,
    "thunderbird": client_thunderbird,
    "notice": client_notice,
    "notice_html": client_notice_html,
    "notice_alt": client_notice_alt,
}
CLIENT_FAMILY = {
    "outlook_text": "outlook",
    "outlook_html": "outlook",
    "outlook_html_only": "outlook",
    "owa": "outlook",
    "outlook_android": "outlook",
    "gmail": "gmail",
    "gmail_text": "gmail",
    "gmail_bottom": "gmail",
    "inline": "gmail",
    "apple": "apple",
    "iphone": "apple",
    "thunderbird": "thunderbird",
}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3774.600.62)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "samsung": (("X-Mailer", "Samsung Mobile Email"),),
}
BOUNDARY_PREFIX = {
    "outlook": "_000_",
    "gmail": "00000000000",
    "apple": "Apple-Mail=_",
    "thunderbird": "------------",
}


def reply_subject(spec: Spec, q: Quote) -> str:
    if spec.subject:
        return spec.subject.format(rsub=q.subject)
    if CLIENT_FAMILY.get(spec.client) == "outlook":
        return OUTLOOK_PREFIX[q.loc] + q.subject
    return "Re: " + q.subject


def outlook_headers(spec: Spec, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(spec.key, "thread-index")[:22]).decode()
    language = {"en": "en-GB", "en_us": "en-US"}.get(
        spec.locale, f"{spec.lang}-{spec.lang.upper()}"
    )
    return [
        ("Thread-Topic", encode_header(q.subject, charset=spec.charset, name="Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{language}, en-US"),
        ("Content-Language", language),
        ("X-MS-Has-Attach", "yes" if spec.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(spec: Spec, body: Message) -> Message:
    if spec.attach is None:
        return body
    name, data = spec.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def header_mode(spec: Spec) -> str:
    """How the client writes encoded-words: Gmail and Apple often pick base64 for UTF-8."""
    family = CLIENT_FAMILY.get(spec.client, "other")
    if family in {"gmail", "apple"} and spec.charset == "utf-8":
        return "b" if number(spec.key, "hdr", 0, 1) else "Q"
    return "q"


def build_reply(spec: Spec) -> Message:
    q = make_quote(spec)
    msg = with_attachment(spec, CLIENTS[spec.client](spec, q))
    mode = header_mode(spec)
    msg["From"] = display_address(*spec.who, charset=spec.charset, mode=mode)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if spec.cc:
        msg["Cc"] = spec.cc
    if spec.reply_to:
        msg["Reply-To"] = spec.reply_to
    msg["Subject"] = encode_header(reply_subject(spec, q), charset=spec.charset, mode=mode)
    msg["Date"] = format_datetime(spec.dt)
    msg["Message-ID"] = reply_msgid(spec)
    if spec.threaded:
        msg["In-Reply-To"] = reminder_msgid(spec.key)
        msg["References"] = reminder_msgid(spec.key)
    family = CLIENT_FAMILY.get(spec.client, "other")
    extra = outlook_headers(spec, q) if family == "outlook" else []
    for name, value in [*extra, *CLIENT_HEADERS.get(spec.client, ()), *spec.headers]:
        msg[name] = value
    content_headers_last(msg)
    strip_inner_versions(msg)
    set_boundaries(msg, key=spec.key, prefix=BOUNDARY_PREFIX.get(family, "----=_Part_"))
    return msg


# ============================================================================================
# The hand-written messages
# ============================================================================================

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Spec(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        who=("Gethin Probert", "g.probert@wealdbridge-buses.example"),
        when="2026-11-30 16:12 +0000",
        client="iphone",
        body="Paid.",
        facts=Facts(note="one-word claim with no date: paid_date stays null"),
    ),
    Spec(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        who=("Harlowe Rail Services AP", "sap-noreply@harlowe-rail.example"),
        when="2026-12-04 06:31 +0000",
        client="notice",
        inv="FP-418012",
        subject="Payment Advice 2000184522 - Ferrovia Parts S.p.A.",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.50")),
        threaded=False,
        body=txt("""
            PAYMENT ADVICE

            Payer:             Harlowe Rail Services Ltd, Crewe
            Payee:             Ferrovia Parts S.p.A.
            Your vendor no.:   0000301877
            Payment document:  2000184522
            Payment date:      04.12.2026
            Payment method:    BACS
            Currency:          GBP

            Invoice ref.    Doc. date     Gross amount   Deduction   Amount paid
            FP-417730       02.10.2026        7,118.40        0.00      7,118.40
            FP-418012       16.10.2026        5,288.40        0.00      5,288.40
                                                              Total    12,406.80

            This advice was generated automatically. Please do not reply to this address.
            Remittance queries: ap.queries@harlowe-rail.example
        """),
        facts=Facts(
            paid="2026-12-04",
            ref="2000184522",
            amount="12406.80",
            currency="GBP",
            refs=("FP-417730", "FP-418012"),
            note="SAP payment advice carrying Auto-Submitted: auto-generated: payment_sent, not auto_reply; the queries address is not a new contact",
        ),
    ),
    Spec(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        who=("Siobhan Kearney", "siobhan@kilbridecoaches.example"),
        when="2026-12-09 11:47 +0000",
        client="gmail",
        cur="EUR",
        amt="612.00",
        body=txt("""
            done - paid by card over the phone just now, your colleague Marco took it. auth code 448210, €612.00

            Siobhan
        """),
        facts=Facts(
            paid="2026-12-09",
            ref="448210",
            amount="612.00",
            currency="EUR",
            note="'done' plus a card payment 'just now' (the message date); the card authorisation code is the reference; Irish customer billed in euro",
        ),
    ),
    Spec(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        who=("Sabine Wörle", "s.woerle@stadtwerke-ohlingen.example"),
        when="2026-11-30 10:18 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="FP-416903",
        amt="8214.60",
        body=txt("""
            Sehr geehrte Damen und Herren,

            die Rechnung FP-416903 über 8.214,60 € haben wir am Freitag, den 27.11.2026, überwiesen (unsere Zahlungsreferenz: ZV-2026-11-0784). Der Betrag dürfte Ihrem Konto inzwischen gutgeschrieben sein.

            Mit freundlichen Grüßen

            Sabine Wörle
            Kreditorenbuchhaltung

            Stadtwerke Ohlingen GmbH – Verkehrsbetriebe
            Am Betriebshof 3 · 78351 Ohlingen
            Tel. +49 7739 9120-214

            Sitz der Gesellschaft: Ohlingen · Registergericht: Amtsgericht Ohlingen HRB 4417
            Geschäftsführung: Dr. Jens Albrecht, Miriam Sauter
            Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.
        """),
        facts=Facts(
            paid="2026-11-27",
            ref="ZV-2026-11-0784",
            amount="8214.60",
            currency="EUR",
            refs=("FP-416903",),
        ),
    ),
    Spec(
        key="ps-de-2",
        intent="payment_sent",
        lang="de",
        who=("Tobias Kranz", "kranz@bahnwerk-riedstadt.example"),
        when="2026-12-02 07:41 +0100",
        client="iphone",
        body="Erledigt – ist gestern raus.",
        facts=Facts(paid="2026-12-01", note="'gestern' is the day before the message (Wed 2 Dec)"),
    ),
    Spec(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        who=(
            "Régie des Transports de Valmont via Coupa",
            "do_not_reply@rtv-valmont.coupahost.example",
        ),
        when="2026-12-09 03:12 +0100",
        client="notice_alt",
        inv="FP-418844",
        subject="Avis de paiement – Ferrovia Parts S.p.A. – VIR-2026-339184",
        headers=(AUTO_GENERATED,),
        threaded=False,
        body=txt("""
            Bonjour Ferrovia Parts S.p.A.,

            Régie des Transports de Valmont a émis un paiement en votre faveur.

            Référence du paiement : VIR-2026-339184
            Date du paiement : 08/12/2026
            Mode de paiement : Virement SEPA
            Montant total : 5 612,40 EUR

            Facture(s) réglée(s) :
            FP-418844 – 5 612,40 EUR

            Les fonds seront disponibles sur votre compte sous un à deux jours ouvrés, selon votre banque.

            Ce message a été envoyé automatiquement depuis la plateforme Coupa de Régie des Transports de Valmont. Merci de ne pas y répondre.
        """),
        facts=Facts(
            paid="2026-12-08",
            ref="VIR-2026-339184",
            amount="5612.40",
            currency="EUR",
            refs=("FP-418844",),
            note="Coupa payment notification (Auto-Submitted: auto-generated); the payment date is the day before the message",
        ),
    ),
    Spec(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        who=("Kevin Marchal", "k.marchal@cars-lestrade.example"),
        when="2026-12-15 18:03 +0100",
        client="samsung",
        body=txt("""
            bonjour
            le virement est parti vendredi dernier, vous l avez pas recu ?? on a l avis de la banque si il faut
            K. Marchal
        """),
        facts=Facts(
            paid="2026-12-11",
            note="a claim wrapped in an irritated question, no accents; 'vendredi dernier' from Tue 15 Dec is Fri 11 Dec",
        ),
    ),
    Spec(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        who=("Lucía Arrieta", "lucia.arrieta@talleresferronorte.example"),
        when="2026-12-03 13:26 +0100",
        client="gmail",
        cte="b64",
        inv="FP-417266",
        amt="2947.15",
        attach=("justificante_transferencia_FP-417266.pdf", FAKE_PDF),
        body=txt("""
            Buenas tardes:

            Os mando en adjunto el comprobante de la transferencia que hemos hecho esta mañana por 2.947,15 €, correspondiente a la factura FP-417266.

            Un saludo,

            Lucía Arrieta
            Administración
            Talleres Ferroviarios del Norte, S.L.
        """),
        facts=Facts(
            paid="2026-12-03",
            amount="2947.15",
            currency="EUR",
            refs=("FP-417266",),
            note="proof of transfer attached; 'esta mañana' is the message date",
        ),
    ),
    Spec(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        who=("SAP Business Network", "no-reply@notificaciones.tranviamontalbo.example"),
        when="2026-12-14 07:55 +0100",
        client="notice_html",
        inv="FP-419377",
        subject="Aviso de remesa de pago 5100093317 de Tranvía de Montalbo, S.A.",
        threaded=False,
        body=txt("""
            Aviso de remesa de pago

            Tranvía de Montalbo, S.A. le informa de que se ha emitido el siguiente pago a favor de Ferrovia Parts S.p.A.

            Número de pago: 5100093317
            Fecha de pago: 14/12/2026
            Forma de pago: Transferencia SEPA
            Importe neto pagado: 11.380,00 EUR

            Factura FP-419302 — 6.840,00 EUR
            Factura FP-419377 — 4.540,00 EUR

            Este aviso se ha generado automáticamente. Para consultas sobre el pago, contacte con el departamento de Cuentas a Pagar de Tranvía de Montalbo.
        """),
        facts=Facts(
            paid="2026-12-14",
            ref="5100093317",
            amount="11380.00",
            currency="EUR",
            refs=("FP-419302", "FP-419377"),
            note="remittance advice without Auto-Submitted, HTML only; the total of both invoices is the amount",
        ),
    ),
    Spec(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        rlang="en",
        who=("Ruud Hoekstra", "r.hoekstra@railonderhoudveluwe.example"),
        when="2026-11-27 10:52 +0100",
        client="outlook_text",
        inv="FP-417581",
        amt="1265.00",
        cur="EUR",
        body=txt("""
            Goedemorgen,

            Vanochtend is € 1.265,00 naar jullie overgemaakt onder vermelding van factuurnummer 417581.

            Met vriendelijke groet,

            Ruud Hoekstra
            Railonderhoud Veluwe B.V.
        """),
        facts=Facts(
            paid="2026-11-27",
            amount="1265.00",
            currency="EUR",
            refs=("FP-417581",),
            note="Dutch reply to an English reminder; '417581' normalised to FP-417581",
        ),
    ),
    Spec(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        who=("Annelies Van Damme", "annelies.vandamme@busbedrijf-kempenland.example"),
        when="2026-11-24 14:20 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        body=txt("""
            Goedemiddag,

            Alweer een herinnering? Deze factuur is op 20 november betaald, dat heb ik vorige week ook al aan uw collega laten weten. Kijk uw rekeninguittreksels eens na voor u nog eens mailt.

            Annelies Van Damme
            Boekhouding - Busbedrijf Kempenland nv
        """),
        facts=Facts(
            paid="2026-11-20",
            note="irritated but no stop request: the payment claim decides; Flemish customer, Latin-1",
        ),
    ),
    Spec(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        who=("Chiara Bellomo", "c.bellomo@atvalsecca.example"),
        when="2026-12-11 09:40 +0100",
        client="outlook_html",
        inv="FP-418630",
        amt="4126.90",
        body=txt("""
            Buongiorno,

            vi comunichiamo che in data 10/12/2026 è stato eseguito il bonifico di € 4.126,90 a saldo della fattura FP-418630.
            TRN: 0306926441188204803190IT

            Cordiali saluti

            Chiara Bellomo
            Ufficio Amministrazione
            Azienda Trasporti Valsecca S.p.A.

            Le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario indicato. Qualora abbiate ricevuto questa e-mail per errore, vi preghiamo di avvisare il mittente e di cancellarla.
        """),
        facts=Facts(
            paid="2026-12-10",
            ref="0306926441188204803190IT",
            amount="4126.90",
            currency="EUR",
            refs=("FP-418630",),
        ),
    ),
]

PROMISE_TO_PAY = [
    Spec(
        key="pp-en-1",
        intent="promise_to_pay",
        lang="en",
        who=("Neil Abernethy", "n.abernethy@calder-tramway.example"),
        when="2026-12-08 20:14 +0000",
        client="iphone",
        inv="FP-419020",
        subject="Out of office - {rsub}",
        body=txt("""
            Hi, I'm on leave this week so sorry for the slow reply. I'm the one who signs these off - I'll approve it first thing when I'm back on Monday and it'll be paid the same day.

            Neil
        """),
        facts=Facts(
            promised="2026-12-14",
            note="a person writing from leave under an 'Out of office' subject: not an auto-reply; paid on the day back, Mon 14 Dec",
        ),
    ),
    Spec(
        key="pp-en-2",
        intent="promise_to_pay",
        lang="en",
        who=("Fiona Gallacher", "fiona.gallacher@ashdownlightrail.example"),
        when="2026-12-07 09:55 +0000",
        client="outlook_html",
        inv="FP-418561",
        body=txt("""
            Good morning,

            Thanks for the nudge. I've signed FP-418561 off this morning and it has been scheduled to be paid on the 10th with the rest of our supplier run, so you should see it in your account on the 11th.

            Kind regards,

            Fiona Gallacher
            Finance Officer | Ashdown Light Rail Ltd
            Tel: 01632 960418

            The content of this message is confidential. If it has reached you by mistake, tell us by return and remove it from your systems. Ashdown Light Rail Ltd is registered in England and Wales, company no. 08815523.
        """),
        facts=Facts(
            promised="2026-12-10",
            refs=("FP-418561",),
            note="'signed off' and 'scheduled' are past tense but the payment is on the 10th; the later arrival date (11th) is not the promised date",
        ),
    ),
    Spec(
        key="pp-en-3",
        intent="promise_to_pay",
        lang="en",
        loc="en_us",
        who=("Darlene Whitaker", "dwhitaker@millbrookvalleytransit.example"),
        when="2026-12-10 21:40 -0500",
        client="outlook_text",
        inv="FP-418940",
        amt="6930.00",
        cur="USD",
        body=txt("""
            Hi,

            Sorry about this one - the invoice was stuck waiting on a receiving entry from the bus garage. It's cleared now and will go out in tomorrow's check run. Mail to Italy takes a week or more, so please don't send it to collections in the meantime.

            Thanks,
            Darlene Whitaker
            Accounts Payable Specialist
            Millbrook Valley Transit District
        """),
        facts=Facts(
            promised="2026-12-11",
            note="'tomorrow' from Thu 10 Dec 21:40 in the sender's zone (-0500) is Fri 11 Dec, although it is already the 11th in UTC; US customer billed in dollars",
        ),
    ),
    Spec(
        key="pp-de-1",
        intent="promise_to_pay",
        lang="de",
        who=("Markus Lenz", "markus.lenz@strassenbahn-kellbach.example"),
        when="2026-12-02 14:05 +0100",
        client="outlook_text",
        charset="iso-8859-1",
        body=txt("""
            Hallo zusammen,

            die Rechnung ist inzwischen von uns sachlich freigegeben und liegt bei der Buchhaltung. Sie ist für den Zahlungslauf in KW 50 eingeplant.

            Gruß
            Markus Lenz
            Werkstattleitung
            Straßenbahn Kellbach GmbH
        """),
        facts=Facts(
            promised="2026-12-07",
            note="'KW 50' (ISO week 7-13 Dec) resolves to its Monday, as 'next week' does",
        ),
    ),
    Spec(
        key="pp-de-2",
        intent="promise_to_pay",
        lang="de",
        who=("Petra Hünermann", "p.huenermann@busbetrieb-haller.example"),
        when="2026-12-09 08:22 +0100",
        client="thunderbird",
        sig="Busbetrieb Haller & Söhne GmbH · Buchhaltung\nTel. 07141 555 2290",
        body=txt("""
            Guten Morgen,

            wir überweisen den offenen Betrag am 15., da läuft bei uns die nächste Zahlung raus. Früher geht es leider nicht, die Zuschüsse vom Landkreis kommen erst zur Monatsmitte.

            Viele Grüße
            Petra Hünermann
        """),
        facts=Facts(
            promised="2026-12-15",
            note="'am 15.' written on 9 Dec is 15 Dec; the reason given is not a request for a plan",
        ),
    ),
    Spec(
        key="pp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        who=("Isabelle Ferrand", "isabelle.ferrand@rtv-valmont.example"),
        when="2026-11-25 11:30 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        body=txt("""
            Bonjour,

            Votre facture a bien été validée par le service technique. Elle sera réglée en fin de mois, lors de notre prochaine campagne de paiements fournisseurs.

            Bien cordialement,

            Isabelle Ferrand
            Comptabilité fournisseurs
            Régie des Transports de Valmont
        """),
        facts=Facts(promised="2026-11-30", note="'en fin de mois' written on 25 Nov is 30 Nov"),
    ),
    Spec(
        key="pp-fr-2",
        intent="promise_to_pay",
        lang="fr",
        rlang="nl",
        who=("Jérôme Lambotte", "jlambotte@busardennes.example"),
        when="2026-12-10 17:48 +0100",
        client="samsung",
        body="Bonjour, désolé je lis pas trop bien le néerlandais mais j'ai compris l'essentiel. On vous paie la semaine prochaine, c'est promis. Bonne soirée",
        facts=Facts(
            promised="2026-12-14",
            note="French reply to a Dutch reminder (Belgian customer); 'la semaine prochaine' → Monday of next week",
        ),
    ),
    Spec(
        key="pp-es-1",
        intent="promise_to_pay",
        lang="es",
        who=("Javier Ortuño", "jortuno@autobusesvillamena.example"),
        when="2026-12-04 12:10 +0100",
        client="gmail",
        cte="b64",
        body=txt("""
            Hola,

            Lo tenemos controlado. La factura entra en la remesa de pagos de final de mes, así que antes de fin de año la tendréis cobrada.

            Saludos,
            Javier
        """),
        facts=Facts(promised="2026-12-31", note="'final de mes' written in December is 31 Dec"),
    ),
    Spec(
        key="pp-es-2",
        intent="promise_to_pay",
        lang="es",
        who=("Ing. Rodrigo Salas Medina", "rsalas@mantenimientoferroviariobajio.example"),
        when="2026-12-10 19:30 -0600",
        client="outlook_html",
        body=txt("""
            Buenas noches,

            Ya quedó autorizado el pago de su factura. Mañana a primera hora nuestra tesorería realiza la transferencia y en cuanto tenga el comprobante se lo comparto.

            Saludos cordiales,

            Ing. Rodrigo Salas Medina
            Gerente de Compras
            Mantenimiento Ferroviario del Bajío, S.A. de C.V.
        """),
        facts=Facts(
            promised="2026-12-11",
            note="'mañana' from Thu 10 Dec 19:30 in the sender's zone (-0600) is Fri 11 Dec; 'ya quedó autorizado' is past, the transfer is tomorrow",
        ),
    ),
    Spec(
        key="pp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        who=("Lieke Verhoeven", "l.verhoeven@stadsvervoer-dommelstad.example"),
        when="2026-12-01 15:37 +0100",
        client="owa",
        body=txt("""
            Beste,

            Excuses voor de vertraging, de factuur lag nog ter goedkeuring bij de projectleider. Die goedkeuring is inmiddels binnen. De betaling wordt uiterlijk vrijdag 11 december uitgevoerd.

            Met vriendelijke groet,

            Lieke Verhoeven
            Financiële administratie
            Stadsvervoer Dommelstad
        """),
        facts=Facts(promised="2026-12-11"),
    ),
    Spec(
        key="pp-it-1",
        intent="promise_to_pay",
        lang="it",
        who=("Giorgio Pellicanò", "g.pellicano@autolineeconti.example"),
        when="2026-12-14 10:02 +0100",
        client="gmail",
        body=txt("""
            Buongiorno,

            mi scuso per il ritardo, abbiamo cambiato commercialista e alcune fatture sono rimaste indietro. Il pagamento ve lo facciamo venerdì prossimo.

            Saluti
            Giorgio Pellicanò
            Autolinee F.lli Conti
        """),
        facts=Facts(
            promised="2026-12-18",
            note="'venerdì prossimo' written on Mon 14 Dec is the coming Friday, 18 Dec",
        ),
    ),
    Spec(
        key="pp-it-2",
        intent="promise_to_pay",
        lang="it",
        who=("Elena Sartori", "elena.sartori@officinecastelmonte.example"),
        when="2026-12-09 16:45 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="FP-418702",
        amt="2380.00",
        body=txt("""
            Gentili signori,

            il bonifico di € 2.380,00 relativo alla fattura FP-418702 è stato programmato con data esecuzione 16/12/2026.

            Cordiali saluti,
            Elena Sartori
            Officine Ferroviarie Castelmonte S.r.l.
        """),
        facts=Facts(
            promised="2026-12-16",
            amount="2380.00",
            currency="EUR",
            refs=("FP-418702",),
            note="'è stato programmato' is past tense but the transfer is dated 16 Dec: a promise",
        ),
    ),
]

DISPUTE = [
    Spec(
        key="d-en-1",
        intent="dispute",
        lang="en",
        who=("Hannah Okafor", "h.okafor@marrickrollingstock.example"),
        when="2026-11-26 13:14 +0000",
        client="outlook_text",
        inv="FP-418377",
        body=txt("""
            Hello,

            We have NOT paid FP-418377 because the goods never arrived. Your carrier's tracking says "delivered - signed DEPOT" on 21 October, but nobody here signed for anything and our goods-in log has no record of it. Please take it up with the carrier and send us a proof of delivery with a signature we can check. Until then the invoice is on hold.

            Regards,
            Hannah Okafor
            Procurement | Marrick Rolling Stock Maintenance Ltd
        """),
        facts=Facts(
            refs=("FP-418377",),
            note="negated payment with its reason (goods never received): dispute",
        ),
    ),
    Spec(
        key="d-en-2",
        intent="dispute",
        lang="en",
        who=("Colin Ritchie", "colin.ritchie@pennock-coachworks.example"),
        when="2026-12-15 16:58 +0000",
        client="gmail_text",
        inv="FP-419146",
        body=txt("""
            Hi there,

            Sorry it's taken me a while to get back to you on this, it's been absolute chaos here since the cold snap started. We've had three of the older deckers off the road with heater faults, the new apprentice has been off with flu, and on top of that the landlord decided now was the time to resurface the yard, so everything's been parked on the road outside and the neighbours are thrilled as you can imagine. Anyway. I went through the paperwork on Friday with Moira from the office and most of the November stuff lines up fine with what came in. The filters and wiper arms are all there and the lamp units were the right ones this time (unlike August, ha).

            The thing is the door actuator kits on FP-419146. You've charged us for 8 and we've only ever had 5 - the delivery note even says 3 to follow, and they never followed, I've checked the stores twice. So we're not paying for kits we haven't got. If you send a corrected invoice for the 5, or send the other 3, Moira will get it paid. Happy to talk it through on the phone if that's easier, I'm usually in the workshop from 7.

            Cheers,
            Colin

            Colin Ritchie | Workshop Manager | Pennock Coachworks
        """),
        facts=Facts(
            refs=("FP-419146",),
            note="long rambling reply that buries a quantity dispute (8 billed, 5 received); payment is conditional on the correction",
        ),
    ),
    Spec(
        key="d-en-3",
        intent="dispute",
        lang="en",
        who=("Rakesh Varma", "rakesh.varma@tamsinrail.example"),
        when="2026-12-03 10:07 +0000",
        client="outlook_html",
        inv="FP-417902",
        body=txt("""
            Hi,

            FP-417889 went out by BACS on Tuesday. FP-417902 is a duplicate of it though – same PO (TR-PO-55123), same part numbers and the same delivery note, DN 88410 – so we won't be paying that one. Please cancel it or send us a credit note.

            Thanks,
            Rakesh
        """),
        facts=Facts(
            refs=("FP-417889", "FP-417902"),
            note="one invoice paid and its duplicate contested: the dispute wins and the payment fields stay null; the reminder was for the duplicate",
        ),
    ),
    Spec(
        key="d-de-1",
        intent="dispute",
        lang="de",
        who=("Ing. Stefan Pichler", "s.pichler@sft-muerztal.example"),
        when="2026-11-27 09:30 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="FP-417955",
        body=txt("""
            Sehr geehrte Damen und Herren,

            bezugnehmend auf Ihre Erinnerung: Von den mit FP-417955 berechneten Scheibenwischermotoren (Pos. 3, 6 Stück) waren vier bei der Anlieferung beschädigt – Gehäuse gebrochen, Stecker abgerissen. Fotos und Schadensprotokoll haben wir Ihrem Vertrieb (Hr. Colombo) bereits am 5.11. geschickt, eine Antwort steht bis heute aus.

            Wir begleichen die Rechnung erst, wenn Ersatz geliefert oder eine Gutschrift erstellt wurde.

            Mit freundlichen Grüßen

            Ing. Stefan Pichler
            Einkauf / Materialwirtschaft
            Schienenfahrzeugtechnik Mürztal GmbH
            FN 388214 w, Landesgericht Leoben
        """),
        facts=Facts(
            refs=("FP-417955",),
            note="damaged goods; 'we pay only once replaced or credited' is a dispute, not a promise",
        ),
    ),
    Spec(
        key="d-de-2",
        intent="dispute",
        lang="de",
        who=("Reto Gasser", "reto.gasser@vb-seetal.example"),
        when="2026-12-16 11:11 +0100",
        client="gmail",
        cur="CHF",
        amt="1744.00",
        body=txt("""
            Grüezi

            Diese Rechnung können wir keiner Bestellung zuordnen. Die angegebene Bestellnummer 4500-7731 gibt es bei uns nicht, und Kupplungsdichtungen haben wir gar nie bestellt. Vermutlich wurde die Rechnung einem falschen Kunden zugeordnet. Bitte stornieren Sie sie.

            Freundliche Grüsse
            Reto Gasser
            Verkehrsbetriebe Seetal AG
        """),
        facts=Facts(
            note="not our PO and goods never ordered: dispute; Swiss German spelling, invoice in CHF"
        ),
    ),
    Spec(
        key="d-fr-1",
        intent="dispute",
        lang="fr",
        who=("Nathalie Roux", "n.roux@atelier-morvan.example"),
        when="2026-12-01 14:41 +0100",
        client="outlook_text",
        charset="iso-8859-1",
        inv="FP-418230",
        body=txt("""
            Bonjour,

            La facture FP-418230 porte sur une « intervention de mise en service sur site » du 14 octobre. Or cette intervention n'a jamais eu lieu : votre technicien a annulé deux fois et nous avons fini par faire la mise en service nous-mêmes, notice à la main. Nous ne réglerons donc pas cette prestation.

            Merci de nous adresser un avoir.

            Cordialement,
            Nathalie Roux
            Responsable achats - Atelier Ferroviaire du Morvan
        """),
        facts=Facts(refs=("FP-418230",), note="service invoiced but never performed"),
    ),
    Spec(
        key="d-fr-2",
        intent="dispute",
        lang="fr",
        who=("Olivier Tessier", "olivier.tessier@tram-saint-aubrac.example"),
        when="2026-12-08 09:15 +0100",
        client="apple",
        body=txt("""
            Bonjour,

            Cette facture a déjà été annulée par votre avoir AV-2026-0412 du 3 novembre, à la suite du retour des 12 roulements défectueux. Il n'y a donc rien à payer sur ce document. Pouvez-vous mettre votre relevé à jour ?

            Bien à vous,
            Olivier Tessier
            Tramway de Saint-Aubrac – Service Achats
        """),
        facts=Facts(
            note="already credited: dispute, although it ends by asking for an updated statement"
        ),
    ),
    Spec(
        key="d-es-1",
        intent="dispute",
        lang="es",
        who=("Marta Quintana", "marta.quintana@mantenimientosferrosur.example"),
        when="2026-11-30 12:44 +0100",
        client="inline",
        charset="iso-8859-1",
        body=txt("""

            [[Q0-2]]

            Esta factura no es correcta. Nos facturan 12 juegos de zapatas de freno y en el albarán de entrega constan 10, que es lo que realmente recibimos.

            [[Q3]]

            No vamos a abonarla hasta que nos envíen una factura rectificativa por las 10 unidades o nos manden las 2 que faltan.

            Saludos cordiales,
            Marta Quintana
            Dpto. de Compras
            Mantenimientos Ferro-Sur, S.A.
        """),
        facts=Facts(
            note="inline reply between the quoted paragraphs; quantity dispute (12 billed, 10 delivered)"
        ),
    ),
    Spec(
        key="d-nl-1",
        intent="dispute",
        lang="nl",
        who=("Jeroen Smits", "j.smits@trampark-zuiderhaven.example"),
        when="2026-12-10 13:20 +0100",
        client="gmail",
        inv="FP-418799",
        body=txt("""
            Hallo,

            Voor de derde keer: op FP-418799 staat voor de koolsleepstukken nog steeds de oude prijs van € 61,40 per stuk. Sinds 1 september geldt de raamovereenkomst met € 54,90. Dat verschil gaan we niet betalen. Stuur een creditnota of een gecorrigeerde factuur, dan wordt hij dezelfde week betaald.

            Jeroen Smits
            Inkoop Trampark Zuiderhaven
        """),
        facts=Facts(
            refs=("FP-418799",),
            note="irritated price dispute against a framework price; payment offered only after correction",
        ),
    ),
    Spec(
        key="d-nl-2",
        intent="dispute",
        lang="nl",
        who=("Linda Bosman", "linda.bosman@vervoerbedrijf-ijsselmond.example"),
        when="2026-12-17 10:36 +0100",
        client="outlook_html",
        inv="FP-419055",
        amt="2400.00",
        body=txt("""
            Goedemorgen,

            Van deze factuur hebben we vorige week € 1.980,00 betaald. Het restant van € 420,00 betalen we niet: dat zijn vrachtkosten, terwijl in onze afspraak staat dat jullie boven € 1.500,00 franco leveren. Graag een creditnota voor de vrachtkosten.

            Met vriendelijke groet,
            Linda Bosman
            Vervoerbedrijf IJsselmond
        """),
        facts=Facts(
            note="part paid, the rest (freight charges) contested: the dispute wins for the disputed part and no payment fields are set"
        ),
    ),
    Spec(
        key="d-it-1",
        intent="dispute",
        lang="it",
        who=("Davide Russo", "d.russo@tranviabelvolo.example"),
        when="2026-11-24 11:05 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        body=txt("""
            Buongiorno,

            le guarnizioni porta (cod. FP-GP-2210) arrivate con la consegna del 19/10 erano in parte danneggiate: 9 pezzi su 30 hanno tagli sul profilo e non sono montabili. Abbiamo firmato il DDT con riserva al momento della consegna. Finché i pezzi difettosi non vengono sostituiti o non ci arriva una nota di credito, la fattura resta sospesa.

            Cordiali saluti
            Davide Russo
            Magazzino Ricambi - Tranvia di Belvolo
        """),
        facts=Facts(note="damaged goods; FP-GP-2210 is a part code, not an invoice number"),
    ),
    Spec(
        key="d-it-2",
        intent="dispute",
        lang="it",
        who=("Francesca Moretti", "f.moretti@ferrotranvie-altolario.example"),
        when="2026-12-04 15:12 +0100",
        client="owa",
        inv="FP-418155",
        body=txt("""
            Buonasera,

            la fattura FP-418155 è un doppione della FP-418102, che abbiamo già saldato il 20 novembre: stessi articoli, stesse quantità, stesso DDT n. 6631. Vi chiediamo di stornarla con nota di credito.

            Saluti,
            Francesca Moretti
            Ferrotranvie Alto Lario
        """),
        facts=Facts(
            refs=("FP-418155", "FP-418102"),
            note="duplicate billing; the payment mentioned is of the original invoice, not of this one",
        ),
    ),
]

PAYMENT_PLAN = [
    Spec(
        key="pl-en-1",
        intent="payment_plan",
        lang="en",
        who=("Martin Quayle", "m.quayle@fellsidecommunitybus.example"),
        when="2026-11-23 15:02 +0000",
        client="outlook_html",
        inv="FP-417440",
        amt="7420.00",
        body=txt("""
            Dear Ferrovia Parts,

            I'm sorry this is late. We're a small community transport charity and the county's grant for this quarter has been held up – we've been told it should come through in the new year, but nothing is certain. We can't settle £7,420 in one go at the moment.

            Would you accept £1,500 a month from December until it's cleared? I can set up a standing order this week if that works for you.

            With apologies,
            Martin Quayle
            Treasurer, Fellside Community Bus
            Registered charity no. 1187342
        """),
        facts=Facts(note="hardship plus monthly instalments; plan amounts are not labelled"),
    ),
    Spec(
        key="pl-en-2",
        intent="payment_plan",
        lang="en",
        who=("Orla Kinsella", "okinsella@shannonsiderail.example"),
        when="2026-12-11 12:20 +0000",
        client="outlook_android",
        cur="EUR",
        body=txt("""
            Hi,

            Any chance we could have until the end of January on this one? We had a big engine rebuild come in way over budget and cash is tight until the new contract payments start. It will be paid, I just need a bit more time.

            Thanks,
            Orla
        """),
        facts=Facts(
            note="asks for more time ('until the end of January'): payment_plan; a date asked for is not a promise"
        ),
    ),
    Spec(
        key="pl-en-3",
        intent="payment_plan",
        lang="en",
        who=("Gordon Blake", "gordon.blake@blakeandhardy-rail.example"),
        when="2026-12-16 17:31 +0000",
        client="gmail",
        inv="FP-418268",
        amt="9864.00",
        body=txt("""
            Hello,

            Following our phone call. We lost the depot maintenance contract in October, which is what those parts were bought for, and we are winding the business down in an orderly way. We can offer £6,000 in full and final settlement of FP-418268, payable within 14 days of your written acceptance. I'm afraid that is the most we can do.

            Regards,
            Gordon Blake
            Director, Blake & Hardy Rail Services Ltd
        """),
        facts=Facts(
            refs=("FP-418268",),
            note="reduced amount offered in settlement: payment_plan; the offered sum is not a payment amount",
        ),
    ),
    Spec(
        key="pl-de-1",
        intent="payment_plan",
        lang="de",
        who=("Heike Sommer", "buchhaltung@sommer-omnibus.example"),
        when="2026-12-03 11:58 +0100",
        client="outlook_text",
        charset="windows-1252",
        amt="5670.00",
        body=txt("""
            Sehr geehrte Damen und Herren,

            wegen mehrerer Zahlungsausfälle bei unseren eigenen Auftraggebern ist unsere Liquidität derzeit angespannt. Wir möchten Sie daher um Ratenzahlung bitten: drei Monatsraten zu je 1.890,00 €, beginnend am 15. Januar 2027.

            Für Ihr Verständnis bedanken wir uns im Voraus.

            Mit freundlichen Grüßen
            Heike Sommer
            Sommer Omnibusbetrieb e.K.
        """),
        facts=Facts(note="instalments with a start date: plan dates are not labelled"),
    ),
    Spec(
        key="pl-de-2",
        intent="payment_plan",
        lang="de",
        who=("Uwe Brandt", "u.brandt@vg-hegauland.example"),
        when="2026-12-14 09:12 +0100",
        client="iphone",
        amt="3960.00",
        body="Hallo, wir haben heute die Hälfte überwiesen (1.980 €), den Rest schaffen wir erst Mitte Januar. Geht das so in Ordnung?\nGruß Uwe Brandt",
        facts=Facts(
            note="half paid today, the rest in January, asking whether that is acceptable: payment_plan, not payment_sent"
        ),
    ),
    Spec(
        key="pl-fr-1",
        intent="payment_plan",
        lang="fr",
        who=("Christophe Aubert", "c.aubert@cars-aubert-fils.example"),
        when="2026-11-26 10:40 +0100",
        client="gmail",
        body=txt("""
            Bonjour Madame, Monsieur,

            Nous traversons une période compliquée : deux de nos autocars sont immobilisés depuis septembre et le transport scolaire a baissé. Nous ne sommes pas en mesure de régler cette facture à l'échéance.

            Serait-il possible de nous accorder un délai supplémentaire de 60 jours, ou à défaut un paiement en trois fois ? Nous tenons à honorer nos engagements envers vous.

            Cordialement,
            Christophe Aubert
            Gérant – Cars Aubert & Fils
        """),
        facts=Facts(note="hardship; asks for 60 more days or three instalments"),
    ),
    Spec(
        key="pl-es-1",
        intent="payment_plan",
        lang="es",
        who=("Rocío Benítez", "rbenitez@autocaresbenitez.example"),
        when="2026-12-02 17:05 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="FP-418511",
        amt="4500.00",
        body=txt("""
            Buenas tardes:

            Les escribo en relación con la factura FP-418511. Este mes vamos muy justos de tesorería por la renovación de la flota y no podemos hacer frente al importe completo. ¿Sería posible fraccionarla en tres pagos de 1.500 € (diciembre, enero y febrero)?

            Quedo a la espera de su respuesta.

            Un saludo,

            Rocío Benítez
            Autocares Benítez e Hijos, S.L.
        """),
        facts=Facts(refs=("FP-418511",), note="three instalments proposed"),
    ),
    Spec(
        key="pl-es-2",
        intent="payment_plan",
        lang="es",
        who=("Andrés Lozano", "alozano@talleresdelsur.example"),
        when="2026-12-18 13:14 +0100",
        client="gmail_text",
        charset="iso-8859-1",
        body=txt("""
            Hola buenas,

            Os escribo porq estamos pasando una mala racha, un cliente grande (la concesionaria de autobuses de la comarca) nos debe desde agosto y no tenemos liquidez. ¿Podemos aplazar el pago hasta marzo? Si no es posible decidme cuánto podríais esperar como máximo.

            Gracias y perdonad las molestias,
            Andrés
            Talleres del Sur
        """),
        facts=Facts(note="hardship and a request to postpone until March"),
    ),
    Spec(
        key="pl-nl-1",
        intent="payment_plan",
        lang="nl",
        who=("Kees Bakker", "kees@bakkerbusreparatie.example"),
        when="2026-12-07 13:25 +0100",
        client="thunderbird",
        sig="Bakker Busreparatie v.o.f.\nIndustrieweg 14, Heerenveen",
        body=txt("""
            Goedemiddag,

            Wij willen graag een betalingsregeling treffen voor de openstaande factuur. Ons voorstel is vier maandelijkse termijnen, de eerste op 1 januari. Kunt u laten weten of dat akkoord is?

            Met vriendelijke groet,
            Kees Bakker
        """),
        facts=Facts(note="four monthly instalments proposed; plan dates are not labelled"),
    ),
    Spec(
        key="pl-nl-2",
        intent="payment_plan",
        lang="nl",
        who=("Femke Hendriks", "f.hendriks@railtechniek-brabant.example"),
        when="2026-11-25 09:48 +0100",
        client="owa",
        inv="FP-417803",
        amt="6300.00",
        body=txt("""
            Goedemorgen,

            Als jullie akkoord gaan met betaling in twee delen – nu de helft (€ 3.150,00) en de rest op 15 januari – dan maak ik vandaag nog de eerste helft over. Laat u het even weten?

            Met vriendelijke groet,
            Femke Hendriks
            Railtechniek Brabant B.V.
        """),
        facts=Facts(
            note="conditional split: nothing has been sent yet and nothing is promised unconditionally"
        ),
    ),
    Spec(
        key="pl-it-1",
        intent="payment_plan",
        lang="it",
        who=("Roberto Gentile", "r.gentile@officinegentile-treni.example"),
        when="2026-12-01 12:02 +0100",
        client="outlook_text",
        inv="FP-416612",
        charset="windows-1252",
        body=txt("""
            Spett.le Ferrovia Parts,

            a causa dei ritardi nei pagamenti del nostro principale committente, vi chiediamo cortesemente una dilazione a 90 giorni per la fattura in oggetto, oppure la possibilità di suddividerla in tre rate mensili.

            Restiamo in attesa di un vostro riscontro.

            Distinti saluti
            Roberto Gentile
            Officine Gentile S.n.c.
        """),
        facts=Facts(note="90-day extension or three instalments requested"),
    ),
    Spec(
        key="pl-it-2",
        intent="payment_plan",
        lang="it",
        who=("Salvatore Lo Bianco", "salvo.lobianco.officina@gmail.com"),
        when="2026-12-11 21:17 +0100",
        client="gmail",
        body="buonasera, sono Salvatore dell autofficina Lo Bianco. la fattura non riesco a pagarla tutta adesso, e un periodo che non entra niente. posso darvi 500 euro al mese finche non e finito? fatemi sapere grazie",
        facts=Facts(
            note="free-mail persona writing without accents or apostrophes; 500 a month proposed"
        ),
    ),
]

INVOICE_REQUEST = [
    Spec(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        who=("Laura Pritchard", "accounts@severnside-rail.example"),
        when="2026-11-24 10:40 +0000",
        client="gmail",
        body=txt("""
            Hi,

            We don't seem to have this invoice on our system at all - can you resend it as a PDF please? If it went by post it may have gone to our old Avonmouth address.

            Thanks
            Laura
            Severnside Rail Maintenance
        """),
        facts=Facts(note="never received, please resend; nothing contested"),
    ),
    Spec(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        who=("Priya Raman", "priya.raman@harlowe-rail.example"),
        when="2026-12-01 14:55 +0000",
        client="outlook_html",
        inv="FP-418733",
        body=txt("""
            Hello,

            We can't process FP-418733 as it doesn't quote a Harlowe purchase order number. Since 1 October all supplier invoices have to be submitted through our Coupa supplier portal against a valid PO – invoices sent by email or post are not picked up.

            Please ask your contact in our engineering team for the PO and resubmit the invoice in Coupa. Once it's matched it will be paid on our normal terms.

            Kind regards,
            Priya Raman
            Accounts Payable | Harlowe Rail Services Ltd

            Harlowe Rail Services Ltd, registered in England no. 04471902. This message is intended for the addressee only and may contain confidential information.
        """),
        facts=Facts(
            refs=("FP-418733",),
            note="needs a PO number and resubmission through the AP portal before paying: invoice_request, not a dispute",
        ),
    ),
    Spec(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        loc="en_us",
        who=("Kyle Brandt", "kbrandt@triharborrail.example"),
        when="2026-12-15 11:20 -0500",
        client="gmail",
        cur="USD",
        amt="3275.00",
        body=txt("""
            Hi,

            Our system has Ferrovia Parts on payment hold because we don't have a W-8BEN-E on file. As a foreign vendor we need that form before AP can release anything. Could you send a signed copy (PDF is fine) along with a bank letter confirming your remittance details?

            Thanks,
            Kyle Brandt
            AP Coordinator
            Tri-Harbor Rail Maintenance Inc.
        """),
        facts=Facts(note="tax form and bank letter needed before payment"),
    ),
    Spec(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        who=("Claudia Rieger", "rechnungseingang@stadtwerke-ohlingen.example"),
        when="2026-12-08 13:33 +0100",
        client="owa",
        inv="FP-418590",
        body=txt("""
            Sehr geehrte Damen und Herren,

            die Rechnung FP-418590 kann bei uns nicht gebucht werden, da Bestellnummer (10-stellig, beginnt mit 45) und Lieferscheinnummer fehlen. Bitte senden Sie uns die Rechnung mit diesen Angaben erneut als PDF an rechnungseingang@stadtwerke-ohlingen.example.

            Mit freundlichen Grüßen
            Claudia Rieger
            Rechnungsprüfung
        """),
        facts=Facts(
            refs=("FP-418590",),
            note="reissue with PO and delivery-note numbers; the address given is the sender's own, so no new contact",
        ),
    ),
    Spec(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        who=("Sophie Garnier", "s.garnier@tram-saint-aubrac.example"),
        when="2026-11-30 15:20 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        inv="FP-417640",
        body=txt("""
            Bonjour,

            Vos coordonnées bancaires ne sont pas encore enregistrées dans notre logiciel, ce qui bloque le paiement. Pourriez-vous nous transmettre un RIB à l'en-tête de Ferrovia Parts, ainsi qu'une copie de la facture FP-417640 ?

            Dès réception, nous procéderons au règlement.

            Cordialement,
            Sophie Garnier
            Tramway de Saint-Aubrac
        """),
        facts=Facts(
            refs=("FP-417640",),
            note="bank details and an invoice copy needed first; 'dès réception' is a condition, not a dated promise",
        ),
    ),
    Spec(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        who=("Laetitia Vasseur", "l.vasseur@syndicat-transports-brivois.example"),
        when="2026-12-14 10:15 +0100",
        client="outlook_text",
        body=txt("""
            Bonjour,

            Nous sommes un établissement public : vos factures doivent être déposées sur le portail Chorus Pro, avec notre numéro SIRET et le numéro d'engagement juridique indiqué sur le bon de commande. Les factures envoyées par courriel ne peuvent pas être mises en paiement.

            Merci de déposer la facture sur Chorus Pro ; elle sera ensuite traitée dans le délai légal.

            Cordialement,
            Laetitia Vasseur
            Service financier – Syndicat des Transports du Brivois
        """),
        facts=Facts(
            note="public body: the invoice must be filed on Chorus Pro before it can be paid"
        ),
    ),
    Spec(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        who=("Pilar Gómez", "pgomez@tranviamontalbo.example"),
        when="2026-11-27 09:05 +0100",
        client="gmail",
        body=txt("""
            Buenos días,

            No localizamos esta factura en nuestro registro. ¿Podrían enviarnos un duplicado en PDF? En cuanto la tengamos la pasamos a aprobación.

            Gracias,
            Pilar Gómez
            Contabilidad – Tranvía de Montalbo
        """),
        facts=Facts(note="invoice not found, duplicate requested"),
    ),
    Spec(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        who=("Sergio Núñez", "snunez@autobusesvillamena.example"),
        when="2026-12-09 12:48 +0100",
        client="outlook_html",
        charset="windows-1252",
        body=txt("""
            Buenas:

            Antes de pagar necesitamos cuadrar el saldo: ¿nos podéis mandar un extracto de nuestra cuenta con el detalle de las facturas pendientes y de los cobros de los últimos seis meses? Además, para dar de alta el nuevo IBAN que aparece en vuestras facturas nos hace falta un certificado de titularidad bancaria.

            Un saludo,
            Sergio Núñez
            Administración – Autobuses Urbanos de Villamena
        """),
        facts=Facts(note="statement of account and a bank ownership certificate before paying"),
    ),
    Spec(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        who=("Marloes Visser", "crediteuren@stadsvervoer-dommelstad.example"),
        when="2026-12-02 10:30 +0100",
        client="outlook_text",
        inv="FP-418345",
        body=txt("""
            Goedemorgen,

            Factuur FP-418345 is door ons afgekeurd omdat het inkoopordernummer ontbreekt. Wilt u een nieuwe factuur sturen waarop ons PO-nummer 4700912256 staat? Dan kunnen wij hem direct verwerken.

            Met vriendelijke groet,

            Marloes Visser
            Crediteurenadministratie
        """),
        facts=Facts(
            refs=("FP-418345",),
            note="'afgekeurd' only for a missing PO number, amount not contested: invoice_request",
        ),
    ),
    Spec(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        who=("Bart Peeters", "bart.peeters@busbedrijf-kempenland.example"),
        when="2026-12-16 14:02 +0100",
        client="iphone",
        body="Dag, die factuur hebben wij nooit ontvangen. Kan u ze nog eens doormailen naar dit adres? Dan bekijk ik het.\nBart",
        facts=Facts(note="Flemish; never received, resend without contesting it"),
    ),
    Spec(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        who=("Valeria Sorrentino", "v.sorrentino@ferrotranvie-altolario.example"),
        when="2026-11-23 11:45 +0100",
        client="outlook_html",
        inv="FP-417512",
        body=txt("""
            Buongiorno,

            la fattura FP-417512 non ci risulta pervenuta tramite SdI e non la troviamo nel cassetto fiscale. Potete verificare l'esito dell'invio e, se necessario, ritrasmetterla con il nostro codice destinatario M5UXCR1? Senza la fattura elettronica non possiamo registrarla né pagarla.

            Grazie e buona giornata,
            Valeria Sorrentino
            Amministrazione – Ferrotranvie Alto Lario
        """),
        facts=Facts(
            refs=("FP-417512",), note="e-invoice never arrived through SdI; resend requested"
        ),
    ),
    Spec(
        key="ir-it-2",
        intent="invoice_request",
        lang="it",
        who=("Luca Ferraresi", "contabilita@autolineeconti.example"),
        when="2026-12-17 16:20 +0100",
        client="thunderbird",
        body=txt("""
            Salve,

            ci inviate per cortesia un estratto conto aggiornato al 30/11? Dai nostri conti alcune fatture risultano già pagate e vorremmo fare una riconciliazione prima di saldare il resto.

            Grazie
            Luca Ferraresi
            Contabilità fornitori
        """),
        facts=Facts(
            note="statement of account before paying; 'some invoices already paid' is not a payment claim for this one"
        ),
    ),
]

WRONG_CONTACT = [
    Spec(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        who=("Dave Lomas", "dave.lomas@calder-tramway.example"),
        when="2026-11-25 07:12 +0000",
        client="iphone",
        body="Not me mate, I just run the depot. Invoices go to accounts.payable@calder-tramway.example",
        facts=Facts(contact="accounts.payable@calder-tramway.example"),
    ),
    Spec(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        who=("Wealdbridge Buses Accounts", "accounts@wealdbridge-buses.example"),
        when="2026-12-02 09:14 +0000",
        client="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=txt("""
            Thank you for your email. Please note that this mailbox is no longer monitored.

            Supplier invoices, statements and payment queries should now be sent to purchaseledger@wealdbridge-buses.example. Messages sent to this address will not be read or forwarded.

            Wealdbridge Buses Ltd
        """),
        facts=Facts(
            contact="purchaseledger@wealdbridge-buses.example",
            note="automatic 'no longer monitored' notice naming the new address: wrong_contact, not auto_reply",
        ),
    ),
    Spec(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        who=("Fiona Gallacher", "fiona.gallacher@ashdownlightrail.example"),
        when="2026-12-16 04:52 +0000",
        client="owa",
        reply_to="ashdownlr.accounts@gmail.com",
        body=txt("""
            Good day,

            Kindly note that our finance office is being migrated to a new system. With immediate effect please direct ALL statements, reminders and remittance correspondence to ashdownlr.accounts@gmail.com only and not to this address.

            Our updated bank details will be sent to you shortly on letterhead. Please hold any further correspondence until then.

            Regards
            Finance Team
        """),
        facts=Facts(
            contact="ashdownlr.accounts@gmail.com",
            note="phishing-like request to redirect mail (free-mail address, differing Reply-To, bank change announced, odd hour): labelled wrong_contact for what it asks; verify by phone before acting",
        ),
    ),
    Spec(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        who=("Jan Ostermann", "j.ostermann@strassenbahn-kellbach.example"),
        when="2026-11-23 14:50 +0100",
        client="outlook_html",
        body=txt("""
            Guten Tag,

            ich bin seit dem 1. November nicht mehr für den Einkauf zuständig. Bitte wenden Sie sich künftig an meine Nachfolgerin, Frau Yıldız: d.yildiz@strassenbahn-kellbach.example.

            Freundliche Grüße
            Jan Ostermann
        """),
        facts=Facts(contact="d.yildiz@strassenbahn-kellbach.example"),
    ),
    Spec(
        key="wc-de-2",
        intent="wrong_contact",
        lang="de",
        rlang="fr",
        who=("Beat Zürcher", "beat.zuercher@vb-seetal.example"),
        when="2026-12-04 08:40 +0100",
        client="gmail",
        cur="CHF",
        body=txt("""
            Guten Tag

            Ich bin Leiter Fahrzeugunterhalt und habe mit der Kreditorenbuchhaltung nichts zu tun. Rechnungen und Mahnungen bitte direkt an Kreditoren@VB-Seetal.example senden, dann geht nichts verloren.

            Besten Dank und freundliche Grüsse
            Beat Zürcher
        """),
        facts=Facts(
            contact="kreditoren@vb-seetal.example",
            note="German reply to a French reminder (Swiss customer); the address is written in mixed case and labelled in lower case",
        ),
    ),
    Spec(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        who=("Martine Leclerc", "m.leclerc@cars-lestrade.example"),
        when="2026-12-07 11:02 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        body=txt("""
            Bonjour,

            Je n'ai plus la charge de la comptabilité fournisseurs depuis la réorganisation de septembre. Merci d'adresser vos relances à Mme Perrin, compta.fournisseurs@cars-lestrade.example, qui suit désormais votre compte.

            Bonne journée,
            Martine Leclerc
        """),
        facts=Facts(contact="compta.fournisseurs@cars-lestrade.example"),
    ),
    Spec(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        who=("Atelier Ferroviaire du Morvan", "achats@atelier-morvan.example"),
        when="2026-11-24 09:10 +0100",
        client="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        body=txt("""
            Bonjour,

            Cette adresse électronique n'est plus consultée. Pour toute question relative aux commandes ou à la facturation, merci d'écrire désormais à approvisionnement@atelier-morvan.example.

            Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """),
        facts=Facts(
            contact="approvisionnement@atelier-morvan.example",
            note="automatic 'no longer read' notice naming the new address",
        ),
    ),
    Spec(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        who=("Álvaro Méndez", "alvaro.mendez@autobusesvillamena.example"),
        when="2026-12-10 18:20 +0100",
        client="gmail_bottom",
        body=txt("""
            Esto no es conmigo, yo llevo el taller. Las facturas las gestiona administración: escribid a proveedores@autobusesvillamena.example y os contestan ellos.

            Saludos
            Álvaro
        """),
        facts=Facts(
            contact="proveedores@autobusesvillamena.example",
            note="bottom-posted below the quoted reminder",
        ),
    ),
    Spec(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        who=("Autoescuela Miralbueno", "info@autoescuelamiralbueno.example"),
        when="2026-12-15 10:03 +0100",
        client="outlook_text",
        body=txt("""
            Buenos días:

            Creo que se han equivocado de destinatario. Somos una autoescuela, no tenemos ninguna relación con ustedes ni hemos comprado nunca repuestos ferroviarios. Revisen sus datos, por favor.

            Atentamente,
            Autoescuela Miralbueno
        """),
        facts=Facts(note="wrong recipient altogether, no new address"),
    ),
    Spec(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        who=("Trampark Zuiderhaven", "info@trampark-zuiderhaven.example"),
        when="2026-12-01 08:01 +0100",
        client="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
        body="Dit e-mailadres wordt sinds 1 november niet meer gelezen. Uw bericht is niet doorgestuurd. Voor contact met Trampark Zuiderhaven kunt u bellen met ons algemene nummer 010 555 0198.",
        facts=Facts(
            note="automatic 'no longer read' notice with only a phone number: wrong_contact without new_contact"
        ),
    ),
    Spec(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        who=("Erik Mulder", "erik.mulder@vervoerbedrijf-ijsselmond.example"),
        when="2026-12-11 12:14 +0100",
        client="outlook_html",
        cc="Facturen IJsselmond <facturen@vervoerbedrijf-ijsselmond.example>",
        body=txt("""
            Hallo,

            Ik ben hiervoor niet de juiste persoon, ik zit op de planning. Facturen en herinneringen graag voortaan naar facturen@vervoerbedrijf-ijsselmond.example; dat adres heb ik in de cc gezet.

            Groet,
            Erik Mulder
        """),
        facts=Facts(
            contact="facturen@vervoerbedrijf-ijsselmond.example",
            note="new address named in the text and copied in Cc",
        ),
    ),
    Spec(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        who=("Marco Villa", "m.villa@tranviabelvolo.example"),
        when="2026-12-03 14:22 +0100",
        client="gmail",
        body=txt("""
            Buongiorno,

            dal mese scorso non seguo più gli acquisti ricambi. Per fatture e solleciti il riferimento adesso è il sig. Ferri: e.ferri@tranviabelvolo.example

            Saluti,
            Marco Villa
        """),
        facts=Facts(contact="e.ferri@tranviabelvolo.example"),
    ),
]

UNSUBSCRIBE = [
    Spec(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        who=("Rob Ellery", "rob.ellery.rail@gmail.com"),
        when="2026-11-26 19:40 +0000",
        client="gmail",
        body="Take me off this list please.",
        facts=Facts(note="free-mail persona; short stop request"),
    ),
    Spec(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        who=("Graham Fenwick", "g.fenwick@kestrel-coaches.example"),
        when="2026-12-09 15:30 +0000",
        client="outlook_html",
        body=txt("""
            Dear Sirs,

            This matter is now with our solicitors. Please do not contact me or any member of our staff about it again – all further correspondence must go through them, and by post.

            Graham Fenwick
            Managing Director
            Kestrel Coaches Ltd
        """),
        facts=Facts(note="'through our solicitors' and by post only, no address given"),
    ),
    Spec(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        who=("Sheila Marsh", "s.marsh@marrickrollingstock.example"),
        when="2026-12-17 08:15 +0000",
        client="outlook_text",
        body=txt("""
            This is the FOURTH email this week about an invoice we disputed in October, and nobody on your side has answered the dispute. Stop emailing me. Any further reminders go straight in the bin. If you want to communicate with us, write to us by post.

            S. Marsh
        """),
        facts=Facts(
            note="stop request with a dispute mentioned: unsubscribe beats dispute; post only"
        ),
    ),
    Spec(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        who=("Klaus Wendt", "k.wendt@bahnwerk-riedstadt.example"),
        when="2026-12-10 10:20 +0100",
        client="outlook_text",
        charset="windows-1252",
        body="Bitte nehmen Sie mich aus Ihrem Verteiler. Ich bekomme diese Mails jede Woche und bin dafür nicht zuständig.\n\nK. Wendt",
        facts=Facts(
            note="remove-me plus 'not responsible' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Spec(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        who=("Dr. Ralf Engelhardt", "r.engelhardt@verkehrsverbund-ohmtal.example"),
        when="2026-11-30 12:05 +0100",
        client="outlook_html_only",
        body=txt("""
            Sehr geehrte Damen und Herren,

            wir bitten Sie, Zahlungserinnerungen und Mahnungen künftig ausschließlich auf dem Postweg an unsere Geschäftsadresse zu senden. E-Mails dieser Art werden bei uns nicht mehr bearbeitet.

            Mit freundlichen Grüßen
            Dr. Ralf Engelhardt
            Kaufmännischer Leiter
            Verkehrsverbund Ohmtal
        """),
        facts=Facts(note="post only"),
    ),
    Spec(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        who=("Gérard Poulain", "g.poulain@atelier-morvan.example"),
        when="2026-12-02 16:30 +0100",
        client="apple",
        body=txt("""
            Bonjour,

            Je suis à la retraite depuis fin septembre et ces questions ne me concernent plus. Merci de me retirer de vos envois.

            G. Poulain
        """),
        facts=Facts(
            note="retired, asks to be removed, no new address: unsubscribe beats wrong_contact"
        ),
    ),
    Spec(
        key="un-fr-2",
        intent="unsubscribe",
        lang="fr",
        who=("Hélène Marchetti", "direction@autocars-pyrenees-sud.example"),
        when="2026-12-14 17:20 +0100",
        client="outlook_html",
        body=txt("""
            Madame, Monsieur,

            Ce dossier a été confié à notre avocat, Maître Dufresne. Nous vous demandons de cesser tout envoi de relances à nos services : toute correspondance devra désormais lui être adressée directement.

            Salutations,
            Hélène Marchetti
            Directrice – Autocars Pyrénées Sud
        """),
        facts=Facts(note="'talk to our lawyer', no address given"),
    ),
    Spec(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        who=("Ramón Fuster", "rfuster@autocaresfuster.example"),
        when="2026-12-03 20:10 +0100",
        client="iphone",
        body="Dejen de mandarme correos. Ya les dije por teléfono que este asunto lo lleva nuestro abogado.",
        facts=Facts(note="stop emailing plus 'our lawyer handles it'"),
    ),
    Spec(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        who=("M. de Graaf", "m.degraaf@railtechniek-brabant.example"),
        when="2026-12-08 09:59 +0100",
        client="outlook_text",
        body="Afmelden",
        facts=Facts(note="one word: 'unsubscribe'"),
    ),
    Spec(
        key="un-nl-2",
        intent="unsubscribe",
        lang="nl",
        who=("Joost Timmermans", "administratie@taxibus-westhoek.example"),
        when="2026-11-27 14:44 +0100",
        client="gmail",
        body=txt("""
            Goedemiddag,

            Wij willen geen betalingsherinneringen meer per e-mail ontvangen. Stuurt u ons voortaan alles per post naar ons kantooradres. Dank u.

            Joost Timmermans
        """),
        facts=Facts(note="post only"),
    ),
    Spec(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        who=("Paolo Esposito", "paolo.esposito.pe@gmail.com"),
        when="2026-11-24 21:05 +0100",
        client="gmail",
        body="Cancellatemi dai vostri indirizzi, non lavoro più con quella ditta da anni e queste mail non mi riguardano.",
        facts=Facts(
            note="free-mail persona; remove-me plus 'not my company any more' without a new address"
        ),
    ),
    Spec(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        who=("Antonio Mancuso", "a.mancuso@autolineemancuso.example"),
        when="2026-12-16 12:35 +0100",
        client="outlook_android",
        body="Pagheremo venerdì come sempre, ma smettetela di mandarci un sollecito al giorno. Non scriveteci più.",
        facts=Facts(
            note="a promise (Friday) plus a stop request: unsubscribe beats the promise and the date is not labelled"
        ),
    ),
]

AUTO_REPLY = [
    Spec(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        who=("Paul Denning", "p.denning@severnside-rail.example"),
        when="2026-11-30 09:05 +0000",
        client="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=txt("""
            Hello,

            I'm on annual leave and will be back in the office on Wednesday 9th December. I won't be checking email while I'm away.

            For anything urgent about supplier payments, please call the finance desk on 0117 496 0382.

            Paul Denning
        """),
        facts=Facts(back="2026-12-09"),
    ),
    Spec(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        who=("Harlowe Rail Shared Services", "support@harlowe-rail.example"),
        when="2026-12-10 09:31 +0000",
        client="notice_html",
        subject="[SR0048213] {rsub}",
        headers=(AUTO_REPLIED, ("X-Ticket-ID", "SR0048213")),
        body=txt("""
            Thank you for contacting Harlowe Rail Shared Services.

            Your request has been logged with reference SR0048213. A member of the Accounts Payable team will respond within 3 working days.

            Please keep the reference in the subject line if you write to us again about this request.

            This is an automated message.
        """),
        facts=Facts(note="ticket acknowledgement, HTML only, no return date"),
    ),
    Spec(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        who=("Emma Thornbury", "e.thornbury@ashdownlightrail.example"),
        when="2026-12-14 08:50 +0000",
        client="notice",
        subject="Out of Office: {rsub}",
        body=txt("""
            Hi,

            I'm currently on parental leave and will return in March 2027. In the meantime please contact my colleague Owen for invoice and payment queries: purchase.ledger@ashdownlightrail.example.

            Thanks,
            Emma
        """),
        facts=Facts(
            note="no Auto-Submitted header; 'in March 2027' cannot be pinned to a day; the colleague's address in an auto-reply does not set new_contact"
        ),
    ),
    Spec(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        who=("Thomas Eckert", "t.eckert@vg-hegauland.example"),
        when="2026-12-01 09:07 +0100",
        client="notice",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=txt("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Nachricht. Ich bin vom 30.11. bis 04.12.2026 im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

            Wenn es eilt, erreichen Sie unsere Zentrale unter 07731 555-0.

            Mit freundlichen Grüßen
            Thomas Eckert
        """),
        facts=Facts(
            back="2026-12-04", note="'bis 04.12.' with no day back stated: the 'until X → X' rule"
        ),
    ),
    Spec(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        who=("Sommer Omnibusbetrieb", "info@sommer-omnibus.example"),
        when="2026-12-18 14:30 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO_REPLIED,),
        body=txt("""
            Liebe Geschäftspartner,

            unser Büro ist vom 21.12.2026 bis einschließlich 03.01.2027 wegen Betriebsferien geschlossen. Ab Montag, dem 04.01.2027, sind wir wieder wie gewohnt für Sie erreichbar.

            Wir wünschen Ihnen frohe Weihnachten und einen guten Start ins neue Jahr!

            Ihr Team von Sommer Omnibusbetrieb
        """),
        facts=Facts(
            back="2027-01-04",
            note="holiday closure over the year end; the stated day back wins over 'bis einschließlich'",
        ),
    ),
    Spec(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        who=("Claire Dumoulin", "c.dumoulin@rtv-valmont.example"),
        when="2026-12-07 10:12 +0100",
        client="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=txt("""
            Bonjour,

            Je suis absente du bureau jusqu'au vendredi 11 décembre et n'aurai qu'un accès limité à ma messagerie. Pour toute question urgente concernant la facturation, vous pouvez joindre le standard au 03 80 55 01 20.

            Cordialement,
            Claire Dumoulin
        """),
        facts=Facts(back="2026-12-11", note="'jusqu'au X' → X"),
    ),
    Spec(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        who=("Support Comptabilité Cars Lestrade", "support-compta@cars-lestrade.example"),
        when="2026-12-16 16:02 +0100",
        client="notice",
        subject="[Ticket #20261216-0042] {rsub}",
        headers=(("Precedence", "auto_reply"),),
        body=txt("""
            Bonjour,

            Nous accusons réception de votre message, enregistré sous le numéro 20261216-0042.

            Notre équipe le traitera dans les meilleurs délais. Merci de rappeler ce numéro dans toute correspondance ultérieure.

            Ceci est une réponse automatique.
        """),
        facts=Facts(note="ticket acknowledgement carrying only Precedence: auto_reply"),
    ),
    Spec(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        who=("Beatriz Calvo", "bcalvo@talleresferronorte.example"),
        when="2026-11-25 10:00 +0100",
        client="notice",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        body=txt("""
            Gracias por su mensaje.

            Me encuentro ausente hasta el lunes 30 de noviembre, sin acceso al correo. Para asuntos urgentes de facturación pueden escribir a mi compañera Inés (administracion@talleresferronorte.example).

            Un saludo,
            Beatriz Calvo
        """),
        facts=Facts(
            back="2026-11-30",
            note="'hasta X' → X; the colleague's address does not set new_contact",
        ),
    ),
    Spec(
        key="ar-es-2",
        intent="auto_reply",
        lang="es",
        who=("Nuria Pascual", "npascual@mantenimientosferrosur.example"),
        when="2026-12-04 09:30 +0100",
        client="notice",
        cte="8bit",
        subject="Vacaciones - {rsub}",
        body=txt("""
            Hola:

            Estoy de vacaciones y me reincorporo el miércoles 9 de diciembre. Su correo será atendido a mi vuelta.

            Nuria Pascual
        """),
        facts=Facts(back="2026-12-09", note="vacation notice without Auto-Submitted, 8-bit body"),
    ),
    Spec(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        who=("Thijs van Leeuwen", "t.vanleeuwen@railtechniek-brabant.example"),
        when="2026-11-23 09:03 +0100",
        client="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=txt("""
            Beste afzender,

            Ik ben tot en met vrijdag 27 november afwezig. Vanaf maandag 30 november ben ik weer bereikbaar en beantwoord ik uw bericht.

            Met vriendelijke groet,
            Thijs van Leeuwen
        """),
        facts=Facts(
            back="2026-11-30",
            note="'vanaf maandag 30 november' (the day back) wins over 't/m vrijdag 27'",
        ),
    ),
    Spec(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        who=("Simona Rizzi", "s.rizzi@atvalsecca.example"),
        when="2026-12-16 09:14 +0100",
        client="notice",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        body=txt("""
            Gentile mittente,

            sarò in ferie fino al 6 gennaio 2027 compreso, con accesso limitato alla posta. Per urgenze amministrative potete scrivere a amministrazione@atvalsecca.example.

            Cordiali saluti
            Simona Rizzi
        """),
        facts=Facts(
            back="2027-01-06",
            note="'fino al X' with no day back stated → X, into the next year; the shared address is not a new contact",
        ),
    ),
    Spec(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        who=("Helpdesk Fornitori Castelmonte", "fornitori@officinecastelmonte.example"),
        when="2026-12-11 11:21 +0100",
        client="notice_alt",
        subject="Presa in carico richiesta FORN-26-11873 - {rsub}",
        headers=(AUTO_REPLIED,),
        body=txt("""
            Gentile fornitore,

            la sua richiesta è stata presa in carico con il numero di pratica FORN-26-11873. Riceverà una risposta da un nostro operatore entro 5 giorni lavorativi.

            Questo messaggio è generato automaticamente: la preghiamo di non rispondere.
        """),
        facts=Facts(note="ticket acknowledgement"),
    ),
]

OTHER = [
    Spec(
        key="ot-en-1",
        intent="other",
        lang="en",
        who=("Moira Campbell", "office@pennock-coachworks.example"),
        when="2026-11-27 11:33 +0000",
        client="inline",
        body=txt("""

            [[Q2]]

            Hi, didn't we pay this already? I'm sure I did a batch for you in October. Can you check your end?

            Moira
        """),
        facts=Facts(
            note="a question, not a claim: no payment is asserted, a person checks and answers; inline under the quoted invoice lines"
        ),
    ),
    Spec(
        key="ot-en-2",
        intent="other",
        lang="en",
        who=("Steve Harkin", "steve.harkin@shannonsiderail.example"),
        when="2026-12-14 12:06 +0000",
        client="outlook_html",
        cur="EUR",
        body=txt("""
            Hi,

            I've passed the invoice on to our accounts team. While I have you though – do you have any stock of the 24V saloon heater fans (your part no. 71-HF-240)? We've two units down and our usual supplier is quoting eight weeks. If you can do them before Christmas, send me a quote.

            Steve Harkin
            Fleet Engineer, Shannonside Rail
        """),
        facts=Facts(note="passed on internally (not a wrong contact) plus a sales enquiry"),
    ),
    Spec(
        key="ot-en-3",
        intent="other",
        lang="en",
        who=("Jason Whitlock", "jason@whitlockbusparts.example"),
        when="2026-12-18 10:44 +0000",
        client="iphone",
        body="Noted.",
        facts=Facts(note="acknowledgement only: not a payment claim and not a promise"),
    ),
    Spec(
        key="ot-de-1",
        intent="other",
        lang="de",
        who=("Andreas Vogt", "andreas.vogt.sfs@gmx.de"),
        when="2026-12-07 18:55 +0100",
        client="samsung",
        body=txt("""
            Hallo,

            das kann ich so per Mail nicht beantworten, da gibt es eine längere Vorgeschichte mit Ihrem Außendienst. Rufen Sie mich bitte morgen ab 8 Uhr an: 0170 5550143.

            A. Vogt
            Vogt Schienenfahrzeugservice
        """),
        facts=Facts(
            note="free-mail persona asks for a call; nothing contested or promised in the text"
        ),
    ),
    Spec(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        who=("Yannick Le Goff", "y.legoff@tram-saint-aubrac.example"),
        when="2026-11-23 16:40 +0100",
        client="gmail",
        body=txt("""
            Bonjour,

            Je transmets votre relance à notre comptabilité.

            Par ailleurs, pourriez-vous m'envoyer un devis pour 20 bandes de frottement de pantographe (réf. 58-PB-1120) ? Nous aimerions les recevoir avant la fin de l'année si possible.

            Merci,
            Yannick Le Goff
            Maintenance matériel roulant
        """),
        facts=Facts(note="forwarded internally plus a quote request"),
    ),
    Spec(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        who=("Bernard Cazals", "b.cazals@autocars-pyrenees-sud.example"),
        when="2026-12-11 09:25 +0100",
        client="outlook_text",
        charset="iso-8859-1",
        body=txt("""
            Bonjour,

            Votre courriel ressemble fort à une tentative d'hameçonnage. Je ne clique sur aucun lien et n'ouvre aucune pièce jointe. Si vous êtes réellement l'un de nos fournisseurs, appelez notre standard pour vous identifier.

            B. Cazals
        """),
        facts=Facts(note="suspects phishing; a person should call"),
    ),
    Spec(
        key="ot-es-1",
        intent="other",
        lang="es",
        who=("Carmen Ibáñez", "cibanez@tranviamontalbo.example"),
        when="2026-12-01 11:05 +0100",
        client="iphone",
        body="Recibido, se lo paso a contabilidad para que lo revisen.",
        facts=Facts(note="acknowledgement, passed on internally"),
    ),
    Spec(
        key="ot-es-2",
        intent="other",
        lang="es",
        who=("Diego Ferrer", "dferrer@autobusesurbanos-lacosta.example"),
        when="2026-12-17 12:30 +0100",
        client="gmail",
        cte="b64",
        body=txt("""
            Hola,

            Aprovecho el hilo para preguntaros otra cosa: ¿seguís distribuyendo los discos de freno para los articulados de la serie 400? Necesitaríamos unos 16 para enero y el distribuidor de siempre ya no los trabaja.

            Gracias,
            Diego Ferrer
            Jefe de taller – Autobuses Urbanos La Costa
        """),
        facts=Facts(note="sales question in the reminder thread; nothing about the invoice"),
    ),
    Spec(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        who=("Ingrid Jansen", "i.jansen@stadsvervoer-dommelstad.example"),
        when="2026-12-09 15:05 +0100",
        client="outlook_html",
        body=txt("""
            Hallo,

            Klopt dit wel? Ik dacht dat wij deze factuur vorige maand al betaald hadden, maar ik kan het zo snel niet terugvinden. Kunnen jullie in jullie administratie kijken of er in november iets van ons is binnengekomen?

            Groet,
            Ingrid Jansen
        """),
        facts=Facts(
            note="unsure whether it was paid and asks the supplier to check: other, not payment_sent"
        ),
    ),
    Spec(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        who=("Hans Kok", "h.kok@bakkerbusreparatie.example"),
        when="2026-11-30 13:12 +0100",
        client="iphone",
        body="Ontvangen.",
        facts=Facts(note="one-word acknowledgement"),
    ),
    Spec(
        key="ot-it-1",
        intent="other",
        lang="it",
        who=(
            "Ufficio Amministrazione Tranvia di Belvolo",
            "amministrazione@tranviabelvolo.example",
        ),
        when="2026-12-02 10:50 +0100",
        client="outlook_html",
        body=txt("""
            Spett.le fornitore,

            vi informiamo che dal 1° dicembre 2026 Tranvia di Belvolo S.r.l. è stata incorporata in Mobilità Belvolese S.p.A., che subentra in tutti i rapporti in essere. Nei prossimi giorni riceverete i nuovi dati fiscali (partita IVA e codice destinatario) da usare per le fatture future.

            Cordiali saluti
            Ufficio Amministrazione
        """),
        facts=Facts(
            note="merger notice: the customer record must be updated; no new address, nothing about paying"
        ),
    ),
    Spec(
        key="ot-it-2",
        intent="other",
        lang="it",
        who=("Giuseppe Rinaldi", "g.rinaldi@officinegentile-treni.example"),
        when="2026-12-18 08:30 +0100",
        client="outlook_android",
        body="Ma vi sembra il modo di scrivere a un cliente che lavora con voi da vent'anni? Un sollecito così freddo, senza nemmeno una telefonata. Ne parlerò con il vostro commerciale.",
        facts=Facts(note="complaint about the tone; no intent about the invoice"),
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


# ============================================================================================
# Delivery reports: machine parts generated, human-readable parts written out one by one
# ============================================================================================

RELAY = "relay-out.ferrovia-parts.example"
RELAY_IP = "203.0.113.40"


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder (in `rlang`) sent to `rcpt`."""

    key: str
    lang: str
    kind: Literal["hard", "soft"]
    status: str
    rcpt: str
    when: str
    rlang: str
    lag_minutes: int = 3
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return (
            (self.dt - timedelta(minutes=self.lag_minutes))
            .astimezone(CET)
            .replace(second=number(self.key, "s", 0, 59))
        )

    @property
    def invoice(self) -> str:
        return default_invoice(self.key)

    @property
    def subject(self) -> str:
        return reminder_subject(self.rlang, self.invoice)

    def local(self, dt: datetime) -> str:
        return format_datetime(dt.astimezone(self.dt.tzinfo))


def original_reminder(b: Bounce) -> Message:
    """The reminder exactly as Ferrovia Parts sent it, for returning inside reports."""
    text = reminder_text(
        key=b.key,
        lang=b.rlang,
        inv=b.invoice,
        amount=default_amount(b.key),
        currency="GBP" if b.rlang == "en" else "EUR",
        sent=b.sent,
    )
    msg = text_part(text)
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encode_header(b.subject, charset="utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    msg["X-Mailer"] = "Ferrovia Collections 4.2"
    content_headers_last(msg)
    return msg


def returned_message(b: Bounce) -> Message:
    return MIMEMessage(original_reminder(b))


def returned_headers(b: Bounce) -> Message:
    lines = "".join(
        f"{k}: {v}\n" for k, v in original_reminder(b).items() if k != "Content-Transfer-Encoding"
    )
    return text_part(lines, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def delivery_status(
    b: Bounce, *, mta: str, action: str, diagnostic: str, remote: str = ""
) -> Message:
    head = f"Reporting-MTA: dns; {mta}\nArrival-Date: {b.local(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {b.local(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {b.local(b.sent + timedelta(days=5))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (head, "\n".join(fields) + "\n")]
    )
    return part


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def simple_html(text: str) -> Message:
    markup = f'<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif">\n{html_paragraphs(text)}\n</body></html>\n'
    return text_part(markup, subtype="html")


def finish(b: Bounce, msg: Message, *, sender: str, subject: str, auto: bool = True) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, charset="utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">").split()[0].rstrip(")")
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 22).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    content_headers_last(msg)
    strip_inner_versions(msg)
    set_boundaries(msg, key=b.key, prefix="=_report_")
    return msg


def bounce_postfix(b: Bounce) -> Message:
    human = txt(f"""
        This is the mail system at host {RELAY}.

        Your message could not be delivered to the recipient below. The receiving
        server rejected the address permanently, so no further delivery attempts
        will be made. The original message is attached.

        If you need help, contact it-servicedesk@ferrovia-parts.example and quote
        the queue ID 4Qx7Lm2bYzz8K.

                           The mail system

        <{b.rcpt}>: host mx.wealdbridge-buses.example[198.51.100.87] said:
            550 5.1.1 <{b.rcpt}>: Recipient address rejected: no such mailbox on
            this domain (in reply to RCPT TO command)
    """)
    diagnostic = f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: no such mailbox on this domain"
    msg = report(
        text_part(human + "\n", charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            mta=RELAY,
            action="failed",
            diagnostic=diagnostic,
            remote="mx.wealdbridge-buses.example",
        ),
        returned_message(b),
    )
    return finish(
        b,
        msg,
        sender=f"MAILER-DAEMON@{RELAY} (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
    )


def bounce_sendmail_delay(b: Bounce) -> Message:
    human = txt(f"""
            **********************************************
            **      THIS IS A WARNING MESSAGE ONLY      **
            **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
            **********************************************

        The original message was received at {b.local(b.sent)}
        from {RELAY} [{RELAY_IP}]

           ----- Transcript of session follows -----
        <{b.rcpt}>... Deferred: Connection timed out with exch01.pennock-coachworks.example.
        Warning: message still undelivered after 4 hours
        Will keep trying until message is 5 days old
    """)
    msg = report(
        text_part(human + "\n", charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            mta="mx1.pennock-coachworks.example",
            action="delayed",
            diagnostic="451 4.4.1 reply: read error from exch01.pennock-coachworks.example.",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="Mail Delivery Subsystem <MAILER-DAEMON@mx1.pennock-coachworks.example>",
        subject="Warning: could not send message for past 4 hours",
    )


def inline_copy(b: Bounce, received: list[str]) -> str:
    original = original_reminder(b)
    return "\n".join([*received, original.as_string().rstrip("\n")])


def bounce_qmail(b: Bounce) -> Message:
    stamp = b.local(b.sent + timedelta(seconds=2))
    copy = inline_copy(
        b,
        [
            f"Return-Path: <{AR_ADDR}>",
            f"Received: (qmail 28117 invoked from network); {stamp}",
            f"Received: from {RELAY} (HELO {RELAY}) ({RELAY_IP})\n  by mail.tamsinrail.example with SMTP; {stamp}",
        ],
    )
    text = txt(f"""
        Hi. This is the qmail-send program at mail.tamsinrail.example.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <{b.rcpt}>:
        Sorry, no mailbox here by that name. (#5.1.1)

        --- Below this line is a copy of the message.

    """)
    msg = Message()
    msg.set_payload(f"{text}\n\n{copy}\n")
    return finish(
        b, msg, sender="MAILER-DAEMON@mail.tamsinrail.example", subject="failure notice", auto=False
    )


def exchange_report(b: Bounce, *, human: str, mta: str, action: str, diagnostic: str) -> Message:
    return report(
        alternative(text_part(human + "\n"), simple_html(human)),
        delivery_status(b, mta=mta, action=action, diagnostic=diagnostic),
        returned_headers(b),
    )


def bounce_exchange_de(b: Bounce) -> Message:
    server = "VI1PR08MB5521.eurprd08.prod.outlook.com"
    human = txt(f"""
        Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

        Betreff: {b.subject}
        Gesendet: {b.sent:%d.%m.%Y %H:%M}

        Die folgenden Empfänger können nicht erreicht werden:

        {b.rcpt}
        Die E-Mail-Adresse, an die Sie Ihre Nachricht gesendet haben, gibt es im E-Mail-System des Empfängers nicht. Vielleicht ist sie falsch geschrieben oder existiert nicht mehr. Prüfen Sie die Adresse oder fragen Sie beim Empfänger nach der aktuellen Adresse.

        Diagnoseinformationen für Administratoren:

        Generierender Server: {server}

        {b.rcpt}
        Remoteserver hat '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found' zurückgegeben
    """)
    msg = exchange_report(
        b,
        human=human,
        mta=server,
        action="failed",
        diagnostic="550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found",
    )
    return finish(
        b,
        msg,
        sender="Microsoft Outlook <MicrosoftExchange7b1e03d2c9a84f0b8e55f6a1c2d94e77@sft-muerztal.example>",
        subject=f"Unzustellbar: {b.subject}",
    )


def bounce_exchange_de_delay(b: Bounce) -> Message:
    human = txt(f"""
        Die Zustellung an diese Empfänger oder Gruppen ist verzögert:

        {b.rcpt}

        Betreff: {b.subject}

        Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.

        Der Server versucht noch 1 Tag, 19 Stunden und 55 Minuten lang, die Nachricht zuzustellen. Sie werden benachrichtigt, falls die Nachricht bis dahin nicht zugestellt werden kann.

        Diagnoseinformationen für Administratoren:

        Generierender Server: EXCH02.vg-hegauland.example
        Empfänger: {b.rcpt}
        #< #4.4.7 smtp; 400 4.4.7 Message delayed> #SMTP#
    """)
    msg = exchange_report(
        b,
        human=human,
        mta="EXCH02.vg-hegauland.example",
        action="delayed",
        diagnostic="400 4.4.7 Message delayed",
    )
    return finish(
        b,
        msg,
        sender="Microsoft Exchange <postmaster@vg-hegauland.example>",
        subject=f"Zustellung verzögert: {b.subject}",
    )


def bounce_isp_fr_delay(b: Bounce) -> Message:
    text = txt(f"""
        Bonjour,

        Ce message vous est adressé automatiquement par le serveur de messagerie de secours d'Oxalis Hébergement.

        Votre message est toujours en attente de remise pour le destinataire suivant :

            {b.rcpt}

        Motif : le serveur principal du destinataire ne répond pas (délai de connexion dépassé).
        Code d'état : {b.status}

        Aucune action n'est requise de votre part pour le moment : nous réessaierons automatiquement pendant 5 jours et vous serez prévenu si le message ne peut finalement pas être distribué.

        Rappel de votre message :
            Objet : {latin1_safe(b.subject)}
            Date : {b.local(b.sent)}
            Destinataire : {b.rcpt}

        Oxalis Hébergement - service messagerie
    """)
    msg = text_part(text + "\n", charset="iso-8859-1", cte="qp")
    return finish(
        b,
        msg,
        sender="Service Messagerie Oxalis <postmaster@mx-secours.oxalis-hebergement.example>",
        subject=f"Avis de retard de distribution : {b.subject}",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    human = txt(f"""

        ** No se ha encontrado la dirección **

        No se ha entregado tu mensaje a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.

        La respuesta del servidor remoto fue:

        550 5.1.1 <{b.rcpt}>... User unknown
    """)
    msg = report(
        alternative(text_part(human + "\n", cte="b64"), simple_html(human)),
        delivery_status(
            b,
            mta="googlemail.com",
            action="failed",
            diagnostic="550 5.1.1 <" + b.rcpt + ">... User unknown",
            remote="mail.talleresbarbastro.example",
        ),
        returned_headers(b),
    )
    msg = finish(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
    )
    msg["X-Failed-Recipients"] = b.rcpt
    return msg


def bounce_gateway_es(b: Bounce) -> Message:
    human = txt(f"""
        Pasarela de seguridad de correo de Ferrovia Parts
        -------------------------------------------------

        ENTREGA RETRASADA - no es necesario reenviar el mensaje

        El servidor del destinatario ha rechazado temporalmente su mensaje (lista gris). La pasarela volverá a intentarlo de forma automática durante las próximas 72 horas.

        Destinatario:   {b.rcpt}
        Asunto:         {b.subject}
        Enviado:        {b.sent:%d/%m/%Y %H:%M}
        Estado:         {b.status} (temporal)
        Respuesta:      451 4.7.1 Greylisting in action, please come back later

        Si el problema persiste recibirá un informe de no entrega.
    """)
    msg = report(
        text_part(human + "\n"),
        delivery_status(
            b,
            mta="secgw01.ferrovia-parts.example",
            action="delayed",
            diagnostic="451 4.7.1 Greylisting in action, please come back later",
            remote="mx.autocaresfuster.example",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="Pasarela de seguridad <no-reply@secgw01.ferrovia-parts.example>",
        subject=f"Entrega retrasada: {b.subject}",
    )


def bounce_exim_nl(b: Bounce) -> Message:
    copy = inline_copy(
        b,
        [
            f"Return-path: <{AR_ADDR}>",
            f"Received: from [{RELAY_IP}] (helo={RELAY})\n\tby mail.hostingnoord.example with esmtps (Exim 4.97)\n\tid 1tKq4R-0003Xg-2B; {b.local(b.sent + timedelta(seconds=3))}",
        ],
    )
    text = txt(f"""
        Dit bericht is automatisch aangemaakt door de mailserver van HostingNoord.

        Uw bericht kon niet worden afgeleverd bij een of meer ontvangers.
        Dit is een permanente fout. Het volgende adres is mislukt:

          {b.rcpt}
            Onbekende gebruiker: dit postvak bestaat niet (meer)
            550 5.1.1 <{b.rcpt}>: mailbox unavailable

        ------ Hieronder volgt een kopie van het bericht, inclusief alle headers. ------

    """)
    msg = Message()
    msg.set_payload(f"{text}\n\n{copy}\n")
    msg = finish(
        b,
        msg,
        sender="Mail Delivery System <Mailer-Daemon@mail.hostingnoord.example>",
        subject="Onbestelbaar: bericht teruggestuurd naar afzender",
    )
    msg["X-Failed-Recipients"] = b.rcpt
    return msg


def bounce_exchange_nl_full(b: Bounce) -> Message:
    server = "AM0PR06MB6622.eurprd06.prod.outlook.com"
    human = txt(f"""
        Uw bericht heeft de volgende ontvangers niet bereikt:

        {b.rcpt}
        Het postvak van de ontvanger is vol en kan op dit moment geen berichten meer ontvangen. Probeer het bericht later opnieuw te verzenden of neem op een andere manier contact op met de ontvanger.

        Diagnostische informatie voor beheerders:

        Server waarop het bericht is gegenereerd: {server}

        {b.rcpt}
        Externe server heeft '554 5.2.2 Recipient mailbox over quota; delivery refused until space is freed' geretourneerd
    """)
    msg = exchange_report(
        b,
        human=human,
        mta=server,
        action="failed",
        diagnostic="554 5.2.2 Recipient mailbox over quota; delivery refused until space is freed",
    )
    return finish(
        b,
        msg,
        sender="Microsoft Outlook <MicrosoftExchange52c0e8f4b1d743a99d3c6e1f0a8b2d15@railonderhoudveluwe.example>",
        subject=f"Onbestelbaar: {b.subject}",
    )


def bounce_relay_it(b: Bounce) -> Message:
    human = txt(f"""
        Questo è un messaggio automatico del sistema di posta di Ferrovia Parts.

        Il messaggio è stato respinto per il seguente destinatario:

            {b.rcpt}

        Il dominio di destinazione non esiste oppure non ha server di posta (host sconosciuto).
        Si tratta di un errore permanente: non verranno effettuati altri tentativi.

        Il messaggio originale è allegato.
    """)
    msg = report(
        text_part(human + "\n", charset="iso-8859-1", cte="qp"),
        delivery_status(
            b,
            mta=RELAY,
            action="failed",
            diagnostic="550 5.1.2 Host or domain name not found. Name service error for name=autolinee-valdarda.example type=MX: Host not found",
        ),
        returned_message(b),
    )
    return finish(
        b,
        msg,
        sender="Sistema di posta <MAILER-DAEMON@relay-out.ferrovia-parts.example>",
        subject="Messaggio non recapitato",
    )


def bounce_provider_it_full(b: Bounce) -> Message:
    text = txt(f"""
        AVVISO DI MANCATO RECAPITO TEMPORANEO

        Per {b.rcpt} il messaggio risulta ancora in coda di consegna.

        Oggetto: {latin1_safe(b.subject)}
        Data di invio: {b.sent:%d/%m/%Y %H:%M}
        Stato: {b.status} - casella del destinatario piena

        Il nostro server ripeterà automaticamente la consegna per i prossimi 4 giorni. Se la casella verrà liberata entro questo periodo il messaggio sarà consegnato senza altri interventi da parte vostra.

        Servizio Posta - PostaVeloce.example
    """)
    msg = text_part(text + "\n", charset="iso-8859-1", cte="8bit")
    return finish(
        b,
        msg,
        sender="Postmaster PostaVeloce <postmaster@mx2.postaveloce.example>",
        subject="Avviso di mancato recapito temporaneo",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            key="bo-en-1",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="j.hollis@wealdbridge-buses.example",
            when="2026-11-24 07:33 +0100",
            rlang="en",
            note="Postfix RFC 3464 report with the full returned message",
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            key="bo-en-2",
            lang="en",
            kind="soft",
            status="4.4.1",
            rcpt="accounts@pennock-coachworks.example",
            when="2026-12-07 11:36 +0000",
            rlang="en",
            lag_minutes=242,
            note="sendmail delay warning (4 hours), multipart/report with headers only",
        ),
        bounce_sendmail_delay,
    ),
    (
        Bounce(
            key="bo-en-3",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="ap@tamsinrail.example",
            when="2026-12-14 06:41 +0000",
            rlang="en",
            note="qmail failure notice, not MIME, no Auto-Submitted; status taken from '(#5.1.1)'",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            key="bo-de-1",
            lang="de",
            kind="hard",
            status="5.1.1",
            rcpt="einkauf@sft-muerztal.example",
            when="2026-11-26 07:19 +0100",
            rlang="de",
            note="Office 365 NDR in German",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            key="bo-de-2",
            lang="de",
            kind="soft",
            status="4.4.7",
            rcpt="buchhaltung@vg-hegauland.example",
            when="2026-12-09 11:44 +0100",
            rlang="de",
            lag_minutes=245,
            note="Exchange delay notice in German",
        ),
        bounce_exchange_de_delay,
    ),
    (
        Bounce(
            key="bo-fr-1",
            lang="fr",
            kind="soft",
            status="4.4.1",
            rcpt="compta@cars-aubert-fils.example",
            when="2026-12-07 13:31 +0100",
            rlang="fr",
            lag_minutes=360,
            note="localized ISP notice from a backup MX, plain text in Latin-1",
        ),
        bounce_isp_fr_delay,
    ),
    (
        Bounce(
            key="bo-es-1",
            lang="es",
            kind="hard",
            status="5.1.1",
            rcpt="compras@talleresbarbastro.example",
            when="2026-12-02 22:34 -0800",
            rlang="es",
            note="Gmail report in Spanish; Date in Google's Pacific time",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            key="bo-es-2",
            lang="es",
            kind="soft",
            status="4.7.1",
            rcpt="facturas@autocaresfuster.example",
            when="2026-11-30 08:12 +0100",
            rlang="es",
            lag_minutes=40,
            note="security gateway deferral (greylisting) in Spanish",
        ),
        bounce_gateway_es,
    ),
    (
        Bounce(
            key="bo-nl-1",
            lang="nl",
            kind="hard",
            status="5.1.1",
            rcpt="inkoop@taxibus-westhoek.example",
            when="2026-12-03 07:26 +0100",
            rlang="nl",
            note="Exim with a Dutch bounce text, not MIME, X-Failed-Recipients",
        ),
        bounce_exim_nl,
    ),
    (
        Bounce(
            key="bo-nl-2",
            lang="nl",
            kind="soft",
            status="5.2.2",
            rcpt="r.hoekstra@railonderhoudveluwe.example",
            when="2026-12-16 07:52 +0100",
            rlang="nl",
            note="mailbox full reported as a 5.x.x failure: soft by the mailbox-full rule, the code is kept",
        ),
        bounce_exchange_nl_full,
    ),
    (
        Bounce(
            key="bo-it-1",
            lang="it",
            kind="hard",
            status="5.1.2",
            rcpt="amministrazione@autolinee-valdarda.example",
            when="2026-11-25 07:15 +0100",
            rlang="it",
            note="domain does not exist (5.1.2); Italian report from the sending relay",
        ),
        bounce_relay_it,
    ),
    (
        Bounce(
            key="bo-it-2",
            lang="it",
            kind="soft",
            status="4.2.2",
            rcpt="ricambi@tranviabelvolo.example",
            when="2026-12-11 09:58 +0100",
            rlang="it",
            lag_minutes=150,
            note="Italian provider notice, mailbox full with a 4.x.x code, 8-bit Latin-1",
        ),
        bounce_provider_it_full,
    ),
]


# ============================================================================================
# Labels
# ============================================================================================


def reply_label(spec: Spec) -> Label:
    f = spec.facts
    return Label(
        file="",
        intent=spec.intent,
        promised_date=f.promised,
        paid_date=f.paid,
        return_date=f.back,
        payment_reference=f.ref,
        amount=f.amount,
        currency=f.currency,
        new_contact=f.contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(f.refs),
        language=spec.lang,
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


# ============================================================================================
# Checks
# ============================================================================================


class CorpusError(Exception):
    """A message or a label that would make the corpus wrong."""


def require(*, ok: bool, why: str) -> None:
    if not ok:
        raise CorpusError(why)


def header_problems(part: EmailMessage) -> Iterator[str]:
    for name, value in part.items():
        if isinstance(value, BaseHeader) and value.defects:
            yield f"{name}: {value.defects}"
        if "=?" in str(value):
            yield f"{name} not decoded: {value}"


def check_message(name: str, data: bytes) -> None:
    """Parse the message back as a reader would and insist that everything decodes cleanly."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        require(ok=msg[header] is not None, why=f"{name}: no {header}")
    for part in msg.walk():
        require(
            ok=not part.defects, why=f"{name}: {part.get_content_type()} defects {part.defects}"
        )
        problems = list(header_problems(part))
        require(ok=not problems, why=f"{name}: {problems}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            require(
                ok=isinstance(content, str) and "\ufffd" not in content,
                why=f"{name}: {part.get_content_type()} does not decode",
            )


def is_iso_date(value: str | None) -> bool:
    if value is None:
        return True
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


ONLY_FOR = {
    "promised_date": {"promise_to_pay"},
    "paid_date": {"payment_sent"},
    "return_date": {"auto_reply"},
    "payment_reference": {"payment_sent"},
    "amount": {"payment_sent", "promise_to_pay"},
    "currency": {"payment_sent", "promise_to_pay"},
    "new_contact": {"wrong_contact"},
    "bounce_kind": {"bounce"},
    "failed_recipient": {"bounce"},
    "bounce_status": {"bounce"},
}


def check_label_shape(label: Label) -> None:
    where = label["file"]
    values: Mapping[str, object] = label
    require(ok=tuple(label) == LABEL_ORDER, why=f"{where}: label keys out of order")
    require(
        ok=label["intent"] in INTENTS and label["language"] in LANGS,
        why=f"{where}: intent or language",
    )
    for name, intents in ONLY_FOR.items():
        require(
            ok=values[name] is None or label["intent"] in intents,
            why=f"{where}: {name} set for {label['intent']}",
        )
    for day in (label["promised_date"], label["paid_date"], label["return_date"]):
        require(ok=is_iso_date(day), why=f"{where}: {day} is not an ISO date")
    require(
        ok=(label["amount"] is None) == (label["currency"] is None),
        why=f"{where}: amount without currency",
    )
    require(
        ok=label["amount"] is None or bool(AMOUNT_RE.match(label["amount"])),
        why=f"{where}: amount format",
    )
    require(
        ok=label["currency"] is None or label["currency"] in CURRENCIES, why=f"{where}: currency"
    )
    require(
        ok=all(INVOICE_RE.match(ref) for ref in label["invoice_refs"]),
        why=f"{where}: invoice ref format",
    )
    contact = label["new_contact"]
    require(
        ok=contact is None or (contact == contact.lower() and "@" in contact),
        why=f"{where}: new_contact",
    )
    kind, status = label["bounce_kind"], label["bounce_status"]
    is_bounce = label["intent"] == "bounce"
    require(
        ok=is_bounce
        == (kind is not None and status is not None and label["failed_recipient"] is not None),
        why=f"{where}: bounce fields",
    )
    require(ok=status is None or bool(STATUS_RE.match(status)), why=f"{where}: bounce status")
    require(
        ok=kind is None or kind == "soft" or str(status).startswith("5."),
        why=f"{where}: hard bounce with a 4.x.x code",
    )


def check_facts(spec: Spec) -> None:
    """Dates against the message's own local day, extracted values against the written text."""
    f = spec.facts
    today = spec.dt.date()
    where = spec.key
    require(ok=FIRST_DAY <= today <= LAST_DAY, why=f"{where}: dated outside the corpus window")
    require(
        ok=f.paid is None or date.fromisoformat(f.paid) <= today, why=f"{where}: paid in the future"
    )
    require(
        ok=f.promised is None or date.fromisoformat(f.promised) >= today,
        why=f"{where}: promised in the past",
    )
    require(
        ok=f.back is None or date.fromisoformat(f.back) >= today, why=f"{where}: back in the past"
    )
    digits = re.sub(r"\D", "", spec.body)
    require(
        ok=all(ref[3:] in digits for ref in f.refs), why=f"{where}: invoice ref not in the text"
    )
    require(
        ok=f.contact is None or f.contact in spec.body.lower(),
        why=f"{where}: contact not in the text",
    )
    require(
        ok=f.ref is None or f.ref in spec.body, why=f"{where}: payment reference not in the text"
    )


def check_corpus(labels: list[Label]) -> None:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    for intent in INTENTS:
        require(
            ok=sum(cells[intent, lang] for lang in LANGS) == PER_INTENT,
            why=f"{intent}: not {PER_INTENT} messages",
        )
        require(
            ok=all(cells[intent, lang] for lang in LANGS), why=f"{intent}: a language is missing"
        )
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    require(ok=kinds["hard"] == kinds["soft"] == PER_INTENT // 2, why=f"bounce kinds {dict(kinds)}")
    bodies = [spec.body for spec in REPLIES]
    require(ok=len(set(bodies)) == len(bodies), why="two messages share their text")
    invoices = [spec.invoice for spec in REPLIES] + [b.invoice for b, _ in BOUNCES]
    repeated = sorted(inv for inv, n in Counter(invoices).items() if n > 1)
    require(ok=not repeated, why=f"reminders share invoice numbers {repeated}")


# ============================================================================================
# Output
# ============================================================================================


def all_messages() -> list[tuple[str, Message, Label]]:
    items = []
    for spec in REPLIES:
        check_facts(spec)
        items.append((spec.key, build_reply(spec), reply_label(spec)))
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    keys = [key for key, _, _ in items]
    require(ok=len(set(keys)) == len(keys), why="duplicate keys")
    return items


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


def write_all() -> list[Label]:
    items = sorted(all_messages(), key=lambda item: digest(item[0], f"shuffle-{SEED}"))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for n, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({**label, "file": name})
    for label in labels:
        check_label_shape(label)
    check_corpus(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    try:
        labels = write_all()
    except CorpusError as exc:
        print(f"corpus check failed: {exc}", file=sys.stderr)
        return 1
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
