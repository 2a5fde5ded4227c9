# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and spaces that people and their clients really type.
"""Build held-out reply corpus 59: `h59-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Lindqvist Office (office furniture and
workplace fit-outs) after it sent an overdue reminder. The new text of each message is written
by hand below. The script adds only what a mail client or a mail server would add: the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings. It writes next to itself, deterministically (fixed seed, boundaries and ids, no clock).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import BaseHeader
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Literal, TypedDict

HERE = Path(__file__).resolve().parent
PREFIX = "h59"
SEED = 59_2026_1207
AR_NAME = "Lindqvist Office Receivables"
AR_ADDR = "receivables@lindqvist-office.example"
AR_DOMAIN = "lindqvist-office.example"
FIRST_DAY = date(2026, 12, 7)
LAST_DAY = date(2027, 1, 8)

Lang = Literal["en", "de", "fr", "es", "nl", "it"]
Loc = Literal["en", "us", "de", "fr", "es", "nl", "it"]
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
Kind = Literal["deposit", "balance"]
Cte = Literal["qp", "b64", "8bit", "7bit"]
Style = Literal[
    "outlook",
    "outlook_html",
    "html_only",
    "owa",
    "gmail",
    "gmail_plain",
    "apple",
    "iphone",
    "thunderbird",
    "inline",
    "android",
    "samsung",
    "notice",
    "notice_html",
]

LANGS: tuple[Lang, ...] = ("en", "de", "fr", "es", "nl", "it")
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
    """One line of labels.jsonl (same keys, same order as holdout2)."""

    file: str
    intent: Intent
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
    language: Lang
    note: str | None


@dataclass(frozen=True, kw_only=True)
class Facts:
    """What a reader extracts from one message (everything but intent and language)."""

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
class BounceFacts:
    kind: Literal["hard", "soft"]
    rcpt: str
    status: str


@dataclass(frozen=True, kw_only=True)
class Invoice:
    """The invoice a reminder was about, as the reminder prints it."""

    number: str
    kind: Kind
    amount: str
    issued: str | None = None
    due: str | None = None


def lo(number: str, kind: Kind, amount: str, *, issued: str = "", due: str = "") -> Invoice:
    """An invoice `LO-2026-<number>`; issue and due dates default to a few weeks before the reminder."""
    return Invoice(
        number=f"LO-2026-{number}", kind=kind, amount=amount, issued=issued or None, due=due or None
    )


def refs(*numbers: str) -> tuple[str, ...]:
    return tuple(f"LO-2026-{n}" for n in numbers)


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and what it says."""

    key: str
    intent: Intent
    lang: Lang
    sender: tuple[str, str]
    when: str
    style: Style
    body: str
    inv: Invoice
    facts: Facts = field(default_factory=Facts)
    loc: Loc | None = None
    rlang: Lang | None = None
    subject: str | None = None
    charset: str = "utf-8"
    cte: Cte = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: str | None = None
    threaded: bool = True

    @property
    def client_loc(self) -> Loc:
        return self.loc or self.lang

    @property
    def reminder_lang(self) -> Lang:
        return self.rlang or self.lang

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


@dataclass(frozen=True)
class Item:
    """A finished message with what its label needs."""

    key: str
    msg: Message
    intent: Intent
    lang: Lang
    facts: Facts
    bounce: BounceFacts | None = None


# --------------------------------------------------------------------------------------------
# Locale tables
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

# How the reminder prints a date, in the reminder's language (US customers get US order).
REMINDER_DATE: dict[Loc, str] = {
    "en": "{d} {monl} {y}",
    "us": "{monl} {d}, {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
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
TB_ATTR: dict[Loc, str] = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "us": "On {M}/{d}/{yy} {h12}:{mm} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT: dict[Loc, str] = {
    "en": "{dd} {monl} {y} {HH}:{mm}",
    "us": "{wdl}, {monl} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
SAMSUNG_DATE: dict[Loc, str] = {
    "en": "{dd}/{mo}/{y} {HH}:{mm}",
    "us": "{M}/{d}/{y} {h12}:{mm} {ampm}",
    "de": "{dd}.{mo}.{y} {HH}:{mm}",
    "fr": "{dd}/{mo}/{y} {HH}:{mm}",
    "es": "{dd}/{mo}/{y} {H}:{mm}",
    "nl": "{dd}-{mo}-{y} {HH}:{mm}",
    "it": "{dd}/{mo}/{y} {HH}:{mm}",
}


@dataclass(frozen=True)
class Words:
    """The localised words a client puts around a quoted message."""

    separator: str
    labels: tuple[str, str, str, str]
    colon: str
    reply: str
    iphone: str
    android: str
    samsung: str
    samsung_head: str
    samsung_labels: tuple[str, str, str, str]


WORDS: dict[Loc, Words] = {
    "en": Words(
        "-----Original Message-----",
        ("From", "Sent", "To", "Subject"),
        ": ",
        "RE: ",
        "Sent from my iPhone",
        "Get Outlook for Android",
        "Sent from my Galaxy",
        "-------- Original message --------",
        ("From", "Date", "To", "Subject"),
    ),
    "us": Words(
        "-----Original Message-----",
        ("From", "Sent", "To", "Subject"),
        ": ",
        "RE: ",
        "Sent from my iPhone",
        "Get Outlook for Android",
        "Sent from my Galaxy",
        "-------- Original message --------",
        ("From", "Date", "To", "Subject"),
    ),
    "de": Words(
        "-----Ursprüngliche Nachricht-----",
        ("Von", "Gesendet", "An", "Betreff"),
        ": ",
        "AW: ",
        "Von meinem iPhone gesendet",
        "Outlook für Android herunterladen",
        "Von meinem Galaxy gesendet",
        "-------- Ursprüngliche Nachricht --------",
        ("Von", "Datum", "An", "Betreff"),
    ),
    "fr": Words(
        "-----Message d'origine-----",
        ("De", "Envoyé", "À", "Objet"),
        " : ",
        "RE : ",
        "Envoyé de mon iPhone",
        "Télécharger Outlook pour Android",
        "Envoyé depuis mon Galaxy",
        "-------- Message d'origine --------",
        ("De", "Date", "À", "Objet"),
    ),
    "es": Words(
        "-----Mensaje original-----",
        ("De", "Enviado el", "Para", "Asunto"),
        ": ",
        "RE: ",
        "Enviado desde mi iPhone",
        "Obtener Outlook para Android",
        "Enviado desde mi Galaxy",
        "-------- Mensaje original --------",
        ("De", "Fecha", "Para", "Asunto"),
    ),
    "nl": Words(
        "-----Oorspronkelijk bericht-----",
        ("Van", "Verzonden", "Aan", "Onderwerp"),
        ": ",
        "RE: ",
        "Verstuurd vanaf mijn iPhone",
        "Outlook voor Android downloaden",
        "Verzonden vanaf mijn Galaxy",
        "-------- Oorspronkelijk bericht --------",
        ("Van", "Datum", "Aan", "Onderwerp"),
    ),
    "it": Words(
        "-----Messaggio originale-----",
        ("Da", "Inviato", "A", "Oggetto"),
        ": ",
        "R: ",
        "Inviato da iPhone",
        "Scarica Outlook per Android",
        "Inviato dal mio Galaxy",
        "-------- Messaggio originale --------",
        ("Da", "Data", "A", "Oggetto"),
    ),
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
# The reminder Lindqvist Office sends (each customer gets it in its own language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: dict[Lang, str] = {
    "en": "Overdue: invoice {inv} from Lindqvist Office",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Relance : facture {inv} arrivée à échéance",
    "es": "Recordatorio de pago: factura {inv}",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
KIND_NAME: dict[Lang, dict[Kind, str]] = {
    "en": {"deposit": "deposit invoice", "balance": "balance invoice"},
    "de": {"deposit": "Anzahlungsrechnung", "balance": "Schlussrechnung"},
    "fr": {"deposit": "facture d'acompte", "balance": "facture de solde"},
    "es": {"deposit": "factura de anticipo", "balance": "factura final"},
    "nl": {"deposit": "aanbetalingsfactuur", "balance": "eindfactuur"},
    "it": {"deposit": "fattura di acconto", "balance": "fattura di saldo"},
}
REMINDER_BODY: dict[Lang, str] = {
    "en": (
        "Hello,\n\n"
        "We haven't yet received payment for the following {kind}, which is now past due:\n\n"
        "Invoice number: {inv}\nInvoice date: {issued}\nDue date: {due}\nOutstanding: {amt}\n\n"
        "If you've already paid, thank you – please reply with the payment date and reference so we can allocate it. If something is holding up payment, just reply to this email and we'll help sort it out.\n\n"
        "Many thanks,\n\n"
        "Accounts Receivable\nLindqvist Office\nreceivables@lindqvist-office.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "bei der Durchsicht unserer Konten haben wir festgestellt, dass die folgende {kind} noch offen ist:\n\n"
        "Rechnungsnummer: {inv}\nRechnungsdatum: {issued}\nFälligkeit: {due}\nOffener Betrag: {amt}\n\n"
        "Falls Sie die Zahlung bereits angewiesen haben, danken wir Ihnen und bitten um kurze Mitteilung von Zahlungsdatum und Verwendungszweck. Sollte es Unklarheiten zur Rechnung geben, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nLindqvist Office\nreceivables@lindqvist-office.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur ou omission de notre part, la {kind} ci-dessous n'a pas encore été réglée :\n\n"
        "N° de facture : {inv}\nDate de facture : {issued}\nÉchéance : {due}\nMontant restant dû : {amt}\n\n"
        "Si le règlement est déjà parti, merci de nous indiquer sa date et sa référence afin que nous puissions le rapprocher. Pour toute question sur cette facture, il vous suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service Comptabilité Clients\nLindqvist Office\nreceivables@lindqvist-office.example"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le escribimos porque, según nuestros registros, la siguiente {kind} sigue pendiente de pago:\n\n"
        "Nº de factura: {inv}\nFecha de emisión: {issued}\nVencimiento: {due}\nImporte pendiente: {amt}\n\n"
        "Si ya ha realizado el pago, le agradecemos que nos indique la fecha y la referencia para poder conciliarlo. Si hay algún problema con la factura, basta con responder a este correo.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\nLindqvist Office\nreceivables@lindqvist-office.example"
    ),
    "nl": (
        "Beste klant,\n\n"
        "Volgens onze administratie is de onderstaande {kind} nog niet voldaan:\n\n"
        "Factuurnummer: {inv}\nFactuurdatum: {issued}\nVervaldatum: {due}\nOpenstaand bedrag: {amt}\n\n"
        "Is de betaling al onderweg? Dan danken wij u en horen graag de betaaldatum en het kenmerk, zodat wij de betaling kunnen verwerken. Heeft u vragen over deze factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nLindqvist Office\nreceivables@lindqvist-office.example"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "da un controllo amministrativo risulta ancora aperta la seguente {kind}:\n\n"
        "Fattura n.: {inv}\nData fattura: {issued}\nScadenza: {due}\nImporto da saldare: {amt}\n\n"
        "Qualora abbiate già disposto il pagamento, vi ringraziamo e vi chiediamo di comunicarci data e riferimento del bonifico. Per qualsiasi chiarimento sulla fattura potete rispondere direttamente a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nLindqvist Office\nreceivables@lindqvist-office.example"
    ),
}
# What a Latin-1 client does to characters its charset lacks.
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"', "\u202f": " "}
NO_WORK = {(12, 25), (12, 26), (1, 1)}

# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: Loc, dt: datetime | date) -> dict[str, str]:
    wdl, wds = (WEEKDAYS[loc][0].split()[dt.weekday()], WEEKDAYS[loc][1].split()[dt.weekday()])
    monl, mons = (MONTHS[loc][0].split()[dt.month - 1], MONTHS[loc][1].split()[dt.month - 1])
    hour, minute = (dt.hour, dt.minute) if isinstance(dt, datetime) else (0, 0)
    return {
        "wdl": wdl,
        "wds": wds,
        "monl": monl,
        "mons": mons,
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "M": str(dt.month),
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{hour:02d}",
        "H": str(hour),
        "mm": f"{minute:02d}",
        "h12": str((hour - 1) % 12 + 1),
        "ampm": "AM" if hour < 12 else "PM",
    }


def fmt(template: str, *, loc: Loc, when: datetime | date, **extra: str) -> str:
    return template.format(**date_fields(loc, when), **extra)


def working_day_before(day: datetime) -> datetime:
    day -= timedelta(days=1)
    while day.weekday() >= 5 or (day.month, day.day) in NO_WORK:
        day -= timedelta(days=1)
    return day


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    return f"<{b32(key, 'reminder', 22).lower()}@mail.{AR_DOMAIN}>"


def reply_msgid(key: str, style: Style, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in {"gmail", "gmail_plain"} or domain == "gmail.com":
        return f"<CAL{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:38]}@mail.gmail.com>"
    if style in {"outlook", "outlook_html", "html_only", "owa", "android"}:
        return f"<{b32(key, 'ms', 30)}@{b32(key, 'host', 10)}.EURP195.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "samsung":
        return f"<{raw.hex()[:16]}.{raw.hex()[16:24]}@email.android.com>"
    h = raw.hex()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def fit_charset(text: str, charset: str) -> str:
    """Text a client in `charset` would send: Latin-1 clients lose the euro sign and dashes."""
    return latin1_safe(text) if charset == "iso-8859-1" else text


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def flow_line(line: str, width: int = 72) -> list[str]:
    """Wrap one line the way format=flowed does: soft breaks end in a space."""
    depth = len(line) - len(line.lstrip(">"))
    prefix = "> " * depth if depth else ""
    content = line[depth:].lstrip(" ") if depth else line
    if len(prefix) + len(content) <= width or " " not in content:
        return [line]
    out: list[str] = []
    current = ""
    for word in content.split(" "):
        if current and len(prefix) + len(current) + len(word) > width:
            out.append(prefix + current)
            current = ""
        current += word + " "
    out.append(prefix + current[:-1])
    return out


def flowed(text: str) -> str:
    return "\n".join(piece for line in text.split("\n") for piece in flow_line(line))


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: Cte) -> cs.Charset:
    """A fresh Charset with the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}[cte]  # 0: as is
    return charset


def text_part(text: str, *, subtype: str, charset: str, cte: Cte) -> Message:
    text.encode(charset)  # raises if the hand-written text does not fit the declared charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def header_text(value: str, *, charset: str, name: str = "Subject") -> str:
    """The header value as a mail client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def address(name: str, addr: str, *, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset=charset, name='From')} <{addr}>"


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> list[Message]:
    if not part.is_multipart():
        return []
    return [p for p in part.get_payload() if isinstance(p, Message)]


def strip_part_versions(part: Message, *, root: bool) -> None:
    """Only the top of a message (or of a returned message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    for sub in subparts(part):
        strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


BOUNDARY_PREFIX: dict[str, str] = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "samsung": "--_com.samsung.android.email_",
    "outlook_html": "_000_",
    "owa": "_000_",
    "bounce": "----=_NextPart_",
}


def fix_boundaries(msg: Message, *, key: str, family: str) -> None:
    """Deterministic boundaries, shaped like the sending software's own."""
    prefix = BOUNDARY_PREFIX.get(family, "------------")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 24))


def finalize(msg: Message, *, key: str, family: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg, root=True)
    fix_boundaries(msg, key=key, family=family)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder being answered, and how each client quotes it
# --------------------------------------------------------------------------------------------


def reminder_loc(r: Reply) -> Loc:
    return "us" if r.client_loc == "us" else r.reminder_lang


def invoice_dates(inv: Invoice, sent: datetime) -> tuple[date, date]:
    due = date.fromisoformat(inv.due) if inv.due else (sent - timedelta(days=8)).date()
    issued = date.fromisoformat(inv.issued) if inv.issued else due - timedelta(days=30)
    return issued, due


def reminder_text(*, lang: Lang, loc: Loc, inv: Invoice, sent: datetime) -> str:
    issued, due = invoice_dates(inv, sent)
    return REMINDER_BODY[lang].format(
        kind=KIND_NAME[lang][inv.kind],
        inv=inv.number,
        issued=fmt(REMINDER_DATE[loc], loc=loc, when=issued),
        due=fmt(REMINDER_DATE[loc], loc=loc, when=due),
        amt=inv.amount,
    )


def reminder_subject(lang: Lang, inv: Invoice) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv.number)


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: Loc
    to: str


def make_quote(r: Reply) -> Quote:
    sent = working_day_before(r.dt).replace(hour=9, minute=r.dt.day % 9, second=0)
    lang = r.reminder_lang
    text = reminder_text(lang=lang, loc=reminder_loc(r), inv=r.inv, sent=sent)
    subject = reminder_subject(lang, r.inv)
    name = fit_charset(r.sender[0], r.charset)
    to = f"{name} <{r.sender[1]}>" if name else r.sender[1]
    return Quote(
        fit_charset(text, r.charset), fit_charset(subject, r.charset), sent, r.client_loc, to
    )


def outlook_block(q: Quote) -> list[str]:
    w = WORDS[q.loc]
    values = (
        f"{AR_NAME} <{AR_ADDR}>",
        fmt(OUTLOOK_SENT[q.loc], loc=q.loc, when=q.sent),
        q.to,
        q.subject,
    )
    return [f"{label}{w.colon}{value}" for label, value in zip(w.labels, values, strict=True)]


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.loc], loc=q.loc, when=q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], loc=q.loc, when=q.sent, name=AR_NAME, addr=AR_ADDR)


def tb_attr(q: Quote) -> str:
    return fmt(TB_ATTR[q.loc], loc=q.loc, when=q.sent, name=AR_NAME)


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def plain(r: Reply, text: str, *, cte: Cte | None = None) -> Message:
    return text_part(text, subtype="plain", charset=r.charset, cte=cte or r.cte)


def markup(r: Reply, text: str, *, cte: Cte | None = None) -> Message:
    return text_part(text, subtype="html", charset=r.charset, cte=cte or r.cte)


def word_html(r: Reply, q: Quote) -> str:
    w = WORDS[q.loc]
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{w.colon.rstrip()}</b> {html.escape(line.split(w.colon, 1)[1])}"
        for label, line in zip(w.labels, outlook_block(q), strict=True)
    )
    lang = CONTENT_LANGUAGE[q.loc].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n@font-face {font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n--></style>\n'
        f'</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([WORDS[q.loc].separator, *outlook_block(q)])
    return plain(r, f"{r.body}\n\n{block}\n\n{q.text}\n")


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(plain(r, text), markup(r, word_html(r, q)))


def style_html_only(r: Reply, q: Quote) -> Message:
    return markup(r, word_html(r, q))


def style_owa(r: Reply, q: Quote) -> Message:
    w = WORDS[q.loc]
    block = outlook_block(q)
    text = "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{w.colon.rstrip()}</b>&nbsp;{html.escape(line.split(w.colon, 1)[1])}"
        for label, line in zip(w.labels, block, strict=True)
    )
    page = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    page = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n")


def style_apple(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n")


def style_iphone(r: Reply, q: Quote) -> Message:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return plain(r, f"{r.body}\n\n{WORDS[q.loc].iphone}\n\n{quoted}\n")


def thunderbird_part(r: Reply, text: str) -> Message:
    """Thunderbird wraps at 72 columns with format=flowed and sends 8bit in any charset."""
    part = plain(r, flowed(text), cte="8bit")
    part.set_param("format", "flowed")
    return part


def style_thunderbird(r: Reply, q: Quote) -> Message:
    return thunderbird_part(r, f"{r.body}\n\n{tb_attr(q)}\n{quote_lines(q.text)}\n")


def style_inline(r: Reply, q: Quote) -> Message:
    """An inline answer: `[[n]]` stands for paragraph n of the reminder, quoted, and `[[a]]`
    for the attribution line (at the top when the body has none)."""
    paragraphs = q.text.split("\n\n")
    body = r.body if "[[a]]" in r.body else f"[[a]]\n{r.body}"
    body = body.replace("[[a]]\n", tb_attr(q) + "\n")

    def quoted(match: re.Match[str]) -> str:
        return quote_lines(paragraphs[int(match.group(1))])

    return thunderbird_part(r, re.sub(r"\[\[(\d)\]\]", quoted, body) + "\n")


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{WORDS[q.loc].android}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return plain(r, text, cte="b64")


def style_samsung(r: Reply, q: Quote) -> Message:
    w = WORDS[q.loc]
    offset = q.sent.strftime("%z")
    stamp = f"{fmt(SAMSUNG_DATE[q.loc], loc=q.loc, when=q.sent)} (GMT{offset[:3]}:{offset[3:]})"
    values = (f"{AR_NAME} <{AR_ADDR}>", stamp, q.to, q.subject)
    head = [f"{label}: {value} " for label, value in zip(w.samsung_labels, values, strict=True)]
    text = "\n".join([r.body, "", "", "", w.samsung, "", "", w.samsung_head, *head, "", q.text, ""])
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div dir="auto">{html_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{html.escape(w.samsung)}</div></div>'
        f'<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html.escape(w.samsung_head)}</div>'
        f"<div>{'</div><div>'.join(html.escape(h) for h in head)}</div><div><br></div></div>"
        f"{html_paragraphs(q.text)}</body></html>\n"
    )
    return alternative(plain(r, text, cte="b64"), markup(r, page, cte="b64"))


def style_notice(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return plain(r, r.body + "\n")


def table_html(paragraph: str) -> str:
    """A paragraph whose lines are columns separated by runs of spaces becomes a table."""
    rows = [re.split(r"\s{2,}", line.strip()) for line in paragraph.split("\n")]
    cells = "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return f'<table border="1" cellpadding="4" cellspacing="0">\n{cells}\n</table>'


def style_notice_html(r: Reply, q: Quote) -> Message:
    del q
    blocks = []
    for paragraph in r.body.split("\n\n"):
        tabular = all(re.search(r"\S\s{2,}\S", line) for line in paragraph.split("\n"))
        blocks.append(table_html(paragraph) if tabular else f"<p>{html_lines(paragraph)}</p>")
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">\n'
        + "\n".join(blocks)
        + "\n</body></html>\n"
    )
    return alternative(plain(r, r.body + "\n"), markup(r, page))


STYLES: dict[Style, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "inline": style_inline,
    "android": style_android,
    "samsung": style_samsung,
    "notice": style_notice,
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY: set[Style] = {"outlook", "outlook_html", "html_only", "owa"}
TB_AGENT = "Mozilla Thunderbird"
STYLE_HEADERS: dict[Style, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.8)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23C55)"),),
    "thunderbird": (("User-Agent", TB_AGENT),),
    "inline": (("User-Agent", TB_AGENT),),
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject is not None:
        return r.subject.format(rsub=q.subject)
    prefix = WORDS[q.loc].reply if r.style in OUTLOOK_FAMILY | {"android"} else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, charset=r.charset, name="Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", ", ".join(dict.fromkeys((CONTENT_LANGUAGE[q.loc], "en-US")))),
        ("Content-Language", CONTENT_LANGUAGE[q.loc]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(FAKE_PDF, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=r.attach)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = address(fit_charset(r.sender[0], r.charset), r.sender[1], charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = header_text(reply_subject(r, q), charset=r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, r.style, r.sender[1])
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    family = "iphone" if r.style == "iphone" else r.style
    return finalize(msg, key=r.key, family=family)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT: list[Reply] = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        sender=(
            "Northfield University Accounts Payable",
            "ap-remittance@northfield-university.example",
        ),
        when="2026-12-08 05:12 -0500",
        style="notice_html",
        loc="us",
        body="Northfield University\nAccounts Payable – Remittance Advice\n\nThis is an automated message. Please do not reply to this address.\n\nSupplier: LINDQVIST OFFICE\nSupplier ID: S-018842\nPayment Number: 0004418821\nPayment Date: 12/08/2026\nPayment Method: ACH\nCurrency: USD\n\nInvoice Number    Invoice Date    Gross Amount    Discount    Net Paid\nLO-2026-04102    10/14/2026    12,600.00    0.00    12,600.00\nLO-2026-04236    10/29/2026    5,820.00    0.00    5,820.00\n\nTotal Paid: 18,420.00\n\nFunds are typically available 1–2 business days after the payment date. Questions about this payment should be raised with the Accounts Payable Help Desk through the supplier portal.\n\nNorthfield University | Office of the Controller",
        inv=lo("04236", "balance", "$5,820.00"),
        subject="Remittance Advice - Payment 0004418821 - LINDQVIST OFFICE",
        headers=(AUTO_GENERATED, ("X-Workday-Tenant", "northfield_prod")),
        threaded=False,
        facts=Facts(
            paid="2026-12-08",
            ref="0004418821",
            amount="18420.00",
            currency="USD",
            refs=refs("04102", "04236"),
            note="Workday-style remittance advice, Auto-Submitted: auto-generated, not a reply; US date 12/08/2026 = 8 Dec; the amount is the total paid for both invoices",
        ),
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        sender=("Olly Brennan", "olly@tallyhq.example"),
        when="2026-12-09 18:47 +0000",
        style="iphone",
        body="Paid.",
        inv=lo("04560", "deposit", "£2,380.00"),
        facts=Facts(note="one word answering the reminder; no date, amount or reference"),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        sender=("Dana Whitfield", "dwhitfield@kesslerbrandt.example"),
        when="2026-12-14 10:22 -0600",
        style="outlook_html",
        loc="us",
        body="Hello,\n\nOur check #10457 for $3,115.50 went out in Friday's mail. It covers the balance invoice LO-2026-04377. Mail has been slow with the holiday volume, so please give it a few more days before following up.\n\nThank you,\n\nDana Whitfield\nOffice Manager\nKessler Brandt LLP\n1200 Marquette Avenue, Suite 900 | Minneapolis, MN\nT 612.555.0143\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee and may contain information that is privileged, confidential or protected by the attorney-client privilege. If you are not the intended recipient, please notify the sender by reply e-mail and delete this message.",
        inv=lo("04377", "balance", "$3,115.50"),
        cte="b64",
        facts=Facts(
            paid="2026-12-11",
            ref="10457",
            amount="3115.50",
            currency="USD",
            refs=refs("04377"),
            note="a check already mailed is a payment sent; 'Friday' is the Friday before Monday 14 Dec; the check number is the reference",
        ),
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        sender=("Stadtkasse Lindenbrück", "zahlungsavis@stadt-lindenbrueck.example"),
        when="2026-12-15 06:03 +0100",
        style="notice",
        body="Zahlungsavis\n\nStadt Lindenbrück - Stadtkasse\nRathausplatz 1, Lindenbrück\n\nSehr geehrte Damen und Herren,\n\nzu Ihren Gunsten haben wir am 15.12.2026 folgende Zahlung veranlasst:\n\nZahlungsbeleg:     2000184526\nKreditorennummer:  70041187\nZahlweg:           Überweisung (SEPA)\nBetrag:            4.870,00 EUR\n\nAusgeglichene Belege:\nIhre Rechnung    Belegdatum    Bruttobetrag    Skonto    Zahlbetrag\nLO-2026-04519    06.11.2026    4.870,00 EUR    0,00    4.870,00 EUR\n\nBei Rückfragen geben Sie bitte stets die Nummer des Zahlungsbelegs an.\n\nDieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
        inv=lo("04519", "balance", "4.870,00 €"),
        subject="Zahlungsavis 2000184526",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.50")),
        threaded=False,
        facts=Facts(
            paid="2026-12-15",
            ref="2000184526",
            amount="4870.00",
            currency="EUR",
            refs=refs("04519"),
            note="SAP payment advice (Auto-Submitted: auto-generated); 'veranlasst' = released to the bank",
        ),
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        sender=("Camille Rouvière", "c.rouviere@rouviere-avocats.example"),
        when="2026-12-10 11:48 +0100",
        style="outlook",
        body="Bonjour,\n\nLe virement de 2\u00a0964,00\u00a0€ a été émis ce matin depuis notre compte professionnel (référence : VIR-RA-88213). Il devrait apparaître sur votre compte d'ici 48\u00a0heures.\n\nJe vous prie de nous excuser pour ce retard, la facture était restée dans le parapheur de Maître Rouvière.\n\nBien cordialement,\n\nCamille Rouvière\nAssistante de direction\nRouvière & Associés – Avocats au Barreau de Lyon\n\nCe message et ses pièces jointes sont confidentiels et peuvent être couverts par le secret professionnel. Si vous l'avez reçu par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire.",
        inv=lo("04412", "balance", "2\u00a0964,00\u00a0€"),
        charset="windows-1252",
        facts=Facts(
            paid="2026-12-10",
            ref="VIR-RA-88213",
            amount="2964.00",
            currency="EUR",
            note="transfer issued 'ce matin' = the message date",
        ),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        sender=("Julien Marchetti", "julien@atelier-tramontane.example"),
        when="2026-12-16 08:12 +0100",
        style="android",
        body="c est regle depuis le 3 decembre, verifiez vos comptes avant de relancer svp\n\nJulien",
        inv=lo("04467", "deposit", "3\u00a0150,00\u00a0€"),
        facts=Facts(
            paid="2026-12-03", note="typed without accents or apostrophe, irritated; a past date"
        ),
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        sender=("Nuria Casals", "nuria@espaciolanave.example"),
        when="2026-12-17 13:26 +0100",
        style="gmail",
        body="Hola,\n\nOs confirmo que hoy hemos hecho la transferencia de la factura final LO-2026-04802 por 5.360,00 €. Os adjunto el justificante del banco; la referencia de la operación es 2026121700188.\n\nPerdonad el retraso, con el cierre de año vamos un poco desbordados.\n\nUn saludo,\nNuria Casals\nGerente · La Nave Coworking",
        inv=lo("04802", "balance", "5.360,00 €"),
        attach="justificante_transferencia.pdf",
        facts=Facts(
            paid="2026-12-17",
            ref="2026121700188",
            amount="5360.00",
            currency="EUR",
            refs=refs("04802"),
            note="bank proof attached as a PDF",
        ),
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        sender=("Clínica Dental Ortega Vidal", "recepcion@clinicaortegavidal.example"),
        when="2026-12-22 10:05 +0100",
        style="html_only",
        body="Buenos días:\n\nEsta mañana hemos abonado la factura de anticipo con tarjeta, por teléfono, con su compañera Lucía. El importe fue de 780,45 € y nos dio el número de autorización 553107.\n\nSi necesitan algo más, no duden en decírmelo.\n\nAtentamente,\n\nRocío Ferrer\nRecepción y administración\nClínica Dental Ortega Vidal",
        inv=lo("04931", "deposit", "780,45 €"),
        facts=Facts(
            paid="2026-12-22",
            ref="553107",
            amount="780.45",
            currency="EUR",
            note="card payment over the phone; the authorisation number is the reference; HTML-only",
        ),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        sender=("Sanne Visser", "sanne@koppelwerk.example"),
        when="2026-12-22 09:31 +0100",
        style="inline",
        body="Hoi,\n\n[[a]]\n[[2]]\n\nFactuur 04891 is gisteren overgemaakt, dus als het goed is staat het er vandaag of morgen op.\n\n[[3]]\n\nKenmerk heb ik niet bij de hand, ik zat in de trein toen ik hem betaalde :)\n\nGroet,\nSanne",
        inv=lo("04891", "deposit", "€ 1.640,00"),
        facts=Facts(
            paid="2026-12-21",
            refs=refs("04891"),
            note="inline answer under the quoted invoice line; '04891' is the short form of LO-2026-04891; 'gisteren' = the day before the message",
        ),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        sender=("Vastgoedbeheer Amstelkade", "financien@amstelkade-vastgoed.example"),
        when="2026-12-11 15:40 +0100",
        style="outlook_html",
        body="Geachte heer, mevrouw,\n\nWij zijn de verhuurder van het kantoorpand aan de Amstelkade, waar uw klant Brightline Legal B.V. sinds november is gevestigd. Conform de huurovereenkomst nemen wij de aanbetaling op de inrichting voor onze rekening; de eindfactuur blijft voor rekening van de huurder.\n\nVandaag hebben wij de aanbetalingsfactuur LO-2026-04140 volledig voldaan: € 7.500,00, overgemaakt onder vermelding van het factuurnummer.\n\nMet vriendelijke groet,\n\nMarloes Hendriks\nFinanciële administratie\nVastgoedbeheer Amstelkade B.V.",
        inv=lo("04140", "deposit", "€ 7.500,00"),
        facts=Facts(
            paid="2026-12-11",
            amount="7500.00",
            currency="EUR",
            refs=refs("04140"),
            note="the landlord pays the deposit invoice for its tenant under the lease; the balance stays with the tenant",
        ),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        sender=("Università di Valtrebbia – Ragioneria", "ragioneria@univaltrebbia.example"),
        when="2026-12-09 12:14 +0100",
        style="outlook",
        body="Gentili Signori,\n\nin riscontro al Vostro sollecito, si comunica che in data odierna è stato emesso il mandato di pagamento n. 4471 a favore di Lindqvist Office, per l'importo di € 11.236,00 relativo alla fattura LO-2026-04295.\n\nIl mandato è stato trasmesso all'Istituto cassiere tramite SIOPE+; l'accredito avverrà nei tempi tecnici bancari.\n\nDistinti saluti\n\nDott.ssa Paola Mancini\nArea Bilancio e Contabilità – Ufficio Pagamenti\nUniversità degli Studi di Valtrebbia",
        inv=lo("04295", "balance", "€ 11.236,00"),
        charset="windows-1252",
        facts=Facts(
            paid="2026-12-09",
            ref="4471",
            amount="11236.00",
            currency="EUR",
            refs=refs("04295"),
            note="public-sector payment order issued and sent to the treasury bank: sent; 'in data odierna' = the message date",
        ),
    ),
    Reply(
        key="ps-it-2",
        intent="payment_sent",
        lang="it",
        sender=("Enrico Sala", "studio.sala@medicisala.example"),
        when="2026-12-18 20:16 +0100",
        style="samsung",
        body="Fatto. Scusate il ritardo\n\nE. Sala",
        inv=lo("04618", "balance", "€ 1.985,00"),
        facts=Facts(note="'Fatto' ('done') answering a payment reminder is read as paid; no date"),
    ),
]

PROMISE_TO_PAY: list[Reply] = [
    Reply(
        key="pr-en-1",
        intent="promise_to_pay",
        lang="en",
        sender=("Priya Raman", "priya@loopwise.example"),
        when="2026-12-17 23:40 -0800",
        style="gmail",
        loc="us",
        body="Hi! Sorry, this slipped through the cracks during our office move. It'll go out in tomorrow's ACH batch – I just approved it in our bill pay tool.\n\nPriya\n--\nPriya Raman | Co-founder & COO | Loopwise",
        inv=lo("04655", "deposit", "$6,480.00"),
        facts=Facts(
            promised="2026-12-18",
            note="'tomorrow' in the sender's time zone (Thu 17 Dec 23:40 PST) is Fri 18 Dec, although the message is already 18 Dec in UTC; 'approved' is past, the payment is not",
        ),
    ),
    Reply(
        key="pr-en-2",
        intent="promise_to_pay",
        lang="en",
        sender=("Tom Ellery", "procurement@thehivespaces.example"),
        when="2026-12-21 14:02 +0000",
        style="owa",
        body="Hi,\n\nThis was released to the 8 January payment run last week, so you should see funds shortly after that. Our AP team is on a skeleton crew over Christmas and there are no runs before then.\n\nKind regards,\nTom Ellery\nProcurement Lead\nThe Hive Spaces Ltd",
        inv=lo("04577", "balance", "£9,870.00"),
        facts=Facts(
            promised="2027-01-08",
            note="'released' is past tense, but the payment run is on 8 January: a promise",
        ),
    ),
    Reply(
        key="pr-en-3",
        intent="promise_to_pay",
        lang="en",
        sender=("Siobhán Kearney", "practicemanager@rathgarfamilypractice.example"),
        when="2026-12-10 16:55 +0000",
        style="outlook",
        body="Hi there,\n\nApologies, this one is on me. Dr Walsh signs off supplier payments on Wednesdays, so it will go out next Wednesday along with the rest of the December bills.\n\nRegards,\nSiobhán Kearney\nPractice Manager\nRathgar Family Practice",
        inv=lo("04501", "deposit", "€1,945.00"),
        charset="iso-8859-1",
        facts=Facts(
            promised="2026-12-16",
            note="'next Wednesday' written on Thursday 10 Dec: the first Wednesday after the message (both readings agree)",
        ),
    ),
    Reply(
        key="pr-de-1",
        intent="promise_to_pay",
        lang="de",
        sender=("Lukas Brandner", "lukas.brandner@flinkhaus.example"),
        when="2026-12-16 17:20 +0100",
        style="gmail",
        body="Hallo,\n\ndanke für die Erinnerung. Die Zahlung ist bei uns für KW 1 eingeplant – vorher geht leider nichts mehr raus, unsere Buchhaltung ist ab Freitag im Weihnachtsurlaub.\n\nViele Grüße\nLukas Brandner\nOffice & Operations | Flinkhaus GmbH",
        inv=lo("04688", "deposit", "3.960,00 €"),
        facts=Facts(
            promised="2027-01-04",
            note="'KW 1' is ISO week 1 of 2027; its Monday, as for 'next week'",
        ),
    ),
    Reply(
        key="pr-de-2",
        intent="promise_to_pay",
        lang="de",
        sender=("Melanie Kraus", "sekretariat@albers-partner.example"),
        when="2026-12-18 10:30 +0100",
        style="outlook_html",
        body="Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Die Schlussrechnung LO-2026-04730 überweisen wir am 8., sobald Herr Dr. Albers aus dem Urlaub zurück ist und die Zahlung freigegeben hat.\n\nMit freundlichen Grüßen\ni. A. Melanie Kraus\nBüroleitung\n\nDr. Albers & Partner Rechtsanwälte PartG mbB\nSitz Hannover · Partnerschaftsregister AG Hannover PR 412\n\nDiese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.",
        inv=lo("04730", "balance", "12.480,00 €"),
        charset="windows-1252",
        facts=Facts(
            promised="2027-01-08",
            refs=refs("04730"),
            note="'am 8.' written on 18 Dec: the next 8th, 8 Jan 2027",
        ),
    ),
    Reply(
        key="pr-fr-1",
        intent="promise_to_pay",
        lang="fr",
        sender=("Mairie de Saint-Aubin-des-Prés", "finances@saintaubin-des-pres.example"),
        when="2026-12-18 15:10 +0100",
        style="thunderbird",
        body="Madame, Monsieur,\n\nNous accusons réception de votre relance. Les crédits de l'exercice 2026 étant clôturés, le mandatement de cette facture interviendra début janvier, dès l'ouverture de l'exercice 2027. Le paiement sera ensuite effectué par le comptable public dans le délai global de paiement.\n\nCordialement,\n\nService Finances\nMairie de Saint-Aubin-des-Prés",
        inv=lo("04597", "balance", "8\u00a0412,80\u00a0€"),
        facts=Facts(note="'début janvier' cannot be pinned to a day: promise without a date"),
    ),
    Reply(
        key="pr-es-1",
        intent="promise_to_pay",
        lang="es",
        sender=("Álvaro Méndez", "alvaro.mendez@cowork-triana.example"),
        when="2026-12-09 12:40 +0100",
        style="gmail",
        body="Hola:\n\nYa he dejado programada la transferencia para el día 15, así que ese día os debería entrar.\n\nSaludos,\nÁlvaro\n\nCowork Triana · Sevilla",
        inv=lo("04533", "deposit", "2.745,00 €"),
        facts=Facts(
            promised="2026-12-15",
            note="'ya he dejado programada' is past tense; the transfer itself is for the 15th",
        ),
    ),
    Reply(
        key="pr-es-2",
        intent="promise_to_pay",
        lang="es",
        sender=("Marisa Gil", "marisa.g@abogadosgilyprat.example"),
        when="2026-12-10 19:05 +0100",
        style="iphone",
        body="Perdona, se me había pasado por completo. El lunes sin falta lo pago.\n\nMarisa",
        inv=lo("04549", "balance", "1.320,00 €"),
        facts=Facts(promised="2026-12-14", note="'el lunes' written on Thursday 10 Dec"),
    ),
    Reply(
        key="pr-nl-1",
        intent="promise_to_pay",
        lang="nl",
        sender=("Joost Verbeek", "joost@dewerkplaats-utrecht.example"),
        when="2026-12-14 11:11 +0100",
        style="apple",
        body="Hallo,\n\nWe betalen hem tussen kerst en oud en nieuw, dan doe ik de hele administratie in één keer.\n\nGroeten,\nJoost Verbeek\nDe Werkplaats – flexwerkplekken & vergaderruimtes",
        inv=lo("04602", "balance", "€ 2.215,00"),
        facts=Facts(note="'between Christmas and New Year' cannot be pinned to a day"),
    ),
    Reply(
        key="pr-nl-2",
        intent="promise_to_pay",
        lang="nl",
        sender=("Floor de Graaf", "f.degraaf@degraafkoster.example"),
        when="2026-12-08 09:20 +0100",
        style="outlook_html",
        body="Goedemorgen,\n\nExcuses voor de vertraging. Wij zitten midden in de verhuizing naar ons nieuwe kantoor aan de Stationsweg, waarvoor we juist uw meubilair hebben besteld. Zodra de verhuizing achter de rug is, maken wij de eindfactuur over.\n\nMet vriendelijke groet,\n\nFloor de Graaf\nOffice manager\nDe Graaf Koster Advocaten\n\nDit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onbedoeld heeft ontvangen, verzoeken wij u het te verwijderen en de afzender te informeren.",
        inv=lo("04423", "balance", "€ 9.180,00"),
        cte="b64",
        facts=Facts(note="promise tied to an event (the office move): no date"),
    ),
    Reply(
        key="pr-it-1",
        intent="promise_to_pay",
        lang="it",
        sender=(
            "Poliambulatorio San Luca – Amministrazione",
            "amministrazione@poliambulatoriosanluca.example",
        ),
        when="2026-12-09 10:02 +0100",
        style="outlook",
        body="Buongiorno,\n\nil pagamento della fattura di saldo sarà effettuato entro il 15 c.m. con bonifico bancario.\n\nCordiali saluti\n\nGiulia Parisi\nUfficio Amministrazione\nPoliambulatorio San Luca S.r.l.",
        inv=lo("04488", "balance", "€ 3.720,00"),
        charset="iso-8859-1",
        facts=Facts(promised="2026-12-15", note="'entro il 15 c.m.' (corrente mese) = by 15 Dec"),
    ),
    Reply(
        key="pr-it-2",
        intent="promise_to_pay",
        lang="it",
        sender=("Davide Conti", "davide@spaziofucina.example"),
        when="2026-12-11 18:22 +0100",
        style="gmail",
        body="Ciao,\n\nsì lo so, siamo in ritardo. Appena ci arriva il bonifico di un cliente grosso vi saldiamo, in ogni caso entro fine mese.\n\nDavide\nSpazio Fucina – coworking & makerspace",
        inv=lo("04541", "deposit", "€ 2.890,00"),
        facts=Facts(
            promised="2026-12-31",
            note="conditional, but with a deadline: 'entro fine mese' = 31 Dec",
        ),
    ),
]
DISPUTE: list[Reply] = [
    Reply(
        key="di-en-1",
        intent="dispute",
        lang="en",
        sender=("Kate Morley", "kate@foundryandfern.example"),
        when="2026-12-08 12:15 +0000",
        style="inline",
        body="[[2]]\n\nWe have NOT paid this and we won't until the rest of the order turns up. You've invoiced 40 task chairs. 24 arrived on 27 October, the other 16 never came.\n\n[[3]]\n\nNobody has answered my last two emails about the missing chairs, so here it is again: invoice us for what we actually received, or deliver the rest.\n\nKate Morley\nOperations Manager, Foundry & Fern Workspace",
        inv=lo("04395", "balance", "£11,760.00"),
        facts=Facts(
            note="negation ('NOT paid') with the reason: short delivery; inline answer under the quoted reminder"
        ),
    ),
    Reply(
        key="di-en-2",
        intent="dispute",
        lang="en",
        sender=("Marcus Bell", "mbell@hollisterandvance.example"),
        when="2026-12-15 13:48 -0500",
        style="outlook",
        loc="us",
        body="Good afternoon,\n\nTo clarify where we stand: the deposit invoice LO-2026-03954 was paid by wire on October 9. The balance invoice LO-2026-04611 that you are chasing includes installation of the acoustic ceiling panels in the 14th floor conference rooms, and that work has not been done. Your installers were on site November 4 and left without putting the panels up.\n\nWe will release the balance once the installation is completed and signed off by our facilities team.\n\nRegards,\n\nMarcus Bell\nDirector of Facilities\nHollister & Vance LLP",
        inv=lo("04611", "balance", "$21,350.00"),
        facts=Facts(
            refs=refs("03954", "04611"),
            note="deposit paid, balance withheld for work not done: the dispute wins; the October payment is of the other invoice",
        ),
    ),
    Reply(
        key="di-en-3",
        intent="dispute",
        lang="en",
        sender=("Hannah Price", "hannah.price@mapleleaf-dental.example"),
        when="2026-12-18 17:30 +0000",
        style="gmail",
        subject="Out of office till 4 Jan - re your invoice LO-2026-04702",
        body="Hi, quick one before I switch off for Christmas.\n\nThe reception desk on this invoice is the wrong finish – we ordered light oak and got walnut, and your fitter said he'd report it. Until it's swapped I'm not paying the balance on it. I'm back on the 4th if you want to call.\n\nHannah Price\nPractice Manager\nMapleleaf Dental Care",
        inv=lo("04702", "balance", "£4,935.00"),
        facts=Facts(
            note="a person wrote this: the subject says 'out of office' but the message disputes the finish delivered; no return_date outside auto_reply; the invoice number is only in the subject",
        ),
    ),
    Reply(
        key="di-de-1",
        intent="dispute",
        lang="de",
        sender=("Stefan Hörmann", "einkauf@hs-rheinau.example"),
        when="2026-12-09 08:55 +0100",
        style="inline",
        body="Sehr geehrte Damen und Herren,\n\n[[a]]\n[[2]]\n\nDiese Rechnung können wir keiner Bestellung der Hochschule zuordnen. Die darauf angegebene Bestellnummer 4500118873 stammt nicht aus unserem System, und in Gebäude C, wohin laut Lieferschein geliefert wurde, hat die Hochschule keine Räume.\n\nBitte prüfen Sie, ob eine Verwechslung mit einem anderen Kunden vorliegt. Bis zur Klärung wird die Rechnung nicht zur Zahlung angewiesen.\n\nMit freundlichen Grüßen\n\nStefan Hörmann\nZentraler Einkauf\nHochschule Rheinau",
        inv=lo("04455", "balance", "6.744,00 €"),
        charset="iso-8859-1",
        facts=Facts(
            note="not our purchase order; Thunderbird inline answer in Latin-1, the quoted reminder's euro sign becomes 'EUR'"
        ),
    ),
    Reply(
        key="di-de-2",
        intent="dispute",
        lang="de",
        sender=("Dr. med. Annette Vogt", "praxis@hausarzt-vogt.example"),
        when="2026-12-11 13:07 +0100",
        style="apple",
        body="Guten Tag,\n\nder Empfangstresen wurde am 29.10. mit einer tiefen Schramme in der Front und einer abgeplatzten Kante geliefert. Ihr Monteur hat das auf dem Lieferschein vermerkt und Fotos gemacht – seitdem haben wir nichts mehr gehört.\n\nSolange der Schaden nicht behoben bzw. die Front nicht ausgetauscht ist, zahlen wir die Schlussrechnung nicht.\n\nMit freundlichen Grüßen\nA. Vogt\n\nHausarztpraxis Dr. med. Annette Vogt",
        inv=lo("04462", "balance", "5.310,00 €"),
        facts=Facts(note="damaged goods; 'we won't pay until it is fixed'"),
    ),
    Reply(
        key="di-fr-1",
        intent="dispute",
        lang="fr",
        sender=("Élodie Garnier", "e.garnier@cabinet-garnier-lemaire.example"),
        when="2026-12-14 10:41 +0100",
        style="outlook_html",
        body="Bonjour,\n\nCette facture a déjà été annulée par l'avoir AV-2026-0112 que votre service nous a adressé le 20 novembre, après le retour des deux fauteuils de direction. Le solde est donc nul de notre côté.\n\nMerci de mettre à jour votre compte client et de ne plus nous relancer pour ce montant.\n\nCordialement,\n\nÉlodie Garnier\nOffice manager\nCabinet Garnier Lemaire – Avocats",
        inv=lo("04371", "deposit", "1\u00a0896,00\u00a0€"),
        charset="windows-1252",
        facts=Facts(
            note="already credited by a credit note; 'ne plus nous relancer pour ce montant' is about this amount, not a stop request",
        ),
    ),
    Reply(
        key="di-fr-2",
        intent="dispute",
        lang="fr",
        sender=("Thomas Lefebvre", "thomas.lefebvre@univ-valmorel.example"),
        when="2026-12-07 14:20 +0100",
        style="owa",
        body="Bonjour,\n\nAprès vérification, le prix unitaire facturé pour les 60 chaises de réunion (489,00 € HT) ne correspond pas à celui du marché n° 2026-MOB-07 (412,00 € HT). L'écart représente 4\u00a0620,00 € HT sur la facture LO-2026-04387.\n\nJe vous remercie de nous faire parvenir un avoir ou une facture rectificative au prix du marché. La facture ne pourra pas être mise en paiement en l'état.\n\nCordialement,\n\nThomas Lefebvre\nAcheteur – Direction des achats et de la commande publique\nUniversité de Valmorel",
        inv=lo("04387", "balance", "35\u00a0208,00\u00a0€"),
        facts=Facts(
            refs=refs("04387"),
            note="price disagrees with the framework contract; the corrected invoice it asks for is part of the dispute",
        ),
    ),
    Reply(
        key="di-es-1",
        intent="dispute",
        lang="es",
        sender=("Iñaki Etxeberria", "inaki@startlab-bilbao.example"),
        when="2026-12-10 09:47 +0100",
        style="gmail",
        body="Buenos días:\n\nNos habéis facturado dos veces lo mismo. La LO-2026-04308 y la LO-2026-04344 son idénticas: mismo pedido, mismas 12 mesas regulables, mismo importe. La primera está pagada desde octubre.\n\nEs la segunda vez que os lo digo por correo. Anulad la duplicada, por favor.\n\nIñaki Etxeberria\nStartLab Bilbao",
        inv=lo("04344", "balance", "7.440,00 €"),
        facts=Facts(
            refs=refs("04308", "04344"),
            note="duplicate billing, irritated; the payment mentioned is of the original invoice",
        ),
    ),
    Reply(
        key="di-nl-1",
        intent="dispute",
        lang="nl",
        sender=("Ruben Jansen", "facilitair@westerloo.example"),
        when="2026-12-16 11:34 +0100",
        style="outlook",
        body="Goedemiddag,\n\nDe eindfactuur LO-2026-04650 omvat ook de montage van de 32 zit-sta-werkplekken op de tweede verdieping van het stadskantoor. Die montage is tot op heden niet uitgevoerd: de bureaus staan nog in de dozen op de gang.\n\nWij betalen de eindfactuur pas nadat de montage is afgerond en door ons is afgetekend.\n\nMet vriendelijke groet,\n\nRuben Jansen\nTeamleider Facilitaire Zaken\nGemeente Westerloo",
        inv=lo("04650", "balance", "€ 18.976,00"),
        facts=Facts(
            refs=refs("04650"), note="service (assembly) not done; payment withheld until it is"
        ),
    ),
    Reply(
        key="di-nl-2",
        intent="dispute",
        lang="nl",
        sender=("Ingrid Bakker", "ingrid.bakker@praktijkdelinde.example"),
        when="2026-12-23 21:58 +0100",
        style="iphone",
        body="Hoi,\n\nSorry dat ik nu pas reageer, het is hier een gekkenhuis geweest. We zijn eindelijk over naar de nieuwe praktijkruimte, de verhuizers hebben drie dagen gedaan over wat er één had moeten zijn en de internetverbinding lag er tot gisteren uit. De wachtkamer ziet er trouwens prachtig uit met jullie banken, de patienten zijn er heel blij mee en de kleur van de stof past precies bij de vloer.\n\nWat ik nog wilde vragen: de kapstok die we erbij hebben genomen, hebben jullie die ook in zwart? De grijze valt een beetje weg tegen de muur.\n\nO ja, en die factuur klopt niet. Er staan 18 archiefkasten op maar we hebben er 12 besteld en er zijn er ook 12 geleverd, dat staat ook op de pakbon. Kunnen jullie een nieuwe sturen met 12? Dan betaal ik hem meteen.\n\nFijne feestdagen alvast!\nIngrid",
        inv=lo("04666", "balance", "€ 6.912,00"),
        facts=Facts(
            note="long rambling reply: the point (18 cabinets billed, 12 ordered and delivered) is buried in the third paragraph; the corrected invoice and the conditional payment follow from the dispute",
        ),
    ),
    Reply(
        key="di-it-1",
        intent="dispute",
        lang="it",
        sender=("Federica Russo", "federica.russo@studiolegalerussomarino.example"),
        when="2026-12-07 16:40 +0100",
        style="outlook_html",
        body="Buongiorno,\n\nvi segnaliamo che le scrivanie consegnate il 22 ottobre non corrispondono a quelle dell'offerta n. 2026/318 da noi sottoscritta: avevamo ordinato il modello regolabile elettricamente, ci sono arrivate scrivanie a manovella.\n\nLa fattura di saldo non potrà essere pagata finché non ci fornirete le scrivanie corrette.\n\nCordiali saluti\n\nAvv. Federica Russo\nStudio Legale Russo Marino\n\nLe informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Qualora il messaggio vi fosse pervenuto per errore, vi preghiamo di eliminarlo e di darne comunicazione al mittente (Reg. UE 2016/679).",
        inv=lo("04349", "balance", "€ 8.640,00"),
        facts=Facts(note="wrong model delivered; payment withheld until the right desks arrive"),
    ),
    Reply(
        key="di-it-2",
        intent="dispute",
        lang="it",
        sender=("Marco Pellegrini", "m.pellegrini@hubtorino.example"),
        when="2026-12-21 11:15 +0100",
        style="thunderbird",
        body="Buongiorno,\n\ncome già detto al vostro commerciale, delle 10 lampade da tavolo fatturate ne sono arrivate 6. Pagheremo la fattura LO-2026-04588 solo dopo aver ricevuto la nota di credito per le 4 lampade mancanti, a quel punto saldiamo subito.\n\nSaluti\nMarco Pellegrini\nHub Torino Coworking",
        inv=lo("04588", "balance", "€ 1.430,00"),
        charset="iso-8859-1",
        facts=Facts(
            refs=refs("04588"),
            note="payment offered only after a credit note for missing items: the dispute drives the action",
        ),
    ),
]

PAYMENT_PLAN: list[Reply] = [
    Reply(
        key="pp-en-1",
        intent="payment_plan",
        lang="en",
        sender=("Ben Okafor", "ben@quillandbyte.example"),
        when="2026-12-08 08:05 +0000",
        style="apple",
        body="Hi,\n\nI'll be straight with you: our bridge round has slipped to February and cash is very tight until then. We want to pay this in full, we just can't do £14,200 in one go right now.\n\nCould we split it into three monthly payments, the first in January? I can set them up as standing orders so nobody has to chase.\n\nThanks for bearing with us,\nBen\n\nBen Okafor\nFounder, Quill & Byte",
        inv=lo("04410", "balance", "£14,200.00"),
        facts=Facts(
            note="instalments asked for because of hardship; plan dates and amounts are not labelled"
        ),
    ),
    Reply(
        key="pp-en-2",
        intent="payment_plan",
        lang="en",
        sender=("Alicia Torres", "alicia@commonsworkclub.example"),
        when="2026-12-29 15:12 -0500",
        style="outlook_html",
        loc="us",
        body="Hi,\n\nWe lost our anchor tenant at the end of November and I'm trying to close out the year with what we have. Would Lindqvist accept $8,500 as payment in full on the balance of $10,640? I can send that this week if you agree.\n\nI know that's a big ask. We've been good customers and hope to keep working with you once the second floor is rented again.\n\nBest,\nAlicia Torres\nGeneral Manager | Commons Work Club",
        inv=lo("04524", "balance", "$10,640.00"),
        facts=Facts(
            note="asks to settle for a reduced amount; the sum offered is not a payment made"
        ),
    ),
    Reply(
        key="pp-en-3",
        intent="payment_plan",
        lang="en",
        sender=("Graham Pike", "graham.pike@eastmere-council.example"),
        when="2026-12-07 10:40 +0000",
        style="outlook",
        body="Good morning,\n\nWould it be possible to have until the end of January for this one? The budget for the office refurbishment has been moved into next year's capital programme and I can't raise the payment until the new budget code is live.\n\nKind regards\n\nGraham Pike\nFacilities Officer\nEastmere District Council",
        inv=lo("04364", "deposit", "£5,400.00"),
        facts=Facts(
            note="asks for more time (a question), commits to nothing: payment_plan; 'end of January' is not a promised date",
        ),
    ),
    Reply(
        key="pp-de-1",
        intent="payment_plan",
        lang="de",
        sender=("Kemal Aydin", "info@zahnarzt-aydin.example"),
        when="2026-12-14 19:40 +0100",
        style="gmail",
        body="Sehr geehrte Damen und Herren,\n\nnach dem Umbau der Praxis ist unsere Liquidität leider deutlich angespannter als geplant. Wäre es möglich, die Schlussrechnung in vier monatlichen Raten zu begleichen? Die erste Rate könnten wir im Januar überweisen.\n\nÜber eine kurze Rückmeldung würde ich mich freuen.\n\nMit freundlichen Grüßen\nKemal Aydin\nZahnarztpraxis Dr. Aydin",
        inv=lo("04583", "balance", "9.760,00 €"),
        facts=Facts(note="instalments asked for"),
    ),
    Reply(
        key="pp-de-2",
        intent="payment_plan",
        lang="de",
        sender=("Jana Oswald", "j.oswald@coworking-kaiserhof.example"),
        when="2026-12-22 12:20 +0100",
        style="owa",
        body="Hallo,\n\nwir haben heute 5.000 € überwiesen. Den Rest der Rechnung (3.420 €) würden wir gern Ende Januar zahlen, wenn die Mieten für Q1 eingegangen sind. Ist das für Sie in Ordnung?\n\nViele Grüße\nJana Oswald\nCoworking Kaiserhof",
        inv=lo("04709", "balance", "8.420,00 €"),
        facts=Facts(
            note="part paid today, the rest asked to be deferred: payment_plan, not payment_sent"
        ),
    ),
    Reply(
        key="pp-fr-1",
        intent="payment_plan",
        lang="fr",
        sender=("Stéphanie Morel", "stephanie@la-ruche-nantes.example"),
        when="2026-12-15 09:12 +0100",
        style="gmail",
        body="Bonjour,\n\nNous avons bien reçu votre relance. Notre trésorerie de fin d'année ne nous permet pas de régler la facture de solde en une seule fois. Serait-il possible de mettre en place un échéancier sur quatre mois, à partir de janvier ?\n\nJe reste joignable au besoin.\n\nBien à vous,\nStéphanie Morel\nCo-gérante – La Ruche Nantes",
        inv=lo("04574", "balance", "6\u00a0880,00\u00a0€"),
        facts=Facts(note="asks for a four-month schedule"),
    ),
    Reply(
        key="pp-fr-2",
        intent="payment_plan",
        lang="fr",
        sender=("Bernard Lacombe", "dr.lacombe.cabinet@gmail.com"),
        when="2026-12-28 18:44 +0100",
        style="thunderbird",
        body="Madame, Monsieur,\n\nJe suis médecin généraliste installé seul et j'ai dû fermer mon cabinet six semaines cet automne pour raisons de santé. Je n'ai pas la possibilité de régler cette facture en totalité pour le moment.\n\nJe souhaite évidemment m'acquitter de ma dette et vous propose de vous verser 300 € par mois jusqu'au solde. Dites-moi si cela vous convient.\n\nAvec mes remerciements,\nDr B. Lacombe",
        inv=lo("04625", "balance", "2\u00a0370,00\u00a0€"),
        facts=Facts(note="hardship plus a monthly amount proposed; free-mail persona"),
    ),
    Reply(
        key="pp-es-1",
        intent="payment_plan",
        lang="es",
        sender=("Pablo Navarro", "pablo@navarrofisio.example"),
        when="2026-12-09 14:03 +0100",
        style="android",
        body="¿Lo podemos pagar en dos plazos? La mitad ahora en diciembre y la otra mitad en enero.\nGracias\nPablo",
        inv=lo("04478", "balance", "2.260,00 €"),
        facts=Facts(note="a question proposing two instalments, not a commitment"),
    ),
    Reply(
        key="pp-es-2",
        intent="payment_plan",
        lang="es",
        sender=("Lucía Ramos", "lramos@ramosyasociados.example"),
        when="2026-12-23 10:10 +0100",
        style="outlook",
        body="Buenos días:\n\nLes escribo en relación con la factura final. Este mes hemos tenido varios impagos de clientes y necesitaríamos algo más de margen. ¿Sería posible aplazar el pago hasta el 20 de enero?\n\nQuedo a la espera de su respuesta.\n\nUn saludo,\n\nLucía Ramos\nAdministración\nRamos & Asociados Abogados",
        inv=lo("04651", "balance", "4.150,00 €"),
        charset="iso-8859-1",
        facts=Facts(
            note="asks to postpone to 20 January: a request for time, not a promise; the date asked for is not labelled"
        ),
    ),
    Reply(
        key="pp-nl-1",
        intent="payment_plan",
        lang="nl",
        sender=("Mehmet Yıldız", "mehmet@studiobuiten.example"),
        when="2026-12-17 08:30 +0100",
        style="samsung",
        body="Goedemorgen,\n\nKunnen we dit in drie termijnen betalen? Zeg 3x € 2.100, in januari, februari en maart. Het is even krap na de verbouwing.\n\nMvg,\nMehmet Yıldız\nStudio Buiten architecten",
        inv=lo("04677", "balance", "€ 6.300,00"),
        facts=Facts(note="three instalments proposed"),
    ),
    Reply(
        key="pp-it-1",
        intent="payment_plan",
        lang="it",
        sender=(
            "Centro Medico Valle Verde – Amministrazione",
            "amministrazione@cmvalleverde.example",
        ),
        when="2026-12-15 11:27 +0100",
        style="outlook_html",
        body="Gentili Signori,\n\ncon riferimento al Vostro sollecito, Vi chiediamo cortesemente la possibilità di rateizzare l'importo della fattura di saldo in sei rate mensili a partire da gennaio 2027. Il ritardo è dovuto a un sensibile slittamento dei rimborsi da parte dell'ASL.\n\nRestiamo in attesa di un Vostro cortese riscontro.\n\nDistinti saluti\nRag. Simona Ferri\nCentro Medico Valle Verde S.r.l.",
        inv=lo("04612", "balance", "€ 13.200,00"),
        facts=Facts(note="six monthly instalments asked for"),
    ),
    Reply(
        key="pp-it-2",
        intent="payment_plan",
        lang="it",
        sender=("Luca Bianchi", "luca@makeitlab.example"),
        when="2027-01-05 17:50 +0100",
        style="gmail",
        body="Ciao,\n\nvi propongo di chiudere la posizione a 3.000 € a saldo e stralcio, pagamento in un'unica soluzione entro la settimana. Più di così in questo momento non riusciamo, la startup è in piena chiusura del round.\n\nFatemi sapere\nLuca",
        inv=lo("04704", "balance", "€ 4.250,00"),
        facts=Facts(
            note="reduced settlement offered ('saldo e stralcio'): payment_plan; the date belongs to the offer, not a promise"
        ),
    ),
]
INVOICE_REQUEST: list[Reply] = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        sender=("Kevin Marsh", "accountspayable@bellmont.example"),
        when="2026-12-07 11:02 -0500",
        style="outlook",
        loc="us",
        body="Hello,\n\nWe have no record of receiving invoice LO-2026-04481. Please send a copy to this address as a PDF and we will get it entered. Invoices sent to individual departments are not forwarded to AP automatically.\n\nThank you,\nKevin Marsh\nAccounts Payable Specialist\nBellmont College | Business Office",
        inv=lo("04481", "deposit", "$7,215.00"),
        facts=Facts(
            refs=refs("04481"), note="never received; asks for a copy without contesting it"
        ),
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        sender=("Rachel Stein", "rstein@ardencrossman.example"),
        when="2026-12-11 14:35 -0500",
        style="html_only",
        loc="us",
        body="Hi,\n\nWe can't release payment to a new foreign vendor until we have a completed Form W-8BEN-E on file. Could you send one over, signed and dated? Once I have it I'll get the invoice into our next run.\n\nThanks,\nRachel Stein\nFinance Coordinator\nArden Crossman LLP",
        inv=lo("04528", "deposit", "$4,860.00"),
        facts=Facts(
            note="needs a tax form before paying; 'our next run' is conditional and undated, not a promise; HTML-only"
        ),
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        sender=("Nadia Hussain", "nadia.hussain@kestleigh-council.example"),
        when="2026-12-16 09:44 +0000",
        style="outlook_html",
        body="Dear Sir/Madam,\n\nOur finance system cannot process invoices without a valid purchase order number, so this invoice was rejected on receipt and has not been paid. Please reissue it quoting PO 4500912771 and send it to us again. There is no issue with the amount.\n\nKind regards,\n\nNadia Hussain\nProcurement Officer\nKestleigh Borough Council\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Kestleigh Borough Council may monitor email traffic for security purposes.",
        inv=lo("04619", "balance", "£7,980.00"),
        facts=Facts(
            note="reissue with a PO number, amount not contested; 'has not been paid' is a statement of fact, not a dispute"
        ),
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        sender=("Tanja Neumann", "t.neumann@notariat-lindholm.example"),
        when="2026-12-08 10:15 +0100",
        style="outlook",
        body="Sehr geehrte Damen und Herren,\n\nbevor wir die Zahlung freigeben, benötigen wir eine Bestätigung Ihrer Bankverbindung auf Ihrem Briefkopf, unterschrieben, per Post oder als PDF. Hintergrund ist ein Betrugsversuch mit gefälschten Kontodaten, den wir im Herbst hatten.\n\nSobald die Bestätigung vorliegt, wird die Rechnung angewiesen.\n\nMit freundlichen Grüßen\n\nTanja Neumann\nBüroleitung\nNotariat am Lindholm",
        inv=lo("04436", "deposit", "2.940,00 €"),
        charset="iso-8859-1",
        facts=Facts(
            note="needs confirmed bank details before paying; the payment after that is conditional and undated"
        ),
    ),
    Reply(
        key="ir-de-2",
        intent="invoice_request",
        lang="de",
        sender=(
            "Stadtverwaltung Krähenfeld – Rechnungseingang",
            "rechnungseingang@kraehenfeld.example",
        ),
        when="2026-12-10 13:30 +0100",
        style="owa",
        body="Sehr geehrte Damen und Herren,\n\ndie von Ihnen angemahnte Rechnung liegt uns nicht vor. Bitte beachten Sie, dass wir als öffentlicher Auftraggeber Rechnungen ausschließlich als XRechnung über das Rechnungseingangsportal annehmen können (Leitweg-ID 09-4711-123456-89). PDF-Rechnungen per E-Mail können nicht bearbeitet werden.\n\nBitte reichen Sie die Rechnung auf diesem Weg erneut ein.\n\nMit freundlichen Grüßen\nIm Auftrag\nFischer\n\nStadtverwaltung Krähenfeld\nSachgebiet Haushalt und Kasse",
        inv=lo("04474", "balance", "14.325,00 €"),
        facts=Facts(
            note="invoice not received; must be resubmitted as an e-invoice through the portal; 'PDF by e-mail cannot be processed' is not a stop request"
        ),
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        sender=("Nicolas Perrin", "nicolas@greenloop.example"),
        when="2026-12-21 16:48 +0100",
        style="iphone",
        body="Bonjour, on ne retrouve pas cette facture, vous pouvez nous la renvoyer ? Merci\nNicolas",
        inv=lo("04693", "deposit", "1\u00a0275,00\u00a0€"),
        facts=Facts(note="asks for the invoice again"),
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        sender=("Sandrine Aubert", "compta.fournisseurs@cliniqueduparc.example"),
        when="2027-01-05 10:03 +0100",
        style="outlook_html",
        body="Bonjour,\n\nVotre facture n'a pas pu être mise en paiement car votre société n'est pas encore référencée dans notre logiciel comptable. Pour créer votre compte fournisseur, merci de nous transmettre un RIB à l'en-tête de votre société ainsi qu'un extrait Kbis de moins de trois mois (ou un document équivalent pour une société étrangère).\n\nDès réception, le règlement sera programmé.\n\nCordialement,\n\nSandrine Aubert\nComptabilité fournisseurs\nClinique du Parc",
        inv=lo("04748", "deposit", "4\u00a0560,00\u00a0€"),
        charset="windows-1252",
        cte="b64",
        facts=Facts(note="needs bank details and a company extract before paying"),
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        sender=("María José Leal", "mj.leal@clinicalealsanz.example"),
        when="2026-12-14 12:30 +0100",
        style="outlook",
        body="Buenos días:\n\nLa factura está emitida a nombre de la clínica, pero con un CIF que no es el nuestro (B12345678). Nuestro CIF correcto es B87654321. Así no podemos contabilizarla, por lo que les ruego que nos envíen una factura rectificativa con los datos correctos y la pagaremos sin problema.\n\nGracias y un saludo,\n\nMaría José Leal\nAdministración\nClínica Leal Sanz",
        inv=lo("04586", "balance", "3.025,00 €"),
        charset="windows-1252",
        facts=Facts(
            note="reissue with the right tax id; the amount is not contested, so not a dispute"
        ),
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        sender=("Jorge Delgado", "jorge@brotalab.example"),
        when="2026-12-07 17:19 +0100",
        style="gmail",
        body="Hola,\n\n¿A qué corresponde exactamente esta factura? No encuentro el pedido. Mandadme el detalle (presupuesto o albarán) y lo paso a pagos.\n\nGracias,\nJorge",
        inv=lo("04352", "deposit", "1.890,00 €"),
        facts=Facts(note="asks what the invoice is for and for the supporting documents"),
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        sender=("Team Crediteuren – Universiteit van Oosterduin", "crediteuren@uvo.example"),
        when="2026-12-09 10:48 +0100",
        style="outlook_html",
        body="Geachte heer/mevrouw,\n\nWij kunnen deze factuur niet verwerken, omdat er geen inkoopordernummer van de universiteit op staat. Wilt u de factuur opnieuw aanmaken met ordernummer 4800233651 en naar ons sturen? Het bedrag is akkoord.\n\nMet vriendelijke groet,\n\nTeam Crediteuren\nFinancial Shared Service Center\nUniversiteit van Oosterduin",
        inv=lo("04447", "balance", "€ 10.548,00"),
        facts=Facts(note="reissue with a PO number, amount agreed"),
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        sender=("Eva Smit", "eva@kantoorhuisdeboog.example"),
        when="2027-01-06 09:15 +0100",
        style="gmail",
        body="Hallo,\n\nKunnen jullie ons een rekeningoverzicht sturen met alle openstaande posten? Onze boekhouder sluit het jaar af en ik wil zeker weten dat we niets over het hoofd zien.\n\nDank je!\nEva Smit\nKantoorhuis De Boog",
        inv=lo("04719", "deposit", "€ 3.080,00"),
        facts=Facts(note="statement of account"),
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        sender=(
            "Servizio Finanziario – Comune di Castelmarino",
            "ragioneria@comune.castelmarino.example",
        ),
        when="2026-12-15 09:37 +0100",
        style="outlook",
        body="Buongiorno,\n\nla fattura indicata nel sollecito non risulta pervenuta a questo Ente tramite il Sistema di Interscambio. Si ricorda che le pubbliche amministrazioni possono accettare esclusivamente fatture elettroniche in formato FatturaPA, riportanti il Codice Univoco Ufficio UFK9QZ e il CIG della fornitura.\n\nSi prega pertanto di provvedere all'emissione della fattura elettronica; diversamente non sarà possibile procedere alla liquidazione.\n\nCordiali saluti\nServizio Finanziario\nComune di Castelmarino",
        inv=lo("04563", "balance", "€ 5.612,00"),
        charset="iso-8859-1",
        facts=Facts(note="needs the invoice issued as an e-invoice through SdI before paying"),
    ),
]

WRONG_CONTACT: list[Reply] = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        sender=("Sam Adeyemi", "sam@brightmoss.example"),
        when="2026-12-10 07:58 +0000",
        style="iphone",
        body="Not me I'm afraid, Rachel runs our finance now – rachel.okoye@brightmoss.example. Copying her in.\n\nSam",
        inv=lo("04504", "deposit", "£3,640.00"),
        headers=(("Cc", "Rachel Okoye <rachel.okoye@brightmoss.example>"),),
        facts=Facts(contact="rachel.okoye@brightmoss.example"),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        sender=("Harborview Medical Group Billing", "billing@harborviewmedical.example"),
        when="2026-12-22 03:17 -0500",
        style="owa",
        loc="us",
        body="Hello,\n\nPlease be advised that our accounts department has moved to a new secure mailbox. Effective immediately, kindly send all invoices, statements and payment reminders for our account ONLY to harborview.ap.dept@gmail.com. Our old addresses will no longer be checked.\n\nDo not reply to this email. Update your records at your earliest convenience.\n\nRegards,\nAccounts Department\nHarborview Medical Group",
        inv=lo("04640", "balance", "$12,915.00"),
        facts=Facts(
            contact="harborview.ap.dept@gmail.com",
            note="phishing-like request to redirect all mail to a free-mail address; labelled by what it asks (a new contact); whether to trust it is for a person to verify, not for the classifier",
        ),
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        sender=("Greyfield Partners", "accounts@greyfieldpartners.example"),
        when="2026-12-07 09:06 +0000",
        style="notice",
        subject="Automatic reply: {rsub}",
        body="Thank you for your email.\n\nPlease note that this mailbox is no longer monitored. Greyfield Partners has moved its finance function to a shared service centre, and messages sent here are not read or forwarded.\n\nFor supplier invoices, statements and payment queries, please write to payables@greyfield-ssc.example.\n\nGreyfield Partners LLP",
        inv=lo("04358", "balance", "£6,120.00"),
        headers=(AUTO_REPLIED, XARS),
        facts=Facts(
            contact="payables@greyfield-ssc.example",
            note="automatic 'mailbox no longer monitored' notice naming a new address: wrong_contact",
        ),
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        sender=("Sabine Reuter", "s.reuter@physio-am-rathaus.example"),
        when="2026-12-08 18:20 +0100",
        style="gmail",
        body="Hallo,\n\nich bin seit Ende November nicht mehr in der Praxis tätig und kümmere mich deshalb auch nicht mehr um die Rechnungen. Zuständig ist jetzt Frau Yilmaz, bitte schreiben Sie an verwaltung@physio-am-rathaus.example.\n\nViele Grüße\nSabine Reuter",
        inv=lo("04419", "deposit", "1.760,00 €"),
        facts=Facts(contact="verwaltung@physio-am-rathaus.example"),
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        sender=("Aurélie Brun", "a.brun@kalis-coworking.example"),
        when="2026-12-17 11:20 +0100",
        style="outlook_html",
        body="Bonjour,\n\nJe gère l'accueil de l'espace de Bordeaux, je n'ai pas la main sur les paiements. Toutes les factures fournisseurs sont traitées par notre siège à Paris : merci d'écrire à comptabilite.fournisseurs@kalis-group.example en rappelant le numéro de facture.\n\nBonne journée,\n\nAurélie Brun\nResponsable d'espace – Kalis Coworking Bordeaux",
        inv=lo("04681", "balance", "3\u00a0940,00\u00a0€"),
        facts=Facts(contact="comptabilite.fournisseurs@kalis-group.example"),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        sender=("Cabinet dentaire des Tilleuls", "contact@dentaire-tilleuls.example"),
        when="2026-12-24 09:06 +0100",
        style="notice",
        subject="Re: {rsub}",
        body="Bonjour,\n\nCette adresse e-mail n'est plus consultée. Pour toute demande, merci d'utiliser le formulaire de contact de notre site internet ou de nous appeler aux heures d'ouverture du cabinet.\n\nCordialement,\nLe secrétariat du Cabinet dentaire des Tilleuls",
        inv=lo("04716", "balance", "2\u00a0485,00\u00a0€"),
        headers=(("X-Autoreply", "yes"),),
        facts=Facts(
            note="automatic 'address no longer read' notice with no new address: wrong_contact, new_contact null; no Auto-Submitted header",
        ),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        sender=("Coworking Puerto", "hola@coworkingpuerto.example"),
        when="2026-12-11 10:25 +0100",
        style="gmail",
        body="Hola, buenos días:\n\nEste correo es el de recepción y no llevamos las facturas. La contabilidad nos la hace una gestoría; escribidles a facturas@gestoriamarin.example y ellos os lo resuelven.\n\n¡Gracias!\nEquipo Coworking Puerto",
        inv=lo("04542", "deposit", "2.100,00 €"),
        facts=Facts(
            contact="facturas@gestoriamarin.example", note="the bookkeeping firm handles invoices"
        ),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        sender=("Fernando Iglesias", "fer.iglesias.casas@gmail.com"),
        when="2026-12-19 12:48 +0100",
        style="gmail_plain",
        body="Buenas,\n\nCreo que se han equivocado. Yo soy el propietario del local de la calle Cervantes, no su cliente. Su cliente es el inquilino, la consultoría que está allí desde septiembre. Yo no he encargado ningún mobiliario ni tengo nada que ver con esta factura.\n\nUn saludo\nFernando Iglesias",
        inv=lo("04670", "balance", "4.480,00 €"),
        facts=Facts(
            note="the landlord received his tenant's reminder: wrong person, no address given; he does not contest the invoice, it is not his",
        ),
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        sender=("Gemeente Dalwijk", "postbus-financien@dalwijk.example"),
        when="2026-12-08 09:04 +0100",
        style="notice",
        subject="Automatisch antwoord: {rsub}",
        body="Dit is een automatisch bericht.\n\nDeze mailbox wordt sinds 1 december 2026 niet meer gelezen. Facturen en vragen over betalingen kunt u voortaan sturen naar crediteuren@dalwijk.example. Berichten aan dit adres worden niet doorgestuurd.\n\nGemeente Dalwijk\nTeam Financiën",
        inv=lo("04429", "balance", "€ 15.660,00"),
        headers=(AUTO_GENERATED,),
        facts=Facts(
            contact="crediteuren@dalwijk.example",
            note="automatic 'mailbox no longer read' notice naming a new address: wrong_contact",
        ),
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        sender=("Bas Koster", "b.koster@hofstede-legal.example"),
        when="2026-12-15 14:02 +0100",
        style="outlook",
        body="Goedemiddag,\n\nIk ben facilitair manager en ga niet over betalingen. Ik heb mijn collega Linda van de financiële administratie in de cc gezet, zij pakt dit verder op.\n\nMet vriendelijke groet,\nBas Koster\nFacilitair Manager | Hofstede Legal",
        inv=lo("04623", "balance", "€ 7.315,00"),
        headers=(("Cc", "Linda Mulder <l.mulder@hofstede-legal.example>"),),
        facts=Facts(
            contact="l.mulder@hofstede-legal.example",
            note="the right contact is named in the text and her address is only in the Cc header",
        ),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        sender=("Chiara Fontana", "chiara.fontana@nexalabs.example"),
        when="2026-12-14 09:15 +0100",
        style="gmail",
        body="Buongiorno,\n\nnon sono io la persona giusta, mi occupo di marketing. Per fatture e pagamenti scrivete ad amministrazione@nexalabs.example.\n\nBuona giornata\nChiara",
        inv=lo("04571", "deposit", "€ 2.340,00"),
        facts=Facts(contact="amministrazione@nexalabs.example"),
    ),
    Reply(
        key="wc-it-2",
        intent="wrong_contact",
        lang="it",
        sender=("Giorgio Ferraris", "m.ferri@ferrarisarchitetti.example"),
        when="2026-12-16 12:02 +0100",
        style="apple",
        body="Buongiorno,\n\ncredo abbiate un indirizzo vecchio: Marco Ferri non lavora più qui da due anni e questa casella adesso la leggo io, ma di amministrazione non so nulla. Provate a chiamare il centralino.\n\nGiorgio Ferraris",
        inv=lo("04629", "balance", "€ 3.395,00"),
        facts=Facts(note="a former employee's mailbox now read by someone else; no new address"),
    ),
]

UNSUBSCRIBE: list[Reply] = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        sender=("Jess Hart", "jess@hartandloom.example"),
        when="2026-12-18 22:41 +0000",
        style="iphone",
        body="Stop emailing me. I've asked three times.",
        inv=lo("04694", "balance", "£2,760.00"),
        facts=Facts(note="irritated one-liner"),
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        sender=("Victor Lang", "vlang@langrobotics.example"),
        when="2026-12-30 16:20 -0500",
        style="outlook",
        loc="us",
        body="All further communication regarding this account must go through our attorney. Do not contact me or my staff directly again.\n\nVictor Lang\nCEO, Lang Robotics Inc.",
        inv=lo("04587", "balance", "$16,480.00"),
        facts=Facts(note="'talk to our lawyer', no address given"),
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        sender=("Margaret Doyle", "mdoyle@stcolmansmedical.example"),
        when="2027-01-04 11:30 +0000",
        style="outlook_html",
        body="Please stop sending reminders to this email address. The practice only deals with supplier correspondence by post, to the address on our purchase order.\n\nFor the record, this invoice was paid on 2 December.\n\nMargaret Doyle\nPractice Administrator\nSt Colman's Medical Centre",
        inv=lo("04382", "balance", "€3,275.00"),
        facts=Facts(
            note="post-only request plus a payment claim: unsubscribe beats everything but bounce"
        ),
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        sender=("Dr. Henrik Baumann", "h.baumann@baumann-it-recht.example"),
        when="2026-12-09 16:02 +0100",
        style="thunderbird",
        body="Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich gemäß Art. 21 DSGVO der weiteren Verwendung meiner E-Mail-Adresse für Zahlungserinnerungen und sonstige Mitteilungen. Schriftverkehr zu diesem Vorgang richten Sie bitte ausschließlich per Post an die Kanzleianschrift.\n\nMit freundlichen Grüßen\nDr. Henrik Baumann\nRechtsanwalt",
        inv=lo("04468", "balance", "4.095,00 €"),
        facts=Facts(note="objection to e-mail use under data-protection law, post only"),
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        sender=("Claudia Schäfer", "c.schaefer@kiezbox.example"),
        when="2026-12-21 10:12 +0100",
        style="outlook_html",
        body="Sehr geehrte Damen und Herren,\n\nwir haben Ihnen bereits zweimal mitgeteilt, dass die Lieferung unvollständig war. Da Sie darauf nicht reagieren, haben wir die Angelegenheit unserer Anwältin übergeben.\n\nBitte senden Sie uns keine weiteren Mahnungen. Wenden Sie sich künftig ausschließlich an unsere Rechtsanwältin, Frau Dr. Pohl.\n\nMit freundlichen Grüßen\nClaudia Schäfer\nGeschäftsführerin, Kiezbox GmbH",
        inv=lo("04599", "balance", "6.230,00 €"),
        facts=Facts(
            note="stop request and 'only through our lawyer' on top of a dispute about an incomplete delivery: unsubscribe beats dispute"
        ),
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        sender=("Léa Fontaine", "lea.fontaine@gmail.com"),
        when="2026-12-12 10:33 +0100",
        style="gmail_plain",
        body="Merci de me retirer de vos envois, je ne suis plus concernée.",
        inv=lo("04535", "deposit", "980,00\u00a0€"),
        facts=Facts(
            note="remove-me plus 'no longer concerned' without a new address: unsubscribe beats wrong_contact; free-mail persona"
        ),
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        sender=("Raúl Sanchís", "raul@sanchisfisioterapia.example"),
        when="2026-12-15 20:07 +0100",
        style="iphone",
        body="No me escribáis más a este correo, por favor. Está pagado desde hace semanas y ya es la tercera vez que me llega esto.",
        inv=lo("04517", "deposit", "1.150,00 €"),
        facts=Facts(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        sender=(
            "Asesoría Jurídica – Ayuntamiento de Villaserena",
            "asesoriajuridica@villaserena.example",
        ),
        when="2026-12-28 12:00 +0100",
        style="outlook",
        body="Muy señores nuestros:\n\nLes comunicamos que este Ayuntamiento no atenderá reclamaciones de pago por correo electrónico. Cualquier comunicación relativa a esta factura deberá remitirse por escrito, por correo certificado o a través del Registro General, a la atención de la Intervención municipal.\n\nAtentamente,\n\nAsesoría Jurídica\nAyuntamiento de Villaserena",
        inv=lo("04641", "balance", "9.870,00 €"),
        charset="windows-1252",
        facts=Facts(note="written or postal channel only: unsubscribe"),
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        sender=("R. de Vries", "rdevries@praktijkdevries.example"),
        when="2026-12-14 07:02 +0100",
        style="gmail_plain",
        body="Afmelden",
        inv=lo("04590", "balance", "€ 1.845,00"),
        facts=Facts(note="one word: 'afmelden' = unsubscribe"),
    ),
    Reply(
        key="un-nl-2",
        intent="unsubscribe",
        lang="nl",
        sender=("Pieter Mulder", "pieter@flowbase.example"),
        when="2027-01-07 15:45 +0100",
        style="outlook_html",
        body="Stuur ons geen herinneringen meer. Verdere communicatie over deze factuur loopt uitsluitend via onze advocaat, mr. J. de Wit van De Wit Advocatuur.\n\nPieter Mulder\nCEO | Flowbase B.V.",
        inv=lo("04633", "balance", "€ 8.745,00"),
        facts=Facts(note="stop plus 'only through our lawyer' (named, no address)"),
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        sender=("Alessandro Greco", "alessandro@grecoassociati.example"),
        when="2026-12-17 13:40 +0100",
        style="android",
        body="Vi chiedo per l'ultima volta di non inviare più solleciti a questo indirizzo. Non è il canale giusto e non ho intenzione di rispondere ancora.\nA. Greco",
        inv=lo("04608", "balance", "€ 2.675,00"),
        facts=Facts(
            note="stop request; 'not the right channel' without an address does not make it wrong_contact"
        ),
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        sender=(
            "Ufficio Affari Legali – Università di Monteverde",
            "ufficio.legale@unimonteverde.example",
        ),
        when="2027-01-08 10:20 +0100",
        style="outlook",
        body="Spett.le Lindqvist Office,\n\nsi comunica che ogni ulteriore comunicazione relativa alla posizione in oggetto dovrà pervenire esclusivamente a mezzo raccomandata A/R all'indirizzo della sede legale dell'Ateneo. Le comunicazioni inviate a questo indirizzo di posta elettronica non saranno prese in considerazione.\n\nDistinti saluti\nUfficio Affari Legali e Contenzioso\nUniversità degli Studi di Monteverde",
        inv=lo("04561", "balance", "€ 22.480,00"),
        charset="windows-1252",
        facts=Facts(note="registered post only: unsubscribe"),
    ),
]
AUTO_REPLY: list[Reply] = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        sender=("Megan Cole", "mcole@pinecrestpeds.example"),
        when="2026-12-21 09:02 -0500",
        style="notice",
        loc="us",
        subject="Automatic reply: {rsub}",
        body="Thank you for your message. I am out of the office through the holidays with limited access to email and will return on Monday, January 4th. For anything urgent, please call the front desk.\n\nMegan Cole\nPractice Administrator, Pinecrest Pediatrics",
        inv=lo("04662", "balance", "$2,945.00"),
        headers=(AUTO_REPLIED, XARS),
        facts=Facts(back="2027-01-04"),
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        sender=("Corbel Workspace Support", "help@corbelworkspace.example"),
        when="2026-12-09 09:07 +0000",
        style="notice_html",
        subject="[Request #48213] {rsub}",
        body="Hi there,\n\nThanks for getting in touch with Corbel Workspace. Your request (#48213) has been received and is being reviewed by our team.\n\nWe aim to respond within 2 business days. To add more information, just reply to this email and keep the request number in the subject line.\n\nCorbel Workspace Support",
        inv=lo("04495", "deposit", "£1,870.00"),
        headers=(("X-Autoreply", "yes"),),
        facts=Facts(note="ticket acknowledgement without Auto-Submitted; no return date"),
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        sender=("Tom Reddy", "tom.reddy@ashworth-law.example"),
        when="2026-12-11 09:05 +0000",
        style="notice",
        subject="Automatic reply: {rsub}",
        body="Hello,\n\nI am on parental leave and will be back in the office on 1 March 2027. In the meantime please contact Priya Nair (priya.nair@ashworth-law.example) for facilities and supplier matters, or accounts@ashworth-law.example for anything to do with invoices.\n\nThanks,\nTom",
        inv=lo("04500", "balance", "£8,430.00"),
        headers=(AUTO_REPLIED,),
        facts=Facts(
            back="2027-03-01",
            note="parental leave; the colleagues' addresses in an auto-reply do not set new_contact",
        ),
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        sender=("Coworking Elbhafen", "info@coworking-elbhafen.example"),
        when="2026-12-21 09:03 +0100",
        style="notice",
        subject="Automatische Antwort: {rsub}",
        body="Vielen Dank für Ihre Nachricht.\n\nUnser Büro ist vom 21.12.2026 bis einschließlich 01.01.2027 geschlossen. Ab Montag, dem 4. Januar 2027, sind wir wieder persönlich für Sie da. E-Mails werden in dieser Zeit nicht gelesen und nicht weitergeleitet.\n\nWir wünschen Ihnen frohe Feiertage und einen guten Rutsch!\n\nIhr Team vom Coworking Elbhafen",
        inv=lo("04658", "balance", "3.315,00 €"),
        headers=(AUTO_REPLIED, XARS),
        facts=Facts(
            back="2027-01-04", note="'wieder für Sie da ab' wins over 'bis einschließlich'"
        ),
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        sender=("Frank Weber", "f.weber@uniklinik-sonnberg.example"),
        when="2026-12-14 09:05 +0100",
        style="notice",
        subject="Abwesenheitsnotiz: {rsub}",
        body="Ich bin bis zum 18.12.2026 nicht im Hause. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat der Verwaltungsdirektion.\n\nMit freundlichen Grüßen\nFrank Weber\nAbteilung Einkauf und Logistik\nUniversitätsklinikum Sonnberg",
        inv=lo("04553", "deposit", "11.700,00 €"),
        charset="iso-8859-1",
        headers=(XARS,),
        facts=Facts(
            back="2026-12-18",
            note="'bis zum 18.12.' gives that date (the 'until X' rule); no Auto-Submitted header",
        ),
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        sender=("Nathalie Roussel", "nathalie@hexaflow.example"),
        when="2026-12-14 09:10 +0100",
        style="notice",
        subject="Réponse automatique : {rsub}",
        body="Bonjour,\n\nJe suis absente du 14 au 18 décembre inclus et n'aurai pas accès à mes e-mails. Je serai de retour le lundi 21 décembre.\n\nPour toute urgence, vous pouvez contacter l'accueil.\n\nNathalie Roussel\nOffice manager – Hexaflow",
        inv=lo("04548", "deposit", "2\u00a0160,00\u00a0€"),
        headers=(AUTO_REPLIED,),
        facts=Facts(
            back="2026-12-21", note="'de retour le lundi 21' wins over 'du 14 au 18 inclus'"
        ),
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        sender=("Plateforme Achats – Université de Bréval", "ne-pas-repondre@univ-breval.example"),
        when="2026-12-10 09:02 +0100",
        style="notice_html",
        subject="[Ticket #2026-118734] Accusé de réception",
        body="Bonjour,\n\nVotre message a bien été reçu par la plateforme achats de l'Université de Bréval et enregistré sous le numéro 2026-118734.\n\nIl sera traité par un gestionnaire dans les meilleurs délais. Merci de rappeler ce numéro dans toute correspondance.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nPlateforme Achats\nUniversité de Bréval",
        inv=lo("04492", "balance", "17\u00a0064,00\u00a0€"),
        headers=(AUTO_GENERATED,),
        facts=Facts(note="ticket acknowledgement; no date"),
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        sender=("Carmen Vidal", "cvidal@vidalgomezabogados.example"),
        when="2026-12-23 09:04 +0100",
        style="notice",
        subject="Respuesta automática: {rsub}",
        body="Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el 7 de enero, sin acceso regular al correo electrónico. Para asuntos urgentes, pueden llamar a la recepción del despacho.\n\nFelices fiestas.\n\nCarmen Vidal\nVidal Gómez Abogados",
        inv=lo("04689", "balance", "5.580,00 €"),
        headers=(AUTO_REPLIED, XARS),
        facts=Facts(
            back="2027-01-07", note="'hasta el 7 de enero' gives that date; the year rolls over"
        ),
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        sender=("Femke Dijkstra", "femke.dijkstra@flexhuisgroningen.example"),
        when="2026-12-24 09:03 +0100",
        style="notice",
        subject="Automatisch antwoord: {rsub}",
        body="Beste afzender,\n\nIk ben afwezig tot en met vrijdag 1 januari en weer aanwezig op maandag 4 januari. Uw e-mail wordt niet doorgestuurd.\n\nFijne feestdagen!\n\nFemke Dijkstra\nFlexhuis Groningen",
        inv=lo("04697", "balance", "€ 4.020,00"),
        headers=(("X-Autoreply", "yes"),),
        facts=Facts(
            back="2027-01-04",
            note="'weer aanwezig op' wins over 'tot en met'; no Auto-Submitted header",
        ),
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        sender=("Gemeente Zuidhoven", "info@zuidhoven.example"),
        when="2026-12-07 09:05 +0100",
        style="notice",
        subject="Ontvangstbevestiging: {rsub}",
        body="Geachte heer/mevrouw,\n\nHartelijk dank voor uw e-mail. Wij hebben uw bericht ontvangen en geregistreerd onder zaaknummer Z/26/045512. U ontvangt binnen vijf werkdagen een reactie.\n\nDit bericht is automatisch verzonden; u kunt er niet op reageren.\n\nMet vriendelijke groet,\nGemeente Zuidhoven\nKlantcontactcentrum",
        inv=lo("04402", "balance", "€ 12.090,00"),
        headers=(AUTO_GENERATED,),
        facts=Facts(
            note="receipt acknowledgement with a case number; 'within five working days' is not a return date"
        ),
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        sender=("Valentina Moretti", "v.moretti@studiolegalemoretti.example"),
        when="2026-12-23 09:02 +0100",
        style="notice",
        subject="Risposta automatica: {rsub}",
        body="Gentile mittente,\n\nsarò assente dall'ufficio dal 23 dicembre al 6 gennaio (Epifania) e rientrerò giovedì 7 gennaio. Durante questo periodo la posta non sarà consultata.\n\nBuone feste\nValentina Moretti\nStudio Legale Moretti",
        inv=lo("04685", "balance", "€ 3.860,00"),
        headers=(AUTO_REPLIED,),
        facts=Facts(back="2027-01-07", note="the stated day back wins over the end of the absence"),
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        sender=("Dott. Paolo Ricci", "paolo.ricci@cardiologiaricci.example"),
        when="2026-12-30 09:10 +0100",
        style="notice",
        subject="Risposta automatica: {rsub}",
        body="Lo studio è chiuso per le festività natalizie. Rientrerò in sede lunedì 11 gennaio. Per urgenze cliniche rivolgersi al medico di guardia.\n\nDott. Paolo Ricci\nStudio di Cardiologia",
        inv=lo("04712", "balance", "€ 1.590,00"),
        charset="iso-8859-1",
        headers=(("X-Autoreply", "yes"), ("Precedence", "bulk")),
        facts=Facts(back="2027-01-11", note="no Auto-Submitted header"),
    ),
]

OTHER: list[Reply] = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        sender=("Chloe Grant", "chloe@northlightstudio.example"),
        when="2026-12-15 12:04 +0000",
        style="gmail",
        body="Hi, didn't we pay this already? Can someone check on your side and let me know?\n\nChloe",
        inv=lo("04606", "deposit", "£1,520.00"),
        facts=Facts(note="a question, not a payment claim; a person checks the ledger and answers"),
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        sender=("Ethan Brooks", "ethan@relaystack.example"),
        when="2027-01-06 10:15 -0800",
        style="gmail",
        loc="us",
        body="Hey, unrelated to the invoice, but can your install crew do the phase 2 desks on Jan 19 instead of the 12th? Our lease on the new floor starts a week later than we thought.\n\nThanks!\nEthan",
        inv=lo("04744", "deposit", "$9,150.00"),
        facts=Facts(
            note="installation scheduling question in the reminder thread; nothing about paying"
        ),
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        sender=("Olivia Bennett", "o.bennett@westbury-uni.example"),
        when="2026-12-08 15:20 +0000",
        style="outlook",
        body="Thanks, I've passed this on to our finance team.\n\nOlivia\n\nDr Olivia Bennett\nDepartment Administrator, School of Chemistry\nWestbury University",
        inv=lo("04413", "balance", "£3,980.00"),
        facts=Facts(note="acknowledgement; passing it on names no contact, so not wrong_contact"),
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        sender=("Katrin Lehmann", "k.lehmann@mvz-ostpark.example"),
        when="2026-12-17 11:45 +0100",
        style="outlook_html",
        body="Hallo zusammen,\n\nkurze Info vorab, damit es im neuen Jahr nicht durcheinandergeht: Unser MVZ zieht zum 1. Februar in den Neubau am Ostpark. Die restlichen Möbel aus dem zweiten Bauabschnitt bitte dann nicht mehr in die Bahnhofstraße liefern, sondern direkt an die neue Adresse (Ostparkallee 3, Anlieferung über die Rampe an der Rückseite, Ansprechpartner vor Ort ist Herr Demir von der Haustechnik).\n\nZur Rechnung melde ich mich separat, sobald ich mit der Geschäftsführung gesprochen habe.\n\nViele Grüße\nKatrin Lehmann\nPraxismanagement\nMVZ Ostpark",
        inv=lo("04661", "deposit", "7.200,00 €"),
        facts=Facts(
            note="new delivery address and 'I'll come back to you about the invoice': no commitment; a person reads it"
        ),
    ),
    Reply(
        key="ot-de-2",
        intent="other",
        lang="de",
        sender=("Tobias Krüger", "tobias@nordlicht-ventures.example"),
        when="2027-01-04 14:30 +0100",
        style="apple",
        body="Hi,\n\neine Frage nebenbei: Könnten Sie uns ein Angebot für acht weitere Bürostühle vom gleichen Modell schicken? Wir wachsen im Q1 ein bisschen.\n\nDanke & Grüße\nTobias",
        inv=lo("04725", "balance", "2.880,00 €"),
        facts=Facts(note="sales enquiry in the reminder thread"),
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        sender=("Marion Lemoine", "m.lemoine@ville-beaurivage.example"),
        when="2026-12-08 10:50 +0100",
        style="iphone",
        body="C'est noté, merci.\n\nMarion Lemoine",
        inv=lo("04426", "balance", "5\u00a0940,00\u00a0€"),
        facts=Facts(note="'noted' acknowledges the reminder and commits to nothing"),
    ),
    Reply(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        sender=("Direction administrative et financière – Spacio Lab", "daf@spaciolab.example"),
        when="2027-01-07 16:02 +0100",
        style="outlook",
        body="Madame, Monsieur,\n\nNous vous informons que, par jugement du tribunal de commerce de Lyon en date du 15 décembre 2026, la société Spacio Lab SAS a été placée en redressement judiciaire.\n\nConformément aux règles de la procédure, nous ne sommes plus autorisés à régler les factures antérieures au jugement. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire, Maître Hélène Vasseur, dans un délai de deux mois à compter de la publication du jugement au BODACC.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nLa Direction administrative et financière\nSpacio Lab SAS",
        inv=lo("04543", "balance", "12\u00a0760,00\u00a0€"),
        charset="iso-8859-1",
        facts=Facts(
            note="insolvency notice: the claim must be filed with the court officer; not a dispute, plan or wrong contact; a person must act",
        ),
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        sender=("Sergio Campos", "sergio@tramaestudio.example"),
        when="2026-12-16 13:13 +0100",
        style="gmail_plain",
        body="Gracias por el aviso, lo miro con mi socio y te digo algo.\n\nSergio",
        inv=lo("04636", "deposit", "1.740,00 €"),
        facts=Facts(note="'I'll look at it and get back to you' commits to nothing"),
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        sender=("Beatriz Molina", "recepcion@fisioterapiamolina.example"),
        when="2026-12-21 17:35 +0100",
        style="android",
        body="Hola, aprovecho el correo: a una de las sillas de la sala de espera se le ha soltado el respaldo. ¿Entra en la garantía? ¿Os mando una foto?\n\nBeatriz",
        inv=lo("04613", "balance", "2.395,00 €"),
        facts=Facts(
            note="warranty question about one chair after delivery; the invoice is not contested"
        ),
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        sender=("Wouter Kok", "w.kok@kokadvocaten.example"),
        when="2026-12-09 08:47 +0100",
        style="android",
        body="Ontvangen, dank.\n\nWouter Kok",
        inv=lo("04452", "balance", "€ 4.610,00"),
        facts=Facts(note="acknowledgement only"),
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        sender=("Lisa van Dam", "lisa.vandam@hogeschool-waterland.example"),
        when="2026-12-10 14:55 +0100",
        style="owa",
        body="Beste,\n\nLos van deze herinnering (die heb ik doorgezet naar onze crediteurenadministratie): voor ons duurzaamheidsjaarverslag zoeken wij de CO2-voetafdruk en het aandeel gerecycled materiaal van de meubels die jullie dit jaar hebben geleverd. Hebben jullie daar productpaspoorten of een overzicht van?\n\nMet vriendelijke groet,\n\nLisa van Dam\nAdviseur Duurzaamheid\nHogeschool Waterland",
        inv=lo("04437", "balance", "€ 26.340,00"),
        facts=Facts(
            note="asks for sustainability data, which is not needed to pay; passing the reminder on names no contact"
        ),
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        sender=("Segreteria Studio Medico Gatti", "segreteria@studiogatti.example"),
        when="2026-12-11 11:40 +0100",
        style="gmail",
        body="Buongiorno, ricevuto. Ne parlo con il dottore e vi faccio sapere.\n\nCordiali saluti\nLa segreteria",
        inv=lo("04530", "balance", "€ 2.150,00"),
        facts=Facts(note="acknowledgement; 'vi faccio sapere' is no commitment"),
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
    """A delivery report about a reminder sent to `rcpt` (the reminder was in `rlang`)."""

    key: str
    lang: Lang
    kind: Literal["hard", "soft"]
    status: str
    rcpt: str
    when: str
    rlang: Lang
    inv: Invoice
    build: Callable[[Bounce], Message]
    rloc: Loc | None = None
    sent_before: timedelta = timedelta(minutes=2)
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return self.dt - self.sent_before

    @property
    def subject(self) -> str:
        return reminder_subject(self.rlang, self.inv)

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def reminder(self) -> Message:
        """The reminder as Lindqvist Office sent it."""
        text = reminder_text(
            lang=self.rlang, loc=self.rloc or self.rlang, inv=self.inv, sent=self.sent
        )
        msg = text_part(text + "\n", subtype="plain", charset="utf-8", cte="qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_text(self.subject, charset="utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        content_headers_last(msg)
        return msg


def delivery_status(
    b: Bounce, *, mta: str, action: str, diagnostic: str, remote: str = ""
) -> Message:
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(lines) + "\n")]
    )
    return ds


def returned_headers(b: Bounce) -> Message:
    text = "".join(f"{k}: {v}\n" for k, v in b.reminder().items())
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def mixed(*parts: Message) -> Message:
    outer = MIMEMultipart("mixed")
    for part in parts:
        outer.attach(part)
    return outer


EXCHANGE_SENDER = (
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lindqvist-office.example>"
)


def finish(
    b: Bounce, msg: Message, *, sender: str, subject: str, auto: str | None = "auto-replied"
) -> Message:
    """Envelope headers of a notice; `auto` is the Auto-Submitted value the software sets, if any."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, charset="utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].rpartition("@")[2]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 26).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = auto
    if sender == EXCHANGE_SENDER:
        msg["X-MS-Exchange-Message-Is-Ndr"] = ""
    return finalize(
        msg, key=b.key, family="outlook_html" if sender == EXCHANGE_SENDER else "bounce"
    )


def human_alternative(text: str, *, charset: str = "utf-8") -> Message:
    """The readable part of a notice, as plain text and as simple HTML."""
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">\n'
        f"{html_paragraphs(text)}\n</body></html>\n"
    )
    return alternative(
        text_part(text + "\n", subtype="plain", charset=charset, cte="qp"),
        text_part(page, subtype="html", charset=charset, cte="qp"),
    )


def bounce_postfix(b: Bounce) -> Message:
    human = (
        "This is the mail system at host mx2.lindqvist-office.example.\n\n"
        "Your message could not be delivered to one or more recipients.\n"
        "The details are below and the returned message is attached.\n\n"
        "If you need help, contact it-support@lindqvist-office.example and\n"
        "include this report.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mail.{b.domain}[203.0.113.45] said:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in\n"
        "    local recipient table (in reply to RCPT TO command)\n"
    )
    notification = text_part(human, subtype="plain", charset="us-ascii", cte="7bit")
    notification["Content-Description"] = "Notification"
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    status = delivery_status(
        b,
        mta="mx2.lindqvist-office.example",
        action="failed",
        diagnostic=diag,
        remote=f"mail.{b.domain}",
    )
    status["Content-Description"] = "Delivery report"
    returned = MIMEMessage(b.reminder())
    returned["Content-Description"] = "Undelivered Message"
    return finish(
        b,
        report(notification, status, returned),
        sender="MAILER-DAEMON@mx2.lindqvist-office.example (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    original = b.reminder().as_string()
    text = (
        f"Hi. This is the qmail-send program at mail.{b.domain}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28817 invoked from network); {format_datetime(b.sent)}\n"
        f"{original}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b, msg, sender=f"MAILER-DAEMON@mail.{b.domain}", subject="failure notice", auto=None
    )


def bounce_sendmail_delay(b: Bounce) -> Message:
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\n"
        "from mx2.lindqvist-office.example [198.51.100.10]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with exch01.{b.domain}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    status = delivery_status(
        b,
        mta=f"relay.{b.domain}",
        action="delayed",
        diagnostic="451 4.4.1 reply: read error from exch01",
        remote=f"exch01.{b.domain}",
    )
    parts = (
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        status,
        returned_headers(b),
    )
    return finish(
        b,
        report(*parts),
        sender=f"Mail Delivery Subsystem <MAILER-DAEMON@relay.{b.domain}>",
        subject="Warning: could not send message for past 4 hours",
        auto="auto-generated (warning-timeout)",
    )


def bounce_exchange_de_delay(b: Bounce) -> Message:
    server = "FR3P281MB1742.DEUP281.PROD.OUTLOOK.example"
    diag = "451 4.4.7 Message delayed"
    human = human_alternative(
        "Die Zustellung an diese Empfänger oder Gruppen verzögert sich:\n\n"
        f"{b.rcpt}\n\n"
        f"Betreff: {b.subject}\n\n"
        "Diese Nachricht wurde noch nicht zugestellt. Der Server versucht es weiter und benachrichtigt Sie, falls die Zustellung endgültig fehlschlägt. Sie müssen nichts unternehmen.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        f"Generierender Server: {server}\nEmpfängerserver: mx.{b.domain}\n\n"
        f"{b.rcpt}\nDer Remoteserver hat '{diag}' zurückgegeben."
    )
    status = delivery_status(
        b, mta=server, action="delayed", diagnostic=diag, remote=f"mx.{b.domain}"
    )
    return finish(
        b,
        report(human, status, returned_headers(b)),
        sender=EXCHANGE_SENDER,
        auto=None,
        subject=f"Zustellung verzögert: {b.subject}",
    )


def bounce_exim_de_delay(b: Bounce) -> Message:
    text = (
        "Diese Nachricht wurde automatisch vom Mailserver mail.hosting-nordwest.example erzeugt.\n\n"
        "Ihre Nachricht konnte seit mehr als 6 Stunden nicht an den folgenden Empfänger zugestellt werden:\n\n"
        f"  {b.rcpt}\n"
        f"    Server: mx1.{b.domain} [192.0.2.77]\n"
        f"    Grund: SMTP-Fehler nach RCPT TO:<{b.rcpt}>:\n"
        "    421 4.7.0 Try again later, closing connection.\n\n"
        "Sie müssen nichts tun. Der Server versucht die Zustellung weiter; scheitert sie endgültig, erhalten Sie eine weitere Nachricht mit der Originalnachricht im Anhang.\n\n"
        f"Betreff der Nachricht: {b.subject}\n"
        "Nachrichten-ID beim Server: 1wB7xK-0004Qe-1T\n"
    )
    return finish(
        b,
        text_part(text, subtype="plain", charset="utf-8", cte="qp"),
        sender="Mail Delivery System <Mailer-Daemon@mail.hosting-nordwest.example>",
        subject="Warnung: Nachricht 1wB7xK-0004Qe-1T seit 6 Stunden nicht zugestellt",
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    server = "PA4P190MB1063.EURP190.PROD.OUTLOOK.example"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    local = b.rcpt.split("@")[0]
    human = human_alternative(
        f"Votre message à {b.rcpt} n'a pas pu être remis.\n\n"
        f"{local} est introuvable sur {b.domain}.\n\n"
        "Action requise de l'expéditeur :\n"
        "Vérifiez l'adresse e-mail du destinataire, puis renvoyez le message. Si le problème persiste, contactez le destinataire par un autre moyen.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\n"
        f"Serveur de génération : {server}\n\n"
        f"{b.rcpt}\nLe serveur distant a renvoyé « {diag} »"
    )
    status = delivery_status(b, mta=server, action="failed", diagnostic=diag)
    return finish(
        b,
        report(human, status, returned_headers(b)),
        sender=EXCHANGE_SENDER,
        auto=None,
        subject=f"Non remis : {b.subject}",
    )


def bounce_isp_fr_delay(b: Bounce) -> Message:
    rem = b.reminder()
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie Hexanet Pro.\n\n"
        "Votre message n'a pas encore pu être distribué au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        f"Le serveur du destinataire (mail.{b.domain}) ne répond pas : 421 4.4.1 délai de connexion dépassé.\n\n"
        "Nous continuerons à tenter la distribution pendant 5 jours. Si elle échoue définitivement, vous recevrez un avis de non-distribution. Vous n'avez pas besoin de renvoyer votre message.\n\n"
        f"Objet du message : {latin1_safe(b.subject)}\n"
        f"Date d'envoi : {rem['Date']}\n\n"
        "Le service de messagerie Hexanet Pro\n"
    )
    return finish(
        b,
        text_part(text, subtype="plain", charset="iso-8859-1", cte="qp"),
        sender="Service de messagerie <postmaster@smtp.hexanet-pro.example>",
        subject="Avertissement : message non encore distribué",
    )


def bounce_isp_es_delay(b: Bounce) -> Message:
    human = (
        "Este es un aviso automático del servidor de correo smtp.redhostia.example.\n\n"
        "Su mensaje todavía no se ha podido entregar a:\n\n"
        f"  {b.rcpt}\n\n"
        "Motivo: el servidor de destino cerró la conexión durante la entrega (4.4.2 conexión perdida).\n\n"
        "El servidor seguirá intentándolo durante los próximos 3 días. No es necesario que vuelva a enviar el mensaje.\n\n"
        "RedHostia – Servicio de correo\n"
    )
    status = delivery_status(
        b,
        mta="smtp.redhostia.example",
        action="delayed",
        diagnostic="421 4.4.2 Connection dropped",
        remote=f"mail.{b.domain}",
    )
    parts = (
        text_part(human, subtype="plain", charset="utf-8", cte="qp"),
        status,
        returned_headers(b),
    )
    return finish(
        b,
        report(*parts),
        sender="Servidor de correo <MAILER-DAEMON@smtp.redhostia.example>",
        subject="Aviso: entrega del mensaje retrasada",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    human = human_alternative(
        "** No se ha encontrado la dirección **\n\n"
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.\n\n"
        "Más información: https://support.google.com/mail/?p=NoSuchUser\n\n"
        "La respuesta ha sido:\n\n"
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2a1b3c4d5e6f7si8123456b3.412 - gsmtp"
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    status = delivery_status(
        b,
        mta="mx.google.com",
        action="failed",
        diagnostic=diag,
        remote="gmail-smtp-in.l.google.com",
    )
    msg = report(human, status, returned_headers(b))
    msg["X-Failed-Recipients"] = b.rcpt
    return finish(
        b,
        msg,
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Notificación del estado de entrega (error)",
    )


def bounce_gateway_nl(b: Bounce) -> Message:
    human = human_alternative(
        "Bericht niet afgeleverd\n\n"
        f"Uw bericht aan {b.rcpt} is geweigerd door de e-mailbeveiliging van de ontvangende organisatie.\n\n"
        "Reden: het bericht voldoet niet aan het beleid van de ontvanger (550 5.7.1 Message rejected by recipient policy – sender domain not on allow list).\n\n"
        "Wat kunt u doen?\n"
        f"Neem op een andere manier contact op met de ontvanger en vraag of uw domein {AR_DOMAIN} aan de lijst met toegestane afzenders kan worden toegevoegd. Opnieuw versturen heeft geen zin zolang het beleid niet is aangepast.\n\n"
        "Referentie: MW-20261211-7F3A91\n\n"
        "MailWacht Secure Gateway"
    )
    return finish(
        b,
        mixed(human, returned_headers(b)),
        sender="MailWacht Gateway <noreply@gateway.mailwacht.example>",
        subject=f"Niet afgeleverd: {b.subject}",
    )


def bounce_isp_it_full(b: Bounce) -> Message:
    text = (
        "Gentile cliente,\n\n"
        f"il messaggio inviato a {b.rcpt} non è stato recapitato perché la casella del destinatario è piena.\n\n"
        f"Risposta del server: 552 5.2.2 <{b.rcpt}> Mailbox quota exceeded / casella piena\n\n"
        "Il destinatario deve liberare spazio nella propria casella. Può riprovare a inviare il messaggio più tardi oppure contattare il destinatario con un altro mezzo.\n\n"
        "Di seguito il messaggio originale.\n\n"
        "Servizio di posta PostaVeloce\n"
    )
    notice = text_part(text, subtype="plain", charset="utf-8", cte="8bit")
    return finish(
        b,
        mixed(notice, MIMEMessage(b.reminder())),
        sender="Sistema di posta <mailer-daemon@mx.postaveloce.example>",
        subject="Messaggio non recapitato: casella piena",
    )


def bounce_exchange_it(b: Bounce) -> Message:
    server = "MI1P293MB0418.ITAP293.PROD.OUTLOOK.example"
    diag = f"550 5.4.1 Recipient address rejected: Access denied. [{server}]"
    human = human_alternative(
        f"Impossibile recapitare il messaggio a {b.rcpt}.\n\n"
        "Il server di posta del destinatario ha rifiutato il messaggio: l'indirizzo non esiste oppure non accetta messaggi da mittenti esterni all'organizzazione.\n\n"
        "Come risolvere il problema\n"
        "Verificare l'indirizzo del destinatario. Se è corretto, contattare il destinatario con un altro mezzo e chiedergli di segnalare il problema al proprio amministratore di posta.\n\n"
        "Informazioni di diagnostica per gli amministratori:\n\n"
        f"Server di generazione: {server}\n\n"
        f"{b.rcpt}\nIl server remoto ha restituito '{diag}'"
    )
    status = delivery_status(b, mta=server, action="failed", diagnostic=diag)
    return finish(
        b,
        report(human, status, returned_headers(b)),
        sender=EXCHANGE_SENDER,
        auto=None,
        subject=f"Non recapitabile: {b.subject}",
    )


BOUNCES: list[Bounce] = [
    Bounce(
        key="bo-en-1",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="finance@oakhurst-coworking.example",
        when="2026-12-07 09:04 +0000",
        rlang="en",
        inv=lo("04388", "balance", "£5,260.00"),
        build=bounce_postfix,
        note="Postfix RFC 3464 report with the whole returned message",
    ),
    Bounce(
        key="bo-en-2",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="billing@cedarlane-medical.example",
        when="2026-12-14 15:21 -0500",
        rlang="en",
        rloc="us",
        inv=lo("04539", "deposit", "$3,480.00"),
        build=bounce_qmail,
        note="qmail 'failure notice', plain text without MIME; the copy of the message is inline",
    ),
    Bounce(
        key="bo-en-3",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="ap@stanmore-legal.example",
        when="2026-12-10 13:05 +0000",
        rlang="en",
        inv=lo("04476", "deposit", "£2,950.00"),
        build=bounce_sendmail_delay,
        sent_before=timedelta(hours=4, minutes=3),
        note="sendmail 4-hour delay warning (RFC 3464, Action: delayed)",
    ),
    Bounce(
        key="bo-de-1",
        lang="de",
        kind="soft",
        status="4.4.7",
        rcpt="buchhaltung@praxisgemeinschaft-isartor.example",
        when="2026-12-16 11:02 +0100",
        rlang="de",
        inv=lo("04593", "balance", "6.180,00 €"),
        build=bounce_exchange_de_delay,
        sent_before=timedelta(hours=2),
        note="Exchange Online delay notice in German",
    ),
    Bounce(
        key="bo-de-2",
        lang="de",
        kind="soft",
        status="4.7.0",
        rcpt="rechnung@startbahn-coworking.example",
        when="2026-12-08 15:40 +0100",
        rlang="de",
        inv=lo("04398", "deposit", "2.430,00 €"),
        build=bounce_exim_de_delay,
        sent_before=timedelta(hours=6, minutes=31),
        note="Exim delay warning localised in German by the hosting provider; plain text, not RFC 3464",
    ),
    Bounce(
        key="bo-fr-1",
        lang="fr",
        kind="hard",
        status="5.1.10",
        rcpt="compta@avocats-delmas.example",
        when="2026-12-09 09:03 +0100",
        rlang="fr",
        inv=lo("04441", "balance", "3\u00a0720,00\u00a0€"),
        build=bounce_exchange_fr,
        note="Exchange Online 'Non remis' report",
    ),
    Bounce(
        key="bo-fr-2",
        lang="fr",
        kind="soft",
        status="4.4.1",
        rcpt="secretariat@cabinet-medical-loire.example",
        when="2027-01-05 14:10 +0100",
        rlang="fr",
        inv=lo("04739", "balance", "1\u00a0860,00\u00a0€"),
        build=bounce_isp_fr_delay,
        sent_before=timedelta(hours=5, minutes=4),
        note="French provider delay notice, plain Latin-1 text, not RFC 3464",
    ),
    Bounce(
        key="bo-es-1",
        lang="es",
        kind="soft",
        status="4.4.2",
        rcpt="administracion@coworkingalameda.example",
        when="2026-12-22 16:30 +0100",
        rlang="es",
        inv=lo("04648", "balance", "4.735,00 €"),
        build=bounce_isp_es_delay,
        sent_before=timedelta(hours=7, minutes=25),
        note="Spanish hosting provider delay report (RFC 3464, Action: delayed)",
    ),
    Bounce(
        key="bo-es-2",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="consultorio.drarubio@gmail.com",
        when="2026-12-11 09:02 +0100",
        rlang="es",
        inv=lo("04464", "deposit", "890,00 €"),
        build=bounce_gmail_es,
        note="Gmail 'address not found' in Spanish",
    ),
    Bounce(
        key="bo-nl-1",
        lang="nl",
        kind="hard",
        status="5.7.1",
        rcpt="facturen@gemeente-noordwaard.example",
        when="2026-12-11 09:01 +0100",
        rlang="nl",
        inv=lo("04457", "balance", "€ 19.420,00"),
        build=bounce_gateway_nl,
        note="security gateway rejection by policy, in Dutch; multipart/mixed, not RFC 3464",
    ),
    Bounce(
        key="bo-it-1",
        lang="it",
        kind="soft",
        status="5.2.2",
        rcpt="info@studiodentisticobarbieri.example",
        when="2026-12-18 09:06 +0100",
        rlang="it",
        inv=lo("04615", "balance", "€ 3.145,00"),
        build=bounce_isp_it_full,
        note="mailbox full reported with a 5.x code: soft (mailbox-full rule), the code is kept; Italian provider notice",
    ),
    Bounce(
        key="bo-it-2",
        lang="it",
        kind="hard",
        status="5.4.1",
        rcpt="fornitori@polodigitale-brescia.example",
        when="2027-01-08 09:04 +0100",
        rlang="it",
        inv=lo("04751", "balance", "€ 7.860,00"),
        build=bounce_exchange_it,
        note="Exchange Online 'Non recapitabile' report in Italian",
    ),
]

# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

# Fold only what the client already folded (encoded words); ids and addresses stay on one line.
GENERATOR_POLICY = policy.compat32.clone(max_line_length=998)
PLANNED_LANG_TOTALS: dict[Lang, int] = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
PER_INTENT = 12
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
AMOUNT = re.compile(r"\d+\.\d{2}")
INVOICE = re.compile(r"LO-2026-\d{5}")
STATUS = re.compile(r"[245]\.\d{1,3}\.\d{1,3}")
CURRENCIES = {"EUR", "GBP", "USD"}
OwnedField = Literal[
    "promised_date", "paid_date", "return_date", "payment_reference", "new_contact"
]
# Fields that only one intent may fill.
FIELD_OWNER: dict[OwnedField, Intent] = {
    "promised_date": "promise_to_pay",
    "paid_date": "payment_sent",
    "return_date": "auto_reply",
    "payment_reference": "payment_sent",
    "new_contact": "wrong_contact",
}


def all_items() -> list[Item]:
    items = [Item(r.key, build_reply(r), r.intent, r.lang, r.facts) for r in REPLIES]
    for b in BOUNCES:
        facts = Facts(note=b.note)
        bounce = BounceFacts(kind=b.kind, rcpt=b.rcpt, status=b.status)
        items.append(Item(b.key, b.build(b), "bounce", b.lang, facts, bounce))
    return items


def make_label(item: Item, file: str) -> Label:
    f, b = item.facts, item.bounce
    return {
        "file": file,
        "intent": item.intent,
        "promised_date": f.promised,
        "paid_date": f.paid,
        "return_date": f.back,
        "payment_reference": f.ref,
        "amount": f.amount,
        "currency": f.currency,
        "new_contact": f.contact,
        "bounce_kind": b.kind if b else None,
        "failed_recipient": b.rcpt if b else None,
        "bounce_status": b.status if b else None,
        "invoice_refs": list(f.refs),
        "language": item.lang,
        "note": f.note,
    }


# --- message checks ---------------------------------------------------------------------------


def header_problems(part: EmailMessage) -> Iterator[str]:
    for name, value in part.items():
        if not isinstance(value, BaseHeader):
            yield f"header {name} not parsed"
        elif value.defects:
            yield f"header {name}: {value.defects}"
        elif "=?" in str(value) or "\ufffd" in str(value):
            yield f"header {name} not decoded: {value}"


def part_problems(part: EmailMessage) -> Iterator[str]:
    if part.defects:
        yield f"{part.get_content_type()}: {part.defects}"
    yield from header_problems(part)
    if part.get_content_maintype() == "text":
        content = part.get_content()
        if not isinstance(content, str) or "\ufffd" in content:
            yield f"{part.get_content_type()} did not decode cleanly"


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    missing = [h for h in ("From", "To", "Subject", "Date", "Message-ID") if msg[h] is None]
    problems = [f"no {h}" for h in missing]
    for part in msg.walk():
        problems.extend(part_problems(part))
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))


# --- label checks ---------------------------------------------------------------------------


def field_problems(label: Label) -> Iterator[str]:
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is not None and not ISO_DATE.fullmatch(value):
            yield f"{key} {value!r}"
    if label["amount"] is not None and not AMOUNT.fullmatch(label["amount"]):
        yield f"amount {label['amount']!r}"
    if (label["amount"] is None) != (label["currency"] is None):
        yield "amount and currency go together"
    if label["currency"] is not None and label["currency"] not in CURRENCIES:
        yield f"currency {label['currency']!r}"
    if label["new_contact"] is not None and label["new_contact"] != label["new_contact"].lower():
        yield "new_contact must be lower case"
    yield from (
        f"invoice ref {ref!r}" for ref in label["invoice_refs"] if not INVOICE.fullmatch(ref)
    )


def intent_problems(label: Label) -> Iterator[str]:
    intent = label["intent"]
    for key, owner in FIELD_OWNER.items():
        if label[key] is not None and intent != owner:
            yield f"{key} set on {intent}"
    bounce_fields = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    if (intent == "bounce") != all(v is not None for v in bounce_fields):
        yield "bounce fields must be set exactly on bounces"
    status = label["bounce_status"]
    if status is not None and not STATUS.fullmatch(status):
        yield f"bounce_status {status!r}"


def check_label(label: Label) -> None:
    if tuple(label) != LABEL_KEYS:
        raise SystemExit(f"{label['file']}: label keys {tuple(label)}")
    problems = [*field_problems(label), *intent_problems(label)]
    if problems:
        raise SystemExit(f"{label['file']}: " + "; ".join(problems))


def check_counts(labels: list[Label]) -> None:
    intents = Counter(x["intent"] for x in labels)
    langs = Counter(x["language"] for x in labels)
    cells = Counter((x["intent"], x["language"]) for x in labels)
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    problems = [f"{i}: {intents[i]}" for i in INTENTS if intents[i] != PER_INTENT]
    problems += [
        f"{lang}: {langs[lang]}" for lang in LANGS if langs[lang] != PLANNED_LANG_TOTALS[lang]
    ]
    problems += [f"no {i}/{lang}" for i in INTENTS for lang in LANGS if not cells[i, lang]]
    if kinds != Counter({"hard": 6, "soft": 6}):
        problems.append(f"bounce kinds {dict(kinds)}")
    if problems:
        raise SystemExit("counts: " + "; ".join(problems))


def check_specs() -> None:
    """Dates within the corpus window, unique keys, and one customer per invoice number."""
    stamps = [(r.key, r.dt) for r in REPLIES] + [(b.key, b.dt) for b in BOUNCES]
    problems = [
        f"{k} dated {dt:%Y-%m-%d}" for k, dt in stamps if not FIRST_DAY <= dt.date() <= LAST_DAY
    ]
    keys = [k for k, _ in stamps]
    problems += [f"duplicate key {k}" for k, n in Counter(keys).items() if n > 1]
    owners: dict[str, set[str]] = {}
    for number, domain in [(r.inv.number, r.sender[1].split("@")[1]) for r in REPLIES] + [
        (b.inv.number, b.domain) for b in BOUNCES
    ]:
        owners.setdefault(number, set()).add(domain)
    problems += [f"{n} used by {sorted(d)}" for n, d in owners.items() if len(d) > 1]
    if problems:
        raise SystemExit("specs: " + "; ".join(problems))


# --- output -----------------------------------------------------------------------------------


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
    check_specs()
    # A fixed shuffle: the order of a keyed hash says nothing about the label.
    items = sorted(all_items(), key=lambda item: digest(item.key, f"order{SEED}"))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.msg.as_bytes(policy=GENERATOR_POLICY)
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label = make_label(item, name)
        check_label(label)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
