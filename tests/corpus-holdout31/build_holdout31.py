# ruff: noqa: E501, RUF001
# Message text is kept one paragraph per line, as a mail client sends it, with the typographic
# dashes, quotes and non-breaking spaces that people and their clients actually produce.
"""Build held-out reply corpus 31: `h31-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Agrivet Supply, a veterinary-supply and
agricultural wholesaler, after it sent an overdue reminder. The new text of each message is
written by hand below. The script only adds what a mail client or a mail server would add: the
quoted reminder (in the client's layout and language), headers, MIME structure, charsets and
transfer encodings, and the machine parts of delivery reports. It writes next to itself,
deterministically (fixed seed, boundaries and Message-IDs derived from each message's key, no
clock), parses every file back as a check and prints the count table.

Standard library only.
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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import DateHeader
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Literal, TypedDict, Unpack

HERE = Path(__file__).resolve().parent
PREFIX = "h31"
SEED = 31_2026_1218
AR_NAME = "Agrivet Supply Receivables"
AR_ADDR = "receivables@agrivet-supply.example"
AR_DOMAIN = "agrivet-supply.example"
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


class ReplyFields(TypedDict, total=False):
    """The label fields a hand-written reply sets (keys of LABEL_KEYS); the rest stay null."""

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


class ReplyLabels(ReplyFields, total=False):
    invoice_refs: list[str]
    note: str | None


class Label(TypedDict):
    """One line of labels.jsonl, without its file name."""

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


class LabelRow(Label):
    """One line of labels.jsonl."""

    file: str


FIRST_DAY = date(2026, 11, 23)
LAST_DAY = date(2026, 12, 18)

# --------------------------------------------------------------------------------------------
# Locale tables (what each client prints in each language)
# --------------------------------------------------------------------------------------------

DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAYS_ABBR = {
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

ATTR_GMAIL = {
    "en": "On {da}, {d} {ma} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {da}, {d}. {ma} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {da} {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {da}, {d} {ma} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {da} {d} {ma} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {da} {d} {ma} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
ATTR_APPLE = {
    "en": "On {d} {ma} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
ATTR_THUNDERBIRD = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{MM}, {name} ha scritto:",
}
# Outlook desktop / OWA header block: separator line, From, Sent, To, Subject, label separator,
# and the "Sent" date layout.
OUTLOOK = {
    "en": (
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "{D}, {d} {M} {y} {HH}:{MM}",
    ),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "{D}, {d}. {M} {y} {HH}:{MM}",
    ),
    "fr": (
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "{D} {d} {M} {y} {HH}:{MM}",
    ),
    "es": (
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "{D}, {d} de {M} de {y} {H}:{MM}",
    ),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "{D} {d} {M} {y} {HH}:{MM}",
    ),
    "it": (
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "{D} {d} {M} {y} {HH}:{MM}",
    ),
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
AUTO_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
}
IPHONE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
OUTLOOK_ANDROID = {
    "en": "Get Outlook for Android<https://aka.ms/AAb9ysg>",
    "de": "Outlook für Android herunterladen<https://aka.ms/AAb9ysg>",
    "fr": "Télécharger Outlook pour Android<https://aka.ms/AAb9ysg>",
    "es": "Obtener Outlook para Android<https://aka.ms/AAb9ysg>",
    "nl": "Outlook voor Android downloaden<https://aka.ms/AAb9ysg>",
    "it": "Scarica Outlook per Android<https://aka.ms/AAb9ysg>",
}
# Samsung Email: signature, separator, From, Date (layout), To, Subject
SAMSUNG = {
    "en": (
        "Sent from my Galaxy",
        "-------- Original message --------",
        "From: ",
        "Date: {dd}/{mo}/{y} {HH}:{MM} ({gmt}) ",
        "To: ",
        "Subject: ",
    ),
    "de": (
        "Von meinem Galaxy gesendet",
        "-------- Ursprüngliche Nachricht --------",
        "Von: ",
        "Datum: {dd}.{mo}.{yy} {HH}:{MM} ({gmt}) ",
        "An: ",
        "Betreff: ",
    ),
    "fr": (
        "Envoyé depuis mon Galaxy",
        "-------- Message d'origine --------",
        "De : ",
        "Date : {dd}/{mo}/{y} {HH}:{MM} ({gmt}) ",
        "À : ",
        "Objet : ",
    ),
    "es": (
        "Enviado desde mi Galaxy",
        "-------- Mensaje original --------",
        "De: ",
        "Fecha: {dd}/{mo}/{yy} {HH}:{MM} ({gmt}) ",
        "Para: ",
        "Asunto: ",
    ),
    "nl": (
        "Verzonden vanaf mijn Galaxy",
        "-------- Oorspronkelijk bericht --------",
        "Van: ",
        "Datum: {dd}-{mo}-{y} {HH}:{MM} ({gmt}) ",
        "Aan: ",
        "Onderwerp: ",
    ),
    "it": (
        "Inviato dal mio Galaxy",
        "-------- Messaggio originale --------",
        "Da: ",
        "Data: {dd}/{mo}/{yy} {HH}:{MM} ({gmt}) ",
        "A: ",
        "Oggetto: ",
    ),
}

# --------------------------------------------------------------------------------------------
# The overdue reminder Agrivet sends (quoted in replies, returned inside bounces)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Zahlungserinnerung zur Rechnung {inv}",
    "fr": "Rappel : facture {inv} arrivée à échéance",
    "es": "Aviso de factura vencida {inv}",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Promemoria di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Dear customer,\n\n"
        "According to our ledger the invoice below has passed its due date and is still open:\n\n"
        "  Invoice: {inv}\n  Invoice date: {idate}\n  Due date: {ddate}\n  Balance: {amt}\n\n"
        "If you have paid it in the last few days, thank you – please disregard this reminder. If anything about the invoice is not right, reply to this email and we will look into it straight away.\n\n"
        "With kind regards\n\nReceivables\nAgrivet Supply – veterinary & agricultural wholesale"
    ),
    "de": (
        "Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
        "laut unserer Buchhaltung ist die folgende Rechnung fällig und noch offen:\n\n"
        "  Rechnung: {inv}\n  Rechnungsdatum: {idate}\n  Fälligkeit: {ddate}\n  Offener Betrag: {amt}\n\n"
        "Falls Sie in den letzten Tagen bereits gezahlt haben, danken wir Ihnen – dann ist diese Erinnerung gegenstandslos. Stimmt etwas an der Rechnung nicht, antworten Sie bitte einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\nDebitorenbuchhaltung\nAgrivet Supply – Veterinär- und Agrargroßhandel"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Sauf erreur de notre part, la facture suivante est échue et reste à régler :\n\n"
        "  Facture : {inv}\n  Date de facture : {idate}\n  Échéance : {ddate}\n  Solde : {amt}\n\n"
        "Si votre règlement est parti ces derniers jours, merci, et ne tenez pas compte de ce rappel. Si quelque chose ne va pas sur la facture, répondez simplement à ce message et nous regarderons cela sans attendre.\n\n"
        "Bien cordialement,\n\nService clients – recouvrement\nAgrivet Supply – grossiste vétérinaire et agricole"
    ),
    "es": (
        "Estimado cliente:\n\n"
        "Según nuestra contabilidad, la siguiente factura ha vencido y sigue pendiente:\n\n"
        "  Factura: {inv}\n  Fecha de factura: {idate}\n  Vencimiento: {ddate}\n  Saldo: {amt}\n\n"
        "Si ya la ha abonado en los últimos días, gracias, y no tenga en cuenta este aviso. Si hay algún problema con la factura, responda a este correo y lo revisaremos enseguida.\n\n"
        "Atentamente,\n\nCobros\nAgrivet Supply – distribución veterinaria y agrícola"
    ),
    "nl": (
        "Geachte klant,\n\n"
        "Volgens onze boekhouding is onderstaande factuur vervallen en nog niet betaald:\n\n"
        "  Factuur: {inv}\n  Factuurdatum: {idate}\n  Vervaldatum: {ddate}\n  Saldo: {amt}\n\n"
        "Heeft u de afgelopen dagen al betaald, dan danken wij u en kunt u deze herinnering negeren. Klopt er iets niet aan de factuur, beantwoord dan deze e-mail; wij zoeken het direct voor u uit.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer\nAgrivet Supply – groothandel veterinair en agrarisch"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dalla nostra contabilità la fattura indicata di seguito risulta scaduta e non ancora saldata:\n\n"
        "  Fattura: {inv}\n  Data fattura: {idate}\n  Scadenza: {ddate}\n  Saldo: {amt}\n\n"
        "Se ha già provveduto al pagamento negli ultimi giorni, La ringraziamo e può ignorare questo promemoria. Se qualcosa nella fattura non torna, risponda a questa e-mail e verificheremo subito.\n\n"
        "Cordiali saluti\n\nUfficio incassi\nAgrivet Supply – ingrosso veterinario e agricolo"
    ),
}
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"', "‘": "'"}
NBSP = "\u00a0"


def money(amount: str, cur: str, lang: str) -> str:
    """An amount as the reminder prints it for the language."""
    whole, cents = f"{Decimal(amount):,.2f}".split(".")
    if lang == "en":
        return ("£" if cur == "GBP" else "€") + f"{whole}.{cents}"
    groups = whole.split(",")
    if lang == "fr":
        return NBSP.join(groups) + f",{cents}{NBSP}€"
    number = ".".join(groups) + f",{cents}"
    return f"€ {number}" if lang in {"nl", "it"} else f"{number} €"


def day_text(d: date, lang: str) -> str:
    if lang == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if lang == "nl":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def reminder_text(lang: str, inv: str, amt: str, cur: str, sent: datetime) -> str:
    due = sent.date() - timedelta(days=12)
    issued = due - timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        amt=money(amt, cur, lang),
        idate=day_text(issued, lang),
        ddate=day_text(due, lang),
    )


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


# --------------------------------------------------------------------------------------------
# Ids, dates and small text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{PREFIX}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def hexid(key: str, salt: str, n: int) -> str:
    return digest(key, salt).hex()[:n]


def reminder_msgid(key: str) -> str:
    return f"<ar.{hexid(key, 'reminder', 16)}.{hexid(key, 'run', 6)}@{AR_DOMAIN}>"


def parse_when(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def date_fields(lang: str, dt: datetime) -> dict[str, str]:
    wd, mo = dt.weekday(), dt.month - 1
    off = dt.utcoffset() or timedelta(0)
    hours = int(off.total_seconds() // 3600)
    return {
        "D": DAYS[lang].split()[wd],
        "da": DAYS_ABBR[lang].split()[wd],
        "M": MONTHS[lang].split()[mo],
        "ma": MONTHS_ABBR[lang].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "MM": f"{dt.minute:02d}",
        "gmt": f"GMT{hours:+03d}:00",
    }


def fmt(template: str, lang: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(lang, dt), **extra)


def quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def esc_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def paragraphs_html(text: str, tag: str = "div") -> str:
    out = []
    for block in text.split("\n\n"):
        out.append(f"<{tag}>{esc_lines(block)}</{tag}>")
    return f"\n<{tag}><br></{tag}>\n".join(out)


def mso(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        lines.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

CTE = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}  # 0: no transfer encoding


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    text.encode(charset)  # fails loudly if the hand-written text does not fit the charset
    c = cs.Charset(charset)
    c.body_encoding = CTE[cte]
    c.header_encoding = cs.QP
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, c)
    if cte == "8bit" and "Content-Transfer-Encoding" not in part:
        part["Content-Transfer-Encoding"] = "8bit"
    return part


def encode_header(value: str, charset: str, name: str = "Subject", b: bool = False) -> str:
    """The header as a client writes it: RFC 2047 encoded-words when it is not ASCII."""
    if value.isascii():
        return value
    enc = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    chs = cs.Charset(enc)
    chs.header_encoding = cs.BASE64 if b else cs.QP
    return Header(value, chs, header_name=name, maxlinelen=76).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, 'From')} <{addr}>"


def move_mime_headers_last(msg: Message) -> None:
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
        value = msg["Content-Type"]
        cte = msg.get("Content-Transfer-Encoding")
        del msg["Content-Type"]
        del msg["Content-Transfer-Encoding"]
        msg["Content-Type"] = value
        if cte:
            msg["Content-Transfer-Encoding"] = cte


def drop_inner_versions(part: Message, top: bool = True) -> None:
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE = {
    "gmail": "000000000000{}",
    "apple": "Apple-Mail={}",
    "apple_html": "Apple-Mail={}",
    "iphone_html": "Apple-Mail-{}",
    "outlook_html": "_000_{}",
    "owa": "_000_{}",
    "html_only": "_000_{}",
    "attach": "_004_{}",
    "samsung": "--_com.samsung.android.email_{}",
    "postfix": "4dQk7H2v1Tz9rxL.1795424760/mail.agrivet-supply.example{}",
    "sendmail": "2BA9D5q7013377.1796893504/relay.agrivet-supply.example{}",
    "exchange": "_{}_",
    "google": "000000000000{}",
    "gmail_new": "000000000000{}",
}


def set_boundaries(msg: Message, key: str, style: str) -> None:
    shape = BOUNDARY_STYLE.get(style, "----=_Part_{}")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        if style in {"postfix", "sendmail"}:
            part.set_boundary(shape.format("" if n == 0 else f"/{n}"))
        elif shape.startswith("000000000000"):  # Gmail: twelve zeros and lower-case hex
            part.set_boundary(shape.format(hexid(key, f"b{n}", 16)))
        else:
            part.set_boundary(shape.format(b32(key, f"b{n}", 26)))


def finish(msg: Message, key: str, style: str) -> Message:
    move_mime_headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, style)
    return msg


# --------------------------------------------------------------------------------------------
# Replies: one hand-written message each
# --------------------------------------------------------------------------------------------


@dataclass
class Reply:
    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    inv: str
    amt: str
    labels: ReplyLabels = field(default_factory=ReplyLabels)
    cur: str = "EUR"
    rlang: str = ""  # language of the reminder being answered, when not the reply's
    subject: str = ""  # a template with {rsub} for the reminder's subject
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    after: int = 0  # minutes after the reminder (automatic notices); 0: a working day before
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def rl(self) -> str:
        return self.rlang or self.lang

    @property
    def reminder_sent(self) -> datetime:
        """When the reminder left Agrivet (UTC), seen in the reply's time zone."""
        tz = self.dt.tzinfo
        if self.after:
            return (self.dt - timedelta(minutes=self.after)).astimezone(tz)
        day = (self.dt.astimezone(UTC) - timedelta(days=1)).date()
        if self.dt.hour < 9:  # replying early: the reminder came two days before
            day -= timedelta(days=1)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        minute = 1 + int(hexid(self.key, "minute", 2), 16) % 9
        sent = datetime(
            day.year,
            day.month,
            day.day,
            9,
            minute,
            int(hexid(self.key, "s", 2), 16) % 60,
            tzinfo=UTC,
        )
        return sent.astimezone(tz)

    @property
    def rsubject(self) -> str:
        text = REMINDER_SUBJECT[self.rl].format(inv=self.inv)
        return latin1_safe(text) if self.charset == "iso-8859-1" else text

    @property
    def rtext(self) -> str:
        text = reminder_text(self.rl, self.inv, self.amt, self.cur, self.reminder_sent)
        return latin1_safe(text) if self.charset == "iso-8859-1" else text


def to_line(r: Reply) -> str:
    name, addr = r.who
    return f"{name} <{addr}>" if name else addr


def outlook_lines(r: Reply) -> list[str]:
    _, frm, sent, to, subj, sep, layout = OUTLOOK[r.lang]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(layout, r.lang, r.reminder_sent)}",
        f"{to}{sep}{to_line(r)}",
        f"{subj}{sep}{r.rsubject}",
    ]


def alt(r: Reply, plain: str, markup: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def s_outlook(r: Reply) -> Message:
    """Classic Outlook desktop, plain text, with the localised 'Original Message' line."""
    block = "\n".join([OUTLOOK[r.lang][0], *outlook_lines(r)])
    return text_part(f"{r.body}\n\n{block}\n\n{r.rtext}\n", "plain", r.charset, r.cte)


def word_html(r: Reply) -> str:
    _, frm, sent, to, subj, sep, _ = OUTLOOK[r.lang]
    rows = []
    for label, line in zip((frm, sent, to, subj), outlook_lines(r), strict=True):
        value = line.split(sep, 1)[1]
        rows.append(f"<b>{html.escape(label)}{html.escape(sep.rstrip())}</b> {html.escape(value)}")
    lang_attr = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}[r.lang]
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle18\n\t{mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{"<br>".join(rows)}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso(r.rtext)}\n</div>\n</body>\n</html>\n"
    )


def s_outlook_html(r: Reply) -> Message:
    plain = "\n".join([r.body, "", *outlook_lines(r), "", r.rtext, ""])
    return alt(r, plain, word_html(r))


def s_html_only(r: Reply) -> Message:
    return text_part(word_html(r), "html", r.charset, r.cte)


def s_owa(r: Reply) -> Message:
    lines = outlook_lines(r)
    plain = "\n".join([r.body, "", "________________________________", *lines, "", r.rtext, ""])
    sep = OUTLOOK[r.lang][5]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in lines
    )
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{esc_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{paragraphs_html(r.rtext)}</div>\n</body>\n</html>\n"
    )
    return alt(r, plain, markup)


def gmail_attr(r: Reply) -> str:
    return fmt(ATTR_GMAIL[r.lang], r.lang, r.reminder_sent, name=AR_NAME, addr=AR_ADDR)


def s_gmail(r: Reply) -> Message:
    attr = gmail_attr(r)
    plain = f"{r.body}\n\n{attr}\n\n{quote(r.rtext)}\n"
    markup = (
        f'<div dir="ltr">{paragraphs_html(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{paragraphs_html(r.rtext)}</blockquote></div>\n"
    )
    return alt(r, plain, markup)


def s_gmail_new(r: Reply) -> Message:
    """A new Gmail message (not a reply): nothing quoted."""
    return alt(r, r.body + "\n", f'<div dir="ltr">{paragraphs_html(r.body)}</div>\n')


def s_gmail_plain(r: Reply) -> Message:
    return text_part(
        f"{r.body}\n\n{gmail_attr(r)}\n\n{quote(r.rtext)}\n", "plain", r.charset, r.cte
    )


def inline_text(r: Reply, attr: str) -> str:
    """Inline replies: {q0}, {q1}… in the body stand for quoted paragraphs of the reminder."""
    paras = r.rtext.split("\n\n")
    quoted = {f"q{n}": quote(p) for n, p in enumerate(paras)}
    body = r.body if "{attr}" in r.body else "{attr}\n" + r.body
    return body.format(attr=attr, **quoted) + "\n"


def s_inline_tb(r: Reply) -> Message:
    attr = fmt(ATTR_THUNDERBIRD[r.lang], r.lang, r.reminder_sent, name=AR_NAME)
    part = text_part(inline_text(r, attr), "plain", r.charset, r.cte)
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def s_inline_gmail(r: Reply) -> Message:
    return text_part(inline_text(r, gmail_attr(r) + "\n"), "plain", r.charset, r.cte)


def apple_attr(r: Reply) -> str:
    return fmt(ATTR_APPLE[r.lang], r.lang, r.reminder_sent, name=AR_NAME, addr=AR_ADDR)


def s_apple(r: Reply) -> Message:
    return text_part(
        f"{r.body}\n\n{apple_attr(r)}\n\n{quote(r.rtext)}\n", "plain", r.charset, r.cte
    )


def s_apple_html(r: Reply) -> Message:
    plain = f"{r.body}\n\n{apple_attr(r)}\n\n{quote(r.rtext)}\n"
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{paragraphs_html(r.body)}<div><br><blockquote type="cite"><div>{html.escape(apple_attr(r))}</div><br>'
        f"<div><div>{paragraphs_html(r.rtext)}</div></div></blockquote></div><br></body></html>\n"
    )
    return alt(r, plain, markup)


def iphone_plain(r: Reply) -> str:
    return f"{r.body}\n\n{IPHONE[r.lang]}\n\n{quote(apple_attr(r) + chr(10) + chr(10) + r.rtext)}\n"


def s_iphone(r: Reply) -> Message:
    return text_part(iphone_plain(r), "plain", r.charset, r.cte)


def s_iphone_html(r: Reply) -> Message:
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        f'<body dir="auto"><div dir="ltr">{esc_lines(r.body)}</div>'
        f'<div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">{IPHONE[r.lang]}</div>'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attr(r))}<br><br></blockquote></div>'
        f'<blockquote type="cite"><div dir="ltr">{paragraphs_html(r.rtext)}</div></blockquote></div></body></html>\n'
    )
    return alt(r, iphone_plain(r), markup)


def s_thunderbird(r: Reply) -> Message:
    attr = fmt(ATTR_THUNDERBIRD[r.lang], r.lang, r.reminder_sent, name=AR_NAME)
    part = text_part(f"{r.body}\n\n{attr}\n{quote(r.rtext)}\n", "plain", r.charset, r.cte)
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def s_android(r: Reply) -> Message:
    """Outlook for Android: base64, its 'Get Outlook' line and an underscore divider."""
    lines = "\n".join(outlook_lines(r))
    text = f"{r.body}\n\n{OUTLOOK_ANDROID[r.lang]}\n{'_' * 32}\n{lines}\n\n{r.rtext}\n"
    return text_part(text, "plain", r.charset, "b64")


def s_samsung(r: Reply) -> Message:
    sig, sep, frm, when, to, subj = SAMSUNG[r.lang]
    head = "\n".join(
        [
            sep,
            f"{frm}{AR_NAME} <{AR_ADDR}> ",
            fmt(when, r.lang, r.reminder_sent),
            f"{to}{to_line(r)} ",
            f"{subj}{r.rsubject} ",
        ]
    )
    plain = f"{r.body}\n\n\n\n{sig}\n\n\n{head}\n\n{r.rtext}\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head><body dir="auto">'
        f'<div dir="auto">{esc_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>'
        f"{esc_lines(head)}</div></div><br>{paragraphs_html(r.rtext)}</body></html>\n"
    )
    return alt(r, plain, markup)


def s_none(r: Reply) -> Message:
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def s_none_html(r: Reply) -> Message:
    """A machine-made HTML-only message; the body is already HTML."""
    return text_part(r.body, "html", r.charset, r.cte)


def s_none_alt(r: Reply) -> Message:
    """A machine-made notice: the body is plain text; a simple HTML twin is generated."""
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body style="font-family:Arial,sans-serif;font-size:10pt">{paragraphs_html(r.body, "p")}</body></html>\n'
    )
    return alt(r, r.body + "\n", markup)


STYLES: dict[str, Callable[[Reply], Message]] = {
    "outlook": s_outlook,
    "outlook_html": s_outlook_html,
    "html_only": s_html_only,
    "owa": s_owa,
    "gmail": s_gmail,
    "gmail_new": s_gmail_new,
    "gmail_plain": s_gmail_plain,
    "inline_tb": s_inline_tb,
    "inline_gmail": s_inline_gmail,
    "apple": s_apple,
    "apple_html": s_apple_html,
    "iphone": s_iphone,
    "iphone_html": s_iphone_html,
    "thunderbird": s_thunderbird,
    "android": s_android,
    "samsung": s_samsung,
    "none": s_none,
    "none_html": s_none_html,
    "none_alt": s_none_alt,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android"}
NOTICE_STYLES = {"none", "none_html", "none_alt"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (("User-Agent", "Mozilla/5.0 (Windows NT 10.0; rv:128.0) Thunderbird/128.5.2"),),
    "inline_tb": (("User-Agent", "Mozilla Thunderbird"),),
    "samsung": (("X-Mailer", "Samsung Email 6.2.04.6"),),
}


def reply_msgid(r: Reply) -> str:
    addr_domain = r.who[1].split("@")[1]
    raw = digest(r.key, "msgid")
    if r.style in {"gmail", "gmail_new", "gmail_plain", "inline_gmail"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:43]
        return f"<CA{tail}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        host = f"{b32(r.key, 'ms3', 4)}PR0{1 + raw[0] % 9}MB{int.from_bytes(raw[1:3], 'big') % 9000 + 1000}"
        return f"<{host}{b32(r.key, 'ms1', 16)}@{host}.eurprd0{1 + raw[0] % 8}.prod.outlook.com>"
    if r.style.startswith(("apple", "iphone")):
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{addr_domain}>"
    if r.style == "samsung":
        return f"<{raw.hex()[:20]}.{int.from_bytes(raw[:4], 'big')}@email.android.com>"
    if r.style in NOTICE_STYLES:
        return f"<{hexid(r.key, 'auto', 24)}@{addr_domain}>"
    h = raw.hex()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{addr_domain}>"


def reply_subject(r: Reply) -> str:
    if r.subject:
        return r.subject.format(rsub=r.rsubject)
    if r.style in OUTLOOK_FAMILY:
        return OUTLOOK_RE[r.lang] + r.rsubject
    if r.style in NOTICE_STYLES:
        return AUTO_PREFIX[r.lang] + r.rsubject
    return "Re: " + r.rsubject


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    part = MIMEApplication(data, "pdf", name=name)
    part.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(part)
    return outer


def build_reply(r: Reply) -> Message:
    msg = with_attachment(r, STYLES[r.style](r))
    msg["From"] = mailbox(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encode_header(reply_subject(r), r.charset, b=r.style in {"android", "samsung"})
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    if r.style in OUTLOOK_FAMILY:
        msg["Thread-Topic"] = encode_header(r.rsubject, r.charset, "Thread-Topic")
        msg["Thread-Index"] = base64.b64encode(digest(r.key, "thread")[:22]).decode()
        msg["Accept-Language"] = {"en": "en-GB, en-US"}.get(
            r.lang, f"{r.lang}-{r.lang.upper()}, en-US"
        )
        msg["Content-Language"] = {"en": "en-GB"}.get(r.lang, f"{r.lang}-{r.lang.upper()}")
        msg["X-MS-Has-Attach"] = "yes" if r.attach else ""
        msg["X-MS-TNEF-Correlator"] = ""
    for name, value in (*CLIENT_HEADERS.get(r.style, ()), *r.headers):
        msg[name] = value
    style = "attach" if r.attach and r.style in OUTLOOK_FAMILY else r.style
    return finish(msg, r.key, style)


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
NO_AUTO_RESPONSE = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n"
    b"2 0 obj\n<</Type/Pages/Kids[]/Count 0>>\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n"
)


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: Unpack[ReplyFields]
) -> ReplyLabels:
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise SystemExit(f"unknown label fields {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Rob Thwaite", "rob.thwaite@hollinsfarm.example"),
        "2026-11-24 21:47 +0000",
        "iphone",
        "Paid.",
        "AV/26/30418",
        "486.20",
        lab(note="one word in answer to the reminder; no date, amount or reference"),
        cur="GBP",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Deb Airey", "deb@pawsandclaws-kendal.example"),
        "2026-12-02 18:05 +0000",
        "gmail",
        "done",
        "AV/26/31017",
        "173.45",
        lab(note="lower-case 'done' answering an overdue reminder is read as paid; no date"),
        cur="GBP",
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Fellside Farmers Co-operative - Accounts Payable", "ap-noreply@fellsidefarmers.example"),
        "2026-12-14 06:30 +0000",
        "none_html",
        (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Remittance advice</title></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">\n'
            '<table width="640" cellpadding="0" cellspacing="0" border="0"><tr><td>\n'
            '<h2 style="font-size:14pt;margin:0 0 8px 0">REMITTANCE ADVICE</h2>\n'
            "<p>Fellside Farmers Co-operative Ltd<br>Accounts Payable<br>Station Yard, Kirkby Fell</p>\n"
            '<table cellpadding="3" cellspacing="0" border="0">\n'
            "<tr><td><b>Payee</b></td><td>Agrivet Supply</td></tr>\n"
            "<tr><td><b>Supplier account</b></td><td>S-01187</td></tr>\n"
            "<tr><td><b>Payment date</b></td><td>14/12/2026</td></tr>\n"
            "<tr><td><b>Payment method</b></td><td>BACS</td></tr>\n"
            "<tr><td><b>Payment reference</b></td><td>FFC-0004512</td></tr>\n"
            "</table>\n<br>\n"
            '<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#999">\n'
            '<tr style="background:#e8eef4"><th align="left">Your invoice</th><th align="left">Invoice date</th><th align="right">Amount GBP</th></tr>\n'
            '<tr><td>AV/26/31702</td><td>02/11/2026</td><td align="right">1,045.00</td></tr>\n'
            '<tr><td>AV/26/31740</td><td>09/11/2026</td><td align="right">388.20</td></tr>\n'
            '<tr><td colspan="2"><b>Total paid</b></td><td align="right"><b>1,433.20</b></td></tr>\n'
            "</table>\n"
            "<p>Funds are normally credited to the payee account within two working days of the payment date.</p>\n"
            '<p style="font-size:8pt;color:#666">This advice was produced automatically by our payment system. Replies to this address are not read. '
            "For questions about this payment please contact purchase.ledger@fellsidefarmers.example quoting the payment reference.</p>\n"
            "</td></tr></table>\n</body></html>\n"
        ),
        "AV/26/31702",
        "1045.00",
        lab(
            ("AV/26/31702", "AV/26/31740"),
            paid_date="2026-12-14",
            payment_reference="FFC-0004512",
            amount="1433.20",
            currency="GBP",
            note="AP-system payment advice, HTML only, Auto-Submitted: auto-generated and not threaded; the total of both invoices is the amount paid; the queries address is not a new contact",
        ),
        subject="Remittance advice - Fellside Farmers Co-operative Ltd - FFC-0004512",
        headers=(
            AUTO_GENERATED,
            ("X-Mailer", "PayRun Remittance Service 4.2"),
            ("Precedence", "bulk"),
        ),
        threaded=False,
        cur="GBP",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Sepp Brandl", "sepp.brandl@milchhof-brandl.example"),
        "2026-12-01 00:12 +0100",
        "iphone",
        "Servus,\n\nhab's grad eben überwiesen, 1.876,00 €. Ist leider im Stress untergegangen, die letzten Tage hatten wir den Klauenpfleger da und dann noch eine Kuh mit Milchfieber.\n\nGruß\nSepp Brandl",
        "AV/26/31044",
        "1876.00",
        lab(
            paid_date="2026-12-01",
            amount="1876.00",
            currency="EUR",
            note="written at 00:12 +0100: 'grad eben' is 1 December in the sender's time zone (still 30 November in UTC)",
        ),
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Petra Lehnert", "buchhaltung@tierarztpraxis-huebner.example"),
        "2026-12-07 08:41 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie o. g. Rechnung AV/26/31177 haben wir bereits am vergangenen Freitag per Überweisung beglichen. Betrag: 642,35 €, Referenz: TPH-2026-1204-07.\n\nBitte prüfen Sie den Zahlungseingang und melden Sie sich, falls der Betrag bis Mitte der Woche nicht auf Ihrem Konto ist.\n\nMit freundlichen Grüßen\n\nPetra Lehnert\nBuchhaltung\n\nTierarztpraxis Dr. med. vet. Hübner\nKleintiere · Pferde · Nutztiere\nAm Mühlbach 12 · 91999 Obersteinach\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.",
        "AV/26/31177",
        "642.35",
        lab(
            ("AV/26/31177",),
            paid_date="2026-12-04",
            payment_reference="TPH-2026-1204-07",
            amount="642.35",
            currency="EUR",
            note="'am vergangenen Freitag' from Monday 7 December is 4 December",
        ),
        charset="windows-1252",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Julien Marchais", "gaec.hautbocage@gmail.com"),
        "2026-11-26 20:34 +0100",
        "gmail",
        "Bonsoir,\n\nle virement a ete fait hier soir depuis le compte du GAEC, 1530 euros. ref VIR GAEC HAUT BOCAGE 2511\n\nDesole pour le retard on etait en plein dans les velages\n\nJulien\nGAEC du Haut-Bocage",
        "AV/26/30871",
        "1530.00",
        lab(
            paid_date="2026-11-25",
            payment_reference="VIR GAEC HAUT BOCAGE 2511",
            amount="1530.00",
            currency="EUR",
            note="written without accents; 'hier soir' is 25 November",
        ),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Nadège Fontaine", "secretariat@clinvet-tilleuls.example"),
        "2026-12-04 11:20 +0100",
        "outlook_html",
        "Bonjour,\n\nLe règlement de la facture AV/26/31290 vous a été adressé par chèque n° 0004127, d'un montant de 284,90 euros, posté ce mercredi 2 décembre.\n\nPourriez-vous nous confirmer sa bonne réception la semaine prochaine ?\n\nBien cordialement,\n\nNadège Fontaine\nSecrétariat - Clinique Vétérinaire des Tilleuls\n14, rue des Tilleuls - 49999 Saint-Aubin-des-Prés",
        "AV/26/31290",
        "284.90",
        lab(
            ("AV/26/31290",),
            paid_date="2026-12-02",
            payment_reference="0004127",
            amount="284.90",
            currency="EUR",
            note="cheque already posted: payment_sent; the cheque number is the reference",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("María José Guerrero", "administracion@coopvirgendelcampo.example"),
        "2026-11-27 12:55 +0100",
        "outlook_html",
        "Buenos días:\n\nLes comunicamos que hoy hemos ordenado la transferencia de 3.212,60 € para el pago de la factura AV/26/30655. Referencia de la operación: 0182-4410-2611-29.\n\nAdjuntamos el justificante bancario.\n\nUn saludo,\n\nMaría José Guerrero\nAdministración\nCooperativa Agraria Virgen del Campo, S. Coop. And.\n\nAVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, le rogamos que lo comunique al remitente y lo elimine. Sus datos son tratados conforme al Reglamento (UE) 2016/679.",
        "AV/26/30655",
        "3212.60",
        lab(
            ("AV/26/30655",),
            paid_date="2026-11-27",
            payment_reference="0182-4410-2611-29",
            amount="3212.60",
            currency="EUR",
            note="transfer ordered today with the bank receipt attached: sent",
        ),
        attach=("Justificante_transferencia_AV-26-30655.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Toñi Ruiz", "tonyruiz.hipica@gmail.com"),
        "2026-11-25 17:10 +0100",
        "gmail",
        "Hola,\n\n¿Esta no la pagamos ya? Me suena haberla visto pasar…\n\nVale, lo acabo de mirar en el banco y sí: salió el 20 de noviembre, 742,15 €. Si os hace falta os mando el pantallazo. Igual es que se ha cruzado con vuestro aviso.\n\nUn saludo,\nToñi\nHípica El Encinar",
        "AV/26/30602",
        "742.15",
        lab(
            paid_date="2026-11-20",
            amount="742.15",
            currency="EUR",
            note="opens with a question but answers it herself: paid on 20 November",
        ),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Henk Bosma", "h.bosma@melkveebedrijfbosma.example"),
        "2026-12-09 21:18 +0100",
        "iphone",
        "Is gisteren overgemaakt.\n\nGr Henk",
        "AV/26/31490",
        "1118.00",
        lab(paid_date="2026-12-08", note="'gisteren' from Wednesday 9 December"),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Ilse van Dam", "administratie@dierenkliniekdelinde.example"),
        "2026-12-03 10:02 +0100",
        "thunderbird",
        "Goedemorgen,\n\nFactuur AV/26/31388 is op dinsdag 1 december voldaan: € 756,80, betalingskenmerk 1100 4432 0098 7781. Waarschijnlijk heeft de betaling uw herinnering gekruist.\n\nMet vriendelijke groet,\n\nIlse van Dam\nAdministratie Dierenkliniek De Linde",
        "AV/26/31388",
        "756.80",
        lab(
            ("AV/26/31388",),
            paid_date="2026-12-01",
            payment_reference="1100 4432 0098 7781",
            amount="756.80",
            currency="EUR",
        ),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Giorgio Ferraris", "info@aziendaagricolacabianca.example"),
        "2026-12-10 20:15 +0100",
        "apple",
        "Buonasera,\n\nieri pomeriggio abbiamo disposto il bonifico di € 1.905,00 a saldo della fattura AV/26/31533, TRN 0306909876543210.\n\nScusate il ritardo, con la raccolta delle olive siamo andati lunghi.\n\nCordiali saluti\nGiorgio Ferraris\nAzienda Agricola Ca' Bianca",
        "AV/26/31533",
        "1905.00",
        lab(
            ("AV/26/31533",),
            paid_date="2026-12-09",
            payment_reference="0306909876543210",
            amount="1905.00",
            currency="EUR",
            note="'ieri pomeriggio' from Thursday 10 December",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Gareth Pugh", "gareth@cefnmawrfarm.example"),
        "2026-12-04 21:52 +0000",
        "gmail_plain",
        "Evening,\n\nApologies, it slipped my mind with the TB test on Tuesday and everything that goes with it. I'll pay it next Friday when the milk cheque is in.\n\nGareth",
        "AV/26/31233",
        "912.00",
        lab(
            promised_date="2026-12-11",
            note="'next Friday' written on a Friday evening is the Friday a week later",
        ),
        cur="GBP",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Sinead Kelly", "accounts@ballykeelvets.example"),
        "2026-12-08 15:26 +0000",
        "outlook_html",
        "Hi there,\n\nThanks for the reminder. I've set up the transfer for €1,264.75 today but it's dated to go out on the 15th, which is when our card settlements come in. It will show on your side as AV/26/31610.\n\nKind regards,\nSinead\n\nSinead Kelly\nPractice Manager\nBallykeel Veterinary Clinic\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Ballykeel Veterinary Clinic Ltd, registered in Ireland.",
        "AV/26/31610",
        "1264.75",
        lab(
            ("AV/26/31610",),
            promised_date="2026-12-15",
            amount="1264.75",
            currency="EUR",
            note="past-tense 'I've set up the transfer' describes a future-dated payment: a promise for the 15th",
        ),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Tom Ashby", "tom@brackenridge-equestrian.example"),
        "2026-12-01 13:40 +0000",
        "iphone",
        "Hi - I'm out of the office at the winter fair all week so excuse the short reply. Jo does the cheque run on Fridays and I've asked her to put yours in this week's.\n\nTom",
        "AV/26/31011",
        "2205.60",
        lab(
            promised_date="2026-12-04",
            note="a person's reply whose subject says 'out of office'; this week's Friday cheque run from Tuesday 1 December",
        ),
        subject="Out of office - {rsub}",
        cur="GBP",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Agrargenossenschaft Elbaue eG", "rechnungswesen@ag-elbaue.example"),
        "2026-12-02 14:03 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung AV/26/31105 ist sachlich geprüft und freigegeben; die Zahlung erfolgt mit unserem Zahllauf am 15., dann ist auch das Milchgeld für November da.\n\nMit freundlichen Grüßen\ni. A. Kerstin Mähler\nRechnungswesen\n\nAgrargenossenschaft Elbaue eG · Deichweg 3 · 39999 Elbwinkel\nVorstand: Uwe Rathke (Vors.), Birgit Lenz · Genossenschaftsregister: Amtsgericht Elbwinkel GnR 214",
        "AV/26/31105",
        "4380.00",
        lab(
            ("AV/26/31105",),
            promised_date="2026-12-15",
            note="'am 15.' resolved in the message's month; 'freigegeben' (past) but the payment is future",
        ),
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Bernard Lacoste", "comptabilite@coop-valdesaone.example"),
        "2026-11-24 09:15 +0100",
        "outlook",
        "Bonjour,\n\nNous réglons nos fournisseurs fin de mois, comme le prévoient nos conditions et comme vous le savez depuis des années. Votre facture partira avec les autres ; inutile de nous relancer toutes les semaines.\n\nCordialement,\n\nB. Lacoste\nService comptabilité\nCoopérative agricole Val de Saône",
        "AV/26/30522",
        "2967.40",
        lab(
            promised_date="2026-11-30",
            note="irritated; 'fin de mois' written on 24 November is 30 November",
        ),
        charset="windows-1252",
    ),
    Reply(
        "pp-fr-2",
        "promise_to_pay",
        "fr",
        ("Thierry Goasdoué", "t.goasdoue@hotmail.fr"),
        "2026-12-12 22:41 +0100",
        "iphone",
        "Bonsoir\nJe passe a la banque lundi pour faire le virement, j ai pas acces au compte pro depuis le telephone.\nDesole pour le retard\nThierry",
        "AV/26/31480",
        "615.30",
        lab(promised_date="2026-12-14", note="no accents; 'lundi' from Saturday 12 December"),
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Luis Cabrera", "administracion@granjalosalamos.example"),
        "2026-12-01 10:30 +0100",
        "outlook",
        "Buenos días,\n\nEl pago sale este viernes con la remesa de proveedores.\n\nSaludos,\nLuis Cabrera\nGranja Los Álamos, S.L.",
        "AV/26/30944",
        "1389.90",
        lab(promised_date="2026-12-04", note="'este viernes' from Tuesday 1 December"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Paco Mena", "pacomena.ganaderia@gmail.com"),
        "2026-12-09 19:48 +0100",
        "gmail_plain",
        "Buenas tardes,\n\nos lo pago el lunes 14, que es cuando nos ingresan lo de la leche. Si queréis os mando el justificante cuando lo haga.\n\nPaco",
        "AV/26/31377",
        "2040.00",
        lab(promised_date="2026-12-14"),
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Marloes Wijnands", "info@manegedehoefslag.example"),
        "2026-12-07 11:12 +0100",
        "owa",
        "Goedemorgen,\n\nExcuses, de factuur was tussen de stapel beland. Wij maken het bedrag uiterlijk vrijdag 11 december over.\n\nMet vriendelijke groet,\nMarloes Wijnands\nManege De Hoefslag",
        "AV/26/31301",
        "498.75",
        lab(promised_date="2026-12-11"),
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Annelies Kuipers", "geitenhouderij.kuipers@gmail.com"),
        "2026-11-30 20:05 +0100",
        "gmail",
        "Hallo,\n\nWe betalen de factuur zodra de uitbetaling van de biologische premie binnen is. Die had vorige maand al moeten komen, maar het loopt vertraging op. Ik laat het weten als het geld er is.\n\nGroet,\nAnnelies Kuipers\nGeitenhouderij De Klaverwei",
        "AV/26/30988",
        "1236.50",
        lab(note="conditional on an event with no date: a promise without a date"),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Rag. Silvia Montanari", "amministrazione@consorzioagrariovaltaro.example"),
        "2026-12-03 10:47 +0100",
        "html_only",
        "Buongiorno,\n\nin riferimento al Vostro sollecito, Vi informiamo che la fattura AV/26/31395 è stata inserita in pagamento con scadenza fine mese.\n\nCordiali saluti\n\nRag. Silvia Montanari\nUfficio Amministrazione\nConsorzio Agrario Val Taro Soc. Coop.\n\nAi sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questa e-mail per errore, siete pregati di darne notizia al mittente e di cancellarla.",
        "AV/26/31395",
        "3755.20",
        lab(
            ("AV/26/31395",),
            promised_date="2026-12-31",
            note="'è stata inserita in pagamento' (past) schedules a payment at 'fine mese': 31 December",
        ),
        charset="windows-1252",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Marco Bellini", "zoomania.bellini@gmail.com"),
        "2026-12-14 13:02 +0100",
        "android",
        "Salve, giovedi passo in banca e faccio il bonifico. Mi scuso ma questo mese e stato un disastro\nMarco",
        "AV/26/31718",
        "287.60",
        lab(promised_date="2026-12-17", note="no accents; 'giovedi' from Monday 14 December"),
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Alan Fairburn", "alan.fairburn@fairburnfarms.example"),
        "2026-11-25 07:58 +0000",
        "outlook",
        "We have NOT paid this because the goods never arrived. Three pallets of calf milk replacer were due on the 12th, nobody turned up, I rang your depot twice and got nowhere. I'm not paying for something that's still sitting in your warehouse.\n\nSort the delivery out or cancel the invoice.\n\nAlan Fairburn\nFairburn Farms",
        "AV/26/30812",
        "1650.00",
        lab(note="negated payment with the reason: goods never delivered; irritated"),
        cur="GBP",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Claire Hendry", "claire.hendry@willowbankvets.example"),
        "2026-12-10 12:14 +0000",
        "outlook_html",
        "Hello,\n\nWe've held this invoice back because the pricing doesn't match our agreement. The 40 boxes of long-acting oxytetracycline are charged at £48.90 each; our buying-group price is £41.20 (price list dated 1 September, which your rep confirmed by email).\n\nThe other lines are fine. Please issue a credit note for the difference (£308.00) and we'll pay the balance as soon as it arrives.\n\nMany thanks,\nClaire\n\nClaire Hendry\nPractice Manager | Willowbank Veterinary Centre\n\nWillowbank Veterinary Centre Ltd is registered in England and Wales. This message may contain confidential information; if you are not the intended recipient please tell us and delete it.",
        "AV/26/31655",
        "3908.40",
        lab(note="price dispute; paying the balance is conditional on the credit note"),
        cur="GBP",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Harriet Moss", "harriet@oakleighlivery.example"),
        "2026-12-15 22:37 +0000",
        "gmail",
        "Hi there,\n\nSorry it's taken me a while to get back to you, it has been an absolute week. We had the farrier out on Monday and then one of the liveries, a lovely old cob called Biscuit, got cast in his stable overnight and we had the vet out at 2am – he's fine now, just a bit stiff. Then the trough in the top field froze and split so I've been carting buckets up there twice a day.\n\nAnyway, the invoice. The October one we paid last week, I did it at the same time as the hay merchant's. This one (AV/26/31688) I haven't paid and I'm not going to until someone sorts it out, because of the 60 bales of shavings on it about half were damp right through and mouldy in the middle – we couldn't put them anywhere near the horses. I told your driver when he dropped them off and he said he'd report it, but clearly nothing happened. They're still stacked in the barn if someone wants to come and look or take them away.\n\nHappy to pay for the rest of the order (the hoof oil and the electrolytes), no problem there.\n\nHope you're all surviving the cold,\nHarriet\n\nOakleigh Livery Yard",
        "AV/26/31688",
        "742.80",
        lab(
            ("AV/26/31688",),
            note="rambling reply with the point in the middle: half the shavings mouldy; the payment mentioned is of an earlier invoice",
        ),
        cur="GBP",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Anja Körber", "buero@reitstall-lindenhof.example"),
        "2026-12-03 16:20 +0100",
        "inline_tb",
        "Guten Tag,\n\nmeine Anmerkungen stehen unten im Text.\n\n{attr}\n{q2}\n\nDiese Rechnung ist nach unserer Prüfung eine Doppelberechnung: Lieferung, Positionen und Betrag sind identisch mit AV/26/31198, die wir am 16.11. bezahlt haben. Wir gehen davon aus, dass AV/26/31240 storniert wird, und werden sie nicht bezahlen.\n\n{q3}\n\nHiermit geschehen.\n\nFreundliche Grüße\nAnja Körber\nReitstall Lindenhof",
        "AV/26/31240",
        "936.00",
        lab(
            ("AV/26/31198", "AV/26/31240"),
            note="inline reply; duplicate billing; the payment mentioned is of the original invoice",
        ),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Dirk Wenzel", "info@zoo-pfoetchen.example"),
        "2026-11-30 10:05 +0100",
        "apple",
        "Hallo,\n\nbei der Lieferung vom 18.11. waren sechs Säcke Hundetrockenfutter (je 15 kg) aufgerissen und durchnässt. Das habe ich auf dem Lieferschein vermerkt und Fotos an Ihren Außendienst geschickt. Bis heute keine Gutschrift.\n\nSolange die nicht da ist, bezahle ich die Rechnung nicht.\n\nDirk Wenzel\nZoohandlung Pfötchen",
        "AV/26/30905",
        "1127.40",
        lab(note="damaged goods; 'won't pay until the credit note comes'"),
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Sandrine Vidal", "fournisseurs@coop-segala.example"),
        "2026-12-09 14:48 +0100",
        "owa",
        "Bonjour,\n\nLa facture AV/26/31566 porte la référence de commande BC-7731, qui ne correspond à aucun bon de commande de notre coopérative (nos numéros commencent tous par CES-). Nous n'avons pas non plus trace de la livraison sur nos sites.\n\nNous ne pouvons donc pas la régler. Merci de vérifier s'il ne s'agit pas d'un autre client et, le cas échéant, de nous adresser un avoir.\n\nCordialement,\nSandrine Vidal\nComptabilité fournisseurs\nCoopérative des Éleveurs du Ségala",
        "AV/26/31566",
        "2218.00",
        lab(
            ("AV/26/31566",),
            note="not our purchase order, no delivery on record; French reply to an English reminder",
        ),
        rlang="en",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Elena Márquez", "clinica@vetsanroque.example"),
        "2026-11-23 12:31 +0100",
        "gmail",
        "Buenos días:\n\nEsta factura (AV/26/30395) quedó anulada con el abono que nos enviasteis el 6 de noviembre por la devolución de las vacunas caducadas. No hay nada que pagar. ¿Podéis revisarlo y quitarla de la cuenta?\n\nGracias,\nElena Márquez\nClínica Veterinaria San Roque",
        "AV/26/30395",
        "468.00",
        lab(("AV/26/30395",), note="already credited"),
    ),
    Reply(
        "di-es-2",
        "dispute",
        "es",
        ("Iñaki Iturbe", "hnos.iturbe@ganaderiaiturbe.example"),
        "2026-12-16 18:22 +0100",
        "android",
        "Buenas,\n\nen la factura nos cobráis 85 € de porte urgente y otros 120 € por la instalación del dosificador, y ni una cosa ni la otra: el pedido vino con el camión de siempre y el dosificador lo montamos nosotros porque el técnico no apareció. Mandad una factura corregida y la pagamos.\n\nIñaki",
        "AV/26/31744",
        "1985.00",
        lab(
            note="charges for a service not done; 'send a corrected invoice and we'll pay' is secondary"
        ),
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Gerrit van der Meulen", "info@vandermeulen-melkvee.example"),
        "2026-12-11 20:50 +0100",
        "iphone",
        "Op de factuur staan 30 zakken kalverkorrel, er zijn er 20 gebracht. Heb ik de chauffeur ook gezegd. Eerst de factuur aanpassen, dan betaal ik.\n\nGerrit",
        "AV/26/31520",
        "645.00",
        lab(note="quantity billed exceeds quantity delivered"),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Sanne Verhoef", "administratie@dkzuiderpark.example"),
        "2026-12-14 09:33 +0100",
        "outlook_html",
        "Goedemorgen,\n\nFactuur AV/26/31455 hebben wij vorige week voldaan. AV/26/31502 klopt echter niet: de zending vaccins is op 27 november door ons geweigerd omdat de koelindicator op rood stond, en uw chauffeur heeft hem weer meegenomen. Wij verwachten hiervoor een creditnota.\n\nMet vriendelijke groet,\n\nSanne Verhoef\nAdministratie\nDierenkliniek Het Zuiderpark",
        "AV/26/31502",
        "1874.30",
        lab(
            ("AV/26/31455", "AV/26/31502"),
            note="one invoice paid, the other refused at delivery: dispute wins for the disputed part",
        ),
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Dott.ssa Chiara Rinaldi", "ambulatorio.rinaldi@vetrinaldi.example"),
        "2026-11-27 15:40 +0100",
        "outlook_html",
        "Buongiorno,\n\navevamo ordinato l'antiparassitario in confezioni da 50 compresse; ci sono arrivate (e ci avete fatturato) 10 confezioni da 100, a un prezzo quasi doppio. Le abbiamo rese al vostro corriere il 20 novembre con regolare DDT di reso, firmato dall'autista.\n\nPer noi la fattura va stornata: restiamo in attesa della nota di credito.\n\nCordiali saluti\nDott.ssa Chiara Rinaldi\nAmbulatorio Veterinario Rinaldi",
        "AV/26/30890",
        "1312.00",
        lab(note="wrong goods delivered and returned"),
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Pietro Sala", "salapietro.stalla@gmail.com"),
        "2026-12-17 21:05 +0100",
        "iphone",
        "il prezzo del mangime non e quello, con il vostro agente avevamo detto 38 euro al quintale non 42. Se non corregete la fattura non la pago\nPietro",
        "AV/26/31790",
        "2520.00",
        lab(note="price dispute; no accents and a typo"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Bryn Jones", "bryn.jones@tynewyddfarm.example"),
        "2026-11-27 20:42 +0000",
        "gmail",
        "Hello,\n\nI know this is overdue and I'm not ignoring it. We went down with TB in September and we're under restriction, so I can't sell any stock and the bills are piling up. I can't clear £2,140 in one go at the moment.\n\nWould you take £350 a month starting in December? I can set up a standing order if that suits.\n\nRegards,\nBryn Jones\nTŷ Newydd Farm",
        "AV/26/30775",
        "2140.00",
        lab(note="hardship and a monthly instalment offer; plan amounts are not labelled"),
        cur="GBP",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Lucy Armitage", "lucy@whiskersandtails.example"),
        "2026-12-16 09:25 +0000",
        "apple_html",
        "Hi,\n\nIs there any chance we could have until the end of January for this one? December's always tight for us until the Christmas takings come in. If that's OK I'll pay it in full then.\n\nThanks,\nLucy\nWhiskers & Tails, Bakewell",
        "AV/26/31733",
        "389.50",
        lab(
            note="asks for more time; the payment at the end of January depends on the request being granted, so no promised date"
        ),
        cur="GBP",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Mark Devlin", "mark@devlinstud.example"),
        "2026-12-11 14:10 +0000",
        "owa",
        "Hi,\n\nWe've had a very poor year at the sales and I'm winding down the breeding side. I can offer €1,500 in full and final settlement of the €2,062.40 balance, paid this month. I'd appreciate it if you would consider it.\n\nMark Devlin\nDevlin Stud",
        "AV/26/31588",
        "2062.40",
        lab(
            note="offer of a reduced amount in settlement, the invoice itself not contested: payment_plan"
        ),
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Helga Sturm", "info@reitstall-auwald.example"),
        "2026-12-04 19:30 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nleider können wir den Betrag von 2.480,00 € derzeit nicht auf einmal begleichen, da uns zwei Einsteller kurzfristig gekündigt haben. Wäre es möglich, die Rechnung in vier Monatsraten zu je 620,00 € zu bezahlen, erste Rate zum 15. Dezember?\n\nÜber eine kurze Rückmeldung würde ich mich freuen.\n\nMit freundlichen Grüßen\nHelga Sturm\nReitstall am Auwald",
        "AV/26/31265",
        "2480.00",
        lab(
            note="four monthly instalments proposed; the first instalment date is not a promised date"
        ),
        charset="windows-1252",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Martin Oberhuber", "m.oberhuber@schweinehof-oberhuber.example"),
        "2026-12-10 21:14 +0100",
        "gmail_plain",
        "Hallo,\n\nwir liegen seit drei Wochen im Sperrgebiet wegen der Afrikanischen Schweinepest und dürfen keine Tiere verkaufen. Ich muss Sie deshalb um eine Stundung bis Ende Februar bitten. Zinsen wären für mich in Ordnung, Hauptsache wir kommen über den Winter.\n\nBeste Grüße\nMartin Oberhuber",
        "AV/26/31411",
        "5120.70",
        lab(note="hardship and a deferral request"),
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Aurélie Besnard", "contact@cevalfleuri.example"),
        "2026-11-30 18:02 +0100",
        "gmail",
        "Bonjour,\n\nSerait-il possible d'échelonner le règlement de cette facture en quatre fois, de décembre à mars ? Avec la fermeture du manège pour travaux cet automne, notre trésorerie est un peu juste.\n\nJe peux mettre en place des virements permanents dès votre accord.\n\nBien à vous,\nAurélie Besnard\nCentre Équestre du Val Fleuri",
        "AV/26/30962",
        "1744.00",
        lab(),
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Jean-Marc Pujol", "jm.pujol@hotmail.fr"),
        "2026-12-15 21:36 +0100",
        "owa",
        "Bonsoir,\n\nJe vous écris parce que je ne veux pas que vous pensiez qu'on fait le mort. L'année a été très dure : la fièvre catarrhale est passée dans le troupeau cet été, on a perdu onze brebis et une bonne partie des agnelages d'automne, et le prix de l'agneau n'a pas compensé. Ma femme a repris un travail à l'extérieur pour qu'on tienne.\n\nJe vous dois cette facture et je la paierai, mais je n'y arriverai pas d'un coup avant les fêtes. Est-ce que vous pourriez m'accorder un délai jusqu'à fin février, ou un paiement en plusieurs fois si vous préférez ?\n\nMerci de votre compréhension,\nJean-Marc Pujol\nÉlevage ovin – Les Combes",
        "AV/26/31622",
        "1398.60",
        lab(note="hardship; asks for a delay or instalments"),
        cte="b64",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Rocío Benítez", "guauymiau.tienda@gmail.com"),
        "2026-12-07 13:20 +0100",
        "gmail",
        "Hola, buenos días:\n\n¿Podríamos pagar esta factura en dos plazos? La mitad ahora y la otra mitad a mediados de enero. Este mes vamos muy justos con el alquiler del local.\n\nMuchas gracias,\nRocío\nGuau y Miau – Tienda de animales",
        "AV/26/31322",
        "634.80",
        lab(note="asks for two instalments; nothing paid yet"),
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Kees Brouwer", "info@tbaasje-dieren.example"),
        "2026-11-26 16:45 +0100",
        "outlook",
        "Goedemiddag,\n\nZou het mogelijk zijn om deze factuur in drie termijnen te betalen? Het is op dit moment erg rustig in de winkel. Ik kan per maand € 400 overmaken, te beginnen op 1 december.\n\nMet vriendelijke groet,\nKees Brouwer\nDierenspeciaalzaak 't Baasje",
        "AV/26/30940",
        "1176.90",
        lab(),
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Wim Hendriks", "hendriks.pluimvee@gmail.com"),
        "2026-12-17 20:03 +0100",
        "gmail_plain",
        "Beste mensen,\n\nOns bedrijf is op 2 december geruimd vanwege vogelgriep. De stallen zijn leeg en de tegemoetkoming van de overheid laat nog maanden op zich wachten. Ik wil de rekening echt betalen, maar ik vraag u om uitstel tot die uitkering er is, of anders een regeling in termijnen.\n\nMet vriendelijke groet,\nWim Hendriks\nPluimveebedrijf Hendriks",
        "AV/26/31760",
        "2893.00",
        lab(note="hardship; asks for deferral or instalments"),
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Dott. Alberto Guidi", "amministrazione@clinicasantalucia.example"),
        "2026-12-02 12:05 +0100",
        "outlook",
        "Buongiorno,\n\nvi chiediamo la possibilità di saldare l'importo in tre rate mensili (dicembre, gennaio e febbraio). A novembre abbiamo sostenuto la spesa per il nuovo ecografo e la liquidità al momento è ridotta.\n\nRestiamo in attesa di un vostro riscontro.\n\nCordiali saluti\nDott. Alberto Guidi\nClinica Veterinaria Santa Lucia",
        "AV/26/31080",
        "2655.00",
        lab(),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Franca Lodi", "lequerce.agricola@gmail.com"),
        "2026-12-18 08:50 +0100",
        "iphone",
        "Buongiorno, ci servirebbero ancora un paio di mesi: i contributi della PAC quest'anno arrivano a gennaio inoltrato. Se per voi va bene saldiamo tutto a fine febbraio. Fatemi sapere\nFranca",
        "AV/26/31801",
        "958.40",
        lab(
            note="asks for more time; the end-of-February settlement depends on agreement, so no promised date"
        ),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Steve Rudd", "steve.rudd@ruddsfarm.example"),
        "2026-11-23 19:32 +0000",
        "inline_gmail",
        "{q2}\n\nNever got this invoice, can you resend? Nothing in the post or in my emails.\n\nSteve",
        "AV/26/30377",
        "318.60",
        lab(note="inline under the quoted invoice line; never received, not contested"),
        cur="GBP",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Janice Bell", "purchase.ledger@fellsidefarmers.example"),
        "2026-12-01 10:48 +0000",
        "outlook_html",
        "Good morning,\n\nOur system can't match invoice AV/26/31122 because it doesn't quote a purchase order number – since 1 October all supplier invoices need one. The PO for this delivery is FFC-PO-20931. Please reissue the invoice with it and we'll process it in the next payment run.\n\nKind regards,\nJanice Bell\nPurchase Ledger\nFellside Farmers Co-operative Ltd",
        "AV/26/31122",
        "1578.25",
        lab(("AV/26/31122",), note="reissue with a PO number; payment after that is conditional"),
        cur="GBP",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Aoife Brennan", "office@knockaneequestrian.example"),
        "2026-12-09 11:55 +0000",
        "thunderbird",
        "Hi,\n\nWe've moved our accounts to a new bookkeeping firm and they won't release any supplier payment until they have a completed supplier set-up form and your bank details on headed paper (we had a fraud attempt last year so they're strict about it). Could you send both to me and I'll pass them on?\n\nThanks,\nAoife\n\n-- \nAoife Brennan\nOffice Manager, Knockane Equestrian Centre",
        "AV/26/31460",
        "827.00",
        lab(note="supplier form and bank details needed before payment"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Jana Petersen", "verwaltung@tierklinik-nordheide.example"),
        "2026-11-25 13:12 +0100",
        "owa",
        "Guten Tag,\n\nwir können Eingangsrechnungen seit diesem Jahr nur noch als E-Rechnung (XRechnung oder ZUGFeRD) verarbeiten. Ihre Rechnung AV/26/30760 liegt uns nur als PDF vor und wurde deshalb nicht gebucht. Bitte senden Sie sie im richtigen Format erneut an diese Adresse.\n\nMit freundlichen Grüßen\nJana Petersen\nVerwaltung\n\nTierklinik Nordheide GmbH · Geschäftsführer: Dr. Ole Matthiesen · Amtsgericht Heideburg HRB 40112",
        "AV/26/30760",
        "2316.45",
        lab(("AV/26/30760",), note="needs the invoice as an e-invoice before it can be booked"),
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Christine Gruber", "buero@gruberhof-allgaeu.example"),
        "2026-12-08 20:20 +0100",
        "thunderbird",
        "Grüß Gott,\n\nkönnen Sie mir bitte den unterschriebenen Lieferschein zu der Rechnung schicken? Mein Steuerberater will zu jeder Rechnung den Lieferschein haben, vorher zahle ich nichts. Meiner ist nicht mehr auffindbar, vermutlich irgendwo im Stall verloren gegangen.\n\nViele Grüße\nChristine Gruber",
        "AV/26/31392",
        "704.10",
        lab(note="delivery note needed before payment"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Sophie Lemaire", "earl.troischenes@gmail.com"),
        "2026-12-02 21:10 +0100",
        "gmail",
        "Bonsoir,\n\nAvant de régler, pourriez-vous m'envoyer un relevé de compte complet depuis septembre ? J'ai plusieurs factures et avoirs de chez vous et je n'arrive plus à savoir ce qui reste dû exactement.\n\nMerci,\nSophie Lemaire\nEARL des Trois Chênes",
        "AV/26/31059",
        "1082.75",
        lab(note="statement of account requested before paying"),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Philippe Germain", "admin@haras-valleeverte.example"),
        "2026-12-16 10:22 +0100",
        "outlook_html",
        "Bonjour,\n\nNotre expert-comptable nous demande une facture rectifiée : notre numéro de TVA intracommunautaire n'apparaît pas sur la facture AV/26/31795 (le montant, lui, n'est pas en cause). Pouvez-vous nous en adresser une nouvelle version ? Le règlement partira dès réception.\n\nCordialement,\n\nPhilippe Germain\nHaras de la Vallée Verte",
        "AV/26/31795",
        "3460.00",
        lab(
            ("AV/26/31795",),
            note="reissue with the VAT number, amount not contested; payment on receipt is conditional",
        ),
        charset="windows-1252",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Marta Iglesias", "recepcion@cvlosolivos.example"),
        "2026-11-30 09:40 +0100",
        "iphone_html",
        "Hola,\n\nno nos ha llegado ninguna factura vuestra, solo este recordatorio. ¿Nos la podéis reenviar a este correo? En cuanto la tengamos la pasamos a pago.\n\nGracias,\nMarta – Recepción\nCentro Veterinario Los Olivos",
        "AV/26/30928",
        "276.30",
        lab(note="never received, please resend"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Javier Soto", "proveedores@coopmonteluz.example"),
        "2026-12-11 11:18 +0100",
        "outlook",
        "Buenos días:\n\nPara poder tramitar el pago de la factura AV/26/31640 necesitamos que nos remitan el certificado de estar al corriente de pago con la Agencia Tributaria y el certificado de titularidad de la cuenta bancaria, ambos emitidos este año. Sin esa documentación el sistema no nos deja dar de alta el pago.\n\nUn saludo,\n\nJavier Soto\nDepartamento de Proveedores\nCooperativa Agropecuaria Monteluz\n\nEste mensaje se dirige exclusivamente a su destinatario y puede contener información confidencial. Si lo ha recibido por error, le rogamos que nos lo comunique y proceda a su destrucción.",
        "AV/26/31640",
        "6140.80",
        lab(
            ("AV/26/31640",),
            note="tax certificate and bank-account certificate needed before payment",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Bart Ravenhorst", "stalravenhorst@gmail.com"),
        "2026-12-04 17:55 +0100",
        "android",
        "Hoi,\n\nWij hebben geen factuur ontvangen alleen deze herrinering. Kunnen jullie de factuur nog een keer mailen? Dan betaal ik hem gelijk.\n\nGr Bart",
        "AV/26/31170",
        "512.40",
        lab(
            note="never received, please resend; 'dan betaal ik hem gelijk' is conditional on the copy"
        ),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Elisa Ferri", "qualazampa.negozio@gmail.com"),
        "2026-11-26 11:45 +0100",
        "gmail",
        "Buongiorno,\n\nnon troviamo più la fattura e nemmeno il DDT della consegna. Ce ne mandate una copia? Così la passo al commercialista e la paghiamo.\n\nGrazie mille\nElisa\nQua la Zampa – negozio di animali",
        "AV/26/30915",
        "349.90",
        lab(note="copy of the invoice and delivery note"),
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Laura Ferrando", "amministrazione@zootecnicavallescrivia.example"),
        "2026-12-15 09:05 +0100",
        "outlook_html",
        "Buongiorno,\n\nla fattura AV/26/31722 è intestata alla nostra vecchia ragione sociale (Valle Scrivia s.s.). Dal 1° luglio siamo Valle Scrivia Società Agricola S.r.l., con nuova partita IVA, e il commercialista non può registrarla così. Ce la potete riemettere con i dati corretti? L'importo va bene.\n\nCordiali saluti\nLaura Ferrando\nUfficio Amministrazione\nAzienda Zootecnica Valle Scrivia",
        "AV/26/31722",
        "4012.50",
        lab(("AV/26/31722",), note="reissue to the new company name, amount not contested"),
        charset="windows-1252",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Rachel Dunn", "rachel.dunn@willowbankvets.example"),
        "2026-11-24 10:15 +0000",
        "outlook",
        "Hi,\n\nI left Willowbank at the end of October and only look at this inbox now and then. Invoices and statements go to the new practice manager, Claire Hendry, at claire.hendry@willowbankvets.example.\n\nRachel",
        "AV/26/30455",
        "1120.00",
        lab(new_contact="claire.hendry@willowbankvets.example"),
        cur="GBP",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Rob Thwaite - Hollins Farm", "hollinsfarm.accounts@gmail.com"),
        "2026-12-03 04:12 +0000",
        "gmail_new",
        "Dear Sir/Madam,\n\nKindly be informed that our company email domain is currently undergoing migration. With immediate effect please update your records and direct ALL invoices, statements and account correspondence to this email address only: hollinsfarm.accounts@gmail.com\n\nDo not send to the old address as it is no longer being checked. Kindly confirm once your records have been updated.\n\nRegards,\nAccounts Department\nHollins Farm",
        "AV/26/31082",
        "264.00",
        lab(
            new_contact="hollinsfarm.accounts@gmail.com",
            note="phishing-like redirect from a free-mail look-alike, sent at 04:12; labelled for what it asks (a new contact), which a collector must verify by phone before using; a new message, not a reply",
        ),
        subject="URGENT: Change of email address - Hollins Farm accounts",
        threaded=False,
        cur="GBP",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Brackenridge Equestrian Centre", "accounts@brackenridge-equestrian.example"),
        "2026-11-30 09:08 +0000",
        "none",
        "This mailbox is no longer monitored.\n\nBrackenridge Equestrian Centre has moved to a new accounts system. Please send all invoices, statements and remittance queries to payables@brackenridge-equestrian.example.\n\nMessages sent to this address are not read or forwarded.",
        "AV/26/30990",
        "1440.00",
        lab(
            new_contact="payables@brackenridge-equestrian.example",
            note="automatic 'no longer monitored' notice naming the new mailbox: wrong_contact",
        ),
        headers=(AUTO_REPLIED,),
        after=4,
        cur="GBP",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Melanie Vogt", "m.vogt@tierarztpraxis-am-see.example"),
        "2026-12-02 12:40 +0100",
        "apple",
        "Hallo,\n\nich bin hier nur die Tiermedizinische Fachangestellte, mit den Rechnungen habe ich nichts zu tun. Das macht bei uns das Steuerbüro König, bitte schreiben Sie an fibu@stb-koenig.example.\n\nViele Grüße\nMelanie Vogt",
        "AV/26/31063",
        "598.20",
        lab(new_contact="fibu@stb-koenig.example"),
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Josef Lindner", "lindnerhof@gmail.com"),
        "2026-12-13 19:15 +0100",
        "gmail_plain",
        "Grüß Gott,\n\nich habe den Hof zum 1. November an meinen Sohn übergeben. Um die Rechnungen kümmert er sich jetzt, bitte schicken Sie alles an Lukas.Lindner@lindnerhof-mail.example. Ich habe ihm Ihre Mail weitergeleitet.\n\nJosef Lindner",
        "AV/26/31540",
        "1867.00",
        lab(
            new_contact="lukas.lindner@lindnerhof-mail.example",
            note="farm handed over to the son; address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Monique Barbier", "monique.barbier@gaec-lesprairies.example"),
        "2026-11-27 14:30 +0100",
        "thunderbird",
        "Bonjour,\n\nJe ne m'occupe plus de la comptabilité du GAEC depuis l'été. C'est ma belle-fille, Camille, qui a repris : camille.barbier@gaec-lesprairies.example. Merci de lui adresser vos courriels à l'avenir.\n\nCordialement,\nMonique Barbier",
        "AV/26/30899",
        "1203.00",
        lab(new_contact="camille.barbier@gaec-lesprairies.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Animalerie Plume et Poil", "contact@plume-et-poil.example"),
        "2026-12-07 08:00 +0100",
        "none",
        "Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er décembre 2026.\n\nPour toute question relative à la facturation ou aux règlements, merci d'écrire désormais à compta@plume-et-poil.example.\nPour les commandes : commandes@plume-et-poil.example.\n\nL'équipe Plume et Poil",
        "AV/26/31191",
        "455.60",
        lab(
            new_contact="compta@plume-et-poil.example",
            note="automatic 'no longer read' notice with two addresses; the billing one is the new contact",
        ),
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        after=3,
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Raúl Fuentes", "raul.fuentes@vetfuentes.example"),
        "2026-12-10 16:05 +0100",
        "iphone",
        "Buenas tardes:\n\nYo soy el veterinario, de facturas no sé nada. Eso lo lleva nuestra gestoría; escribid a facturas@gestoriaalcaraz.example y os lo solucionan.\n\nRaúl",
        "AV/26/31486",
        "390.00",
        lab(new_contact="facturas@gestoriaalcaraz.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Farmacia Molina", "farmacia.molina@farmaciamolina.example"),
        "2026-12-14 10:50 +0100",
        "outlook_html",
        "Buenos días:\n\nCreo que se han equivocado de dirección: esto es una farmacia, no una clínica veterinaria, y no tenemos ninguna cuenta con Agrivet Supply. Por favor, revisen sus datos.\n\nAtentamente,\nFarmacia Molina",
        "AV/26/31555",
        "812.35",
        lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Lotte Hermans", "l.hermans@dierenkliniekdelinde.example"),
        "2026-11-24 13:22 +0100",
        "owa",
        "Beste,\n\nIk werk sinds 1 november niet meer bij Dierenkliniek De Linde; deze mailbox wordt binnenkort opgeheven. Voor facturen kunt u terecht bij mijn opvolger Ilse van Dam via administratie@dierenkliniekdelinde.example.\n\nGroet,\nLotte Hermans",
        "AV/26/30460",
        "688.00",
        lab(new_contact="administratie@dierenkliniekdelinde.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Jan Veenstra", "jan@maatschapveenstra.example"),
        "2026-12-16 20:30 +0100",
        "gmail",
        "Goedenavond,\n\nOnze betalingen lopen via het administratiekantoor. Wilt u herinneringen en facturen voortaan naar boekhouding@adm-dewolden.example sturen? Die hebben alle machtigingen.\n\nMet vriendelijke groet,\nJan Veenstra\nMaatschap Veenstra",
        "AV/26/31751",
        "1530.90",
        lab(
            new_contact="boekhouding@adm-dewolden.example", note="Dutch reply to a German reminder"
        ),
        rlang="de",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Giulia Conti", "giulia.conti@maneggioilcastagno.example"),
        "2026-12-01 17:25 +0100",
        "gmail",
        "Buonasera,\n\ndal mese scorso non sono più io a seguire l'amministrazione del maneggio. Per fatture e pagamenti scrivete per favore a segreteria@maneggioilcastagno.example, che gira tutto al nostro consulente.\n\nGrazie e buona serata\nGiulia Conti",
        "AV/26/31033",
        "720.00",
        lab(new_contact="segreteria@maneggioilcastagno.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Derek Hobbs", "derek.hobbs@hobbsfarm.example"),
        "2026-12-05 08:20 +0000",
        "iphone",
        "Stop emailing me about this. Post only, to the farm address you've got. I don't read email.",
        "AV/26/31149",
        "533.70",
        lab(note="'post only' → unsubscribe"),
        cur="GBP",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Paul Kershaw", "paul@kershawpets.example"),
        "2026-12-11 16:48 +0000",
        "html_only",
        "This matter is now with our solicitors, who will be writing to you. Please do not contact me or my staff directly about this account again.\n\nPaul Kershaw\nDirector, Kershaw Pet Supplies Ltd",
        "AV/26/31597",
        "2977.15",
        lab(note="'our solicitors will write' with no address → unsubscribe; HTML-only"),
        cur="GBP",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Nina Patel", "ninapatel84@gmail.com"),
        "2026-11-26 22:05 +0000",
        "gmail",
        "Hi,\n\nThis is my personal email address and I sold the shop in the summer, so I have nothing to do with this account any more. Please remove my address from your system and don't contact me on it again – I'd like this treated as a request under GDPR.\n\nNina",
        "AV/26/30742",
        "212.80",
        lab(
            note="erasure request; 'not my business any more' without a new address: unsubscribe beats wrong_contact"
        ),
        cur="GBP",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Hans Kästner", "kaestner.hof@gmail.com"),
        "2026-11-28 20:40 +0100",
        "thunderbird",
        "Schicken Sie mir keine E-Mails mehr. Rechnungen und Mahnungen will ich nur noch per Post an die Hofadresse, wie früher auch.\n\nH. Kästner",
        "AV/26/30830",
        "1011.00",
        lab(note="post only"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Nathalie Roux", "nathalie.roux@clinvet-roux.example"),
        "2026-12-09 12:25 +0100",
        "iphone",
        "Merci de me désinscrire de vos envois automatiques, je reçois trois relances par semaine et je ne suis pas la bonne interlocutrice.",
        "AV/26/31431",
        "166.40",
        lab(note="unsubscribe plus 'not the right person' without an address: unsubscribe wins"),
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Gérard Tessier", "g.tessier@scea-moulinneuf.example"),
        "2026-12-17 11:10 +0100",
        "outlook",
        "Madame, Monsieur,\n\nComme je l'ai déjà dit à votre commercial, nous contestons cette facture. Le dossier est maintenant entre les mains de notre avocat, Maître Delorme. Je vous demande de cesser toute relance par courriel : toute correspondance devra lui être adressée.\n\nG. Tessier\nGérant – SCEA du Moulin Neuf",
        "AV/26/31779",
        "4450.00",
        lab(
            note="dispute plus 'write to our lawyer, stop emailing': unsubscribe beats dispute; no address given"
        ),
        charset="windows-1252",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Manuel Rubio", "ladehesilla@ganaderialadehesilla.example"),
        "2026-11-23 18:35 +0100",
        "outlook",
        "Buenas tardes:\n\nLes ruego que no me envíen más correos electrónicos. Cualquier comunicación sobre facturas, por carta al domicilio de la finca, como hasta ahora.\n\nManuel Rubio\nGanadería La Dehesilla",
        "AV/26/30366",
        "1745.00",
        lab(note="post only"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Lucía Navarro", "lucia.navarro.garcia@gmail.com"),
        "2026-12-12 10:12 +0100",
        "gmail",
        "Buenos días,\n\nSolicito que eliminen esta dirección de correo de sus listas y que no vuelvan a utilizarla, en ejercicio de mi derecho de supresión conforme al RGPD. Es mi correo personal y nunca autoricé su uso.\n\nLucía Navarro",
        "AV/26/31530",
        "458.90",
        lab(note="erasure request under the GDPR"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Dierenwinkel Knaagje", "info@dierenwinkelknaagje.example"),
        "2026-12-02 15:03 +0100",
        "iphone",
        "Afmelden aub",
        "AV/26/31029",
        "97.35",
        lab(note="one-line 'unsubscribe please'"),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Erik Brink", "e.brink@maatschapbrinkwolters.example"),
        "2026-12-15 11:47 +0100",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nOver deze vordering communiceren wij uitsluitend nog via onze advocaat. Ik verzoek u dringend te stoppen met het sturen van herinneringen naar dit adres.\n\nE. Brink\nMaatschap Brink-Wolters",
        "AV/26/31617",
        "3388.00",
        lab(note="'only through our lawyer', no address"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Sara Marchetti", "zampefelici@gmail.com"),
        "2026-11-25 14:15 +0100",
        "gmail",
        "Vi chiedo di cancellare questo indirizzo dalla vostra lista di invio, non voglio più ricevere solleciti via mail. Grazie.",
        "AV/26/30640",
        "133.20",
        lab(),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Luigi Roveda", "cascinaroveda@cascinaroveda.example"),
        "2026-12-16 19:50 +0100",
        "samsung",
        "Basta mail, ho già pagato e comunque da adesso voglio solo raccomandate a casa come si faceva una volta. A questo indirizzo non rispondo più.\nRoveda",
        "AV/26/31704",
        "860.00",
        lab(note="stop e-mailing, registered post only, plus a payment claim: unsubscribe wins"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Sarah Whitcombe", "sarah.whitcombe@fellsidefarmers.example"),
        "2026-11-25 09:03 +0000",
        "none",
        "Thank you for your email. I am out of the office until Monday 30 November with no access to email.\n\nFor urgent purchase ledger queries please contact purchase.ledger@fellsidefarmers.example.\n\nSarah Whitcombe\nFinance Officer\nFellside Farmers Co-operative Ltd",
        "AV/26/30701",
        "655.10",
        lab(
            return_date="2026-11-30",
            note="'until X' → X; a colleague's address in an auto-reply is not a new contact",
        ),
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        after=2,
        cur="GBP",
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Ashworth Vet Group Finance", "finance.support@ashworthvetgroup.example"),
        "2026-12-08 09:15 +0000",
        "none_alt",
        "Hello,\n\nThank you for contacting the Ashworth Vet Group finance team. Your message has been logged as ticket VG-48213 and a member of the team will respond within three working days.\n\nPlease keep the ticket number in the subject line of any further emails about this request.\n\nAshworth Vet Group – Finance Support\nThis is an automated message.",
        "AV/26/31325",
        "2744.00",
        lab(note="ticket-system acknowledgement without Auto-Submitted; no return date"),
        subject="[Ticket VG-48213] {rsub}",
        headers=(
            ("X-Autoreply", "yes"),
            ("Precedence", "bulk"),
            ("X-Mailer", "ServiceDesk Notifier"),
        ),
        after=6,
        cur="GBP",
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Niamh Walsh", "niamh@glenvalemixedpractice.example"),
        "2026-12-14 08:47 +0000",
        "none",
        "Hi,\n\nI'm on annual leave and will be back in the practice on Wednesday 16th December. Emails will not be forwarded, so please resend anything urgent after that date or ring reception on 021 555 0134.\n\nNiamh",
        "AV/26/31570",
        "1390.20",
        lab(return_date="2026-12-16", note="leave notice without Auto-Submitted"),
        subject="Out of Office: {rsub}",
        after=5,
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Frank Albers", "f.albers@ag-elbaue.example"),
        "2026-11-30 09:02 +0100",
        "none_alt",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich KW 50 nicht im Haus und ab KW 51 wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an rechnungswesen@ag-elbaue.example.\n\nMit freundlichen Grüßen\nFrank Albers",
        "AV/26/30958",
        "860.40",
        lab(
            return_date="2026-12-14", note="'ab KW 51' is Monday 14 December (ISO week 51 of 2026)"
        ),
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        after=1,
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Tierklinik Nordheide Service", "service@tierklinik-nordheide.example"),
        "2026-12-10 14:31 +0100",
        "none",
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen unter der Vorgangsnummer TK-2026-11874 erfasst. Eine Mitarbeiterin oder ein Mitarbeiter meldet sich so schnell wie möglich bei Ihnen.\n\nBitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.\n\nIhr Team der Tierklinik Nordheide",
        "AV/26/31505",
        "1422.00",
        lab(note="ticket acknowledgement; no return date"),
        subject="Eingangsbestätigung [#TK-2026-11874] {rsub}",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
        after=9,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Morin", "i.morin@coop-valdesaone.example"),
        "2026-12-01 09:03 +0100",
        "none",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 4 décembre inclus, sans accès à ma messagerie. Je serai de retour le lundi 7 décembre.\n\nPour toute urgence, vous pouvez joindre le service comptabilité au 03 85 55 01 20.\n\nCordialement,\nIsabelle Morin",
        "AV/26/31004",
        "1917.60",
        lab(return_date="2026-12-07", note="the stated day back wins over 'jusqu'au … inclus'"),
        headers=(AUTO_REPLIED,),
        after=2,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Carmen Ortega", "c.ortega@coopmonteluz.example"),
        "2026-12-03 09:04 +0100",
        "none",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 14 de diciembre, con acceso limitado al correo. Para asuntos urgentes de proveedores, escriba a proveedores@coopmonteluz.example.\n\nUn saludo,\nCarmen Ortega",
        "AV/26/31138",
        "577.00",
        lab(return_date="2026-12-14", note="'hasta X' → X"),
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        after=1,
    ),
    Reply(
        "ar-es-2",
        "auto_reply",
        "es",
        ("Alba Jiménez", "alba.jimenez@vetsanroque.example"),
        "2026-12-15 09:06 +0100",
        "none",
        "Hola:\n\nEstoy de baja por maternidad hasta el 15 de marzo de 2027. Durante este tiempo no consultaré el correo.\n\nPara cualquier tema de facturación o pedidos, podéis escribir a clinica@vetsanroque.example.\n\nGracias,\nAlba",
        "AV/26/31612",
        "305.50",
        lab(
            return_date="2027-03-15",
            note="'baja por maternidad' is leave, not the 'baja' of unsubscribe; no Auto-Submitted; the colleague's address is not a new contact",
        ),
        subject="Baja por maternidad – {rsub}",
        after=3,
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Peter de Groot", "p.degroot@dkzuiderpark.example"),
        "2026-12-01 09:05 +0100",
        "none",
        "Beste afzender,\n\nIk ben met vakantie tot en met vrijdag 11 december. Vanaf maandag 14 december ben ik weer op kantoor en zal ik uw bericht beantwoorden.\n\nMet vriendelijke groet,\nPeter de Groot",
        "AV/26/31009",
        "820.00",
        lab(return_date="2026-12-14", note="'vanaf maandag 14 december' wins over 'tot en met'"),
        headers=(AUTO_REPLIED,),
        after=2,
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Coöperatie Agrarisch Noord", "klantenservice@agrarischnoord.example"),
        "2026-11-26 09:10 +0100",
        "none_alt",
        "Geachte relatie,\n\nHartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar u binnen twee werkdagen te antwoorden.\n\nDit is een automatisch gegenereerd bericht.\n\nCoöperatie Agrarisch Noord U.A.",
        "AV/26/30779",
        "2210.00",
        lab(note="receipt acknowledgement with no automatic-message header at all; no return date"),
        subject="Ontvangstbevestiging: {rsub}",
        after=7,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Roberta Galli", "r.galli@consorzioagrariovaltaro.example"),
        "2026-11-30 09:06 +0100",
        "none",
        "Buongiorno,\n\nsarò assente dall'ufficio fino a mercoledì 2 dicembre compreso, con rientro giovedì 3 dicembre. Durante l'assenza la posta non verrà letta.\n\nCordiali saluti\nRoberta Galli",
        "AV/26/30966",
        "1048.30",
        lab(return_date="2026-12-03", note="the day back wins over 'fino a … compreso'"),
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
        after=2,
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Ambulatorio Veterinario San Giorgio", "info@vetsangiorgio.example"),
        "2026-12-18 15:12 +0100",
        "none_alt",
        "Gentile cliente,\n\nl'ambulatorio resterà chiuso per le festività natalizie da sabato 19 dicembre a domenica 3 gennaio. Riapriremo lunedì 4 gennaio 2027 con il consueto orario.\n\nPer le emergenze è attivo il servizio di reperibilità al numero 0521 555 0199.\n\nBuone feste!\nAmbulatorio Veterinario San Giorgio",
        "AV/26/31812",
        "493.00",
        lab(return_date="2027-01-04", note="holiday closure; the reopening day"),
        subject="Chiusura per festività – {rsub}",
        headers=(AUTO_REPLIED,),
        after=2,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Dave Metcalfe", "dmetcalfe@metcalfedairy.example"),
        "2026-12-03 19:50 +0000",
        "iphone",
        "Can someone ring me about this, easier than email. 07700 900418 any time after 7pm, I'm milking before that.",
        "AV/26/31100",
        "1954.00",
        lab(note="asks for a call; nothing about paying"),
        cur="GBP",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Emma Lowther", "emma.lowther@gmail.com"),
        "2026-11-30 14:22 +0000",
        "gmail",
        "Dear Sir or Madam,\n\nI'm writing about the account for Ashgrove Farm. My father, Ian Lowther, who ran the farm, died on 2 November. The family are still working through his affairs with his solicitor and we don't yet know what will happen to the farm.\n\nI wanted you to know why nothing has been paid. I'll be in touch when we know more.\n\nEmma Lowther",
        "AV/26/30731",
        "1288.90",
        lab(
            note="bereavement notice: no promise, no plan request, no new contact; a person must read it"
        ),
        cur="GBP",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Kevin O'Rourke", "kevin@tullowpetandgarden.example"),
        "2026-12-17 10:36 +0000",
        "android",
        "Didn't we pay this already? I'm fairly sure Siobhan did a batch of payments before she went on leave.",
        "AV/26/31768",
        "418.25",
        lab(note="a question, not a claim of payment: someone has to check the ledger and answer"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Sabine Kraus", "sabine.kraus@pferdehof-kraus.example"),
        "2026-11-26 21:48 +0100",
        "iphone",
        "Danke für die Info. Das macht bei uns mein Mann, ich sag's ihm heute Abend.",
        "AV/26/30808",
        "672.00",
        lab(note="acknowledgement; passing it on at home is neither a promise nor a new contact"),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Jörg Reimers", "info@reimers-landhandel.example"),
        "2026-12-09 11:30 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir müssen Ihnen mitteilen, dass wir beim Amtsgericht die Eröffnung des Insolvenzverfahrens beantragt haben. Ein vorläufiger Insolvenzverwalter ist noch nicht bestellt; bis dahin dürfen wir keine Zahlungen an einzelne Gläubiger leisten.\n\nSobald der Beschluss vorliegt, erhalten Sie die Kontaktdaten des Verwalters.\n\nMit freundlichen Grüßen\nJörg Reimers\nGeschäftsführer\nLandhandel & Zoobedarf Reimers GmbH",
        "AV/26/31444",
        "7325.60",
        lab(
            note="insolvency filing: not a dispute, no plan request, no contact yet; a person must read it"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Pascal Guérin", "pascal.guerin@elevage-guerin.example"),
        "2026-12-04 12:58 +0100",
        "gmail",
        "Bonjour,\n\nPendant que je vous tiens : le vermifuge livré avec cette commande, on a reçu un courrier du labo qui parle d'un rappel de lot. Est-ce que le nôtre est concerné ? Le numéro de lot est le 24K118.\n\nMerci de me tenir au courant,\nPascal Guérin",
        "AV/26/31160",
        "534.00",
        lab(
            note="product-recall question in the reminder thread; French reply to an English reminder"
        ),
        rlang="en",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Karine Dubreuil", "animaleriedumarche@gmail.com"),
        "2026-12-14 16:40 +0100",
        "apple_html",
        "Bonjour,\n\nEst-ce qu'il serait possible de passer au prélèvement automatique pour nos prochaines factures ? Ce serait plus simple pour nous comme pour vous, je n'aurais plus à y penser.\n\nBonne journée,\nKarine\nAnimalerie du Marché",
        "AV/26/31581",
        "241.70",
        lab(note="asks about direct debit for future invoices; says nothing about this one"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Jorge Lozano", "jlozano@hipicaelencinar.example"),
        "2026-11-24 13:05 +0100",
        "iphone",
        "Recibido, gracias.",
        "AV/26/30511",
        "1290.00",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Sergio Pardo", "compras@clinicaalbeitar.example"),
        "2026-12-18 10:14 +0100",
        "gmail",
        "Hola,\n\n¿Sabéis si Antonio, vuestro comercial, pasa por aquí antes de Navidad? Queríamos hablar con él de las tarifas para 2027 y de las condiciones de pago para el año que viene.\n\nUn saludo,\nSergio Pardo\nCompras – Clínica Veterinaria Albéitar",
        "AV/26/31805",
        "1672.45",
        lab(note="asks for the sales rep about next year's prices and terms"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Rik Jansen", "rik@manege-dezandbergen.example"),
        "2026-12-10 22:05 +0100",
        "gmail_plain",
        "Dank voor de herinnering, ik kijk er morgen even naar.",
        "AV/26/31470",
        "365.00",
        lab(note="'I'll have a look tomorrow' commits to nothing"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Stefano Bertolini", "ilpoggio.conigli@gmail.com"),
        "2026-11-23 15:30 +0100",
        "gmail",
        "Buongiorno,\n\nne approfitto per chiedervi se avete ancora il mangime per conigli in sacchi da 25 kg, quello della volta scorsa. Me ne servirebbero una decina entro fine mese.\n\nGrazie, saluti\nStefano\nAzienda Agricola Il Poggio",
        "AV/26/30349",
        "402.60",
        lab(note="order question; 'entro fine mese' is about a delivery, not a payment"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Paolo Verri", "paolo.verri@maneggiolaquercia.example"),
        "2026-12-11 18:25 +0100",
        "samsung",
        "Ho letto. Ne parlo con il commercialista lunedì e vi faccio sapere.",
        "AV/26/31517",
        "1186.00",
        lab(note="'lunedì' is when he talks to his accountant, not a payment date"),
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
# Delivery reports: the machine parts are generated, the human-readable parts written out
# --------------------------------------------------------------------------------------------


@dataclass
class Bounce:
    key: str
    lang: str  # language of the human-readable notice
    kind: str
    status: str
    rcpt: str
    when: str  # when the report was generated, in the reporting system's time zone
    delay: int  # minutes between the reminder leaving Agrivet and the report
    rlang: str
    inv: str
    amt: str
    cur: str = "EUR"
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def sent(self) -> datetime:
        return (self.dt - timedelta(minutes=self.delay)).astimezone(UTC)

    @property
    def rsubject(self) -> str:
        return REMINDER_SUBJECT[self.rlang].format(inv=self.inv)

    def reminder(self) -> Message:
        text = reminder_text(self.rlang, self.inv, self.amt, self.cur, self.sent)
        msg = text_part(text, "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encode_header(self.rsubject, "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        msg["X-Mailer"] = "Agrivet AR Dunning 3.1"
        move_mime_headers_last(msg)
        return msg

    def reminder_headers_text(self) -> str:
        return "".join(f"{k}: {v}\n" for k, v in self.reminder().items())


def dsn(
    b: Bounce, mta: str, action: str, diag: str, *, remote: str = "", extra: tuple[str, ...] = ()
) -> Message:
    """A message/delivery-status part (RFC 3464)."""
    per_message = [f"Reporting-MTA: dns; {mta}", *extra, f"Arrival-Date: {format_datetime(b.sent)}"]
    per_rcpt = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        per_rcpt.append(f"Remote-MTA: dns; {remote}")
    per_rcpt.append(f"Diagnostic-Code: smtp; {diag}")
    per_rcpt.append(f"Last-Attempt-Date: {format_datetime(b.dt)}")
    if action == "delayed":
        per_rcpt.append(
            f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5 if 'sendmail' in mta else 2))}"
        )
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [
            message_from_bytes(("\n".join(block) + "\n").encode())
            for block in (per_message, per_rcpt)
        ]
    )
    return part


def headers_part(b: Bounce) -> Message:
    return text_part(b.reminder_headers_text(), "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def described(part: Message, description: str) -> Message:
    """The part with a Content-Description header added after its other headers."""
    part["Content-Description"] = description
    return part


def human_alt(text: str, markup: str, charset: str = "utf-8") -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", charset, "qp"))
    outer.attach(text_part(markup, "html", charset, "qp"))
    return outer


def close(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    *,
    headers: tuple[tuple[str, str], ...] = (),
    style: str = "bounce",
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">").split()[0]
    msg["Message-ID"] = f"<{hexid(b.key, 'bounce', 20)}.{b32(b.key, 'bq', 8)}@{host}>"
    for name, value in headers:
        msg[name] = value
    return finish(msg, b.key, style)


def postfix_hard(b: Bounce) -> Message:
    host = "mx2.oakfieldvets.example"
    human = (
        "This is the mail system at host mail.agrivet-supply.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {host}[198.51.100.61] said: 550\n"
        f"    5.1.1 <{b.rcpt}>... User unknown (in reply to RCPT\n"
        "    TO command)\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>... User unknown"
    msg = report(
        described(text_part(human, "plain", "us-ascii", "7bit"), "Notification"),
        described(
            dsn(
                b,
                "mail.agrivet-supply.example",
                "failed",
                diag,
                remote=host,
                extra=(
                    "X-Postfix-Queue-ID: 4dQk7H2v1Tz9rxL",
                    f"X-Postfix-Sender: rfc822; {AR_ADDR}",
                ),
            ),
            "Delivery report",
        ),
        described(MIMEMessage(b.reminder()), "Undelivered Message"),
    )
    return close(
        b,
        msg,
        "MAILER-DAEMON@mail.agrivet-supply.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
        headers=(("Auto-Submitted", "auto-replied"),),
        style="postfix",
    )


def qmail_hard(b: Bounce) -> Message:
    original = b.reminder().as_bytes().decode("ascii")
    text = (
        "Hi. This is the qmail-send program at mail.lowmoorfarm.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        "Return-Path: <receivables@agrivet-supply.example>\n"
        "Received: (qmail 28814 invoked from network); " + format_datetime(b.sent) + "\n" + original
    )
    msg = Message()
    msg.set_payload(text)
    return close(b, msg, "MAILER-DAEMON@mail.lowmoorfarm.example", "failure notice")


def sendmail_delay(b: Bounce) -> Message:
    host = "mx.greystonestables.example"
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\n"
        "from mail.agrivet-supply.example [203.0.113.25]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with {host}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        dsn(
            b,
            "relay.agrivet-supply.example (sendmail)",
            "delayed",
            "451 4.4.1 Connection timed out",
            remote=host,
        ),
        headers_part(b),
    )
    return close(
        b,
        msg,
        "Mail Delivery Subsystem <MAILER-DAEMON@relay.agrivet-supply.example>",
        "Warning: could not send message for past 4 hours",
        headers=(("Auto-Submitted", "auto-replied"),),
        style="sendmail",
    )


def exchange_parts(head: str, body: str, admin: str, charset: str = "utf-8") -> Message:
    text = f"{head}\n\n{body}\n\n{admin}\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        "<body><div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">"
        f'<p style="font-size:15pt;color:#C00000">{esc_lines(head)}</p>'
        f'<p style="font-size:11pt">{esc_lines(body)}</p>'
        f'<hr><p style="font-size:9pt;color:#666">{esc_lines(admin)}</p></div></body></html>\n'
    )
    return human_alt(text, markup, charset)


EXCHANGE_NDR = (("X-MS-Exchange-Message-Is-Ndr", ""), ("X-MS-Exchange-Organization-SCL", "-1"))


def exchange_de_hard(b: Bounce) -> Message:
    server = "FR3P281MB1577.DEUP281.PROD.OUTLOOK.COM"
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    human = exchange_parts(
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
        f"Das Postfach {b.rcpt} ist in der Organisation des Empfängers nicht vorhanden. Möglicherweise ist die Adresse falsch geschrieben oder sie wurde inzwischen gelöscht.\n\nWas Sie tun können: Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Wenn das nicht hilft, erreichen Sie den Empfänger vielleicht telefonisch oder über eine andere Adresse.",
        f"Diagnoseinformationen für Administratoren:\n\nGenerierender Server: {server}\n\n{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
    )
    msg = report(human, dsn(b, server, "failed", diag), MIMEMessage(b.reminder()))
    return close(
        b,
        msg,
        "Microsoft Outlook <postmaster@zoohaus-behrens.example>",
        f"Unzustellbar: {b.rsubject}",
        headers=(*EXCHANGE_NDR, ("Content-Language", "de-DE")),
        style="exchange",
    )


def gateway_de_delay(b: Bounce) -> Message:
    text = (
        "Automatische Benachrichtigung des E-Mail-Sicherheitsgateways\n\n"
        f"Ihre Nachricht an {b.rcpt} wird vorübergehend zurückgehalten, weil die Prüfung auf Schadsoftware noch nicht abgeschlossen ist.\n\n"
        "Sie müssen nichts unternehmen. Sobald die Prüfung ohne Befund endet, wird die Nachricht automatisch zugestellt. Ist eine Zustellung innerhalb von 48 Stunden nicht möglich, erhalten Sie eine weitere Benachrichtigung.\n\n"
        f"  Empfänger: {b.rcpt}\n"
        f"  Betreff:   {b.rsubject}\n"
        f"  Eingang:   {b.sent.astimezone(b.dt.tzinfo).strftime('%d.%m.%Y %H:%M')}\n"
        "  Status:    4.7.1 (zurückgestellt, Zustellung wird wiederholt)\n\n"
        "-- \nSecureMail Gateway · IT-Betrieb Tierklinik am Stadtpark\n"
    )
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        dsn(
            b,
            "gw01.tierklinik-stadtpark.example",
            "delayed",
            "451 4.7.1 Message deferred pending content inspection",
        ),
        headers_part(b),
    )
    return close(
        b,
        msg,
        "SecureMail Gateway <no-reply-gateway@tierklinik-stadtpark.example>",
        f"Zustellung verzögert: {b.rsubject}",
        headers=(("Auto-Submitted", "auto-generated"),),
    )


def isp_fr_hard(b: Bounce) -> Message:
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur de messagerie d'Azurtel.\n\n"
        "Votre message n'a pas pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : cette adresse n'existe pas chez nous (550 5.1.1 destinataire inconnu).\n\n"
        "L'erreur est définitive et le message ne sera pas renvoyé. Vérifiez l'orthographe de l'adresse ou contactez votre correspondant par un autre moyen.\n\n"
        "Vous trouverez votre message d'origine en pièce jointe.\n\n"
        "-- \nAzurtel - Service Messagerie\n"
    )
    msg = report(
        text_part(text, "plain", "iso-8859-1", "qp"),
        dsn(
            b,
            "mx1.azurtel.example",
            "failed",
            f"550 5.1.1 <{b.rcpt}>: destinataire inconnu / unknown user",
        ),
        MIMEMessage(b.reminder()),
    )
    return close(
        b,
        msg,
        "Messagerie Azurtel <mailer-daemon@mx1.azurtel.example>",
        f"Message non remis : {b.rsubject}",
        headers=(("Auto-Submitted", "auto-replied"),),
    )


def exchange_fr_delay(b: Bounce) -> Message:
    server = "PA4P190MB1188.EURP190.PROD.OUTLOOK.COM"
    diag = "400 4.4.316 Connection refused [Message=Socket error code 10061]"
    human = exchange_parts(
        "La remise de votre message est retardée.",
        f"Destinataire : {b.rcpt}\nObjet : {b.rsubject}\n\nLe message n'a pas encore pu être remis et nous continuons d'essayer automatiquement. Vous n'avez rien à faire pour le moment ; si la remise échoue définitivement, vous recevrez un autre avis.",
        f"Informations de diagnostic pour les administrateurs :\n\nServeur de génération : {server}\nServeur de réception : mx.cliniquevet-bellecombe.example\n\n{b.rcpt}\nLe serveur distant a renvoyé « {diag} »",
    )
    msg = report(
        human,
        dsn(b, server, "delayed", diag, remote="mx.cliniquevet-bellecombe.example"),
        headers_part(b),
    )
    return close(
        b,
        msg,
        "Microsoft Outlook <postmaster@cliniquevet-bellecombe.example>",
        f"Remise différée : {b.rsubject}",
        headers=(*EXCHANGE_NDR, ("Content-Language", "fr-FR")),
        style="exchange",
    )


def exchange_es_full(b: Bounce) -> Message:
    server = "MAD1P191MB0442.EURP191.PROD.OUTLOOK.COM"
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = exchange_parts(
        f"No se ha podido entregar su mensaje a {b.rcpt}.",
        "El buzón del destinatario ha superado su límite de almacenamiento y ahora mismo no admite mensajes nuevos.\n\nQué puede hacer: vuelva a enviar el mensaje más tarde, cuando el destinatario haya liberado espacio, o póngase en contacto con él por otra vía.",
        f"Información de diagnóstico para administradores:\n\nServidor que genera el informe: {server}\n\n{b.rcpt}\nEl servidor remoto devolvió '{diag}'",
    )
    msg = report(human, dsn(b, server, "failed", diag), headers_part(b))
    return close(
        b,
        msg,
        "Microsoft Outlook <postmaster@hipicalosrobles.example>",
        f"No se puede entregar: {b.rsubject}",
        headers=(*EXCHANGE_NDR, ("Content-Language", "es-ES")),
        style="exchange",
    )


def isp_nl_hard(b: Bounce) -> Message:
    r = b.reminder()
    text = (
        "Dit is een automatisch bericht van de mailserver van Polderhost.\n\n"
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"    {b.rcpt}\n"
        f"    Reden: 550 5.1.1 <{b.rcpt}>: mailbox bestaat niet\n\n"
        "Dit is een permanente fout. Controleer het adres of neem op een andere manier contact op met de ontvanger.\n\n"
        "------ Kopregels van het oorspronkelijke bericht ------\n"
        f"Van: {r['From']}\nAan: {r['To']}\nOnderwerp: {b.rsubject}\nDatum: {r['Date']}\nMessage-ID: {r['Message-ID']}\n"
    )
    msg = text_part(latin1_safe(text), "plain", "iso-8859-1", "8bit")
    return close(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@smtp.polderhost.example>",
        f"Onbestelbaar bericht: {b.rsubject}",
    )


def gmail_nl_delay(b: Bounce) -> Message:
    lines = [
        "** Bezorging vertraagd **",
        f"Er is een tijdelijk probleem met de bezorging van je bericht aan {b.rcpt}. Gmail blijft het nog 45 uur proberen. Als de bezorging definitief mislukt, krijg je een nieuwe melding.",
        "Het antwoord van de externe server was:",
        "[mx.depootafdruk.example. 192.0.2.77] De server van de ontvanger accepteerde onze verbindingsverzoeken niet.",
    ]
    text = "\n\n".join(lines) + "\n"
    markup = (
        "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</body></html>\n"
    )
    msg = report(
        human_alt(text, markup),
        dsn(
            b,
            "mx.google.com",
            "delayed",
            "The recipient server did not accept our requests to connect.",
            remote="mx.depootafdruk.example",
        ),
        headers_part(b),
    )
    return close(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        headers=(("Auto-Submitted", "auto-replied"),),
        style="google",
    )


def isp_it_hard(b: Bounce) -> Message:
    text = (
        "Gentile utente,\n\n"
        "il messaggio che hai inviato non è stato recapitato al seguente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: la casella del destinatario è stata disattivata e non accetta più posta (550 5.2.1 mailbox disabled).\n\n"
        "Si tratta di un errore permanente: non verranno fatti altri tentativi. Controlla l'indirizzo oppure contatta il destinatario in un altro modo.\n\n"
        "In allegato trovi le intestazioni del messaggio originale.\n\n"
        "-- \nRetesud – Servizio Posta\n"
    )
    msg = report(
        text_part(text, "plain", "utf-8", "8bit"),
        dsn(b, "mx.retesud.example", "failed", "550 5.2.1 mailbox disabled"),
        headers_part(b),
    )
    return close(
        b,
        msg,
        "Servizio Posta Retesud <mailer-daemon@mx.retesud.example>",
        f"Mancato recapito: {b.rsubject}",
        headers=(("Auto-Submitted", "auto-replied"),),
    )


def exim_it_delay(b: Bounce) -> Message:
    text = (
        "Questo messaggio è stato generato automaticamente dal sistema di recapito della posta.\n"
        "Un messaggio che hai inviato non è ancora stato recapitato a uno o più\n"
        "destinatari dopo più di 24 ore in coda su relay.hostingpadano.example.\n\n"
        f"Identificativo del messaggio:  1wB7qL-0004Xs-3R\n"
        f"Oggetto del messaggio:         {b.rsubject}\n"
        f"Data del messaggio:            {format_datetime(b.sent)}\n\n"
        "L'indirizzo a cui il messaggio non è ancora stato recapitato è:\n\n"
        f"  {b.rcpt}\n"
        "    host mx.cascinalemolinette.example [192.0.2.140]\n"
        f"    Motivo del ritardo: errore SMTP dal server remoto dopo RCPT TO:<{b.rcpt}>:\n"
        "    452 4.2.2 Mailbox over quota - casella piena\n\n"
        "Non devi fare nulla. I tentativi di recapito proseguiranno per alcuni giorni e\n"
        "potresti ricevere di nuovo questo avviso. Se alla fine il recapito non riuscirà,\n"
        "il messaggio ti verrà restituito.\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return close(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@relay.hostingpadano.example>",
        "Avviso: messaggio 1wB7qL-0004Xs-3R ritardato di 24 ore",
        headers=(("Auto-Submitted", "auto-replied"),),
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "reception@oakfieldvets.example",
            "2026-11-23 09:06 +0000",
            2,
            "en",
            "AV/26/30481",
            "845.00",
            "GBP",
            "Postfix RFC 3464 report with the whole returned message",
        ),
        postfix_hard,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "farmoffice@lowmoorfarm.example",
            "2026-12-02 09:09 +0000",
            3,
            "en",
            "AV/26/31094",
            "612.00",
            "GBP",
            "qmail plain-text notice, not MIME; status taken from '(#5.1.1)'",
        ),
        qmail_hard,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "office@greystonestables.example",
            "2026-12-10 13:07 +0000",
            242,
            "en",
            "AV/26/31478",
            "1980.00",
            "GBP",
            "sendmail 4-hour warning; delayed, not failed",
        ),
        sendmail_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.10",
            "einkauf@zoohaus-behrens.example",
            "2026-11-27 10:05 +0100",
            1,
            "de",
            "AV/26/30873",
            "1264.00",
            "EUR",
            "Exchange Online NDR in German",
        ),
        exchange_de_hard,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.7.1",
            "rechnungen@tierklinik-stadtpark.example",
            "2026-12-15 10:32 +0100",
            26,
            "de",
            "AV/26/31633",
            "2189.90",
            "EUR",
            "security gateway holding the message for inspection; delay notice",
        ),
        gateway_de_delay,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.1",
            "ecuries.dulac@azurtel.example",
            "2026-12-04 10:04 +0100",
            1,
            "fr",
            "AV/26/31205",
            "735.50",
            "EUR",
            "French ISP notice, multipart/report with the returned message",
        ),
        isp_fr_hard,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.4.316",
            "compta@cliniquevet-bellecombe.example",
            "2026-11-26 14:10 +0100",
            246,
            "fr",
            "AV/26/30795",
            "1533.00",
            "EUR",
            "Exchange delay notice in French; Exchange's own 4.4.316 detail code is kept",
        ),
        exchange_fr_delay,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "soft",
            "5.2.2",
            "administracion@hipicalosrobles.example",
            "2026-12-08 10:06 +0100",
            2,
            "es",
            "AV/26/31353",
            "918.60",
            "EUR",
            "mailbox full reported with a 5.x code: soft (holdout2 convention), the code is kept",
        ),
        exchange_es_full,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.1.1",
            "praktijk.terhorst@polderhost.example",
            "2026-11-24 10:05 +0100",
            1,
            "nl",
            "AV/26/30506",
            "476.20",
            "EUR",
            "Dutch ISP notice, single text/plain part in ISO-8859-1 with the original headers inline",
        ),
        isp_nl_hard,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "4.4.1",
            "info@depootafdruk.example",
            "2026-12-11 14:05 +0100",
            243,
            "nl",
            "AV/26/31512",
            "389.00",
            "EUR",
            "Gmail delay notice in Dutch",
        ),
        gmail_nl_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.2.1",
            "allevamento.fontana@retesud.example",
            "2026-12-01 10:03 +0100",
            1,
            "it",
            "AV/26/31021",
            "1655.40",
            "EUR",
            "Italian ISP notice: mailbox disabled",
        ),
        isp_it_hard,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.2.2",
            "amministrazione@cascinalemolinette.example",
            "2026-12-17 10:08 +0100",
            1440,
            "it",
            "AV/26/31731",
            "2874.00",
            "EUR",
            "Exim 24-hour delay warning with an Italian template, plain text; mailbox over quota",
        ),
        exim_it_delay,
    ),
]

# --------------------------------------------------------------------------------------------
# Labels, output and checks
# --------------------------------------------------------------------------------------------

REF_RE = re.compile(r"AV/26/\d{5}")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
STATUS_RE = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")
DAY_FIELDS: tuple[Literal["promised_date", "paid_date", "return_date"], ...] = (
    "promised_date",
    "paid_date",
    "return_date",
)
KEY_ORDER = ("file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note")


def reply_label(r: Reply) -> Label:
    fields = r.labels
    return {
        "intent": r.intent,
        "promised_date": fields.get("promised_date"),
        "paid_date": fields.get("paid_date"),
        "return_date": fields.get("return_date"),
        "payment_reference": fields.get("payment_reference"),
        "amount": fields.get("amount"),
        "currency": fields.get("currency"),
        "new_contact": fields.get("new_contact"),
        "bounce_kind": fields.get("bounce_kind"),
        "failed_recipient": fields.get("failed_recipient"),
        "bounce_status": fields.get("bounce_status"),
        "invoice_refs": fields.get("invoice_refs", []),
        "language": r.lang,
        "note": fields.get("note"),
    }


def bounce_label(b: Bounce) -> Label:
    return {
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


# Fields that only one intent may carry.
INTENT_ONLY_FIELDS = (
    ("paid_date", "payment_sent"),
    ("promised_date", "promise_to_pay"),
    ("return_date", "auto_reply"),
    ("new_contact", "wrong_contact"),
)


def check_reply_spec(r: Reply) -> None:
    """The labels must agree with the hand-written text they describe."""
    local_day = r.dt.date()
    if not FIRST_DAY <= local_day <= LAST_DAY:
        raise SystemExit(f"{r.key}: date {local_day} outside the corpus window")
    check_reply_text_fields(r)
    check_reply_days(r, local_day)
    check_reply_intent_fields(r)
    if (r.labels.get("amount") is None) != (r.labels.get("currency") is None):
        raise SystemExit(f"{r.key}: amount and currency go together")
    if r.reminder_sent >= r.dt:
        raise SystemExit(f"{r.key}: reminder not before the reply")


def check_reply_text_fields(r: Reply) -> None:
    """invoice_refs and new_contact must be what the hand-written text says."""
    found = sorted(set(REF_RE.findall(r.body)))
    if sorted(r.labels.get("invoice_refs", [])) != found:
        raise SystemExit(
            f"{r.key}: invoice_refs {r.labels.get('invoice_refs')} but the text has {found}"
        )
    contact = r.labels.get("new_contact")
    if contact and (contact != contact.lower() or contact not in r.body.lower()):
        raise SystemExit(f"{r.key}: new_contact must be lower case and written in the text")


def check_reply_days(r: Reply, local_day: date) -> None:
    """A payment is dated on or before the message; a promise or a return on or after it."""
    for name in DAY_FIELDS:
        value = r.labels.get(name)
        if value is None:
            continue
        day = date.fromisoformat(value)
        if name == "paid_date" and day > local_day:
            raise SystemExit(f"{r.key}: paid_date after the message")
        if name != "paid_date" and day < local_day:
            raise SystemExit(f"{r.key}: {name} before the message")


def check_reply_intent_fields(r: Reply) -> None:
    """paid_date, promised_date, return_date and new_contact each belong to one intent."""
    for name, intent in INTENT_ONLY_FIELDS:
        if r.intent != intent and r.labels.get(name):
            raise SystemExit(f"{r.key}: {name} on a {r.intent}")


def check_label(label: LabelRow) -> None:
    """A label has every key in order, and each value has the expected form."""
    name = label["file"]
    if tuple(label) != KEY_ORDER:
        raise SystemExit(f"{name}: label keys {tuple(label)}")
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{name}: bad intent or language")
    check_label_values(name, label)
    check_label_bounce(name, label)
    if label["note"] is not None and not isinstance(label["note"], str):
        raise SystemExit(f"{name}: note")


def check_label_values(name: str, label: Label) -> None:
    """Dates, amount, currency and invoice references are well formed."""
    for key in DAY_FIELDS:
        value = label[key]
        if value is not None and not ISO_DAY.match(value):
            raise SystemExit(f"{name}: {key} is not YYYY-MM-DD")
    if label["amount"] is not None and not AMOUNT_RE.match(label["amount"]):
        raise SystemExit(f"{name}: amount {label['amount']!r}")
    if label["currency"] not in (None, "EUR", "GBP"):
        raise SystemExit(f"{name}: currency {label['currency']!r}")
    if not all(isinstance(x, str) and REF_RE.fullmatch(x) for x in label["invoice_refs"]):
        raise SystemExit(f"{name}: invoice_refs {label['invoice_refs']}")


def check_label_bounce(name: str, label: Label) -> None:
    """Bounces carry kind, recipient and status (hard needs 5.x.x); nothing else carries them."""
    bounce_fields = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    if label["intent"] != "bounce":
        if any(x is not None for x in bounce_fields):
            raise SystemExit(f"{name}: bounce fields on a {label['intent']}")
        return
    if label["bounce_kind"] not in ("hard", "soft") or not label["failed_recipient"]:
        raise SystemExit(f"{name}: bounce fields")
    status = label["bounce_status"]
    if status is None or not STATUS_RE.match(status):
        raise SystemExit(f"{name}: bounce_status {status!r}")
    if label["bounce_kind"] == "hard" and not status.startswith("5."):
        raise SystemExit(f"{name}: a hard bounce needs a 5.x.x status")


def check_message(name: str, data: bytes, label: Label) -> None:
    """Parse the file back as a reader would: headers decoded, every text part decoded, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    check_message_headers(name, msg)
    check_message_parts(name, msg)
    if label["intent"] != "bounce" and label["new_contact"]:
        plain = " ".join(
            p.get_content() for p in msg.walk() if p.get_content_type() == "text/plain"
        ).lower()
        if label["new_contact"] not in plain:
            raise SystemExit(f"{name}: new_contact not in the decoded text")


def check_message_headers(name: str, msg: EmailMessage) -> None:
    """The main headers are present, decoded, and dated inside the corpus window."""
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for header in ("From", "Subject", "Thread-Topic"):
        if msg[header] is not None and "=?" in str(msg[header]):
            raise SystemExit(f"{name}: {header} not decoded")
    sent = msg["Date"]
    if not isinstance(sent, DateHeader) or sent.datetime is None:
        raise SystemExit(f"{name}: Date {sent!r} does not parse")
    day = sent.datetime.date()
    if not FIRST_DAY <= day <= LAST_DAY:
        raise SystemExit(f"{name}: Date {day} outside the window")


def check_message_parts(name: str, msg: EmailMessage) -> None:
    """No part has defects, and there is at least one text part, which decodes cleanly."""
    texts = 0
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects} in {part.get_content_type()}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if "\ufffd" in content:
                raise SystemExit(f"{name}: undecodable text in {part.get_content_type()}")
            texts += 1
    if texts == 0:
        raise SystemExit(f"{name}: no text part")


def check_counts(labels: list[LabelRow]) -> None:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != 12:
            raise SystemExit(f"{intent}: not 12 messages")
        for lang in LANGS:
            if cells[intent, lang] == 0:
                raise SystemExit(f"{intent} has no {lang} message")
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    if kinds != Counter(hard=6, soft=6):
        raise SystemExit(f"bounce kinds {dict(kinds)}")


def all_messages() -> list[tuple[str, Message, Label]]:
    invoices = [r.inv for r in REPLIES] + [b.inv for b, _ in BOUNCES]
    if len(set(invoices)) != len(invoices):
        dupes = [x for x, n in Counter(invoices).items() if n > 1]
        raise SystemExit(f"invoice numbers used twice: {dupes}")
    for r in REPLIES:
        check_reply_spec(r)
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return items


def count_table(labels: list[LabelRow]) -> str:
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


def write_all() -> list[LabelRow]:
    items = all_messages()
    random.Random(SEED).shuffle(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[LabelRow] = []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes()
        full: LabelRow = {"file": name, **label}
        check_label(full)
        check_message(name, data, full)
        (HERE / name).write_bytes(data)
        labels.append(full)
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
