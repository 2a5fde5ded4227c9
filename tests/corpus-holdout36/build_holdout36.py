# ruff: noqa: E501, RUF001
# Hand-written message text stays one paragraph a line, as mail clients send it, and keeps the
# typographic dashes, quotes and apostrophes that people and their clients type.
"""Build held-out reply corpus 36: `h36-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Lumenwerk Lighting after an overdue reminder.
The new text of each message is written by hand in this file. The code around it adds only what a
mail client or a mail server adds: the quoted reminder in the client's layout and language,
headers, MIME structure, charsets and transfer encodings. The script writes next to itself and is
deterministic: fixed seed, fixed boundaries, Message-IDs derived from each message's key, no clock.
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import encoders, message_from_bytes, policy
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.headerregistry import BaseHeader
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import TypedDict

HERE = Path(__file__).resolve().parent
PREFIX = "h36"
SEED = 20261123
FIRST_DAY = date(2026, 11, 23)
LAST_DAY = date(2026, 12, 18)
PER_INTENT = 12
AR_NAME = "Lumenwerk Receivables"
AR_ADDR = "receivables@lumenwerk-lighting.example"
AR_DOMAIN = "lumenwerk-lighting.example"
AR_MTA = "mail.lumenwerk-lighting.example"
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
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
INVOICE_REF = re.compile(r"LW-26-\d{5}")
AMOUNT = re.compile(r"\d+\.\d{2}")
NOON = 12
LUMENWERK_TIME = timezone(timedelta(hours=1))
SATURDAY = 5
NBSP = "\u00a0"


# --------------------------------------------------------------------------------------------
# Label types
# --------------------------------------------------------------------------------------------


class Found(TypedDict, total=False):
    """What a reader extracts from a human or automatic reply (bounce fields are separate)."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: str
    new_contact: str


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order of the other corpora."""

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
# Locale tables (client chrome and the reminder, never the customers' own words)
# --------------------------------------------------------------------------------------------

LOCALES = ("en_gb", "en_us", "de", "fr", "es", "nl", "it")
DEFAULT_LOCALE = {"en": "en_gb", "de": "de", "fr": "fr", "es": "es", "nl": "nl", "it": "it"}

WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_SHORT = {
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
MONTHS_SHORT = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTRIBUTION = {
    "en_gb": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "en_us": "On {wds}, {mons} {d}, {y} at {h12}:{mm}\u202f{ampm} {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en_gb": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "en_us": "On {mons} {d}, {y}, at {h12}:{mm}\u202f{ampm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en_gb": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "en_us": "On {mo}/{dd}/{yy} {h12}:{mm} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {dd}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
# divider line, From, Sent, To, Subject
OUTLOOK_WORDS = {
    "en_gb": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
    "en_us": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet"),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto"),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto"),
}
OUTLOOK_SENT = {
    "en_gb": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "en_us": "{wdl}, {monl} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
OUTLOOK_REPLY_PREFIX = {
    "en_gb": "RE: ",
    "en_us": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
CONTENT_LANGUAGE = {
    "en_gb": "en-GB",
    "en_us": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
IPHONE_SIGNATURE = {
    "en_gb": "Sent from my iPhone",
    "en_us": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_SIGNATURE = {
    "en_gb": "Get Outlook for Android",
    "en_us": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
REMINDER_SUBJECT = {
    "en_gb": "Payment reminder – invoice {inv} overdue",
    "en_us": "Payment reminder – invoice {inv} past due",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Relance : facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv}",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en_gb": (
        "Dear customer,\n\n"
        "This is a reminder that invoice {inv} for {amt} was due on {due} and has not yet been paid.\n\n"
        "If payment is already on its way, thank you, and please disregard this message or reply with the payment date and reference so that we can allocate it. If anything on the invoice is unclear, simply reply to this e-mail.\n\n"
        "Kind regards\n\nReceivables\nLumenwerk Lighting\nStage · Event · Architectural lighting"
    ),
    "en_us": (
        "Dear customer,\n\n"
        "Our records show that invoice {inv} for {amt}, due on {due}, is still open.\n\n"
        "If you have already sent payment, please disregard this notice or reply with the payment date and reference so that we can apply it. If anything on the invoice is unclear, simply reply to this email.\n\n"
        "Best regards\n\nReceivables\nLumenwerk Lighting\nStage · Event · Architectural lighting"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\n"
        "nach unseren Unterlagen ist die Rechnung {inv} über {amt}, fällig am {due}, noch offen.\n\n"
        "Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie diese Erinnerung bitte als gegenstandslos oder teilen Sie uns Zahlungsdatum und Referenz mit. Bei Fragen zur Rechnung antworten Sie einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\nDebitorenbuchhaltung\nLumenwerk Lighting\nBühne · Event · Architektur"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Sauf erreur de notre part, la facture {inv} d'un montant de {amt}, échue le {due}, reste impayée à ce jour.\n\n"
        "Si le règlement est déjà parti, merci de ne pas tenir compte de ce message ou de nous indiquer la date et la référence du paiement. Pour toute question sur la facture, il suffit de répondre à ce courriel.\n\n"
        "Cordialement,\n\nService recouvrement\nLumenwerk Lighting\nScène · Événementiel · Architecture"
    ),
    "es": (
        "Estimado cliente:\n\n"
        "Le recordamos que la factura {inv}, por importe de {amt} y con vencimiento el {due}, sigue pendiente de pago.\n\n"
        "Si ya ha realizado el pago, le rogamos que ignore este aviso o nos indique la fecha y la referencia para poder conciliarlo. Si tiene cualquier duda sobre la factura, responda a este correo.\n\n"
        "Un saludo,\n\nDepartamento de cobros\nLumenwerk Lighting\nEscenario · Eventos · Arquitectura"
    ),
    "nl": (
        "Geachte klant,\n\n"
        "Volgens onze administratie staat factuur {inv} van {amt}, vervallen op {due}, nog open.\n\n"
        "Heeft u de betaling al gedaan, dan kunt u dit bericht als niet verzonden beschouwen of ons de betaaldatum en het kenmerk laten weten. Heeft u vragen over de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer\nLumenwerk Lighting\nPodium · Evenementen · Architectuur"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dai nostri controlli la fattura {inv} di {amt}, scaduta il {due}, risulta ancora da saldare.\n\n"
        "Se avete già provveduto al pagamento, vi preghiamo di non considerare questo messaggio oppure di comunicarci data e riferimento del bonifico. Per qualsiasi domanda sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio crediti\nLumenwerk Lighting\nPalco · Eventi · Architettura"
    ),
}
DUE_FORMAT = {
    "en_gb": "{d} {monl} {y}",
    "en_us": "{monl} {d}, {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
DEFAULT_CURRENCY = {"en_gb": "GBP", "en_us": "USD"}
CURRENCY_SIGN = {"GBP": "£", "USD": "$", "EUR": "€"}
# A Latin-1 client cannot carry these characters of the reminder; it sends what its user sees.
LATIN1_FALLBACK = {"€": "EUR", "–": "-", "’": "'", "“": '"', "”": '"', "\u202f": " "}


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def lines(*rows: str) -> str:
    """Join hand-written lines; an empty string is an empty line."""
    return "\n".join(rows)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}/{key}".encode()).digest()


def token(key: str, salt: str, size: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:size]


def number(key: str, salt: str, modulo: int) -> int:
    return int.from_bytes(digest(key, salt)[:8], "big") % modulo


def parse_when(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def lang_of(locale: str) -> str:
    return locale.split("_", 1)[0]


def date_words(locale: str, moment: datetime) -> dict[str, str]:
    lang = lang_of(locale)
    return {
        "wds": WEEKDAYS_SHORT[lang].split()[moment.weekday()],
        "wdl": WEEKDAYS[lang].split()[moment.weekday()],
        "mons": MONTHS_SHORT[lang].split()[moment.month - 1],
        "monl": MONTHS[lang].split()[moment.month - 1],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "H": str(moment.hour),
        "HH": f"{moment.hour:02d}",
        "mm": f"{moment.minute:02d}",
        "h12": str((moment.hour + 11) % 12 + 1),
        "ampm": "AM" if moment.hour < NOON else "PM",
    }


def render_date(template: str, *, locale: str, moment: datetime, **extra: str) -> str:
    return template.format(**date_words(locale, moment), **extra)


def money(amount: str, *, currency: str, locale: str) -> str:
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    sign = CURRENCY_SIGN[currency]
    if locale in {"en_gb", "en_us"}:
        return f"{sign}{grouped}.{cents}"
    if locale == "fr":
        return f"{grouped.replace(',', NBSP)},{cents}{NBSP}{sign}"
    dotted = grouped.replace(",", ".")
    if locale in {"de", "es"}:
        return f"{dotted},{cents} {sign}"
    return f"{sign} {dotted},{cents}"


def latin1_safe(text: str) -> str:
    for char, fallback in LATIN1_FALLBACK.items():
        text = text.replace(char, fallback)
    return text


def quoted(text: str) -> str:
    return "\n".join(f"> {row}" if row else ">" for row in text.split("\n"))


def html_text(text: str) -> str:
    return "<br>\n".join(html.escape(row, quote=False) for row in text.split("\n"))


def html_blocks(text: str, tag: str = "p") -> str:
    return "\n".join(f"<{tag}>{html_text(block)}</{tag}>" for block in text.split("\n\n"))


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: a soft break ends in a space; quote markers start every line."""
    out: list[str] = []
    for row in text.split("\n"):
        marker = re.match(r">+ ?", row)
        prefix = marker.group(0) if marker else ""
        content = row[len(prefix) :]
        if content == "-- ":  # signature separator keeps its space
            out.append(prefix + content)
            continue
        if content.startswith((" ", "From ")):
            content = " " + content  # space-stuffing
        pieces = textwrap.wrap(content, width - len(prefix), break_long_words=False) or [""]
        out += [f"{prefix}{piece} " for piece in pieces[:-1]]
        out.append(f"{prefix}{pieces[-1]}".rstrip())
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# A hand-written reply and what its client wraps around it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One reply as a customer (or the customer's system) sent it, with its labels."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    body: str
    found: Found = field(default_factory=Found)
    refs: tuple[str, ...] = ()
    note: str | None = None
    locale: str = ""  # the sender's client locale when it is not the language's default
    reminder_locale: str = ""  # the reminder's locale when it differs from the client's
    inv: str = ""  # the five digits of the reminded invoice
    amount: str = ""  # the reminded amount, "1234.50"
    currency: str = ""
    subject: str = ""  # an explicit subject; "{rsub}" stands for the reminder's subject
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool = True  # In-Reply-To/References to the reminder

    @property
    def moment(self) -> datetime:
        return parse_when(self.when)

    @property
    def client_locale(self) -> str:
        return self.locale or DEFAULT_LOCALE[self.lang]

    @property
    def rem_locale(self) -> str:
        return self.reminder_locale or self.client_locale

    @property
    def invoice(self) -> str:
        return "LW-26-" + (self.inv or f"{40000 + number(self.key, 'invoice', 2400):05d}")

    @property
    def reminded_amount(self) -> str:
        cents = 38_000 + number(self.key, "amount", 900_000)
        return self.amount or f"{cents // 100}.{cents % 100:02d}"

    @property
    def reminded_currency(self) -> str:
        return self.currency or DEFAULT_CURRENCY.get(self.rem_locale, "EUR")


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    locale: str
    to: str


def reminder_sent(reply: datetime, key: str) -> datetime:
    """The reminder left on a working day one to three days before the reply, in the morning."""
    day = reply - timedelta(days=1 + number(key, "lag", 3))
    while day.weekday() >= SATURDAY:
        day -= timedelta(days=1)
    return day.replace(hour=8, minute=5 + number(key, "minute", 50), second=0)


def reminder_subject(locale: str, invoice: str) -> str:
    return REMINDER_SUBJECT[locale].format(inv=invoice)


def reminder_text(*, locale: str, invoice: str, amount: str, currency: str, sent: datetime) -> str:
    due = render_date(DUE_FORMAT[locale], locale=locale, moment=sent - timedelta(days=23))
    shown = money(amount, currency=currency, locale=locale)
    return REMINDER_BODY[locale].format(inv=invoice, amt=shown, due=due)


def reminder_msgid(key: str) -> str:
    return f"<rem.{token(key, 'reminder', 22).lower()}@{AR_DOMAIN}>"


def fits(text: str, charset: str) -> str:
    """What a client in `charset` would send for text it did not type itself."""
    return text if charset in {"utf-8", "windows-1252"} else latin1_safe(text)


def make_quote(reply: Reply) -> Quote:
    sent = reminder_sent(reply.moment, reply.key)
    text = reminder_text(
        locale=reply.rem_locale,
        invoice=reply.invoice,
        amount=reply.reminded_amount,
        currency=reply.reminded_currency,
        sent=sent,
    )
    name, addr = reply.sender
    return Quote(
        text=fits(text, reply.charset),
        subject=fits(reminder_subject(reply.rem_locale, reply.invoice), reply.charset),
        sent=sent,
        locale=reply.client_locale,
        to=f"{name} <{addr}>" if name else addr,
    )


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

TRANSFER_ENCODINGS = {"qp": QP, "b64": BASE64}


def text_part(text: str, *, subtype: str, charset: str, cte: str) -> Message:
    """A text part in the charset and transfer encoding the client would use."""
    raw = text.encode(charset)  # the hand-written text must fit the declared charset
    part = MIMENonMultipart("text", subtype, charset=charset)
    if cte in TRANSFER_ENCODINGS:
        encoding = Charset(charset)
        encoding.body_encoding = TRANSFER_ENCODINGS[cte]
        part.set_payload(text, encoding)
    else:  # 7bit or 8bit: the bytes go out as they are
        part.set_payload(raw.decode("ascii", "surrogateescape"))
        encoders.encode_7or8bit(part)
    return part


def multipart(subtype: str, parts: list[Message], *, report_type: str = "") -> Message:
    outer = MIMEMultipart(subtype)
    if report_type:
        outer.set_param("report-type", report_type)
    for part in parts:
        outer.attach(part)
    return outer


def encoded(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client writes it: RFC 2047 encoded words when it is not ASCII."""
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
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return formataddr((name, addr), charset=charset)


def move_content_headers_last(msg: Message) -> None:
    """Clients write the MIME headers below the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def drop_inner_versions(part: Message, *, top: bool) -> None:
    """Only a message's top (or a returned message's top) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    inner_top = part.get_content_type() == "message/rfc822"
    for sub in part.get_payload():
        if isinstance(sub, Message):
            drop_inner_versions(sub, top=inner_top)


def boundary(style: str, key: str, index: int) -> str:
    raw = digest(key, f"boundary{index}")
    if style == "gmail":
        return "0000000000" + raw.hex()[:18]
    if style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"Apple-Mail={h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    if style == "outlook":
        return f"_00{index}_{token(key, 'ms-boundary', 30)}_"
    if style == "thunderbird":
        return "------------" + token(key, f"tb{index}", 24)
    return f"----=_Part_{number(key, 'part', 900000)}_{number(key, f'part{index}', 10**9)}.{index}"


def finalize(msg: Message, *, key: str, style: str) -> Message:
    move_content_headers_last(msg)
    drop_inner_versions(msg, top=True)
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for index, part in enumerate(multiparts):
        part.set_boundary(boundary(style, key, index))
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    _, frm, sent, to, subject = OUTLOOK_WORDS[q.locale]
    when = render_date(OUTLOOK_SENT[q.locale], locale=q.locale, moment=q.sent)
    return [(frm, f"{AR_NAME} <{AR_ADDR}>"), (sent, when), (to, q.to), (subject, q.subject)]


def outlook_separator(q: Quote) -> str:
    return " : " if q.locale == "fr" else ": "


def outlook_block(q: Quote) -> str:
    sep = outlook_separator(q)
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def gmail_attribution(q: Quote) -> str:
    return render_date(
        GMAIL_ATTRIBUTION[q.locale], locale=q.locale, moment=q.sent, name=AR_NAME, addr=AR_ADDR
    )


def apple_attribution(q: Quote) -> str:
    return render_date(
        APPLE_ATTRIBUTION[q.locale], locale=q.locale, moment=q.sent, name=AR_NAME, addr=AR_ADDR
    )


def plain(reply: Reply, text: str, *, cte: str = "") -> Message:
    return text_part(text, subtype="plain", charset=reply.charset, cte=cte or reply.cte)


def alternative(reply: Reply, text: str, markup: str) -> Message:
    return multipart(
        "alternative",
        [
            text_part(text, subtype="plain", charset=reply.charset, cte=reply.cte),
            text_part(markup, subtype="html", charset=reply.charset, cte=reply.cte),
        ],
    )


def word_paragraphs(text: str, lang: str) -> str:
    out = []
    for row in text.split("\n"):
        inner = html.escape(row, quote=False) if row else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal"><span lang="{lang}">{inner}</span></p>')
    return "\n".join(out)


def word_html(reply: Reply, q: Quote) -> str:
    """Outlook desktop's Word HTML with the header block under a divider."""
    lang = CONTENT_LANGUAGE[q.locale].upper().split("-")[0]
    colour = "#B5C4DF" if number(reply.key, "divider", 2) else "#E1E1E1"
    sep = html.escape(outlook_separator(q).rstrip())
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{sep}</b> {html.escape(value)}" for label, value in outlook_rows(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={reply.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle19 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(reply.body, lang)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f'<div style="border:none;border-top:solid {colour} 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt">{head}</p>\n</div>\n'
        f"{word_paragraphs(q.text, lang)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook(reply: Reply, q: Quote) -> Message:
    divider = OUTLOOK_WORDS[q.locale][0]
    return plain(reply, f"{reply.body}\n\n{divider}\n{outlook_block(q)}\n\n{q.text}\n")


def style_outlook_html(reply: Reply, q: Quote) -> Message:
    text = f"{reply.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(reply, text, word_html(reply, q))


def style_html_only(reply: Reply, q: Quote) -> Message:
    return text_part(word_html(reply, q), subtype="html", charset=reply.charset, cte=reply.cte)


def style_owa(reply: Reply, q: Quote) -> Message:
    text = f"{reply.body}\n\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    sep = html.escape(outlook_separator(q).rstrip())
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{sep}</b> {html.escape(value)}" for label, value in outlook_rows(q)
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={reply.charset}">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>\n'
        '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
        'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_text(reply.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f'{head}</font>\n<div>&nbsp;</div>\n</div>\n<div class="BodyFragment">{html_blocks(q.text)}</div>\n'
        "</body></html>\n"
    )
    return alternative(reply, text, markup)


def style_gmail(reply: Reply, q: Quote) -> Message:
    attribution = gmail_attribution(q)
    text = f"{reply.body}\n\n{attribution}\n\n{quoted(q.text)}\n"
    body = "".join(
        f"<div>{html.escape(row, quote=False)}</div>" if row else "<div><br></div>"
        for row in reply.body.split("\n")
    )
    markup = (
        f'<div dir="ltr">{body}</div><br>\n'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>\n"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        f'rgb(204,204,204);padding-left:1ex">{html_blocks(q.text)}</blockquote></div>\n'
    )
    return alternative(reply, text, markup)


def style_gmail_plain(reply: Reply, q: Quote) -> Message:
    return plain(reply, f"{reply.body}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n")


def style_apple(reply: Reply, q: Quote) -> Message:
    return plain(reply, f"{reply.body}\n\n{apple_attribution(q)}\n\n{quoted(q.text)}\n")


def style_iphone(reply: Reply, q: Quote) -> Message:
    tail = quoted(f"{apple_attribution(q)}\n\n{q.text}")
    return plain(reply, f"{reply.body}\n\n{IPHONE_SIGNATURE[q.locale]}\n\n{tail}\n")


def style_android(reply: Reply, q: Quote) -> Message:
    text = f"{reply.body}\n\n{ANDROID_SIGNATURE[q.locale]}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return plain(reply, text, cte="b64")


def style_thunderbird(reply: Reply, q: Quote) -> Message:
    attribution = render_date(
        THUNDERBIRD_ATTRIBUTION[q.locale], locale=q.locale, moment=q.sent, name=AR_NAME
    )
    text = f"{reply.body}\n\n{attribution}\n{quoted(q.text)}\n"
    part = plain(reply, flowed(text), cte="8bit")
    part.set_param("format", "flowed")
    return part


def style_none(reply: Reply, q: Quote) -> Message:
    del q  # notices quote nothing
    return plain(reply, reply.body + "\n")


def style_notice_html(reply: Reply, q: Quote) -> Message:
    del q
    markup = (
        f'<html><head><meta charset="{reply.charset}"></head>'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">\n'
        f"{html_blocks(reply.body)}\n</body></html>\n"
    )
    return alternative(reply, reply.body + "\n", markup)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "none": style_none,
    "notice_html": style_notice_html,
}
OUTLOOK_CLIENTS = {"outlook", "outlook_html", "html_only", "owa", "android"}
BOUNDARY_STYLE = {
    "gmail": "gmail",
    "gmail_plain": "gmail",
    "apple": "apple",
    "iphone": "iphone",
    "thunderbird": "thunderbird",
    **dict.fromkeys(OUTLOOK_CLIENTS, "outlook"),
}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2",
        ),
    ),
}


def outlook_msgid_local(reply: Reply) -> str:
    """Exchange Online ids: the mailbox server's name, hex, then the server and its region."""
    us = reply.client_locale == "en_us"
    prefixes = ("BN8", "SJ0", "CH3", "MN2") if us else ("AM9", "DB9", "PA4", "VI1", "AS8", "DU2")
    prefix = prefixes[number(reply.key, "site", len(prefixes))]
    region = f"{'namprd' if us else 'eurprd'}{number(reply.key, 'rack', 10) + 1:02d}"
    server = f"{prefix}PR{region[-2:]}MB{number(reply.key, 'mb', 9000) + 1000}"
    return f"{server}{digest(reply.key, 'ms').hex().upper()[:28]}@{server}.{region}"


def reply_msgid(reply: Reply) -> str:
    raw = digest(reply.key, "reply")
    domain = reply.sender[1].split("@")[1]
    if reply.client in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if reply.client in OUTLOOK_CLIENTS:
        return f"<{outlook_msgid_local(reply)}.prod.outlook.com>"
    if reply.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:16]}.{number(reply.key, 'n', 10**6)}@{domain}>"


def reply_subject(reply: Reply, q: Quote) -> str:
    if reply.subject:
        return reply.subject.format(rsub=q.subject)
    prefix = OUTLOOK_REPLY_PREFIX[q.locale] if reply.client in OUTLOOK_CLIENTS else "Re: "
    return prefix + q.subject


def outlook_headers(reply: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(reply.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", encoded(q.subject, reply.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", CONTENT_LANGUAGE[q.locale]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def build_reply(reply: Reply) -> Message:
    q = make_quote(reply)
    msg = STYLES[reply.client](reply, q)
    msg["From"] = mailbox(*reply.sender, reply.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded(reply_subject(reply, q), reply.charset)
    msg["Date"] = format_datetime(reply.moment)
    msg["Message-ID"] = reply_msgid(reply)
    if reply.threaded:
        msg["In-Reply-To"] = reminder_msgid(reply.key)
        msg["References"] = reminder_msgid(reply.key)
    extra = outlook_headers(reply, q) if reply.client in OUTLOOK_CLIENTS else []
    for name, value in [*extra, *CLIENT_HEADERS.get(reply.client, ()), *reply.headers]:
        msg[name] = value
    return finalize(msg, key=reply.key, style=BOUNDARY_STYLE.get(reply.client, "plain"))


# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
X_AUTOREPLY = ("X-Autoreply", "yes")

PAYMENT_SENT = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        locale="en_us",
        sender=("Ridgeway Studios Accounts Payable", "ap-noreply@ridgewaystudios.example"),
        when="2026-12-03 06:12 -0500",
        client="notice_html",
        threaded=False,
        subject="Payment Advice - Ridgeway Studios LLC - ACH-0087731",
        headers=(AUTO_GENERATED, ("X-Mailer", "PayablesHub Notifier 4.2")),
        body=lines(
            "PAYMENT ADVICE",
            "",
            "Ridgeway Studios LLC has issued the following payment to your organization. Please allow 1-2 business days for funds to appear in your account.",
            "",
            "Payee: Lumenwerk Lighting",
            "Payment date: 12/03/2026",
            "Payment method: ACH",
            "Payment number: ACH-0087731",
            "Payment amount: USD 14,260.00",
            "",
            "Invoice number: LW-26-40877",
            "Invoice date: 10/19/2026",
            "Amount paid: 14,260.00",
            "",
            "This is an automated message from the Ridgeway Studios accounts payable system. Replies to this address are not monitored. For remittance questions, contact payables@ridgewaystudios.example.",
        ),
        found=Found(
            paid_date="2026-12-03",
            payment_reference="ACH-0087731",
            amount="14260.00",
            currency="USD",
        ),
        refs=("LW-26-40877",),
        note="AP-system payment advice: Auto-Submitted: auto-generated does not make it an auto_reply, and the 'not monitored' line is about the AP system's own address, not a wrong contact",
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        sender=("Jess Rowntree", "jess@wharfsidetheatre.example"),
        when="2026-11-30 18:47 +0000",
        client="iphone",
        body="Paid.",
        note="one word; no date or reference",
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        sender=("Hannah Lyle", "hannah.lyle@ashcombebarns.example"),
        when="2026-12-10 14:22 +0000",
        client="android",
        amount="1386.00",
        subject="Out of office - but re your reminder",
        body=lines(
            "Hi,",
            "",
            "I'm on leave until Monday so apologies for the short reply, but I saw this come through on my phone. I've just rung your office and paid it by card with Marta — £1,386.00, authorisation code 448120.",
            "",
            "Thanks",
            "Hannah",
            "",
            "Hannah Lyle | Events Office",
            "Ashcombe Barns Weddings",
        ),
        found=Found(
            paid_date="2026-12-10", payment_reference="448120", amount="1386.00", currency="GBP"
        ),
        note="a person's reply whose subject says 'out of office': the card payment was made today; 'until Monday' is not a return date of an auto-reply",
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        sender=("Petra Albers", "p.albers@stadttheater-nordhafen.example"),
        when="2026-12-03 09:41 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="41206",
        amount="3418.20",
        body=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "die oben genannte Rechnung LW-26-41206 über 3.418,20 € haben wir am 01.12.2026 überwiesen (Buchungsreferenz 2026120104471). Der Betrag müsste Ihrem Konto inzwischen gutgeschrieben sein.",
            "",
            "Mit freundlichen Grüßen",
            "",
            "Petra Albers",
            "Finanzbuchhaltung",
            "",
            "Stadttheater Nordhafen gGmbH",
            "Theaterplatz 1 · 26999 Nordhafen",
            "Tel. 04499 555-231",
            "",
            "Stadttheater Nordhafen gGmbH · Sitz: Nordhafen · Amtsgericht Nordhafen HRB 4471 · Geschäftsführung: Dr. Ingrid Sauer",
            "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.",
        ),
        found=Found(
            paid_date="2026-12-01",
            payment_reference="2026120104471",
            amount="3418.20",
            currency="EUR",
        ),
        refs=("LW-26-41206",),
    ),
    Reply(
        key="ps-de-2",
        intent="payment_sent",
        lang="de",
        sender=("Mirko Stahl", "mirko@elbufer-festival.example"),
        when="2026-12-08 07:55 +0100",
        client="iphone",
        body=lines("Erledigt – ist gestern raus.", "", "Gruß Mirko"),
        found=Found(paid_date="2026-12-07"),
        note="colloquial 'ist raus': the transfer went out yesterday (Mon 7 Dec)",
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        sender=("Claire Fontanel", "claire@atelier-fontanel.example"),
        when="2026-11-27 10:12 +0100",
        client="gmail",
        amount="2745.00",
        body=lines(
            "Bonjour,",
            "",
            "Le virement de 2 745,00 € a été effectué ce matin depuis notre compte pro, référence VIR-20261127-LW. Vous devriez le voir arriver d'ici lundi.",
            "",
            "Désolée pour le retard, la facture était restée coincée dans le circuit de validation.",
            "",
            "Bonne journée,",
            "Claire Fontanel",
            "Atelier Fontanel Architectes",
        ),
        found=Found(
            paid_date="2026-11-27",
            payment_reference="VIR-20261127-LW",
            amount="2745.00",
            currency="EUR",
        ),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        sender=("Bernard Quéré", "tresorier@paroisse-saint-yves.example"),
        when="2026-12-14 11:30 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        body=lines(
            "Bonjour,",
            "",
            "Nous ne vous devons plus rien : le chèque n° 0004127 est parti par la poste mardi dernier, à l'ordre de Lumenwerk Lighting. Il a peut-être mis du temps à arriver avec les grèves.",
            "",
            "Merci de vérifier de votre côté avant de nous relancer.",
            "",
            "Bernard Quéré",
            "Trésorier, Paroisse Saint-Yves",
        ),
        found=Found(paid_date="2026-12-08", payment_reference="0004127"),
        note="the negation 'ne … plus rien' is no refusal: a cheque was posted; 'mardi dernier' from Mon 14 Dec is Tue 8 Dec",
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        sender=("Núria Casals", "nuria@festivalsonsdelport.example"),
        when="2026-12-02 08:15 +0100",
        client="android",
        amount="1960.00",
        body=lines(
            "Buenos días:",
            "",
            "Os confirmo que la transferencia de 1.960,00 € salió ayer por la tarde. El justificante lo tengo en el ordenador de la oficina, os lo reenvío en cuanto llegue.",
            "",
            "Un saludo,",
            "Núria",
        ),
        found=Found(paid_date="2026-12-01", amount="1960.00", currency="EUR"),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        sender=("Sanne de Wit", "s.dewit@productiehuis-kade.example"),
        when="2026-12-07 14:05 +0100",
        client="outlook",
        inv="40951",
        amount="5212.75",
        body=lines(
            "Goedemiddag,",
            "",
            "Factuur LW-26-40951 is op vrijdag 4 december voldaan onder ons kenmerk BET-2026-1187, bedrag € 5.212,75. Door het weekend is de betaling bij jullie misschien nog niet verwerkt.",
            "",
            "Met vriendelijke groet,",
            "",
            "Sanne de Wit",
            "Financiële administratie",
            "Productiehuis Kade B.V.",
        ),
        found=Found(
            paid_date="2026-12-04",
            payment_reference="BET-2026-1187",
            amount="5212.75",
            currency="EUR",
        ),
        refs=("LW-26-40951",),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        sender=("Joost Verbeek", "joost.verbeek@gmail.com"),
        when="2026-12-16 21:40 +0100",
        client="gmail_plain",
        body=lines(
            "Is vorige week al overgemaakt hoor. Kijk even goed op jullie afschriften voordat je weer een herinnering stuurt.",
            "",
            "Joost",
            "Hoeve Verbeek – trouwlocatie",
        ),
        note="'vorige week' cannot be pinned to one day, so paid_date stays null; irritated",
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        sender=("Silvia Marchetti", "amministrazione@teatrovaldora.example"),
        when="2026-12-01 12:02 +0100",
        client="outlook_html",
        inv="41488",
        amount="2180.40",
        body=lines(
            "Buongiorno,",
            "",
            "vi comunichiamo che in data odierna abbiamo disposto il bonifico di € 2.180,40 a saldo della fattura LW-26-41488 (TRN 0306926187330412).",
            "",
            "Distinti saluti",
            "",
            "Silvia Marchetti",
            "Ufficio Amministrazione",
            "Teatro Comunale di Valdora",
            "",
            "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Qualora lo abbiate ricevuto per errore, vi preghiamo di informarci e di cancellarlo (Reg. UE 2016/679).",
        ),
        found=Found(
            paid_date="2026-12-01",
            payment_reference="0306926187330412",
            amount="2180.40",
            currency="EUR",
        ),
        refs=("LW-26-41488",),
        note="'disposto il bonifico' in data odierna: the transfer was ordered today, out of the customer's hands",
    ),
    Reply(
        key="ps-it-2",
        intent="payment_sent",
        lang="it",
        sender=("Lorenzo Ferri", "lorenzo@villaginestre.example"),
        when="2026-11-25 19:03 +0100",
        client="iphone",
        body="Pagato venerdi scorso. Controllate meglio prima di mandare solleciti grazie",
        found=Found(paid_date="2026-11-20"),
        note="missing accent (venerdì) and punctuation; 'venerdì scorso' from Wed 25 Nov is Fri 20 Nov",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pp-en-1",
        intent="promise_to_pay",
        lang="en",
        locale="en_us",
        sender=("Dana Kowalczyk", "dkowalczyk@ridgewaystudios.example"),
        when="2026-12-01 15:48 -0500",
        client="gmail",
        body=lines(
            "Hi there,",
            "",
            "This one's approved on our end and it'll go out in next Friday's check run (the 11th). Checks usually take about a week to reach Europe, so you should have it before the holidays.",
            "",
            "Best,",
            "Dana",
            "",
            "Dana Kowalczyk",
            "Production Accountant | Ridgeway Studios",
            "“The Long Shift” – Season 3",
        ),
        found=Found(promised_date="2026-12-11"),
        note="'next Friday' is ambiguous on a Tuesday; 'the 11th' pins it",
    ),
    Reply(
        key="pp-en-2",
        intent="promise_to_pay",
        lang="en",
        sender=("Oliver Brandt", "o.brandt@kingsmereplayhouse.example"),
        when="2026-12-09 10:17 +0000",
        client="outlook_html",
        amount="2940.00",
        body=lines(
            "Good morning,",
            "",
            "Apologies for the delay on this. I've now scheduled the payment for the 15th — it's been authorised by our finance director and queued with the bank, so the full £2,940.00 will leave our account that morning.",
            "",
            "Kind regards,",
            "",
            "Oliver Brandt",
            "General Manager",
            "Kingsmere Playhouse",
            "",
            "Kingsmere Playhouse Trust is a registered charity in England and Wales (No. 1099999). This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
        ),
        found=Found(promised_date="2026-12-15", amount="2940.00", currency="GBP"),
        note="past-tense 'scheduled', 'authorised', 'queued' describe money that leaves on the 15th",
    ),
    Reply(
        key="pp-en-3",
        intent="promise_to_pay",
        lang="en",
        locale="en_us",
        sender=("Marcus Bell", "marcus@goldenhourevents.example"),
        when="2026-12-03 23:40 -0800",
        client="iphone",
        body=lines(
            "Sorry, slammed with load-outs this week. Will pay first thing tomorrow.", "", "Marcus"
        ),
        found=Found(promised_date="2026-12-04"),
        note="'tomorrow' in the sender's time zone: written Thu 3 Dec in California (already 4 Dec in UTC), so Fri 4 Dec",
    ),
    Reply(
        key="pp-de-1",
        intent="promise_to_pay",
        lang="de",
        sender=("Katrin Wendt", "wendt@landestheater-suedmark.example"),
        when="2026-12-02 16:20 +0100",
        client="outlook",
        body=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "die Rechnung liegt derzeit zur Freigabe bei der Intendanz. Sobald die Unterschrift da ist, überweisen wir – voraussichtlich in KW 50.",
            "",
            "Freundliche Grüße",
            "Katrin Wendt",
            "Verwaltung",
            "Landestheater Südmark",
        ),
        found=Found(promised_date="2026-12-07"),
        note="'KW 50' is 7–13 Dec 2026; a week resolves to its Monday, as 'next week' does; the sign-off condition does not cancel the promise",
    ),
    Reply(
        key="pp-de-2",
        intent="promise_to_pay",
        lang="de",
        reminder_locale="en_gb",
        sender=("Jonas Reuter", "j.reuter@reuter-hahn-architekten.example"),
        when="2026-12-10 11:05 +0100",
        client="owa",
        body=lines(
            "Guten Tag,",
            "",
            "Zahlung erfolgt am 15., die Rechnung ist im nächsten Zahllauf eingeplant.",
            "",
            "Viele Grüße",
            "Jonas Reuter",
            "Büroleitung | Reuter Hahn Architekten PartGmbB",
        ),
        found=Found(promised_date="2026-12-15"),
        note="German reply to an English reminder; present tense 'erfolgt' with a future day ('am 15.' = 15 Dec)",
    ),
    Reply(
        key="pp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        sender=("Théo Marchand", "theo@festival-lesnuitsclaires.example"),
        when="2026-12-02 09:33 +0100",
        client="gmail",
        body=lines(
            "Bonjour,",
            "",
            "Le règlement sera fait fin de mois, comme convenu avec Julien lors de la réservation du matériel.",
            "",
            "Bonne journée,",
            "Théo Marchand",
            "Administrateur – Les Nuits Claires",
        ),
        found=Found(promised_date="2026-12-31"),
        note="'fin de mois' → the last day of the message's month",
    ),
    Reply(
        key="pp-fr-2",
        intent="promise_to_pay",
        lang="fr",
        sender=("Hélène Dumas", "helene@domaine-des-tilleuls.example"),
        when="2026-12-11 17:52 +0100",
        client="apple",
        body=lines(
            "Bonsoir,",
            "",
            "Nous avons validé le paiement : il partira avec notre prochaine série de virements, le vendredi 18 décembre.",
            "",
            "Bien à vous,",
            "Hélène Dumas",
            "Domaine des Tilleuls – Réceptions & mariages",
        ),
        found=Found(promised_date="2026-12-18"),
        note="past-tense 'validé' with a transfer that leaves on Fri 18 Dec",
    ),
    Reply(
        key="pp-es-1",
        intent="promise_to_pay",
        lang="es",
        sender=("Iker Zubiaurre", "produccion@gira-mareaalta.example"),
        when="2026-11-26 13:10 +0100",
        client="gmail",
        body=lines(
            "Hola,",
            "",
            "Os lo pagamos la semana que viene sin falta. Estamos cerrando las cuentas de la gira y se nos ha juntado todo.",
            "",
            "Perdonad el retraso.",
            "Iker",
        ),
        found=Found(promised_date="2026-11-30"),
        note="'la semana que viene' → Monday of next week",
    ),
    Reply(
        key="pp-es-2",
        intent="promise_to_pay",
        lang="es",
        sender=("Marta Ibáñez", "m.ibanez@teatrolaalameda.example"),
        when="2026-12-07 12:48 +0100",
        client="outlook_html",
        body=lines(
            "Hola, buenos días:",
            "",
            "Perdonad que no os haya contestado antes, llevamos unas semanas de locos con el estreno de «La casa de los relojes». Por cierto, los recortes nuevos que nos dejasteis van de maravilla: el diseñador de iluminación está encantado y ya nos ha dicho que para la gira de primavera quiere repetir con vosotros, así que os escribiré en enero para pedir presupuesto.",
            "",
            "Sobre la factura: ya la tiene administración y me dicen que la pagan el viernes 11, junto con el resto de proveedores de noviembre. Si necesitáis algo más para tramitarla, decídmelo y se lo paso a Rocío.",
            "",
            "Y lo de siempre: mil gracias a Álex por quedarse hasta las tantas el día del montaje, nos salvó la noche.",
            "",
            "Un abrazo,",
            "",
            "Marta Ibáñez",
            "Jefa de producción",
            "Teatro La Alameda",
        ),
        found=Found(promised_date="2026-12-11"),
        note="long reply; the payment day is buried in the second paragraph",
    ),
    Reply(
        key="pp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        sender=("G. Hoekstra", "kerkrentmeester@pg-dalum.example"),
        when="2026-11-24 10:02 +0100",
        client="outlook",
        body=lines(
            "Geachte heer/mevrouw,",
            "",
            "Excuses voor de vertraging. De betaling staat gepland voor aanstaande vrijdag.",
            "",
            "Met vriendelijke groet,",
            "G. Hoekstra",
            "kerkrentmeester, Protestantse Gemeente Dalum",
        ),
        found=Found(promised_date="2026-11-27"),
    ),
    Reply(
        key="pp-nl-2",
        intent="promise_to_pay",
        lang="nl",
        sender=("Lotte Brink", "lotte@tvstudio-vijverhof.example"),
        when="2026-12-14 08:36 +0100",
        client="iphone",
        body="Hoi, is ingepland voor de betaalrun van donderdag 17/12. Groet, Lotte",
        found=Found(promised_date="2026-12-17"),
        note="'ingepland' is a past participle for a future payment run",
    ),
    Reply(
        key="pp-it-1",
        intent="promise_to_pay",
        lang="it",
        sender=("Giulia Romano", "giulia.romano@studioromano-architetti.example"),
        when="2026-12-01 15:27 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        body=lines(
            "Buongiorno,",
            "",
            "provvederemo al pagamento entro il 20 dicembre, appena rientra il saldo del committente.",
            "",
            "Cordiali saluti",
            "Giulia Romano",
            "Studio Romano Architetti Associati",
        ),
        found=Found(promised_date="2026-12-20"),
        note="'entro il 20' → that date; the client-payment condition does not remove it",
    ),
]

DISPUTE = [
    Reply(
        key="di-en-1",
        intent="dispute",
        lang="en",
        sender=("Sam Okafor", "sam.okafor@rivergatearts.example"),
        when="2026-11-24 09:12 +0000",
        client="outlook",
        body=lines(
            "Hi,",
            "",
            "We have NOT paid this and we won't be paying it as it stands. The two hazers and the pair of followspots on this invoice never arrived at the venue — your driver turned up with the generic rig only and we had to hire from a local company on the day of the get-in.",
            "",
            "Happy to pay for what we actually received once you send a corrected invoice.",
            "",
            "Sam Okafor",
            "Production Manager",
            "Rivergate Arts Centre",
        ),
        note="negation: 'NOT paid' because part of the kit never arrived; the corrected-invoice request and the conditional payment are secondary",
    ),
    Reply(
        key="di-en-2",
        intent="dispute",
        lang="en",
        sender=("Priya Nair", "priya.nair@flatironproductions.example"),
        when="2026-12-07 11:26 +0000",
        client="gmail",
        inv="40688",
        body=lines(
            "Hi,",
            "",
            "LW-26-40620 was paid on 2 December (BACS ref FLT-55120), so that one's done.",
            "",
            "LW-26-40688 though is a duplicate of 40620 — same crew, same shoot dates, same kit list, just a different number. Can you cancel it and confirm?",
            "",
            "Thanks,",
            "Priya",
            "",
            "Priya Nair",
            "Production Coordinator, Flatiron Productions",
        ),
        refs=("LW-26-40620", "LW-26-40688"),
        note="one invoice paid, the reminded one called a duplicate: the dispute drives the action, so the payment fields stay empty; '40620' is a short form",
    ),
    Reply(
        key="di-en-3",
        intent="dispute",
        lang="en",
        sender=("Fiona Grieve", "office@grievemcallister.example"),
        when="2026-12-17 16:05 +0000",
        client="apple",
        inv="40214",
        body=lines(
            "Third reminder for an invoice you already credited. Your colleague Marco issued credit note CN-26-0193 against LW-26-40214 on 12 November, for the full amount, after the fittings came back unused.",
            "",
            "Please correct your ledger.",
            "",
            "Fiona Grieve",
            "Office Manager",
            "Grieve McAllister Architects",
        ),
        refs=("LW-26-40214",),
        note="'already credited' → dispute; irritated, but asks for no stop to the mail",
    ),
    Reply(
        key="di-de-1",
        intent="dispute",
        lang="de",
        sender=("Felix Brandner", "f.brandner@sommerklang-festival.example"),
        when="2026-11-25 14:40 +0100",
        client="outlook_html",
        body=lines(
            "Hallo zusammen,",
            "",
            "die Rechnung stimmt so nicht. Berechnet sind 14 Miettage, die Anlage war aber nur vom 2. bis 9. November bei uns – also 8 Tage, Auf- und Abbautag schon eingerechnet.",
            "",
            "Bitte schickt uns eine korrigierte Rechnung, vorher geben wir nichts frei.",
            "",
            "Beste Grüße",
            "Felix Brandner",
            "Produktionsleitung",
            "Sommerklang Festival GmbH",
            "",
            "Sommerklang Festival GmbH · Amtsgericht Lindau HRB 12345 · Geschäftsführer: Anton Brandner",
        ),
        note="number of rental days contested; nothing released until corrected",
    ),
    Reply(
        key="di-de-2",
        intent="dispute",
        lang="de",
        sender=("Pfarrbüro St. Marien", "pfarrbuero@st-marien-hellbach.example"),
        when="2026-11-30 10:44 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        body=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "diese Rechnung können wir nicht zuordnen. Die angegebene Bestellnummer 7781 stammt nicht von uns, und die Kirchengemeinde hat bei Ihnen nie LED-Leisten gemietet. Für das Erntedankfest hatten wir lediglich zwei Scheinwerfer ausgeliehen, und die sind mit Rechnung LW-26-39102 längst bezahlt.",
            "",
            "Bitte prüfen Sie das und stornieren Sie die Rechnung.",
            "",
            "Mit freundlichen Grüßen",
            "Ursula Menke",
            "Pfarrsekretärin",
        ),
        refs=("LW-26-39102",),
        note="not our order number, never rented → dispute; the invoice said to be paid is a different one",
    ),
    Reply(
        key="di-fr-1",
        intent="dispute",
        lang="fr",
        sender=("Romain Lefort", "regie@theatre-du-quai.example"),
        when="2026-11-24 15:58 +0100",
        client="outlook",
        body=lines(
            "Bonjour,",
            "",
            "Deux des lyres asservies sont arrivées avec le capot fendu, et l'une ne faisait plus le pan. Nous avons envoyé les photos à votre dépôt de Vitry le 20 novembre, sans réponse à ce jour.",
            "",
            "Nous ne réglerons pas cette facture tant qu'un avoir n'aura pas été établi pour ces deux machines.",
            "",
            "Cordialement,",
            "Romain Lefort",
            "Régisseur général – Théâtre du Quai",
        ),
        note="damaged goods; payment withheld until a credit note",
    ),
    Reply(
        key="di-fr-2",
        intent="dispute",
        lang="fr",
        sender=("Nadia Benali", "n.benali@benali-architecture.example"),
        when="2026-12-03 11:14 +0100",
        client="gmail",
        body=lines(
            "Bonjour,",
            "",
            "Le devis signé le 2 octobre indiquait 1 850 € HT pour l'éclairage de la maquette et du stand. La facture est à 2 310 € HT, sans explication.",
            "",
            "Merci de nous adresser une facture conforme au devis, nous la réglerons à réception.",
            "",
            "Cordialement,",
            "Nadia Benali",
            "Benali Architecture",
        ),
        note="invoice above the signed quote; the corrected-invoice request and payment on receipt are secondary",
    ),
    Reply(
        key="di-es-1",
        intent="dispute",
        lang="es",
        sender=("Carmen Roldán", "eventos@fincalosalmendros.example"),
        when="2026-11-27 20:11 +0100",
        client="iphone",
        body=lines(
            "Hola, el técnico que teníais que mandar para el montaje de la boda del día 14 no apareció y lo tuvimos que montar nosotros. La mano de obra (620 €) no la vamos a pagar. El resto os lo pago cuando me mandéis la factura sin esa partida.",
            "",
            "Carmen",
        ),
        note="service not done; payment of the rest is conditional and secondary",
    ),
    Reply(
        key="di-es-2",
        intent="dispute",
        lang="es",
        sender=("Javier Sanz", "jsanz@ac-elfaro.example"),
        when="2026-12-15 13:02 +0100",
        client="outlook_html",
        charset="windows-1252",
        inv="41377",
        body=lines(
            "Buenas tardes:",
            "",
            "De la factura LW-26-41377 hemos pagado la parte del material. El transporte (2 portes de 180 €) no lo vamos a abonar, porque fuimos nosotros a recoger y a devolver el equipo a vuestro almacén de Getafe, como se acordó por teléfono.",
            "",
            "Quedamos a la espera de la factura rectificativa.",
            "",
            "Saludos,",
            "Javier Sanz",
            "Tesorero",
            "Asociación Cultural El Faro",
        ),
        refs=("LW-26-41377",),
        note="part paid, part contested: the dispute wins for the disputed part; no payment fields",
    ),
    Reply(
        key="di-nl-1",
        intent="dispute",
        lang="nl",
        sender=("Bas Mulder", "bas.mulder@studiozuidas.example"),
        when="2026-12-09 09:50 +0100",
        client="owa",
        body=lines(
            "Goedemorgen,",
            "",
            "Op de factuur staan 24 PAR-spots, maar we hebben er 12 gehuurd en ook 12 teruggebracht. Zie de getekende pakbon van 23 november. Wilt u de factuur aanpassen?",
            "",
            "Groet,",
            "Bas Mulder",
            "Facilitair coördinator Studio Zuidas",
        ),
        note="wrong quantity",
    ),
    Reply(
        key="di-it-1",
        intent="dispute",
        lang="it",
        sender=("Franco Bellini", "direzione.tecnica@teatrodeirinnovati.example"),
        when="2026-12-14 10:30 +0100",
        client="outlook",
        body=lines(
            "Buongiorno,",
            "",
            "in fattura sono conteggiati 6 giorni di noleggio, ma il materiale è rientrato nel vostro magazzino il 3 dicembre: i giorni sono 4. Attendiamo una nota di credito per la differenza prima di procedere.",
            "",
            "Cordiali saluti",
            "Franco Bellini",
            "Direttore tecnico",
            "Teatro dei Rinnovati",
        ),
        note="rental days contested",
    ),
    Reply(
        key="di-it-2",
        intent="dispute",
        lang="it",
        sender=("Elena Cattaneo", "elena@festivaldellelanterne.example"),
        when="2026-12-04 18:22 +0100",
        client="android",
        body=lines(
            "Ciao, pagheremo solo quando avrete sostituito il dimmer difettoso: ci ha lasciati al buio durante le prove generali e l'abbiamo segnalato due volte. Fateci sapere.",
            "",
            "Elena",
        ),
        note="'we pay only once the faulty dimmer is replaced' → dispute, not a promise",
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pl-en-1",
        intent="payment_plan",
        lang="en",
        sender=("Gwen Parry", "gwen@llanfairplayers.example"),
        when="2026-11-25 12:35 +0000",
        client="outlook_html",
        amount="3600.00",
        body=lines(
            "Dear Lumenwerk team,",
            "",
            "Thank you for the reminder, and I'm sorry it has come to this. The autumn season was a disaster for ticket sales — we lost two weekends to the flooding, and panto rehearsals have eaten everything we had left. We're waiting on a grant from the county council that should land in the new year.",
            "",
            "Would you be willing to let us pay £600 a month from January until the balance is cleared? I can set up a standing order as soon as you agree.",
            "",
            "With apologies and best wishes,",
            "Gwen Parry",
            "Treasurer, Llanfair Players",
        ),
        note="hardship and monthly instalments; plan dates and amounts are not labelled",
    ),
    Reply(
        key="pl-en-2",
        intent="payment_plan",
        lang="en",
        sender=("Rob Tennant", "rob@tennantlive.example"),
        when="2026-12-03 22:15 +0000",
        client="iphone",
        body="Any chance of another 30 days on this one?",
        note="one line asking for more time",
    ),
    Reply(
        key="pl-en-3",
        intent="payment_plan",
        lang="en",
        sender=("Alice Moreno", "alice@lanternhillfestival.example"),
        when="2026-12-11 09:58 +0000",
        client="gmail",
        amount="2400.00",
        body=lines(
            "Hi,",
            "",
            "The winter lantern trail was cancelled two days before opening because of the storm warning, so we've had no ticket income from it at all. I know that isn't your fault and the kit was delivered.",
            "",
            "Would you accept £1,800 as full and final settlement of this invoice? If so I can pay it this week.",
            "",
            "Alice Moreno",
            "Lantern Hill Festival",
        ),
        note="asks for a reduced amount without contesting the invoice; 'pay it this week' depends on acceptance → payment_plan",
    ),
    Reply(
        key="pl-de-1",
        intent="payment_plan",
        lang="de",
        sender=("Sabine Kerner", "kerner@kulturverein-altmuehltal.example"),
        when="2026-12-14 15:12 +0100",
        client="outlook",
        body=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "unser Festival hat dieses Jahr leider mit einem deutlichen Minus abgeschlossen. Wäre es möglich, den offenen Betrag in drei Monatsraten zu begleichen, beginnend im Januar?",
            "",
            "Für eine kurze Rückmeldung wären wir dankbar.",
            "",
            "Mit freundlichen Grüßen",
            "Sabine Kerner",
            "Kassenwartin, Kulturverein Altmühltal e. V.",
        ),
    ),
    Reply(
        key="pl-fr-1",
        intent="payment_plan",
        lang="fr",
        sender=("Mathilde Roux", "administration@cie-lefilrouge.example"),
        when="2026-12-01 14:06 +0100",
        client="thunderbird",
        body=lines(
            "Bonjour,",
            "",
            "La saison a été compliquée pour la compagnie (deux dates annulées en novembre) et notre trésorerie est très tendue en ce moment.",
            "",
            "Serait-il possible d'étaler le règlement en trois fois, en décembre, janvier et février ? Je peux vous envoyer un échéancier signé si cela vous convient.",
            "",
            "Merci de votre compréhension,",
            "Mathilde Roux",
            "Administratrice – Compagnie Le Fil Rouge",
        ),
    ),
    Reply(
        key="pl-fr-2",
        intent="payment_plan",
        lang="fr",
        sender=("Vincent Garnier", "vincent@chateau-de-bellerive.example"),
        when="2026-12-07 19:44 +0100",
        client="iphone",
        body=lines(
            "Bonsoir, je peux vous faire un premier virement de 1 000 € cette semaine et le solde en janvier, ça vous irait ?",
            "",
            "Vincent",
        ),
        note="part now and the rest in January, asked as a question → payment_plan, neither payment_sent nor promise_to_pay",
    ),
    Reply(
        key="pl-es-1",
        intent="payment_plan",
        lang="es",
        sender=("Pepe Márquez", "pepe.marquez@asoc-lacabalgata.example"),
        when="2026-12-09 17:30 +0100",
        client="gmail",
        body=lines(
            "Buenas tardes,",
            "",
            "¿Podríamos aplazar el pago hasta febrero? Estamos esperando que el ayuntamiento nos ingrese la subvencion de la cabalgata y hasta entonces no tenemos liquidez.",
            "",
            "Muchas gracias y perdonad las molestias.",
            "",
            "Pepe Márquez",
            "Asociación La Cabalgata",
        ),
        note="more time asked; 'subvencion' typed without its accent",
    ),
    Reply(
        key="pl-es-2",
        intent="payment_plan",
        lang="es",
        sender=("Parroquia San Lorenzo", "parroquia@sanlorenzo-tudela.example"),
        when="2026-11-26 11:20 +0100",
        client="outlook",
        amount="1800.00",
        body=lines(
            "Estimados señores:",
            "",
            "La parroquia no puede hacer frente al importe de una sola vez. Les propongo abonarlo en cuatro plazos de 450 €, el primero el día 20 de diciembre y los siguientes el día 20 de cada mes.",
            "",
            "Quedo a la espera de su conformidad.",
            "",
            "Atentamente,",
            "Andrés Villalba",
            "Párroco de San Lorenzo",
        ),
        note="instalments proposed; the first instalment date is part of the plan, not a promised_date",
    ),
    Reply(
        key="pl-nl-1",
        intent="payment_plan",
        lang="nl",
        sender=("Ineke Smit", "i.smit@schouwburgdelinde.example"),
        when="2026-12-10 16:03 +0100",
        client="outlook_html",
        body=lines(
            "Beste heer/mevrouw,",
            "",
            "Zouden we een betalingsregeling kunnen afspreken? Tot de opbrengst van de kerstvoorstellingen binnen is, zitten we erg krap. We denken aan drie termijnen, de eerste half januari.",
            "",
            "Met vriendelijke groet,",
            "",
            "Ineke Smit",
            "Zakelijk leider",
            "Schouwburg De Linde",
        ),
    ),
    Reply(
        key="pl-nl-2",
        intent="payment_plan",
        lang="nl",
        sender=("Ruben Claes", "ruben@lichtkamerproducties.example"),
        when="2026-12-18 12:01 +0100",
        client="android",
        body="Graag uitstel van betaling tot half januari, dank.",
        note="one line asking for more time",
    ),
    Reply(
        key="pl-it-1",
        intent="payment_plan",
        lang="it",
        sender=("Anna Ruggiero", "amministrazione@teatrocanova.example"),
        when="2026-12-02 11:48 +0100",
        client="outlook_html",
        charset="windows-1252",
        body=lines(
            "Gentili signori,",
            "",
            "a causa dei ritardi nei contributi regionali, vi chiediamo la possibilità di rateizzare l'importo in tre rate mensili a partire da gennaio.",
            "",
            "Restiamo in attesa di un vostro riscontro.",
            "",
            "Cordiali saluti",
            "Anna Ruggiero",
            "Ufficio amministrativo – Teatro Canova",
            "",
            "Ai sensi del Regolamento UE 2016/679, le informazioni contenute nella presente comunicazione sono riservate. Se avete ricevuto questo messaggio per errore, vi preghiamo di distruggerlo e di darcene notizia.",
        ),
    ),
    Reply(
        key="pl-it-2",
        intent="payment_plan",
        lang="it",
        sender=("Marco Bassi", "marco@tenutailcastagno.example"),
        when="2026-12-15 20:10 +0100",
        client="gmail",
        cte="b64",
        body=lines(
            "Buonasera,",
            "",
            "con il maltempo di novembre abbiamo dovuto annullare due matrimoni e siamo un po' in difficoltà. Possiamo saldare metà adesso e l'altra metà a fine gennaio?",
            "",
            "Grazie,",
            "Marco Bassi",
            "Tenuta Il Castagno",
        ),
        note="hardship; half now and half at the end of January → payment_plan",
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        sender=("Ellie Marsh", "ellie@northfieldfolkfest.example"),
        when="2026-11-23 10:40 +0000",
        client="gmail",
        body=lines(
            "Hi,",
            "",
            "I don't think we ever got this invoice — there's nothing in the finance inbox or the post. Could you resend it as a PDF? Happy to get it paid once I have it.",
            "",
            "Thanks,",
            "Ellie Marsh",
            "Office Manager, Northfield Folk Festival",
        ),
        note="never received, please resend, nothing contested",
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        locale="en_us",
        sender=("Jordan Pike", "jordan.pike@meridianlive.example"),
        when="2026-12-01 10:05 -0500",
        client="html_only",
        body=lines(
            "Hello,",
            "",
            "Before we can release payment, our AP department needs a completed W-8BEN-E on file for Lumenwerk Lighting — we can't pay a foreign vendor without one. Can you send it over? I'll push this through as soon as it's in.",
            "",
            "Thanks,",
            "Jordan Pike",
            "Senior Production Manager",
            "Meridian Live Entertainment",
        ),
        note="tax form needed before paying; HTML-only message",
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        currency="EUR",
        sender=("Declan Moriarty", "treasurer@stcolmansparish.example"),
        when="2026-12-16 12:22 +0000",
        client="thunderbird",
        body=lines(
            "Hello,",
            "",
            "Before we pay this: the bank details on the invoice (an account in Lithuania?) don't match the ones we paid you to last year. We were caught by invoice fraud once before, and the parish council now insists that any change of bank details is confirmed in writing.",
            "",
            "Could you send confirmation of your current account details on headed paper? I'll pay as soon as it arrives.",
            "",
            "Declan Moriarty",
            "Treasurer, St Colman's Parish",
        ),
        note="bank-detail confirmation needed before paying; the payment depends on it, so no promise is labelled",
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        sender=("Melanie Vogt", "m.vogt@kanal9-produktion.example"),
        when="2026-11-26 13:55 +0100",
        client="outlook_html",
        charset="windows-1252",
        body=lines(
            "Guten Tag,",
            "",
            "wir können die Rechnung leider nicht bearbeiten, da unsere Bestellnummer fehlt. Bitte stellen Sie sie mit der Bestellnummer 4501128840 neu aus, sonst lehnt unser Rechnungsworkflow sie automatisch ab.",
            "",
            "Vielen Dank und freundliche Grüße",
            "Melanie Vogt",
            "Kreditorenbuchhaltung",
            "Kanal 9 Produktion GmbH",
        ),
        note="reissue with a PO number; amount not contested",
    ),
    Reply(
        key="ir-de-2",
        intent="invoice_request",
        lang="de",
        sender=("Tobias Lang", "tobias.lang@openair-hoheneck.example"),
        when="2026-12-09 18:15 +0100",
        client="gmail",
        body=lines(
            "Hallo,",
            "",
            "könnt ihr mir bitte eine Aufstellung aller offenen Posten schicken? Bei uns sind über den Sommer ein paar Rechnungen durcheinandergeraten, und ich will nicht doppelt oder falsch zahlen.",
            "",
            "Danke und Grüße",
            "Tobias",
        ),
        note="statement of open items",
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        sender=("Sophie Arnaud", "s.arnaud@scene-nationale-dolmen.example"),
        when="2026-11-27 11:08 +0100",
        client="outlook",
        body=lines(
            "Bonjour,",
            "",
            "Nous n'avons jamais reçu cette facture. Pourriez-vous nous la renvoyer à factures@scene-nationale-dolmen.example afin qu'elle soit enregistrée dans notre logiciel comptable ?",
            "",
            "Merci d'avance,",
            "Sophie Arnaud",
            "Comptabilité – Scène nationale du Dolmen",
        ),
        note="resend the invoice to an invoices address: invoice_request; the address is where the copy goes, so no new_contact",
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        reminder_locale="en_gb",
        sender=("Aurélie Vasseur", "aurelie@manoirdekerlan.example"),
        when="2026-12-14 09:27 +0100",
        client="iphone",
        body="Bonjour, pourriez-vous m'envoyer votre RIB ? Notre comptable doit créer votre fiche fournisseur avant de pouvoir payer. Merci",
        note="French reply to an English reminder; bank details needed before paying",
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        sender=("Lucía Ferrer", "lferrer@fundacionmareas.example"),
        when="2026-12-03 12:40 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=lines(
            "Buenos días:",
            "",
            "Para poder tramitar el pago necesitamos que la factura esté emitida a nombre de la Fundación Mareas, con nuestro CIF G-39876543, y no a nombre del festival. El importe es correcto.",
            "",
            "Un saludo,",
            "Lucía Ferrer",
            "Administración - Fundación Mareas",
        ),
        note="reissue to the right legal entity with its tax id; amount expressly not contested",
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        sender=("Óscar Peña", "oscar@salaelmirador.example"),
        when="2026-12-08 13:14 +0100",
        client="android",
        body="Hola, me podeis mandar el extracto de cuenta? No se cuales tenemos pendientes y cuales no. Gracias",
        note="statement of account; typed without accents or the opening question mark",
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        sender=("Femke Bakker", "f.bakker@bakkerdevries-architecten.example"),
        when="2026-11-24 16:44 +0100",
        client="outlook",
        body=lines(
            "Goedemiddag,",
            "",
            "Kunt u ons een kopie van de factuur sturen, samen met de afleverbonnen? Zonder pakbon kan ik hem intern niet laten accorderen.",
            "",
            "Met vriendelijke groet,",
            "Femke Bakker",
            "Office manager",
            "Bakker De Vries Architecten",
        ),
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        sender=("Wim Jansen", "penningmeester@kerkdeopgang.example"),
        when="2026-12-17 10:09 +0100",
        client="gmail_plain",
        inv="40815",
        body=lines(
            "Goedemorgen,",
            "",
            "Welke factuur is dit precies? Ik kan LW-26-40815 nergens in onze administratie vinden. Kunt u hem nog een keer toesturen?",
            "",
            "Wim Jansen",
            "penningmeester",
        ),
        refs=("LW-26-40815",),
        note="asks what the invoice is and for a copy, without contesting it",
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        sender=("Chiara Fontana", "c.fontana@teatrosanteramo.example"),
        when="2026-12-02 09:15 +0100",
        client="outlook_html",
        body=lines(
            "Buongiorno,",
            "",
            "per poter pagare ci serve la fattura elettronica trasmessa tramite SdI: il PDF che ci avete inviato non è valido ai fini contabili. Il nostro codice destinatario è M5UXCR1.",
            "",
            "Grazie,",
            "Chiara Fontana",
            "Amministrazione – Teatro Sant'Eramo",
        ),
        note="e-invoice through SdI needed before paying",
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        sender=("Tom Ashdown", "tom@ashdownlx.example"),
        when="2026-12-01 08:12 +0000",
        client="iphone",
        body=lines(
            "Morning — I'm the freelance LD on their Christmas show, not anyone in their office, so I can't help with invoices. Their finance person is Dana Whitlock: dana.whitlock@oakhamcornexchange.example",
            "",
            "Tom",
        ),
        found=Found(new_contact="dana.whitlock@oakhamcornexchange.example"),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        locale="en_us",
        sender=("Bluewater Television Accounts", "accounts@bluewatertv.example"),
        when="2026-11-30 08:00 -0500",
        client="none",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED,),
        body=lines(
            "This mailbox is no longer monitored.",
            "",
            "For invoices, statements and payment queries, please contact our finance team at finance@bluewatertv.example. Messages sent to this address are not forwarded.",
            "",
            "Bluewater Television",
        ),
        found=Found(new_contact="finance@bluewatertv.example"),
        note="automatic 'no longer monitored' notice naming a new address → wrong_contact, not auto_reply",
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        sender=("Accounts | Holloway Hall", "accounts@hollowayhall.example"),
        when="2026-12-10 07:03 +0000",
        client="outlook_html",
        body=lines(
            "Dear Supplier,",
            "",
            "Please be advised that our accounts department has migrated to a new email platform. With immediate effect, kindly direct all invoices, statements and remittance correspondence to accounts.hollowayhall@gmail.com and update your records accordingly.",
            "",
            "Emails sent to the old address may not be received. Please confirm once your system has been updated.",
            "",
            "Regards,",
            "Accounts Department",
            "Holloway Hall",
        ),
        found=Found(new_contact="accounts.hollowayhall@gmail.com"),
        note="phishing-like request to redirect mail to a free-mail address; labelled by what it asks (wrong_contact with the new address), which a collector must verify by phone before changing anything",
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        sender=("Heike Brandt", "heike.brandt72@gmail.com"),
        when="2026-11-25 20:37 +0100",
        client="gmail",
        body=lines(
            "Guten Abend,",
            "",
            "ich bin seit dem 1. Oktober nicht mehr im Pfarrbüro St. Ansgar tätig und habe diese Adresse damals nur privat mitbenutzt. Bitte wenden Sie sich an das Pfarrbüro: pfarrbuero@st-ansgar-wehrden.example",
            "",
            "Freundliche Grüße",
            "Heike Brandt",
        ),
        found=Found(new_contact="pfarrbuero@st-ansgar-wehrden.example"),
    ),
    Reply(
        key="wc-de-2",
        intent="wrong_contact",
        lang="de",
        sender=("Lukas Hoffmann", "l.hoffmann@filmwerk-isar.example"),
        when="2026-12-04 09:25 +0100",
        client="outlook",
        body=lines(
            "Hallo,",
            "",
            "für Rechnungen ist bei uns die Produktionsbuchhaltung zuständig, Frau Kessler – bitte direkt an J.Kessler@Filmwerk-Isar.example. Ich bin nur Aufnahmeleiter und habe keinen Zugriff auf die Zahlungen.",
            "",
            "Gruß",
            "Lukas Hoffmann",
        ),
        found=Found(new_contact="j.kessler@filmwerk-isar.example"),
        note="address written in mixed case, labelled in lower case",
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        sender=("Karim Haddad", "karim.haddad@festival-bordsdeloire.example"),
        when="2026-12-08 12:50 +0100",
        client="android",
        body="Bonjour, je suis juste le régisseur, la compta c'est Sandrine Morel : s.morel@festival-bordsdeloire.example. Je la mets pas en copie, vous pouvez lui écrire directement.",
        found=Found(new_contact="s.morel@festival-bordsdeloire.example"),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        sender=("Sala Tarambana", "info@salatarambana.example"),
        when="2026-12-03 10:00 +0100",
        client="none",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        body=lines(
            "Esta dirección de correo ya no está operativa y los mensajes que recibe no se leen.",
            "",
            "Para facturación y pagos, escriba a administracion@salatarambana.example. Para programación, a programacion@salatarambana.example.",
            "",
            "Gracias.",
        ),
        found=Found(new_contact="administracion@salatarambana.example"),
        note="automatic 'no longer in use' notice with two addresses; the billing one is the new contact",
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        sender=("Elena Prieto", "reservas@palaciodelaserna.example"),
        when="2026-12-14 11:31 +0100",
        client="gmail",
        body=lines(
            "Hola,",
            "",
            "Creo que os habéis equivocado de persona: yo llevo las reservas de bodas del palacio, no la facturación. Las facturas las gestiona mi compañero Jorge Pardo, jorge.pardo@palaciodelaserna.example.",
            "",
            "Un saludo,",
            "Elena",
        ),
        found=Found(new_contact="jorge.pardo@palaciodelaserna.example"),
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        sender=("Maarten Visser", "info@lichtblauwarchitecten.example"),
        when="2026-12-02 14:12 +0100",
        client="outlook_html",
        body=lines(
            "Geachte heer/mevrouw,",
            "",
            "Ik denk dat deze herinnering bij de verkeerde partij terecht is gekomen. Wij zijn Lichtblauw Architecten uit Zwolle en hebben nooit iets bij Lumenwerk gehuurd of gekocht. Mogelijk bedoelt u Studio Lichtblauw in Utrecht?",
            "",
            "Met vriendelijke groet,",
            "Maarten Visser",
            "Lichtblauw Architecten",
        ),
        note="the reminder reached another company with a similar name; no new address; not a dispute, because nothing of theirs is invoiced",
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        sender=("Daan Peeters", "planning@theaterhetakkoord.example"),
        when="2026-12-15 08:02 +0100",
        client="iphone",
        body=lines(
            "Dit adres is alleen voor de planning. Facturen graag voortaan naar crediteuren@theaterhetakkoord.example.",
            "",
            "Daan",
        ),
        found=Found(new_contact="crediteuren@theaterhetakkoord.example"),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        reminder_locale="en_gb",
        currency="EUR",
        sender=("Paolo Conti", "paolo.conti@compagniailmelograno.example"),
        when="2026-11-26 12:18 +0100",
        client="gmail",
        body=lines(
            "Buongiorno,",
            "",
            "da settembre non mi occupo più dell'amministrazione della compagnia. Per favore scrivete ad amministrazione@compagniailmelograno.example, se ne occupa Francesca.",
            "",
            "Saluti,",
            "Paolo Conti",
        ),
        found=Found(new_contact="amministrazione@compagniailmelograno.example"),
        note="Italian reply to an English reminder",
    ),
    Reply(
        key="wc-it-2",
        intent="wrong_contact",
        lang="it",
        sender=("Studio Galli Architetti", "segreteria@studiogalliarchitetti.example"),
        when="2026-12-11 10:00 +0100",
        client="none",
        subject="Risposta automatica: {rsub}",
        headers=(X_AUTOREPLY,),
        body=lines(
            "Gentile mittente,",
            "",
            "questa casella di posta non è più attiva. Per comunicazioni amministrative e fatture scrivete ad amministrazione@studiogalliarchitetti.example.",
            "",
            "Grazie",
        ),
        found=Found(new_contact="amministrazione@studiogalliarchitetti.example"),
        note="automatic 'mailbox no longer active' notice without Auto-Submitted, naming a new address → wrong_contact",
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        sender=("Kieran Doyle", "kieran.doyle.rigging@gmail.com"),
        when="2026-11-27 07:58 +0000",
        client="iphone",
        body="Stop emailing me. I'm a freelance rigger, I don't work for the venue and I've told you this three times now.",
        note="stop request plus 'not the right person' without a new address: unsubscribe beats wrong_contact",
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        sender=("Richard Hale", "r.hale@halecroftstudios.example"),
        when="2026-12-15 17:20 +0000",
        client="outlook_html",
        body=lines(
            "Dear Sirs,",
            "",
            "Further to our letter of 30 November, this account is in dispute and has been passed to our solicitors. Any further correspondence must be addressed to them and not to members of our staff.",
            "",
            "Please do not contact us directly about this matter again.",
            "",
            "Richard Hale",
            "Managing Director",
            "Halecroft Studios Ltd",
            "",
            "Registered in England No. 08123456. Registered office: 4 Tanner's Yard, Leeds LS1 9XX.",
        ),
        note="'talk to our solicitors', no address given → unsubscribe; it beats the dispute it mentions",
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        sender=("Nat Greenwood", "nat@thebarnatfoxley.example"),
        when="2026-12-09 13:44 +0000",
        client="gmail_plain",
        body=lines(
            "we paid this on the 3rd. stop sending these automated threats or we'll take our business elsewhere. take us off your mailing list",
            "",
            "nat",
        ),
        note="payment claim plus stop request: unsubscribe wins and the payment fields stay empty",
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        sender=("Rainer Köhler", "koehler@stadthalle-greifenberg.example"),
        when="2026-12-03 08:47 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "bitte nehmen Sie unsere Adresse aus Ihrem E-Mail-Verteiler für Mahnungen. Schriftverkehr in dieser Angelegenheit bitte künftig ausschließlich auf dem Postweg an unsere Verwaltung.",
            "",
            "Mit freundlichen Grüßen",
            "Rainer Köhler",
            "Stadthalle Greifenberg - Verwaltung",
        ),
        note="post only → unsubscribe",
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        sender=("Jana Weiß", "jana@lichtspiele-oderbruch.example"),
        when="2026-12-14 22:03 +0100",
        client="android",
        body="Keine Mails mehr an diese Adresse bitte. Danke.",
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        sender=("Camille Perrin", "camille.perrin@festival-lesvoixdusud.example"),
        when="2026-11-25 18:26 +0100",
        client="gmail",
        body=lines(
            "Bonjour,",
            "",
            "Merci de ne plus m'écrire à ce sujet : je ne fais plus partie de l'association depuis juin et je n'ai plus accès à rien.",
            "",
            "Camille",
        ),
        note="stop request plus 'no longer with the association' without a new address → unsubscribe",
    ),
    Reply(
        key="un-fr-2",
        intent="unsubscribe",
        lang="fr",
        sender=("Jean-Marc Giraud", "direction@espace-lacigale.example"),
        when="2026-12-11 16:40 +0100",
        client="outlook_html",
        charset="windows-1252",
        body=lines(
            "Madame, Monsieur,",
            "",
            "Compte tenu du litige en cours, toute correspondance relative à ce dossier doit désormais être adressée à notre conseil, Maître Delorme. Nous ne donnerons plus suite à vos courriels.",
            "",
            "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
            "",
            "Jean-Marc Giraud",
            "Directeur – Espace La Cigale",
        ),
        note="only through our lawyer, no address → unsubscribe; it beats the dispute it mentions",
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        sender=("Raúl Ortega", "raul@salaluzdegas.example"),
        when="2026-12-01 23:05 +0100",
        client="iphone",
        body="Dejad de escribirme a este correo, que yo no llevo los pagos. Si tenéis que reclamar algo, por carta a la sede.",
        note="stop request plus post only → unsubscribe",
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        sender=("Eva de Jong", "eva@dejong-events.example"),
        when="2026-11-30 10:19 +0100",
        client="gmail",
        body=lines("Graag uitschrijven voor deze mails.", "", "Eva"),
    ),
    Reply(
        key="un-nl-2",
        intent="unsubscribe",
        lang="nl",
        sender=("Ruud Hendriks", "ruud@festivaldeweide.example"),
        when="2026-12-17 23:18 +0100",
        client="android",
        body="Hou nou eens op met die herinneringen. Ik heb al drie keer gezegd dat we betalen zodra de subsidie van de provincie binnen is. Haal me van die lijst af.",
        note="stop request plus a conditional promise: unsubscribe wins",
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        sender=("Giorgio Leone", "g.leone@parrocchiasanmichele-arezzo.example"),
        when="2026-12-10 09:40 +0100",
        client="outlook",
        body=lines(
            "Buongiorno,",
            "",
            "vi prego di cancellare il mio indirizzo dalla vostra lista: non sono più il referente della parrocchia per queste cose.",
            "",
            "Grazie",
            "Giorgio Leone",
        ),
        note="remove-me plus 'no longer the contact' without a new address → unsubscribe",
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        sender=("Roberta Sala", "r.sala@villaaureliaeventi.example"),
        when="2026-12-16 12:30 +0100",
        client="html_only",
        charset="windows-1252",
        body=lines(
            "Gentili signori,",
            "",
            "vi informiamo che da oggi accetteremo comunicazioni relative a questa pratica esclusivamente a mezzo raccomandata A/R presso la nostra sede legale. Vi preghiamo di non scriverci più a questo indirizzo.",
            "",
            "Distinti saluti",
            "Roberta Sala",
            "Villa Aurelia Eventi S.r.l.",
        ),
        note="registered post only → unsubscribe; HTML-only",
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        sender=("Lucy Carrington", "lucy.carrington@castleplayhouse.example"),
        when="2026-12-01 09:03 +0000",
        client="none",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=lines(
            "Thank you for your email. I'm out of the office until Monday 7 December with limited access to email, and will reply when I'm back.",
            "",
            "Lucy Carrington",
            "Production Manager, The Castle Playhouse",
        ),
        found=Found(return_date="2026-12-07"),
        note="'until X' → X",
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        locale="en_us",
        sender=("Stagecraft Events Support", "support@stagecraftevents.example"),
        when="2026-11-26 11:04 -0500",
        client="none",
        subject="[Ticket #48213] {rsub}",
        headers=(AUTO_REPLIED, ("X-Ticket-ID", "48213")),
        body=lines(
            "Hello,",
            "",
            "Thanks for contacting Stagecraft Events. This is an automated confirmation that we've received your message and opened ticket #48213.",
            "",
            "A member of our finance team will respond within 2 business days. Please keep the ticket number in the subject line if you write again.",
            "",
            "Stagecraft Events Support",
        ),
        note="ticket acknowledgement; 'within 2 business days' is no return date",
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        currency="EUR",
        sender=("Margaret Quinlan", "office@stbrendanschurch.example"),
        when="2026-12-11 14:00 +0000",
        client="none",
        body=lines(
            "Thank you for your email.",
            "",
            "I am on annual leave and will be back in the parish office on Wednesday 16th December. For anything urgent, please ring the parish office on 01 555 0199 and leave a message.",
            "",
            "Margaret Quinlan",
            "Parish Secretary",
        ),
        found=Found(return_date="2026-12-16"),
        note="autoresponder without Auto-Submitted and with a plain 'Re:' subject",
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        sender=("Christian Maier", "c.maier@kulturforum-rheinau.example"),
        when="2026-11-30 07:15 +0100",
        client="none",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "vielen Dank für Ihre Nachricht. Ich bin auf Dienstreise und ab Mittwoch, dem 2. Dezember, wieder im Büro. Ihre E-Mail wird nicht weitergeleitet.",
            "",
            "Mit freundlichen Grüßen",
            "Christian Maier",
        ),
        found=Found(return_date="2026-12-02"),
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        sender=("Nina Scholz", "n.scholz@tv-werkstatt-koeln.example"),
        when="2026-12-16 10:22 +0100",
        client="none",
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO_REPLIED,),
        body=lines(
            "Hallo,",
            "",
            "ich bin bis voraussichtlich Ende Februar 2027 in Elternzeit. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an produktion@tv-werkstatt-koeln.example.",
            "",
            "Viele Grüße",
            "Nina Scholz",
        ),
        found=Found(return_date="2027-02-28"),
        note="'bis Ende Februar 2027' → the last day of that month; the colleague address in an auto-reply does not set new_contact",
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        sender=("Isabelle Caron", "i.caron@opera-cotedopale.example"),
        when="2026-12-14 08:00 +0100",
        client="none",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        body=lines(
            "Bonjour,",
            "",
            "Je suis absente du 14 au 18 décembre inclus. Je traiterai votre message à mon retour, le lundi 21 décembre.",
            "",
            "Cordialement,",
            "Isabelle Caron",
        ),
        found=Found(return_date="2026-12-21"),
        note="the stated day back wins over the end of the absence",
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        sender=("Beatriz Lozano", "blozano@producciones-trasluz.example"),
        when="2026-12-04 15:30 +0100",
        client="none",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        body=lines(
            "Hola:",
            "",
            "Estaré fuera de la oficina por el puente de diciembre, hasta el miércoles 9 incluido. Vuelvo el jueves 10 y contestaré tu correo lo antes posible.",
            "",
            "Un saludo,",
            "Beatriz",
        ),
        found=Found(return_date="2026-12-10"),
        note="the stated day back wins over 'hasta … incluido'",
    ),
    Reply(
        key="ar-es-2",
        intent="auto_reply",
        lang="es",
        sender=("Grupo Escena – Atención al cliente", "soporte@grupoescena.example"),
        when="2026-12-07 09:12 +0100",
        client="none",
        subject="[Incidencia 20261207-0331] Hemos recibido su consulta",
        headers=(X_AUTOREPLY,),
        body=lines(
            "Estimado/a cliente:",
            "",
            "Hemos recibido su consulta y le hemos asignado el número de incidencia 20261207-0331. Le responderemos en un plazo máximo de 72 horas laborables.",
            "",
            "Por favor, no responda a este mensaje.",
            "",
            "Grupo Escena – Atención al cliente",
        ),
        note="ticket acknowledgement without Auto-Submitted (only X-Autoreply); no date",
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        sender=("Thijs van Dam", "t.vandam@evenementenhal-gorinchem.example"),
        when="2026-11-24 09:50 +0100",
        client="none",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=lines(
            "Beste afzender,",
            "",
            "Ik ben afwezig tot en met vrijdag 27 november en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kunt u contact opnemen met mijn collega Anouk via planning@evenementenhal-gorinchem.example.",
            "",
            "Met vriendelijke groet,",
            "Thijs van Dam",
        ),
        found=Found(return_date="2026-11-27"),
        note="'tot en met X' with no day back stated → X itself, as 'until X' is; the colleague's address does not set new_contact",
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        sender=("Linda Vos", "administratie@kapelvanhetlicht.example"),
        when="2026-12-09 11:11 +0100",
        client="none",
        subject="Afwezig: {rsub}",
        headers=(AUTO_REPLIED,),
        body=lines(
            "Wegens ziekte ben ik voorlopig afwezig. Uw e-mail wordt niet doorgestuurd en na mijn terugkeer behandeld.",
            "",
            "Linda Vos",
            "Kapel van het Licht",
        ),
        note="sick leave without a date",
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        sender=("Federica Moretti", "f.moretti@villadeiglicini.example"),
        when="2026-12-17 18:00 +0100",
        client="none",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        body=lines(
            "Gentile cliente,",
            "",
            "la villa è chiusa per la pausa invernale e sarò in ferie fino al 7 gennaio 2027. Per urgenze legate a eventi già confermati potete chiamare il 335 555 0142.",
            "",
            "Cordiali saluti",
            "Federica Moretti",
            "Villa dei Glicini",
        ),
        found=Found(return_date="2027-01-07"),
        note="'fino al X' → X",
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        sender=("Assistenza Eventi Lario", "assistenza@eventilario.example"),
        when="2026-12-01 14:22 +0100",
        client="none",
        subject="Richiesta ricevuta [#88412]",
        headers=(AUTO_GENERATED, ("Precedence", "auto_reply")),
        body=lines(
            "Grazie per averci contattato.",
            "",
            "La tua richiesta è stata registrata con il numero 88412 e verrà presa in carico dal primo operatore disponibile. Riceverai una risposta via e-mail.",
            "",
            "Questo è un messaggio generato automaticamente, ti preghiamo di non rispondere.",
        ),
        note="ticket acknowledgement; no date",
    ),
]

OTHER = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        sender=("Ben Hartley", "ben@lyceumstudio.example"),
        when="2026-11-24 12:40 +0000",
        client="iphone",
        body="Didn't we pay this already? I'm sure Jo did it before she went on leave.",
        note="a question, not a payment claim: a person checks the ledger and answers",
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        sender=("Anita Chowdhury", "anita.chowdhury@rosemountballroom.example"),
        when="2026-12-03 15:05 +0000",
        client="outlook_html",
        body=lines(
            "Hi both,",
            "",
            "Thanks for this, I've passed it to our bookkeeper.",
            "",
            "While I have you — could you quote us for the same uplighting package for our New Year's Eve ball, plus the mirror ball and motor? Same access as last time, get-in from 10am on the 31st.",
            "",
            "Many thanks,",
            "Anita Chowdhury",
            "Events Manager",
            "Rosemount Ballroom",
        ),
        note="acknowledgement plus a new quote request; passing it on names no contact",
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        locale="en_us",
        sender=("Tasha Reed", "tasha@cedarhollowchapel.example"),
        when="2026-12-18 16:59 -0500",
        client="gmail_plain",
        body="noted.",
        note="one-word acknowledgement without any commitment",
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        sender=("Eventhaus Lindenhof GmbH", "info@eventhaus-lindenhof.example"),
        when="2026-12-03 10:55 +0100",
        client="owa",
        body=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "über das Vermögen der Eventhaus Lindenhof GmbH wurde am 30.11.2026 das vorläufige Insolvenzverfahren eröffnet. Zahlungen auf Altforderungen dürfen wir nicht mehr leisten. Bitte melden Sie Ihre Forderung beim vorläufigen Insolvenzverwalter an; die Kontaktdaten gehen Ihnen gesondert per Post zu.",
            "",
            "Mit freundlichen Grüßen",
            "Eventhaus Lindenhof GmbH",
            "Die Geschäftsführung",
        ),
        note="insolvency notice: nothing contested or promised and no address given; a person must act",
    ),
    Reply(
        key="ot-de-2",
        intent="other",
        lang="de",
        sender=("Carla Neumann", "carla@hochzeitsscheune-lindow.example"),
        when="2026-12-18 09:12 +0100",
        client="gmail",
        body=lines(
            "Hallo ihr Lieben,",
            "",
            "ich wollte mich einfach mal bedanken – die Lichterketten in der Scheune haben bei der Winterhochzeit am Samstag alle umgehauen. Das Brautpaar hat uns schon Fotos geschickt, ich leite sie euch gern weiter.",
            "",
            "Frohe Weihnachten an das ganze Team!",
            "Carla",
        ),
        note="thanks only; nothing about the invoice",
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        sender=("Laurent Mercier", "laurent@chapiteau-des-etoiles.example"),
        when="2026-12-02 13:18 +0100",
        client="iphone",
        body="Bonjour, vous pouvez m'appeler ? Ce sera plus simple par téléphone, je suis sur la route toute la semaine. 06 55 12 34 78",
        note="call-back request; says nothing about the invoice",
    ),
    Reply(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        sender=("Émilie Fabre", "emilie.fabre@ciedesombres.example"),
        when="2026-12-10 10:41 +0100",
        client="gmail",
        body=lines(
            "Bonjour,",
            "",
            "Petite question avant tout : notre création est reportée à mars et les projecteurs sont toujours dans notre local. Est-ce qu'on peut les garder jusque-là, et à quelles conditions ? On ne voudrait pas que la location continue de courir sans le savoir.",
            "",
            "Merci,",
            "Émilie",
        ),
        note="rental question in the reminder thread; neither paying nor contesting",
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        sender=("Adrián Gil", "adrian.gil.iluminacion@gmail.com"),
        when="2026-11-23 22:47 +0100",
        client="gmail",
        body=lines(
            "Perdona, ¿quiénes sois? ¿Esto es un correo de verdad o es spam? No me suena vuestro nombre.",
            "",
            "Adrián",
        ),
        note="suspicion, not a dispute or an invoice request",
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        sender=("Sergio Navarro", "sergio@navarroproducciones.example"),
        when="2026-12-16 08:05 +0100",
        client="android",
        body="Mañana os llamo y lo hablamos, q ahora estoy en pleno montaje.",
        note="'I'll call you tomorrow' is no promise to pay",
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        sender=("Hanneke Prins", "h.prins@theaterdekoepel.example"),
        when="2026-12-08 14:37 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=lines(
            "Geachte heer/mevrouw,",
            "",
            "Ter informatie: Theater De Koepel gaat per 1 januari samen met Poppodium De Ketel verder onder de naam Cultuurhuis Koepel & Ketel. U ontvangt binnenkort de nieuwe gegevens, inclusief KvK- en btw-nummer.",
            "",
            "Met vriendelijke groet,",
            "Hanneke Prins",
            "Bedrijfsbureau Theater De Koepel",
        ),
        note="merger notice; the account needs updating by a person, nothing about this invoice",
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        sender=("Mauro Pellegrini", "segreteria@parrocchiasanrocco.example"),
        when="2026-11-30 17:15 +0100",
        client="gmail",
        body=lines(
            "Buonasera,",
            "",
            "ricevuto, grazie. Ne parlo con il parroco al consiglio per gli affari economici di giovedì e vi faccio sapere.",
            "",
            "Mauro Pellegrini",
            "Segreteria parrocchiale",
        ),
        note="acknowledgement; 'vi faccio sapere' after a meeting is no commitment to pay",
    ),
    Reply(
        key="ot-it-2",
        intent="other",
        lang="it",
        sender=("Simona Riva", "s.riva@rivaeventi.example"),
        when="2026-12-04 11:27 +0100",
        client="outlook_html",
        body=lines(
            "Buongiorno,",
            "",
            "approfitto della vostra mail per chiedervi se avete ancora disponibili le catenarie di lampadine per esterni che ci avevate noleggiato in estate: ci servirebbero per una festa aziendale il 19 dicembre, circa 200 metri.",
            "",
            "Se sì, mi mandate un preventivo?",
            "",
            "Grazie mille,",
            "Simona Riva",
            "Riva Eventi",
        ),
        note="new rental enquiry in the reminder thread",
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
# Bounces: generated skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in `rem_locale`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rem_locale: str
    build: Callable[[Bounce], Message]
    queued_hours: int = 0
    note: str | None = None

    @property
    def moment(self) -> datetime:
        return parse_when(self.when)

    @property
    def sent(self) -> datetime:
        return self.moment - timedelta(hours=self.queued_hours, minutes=2)

    @property
    def invoice(self) -> str:
        return f"LW-26-{40000 + number(self.key, 'invoice', 2400):05d}"

    @property
    def subject(self) -> str:
        return reminder_subject(self.rem_locale, self.invoice)

    def reminder(self) -> Message:
        """The reminder exactly as Lumenwerk sent it (returned inside some reports)."""
        cents = 38_000 + number(self.key, "amount", 900_000)
        text = reminder_text(
            locale=self.rem_locale,
            invoice=self.invoice,
            amount=f"{cents // 100}.{cents % 100:02d}",
            currency=DEFAULT_CURRENCY.get(self.rem_locale, "EUR"),
            sent=self.sent,
        )
        msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encoded(self.subject, "utf-8")
        msg["Date"] = format_datetime(self.sent.astimezone(LUMENWERK_TIME))
        msg["Message-ID"] = reminder_msgid(self.key)
        move_content_headers_last(msg)
        return msg


def delivery_status(
    b: Bounce, *, reporting_mta: str, action: str, diagnostic: str, remote: str = ""
) -> Message:
    """The machine-readable message/delivery-status part (RFC 3464)."""
    per_message = [
        f"Reporting-MTA: dns; {reporting_mta}",
        f"Arrival-Date: {format_datetime(b.sent)}",
    ]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.moment)}",
    ]
    if action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    blocks = ["\n".join(per_message) + "\n", "\n".join(per_recipient) + "\n"]
    part.set_payload([message_from_bytes(block.encode()) for block in blocks])
    return part


def returned_headers(b: Bounce) -> Message:
    text = "".join(f"{name}: {value}\n" for name, value in b.reminder().items())
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def report(*parts: Message) -> Message:
    return multipart("report", list(parts), report_type="delivery-status")


def finish(
    b: Bounce,
    msg: Message,
    *,
    sender: str,
    subject: str,
    headers: tuple[tuple[str, str], ...] = (),
    auto: str = "auto-replied",
    style: str = "bounce",
) -> Message:
    """Envelope headers as the reporting system writes them (some write no Auto-Submitted)."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded(subject, "utf-8")
    msg["Date"] = format_datetime(b.moment)
    host = parseaddr(sender)[1].split("@", 1)[1]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 16)}.{number(b.key, 'q', 10**6)}@{host}>"
    if auto:
        msg["Auto-Submitted"] = auto
    for name, value in headers:
        msg[name] = value
    return finalize(msg, key=b.key, style=style)


def human_alternative(text: str, *, charset: str = "utf-8") -> Message:
    """An Exchange- or Gmail-style human part: the same words as text and as simple HTML."""
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        f'<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">\n{html_blocks(text)}\n</body></html>\n'
    )
    return multipart(
        "alternative",
        [
            text_part(text + "\n", subtype="plain", charset=charset, cte="qp"),
            text_part(markup, subtype="html", charset=charset, cte="qp"),
        ],
    )


def shown_time(moment: datetime, template: str = "{dd}.{mo}.{y} {HH}:{mm}") -> str:
    return render_date(template, locale="de", moment=moment)


def bounce_postfix(b: Bounce) -> Message:
    diagnostic = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    human = lines(
        f"This is the mail system at host {AR_MTA}.",
        "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients. It's attached below.",
        "",
        "For further assistance, please send mail to postmaster.",
        "",
        "If you do so, please include this problem report. You can",
        "delete your own text from the attached returned message.",
        "",
        "                   The mail system",
        "",
        f"<{b.rcpt}>: host mx.thefoundryvenue.example[198.51.100.23] said:",
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in",
        "    local recipient table (in reply to RCPT TO command)",
        "",
    )
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            reporting_mta=AR_MTA,
            action="failed",
            diagnostic=diagnostic,
            remote="mx.thefoundryvenue.example",
        ),
        MIMEMessage(b.reminder()),
    )
    return finish(
        b,
        msg,
        sender=f"MAILER-DAEMON@{AR_MTA} (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    copy = b.reminder().as_string()
    text = lines(
        "Hi. This is the qmail-send program at mail.oldvicaragebarn.example.",
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        "",
        f"<{b.rcpt}>:",
        "Sorry, no mailbox here by that name. (#5.1.1)",
        "",
        "--- Below this line is a copy of the message.",
        "",
        f"Return-Path: <{AR_ADDR}>",
        f"Received: (qmail 30412 invoked from network); {format_datetime(b.sent)}",
        copy,
        "",
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        sender="MAILER-DAEMON@mail.oldvicaragebarn.example",
        subject="failure notice",
        auto="",
    )


def bounce_sendmail_delay(b: Bounce) -> Message:
    received = render_date(
        "{wds}, {d} {mons} {y} {HH}:{mm}:07 -0500", locale="en_us", moment=b.sent
    )
    human = lines(
        "    **********************************************",
        "    **      THIS IS A WARNING MESSAGE ONLY      **",
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **",
        "    **********************************************",
        "",
        f"The original message was received at {received}",
        f"from {AR_MTA} [203.0.113.25]",
        "",
        "   ----- Transcript of session follows -----",
        f"<{b.rcpt}>... Deferred: Connection timed out with exchange.harperhallnyc.example.",
        "Warning: message still undelivered after 4 hours",
        "Will keep trying until message is 5 days old",
        "",
    )
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            reporting_mta="gw.harperhallnyc.example",
            action="delayed",
            diagnostic="451 4.4.1 Connection timed out with exchange.harperhallnyc.example",
            remote="exchange.harperhallnyc.example",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="Mail Delivery Subsystem <MAILER-DAEMON@gw.harperhallnyc.example>",
        subject="Warning: could not send message for past 4 hours",
        auto="auto-generated (warning-timeout)",
    )


def bounce_exchange_de_delay(b: Bounce) -> Message:
    retry = shown_time(b.sent + timedelta(days=2))
    human = lines(
        "Die Zustellung an diese Empfänger oder Gruppen verzögert sich:",
        "",
        b.rcpt,
        "",
        f"Betreff: {b.subject}",
        "",
        "Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, sie zuzustellen.",
        "",
        f"Der Server versucht bis {retry}, die Nachricht zuzustellen. Sollte das bis dahin nicht gelingen, erhalten Sie eine weitere Benachrichtigung.",
        "",
        "Diagnoseinformationen für Administratoren:",
        "",
        "Generierender Server: EX02.festspielhaus-weidenau.example",
        "",
        f"Empfänger: {b.rcpt}",
        "Letzter Fehler: 451 4.4.7 Message delayed; Remote server did not respond",
    )
    msg = report(
        human_alternative(human),
        delivery_status(
            b,
            reporting_mta="EX02.festspielhaus-weidenau.example",
            action="delayed",
            diagnostic="451 4.4.7 Message delayed",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="Microsoft Outlook <postmaster@festspielhaus-weidenau.example>",
        subject=f"Zustellung verzögert: {b.subject}",
        headers=(("X-MS-Exchange-Message-Is-Ndr", ""),),
        style="outlook",
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    diagnostic = (
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    )
    human = lines(
        "Votre message n'a pas pu être remis à ces destinataires ou groupes :",
        "",
        b.rcpt,
        "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire et renvoyez le message. Si le problème persiste, contactez votre support technique.",
        "",
        "Informations de diagnostic pour les administrateurs :",
        "",
        "Serveur de génération : MX01.lagrangeauxarts.example",
        "",
        b.rcpt,
        f"Le serveur distant a retourné « {diagnostic} »",
    )
    msg = report(
        human_alternative(human),
        delivery_status(
            b, reporting_mta="MX01.lagrangeauxarts.example", action="failed", diagnostic=diagnostic
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="Microsoft Outlook <postmaster@lagrangeauxarts.example>",
        subject=f"Non remis : {b.subject}",
        headers=(("X-MS-Exchange-Message-Is-Ndr", ""),),
        style="outlook",
    )


def bounce_isp_fr_delay(b: Bounce) -> Message:
    text = lines(
        "Ceci est un message automatique du serveur d'envoi Hexaline.",
        "",
        "Votre message n'a pas encore pu être distribué au destinataire suivant :",
        "",
        f"    {b.rcpt}",
        "",
        "Raison : le serveur du destinataire ne répond pas (4.4.2 connexion interrompue).",
        "",
        f"Objet : {latin1_safe(b.subject)}",
        f"Envoyé le : {render_date('{dd}/{mo}/{y} à {HH}:{mm}', locale='fr', moment=b.sent)}",
        "",
        "Nous réessaierons automatiquement pendant 72 heures. Vous n'avez rien à faire pour l'instant ; si la distribution échoue définitivement, vous recevrez un nouvel avis.",
        "",
        "Le service technique Hexaline",
    )
    msg = multipart(
        "mixed",
        [
            text_part(text + "\n", subtype="plain", charset="iso-8859-1", cte="qp"),
            returned_headers(b),
        ],
    )
    return finish(
        b,
        msg,
        sender="Hexaline - Service Mail <mailer-daemon@smtp.hexaline.example>",
        subject="Avis de retard de distribution",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    human = lines(
        "** No se ha encontrado la dirección **",
        "",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        "",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "",
        "La respuesta fue:",
        "",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-b7d2f1e0c9asi5512045a12.1 - gsmtp",
    )
    msg = report(
        human_alternative(human),
        delivery_status(
            b,
            reporting_mta="googlemail.com",
            action="failed",
            diagnostic="550 5.1.1 The email account that you tried to reach does not exist.",
            remote="gmail-smtp-in.l.google.com",
        ),
        MIMEMessage(b.reminder()),
    )
    return finish(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        style="gmail",
    )


def bounce_exchange_es_full(b: Bounce) -> Message:
    diagnostic = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = lines(
        "No se puede entregar el mensaje a estos destinatarios o grupos:",
        "",
        b.rcpt,
        "El buzón del destinatario está lleno y no puede aceptar mensajes ahora mismo. Pruebe a reenviar el mensaje más tarde o póngase en contacto directamente con el destinatario.",
        "",
        "Información de diagnóstico para administradores:",
        "",
        "Servidor de generación: EXCH01.coro-riberas.example",
        "",
        b.rcpt,
        f"El servidor remoto devolvió '{diagnostic}'",
    )
    msg = report(
        human_alternative(human),
        delivery_status(
            b, reporting_mta="EXCH01.coro-riberas.example", action="failed", diagnostic=diagnostic
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="Microsoft Outlook <postmaster@coro-riberas.example>",
        subject=f"No se puede entregar: {b.subject}",
        headers=(("X-MS-Exchange-Message-Is-Ndr", ""),),
        style="outlook",
    )


def bounce_gateway_nl(b: Bounce) -> Message:
    human = lines(
        "SecureMX Mail Protection – afleverrapport",
        "",
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:",
        "",
        f"    {b.rcpt}",
        "",
        "Reden: de ontvanger is onbekend bij het mailsysteem van de bestemming (550 5.1.1 Recipient address rejected: User unknown).",
        "",
        "Dit is een permanente fout; het bericht wordt niet opnieuw aangeboden. Controleer het adres of neem op een andere manier contact op met de ontvanger.",
        "",
        "Dit bericht is automatisch verstuurd door de e-mailbeveiliging van Dansfestijn Amersfoort. U kunt er niet op antwoorden.",
        "",
    )
    msg = report(
        text_part(human, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(
            b,
            reporting_mta="gw1.dansfestijn-amersfoort.example",
            action="failed",
            diagnostic="550 5.1.1 Recipient address rejected: User unknown",
            remote="mail.dansfestijn-amersfoort.example",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender="SecureMX Gateway <postmaster@gw1.dansfestijn-amersfoort.example>",
        subject=f"Niet afgeleverd: {b.subject}",
        headers=(("X-SecureMX-Verdict", "undeliverable"),),
    )


def bounce_isp_nl_delay(b: Bounce) -> Message:
    text = lines(
        "Dit is een automatisch bericht van de mailserver van Zeelink.",
        "",
        f"Uw bericht aan {b.rcpt} is na {b.queued_hours} uur nog niet afgeleverd. De ontvangende server gaf een tijdelijke fout:",
        "",
        "    451 4.4.1 Temporary failure: no answer from host",
        "",
        "U hoeft niets te doen. Wij blijven het bericht nog vier dagen aanbieden. Lukt dat niet, dan krijgt u opnieuw bericht.",
        "",
        f"Onderwerp: {b.subject}",
        f"Verzonden: {render_date('{dd}-{mo}-{y} {HH}:{mm}', locale='nl', moment=b.sent)}",
        "",
        "Zeelink Klantenservice",
    )
    msg = text_part(text + "\n", subtype="plain", charset="utf-8", cte="qp")
    return finish(
        b,
        msg,
        sender="Zeelink Mailservice <mailer-daemon@relay.zeelink.example>",
        subject="Vertraagde aflevering van uw bericht",
    )


def bounce_exim_it(b: Bounce) -> Message:
    human = lines(
        "Questo messaggio è stato generato automaticamente dal sistema di consegna della posta.",
        "",
        "Non è stato possibile consegnare il messaggio a uno o più destinatari. Si tratta di un errore permanente. Gli indirizzi che hanno generato l'errore sono:",
        "",
        f"  {b.rcpt}",
        "    host mx.teatropiccolo-ferrara.example [192.0.2.71]",
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:",
        f"    550 5.1.1 <{b.rcpt}>: utente sconosciuto",
        "",
    )
    msg = report(
        text_part(human, subtype="plain", charset="utf-8", cte="8bit"),
        delivery_status(
            b,
            reporting_mta="mail.aurenet.example",
            action="failed",
            diagnostic=f"550 5.1.1 <{b.rcpt}>: utente sconosciuto",
            remote="mx.teatropiccolo-ferrara.example",
        ),
        MIMEMessage(b.reminder()),
    )
    return finish(
        b,
        msg,
        sender="Mail Delivery System <Mailer-Daemon@mail.aurenet.example>",
        subject="Messaggio non recapitato: restituito al mittente",
        headers=(("X-Failed-Recipients", b.rcpt),),
    )


def bounce_isp_it_full(b: Bounce) -> Message:
    text = lines(
        "Gentile utente,",
        "",
        "il messaggio da lei inviato non è ancora stato consegnato al destinatario",
        "",
        f"    {b.rcpt}",
        "",
        "perché la sua casella di posta è piena (452 4.2.2 Mailbox full).",
        "",
        "Il sistema riproverà automaticamente la consegna per i prossimi 5 giorni: non è necessario inviare di nuovo il messaggio.",
        "",
        "Dettagli del messaggio:",
        f"Oggetto: {latin1_safe(b.subject)}",
        f"Data: {render_date('{dd}/{mo}/{y} {HH}:{mm}', locale='it', moment=b.sent)}",
        "",
        "-- ",
        "Servizio Posta Lagunanet",
    )
    msg = text_part(text + "\n", subtype="plain", charset="iso-8859-1", cte="8bit")
    return finish(
        b,
        msg,
        sender="Servizio Posta Lagunanet <postmaster@lagunanet.example>",
        subject="Avviso: messaggio non ancora consegnato",
    )


BOUNCES = [
    Bounce(
        key="bo-en-1",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@thefoundryvenue.example",
        when="2026-11-23 09:12 +0100",
        rem_locale="en_gb",
        build=bounce_postfix,
        note="Postfix RFC 3464 report with the full returned message",
    ),
    Bounce(
        key="bo-en-2",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="hello@oldvicaragebarn.example",
        when="2026-12-02 09:20 +0000",
        rem_locale="en_gb",
        build=bounce_qmail,
        note="qmail bounce, no MIME at all; the status appears only as (#5.1.1)",
    ),
    Bounce(
        key="bo-en-3",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="ap@harperhallnyc.example",
        when="2026-12-08 13:30 -0500",
        rem_locale="en_us",
        build=bounce_sendmail_delay,
        queued_hours=4,
        note="sendmail 'warning message only' delay report",
    ),
    Bounce(
        key="bo-de-1",
        lang="de",
        kind="soft",
        status="4.4.7",
        rcpt="kasse@festspielhaus-weidenau.example",
        when="2026-12-10 15:40 +0100",
        rem_locale="de",
        build=bounce_exchange_de_delay,
        queued_hours=4,
        note="Exchange 'Zustellung verzögert' delay notice",
    ),
    Bounce(
        key="bo-fr-1",
        lang="fr",
        kind="hard",
        status="5.1.10",
        rcpt="compta@lagrangeauxarts.example",
        when="2026-11-26 10:05 +0100",
        rem_locale="fr",
        build=bounce_exchange_fr,
        note="Exchange 'Non remis' NDR in French",
    ),
    Bounce(
        key="bo-fr-2",
        lang="fr",
        kind="soft",
        status="4.4.2",
        rcpt="contact@festival-brume.example",
        when="2026-12-15 18:02 +0100",
        rem_locale="fr",
        build=bounce_isp_fr_delay,
        queued_hours=9,
        note="French ISP delay notice in multipart/mixed, ISO-8859-1, not RFC 3464",
    ),
    Bounce(
        key="bo-es-1",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="bodas.elolivar@gmail.com",
        when="2026-12-04 09:07 +0100",
        rem_locale="es",
        build=bounce_gmail_es,
        note="Gmail failure report with a Spanish human part",
    ),
    Bounce(
        key="bo-es-2",
        lang="es",
        kind="soft",
        status="5.2.2",
        rcpt="tesoreria@coro-riberas.example",
        when="2026-12-01 11:30 +0100",
        rem_locale="es",
        build=bounce_exchange_es_full,
        note="mailbox full reported with a 5.x code: soft by the corpus rule; the code is kept",
    ),
    Bounce(
        key="bo-nl-1",
        lang="nl",
        kind="hard",
        status="5.1.1",
        rcpt="financien@dansfestijn-amersfoort.example",
        when="2026-11-27 09:33 +0100",
        rem_locale="nl",
        build=bounce_gateway_nl,
        note="security gateway report in Dutch",
    ),
    Bounce(
        key="bo-nl-2",
        lang="nl",
        kind="soft",
        status="4.4.1",
        rcpt="info@schouwburghetbolwerk.example",
        when="2026-12-16 13:20 +0100",
        rem_locale="nl",
        build=bounce_isp_nl_delay,
        queued_hours=6,
        note="Dutch ISP delay notice, single text part, not RFC 3464",
    ),
    Bounce(
        key="bo-it-1",
        lang="it",
        kind="hard",
        status="5.1.1",
        rcpt="ordini@teatropiccolo-ferrara.example",
        when="2026-12-07 10:11 +0100",
        rem_locale="it",
        build=bounce_exim_it,
        note="Exim report with an Italian human part and X-Failed-Recipients",
    ),
    Bounce(
        key="bo-it-2",
        lang="it",
        kind="soft",
        status="4.2.2",
        rcpt="info@villaluciaeventi.example",
        when="2026-12-17 13:15 +0100",
        rem_locale="it",
        build=bounce_isp_it_full,
        queued_hours=4,
        note="Italian provider notice, mailbox full and retrying; single ISO-8859-1 text part",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------


def reply_label(reply: Reply, file: str) -> Label:
    found = reply.found
    return Label(
        file=file,
        intent=reply.intent,
        promised_date=found.get("promised_date"),
        paid_date=found.get("paid_date"),
        return_date=found.get("return_date"),
        payment_reference=found.get("payment_reference"),
        amount=found.get("amount"),
        currency=found.get("currency"),
        new_contact=found.get("new_contact"),
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(reply.refs),
        language=reply.lang,
        note=reply.note,
    )


def bounce_label(b: Bounce, file: str) -> Label:
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
        bounce_kind=b.kind,
        failed_recipient=b.rcpt,
        bounce_status=b.status,
        invoice_refs=[],
        language=b.lang,
        note=b.note,
    )


def build_message(source: Reply | Bounce) -> Message:
    return build_reply(source) if isinstance(source, Reply) else source.build(source)


def make_label(source: Reply | Bounce, file: str) -> Label:
    return reply_label(source, file) if isinstance(source, Reply) else bounce_label(source, file)


def shuffled(sources: list[Reply | Bounce]) -> list[Reply | Bounce]:
    """A fixed permutation: sort by a seeded hash of each key, so names say nothing of labels."""
    return sorted(sources, key=lambda source: digest(source.key, f"shuffle-{SEED}"))


def check_reply_spec(reply: Reply) -> None:
    """Labels must match the hand-written text they come from."""
    day = reply.moment.date()
    if not FIRST_DAY <= day <= LAST_DAY:
        raise SystemExit(f"{reply.key}: dated {day}, outside the corpus window")
    lowered = reply.body.lower()
    for ref in reply.refs:
        if ref[-5:] not in reply.body:
            raise SystemExit(f"{reply.key}: {ref} is not in the new text")
    contact = reply.found.get("new_contact")
    if contact is not None and (contact != contact.lower() or contact not in lowered):
        raise SystemExit(f"{reply.key}: new_contact {contact} not in the text in lower case")


def header_problems(part: Message) -> Iterator[str]:
    for name, value in part.items():
        if isinstance(value, BaseHeader) and value.defects:
            yield f"header {name}: {value.defects}"
        if "=?" in str(value):
            yield f"header {name} not decoded"


def part_problems(part: Message) -> Iterator[str]:
    if part.defects:
        yield f"{part.get_content_type()}: {part.defects}"
    yield from header_problems(part)
    if part.get_content_maintype() == "text":
        if not isinstance(part, EmailMessage):
            yield f"{part.get_content_type()}: not parsed with the default policy"
            return
        content = part.get_content()
        if not isinstance(content, str) or "\ufffd" in content:
            yield f"{part.get_content_type()}: text does not decode cleanly"


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    problems = [problem for part in msg.walk() for problem in part_problems(part)]
    if problems:
        raise SystemExit(f"{name}: {problems}")


def check_label(label: Label) -> None:
    """The shape of one label line and the field rules of its intent."""
    name = label["file"]
    errors = []
    if tuple(label) != LABEL_KEYS:
        errors.append("keys out of order")
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        errors.append("unknown intent or language")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is not None and not ISO_DAY.fullmatch(value):
            errors.append(f"{key} is not an ISO date")
    if (label["amount"] is None) != (label["currency"] is None):
        errors.append("amount and currency go together")
    if label["amount"] is not None and not AMOUNT.fullmatch(label["amount"]):
        errors.append("amount is not a plain decimal")
    if any(not INVOICE_REF.fullmatch(ref) for ref in label["invoice_refs"]):
        errors.append("invoice ref not normalised")
    is_bounce = label["intent"] == "bounce"
    if is_bounce != (label["bounce_kind"] in {"hard", "soft"}):
        errors.append("bounce fields and intent disagree")
    if errors:
        raise SystemExit(f"{name}: {errors}")


def check_counts(labels: list[Label]) -> None:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    per_intent = Counter(x["intent"] for x in labels)
    if any(per_intent[intent] != PER_INTENT for intent in INTENTS):
        raise SystemExit(f"intent counts {dict(per_intent)}")
    missing = [(i, lang) for i in INTENTS for lang in LANGS if not cells[i, lang]]
    if missing:
        raise SystemExit(f"empty cells {missing}")
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": PER_INTENT // 2, "soft": PER_INTENT // 2}):
        raise SystemExit(f"bounce kinds {dict(kinds)}")


def count_table(labels: list[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[Label]:
    for reply in REPLIES:
        check_reply_spec(reply)
    sources: list[Reply | Bounce] = [*REPLIES, *BOUNCES]
    if len({source.key for source in sources}) != len(sources):
        raise SystemExit("duplicate keys")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for index, source in enumerate(shuffled(sources), start=1):
        name = f"{PREFIX}-{index:03d}.eml"
        data = build_message(source).as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label = make_label(source, name)
        check_label(label)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    return labels


def main() -> int:
    labels = write_all()
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    sys.stdout.write(count_table(labels) + "\n")
    sys.stdout.write(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
