# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes and quotes people and their clients really type.
"""Build the ninth held-out reply corpus: `h9-NNN.eml` files and `labels.jsonl`.

Every reply answers an overdue-invoice reminder from the accounts-receivable team of Trestle &
Lantern Event Hire, a company that rents out event furniture, lighting and marquee fittings. The
new text of each message is written by hand below; this script only adds what a mail client or a
mail server would add (the quoted reminder in the client's layout and language, headers, MIME
structure, charsets and transfer encodings). Run it from anywhere: it writes next to itself,
deterministically.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SEED = 20261109
PREFIX = "h9"
AR_NAME = "Accounts Receivable"
AR_ADDR = "receivables@trestle-lantern.example"
AR_DOMAIN = "trestle-lantern.example"
DEFAULT_INV = "TL-26-04417"
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
KEY_INTENT = {
    "ps": "payment_sent",
    "pp": "promise_to_pay",
    "d": "dispute",
    "pl": "payment_plan",
    "ir": "invoice_request",
    "wc": "wrong_contact",
    "un": "unsubscribe",
    "ar": "auto_reply",
    "ot": "other",
}
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

# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

WEEKDAYS_LONG = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_SHORT = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun mar mer jeu ven sam dim",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS_LONG = {
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

GMAIL_ATTR = {
    "en": "On {wds}, {mons} {d}, {y} at {h12}:{mm} {ampm} {name} <{addr}> wrote:",
    "de": "Am {wds}., {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds}. {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
# separator, From, Sent, To, Subject, label/value separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
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
# Samsung Email: signature, then a dashed header block with From / Date / To / Subject.
SAMSUNG_SIG = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
SAMSUNG_LABELS = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject"),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff"),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet"),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto"),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp"),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto"),
}
REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Trestle & Lantern",
    "de": "Überfällige Rechnung {inv} – Trestle & Lantern",
    "fr": "Facture échue {inv} – Trestle & Lantern",
    "es": "Factura pendiente de pago {inv} – Trestle & Lantern",
    "nl": "Openstaande factuur {inv} – Trestle & Lantern",
    "it": "Fattura insoluta {inv} – Trestle & Lantern",
}
# Paragraphs: 0 greeting, 1 opening, 2 invoice table, 3 what to do, 4 thanks, 5 signature.
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We're writing about an invoice that has passed its due date and is still showing as unpaid on your account with us.\n\n"
        "    Invoice no.     {inv}\n    Invoice date    09/10/2026\n    Due date        08/11/2026\n    Open balance    {amt}\n\n"
        "Payments sometimes cross with these emails – if yours is already on its way, just tell us the date it was sent and we'll match it up. If anything about the hire or the invoice looks wrong, reply to this message and someone from the accounts team will pick it up.\n\n"
        "Many thanks,\n\n"
        "Accounts Receivable\nTrestle & Lantern Event Hire Ltd\nUnit 9, Ropewalk Yard, Bristol\nreceivables@trestle-lantern.example · 0117 496 0734"
    ),
    "de": (
        "Guten Tag,\n\n"
        "bei der Durchsicht Ihres Kundenkontos ist uns aufgefallen, dass die folgende Rechnung trotz überschrittenem Zahlungsziel noch offen ist.\n\n"
        "    Rechnungsnr.      {inv}\n    Rechnungsdatum    09.10.2026\n    Zahlungsziel      08.11.2026\n    Offener Betrag    {amt}\n\n"
        "Falls sich Ihre Zahlung mit dieser Nachricht überschnitten hat, nennen Sie uns bitte kurz das Überweisungsdatum, damit wir den Eingang zuordnen können. Stimmt an der Miete oder an der Rechnung etwas nicht, antworten Sie einfach auf diese E-Mail – unser Team kümmert sich darum.\n\n"
        "Vielen Dank und freundliche Grüße\n\n"
        "Accounts Receivable\nTrestle & Lantern Event Hire Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous revenons vers vous au sujet d'une facture dont l'échéance est dépassée et qui apparaît toujours comme non réglée sur votre compte client.\n\n"
        "    N° de facture      {inv}\n    Date de facture    09/10/2026\n    Échéance           08/11/2026\n    Solde dû           {amt}\n\n"
        "Si votre paiement a croisé ce message, indiquez-nous simplement sa date afin que nous puissions le rapprocher. Une question sur la location ou sur la facture ? Répondez à ce courriel, notre équipe comptable s'en occupera.\n\n"
        "Merci d'avance et bonne journée,\n\n"
        "Accounts Receivable\nTrestle & Lantern Event Hire Ltd"
    ),
    "es": (
        "Hola:\n\n"
        "Le escribimos en relación con una factura cuyo plazo de pago ya ha vencido y que sigue figurando como pendiente en su cuenta.\n\n"
        "    N.º de factura       {inv}\n    Fecha de factura     09/10/2026\n    Vencimiento          08/11/2026\n    Importe pendiente    {amt}\n\n"
        "Si el pago se ha cruzado con este aviso, díganos la fecha en que lo realizó y lo conciliaremos. Si algo del alquiler o de la factura no le cuadra, conteste a este correo y el equipo de cuentas lo revisará.\n\n"
        "Muchas gracias y un saludo,\n\n"
        "Accounts Receivable\nTrestle & Lantern Event Hire Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij nemen contact met u op over een factuur waarvan de betaaltermijn is verstreken en die in onze administratie nog als onbetaald staat.\n\n"
        "    Factuurnummer    {inv}\n    Factuurdatum     09-10-2026\n    Vervaldatum      08-11-2026\n    Openstaand       {amt}\n\n"
        "Is uw betaling al onderweg? Laat ons dan weten op welke datum u heeft betaald, zodat wij de ontvangst kunnen koppelen. Klopt er iets niet aan de huur of aan de factuur, reageer dan op deze e-mail; iemand van de debiteurenadministratie pakt het op.\n\n"
        "Alvast bedankt en met vriendelijke groet,\n\n"
        "Accounts Receivable\nTrestle & Lantern Event Hire Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "vi scriviamo a proposito di una fattura il cui termine di pagamento è trascorso e che risulta ancora aperta sul vostro conto cliente.\n\n"
        "    Fattura n.         {inv}\n    Data fattura       09/10/2026\n    Scadenza           08/11/2026\n    Importo residuo    {amt}\n\n"
        "Se il pagamento si è incrociato con questa comunicazione, indicateci la data del versamento e provvederemo all'abbinamento. Se qualcosa nel noleggio o nella fattura non vi torna, rispondete a questa e-mail e il nostro ufficio contabilità se ne occuperà.\n\n"
        "Grazie e buona giornata,\n\n"
        "Accounts Receivable\nTrestle & Lantern Event Hire Ltd"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£2,316.00",
    "de": "1.874,50 €",
    "fr": "2 145,00 €",
    "es": "1.395,80 €",
    "nl": "€ 3.120,00",
    "it": "€ 1.762,40",
}
LATIN1_CHARSETS = {"iso-8859-1", "us-ascii-lie"}
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "..."}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written reply: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    rlang: str = ""
    loc: str = ""
    inv: str = DEFAULT_INV
    amt: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    thread: bool = True

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        return self.loc or self.lang

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


def lab(
    refs: tuple[str, ...] = (),
    note: str | None = None,
    **fields: str | None,
) -> dict[str, object]:
    """Label fields beyond intent and language (`refs` are the invoice numbers in the new text)."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


def rp(  # noqa: PLR0917 - the six fields every reply spells out, in reading order
    key: str,
    who: tuple[str, str],
    when: str,
    style: str,
    body: str,
    labels: Mapping[str, object] | None = None,
    **kw: Any,
) -> Reply:
    """A reply whose intent and language come from its key, e.g. `pp-fr-2`."""
    prefix, lang, _ = key.split("-")
    return Reply(key, KEY_INTENT[prefix], lang, who, when, style, body, labels or lab(), **kw)


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wds": WEEKDAYS_SHORT[loc].split()[wd],
        "wdl": WEEKDAYS_LONG[loc].split()[wd],
        "mons": MONTHS_SHORT[loc].split()[mo],
        "monl": MONTHS_LONG[loc].split()[mo],
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


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def reminder_time(reply: datetime, days_before: int = 1) -> datetime:
    """The reminder went out on a working day before the reply, early in the morning."""
    day = reply - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=7, minute=31 + day.day % 11, second=48)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"h9:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    return f"<ar.{b32(key, 'reminder', 18).lower()}@mailer.{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in {"gmail", "gmail_plain", "bottom"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:40]
        return f"<CA+{tail}@mail.gmail.com>"
    if style.startswith(("outlook", "owa", "android", "html_only")):
        return f"<{b32(key, 'ms', 28)}@{b32(key, 'host', 8)}.EURPRD05.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone", "iphone_html"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "samsung":
        return f"<{raw.hex()[:8]}.{raw.hex()[8:14]}@email.android.com>"
    return f"<{raw.hex()[:24]}@{domain}>"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def mso_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def gmt_offset(dt: datetime) -> str:
    offset = dt.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"GMT{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A fresh Charset with the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}[
        cte
    ]  # 0: no encoding
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    if charset == "us-ascii-lie":  # an old client that labels 8-bit Latin-1 as us-ascii
        part = MIMENonMultipart("text", subtype, charset="us-ascii")
        part.set_payload(text.encode("iso-8859-1").decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = "8bit"
        return part
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """The header value as a mail client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    enc = "iso-8859-1" if charset in LATIN1_CHARSETS else charset
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
    enc = "utf-8" if charset == "utf-8" else "iso-8859-1"
    return f"{Header(name, enc).encode()} <{addr}>"


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(r: Reply) -> str:
    amt = r.amt or DEFAULT_AMOUNT[r.reminder_lang]
    text = REMINDER_BODY[r.reminder_lang].format(inv=r.inv, amt=amt)
    return latin1_safe(text) if r.charset in LATIN1_CHARSETS else text


def original_reminder(lang: str, to: str, when: datetime, key: str) -> Message:
    """The reminder as Trestle & Lantern sent it (returned inside bounces)."""
    text = REMINDER_BODY[lang].format(inv=DEFAULT_INV, amt=DEFAULT_AMOUNT[lang])
    msg = text_part(text, "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = header_text(reminder_subject(lang, DEFAULT_INV), "utf-8")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = reminder_msgid(key)
    msg["X-Mailer"] = "dunmail"
    content_headers_last(msg)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """What the reply quotes: the reminder, seen from the replying client."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    subject = reminder_subject(r.reminder_lang, r.inv)
    if r.charset in LATIN1_CHARSETS:
        subject = latin1_safe(subject)
    to = formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>"
    return Quote(reminder_text(r), subject, reminder_time(r.dt), r.client_lang, to)


def outlook_block(q: Quote) -> list[str]:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(OUTLOOK_SENT[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def alternative(r: Reply, text: str, markup: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
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
    lang_tag = {"en": "EN-GB"}.get(r.lang, f"{r.lang.upper()}")
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=' + r.charset + '">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;} --></style>\n'
        f'</head>\n<body lang="{lang_tag}" link="#467886" vlink="#96607D"><div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    block = outlook_block(q)
    text = "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(':', 1)[0])}:</b>{html.escape(line.split(':', 1)[1])}"
        for line in block
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + r.charset
        + '">'
        '</head><body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt;">'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div></div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body></html>\n"
    )
    return alternative(r, text, markup)


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(r, text, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def style_bottom(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{gmail_attr(q)}\n\n{quote_lines(q.text)}\n\n{r.body}\n", "plain", r.charset, r.cte
    )


def style_apple(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def iphone_text(r: Reply, q: Quote) -> str:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n"


def style_iphone(r: Reply, q: Quote) -> Message:
    return text_part(iphone_text(r, q), "plain", r.charset, r.cte)


def style_iphone_html(r: Reply, q: Quote) -> Message:
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{html_lines(r.body)}</div>'
        f'<div dir="ltr"><br><div dir="ltr">{IPHONE_SIG[q.loc]}</div>'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attr(q))}<br><br>'
        f"{html_paragraphs(q.text)}</blockquote></div></div></body></html>\n"
    )
    return alternative(r, iphone_text(r, q), markup)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte)
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


INLINE_MARK = re.compile(r"\[\[(\d)\]\]")


def style_inline(r: Reply, q: Quote) -> Message:
    """Thunderbird, answering between the quoted paragraphs: a line `[[n]]` quotes paragraph n."""
    paragraphs = q.text.split("\n\n")
    lines = []
    for line in r.body.split("\n"):
        mark = INLINE_MARK.fullmatch(line)
        lines.append(quote_lines(paragraphs[int(mark[1])]) if mark else line)
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    return text_part(attr + "\n" + "\n".join(lines) + "\n", "plain", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_samsung(r: Reply, q: Quote) -> Message:
    head, frm, date, to, subj = SAMSUNG_LABELS[q.loc]
    when = fmt("{dd}/{mo}/{y} {HH}:{mm}", q.loc, q.sent) + f" ({gmt_offset(q.sent)})"
    block = f"{head}\n{frm}: {AR_NAME} <{AR_ADDR}> \n{date}: {when} \n{to}: {q.to} \n{subj}: {q.subject} \n"
    text = f"{r.body}\n\n\n\n{SAMSUNG_SIG[q.loc]}\n\n\n{block}\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "bottom": style_bottom,
    "apple": style_apple,
    "iphone": style_iphone,
    "iphone_html": style_iphone_html,
    "thunderbird": style_thunderbird,
    "inline": style_inline,
    "android": style_android,
    "samsung": style_samsung,
    "none": style_none,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android"}
THUNDERBIRD_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (("User-Agent", THUNDERBIRD_UA),),
    "inline": (("User-Agent", THUNDERBIRD_UA),),
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
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


BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone_html": "Apple-Mail-",
    "samsung": "--_com.samsung.android.email_",
}


def strip_part_versions(part: Message, root: bool = True) -> None:
    """Only the top of a message (or of a returned message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    subparts = (
        [p for p in part.get_payload() if isinstance(p, Message)] if part.is_multipart() else []
    )
    for sub in subparts:
        strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries, shaped like the client's own."""
    prefix = BOUNDARY_PREFIX.get(style, "_000_" if style in OUTLOOK_FAMILY else "------------")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 24))


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
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, r.style, r.who[1])
    if r.thread:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = address(*parseaddr(value), r.charset) if name == "Cc" else value
    return finalize(msg, r.key, r.style)


# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
AUTO_GEN = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
XAUTO = ("X-Autoreply", "yes")
BULK = ("Precedence", "bulk")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"3 0 obj<</Producer(h9 corpus placeholder)>>endobj\n"
    b"trailer<</Root 1 0 R/Info 3 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    rp(
        "ps-en-1",
        ("Emeka Okafor", "e.okafor@homemail.example"),
        "2026-11-17 21:14 +0000",
        "gmail",
        "Hello,\n\nSo sorry this slipped – between the wedding, the honeymoon and my mother-in-law's hip operation, November has been a write-off. I've just sent the full £2,316.00 by bank transfer from my Nationwide account, with OKAFOR-WEDDING as the reference so it's easy to spot. That covers invoice 04417, which I think is the only one we had?\n\nThe festoon canopy over the dance floor got more compliments than the food, so please thank your crew.\n\nBest wishes,\nEmeka Okafor",
        lab(
            ("TL-26-04417",),
            paid_date="2026-11-17",
            payment_reference="OKAFOR-WEDDING",
            amount="2316.00",
            currency="GBP",
            note="private customer; 'just sent' is the message date; bare '04417' normalised",
        ),
    ),
    rp(
        "ps-en-2",
        ("Harrowgate CC Accounts Payable", "ap-noreply@harrowgatecc.example"),
        "2026-11-20 16:40 +0000",
        "none",
        "REMITTANCE ADVICE\n\nPayer:           Harrowgate Conference Centre Ltd\nPayee:           Trestle & Lantern Event Hire Ltd\nPayment date:    20/11/2026\nPayment method:  Faster Payments\nPayment ID:      RA-7781204\n\nDocument            Doc. date     Amount\nTL-26-04417         09/10/2026    £2,316.00\nTL-26-04512         16/10/2026    £  684.00\nCredit TL-CN-0088   21/10/2026   -£  120.00\n                                  ---------\nTotal paid                        £2,880.00\n\nThis notice was generated automatically by our accounts payable system. Replies to this address are not read; please send any queries to ap.queries@harrowgatecc.example quoting the payment ID.",
        lab(
            ("TL-26-04417", "TL-26-04512"),
            paid_date="2026-11-20",
            payment_reference="RA-7781204",
            amount="2880.00",
            currency="GBP",
            note="system-generated remittance advice with a PDF, not threaded, Auto-Submitted: auto-generated; the credit note is not an invoice; the queries address is not a new contact",
        ),
        subject="Remittance advice RA-7781204 – Harrowgate Conference Centre Ltd",
        headers=(AUTO_GEN,),
        attach=("RA-7781204.pdf", FAKE_PDF),
        thread=False,
    ),
    rp(
        "ps-en-3",
        ("Fiona Baird", "secretary@strathallanrfc.example"),
        "2026-11-30 18:20 +0000",
        "thunderbird",
        "Hello,\n\nApologies for the silence – our treasurer has been off sick for most of the month and I've only just got hold of the club post.\n\nI can confirm the club paid this on Friday. It went as a cheque (no. 300418), posted first class to your Ropewalk Yard address together with our other November bills. If it still hasn't reached you by Wednesday, let me know and I'll stop the cheque and do a bank transfer instead.\n\nRegards,\nFiona Baird\nHon. Secretary, Strathallan Rugby Football Club",
        lab(
            paid_date="2026-11-27",
            payment_reference="300418",
            note="cheque posted 'on Friday' before Mon 30 Nov; the conditional transfer is not a promise",
        ),
    ),
    rp(
        "ps-de-1",
        ("Sabine Wurm", "s.wurm@lichtblick-events.example"),
        "2026-11-24 10:12 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nIhre Erinnerung hat sich offenbar mit unserer Zahlung überschnitten. Die Rechnung TL-26-04417 über 1.874,50 € wurde am 19.11.2026 per SEPA-Überweisung an Sie angewiesen (End-to-End-Referenz LBEV-20261119-0042).\n\nWir bitten Sie, den Zahlungseingang zu prüfen und das Mahnverfahren für diesen Vorgang einzustellen.\n\nMit freundlichen Grüßen\n\ni. A. Sabine Wurm\nFinanzbuchhaltung\nLichtblick Eventagentur GmbH\nTumblingerstraße 21 · 80337 München",
        lab(
            ("TL-26-04417",),
            paid_date="2026-11-19",
            payment_reference="LBEV-20261119-0042",
            amount="1874.50",
            currency="EUR",
            note="windows-1252 Outlook; 'Mahnverfahren einstellen' asks to stop dunning for this invoice only, not an unsubscribe",
        ),
        charset="windows-1252",
    ),
    rp(
        "ps-de-2",
        ("Reto Kälin", "reto.kaelin@zunftsaal-kaelin.example"),
        "2026-12-02 07:55 +0100",
        "android",
        "Grüezi\n\nD Rechnig isch geschter per E-Banking zahlt worde, CHF 2'480.00. Sorry für d Verspätig, de Chef isch i de Ferie gsi.\n\nGruess\nReto",
        lab(
            paid_date="2026-12-01",
            amount="2480.00",
            currency="CHF",
            note="Swiss German dialect; 'geschter' is the day before the message",
        ),
        amt="CHF 2'480.00",
    ),
    rp(
        "ps-fr-1",
        ("Service Finances – Mairie de Saint-Clair", "finances@mairie-saintclair.example"),
        "2026-11-25 14:05 +0100",
        "owa",
        "Bonjour,\n\nPour information, le mandat de paiement n° 2026-1874 relatif à votre facture TL-26-04417 a été émis le 12 novembre dernier et transmis au comptable public (service de gestion comptable de Vienne).\n\nLa mise en paiement relève désormais de la DGFiP ; il faut compter en général une dizaine de jours entre l'émission du mandat et l'arrivée des fonds sur votre compte.\n\nRestant à votre disposition,\n\nCorinne Vallet\nService Finances\nMairie de Saint-Clair-du-Rhône",
        lab(
            ("TL-26-04417",),
            paid_date="2026-11-12",
            payment_reference="2026-1874",
            note="public body: the payment order was issued and handed to the public accountant, so it is out of the customer's hands",
        ),
    ),
    rp(
        "ps-fr-2",
        ("Manon Delvaux", "manon.delvaux@skynet-mail.example"),
        "2026-11-18 09:30 +0100",
        "gmail",
        "Bonjour,\n\nDésolés, on ne lit pas très bien le néerlandais 😅 mais on a compris l'essentiel : le virement de 2.145 € est parti hier soir depuis notre compte commun. On rentrait à peine de notre voyage de noces.\n\nEncore merci pour la tonnelle et les lampions, c'était magique.\n\nManon & Yassine",
        lab(
            paid_date="2026-11-17",
            amount="2145.00",
            currency="EUR",
            note="Belgian couple answering a Dutch reminder in French",
        ),
        rlang="nl",
        amt="€ 2.145,00",
    ),
    rp(
        "ps-es-1",
        ("Rocío Medina", "rmedina@eventosalhambra.example"),
        "2026-11-23 10:40 +0100",
        "outlook_html",
        "Buenos días:\n\nLes adjunto el justificante de la transferencia que hicimos el viernes 20, por importe de 1.395,80 € y con número de operación 0182-4471-93.\n\nLes ruego que a partir de ahora nos manden las facturas también a administracion@eventosalhambra.example, para que no se nos queden traspapeladas.\n\nUn saludo,\n\nRocío Medina\nAdministración – Eventos Alhambra, S.L.",
        lab(
            paid_date="2026-11-20",
            payment_reference="0182-4471-93",
            amount="1395.80",
            currency="EUR",
            note="payment proof attached; the extra address for future invoices does not make it wrong_contact",
        ),
        attach=("justificante_transferencia.pdf", FAKE_PDF),
    ),
    rp(
        "ps-es-2",
        ("Nacho Brito", "tesoreria.ampa@ceip-lasdunas.example"),
        "2026-12-03 12:17 +0000",
        "iphone",
        "Hola! Eso ya está pagado, lo hizo el lunes mi compañera de tesorería del AMPA. Si no os aparece me decís y lo miro\n\nNacho",
        lab(
            paid_date="2026-11-30",
            note="Canary Islands (+0000); 'el lunes' is past, the Monday before Thu 3 Dec",
        ),
    ),
    rp(
        "ps-nl-1",
        ("Bram van Dijk", "penningmeester@polderpop.example"),
        "2026-11-26 08:10 +0100",
        "thunderbird",
        'Hoi,\n\nVanochtend overgemaakt, in één keer samen met 04488. Totaal € 4.390,00, omschrijving "TL-26-04417 + 04488".\n\nGroet,\nBram van Dijk\npenningmeester Stichting Polderpop',
        lab(
            ("TL-26-04417", "TL-26-04488"),
            paid_date="2026-11-26",
            amount="4390.00",
            currency="EUR",
            note="the payment description is not a bank reference",
        ),
        cte="8bit",
    ),
    rp(
        "ps-nl-2",
        ("Els Verstraeten", "els@zaaldekroon.example"),
        "2026-12-08 09:50 +0100",
        "apple",
        "Beste,\n\nDe betaling werd gisteren uitgevoerd via KBC. U vindt het rekeninguittreksel in bijlage.\n\nMet vriendelijke groeten,\nEls Verstraeten\nZaal De Kroon – Oudenaarde",
        lab(paid_date="2026-12-07", note="Flemish; bank statement attached"),
        attach=("rekeninguittreksel_KBC.pdf", FAKE_PDF),
    ),
    rp(
        "ps-it-1",
        ("Giulia Ferraresi", "giulia@ferraresiweddings.example"),
        "2026-11-19 18:40 +0100",
        "gmail",
        "Buonasera,\n\nil bonifico di € 1.762,40 è partito oggi pomeriggio, TRN 0503426119872351. Ci scusiamo per il ritardo: gli sposi hanno saldato noi solo ieri e abbiamo girato subito.\n\nUn caro saluto,\nGiulia Ferraresi\nFerraresi Wedding Design – Bologna",
        lab(
            paid_date="2026-11-19",
            payment_reference="0503426119872351",
            amount="1762.40",
            currency="EUR",
        ),
    ),
]

PROMISE_TO_PAY = [
    rp(
        "pp-en-1",
        ("Hannah Ross", "hannah.ross@meridianlive.example"),
        "2026-11-26 16:45 +0000",
        "owa",
        "Hi there,\n\nIt was signed off this afternoon – our MD only does approvals on a Thursday, which is why it's been sitting in the tray. It'll go out in the 3 December BACS run, so you should see the £2,316.00 land that day.\n\nSorry for the faff.\n\nHannah Ross\nFinance Assistant | Meridian Live Ltd",
        lab(
            promised_date="2026-12-03",
            amount="2316.00",
            currency="GBP",
            note="'signed off' is past but the payment itself is future: a promise",
        ),
    ),
    rp(
        "pp-en-2",
        ("Lou Parker", "lou.parker@stbedes-pta.example"),
        "2026-11-27 15:20 +0000",
        "iphone",
        "hiya so sorry!! the PTA account needs 2 signatures and our other signatory is on the yr6 residential till tues. I'll get it done fri 4th at the latest x",
        lab(promised_date="2026-12-04", note="'fri 4th' is Friday 4 December"),
    ),
    rp(
        "pp-en-3",
        ("Dana Whitfield", "dana@greenlightpictures.example"),
        "2026-12-01 10:12 -0500",
        "outlook_html",
        "Hi Accounts team,\n\nThanks for the nudge and apologies for the radio silence. A quick explanation so you know where this sits: we're a US production company shooting in Bath through mid-December, and every local vendor is paid by our UK production accountant out of the production account – not by our New York office, which is where your email landed. I chased her this morning.\n\nHer answer: everything on the vendor ledger is paid in a single batch on the Monday after wrap. We wrap on Friday the 11th, so the batch goes on Monday 14 December and you're in it. She already has your invoice matched to our PO.\n\nIf anything changes I'll tell you, but that date is pretty firm.\n\nBest,\nDana Whitfield\nLine Producer, Greenlight Pictures LLC\n+1 212 555 0148",
        lab(
            promised_date="2026-12-14",
            note="US sender (-0500); the wrap date is context, the batch date is the promise",
        ),
    ),
    rp(
        "pp-de-1",
        ("Gerd Ammann", "kassenwart@tsv-eichenau.example"),
        "2026-11-26 19:02 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nIhre Rechnung für unser Herbstfest liegt mir vor. Da Ausgaben über 1.000 Euro bei uns vom Vorstand gegengezeichnet werden müssen, kann ich die Überweisung erst nach der Sitzung anweisen. Die Sitzung ist am kommenden Dienstag, und ich gebe die Zahlung noch am selben Abend im Online-Banking frei.\n\nMit sportlichen Grüßen\nGerd Ammann\nKassenwart TSV Eichenau 1921 e. V.",
        lab(
            promised_date="2026-12-01",
            note="ISO-8859-1; 'kommender Dienstag' from Thu 26 Nov",
        ),
        charset="iso-8859-1",
    ),
    rp(
        "pp-fr-1",
        ("Thierry Lacombe", "thierry@lacombe-receptions.example"),
        "2026-11-24 11:30 +0100",
        "apple",
        "Bonjour,\n\nNous réglerons cette facture le 10 décembre, jour où le solde du mariage Dubreuil doit nous être versé. Je préfère vous donner une date que je suis sûr de tenir plutôt que de vous promettre n'importe quoi.\n\nBien cordialement,\nThierry Lacombe\nLacombe Réceptions – Périgueux",
        lab(promised_date="2026-12-10"),
    ),
    rp(
        "pp-fr-2",
        ("Séverine Thomas", "severine.thomas@lespentesenfete.example"),
        "2026-12-09 22:47 +0100",
        "iphone",
        "Oups, complètement zappé. Je passe à la banque demain à la première heure et je fais le virement, promis.\n\nSéverine (asso Les Pentes en Fête)",
        lab(promised_date="2026-12-10", note="late-evening message; 'demain' is the next day"),
    ),
    rp(
        "pp-es-1",
        ("Administración Hotel Mirador del Teide", "administracion@miradorteide.example"),
        "2026-11-30 15:10 +0000",
        "outlook",
        "Buenas tardes:\n\nLe informamos de que el pago de la factura TL-26-04417 queda programado para el 15 de diciembre, fecha de nuestra próxima remesa de proveedores.\n\nAtentamente,\n\nDpto. de Administración\nHotel Mirador del Teide",
        lab(("TL-26-04417",), promised_date="2026-12-15", note="Canary Islands (+0000)"),
    ),
    rp(
        "pp-es-2",
        ("Marta Gil", "marta.gil.ortega@correo-web.example"),
        "2026-12-04 20:05 +0100",
        "gmail_plain",
        "Hola, perdona, se me había pasado por completo. Te lo pago en cuanto cobre la nómina, que aquí nos pagan a finales de mes.\n\nUn saludo,\nMarta",
        lab(note="private customer; 'a finales de mes' is not pinned to a day, so no date"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    rp(
        "pp-nl-1",
        ("Crediteurenadministratie Hogeschool Rijnmond", "crediteuren@hs-rijnmond.example"),
        "2026-11-30 10:20 +0100",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nUw herinnering is bij ons in goede orde ontvangen. Factuur TL-26-04417 is inmiddels goedgekeurd en staat ingepland voor betaling op maandag 7 december a.s.\n\nMet vriendelijke groet,\n\nAfdeling Crediteurenadministratie\nHogeschool Rijnmond",
        lab(
            ("TL-26-04417",),
            promised_date="2026-12-07",
            note="written by a person despite the receipt-like opening; no auto headers",
        ),
    ),
    rp(
        "pp-nl-2",
        ("Youssef El Amrani", "youssef@lounge-verhuur-ea.example"),
        "2026-12-10 23:40 +0100",
        "samsung",
        "Nog niet betaald nee, sorry. Morgen gaat het eruit 👍",
        lab(
            promised_date="2026-12-11",
            note="'nog niet betaald' negates payment; 'morgen' from Thu 10 Dec",
        ),
    ),
    rp(
        "pp-it-1",
        ("Villa Corsini Eventi", "amministrazione@villacorsini.example"),
        "2026-11-30 09:25 +0100",
        "outlook",
        "Buongiorno,\n\nprovvederemo al saldo entro venerdì prossimo.\n\nCordiali saluti\nUfficio amministrativo",
        lab(
            promised_date="2026-12-04",
            note="'venerdì prossimo' written on Monday 30 Nov read as the Friday of that week",
        ),
    ),
    rp(
        "pp-it-2",
        ("Paola Rinaldi", "contabilita.fornitori@grandhotel-lagomaggiore.example"),
        "2026-12-10 11:05 +0100",
        "outlook_html",
        "Gentili signori,\n\nvi informiamo che la fattura in oggetto è stata inserita nella distinta di pagamento con data valuta 18/12/2026.\n\nDistinti saluti\n\nDott.ssa Paola Rinaldi\nUfficio Contabilità Fornitori\nGrand Hotel Lago Maggiore S.p.A.",
        lab(promised_date="2026-12-18", note="windows-1252; value date of a scheduled batch"),
        charset="windows-1252",
    ),
]

DISPUTE = [
    rp(
        "d-en-1",
        ("Rachel Denby", "rachel@ashcombebarn.example"),
        "2026-11-18 09:45 +0000",
        "inline",
        "[[2]]\n\nI'm going to stop you there, because that figure includes £336 for \"12 x Chiavari chair – not returned\". Those chairs were never missing. Our venue team stacked them in the hay barn behind the marquee because your crew turned up three hours late for the collection and we weren't leaving them on the lawn overnight in the rain. Your driver took everything else and didn't look in the barn, even though my colleague told him exactly where they were. A second van picked them up on the Tuesday – I have a photo of it and your lad's signature on our gate log.\n\nSo: the hire itself (£1,980) I've no quarrel with, and I'll pay that part this week. The £336 I am not paying, and I'd like a credit note for it.\n\n[[3]]\n\nConsider this that reply, then.\n\nRachel Denby\nAshcombe Barn Weddings",
        lab(
            note="inline reply between quoted paragraphs; disputes a lost-item charge, and the part payment offered does not change the label",
        ),
    ),
    rp(
        "d-en-2",
        ("Olu Adeyemi", "olu@brightside-conferences.example"),
        "2026-11-19 12:02 +0000",
        "gmail",
        "Hi,\n\nLine 4 on this invoice – \"LED dance floor 6x6m, £780\" – we never had a dance floor. It wasn't on our order, it wasn't delivered, and the floor plan your planner signed off doesn't show one. Take it off, send me the corrected invoice and I'll pay the rest straight away.\n\nOlu",
        lab(
            note="a charged item never ordered or delivered; asking for a corrected invoice is part of the dispute"
        ),
    ),
    rp(
        "d-en-3",
        ("Graham Petch", "secretary@westcliffgolf.example"),
        "2026-12-07 08:55 +0000",
        "thunderbird",
        "Good morning,\n\nTwo separate things.\n\nTL-26-04417 went out from us on 2 December, so that one should already be cleared on your side.\n\nTL-26-04530 is a different story. That's the furniture for the Captain's Dinner on 17 October, which we cancelled by phone and by email on the 14th – more than 48 hours ahead, which under your own terms means no charge. I have the email from your bookings desk acknowledging the cancellation. We won't be paying 04530.\n\nRegards,\nGraham Petch\nClub Secretary, Westcliff Golf Club",
        lab(
            ("TL-26-04417", "TL-26-04530"),
            note="one invoice reported paid, the reminded one contested as cancelled: dispute wins",
        ),
        inv="TL-26-04530",
    ),
    rp(
        "d-de-1",
        ("Frank Riedl", "f.riedl@riedl-messebau.example"),
        "2026-11-20 08:31 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir haben Ihre Rechnung geprüft und müssen ihr widersprechen. Laut Ihrem Angebot A-2231 vom 2. September waren 95 Euro je Bierzeltgarnitur für das gesamte Messewochenende vereinbart. Berechnet haben Sie 140 Euro je Garnitur, bei 30 Garnituren also 1.350 Euro zu viel.\n\nBitte senden Sie uns eine korrigierte Rechnung. Bis dahin stellen wir die Zahlung zurück.\n\nMit freundlichen Grüßen\nFrank Riedl\nRiedl Messebau GmbH & Co. KG",
        lab(note="agreed price versus invoiced price; ISO-8859-1 sent as 8bit"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    rp(
        "d-de-2",
        ("Michi Pichler", "michi@pichlerhof-events.example"),
        "2026-11-17 20:14 +0100",
        "iphone_html",
        "Servus,\n\nvon den vier Heizstrahlern sind zwei gar nicht angegangen, die anderen zwei haben nach einer Stunde ausgelassen. Wir hatten die Feier im Innenhof bei 3 Grad, die Gäste sind um zehn heim. Die Rechnung zahl ich so sicher nicht, da müsst's euch was überlegen.\n\nLG Michi",
        lab(note="Austrian colloquial; faulty equipment, refuses to pay as invoiced"),
    ),
    rp(
        "d-fr-1",
        ("Aurélie Chassagne", "compta.fournisseurs@agence-nuances.example"),
        "2026-11-24 14:22 +0100",
        "gmail",
        "Bonjour,\n\nCette facture fait doublon avec la TL-26-04390 : même prestation (mobilier lounge pour le salon du 3 octobre), même montant, et celle-là a été payée le 30 octobre. Merci d'annuler la TL-26-04602 et de mettre à jour votre relance.\n\nCordialement,\nAurélie Chassagne\nComptabilité fournisseurs – Agence Nuances",
        lab(
            ("TL-26-04390", "TL-26-04602"),
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
        inv="TL-26-04602",
    ),
    rp(
        "d-es-1",
        ("Javier Ortuño", "jortuno@cateringlevante.example"),
        "2026-11-19 13:05 +0100",
        "outlook_html",
        "Buenos días:\n\nNo vamos a abonar esta factura. Las mesas imperiales llegaron con dos patas rotas y con manchas de vino de otro evento en los tableros, y tuvimos que alquilar otras a un proveedor local con tres horas de margen. Ese sobrecoste, además, se lo vamos a reclamar.\n\nTienen las fotos en el correo que mandamos a su jefe de almacén el mismo sábado.\n\nUn saludo,\nJavier Ortuño\nDirector de operaciones – Catering Levante",
        lab(note="damaged and dirty furniture"),
    ),
    rp(
        "d-es-2",
        ("Luis Cabrera", "lcabrera@comedferias.example"),
        "2026-12-01 11:48 +0100",
        "thunderbird",
        "Hola,\n\nCreo que se han equivocado. Nosotros no hemos alquilado nada con ustedes desde 2024, y el número de pedido que aparece en la factura (PO-7731) no corresponde a ningún pedido nuestro: los nuestros empiezan por CMP-. No procede el pago.\n\nSaludos,\nLuis Cabrera\nComercial Mediterránea de Ferias",
        lab(
            note="Spanish reply to an English reminder; not our order, so the invoice is contested (the right company, wrong charge)"
        ),
        rlang="en",
        amt="€1,395.80",
    ),
    rp(
        "d-nl-1",
        ("Sanne Hofstede", "s.hofstede@hofstedevisser.example"),
        "2026-11-23 13:40 +0100",
        "owa",
        "Goedemiddag,\n\nWij gaan niet akkoord met deze factuur. De huurperiode was twee dagen (vrijdag 16 en zaterdag 17 oktober), maar er zijn vier huurdagen berekend omdat uw chauffeur het meubilair pas op maandag heeft opgehaald. Dat was uw planning, niet de onze: wij hadden zaterdagavond 23.00 uur als ophaaltijd doorgegeven.\n\nGraag ontvangen wij een creditnota voor de twee extra dagen.\n\nMet vriendelijke groet,\nSanne Hofstede\nOfficemanager – Hofstede & Visser Advocaten",
        lab(
            note="hire days overcharged; the customer happens to be a law firm, which is no 'talk to our lawyer'"
        ),
    ),
    rp(
        "d-nl-2",
        ("Ward Claes", "ward@jeugdhuiskelderke.example"),
        "2026-12-03 19:30 +0100",
        "gmail_plain",
        "Dag,\n\nDeze factuur werd al gecrediteerd met creditnota TL-CN-0091, na ons telefoongesprek met Kevin van jullie boekhouding begin november. Graag deze herinnering annuleren en jullie systeem bijwerken.\n\nVriendelijke groeten,\nWard Claes\nJeugdhuis 't Kelderke",
        lab(note="already credited; the credit note is not an invoice number"),
    ),
    rp(
        "d-it-1",
        ("Marco Tessari", "m.tessari@tessaricongressi.example"),
        "2026-11-25 09:05 +0100",
        "outlook_html",
        "Buongiorno,\n\nil servizio non è stato svolto secondo gli accordi. Il montaggio era fissato per le 8:00 del 24 ottobre e la vostra squadra si è presentata alle 13:00, a convention già cominciata: per tutta la mattinata duecento persone hanno seguito i lavori in piedi.\n\nFinché non ci riconoscerete una riduzione adeguata del corrispettivo non procederemo al pagamento.\n\nCordiali saluti\nIng. Marco Tessari\nTessari Congressi S.r.l.",
        lab(note="a reduction demanded because of poor service is a dispute, not a payment plan"),
    ),
    rp(
        "d-it-2",
        ("Chiara Longo", "chiara.longo@studiolongo.example"),
        "2026-11-18 12:41 +0100",
        "iphone",
        "Ciao, ma questa fattura non era stata annullata?? La cena del 17 ottobre l'abbiamo disdetta ad agosto, ho ancora la vostra mail di conferma. Fatemi sapere",
        lab(note="cancelled booking, put as a question"),
    ),
]

PAYMENT_PLAN = [
    rp(
        "pl-en-1",
        ("Priya Natarajan", "treasurer@ladderup.example"),
        "2026-11-20 20:30 +0000",
        "gmail",
        "Dear Accounts Team,\n\nThank you for your patience so far. I'm the volunteer treasurer of Ladder Up, a small youth charity, and I'm afraid our winter gala raised well under half of what we'd hoped. We can't find £2,316 in one go without dipping into money that's ring-fenced for our mentoring programme.\n\nWould you be willing to accept £400 a month, starting on 8 January, with a final payment of £316 in June? I'd set it up as a standing order so it happens automatically.\n\nWith thanks and apologies,\nPriya Natarajan\nTreasurer, Ladder Up (registered charity)",
        lab(note="monthly instalments proposed; the first instalment date is not a promised_date"),
    ),
    rp(
        "pl-en-2",
        ("Jordan Hale", "jordan@apexmarquees.example"),
        "2026-12-08 07:15 +0000",
        "iphone",
        "Any chance you'd give us till the end of Jan? December is brutal for cashflow in this game. We'd clear it in full then, hand on heart.",
        lab(note="asks for more time; the payment depends on the creditor agreeing"),
    ),
    rp(
        "pl-en-3",
        ("Margaret Hollins", "m.hollins@cottagemail.example"),
        "2026-11-26 14:00 +0000",
        "apple",
        "Dear Sir or Madam,\n\nI am writing about the invoice for the hire at our ruby wedding party in October. My husband Derek died very suddenly in the first week of November and I am only now getting through his post and his emails.\n\nI don't want to leave this unpaid, but his accounts are frozen until probate and for now I am living on my own pension. Would you consider accepting £1,000 in full settlement? If not, I could manage £100 a month from my own account.\n\nYours faithfully,\nMargaret Hollins",
        lab(note="hardship; a reduced settlement or instalments offered"),
    ),
    rp(
        "pl-de-1",
        ("Andrea Pohl", "a.pohl@pohl-kultur.example"),
        "2026-11-27 09:40 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwäre es möglich, den offenen Betrag in drei gleichen Raten zu begleichen – jeweils zum 15. Dezember, 15. Januar und 15. Februar? Nach zwei abgesagten Veranstaltungen ist unsere Liquidität derzeit angespannt.\n\nFür eine kurze Bestätigung wäre ich dankbar.\n\nMit freundlichen Grüßen\nAndrea Pohl\nGeschäftsführerin, Pohl Kultur & Events UG (haftungsbeschränkt)",
        lab(note="three instalments with dates; no single promised date"),
    ),
    rp(
        "pl-de-2",
        ("Timo Brandl", "timo.brandl@partyzelt-brandl.example"),
        "2026-12-02 12:10 +0100",
        "samsung",
        "Hallo, ich kann heute 500 € überweisen und den Rest Ende Januar. Wäre das ok für euch? Gruß Timo",
        lab(note="part now, the rest later, asked as a question"),
    ),
    rp(
        "pl-fr-1",
        ("Benoît Marchal", "b.marchal@marchal-stands.example"),
        "2026-11-23 17:20 +0100",
        "outlook_html",
        "Madame, Monsieur,\n\nSuite à l'annulation de deux salons sur lesquels nous comptions cet automne, notre trésorerie est très tendue. Serait-il envisageable d'échelonner le règlement de cette facture sur trois mois, de décembre à février ? Nous tenons à honorer nos engagements, simplement pas en une seule fois.\n\nDans l'attente de votre retour,\n\nBenoît Marchal\nGérant – Marchal Stands & Décors",
        lab(note="windows-1252 Outlook"),
        charset="windows-1252",
    ),
    rp(
        "pl-fr-2",
        ("Claire Ducros", "administration@rives-chansons.example"),
        "2026-12-04 10:02 +0100",
        "owa",
        "Bonjour,\n\nPourriez-vous nous accorder un délai supplémentaire de 30 jours ? La subvention de la Région, qui finance l'essentiel du festival, ne nous a toujours pas été versée et nous ne pouvons rien avancer d'ici là.\n\nMerci de votre compréhension,\nClaire Ducros\nAdministratrice – Festival Rives & Chansons",
        lab(note="asks for 30 more days"),
    ),
    rp(
        "pl-es-1",
        ("Paqui Romero", "aavv.sanbernardo@vecinos-mail.example"),
        "2026-11-30 18:45 +0100",
        "gmail",
        "Hola, buenas:\n\nSomos una asociación de vecinos pequeña y la fiesta del barrio nos salió bastante más cara de lo previsto. ¿Sería posible fraccionar el pago en cuatro plazos mensuales? Podríamos empezar con el primero la semana que viene.\n\nGracias de antemano,\nPaqui Romero\nTesorera, AAVV San Bernardo",
        lab(),
    ),
    rp(
        "pl-nl-1",
        ("Peter Jansen", "peter@partycentrumdelinde.example"),
        "2026-11-24 11:15 +0100",
        "inline",
        "[[2]]\n\nDat bedrag kunnen wij op dit moment niet in één keer betalen. Is een betalingsregeling mogelijk? Wij denken aan € 520 per maand gedurende zes maanden, te beginnen in december.\n\n[[3]]\n\nBij deze dus. Graag hoor ik of u hiermee akkoord gaat.\n\nMet vriendelijke groet,\nPeter Jansen\nPartycentrum De Linde",
        lab(note="inline reply between quoted paragraphs"),
    ),
    rp(
        "pl-nl-2",
        ("Gert Mulder", "gert@feestzaaldezwaluw.example"),
        "2026-12-10 16:35 +0100",
        "apple",
        "Beste mensen,\n\nZoals u misschien in het nieuws heeft gezien, is er op 22 november brand geweest in onze feestzaal. Alle activiteiten liggen stil totdat de verzekering heeft uitgekeerd, en dat kan nog maanden duren.\n\nIk vraag u daarom vriendelijk om uitstel van betaling tot de verzekeraar betaald heeft. Ik houd u op de hoogte.\n\nHartelijke groet,\nGert Mulder\nFeestzaal De Zwaluw",
        lab(note="hardship: deferral until an insurance payout"),
    ),
    rp(
        "pl-it-1",
        ("Franco Bellini", "amministrazione@cclagodiseo.example"),
        "2026-11-26 10:50 +0100",
        "outlook",
        "Spett.le Trestle & Lantern,\n\ncon la presente chiediamo la possibilità di rateizzare l'importo dovuto in tre rate mensili di pari importo, a partire dal 15 dicembre. La stagione congressuale si è chiusa con incassi inferiori alle attese.\n\nRestiamo in attesa di un vostro cortese riscontro.\n\nDistinti saluti\nRag. Franco Bellini\nCentro Congressi Lago d'Iseo",
        lab(),
    ),
    rp(
        "pl-it-2",
        ("Sara Fontana", "sara@agriturismo-ilmandorlo.example"),
        "2026-12-15 13:22 +0100",
        "iphone",
        "possiamo pagare metà adesso e metà a metà gennaio? dicembre per noi è un disastro",
        lab(note="half now, half later, as a question"),
    ),
]

INVOICE_REQUEST = [
    rp(
        "ir-en-1",
        ("Amira Haddad", "amira@lumenweddings.example"),
        "2026-11-17 11:20 +0000",
        "gmail",
        "Hi, could you resend this invoice as a PDF attachment please? The 'view invoice' link from October has expired and I can't find the original anywhere in our system.\n\nThanks,\nAmira",
        lab(),
    ),
    rp(
        "ir-en-2",
        ("Stellan Group AP Shared Service Centre", "ap.ssc@stellan-group.example"),
        "2026-11-18 13:02 +0000",
        "html_only",
        "Dear Supplier,\n\nWe are unable to process invoice TL-26-04417 as it does not quote a valid Stellan Group purchase order number. In line with our supplier terms, invoices without a PO are returned unpaid.\n\nPlease reissue the invoice quoting PO 4500118832 and submit it through the supplier portal or to our scanning address, invoices.uk@stellan-group.example. Once received, it will be processed within our standard 45-day terms.\n\nKind regards,\n\nAccounts Payable Shared Service Centre\nStellan Group plc",
        lab(
            ("TL-26-04417",),
            note="HTML-only; reissue with a PO number; the scanning address is where invoices go, not a wrong-contact correction",
        ),
    ),
    rp(
        "ir-en-3",
        ("Steve Mallory", "s.mallory@guildhalltrust.example"),
        "2026-11-25 15:48 +0000",
        "bottom",
        "Hi,\n\nOur auditors won't let me release anything over £2k without a signed delivery docket. Can you send me the POD for the 24 October delivery to the Guildhall? As soon as I have that I'll put it through.\n\nCheers,\nSteve Mallory\nFacilities Finance, Guildhall Trust",
        lab(note="bottom-posted; proof of delivery needed, payment conditional on it"),
    ),
    rp(
        "ir-de-1",
        ("Melanie Kurz", "m.kurz@kessler-events.example"),
        "2026-11-19 14:30 +0100",
        "outlook",
        "Guten Tag,\n\nbitte stellen Sie die Rechnung auf unsere Muttergesellschaft um:\n\nKessler Holding GmbH\nLindenstraße 4\n80331 München\nUSt-IdNr. DE312445908\n\nAuf die Kessler Events GmbH können wir die Kosten nicht verbuchen. Sobald die korrigierte Rechnung vorliegt, geben wir sie zur Zahlung frei.\n\nFreundliche Grüße\nMelanie Kurz\nKessler Events GmbH",
        lab(note="invoice to the right legal entity; the amount is not contested"),
    ),
    rp(
        "ir-de-2",
        ("Jens Hartmann", "j.hartmann@stadtmarketing-lueneburg.example"),
        "2026-12-01 09:12 +0100",
        "apple",
        "Hallo,\n\nkönnen Sie mir bitte einen aktuellen Kontoauszug bzw. eine Offene-Posten-Liste für unser Kundenkonto schicken? Ich möchte alle Rechnungen auf einmal abgleichen, bevor ich überweise.\n\nDanke und Gruß\nJens Hartmann\nStadtmarketing Lüneburg",
        lab(note="statement of account; ISO-8859-1"),
        charset="iso-8859-1",
    ),
    rp(
        "ir-fr-1",
        ("Nadia Benali", "nadia@atelier-benali.example"),
        "2026-11-20 10:05 +0100",
        "outlook_html",
        "Bonjour,\n\nPourriez-vous nous renvoyer la facture en y faisant figurer notre numéro de TVA intracommunautaire (FR47512884019) ? Sans cette mention, notre expert-comptable refuse de l'enregistrer et nous ne pouvons pas la payer.\n\nMerci d'avance,\nNadia Benali\nAssistante de direction – Atelier Benali Événements",
        lab(note="reissue with the VAT number"),
    ),
    rp(
        "ir-fr-2",
        ("Julien Roche", "julien@roche-traiteur.example"),
        "2026-11-27 16:25 +0100",
        "gmail",
        "Bonjour,\n\nAvant de vous régler, j'ai besoin d'une vérification : nous avons reçu le mois dernier un courrier à votre en-tête indiquant un nouvel IBAN. Vos coordonnées bancaires ont-elles réellement changé ? Pouvez-vous m'envoyer un RIB signé, ou mieux, me rappeler au 04 72 00 18 44 ?\n\nBien à vous,\nJulien Roche\nRoche & Fils Traiteur",
        lab(note="confirm bank details before paying"),
    ),
    rp(
        "ir-es-1",
        ("Lucía Navas", "lucia.navas@correo-web.example"),
        "2026-11-24 19:40 +0100",
        "iphone",
        "Hola! Me podéis hacer la factura a nombre de la fundación y no al mío? Los datos: Fundación Amigos del Teatro Cervantes, CIF G29871234, c/ Ramos Marín 3, Málaga. En cuanto la tenga se paga",
        lab(note="invoice to the right entity; payment follows the reissue"),
    ),
    rp(
        "ir-es-2",
        ("Montserrat Vidal", "compres@firacostabrava.example"),
        "2026-12-02 10:18 +0100",
        "outlook",
        "Buenos días:\n\nPara tramitar el pago necesitamos que nos envíen el albarán de entrega firmado y un certificado de titularidad de la cuenta bancaria emitido por su banco. Es un requisito de nuestro departamento de compras para los proveedores nuevos.\n\nAtentamente,\nMontserrat Vidal\nDepartament de Compres - Fira Costa Brava",
        lab(note="delivery note and bank ownership certificate; ISO-8859-1"),
        charset="iso-8859-1",
    ),
    rp(
        "ir-nl-1",
        ("Lotte Smit", "penningmeester@sv-kwadraat.example"),
        "2026-11-23 20:10 +0100",
        "thunderbird",
        "Goedendag,\n\nWelke huur betreft dit precies? Wij hebben in oktober drie keer bij u gehuurd en ik kan dit bedrag niet aan een van die activiteiten koppelen. Kunt u mij een specificatie of een kopie van de factuur sturen?\n\nGroeten,\nLotte Smit\nStudievereniging Kwadraat",
        lab(note="cannot place the amount; asks for a breakdown without contesting it"),
    ),
    rp(
        "ir-it-1",
        ("Simona Greco", "amministrazione@grecoallestimenti.example"),
        "2026-11-24 12:33 +0100",
        "outlook_html",
        "Buongiorno,\n\nper poter procedere al pagamento ci serve la fattura elettronica trasmessa tramite SDI (codice destinatario M5UXCR1). La copia in PDF inviata per e-mail non ha valore fiscale e non possiamo registrarla.\n\nCordiali saluti\nSimona Greco\nAmministrazione – Greco Allestimenti S.r.l.",
        lab(note="Italian e-invoice through SDI needed before payment"),
    ),
    rp(
        "ir-it-2",
        ("Dario Ferri", "dario.ferri@bar-ferri.example"),
        "2026-12-09 08:05 +0100",
        "android",
        "Buongiorno, mi mandate l'estratto conto aggiornato per favore? Non riesco più a capire cosa ho pagato e cosa no. Grazie, Dario",
        lab(note="statement of account"),
    ),
]

WRONG_CONTACT = [
    rp(
        "wc-en-1",
        ("Chloe Barnes", "chloe.barnes@bridgewaterabbey.example"),
        "2026-11-17 10:02 +0000",
        "gmail",
        "Hi – I'm just the events coordinator here and don't deal with supplier payments. Could you redirect this to our finance team at Finance.Team@BridgewaterAbbey.example? I've copied them in.\n\nMany thanks,\nChloe",
        lab(
            new_contact="finance.team@bridgewaterabbey.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        headers=(("Cc", "Finance.Team@BridgewaterAbbey.example"),),
    ),
    rp(
        "wc-en-2",
        ("Tom Gallagher", "tom.gallagher@kestrelproductions.example"),
        "2026-11-24 13:15 +0000",
        "iphone",
        "Hi, I left Kestrel Productions back in September so can't help with this I'm afraid. No idea who's handling their invoices now – maybe try the main office line. Good luck!\nTom",
        lab(note="left the company, no replacement address"),
    ),
    rp(
        "wc-en-3",
        ("Procurement Office", "procurement@northgate-university.example"),
        "2026-11-18 07:41 +0000",
        "none",
        "This mailbox is no longer monitored.\n\nAll supplier correspondence, including invoices, statements and payment queries, should now be sent to ap@northgate-university.example.\n\nMessages sent to this address are not read or forwarded and will be deleted after 30 days.",
        lab(
            new_contact="ap@northgate-university.example",
            note="automatic 'no longer monitored' notice naming the right mailbox: wrong_contact, not auto_reply",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO,),
    ),
    rp(
        "wc-de-1",
        ("Katrin Lenz", "katrin@lenz-hochzeitsplanung.example"),
        "2026-11-20 11:50 +0100",
        "gmail",
        "Hallo,\n\nich bin nur die Hochzeitsplanerin – die Rechnung müsste direkt an das Brautpaar gehen, die Miete lief über deren Namen. Deren Adresse: j.hoffmann@posteo-mail.example\n\nViele Grüße\nKatrin Lenz\nLenz Hochzeitsplanung",
        lab(new_contact="j.hoffmann@posteo-mail.example"),
    ),
    rp(
        "wc-de-2",
        ("Dr. Ines Vogt", "i.vogt@reederei-alster.example"),
        "2026-11-26 15:05 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nich bin bei uns für die Veranstaltungsplanung zuständig, nicht für Zahlungen. Bitte richten Sie Mahnungen und Rechnungsfragen an unsere Kreditorenbuchhaltung in Hamburg: kreditoren@reederei-alster.example\n\nMit freundlichen Grüßen\nDr. Ines Vogt\nLeitung Events, Reederei Alster AG",
        lab(new_contact="kreditoren@reederei-alster.example"),
    ),
    rp(
        "wc-fr-1",
        ("Hélène Prigent", "helene.prigent@kine-erdre.example"),
        "2026-11-19 12:12 +0100",
        "iphone",
        "Bonjour, vous vous êtes trompés d'adresse. Je suis kiné à Nantes et je n'ai jamais loué de mobilier chez vous. Bonne journée",
        lab(note="wrong person altogether, no replacement address"),
    ),
    rp(
        "wc-fr-2",
        ("Pascal Girard", "pascal@girard-sono.example"),
        "2026-12-01 09:36 +0100",
        "owa",
        "Bonjour,\n\nJe mets en copie notre cabinet comptable, qui gère désormais l'ensemble de nos règlements fournisseurs. Merci de voir directement avec eux à l'adresse compta@fiduciaire-rhone.example.\n\nCordialement,\nPascal Girard\nGirard Sonorisation",
        lab(new_contact="compta@fiduciaire-rhone.example", note="accountants copied in Cc"),
        headers=(("Cc", "Fiduciaire du Rhône <compta@fiduciaire-rhone.example>"),),
    ),
    rp(
        "wc-es-1",
        ("Iñaki Etxeberria", "gerencia@salaoasis-bilbao.example"),
        "2026-11-18 17:22 +0100",
        "gmail",
        "Hola:\n\nEste correo era de la antigua gerencia de la sala. Desde el 1 de noviembre el local lo explota otra empresa y nosotros ya no llevamos nada. Para cualquier tema pendiente, escribid a administracion@salaoasis-bilbao.example.\n\nSaludos,\nIñaki",
        lab(new_contact="administracion@salaoasis-bilbao.example"),
    ),
    rp(
        "wc-es-2",
        ("DJ Rulo", "rulo.sesiones@correo-web.example"),
        "2026-11-30 01:14 +0100",
        "iphone",
        "Hola, yo no soy la persona, soy el DJ 😅 me pasaron vuestro contacto para coordinar el montaje. Quien paga es la novia, yo no tengo su mail",
        lab(note="not the customer, no address given"),
    ),
    rp(
        "wc-nl-1",
        ("Henk Bos", "beheer@dorpshuisdewaal.example"),
        "2026-12-01 10:44 +0100",
        "outlook",
        "Beste,\n\nPer 1 december ben ik met pensioen. Mijn opvolger als beheerder van het dorpshuis is Ruud Kamphuis, bereikbaar via r.kamphuis@dorpshuisdewaal.example. Ik heb uw mail aan hem doorgestuurd.\n\nMet vriendelijke groet,\nHenk Bos",
        lab(new_contact="r.kamphuis@dorpshuisdewaal.example"),
    ),
    rp(
        "wc-nl-2",
        ("Noor Vermeulen", "n.vermeulen@brouwerij-hetvat.example"),
        "2026-11-25 14:03 +0100",
        "samsung",
        "Verkeerde persoon, ik zit op marketing. Probeer de administratie.",
        lab(note="points at a department without an address"),
    ),
    rp(
        "wc-it-1",
        ("Elena Fabbri", "segreteria@fabbri-eventi.example"),
        "2026-11-23 10:27 +0100",
        "outlook",
        "Buongiorno,\n\nla gestione dei pagamenti ai fornitori è affidata in outsourcing allo Studio Bianchi. Vi prego di inoltrare solleciti ed estratti conto a fornitori@studiobianchi-commercialisti.example, indicando la nostra ragione sociale.\n\nGrazie,\nElena Fabbri\nSegreteria – Fabbri Eventi & Co.",
        lab(new_contact="fornitori@studiobianchi-commercialisti.example"),
    ),
]

UNSUBSCRIBE = [
    rp(
        "un-en-1",
        ("Darren Pike", "darren@pikeandsons-funerals.example"),
        "2026-11-19 17:58 +0000",
        "iphone",
        "Your tables turned up filthy and this invoice is a joke. Do not email me again about it. Anything further goes in writing by post to the registered office.",
        lab(note="post only beats the complaint about the goods"),
    ),
    rp(
        "un-en-2",
        ("Philippa Cavendish", "p.cavendish@cavendishhospitality.example"),
        "2026-11-25 11:11 +0000",
        "outlook",
        "Dear Sirs,\n\nWe refer to your email below. This matter has been passed to our solicitors, Hartley Fenn LLP, and all further correspondence must be directed to them. Please do not contact this office or our staff directly.\n\nYours faithfully,\nP. Cavendish\nDirector, Cavendish Hospitality Ltd",
        lab(note="'through our solicitors only', no address: unsubscribe"),
    ),
    rp(
        "un-en-3",
        ("D. Kowalski", "dkowalski@kowalski-av.example"),
        "2026-11-20 08:03 +0000",
        "gmail_plain",
        "STOP emailing us. We paid this on 2 November – check your own bank statements before harassing people.\n\nD. Kowalski",
        lab(note="unsubscribe beats the payment claim; paid_date left null"),
    ),
    rp(
        "un-de-1",
        ("Hotel Alpenblick Geschäftsleitung", "gl@hotel-alpenblick.example"),
        "2026-11-24 09:18 +0100",
        "html_only",
        "Sehr geehrte Damen und Herren,\n\nwir bitten Sie, uns ab sofort keine E-Mails mehr zu senden. Schriftverkehr nehmen wir ausschließlich auf dem Postweg an unsere Geschäftsadresse entgegen.\n\nMit freundlichen Grüßen\nGeschäftsleitung\nHotel Alpenblick GmbH",
        lab(note="post only"),
    ),
    rp(
        "un-fr-1",
        ("François Garnier", "f.garnier@garnier-immobilier.example"),
        "2026-11-27 18:30 +0100",
        "apple",
        "Madame, Monsieur,\n\nJe vous prie de cesser tout envoi de relances par courriel. Ce dossier est désormais suivi par notre avocat, Maître Delorme, qui prendra contact avec vous.\n\nSalutations,\nF. Garnier",
        lab(note="lawyer only"),
    ),
    rp(
        "un-fr-2",
        ("Kévin Morel", "kevin.morel@mail-perso.example"),
        "2026-12-04 21:02 +0100",
        "android",
        "Désinscription svp",
        lab(note="one-liner"),
    ),
    rp(
        "un-es-1",
        ("Ana Beltrán", "ana.beltran@beltranabogados-eventos.example"),
        "2026-11-23 16:16 +0100",
        "iphone",
        "No me escriban más a este correo. Cualquier comunicación, por burofax a la dirección que figura en el contrato.",
        lab(note="registered post only"),
    ),
    rp(
        "un-es-2",
        ("Laura Serrano", "laura.serrano@correo-web.example"),
        "2026-12-02 12:40 +0100",
        "gmail",
        "Hola,\n\nPor favor, dadme de baja de vuestras comunicaciones. Hace tiempo que no me dedico a organizar eventos y me seguís escribiendo.\n\nGracias,\nLaura",
        lab(note="opt-out request; the career change does not make it wrong_contact"),
    ),
    rp(
        "un-nl-1",
        ("J. de Graaf", "jdegraaf@degraaf-zalen.example"),
        "2026-11-26 13:58 +0100",
        "thunderbird",
        "Geachte heer/mevrouw,\n\nGelieve mijn adres uit uw bestanden te verwijderen. Ik heb nooit toestemming gegeven om op dit adres gemaild te worden.\n\nJ. de Graaf",
        lab(),
    ),
    rp(
        "un-nl-2",
        ("Rik Verhoeven", "rik@verhoeven-podiumbouw.example"),
        "2026-12-08 08:47 +0100",
        "android",
        "Stop met mailen. Alles loopt vanaf nu via onze advocaat, mr. Brouwer.",
        lab(note="lawyer only"),
    ),
    rp(
        "un-it-1",
        ("Roberto Sala", "roberto.sala@sala-ricevimenti.example"),
        "2026-11-20 15:40 +0100",
        "outlook",
        "Spett.le ditta,\n\nvi diffido dall'inviare ulteriori comunicazioni a questo indirizzo di posta elettronica. Per ogni questione relativa al presunto credito rivolgetevi al nostro legale di fiducia.\n\nDistinti saluti\nRoberto Sala\nTitolare – Sala Ricevimenti La Corte",
        lab(
            note="formal warning to stop plus lawyer only; 'presunto credito' does not make it a dispute"
        ),
    ),
    rp(
        "un-it-2",
        ("Matteo Riva", "matteo.riva@posta-web.example"),
        "2026-12-10 07:31 +0100",
        "iphone",
        "cancellatemi",
        lab(note="one word, Italian reply to an English reminder"),
        rlang="en",
        amt="€1,762.40",
    ),
]

AUTO_REPLY = [
    rp(
        "ar-en-1",
        ("Sophie Marsh", "sophie.marsh@thornburyevents.example"),
        "2026-11-23 09:08 +0000",
        "none",
        "Thank you for your message. I'm on annual leave from Friday 20 November and back in the office on Wednesday 2 December, with limited access to email while I'm away.\n\nIf your query is urgent, please call the events office on 0161 496 0592.\n\nKind regards,\nSophie Marsh",
        lab(return_date="2026-12-02"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    rp(
        "ar-en-2",
        ("Riverside Arena Finance Helpdesk", "financehelp@riversidearena.example"),
        "2026-11-18 08:01 +0000",
        "none",
        "Hello,\n\nThanks for contacting the Finance Helpdesk. Your request has been logged as ticket #48213 and a member of the team will respond in turn. Our current response time is 5 working days.\n\nPlease don't reply to this message – to add information to your request, use the link in your ticket confirmation.\n\nFinance Helpdesk – Riverside Arena",
        lab(note="ticket acknowledgement, no return date"),
        subject="[Ticket #48213] {rsub}",
        headers=(AUTO_GEN, XAUTO),
    ),
    rp(
        "ar-en-3",
        ("The Old Tithe Barn", "hello@oldtithebarn.example"),
        "2026-12-15 08:30 +0000",
        "none",
        "Thanks for your email!\n\nThe team is taking a well-earned winter break. The office is closed from 14 December and we'll be back at our desks on Monday 11 January, when we'll reply to everything in order.\n\nWishing you a very merry Christmas,\nAll at The Old Tithe Barn",
        lab(return_date="2027-01-11", note="venue autoresponder without any auto headers"),
        subject="Thanks for your message",
    ),
    rp(
        "ar-de-1",
        ("Stefanie Brandt", "s.brandt@brandt-catering.example"),
        "2026-11-27 07:44 +0100",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 4. Dezember, nicht im Büro. Ab Montag, 7. Dezember, bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nStefanie Brandt",
        lab(
            return_date="2026-12-07",
            note="the stated day back wins over the last day away; ISO-8859-1",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO,),
        charset="iso-8859-1",
    ),
    rp(
        "ar-de-2",
        ("Zeltverleih Gruber", "info@zeltverleih-gruber.example"),
        "2026-12-23 10:00 +0100",
        "none",
        "Sehr geehrte Damen und Herren,\n\nunser Büro bleibt zwischen den Jahren geschlossen. Ab Montag, 4. Januar 2027, sind wir wieder für Sie da.\n\nFrohe Festtage wünscht\nIhr Team von Zeltverleih Gruber",
        lab(return_date="2027-01-04", note="X-Autoreply and Precedence only, no Auto-Submitted"),
        subject="Betriebsferien",
        headers=(XAUTO, BULK),
    ),
    rp(
        "ar-fr-1",
        ("Léa Morel", "lea.morel@groupe-esterel.example"),
        "2026-11-19 08:20 +0100",
        "none",
        "Bonjour,\n\nJe suis actuellement en congé maternité. Pour toute question relative à la comptabilité, vous pouvez contacter ma collègue Camille Roux : c.roux@groupe-esterel.example.\n\nMerci,\nLéa Morel",
        lab(note="no return date; a colleague's address in an auto-reply does not set new_contact"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO, XARS),
    ),
    rp(
        "ar-es-1",
        ("Carmen Ruiz", "cruiz@hacienda-lospinos.example"),
        "2026-11-24 08:52 +0100",
        "none",
        "Gracias por su correo. Estaré fuera de la oficina hasta el lunes 30 de noviembre, sin acceso al correo electrónico. Para asuntos urgentes, llame al 952 00 41 18.\n\nUn saludo,\nCarmen Ruiz",
        lab(return_date="2026-11-30", note="'hasta' gives the date itself"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO, XARS),
    ),
    rp(
        "ar-es-2",
        ("Atención al Cliente – Grupo Banquetes Sur", "soporte@banquetessur.example"),
        "2026-12-03 11:09 +0100",
        "none",
        "Hemos recibido su consulta.\n\nNúmero de incidencia: INC-2026-118734\n\nNuestro equipo la atenderá en un plazo máximo de 72 horas laborables. Por favor, no responda a este mensaje.",
        lab(note="ticket acknowledgement with X-Autoreply only"),
        subject="Incidencia INC-2026-118734 registrada",
        headers=(XAUTO,),
    ),
    rp(
        "ar-nl-1",
        ("Marieke Dekker", "m.dekker@dekker-evenementen.example"),
        "2026-11-26 07:58 +0100",
        "none",
        "Dank voor uw bericht. Ik ben met vakantie tot en met vrijdag 4 december en lees in die periode geen e-mail. Vanaf maandag 7 december ben ik weer aanwezig.\n\nMet vriendelijke groet,\nMarieke Dekker",
        lab(return_date="2026-12-07"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO,),
    ),
    rp(
        "ar-nl-2",
        ("Frank Mertens", "frank@mertens-verlichting.example"),
        "2026-12-01 09:14 +0100",
        "none",
        "Beste afzender,\n\nWegens ziekte ben ik voorlopig afwezig. Uw bericht wordt niet doorgestuurd en pas na mijn terugkeer gelezen.\n\nGroet,\nFrank",
        lab(note="sick-leave notice without auto headers and without a date"),
        subject="Afwezig",
    ),
    rp(
        "ar-it-1",
        ("Alessandra Conti", "a.conti@conti-allestimenti.example"),
        "2026-12-09 08:15 +0100",
        "none",
        "Grazie per il messaggio. Sarò assente dall'ufficio dal 7 al 18 dicembre con accesso limitato alla posta elettronica; rientrerò lunedì 21 dicembre.\n\nCordiali saluti\nAlessandra Conti",
        lab(return_date="2026-12-21", note="the stated day back wins over the end of the absence"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
    ),
    rp(
        "ar-it-2",
        (
            "Ufficio Amministrazione – Palazzo dei Congressi",
            "amministrazione@palazzocongressi-rimini.example",
        ),
        "2026-11-30 07:06 +0100",
        "none",
        "Questo è un messaggio automatico.\n\nLa sua e-mail è stata presa in carico dall'Ufficio Amministrazione con il numero di pratica 2026/5512. Sarà ricontattato al più presto.\n\nSi prega di non rispondere a questo indirizzo.",
        lab(note="case acknowledgement"),
        subject="Presa in carico pratica 2026/5512",
        headers=(AUTO, BULK),
        cte="b64",
    ),
]

OTHER = [
    rp(
        "ot-en-1",
        ("Becky Sharma", "becky@orbitdigital.example"),
        "2026-11-19 14:37 +0000",
        "gmail",
        "Hi both,\n\nWhile I have you – can we book the same setup as October for our staff Christmas party on Friday 18 December? 80 crossback chairs, 10 round tables and the festoon lighting. Drop-off on the Thursday if possible.\n\nThanks!\nBecky",
        lab(note="a new booking in the reminder thread; nothing about the invoice"),
    ),
    rp(
        "ot-en-2",
        ("Liam Doherty", "liam.doherty@kreuzberg-studio.example"),
        "2026-11-24 19:30 +0100",
        "iphone",
        "Hi, sorry – my German isn't up to this yet and the translate app made a mess of it. Could somebody ring me and go through it in English? I'm usually free after 4. 0151 2340 7786\n\nLiam",
        lab(
            note="English reply to a German reminder asking for a phone call; no document asked for, nothing contested"
        ),
        rlang="de",
        loc="en",
    ),
    rp(
        "ot-en-3",
        ("Kerry Walsh", "kerry@walshcatering.example"),
        "2026-11-30 12:55 +0000",
        "android",
        "ok thanks",
        lab(note="bare acknowledgement"),
    ),
    rp(
        "ot-de-1",
        ("Festwerk Veranstaltungs GmbH", "info@festwerk-veranstaltungen.example"),
        "2026-11-25 13:20 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nüber das Vermögen der Festwerk Veranstaltungs GmbH wurde am 16.11.2026 das vorläufige Insolvenzverfahren eröffnet (Amtsgericht Augsburg, Az. 12 IN 431/26). Zahlungen aus dem Gesellschaftsvermögen dürfen wir nicht mehr leisten.\n\nBitte melden Sie Ihre Forderung bei der vorläufigen Insolvenzverwalterin an: Rechtsanwältin Dr. Claudia Wendt, Kanzlei Wendt & Partner, Augsburg.\n\nMit freundlichen Grüßen\nFestwerk Veranstaltungs GmbH",
        lab(
            note="insolvency notice: the claim must be filed with the administrator; a person must read it"
        ),
    ),
    rp(
        "ot-de-2",
        ("Lena Wolff", "lena@wolff-feiert.example"),
        "2026-12-04 17:48 +0100",
        "iphone",
        "Hey, habt ihr noch die weißen Stehtische mit den Hussen? Bräuchten 12 Stück für Silvester, Abholung am 30. Geht das?",
        lab(note="new rental enquiry"),
    ),
    rp(
        "ot-fr-1",
        ("Sylvie Fournier", "sylvie.fournier@fournier-chapiteaux.example"),
        "2026-11-20 11:45 +0100",
        "outlook_html",
        "Madame, Monsieur,\n\nJ'ai le regret de vous informer du décès de M. Albert Fournier, gérant de la société, survenu le 28 octobre. La succession est en cours de règlement chez Maître Lefort, notaire à Angers.\n\nNous reviendrons vers vous dès que nous aurons davantage d'informations sur la suite qui sera donnée aux engagements de la société.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nSylvie Fournier",
        lab(note="the manager has died; no promise, no request, no lawyer-only instruction"),
    ),
    rp(
        "ot-fr-2",
        ("Inès Lambert", "ines@lambert-deco.example"),
        "2026-12-07 10:10 +0100",
        "iphone",
        "C'est noté, merci pour votre patience 🙏",
        lab(note="acknowledgement that commits to nothing"),
    ),
    rp(
        "ot-es-1",
        ("Raúl Domínguez", "raul.dominguez@correo-web.example"),
        "2026-11-26 13:33 +0100",
        "gmail",
        "Hola,\n\n¿Me podéis confirmar si ya se devolvió la fianza de 300 € del alquiler de octubre? En la cuenta no me aparece nada.\n\nGracias,\nRaúl",
        lab(note="question about a deposit refund, not about the invoice"),
    ),
    rp(
        "ot-es-2",
        ("Marisol Herrero", "direccion@banquetesmarisol.example"),
        "2026-12-14 12:00 +0100",
        "outlook",
        "Estimados señores:\n\nLes comunicamos que, con efectos 1 de enero de 2027, Banquetes Marisol, S.L. se integra en Grupo Marea Hostelería. En los próximos días recibirán la comunicación oficial con los nuevos datos fiscales y de contacto.\n\nAtentamente,\nMarisol Herrero",
        lab(note="merger notice"),
        cte="b64",
    ),
    rp(
        "ot-nl-1",
        ("Sanne de Boer", "sanne.deboer@mail-thuis.example"),
        "2026-11-27 21:05 +0100",
        "samsung",
        "Hoi, hebben jullie onze twee tafelkleden nog? Na het feest waren we ze kwijt, misschien zijn ze per ongeluk met jullie spullen meegegaan.",
        lab(note="lost property question"),
    ),
    rp(
        "ot-it-1",
        ("Federica Moser", "federica.moser@posta-web.example"),
        "2026-11-23 09:40 +0100",
        "gmail",
        "Buongiorno,\n\nvorrei sapere se noleggiate anche gazebo e riscaldatori per un matrimonio in montagna a febbraio (circa 120 invitati, in Val di Fassa). Potete mandarmi un preventivo?\n\nGrazie mille,\nFederica",
        lab(note="quote request for a new event"),
    ),
    rp(
        "ot-it-2",
        ("Luca Marini", "luca@marini-eventi.example"),
        "2026-12-02 18:25 +0100",
        "iphone",
        "Vi chiamo domani mattina così ne parliamo a voce.",
        lab(note="a promise to call is not a promise to pay"),
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


@dataclass(frozen=True)
class Bounce:
    """A delivery report for a reminder sent to `rcpt` (the reminder was in `rlang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def reminder(self) -> Message:
        sent = self.dt - timedelta(minutes=4)
        return original_reminder(self.rlang, self.rcpt, sent, self.key)

    def subject(self) -> str:
        return reminder_subject(self.rlang, DEFAULT_INV)


def delivery_status(
    b: Bounce, mta: str, action: str, diagnostic: str, *, remote: str = "", dtype: str = "smtp"
) -> Message:
    per_message = [f"Reporting-MTA: dns; {mta}"]
    per_message.append(f"X-Queue-ID: {b32(b.key, 'queue', 11)}")
    per_message.append(f"Arrival-Date: {format_datetime(b.dt - timedelta(minutes=4))}")
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {dtype}; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    blocks = ["\n".join(per_message) + "\n", "\n".join(lines) + "\n"]
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([message_from_bytes(block.encode()) for block in blocks])
    return ds


def returned_headers(b: Bounce) -> Message:
    text = "".join(
        f"{k}: {v}\n" for k, v in b.reminder().items() if k != "Content-Transfer-Encoding"
    )
    return text_part(text, "rfc822-headers", "utf-8", "7bit")


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(
    b: Bounce, msg: Message, sender: str, subject: str, auto: str | None = "auto-replied"
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 22).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = auto
    return finalize(msg, b.key, "bounce")


def bounce_sendmail_hard(b: Bounce) -> Message:
    arrived = format_datetime(b.dt - timedelta(minutes=4))
    human = (
        f"The original message was received at {arrived}\n"
        "from mailer.trestle-lantern.example [203.0.113.25]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to mx.{b.domain}.:\n>>> DATA\n"
        f"<<< 550 5.1.1 <{b.rcpt}>... User unknown\n"
        f"550 5.1.1 <{b.rcpt}>... User unknown\n<<< 503 5.0.0 Need RCPT (recipient)\n"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            "relay.trestle-lantern.example",
            "failed",
            f"550 5.1.1 <{b.rcpt}>... User unknown",
            remote=f"mx.{b.domain}",
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <MAILER-DAEMON@relay.trestle-lantern.example>",
        "Returned mail: see transcript for details",
    )


def exchange_human(
    *, head: str, reason: str, server: str, diag: str, admin: str, charset: str = "utf-8"
) -> Message:
    text = f"{head}\n\n{reason}\n\n\n{admin}\n\n{server}\n\n{diag}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + charset
        + '"></head><body><div style="font-family:Segoe UI,Arial,sans-serif">'
        f'<p style="font-size:15pt;color:#C00000"><b>{html_lines(head)}</b></p>'
        f"<p>{html_lines(reason)}</p><br><p><b>{html.escape(admin)}</b></p>"
        f"<p>{html.escape(server)}</p><pre>{html.escape(diag)}</pre></div></body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


EXCHANGE_SENDER = (
    "Microsoft Outlook <MicrosoftExchange7f3b20d1c5a84e0e9d61f2b8a4c0e771@trestle-lantern.example>"
)


def bounce_m365_delay(b: Bounce) -> Message:
    diag = '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed.'
    human = exchange_human(
        head=f"Delivery is delayed to these recipients or groups:\n\n{b.rcpt}",
        reason=f"Subject: {b.subject()}\n\nWe haven't been able to hand this message over to the recipient's mail server yet. The server will keep retrying for up to two days; if it still can't get through by then, you'll receive a non-delivery report.",
        server="Server at LO2P265MB3391.GBRP265.PROD.OUTLOOK.example",
        diag=f"Receiving server: mx.{b.domain}\n{b.rcpt}\n{format_datetime(b.dt)}\n{diag}",
        admin="Diagnostic information for administrators:",
    )
    parts = [
        human,
        delivery_status(b, "LO2P265MB3391.GBRP265.PROD.OUTLOOK.example", "delayed", diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Delivery delayed:{b.subject()}")


def bounce_qmail_hard(b: Bounce) -> Message:
    rem = b.reminder()
    text = (
        f"Hi. This is the qmail-send program at mail.{b.domain}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {rem['Subject']}\n"
        f"Date: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n\n"
        + latin1_safe(REMINDER_BODY[b.rlang].format(inv=DEFAULT_INV, amt="GBP 2,316.00"))
        .replace("·", "-")
        .replace("£", "GBP ")
        + "\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@mail.{b.domain}", "failure notice", auto=None)


def bounce_provider_de_hard(b: Bounce) -> Message:
    text = (
        f"Dies ist eine automatische Nachricht des Mailservers mx.{b.domain}.\n\n"
        "Ihre E-Mail konnte nicht zugestellt werden. Das Postfach des Empfängers wurde deaktiviert und nimmt keine Nachrichten mehr an.\n\n"
        f"Empfänger:   {b.rcpt}\n"
        "Fehlercode:  550 5.2.1 Mailbox disabled, not accepting messages\n\n"
        "Es handelt sich um einen dauerhaften Fehler. Ein erneuter Versand an diese Adresse ist zwecklos.\n"
    )
    diag = "550 5.2.1 Mailbox disabled, not accepting messages"
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, f"mx.{b.domain}", "failed", diag),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery System <mailer-daemon@mx.{b.domain}>",
        f"Unzustellbare Nachricht: {b.subject()}",
    )


def bounce_greylist_de(b: Bounce) -> Message:
    rem = b.reminder()
    text = (
        "Hallo,\n\n"
        "hier spricht der Mailserver smtp.webhosting-sued.example. Ihre Nachricht an\n\n"
        f"    {b.rcpt}\n\n"
        "wurde vom Zielserver vorübergehend abgewiesen:\n\n"
        "    451 4.7.1 Greylisting in action, please come back later\n\n"
        "Die Zustellung wird automatisch wiederholt; die Nachricht bleibt bis zu fünf Tage in der Warteschlange. Nur wenn sie endgültig scheitert, hören Sie noch einmal von uns.\n\n"
        f"Betreff:      {latin1_safe(b.subject())}\n"
        f"Eingeliefert: {rem['Date']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "Mailserver <postmaster@smtp.webhosting-sued.example>",
        "Verzögerte Zustellung Ihrer Nachricht",
    )


def bounce_fr_quota(b: Bounce) -> Message:
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie.\n\n"
        f"Votre message destiné à {b.rcpt} n'a pas encore pu être distribué : la boîte aux lettres du destinataire a atteint sa capacité maximale (452 4.2.2 Over quota).\n\n"
        "De nouvelles tentatives auront lieu pendant 72 heures. Passé ce délai, le message vous sera retourné.\n\n"
        "Le message concerné figure en pièce jointe.\n\n"
        "-- \nService Postmaster\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "utf-8", "8bit"))
    outer.attach(MIMEMessage(b.reminder()))
    return finish(
        b,
        outer,
        "Postmaster <postmaster@relais.hebergement-mail.example>",
        "Avis de retard de distribution",
    )


def bounce_exchange_fr_hard(b: Bounce) -> Message:
    diag = "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain"
    human = exchange_human(
        head=f"Votre message n'a pas pu être remis à ces destinataires ou groupes :\n\n{b.rcpt}",
        reason=f"Le domaine {b.domain} n'existe pas ou ne publie aucun serveur de messagerie. Vérifiez l'orthographe de la partie située après le @, puis renvoyez le message.",
        server="Serveur de génération : PA4P190MB1123.EURP190.PROD.OUTLOOK.example",
        diag=f"{b.rcpt}\nRéponse du serveur distant : « {diag} »",
        admin="Informations de diagnostic pour les administrateurs :",
    )
    parts = [
        human,
        delivery_status(b, "PA4P190MB1123.EURP190.PROD.OUTLOOK.example", "failed", diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Non remis : {b.subject()}")


def bounce_es_delay(b: Bounce) -> Message:
    text = (
        "Este es un mensaje automático del servidor de correo.\n\n"
        f"Su mensaje para {b.rcpt} todavía no se ha podido entregar. El servidor de destino cerró la conexión antes de completar la transferencia (4.4.2).\n\n"
        "Seguiremos intentándolo durante los próximos cuatro días. No hace falta que vuelva a enviarlo.\n\n"
        f"Asunto: {b.subject()}\n"
    )
    diag = "421 4.4.2 Connection closed by remote host during DATA"
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b, "smtp.correo-empresas.example", "delayed", diag, remote=f"mail.{b.domain}"
        ),
    ]
    return finish(
        b,
        report(parts),
        "Servicio de correo <mailer-daemon@smtp.correo-empresas.example>",
        "Aviso: entrega retrasada",
    )


def bounce_nl_storage(b: Bounce) -> Message:
    rem = b.reminder()
    text = (
        "Dit is een automatisch bericht van de mailserver mail.zakelijkpost.example.\n\n"
        "Uw bericht kon nog niet worden afgeleverd bij:\n\n"
        f"    {b.rcpt}\n\n"
        "Reden: de ontvangende server meldt tijdelijk onvoldoende opslagruimte (452 4.3.1 Insufficient system storage).\n\n"
        "We proberen het de komende 48 uur opnieuw. U hoeft niets te doen.\n\n"
        "Kopregels van het oorspronkelijke bericht:\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {b.subject()}\nDate: {rem['Date']}\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return finish(
        b,
        msg,
        "Mailserver <mailer-daemon@mail.zakelijkpost.example>",
        f"Vertraagde bezorging: {b.subject()}",
    )


def bounce_nl_domain(b: Bounce) -> Message:
    text = (
        "Dit bericht is automatisch aangemaakt door de uitgaande mailserver smtp-relay.mailnl.example.\n\n"
        "Uw e-mail kon niet worden bezorgd bij een of meer ontvangers. Het domein van de ontvanger bestaat niet of heeft geen mailserver.\n\n"
        f"<{b.rcpt}>: Host or domain name not found. Name service error for\n"
        f"    name={b.domain} type=MX: Host not found\n\n"
        "Dit is een permanente fout. Het oorspronkelijke bericht zit als bijlage bij deze melding.\n"
    )
    diag = f"Host or domain name not found. Name service error for name={b.domain} type=MX: Host not found"
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, "smtp-relay.mailnl.example", "failed", diag, dtype="X-Postfix"),
        MIMEMessage(b.reminder()),
    ]
    msg = report(parts)
    msg["X-Failed-Recipients"] = b.rcpt
    return finish(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@smtp-relay.mailnl.example>",
        f"Niet afgeleverd: {b.subject()}",
    )


def bounce_it_deferred(b: Bounce) -> Message:
    text = (
        "Gentile mittente,\n\n"
        f"il server di destinazione ha rifiutato temporaneamente il messaggio indirizzato a {b.rcpt}:\n\n"
        "    421 4.7.0 Troppe connessioni dal vostro server, riprovare più tardi\n\n"
        "Il messaggio resta in coda e verrà ritrasmesso automaticamente. Riceverà un nuovo avviso solo se la consegna non riuscirà entro cinque giorni.\n\n"
        "Sistema di posta – relay.posta-aziende.example\n"
    )
    diag = "421 4.7.0 Troppe connessioni dal vostro server, riprovare piu' tardi"
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, "relay.posta-aziende.example", "delayed", diag, remote=f"mx.{b.domain}"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Sistema di posta <postmaster@relay.posta-aziende.example>",
        "Consegna ritardata del messaggio",
    )


def bounce_exchange_it_hard(b: Bounce) -> Message:
    diag = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    human = exchange_human(
        head=f"Impossibile recapitare il messaggio a questi destinatari o gruppi:\n\n{b.rcpt}",
        reason=f"Il server del destinatario ha rifiutato l'indirizzo perché nel dominio {b.domain} non esiste una casella con questo nome. L'indirizzo potrebbe essere stato dismesso oppure contenere un errore di battitura.",
        server="Server di generazione: MI1P293MB0456.ITAP293.PROD.OUTLOOK.example",
        diag=f"{b.rcpt}\nIl server remoto ha restituito '{diag}'",
        admin="Informazioni di diagnostica per gli amministratori:",
        charset="windows-1252",
    )
    parts = [
        human,
        delivery_status(b, "MI1P293MB0456.ITAP293.PROD.OUTLOOK.example", "failed", diag),
        returned_headers(b),
    ]
    return finish(b, report(parts), EXCHANGE_SENDER, f"Recapito non riuscito: {b.subject()}")


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "events@marlowehall.example",
            "2026-11-17 07:38 +0000",
            "en",
            "Sendmail DSN with the full returned message",
        ),
        bounce_sendmail_hard,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "soft",
            "4.4.7",
            "accounts@bellinghamrowing.example",
            "2026-11-19 13:12 +0000",
            "en",
            "Microsoft 365 'Delivery delayed' report",
        ),
        bounce_m365_delay,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "hard",
            "5.1.1",
            "bookings@thepavilion-hove.example",
            "2026-11-24 07:40 +0000",
            "en",
            "qmail non-MIME failure notice; the status comes from '(#5.1.1)'",
        ),
        bounce_qmail_hard,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.2.1",
            "buchhaltung@festzelt-bauer.example",
            "2026-11-18 07:36 +0100",
            "de",
            "mailbox disabled: permanent",
        ),
        bounce_provider_de_hard,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.7.1",
            "info@partyservice-lehmann.example",
            "2026-11-25 11:20 +0100",
            "de",
            "greylisting notice, single-part ISO-8859-1 text, no DSN",
        ),
        bounce_greylist_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "soft",
            "4.2.2",
            "contact@domaine-des-tilleuls.example",
            "2026-11-20 07:41 +0100",
            "fr",
            "mailbox over quota, retrying; multipart/mixed with the message, 8bit UTF-8",
        ),
        bounce_fr_quota,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "hard",
            "5.4.4",
            "compta@salons-lumiere.example",
            "2026-12-01 07:39 +0100",
            "fr",
            "Exchange 'Non remis', nonexistent domain",
        ),
        bounce_exchange_fr_hard,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "soft",
            "4.4.2",
            "eventos@fincalasencinas.example",
            "2026-11-23 09:15 +0000",
            "es",
            "delay report without the returned message",
        ),
        bounce_es_delay,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.3.1",
            "administratie@feestzaal-hetanker.example",
            "2026-11-27 09:02 +0100",
            "nl",
            "plain-text delay notice, no DSN part",
        ),
        bounce_nl_storage,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "hard",
            "5.1.2",
            "facturen@evenementenbureau-zuid.example",
            "2026-12-02 07:37 +0100",
            "nl",
            "unknown domain; X-Postfix diagnostic type and X-Failed-Recipients",
        ),
        bounce_nl_domain,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "soft",
            "4.7.0",
            "amministrazione@villaserena-eventi.example",
            "2026-11-26 09:10 +0100",
            "it",
            "temporary rejection for too many connections",
        ),
        bounce_it_deferred,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "hard",
            "5.1.1",
            "ufficio.eventi@comune-valdarno.example",
            "2026-12-03 07:42 +0100",
            "it",
            "Exchange in Italian, windows-1252 human part",
        ),
        bounce_exchange_it_hard,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt.lower(), bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
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


def check_labels(labels: list[dict[str, object]]) -> None:
    """The shape the brief asks for: 12 per intent, every key present, dates in range."""
    per_intent = Counter(str(x["intent"]) for x in labels)
    if set(per_intent.values()) != {12} or len(per_intent) != len(INTENTS):
        raise SystemExit(f"intent counts are off: {dict(per_intent)}")
    for x in labels:
        if list(x) != ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]:
            raise SystemExit(f"{x['file']}: label keys out of order")
        for key in ("promised_date", "paid_date", "return_date"):
            value = x[key]
            if value is not None and not re.fullmatch(r"202[67]-\d\d-\d\d", str(value)):
                raise SystemExit(f"{x['file']}: bad {key} {value!r}")
        refs = x["invoice_refs"]
        if not isinstance(refs, list) or any(
            not re.fullmatch(r"TL-26-\d{5}", str(ref)) for ref in refs
        ):
            raise SystemExit(f"{x['file']}: bad invoice_refs {refs!r}")


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
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    check_labels(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    styles = Counter(r.style for r in REPLIES)
    charsets = Counter(r.charset for r in REPLIES)
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    print(f"reply styles: {dict(sorted(styles.items()))}")
    print(f"reply charsets: {dict(sorted(charsets.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
