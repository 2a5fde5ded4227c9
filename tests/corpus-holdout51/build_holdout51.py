# ruff: noqa: E501, RUF001
"""Build held-out reply corpus 51: ``h51-NNN.eml`` files and ``labels.jsonl``.

Every message lands in the receivables mailbox of Bluewater Pools (pool construction and
maintenance for hotels, gyms, municipalities, holiday parks, villa owners and swim schools)
after it sent an overdue reminder. The new text of each message is written by hand below; the
code only adds what a mail client or a mail server would add: the quoted reminder in the
client's layout and language, headers, MIME structure, charsets and transfer encodings, and the
machine parts of delivery reports. Deterministic: fixed seed, fixed boundaries, Message-IDs
derived from each message's key, no clock. It writes next to itself.
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
from email.headerregistry import AddressHeader
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Literal, TypedDict

HERE = Path(__file__).resolve().parent
PREFIX = "h51"
SEED = 51_2027_01
AR_NAME = "Bluewater Pools Receivables"
AR_ADDR = "receivables@bluewater-pools.example"
AR_DOMAIN = "bluewater-pools.example"
FIRST_DAY = date(2027, 1, 4)
LAST_DAY = date(2027, 1, 29)

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
INTENTS: tuple[Intent, ...] = (
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
LANGS: tuple[Lang, ...] = ("en", "de", "fr", "es", "nl", "it")
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


class Label(TypedDict):
    """One line of ``labels.jsonl`` (same keys, same order as holdout2)."""

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


# --------------------------------------------------------------------------------------------
# Locale tables. A client locale is a language code, or "us" for US-English clients.
# --------------------------------------------------------------------------------------------

DAYS = {
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
MONTHS = {
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
GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "us": "On {wds}, {mons} {d}, {y} at {h12}:{mm}\u202f{ampm} {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "us": "On {mons} {d}, {y}, at {h12}:{mm}\u202f{ampm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "us": "On {mo}/{dd}/{y} {h12}:{mm} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{dd} {monl} {y} {HH}:{mm}",
    "us": "{wdl}, {monl} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
SAMSUNG_DATE = "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})"


@dataclass(frozen=True, kw_only=True)
class OutlookWords:
    """What a localised Outlook writes above a quoted message."""

    original: str
    sender: str
    sent: str
    to: str
    cc: str
    subject: str
    re: str


OUTLOOK_WORDS = {
    "en": OutlookWords(
        original="-----Original Message-----",
        sender="From",
        sent="Sent",
        to="To",
        cc="Cc",
        subject="Subject",
        re="RE: ",
    ),
    "de": OutlookWords(
        original="-----Ursprüngliche Nachricht-----",
        sender="Von",
        sent="Gesendet",
        to="An",
        cc="Cc",
        subject="Betreff",
        re="AW: ",
    ),
    "fr": OutlookWords(
        original="-----Message d'origine-----",
        sender="De",
        sent="Envoyé",
        to="À",
        cc="Cc",
        subject="Objet",
        re="RE : ",
    ),
    "es": OutlookWords(
        original="-----Mensaje original-----",
        sender="De",
        sent="Enviado el",
        to="Para",
        cc="CC",
        subject="Asunto",
        re="RE: ",
    ),
    "nl": OutlookWords(
        original="-----Oorspronkelijk bericht-----",
        sender="Van",
        sent="Verzonden",
        to="Aan",
        cc="CC",
        subject="Onderwerp",
        re="RE: ",
    ),
    "it": OutlookWords(
        original="-----Messaggio originale-----",
        sender="Da",
        sent="Inviato",
        to="A",
        cc="Cc",
        subject="Oggetto",
        re="R: ",
    ),
}
LABEL_COLON = {"fr": " :"}
IPHONE_SIG = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_SIG = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
SAMSUNG_WORDS = {
    "en": (
        "Sent from my Galaxy",
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
    ),
    "nl": (
        "Verzonden vanaf mijn Galaxy",
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
    ),
    "es": (
        "Enviado desde mi Galaxy",
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
    ),
}

# --------------------------------------------------------------------------------------------
# The reminder Bluewater Pools sent (quoted in replies, returned in bounces)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Bluewater Pools",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel : facture {inv} échue",
    "es": "Factura vencida {inv} – Bluewater Pools",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "According to our records, the invoice below is now past its due date and remains unpaid:\n\n"
        "  Invoice number:  {inv}\n  Invoice date:    16 Nov 2026\n  Due date:        16 Dec 2026\n  Balance due:     {amt}\n\n"
        "If you have already sent payment, please reply with the payment date and reference so we can allocate it. If something on the invoice is not right, reply to this message and tell us what needs correcting.\n\n"
        "Thank you,\n\nAccounts Receivable\nBluewater Pools\nPool construction · Maintenance · Water treatment\nreceivables@bluewater-pools.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "bei der Durchsicht unserer Buchhaltung ist uns aufgefallen, dass die folgende Rechnung noch offen ist:\n\n"
        "  Rechnungsnummer:  {inv}\n  Rechnungsdatum:   16.11.2026\n  Fällig seit:      16.12.2026\n  Offener Betrag:   {amt}\n\n"
        "Falls Sie die Zahlung bereits veranlasst haben, teilen Sie uns bitte Zahlungsdatum und Verwendungszweck mit, damit wir sie zuordnen können. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\nDebitorenbuchhaltung\nBluewater Pools"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "  N° de facture :      {inv}\n  Date de facture :    16/11/2026\n  Échéance :           16/12/2026\n  Montant restant dû : {amt}\n\n"
        "Si le règlement est déjà parti, merci de nous indiquer sa date et sa référence afin que nous puissions le rapprocher. Si un élément de la facture vous paraît inexact, répondez simplement à ce message.\n\n"
        "Avec nos remerciements,\n\nService recouvrement\nBluewater Pools"
    ),
    "es": (
        "Hola:\n\n"
        "Según nuestra contabilidad, la siguiente factura ha superado su fecha de vencimiento y sigue pendiente de pago:\n\n"
        "  N.º de factura:     {inv}\n  Fecha de factura:   16/11/2026\n  Vencimiento:        16/12/2026\n  Importe pendiente:  {amt}\n\n"
        "Si ya ha realizado el pago, le agradeceríamos que nos indicara la fecha y la referencia para poder conciliarlo. Si hay algún error en la factura, responda a este mensaje y lo revisaremos.\n\n"
        "Gracias,\n\nDepartamento de Cobros\nBluewater Pools"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet voldaan, terwijl de betaaltermijn is verstreken:\n\n"
        "  Factuurnummer:  {inv}\n  Factuurdatum:   16-11-2026\n  Vervaldatum:    16-12-2026\n  Openstaand:     {amt}\n\n"
        "Heeft u al betaald? Laat ons dan de betaaldatum en het kenmerk weten, zodat wij de betaling kunnen koppelen. Klopt er iets niet aan de factuur, reageer dan op dit bericht.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer\nBluewater Pools"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri controlli contabili la fattura sotto indicata risulta scaduta e non ancora saldata:\n\n"
        "  Numero fattura:  {inv}\n  Data fattura:    16/11/2026\n  Scadenza:        16/12/2026\n  Importo dovuto:  {amt}\n\n"
        "Se avete già effettuato il pagamento, vi chiediamo di indicarci data e riferimento per poterlo abbinare. Se qualcosa nella fattura non è corretto, rispondete pure a questa e-mail.\n\n"
        "Grazie e cordiali saluti,\n\nUfficio Crediti\nBluewater Pools"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£1,845.00",
    "de": "2.960,00 €",
    "fr": "1 735,00 €",
    "es": "2.215,50 €",
    "nl": "€ 1.890,00",
    "it": "€ 2.140,00",
}
LATIN1_FALLBACK = {"–": "-", "€": "EUR", "’": "'", "…": "...", "\u202f": " "}
HOLIDAYS = {date(2026, 12, 25), date(2026, 12, 26), date(2027, 1, 1)}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Facts:
    """The labels of one reply beyond intent and language (``refs``: invoices in the new text)."""

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
    """One hand-written reply: who wrote it, when, with which client, and its labels."""

    key: str
    intent: Intent
    lang: Lang
    who: tuple[str, str]
    when: str
    style: str
    body: str
    facts: Facts = field(default_factory=Facts)
    rlang: Lang | None = None
    loc: str = ""
    inv: str = ""
    amt: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    cc: str = ""
    to_addr: str = ""
    thread: bool = True

    @property
    def dt(self) -> datetime:
        """The Date of the reply, in the sender's time zone."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def reminder_lang(self) -> Lang:
        """The language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def client_loc(self) -> str:
        """The locale of the replying mail client."""
        return self.loc or self.lang

    @property
    def invoice(self) -> str:
        """The invoice the reminder was about."""
        if self.inv:
            return self.inv
        return f"BW-{30300 + int.from_bytes(digest(self.key, 'inv')[:2], 'big') % 200}"

    @property
    def recipient(self) -> str:
        """The address the reminder went to."""
        return self.to_addr or self.who[1]


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: str, when: datetime) -> dict[str, str]:
    """Every piece a date template may use, spelt for the client locale."""
    lang = "en" if loc == "us" else loc
    long_days, short_days = DAYS[lang]
    long_months, short_months = MONTHS[lang]
    offset = when.strftime("%z")
    return {
        "wdl": long_days.split()[when.weekday()],
        "wds": short_days.split()[when.weekday()],
        "monl": long_months.split()[when.month - 1],
        "mons": short_months.split()[when.month - 1],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "HH": f"{when.hour:02d}",
        "H": str(when.hour),
        "mm": f"{when.minute:02d}",
        "h12": str((when.hour - 1) % 12 + 1),
        "ampm": "AM" if when.hour < 12 else "PM",
        "tz": f"{offset[:3]}:{offset[3:]}",
    }


def fmt(
    template: str, *, loc: str, when: datetime, name: str = AR_NAME, addr: str = AR_ADDR
) -> str:
    """Fill a date template for the client locale."""
    return template.format(**date_fields(loc, when), name=name, addr=addr)


def digest(key: str, salt: str) -> bytes:
    """Stable bytes for a message key."""
    return hashlib.sha256(f"{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, size: int) -> str:
    """Stable base32 text for a message key."""
    return base64.b32encode(digest(key, salt)).decode()[:size]


def reminder_msgid(key: str) -> str:
    """The Message-ID of the reminder a message answers."""
    return f"<ar.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def working_day_before(day: datetime, days: int) -> datetime:
    """Step back ``days`` working days (weekends and public holidays skipped)."""
    while days:
        day -= timedelta(days=1)
        if day.weekday() < 5 and day.date() not in HOLIDAYS:
            days -= 1
    return day


def reminder_sent(r: Reply) -> datetime:
    """When the reminder went out, shown in the replying client's time zone."""
    local_tz = r.dt.tzinfo
    if r.style in AUTOMATIC_STYLES:
        return r.dt - timedelta(minutes=1 + digest(r.key, "lag")[0] % 3)
    raw = digest(r.key, "sent")
    day = working_day_before(r.dt.astimezone(UTC), 1 + raw[0] % 3)
    sent = day.replace(hour=7 + raw[1] % 2, minute=raw[2] % 60, second=raw[3] % 60)
    return sent.astimezone(local_tz)


def latin1_safe(text: str) -> str:
    """What a Latin-1 client sends for characters that Latin-1 lacks."""
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def fit_charset(text: str, charset: str) -> str:
    """Keep generated text (quotes, reminder) inside the message's charset."""
    return latin1_safe(text) if charset == "iso-8859-1" else text


def quote_lines(text: str) -> str:
    """Quote every line with '> ' as mail clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Escape text and keep its line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """One <p> per paragraph."""
    return "\n".join(f"<p>{html_lines(block)}</p>" for block in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    """Word-style paragraphs, as Outlook writes them."""
    return "\n".join(
        f'<p class="MsoNormal">{html.escape(line, quote=False) if line else "&nbsp;"}<o:p></o:p></p>'
        for line in text.split("\n")
    )


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

TRANSFER: dict[str, int] = {
    "qp": email_charset.QP,
    "b64": email_charset.BASE64,
    "8bit": 0,
    "7bit": 0,
}  # 0: sent as is


def text_part(text: str, *, subtype: str, charset: str, cte: str) -> Message:
    """A text part in ``charset`` with the transfer encoding the client chooses."""
    text.encode(charset)  # raises if hand-written text does not fit the declared charset
    chosen = email_charset.Charset(charset)
    chosen.body_encoding = TRANSFER[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def header_text(value: str, *, charset: str, name: str = "Subject") -> str:
    """A header value as the client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def address(name: str, addr: str, *, charset: str) -> str:
    """A From/To value with an encoded display name when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset=charset, name='From')} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative of a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def move_content_headers_last(msg: Message) -> None:
    """Clients put MIME-Version and Content-* below the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def strip_inner_versions(part: Message, *, top: bool) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    enclosed = part.get_content_type() == "message/rfc822"
    for sub in part.get_payload():
        if isinstance(sub, Message):
            strip_inner_versions(sub, top=enclosed)


BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple_html": "Apple-Mail=_",
    "outlook_html": "_000_",
    "owa": "_000_",
    "attach": "_004_",
}


def finalize(msg: Message, *, key: str, style: str) -> Message:
    """Fixed, client-shaped boundaries and tidy MIME headers."""
    move_content_headers_last(msg)
    strip_inner_versions(msg, top=True)
    prefix = BOUNDARY_PREFIX.get(style, "----=_Part_")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for number, part in enumerate(multiparts):
        part.set_boundary(f"{prefix}{b32(key, f'boundary{number}', 26)}")
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    """The reminder a reply quotes, in the client's charset and time zone."""
    lang = r.reminder_lang
    subject = REMINDER_SUBJECT[lang].format(inv=r.invoice)
    text = REMINDER_BODY[lang].format(inv=r.invoice, amt=r.amt or DEFAULT_AMOUNT[lang])
    name = "" if r.to_addr else r.who[0]
    to = f"{name} <{r.recipient}>" if name else r.recipient
    return Quote(
        text=fit_charset(text, r.charset),
        subject=fit_charset(subject, r.charset),
        sent=reminder_sent(r),
        loc=r.client_loc,
        to=fit_charset(to, r.charset),
    )


def outlook_words(loc: str) -> OutlookWords:
    """Outlook's quote labels for a client locale."""
    return OUTLOOK_WORDS["en" if loc == "us" else loc]


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject rows of an Outlook quote header."""
    words = outlook_words(q.loc)
    colon = LABEL_COLON.get(q.loc, ":")
    return [
        (f"{words.sender}{colon}", f"{AR_NAME} <{AR_ADDR}>"),
        (f"{words.sent}{colon}", fmt(OUTLOOK_SENT[q.loc], loc=q.loc, when=q.sent)),
        (f"{words.to}{colon}", q.to),
        (f"{words.subject}{colon}", q.subject),
    ]


def outlook_block(q: Quote) -> str:
    """The plain-text Outlook quote header."""
    return "\n".join(f"{label} {value}" for label, value in outlook_rows(q))


def gmail_attr(q: Quote) -> str:
    """Gmail's attribution line."""
    return fmt(GMAIL_ATTR[q.loc], loc=q.loc, when=q.sent)


def apple_attr(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return fmt(APPLE_ATTR[q.loc], loc=q.loc, when=q.sent)


def thunderbird_attr(q: Quote) -> str:
    """Thunderbird's attribution line."""
    return fmt(THUNDERBIRD_ATTR[q.loc], loc=q.loc, when=q.sent, name=AR_NAME)


def plain(r: Reply, text: str, *, cte: str = "") -> Message:
    """A text/plain part in the reply's charset."""
    return text_part(text, subtype="plain", charset=r.charset, cte=cte or r.cte)


def markup(r: Reply, text: str) -> Message:
    """A text/html part in the reply's charset."""
    return text_part(text, subtype="html", charset=r.charset, cte=r.cte)


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised 'Original Message' divider."""
    words = outlook_words(q.loc)
    return plain(r, f"{r.body}\n\n{words.original}\n{outlook_block(q)}\n\n{q.text}\n")


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML (Word markup, the grey divider above the quote header)."""
    head = "<br>\n".join(
        f"<b>{html.escape(label)}</b> {html.escape(value)}" for label, value in outlook_rows(q)
    )
    lang = {"en": "EN-GB", "us": "EN-US"}.get(q.loc, q.loc.upper())
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n--></style>\n'
        f'</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop, multipart/alternative."""
    text = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(plain(r, text), markup(r, word_html(r, q)))


def style_html_only(r: Reply, q: Quote) -> Message:
    """Outlook desktop set to send HTML only."""
    return markup(r, word_html(r, q))


def style_owa(r: Reply, q: Quote) -> Message:
    """Outlook on the web: divRplyFwdMsg and an underscore divider in the plain part."""
    rows = outlook_rows(q)
    text = f"{r.body}\n\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    head = "<br>\n".join(
        f"<b>{html.escape(label)}</b> {html.escape(value)}" for label, value in rows
    )
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{head}</font>\n<div>&nbsp;</div></div>\n'
        f"<div>{html_paragraphs(q.text)}</div>\n</body></html>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail, multipart/alternative with gmail_quote."""
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    page = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode."""
    return plain(r, f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n")


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    return plain(r, f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n")


def style_apple_html(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac with rich text: blockquote type=cite."""
    text = f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n"
    page = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_lines(r.body)}<br><div><br><blockquote type="cite"><div>{html.escape(apple_attr(q))}</div><br>'
        f"<div>{html_paragraphs(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: the signature, then the attribution inside the quote."""
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return plain(r, f"{r.body}\n\n{IPHONE_SIG[r.lang]}\n\n{quoted}\n")


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird, plain text (format=flowed when UTF-8)."""
    part = plain(r, f"{r.body}\n\n{thunderbird_attr(q)}\n{quote_lines(q.text)}\n")
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def style_inline(r: Reply, q: Quote) -> Message:
    """Thunderbird, answering between the quoted lines (the quoting is in the hand-written body)."""
    return plain(r, f"{thunderbird_attr(q)}\n{r.body}\n")


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: base64, localised store link, underscore divider."""
    text = f"{r.body}\n\n{ANDROID_SIG[r.lang]}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return plain(r, text, cte="b64")


def style_samsung(r: Reply, q: Quote) -> Message:
    """Samsung Email: signature first, then a dashed 'original message' header."""
    sig, line, frm, when, to, subj = SAMSUNG_WORDS[r.lang]
    sent = fmt(SAMSUNG_DATE, loc=q.loc, when=q.sent)
    head = f"{frm}: {AR_NAME} <{AR_ADDR}> \n{when}: {sent} \n{to}: {q.to} \n{subj}: {q.subject} "
    return plain(r, f"{r.body}\n\n\n\n{sig}\n\n\n{line}\n{head}\n\n{q.text}\n")


def style_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice: its own text, nothing quoted."""
    del q
    return plain(r, f"{r.body}\n")


def style_notice_html(r: Reply, q: Quote) -> Message:
    """An automatic notice from a web system: plain and HTML, nothing quoted."""
    del q
    page = (
        f'<!DOCTYPE html><html><head><meta charset="{r.charset}"></head>'
        '<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333333">'
        f"{html_paragraphs(r.body)}</body></html>\n"
    )
    return alternative(plain(r, f"{r.body}\n"), markup(r, page))


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "apple_html": style_apple_html,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "inline": style_inline,
    "android": style_android,
    "samsung": style_samsung,
    "notice": style_notice,
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "owa", "android"})
AUTOMATIC_STYLES = frozenset({"notice", "notice_html"})
USER_AGENTS = {
    "apple": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    "apple_html": ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    "iphone": ("X-Mailer", "iPhone Mail (22C152)"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "inline": ("User-Agent", "Mozilla Thunderbird"),
}


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the one the sender's client makes."""
    raw = digest(r.key, "reply")
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        host = f"{b32(r.key, 'host', 4)}PR0{raw[5] % 9 + 1}MB{raw[6] * 37 % 9000 + 1000}"
        return f"<{b32(r.key, 'ms', 30)}@{host}.eurprd0{raw[7] % 9 + 1}.prod.outlook.example>"
    if r.style in {"apple", "apple_html", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:32]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The Subject the client writes."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = outlook_words(q.loc).re if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The headers Exchange adds to a message from Outlook."""
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    language = {"en": "en-GB", "us": "en-US"}.get(r.client_loc, f"{r.lang}-{r.lang.upper()}")
    return [
        ("Thread-Topic", header_text(q.subject, charset=r.charset, name="Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", language),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    """multipart/mixed with a PDF when the reply carries one."""
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    """The whole reply as it arrives."""
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = address(*r.who, charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_text(reply_subject(r, q), charset=r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.thread:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    agent = [USER_AGENTS[r.style]] if r.style in USER_AGENTS else []
    for name, value in [*extra, *agent, *r.headers]:
        msg[name] = value
    style = "attach" if r.attach and r.style in OUTLOOK_FAMILY else r.style
    return finalize(msg, key=r.key, style=style)


# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        loc="us",
        who=("Harborview Resorts Group via Coupa", "do_not_reply@harborview.coupahost.example"),
        when="2027-01-08 06:12 -0500",
        style="notice_html",
        thread=False,
        subject="Payment Advice - Harborview Resorts Group - PMT-0004417",
        headers=(AUTO_GENERATED, ("X-Mailer", "Coupa Notifications")),
        body="Remittance Advice\n\nHarborview Resorts Group, LLC has issued a payment to Bluewater Pools.\n\nPayment Number: PMT-0004417\nPayment Date: 01/08/2027\nPayment Method: ACH\nPayment Amount: 14,250.00 USD\n\nInvoice Number    Invoice Date    Amount Paid\nBW-30112          11/09/2026      9,870.00\nBW-30187          11/23/2026      4,380.00\n\nFunds are normally available within 1-2 business days of the payment date. Questions about this payment should be sent to ap@harborviewresorts.example and quote the payment number.\n\nThis is an automated message from the Coupa Supplier Portal. Please do not reply to this email.",
        facts=Facts(
            paid="2027-01-08",
            ref="PMT-0004417",
            amount="14250.00",
            currency="USD",
            refs=("BW-30112", "BW-30187"),
            note="Coupa payment advice carrying Auto-Submitted: auto-generated is a payment, not an auto-reply; US date 01/08/2027; the total of both invoices is the amount",
        ),
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        rlang="es",
        who=("Graham Whitlock", "graham.whitlock@gmail.com"),
        when="2027-01-06 21:47 +0000",
        style="iphone",
        body="Paid.",
        facts=Facts(note="one word; no date; English reply to a Spanish reminder (villa in Spain)"),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        loc="us",
        who=("Kayla Brandt", "kayla@littledolphins-swim.example"),
        when="2027-01-15 19:40 -0600",
        style="gmail",
        amt="$2,380.00",
        body="Hi! Just paid this through your online portal with our Amex – confirmation #88213-QX, $2,380.00. Sorry it slipped through, we've been slammed with the new winter session starting.\n\nKayla Brandt\nOwner, Little Dolphins Swim School\nRound Rock, TX",
        facts=Facts(
            paid="2027-01-15",
            ref="88213-QX",
            amount="2380.00",
            currency="USD",
            note="card payment; sent 19:40 in Texas (01:40 UTC on the 16th), so 'just paid' is the local date, the 15th",
        ),
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        who=(
            "Stadtwerke Kranichfeld - Kreditorenbuchhaltung",
            "zahlungsavis@stadtwerke-kranichfeld.example",
        ),
        when="2027-01-12 05:30 +0100",
        style="notice",
        thread=False,
        charset="iso-8859-1",
        subject="Zahlungsavis 4500187263 · Stadtwerke Kranichfeld GmbH",
        headers=(AUTO_GENERATED, ("X-Mailer", "Basware P2P Notification Service")),
        body="Sehr geehrte Damen und Herren,\n\nwir haben folgende Zahlung an Sie veranlasst:\n\nZahlungsbeleg:     4500187263\nZahlungsdatum:     12.01.2027\nZahlweg:           SEPA-Überweisung\nBetrag:            8.764,50 EUR\n\nBeleg-Nr. Lieferant   Belegdatum    Bruttobetrag   Skonto   Zahlbetrag\nBW-30095              04.11.2026        5.210,00     0,00     5.210,00\nBW-30151              18.11.2026        3.554,50     0,00     3.554,50\n\nBei Rückfragen wenden Sie sich bitte unter Angabe der Zahlungsbelegnummer an kreditoren@stadtwerke-kranichfeld.example.\n\nDiese Nachricht wurde automatisch von Basware erstellt. Bitte antworten Sie nicht auf diese E-Mail.\n\nStadtwerke Kranichfeld GmbH · Bäderbetriebe · Sitz Kranichfeld",
        facts=Facts(
            paid="2027-01-12",
            ref="4500187263",
            amount="8764.50",
            currency="EUR",
            refs=("BW-30095", "BW-30151"),
            note="Basware payment advice (Auto-Submitted: auto-generated) from the utility that runs the town's pools; ISO-8859-1",
        ),
    ),
    Reply(
        key="ps-de-2",
        intent="payment_sent",
        lang="de",
        who=("Tobias Maurer", "t.maurer@fitwerk-maurer.example"),
        when="2027-01-11 08:05 +0100",
        style="android",
        body="Hab ich doch schon am Freitag überwiesen?! Bitte erst mal bei Ihnen nachschauen, bevor Sie mahnen.\n\nGruß\nT. Maurer\nFitWerk Maurer – Fitness & Aqua",
        facts=Facts(
            paid="2027-01-08",
            note="rhetorical question that states a payment; 'Freitag' is the Friday before Mon 11 Jan",
        ),
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        who=("Nathalie Guérin", "comptabilite@mairie-staubin-loire.example"),
        when="2027-01-14 10:20 +0100",
        style="outlook",
        inv="BW-30129",
        amt="4 860,00 €",
        body="Bonjour,\n\nPour faire suite à votre relance, je vous informe que la facture BW-30129 a été mandatée le 12 janvier 2027 (mandat n° 2027-000318, bordereau n° 14) pour un montant de 4 860,00 € TTC. Le paiement est désormais entre les mains de la trésorerie, qui procède au virement ; comptez habituellement une dizaine de jours.\n\nBien cordialement,\n\nNathalie Guérin\nService comptabilité\nMairie de Saint-Aubin-sur-Loire",
        facts=Facts(
            paid="2027-01-12",
            ref="2027-000318",
            amount="4860.00",
            currency="EUR",
            refs=("BW-30129",),
            note="public-sector 'mandat' issued and handed to the treasury: out of the town's hands, so payment_sent on the mandate date (like a transfer instructed at the bank)",
        ),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        who=("JM Roussel", "jmroussel06@gmail.com"),
        when="2027-01-19 08:52 +0100",
        style="gmail_plain",
        amt="3 480,00 €",
        body="Bonjour\nj'ai fait le virement ce matin depuis l'appli de la banque, 3480 euros, desole pour le retard j'etais a Paris pour les fetes.\nCdt\nJM Roussel\nVilla Les Pins, Mougins",
        facts=Facts(
            paid="2027-01-19",
            amount="3480.00",
            currency="EUR",
            note="private villa owner typing without accents; 'ce matin' is the message date",
        ),
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        who=("Lorena Cabrera", "administracion@hotelcostateguisesol.example"),
        when="2027-01-12 09:40 +0000",
        style="outlook_html",
        inv="BW-30102",
        amt="2.412,40 €",
        attach=("Justificante_transferencia_BW-30077_BW-30102.pdf", FAKE_PDF),
        body="Buenos días:\n\nLes confirmamos que ayer se realizó la transferencia de 6.912,40 € correspondiente a las facturas BW-30077 y BW-30102. Adjuntamos el justificante bancario.\n\nUn saludo,\n\nLorena Cabrera\nDepartamento de Administración\nHotel Costa Teguise Sol\nLanzarote – Islas Canarias\n\nAVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Sus datos forman parte de un fichero responsabilidad de Costa Teguise Sol, S.L., conforme al RGPD.",
        facts=Facts(
            paid="2027-01-11",
            amount="6912.40",
            currency="EUR",
            refs=("BW-30077", "BW-30102"),
            note="Canary Islands (UTC+0); 'ayer' is Mon 11 Jan; proof attached as a PDF",
        ),
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        who=("Rubén Ortega", "ruben@gimnasioaquafit.example"),
        when="2027-01-14 18:25 +0100",
        style="iphone",
        body="ya esta pagado desde el lunes, mirad bien los movimientos antes de mandar avisos 😒",
        facts=Facts(
            paid="2027-01-11",
            note="irritated, no accents; 'el lunes' is the Monday before Thu 14 Jan",
        ),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        who=("Sanne Hoekstra", "crediteuren@lindehoeve.example"),
        when="2027-01-15 11:05 +0100",
        style="inline",
        cte="8bit",
        inv="BW-30254",
        amt="€ 4.118,35",
        body="Goedemorgen,\n\n>   Factuurnummer:  BW-30254\n\nDeze factuur is op 14 januari voldaan.\n\n> Heeft u al betaald? Laat ons dan de betaaldatum en het kenmerk weten, zodat wij de betaling kunnen koppelen.\n\nBetalingskenmerk 0041 2277 8130 9902, bedrag € 4.118,35. Mocht u de betaling niet terugzien, laat het ons dan weten.\n\nMet vriendelijke groet,\n\nSanne Hoekstra\nCrediteurenadministratie\nVakantiepark De Lindehoeve B.V.",
        facts=Facts(
            paid="2027-01-14",
            ref="0041 2277 8130 9902",
            amount="4118.35",
            currency="EUR",
            note="inline answers between quoted lines of the reminder; the invoice number is only in a quoted line, so invoice_refs is empty",
        ),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        who=("Wouter Smit", "wouter@zwemschooldedolfijn.example"),
        when="2027-01-21 13:02 +0100",
        style="iphone",
        body="Is gedaan.",
        facts=Facts(note="'it's done' in answer to a reminder reads as paid; no date"),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        who=("Elisa Fabbri", "amministrazione@hotelvillaazzurra-rimini.example"),
        when="2027-01-18 09:30 +0100",
        style="thunderbird",
        charset="windows-1252",
        cte="qp",
        inv="BW-30233",
        amt="€ 2.746,00",
        body="Buongiorno,\n\nil bonifico per la fattura BW-30233 è partito venerdì 15, importo € 2.746,00, CRO 0306948817215001. Dovreste vederlo accreditato entro oggi o domani.\n\nCordiali saluti\n\nElisa Fabbri\nAmministrazione – Hotel Villa Azzurra\nViale Regina Elena, Rimini",
        facts=Facts(
            paid="2027-01-15",
            ref="0306948817215001",
            amount="2746.00",
            currency="EUR",
            refs=("BW-30233",),
            note="windows-1252",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pr-en-1",
        intent="promise_to_pay",
        lang="en",
        loc="us",
        who=("Denise Holloway", "dholloway@cedarfallsparks.example"),
        when="2027-01-13 10:48 -0500",
        style="outlook_html",
        inv="BW-30198",
        amt="$6,480.00",
        body="Good morning,\n\nThank you for the reminder. BW-30198 was approved by the Board of Selectmen at Monday's meeting and will go out in Friday's check run. Please allow 5-7 days for the check to arrive by mail.\n\nRegards,\n\nDenise Holloway\nAccounts Payable Clerk\nTown of Cedar Falls | Finance Department\nTown Hall, 12 Main Street\n\nThis email is a public record and may be subject to disclosure under state law.",
        facts=Facts(
            promised="2027-01-15",
            refs=("BW-30198",),
            note="past-tense 'approved' but the cheque goes out in Friday's run (Fri 15 Jan); the mailing time is not part of the date",
        ),
    ),
    Reply(
        key="pr-en-2",
        intent="promise_to_pay",
        lang="en",
        who=("Dave Carrick", "dave.carrick@ironhousegym.example"),
        when="2027-01-17 18:12 +0000",
        style="iphone",
        subject="Out of office this week - {rsub}",
        body="Hi, I'm at a trade show in Birmingham till Thursday but saw your email come thru. I'll pay it next Friday when I'm back in the office, it's on my list. Cheers, Dave",
        facts=Facts(
            promised="2027-01-22",
            note="a person wrote it although the subject says 'out of office'; no Auto-Submitted; 'next Friday' written on Sun 17 Jan is Fri 22 Jan",
        ),
    ),
    Reply(
        key="pr-en-3",
        intent="promise_to_pay",
        lang="en",
        who=("Siobhán Maguire", "siobhan@loughreaghholidaypark.example"),
        when="2027-01-12 20:33 +0000",
        style="gmail",
        amt="€3,120.00",
        body="Hi,\n\nSorry, I know this one's been sitting there. January is always dead for us and the booking deposits for the summer are only starting to come in now. I'll have it paid end of the month – you have my word on that.\n\nSiobhán\n\nLough Reagh Holiday Park\nCo. Clare",
        facts=Facts(
            promised="2027-01-31",
            note="'end of the month' → 31 Jan; the slow-season remark is context, not a request for a plan",
        ),
    ),
    Reply(
        key="pr-de-1",
        intent="promise_to_pay",
        lang="de",
        who=("Petra Lindemann", "kaemmerei@bergheim-ems.example"),
        when="2027-01-14 14:10 +0100",
        style="outlook",
        charset="iso-8859-1",
        cte="8bit",
        inv="BW-30176",
        body="Sehr geehrte Damen und Herren,\n\ndie Rechnung BW-30176 (Wartung Lehrschwimmbecken Grundschule Nord) ist sachlich und rechnerisch geprüft und wird mit dem Zahllauf in KW 4 beglichen.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nPetra Lindemann\nStadt Bergheim an der Ems\nFachbereich Finanzen - Kämmerei\nRathausplatz 1",
        facts=Facts(
            promised="2027-01-25",
            refs=("BW-30176",),
            note="'KW 4' is ISO week 4 of 2027 (25–31 Jan): its Monday, as for 'next week'; ISO-8859-1, 8bit",
        ),
    ),
    Reply(
        key="pr-de-2",
        intent="promise_to_pay",
        lang="de",
        who=("Anja Kessler", "anja@landhotel-kessler.example"),
        when="2027-01-07 07:15 +0100",
        style="android",
        body="Guten Morgen, am 15. geht die Zahlung raus. Schönen Tag noch!\nA. Kessler",
        facts=Facts(promised="2027-01-15"),
    ),
    Reply(
        key="pr-fr-1",
        intent="promise_to_pay",
        lang="fr",
        who=("Yannick Morel", "yannick@moveandswim-club.example"),
        when="2027-01-12 12:40 +0100",
        style="iphone",
        body="Bonjour, on vous règle ça fin de mois, promis. Janvier est toujours compliqué niveau trésorerie.\nBonne journée,\nYannick",
        facts=Facts(
            promised="2027-01-31",
            note="'fin de mois' → 31 Jan; a cash remark, not a request for a plan",
        ),
    ),
    Reply(
        key="pr-fr-2",
        intent="promise_to_pay",
        lang="fr",
        who=("Céline Barbier", "compta@dunesdargent-camping.example"),
        when="2027-01-18 15:05 +0100",
        style="outlook_html",
        inv="BW-30241",
        body="Bonjour,\n\nVotre facture BW-30241 a été validée et le règlement a été programmé pour le 22 janvier par virement.\n\nBien à vous,\n\nCéline Barbier\nComptabilité fournisseurs\nCamping Les Dunes d'Argent ★★★★",
        facts=Facts(
            promised="2027-01-22",
            refs=("BW-30241",),
            note="past participles 'validée … programmé' announce a future transfer",
        ),
    ),
    Reply(
        key="pr-es-1",
        intent="promise_to_pay",
        lang="es",
        who=("Marisa Delgado Ruiz", "intervencion@villanuevadelprado.example"),
        when="2027-01-19 11:30 +0100",
        style="outlook",
        inv="BW-30260",
        body="Buenos días:\n\nLe informamos de que la factura BW-30260, correspondiente al mantenimiento de la piscina municipal cubierta, ya está conformada por el Servicio de Deportes y se incluirá en la próxima orden de pago, prevista para el día 27.\n\nAtentamente,\n\nMarisa Delgado Ruiz\nNegociado de Intervención\nAyuntamiento de Villanueva del Prado",
        facts=Facts(
            promised="2027-01-27",
            refs=("BW-30260",),
            note="town hall: invoice approved ('conformada'), payment order on the 27th",
        ),
    ),
    Reply(
        key="pr-es-2",
        intent="promise_to_pay",
        lang="es",
        who=("Carlos Méndez", "carlosmendez.villa@gmail.com"),
        when="2027-01-07 22:10 +0100",
        style="gmail_plain",
        body="Hola, te lo pago la semana que viene sin falta, ahora estoy de viaje y no tengo a mano la banca online. Perdona.\nCarlos",
        facts=Facts(
            promised="2027-01-11", note="'la semana que viene' → Monday of next week (Mon 11 Jan)"
        ),
    ),
    Reply(
        key="pr-nl-1",
        intent="promise_to_pay",
        lang="nl",
        who=("Mark Jansen", "mark@sportcentrum-jansen.example"),
        when="2027-01-19 09:20 +0100",
        style="samsung",
        body="Hoi, betaal ik vrijdag. Sorry voor de vertraging, was t helemaal vergeten.\nMark",
        facts=Facts(promised="2027-01-22", note="'vrijdag' after Tue 19 Jan"),
    ),
    Reply(
        key="pr-it-1",
        intent="promise_to_pay",
        lang="it",
        who=("Giovanna Colombo", "ragioneria@comune-castelnuovolario.example"),
        when="2027-01-20 10:15 +0100",
        style="outlook",
        charset="iso-8859-1",
        inv="BW-30205",
        body="Buongiorno,\n\ncon riferimento al sollecito in oggetto, si comunica che la fattura BW-30205 è stata liquidata con determinazione del Responsabile del Servizio n. 18 del 19/01/2027 e verrà pagata entro fine mese.\n\nDistinti saluti\n\nRag. Giovanna Colombo\nUfficio Ragioneria\nComune di Castelnuovo Lario",
        facts=Facts(
            promised="2027-01-31",
            refs=("BW-30205",),
            note="'liquidata' is an approval for payment in Italian public accounting, not a payment; 'entro fine mese' → 31 Jan",
        ),
    ),
    Reply(
        key="pr-it-2",
        intent="promise_to_pay",
        lang="it",
        who=("Stefano Ricci", "stefano@hotelbellariva-garda.example"),
        when="2027-01-08 17:45 +0100",
        style="gmail",
        body="Buonasera,\nscusate il ritardo: il titolare ha firmato oggi la disposizione, il bonifico parte lunedì prossimo.\nBuon fine settimana\nStefano Ricci – Hotel Bellariva",
        facts=Facts(
            promised="2027-01-11",
            note="signed today (past) but the transfer leaves 'lunedì prossimo', Mon 11 Jan after Fri 8 Jan",
        ),
    ),
]

DISPUTE = [
    Reply(
        key="di-en-1",
        intent="dispute",
        lang="en",
        who=("Martin Osei", "martin.osei@thelandmarkhotel-leeds.example"),
        when="2027-01-11 09:50 +0000",
        style="outlook",
        inv="BW-30183",
        amt="£8,940.00",
        body="Hi,\n\nWe have NOT paid BW-30183 and we won't be paying it until the automatic pool cover is actually delivered and fitted. Your engineers installed the new pump on 3 December but the cover you've invoiced for has never arrived – your own project manager told us on 9 December it was on backorder.\n\nHappy to pay for the pump work once you send an invoice for that alone.\n\nMartin Osei\nFacilities Manager\nThe Landmark Hotel, Leeds\nT: 0113 496 0712\n\nThe information in this email is confidential and may be legally privileged. It is intended solely for the addressee. If you are not the intended recipient, any disclosure, copying or distribution is prohibited.",
        facts=Facts(
            refs=("BW-30183",),
            note="negation: 'have NOT paid' because the goods never arrived; payment of the rest is conditional",
        ),
    ),
    Reply(
        key="di-en-2",
        intent="dispute",
        lang="en",
        who=("Priya Nair", "accounts@riversidefitness.example"),
        when="2027-01-06 14:30 +0000",
        style="gmail",
        inv="BW-30166",
        body="Hello,\n\nBW-30140 and BW-30166 are for the same visit (chlorine dosing pump repair on 14 December) – same engineer, same hours, same parts. We paid 30140 on 22 December. Please cancel 30166 and stop chasing it.\n\nThanks,\nPriya Nair\nAccounts, Riverside Fitness & Leisure",
        facts=Facts(
            refs=("BW-30140", "BW-30166"),
            note="duplicate billing; the payment mentioned is of the other invoice; '30166' is a short form of BW-30166",
        ),
    ),
    Reply(
        key="di-en-3",
        intent="dispute",
        lang="en",
        rlang="es",
        who=("Geoffrey Anstruther", "geoffrey@villa-solana.example"),
        when="2027-01-09 23:12 +0000",
        style="apple_html",
        inv="BW-30190",
        amt="1.940,00 €",
        body="Dear Bluewater,\n\nI hope you all had a good Christmas. Ours was rather hectic – we had the whole family out at the villa for the first time in three years, eleven of us, and the grandchildren practically lived in the pool, which I suppose is a compliment to your team, because it was immaculate when we arrived on the 20th. Louise wants me to pass on that the new lighting is lovely in the evenings.\n\nThat said, there was a problem with the heating, which your chap Rafa came out to look at on the 23rd. He was very helpful and got it going again by resetting the controller and bleeding something or other, and he was done in under an hour. I mention all this because your invoice BW-30190 charges us €1,940 for a “replacement heat pump unit, supply and fit”. No heat pump was replaced. The old one is still there – I have checked, it has the same serial plate and the same rust streak down the side that it has had since 2019.\n\nI'm sure this is a mix-up with another customer's job, but I won't be paying for a heat pump I haven't got. If you could send a corrected invoice for Rafa's call-out I'll settle that by return.\n\nWith best wishes for the new year,\n\nGeoffrey Anstruther\nVilla Solana, Moraira",
        facts=Facts(
            refs=("BW-30190",),
            note="long, friendly reply that buries the point: a part invoiced but never supplied; English reply to a Spanish reminder",
        ),
    ),
    Reply(
        key="di-de-1",
        intent="dispute",
        lang="de",
        who=("Jessica Brandt", "buchhaltung@vitalis-fitness.example"),
        when="2027-01-05 10:05 +0100",
        style="outlook_html",
        inv="BW-30158",
        body="Sehr geehrte Damen und Herren,\n\nauf der Rechnung BW-30158 sind 12 Arbeitsstunden für die Wartung unserer Schwimmbadtechnik berechnet. Laut dem von Ihrem Techniker unterschriebenen Stundennachweis vom 10.12.2026 waren es jedoch nur 6 Stunden. Bitte korrigieren Sie die Rechnung; bis dahin können wir sie leider nicht zur Zahlung freigeben.\n\nMit freundlichen Grüßen\n\nJessica Brandt\nBuchhaltung\nVitalis Fitness & Spa GmbH\nGeschäftsführer: Ralf Vogel · Amtsgericht Münster HRB 0000",
        facts=Facts(refs=("BW-30158",), note="wrong quantity (hours)"),
    ),
    Reply(
        key="di-de-2",
        intent="dispute",
        lang="de",
        who=("Harald Köhler", "baeder@waldbrunn-oberau.example"),
        when="2027-01-21 13:40 +0100",
        style="thunderbird",
        cte="8bit",
        inv="BW-30118",
        body="Guten Tag,\n\ndie Rechnung BW-30118 ist bei uns bereits erledigt: Sie haben dazu am 18.12.2026 die Gutschrift GS-4471 über den vollen Betrag ausgestellt, weil die Filterreinigung wegen des defekten Ventils nicht durchgeführt werden konnte. Offen ist aus unserer Sicht nichts. Bitte buchen Sie die Gutschrift gegen die Rechnung aus.\n\nFreundliche Grüße\nHarald Köhler\nBäderverwaltung\nGemeinde Waldbrunn-Oberau",
        facts=Facts(
            refs=("BW-30118",),
            note="'bereits erledigt' here means credited, not paid: already credited → dispute",
        ),
    ),
    Reply(
        key="di-fr-1",
        intent="dispute",
        lang="fr",
        who=("Sophie Lambert", "direction@hotel-lesoleiades.example"),
        when="2027-01-13 17:20 +0100",
        style="gmail",
        inv="BW-30147",
        body="Bonjour,\n\nJe me permets de vous rappeler que le bassin extérieur fuit toujours depuis votre intervention du 7 décembre : nous perdons environ 3 cm d'eau par jour, exactement comme avant. Votre technicien devait repasser « dans la semaine », nous n'avons eu aucune nouvelle.\n\nTant que la fuite ne sera pas réparée, nous ne réglerons pas la facture BW-30147.\n\nCordialement,\n\nSophie Lambert\nDirectrice – Hôtel Les Oléiades\nSaint-Rémy-de-Provence",
        facts=Facts(refs=("BW-30147",), note="'we won't pay until it is fixed'"),
    ),
    Reply(
        key="di-fr-2",
        intent="dispute",
        lang="fr",
        who=("Franck Dubois", "piscine@ville-montclar.example"),
        when="2027-01-22 09:10 +0100",
        style="inline",
        cte="8bit",
        inv="BW-30266",
        body=">   N° de facture :      BW-30266\n\nCette facture mentionne notre bon de commande n° BC-2026-0412, mais ce bon portait sur 40 sacs de sel de 25 kg, pas 60. Les 20 sacs supplémentaires n'ont jamais été commandés ni livrés chez nous.\n\n> Si un élément de la facture vous paraît inexact, répondez simplement à ce message.\n\nC'est le cas : merci de nous adresser un avoir ou une facture rectifiée.\n\nFranck Dubois\nRégisseur – Piscine municipale\nVille de Montclar",
        facts=Facts(
            note="wrong quantity against the purchase order; inline reply, the invoice number is only in a quoted line"
        ),
    ),
    Reply(
        key="di-es-1",
        intent="dispute",
        lang="es",
        who=("Lucía Fernández", "lucia@centrodeportivoelcarmen.example"),
        when="2027-01-25 12:00 +0100",
        style="android",
        inv="BW-30271",
        amt="1.450,00 €",
        body="Hola,\n\nNo hemos pagado la BW-30271 porque el importe no es el que acordamos. El presupuesto que aceptamos en noviembre era de 1.200 € IVA incluido por la puesta a punto del vaso y la factura viene por 1.450 €. Mandadnos una factura corregida y la pagamos.\n\nSaludos,\nLucía Fernández\nCentro Deportivo El Carmen",
        facts=Facts(
            refs=("BW-30271",),
            note="negated payment with the reason (price not as quoted); the conditional payment is secondary",
        ),
    ),
    Reply(
        key="di-nl-1",
        intent="dispute",
        lang="nl",
        who=("Bas de Vries", "technischedienst@recreatieparkhetzwanemeer.example"),
        when="2027-01-07 15:30 +0100",
        style="outlook_html",
        inv="BW-30162",
        body="Goedemiddag,\n\nDe zandfilterinstallatie die op 15 december is geleverd (factuur BW-30162) was bij aankomst beschadigd: de filterketel heeft een scheur en lekt. Dit is direct gemeld bij uw chauffeur en staat op de vrachtbrief. Wij betalen deze factuur niet voordat er een nieuwe ketel is geleverd.\n\nMet vriendelijke groet,\n\nBas de Vries\nTechnische dienst\nRecreatiepark Het Zwanemeer",
        facts=Facts(refs=("BW-30162",), note="goods damaged on delivery"),
    ),
    Reply(
        key="di-nl-2",
        intent="dispute",
        lang="nl",
        who=("Ilse Bakker", "ilse@zwemschoolbakker.example"),
        when="2027-01-27 20:15 +0100",
        style="gmail_plain",
        body="Hallo,\n\nVolgens deze herinnering staat er nog een factuur open voor het periodiek onderhoud. Maar er is in januari niemand van jullie geweest! De afspraak van 4 januari is op de dag zelf door jullie afgezegd en er is nooit een nieuwe datum gekomen. Ik betaal niet voor onderhoud dat niet gedaan is.\n\nGroet,\nIlse Bakker\nZwemschool Bakker",
        facts=Facts(note="service not done"),
    ),
    Reply(
        key="di-it-1",
        intent="dispute",
        lang="it",
        who=("Marco Bellandi", "marco.bellandi@hotellungolago-garda.example"),
        when="2027-01-26 11:10 +0100",
        style="outlook",
        inv="BW-30120",
        body="Buongiorno,\n\nla fattura BW-30091 l'abbiamo saldata il 10 dicembre. La BW-30120 invece non la paghiamo: il telo di copertura invernale è arrivato strappato in due punti, vi abbiamo mandato le foto il giorno stesso e stiamo ancora aspettando la sostituzione.\n\nCordiali saluti\nMarco Bellandi\nDirettore – Hotel Lungolago",
        facts=Facts(
            refs=("BW-30091", "BW-30120"),
            note="one invoice paid, the other contested: dispute wins for the disputed part",
        ),
    ),
    Reply(
        key="di-it-2",
        intent="dispute",
        lang="it",
        who=("Paolo Rinaldi", "ufficiotecnico@comune-valfonda.example"),
        when="2027-01-28 12:30 +0100",
        style="owa",
        inv="BW-30279",
        amt="€ 3.200,00",
        body="Buongiorno,\n\nl'importo della fattura BW-30279 (€ 3.200,00) non corrisponde al preventivo approvato con determina n. 245 del 02/11/2026, pari a € 2.800,00 IVA inclusa. Non possiamo procedere alla liquidazione finché non riceviamo una nota di credito per la differenza.\n\nDistinti saluti\n\nGeom. Paolo Rinaldi\nUfficio Tecnico – Comune di Valfonda",
        facts=Facts(refs=("BW-30279",), note="price above the approved quote"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pp-en-1",
        intent="payment_plan",
        lang="en",
        who=("Helen Prescott", "helen@splashtimeswim.example"),
        when="2027-01-14 21:05 +0000",
        style="gmail",
        amt="£2,380.00",
        body="Hi,\n\nI'm going to be honest with you. January enrolments are down nearly 40% on last year and the council still hasn't paid the grant they promised us for the autumn term. I can't clear the full £2,380 in one go right now without missing payroll.\n\nCould we do £400 a month until it's cleared? I can set up a standing order for the 1st of each month starting February.\n\nReally sorry about this – you've always been good to us.\n\nHelen Prescott\nSplash Time Swim School",
        facts=Facts(
            note="hardship with monthly instalments; plan dates and amounts are not labelled"
        ),
    ),
    Reply(
        key="pp-en-2",
        intent="payment_plan",
        lang="en",
        who=("Oliver Grant", "ogrant@thegrantleyhotel.example"),
        when="2027-01-19 10:20 +0000",
        style="outlook_html",
        inv="BW-30222",
        amt="£11,600.00",
        body="Hello,\n\nFollowing your reminder about BW-30222: would it be acceptable if we paid half this month and the balance at the end of February? The spa refurbishment has run over budget and I'd rather agree something with you than leave it hanging.\n\nLet me know and I'll instruct our accounts team.\n\nKind regards,\n\nOliver Grant\nGeneral Manager\nThe Grantley Hotel & Spa",
        facts=Facts(
            refs=("BW-30222",), note="split proposal; nothing paid or promised until agreed"
        ),
    ),
    Reply(
        key="pp-en-3",
        intent="payment_plan",
        lang="en",
        loc="us",
        who=("Ray Dominguez", "ray@sunbeltathleticclub.example"),
        when="2027-01-22 16:55 -0600",
        style="iphone",
        amt="$3,975.00",
        body="Can we get another 30 days on this one? Slow month.",
        facts=Facts(note="more time → payment_plan"),
    ),
    Reply(
        key="pp-de-1",
        intent="payment_plan",
        lang="de",
        who=("Monika Steiner", "buchhaltung@hotel-alpenrose-ruhpolding.example"),
        when="2027-01-13 09:35 +0100",
        style="outlook",
        charset="windows-1252",
        inv="BW-30188",
        amt="7.450,00 €",
        body="Sehr geehrte Damen und Herren,\n\ndie Rechnung BW-30188 über 7.450,00 € können wir derzeit nicht in einer Summe begleichen – der Umbau unseres Wellnessbereichs hat unsere Liquidität stärker belastet als geplant.\n\nWäre eine Zahlung in drei Monatsraten (Februar, März, April) für Sie in Ordnung? Die erste Rate würden wir dann zum 1. Februar überweisen. Den Vermerk „Ratenzahlung“ setzen wir in den Verwendungszweck.\n\nMit freundlichen Grüßen\nMonika Steiner\nHotel Alpenrose, Ruhpolding",
        facts=Facts(
            refs=("BW-30188",),
            note="instalments proposed; the first-rate date depends on agreement, so no promise; windows-1252",
        ),
    ),
    Reply(
        key="pp-de-2",
        intent="payment_plan",
        lang="de",
        who=("Jürgen Pohl (Kassenwart SV Delphin 1921 e.V.)", "kasse@sv-delphin1921.example"),
        when="2027-01-16 11:45 +0100",
        style="thunderbird",
        cte="8bit",
        body="Hallo,\n\nwir sind ein gemeinnütziger Schwimmverein und finanzieren uns fast ausschließlich über Mitgliedsbeiträge. Die Reparatur der Gegenstromanlage hat uns ehrlich gesagt kalt erwischt. Gäbe es die Möglichkeit, uns beim Rechnungsbetrag etwas entgegenzukommen? Über einen Nachlass von 20 % wären wir sehr dankbar, den Rest würden wir dann sofort überweisen.\n\nSportliche Grüße\nJürgen Pohl\nKassenwart, SV Delphin 1921 e.V.",
        facts=Facts(
            note="asks for a reduced amount; 'sofort überweisen' depends on the discount, so no promise"
        ),
    ),
    Reply(
        key="pp-fr-1",
        intent="payment_plan",
        lang="fr",
        who=("Isabelle Fournier", "isabelle.fournier@villa-lesoliviers.example"),
        when="2027-01-10 18:30 +0100",
        style="apple",
        body="Bonjour,\n\nSerait-il possible de régler cette facture en trois fois ? Les travaux de la terrasse nous ont coûté plus que prévu et je préférerais étaler le paiement sur février, mars et avril.\n\nMerci de votre compréhension,\nIsabelle Fournier",
        facts=Facts(note="private villa owner asks for three instalments"),
    ),
    Reply(
        key="pp-es-1",
        intent="payment_plan",
        lang="es",
        who=("Jaume Ferrer", "direccion@hostalmarinablava.example"),
        when="2027-01-20 13:15 +0100",
        style="gmail",
        inv="BW-30213",
        body="Buenas tardes:\n\nEstamos en temporada baja y el hotel permanece cerrado hasta marzo, así que ahora mismo no tenemos ingresos. ¿Sería posible fraccionar el importe de la factura BW-30213 en tres pagos mensuales a partir de abril?\n\nQuedamos a la espera de su respuesta.\n\nUn cordial saludo,\nJaume Ferrer\nHostal Marina Blava, Cala Ratjada",
        facts=Facts(refs=("BW-30213",)),
    ),
    Reply(
        key="pp-es-2",
        intent="payment_plan",
        lang="es",
        who=("Sergio Molina", "sergio@boxandswim.example"),
        when="2027-01-04 19:50 +0100",
        style="samsung",
        cte="b64",
        body="Buenas, ¿me podéis dar un mes más de margen? Enero está siendo muy flojo. Gracias",
        facts=Facts(note="more time → payment_plan"),
    ),
    Reply(
        key="pp-nl-1",
        intent="payment_plan",
        lang="nl",
        who=("Ruud Verhoeven", "financien@dedrieeiken.example"),
        when="2027-01-26 10:40 +0100",
        style="outlook",
        inv="BW-30229",
        body="Goedemorgen,\n\nWij hebben uw herinnering voor factuur BW-30229 ontvangen. Door de tegenvallende bezetting dit najaar is onze liquiditeit op dit moment krap. Is het mogelijk een betalingsregeling af te spreken, bijvoorbeeld in vier maandelijkse termijnen?\n\nMet vriendelijke groet,\n\nRuud Verhoeven\nFinanciële administratie\nRecreatiepark De Drie Eiken",
        facts=Facts(refs=("BW-30229",)),
    ),
    Reply(
        key="pp-nl-2",
        intent="payment_plan",
        lang="nl",
        who=("Jeroen Mulder", "j.mulder@villazonneveld.example"),
        when="2027-01-29 12:10 +0100",
        style="iphone",
        amt="€ 3.250,00",
        body="Hallo, ik heb vandaag € 1.000 overgemaakt. De rest volgt in maart als de verhuur van de villa weer op gang komt. Hoop dat dat zo goed is.\nGroet, Jeroen Mulder",
        facts=Facts(
            note="part payment now plus the rest in March → payment_plan, not payment_sent"
        ),
    ),
    Reply(
        key="pp-it-1",
        intent="payment_plan",
        lang="it",
        who=("Chiara Mazza", "amministrazione@energym-bergamo.example"),
        when="2027-01-11 15:25 +0100",
        style="gmail",
        inv="BW-30201",
        body="Buongiorno,\n\nvi chiediamo se è possibile rateizzare l'importo della fattura BW-30201 in quattro rate mensili a partire da febbraio. Dicembre e gennaio sono mesi difficili per le palestre e preferiamo concordare un piano piuttosto che pagare in ritardo.\n\nGrazie e cordiali saluti\nChiara Mazza\nEnergym Bergamo",
        facts=Facts(refs=("BW-30201",)),
    ),
    Reply(
        key="pp-it-2",
        intent="payment_plan",
        lang="it",
        who=("Antonio Esposito", "info@albergoleterrazze-amalfi.example"),
        when="2027-01-21 10:00 +0100",
        style="outlook",
        charset="iso-8859-1",
        inv="BW-30236",
        body="Buongiorno,\n\nl'albergo è chiuso per la stagione invernale fino a fine marzo. Vi chiediamo cortesemente una proroga di 60 giorni sulla scadenza della fattura BW-30236.\n\nCordiali saluti\nAntonio Esposito\nAlbergo Le Terrazze - Amalfi",
        facts=Facts(
            refs=("BW-30236",),
            note="more time (60 days) → payment_plan; 'fino a fine marzo' is the hotel's closure, not a date to label",
        ),
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        who=("Meridian Hotels Group via Coupa", "do_not_reply@meridianhotels.coupahost.example"),
        when="2027-01-07 13:05 +0000",
        style="notice_html",
        thread=False,
        subject="Invoice BW-30174 has been rejected",
        headers=(AUTO_GENERATED, ("X-Mailer", "Coupa Notifications")),
        body="Meridian Hotels Group has rejected your invoice.\n\nInvoice #: BW-30174\nSupplier: Bluewater Pools Ltd\nAmount: 3,260.00 GBP\nRejection reason: PO number missing or invalid. All invoices must reference a valid Meridian purchase order (format 4500xxxxxx).\n\nWhat to do next\nResubmit the invoice through the Coupa Supplier Portal with a valid PO number. Emailed PDF invoices and statements are not processed. Contact the person who placed the order if you do not know the PO number.\n\nDo not reply to this email. This mailbox is not monitored.\n\nPowered by Coupa",
        facts=Facts(
            refs=("BW-30174",),
            note="Coupa rejection notice: a PO is needed before paying; 'this mailbox is not monitored' is boilerplate of the system, not a wrong-contact notice",
        ),
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        loc="us",
        who=("Janet Kowalczyk", "jkowalczyk@lakeshoretownship.example"),
        when="2027-01-05 11:15 -0500",
        style="outlook",
        inv="BW-30168",
        amt="$5,890.00",
        body="Hello,\n\nWe can't release payment on BW-30168 until we have a current W-9 for Bluewater Pools on file – the one we have is from 2021 and our auditors flagged it. Please send a signed W-9 to this address and I'll get the invoice into the next warrant.\n\nThank you,\n\nJanet Kowalczyk\nFinance Office\nLakeshore Township",
        facts=Facts(
            refs=("BW-30168",),
            note="tax form needed before paying; 'next warrant' is conditional and undated",
        ),
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        who=("Niamh Doherty", "accounts@harbourlightshotel.example"),
        when="2027-01-08 15:45 +0000",
        style="gmail_plain",
        amt="€2,960.00",
        body="Hi,\n\nDidn't we pay this already? I have a payment to you on 18 December for roughly that amount. Can you send me a statement of the account so I can see what it was allocated against?\n\nThanks\nNiamh",
        facts=Facts(
            note="a question, not a payment claim; the action is the statement she asks for"
        ),
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        who=("Sabine Hartl", "rechnungseingang@kreis-talheim.example"),
        when="2027-01-18 08:40 +0100",
        style="outlook_html",
        inv="BW-30185",
        body="Sehr geehrte Damen und Herren,\n\nIhre Rechnung BW-30185 liegt uns nur als PDF per E-Mail vor. Als öffentlicher Auftraggeber können wir ausschließlich elektronische Rechnungen im Format XRechnung annehmen. Bitte reichen Sie die Rechnung über das Rechnungseingangsportal ein und geben Sie dabei unsere Leitweg-ID 08125000-0041-77 an. Sobald die XRechnung vorliegt, wird sie umgehend bearbeitet.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nSabine Hartl\nZentraler Rechnungseingang\nKreisverwaltung Talheim",
        facts=Facts(
            refs=("BW-30185",),
            note="public body needs an XRechnung with its routing ID before paying",
        ),
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        who=(
            "Service des finances - Mairie de Lussac-les-Étangs",
            "finances@lussac-les-etangs.example",
        ),
        when="2027-01-27 10:30 +0100",
        style="outlook",
        inv="BW-30274",
        body="Madame, Monsieur,\n\nNous n'avons aucune trace de la facture BW-30274 dans Chorus Pro. Pour les collectivités, seules les factures déposées sur Chorus Pro peuvent être mises en paiement. Merci de la déposer en indiquant notre SIRET 000 000 000 00017 et le numéro d'engagement 2026-0581.\n\nCordialement,\n\nService des finances\nMairie de Lussac-les-Étangs",
        facts=Facts(
            refs=("BW-30274",),
            note="the invoice must be filed on the public portal before it can be paid",
        ),
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        who=("Amandine Perrin", "compta@hoteldulacbleu-annecy.example"),
        when="2027-01-15 16:00 +0100",
        style="gmail",
        charset="windows-1252",
        inv="BW-30226",
        body="Bonjour,\n\nNous souhaitons régler la facture BW-30226 mais notre banque rejette l’IBAN indiqué sur la facture (« compte inexistant »). Pourriez-vous nous faire parvenir un RIB à jour, sur papier à en-tête ? Nous procéderons au virement dès réception.\n\nCordialement,\nAmandine Perrin\nComptabilité – Hôtel du Lac Bleu",
        facts=Facts(
            refs=("BW-30226",),
            note="bank details needed before paying; the payment depends on them, so no promise; windows-1252",
        ),
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        who=(
            "Tesorería Municipal",
            "tesoreria@sanmartinvegaalta.example",
        ),
        when="2027-01-13 12:20 +0100",
        style="outlook",
        charset="iso-8859-1",
        inv="BW-30193",
        body="Buenos días:\n\nLes recordamos que las facturas dirigidas a esta Administración deben presentarse a través del punto general de entrada FACe, indicando los códigos DIR3 de oficina contable, órgano gestor y unidad tramitadora (L01280001). La factura BW-30193 se recibió únicamente por correo electrónico y no puede tramitarse. Una vez registrada en FACe, se procederá a su aprobación.\n\nAtentamente,\n\nTesorería Municipal\nAyuntamiento de San Martín de la Vega Alta",
        facts=Facts(
            refs=("BW-30193",), note="e-invoice through the public portal needed before paying"
        ),
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        who=("Nuria Sanz", "nuria@centroaquasalud.example"),
        when="2027-01-26 17:35 +0100",
        style="iphone",
        body="Hola, a nosotros no nos ha llegado ninguna factura vuestra de noviembre. ¿Nos la podéis reenviar a este correo? Gracias\nNuria",
        facts=Facts(note="never received the invoice, asks for a copy without contesting it"),
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        who=("Crediteurenadministratie Gemeente Oosterwolde", "crediteuren@oosterwolde.example"),
        when="2027-01-21 14:05 +0100",
        style="owa",
        inv="BW-30258",
        body="Geachte heer/mevrouw,\n\nUw factuur BW-30258 kunnen wij niet verwerken omdat het inkoopordernummer ontbreekt. Alle facturen aan de gemeente moeten een geldig inkoopordernummer (beginnend met 4700) bevatten. Wilt u een gecorrigeerde factuur met inkoopordernummer sturen? Het bedrag zelf is akkoord.\n\nMet vriendelijke groet,\n\nCrediteurenadministratie\nGemeente Oosterwolde",
        facts=Facts(
            refs=("BW-30258",), note="reissue with a PO number, amount explicitly not contested"
        ),
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        who=("Linda Kuipers", "l.kuipers@strandparkzeewind.example"),
        when="2027-01-04 11:30 +0100",
        style="gmail",
        body="Goedemorgen,\n\nKunnen jullie ons een rekeningoverzicht sturen van alle openstaande posten? Volgens onze administratie staat er bij jullie alleen nog deze factuur open, maar ik wil het graag even naast elkaar leggen voordat we betalen.\n\nGroet,\nLinda Kuipers\nStrandpark Zeewind",
        facts=Facts(note="statement of account requested before paying"),
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        who=(
            "Servizio Finanziario - Comune di Monteverde Alto",
            "ragioneria@comune-monteverdealto.example",
        ),
        when="2027-01-12 09:55 +0100",
        style="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        inv="BW-30171",
        body="Buongiorno,\n\nla fattura BW-30171 è stata inviata in PDF via e-mail e quindi non può essere accettata: le pubbliche amministrazioni ricevono esclusivamente fatture elettroniche tramite il Sistema di Interscambio. Vi chiediamo di riemetterla tramite SdI indicando il codice univoco ufficio UFX3K9 e il CIG Z8A3C41F27.\n\nDistinti saluti\nServizio Finanziario\nComune di Monteverde Alto",
        facts=Facts(
            refs=("BW-30171",),
            note="reissue through SdI with office code and CIG; ISO-8859-1, 8bit",
        ),
    ),
    Reply(
        key="ir-it-2",
        intent="invoice_request",
        lang="it",
        who=("Roberta Gatti", "roberta@villagatti-lucca.example"),
        when="2027-01-23 10:10 +0100",
        style="gmail_plain",
        body="Buongiorno, mi potete rimandare una copia della fattura? Il commercialista dice che non la trova e senza non posso pagare. Grazie\nRoberta Gatti",
        facts=Facts(note="invoice copy needed for the accountant"),
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        who=("Ben Hartley", "benhartley84@gmail.com"),
        when="2027-01-06 19:20 +0000",
        style="gmail",
        to_addr="ben.hartley@oakmerehealthclub.example",
        body="Hi,\n\nI left Oakmere Health Club in November – they've set my old work address to forward to me, which is why you're getting this reply. Invoices now go to their finance manager, Rachel Kemp: rachel.kemp@oakmerehealthclub.example\n\nGood luck!\nBen",
        facts=Facts(
            contact="rachel.kemp@oakmerehealthclub.example",
            note="former employee answering from a forwarded address",
        ),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        loc="us",
        who=("Accounts Payable", "ap@bayshoreinnsuites.example"),
        when="2027-01-04 07:01 -0500",
        style="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        amt="$2,740.00",
        body="This mailbox is no longer monitored.\n\nAs of January 1, 2027, accounts payable for Bayshore Inn & Suites is handled by our management company. Please send all invoices, statements and payment inquiries to payables@coastalhospitalitymgmt.example.\n\nMessages sent to this address will not be read or forwarded.",
        facts=Facts(
            contact="payables@coastalhospitalitymgmt.example",
            note="automatic 'no longer monitored' notice naming the new address → wrong_contact",
        ),
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        who=("Tom Fletcher", "tom.fletcher@northgateleisure.example"),
        when="2027-01-14 12:55 +0000",
        style="outlook_html",
        cc="Linda Price <Linda.Price@NorthgateLeisure.example>",
        body="Hi,\n\nI think you've got the wrong person – I'm the lifeguard and swim programme coordinator, I don't deal with invoices at all. Linda in Finance handles supplier payments, I've copied her in: Linda.Price@NorthgateLeisure.example\n\nTom Fletcher\nAquatics Coordinator\nNorthgate Leisure Centre",
        facts=Facts(
            contact="linda.price@northgateleisure.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        who=("Kerstin Albrecht", "k.albrecht@parkhotel-sonnenhang.example"),
        when="2027-01-19 11:20 +0100",
        style="outlook",
        body="Guten Tag,\n\nfür Lieferantenrechnungen bin ich seit dem 1. Januar nicht mehr zuständig. Bitte schicken Sie Erinnerungen und Rechnungen künftig an unsere Buchhaltung: rechnungswesen@parkhotel-sonnenhang.example\n\nFreundliche Grüße\nKerstin Albrecht\nEmpfang / Reservierung\nParkhotel Sonnenhang",
        facts=Facts(contact="rechnungswesen@parkhotel-sonnenhang.example"),
    ),
    Reply(
        key="wc-de-2",
        intent="wrong_contact",
        lang="de",
        who=("Stadt Eschenau - Sportamt", "sportamt@eschenau.example"),
        when="2027-01-06 09:05 +0100",
        style="notice",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED,),
        body="Sehr geehrte Damen und Herren,\n\ndas Funktionspostfach sportamt@eschenau.example wurde zum 31.12.2026 aufgelöst. Das Sportamt ist im Zuge der Verwaltungsreform im Fachbereich Bildung, Sport und Bäder aufgegangen.\n\nRechnungen und Zahlungserinnerungen richten Sie bitte ausschließlich an: rechnungseingang@eschenau.example\n\nIhre Nachricht wird nicht weitergeleitet.\n\nStadtverwaltung Eschenau",
        facts=Facts(
            contact="rechnungseingang@eschenau.example",
            note="automatic notice: the shared mailbox was closed, new address given",
        ),
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        who=("Patrick Garnier", "p.garnier@camping-lesflotsbleus.example"),
        when="2027-01-21 09:40 +0100",
        style="iphone",
        body="Bonjour, je ne m'occupe plus de la comptabilité du camping depuis la vente. C'est le nouveau gérant qu'il faut contacter : gerance@flotsbleus-vacances.example\nCordialement,\nP. Garnier",
        facts=Facts(
            contact="gerance@flotsbleus-vacances.example",
            note="business sold; the new manager's address is given",
        ),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        who=("Hélène Marchal", "helene.marchal@gmail.com"),
        when="2027-01-17 20:45 +0100",
        style="gmail_plain",
        body="Bonsoir,\n\nVous vous êtes trompés d'adresse : je suis une particulière, je n'ai pas de piscine et je n'ai jamais été cliente chez vous. C'est la troisième relance que je reçois. Vérifiez votre fichier s'il vous plaît.\n\nH. Marchal",
        facts=Facts(
            note="wrong recipient altogether, no new address; irritated but does not ask to stop"
        ),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        who=("Pilar Romero", "pilar@villasalmendros.example"),
        when="2027-01-08 10:25 +0100",
        style="android",
        body="Buenos días, todo lo de facturas y pagos lo lleva nuestra gestoría, escribidles a ellos: contabilidad@gestoriamoralesyasociados.example\nUn saludo,\nPilar",
        facts=Facts(contact="contabilidad@gestoriamoralesyasociados.example"),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        who=("Conserjería Polideportivo Municipal", "polideportivo@torrelinares.example"),
        when="2027-01-12 13:00 +0100",
        style="outlook",
        body="Buenos días:\n\nEste correo es el de reservas de instalaciones deportivas; aquí no se gestionan facturas. Las reclamaciones de pago deben dirigirse a la Intervención municipal: intervencion.facturas@torrelinares.example\n\nUn saludo,\nConserjería del Polideportivo\nAyuntamiento de Torrelinares",
        facts=Facts(contact="intervencion.facturas@torrelinares.example"),
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        rlang="en",
        who=("Erik van Leeuwen", "evleeuwen@kpnmail.example"),
        when="2027-01-25 19:05 +0100",
        style="apple",
        amt="€2,650.00",
        body="Beste,\n\nIk huur deze villa alleen voor de wintermaanden, ik ben niet de eigenaar. De rekening is voor de eigenaar, mevrouw Vermeulen. Haar e-mailadres is a.vermeulen@vermeulen-vastgoed.example.\n\nMet vriendelijke groet,\nErik van Leeuwen",
        facts=Facts(
            contact="a.vermeulen@vermeulen-vastgoed.example",
            note="tenant, not the owner; Dutch reply to an English reminder; the final full stop is not part of the address",
        ),
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        who=("Zwembad De Wetering", "info@zwembaddewetering.example"),
        when="2027-01-28 08:30 +0100",
        style="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
        body="Dit e-mailadres wordt niet meer gelezen. Voor vragen over zwemlessen, banenzwemmen en openingstijden kunt u tijdens kantooruren bellen met 0512 000 000.",
        facts=Facts(
            note="automatic 'no longer read' notice without a new address: still wrong_contact"
        ),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        who=("Luca Ferri", "luca.ferri@residencepineta.example"),
        when="2027-01-20 18:15 +0100",
        style="gmail",
        body="Buonasera,\n\ndal 1° gennaio non sono più l'amministratore del residence, quindi non posso occuparmi di questa fattura. Vi prego di scrivere alla nuova amministrazione: amministrazione@studiocantonivaresi.example\n\nSaluti\nLuca Ferri",
        facts=Facts(contact="amministrazione@studiocantonivaresi.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        loc="us",
        who=("Walter Greene", "wgreene@greene-estate.example"),
        when="2027-01-07 08:30 -0500",
        style="gmail_plain",
        amt="$1,860.00",
        body="Check was mailed on the 4th. Take me off you email list, I dont need these reminders every week.",
        facts=Facts(
            note="payment claim plus a stop request: unsubscribe beats everything but bounce"
        ),
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        who=("Claire Ashworth", "c.ashworth@ashworthleisure.example"),
        when="2027-01-22 14:50 +0000",
        style="outlook",
        body="Dear Sirs,\n\nAny further correspondence regarding this account must be directed to our solicitors, Pritchard Lowe LLP, who are instructed in relation to the defective pool installation at our Harrogate site. Please do not contact our staff directly.\n\nYours faithfully,\n\nClaire Ashworth\nManaging Director\nAshworth Leisure Ltd",
        facts=Facts(
            note="'talk to our solicitors' with no address; the defect mention is a dispute, but unsubscribe wins"
        ),
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        who=("Blue River Swim Academy", "reception@blueriverswimacademy.example"),
        when="2027-01-26 09:10 +0000",
        style="android",
        body="UNSUBSCRIBE",
        facts=Facts(note="one word"),
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        who=("Dr. Friedrich Wessel", "f.wessel@wessel-anwesen.example"),
        when="2027-01-11 17:30 +0100",
        style="apple",
        charset="iso-8859-1",
        body="Sehr geehrte Damen und Herren,\n\nich bitte Sie, mir Rechnungen und Mahnungen künftig ausschließlich auf dem Postweg zuzusenden. E-Mails dieser Art werden von mir nicht mehr bearbeitet.\n\nMit freundlichen Grüßen\nDr. F. Wessel",
        facts=Facts(note="post only → unsubscribe; ISO-8859-1"),
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        rlang="es",
        who=("Gabi Hoffmann", "gabi.hoffmann@web-mail.example"),
        when="2027-01-23 10:05 +0100",
        style="iphone",
        body="Hören Sie bitte endlich auf, mir ständig diese Mails zu schicken!!! Das Haus mit dem Pool auf Mallorca haben wir im Sommer verkauft, ich habe mit Ihnen nichts mehr zu tun.",
        facts=Facts(
            note="stop request from a former villa owner; German reply to a Spanish reminder; unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        who=("Bertrand Lemoine", "b.lemoine@domaine-des-cigales.example"),
        when="2027-01-19 16:20 +0100",
        style="html_only",
        body="Monsieur,\n\nJe vous informe que ce dossier est désormais suivi par notre avocate, Maître Odile Carrère, du barreau d'Aix-en-Provence. Je vous demande de cesser tout envoi de relances à mon attention et de vous adresser exclusivement à elle pour la suite.\n\nSalutations,\n\nBertrand Lemoine\nGérant – Domaine des Cigales, résidence de vacances",
        facts=Facts(note="'talk to our lawyer', no address"),
    ),
    Reply(
        key="un-fr-2",
        intent="unsubscribe",
        lang="fr",
        who=("Kevin Blanchard", "kevin@crossfit-lanester.example"),
        when="2027-01-18 07:55 +0100",
        style="android",
        body="desinscrivez moi de vos mails svp, ca fait 4 fois ce mois ci",
        facts=Facts(note="no accents, irritated"),
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        who=("Álvaro Prieto", "alvaro@hotelrural-elmirador.example"),
        when="2027-01-15 20:40 +0100",
        style="iphone",
        body="Dejad de mandarme correos, que ya está pagado desde hace semanas. No quiero recibir ni uno más.",
        facts=Facts(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        who=(
            "Administración C.P. Residencial Las Palmeras",
            "administrador@resi-laspalmeras.example",
        ),
        when="2027-01-27 12:45 +0100",
        style="outlook",
        body="Buenos días:\n\nPor acuerdo de la junta de propietarios, cualquier comunicación relativa a facturas y reclamaciones de pago deberá remitirse por correo postal certificado al domicilio de la comunidad. No se atenderán comunicaciones por correo electrónico.\n\nAtentamente,\nEl Administrador",
        facts=Facts(note="post only (owners' association pool)"),
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        who=("Fitness Centrum Oost", "info@fitnesscentrumoost.example"),
        when="2027-01-13 13:30 +0100",
        style="gmail",
        body="Graag afmelden voor deze mails. Wij zijn sinds de overname geen klant meer bij Bluewater.",
        facts=Facts(),
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        who=("Davide Conti", "davide.conti@aquaclubconti.example"),
        when="2027-01-28 22:10 +0100",
        style="iphone",
        body="Per favore cancellatemi da queste email automatiche, ne ricevo tre a settimana.",
        facts=Facts(),
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        who=("Direzione Hotel Belvedere", "direzione@belvedere-stresa.example"),
        when="2027-01-15 11:50 +0100",
        style="outlook_html",
        inv="BW-30215",
        body="Egregi signori,\n\nvi comunichiamo che la questione relativa alla fattura BW-30215 è stata affidata al nostro legale, avv. Claudio Marini. D'ora in avanti vi preghiamo di non contattare più la nostra struttura e di rivolgervi esclusivamente allo studio legale.\n\nDistinti saluti\nLa Direzione\nHotel Belvedere – Stresa",
        facts=Facts(refs=("BW-30215",), note="'talk to our lawyer', no address"),
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        who=("Fiona McLeod", "fiona.mcleod@glenshielhotel.example"),
        when="2027-01-13 09:12 +0000",
        style="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body="Thank you for your email. I am on annual leave and will be back in the office on Monday 18th January. I will have limited access to email during this time.\n\nFor anything urgent please call the hotel on 01397 000 000 and ask for the duty manager.\n\nFiona McLeod\nFinancial Controller | Glenshiel Hotel",
        facts=Facts(back="2027-01-18"),
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        who=("Tidewater Resorts AP Support", "support@tidewaterresorts.freshdesk.example"),
        when="2027-01-21 15:02 +0000",
        style="notice_html",
        subject="Ticket Received - {rsub}",
        headers=(AUTO_REPLIED, ("X-Mailer", "Freshdesk")),
        body="Dear Bluewater Pools,\n\nWe would like to acknowledge that we have received your request and a ticket has been created. A support representative will review your request and send you a personal response (usually within 24 hours).\n\nTo view the status of the ticket or add comments, please visit https://tidewaterresorts.freshdesk.example/helpdesk/tickets/61842\n\nThank you for your patience.\n\nSincerely,\nTidewater Resorts Accounts Payable Support Team",
        facts=Facts(note="ticket acknowledgement, no return date"),
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        loc="us",
        who=("Brian Castellano", "bcastellano@palmettofitness.example"),
        when="2027-01-12 10:41 -0500",
        style="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        amt="$4,410.00",
        body="I'm out of the office through Friday, January 15 with limited access to email. I will be returning Tuesday, January 19 (our offices are closed Monday for Martin Luther King Jr. Day).\n\nFor urgent accounting matters, please contact Maria Vance at mvance@palmettofitness.example.\n\nThanks,\nBrian",
        facts=Facts(
            back="2027-01-19",
            note="'through Fri 15 … returning Tue 19' → the day back; a colleague's address in an auto-reply does not set new_contact",
        ),
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        who=("Heike Schuster", "h.schuster@therme-waldeck.example"),
        when="2027-01-04 08:02 +0100",
        style="notice",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body="Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 8. Januar 2027 nicht im Büro und ab Montag, dem 11. Januar, wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 05621 0000-0.\n\nMit freundlichen Grüßen\nHeike Schuster\nTherme Waldeck – Finanzbuchhaltung",
        facts=Facts(
            back="2027-01-11",
            note="'wieder erreichbar ab' the 11th wins over 'bis einschließlich 8.'",
        ),
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        who=("Servicecenter Rechnungsprüfung", "rechnungspruefung@aquapark-hansebad.example"),
        when="2027-01-22 11:16 +0100",
        style="notice",
        subject="Ihre Anfrage [#RP-2027-00812] ist eingegangen",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
        body="Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Vorgangsnummer RP-2027-00812 erfasst und an die zuständige Sachbearbeitung weitergeleitet. Bitte geben Sie diese Nummer bei Rückfragen immer im Betreff an.\n\nDie durchschnittliche Bearbeitungszeit beträgt derzeit 5 bis 7 Werktage.\n\nIhr Servicecenter Rechnungsprüfung\nHansebad Freizeit GmbH\n\nDiese Nachricht wurde automatisch erzeugt.",
        facts=Facts(
            note="ticket acknowledgement without Auto-Submitted (only X-Autoreply and Precedence)"
        ),
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        who=("Valérie Chevalier", "v.chevalier@residence-lesmouettes.example"),
        when="2027-01-07 14:20 +0100",
        style="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body="Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 11 janvier inclus. Je prendrai connaissance de votre message à mon retour, le mardi 12 janvier.\n\nEn cas d'urgence, vous pouvez joindre l'accueil au 05 46 00 00 00.\n\nCordialement,\nValérie Chevalier\nRésidence de vacances Les Mouettes",
        facts=Facts(back="2027-01-12", note="the stated day back wins over 'jusqu'au … inclus'"),
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        who=("Aurélie Masson", "a.masson@aquaforme-club.example"),
        when="2027-01-26 10:03 +0100",
        style="notice",
        subject="Absente : {rsub}",
        headers=(AUTO_REPLIED,),
        body="Bonjour,\n\nJe suis actuellement en congé maternité. Pour toute question relative à la comptabilité ou aux factures fournisseurs, merci d'écrire à ma collègue Julie Renaud : j.renaud@aquaforme-club.example.\n\nMerci,\nAurélie Masson",
        facts=Facts(
            note="leave without a date; the colleague's address in an auto-reply does not set new_contact"
        ),
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        who=("Elena Navarro", "enavarro@hotelplayadorada.example"),
        when="2027-01-04 09:00 +0100",
        style="notice",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body="Gracias por su mensaje.\n\nMe encuentro fuera de la oficina por vacaciones de Navidad hasta el 7 de enero. Durante mi ausencia no tendré acceso al correo. Para cualquier asunto urgente, pueden llamar a recepción al 971 000 000.\n\nUn saludo,\nElena Navarro\nAdministración – Hotel Playa Dorada",
        facts=Facts(back="2027-01-07", note="'hasta el 7 de enero' → that date itself"),
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        who=("Marieke de Graaf", "m.degraaf@bungalowparkdekempen.example"),
        when="2027-01-06 16:45 +0100",
        style="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body="Dank voor je bericht. Ik ben met vakantie tot en met vrijdag 15 januari en vanaf maandag 18 januari weer aanwezig. Je e-mail wordt niet doorgestuurd.\n\nVoor dringende zaken kun je bellen met de receptie: 013 000 00 00.\n\nMarieke de Graaf\nBungalowpark De Kempen",
        facts=Facts(
            back="2027-01-18",
            note="'vanaf maandag 18 januari weer aanwezig' wins over 't/m vrijdag 15'",
        ),
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        who=("Zwemschool Spetters", "info@zwemschoolspetters.example"),
        when="2027-01-08 08:14 +0100",
        style="notice",
        subject="Bedankt voor je bericht!",
        body="Hoi!\n\nBedankt voor je mail 🏊 We lezen alle berichten en reageren binnen twee werkdagen. Wil je een proefles plannen of je kind aanmelden? Dat kan direct via onze website.\n\nTot in het water!\nTeam Zwemschool Spetters",
        facts=Facts(note="swim-school autoresponder without Auto-Submitted, no return date"),
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        who=("Francesca Moretti", "f.moretti@termebaiadelsole.example"),
        when="2027-01-05 10:05 +0100",
        style="notice",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body="Buongiorno,\n\nsarò fuori ufficio fino a venerdì 8 gennaio compreso, con accesso limitato alla posta elettronica. Rientrerò lunedì 11 gennaio e risponderò al più presto.\n\nPer urgenze potete contattare il centralino al numero 0771 000000.\n\nCordiali saluti\nFrancesca Moretti\nUfficio Amministrazione – Terme Baia del Sole",
        facts=Facts(back="2027-01-11", note="the stated day back wins over 'fino a … compreso'"),
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        who=("Helpdesk Fornitori Gruppo Riviera", "helpdesk.fornitori@gruppo-riviera.example"),
        when="2027-01-27 14:32 +0100",
        style="notice",
        subject="[Ticket #FO-20417] Abbiamo ricevuto la tua richiesta",
        headers=(AUTO_GENERATED,),
        body="Gentile fornitore,\n\nla tua richiesta è stata registrata con il numero FO-20417 e sarà presa in carico da un operatore dell'ufficio contabilità fornitori.\n\nTi ricordiamo che i tempi medi di risposta sono di 3 giorni lavorativi. Per aggiornamenti rispondi a questa e-mail mantenendo il numero di ticket nell'oggetto.\n\nHelpdesk Fornitori\nGruppo Alberghiero Riviera",
        facts=Facts(note="ticket acknowledgement"),
    ),
]

OTHER = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        who=("Accounts Payable | Kingsbridge Hotels", "ap@kingsbridge-hotels.example"),
        when="2027-01-19 07:12 +0000",
        style="outlook_html",
        to_addr="ap@kingsbridgehotels.example",
        body="Dear Supplier,\n\nPlease be advised that due to an ongoing internal audit our accounts payable mailbox has changed. With immediate effect, all invoices, statements and payment reminders must be sent ONLY to kingsbridgehotels.ap@gmail.com. Do not use any previous email addresses or telephone numbers, as these lines are under review.\n\nKindly also confirm by return the total balance outstanding on our account so we can arrange settlement this week.\n\nRegards,\nAccounts Payable Department\nKingsbridge Hotels Ltd",
        facts=Facts(
            note="phishing-like: a look-alike domain (kingsbridge-hotels vs kingsbridgehotels, where the reminder went) asks to redirect mail to a free-mail address; a person must verify, so other, not wrong_contact",
        ),
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        who=("Mike Donnelly", "mike@donnellysgym.example"),
        when="2027-01-28 18:03 +0000",
        style="samsung",
        body="didnt we pay this alredy??",
        facts=Facts(
            note="a bare question with typos: neither a payment claim nor a request for documents; a person checks the ledger and answers"
        ),
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        who=("Rebecca Lyons", "rebecca.lyons@theoldrectoryspa.example"),
        when="2027-01-25 11:30 +0000",
        style="gmail",
        body="Hi there,\n\nSlightly off topic, but while I have you – we're looking at replacing the hot tub cover and the steps in the spa before Easter. Could someone from your sales team give me a call this week to arrange a site visit? Mornings are best.\n\nThanks,\nRebecca Lyons\nOperations Manager, The Old Rectory Spa",
        facts=Facts(note="sales enquiry in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        who=("Martina Wolf", "m.wolf@sportpark-am-see.example"),
        when="2027-01-20 15:15 +0100",
        style="gmail",
        body="Hallo,\n\ndanke für die Info. Ich habe die Erinnerung an unseren Geschäftsführer weitergeleitet, der entscheidet über alle Zahlungen. Er ist allerdings gerade viel unterwegs.\n\nViele Grüße\nMartina Wolf\nSportpark am See",
        facts=Facts(
            note="acknowledgement; passing it to the boss is neither a new contact nor a promise"
        ),
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        who=("Thierry Roche", "thierry@salle-oxygene.example"),
        when="2027-01-08 19:25 +0100",
        style="iphone",
        body="Bien reçu. Je vois ça avec mon associé ce week-end et je reviens vers vous.",
        facts=Facts(note="owner will discuss with his partner: no commitment"),
    ),
    Reply(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        who=("Hôtel Le Grand Large - Administration", "administration@hotel-legrandlarge.example"),
        when="2027-01-13 11:45 +0100",
        style="outlook_html",
        cte="b64",
        body="Madame, Monsieur,\n\nNous vous informons que, par jugement du tribunal de commerce de Brest en date du 14 décembre 2026, la SAS Le Grand Large a été placée en redressement judiciaire. Conformément à la loi, nous ne sommes plus autorisés à régler les créances nées avant cette date.\n\nNous vous invitons à déclarer votre créance auprès du mandataire judiciaire, Maître Jacques Le Goff, dans un délai de deux mois à compter de la publication du jugement au BODACC.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nL'Administration\nHôtel Le Grand Large",
        facts=Facts(
            note="insolvency proceedings: the claim must be filed with the court-appointed administrator; a person must act and none of the other intents fits"
        ),
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        who=("Mónica Herrera", "monica@spaurbanohelios.example"),
        when="2027-01-14 10:50 +0100",
        style="gmail",
        body="Hola,\n\nRecibido, gracias. Aprovecho para preguntaros: ¿hacéis también el mantenimiento de jacuzzis y bañeras de hidromasaje? Estamos pensando en cambiar de empresa para el spa y me gustaría que nos pasarais presupuesto.\n\nUn saludo,\nMónica Herrera\nSpa Urbano Helios",
        facts=Facts(note="acknowledgement plus a sales question"),
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        who=("Raquel Pardo", "recepcion@hotelsierrablanca.example"),
        when="2027-01-18 12:35 +0100",
        style="outlook",
        body="Buenos días:\n\nEl director está de baja médica y hasta que se reincorpore nadie puede autorizar pagos. Todavía no sabemos cuándo volverá. En cuanto lo haga, le paso su correo.\n\nUn saludo,\nRaquel Pardo\nRecepción – Hotel Sierra Blanca",
        facts=Facts(
            note="a person explains an absence without a date or a commitment: not an auto-reply, not a promise"
        ),
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        who=("Anneke Postma", "secretariaat@zwemvereniginglaco.example"),
        when="2027-01-16 14:10 +0100",
        style="thunderbird",
        cte="b64",
        body="Hallo,\n\nUw herinnering is ontvangen. Ik ben de secretaris van de vereniging; ik leg hem dinsdag op de bestuursvergadering neer bij de penningmeester.\n\nMet sportieve groet,\nAnneke Postma\nSecretaris ZV Laco",
        facts=Facts(
            note="acknowledgement; handing it to the treasurer names no new contact and promises nothing"
        ),
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        who=("Dirk Hofman", "inkoop@hoteldewadden.example"),
        when="2027-01-05 10:30 +0100",
        style="html_only",
        body="Goedemorgen,\n\nLos van deze herinnering: klopt het dat jullie tarieven voor onderhoudscontracten per 1 februari met 8% omhooggaan? Dat hoorde ik van jullie monteur. Ik ontvang daar graag een bevestiging van, of de nieuwe prijslijst.\n\nMet vriendelijke groet,\nDirk Hofman\nInkoop – Hotel De Wadden, Terschelling",
        facts=Facts(note="question about next year's prices, separate from the reminder"),
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        who=("Giulia Romano", "giulia@piscinadelparco.example"),
        when="2027-01-25 08:40 +0100",
        style="android",
        body="Ricevuto, grazie.",
        facts=Facts(note="bare acknowledgement"),
    ),
    Reply(
        key="ot-it-2",
        intent="other",
        lang="it",
        who=("Alessandro Greco", "a.greco@campingleginestre.example"),
        when="2027-01-29 17:10 +0100",
        style="gmail",
        body="Buonasera,\n\ncolgo l'occasione del vostro promemoria per scrivervi di una cosa che mi sta a cuore da un po'. Come sapete l'anno scorso abbiamo avuto parecchi problemi con la piscina grande del villaggio: la pompa che si fermava nei weekend di punta, l'acqua torbida dopo i temporali di agosto, e i clienti che si lamentavano in tutte le recensioni. Non è colpa vostra, l'impianto ha vent'anni, ma quest'anno vorrei arrivare a maggio senza sorprese.\n\nMi piacerebbe organizzare un incontro a febbraio, qui al campeggio, con il vostro tecnico e magari con qualcuno dell'ufficio commerciale, per valutare il rifacimento dell'impianto di filtrazione e forse anche una vasca per bambini. Avrei disponibilità il martedì e il giovedì mattina.\n\nPer la fattura vi scrive direttamente la nostra amministrazione.\n\nCordiali saluti\nAlessandro Greco\nDirettore – Camping Villaggio Le Ginestre",
        facts=Facts(
            note="long reply about next season; 'our admin office will write about the invoice' is neither a commitment nor a new contact"
        ),
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
# Bounces: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report for a reminder sent to ``rcpt`` (the reminder was in ``rlang``)."""

    key: str
    lang: Lang
    kind: Literal["hard", "soft"]
    status: str
    rcpt: str
    when: str
    rlang: Lang
    build: Callable[[Bounce], Message]
    queued: timedelta = timedelta(minutes=2)
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The Date of the report."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        """When the reminder was handed to the first server."""
        return self.dt - self.queued - timedelta(seconds=47)

    @property
    def invoice(self) -> str:
        """The invoice the returned reminder was about."""
        return f"BW-{30500 + int.from_bytes(digest(self.key, 'inv')[:2], 'big') % 200}"

    @property
    def subject(self) -> str:
        """The Subject of the returned reminder."""
        return REMINDER_SUBJECT[self.rlang].format(inv=self.invoice)

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]


def original_reminder(b: Bounce) -> Message:
    """The reminder as Bluewater Pools sent it."""
    text = REMINDER_BODY[b.rlang].format(inv=b.invoice, amt=DEFAULT_AMOUNT[b.rlang])
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = header_text(b.subject, charset="utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    move_content_headers_last(msg)
    return msg


def field_block(rows: list[tuple[str, str]]) -> Message:
    """One block of delivery-status fields."""
    block = Message()
    for name, value in rows:
        block[name] = value
    return block


def delivery_status(
    b: Bounce, *, mta: str, action: str, diagnostic: str = "", remote: str = ""
) -> Message:
    """A message/delivery-status part (RFC 3464)."""
    per_message = [("Reporting-MTA", f"dns; {mta}"), ("Arrival-Date", format_datetime(b.sent))]
    rows = [
        ("Final-Recipient", f"rfc822; {b.rcpt}"),
        ("Original-Recipient", f"rfc822;{b.rcpt}"),
        ("Action", action),
        ("Status", b.status),
    ]
    rows += [("Remote-MTA", f"dns; {remote}")] if remote else []
    rows += [("Diagnostic-Code", f"smtp; {diagnostic}")] if diagnostic else []
    rows.append(("Last-Attempt-Date", format_datetime(b.dt - timedelta(seconds=12))))
    if action == "delayed":
        rows.append(("Will-Retry-Until", format_datetime(b.dt + timedelta(days=3))))
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status.set_payload([field_block(per_message), field_block(rows)])
    return status


def returned_headers(b: Bounce) -> Message:
    """A text/rfc822-headers part with the reminder's headers."""
    original = original_reminder(b)
    text = "".join(
        f"{name}: {value}\n"
        for name, value in original.items()
        if not name.startswith(("Content-", "MIME"))
    )
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def returned_message(b: Bounce) -> Message:
    """The whole reminder as a message/rfc822 part."""
    return MIMEMessage(original_reminder(b))


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def described(part: Message, description: str) -> Message:
    """Add a Content-Description, as Postfix and sendmail do."""
    part["Content-Description"] = description
    return part


@dataclass(frozen=True, kw_only=True)
class Envelope:
    """Who a report comes from and what its Subject says."""

    sender: str
    subject: str
    extra: tuple[tuple[str, str], ...] = ()


def finish(b: Bounce, msg: Message, envelope: Envelope) -> Message:
    """The report's own headers."""
    msg["From"] = envelope.sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(envelope.subject, charset="utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = envelope.sender.rsplit("@", 1)[1].split(">")[0].split(" ")[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 20).lower()}@{host}>"
    for name, value in envelope.extra:
        msg[name] = value
    return finalize(msg, key=b.key, style="bounce")


def bounce_postfix(b: Bounce) -> Message:
    """Postfix on Bluewater's own server: RFC 3464 with the whole message returned."""
    remote = f"mx.{b.domain}"
    human = (
        "This is the mail system at host mail.bluewater-pools.example.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host\n    {remote}[198.51.100.23] said: 550 5.1.1\n"
        f"    <{b.rcpt}>: Recipient address rejected: User unknown\n"
        "    in local recipient table (in reply to RCPT TO command)\n"
    )
    diagnostic = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    msg = report(
        described(
            text_part(human, subtype="plain", charset="us-ascii", cte="7bit"), "Notification"
        ),
        described(
            delivery_status(
                b,
                mta="mail.bluewater-pools.example",
                action="failed",
                diagnostic=diagnostic,
                remote=remote,
            ),
            "Delivery report",
        ),
        described(returned_message(b), "Undelivered Message"),
    )
    envelope = Envelope(
        sender="MAILER-DAEMON@mail.bluewater-pools.example (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
        extra=(("Auto-Submitted", "auto-replied"),),
    )
    return finish(b, msg, envelope)


def bounce_qmail(b: Bounce) -> Message:
    """qmail at the recipient's host: no MIME at all, the message copied below a line."""
    original = original_reminder(b).as_string()
    when = b.sent.strftime("%d %b %Y %H:%M:%S -0000")
    text = (
        f"Hi. This is the qmail-send program at mx.{b.domain}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\nReceived: (qmail 20417 invoked from network); {when}\n"
        f"Received: from mail.bluewater-pools.example (203.0.113.25)\n  by mx.{b.domain} with SMTP; {when}\n"
        f"{original}\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, Envelope(sender=f"MAILER-DAEMON@mx.{b.domain}", subject="failure notice"))


def bounce_sendmail_delay(b: Bounce) -> Message:
    """sendmail on the outbound relay: a four-hour warning, RFC 3464."""
    received = format_datetime(b.sent.astimezone(UTC)).replace("+0000", "GMT")
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {received}\nfrom mail.bluewater-pools.example [203.0.113.25]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mx.{b.domain}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(
            b, mta="relay2.mailhost-eu.example", action="delayed", remote=f"mx.{b.domain}"
        ),
        returned_headers(b),
    )
    envelope = Envelope(
        sender="Mail Delivery Subsystem <MAILER-DAEMON@relay2.mailhost-eu.example>",
        subject="Warning: could not send message for past 4 hours",
        extra=(("Auto-Submitted", "auto-generated (warning-timeout)"),),
    )
    return finish(b, msg, envelope)


@dataclass(frozen=True, kw_only=True)
class NdrText:
    """The human-readable part of an Exchange / Microsoft 365 report, in one language."""

    head: str
    reason: str
    admin: str
    server: str
    returned: str


def exchange_human(ndr: NdrText) -> Message:
    """Plain and HTML versions of an Exchange report."""
    text = f"{ndr.head}\n\n{ndr.reason}\n\n{ndr.admin}\n\n{ndr.server}\n\n{ndr.returned}\n"
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        f'<p><b><font color="#000066" size="3" face="Arial">{html_lines(ndr.head)}</font></b></p>'
        f'<p><font color="#000000" size="2" face="Tahoma">{html.escape(ndr.reason)}</font></p>'
        f'<p><font color="#808080" size="2" face="Tahoma"><b>{html.escape(ndr.admin)}</b><br><br>{html.escape(ndr.server)}<br><br>{html_lines(ndr.returned)}</font></p>'
        "</body></html>\n"
    )
    return alternative(
        text_part(text, subtype="plain", charset="utf-8", cte="qp"),
        text_part(page, subtype="html", charset="utf-8", cte="qp"),
    )


EXCHANGE_SENDER = (
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bluewater-pools.example>"
)


def exchange_report(
    b: Bounce,
    ndr: NdrText,
    *,
    host: str,
    action: str,
    diagnostic: str,
    subject: str,
    sender: str = EXCHANGE_SENDER,
) -> Message:
    """A Microsoft 365 report: the human text, the DSN fields, the returned headers.

    Reports made by Bluewater's own tenant come from its MicrosoftExchange system address;
    those made by the recipient's tenant come from the recipient domain's postmaster.
    """
    msg = report(
        exchange_human(ndr),
        delivery_status(b, mta=host, action=action, diagnostic=diagnostic),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        Envelope(sender=sender, subject=subject, extra=(("X-MS-Exchange-Message-Is-Ndr", ""),)),
    )


def bounce_exchange_de(b: Bounce) -> Message:
    """Microsoft 365 in German: recipient not found (5.1.10)."""
    host = "FR3P281MB1734.DEUP281.PROD.OUTLOOK.example"
    diagnostic = (
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    )
    ndr = NdrText(
        head=f"Fehler bei der Zustellung an folgende Empfänger oder Gruppen:\n\n{b.rcpt}",
        reason="Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie dann, die Nachricht erneut zu senden. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihren Helpdesk.",
        admin="Diagnoseinformationen für Administratoren:",
        server=f"Generierender Server: {host}",
        returned=f"{b.rcpt}\nRemoteserver hat '{diagnostic}' zurückgegeben.",
    )
    return exchange_report(
        b,
        ndr,
        host=host,
        action="failed",
        diagnostic=diagnostic,
        subject=f"Unzustellbar: {b.subject}",
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
    )


def bounce_exchange_es(b: Bounce) -> Message:
    """Microsoft 365 in Spanish: address rejected at the recipient's tenant (5.4.1)."""
    host = "DB9PR08MB6612.eurprd08.prod.outlook.example"
    diagnostic = "550 5.4.1 Recipient address rejected: Access denied. [DB5EUR03FT021.eop-EUR03.prod.protection.outlook.example]"
    ndr = NdrText(
        head=f"Error en la entrega a estos destinatarios o grupos:\n\n{b.rcpt}",
        reason="No se ha podido entregar el mensaje porque la dirección de correo electrónico del destinatario no existe en la organización de destino. Compruebe la dirección o póngase en contacto con el destinatario por otro medio.",
        admin="Información de diagnóstico para administradores:",
        server=f"Servidor de generación: {host}",
        returned=f"{b.rcpt}\nEl servidor remoto devolvió '{diagnostic}'",
    )
    return exchange_report(
        b,
        ndr,
        host=host,
        action="failed",
        diagnostic=diagnostic,
        subject=f"No se puede entregar: {b.subject}",
    )


def bounce_exchange_fr_full(b: Bounce) -> Message:
    """Microsoft 365 in French: mailbox full, reported with 5.2.2."""
    host = "PR1P264MB2231.FRAP264.PROD.OUTLOOK.example"
    diagnostic = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    ndr = NdrText(
        head=f"La remise aux destinataires ou groupes suivants a échoué :\n\n{b.rcpt}",
        reason="La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Essayez de renvoyer votre message plus tard ou contactez directement le destinataire.",
        admin="Informations de diagnostic pour les administrateurs :",
        server=f"Serveur de génération : {host}",
        returned=f"{b.rcpt}\nLe serveur distant a retourné '{diagnostic}'",
    )
    return exchange_report(
        b,
        ndr,
        host=host,
        action="failed",
        diagnostic=diagnostic,
        subject=f"Non remis : {b.subject}",
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
    )


def bounce_exchange_it_delay(b: Bounce) -> Message:
    """Microsoft 365 in Italian: delivery delayed (4.4.7)."""
    host = "MI1P293MB0881.ITAP293.PROD.OUTLOOK.example"
    diagnostic = "400 4.4.7 Message delayed"
    ndr = NdrText(
        head=f"Il recapito ai destinatari o gruppi seguenti è stato ritardato:\n\n{b.rcpt}",
        reason=f"Oggetto: {b.subject}. Questo messaggio non è ancora stato recapitato. Verranno effettuati altri tentativi per 1 giorno e 18 ore; se non sarà possibile recapitarlo entro tale termine, riceverai una notifica.",
        admin="Informazioni di diagnostica per gli amministratori:",
        server=f"Server di generazione: {host}",
        returned=f"{b.rcpt}\nIl server remoto ha restituito '{diagnostic}'",
    )
    return exchange_report(
        b,
        ndr,
        host=host,
        action="delayed",
        diagnostic=diagnostic,
        subject=f"Recapito ritardato: {b.subject}",
    )


def bounce_gmail_de(b: Bounce) -> Message:
    """Gmail, German interface: address not found (5.1.1)."""
    lines = [
        "** Adresse nicht gefunden **",
        f"Ihre Nachricht wurde nicht an {b.rcpt} zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.",
        "Weitere Informationen finden Sie hier: https://support.google.com/mail/?p=NoSuchUser",
        "Antwort:",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-4a7f3c1e2b5si2270841cf.114 - gsmtp",
    ]
    page = (
        "<html><head></head><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "</body></html>\n"
    )
    human = alternative(
        text_part("\n\n".join(lines) + "\n", subtype="plain", charset="utf-8", cte="qp"),
        text_part(page, subtype="html", charset="utf-8", cte="qp"),
    )
    diagnostic = "550-5.1.1 The email account that you tried to reach does not exist."
    msg = report(
        human,
        delivery_status(
            b,
            mta="mx.google.com",
            action="failed",
            diagnostic=diagnostic,
            remote="gmail-smtp-in.l.google.com",
        ),
        returned_headers(b),
    )
    msg["X-Failed-Recipients"] = b.rcpt
    envelope = Envelope(
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        extra=(("Auto-Submitted", "auto-replied"),),
    )
    return finish(b, msg, envelope)


def bounce_isp_nl(b: Bounce) -> Message:
    """A Dutch hosting provider's own notice: multipart/mixed, not RFC 3464."""
    text = (
        "Beste afzender,\n\n"
        f"Uw bericht aan {b.rcpt} kon niet worden afgeleverd. Het adres bestaat niet (meer) bij de ontvangende mailserver.\n\n"
        "Technische details:\n"
        f"  Ontvanger:    {b.rcpt}\n"
        f"  Foutmelding:  550 5.1.1 <{b.rcpt}>: mailbox unavailable\n"
        "  Status:       permanent – het bericht wordt niet opnieuw verstuurd\n\n"
        "Controleer het adres of neem op een andere manier contact op met de ontvanger. Uw oorspronkelijke bericht vindt u in de bijlage.\n\n"
        "Met vriendelijke groet,\nNedmail Hosting – Klantenservice\n"
    )
    msg = MIMEMultipart("mixed")
    msg.attach(text_part(text, subtype="plain", charset="utf-8", cte="qp"))
    msg.attach(returned_message(b))
    envelope = Envelope(
        sender="Nedmail Mailsysteem <postmaster@nedmail-hosting.example>",
        subject="Onbestelbaar: uw bericht kon niet worden afgeleverd",
        extra=(("Auto-Submitted", "auto-replied"),),
    )
    return finish(b, msg, envelope)


def bounce_gateway_nl(b: Bounce) -> Message:
    """The recipient's security gateway, in Dutch: accepted, not yet delivered inside."""
    inner = f"mail01.intern.{b.domain}"
    text = (
        "MailShield Secure Gateway – vertragingsmelding\n\n"
        "Uw bericht is door onze beveiligingsgateway gecontroleerd en goedgekeurd, maar kon nog niet worden afgeleverd bij de interne mailserver van de ontvanger.\n\n"
        f"  Ontvanger:   {b.rcpt}\n"
        f"  Onderwerp:   {b.subject}\n"
        f"  Ontvangen:   {b.sent.strftime('%d-%m-%Y %H:%M')}\n"
        f"  Status:      4.4.1 – geen verbinding met {inner}\n\n"
        "U hoeft niets te doen. De gateway probeert het bericht de komende 72 uur opnieuw af te leveren. Lukt dat niet, dan ontvangt u een definitieve foutmelding.\n\n"
        "Dit bericht is automatisch verstuurd door MailShield namens Hotel Duinzicht.\n"
    )
    msg = report(
        text_part(text, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(
            b,
            mta="gw2.mailshield-gateway.example",
            action="delayed",
            diagnostic="421 4.4.1 connection timed out",
            remote=inner,
        ),
        returned_headers(b),
    )
    envelope = Envelope(
        sender="MailShield Secure Gateway <noreply-dsn@mailshield-gateway.example>",
        subject=f"Vertraagde aflevering: uw bericht aan {b.rcpt}",
        extra=(("Auto-Submitted", "auto-generated"), ("X-MailShield-Notice", "delay")),
    )
    return finish(b, msg, envelope)


def bounce_isp_es_delay(b: Bounce) -> Message:
    """A Spanish provider's plain-text delay notice."""
    text = (
        "Este es un mensaje automático del servidor de correo correo.proveedor-ibero.example.\n\n"
        f"Su mensaje todavía no ha podido entregarse a:\n\n    {b.rcpt}\n\n"
        "Motivo: no se ha podido localizar temporalmente el servidor de correo del dominio de destino (4.4.3, fallo temporal de DNS).\n\n"
        "No es necesario que vuelva a enviar el mensaje. Seguiremos intentándolo durante 3 días más; si no conseguimos entregarlo, recibirá un nuevo aviso.\n\n"
        f"Asunto del mensaje: {b.subject}\n"
        f"Enviado: {b.sent.strftime('%d/%m/%Y %H:%M')}\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    envelope = Envelope(
        sender="Servicio de correo <mailer-daemon@correo.proveedor-ibero.example>",
        subject="Aviso: retraso en la entrega de su mensaje",
        extra=(("Auto-Submitted", "auto-replied"),),
    )
    return finish(b, msg, envelope)


def bounce_exim_it(b: Bounce) -> Message:
    """Exim at an Italian host with a translated warning template (plain text)."""
    text = (
        "Questo messaggio è stato generato automaticamente dal sistema di posta.\n"
        "Un messaggio che hai inviato non è ancora stato consegnato a uno o più\n"
        "destinatari dopo più di 24 ore di permanenza in coda su smtp.hostitalia-mail.example.\n\n"
        "Identificativo del messaggio:  1vQ7aZ-0004Kp-3F\n"
        f"Oggetto del messaggio:         {b.subject}\n"
        f"Data del messaggio:            {format_datetime(b.sent)}\n\n"
        "L'indirizzo a cui il messaggio non è ancora stato consegnato è:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx.{b.domain} [192.0.2.71]\n"
        "    Connessione interrotta dal server remoto: 421 4.4.2 connection dropped\n\n"
        "Non è necessario intervenire: il sistema continuerà a tentare la consegna.\n"
        "Riceverai un nuovo avviso se il messaggio non potrà essere consegnato entro 4 giorni.\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="8bit")
    envelope = Envelope(
        sender="Mail Delivery System <Mailer-Daemon@smtp.hostitalia-mail.example>",
        subject="Avviso: messaggio non ancora consegnato",
        extra=(("Auto-Submitted", "auto-replied"),),
    )
    return finish(b, msg, envelope)


BOUNCES = [
    Bounce(
        key="bo-en-1",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@westcliffaquaticcentre.example",
        when="2027-01-05 09:06 +0000",
        rlang="en",
        build=bounce_postfix,
        note="Postfix RFC 3464 report with the whole reminder returned",
    ),
    Bounce(
        key="bo-en-2",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="billing@harbourpointmarina.example",
        when="2027-01-14 09:10 +0000",
        rlang="en",
        build=bounce_qmail,
        note="qmail notice without MIME; the status is the '#5.1.1' in the text",
    ),
    Bounce(
        key="bo-en-3",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="finance@seabreezelodge.example",
        when="2027-01-19 12:05 +0000",
        rlang="en",
        build=bounce_sendmail_delay,
        queued=timedelta(hours=4),
        note="sendmail four-hour warning (delayed), RFC 3464",
    ),
    Bounce(
        key="bo-de-1",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="rechnungen@hotel-am-kurpark.example",
        when="2027-01-07 09:04 +0100",
        rlang="de",
        build=bounce_exchange_de,
        note="Microsoft 365 'Unzustellbar'",
    ),
    Bounce(
        key="bo-de-2",
        lang="de",
        kind="hard",
        status="5.1.1",
        rcpt="schwimmschule.nixe@gmail.com",
        when="2027-01-21 00:02 -0800",
        rlang="de",
        build=bounce_gmail_de,
        note="Gmail report with a German body and the English Gmail subject",
    ),
    Bounce(
        key="bo-fr-1",
        lang="fr",
        kind="soft",
        status="5.2.2",
        rcpt="compta@hotel-belle-ile.example",
        when="2027-01-08 09:03 +0100",
        rlang="fr",
        build=bounce_exchange_fr_full,
        note="mailbox full reported with a 5.x code: soft (holdout2 README rule), the code is kept",
    ),
    Bounce(
        key="bo-es-1",
        lang="es",
        kind="hard",
        status="5.4.1",
        rcpt="facturas@hotelmiradordelmar.example",
        when="2027-01-12 10:05 +0100",
        rlang="es",
        build=bounce_exchange_es,
        note="Microsoft 365 'No se puede entregar', recipient rejected by the receiving tenant",
    ),
    Bounce(
        key="bo-es-2",
        lang="es",
        kind="soft",
        status="4.4.3",
        rcpt="gerencia@gimnasiolatorre.example",
        when="2027-01-26 13:20 +0100",
        rlang="es",
        build=bounce_isp_es_delay,
        queued=timedelta(hours=4),
        note="Spanish provider's plain-text delay notice, not RFC 3464",
    ),
    Bounce(
        key="bo-nl-1",
        lang="nl",
        kind="hard",
        status="5.1.1",
        rcpt="administratie@campingdeberkenhof.example",
        when="2027-01-18 09:15 +0100",
        rlang="nl",
        build=bounce_isp_nl,
        queued=timedelta(minutes=9),
        note="Dutch hosting provider's notice in multipart/mixed with the reminder attached",
    ),
    Bounce(
        key="bo-nl-2",
        lang="nl",
        kind="soft",
        status="4.4.1",
        rcpt="boekhouding@hotelduinzicht.example",
        when="2027-01-27 15:40 +0100",
        rlang="nl",
        build=bounce_gateway_nl,
        queued=timedelta(hours=6),
        note="the recipient's security gateway reports a delay towards the internal server",
    ),
    Bounce(
        key="bo-it-1",
        lang="it",
        kind="soft",
        status="4.4.2",
        rcpt="contabilita@hotelsanmarco-jesolo.example",
        when="2027-01-13 09:30 +0100",
        rlang="it",
        build=bounce_exim_it,
        queued=timedelta(hours=24),
        note="Exim delay warning with an Italian template, plain 8-bit text",
    ),
    Bounce(
        key="bo-it-2",
        lang="it",
        kind="soft",
        status="4.4.7",
        rcpt="amministrazione@residencelevele.example",
        when="2027-01-22 11:45 +0100",
        rlang="it",
        build=bounce_exchange_it_delay,
        queued=timedelta(hours=6),
        note="Microsoft 365 'Recapito ritardato'",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------

Spec = Reply | Bounce


def reply_label(r: Reply, *, file: str) -> Label:
    """The label line of a reply."""
    f = r.facts
    return {
        "file": file,
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
        "invoice_refs": sorted(f.refs),
        "language": r.lang,
        "note": f.note,
    }


def bounce_label(b: Bounce, *, file: str) -> Label:
    """The label line of a delivery report."""
    return {
        "file": file,
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


def label_for(spec: Spec, *, file: str) -> Label:
    """The label line of any message."""
    if isinstance(spec, Reply):
        return reply_label(spec, file=file)
    return bounce_label(spec, file=file)


def build_message(spec: Spec) -> Message:
    """The message of any spec."""
    if isinstance(spec, Reply):
        return build_reply(spec)
    return spec.build(spec)


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------

ISO_DATE = re.compile(r"2027-01-(0[1-9]|[12]\d|3[01])|2026-12-(0[1-9]|[12]\d|3[01])")
AMOUNT = re.compile(r"\d+\.\d\d")
INVOICE = re.compile(r"BW-\d{5}")
STATUS = re.compile(r"[45]\.\d{1,3}\.\d{1,3}")
FIELDS_OF: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "wrong_contact": frozenset({"new_contact"}),
    "auto_reply": frozenset({"return_date"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
OptionalKey = Literal[
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
]
OPTIONAL_KEYS: tuple[OptionalKey, ...] = (
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


class CorpusError(Exception):
    """A message or a label breaks the corpus rules."""


def fail_if(condition: object, message: str) -> None:
    """Raise a CorpusError when ``condition`` holds."""
    if condition:
        raise CorpusError(message)


def check_headers(name: str, msg: Message) -> None:
    """Every header parses and decodes without defects."""
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        fail_if(msg[header] is None, f"{name}: no {header}")
    for header, value in msg.items():
        fail_if(getattr(value, "defects", ()), f"{name}: defective {header}")
        fail_if("=?" in str(value), f"{name}: {header} not decoded")


def check_message(name: str, data: bytes) -> None:
    """Parse a written message back and decode every text part."""
    msg = message_from_bytes(data, policy=policy.default)
    check_headers(name, msg)
    for part in msg.walk():
        fail_if(part.defects, f"{name}: {part.get_content_type()} has defects {part.defects}")
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            text = part.get_content()
            fail_if(
                not isinstance(text, str) or "\ufffd" in text,
                f"{name}: a text part does not decode",
            )


def check_sender(name: str, data: bytes, spec: Spec) -> None:
    """A reply's From display name decodes to what was written."""
    if not isinstance(spec, Reply):
        return
    msg = message_from_bytes(data, policy=policy.default)
    sender = msg["From"]
    decoded = sender.addresses[0].display_name if isinstance(sender, AddressHeader) else ""
    fail_if(decoded != spec.who[0], f"{name}: From decodes to {decoded!r}")


def check_label_shape(label: Label) -> None:
    """Keys, order and value formats of one label line."""
    name = label["file"]
    fail_if(tuple(label) != LABEL_KEYS, f"{name}: label keys {tuple(label)}")
    fail_if(
        label["intent"] not in INTENTS or label["language"] not in LANGS,
        f"{name}: intent or language",
    )
    allowed = FIELDS_OF.get(label["intent"], frozenset())
    for key in OPTIONAL_KEYS:
        fail_if(
            label[key] is not None and key not in allowed,
            f"{name}: {key} set for {label['intent']}",
        )
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        fail_if(value is not None and not ISO_DATE.fullmatch(value), f"{name}: bad {key}")
    amount = label["amount"]
    fail_if(amount is not None and not AMOUNT.fullmatch(amount), f"{name}: bad amount")
    fail_if((amount is None) != (label["currency"] is None), f"{name}: amount without currency")
    fail_if(label["currency"] not in {None, "EUR", "GBP", "USD"}, f"{name}: bad currency")
    contact = label["new_contact"]
    fail_if(
        contact is not None and (contact != contact.lower() or "@" not in contact),
        f"{name}: bad new_contact",
    )
    refs = label["invoice_refs"]
    fail_if(
        refs != sorted(set(refs)) or not all(INVOICE.fullmatch(x) for x in refs),
        f"{name}: bad invoice_refs",
    )
    check_bounce_shape(label)


def check_bounce_shape(label: Label) -> None:
    """Bounce fields are all set for bounces."""
    if label["intent"] != "bounce":
        return
    status = label["bounce_status"]
    fail_if(
        label["bounce_kind"] is None or label["failed_recipient"] is None,
        f"{label['file']}: bounce fields",
    )
    fail_if(status is None or not STATUS.fullmatch(status), f"{label['file']}: bad bounce_status")


def check_reply_facts(r: Reply) -> None:
    """Labelled dates sit on the right side of the message date; refs are in the text."""
    local = r.dt.date()
    fail_if(not FIRST_DAY <= local <= LAST_DAY, f"{r.key}: date out of range")
    f = r.facts
    fail_if(
        f.paid is not None and date.fromisoformat(f.paid) > local, f"{r.key}: paid in the future"
    )
    fail_if(
        f.promised is not None and date.fromisoformat(f.promised) < local,
        f"{r.key}: promise in the past",
    )
    fail_if(f.back is not None and date.fromisoformat(f.back) < local, f"{r.key}: back in the past")
    new_text = "\n".join(line for line in r.body.split("\n") if not line.startswith(">"))
    for ref in f.refs:
        fail_if(ref[3:] not in new_text, f"{r.key}: {ref} is not in the new text")
    fail_if(
        f.contact is not None and f.contact not in r.body.lower(),
        f"{r.key}: contact not in the text",
    )


def check_counts(labels: list[Label]) -> None:
    """Twelve per intent, every language in every intent, the planned language totals."""
    cells = Counter((x["intent"], x["language"]) for x in labels)
    for intent in INTENTS:
        fail_if(sum(cells[intent, lang] for lang in LANGS) != 12, f"{intent}: not 12 messages")
        fail_if(any(cells[intent, lang] == 0 for lang in LANGS), f"{intent}: a language is missing")
    totals = Counter(x["language"] for x in labels)
    fail_if(
        totals["en"] != 30 or any(totals[lang] != 18 for lang in LANGS[1:]),
        f"language totals {totals}",
    )
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    fail_if(kinds["hard"] != 6 or kinds["soft"] != 6, f"bounce kinds {kinds}")


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def count_table(labels: list[Label]) -> str:
    """The intent-by-language count table, in Markdown."""
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


def all_specs() -> list[Spec]:
    """Every message spec, in the shuffled order (a keyed hash with the seed) that numbers the files."""
    specs: list[Spec] = [*REPLIES, *BOUNCES]
    keys = [spec.key for spec in specs]
    fail_if(len(set(keys)) != len(keys), "duplicate keys")
    for reply in REPLIES:
        check_reply_facts(reply)
    specs.sort(key=lambda spec: digest(spec.key, f"order-{SEED}"))
    return specs


def write_all() -> list[Label]:
    """Write every .eml file and labels.jsonl; return the labels."""
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, spec in enumerate(all_specs(), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = build_message(spec).as_bytes()
        check_message(name, data)
        check_sender(name, data, spec)
        (HERE / name).write_bytes(data)
        label = label_for(spec, file=name)
        check_label_shape(label)
        labels.append(label)
    check_counts(labels)
    lines = "".join(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    (HERE / "labels.jsonl").write_text(lines, encoding="utf-8")
    return labels


def main() -> int:
    """Build the corpus and print the count table."""
    labels = write_all()
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    sys.stdout.write(
        f"{count_table(labels)}\n\n{len(labels)} messages; bounces: hard {kinds['hard']}, soft {kinds['soft']}\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
