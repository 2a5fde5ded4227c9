# ruff: noqa: C901, E501, PLR0917, RUF001
# (The second line stops a set-up that leaves E501 and RUF001 off from calling the first unused.)
# Message text is written one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and symbols that people and their clients really type.
"""Build held-out reply corpus 109: `h109-NNN.eml` files and `labels.jsonl`.

Every message could reach the receivables mailbox of Tessellate Flooring, a commercial flooring
supplier and fitter, after it sent an overdue-invoice reminder. The new text of each message is
written by hand below. The script adds only what a mail client or a mail server would add: the
quoted reminder in the client's layout and language, headers, MIME structure, charsets and
transfer encodings. Run it from anywhere: it rewrites every file beside itself, deterministically,
then parses each file back and checks the labels.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "tessellate-20290604"
PREFIX = "h109"
AR_NAME = "Tessellate Credit Control"
AR_ADDR = "credit@tessellate-floors.example"
AR_DOMAIN = "tessellate-floors.example"
UK = timezone(timedelta(hours=1))  # British Summer Time in June
CET = timezone(timedelta(hours=2))  # Central European Summer Time in June
FIRST_DAY = date(2029, 6, 4)
LAST_DAY = date(2029, 6, 29)
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
FIELDS = (
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
# The fields each intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
PER_INTENT = 12

# --------------------------------------------------------------------------------------------
# Locale tables for what the clients print around a reply
# --------------------------------------------------------------------------------------------

DAYS = {
    "en": (
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ),
    "de": (
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": (
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ),
    "it": (
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
    ),
}
DAYS_ABBR = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTHS = {
    "en": ("April", "May", "June", "July"),
    "de": ("April", "Mai", "Juni", "Juli"),
    "fr": ("avril", "mai", "juin", "juillet"),
    "es": ("abril", "mayo", "junio", "julio"),
    "nl": ("april", "mei", "juni", "juli"),
    "it": ("aprile", "maggio", "giugno", "luglio"),
}
MONTHS_ABBR = {
    "en": ("Apr", "May", "Jun", "Jul"),
    "de": ("Apr.", "Mai", "Juni", "Juli"),
    "fr": ("avr.", "mai", "juin", "juil."),
    "es": ("abr", "may", "jun", "jul"),
    "nl": ("apr", "mei", "jun", "jul"),
    "it": ("apr", "mag", "giu", "lug"),
}
FIRST_MONTH = 4  # the tables above start in April

# Attribution lines. Fields: {wd} {wda} {d} {dd} {mm} {mon} {mona} {y} {yy} {H} {HH} {MM} {h12} {ap} {name} {addr}
GMAIL_ATTR = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mon} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mon} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mona} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mon} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mm}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mm}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wd}, {d} {mon} {y} {HH}:{MM}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{MM}",
    "fr": "{wd} {d} {mon} {y} {HH}:{MM}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{MM}",
    "nl": "{wd} {d} {mon} {y} {HH}:{MM}",
    "it": "{wd} {d} {mon} {y} {HH}:{MM}",
}


@dataclass(frozen=True)
class OutlookWords:
    """The words Outlook prints above a quoted message, in one language."""

    separator: str
    sender: str
    sent: str
    to: str
    subject: str
    colon: str
    reply_prefix: str
    android: str


OUTLOOK_WORDS = {
    "en": OutlookWords(
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "RE: ",
        "Get Outlook for Android",
    ),
    "de": OutlookWords(
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "AW: ",
        "Outlook für Android herunterladen",
    ),
    "fr": OutlookWords(
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "RE : ",
        "Télécharger Outlook pour Android",
    ),
    "es": OutlookWords(
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "RE: ",
        "Obtener Outlook para Android",
    ),
    "nl": OutlookWords(
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "RE: ",
        "Outlook voor Android downloaden",
    ),
    "it": OutlookWords(
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "R: ",
        "Scarica Outlook per Android",
    ),
}
IPHONE_SIGNATURE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
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
# The reminder every reply answers (Tessellate's own wording, in the customer's language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Tessellate Flooring",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel : facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv}",
    "nl": "Herinnering – factuur {inv} vervallen",
    "it": "Promemoria di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our records show that the invoice below has passed its due date and is still unpaid.\n\n"
        "Invoice number: {inv}\nInvoice date: 27/04/2029\nDue date: 27/05/2029\nBalance due: {amt}\n\n"
        "If payment is already on its way, please reply with the date and your payment reference so that we can allocate it. If something about the job or the invoice is holding payment up, just reply to this e-mail and we will sort it out with you.\n\n"
        "Thank you,\n\n"
        "Credit Control\nTessellate Flooring Ltd\nUnit 9, Calder Park Industrial Estate, Wakefield\n"
        "credit@tessellate-floors.example · 0113 496 0310"
    ),
    "de": (
        "Guten Tag,\n\n"
        "bei der Durchsicht unserer Konten haben wir festgestellt, dass die folgende Rechnung noch offen ist:\n\n"
        "Rechnungsnummer: {inv}\nRechnungsdatum: 27.04.2029\nFällig seit: 27.05.2029\nOffener Betrag: {amt}\n\n"
        "Falls Sie bereits gezahlt haben, teilen Sie uns bitte kurz Zahlungsdatum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Gibt es einen Grund, weshalb die Rechnung noch nicht beglichen wurde, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Forderungsmanagement\nTessellate Flooring Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "N° de facture : {inv}\nDate de facture : 27/04/2029\nÉchéance : 27/05/2029\nMontant restant dû : {amt}\n\n"
        "Si le règlement est déjà parti, merci de nous indiquer sa date et sa référence afin que nous puissions le rapprocher. Si un point concernant la prestation ou la facture bloque le paiement, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service recouvrement\nTessellate Flooring Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le escribimos porque la siguiente factura ha superado su fecha de vencimiento y sigue pendiente de pago:\n\n"
        "N.º de factura: {inv}\nFecha de factura: 27/04/2029\nVencimiento: 27/05/2029\nImporte pendiente: {amt}\n\n"
        "Si ya ha efectuado el pago, le agradeceríamos que nos indicara la fecha y la referencia para poder conciliarlo. Si hay algún motivo que impida el pago, basta con responder a este correo.\n\n"
        "Un saludo,\n\n"
        "Departamento de cobros\nTessellate Flooring Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur inmiddels vervallen en nog niet betaald:\n\n"
        "Factuurnummer: {inv}\nFactuurdatum: 27-04-2029\nVervaldatum: 27-05-2029\nOpenstaand bedrag: {amt}\n\n"
        "Is de betaling al onderweg, laat ons dan de datum en het betalingskenmerk weten, zodat wij die kunnen verwerken. Is er een reden waarom de factuur nog openstaat, reageer dan gewoon op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nTessellate Flooring Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri controlli la fattura indicata di seguito risulta scaduta e non ancora saldata:\n\n"
        "Numero fattura: {inv}\nData fattura: 27/04/2029\nScadenza: 27/05/2029\nImporto da saldare: {amt}\n\n"
        "Se il pagamento è già stato effettuato, vi chiediamo cortesemente di indicarci data e riferimento, così da poterlo abbinare. Se c'è un motivo per cui la fattura non è ancora stata pagata, è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio crediti\nTessellate Flooring Ltd"
    ),
}
# What a Latin-1 client does to characters it cannot send.
LATIN1_SUBSTITUTES = {"–": "-", "€": "EUR", "’": "'", "…": "..."}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------

Person = tuple[str, str]


@dataclass(frozen=True)
class Reply:
    """One hand-written message in answer to a reminder, with who sent it, how, and its labels."""

    key: str
    intent: str
    lang: str
    sender: Person
    when: str
    style: str
    inv: str
    body: str
    labels: Mapping[str, object]
    amount: str = ""
    cur: str = ""
    zone: str = ""
    rlang: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    quote_to: Person | None = None
    attach: tuple[str, bytes] | None = None
    thread: bool = True

    @property
    def tz(self) -> timezone:
        """The sender's offset: British Summer Time for UK senders, CEST for everyone else."""
        if self.zone:
            return UK if self.zone == "uk" else CET
        return UK if self.lang == "en" else CET

    @property
    def dt(self) -> datetime:
        """The moment the message was sent, in the sender's own offset."""
        naive = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return naive.replace(second=number(self.key, "second", 0, 59), tzinfo=self.tz)

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def currency(self) -> str:
        """The invoice currency: sterling for UK accounts, euro for the others."""
        if self.cur:
            return self.cur
        return "GBP" if self.reminder_lang == "en" and self.tz is UK else "EUR"

    @property
    def invoice_amount(self) -> str:
        """The reminder's balance as a decimal string."""
        if self.amount:
            return self.amount
        cents = number(self.key, "amount", 48_000, 960_000)
        return f"{cents // 100}.{cents % 100:02d}"

    @property
    def latin(self) -> bool:
        """Whether the client sends a Latin-1 charset that lacks the euro sign and the dashes."""
        return self.charset == "iso-8859-1"


def lab(*refs: str, note: str | None = None, **fields: str) -> dict[str, object]:
    """Labels beyond intent and language; `refs` are the invoice numbers in the sender's new text."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown label fields: {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


def txt(text: str) -> str:
    """Hand-written text from an indented triple-quoted literal: dedented, no outer blank lines."""
    lines = text.strip("\n").split("\n")
    indent = min((len(x) - len(x.lstrip(" ")) for x in lines if x.strip()), default=0)
    return "\n".join(x[indent:].rstrip(" ") for x in lines).strip("\n")


# --------------------------------------------------------------------------------------------
# Small helpers: hashing, dates, money, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key, so nothing depends on the clock or on chance."""
    return hashlib.sha256(f"{SEED}/{salt}/{key}".encode()).digest()


def number(key: str, salt: str, low: int, high: int) -> int:
    """A stable integer in [low, high] derived from a key."""
    return low + int.from_bytes(digest(key, salt)[:8], "big") % (high - low + 1)


def token(key: str, salt: str, size: int, *, upper: bool = True) -> str:
    """A stable base32 token derived from a key."""
    raw = base64.b32encode(digest(key, salt)).decode().rstrip("=")[:size]
    return raw if upper else raw.lower()


def date_fields(lang: str, dt: datetime) -> dict[str, str]:
    """Every piece a client may print of a date, in one language."""
    month = dt.month - FIRST_MONTH
    return {
        "wd": DAYS[lang][dt.weekday()],
        "wda": DAYS_ABBR[lang][dt.weekday()],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mm": f"{dt.month:02d}",
        "mon": MONTHS[lang][month],
        "mona": MONTHS_ABBR[lang][month],
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "MM": f"{dt.minute:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ap": "AM" if dt.hour < 12 else "PM",
    }


def fill(template: str, lang: str, dt: datetime, name: str = AR_NAME, addr: str = AR_ADDR) -> str:
    """Fill a localised date template."""
    return template.format(**date_fields(lang, dt), name=name, addr=addr)


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in its language."""
    units, cents = amount.split(".")
    groups = f"{int(units):,}"
    symbol = "£" if currency == "GBP" else "€"
    if lang == "en":
        return f"{symbol}{groups}.{cents}"
    dotted = groups.replace(",", ".")
    if lang == "fr":
        return f"{groups.replace(',', ' ')},{cents} {symbol}"
    if lang in {"nl", "it"}:
        return f"{symbol} {dotted},{cents}"
    return f"{dotted},{cents} {symbol}"


def latin1(text: str) -> str:
    """The text as a Latin-1 client sends it."""
    for bad, good in LATIN1_SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


def quoted(text: str) -> str:
    """Quote text with '>' marks, the way most clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def flowed(text: str, width: int = 72) -> str:
    """Encode text as format=flowed (RFC 3676): soft breaks end in a space, quotes keep their '>'."""
    out: list[str] = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        rest = line[depth:]
        if depth:
            rest = rest.removeprefix(" ")
            prefix = ">" * depth + " "
        else:
            prefix = " " if rest.startswith((" ", "From ")) else ""
        rest = rest if rest == "-- " else rest.rstrip(" ")
        if not rest:
            out.append(prefix.rstrip(" ") if depth else "")
            continue
        words = rest.split(" ")
        current = words[0]
        for word in words[1:]:
            if len(prefix) + len(current) + 1 + len(word) > width:
                out.append(prefix + current + " ")
                current = word
            else:
                current += " " + word
        out.append(prefix + current)
    return "\n".join(out)


def html_divs(text: str) -> str:
    """Gmail's markup: one div a line, an empty line as <div><br></div>."""
    return "".join(
        f"<div>{html.escape(x, quote=False)}</div>" if x else "<div><br></div>"
        for x in text.split("\n")
    )


def html_paragraphs(text: str) -> str:
    """Paragraphs with line breaks, for quoted text inside HTML replies."""
    blocks = []
    for block in text.split("\n\n"):
        lines = "<br>\n".join(html.escape(x, quote=False) for x in block.split("\n"))
        blocks.append(f"<p>{lines}</p>")
    return "\n".join(blocks)


def mso(text: str) -> str:
    """Word's markup: one MsoNormal paragraph a line."""
    return "\n".join(
        f'<p class="MsoNormal">{html.escape(x, quote=False) if x else "&nbsp;"}<o:p></o:p></p>'
        for x in text.split("\n")
    )


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

TRANSFER = {"qp": cs.QP, "b64": cs.BASE64}
# Headers are written as built (encoded words are already folded); nothing is refolded.
OUTPUT = policy.compat32.clone(max_line_length=998)


def text_part(
    text: str, subtype: str, charset: str, cte: str, *, fmt_flowed: bool = False
) -> Message:
    """A text part with the client's charset and transfer encoding (qp, b64, 8bit or 7bit)."""
    text.encode(charset)  # fails loudly if the hand-written text does not fit the charset
    chars = cs.Charset(charset)
    chars.body_encoding = TRANSFER.get(cte)  # type: ignore[assignment]  # None: sent as 8bit/7bit
    part = Message()
    part["Content-Type"] = f"text/{subtype}"
    part.set_payload(text, chars)
    if fmt_flowed:
        part.set_param("format", "flowed")
    if cte == "7bit":
        del part["Content-Transfer-Encoding"]
        part["Content-Transfer-Encoding"] = "7bit"
    return part


def multipart(subtype: str, parts: list[Message], report_type: str = "") -> Message:
    """A multipart container (with its report-type for multipart/report)."""
    outer = MIMEMultipart(subtype)
    if report_type:
        outer.set_param("report-type", report_type)
    for part in parts:
        outer.attach(part)
    return outer


def encode_header(
    value: str, charset: str, header: str = "Subject", *, b_words: bool = False
) -> str:
    """Encode a header value as the client does.

    Plain ASCII stays as it is; anything else becomes RFC 2047 encoded words (Q, or B as Gmail
    writes them), folded to fit a 76-character line after the header's name.
    """
    if value.isascii():
        return value
    name = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(name)
    except UnicodeEncodeError:
        name = "utf-8"
    chars = cs.Charset(name)
    chars.header_encoding = cs.BASE64 if b_words else cs.QP
    return Header(value, chars, header_name=header).encode(maxlinelen=76)


def encode_address(person: Person, charset: str, *, b_words: bool = False) -> str:
    """A From/To/Cc value with the display name encoded when it is not ASCII."""
    name, addr = person
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, 'From', b_words=b_words)} <{addr}>"


def mime_headers_last(msg: Message) -> None:
    """Clients write the MIME headers after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def tidy_parts(part: Message, *, top: bool = True) -> None:
    """Only the top of a message (or of an embedded message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    elif "MIME-Version" not in part and "Content-Type" in part:
        part["MIME-Version"] = "1.0"
    if part.get_content_type() == "message/delivery-status":
        return
    payload = part.get_payload()
    if isinstance(payload, list):
        embedded = part.get_content_type() == "message/rfc822"
        for sub in payload:
            if isinstance(sub, Message):
                tidy_parts(sub, top=embedded)


def set_boundaries(msg: Message, key: str, prefix: str) -> None:
    """Fixed boundaries, shaped like the sending software's own."""
    containers = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(containers):
        if prefix == "000000000000":  # Gmail: twelve zeros and fourteen hex digits
            part.set_boundary(prefix + digest(key, f"boundary-{n}").hex()[:14])
        else:
            part.set_boundary(prefix + token(key, f"boundary-{n}", 26))


def finish(msg: Message, key: str, boundary_prefix: str) -> Message:
    """Put the headers in client order and fix the boundaries."""
    mime_headers_last(msg)
    tidy_parts(msg)
    mime_headers_last(msg)
    set_boundaries(msg, key, boundary_prefix)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    """The subject of Tessellate's reminder."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amount: str, currency: str) -> str:
    """The text of Tessellate's reminder."""
    return REMINDER_BODY[lang].format(inv=inv, amt=money(amount, currency, lang))


def reminder_msgid(key: str) -> str:
    """The Message-ID of the reminder a message answers."""
    return f"<rem.{token(key, 'reminder', 16, upper=False)}.{number(key, 'batch', 1000, 9999)}@{AR_DOMAIN}>"


def reminder_sent(r: Reply) -> datetime:
    """Return when the reminder left Tessellate, in UK time.

    That is a few minutes before an automatic answer, or one to three working days before a
    person's reply, just after nine in the morning.
    """
    if r.style == "none":
        return (r.dt - timedelta(minutes=number(r.key, "lag", 2, 6))).astimezone(UK)
    day = r.dt.astimezone(UK) - timedelta(days=number(r.key, "days", 1, 3))
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(
        hour=9,
        minute=number(r.key, "minute", 1, 14),
        second=number(r.key, "sec", 0, 59),
    )


def original_reminder(
    key: str, lang: str, inv: str, amount: str, currency: str, to: str, sent: datetime
) -> Message:
    """The reminder exactly as Tessellate sent it (returned inside delivery reports)."""
    msg = text_part(reminder_body(lang, inv, amount, currency), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = encode_header(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(key)
    msg["X-Mailer"] = "Tessellate Ledger 4.2 (dunning)"
    mime_headers_last(msg)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: Person


def make_quote(r: Reply) -> Quote:
    """Build the quoted reminder in the reply's charset and the client's language and time zone."""
    text = reminder_body(r.reminder_lang, r.inv, r.invoice_amount, r.currency)
    subject = reminder_subject(r.reminder_lang, r.inv)
    if r.latin:
        text, subject = latin1(text), latin1(subject)
    to = r.quote_to or r.sender
    return Quote(text, subject, reminder_sent(r).astimezone(r.tz), r.lang, to)


def outlook_lines(q: Quote) -> list[str]:
    """From/Sent/To/Subject, as Outlook prints them above the quoted message."""
    w = OUTLOOK_WORDS[q.lang]
    to = f"{q.to[0]} <{q.to[1]}>" if q.to[0] else q.to[1]
    return [
        f"{w.sender}{w.colon}{AR_NAME} <{AR_ADDR}>",
        f"{w.sent}{w.colon}{fill(OUTLOOK_SENT[q.lang], q.lang, q.sent)}",
        f"{w.to}{w.colon}{to}",
        f"{w.subject}{w.colon}{q.subject}",
    ]


def word_document(r: Reply, q: Quote) -> str:
    """Outlook's HTML: Word markup, the reply, the grey divider and the quoted reminder."""
    w = OUTLOOK_WORDS[q.lang]
    rows = []
    for line in outlook_lines(q):
        label, value = line.split(w.colon, 1)
        rows.append(f"<b>{html.escape(label)}{w.colon.rstrip()}</b> {html.escape(value)}")
    lang_attr = CONTENT_LANGUAGE[r.lang].upper()
    head = "<br>\n".join(rows)
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        '@font-face {font-family:"Aptos";}\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "a:link, span.MsoHyperlink {color:#467886; text-decoration:underline;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised 'Original Message' block."""
    block = "\n".join([OUTLOOK_WORDS[q.lang].separator, *outlook_lines(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop, HTML with a plain-text alternative."""
    plain = "\n".join([r.body, "", *outlook_lines(q), "", q.text, ""])
    return multipart(
        "alternative",
        [
            text_part(plain, "plain", r.charset, r.cte),
            text_part(word_document(r, q), "html", r.charset, r.cte),
        ],
    )


def style_html_only(r: Reply, q: Quote) -> Message:
    """Outlook configured to send HTML without a plain-text alternative."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: the signature line, a rule, the header block, base64."""
    block = "\n".join(outlook_lines(q))
    text = f"{r.body}\n\n{OUTLOOK_WORDS[q.lang].android}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's 'On … wrote:' line."""
    return fill(GMAIL_ATTR[q.lang], q.lang, q.sent)


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail on the web: plain and HTML alternatives, the quote in a gmail_quote blockquote."""
    attr = gmail_attribution(q)
    plain = f"{r.body}\n\n{attr}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_divs(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return multipart(
        "alternative",
        [
            text_part(plain, "plain", r.charset, r.cte),
            text_part(markup, "html", r.charset, r.cte),
        ],
    )


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    return text_part(
        f"{r.body}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def apple_attribution(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return fill(APPLE_ATTR[q.lang], q.lang, q.sent)


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text, the attribution above the quoted reminder."""
    return text_part(
        f"{r.body}\n\n{apple_attribution(q)}\n\n{quoted(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: the localised signature, then the quoted attribution and reminder."""
    original = f"{apple_attribution(q)}\n\n{q.text}"
    body = f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted(original)}\n"
    return text_part(body, "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text sent 8-bit."""
    attr = fill(THUNDERBIRD_ATTR[q.lang], q.lang, q.sent)
    body = flowed(f"{r.body}\n\n{attr}\n{quoted(q.text)}") + "\n"
    return text_part(body, "plain", r.charset, "8bit", fmt_flowed=True)


def style_notice(r: Reply, q: Quote) -> Message:
    """Automatic notices quote nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def advice_markup(text: str) -> str:
    """An accounts-payable system's HTML: paragraphs, and a table for column-aligned lines."""
    out = ['<html><body style="font-family:Arial,sans-serif;font-size:10pt">']
    table: list[list[str]] = []

    def flush() -> None:
        if table:
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">'
            )
            for n, row in enumerate(table):
                tag = "th" if n == 0 else "td"
                out.append(
                    "<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>"
                )
            out.append("</table>")
            table.clear()

    for block in text.split("\n\n"):
        lines = block.split("\n")
        if all(re.search(r"\S {2,}\S", x) for x in lines):
            table.extend([re.split(r" {2,}", x.strip()) for x in lines])
            continue
        flush()
        out.append("<p>" + "<br>".join(html.escape(x) for x in lines) + "</p>")
    flush()
    out.append("</body></html>\n")
    return "\n".join(out)


def style_advice(r: Reply, q: Quote) -> Message:
    """A remittance advice from an accounts-payable system: plain and HTML, no quote."""
    del q
    parts = [
        text_part(r.body + "\n", "plain", r.charset, r.cte),
        text_part(advice_markup(r.body), "html", r.charset, r.cte),
    ]
    return multipart("alternative", parts)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "none": style_notice,
    "advice": style_advice,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22F76)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
}
BOUNDARY_STYLE = {"gmail": "000000000000", "apple": "Apple-Mail=_", "advice": "=_ap_"}


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the sending client's."""
    domain = r.sender[1].split("@")[1]
    raw = digest(r.key, "message-id")
    if r.style.startswith("gmail"):
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:41]}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        host = token(r.key, "host", 4)
        return f"<{raw.hex().upper()[:40]}@{host}P192MB{number(r.key, 'mb', 1000, 9999)}.EURP192.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:24]}.{number(r.key, 'pid', 100, 999)}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject line: the client's reply prefix, or a hand-written subject."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_WORDS[q.lang].reply_prefix if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """Headers Exchange and Outlook add to every message."""
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
    return [
        ("Thread-Topic", encode_header(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body with a PDF attachment when the sender attached one."""
    if r.attach is None:
        return body
    name, data = r.attach
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    return multipart("mixed", [body, pdf])


def build_reply(r: Reply) -> Message:
    """The whole message as it arrives at the receivables mailbox."""
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    gmail = r.style.startswith("gmail")
    msg["From"] = encode_address(r.sender, r.charset, b_words=gmail)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    for name, value in r.headers:
        if name == "Cc":
            msg["Cc"] = value
    msg["Subject"] = encode_header(reply_subject(r, q), r.charset, "Subject", b_words=gmail)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.thread:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.style, ()), *r.headers]:
        if name != "Cc":
            msg[name] = value
    prefix = BOUNDARY_STYLE.get(r.style, "_000_" if r.style in OUTLOOK_FAMILY else "----=_Part_")
    return finish(msg, r.key, prefix)


PDF_PROOF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        "ps-en-out-of-office",
        "payment_sent",
        "en",
        ("Gareth Pryce", "gareth@pryce-interiors.example"),
        "2029-06-12 07:48",
        "iphone",
        "TF-290388",
        txt("""
            Out on a job in Swansea all week so only just seen this. I paid it off the banking app last night, £3,418.20, reference PRYCE INTERIORS. If it's not showing by Thursday give me a shout on the mobile

            Gareth
        """),
        lab(
            paid_date="2029-06-11",
            payment_reference="PRYCE INTERIORS",
            amount="3418.20",
            currency="GBP",
            note="a person's reply although the subject reads 'Out of office'; 'last night' is the day before Tue 12 June",
        ),
        amount="3418.20",
        subject="Out of office",
    ),
    Reply(
        "ps-en-one-word",
        "payment_sent",
        "en",
        ("Mo Rahman", "mo.rahman.lets@gmail.com"),
        "2029-06-07 21:14",
        "gmail_plain",
        "TF-290402",
        "Paid.",
        lab(note="one-word reply; no date given"),
    ),
    Reply(
        "ps-en-remittance",
        "payment_sent",
        "en",
        (
            "Halvergate Construction plc",
            "ap-remittances@halvergate-construction.example",
        ),
        "2029-06-13 05:02",
        "advice",
        "TF-290455",
        txt("""
            REMITTANCE ADVICE

            Payer: Halvergate Construction plc - Accounts Payable
            Payee: Tessellate Flooring Ltd (supplier no. 40117)
            Payment date: 13/06/2029
            Payment method: BACS
            Payment reference: HCP0098817

            Your invoice    Invoice date    Gross        Deduction    Paid
            TF-290412       12/04/2029      £8,940.00    £0.00        £8,940.00
            TF-290455       27/04/2029      £1,212.60    £0.00        £1,212.60

            Total paid: £10,152.60

            This advice has been generated automatically and this mailbox is not monitored. For queries about this payment please contact supplier.queries@halvergate-construction.example quoting your supplier number.
        """),
        lab(
            "TF-290412",
            "TF-290455",
            paid_date="2029-06-13",
            payment_reference="HCP0098817",
            amount="10152.60",
            currency="GBP",
            note="AP-system remittance advice for two invoices, one of them the reminded invoice; the total is the amount paid; the queries address is not a new contact",
        ),
        subject="Remittance advice - Halvergate Construction plc - payment HCP0098817",
        headers=(
            ("Auto-Submitted", "auto-generated"),
            ("X-Mailer", "LedgerFlow AP 7.2"),
        ),
        thread=False,
    ),
    Reply(
        "ps-de-paid-send-copy",
        "payment_sent",
        "de",
        ("Jürgen Weiß", "j.weiss@hv-weiss-immobilien.example"),
        "2029-06-19 10:22",
        "outlook_html",
        "TF-290533",
        txt("""
            Sehr geehrte Damen und Herren,

            die Rechnung TF-290533 über 2.184,00 EUR haben wir am Freitag überwiesen, die Zahlung müsste also inzwischen bei Ihnen eingegangen sein.

            Eine Bitte hätten wir noch: Für die Nebenkostenabrechnung der Eigentümergemeinschaft benötigen wir die Rechnung mit der Objektanschrift (Lindenstraße 14, Treppenhaus und Flure). Könnten Sie uns eine entsprechend ergänzte Kopie als PDF zusenden? Am Betrag ändert sich ja nichts.

            Mit freundlichen Grüßen

            Jürgen Weiß
            Hausverwaltung Weiß GmbH
        """),
        lab(
            "TF-290533",
            paid_date="2029-06-15",
            amount="2184.00",
            currency="EUR",
            note="paid, and asks for a copy with the property address: the payment claim wins; 'am Freitag' is Fri 15 June",
        ),
        amount="2184.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-fr-le-8",
        "payment_sent",
        "fr",
        ("Hélène Garnier", "h.garnier@creche-lesptitsloups.example"),
        "2029-06-11 09:05",
        "gmail",
        "TF-290571",
        txt("""
            Bonjour,

            Je pense que nos messages se sont croisés : la facture a été réglée par virement le 8, pour 1 560,00 €, avec la référence VIR0806-TESSELLATE. Vous devriez la voir apparaître sur votre relevé.

            Merci encore pour la pose dans la salle des moyens, les parents ont tous remarqué le nouveau sol !

            Bonne journée,
            Hélène Garnier
            Directrice – Crèche Les P'tits Loups
        """),
        lab(
            paid_date="2029-06-08",
            payment_reference="VIR0806-TESSELLATE",
            amount="1560.00",
            currency="EUR",
            note="'le 8' is Friday 8 June, before the message",
        ),
        amount="1560.00",
    ),
    Reply(
        "ps-fr-no-punctuation",
        "payment_sent",
        "fr",
        ("Karim Benali", "karim.benali.renov@gmail.com"),
        "2029-06-20 08:12",
        "iphone",
        "TF-290588",
        "virement fait ce matin désolé pour le retard j'étais sur un chantier à Lyon toute la semaine dernière",
        lab(
            paid_date="2029-06-20",
            note="mobile, no punctuation; 'ce matin' is the message date",
        ),
    ),
    Reply(
        "ps-es-rambling",
        "payment_sent",
        "es",
        ("Iñaki Etxeberria", "i.etxeberria@construcciones-txindoki.example"),
        "2029-06-26 13:40",
        "outlook",
        "TF-290619",
        txt("""
            Hola buenas,

            Te escribo rápido que estoy entre obra y obra. Lo primero, decirte que el suelo vinílico de la planta baja del centro de día ha quedado muy bien, la directora está encantada y ya nos han preguntado si podríais hacer también la segunda planta después del verano, así que igual os llama alguien de la residencia para pedir presupuesto. Lo de las juntas de la zona de enfermería al final lo arreglaron vuestros chicos el mismo día, así que por ahí todo bien.

            Sobre la factura, la transferencia la mandó Marisa desde administración el jueves pasado, creo que iba junto con otras dos de proveedores, así que si no la veis decídmelo y le pido el justificante. Nosotros en el banco ya la tenemos como cargada.

            Otra cosa, para la obra de Tolosa vamos a necesitar moqueta en losetas para unas oficinas, unos 240 m², ya te paso las medidas buenas cuando las tenga el arquitecto.

            Un abrazo,
            Iñaki
        """),
        lab(
            paid_date="2029-06-21",
            note="the payment is buried in the middle of a long message; 'el jueves pasado' is Thu 21 June",
        ),
        charset="windows-1252",
    ),
    Reply(
        "ps-es-proof-attached",
        "payment_sent",
        "es",
        ("Lucía Ferrándiz", "administracion@clinicadentalferrandiz.example"),
        "2029-06-08 11:20",
        "gmail",
        "TF-290634",
        txt("""
            Buenos días,

            Os adjunto el justificante de la transferencia que hicimos ayer por el importe total de la factura, 4.312,50 €. En el concepto pusimos el número de factura, TF-290634.

            Saludos cordiales,

            Lucía Ferrándiz
            Administración · Clínica Dental Ferrándiz
        """),
        lab(
            "TF-290634",
            paid_date="2029-06-07",
            amount="4312.50",
            currency="EUR",
            note="transfer proof attached as a PDF; 'ayer' is Thu 7 June; the invoice number used as the transfer concept is not a separate payment reference",
        ),
        amount="4312.50",
        attach=("justificante_transferencia.pdf", PDF_PROOF),
    ),
    Reply(
        "ps-nl-ap-specification",
        "payment_sent",
        "nl",
        ("Zorggroep Oosterlanden", "noreply-betalingen@zorggroep-oosterlanden.example"),
        "2029-06-06 06:30",
        "none",
        "TF-290601",
        txt("""
            Geachte relatie,

            Hierbij ontvangt u de specificatie van onze betaling van 05-06-2029.

            Crediteurnummer: 210384
            Betalingskenmerk: 2029-0611-210384

            Factuurnummer    Factuurdatum    Bedrag
            TF-290601        27-04-2029      € 6.870,00
            TF-290648        03-05-2029      € 1.045,35
                                             ----------
            Totaal betaald                   € 7.915,35

            Het bedrag wordt binnen één tot twee werkdagen bijgeschreven op uw rekening.

            Dit bericht is automatisch aangemaakt; antwoorden op dit adres worden niet gelezen. Vragen over deze betaling kunt u stellen via crediteuren@zorggroep-oosterlanden.example.

            Zorggroep Oosterlanden
            Financiële administratie
        """),
        lab(
            "TF-290601",
            "TF-290648",
            paid_date="2029-06-05",
            payment_reference="2029-0611-210384",
            amount="7915.35",
            currency="EUR",
            note="AP payment specification covering two invoices; paid on the date it states, the day before the message",
        ),
        subject="Betalingsspecificatie 2029-0611 - Tessellate Flooring Ltd",
        cte="b64",
        headers=(("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")),
        thread=False,
    ),
    Reply(
        "ps-nl-typos",
        "payment_sent",
        "nl",
        ("Sander Dekker", "sanderdekker82@gmail.com"),
        "2029-06-16 11:02",
        "iphone",
        "TF-290655",
        "is al lang betaald hoor, kijk nog ff goed na bij jullie boekhuoding. groet sander",
        lab(note="typos and no capitals; a payment claim without a date"),
    ),
    Reply(
        "ps-it-trn",
        "payment_sent",
        "it",
        ("Davide Colombo", "d.colombo@colombo-arredonegozi.example"),
        "2029-06-14 16:45",
        "android",
        "TF-290667",
        txt("""
            Buongiorno, il bonifico di € 2.950,00 è partito ieri pomeriggio, TRN 0306912877415203480160. Dovreste vederlo domani o dopodomani.
            Saluti
            Davide Colombo
        """),
        lab(
            paid_date="2029-06-13",
            payment_reference="0306912877415203480160",
            amount="2950.00",
            currency="EUR",
            note="'ieri' is Wed 13 June",
        ),
        amount="2950.00",
    ),
    Reply(
        "ps-it-public-body",
        "payment_sent",
        "it",
        ("Comune di Valsesco - Ragioneria", "ragioneria@comune.valsesco.example"),
        "2029-06-20 12:10",
        "outlook",
        "TF-290710",
        txt("""
            Spett.le Tessellate Flooring Ltd,

            in riscontro al Vostro sollecito, si comunica che con mandato di pagamento n. 1187 del 18/06/2029 è stata disposta la liquidazione della fattura TF-290710, relativa alla fornitura e posa di pavimentazione in PVC presso la Scuola Primaria "G. Rodari".

            L'accredito avverrà tramite il Tesoriere comunale nei tempi tecnici previsti.

            Distinti saluti

            Il Responsabile del Servizio Finanziario
            Dott.ssa Maria Grazia Tosi
            Comune di Valsesco
        """),
        lab(
            "TF-290710",
            paid_date="2029-06-18",
            payment_reference="1187",
            note="very formal public-body notice: the payment order (mandato n. 1187) was issued on 18 June, so the payment is out of the council's hands",
        ),
        charset="windows-1252",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-fridays-run",
        "promise_to_pay",
        "en",
        ("Claire Donnelly", "claire.donnelly@ashcombe-fm.example"),
        "2029-06-05 14:31",
        "outlook_html",
        "TF-290301",
        txt("""
            Hi,

            Thanks for the nudge. This one had been sitting with the contract manager for sign-off – it's now been approved and released for Friday's payment run, so you should see it in your account early next week.

            Kind regards,

            Claire Donnelly
            Purchase Ledger Assistant
            Ashcombe Facilities Management Ltd
        """),
        lab(
            promised_date="2029-06-08",
            note="past tense ('approved and released') announcing a payment in Friday's run, Fri 8 June",
        ),
        charset="windows-1252",
    ),
    Reply(
        "pp-en-not-yet",
        "promise_to_pay",
        "en",
        ("Bev Holloway", "finance@willowbankcare.example"),
        "2029-06-11 10:03",
        "gmail",
        "TF-290322",
        txt("""
            Hello,

            No, not paid yet I'm afraid. Our fees from the council come in at the end of each month and we pay our suppliers out of that, so this will go at the end of the month along with everything else.

            Sorry it's late – the new flooring in the lounge and dining room has made a real difference, and the residents with walking frames are much steadier on it.

            Best wishes,
            Bev Holloway
            Finance & Administration Manager
            Willowbank Care Home
        """),
        lab(
            promised_date="2029-06-30",
            note="'not paid yet' followed by a promise; 'the end of the month' is 30 June",
        ),
    ),
    Reply(
        "pp-en-all-caps",
        "promise_to_pay",
        "en",
        ("Dean Marsh", "dean@kestrel-shopfitting.example"),
        "2029-06-15 17:52",
        "android",
        "TF-290337",
        txt("""
            WILL BE PAID NEXT THURSDAY WHEN THE MAIN CONTRACTOR PAYS US. NOT IGNORING YOU JUST WAITING ON THEM
            DEAN
        """),
        lab(
            promised_date="2029-06-21",
            note="all caps from a phone; 'next Thursday' written on Fri 15 June is 21 June",
        ),
    ),
    Reply(
        "pp-de-kw27",
        "promise_to_pay",
        "de",
        ("Sabine Krüger", "s.krueger@bueroring-krueger.example"),
        "2029-06-21 09:40",
        "outlook",
        "TF-290746",
        txt("""
            Guten Morgen,

            vielen Dank für die Erinnerung. Die Rechnung ist bei uns geprüft, freigegeben und für den Zahlungslauf in KW 27 eingeplant.

            Mit freundlichen Grüßen
            Sabine Krüger
            Kreditorenbuchhaltung
            Büroring Krüger GmbH & Co. KG
        """),
        lab(
            promised_date="2029-07-02",
            note="'KW 27' resolved to the Monday of ISO week 27, 2 July 2029",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-bis-zum-15",
        "promise_to_pay",
        "de",
        ("Olaf Brandt", "info@tischlerei-brandt.example"),
        "2029-06-04 19:15",
        "thunderbird",
        "TF-290758",
        txt("""
            Hallo,

            ja, ich weiß, die ist überfällig. Der Bauherr hat mir die Abschlagszahlung erst für nächste Woche zugesagt. Sobald die da ist, überweise ich Ihnen den Betrag – spätestens bis zum 15.

            Gruß
            Olaf Brandt
            Tischlerei Brandt
        """),
        lab(
            promised_date="2029-06-15",
            note="'bis zum 15.' is 15 June; 'nächste Woche' is when the customer gets paid, not the promise",
        ),
    ),
    Reply(
        "pp-fr-fin-de-mois",
        "promise_to_pay",
        "fr",
        ("Nathalie Roussel", "compta.fournisseurs@groupe-vauclair.example"),
        "2029-06-13 15:22",
        "outlook_html",
        "TF-290771",
        txt("""
            Bonjour,

            Nous accusons réception de votre relance. La facture TF-290771 a bien été validée par notre service travaux ; elle sera réglée fin de mois, avec notre campagne de virements fournisseurs.

            Cordialement,

            Nathalie Roussel
            Comptabilité fournisseurs
            Groupe Vauclair
        """),
        lab("TF-290771", promised_date="2029-06-30", note="'fin de mois' is 30 June"),
        charset="windows-1252",
    ),
    Reply(
        "pp-es-finales-de-mes",
        "promise_to_pay",
        "es",
        ("Rocío Navarro", "rocio.navarro@gimnasiosvitalia.example"),
        "2029-06-07 12:48",
        "iphone",
        "TF-290783",
        "Hola, lo tenemos en cuenta, se paga a finales de mes junto con el resto de proveedores. Gracias",
        lab(promised_date="2029-06-30", note="'a finales de mes' is 30 June"),
    ),
    Reply(
        "pp-es-lunes-que-viene",
        "promise_to_pay",
        "es",
        ("Jordi Casals", "jordi@casals-interiorisme.example"),
        "2029-06-20 18:05",
        "gmail",
        "TF-290795",
        txt("""
            Hola,

            Perdona, se me pasó por completo con el cierre de la obra del hotel. El lunes que viene os hago la transferencia de los 3.980 euros sin falta.

            Saludos,
            Jordi Casals
            Casals Interiorisme
        """),
        lab(
            promised_date="2029-06-25",
            amount="3980.00",
            currency="EUR",
            note="'el lunes que viene' written on Wed 20 June is 25 June",
        ),
        amount="3980.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-nl-over-twee-weken",
        "promise_to_pay",
        "nl",
        ("Mark Verhoeven", "m.verhoeven@verhoeven-kantoorinrichting.example"),
        "2029-06-08 08:15",
        "android",
        "TF-290806",
        "Goedemorgen, we betalen deze over twee weken, dan hebben we de eindafrekening van het project binnen. Groet, Mark",
        lab(
            promised_date="2029-06-22",
            note="Dutch reply to an English reminder; 'over twee weken' is the message date plus 14 days",
        ),
        rlang="en",
        cur="EUR",
    ),
    Reply(
        "pp-nl-betaalrun",
        "promise_to_pay",
        "nl",
        ("Ilse de Graaf", "crediteuren@hogeschool-lindenhaeghe.example"),
        "2029-06-25 11:30",
        "apple",
        "TF-290818",
        txt("""
            Beste heer/mevrouw,

            De factuur is inmiddels goedgekeurd door de afdeling Huisvesting en staat ingepland voor de betaalrun van aanstaande donderdag.

            Met vriendelijke groet,

            Ilse de Graaf
            Crediteurenadministratie
            Hogeschool Lindenhaeghe
        """),
        lab(
            promised_date="2029-06-28",
            note="'goedgekeurd … ingepland' describes a future payment; 'aanstaande donderdag' from Mon 25 June is 28 June",
        ),
    ),
    Reply(
        "pp-it-fine-mese",
        "promise_to_pay",
        "it",
        ("Francesca Bellini", "f.bellini@studiobellini-architetti.example"),
        "2029-06-18 10:10",
        "gmail_plain",
        "TF-290829",
        txt("""
            Buongiorno,

            scusate il ritardo, la fattura verrà saldata entro fine mese.

            Cordiali saluti
            Francesca Bellini
        """),
        lab(promised_date="2029-06-30", note="'entro fine mese' is 30 June"),
    ),
    Reply(
        "pp-it-15-07",
        "promise_to_pay",
        "it",
        ("Roberto Esposito", "amministrazione@hotelmiramare-sorrento.example"),
        "2029-06-26 16:20",
        "outlook",
        "TF-290841",
        txt("""
            Gentili signori,

            come concordato telefonicamente con il vostro commerciale, sig. Hartley, il saldo della fattura verrà effettuato il 15/07, a chiusura del primo mese di stagione.

            Resto a disposizione.

            Roberto Esposito
            Amministrazione – Hotel Miramare
        """),
        lab(promised_date="2029-07-15", note="'il 15/07' in the Italian day/month order"),
        charset="windows-1252",
    ),
]

DISPUTE = [
    Reply(
        "d-en-paid-part",
        "dispute",
        "en",
        ("Sunita Rao", "sunita@raoandpartners.example"),
        "2029-06-13 13:05",
        "gmail",
        "TF-290466",
        txt("""
            Hi there,

            We've paid the carpet tile part of TF-290466 – £2,140.00 went out yesterday – but we won't be paying the remaining £1,380.00 for the resin floor in the kitchenette. It has cracked in three places along the doorway and one of the cracks has already started to lift. Your fitter came to look at it two weeks ago and said someone would be in touch, and nobody has been.

            Once it's been put right we'll pay the balance straight away.

            Sunita Rao
            Practice Manager
            Rao & Partners Chartered Accountants
        """),
        lab(
            "TF-290466",
            note="paid part and refuses the rest for defective work: dispute wins over the payment claim",
        ),
        amount="3520.00",
    ),
    Reply(
        "d-en-not-paid-because",
        "dispute",
        "en",
        ("Tony Wakefield", "tony@wakefieldprint.example"),
        "2029-06-04 09:41",
        "outlook",
        "TF-290479",
        txt("""
            Morning,

            We have NOT paid this because the job isn't finished. Your lads laid the warehouse office and the corridor, then left the staff toilets and the kitchen half done with the old lino still up, and nobody has been back since the 17th. I've had my own staff clearing up offcuts and adhesive tins.

            I'm not paying 100% of an invoice for 60% of a job. Get someone to ring me to arrange finishing it and we can talk about the bill then.

            Tony Wakefield
            Director, Wakefield Print & Pack Ltd
        """),
        lab(note="emphatic negation with the reason: unfinished work"),
        charset="windows-1252",
    ),
    Reply(
        "d-en-area-html",
        "dispute",
        "en",
        ("Joy Okafor", "bursar@stmarks-primary.example"),
        "2029-06-28 15:55",
        "html_only",
        "TF-290492",
        txt("""
            Dear Sir/Madam,

            Invoice TF-290492 charges for 420 m² of sports vinyl in the main hall. We have measured the hall ourselves, and our site plans agree: the floor area is 318 m². The quotation we accepted was also based on 320 m².

            We will not be processing this invoice until we receive a corrected invoice for the area actually laid. Please treat this as a formal query.

            Yours faithfully,

            Mrs J. Okafor
            School Business Manager
            St Mark's C of E Primary School
        """),
        lab(
            "TF-290492",
            note="quantity contested; the corrected invoice it asks for follows from the dispute; HTML-only message",
        ),
        amount="11340.00",
    ),
    Reply(
        "d-de-maengelruege",
        "dispute",
        "de",
        ("Petra Sommerfeld", "sommerfeld@sommerfeld-hausverwaltung.example"),
        "2029-06-05 11:12",
        "outlook_html",
        "TF-290855",
        txt("""
            Sehr geehrte Damen und Herren,

            zu Ihrer Zahlungserinnerung teilen wir Ihnen mit, dass wir die Rechnung TF-290855 derzeit nicht begleichen werden.

            Bei der Begehung am 29.05. wurde festgestellt, dass sich im Vinylbelag des Treppenhauses (EG bis 2. OG) an mehreren Stößen die Fugen geöffnet haben; zudem löst sich die Sockelleiste im 1. OG. Wir haben diese Mängel bereits am 30.05. per E-Mail an Ihren Bauleiter gemeldet, bislang ohne Reaktion.

            Bis zur vollständigen Mängelbeseitigung machen wir von unserem Zurückbehaltungsrecht Gebrauch. Bitte setzen Sie sich zur Terminabstimmung mit uns in Verbindung.

            Mit freundlichen Grüßen

            Petra Sommerfeld
            Sommerfeld Hausverwaltung GmbH
        """),
        lab(
            "TF-290855",
            note="formal defect notice with payment withheld until the defects are fixed",
        ),
        headers=(("X-Auto-Response-Suppress", "All"),),
    ),
    Reply(
        "d-de-price-vs-quote",
        "dispute",
        "de",
        ("Markus Öztürk", "markus.oeztuerk@fitlab-studios.example"),
        "2029-06-18 20:30",
        "gmail",
        "TF-290867",
        txt("""
            Hallo,

            ich habe mir die Rechnung nochmal angeschaut. Im Angebot vom März stand für den Sportboden 34,90 €/m², berechnet haben Sie 38,50 €/m². Bei 120 m² sind das über 400 € Unterschied. Den Preis aus dem Angebot zahlen wir gern, den Rest nicht.

            Schicken Sie mir bitte eine korrigierte Rechnung, dann überweise ich sofort.

            Viele Grüße
            Markus Öztürk
            FitLab Studios
        """),
        lab(
            note="price contested against the quote; German reply to an English reminder; the conditional payment is secondary"
        ),
        rlang="en",
        cur="EUR",
        amount="4620.00",
    ),
    Reply(
        "d-fr-reserves",
        "dispute",
        "fr",
        ("Laurent Michaud", "l.michaud@habitat-valdorge.example"),
        "2029-06-22 10:47",
        "outlook",
        "TF-290879",
        txt("""
            Madame, Monsieur,

            Nous faisons suite à votre relance concernant la facture TF-290879.

            Nous sommes au regret de vous informer que cette facture ne peut être mise en paiement : les travaux de revêtement de sol des halls A et B de la résidence Les Chênes n'ont pas fait l'objet d'une réception, et le procès-verbal n'a pas été signé en raison des réserves émises lors de la visite du 24 mai (décollement des plinthes, traces de colle sur le carrelage existant).

            Nous contestons donc l'exigibilité de cette facture tant que les réserves ne sont pas levées.

            Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

            Laurent Michaud
            Chargé d'opérations – Habitat Val d'Orge
        """),
        lab(
            "TF-290879",
            note="very formal: works not accepted, reservations outstanding",
        ),
        charset="windows-1252",
    ),
    Reply(
        "d-fr-informal-price",
        "dispute",
        "fr",
        ("Stéphane Morel", "stephane.morel.coiffure@gmail.com"),
        "2029-06-09 13:14",
        "iphone",
        "TF-290884",
        "bonjour c'est pas possible ce montant, on s'était mis d'accord sur 2800 pour tout le salon et là vous me mettez 3360, j'ai le devis sous les yeux. je paierai pas ça. rappelez moi au 06 39 98 41 27",
        lab(note="informal, barely punctuated, a Saturday; price contested against the quote"),
        amount="3360.00",
    ),
    Reply(
        "d-es-wrong-colour",
        "dispute",
        "es",
        ("Montserrat Vidal", "mvidal@escolaelpinar.example"),
        "2029-06-14 17:02",
        "thunderbird",
        "TF-290896",
        txt("""
            Buenas tardes:

            No hemos pagado la factura porque el pavimento de las dos aulas de infantil no es el que se eligió. En la muestra que nos dejó vuestro comercial el color era un gris claro y lo que se ha colocado es casi beige; en el aula 2, además, se nota una diferencia de tono entre dos rollos.

            Hasta que no se resuelva esto no vamos a tramitar el pago. Quedo a la espera de que nos digáis cómo lo solucionáis.

            Atentamente,
            Montserrat Vidal
            Secretaría - Escola El Pinar
        """),
        lab(note="negated payment with the reason: wrong colour laid"),
        charset="iso-8859-1",
    ),
    Reply(
        "d-nl-wrong-colour",
        "dispute",
        "nl",
        ("Femke Jansen", "f.jansen@jansen-makelaardij.example"),
        "2029-06-19 14:25",
        "outlook",
        "TF-290903",
        txt("""
            Goedemiddag,

            Wij gaan deze factuur niet betalen zoals die er nu ligt. De tapijttegels die in de vergaderruimte en op de eerste verdieping zijn gelegd, hebben niet de kleur die wij in de showroom hebben uitgekozen (antraciet), maar een veel lichtere grijstint. Dit is door uw monteur bij de oplevering ook erkend.

            Graag horen wij hoe u dit wilt oplossen.

            Met vriendelijke groet,
            Femke Jansen
            Jansen Makelaardij
        """),
        lab(note="refuses to pay: wrong colour of carpet tiles"),
    ),
    Reply(
        "d-nl-question-charge",
        "dispute",
        "nl",
        ("Pieter Bosman", "pieter@bosman-fysio.example"),
        "2029-06-27 21:40",
        "gmail",
        "TF-290915",
        txt("""
            Hoi,

            Waarom staan er twee keer voorrijkosten op deze factuur? Jullie monteur is maar één keer geweest, op 14 mei, en was in één dag klaar. Die tweede regel van € 95,00 klopt dus niet. Het restant betaal ik zodra jullie een aangepaste factuur sturen.

            Groet,
            Pieter Bosman
            Bosman Fysiotherapie
        """),
        lab(
            note="a question that contests one line of the invoice; the conditional payment of the rest is secondary"
        ),
    ),
    Reply(
        "d-it-rambling",
        "dispute",
        "it",
        ("Chiara Galli", "chiara@galli-boutique.example"),
        "2029-06-11 19:58",
        "outlook_html",
        "TF-290927",
        txt("""
            Buonasera,

            vi scrivo solo adesso perché sono state settimane pazzesche: abbiamo inaugurato il negozio di via Garibaldi il 1° giugno, con due giorni di ritardo per colpa dell'elettricista, e tra allestimento, vetrine e personale nuovo non ho avuto un attimo. Devo dire che il parquet in sala vendita è venuto benissimo e molti clienti ci hanno fatto i complimenti, quindi grazie ai vostri ragazzi che hanno lavorato anche il sabato.

            Il problema è il magazzino sul retro: la resina che avete steso ha fatto delle bolle in almeno quattro punti e vicino alla porta si sta già scrostando, con i carrelli è peggiorata in pochi giorni. Ho mandato le foto su WhatsApp al vostro geometra ma non ho avuto risposta. Finché non viene sistemata quella parte il saldo non ve lo paghiamo, mi sembra giusto.

            Fatemi sapere quando potete passare, preferibilmente di lunedì mattina che il negozio è chiuso.

            Un saluto,
            Chiara Galli
        """),
        lab(
            note="long message with the dispute in the middle; the praise and the visit request are secondary"
        ),
    ),
    Reply(
        "d-it-incomplete",
        "dispute",
        "it",
        ("Antonella Ruggiero", "dsga@icdantealighieri-lucca.example"),
        "2029-06-29 09:30",
        "apple",
        "TF-290939",
        txt("""
            Buongiorno,

            prima di procedere al pagamento segnalo che la fornitura non risulta completata: nelle aule 3B, 4A e 4B manca ancora il battiscopa e nel corridoio del primo piano restano due file di piastrelle da sostituire. Il collaudo non può essere firmato in queste condizioni, quindi la fattura è da considerarsi contestata fino al completamento dei lavori.

            Cordiali saluti,
            Antonella Ruggiero
            DSGA – Istituto Comprensivo "Dante Alighieri"
        """),
        lab(note="school: work incomplete, invoice formally contested"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-hardship",
        "payment_plan",
        "en",
        ("Kelly Bramwell", "kellybramwell.pt@gmail.com"),
        "2029-06-05 22:47",
        "gmail",
        "TF-290950",
        txt("""
            Hi,

            I'm really sorry this is late. I didn't want to just ignore your emails so I'll be honest with you. The studio has been quiet since January, a lot of members cancelled after the price rise, and then the landlord put the service charge up in April which I wasn't expecting. I've been paying everyone a bit at a time and I'm getting there.

            The floor you put in is brilliant and I do want to pay for it properly. Would you be able to accept £400 a month until it's cleared? I can set it up as a standing order for the 1st of each month starting in July. If you need something in writing from me just say.

            Thanks for being patient,
            Kelly
            Core Studio
        """),
        lab(
            note="hardship and a monthly instalment offer; the standing-order start is part of the plan, not a promised date"
        ),
        amount="2600.00",
    ),
    Reply(
        "pl-en-part-now",
        "payment_plan",
        "en",
        ("Andrew Fenwick", "accounts@fenwickjoinery.example"),
        "2029-06-22 11:55",
        "outlook_html",
        "TF-290962",
        txt("""
            Good morning,

            We've sent £2,000.00 today by BACS as a part payment against TF-290962. The balance of £1,745.80 will follow at the end of July, once our retention on the Harrogate school job is released.

            Hope that's acceptable – let me know if you need anything further.

            Regards,

            Andrew Fenwick
            Fenwick Joinery & Interiors Ltd
        """),
        lab(
            "TF-290962",
            note="part paid today and the rest at the end of July: payment_plan, not payment_sent",
        ),
        amount="3745.80",
        charset="windows-1252",
    ),
    Reply(
        "pl-en-more-time",
        "payment_plan",
        "en",
        ("Rhys Llewellyn", "rhys@llewellyn-contracts.example"),
        "2029-06-25 07:20",
        "iphone",
        "TF-290974",
        "Hi, any chance of another 30 days on this one? The academy trust still haven't paid our valuation and we're carrying a lot at the minute. Won't let it drift past that, promise.\n\nRhys",
        lab(
            note="asks for more time: payment_plan; 'another 30 days' is a request, not a promised date"
        ),
    ),
    Reply(
        "pl-de-raten",
        "payment_plan",
        "de",
        ("Heike Vogt", "h.vogt@kita-sonnenblume-ev.example"),
        "2029-06-13 16:05",
        "thunderbird",
        "TF-290986",
        txt("""
            Sehr geehrte Damen und Herren,

            leider ist unser Förderbescheid für die Sanierung später gekommen als geplant, und wir können den Rechnungsbetrag von 5.850,00 EUR nicht auf einmal aufbringen. Wäre es möglich, die Summe in drei Monatsraten zu je 1.950,00 EUR zu begleichen, die erste Ende Juni, die weiteren Ende Juli und Ende August?

            Über eine kurze Rückmeldung würden wir uns sehr freuen.

            Mit freundlichen Grüßen
            Heike Vogt
            Vorstand, Kita Sonnenblume e. V.
        """),
        lab(note="three monthly instalments proposed; the instalment dates are not labelled"),
        amount="5850.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-de-stundung-kw34",
        "payment_plan",
        "de",
        ("Ralf Hoffmann", "r.hoffmann@hoffmann-ladenbau.example"),
        "2029-06-26 08:50",
        "outlook",
        "TF-290998",
        txt("""
            Guten Tag,

            wir bitten um Stundung der Rechnung TF-290998 bis KW 34. Hintergrund ist, dass unser Auftraggeber die Schlussrechnung für das Projekt in Kassel erst nach der Abnahme Mitte August begleicht und wir derzeit einen Liquiditätsengpass haben.

            Wir würden uns freuen, wenn Sie dem zustimmen könnten.

            Mit freundlichen Grüßen
            Ralf Hoffmann
            Hoffmann Ladenbau GmbH
        """),
        lab(
            "TF-290998",
            note="deferral to 'KW 34' requested: more time is payment_plan, so no date is labelled",
        ),
    ),
    Reply(
        "pl-fr-echeancier-law-firm",
        "payment_plan",
        "fr",
        ("Émilie Lambert", "emilie.lambert@cabinet-lambert-avocats.example"),
        "2029-06-07 10:30",
        "gmail",
        "TF-291003",
        txt("""
            Bonjour,

            Suite à votre relance, je me permets de vous demander s'il serait possible d'étaler le règlement de cette facture sur trois mois (trois virements de 2 300 € en juin, juillet et août). Le cabinet a dû faire face à plusieurs dépenses imprévues liées au déménagement et notre trésorerie est un peu tendue en ce moment.

            Je vous remercie par avance de votre compréhension.

            Bien cordialement,

            Émilie Lambert
            Office manager – Cabinet Lambert Avocats
        """),
        lab(
            note="a law firm's office manager asks for instalments for its own fit-out; not a 'talk to our lawyer' reply"
        ),
        amount="6900.00",
    ),
    Reply(
        "pl-fr-part-now-android",
        "payment_plan",
        "fr",
        ("Yannick Le Goff", "yannick.legoff29@gmail.com"),
        "2029-06-18 12:40",
        "android",
        "TF-291015",
        "Bonjour, je peux vous faire un virement de 1000 € cette semaine et le reste mi-juillet, ça vous va ? La saison n'a pas encore vraiment commencé ici. Merci\nYannick",
        lab(note="part this week, the rest mid-July: payment_plan"),
        amount="2480.00",
    ),
    Reply(
        "pl-es-two-payments",
        "payment_plan",
        "es",
        ("Alberto Gil", "a.gil@grupohotelero-costanera.example"),
        "2029-06-06 13:15",
        "outlook_html",
        "TF-291027",
        txt("""
            Buenos días,

            Le escribo en relación con la factura TF-291027. ¿Sería posible fraccionar el pago en dos plazos? Podríamos abonar el 50 % esta semana y el 50 % restante a 30 días.

            Quedo a la espera de su confirmación.

            Un cordial saludo,

            Alberto Gil
            Departamento Financiero
            Grupo Hotelero Costanera
        """),
        lab("TF-291027", note="split into two payments"),
        amount="8240.00",
        charset="windows-1252",
    ),
    Reply(
        "pl-es-hardship",
        "payment_plan",
        "es",
        ("Paco Jiménez", "pacojimenez.reformas@gmail.com"),
        "2029-06-17 20:11",
        "gmail_plain",
        "TF-291039",
        txt("""
            Hola,

            Mira, te soy sincero, estoy pasando una mala racha. La obra del colegio de Alcalá me la están pagando a trozos y voy muy justo. No me olvido de vosotros, pero ahora mismo no puedo pagar los 1.860 de golpe.

            ¿Os parece bien si os voy pagando 300 € al mes hasta saldarlo? Empiezo el día 1 si me decís que sí.

            Un saludo y perdona las molestias,
            Paco
        """),
        lab(note="sole trader, hardship, monthly offer on a Sunday evening"),
        amount="1860.00",
    ),
    Reply(
        "pl-nl-termijnen",
        "payment_plan",
        "nl",
        ("Rob Smit", "r.smit@smit-kinderopvang.example"),
        "2029-06-21 15:48",
        "outlook_html",
        "TF-291040",
        txt("""
            Geachte heer, mevrouw,

            Naar aanleiding van uw herinnering het volgende. Door de verbouwing van onze locatie in Amersfoort hebben wij dit voorjaar flinke extra kosten gehad. De factuur van € 9.600,00 willen wij uiteraard voldoen, maar wij stellen voor dit in vier maandelijkse termijnen van € 2.400,00 te doen, ingaande juli.

            Wij horen graag of u hiermee akkoord gaat.

            Met vriendelijke groet,

            Rob Smit
            Directeur – Smit Kinderopvang
        """),
        lab(note="four monthly instalments proposed, formal"),
        amount="9600.00",
    ),
    Reply(
        "pl-it-rate",
        "payment_plan",
        "it",
        ("Giulia Marchetti", "g.marchetti@rsa-villaserena.example"),
        "2029-06-12 11:05",
        "outlook",
        "TF-291052",
        txt("""
            Spett.le Tessellate Flooring,

            in merito al vostro sollecito, vi chiediamo la disponibilità a rateizzare l'importo della fattura TF-291052 in tre rate mensili di pari importo, con scadenza a fine luglio, fine agosto e fine settembre. Il ritardo è dovuto al mancato trasferimento dei contributi regionali previsti per il primo semestre.

            Restiamo in attesa di un vostro riscontro.

            Distinti saluti
            Giulia Marchetti
            Ufficio Amministrazione - RSA Villa Serena
        """),
        lab(
            "TF-291052",
            note="three monthly instalments; care home waiting for regional funding",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-it-part-tomorrow",
        "payment_plan",
        "it",
        ("Luca Ferraro", "luca@ferraro-caffetteria.example"),
        "2029-06-28 22:15",
        "iphone",
        "TF-291064",
        "Ciao, vi mando 1.500 domani mattina e il resto entro fine luglio, adesso più di così non riesco. Scusate",
        lab(note="part tomorrow and the rest by the end of July: payment_plan, not promise_to_pay"),
        amount="3200.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-po-needed",
        "invoice_request",
        "en",
        ("Maaike van Dijk", "ap.suppliers@northvale-retail.example"),
        "2029-06-07 09:22",
        "outlook_html",
        "TF-291076",
        txt("""
            Dear Tessellate Flooring team,

            We are unable to process invoice TF-291076 as it does not show a valid Northvale purchase order number. All supplier invoices must quote a PO to be matched in our system.

            Please reissue the invoice with PO 4500238871 (store fit-out, Utrecht Centrum) and send it to this mailbox. As soon as the corrected invoice is received it will be scheduled for payment in the next run.

            Kind regards,

            Maaike van Dijk
            Accounts Payable – Northvale Retail B.V.
        """),
        lab(
            "TF-291076",
            note="needs a PO on the invoice before paying, amount not contested; English from a Dutch AP team, so CEST",
        ),
        zone="cet",
        cur="EUR",
        amount="7250.00",
        headers=(("X-Auto-Response-Suppress", "All"),),
    ),
    Reply(
        "ir-en-statement",
        "invoice_request",
        "en",
        ("Graham Pike", "graham.pike@pikeandsons-builders.example"),
        "2029-06-11 16:30",
        "gmail_plain",
        "TF-291088",
        txt("""
            Hi

            Can you send me a statement of our account please? I think a couple of these have been paid and one might have gone against the wrong job, I'd rather see everything in one place before I pay anything else.

            Cheers
            Graham
        """),
        lab(
            note="statement of account wanted before paying; 'I think a couple have been paid' is no claim for this invoice"
        ),
    ),
    Reply(
        "ir-en-bank-letter",
        "invoice_request",
        "en",
        (
            "Westbury Borough Council - Exchequer Services",
            "exchequer.payments@westbury-council.example",
        ),
        "2029-06-20 10:02",
        "html_only",
        "TF-291090",
        txt("""
            Dear Supplier,

            Thank you for your email regarding invoice TF-291090.

            Our records show that Tessellate Flooring Ltd is not yet fully set up on our supplier database. Before any payment can be released we require:

            1. a completed Supplier Details Form (sent with our purchase order), and
            2. confirmation of your bank details on company letterhead, signed by a director.

            On receipt of these documents the invoice will be paid in line with our 30-day payment terms. Please note that, for fraud-prevention reasons, we cannot accept bank details by e-mail alone.

            Yours faithfully,

            P. Adeyemi
            Exchequer Services
            Westbury Borough Council
        """),
        lab(
            "TF-291090",
            note="public body needs supplier set-up documents and bank details before paying; HTML-only",
        ),
        charset="windows-1252",
    ),
    Reply(
        "ir-de-xrechnung",
        "invoice_request",
        "de",
        ("Stadt Neuweiler - Rechnungseingang", "rechnungseingang@neuweiler.example"),
        "2029-06-12 13:30",
        "outlook",
        "TF-291101",
        txt("""
            Sehr geehrte Damen und Herren,

            die von Ihnen angemahnte Rechnung TF-291101 liegt uns lediglich als PDF vor. Rechnungen an die Stadtverwaltung können wir nur noch im Format XRechnung verarbeiten. Bitte übermitteln Sie die Rechnung erneut als XRechnung über das Rechnungseingangsportal und geben Sie dabei die Leitweg-ID 08317123-0001-45 an.

            Nach Eingang der elektronischen Rechnung wird die Zahlung umgehend angewiesen.

            Mit freundlichen Grüßen
            Im Auftrag
            Tobias Lindner
            Stadt Neuweiler - Zentrale Rechnungseingangsstelle
        """),
        lab(
            "TF-291101",
            note="public body needs the invoice as an e-invoice before paying",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-de-aufmass",
        "invoice_request",
        "de",
        ("Kerstin Bauer", "k.bauer@bauer-generalbau.example"),
        "2029-06-22 14:14",
        "gmail",
        "TF-291113",
        txt("""
            Hallo zusammen,

            bevor wir die Rechnung freigeben können, brauchen wir noch das unterschriebene Aufmaß und die Regieberichte für die Zusatzarbeiten im 2. OG. Ohne diese Unterlagen darf ich sie bei uns nicht zur Zahlung einreichen. Könnten Sie mir die bitte per Mail schicken?

            Danke und viele Grüße
            Kerstin Bauer
            Bauer Generalbau GmbH
        """),
        lab(note="site measurements and day-work sheets needed before paying; nothing contested"),
    ),
    Reply(
        "ir-fr-chorus-pro",
        "invoice_request",
        "fr",
        ("Sophie Delattre", "finances@mairie-staubin.example"),
        "2029-06-14 11:00",
        "outlook",
        "TF-291125",
        txt("""
            Bonjour,

            Nous avons bien reçu votre relance. Cependant, votre facture TF-291125 nous est parvenue par courriel ; or, en tant que collectivité, nous ne pouvons traiter que les factures déposées sur Chorus Pro.

            Pourriez-vous la déposer sur la plateforme en indiquant notre SIRET 217 100 000 00019 et le numéro d'engagement 2029-EJ-0412 ? Elle sera mise en paiement dès réception.

            Cordialement,
            Sophie Delattre
            Service finances – Mairie de Saint-Aubin-sur-Loire
        """),
        lab(
            "TF-291125",
            note="public body: the invoice must be filed on its e-invoicing portal before payment",
        ),
    ),
    Reply(
        "ir-fr-rib",
        "invoice_request",
        "fr",
        ("Nicolas Perrot", "nicolas@perrot-agencement.example"),
        "2029-06-26 18:45",
        "iphone",
        "TF-291137",
        "Bonsoir, je veux bien vous payer mais il me faut votre RIB, on a changé de logiciel compta et la fiche fournisseur est vide. Vous pouvez me l'envoyer ? Je fais le virement dans la foulée",
        lab(note="bank details needed before paying; the payment is conditional and undated"),
    ),
    Reply(
        "ir-es-wrong-company",
        "invoice_request",
        "es",
        ("María José Ortega", "mj.ortega@ortega-retail.example"),
        "2029-06-04 12:35",
        "outlook",
        "TF-291149",
        txt("""
            Buenos días:

            Hemos recibido su recordatorio, pero la factura TF-291149 está emitida a nombre de la matriz (Ortega Retail Holding, S.L.) y con su CIF, cuando la obra de la tienda de Valencia la contrató y la paga Ortega Retail Levante, S.L., CIF B98765432.

            ¿Podrían enviarnos una factura rectificada con los datos correctos? En cuanto la tengamos la pasamos a pago. El importe está conforme.

            Saludos cordiales,

            María José Ortega
            Administración - Ortega Retail Levante
        """),
        lab(
            "TF-291149",
            note="reissue to the right company, amount accepted: invoice_request, not dispute",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-delivery-note",
        "invoice_request",
        "es",
        ("Sergio Martín", "sergio.martin@residenciaelolivar.example"),
        "2029-06-27 10:20",
        "gmail",
        "TF-291151",
        txt("""
            Hola,

            ¿Me podéis mandar el albarán firmado de la instalación de la sala de estar? En contabilidad no pagan nada sin el albarán con la firma de recepción, y yo no encuentro nuestra copia.

            Gracias,
            Sergio
            Mantenimiento – Residencia El Olivar
        """),
        lab(note="signed delivery note needed before paying"),
    ),
    Reply(
        "ir-nl-order-number",
        "invoice_request",
        "nl",
        ("Anouk Visser", "facturen@campus-westerhaven.example"),
        "2029-06-05 10:40",
        "outlook_html",
        "TF-291163",
        txt("""
            Goedemorgen,

            Wij kunnen factuur TF-291163 helaas niet in behandeling nemen, omdat het inkoopordernummer ontbreekt. Wilt u de factuur opnieuw sturen met vermelding van ordernummer IO-2029-00871? Daarna wordt hij direct ingeboekt en meegenomen in de eerstvolgende betaling.

            Met vriendelijke groet,

            Anouk Visser
            Financiële Administratie – Campus Westerhaven
        """),
        lab("TF-291163", note="reissue with an order number before paying"),
        charset="windows-1252",
    ),
    Reply(
        "ir-nl-copy",
        "invoice_request",
        "nl",
        ("Jeroen van den Berg", "jeroen@bakkerij-vandenberg.example"),
        "2029-06-15 07:05",
        "android",
        "TF-291175",
        "Kun je de factuur nog een keer sturen? Ik kan hem nergens vinden in de mail. Dan betaal ik hem gelijk.\nJeroen",
        lab(note="copy of the invoice wanted; the payment is conditional on it"),
    ),
    Reply(
        "ir-it-copy-and-ddt",
        "invoice_request",
        "it",
        ("Elena Conti", "e.conti@conti-uffici.example"),
        "2029-06-13 09:50",
        "outlook",
        "TF-291187",
        txt("""
            Buongiorno,

            non riusciamo a trovare la fattura originale TF-291187 nel nostro gestionale: probabilmente è finita nello spam. Potreste rimandarcela in PDF insieme al documento di trasporto firmato in cantiere? Appena la registriamo procediamo con il pagamento, l'importo non è in discussione.

            Grazie, cordiali saluti

            Elena Conti
            Amministrazione – Conti Uffici S.r.l.
        """),
        lab(
            "TF-291187",
            note="copy and delivery document needed; amount explicitly not contested",
        ),
        charset="windows-1252",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-moved-role",
        "wrong_contact",
        "en",
        ("Helen Markham", "h.markham@brightwell-trust.example"),
        "2029-06-05 08:58",
        "outlook_html",
        "TF-291199",
        txt("""
            Good morning,

            I moved into the estates team at Easter and no longer deal with supplier payments. Please could you update your records and send anything about this invoice to our central finance team at finance@brightwell-trust.example – they'll be able to tell you where it is in the system.

            Many thanks,

            Helen Markham
            Estates Officer
            Brightwell Academy Trust
        """),
        lab(new_contact="finance@brightwell-trust.example"),
    ),
    Reply(
        "wc-en-redirect-phishing",
        "wrong_contact",
        "en",
        ("Marlow Dental Practice", "accounts@marlow-dental-practice.example"),
        "2029-06-18 06:12",
        "outlook",
        "TF-291202",
        txt("""
            Dear Tessellate Flooring,

            Please be advised that with immediate effect our accounts mailbox has been migrated. Kindly update your records and direct ALL invoices, statements and payment reminders for Marlow Dental Practice to our new accounts address: marlowdental.ap@gmail.com

            Do not send further correspondence to the old address as it is no longer monitored. Please confirm by return once your records have been updated.

            Regards,
            Accounts Department
            Marlow Dental Practice
        """),
        lab(
            new_contact="marlowdental.ap@gmail.com",
            note="phishing-like request from a look-alike domain to redirect collection mail to a free-mail address; labelled for what it asks, a person should verify it by phone",
        ),
        subject="URGENT: change of accounts contact - {rsub}",
        quote_to=("Practice Manager", "practice.manager@marlowdental.example"),
    ),
    Reply(
        "wc-en-architect",
        "wrong_contact",
        "en",
        ("Oliver Grant", "oliver@grant-architects.example"),
        "2029-06-21 12:12",
        "thunderbird",
        "TF-291214",
        txt("""
            Hello,

            I think this has come to me by mistake. I'm the architect on the Kingsgate office refurbishment, not the client, and your contract is with the main contractor. Invoices and any chasers should go to Dunmore Build's accounts team at accounts@dunmorebuild.example.

            Best regards,
            Oliver Grant
            Grant Associates Architects
        """),
        lab(new_contact="accounts@dunmorebuild.example"),
    ),
    Reply(
        "wc-de-school-office",
        "wrong_contact",
        "de",
        ("Monika Schulte", "sekretariat@grundschule-am-park-nordstetten.example"),
        "2029-06-13 10:18",
        "outlook_html",
        "TF-291226",
        txt("""
            Guten Tag,

            hier ist das Sekretariat der Grundschule am Park. Für Rechnungen sind wir leider nicht zuständig, die Zahlungen laufen über den Schulträger. Bitte wenden Sie sich an die Schulverwaltung der Stadt: schulverwaltung@stadt-nordstetten.example.

            Freundliche Grüße
            M. Schulte
            Sekretariat
        """),
        lab(new_contact="schulverwaltung@stadt-nordstetten.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-fr-left-post",
        "wrong_contact",
        "fr",
        ("Thierry Lemoine", "t.lemoine@ehpad-lestilleuls.example"),
        "2029-06-18 14:40",
        "outlook",
        "TF-291238",
        txt("""
            Bonjour,

            Je ne suis plus en charge de la gestion administrative de l'EHPAD depuis le mois de mars (j'ai rejoint un autre établissement du groupe). Merci d'adresser vos relances à Mme Perrin, qui a repris le dossier : comptabilite@ehpad-lestilleuls.example.

            Cordialement,
            Thierry Lemoine
        """),
        lab(new_contact="comptabilite@ehpad-lestilleuls.example"),
        charset="windows-1252",
    ),
    Reply(
        "wc-fr-private-person",
        "wrong_contact",
        "fr",
        ("Julie Moreau", "julie.moreau87@gmail.com"),
        "2029-06-10 11:25",
        "gmail",
        "TF-291240",
        txt("""
            Bonjour,

            Je crois que vous vous êtes trompés d'adresse : je suis une particulière, je n'ai jamais commandé de revêtement de sol chez vous et je ne connais pas votre entreprise. Merci de corriger votre fichier.

            Julie Moreau
        """),
        lab(
            note="wrong recipient altogether, no new address; French reply to an English reminder, on a Sunday"
        ),
        rlang="en",
        cur="EUR",
    ),
    Reply(
        "wc-es-left-company",
        "wrong_contact",
        "es",
        ("Raúl Domínguez", "raul.dominguez@reformasalbero.example"),
        "2029-06-08 17:30",
        "iphone",
        "TF-291252",
        "Hola, yo ya no trabajo en Reformas Albero desde el mes pasado. Escribid a administracion@reformasalbero.example que es quien lleva los pagos. Un saludo",
        lab(new_contact="administracion@reformasalbero.example"),
    ),
    Reply(
        "wc-es-mailbox-closed-auto",
        "wrong_contact",
        "es",
        ("Grupo Sánchez Retail", "compras.norte@gruposanchez-retail.example"),
        "2029-06-19 10:04",
        "none",
        "TF-291264",
        txt("""
            Este buzón ya no está operativo y los mensajes que recibe no se revisan.

            Para facturas y cuestiones de pago, escriba a facturas@gruposanchez-retail.example.
            Para pedidos y compras, a compras@gruposanchez-retail.example.

            Grupo Sánchez Retail
        """),
        lab(
            new_contact="facturas@gruposanchez-retail.example",
            note="automatic 'mailbox no longer in use' notice naming the invoices address: wrong_contact with that address",
        ),
        subject="Respuesta automática: {rsub}",
        headers=(("Auto-Submitted", "auto-replied"),),
    ),
    Reply(
        "wc-nl-central-address",
        "wrong_contact",
        "nl",
        ("Linda Mulder", "l.mulder@zorggroep-delinde.example"),
        "2029-06-06 13:50",
        "outlook",
        "TF-291276",
        txt("""
            Beste,

            Facturen en herinneringen kunnen niet naar de locaties worden gestuurd. Wilt u die voortaan naar ons centrale adres crediteuren@zorggroep-delinde.example mailen? Dan komen ze op de juiste plek terecht.

            Met vriendelijke groet,
            Linda Mulder
            Locatiemanager De Linde Oost
        """),
        lab(new_contact="crediteuren@zorggroep-delinde.example"),
    ),
    Reply(
        "wc-nl-shop-sold-mixed-case",
        "wrong_contact",
        "nl",
        ("Sanne de Wit", "sanne@dewit-wonen.example"),
        "2029-06-28 09:05",
        "gmail",
        "TF-291288",
        txt("""
            Goedemorgen,

            De winkel is per 1 mei overgenomen door Fenna Bakker, en volgens de overnameovereenkomst valt de verbouwing die jullie hebben gedaan onder de nieuwe eigenaar. Ik heb Fenna in de cc gezet. Haar mailadres is Fenna@Bakker-Wonen.example.

            Groetjes,
            Sanne de Wit
        """),
        lab(
            new_contact="fenna@bakker-wonen.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        headers=(("Cc", "Fenna Bakker <Fenna@Bakker-Wonen.example>"),),
    ),
    Reply(
        "wc-it-receptionist",
        "wrong_contact",
        "it",
        ("Marta Greco", "m.greco@studiodentisticorossi.example"),
        "2029-06-12 15:15",
        "android",
        "TF-291290",
        "Buongiorno, non sono la persona giusta, io mi occupo solo degli appuntamenti. Scrivete all'amministrazione: amministrazione@studiodentisticorossi.example\nGrazie",
        lab(new_contact="amministrazione@studiodentisticorossi.example"),
    ),
    Reply(
        "wc-it-retired",
        "wrong_contact",
        "it",
        (
            "Ufficio Tecnico Ferri Costruzioni",
            "ufficiotecnico@ferri-costruzioni.example",
        ),
        "2029-06-25 11:45",
        "outlook",
        "TF-291302",
        txt("""
            Buongiorno,

            il rag. Ferri, a cui era indirizzata la vostra comunicazione, è in pensione da aprile. Per tutto ciò che riguarda la contabilità fornitori vi preghiamo di scrivere d'ora in poi a fornitori@ferri-costruzioni.example.

            Cordiali saluti
            Geom. Paolo Neri
            Ferri Costruzioni S.p.A.
        """),
        lab(
            new_contact="fornitori@ferri-costruzioni.example",
            note="a colleague answers for a retired addressee from a shared mailbox",
        ),
        quote_to=("Rag. Giorgio Ferri", "g.ferri@ferri-costruzioni.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-promise-but-stop",
        "unsubscribe",
        "en",
        ("Darren Cole", "darren.cole@halcyon-offices.example"),
        "2029-06-06 07:02",
        "iphone",
        "TF-291314",
        "It'll be paid on the 15th like I told your colleague on the phone. Now please stop emailing me every single day about it, this is the fourth one this week.",
        lab(
            note="promise plus a stop request: unsubscribe beats everything but bounce, so the 15th is not labelled"
        ),
    ),
    Reply(
        "un-en-post-only",
        "unsubscribe",
        "en",
        ("Roger Pennington", "office@pennington-estates.example"),
        "2029-06-25 10:10",
        "gmail",
        "TF-291326",
        txt("""
            Dear Sirs,

            We do not deal with accounts matters by e-mail. Please send any invoices, statements or reminders to us by post at the address on your original order, and remove this address from your accounts mailings.

            Yours faithfully,

            R. Pennington
            Pennington Estates
        """),
        lab(note="'post only' → unsubscribe"),
    ),
    Reply(
        "un-en-solicitor",
        "unsubscribe",
        "en",
        ("Joanna Hale", "j.hale@kirkbyhale-law.example"),
        "2029-06-14 15:35",
        "outlook_html",
        "TF-291338",
        txt("""
            Dear Sirs,

            Our client: Harrow Lane Nurseries Ltd
            Your invoice: TF-291338

            We act for the above-named client, who has passed us your e-mail of earlier this week.

            Our client disputes this invoice in its entirety for the reasons set out in its letter to you of 21 May, to which it has received no substantive reply. Any further correspondence concerning this matter must be addressed to this firm and not to our client directly.

            Yours faithfully,

            Joanna Hale
            Partner
            Kirkby Hale LLP
        """),
        lab(
            "TF-291338",
            note="the client's solicitor writes: a dispute is stated, but 'correspond only with this firm' is a stop request and unsubscribe beats dispute",
        ),
        charset="windows-1252",
        quote_to=("Harrow Lane Nurseries", "accounts@harrowlane-nurseries.example"),
    ),
    Reply(
        "un-de-verteiler",
        "unsubscribe",
        "de",
        ("Bernd Kowalski", "info@kowalski-raumausstattung.example"),
        "2029-06-08 16:44",
        "thunderbird",
        "TF-291340",
        "Bitte nehmen Sie diese Adresse aus Ihrem Verteiler. Ich möchte keine weiteren Mahnungen per E-Mail erhalten.\n\nB. Kowalski",
        lab(),
    ),
    Reply(
        "un-de-anwalt",
        "unsubscribe",
        "de",
        ("Dr. Claudia Ahrens", "c.ahrens@ahrens-zahnaerzte.example"),
        "2029-06-28 18:20",
        "outlook",
        "TF-291352",
        txt("""
            Sehr geehrte Damen und Herren,

            in der Angelegenheit haben wir inzwischen Rechtsanwalt Dr. Heinemann (Kanzlei Heinemann & Roth, Bremen) mandatiert. Bitte richten Sie sämtliche weitere Korrespondenz ausschließlich an die Kanzlei und sehen Sie von direkten Kontaktaufnahmen mit unserer Praxis ab.

            Mit freundlichen Grüßen
            Dr. Claudia Ahrens
        """),
        lab(note="'only through our lawyer', no address → unsubscribe"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-fr-all-caps",
        "unsubscribe",
        "fr",
        ("P. Giraud", "giraud.menuiserie@gmail.com"),
        "2029-06-19 21:03",
        "iphone",
        "TF-291364",
        "ARRETEZ DE M ENVOYER CES MAILS. J AI DEJA DIT A VOTRE COMMERCIAL QUE JE REGLERAI QUAND LE CHANTIER SERA TERMINE.",
        lab(note="all caps without accents; the stop request beats the conditional payment"),
    ),
    Reply(
        "un-es-post-only",
        "unsubscribe",
        "es",
        ("Ana Belén Ruiz", "abruiz@notaria-ruiz-toledo.example"),
        "2029-06-12 12:00",
        "outlook",
        "TF-291376",
        txt("""
            Estimados señores:

            Les ruego que no nos remitan más recordatorios por correo electrónico. Cualquier comunicación relativa a facturas deberá enviarse por correo postal a la dirección de la notaría que figura en el presupuesto.

            Atentamente,

            Ana Belén Ruiz
            Oficial – Notaría Ruiz (Toledo)
        """),
        lab(note="'by post only' → unsubscribe; very formal"),
    ),
    Reply(
        "un-es-informal",
        "unsubscribe",
        "es",
        ("Dani Moreno", "dani.moreno.tarifa@gmail.com"),
        "2029-06-23 10:48",
        "gmail",
        "TF-291388",
        "Borradme de vuestra lista de correos porfa, ya os llamaré yo cuando pueda.",
        lab(note="informal removal request on a Saturday; 'ya os llamaré' is no commitment"),
    ),
    Reply(
        "un-nl-one-word",
        "unsubscribe",
        "nl",
        ("Kees van Dam", "kees@vandam-installatie.example"),
        "2029-06-04 13:37",
        "gmail_plain",
        "TF-291390",
        "Afmelden",
        lab(note="one word"),
    ),
    Reply(
        "un-nl-paid-stop",
        "unsubscribe",
        "nl",
        ("Ahmed El Idrissi", "ahmed@elidrissi-tandtechniek.example"),
        "2029-06-20 09:12",
        "iphone",
        "TF-291402",
        "Deze is al lang betaald, dat heb ik vorige week ook al gemaild. Stop nou eens met die herinneringen, ik wil er niks meer van ontvangen.",
        lab(note="payment claim plus a stop request: unsubscribe wins"),
    ),
    Reply(
        "un-it-phone-only",
        "unsubscribe",
        "it",
        ("Silvia Romano", "s.romano@romano-ottica.example"),
        "2029-06-07 14:05",
        "outlook",
        "TF-291414",
        txt("""
            Buongiorno,

            vi chiedo cortesemente di non inviare più solleciti a questo indirizzo, che è quello del negozio e lo leggono anche i dipendenti. Per le questioni amministrative contattatemi per telefono.

            Grazie,
            Silvia Romano
        """),
        lab(note="stop e-mailing, phone only: unsubscribe"),
    ),
    Reply(
        "un-it-lawyer",
        "unsubscribe",
        "it",
        ("Massimo Leone", "massimo.leone@leone-logistica.example"),
        "2029-06-26 17:50",
        "gmail",
        "TF-291426",
        txt("""
            Buonasera,

            la questione della pavimentazione del magazzino è ormai nelle mani del nostro legale, l'avv. Giordano del foro di Verona. D'ora in avanti vi prego di non contattarci più direttamente: ogni comunicazione dovrà passare da lui.

            Massimo Leone
            Leone Logistica S.r.l.
        """),
        lab(note="'talk to our lawyer', no address → unsubscribe"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-until-friday",
        "auto_reply",
        "en",
        ("Priya Nair", "priya.nair@castlegate-properties.example"),
        "2029-06-11 09:15",
        "none",
        "TF-291438",
        txt("""
            Thank you for your email. I am out of the office until Friday 15 June with limited access to email.

            For anything urgent please call the Castlegate Properties main office on 0113 496 0123.

            Priya Nair
        """),
        lab(return_date="2029-06-15", note="'until X' → X itself"),
        subject="Automatic reply: {rsub}",
        headers=(
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
        ),
    ),
    Reply(
        "ar-en-ticket",
        "auto_reply",
        "en",
        ("Apex FM Finance", "helpdesk@apexfm-services.example"),
        "2029-06-21 09:06",
        "none",
        "TF-291440",
        txt("""
            Hello,

            Thank you for contacting Apex FM Finance. This is an automated message to confirm that we have received your email and a ticket has been opened for it.

            Ticket reference: 48213
            Queue: Supplier Accounts
            Priority: Normal

            A member of the team will respond within 5 working days. Please keep the ticket reference in the subject line if you need to write to us again about this matter.

            Apex FM Services – Finance Shared Service Centre
        """),
        lab(note="ticket-system acknowledgement carrying only 'Precedence: bulk'"),
        subject="[##48213##] Request received: {rsub}",
        headers=(("Precedence", "bulk"),),
    ),
    Reply(
        "ar-en-annual-leave",
        "auto_reply",
        "en",
        ("Chris Ogunleye", "c.ogunleye@meridian-schools.example"),
        "2029-06-27 09:07",
        "none",
        "TF-291450",
        txt("""
            Hi,

            I'm on annual leave and will be back in the office on Monday 2nd July. Your email will not be forwarded.

            If your message is about an order or a delivery, please contact estates@meridian-schools.example.

            Thanks,
            Chris
        """),
        lab(
            return_date="2029-07-02",
            note="the colleague address in an auto-reply does not set new_contact",
        ),
        subject="Out of Office: {rsub}",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")),
    ),
    Reply(
        "ar-de-urlaub",
        "auto_reply",
        "de",
        ("Andreas Keller", "a.keller@keller-objektbau.example"),
        "2029-06-06 10:04",
        "none",
        "TF-291462",
        txt("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 8. Juni, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 11. Juni, bin ich wieder erreichbar.

            Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 0711 555 3170.

            Mit freundlichen Grüßen
            Andreas Keller
        """),
        lab(
            return_date="2029-06-11",
            note="'ab Montag, 11. Juni, wieder erreichbar' wins over 'bis einschließlich 8. Juni'",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(("Auto-Submitted", "auto-replied"),),
    ),
    Reply(
        "ar-de-kw26",
        "auto_reply",
        "de",
        ("Lars Schneider", "lars@schneider-trockenbau.example"),
        "2029-06-19 10:07",
        "none",
        "TF-291474",
        txt("""
            Hallo,

            ich bin in KW 25 auf Montage und lese meine Mails nur unregelmäßig. Ab KW 26 bin ich wieder im Büro und melde mich dann.

            Gruß
            Lars Schneider
        """),
        lab(
            return_date="2029-06-25",
            note="'ab KW 26' resolved to its Monday; only X-Autoreply marks it as automatic",
        ),
        subject="Abwesend: {rsub}",
        charset="iso-8859-1",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-fr-conges",
        "auto_reply",
        "fr",
        ("Isabelle Fournier", "i.fournier@fournier-immobilier.example"),
        "2029-06-25 10:06",
        "none",
        "TF-291486",
        txt("""
            Bonjour,

            Je suis en congés du 25 juin au 6 juillet inclus. Je serai de retour le lundi 9 juillet et traiterai votre message à mon retour.

            Pour toute demande urgente, vous pouvez joindre l'agence au 04 65 71 32 18.

            Cordialement,
            Isabelle Fournier
        """),
        lab(
            return_date="2029-07-09",
            note="the stated day back wins over 'jusqu'au 6 juillet inclus'",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(("Auto-Submitted", "auto-replied"),),
    ),
    Reply(
        "ar-fr-ticket",
        "auto_reply",
        "fr",
        (
            "Maisons Dorval - Relations Fournisseurs",
            "fournisseurs@maisons-dorval.example",
        ),
        "2029-06-14 10:11",
        "none",
        "TF-291498",
        txt("""
            Bonjour,

            Nous vous confirmons la bonne réception de votre message, enregistré sous le numéro 2029-061487.

            Notre service traite les demandes dans un délai de cinq jours ouvrés. Merci de ne pas répondre à ce message automatique et de rappeler ce numéro dans toute correspondance.

            Le service Relations Fournisseurs
            Maisons Dorval
        """),
        lab(note="ticket acknowledgement with only 'Precedence: auto_reply'"),
        subject="Accusé de réception - demande n° 2029-061487",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-es-hasta",
        "auto_reply",
        "es",
        ("Carmen Delgado", "c.delgado@delgado-arquitectura.example"),
        "2029-06-14 10:08",
        "none",
        "TF-291500",
        txt("""
            Gracias por su mensaje.

            Estaré fuera de la oficina hasta el 25 de junio, sin acceso regular al correo. Atenderé su mensaje a mi vuelta.

            Para asuntos urgentes, pueden llamar al estudio al 960 00 00 00.

            Un saludo,
            Carmen Delgado
        """),
        lab(return_date="2029-06-25", note="'hasta X' → X itself"),
        subject="Respuesta automática: {rsub}",
        charset="iso-8859-1",
        headers=(("Auto-Submitted", "auto-replied"),),
    ),
    Reply(
        "ar-nl-vakantie",
        "auto_reply",
        "nl",
        ("Thijs Vermeulen", "t.vermeulen@vermeulen-vastgoed.example"),
        "2029-06-11 10:09",
        "none",
        "TF-291512",
        txt("""
            Goedendag,

            Ik ben tot en met vrijdag 15 juni met vakantie en vanaf maandag 18 juni weer aanwezig. Uw e-mail wordt niet doorgestuurd.

            Met vriendelijke groet,
            Thijs Vermeulen
        """),
        lab(
            return_date="2029-06-18",
            note="'vanaf maandag 18 juni weer aanwezig' wins over 't/m 15 juni'",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(("Auto-Submitted", "auto-replied"),),
    ),
    Reply(
        "ar-nl-receipt",
        "auto_reply",
        "nl",
        (
            "Stichting Scholengroep Rijnland",
            "administratie@scholengroep-rijnland.example",
        ),
        "2029-06-07 10:03",
        "none",
        "TF-291524",
        txt("""
            Geachte afzender,

            Hartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar u binnen drie werkdagen te antwoorden.

            Dit is een automatisch gegenereerd bericht.

            Met vriendelijke groet,
            Financiële Administratie
            Stichting Scholengroep Rijnland
        """),
        lab(note="receipt acknowledgement, no return date; only X-Autoreply"),
        subject="Ontvangstbevestiging: {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-it-fino-al",
        "auto_reply",
        "it",
        ("Valentina Moretti", "v.moretti@moretti-interni.example"),
        "2029-06-18 10:05",
        "none",
        "TF-291536",
        txt("""
            Buongiorno,

            sono fuori ufficio fino al 29 giugno con accesso limitato alla posta elettronica. Per questioni amministrative potete scrivere alla collega Sara Villa (s.villa@moretti-interni.example).

            Cordiali saluti
            Valentina Moretti
        """),
        lab(
            return_date="2029-06-29",
            note="'fino al X' → X itself; the colleague's address does not set new_contact",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(("Auto-Submitted", "auto-replied"),),
    ),
    Reply(
        "ar-it-school-office",
        "auto_reply",
        "it",
        ('Segreteria Liceo "E. Fermi"', "segreteria@liceofermi-ancona.example"),
        "2029-06-27 10:12",
        "none",
        "TF-291548",
        txt("""
            Questa è una risposta automatica.

            Durante il periodo degli esami di Stato gli uffici di segreteria ricevono solo su appuntamento e le e-mail vengono evase con tempi più lunghi del consueto. La ringraziamo per la pazienza: il suo messaggio sarà preso in carico appena possibile.

            Segreteria amministrativa
            Liceo Scientifico "E. Fermi"
        """),
        lab(
            note="autoresponder with a plain 'R:' subject and only 'Precedence: bulk'; no return date"
        ),
        subject="R: {rsub}",
        headers=(("Precedence", "bulk"),),
    ),
]

OTHER = [
    Reply(
        "o-en-did-we-not-pay",
        "other",
        "en",
        ("Karen Doyle", "karen.doyle@doylelettings.example"),
        "2029-06-19 12:44",
        "outlook",
        "TF-291550",
        txt("""
            Hi,

            Did we not pay this already? I was sure Mike sorted all the Tessellate invoices in May when he did the big supplier run. Can you check your end before I start digging through the bank statements?

            Karen
        """),
        lab(note="a question, not a payment claim; asks the collector to check"),
        charset="windows-1252",
    ),
    Reply(
        "o-en-ok",
        "other",
        "en",
        ("Steve Hartigan", "steve.hartigan@gmail.com"),
        "2029-06-08 18:22",
        "iphone",
        "TF-291562",
        "ok",
        lab(note="one-word acknowledgement; no commitment"),
    ),
    Reply(
        "o-en-is-this-genuine",
        "other",
        "en",
        ("Natalie Briggs", "natalie@briggsandco-hair.example"),
        "2029-06-04 16:08",
        "gmail",
        "TF-291574",
        txt("""
            Hi,

            Sorry but is this genuine? We've had two fake invoices this month already, and I'm not sure which job this would be for. I'll ring the number on your website tomorrow to check before I do anything.

            Natalie
        """),
        lab(note="suspicion; a person should call back"),
    ),
    Reply(
        "o-de-passed-on",
        "other",
        "de",
        ("Claudia Berger", "c.berger@berger-steuerberatung.example"),
        "2029-06-07 08:45",
        "outlook_html",
        "TF-291586",
        txt("""
            Guten Morgen,

            danke für den Hinweis, ich habe die Erinnerung an unsere Buchhaltung weitergegeben.

            Viele Grüße
            Claudia Berger
        """),
        lab(note="acknowledgement; passing it on internally is no new contact"),
    ),
    Reply(
        "o-de-leftover-tiles",
        "other",
        "de",
        ("Uwe Hartmann", "uwe.hartmann@hartmann-objekteinrichtung.example"),
        "2029-06-15 13:25",
        "apple",
        "TF-291598",
        txt("""
            Hallo,

            kurze Frage nebenbei: Liegen die übrig gebliebenen Teppichfliesen vom Projekt am Hafen noch bei Ihnen im Lager? Wir bräuchten für den Mieterwechsel im 3. OG ungefähr 40 m² davon, dann würde ich die gern abholen lassen.

            Gruß
            Uwe Hartmann
        """),
        lab(note="stock question in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "o-fr-back-from-site",
        "other",
        "fr",
        ("Mathieu Rousseau", "mathieu@rousseau-batiment.example"),
        "2029-06-05 19:50",
        "android",
        "TF-291600",
        "Bien reçu, je regarde ça à mon retour de chantier et je vous redis.\nMathieu",
        lab(note="acknowledgement; 'je vous redis' is no commitment"),
    ),
    Reply(
        "o-fr-insolvency",
        "other",
        "fr",
        ("Véronique Blanchard", "v.blanchard@atelier-blanchard.example"),
        "2029-06-12 10:15",
        "outlook",
        "TF-291612",
        txt("""
            Madame, Monsieur,

            Nous vous informons que, par jugement du tribunal de commerce de Nantes en date du 3 juin 2029, la société Atelier Blanchard a été placée en redressement judiciaire. Me Arnaud Lefèvre a été désigné en qualité de mandataire judiciaire.

            Conformément à la procédure, nous ne sommes plus autorisés à régler les dettes nées avant le jugement. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire dans un délai de deux mois à compter de la publication au BODACC.

            Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

            Véronique Blanchard
            Gérante
        """),
        lab(
            note="insolvency notice: the claim must be filed with the court-appointed administrator; not a dispute, a stop request or a new contact, so a person reads it"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "o-es-did-we-not-pay",
        "other",
        "es",
        ("Beatriz Soler", "bsoler@soler-asesores.example"),
        "2029-06-19 11:58",
        "gmail",
        "TF-291624",
        txt("""
            Hola,

            ¿Esta no la habíamos pagado ya? Juraría que salió en la remesa de mayo. ¿Podéis mirar si os consta algún ingreso nuestro de esas fechas?

            Gracias,
            Beatriz
        """),
        lab(note="a question whether it was paid; no claim"),
    ),
    Reply(
        "o-es-received",
        "other",
        "es",
        ("Manuel García", "gerencia@residencia-sanroque.example"),
        "2029-06-29 13:03",
        "iphone",
        "TF-291636",
        "Recibido, gracias.",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "o-nl-will-come-back",
        "other",
        "nl",
        ("Ruud Peters", "r.peters@peters-advies.example"),
        "2029-06-13 17:10",
        "outlook_html",
        "TF-291648",
        txt("""
            Hallo,

            Ontvangen, dank u. Ik moet even uitzoeken hoe dit zit en kom er volgende week bij u op terug.

            Groet,
            Ruud Peters
        """),
        lab(note="acknowledgement; 'volgende week' promises an answer, not a payment"),
        charset="windows-1252",
    ),
    Reply(
        "o-nl-new-quote",
        "other",
        "nl",
        ("Eva Kuipers", "eva@kuipers-yoga.example"),
        "2029-06-22 12:20",
        "thunderbird",
        "TF-291650",
        txt("""
            Hoi,

            Los van de factuur: zouden jullie ook een offerte kunnen maken voor de tweede zaal boven? Dat is ongeveer 65 m², dezelfde kurkvloer als beneden. Liefst na de zomer, dan is het hier rustig.

            Groetjes,
            Eva Kuipers
            Kuipers Yoga
        """),
        lab(note="request for a new quote in the reminder thread; nothing about paying"),
    ),
    Reply(
        "o-it-owner-away",
        "other",
        "it",
        ("Sara Bianchi", "info@calzature-bianchi.example"),
        "2029-06-21 16:40",
        "gmail",
        "TF-291662",
        "Buongiorno, ricevuto. Il titolare è in ferie, al suo rientro gli giro la vostra mail e vi farà sapere lui.\nSaluti\nSara",
        lab(
            note="a shop assistant acknowledges; passing it on is no new contact and gives no date"
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
# Delivery reports: machine skeletons, human-readable parts written out one by one
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; `lang` is the language of its notice."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    inv: str
    build: str
    note: str | None = None
    zone: str = "cet"
    amount: str = field(default="1875.40")

    @property
    def dt(self) -> datetime:
        """When the report was generated, in the reporting server's offset."""
        naive = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return naive.replace(
            second=number(self.key, "second", 0, 59),
            tzinfo=UK if self.zone == "uk" else CET,
        )

    @property
    def rlang(self) -> str:
        """The reminder went out in the customer's language (English for UK customers)."""
        return self.lang if self.zone == "cet" else "en"

    @property
    def currency(self) -> str:
        """Sterling for UK accounts, euro for the others."""
        return "GBP" if self.zone == "uk" else "EUR"

    @property
    def sent(self) -> datetime:
        """When Tessellate sent the reminder (UK time)."""
        lag = (
            timedelta(hours=4)
            if self.status.startswith("4")
            else timedelta(minutes=number(self.key, "lag", 1, 4))
        )
        return (self.dt - lag).astimezone(UK)

    def reminder(self) -> Message:
        """The reminder that could not be delivered."""
        return original_reminder(
            self.key,
            self.rlang,
            self.inv,
            self.amount,
            self.currency,
            self.rcpt,
            self.sent,
        )

    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.rlang, self.inv)

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """A message/delivery-status part (RFC 3464)."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent.astimezone(b.dt.tzinfo))}\n"
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(lines) + "\n")]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """The reminder's headers as a text/rfc822-headers part."""
    text = "".join(f"{k}: {v}\n" for k, v in b.reminder().items())
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def returned_inline(b: Bounce, host: str) -> str:
    """The reminder as a non-MIME notice pastes it below its text, with the receiving host's trace."""
    received = (
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: from mail.{AR_DOMAIN} (mail.{AR_DOMAIN} [198.51.100.17])\n"
        f"\tby {host} with ESMTPS; {format_datetime(b.sent)}\n"
    )
    return received + b.reminder().as_string(policy=OUTPUT) + "\n"


def report(parts: list[Message]) -> Message:
    """A multipart/report container for a delivery-status notification."""
    return multipart("report", parts, "delivery-status")


def plain_notice(text: str, charset: str = "us-ascii", cte: str = "7bit") -> Message:
    """A single-part notice; 7-bit ASCII notices carry no MIME headers at all."""
    if charset == "us-ascii" and cte == "7bit":
        msg = Message()
        msg.set_payload(text)
        return msg
    return text_part(text, "plain", charset, cte)


def html_notice(paragraphs: list[str]) -> str:
    """The HTML half of a server's human-readable notice."""
    body = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif">{body}</body></html>\n'


def human_alternative(paragraphs: list[str]) -> Message:
    """Plain and HTML versions of a server's human-readable notice."""
    plain = "\n\n".join(paragraphs) + "\n"
    return multipart(
        "alternative",
        [
            text_part(plain, "plain", "utf-8", "qp"),
            text_part(html_notice(paragraphs), "html", "utf-8", "qp"),
        ],
    )


def bounce_exim_user_unknown(b: Bounce) -> tuple[Message, str, str]:
    """Exim on a relay that accepted the reminder and could not pass it on: a plain-text notice."""
    host = "mx2.pennine-relay.example"
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host mail.{b.domain} [203.0.113.58]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"{returned_inline(b, host)}"
    )
    msg = plain_notice(text)
    msg["X-Failed-Recipients"] = b.rcpt
    return (
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Mail delivery failed: returning message to sender",
    )


def bounce_qmail_over_quota(b: Bounce) -> tuple[Message, str, str]:
    """qmail after accepting the reminder: 'permanent error', although the mailbox is only full."""
    host = f"mail.{b.domain}"
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "The users mailfolder is over the allowed quota (size). (#5.2.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"{returned_inline(b, host)}"
    )
    return plain_notice(text), f"MAILER-DAEMON@{host}", "failure notice"


def bounce_gmail_domain_gone(b: Bounce) -> tuple[Message, str, str]:
    """Gmail's report that the recipient's domain no longer exists."""
    human = human_alternative(
        [
            "** Address not found **",
            f"Your message wasn't delivered to {b.rcpt} because the domain {b.domain} couldn't be found. Check for typos or unnecessary spaces and try again.",
            "Learn more at https://support.google.com/mail/?p=BadRcptDomain",
            f"The response was:\n\nDNS Error: DNS type 'mx' lookup of {b.domain} responded with code NXDOMAIN Domain name not found: {b.domain}",
        ]
    )
    diag = f"DNS Error: DNS type 'mx' lookup of {b.domain} responded with code NXDOMAIN Domain name not found: {b.domain}"
    parts = [
        human,
        delivery_status(b, "googlemail.com", "failed", diag),
        returned_headers(b),
    ]
    return (
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
    )


def bounce_o365_de_policy(b: Bounce) -> tuple[Message, str, str]:
    """Exchange Online at the recipient's tenant, in German: the group only accepts authorised senders."""
    server = "FR4P281MB3790.DEUP281.PROD.OUTLOOK.COM"
    reply = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"
    human = human_alternative(
        [
            f"Ihre Nachricht hat folgende Empfänger nicht erreicht:\n\n{b.rcpt}",
            "Die Gruppe, an die Sie geschrieben haben, nimmt nur Nachrichten von Absendern an, die der Besitzer der Gruppe zugelassen hat. Ihre Adresse gehört nicht dazu.",
            "Was muss ich tun?\nWenden Sie sich auf einem anderen Weg an den Empfänger, zum Beispiel telefonisch, und bitten Sie darum, Ihre Adresse als zulässigen Absender einzutragen.",
            f"Diagnoseinformationen für Administratoren:\n\nGenerierender Server: {server}\n\n{b.rcpt}\nRemoteserver hat '{reply}' zurückgegeben.",
        ]
    )
    parts = [
        human,
        delivery_status(b, server.lower(), "failed", reply),
        returned_headers(b),
    ]
    msg = report(parts)
    msg["Content-Language"] = "de-DE"
    return (
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Unzustellbar: {b.subject()}",
    )


def bounce_provider_de_greylisting(b: Bounce) -> tuple[Message, str, str]:
    """A German provider's relay warns that delivery is delayed by greylisting."""
    host = "mailrelay.alpennetz.example"
    until = b.dt + timedelta(days=3)
    text = (
        f"Dies ist eine automatisch erstellte Benachrichtigung des Mailservers {host}.\n\n"
        "Ihre Nachricht konnte bisher nicht zugestellt werden. Der Server des Empfängers hat die Annahme vorübergehend abgelehnt. "
        f"Sie müssen nichts unternehmen: Wir versuchen die Zustellung weiterhin bis zum {until:%d.%m.%Y %H:%M} Uhr.\n\n"
        f"Empfänger:   {b.rcpt}\n"
        f"Betreff:     {b.subject()}\n"
        "Grund:       451 4.7.1 Greylisting in effect, please try again later\n"
        "Status:      4.7.1\n\n"
        "Sollte die Zustellung bis dahin nicht gelingen, erhalten Sie eine weitere Nachricht.\n"
    )
    return (
        plain_notice(text, "utf-8", "qp"),
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        f"Verzögerte Zustellung: {b.subject()}",
    )


def bounce_o365_fr_not_found(b: Bounce) -> tuple[Message, str, str]:
    """Exchange Online in French: the recipient address no longer exists."""
    server = "PR1P264MB2210.FRAP264.PROD.OUTLOOK.COM"
    reply = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = human_alternative(
        [
            f"Votre message n'a pas pu être remis à {b.rcpt}, car cette adresse est introuvable. Il se peut qu'elle n'existe plus ou qu'elle ait été mal saisie.",
            "Que faire ?\nVérifiez l'adresse du destinataire et renvoyez le message. Si le problème persiste, contactez le destinataire par un autre moyen.",
            f"Informations de diagnostic pour les administrateurs :\n\nServeur à l'origine : {server}\n\n{b.rcpt}\nLe serveur distant a retourné « {reply} »",
        ]
    )
    parts = [
        human,
        delivery_status(b, server.lower(), "failed", reply),
        MIMEMessage(b.reminder()),
    ]
    msg = report(parts)
    msg["Content-Language"] = "fr-FR"
    return (
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Non remis : {b.subject()}",
    )


def bounce_provider_fr_delay(b: Bounce) -> tuple[Message, str, str]:
    """A French provider's backup MX cannot reach the primary server yet."""
    host = "mx-secours.alizee-telecom.example"
    text = (
        f"Ceci est un message automatique du serveur de messagerie {host} (MX secondaire).\n\n"
        "Votre message n'a pas encore pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : le serveur principal du destinataire ne répond pas (délai de connexion dépassé).\n"
        "Code : 4.4.1\n\n"
        "Aucune action n'est nécessaire de votre part pour le moment. De nouvelles tentatives seront effectuées pendant 72 heures ; "
        "si le message ne peut toujours pas être remis à l'issue de ce délai, il vous sera retourné.\n\n"
        "Message concerné :\n"
        f"  Objet : {latin1(b.subject())}\n"
        f"  Date  : {fill('{wda} {d} {mon} {y} {HH}:{MM}', 'fr', b.sent.astimezone(CET))}\n"
    )
    return (
        plain_notice(text, "iso-8859-1", "qp"),
        f"Serveur de messagerie <mailer-daemon@{host}>",
        f"Avis de retard de remise : {latin1(b.subject())}",
    )


def bounce_o365_es_delay(b: Bounce) -> tuple[Message, str, str]:
    """Exchange Online in Spanish: delivery delayed, still retrying."""
    server = "AM9P193MB1456.EURP193.PROD.OUTLOOK.COM"
    human = human_alternative(
        [
            f"Todavía no se ha entregado el mensaje a los siguientes destinatarios:\n\n{b.rcpt}",
            f"Asunto: {b.subject()}",
            "Se seguirá intentando entregar el mensaje durante 1 día, 19 horas y 12 minutos. Recibirá una notificación si no se puede entregar antes de ese momento.",
            f"Información de diagnóstico para administradores:\n\nServidor de generación: {server}\nÚltimo error notificado: 451 4.4.7 Message delayed",
        ]
    )
    parts = [
        human,
        delivery_status(b, server.lower(), "delayed", "451 4.4.7 Message delayed"),
        returned_headers(b),
    ]
    msg = report(parts)
    msg["Content-Language"] = "es-ES"
    return (
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Retrasado: {b.subject()}",
    )


def bounce_postfix_es_user_unknown(b: Bounce) -> tuple[Message, str, str]:
    """A Spanish hosting company's Postfix, with its notice translated."""
    host = "correo.hostingiberia.example"
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    text = (
        f"Este es el sistema de correo del servidor {host}.\n\n"
        "Lamentamos informarle de que su mensaje no ha podido entregarse a uno o más destinatarios. "
        "Encontrará los detalles más abajo.\n\n"
        "Si necesita ayuda, escriba a postmaster@hostingiberia.example e incluya este informe.\n\n"
        "                   El sistema de correo\n\n"
        f"<{b.rcpt}>: el buzón de destino no existe\n    ({diag})\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "8bit"),
        delivery_status(b, host, "failed", diag, f"mail.{b.domain}"),
        returned_headers(b),
    ]
    return (
        report(parts),
        f"MAILER-DAEMON@{host} (Sistema de entrega de correo)",
        "Correo no entregado: devuelto al remitente",
    )


def bounce_provider_nl_mailbox_full(b: Bounce) -> tuple[Message, str, str]:
    """A Dutch provider: the recipient's mailbox is full, it will try again."""
    host = "mail.polderweb.example"
    text = (
        "Dit is een automatisch bericht van de mailserver van PolderWeb.\n\n"
        f"Uw bericht aan {b.rcpt} kon op dit moment niet worden afgeleverd, omdat de mailbox van de ontvanger vol is.\n\n"
        "Wij proberen het bericht de komende 48 uur opnieuw af te leveren. Lukt dat niet, dan ontvangt u een definitieve foutmelding.\n\n"
        "Technische informatie:\n"
        f"Ontvanger: {b.rcpt}\n"
        "Status: 4.2.2\n"
        "Melding: 452 4.2.2 Mailbox full\n"
        f"Oorspronkelijk onderwerp: {b.subject()}\n"
    )
    return (
        plain_notice(text, "utf-8", "qp"),
        f"PolderWeb Postmaster <postmaster@{host}>",
        f"Bericht (nog) niet afgeleverd: {b.subject()}",
    )


def bounce_provider_it_disabled(b: Bounce) -> tuple[Message, str, str]:
    """An Italian provider: the mailbox has been disabled; the original headers follow the text."""
    host = "mx.ligurianet.example"
    original = b.reminder()
    head = "".join(
        f"{k}: {v}\n"
        for k, v in original.items()
        if k in {"From", "To", "Subject", "Date", "Message-ID"}
    )
    text = (
        f"Questo è un messaggio generato automaticamente dal server {host}.\n\n"
        "Non è stato possibile recapitare il messaggio al seguente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: la casella di posta è stata disattivata e non può più ricevere messaggi.\n"
        "Codice di errore: 550 5.2.1 Mailbox disabled\n\n"
        "Si tratta di un errore permanente: il messaggio non verrà più inviato.\n\n"
        "----- Intestazioni del messaggio originale -----\n"
        f"{head}"
    )
    return (
        plain_notice(text, "iso-8859-1", "8bit"),
        f"Sistema di posta <mailer-daemon@{host}>",
        "Messaggio non recapitato",
    )


def bounce_report_it_quota(b: Bounce) -> tuple[Message, str, str]:
    """An Italian hosting company's RFC 3464 report: mailbox over quota, with a 5.x code."""
    host = "posta.arnoweb.example"
    diag = "552 5.2.2 Quota exceeded (mailbox for user is full)"
    text = (
        "Gentile utente,\n\n"
        "il messaggio che hai inviato non è stato consegnato al destinatario indicato qui sotto, perché la sua casella di posta ha esaurito lo spazio disponibile.\n\n"
        f"Destinatario: {b.rcpt}\n"
        f"Errore: {diag}\n\n"
        "Potrai riprovare più tardi, quando il destinatario avrà liberato spazio.\n\n"
        "-- \nIl servizio di posta ArnoWeb\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, host, "failed", diag, f"mx.{b.domain}"),
        returned_headers(b),
    ]
    return (
        report(parts),
        f"MAILER-DAEMON@{host} (Servizio di posta ArnoWeb)",
        "Notifica di mancato recapito",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], tuple[Message, str, str]]] = {
    "exim": bounce_exim_user_unknown,
    "qmail": bounce_qmail_over_quota,
    "gmail": bounce_gmail_domain_gone,
    "o365_de": bounce_o365_de_policy,
    "provider_de": bounce_provider_de_greylisting,
    "o365_fr": bounce_o365_fr_not_found,
    "provider_fr": bounce_provider_fr_delay,
    "o365_es": bounce_o365_es_delay,
    "postfix_es": bounce_postfix_es_user_unknown,
    "provider_nl": bounce_provider_nl_mailbox_full,
    "provider_it": bounce_provider_it_disabled,
    "report_it": bounce_report_it_quota,
}

BOUNCES = [
    Bounce(
        "b-en-exim-user-unknown",
        "en",
        "hard",
        "5.1.1",
        "accounts@hollins-joinery.example",
        "2029-06-05 09:14",
        "TF-291674",
        "exim",
        "Exim plain-text notice from a relay, message copied inline",
        zone="uk",
    ),
    Bounce(
        "b-en-qmail-over-quota",
        "en",
        "soft",
        "5.2.2",
        "office@kirkstallprint.example",
        "2029-06-13 10:31",
        "TF-291686",
        "qmail",
        "qmail calls it a permanent error, but a full mailbox is soft; the code is kept",
        zone="uk",
    ),
    Bounce(
        "b-en-gmail-domain-gone",
        "en",
        "hard",
        "5.1.2",
        "finance@oakridge-careservices.example",
        "2029-06-20 09:07",
        "TF-291698",
        "gmail",
        "the recipient's domain no longer exists (NXDOMAIN)",
        zone="uk",
    ),
    Bounce(
        "b-de-o365-policy",
        "de",
        "hard",
        "5.7.1",
        "buchhaltung@rheinau-stadtwerke.example",
        "2029-06-06 10:20",
        "TF-291701",
        "o365_de",
        "policy rejection: the group accepts only authorised senders; permanent",
    ),
    Bounce(
        "b-de-provider-greylisting",
        "de",
        "soft",
        "4.7.1",
        "einkauf@moebelhaus-gruber.example",
        "2029-06-05 14:10",
        "TF-291713",
        "provider_de",
        "delay warning caused by greylisting (temporary policy), plain-text provider notice",
    ),
    Bounce(
        "b-fr-o365-not-found",
        "fr",
        "hard",
        "5.1.10",
        "compta@clinique-hestia.example",
        "2029-06-15 10:22",
        "TF-291725",
        "o365_fr",
        "Office 365 in French with the full returned message",
    ),
    Bounce(
        "b-fr-provider-delay",
        "fr",
        "soft",
        "4.4.1",
        "direction@ecole-montessori-lesiris.example",
        "2029-06-22 16:05",
        "TF-291737",
        "provider_fr",
        "backup-MX delay notice in Latin-1, plain text",
    ),
    Bounce(
        "b-es-o365-delay",
        "es",
        "soft",
        "4.4.7",
        "obras@constructora-levante.example",
        "2029-06-26 14:40",
        "TF-291749",
        "o365_es",
        "Office 365 delay notice in Spanish",
    ),
    Bounce(
        "b-es-postfix-user-unknown",
        "es",
        "hard",
        "5.1.1",
        "pedidos@almacenes-serrano.example",
        "2029-06-27 10:33",
        "TF-291751",
        "postfix_es",
        "RFC 3464 report with a translated notice",
    ),
    Bounce(
        "b-nl-provider-mailbox-full",
        "nl",
        "soft",
        "4.2.2",
        "info@bakkerijdekroon.example",
        "2029-06-12 15:05",
        "TF-291763",
        "provider_nl",
        "Dutch provider notice, plain text, mailbox full",
    ),
    Bounce(
        "b-it-provider-disabled",
        "it",
        "hard",
        "5.2.1",
        "contabilita@cantieri-sestri.example",
        "2029-06-08 10:12",
        "TF-291775",
        "provider_it",
        "Italian provider notice, 8-bit Latin-1, mailbox disabled",
    ),
    Bounce(
        "b-it-report-quota",
        "it",
        "soft",
        "5.2.2",
        "segreteria@palestra-olimpia-firenze.example",
        "2029-06-29 10:08",
        "TF-291787",
        "report_it",
        "mailbox full reported with a 5.x code: soft, the code is kept",
    ),
]


def build_bounce(b: Bounce) -> Message:
    """The whole delivery report as it arrives."""
    msg, sender, subject = BOUNCE_BUILDERS[b.build](b)
    envelope = [
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", encode_header(subject, "utf-8")),
        ("Date", format_datetime(b.dt)),
        (
            "Message-ID",
            f"<{token(b.key, 'bounce', 20, upper=False)}@{sender.split('@')[1].split('>')[0].split(' ')[0]}>",
        ),
        ("Auto-Submitted", "auto-replied"),
    ]
    kept = list(msg.items())
    for name in {k for k, _ in kept}:
        del msg[name]
    for name, value in envelope:
        msg[name] = value
    for name, value in kept:
        msg[name] = value
    return finish(msg, b.key, "----=_NDR_")


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    """The label line for a reply (without the file name)."""
    label: dict[str, object] = {"intent": r.intent, **dict.fromkeys(FIELDS)}
    label.update({k: v for k, v in r.labels.items() if k in FIELDS})
    label["invoice_refs"] = list(cast("list[str]", r.labels.get("invoice_refs", [])))
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label line for a delivery report."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(FIELDS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt.lower(), bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def fail(message: str) -> None:
    """Stop with a message."""
    raise SystemExit(message)


def check_reply_label(r: Reply, label: Mapping[str, object]) -> None:
    """Labels must agree with the hand-written text and with the message's own date."""
    body = r.body.lower()
    day = r.dt.date()
    if not FIRST_DAY <= day <= LAST_DAY:
        fail(f"{r.key}: dated {day}, outside the corpus range")
    refs = cast("list[str]", label["invoice_refs"])
    for ref in refs:
        if not re.fullmatch(r"TF-\d{6}", ref) or ref[3:] not in r.body:
            fail(f"{r.key}: invoice ref {ref} is not in the new text")
    contact = label["new_contact"]
    if contact is not None and (contact != str(contact).lower() or str(contact) not in body):
        fail(f"{r.key}: new_contact {contact} is not in the new text")
    reference = label["payment_reference"]
    if reference is not None and str(reference) not in r.body:
        fail(f"{r.key}: payment reference {reference} is not in the new text")
    for name, after in (
        ("paid_date", False),
        ("promised_date", True),
        ("return_date", True),
    ):
        value = label[name]
        if value is None:
            continue
        when = date.fromisoformat(str(value))
        if (when < day) if after else (when > day):
            fail(f"{r.key}: {name} {value} is on the wrong side of {day}")


def check_label_shape(name: str, label: Mapping[str, object]) -> None:
    """Same keys and order as the other corpora; only the winning intent's fields filled."""
    expected = ["file", "intent", *FIELDS, "invoice_refs", "language", "note"]
    if list(label) != expected:
        fail(f"{name}: label keys {list(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        fail(f"{name}: bad intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for key in FIELDS:
        value = label[key]
        if value is None:
            continue
        if key not in allowed:
            fail(f"{name}: {key} filled for intent {intent}")
        if key.endswith("_date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
            fail(f"{name}: {key} is not an ISO date")
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        fail(f"{name}: amount and currency go together")
    if amount is not None and (
        not re.fullmatch(r"\d+\.\d{2}", str(amount)) or currency not in {"GBP", "EUR"}
    ):
        fail(f"{name}: bad amount {amount} {currency}")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not re.fullmatch(
            r"[45]\.\d{1,3}\.\d{1,3}", str(label["bounce_status"])
        ):
            fail(f"{name}: bad bounce fields")
        if label["failed_recipient"] is None:
            fail(f"{name}: no failed recipient")


def collapse(text: str) -> str:
    """Whitespace collapsed, for comparing text across wrapping and markup."""
    return " ".join(text.split())


def check_message(name: str, data: bytes, expected_text: str, failed: str | None) -> None:
    """Parse a file back with the modern policy: headers decode, text parts decode, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(f"{name}: no {header}")
    if "=?" in str(msg["Subject"]) or "=?" in str(msg["From"]):
        fail(f"{name}: an encoded word was not decoded")
    texts: list[str] = []
    for part in msg.walk():
        if part.defects:
            fail(f"{name}: defects {part.defects}")
        for key, value in part.items():
            if getattr(value, "defects", ()):
                fail(f"{name}: header {key} has defects {value.defects}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str):
                fail(f"{name}: a text part did not decode to text")
            texts.append(html.unescape(content))
    whole = collapse(" ".join(texts))
    if expected_text and collapse(expected_text) not in whole:
        fail(f"{name}: hand-written text not found after decoding: {expected_text[:40]!r}")
    if failed is not None and failed not in data.decode("latin-1").lower():
        fail(f"{name}: failed recipient {failed} not in the report")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent-by-language table, in Markdown."""
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


def check_counts(labels: list[dict[str, object]]) -> None:
    """Twelve messages an intent, the language totals, every cell filled, bounces half hard."""
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    if any(intents[i] != PER_INTENT for i in INTENTS):
        fail(f"intent counts {dict(intents)}")
    if dict(langs) != LANG_TOTALS:
        fail(f"language counts {dict(langs)}")
    if any(cells[i, lang] == 0 for i in INTENTS for lang in LANGS):
        fail("an intent is missing a language")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds["hard"] != kinds["soft"]:
        fail(f"bounce kinds {dict(kinds)}")


def first_line(r: Reply) -> str:
    """The first line of the hand-written text, as the client sent it."""
    line = r.body.split("\n", 1)[0]
    return latin1(line) if r.latin else line


def all_messages() -> list[tuple[str, Message, dict[str, object], str, str | None]]:
    """Every message with its key, label, a text to find after decoding, and the failed recipient."""
    invoices = [r.inv for r in REPLIES] + [b.inv for b in BOUNCES]
    if len(set(invoices)) != len(invoices):
        fail("an invoice number is used twice")
    items: list[tuple[str, Message, dict[str, object], str, str | None]] = []
    for r in REPLIES:
        label = reply_label(r)
        check_reply_label(r, label)
        items.append((r.key, build_reply(r), label, first_line(r), None))
    for b in BOUNCES:
        items.append((b.key, build_bounce(b), bounce_label(b), "", b.rcpt.lower()))
    keys = [item[0] for item in items]
    if len(set(keys)) != len(keys):
        fail("duplicate keys")
    return items


def write_all() -> list[dict[str, object]]:
    """Write the .eml files and labels.jsonl beside this script; return the labels."""
    items = sorted(all_messages(), key=lambda item: digest(item[0], "order"))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for n, (_, msg, label, expected, failed) in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = msg.as_bytes(policy=OUTPUT)
        check_message(name, data, expected, failed)
        full = {"file": name, **label}
        check_label_shape(name, full)
        (HERE / name).write_bytes(data)
        labels.append(full)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    styles = Counter(r.style for r in REPLIES)
    print(
        f"\n{len(labels)} messages; bounces {dict(sorted(kinds.items()))}; reply styles {dict(sorted(styles.items()))}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
