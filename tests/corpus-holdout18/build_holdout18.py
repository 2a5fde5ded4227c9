# ruff: noqa: E501, RUF001
# The hand-written text keeps one paragraph per line, as mail clients send it, and keeps the
# typographic dashes, quotes and apostrophes that people and their clients actually type.
"""Build held-out reply corpus 18: `h18-NNN.eml` files and `labels.jsonl`.

Every message is a reaction to an overdue reminder from Evergreen Facility Cleaning's accounts
receivable team: human replies, payment advices, auto-replies and delivery reports. The new text
of each message is written by hand below. The script adds only what a mail client or a mail
server would add (the quoted reminder in the client's layout and language, headers, MIME
structure, charsets and transfer encodings). It writes next to itself, deterministically.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "h18"
SEED = 20261218
AR_NAME = "Evergreen Accounts Receivable"
AR_ADDR = "receivables@evergreen-cleaning.example"
AR_DOMAIN = "evergreen-cleaning.example"
AR_MTA = "mail.evergreen-cleaning.example"
UK = timezone(timedelta(0))
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
FIRST_DAY = datetime(2026, 11, 23, tzinfo=UK)
LAST_DAY = datetime(2026, 12, 19, tzinfo=UK)
INVOICE_RE = re.compile(r"EF26-\d{5}")

# --------------------------------------------------------------------------------------------
# Locale tables: what the clients print around the quoted reminder
# --------------------------------------------------------------------------------------------

DAY_NAMES = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAY_ABBR = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTH_NAMES = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTH_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Gmail web client attribution lines.
GMAIL_ATTR = {
    "en": "On {wa}, {ma} {d}, {y} at {h12}:{mm} {ampm} {name} <{addr}> wrote:",
    "de": "Am {wa}, {d}. {ma} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wa} {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wa}, {d} {ma} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wa} {d} {ma} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wa} {d} {ma} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
# Apple Mail (macOS and iOS) attribution lines.
APPLE_ATTR = {
    "en": "On {d} {ma} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
# Thunderbird attribution lines.
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
# Roundcube webmail attribution lines.
RC_ATTR = {
    "en": "On {y}-{mo}-{dd} {HH}:{mm}, {name} wrote:",
    "de": "Am {y}-{mo}-{dd} {HH}:{mm}, schrieb {name}:",
    "fr": "Le {y}-{mo}-{dd} {HH}:{mm}, {name} a écrit :",
    "es": "El {y}-{mo}-{dd} {HH}:{mm}, {name} escribió:",
    "nl": "Op {y}-{mo}-{dd} {HH}:{mm}, schreef {name}:",
    "it": "Il {y}-{mo}-{dd} {HH}:{mm} {name} ha scritto:",
}
# K-9 Mail / FairEmail style attribution lines (Android).
K9_ATTR = {
    "en": "On {d} {mn} {y} {HH}:{mm}:{ss} {tzname}, {name} <{addr}> wrote:",
    "de": "Am {d}. {mn} {y} {HH}:{mm}:{ss} MEZ schrieb {name} <{addr}>:",
    "fr": "Le {d} {mn} {y} {HH}:{mm}:{ss} GMT+01:00, {name} <{addr}> a écrit :",
    "es": "El {d} de {mn} de {y} {H}:{mm}:{ss} CET, {name} <{addr}> escribió:",
    "nl": "Op {d} {mn} {y} {HH}:{mm}:{ss} CET, schreef {name} <{addr}>:",
    "it": "Il {d} {mn} {y} {HH}:{mm}:{ss} CET, {name} <{addr}> ha scritto:",
}
K9_SIG = {
    "en": "Sent from my Android device with K-9 Mail. Please excuse my brevity.",
    "de": "Diese Nachricht wurde von meinem Android-Gerät mit K-9 Mail gesendet.",
    "fr": "Envoyé de mon appareil Android avec K-9 Mail. Veuillez excuser ma brièveté.",
    "es": "Enviado desde mi dispositivo Android con K-9 Mail. Disculpa mi brevedad.",
    "nl": "Verzonden vanaf mijn Android-apparaat met K-9 Mail. Excuses voor de beknoptheid.",
    "it": "Inviato dal mio dispositivo Android con K-9 Mail. Perdonate la brevità.",
}
# Outlook's "Sent:" value and its header block labels.
OUTLOOK_SENT = {
    "en": "{wl}, {d} {ml} {y} {HH}:{mm}",
    "de": "{wl}, {d}. {ml} {y} {HH}:{mm}",
    "fr": "{wl} {d} {ml} {y} {HH}:{mm}",
    "es": "{wl}, {d} de {ml} de {y} {H}:{mm}",
    "nl": "{wl} {d} {ml} {y} {HH}:{mm}",
    "it": "{wl} {d} {ml} {y} {HH}:{mm}",
}
OUTLOOK_LABELS = {  # separator, From, Sent, To, Subject, label/value separator
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
OUTLOOK_AUTO = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}
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
# Samsung Email: signature, separator and the header block of the forwarded original.
SAMSUNG = {
    "en": (
        "Sent from my Galaxy",
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
    ),
    "de": (
        "Von meinem Samsung Galaxy Smartphone gesendet.",
        "-------- Ursprüngliche Nachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
    ),
    "fr": (
        "Envoyé depuis mon Galaxy",
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
    ),
    "es": (
        "Enviado desde mi Galaxy",
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
    ),
    "nl": (
        "Verzonden vanaf mijn Galaxy",
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
    ),
    "it": (
        "Inviato dal mio Galaxy",
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
    ),
}

# --------------------------------------------------------------------------------------------
# The reminder (Evergreen's own wording, one version per language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment overdue – invoice {inv}",
    "de": "Zahlung überfällig – Rechnung {inv}",
    "fr": "Paiement en retard – facture {inv}",
    "es": "Pago vencido – factura {inv}",
    "nl": "Betaling achterstallig – factuur {inv}",
    "it": "Pagamento scaduto – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "This is a reminder that the invoice below for our cleaning services is now past its due date:\n\n"
        "  Invoice: {inv}\n  Service period: October 2026\n  Due date: 15 November 2026\n  Amount outstanding: {amt}\n\n"
        "Please arrange payment to the account shown on the invoice, or let us know if payment is already on its way. If anything on the invoice looks wrong, let us know by answering this message.\n\n"
        "Many thanks,\n\nAccounts Receivable\nEvergreen Facility Cleaning\nreceivables@evergreen-cleaning.example | +44 20 7946 0321"
    ),
    "de": (
        "Guten Tag,\n\n"
        "wir möchten Sie daran erinnern, dass die folgende Rechnung für unsere Reinigungsleistungen inzwischen überfällig ist:\n\n"
        "  Rechnung: {inv}\n  Leistungszeitraum: Oktober 2026\n  Fällig seit: 15.11.2026\n  Offener Betrag: {amt}\n\n"
        "Bitte überweisen Sie den Betrag auf das in der Rechnung angegebene Konto oder teilen Sie uns mit, falls die Zahlung bereits unterwegs ist. Falls Sie Fragen zur Rechnung haben, genügt eine Antwort auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\nDebitorenbuchhaltung\nEvergreen Facility Cleaning"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous nous permettons de vous rappeler que la facture ci-dessous, relative à nos prestations de nettoyage, a dépassé sa date d'échéance :\n\n"
        "  Facture : {inv}\n  Période : octobre 2026\n  Échéance : 15/11/2026\n  Montant dû : {amt}\n\n"
        "Merci de bien vouloir procéder au règlement sur le compte indiqué sur la facture, ou de nous signaler si le paiement est déjà en cours. Si un élément de la facture vous paraît inexact, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\nService comptabilité clients\nEvergreen Facility Cleaning"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le recordamos que la siguiente factura de servicios de limpieza ha superado su fecha de vencimiento:\n\n"
        "  Factura: {inv}\n  Periodo: octubre de 2026\n  Vencimiento: 15/11/2026\n  Importe pendiente: {amt}\n\n"
        "Le rogamos que realice el pago en la cuenta indicada en la factura o que nos comunique si ya está en curso. Si observa algún error en la factura, basta con responder a este correo.\n\n"
        "Un saludo,\n\nDepartamento de cobros\nEvergreen Facility Cleaning"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij willen u eraan herinneren dat de onderstaande factuur voor onze schoonmaakdiensten de vervaldatum is gepasseerd:\n\n"
        "  Factuur: {inv}\n  Periode: oktober 2026\n  Vervaldatum: 15-11-2026\n  Openstaand bedrag: {amt}\n\n"
        "Wilt u het bedrag overmaken op de rekening die op de factuur staat, of ons laten weten als de betaling al onderweg is? Vragen over de factuur? Reageer op dit bericht, dan zoeken wij het uit.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer\nEvergreen Facility Cleaning"
    ),
    "it": (
        "Buongiorno,\n\n"
        "vi ricordiamo che la fattura sotto indicata, relativa ai nostri servizi di pulizia, risulta scaduta:\n\n"
        "  Fattura: {inv}\n  Periodo: ottobre 2026\n  Scadenza: 15/11/2026\n  Importo da saldare: {amt}\n\n"
        "Vi preghiamo di effettuare il pagamento sul conto indicato in fattura oppure di comunicarci se il bonifico è già stato disposto. Per eventuali contestazioni sulla fattura è sufficiente rispondere a questo messaggio.\n\n"
        "Cordiali saluti,\n\nUfficio crediti\nEvergreen Facility Cleaning"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£2,415.60",
    "de": "3.186,40 €",
    "fr": "1 742,80 €",
    "es": "2.058,30 €",
    "nl": "€ 1.964,75",
    "it": "€ 2.731,20",
}
# What a Latin-1 client does to characters that Latin-1 lacks.
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "..."}

# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    rlang: str = ""  # language of the reminder being answered (default: the reply's)
    loc: str = ""  # language of the client's own strings (default: the reply's)
    inv: str = ""
    amt: str = ""
    subject: str = ""  # "{rsub}" is the reminder's subject
    charset: str = "utf-8"
    cte: str = "qp"
    cc: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    threaded: bool = True
    quote_to: str = ""  # the reminder's To line when it was not sent to the replying address

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        return self.loc or self.lang

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def invoice(self) -> str:
        return self.inv or default_invoice(self.key)


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}/{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def number(key: str, salt: str, low: int, high: int) -> int:
    return low + int.from_bytes(digest(key, salt)[:4], "big") % (high - low)


@functools.cache
def invoice_table() -> dict[str, str]:
    """Invoice numbers for reminders whose reply names none: all distinct, none written elsewhere."""
    taken = {ref for r in REPLIES for ref in INVOICE_RE.findall(r.body)} | {r.inv for r in REPLIES}
    table: dict[str, str] = {}
    for key in [r.key for r in REPLIES if not r.inv] + [b.key for b, _ in BOUNCES]:
        attempt = 0
        while (inv := f"EF26-{number(key, f'invoice{attempt}', 3000, 4999):05d}") in taken:
            attempt += 1
        taken.add(inv)
        table[key] = inv
    return table


def default_invoice(key: str) -> str:
    return invoice_table()[key]


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wa": DAY_ABBR[loc].split()[wd],
        "wl": DAY_NAMES[loc].split()[wd],
        "ma": MONTH_ABBR[loc].split()[mo],
        "ml": MONTH_NAMES[loc].split()[mo],
        "mn": MONTH_NAMES[loc].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "ss": f"{dt.second:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
        "tzname": "GMT" if dt.utcoffset() == timedelta(0) else "CET",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def reminder_time(r: Reply) -> datetime:
    """Evergreen sends reminders from London a little after nine on a working day before the reply."""
    day = r.dt.astimezone(UK) - timedelta(days=number(r.key, "days", 1, 4))
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    sent = day.replace(
        hour=9, minute=number(r.key, "minute", 1, 20), second=number(r.key, "sec", 0, 60)
    )
    tz = r.dt.tzinfo
    return sent.astimezone(tz) if tz is not None else sent


def reminder_msgid(key: str) -> str:
    return f"<rem.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "msgid")
    if style == "gmail" or addr.endswith("@gmail.com"):
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:38]
        return f"<CAJ{tail}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        return f"<{b32(key, 'ms', 24)}@{b32(key, 'host', 8)}.EURP195.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style.startswith("thunderbird"):
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "roundcube":
        return f"<{raw.hex()[:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{number(key, 'pid', 1000, 99999)}@{domain}>"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def html_divs(text: str) -> str:
    """One <div> per line, <div><br></div> for empty lines (Gmail, Apple Mail, Samsung)."""
    return "".join(
        f"<div>{html.escape(line, quote=False) or '<br>'}</div>" for line in text.split("\n")
    )


def mso_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A Charset that uses the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}[cte]  # 0: none
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    enc = charset if charset in {"iso-8859-1", "windows-1252", "iso-8859-15"} else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    enc = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    return f"{Header(name, enc).encode()} <{addr}>"


def plain_address(name: str, addr: str) -> str:
    return f"{name} <{addr}>" if name else addr


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amt: str) -> str:
    return REMINDER_BODY[lang].format(inv=inv, amt=amt or DEFAULT_AMOUNT[lang])


def original_reminder(lang: str, rcpt: str, when: datetime, key: str, inv: str) -> Message:
    """The reminder as Evergreen sent it (returned inside some delivery reports)."""
    msg = text_part(reminder_text(lang, inv, ""), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = rcpt
    msg["Subject"] = header_text(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = reminder_msgid(key)
    msg["X-Mailer"] = "Evergreen AR 4.2"
    content_headers_last(msg)
    return msg


@dataclass(frozen=True)
class Quote:
    """What a reply quotes: the reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    subject = reminder_subject(r.reminder_lang, r.invoice)
    text = reminder_text(r.reminder_lang, r.invoice, r.amt)
    if r.charset == "iso-8859-1":
        subject, text = latin1_safe(subject), latin1_safe(text)
    return Quote(
        text, subject, reminder_time(r), r.client_lang, r.quote_to or plain_address(*r.who)
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_block(q: Quote) -> list[str]:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(OUTLOOK_SENT[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def alternative(r: Reply, text: str, markup: str, html_cte: str = "") -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, html_cte or r.cte))
    return outer


def style_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_LABELS[q.loc][0], *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote) -> str:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    rows = zip((frm, sent, to, subj), outlook_block(q), strict=True)
    head = "<br>\n".join(
        f"<b>{label}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for label, line in rows
    )
    lang = {"en": "EN-GB"}.get(r.lang, f"{r.lang.upper()}")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle18 {mso-style-type:personal-reply; color:windowtext;}\n--></style>\n"
        "</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container">\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    block = outlook_block(q)
    sep = OUTLOOK_LABELS[q.loc][5]
    text = "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in block
    )
    markup = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset='
        + r.charset
        + '">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(r, text, markup)


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_divs(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(r, text, markup)


def style_k9(r: Reply, q: Quote) -> Message:
    attr = fmt(K9_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    text = f"{r.body}\n-- \n{K9_SIG[q.loc]}\n\n{attr}\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    attr = apple_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_divs(r.body)}<div><br><blockquote type="cite"><div>{html.escape(attr)}</div><br>'
        f"<div>{html_paragraphs(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(r, text, markup)


def style_iphone(r: Reply, q: Quote) -> Message:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return text_part(f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n", "plain", r.charset, r.cte)


def tb_attr(q: Quote) -> str:
    return fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    part = text_part(
        f"{r.body}\n\n{tb_attr(q)}\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )
    part.set_param("format", "flowed")
    return part


def style_thunderbird_bottom(r: Reply, q: Quote) -> Message:
    """Bottom-posted: the quote comes first, the new text under it."""
    part = text_part(
        f"{tb_attr(q)}\n{quote_lines(q.text)}\n\n{r.body}\n", "plain", r.charset, r.cte
    )
    part.set_param("format", "flowed")
    return part


def style_thunderbird_html(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{tb_attr(q)}\n{quote_lines(q.text)}\n"
    markup = (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        f'    <meta http-equiv="Content-Type" content="text/html; charset={r.charset.upper()}">\n'
        "  </head>\n  <body>\n"
        f"    {html_paragraphs(r.body)}\n"
        f'    <div class="moz-cite-prefix">{html.escape(tb_attr(q))}<br>\n    </div>\n'
        f'    <blockquote type="cite" cite="mid:{reminder_msgid(r.key)[1:-1]}">\n'
        f'      <pre class="moz-quote-pre" wrap="">{html.escape(q.text, quote=False)}</pre>\n'
        "    </blockquote>\n  </body>\n</html>\n"
    )
    return alternative(r, text, markup)


def style_roundcube(r: Reply, q: Quote) -> Message:
    attr = fmt(RC_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def samsung_block(q: Quote) -> list[str]:
    _, sep, frm, date, to, subj = SAMSUNG[q.loc]
    offset = q.sent.strftime("%z")
    when = q.sent.strftime("%d/%m/%Y %H:%M") + f" (GMT{offset[:3]}:{offset[3:]})"
    return [
        sep,
        f"{frm}: {AR_NAME} <{AR_ADDR}> ",
        f"{date}: {when} ",
        f"{to}: {q.to} ",
        f"{subj}: {q.subject} ",
    ]


def style_samsung(r: Reply, q: Quote) -> Message:
    sig = SAMSUNG[q.loc][0]
    block = samsung_block(q)
    text = f"{r.body}\n\n\n\n{sig}\n\n\n" + "\n".join(block) + f"\n\n{q.text}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div dir="auto">{html_divs(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        '<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>'
        + html.escape(block[0])
        + "</div>"
        + "".join(f"<div>{html.escape(line)}</div>" for line in block[1:])
        + f"<div><br></div></div>{html_paragraphs(q.text)}</body></html>\n"
    )
    return alternative(r, text, markup, html_cte="b64")


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and advices quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_outlook_auto(r: Reply, q: Quote) -> Message:
    """An Exchange automatic reply: the notice in plain text and HTML, nothing quoted."""
    del q
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n'
        '<body>\n<div style="font-family:Calibri,Arial,Helvetica,sans-serif; font-size:11pt; color:rgb(0,0,0)">\n'
        f"{html_paragraphs(r.body)}\n</div>\n</body>\n</html>\n"
    )
    return alternative(r, r.body + "\n", markup)


def style_notice_html(r: Reply, q: Quote) -> Message:
    """A system-generated message with a plain part and a simple HTML part (no quote)."""
    del q
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
        f'<pre style="font-family:Consolas,monospace">{html.escape(r.body, quote=False)}</pre>\n'
        "</body></html>\n"
    )
    return alternative(r, r.body + "\n", markup)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "android": style_android,
    "gmail": style_gmail,
    "k9": style_k9,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "thunderbird_bottom": style_thunderbird_bottom,
    "thunderbird_html": style_thunderbird_html,
    "roundcube": style_roundcube,
    "samsung": style_samsung,
    "none": style_none,
    "outlook_auto": style_outlook_auto,
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android", "outlook_auto"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "outlook_html": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "html_only": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "thunderbird_bottom": (("User-Agent", "Mozilla Thunderbird"),),
    "thunderbird_html": (("User-Agent", "Mozilla Thunderbird"),),
    "roundcube": (("User-Agent", "Roundcube Webmail/1.6.9"),),
    "k9": (("User-Agent", "K-9 Mail for Android"),),
}
BOUNDARY_PREFIX = {
    "gmail": "00000000000",
    "apple": "Apple-Mail=_",
    "samsung": "--_com.samsung.android.email_",
    "thunderbird_html": "------------",
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(b"\x01\xdb" + digest(r.key, "thread")[:20]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        (
            "Accept-Language",
            "en-GB, en-US" if r.lang == "en" else f"{r.lang}-{r.lang.upper()}, en-US",
        ),
        ("Content-Language", {"en": "en-GB"}.get(r.lang, f"{r.lang}-{r.lang.upper()}")),
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


def strip_part_versions(part: Message, root: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    subparts = (
        [p for p in part.get_payload() if isinstance(p, Message)] if part.is_multipart() else []
    )
    for sub in subparts:
        strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Fixed boundaries, shaped like the client's own."""
    prefix = BOUNDARY_PREFIX.get(style, "_000_" if style in OUTLOOK_FAMILY else "----=_Part_")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 26))


def finalize(msg: Message, key: str, style: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, r.style, r.who[1])
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY and r.threaded else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, r.style)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
AUTO_GEN = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R/Size 3>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gemma Rowe", "gemma.rowe@larkfielddental.example"),
        "2026-11-24 08:12 +0000",
        "iphone",
        "Paid.",
        lab(note="one word; in answer to an overdue reminder 'Paid.' claims the payment; no date"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Owen Pryce", "bursar@st-aldhelms-primary.example"),
        "2026-12-10 16:55 +0000",
        "samsung",
        "done",
        lab(note="lower-case 'done' from a phone in answer to a payment reminder: paid; no date"),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Ashbourne Plastics AP", "ap.noreply@ashbourne-plastics.example"),
        "2026-12-01 18:40 +0000",
        "notice_html",
        "REMITTANCE ADVICE\n\n"
        "Payer:             Ashbourne Plastics Ltd, Unit 9 Dove Valley Park, Ashbourne\n"
        "Payee:             Evergreen Facility Cleaning (supplier no. 700214)\n"
        "Payment document:  2000418873\n"
        "Payment date:      01/12/2026\n"
        "Payment method:    BACS\n\n"
        "Invoice no.    Invoice date    Amount (GBP)    Discount    Paid (GBP)\n"
        "EF26-03318     16/10/2026          1,512.00        0.00      1,512.00\n"
        "EF26-03562     30/10/2026            396.00        0.00        396.00\n\n"
        "Total paid:  GBP 1,908.00\n\n"
        "This advice has been generated automatically. Please do not reply to this mailbox. For payment queries write to ap.queries@ashbourne-plastics.example quoting the payment document number.",
        lab(
            ("EF26-03318", "EF26-03562"),
            paid_date="2026-12-01",
            payment_reference="2000418873",
            amount="1908.00",
            currency="GBP",
            note="AP-system remittance advice, not a reply in the thread; the amount is the total of both invoices; the queries address is not a new contact",
        ),
        subject="Remittance Advice - Ashbourne Plastics Ltd - Payment 2000418873",
        headers=(AUTO_GEN, ("X-Mailer", "SAP NetWeaver Application Server 7.50")),
        attach=("REMADV_2000418873.pdf", FAKE_PDF),
        threaded=False,
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Sabine Kettler", "s.kettler@kettler-vogt.example"),
        "2026-11-30 09:12 +0100",
        "outlook",
        "Guten Morgen,\n\n"
        "haben Sie unsere Zahlung nicht erhalten? Die Rechnung EF26-04127 über 3.186,40 € ist mit unserem Zahlungslauf vom 26.11.2026 rausgegangen, Belegnummer 5100038812. Bitte prüfen Sie das noch einmal, bevor Sie weiter mahnen.\n\n"
        "Mit freundlichen Grüßen\n\ni. A. Sabine Kettler\nFinanzbuchhaltung\n\n"
        "Kettler & Vogt Präzisionsteile GmbH\nGewerbering 14 · 73431 Aalen\nTel. 07361 55 48 20\n\n"
        "Sitz der Gesellschaft: Aalen · Registergericht: Amtsgericht Ulm HRB 731204\nGeschäftsführer: Jörg Kettler, Annette Vogt",
        lab(
            ("EF26-04127",),
            paid_date="2026-11-26",
            payment_reference="5100038812",
            amount="3186.40",
            currency="EUR",
            note="question form, but it states a payment already made in a payment run; the document number is the reference",
        ),
        inv="EF26-04127",
        charset="windows-1252",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Nathalie Brun", "nathalie.brun@cabinet-tilleuls.example"),
        "2026-12-03 08:47 +0100",
        "gmail",
        "Bonjour,\n\n"
        "Nous avons passé le virement hier soir depuis le compte du cabinet, vous devriez le voir arriver d'ici un ou deux jours.\n\n"
        "Bonne journée,\n\nNathalie Brun\nSecrétariat – Cabinet médical des Tilleuls\n12 rue des Tilleuls, 49100 Angers\nTél. 02 41 38 07 12",
        lab(paid_date="2026-12-02", note="'hier soir' is the day before Thu 3 Dec"),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Marc Delorme", "m.delorme@lemaire-gestion.example"),
        "2026-12-09 11:20 +0100",
        "thunderbird",
        "Bonjour,\n\n"
        "Un chèque de 1 742,80 EUR à l'ordre d'Evergreen Facility Cleaning a été posté lundi, tiré sur le compte du syndicat des copropriétaires de la Résidence Les Acacias (chèque n° 4410027). Il règle la facture EF26-03691.\n\n"
        "Cordialement,\n\n-- \nMarc Delorme\nGestionnaire de copropriété\nLemaire Gestion - 8 boulevard Carnot, 21000 Dijon",
        lab(
            ("EF26-03691",),
            paid_date="2026-12-07",
            payment_reference="4410027",
            amount="1742.80",
            currency="EUR",
            note="a cheque already posted is a payment sent; 'lundi' is the Monday before Wed 9 Dec; the cheque number is the reference",
        ),
        inv="EF26-03691",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Lucía Ortega", "administracion@colegiosanildefonso.example"),
        "2026-12-04 12:30 +0100",
        "outlook_html",
        "Buenos días:\n\n"
        "Les remito el comprobante bancario de la transferencia que hemos hecho hoy, por importe de 2.058,30 €.\n\n"
        "Disculpen el retraso; la factura estaba pendiente de la firma del director.\n\n"
        "Un saludo,\n\nLucía Ortega\nAdministración\nColegio San Ildefonso\nC/ Doctor Fleming 21 · 47003 Valladolid",
        lab(
            paid_date="2026-12-04",
            amount="2058.30",
            currency="EUR",
            note="proof of transfer attached as a PDF; 'hoy' is the message date",
        ),
        attach=("justificante_transferencia.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Jorge Rivas", "jorge.rivas.fisio@gmail.com"),
        "2026-11-24 19:05 +0100",
        "gmail",
        "Hola,\n\n"
        "Esta factura ya la pagamos el viernes pasado, os tuvo que llegar ayer o como mucho hoy. La de noviembre os la pagaremos la semana que viene, cuando nos la mandéis.\n\n"
        "Saludos,\nJorge\nFisioterapia Rivas",
        lab(
            paid_date="2026-11-20",
            note="past payment of the reminded invoice ('el viernes pasado' before Tue 24 Nov); the future payment is of a later invoice, not a promise about this one",
        ),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Ingrid Smeets", "praktijkmanager@huisartsen-deboog.example"),
        "2026-12-14 10:31 +0100",
        "samsung",
        "Vanochtend overgemaakt, excuses voor de vertraging. Onze assistente was met verlof en niemand had de post bijgehouden.\n\nIngrid",
        lab(paid_date="2026-12-14", note="'vanochtend' is the message date"),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Woonstichting De Linde", "crediteuren-noreply@woonstichting-delinde.example"),
        "2026-12-10 06:05 +0100",
        "none",
        "Geachte relatie,\n\n"
        "Hierbij ontvangt u de specificatie van onze betaling.\n\n"
        "Crediteurnummer:   40118\nBetaaldatum:       10-12-2026\nBetalingskenmerk:  1000 2039 4471 2206\n\n"
        "Factuurnummer   Factuurdatum   Omschrijving                    Bedrag\n"
        "EF26-03975      16-10-2026     Schoonmaak algemene ruimten     € 1.964,75\n"
        "EF26-04460      13-11-2026     Schoonmaak algemene ruimten     € 1.964,75\n\n"
        "Totaal betaald:                                                € 3.929,50\n\n"
        "Dit bericht is automatisch aangemaakt door ons betaalsysteem. Op dit e-mailadres kunt u niet reageren. Vragen over deze betaling kunt u stellen via crediteurenadministratie@woonstichting-delinde.example.",
        lab(
            ("EF26-03975", "EF26-04460"),
            paid_date="2026-12-10",
            payment_reference="1000 2039 4471 2206",
            amount="3929.50",
            currency="EUR",
            note="payment specification from a housing association's AP system, not in the thread; total of both invoices",
        ),
        subject="Betalingsspecificatie Woonstichting De Linde – betaaldatum 10-12-2026",
        headers=(AUTO_GEN, ("Precedence", "bulk")),
        threaded=False,
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Chiara Bellini", "studio@dentistabellini.example"),
        "2026-12-16 13:02 +0100",
        "android",
        "Pagato ieri. Vi inoltro la contabile appena la banca me la manda.\n\nChiara Bellini\nStudio Dentistico Bellini – Via Garibaldi 40, Cremona",
        lab(paid_date="2026-12-15", note="'ieri' is the day before Wed 16 Dec"),
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Roberta Sala", "amministrazione@rinaldi-meccanica.example"),
        "2026-11-23 09:48 +0100",
        "outlook_html",
        "Buongiorno,\n\n"
        "si conferma che il bonifico a saldo della fattura EF26-03527 è stato disposto in data 20/11/2026, importo € 2.731,20, CRO 61234509871.\n\n"
        "Cordiali saluti\n\nRoberta Sala\nUfficio Amministrazione\nOfficine Meccaniche F.lli Rinaldi S.r.l.\nVia dell'Artigianato 7 – 25030 Castel Mella (BS)\nP.IVA 03811920987\n\n"
        "Le informazioni contenute in questa e-mail e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questo messaggio per errore, vi preghiamo di avvisare il mittente e di cancellarlo. Ai sensi del Regolamento UE 2016/679 (GDPR) ogni uso non autorizzato è vietato.",
        lab(
            ("EF26-03527",),
            paid_date="2026-11-20",
            payment_reference="61234509871",
            amount="2731.20",
            currency="EUR",
            note="the CRO is the payment reference",
        ),
        inv="EF26-03527",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Laura Kemp", "laura.kemp@brightwater-recruitment.example"),
        "2026-12-03 15:40 +0000",
        "outlook",
        "Hi,\n\n"
        "Sorry this has slipped. One of our clients paid us by cheque and we're waiting for it to clear – I'll pay your invoice in full once the funds clear on Monday.\n\n"
        "Thanks for your patience,\n\nLaura Kemp\nOffice Manager\nBrightwater Recruitment\n2nd Floor, 14 Queen Street, Leeds",
        lab(
            promised_date="2026-12-07",
            note="event promise pinned to a day: the Monday after Thu 3 Dec",
        ),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Gary Whitlock", "gary@whitlock-fabrications.example"),
        "2026-11-24 07:15 +0000",
        "iphone",
        "Apologies, we were short this month after a customer went bust on us. Will pay it in full on Friday, you have my word.\n\nGary Whitlock\nWhitlock Fabrications Ltd",
        lab(promised_date="2026-11-27", note="future tense; 'Friday' after Tue 24 Nov"),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Priya Natarajan", "p.natarajan@kestrel-learning.example"),
        "2026-12-11 14:05 +0000",
        "outlook_html",
        "Dear Evergreen team,\n\n"
        "Invoice EF26-04302 (£2,415.60) has now been approved by our Chief Finance Officer and has been added to the BACS run on the 18th. You should see the funds in your account the same day.\n\n"
        "The delay was on our side – the invoice went to the school office rather than to the Trust's central finance team.\n\n"
        "Kind regards,\n\nPriya Natarajan\nFinance Officer\nKestrel Learning Trust\n\n"
        "Kestrel Learning Trust is a charitable company limited by guarantee, registered in England and Wales. Registered office: Kestrel House, Mill Lane, Derby.\n"
        "The contents of this email, including attachments, are confidential and intended only for the person it is addressed to. If it has reached you by mistake, please let the sender know and erase it. The Trust cannot accept liability for viruses carried by this message.",
        lab(
            ("EF26-04302",),
            promised_date="2026-12-18",
            amount="2415.60",
            currency="GBP",
            note="past tense 'approved' and 'added' describe a future payment run on the 18th",
        ),
        inv="EF26-04302",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Thomas Brenner", "t.brenner@hv-brenner.example"),
        "2026-12-10 16:20 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Eigentümergemeinschaft Lindenallee 12 hat die Rechnung gestern in der Beiratssitzung freigegeben. Die Überweisung geht nächste Woche raus.\n\n"
        "Mit freundlichen Grüßen\n\nThomas Brenner\nHausverwaltung Brenner\nMarktplatz 3, 91054 Erlangen\nTel. 09131 77 40 12",
        lab(promised_date="2026-12-14", note="'nächste Woche' → Monday of next week (date policy)"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Praxis Dr. Albers", "praxis@ortho-albers.example"),
        "2026-12-14 12:10 +0100",
        "gmail",
        "Sehr geehrte Damen und Herren,\n\n"
        "entschuldigen Sie bitte die Verzögerung. Unsere Steuerberaterin hat die Rechnung erst jetzt zur Zahlung freigegeben; der Betrag wird bis spätestens Freitag, 18.12., auf Ihrem Konto sein.\n\n"
        "Mit freundlichen Grüßen\nPraxis Dr. med. Katrin Albers\nOrthopädie · Sportmedizin",
        lab(promised_date="2026-12-18"),
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Sophie Garnier", "s.garnier@imagerie-croixrousse.example"),
        "2026-12-01 17:30 +0100",
        "apple",
        "Bonjour,\n\n"
        "Votre facture partira avec notre prochaine remise de virements, le jeudi 10 décembre. Désolée pour ce retard : nous changeons de logiciel comptable et tout a glissé ce mois-ci.\n\n"
        "Cordialement,\nSophie Garnier\nResponsable administrative\nCentre d'imagerie de la Croix-Rousse",
        lab(promised_date="2026-12-10"),
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Marta Esteban", "administracion@esteban-ruiz-abogados.example"),
        "2026-11-25 18:44 +0100",
        "gmail",
        "Buenas tardes:\n\n"
        "Mañana sin falta les hacemos la transferencia. Se nos pasó con el cierre del trimestre, disculpen las molestias.\n\n"
        "Un saludo,\n\nMarta Esteban\nEsteban & Ruiz Abogados",
        lab(promised_date="2026-11-26", note="'mañana' after Wed 25 Nov"),
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Rocío Navarro", "direccion@escuelainfantil-elolivo.example"),
        "2026-12-02 13:15 +0100",
        "iphone",
        "Hola, buenas:\n\n"
        "Os pagaremos en cuanto cobremos la subvención de la Consejería, que nos han dicho que llegará a mediados de enero. Ahora mismo no tenemos liquidez, lo siento mucho.\n\n"
        "Rocío Navarro\nDirectora, Escuela Infantil El Olivo",
        lab(note="promise that waits for a grant; 'a mediados de enero' cannot be pinned to a day"),
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Bram Hoekstra", "b.hoekstra@notariaat-hoekstra.example"),
        "2026-11-30 10:05 +0100",
        "owa",
        "Goedemorgen,\n\n"
        "Excuses, de factuur was blijven liggen tijdens de vakantie van onze office manager. Wij betalen uiterlijk vrijdag 4 december.\n\n"
        "Met vriendelijke groet,\n\nBram Hoekstra\nNotariaat Hoekstra & Zn.\nOudegracht 112, Utrecht",
        lab(promised_date="2026-12-04", note="Dutch reply to an English reminder"),
        rlang="en",
        amt="€1,964.75",
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Anouk Verbeek", "anouk@kinderopvang-speelboom.example"),
        "2026-12-17 16:35 +0100",
        "iphone",
        "Hoi,\n\nIk maak het morgen over, vandaag lukt het niet meer want de tweede handtekening zit pas morgenochtend weer op kantoor.\n\nGroet, Anouk\nKinderopvang De Speelboom",
        lab(promised_date="2026-12-18", note="'morgen' after Thu 17 Dec"),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Geom. Paolo Marchetti", "studio@marchetti-amministrazioni.example"),
        "2026-12-07 11:45 +0100",
        "outlook",
        "Buongiorno,\n\n"
        "in riferimento al vostro sollecito, vi confermo che provvederemo al saldo entro il 15 dicembre, appena incassate le quote condominiali del Condominio Le Magnolie.\n\n"
        "Distinti saluti\n\nGeom. Paolo Marchetti\nStudio Marchetti Amministrazioni Condominiali\nVia Roma 18 – 37121 Verona",
        lab(
            promised_date="2026-12-15",
            note="a dated promise with a condition: the date is labelled",
        ),
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Luca Ferraris", "amministrazione@poliambulatorio-sanvitale.example"),
        "2026-12-15 09:20 +0100",
        "gmail",
        "Buongiorno,\n\n"
        "la fattura verrà pagata non appena l'ASL ci liquiderà le prestazioni di ottobre. Purtroppo i tempi non dipendono da noi; vi aggiorno appena ho notizie.\n\n"
        "Cordialmente,\nLuca Ferraris\nAmministrazione – Poliambulatorio San Vitale",
        lab(note="promise that waits for an outside payment; no date"),
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Helen Ashby", "helen.ashby@corbridge-brokers.example"),
        "2026-11-26 11:02 +0000",
        "outlook",
        "Hello,\n\n"
        "We have NOT paid this invoice and we won't be paying it as it stands. Nobody from Evergreen has cleaned our office since the 2nd of October – the access code for the building changed, we emailed your area supervisor twice with the new code and heard nothing back. We aren't paying for a month of cleaning that didn't happen.\n\n"
        "If you want to discuss it, call me on 0113 496 0872.\n\n"
        "Helen Ashby\nOffice Manager\nCorbridge Insurance Brokers Ltd",
        lab(note="negated payment with the reason: the service was not delivered"),
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Paul Okafor", "practice.manager@wyndhamroadsurgery.example"),
        "2026-12-08 09:55 +0000",
        "gmail",
        "Hi,\n\n"
        "Two things. EF26-03104 was paid on 20 November (our ref WRS-1120), so please take that off any future reminders.\n\n"
        "EF26-03377 is wrong though. It includes £240 for an exterior window clean that we cancelled by email on 5 October, and your operatives confirmed on site that it wasn't done. Please issue a credit for the £240 and we'll pay the remainder.\n\n"
        "Paul Okafor\nPractice Manager, Wyndham Road Surgery",
        lab(
            ("EF26-03104", "EF26-03377"),
            note="one invoice reported paid, the reminded one disputed: dispute wins for the disputed part; payment fields stay empty",
        ),
        inv="EF26-03377",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Margaret Lowe", "bursar@ellesmere-prep.example"),
        "2026-11-27 13:30 +0000",
        "thunderbird",
        "Good afternoon,\n\n"
        "Why has invoice EF26-03906 got a £180 'consumables surcharge' on it? There's nothing about a surcharge in our contract, which is a fixed monthly price of £1,240 including materials.\n\n"
        "Please send us a corrected invoice for £1,240 and we will pay it promptly.\n\n"
        "Regards,\n\n-- \nMargaret Lowe\nBursar\nEllesmere Preparatory School",
        lab(
            ("EF26-03906",),
            note="a question that contests a charge is a dispute; the corrected invoice and the payment depend on it",
        ),
        inv="EF26-03906",
        amt="£1,420.00",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Andreas Roth", "a.roth@roth-kunststofftechnik.example"),
        "2026-12-02 08:30 +0100",
        "outlook_html",
        "Guten Morgen,\n\n"
        "die Rechnung EF26-04079 können wir so nicht bezahlen. Sie berechnen 22 Reinigungstage für Oktober, unser Werk war aber vom 5. bis 16. Oktober wegen Betriebsferien geschlossen – Ihr Personal war nachweislich nur an 12 Tagen bei uns (siehe Zutrittsprotokoll).\n\n"
        "Bitte schicken Sie uns eine korrigierte Rechnung über 12 Tage.\n\n"
        "Mit freundlichen Grüßen\n\nAndreas Roth\nEinkauf\n\n"
        "Roth Kunststofftechnik GmbH\nAm Hafen 22 · 47119 Duisburg\nGeschäftsführer: Dr. Bernd Roth · Amtsgericht Duisburg HRB 24517 · USt-IdNr. DE298765432",
        lab(
            ("EF26-04079",),
            note="billed days contested; the corrected invoice follows from the dispute",
        ),
        inv="EF26-04079",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Claudia Neumann", "c.neumann@neumann-immobilien.example"),
        "2026-11-27 15:10 +0100",
        "gmail",
        "Hallo,\n\n"
        "wir haben die Rechnung EF26-04388 bewusst nicht bezahlt. Die darin enthaltene Sonderreinigung nach dem Wasserschaden im Treppenhaus (Objekt Kastanienweg 5) haben wir nie bei Ihnen beauftragt – das hat die Versicherung über eine andere Firma erledigt.\n\n"
        "Die reguläre Unterhaltsreinigung zahlen wir selbstverständlich, sobald wir eine korrigierte Rechnung ohne diese Position haben.\n\n"
        "Viele Grüße\nClaudia Neumann\nNeumann Immobilienverwaltung",
        lab(
            ("EF26-04388",), note="negated payment with the reason: an extra service never ordered"
        ),
        inv="EF26-04388",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Maison de santé du Parc", "accueil@msp-duparc.example"),
        "2026-12-04 10:15 +0100",
        "outlook",
        "Bonjour,\n\n"
        "Nous contestons cette facture. La désinfection quotidienne des salles de soins, prévue au contrat, n'a pas été faite pendant plus de deux semaines en octobre ; nous vous l'avons signalé à trois reprises, sans réponse.\n\n"
        "Nous ne réglerons pas cette facture tant qu'un avoir correspondant à ces jours n'aura pas été établi.\n\n"
        "Cordialement,\n\nDr Hélène Marchal\nMédecin coordinatrice – Maison de santé du Parc",
        lab(),
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Bertrand Faure", "gestion@institution-saintemarie.example"),
        "2026-12-11 16:40 +0100",
        "apple",
        "Bonjour,\n\n"
        "Nous avons réglé la partie entretien courant de la facture EF26-04155 (1 200,00 €) par virement le 7 décembre. En revanche, nous refusons de payer la ligne « nettoyage de la vitrerie », car les vitres n'ont pas été faites : l'intervention prévue le 24 octobre a été annulée par votre équipe et jamais reprogrammée.\n\n"
        "Merci de nous adresser un avoir pour cette ligne.\n\n"
        "Bertrand Faure\nGestionnaire\nInstitution Sainte-Marie",
        lab(
            ("EF26-04155",),
            note="part of the invoice paid, the rest contested: dispute wins for the disputed part; payment fields stay empty",
        ),
        inv="EF26-04155",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Sergio Campos", "sergio@asesoriacampos.example"),
        "2026-11-30 20:12 +0100",
        "iphone",
        "No vamos a pagar nada hasta que nos abonen la factura de agosto, mes en el que la oficina estuvo cerrada y aun así nos la cobraron. Se lo dije a vuestro comercial en septiembre y sigo esperando el abono.\n\n"
        "Sergio Campos\nAsesoría Campos",
        lab(note="refusal to pay until an earlier wrong invoice is credited"),
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Wouter Jansen", "w.jansen@vvebeheer-jansen.example"),
        "2026-12-07 14:25 +0100",
        "outlook",
        "Geachte heer, mevrouw,\n\n"
        "Factuur EF26-03840 klopt niet. U rekent een uurtarief van € 34,50, terwijl in de overeenkomst met VvE Het Kompas een tarief van € 31,00 is afgesproken (zie artikel 4 van het contract van 1 maart 2026).\n\n"
        "Graag ontvangen wij een creditnota en een nieuwe factuur tegen het juiste tarief.\n\n"
        "Met vriendelijke groet,\n\nWouter Jansen\nVvE Beheer Jansen B.V.\nKvK 81234567",
        lab(("EF26-03840",), note="contract-rate dispute; the new invoice follows from it"),
        inv="EF26-03840",
        charset="windows-1252",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Sanne de Vries", "praktijk@huisartsen-zuiderpark.example"),
        "2026-12-16 11:00 +0100",
        "gmail",
        "Hallo,\n\n"
        "Volgens mij is dit dubbel gefactureerd: EF26-03712 en EF26-03790 zijn allebei voor de schoonmaak van oktober, met hetzelfde bedrag. De eerste hebben we op 10 november betaald. Deze tweede betalen we dus niet.\n\n"
        "Groeten,\nSanne de Vries\nPraktijkmanager, Huisartsenpraktijk Zuiderpark",
        lab(
            ("EF26-03712", "EF26-03790"),
            note="duplicate billing; the payment mentioned is of the other invoice; Dutch reply to a French reminder",
        ),
        inv="EF26-03790",
        rlang="fr",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Ing. Marco Valli", "m.valli@valliserramenti.example"),
        "2026-12-09 09:05 +0100",
        "outlook_html",
        "Buongiorno,\n\n"
        "non abbiamo saldato la fattura EF26-04511 perché la pulizia di fine cantiere del nuovo capannone non è stata eseguita come da preventivo: residui di cemento sui pavimenti, vetrate non pulite, polvere su tutte le scaffalature. Abbiamo dovuto far intervenire i nostri operai.\n\n"
        "Vi chiediamo di rivedere l'importo prima di qualsiasi pagamento. Restiamo disponibili per un sopralluogo.\n\n"
        "Cordiali saluti\n\nIng. Marco Valli\nResponsabile di stabilimento\nValli Serramenti S.p.A.",
        lab(("EF26-04511",), note="negated payment with the reason: poor work"),
        inv="EF26-04511",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Rag. Giulia Conti", "g.conti@conti-amministrazioni.example"),
        "2026-11-25 18:20 +0100",
        "thunderbird",
        "Buonasera,\n\n"
        "la fattura EF26-04051 riporta 12 ore settimanali di pulizia delle scale, mentre il contratto approvato dall'assemblea ne prevede 8. Non posso pagare un importo diverso da quello deliberato.\n\n"
        "Attendo una nota di credito per la differenza.\n\n"
        "-- \nRag. Giulia Conti\nAmministrazione condomini - Via Manzoni 14, Monza",
        lab(("EF26-04051",)),
        inv="EF26-04051",
        charset="iso-8859-1",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Rachel Ingram", "manager@littleacorns-nursery.example"),
        "2026-11-23 12:20 +0000",
        "gmail",
        "Hi there,\n\n"
        "Could we split this into three monthly payments? Our local authority funding for the autumn term is late and cash is very tight until it arrives. We could make the first payment on 1 December.\n\n"
        "Many thanks,\nRachel Ingram\nNursery Manager – Little Acorns Day Nursery",
        lab(note="instalments proposed; plan dates are not labelled"),
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Keith Barlow", "keith.barlow@barlow-castings.example"),
        "2026-12-15 10:40 +0000",
        "outlook",
        "Morning,\n\n"
        "We've had a slow quarter. I can pay £800 now and the balance in January when our big order ships – would that be acceptable?\n\n"
        "Regards,\nKeith Barlow\nDirector\nBarlow Castings Ltd\nUnits 3–5, Foundry Lane, Walsall",
        lab(
            note="part payment now plus the rest later → payment_plan, not payment_sent or promise"
        ),
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Alan Fisk", "alan.fisk@hollybank-medical.example"),
        "2026-12-04 13:05 +0000",
        "iphone",
        "Is there any chance of paying £500 a week until the balance is paid off? Two partners off sick and the locum costs have wiped us out this month.\n\nAlan Fisk",
        lab(note="weekly instalments asked as a question"),
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Monika Sauer", "m.sauer@sauer-hausverwaltung.example"),
        "2026-12-01 11:30 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "aufgrund eines unerwarteten Heizungsschadens ist die Rücklage der WEG Schillerstraße 9 derzeit stark beansprucht. Wir schlagen vor, den offenen Betrag von 3.186,40 € in drei Monatsraten zu begleichen: 1.062,14 € zum 15.12.2026 sowie je 1.062,13 € zum 15.01. und 15.02.2027.\n\n"
        "Bitte bestätigen Sie uns kurz, ob Sie damit einverstanden sind.\n\n"
        "Mit freundlichen Grüßen\n\nMonika Sauer\nSauer Hausverwaltung GmbH\nBahnhofstraße 41 · 34117 Kassel",
        lab(note="three dated instalments; plan dates and amounts are not labelled"),
        charset="windows-1252",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Jan Petersen", "info@physio-petersen.example"),
        "2026-12-17 18:05 +0100",
        "apple",
        "Hallo,\n\n"
        "könnten wir die Hälfte jetzt zahlen und den Rest Mitte Januar? Im Dezember fehlen uns wegen der Feiertage Behandlungstage, und die Abrechnungen der Kassen kommen erst später.\n\n"
        "Viele Grüße\nJan Petersen\nPhysiotherapie Petersen, Kiel",
        lab(note="half now, half later, asked as a question"),
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Camille Roux", "camille.roux@atelier-roux.example"),
        "2026-11-24 14:50 +0100",
        "owa",
        "Bonjour,\n\n"
        "Pourrions-nous étaler le règlement de cette facture sur quatre mois ? Deux de nos clients ont suspendu leurs chantiers et notre trésorerie est tendue jusqu'au printemps.\n\n"
        "Nous pourrions faire un premier versement dès la semaine prochaine.\n\n"
        "Bien à vous,\nCamille Roux\nAtelier Roux Architectes",
        lab(note="French reply to an English reminder"),
        rlang="en",
        amt="€1,742.80",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Olivier Perrin", "direction@montessori-coteaux.example"),
        "2026-12-08 17:25 +0100",
        "gmail",
        "Bonjour,\n\n"
        "Nous pouvons vous verser 600 € dès cette semaine, puis le solde en deux fois, fin décembre et fin janvier. Est-ce que cela vous convient ?\n\n"
        "Plusieurs familles ont payé la scolarité en retard ce trimestre, d'où ce décalage.\n\n"
        "Cordialement,\nOlivier Perrin\nDirecteur – École Montessori des Coteaux",
        lab(note="part payment this week plus two later instalments → payment_plan"),
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Fernando Gil", "fernando@fincasgil.example"),
        "2026-12-03 12:00 +0100",
        "outlook",
        "Buenos días:\n\n"
        "Les escribo en nombre de la Comunidad de Propietarios Avenida del Puerto 31. ¿Sería posible fraccionar el importe pendiente en tres pagos mensuales? La comunidad tiene varias cuotas impagadas y la junta ha aprobado esta propuesta.\n\n"
        "Quedo a la espera de su respuesta.\n\n"
        "Atentamente,\n\nFernando Gil\nAdministración de Fincas Gil\nColegiado n.º 2417",
        lab(),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Elena Prieto", "clinica@dentalprieto.example"),
        "2026-12-10 20:30 +0100",
        "android",
        "Buenas noches:\n\n"
        "Le propongo pagar 1.000 € el día 15 y el resto, 1.058,30 €, el 15 de enero. Este mes hemos tenido que cambiar el equipo de rayos X y vamos justos.\n\n"
        "Dígame si le parece bien.\n\nElena Prieto\nClínica Dental Prieto",
        lab(note="two dated instalments; plan dates and amounts are not labelled"),
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Henk Mulder", "h.mulder@mulder-metaal.example"),
        "2026-11-26 09:40 +0100",
        "thunderbird",
        "Goedemorgen,\n\n"
        "Is een betalingsregeling bespreekbaar voor deze factuur? Wij denken aan € 500 per maand vanaf december, totdat alles betaald is.\n\n"
        "Met vriendelijke groet,\n\n-- \nHenk Mulder\nMulder Metaalbewerking B.V.\nIndustrieweg 17, Hengelo",
        lab(),
        cte="8bit",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Dott. Stefano Greco", "segreteria@studiogreco-commercialisti.example"),
        "2026-12-14 10:10 +0100",
        "outlook",
        "Buongiorno,\n\n"
        "con la presente chiediamo la possibilità di rateizzare l'importo della fattura in tre rate mensili di pari importo, a partire da gennaio. Il ritardo è dovuto a un problema temporaneo di liquidità legato agli incassi di fine anno.\n\n"
        "Restiamo in attesa di un vostro riscontro.\n\n"
        "Cordiali saluti\n\nDott. Stefano Greco\nStudio Greco – Commercialisti Associati\nCorso Vittorio Emanuele 88, Bari",
        lab(),
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Anna Lombardi", "coordinamento@infanzia-santachiara.example"),
        "2026-11-27 21:10 +0100",
        "iphone",
        "Buonasera, possiamo pagare metà adesso e metà a gennaio? Le rette di novembre non sono ancora entrate tutte.\nGrazie\n\nAnna Lombardi\nScuola dell'Infanzia Paritaria Santa Chiara",
        lab(note="half now, half in January, asked as a question"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Sam Whitaker", "sam.whitaker@pennine-freight.example"),
        "2026-11-25 11:25 +0000",
        "owa",
        "Hi,\n\n"
        "Can you send me a copy of EF26-03851? I can't find it in our system and the link to the PDF in your original email has expired.\n\n"
        "Thanks,\nSam Whitaker\nOperations Coordinator\nPennine Freight Services",
        lab(("EF26-03851",)),
        inv="EF26-03851",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Fiona Grant", "fiona.grant@castlegate-pm.example"),
        "2026-12-02 15:15 +0000",
        "outlook_html",
        "Dear Sir/Madam,\n\n"
        "Evergreen cleans three of the developments we manage (Riverside Wharf, Tanners Yard and The Maltings), and invoice EF26-04240 doesn't say which one it relates to. I can't allocate it to a service charge budget without the site name.\n\n"
        "Could you please re-send the invoice with the site shown on it, or a breakdown of the visits?\n\n"
        "Kind regards,\n\nFiona Grant\nClient Accountant\nCastlegate Property Management Ltd\n\n"
        "Castlegate Property Management Ltd is registered in Scotland (SC612345). This message is confidential and may be legally privileged. If you are not the intended recipient, please tell us and delete it; do not copy or forward it.",
        lab(
            ("EF26-04240",),
            note="asks which site the charge is for and for the detail; the amount is not contested",
        ),
        inv="EF26-04240",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Nadia Petrova", "accounts.payable@harlow-components.example"),
        "2026-12-16 09:05 +0000",
        "html_only",
        "Hello,\n\n"
        "Our accounts payable system rejects any invoice without a purchase order number, which is why EF26-04615 hasn't been paid. Please reissue it quoting PO 4500112938 and send it back to this address.\n\n"
        "The amount itself is fine.\n\n"
        "Regards,\nNadia Petrova\nAccounts Payable – Harlow Components Ltd",
        lab(
            ("EF26-04615",),
            note="reissue with a PO number, amount not contested; HTML-only message",
        ),
        inv="EF26-04615",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Birgit Lang", "verwaltung@zahnarzt-weber.example"),
        "2026-11-23 08:50 +0100",
        "outlook",
        "Guten Morgen,\n\n"
        "uns liegt keine Rechnung von Ihnen für Oktober vor, weder per Post noch per E-Mail. Bitte schicken Sie uns eine Kopie, dann überweisen wir umgehend.\n\n"
        "Freundliche Grüße\nBirgit Lang\nPraxismanagement\nZahnarztpraxis Dr. Weber\nKönigstraße 5 · 70173 Stuttgart",
        lab(note="payment depends on the copy: the action is sending the invoice; no date"),
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Frank Huber", "verwaltung@waldorfschule-isartal.example"),
        "2026-12-09 13:40 +0100",
        "thunderbird_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "zum Abgleich unserer Buchhaltung vor dem Jahresabschluss bitten wir um einen Kontoauszug mit allen offenen Posten unseres Kundenkontos.\n\n"
        "Vielen Dank und freundliche Grüße\n\nFrank Huber\nVerwaltung – Freie Waldorfschule Isartal",
        lab(note="statement of account request"),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Élodie Martin", "achats@clinique-valdorge.example"),
        "2026-11-30 10:30 +0100",
        "outlook_html",
        "Bonjour,\n\n"
        "Pourriez-vous nous renvoyer la facture EF26-04213 en y faisant figurer notre numéro de bon de commande BC-2026-118 ? Sans cette référence, notre service comptable ne peut pas l'enregistrer.\n\n"
        "Nous procéderons au paiement dès réception.\n\n"
        "Cordialement,\n\nÉlodie Martin\nService achats – Clinique du Val d'Orge\n\n"
        "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le détruire.",
        lab(
            ("EF26-04213",),
            note="reissue with a purchase-order number; payment on receipt has no date",
        ),
        inv="EF26-04213",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Julien Moreau", "j.moreau@agence-moreau-syndic.example"),
        "2026-12-14 15:00 +0100",
        "gmail",
        "Bonjour,\n\n"
        "Je ne retrouve pas cette facture dans nos dossiers. Pouvez-vous me la renvoyer avec le détail des passages effectués en octobre (dates et immeubles) ? J'en ai besoin pour la répartir entre les copropriétés.\n\n"
        "Merci,\nJulien Moreau\nAgence Moreau – Syndic de copropriété",
        lab(),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Amaia Etxeberria", "administracion@talleres-irurzun.example"),
        "2026-12-01 09:35 +0100",
        "outlook",
        "Buenos días:\n\n"
        "Desde el 1 de octubre nuestra razón social es Talleres Irurzun Industrial, S.L. (CIF B71234567). Necesitamos que nos emitan de nuevo la factura EF26-03488 con los datos correctos; con el nombre antiguo no la podemos contabilizar.\n\n"
        "El importe es correcto.\n\n"
        "Un saludo,\n\nAmaia Etxeberria\nAdministración – Talleres Irurzun Industrial, S.L.",
        lab(("EF26-03488",), note="reissue under a new company name, amount not contested"),
        inv="EF26-03488",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Pilar Domínguez", "secretaria@colegiosantateresa.example"),
        "2026-11-26 17:50 +0100",
        "iphone",
        "Hola, ¿me podéis mandar el desglose de horas de octubre? El patronato me lo pide para aprobar el pago.\nGracias,\nPilar",
        lab(note="asks for the detail behind the charge"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Esther Kok", "financien@spo-dewaarden.example"),
        "2026-12-03 14:10 +0100",
        "owa",
        "Goedemiddag,\n\n"
        "Wij kunnen de factuur alleen verwerken als ons inkoopordernummer erop staat. Wilt u een nieuwe factuur maken waarop inkoopordernummer IO-26-0452 vermeld staat?\n\n"
        "Met vriendelijke groet,\n\nEsther Kok\nFinanciële administratie\nStichting Primair Onderwijs De Waarden",
        lab(note="reissue with a purchase-order number"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Tim Bakker", "tim@fysio-noorderpoort.example"),
        "2026-12-18 08:20 +0100",
        "k9",
        "Goedemorgen,\n\n"
        "Kunt u mij een overzicht sturen van alle facturen die bij u nog openstaan? Ik wil het in één keer rechtzetten voor de jaarafsluiting.\n\n"
        "Tim Bakker\nFysiotherapie Noorderpoort",
        lab(
            note="statement of open items; 'in één keer rechtzetten' has no date and is no promise"
        ),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Laura Fontana", "amministrazione@meccanicafontana.example"),
        "2026-12-04 11:50 +0100",
        "outlook_html",
        "Buongiorno,\n\n"
        "la fattura indicata nel sollecito non ci risulta pervenuta tramite SDI. Potete verificare e reinviarla al nostro codice destinatario M5UXCR1? Senza la fattura elettronica non possiamo registrarla né pagarla.\n\n"
        "Grazie, cordiali saluti\n\nLaura Fontana\nAmministrazione – Meccanica Fontana S.r.l.\nVia Emilia Est 210, 41122 Modena",
        lab(note="electronic invoice never received through the exchange system: resend"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Tessa Lyle", "tessa.lyle@carrowmedical.example"),
        "2026-11-24 18:30 +0000",
        "gmail",
        "Hi,\n\n"
        "I moved to our Harrogate surgery in October and no longer look after the accounts for Carrow Medical Centre. Please send this to our practice manager, Helen Dyer – helen.dyer@carrowmedical.example – who handles all supplier invoices now.\n\n"
        "Best wishes,\nTessa Lyle",
        lab(new_contact="helen.dyer@carrowmedical.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@brightwater-recruitrnent.example"),
        "2026-12-15 07:58 +0000",
        "outlook_html",
        "Dear Supplier,\n\n"
        "Please be advised that our accounts department has been restructured with immediate effect. Kindly update your records and redirect all invoices, statements and payment reminders to our new finance mailbox: brightwater.finance.dept@gmail.com\n\n"
        "Kindly also confirm by return the total outstanding balance on our account so that payment can be processed urgently before the year end.\n\n"
        "Regards,\nAccounts Department\nBrightwater Recruitment",
        lab(
            new_contact="brightwater.finance.dept@gmail.com",
            note="reads like a redirect scam (look-alike sender domain 'recruitrnent' answering a hijacked thread, free-mail address, urgency); labelled by what it asks; a person must verify before any contact is changed",
        ),
        quote_to="Laura Kemp <laura.kemp@brightwater-recruitment.example>",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Janet Cole", "office@northvale-primary.example"),
        "2026-12-07 12:35 +0000",
        "outlook",
        "Good afternoon,\n\n"
        "This is the school office – we don't pay invoices here. Since September all of our suppliers are paid centrally by the Trust, so please send the invoice and any reminders to Finance@Northvale-Trust.example (copied in).\n\n"
        "Kind regards,\nJanet Cole\nSchool Administrator\nNorthvale Primary School – part of Northvale Learning Trust",
        lab(
            new_contact="finance@northvale-trust.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        cc="Northvale Trust Finance <Finance@Northvale-Trust.example>",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Dieter Krause", "d.krause@krause-immobilien.example"),
        "2026-11-26 10:20 +0100",
        "gmail",
        "Guten Tag,\n\n"
        "seit dem 1. Oktober ist nicht mehr unsere Firma, sondern die Immobilienverwaltung Hoffmann für die Liegenschaft Lindenstraße 8 zuständig. Bitte richten Sie Rechnungen und Mahnungen künftig an rechnung@hv-hoffmann.example.\n\n"
        "Mit freundlichen Grüßen\nDieter Krause\nKrause Immobilien e.K.",
        lab(new_contact="rechnung@hv-hoffmann.example", note="property handed to a new manager"),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Vincent Lefèvre", "v.lefevre@cabinet-duroc.example"),
        "2026-12-10 12:45 +0100",
        "apple",
        "Bonjour,\n\n"
        "La comptabilité du cabinet n'est plus de mon ressort depuis la rentrée. Merci d'adresser vos factures et relances à notre assistante administrative, Mme Laure Petit : compta@cabinet-duroc.example\n\n"
        "Bien cordialement,\nVincent Lefèvre\nMasseur-kinésithérapeute – Cabinet Duroc",
        lab(new_contact="compta@cabinet-duroc.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Groupe scolaire Jean-Moulin - Intendance", "intendance@gs-jeanmoulin.example"),
        "2026-12-01 10:06 +0100",
        "none",
        "Bonjour,\n\n"
        "Cette adresse n'est plus consultée depuis le 1er novembre 2026.\n"
        "Pour toute question relative à la facturation ou aux paiements, merci d'écrire à : gestion.financiere@gs-jeanmoulin.example\n\n"
        "Ce message est généré automatiquement, merci de ne pas y répondre.",
        lab(
            new_contact="gestion.financiere@gs-jeanmoulin.example",
            note="automatic 'mailbox no longer read' notice naming a new address: wrong_contact (README rule)",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Carmen Ruiz", "recepcion@oftalmologicavega.example"),
        "2026-12-09 16:10 +0100",
        "outlook",
        "Buenas tardes:\n\n"
        "Esta dirección es la de recepción de la clínica. Las facturas de proveedores las lleva nuestra gestoría; por favor, envíenlas a facturas@gestoria-almansa.example.\n\n"
        "Gracias,\nCarmen Ruiz\nRecepción – Clínica Oftalmológica Vega",
        lab(new_contact="facturas@gestoria-almansa.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Ignacio Bravo", "ignacio@bravo-arquitectura.example"),
        "2026-11-30 13:22 +0100",
        "gmail",
        "Hola,\n\n"
        "Creo que se han equivocado de destinatario: nuestro estudio no tiene ningún contrato de limpieza con ustedes, ni lo ha tenido nunca. Quizá sea otra empresa con un nombre parecido.\n\n"
        "Saludos,\nIgnacio Bravo\nBravo Arquitectura",
        lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Kees van Leeuwen", "k.vanleeuwen@vanleeuwen-verpakkingen.example"),
        "2026-12-11 15:05 +0100",
        "outlook",
        "Goedemiddag,\n\n"
        "Ik ben sinds november niet meer verantwoordelijk voor de crediteurenadministratie. Wilt u de factuur en de herinnering naar crediteuren@vanleeuwen-verpakkingen.example sturen? Daar wordt het opgepakt.\n\n"
        "Met vriendelijke groet,\n\nKees van Leeuwen\nHoofd Facilitaire Dienst\nVan Leeuwen Verpakkingen B.V.",
        lab(new_contact="crediteuren@vanleeuwen-verpakkingen.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Marieke Bos", "marieke@tandartspraktijkbos.example"),
        "2026-11-25 09:30 +0100",
        "gmail",
        "Goedemorgen,\n\n"
        "Ik heb dit doorgestuurd naar onze administrateur, Petra van Dam (in de cc). Zij doet onze betalingen; wilt u voortaan rechtstreeks met haar mailen? p.vandam@administratiekantoor-vandam.example\n\n"
        "Groet,\nMarieke Bos\nTandartspraktijk Bos",
        lab(
            new_contact="p.vandam@administratiekantoor-vandam.example",
            note="new contact named in the text and copied in Cc",
        ),
        cc="Petra van Dam <p.vandam@administratiekantoor-vandam.example>",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Rag. Franco Rossi", "studio@rossi-amministrazioni.example"),
        "2026-12-03 17:15 +0100",
        "html_only",
        "Buonasera,\n\n"
        "vi informo che dal 1° ottobre non sono più l'amministratore del Condominio Residenza dei Pini: l'assemblea ha nominato lo Studio Ferri, al quale ho già consegnato tutta la documentazione. Vi prego di inviare fatture e solleciti a amministrazione@studioferri.example.\n\n"
        "Cordiali saluti\n\nRag. Franco Rossi\nStudio Rossi Amministrazioni",
        lab(new_contact="amministrazione@studioferri.example"),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Marta Pini", "segreteria.didattica@istitutoleonardo.example"),
        "2026-12-17 11:05 +0100",
        "roundcube",
        "Buongiorno,\n\n"
        "questo è l'indirizzo della segreteria didattica, non ci occupiamo dei pagamenti. Le fatture vanno inviate all'ufficio acquisti: acquisti@istitutoleonardo.example\n\n"
        "Saluti,\nMarta Pini\nSegreteria didattica – Istituto Leonardo",
        lab(new_contact="acquisti@istitutoleonardo.example"),
        cte="8bit",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Stuart Kerr", "stuart@kerr-engineering.example"),
        "2026-12-02 19:40 +0000",
        "samsung",
        "Take me off this list. We paid weeks ago and I'm sick of these emails.\n\nStuart Kerr",
        lab(note="stop request plus a payment claim: unsubscribe beats everything but bounce"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Amy Lister", "reception@oakfield-dental.example"),
        "2026-11-27 10:12 +0000",
        "outlook",
        "Hi,\n\n"
        "Please stop sending these to me – I'm the receptionist and have nothing to do with the practice's bills. Remove this address from your mailing list please.\n\n"
        "Amy\nReception – Oakfield Dental Care",
        lab(
            note="remove-me plus 'not the right person' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Graham Pike", "g.pike@pike-estates.example"),
        "2026-12-14 16:45 +0000",
        "thunderbird_bottom",
        "I have told your colleague twice that this invoice is wrong. I'm not discussing it by email any more. Remove this address from your reminders and write to us by post at our registered office if you wish to pursue it.\n\n"
        "G. Pike\nDirector, Pike Estates Ltd",
        lab(
            note="stop request and 'post only' on top of a disputed invoice: unsubscribe beats dispute; bottom-posted"
        ),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Petra Schmitt", "sekretariat@gs-muehlbach.example"),
        "2026-12-08 10:55 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "bitte nehmen Sie diese Adresse aus Ihrem Verteiler. Das Sekretariat ist für Rechnungen nicht zuständig, und wir möchten keine Zahlungserinnerungen mehr erhalten.\n\n"
        "Mit freundlichen Grüßen\nPetra Schmitt\nSekretariat Grundschule am Mühlbach",
        lab(note="remove-me plus 'not responsible' without a new address"),
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Georg Lindner", "g.lindner@lindner-maschinenbau.example"),
        "2026-12-16 14:20 +0100",
        "apple",
        "Keine weiteren E-Mails in dieser Sache bitte. Die Angelegenheit liegt bei unserem Rechtsanwalt; Korrespondenz bitte ausschließlich schriftlich über die Kanzlei.\n\n"
        "Georg Lindner\nGeschäftsführer\nLindner Maschinenbau GmbH",
        lab(note="'only in writing through our lawyer' with no address → unsubscribe"),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Claire Benoît", "claire.benoit.med@gmail.com"),
        "2026-11-28 09:14 +0100",
        "k9",
        "Merci de ne plus m'envoyer ces relances sur cette adresse, désinscrivez-moi de vos envois. C'est mon adresse personnelle.\n\nClaire Benoît",
        lab(),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Raúl Medina", "raul.medina@medinaconsultores.example"),
        "2026-12-11 12:00 +0100",
        "gmail",
        "Dejen de enviarme correos, por favor. Es la tercera vez que lo pido.\n\nRaúl Medina",
        lab(note="Spanish reply to an English reminder"),
        rlang="en",
        amt="€2,058.30",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Nuria Sáez", "nuria.saez.p@gmail.com"),
        "2026-12-05 11:30 +0100",
        "iphone",
        "No quiero recibir más correos de cobro en esta dirección, es mi correo personal y no sé quién se lo dio. Denme de baja.\n\nNuria",
        lab(),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Lotte Brouwer", "lotte@verloskundigen-oost.example"),
        "2026-11-23 13:20 +0100",
        "android",
        "Graag afmelden voor deze mails, dank u.\n\nLotte Brouwer",
        lab(),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("R. Visser", "r.visser@visser-kunststoffen.example"),
        "2026-12-17 09:50 +0100",
        "outlook_html",
        "Stop met het sturen van herinneringen. Deze factuur is betwist en ligt bij onze advocaat. Verdere correspondentie graag uitsluitend via hem.\n\n"
        "R. Visser\nDirecteur\nVisser Kunststoffen B.V.",
        lab(
            note="stop plus a dispute and 'only through our lawyer' with no address: unsubscribe beats dispute"
        ),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Francesca Moretti", "segreteria@liceo-ausiliatrice.example"),
        "2026-12-01 15:35 +0100",
        "owa",
        "Buongiorno,\n\n"
        "vi prego di cancellare questo indirizzo dalla vostra lista di invio. Non desideriamo ricevere ulteriori comunicazioni di questo tipo.\n\n"
        "Cordiali saluti\nFrancesca Moretti",
        lab(),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Piero Galli", "studio@galli-amministrazioni.example"),
        "2026-11-24 12:40 +0100",
        "outlook",
        "Non inviate più solleciti a questo indirizzo e-mail. Qualsiasi comunicazione relativa al Condominio Via Verdi 22 dovrà pervenire esclusivamente a mezzo raccomandata A/R presso lo studio.\n\n"
        "Piero Galli\nStudio Galli Amministrazioni Immobiliari",
        lab(note="'registered post only' → unsubscribe (like 'post only')"),
        charset="iso-8859-1",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Chris Dawson", "c.dawson@meridian-businesspark.example"),
        "2026-11-30 09:12 +0000",
        "outlook_auto",
        "Thanks for your message. I'm away from the office until Friday 4 December and will only check email occasionally. I'll get back to you when I return.\n\n"
        "Chris Dawson\nFacilities Manager, Meridian Business Park",
        lab(return_date="2026-12-04", note="'until X' → X itself"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Hollins Group Helpdesk", "helpdesk@hollins-group.example"),
        "2026-12-09 09:07 +0000",
        "none",
        "Hello,\n\n"
        "Thank you for contacting the Hollins Group Facilities Helpdesk. Your request has been logged with the reference FM-208814.\n\n"
        "Our facilities coordinators aim to respond within 3 working days. Please keep the reference in the subject line of any further emails about this request.\n\n"
        "This is an automated message – please do not reply.\n\n"
        "Hollins Group Facilities Helpdesk",
        lab(note="ticket acknowledgement; 'within 3 working days' is no return date"),
        subject="[FM-208814] {rsub}",
        headers=(AUTO, ("X-Ticket-ID", "FM-208814")),
        threaded=False,
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Lisa Carver", "l.carver@greenwaymedical.example"),
        "2026-12-09 09:15 +0000",
        "outlook_auto",
        "I'm on annual leave and will be returning on Monday 14 December. Your email will not be forwarded.\n\n"
        "If your accounts query can't wait, write to accounts.payable@greenwaymedical.example or ring 0161 496 0330.\n\n"
        "Lisa Carver\nFinance Assistant – Greenway Medical Group",
        lab(
            return_date="2026-12-14",
            note="an auto-reply naming another address keeps new_contact null",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Melanie Hartmann", "m.hartmann@hartmann-etiketten.example"),
        "2026-11-30 10:09 +0100",
        "outlook_auto",
        "Danke für Ihre E-Mail. Bis einschließlich 04.12.2026 bin ich außer Haus; ab Montag, 07.12.2026, bin ich wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\n"
        "Thanks for your email. I'm away until 4 December 2026 inclusive and reachable again from Monday, 7 December 2026. Your email will not be forwarded.\n\n"
        "Melanie Hartmann\nEinkauf | Hartmann Etiketten GmbH",
        lab(
            return_date="2026-12-07",
            note="bilingual notice, German first; the day back wins over 'bis einschließlich'; answers an English reminder",
        ),
        subject="Automatische Antwort: {rsub}",
        rlang="en",
        amt="€3,186.40",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Hausarztpraxis Dr. Schulte", "praxis@hausarzt-schulte.example"),
        "2026-12-18 09:05 +0100",
        "none",
        "Sehr geehrte Damen und Herren,\n\n"
        "unsere Praxis ist vom 17.12.2026 bis einschließlich 03.01.2027 geschlossen. Ab Montag, dem 04.01.2027, ist die Praxis wieder geöffnet.\n\n"
        "Bei akuten Beschwerden erreichen Sie den ärztlichen Bereitschaftsdienst.\n\n"
        "Ihr Praxisteam Dr. Schulte",
        lab(
            return_date="2027-01-04",
            note="holiday closure; 'ab … wieder geöffnet' wins over 'bis einschließlich'",
        ),
        subject="Praxisurlaub vom 17.12.2026 bis 03.01.2027",
        headers=(AUTO,),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Agnès Rolland", "a.rolland@rolland-emballages.example"),
        "2026-12-08 10:04 +0100",
        "outlook_auto",
        "Bonjour,\n\n"
        "Je suis absente du 7 au 11 décembre inclus et je reprendrai le travail le lundi 14 décembre. Pendant mon absence, vos messages ne seront pas transférés.\n\n"
        "Cordialement,\nAgnès Rolland\nComptabilité fournisseurs – Rolland Emballages",
        lab(return_date="2026-12-14", note="the stated day back wins over the end of the absence"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Service comptabilité - Les Jardins d'Arcadie", "comptabilite@ehpad-arcadie.example"),
        "2026-11-26 09:03 +0100",
        "none",
        "Bonjour,\n\n"
        "Nous accusons réception de votre message, qui sera traité par le service comptabilité dans les meilleurs délais.\n\n"
        "Ceci est un message automatique, merci de ne pas y répondre.\n\n"
        "Service comptabilité\nRésidence médicalisée Les Jardins d'Arcadie",
        lab(note="receipt acknowledgement, no return date"),
        subject="Accusé de réception : {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Beatriz Molina", "administracion@academiababel.example"),
        "2026-11-25 09:11 +0100",
        "none",
        "Hola:\n\n"
        "Me encuentro de vacaciones hasta el 1 de diciembre, sin acceso al correo. Contestaré a su mensaje a mi regreso.\n\n"
        "Un saludo,\nBeatriz Molina\nAdministración – Academia de Idiomas Babel",
        lab(return_date="2026-12-01", note="'hasta X' → X itself"),
        subject="Fuera de la oficina",
        headers=(AUTO,),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Femke de Groot", "f.degroot@degroot-advocaten.example"),
        "2026-11-24 10:06 +0100",
        "outlook_auto",
        "Dank voor uw bericht. Ik ben tot en met vrijdag 27 november afwezig. Vanaf maandag 30 november ben ik weer bereikbaar.\n\n"
        "Met vriendelijke groet,\nFemke de Groot\nOffice manager – De Groot & Partners Advocaten",
        lab(return_date="2026-11-30", note="'vanaf' the day back wins over 'tot en met'"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Jeroen Smit", "j.smit@zorgcentrum-hogeweide.example"),
        "2026-12-15 09:19 +0100",
        "none",
        "Beste afzender,\n\n"
        "Wegens ziekte ben ik voorlopig afwezig. Uw e-mail wordt niet automatisch doorgestuurd en wordt pas gelezen na mijn terugkeer.\n\n"
        "Jeroen Smit\nFacilitair coördinator\nZorgcentrum De Hoge Weide",
        lab(note="absence without a day back"),
        subject="Afwezig: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Alessandra Ricci", "a.ricci@riccitessuti.example"),
        "2026-12-14 10:13 +0100",
        "outlook_auto",
        "Buongiorno,\n\n"
        "sarò assente dall'ufficio fino a venerdì 18 dicembre, con accesso limitato alla posta elettronica. Per questioni urgenti potete contattare il centralino allo 0574 615 288.\n\n"
        "Cordiali saluti\nAlessandra Ricci\nUfficio acquisti – Ricci Tessuti S.p.A.",
        lab(return_date="2026-12-18", note="'fino a X' → X itself"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Segreteria Scuola San Giuseppe", "segreteria@scuolasangiuseppe.example"),
        "2026-12-02 09:10 +0100",
        "none",
        "Gentile utente,\n\n"
        "la sua e-mail è stata ricevuta dalla segreteria. Gli uffici sono aperti dal lunedì al venerdì dalle 8:00 alle 13:00; riceverà una risposta nel più breve tempo possibile.\n\n"
        "Segreteria – Scuola Primaria Paritaria San Giuseppe",
        lab(note="school autoresponder without Auto-Submitted (Precedence: bulk, X-Autoreply)"),
        subject="Re: {rsub}",
        headers=(("Precedence", "bulk"), ("X-Autoreply", "yes")),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Susan Price", "practice.manager@millbrook-dental.example"),
        "2026-12-01 11:55 +0000",
        "outlook",
        "Hello,\n\n"
        "Before we pay this, can you confirm something for me? Last week we received a letter on what looks like your letterhead saying Evergreen's bank details have changed, with a new sort code and account number. It didn't come from the person we normally deal with and the phone number on it just rings out.\n\n"
        "Can somebody ring me on 01632 960518 to confirm your correct details? We were caught out by a fake invoice last year and I'm not paying anything until I've spoken to you.\n\n"
        "Thanks,\nSusan Price\nPractice Manager\nMillbrook Dental Practice",
        lab(
            note="asks to verify a suspected bank-details change; no commitment to pay, a person must call back"
        ),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Mark Fenton", "mark.fenton@caldervalley-textiles.example"),
        "2026-11-23 17:40 +0000",
        "iphone",
        "Got this. Not my department but I've printed it off and left it on the FD's desk.\n\nMark",
        lab(note="acknowledgement without any commitment; passing it on names no contact"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Priyesh Shah", "p.shah@tamworth-coldstore.example"),
        "2026-12-04 10:25 +0000",
        "gmail",
        "Hi,\n\n"
        "Separate question while I have you – could you quote for a deep clean of our warehouse and loading bays over the Christmas shutdown (24 December to 2 January)? It's about 4,000 m² plus the mezzanine offices.\n\n"
        "Best,\nPriyesh Shah\nOperations Director\nTamworth Cold Storage Ltd",
        lab(note="sales enquiry in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Jana Köhler", "empfang@berger-steuerberatung.example"),
        "2026-12-04 15:50 +0100",
        "gmail",
        "Hallo,\n\n"
        "ich bin hier nur die Urlaubsvertretung und habe keinen Zugriff auf die Buchhaltung. Frau Berger ist ab dem 14.12. wieder im Haus, ich lege ihr Ihre Mail hin.\n\n"
        "Gruß\nJana Köhler\nEmpfang – Berger & Partner Steuerberatung",
        lab(
            note="a person covering for a colleague, not an auto-reply; nothing promised, no new address"
        ),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Stefan Brandt", "s.brandt@brandt-medizintechnik.example"),
        "2026-11-25 14:00 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "unabhängig von der Rechnung: Wir haben den Reinigungsvertrag für unser Lager in Tuttlingen fristgerecht zum 31.12.2026 gekündigt, unser Kündigungsschreiben ging am 28.09. per Einschreiben an Sie. Eine Bestätigung haben wir bis heute nicht erhalten. Bitte bestätigen Sie uns die Kündigung schriftlich.\n\n"
        "Mit freundlichen Grüßen\n\nStefan Brandt\nLeiter Facility Management\n"
        "Brandt Medizintechnik GmbH\nSitz: Tuttlingen · Registergericht Stuttgart HRB 745210 · Geschäftsführung: Dr. Ulrike Brandt",
        lab(
            note="contract-termination question in the reminder thread; the invoice is not contested"
        ),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Laurent Garcia", "l.garcia@imprimerie-garcia.example"),
        "2026-11-27 12:05 +0100",
        "iphone",
        "Bonjour, pouvez-vous me rappeler cet après-midi ? Je préfère en parler de vive voix.\n06 12 48 90 37\n\nLaurent Garcia\nImprimerie Garcia",
        lab(note="call-back request; nothing said about paying"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Anne Rey", "dr.rey@cabinetdentaire-rey.example"),
        "2026-12-15 18:10 +0100",
        "thunderbird",
        "Bonjour,\n\n"
        "Notre cabinet déménage le 4 janvier au 27 avenue Foch, à deux rues d'ici. Le contrat de ménage continue-t-il automatiquement à la nouvelle adresse, ou faut-il signer un avenant ? Les locaux font à peu près la même surface.\n\n"
        "Bonne soirée,\nAnne Rey",
        lab(note="contract question about a move; nothing about the invoice"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Cristina Vidal", "oficina@vidalsoler.example"),
        "2026-12-10 11:15 +0100",
        "outlook",
        "Buenos días:\n\n"
        "Aprovecho este correo para pedirles un cambio: a partir de enero, ¿podrían venir a limpiar a partir de las 20:00 en lugar de a las 18:00? Tenemos reuniones con clientes hasta tarde.\n\n"
        "Gracias,\nCristina Vidal\nResponsable de oficina – Vidal & Soler Asesores",
        lab(note="service-schedule request in the reminder thread"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Javier Ortiz", "javier.ortiz.cp@gmail.com"),
        "2026-12-12 10:40 +0100",
        "samsung",
        "Recibido. El lunes lo miro con la administradora de la finca y les digo algo.\n\nJavier Ortiz\nPresidente – C.P. Calle Alfarería 9",
        lab(note="promises to look at it on Monday, not to pay: no commitment"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Lieke Hermans", "lieke@hermans-logistiek.example"),
        "2026-11-30 14:45 +0100",
        "gmail",
        "Hallo,\n\n"
        "Los van deze herinnering: klopt het dat jullie tarieven per 1 januari met 6% omhooggaan? Dat stond in jullie nieuwsbrief, maar onze contactpersoon wist er niets van. Graag een bevestiging, dan kan ik het budget voor 2027 aanpassen.\n\n"
        "Groet,\nLieke Hermans\nOffice manager – Hermans Logistiek",
        lab(note="price question unrelated to this invoice"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Matteo Galbiati", "m.galbiati@galbiati-arredi.example"),
        "2026-12-07 19:22 +0100",
        "iphone",
        "Ok grazie",
        lab(note="bare acknowledgement; 'ok' is neither a payment claim nor a promise"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Daniele Russo", "portineria@plasticherusso.example"),
        "2026-11-26 08:35 +0100",
        "k9",
        "Buongiorno, approfitto di questa mail: la vostra addetta del martedì ha lasciato da noi il mazzo di chiavi del magazzino e il badge. Li teniamo in portineria, passate a ritirarli quando volete.\n\n"
        "Daniele Russo\nCapoturno – Plastiche Russo S.r.l.",
        lab(note="operational message in the reminder thread; nothing about the invoice"),
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
# Delivery reports: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder that Evergreen sent to `rcpt` in language `rlang`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    minutes: int = 3  # how long after the reminder the report was written
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return self.dt - timedelta(minutes=self.minutes, seconds=number(self.key, "sec", 0, 60))

    @property
    def invoice(self) -> str:
        return default_invoice(self.key)

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def reminder(self) -> Message:
        return original_reminder(
            self.rlang, self.rcpt, self.sent.astimezone(UK), self.key, self.invoice
        )

    def subject(self) -> str:
        return reminder_subject(self.rlang, self.invoice)


def delivery_status(
    per_message: list[tuple[str, str]], per_recipient: list[tuple[str, str]]
) -> Message:
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    blocks: list[Message | str] = []
    for fields in (per_message, per_recipient):
        block = Message()
        for name, value in fields:
            block[name] = value
        blocks.append(block)
    ds.set_payload(blocks)
    return ds


def recipient_fields(
    b: Bounce, action: str, diagnostic: str, remote: str = "", retry_days: int = 0
) -> list[tuple[str, str]]:
    fields = [
        ("Final-Recipient", f"rfc822; {b.rcpt}"),
        ("Original-Recipient", f"rfc822;{b.rcpt}"),
        ("Action", action),
        ("Status", b.status),
    ]
    if remote:
        fields.append(("Remote-MTA", f"dns; {remote}"))
    fields.append(("Diagnostic-Code", diagnostic))
    fields.append(("Last-Attempt-Date", format_datetime(b.dt)))
    if retry_days:
        fields.append(("Will-Retry-Until", format_datetime(b.sent + timedelta(days=retry_days))))
    return fields


def returned_headers(b: Bounce) -> Message:
    text = "".join(f"{k}: {v}\n" for k, v in b.reminder().items())
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def returned_message(b: Bounce) -> Message:
    return MIMEMessage(b.reminder())


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str, markup: str, charset: str = "utf-8") -> Message:
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    *,
    headers: tuple[tuple[str, str], ...] = (),
    auto: bool = True,
    style: str = "bounce",
    msgid: str = "",
) -> Message:
    msg["Return-Path"] = "<>"
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    found = re.search(r"@([\w.-]+)", sender)
    host = found.group(1) if found else AR_MTA
    msg["Message-ID"] = msgid or f"<{b32(b.key, 'bounce', 22).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    for name, value in headers:
        msg[name] = value
    return finalize(msg, b.key, style)


def bounce_sendmail_hard(b: Bounce) -> Message:
    arrival = b.sent.astimezone(UK)
    human = (
        f"The original message was received at {format_datetime(arrival)}\n"
        "from localhost [127.0.0.1]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n"
        f"    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to mx.{b.domain}.:\n"
        f">>> RCPT To:<{b.rcpt}>\n"
        f"<<< 550 5.1.1 <{b.rcpt}>... User unknown\n"
        f"550 5.1.1 <{b.rcpt}>... User unknown\n"
    )
    per_message = [
        ("Reporting-MTA", f"dns; {AR_MTA}"),
        ("Received-From-MTA", "DNS; localhost"),
        ("Arrival-Date", format_datetime(arrival)),
    ]
    per_rcpt = [
        ("Final-Recipient", f"RFC822; {b.rcpt}"),
        ("Action", "failed"),
        ("Status", b.status),
        ("Remote-MTA", f"DNS; mx.{b.domain}"),
        ("Diagnostic-Code", f"SMTP; 550 5.1.1 <{b.rcpt}>... User unknown"),
        ("Last-Attempt-Date", format_datetime(b.dt)),
    ]
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(per_message, per_rcpt),
        returned_message(b),
    ]
    sender = f"Mail Delivery Subsystem <MAILER-DAEMON@{AR_MTA}>"
    return finish(b, report(parts), sender, "Returned mail: see transcript for details")


def bounce_qmail_hard(b: Bounce) -> Message:
    host = f"mx1.{b.domain}"
    original = b.reminder().as_string()
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 27114 invoked from network); {format_datetime(b.sent.astimezone(UK))}\n"
        f"Received: from {AR_MTA} (HELO {AR_MTA}) (198.51.100.25)\n"
        f"  by {host} with SMTP; {format_datetime(b.sent.astimezone(UK))}\n"
        f"{original}"
    )
    msg = Message()
    msg.set_payload(text)
    stamp = b.dt.astimezone(UK).strftime("%Y%m%d%H%M%S")
    msgid = f"<{stamp}.{number(b.key, 'pid', 1000, 99999)}.qmail@{host}>"
    return finish(b, msg, f"MAILER-DAEMON@{host}", "failure notice", auto=False, msgid=msgid)


def bounce_postfix_delay(b: Bounce) -> Message:
    remote = f"mx.{b.domain}"
    human = (
        f"This is the mail system at host {AR_MTA}.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 5 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: connect to {remote}[192.0.2.58]:25: Connection timed out\n"
    )
    per_message = [
        ("Reporting-MTA", f"dns; {AR_MTA}"),
        ("X-Postfix-Queue-ID", "4QfT2m0L7Rz9sWq"),
        ("X-Postfix-Sender", f"rfc822; {AR_ADDR}"),
        ("Arrival-Date", format_datetime(b.sent.astimezone(UK))),
    ]
    per_rcpt = recipient_fields(
        b,
        "delayed",
        f"X-Postfix; connect to {remote}[192.0.2.58]:25: Connection timed out",
        retry_days=5,
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(per_message, per_rcpt),
        returned_headers(b),
    ]
    sender = f"MAILER-DAEMON@{AR_MTA} (Mail Delivery System)"
    return finish(b, report(parts), sender, "Delayed Mail (still being retried)")


def exchange_markup(paragraphs: list[str], diagnostics: str) -> str:
    body = "".join(
        f'<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:11pt">{html_lines(p)}</p>\n'
        for p in paragraphs
    )
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body dir="ltr">\n'
        f'<div style="background-color:white">\n{body}'
        f'<pre style="color:gray;font-family:Consolas,monospace;font-size:9pt">{html.escape(diagnostics, quote=False)}</pre>\n'
        "</div>\n</body>\n</html>\n"
    )


EXCHANGE_SENDER = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{domain}>"


def bounce_exchange_de_hard(b: Bounce) -> Message:
    local = b.rcpt.split("@")[0]
    server = f"EX02.{b.domain}"
    diag_line = (
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    )
    paragraphs = [
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
        f"{local} wurde unter {b.domain} nicht gefunden.",
        "Evergreen Accounts Receivable\nAbsender\n\nAktion erforderlich\n\n"
        + b.domain
        + "\nEmpfänger",
        "Unbekannter Empfänger",
        "So beheben Sie das Problem\nDie Adresse ist falsch geschrieben oder existiert nicht mehr. Prüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut. Wenn das Problem weiterhin besteht, wenden Sie sich auf einem anderen Weg an den Empfänger (zum Beispiel telefonisch) und bitten Sie ihn, seine E-Mail-Adresse zu bestätigen.",
    ]
    diagnostics = (
        "Diagnoseinformationen für Administratoren:\n\n"
        f"Generierender Server: {server}\n\n{b.rcpt}\nRemoteserver hat '{diag_line}' zurückgegeben\n\n"
        "Ursprüngliche Nachrichtenkopfzeilen:\n\n"
        + "".join(f"{k}: {v}\n" for k, v in b.reminder().items())
    )
    text = "\n\n".join(paragraphs) + "\n\n" + diagnostics
    per_message = [
        ("Reporting-MTA", f"dns;{server}"),
        ("Received-From-MTA", f"dns;{AR_MTA}"),
        ("Arrival-Date", format_datetime(b.sent)),
    ]
    per_rcpt = recipient_fields(b, "failed", f"smtp;{diag_line}")
    parts = [
        human_alternative(text, exchange_markup(paragraphs, diagnostics)),
        delivery_status(per_message, per_rcpt),
        returned_headers(b),
    ]
    sender = EXCHANGE_SENDER.format(domain=b.domain)
    return finish(b, report(parts), sender, "Unzustellbar: " + b.subject(), style="exchange")


def bounce_exchange_de_delay(b: Bounce) -> Message:
    server = f"MAIL01.{b.domain}"
    diag_line = "451 4.4.7 Message delayed; the mailbox server did not respond"
    paragraphs = [
        f"Die Zustellung an folgende Empfänger oder Gruppen verzögert sich:\n\n{b.rcpt}",
        f"Betreff: {b.subject()}",
        "Diese Nachricht wurde noch nicht zugestellt. Der Server versucht weiterhin, sie zuzustellen.",
        "Die Zustellung wird noch 1 Tag, 19 Stunden und 12 Minuten lang versucht. Sie erhalten eine Benachrichtigung, falls die Nachricht bis dahin nicht zugestellt werden kann.",
    ]
    diagnostics = f"Diagnoseinformationen für Administratoren:\n\nGenerierender Server: {server}\n\n{b.rcpt}\n{diag_line}\n"
    text = "\n\n".join(paragraphs) + "\n\n" + diagnostics
    per_message = [
        ("Reporting-MTA", f"dns;{server}"),
        ("Received-From-MTA", f"dns;{AR_MTA}"),
        ("Arrival-Date", format_datetime(b.sent)),
    ]
    per_rcpt = recipient_fields(b, "delayed", f"smtp;{diag_line}", retry_days=2)
    parts = [
        human_alternative(text, exchange_markup(paragraphs, diagnostics)),
        delivery_status(per_message, per_rcpt),
        returned_headers(b),
    ]
    sender = EXCHANGE_SENDER.format(domain=b.domain)
    return finish(
        b, report(parts), sender, "Zustellung verzögert: " + b.subject(), style="exchange"
    )


def bounce_exchange_nl_full(b: Bounce) -> Message:
    server = "AM8PR03MB7412.eurprd03.prod.outlook.com"
    diag_line = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    paragraphs = [
        f"Uw bericht aan {b.rcpt} kan niet worden bezorgd.",
        "Het postvak van de ontvanger is vol en kan op dit moment geen berichten ontvangen.",
        "Evergreen Accounts Receivable\nAfzender\n\n" + b.domain + "\nOntvanger\nPostvak vol",
        "Hoe u dit oplost\nProbeer het bericht later opnieuw te verzenden, of neem op een andere manier contact op met de ontvanger en vraag of die ruimte in het postvak vrijmaakt.",
    ]
    diagnostics = (
        "Diagnostische gegevens voor beheerders:\n\n"
        f"Server die dit bericht heeft gegenereerd: {server}\n\n{b.rcpt}\nExterne server heeft '{diag_line}' geretourneerd\n"
    )
    text = "\n\n".join(paragraphs) + "\n\n" + diagnostics
    per_message = [
        ("Reporting-MTA", f"dns;{server}"),
        ("Received-From-MTA", f"dns;{AR_MTA}"),
        ("Arrival-Date", format_datetime(b.sent)),
    ]
    per_rcpt = recipient_fields(b, "failed", f"smtp;{diag_line}")
    parts = [
        human_alternative(text, exchange_markup(paragraphs, diagnostics)),
        delivery_status(per_message, per_rcpt),
        returned_message(b),
    ]
    sender = f"Microsoft Outlook <postmaster@{b.domain}>"
    return finish(b, report(parts), sender, "Onbestelbaar: " + b.subject(), style="exchange")


def gmail_markup(paragraphs: list[str]) -> str:
    return (
        "<html>\n<head></head>\n<body>\n"
        + "".join(f"<p>{html_lines(p)}</p>\n" for p in paragraphs)
        + "</body>\n</html>\n"
    )


def bounce_gmail_es_hard(b: Bounce) -> Message:
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    paragraphs = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        "La respuesta del servidor remoto fue:",
        diag,
    ]
    text = "\n\n".join(paragraphs) + "\n"
    per_message = [
        ("Reporting-MTA", "dns; googlemail.com"),
        ("Arrival-Date", format_datetime(b.sent)),
    ]
    per_rcpt = recipient_fields(b, "failed", f"smtp; {diag}", remote=f"mx.{b.domain}")
    parts = [
        human_alternative(text, gmail_markup(paragraphs)),
        delivery_status(per_message, per_rcpt),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        headers=(("X-Failed-Recipients", b.rcpt),),
        style="gmail",
    )


def bounce_gmail_fr_delay(b: Bounce) -> Message:
    diag = "452 4.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp"
    paragraphs = [
        "** Problème de distribution du message **",
        f"Un problème temporaire a empêché la distribution de votre message à {b.rcpt}. Gmail va réessayer pendant encore 44 heures. Vous serez averti si la distribution échoue définitivement.",
        "La réponse du serveur distant était la suivante :",
        diag,
    ]
    text = "\n\n".join(paragraphs) + "\n"
    per_message = [
        ("Reporting-MTA", "dns; googlemail.com"),
        ("Arrival-Date", format_datetime(b.sent)),
    ]
    per_rcpt = recipient_fields(
        b, "delayed", f"smtp; {diag}", remote="gmail-smtp-in.l.google.com", retry_days=2
    )
    parts = [
        human_alternative(text, gmail_markup(paragraphs)),
        delivery_status(per_message, per_rcpt),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        style="gmail",
    )


FR_RELAY = "relais.hebergement-atlantique.example"


def bounce_provider_fr_hard(b: Bounce) -> Message:
    human = (
        f"Ceci est un message automatique du serveur de messagerie {FR_RELAY}.\n\n"
        "Impossible de remettre votre message au destinataire ci-dessous :\n\n"
        f"    {b.rcpt}\n\n"
        f"Raison : le domaine {b.domain} n'existe pas ou ne possède aucun serveur de messagerie (code 5.4.4). "
        "Il s'agit d'une erreur définitive : aucune nouvelle tentative ne sera effectuée.\n\n"
        "Vérifiez l'adresse du destinataire avant de renvoyer votre message. Le message d'origine est joint à ce rapport.\n\n"
        "-- \nHébergement Atlantique – service messagerie\n"
    )
    diag = f"X-Postfix; Host or domain name not found. Name service error for name={b.domain} type=MX: Host not found"
    per_message = [("Reporting-MTA", f"dns; {FR_RELAY}"), ("Arrival-Date", format_datetime(b.sent))]
    per_rcpt = recipient_fields(b, "failed", diag)
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(per_message, per_rcpt),
        returned_message(b),
    ]
    sender = f"Service de messagerie <mailer-daemon@{FR_RELAY}>"
    return finish(b, report(parts), sender, "Échec de la remise du message : " + b.subject())


ES_RELAY = "smtp.alojamiento-iberia.example"


def bounce_provider_es_delay(b: Bounce) -> Message:
    headers = "".join(
        f"{k}: {v}\n"
        for k, v in b.reminder().items()
        if k in {"From", "To", "Subject", "Date", "Message-ID"}
    )
    text = (
        f"Este es un mensaje automático del servidor de correo {ES_RELAY}.\n\n"
        "Su mensaje todavía no ha podido entregarse al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: el servidor del destinatario ha aplazado temporalmente la entrega.\n"
        "Respuesta del servidor: 451 4.7.1 Greylisting in action, please come back later\n\n"
        "Seguiremos intentando la entrega durante 5 días. No es necesario que vuelva a enviar el mensaje.\n\n"
        "--- Cabeceras del mensaje original ---\n\n"
        f"{headers}"
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return finish(
        b, msg, f"Sistema de correo <mailer-daemon@{ES_RELAY}>", "Aviso: mensaje aún no entregado"
    )


NL_HOST = "mx3.hosting-lagelanden.example"


def bounce_exim_nl_hard(b: Bounce) -> Message:
    text = (
        "Dit bericht is automatisch aangemaakt door de mailserver.\n\n"
        "Uw bericht kon niet worden afgeleverd bij een of meer ontvangers. Dit is een permanente fout. Het volgende adres is mislukt:\n\n"
        f"  {b.rcpt}\n"
        f"    SMTP-fout van de ontvangende mailserver na RCPT TO:<{b.rcpt}>:\n"
        f"    host mx.{b.domain} [192.0.2.90]: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: mailbox does not exist\n\n"
        "Dit adres bestaat niet (meer). Verwijder het uit uw adresboek en uw verzendlijsten.\n\n"
        "------ Dit is een kopie van het bericht, inclusief alle headers. ------\n\n"
        f"{b.reminder().as_string()}"
    )
    msg = text_part(text, "plain", "us-ascii", "7bit")
    return finish(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{NL_HOST}>",
        "Onbestelbaar bericht: " + b.subject(),
        headers=(("X-Failed-Recipients", b.rcpt),),
    )


IT_RELAY = "smtp.servizimail-italia.example"


def bounce_provider_it_delay(b: Bounce) -> Message:
    human = (
        f"Questo è un messaggio automatico del server {IT_RELAY}.\n\n"
        "ATTENZIONE: si tratta solo di un avviso, non è necessario inviare di nuovo il messaggio.\n\n"
        "Il messaggio non è stato ancora consegnato al destinatario seguente perché la sua casella di posta è piena:\n\n"
        f"    {b.rcpt}\n"
        "    Risposta del server remoto: 452 4.2.2 Mailbox full\n\n"
        "Il server continuerà a tentare la consegna per 5 giorni. Se entro questo termine la consegna non riuscirà, riceverete un ulteriore avviso.\n"
    )
    per_message = [("Reporting-MTA", f"dns; {IT_RELAY}"), ("Arrival-Date", format_datetime(b.sent))]
    per_rcpt = recipient_fields(
        b, "delayed", "smtp; 452 4.2.2 Mailbox full", remote=f"mail.{b.domain}", retry_days=5
    )
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(per_message, per_rcpt),
        returned_headers(b),
    ]
    sender = f"Sistema di posta <mailer-daemon@{IT_RELAY}>"
    return finish(b, report(parts), sender, "Avviso di ritardo nella consegna")


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@fernleigh-joinery.example",
            "2026-11-23 09:06 +0000",
            "en",
            note="sendmail RFC 3464 report with the returned message",
        ),
        bounce_sendmail_hard,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "office@stmarys-catholic-primary.example",
            "2026-12-03 09:14 +0000",
            "en",
            minutes=2,
            note="qmail-send notice from the recipient's server: not MIME, the code only as '(#5.1.1)'",
        ),
        bounce_qmail_hard,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "facilities@ardmore-business-centre.example",
            "2026-12-10 13:20 +0000",
            "en",
            minutes=250,
            note="Postfix delay warning (Action: delayed) with the returned headers",
        ),
        bounce_postfix_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.10",
            "buchhaltung@zahnklinik-am-see.example",
            "2026-12-07 10:09 +0100",
            "de",
            note="Exchange 'Unzustellbar' report from the recipient's server",
        ),
        bounce_exchange_de_hard,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.4.7",
            "einkauf@kunststoffwerk-ebner.example",
            "2026-12-15 17:40 +0100",
            "de",
            minutes=515,
            note="Exchange 'Zustellung verzögert' delay notice",
        ),
        bounce_exchange_de_delay,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.4.4",
            "secretariat@cabinet-vasseur.example",
            "2026-11-25 10:10 +0100",
            "fr",
            note="French relay's RFC 3464 report: the recipient domain has no mail server",
        ),
        bounce_provider_fr_hard,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.2.2",
            "cabinet.dr.perrot@gmail.com",
            "2026-12-16 14:12 +0100",
            "fr",
            minutes=300,
            note="Gmail delay notice in French, inbox over quota",
        ),
        bounce_gmail_fr_delay,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "administracion@residencia-losalamos.example",
            "2026-12-02 10:07 +0100",
            "es",
            minutes=1,
            note="Gmail failure notice in Spanish",
        ),
        bounce_gmail_es_hard,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.7.1",
            "gerencia@talleres-lozano.example",
            "2026-12-09 13:30 +0100",
            "es",
            minutes=240,
            note="Spanish provider notice, plain ISO-8859-1 text, greylisting",
        ),
        bounce_provider_es_delay,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.1.1",
            "info@bouwbedrijf-dekker.example",
            "2026-11-27 10:08 +0100",
            "nl",
            minutes=2,
            note="Exim-style plain notice in Dutch with X-Failed-Recipients; 'remove it from your lists' does not make it an unsubscribe",
        ),
        bounce_exim_nl_hard,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "5.2.2",
            "administratie@fysio-vechtdal.example",
            "2026-12-11 10:12 +0100",
            "nl",
            note="mailbox full reported with a 5.x code: soft (README rule), the code is kept",
        ),
        bounce_exchange_nl_full,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "soft",
            "4.2.2",
            "amministrazione@studio-medico-colombo.example",
            "2026-12-04 15:25 +0100",
            "it",
            minutes=330,
            note="Italian relay's delay report, mailbox full",
        ),
        bounce_provider_it_delay,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def empty_label(intent: str) -> dict[str, object]:
    label: dict[str, object] = {"intent": intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    return label


def reply_label(r: Reply) -> dict[str, object]:
    label = empty_label(r.intent)
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    label = empty_label("bounce")
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def check_fields(r: Reply, label: Mapping[str, object]) -> None:
    """The label fields that belong to the intent, and only those, may be set."""
    wanted = {
        "payment_sent": {"paid_date"},
        "promise_to_pay": {"promised_date"},
        "auto_reply": {"return_date"},
        "wrong_contact": {"new_contact"},
    }.get(r.intent, set())
    for name in ("promised_date", "paid_date", "return_date", "new_contact"):
        value = label[name]
        if value is not None and name not in wanted:
            raise SystemExit(f"{r.key}: {name} set for {r.intent}")
        if isinstance(value, str) and name.endswith("_date"):
            datetime.strptime(value, "%Y-%m-%d")
    contact = label["new_contact"]
    if isinstance(contact, str) and (contact != contact.lower() or contact not in r.body.lower()):
        raise SystemExit(f"{r.key}: new_contact not in the text or not lower case")


def check_payment(r: Reply, label: Mapping[str, object]) -> None:
    amount = label["amount"]
    if isinstance(amount, str) and not re.fullmatch(r"\d+\.\d\d", amount):
        raise SystemExit(f"{r.key}: amount format")
    if (amount is None) != (label["currency"] is None):
        raise SystemExit(f"{r.key}: amount without currency or the other way round")
    reference = label["payment_reference"]
    if isinstance(reference, str) and reference not in r.body:
        raise SystemExit(f"{r.key}: payment_reference not in the text")


def check_reply(r: Reply) -> None:
    """Consistency checks between the hand-written text and its labels."""
    label = reply_label(r)
    if r.intent not in INTENTS or r.lang not in LANGS or r.style not in STYLES:
        raise SystemExit(f"{r.key}: bad intent, language or style")
    if not FIRST_DAY <= r.dt < LAST_DAY:
        raise SystemExit(f"{r.key}: date out of range")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or sorted(set(INVOICE_RE.findall(r.body))) != sorted(refs):
        raise SystemExit(f"{r.key}: invoice_refs do not match the text")
    check_fields(r, label)
    check_payment(r, label)


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    for r in REPLIES:
        check_reply(r)
    invoices = [r.invoice for r in REPLIES] + [b.invoice for b, _ in BOUNCES]
    if len(set(invoices)) != len(invoices):
        raise SystemExit("two reminders share an invoice number")
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    return items


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
    if any(len(line) > 998 for line in data.split(b"\n")):
        raise SystemExit(f"{name}: line longer than 998 octets")


def count_table(labels: list[dict[str, object]]) -> str:
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[dict[str, object]]:
    items = all_messages()
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    random.Random(SEED).shuffle(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for n, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
