# ruff: noqa: C901, E501, PLR0912, PLR0917, PLW2901, RUF001, RUF002
# Message text is kept the way people type it: one paragraph a line, typographic dashes and
# quotes where their clients put them, and non-breaking spaces in French amounts.
"""Build held-out reply corpus 154: `h154-NNN.eml` files and `labels.jsonl`.

Every message could arrive in the receivables mailbox of Stonebridge Drainage & CCTV Surveys
after it sent an overdue-invoice reminder. The new text of each message is written by hand
below. The script adds only what a mail client or a mail server adds: the quoted reminder in
the client's layout and language, headers, MIME structure, charsets and transfer encodings.
It writes next to itself, deterministically, from any working directory.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
import textwrap
from base64 import b32encode, b64encode, urlsafe_b64encode
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, message_from_string, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "holdout154-20320621"
PREFIX = "h154"
AR_NAME = "Stonebridge Accounts"
AR_ADDR = "arteam@stonebridge-drains.example"
AR_DOMAIN = "stonebridge-drains.example"
UK = timezone(timedelta(hours=1))  # British Summer Time
CET = timezone(timedelta(hours=2))  # Central European Summer Time
FIRST_DAY = date(2032, 6, 21)
LAST_DAY = date(2032, 7, 16)

LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
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
# Which intent may fill which field (everything else stays null).
FIELD_OWNERS = {
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

# ---------------------------------------------------------------------------------------------
# Locale tables (calendar words and the fixed strings each mail client adds)
# ---------------------------------------------------------------------------------------------

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

GMAIL_ATTRIBUTION = {
    "en": "On {da}, {d} {ma} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {da}, {d}. {ml} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {da} {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {da}, {d} {ma} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {da} {d} {ma} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {da} {d} {ma} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {ma} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ml} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
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
    "en": "{d} {ml} {y} {HH}:{mm}",
    "de": "{dl}, {d}. {ml} {y} {HH}:{mm}",
    "fr": "{dl} {d} {ml} {y} {HH}:{mm}",
    "es": "{dl}, {d} de {ml} de {y} {H}:{mm}",
    "nl": "{dl} {d} {ml} {y} {HH}:{mm}",
    "it": "{dl} {d} {ml} {y} {HH}:{mm}",
}
ANDROID_SENT = {
    "en": "{dl}, {ml} {d}, {y} {h12}:{mm}:{ss} {ampm}",
    "de": "{dl}, {d}. {ml} {y} {HH}:{mm}:{ss}",
    "fr": "{dl} {d} {ml} {y} {HH}:{mm}:{ss}",
    "es": "{dl}, {d} de {ml} de {y} {H}:{mm}:{ss}",
    "nl": "{dl} {d} {ml} {y} {HH}:{mm}:{ss}",
    "it": "{dl} {d} {ml} {y} {HH}:{mm}:{ss}",
}


@dataclass(frozen=True)
class OutlookWords:
    """The labels Outlook writes above a quoted message, in one UI language."""

    divider: str
    frm: str
    sent: str
    to: str
    subject: str
    colon: str
    reply: str


OUTLOOK_WORDS = {
    "en": OutlookWords("-----Original Message-----", "From", "Sent", "To", "Subject", ": ", "RE: "),
    "de": OutlookWords(
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "AW: ",
    ),
    "fr": OutlookWords("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : ", "RE : "),
    "es": OutlookWords(
        "-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": ", "RE: "
    ),
    "nl": OutlookWords(
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "RE: ",
    ),
    "it": OutlookWords(
        "-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": ", "R: "
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
ANDROID_SIGNATURE = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
AUTO_SUBJECT = {
    "en": "Automatic reply: {rsub}",
    "de": "Automatische Antwort: {rsub}",
    "fr": "Réponse automatique : {rsub}",
    "es": "Respuesta automática: {rsub}",
    "nl": "Automatisch antwoord: {rsub}",
    "it": "Risposta automatica: {rsub}",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# ---------------------------------------------------------------------------------------------
# The reminder that every reply answers, in each language Stonebridge writes to customers
# ---------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice {inv} overdue",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Rappel de paiement – facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering – factuur {inv} staat open",
    "it": "Promemoria di pagamento – fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": """\
Dear Sir or Madam,

We have not yet received payment for the invoice below, which is now past its due date.

Invoice: {inv}
Work: {job}
Invoice date: {issued}
Due date: {due}
Amount outstanding: {amt}

If you have already paid, please reply with the payment date and reference so we can allocate it. If you have a query about the work or the invoice, reply to this e-mail and we will get back to you.

Kind regards

Accounts Receivable
Stonebridge Drainage & CCTV Surveys Ltd
arteam@stonebridge-drains.example | 0161 496 0732""",
    "de": """\
Sehr geehrte Damen und Herren,

für die nachstehende Rechnung konnten wir bis heute keinen Zahlungseingang feststellen:

Rechnung: {inv}
Leistung: {job}
Rechnungsdatum: {issued}
Fällig seit: {due}
Offener Betrag: {amt}

Falls Sie bereits gezahlt haben, teilen Sie uns bitte Zahlungsdatum und Referenz mit. Bei Rückfragen zur Leistung oder zur Rechnung antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen

Debitorenbuchhaltung
Stonebridge Drainage & CCTV Surveys Ltd""",
    "fr": """\
Madame, Monsieur,

Sauf erreur de notre part, nous n'avons pas encore reçu le règlement de la facture ci-dessous, arrivée à échéance :

Facture : {inv}
Prestation : {job}
Date de facture : {issued}
Échéance : {due}
Montant dû : {amt}

Si le paiement a déjà été effectué, merci de nous communiquer sa date et sa référence. Pour toute question sur l'intervention ou la facture, répondez simplement à ce message.

Bien cordialement,

Service comptabilité clients
Stonebridge Drainage & CCTV Surveys Ltd""",
    "es": """\
Estimados señores:

Todavía no hemos recibido el pago de la siguiente factura, cuyo vencimiento ya ha pasado:

Factura: {inv}
Servicio: {job}
Fecha de factura: {issued}
Vencimiento: {due}
Importe pendiente: {amt}

Si ya han realizado el pago, les agradeceríamos que nos indicaran la fecha y la referencia. Para cualquier consulta sobre el servicio o la factura, basta con responder a este correo.

Un cordial saludo,

Departamento de cobros
Stonebridge Drainage & CCTV Surveys Ltd""",
    "nl": """\
Geachte heer, mevrouw,

Wij hebben de betaling van onderstaande factuur nog niet ontvangen, terwijl de vervaldatum inmiddels is verstreken:

Factuur: {inv}
Werkzaamheden: {job}
Factuurdatum: {issued}
Vervaldatum: {due}
Openstaand bedrag: {amt}

Heeft u al betaald, laat ons dan de datum en het betalingskenmerk weten. Heeft u een vraag over de werkzaamheden of de factuur, beantwoord dan gewoon deze e-mail.

Met vriendelijke groet,

Debiteurenadministratie
Stonebridge Drainage & CCTV Surveys Ltd""",
    "it": """\
Gentili Signori,

non risulta ancora pervenuto il pagamento della fattura indicata di seguito, già scaduta:

Fattura: {inv}
Servizio: {job}
Data fattura: {issued}
Scadenza: {due}
Importo da saldare: {amt}

Se il pagamento è già stato effettuato, vi preghiamo di indicarci data e riferimento. Per qualsiasi domanda sull'intervento o sulla fattura, è sufficiente rispondere a questa e-mail.

Cordiali saluti,

Ufficio crediti
Stonebridge Drainage & CCTV Surveys Ltd""",
}
DEFAULT_JOB = {
    "en": "Drain jetting and CCTV survey",
    "de": "Hochdruckspülung und Kamerainspektion Grundleitung",
    "fr": "Curage haute pression et inspection caméra",
    "es": "Desatasco con equipo de alta presión e inspección con cámara",
    "nl": "Hogedrukreiniging en camera-inspectie riolering",
    "it": "Spurgo con canal jet e videoispezione",
}
DATE_FORMAT = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
# What a Latin-1 client sends instead of the characters it cannot encode.
LATIN1_SUBSTITUTES = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "..."}

GBP_AMOUNTS = (
    "348.00",
    "486.00",
    "612.00",
    "744.00",
    "936.00",
    "1164.00",
    "1392.00",
    "1590.00",
    "2205.60",
)
EUR_AMOUNTS = (
    "415.00",
    "590.00",
    "780.00",
    "968.00",
    "1120.00",
    "1365.00",
    "1740.00",
    "2290.00",
    "3105.00",
)


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def txt(block: str) -> str:
    """Hand-written text as typed in the source: dedented, outer blank lines dropped."""
    return textwrap.dedent(block).strip("\n")


def digest(key: str, salt: str) -> bytes:
    """A stable 32-byte digest of a message key."""
    return hashlib.sha256(f"{SEED}/{salt}/{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """`n` upper-case base32 characters derived from a key."""
    return b32encode(digest(key, salt)).decode()[:n]


def pick(key: str, salt: str, options: tuple[str, ...]) -> str:
    """A stable choice from `options` for one message."""
    return options[digest(key, salt)[0] % len(options)]


def parse_when(when: str) -> datetime:
    """`YYYY-MM-DD HH:MM +HHMM`, the sender's local time."""
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


def calendar_fields(loc: str, dt: datetime) -> dict[str, str]:
    """Everything the date templates above can ask for."""
    return {
        "dl": DAY_NAMES[loc].split()[dt.weekday()],
        "da": DAY_ABBR[loc].split()[dt.weekday()],
        "ml": MONTH_NAMES[loc].split()[dt.month - 1],
        "ma": MONTH_ABBR[loc].split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "mm": f"{dt.minute:02d}",
        "ss": f"{dt.second:02d}",
        "ampm": "AM" if dt.hour < 12 else "PM",
    }


def fill(template: str, loc: str, dt: datetime, **extra: str) -> str:
    """Fill a date template in one locale."""
    return template.format(**calendar_fields(loc, dt), **extra)


def money(amount: str, currency: str, lang: str) -> str:
    """An amount the way Stonebridge's reminder prints it in `lang`."""
    units, cents = amount.split(".")
    groups = f"{int(units):,}"
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if lang == "en":
        return f"{symbol}{groups}.{cents}"
    if lang == "fr":
        return groups.replace(",", "\u00a0") + f",{cents}\u00a0{symbol}"
    dotted = groups.replace(",", ".") + f",{cents}"
    return f"{symbol} {dotted}" if lang in {"nl", "it"} else f"{dotted} {symbol}"


def latin1(text: str) -> str:
    """Replace what ISO-8859-1 cannot carry, as a Latin-1 mail client does."""
    for bad, good in LATIN1_SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


def quoted(text: str) -> str:
    """`>` quoting as Gmail, Apple Mail and Thunderbird write it."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def flowed(text: str, width: int = 72) -> str:
    """Wrap plain text as format=flowed (RFC 3676): soft breaks end with a space."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip(" ")
        match = re.match(r"(>+ ?)?", line)
        prefix = match.group(0) if match else ""
        content = line[len(prefix) :]
        if not prefix and content.startswith(("From ", " ")):
            content = " " + content  # space-stuffing
        if len(prefix) + len(content) <= width:
            out.append(prefix + content)
            continue
        words = content.split(" ")
        current = ""
        for word in words:
            if current and len(prefix) + len(current) + len(word) + 1 > width:
                out.append(prefix + current + " ")
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(prefix + current)
    return "\n".join(out)


def esc(text: str) -> str:
    """HTML-escape one line of text."""
    return html.escape(text, quote=False)


# ---------------------------------------------------------------------------------------------
# MIME building blocks
# ---------------------------------------------------------------------------------------------

TRANSFER = {"qp": cs.QP, "b64": cs.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text/* part with the client's charset and transfer encoding."""
    text.encode(charset)  # fails loudly if hand-written text does not fit the charset
    part = Message()
    part["Content-Type"] = f"text/{subtype}"
    chosen = cs.Charset(charset)
    # None (7bit/8bit: no body encoding) is valid at run time, but the stubs only allow int.
    chosen.body_encoding = TRANSFER.get(cte)  # type: ignore[assignment]
    part.set_payload(text, chosen)
    return part


def multipart(subtype: str, parts: list[Message], **params: str) -> Message:
    """A multipart container holding `parts` in order."""
    outer = Message()
    outer["Content-Type"] = f"multipart/{subtype}"
    for name, value in params.items():
        outer.set_param(name.replace("_", "-"), value)
    for part in parts:
        outer.attach(part)
    return outer


def encoded_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client writes it: RFC 2047 encoded words when not ASCII."""
    if value.isascii():
        return value
    chosen = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(chosen)
    except UnicodeEncodeError:
        chosen = "utf-8"
    return Header(value, chosen, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To/Cc mailbox with the display name encoded when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From')} <{addr}>"


def mime_headers_last(msg: Message) -> None:
    """Clients put MIME-Version and the content headers after the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = str(value)
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
        mime_headers_last(msg)


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) says MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in cast(list[Message], part.get_payload()):
            drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, key: str, family: str) -> None:
    """Fixed boundaries, shaped like the ones the client or server would choose."""
    containers = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(containers):
        token = digest(key, f"boundary-{n}")
        if family == "gmail":
            boundary = "0000000000" + token.hex()[:16]
        elif family == "outlook":
            boundary = f"_00{n}_{b32(key, 'mid', 14)}{token.hex()[:10].upper()}_"
        elif family == "apple":
            h = token.hex().upper()
            boundary = f"Apple-Mail={h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        else:  # Postfix-like servers: queue id, time, host name
            boundary = (
                f"{b32(key, f'queue-{n}', 11)}.{1_971_000_000 + int.from_bytes(token[:3])}/{family}"
            )
        part.set_boundary(boundary)


def finish(msg: Message, key: str, family: str) -> Message:
    """Header order, inner MIME-Version removal and boundaries."""
    mime_headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, family)
    return msg


# ---------------------------------------------------------------------------------------------
# Specs of the hand-written messages
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lab:
    """The labels of one message beyond intent and language."""

    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    ref: str | None = None
    amount: str | None = None
    cur: str | None = None
    contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer (a reply, an auto-reply or a notice)."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    lab: Lab = Lab()
    inv: str = ""
    amt: str = ""
    cur: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    days: int = 0
    job: str = ""
    threaded: bool = True
    abroad: bool = False  # an English writer based on the continent

    @property
    def dt(self) -> datetime:
        """The Date: of the message, in the sender's zone."""
        return parse_when(self.when)

    @property
    def currency(self) -> str:
        """Pounds for customers in the UK, euros for everyone else."""
        if self.cur:
            return self.cur
        return "GBP" if self.dt.utcoffset() == timedelta(hours=1) else "EUR"


@dataclass(frozen=True)
class Reminder:
    """The reminder as the customer's client shows it."""

    subject: str
    text: str
    sent: datetime
    msgid: str


def reminder_msgid(key: str) -> str:
    """The Message-ID of the reminder a message answers (or bounced)."""
    return f"<rem.{b32(key, 'reminder', 16).lower()}.{digest(key, 'rem-n')[1]:03d}@{AR_DOMAIN}>"


def reminder_for(
    key: str,
    lang: str,
    inv: str,
    amt: str,
    cur: str,
    job: str,
    sent: datetime,
    charset: str,
) -> Reminder:
    """The reminder Stonebridge sent for `inv`, in `lang`."""
    issued = (sent - timedelta(days=28)).date()
    due = issued + timedelta(days=14)
    inv_text = f"SDS {inv}"
    text = REMINDER_BODY[lang].format(
        inv=inv_text,
        job=job or DEFAULT_JOB[lang],
        issued=issued.strftime(DATE_FORMAT[lang]),
        due=due.strftime(DATE_FORMAT[lang]),
        amt=money(amt, cur, lang),
    )
    subject = REMINDER_SUBJECT[lang].format(inv=inv_text)
    if charset == "iso-8859-1":
        text, subject = latin1(text), latin1(subject)
    return Reminder(subject, text, sent, reminder_msgid(key))


def reminder_time(key: str, reply: datetime, days: int) -> datetime:
    """Reminders leave Stonebridge on a working day at about half past eight, UK time."""
    day = reply.astimezone(UK) - timedelta(days=days)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    minute = 28 + digest(key, "minute")[0] % 12
    return day.replace(hour=8, minute=minute, second=digest(key, "second")[0] % 60)


# ---------------------------------------------------------------------------------------------
# Client layouts
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ctx:
    """What a client needs to lay out one reply."""

    r: Reply
    rem: Reminder
    inv: str

    @property
    def loc(self) -> str:
        """Client UI language: the sender's own."""
        return self.r.lang

    @property
    def shown(self) -> datetime:
        """The reminder's time as the customer's client displays it."""
        return self.rem.sent.astimezone(self.r.dt.tzinfo)

    @property
    def to_line(self) -> str:
        """The customer as the reminder addressed them."""
        name, addr = self.r.who
        return f"{name} <{addr}>" if name else addr


def outlook_rows(c: Ctx, sent_template: dict[str, str]) -> list[tuple[str, str]]:
    """Label/value rows of the header block Outlook puts above a quoted message."""
    w = OUTLOOK_WORDS[c.loc]
    return [
        (w.frm, f"{AR_NAME} <{AR_ADDR}>"),
        (w.sent, fill(sent_template[c.loc], c.loc, c.shown)),
        (w.to, c.to_line),
        (w.subject, c.rem.subject),
    ]


def outlook_block(c: Ctx, sent_template: dict[str, str]) -> str:
    """The header block as plain text."""
    colon = OUTLOOK_WORDS[c.loc].colon
    return "\n".join(f"{label}{colon}{value}" for label, value in outlook_rows(c, sent_template))


def word_document(c: Ctx) -> str:
    """The HTML body Outlook for Windows writes (Word markup, grey divider above the quote)."""
    colon = esc(OUTLOOK_WORDS[c.loc].colon.rstrip())
    rows = "<br>\n".join(
        f"<b>{esc(label)}{colon}</b> {esc(value)}" for label, value in outlook_rows(c, OUTLOOK_SENT)
    )

    def paragraphs(text: str) -> str:
        return "\n".join(
            f'<p class="MsoNormal"><span lang="{CONTENT_LANGUAGE[c.r.lang].upper()}">{esc(line)}</span><o:p></o:p></p>'
            if line
            else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            for line in text.split("\n")
        )

    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={c.r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[c.r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{paragraphs(c.r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container">\n'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt">{rows}<o:p></o:p></p>\n'
        "</div>\n"
        f"{paragraphs(c.rem.text)}\n"
        "</div>\n</div>\n</body>\n</html>\n"
    )


def lay_outlook(c: Ctx) -> Message:
    """Outlook for Windows, plain text: localised `-----Original Message-----` block."""
    divider = OUTLOOK_WORDS[c.loc].divider
    text = f"{c.r.body}\n\n{divider}\n{outlook_block(c, OUTLOOK_SENT)}\n\n{c.rem.text}\n"
    return text_part(text, "plain", c.r.charset, c.r.cte)


def lay_outlook_html(c: Ctx) -> Message:
    """Outlook for Windows, HTML: multipart/alternative with Word markup."""
    text = f"{c.r.body}\n\n{outlook_block(c, OUTLOOK_SENT)}\n\n{c.rem.text}\n"
    return multipart(
        "alternative",
        [
            text_part(text, "plain", c.r.charset, c.r.cte),
            text_part(word_document(c), "html", c.r.charset, c.r.cte),
        ],
    )


def lay_html_only(c: Ctx) -> Message:
    """An Outlook message that went out as text/html only."""
    return text_part(word_document(c), "html", c.r.charset, c.r.cte)


def lay_android(c: Ctx) -> Message:
    """Outlook for Android: base64, signature line, underscore rule, header block."""
    text = f"{c.r.body}\n\n{ANDROID_SIGNATURE[c.loc]}\n{'_' * 32}\n{outlook_block(c, ANDROID_SENT)}\n\n{c.rem.text}\n"
    return text_part(text, "plain", c.r.charset, "b64")


def gmail_attribution(c: Ctx) -> str:
    """Gmail's attribution line in the user's UI language."""
    return fill(GMAIL_ATTRIBUTION[c.loc], c.loc, c.shown, name=AR_NAME, addr=AR_ADDR)


def lay_gmail(c: Ctx) -> Message:
    """Gmail web: multipart/alternative with a `gmail_quote` blockquote."""
    attribution = gmail_attribution(c)
    text = f"{c.r.body}\n\n{attribution}\n\n{quoted(c.rem.text)}\n"
    lines = "".join(
        f"<div>{esc(line)}</div>" if line else "<div><br></div>" for line in c.r.body.split("\n")
    )
    reminder = "<br>".join(esc(line) for line in c.rem.text.split("\n"))
    markup = (
        f'<div dir="ltr">{lines}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{esc(attribution)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{reminder}</blockquote></div>\n"
    )
    return multipart(
        "alternative",
        [
            text_part(text, "plain", c.r.charset, c.r.cte),
            text_part(markup, "html", c.r.charset, c.r.cte),
        ],
    )


def lay_gmail_plain(c: Ctx) -> Message:
    """Gmail in plain-text mode: `>` quoting under the attribution line."""
    text = f"{c.r.body}\n\n{gmail_attribution(c)}\n\n{quoted(c.rem.text)}\n"
    return text_part(text, "plain", c.r.charset, c.r.cte)


def apple_attribution(c: Ctx) -> str:
    """Apple Mail's attribution line."""
    return fill(APPLE_ATTRIBUTION[c.loc], c.loc, c.shown, name=AR_NAME, addr=AR_ADDR)


def lay_apple(c: Ctx) -> Message:
    """Apple Mail on a Mac, plain text."""
    text = f"{c.r.body}\n\n{apple_attribution(c)}\n\n{quoted(c.rem.text)}\n"
    return text_part(text, "plain", c.r.charset, c.r.cte)


def lay_iphone(c: Ctx) -> Message:
    """iPhone Mail: localised signature, attribution inside the quote."""
    text = f"{c.r.body}\n\n{IPHONE_SIGNATURE[c.loc]}\n\n{quoted(apple_attribution(c) + chr(10) + chr(10) + c.rem.text)}\n"
    return text_part(text, "plain", c.r.charset, c.r.cte)


def lay_thunderbird(c: Ctx) -> Message:
    """Thunderbird: attribution line, `>` quote, format=flowed."""
    attribution = fill(THUNDERBIRD_ATTRIBUTION[c.loc], c.loc, c.shown, name=AR_NAME)
    text = flowed(f"{c.r.body}\n\n{attribution}\n{quoted(c.rem.text)}\n")
    part = text_part(text, "plain", c.r.charset, c.r.cte)
    part.set_param("format", "flowed")
    return part


def notice_html(body: str) -> str:
    """A system's HTML mail: paragraphs, and column-aligned lines as a table."""
    blocks: list[str] = []
    for para in body.split("\n\n"):
        lines = para.split("\n")
        if all("  " in line for line in lines):
            rows = "".join(
                "<tr>"
                + "".join(f"<td>{esc(cell)}</td>" for cell in re.split(r" {2,}", line.strip()))
                + "</tr>"
                for line in lines
            )
            blocks.append(
                f'<table border="0" cellpadding="3" style="font-family:Arial,sans-serif;font-size:10pt">{rows}</table>'
            )
        else:
            blocks.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
        '<body style="font-family:Arial,sans-serif;font-size:10pt">\n'
        + "\n".join(blocks)
        + "\n</body></html>\n"
    )


def lay_notice(c: Ctx) -> Message:
    """An automatic notice: nothing quoted."""
    return text_part(c.r.body + "\n", "plain", c.r.charset, c.r.cte)


def lay_notice_html(c: Ctx) -> Message:
    """An automatic notice sent as HTML only."""
    return text_part(notice_html(c.r.body), "html", c.r.charset, c.r.cte)


LAYOUTS: dict[str, Callable[[Ctx], Message]] = {
    "outlook": lay_outlook,
    "outlook_html": lay_outlook_html,
    "html_only": lay_html_only,
    "android": lay_android,
    "gmail": lay_gmail,
    "gmail_plain": lay_gmail_plain,
    "apple": lay_apple,
    "iphone": lay_iphone,
    "thunderbird": lay_thunderbird,
    "notice": lay_notice,
    "notice_html": lay_notice_html,
}
OUTLOOK_STYLES = {"outlook", "outlook_html", "html_only", "android"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23F79)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird 140.2.1"),),
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
}
EXCHANGE_PODS = {
    "en": ("LO2P265MB", "GBRP265"),
    "de": ("FR4P281MB", "DEUP281"),
    "fr": ("PAYP264MB", "FRAP264"),
    "es": ("MAD1P192MB", "EURP192"),
    "nl": ("AM9PR04MB", "eurprd04"),
    "it": ("VI1PR09MB", "eurprd09"),
}


def message_id(r: Reply) -> str:
    """A Message-ID shaped like the sender's client makes them, derived from the key."""
    raw = digest(r.key, "message-id")
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CA{urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.style in OUTLOOK_STYLES:
        pod, region = EXCHANGE_PODS[r.lang]
        host = f"{pod}{1000 + raw[0] * 31 % 9000}"
        return f"<{host}{raw.hex()[:24].upper()}@{host}.{region.lower()}.prod.outlook.com>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{raw[5] * 7919 % 100000}@mail.{domain}>"


def reply_subject(r: Reply, rem: Reminder) -> str:
    """The Subject: the client writes, unless the sender typed their own."""
    if r.subject:
        return r.subject.format(rsub=rem.subject)
    if r.style in OUTLOOK_STYLES:
        return OUTLOOK_WORDS[r.lang].reply + rem.subject
    return "Re: " + rem.subject


def build_reply(r: Reply, inv: str, amt: str) -> Message:
    """Wrap one hand-written message the way its client sends it."""
    automatic = r.style in {"notice", "notice_html"}
    sent = (
        r.dt - timedelta(minutes=2)
        if automatic
        else reminder_time(r.key, r.dt, r.days or 1 + digest(r.key, "days")[0] % 3)
    )
    rem = reminder_for(
        r.key,
        r.lang,
        inv,
        amt,
        r.currency,
        r.job,
        sent.astimezone(UK),
        r.charset,
    )
    msg = LAYOUTS[r.style](Ctx(r, rem, inv))
    msg["From"] = mailbox(*r.who, charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded_header(reply_subject(r, rem), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = rem.msgid
        msg["References"] = rem.msgid
    if r.style in OUTLOOK_STYLES:
        msg["Thread-Topic"] = encoded_header(rem.subject, r.charset, "Thread-Topic")
        msg["Thread-Index"] = b64encode(digest(r.key, "thread")[:22]).decode()
        msg["Content-Language"] = CONTENT_LANGUAGE[r.lang]
        msg["X-MS-Has-Attach"] = ""
        msg["X-MS-TNEF-Correlator"] = ""
    for name, value in (*CLIENT_HEADERS.get(r.style, ()), *r.headers):
        msg[name] = value
    family = {"gmail": "gmail", "outlook_html": "outlook", "apple": "apple"}.get(r.style, "mail")
    return finish(msg, r.key, family)


# ---------------------------------------------------------------------------------------------
# The hand-written messages
# ---------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT = [
    Reply(
        "paid-en-oneword",
        "payment_sent",
        "en",
        ("Dean Whitlock", "dean@theferrymaninn.example"),
        "2032-06-23 18:52 +0100",
        "iphone",
        "Paid.",
        Lab(note="one-word reply; no date given"),
        amt="486.00",
    ),
    Reply(
        "paid-en-council-advice",
        "payment_sent",
        "en",
        ("Northvale District Council", "ap-remittances@northvale-dc.example"),
        "2032-07-01 06:14 +0100",
        "notice",
        txt("""
            REMITTANCE ADVICE

            Northvale District Council - Creditor Payments
            Supplier:     STONEBRIDGE DRAINAGE & CCTV SURVEYS LTD
            Supplier no:  0041873

            The following payment has been made by BACS to the bank account we hold for you. Funds should reach your account within 3 working days of the payment date.

            Payment date:       01/07/2032
            Payment reference:  NDC-BACS-00093318
            Total paid:         £3,912.00

            Invoice no.    Invoice date    Amount
            SDS 30388      28/04/2032      £2,664.00
            SDS 30417      12/05/2032      £1,248.00

            This is an automated message. Replies to this address are not monitored. For queries please contact creditors@northvale-dc.example quoting your supplier number.
        """),
        Lab(
            paid="2032-07-01",
            ref="NDC-BACS-00093318",
            amount="3912.00",
            cur="GBP",
            refs=("30388", "30417"),
            note="AP system remittance advice for two invoices; the amount is the total paid; the queries address is not a new contact",
        ),
        subject="Remittance Advice - Payment Ref NDC-BACS-00093318",
        charset="windows-1252",
        headers=(AUTO_GENERATED, ("X-Mailer", "Agresso Business World")),
        threaded=False,
    ),
    Reply(
        "paid-en-payment-run",
        "payment_sent",
        "en",
        ("Priya Raman", "p.raman@brookfieldhomes.example"),
        "2032-06-29 11:26 +0100",
        "outlook_html",
        txt("""
            Hi,

            SDS 30402 was paid in our payment run on Thursday 24 June, together with SDS 30396 – one BACS payment of £5,130.60 for both, our reference BHG-PAY-553912. The remittance went to accounts@stonebridge-drains.example, which I think might be an old address of yours?

            Could you check your allocation and let me know if it still shows as outstanding.

            Thanks,
            Priya

            Priya Raman
            Finance Officer (Purchase Ledger)
            Brookfield Homes Group
            Tel 0117 496 0381
        """),
        Lab(
            paid="2032-06-24",
            ref="BHG-PAY-553912",
            amount="5130.60",
            cur="GBP",
            refs=("30402", "30396"),
            note="one payment for two invoices; the address mentioned is the sender's guess at Stonebridge's, not a new contact",
        ),
        inv="30402",
        amt="2875.20",
    ),
    Reply(
        "paid-de-question",
        "payment_sent",
        "de",
        ("Tobias Brandl", "t.brandl@brandl-gastro.example"),
        "2032-06-22 14:03 +0200",
        "outlook",
        txt("""
            Hallo,

            haben wir das nicht längst bezahlt? Laut Kontoauszug ist am 18.06. eine Überweisung über 1.356,00 € an Sie rausgegangen, Verwendungszweck SDS 30426.

            Bitte prüfen Sie das nochmal und melden Sie sich, falls das Geld nicht angekommen ist.

            Gruß
            Tobias Brandl
            Brandl Gastronomie GmbH – Buchhaltung
        """),
        Lab(
            paid="2032-06-18",
            amount="1356.00",
            cur="EUR",
            refs=("30426",),
            note="a question followed by the bank statement's answer; the transfer text is just the invoice number, so no payment reference",
        ),
        inv="30426",
        amt="1356.00",
        charset="windows-1252",
    ),
    Reply(
        "paid-fr-copy",
        "payment_sent",
        "fr",
        ("Nadia Benali", "nadia@comptoirdeshalles.example"),
        "2032-07-05 16:40 +0200",
        "gmail",
        txt("""
            Bonjour,

            Je crois qu'il y a une erreur, on a réglé cette facture par virement le 18 juin (1 150,00 €). Vous devriez l'avoir reçu depuis.

            Par contre je veux bien que vous me renvoyiez la facture en PDF, notre comptable ne la retrouve pas dans le dossier.

            Merci et bonne journée,
            Nadia
            Le Comptoir des Halles
        """),
        Lab(
            paid="2032-06-18",
            amount="1150.00",
            cur="EUR",
            note="payment claim plus a copy for the books; the copy is not needed to pay, and 'une erreur' is the reminder, not the invoice",
        ),
        amt="1150.00",
    ),
    Reply(
        "paid-fr-insurer",
        "payment_sent",
        "fr",
        ("Gaëlle Le Goff", "reglements@armor-assurances.example"),
        "2032-07-01 11:05 +0200",
        "outlook_html",
        txt("""
            Madame, Monsieur,

            Nous accusons réception de votre relance du 30 juin.

            Nous vous informons que la facture SDS 30463, d’un montant de 3 480,00 € TTC, a été réglée par virement le 30 juin 2032 au titre du sinistre n° 77-40921 (dégât des eaux – M. et Mme Perrot, 14 rue des Tanneurs, Quimper). Référence du virement : VIR-SIN-2032-118842.

            Le délai de réception des fonds est habituellement de 48 heures ouvrées.

            Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.

            Gaëlle Le Goff
            Gestionnaire sinistres
            Mutuelle Armor Assurances
        """),
        Lab(
            paid="2032-06-30",
            ref="VIR-SIN-2032-118842",
            amount="3480.00",
            cur="EUR",
            refs=("30463",),
            note="very formal; the claim number is not a payment reference",
        ),
        inv="30463",
        amt="3480.00",
        charset="windows-1252",
        days=1,
    ),
    Reply(
        "paid-es-mobile",
        "payment_sent",
        "es",
        ("Rubén Salas", "rubensalas.tapas@gmail.com"),
        "2032-07-06 09:41 +0200",
        "iphone",
        txt("""
            ya esta pagada, hice la transferencia ayer x la tarde. luego t mando el justificante

            Rubén
        """),
        Lab(
            paid="2032-07-05",
            note="mobile shorthand without accents; 'ayer' is the day before the Date",
        ),
    ),
    Reply(
        "paid-es-school",
        "payment_sent",
        "es",
        ("Mercedes Albiol", "administracion@colegiosantateresa.example"),
        "2032-06-29 10:20 +0200",
        "thunderbird",
        txt("""
            Buenos días:

            Le comunico que la factura SDS 30470 se abonó el pasado viernes 25 de junio mediante transferencia bancaria, por importe de 1.980,00 EUR. En el concepto figura el número de factura.

            Si no les consta el ingreso, díganmelo y pido el justificante al banco.

            Un saludo,

            Mercedes Albiol
            Administración
            Colegio Santa Teresa - Zaragoza
        """),
        Lab(paid="2032-06-25", amount="1980.00", cur="EUR", refs=("30470",)),
        inv="30470",
        amt="1980.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "paid-nl-ap-advice",
        "payment_sent",
        "nl",
        ("Woonstichting De Linde", "noreply-betalingen@woonstichtingdelinde.example"),
        "2032-07-07 05:30 +0200",
        "notice_html",
        txt("""
            Geachte leverancier,

            Hierbij ontvangt u de specificatie van onze betaling. Het bedrag wordt binnen twee werkdagen bijgeschreven op uw rekening.

            Crediteurnummer:  200871
            Betaaldatum:  07-07-2032
            Betalingskenmerk:  2032-0707-118
            Totaalbedrag:  € 4.125,00

            Factuurnummer  Factuurdatum  Bedrag
            SDS 30479  19-05-2032  € 4.125,00

            Dit bericht is automatisch aangemaakt. Op deze e-mail kan niet worden gereageerd. Vragen over deze betaling? Mail naar crediteuren@woonstichtingdelinde.example onder vermelding van uw crediteurnummer.
        """),
        Lab(
            paid="2032-07-07",
            ref="2032-0707-118",
            amount="4125.00",
            cur="EUR",
            refs=("30479",),
            note="AP system payment advice, HTML only; the queries address is not a new contact",
        ),
        subject="Betalingsadvies 2032-0707-118",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "paid-nl-done",
        "payment_sent",
        "nl",
        ("Marco Visser", "marco@cafedeboei.example"),
        "2032-07-13 12:07 +0200",
        "android",
        txt("""
            Is gedaan.

            Groet,
            Marco
        """),
        Lab(note="'is gedaan' (done) answering a reminder means paid; no date"),
    ),
    Reply(
        "paid-it-cro",
        "payment_sent",
        "it",
        ("Laura Ferri", "amministrazione@studioferri.example"),
        "2032-07-09 08:55 +0200",
        "android",
        txt("""
            Buongiorno,
            bonifico partito stamattina, CRO 0306923481726401, importo € 1.540,00.
            Cordiali saluti
            Laura Ferri
        """),
        Lab(paid="2032-07-09", ref="0306923481726401", amount="1540.00", cur="EUR"),
        amt="1540.00",
    ),
    Reply(
        "paid-it-rambling",
        "payment_sent",
        "it",
        ("Gianni Esposito", "gianni@trattoriadagianni.example"),
        "2032-07-15 23:47 +0200",
        "gmail",
        txt("""
            Buonasera,
            scusate se rispondo solo adesso ma è un periodo di pazzi, siamo in piena stagione, il cuoco si è licenziato a giugno e sto facendo io la cucina da tre settimane. Tra l'altro lo scarico della lavastoviglie ha ricominciato a fare un po' di odore, niente di grave per ora ma se peggiora vi chiamo, magari stavolta mandate lo stesso ragazzo dell'altra volta che è stato bravissimo e ha pulito tutto per bene.
            Comunque per la fattura ho fatto il bonifico lunedì dal conto della banca, l'ha fatto mia moglie dall'app, dovrebbe esservi già arrivato. Se non lo vedete ditemelo che controllo.
            Poi volevo chiedervi se fate anche la manutenzione del degrassatore perché quello che avevamo prima ha chiuso.
            Grazie e buona serata
            Gianni
        """),
        Lab(
            paid="2032-07-12",
            note="point buried mid-message; 'lunedì' is past, so Mon 12 Jul; the new-job questions are secondary",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "promise-en-ooo-subject",
        "promise_to_pay",
        "en",
        ("Karen Lloyd", "k.lloyd@stmarksprimary.example"),
        "2032-06-28 08:47 +0100",
        "outlook",
        txt("""
            Morning,

            Sorry, I was out of the office all last week on a course and your reminder got buried. I'll get it signed off by the head today and it will be paid this Friday.

            Kind regards
            Karen Lloyd
            School Business Manager
            St Mark's C of E Primary School
        """),
        Lab(
            promised="2032-07-02",
            note="subject says 'out of office' but a person wrote it; 'this Friday' from Mon 28 Jun",
        ),
        subject="Out of office last week - sorry! RE: {rsub}",
        charset="windows-1252",
        headers=(SUPPRESS,),
        days=5,
    ),
    Reply(
        "promise-en-payment-run",
        "promise_to_pay",
        "en",
        ("Tom Okafor", "ap@meridianfm.example"),
        "2032-07-06 13:12 +0100",
        "outlook_html",
        txt("""
            Hello,

            Invoice SDS 30433 (£2,115.00) has been approved and is scheduled for our payment run this Friday, 9 July. Funds normally clear the following Monday.

            Regards,
            Tom Okafor
            Accounts Payable | Meridian FM Services Ltd
        """),
        Lab(
            promised="2032-07-09",
            amount="2115.00",
            cur="GBP",
            refs=("30433",),
            note="past-tense 'approved and scheduled' describes a future payment; the promised day is the payment run, not the day funds clear",
        ),
        inv="30433",
        amt="2115.00",
    ),
    Reply(
        "promise-en-caps",
        "promise_to_pay",
        "en",
        ("Manny", "mannysgrill@hotmail.co.uk"),
        "2032-06-25 16:10 +0100",
        "android",
        "WILL PAY NEXT THURSDAY WHEN THE TAKINGS GO IN. PLS DONT RING THE RESTAURANT DURING SERVICE",
        Lab(
            promised="2032-07-01",
            note="all caps from a phone; said on a Friday, 'next Thursday' is 1 Jul; not ringing during service is not a stop request for e-mail",
        ),
    ),
    Reply(
        "promise-de-kw",
        "promise_to_pay",
        "de",
        ("Hanna Vogt", "h.vogt@facility-rheinmain.example"),
        "2032-06-30 09:15 +0200",
        "outlook_html",
        txt("""
            Guten Morgen,

            die Rechnung SDS 30448 ist geprüft und sachlich richtig. Die Zahlung erfolgt mit unserem Zahllauf in KW 29.

            Freundliche Grüße
            Hanna Vogt
            Kreditorenbuchhaltung
            Facility Rhein-Main GmbH
        """),
        Lab(
            promised="2032-07-12",
            refs=("30448",),
            note="'KW 29' resolved to the Monday of ISO week 29",
        ),
        inv="30448",
        charset="windows-1252",
    ),
    Reply(
        "promise-de-scheduled-transfer",
        "promise_to_pay",
        "de",
        ("Jürgen Maaß", "juergen.maass@t-online.de"),
        "2032-07-02 19:30 +0200",
        "thunderbird",
        txt("""
            Sehr geehrte Damen und Herren,

            die Rechnung für das Haus in der Gartenstraße habe ich heute zur Zahlung freigegeben. Die Überweisung ist bei meiner Bank als Terminüberweisung für den 15.07. eingestellt, früher geht es leider nicht.

            Mit freundlichem Gruß
            J. Maaß
        """),
        Lab(
            promised="2032-07-15",
            note="future-dated transfer set up today: a promise for the execution day, not a payment sent",
        ),
        charset="iso-8859-1",
        job="Kamerabefahrung Hausanschluss Gartenstraße 9",
    ),
    Reply(
        "promise-fr-fin-de-mois",
        "promise_to_pay",
        "fr",
        ("Stéphane Morel", "s.morel@bistrotdelagare.example"),
        "2032-06-22 15:02 +0200",
        "apple",
        txt("""
            Bonjour,

            Ok, vu. Je fais le virement fin de mois avec les autres fournisseurs.

            Stéphane
        """),
        Lab(promised="2032-06-30", note="'fin de mois' → last day of the month"),
    ),
    Reply(
        "promise-es-finales",
        "promise_to_pay",
        "es",
        ("Lucía Ferrer", "lucia.ferrer@hostalmirador.example"),
        "2032-07-08 11:33 +0200",
        "gmail_plain",
        txt("""
            Hola buenos días,

            Perdonad el retraso, se nos pasó con el lío de la temporada. Os lo pago a finales de mes junto con el resto de proveedores, sin falta.

            Saludos,
            Lucía
            Hostal El Mirador
        """),
        Lab(promised="2032-07-31", note="'a finales de mes' → last day of the month"),
    ),
    Reply(
        "promise-es-council",
        "promise_to_pay",
        "es",
        ("Francisco Javier Ortega Ruiz", "intervencion@villanuevadelpardo.example"),
        "2032-07-05 12:40 +0200",
        "outlook_html",
        txt("""
            Estimados señores:

            En relación con su recordatorio, les informamos de que la factura SDS 30458 fue conformada por el servicio de Obras el pasado 1 de julio y ha quedado incluida en la relación de pagos que se ordenará el próximo día 20.

            Atentamente,

            Francisco Javier Ortega Ruiz
            Técnico de Intervención
            Ayuntamiento de Villanueva del Pardo
        """),
        Lab(
            promised="2032-07-20",
            refs=("30458",),
            note="past-tense approval; the payment is ordered on the 20th",
        ),
        inv="30458",
    ),
    Reply(
        "promise-nl-two-weeks",
        "promise_to_pay",
        "nl",
        ("Sanne de Wit", "sanne@dewitvastgoedbeheer.example"),
        "2032-06-24 10:05 +0200",
        "apple",
        txt("""
            Goedemorgen,

            Deze factuur gaat mee in onze betaalronde over twee weken. We betalen leveranciers één keer per maand, eerder lukt helaas niet.

            Groet,
            Sanne de Wit
            De Wit Vastgoedbeheer
        """),
        Lab(
            promised="2032-07-08",
            note="'over twee weken' → fourteen days after the Date",
        ),
    ),
    Reply(
        "promise-nl-typos",
        "promise_to_pay",
        "nl",
        ("Kees", "keesvandam1971@hotmail.com"),
        "2032-07-01 21:18 +0200",
        "iphone",
        "betaal ik volgende week dinsdag sorry voor de vertaging was het vergeten",
        Lab(
            promised="2032-07-06",
            note="no punctuation and a typo; 'volgende week dinsdag' from Thu 1 Jul is Tue 6 Jul",
        ),
    ),
    Reply(
        "promise-it-fine-mese",
        "promise_to_pay",
        "it",
        ("Rag. Paolo Bellini", "studio@bellinicondomini.example"),
        "2032-06-23 17:20 +0200",
        "outlook",
        txt("""
            Spett.le Stonebridge,

            con riferimento al Vs. sollecito, Vi comunichiamo che la fattura SDS 30444 relativa al Condominio Via Garibaldi 18 verrà saldata entro fine mese, non appena incassate le quote condominiali del trimestre.

            Distinti saluti
            Rag. Paolo Bellini
            Studio Bellini Amministrazioni Condominiali
        """),
        Lab(
            promised="2032-06-30",
            refs=("30444",),
            note="'entro fine mese' → 30 Jun; the condition does not remove the date",
        ),
        inv="30444",
        charset="iso-8859-1",
    ),
    Reply(
        "promise-it-holiday-person",
        "promise_to_pay",
        "it",
        ("Chiara Rinaldi", "chiara.rinaldi@libero.it"),
        "2032-07-07 20:15 +0200",
        "iphone",
        "Sono in ferie fino a domenica, lunedì appena rientro in ufficio faccio il bonifico. Scusate il ritardo",
        Lab(
            promised="2032-07-12",
            note="a person on holiday writing by hand, not an auto-reply; the transfer is promised for Monday 12 Jul",
        ),
    ),
]

DISPUTE = [
    Reply(
        "dispute-en-part-paid",
        "dispute",
        "en",
        ("Gareth Pugh", "gareth@pughlettings.example"),
        "2032-06-30 10:44 +0100",
        "outlook_html",
        txt("""
            Hi,

            I've paid the jetting part of this (£420 + VAT, went out yesterday) but I'm not paying the £780 + VAT for the CCTV survey. Nobody has sent us a survey report, and the tenant says the engineer never put a camera down – he rodded it, jetted it and left. If there's footage, send it and I'll look again.

            Gareth Pugh
            Pugh Lettings
        """),
        Lab(note="paid part, disputes the rest: dispute wins over the payment claim"),
        amt="1440.00",
    ),
    Reply(
        "dispute-en-no-show",
        "dispute",
        "en",
        ("Sofia Constantinou", "sofia@olivegroverestaurant.example"),
        "2032-06-22 12:01 +0100",
        "gmail_plain",
        txt("""
            We have NOT paid this and we're not going to. Your engineer never turned up on 12 May – we waited all morning with the kitchen shut and in the end had to get another firm out. I rang your office twice that day.

            Please cancel the invoice.

            Sofia
        """),
        Lab(note="negated payment with the reason: the engineer did not turn up"),
    ),
    Reply(
        "dispute-en-rambling",
        "dispute",
        "en",
        ("Mike Donnelly", "mike.donnelly@riversidecommunityhousing.example"),
        "2032-07-02 15:55 +0100",
        "outlook",
        txt("""
            Hi there,

            Thanks for the reminder. I've been meaning to get back to you about this one for a couple of weeks. Just to give you the background, this is the job at 27 Kestrel Way, the ground floor flat where the tenant has been complaining about the smell in the back garden since about March. Your lads came out on 28 April, jetted the line from the gully to the first manhole and did a camera survey, which as I understand it showed roots coming in at a joint under the patio. We were expecting a quote for a patch repair off the back of that, which we still haven't had by the way.

            The problem is the tenant rang us again on 3 May, so less than a week later, and the garden was flooded again, same gully. Our repairs team had to send our own out-of-hours contractor, who found the roots had blocked it again. So as far as I'm concerned the job wasn't done properly, or at least wasn't finished.

            So I'm not in a position to approve invoice SDS 30409 as it stands. Can someone give me a call to talk about either coming back to do it properly or crediting at least part of it? Happy to pay for the survey itself.

            Cheers,
            Mike Donnelly
            Repairs Surveyor
            Riverside Community Housing
        """),
        Lab(
            refs=("30409",),
            note="long reply; the dispute sits in the third paragraph; 'happy to pay for the survey' is conditional and partial",
        ),
        inv="30409",
        amt="1590.00",
    ),
    Reply(
        "dispute-de-hours",
        "dispute",
        "de",
        ("Ingrid Scholz", "i.scholz@hv-scholz.example"),
        "2032-07-08 10:30 +0200",
        "outlook",
        txt("""
            Sehr geehrte Damen und Herren,

            die Rechnung SDS 30490 können wir so nicht begleichen. Abgerechnet sind 4 Stunden Spülfahrzeug inkl. Personal, laut dem von unserem Hausmeister gegengezeichneten Arbeitsbericht war Ihr Monteur aber nur von 10:15 bis 11:40 Uhr im Objekt.

            Bitte korrigieren Sie die Rechnung entsprechend, danach erfolgt die Zahlung umgehend.

            Mit freundlichen Grüßen
            Ingrid Scholz
            Hausverwaltung Scholz
        """),
        Lab(
            refs=("30490",),
            note="hours charged are contested; the corrected invoice and the payment after it are secondary",
        ),
        inv="30490",
        charset="windows-1252",
    ),
    Reply(
        "dispute-de-quote",
        "dispute",
        "de",
        ("Matthias Kühn", "kuehn@gemeinde-wiesenbach.example"),
        "2032-07-13 14:22 +0200",
        "outlook_html",
        txt("""
            Sehr geehrte Damen und Herren,

            für die Inliner-Sanierung der Grundleitung an der Grundschule Wiesenbach lag uns Ihr Angebot vom 12.04.2032 über 3.200,00 € netto vor. In Rechnung gestellt wurden 3.980,00 € netto, ohne dass ein Nachtrag beauftragt worden wäre.

            Die Differenz erkennen wir nicht an. Wir bitten um eine Rechnung in Höhe des Angebotspreises; diese wird dann umgehend angewiesen.

            Mit freundlichen Grüßen
            Im Auftrag
            Matthias Kühn
            Bauamt – Gemeinde Wiesenbach
        """),
        Lab(
            note="invoiced above the quoted price; payment depends on a corrected invoice but the amount is contested, so dispute"
        ),
        amt="4736.20",
        cte="b64",
        job="Inliner-Sanierung Grundleitung Grundschule",
    ),
    Reply(
        "dispute-fr-duplicate",
        "dispute",
        "fr",
        ("Karim Haddad", "karim@lepetitcharbon.example"),
        "2032-06-25 22:10 +0200",
        "iphone",
        txt("""
            Bonsoir
            Vous plaisantez ? Cette facture on l’a payée. Et en plus vous l’avez facturée deux fois : la SDS 30455 et la SDS 30461 c’est la même intervention du 12 mai, même montant, même adresse. Merci d’annuler la deuxième.
            Karim
        """),
        Lab(
            refs=("30455", "30461"),
            note="duplicate billing with a payment claim: dispute beats the payment claim",
        ),
        inv="30461",
        amt="870.00",
    ),
    Reply(
        "dispute-fr-scope",
        "dispute",
        "fr",
        ("Isabelle Marchand", "i.marchand@cabinet-lemoine-expertises.example"),
        "2032-07-12 16:05 +0200",
        "outlook_html",
        txt("""
            Madame, Monsieur,

            Nous faisons suite à votre relance concernant la facture SDS 30482.

            Notre mandat, tel qu'il figure dans l'ordre de mission du 3 mai, portait uniquement sur l'inspection télévisée des canalisations afin de déterminer l'origine du sinistre. Le curage préalable, facturé 640,00 € HT, n'a pas été commandé par notre cabinet et relève de l'entretien courant à la charge du propriétaire.

            Nous ne pouvons donc accepter la facture en l'état. Merci de nous adresser une facture rectifiée limitée à l'inspection et de refacturer le curage directement à l'assuré.

            Bien cordialement,

            Isabelle Marchand
            Expert – Cabinet Lemoine Expertises
        """),
        Lab(
            refs=("30482",),
            note="loss adjuster contests part of the scope; the corrected invoice is secondary",
        ),
        inv="30482",
        amt="2184.00",
        charset="windows-1252",
    ),
    Reply(
        "dispute-es-recurring",
        "dispute",
        "es",
        ("Jordi Roig", "fincas@fincasroig.example"),
        "2032-06-24 13:50 +0200",
        "gmail",
        txt("""
            Buenas tardes:

            No vamos a abonar esta factura hasta que se resuelva el problema. El atasco de la bajante del edificio de la calle Aragó volvió a los tres días de su intervención y, pese a cuatro llamadas a su oficina, nadie ha vuelto a revisarlo. Los vecinos del bajo siguen con el patio inundado.

            Quedo a la espera de que nos digan cuándo vienen.

            Jordi Roig
            Administración de Fincas Roig
        """),
        Lab(note="negated payment: the blockage came back and nobody returned"),
    ),
    Reply(
        "dispute-nl-no-camera",
        "dispute",
        "nl",
        ("Ahmet Yıldız", "ahmet@grillhuisyildiz.example"),
        "2032-07-05 11:20 +0200",
        "android",
        txt("""
            Goedemorgen

            Er staat camera-inspectie op de factuur maar die is nooit gedaan. Jullie monteur heeft alleen de afvoer van de keuken ontstopt en is na een half uur weer weggegaan. Het ontstoppen betaal ik, de camera niet.

            Stuur maar een nieuwe factuur

            Ahmet
        """),
        Lab(note="work invoiced but not done; paying only the part that was done"),
    ),
    Reply(
        "dispute-nl-damage",
        "dispute",
        "nl",
        ("Jeroen Hendriks", "j.hendriks@woonbron-oost.example"),
        "2032-07-14 09:40 +0200",
        "outlook_html",
        txt("""
            Geachte heer/mevrouw,

            Bij de werkzaamheden op het adres Merelstraat 41 is tijdens het frezen van de wortelingroei de binnenriolering beschadigd. De bewoner heeft sindsdien lekkage in de kruipruimte, zie ook ons schademeldingsnummer SCH-2032-0177.

            Wij houden factuur SDS 30486 aan totdat de schade door u is hersteld of de afhandeling met uw verzekeraar is geregeld.

            Met vriendelijke groet,
            Jeroen Hendriks
            Opzichter Onderhoud
            Woonbron Oost
        """),
        Lab(refs=("30486",), note="payment withheld over damage caused by the work"),
        inv="30486",
    ),
    Reply(
        "dispute-it-warranty",
        "dispute",
        "it",
        ("Roberto Galli", "r.galli@galliimmobiliare.example"),
        "2032-06-28 12:12 +0200",
        "thunderbird",
        txt("""
            Buongiorno,

            la fattura non è dovuta: l'intervento di maggio riguarda lo stesso tratto di collettore che avete risanato con la calza a marzo (Vs. fattura SDS 30311), ed è quindi in garanzia. Il problema si è ripresentato perché la calza si è staccata all'innesto del pozzetto, come si vede benissimo dalla vostra stessa videoispezione.

            Vi chiedo di emettere nota di credito.

            Cordiali saluti
            Ing. Roberto Galli
        """),
        Lab(
            refs=("30311",),
            note="warranty claim; the number written is the earlier relining invoice, the disputed one is only in the subject",
        ),
        inv="30477",
        cte="8bit",
    ),
    Reply(
        "dispute-it-question",
        "dispute",
        "it",
        ("Francesca Moretti", "francesca.moretti@gmail.com"),
        "2032-07-02 18:03 +0200",
        "gmail_plain",
        "Scusate ma perché in fattura ci sono tre uscite? Il tecnico è venuto una volta sola, il 9 maggio, e io ero presente. Non pago tre uscite per un intervento.",
        Lab(note="the charge is contested in question form"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "plan-en-monthly",
        "payment_plan",
        "en",
        ("Steve Hollins", "stevehollins64@gmail.com"),
        "2032-06-21 20:40 +0100",
        "gmail_plain",
        txt("""
            Hi

            I know this is overdue, sorry. I've had two tenants leave owing the last two months rent and things are tight. Could I pay it off at £200 a month? I can start on the 1st.

            Steve Hollins
        """),
        Lab(
            note="landlord asking for monthly instalments; plan dates and amounts are not labelled"
        ),
        amt="1164.00",
    ),
    Reply(
        "plan-en-half-now",
        "payment_plan",
        "en",
        ("Oliver Grant", "oliver@thecopperpotbistro.example"),
        "2032-07-02 14:15 +0100",
        "iphone",
        txt("""
            Hi, I've sent £600 this afternoon and I'll clear the other £648 at the end of the month when the summer bookings come in. Hope thats ok
            Oliver
        """),
        Lab(note="part paid now, the rest at the end of the month: payment_plan, not payment_sent"),
        amt="1248.00",
    ),
    Reply(
        "plan-en-more-time",
        "payment_plan",
        "en",
        ("Ruth Adeyemi", "finance@heronbridgetrust.example"),
        "2032-07-14 10:00 +0100",
        "outlook_html",
        txt("""
            Dear Accounts team,

            Thank you for your email. I'm afraid our budget for premises work this year was used up by the roof repairs, and our next allocation isn't released until the start of the autumn term.

            Would you be able to allow us until the end of September to settle this? If it helps, we could pay a small amount now as a sign of good faith.

            Kind regards,
            Ruth Adeyemi
            Finance Manager
            Heronbridge Academy Trust
        """),
        Lab(
            note="more time asked for, with an optional token payment; 'end of September' is the time asked, not a promise"
        ),
    ),
    Reply(
        "plan-de-raten",
        "payment_plan",
        "de",
        ("Markus Lenz", "markus.lenz@gmx.de"),
        "2032-06-25 07:55 +0200",
        "thunderbird",
        txt("""
            Guten Morgen,

            ich kann den Betrag leider nicht auf einmal zahlen. Wäre es möglich, das in drei Raten zu je 800 € zu begleichen, jeweils zum Monatsanfang, erste Rate Anfang Juli?

            Viele Grüße
            Markus Lenz
        """),
        Lab(note="three instalments proposed"),
        amt="2400.00",
        cte="8bit",
    ),
    Reply(
        "plan-de-hardship",
        "payment_plan",
        "de",
        ("Elif Demir", "info@restaurant-anatolia-koeln.example"),
        "2032-07-09 23:05 +0200",
        "iphone",
        "Hallo, wir hatten vor drei wochen einen wasserschaden, das restaurant ist seitdem zu und die versicherung zahlt noch nicht. ich kann im moment einfach nichts zahlen. bitte geben sie mir zeit bis september, ich zahle alles, versprochen.",
        Lab(
            note="hardship and a request for more time, lower case from a phone; 'bis september' is the time asked for"
        ),
    ),
    Reply(
        "plan-fr-trois-fois",
        "payment_plan",
        "fr",
        ("Julien Caron", "julien.caron@orange.fr"),
        "2032-06-29 19:40 +0200",
        "apple",
        txt("""
            Bonsoir,

            Serait-il possible de régler cette facture en trois fois ? Je peux faire un premier versement de 500 € la semaine prochaine, puis la même chose en août et en septembre.

            Merci de me dire si c’est d’accord.

            Julien Caron
        """),
        Lab(note="three payments proposed; the first date is part of the plan, not a promise"),
        amt="1500.00",
    ),
    Reply(
        "plan-fr-syndic",
        "payment_plan",
        "fr",
        ("Élodie Garnier", "copro@durandgestion.example"),
        "2032-07-07 11:48 +0200",
        "outlook",
        txt("""
            Bonjour,

            La trésorerie de la copropriété du 8 rue Pasteur ne permet pas de régler la totalité de la facture SDS 30475 à ce jour. Nous vous proposons un premier règlement de 50 % dès cette semaine, le solde après l'appel de fonds du 1er octobre.

            Pouvez-vous nous confirmer votre accord ?

            Cordialement,
            Élodie Garnier
            Gestionnaire de copropriété
            Cabinet Durand Gestion
        """),
        Lab(refs=("30475",), note="half now, the balance after the next call for funds"),
        inv="30475",
        cte="8bit",
    ),
    Reply(
        "plan-es-two-payments",
        "payment_plan",
        "es",
        ("Marta Gil", "marta@lavinateria.example"),
        "2032-06-23 12:30 +0200",
        "gmail",
        txt("""
            Hola,

            ¿Podríamos fraccionar el pago en dos? La mitad esta semana y la otra mitad a finales de julio. Este mes vamos muy justos con las nóminas de verano.

            Gracias,
            Marta
        """),
        Lab(note="split in two payments"),
    ),
    Reply(
        "plan-es-hardship",
        "payment_plan",
        "es",
        ("José Antonio Pérez", "japerez@yahoo.es"),
        "2032-07-12 09:10 +0200",
        "android",
        "Buenos días, les escribo porque ahora mismo no puedo hacer frente a la factura entera. Se me ha caído un cliente grande y estoy esperando cobrar. Si les parece bien les voy pagando 300 euros al mes hasta liquidarla. Un saludo",
        Lab(note="hardship with monthly instalments"),
    ),
    Reply(
        "plan-nl-termijnen",
        "payment_plan",
        "nl",
        ("Petra Jansen", "p.jansen@kinderopvangdeklimop.example"),
        "2032-07-01 15:30 +0200",
        "outlook_html",
        txt("""
            Beste debiteurenadministratie,

            Wij willen graag een betalingsregeling treffen voor factuur SDS 30467. Ons voorstel is vier maandelijkse termijnen van € 450,00, de eerste op 15 juli.

            Kunt u laten weten of dit akkoord is?

            Met vriendelijke groet,
            Petra Jansen
            Kinderopvang De Klimop
        """),
        Lab(
            refs=("30467",),
            note="four monthly instalments; the first instalment date is not a promised date",
        ),
        inv="30467",
        amt="1800.00",
    ),
    Reply(
        "plan-it-rate",
        "payment_plan",
        "it",
        ("Marco Conti", "m.conti@pizzeriaconti.example"),
        "2032-06-30 16:22 +0200",
        "gmail",
        txt("""
            Buongiorno,
            vi scrivo per chiedervi se è possibile rateizzare l'importo in tre rate mensili. La stagione è partita tardi e la liquidità in questo momento è quella che è. Se mi date l'ok faccio subito il primo bonifico.
            Grazie
            Marco Conti
            Pizzeria Conti
        """),
        Lab(note="three monthly instalments asked for"),
    ),
    Reply(
        "plan-it-proroga",
        "payment_plan",
        "it",
        ("Dott.ssa Anna Ricci", "anna.ricci@rsa-villaserena.example"),
        "2032-07-15 10:05 +0200",
        "outlook",
        txt("""
            Spett.le Stonebridge,

            a causa di un ritardo nei rimborsi da parte dell'ASL, Vi chiediamo cortesemente una proroga di 60 giorni per il saldo della fattura SDS 30497.

            Restiamo a disposizione per qualsiasi chiarimento.

            Cordiali saluti
            Dott.ssa Anna Ricci
            Amministrazione – RSA Villa Serena
        """),
        Lab(refs=("30497",), note="formal request for a 60-day extension"),
        inv="30497",
        charset="windows-1252",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "docs-en-po",
        "invoice_request",
        "en",
        ("Jade Whitfield", "invoices@hollisterhotels.example"),
        "2032-06-24 09:30 +0100",
        "outlook_html",
        txt("""
            Hi,

            We can't pay this one – our system automatically rejects any invoice without a purchase order number on it. The PO for the drain jetting at the Harbourside hotel is 4500218834.

            If you can reissue the invoice quoting that PO, we'll pay it in the next run.

            Many thanks,
            Jade Whitfield
            Accounts Payable – Hollister Hotels
        """),
        Lab(note="'we can't pay' without contesting anything: a reissue with a PO, then payment"),
    ),
    Reply(
        "docs-en-insurer-report",
        "invoice_request",
        "en",
        ("Dave Keegan", "davekeegan@outlook.com"),
        "2032-07-03 10:12 +0100",
        "iphone",
        "Hi can you send me the camera report and a copy of the invoice, the insurance want both before they pay out and I cant find the original email. Once they pay I'll pay you straight away\nThanks\nDave",
        Lab(note="conditional payment once documents reach the insurer; no date"),
    ),
    Reply(
        "docs-en-bank-details",
        "invoice_request",
        "en",
        ("Laura Bennett", "supplier.maintenance@kingsgate-insurance.example"),
        "2032-07-12 14:48 +0200",
        "outlook",
        txt("""
            Good afternoon,

            We are unable to release payment of invoice SDS 30491 as the bank details on the invoice do not match those held on our supplier file.

            As part of our fraud controls, please send a letter on company headed paper, signed by a director, confirming your IBAN and BIC. We will then call your office on the number we hold to verify before updating our records.

            Kind regards,
            Laura Bennett
            Supplier Maintenance – European Shared Service Centre
            Kingsgate Insurance Europe N.V., Amsterdam
        """),
        Lab(
            refs=("30491",),
            note="English-writing shared service centre in Amsterdam; bank details must be confirmed before paying, nothing contested",
        ),
        inv="30491",
        amt="2650.00",
        abroad=True,
    ),
    Reply(
        "docs-de-xrechnung",
        "invoice_request",
        "de",
        ("Petra Hofmann", "rechnungseingang@kreis-oberland.example"),
        "2032-06-21 10:40 +0200",
        "outlook",
        txt("""
            Sehr geehrte Damen und Herren,

            eine Rechnung mit der Nummer SDS 30422 ist bei uns nicht eingegangen. Als öffentlicher Auftraggeber können wir nur noch elektronische Rechnungen im Format XRechnung annehmen, die über das Rechnungseingangsportal eingereicht werden. PDF-Rechnungen per E-Mail werden nicht bearbeitet.

            Bitte reichen Sie die Rechnung unter Angabe der Leitweg-ID 09-B-117-42 erneut ein.

            Mit freundlichen Grüßen
            Petra Hofmann
            Zentraler Rechnungseingang
            Landratsamt Oberland
        """),
        Lab(refs=("30422",), note="public body needs an e-invoice through its portal"),
        inv="30422",
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Reply(
        "docs-de-nachweis",
        "invoice_request",
        "de",
        ("Andreas Becker", "a.becker@becker-immobilien.example"),
        "2032-07-06 16:55 +0200",
        "gmail",
        txt("""
            Hallo zusammen,

            bevor ich das freigebe, bräuchte ich bitte noch den Leistungsnachweis mit Unterschrift vom Mieter und das Kamera-Protokoll. Ohne die Unterlagen kann ich das nicht an den Eigentümer weiterberechnen.

            Danke und Gruß
            Andreas Becker
        """),
        Lab(note="proof of work and the camera log before approval"),
    ),
    Reply(
        "docs-fr-rib",
        "invoice_request",
        "fr",
        ("Sylvie Roux", "compta@lycee-jeanmoulin.example"),
        "2032-06-23 10:20 +0200",
        "outlook_html",
        txt("""
            Bonjour,

            Pour pouvoir mettre en paiement votre facture, l'agence comptable a besoin d'un RIB à votre nom. Nous ne disposons pas de vos coordonnées bancaires dans notre logiciel.

            Pourriez-vous nous le faire parvenir par retour de mail ?

            Cordialement,
            Sylvie Roux
            Agence comptable
            Lycée Jean Moulin
        """),
        Lab(note="bank details needed before paying"),
        charset="windows-1252",
    ),
    Reply(
        "docs-fr-bon",
        "invoice_request",
        "fr",
        ("Thomas Giraud", "thomas.giraud@residences-horizon.example"),
        "2032-07-09 11:11 +0200",
        "gmail",
        txt("""
            Bonjour,

            Nous ne pouvons valider la facture qu’avec le bon d’intervention signé par notre gardien, et il n’était pas joint à l’envoi. Pouvez-vous me le transmettre ?

            Merci,
            Thomas Giraud
            Résidences Horizon
        """),
        Lab(note="signed job sheet needed to approve the invoice"),
    ),
    Reply(
        "docs-es-cif",
        "invoice_request",
        "es",
        ("Pilar Navarro", "pnavarro@fincasnavarro.example"),
        "2032-06-30 13:14 +0200",
        "thunderbird",
        txt("""
            Buenas tardes:

            La factura está emitida a nombre del administrador y no de la comunidad, por lo que no la podemos contabilizar. ¿Pueden emitirla de nuevo a nombre de la Comunidad de Propietarios Edificio Marina, CIF H12345678, con la misma fecha y concepto?

            En cuanto la recibamos se tramita el pago.

            Un saludo,
            Pilar Navarro
        """),
        Lab(note="reissue to the right legal entity; the amount is not contested"),
        charset="iso-8859-1",
    ),
    Reply(
        "docs-es-extracto",
        "invoice_request",
        "es",
        ("Raúl Domínguez", "raul@cerveceriaelpuerto.example"),
        "2032-07-14 17:30 +0200",
        "iphone",
        "Hola, me podeis mandar un extracto con todo lo que tenemos pendiente con vosotros? Creo que hay alguna factura que no nos ha llegado y así lo cuadro con la gestoría",
        Lab(note="statement of account request"),
    ),
    Reply(
        "docs-nl-po",
        "invoice_request",
        "nl",
        ("Marloes de Bruijn", "facturen@scholengroeprijnland.example"),
        "2032-06-25 09:05 +0200",
        "outlook_html",
        txt("""
            Goedemorgen,

            Uw factuur is door ons systeem afgekeurd omdat er geen inkoopordernummer op vermeld staat. Wilt u de factuur opnieuw indienen met ordernummer IO-2032-04418? Dan wordt hij binnen onze betaaltermijn van 30 dagen voldaan.

            Met vriendelijke groet,
            Marloes de Bruijn
            Crediteurenadministratie
            Scholengroep Rijnland
        """),
        Lab(note="reissue with a purchase order number"),
    ),
    Reply(
        "docs-nl-report",
        "invoice_request",
        "nl",
        ("Hans Koster", "penningmeester@vve-parkzicht.example"),
        "2032-07-10 10:45 +0200",
        "gmail_plain",
        txt("""
            Beste mensen,

            Als penningmeester van de VvE kan ik deze factuur pas betalen als het bestuur akkoord heeft gegeven, en daarvoor willen ze eerst het inspectierapport met de camerabeelden zien. Kunnen jullie dat naar mij mailen? Dan agenderen we het voor de vergadering.

            Met vriendelijke groet,
            Hans Koster
            Penningmeester VvE Parkzicht
        """),
        Lab(note="inspection report and footage needed before the board approves"),
    ),
    Reply(
        "docs-it-sdi",
        "invoice_request",
        "it",
        ("Elena Marchetti", "amministrazione@hotelrivadellago.example"),
        "2032-07-05 09:50 +0200",
        "outlook_html",
        txt("""
            Buongiorno,

            per poter procedere con il pagamento abbiamo bisogno della fattura elettronica trasmessa tramite SdI. Il PDF inviato per e-mail non ha valore fiscale e il nostro commercialista non lo può registrare.

            Vi ricordo il nostro codice destinatario: M5UXCR1.

            Grazie, cordiali saluti
            Elena Marchetti
            Amministrazione – Hotel Riva del Lago
        """),
        Lab(note="electronic invoice through the Italian exchange system needed before paying"),
        charset="windows-1252",
    ),
]

WRONG_CONTACT = [
    Reply(
        "contact-en-left",
        "wrong_contact",
        "en",
        ("Natalie Cho", "natalie.cho@harcourthomes.example"),
        "2032-06-21 19:10 +0100",
        "apple",
        txt("""
            Hello,

            I left Harcourt Homes at the end of May and am only picking up this mailbox while the handover finishes. Please send invoices and reminders to Accounts.Payable@harcourthomes.example from now on – I've copied them in.

            Best wishes,
            Natalie
        """),
        Lab(
            contact="accounts.payable@harcourthomes.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        headers=(("Cc", "Accounts.Payable@harcourthomes.example"),),
    ),
    Reply(
        "contact-en-redirect-scam",
        "wrong_contact",
        "en",
        ("Harlow & Finch Facilities - Accounts", "accounts@harlowfinch.example"),
        "2032-07-08 03:12 +0100",
        "outlook",
        txt("""
            Dear Supplier,

            Please be informed that due to an ongoing audit of our company email domain, the accounts department will no longer be receiving correspondence at this address.

            Kindly update your records and direct all future statements, reminders and remittance queries regarding outstanding invoices to our temporary finance mailbox: harlowfinch.accounts@gmail.com

            Please also do not contact our office by telephone regarding this change as our lines are being upgraded. We will contact you shortly with updated banking instructions for settlement of your invoice.

            Thank you for your understanding.

            Accounts Department
            Harlow & Finch Facilities Ltd
        """),
        Lab(
            contact="harlowfinch.accounts@gmail.com",
            note="reads like a redirect fraud (free-mail mailbox, bank change announced, 'do not call'); labelled on what it asks, a person must verify before any contact change",
        ),
        headers=(("Reply-To", "harlowfinch.accounts@gmail.com"),),
    ),
    Reply(
        "contact-en-caretaker",
        "wrong_contact",
        "en",
        ("Bob Jennings", "caretaker@ashgroveprimary.example"),
        "2032-07-13 07:35 +0100",
        "android",
        txt("""
            Morning, I'm just the site manager so nothing to do with paying bills. Invoices go to Mrs Okafor the school business manager, her email is sbm@ashgroveprimary.example

            Bob
        """),
        Lab(contact="sbm@ashgroveprimary.example"),
    ),
    Reply(
        "contact-de-verwaltung",
        "wrong_contact",
        "de",
        ("Claudia Berger", "info@hv-berger.example"),
        "2032-06-28 11:00 +0200",
        "outlook_html",
        txt("""
            Sehr geehrte Damen und Herren,

            wir verwalten das Objekt Kastanienallee 7 seit dem 01.06.2032 nicht mehr. Die Verwaltung ist auf die Immo Treuhand Süd GmbH übergegangen. Bitte richten Sie Rechnung und Mahnung künftig an buchhaltung@immotreuhand-sued.example.

            Mit freundlichen Grüßen
            Claudia Berger
            Hausverwaltung Berger
        """),
        Lab(
            contact="buchhaltung@immotreuhand-sued.example",
            note="the property changed managing agent",
        ),
    ),
    Reply(
        "contact-fr-assistante",
        "wrong_contact",
        "fr",
        ("Camille Petit", "c.petit@groupe-batiservices.example"),
        "2032-06-22 09:40 +0200",
        "gmail",
        txt("""
            Bonjour,

            Je suis l’assistante de direction et je ne m’occupe pas de la comptabilité fournisseurs. Merci d’adresser vos relances directement à comptabilite.fournisseurs@groupe-batiservices.example.

            Bonne journée,
            Camille Petit
        """),
        Lab(contact="comptabilite.fournisseurs@groupe-batiservices.example"),
    ),
    Reply(
        "contact-fr-mailbox-closed",
        "wrong_contact",
        "fr",
        ("Mairie de Saint-Aubin", "secretariat@mairie-saintaubin.example"),
        "2032-07-06 09:31 +0200",
        "notice",
        txt("""
            Bonjour,

            Cette adresse n'est plus consultée depuis le 1er juillet 2032.

            Pour toute question relative aux factures et aux paiements, merci d'écrire désormais à finances@mairie-saintaubin.example.

            Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """),
        Lab(
            contact="finances@mairie-saintaubin.example",
            note="automatic notice that the mailbox is no longer read, naming the new address: wrong_contact, not auto_reply",
        ),
        subject=AUTO_SUBJECT["fr"],
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "contact-es-ex-employee",
        "wrong_contact",
        "es",
        ("Andrea Castillo", "andrea.castillo@hotmail.es"),
        "2032-07-01 20:20 +0200",
        "gmail_plain",
        txt("""
            Hola, yo ya no trabajo en el restaurante Casa Lola desde abril, este es mi correo personal y no sé por qué os aparece a mí. Tenéis que escribir a Lola directamente, su correo es lola@casalola-valencia.example

            Saludos
        """),
        Lab(contact="lola@casalola-valencia.example"),
    ),
    Reply(
        "contact-es-not-us",
        "wrong_contact",
        "es",
        ("Enrique Martín", "info@gestoriamartin.example"),
        "2032-07-09 12:25 +0200",
        "outlook",
        txt("""
            Buenos días:

            Creo que se han equivocado de destinatario. Somos una gestoría y no hemos contratado nunca ningún servicio de desatascos ni de inspección de tuberías. No conocemos la dirección que figura en la factura.

            Por favor, revisen sus datos.

            Atentamente,
            Enrique Martín
        """),
        Lab(note="wrong recipient altogether; no new address"),
        charset="iso-8859-1",
    ),
    Reply(
        "contact-nl-school",
        "wrong_contact",
        "nl",
        ("Tineke Vos", "info@obsderegenboog.example"),
        "2032-06-23 13:15 +0200",
        "gmail",
        txt("""
            Hallo,

            Dit is het algemene adres van de school, hier komen facturen niet goed terecht. Wilt u de herinnering sturen naar onze administratie: administratie@stichtingprimaplus.example? Die doet de betalingen voor alle scholen van de stichting.

            Groetjes,
            Tineke (receptie)
        """),
        Lab(contact="administratie@stichtingprimaplus.example"),
    ),
    Reply(
        "contact-nl-tenant",
        "wrong_contact",
        "nl",
        ("Lotte Smit", "lottesmit@gmail.com"),
        "2032-07-15 08:50 +0200",
        "iphone",
        "Goedemorgen, ik ben de huurder van het pand, niet de eigenaar. De ontstopping was op verzoek van de eigenaar, meneer Bakker. Zijn mailadres is p.bakker@bakkervastgoed.example, ik heb hem deze mail doorgestuurd.",
        Lab(
            contact="p.bakker@bakkervastgoed.example",
            note="tenant, not the owner who ordered the work",
        ),
    ),
    Reply(
        "contact-it-geometra",
        "wrong_contact",
        "it",
        ("Geom. Luca Fabbri", "studio@fabbrigeometra.example"),
        "2032-06-29 15:45 +0200",
        "outlook",
        txt("""
            Buongiorno,

            sono il geometra che ha seguito i lavori per conto del condominio, non l’amministratore: le fatture non passano da me. Vi prego di scrivere all’amministratore, Studio Colombo, all’indirizzo amministrazione@studiocolombo-condomini.example.

            Cordiali saluti
            Geom. Luca Fabbri
        """),
        Lab(contact="amministrazione@studiocolombo-condomini.example"),
        charset="windows-1252",
    ),
    Reply(
        "contact-it-mixed-case",
        "wrong_contact",
        "it",
        ("Silvia Bruno", "s.bruno@ristorantelaperla.example"),
        "2032-07-12 10:10 +0200",
        "gmail",
        txt("""
            Buongiorno,
            io mi occupo delle prenotazioni, per la contabilità dovete scrivere a Ufficio.Contabilita@RistoranteLaPerla.example. L'ho messo in copia.
            Grazie
            Silvia
        """),
        Lab(
            contact="ufficio.contabilita@ristorantelaperla.example",
            note="address in mixed case, also in Cc; labelled in lower case",
        ),
        headers=(("Cc", "Ufficio.Contabilita@RistoranteLaPerla.example"),),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "stop-en-promise",
        "unsubscribe",
        "en",
        ("Craig Moffat", "craig@moffatplumbing.example"),
        "2032-06-24 17:55 +0100",
        "android",
        txt("""
            I told your colleague on the phone on Monday it'll be paid on the 30th. That hasn't changed. Stop emailing me about it every other day, I've got a business to run.

            Craig
        """),
        Lab(note="promise plus a stop request: unsubscribe beats the promise"),
    ),
    Reply(
        "stop-en-solicitor",
        "unsubscribe",
        "en",
        ("Dale Pryce", "dale.pryce@btinternet.com"),
        "2032-07-07 21:30 +0100",
        "gmail_plain",
        txt("""
            Do not email me again about this invoice. The matter is with my solicitors, Hartley Vaughan LLP, and any further correspondence should go through them.

            D. Pryce
        """),
        Lab(note="'talk to my solicitors', firm named without an address: unsubscribe"),
    ),
    Reply(
        "stop-en-post-only",
        "unsubscribe",
        "en",
        ("Linda Carver", "l.carver@holmewoodcarehomes.example"),
        "2032-07-15 11:20 +0100",
        "outlook",
        txt("""
            Good morning,

            Please note that Holmewood Care Homes does not accept payment reminders or statements by e-mail. All correspondence regarding accounts must be sent by post to:

            Finance Department
            Holmewood Care Homes Ltd
            Unit 3, Parkside Business Centre
            Leeds LS1 9ZZ

            Please remove this address from your reminder list.

            Regards,
            Linda Carver
            Office Manager
        """),
        Lab(note="post only"),
        headers=(SUPPRESS,),
    ),
    Reply(
        "stop-de-post",
        "unsubscribe",
        "de",
        ("Wolfgang Richter", "richter@richter-bau.example"),
        "2032-06-22 08:10 +0200",
        "outlook",
        txt("""
            Guten Tag,

            bitte nehmen Sie diese Adresse aus Ihrem Mahnverteiler. Zahlungserinnerungen und Mahnungen bitte ausschließlich auf dem Postweg an unsere Firmenanschrift.

            Richter
        """),
        Lab(note="off the list, post only"),
        charset="windows-1252",
    ),
    Reply(
        "stop-de-paid-angry",
        "unsubscribe",
        "de",
        ("Heike Schulte", "heike.schulte@web.de"),
        "2032-07-12 22:40 +0200",
        "iphone",
        "Ich habe diese Rechnung bezahlt!!! Das ist jetzt die dritte Mail. HÖREN SIE AUF MIR ZU SCHREIBEN.",
        Lab(note="payment claim plus a shouted stop demand: unsubscribe wins"),
    ),
    Reply(
        "stop-fr-perso",
        "unsubscribe",
        "fr",
        ("Philippe Blanc", "philippe.blanc@wanadoo.fr"),
        "2032-07-02 17:17 +0200",
        "thunderbird",
        txt("""
            Bonjour,

            Merci de ne plus m'écrire à cette adresse, c'est ma messagerie personnelle. Toute correspondance concernant la SCI doit être envoyée par courrier au siège, 12 avenue Foch, 35000 Rennes.

            Ph. Blanc
        """),
        Lab(note="personal mailbox, post only, no other e-mail address: unsubscribe"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "stop-es-phone",
        "unsubscribe",
        "es",
        ("Toni Vidal", "toni@barcanvidal.example"),
        "2032-06-28 13:30 +0200",
        "android",
        "Dejen de mandarme correos. Ya hablé con su compañero por teléfono la semana pasada y quedamos en lo que quedamos.",
        Lab(note="stop request referring to a phone agreement that is not spelled out"),
    ),
    Reply(
        "stop-es-abogado",
        "unsubscribe",
        "es",
        ("Carmen Ibáñez", "c.ibanez@clinicadentalibanez.example"),
        "2032-07-13 12:00 +0200",
        "gmail",
        txt("""
            Buenos días:

            Les informo de que este asunto está en manos de nuestro abogado, D. Alberto Serrano Vidal. A partir de ahora cualquier comunicación sobre esta factura deberá dirigirse a él y no a la clínica. Les ruego que no vuelvan a escribir a esta dirección.

            Carmen Ibáñez
        """),
        Lab(note="lawyer named without an address, and do not write here again"),
    ),
    Reply(
        "stop-nl-afmelden",
        "unsubscribe",
        "nl",
        ("", "info@snackbardehoek.example"),
        "2032-06-30 10:02 +0200",
        "iphone",
        "AFMELDEN",
        Lab(note="one word, all caps"),
    ),
    Reply(
        "stop-nl-post",
        "unsubscribe",
        "nl",
        ("R. Mulder", "fin.administratie@zorggroepnoorderlicht.example"),
        "2032-07-08 14:14 +0200",
        "outlook_html",
        txt("""
            Geachte heer, mevrouw,

            Wij verzoeken u vriendelijk dit e-mailadres niet langer te gebruiken voor betalingsherinneringen. Correspondentie over openstaande posten ontvangen wij uitsluitend per post, gericht aan de afdeling Financiën, Postbus 1234, 9700 AA Groningen.

            Met vriendelijke groet,
            R. Mulder
            Financiële Administratie
            Zorggroep Noorderlicht
        """),
        Lab(note="post only"),
    ),
    Reply(
        "stop-it-promise",
        "unsubscribe",
        "it",
        ("Salvatore Greco", "salvo.greco@libero.it"),
        "2032-06-25 13:05 +0200",
        "iphone",
        "Ho già detto al telefono alla vostra collega che pago a fine mese. Non scrivetemi più ogni due giorni per favore",
        Lab(note="promise plus a stop request: unsubscribe wins"),
    ),
    Reply(
        "stop-it-lowercase",
        "unsubscribe",
        "it",
        ("Bar Centrale", "barcentrale.rimini@gmail.com"),
        "2032-07-09 09:20 +0200",
        "gmail_plain",
        "cancellatemi dalla vostra lista grazie",
        Lab(note="lower case, no punctuation"),
    ),
]

AUTO_REPLY = [
    Reply(
        "auto-en-leave",
        "auto_reply",
        "en",
        ("Sarah Whitmore", "s.whitmore@greenlanehousing.example"),
        "2032-06-28 08:33 +0100",
        "notice",
        txt("""
            Thank you for your email. I am on annual leave and will be back in the office on Monday 5 July. I will not be checking emails while I am away.

            For anything urgent relating to repairs invoices, please contact repairs.finance@greenlanehousing.example.

            Sarah Whitmore
            Repairs Finance Officer
            Greenlane Housing
        """),
        Lab(
            back="2032-07-05",
            note="a colleague's address in an auto-reply does not set new_contact",
        ),
        subject=AUTO_SUBJECT["en"],
        headers=(
            AUTO_GENERATED,
            ("X-MS-Exchange-Inbox-Rules-Loop", "s.whitmore@greenlanehousing.example"),
        ),
    ),
    Reply(
        "auto-en-ticket",
        "auto_reply",
        "en",
        ("Finance Helpdesk", "financehelpdesk@cliftonuniversity.example"),
        "2032-07-05 08:32 +0100",
        "notice_html",
        txt("""
            Dear Sender,

            Thank you for contacting the Finance Helpdesk. Your request has been logged with reference FIN-204817.

            We aim to respond to all supplier enquiries within 5 working days. Please quote this reference in any further correspondence.

            This is an automated message – please do not reply to this email.
        """),
        Lab(note="ticket acknowledgement, HTML only, with only X-Autoreply"),
        subject="[FIN-204817] {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "auto-en-away-until",
        "auto_reply",
        "en",
        ("Jamie Kerr", "jamie@kerrkitchens.example"),
        "2032-07-13 08:40 +0100",
        "notice",
        txt("""
            Hi,

            I'm away until Friday 16 July with limited access to email. If it's about a booking please call the restaurant on 0131 496 0219.

            Thanks,
            Jamie
        """),
        Lab(
            back="2032-07-16",
            note="'until X' → X itself; only a Precedence header marks it as automatic",
        ),
        subject="Away: {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "auto-de-urlaub",
        "auto_reply",
        "de",
        ("Birgit Wagner", "b.wagner@stadtwerke-hellental.example"),
        "2032-06-30 09:32 +0200",
        "notice",
        txt("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Nachricht. Ich befinde mich bis zum 09.07. im Urlaub und bin ab dem 12.07. wieder im Haus. Ihre E-Mail wird in dieser Zeit nicht weitergeleitet.

            In dringenden Fällen erreichen Sie die Kreditorenbuchhaltung über die Zentrale.

            Mit freundlichen Grüßen
            Birgit Wagner
            Stadtwerke Hellental
        """),
        Lab(
            back="2032-07-12",
            note="the day back ('ab dem 12.07.') wins over the last day away",
        ),
        subject=AUTO_SUBJECT["de"],
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "auto-de-ticket",
        "auto_reply",
        "de",
        ("Wohnbau Nordstadt eG", "service@wohnbau-nordstadt.example"),
        "2032-07-07 09:31 +0200",
        "notice",
        txt("""
            Guten Tag,

            Ihre E-Mail ist bei uns eingegangen und wurde unter der Vorgangsnummer WB-558210 erfasst. Bitte geben Sie diese Nummer bei Rückfragen an.

            Aufgrund des hohen Aufkommens kann die Bearbeitung derzeit bis zu zehn Werktage dauern. Von Nachfragen bitten wir abzusehen.

            Ihre Wohnbau Nordstadt eG

            Diese Nachricht wurde automatisch erstellt.
        """),
        Lab(note="ticket acknowledgement, no date"),
        subject="Ihre Anfrage [#WB-558210] – {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "auto-fr-absente",
        "auto_reply",
        "fr",
        ("Nathalie Roussel", "n.roussel@ehpad-lesglycines.example"),
        "2032-07-08 09:33 +0200",
        "notice",
        txt("""
            Bonjour,

            Je suis absente du bureau jusqu'au vendredi 16 juillet inclus. Je serai de retour le lundi 19 juillet.

            Pour toute urgence, merci de contacter l'accueil de l'établissement.

            Cordialement,
            Nathalie Roussel
            EHPAD Les Glycines
        """),
        Lab(back="2032-07-19", note="the day back wins over 'jusqu'au … inclus'"),
        subject=AUTO_SUBJECT["fr"],
        charset="windows-1252",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "auto-fr-accuse",
        "auto_reply",
        "fr",
        ("Communauté de communes du Val d'Orge", "finances@cc-valdorge.example"),
        "2032-06-21 09:40 +0200",
        "notice",
        txt("""
            Madame, Monsieur,

            Nous accusons bonne réception de votre message, qui sera traité par le service finances dans les meilleurs délais.

            Nous vous rappelons que les factures adressées à la collectivité doivent être déposées sur le portail Chorus Pro.

            Ceci est un message automatique, merci de ne pas y répondre.
        """),
        Lab(
            note="automatic acknowledgement; the e-invoicing portal sentence is boilerplate, not a request"
        ),
        subject="Accusé de réception : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "auto-es-hasta",
        "auto_reply",
        "es",
        ("Beatriz Sanz", "bsanz@grupohostelerosur.example"),
        "2032-06-22 09:31 +0200",
        "notice",
        txt("""
            Gracias por su mensaje.

            Estaré fuera de la oficina hasta el 2 de julio, sin acceso al correo. A mi regreso atenderé su consulta.

            Para asuntos urgentes de facturación pueden escribir a mi compañera Rocío García: rgarcia@grupohostelerosur.example.

            Beatriz Sanz
            Departamento Financiero
            Grupo Hostelero Sur
        """),
        Lab(
            back="2032-07-02",
            note="'hasta X' → X itself; the colleague's address does not set new_contact",
        ),
        subject=AUTO_SUBJECT["es"],
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "auto-nl-vakantie",
        "auto_reply",
        "nl",
        ("Femke Bos", "f.bos@gemeente-waterveld.example"),
        "2032-07-02 09:34 +0200",
        "notice",
        txt("""
            Dank voor je bericht. Ik ben met vakantie tot en met woensdag 14 juli en lees mijn mail niet. Vanaf donderdag 15 juli ben ik weer op kantoor.

            Voor vragen over facturen kun je terecht bij het team Financiën van de gemeente.

            Groet,
            Femke Bos
        """),
        Lab(back="2032-07-15", note="the day back wins over 'tot en met'"),
        subject=AUTO_SUBJECT["nl"],
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "auto-nl-bare",
        "auto_reply",
        "nl",
        ("Horecagroep Vondel", "administratie@horecagroepvondel.example"),
        "2032-07-12 09:31 +0200",
        "notice",
        txt("""
            Beste relatie,

            Bedankt voor je e-mail! We hebben je bericht goed ontvangen. Onze administratie is op maandag, woensdag en vrijdag bezet en we reageren binnen drie werkdagen.

            Dit is een automatisch bericht.

            Team Horecagroep Vondel
        """),
        Lab(note="autoresponder without Auto-Submitted or any other automatic header"),
    ),
    Reply(
        "auto-it-ferie",
        "auto_reply",
        "it",
        ("Valentina Rossi", "v.rossi@comune-castelnuovo.example"),
        "2032-07-05 09:33 +0200",
        "notice",
        txt("""
            Gentile mittente,

            sono assente per ferie fino a venerdì 9 luglio compreso e rientrerò in ufficio martedì 13 luglio. Durante l'assenza la posta non viene letta né inoltrata.

            Per urgenze relative a fatture e pagamenti potete rivolgervi all'Ufficio Ragioneria.

            Valentina Rossi
            Comune di Castelnuovo - Ufficio Tecnico
        """),
        Lab(
            back="2032-07-13",
            note="'rientrerò martedì 13' wins over 'fino a venerdì 9 compreso'",
        ),
        subject=AUTO_SUBJECT["it"],
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "auto-it-maternita",
        "auto_reply",
        "it",
        ("Giulia Santoro", "g.santoro@hotelmiramonti.example"),
        "2032-06-24 09:30 +0200",
        "notice",
        txt("""
            Buongiorno,

            sono in congedo di maternità e non ho accesso a questa casella. Per questioni amministrative e pagamenti vi prego di scrivere a contabilita@hotelmiramonti.example, per le prenotazioni a booking@hotelmiramonti.example.

            Grazie,
            Giulia Santoro
        """),
        Lab(
            note="temporary absence with no return date; the addresses named are for the time away, so not wrong_contact"
        ),
        subject=AUTO_SUBJECT["it"],
        cte="b64",
        headers=(AUTO_REPLIED, ("X-Autoreply", "yes")),
    ),
]

OTHER = [
    Reply(
        "other-en-did-we-pay",
        "other",
        "en",
        ("Lisa Harding", "lisa@hardingfunerals.example"),
        "2032-06-25 10:30 +0100",
        "gmail_plain",
        "did we not pay this?? I'm sure Gary did a batch of payments before he went on holiday. I'll check with him when he's back and come back to you",
        Lab(note="a question and a promise to check, not a payment claim or a promise to pay"),
    ),
    Reply(
        "other-en-new-job",
        "other",
        "en",
        ("Tony Bianchi", "tony@thewharfkitchen.example"),
        "2032-07-06 15:20 +0100",
        "iphone",
        "Ta. While Ive got you, can you send someone to look at the grease trap at the Wharf? Its backing up into the pot wash again. Any day this week before 11 is fine",
        Lab(note="'Ta' acknowledges the reminder; the rest is a new job request"),
    ),
    Reply(
        "other-en-genuine",
        "other",
        "en",
        ("Anita Sharma", "anita@sharmapharmacy.example"),
        "2032-07-14 16:40 +0100",
        "html_only",
        txt("""
            Hello,

            Is this genuine? Our bank has warned us about fake invoices going round, and I don't remember us using a drainage firm this year. I'm going to ring the number on your website rather than reply to this one, so please don't be offended.

            Anita Sharma
            Sharma Pharmacy
        """),
        Lab(
            note="suspicion, not a dispute or a request for documents; a person should expect the call; HTML only"
        ),
    ),
    Reply(
        "other-de-weitergeleitet",
        "other",
        "de",
        ("Monika Lehmann", "sekretariat@gs-ampark.example"),
        "2032-06-29 12:05 +0200",
        "outlook",
        txt("""
            Guten Tag,

            danke, ich gebe das an unseren Schulleiter weiter, er meldet sich dann bei Ihnen.

            Mit freundlichen Grüßen
            M. Lehmann
            Sekretariat Grundschule am Park
        """),
        Lab(note="acknowledgement and passing it on; no new address, no commitment"),
        charset="windows-1252",
    ),
    Reply(
        "other-de-neuer-auftrag",
        "other",
        "de",
        ("Frank Weber", "frank.weber@kanzlei-weber.example"),
        "2032-07-07 10:50 +0200",
        "outlook_html",
        txt("""
            Guten Morgen,

            eine Frage unabhängig von der Rechnung: Der Bodenablauf im Keller unserer Kanzlei läuft seit ein paar Tagen wieder sehr langsam ab. Könnten Sie nächste Woche jemanden vorbeischicken? Vormittags ist immer jemand da.

            Beste Grüße
            Frank Weber
            Rechtsanwalt
        """),
        Lab(
            note="a lawyer's office booking a new visit, explicitly apart from the invoice; not a dispute"
        ),
    ),
    Reply(
        "other-fr-redressement",
        "other",
        "fr",
        ("Franck Lemaire", "franck.lemaire@boulangeriedupont.example"),
        "2032-07-01 18:15 +0200",
        "gmail",
        txt("""
            Bonjour,

            Pour information, la boulangerie a été placée en redressement judiciaire le 15 juin. Je ne sais pas encore comment ça va se passer pour les fournisseurs, l’administrateur doit nous le dire la semaine prochaine. Je reviens vers vous dès que j’en sais plus.

            Franck Lemaire
        """),
        Lab(
            note="insolvency proceedings announced; no address and no commitment, a person must read it"
        ),
    ),
    Reply(
        "other-fr-associe",
        "other",
        "fr",
        ("Hugo Lambert", "hugo@atelierlambert.example"),
        "2032-07-13 12:30 +0200",
        "android",
        "Bien reçu, je regarde ça avec mon associé et je reviens vers vous.",
        Lab(note="acknowledgement; coming back later is not a promise"),
    ),
    Reply(
        "other-es-inspeccion",
        "other",
        "es",
        ("Nuria Campos", "nuria.campos@residenciaelolivo.example"),
        "2032-06-30 11:45 +0200",
        "apple",
        txt("""
            Hola,

            Aprovecho el correo para preguntaros cuándo podéis venir a hacer la inspección con cámara de la red de la cocina que quedó pendiente en la última visita. Nos vendría mejor a partir del día 12.

            Gracias,
            Nuria Campos
            Residencia El Olivo
        """),
        Lab(note="scheduling question in the reminder thread; nothing about paying"),
    ),
    Reply(
        "other-es-ok",
        "other",
        "es",
        ("Paco", "paco.barsol@gmail.com"),
        "2032-07-15 14:01 +0200",
        "iphone",
        "Ok gracias 👍",
        Lab(note="acknowledgement only"),
    ),
    Reply(
        "other-nl-maandag",
        "other",
        "nl",
        ("Dirk Meijer", "dirk@meijerinstallatietechniek.example"),
        "2032-07-09 16:50 +0200",
        "iphone",
        "Ontvangen, kijk ik maandag naar.",
        Lab(note="looking at it on Monday is not a promise to pay"),
    ),
    Reply(
        "other-nl-overname",
        "other",
        "nl",
        ("Sophie van Leeuwen", "sophie@brasseriedekade.example"),
        "2032-06-22 14:40 +0200",
        "thunderbird",
        txt("""
            Hallo,

            Even ter informatie: Brasserie De Kade is per 1 juli overgenomen door Horeca Holding Zuid BV. De contactpersonen en het adres blijven voorlopig hetzelfde, de nieuwe bedrijfsgegevens (KvK en btw-nummer) sturen we jullie nog.

            Groet,
            Sophie van Leeuwen
        """),
        Lab(note="change of owner announced; same contacts, no new address"),
    ),
    Reply(
        "other-it-trasloco",
        "other",
        "it",
        ("Studio Dentistico Marini", "segreteria@studiomarini.example"),
        "2032-07-14 10:20 +0200",
        "outlook",
        txt("""
            Buongiorno,

            vi segnaliamo che dal 19 luglio lo studio si trasferisce in Via Roma 45, Bologna. Telefono ed e-mail restano invariati.

            Cordiali saluti
            La Segreteria
        """),
        Lab(note="change of postal address only"),
        charset="iso-8859-1",
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


# ---------------------------------------------------------------------------------------------
# Bounces: generated machine parts, hand-written human-readable parts
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    inv: str
    amt: str
    build: str
    lag: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The Date: of the report, in the reporting server's zone."""
        return parse_when(self.when)

    @property
    def sent(self) -> datetime:
        """When the reminder left Stonebridge (UK time)."""
        return (self.dt - timedelta(minutes=self.lag)).astimezone(UK)

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]

    def reminder(self) -> Reminder:
        """The reminder that could not be delivered."""
        cur = "GBP" if self.rlang == "en" else "EUR"
        return reminder_for(self.key, self.rlang, self.inv, self.amt, cur, "", self.sent, "utf-8")

    def original(self) -> Message:
        """The reminder exactly as it left Stonebridge's server."""
        rem = self.reminder()
        msg = text_part(rem.text + "\n", "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encoded_header(rem.subject, "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = rem.msgid
        mime_headers_last(msg)
        return msg

    def original_headers(self) -> str:
        """The returned header block, with the trace lines a server adds."""
        trace = (
            f"Return-Path: <{AR_ADDR}>\n"
            f"Received: from app01.stonebridge-drains.example (app01.stonebridge-drains.example [192.0.2.17])\n"
            f"\tby mx1.stonebridge-drains.example (Postfix) with ESMTPS id 4X{b32(self.key, 'queue', 10)}\n"
            f"\tfor <{self.rcpt}>; {format_datetime(self.sent)}\n"
        )
        return trace + "".join(f"{name}: {value}\n" for name, value in self.original().items())


def delivery_status(
    b: Bounce, mta: str, action: str, diagnostic: str, remote: str | None = None
) -> Message:
    """The machine-readable message/delivery-status part (RFC 3464)."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        fields.append(f"Remote-MTA: dns; {remote}")
    fields += [
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [
            message_from_string(per_message),
            message_from_string("\n".join(fields) + "\n"),
        ]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers with the undelivered reminder's header block."""
    return text_part(b.original_headers(), "rfc822-headers", "us-ascii", "7bit")


def returned_message(b: Bounce) -> Message:
    """message/rfc822 with the whole undelivered reminder."""
    part = Message()
    part["Content-Type"] = "message/rfc822"
    part.attach(b.original())
    return part


def report(parts: list[Message]) -> Message:
    """multipart/report; report-type=delivery-status."""
    return multipart("report", parts, report_type="delivery-status")


def human(text: str, charset: str = "utf-8", cte: str = "qp", markup: bool = False) -> Message:
    """The human-readable part of a report, optionally with an HTML alternative."""
    plain = text_part(text + "\n", "plain", charset, cte)
    if not markup:
        return plain
    paragraphs = "\n".join(
        "<p>" + "<br>\n".join(esc(line) for line in para.split("\n")) + "</p>"
        for para in text.split("\n\n")
    )
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n<body style="font-family:Segoe UI,sans-serif;font-size:11pt">\n{paragraphs}\n</body></html>\n'
    return multipart("alternative", [plain, text_part(page, "html", charset, cte)])


def envelope(b: Bounce, msg: Message, sender: str, subject: str, family: str = "") -> Message:
    """Headers every report carries."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">").split(" ")[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 20).lower()}.{digest(b.key, 'n')[0]:03d}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finish(msg, b.key, family or host)


def plain_notice(text: str) -> Message:
    """A report with no MIME structure at all."""
    msg = Message()
    msg.set_payload(text)
    return msg


def bounce_exim_failed(b: Bounce) -> Message:
    """Exim, permanent failure, plain text with the whole message appended."""
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx.{b.domain} [203.0.113.71]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: mailbox unavailable\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"{b.original_headers()}\n{cast(str, b.original().get_payload())}"
    )
    return envelope(
        b,
        plain_notice(text),
        "Mail Delivery System <Mailer-Daemon@mx2.stonebridge-drains.example>",
        "Mail delivery failed: returning message to sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail-send: the domain no longer exists."""
    text = (
        "Hi. This is the qmail-send program at mail.relayhost-uk.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {b.domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"{b.original_headers()}\n{cast(str, b.original().get_payload())}"
    )
    return envelope(
        b,
        plain_notice(text),
        "MAILER-DAEMON@mail.relayhost-uk.example",
        "failure notice",
    )


def bounce_postfix_delay(b: Bounce) -> Message:
    """Postfix delay warning as an RFC 3464 report with the returned headers."""
    remote = f"mx.{b.domain}"
    text = (
        "This is the mail system at host mx1.stonebridge-drains.example.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 2 day(s) old.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: connect to {remote}[198.51.100.140]:25: Connection timed out"
    )
    parts = [
        human(text, "us-ascii", "7bit"),
        delivery_status(
            b,
            "mx1.stonebridge-drains.example",
            "delayed",
            f"X-Postfix; connect to {remote}[198.51.100.140]:25: Connection timed out",
        ),
        returned_headers(b),
    ]
    return envelope(
        b,
        report(parts),
        "MAILER-DAEMON@mx1.stonebridge-drains.example (Mail Delivery System)",
        "Delayed Mail (still being retried)",
    )


def bounce_o365_de(b: Bounce) -> Message:
    """Exchange Online in German: recipient not found."""
    server = "FR4P281MB3317.DEUP281.PROD.OUTLOOK.COM"
    text = (
        f"Ihre Nachricht konnte nicht an {b.rcpt} zugestellt werden.\n\n"
        f"Die E-Mail-Adresse {b.rcpt} wurde im Zielsystem nicht gefunden. Prüfen Sie die Schreibweise und senden Sie die Nachricht erneut. "
        "Wenn das nicht hilft, fragen Sie den Empfänger auf anderem Weg, zum Beispiel telefonisch, nach seiner aktuellen Adresse.\n\n"
        "Informationen für E-Mail-Administratoren\n"
        "Fehlercode: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
        f"Meldender Server: {server}"
    )
    parts = [
        human(text, markup=True),
        delivery_status(
            b,
            server,
            "failed",
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        ),
        returned_headers(b),
    ]
    subject = "Unzustellbar: " + b.reminder().subject
    return envelope(
        b,
        report(parts),
        f"Microsoft Outlook <postmaster@{b.domain}>",
        subject,
        "outlook",
    )


def bounce_gmail_de(b: Bounce) -> Message:
    """Gmail delay notice in German: greylisting by the receiving server."""
    text = (
        "Nachricht verzögert\n\n"
        f"Ihre Nachricht an {b.rcpt} wurde noch nicht zugestellt. Weitere Informationen finden Sie unten.\n\n"
        "Gmail versucht in den nächsten 45 Stunden weiter, die Nachricht zuzustellen. Sollte das bis dahin nicht gelingen, erhalten Sie eine weitere Benachrichtigung.\n\n"
        "Der empfangende Server hat die Nachricht vorläufig abgelehnt:\n"
        "421 4.7.0 Greylisted, please try again later"
    )
    parts = [
        human(text, markup=True),
        delivery_status(
            b,
            "googlemail.com",
            "delayed",
            "421 4.7.0 Greylisted, please try again later",
            f"mx01.{b.domain}",
        ),
        returned_headers(b),
    ]
    return envelope(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        "gmail",
    )


def bounce_o365_fr(b: Bounce) -> Message:
    """Exchange Online in French: refused by the recipient organisation's policy."""
    server = "PAYP264MB4410.FRAP264.PROD.OUTLOOK.COM"
    text = (
        f"Votre message n'a pas pu être remis à {b.rcpt}.\n\n"
        "L'organisation du destinataire n'accepte que les messages d'expéditeurs autorisés et a refusé le vôtre. "
        "Contactez le destinataire par un autre moyen, par téléphone par exemple, et demandez-lui de vous ajouter à la liste des expéditeurs autorisés.\n\n"
        "Pour les administrateurs de messagerie\n"
        "Code d'erreur : 550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized\n"
        f"Serveur ayant généré la notification : {server}"
    )
    parts = [
        human(text, markup=True),
        delivery_status(
            b, server, "failed", "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"
        ),
        returned_message(b),
    ]
    subject = "Non remis : " + b.reminder().subject
    return envelope(
        b,
        report(parts),
        f"Microsoft Outlook <postmaster@{b.domain}>",
        subject,
        "outlook",
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French host's delay report: the mailbox is over quota."""
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur smtp-out.hebergement-pro.example.\n\n"
        "Votre message n'a pas encore pu être distribué au destinataire suivant, dont la boîte aux lettres est pleine :\n\n"
        f"    {b.rcpt}\n\n"
        "Le serveur continuera d'essayer de le distribuer pendant 72 heures. Vous n'avez rien à faire pour l'instant ; "
        "si le message ne peut toujours pas être remis passé ce délai, vous recevrez un avis d'échec.\n\n"
        "Le service messagerie"
    )
    parts = [
        human(text),
        delivery_status(
            b,
            "smtp-out.hebergement-pro.example",
            "delayed",
            "452 4.2.2 Mailbox full, quota exceeded",
            f"mail.{b.domain}",
        ),
        returned_headers(b),
    ]
    return envelope(
        b,
        report(parts),
        "MAILER-DAEMON@smtp-out.hebergement-pro.example",
        "Avis de retard de distribution",
    )


def bounce_provider_es(b: Bounce) -> Message:
    """A Spanish host's failure report: unknown user."""
    text = (
        "Este es un mensaje generado automáticamente por el servidor de correo.\n\n"
        "No ha sido posible entregar su mensaje al siguiente destinatario. El error es permanente y no se realizarán más intentos:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: la dirección de correo no existe en el servidor de destino.\n"
        f"Respuesta del servidor remoto: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown\n\n"
        "Se adjuntan las cabeceras del mensaje original."
    )
    parts = [
        human(text, "iso-8859-1", "qp"),
        delivery_status(
            b,
            "correo.servidoreshispania.example",
            "failed",
            f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown",
            f"mx.{b.domain}",
        ),
        returned_headers(b),
    ]
    sender = "Servicio de entrega de correo <mailer-daemon@correo.servidoreshispania.example>"
    return envelope(b, report(parts), sender, "Notificación de estado de entrega (fallo)")


def bounce_o365_es(b: Bounce) -> Message:
    """Exchange Online in Spanish: the recipient's mailbox is full (5.2.2)."""
    server = "MAD1P192MB0318.EURP192.PROD.OUTLOOK.COM"
    text = (
        f"Su mensaje no se pudo entregar a {b.rcpt} porque el buzón del destinatario está lleno.\n\n"
        "Vuelva a intentarlo más tarde o avise al destinatario por otra vía para que libere espacio en su buzón.\n\n"
        "Para administradores de correo electrónico\n"
        "Código de error: 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\n"
        f"Servidor que generó el aviso: {server}"
    )
    parts = [
        human(text, markup=True),
        delivery_status(
            b,
            server,
            "failed",
            "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
        ),
        returned_headers(b),
    ]
    subject = "No se puede entregar: " + b.reminder().subject
    return envelope(
        b,
        report(parts),
        f"Microsoft Outlook <postmaster@{b.domain}>",
        subject,
        "outlook",
    )


def bounce_provider_nl(b: Bounce) -> Message:
    """A Dutch host, plain text without MIME: the domain is gone."""
    text = (
        "Dit is een automatisch bericht van de mailserver mailrelay.webhosting-nl.example.\n\n"
        "Uw bericht kon niet worden afgeleverd bij de onderstaande ontvanger. Dit is een permanente fout;\n"
        "de server doet geen nieuwe pogingen.\n\n"
        f"<{b.rcpt}>: het domein {b.domain} bestaat niet (meer).\n"
        "Er is geen mailserver voor dit domein gevonden.\n"
        "Status: 5.4.4 (Host or domain name not found)\n\n"
        "Hieronder staan de kopregels van uw oorspronkelijke bericht.\n\n"
        f"{b.original_headers()}"
    )
    return envelope(
        b,
        plain_notice(text),
        "Mail Delivery System <MAILER-DAEMON@mailrelay.webhosting-nl.example>",
        "Onbestelbaar bericht",
    )


def bounce_o365_it(b: Bounce) -> Message:
    """Exchange Online in Italian: delivery delayed."""
    server = "VI1PR09MB5521.eurprd09.prod.outlook.com"
    rem = b.reminder()
    text = (
        "La consegna ai destinatari seguenti non è ancora riuscita:\n\n"
        f"    {b.rcpt}\n\n"
        f"Oggetto: {rem.subject}\n\n"
        "Il messaggio è ancora in coda. Il server continuerà a tentare la consegna per le prossime 44 ore e ti avviserà se non sarà possibile consegnarlo. Non è necessario fare nulla.\n\n"
        "Informazioni di diagnostica per gli amministratori:\n"
        f"Server che ha generato il messaggio: {server}\n"
        "Errore restituito dal server remoto: 451 4.4.7 Message delayed"
    )
    parts = [
        human(text, markup=True),
        delivery_status(b, server, "delayed", "451 4.4.7 Message delayed", f"mail.{b.domain}"),
        returned_headers(b),
    ]
    return envelope(
        b,
        report(parts),
        f"Microsoft Outlook <postmaster@{AR_DOMAIN}>",
        "Recapito ritardato: " + rem.subject,
        "outlook",
    )


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian host, single-part Latin-1 notice: the remote server times out."""
    rem = b.reminder()
    text = (
        "Questo è un messaggio automatico del server di posta mta.hostingpiu.example.\n\n"
        "Il messaggio che hai inviato non è stato ancora consegnato al destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: il server di destinazione non risponde (connessione scaduta).\n"
        "Codice: 4.4.1\n\n"
        "Il server ritenterà la consegna per altri 4 giorni. Non è necessario inviare di nuovo il messaggio: riceverai un nuovo avviso solo se la consegna non andrà a buon fine.\n\n"
        f"Oggetto del messaggio: {latin1(rem.subject)}\n"
        f"Data di invio: {format_datetime(b.sent.astimezone(CET))}"
    )
    return envelope(
        b,
        text_part(text + "\n", "plain", "iso-8859-1", "qp"),
        "Sistema di consegna posta <postmaster@mta.hostingpiu.example>",
        "Avviso: messaggio non ancora consegnato",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "exim_failed": bounce_exim_failed,
    "qmail": bounce_qmail,
    "postfix_delay": bounce_postfix_delay,
    "o365_de": bounce_o365_de,
    "gmail_de": bounce_gmail_de,
    "o365_fr": bounce_o365_fr,
    "provider_fr": bounce_provider_fr,
    "provider_es": bounce_provider_es,
    "o365_es": bounce_o365_es,
    "provider_nl": bounce_provider_nl,
    "o365_it": bounce_o365_it,
    "provider_it": bounce_provider_it,
}

BOUNCES = [
    Bounce(
        "bounce-en-exim-unknown",
        "en",
        "hard",
        "5.1.1",
        "accounts@thegreyhoundwhitby.example",
        "2032-06-21 08:33 +0100",
        "en",
        "30403",
        "612.00",
        "exim_failed",
        note="Exim, plain text without MIME, whole message appended",
    ),
    Bounce(
        "bounce-en-qmail-domain",
        "en",
        "hard",
        "5.1.2",
        "office@hallamparkschool.example",
        "2032-06-29 08:36 +0100",
        "en",
        "30435",
        "1392.00",
        "qmail",
        note="qmail, domain no longer exists",
    ),
    Bounce(
        "bounce-en-postfix-delay",
        "en",
        "soft",
        "4.4.1",
        "accounts@thelanternrooms.example",
        "2032-07-05 12:37 +0100",
        "en",
        "30452",
        "744.00",
        "postfix_delay",
        lag=245,
        note="Postfix delay warning with text/rfc822-headers",
    ),
    Bounce(
        "bounce-de-o365-unknown",
        "de",
        "hard",
        "5.1.10",
        "rechnungen@wg-lindenhof.example",
        "2032-06-23 09:36 +0200",
        "de",
        "30429",
        "1740.00",
        "o365_de",
        note="Exchange Online 'Unzustellbar'",
    ),
    Bounce(
        "bounce-de-gmail-greylist",
        "de",
        "soft",
        "4.7.0",
        "buero@weinstube-kessler.example",
        "2032-07-08 13:40 +0200",
        "de",
        "30481",
        "590.00",
        "gmail_de",
        lag=250,
        note="Gmail delay notice in German: greylisting, a policy deferral",
    ),
    Bounce(
        "bounce-fr-o365-policy",
        "fr",
        "hard",
        "5.7.1",
        "comptabilite@mairie-plouvenec.example",
        "2032-07-01 09:33 +0200",
        "fr",
        "30465",
        "2290.00",
        "o365_fr",
        note="Exchange Online 'Non remis', refused by policy; whole message returned",
    ),
    Bounce(
        "bounce-fr-provider-full",
        "fr",
        "soft",
        "4.2.2",
        "contact@creperie-tybreizh.example",
        "2032-07-12 14:35 +0200",
        "fr",
        "30489",
        "415.00",
        "provider_fr",
        lag=302,
        note="French host, delayed because the mailbox is full",
    ),
    Bounce(
        "bounce-es-provider-unknown",
        "es",
        "hard",
        "5.1.1",
        "pedidos@asadorelroble.example",
        "2032-06-25 09:34 +0200",
        "es",
        "30441",
        "968.00",
        "provider_es",
        note="Spanish host DSN with the human part in ISO-8859-1",
    ),
    Bounce(
        "bounce-es-o365-full",
        "es",
        "soft",
        "5.2.2",
        "administracion@colegiolosalamos.example",
        "2032-07-06 09:38 +0200",
        "es",
        "30473",
        "1365.00",
        "o365_es",
        note="mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        "bounce-nl-provider-domain",
        "nl",
        "hard",
        "5.4.4",
        "info@eetcafedesluis.example",
        "2032-07-14 09:36 +0200",
        "nl",
        "30494",
        "780.00",
        "provider_nl",
        note="Dutch host, plain text without MIME, domain gone",
    ),
    Bounce(
        "bounce-it-o365-delay",
        "it",
        "soft",
        "4.4.7",
        "amministrazione@hotelsanmarco-lido.example",
        "2032-07-09 13:40 +0200",
        "it",
        "30484",
        "3105.00",
        "o365_it",
        lag=245,
        note="Exchange Online 'Recapito ritardato'",
    ),
    Bounce(
        "bounce-it-provider-timeout",
        "it",
        "soft",
        "4.4.1",
        "info@osteriadelponte-verona.example",
        "2032-07-15 17:40 +0200",
        "it",
        "30499",
        "1120.00",
        "provider_it",
        lag=485,
        note="Italian host, single-part Latin-1 delay notice",
    ),
]


# ---------------------------------------------------------------------------------------------
# Labels, numbering, checks and output
# ---------------------------------------------------------------------------------------------


def normalise_ref(ref: str) -> str:
    """`30417`, `SDS30417` or `sds-30417` → `SDS 30417`."""
    digits = re.sub(r"\D", "", ref)
    return f"SDS {digits}"


def invoice_numbers() -> dict[str, str]:
    """Each reply's reminder invoice: the one written in the spec, or the next free number."""
    used = {r.inv for r in REPLIES if r.inv} | {b.inv for b in BOUNCES}
    for r in REPLIES:
        used |= {normalise_ref(x).split()[1] for x in r.lab.refs}
    numbers: dict[str, str] = {}
    candidate = 30400
    for r in REPLIES:
        if r.inv:
            numbers[r.key] = r.inv
            continue
        while str(candidate) in used:
            candidate += 1
        numbers[r.key] = str(candidate)
        used.add(str(candidate))
    return numbers


def reply_amount(r: Reply) -> str:
    """The amount on the reminder this reply answers."""
    if r.amt:
        return r.amt
    return pick(r.key, "amount", GBP_AMOUNTS if r.currency == "GBP" else EUR_AMOUNTS)


def reply_label(r: Reply) -> dict[str, object]:
    """The labels of one reply, in the order of LABEL_KEYS (without `file`)."""
    return {
        "intent": r.intent,
        "promised_date": r.lab.promised,
        "paid_date": r.lab.paid,
        "return_date": r.lab.back,
        "payment_reference": r.lab.ref,
        "amount": r.lab.amount,
        "currency": r.lab.cur,
        "new_contact": r.lab.contact,
        "bounce_kind": None,
        "failed_recipient": None,
        "bounce_status": None,
        "invoice_refs": sorted(normalise_ref(x) for x in r.lab.refs),
        "language": r.lang,
        "note": r.lab.note,
    }


def bounce_label(b: Bounce) -> dict[str, object]:
    """The labels of one delivery report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS[2:12]))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def check_spec(r: Reply) -> None:
    """What the hand-written text and its labels must agree on."""
    local = r.dt.date()
    problems: list[str] = []
    if not FIRST_DAY <= local <= LAST_DAY:
        problems.append(f"date {local} out of range")
    expected = UK if r.lang == "en" and not r.abroad else CET
    if r.dt.utcoffset() != expected.utcoffset(None):
        problems.append("wrong UTC offset for the sender")
    lowered = r.body.lower()
    for ref in r.lab.refs:
        if normalise_ref(ref).split()[1] not in r.body:
            problems.append(f"invoice {ref} not in the text")
    if r.lab.contact and r.lab.contact not in lowered:
        problems.append("new contact not in the text")
    if r.lab.contact and r.lab.contact != r.lab.contact.lower():
        problems.append("new contact not lower case")
    if r.lab.ref and r.lab.ref not in r.body:
        problems.append("payment reference not in the text")
    for field, value in (("promised", r.lab.promised), ("back", r.lab.back)):
        if value and date.fromisoformat(value) < local:
            problems.append(f"{field} date before the message")
    if r.lab.paid and date.fromisoformat(r.lab.paid) > local:
        problems.append("paid date after the message")
    if problems:
        raise SystemExit(f"{r.key}: " + "; ".join(problems))


def check_labels(labels: list[dict[str, object]]) -> None:
    """Shape of every label and the counts the corpus promises."""
    iso = re.compile(r"\d{4}-\d{2}-\d{2}$")
    for label in labels:
        where = str(label["file"])
        if tuple(label) != LABEL_KEYS:
            raise SystemExit(f"{where}: label keys out of order")
        intent = str(label["intent"])
        if intent not in INTENTS or label["language"] not in LANGS:
            raise SystemExit(f"{where}: unknown intent or language")
        for field, owners in FIELD_OWNERS.items():
            if label[field] is not None and intent not in owners:
                raise SystemExit(f"{where}: {field} filled for {intent}")
        if intent == "bounce" and None in (
            label["bounce_kind"],
            label["failed_recipient"],
            label["bounce_status"],
        ):
            raise SystemExit(f"{where}: bounce fields missing")
        if intent == "bounce" and label["bounce_kind"] not in {"hard", "soft"}:
            raise SystemExit(f"{where}: bad bounce kind")
        for field in ("promised_date", "paid_date", "return_date"):
            value = label[field]
            if value is not None and not (isinstance(value, str) and iso.match(value)):
                raise SystemExit(f"{where}: {field} is not an ISO date")
        amount, currency = label["amount"], label["currency"]
        if (amount is None) != (currency is None):
            raise SystemExit(f"{where}: amount and currency go together")
        if amount is not None and not (
            isinstance(amount, str) and re.fullmatch(r"\d+\.\d{2}", amount)
        ):
            raise SystemExit(f"{where}: amount must be a decimal string")
        if currency is not None and currency not in {"GBP", "EUR"}:
            raise SystemExit(f"{where}: unexpected currency")
        refs = label["invoice_refs"]
        if not isinstance(refs, list) or not all(
            isinstance(x, str) and re.fullmatch(r"SDS \d{5}", x) for x in refs
        ):
            raise SystemExit(f"{where}: invoice_refs malformed")
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    if any(intents[i] != 12 for i in INTENTS) or dict(langs) != LANG_TOTALS:
        raise SystemExit(f"counts wrong: {dict(intents)} {dict(langs)}")
    if any(cells[i, lang] == 0 for i in INTENTS for lang in LANGS):
        raise SystemExit("some intent has no message in some language")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter(hard=6, soft=6):
        raise SystemExit(f"bounce kinds: {dict(kinds)}")


def header_ok(msg: EmailMessage, name: str) -> bool:
    """The header is present, decoded cleanly and has no leftover encoded words."""
    value = msg[name]
    if value is None:
        return False
    text = str(value)
    return "=?" not in text and not getattr(value, "defects", ())


def check_message(name: str, data: bytes, threaded: bool) -> dict[str, int]:
    """Parse a written file back and insist that everything decodes without defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if not header_ok(msg, header):
            raise SystemExit(f"{name}: {header} missing or badly encoded")
    if threaded and msg["In-Reply-To"] is None:
        raise SystemExit(f"{name}: reply without In-Reply-To")
    if any(len(line) > 998 for line in data.split(b"\n")):
        raise SystemExit(f"{name}: line longer than 998 octets")
    seen: Counter[str] = Counter()
    status_blocks: set[int] = set()
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: {part.get_content_type()} defects {part.defects}")
        if id(part) in status_blocks:
            continue  # the header blocks inside message/delivery-status are not text parts
        seen[part.get_content_type()] += 1
        if part.get_content_type() == "message/delivery-status":
            status_blocks.update(id(block) for block in cast(list[Message], part.get_payload()))
        elif part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            content = part.get_content()
            if not isinstance(content, str) or not content.strip() or "\ufffd" in content:
                raise SystemExit(f"{name}: {part.get_content_type()} does not decode")
    return dict(seen)


def file_order(keys: list[str]) -> list[str]:
    """Shuffle by a seeded hash of each key, so a file name says nothing about the label."""
    return sorted(keys, key=lambda key: hashlib.sha256(f"{SEED}:{key}".encode()).hexdigest())


def all_messages() -> Iterator[tuple[str, Message, dict[str, object], bool]]:
    """Every message with its key, its labels and whether it must be threaded."""
    numbers = invoice_numbers()
    for r in REPLIES:
        check_spec(r)
        yield (
            r.key,
            build_reply(r, numbers[r.key], reply_amount(r)),
            reply_label(r),
            r.threaded,
        )
    for b in BOUNCES:
        yield b.key, BOUNCE_BUILDERS[b.build](b), bounce_label(b), False


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table, in Markdown."""
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


def write_all() -> tuple[list[dict[str, object]], Counter[str]]:
    """Write every .eml file and labels.jsonl next to this script."""
    items = {key: (msg, label, threaded) for key, msg, label, threaded in all_messages()}
    if len(items) != len(REPLIES) + len(BOUNCES):
        raise SystemExit("duplicate keys")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    parts: Counter[str] = Counter()
    for number, key in enumerate(file_order(list(items)), start=1):
        msg, label, threaded = items[key]
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes()
        parts.update(check_message(name, data, threaded))
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    check_labels(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, parts


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels, parts = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(
        f"\n{len(labels)} messages written to {HERE.name}/; bounces {dict(sorted(kinds.items()))}"
    )
    print("parts: " + ", ".join(f"{k} {v}" for k, v in sorted(parts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
