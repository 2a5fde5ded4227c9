# ruff: noqa: E501, RUF001
# Message text is kept one paragraph per line, the way mail clients send it, with the
# typographic dashes, quotes and non-breaking spaces that people and their clients really type.
"""Build held-out reply corpus 116: the ``h116-NNN.eml`` files and ``labels.jsonl``.

Every message answers, or reports on, an overdue-invoice reminder that Brightwater Pool Services
sent from ``ar@brightwater-pools.example``. The new text of each message is written by hand below.
The script adds only what a mail client or a mail server would add: the quoted reminder in the
client's layout and language, headers, MIME structure, charsets and transfer encodings.

Run it from anywhere. It rewrites every file next to itself, deterministically (no clock, no
randomness beyond fixed hashes), parses each file back, checks the labels and prints the counts.
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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "holdout116-2030"
PREFIX = "h116"
AR_NAME = "Brightwater Accounts Receivable"
AR_ADDR = "ar@brightwater-pools.example"
AR_DOMAIN = "brightwater-pools.example"
FIRST_DAY = date(2030, 2, 4)
LAST_DAY = date(2030, 3, 1)

LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
PER_INTENT = 12
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
# The fields each intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
INVOICE_RE = re.compile(r"BPS[-‐ ]?(\d{4})[-‐ ]?(\d{4})", re.IGNORECASE)


# --------------------------------------------------------------------------------------------
# Time zones: UK and central European time, with the EU summer-time rule
# --------------------------------------------------------------------------------------------

ZONE_BASE_HOURS = {"uk": 0, "cet": 1}


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (summer time starts and ends on one)."""
    first_next = date(year + month // 12, month % 12 + 1, 1)
    day = first_next - timedelta(days=1)
    return day - timedelta(days=(day.weekday() - 6) % 7)


def zone_offset(zone: str, wall: datetime) -> timezone:
    """UTC offset of a wall-clock time: summer time runs from 01:00 UTC on the last Sunday of
    March to 01:00 UTC on the last Sunday of October, in the UK and in central Europe alike."""
    base = ZONE_BASE_HOURS[zone]
    utc = wall - timedelta(hours=base)
    start = datetime.combine(last_sunday(wall.year, 3), time(1))
    end = datetime.combine(last_sunday(wall.year, 10), time(1))
    return timezone(timedelta(hours=base + (1 if start <= utc < end else 0)))


def digest(key: str, salt: str) -> bytes:
    """A fixed pseudo-random byte string for a message key."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """Upper-case base32 characters derived from a key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def local_time(zone: str, text: str, key: str) -> datetime:
    """An aware datetime from a hand-written wall-clock time; seconds come from the key."""
    wall = datetime.fromisoformat(text).replace(second=digest(key, "sec")[0] % 60)
    return wall.replace(tzinfo=zone_offset(zone, wall))


def txt(text: str) -> str:
    """Hand-written text from an indented triple-quoted block."""
    return textwrap.dedent(text).strip("\n")


# --------------------------------------------------------------------------------------------
# Locale tables (the words each client prints in its own language)
# --------------------------------------------------------------------------------------------

WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_ABBR = {
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Gmail's attribution line (web client, in the writer's interface language).
GMAIL_ATTR = {
    "en": "On {wda}, {d} {moa} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {moa} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {moa} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {moa} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {moa} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {moa} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
# Apple Mail on the Mac and on the iPhone.
APPLE_ATTR = {
    "en": "On {d} {moa} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {moa} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {moa} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {moa} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {moa} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
# Outlook's "Sent:" value.
OUTLOOK_DATE = {
    "en": "{wd}, {d} {mon} {y} {HH}:{mm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}


@dataclass(frozen=True)
class OutlookWords:
    """The words Outlook puts around a quoted message in one interface language."""

    original: str
    frm: str
    sent: str
    to: str
    subject: str
    colon: str
    re: str


OUTLOOK_WORDS = {
    "en": OutlookWords("-----Original Message-----", "From", "Sent", "To", "Subject", ":", "RE: "),
    "de": OutlookWords(
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ":",
        "AW: ",
    ),
    "fr": OutlookWords("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " :", "RE : "),
    "es": OutlookWords(
        "-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ":", "RE: "
    ),
    "nl": OutlookWords(
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ":",
        "RE: ",
    ),
    "it": OutlookWords(
        "-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ":", "R: "
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
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
WORD_LANG = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}


def date_words(lang: str, when: datetime) -> dict[str, str]:
    """Placeholders for the date templates above."""
    weekday, month = when.weekday(), when.month - 1
    return {
        "wd": WEEKDAYS[lang].split()[weekday],
        "wda": WEEKDAYS_ABBR[lang].split()[weekday],
        "mon": MONTHS[lang].split()[month],
        "moa": MONTHS_ABBR[lang].split()[month],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "H": str(when.hour),
        "HH": f"{when.hour:02d}",
        "mm": f"{when.minute:02d}",
    }


def render(template: str, lang: str, when: datetime, **extra: str) -> str:
    """Fill a date template in a language."""
    return template.format(**date_words(lang, when), **extra)


# --------------------------------------------------------------------------------------------
# The reminder that every message answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Brightwater Pool Services",
    "de": "Offene Rechnung {inv} – Brightwater Pool Services",
    "fr": "Facture échue {inv} – Brightwater Pool Services",
    "es": "Factura vencida {inv} – Brightwater Pool Services",
    "nl": "Openstaande factuur {inv} – Brightwater Pool Services",
    "it": "Fattura scaduta {inv} – Brightwater Pool Services",
}
REMINDER_BODY = {
    "en": """
        Hello,

        Our records show the invoice below as unpaid and past its due date.

        Invoice number: {inv}
        Invoice date: {issued}
        Due date: {due}
        Balance due: {amount}

        If you have already paid, please reply with the payment date and your reference so that we can allocate it. If you have a question about the invoice or the work carried out, simply reply to this email.

        Many thanks,

        Accounts Receivable
        Brightwater Pool Services Ltd
        Unit 7, Kingfisher Park, Avonmouth, Bristol BS11 9FG
        ar@brightwater-pools.example · 0117 496 0321
    """,
    "de": """
        Guten Tag,

        laut unseren Unterlagen ist die folgende Rechnung noch offen und bereits fällig:

        Rechnungsnummer: {inv}
        Rechnungsdatum: {issued}
        Fällig am: {due}
        Offener Betrag: {amount}

        Falls Sie bereits gezahlt haben, teilen Sie uns bitte Zahlungsdatum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Bei Fragen zur Rechnung oder zu den ausgeführten Arbeiten antworten Sie einfach auf diese E-Mail.

        Freundliche Grüße

        Debitorenbuchhaltung
        Brightwater Pool Services Ltd
        ar@brightwater-pools.example
    """,
    "fr": """
        Bonjour,

        Sauf erreur de notre part, la facture ci-dessous n'a pas encore été réglée alors que son échéance est dépassée.

        Numéro de facture : {inv}
        Date de facture : {issued}
        Date d'échéance : {due}
        Montant restant dû : {amount}

        Si le règlement a déjà été effectué, merci de nous indiquer sa date et sa référence afin que nous puissions l'affecter. Pour toute question sur la facture ou sur l'intervention, répondez simplement à ce message.

        Bien cordialement,

        Service comptabilité clients
        Brightwater Pool Services Ltd
        ar@brightwater-pools.example
    """,
    "es": """
        Buenos días:

        Según nuestra contabilidad, la siguiente factura está pendiente de pago y ya ha vencido.

        Número de factura: {inv}
        Fecha de factura: {issued}
        Vencimiento: {due}
        Importe pendiente: {amount}

        Si ya ha realizado el pago, indíquenos por favor la fecha y la referencia para poder asignarlo. Si tiene alguna duda sobre la factura o sobre el trabajo realizado, responda a este correo.

        Un saludo,

        Departamento de cobros
        Brightwater Pool Services Ltd
        ar@brightwater-pools.example
    """,
    "nl": """
        Goedendag,

        Volgens onze administratie is onderstaande factuur nog niet betaald, terwijl de vervaldatum verstreken is.

        Factuurnummer: {inv}
        Factuurdatum: {issued}
        Vervaldatum: {due}
        Openstaand bedrag: {amount}

        Heeft u al betaald? Laat ons dan de betaaldatum en uw kenmerk weten, zodat wij de betaling kunnen verwerken. Heeft u vragen over de factuur of de uitgevoerde werkzaamheden, beantwoord dan gewoon deze e-mail.

        Met vriendelijke groet,

        Debiteurenadministratie
        Brightwater Pool Services Ltd
        ar@brightwater-pools.example
    """,
    "it": """
        Buongiorno,

        dalla nostra contabilità risulta ancora da saldare la fattura indicata qui sotto, già scaduta.

        Numero fattura: {inv}
        Data fattura: {issued}
        Scadenza: {due}
        Importo da saldare: {amount}

        Se avete già effettuato il pagamento, vi chiediamo di comunicarci data e riferimento, così da poterlo abbinare. Per qualsiasi domanda sulla fattura o sull'intervento è sufficiente rispondere a questa e-mail.

        Cordiali saluti,

        Ufficio crediti
        Brightwater Pool Services Ltd
        ar@brightwater-pools.example
    """,
}
DATE_FORMAT = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
NBSP = "\u00a0"
LATIN1_REPLACEMENTS = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "..."}


def latin1(text: str) -> str:
    """What a Latin-1 client makes of characters it cannot send."""
    for char, plain in LATIN1_REPLACEMENTS.items():
        text = text.replace(char, plain)
    return text


def group_thousands(units: str, sep: str) -> str:
    """Digits grouped by three from the right."""
    groups: list[str] = []
    while len(units) > 3:
        groups.insert(0, units[-3:])
        units = units[:-3]
    return sep.join([units, *groups])


def money(amount: str, currency: str, lang: str) -> str:
    """An amount written the way the reminder writes it in a language."""
    units, cents = amount.split(".")
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if lang == "en":
        return f"{symbol}{group_thousands(units, ',')}.{cents}"
    if lang == "fr":
        return f"{group_thousands(units, NBSP)},{cents}{NBSP}{symbol}"
    if lang in {"de", "es"}:
        return f"{group_thousands(units, '.')},{cents} {symbol}"
    return f"{symbol} {group_thousands(units, '.')},{cents}"


def invoice_dates(inv: str) -> tuple[date, date]:
    """Issue and due date of an invoice: numbers 0300-0520 were issued from 2 to 31 January
    2030, on 14 days' terms."""
    number = int(inv[-4:])
    if not 300 <= number <= 520:
        raise ValueError(f"no reminder can be about {inv}")
    issued = date(2030, 1, 2) + timedelta(days=(number - 300) * 29 // 220)
    return issued, issued + timedelta(days=14)


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amount: str, currency: str) -> str:
    """The reminder's text as dunmail sent it."""
    issued, due = invoice_dates(inv)
    return txt(REMINDER_BODY[lang]).format(
        inv=inv,
        issued=issued.strftime(DATE_FORMAT[lang]),
        due=due.strftime(DATE_FORMAT[lang]),
        amount=money(amount, currency, lang),
    )


def reminder_msgid(key: str) -> str:
    """Message-ID of the reminder a message answers."""
    return f"<dunmail.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------

CTE_CODES = {"qp": cs.QP, "b64": cs.BASE64}


def body_charset(name: str, cte: str) -> cs.Charset:
    """A charset object that makes ``set_payload`` use the client's transfer encoding."""
    charset = cs.Charset(name)
    # None (7bit/8bit) sends the text as it is; the stubs only allow the QP/BASE64 codes.
    charset.body_encoding = CTE_CODES.get(cte)  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text/* part; raises if the hand-written text does not fit the declared charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative with a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def encode_header(value: str, charset: str, how: str, name: str) -> str:
    """A header value as the client writes it: RFC 2047 encoded words once it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    spec = cs.Charset(charset)
    spec.header_encoding = cs.BASE64 if how == "b" else cs.QP
    return Header(value, spec, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str, how: str) -> str:
    """A From/To/Cc mailbox with an encoded display name when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, how, 'From')} <{addr}>"


def quote_lines(text: str) -> str:
    """Prefix every line with '> ' (an empty line gets a bare '>')."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Escape text and keep its line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """One <p> per paragraph."""
    return "\n".join(f"<p>{html_lines(block)}</p>" for block in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    """Word's one-paragraph-per-line markup."""
    return "\n".join(
        f'<p class="MsoNormal">{html.escape(line, quote=False) if line else "&nbsp;"}<o:p></o:p></p>'
        for line in text.split("\n")
    )


def flow(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: long lines are wrapped with a trailing space, quoted lines keep
    their '>' marks, and lines that start with a space or 'From ' are space-stuffed."""
    out: list[str] = []
    for line in text.split("\n"):
        match = re.match(r"(>+) ?", line)
        marks = match.group(1) if match else ""
        content = (line[match.end() :] if match else line).rstrip(" ")
        prefix = f"{marks} " if marks and content else marks
        if not marks and content.startswith((" ", "From ", ">")):
            content = " " + content
        if len(prefix) + len(content) <= 78:
            out.append(prefix + content)
            continue
        current = ""
        for word in content.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and len(prefix) + len(candidate) > width:
                out.append(f"{prefix}{current} ")
                current = word
            else:
                current = candidate
        out.append(prefix + current)
    return "\n".join(out)


def unflow_body(text: str) -> str:
    """Undo the soft line breaks of unquoted flowed text (enough for the self-check)."""
    return text.replace(" \n", " ")


# --------------------------------------------------------------------------------------------
# Specs for hand-written messages
# --------------------------------------------------------------------------------------------

NOTICE_STYLES = frozenset({"notice", "notice_html"})
OUTLOOK_STYLES = frozenset({"outlook", "outlook_html", "html_only", "android"})


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels.

    ``when`` is the writer's wall-clock time; the UTC offset follows from the zone (UK for
    English writers unless ``zone`` says otherwise, central European time for everyone else).
    ``inv``/``amt`` describe the reminder being answered; notices that answer nothing leave
    ``inv`` empty. ``subject`` may use ``{rsub}`` for the reminder's subject.
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object]
    inv: str = ""
    amt: str = ""
    rlang: str = ""
    zone: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    cc: tuple[str, str] | None = None
    quote_to: str = ""
    attach: str = ""
    rdays: int = 1

    @property
    def tz(self) -> str:
        """The writer's time zone."""
        return self.zone or ("uk" if self.lang == "en" else "cet")

    @property
    def dt(self) -> datetime:
        """The message's Date, in the writer's time zone."""
        return local_time(self.tz, self.when, self.key)

    @property
    def currency(self) -> str:
        """The currency the customer is billed in."""
        return "GBP" if self.tz == "uk" else "EUR"

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def latin(self) -> bool:
        """Whether the client writes ISO-8859-1 (and so cannot send the euro sign or dashes)."""
        return self.charset == "iso-8859-1"


def lab(refs: Sequence[str] = (), note: str | None = None, **fields: str) -> dict[str, object]:
    """Label fields beyond intent and language; ``refs`` are the invoice numbers written in the
    new text, already normalised."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label fields {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def reminder_sent(r: Reply) -> datetime:
    """When the reminder went out, in the writer's time zone. Reminders leave in the morning
    run (08:30-08:55 UTC) on a working day before the reply; auto-replies follow within minutes."""
    if r.style in NOTICE_STYLES:
        h = digest(r.key, "lag")
        return r.dt - timedelta(minutes=1 + h[0] % 4, seconds=h[1] % 60)
    day = r.dt.date() - timedelta(days=r.rdays)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    h = digest(r.key, "run")
    sent = datetime(day.year, day.month, day.day, 8, 30 + h[0] % 25, h[1] % 60, tzinfo=UTC)
    return sent.astimezone(r.dt.tzinfo)


def make_quote(r: Reply) -> Quote:
    """The reminder the message answers, as seen from the writer's client."""
    text = reminder_body(r.reminder_lang, r.inv, r.amt, r.currency)
    subject = reminder_subject(r.reminder_lang, r.inv)
    if r.latin:
        text, subject = latin1(text), latin1(subject)
    to = r.quote_to or (f"{r.who[0]} <{r.who[1]}>" if r.who[0] else r.who[1])
    return Quote(text, subject, reminder_sent(r), r.lang, to)


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    """Outlook's From/Sent/To/Subject rows in the client's language."""
    w = OUTLOOK_WORDS[q.lang]
    return [
        (w.frm, f"{AR_NAME} <{AR_ADDR}>"),
        (w.sent, render(OUTLOOK_DATE[q.lang], q.lang, q.sent)),
        (w.to, q.to),
        (w.subject, q.subject),
    ]


def outlook_block(q: Quote) -> str:
    """The rows as plain text."""
    colon = OUTLOOK_WORDS[q.lang].colon
    return "\n".join(f"{label}{colon} {value}" for label, value in outlook_rows(q))


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop's HTML body: Word markup and the grey divider above the header block."""
    colon = html.escape(OUTLOOK_WORDS[q.lang].colon)
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{colon}</b> {html.escape(value, quote=False)}"
        for label, value in outlook_rows(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle20 {mso-style-type:personal-reply; color:windowtext;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{WORD_LANG[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{rows}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised Original Message block."""
    text = f"{r.body}\n\n{OUTLOOK_WORDS[q.lang].original}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop, HTML with its plain-text alternative."""
    plain = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def style_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as text/html alone."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: both parts base64, the localised download line, a rule above the
    header block."""
    sig = ANDROID_SIGNATURE[q.lang]
    plain = f"{r.body}\n\n{sig}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    colon = html.escape(OUTLOOK_WORDS[q.lang].colon)
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{colon}</b> {html.escape(value, quote=False)}"
        for label, value in outlook_rows(q)
    )
    markup = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n<body>\n'
        f'<div dir="auto">{html_lines(r.body)}</div>\n'
        '<div dir="auto"><br></div>\n'
        f'<div dir="auto">{html.escape(sig)}</div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{rows}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, "b64"),
        text_part(markup, "html", r.charset, "b64"),
    )


def gmail_attribution(q: Quote) -> str:
    """Gmail's 'On … wrote:' line."""
    return render(GMAIL_ATTR[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative, the quote in a gmail_quote blockquote."""
    attr = gmail_attribution(q)
    plain = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting."""
    text = f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's 'On … wrote:' line."""
    return render(APPLE_ATTR[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    text = f"{r.body}\n\n{apple_attribution(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: localised 'Sent from my iPhone', attribution inside the quote."""
    quoted = quote_lines(f"{apple_attribution(q)}\n\n{q.text}")
    text = f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed, attribution directly above the quote."""
    attr = render(THUNDERBIRD_ATTR[q.lang], q.lang, q.sent, name=AR_NAME)
    part = text_part(
        flow(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"), "plain", r.charset, r.cte
    )
    part.set_param("format", "flowed", requote=False)
    return part


def style_notice(r: Reply, q: Quote | None) -> Message:
    """Automatic notices (auto-replies, payment advices) quote nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_notice_html(r: Reply, q: Quote | None) -> Message:
    """Exchange-style automatic reply with an HTML alternative; quotes nothing."""
    del q
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n'
        '<body>\n<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt;color:#000000">\n'
        f"{html_paragraphs(r.body)}\n</div>\n</body>\n</html>\n"
    )
    return alternative(
        text_part(r.body + "\n", "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


QUOTING_STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
}
NOTICE_BUILDERS: dict[str, Callable[[Reply, Quote | None], Message]] = {
    "notice": style_notice,
    "notice_html": style_notice_html,
}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22D72)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird 128.7.1esr"),),
}
HEADER_ENCODING = {  # how each client writes encoded words: Q or B
    "gmail": "b",
    "gmail_plain": "b",
    "thunderbird": "b",
    "android": "b",
}
BOUNDARY_SHAPES = {
    "gmail": ("000000000000", 16),
    "gmail_plain": ("000000000000", 16),
    "apple": ("Apple-Mail=_", 32),
    "iphone": ("Apple-Mail-", 24),
    "thunderbird": ("------------", 24),
}


EXCHANGE_SITES = (
    "AM9",
    "DB9",
    "PA4",
    "VI1",
    "AS8",
    "DU0",
    "GV1",
    "PR3",
    "FR4",
    "LO4",
    "CWX",
    "BE1",
)


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the one the writer's client or server would make."""
    raw = digest(r.key, "msgid")
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.style in OUTLOOK_STYLES or r.style == "notice_html":
        site = EXCHANGE_SITES[raw[2] % len(EXCHANGE_SITES)]
        box = f"{site}PR0{raw[3] % 9 + 1}MB{1000 + int.from_bytes(raw[4:6]) % 9000}"
        return (
            f"<{box}{raw[6:22].hex().upper()}@{box}.eurprd0{raw[3] % 9 + 1}.prod.outlook.example>"
        )
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw[:12].hex()}.{int.from_bytes(raw[12:16])}@{domain}>"


def outlook_headers(r: Reply, q: Quote | None) -> list[tuple[str, str]]:
    """Headers Exchange adds to Outlook messages."""
    topic = q.subject if q else r.subject
    return [
        ("Thread-Topic", encode_header(topic, r.charset, "q", "Thread-Topic")),
        ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def with_attachment(r: Reply, body: Message) -> Message:
    """multipart/mixed with a (tiny, fake) PDF when the writer attached one."""
    if not r.attach:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(FAKE_PDF, "pdf", name=r.attach)
    pdf.add_header("Content-Disposition", "attachment", filename=r.attach)
    outer.attach(pdf)
    return outer


HEADER_ORDER = (
    "Return-Path",
    "From",
    "To",
    "Cc",
    "Subject",
    "Thread-Topic",
    "Thread-Index",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
)


def tidy(msg: Message, key: str, style: str) -> Message:
    """Deterministic boundaries, envelope headers first and MIME headers last, and no
    MIME-Version on subparts."""
    prefix, length = BOUNDARY_SHAPES.get(
        style, ("_000_" if style in OUTLOOK_STYLES else "----=_Part_", 28)
    )
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        if prefix == "000000000000":  # Gmail: lower-case hex
            boundary = prefix + digest(key, f"boundary{n}").hex()[:length]
        else:
            boundary = prefix + b32(key, f"boundary{n}", length)
        part.set_boundary(boundary + ("_" if prefix == "_000_" else ""))
    strip_versions(msg, root=True)
    pairs = list(msg.items())
    for name in {name for name, _ in pairs}:
        del msg[name]

    def rank(pair: tuple[str, str]) -> int:
        name = pair[0]
        if name in HEADER_ORDER:
            return HEADER_ORDER.index(name)
        if name in {"MIME-Version", "Content-Type", "Content-Transfer-Encoding"}:
            return 100 + (
                "MIME-Version",
                "Content-Type",
                "Content-Transfer-Encoding",
            ).index(name)
        return 50

    for name, value in sorted(pairs, key=rank):
        msg[name] = value
    return msg


def strip_versions(part: Message, root: bool) -> None:
    """Only a message's top level (and a returned message's) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                strip_versions(sub, root=part.get_content_type() == "message/rfc822")


def build_reply(r: Reply) -> Message:
    """Wrap one hand-written message the way its client would send it."""
    quote = make_quote(r) if r.inv else None
    if r.style in NOTICE_BUILDERS:
        body = NOTICE_BUILDERS[r.style](r, quote)
    else:
        if quote is None:
            raise ValueError(f"{r.key}: a quoting client needs the reminder")
        body = QUOTING_STYLES[r.style](r, quote)
    msg = with_attachment(r, body)
    how = HEADER_ENCODING.get(r.style, "q")
    if r.subject:
        subject = r.subject.format(rsub=quote.subject if quote else "")
    elif quote is not None:
        prefix = OUTLOOK_WORDS[r.lang].re if r.style in OUTLOOK_STYLES else "Re: "
        subject = prefix + quote.subject
    else:
        raise ValueError(f"{r.key}: no subject")
    msg["From"] = mailbox(*r.who, r.charset, how)
    msg["To"] = mailbox(AR_NAME, AR_ADDR, r.charset, how)
    if r.cc:
        msg["Cc"] = mailbox(*r.cc, r.charset, how)
    msg["Subject"] = encode_header(subject, r.charset, how, "Subject")
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if quote is not None:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, quote) if r.style in OUTLOOK_STYLES else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return tidy(msg, r.key, r.style)


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        "ps-en-council-advice",
        "payment_sent",
        "en",
        (
            "Northfield Borough Council – Payments",
            "no-reply.payments@northfield-bc.example",
        ),
        "2030-02-07 06:12",
        "notice",
        txt("""
            REMITTANCE ADVICE

            Supplier:          Brightwater Pool Services Ltd
            Supplier number:   0031877
            Payment date:      07/02/2030
            Payment method:    BACS
            Payment reference: NBC-BACS-0048213

            Your invoice     Invoice date   Our order         Amount (GBP)
            BPS-2030-0417    17/01/2030     PO-NBC-771204         1,860.00
            BPS-2030-0452    22/01/2030     PO-NBC-771204           312.50

            Total paid                                            2,172.50

            Funds should reach your account within three working days of the payment date.

            This message was generated automatically by the Council's finance system. Please do not reply to this address. For queries about this payment contact the Payments Team on 0161 496 0752, quoting the payment reference.
        """),
        lab(
            ("BPS-2030-0417", "BPS-2030-0452"),
            "AP-system remittance advice; quotes nothing and answers no message",
            paid_date="2030-02-07",
            payment_reference="NBC-BACS-0048213",
            amount="2172.50",
            currency="GBP",
        ),
        subject="Remittance advice NBC-BACS-0048213 – Northfield Borough Council",
        headers=(AUTO_GENERATED, SUPPRESS, ("Precedence", "bulk")),
    ),
    Reply(
        "ps-en-swim-paid",
        "payment_sent",
        "en",
        ("Dan Whitlock", "dan@whitlockswimacademy.example"),
        "2030-02-05 21:47",
        "iphone",
        "Paid.",
        lab(note="one word from a phone; no date given"),
        inv="BPS-2030-0395",
        amt="240.00",
    ),
    Reply(
        "ps-en-hotel-ramble",
        "payment_sent",
        "en",
        ("Gillian Harcourt", "gillian@harcourtlodge.example"),
        "2030-02-14 16:38",
        "outlook_html",
        txt("""
            Hi there,

            Sorry it's taken me a while to come back to you, it's been one of those months. We had the flood in the cellar at New Year which took out half the wiring in the plant room (the electrician's side, not yours), then our general manager handed in his notice, and I've been covering reception two days a week on top of everything else. The spa has been running on a skeleton staff since the 6th and, to be honest, paperwork has been the last thing on my mind.

            On the pool itself – the new dosing controller your chap fitted is working beautifully, the chlorine readings have been bang on every morning and the guests have finally stopped complaining about the smell in the changing rooms, so thank you for that.

            Anyway, to answer your email: Sue in the office paid this one on Tuesday along with the January chemicals invoice, so you should have both by now. If it hasn't landed let me know and I'll chase the bank.

            While I have you – could someone ring me about booking the spring deep-clean of the hydrotherapy pool? Ideally the week after Easter when we're quieter.

            Best wishes,
            Gillian

            Gillian Harcourt
            Owner – Harcourt Lodge Hotel & Spa
            01632 960514
        """),
        lab(
            note="the payment claim is buried in the third paragraph; 'Tuesday' is the Tuesday before Thu 14 Feb; the booking request is secondary",
            paid_date="2030-02-12",
        ),
        inv="BPS-2030-0402",
        amt="3118.40",
        charset="windows-1252",
    ),
    Reply(
        "ps-de-hotel-android",
        "payment_sent",
        "de",
        ("Jens Rohloff", "j.rohloff@strandhotel-rohloff.example"),
        "2030-02-12 07:48",
        "android",
        "Moin,\nis erledigt, hab gestern abend noch überwiesen. Sollte heute oder morgen bei euch sein.\nGruß Jens",
        lab(
            note="'gestern abend' from Tue 12 Feb; typo 'is' for 'ist' kept",
            paid_date="2030-02-11",
        ),
        inv="BPS-2030-0436",
        amt="1427.50",
    ),
    Reply(
        "ps-fr-villa-app",
        "payment_sent",
        "fr",
        ("Hélène Marchetti", "helene.marchetti84@gmail.com"),
        "2030-02-11 10:05",
        "gmail",
        txt("""
            Bonjour,

            Je viens de faire le virement ce matin depuis mon application bancaire, pour l'entretien de la piscine du mas. Désolée pour le retard, j'étais en déplacement à l'étranger depuis début janvier et je n'avais pas vu passer votre facture.

            Bonne journée,
            Hélène Marchetti
        """),
        lab(note="'ce matin' is the message date", paid_date="2030-02-11"),
        inv="BPS-2030-0428",
        amt="685.00",
    ),
    Reply(
        "ps-fr-thalasso-two",
        "payment_sent",
        "fr",
        ("Nathalie Brunet", "fournisseurs@thalasso-cotedopale.example"),
        "2030-02-11 14:22",
        "outlook_html",
        txt("""
            Madame, Monsieur,

            Nous vous informons que les factures BPS-2030-0391 et BPS-2030-0407 ont été réglées par virement SEPA en date du 8 février 2030, pour un montant total de 4\u00a0318,20\u00a0€.

            Référence du virement : TCO-F-2030-00217

            Notre virement a sans doute croisé votre relance. Nous vous remercions de bien vouloir mettre à jour notre compte client.

            Cordialement,

            Nathalie Brunet
            Comptabilité fournisseurs
            Thalasso Côte d'Opale
        """),
        lab(
            ("BPS-2030-0391", "BPS-2030-0407"),
            "one transfer for two invoices; the amount is the total written, with a French thousands space",
            paid_date="2030-02-08",
            payment_reference="TCO-F-2030-00217",
            amount="4318.20",
            currency="EUR",
        ),
        inv="BPS-2030-0391",
        amt="2913.70",
    ),
    Reply(
        "ps-es-fincas-transfer",
        "payment_sent",
        "es",
        ("Rocío Albero Sanz", "administracion@fincasalbero.example"),
        "2030-02-14 12:40",
        "outlook",
        txt("""
            Buenos días:

            Les confirmo que ayer se abonó por transferencia la factura BPS-2030-0433, por importe de 1.245,60 EUR, con cargo a la cuenta de la Comunidad de Propietarios Residencial Los Almendros. Referencia de la operación: 2030021300587.

            Disculpen el retraso; la comunidad cambió de banco en enero y los pagos a proveedores han estado parados unas semanas.

            Atentamente,

            Rocío Albero Sanz
            Administradora de fincas colegiada
            Fincas Albero - Administración de comunidades
            Avda. de Andalucía 41, 29740 Torre del Mar (Málaga)
        """),
        lab(
            ("BPS-2030-0433",),
            "property manager paying for a residents' association; 'ayer' from Thu 14 Feb",
            paid_date="2030-02-13",
            payment_reference="2030021300587",
            amount="1245.60",
            currency="EUR",
        ),
        inv="BPS-2030-0433",
        amt="1245.60",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-es-villa-nopunct",
        "payment_sent",
        "es",
        ("Javier Moreno", "javimoreno.villa@gmail.com"),
        "2030-02-20 13:12",
        "iphone",
        "hecha la transferencia esta mañana 980 euros lo de la depuradora saludos",
        lab(
            note="no punctuation, from a phone; 'esta mañana' is the message date",
            paid_date="2030-02-20",
            amount="980.00",
            currency="EUR",
        ),
        inv="BPS-2030-0461",
        amt="980.00",
    ),
    Reply(
        "ps-nl-park-copy",
        "payment_sent",
        "nl",
        ("Marleen de Vries", "marleen@dezevenlinden.example"),
        "2030-02-08 15:30",
        "gmail",
        txt("""
            Goedemiddag,

            Deze factuur hebben wij op 5 februari al voldaan, dat zal elkaar gekruist hebben.

            Zou u mij wel een kopie van de factuur willen mailen? Onze boekhouder kan hem niet terugvinden en heeft hem nodig voor de btw-aangifte.

            Met vriendelijke groet,

            Marleen de Vries
            Vakantiepark De Zeven Linden
        """),
        lab(
            note="paid, and asks for a copy for the books: the payment claim wins; the copy is not a condition for paying",
            paid_date="2030-02-05",
        ),
        inv="BPS-2030-0388",
        amt="1512.00",
    ),
    Reply(
        "ps-nl-care-advice",
        "payment_sent",
        "nl",
        (
            "Zorggroep Veldhoven – Crediteurenadministratie",
            "noreply-crediteuren@zorggroepveldhoven.example",
        ),
        "2030-02-21 05:30",
        "notice",
        txt("""
            Betaalspecificatie

            Geachte relatie,

            Op 21-02-2030 hebben wij het onderstaande bedrag aan u overgemaakt.

            Crediteurnummer:    200418
            Betalingskenmerk:   ZGV-2030-0837
            Naar rekening:      GB29 NWBK 6016 1331 9268 19

            Factuurnummer    Factuurdatum    Bedrag
            BPS-2030-0376    12-01-2030      € 1.486,90
            BPS-2030-0384    13-01-2030      € 654,80

            Totaal overgemaakt:              € 2.141,70

            Dit is een automatisch gegenereerd bericht. Op deze e-mail kunt u niet reageren. Vragen over deze betaling kunt u stellen via crediteuren@zorggroepveldhoven.example.
        """),
        lab(
            ("BPS-2030-0376", "BPS-2030-0384"),
            "AP-system payment specification; quotes nothing; the other address is for questions, not a new contact",
            paid_date="2030-02-21",
            payment_reference="ZGV-2030-0837",
            amount="2141.70",
            currency="EUR",
        ),
        subject="Betaalspecificatie ZGV-2030-0837",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ps-it-hotel-cro",
        "payment_sent",
        "it",
        ("Federica Conti", "amministrazione@hotelvillaortensia.example"),
        "2030-02-06 11:18",
        "outlook_html",
        txt("""
            Buongiorno,

            dai nostri controlli la fattura BPS-2030-0398 risulta saldata con bonifico del 31/01/2030, importo € 1.734,00, CRO 0306908112345678. Vi alleghiamo la contabile.

            Probabilmente il pagamento si è incrociato con il vostro sollecito; vi chiediamo di verificare e di aggiornare la nostra posizione.

            Cordiali saluti,

            Federica Conti
            Ufficio amministrazione
            Hotel Villa Ortensia – Bellagio (CO)
        """),
        lab(
            ("BPS-2030-0398",),
            "proof of payment attached as a PDF; paid before the reminder went out",
            paid_date="2030-01-31",
            payment_reference="0306908112345678",
            amount="1734.00",
            currency="EUR",
        ),
        inv="BPS-2030-0398",
        amt="1734.00",
        charset="windows-1252",
        attach="contabile_bonifico_BPS-2030-0398.pdf",
    ),
    Reply(
        "ps-it-agri-istantaneo",
        "payment_sent",
        "it",
        ("Marco Bellini", "marco.bellini@agriturismoilpoggio.example"),
        "2030-02-25 08:05",
        "android",
        "Pagato ieri sera col bonifico istantaneo, dovreste gia vederlo.\nSaluti\nMarco",
        lab(
            note="'ieri sera' from Mon 25 Feb is Sunday 24 Feb (an instant transfer)",
            paid_date="2030-02-24",
        ),
        inv="BPS-2030-0472",
        amt="455.00",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-gym-run",
        "promise_to_pay",
        "en",
        ("Priya Natarajan", "accounts.payable@fitzonegyms.example"),
        "2030-02-12 11:02",
        "outlook_html",
        txt("""
            Hello,

            Thank you for your email. Invoice BPS-2030-0419 has now been approved by the site manager and is scheduled for Friday's payment run. Funds normally clear within two working days of the run.

            Kind regards,

            Priya Natarajan
            Accounts Payable Team
            FitZone Gyms plc
            This mailbox is monitored Monday to Friday, 9am–5pm.
        """),
        lab(
            ("BPS-2030-0419",),
            "past tense 'approved … scheduled' describes a future payment; Friday after Tue 12 Feb",
            promised_date="2030-02-15",
        ),
        inv="BPS-2030-0419",
        amt="4862.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-en-physio-ooo-subject",
        "promise_to_pay",
        "en",
        ("Rachel Dunmore", "rachel@ravenscroftphysio.example"),
        "2030-02-20 19:54",
        "iphone",
        "Hi, ignore the subject line, that's just me being lazy on my phone. I'm off with the kids for half term this week but saw your email. I'll pay it first thing Monday when I'm back at my desk and can get into the banking.\nRachel",
        lab(
            note="a person writing, not an auto-reply, despite 'Out of office' in the subject; Monday after Wed 20 Feb",
            promised_date="2030-02-25",
        ),
        inv="BPS-2030-0443",
        amt="780.00",
        subject="Out of office - back Monday",
    ),
    Reply(
        "pp-en-villa-next-thursday",
        "promise_to_pay",
        "en",
        ("Charles Avery", "charles.avery.1962@gmail.com"),
        "2030-02-08 10:20",
        "gmail",
        txt("""
            Dear Brightwater,

            Apologies – I have been abroad and have only just seen this. I shall transfer the full balance next Thursday, once I am back in the country and have access to the business account.

            With kind regards,
            Charles Avery
        """),
        lab(
            note="'next Thursday' written on a Friday: 14 Feb",
            promised_date="2030-02-14",
        ),
        inv="BPS-2030-0444",
        amt="1950.00",
    ),
    Reply(
        "pp-de-stadtwerke-kw",
        "promise_to_pay",
        "de",
        ("Kerstin Böhm", "k.boehm@stadtwerke-lindenau.example"),
        "2030-02-14 13:26",
        "outlook",
        txt("""
            Sehr geehrte Damen und Herren,

            die o. g. Rechnung BPS-2030-0421 (Reparatur Umwälzpumpe Hallenbad Nord) wurde sachlich und rechnerisch geprüft und freigegeben. Die Zahlung erfolgt mit unserem Zahllauf in KW 9.

            Mit freundlichen Grüßen
            i. A. Kerstin Böhm

            Stadtwerke Lindenau GmbH
            Kreditorenbuchhaltung
            Bahnhofstraße 12, 04177 Lindenau
        """),
        lab(
            ("BPS-2030-0421",),
            "public utility; 'KW 9' is ISO week 9 of 2030, labelled with its Monday (25 Feb)",
            promised_date="2030-02-25",
        ),
        inv="BPS-2030-0421",
        amt="5980.00",
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-de-gym-noch-nicht",
        "promise_to_pay",
        "de",
        ("Dennis Krüger", "dennis@ironworks-fitness.example"),
        "2030-02-11 22:17",
        "gmail",
        txt("""
            Hallo,

            nein, noch nicht bezahlt, sorry – ist bei mir im Januar komplett untergegangen. Ich überweise das bis Ende des Monats, versprochen.

            VG
            Dennis Krüger
            IronWorks Fitness
        """),
        lab(
            note="'noch nicht' followed by a promise; end of the month → 28 Feb",
            promised_date="2030-02-28",
        ),
        inv="BPS-2030-0449",
        amt="1190.00",
    ),
    Reply(
        "pp-fr-mairie-mandat",
        "promise_to_pay",
        "fr",
        ("Sylvie Garnier", "finances@mairie-saintaubin.example"),
        "2030-02-19 15:02",
        "thunderbird",
        txt("""
            Bonjour,

            Votre facture BPS-2030-0414 (maintenance de la piscine municipale, janvier) a été mandatée ce jour. Le paiement sera effectué par virement du comptable public en fin de mois, selon le délai habituel.

            Pour information, la commune ne peut pas payer plus rapidement : c'est le comptable public qui procède au virement après réception du mandat.

            Cordialement,

            Sylvie Garnier
            Service des finances
            Mairie de Saint-Aubin-sur-Loire
            2 place de la Mairie – 37500 Saint-Aubin-sur-Loire
        """),
        lab(
            ("BPS-2030-0414",),
            "past tense 'mandatée ce jour' is an internal step; the public accountant pays later: 'en fin de mois' → 28 Feb",
            promised_date="2030-02-28",
        ),
        inv="BPS-2030-0414",
        amt="3264.00",
        cte="8bit",
    ),
    Reply(
        "pp-es-hotel-finales",
        "promise_to_pay",
        "es",
        ("Lucía Ferrer", "lferrer@hotelcalablanca.example"),
        "2030-02-12 17:45",
        "outlook_html",
        txt("""
            Buenas tardes:

            Ya la tenemos contabilizada. Como el hotel está cerrado por temporada hasta el 15 de marzo, los pagos a proveedores los hacemos una vez al mes; la suya entra en la remesa que sale a finales de mes.

            Un saludo,

            Lucía Ferrer
            Administración – Hotel Cala Blanca
            Marbella
        """),
        lab(
            note="'a finales de mes' → 28 Feb; the 15 March reopening is not the payment date",
            promised_date="2030-02-28",
        ),
        inv="BPS-2030-0426",
        amt="2780.00",
    ),
    Reply(
        "pp-es-villa-el-15",
        "promise_to_pay",
        "es",
        ("Paco Ruiz", "pacoruiz.alquileres@gmail.com"),
        "2030-02-07 09:41",
        "gmail_plain",
        "Hola, buenas:\nTe lo pago el 15, que es cuando cobro los alquileres del mes. Antes no puedo, lo siento.\nSaludos\nPaco",
        lab(note="'el 15' from Thu 7 Feb → 15 Feb", promised_date="2030-02-15"),
        inv="BPS-2030-0410",
        amt="420.00",
    ),
    Reply(
        "pp-nl-stichting-twee-weken",
        "promise_to_pay",
        "nl",
        ("Henk Brouwer", "penningmeester@zwembaddeotter.example"),
        "2030-02-13 20:31",
        "thunderbird",
        txt("""
            Beste mensen van Brightwater,

            Excuses voor de late reactie. Ik ben penningmeester van de stichting en doe dit naast mijn werk, en ik heb een paar weken in het ziekenhuis gelegen.

            De subsidie van de gemeente voor het eerste kwartaal komt meestal half februari binnen. Ik maak uw factuur BPS-2030-0439 over twee weken over, dan weet ik zeker dat het geld er staat.

            Met vriendelijke groet,
            Henk Brouwer
            Penningmeester Stichting Zwembad De Otter
        """),
        lab(
            ("BPS-2030-0439",),
            "'over twee weken' from Wed 13 Feb → 27 Feb; the subsidy explains the date, it does not replace it",
            promised_date="2030-02-27",
        ),
        inv="BPS-2030-0439",
        amt="1095.00",
        cte="8bit",
    ),
    Reply(
        "pp-nl-hotel-dinsdag-en",
        "promise_to_pay",
        "nl",
        ("Sanne Jacobs", "crediteuren@hotelduinzicht.example"),
        "2030-02-21 11:09",
        "outlook",
        txt("""
            Goedemorgen,

            Deze wordt volgende week dinsdag betaald, hij zit in de betaalrun van die dag.

            Met vriendelijke groet,

            Sanne Jacobs
            Crediteurenadministratie Hotel Duinzicht
        """),
        lab(
            note="Dutch reply to an English reminder; 'volgende week dinsdag' from Thu 21 Feb → 26 Feb",
            promised_date="2030-02-26",
        ),
        inv="BPS-2030-0453",
        amt="1380.00",
        rlang="en",
    ),
    Reply(
        "pp-it-condominio-fine-mese",
        "promise_to_pay",
        "it",
        ("Geom. Paolo Rossi", "studio@rossiamministrazioni.example"),
        "2030-02-18 10:30",
        "outlook",
        txt("""
            Buongiorno,

            in qualità di amministratore del Condominio Residenza Le Palme vi comunico che la fattura in oggetto sarà pagata entro fine mese, non appena i condòmini avranno versato la rata straordinaria deliberata per la manutenzione della piscina.

            Cordiali saluti
            Geom. Paolo Rossi
            Studio Rossi Amministrazioni Condominiali – Rapallo
        """),
        lab(
            note="conditional promise with a deadline: 'entro fine mese' → 28 Feb",
            promised_date="2030-02-28",
        ),
        inv="BPS-2030-0416",
        amt="2130.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-it-agri-0503",
        "promise_to_pay",
        "it",
        ("Giulia Sereni", "giulia@agriturismolecrete.example"),
        "2030-02-27 18:20",
        "iphone",
        "Buonasera, il pagamento parte il 05/03 con la distinta dei fornitori. Scusate il ritardo.\nGiulia",
        lab(
            note="'05/03' in Italian day/month order is 5 March",
            promised_date="2030-03-05",
        ),
        inv="BPS-2030-0466",
        amt="890.00",
    ),
]

DISPUTE = [
    Reply(
        "di-en-care-not-paid",
        "dispute",
        "en",
        ("Colin Ashworth", "c.ashworth@meadowbankcare.example"),
        "2030-02-06 09:55",
        "outlook",
        txt("""
            Good morning,

            For the avoidance of doubt, we have NOT paid invoice BPS-2030-0377 and we will not be paying it in its current form.

            Your engineer replaced the circulation pump on our hydrotherapy pool on 7 January. By the 10th the pool was out of action again with exactly the same fault, and it has been closed ever since. Our residents have now missed nearly four weeks of physiotherapy sessions, and we are being asked to pay £1,645 for a repair that did not work.

            Please arrange for someone senior to call me. I would also like to see the engineer's job sheet.

            Regards

            Colin Ashworth
            Home Manager
            Meadowbank Care Home
        """),
        lab(
            ("BPS-2030-0377",),
            "capitalised negation with the reason: the repair failed",
        ),
        inv="BPS-2030-0377",
        amt="1645.00",
    ),
    Reply(
        "di-en-school-part-paid",
        "dispute",
        "en",
        ("Joy Okafor", "bursar@st-aldhelms.example"),
        "2030-02-13 14:05",
        "gmail",
        txt("""
            Dear Sir/Madam,

            We have paid £480.00 of this invoice, which covers the termly service visit on 9 January. The remaining £1,150.00 is for a replacement chlorinator and we dispute it: the unit was installed by your company last August and is still under its two-year warranty. Please issue a credit note for that amount.

            Yours faithfully,

            Joy Okafor
            School Business Manager
            St Aldhelm's C of E Primary School
        """),
        lab(note="part paid, the rest contested: dispute wins over the payment claim"),
        inv="BPS-2030-0411",
        amt="1630.00",
    ),
    Reply(
        "di-en-studio-duplicate",
        "dispute",
        "en",
        ("Tom Reilly", "tom.reilly@aquafitstudio.example"),
        "2030-02-19 22:48",
        "gmail_plain",
        "hi\nyou've charged us twice for the january chemicals, 0298 and 0431 are the same delivery (6 tubs of granules + ph minus) with the same delivery note number. the first one is paid. not paying this one\ntom",
        lab(
            ("BPS-2030-0298", "BPS-2030-0431"),
            "duplicate billing in lower case; the short numbers are normalised; the payment mentioned is of the other invoice",
        ),
        inv="BPS-2030-0431",
        amt="386.40",
    ),
    Reply(
        "di-de-hotel-stunden",
        "dispute",
        "de",
        ("Markus Feldmann", "buchhaltung@parkhotel-sonnenhof.example"),
        "2030-02-07 10:48",
        "outlook_html",
        txt("""
            Sehr geehrte Damen und Herren,

            der Rechnung BPS-2030-0405 widersprechen wir hiermit.

            Abgerechnet wurden 6,0 Arbeitsstunden für die Reparatur der Dosieranlage im Wellnessbereich. Laut dem von Ihrem Techniker unterschriebenen Arbeitsnachweis vom 09.01.2030 war er von 9:15 bis 12:45 Uhr im Haus, also 3,5 Stunden. Außerdem wurde die Anfahrtspauschale doppelt berechnet.

            Bitte senden Sie uns eine korrigierte Rechnung. Bis dahin leisten wir keine Zahlung.

            Mit freundlichen Grüßen

            Markus Feldmann
            Leitung Rechnungswesen
            Parkhotel Sonnenhof GmbH
        """),
        lab(
            ("BPS-2030-0405",),
            "hours and a call-out fee contested; the corrected invoice is asked for because of the dispute",
        ),
        inv="BPS-2030-0405",
        amt="1128.75",
        charset="windows-1252",
    ),
    Reply(
        "di-de-private-waermepumpe",
        "dispute",
        "de",
        ("Ute Brandner", "ute.brandner@gmx.de"),
        "2030-02-18 19:12",
        "apple",
        txt("""
            Guten Abend,

            nein, wir haben die Rechnung nicht bezahlt, und zwar mit Absicht. Die Wärmepumpe, die Ihr Monteur im Dezember an unseren Pool angeschlossen hat, schaltet seit dem ersten Tag mit Fehler E3 ab. Ich habe das Ihrem Monteur am 8. Januar gesagt und danach zweimal bei Ihnen angerufen. Passiert ist nichts.

            Solange die Anlage nicht läuft, zahlen wir nicht.

            Ute Brandner
        """),
        lab(note="negated payment with the reason: faulty installation"),
        inv="BPS-2030-0458",
        amt="2390.00",
    ),
    Reply(
        "di-fr-camping-hivernage",
        "dispute",
        "fr",
        ("Thierry Lamotte", "direction@campinglespinsdores.example"),
        "2030-02-05 11:33",
        "gmail",
        txt("""
            Bonjour,

            Je conteste cette facture. Votre technicien est venu une demi-journée, le 9 janvier, pour l'hivernage des deux bassins et de la pataugeoire, et vous facturez deux journées de main-d'œuvre plus un déplacement. Le devis signé en octobre prévoyait une journée pour l'ensemble.

            Merci de revoir la facture ; je réglerai sur la base du devis.

            Thierry Lamotte
            Camping Les Pins Dorés
        """),
        lab(note="labour days contested against the quote; payment only of the quoted amount"),
        inv="BPS-2030-0382",
        amt="2160.00",
    ),
    Reply(
        "di-fr-kine-devis",
        "dispute",
        "fr",
        ("Antoine Duval", "cabinet.duval@kine-duval.example"),
        "2030-02-22 12:10",
        "outlook",
        txt("""
            Bonjour,

            Le devis n° D-2029-118 que nous avons signé prévoyait 890 EUR HT pour le remplacement de la pompe du bassin de balnéothérapie. Votre facture BPS-2030-0447 indique 1 240 EUR HT, sans aucune explication.

            Nous ne réglerons pas cette facture en l'état. Merci de nous adresser une facture conforme au devis ; nous la paierons dès réception.

            Cordialement,
            A. Duval
            Masseur-kinésithérapeute
        """),
        lab(
            ("BPS-2030-0447",),
            "price above the signed quote; the corrected invoice and the conditional payment are secondary",
        ),
        inv="BPS-2030-0447",
        amt="1488.00",
        charset="iso-8859-1",
    ),
    Reply(
        "di-es-gym-sacos",
        "dispute",
        "es",
        ("Marta Iglesias", "compras@gimnasiosvitalis.example"),
        "2030-02-15 09:20",
        "outlook_html",
        txt("""
            Buenos días:

            En la factura BPS-2030-0425 nos cobran 40 sacos de sal para la piscina del centro de Valencia, pero el albarán que firmó nuestro recepcionista el 17 de enero es de 20 sacos. El número de albarán es ALB-VLC-3391.

            No vamos a pagar la factura hasta que la corrijan. Si les parece, abonamos los 20 sacos recibidos en cuanto nos llegue la factura rectificada.

            Saludos,

            Marta Iglesias
            Departamento de Compras
            Gimnasios Vitalis
        """),
        lab(
            ("BPS-2030-0425",),
            "short delivery; the offer to pay for what arrived is conditional",
        ),
        inv="BPS-2030-0425",
        amt="1364.00",
    ),
    Reply(
        "di-nl-park-opgezegd",
        "dispute",
        "nl",
        ("Erik van Dam", "erik@vakantieparkhetvenn.example"),
        "2030-02-11 16:40",
        "gmail",
        txt("""
            Goedemiddag,

            Deze factuur is niet terecht. Wij hebben het onderhoudscontract voor het buitenbad per 1 januari opgezegd, per aangetekende brief van 28 oktober. U factureert nu toch het eerste kwartaal van 2030.

            Graag een creditnota. Een kopie van de opzegging kan ik u sturen als u die niet kunt vinden.

            Met vriendelijke groet,
            Erik van Dam
            Vakantiepark Het Venn
        """),
        lab(note="contract cancelled before the period billed"),
        inv="BPS-2030-0399",
        amt="1860.00",
    ),
    Reply(
        "di-nl-sport-one-of-two",
        "dispute",
        "nl",
        ("Bas Hoekstra", "bas@sportcentrumdewiek.example"),
        "2030-02-26 07:52",
        "android",
        "Hoi, 0412 is vorige week betaald. Maar 0415 klopt niet, dat is de storingsdienst van zondag 13 januari en die valt gewoon onder ons servicecontract. Die betalen we dus niet.\nGr Bas",
        lab(
            ("BPS-2030-0412", "BPS-2030-0415"),
            "one invoice paid, the other contested: dispute; short numbers normalised",
        ),
        inv="BPS-2030-0415",
        amt="735.00",
    ),
    Reply(
        "di-it-palestra-mai-ordinato",
        "dispute",
        "it",
        ("Stefano Greco", "amministrazione@palestraolympia.example"),
        "2030-02-08 12:15",
        "gmail",
        txt("""
            Buongiorno,

            contestiamo la fattura BPS-2030-0393. Non abbiamo mai richiesto né autorizzato la sostituzione della sabbia del filtro: il vostro tecnico doveva fare solo il controllo mensile dell'impianto e ha deciso da solo di procedere. Nessuno di noi ha firmato un preventivo.

            Siamo disponibili a pagare il controllo mensile, non il resto.

            Stefano Greco
            Palestra Olympia – Verona
        """),
        lab(
            ("BPS-2030-0393",),
            "work done without authorisation; partial payment offered only for the routine check",
        ),
        inv="BPS-2030-0393",
        amt="1120.00",
    ),
    Reply(
        "di-it-villa-ancora-verde",
        "dispute",
        "it",
        ("Elena Baldi", "elena.baldi@toscanavillemanagement.example"),
        "2030-02-20 16:25",
        "outlook_html",
        txt("""
            Buongiorno,

            scrivo per conto della proprietaria di Villa Il Leccio, la signora Hartmann, che in questo periodo si trova in Germania.

            Dopo il vostro intervento del 10 gennaio la piscina era ancora verde: le foto che ci ha mandato il giardiniere il 14 lo mostrano chiaramente. Abbiamo dovuto chiamare una ditta della zona, che ha rifatto il trattamento d'urto e pulito il filtro, e l'abbiamo già pagata.

            Per questo motivo la proprietaria non intende pagare la vostra fattura. Se ritenete di aver eseguito il lavoro correttamente, mandateci il rapporto d'intervento con le misure di cloro e pH.

            Distinti saluti,
            Elena Baldi
            Toscana Ville Management - Lucca
        """),
        lab(
            note="work not done properly, written by the owner's property manager; the report is asked for to support the dispute"
        ),
        inv="BPS-2030-0455",
        amt="960.00",
        charset="iso-8859-1",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-park-monthly",
        "payment_plan",
        "en",
        ("Steve Lorimer", "steve@gullrockholidaypark.example"),
        "2030-02-05 08:50",
        "gmail",
        txt("""
            Morning,

            I'll be straight with you. The park's shut until Easter, we had the storm damage in January and the insurers still haven't paid out, so cash is very tight until the season starts.

            Could we pay the £3,240 off at £500 a month, starting on the 1st of March? I can set up a standing order today if you agree. I don't want to fall out with you – you've looked after our pools well.

            Cheers,
            Steve Lorimer
            Gull Rock Holiday Park
        """),
        lab(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
        inv="BPS-2030-0379",
        amt="3240.00",
    ),
    Reply(
        "pl-en-gym-part-now",
        "payment_plan",
        "en",
        ("Aisha Bello", "aisha.bello@flexandflowgym.example"),
        "2030-02-15 13:40",
        "iphone",
        "Hi, I've just sent £1,000 towards this. Will clear the other £1,340 by end of March, hope that's ok. Money's tight after the refurb.\nAisha",
        lab(note="part paid now, the rest later: payment_plan, not payment_sent"),
        inv="BPS-2030-0429",
        amt="2340.00",
    ),
    Reply(
        "pl-en-trust-extension",
        "payment_plan",
        "en",
        ("Margaret Ellison", "finance@calderbrookleisure.example"),
        "2030-02-22 15:05",
        "outlook",
        txt("""
            Dear Sir or Madam,

            Invoice BPS-2030-0418

            I write on behalf of the Trustees of Calderbrook Leisure Trust, a registered charity. Owing to a delay in the release of our quarterly grant from the local authority, we are not in a position to settle the above invoice at present.

            We would respectfully request an extension of sixty days, to the end of April. Alternatively, we would be able to make two equal payments at the end of March and the end of April. We should be grateful for your confirmation of whichever arrangement is acceptable to you.

            Yours faithfully,

            Margaret Ellison
            Finance Officer
            Calderbrook Leisure Trust (Registered Charity No. 1098765)
        """),
        lab(
            ("BPS-2030-0418",),
            "very formal request for more time or two payments; no single date is promised",
        ),
        inv="BPS-2030-0418",
        amt="6725.50",
        charset="windows-1252",
    ),
    Reply(
        "pl-de-private-raten",
        "payment_plan",
        "de",
        ("Wolfgang Reiter", "w.reiter@web.de"),
        "2030-02-09 11:15",
        "thunderbird",
        txt("""
            Sehr geehrte Damen und Herren,

            ich bestätige den Erhalt Ihrer Erinnerung. Leider war die Reparatur der Filteranlage teurer, als ich gedacht hatte, und ich kann den Betrag von 3.150,00 EUR nicht auf einmal bezahlen.

            Wäre es möglich, die Summe in drei Monatsraten zu je 1.050,00 EUR zu begleichen, jeweils zum 1. März, 1. April und 1. Mai? Eine kurze Bestätigung per E-Mail würde mir genügen.

            Mit freundlichen Grüßen
            Wolfgang Reiter
        """),
        lab(note="three monthly instalments; plan dates are not labelled"),
        inv="BPS-2030-0441",
        amt="3150.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pl-de-hotel-haelfte",
        "payment_plan",
        "de",
        ("Claudia Hess", "c.hess@alpenhof-garmisch.example"),
        "2030-02-26 10:40",
        "outlook_html",
        txt("""
            Sehr geehrte Damen und Herren,

            wir möchten Ihnen folgenden Vorschlag machen: Wir überweisen diese Woche 50 % des Rechnungsbetrags, also 2.400,00 €, und den Rest nach dem Saisonstart, spätestens am 30. April.

            Hintergrund ist, dass unser Haus wegen des Umbaus im Wellnessbereich bis Mitte März geschlossen ist und wir derzeit keine Einnahmen haben.

            Bitte geben Sie uns kurz Bescheid, ob das für Sie in Ordnung ist.

            Freundliche Grüße
            Claudia Hess
            Hotel Alpenhof – Buchhaltung
        """),
        lab(note="half this week, the rest after the season starts"),
        inv="BPS-2030-0473",
        amt="4800.00",
    ),
    Reply(
        "pl-fr-spa-delai",
        "payment_plan",
        "fr",
        ("Sophie Roussel", "sophie.roussel@spa-lesoliviers.example"),
        "2030-02-14 09:12",
        "gmail",
        txt("""
            Bonjour,

            Nous traversons une période difficile : le spa est fermé pour travaux depuis janvier et nous n'avons quasiment aucune rentrée d'argent.

            Serait-il possible de nous accorder un délai de paiement jusqu'à fin mars ? Si vous préférez, nous pouvons aussi vous régler en deux fois, la moitié fin février et le solde fin mars.

            Merci de votre compréhension,
            Sophie Roussel
            Spa Les Oliviers
        """),
        lab(note="hardship, asks for more time or two payments"),
        inv="BPS-2030-0437",
        amt="1975.00",
        cte="b64",
    ),
    Reply(
        "pl-fr-mas-cheques",
        "payment_plan",
        "fr",
        ("Jean-Pierre Fabre", "jp.fabre@orange.fr"),
        "2030-02-21 18:47",
        "iphone",
        "Bonjour, je peux vous faire 3 chèques de 580 € encaissables un par mois à partir de mars, ça vous va ?\nCordialement\nJP Fabre",
        lab(note="three post-dated cheques"),
        inv="BPS-2030-0462",
        amt="1740.00",
    ),
    Reply(
        "pl-es-crossfit-plazos",
        "payment_plan",
        "es",
        ("Raúl Sánchez", "raul@crossfitbahia.example"),
        "2030-02-19 08:25",
        "android",
        "Hola, ahora mismo no puedo pagarlo todo de golpe. ¿Os parece bien que lo pague en dos plazos, la mitad a primeros de marzo y el resto a primeros de abril?\nGracias\nRaúl",
        lab(note="two instalments"),
        inv="BPS-2030-0440",
        amt="1690.00",
    ),
    Reply(
        "pl-es-comunidad-cuotas",
        "payment_plan",
        "es",
        ("Vicente Llorca", "admin@fincascostablanca.example"),
        "2030-02-25 12:55",
        "outlook",
        txt("""
            Estimados señores:

            En relación con su factura BPS-2030-0451, les informo de que la junta de propietarios de la Urbanización Mirador del Puig acordó el pasado jueves financiar la reparación de la depuradora mediante una derrama en tres cuotas.

            Por ello, les propongo abonar la factura en tres pagos de 1.200,00 € los días 10 de marzo, 10 de abril y 10 de mayo. Les ruego que me confirmen si están de acuerdo.

            Atentamente,

            Vicente Llorca
            Administrador de Fincas
            Fincas Costa Blanca – Altea
        """),
        lab(("BPS-2030-0451",), "residents' association pays in three instalments"),
        inv="BPS-2030-0451",
        amt="3600.00",
        charset="windows-1252",
    ),
    Reply(
        "pl-nl-fitness-regeling",
        "payment_plan",
        "nl",
        ("Ricardo Tavares", "ricardo@fitcentrumnoord.example"),
        "2030-02-07 14:30",
        "apple",
        txt("""
            Hallo,

            Ik weet dat deze factuur al over tijd is. Het is bij ons een slechte winter geweest, veel leden hebben opgezegd en ik moet eerst de huur betalen.

            Kunnen we een betalingsregeling treffen? Ik denk aan € 300 per maand tot het bedrag betaald is. Als u akkoord gaat, zet ik het meteen klaar in de bank.

            Groeten,
            Ricardo Tavares
            Fitcentrum Noord, Groningen
        """),
        lab(note="hardship, monthly payments"),
        inv="BPS-2030-0400",
        amt="1248.00",
    ),
    Reply(
        "pl-it-agri-rate-ramble",
        "payment_plan",
        "it",
        ("Lorenzo Bassi", "lorenzo.bassi@agriturismocasalbosco.example"),
        "2030-02-12 21:30",
        "gmail",
        txt("""
            Buonasera,

            vi rispondo solo adesso perché sono stati giorni complicati. A gennaio abbiamo avuto la grandinata che ha rovinato metà della serra e il tetto del fienile, l'assicurazione ancora non si è fatta sentire e nel frattempo le prenotazioni per la primavera vanno a rilento, anche perché il sito è rimasto fermo due settimane. Mio padre poi è stato poco bene e ho dovuto seguire io tutto, compresa la piscina, che comunque dopo il vostro intervento funziona benissimo, l'acqua non è mai stata così limpida.

            Detto questo, vi chiederei se è possibile rateizzare la fattura BPS-2030-0423 in quattro rate mensili da 720 euro, a partire da marzo. Se per voi va bene, imposto i bonifici in automatico.

            Grazie per la pazienza,
            Lorenzo Bassi
            Agriturismo Casalbosco
        """),
        lab(
            ("BPS-2030-0423",),
            "the request comes after a long explanation; four monthly instalments",
        ),
        inv="BPS-2030-0423",
        amt="2880.00",
    ),
    Reply(
        "pl-it-hotel-due-tranche",
        "payment_plan",
        "it",
        ("Roberta Galli", "contabilita@hotellagodiseo.example"),
        "2030-02-28 11:20",
        "outlook_html",
        txt("""
            Buongiorno,

            con riferimento al vostro sollecito vi proponiamo di saldare la fattura in due tranche: 1.710,00 euro entro la prima settimana di marzo e i restanti 1.710,00 euro entro fine aprile, alla riapertura stagionale dell'hotel.

            Restiamo in attesa di un vostro riscontro.

            Cordiali saluti
            Roberta Galli
            Ufficio contabilità - Hotel Lago d'Iseo
        """),
        lab(note="two payments proposed"),
        inv="BPS-2030-0476",
        amt="3420.00",
        charset="iso-8859-1",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-hotels-po",
        "invoice_request",
        "en",
        ("Hannah Price", "purchase.ledger@seabrookhotels.example"),
        "2030-02-06 14:48",
        "outlook_html",
        txt("""
            Hello,

            We can't process BPS-2030-0385 yet – it doesn't quote a purchase order number, and our system rejects any supplier invoice without one. The PO for the January plant-room works at The Seabrook Torquay is 4500213377.

            Once you send us a revised invoice showing that PO we'll pay it in the next run.

            Many thanks,
            Hannah Price
            Purchase Ledger
            Seabrook Hotels Group
        """),
        lab(
            ("BPS-2030-0385",),
            "conditional payment: a reissued invoice with the PO is needed first; the amount is not contested",
        ),
        inv="BPS-2030-0385",
        amt="2118.00",
    ),
    Reply(
        "ir-en-villa-spanish-reminder",
        "invoice_request",
        "en",
        ("Martin Hale", "martin.hale.casa@gmail.com"),
        "2030-02-18 18:10",
        "gmail_plain",
        txt("""
            Hello,

            Sorry, my Spanish isn't up to much, but I think this is about an unpaid bill for Casa Azahar. Which visit is it for? We had your team out twice in January, once for the pump and once for the fortnightly clean, and I thought both had been settled.

            Could you send me a copy of the invoice in English with the dates of the work on it, and I'll sort it out.

            Thanks,
            Martin Hale
        """),
        lab(
            note="English reply to a Spanish reminder from a British owner in Spain (central European time); 'I thought both had been settled' is not a payment claim",
        ),
        inv="BPS-2030-0450",
        amt="610.00",
        rlang="es",
        zone="cet",
    ),
    Reply(
        "ir-en-clubs-bank-letter",
        "invoice_request",
        "en",
        ("Daniel Kerr", "ap@pinnaclehealthclubs.example"),
        "2030-02-25 10:15",
        "outlook",
        txt("""
            Good morning,

            Thank you for your reminder. Before we can release payment on BPS-2030-0457 we need to set you up as a supplier, and under our fraud-prevention procedure that requires your bank details on company letterhead, signed by a director, together with a completed new supplier form (attached to our email of 4 February).

            As soon as we have both documents the invoice will be paid on our next weekly run.

            Kind regards,

            Daniel Kerr
            Accounts Payable
            Pinnacle Health Clubs Ltd
        """),
        lab(
            ("BPS-2030-0457",),
            "needs signed bank details and a supplier form before paying; nothing is contested",
        ),
        inv="BPS-2030-0457",
        amt="1095.60",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-de-stadt-xrechnung",
        "invoice_request",
        "de",
        ("Thomas Rieger", "rechnungseingang@waldkirchen-stadt.example"),
        "2030-02-05 09:37",
        "outlook",
        txt("""
            Sehr geehrte Damen und Herren,

            die Rechnung BPS-2030-0383 (Wartung Lehrschwimmbecken Grundschule Am Park) liegt uns nur als PDF vor. Als öffentlicher Auftraggeber dürfen wir nur noch elektronische Rechnungen im Format XRechnung annehmen.

            Bitte reichen Sie die Rechnung über unser Rechnungseingangsportal ein und geben Sie dabei die Leitweg-ID 09-1234567-89 an. Nach Eingang wird die Rechnung umgehend bearbeitet.

            Mit freundlichen Grüßen
            Im Auftrag
            Thomas Rieger

            Stadt Waldkirchen – Kämmerei, Rechnungseingang
        """),
        lab(
            ("BPS-2030-0383",),
            "public body needs the invoice as an e-invoice before paying",
        ),
        inv="BPS-2030-0383",
        amt="2745.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-de-physio-kopie",
        "invoice_request",
        "de",
        ("Nicole Haas", "nicole@physio-haas.example"),
        "2030-02-20 12:02",
        "gmail",
        txt("""
            Hallo,

            die Rechnung haben wir nie bekommen, zumindest finde ich sie weder in der Post noch im Postfach. Können Sie sie mir bitte noch mal als PDF schicken? Dann zahle ich sofort.

            Danke und Gruß
            Nicole Haas
            Physiotherapie Haas
        """),
        lab(
            note="copy needed before paying; 'dann zahle ich sofort' is conditional, not a dated promise"
        ),
        inv="BPS-2030-0456",
        amt="518.00",
    ),
    Reply(
        "ir-fr-hotel-bon",
        "invoice_request",
        "fr",
        ("Isabelle Morin", "compta@hotel-grandlarge.example"),
        "2030-02-07 16:20",
        "outlook_html",
        txt("""
            Bonjour,

            Pour pouvoir mettre en paiement la facture BPS-2030-0392, notre directeur a besoin du bon d'intervention signé par notre responsable technique lors du passage de votre technicien (réparation de la pompe doseuse, le 10 janvier). Il n'était pas joint à la facture.

            Pourriez-vous nous le transmettre ? Le paiement suivra dès réception.

            Bien cordialement,

            Isabelle Morin
            Comptabilité
            Hôtel Le Grand Large – Saint-Malo
        """),
        lab(("BPS-2030-0392",), "needs the signed job sheet before paying"),
        inv="BPS-2030-0392",
        amt="1362.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-sci-reissue",
        "invoice_request",
        "fr",
        ("Laurent Picard", "laurent.picard@sci-lesvignes.example"),
        "2030-02-27 10:44",
        "gmail",
        txt("""
            Bonjour,

            La facture est établie à mon nom personnel alors que la villa appartient à la SCI Les Vignes, qui règle toutes les dépenses de la propriété. Notre expert-comptable refuse de la passer en l'état.

            Pouvez-vous la refaire au nom de : SCI Les Vignes, 14 chemin des Oliviers, 84220 Gordes, SIREN 912 345 678 ? Je vous réglerai dès que je l'aurai.

            Merci d'avance,
            Laurent Picard
        """),
        lab(note="reissue to another legal entity; the amount is not contested"),
        inv="BPS-2030-0470",
        amt="2050.00",
    ),
    Reply(
        "ir-es-hotel-nif",
        "invoice_request",
        "es",
        ("Carmen Vidal", "facturas@hotelportdesoller.example"),
        "2030-02-11 13:15",
        "outlook_html",
        txt("""
            Buenos días:

            Hemos recibido su recordatorio, pero la factura BPS-2030-0408 no la podemos contabilizar: figura el NIF de la antigua sociedad (B07123456) y desde el 1 de enero la titular del hotel es Port de Sóller Hospitality, S.L., NIF B16789012.

            Les rogamos que emitan una factura nueva con los datos correctos. En cuanto la tengamos, la pagamos.

            Saludos cordiales,

            Carmen Vidal
            Administración – Hotel Port de Sóller
        """),
        lab(
            ("BPS-2030-0408",),
            "reissue with the new company's tax number; amount not contested",
        ),
        inv="BPS-2030-0408",
        amt="1934.00",
    ),
    Reply(
        "ir-es-clinica-extracto",
        "invoice_request",
        "es",
        ("Pilar Navarro", "pilar.navarro@clinicafisiomar.example"),
        "2030-02-22 19:30",
        "iphone",
        "Hola, ¿me podéis mandar un extracto con todo lo pendiente? Creo que hay alguna factura pagada que os aparece como pendiente y quiero cuadrarlo antes de pagar. Gracias\nPilar",
        lab(note="statement of account before paying"),
        inv="BPS-2030-0465",
        amt="745.00",
    ),
    Reply(
        "ir-nl-zorg-specificatie",
        "invoice_request",
        "nl",
        ("Wendy Peeters", "crediteuren@zorgcentrumdelinde.example"),
        "2030-02-12 09:05",
        "outlook",
        txt("""
            Goedemorgen,

            Factuur BPS-2030-0420 ligt bij ons ter goedkeuring, maar de budgethouder wil eerst een specificatie zien: er staat alleen 'onderhoud therapiebad januari' op, zonder uren of materialen.

            Kunt u een gespecificeerde factuur of de werkbonnen sturen? Dan kan hij worden vrijgegeven voor betaling.

            Met vriendelijke groet,

            Wendy Peeters
            Crediteurenadministratie
            Zorgcentrum De Linde
        """),
        lab(
            ("BPS-2030-0420",),
            "asks for detail before approval, without contesting anything",
        ),
        inv="BPS-2030-0420",
        amt="1145.00",
    ),
    Reply(
        "ir-nl-bb-welke",
        "invoice_request",
        "nl",
        ("Kees Mulder", "info@bbdeheide.example"),
        "2030-02-28 20:05",
        "gmail",
        txt("""
            Hallo,

            Welke factuur is dit precies? Ik heb van jullie in januari niets ontvangen, alleen de jaarfactuur voor het onderhoudscontract en die is betaald. Kunnen jullie de factuur nog eens sturen?

            Groet,
            Kees Mulder
            B&B De Heide
        """),
        lab(note="never received the invoice; the payment mentioned is of another invoice"),
        inv="BPS-2030-0474",
        amt="365.00",
    ),
    Reply(
        "ir-it-centro-ordine",
        "invoice_request",
        "it",
        ("Chiara Lombardi", "acquisti@centrosportivoaurora.example"),
        "2030-02-15 10:10",
        "outlook_html",
        txt("""
            Buongiorno,

            non abbiamo mai ricevuto la fattura BPS-2030-0427: la vostra e-mail di gennaio è probabilmente finita nello spam. Potreste inviarcela di nuovo in PDF, indicando il nostro numero d'ordine 2030/118? Senza riferimento all'ordine l'amministrazione non può autorizzare il pagamento.

            Grazie e buona giornata,
            Chiara Lombardi
            Ufficio acquisti – Centro Sportivo Aurora
        """),
        lab(("BPS-2030-0427",), "resend with the order number before payment"),
        inv="BPS-2030-0427",
        amt="1580.00",
        charset="windows-1252",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-lookalike-redirect",
        "wrong_contact",
        "en",
        ("Harcourt Lodge Accounts", "accounts@harcourt-lodge-hotel.example"),
        "2030-02-19 03:14",
        "html_only",
        txt("""
            Dear Accounts Team,

            Kindly be informed that our accounts department has migrated to a new email platform. With immediate effect all statements, reminders and remittance correspondence for Harcourt Lodge should be directed ONLY to harcourtlodge.payables@gmail.com. Please update your records and do not use the old address, as it will be deactivated shortly.

            Kindly also confirm the total outstanding balance on our account so that we can process payment this week.

            Warm regards,
            Accounts Department
            Harcourt Lodge Hotel & Spa
        """),
        lab(
            note="phishing-like: sent from a look-alike domain (the reminder went to harcourtlodge.example) and redirects collection mail to free-mail; the intent is still wrong_contact, and a person must verify it before anything changes",
            new_contact="harcourtlodge.payables@gmail.com",
        ),
        inv="BPS-2030-0448",
        amt="2260.00",
        quote_to="Gillian Harcourt <gillian@harcourtlodge.example>",
    ),
    Reply(
        "wc-en-maintenance-lorraine",
        "wrong_contact",
        "en",
        ("Gary", "maintenance@westcliffhotel.example"),
        "2030-02-08 07:15",
        "iphone",
        "this is the maintenance email mate im not accounts. try lorraine in accounts lorraine.hughes@westcliffhotel.example she does all the invoices",
        lab(
            note="no punctuation; the new address is in the text",
            new_contact="lorraine.hughes@westcliffhotel.example",
        ),
        inv="BPS-2030-0397",
        amt="1310.00",
    ),
    Reply(
        "wc-en-pa-estate-manager",
        "wrong_contact",
        "en",
        ("Fiona Mercer", "f.mercer@blytheholdings.example"),
        "2030-02-13 11:45",
        "outlook_html",
        txt("""
            Good morning,

            I am Sir Richard's executive assistant. Invoices for the pool and spa at Ashcombe House are not handled by this office; they are paid by the estate, and the estate manager, Tom Rudd, looks after all of them.

            I have copied Tom in. Please send the invoice and any future correspondence to him directly at T.Rudd@Blythe-Estates.example.

            Kind regards,

            Fiona Mercer
            Executive Assistant to Sir Richard Blythe
            Blythe Holdings
        """),
        lab(
            note="address written in mixed case and copied in Cc; labelled in lower case",
            new_contact="t.rudd@blythe-estates.example",
        ),
        inv="BPS-2030-0413",
        amt="2460.00",
        cc=("Tom Rudd", "T.Rudd@Blythe-Estates.example"),
    ),
    Reply(
        "wc-de-hotel-en-reminder",
        "wrong_contact",
        "de",
        ("Sabine Koch", "s.koch@wellnesshotel-rosengarten.example"),
        "2030-02-18 08:40",
        "outlook",
        txt("""
            Guten Morgen,

            ich bin seit Jahresbeginn nicht mehr für die Buchhaltung zuständig, sondern nur noch für den Einkauf. Bitte schicken Sie Rechnungen und Mahnungen künftig an unsere Buchhaltung: buchhaltung@wellnesshotel-rosengarten.example

            Ich habe Ihre E-Mail dorthin weitergeleitet.

            Viele Grüße
            Sabine Koch
        """),
        lab(
            note="German reply to an English reminder",
            new_contact="buchhaltung@wellnesshotel-rosengarten.example",
        ),
        inv="BPS-2030-0445",
        amt="2015.00",
        rlang="en",
    ),
    Reply(
        "wc-fr-particulier",
        "wrong_contact",
        "fr",
        ("Bernard Lefèvre", "bernard.lefevre@free.fr"),
        "2030-02-10 10:30",
        "iphone",
        "Bonjour, vous faites erreur, je suis un particulier et je n'ai pas de piscine. Je ne connais pas votre société. Vérifiez l'adresse de votre client.\nB. Lefèvre",
        lab(note="wrong recipient altogether, no new address; written on a Sunday"),
        inv="BPS-2030-0403",
        amt="540.00",
    ),
    Reply(
        "wc-fr-residence-compta",
        "wrong_contact",
        "fr",
        ("Julien Mercier", "j.mercier@residence-lesterrasses.example"),
        "2030-02-25 14:05",
        "outlook_html",
        txt("""
            Bonjour,

            Je suis le responsable technique de la résidence, je ne m'occupe pas des factures. Merci d'adresser vos relances à notre service comptabilité fournisseurs : compta.fournisseurs@groupe-azurresidences.example

            Cordialement,
            Julien Mercier
            Responsable technique – Résidence Les Terrasses
        """),
        lab(new_contact="compta.fournisseurs@groupe-azurresidences.example"),
        inv="BPS-2030-0459",
        amt="1420.00",
    ),
    Reply(
        "wc-es-recepcion",
        "wrong_contact",
        "es",
        ("Recepción Hotel Mirasol", "recepcion@hotelmirasol.example"),
        "2030-02-06 22:10",
        "gmail",
        txt("""
            Buenas noches:

            Este es el correo de recepción del hotel. Las facturas y los pagos los lleva el departamento de administración; por favor, escriban a administracion@hotelmirasol.example.

            Un saludo,
            Recepción – Hotel Mirasol
        """),
        lab(new_contact="administracion@hotelmirasol.example"),
        inv="BPS-2030-0389",
        amt="875.00",
    ),
    Reply(
        "wc-es-ex-empleado",
        "wrong_contact",
        "es",
        ("Álvaro Ortiz", "alvaro.ortiz@clubdeportivolasdunas.example"),
        "2030-02-26 17:20",
        "thunderbird",
        txt("""
            Hola,

            Ya no trabajo en el Club Deportivo Las Dunas desde el 31 de enero, así que no puedo ayudarles con esta factura. Quien lleva ahora la administración es Nuria Campos: nuria.campos@clubdeportivolasdunas.example.

            Suerte,
            Álvaro
        """),
        lab(new_contact="nuria.campos@clubdeportivolasdunas.example"),
        inv="BPS-2030-0467",
        amt="1055.00",
        cte="8bit",
    ),
    Reply(
        "wc-nl-receptie",
        "wrong_contact",
        "nl",
        ("Receptie Hotel De Wadden", "receptie@hoteldewadden.example"),
        "2030-02-14 15:20",
        "outlook",
        txt("""
            Goedemiddag,

            U mailt naar de receptie van het hotel. Facturen en herinneringen graag naar onze crediteurenadministratie: facturen@hoteldewadden.example. Wij kunnen hier verder niets mee.

            Met vriendelijke groet,
            Receptie Hotel De Wadden
        """),
        lab(new_contact="facturen@hoteldewadden.example"),
        inv="BPS-2030-0424",
        amt="990.00",
    ),
    Reply(
        "wc-nl-zwemschool-boekhouder",
        "wrong_contact",
        "nl",
        ("Anouk Smits", "anouk@zwemschoolspetters.example"),
        "2030-02-20 09:00",
        "apple",
        txt("""
            Goedemorgen,

            Onze administratie wordt sinds dit jaar gedaan door een extern administratiekantoor. Wilt u deze herinnering en alle volgende facturen rechtstreeks naar onze boekhouder sturen: Petra Smit, p.smit@administratiekantoor-smit.example?

            Dank u wel,
            Anouk Smits
            Zwemschool Spetters
        """),
        lab(
            note="bookkeeping outsourced; the bookkeeper's address is the new contact",
            new_contact="p.smit@administratiekantoor-smit.example",
        ),
        inv="BPS-2030-0460",
        amt="620.00",
    ),
    Reply(
        "wc-it-ex-amministratore",
        "wrong_contact",
        "it",
        ("Rag. Giorgio Ferraris", "studio@ferrarisamministrazioni.example"),
        "2030-02-07 12:30",
        "outlook_html",
        txt("""
            Gentili signori,

            vi informo che dal 1° gennaio 2030 non sono più l'amministratore del Condominio Villa Serena di Sanremo. L'assemblea ha nominato lo Studio Ferri Amministrazioni, al quale ho già consegnato tutta la documentazione.

            Vi prego quindi di inviare fatture e solleciti al nuovo amministratore: segreteria@studioferri-amministrazioni.example.

            Distinti saluti
            Rag. Giorgio Ferraris
        """),
        lab(
            note="former building manager names the new one",
            new_contact="segreteria@studioferri-amministrazioni.example",
        ),
        inv="BPS-2030-0390",
        amt="1760.00",
    ),
    Reply(
        "wc-it-mail-personale",
        "wrong_contact",
        "it",
        ("Simona Riva", "simona.riva@libero.it"),
        "2030-02-23 10:02",
        "iphone",
        "Buongiorno, questa è la mia mail personale, le fatture dell'hotel le gestisce l'amministrazione: amministrazione@hotelbellariva.example. Per favore scrivete a loro. Grazie\nSimona",
        lab(
            note="personal mailbox; not an unsubscribe request, because the right address is given",
            new_contact="amministrazione@hotelbellariva.example",
        ),
        inv="BPS-2030-0464",
        amt="1185.00",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-solicitors",
        "unsubscribe",
        "en",
        ("Richard Osei", "r.osei@pemburyhale.example"),
        "2030-02-11 16:55",
        "outlook_html",
        txt("""
            Dear Sirs,

            Marston Grange Country Club Ltd – your invoice BPS-2030-0386

            We act for Marston Grange Country Club Ltd, who have passed us your email of 8 February.

            Our client disputes the sum claimed in full, for the reasons set out in its letter to you of 22 January, to which it has received no reply. Our client will not be corresponding further about this matter. All future communications concerning this invoice must be addressed to this firm, in writing, quoting our reference RO/MGC/0214. Please do not contact our client or its staff directly.

            Yours faithfully,

            Richard Osei
            Partner
            Pembury Hale LLP
            Solicitors
        """),
        lab(
            ("BPS-2030-0386",),
            "solicitors: stop contacting the client, deal with us → unsubscribe, which beats the dispute it mentions",
        ),
        inv="BPS-2030-0386",
        amt="7480.00",
        charset="windows-1252",
        quote_to="Marston Grange Accounts <accounts@marstongrange.example>",
        rdays=3,
    ),
    Reply(
        "un-en-glamping-promise-stop",
        "unsubscribe",
        "en",
        ("Kerry Walsh", "kerry.walsh@sunnysideglamping.example"),
        "2030-02-22 08:03",
        "iphone",
        "I've already told your colleague on the phone I'm paying this on the 28th. Stop emailing me every other day about it, it's harassment. Take this address off your system.",
        lab(note="a dated promise plus a stop request: unsubscribe wins"),
        inv="BPS-2030-0463",
        amt="1275.00",
    ),
    Reply(
        "un-en-caps-personal",
        "unsubscribe",
        "en",
        ("Brian Foster", "brianfoster1958@gmail.com"),
        "2030-02-16 12:30",
        "gmail_plain",
        "PLEASE REMOVE THIS EMAIL ADDRESS FROM YOUR SYSTEM. IT IS MY PERSONAL EMAIL AND I DO NOT WANT ACCOUNTS EMAILS SENT TO IT. ANY LETTERS TO THE HOUSE PLEASE.\nB FOSTER",
        lab(note="all caps; remove me and letters only"),
        inv="BPS-2030-0434",
        amt="395.00",
        subject="STOP EMAILING ME",
    ),
    Reply(
        "un-de-nur-post",
        "unsubscribe",
        "de",
        ("Dr. Hans-Peter Lindner", "hp.lindner@lindner-immobilien.example"),
        "2030-02-08 09:50",
        "outlook",
        txt("""
            Sehr geehrte Damen und Herren,

            ich bitte Sie, mir künftig keine Zahlungserinnerungen mehr per E-Mail zu senden. Schriftverkehr in dieser Angelegenheit wünsche ich ausschließlich auf dem Postweg an meine Geschäftsadresse:

            Lindner Immobilien GmbH
            Maximilianstraße 8
            80539 München

            Mit freundlichen Grüßen
            Dr. Hans-Peter Lindner
        """),
        lab(note="post only → unsubscribe"),
        inv="BPS-2030-0396",
        amt="2870.00",
        charset="windows-1252",
    ),
    Reply(
        "un-de-aufhoeren-bezahlt",
        "unsubscribe",
        "de",
        ("Petra Sommer", "petra.sommer@t-online.de"),
        "2030-02-27 21:15",
        "android",
        "Das ist jetzt die dritte Mail. Ich habe längst bezahlt. Hören Sie auf, mir zu schreiben, sonst schalte ich einen Anwalt ein!!!",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
        inv="BPS-2030-0469",
        amt="610.00",
    ),
    Reply(
        "un-fr-stop",
        "unsubscribe",
        "fr",
        ("Nathalie Girard", "nat.girard@laposte.net"),
        "2030-02-13 12:01",
        "iphone",
        "STOP",
        lab(note="one word"),
        inv="BPS-2030-0430",
        amt="320.00",
    ),
    Reply(
        "un-es-abogado",
        "unsubscribe",
        "es",
        ("Gerardo Peña", "gerencia@hotelsolymar-estepona.example"),
        "2030-02-07 17:35",
        "outlook_html",
        txt("""
            Señores:

            Les ruego que no vuelvan a escribirnos a esta dirección en relación con la factura BPS-2030-0394. El asunto está ya en manos de nuestro abogado, D. Luis Ortega Baena, del despacho Ortega & Asociados, y cualquier comunicación deberá dirigirse a él.

            Atentamente,

            Gerardo Peña
            Gerente – Hotel Sol y Mar
        """),
        lab(("BPS-2030-0394",), "'talk to our lawyer' with no address → unsubscribe"),
        inv="BPS-2030-0394",
        amt="3320.00",
    ),
    Reply(
        "un-es-solo-carta",
        "unsubscribe",
        "es",
        ("Maria Jose Lopez", "mjlopez.casarural@gmail.com"),
        "2030-02-19 23:40",
        "gmail_plain",
        "no me escriban mas por aqui por favor, este correo es personal. si tienen que reclamar algo que sea por carta a la casa rural\ngracias",
        lab(note="lower case, no accents; letters only"),
        inv="BPS-2030-0454",
        amt="530.00",
    ),
    Reply(
        "un-nl-afmelden",
        "unsubscribe",
        "nl",
        ("J. de Boer", "j.deboer@deboerrecreatie.example"),
        "2030-02-05 13:20",
        "outlook",
        "Afmelden.",
        lab(note="one word, also the subject"),
        inv="BPS-2030-0380",
        amt="1640.00",
        subject="Afmelden",
    ),
    Reply(
        "un-nl-fysio-promise-stop",
        "unsubscribe",
        "nl",
        ("Mirjam Koster", "mirjam@fysiotherapiekoster.example"),
        "2030-02-16 10:25",
        "apple",
        txt("""
            Hallo,

            Ik heb al twee keer laten weten dat ik aan het eind van de maand betaal. Dat blijft zo. Maar wilt u alstublieft stoppen met die automatische herinneringen? Ik krijg er om de dag een en het werkt op mijn zenuwen.

            Mirjam Koster
        """),
        lab(note="promise plus a stop request: unsubscribe wins"),
        inv="BPS-2030-0442",
        amt="860.00",
    ),
    Reply(
        "un-it-diffida-legale",
        "unsubscribe",
        "it",
        ("Dott. Alberto Marchi", "a.marchi@villamarchi-chianti.example"),
        "2030-02-12 12:40",
        "outlook_html",
        txt("""
            Spett.le Brightwater Pool Services,

            con la presente vi diffido dal contattarmi ulteriormente tramite posta elettronica in merito alla fattura BPS-2030-0422. Ogni comunicazione dovrà essere indirizzata esclusivamente al mio legale, Avv. Francesca Neri, presso il suo studio in Firenze, via dei Servi 21.

            Distinti saluti
            Dott. Alberto Marchi
        """),
        lab(("BPS-2030-0422",), "formal notice: only through my lawyer → unsubscribe"),
        inv="BPS-2030-0422",
        amt="4150.00",
        charset="iso-8859-1",
    ),
    Reply(
        "un-it-mailing-list",
        "unsubscribe",
        "it",
        ("Luca Ferretti", "luca.ferretti82@gmail.com"),
        "2030-02-26 15:30",
        "gmail",
        "Buongiorno, vi prego di cancellare il mio indirizzo dalla vostra mailing list, non voglio più ricevere queste comunicazioni. Grazie",
        lab(note="treats the reminder as a newsletter"),
        inv="BPS-2030-0471",
        amt="285.00",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-leisure-annual-leave",
        "auto_reply",
        "en",
        ("Helen Marsh", "h.marsh@oakleyleisure.example"),
        "2030-02-11 08:41",
        "notice_html",
        txt("""
            Thank you for your email. I am on annual leave and will be back in the office on Monday 18 February. I will have limited access to email while I am away.

            For anything urgent relating to supplier payments, please contact payables@oakleyleisure.example.

            Helen Marsh
            Finance Assistant, Oakley Leisure Centre
        """),
        lab(
            note="a colleague's address in an auto-reply does not set new_contact",
            return_date="2030-02-18",
        ),
        inv="BPS-2030-0404",
        amt="1520.00",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-en-ticket-precedence",
        "auto_reply",
        "en",
        ("Aquaverse Leisure Finance", "support@aquaverseleisure.example"),
        "2030-02-19 08:37",
        "notice",
        txt("""
            Hello,

            Thank you for contacting Aquaverse Leisure Finance. This is an automated acknowledgement: your email has been logged as ticket #AP-48213.

            A member of the Accounts Payable team will respond within 5 working days. Please keep the ticket number in the subject line of any further emails about this request.

            Aquaverse Leisure Finance Service Desk
            This is an automatically generated message.
        """),
        lab(note="ticket acknowledgement carrying only Precedence: bulk"),
        inv="BPS-2030-0378",
        amt="2990.00",
        subject="[Ticket #AP-48213] {rsub}",
        headers=(("Precedence", "bulk"),),
    ),
    Reply(
        "ar-en-school-half-term",
        "auto_reply",
        "en",
        ("St Mary's Highfield School Office", "office@stmaryshighfield.example"),
        "2030-02-18 08:44",
        "notice",
        txt("""
            Thank you for your email. The school office is closed for the February half-term holiday. We will reply to your message when the office reopens on Monday 25th February.

            If your message concerns a safeguarding matter, please use the emergency number on our website.

            St Mary's Highfield School
        """),
        lab(note="only X-Autoreply, no Auto-Submitted", return_date="2030-02-25"),
        inv="BPS-2030-0381",
        amt="940.00",
        subject="Re: {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-de-therme-urlaub",
        "auto_reply",
        "de",
        ("Andrea Vogel", "a.vogel@therme-badsteinfeld.example"),
        "2030-02-12 09:36",
        "notice_html",
        txt("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre Nachricht. Ich bin vom 11.02. bis einschließlich 22.02.2030 im Urlaub. Ab dem 25.02. bin ich wieder für Sie da.

            Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unsere Zentrale.

            Mit freundlichen Grüßen
            Andrea Vogel
            Therme Bad Steinfeld – Finanzbuchhaltung
        """),
        lab(
            note="'ab dem 25.02.' wins over 'bis einschließlich 22.02.'",
            return_date="2030-02-25",
        ),
        inv="BPS-2030-0406",
        amt="2210.00",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-de-karneval",
        "auto_reply",
        "de",
        ("Hotel Rheinblick Verwaltung", "verwaltung@hotel-rheinblick-koeln.example"),
        "2030-02-28 09:39",
        "notice",
        txt("""
            Liebe Geschäftspartner,

            unsere Verwaltung bleibt über Karneval von Weiberfastnacht (28.02.) bis einschließlich Veilchendienstag (05.03.2030) geschlossen. Ab Aschermittwoch sind wir wieder wie gewohnt für Sie da.

            Für Reservierungen erreichen Sie unsere Rezeption rund um die Uhr.

            Alaaf und herzliche Grüße
            Ihr Team vom Hotel Rheinblick
        """),
        lab(
            note="carnival closure; 'ab Aschermittwoch' is 6 March 2030; only Precedence: auto_reply",
            return_date="2030-03-06",
        ),
        inv="BPS-2030-0478",
        amt="1680.00",
        subject="Karneval: Verwaltung geschlossen (Re: {rsub})",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-fr-aquaparc-conges",
        "auto_reply",
        "fr",
        ("Claire Dubois", "c.dubois@aquaparc-lesdunes.example"),
        "2030-02-08 09:42",
        "notice",
        txt("""
            Bonjour,

            Je suis absente du bureau pour congés et serai de retour le lundi 18 février. Votre message ne sera pas transféré.

            Pour toute urgence concernant les factures fournisseurs, merci de contacter l'accueil du parc.

            Cordialement,
            Claire Dubois
            Aquaparc Les Dunes
        """),
        lab(return_date="2030-02-18"),
        inv="BPS-2030-0387",
        amt="1990.00",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        cte="8bit",
    ),
    Reply(
        "ar-fr-ticket-dossier",
        "auto_reply",
        "fr",
        (
            "Groupe Hôtelier Riviera – Service fournisseurs",
            "factures@riviera-hotels.example",
        ),
        "2030-02-21 09:35",
        "notice",
        txt("""
            Bonjour,

            Nous accusons réception de votre message, enregistré sous le numéro de dossier FRN-2030-00871.

            Notre service fournisseurs traite les demandes dans un délai de cinq jours ouvrés. Merci de rappeler ce numéro dans toute correspondance ultérieure.

            Ceci est un message automatique, merci de ne pas y répondre.

            Service fournisseurs
            Groupe Hôtelier Riviera
        """),
        lab(note="ticket acknowledgement carrying only X-Autoreply"),
        inv="BPS-2030-0446",
        amt="3075.00",
        subject="Accusé de réception [FRN-2030-00871] {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-es-parque-hasta",
        "auto_reply",
        "es",
        ("Jorge Medina", "jmedina@parqueacuaticoelsol.example"),
        "2030-02-06 09:47",
        "notice",
        txt("""
            Hola:

            Estoy fuera de la oficina hasta el viernes 15 de febrero, con acceso limitado al correo. Para cualquier asunto urgente, pueden escribir a administracion@parqueacuaticoelsol.example.

            Gracias,
            Jorge Medina
        """),
        lab(
            note="'hasta X' → X itself; the colleague's address does not set new_contact",
            return_date="2030-02-15",
        ),
        inv="BPS-2030-0371",
        amt="1150.00",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        cte="b64",
    ),
    Reply(
        "ar-nl-krokus",
        "auto_reply",
        "nl",
        ("Ingrid Bakker", "i.bakker@recreatieparkdebiesbosch.example"),
        "2030-02-18 09:33",
        "notice",
        txt("""
            Beste afzender,

            Ik ben afwezig tot en met vrijdag 22 februari en vanaf maandag 25 februari weer bereikbaar. Uw e-mail wordt niet doorgestuurd.

            Met vriendelijke groet,
            Ingrid Bakker
            Financiële administratie Recreatiepark De Biesbosch
        """),
        lab(note="the day back wins over 'tot en met'", return_date="2030-02-25"),
        inv="BPS-2030-0409",
        amt="1345.00",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-ontvangst",
        "auto_reply",
        "nl",
        ("Zwemcentrum De Hoven", "info@zwemcentrumdehoven.example"),
        "2030-02-26 09:38",
        "notice",
        txt("""
            Bedankt voor uw e-mail.

            Wij hebben uw bericht in goede orde ontvangen en streven ernaar alle e-mails binnen drie werkdagen te beantwoorden.

            Met sportieve groet,
            Zwemcentrum De Hoven
        """),
        lab(note="receipt acknowledgement without a date and without any auto-reply header"),
        inv="BPS-2030-0438",
        amt="765.00",
        subject="Ontvangstbevestiging: {rsub}",
    ),
    Reply(
        "ar-it-terme-rientro",
        "auto_reply",
        "it",
        ("Valentina Costa", "v.costa@termeboscoverde.example"),
        "2030-02-27 09:41",
        "notice_html",
        txt("""
            Buongiorno,

            sono assente dal 27 febbraio all'8 marzo compreso; rientrerò in ufficio lunedì 11 marzo. Durante la mia assenza la posta non verrà letta.

            Cordiali saluti
            Valentina Costa
            Terme Bosco Verde – Amministrazione
        """),
        lab(
            note="the day back wins over 'all'8 marzo compreso'",
            return_date="2030-03-11",
        ),
        inv="BPS-2030-0479",
        amt="2540.00",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-it-pratica",
        "auto_reply",
        "it",
        (
            "Gruppo Alberghiero Dolomiti – Ufficio fornitori",
            "fornitori@dolomitihotels.example",
        ),
        "2030-02-14 09:45",
        "notice",
        txt("""
            Gentile fornitore,

            la sua e-mail è stata ricevuta e registrata con il numero di pratica 2030/FOR/00412. Le richieste vengono evase in ordine di arrivo entro 10 giorni lavorativi.

            Questo è un messaggio generato automaticamente: la preghiamo di non rispondere.

            Ufficio fornitori
            Gruppo Alberghiero Dolomiti
        """),
        lab(note="ticket acknowledgement"),
        inv="BPS-2030-0401",
        amt="3860.00",
        subject="Presa in carico pratica 2030/FOR/00412 - {rsub}",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
    ),
]

OTHER = [
    Reply(
        "ot-en-bnb-did-we-not",
        "other",
        "en",
        ("Sam Jordan", "sam@thewillowsbnb.example"),
        "2030-02-07 20:14",
        "iphone",
        "Did we not pay this in January?? Thought Jo did all the outstanding ones before Christmas. Can you check your end",
        lab(note="a question, not a payment claim; someone must check the ledger"),
        inv="BPS-2030-0370",
        amt="460.00",
    ),
    Reply(
        "ot-en-club-recommission",
        "other",
        "en",
        ("Oliver Grant", "o.grant@kingsmeadcountryclub.example"),
        "2030-02-21 11:30",
        "html_only",
        txt("""
            Hi,

            Before I look at this, can you tell me when your engineer is booked to recommission the outdoor pool? Last year it wasn't ready until the second week of May and our members were not impressed. We'd like it open for the Easter weekend this year.

            Thanks,
            Oliver Grant
            General Manager, Kingsmead Country Club
        """),
        lab(
            note="service question in the reminder thread; 'before I look at this' is no commitment; HTML only"
        ),
        inv="BPS-2030-0432",
        amt="2675.00",
    ),
    Reply(
        "ot-en-physio-call-me",
        "other",
        "en",
        ("Nadia Rahman", "nadia@rahmanphysio.example"),
        "2030-02-27 13:25",
        "gmail",
        txt("""
            Hi,

            Could somebody from your accounts team give me a ring about this one? There are a couple of things I'd rather talk through than do by email. I'm in clinic all day but free between 1 and 2, or after half five.

            07700 900417

            Thanks
            Nadia
        """),
        lab(note="asks for a call without saying why"),
        inv="BPS-2030-0475",
        amt="830.00",
    ),
    Reply(
        "ot-de-intern-klaeren",
        "other",
        "de",
        ("Frank Wagner", "f.wagner@sportpark-wagner.example"),
        "2030-02-06 15:12",
        "outlook",
        txt("""
            Hallo,

            danke für die Erinnerung. Ich muss das erst intern klären, weil die Rechnung über die Kostenstelle vom Kinderbecken laufen soll und es da gerade Diskussionen mit der Geschäftsführung gibt. Ich melde mich.

            Gruß
            Frank Wagner
        """),
        lab(note="an internal question; no commitment and nothing contested"),
        inv="BPS-2030-0372",
        amt="715.00",
        charset="windows-1252",
    ),
    Reply(
        "ot-de-angebot-whirlpool",
        "other",
        "de",
        ("Birgit Lang", "b.lang@landhaus-lang.example"),
        "2030-02-15 16:44",
        "iphone",
        txt("""
            Hallo zusammen,

            kurze Frage, die nichts mit der Rechnung zu tun hat: Wir lassen im Frühjahr zwei Außenwhirlpools aufstellen. Übernehmen Sie auch deren Wartung und Wasserpflege? Wenn ja, hätte ich gern ein Angebot für einen Jahresvertrag.

            Viele Grüße
            Birgit Lang
            Landhaus Lang, Garmisch
        """),
        lab(note="a sales enquiry in the reminder thread"),
        inv="BPS-2030-0435",
        amt="1280.00",
    ),
    Reply(
        "ot-fr-camping-gerant",
        "other",
        "fr",
        ("Accueil Camping La Forêt", "accueil@camping-laforet.example"),
        "2030-02-12 10:40",
        "gmail_plain",
        "Bonjour,\n\nBien reçu votre message. Le gérant est en congé en ce moment, je lui montrerai à son retour.\n\nBonne journée,\nManon, accueil du camping",
        lab(note="acknowledgement by a colleague; no date, no commitment, no new contact"),
        inv="BPS-2030-0496",
        amt="580.00",
    ),
    Reply(
        "ot-fr-gites-prelevement",
        "other",
        "fr",
        ("Dominique Chevalier", "d.chevalier@giteslesmoulins.example"),
        "2030-02-19 11:22",
        "apple",
        txt("""
            Bonjour,

            Nous avions signé un mandat de prélèvement SEPA en décembre. Le prélèvement n'a-t-il pas été fait ? Merci de vérifier de votre côté avant que je fasse un virement, je ne voudrais pas payer deux fois.

            Dominique Chevalier
            Gîtes Les Moulins
        """),
        lab(note="a question about a direct debit; neither a payment claim nor a promise"),
        inv="BPS-2030-0518",
        amt="1120.00",
    ),
    Reply(
        "ot-es-escuela-no-estaba",
        "other",
        "es",
        ("Ana Beltrán", "ana@escueladenatacionola.example"),
        "2030-02-05 17:50",
        "gmail_plain",
        "¿Esto no estaba ya pagado? Lo miro mañana con la gestoría y os digo algo.",
        lab(note="a question; 'I'll look tomorrow' is no commitment to pay"),
        inv="BPS-2030-0374",
        amt="690.00",
    ),
    Reply(
        "ot-es-ok",
        "other",
        "es",
        ("Rafa Gómez", "rafa.gomez@hotmail.es"),
        "2030-02-23 11:11",
        "android",
        "Ok",
        lab(note="bare acknowledgement"),
        inv="BPS-2030-0468",
        amt="350.00",
    ),
    Reply(
        "ot-nl-bad-gesloten",
        "other",
        "nl",
        ("G. Visser", "bestuur@zwembadhetbolwerk.example"),
        "2030-02-08 14:15",
        "outlook_html",
        txt("""
            Geachte heer, mevrouw,

            Het bestuur van Stichting Zwembad Het Bolwerk laat u weten dat het bad per 31 januari definitief is gesloten. De gemeente heeft de subsidie stopgezet en de stichting wordt in de loop van dit jaar ontbonden.

            Over de afwikkeling van openstaande posten nemen wij later contact met u op.

            Met vriendelijke groet,
            namens het bestuur,
            G. Visser, voorzitter
        """),
        lab(note="closure notice from the same contact; nothing promised; a person must read it"),
        inv="BPS-2030-0368",
        amt="2430.00",
    ),
    Reply(
        "ot-nl-monteur-donderdag",
        "other",
        "nl",
        ("Linda", "linda@hotelaandegracht.example"),
        "2030-02-13 08:30",
        "iphone",
        "Goedemorgen, hoe laat komt de monteur donderdag voor de zoutelektrolyse? Dan zorg ik dat de technische ruimte open is. Groetjes Linda",
        lab(note="service question in the reminder thread"),
        inv="BPS-2030-0503",
        amt="515.00",
    ),
    Reply(
        "ot-it-marito",
        "other",
        "it",
        ("Francesca Moretti", "francesca.moretti77@gmail.com"),
        "2030-02-25 13:05",
        "gmail",
        "Buongiorno, ricevuto. Ne parlo stasera con mio marito, è lui che segue le spese della villa, e vi facciamo sapere.",
        lab(note="no commitment; the husband is not given as a contact"),
        inv="BPS-2030-0477",
        amt="1060.00",
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
# Bounces: machine skeletons around hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to ``rcpt`` in the bounce's language.

    ``lag`` is how long after the reminder the report was written (minutes)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    inv: str
    amt: str
    lag: int = 2
    note: str | None = None

    @property
    def tz(self) -> str:
        """The reporting server's time zone."""
        return "uk" if self.lang == "en" else "cet"

    @property
    def dt(self) -> datetime:
        """The report's Date."""
        return local_time(self.tz, self.when, self.key)

    @property
    def sent(self) -> datetime:
        """When the reminder left Brightwater (UK time)."""
        utc = (self.dt - timedelta(minutes=self.lag)).astimezone(UTC)
        return utc.astimezone(zone_offset("uk", utc.replace(tzinfo=None)))

    @property
    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.lang, self.inv)

    def reminder(self) -> Message:
        """The reminder exactly as it was sent."""
        currency = "GBP" if self.tz == "uk" else "EUR"
        msg = text_part(
            reminder_body(self.lang, self.inv, self.amt, currency) + "\n",
            "plain",
            "utf-8",
            "qp",
        )
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encode_header(self.subject, "utf-8", "q", "Subject")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        return tidy(msg, self.key, "reminder")

    def header_block(self) -> str:
        """The reminder's header section as text."""
        return "".join(f"{name}: {value}\n" for name, value in self.reminder().items())


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """The machine-readable message/delivery-status part (RFC 3464)."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=4))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def headers_part(b: Bounce) -> Message:
    """text/rfc822-headers: the returned reminder's header section."""
    return text_part(b.header_block(), "rfc822-headers", "us-ascii", "7bit")


def report(human: Message, status: Message, returned: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in (human, status, returned):
        outer.attach(part)
    return outer


def html_notice(paragraphs: Sequence[str], charset: str) -> Message:
    """A human-readable notice as plain text plus a simple HTML rendering."""
    plain = "\n\n".join(paragraphs) + "\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>\n'
        + "\n".join(f"<p>{html_lines(p)}</p>" for p in paragraphs)
        + "\n</body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", charset, "qp"),
        text_part(markup, "html", charset, "qp"),
    )


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    extra: Sequence[tuple[str, str]] = (AUTO_REPLIED,),
) -> Message:
    """Envelope headers of a delivery report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8", "q", "Subject")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">").split(" ")[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 26).lower()}@{host}>"
    for name, value in extra:
        msg[name] = value
    return tidy(msg, b.key, "bounce")


def bounce_gmail(b: Bounce) -> Message:
    """Gmail 'Address not found' (hard, 5.1.1)."""
    human = html_notice(
        [
            "** Address not found **",
            f"Your message wasn't delivered to {b.rcpt} because the address couldn't be found, or is unable to receive mail.",
            "Learn more here: https://support.google.com/mail/?p=NoSuchUser",
            "The response was:",
            "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-43d2bc1e7a4si51234775e9.112 - gsmtp",
        ],
        "utf-8",
    )
    diagnostic = "550-5.1.1 The email account that you tried to reach does not exist."
    status = delivery_status(
        b,
        "googlemail.com",
        "failed",
        diagnostic,
        "gmail-smtp-in.l.google.com. (the server for the domain gmail.com.)",
    )
    return finish(
        b,
        report(human, status, headers_part(b)),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        (AUTO_REPLIED, ("X-Failed-Recipients", b.rcpt)),
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail-send failure notice without MIME, the message copied below (hard, 5.1.2)."""
    domain = b.rcpt.split("@")[1]
    returned = b.reminder().as_string()
    text = (
        "Hi. This is the qmail-send program at mail.brightwater-pools.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked by uid 1003); {b.sent.astimezone(UTC):%d %b %Y %H:%M:%S} -0000\n"
        f"{returned}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "MAILER-DAEMON@mail.brightwater-pools.example",
        "failure notice",
        (),
    )


def bounce_exim_delay(b: Bounce) -> Message:
    """Exim delay warning from a backup MX, plain text (soft)."""
    text = txt(f"""
        This message was created automatically by mail delivery software.
        A message that you sent has not yet been delivered to one or more of its
        recipients after more than 24 hours on the queue on mx-backup.bluefinhotel.example.

        The message identifier is:     1u8Rt2-0007Kc-9H
        The subject of the message is: {b.subject}
        The date of the message is:    {format_datetime(b.sent)}

        The address to which the message has not yet been delivered is:

          {b.rcpt}
            host mail.bluefinhotel.example [203.0.113.58]
            Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:
            451 4.3.2 Mailbox temporarily unavailable, please try again later

        No action is required on your part. Delivery attempts will continue for
        some time, and this warning may be repeated at intervals if the message
        remains undelivered. Eventually the mail delivery software will give up,
        and when that happens, the message will be returned to you.
    """)
    return finish(
        b,
        text_part(text + "\n", "plain", "utf-8", "qp"),
        "Mail Delivery System <Mailer-Daemon@mx-backup.bluefinhotel.example>",
        "Warning: message 1u8Rt2-0007Kc-9H delayed 24 hours",
        (AUTO_REPLIED, ("X-Failed-Recipients", b.rcpt)),
    )


def exchange_sender(domain: str, key: str) -> str:
    """The system mailbox Exchange Online sends reports from."""
    return f"Microsoft Outlook <MicrosoftExchange{digest(key, 'exch').hex()[:32]}@{domain}>"


def exchange_report(
    b: Bounce,
    paragraphs: Sequence[str],
    *,
    server: str,
    action: str,
    diagnostic: str,
    subject: str,
) -> Message:
    """An Exchange Online report in the recipient organisation's language."""
    human = html_notice(paragraphs, "utf-8")
    status = delivery_status(b, server, action, diagnostic)
    sender = exchange_sender(b.rcpt.split("@")[1], b.key)
    return finish(b, report(human, status, headers_part(b)), sender, subject)


def bounce_exchange_de_policy(b: Bounce) -> Message:
    """Exchange Online, German, group accepts internal senders only (hard, 5.7.1)."""
    server = "FR4P281MB3390.DEUP281.PROD.OUTLOOK.example"
    diagnostic = (
        "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]"
    )
    return exchange_report(
        b,
        [
            f"Ihre Nachricht hat {b.rcpt} nicht erreicht.",
            "Die Gruppe „Buchhaltung“ nimmt nur Nachrichten von Absendern innerhalb der eigenen Organisation an. Ihre Nachricht wurde deshalb abgelehnt.",
            "So beheben Sie das Problem: Wenden Sie sich auf anderem Weg an den Empfänger und bitten Sie ihn, beim Besitzer der Gruppe die Annahme externer Nachrichten freischalten zu lassen.",
            "Weitere Informationen für Administratoren:",
            f"Generierender Server: {server}",
            f"{b.rcpt}\nRemoteserver hat „{diagnostic}“ zurückgegeben",
        ],
        server=server,
        action="failed",
        diagnostic=diagnostic,
        subject=f"Unzustellbar: {b.subject}",
    )


def bounce_exchange_de_delay(b: Bounce) -> Message:
    """Exchange Online, German, delivery delayed (soft)."""
    server = "BE1P281MB2046.DEUP281.PROD.OUTLOOK.example"
    diagnostic = '451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed.'
    until = (b.sent + timedelta(days=2)).astimezone(b.dt.tzinfo).strftime("%d.%m.%Y %H:%M:%S")
    return exchange_report(
        b,
        [
            f"Die Zustellung an diese Empfänger oder Gruppen ist verzögert:\n\n{b.rcpt}",
            f"Betreff: {b.subject}",
            "Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, sie zuzustellen.",
            f"Der Server versucht bis {until}, die Nachricht zuzustellen. Sie werden benachrichtigt, falls die Nachricht bis dahin nicht zugestellt werden kann.",
            "Diagnoseinformationen für Administratoren:",
            f"Generierender Server: {server}",
            f"{b.rcpt}\nRemoteserver hat „{diagnostic}“ zurückgegeben",
        ],
        server=server,
        action="delayed",
        diagnostic=diagnostic,
        subject=f"Zustellung verzögert: {b.subject}",
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    """Exchange Online, French, recipient not found (hard, 5.1.10)."""
    server = "PR2P264MB0718.FRAP264.PROD.OUTLOOK.example"
    diagnostic = (
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    )
    return exchange_report(
        b,
        [
            f"Votre message n'a pas pu être remis à {b.rcpt}.",
            "L'adresse électronique que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire et renvoyez le message. Si le problème persiste, contactez votre service d'assistance.",
            "Informations de diagnostic pour les administrateurs :",
            f"Serveur de génération : {server}",
            f"{b.rcpt}\nLe serveur distant a retourné « {diagnostic} »",
        ],
        server=server,
        action="failed",
        diagnostic=diagnostic,
        subject=f"Non remis : {b.subject}",
    )


def bounce_exchange_it(b: Bounce) -> Message:
    """Exchange Online, Italian, recipient not found (hard, 5.1.1)."""
    server = "AM8P190MB0975.EURP190.PROD.OUTLOOK.example"
    diagnostic = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    return exchange_report(
        b,
        [
            f"Il messaggio non è stato recapitato a {b.rcpt}.",
            "L'indirizzo di posta elettronica immesso non è stato trovato. Controlla l'indirizzo del destinatario e prova a inviare di nuovo il messaggio. Se il problema persiste, contatta l'help desk.",
            "Informazioni di diagnostica per gli amministratori:",
            f"Server di generazione: {server}",
            f"{b.rcpt}\nIl server remoto ha restituito '{diagnostic}'",
        ],
        server=server,
        action="failed",
        diagnostic=diagnostic,
        subject=f"Non recapitabile: {b.subject}",
    )


def bounce_provider_fr_full(b: Bounce) -> Message:
    """French host's notice, one Latin-1 part in 8bit: mailbox full (soft, 5.2.2)."""
    text = txt(f"""
        Bonjour,

        Ceci est un message automatique du serveur de messagerie mx2.mailhebergement.example.

        Votre message n'a pas pu être distribué au destinataire suivant :

            {b.rcpt}

        Motif : la boîte aux lettres du destinataire est pleine.
        Réponse du serveur : 552 5.2.2 <{b.rcpt}>: Mailbox full - quota exceeded

        Le destinataire doit libérer de l'espace avant de pouvoir recevoir de nouveaux messages. Vous pourrez renvoyer votre message plus tard.

        ------ En-têtes du message d'origine ------
    """)
    return finish(
        b,
        text_part(f"{text}\n{b.header_block()}", "plain", "iso-8859-1", "8bit"),
        "Serveur de messagerie <mailer-daemon@mx2.mailhebergement.example>",
        "Échec de la remise du message",
    )


def bounce_provider_es_unknown(b: Bounce) -> Message:
    """Spanish host's notice in multipart/mixed with the message returned (hard, 5.1.1)."""
    text = txt(f"""
        Este es un mensaje generado automáticamente por el servidor de correo correo.alojamientosweb.example.

        No ha sido posible entregar su mensaje a los destinatarios indicados a continuación. Se trata de un error permanente: no se volverá a intentar la entrega.

        <{b.rcpt}>
            Motivo: la cuenta de correo no existe en este servidor.
            Respuesta: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table

        Se adjunta una copia del mensaje original.
    """)
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text + "\n", "plain", "utf-8", "qp"))
    outer.attach(MIMEMessage(b.reminder()))
    return finish(
        b,
        outer,
        "Sistema de correo <postmaster@correo.alojamientosweb.example>",
        f"Mensaje no entregado: {b.subject}",
        (AUTO_REPLIED, ("X-Failed-Recipients", b.rcpt)),
    )


def bounce_provider_es_forward_full(b: Bounce) -> Message:
    """Spanish forwarding host: the Gmail mailbox behind the address is full (soft, 4.2.2)."""
    text = txt(f"""
        Aviso del sistema de correo de mail.hostingiberico.example

        Su mensaje para {b.rcpt} todavía no se ha podido entregar.

        Esta dirección reenvía el correo a una cuenta de Gmail, y el servidor de Google ha respondido:

            452-4.2.2 The recipient's inbox is out of storage space. Please direct
            452-4.2.2 the recipient to https://support.google.com/mail/?p=OverQuotaTemp

        Se trata de un error temporal. Seguiremos intentando la entrega durante 5 días; si no lo conseguimos, recibirá un aviso definitivo.

            Asunto: {b.subject}
            Fecha:  {format_datetime(b.sent)}
    """)
    return finish(
        b,
        text_part(text + "\n", "plain", "utf-8", "qp"),
        "Sistema de correo <mailer-daemon@mail.hostingiberico.example>",
        "Aviso: entrega retrasada",
    )


def bounce_postfix_nl_delay(b: Bounce) -> Message:
    """A Dutch host's Postfix delay notice with localised text (soft, 4.4.1)."""
    domain = b.rcpt.split("@")[1]
    text = txt(f"""
        Dit is het mailsysteem van mx1.zakelijkmailen.example.

        #########################################################################
        # DIT IS ALLEEN EEN WAARSCHUWING. U HOEFT UW BERICHT NIET OPNIEUW TE STUREN. #
        #########################################################################

        Uw bericht kon nog niet worden afgeleverd bij een of meer ontvangers. Het systeem blijft het tot 5 dagen na verzending opnieuw proberen.

                           Het mailsysteem

        <{b.rcpt}>: connect to mail.{domain}[198.51.100.36]:25: Connection timed out
    """)
    diagnostic = f"connect to mail.{domain}[198.51.100.36]:25: Connection timed out"
    status = delivery_status(b, "mx1.zakelijkmailen.example", "delayed", diagnostic)
    return finish(
        b,
        report(text_part(text + "\n", "plain", "utf-8", "qp"), status, headers_part(b)),
        "MAILER-DAEMON@mx1.zakelijkmailen.example (Mailsysteem)",
        "Vertraagde e-mail (alleen een waarschuwing)",
    )


def bounce_provider_it_delay(b: Bounce) -> Message:
    """Italian host's delay report with RFC 3464 parts (soft, 4.4.3)."""
    text = txt(f"""
        Questo è un messaggio automatico del server smtp.postaitaliahost.example.

        Il messaggio indicato qui sotto non è ancora stato consegnato al destinatario:

            {b.rcpt}

        Al momento il server di destinazione non risulta raggiungibile (errore temporaneo nella risoluzione DNS del dominio). Il sistema continuerà a tentare la consegna per altri 4 giorni. Non è necessario inviare di nuovo il messaggio.

        Oggetto: {b.subject}
        Data:    {format_datetime(b.sent)}
    """)
    diagnostic = f"451 4.4.3 Temporary DNS failure resolving {b.rcpt.split('@')[1]}"
    status = delivery_status(b, "smtp.postaitaliahost.example", "delayed", diagnostic)
    return finish(
        b,
        report(text_part(text + "\n", "plain", "utf-8", "qp"), status, headers_part(b)),
        "Sistema di posta <mailer-daemon@smtp.postaitaliahost.example>",
        "Avviso di ritardo nella consegna",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-gmail",
            "en",
            "hard",
            "5.1.1",
            "harbourviewlets@gmail.com",
            "2030-02-04 08:36",
            "BPS-2030-0375",
            "640.00",
            note="Gmail DSN, address not found",
        ),
        bounce_gmail,
    ),
    (
        Bounce(
            "bo-en-qmail",
            "en",
            "hard",
            "5.1.2",
            "office@kestrelswimschool.example",
            "2030-02-11 08:47",
            "BPS-2030-0497",
            "1220.00",
            note="qmail notice without MIME: the domain no longer exists",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-exim",
            "en",
            "soft",
            "4.3.2",
            "accounts@bluefinhotel.example",
            "2030-02-20 08:52",
            "BPS-2030-0517",
            "2770.00",
            lag=24 * 60 + 1,
            note="Exim delay warning from a backup MX, plain text",
        ),
        bounce_exim_delay,
    ),
    (
        Bounce(
            "bo-de-policy",
            "de",
            "hard",
            "5.7.1",
            "buchhaltung@hotel-seeblick-bodensee.example",
            "2030-02-05 09:41",
            "BPS-2030-0373",
            "1860.00",
            note="Exchange Online in German: the group accepts internal senders only (policy)",
        ),
        bounce_exchange_de_policy,
    ),
    (
        Bounce(
            "bo-de-delay",
            "de",
            "soft",
            "4.4.0",
            "info@physio-am-see.example",
            "2030-02-13 13:44",
            "BPS-2030-0512",
            "690.00",
            lag=4 * 60,
            note="Exchange Online delay notice in German",
        ),
        bounce_exchange_de_delay,
    ),
    (
        Bounce(
            "bo-fr-exchange",
            "fr",
            "hard",
            "5.1.10",
            "compta@residence-ocean.example",
            "2030-02-07 09:38",
            "BPS-2030-0369",
            "1540.00",
            note="Exchange Online in French",
        ),
        bounce_exchange_fr,
    ),
    (
        Bounce(
            "bo-fr-full",
            "fr",
            "soft",
            "5.2.2",
            "direction@gite-leclosfleuri.example",
            "2030-02-18 09:51",
            "BPS-2030-0520",
            "380.00",
            note="mailbox full with a 5.x code: soft; one Latin-1 part in 8bit",
        ),
        bounce_provider_fr_full,
    ),
    (
        Bounce(
            "bo-es-unknown",
            "es",
            "hard",
            "5.1.1",
            "reservas@villalosrosales.example",
            "2030-02-12 09:46",
            "BPS-2030-0504",
            "905.00",
            note="Spanish provider notice in multipart/mixed with the returned message",
        ),
        bounce_provider_es_unknown,
    ),
    (
        Bounce(
            "bo-es-forward-full",
            "es",
            "soft",
            "4.2.2",
            "info@casaruralelolivar.example",
            "2030-02-22 10:15",
            "BPS-2030-0516",
            "415.00",
            lag=32,
            note="forwarding host reports Gmail's over-quota answer; the failed recipient is the address the reminder went to",
        ),
        bounce_provider_es_forward_full,
    ),
    (
        Bounce(
            "bo-nl-delay",
            "nl",
            "soft",
            "4.4.1",
            "administratie@saunaenbadvlissingen.example",
            "2030-02-26 13:49",
            "BPS-2030-0515",
            "1285.00",
            lag=4 * 60,
            note="Postfix delay notice with Dutch text",
        ),
        bounce_postfix_nl_delay,
    ),
    (
        Bounce(
            "bo-it-exchange",
            "it",
            "hard",
            "5.1.1",
            "ufficio.acquisti@hotelpanoramagarda.example",
            "2030-02-14 09:37",
            "BPS-2030-0519",
            "2345.00",
            note="Exchange Online in Italian",
        ),
        bounce_exchange_it,
    ),
    (
        Bounce(
            "bo-it-delay",
            "it",
            "soft",
            "4.4.3",
            "info@villaglicini-umbria.example",
            "2030-03-01 13:40",
            "BPS-2030-0514",
            "760.00",
            lag=4 * 60,
            note="Italian provider delay report, DNS failure",
        ),
        bounce_provider_it_delay,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    """The label row of a hand-written message (without the file name)."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label row of a delivery report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt.lower(), bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


class CorpusError(Exception):
    """A message or a label breaks one of the corpus rules."""


def require(ok: bool, what: str) -> None:
    """Raise CorpusError unless ``ok``."""
    if not ok:
        raise CorpusError(what)


def iso_day(value: object, what: str) -> date:
    """A label date, which must be an ISO date string."""
    require(
        isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None,
        f"{what}: not an ISO date: {value!r}",
    )
    return date.fromisoformat(str(value))


def check_reply_spec(r: Reply) -> None:
    """Rules a hand-written message must keep before it is wrapped."""
    where = r.key
    require(r.intent in INTENTS and r.intent != "bounce", f"{where}: bad intent")
    require(
        r.key.startswith(
            {
                "payment_sent": "ps-",
                "promise_to_pay": "pp-",
                "dispute": "di-",
                "payment_plan": "pl-",
                "invoice_request": "ir-",
                "wrong_contact": "wc-",
                "unsubscribe": "un-",
                "auto_reply": "ar-",
                "other": "ot-",
            }[r.intent]
            + r.lang
            + "-"
        ),
        f"{where}: key does not match intent and language",
    )
    require(
        r.style in QUOTING_STYLES or r.style in NOTICE_BUILDERS,
        f"{where}: unknown style",
    )
    require(FIRST_DAY <= r.dt.date() <= LAST_DAY, f"{where}: date outside the range")
    require(
        all(not line.endswith(" ") for line in r.body.split("\n")),
        f"{where}: trailing space in the text",
    )
    label = reply_label(r)
    allowed = INTENT_FIELDS.get(r.intent, frozenset())
    for key in LABEL_KEYS:
        require(
            label[key] is None or key in allowed,
            f"{where}: {key} is filled for {r.intent}",
        )
    today = r.dt.date()
    if label["paid_date"] is not None:
        require(iso_day(label["paid_date"], where) <= today, f"{where}: paid in the future")
    if label["promised_date"] is not None:
        require(
            iso_day(label["promised_date"], where) >= today,
            f"{where}: promised in the past",
        )
    if label["return_date"] is not None:
        require(
            iso_day(label["return_date"], where) > today,
            f"{where}: back before the auto-reply",
        )
    if label["amount"] is not None or label["currency"] is not None:
        require(
            re.fullmatch(r"\d+\.\d{2}", str(label["amount"])) is not None,
            f"{where}: bad amount",
        )
        require(label["currency"] in {"GBP", "EUR"}, f"{where}: bad currency")
    contact = label["new_contact"]
    if contact is not None:
        require(
            contact == str(contact).lower() and str(contact).lower() in r.body.lower(),
            f"{where}: new_contact not in the text",
        )
    refs = label["invoice_refs"]
    require(isinstance(refs, list), f"{where}: invoice_refs is not a list")
    written = {f"BPS-{m.group(1)}-{m.group(2)}" for m in INVOICE_RE.finditer(r.body)}
    ref_list = [str(x) for x in refs] if isinstance(refs, list) else []
    for ref in ref_list:
        require(re.fullmatch(r"BPS-\d{4}-\d{4}", ref) is not None, f"{where}: bad ref {ref}")
        require(ref[-4:] in r.body, f"{where}: {ref} is not written in the text")
    require(
        written <= set(ref_list),
        f"{where}: invoice numbers in the text missing from invoice_refs: {sorted(written - set(ref_list))}",
    )
    if r.inv:
        require(
            r.amt != "" and re.fullmatch(r"\d+\.\d{2}", r.amt) is not None,
            f"{where}: reminder amount missing",
        )
        require(
            reminder_sent(r).date() > invoice_dates(r.inv)[1],
            f"{where}: reminder sent before the due date",
        )
        require(reminder_sent(r) < r.dt, f"{where}: reminder after the reply")


def check_bounce_spec(b: Bounce) -> None:
    """Rules for a delivery report's labels."""
    where = b.key
    require(b.kind in {"hard", "soft"}, f"{where}: bad kind")
    require(
        re.fullmatch(r"[245]\.\d{1,3}\.\d{1,3}", b.status) is not None,
        f"{where}: bad status",
    )
    mailbox_full = b.status in {"4.2.2", "5.2.2"}
    require(
        (b.kind == "hard") == (b.status.startswith("5") and not mailbox_full),
        f"{where}: kind does not follow the status",
    )
    require(FIRST_DAY <= b.dt.date() <= LAST_DAY, f"{where}: date outside the range")
    require(
        b.sent.date() > invoice_dates(b.inv)[1],
        f"{where}: reminder sent before the due date",
    )


def decoded_texts(msg: EmailMessage) -> list[str]:
    """Every text part of a parsed message, decoded (this is where a bad charset or transfer
    encoding shows up)."""
    texts = []
    for part in msg.walk():
        require(not part.defects, f"part defects {part.defects}")
        for name, value in part.items():
            defects = getattr(value, "defects", ())
            require(not defects, f"header {name} defects {defects}")
            str(value)
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            content = part.get_content()
            require(isinstance(content, str), "text part did not decode to str")
            texts.append(str(content))
    return texts


def parse_back(name: str, data: bytes) -> tuple[EmailMessage, list[str]]:
    """Parse a written file with the modern policy and decode all of it."""
    parsed = message_from_bytes(data, policy=policy.default)
    require(isinstance(parsed, EmailMessage), f"{name}: not parsed as EmailMessage")
    msg = parsed if isinstance(parsed, EmailMessage) else EmailMessage()
    require(not msg.defects, f"{name}: defects {msg.defects}")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        require(msg[header] is not None, f"{name}: no {header}")
    try:
        texts = decoded_texts(msg)
    except CorpusError as exc:
        raise CorpusError(f"{name}: {exc}") from exc
    return msg, texts


def text_found(r: Reply, texts: Sequence[str]) -> bool:
    """Whether the hand-written text survived the round trip."""
    lines = [html.escape(line, quote=False) for line in r.body.split("\n") if line]
    for text in texts:
        if r.body in text or r.body in unflow_body(text):
            return True
        if all(line in text for line in lines):
            return True
    return False


def check_reply_file(r: Reply, name: str, data: bytes) -> None:
    """Checks on a written reply file."""
    msg, texts = parse_back(name, data)
    require(
        text_found(r, texts),
        f"{name} ({r.key}): hand-written text not found after decoding",
    )
    threaded = msg["In-Reply-To"] is not None and msg["References"] is not None
    require(
        threaded == bool(r.inv),
        f"{name}: In-Reply-To/References do not match the thread",
    )
    auto = msg["Auto-Submitted"]
    require(
        auto is None or r.style in NOTICE_STYLES,
        f"{name}: Auto-Submitted on a person's message",
    )


def check_bounce_file(b: Bounce, name: str, data: bytes) -> None:
    """Checks on a written delivery report."""
    _, texts = parse_back(name, data)
    require(
        any(b.rcpt in text for text in texts) or b.rcpt.encode() in data,
        f"{name}: failed recipient not in the report",
    )


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One built message, ready to be written."""

    key: str
    message: Message
    label: dict[str, object]
    check: Callable[[str, bytes], None]


def all_items() -> list[Item]:
    """Build every message."""
    items = []
    for r in REPLIES:
        check_reply_spec(r)
        items.append(Item(r.key, build_reply(r), reply_label(r), partial(check_reply_file, r)))
    for b, build in BOUNCES:
        check_bounce_spec(b)
        items.append(Item(b.key, build(b), bounce_label(b), partial(check_bounce_file, b)))
    keys = [item.key for item in items]
    require(len(set(keys)) == len(keys), "duplicate keys")
    reminded = [r.inv for r in REPLIES if r.inv] + [b.inv for b, _ in BOUNCES]
    repeated = sorted(inv for inv, n in Counter(reminded).items() if n > 1)
    require(not repeated, f"invoice numbers reminded twice: {repeated}")
    for r in REPLIES:
        refs = r.labels.get("invoice_refs", [])
        others = set(reminded) - {r.inv}
        clash = sorted(str(x) for x in refs if x in others) if isinstance(refs, list) else []
        require(not clash, f"{r.key}: cites invoices reminded to another customer: {clash}")
    return items


def shuffle_rank(key: str) -> str:
    """File order: a seeded hash of the key, so a file name says nothing about the label."""
    return hashlib.sha256(f"{SEED}:file:{key}".encode()).hexdigest()


def check_counts(labels: Sequence[Mapping[str, object]]) -> None:
    """12 messages per intent and the agreed language totals; every row has the same keys."""
    expected_keys = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    for label in labels:
        require(
            list(label) == expected_keys,
            f"{label.get('file')}: label keys out of shape",
        )
    intents = Counter(str(label["intent"]) for label in labels)
    langs = Counter(str(label["language"]) for label in labels)
    require(
        all(intents[i] == PER_INTENT for i in INTENTS) and len(intents) == len(INTENTS),
        f"intent counts {dict(intents)}",
    )
    require(dict(langs) == LANG_TOTALS, f"language counts {dict(langs)}")
    cells = Counter((str(label["intent"]), str(label["language"])) for label in labels)
    for intent in INTENTS:
        spread = [cells[intent, lang] for lang in LANGS]
        require(min(spread[1:]) >= 1, f"{intent}: a language is missing")


def count_table(labels: Sequence[Mapping[str, object]]) -> str:
    """The intent-by-language table, as Markdown."""
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


def write_all() -> list[dict[str, object]]:
    """Build, write and check every file; return the label rows in file order."""
    items = sorted(all_items(), key=lambda item: shuffle_rank(item.key))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        item.check(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **item.label})
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    try:
        labels = write_all()
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
