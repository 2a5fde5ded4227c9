# ruff: noqa: E501, RUF001
# The hand-written messages keep one paragraph per source line, as a mail client sends them, with
# the typographic quotes, dashes and symbols that people and their clients really produce.
"""Build held-out reply corpus 49: `h49-NNN.eml` and `labels.jsonl` for Quercus Timber.

Quercus Timber is a timber merchant and sawmill. Its receivables team sends overdue reminders to
joinery workshops, roofers, house builders, DIY stores, boat builders and furniture makers; every
message here is something that came back to `receivables@quercus-timber.example` afterwards.

The new text of each message is written out by hand below. The code only adds what a mail client
or a mail server would add around it: the quoted reminder in the client's layout and language,
headers, MIME structure, charsets and transfer encodings, and the machine parts of bounces.
The build is deterministic (fixed boundaries, Message-IDs derived from each key, no clock) and
writes next to this file.
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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email import charset as email_charset
from email import encoders, message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Literal, TypedDict, get_args

HERE = Path(__file__).resolve().parent
SEED = "holdout49-20261218"
PREFIX = "h49"
AR_NAME = "Quercus Timber Receivables"
AR_ADDR = "receivables@quercus-timber.example"
AR_DOMAIN = "quercus-timber.example"
UK = UTC

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
    "gmail",
    "gmail_plain",
    "apple",
    "iphone",
    "samsung",
    "thunderbird",
    "inline",
    "notice",
    "notice_html",
    "notice_alt",
]
Cte = Literal["quoted-printable", "base64", "8bit", "7bit"]
BounceKind = Literal["hard", "soft"]
LANGS: tuple[Lang, ...] = get_args(Lang)
INTENTS: tuple[Intent, ...] = get_args(Intent)


class Facts(TypedDict, total=False):
    """The label values a message states (everything not given is null or empty)."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: str
    new_contact: str
    invoice_refs: list[str]
    note: str


class Label(TypedDict):
    """One line of labels.jsonl, keys in file order."""

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


@dataclass(frozen=True)
class Attachment:
    """A file attached to a reply."""

    filename: str
    ctype: str
    data: bytes


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message that is not a bounce, with its labels.

    `text` is the new text only. `invoice` and `amount` describe the reminder being answered;
    `reminder_lang` is set when the reminder went out in another language than the reply, and
    `client_lang` when the mail client runs in another language than the writer's text.
    """

    key: str
    intent: Intent
    lang: Lang
    sender: tuple[str, str]
    sent: str
    client: Client
    text: str
    invoice: str
    amount: str
    facts: Facts = field(default_factory=Facts)
    us: bool = False
    reminder_lang: Lang | None = None
    client_lang: Lang | None = None
    subject: str | None = None
    charset: str = "utf-8"
    cte: Cte = "quoted-printable"
    headers: tuple[tuple[str, str], ...] = ()
    cc: str | None = None
    attachments: tuple[Attachment, ...] = ()
    threaded: bool = True

    @property
    def when(self) -> datetime:
        return datetime.strptime(self.sent, "%Y-%m-%d %H:%M %z")

    @property
    def rlang(self) -> Lang:
        return self.reminder_lang or self.lang

    @property
    def ui(self) -> Lang:
        return self.client_lang or self.lang


# --------------------------------------------------------------------------------------------
# The reminder that every reply answers (Quercus Timber's own wording)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: dict[Lang, str] = {
    "en": "Overdue invoice {inv}: payment reminder",
    "de": "Zahlungserinnerung: Rechnung {inv} überfällig",
    "fr": "Rappel : facture {inv} échue",
    "es": "Recordatorio de pago: factura {inv} vencida",
    "nl": "Betalingsherinnering: factuur {inv} is vervallen",
    "it": "Sollecito di pagamento: fattura {inv} scaduta",
}

REMINDER_BODY: dict[Lang, str] = {
    "en": "Hello,\n\nThis is a reminder that the invoice below is now past its due date:\n\n  Invoice:            {inv}\n  Invoice date:       {issued}\n  Due date:           {due}\n  Amount outstanding: {amt}\n\nIf payment is already on its way, please let us know the date and the reference so that we can match it. If something about the invoice or the delivery is not right, reply to this email and we will look into it.\n\nThank you,\n\nReceivables team\nQuercus Timber Ltd\nOakhurst Sawmill, Leominster HR6 0QT\nreceivables@quercus-timber.example | 01632 960 140",
    "de": "Guten Tag,\n\nwir möchten Sie freundlich daran erinnern, dass die folgende Rechnung inzwischen fällig ist:\n\n  Rechnungsnummer: {inv}\n  Rechnungsdatum:  {issued}\n  Fällig seit:     {due}\n  Offener Betrag:  {amt}\n\nFalls die Zahlung bereits unterwegs ist, teilen Sie uns bitte Datum und Verwendungszweck mit, damit wir sie zuordnen können. Sollte mit der Rechnung oder der Lieferung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\nVielen Dank\n\nIhr Debitorenteam\nQuercus Timber Ltd\nreceivables@quercus-timber.example",
    "fr": "Bonjour,\n\nNous nous permettons de vous rappeler que la facture ci-dessous a dépassé sa date d'échéance :\n\n  Facture n° :         {inv}\n  Date de facture :    {issued}\n  Échéance :           {due}\n  Montant restant dû : {amt}\n\nSi le règlement est déjà en cours, merci de nous en indiquer la date et la référence afin que nous puissions le rapprocher. Si la facture ou la livraison pose un problème, il vous suffit de répondre à ce message.\n\nAvec nos remerciements,\n\nService recouvrement\nQuercus Timber Ltd\nreceivables@quercus-timber.example",
    "es": "Buenos días:\n\nLe recordamos que la factura indicada a continuación ha superado su fecha de vencimiento:\n\n  Factura:           {inv}\n  Fecha de factura:  {issued}\n  Vencimiento:       {due}\n  Importe pendiente: {amt}\n\nSi el pago ya está en camino, indíquenos por favor la fecha y la referencia para que podamos conciliarlo. Si hay algún problema con la factura o con el suministro, basta con responder a este correo.\n\nGracias,\n\nDepartamento de cobros\nQuercus Timber Ltd\nreceivables@quercus-timber.example",
    "nl": "Goedendag,\n\nWij willen u eraan herinneren dat de onderstaande factuur de vervaldatum heeft overschreden:\n\n  Factuurnummer:     {inv}\n  Factuurdatum:      {issued}\n  Vervaldatum:       {due}\n  Openstaand bedrag: {amt}\n\nIs de betaling al onderweg, laat ons dan de datum en het betalingskenmerk weten, zodat we die kunnen verwerken. Klopt er iets niet aan de factuur of de levering, beantwoord dan gewoon deze e-mail.\n\nMet dank,\n\nTeam debiteurenbeheer\nQuercus Timber Ltd\nreceivables@quercus-timber.example",
    "it": "Buongiorno,\n\nvi ricordiamo che la fattura sotto indicata risulta scaduta:\n\n  Fattura n.:         {inv}\n  Data fattura:       {issued}\n  Scadenza:           {due}\n  Importo da saldare: {amt}\n\nSe il pagamento è già stato disposto, vi chiediamo di comunicarci data e riferimento per poterlo abbinare. In caso di problemi con la fattura o con la consegna è sufficiente rispondere a questa e-mail.\n\nGrazie,\n\nUfficio crediti\nQuercus Timber Ltd\nreceivables@quercus-timber.example",
}

REMINDER_DATE_FORMAT: dict[Lang, str] = {
    "en": "{d} {mon} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}

# What a client that cannot send a character in its charset puts there instead.
LEGACY_SUBSTITUTES = {
    "€": "EUR",
    "–": "-",
    "—": "-",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
}


# --------------------------------------------------------------------------------------------
# Hashes, ids and the reminder's dates
# --------------------------------------------------------------------------------------------


def digest(key: str, purpose: str) -> bytes:
    return hashlib.sha256(f"{SEED}|{purpose}|{key}".encode()).digest()


def token(key: str, purpose: str, length: int) -> str:
    return base64.b32encode(digest(key, purpose)).decode()[:length]


def small(key: str, purpose: str, modulo: int) -> int:
    return int.from_bytes(digest(key, purpose)[:4], "big") % modulo


def uuid_text(key: str, purpose: str) -> str:
    h = digest(key, purpose).hex().upper()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-A{h[17:20]}-{h[20:32]}"


def reminder_msgid(key: str) -> str:
    return f"<qt-ar.{digest(key, 'reminder').hex()[:20]}@mailer.{AR_DOMAIN}>"


def reminder_sent(key: str, reply_time: datetime) -> datetime:
    """Reminders go out on a working day, one to three days before the answer, early morning UK."""
    day = reply_time.astimezone(UK).date() - timedelta(days=1 + small(key, "back", 3))
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime(day.year, day.month, day.day, 7, 30 + small(key, "min", 25), 11, tzinfo=UK)


def invoice_dates(key: str, reminded: datetime) -> tuple[date, date]:
    due = reminded.date() - timedelta(days=6 + small(key, "due", 12))
    return due - timedelta(days=30), due


def legacy(text: str) -> str:
    for char, substitute in LEGACY_SUBSTITUTES.items():
        text = text.replace(char, substitute)
    return text


def reminder_subject(lang: Lang, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(*, lang: Lang, key: str, inv: str, amt: str, reminded: datetime) -> str:
    issued, due = invoice_dates(key, reminded)
    template = REMINDER_DATE_FORMAT[lang]
    return REMINDER_BODY[lang].format(
        inv=inv,
        amt=amt,
        issued=template.format(**stamp(issued, "en")),
        due=template.format(**stamp(due, "en")),
    )


# --------------------------------------------------------------------------------------------
# Locale tables for what mail clients write around a reply
# --------------------------------------------------------------------------------------------

DAY_NAMES: dict[Lang, tuple[str, str]] = {
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
MONTH_NAMES: dict[Lang, tuple[str, str]] = {
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


def stamp(moment: date, lang: Lang) -> dict[str, str]:
    """Named pieces of a date (and time, for datetimes) in one language."""
    when = (
        moment
        if isinstance(moment, datetime)
        else datetime(moment.year, moment.month, moment.day, tzinfo=UK)
    )
    days_long, days_short = (names.split() for names in DAY_NAMES[lang])
    months_long, months_short = (names.split() for names in MONTH_NAMES[lang])
    return {
        "day": days_long[when.weekday()],
        "dy": days_short[when.weekday()],
        "month": months_long[when.month - 1],
        "mon": months_short[when.month - 1],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "m": str(when.month),
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "H": str(when.hour),
        "HH": f"{when.hour:02d}",
        "MM": f"{when.minute:02d}",
        "h": str((when.hour + 11) % 12 + 1),
        "ap": "AM" if when.hour < 12 else "PM",
        "gmt": gmt_offset(when),
    }


def gmt_offset(when: datetime) -> str:
    offset = when.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"GMT{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


# Attribution lines. "US" is the American English variant of a client.
GMAIL_ATTRIBUTION = {
    "en": "On {dy}, {d} {mon} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "US": "On {dy}, {mon} {d}, {y} at {h}:{MM}\u202f{ap} {name} <{addr}> wrote:",
    "de": "Am {dy}, {d}. {mon} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dy} {d} {mon} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {dy}, {d} {mon} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {dy} {d} {mon} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {dy} {d} {mon} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mon} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "US": "On {mon} {d}, {y}, at {h}:{MM}\u202f{ap}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mon} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mon} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mon} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mon} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "US": "On {m}/{d}/{y} {h}:{MM} {ap}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_DATE = {
    "en": "{day}, {d} {month} {y} {HH}:{MM}",
    "US": "{day}, {month} {d}, {y} {h}:{MM} {ap}",
    "de": "{day}, {d}. {month} {y} {HH}:{MM}",
    "fr": "{day} {d} {month} {y} {HH}:{MM}",
    "es": "{day}, {d} de {month} de {y} {H}:{MM}",
    "nl": "{day} {d} {month} {y} {HH}:{MM}",
    "it": "{day} {d} {month} {y} {HH}:{MM}",
}
SAMSUNG_DATE = "{dd}/{mo}/{y} {HH}:{MM} ({gmt})"


@dataclass(frozen=True)
class HeaderWords:
    """The localised words of a quoted header block."""

    original: str
    sender: str
    sent: str
    to: str
    subject: str
    colon: str


OUTLOOK_WORDS: dict[Lang, HeaderWords] = {
    "en": HeaderWords("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": HeaderWords(
        "-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "
    ),
    "fr": HeaderWords("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": HeaderWords("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": HeaderWords(
        "-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "
    ),
    "it": HeaderWords("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
SAMSUNG_WORDS: dict[Lang, HeaderWords] = {
    "en": HeaderWords("-------- Original message --------", "From", "Date", "To", "Subject", ": "),
    "de": HeaderWords("-------- Originalnachricht --------", "Von", "Datum", "An", "Betreff", ": "),
    "fr": HeaderWords("-------- Message d'origine --------", "De", "Date", "À", "Objet", " : "),
    "es": HeaderWords("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto", ": "),
    "nl": HeaderWords(
        "-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp", ": "
    ),
    "it": HeaderWords("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto", ": "),
}
MOBILE_SIGNATURE: dict[str, dict[Lang, str]] = {
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
        "de": "Outlook für iOS beziehen",
        "fr": "Obtenir Outlook pour iOS",
        "es": "Obtener Outlook para iOS",
        "nl": "Outlook voor iOS downloaden",
        "it": "Scarica Outlook per iOS",
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
OUTLOOK_REPLY_PREFIX: dict[Lang, str] = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
CONTENT_LANGUAGE: dict[Lang, str] = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
OUTLOOK_FAMILY: frozenset[Client] = frozenset(
    {"outlook", "outlook_html", "outlook_html_only", "owa", "outlook_ios"}
)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def fit(text: str, charset: str) -> str:
    """Replace only the characters that the charset cannot carry, as a legacy client does."""
    for char, substitute in LEGACY_SUBSTITUTES.items():
        try:
            char.encode(charset)
        except UnicodeEncodeError:
            text = text.replace(char, substitute)
    return text


def text_part(text: str, *, subtype: str, charset: str, cte: Cte) -> Message:
    data = text.encode(charset)  # fails loudly when the hand-written text does not fit
    if cte in {"8bit", "7bit"}:
        if cte == "7bit" and not text.isascii():
            raise ValueError("7bit part with non-ASCII text")
        part = MIMENonMultipart("text", subtype, charset=charset)
        part.set_payload(data.decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = cte
        return part
    chosen = email_charset.Charset(charset)
    chosen.body_encoding = email_charset.QP if cte == "quoted-printable" else email_charset.BASE64
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def alternative(plain: Message, rich: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


def encoded_header(
    value: str, *, charset: str, field: str = "Subject", b_encoding: bool = False
) -> str:
    """A header value the way a client writes it: RFC 2047 encoded words when not ASCII."""
    if value.isascii():
        return value
    chosen = email_charset.Charset(charset if charset != "us-ascii" else "utf-8")
    chosen.header_encoding = email_charset.BASE64 if b_encoding else email_charset.QP
    return Header(value, chosen, maxlinelen=76, header_name=field).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset=charset, field='From')} <{addr}>"


def attachment_part(item: Attachment) -> Message:
    maintype, subtype = item.ctype.split("/")
    part = MIMEBase(maintype, subtype, name=item.filename)
    part.set_payload(item.data)
    encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=item.filename)
    return part


def with_attachments(body: Message, items: tuple[Attachment, ...]) -> Message:
    if not items:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    for item in items:
        outer.attach(attachment_part(item))
    return outer


def move_content_headers_down(msg: Message) -> None:
    """Clients write the MIME headers after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def drop_inner_versions(part: Message, *, top: bool) -> None:
    """Only a message's top level carries MIME-Version (a returned message counts as a top)."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    for child in part.get_payload():
        if isinstance(child, Message):
            drop_inner_versions(child, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, key: str, style: Callable[[str, int], str]) -> None:
    containers = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for number, part in enumerate(containers):
        part.set_boundary(style(key, number))


def boundary_outlook(key: str, number: int) -> str:
    host = outlook_host(key)
    return f"_{number:03d}_{host}{digest(key, 'mime').hex()[:28].upper()}{host[:4].lower()}_"


def boundary_gmail(key: str, number: int) -> str:
    return "000000000000" + digest(key, f"mime{number}").hex()[:12]


def boundary_apple(key: str, number: int) -> str:
    return "Apple-Mail=_" + uuid_text(key, f"mime{number}")


def boundary_samsung(key: str, number: int) -> str:
    return f"--_com.samsung.android.email_{int.from_bytes(digest(key, f'mime{number}')[:7], 'big')}"


def boundary_thunderbird(key: str, number: int) -> str:
    return "------------" + token(key, f"mime{number}", 24)


def boundary_java(key: str, number: int) -> str:
    return f"----=_Part_{number + small(key, 'part', 9000)}_{small(key, 'p1', 10**9)}.{small(key, 'p2', 10**13)}"


def outlook_host(key: str) -> str:
    pods = ("AM9", "DB9", "PA4", "FR3", "AS8", "VI1", "GV1", "DU2")
    pod = pods[small(key, "pod", len(pods))]
    return f"{pod}PR0{1 + small(key, 'pr', 8)}MB{1000 + small(key, 'mb', 9000)}"


def message_id(r: Reply) -> str:
    domain = r.sender[1].split("@")[1]
    raw = digest(r.key, "msgid")
    if r.client in OUTLOOK_FAMILY:
        host = outlook_host(r.key)
        region = "namprd1" if r.us else "eurprd0"
        return f"<{host}{raw.hex()[:36].upper()}@{host}.{region}{host[6]}.prod.outlook.com>"
    if r.client in {"gmail", "gmail_plain"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:42]
        return f"<CA{'BDEFHJKMNP'[raw[0] % 10]}{tail}@mail.gmail.com>"
    if r.client in {"apple", "iphone"}:
        return f"<{uuid_text(r.key, 'msgid')}@{domain}>"
    if r.client in {"thunderbird", "inline"}:
        return f"<{uuid_text(r.key, 'msgid').lower()}@{domain}>"
    if r.client == "samsung":
        return f"<{raw.hex()[:16]}.{small(r.key, 'sm', 10**6)}@email.android.com>"
    return f"<{raw.hex()[:32]}@{domain}>"


# --------------------------------------------------------------------------------------------
# Client layouts: what each client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quoted:
    """The reminder as the replying client shows it (local time, client language)."""

    text: str
    subject: str
    sent: datetime
    recipient: str
    recipient_addr: str
    ui: Lang
    variant: str


def quoted_view(r: Reply) -> Quoted:
    reminded = reminder_sent(r.key, r.when)
    text = reminder_text(lang=r.rlang, key=r.key, inv=r.invoice, amt=r.amount, reminded=reminded)
    subject = reminder_subject(r.rlang, r.invoice)
    tz = r.when.tzinfo or UK
    return Quoted(
        text=fit(text, r.charset),
        subject=fit(subject, r.charset),
        sent=reminded.astimezone(tz),
        recipient=formataddr(r.sender)
        if r.sender[0].isascii()
        else f"{r.sender[0]} <{r.sender[1]}>",
        recipient_addr=r.sender[1],
        ui=r.ui,
        variant="US" if r.us else r.ui,
    )


def attribution(table: dict[str, str], q: Quoted) -> str:
    return table[q.variant].format(**stamp(q.sent, q.ui), name=AR_NAME, addr=AR_ADDR)


def header_block(words: HeaderWords, q: Quoted, date_text: str) -> list[tuple[str, str]]:
    return [
        (words.sender, f"{AR_NAME} <{AR_ADDR}>"),
        (words.sent, date_text),
        (words.to, q.recipient),
        (words.subject, q.subject),
    ]


def outlook_rows(q: Quoted) -> list[tuple[str, str]]:
    date_text = OUTLOOK_DATE[q.variant].format(**stamp(q.sent, q.ui))
    return header_block(OUTLOOK_WORDS[q.ui], q, date_text)


def rows_text(rows: list[tuple[str, str]], colon: str) -> str:
    return "\n".join(f"{label}{colon}{value}" for label, value in rows)


def quote_lines(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def esc(line: str) -> str:
    escaped = html.escape(line, quote=False)
    return escaped.replace("  ", "&nbsp; ")


def html_paragraphs(text: str) -> str:
    return "\n".join(
        "<p>" + "<br>\n".join(esc(line) for line in block.split("\n")) + "</p>"
        for block in text.split("\n\n")
    )


def div_lines(text: str, attrs: str = "") -> str:
    return "\n".join(
        f"<div{attrs}>{esc(line) if line else '<br>'}</div>" for line in text.split("\n")
    )


def part_for(r: Reply, text: str, subtype: str = "plain", cte: Cte | None = None) -> Message:
    return text_part(text, subtype=subtype, charset=r.charset, cte=cte or r.cte)


def layout_outlook(r: Reply, q: Quoted) -> Message:
    words = OUTLOOK_WORDS[q.ui]
    block = rows_text(outlook_rows(q), words.colon)
    return part_for(r, f"{r.text}\n\n{words.original}\n{block}\n\n{q.text}\n")


def word_html(r: Reply, q: Quoted) -> str:
    words = OUTLOOK_WORDS[q.ui]
    lang_tag = CONTENT_LANGUAGE[r.lang].upper()
    new_text = "\n".join(
        f'<p class="MsoNormal"><span lang="{lang_tag}">{esc(line) if line else "<o:p>&nbsp;</o:p>"}</span></p>'
        for line in r.text.split("\n")
    )
    head = "<br>\n".join(
        f"<b>{esc(label)}{esc(words.colon.rstrip())}</b> {esc(value)}"
        for label, value in outlook_rows(q)
    )
    old_text = "\n".join(
        f'<p class="MsoNormal">{esc(line) if line else "&nbsp;"}</p>' for line in q.text.split("\n")
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle20 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang_tag}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{new_text}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container">\n'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt"><span style="font-size:11.0pt">{head}</span></p>\n'
        f"</div>\n{old_text}\n</div>\n</div>\n</body>\n</html>\n"
    )


def layout_outlook_html(r: Reply, q: Quoted) -> Message:
    block = rows_text(outlook_rows(q), OUTLOOK_WORDS[q.ui].colon)
    plain = part_for(r, f"{r.text}\n\n{block}\n\n{q.text}\n")
    return alternative(plain, part_for(r, word_html(r, q), "html"))


def layout_outlook_html_only(r: Reply, q: Quoted) -> Message:
    return part_for(r, word_html(r, q), "html")


def layout_owa(r: Reply, q: Quoted) -> Message:
    rows = outlook_rows(q)
    colon = OUTLOOK_WORDS[q.ui].colon
    plain = part_for(r, f"{r.text}\n\n{'_' * 32}\n{rows_text(rows, colon)}\n\n{q.text}\n")
    head = "<br>\n".join(
        f"<b>{esc(label)}{esc(colon.rstrip())}</b>&nbsp;{esc(value)}" for label, value in rows
    )
    style = "font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"
    new_text = div_lines(r.text, f' class="elementToProof" style="{style}"')
    markup = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        f"{new_text}\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n<div>{html_paragraphs(q.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(plain, part_for(r, markup, "html"))


def layout_outlook_ios(r: Reply, q: Quoted) -> Message:
    signature = MOBILE_SIGNATURE["outlook_ios"][q.ui]
    block = rows_text(outlook_rows(q), OUTLOOK_WORDS[q.ui].colon)
    text = f"{r.text}\n\n{signature}<https://aka.ms/o0ukef>\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return part_for(r, text, cte="base64")


def layout_gmail(r: Reply, q: Quoted) -> Message:
    line = attribution(GMAIL_ATTRIBUTION, q)
    plain = part_for(r, f"{r.text}\n\n{line}\n\n{quote_lines(q.text)}\n")
    first, _, rest = r.text.partition("\n")
    markup = (
        f'<div dir="ltr">{esc(first)}{div_lines(rest) if rest else ""}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{esc(line)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(plain, part_for(r, markup, "html"))


def layout_gmail_plain(r: Reply, q: Quoted) -> Message:
    return part_for(
        r, f"{r.text}\n\n{attribution(GMAIL_ATTRIBUTION, q)}\n\n{quote_lines(q.text)}\n"
    )


def layout_apple(r: Reply, q: Quoted) -> Message:
    line = attribution(APPLE_ATTRIBUTION, q)
    plain = part_for(r, f"{r.text}\n\n{line}\n\n{quote_lines(q.text)}\n\n")
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{div_lines(r.text)}<br id="lineBreakAtBeginningOfMessage"><div><br><blockquote type="cite">'
        f'<div>{esc(line)}</div><br class="Apple-interchange-newline"><div><div>{html_paragraphs(q.text)}</div></div>'
        "</blockquote></div><br></body></html>"
    )
    return alternative(plain, part_for(r, markup, "html"))


def layout_iphone(r: Reply, q: Quoted) -> Message:
    signature = MOBILE_SIGNATURE["iphone"][q.ui]
    quoted = quote_lines(f"{attribution(APPLE_ATTRIBUTION, q)}\n\n{q.text}")
    return part_for(r, f"{r.text}\n\n{signature}\n\n{quoted}\n")


def samsung_block(q: Quoted) -> tuple[str, list[tuple[str, str]]]:
    words = SAMSUNG_WORDS[q.ui]
    rows = header_block(words, q, SAMSUNG_DATE.format(**stamp(q.sent, q.ui)))
    rows[2] = (words.to, q.recipient_addr)
    return words.original, rows


def layout_samsung(r: Reply, q: Quoted) -> Message:
    signature = MOBILE_SIGNATURE["samsung"][q.ui]
    original, rows = samsung_block(q)
    colon = SAMSUNG_WORDS[q.ui].colon
    plain_rows = "\n".join(f"{label}{colon}{value} " for label, value in rows)
    plain = part_for(
        r, f"{r.text}\n\n\n{signature}\n\n{original}\n{plain_rows}\n\n{q.text}\n", cte="base64"
    )
    header_html = "".join(
        f"<div>{esc(label)}{esc(colon)}{esc(value)} </div>" for label, value in rows
    )
    new_text = div_lines(r.text, ' dir="auto"')
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'{new_text}<div dir="auto"><br></div><div id="composer_signature" dir="auto">'
        f'<div style="font-size:85%;color:#575757" dir="auto">{esc(signature)}</div></div><div dir="auto"><br></div>'
        f'<div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{esc(original)}</div>{header_html}</div>'
        f"{html_paragraphs(q.text)}</body></html>"
    )
    return alternative(plain, part_for(r, markup, "html", cte="base64"))


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: long new-text lines end in a space where they were wrapped."""
    out: list[str] = []
    for line in text.split("\n"):
        if line.startswith(">") or line == "-- ":
            out.append(line)
            continue
        stuffed = " " + line if line.startswith((" ", "From ")) else line
        pieces = textwrap.wrap(stuffed, width, break_long_words=False, break_on_hyphens=False) or [
            ""
        ]
        out.extend(piece + " " for piece in pieces[:-1])
        out.append(pieces[-1])
    return "\n".join(out)


def thunderbird_part(r: Reply, text: str) -> Message:
    part = part_for(r, flowed(text) if r.charset == "utf-8" else text)
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def layout_thunderbird(r: Reply, q: Quoted) -> Message:
    line = attribution(THUNDERBIRD_ATTRIBUTION, q)
    return thunderbird_part(r, f"{r.text}\n\n{line}\n{quote_lines(q.text)}\n")


INLINE_MARK = re.compile(r"^<<(\d+)>>$", re.MULTILINE)


def layout_inline(r: Reply, q: Quoted) -> Message:
    """Answers written between the quoted paragraphs; `<<n>>` stands for paragraph n."""
    paragraphs = q.text.split("\n\n")
    body = INLINE_MARK.sub(lambda m: quote_lines(paragraphs[int(m.group(1))]), r.text)
    return thunderbird_part(r, f"{attribution(THUNDERBIRD_ATTRIBUTION, q)}\n{body}\n")


def layout_notice(r: Reply, q: Quoted) -> Message:
    del q  # automatic notices quote nothing
    return part_for(r, r.text + "\n")


def layout_notice_html(r: Reply, q: Quoted) -> Message:
    del q
    return part_for(r, r.text, "html")


def layout_notice_alt(r: Reply, q: Quoted) -> Message:
    del q
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n'
        f'<body>\n<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n{html_paragraphs(r.text)}\n</div>\n</body>\n</html>\n'
    )
    return alternative(part_for(r, r.text + "\n"), part_for(r, markup, "html"))


LAYOUTS: dict[Client, Callable[[Reply, Quoted], Message]] = {
    "outlook": layout_outlook,
    "outlook_html": layout_outlook_html,
    "outlook_html_only": layout_outlook_html_only,
    "owa": layout_owa,
    "outlook_ios": layout_outlook_ios,
    "gmail": layout_gmail,
    "gmail_plain": layout_gmail_plain,
    "apple": layout_apple,
    "iphone": layout_iphone,
    "samsung": layout_samsung,
    "thunderbird": layout_thunderbird,
    "inline": layout_inline,
    "notice": layout_notice,
    "notice_html": layout_notice_html,
    "notice_alt": layout_notice_alt,
}
BOUNDARY_STYLE: dict[Client, Callable[[str, int], str]] = {
    "gmail": boundary_gmail,
    "gmail_plain": boundary_gmail,
    "apple": boundary_apple,
    "iphone": boundary_apple,
    "samsung": boundary_samsung,
    "thunderbird": boundary_thunderbird,
    "inline": boundary_thunderbird,
    **dict.fromkeys(OUTLOOK_FAMILY, boundary_outlook),
}
THUNDERBIRD_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.1"
)
CLIENT_HEADERS: dict[Client, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (("User-Agent", THUNDERBIRD_AGENT), ("Content-Language", "{lang}")),
    "inline": (("User-Agent", THUNDERBIRD_AGENT), ("Content-Language", "{lang}")),
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "{cl}")),
}
MIME_VERSION: dict[Client, str] = {
    "apple": "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))",
    "iphone": "1.0 (1.0)",
}


def reply_subject(r: Reply, q: Quoted) -> str:
    if r.subject is not None:
        return r.subject.format(orig=q.subject)
    prefix = OUTLOOK_REPLY_PREFIX[q.ui] if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quoted) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        (
            "Thread-Topic",
            encoded_header(q.subject, charset=r.charset, field="Thread-Topic", b_encoding=True),
        ),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.ui]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attachments else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def client_headers(r: Reply, q: Quoted) -> list[tuple[str, str]]:
    if r.client in OUTLOOK_FAMILY and r.client != "outlook":
        return outlook_headers(r, q)
    fill = {"lang": CONTENT_LANGUAGE[r.lang].split("-")[0], "cl": CONTENT_LANGUAGE[r.lang]}
    return [(name, value.format(**fill)) for name, value in CLIENT_HEADERS.get(r.client, ())]


def build_reply(r: Reply) -> Message:
    q = quoted_view(r)
    msg = with_attachments(LAYOUTS[r.client](r, q), r.attachments)
    b_words = r.client in OUTLOOK_FAMILY and r.charset == "utf-8"
    msg["From"] = mailbox(*r.sender, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = encoded_header(reply_subject(r, q), charset=r.charset, b_encoding=b_words)
    msg["Date"] = format_datetime(r.when)
    msg["Message-ID"] = message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    for name, value in [*client_headers(r, q), *r.headers]:
        msg[name] = value
    return finish(
        msg,
        key=r.key,
        style=BOUNDARY_STYLE.get(r.client, boundary_java),
        version=MIME_VERSION.get(r.client),
    )


def finish(
    msg: Message, *, key: str, style: Callable[[str, int], str], version: str | None = None
) -> Message:
    if version:
        msg.replace_header("MIME-Version", version)
    move_content_headers_down(msg)
    drop_inner_versions(msg, top=True)
    set_boundaries(msg, key, style)
    return msg


# --------------------------------------------------------------------------------------------
# Helpers for writing the specs
# --------------------------------------------------------------------------------------------

AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
FAKE_JPEG = (
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    + bytes(range(64))
    + b"\xff\xd9"
)


def refs(*numbers: str) -> list[str]:
    """Invoice numbers written in the new text, normalised to QT/26/NNNNN."""
    return [f"QT/26/{int(n):05d}" for n in numbers]


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT: list[Reply] = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        sender=("Dean Whitlock", "dean@whitlockroofing.example"),
        sent="2026-11-24 07:52 +0000",
        client="iphone",
        text="Paid.",
        invoice="QT/26/04388",
        amount="£1,126.80",
        facts=Facts(
            note="bare 'Paid.' in answer to the reminder: a payment claim with no date, amount or reference"
        ),
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        sender=("Maria Lindqvist", "maria@salishboatworks.example"),
        sent="2026-12-03 20:15 -0800",
        client="gmail",
        us=True,
        text="Hi there,\n\nSorry for the delay on this one. Our AP person was out the week of Thanksgiving and it slipped through the cracks. I sent the wire today for the full balance on QT/26/05061, USD 14,862.50. The bank's reference is FT26337-88412.\n\nInternational wires usually take 2-3 business days, so you should see it early next week.\n\nThanks for your patience,\nMaria\n\n-- \nMaria Lindqvist | Office Manager\nSalish Boatworks, Inc.\nPort Townsend, WA",
        invoice="QT/26/05061",
        amount="US$14,862.50",
        facts=Facts(
            paid_date="2026-12-03",
            payment_reference="FT26337-88412",
            amount="14862.50",
            currency="USD",
            invoice_refs=refs("05061"),
            note="'today' is 3 Dec in the sender's Pacific time zone, although the Date header is already 4 Dec in UTC",
        ),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        sender=("Karen Pugh", "karen@ashdownbuildingservices.example"),
        sent="2026-11-30 10:41 +0000",
        client="outlook",
        text="Morning,\n\nThanks for your email. Just to let you know where we are with things, because it has been a bit chaotic here – our accountant retired at the end of October and the new firm have been moving everything over to their own system, so a few suppliers have been paid late and I can only apologise. On top of that Gareth has had three jobs on the go at once (the barn conversion at Much Marcle is taking forever, the client keeps changing her mind about the staircase) and he has been ordering from you, from the yard in Hereford and from two other places, so I've spent most of the month trying to match delivery notes to invoices, and a few of the notes have gone walkabout in the van.\n\nAnyway, I've gone through yours now. For this one I rang your office on Friday and paid it over the phone by card with Sharon, £3,418.20, and she gave me an authorisation code, 448127, if that helps you find it.\n\nIf anything else is still showing as outstanding, could you send me a statement so I can get it all straight before Christmas?\n\nMany thanks\nKaren\n\nKaren Pugh\nOffice & Accounts\nAshdown Building Services Ltd",
        invoice="QT/26/04659",
        amount="£3,418.20",
        facts=Facts(
            paid_date="2026-11-27",
            payment_reference="448127",
            amount="3418.20",
            currency="GBP",
            note="long rambling reply that buries the point: paid by card over the phone 'on Friday' (27 Nov, the Friday before Mon 30 Nov); the card authorisation code is the reference; the statement request is conditional and secondary",
        ),
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        sender=("Hollweg Baumärkte Kreditorenbuchhaltung", "zahlungsavis@hollweg-baumarkt.example"),
        sent="2026-12-08 06:14 +0100",
        client="notice_html",
        threaded=False,
        subject="Zahlungsavis 2000031877 / Hollweg Bau- und Gartenmärkte GmbH",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.50")),
        text='<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n<title>Zahlungsavis</title>\n</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n<p>Sehr geehrte Damen und Herren,</p>\n<p>wir haben heute folgende Zahlung zu Ihren Gunsten veranlasst. Bitte gleichen Sie die aufgeführten Belege in Ihrer Buchhaltung aus.</p>\n<table border="0" cellpadding="2">\n<tr><td>Zahlungsbeleg:</td><td>2000031877</td></tr>\n<tr><td>Buchungskreis:</td><td>1000 Hollweg Bau- und Gartenmärkte GmbH</td></tr>\n<tr><td>Ihre Lieferantennummer bei uns:</td><td>700415</td></tr>\n<tr><td>Zahlweg:</td><td>SEPA-Überweisung</td></tr>\n<tr><td>Valutadatum:</td><td>08.12.2026</td></tr>\n<tr><td>Empfängerkonto:</td><td>IBAN GB** **** **** **** **41 27</td></tr>\n</table>\n<br>\n<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">\n<tr><th>Unser Beleg</th><th>Ihre Rechnung</th><th>Rechnungsdatum</th><th align="right">Bruttobetrag</th><th align="right">Skonto</th><th align="right">Zahlbetrag</th></tr>\n<tr><td>5105528841</td><td>QT/26/04912</td><td>14.10.2026</td><td align="right">4.388,40</td><td align="right">0,00</td><td align="right">4.388,40</td></tr>\n<tr><td>5105529102</td><td>QT/26/04977</td><td>21.10.2026</td><td align="right">2.940,96</td><td align="right">58,82</td><td align="right">2.882,14</td></tr>\n<tr><td colspan="5"><b>Summe Zahlbetrag EUR</b></td><td align="right"><b>7.270,54</b></td></tr>\n</table>\n<p>Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail. Rückfragen richten Sie bitte unter Angabe der Zahlungsbelegnummer an kreditoren@hollweg-baumarkt.example.</p>\n<p style="font-size:8pt;color:#666666">Hollweg Bau- und Gartenmärkte GmbH · Sitz Kassel · Amtsgericht Kassel HRB 12345 · Geschäftsführung: Dr. Ines Hollweg, Frank Möller</p>\n</body>\n</html>\n',
        invoice="QT/26/04977",
        amount="2.940,96 €",
        facts=Facts(
            paid_date="2026-12-08",
            payment_reference="2000031877",
            amount="7270.54",
            currency="EUR",
            invoice_refs=refs("04912", "04977"),
            note="SAP payment advice carrying Auto-Submitted: auto-generated is a payment, not an auto-reply; the amount is the total paid after the early-payment discount",
        ),
    ),
    Reply(
        key="ps-de-2",
        intent="payment_sent",
        lang="de",
        sender=("Markus Brandstätter", "markus@tischlerei-brandstaetter.example"),
        sent="2026-12-08 19:22 +0100",
        client="samsung",
        text="Erledigt, ist gestern raus.\n\nlg Markus",
        invoice="QT/26/05018",
        amount="2.310,00 €",
        facts=Facts(
            paid_date="2026-12-07",
            note="Austrian one-liner: 'ist gestern raus' (went out yesterday) → Mon 7 Dec",
        ),
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        sender=("Sylvie Ribaud", "compta@menuiserie-ribaud.example"),
        sent="2026-11-26 17:05 +0100",
        client="apple",
        text="Bonjour,\n\nLe règlement de la facture QT/26/04702 a été effectué par virement le 24/11, pour un montant de 1 846,80 €. Référence de l'opération : 2611RB0093.\n\nBonne fin de journée,\n\nSylvie Ribaud\nMenuiserie Ribaud – Angers\nAdministration & comptabilité",
        invoice="QT/26/04702",
        amount="1 846,80 €",
        facts=Facts(
            paid_date="2026-11-24",
            payment_reference="2611RB0093",
            amount="1846.80",
            currency="EUR",
            invoice_refs=refs("04702"),
        ),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        sender=("Nathalie Grosjean", "fournisseurs@chantiers-delvaux.example"),
        sent="2026-12-02 11:20 +0100",
        client="outlook_html",
        charset="windows-1252",
        text="Bonjour,\n\nNous avons bien reçu votre rappel. Le paiement de la facture QT/26/04835 a été exécuté hier par notre banque, avec la communication structurée +++126/0483/50027+++.\n\nNous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.\n\nNathalie Grosjean\nComptabilité fournisseurs\nChantiers Delvaux SA – Rue de l'Ourthe 41 – 4020 Liège\nTVA BE 0412.345.678\n\nCe message et ses éventuelles annexes sont confidentiels et destinés exclusivement à leur(s) destinataire(s). Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer. Chantiers Delvaux SA décline toute responsabilité quant au contenu de ce message s'il n'a pas été validé par une personne habilitée.",
        invoice="QT/26/04835",
        amount="6 215,00 €",
        facts=Facts(
            paid_date="2026-12-01",
            payment_reference="+++126/0483/50027+++",
            invoice_refs=refs("04835"),
            note="Belgian structured communication kept as written as the payment reference; 'hier' → 1 Dec",
        ),
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        sender=("Iñaki Ibarra", "administracion@carpinteriaibarra.example"),
        sent="2026-12-10 12:48 +0100",
        client="gmail",
        text="Buenos días,\n\nOs adjunto el justificante de la transferencia que hemos hecho esta mañana por el importe total de la factura.\n\nUn saludo,\n\nIñaki Ibarra\nCarpintería Ibarra Anaiak, S.L. – Durango (Bizkaia)",
        invoice="QT/26/05093",
        amount="2.764,30 €",
        attachments=(
            Attachment("Justificante_transferencia_10122026.pdf", "application/pdf", FAKE_PDF),
        ),
        facts=Facts(
            paid_date="2026-12-10",
            note="proof of transfer attached; 'esta mañana' is the message date",
        ),
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        sender=("Paco Segura", "pacosegura.reformas@gmail.com"),
        sent="2026-11-25 09:10 +0100",
        client="iphone",
        text="Ya esta pagada desde el dia 20. Revisen sus cuentas, que no es la primera vez que nos reclaman algo que ya hemos pagado.",
        invoice="QT/26/04611",
        amount="980,50 €",
        facts=Facts(
            paid_date="2026-11-20",
            note="irritated and written without accents; 'desde el día 20' in a message of 25 Nov → 20 Nov",
        ),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        sender=("Sietske Terpstra", "administratie@jachtbouwterpstra.example"),
        sent="2026-12-04 15:33 +0100",
        client="outlook",
        text="Goedemiddag,\n\nVandaag hebben we het bedrag van € 5.412,75 naar jullie overgemaakt, met als omschrijving QT/26/04877. Excuses voor de vertraging, de factuur was bij ons in het verkeerde bakje beland.\n\nMet vriendelijke groet,\n\nSietske Terpstra\nAdministratie\nJachtbouw Terpstra B.V. | Workum",
        invoice="QT/26/04877",
        amount="€ 5.412,75",
        facts=Facts(
            paid_date="2026-12-04", amount="5412.75", currency="EUR", invoice_refs=refs("04877")
        ),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        sender=(
            "Bouwmarkt Hoekstra Crediteurenadministratie",
            "noreply-betalingen@bouwmarkthoekstra.example",
        ),
        sent="2026-12-15 05:30 +0100",
        client="notice",
        threaded=False,
        subject="Betaaladvies BTL-2026-0412 – Bouwmarkt Hoekstra B.V.",
        headers=(("X-Mailer", "Sage 200 Remittance Advice"), ("Precedence", "bulk")),
        text="Betaaladvies\n\nGeachte relatie,\n\nHierbij ontvangt u de specificatie van onze betaling aan Quercus Timber Ltd met valutadatum 15-12-2026.\n\nBetalingskenmerk      : BTL-2026-0412-0087\nUw crediteurnummer    : 30871\nRekening begunstigde  : GB** QTBK **** **** **58\n\nFactuurnummer    Factuurdatum    Bedrag\nQT/26/05002      03-11-2026      € 1.295,00\nQT/26/05044      09-11-2026      €   684,50\n                                 -----------\nTotaal                           € 1.979,50\n\nDit bericht is automatisch aangemaakt; antwoorden op dit adres worden niet gelezen. Vragen over deze betaling kunt u stellen via crediteuren@bouwmarkthoekstra.example onder vermelding van het betalingskenmerk.\n\nBouwmarkt Hoekstra B.V. – Leeuwarden",
        invoice="QT/26/05002",
        amount="€ 1.295,00",
        facts=Facts(
            paid_date="2026-12-15",
            payment_reference="BTL-2026-0412-0087",
            amount="1979.50",
            currency="EUR",
            invoice_refs=refs("05002", "05044"),
            note="automatic payment advice without Auto-Submitted (Precedence: bulk only); the value date is the paid date",
        ),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        sender=("Luca Bortolin", "amministrazione@falegnameriabortolin.example"),
        sent="2026-12-09 16:02 +0100",
        client="inline",
        charset="iso-8859-1",
        cte="8bit",
        text="<<2>>\n\nsaldata oggi con bonifico, importo Euro 3.120,00.\n\n<<3>>\n\nCRO 2612091844. Riferimento nella causale: QT/26/04951.\n\nCordiali saluti\n\n-- \nLuca Bortolin\nFalegnameria Bortolin s.n.c. di Bortolin Luca & C.\nVia dei Mestieri 14 - 31100 Treviso\nP.IVA 01234560267",
        invoice="QT/26/04951",
        amount="3.120,00 EUR",
        facts=Facts(
            paid_date="2026-12-09",
            payment_reference="2612091844",
            amount="3120.00",
            currency="EUR",
            invoice_refs=refs("04951"),
            note="inline answers between the quoted paragraphs: 'saldata oggi' is the message date, the CRO number is the reference",
        ),
    ),
]

PROMISE_TO_PAY: list[Reply] = [
    Reply(
        key="pp-en-1",
        intent="promise_to_pay",
        lang="en",
        sender=("Paula Ellison", "accounts@ellisonstairs.example"),
        sent="2026-12-08 11:05 +0000",
        client="outlook_html",
        text="Hi,\n\nThanks for the nudge. This one has been signed off and will go in Friday's cheque run, so you should have it early next week.\n\nRegards,\n\nPaula Ellison\nAccounts\nEllison Stair & Joinery Ltd\nUnit 7, Canal Side Works, Stourport",
        invoice="QT/26/04920",
        amount="£2,072.40",
        facts=Facts(
            promised_date="2026-12-11",
            note="'signed off' is past, the cheque goes in Friday's run: Fri 11 Dec after Tue 8 Dec",
        ),
    ),
    Reply(
        key="pp-en-2",
        intent="promise_to_pay",
        lang="en",
        sender=("Declan Moran", "declan@corribfurniture.example"),
        sent="2026-12-09 14:27 +0000",
        client="gmail",
        text="Hi folks,\n\nIt's all sorted – I've scheduled the payment for the 15th, it'll be with you then.\n\nDeclan",
        invoice="QT/26/04968",
        amount="€4,310.00",
        facts=Facts(
            promised_date="2026-12-15",
            note="Irish customer; 'sorted' and 'I've scheduled' sound past but announce a payment on the 15th",
        ),
    ),
    Reply(
        key="pp-en-3",
        intent="promise_to_pay",
        lang="en",
        sender=("Rob Kettle", "robkettleroofing@gmail.com"),
        sent="2026-12-10 18:40 +0000",
        client="iphone",
        subject="Out of office till Monday",
        text="Away on a job down in Cornwall till Monday and no laptop. I'll pay it Monday night when I'm home.\n\nRob",
        invoice="QT/26/05077",
        amount="£865.00",
        facts=Facts(
            promised_date="2026-12-14",
            note="a person's reply whose subject says 'Out of office': not an auto-reply; pays on Monday 14 Dec",
        ),
    ),
    Reply(
        key="pp-de-1",
        intent="promise_to_pay",
        lang="de",
        sender=("Sabine Kohlhaas", "buchhaltung@holzbau-wagner.example"),
        sent="2026-12-03 10:15 +0100",
        client="outlook",
        charset="iso-8859-1",
        text="Guten Tag,\n\ndie Rechnung QT/26/04906 ist geprüft und freigegeben. Sie wird mit unserem Zahlungslauf in KW 51 beglichen.\n\nMit freundlichen Grüßen\ni. A. Sabine Kohlhaas\nBuchhaltung\n\nHolzbau Wagner GmbH & Co. KG\nIndustriestraße 12 · 88212 Ravensburg\nSitz: Ravensburg · Registergericht Ulm HRA 723456\nGeschäftsführer: Thomas Wagner",
        invoice="QT/26/04906",
        amount="8.912,60 EUR",
        facts=Facts(
            promised_date="2026-12-14",
            invoice_refs=refs("04906"),
            note="'in KW 51' → Monday 14 Dec, the first day of ISO week 51 (as 'next week' → its Monday)",
        ),
    ),
    Reply(
        key="pp-de-2",
        intent="promise_to_pay",
        lang="de",
        sender=("Beat Odermatt", "b.odermatt@schreinerei-odermatt.example"),
        sent="2026-11-27 14:02 +0100",
        client="gmail",
        text="Grüezi\n\nBesten Dank für die Erinnerung. Wir zahlen unsere Lieferanten jeweils am 15., Ihre Rechnung ist für den nächsten Termin vorgemerkt. Die CHF 2'785.40 werden dann überwiesen.\n\nFreundliche Grüsse\nBeat Odermatt\n\nSchreinerei Odermatt AG\nStans",
        invoice="QT/26/04744",
        amount="CHF 2'785.40",
        facts=Facts(
            promised_date="2026-12-15",
            amount="2785.40",
            currency="CHF",
            note="Swiss customer; 'am 15.' written on 27 Nov is the next 15th, 15 Dec",
        ),
    ),
    Reply(
        key="pp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        sender=("J. Morvan", "contact@charpentes-morvan.example"),
        sent="2026-11-24 08:30 +0100",
        client="samsung",
        text="Bonjour,\nCe sera réglé fin de mois avec les autres fournisseurs.\nCdt\nJ. Morvan",
        invoice="QT/26/04580",
        amount="3 402,00 €",
        facts=Facts(promised_date="2026-11-30", note="'fin de mois' written on 24 Nov → 30 Nov"),
    ),
    Reply(
        key="pp-fr-2",
        intent="promise_to_pay",
        lang="fr",
        sender=("Loïc Perrin", "loic.perrin@menuiserie-perrin.example"),
        sent="2026-12-07 09:12 +0100",
        client="gmail_plain",
        reminder_lang="de",
        text="Bonjour,\n\ndesole pour le retard, on vous fait le virement d'ici vendredi.\n\nBonne journee\nLoic",
        invoice="QT/26/04859",
        amount="CHF 1'964.80",
        facts=Facts(
            promised_date="2026-12-11",
            note="French reply to a German reminder (Swiss customer), typed without accents; 'd'ici vendredi' on Mon 7 Dec → Fri 11 Dec",
        ),
    ),
    Reply(
        key="pp-es-1",
        intent="promise_to_pay",
        lang="es",
        sender=("Toni Ferrándiz", "toni@construccionesferrandiz.example"),
        sent="2026-12-10 13:50 +0100",
        client="outlook",
        charset="windows-1252",
        text="Hola, buenas:\n\nPerdonad el retraso, se nos pasó con el cierre de la obra de Elche. El lunes sin falta os hacemos la transferencia.\n\nSaludos,\nToni Ferrándiz\nConstrucciones Ferrándiz, S.L.",
        invoice="QT/26/04932",
        amount="2.150,00 €",
        facts=Facts(promised_date="2026-12-14", note="'el lunes' after Thu 10 Dec → Mon 14 Dec"),
    ),
    Reply(
        key="pp-es-2",
        intent="promise_to_pay",
        lang="es",
        sender=("Lucía Navarro", "pagos@grupohabitat-levante.example"),
        sent="2026-12-11 16:20 +0100",
        client="outlook_html",
        text="Buenas tardes:\n\nLes informo de que el pago de la factura QT/26/04999 quedó programado para el día 21, en la última remesa del año.\n\nUn saludo,\n\nLucía Navarro\nDepartamento de Tesorería\nGrupo Hábitat Levante\n\nAVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, le rogamos que lo comunique al remitente y proceda a su eliminación. En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos forman parte de un fichero cuyo responsable es Grupo Hábitat Levante, S.A.",
        invoice="QT/26/04999",
        amount="11.482,25 €",
        facts=Facts(
            promised_date="2026-12-21",
            invoice_refs=refs("04999"),
            note="'quedó programado' is past tense but the payment is on the 21st",
        ),
    ),
    Reply(
        key="pp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        sender=("Johan Bakker", "johan@bakkerenzoon-bouw.example"),
        sent="2026-11-25 17:48 +0100",
        client="iphone",
        text="Volgende week betalen we.\n\nGr. Johan",
        invoice="QT/26/04617",
        amount="€ 1.740,00",
        facts=Facts(
            promised_date="2026-11-30", note="'volgende week' on Wed 25 Nov → Monday 30 Nov"
        ),
    ),
    Reply(
        key="pp-it-1",
        intent="promise_to_pay",
        lang="it",
        sender=("Giulia Colombo", "amministrazione@serramenticolombo.example"),
        sent="2026-12-03 11:40 +0100",
        client="outlook",
        text="Buongiorno,\n\nprovvederemo al saldo della fattura entro fine mese.\n\nCordiali saluti\nGiulia Colombo\nSerramenti Colombo S.r.l.\nAmministrazione",
        invoice="QT/26/04880",
        amount="€ 2.605,90",
        facts=Facts(promised_date="2026-12-31", note="'entro fine mese' on 3 Dec → 31 Dec"),
    ),
    Reply(
        key="pp-it-2",
        intent="promise_to_pay",
        lang="it",
        sender=("Stefano Riva", "s.riva@rivacostruzioni.example"),
        sent="2026-12-14 10:05 +0100",
        client="apple",
        text="Buongiorno,\n\nstiamo aspettando il pagamento del SAL da parte del committente: appena arriva vi saldiamo la fattura, comunque non oltre il 22.\n\nSaluti,\nStefano Riva\nRiva Costruzioni S.r.l.",
        invoice="QT/26/05010",
        amount="€ 7.380,00",
        facts=Facts(
            promised_date="2026-12-22",
            note="conditional on the client's stage payment but with a firm deadline: the 22nd is the promised date",
        ),
    ),
]

DISPUTE: list[Reply] = [
    Reply(
        key="di-en-1",
        intent="dispute",
        lang="en",
        sender=("Phil Rudge", "phil@severnvalleyroofing.example"),
        sent="2026-11-26 08:05 +0000",
        client="outlook_ios",
        text="We have NOT paid this because the battens and felt on it never turned up. Your driver rang on the 12th to say he'd be with us after lunch and that was the last we heard. Had to get the lot from the local merchant to keep the job going.\n\nDon't send me reminders for stuff we never got.\n\nPhil Rudge\nSevern Valley Roofing",
        invoice="QT/26/04555",
        amount="£1,488.00",
        facts=Facts(note="negated payment with the reason: the goods never arrived; irritated"),
    ),
    Reply(
        key="di-en-2",
        intent="dispute",
        lang="en",
        sender=("Helen Marsh", "purchaseledger@hartwelljoinery.example"),
        sent="2026-12-01 14:30 +0000",
        client="outlook_html",
        text="Dear Receivables Team,\n\nWe are holding invoice QT/26/04722 pending correction. The 4.2 m³ of European oak (QS/FAS, 52 mm, kiln dried) was quoted by your sales office at £1,140 per m³ on quote Q-26-1187 of 2 October. The invoice charges £1,265 per m³, which is £525.00 more before VAT.\n\nPlease issue a credit note for the difference, or a revised invoice at the quoted rate, and we will pay the corrected amount straight away. I can forward the quote if you cannot find it on file.\n\nKind regards,\n\nHelen Marsh\nPurchase Ledger\nHartwell Joinery Ltd\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Hartwell Joinery Ltd, registered in England and Wales no. 04567123. Registered office: 3 Mill Yard, Tewkesbury.",
        invoice="QT/26/04722",
        amount="£6,375.60",
        facts=Facts(
            invoice_refs=refs("04722"),
            note="price dispute against a written quote; paying the corrected amount is conditional",
        ),
    ),
    Reply(
        key="di-en-3",
        intent="dispute",
        lang="en",
        sender=("Owen Price", "owen@lakesidekitchens.example"),
        sent="2026-12-15 09:12 +0000",
        client="gmail_plain",
        text="Hi,\n\n04511 was paid on 20 November, I can send the remittance if you need it. 04590 though is the exact same delivery (DN 77812, 14 sheets of 18mm birch ply) billed a second time, so we won't be paying that one. Can you cancel it please?\n\nThanks\nOwen",
        invoice="QT/26/04590",
        amount="£1,092.00",
        facts=Facts(
            invoice_refs=refs("04511", "04590"),
            note="the payment claim is for the other invoice; this one is a duplicate and contested, so dispute wins",
        ),
    ),
    Reply(
        key="di-de-1",
        intent="dispute",
        lang="de",
        sender=("Jürgen Albers", "j.albers@tischlerei-albers.example"),
        sent="2026-12-02 09:40 +0100",
        client="outlook_html",
        text="Sehr geehrte Damen und Herren,\n\nder o. g. Rechnung müssen wir leider widersprechen. Berechnet wurden 12,0 m³ Fichte KVH 60 x 120, geliefert und auf dem Lieferschein quittiert sind jedoch nur 9,5 m³. Den Lieferschein Nr. 26-31877 habe ich Ihnen als Scan angehängt.\n\nBitte senden Sie uns eine korrigierte Rechnung bzw. eine Gutschrift über die fehlenden 2,5 m³. Den unstrittigen Teil überweisen wir nach Eingang der Korrektur.\n\nMit freundlichen Grüßen\n\nJürgen Albers\nTischlerei Albers GmbH\nGewerbering 5 · 26135 Oldenburg",
        invoice="QT/26/04790",
        amount="5.866,80 €",
        attachments=(Attachment("Lieferschein_26-31877.pdf", "application/pdf", FAKE_PDF),),
        facts=Facts(
            note="quantity invoiced exceeds the signed delivery note; the undisputed part waits for the correction"
        ),
    ),
    Reply(
        key="di-de-2",
        intent="dispute",
        lang="de",
        sender=("Wolfgang Reiter", "w.reiter@holzbau-reiter.example"),
        sent="2026-12-11 07:03 +0100",
        client="samsung",
        text="Morgen,\n\ndie 6 Dreischichtplatten mit den Wasserflecken hat Ihr Fahrer am 23.11. wieder mitgenommen. Eine Gutschrift haben wir bis heute nicht. Solange die nicht da ist, zahlen wir die Rechnung nicht, das habe ich Ihrem Innendienst schon zweimal gesagt.\n\nGruß\nWolfgang Reiter\nHolzbau Reiter",
        invoice="QT/26/04681",
        amount="3.127,20 €",
        facts=Facts(
            note="returned damaged panels never credited: 'we won't pay until the credit note comes'"
        ),
    ),
    Reply(
        key="di-fr-1",
        intent="dispute",
        lang="fr",
        sender=("Gwenaël Le Floc'h", "chantier@lefloch-naval.example"),
        sent="2026-11-30 17:44 +0100",
        client="thunderbird",
        cte="8bit",
        text="Bonjour,\n\nNous ne réglerons pas cette facture en l'état. Sur les 20 panneaux de contreplaqué marine okoumé 12 mm livrés le 6 novembre, 7 sont arrivés délaminés sur les chants et sont inutilisables pour un bordé. Les photos ont été envoyées à votre commercial, M. Cadell, le jour même, et nous n'avons eu aucune réponse depuis.\n\nMerci de nous établir un avoir pour ces 7 panneaux ou de les remplacer.\n\nCordialement,\n\n-- \nGwenaël Le Floc'h\nChantier naval Le Floc'h – Douarnenez",
        invoice="QT/26/04633",
        amount="4 180,00 €",
        facts=Facts(note="damaged goods (delaminated marine plywood) at a boat yard"),
    ),
    Reply(
        key="di-fr-2",
        intent="dispute",
        lang="fr",
        sender=("Camille Morel", "c.morel@agencement-morel.example"),
        sent="2026-12-16 10:25 +0100",
        client="outlook_html_only",
        charset="windows-1252",
        text="Bonjour,\n\nNous ne retrouvons pas cette commande chez nous. Le bon de commande indiqué sur la facture (BC 2026-0815) ne correspond à aucune de nos commandes : nos numéros commencent tous par AM-, et nous n'avons jamais commandé de lamellé-collé chez vous. Il doit s'agir d'un autre client.\n\nMerci de vérifier et d'annuler cette facture sur notre compte.\n\nCordialement,\n\nCamille Morel\nAgencement Morel – Nantes",
        invoice="QT/26/05104",
        amount="2 938,50 €",
        facts=Facts(
            note="'not our PO': they are a customer but contest this invoice, so dispute rather than wrong_contact; HTML-only, windows-1252"
        ),
    ),
    Reply(
        key="di-es-1",
        intent="dispute",
        lang="es",
        sender=("Marta Gil", "marta@carpinteriagil.example"),
        sent="2026-12-04 12:15 +0100",
        client="gmail",
        cte="base64",
        text="Buenas,\n\nEn la factura nos cobráis el cepillado a cuatro caras y el tratamiento en autoclave de los 180 tablones de pino, pero la madera llegó en bruto y sin tratar, como podéis comprobar en la obra cuando queráis. Hasta que no nos mandéis una factura rectificativa sin esos dos conceptos, no la vamos a pagar.\n\nUn saludo,\nMarta Gil\nCarpintería Gil e Hijos",
        invoice="QT/26/04817",
        amount="3.655,00 €",
        facts=Facts(
            note="charged for machining and treatment that were not done; no payment until a corrected invoice"
        ),
    ),
    Reply(
        key="di-nl-1",
        intent="dispute",
        lang="nl",
        sender=("Femke Jansen", "f.jansen@interieurbouwjansen.example"),
        sent="2026-11-27 10:02 +0100",
        client="outlook",
        text="Goedemorgen,\n\nDeze factuur is op 12 november al volledig gecrediteerd (creditnota CN26-0318), omdat de hele levering retour is gegaan. Bij ons staat er dus niets meer open. Wilt u dit in uw administratie rechtzetten?\n\nMet vriendelijke groet,\n\nFemke Jansen\nInterieurbouw Jansen",
        invoice="QT/26/04523",
        amount="€ 2.244,00",
        facts=Facts(
            note="already credited in full; the credit-note number is not an invoice reference"
        ),
    ),
    Reply(
        key="di-nl-2",
        intent="dispute",
        lang="nl",
        sender=("Ruud Hendriks", "ruud@hendriks-restauratie.example"),
        sent="2026-12-09 16:55 +0100",
        client="gmail",
        text="Hoi,\n\nVan de 8 eiken balken 200x200 die vorige week geleverd zijn, hebben er 3 flinke scheuren over bijna de hele lengte. Die kunnen we zo niet in de kapconstructie verwerken. Foto's zitten in de bijlage.\n\nHet deel van de factuur voor de andere 5 balken en de rest van de levering betalen we gewoon, maar die 3 balken niet zolang er geen vervanging of creditnota is.\n\nGroet,\nRuud Hendriks\nHendriks Restauratie & Houtbouw",
        invoice="QT/26/04944",
        amount="€ 6.960,00",
        attachments=(
            Attachment("IMG_4471.jpg", "image/jpeg", FAKE_JPEG),
            Attachment("IMG_4472.jpg", "image/jpeg", FAKE_JPEG + b"\x00"),
        ),
        facts=Facts(note="damaged beams; paying the undisputed part is secondary to the dispute"),
    ),
    Reply(
        key="di-it-1",
        intent="dispute",
        lang="it",
        sender=("Paolo Zanetti", "acquisti@zanettiserramenti.example"),
        sent="2026-12-07 11:18 +0100",
        client="outlook_html",
        reminder_lang="de",
        text="Buongiorno,\n\nnella fattura in oggetto il larice massiccio da 40 mm è stato fatturato a 980,00 €/m³, mentre la vostra offerta n. 2026/341 del 18 settembre riportava 905,00 €/m³. Vi chiediamo quindi di emettere una nota di credito per la differenza; fino ad allora la fattura resta sospesa.\n\nDistinti saluti\n\nPaolo Zanetti\nUfficio Acquisti\nZanetti Serramenti S.r.l. – Bolzano\n\nLe informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Qualora il messaggio vi fosse pervenuto per errore, vi preghiamo di eliminarlo e di darne comunicazione al mittente.",
        invoice="QT/26/04895",
        amount="9.114,00 €",
        facts=Facts(
            note="Italian reply to a German reminder (South Tyrol); price dispute against the quote"
        ),
    ),
    Reply(
        key="di-it-2",
        intent="dispute",
        lang="it",
        sender=("Marco Fabbri", "marco.fabbri@fabbri-arredamenti.example"),
        sent="2026-12-17 08:22 +0100",
        client="samsung",
        text="buongiorno, questa e la stessa consegna gia fatturata con la 04871 che abbiamo pagato il 30/11. Stesso DDT stessi pezzi. Annullatela per favore\nMarco",
        invoice="QT/26/04893",
        amount="€ 1.530,00",
        facts=Facts(
            invoice_refs=refs("04871"),
            note="duplicate billing, typed without accents; the payment mentioned is of the earlier invoice, and only 04871 is written in the text",
        ),
    ),
]

PAYMENT_PLAN: list[Reply] = [
    Reply(
        key="pl-en-1",
        intent="payment_plan",
        lang="en",
        sender=("Neil Bramley", "neil@bramleylofts.example"),
        sent="2026-12-02 21:14 +0000",
        client="outlook_ios",
        text="Hi,\n\nI'll be straight with you. Our main contractor on the Ross estate went into administration last month owing us just under £60k and we're struggling to keep the lights on. I don't want to leave you short either. Could we clear this at £500 a month starting in January? I can set up a standing order as soon as you agree.\n\nSorry,\nNeil Bramley\nBramley Loft Conversions",
        invoice="QT/26/04710",
        amount="£4,980.00",
        facts=Facts(note="hardship with a monthly instalment proposal"),
    ),
    Reply(
        key="pl-en-2",
        intent="payment_plan",
        lang="en",
        sender=("Mike Dunmore", "dunmorebuild@gmail.com"),
        sent="2026-12-14 12:31 +0000",
        client="gmail_plain",
        text="Can we split this over Jan and Feb? Half each. Cash is tight till the stage payments come in after Christmas.\n\nMike",
        invoice="QT/26/05029",
        amount="£3,240.00",
        facts=Facts(note="two instalments asked"),
    ),
    Reply(
        key="pl-en-3",
        intent="payment_plan",
        lang="en",
        sender=("Tamsin Pascoe", "tamsin@falriverboats.example"),
        sent="2026-12-16 15:02 +0000",
        client="thunderbird",
        cte="8bit",
        text="Hello,\n\nWe've had a look at this one and, given the trouble we had with the larch (you'll remember the moisture content was well over what we ordered and we lost the best part of a week re-stacking it), we'd like to propose £2,000 in full and final settlement of the £2,640.00 shown. If that's acceptable I can pay it this week.\n\nRegards,\n\n-- \nTamsin Pascoe\nFal River Boats Ltd\nMylor Yacht Harbour",
        invoice="QT/26/04766",
        amount="£2,640.00",
        facts=Facts(
            note="offer of a reduced amount in full and final settlement: payment_plan; the quality complaint is background and 'I can pay it this week' depends on acceptance",
        ),
    ),
    Reply(
        key="pl-de-1",
        intent="payment_plan",
        lang="de",
        sender=("Andrea Seitz", "a.seitz@seitz-dachbau.example"),
        sent="2026-12-01 10:30 +0100",
        client="outlook",
        text="Sehr geehrte Damen und Herren,\n\naufgrund eines größeren Forderungsausfalls bei einem Bauprojekt ist unsere Liquidität derzeit angespannt. Wir möchten Ihnen daher vorschlagen, den offenen Betrag von 6.840,00 € in drei Monatsraten zu je 2.280,00 € zu begleichen, erstmals zum 15.01.2027.\n\nFür Ihr Entgegenkommen wären wir Ihnen sehr dankbar.\n\nMit freundlichen Grüßen\n\nAndrea Seitz\nKaufmännische Leitung\nSeitz Dachbau GmbH",
        invoice="QT/26/04698",
        amount="6.840,00 €",
        facts=Facts(note="three monthly instalments; plan dates and amounts are not labelled"),
    ),
    Reply(
        key="pl-de-2",
        intent="payment_plan",
        lang="de",
        sender=("Stefan Huber", "stefan.huber@zimmerei-huber.example"),
        sent="2026-12-17 13:45 +0100",
        client="gmail",
        text="Hallo,\n\nkönnten Sie uns für diese Rechnung noch einen Aufschub bis Ende Januar geben? Unser größter Auftraggeber zahlt erst nach der Abnahme, und die verschiebt sich wegen des Wetters. Danach ist alles auf einmal da und wir begleichen die Rechnung sofort.\n\nViele Grüße\nStefan Huber\nZimmerei Huber",
        invoice="QT/26/05055",
        amount="4.415,00 €",
        facts=Facts(
            note="asks for more time (to the end of January): a request, not a commitment, so payment_plan with no date"
        ),
    ),
    Reply(
        key="pl-fr-1",
        intent="payment_plan",
        lang="fr",
        sender=("Hélène Vasseur", "h.vasseur@renovbois-vasseur.example"),
        sent="2026-12-07 19:03 +0100",
        client="iphone",
        text="Bonjour,\nEst-il possible de régler cette facture en trois fois, un tiers en décembre, en janvier et en février ? La trésorerie est un peu juste en fin d'année.\nMerci de me dire si c'est envisageable.\nCdt\nHélène Vasseur",
        invoice="QT/26/04826",
        amount="3 960,00 €",
        facts=Facts(note="three instalments asked"),
    ),
    Reply(
        key="pl-es-1",
        intent="payment_plan",
        lang="es",
        sender=("Jorge Castaño", "administracion@reformascastano.example"),
        sent="2026-12-09 10:10 +0100",
        client="outlook",
        text="Buenos días:\n\nAhora mismo solo podemos hacer frente a la mitad. Si os parece bien, esta semana os transferimos 1.500 € y el resto, 1.612,40 €, a mediados de enero. Confirmadme si os encaja.\n\nSaludos cordiales,\n\nJorge Castaño\nAdministración – Reformas Castaño",
        invoice="QT/26/04902",
        amount="3.112,40 €",
        facts=Facts(
            note="half this week and the rest in January, subject to agreement: payment_plan, not promise_to_pay"
        ),
    ),
    Reply(
        key="pl-es-2",
        intent="payment_plan",
        lang="es",
        sender=("Rosa María Peña", "rmpena@construccionespena.example"),
        sent="2026-11-30 18:25 +0100",
        client="iphone",
        text="Buenas tardes. Les escribo porque estamos pasando por una situación complicada: nos han paralizado una obra grande por un problema con la licencia y no estamos cobrando. ¿Sería posible aplazar el pago unos meses o fraccionarlo? No queremos dejar de pagar, solo necesitamos algo de margen. Gracias de antemano.\n\nRosa María Peña",
        invoice="QT/26/04542",
        amount="5.270,00 €",
        facts=Facts(note="hardship; asks to defer or split"),
    ),
    Reply(
        key="pl-nl-1",
        intent="payment_plan",
        lang="nl",
        sender=("Kees van Dam", "kees@vandamtimmerwerken.example"),
        sent="2026-12-03 14:00 +0100",
        client="outlook_html",
        text="Goedemiddag,\n\nDoor een paar tegenvallers dit najaar zitten we even krap. Zouden we voor deze factuur een betalingsregeling kunnen treffen, bijvoorbeeld € 775 per maand vanaf januari? Dan is het bedrag in zes maanden voldaan.\n\nIk hoor graag of dat akkoord is.\n\nMet vriendelijke groet,\n\nKees van Dam\nVan Dam Timmerwerken",
        invoice="QT/26/04810",
        amount="€ 4.650,00",
        facts=Facts(note="monthly instalments proposed"),
    ),
    Reply(
        key="pl-nl-2",
        intent="payment_plan",
        lang="nl",
        sender=("Anouk de Wit", "anouk@dewitkeukens.example"),
        sent="2026-12-16 11:42 +0100",
        client="gmail",
        text="Hallo,\n\nWe hebben vandaag € 1.000 overgemaakt. Het resterende bedrag van € 2.400 willen we graag in twee delen betalen, half januari en half februari. Is dat goed?\n\nGroetjes,\nAnouk de Wit\nDe Wit Keukens & Meubelmakerij",
        invoice="QT/26/05036",
        amount="€ 3.400,00",
        facts=Facts(
            note="part payment made today plus two instalments asked: payment_plan, not payment_sent"
        ),
    ),
    Reply(
        key="pl-it-1",
        intent="payment_plan",
        lang="it",
        sender=("Franca Moretti", "amministrazione@morettiparquet.example"),
        sent="2026-12-10 09:35 +0100",
        client="outlook",
        text="Buongiorno,\n\na causa di un forte ritardo negli incassi di alcuni cantieri vi chiediamo la possibilità di rateizzare l'importo della fattura in quattro rate mensili da € 2.060,00, a partire da gennaio.\n\nRestiamo in attesa di un vostro cortese riscontro.\n\nCordiali saluti\nFranca Moretti\nMoretti Parquet S.r.l.",
        invoice="QT/26/04955",
        amount="€ 8.240,00",
        facts=Facts(note="four monthly instalments asked"),
    ),
    Reply(
        key="pl-it-2",
        intent="payment_plan",
        lang="it",
        sender=("Andrea Galli", "andrea@galliarredo.example"),
        sent="2026-11-27 18:10 +0100",
        client="samsung",
        text="Buonasera, possiamo spostare la scadenza di questa fattura a fine febbraio? Abbiamo avuto un mese difficile. Grazie\nAndrea Galli",
        invoice="QT/26/04627",
        amount="€ 1.980,00",
        facts=Facts(note="asks to move the due date (more time): payment_plan, no date labelled"),
    ),
]

INVOICE_REQUEST: list[Reply] = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        sender=("Jason Clay", "jason@claybuild.example"),
        sent="2026-11-23 12:10 +0000",
        client="iphone",
        text="Never had this invoice. Can you resend it to this address please, with the delivery note. Thanks\n\nJason",
        invoice="QT/26/04497",
        amount="£712.80",
        facts=Facts(note="never received; asks for it again without contesting it"),
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        sender=("Lucy Harrow", "lucy@harrowandfinch.example"),
        sent="2026-12-04 10:22 +0000",
        client="gmail",
        text="Hi,\n\nCould you send us a full statement of account, please? Our ledger shows a slightly different balance from yours, and I'd rather reconcile the two before I pay anything.\n\nThanks,\nLucy\n\nLucy Harrow\nHarrow & Finch Furniture Makers",
        invoice="QT/26/04735",
        amount="£2,118.00",
        facts=Facts(note="statement of account to reconcile a balance; nothing contested yet"),
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        sender=("Dana Whitfield", "ap@tidewateryachtjoinery.example"),
        sent="2026-12-01 10:48 -0500",
        client="outlook_html",
        us=True,
        text="Hello,\n\nBefore we can release payment on QT/26/05102, our AP department needs a completed Form W-8BEN-E for Quercus Timber Ltd on file, since you are a foreign vendor. We will also need your banking details on company letterhead for the international wire. Could you send both to this address?\n\nOnce we have them, the invoice will go into our next payment run.\n\nBest regards,\n\nDana Whitfield\nAccounts Payable Specialist\nTidewater Yacht Joinery, LLC\n(410) 555-0187\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.",
        invoice="QT/26/05102",
        amount="US$9,430.00",
        facts=Facts(
            invoice_refs=refs("05102"),
            note="tax form and bank details on letterhead needed before payment; the payment-run sentence is conditional on them",
        ),
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        sender=("Petra Lindner", "rechnungspruefung@bau-lindner.example"),
        sent="2026-12-02 08:55 +0100",
        client="outlook_html",
        text="Sehr geehrte Damen und Herren,\n\ndie genannte Rechnung liegt uns nicht vor. Unser Rechnungseingang verarbeitet ausschließlich elektronische Rechnungen im Format XRechnung oder ZUGFeRD (ab Profil EN 16931); reine PDF-Dateien werden vom System nicht angenommen.\n\nBitte senden Sie uns die Rechnung erneut in einem dieser Formate. Sie wird dann umgehend geprüft und zur Zahlung angewiesen.\n\nMit freundlichen Grüßen\nPetra Lindner\nRechnungsprüfung\n\nBaugesellschaft Lindner mbH\nAm Hafen 3 · 28217 Bremen",
        invoice="QT/26/04841",
        amount="12.480,00 €",
        facts=Facts(
            note="needs the invoice again as an e-invoice (XRechnung or ZUGFeRD): invoice_request"
        ),
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        sender=("Martine Lefèvre", "comptabilite@sarl-lefevre-couverture.example"),
        sent="2026-11-25 15:40 +0100",
        client="outlook",
        charset="iso-8859-1",
        text="Bonjour,\n\nPour pouvoir procéder au paiement, merci de nous faire parvenir votre RIB sur papier à en-tête de la société. Notre banque l'exige désormais pour tout nouveau bénéficiaire à l'étranger.\n\nDès réception, nous lancerons le virement.\n\nCordialement,\n\nMartine Lefèvre\nComptabilité\nSARL Lefèvre Couverture",
        invoice="QT/26/04602",
        amount="2 540,00 EUR",
        facts=Facts(
            note="bank details (RIB) needed before paying; the transfer is conditional on them"
        ),
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        sender=("Julien Masson", "julien.masson@massonbois.example"),
        sent="2026-12-14 09:05 +0100",
        client="gmail",
        text="Bonjour,\n\nNous n'avons jamais reçu cette facture. Pourriez-vous nous la renvoyer, accompagnée du bon de livraison signé, afin que nous puissions la saisir ?\n\nMerci d'avance,\nJulien Masson\nMasson Bois & Agencement",
        invoice="QT/26/05068",
        amount="1 215,60 €",
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        sender=("Elena Ruiz", "cuentasapagar@bricocentro-sur.example"),
        sent="2026-12-03 12:30 +0100",
        client="outlook_html",
        text="Buenos días:\n\nPara poder tramitar el pago necesitamos que la factura QT/26/04863 incluya nuestro número de pedido, PED-26-0419. Sin él, nuestro sistema la rechaza automáticamente. ¿Podrían emitirla de nuevo con ese dato?\n\nUn saludo,\n\nElena Ruiz\nCuentas a pagar\nBricocentro Sur, S.A.",
        invoice="QT/26/04863",
        amount="7.905,20 €",
        facts=Facts(
            invoice_refs=refs("04863"), note="reissue with the PO number, amount not contested"
        ),
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        sender=("Manolo Reyes", "manolo@carpinteriareyes.example"),
        sent="2026-12-15 17:20 +0100",
        client="iphone",
        text="¿A qué pedido corresponde esta factura? No caigo. Mándame el albarán y lo miro.\n\nManolo",
        invoice="QT/26/05081",
        amount="640,00 €",
        facts=Facts(
            note="asks what the invoice is for and for the delivery note, without contesting it"
        ),
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        sender=("Peter Smit", "administratie@smitbouw.example"),
        sent="2026-12-08 09:15 +0100",
        client="inline",
        text="<<2>>\n\nDeze factuur kunnen we niet terugvinden in ons systeem. Kunt u een kopie sturen, bij voorkeur als pdf? Dan nemen we hem mee in de eerstvolgende betaalrun.\n\n<<3>>\n\nZie hierboven: zonder factuur kunnen we hem niet inboeken.\n\nMet vriendelijke groet,\nPeter Smit\nSmit Bouw B.V.",
        invoice="QT/26/04873",
        amount="€ 2.360,50",
        facts=Facts(
            note="inline answers between the quoted paragraphs; a copy is requested, and paying in the next run depends on it and has no date"
        ),
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        sender=("Lien Verhaeghe", "boekhouding@verhaeghe-dakwerken.example"),
        sent="2026-11-30 14:48 +0100",
        client="owa",
        text="Goeiemiddag,\n\nKan u deze factuur opnieuw opmaken met vermelding van ons werfnummer (W-2614, project Sint-Amandsberg)? Onze boekhouding kan facturen zonder werfnummer niet inboeken. Aan het bedrag zelf verandert niets.\n\nMet vriendelijke groeten,\nLien Verhaeghe\nVerhaeghe Dakwerken BV",
        invoice="QT/26/04661",
        amount="€ 3.090,00",
        facts=Facts(note="Flemish; reissue with the site number, amount not contested"),
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        sender=("Sara Bianchi", "contabilita@bianchi-legnami.example"),
        sent="2026-12-11 12:00 +0100",
        client="gmail",
        text="Buongiorno,\n\npotreste inviarci un estratto conto aggiornato con tutte le fatture aperte e i pagamenti ricevuti? Vorremmo verificare le posizioni prima di procedere.\n\nGrazie e buona giornata,\nSara Bianchi\nBianchi Legnami – Ufficio contabilità",
        invoice="QT/26/04916",
        amount="€ 4.470,00",
        facts=Facts(note="statement of account"),
    ),
    Reply(
        key="ir-it-2",
        intent="invoice_request",
        lang="it",
        sender=("Roberto Conti", "r.conti@conti-cantieristica.example"),
        sent="2026-12-16 15:33 +0100",
        client="outlook_html",
        text="Buongiorno,\n\nprima di procedere con il pagamento vi chiediamo di confermarci le vostre coordinate bancarie con una lettera su carta intestata, firmata. La settimana scorsa abbiamo ricevuto un'e-mail, apparentemente da parte vostra, che ci comunicava un nuovo IBAN, e vogliamo essere sicuri che non si tratti di una truffa.\n\nCordiali saluti\nRoberto Conti\nAmministrazione\nConti Cantieristica Navale S.r.l. – La Spezia",
        invoice="QT/26/05040",
        amount="€ 15.600,00",
        facts=Facts(
            note="boat builder asks for signed bank details after a suspected fraud e-mail: invoice_request"
        ),
    ),
]

WRONG_CONTACT: list[Reply] = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        sender=("Gaz Holloway", "gary.holloway@brookfieldhomes.example"),
        sent="2026-11-23 16:40 +0000",
        client="iphone",
        text="I'm just the site manager mate, I don't pay anything. Invoices go to accounts@brookfieldhomes.example\n\nGaz",
        invoice="QT/26/04472",
        amount="£5,610.00",
        facts=Facts(new_contact="accounts@brookfieldhomes.example"),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        sender=("Northgate DIY Accounts", "accounts.payable@northgate-diy.example"),
        sent="2026-12-07 08:01 +0000",
        client="notice_alt",
        subject="Automatic reply: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        text="Thank you for your email.\n\nPlease note that this mailbox is no longer monitored. Supplier invoices, statements and remittance queries should now be sent to purchaseledger@northgate-diy.example. For order and delivery queries, please contact the branch that placed the order.\n\nNorthgate DIY Ltd",
        invoice="QT/26/04886",
        amount="£9,118.44",
        facts=Facts(
            new_contact="purchaseledger@northgate-diy.example",
            note="automatic 'mailbox no longer monitored' notice naming the new address: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        sender=("Accounts Department", "accounts@hartwell-joinery-uk.example"),
        sent="2026-12-10 03:12 +0000",
        client="outlook_html_only",
        text="Dear Valued Supplier,\n\nPlease be advised that due to an ongoing internal audit our accounts department has moved to a new email address with immediate effect. Kindly direct all invoices, statements and payment correspondence to hartwell.accountsdept@gmail.com and do not use the old address, as it will be deactivated shortly.\n\nUpdated remittance instructions will follow from the new address.\n\nRegards,\nAccounts Department\nHartwell Joinery Ltd",
        invoice="QT/26/05011",
        amount="£3,874.20",
        facts=Facts(
            new_contact="hartwell.accountsdept@gmail.com",
            note="phishing-like request from a look-alike domain to redirect mail to a free-mail address; labelled by what it asks, checking it is the collector's job; HTML-only",
        ),
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        sender=("Thomas Engel", "t.engel@schreinerei-kraus.example"),
        sent="2026-11-26 13:12 +0100",
        client="gmail",
        cte="base64",
        text="Guten Tag,\n\nich bin seit Ende Oktober nicht mehr bei der Schreinerei Kraus beschäftigt und kümmere mich daher auch nicht mehr um Rechnungen. Bitte wenden Sie sich an Frau Nadine Keller: n.keller@schreinerei-kraus.example\n\nViele Grüße\nThomas Engel",
        invoice="QT/26/04640",
        amount="1.876,00 €",
        facts=Facts(new_contact="n.keller@schreinerei-kraus.example"),
    ),
    Reply(
        key="wc-de-2",
        intent="wrong_contact",
        lang="de",
        sender=("Florian Weiß", "werkstatt@moebelbau-weiss.example"),
        sent="2026-12-14 07:35 +0100",
        client="outlook_ios",
        text="Hallo,\n\ndas ist die Werkstatt-Adresse, hier liest keiner Mahnungen. Bitte alles, was Rechnungen betrifft, an buero@moebelbau-weiss.example schicken.\n\nGruß\nFlorian Weiß",
        invoice="QT/26/05072",
        amount="2.994,50 €",
        facts=Facts(new_contact="buero@moebelbau-weiss.example"),
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        sender=("Didier Bernard", "didier@bernard-ebenisterie.example"),
        sent="2026-12-01 20:50 +0100",
        client="iphone",
        text="Bonsoir,\nJe ne m'occupe pas de la compta, c'est ma femme qui gère. Écrivez-lui à compta.bernard@bernard-ebenisterie.example\nDidier",
        invoice="QT/26/04799",
        amount="1 320,00 €",
        facts=Facts(new_contact="compta.bernard@bernard-ebenisterie.example"),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        sender=("Constructions Faure – Accueil", "contact@constructions-faure.example"),
        sent="2026-12-09 09:02 +0100",
        client="notice",
        subject="Réponse automatique : {orig}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
        text="Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er décembre 2026.\n\nPour toute question relative à la facturation ou aux règlements, merci d'écrire désormais à factures@constructions-faure.example. Pour les chantiers en cours, contactez directement votre conducteur de travaux.\n\nConstructions Faure",
        invoice="QT/26/04929",
        amount="5 402,40 €",
        facts=Facts(
            new_contact="factures@constructions-faure.example",
            note="automatic notice without Auto-Submitted (X-Autoreply and Precedence only): the address is no longer read, the new one is named",
        ),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        sender=("Taller Carpintería Soler", "taller@carpinteriasoler.example"),
        sent="2026-12-04 08:30 +0100",
        client="samsung",
        text="Buenos días, este correo es del taller. Las facturas las lleva la gestoría, mándenlo a facturas@gestoria-alvarez.example por favor.\nUn saludo",
        invoice="QT/26/04860",
        amount="1.045,00 €",
        facts=Facts(new_contact="facturas@gestoria-alvarez.example"),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        sender=("Ruiz Hermanos Carpintería", "info@ruizhermanos-carpinteria.example"),
        sent="2026-12-15 11:05 +0100",
        client="gmail",
        text="Buenos días:\n\nCreo que se han equivocado de destinatario. Somos Ruiz Hermanos, una carpintería de Valencia, y nunca les hemos comprado nada. Puede que busquen a Hermanos Ruiz Maderas, de Murcia, que tiene un nombre parecido.\n\nUn saludo",
        invoice="QT/26/05049",
        amount="2.210,00 €",
        facts=Facts(note="not a customer at all, a similarly named firm; no new address"),
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        sender=("Erik Mulder", "e.mulder@mulderbouwgroep.example"),
        sent="2026-12-02 07:20 +0100",
        client="iphone",
        text="Ik ben uitvoerder, ik ga niet over betalingen. Stuur dit naar crediteuren@mulderbouwgroep.example.\n\nErik",
        invoice="QT/26/04840",
        amount="€ 8.320,00",
        facts=Facts(new_contact="crediteuren@mulderbouwgroep.example"),
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        sender=("Hans Vos", "hans@vostrappenbouw.example"),
        sent="2026-12-10 15:15 +0100",
        client="outlook_html",
        cc="Marieke Visser <M.Visser@Visser-Administraties.example>",
        text="Goedemiddag,\n\nOnze administratie is sinds deze maand uitbesteed aan Visser Administraties. Marieke Visser (in de cc) regelt vanaf nu alle betalingen. Wilt u herinneringen en facturen voortaan naar haar sturen: M.Visser@Visser-Administraties.example\n\nMet vriendelijke groet,\nHans Vos\nVos Trappenbouw",
        invoice="QT/26/04970",
        amount="€ 2.780,00",
        facts=Facts(
            new_contact="m.visser@visser-administraties.example",
            note="new address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        sender=("Giorgio Ferraro", "g.ferraro@ferraroedilizia.example"),
        sent="2026-11-30 10:40 +0100",
        client="outlook",
        text="Buongiorno,\n\ndal mese scorso non mi occupo più dell'amministrazione. Per fatture e solleciti scrivete per favore alla collega, dott.ssa Elisa Marchi: amministrazione@ferraroedilizia.example\n\nSaluti\nGiorgio Ferraro",
        invoice="QT/26/04579",
        amount="€ 3.865,00",
        facts=Facts(new_contact="amministrazione@ferraroedilizia.example"),
    ),
]

UNSUBSCRIBE: list[Reply] = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        sender=("Margaret Oakes", "office@oakesbuilders.example"),
        sent="2026-11-27 11:30 +0000",
        client="outlook",
        text="Good morning,\n\nPlease stop sending payment reminders to this email address. We only deal with supplier accounts by post, and any correspondence about our account should be sent to the yard address you have on file.\n\nYours sincerely,\n\nMargaret Oakes\nOakes Builders",
        invoice="QT/26/04539",
        amount="£1,960.00",
        facts=Facts(note="'post only' → unsubscribe"),
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        sender=("Terry Vickers", "tvickersjoinery@gmail.com"),
        sent="2026-12-09 19:48 +0000",
        client="samsung",
        text="STOP SENDING ME THESE. I PAID YOU 2 WEEKS AGO AND THIS IS THE THIRD ONE",
        invoice="QT/26/04881",
        amount="£744.00",
        facts=Facts(
            note="stop request in capitals with a payment claim: unsubscribe beats everything but bounce"
        ),
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        sender=("Graham Pike", "g.pike@pikeconstruction.example"),
        sent="2026-12-16 12:15 +0000",
        client="outlook_html",
        text="Dear Sirs,\n\nThis account is now in the hands of our solicitors, who are dealing with the defective glulam beams supplied for the Harlow Road project. Please address any further correspondence about this invoice to them, and do not contact us directly about it again.\n\nYours faithfully,\n\nGraham Pike\nDirector\nPike Construction Ltd",
        invoice="QT/26/04603",
        amount="£18,240.00",
        facts=Facts(
            note="'talk to our solicitors' (no address) with a dispute in the background: unsubscribe wins over dispute"
        ),
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        sender=("Dirk Behrens", "d.behrens@behrens-hochbau.example"),
        sent="2026-12-04 06:50 +0100",
        client="iphone",
        text="Bitte nehmen Sie mich aus Ihrem Verteiler. Ich bin Polier auf der Baustelle und habe mit Rechnungen nichts zu tun.\n\nD. Behrens",
        invoice="QT/26/04869",
        amount="7.210,00 €",
        facts=Facts(
            note="remove me + 'not my job' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        sender=("Ingrid Maurer", "maurer@fensterbau-maurer.example"),
        sent="2026-12-14 16:00 +0100",
        client="thunderbird",
        cte="8bit",
        text="Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich der Verwendung meiner E-Mail-Adresse für Mahnungen und Zahlungserinnerungen. Schriftverkehr zu unserem Kundenkonto bitte künftig ausschließlich auf dem Postweg an unsere Geschäftsadresse.\n\nMit freundlichen Grüßen\nIngrid Maurer\nFensterbau Maurer e.K.",
        invoice="QT/26/05057",
        amount="1.612,00 €",
        facts=Facts(note="formal objection to e-mail, post only"),
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        sender=("Bruno Caillaud", "b.caillaud@caillaud-charpente.example"),
        sent="2026-11-30 08:12 +0100",
        client="gmail_plain",
        text="Bonjour,\n\nMerci de ne plus m'envoyer de relances par mail. Pour tout ce qui concerne notre compte, uniquement par courrier postal à l'adresse de l'entreprise.\n\nB. Caillaud",
        invoice="QT/26/04571",
        amount="2 075,00 €",
        facts=Facts(note="post only"),
    ),
    Reply(
        key="un-fr-2",
        intent="unsubscribe",
        lang="fr",
        sender=("Karim Haddad", "karim.haddad@hotmail.fr"),
        sent="2026-12-11 22:05 +0100",
        client="iphone",
        text="Arrêtez de m'écrire. Cette facture est fausse de toute façon, je l'ai déjà dit trois fois à votre commercial et personne ne bouge.",
        invoice="QT/26/04987",
        amount="890,00 €",
        facts=Facts(note="stop writing + 'the invoice is wrong': unsubscribe beats dispute"),
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        sender=("Álvaro Prieto", "alvaroprieto.carpintero@gmail.com"),
        sent="2026-12-02 13:30 +0100",
        client="gmail",
        text="Buenas,\n\nNo me escriban más a este correo, que es personal. Cualquier cosa del taller, por carta a la dirección de siempre.\n\nÁlvaro",
        invoice="QT/26/04794",
        amount="1.380,00 €",
        facts=Facts(note="personal address; letters only"),
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        sender=("Construcciones Lorca Martínez", "gerencia@lorcamartinez.example"),
        sent="2026-12-17 10:45 +0100",
        client="outlook",
        text="Muy señores nuestros:\n\nLes comunicamos que este asunto ha pasado a manos de nuestro abogado. A partir de ahora, cualquier comunicación relativa a esta factura deberá dirigirse a él, por lo que les rogamos que no vuelvan a ponerse en contacto con nosotros directamente.\n\nAtentamente,\n\nLa Gerencia\nConstrucciones Lorca Martínez, S.L.",
        invoice="QT/26/04731",
        amount="21.930,00 €",
        facts=Facts(note="'through our lawyer' without an address"),
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        sender=("Wim Kuipers", "wim@kuiperskozijnen.example"),
        sent="2026-12-08 12:02 +0100",
        client="gmail_plain",
        text="Afmelden.",
        invoice="QT/26/04915",
        amount="€ 960,00",
        facts=Facts(note="one word: 'unsubscribe'"),
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        sender=("Davide Ricci", "davide.ricci.falegname@libero.it"),
        sent="2026-11-26 21:40 +0100",
        client="iphone",
        text="Per favore cancellatemi dalla vostra lista, non voglio più ricevere queste email.",
        invoice="QT/26/04620",
        amount="€ 475,00",
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        sender=("Edilcasa Martini", "info@edilcasamartini.example"),
        sent="2026-12-15 09:55 +0100",
        client="outlook_html",
        charset="windows-1252",
        text="Spett.le Quercus Timber,\n\nvi comunichiamo che da oggi ogni comunicazione relativa alla fattura in oggetto dovrà passare esclusivamente attraverso il nostro legale, avv. Carlo Ferri. Vi invitiamo pertanto a non scriverci più direttamente.\n\nDistinti saluti\nEdilcasa Martini S.r.l.",
        invoice="QT/26/04752",
        amount="€ 12.600,00",
        facts=Facts(note="'only through our lawyer', no address"),
    ),
]

AUTO_REPLY: list[Reply] = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        sender=("Sarah Penhallow", "sarah.penhallow@penhallowjoinery.example"),
        sent="2026-12-08 08:34 +0000",
        client="notice_alt",
        subject="Automatic reply: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        text="Hello,\n\nThank you for your email. I am on annual leave and will be back in the office on Monday 14th December. If your query is urgent, please call the office on 01632 960 553 and one of the team will help.\n\nKind regards,\nSarah",
        invoice="QT/26/04911",
        amount="£2,306.40",
        facts=Facts(return_date="2026-12-14"),
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        sender=("Northfield Builders Merchants AP", "ap-helpdesk@northfieldbm.example"),
        sent="2026-12-01 09:03 +0000",
        client="notice",
        subject="[AP-48211] Received: {orig}",
        headers=(("Precedence", "bulk"), ("X-Mailer", "ServiceDesk Mailer 9")),
        text="Hello,\n\nThank you for contacting the Accounts Payable team at Northfield Builders Merchants. Your request has been logged with the reference AP-48211.\n\nA member of the team will respond within five working days. Please keep the reference in the subject line if you reply, so that your message is added to the same request.\n\nThis is an automated message from our service desk.",
        invoice="QT/26/04780",
        amount="£11,402.16",
        facts=Facts(
            note="ticket acknowledgement without Auto-Submitted (Precedence: bulk); no return date"
        ),
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        sender=("Kyle Brennan", "kyle@brennancustomboats.example"),
        sent="2026-12-04 07:12 -0500",
        client="notice",
        us=True,
        subject="Re: {orig}",
        headers=(AUTO_REPLIED,),
        text="Hi,\n\nI'm out of the office until December 9 with limited access to email. For anything that can't wait, please call our shop manager at (207) 555-0143.\n\nThanks,\nKyle",
        invoice="QT/26/05088",
        amount="US$6,205.00",
        facts=Facts(return_date="2026-12-09", note="'until X' → X itself"),
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        sender=("Carola Busch", "c.busch@busch-fensterbau.example"),
        sent="2026-12-16 10:21 +0100",
        client="notice_alt",
        subject="Automatische Antwort: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        text="Vielen Dank für Ihre Nachricht.\n\nIch bin derzeit nicht im Büro und ab dem 21.12. wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 0621 123456-0.\n\nMit freundlichen Grüßen\nCarola Busch",
        invoice="QT/26/05013",
        amount="4.782,00 €",
        facts=Facts(return_date="2026-12-21"),
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        sender=("Zimmerei Lang", "info@zimmerei-lang.example"),
        sent="2026-12-18 14:30 +0100",
        client="notice",
        subject="Betriebsferien – {orig}",
        headers=(AUTO_REPLIED,),
        text="Sehr geehrte Damen und Herren,\n\nunser Betrieb ist vom 19.12.2026 bis zum 10.01.2027 geschlossen. Erster Arbeitstag im neuen Jahr ist Montag, der 11. Januar 2027. Ihre Nachricht wird ab diesem Tag bearbeitet.\n\nWir wünschen Ihnen frohe Weihnachten und einen guten Start ins neue Jahr!\n\nIhre Zimmerei Lang",
        invoice="QT/26/05066",
        amount="2.148,00 €",
        facts=Facts(
            return_date="2027-01-11",
            note="holiday closure: the first working day, 11 Jan, is the return date",
        ),
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        sender=("Véronique Roux", "v.roux@roux-menuiseries.example"),
        sent="2026-11-30 09:45 +0100",
        client="notice_alt",
        subject="Réponse automatique : {orig}",
        headers=(AUTO_GENERATED,),
        text="Bonjour,\n\nJe suis absente jusqu'au lundi 7 décembre inclus et serai de retour le mardi 8 décembre. Vos messages ne sont pas transférés pendant mon absence ; en cas d'urgence, vous pouvez joindre l'accueil au 02 40 00 00 00.\n\nCordialement,\nVéronique Roux",
        invoice="QT/26/04597",
        amount="3 118,00 €",
        facts=Facts(
            return_date="2026-12-08",
            note="'jusqu'au 7 inclus' with an explicit day back: the day back wins",
        ),
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        sender=("Service Fournisseurs – Brico Ouest", "ne-pas-repondre@brico-ouest.example"),
        sent="2026-12-03 09:00 +0100",
        client="notice_alt",
        subject="Votre demande n° 2026-11873 a bien été enregistrée",
        headers=(("X-Autoreply", "yes"),),
        text="Bonjour,\n\nNous accusons réception de votre message, enregistré sous le numéro 2026-11873.\n\nNotre service fournisseurs le traitera dans les meilleurs délais. Merci de ne pas répondre à ce message : pour compléter votre demande, utilisez le portail fournisseurs en rappelant ce numéro.\n\nService Fournisseurs\nBrico Ouest",
        invoice="QT/26/04851",
        amount="6 930,75 €",
        facts=Facts(
            note="DIY chain's ticket acknowledgement without Auto-Submitted; no return date"
        ),
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        sender=("Beatriz Soto", "bsoto@maderasdelnorte.example"),
        sent="2026-12-09 08:15 +0100",
        client="notice_alt",
        subject="Respuesta automática: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        text="Buenos días:\n\nEstaré fuera de la oficina hasta el lunes 14 de diciembre, sin acceso al correo. Para asuntos urgentes pueden escribir a mi compañero Andrés Gil (agil@maderasdelnorte.example).\n\nUn saludo,\nBeatriz Soto",
        invoice="QT/26/04962",
        amount="2.890,00 €",
        facts=Facts(
            return_date="2026-12-14",
            note="'hasta X' → X itself; a colleague's address in an auto-reply does not set new_contact",
        ),
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        sender=("Marloes Peters", "m.peters@petersinterieurbouw.example"),
        sent="2026-11-30 10:05 +0100",
        client="notice_alt",
        subject="Automatisch antwoord: {orig}",
        headers=(AUTO_GENERATED,),
        text="Beste afzender,\n\nIk ben met verlof tot en met vrijdag 4 december. Vanaf maandag 7 december ben ik weer aanwezig en zal ik uw e-mail beantwoorden.\n\nMet vriendelijke groet,\nMarloes Peters",
        invoice="QT/26/04588",
        amount="€ 1.670,00",
        facts=Facts(return_date="2026-12-07"),
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        sender=("Klusmarkt Van Wijk", "info@klusmarktvanwijk.example"),
        sent="2026-12-11 16:44 +0100",
        client="notice",
        subject="Re: {orig}",
        text="Bedankt voor uw e-mail!\n\nWij hebben uw bericht in goede orde ontvangen en streven ernaar binnen drie werkdagen te reageren.\n\nMet vriendelijke groet,\nTeam Klusmarkt Van Wijk",
        invoice="QT/26/04976",
        amount="€ 3.505,20",
        facts=Facts(
            note="DIY store's autoresponder with no automation header at all; no return date"
        ),
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        sender=("Chiara Lombardi", "c.lombardi@lombardinautica.example"),
        sent="2026-11-24 09:30 +0100",
        client="notice_alt",
        subject="Risposta automatica: {orig}",
        headers=(AUTO_GENERATED, SUPPRESS),
        text="Buongiorno,\n\nsono in ferie fino a venerdì 27 novembre compreso e rientrerò in ufficio lunedì 30 novembre. Per urgenze potete contattare l'ufficio tecnico allo 0187 000000.\n\nCordiali saluti\nChiara Lombardi",
        invoice="QT/26/04520",
        amount="€ 5.840,00",
        facts=Facts(return_date="2026-11-30"),
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        sender=("Mobilificio Gatti", "info@mobilificiogatti.example"),
        sent="2026-12-18 17:05 +0100",
        client="notice",
        subject="Chiusura per ferie natalizie",
        headers=(AUTO_REPLIED,),
        text="Gentile cliente, gentile fornitore,\n\nvi informiamo che l'azienda resterà chiusa per le festività natalizie dal 24 dicembre al 6 gennaio. Riapriremo giovedì 7 gennaio 2027: la vostra e-mail verrà letta al nostro rientro.\n\nBuone feste!\nMobilificio Gatti",
        invoice="QT/26/05085",
        amount="€ 2.395,00",
        facts=Facts(
            return_date="2027-01-07",
            note="furniture maker's Christmas closure; the reopening day is the return date",
        ),
    ),
]

OTHER: list[Reply] = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        sender=("Sue Marchant", "sue@marchantkitchens.example"),
        sent="2026-11-24 10:05 +0000",
        client="gmail_plain",
        text="Didn't we pay this already? I'm sure Dave did it before he went on holiday.\n\nSue",
        invoice="QT/26/04506",
        amount="£1,548.00",
        facts=Facts(
            note="asks whether it was paid: neither a payment claim nor a dispute; a person checks and answers"
        ),
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        sender=("Tom Reddy", "tom@reddyandsonjoinery.example"),
        sent="2026-12-08 07:15 +0000",
        client="samsung",
        text="While you're there, can you price up 30 lengths of 47x150 C24 at 4.8m, delivered w/c 14th? And is the oak cladding back in stock yet?\n\nCheers\nTom",
        invoice="QT/26/04839",
        amount="£2,890.00",
        facts=Facts(
            note="quote and stock questions in the reminder thread; nothing about the invoice"
        ),
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        sender=("Priya Nair", "priya.nair@nairhomes.example"),
        sent="2026-12-02 15:40 +0000",
        client="owa",
        text="Hi,\n\nQuick question before I put this forward for payment: if we pay it this week, does the 2.5% early settlement discount on our account still apply?\n\nThanks,\nPriya\n\nPriya Nair\nFinance Assistant\nNair Homes Ltd",
        invoice="QT/26/04858",
        amount="£7,420.00",
        facts=Facts(note="conditional question about a discount; no commitment to pay"),
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        sender=("Norbert Schäfer", "n.schaefer@schaefer-treppen.example"),
        sent="2026-12-10 11:50 +0100",
        client="outlook_html",
        text="Sehr geehrte Damen und Herren,\n\nzum 01.01.2027 wird unser Einzelunternehmen in die Schäfer Treppenbau GmbH umgewandelt. Bitte passen Sie ab dann Firmierung und Rechnungsanschrift in Ihren Stammdaten an; die neue USt-IdNr. reichen wir nach.\n\nZu der offenen Rechnung melde ich mich gesondert.\n\nMit freundlichen Grüßen\nNorbert Schäfer\nSchäfer Treppen",
        invoice="QT/26/04924",
        amount="3.540,00 €",
        facts=Facts(
            note="change of legal form for the master data; the invoice is left for later without any commitment"
        ),
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        sender=("Anthony Girard", "anthony@girard-ossature-bois.example"),
        sent="2026-12-03 07:55 +0100",
        client="samsung",
        text="Bonjour\nEst-ce que vous pouvez livrer le reste de la commande (les chevrons et les liteaux) avant le 18 ? On en a besoin pour finir le chantier avant les congés.\nMerci\nAnthony",
        invoice="QT/26/04815",
        amount="4 260,00 €",
        facts=Facts(note="delivery question in the reminder thread"),
    ),
    Reply(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        sender=("Odile Marchand", "odile.marchand@marchand-renovation.example"),
        sent="2026-12-14 14:10 +0100",
        client="apple",
        text="Bonjour,\n\nVous êtes sûrs ? Il me semble que l'acompte de 30 % versé à la commande couvrait une partie de cette facture. Je vérifie avec mon comptable et je reviens vers vous.\n\nOdile Marchand",
        invoice="QT/26/05047",
        amount="2 880,00 €",
        facts=Facts(
            note="asks whether the deposit was deducted and will check: a question, not yet a dispute"
        ),
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        sender=("Sergio Blanco", "sergio@blancoyhijos-carpinteria.example"),
        sent="2026-11-26 19:30 +0100",
        client="iphone",
        text="Recibido. Se lo paso a mi padre, que es quien lleva las cuentas.\n\nSergio",
        invoice="QT/26/04654",
        amount="1.120,00 €",
        facts=Facts(
            note="acknowledgement; passing it on inside the family firm without an address is not wrong_contact"
        ),
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        sender=("Nuria Costa", "nuria@costainteriorismo.example"),
        sent="2026-12-07 13:02 +0100",
        client="gmail_plain",
        text="Vale.",
        invoice="QT/26/04950",
        amount="3.075,00 €",
        facts=Facts(note="one-word acknowledgement ('OK'): no commitment"),
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        sender=("Gerrit Dekker", "g.dekker@timmerfabriekdekker.example"),
        sent="2026-12-15 10:30 +0100",
        client="outlook",
        text="Goedemorgen,\n\nTer informatie: per 1 januari gaan wij samen met Houtbouw Postma verder onder de naam Dekker Postma Houtbouw B.V. Ons adres en onze contactpersonen blijven voorlopig hetzelfde; de nieuwe bedrijfsgegevens sturen we u in januari toe.\n\nMet vriendelijke groet,\nGerrit Dekker",
        invoice="QT/26/05053",
        amount="€ 4.120,00",
        facts=Facts(note="merger notice; nothing about the invoice"),
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        sender=("Sandra Kok", "sandra@kokbouwmaterialen.example"),
        sent="2026-11-25 15:20 +0100",
        client="gmail",
        text="Hallo,\n\nNu ik jullie toch heb: bij de levering van vorige week heeft jullie chauffeur bij het achteruitrijden ons toegangshek geraakt. Het hek sluit sindsdien niet meer goed. Met wie kan ik dit opnemen voor de schade? Ik heb foto's.\n\nGroet,\nSandra Kok",
        invoice="QT/26/04593",
        amount="€ 2.015,00",
        facts=Facts(
            note="damage claim against the delivery driver, not about the invoice: other, not dispute"
        ),
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        sender=("Matteo Greco", "m.greco@grecoinfissi.example"),
        sent="2026-12-04 16:45 +0100",
        client="gmail",
        text="Buonasera,\n\napprofitto della mail per chiedervi il listino 2027 del rovere e del larice, e se avete un agente che segue la zona di Lecce.\n\nGrazie,\nMatteo Greco",
        invoice="QT/26/04828",
        amount="€ 1.895,00",
        facts=Facts(note="price-list request in the reminder thread"),
    ),
    Reply(
        key="ot-it-2",
        intent="other",
        lang="it",
        sender=("Laura Esposito", "ufficio@espositoedilizia.example"),
        sent="2026-12-17 12:40 +0100",
        client="outlook",
        text="Buongiorno,\n\nil titolare, sig. Esposito, è ricoverato da una settimana e io non ho la firma sul conto. Vi faccio sapere appena rientra.\n\nCordiali saluti\nLaura Esposito\nUfficio",
        invoice="QT/26/04738",
        amount="€ 6.300,00",
        facts=Facts(note="nobody can pay for now; no date and no commitment, a person follows up"),
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
# Bounces: machine skeletons generated, human-readable parts written out one by one
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in `rlang`."""

    key: str
    lang: Lang
    kind: BounceKind
    status: str
    rcpt: str
    sent: str
    rlang: Lang
    invoice: str
    amount: str
    delay: timedelta = timedelta(minutes=2)
    note: str | None = None

    @property
    def when(self) -> datetime:
        return datetime.strptime(self.sent, "%Y-%m-%d %H:%M %z")

    @property
    def reminded(self) -> datetime:
        return (self.when - self.delay).astimezone(UK).replace(second=11)

    @property
    def subject(self) -> str:
        return reminder_subject(self.rlang, self.invoice)

    @property
    def rcpt_domain(self) -> str:
        return self.rcpt.split("@")[1]


@dataclass(frozen=True, kw_only=True)
class Dsn:
    """The per-recipient facts of a message/delivery-status part."""

    reporting_mta: str
    action: Literal["failed", "delayed"]
    diagnostic: str
    remote_mta: str | None = None
    retry_days: int = 0
    extra: tuple[str, ...] = ()


def sent_reminder(b: Bounce) -> Message:
    """The reminder as Quercus Timber sent it (returned in full or in part by bounces)."""
    text = reminder_text(lang=b.rlang, key=b.key, inv=b.invoice, amt=b.amount, reminded=b.reminded)
    body = text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg = Message()
    msg["Return-Path"] = f"<{AR_ADDR}>"
    msg["Received"] = (
        f"from mailer.{AR_DOMAIN} (mailer.{AR_DOMAIN} [192.0.2.25])\n\tby mta1.{AR_DOMAIN} (Postfix) "
        f"with ESMTPS id {token(b.key, 'qid', 11)}\n\tfor <{b.rcpt}>; {format_datetime(b.reminded)}"
    )
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encoded_header(b.subject, charset="utf-8")
    msg["Date"] = format_datetime(b.reminded)
    msg["Message-ID"] = reminder_msgid(b.key)
    msg["X-Mailer"] = "Quercus AR Reminders 3.2"
    for name, value in body.items():
        msg[name] = value
    msg.set_payload(body.get_payload())
    return msg


def headers_only(b: Bounce) -> Message:
    text = "".join(f"{name}: {value}\n" for name, value in sent_reminder(b).items())
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def whole_message(b: Bounce) -> Message:
    return MIMEMessage(sent_reminder(b))


def delivery_status(b: Bounce, dsn: Dsn) -> Message:
    per_message = [
        f"Reporting-MTA: dns; {dsn.reporting_mta}",
        *dsn.extra,
        f"Arrival-Date: {format_datetime(b.reminded)}",
    ]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {dsn.action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {dsn.remote_mta}"] if dsn.remote_mta else []),
        f"Diagnostic-Code: {dsn.diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.when)}",
    ]
    if dsn.retry_days:
        per_recipient.append(
            f"Will-Retry-Until: {format_datetime(b.reminded + timedelta(days=dsn.retry_days))}"
        )
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    blocks = ["\n".join(per_message) + "\n", "\n".join(per_recipient) + "\n"]
    part.set_payload([message_from_bytes(block.encode()) for block in blocks])
    return part


def report(*parts: Message, descriptions: tuple[str, ...] = ()) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for number, part in enumerate(parts):
        if number < len(descriptions):
            part["Content-Description"] = descriptions[number]
        outer.attach(part)
    return outer


@dataclass(frozen=True, kw_only=True)
class Envelope:
    """Who sends a bounce and how it is headed."""

    sender: str
    subject: str
    auto_submitted: bool = True
    extra: tuple[tuple[str, str], ...] = ()


def address_bounce(b: Bounce, msg: Message, env: Envelope) -> Message:
    msg["Return-Path"] = "<>"
    msg["From"] = env.sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(env.subject, charset="utf-8")
    msg["Date"] = format_datetime(b.when)
    host = env.sender.rsplit("@", 1)[1].split(">")[0].split(" ")[0]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 20).lower()}@{host}>"
    if env.auto_submitted:
        msg["Auto-Submitted"] = "auto-replied"
    for name, value in env.extra:
        msg[name] = value
    return finish(msg, key=b.key, style=boundary_java)


def clock(moment: datetime) -> str:
    s = stamp(moment, "en")
    return f"{s['dy']}, {s['d']} {s['mon']} {s['y']} {s['HH']}:{s['MM']}:{moment.second:02d} GMT"


def exchange_human(text: str, *, lang_tag: str) -> Message:
    blocks = text.split("\n\n")
    rows = "\n".join(
        f'<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:14px;color:#212121">{"<br>".join(esc(line) for line in block.split(chr(10)))}</p>'
        for block in blocks
    )
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body lang="{lang_tag}">\n'
        '<table style="width:100%;max-width:640px" cellpadding="0" cellspacing="0"><tr><td>\n'
        f"{rows}\n</td></tr></table>\n</body>\n</html>\n"
    )
    return alternative(
        text_part(text + "\n", subtype="plain", charset="utf-8", cte="quoted-printable"),
        text_part(markup, subtype="html", charset="utf-8", cte="quoted-printable"),
    )


def bounce_postfix_delay(b: Bounce) -> Message:
    host = f"mta1.{AR_DOMAIN}"
    human = (
        f"This is the mail system at host {host}.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 5 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: connect to\n    mail.{b.rcpt_domain}[203.0.113.58]:25: Connection timed out\n"
    )
    dsn = Dsn(
        reporting_mta=host,
        action="delayed",
        diagnostic=f"X-Postfix; connect to mail.{b.rcpt_domain}[203.0.113.58]:25: Connection timed out",
        retry_days=5,
        extra=(
            f"X-Postfix-Queue-ID: {token(b.key, 'qid', 11)}",
            f"X-Postfix-Sender: rfc822; {AR_ADDR}",
        ),
    )
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(b, dsn),
        headers_only(b),
        descriptions=("Notification", "Delivery report", "Undelivered Message Headers"),
    )
    env = Envelope(
        sender=f"MAILER-DAEMON@{host} (Mail Delivery System)",
        subject="Delayed Mail (still being retried)",
    )
    return address_bounce(b, msg, env)


def bounce_qmail(b: Bounce) -> Message:
    host = "mx2.hostingbox.example"
    original = sent_reminder(b).as_string()
    msg = Message()
    msg.set_payload(
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        f"--- Below this line is a copy of the message.\n\n{original}"
    )
    env = Envelope(sender=f"MAILER-DAEMON@{host}", subject="failure notice", auto_submitted=False)
    return address_bounce(b, msg, env)


def bounce_sendmail(b: Bounce) -> Message:
    relay, inner = f"relay.{b.rcpt_domain}", f"exchange.{b.rcpt_domain}"
    human = (
        f"The original message was received at {clock(b.reminded)}\nfrom mta1.{AR_DOMAIN} [192.0.2.25]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to {inner}.:\n>>> RCPT To:<{b.rcpt}>\n<<< 550 5.1.1 <{b.rcpt}>... User unknown\n"
        f"550 5.1.1 <{b.rcpt}>... User unknown\n"
    )
    dsn = Dsn(
        reporting_mta=relay,
        action="failed",
        diagnostic=f"SMTP; 550 5.1.1 <{b.rcpt}>... User unknown",
        remote_mta=inner,
        extra=(f"Received-From-MTA: DNS; mta1.{AR_DOMAIN}",),
    )
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(b, dsn),
        whole_message(b),
    )
    msg.preamble = "This is a MIME-encapsulated message\n"
    env = Envelope(
        sender=f"Mail Delivery Subsystem <MAILER-DAEMON@{relay}>",
        subject="Returned mail: see transcript for details",
    )
    return address_bounce(b, msg, env)


def bounce_exchange_de(b: Bounce) -> Message:
    local, domain = b.rcpt.split("@")
    created = b.reminded.astimezone(b.when.tzinfo)
    human = (
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.\n\n"
        f"Die E-Mail-Adresse {local} wurde bei {domain} nicht gefunden.\n\n"
        "Was sollten Sie tun?\nÜberprüfen Sie die Adresse des Empfängers auf Tippfehler und senden Sie die Nachricht erneut. Stimmt die Adresse, hat der Empfänger die Organisation vielleicht verlassen oder eine neue Adresse bekommen. Erkundigen Sie sich dann auf anderem Weg nach der richtigen Adresse.\n\n"
        "Weitere Informationen für E-Mail-Administratoren\nDer Empfänger wurde im Verzeichnis der empfangenden Organisation nicht gefunden.\n\n"
        f"Ursprüngliche Nachrichtendetails\nErstellungsdatum: {created.strftime('%d.%m.%Y %H:%M:%S')}\nAbsenderadresse: {AR_ADDR}\nEmpfängeradresse: {b.rcpt}\nBetreff: {b.subject}\n\n"
        "Fehlerdetails\nGemeldeter Fehler: 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\nDSN generiert von: VOGT-EX01.vogt.local"
    )
    dsn = Dsn(
        reporting_mta="VOGT-EX01.vogt.local",
        action="failed",
        diagnostic="smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
    )
    msg = report(exchange_human(human, lang_tag="DE"), delivery_status(b, dsn), headers_only(b))
    env = Envelope(
        sender=f"Microsoft Outlook <postmaster@{domain}>",
        subject=f"Unzustellbar: {b.subject}",
        extra=(("Content-Language", "de-DE"), ("X-MS-Exchange-Message-Is-Ndr", "")),
    )
    return address_bounce(b, msg, env)


def bounce_gateway_de(b: Bounce) -> Message:
    tz = b.when.tzinfo
    retry = (b.reminded + timedelta(days=2)).astimezone(tz)
    text = (
        "Dies ist eine automatisch erzeugte Benachrichtigung des E-Mail-Sicherheitsgateways der Holzbau Kessler GmbH.\n\n"
        f"Ihre Nachricht konnte dem folgenden Empfänger noch nicht zugestellt werden:\n\n    {b.rcpt}\n\n"
        "Grund: Der interne Mailserver hat die Annahme vorübergehend abgelehnt.\n"
        "Antwort des Servers: 451 4.7.1 Service temporarily unavailable, please try again later\n\n"
        f"Ihre Nachricht befindet sich weiterhin in der Warteschlange. Weitere Zustellversuche erfolgen automatisch bis zum {retry.strftime('%d.%m.%Y, %H:%M')} Uhr. Sie müssen die Nachricht nicht erneut senden.\n\n"
        f"Details zur Nachricht\n  Absender:       {AR_ADDR}\n  Betreff:        {b.subject}\n"
        f"  Empfangen:      {b.reminded.astimezone(tz).strftime('%d.%m.%Y, %H:%M')} Uhr\n  Nachrichten-ID: {reminder_msgid(b.key)}\n\n"
        "-- \nBastion Mail Gateway 10.4 · Zustell- und Quarantäneberichte\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    env = Envelope(
        sender=f"Bastion Mail Gateway <postmaster@gw.{b.rcpt_domain}>",
        subject=f"Zustellung verzögert: {b.subject}",
        extra=(("X-Bastion-Report", "delay"),),
    )
    return address_bounce(b, msg, env)


def bounce_exim_fr(b: Bounce) -> Message:
    host = "mx1.hebergement-atlantique.example"
    text = (
        "Ce message a été généré automatiquement par le logiciel de distribution\ndu courrier.\n\n"
        "Votre message n'a pas pu être remis à un ou plusieurs de ses\n"
        "destinataires. Il s'agit d'une erreur définitive. L'adresse suivante\nest en échec :\n\n"
        f"  {b.rcpt}\n    compte désactivé sur le serveur de destination :\n"
        f"    550 5.2.1 <{b.rcpt}>: mailbox disabled, account suspended by administrator\n\n"
        "------ Ceci est une copie du message, en-têtes compris. ------\n\n"
        f"{sent_reminder(b).as_string()}"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="8bit")
    env = Envelope(
        sender=f"Mail Delivery System <Mailer-Daemon@{host}>",
        subject="Échec de distribution du message : retour à l'expéditeur",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )
    return address_bounce(b, msg, env)


def bounce_gmail_es(b: Bounce) -> Message:
    paragraphs = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta del servidor remoto fue:",
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table",
    ]
    markup = (
        "<html>\n<head></head>\n<body>\n"
        + "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        + "\n</body>\n</html>\n"
    )
    human = alternative(
        text_part(
            "\n\n".join(paragraphs) + "\n", subtype="plain", charset="utf-8", cte="quoted-printable"
        ),
        text_part(markup, subtype="html", charset="utf-8", cte="quoted-printable"),
    )
    dsn = Dsn(
        reporting_mta="googlemail.com",
        action="failed",
        diagnostic=f"smtp; 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table",
        remote_mta=f"mx.{b.rcpt_domain}. (198.51.100.140, the server for the domain {b.rcpt_domain}.)",
        extra=("Received-From-MTA: dns; mail-sor-f41.google.com",),
    )
    msg = report(human, delivery_status(b, dsn), whole_message(b))
    env = Envelope(
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )
    return address_bounce(b, msg, env)


def bounce_exchange_es_delay(b: Bounce) -> Message:
    human = (
        f"La entrega se ha retrasado a estos destinatarios o grupos:\n\n{b.rcpt}\n\nAsunto: {b.subject}\n\n"
        "Este mensaje todavía no se ha entregado. Seguiremos intentándolo.\n\n"
        "El servidor seguirá intentando entregar el mensaje durante 1 día, 19 horas y 52 minutos más. Recibirá una notificación si no es posible entregarlo en ese plazo.\n\n"
        f"Información de diagnóstico para administradores:\n\nServidor de generación: ALB-EXCH02.grupoalbaida.local\nDestinatario: {b.rcpt}\n"
        "Último error: 451 4.4.7 Message delayed; the mailbox database server is not responding"
    )
    dsn = Dsn(
        reporting_mta="ALB-EXCH02.grupoalbaida.local",
        action="delayed",
        diagnostic="smtp;451 4.4.7 Message delayed; the mailbox database server is not responding",
        retry_days=2,
    )
    msg = report(exchange_human(human, lang_tag="ES"), delivery_status(b, dsn), headers_only(b))
    env = Envelope(
        sender=f"Microsoft Outlook <postmaster@{b.rcpt_domain}>",
        subject=f"Retrasado: {b.subject}",
        extra=(("Content-Language", "es-ES"),),
    )
    return address_bounce(b, msg, env)


def bounce_isp_nl(b: Bounce) -> Message:
    when = b.reminded.astimezone(b.when.tzinfo)
    text = (
        "Beste afzender,\n\nDit is een automatisch bericht van de mailserver van Polderweb.\n\n"
        f"Uw bericht aan {b.rcpt} kon nog niet worden afgeleverd, omdat de mailbox van de ontvanger vol is "
        "(452 4.2.2 Mailbox full). We proberen het bericht de komende 72 uur opnieuw af te leveren; u hoeft het niet opnieuw te versturen.\n\n"
        "Lukt de aflevering binnen die termijn niet, dan ontvangt u daarover een nieuw bericht.\n\n"
        f"Onderwerp van uw bericht: {b.subject}\nVerzonden op: {when.strftime('%d-%m-%Y %H:%M')}\n\n"
        "Met vriendelijke groet,\nPolderweb Mail\n"
    )
    msg = text_part(text, subtype="plain", charset="iso-8859-1", cte="quoted-printable")
    env = Envelope(
        sender="Polderweb Mail <mailer-daemon@mail.polderweb.example>",
        subject=f"Vertraagde aflevering: {b.subject}",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )
    return address_bounce(b, msg, env)


def bounce_exchange_nl(b: Bounce) -> Message:
    host = "AM8P190MB0981.EURP190.PROD.OUTLOOK.COM"
    created = b.reminded.astimezone(b.when.tzinfo)
    human = (
        f"Uw bericht aan {b.rcpt} kan niet worden bezorgd.\n\n"
        "Het bericht is te vaak tussen servers doorgestuurd en is daarom tegengehouden. Waarschijnlijk zit er een lus in het doorsturen: het adres stuurt berichten door naar een adres dat ze weer terugstuurt.\n\n"
        "Wat moet u doen?\nNeem op een andere manier contact op met de ontvanger en vraag of die de instellingen voor het doorsturen van e-mail laat controleren.\n\n"
        "Meer informatie voor e-mailbeheerders\nDit probleem is opgetreden binnen de organisatie van de ontvanger.\n\n"
        f"Oorspronkelijke berichtgegevens\nAanmaakdatum: {created.day}-{created.month}-{created.year} {created.hour}:{created.strftime('%M:%S')}\nAdres afzender: {AR_ADDR}\nAdres ontvanger: {b.rcpt}\nOnderwerp: {b.subject}\n\n"
        f"Foutgegevens\nGerapporteerde fout: 554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [{host}]\nDSN gegenereerd door: {host}"
    )
    dsn = Dsn(
        reporting_mta=host,
        action="failed",
        diagnostic=f"smtp;554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [{host}]",
    )
    msg = report(exchange_human(human, lang_tag="NL"), delivery_status(b, dsn), headers_only(b))
    env = Envelope(
        sender=f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{b.rcpt_domain}>",
        subject=f"Onbestelbaar: {b.subject}",
        extra=(("Content-Language", "nl-NL"), ("X-MS-Exchange-Message-Is-Ndr", "")),
    )
    return address_bounce(b, msg, env)


def bounce_isp_it_full(b: Bounce) -> Message:
    text = (
        "Gentile utente,\n\nquesto è un messaggio generato automaticamente dal sistema di posta di Tuttonet.\n\n"
        f"Non è stato possibile consegnare il tuo messaggio al seguente destinatario, perché la sua casella di posta ha superato lo spazio disponibile:\n\n    {b.rcpt}\n\n"
        f"Risposta del server: 552 5.2.2 <{b.rcpt}>: casella piena (mailbox over quota)\n\n"
        "Il messaggio non verrà inoltrato ulteriormente. Ti consigliamo di contattare il destinatario in altro modo, oppure di riprovare più avanti, quando avrà liberato spazio.\n\n"
        "Il sistema di posta Tuttonet\n"
    )
    dsn = Dsn(
        reporting_mta="smtp-in3.tuttonet.example",
        action="failed",
        diagnostic=f"smtp; 552 5.2.2 <{b.rcpt}>: casella piena (mailbox over quota)",
    )
    msg = report(
        text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable"),
        delivery_status(b, dsn),
        whole_message(b),
    )
    env = Envelope(
        sender="Sistema di posta Tuttonet <mailer-daemon@tuttonet.example>",
        subject="Messaggio non consegnato: casella del destinatario piena",
    )
    return address_bounce(b, msg, env)


def bounce_relay_it_delay(b: Bounce) -> Message:
    host = "mx2.linearete.example"
    text = (
        f"Questo è il sistema di posta del server {host} (relay secondario).\n\n"
        "####################################################################\n"
        "# QUESTO È SOLO UN AVVISO: NON È NECESSARIO REINVIARE IL MESSAGGIO. #\n"
        "####################################################################\n\n"
        "Il messaggio non è ancora stato recapitato dopo 6 ore.\n"
        "Il sistema continuerà a provare fino a 5 giorni dall'invio.\n\n"
        "Per assistenza scrivete a postmaster@linearete.example allegando\nquesto rapporto.\n\n"
        "                   Il sistema di posta\n\n"
        f"<{b.rcpt}>: connessione con\n    mx.{b.rcpt_domain}[198.51.100.91] interrotta durante\n    la trasmissione dei dati (4.4.2 lost connection)\n"
    )
    dsn = Dsn(
        reporting_mta=host,
        action="delayed",
        diagnostic=f"X-Postfix; lost connection with mx.{b.rcpt_domain}[198.51.100.91] while sending message body",
        retry_days=5,
    )
    msg = report(
        text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable"),
        delivery_status(b, dsn),
        headers_only(b),
        descriptions=(
            "Notifica",
            "Rapporto di consegna",
            "Intestazioni del messaggio non recapitato",
        ),
    )
    env = Envelope(
        sender=f"MAILER-DAEMON@{host} (Sistema di posta)",
        subject="Avviso: messaggio non ancora recapitato",
    )
    return address_bounce(b, msg, env)


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            key="bo-en-1",
            lang="en",
            kind="soft",
            status="4.4.1",
            rcpt="office@penrithstairs.example",
            sent="2026-11-23 12:41 +0000",
            rlang="en",
            invoice="QT/26/04455",
            amount="£2,904.00",
            delay=timedelta(hours=4, minutes=25),
            note="Postfix delay warning (RFC 3464, Action: delayed)",
        ),
        bounce_postfix_delay,
    ),
    (
        Bounce(
            key="bo-en-2",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="jim@fenlandjoinery.example",
            sent="2026-12-02 07:48 +0000",
            rlang="en",
            invoice="QT/26/04795",
            amount="£1,335.60",
            note="qmail failure notice: not MIME, the reminder copied inline",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            key="bo-en-3",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="purchasing@ridgewayhomes.example",
            sent="2026-12-08 07:39 +0000",
            rlang="en",
            invoice="QT/26/04726",
            amount="£15,760.80",
            note="sendmail DSN with the full returned message",
        ),
        bounce_sendmail,
    ),
    (
        Bounce(
            key="bo-de-1",
            lang="de",
            kind="hard",
            status="5.1.1",
            rcpt="buchhaltung@schreinerei-vogt.example",
            sent="2026-11-25 08:36 +0100",
            rlang="de",
            invoice="QT/26/04614",
            amount="3.376,00 €",
            note="German Exchange NDR (Unzustellbar)",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            key="bo-de-2",
            lang="de",
            kind="soft",
            status="4.7.1",
            rcpt="einkauf@holzbau-kessler.example",
            sent="2026-12-10 09:52 +0100",
            rlang="de",
            invoice="QT/26/05041",
            amount="6.118,50 €",
            delay=timedelta(hours=2, minutes=3),
            note="security gateway delay notice in German, plain text, no delivery-status part",
        ),
        bounce_gateway_de,
    ),
    (
        Bounce(
            key="bo-fr-1",
            lang="fr",
            kind="hard",
            status="5.2.1",
            rcpt="comptabilite@menuiserie-garnier.example",
            sent="2026-12-04 08:44 +0100",
            rlang="fr",
            invoice="QT/26/04922",
            amount="1 744,20 €",
            note="hosting provider's Exim notice in French, disabled mailbox, message inline",
        ),
        bounce_exim_fr,
    ),
    (
        Bounce(
            key="bo-es-1",
            lang="es",
            kind="hard",
            status="5.1.1",
            rcpt="administracion@construccionesmarin.example",
            sent="2026-11-30 08:41 +0100",
            rlang="es",
            invoice="QT/26/04668",
            amount="4.032,00 €",
            note="Gmail DSN in Spanish quoting the remote server",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            key="bo-es-2",
            lang="es",
            kind="soft",
            status="4.4.7",
            rcpt="compras@grupoalbaida.example",
            sent="2026-12-15 13:05 +0100",
            rlang="es",
            invoice="QT/26/05022",
            amount="9.460,00 €",
            delay=timedelta(hours=4, minutes=8),
            note="Exchange delay notice (Retrasado)",
        ),
        bounce_exchange_es_delay,
    ),
    (
        Bounce(
            key="bo-nl-1",
            lang="nl",
            kind="soft",
            status="4.2.2",
            rcpt="info@timmerbedrijf-hoekman.example",
            sent="2026-12-01 09:10 +0100",
            rlang="nl",
            invoice="QT/26/04808",
            amount="€ 1.512,00",
            delay=timedelta(minutes=34),
            note="Dutch provider notice, mailbox full, retrying; ISO-8859-1",
        ),
        bounce_isp_nl,
    ),
    (
        Bounce(
            key="bo-nl-2",
            lang="nl",
            kind="hard",
            status="5.4.14",
            rcpt="inkoop@bouwbedrijf-smeets.example",
            sent="2026-12-11 08:39 +0100",
            rlang="nl",
            invoice="QT/26/05006",
            amount="€ 7.245,00",
            note="Exchange Online NDR in Dutch (Onbestelbaar), forwarding loop",
        ),
        bounce_exchange_nl,
    ),
    (
        Bounce(
            key="bo-it-1",
            lang="it",
            kind="soft",
            status="5.2.2",
            rcpt="amministrazione@falegnameriarossetti.example",
            sent="2026-11-27 08:47 +0100",
            rlang="it",
            invoice="QT/26/04673",
            amount="€ 2.210,40",
            note="mailbox full reported with a 5.x code: soft (README rule), the code is kept",
        ),
        bounce_isp_it_full,
    ),
    (
        Bounce(
            key="bo-it-2",
            lang="it",
            kind="soft",
            status="4.4.2",
            rcpt="ufficiotecnico@cantierinauticibaldi.example",
            sent="2026-12-17 15:20 +0100",
            rlang="it",
            invoice="QT/26/05099",
            amount="€ 11.880,00",
            delay=timedelta(hours=6, minutes=12),
            note="backup relay's delay warning in Italian",
        ),
        bounce_relay_it_delay,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------

WRITE_POLICY = policy.compat32.clone(max_line_length=998)
DATE_RE = re.compile(r"^20(26|27)-\d{2}-\d{2}$")
REF_RE = re.compile(r"^QT/26/\d{5}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
FIELDS_BY_INTENT: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
VALUE_KEYS = LABEL_ORDER[2:-3]


def reply_label(r: Reply) -> Label:
    f = r.facts
    return Label(
        file="",
        intent=r.intent,
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
        invoice_refs=f.get("invoice_refs", []),
        language=r.lang,
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


def label_problems(label: Label) -> Iterator[str]:
    if tuple(label) != LABEL_ORDER:
        yield "keys out of order"
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        yield "unknown intent or language"
    values: dict[str, object] = dict(label)
    allowed = FIELDS_BY_INTENT.get(label["intent"], frozenset())
    yield from (
        f"{key} set for {label['intent']}"
        for key in VALUE_KEYS
        if values[key] is not None and key not in allowed
    )
    for key in ("promised_date", "paid_date", "return_date"):
        value = values[key]
        if value is not None and not (isinstance(value, str) and DATE_RE.match(value)):
            yield f"bad {key}"
    yield from value_problems(label)


def value_problems(label: Label) -> Iterator[str]:
    if (label["amount"] is None) != (label["currency"] is None):
        yield "amount and currency go together"
    if label["amount"] is not None and not AMOUNT_RE.match(label["amount"]):
        yield "bad amount"
    if any(not REF_RE.match(ref) for ref in label["invoice_refs"]):
        yield "bad invoice ref"
    contact = label["new_contact"]
    if contact is not None and (contact != contact.lower() or "@" not in contact):
        yield "new_contact must be a lower-case address"
    if (label["intent"] == "bounce") != (label["bounce_kind"] in {"hard", "soft"}):
        yield "bounce kind set exactly for bounces"


def message_problems(data: bytes) -> Iterator[str]:
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        yield "not parsed as EmailMessage"
        return
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[name] is None:
            yield f"no {name}"
    for part in msg.walk():
        yield from (f"defect {type(d).__name__}" for d in part.defects)
        for name, value in part.items():
            yield from (f"{name}: {type(d).__name__}" for d in getattr(value, "defects", ()))
            if "=?" in str(value):
                yield f"{name} not decoded"
        if (
            isinstance(part, EmailMessage)
            and part.get_content_maintype() == "text"
            and not isinstance(part.get_content(), str)
        ):
            yield "text part not decoded"


def all_messages() -> list[tuple[str, Message, Label]]:
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    return items


def corpus_problems() -> Iterator[str]:
    keys = [r.key for r in REPLIES] + [b.key for b, _ in BOUNCES]
    invoices = [r.invoice for r in REPLIES] + [b.invoice for b, _ in BOUNCES]
    texts = [r.text for r in REPLIES]
    for name, values in (("key", keys), ("reminder invoice", invoices), ("text", texts)):
        yield from (f"duplicate {name}: {v[:40]}" for v, n in Counter(values).items() if n > 1)
    for r in REPLIES:
        if not date(2026, 11, 23) <= r.when.date() <= date(2026, 12, 18):
            yield f"{r.key}: date out of range"
    for b, _ in BOUNCES:
        if not date(2026, 11, 23) <= b.when.date() <= date(2026, 12, 18):
            yield f"{b.key}: date out of range"


def shuffled(items: Iterable[tuple[str, Message, Label]]) -> list[tuple[str, Message, Label]]:
    return sorted(items, key=lambda item: digest(item[0], "order"))


def count_table(labels: list[Label]) -> str:
    cells = Counter((label["intent"], label["language"]) for label in labels)
    lines = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        row = [cells[intent, lang] for lang in LANGS]
        lines.append(f"| {intent} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    lines.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(lines)


def write_corpus() -> list[Label]:
    problems = list(corpus_problems())
    labels: list[Label] = []
    files: list[tuple[str, bytes]] = []
    for number, (key, msg, label) in enumerate(shuffled(all_messages()), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes(policy=WRITE_POLICY)
        problems += [f"{key}: {p}" for p in message_problems(data)]
        label["file"] = name
        problems += [f"{key}: {p}" for p in label_problems(label)]
        labels.append(label)
        files.append((name, data))
    if problems:
        raise SystemExit("\n".join(problems))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    for name, data in files:
        (HERE / name).write_bytes(data)
    lines = "".join(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    (HERE / "labels.jsonl").write_text(lines, encoding="utf-8")
    return labels


def main() -> int:
    labels = write_corpus()
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    sys.stdout.write(count_table(labels) + "\n")
    sys.stdout.write(
        f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
