# ruff: noqa: E501, RUF001
# Hand-written message text keeps one paragraph per line, the way mail clients send it, and
# uses the typographic dashes, quotes and symbols that people and their clients really type.
"""Build held-out reply corpus 53: the files h53-NNN.eml and labels.jsonl.

Every message lands in the receivables mailbox of Orchard & Vine, a wholesale fruit, vegetable
and wine supplier, after it sent an overdue reminder. The new text of each message is written by
hand in the spec lists below. The code adds only what a mail client or a mail server adds: the
quoted reminder in the client's layout and language, headers, MIME structure, charsets and
transfer encodings. The output is deterministic: fixed seed, fixed boundaries, Message-IDs
derived from each message's key and no clock. Run it from anywhere; it writes next to itself.
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
from datetime import date, datetime, timedelta
from decimal import Decimal
from email import message_from_bytes, policy
from email.headerregistry import BaseHeader
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from functools import cache
from pathlib import Path
from typing import Final, Literal, TypedDict

HERE: Final = Path(__file__).resolve().parent
SEED: Final = "holdout53-20261214"
PREFIX: Final = "h53"
AR_NAME: Final = "Orchard & Vine Receivables"
AR_ADDR: Final = "receivables@orchardandvine.example"
AR_DOMAIN: Final = "orchardandvine.example"
FIRST_DAY: Final = date(2026, 12, 14)
LAST_DAY: Final = date(2027, 1, 15)
PER_INTENT: Final = 12
TOTAL: Final = 120
ENCODED_WORD_MAX: Final = 75
HEADER_SOFT_LIMIT: Final = 76
FLOWED_WIDTH: Final = 72
GMAIL_ATTR_WIDTH: Final = 78
SATURDAY: Final = 5
SIG_DASHES: Final = "-- "  # the signature separator keeps its trailing space

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
    "outlook_htmlonly",
    "owa",
    "outlook_ios",
    "gmail",
    "gmail_plain",
    "gmail_inline",
    "apple",
    "iphone",
    "thunderbird",
    "thunderbird_inline",
    "samsung",
    "notice",
    "notice_html",
]
Cte = Literal["quoted-printable", "base64", "8bit", "7bit"]
Currency = Literal["EUR", "GBP"]
BounceKind = Literal["hard", "soft"]
Params = tuple[tuple[str, str], ...]
Headers = list[tuple[str, str]]

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


class CorpusError(Exception):
    """A spec, a built message or a label breaks one of the corpus rules."""


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order of holdout2's labels."""

    file: str
    intent: Intent
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: Currency | None
    new_contact: str | None
    bounce_kind: BounceKind | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: Lang
    note: str | None


# ------------------------------------------------------------------------------------------
# Specs: what is written by hand for each message
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Facts:
    """The labelled facts of a reply beyond its intent and language."""

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
    """One hand-written message from a customer's side, with the client that sent it."""

    key: str
    intent: Intent
    lang: Lang
    name: str
    addr: str
    when: str
    client: Client
    body: str
    facts: Facts = field(default_factory=Facts)
    inv: str | None = None
    amount: str | None = None
    currency: Currency | None = None
    rlang: Lang | None = None
    charset: str = "utf-8"
    cte: Cte | None = None
    subject: str | None = None
    headers: Params = ()
    days_back: int = 1
    orig_to: str | None = None
    cc: str | None = None
    attach: str | None = None
    threaded: bool = True

    @property
    def sent(self) -> datetime:
        """Return the Date of the message, in the sender's time zone."""
        return parse_when(self.when)

    @property
    def reminder_lang(self) -> Lang:
        """Return the language of the reminder being answered."""
        return self.rlang or self.lang


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """One delivery report about a reminder, with its hand-written human-readable part."""

    key: str
    lang: Lang
    kind: BounceKind
    status: str
    rcpt: str
    when: str
    rlang: Lang
    inv: str
    note: str | None = None
    queued_minutes: int = 3

    @property
    def sent(self) -> datetime:
        """Return the Date of the report."""
        return parse_when(self.when)


# ------------------------------------------------------------------------------------------
# Small helpers: dates, hashes, money
# ------------------------------------------------------------------------------------------


def parse_when(text: str) -> datetime:
    """Parse a spec time such as '2026-12-15 09:12 +0100'."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def digest(*, key: str, salt: str) -> bytes:
    """Return a stable hash of a message key, so ids and boundaries never change."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def token(*, key: str, salt: str, size: int) -> str:
    """Return `size` upper-case base32 characters derived from the key."""
    return base64.b32encode(digest(key=key, salt=salt)).decode().rstrip("=")[:size]


def hex_token(*, key: str, salt: str, size: int) -> str:
    """Return `size` hexadecimal characters derived from the key."""
    return digest(key=key, salt=salt).hex()[:size]


INVOICE_FIRST: Final = 4700
INVOICE_SPAN: Final = 690


@cache
def invoice_plan() -> dict[str, str]:
    """Give every reply without a named invoice its own number, unused anywhere else."""
    taken = {bounce.inv for bounce, _ in BOUNCES}
    for reply in REPLIES:
        taken |= {reply.inv} if reply.inv else set()
        taken |= set(reply.facts.refs)
    plan: dict[str, str] = {}
    for reply in sorted(REPLIES, key=lambda item: item.key):
        number = int.from_bytes(digest(key=reply.key, salt="inv")[:4], "big") % INVOICE_SPAN
        while f"OV-26-{INVOICE_FIRST + number:05d}" in taken:
            number = (number + 1) % INVOICE_SPAN
        plan[reply.key] = f"OV-26-{INVOICE_FIRST + number:05d}"
        taken.add(plan[reply.key])
    return plan


def default_invoice(key: str) -> str:
    """Return the invoice number of a reply whose text does not name one."""
    return invoice_plan()[key]


def default_amount(key: str) -> str:
    """Return an invoice amount for a reply whose text does not give one."""
    cents = 18000 + int.from_bytes(digest(key=key, salt="amt")[:4], "big") % 260000
    return f"{Decimal(cents) / 100:.2f}"


def money(*, amount: str, currency: Currency, lang: Lang) -> str:
    """Format an amount the way the reminder shows it in each language."""
    whole, cents = f"{Decimal(amount):,.2f}".split(".")
    symbol = {"EUR": "€", "GBP": "£"}[currency]
    if lang == "en":
        return f"{symbol}{whole}.{cents}"
    if lang == "fr":
        return f"{whole.replace(',', ' ')},{cents} {symbol}"
    dotted = whole.replace(",", ".")
    if lang in {"de", "es"}:
        return f"{dotted},{cents} {symbol}"
    return f"{symbol} {dotted},{cents}"


def working_days_before(moment: datetime, *, days: int) -> datetime:
    """Step back `days` working days (weekends and 25 Dec and 1 Jan are skipped)."""
    current = moment
    for _ in range(days):
        current -= timedelta(days=1)
        while current.weekday() >= SATURDAY or (current.month, current.day) in {(12, 25), (1, 1)}:
            current -= timedelta(days=1)
    return current


def reminder_time(*, key: str, reply: datetime, days: int) -> datetime:
    """Return when the answered reminder went out, in the replying client's time zone."""
    if days == 0:
        return reply - timedelta(minutes=2 + digest(key=key, salt="min")[0] % 5)
    day = working_days_before(reply, days=days)
    minute = 30 + digest(key=key, salt="min")[0] % 25
    return day.replace(hour=8, minute=minute, second=digest(key=key, salt="sec")[0] % 60)


# ------------------------------------------------------------------------------------------
# Locale tables for the reminder and for the clients' quoting
# ------------------------------------------------------------------------------------------

WEEKDAYS: Final[dict[Lang, tuple[str, str]]] = {
    "en": (
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
MONTHS: Final[dict[Lang, tuple[str, str]]] = {
    "en": (
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


def date_fields(*, lang: Lang, moment: datetime) -> dict[str, str]:
    """Return the pieces the date templates below use."""
    weekday, month = moment.weekday(), moment.month - 1
    offset = moment.utcoffset() or timedelta(0)
    hours = int(offset.total_seconds()) // 3600
    return {
        "wdl": WEEKDAYS[lang][0].split()[weekday],
        "wd": WEEKDAYS[lang][1].split()[weekday],
        "monl": MONTHS[lang][0].split()[month],
        "mon": MONTHS[lang][1].split()[month],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mm": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "MI": f"{moment.minute:02d}",
        "gmt": f"GMT{hours:+03d}:00",
    }


def stamp(template: str, *, lang: Lang, moment: datetime, **extra: str) -> str:
    """Fill a localised date template."""
    return template.format(**date_fields(lang=lang, moment=moment), **extra)


REMINDER_SUBJECT: Final[dict[Lang, str]] = {
    "en": "Overdue invoice {inv} – Orchard & Vine",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Rappel : facture {inv} arrivée à échéance",
    "es": "Recordatorio de pago – factura {inv}",
    "nl": "Betalingsherinnering – factuur {inv}",
    "it": "Promemoria di pagamento – fattura {inv}",
}
REMINDER_DATE: Final[dict[Lang, str]] = {
    "en": "{dd}/{mm}/{y}",
    "de": "{dd}.{mm}.{y}",
    "fr": "{dd}/{mm}/{y}",
    "es": "{dd}/{mm}/{y}",
    "nl": "{dd}-{mm}-{y}",
    "it": "{dd}/{mm}/{y}",
}
REMINDER_BODY: Final[dict[Lang, str]] = {
    "en": """\
Hello,

This is a reminder that the invoice below is now past its due date:

  Invoice: {inv}
  Invoice date: {issued}
  Due date: {due}
  Amount outstanding: {amount}

If payment is already on its way, thank you – a quick reply with the payment date and reference helps us match it. If anything on the invoice looks wrong, reply to this email and we'll look into it.

Many thanks,
Accounts Receivable
Orchard & Vine – fresh produce and wine for the trade
receivables@orchardandvine.example""",
    "de": """\
Guten Tag,

wir möchten Sie freundlich daran erinnern, dass die folgende Rechnung inzwischen fällig ist:

  Rechnung: {inv}
  Rechnungsdatum: {issued}
  Fällig am: {due}
  Offener Betrag: {amount}

Falls Sie bereits gezahlt haben, vielen Dank – eine kurze Rückmeldung mit Zahlungsdatum und Verwendungszweck hilft uns bei der Zuordnung. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.

Freundliche Grüße
Debitorenbuchhaltung
Orchard & Vine""",
    "fr": """\
Bonjour,

Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :

  Facture : {inv}
  Date de facture : {issued}
  Échéance : {due}
  Montant restant dû : {amount}

Si votre règlement est déjà parti, merci de ne pas tenir compte de ce rappel ; une réponse avec la date et la référence du paiement nous aidera à le rapprocher. En cas de désaccord sur la facture, répondez simplement à ce message.

Bien cordialement,
Service comptabilité clients
Orchard & Vine""",
    "es": """\
Buenos días:

Le recordamos que la siguiente factura ha superado su fecha de vencimiento:

  Factura: {inv}
  Fecha de factura: {issued}
  Vencimiento: {due}
  Importe pendiente: {amount}

Si ya ha realizado el pago, muchas gracias; le agradeceríamos que nos indicara la fecha y la referencia para poder conciliarlo. Si hay algún error en la factura, basta con responder a este correo.

Un saludo,
Departamento de Cobros
Orchard & Vine""",
    "nl": """\
Goedendag,

Wij willen u er vriendelijk aan herinneren dat de onderstaande factuur de vervaldatum heeft overschreden:

  Factuur: {inv}
  Factuurdatum: {issued}
  Vervaldatum: {due}
  Openstaand bedrag: {amount}

Is de betaling al onderweg, dan danken wij u hartelijk; laat u ons de betaaldatum en het kenmerk weten, dan kunnen wij de betaling sneller verwerken. Klopt er iets niet aan de factuur, beantwoord dan gewoon deze e-mail.

Met vriendelijke groet,
Debiteurenbeheer
Orchard & Vine""",
    "it": """\
Buongiorno,

vi ricordiamo che la fattura indicata di seguito risulta scaduta:

  Fattura: {inv}
  Data fattura: {issued}
  Scadenza: {due}
  Importo da saldare: {amount}

Se il pagamento è già stato disposto, vi ringraziamo e vi chiediamo di indicarci data e riferimento del bonifico per facilitarne l'abbinamento. In caso di errori nella fattura, è sufficiente rispondere a questa e-mail.

Cordiali saluti,
Ufficio Crediti
Orchard & Vine""",
}

GMAIL_ATTR: Final[dict[Lang, str]] = {
    "en": "On {wd}, {d} {mon} {y} at {HH}:{MI}, {name} <{addr}> wrote:",
    "de": "Am {wd}, {d}. {mon} {y} um {HH}:{MI} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wd} {d} {mon} {y} à {HH}:{MI}, {name} <{addr}> a écrit :",
    "es": "El {wd}, {d} {mon} {y} a las {H}:{MI}, {name} (<{addr}>) escribió:",
    "nl": "Op {wd} {d} {mon} {y} om {HH}:{MI} schreef {name} <{addr}>:",
    "it": "Il giorno {wd} {d} {mon} {y} alle ore {HH}:{MI} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: Final[dict[Lang, str]] = {
    "en": "On {d} {mon} {y}, at {HH}:{MI}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MI} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mon} {y} à {HH}:{MI}, {name} <{addr}> a écrit :",
    "es": "El {d} {mon} {y}, a las {H}:{MI}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mon} {y} om {HH}:{MI} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mon} {y}, alle ore {HH}:{MI}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR: Final[dict[Lang, str]] = {
    "en": "On {dd}/{mm}/{y} {HH}:{MI}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MI} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MI}, {name} a écrit :",
    "es": "El {d}/{mm}/{yy} a las {H}:{MI}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MI} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {HH}:{MI}, {name} ha scritto:",
}
OUTLOOK_SENT: Final[dict[Lang, str]] = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{MI}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{MI}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{MI}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{MI}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{MI}",
    "it": "{wdl} {d} {monl} {y} {HH}:{MI}",
}
# separator line, then the labels From, Sent, To, Subject, and what follows a label
OUTLOOK_WORDS: Final[dict[Lang, tuple[str, str, str, str, str, str]]] = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
SAMSUNG_WORDS: Final[dict[Lang, tuple[str, str, str, str, str, str, str]]] = {
    "en": (
        "Sent from my Galaxy",
        "-------- Original message --------",
        "From:",
        "Date:",
        "To:",
        "Subject:",
        "{dd}/{mm}/{y} {HH}:{MI} ({gmt})",
    ),
    "de": (
        "Von meinem Galaxy gesendet",
        "-------- Originalnachricht --------",
        "Von:",
        "Datum:",
        "An:",
        "Betreff:",
        "{dd}.{mm}.{yy} {HH}:{MI} ({gmt})",
    ),
    "fr": (
        "Envoyé depuis mon Galaxy",
        "-------- Message d'origine --------",
        "De :",
        "Date :",
        "À :",
        "Objet :",
        "{dd}/{mm}/{y} {HH}:{MI} ({gmt})",
    ),
    "es": (
        "Enviado desde mi Galaxy",
        "-------- Mensaje original --------",
        "De:",
        "Fecha:",
        "Para:",
        "Asunto:",
        "{dd}/{mm}/{yy} {H}:{MI} ({gmt})",
    ),
    "nl": (
        "Verzonden vanaf mijn Galaxy",
        "-------- Oorspronkelijk bericht --------",
        "Van:",
        "Datum:",
        "Aan:",
        "Onderwerp:",
        "{dd}-{mm}-{y} {HH}:{MI} ({gmt})",
    ),
    "it": (
        "Inviato dal mio Galaxy",
        "-------- Messaggio originale --------",
        "Da:",
        "Data:",
        "A:",
        "Oggetto:",
        "{dd}/{mm}/{y} {HH}:{MI} ({gmt})",
    ),
}
IPHONE_SIG: Final[dict[Lang, str]] = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
OUTLOOK_IOS_SIG: Final[dict[Lang, str]] = {
    "en": "Get Outlook for iOS<https://aka.ms/o0ukef>",
    "de": "Outlook für iOS<https://aka.ms/o0ukef> beziehen",
    "fr": "Télécharger Outlook pour iOS<https://aka.ms/o0ukef>",
    "es": "Obtener Outlook para iOS<https://aka.ms/o0ukef>",
    "nl": "Outlook voor iOS<https://aka.ms/o0ukef> downloaden",
    "it": "Scarica Outlook per iOS<https://aka.ms/o0ukef>",
}
OUTLOOK_RE: Final[dict[Lang, str]] = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
AUTO_PREFIX: Final[dict[Lang, str]] = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}
CONTENT_LANGUAGE: Final[dict[Lang, str]] = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
# What a client limited to Latin-1 does to the characters of the quoted reminder.
LATIN1_FALLBACK: Final = {"–": "-", "€": "EUR", "’": "'", "…": "..."}
OUTLOOK_FAMILY: Final = frozenset(
    {"outlook", "outlook_html", "outlook_htmlonly", "owa", "outlook_ios"}
)


# ------------------------------------------------------------------------------------------
# MIME tree and its serialisation
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Leaf:
    """A single body part; `data` is the content before transfer encoding."""

    ctype: str
    params: Params = ()
    cte: Cte | None = None
    data: bytes = b""
    extra: Params = ()


@dataclass(frozen=True, kw_only=True)
class Multi:
    """A multipart body with its own boundary."""

    subtype: str
    boundary: str
    parts: tuple[Leaf | Multi, ...]
    params: Params = ()
    preamble: str = ""


Node = Leaf | Multi


def content_type_value(ctype: str, params: Params) -> str:
    """Return a Content-Type value, folding long parameters onto their own line."""
    value = ctype
    for name, raw in params:
        piece = f'{name}="{raw}"'
        if (
            len(value.rsplit("\n", 1)[-1]) + len(piece) + len("Content-Type: ; ")
            > HEADER_SOFT_LIMIT
        ):
            value += f";\n\t{piece}"
        else:
            value += f"; {piece}"
    return value


def encode_body(data: bytes, cte: Cte | None) -> bytes:
    """Apply the transfer encoding to a part's content."""
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "7bit":
        data.decode("ascii")
    return data if data.endswith(b"\n") else data + b"\n"


def node_headers(node: Node) -> Headers:
    """Return the MIME headers of a part."""
    if isinstance(node, Multi):
        params = (*node.params, ("boundary", node.boundary))
        return [("Content-Type", content_type_value(f"multipart/{node.subtype}", params))]
    headers = [("Content-Type", content_type_value(node.ctype, node.params))]
    if node.cte is not None:
        headers.append(("Content-Transfer-Encoding", node.cte))
    headers.extend(node.extra)
    return headers


def node_body(node: Node) -> bytes:
    """Return the encoded body of a part (for a multipart: all its parts)."""
    if isinstance(node, Leaf):
        return encode_body(node.data, node.cte)
    marker = f"--{node.boundary}".encode()
    out = node.preamble.encode("ascii") + b"\n\n" if node.preamble else b""
    for part in node.parts:
        out += marker + b"\n" + header_block(node_headers(part)) + b"\n" + node_body(part) + b"\n"
    return out + marker + b"--\n"


def header_block(headers: Headers) -> bytes:
    """Serialise header fields; every value must already be ASCII."""
    lines = [f"{name}: {value}\n" for name, value in headers]
    text = "".join(lines)
    if not text.isascii():
        msg = f"non-ASCII header: {text!r}"
        raise CorpusError(msg)
    return text.encode("ascii")


def message_bytes(*, headers: Headers, node: Node, version: str = "1.0") -> bytes:
    """Serialise a whole message: envelope headers, then MIME headers, then the body."""
    mime = [("MIME-Version", version), *node_headers(node)]
    return header_block(headers + mime) + b"\n" + node_body(node)


def text_leaf(*, text: str, subtype: str, charset: str, cte: Cte, flowed: bool = False) -> Leaf:
    """Return a text part; raises if the text does not fit the charset."""
    params: Params = (("charset", charset),)
    if flowed:
        params = (*params, ("format", "flowed"))
    return Leaf(ctype=f"text/{subtype}", params=params, cte=cte, data=text.encode(charset))


def fit_charset(text: str, charset: str) -> str:
    """Return generated text (never hand-written text) as a client limited to `charset` sends it."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        for bad, good in LATIN1_FALLBACK.items():
            text = text.replace(bad, good)
    return text


# ------------------------------------------------------------------------------------------
# Header encodings
# ------------------------------------------------------------------------------------------

Q_SAFE: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def q_encode(raw: bytes) -> str:
    """Encode bytes with the RFC 2047 Q encoding."""
    out = []
    for byte in raw:
        char = chr(byte)
        if char in Q_SAFE:
            out.append(char)
        elif char == " ":
            out.append("_")
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def one_word(chunk: str, *, charset: str, method: Literal["Q", "B"]) -> str:
    """Encode a chunk of text as a single encoded word."""
    raw = chunk.encode(charset)
    inner = q_encode(raw) if method == "Q" else base64.b64encode(raw).decode("ascii")
    return f"=?{charset}?{method}?{inner}?="


def encoded_words(text: str, *, charset: str = "utf-8", method: Literal["Q", "B"] = "Q") -> str:
    """Return header text as RFC 2047 encoded words, folded, unless it is plain ASCII."""
    if text.isascii():
        return text
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    words: list[str] = []
    chunk = ""
    for char in text:
        if len(one_word(chunk + char, charset=charset, method=method)) > ENCODED_WORD_MAX:
            words.append(one_word(chunk, charset=charset, method=method))
            chunk = char
        else:
            chunk += char
    words.append(one_word(chunk, charset=charset, method=method))
    return "\n ".join(words)


def mailbox(name: str, addr: str, *, charset: str = "utf-8") -> str:
    """Return a From/To value with the display name encoded as the client would."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_words(name, charset=charset)} <{addr}>"


# ------------------------------------------------------------------------------------------
# The reminder being answered
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reminder:
    """The overdue reminder a message answers, as the customer's client shows it."""

    lang: Lang
    inv: str
    amount: str
    currency: Currency
    sent: datetime
    to_name: str
    to_addr: str
    msgid: str

    @property
    def subject(self) -> str:
        """Return the reminder's subject line."""
        return REMINDER_SUBJECT[self.lang].format(inv=self.inv)

    @property
    def text(self) -> str:
        """Return the reminder's body text."""
        issued = self.sent.date() - timedelta(days=28)
        due = issued + timedelta(days=14)
        pattern = REMINDER_DATE[self.lang]
        return REMINDER_BODY[self.lang].format(
            inv=self.inv,
            issued=pattern.format(dd=f"{issued.day:02d}", mm=f"{issued.month:02d}", y=issued.year),
            due=pattern.format(dd=f"{due.day:02d}", mm=f"{due.month:02d}", y=due.year),
            amount=money(amount=self.amount, currency=self.currency, lang=self.lang),
        )

    @property
    def to_display(self) -> str:
        """Return the recipient as a client prints it in a quote header."""
        return f"{self.to_name} <{self.to_addr}>" if self.to_name else self.to_addr


def reminder_for(reply: Reply) -> Reminder:
    """Return the reminder a reply answers."""
    key = reply.key
    currency: Currency = reply.currency or ("GBP" if reply.reminder_lang == "en" else "EUR")
    to_addr = reply.orig_to or reply.addr
    return Reminder(
        lang=reply.reminder_lang,
        inv=reply.inv or default_invoice(key),
        amount=reply.amount or default_amount(key),
        currency=currency,
        sent=reminder_time(key=key, reply=reply.sent, days=reply.days_back),
        to_name="" if reply.orig_to else reply.name,
        to_addr=to_addr,
        msgid=f"<{token(key=key, salt='reminder', size=24)}@{AR_DOMAIN}>",
    )


def reminder_for_bounce(bounce: Bounce) -> Reminder:
    """Return the reminder a delivery report is about."""
    return Reminder(
        lang=bounce.rlang,
        inv=bounce.inv,
        amount=default_amount(bounce.key),
        currency="GBP" if bounce.rlang == "en" else "EUR",
        sent=bounce.sent - timedelta(minutes=bounce.queued_minutes),
        to_name="",
        to_addr=bounce.rcpt,
        msgid=f"<{token(key=bounce.key, salt='reminder', size=24)}@{AR_DOMAIN}>",
    )


# ------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Context:
    """A reply together with the reminder it answers."""

    reply: Reply
    reminder: Reminder

    @property
    def loc(self) -> Lang:
        """Return the language of the replying client (the sender's language)."""
        return self.reply.lang

    @property
    def quoted(self) -> str:
        """Return the reminder text as the replying client holds it."""
        return fit_charset(self.reminder.text, self.reply.charset)

    @property
    def quoted_subject(self) -> str:
        """Return the reminder subject as the replying client holds it."""
        return fit_charset(self.reminder.subject, self.reply.charset)

    @property
    def charset(self) -> str:
        """Return the charset name as the client writes it in Content-Type."""
        upper = (
            self.reply.client.startswith(("gmail", "thunderbird")) and self.reply.charset == "utf-8"
        )
        return "UTF-8" if upper else self.reply.charset

    @property
    def cte(self) -> Cte:
        """Return the transfer encoding the client uses for text."""
        return self.reply.cte or DEFAULT_CTE[self.reply.client]

    def stamp(self, template: str, **extra: str) -> str:
        """Fill a date template with the reminder's time in the client's language."""
        return stamp(template, lang=self.loc, moment=self.reminder.sent, **extra)


DEFAULT_CTE: Final[dict[Client, Cte]] = {
    "outlook": "quoted-printable",
    "outlook_html": "quoted-printable",
    "outlook_htmlonly": "quoted-printable",
    "owa": "quoted-printable",
    "outlook_ios": "base64",
    "gmail": "quoted-printable",
    "gmail_plain": "quoted-printable",
    "gmail_inline": "quoted-printable",
    "apple": "quoted-printable",
    "iphone": "quoted-printable",
    "thunderbird": "8bit",
    "thunderbird_inline": "8bit",
    "samsung": "base64",
    "notice": "quoted-printable",
    "notice_html": "quoted-printable",
}


def quote_block(text: str) -> str:
    """Prefix every line with '>' the way plain-text clients quote."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def inline_body(ctx: Context) -> str:
    """Replace each '[[n]]' line of an inline reply by paragraph n of the quoted reminder."""
    paragraphs = ctx.quoted.split("\n\n")
    lines = []
    for line in ctx.reply.body.split("\n"):
        found = re.fullmatch(r"\[\[(\d+)\]\]", line)
        lines.append(quote_block(paragraphs[int(found.group(1))]) if found else line)
    return "\n".join(lines)


def flow_line(line: str) -> list[str]:
    """Wrap one line for format=flowed: soft breaks end in a space (RFC 3676)."""
    if line == "-- ":
        return [line]
    prefix_match = re.match(r">+ ?", line)
    prefix = prefix_match.group(0) if prefix_match else ""
    content = line[len(prefix) :]
    if not prefix and content.startswith((" ", "From ", ">")):
        content = " " + content
    indent = content[: len(content) - len(content.lstrip(" "))]
    width = FLOWED_WIDTH - len(prefix)
    out: list[str] = []
    current = indent
    for word in content[len(indent) :].split(" "):
        if current.strip() and len(current) + 1 + len(word) > width:
            out.append(prefix + current + " ")
            current = word
        else:
            current = f"{current} {word}" if current.strip() else current + word
    out.append(prefix + current)
    return out


def flowed(text: str) -> str:
    """Return text wrapped as Thunderbird sends format=flowed."""
    return "\n".join(piece for line in text.split("\n") for piece in flow_line(line))


def outlook_lines(ctx: Context) -> list[str]:
    """Return Outlook's From/Sent/To/Subject block in the client's language."""
    _, frm, sent, to, subject, sep = OUTLOOK_WORDS[ctx.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{ctx.stamp(OUTLOOK_SENT[ctx.loc])}",
        f"{to}{sep}{ctx.reminder.to_display}",
        f"{subject}{sep}{ctx.quoted_subject}",
    ]


def gmail_attribution(ctx: Context) -> str:
    """Return Gmail's attribution line."""
    return ctx.stamp(GMAIL_ATTR[ctx.loc], name=AR_NAME, addr=AR_ADDR)


def apple_attribution(ctx: Context) -> str:
    """Return the attribution line of Apple Mail and the iPhone."""
    return ctx.stamp(APPLE_ATTR[ctx.loc], name=AR_NAME, addr=AR_ADDR)


def esc(text: str) -> str:
    """Escape text for HTML."""
    return html.escape(text, quote=False)


def html_lines(text: str) -> str:
    """Return text as HTML lines separated by <br>."""
    return "<br>\n".join(esc(line) for line in text.split("\n"))


def alternative(ctx: Context, *, plain: str, markup: str) -> Multi:
    """Return a multipart/alternative with a plain and an HTML version."""
    charset, cte = ctx.charset, ctx.cte
    return Multi(
        subtype="alternative",
        boundary=boundary(ctx.reply, salt="alt"),
        parts=(
            text_leaf(text=plain, subtype="plain", charset=charset, cte=cte),
            text_leaf(text=markup, subtype="html", charset=charset, cte=cte),
        ),
    )


def mso_paragraphs(text: str) -> str:
    """Return text as Word's MsoNormal paragraphs."""
    return "\n".join(
        f'<p class="MsoNormal">{esc(line) if line else "<o:p>&nbsp;</o:p>"}</p>'
        for line in text.split("\n")
    )


def word_html(ctx: Context) -> str:
    """Return the HTML that Outlook desktop (Word) writes for a reply."""
    words = OUTLOOK_WORDS[ctx.loc]
    rows = zip(words[1:5], outlook_lines(ctx), strict=True)
    head = "<br>\n".join(
        f"<b>{esc(label + words[5].rstrip())}</b> {esc(line.split(words[5], 1)[1])}"
        for label, line in rows
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={ctx.reply.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\t"
        'font-family:"Aptos",sans-serif;}\nspan.EmailStyle19\n\t{mso-style-type:personal-reply;}\n--></style>\n'
        f'</head>\n<body lang="{CONTENT_LANGUAGE[ctx.loc].upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{mso_paragraphs(ctx.reply.body)}\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div id="mail-editor-reference-message-container">\n'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt">{head}<o:p></o:p></p>\n</div>\n'
        f"{mso_paragraphs(ctx.quoted)}\n</div>\n</div>\n</body>\n</html>\n"
    )


def render_outlook(ctx: Context) -> Node:
    """Outlook desktop composing in plain text: the localised 'Original Message' block."""
    block = "\n".join([OUTLOOK_WORDS[ctx.loc][0], *outlook_lines(ctx)])
    text = f"{ctx.reply.body}\n\n{block}\n\n{ctx.quoted}\n"
    return text_leaf(text=text, subtype="plain", charset=ctx.charset, cte=ctx.cte)


def render_outlook_html(ctx: Context) -> Node:
    """Outlook desktop composing in HTML: Word markup with the border-top divider."""
    plain = "\n".join([ctx.reply.body, "", *outlook_lines(ctx), "", ctx.quoted, ""])
    return alternative(ctx, plain=plain, markup=word_html(ctx))


def render_outlook_htmlonly(ctx: Context) -> Node:
    """Outlook HTML without a plain-text alternative."""
    return text_leaf(text=word_html(ctx), subtype="html", charset=ctx.charset, cte=ctx.cte)


def render_owa(ctx: Context) -> Node:
    """Outlook on the web: the divRplyFwdMsg block under an underscore divider."""
    lines = outlook_lines(ctx)
    sep = OUTLOOK_WORDS[ctx.loc][5]
    plain = "\n".join([ctx.reply.body, "", "_" * 32, *lines, "", ctx.quoted, ""])
    head = "<br>\n".join(
        f"<b>{esc(line.split(sep, 1)[0] + sep.rstrip())}</b> {esc(line.split(sep, 1)[1])}"
        for line in lines
    )
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={ctx.reply.charset}">\n'
        '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
        f'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n{html_lines(ctx.reply.body)}</div>\n'
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n<div>{html_lines(ctx.quoted)}</div>\n</body>\n</html>\n"
    )
    return alternative(ctx, plain=plain, markup=markup)


def render_outlook_ios(ctx: Context) -> Node:
    """Outlook for iOS: plain text in base64 with the localised download line."""
    lines = "\n".join(outlook_lines(ctx))
    text = f"{ctx.reply.body}\n\n{OUTLOOK_IOS_SIG[ctx.loc]}\n{'_' * 32}\n{lines}\n\n{ctx.quoted}\n"
    return text_leaf(text=text, subtype="plain", charset=ctx.charset, cte=ctx.cte)


def gmail_divs(text: str) -> str:
    """Return text as Gmail's one-div-per-line HTML."""
    return "".join(
        f"<div>{esc(line)}</div>" if line else "<div><br></div>" for line in text.split("\n")
    )


def gmail_plain_attribution(ctx: Context) -> str:
    """Return Gmail's attribution as its text/plain part breaks it."""
    attr = gmail_attribution(ctx)
    if len(attr) > GMAIL_ATTR_WIDTH:
        cut = attr.index("<") + 1
        attr = attr[:cut] + "\n" + attr[cut:]
    return attr


def render_gmail(ctx: Context) -> Node:
    """Gmail: multipart/alternative with the gmail_quote blockquote."""
    plain = f"{ctx.reply.body}\n\n{gmail_plain_attribution(ctx)}\n\n{quote_block(ctx.quoted)}\n"
    markup = (
        f'<div dir="ltr">{gmail_divs(ctx.reply.body)}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{esc(gmail_attribution(ctx))}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_lines(ctx.quoted)}</blockquote></div>\n"
    )
    return alternative(ctx, plain=plain, markup=markup)


def render_gmail_plain(ctx: Context) -> Node:
    """Gmail in plain-text mode: '>' quoting under the attribution."""
    text = f"{ctx.reply.body}\n\n{gmail_plain_attribution(ctx)}\n\n{quote_block(ctx.quoted)}\n"
    return text_leaf(text=text, subtype="plain", charset=ctx.charset, cte=ctx.cte)


def render_gmail_inline(ctx: Context) -> Node:
    """Gmail plain text, answered inline between quoted paragraphs."""
    text = f"{gmail_plain_attribution(ctx)}\n\n{inline_body(ctx)}\n"
    return text_leaf(text=text, subtype="plain", charset=ctx.charset, cte=ctx.cte)


def render_apple(ctx: Context) -> Node:
    """Apple Mail on a Mac: attribution line, then the quote."""
    text = f"{ctx.reply.body}\n\n{apple_attribution(ctx)}\n\n{quote_block(ctx.quoted)}\n"
    return text_leaf(text=text, subtype="plain", charset=ctx.charset, cte=ctx.cte)


def render_iphone(ctx: Context) -> Node:
    """IPhone Mail: localised signature, attribution inside the quote."""
    quoted = quote_block(f"{apple_attribution(ctx)}\n\n{ctx.quoted}")
    text = f"{ctx.reply.body}\n\n{IPHONE_SIG[ctx.loc]}\n\n{quoted}\n"
    return text_leaf(text=text, subtype="plain", charset=ctx.charset, cte=ctx.cte)


def thunderbird_text(ctx: Context, below: str) -> Node:
    """Return Thunderbird's part: format=flowed when it writes UTF-8."""
    is_utf8 = ctx.reply.charset == "utf-8"
    text = flowed(below) if is_utf8 else below
    return text_leaf(
        text=text + "\n", subtype="plain", charset=ctx.charset, cte=ctx.cte, flowed=is_utf8
    )


def render_thunderbird(ctx: Context) -> Node:
    """Thunderbird: attribution directly above the '>' quote."""
    attr = ctx.stamp(THUNDERBIRD_ATTR[ctx.loc], name=AR_NAME)
    return thunderbird_text(ctx, f"{ctx.reply.body}\n\n{attr}\n{quote_block(ctx.quoted)}")


def render_thunderbird_inline(ctx: Context) -> Node:
    """Thunderbird, answered inline."""
    attr = ctx.stamp(THUNDERBIRD_ATTR[ctx.loc], name=AR_NAME)
    return thunderbird_text(ctx, f"{attr}\n{inline_body(ctx)}")


def render_samsung(ctx: Context) -> Node:
    """Samsung Email: localised signature and 'Original message' header lines."""
    sig, sep, frm, when, to, subject, pattern = SAMSUNG_WORDS[ctx.loc]
    lines = [
        sep,
        f"{frm} {AR_NAME} <{AR_ADDR}> ",
        f"{when} {ctx.stamp(pattern)} ",
        f"{to} {ctx.reminder.to_addr} ",
        f"{subject} {ctx.quoted_subject} ",
    ]
    text = f"{ctx.reply.body}\n\n\n{sig}\n\n\n" + "\n".join(lines) + f"\n\n{ctx.quoted}\n"
    return text_leaf(text=text, subtype="plain", charset=ctx.charset, cte=ctx.cte)


def render_notice(ctx: Context) -> Node:
    """An automatic notice or a system message: the text alone, nothing quoted."""
    return text_leaf(text=ctx.reply.body + "\n", subtype="plain", charset=ctx.charset, cte=ctx.cte)


def render_notice_html(ctx: Context) -> Node:
    """An HTML-only system message."""
    paragraphs = "\n".join(f"<p>{html_lines(p)}</p>" for p in ctx.reply.body.split("\n\n"))
    markup = (
        f'<!DOCTYPE html>\n<html><head><meta charset="{ctx.reply.charset}"></head>\n'
        f'<body style="font-family: Arial, sans-serif; font-size: 14px;">\n{paragraphs}\n</body></html>\n'
    )
    return text_leaf(text=markup, subtype="html", charset=ctx.charset, cte=ctx.cte)


RENDERERS: Final[dict[Client, Callable[[Context], Node]]] = {
    "outlook": render_outlook,
    "outlook_html": render_outlook_html,
    "outlook_htmlonly": render_outlook_htmlonly,
    "owa": render_owa,
    "outlook_ios": render_outlook_ios,
    "gmail": render_gmail,
    "gmail_plain": render_gmail_plain,
    "gmail_inline": render_gmail_inline,
    "apple": render_apple,
    "iphone": render_iphone,
    "thunderbird": render_thunderbird,
    "thunderbird_inline": render_thunderbird_inline,
    "samsung": render_samsung,
    "notice": render_notice,
    "notice_html": render_notice_html,
}


# ------------------------------------------------------------------------------------------
# Reply headers, ids and boundaries
# ------------------------------------------------------------------------------------------

OUTLOOK_HOSTS: Final = (
    "AM9PR02MB",
    "DB9PR03MB",
    "PA4PR06MB",
    "AS8PR01MB",
    "DU0PR08MB",
    "VI1PR04MB",
)


def outlook_host(key: str) -> str:
    """Return an Exchange Online mailbox server name derived from the key."""
    raw = digest(key=key, salt="host")
    return f"{OUTLOOK_HOSTS[raw[0] % len(OUTLOOK_HOSTS)]}{1000 + int.from_bytes(raw[1:3], 'big') % 9000}"


def uuid_like(*, key: str, salt: str) -> str:
    """Return an upper-case UUID-shaped token derived from the key."""
    raw = hex_token(key=key, salt=salt, size=32).upper()
    return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"


def reply_msgid(reply: Reply) -> str:
    """Return a Message-ID in the shape the sending client produces."""
    key, domain = reply.key, reply.addr.split("@")[1]
    if reply.client.startswith("gmail"):
        tail = base64.urlsafe_b64encode(digest(key=key, salt="gm")).decode().rstrip("=")
        return f"<CA{tail[:2]}+{tail[2:40]}@mail.gmail.com>"
    if reply.client in OUTLOOK_FAMILY:
        host = outlook_host(key)
        return f"<{host}{hex_token(key=key, salt='ms', size=24).upper()}@{host}.eurprd02.prod.outlook.com>"
    if reply.client in {"apple", "iphone"}:
        return f"<{uuid_like(key=key, salt='apple')}@{domain}>"
    if reply.client.startswith("thunderbird"):
        return f"<{uuid_like(key=key, salt='tb').lower()}@{domain}>"
    if reply.client == "samsung":
        return f"<{hex_token(key=key, salt='sam', size=20)}.{digest(key=key, salt='n')[0]}@email.android.com>"
    return f"<{token(key=key, salt='notice', size=26).lower()}@{domain}>"


def boundary(reply: Reply, *, salt: str) -> str:
    """Return a fixed multipart boundary in the sending client's style."""
    key = reply.key
    if reply.client.startswith("gmail"):
        return "000000000000" + hex_token(key=key, salt=salt, size=12)
    if reply.client in OUTLOOK_FAMILY:
        return f"_00{'4' if salt == 'mixed' else '0'}_{outlook_host(key)}{hex_token(key=key, salt=salt, size=16).upper()}eurp_"
    if reply.client == "apple":
        return f"Apple-Mail=_{uuid_like(key=key, salt=salt)}"
    if reply.client.startswith("thunderbird"):
        return "------------" + token(key=key, salt=salt, size=24)
    return f"----=_Part_{int.from_bytes(digest(key=key, salt=salt)[:4], 'big')}"


def header_style(reply: Reply) -> tuple[str, Literal["Q", "B"]]:
    """Return the charset and RFC 2047 method the client uses for headers."""
    if reply.client.startswith("gmail") or reply.client == "samsung":
        return "UTF-8", "B"
    if reply.client in {"apple", "iphone"} or reply.client.startswith("thunderbird"):
        return "UTF-8", "Q"
    return reply.charset, "Q"


def reply_subject(ctx: Context) -> str:
    """Return the Subject the client writes."""
    reply = ctx.reply
    prefix = OUTLOOK_RE[ctx.loc] if reply.client in OUTLOOK_FAMILY else "Re: "
    subject = prefix + ctx.reminder.subject
    if reply.subject is not None:
        subject = reply.subject.format(re=subject, s=ctx.reminder.subject)
    return subject


def client_headers(ctx: Context) -> Headers:
    """Return the headers that identify the sending client."""
    reply = ctx.reply
    charset, method = header_style(reply)
    if reply.client in OUTLOOK_FAMILY:
        index = base64.b64encode(digest(key=reply.key, salt="thread")[:22]).decode()
        return [
            ("Thread-Topic", encoded_words(ctx.reminder.subject, charset=charset, method=method)),
            ("Thread-Index", index),
            ("Accept-Language", f"{CONTENT_LANGUAGE[ctx.loc]}, en-US"),
            ("Content-Language", CONTENT_LANGUAGE[ctx.loc]),
            ("X-MS-Has-Attach", "yes" if reply.attach else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    extra: dict[str, Headers] = {
        "apple": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
        "iphone": [("X-Mailer", "iPhone Mail (22C161)")],
        "thunderbird": [
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", CONTENT_LANGUAGE[ctx.loc]),
        ],
        "thunderbird_inline": [
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", CONTENT_LANGUAGE[ctx.loc]),
        ],
    }
    return extra.get(reply.client, [])


MIME_VERSION: Final[dict[str, str]] = {
    "apple": "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))",
    "iphone": "1.0 (1.0)",
}


def reply_headers(ctx: Context) -> Headers:
    """Return the envelope headers of a reply, in the order clients write them."""
    reply = ctx.reply
    charset, method = header_style(reply)
    headers: Headers = [
        ("From", mailbox(reply.name, reply.addr, charset=charset)),
        ("To", mailbox(AR_NAME, AR_ADDR)),
    ]
    if reply.cc:
        headers.append(("Cc", reply.cc))
    headers += [
        ("Subject", encoded_words(reply_subject(ctx), charset=charset, method=method)),
        ("Date", format_datetime(reply.sent)),
        ("Message-ID", reply_msgid(reply)),
    ]
    if reply.threaded:
        headers += [("In-Reply-To", ctx.reminder.msgid), ("References", ctx.reminder.msgid)]
    return headers + client_headers(ctx) + list(reply.headers)


def fake_pdf(key: str) -> bytes:
    """Return a tiny, fixed PDF standing in for a payment proof."""
    ident = hex_token(key=key, salt="pdf", size=16)
    return (
        b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
        b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
        b"trailer <</Root 1 0 R /ID [<" + ident.encode() + b">]>>\n%%EOF\n"
    )


def with_attachment(ctx: Context, body: Node) -> Node:
    """Wrap the body with a PDF attachment when the reply carries one."""
    name = ctx.reply.attach
    if name is None:
        return body
    pdf = Leaf(
        ctype="application/pdf",
        params=(("name", name),),
        cte="base64",
        data=fake_pdf(ctx.reply.key),
        extra=(("Content-Disposition", f'attachment; filename="{name}"'),),
    )
    return Multi(subtype="mixed", boundary=boundary(ctx.reply, salt="mixed"), parts=(body, pdf))


def build_reply(reply: Reply) -> bytes:
    """Return the finished RFC 5322 bytes of a reply."""
    ctx = Context(reply=reply, reminder=reminder_for(reply))
    node = with_attachment(ctx, RENDERERS[reply.client](ctx))
    return message_bytes(
        headers=reply_headers(ctx), node=node, version=MIME_VERSION.get(reply.client, "1.0")
    )


# ------------------------------------------------------------------------------------------
# The hand-written replies
# ------------------------------------------------------------------------------------------

AUTO_REPLIED: Final[Params] = (("Auto-Submitted", "auto-replied"),)
AUTO_GENERATED: Final[Params] = (("Auto-Submitted", "auto-generated"),)
OOF: Final[Params] = (("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"))

PAYMENT_SENT: Final[tuple[Reply, ...]] = (
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        name="Danny Okafor",
        addr="danny@theforgekitchen.example",
        when="2026-12-15 07:48 +0000",
        client="iphone",
        inv="OV-26-04852",
        body="Paid.",
        facts=Facts(note="one-word claim: no date, reference or amount"),
    ),
    Reply(
        key="ps-en-coupa",
        intent="payment_sent",
        lang="en",
        name="Coupa Notifications",
        addr="do_not_reply@harrowgatehotels.coupahost.example",
        when="2026-12-17 06:12 +0000",
        client="notice_html",
        threaded=False,
        subject="Payment Remittance Advice – Harrowgate Hotels Group – PAY-0087731",
        headers=AUTO_GENERATED,
        body="""\
Harrowgate Hotels Group has sent you a payment.

Payment ID: PAY-0087731
Payment date: 17-Dec-2026
Payment method: Wire transfer
Payment amount: 3,412.80 GBP
Supplier: Orchard & Vine Ltd

Invoices included in this payment:
OV-26-04790 – Harrowgate Hotel Leeds – 1,506.40 GBP
OV-26-04817 – Harrowgate Hotel York – 1,906.40 GBP

Funds normally reach the supplier's account within 1–2 business days. Please do not reply to this email. For questions about this payment, contact Harrowgate Hotels Accounts Payable through the Coupa Supplier Portal.

Powered by Coupa""",
        facts=Facts(
            paid="2026-12-17",
            ref="PAY-0087731",
            amount="3412.80",
            currency="GBP",
            refs=("OV-26-04790", "OV-26-04817"),
            note="AP-system payment advice (Coupa) with Auto-Submitted: auto-generated: a payment, not an auto-reply; HTML only",
        ),
    ),
    Reply(
        key="ps-en-ooo-subject",
        intent="payment_sent",
        lang="en",
        name="Owen Gallagher",
        addr="owen@riverbankbrasserie.example",
        when="2026-12-21 10:37 +0000",
        client="outlook_ios",
        inv="OV-26-04822",
        amount="1180.40",
        currency="EUR",
        subject="Out of office until 4 Jan - re your reminder",
        body="""\
Hi,

Technically I'm out of office until the 4th but I saw this on my phone. Aoife ran the supplier payments on Friday before she finished up – €2,046.15 by bank transfer covering 04822 and 04861, reference RBB-1218. Should have landed by now, give it a day if not.

Owen""",
        facts=Facts(
            paid="2026-12-18",
            ref="RBB-1218",
            amount="2046.15",
            currency="EUR",
            refs=("OV-26-04822", "OV-26-04861"),
            note="a person's reply whose subject says 'out of office': not an auto_reply; 'Friday' is the Friday before Mon 21 Dec; one transfer for two invoices",
        ),
    ),
    Reply(
        key="ps-de-sap",
        intent="payment_sent",
        lang="de",
        name="SAP Kreditorenbuchhaltung",
        addr="sap-noreply@hotelgruppe-alpenblick.example",
        when="2026-12-22 05:30 +0100",
        client="notice",
        threaded=False,
        charset="iso-8859-1",
        subject="Zahlungsavis 2000418832 – Orchard & Vine",
        headers=AUTO_GENERATED,
        body="""\
ZAHLUNGSAVIS

Sehr geehrte Damen und Herren,

wir haben folgende Zahlung an Sie veranlasst:

Zahlungsbeleg:      2000418832
Buchungskreis:      AB10  Alpenblick Hotelbetriebs GmbH
Lieferantennummer:  700254
Zahlungsdatum:      22.12.2026
Zahlweg:            SEPA-Überweisung
Betrag:             1.946,20 EUR

Ihre Rechnung       Belegdatum     Betrag       Skonto
OV-26-05102         24.11.2026     1.946,20     0,00

Diese Nachricht wurde maschinell erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
        facts=Facts(
            paid="2026-12-22",
            ref="2000418832",
            amount="1946.20",
            currency="EUR",
            refs=("OV-26-05102",),
            note="SAP payment advice in ISO-8859-1 with Auto-Submitted: auto-generated; the subject's dash is encoded in UTF-8",
        ),
    ),
    Reply(
        key="ps-fr-virement",
        intent="payment_sent",
        lang="fr",
        name="Sandrine Lefèvre",
        addr="s.lefevre@brasserie-lesarcades.example",
        when="2026-12-16 11:02 +0100",
        client="outlook_html",
        charset="windows-1252",
        amount="1318.40",
        body="""\
Bonjour,

Le virement a été passé hier, référence VIR-2612-0457, pour un montant de 1 318,40 €.

Bien cordialement,

Sandrine Lefèvre
Comptabilité – Brasserie Les Arcades
12 place des Arcades – 69002 Lyon""",
        facts=Facts(
            paid="2026-12-15",
            ref="VIR-2612-0457",
            amount="1318.40",
            currency="EUR",
            note="'hier' is the day before Wed 16 Dec",
        ),
    ),
    Reply(
        key="ps-fr-cheque",
        intent="payment_sent",
        lang="fr",
        name="Karim",
        addr="karim.benali@lepetitcomptoir-nantes.example",
        when="2026-12-15 22:41 +0100",
        client="iphone",
        body="""\
bonjour, cest regle depuis le 11, cheque envoye par la poste a votre adresse de Rungis. vous devriez lavoir recu normalement
karim""",
        facts=Facts(
            paid="2026-12-11",
            note="no accents or apostrophes; a cheque already posted is a payment sent; 'le 11' is 11 Dec, in the past",
        ),
    ),
    Reply(
        key="ps-es-justificante",
        intent="payment_sent",
        lang="es",
        name="Lucía Montero",
        addr="lucia.montero.gastro@gmail.com",
        when="2026-12-19 00:20 +0100",
        client="gmail",
        amount="864.30",
        attach="justificante_transferencia.pdf",
        body="""\
Buenas noches:

Os adjunto el justificante. La transferencia salió ayer por la tarde desde el Sabadell, referencia 7781003455, importe 864,30 €.

Un saludo,
Lucía
Taberna La Alacena""",
        facts=Facts(
            paid="2026-12-18",
            ref="7781003455",
            amount="864.30",
            currency="EUR",
            note="sent 20 minutes after midnight Madrid time: 'ayer' is Fri 18 Dec (the UTC date would wrongly give 17 Dec); PDF proof attached",
        ),
    ),
    Reply(
        key="ps-es-rambling",
        intent="payment_sent",
        lang="es",
        name="Ramón Ibarra",
        addr="ramon@asadorbidasoa.example",
        when="2026-12-23 16:15 +0100",
        client="outlook",
        body="""\
Hola, buenas tardes:

Perdonad que conteste tan tarde, pero estas semanas han sido una locura. Entre las comidas de empresa, que este año hemos tenido casi el doble que el pasado, y que el martes se nos estropeó el lavavajillas grande en pleno servicio, no he tenido tiempo ni de mirar el correo. Encima se nos ha ido el segundo de cocina a un restaurante de Donostia y estamos cubriendo turnos como podemos. Por cierto, el género de la última semana muy bien, las alcachofas estupendas; a ver si en enero nos podéis traer también cardo.

Bueno, a lo que iba: lo de la factura ya está. Lo pagó Maite, nuestra gestora, el lunes con la remesa de proveedores. Si no os aparece, decídmelo y le pregunto.

Y felices fiestas a todo el equipo.

Ramón""",
        facts=Facts(
            paid="2026-12-21",
            note="long reply that buries the payment claim; 'el lunes' is the Monday before Wed 23 Dec",
        ),
    ),
    Reply(
        key="ps-nl-gisteren",
        intent="payment_sent",
        lang="nl",
        name="Bram Verhoeven",
        addr="bram@eetcafedeploeg.example",
        when="2026-12-29 09:14 +0100",
        client="iphone",
        amount="742.15",
        body="""\
Is gisteren overgemaakt, € 742,15, kenmerk 2026-1117.

Groet, Bram""",
        facts=Facts(paid="2026-12-28", ref="2026-1117", amount="742.15", currency="EUR"),
    ),
    Reply(
        key="ps-nl-vrijdag",
        intent="payment_sent",
        lang="nl",
        name="Marloes Kuipers",
        addr="m.kuipers@bistrohetveerhuis.example",
        when="2027-01-11 08:52 +0100",
        client="gmail_plain",
        body="""\
Staat al sinds vrijdag op jullie rekening. Kijk eerst even goed in je eigen administratie voordat je weer een herinnering stuurt.

Marloes Kuipers
Bistro Het Veerhuis""",
        facts=Facts(
            paid="2027-01-08", note="irritated; 'sinds vrijdag' is the Friday before Mon 11 Jan"
        ),
    ),
    Reply(
        key="ps-it-cro",
        intent="payment_sent",
        lang="it",
        name="Hotel Miramonti – Amministrazione",
        addr="amministrazione@hotelmiramonti-cortina.example",
        when="2027-01-07 10:22 +0100",
        client="outlook",
        inv="OV-26-05188",
        amount="2150.00",
        body="""\
Buongiorno,

vi informiamo che in data odierna è stato disposto il bonifico a saldo della fattura OV-26-05188, importo € 2.150,00, CRO 0306 9483 2210 1187.

Distinti saluti

Francesca Zanetti
Ufficio Amministrazione
Hotel Miramonti ★★★★
Via Roma 18 – 32043 Cortina d'Ampezzo (BL)""",
        facts=Facts(
            paid="2027-01-07",
            ref="0306 9483 2210 1187",
            amount="2150.00",
            currency="EUR",
            refs=("OV-26-05188",),
            note="transfer ordered today ('in data odierna'): sent, out of the customer's hands",
        ),
    ),
    Reply(
        key="ps-it-pos",
        intent="payment_sent",
        lang="it",
        name="Salumeria Bertoli",
        addr="info@salumeriabertoli.example",
        when="2026-12-14 18:05 +0100",
        client="samsung",
        body="""\
Buonasera, guardi che abbiamo pagato con il POS al vostro autista giovedì quando ha scaricato, lo scontrino ce l'ha lui e una copia noi. Se volete ve la fotografo.
Saluti, Paolo Bertoli""",
        facts=Facts(
            paid="2026-12-10",
            note="card payment to the driver on delivery; 'giovedì' is the Thursday before Mon 14 Dec",
        ),
    ),
)

PROMISE_TO_PAY: Final[tuple[Reply, ...]] = (
    Reply(
        key="ptp-en-cheque-run",
        intent="promise_to_pay",
        lang="en",
        name="Niamh Kelleher",
        addr="accounts@seafieldhotelkinsale.example",
        when="2026-12-15 14:06 +0000",
        client="outlook_html",
        currency="EUR",
        body="""\
Hi there,

Apologies for the delay on this one. It's been approved and will go out on Friday's cheque run.

Kind regards,
Niamh Kelleher
Accounts Assistant
Seafield Hotel, Kinsale

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Seafield Hotel Ltd accepts no liability for any damage caused by viruses transmitted by this email.""",
        facts=Facts(
            promised="2026-12-18",
            note="'approved' is past, the payment is Friday's cheque run (18 Dec); legal disclaimer below the signature",
        ),
    ),
    Reply(
        key="ptp-en-scheduled",
        intent="promise_to_pay",
        lang="en",
        name="Harriet Shaw",
        addr="harriet@shawandsonsdeli.example",
        when="2026-12-21 12:40 +0000",
        client="gmail",
        amount="1120.00",
        body="""\
Hi,

I've set up the transfer for the 4th of January – first working day after we reopen. It's the full £1,120.00, so that clears us.

Thanks for your patience,
Harriet
Shaw & Sons Delicatessen""",
        facts=Facts(
            promised="2027-01-04",
            amount="1120.00",
            currency="GBP",
            note="'I've set up' is past tense but the transfer is dated 4 Jan: a promise, not a payment sent",
        ),
    ),
    Reply(
        key="ptp-en-next-friday",
        intent="promise_to_pay",
        lang="en",
        name="Marco Rinaldi",
        addr="marco@lagrottabrighton.example",
        when="2027-01-08 16:55 +0000",
        client="iphone",
        body="Sorry mate, can't today, the boss only signs cheques on a Friday and he's already gone home. Next Friday without fail.",
        facts=Facts(
            promised="2027-01-15", note="written on Friday 8 Jan, so 'next Friday' is 15 Jan"
        ),
    ),
    Reply(
        key="ptp-de-kw2",
        intent="promise_to_pay",
        lang="de",
        name="Buchhaltung Landgasthof Sonne",
        addr="buchhaltung@landgasthof-sonne.example",
        when="2026-12-21 09:40 +0100",
        client="outlook",
        charset="windows-1252",
        inv="OV-26-05077",
        body="""\
Sehr geehrte Damen und Herren,

die Rechnung OV-26-05077 ist freigegeben und für den Zahlungslauf in KW 2 eingeplant.

Mit freundlichen Grüßen
i. A. Petra Hollmann

Landgasthof Sonne GmbH & Co. KG · Hauptstraße 14 · 79856 Hinterzarten
Geschäftsführer: Klaus Berger · Amtsgericht Freiburg HRA 701234""",
        facts=Facts(
            promised="2027-01-11",
            refs=("OV-26-05077",),
            note="'KW 2' is ISO week 2 of 2027 (11–17 Jan); a week without a day resolves to its Monday, as 'next week' does; 'freigegeben' and 'eingeplant' are past participles for a future payment",
        ),
    ),
    Reply(
        key="ptp-de-am-15",
        intent="promise_to_pay",
        lang="de",
        name="Jörg Matthes",
        addr="j.matthes@weinbar-rebstock.example",
        when="2026-12-16 17:20 +0100",
        client="thunderbird",
        body="""\
Hallo,

wir überweisen immer gesammelt am 15. – gestern war's leider zu knapp, weil die Rechnung erst nach dem Zahlungslauf freigegeben wurde. Jetzt ist sie drin und geht am 15. raus.

Gruß
Jörg Matthes
Weinbar Rebstock""",
        facts=Facts(
            promised="2027-01-15",
            note="written on 16 Dec, the day after a run: 'am 15.' is the next 15th, 15 Jan",
        ),
    ),
    Reply(
        key="ptp-fr-fin-de-mois",
        intent="promise_to_pay",
        lang="fr",
        name="Hélène Garnier",
        addr="helene.garnier@traiteur-garnier.example",
        when="2027-01-05 10:10 +0100",
        client="gmail",
        body="""\
Bonjour,

Meilleurs vœux pour 2027 !

Comme d'habitude, nous réglons nos fournisseurs en fin de mois : votre facture partira avec les paiements de fin janvier. Désolée pour le retard, décembre a été très chargé avec les mariages et les réveillons.

Hélène Garnier
Garnier Traiteur – Réceptions & Événements""",
        facts=Facts(
            promised="2027-01-31", note="'fin de mois' / 'fin janvier' → the last day of January"
        ),
    ),
    Reply(
        key="ptp-es-canarias",
        intent="promise_to_pay",
        lang="es",
        name="Yeray Santana",
        addr="yeray@guachinchelaera.example",
        when="2026-12-14 23:40 +0000",
        client="gmail_plain",
        body="""\
Buenas, mañana a primera hora te hago la transferencia, que hoy el banco ya no me deja. Perdona el lío.

Yeray""",
        facts=Facts(
            promised="2026-12-15",
            note="Canary Islands time (+0000): 'mañana' is 15 Dec; read in Madrid time it would be the 16th",
        ),
    ),
    Reply(
        key="ptp-es-viernes-8",
        intent="promise_to_pay",
        lang="es",
        name="Marta Galindo",
        addr="administracion@hotelcostadelsol-nerja.example",
        when="2026-12-30 12:02 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="OV-26-05219",
        body="""\
Buenos días:

Disculpen el retraso. La factura OV-26-05219 se abonará el viernes 8 sin falta, junto con el resto de proveedores de diciembre.

Atentamente,

Marta Galindo
Dpto. de Administración
Hotel Costa del Sol Nerja

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que lo comunique inmediatamente por esta misma vía y proceda a su destrucción.""",
        facts=Facts(
            promised="2027-01-08", refs=("OV-26-05219",), note="'el viernes 8' is Fri 8 Jan 2027"
        ),
    ),
    Reply(
        key="ptp-nl-volgende-week",
        intent="promise_to_pay",
        lang="nl",
        name="Joost van Dam",
        addr="joost@brasseriedewindhoek.example",
        when="2026-12-17 15:31 +0100",
        client="outlook",
        body="""\
Hoi,

Wordt volgende week overgemaakt. We hebben deze maand een paar grote feesten gehad die zelf nog niet betaald zijn, maar dit schuift niet verder op.

Gr. Joost""",
        facts=Facts(promised="2026-12-21", note="'volgende week' → Monday of next week"),
    ),
    Reply(
        key="ptp-nl-begin-januari",
        intent="promise_to_pay",
        lang="nl",
        name="Femke de Ridder",
        addr="femke@dekaasboerderij-deli.example",
        when="2026-12-22 19:05 +0100",
        client="apple",
        body="""\
Dag,

Begin januari maak ik het over, eerder lukt echt niet met de feestdagen ertussen. Excuses.

Femke de Ridder
De Kaasboerderij – delicatessen""",
        facts=Facts(note="'begin januari' cannot be pinned to a day: no date"),
    ),
    Reply(
        key="ptp-it-distinta",
        intent="promise_to_pay",
        lang="it",
        name="Silvia Marchetti",
        addr="s.marchetti@ristorantealporto-genova.example",
        when="2027-01-12 11:47 +0100",
        client="outlook_html",
        charset="windows-1252",
        body="""\
Buongiorno,

la fattura è già in distinta per il pagamento di venerdì. Mi scuso per il ritardo, ma l'ufficio è rimasto chiuso per le feste.

Cordiali saluti
Silvia Marchetti
Ristorante Al Porto – Genova""",
        facts=Facts(
            promised="2027-01-15",
            note="'è già in distinta' sounds done, but the payment run is Friday 15 Jan",
        ),
    ),
    Reply(
        key="ptp-it-31-dicembre",
        intent="promise_to_pay",
        lang="it",
        name="Davide Russo",
        addr="davide.russo.enoteca@gmail.com",
        when="2026-12-18 13:14 +0100",
        client="gmail",
        body="""\
Ciao,

la pago il 31 dicembre con la chiusura dei conti dell'anno, così rientra nel 2026. Va bene?

Davide – Enoteca Russo""",
        facts=Facts(promised="2026-12-31", note="a commitment despite the closing 'Va bene?'"),
    ),
)

DISPUTE: Final[tuple[Reply, ...]] = (
    Reply(
        key="dis-en-not-arrived",
        intent="dispute",
        lang="en",
        name="Gareth Price",
        addr="gareth.price@thecastlearmsinn.example",
        when="2026-12-16 10:05 +0000",
        client="outlook_html",
        inv="OV-26-05133",
        body="""\
Hello,

We have NOT paid this and we won't be paying it, because the goods never arrived. The delivery for OV-26-05133 was due on Thursday 12 November; your driver rang to say the van had broken down and nobody has been in touch since. We ended up buying veg from the cash and carry to get through service.

Please cancel the invoice or issue a credit note.

Gareth Price
General Manager
The Castle Arms Inn""",
        facts=Facts(
            refs=("OV-26-05133",), note="negated payment with its reason: the goods never arrived"
        ),
    ),
    Reply(
        key="dis-en-hospital",
        intent="dispute",
        lang="en",
        name="Pauline Hargreaves",
        addr="catering.finance@staldhelms-hospital.example",
        when="2026-12-17 13:22 +0000",
        client="outlook",
        inv="OV-26-04998",
        body="""\
Good afternoon,

Invoice OV-26-04998 charges us for 40 cases of Braeburn apples. Our order (PO 4500183320) was for 14 cases, and 14 is what the goods-in team signed for. It looks like a keying error.

Please send a corrected invoice for the 14 cases. We'll pay it as soon as it comes through; until then the invoice is on hold in our system.

Regards

Pauline Hargreaves
Catering Finance Officer
St Aldhelm's Hospital – Facilities Directorate

--
This message may contain confidential information. If you are not the intended recipient, please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in reliance on its contents.""",
        facts=Facts(
            refs=("OV-26-04998",),
            note="hospital kitchen, quantity billed wrong; the corrected-invoice request and the payment after it are secondary",
        ),
    ),
    Reply(
        key="dis-en-rioja",
        intent="dispute",
        lang="en",
        name="Tomasz Nowak",
        addr="tomasz@corkandcrumb.example",
        when="2027-01-06 17:48 +0000",
        client="gmail_inline",
        body="""\
[[2]]

The Rioja Reserva on this is charged at £14.20 a bottle. Our agreed list price since September is £11.80 – it's in Jess's email of 12 September if you want to check. 36 bottles, so that's £86.40 too much.

[[3]]

Well, it does. Two bottles of the Chablis were also corked; they're in the cellar waiting for your rep to collect.

Happy to pay once we have a credit note for both. Not before.

Tomasz
Cork & Crumb Wine Bar""",
        facts=Facts(
            note="inline reply: price disagreement plus faulty bottles; payment only after a credit note"
        ),
    ),
    Reply(
        key="dis-de-gutschrift",
        intent="dispute",
        lang="de",
        name="Sabine Krüger",
        addr="s.krueger@hotel-zur-post-celle.example",
        when="2026-12-18 09:12 +0100",
        client="outlook",
        charset="windows-1252",
        inv="OV-26-04933",
        body="""\
Guten Morgen,

die Rechnung OV-26-04933 ist bereits durch Ihre Gutschrift GS-26-0188 vom 02.12.2026 ausgeglichen – die Gutschrift haben Sie uns selbst am selben Tag per Mail geschickt. Bitte buchen Sie das bei sich entsprechend aus und stellen Sie das Mahnverfahren ein.

Mit freundlichen Grüßen

Sabine Krüger
Buchhaltung
Hotel Zur Post · Celle""",
        facts=Facts(
            refs=("OV-26-04933",),
            note="already settled by a credit note: contests the balance, so dispute, not a payment claim",
        ),
    ),
    Reply(
        key="dis-de-kuehlkette",
        intent="dispute",
        lang="de",
        name="Matthias Brandl",
        addr="kueche@seeblick-konstanz.example",
        when="2026-12-17 21:32 +0100",
        client="iphone",
        inv="OV-26-05011",
        body="""\
Hallo,

der Salat aus der Lieferung vom 17.11. war komplett durchgefroren, ist dem Fahrer sogar noch selbst aufgefallen. 6 Kisten Lollo und Feldsalat in die Tonne. Die Rechnung OV-26-05011 zahlen wir erst, wenn die 6 Kisten gutgeschrieben sind.

Matthias Brandl
Küchenchef Hotel Seeblick""",
        facts=Facts(refs=("OV-26-05011",), note="frozen goods; payment withheld until a credit"),
    ),
    Reply(
        key="dis-fr-pas-notre-bc",
        intent="dispute",
        lang="fr",
        name="Nathalie Perrin",
        addr="achats@groupe-azur-hotels.example",
        when="2026-12-14 15:40 +0100",
        client="outlook_html",
        charset="windows-1252",
        rlang="en",
        body="""\
Bonjour,

Cette facture ne correspond à aucune de nos commandes. Le bon de commande BC-4471 indiqué dessus concerne une livraison de légumes du 20 novembre, qui a été facturée et réglée séparément. Nous n'avons jamais commandé les 24 bouteilles de champagne qui figurent ici.

Merci de vérifier de votre côté et d'annuler la facture.

Cordialement,

Nathalie Perrin
Service Achats
Groupe Hôtelier Azur – Nice""",
        facts=Facts(
            note="not our order: the PO quoted belongs to another delivery, already paid; French reply to an English reminder"
        ),
    ),
    Reply(
        key="dis-fr-avoir",
        intent="dispute",
        lang="fr",
        name="Olivier Marchand",
        addr="olivier@lecaveaudesvignerons.example",
        when="2026-12-22 18:03 +0100",
        client="thunderbird",
        body="""\
Bonsoir,

Nous réglerons cette facture dès que vous nous aurez fait l'avoir pour les douze bouteilles de Crozes-Hermitage arrivées cassées le 20 novembre. Votre livreur a signé la réserve sur le bon de livraison, je peux vous en envoyer une photo.

Olivier Marchand
Le Caveau des Vignerons""",
        facts=Facts(
            note="payment conditional on a credit note for broken bottles: dispute, not promise_to_pay"
        ),
    ),
    Reply(
        key="dis-es-portes",
        intent="dispute",
        lang="es",
        name="Iñaki Etxeberria",
        addr="inaki@bodegaetxeberria.example",
        when="2027-01-12 12:30 +0100",
        client="gmail",
        inv="OV-26-05266",
        body="""\
Hola:

En la factura OV-26-05266 nos habéis cobrado 35 € de portes y el pedido pasaba de 400 €, así que según vuestras condiciones el transporte es gratis. Hasta que no nos mandéis la factura corregida no la vamos a pagar.

Saludos,
Iñaki""",
        facts=Facts(
            refs=("OV-26-05266",),
            note="contests a delivery charge: 'we won't pay until it is corrected'",
        ),
    ),
    Reply(
        key="dis-nl-witlof",
        intent="dispute",
        lang="nl",
        name="Hans Verbeek",
        addr="hans@restaurantdeoudemolen.example",
        when="2027-01-04 10:15 +0100",
        client="outlook",
        charset="windows-1252",
        body="""\
Voor de DERDE keer: deze factuur klopt niet. Jullie rekenen €4,10 per kilo witlof terwijl we met Ruud €3,20 hebben afgesproken. 18 kilo, dus €16,20 te veel. Stuur een nieuwe factuur en dan betalen we. Maar stuur niet nog een herinnering voor een bedrag dat niet klopt.

Hans Verbeek""",
        facts=Facts(
            note="third complaint about a price, irritated; payment after a corrected invoice is secondary"
        ),
    ),
    Reply(
        key="dis-nl-dubbel",
        intent="dispute",
        lang="nl",
        name="Ilse Smits",
        addr="administratie@hotelaandeschelde.example",
        when="2026-12-23 14:44 +0100",
        client="gmail",
        inv="OV-26-05301",
        body="""\
Goedemiddag,

OV-26-05300 en OV-26-05301 gaan over dezelfde levering van 20 november (zelfde pakbon, nr. 47331). De eerste hebben we op 11 december betaald, de tweede is dubbel gefactureerd. Graag een creditnota voor 05301.

Met vriendelijke groet,
Ilse Smits
Financiële administratie
Hotel aan de Schelde""",
        facts=Facts(
            refs=("OV-26-05300", "OV-26-05301"),
            note="duplicate billing; the payment mentioned is of the other invoice, so the dispute wins",
        ),
    ),
    Reply(
        key="dis-it-arance",
        intent="dispute",
        lang="it",
        name="Antonio Greco",
        addr="antonio.greco@osteriadelborgo-lecce.example",
        when="2027-01-09 23:10 +0100",
        client="iphone",
        body="""\
Le arance dell'ultima consegna erano quasi tutte ammuffite, ho fatto le foto e le ho mandate martedì al vostro agente Saverio. Finché non ci arriva la nota di credito questa fattura non la paghiamo.

Antonio""",
        facts=Facts(note="spoiled goods; payment withheld until a credit note"),
    ),
    Reply(
        key="dis-it-parziale",
        intent="dispute",
        lang="it",
        name="Elena Fontana",
        addr="contabilita@cateringfontana.example",
        when="2026-12-29 10:30 +0100",
        client="outlook_html",
        inv="OV-26-05233",
        amount="1985.60",
        body="""\
Buongiorno,

della fattura OV-26-05233 abbiamo pagato la parte dei vini, € 1.200,00, con bonifico del 22 dicembre. Le verdure invece no: metà della fornitura per il pranzo aziendale del 27 novembre era da buttare, e lo abbiamo segnalato subito al vostro autista. Restiamo in attesa di una nota di credito per quella parte.

Cordiali saluti

Elena Fontana
Catering Fontana S.r.l.""",
        facts=Facts(
            refs=("OV-26-05233",),
            note="part paid, the rest contested: the dispute wins for the disputed part",
        ),
    ),
)

PAYMENT_PLAN: Final[tuple[Reply, ...]] = (
    Reply(
        key="pp-en-monthly",
        intent="payment_plan",
        lang="en",
        name="Rachel Ainsworth",
        addr="rachel@thelittlepantrycafe.example",
        when="2026-12-17 20:12 +0000",
        client="gmail_plain",
        body="""\
Hi,

I'll be honest with you, December has been dreadful. The council dug up the high street in November and footfall has halved, and we're a small café, there's no cushion. I'm not trying to dodge this. Could we pay £300 a month until it's cleared? I can do the first one on the 31st.

Rachel
The Little Pantry""",
        facts=Facts(
            note="hardship and monthly instalments; the first instalment's date belongs to the plan and is not labelled"
        ),
    ),
    Reply(
        key="pp-en-more-time",
        intent="payment_plan",
        lang="en",
        name="James Whitcombe",
        addr="j.whitcombe@thegranarykitchen.example",
        when="2027-01-11 11:20 +0000",
        client="outlook_html",
        body="""\
Morning,

Would it be possible to have until the end of February on this one? We closed for three weeks over Christmas for the kitchen refit and it's left cash very tight. If that works for you, I'll make sure it's paid in full by then.

Best,
James Whitcombe
Director, The Granary Kitchen Ltd
Registered in England and Wales No. 09876543""",
        facts=Facts(note="asks for more time; the date is part of the request, not a promise"),
    ),
    Reply(
        key="pp-en-settlement",
        intent="payment_plan",
        lang="en",
        name="Colin Mather",
        addr="colin@matherscatering.example",
        when="2026-12-30 09:45 +0000",
        client="thunderbird",
        amount="1050.00",
        body="""\
Hello,

We've had a rough quarter – two wedding cancellations and a corporate client who went under owing us money. I can offer £600 now in full and final settlement of the £1,050 outstanding. I know that's not what you want to hear, but it's what I can realistically do this side of March.

Colin Mather
Mather's Catering""",
        facts=Facts(note="offers a reduced amount in full settlement"),
    ),
    Reply(
        key="pp-de-raten",
        intent="payment_plan",
        lang="de",
        name="Tobias Richter",
        addr="t.richter@gasthaus-zum-hirschen.example",
        when="2026-12-15 16:20 +0100",
        client="outlook_html",
        charset="windows-1252",
        amount="1230.00",
        body="""\
Sehr geehrte Damen und Herren,

leider können wir den offenen Betrag von 1.230,00 € derzeit nicht auf einmal begleichen. Wäre eine Zahlung in drei Raten zu je 410,00 € möglich, jeweils zum Monatsende Januar, Februar und März?

Für Ihr Verständnis bedanke ich mich im Voraus.

Mit freundlichen Grüßen
Tobias Richter
Gasthaus zum Hirschen""",
        facts=Facts(note="three instalments proposed"),
    ),
    Reply(
        key="pp-de-teilzahlung",
        intent="payment_plan",
        lang="de",
        name="Anja Wolff",
        addr="anja@feinkost-wolff.example",
        when="2027-01-14 11:05 +0100",
        client="gmail",
        amount="1370.40",
        body="""\
Hallo,

ich habe heute 500 € überwiesen. Den Rest, also die restlichen 870,40 €, würde ich gern Ende Februar zahlen – das Januargeschäft ist bei uns immer mau. Geht das in Ordnung?

Viele Grüße
Anja Wolff
Feinkost Wolff""",
        facts=Facts(
            note="part paid today, the rest asked for later: payment_plan, not payment_sent"
        ),
    ),
    Reply(
        key="pp-fr-deux-fois",
        intent="payment_plan",
        lang="fr",
        name="Claire Dubois",
        addr="claire.dubois@aubergedulac-annecy.example",
        when="2026-12-28 10:48 +0100",
        client="outlook",
        charset="windows-1252",
        body="""\
Bonjour,

La saison d'hiver a démarré très lentement faute de neige et notre trésorerie est à plat. Serait-il possible de régler cette facture en deux fois, moitié mi-janvier et moitié mi-février ?

Merci de votre compréhension,

Claire Dubois
Auberge du Lac""",
        facts=Facts(note="two instalments"),
    ),
    Reply(
        key="pp-fr-delai",
        intent="payment_plan",
        lang="fr",
        name="Jean-Baptiste Morel",
        addr="jb.morel.traiteur@gmail.com",
        when="2027-01-02 21:17 +0100",
        client="gmail",
        body="""\
Bonsoir,

Je me permets de vous écrire un samedi soir, désolé. Je sais que la facture est en retard, je ne fais pas l'autruche. Pour vous expliquer : en décembre on avait trois gros événements d'entreprise, dont un séminaire de 200 personnes annulé la veille, et le client refuse de payer le solde, on est en litige avec lui. Ajoutez à ça le camion frigorifique qui nous a lâchés le 20 et que j'ai dû louer en urgence.

Bref, je ne peux pas vous payer ce mois-ci. Est-ce que vous pourriez m'accorder un délai supplémentaire de deux mois ? Je préfère être franc plutôt que de vous promettre une date que je ne tiendrai pas.

Bien à vous,
Jean-Baptiste Morel
Morel Traiteur""",
        facts=Facts(
            note="long hardship story; asks for two more months (his own dispute is with his client, not with us)"
        ),
    ),
    Reply(
        key="pp-es-fraccionar",
        intent="payment_plan",
        lang="es",
        name="Pilar Navarro",
        addr="pnavarro@restaurantelaalmadraba.example",
        when="2026-12-18 12:55 +0100",
        client="owa",
        body="""\
Buenos días:

¿Sería posible fraccionar el importe pendiente en tres pagos mensuales? Tras el cierre de noviembre por las obras del paseo marítimo, ahora mismo no podemos asumirlo de una vez.

Quedo a la espera de su respuesta.

Un saludo,

Pilar Navarro
Restaurante La Almadraba""",
        facts=Facts(note="three monthly payments asked"),
    ),
    Reply(
        key="pp-es-lo-que-pueda",
        intent="payment_plan",
        lang="es",
        name="Toni Ruiz",
        addr="toni@barlaesquina-valencia.example",
        when="2027-01-05 13:33 +0100",
        client="iphone",
        body="""\
hola, ahora mismo no llego a todo. te hago 200 € esta semana y el resto cuando pueda, vale? no me cortéis el suministro porfa

toni""",
        facts=Facts(
            note="part this week, the rest open-ended, with a plea to keep deliveries coming"
        ),
    ),
    Reply(
        key="pp-nl-regeling",
        intent="payment_plan",
        lang="nl",
        name="Yvonne Bakker",
        addr="info@lunchroomhetpleintje.example",
        when="2027-01-13 15:26 +0100",
        client="outlook",
        body="""\
Beste,

Ik kan het openstaande bedrag op dit moment niet in één keer betalen. Zou een betalingsregeling van € 250 per maand mogelijk zijn? Ik kan dan eind januari beginnen.

Met vriendelijke groet,
Yvonne Bakker
Lunchroom Het Pleintje""",
        facts=Facts(note="monthly instalments"),
    ),
    Reply(
        key="pp-it-dilazione",
        intent="payment_plan",
        lang="it",
        name="Roberto Esposito",
        addr="amministrazione@hotelbelvedere-sorrento.example",
        when="2026-12-16 10:40 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="OV-26-05144",
        body="""\
Gentili signori,

con riferimento al vostro sollecito, vi chiediamo cortesemente una dilazione di sessanta giorni per il saldo della fattura OV-26-05144. La struttura è chiusa per la pausa invernale fino a marzo e gli incassi riprenderanno solo con la riapertura.

Restiamo a disposizione per concordare le modalità.

Distinti saluti

Roberto Esposito
Amministrazione – Hotel Belvedere""",
        facts=Facts(refs=("OV-26-05144",), note="asks for 60 more days"),
    ),
    Reply(
        key="pp-it-meta",
        intent="payment_plan",
        lang="it",
        name="Giorgia Conti",
        addr="giorgia@pasticceriaconti.example",
        when="2026-12-24 08:12 +0100",
        client="samsung",
        body="Buongiorno, possiamo fare metà adesso e metà a fine febbraio? Con le feste siamo un po' in difficoltà. Fatemi sapere, grazie. Giorgia",
        facts=Facts(note="half now and half later, asked as a question: nothing paid yet"),
    ),
)

INVOICE_REQUEST: Final[tuple[Reply, ...]] = (
    Reply(
        key="ir-en-coupa-po",
        intent="invoice_request",
        lang="en",
        name="Priya Raman",
        addr="ap@harrowgatehotels.example",
        when="2026-12-15 10:05 +0000",
        client="outlook_html",
        inv="OV-26-05048",
        body="""\
Hello,

We can't find OV-26-05048 in Coupa. All supplier invoices for Harrowgate properties have to be submitted through the Coupa Supplier Portal against a valid purchase order – invoices sent by email aren't processed, which is why this one hasn't been paid.

Please submit it via the portal quoting PO HHG-PO-228174 and it will go into the next payment run once it's matched.

Kind regards,
Priya Raman
Accounts Payable Shared Service Centre
Harrowgate Hotels Group""",
        facts=Facts(
            refs=("OV-26-05048",),
            note="the invoice must be resubmitted through the AP portal against a PO: documents first, nothing contested",
        ),
    ),
    Reply(
        key="ir-en-bank-check",
        intent="invoice_request",
        lang="en",
        name="Liam Doherty",
        addr="liam@dohertysbar-galway.example",
        when="2026-12-17 16:40 +0000",
        client="gmail",
        amount="1498.60",
        currency="EUR",
        body="""\
Hi,

Happy to pay this today, but when I went to add you as a payee our bank's name check came back "no match" for the account name on your invoice. Before I send anything, can you confirm your bank details in writing – ideally on letterhead? I'm not sending the best part of €1,500 into the void.

Thanks,
Liam""",
        facts=Facts(
            note="payment held until the bank details are confirmed: the action is to send them, so not promise_to_pay"
        ),
    ),
    Reply(
        key="ir-en-statement",
        intent="invoice_request",
        lang="en",
        name="Sunita Patel",
        addr="sunita@spiceboxkitchen.example",
        when="2027-01-04 08:30 +0000",
        client="iphone",
        body="Didn't we pay this already?? Send me a statement for the last 3 months and I'll check it against the bank.",
        facts=Facts(
            note="a question plus a request for a statement: invoice_request; no payment is claimed"
        ),
    ),
    Reply(
        key="ir-de-rechnungseingang",
        intent="invoice_request",
        lang="de",
        name="Kerstin Vogel",
        addr="k.vogel@klinikum-am-see.example",
        when="2026-12-16 08:55 +0100",
        client="outlook",
        charset="iso-8859-1",
        body="""\
Guten Tag,

die genannte Rechnung liegt uns nicht vor. Bitte senden Sie sie als PDF an unseren zentralen Rechnungseingang, rechnungseingang@klinikum-am-see.example. Nur dort eingehende Rechnungen können bearbeitet werden.

Mit freundlichen Grüßen
Kerstin Vogel
Wirtschaftsabteilung / Speiseversorgung
Klinikum am See gGmbH""",
        facts=Facts(
            note="hospital kitchen never received the invoice; the invoice-intake address is where to send the copy, not a new contact for reminders; ISO-8859-1"
        ),
    ),
    Reply(
        key="ir-de-op-liste",
        intent="invoice_request",
        lang="de",
        name="Uwe Schneider",
        addr="uwe.schneider@weinstube-am-dom.example",
        when="2026-12-29 11:11 +0100",
        client="thunderbird_inline",
        body="""\
[[2]]

Ist das die Lieferung vom Oktober oder die vom November? Ich habe ehrlich gesagt den Überblick verloren, was bei Ihnen noch offen ist und was wir schon bezahlt haben.

[[3]]

Schicken Sie mir bitte eine Aufstellung aller offenen Posten, dann gleiche ich das mit unseren Kontoauszügen ab und überweise, was noch offen ist.

Gruß
Uwe Schneider
Weinstube am Dom""",
        facts=Facts(
            note="inline reply asking for a statement of open items; the payment afterwards is conditional"
        ),
    ),
    Reply(
        key="ir-fr-jamais-recue",
        intent="invoice_request",
        lang="fr",
        name="Mathieu Roussel",
        addr="mathieu@bistrotdumarche-tours.example",
        when="2027-01-07 12:20 +0100",
        client="iphone",
        body="Bonjour, on n'a jamais reçu cette facture. Vous pouvez me la renvoyer ? Merci",
        facts=Facts(note="never received, asks for a copy without contesting it"),
    ),
    Reply(
        key="ir-fr-bon-de-commande",
        intent="invoice_request",
        lang="fr",
        name="Isabelle Martel",
        addr="fournisseurs@hotel-legrandlarge.example",
        when="2026-12-21 14:14 +0100",
        client="owa",
        body="""\
Bonjour,

Nous ne pouvons pas mettre en paiement une facture sans numéro de bon de commande : notre siège la rejette automatiquement. Pourriez-vous nous la renvoyer en mentionnant le BC 88-2231 ? Le montant n'est pas en cause.

Cordialement,

Isabelle Martel
Comptabilité fournisseurs
Hôtel Le Grand Large – Saint-Malo""",
        facts=Facts(note="reissue with a PO number; the amount is not contested"),
    ),
    Reply(
        key="ir-es-titularidad",
        intent="invoice_request",
        lang="es",
        name="Cristina Vidal",
        addr="cvidal@hotelmiramarsitges.example",
        when="2026-12-22 09:38 +0100",
        client="outlook",
        charset="iso-8859-1",
        rlang="en",
        body="""\
Buenos días:

Para poder dar de alta su cuenta en nuestro sistema de pagos necesitamos un certificado de titularidad bancaria emitido por su banco. Sin ese documento no podemos tramitar ninguna transferencia. Les agradeceríamos que nos lo enviaran a la mayor brevedad.

Un saludo,

Cristina Vidal
Departamento Financiero
Hotel Miramar Sitges""",
        facts=Facts(
            note="a bank-ownership certificate is needed before paying; Spanish reply to an English reminder, ISO-8859-1 (the quoted £ survives, the dash does not)"
        ),
    ),
    Reply(
        key="ir-es-duplicado",
        intent="invoice_request",
        lang="es",
        name="Raúl Medina",
        addr="raul@barelpuerto-cadiz.example",
        when="2027-01-09 12:02 +0100",
        client="gmail_plain",
        body="""\
¿Me mandáis un duplicado? No la encuentro por ningún lado.

Raúl""",
        facts=Facts(note="asks for a copy"),
    ),
    Reply(
        key="ir-nl-afleverbon",
        intent="invoice_request",
        lang="nl",
        name="Saskia Mulder",
        addr="crediteuren@hotelduinzicht.example",
        when="2026-12-14 13:01 +0100",
        client="outlook_html",
        charset="windows-1252",
        body="""\
Goedemiddag,

Deze factuur is bij ons niet bekend. Kunt u een kopie sturen, samen met de getekende afleverbon? Dan kan ik hem inboeken en gaat hij mee in de eerstvolgende betaalrun.

Met vriendelijke groet,

Saskia Mulder
Crediteurenadministratie
Hotel Duinzicht""",
        facts=Facts(
            note="copy and signed delivery note requested; the payment run afterwards is conditional"
        ),
    ),
    Reply(
        key="ir-nl-pakbon",
        intent="invoice_request",
        lang="nl",
        name="Pieter Jansen",
        addr="pieter@wijnbarhetkelderke.example",
        when="2027-01-13 16:40 +0100",
        client="thunderbird",
        body="""\
Hallo,

Welke levering is dit? Ik kan hem niet terugvinden in onze bestellingen. Stuur even de pakbon of de orderbevestiging mee, dan zoek ik het uit.

Pieter""",
        facts=Facts(
            note="cannot match the invoice and asks for the delivery note; the amount is not contested"
        ),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        name="Laura Ricci",
        addr="amministrazione@trattoriailmelograno.example",
        when="2027-01-11 09:31 +0100",
        client="outlook",
        charset="windows-1252",
        body="""\
Buongiorno,

la fattura che ci sollecitate non ci è mai arrivata tramite SDI: il PDF che ci avete mandato per e-mail non ha valore fiscale e non possiamo registrarlo. Vi chiediamo di emetterla elettronicamente con codice destinatario M5UXCR1, dopodiché procederemo al pagamento.

Cordiali saluti
Laura Ricci
Trattoria Il Melograno""",
        facts=Facts(note="needs the electronic invoice through SDI before paying"),
    ),
)

WRONG_CONTACT: Final[tuple[Reply, ...]] = (
    Reply(
        key="wc-en-left",
        intent="wrong_contact",
        lang="en",
        name="Ellie Brooks",
        addr="ellie@copperkettlebristol.example",
        when="2026-12-15 19:22 +0000",
        client="gmail",
        body="""\
Hi,

I left The Copper Kettle at the end of October – my emails are still being forwarded to me for now. Please send anything about invoices to accounts@copperkettlebristol.example, that's Graham's inbox.

Ellie""",
        facts=Facts(contact="accounts@copperkettlebristol.example"),
    ),
    Reply(
        key="wc-en-redirect",
        intent="wrong_contact",
        lang="en",
        name="Accounts Payable",
        addr="accounts.payable@harrowgate-hotels.example",
        orig_to="ap@harrowgatehotels.example",
        when="2026-12-23 07:58 +0000",
        client="outlook",
        body="""\
Dear Supplier,

Please be advised that our Accounts Payable department is currently undergoing an internal audit. With immediate effect, kindly direct all invoices, statements and payment reminders to ap.harrowgatehotels@gmail.com only, as our previous mailbox is not being monitored during the audit period.

Kindly also confirm the total outstanding balance on our account at your earliest convenience so that it can be settled before year end.

Regards,
Accounts Payable Department
Harrowgate Hotels Group""",
        facts=Facts(
            contact="ap.harrowgatehotels@gmail.com",
            note="phishing-like: a look-alike domain (harrowgate-hotels vs harrowgatehotels, see the quoted To) asks to redirect mail to a free-mail address; labelled by what it asks, a person must verify before anything is changed",
        ),
    ),
    Reply(
        key="wc-en-not-monitored",
        intent="wrong_contact",
        lang="en",
        name="The Tidewater Hotel",
        addr="reservations@tidewaterhotel-whitby.example",
        when="2026-12-18 09:03 +0000",
        client="notice",
        days_back=0,
        subject="Automatic reply: {s}",
        headers=OOF,
        body="""\
Thank you for your email. Please note that this mailbox is no longer monitored.

Reservations: please book online or call the front desk.
Supplier invoices and accounts queries: finance@tidewaterhotel-whitby.example

Kind regards,
The Tidewater Hotel""",
        facts=Facts(
            contact="finance@tidewaterhotel-whitby.example",
            note="automatic 'no longer monitored' notice naming the accounts address: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-de-koch",
        intent="wrong_contact",
        lang="de",
        name="Florian Maier",
        addr="florian@bergstueberl-garmisch.example",
        when="2026-12-18 22:15 +0100",
        client="iphone",
        body="Servus, ich bin nur der Koch 😅 Rechnungen und Zahlungen macht bei uns die Steuerkanzlei Huber, bitte an kanzlei@stb-huber-garmisch.example schreiben. Danke!",
        facts=Facts(
            contact="kanzlei@stb-huber-garmisch.example",
            note="the tax adviser's office handles payments",
        ),
    ),
    Reply(
        key="wc-fr-siege",
        intent="wrong_contact",
        lang="fr",
        name="Julien Fabre",
        addr="julien.fabre@lacigale-bordeaux.example",
        when="2027-01-06 11:41 +0100",
        client="outlook",
        charset="windows-1252",
        body="""\
Bonjour,

Vous n'êtes pas à la bonne adresse : ici c'est le restaurant, la comptabilité fournisseurs est gérée par le siège du groupe. Merci d'adresser vos relances à compta.fournisseurs@groupe-lacigale.example.

Bonne journée,
Julien Fabre
Directeur de salle – La Cigale""",
        facts=Facts(contact="compta.fournisseurs@groupe-lacigale.example"),
    ),
    Reply(
        key="wc-fr-plus-consultee",
        intent="wrong_contact",
        lang="fr",
        name="Le Relais des Halles",
        addr="contact@relaisdeshalles-dijon.example",
        when="2026-12-15 09:31 +0100",
        client="notice",
        days_back=0,
        body="""\
Bonjour,

Cette adresse n'est plus consultée. Pour toute demande, merci d'utiliser le formulaire de contact de notre site internet.

Le Relais des Halles""",
        facts=Facts(
            note="automatic 'no longer read' notice without a new address and without Auto-Submitted: wrong_contact with no new_contact"
        ),
    ),
    Reply(
        key="wc-es-reservas",
        intent="wrong_contact",
        lang="es",
        name="Álvaro Castro",
        addr="reservas@casacastro-malaga.example",
        when="2026-12-28 17:20 +0100",
        client="gmail",
        body="""\
Hola:

Yo llevo las reservas, no la contabilidad. Las facturas las lleva Nuria Ferrer, escribidle a ella: nuria.ferrer@casacastro-malaga.example

Un saludo""",
        facts=Facts(contact="nuria.ferrer@casacastro-malaga.example"),
    ),
    Reply(
        key="wc-es-otro-faro",
        intent="wrong_contact",
        lang="es",
        name="Restaurante El Faro",
        addr="info@elfaro-chipiona.example",
        when="2026-12-17 11:02 +0100",
        client="iphone",
        body="Buenas, creo que se han equivocado: somos el Restaurante El Faro de Chipiona, no el de Gijón. Nunca hemos trabajado con ustedes.",
        facts=Facts(
            note="a business with the same name, never a customer: wrong_contact with no new address"
        ),
    ),
    Reply(
        key="wc-nl-boekhouder",
        intent="wrong_contact",
        lang="nl",
        name="Erik de Groot",
        addr="erik@restaurantdezilverenlepel.example",
        cc="Sanne Dekker <S.Dekker@Boekhouding-Dekker.example>",
        when="2026-12-24 10:02 +0100",
        client="outlook_html",
        charset="windows-1252",
        body="""\
Goedemorgen,

Sinds 1 december doet Sanne Dekker onze boekhouding, niet meer ikzelf. Ik zet haar in de cc; wilt u herinneringen en facturen voortaan naar S.Dekker@Boekhouding-Dekker.example sturen?

Fijne feestdagen,
Erik de Groot
Restaurant De Zilveren Lepel""",
        facts=Facts(
            contact="s.dekker@boekhouding-dekker.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wc-nl-niet-gelezen",
        intent="wrong_contact",
        lang="nl",
        name="Grand Café Het Station",
        addr="info@grandcafehetstation.example",
        when="2027-01-04 08:05 +0100",
        client="notice",
        days_back=0,
        subject="Automatisch antwoord: {s}",
        headers=OOF,
        body="""\
Dit e-mailadres wordt niet langer gelezen.

Voor reserveringen: reserveren@grandcafehetstation.example
Voor facturen en administratie: facturen@grandcafehetstation.example

Met vriendelijke groet,
Grand Café Het Station""",
        facts=Facts(
            contact="facturen@grandcafehetstation.example",
            note="automatic 'no longer read' notice; the invoices address is the new contact, not the reservations one",
        ),
    ),
    Reply(
        key="wc-it-contabilita",
        intent="wrong_contact",
        lang="it",
        name="Marco Bellini",
        addr="m.bellini@hotelgiardino-verona.example",
        when="2026-12-14 12:12 +0100",
        client="outlook_html",
        rlang="en",
        body="""\
Buongiorno,

da novembre non mi occupo più dei pagamenti fornitori. Vi prego di scrivere all'ufficio contabilità: contabilita@hotelgiardino-verona.example.

Grazie e buona giornata,
Marco Bellini
Food & Beverage Manager – Hotel Giardino""",
        facts=Facts(
            contact="contabilita@hotelgiardino-verona.example",
            note="Italian reply to an English reminder",
        ),
    ),
    Reply(
        key="wc-it-moglie",
        intent="wrong_contact",
        lang="it",
        name="Stefano Ferraris",
        addr="stefano@osteriaferraris.example",
        when="2026-12-27 10:40 +0100",
        client="iphone",
        body="""\
Sono lo chef, di fatture e pagamenti se ne occupa mia moglie Giulia, scrivete a lei: giulia.ferraris.1978@gmail.com
grazie""",
        facts=Facts(contact="giulia.ferraris.1978@gmail.com"),
    ),
)

UNSUBSCRIBE: Final[tuple[Reply, ...]] = (
    Reply(
        key="uns-en-post",
        intent="unsubscribe",
        lang="en",
        name="Geoffrey Lamb",
        addr="geoff@lambsfinefoods.example",
        when="2026-12-16 09:07 +0000",
        client="outlook",
        body="""\
Please stop emailing this address. Any further correspondence regarding our account is to be sent by post to our registered office.

G. Lamb
Lamb's Fine Foods""",
        facts=Facts(note="post only"),
    ),
    Reply(
        key="uns-en-paid-november",
        intent="unsubscribe",
        lang="en",
        name="Bev Hollis",
        addr="bev@thegreyhoundpub.example",
        when="2027-01-05 14:33 +0000",
        client="gmail",
        body="Take me off this mailing list. This is the THIRD reminder for an invoice we paid in November. I'm not reading any more of these.",
        facts=Facts(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        key="uns-en-solicitors",
        intent="unsubscribe",
        lang="en",
        name="Martin Crowe",
        addr="martin.crowe@crowehospitality.example",
        when="2026-12-17 17:02 +0000",
        client="outlook_htmlonly",
        body="""\
Dear Sirs,

This matter is now in the hands of our solicitors, Pryce & Hartley LLP. Please do not contact me or any member of staff directly about it again; all further communication must go through them.

Yours faithfully,
Martin Crowe
Managing Director
Crowe Hospitality Ltd""",
        facts=Facts(note="'go through our solicitors' with no address: unsubscribe; HTML only"),
    ),
    Reply(
        key="uns-de-dsgvo",
        intent="unsubscribe",
        lang="de",
        name="Claudia Wendt",
        addr="c.wendt@cafe-wendt.example",
        when="2026-12-28 09:50 +0100",
        client="outlook_html",
        charset="windows-1252",
        body="""\
Sehr geehrte Damen und Herren,

hiermit widerspreche ich der weiteren Verwendung meiner E-Mail-Adresse für Zahlungserinnerungen und sonstige Mitteilungen (Art. 21 DSGVO). Bitte nehmen Sie diese Adresse aus Ihrem Verteiler.

Mit freundlichen Grüßen
Claudia Wendt
Café Wendt""",
        facts=Facts(note="GDPR objection to e-mail contact"),
    ),
    Reply(
        key="uns-de-nur-post",
        intent="unsubscribe",
        lang="de",
        name="Reinhard Pohl",
        addr="pohl@feinkost-pohl.example",
        when="2027-01-15 08:20 +0100",
        client="gmail_plain",
        body="""\
Keine E-Mails mehr an diese Adresse bitte. Schriftverkehr ausschließlich per Post an unsere Geschäftsadresse.

R. Pohl""",
        facts=Facts(note="post only"),
    ),
    Reply(
        key="uns-fr-avocat",
        intent="unsubscribe",
        lang="fr",
        name="Philippe Lemoine",
        addr="p.lemoine@lesjardinsdesaintjean.example",
        when="2026-12-21 18:22 +0100",
        client="outlook",
        charset="windows-1252",
        body="""\
Madame, Monsieur,

Je vous prie de cesser de m'écrire. Ce dossier est désormais suivi par notre avocate, Maître Anne Roussel, et tout échange passera par son cabinet.

Philippe Lemoine
Les Jardins de Saint-Jean""",
        facts=Facts(note="through our lawyer, no address given: unsubscribe"),
    ),
    Reply(
        key="uns-es-no-escribais",
        intent="unsubscribe",
        lang="es",
        name="Jordi Puig",
        addr="jordi@xiringuitolamar.example",
        when="2026-12-15 20:15 +0100",
        client="iphone",
        body="No me escribáis más a este correo, por favor.",
        facts=Facts(note="one line"),
    ),
    Reply(
        key="uns-es-baja",
        intent="unsubscribe",
        lang="es",
        name="Beatriz Lozano",
        addr="blozano@hostalsanroque.example",
        when="2027-01-07 16:02 +0100",
        client="outlook_html",
        charset="windows-1252",
        body="""\
Buenas tardes:

Solicito que den de baja esta dirección de correo de sus envíos automáticos. Cualquier comunicación, por correo postal a la dirección fiscal de la empresa.

Atentamente,
Beatriz Lozano
Hostal San Roque""",
        facts=Facts(note="remove this address; post only"),
    ),
    Reply(
        key="uns-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        name="Wim Hendriks",
        addr="wim@eetcafewim.example",
        when="2027-01-09 10:01 +0100",
        client="iphone",
        body="Afmelden.",
        facts=Facts(note="one word"),
    ),
    Reply(
        key="uns-nl-per-post",
        intent="unsubscribe",
        lang="nl",
        name="Astrid Peeters",
        addr="astrid@hotelbrugzicht.example",
        when="2026-12-22 12:12 +0100",
        client="gmail",
        body="""\
Stop alstublieft met deze mails. Wij willen uitsluitend schriftelijk per post benaderd worden, zoals ook in ons contract staat.

Astrid Peeters
Hotel Brugzicht""",
        facts=Facts(note="post only"),
    ),
    Reply(
        key="uns-it-lista",
        intent="unsubscribe",
        lang="it",
        name="Luca Moretti",
        addr="luca@birreriamoretti-bologna.example",
        when="2026-12-30 15:55 +0100",
        client="gmail_plain",
        body="Cancellatemi dalla vostra lista, grazie. Non voglio più ricevere queste email.",
        facts=Facts(),
    ),
    Reply(
        key="uns-it-smettetela",
        intent="unsubscribe",
        lang="it",
        name="Franco De Luca",
        addr="franco@trattoriadeluca-napoli.example",
        when="2027-01-08 11:18 +0100",
        client="outlook",
        body="""\
Smettetela di mandarmi solleciti. La fattura è sbagliata, ve l'ho già detto due volte al telefono, e finché non la correggete non pago. Non scrivetemi più a questo indirizzo.

Franco De Luca""",
        facts=Facts(note="stop request plus a dispute: unsubscribe beats everything but bounce"),
    ),
)

AUTO_REPLY: Final[tuple[Reply, ...]] = (
    Reply(
        key="ar-en-until-monday",
        intent="auto_reply",
        lang="en",
        name="Sarah Jennings",
        addr="sarah.jennings@marlowbridgehotel.example",
        when="2026-12-24 09:05 +0000",
        client="notice",
        days_back=0,
        subject="Automatic reply: {s}",
        headers=OOF,
        body="""\
Thank you for your email. I'm out of the office until Monday 4 January with no access to email. For anything urgent, please call the hotel and ask for the duty manager.

Sarah Jennings
Finance Manager, Marlow Bridge Hotel""",
        facts=Facts(back="2027-01-04", note="'until X' → X itself"),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        name="Northgate Leisure Finance",
        addr="finance.support@northgateleisure.example",
        when="2026-12-15 08:33 +0000",
        client="notice",
        days_back=0,
        subject="[Request #48213] {re}",
        headers=(*AUTO_REPLIED, ("X-Ticket-ID", "48213")),
        body="""\
Hello,

Thanks for contacting Northgate Leisure Finance. We've received your request and logged it as #48213. One of the team will get back to you as soon as possible – usually within three working days.

You can reply to this email to add more information to your request.

Northgate Leisure Group – Finance Shared Services""",
        facts=Facts(note="ticket acknowledgement; no return date"),
    ),
    Reply(
        key="ar-en-holidays",
        intent="auto_reply",
        lang="en",
        name="The Olive Tree Bistro",
        addr="hello@olivetreebistro-bath.example",
        when="2026-12-21 08:47 +0000",
        client="notice",
        days_back=0,
        subject="Re: {s}",
        headers=(("X-Autoreply", "yes"),),
        body="""\
Hi, thanks for getting in touch!

The Olive Tree is closed for our Christmas break and we're not checking emails. We'll reply to everything after the holidays.

Merry Christmas!
The Olive Tree team""",
        facts=Facts(
            note="no Auto-Submitted header; 'after the holidays' cannot be pinned: no return date"
        ),
    ),
    Reply(
        key="ar-de-einschliesslich",
        intent="auto_reply",
        lang="de",
        name="Monika Lehmann",
        addr="m.lehmann@parkhotel-wiesental.example",
        when="2026-12-21 10:01 +0100",
        client="notice",
        days_back=0,
        charset="windows-1252",
        subject="Automatische Antwort: {s}",
        headers=OOF,
        body="""\
Vielen Dank für Ihre Nachricht.

Ich bin vom 21.12.2026 bis einschließlich 08.01.2027 nicht im Büro. Ab Montag, dem 11.01.2027, bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.

Mit freundlichen Grüßen
Monika Lehmann
Parkhotel Wiesental – Buchhaltung""",
        facts=Facts(
            back="2027-01-11",
            note="the day back (Mon 11 Jan) wins over 'bis einschließlich 08.01.'",
        ),
    ),
    Reply(
        key="ar-de-winterpause",
        intent="auto_reply",
        lang="de",
        name="Restaurant Lindenhof",
        addr="info@restaurant-lindenhof.example",
        when="2026-12-29 09:03 +0100",
        client="notice",
        days_back=0,
        subject="Winterpause – Ihre Nachricht: {s}",
        headers=AUTO_REPLIED,
        body="""\
Liebe Gäste, liebe Geschäftspartner,

unser Restaurant befindet sich bis zum 14. Januar 2027 in der Winterpause. E-Mails werden in dieser Zeit nicht bearbeitet.

Herzliche Grüße
Ihr Team vom Lindenhof""",
        facts=Facts(back="2027-01-14", note="'bis zum X' → X itself"),
    ),
    Reply(
        key="ar-fr-inclus",
        intent="auto_reply",
        lang="fr",
        name="Aurélie Blanc",
        addr="a.blanc@hotel-bellevue-chamonix.example",
        when="2026-12-23 09:00 +0100",
        client="notice",
        days_back=0,
        subject="Réponse automatique : {s}",
        headers=OOF,
        body="""\
Bonjour,

Je suis absente du bureau jusqu'au 4 janvier inclus. Je traiterai votre message à mon retour, le mardi 5 janvier.

Pour toute urgence, merci de contacter la réception de l'hôtel.

Aurélie Blanc
Service comptable – Hôtel Bellevue""",
        facts=Facts(
            back="2027-01-05",
            note="'jusqu'au 4 janvier inclus' with the day back stated: the day back wins",
        ),
    ),
    Reply(
        key="ar-fr-ticket",
        intent="auto_reply",
        lang="fr",
        name="Comptabilité fournisseurs – Groupe Hôtelier Azur",
        addr="noreply-fournisseurs@groupe-azur-hotels.example",
        when="2027-01-14 10:32 +0100",
        client="notice",
        days_back=0,
        subject="Demande enregistrée – INC0045821 – {s}",
        headers=(("Precedence", "bulk"),),
        body="""\
Bonjour,

Votre message a bien été reçu par le service Comptabilité fournisseurs et enregistré sous la référence INC0045821.

Délai de traitement habituel : 5 jours ouvrés. Merci de rappeler cette référence dans toute correspondance.

Ceci est un message automatique, merci de ne pas y répondre.""",
        facts=Facts(
            note="ticket acknowledgement without Auto-Submitted (only Precedence: bulk); a processing time is not a return date"
        ),
    ),
    Reply(
        key="ar-es-vacaciones",
        intent="auto_reply",
        lang="es",
        name="Carmen Ortega",
        addr="carmen.ortega@hotelalcazaba-granada.example",
        when="2026-12-24 08:45 +0100",
        client="notice",
        days_back=0,
        subject="Fuera de la oficina – {s}",
        headers=AUTO_REPLIED,
        body="""\
Hola:

Estaré fuera de la oficina del 24 de diciembre al 6 de enero, ambos incluidos. Volveré el jueves 7 de enero y contestaré a tu correo lo antes posible.

Un saludo,
Carmen Ortega
Administración – Hotel Alcazaba""",
        facts=Facts(back="2027-01-07"),
    ),
    Reply(
        key="ar-nl-tot-en-met",
        intent="auto_reply",
        lang="nl",
        name="Lotte Visser",
        addr="l.visser@hotel-de-wadden.example",
        when="2026-12-28 08:40 +0100",
        client="notice",
        days_back=0,
        subject="Automatisch antwoord: {s}",
        headers=OOF,
        body="""\
Goedemorgen,

Ik ben met vakantie tot en met zondag 3 januari. Vanaf maandag 4 januari ben ik weer aanwezig en zal ik uw e-mail beantwoorden.

Met vriendelijke groet,
Lotte Visser
Hotel De Wadden""",
        facts=Facts(
            back="2027-01-04", note="'tot en met' the 3rd, back on the 4th: the day back wins"
        ),
    ),
    Reply(
        key="ar-nl-werkdagen",
        intent="auto_reply",
        lang="nl",
        name="Brasserie Zeezicht",
        addr="info@brasseriezeezicht.example",
        when="2027-01-13 14:02 +0100",
        client="notice",
        days_back=0,
        subject="Bedankt voor uw bericht",
        headers=AUTO_REPLIED,
        body="""\
Bedankt voor uw e-mail! Wij streven ernaar binnen twee werkdagen te reageren. Voor reserveringen op korte termijn kunt u ons het beste bellen.

Team Brasserie Zeezicht""",
        facts=Facts(note="receipt acknowledgement; no return date"),
    ),
    Reply(
        key="ar-it-rientro",
        intent="auto_reply",
        lang="it",
        name="Chiara Lombardi",
        addr="c.lombardi@grandhotelriviera-rapallo.example",
        when="2026-12-18 16:44 +0100",
        client="notice",
        days_back=0,
        charset="windows-1252",
        subject="Risposta automatica: {s}",
        headers=OOF,
        body="""\
Buongiorno,

sarò assente per ferie fino al 6 gennaio compreso, con rientro giovedì 7. Durante la mia assenza la posta non sarà letta.

Cordiali saluti
Chiara Lombardi
Contabilità – Grand Hotel Riviera""",
        facts=Facts(back="2027-01-07"),
    ),
    Reply(
        key="ar-it-maternita",
        intent="auto_reply",
        lang="it",
        name="Valentina Greco",
        addr="v.greco@ristorantiamalfi-group.example",
        when="2027-01-05 09:12 +0100",
        client="notice",
        days_back=0,
        subject="Risposta automatica: {s}",
        headers=OOF,
        body="""\
Gentile mittente,

sono in congedo di maternità fino ad aprile. Per questioni amministrative potete rivolgervi al collega Andrea Sala (a.sala@ristorantiamalfi-group.example).

Grazie,
Valentina Greco""",
        facts=Facts(
            note="leave 'until April' cannot be pinned to a day; a colleague's address in an auto-reply does not set new_contact"
        ),
    ),
)

OTHER: Final[tuple[Reply, ...]] = (
    Reply(
        key="oth-en-didnt-we",
        intent="other",
        lang="en",
        name="Mike Dunn",
        addr="mike@dunnsfishbar.example",
        when="2026-12-14 12:48 +0000",
        client="iphone",
        body="didn't we pay this already?",
        facts=Facts(
            note="a question: no payment claim and no request for documents; a person checks the ledger and answers"
        ),
    ),
    Reply(
        key="oth-en-delivery",
        intent="other",
        lang="en",
        name="Aaron Blake",
        addr="aaron@fernandfigkitchen.example",
        when="2026-12-16 22:40 +0000",
        client="gmail",
        body="""\
Hi both,

Not sure who to ask so replying here – are you delivering on the 24th and the 31st? We're doing a set menu both nights and I need the veg in by 10am at the latest. If not, can we double up on the 23rd?

Cheers,
Aaron
Head Chef, Fern & Fig""",
        facts=Facts(note="delivery question in the reminder thread"),
    ),
    Reply(
        key="oth-en-introduction",
        intent="other",
        lang="en",
        name="Natalie Osei",
        addr="natalie.osei@regentquayhotel.example",
        when="2027-01-11 15:05 +0000",
        client="outlook_html",
        body="""\
Hi,

Thanks for your email. By way of introduction, I joined Regent Quay as F&B Manager last week, taking over from Daniel, who I believe many of you will know. I'm still finding my feet and working through what feels like several hundred emails!

I'd love to set up a call or a visit in the next couple of weeks to talk through our wine list for spring – we're looking at more by-the-glass options and a couple of low-intervention reds – and also produce for the new terrace menu, which launches in March.

On the invoice, I'll have a look and come back to you.

Best wishes,
Natalie Osei
Food & Beverage Manager
Regent Quay Hotel""",
        facts=Facts(
            note="long introduction; 'I'll have a look' is no commitment; she is the right contact"
        ),
    ),
    Reply(
        key="oth-de-rueckruf",
        intent="other",
        lang="de",
        name="Heinz Bauer",
        addr="heinz.bauer@gasthof-zur-linde.example",
        when="2026-12-17 10:30 +0100",
        client="outlook",
        charset="iso-8859-1",
        body="""\
Guten Tag,

rufen Sie mich bitte mal an? Das mit der Rechnung ist per E-Mail zu kompliziert zu erklären. Am besten vormittags.

Gruß
Heinz Bauer
Gasthof zur Linde""",
        facts=Facts(note="callback request; nothing yet says what is wrong"),
    ),
    Reply(
        key="oth-de-weihnachten",
        intent="other",
        lang="de",
        name="Susanne Engel",
        addr="susanne@vinothek-engel.example",
        when="2026-12-23 18:00 +0100",
        client="apple",
        body="""\
Liebes Orchard-&-Vine-Team,

danke für die gute Zusammenarbeit in diesem Jahr! Wir wünschen Ihnen frohe Weihnachten und einen guten Rutsch.

Herzliche Grüße aus der Vinothek
Susanne Engel""",
        facts=Facts(note="season's greetings in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="oth-fr-ok-note",
        intent="other",
        lang="fr",
        name="Stéphane Giraud",
        addr="stephane@brasserie-leclub.example",
        when="2027-01-04 08:20 +0100",
        client="iphone",
        body="Ok noté",
        facts=Facts(note="bare acknowledgement; no commitment"),
    ),
    Reply(
        key="oth-fr-second-restaurant",
        intent="other",
        lang="fr",
        name="Camille Rousseau",
        addr="camille@lestablesdecamille.example",
        when="2027-01-15 11:50 +0100",
        client="gmail",
        body="""\
Bonjour,

J'en profite pour vous poser une question : nous ouvrons un second restaurant à Angers en mars. Faut-il ouvrir un nouveau compte client pour cet établissement, ou pouvez-vous livrer les deux adresses sur le même compte ? Et qui est notre interlocuteur commercial pour la région ?

Merci,
Camille Rousseau
Les Tables de Camille""",
        facts=Facts(note="account question; nothing about the overdue invoice"),
    ),
    Reply(
        key="oth-es-uvas",
        intent="other",
        lang="es",
        name="Manolo Serrano",
        addr="manolo@mesondelserrano.example",
        when="2026-12-29 13:40 +0100",
        client="samsung",
        body="Oye, ¿a qué hora llega el pedido del 31? Tenemos cena de gala y necesito las uvas y la fruta antes de las doce del mediodía. Gracias",
        facts=Facts(note="delivery question in the reminder thread"),
    ),
    Reply(
        key="oth-es-vale",
        intent="other",
        lang="es",
        name="Nacho Ferrer",
        addr="nacho@cerveceriaelancla.example",
        when="2027-01-11 09:45 +0100",
        client="iphone",
        body="Vale, gracias.",
        facts=Facts(note="bare 'OK': no commitment"),
    ),
    Reply(
        key="oth-nl-eieren",
        intent="other",
        lang="nl",
        name="Ruben de Wit",
        addr="ruben@dekleineschuur-restaurant.example",
        when="2026-12-17 16:28 +0100",
        client="gmail",
        body="""\
Hoi,

Even los van de factuur: kunnen jullie vanaf januari ook biologische eieren leveren? We gaan in het weekend een ontbijtkaart draaien.

Groet,
Ruben""",
        facts=Facts(note="sales question; 'los van de factuur' says nothing about it"),
    ),
    Reply(
        key="oth-nl-toon",
        intent="other",
        lang="nl",
        name="Gerard Smit",
        addr="gerard@hotelrestaurantdekroon.example",
        when="2027-01-08 17:10 +0100",
        client="outlook",
        charset="windows-1252",
        body="""\
Geachte heer/mevrouw,

Ik vind de toon van deze herinnering nogal kortaf, na veertien jaar klant te zijn geweest. Een telefoontje was prettiger geweest.

Gerard Smit
Hotel-Restaurant De Kroon""",
        facts=Facts(
            note="complaint about the reminder itself; no dispute of the invoice and no commitment"
        ),
    ),
    Reply(
        key="oth-it-agente",
        intent="other",
        lang="it",
        name="Paola Galli",
        addr="paola@enotecagalli-torino.example",
        when="2026-12-22 11:30 +0100",
        client="outlook_html",
        charset="windows-1252",
        body="""\
Buongiorno,

approfitto di questa mail per chiedervi chi è il nostro nuovo agente di zona: da ottobre non passa più nessuno a prendere gli ordini e dobbiamo già ordinare i vini per San Valentino.

Grazie,
Paola Galli
Enoteca Galli""",
        facts=Facts(note="sales question in the reminder thread"),
    ),
)

REPLIES: Final[tuple[Reply, ...]] = (
    *PAYMENT_SENT,
    *PROMISE_TO_PAY,
    *DISPUTE,
    *PAYMENT_PLAN,
    *INVOICE_REQUEST,
    *WRONG_CONTACT,
    *UNSUBSCRIBE,
    *AUTO_REPLY,
    *OTHER,
)


# ------------------------------------------------------------------------------------------
# Delivery reports: generated skeletons around hand-written human-readable parts
# ------------------------------------------------------------------------------------------

EXCHANGE_SENDER: Final = (
    "Microsoft Outlook <MicrosoftExchange5f1c0a7e93d24b6f8e21c4d9a07b3e65@orchardandvine.example>"
)
FOLD_AT: Final = 76


def fold(value: str, *, indent: str = "    ") -> str:
    """Fold a long structured field value at spaces."""
    words, lines, current = value.split(" "), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > FOLD_AT:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return f"\n{indent}".join(lines)


def reminder_headers(rem: Reminder) -> Headers:
    """Return the envelope headers of a reminder as Orchard & Vine sent it."""
    return [
        ("From", mailbox(AR_NAME, AR_ADDR)),
        ("To", rem.to_addr),
        ("Subject", encoded_words(rem.subject, charset="utf-8", method="Q")),
        ("Date", format_datetime(rem.sent)),
        ("Message-ID", rem.msgid),
    ]


def reminder_node(rem: Reminder) -> Leaf:
    """Return the reminder's body part."""
    return text_leaf(text=rem.text + "\n", subtype="plain", charset="utf-8", cte="quoted-printable")


def reminder_bytes(rem: Reminder) -> bytes:
    """Return the reminder as a whole message (returned inside bounces)."""
    return message_bytes(headers=reminder_headers(rem), node=reminder_node(rem))


def reminder_header_text(rem: Reminder) -> str:
    """Return only the reminder's header block, as text/rfc822-headers carries it."""
    mime = [("MIME-Version", "1.0"), *node_headers(reminder_node(rem))]
    return header_block(reminder_headers(rem) + mime).decode("ascii")


def returned_message(rem: Reminder) -> Leaf:
    """Return the reminder wrapped as message/rfc822."""
    return Leaf(ctype="message/rfc822", data=reminder_bytes(rem))


def returned_headers(rem: Reminder) -> Leaf:
    """Return the reminder's headers as text/rfc822-headers."""
    return Leaf(
        ctype="text/rfc822-headers",
        params=(("charset", "us-ascii"),),
        cte="7bit",
        data=reminder_header_text(rem).encode("ascii"),
    )


def dsn_leaf(*, per_message: Params, per_recipient: Params) -> Leaf:
    """Return a message/delivery-status part (RFC 3464)."""
    blocks = [
        "".join(f"{name}: {value}\n" for name, value in block)
        for block in (per_message, per_recipient)
    ]
    return Leaf(ctype="message/delivery-status", data="\n".join(blocks).encode("ascii"))


def recipient_fields(
    b: Bounce,
    *,
    action: str,
    diagnostic: str,
    remote: str | None = None,
    retry_until: datetime | None = None,
) -> Params:
    """Return the per-recipient DSN fields (Will-Retry-Until only for a delay)."""
    fields: Params = (
        ("Final-Recipient", f"rfc822; {b.rcpt}"),
        ("Original-Recipient", f"rfc822;{b.rcpt}"),
        ("Action", action),
        ("Status", b.status),
    )
    if remote:
        fields = (*fields, ("Remote-MTA", f"dns; {remote}"))
    fields = (*fields, ("Diagnostic-Code", fold(f"smtp; {diagnostic}")))
    if retry_until is not None:
        fields = (*fields, ("Will-Retry-Until", format_datetime(retry_until)))
    return fields


def report(b: Bounce, *, parts: tuple[Node, ...], preamble: str = "") -> Multi:
    """Return a multipart/report of type delivery-status."""
    return Multi(
        subtype="report",
        params=(("report-type", "delivery-status"),),
        boundary=bounce_boundary(b, salt="report"),
        parts=parts,
        preamble=preamble,
    )


def bounce_boundary(b: Bounce, *, salt: str) -> str:
    """Return a fixed boundary for a delivery report."""
    return f"{token(key=b.key, salt=salt, size=12)}.{int.from_bytes(digest(key=b.key, salt=salt)[:3], 'big')}/{AR_DOMAIN}"


def bounce_headers(
    b: Bounce, *, sender: str, subject: str, extra: Params = AUTO_REPLIED
) -> Headers:
    """Return the envelope headers of a delivery report."""
    domain = sender.rsplit("@", 1)[1].rstrip(">) ").split(" ")[0]
    return [
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", encoded_words(subject, charset="utf-8", method="Q")),
        ("Date", format_datetime(b.sent)),
        ("Message-ID", f"<{token(key=b.key, salt='dsn', size=22).lower()}@{domain}>"),
        *extra,
    ]


def simple_html(text: str) -> str:
    """Return a notice's text as the plain HTML that mail servers generate."""
    paragraphs = "".join(f"<p>{html_lines(p)}</p>\n" for p in text.split("\n\n"))
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif">\n{paragraphs}</body></html>\n'


def human_alternative(b: Bounce, text: str) -> Multi:
    """Return the human-readable part as plain text and HTML."""
    return Multi(
        subtype="alternative",
        boundary=bounce_boundary(b, salt="human"),
        parts=(
            text_leaf(text=text + "\n", subtype="plain", charset="utf-8", cte="quoted-printable"),
            text_leaf(
                text=simple_html(text), subtype="html", charset="utf-8", cte="quoted-printable"
            ),
        ),
    )


def bounce_postfix_hard(b: Bounce) -> bytes:
    """Postfix DSN (RFC 3464) with the whole returned reminder."""
    rem = reminder_for_bounce(b)
    human = f"""\
This is the mail system at host mx1.orchardandvine.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{b.rcpt}>: host mx.thewheatsheaf-ludlow.example[192.0.2.41]
    said: 550 5.1.1 <{b.rcpt}>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)"""
    status = dsn_leaf(
        per_message=(
            ("Reporting-MTA", "dns; mx1.orchardandvine.example"),
            ("X-Postfix-Queue-ID", "4dQ7Lx0qKMz1xr3"),
            ("X-Postfix-Sender", f"rfc822; {AR_ADDR}"),
            ("Arrival-Date", format_datetime(rem.sent)),
        ),
        per_recipient=recipient_fields(
            b,
            action="failed",
            remote="mx.thewheatsheaf-ludlow.example",
            diagnostic=f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
        ),
    )
    parts: tuple[Node, ...] = (
        Leaf(
            ctype="text/plain",
            params=(("charset", "us-ascii"),),
            data=human.encode("ascii"),
            extra=(("Content-Description", "Notification"),),
        ),
        Leaf(
            ctype=status.ctype,
            data=status.data,
            extra=(("Content-Description", "Delivery report"),),
        ),
        Leaf(
            ctype="message/rfc822",
            data=reminder_bytes(rem),
            extra=(("Content-Description", "Undelivered Message"),),
        ),
    )
    headers = bounce_headers(
        b,
        sender="MAILER-DAEMON@mx1.orchardandvine.example (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
    )
    return message_bytes(
        headers=headers,
        node=report(b, parts=parts, preamble="This is a MIME-encapsulated message."),
    )


def bounce_qmail_hard(b: Bounce) -> bytes:
    """Qmail failure notice: not MIME, the returned message follows inline."""
    rem = reminder_for_bounce(b)
    stamp_text = rem.sent.strftime("%d %b %Y %H:%M:%S -0000")
    body = f"""\
Hi. This is the qmail-send program at mail.bluefinhosting.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{b.rcpt}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <{AR_ADDR}>
Received: (qmail 28817 invoked from network); {stamp_text}
Received: from mx1.orchardandvine.example (198.51.100.23)
  by mail.bluefinhosting.example with SMTP; {stamp_text}
"""
    headers = bounce_headers(
        b, sender="MAILER-DAEMON@mail.bluefinhosting.example", subject="failure notice", extra=()
    )
    return header_block(headers) + b"\n" + body.encode("ascii") + reminder_bytes(rem)


def bounce_sendmail_delay(b: Bounce) -> bytes:
    """Sendmail warning after four hours: multipart/report, Action: delayed."""
    rem = reminder_for_bounce(b)
    human = f"""\
    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at {format_datetime(rem.sent)}
from localhost [127.0.0.1]

   ----- Transcript of session follows -----
<{b.rcpt}>... Deferred: Connection timed out with mx.thelanternrooms.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old"""
    status = dsn_leaf(
        per_message=(
            ("Reporting-MTA", "dns; relay2.orchardandvine.example"),
            ("Arrival-Date", format_datetime(rem.sent)),
        ),
        per_recipient=recipient_fields(
            b,
            action="delayed",
            remote="mx.thelanternrooms.example",
            diagnostic="421 4.4.1 Connection timed out",
            retry_until=rem.sent + timedelta(days=5),
        ),
    )
    parts: tuple[Node, ...] = (
        Leaf(ctype="text/plain", params=(("charset", "us-ascii"),), data=human.encode("ascii")),
        status,
        returned_headers(rem),
    )
    headers = bounce_headers(
        b,
        sender="Mail Delivery Subsystem <MAILER-DAEMON@relay2.orchardandvine.example>",
        subject="Warning: could not send message for past 4 hours",
    )
    return message_bytes(
        headers=headers, node=report(b, parts=parts, preamble="This is a MIME-encapsulated message")
    )


def bounce_exchange_de_hard(b: Bounce) -> bytes:
    """Exchange Online NDR in German, 5.1.10, with the original attached."""
    rem = reminder_for_bounce(b)
    local, domain = b.rcpt.split("@")
    diagnostic = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    text = f"""\
Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.

{local} wurde bei {domain} nicht gefunden.

Was muss ich tun?
Die E-Mail-Adresse ist möglicherweise falsch geschrieben oder existiert nicht mehr. Überprüfen Sie die Adresse und senden Sie die Nachricht erneut. Besteht das Problem weiterhin, wenden Sie sich auf anderem Weg an den Empfänger und lassen Sie sich eine gültige Adresse geben.

Weitere Informationen für E-Mail-Administratoren
Remoteserver hat '{diagnostic}' zurückgegeben.

Generierender Server: FR3P281MB1745.DEUP281.PROD.OUTLOOK.COM"""
    status = dsn_leaf(
        per_message=(
            ("Reporting-MTA", "dns; FR3P281MB1745.DEUP281.PROD.OUTLOOK.COM"),
            ("Received-From-MTA", "dns; DB9PR03MB7712.eurprd03.prod.outlook.com"),
            ("Arrival-Date", format_datetime(rem.sent)),
        ),
        per_recipient=recipient_fields(b, action="failed", diagnostic=diagnostic),
    )
    parts: tuple[Node, ...] = (human_alternative(b, text), status, returned_message(rem))
    headers = bounce_headers(b, sender=EXCHANGE_SENDER, subject=f"Unzustellbar: {rem.subject}")
    return message_bytes(headers=headers, node=report(b, parts=parts))


def bounce_exim_de_delay(b: Bounce) -> bytes:
    """Exim delay warning with a German template from a hosting provider, plain text."""
    rem = reminder_for_bounce(b)
    received = rem.sent.strftime("%d.%m.%Y um %H:%M Uhr")
    body = f"""\
Dies ist eine automatisch erzeugte Nachricht des Mailservers mail.gastro-hosting.example.

Ihre Nachricht konnte bisher nicht an alle Empfänger zugestellt werden. Der Server versucht es weiter.

  Empfänger: {b.rcpt}
  Grund:     451 4.2.1 Mailbox temporarily unavailable, try again later

Die Nachricht wurde am {received} angenommen und liegt seit 24 Stunden in der Warteschlange. Kann sie in den nächsten 4 Tagen nicht zugestellt werden, erhalten Sie eine Fehlermeldung und die Nachricht wird an Sie zurückgeschickt.

Sie müssen diese Nachricht NICHT erneut senden.

------ Kopfzeilen der Nachricht ------

{reminder_header_text(rem)}"""
    headers = bounce_headers(
        b,
        sender="Mail Delivery System <Mailer-Daemon@mail.gastro-hosting.example>",
        subject="Warnung: Nachricht 1v8Qx2-000Kq7-3T seit 24 Stunden verzögert",
        extra=(*AUTO_REPLIED, ("X-Exim-Warning", "delayed")),
    )
    node = text_leaf(text=body, subtype="plain", charset="utf-8", cte="8bit")
    return message_bytes(headers=headers, node=node)


def bounce_isp_fr_hard(b: Bounce) -> bytes:
    """French provider notice in multipart/mixed with the original attached, ISO-8859-1."""
    rem = reminder_for_bounce(b)
    text = f"""\
Bonjour,

Ceci est un message automatique du serveur de messagerie smtp-out.reseau-pro.example.

Votre message n'a pas pu être remis au destinataire suivant :

    {b.rcpt}

Motif : adresse inconnue (550 5.1.1 Utilisateur inexistant / user unknown).

Il s'agit d'une erreur définitive : le message ne sera pas renvoyé. Vérifiez l'adresse du destinataire avant de renvoyer votre message.

Votre message d'origine est joint à cet avis.

--
Service Messagerie Réseau Pro"""
    node = Multi(
        subtype="mixed",
        boundary=bounce_boundary(b, salt="mixed"),
        parts=(
            text_leaf(
                text=text + "\n", subtype="plain", charset="iso-8859-1", cte="quoted-printable"
            ),
            returned_message(rem),
        ),
    )
    headers = bounce_headers(
        b,
        sender="Service Messagerie <mailer-daemon@smtp-out.reseau-pro.example>",
        subject=f"Message non délivré : {rem.subject}",
    )
    return message_bytes(headers=headers, node=node)


def bounce_gateway_fr_delay(b: Bounce) -> bytes:
    """Outbound security gateway's delay notice in French (greylisting)."""
    rem = reminder_for_bounce(b)
    text = f"""\
Avis de la passerelle de sécurité – ne pas répondre

Le message ci-dessous n'a pas encore pu être remis. Le serveur du destinataire l'a temporairement refusé ; de nouvelles tentatives seront effectuées automatiquement pendant 72 heures.

Destinataire : {b.rcpt}
Objet : {rem.subject}
Réponse du serveur distant : 451 4.7.1 Greylisted, please try again later
Tentatives : 6 – prochaine tentative dans 30 minutes

Aucune action n'est requise de votre part pour le moment. Vous recevrez un avis d'échec si le message ne peut pas être remis."""
    status = dsn_leaf(
        per_message=(
            ("Reporting-MTA", "dns; secmail.orchardandvine.example"),
            ("Arrival-Date", format_datetime(rem.sent)),
        ),
        per_recipient=recipient_fields(
            b,
            action="delayed",
            remote="mx1.hotel-lesmouettes-biarritz.example",
            diagnostic="451 4.7.1 Greylisted, please try again later",
            retry_until=rem.sent + timedelta(hours=72),
        ),
    )
    parts: tuple[Node, ...] = (
        text_leaf(text=text + "\n", subtype="plain", charset="utf-8", cte="quoted-printable"),
        status,
        returned_headers(rem),
    )
    headers = bounce_headers(
        b,
        sender="=?utf-8?Q?Passerelle_de_s=C3=A9curit=C3=A9?= <noreply-gateway@secmail.orchardandvine.example>",
        subject=f"[Avertissement] Remise différée : {rem.subject}",
        extra=(*AUTO_REPLIED, ("X-Gateway-Notice", "delay")),
    )
    return message_bytes(headers=headers, node=report(b, parts=parts))


def bounce_gmail_es_hard(b: Bounce) -> bytes:
    """Gmail DSN written in Spanish for a Spanish-speaking sender."""
    rem = reminder_for_bounce(b)
    text = f"""\
** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.

Más información: https://support.google.com/mail/?p=NoSuchUser

La respuesta del servidor remoto ha sido:
550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"""
    status = dsn_leaf(
        per_message=(
            ("Reporting-MTA", "dns; googlemail.com"),
            ("Received-From-MTA", "dns; receivables@orchardandvine.example"),
            ("Arrival-Date", format_datetime(rem.sent)),
            ("X-Original-Message-ID", rem.msgid),
        ),
        per_recipient=recipient_fields(
            b,
            action="failed",
            remote="mx.chiringuitoelmirador.example.",
            diagnostic=f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table",
        ),
    )
    parts: tuple[Node, ...] = (human_alternative(b, text), status, returned_message(rem))
    headers = bounce_headers(
        b,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        extra=(*AUTO_REPLIED, ("X-Failed-Recipients", b.rcpt)),
    )
    return message_bytes(headers=headers, node=report(b, parts=parts))


def bounce_exchange_es_delay(b: Bounce) -> bytes:
    """Exchange Online delay notice in Spanish, 4.4.7."""
    rem = reminder_for_bounce(b)
    text = f"""\
La entrega se ha retrasado a estos destinatarios o grupos:

{b.rcpt} ({b.rcpt})

Asunto: {rem.subject}

Este mensaje aún no se ha entregado. Seguiremos intentando entregarlo.

El servidor lo seguirá intentando durante las próximas 19 horas. Si no se puede entregar en ese plazo, recibirá una notificación de error.

Información de diagnóstico para administradores:

Servidor de generación: DB9PR03MB7712.eurprd03.prod.outlook.com
Recibido por: mx.hotelplayadorada-cadiz.example
Error del servidor remoto: 451 4.4.0 Temporary server error. Please try again later."""
    status = dsn_leaf(
        per_message=(
            ("Reporting-MTA", "dns; DB9PR03MB7712.eurprd03.prod.outlook.com"),
            ("Arrival-Date", format_datetime(rem.sent)),
        ),
        per_recipient=recipient_fields(
            b,
            action="delayed",
            diagnostic="400 4.4.7 Message delayed",
            retry_until=b.sent + timedelta(hours=19),
        ),
    )
    parts: tuple[Node, ...] = (human_alternative(b, text), status, returned_headers(rem))
    headers = bounce_headers(b, sender=EXCHANGE_SENDER, subject=f"Retrasado: {rem.subject}")
    return message_bytes(headers=headers, node=report(b, parts=parts))


def bounce_isp_nl_full(b: Bounce) -> bytes:
    """Dutch provider warning: mailbox full, will retry (4.2.2), plain ISO-8859-1."""
    rem = reminder_for_bounce(b)
    text = f"""\
Beste afzender,

Uw bericht aan {b.rcpt} kon nog niet worden afgeleverd, omdat de mailbox van de ontvanger vol is.

Foutmelding van de ontvangende server:
452 4.2.2 Mailbox full - quota exceeded

Wij proberen het bericht de komende 3 dagen opnieuw af te leveren. U hoeft het bericht niet opnieuw te versturen. Lukt het niet, dan ontvangt u hierover een nieuw bericht.

Gegevens van het oorspronkelijke bericht:
  Van:       {AR_ADDR}
  Onderwerp: {rem.subject}
  Verstuurd: {rem.sent.strftime("%d-%m-%Y %H:%M")}

{SIG_DASHES}
Mailservice Netwerkprovider"""
    headers = bounce_headers(
        b,
        sender="Mailer-Daemon <mailer-daemon@mail.netwerkprovider.example>",
        subject="Waarschuwing: bericht nog niet afgeleverd (mailbox vol)",
    )
    node = text_leaf(
        text=fit_charset(text, "iso-8859-1") + "\n",
        subtype="plain",
        charset="iso-8859-1",
        cte="quoted-printable",
    )
    return message_bytes(headers=headers, node=node)


def bounce_exchange_it_hard(b: Bounce) -> bytes:
    """Exchange Server NDR in Italian, 5.1.1, with the original attached."""
    rem = reminder_for_bounce(b)
    text = f"""\
Recapito non riuscito per i destinatari o i gruppi seguenti:

{b.rcpt}
L'indirizzo di posta elettronica immesso non è stato trovato. Verificare l'indirizzo di posta elettronica del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, contattare il supporto tecnico.

Informazioni di diagnostica per gli amministratori:

Server di generazione: EXCH01.orchardandvine.example

{b.rcpt}
Il server remoto ha restituito '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"""
    status = dsn_leaf(
        per_message=(
            ("Reporting-MTA", "dns;EXCH01.orchardandvine.example"),
            ("Arrival-Date", format_datetime(rem.sent)),
        ),
        per_recipient=recipient_fields(
            b, action="failed", diagnostic="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
        ),
    )
    parts: tuple[Node, ...] = (human_alternative(b, text), status, returned_message(rem))
    headers = bounce_headers(
        b,
        sender="Microsoft Exchange <postmaster@orchardandvine.example>",
        subject=f"Non recapitabile: {rem.subject}",
    )
    return message_bytes(headers=headers, node=report(b, parts=parts))


def bounce_isp_it_delay(b: Bounce) -> bytes:
    """Italian provider delay notice, plain text, connection timed out (4.4.1)."""
    rem = reminder_for_bounce(b)
    text = f"""\
Questo è un messaggio generato automaticamente, si prega di non rispondere.

Il messaggio inviato a {b.rcpt} non è ancora stato recapitato: il server del destinatario non risponde (4.4.1 Connection timed out).

Continueremo a tentare la consegna per i prossimi 5 giorni. NON è necessario inviare di nuovo il messaggio.

Dettagli del messaggio:
  Oggetto: {rem.subject}
  Inviato: {rem.sent.strftime("%d/%m/%Y %H:%M")}

Il servizio di posta"""
    headers = bounce_headers(
        b,
        sender="Sistema di posta <mailer-daemon@smtp.postaservizi.example>",
        subject="Avviso: messaggio non ancora recapitato",
        extra=AUTO_GENERATED,
    )
    node = text_leaf(text=text + "\n", subtype="plain", charset="utf-8", cte="quoted-printable")
    return message_bytes(headers=headers, node=node)


BOUNCES: Final[tuple[tuple[Bounce, Callable[[Bounce], bytes]], ...]] = (
    (
        Bounce(
            key="bo-en-postfix",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="accounts@thewheatsheaf-ludlow.example",
            when="2026-12-14 08:36 +0000",
            rlang="en",
            inv="OV-26-04866",
            note="Postfix RFC 3464 report with the whole returned reminder",
        ),
        bounce_postfix_hard,
    ),
    (
        Bounce(
            key="bo-en-qmail",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="office@harbourviewcafe-oban.example",
            when="2026-12-16 10:12 +0000",
            rlang="en",
            inv="OV-26-04905",
            note="qmail failure notice, not MIME; the status comes from '(#5.1.1)'",
        ),
        bounce_qmail_hard,
    ),
    (
        Bounce(
            key="bo-en-sendmail",
            lang="en",
            kind="soft",
            status="4.4.1",
            rcpt="bookings@thelanternrooms.example",
            when="2027-01-04 12:33 +0000",
            rlang="en",
            inv="OV-26-05240",
            queued_minutes=242,
            note="sendmail four-hour warning, Action: delayed",
        ),
        bounce_sendmail_delay,
    ),
    (
        Bounce(
            key="bo-de-exchange",
            lang="de",
            kind="hard",
            status="5.1.10",
            rcpt="rechnungen@hotel-am-schlossberg.example",
            when="2026-12-15 08:47 +0100",
            rlang="de",
            inv="OV-26-04977",
        ),
        bounce_exchange_de_hard,
    ),
    (
        Bounce(
            key="bo-de-exim",
            lang="de",
            kind="soft",
            status="4.2.1",
            rcpt="kontakt@zum-goldenen-anker-luebeck.example",
            when="2026-12-18 09:05 +0100",
            rlang="de",
            inv="OV-26-05059",
            queued_minutes=1443,
            note="Exim delay warning with a German provider template, plain text, not RFC 3464",
        ),
        bounce_exim_de_delay,
    ),
    (
        Bounce(
            key="bo-fr-isp",
            lang="fr",
            kind="hard",
            status="5.1.1",
            rcpt="facturation@brasserie-du-port-larochelle.example",
            when="2027-01-05 09:14 +0100",
            rlang="fr",
            inv="OV-26-05251",
            note="provider notice in multipart/mixed, ISO-8859-1",
        ),
        bounce_isp_fr_hard,
    ),
    (
        Bounce(
            key="bo-fr-gateway",
            lang="fr",
            kind="soft",
            status="4.7.1",
            rcpt="compta@hotel-lesmouettes-biarritz.example",
            when="2026-12-22 11:40 +0100",
            rlang="fr",
            inv="OV-26-05170",
            queued_minutes=181,
            note="outbound security gateway: greylisting delay",
        ),
        bounce_gateway_fr_delay,
    ),
    (
        Bounce(
            key="bo-es-gmail",
            lang="es",
            kind="hard",
            status="5.1.1",
            rcpt="pedidos@chiringuitoelmirador.example",
            when="2026-12-16 09:10 +0100",
            rlang="es",
            inv="OV-26-04949",
            note="Gmail DSN in Spanish; the subject stays English",
        ),
        bounce_gmail_es_hard,
    ),
    (
        Bounce(
            key="bo-es-exchange",
            lang="es",
            kind="soft",
            status="4.4.7",
            rcpt="contabilidad@hotelplayadorada-cadiz.example",
            when="2027-01-12 13:20 +0100",
            rlang="es",
            inv="OV-26-05281",
            queued_minutes=287,
            note="Exchange 'Retrasado' delay notice",
        ),
        bounce_exchange_es_delay,
    ),
    (
        Bounce(
            key="bo-nl-vol",
            lang="nl",
            kind="soft",
            status="4.2.2",
            rcpt="info@pannenkoekenhuisdemolen.example",
            when="2026-12-30 10:05 +0100",
            rlang="nl",
            inv="OV-26-05209",
            queued_minutes=62,
            note="provider warning, mailbox full with a 4.x code; plain ISO-8859-1",
        ),
        bounce_isp_nl_full,
    ),
    (
        Bounce(
            key="bo-it-exchange",
            lang="it",
            kind="hard",
            status="5.1.1",
            rcpt="ordini@agriturismoilpoggio.example",
            when="2026-12-21 08:58 +0100",
            rlang="it",
            inv="OV-26-05155",
        ),
        bounce_exchange_it_hard,
    ),
    (
        Bounce(
            key="bo-it-ritardo",
            lang="it",
            kind="soft",
            status="4.4.1",
            rcpt="amministrazione@pizzeria-lucia-bari.example",
            when="2027-01-11 13:05 +0100",
            rlang="it",
            inv="OV-26-05272",
            queued_minutes=243,
            note="provider delay notice in Italian, plain text",
        ),
        bounce_isp_it_delay,
    ),
)


# ------------------------------------------------------------------------------------------
# Labels
# ------------------------------------------------------------------------------------------


def reply_label(reply: Reply, *, file: str) -> Label:
    """Return the label line of a reply."""
    facts = reply.facts
    return Label(
        file=file,
        intent=reply.intent,
        promised_date=facts.promised,
        paid_date=facts.paid,
        return_date=facts.back,
        payment_reference=facts.ref,
        amount=facts.amount,
        currency=facts.currency,
        new_contact=facts.contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(facts.refs),
        language=reply.lang,
        note=facts.note,
    )


def bounce_label(bounce: Bounce, *, file: str) -> Label:
    """Return the label line of a delivery report."""
    return Label(
        file=file,
        intent="bounce",
        promised_date=None,
        paid_date=None,
        return_date=None,
        payment_reference=None,
        amount=None,
        currency=None,
        new_contact=None,
        bounce_kind=bounce.kind,
        failed_recipient=bounce.rcpt,
        bounce_status=bounce.status,
        invoice_refs=[],
        language=bounce.lang,
        note=bounce.note,
    )


# Which optional fields each intent may fill; every other optional field must be null.
ALLOWED_FIELDS: Final[dict[Intent, frozenset[str]]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
OPTIONAL_FIELDS: Final = LABEL_ORDER[2:12]
FIELD_PATTERNS: Final[dict[str, str]] = {
    "promised_date": r"20\d\d-\d\d-\d\d",
    "paid_date": r"20\d\d-\d\d-\d\d",
    "return_date": r"20\d\d-\d\d-\d\d",
    "payment_reference": r"\S(.*\S)?",
    "amount": r"\d+\.\d\d",
    "currency": r"EUR|GBP",
    "new_contact": r"[a-z0-9._-]+@[a-z0-9.-]+",
    "bounce_kind": r"hard|soft",
    "failed_recipient": r"[a-z0-9._-]+@[a-z0-9.-]+",
    "bounce_status": r"[45]\.\d{1,3}\.\d{1,3}",
}


def label_problems(label: Label) -> list[str]:
    """Return what is wrong with the shape of one label line."""
    problems = [] if tuple(label) == LABEL_ORDER else [f"keys out of order: {list(label)}"]
    values: dict[str, object] = dict(label)
    allowed = ALLOWED_FIELDS.get(label["intent"], frozenset())
    for name in OPTIONAL_FIELDS:
        value = values[name]
        if value is not None and name not in allowed:
            problems.append(f"{name} must be null for {label['intent']}")
        if value is not None and not re.fullmatch(FIELD_PATTERNS[name], str(value)):
            problems.append(f"{name} has a bad value {value!r}")
    if (label["amount"] is None) != (label["currency"] is None):
        problems.append("amount and currency go together")
    if label["intent"] == "bounce" and None in {
        label["bounce_kind"],
        label["failed_recipient"],
        label["bounce_status"],
    }:
        problems.append("a bounce needs kind, recipient and status")
    if label["bounce_status"] and (label["bounce_kind"] == "hard") != label[
        "bounce_status"
    ].startswith("5"):
        problems.append("hard bounces carry 5.x.x, soft ones 4.x.x")
    problems += [
        f"bad invoice ref {ref!r}"
        for ref in label["invoice_refs"]
        if not re.fullmatch(r"OV-26-\d{5}", ref)
    ]
    return problems + date_problems(label)


def date_problems(label: Label) -> list[str]:
    """Return the label's dates that are not real calendar dates in a sensible range."""
    problems = []
    for value in (label["promised_date"], label["paid_date"], label["return_date"]):
        if value is None:
            continue
        day = date.fromisoformat(value)
        if not date(2026, 11, 1) <= day <= date(2027, 3, 31):
            problems.append(f"date out of range: {value}")
    return problems


# ------------------------------------------------------------------------------------------
# Parsing every message back
# ------------------------------------------------------------------------------------------


def header_problems(part: EmailMessage) -> list[str]:
    """Return headers that did not decode cleanly."""
    problems = []
    for name, value in part.items():
        if isinstance(value, BaseHeader) and value.defects:
            problems.append(f"{name}: {value.defects}")
        if "=?" in str(value):
            problems.append(f"{name} not decoded: {value}")
    return problems


def part_problems(part: EmailMessage) -> list[str]:
    """Return defects of one part, including text that does not decode."""
    problems = [repr(defect) for defect in part.defects] + header_problems(part)
    if part.get_content_maintype() == "text" and "Content-Type" in part:
        content = part.get_content()
        if not isinstance(content, str) or "\ufffd" in content or not content.strip():
            problems.append(f"{part.get_content_type()} did not decode")
    return problems


def message_problems(data: bytes) -> list[str]:
    """Parse a message back with the default policy and list what is wrong with it."""
    msg = message_from_bytes(data, policy=policy.default)
    problems = [
        f"missing {name}"
        for name in ("From", "To", "Subject", "Date", "Message-ID")
        if msg[name] is None
    ]
    for part in msg.walk():
        problems += part_problems(part)
    sent = parse_date_header(str(msg["Date"]))
    if not FIRST_DAY <= sent <= LAST_DAY:
        problems.append(f"dated {sent}, outside the corpus window")
    return problems


def parse_date_header(value: str) -> date:
    """Return the calendar day of a Date header in the sender's own time zone."""
    return datetime.strptime(value, "%a, %d %b %Y %H:%M:%S %z").date()


# ------------------------------------------------------------------------------------------
# Corpus checks, output and the count table
# ------------------------------------------------------------------------------------------

Spec = Reply | Bounce


def all_specs() -> list[tuple[Spec, bytes]]:
    """Build every message, in spec order."""
    built: list[tuple[Spec, bytes]] = [(reply, build_reply(reply)) for reply in REPLIES]
    built += [(bounce, make(bounce)) for bounce, make in BOUNCES]
    return built


def shuffled(built: list[tuple[Spec, bytes]]) -> list[tuple[Spec, bytes]]:
    """Return the messages in a fixed pseudo-random order, so file names say nothing."""
    return sorted(
        built, key=lambda item: hashlib.sha256(f"{SEED}/{item[0].key}".encode()).hexdigest()
    )


def spec_label(spec: Spec, *, file: str) -> Label:
    """Return the label of any spec."""
    if isinstance(spec, Reply):
        return reply_label(spec, file=file)
    return bounce_label(spec, file=file)


def reminder_invoice(spec: Spec) -> str:
    """Return the invoice number of the reminder a message is about."""
    if isinstance(spec, Bounce):
        return spec.inv
    return spec.inv or default_invoice(spec.key)


def invoice_problems(specs: list[Spec]) -> list[str]:
    """Return invoice numbers shared by two customers' reminders or texts."""
    owner: dict[str, str] = {}
    problems = []
    for spec in specs:
        own = {reminder_invoice(spec)} | (
            set(spec.facts.refs) if isinstance(spec, Reply) else set()
        )
        for inv in sorted(own):
            if owner.setdefault(inv, spec.key) != spec.key:
                problems.append(f"{inv} used by {owner[inv]} and {spec.key}")
    return problems


def corpus_problems(labels: list[Label], specs: list[Spec]) -> list[str]:
    """Return corpus-wide rule breaks: counts, coverage, uniqueness."""
    problems = invoice_problems(specs)
    keys = [spec.key for spec in specs]
    bodies = [spec.body for spec in specs if isinstance(spec, Reply)]
    if len(set(keys)) != len(keys) or len(set(bodies)) != len(bodies):
        problems.append("keys and hand-written texts must be unique")
    if len(labels) != TOTAL:
        problems.append(f"{len(labels)} messages instead of {TOTAL}")
    cells = Counter((label["intent"], label["language"]) for label in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != PER_INTENT:
            problems.append(f"{intent} does not have {PER_INTENT} messages")
        problems += [
            f"no {lang} message for {intent}" for lang in LANGS if cells[intent, lang] == 0
        ]
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    if kinds["hard"] != kinds["soft"]:
        problems.append(f"bounces should be half hard, half soft: {dict(kinds)}")
    return problems


def count_table(labels: list[Label]) -> str:
    """Return the intent x language table in Markdown."""
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


def fail_if(problems: Iterable[str], *, where: str) -> None:
    """Stop the build when anything is wrong."""
    found = list(problems)
    if found:
        msg = f"{where}: " + "; ".join(found)
        raise CorpusError(msg)


def write_corpus() -> list[Label]:
    """Build, check and write every message and labels.jsonl; return the labels."""
    built = shuffled(all_specs())
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, (spec, data) in enumerate(built, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        label = spec_label(spec, file=name)
        fail_if(message_problems(data), where=f"{name} ({spec.key})")
        fail_if(label_problems(label), where=f"label of {name} ({spec.key})")
        (HERE / name).write_bytes(data)
        labels.append(label)
    fail_if(corpus_problems(labels, [spec for spec, _ in built]), where="corpus")
    lines = "".join(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    (HERE / "labels.jsonl").write_text(lines, encoding="utf-8")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels = write_corpus()
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    sys.stdout.write(count_table(labels) + "\n\n")
    sys.stdout.write(
        f"{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
