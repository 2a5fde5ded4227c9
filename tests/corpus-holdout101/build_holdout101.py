# ruff: noqa: C901, E501, PLR0912, RUF001
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and currency signs people and their clients really type.
"""Build held-out reply corpus 101: the `h101-NNN.eml` files and `labels.jsonl`.

Every message answers (or reacts to) a payment reminder sent by the receivables mailbox of
Harbourside Office Cleaning. The new text of each message is written by hand below. This script
only adds what a mail client or a mail server would add: the quoted reminder in the client's
layout and language, headers, MIME structure, charsets and transfer encodings. It writes next to
itself, deterministically, wherever it is run from.
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
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, message_from_string, policy
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20281023
PREFIX = "h101"
AR_NAME = "Harbourside Receivables"
AR_ADDR = "receivables@harbourside-clean.example"
AR_DOMAIN = "harbourside-clean.example"
FIRST_DAY = date(2028, 10, 23)
LAST_DAY = date(2028, 11, 17)
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
    "dispute": frozenset(),
    "payment_plan": frozenset(),
    "invoice_request": frozenset(),
    "wrong_contact": frozenset({"new_contact"}),
    "unsubscribe": frozenset(),
    "auto_reply": frozenset({"return_date"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
    "other": frozenset(),
}
INVOICE_RE = re.compile(r"HOC \d{4}-[A-Z]")
AMOUNT_RE = re.compile(r"\d+\.\d{2}")
NBSP = "\u00a0"

# --------------------------------------------------------------------------------------------
# Time zones: UK and central-European time, with the EU/UK summer-time rule
# --------------------------------------------------------------------------------------------

BASE_OFFSET = {"uk": 0, "cet": 1}


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month."""
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    day = first_of_next - timedelta(days=1)
    return day - timedelta(days=(day.weekday() - 6) % 7)


def summer_time(utc: datetime) -> bool:
    """Whether summer time applies at an instant (both zones switch at 01:00 UTC)."""
    start = datetime.combine(last_sunday(utc.year, 3), time(1), tzinfo=UTC)
    end = datetime.combine(last_sunday(utc.year, 10), time(1), tzinfo=UTC)
    return start <= utc < end


def zone_at(utc: datetime, zone: str) -> timezone:
    """The fixed offset of a zone at an instant."""
    hours = BASE_OFFSET[zone] + (1 if summer_time(utc) else 0)
    return timezone(timedelta(hours=hours))


def local_time(text: str, zone: str) -> datetime:
    """Parse 'YYYY-MM-DD HH:MM' as wall-clock time in a zone and attach the right offset."""
    naive = datetime.strptime(text, "%Y-%m-%d %H:%M")
    guess = (naive - timedelta(hours=BASE_OFFSET[zone] + 1)).replace(tzinfo=UTC)
    return naive.replace(tzinfo=zone_at(guess, zone))


def in_zone(moment: datetime, zone: str) -> datetime:
    """The same instant seen on a clock in another zone."""
    utc = moment.astimezone(UTC)
    return utc.astimezone(zone_at(utc, zone))


# --------------------------------------------------------------------------------------------
# Locale tables (what the clients print around a reply)
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
# Gmail web, Apple Mail (desktop and iPhone) and Thunderbird attribution lines.
GMAIL_ATTRIBUTION = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mona} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_DATE = {
    "en": "{wd}, {d} {mon} {y} {HH}:{mm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}


@dataclass(frozen=True)
class OutlookLocale:
    """The words Outlook prints above a quoted message."""

    separator: str
    sender: str
    sent: str
    to: str
    subject: str
    colon: str
    reply_prefix: str
    mobile_sig: str


OUTLOOK = {
    "en": OutlookLocale(
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "RE: ",
        "Get Outlook for Android",
    ),
    "de": OutlookLocale(
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "AW: ",
        "Outlook für Android herunterladen",
    ),
    "fr": OutlookLocale(
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "RE : ",
        "Télécharger Outlook pour Android",
    ),
    "es": OutlookLocale(
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "RE: ",
        "Obtener Outlook para Android",
    ),
    "nl": OutlookLocale(
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "RE: ",
        "Outlook voor Android downloaden",
    ),
    "it": OutlookLocale(
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
IPHONE_SIG = {
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
# The reminder every reply answers (Harbourside's own template, one per language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice {inv}",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel de paiement – facture {inv}",
    "es": "Aviso de pago pendiente – factura {inv}",
    "nl": "Betalingsherinnering – factuur {inv}",
    "it": "Promemoria di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "This is a friendly reminder that the invoice below has passed its due date:\n\n"
        "  Invoice {inv}  |  dated {issued}  |  due {due}  |  {amount}\n\n"
        "If the payment is already on its way, thank you – you can ignore this e-mail, or tell us the date you paid so that we can match it. If something about the invoice or the service isn't right, reply to this message and we will look into it.\n\n"
        "Thank you,\n\n"
        "Accounts Receivable\nHarbourside Office Cleaning Ltd\n3 Chandlers Wharf, Bristol\nreceivables@harbourside-clean.example | 0117 496 0733"
    ),
    "de": (
        "Guten Tag,\n\n"
        "beim Abgleich unserer offenen Posten haben wir festgestellt, dass die folgende Rechnung noch nicht beglichen ist:\n\n"
        "  Rechnung {inv}  |  vom {issued}  |  fällig am {due}  |  {amount}\n\n"
        "Haben Sie die Zahlung bereits veranlasst, danken wir Ihnen; Sie können diese E-Mail dann ignorieren oder uns kurz das Zahlungsdatum nennen, damit wir den Eingang zuordnen können. Stimmt an der Rechnung oder an unserer Leistung etwas nicht, antworten Sie einfach auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nHarbourside Office Cleaning"
    ),
    "fr": (
        "Bonjour,\n\n"
        "D'après nos relevés, la facture ci-dessous a dépassé sa date d'échéance :\n\n"
        "  Facture {inv}  |  du {issued}  |  échéance {due}  |  {amount}\n\n"
        "Si votre règlement est déjà parti, merci ; vous pouvez ignorer ce rappel ou nous indiquer la date du paiement pour que nous puissions le rapprocher. Si quelque chose ne va pas dans la facture ou dans nos prestations, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service Comptabilité Clients\nHarbourside Office Cleaning"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le escribimos porque la factura que figura a continuación ha superado su fecha de vencimiento:\n\n"
        "  Factura {inv}  |  fecha {issued}  |  vence {due}  |  {amount}\n\n"
        "Si el pago ya está en camino, gracias; puede ignorar este correo o indicarnos la fecha en que lo hizo para que podamos conciliarlo. Si hay algo en la factura o en el servicio que no sea correcto, conteste a este mensaje y lo revisaremos.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\nHarbourside Office Cleaning"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Bij het nalopen van onze openstaande posten zagen we dat onderstaande factuur nog niet is voldaan:\n\n"
        "  Factuur {inv}  |  datum {issued}  |  vervaldatum {due}  |  {amount}\n\n"
        "Is de betaling al onderweg, dan hoeft u niets te doen; laat ons gerust de betaaldatum weten, dan kunnen we de betaling sneller koppelen. Klopt er iets niet aan de factuur of aan onze dienstverlening, reageer dan op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nHarbourside Office Cleaning"
    ),
    "it": (
        "Buongiorno,\n\n"
        "vi scriviamo perché la fattura qui sotto risulta ancora aperta oltre la data di scadenza:\n\n"
        "  Fattura {inv}  |  data {issued}  |  scadenza {due}  |  {amount}\n\n"
        "Se il pagamento è già stato disposto, vi ringraziamo: potete ignorare questa e-mail oppure indicarci la data del bonifico, così da poterlo abbinare. Per qualsiasi dubbio sulla fattura o sul servizio basta rispondere a questo messaggio.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nHarbourside Office Cleaning"
    ),
}
DATE_STYLE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a Latin-1 client does to characters it cannot send.
LATIN1_FIXES = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "\u202f": " ",
}


def group_thousands(whole: str, sep: str) -> str:
    """Insert a thousands separator into a string of digits."""
    out = ""
    while len(whole) > 3:
        out = sep + whole[-3:] + out
        whole = whole[:-3]
    return whole + out


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in a language."""
    whole, cents = amount.split(".")
    if currency == "GBP":
        return f"£{group_thousands(whole, ',')}.{cents}"
    if currency == "CHF":
        return f"CHF {group_thousands(whole, chr(39))}.{cents}"
    if lang == "en":
        return f"€{group_thousands(whole, ',')}.{cents}"
    if lang == "fr":
        return f"{group_thousands(whole, NBSP)},{cents}{NBSP}€"
    if lang in {"nl", "it"}:
        return f"€ {group_thousands(whole, '.')},{cents}"
    return f"{group_thousands(whole, '.')},{cents} €"


def latin1_safe(text: str) -> str:
    """Replace the characters a Latin-1 client cannot encode."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def date_fields(lang: str, moment: datetime) -> dict[str, str]:
    """Everything a localised date template may ask for."""
    weekday, month = moment.weekday(), moment.month - 1
    return {
        "wd": WEEKDAYS[lang].split()[weekday],
        "wda": WEEKDAYS_ABBR[lang].split()[weekday],
        "mon": MONTHS[lang].split()[month],
        "mona": MONTHS_ABBR[lang].split()[month],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "HH": f"{moment.hour:02d}",
        "H": str(moment.hour),
        "mm": f"{moment.minute:02d}",
    }


def localise(template: str, lang: str, moment: datetime, **extra: str) -> str:
    """Fill a date template for a language."""
    return template.format(**date_fields(lang, moment), **extra)


def working_day_before(day: date, days: int) -> date:
    """Step back a number of days, then back again over a weekend."""
    day -= timedelta(days=days)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def reminder_sent(key: str, reply_day: date, days_before: int) -> datetime:
    """When the reminder went out: a working day before the reply, just after nine in Bristol."""
    day = working_day_before(reply_day, days_before)
    minute = 1 + digest(key, "sent")[0] % 9
    return local_time(f"{day.isoformat()} 09:{minute:02d}", "uk")


def reminder_text(lang: str, inv: str, amount: str, currency: str, sent: date) -> str:
    """The reminder body as Harbourside sent it."""
    due = sent - timedelta(days=7)
    issued = due - timedelta(days=14)
    fields_due = date_fields(lang, datetime.combine(due, time(0)))
    fields_issued = date_fields(lang, datetime.combine(issued, time(0)))
    return REMINDER_BODY[lang].format(
        inv=inv,
        amount=money(amount, currency, lang),
        due=DATE_STYLE[lang].format(**fields_due),
        issued=DATE_STYLE[lang].format(**fields_issued),
    )


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


# --------------------------------------------------------------------------------------------
# Ids, hashes and header encoding
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key, salted per use."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, length: int) -> str:
    """Upper-case base32 characters derived from a key."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


def uuid_like(key: str, salt: str) -> str:
    """A UUID-shaped upper-case hex string derived from a key."""
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def reminder_msgid(key: str) -> str:
    """The Message-ID of the reminder a message answers."""
    return f"<reminder.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


Q_SAFE = re.compile(r"[A-Za-z0-9!*+\-/]")


def q_chunk(char: str, charset: str) -> str:
    """One character in RFC 2047 Q encoding."""
    if char == " ":
        return "_"
    if Q_SAFE.fullmatch(char):
        return char
    return "".join(f"={b:02X}" for b in char.encode(charset))


def encoded_words(text: str, charset: str, mode: str, label: str) -> str:
    """RFC 2047 encoded words, short enough to start on the header line, separated by spaces."""
    head = f"=?{label}?{mode}?"
    words: list[str] = []
    chars: list[str] = []

    def render(part: list[str]) -> str:
        raw = "".join(part)
        if mode == "B":
            return head + base64.b64encode(raw.encode(charset)).decode() + "?="
        return head + "".join(q_chunk(c, charset) for c in raw) + "?="

    for char in text:
        if chars and len(render([*chars, char])) > 62:
            words.append(render(chars))
            chars = []
        chars.append(char)
    if chars:
        words.append(render(chars))
    return " ".join(words)


# How each client family writes encoded words: (mode, charset label spelling).
HEADER_STYLE = {
    "outlook": ("B", "utf-8"),
    "gmail": ("Q", "UTF-8"),
    "apple": ("Q", "utf-8"),
    "thunderbird": ("Q", "UTF-8"),
    "server": ("Q", "utf-8"),
}


def header_value(value: str, charset: str, family: str) -> str:
    """A header value as a client sends it: raw when ASCII, otherwise encoded words."""
    if value.isascii():
        return value
    mode, label = HEADER_STYLE[family]
    if charset == "utf-8":
        return encoded_words(value, "utf-8", mode, label)
    name = {"iso-8859-1": "iso-8859-1", "windows-1252": "Windows-1252"}[charset]
    return encoded_words(value, charset, "Q", name)


def address_value(name: str, addr: str, charset: str, family: str) -> str:
    """A From/To/Cc value with the display name encoded when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset, family)} <{addr}>"


# --------------------------------------------------------------------------------------------
# Text helpers and MIME parts
# --------------------------------------------------------------------------------------------


def quote_lines(text: str) -> str:
    """Prefix every line with '> ' (a bare '>' on empty lines)."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Escape text and turn its line breaks into <br>."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Escape text and wrap each paragraph in <p>."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Escape text as Word's MsoNormal paragraphs, one per line."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


def flowed(text: str, width: int = 76) -> str:
    """Wrap text as format=flowed (RFC 3676): soft breaks end in a space."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        marks = len(line) - len(line.lstrip(">"))
        rest = line[marks:].rstrip(" ")
        if marks and not rest:
            out.append(">" * marks)
            continue
        if marks:
            prefix = ">" * marks + " "
            rest = rest.removeprefix(" ")
        else:
            prefix = " " if rest.startswith((" ", "From ")) else ""
        while len(prefix) + len(rest) > width:
            cut = rest.rfind(" ", 0, width - len(prefix))
            if cut <= 0:
                break
            out.append(prefix + rest[: cut + 1])
            rest = rest[cut + 1 :]
        out.append(prefix + rest)
    return "\n".join(out)


CTE_CODES = {"qp": email_charset.QP, "b64": email_charset.BASE64, "8bit": None}


def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    """A text/* part in a charset and transfer encoding a client would choose."""
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    if cte == "7bit":
        text.encode("ascii")
        part = MIMENonMultipart("text", subtype, charset=charset)
        part.set_payload(text)
        part["Content-Transfer-Encoding"] = "7bit"
        return part
    chosen = email_charset.Charset(charset)
    chosen.body_encoding = CTE_CODES[cte]  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def alternative(plain: str, markup: str, charset: str, cte: str) -> MIMEMultipart:
    """A multipart/alternative with a plain and an HTML rendering."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", charset, cte))
    outer.attach(text_part(markup, "html", charset, cte))
    return outer


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
    zone: str
    style: str
    body: str
    labels: Mapping[str, object]
    inv: str = ""
    amount: str = "0.00"
    currency: str = ""
    rlang: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    cc: tuple[str, str] | None = None
    thread: bool = True
    days_before: int = 1

    @property
    def moment(self) -> datetime:
        """The Date: of the message, with the sender's offset."""
        return local_time(self.when, self.zone)

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def money_currency(self) -> str:
        """The currency the customer is billed in."""
        return self.currency or ("GBP" if self.zone == "uk" else "EUR")


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def make_quote(r: Reply) -> Quote:
    """Build the quoted reminder in the sender's zone, language and charset."""
    sent = in_zone(reminder_sent(r.key, r.moment.date(), r.days_before), r.zone)
    text = reminder_text(r.reminder_lang, r.inv, r.amount, r.money_currency, sent.date())
    subject = reminder_subject(r.reminder_lang, r.inv)
    if r.charset == "iso-8859-1":
        text, subject = latin1_safe(text), latin1_safe(subject)
    name, addr = r.who
    to = f"{name} <{addr}>" if name else addr
    return Quote(text, subject, sent, r.lang, to)


# --------------------------------------------------------------------------------------------
# Client layouts: what each client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    """Outlook's From/Sent/To/Subject rows above a quoted message."""
    loc = OUTLOOK[q.lang]
    return [
        (loc.sender, f"{AR_NAME} <{AR_ADDR}>"),
        (loc.sent, localise(OUTLOOK_DATE[q.lang], q.lang, q.sent)),
        (loc.to, q.to),
        (loc.subject, q.subject),
    ]


def outlook_block(q: Quote) -> str:
    """The rows as plain text."""
    colon = OUTLOOK[q.lang].colon
    return "\n".join(f"{label}{colon}{value}" for label, value in outlook_rows(q))


def word_html(r: Reply, q: Quote) -> str:
    """Outlook's Word-generated HTML: the reply, the divider div, the header rows, the reminder."""
    colon = OUTLOOK[q.lang].colon.rstrip()
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(colon)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang].upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{rows}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised '-----Original Message-----' block."""
    text = f"{r.body}\n\n{OUTLOOK[q.lang].separator}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative with Word markup."""
    plain = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(plain, word_html(r, q), r.charset, r.cte)


def style_html_only(r: Reply, q: Quote) -> Message:
    """Outlook sending only its Word HTML."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64 with the localised app footer."""
    text = f"{r.body}\n\n{OUTLOOK[q.lang].mobile_sig}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's 'On ... wrote:' line in the sender's language."""
    return localise(GMAIL_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's attribution line in the sender's language."""
    return localise(APPLE_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative with the gmail_quote blockquote."""
    attribution = gmail_attribution(q)
    plain = f"{r.body}\n\n{attribution}\n\n{quote_lines(q.text)}\n"
    body_html = "".join(
        f"<div>{html.escape(line, quote=False) or '<br>'}</div>" for line in r.body.split("\n")
    )
    markup = (
        f'<div dir="ltr">{body_html}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(plain, markup, r.charset, r.cte)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution."""
    text = f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac: multipart/alternative with a cite blockquote."""
    attribution = apple_attribution(q)
    plain = f"{r.body}\n\n{attribution}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f"{html_lines(r.body)}"
        '<br id="lineBreakAtBeginningOfMessage"><div><br><blockquote type="cite">'
        f'<div>{html.escape(attribution, quote=False)}</div><br class="Apple-interchange-newline">'
        f"<div>{html_paragraphs(q.text)}</div></blockquote></div><br></body></html>\n"
    )
    return alternative(plain, markup, r.charset, r.cte)


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: plain text, localised signature, attribution quoted with the reminder."""
    quoted = quote_lines(f"{apple_attribution(q)}\n\n{q.text}")
    return text_part(f"{r.body}\n\n{IPHONE_SIG[q.lang]}\n\n{quoted}\n", "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text with its attribution line."""
    attribution = localise(THUNDERBIRD_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME)
    part = text_part(
        flowed(f"{r.body}\n\n{attribution}\n{quote_lines(q.text)}\n"),
        "plain",
        r.charset,
        r.cte,
    )
    part.set_param("format", "flowed")
    return part


def style_none(r: Reply, q: Quote) -> Message:
    """An automatic notice: the text alone, nothing quoted."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_advice(r: Reply, q: Quote) -> Message:
    """An accounts-payable system's remittance advice: plain plus a monospaced HTML copy."""
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        '<body><table cellpadding="8" style="border:1px solid #999999"><tr><td>'
        f"<pre style=\"font-family:Consolas,'Courier New',monospace;font-size:10pt\">{html.escape(r.body, quote=False)}</pre>"
        "</td></tr></table></body></html>\n"
    )
    return alternative(r.body + "\n", markup, r.charset, r.cte)


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
    "none": style_none,
    "advice": style_advice,
}
FAMILY = {
    "outlook": "outlook",
    "outlook_html": "outlook",
    "html_only": "outlook",
    "android": "outlook",
    "gmail": "gmail",
    "gmail_plain": "gmail",
    "apple": "apple",
    "iphone": "apple",
    "thunderbird": "thunderbird",
    "none": "server",
    "advice": "server",
}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22D82)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def message_id(r: Reply) -> str:
    """A Message-ID shaped like the client's own, derived from the key."""
    domain = r.who[1].split("@")[1]
    family = FAMILY[r.style]
    if family == "gmail":
        tail = base64.urlsafe_b64encode(digest(r.key, "msgid")).decode().rstrip("=")[:42]
        return f"<CA+{tail}@mail.gmail.com>"
    if family == "outlook":
        h = digest(r.key, "host")
        number = 1000 + int.from_bytes(h[2:4], "big") % 9000
        if r.zone == "uk":
            server = f"LO{h[0] % 9 + 1}P265MB{number}"
            host = f"{server}.GBRP265.PROD.OUTLOOK.COM"
        else:
            pod = h[1] % 9 + 1
            server = f"{('AM', 'DB', 'VI', 'PA', 'FR')[h[0] % 5]}{h[0] % 9 + 1}PR0{pod}MB{number}"
            host = f"{server}.eurprd0{pod}.prod.outlook.com"
        return f"<{server}{digest(r.key, 'msgid').hex().upper()[:28]}@{host}>"
    if family == "apple":
        return f"<{uuid_like(r.key, 'msgid')}@{domain}>"
    if family == "thunderbird":
        return f"<{uuid_like(r.key, 'msgid').lower()}@{domain}>"
    return f"<{digest(r.key, 'msgid').hex()[:26]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject the client writes."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if FAMILY[r.style] == "outlook":
        return OUTLOOK[q.lang].reply_prefix + q.subject
    return "Re: " + q.subject


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def strip_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (and of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        enclosed = part.get_content_type() == "message/rfc822"
        for sub in part.get_payload():
            if isinstance(sub, Message):
                strip_inner_versions(sub, top=enclosed)


BOUNDARY_SHAPES: dict[str, Callable[[str, int], str]] = {
    "gmail": lambda key, n: "000000000000" + digest(key, f"b{n}").hex()[:12],
    "outlook": lambda key, n: f"_00{n}_{b32(key, f'b{n}', 30)}_",
    "apple": lambda key, n: f"Apple-Mail={uuid_like(key, f'b{n}')}",
    "thunderbird": lambda key, n: "------------" + b32(key, f"b{n}", 24),
    "server": lambda key, n: f"----=_Part_{int.from_bytes(digest(key, f'b{n}')[:4], 'big')}_{n}",
}


def fix_boundaries(msg: Message, key: str, family: str) -> None:
    """Deterministic boundaries, shaped like the client's own."""
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(BOUNDARY_SHAPES[family](key, n))


def finalize(msg: Message, key: str, family: str) -> Message:
    """Tidy the header order, the inner MIME-Version headers and the boundaries."""
    content_headers_last(msg)
    strip_inner_versions(msg)
    fix_boundaries(msg, key, family)
    return msg


def build_reply(r: Reply) -> Message:
    """Wrap a hand-written reply the way its client sends it."""
    q = make_quote(r)
    family = FAMILY[r.style]
    msg = STYLES[r.style](r, q)
    msg["From"] = address_value(*r.who, r.charset, family)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc is not None:
        msg["Cc"] = address_value(*r.cc, r.charset, family)
    msg["Subject"] = header_value(reply_subject(r, q), r.charset, family)
    msg["Date"] = format_datetime(r.moment)
    msg["Message-ID"] = message_id(r)
    if r.thread:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    if family == "outlook":
        msg["Thread-Topic"] = header_value(q.subject, r.charset, family)
        msg["Thread-Index"] = base64.b64encode(digest(r.key, "thread")[:22]).decode()
        msg["Content-Language"] = CONTENT_LANGUAGE[r.lang]
        msg["X-MS-Has-Attach"] = ""
        msg["X-MS-TNEF-Correlator"] = ""
    for name, value in (*STYLE_HEADERS.get(r.style, ()), *r.headers):
        msg[name] = value
    return finalize(msg, r.key, family)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gary Pike", "gary@pikeplumbingsupplies.example"),
        "2028-11-07 18:41",
        "uk",
        "iphone",
        "Paid.",
        lab(note="one-word reply from a phone; no date given"),
        inv="HOC 4861-A",
        amount="318.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        (
            "Meridian Freight plc – Accounts Payable",
            "ap-noreply@meridianfreight.example",
        ),
        "2028-10-31 06:12",
        "uk",
        "advice",
        "REMITTANCE ADVICE\n\n"
        "Payer:            Meridian Freight plc, Accounts Payable, Avonmouth\n"
        "Payee:            Harbourside Office Cleaning Ltd\n"
        "Supplier no.:     V-200734\n"
        "Payment no.:      0000418821\n"
        "Payment date:     31/10/2028\n"
        "Payment method:   BACS\n\n"
        "Invoice ref.      Invoice date      Amount GBP\n"
        "HOC 4460-A        12/09/2028          1,218.00\n"
        "HOC 4471-A        19/09/2028            406.00\n"
        "                                    ----------\n"
        "Total paid                            1,624.00\n\n"
        "Funds should reach your account within three working days. This advice was produced automatically by our payments system and this mailbox is not monitored. Queries to payables@meridianfreight.example, quoting your supplier number.",
        lab(
            ("HOC 4460-A", "HOC 4471-A"),
            note="remittance advice from an AP system; quotes nothing; the total covers both invoices",
            paid_date="2028-10-31",
            payment_reference="0000418821",
            amount="1624.00",
            currency="GBP",
        ),
        subject="Remittance Advice – Payment No. 0000418821",
        headers=(AUTO_GENERATED, SUPPRESS, ("X-Mailer", "SAP NetWeaver 7.50")),
        thread=False,
        cte="qp",
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Tanya Rowe", "reception@cliftonwooddental.example"),
        "2028-10-24 11:26",
        "uk",
        "outlook_html",
        "Morning,\n\nWe paid this one on Friday 20th, along with September's – it should be showing on your side by now.\n\nCould you email me a copy of the invoice all the same? The practice manager wants it for the audit file and ours seems to have gone walkabout.\n\nMany thanks,\nTanya\n\nTanya Rowe\nReception & Admin\nCliftonwood Dental Practice\n0117 496 0254",
        lab(
            note="paid, plus a copy wanted for their own file: the payment claim wins (the copy is not a condition for paying)",
            paid_date="2028-10-20",
        ),
        inv="HOC 4502-C",
        amount="540.00",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Jäger, Marion", "m.jaeger@brandt-oehme-recht.example"),
        "2028-10-30 10:17",
        "cet",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nIhre Rechnung HOC 4512-C haben wir am 27.10.2028 in voller Höhe (1.180,48 EUR) per Überweisung beglichen. Die Bankreferenz lautet 0391-7726-5504.\n\nWir bitten Sie, den Zahlungseingang zu prüfen und den Vorgang in Ihrer Buchhaltung auszubuchen.\n\nMit freundlichen Grüßen\n\nMarion Jäger\nSekretariat / Buchhaltung\n\nBrandt & Oehme Rechtsanwälte PartG mbB\nSpeicherstraße 12, 20457 Hamburg\nTel. 040 6094 3310",
        lab(
            ("HOC 4512-C",),
            note="law firm's secretary, very formal; the payment day is before the clocks changed, the message after",
            paid_date="2028-10-27",
            payment_reference="0391-7726-5504",
            amount="1180.48",
            currency="EUR",
        ),
        inv="HOC 4512-C",
        amount="1180.48",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Sandrine Morel", "sandrine.morel.kine@gmail.com"),
        "2028-11-09 08:15",
        "cet",
        "iphone",
        "C'est fait, virement parti hier soir. Désolée pour le retard !\nSandrine",
        lab(note="'hier soir' is the evening before the message", paid_date="2028-11-08"),
        inv="HOC 4790-B",
        amount="265.00",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Régine Garnier", "compta@ets-garnier.example"),
        "2028-10-31 16:40",
        "cet",
        "thunderbird",
        "Bonjour,\n\nIl doit y avoir une erreur : la facture HOC4390A n'est pas impayée. Nous l'avons réglée par chèque n° 0004518, posté le 26 octobre à l'adresse indiquée sur la facture. Il est peut-être encore en route, ou bien il attend sur un bureau chez vous.\n\nPouvez-vous vérifier de votre côté avant de nous relancer à nouveau ?\n\nCordialement,\n\nRégine Garnier\nÉtablissements Garnier – Matériel médical\nRouen",
        lab(
            ("HOC 4390-A",),
            note="a cheque already posted is a payment sent; the cheque number is the reference; 'HOC4390A' normalised",
            paid_date="2028-10-26",
            payment_reference="0004518",
        ),
        inv="HOC 4390-A",
        amount="712.80",
        cte="8bit",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Lucía Ferrer", "lferrer@academiaparnaso.example"),
        "2028-11-14 09:02",
        "cet",
        "android",
        "Buenos días, ya está pagada. Hicimos la transferencia ayer por la tarde, perdonad el retraso.\n\nLucía",
        lab(paid_date="2028-11-13"),
        inv="HOC 4922-D",
        amount="389.40",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Ana Belén Soler", "contabilidad@gilevante.example"),
        "2028-11-06 12:48",
        "cet",
        "outlook_html",
        "Buenos días:\n\nLes informamos de que el pasado 3 de noviembre se ordenó la transferencia correspondiente a las facturas HOC 4533-B y HOC 4541-B, por un importe total de 2.347,90 €. La referencia de la orden es TRF-28-110342.\n\nLes rogamos que comprueben la recepción y que, si hubiera cualquier diferencia, nos lo indiquen en esta misma dirección.\n\nUn cordial saludo,\n\nAna Belén Soler\nDepartamento de Contabilidad\nGrupo Inmobiliario Levante, S.L.\nTel. 963 41 27 80",
        lab(
            ("HOC 4533-B", "HOC 4541-B"),
            note="transfer ordered on a named past day: sent; the amount is the total of both invoices",
            paid_date="2028-11-03",
            payment_reference="TRF-28-110342",
            amount="2347.90",
            currency="EUR",
        ),
        inv="HOC 4533-B",
        amount="1402.50",
        charset="windows-1252",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Ilse", "kapsalon.ilse@gmail.com"),
        "2028-10-26 21:10",
        "cet",
        "iphone",
        "is gisteren betaald hoor sorry voor de vertraging",
        lab(
            note="no capitals or punctuation; 'gisteren' is the day before the message",
            paid_date="2028-10-25",
        ),
        inv="HOC 4655-A",
        amount="148.50",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        (
            "Crediteurenadministratie Van Dijk Installatietechniek",
            "noreply-crediteuren@vandijk-installatie.example",
        ),
        "2028-11-02 05:30",
        "cet",
        "advice",
        "BETAALADVIES\n\n"
        "Geachte relatie,\n\n"
        "Hierbij ontvangt u de specificatie van onze betaling aan Harbourside Office Cleaning.\n\n"
        "Betaaldatum:          02-11-2028\n"
        "Betalingskenmerk:     1000 2234 5567 8890\n"
        "Leveranciersnummer:   40217\n\n"
        "Factuurnummer    Factuurdatum    Bedrag\n"
        "HOC 4588-D       29-09-2028      EUR 1.512,50\n\n"
        "Totaal betaald:                  EUR 1.512,50\n\n"
        "Dit bericht is automatisch aangemaakt. Antwoorden op dit adres worden niet gelezen.",
        lab(
            ("HOC 4588-D",),
            note="payment advice generated by the customer's AP system; quotes nothing",
            paid_date="2028-11-02",
            payment_reference="1000 2234 5567 8890",
            amount="1512.50",
            currency="EUR",
        ),
        subject="Betaaladvies 02-11-2028 / leverancier 40217",
        headers=(AUTO_GENERATED,),
        thread=False,
        charset="iso-8859-1",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Studio Dentistico Bassi", "segreteria@studiobassi-dentisti.example"),
        "2028-11-10 11:20",
        "cet",
        "gmail",
        "Buongiorno,\n\nabbiamo fatto il bonifico stamattina, CRO 1101286543210987. Appena la banca ci manda la contabile ve la inoltriamo.\n\nBuona giornata,\nGiulia\nSegreteria – Studio Dentistico Dr. Bassi",
        lab(
            note="'stamattina' is the message date; the CRO is the bank's transfer reference",
            paid_date="2028-11-10",
            payment_reference="1101286543210987",
        ),
        inv="HOC 4811-B",
        amount="620.00",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Massimo Conti", "m.conti@ferramentaconti.example"),
        "2028-10-25 08:03",
        "cet",
        "android",
        "GIA PAGATA IL 20/10 INSIEME A QUELLA DI SETTEMBRE. CONTROLLATE MEGLIO\n\nM. CONTI",
        lab(
            note="all caps, no accent on 'già'; '20/10' read in the Italian order, day first",
            paid_date="2028-10-20",
        ),
        inv="HOC 4597-B",
        amount="233.70",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Hannah Okafor", "hannah.okafor@quaysidearchitects.example"),
        "2028-11-03 15:48",
        "uk",
        "outlook_html",
        "Hi,\n\nI'm away all of next week, so I wanted to get this off my desk before I go. It was approved this afternoon and it's in Thursday's payment run – you should see it in your account by Friday.\n\nIf anything comes up while I'm out, Dev Malhotra in our office can help on 0117 496 0391.\n\nThanks for your patience,\nHannah\n\nHannah Okafor | Office Manager\nQuayside Architects LLP",
        lab(
            note="a person writes; the subject says 'out of office' but nothing is automatic; 'approved … in Thursday's payment run' is a promise for Thu 9 Nov",
            promised_date="2028-11-09",
        ),
        inv="HOC 5120-C",
        amount="1095.00",
        subject="Out of office next week – HOC 5120-C",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Neil Faraday", "neil@faradaydesignstudio.example"),
        "2028-11-10 22:37",
        "uk",
        "gmail_plain",
        "Hi there,\n\nSorry, I've been meaning to reply to this all week and it kept sliding down the list. It's been a strange month here – we lost a big pitch, one of the designers is off with her back, and the landlord has decided to redo the stairwell, so there's plaster dust on everything, which I suppose makes your team's life harder too (tell Bogdan he's doing a heroic job with it, by the way).\n\nOn the invoice: yes, I know it's late. The honest answer is that our biggest client pays us on a Wednesday and the money always lands the day after, so I'll transfer the £870 next Thursday, first thing. I won't forget, it's on a sticky note on my monitor.\n\nWhile I have you – is it still OK for the cleaners to skip the back studio on Tuesdays? We've got models drying in there until Christmas and I'd hate to lose one to a mop.\n\nCheers,\nNeil",
        lab(
            note="the promise is buried in the middle of a long reply; 'next Thursday' written on Friday 10 Nov",
            promised_date="2028-11-16",
            amount="870.00",
            currency="GBP",
        ),
        inv="HOC 4977-A",
        amount="870.00",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Marco Bellini", "marco@marcosdeli.example"),
        "2028-10-25 13:02",
        "uk",
        "android",
        "SORRY NOT PAID YET. WILL SORT IT END OF THE MONTH WHEN WAGES ARE DONE\n\nMARCO",
        lab(
            note="all caps; 'not paid yet' followed by a dated promise; end of the month is 31 Oct",
            promised_date="2028-10-31",
        ),
        inv="HOC 4601-B",
        amount="214.00",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Schulte, Birgit", "kreditoren@nordhafen-logistik.example"),
        "2028-11-02 14:05",
        "cet",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung HOC 4744-B wurde inzwischen sachlich und rechnerisch freigegeben und ist für unseren Zahllauf in KW 46 vorgesehen.\n\nMit freundlichen Grüßen\ni. A. Birgit Schulte\nKreditorenbuchhaltung\n\nNordhafen Logistik GmbH\nAmtsgericht Bremen HRB 31877 HB",
        lab(
            ("HOC 4744-B",),
            note="'freigegeben' is past tense for a future payment; 'KW 46' is the week of Mon 13 Nov, labelled with its Monday as for 'next week'",
            promised_date="2028-11-13",
        ),
        inv="HOC 4744-B",
        amount="2864.10",
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Reto Ammann", "r.ammann@ammann-treuhand.example"),
        "2028-11-10 17:55",
        "cet",
        "apple",
        "Grüezi\n\nNein, bezahlt ist sie noch nicht – das ist bei mir liegen geblieben, sorry. Ich überweise den Betrag nächsten Donnerstag, wenn die Honorare unserer Mandanten eingegangen sind.\n\nFreundliche Grüsse\nReto Ammann\n\nAmmann Treuhand AG\nGellertstrasse 41, 4052 Basel",
        lab(
            note="Swiss sender billed in CHF; a negation ('noch nicht') then a promise; 'nächsten Donnerstag' from Friday 10 Nov",
            promised_date="2028-11-16",
        ),
        inv="HOC 4898-A",
        amount="1240.00",
        currency="CHF",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Philippe Marchand", "p.marchand@marchand-avocats.example"),
        "2028-11-13 10:31",
        "cet",
        "outlook",
        "Bonjour,\n\nVotre facture a été validée par l'associé gérant ; elle partira avec le virement groupé de fin de mois.\n\nBien à vous,\n\nPhilippe Marchand\nResponsable administratif\nMarchand & Associés – Avocats au barreau de Lyon",
        lab(
            note="past-tense 'validée' for a future payment; 'fin de mois' is the last day of the month",
            promised_date="2028-11-30",
        ),
        inv="HOC 4833-C",
        amount="980.00",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Javi Robles", "javi.robles.fisio@gmail.com"),
        "2028-10-24 20:14",
        "cet",
        "iphone",
        "Hola! perdona, se me pasó por completo. La pago a finales de mes sin falta 🙏",
        lab(note="'a finales de mes' is 31 Oct", promised_date="2028-10-31"),
        inv="HOC 4577-A",
        amount="296.45",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Marta Quintana Ruiz", "mquintana@bufete-quintana.example"),
        "2028-11-06 09:46",
        "cet",
        "outlook_html",
        "Estimados señores:\n\nLes confirmo que la factura HOC 4602-A ya está aprobada y se abonará el día 15 junto con los pagos al resto de proveedores.\n\nAtentamente,\n\nMarta Quintana Ruiz\nAdministración\nBufete Quintana & Asociados\nMadrid",
        lab(
            ("HOC 4602-A",),
            note="'está aprobada' describes a future payment; 'el día 15' is the next 15th",
            promised_date="2028-11-15",
        ),
        inv="HOC 4602-A",
        amount="1150.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Fleur de Wit", "fleur@buurtwerk-oost.example"),
        "2028-10-27 16:20",
        "cet",
        "gmail",
        "Hoi,\n\nExcuses, we lopen een beetje achter met de administratie. We betalen de factuur over twee weken, dan komt de subsidie van de gemeente binnen.\n\nGroetjes,\nFleur\nStichting Buurtwerk Oost",
        lab(
            note="'over twee weken' is 14 days after the message",
            promised_date="2028-11-10",
        ),
        inv="HOC 4668-D",
        amount="455.00",
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Willem Bakker", "w.bakker@bakkerfysiotherapie.example"),
        "2028-11-08 13:03",
        "cet",
        "thunderbird",
        "Goedemiddag,\n\nDe factuur staat ingepland voor betaling op 15-11. Het bedrag van EUR 384,00 wordt dan in één keer overgemaakt.\n\nMet vriendelijke groet,\n\nWillem Bakker\nBakker Fysiotherapie",
        lab(
            note="'15-11' in the Dutch order; a Latin-1 client, so EUR instead of the euro sign",
            promised_date="2028-11-15",
            amount="384.00",
            currency="EUR",
        ),
        inv="HOC 4874-B",
        amount="384.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Chiara Ferri", "amministrazione@ferri-immobiliare.example"),
        "2028-11-16 09:12",
        "cet",
        "outlook",
        "Buongiorno,\n\nscusate il ritardo, provvederemo al saldo entro fine mese.\n\nCordiali saluti\nChiara Ferri\nFerri Immobiliare s.r.l.",
        lab(note="'entro fine mese' is 30 Nov", promised_date="2028-11-30"),
        inv="HOC 4953-A",
        amount="715.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Luca Moretti", "luca.moretti@moretticommercialisti.example"),
        "2028-11-08 15:26",
        "cet",
        "gmail",
        "Buongiorno,\n\nla fattura HOC 4880-B è stata approvata ieri e inserita nella distinta del 15/11, quindi il bonifico partirà quel giorno.\n\nSaluti,\nLuca Moretti\nStudio Moretti – Commercialisti associati",
        lab(
            ("HOC 4880-B",),
            note="past tense ('approvata', 'inserita') for a future payment; '15/11' day first",
            promised_date="2028-11-15",
        ),
        inv="HOC 4880-B",
        amount="1064.00",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Susan Whitlock", "practice.manager@lawrencehillsurgery.example"),
        "2028-10-26 12:15",
        "uk",
        "outlook",
        "Hello,\n\nWe've paid £360.00 today for the regular contract cleaning on HOC 4417-B. We are not paying the remaining £145.00 for the 'deep clean of treatment rooms' on 28 September: we never asked for it, and our reception log shows nobody from Harbourside came in that day.\n\nIf you think we're wrong, send me the signed job sheet and I'll look at it again.\n\nRegards,\nSusan Whitlock\nPractice Manager\nLawrence Hill Surgery",
        lab(
            ("HOC 4417-B",),
            note="part paid, the rest disputed: dispute wins over the payment claim",
        ),
        inv="HOC 4417-B",
        amount="505.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Craig Dunmore", "craig@dunmoremotors.example"),
        "2028-11-01 08:52",
        "uk",
        "gmail",
        "We have NOT paid this because the showroom windows haven't been touched since the end of August, and I've rung your office three times about it. Nobody calls back.\n\nGet the windows done and get someone to ring me, then we'll talk about the invoice.\n\nCraig Dunmore\nDunmore Motors",
        lab(note="emphatic negation with the reason: service not delivered"),
        inv="HOC 4745-A",
        amount="620.00",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Karen Mbeki", "karen.mbeki@avonside-council.example"),
        "2028-11-14 10:02",
        "uk",
        "outlook_html",
        "Dear Sir or Madam,\n\nInvoice HOC 4630-C – Netham Lane Depot\n\nThe Council does not accept this invoice in its current form. Contract variation no. 3 (ref. ADC/FM/2027/114), effective from 1 September 2028, removed washroom services at the Netham Lane Depot from the scope of the contract. The invoice still charges for them in full for September.\n\nPlease issue a credit note for the washroom element and a revised invoice for the remaining services. The revised invoice will be paid within the contract's 30-day terms once received.\n\nYours faithfully,\n\nKaren Mbeki\nContracts Officer, Facilities Management\nAvonside District Council",
        lab(
            ("HOC 4630-C",),
            note="credit note and revised invoice asked for because the amount is contested: dispute, not invoice_request",
        ),
        inv="HOC 4630-C",
        amount="3412.00",
        headers=(SUPPRESS,),
        cte="b64",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Katrin Vogel", "k.vogel@vogel-optik.example"),
        "2028-11-07 09:34",
        "cet",
        "gmail",
        "Hallo,\n\ndie HOC 4555-A ist doppelt: Die Fensterreinigung vom 12.09. haben Sie uns schon mit der HOC 4519-A berechnet, und die haben wir im Oktober bezahlt. Bitte stornieren Sie die zweite Rechnung.\n\nViele Grüße\nKatrin Vogel\nVogel Optik, Lübeck",
        lab(
            ("HOC 4555-A", "HOC 4519-A"),
            note="duplicate billing; the payment mentioned is of the earlier invoice, not of this one",
        ),
        inv="HOC 4555-A",
        amount="186.00",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Thomas Reuter", "t.reuter@reuter-ingenieure.example"),
        "2028-10-27 15:40",
        "cet",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nzur o. g. Rechnung müssen wir leider widersprechen. Laut Vertrag werden die Sanitärräume im 3. OG arbeitstäglich gereinigt. Im September ist das nach unseren Aufzeichnungen an mindestens sechs Tagen (4., 5., 11., 18., 19. und 26.09.) nicht geschehen; wir haben das jeweils noch am selben Tag Ihrer Objektleiterin gemeldet.\n\nWir werden den Rechnungsbetrag daher um die anteiligen Kosten dieser Tage kürzen. Bitte senden Sie uns eine entsprechend korrigierte Rechnung oder eine Gutschrift.\n\nMit freundlichen Grüßen\n\nThomas Reuter\nBüroleitung\nReuter Ingenieure GmbH",
        lab(note="service missed on named days; the amount will be cut"),
        inv="HOC 4590-B",
        amount="1326.00",
        charset="windows-1252",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Nathalie Lefèvre", "n.lefevre@horizon-immo.example"),
        "2028-11-15 14:22",
        "cet",
        "outlook_html",
        "Bonjour,\n\nLe taux horaire appliqué sur cette facture (38 € HT) ne correspond pas à celui de notre contrat, signé en janvier à 34 € HT de l'heure. Sur 38 heures, cela fait une différence de 152 € HT.\n\nMerci de nous adresser une facture rectifiée ; nous la réglerons dès réception.\n\nCordialement,\n\nNathalie Lefèvre\nAssistante de direction\nAgence Horizon Immobilier",
        lab(
            note="rate disagreement; the corrected invoice is asked for because the amount is contested"
        ),
        inv="HOC 5031-A",
        amount="1444.00",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Olivier Petit", "olivier.petit@petit-geometre.example"),
        "2028-10-23 17:05",
        "cet",
        "thunderbird",
        "Bonjour,\n\nJe ne comprends pas cette relance. Nous avons résilié le contrat de nettoyage des vitres par lettre recommandée du 12 juillet, avec effet au 30 septembre. Or cette facture porte sur le mois d'octobre.\n\nNous ne la paierons pas. Merci de l'annuler et de mettre à jour votre fichier client.\n\nOlivier Petit\nGéomètre-expert",
        lab(note="billed after the contract ended"),
        inv="HOC 4525-D",
        amount="390.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Raquel Domínguez", "raquel@dominguez-arquitectura.example"),
        "2028-11-09 10:10",
        "cet",
        "gmail_plain",
        "Hola,\n\nNo vamos a pagar esta factura. En septiembre la oficina estuvo cerrada por obras del 4 al 22, y así se lo dijimos a vuestra encargada, Pilar, por teléfono y por escrito. Nos estáis cobrando el mes entero.\n\nMandadme una factura con los días que realmente se limpió y la pagamos.\n\nRaquel",
        lab(
            note="a month billed in full while the office was shut; the payment offered depends on a corrected invoice"
        ),
        inv="HOC 4899-C",
        amount="640.00",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Jeroen Smit", "j.smit@smit-accountancy.example"),
        "2028-11-13 16:48",
        "cet",
        "outlook",
        "Goedemiddag,\n\nVandaag hebben wij € 410,00 overgemaakt voor het reguliere onderhoud in oktober. Het restant van € 96,80 voor 'extra schoonmaakmiddelen' betalen wij niet: dat is nooit met ons afgesproken en staat ook nergens in het contract.\n\nMet vriendelijke groet,\n\nJeroen Smit\nSmit Accountancy B.V.",
        lab(note="part paid, an extra charge disputed: dispute wins over the payment claim"),
        inv="HOC 4912-A",
        amount="506.80",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Anouk", "anouk@bloemenhuisdelinde.example"),
        "2028-10-30 12:33",
        "cet",
        "iphone",
        "waarom staat er vloeronderhoud op de factuur?? wij hebben alleen tapijt en dat doen jullie niet eens. dit klopt echt niet",
        lab(note="a question that contests a line of the invoice"),
        inv="HOC 4641-B",
        amount="214.50",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Paolo Greco", "p.greco@grecoassicurazioni.example"),
        "2028-11-02 11:57",
        "cet",
        "outlook_html",
        "Buongiorno,\n\nNON abbiamo pagato perché la fattura riporta 22 interventi di pulizia in settembre, ma il servizio previsto dal contratto è di due giorni a settimana (martedì e giovedì): in settembre sono stati 8.\n\nRestiamo in attesa di una nota di credito o di una fattura corretta.\n\nDistinti saluti,\nPaolo Greco\nGreco Assicurazioni - Agenzia di Verona",
        lab(note="capitalised negation with the reason: wrong number of visits"),
        inv="HOC 4703-D",
        amount="1430.00",
        charset="iso-8859-1",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Elena Sartori", "e.sartori@sartori-design.example"),
        "2028-10-24 10:05",
        "cet",
        "gmail",
        "Buongiorno,\n\nvi segnalo che durante la pulizia del 17 ottobre il vostro operatore ha urtato e rotto la lampada da terra della reception (ve l'avevamo già comunicato il giorno stesso, ma nessuno ci ha risposto). Il valore è di € 240.\n\nTratterremo questo importo dalla fattura e pagheremo la differenza di € 540, a meno che la vostra assicurazione non ci rimborsi direttamente.\n\nCordiali saluti,\nElena Sartori",
        lab(note="damage claim set against the invoice; the reduced payment offered is secondary"),
        inv="HOC 4560-A",
        amount="780.00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Jo Whitfield", "jo@whitfieldphysio.example"),
        "2028-11-15 19:20",
        "uk",
        "iphone",
        "Hi, sorry to be a pain. Since the hospital stopped sending referrals it's been really tight here. Would £150 a month be ok, starting 1 December? I'd keep going until it's all cleared. Really sorry. Jo",
        lab(note="hardship and monthly instalments"),
        inv="HOC 4955-B",
        amount="1180.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Martin Greaves", "martin.greaves@greavesandlowe.example"),
        "2028-11-02 11:40",
        "uk",
        "outlook_html",
        "Good morning,\n\nWe can manage £400.00 this week, and I've asked our bookkeeper to send it on Friday. The other £842.60 will have to wait until the end of November, when our quarterly rent has gone out and things settle.\n\nI hope that's acceptable – do tell me if not.\n\nMartin Greaves\nDirector\nGreaves & Lowe Surveyors",
        lab(note="part this week, the rest at the end of the month: payment_plan"),
        inv="HOC 4722-A",
        amount="1242.60",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Kirsty McAllister", "kirsty.mcallister.nails@gmail.com"),
        "2028-10-28 10:14",
        "uk",
        "gmail",
        "any chance of an extra few weeks on this one its been a dead month in the salon, can pay it all mid december if thats ok x",
        lab(note="more time asked for, no punctuation: payment_plan"),
        inv="HOC 4617-C",
        amount="168.00",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Sabine Hartmann", "verwaltung@praxis-koehler.example"),
        "2028-10-31 10:08",
        "cet",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir bitten um Verständnis, dass wir den Rechnungsbetrag derzeit nicht in einer Summe begleichen können. Wäre eine Zahlung in drei Raten à 520,00 EUR möglich? Die erste Rate würden wir zum 15.11. überweisen, die weiteren jeweils zum 15. der Folgemonate.\n\nFür eine kurze Bestätigung wären wir dankbar.\n\nMit freundlichen Grüßen\nSabine Hartmann\nPraxisverwaltung\nPraxis Dr. med. Anja Köhler - Allgemeinmedizin",
        lab(note="instalments proposed; plan dates and amounts are not labelled"),
        inv="HOC 4699-A",
        amount="1560.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Gerd Brinkmann", "gerd.brinkmann@gmx.de"),
        "2028-11-16 20:45",
        "cet",
        "thunderbird",
        "Guten Abend,\n\nich muss mich erst einmal entschuldigen, dass ich mich so spät melde. Im Oktober bin ich am Knie operiert worden, und seitdem läuft im Büro so gut wie nichts – die Post stapelt sich, das Telefon hat meine Tochter übernommen, und mit der Krücke komme ich nicht mal die Treppe zum Büro hoch. Ihre Reinigungskraft hat mir übrigens freundlicherweise die Akten vom Schreibtisch ins Erdgeschoss getragen, dafür noch mal vielen Dank.\n\nZur Rechnung: Die Krankentagegeldversicherung zahlt erst ab Dezember, und bis dahin ist das Konto ziemlich leer. Könnten Sie mir die Rechnung bis Mitte Januar stunden? Dann zahle ich den vollen Betrag auf einmal.\n\nMit freundlichen Grüßen\nGerd Brinkmann\nVersicherungsmakler",
        lab(note="long reply, the request for a deferral comes late: more time for hardship"),
        inv="HOC 4930-B",
        amount="395.00",
        cte="8bit",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Claire Dubois", "claire.dubois@dubois-orthophonie.example"),
        "2028-11-07 13:15",
        "cet",
        "gmail",
        "Bonjour,\n\nSerait-il possible de régler cette facture en trois fois ? Je pourrais faire un premier virement de 230 € dès cette semaine, puis la même somme début décembre et début janvier.\n\nMerci d'avance pour votre compréhension,\nClaire Dubois\nOrthophoniste",
        lab(note="three instalments proposed"),
        inv="HOC 4846-A",
        amount="690.00",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Karim Benali", "k.benali@boulangerie-benali.example"),
        "2028-10-25 07:30",
        "cet",
        "android",
        "Bonjour, je vous ai fait un virement de 300 € ce matin. Le reste je le mets début novembre quand la caisse ira mieux. Désolé.\nKarim",
        lab(note="part paid this morning, the rest later: payment_plan, not payment_sent"),
        inv="HOC 4611-B",
        amount="520.00",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Beatriz Lozano", "blozano@lozano-gestion.example"),
        "2028-11-08 12:20",
        "cet",
        "outlook_html",
        "Buenos días:\n\n¿Sería posible abonar esta factura en dos plazos? Podríamos pagar la mitad ahora y la otra mitad a finales de diciembre.\n\nQuedo a la espera de su respuesta.\n\nUn saludo,\nBeatriz Lozano\nLozano Gestión Patrimonial",
        lab(note="two instalments proposed"),
        inv="HOC 4868-C",
        amount="1024.00",
        charset="windows-1252",
        cte="b64",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Toni Ribas", "toni@bicisribas.example"),
        "2028-11-17 18:05",
        "cet",
        "iphone",
        "Buenas, os soy sincero: este otoño ha llovido casi todos los fines de semana, la gente no sale con la bici, el taller está medio parado y encima se me ha estropeado la furgoneta. Ahora mismo no llego. ¿Me podéis dar hasta enero para pagarla? Si hace falta os voy pagando algo cada mes, lo que pueda.",
        lab(note="hardship and more time, with small monthly payments offered"),
        inv="HOC 4973-A",
        amount="310.00",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Sanne Visser", "s.visser@vissermakelaardij.example"),
        "2028-11-14 10:55",
        "cet",
        "gmail",
        "Goedemorgen,\n\nZouden we deze factuur in termijnen mogen betalen? Bijvoorbeeld vier keer € 250, telkens aan het begin van de maand, te beginnen in december.\n\nHoor graag of dat akkoord is.\n\nMet vriendelijke groet,\nSanne Visser\nVisser Makelaardij",
        lab(note="four instalments proposed"),
        inv="HOC 4927-D",
        amount="1000.00",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Francesca Romano", "f.romano@romanoeventi.example"),
        "2028-10-30 12:40",
        "cet",
        "apple",
        "Buongiorno,\n\nsarebbe possibile rateizzare l'importo in tre rate mensili da € 450? Potremmo versare la prima a metà novembre.\n\nGrazie per la disponibilità,\nFrancesca Romano\nRomano Eventi",
        lab(note="three monthly instalments proposed"),
        inv="HOC 4672-B",
        amount="1350.00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Giorgio Esposito", "giorgio.esposito@libero.it"),
        "2028-11-13 08:50",
        "cet",
        "gmail_plain",
        "Buongiorno,\n\nvi ho appena versato un acconto di 400 euro. Il saldo di 460 lo verso entro fine mese, appena incasso da un cliente.\n\nSaluti\nGiorgio Esposito\nEsposito Traduzioni",
        lab(note="deposit now and the balance by the end of the month: payment_plan"),
        inv="HOC 4904-C",
        amount="860.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Rebecca Lin", "accounts.payable@caldergroup.example"),
        "2028-11-09 14:30",
        "uk",
        "outlook_html",
        "Hello,\n\nWe're unable to process HOC 4718-A as it doesn't quote a purchase order number, and our system rejects non-PO invoices automatically.\n\nPlease reissue it quoting PO 4500187732 and send it to this mailbox. Once we have the corrected invoice it will be paid in the next run.\n\nKind regards,\n\nRebecca Lin\nAccounts Payable\nCalder Group plc\n\nPlease quote a valid PO number on all invoices. Invoices without one will be returned unpaid.",
        lab(
            ("HOC 4718-A",),
            note="reissue with a PO number before paying; the amount is not contested",
        ),
        inv="HOC 4718-A",
        amount="2150.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Dean Harris", "deanharris.gym@gmail.com"),
        "2028-10-23 07:12",
        "uk",
        "iphone",
        "cant find this one anywhere, can u resend it pls. and whatever else we owe while ur at it",
        lab(note="copy and a statement wanted; typos and no capitals"),
        inv="HOC 4550-C",
        amount="275.00",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Eleanor Ashcombe", "e.ashcombe@ashcombe-reid.example"),
        "2028-11-16 11:05",
        "uk",
        "outlook",
        "Dear Sirs,\n\nWe acknowledge receipt of your reminder.\n\nBefore any payment is made, we would ask you to confirm your bank details in writing, on headed paper signed by a director. This firm has been the target of two attempted payment-diversion frauds this year, and we no longer act on bank details received by e-mail alone.\n\nOn receipt of that confirmation the invoice will be settled without delay.\n\nYours faithfully,\n\nEleanor Ashcombe\nPractice Manager\nAshcombe & Reid Solicitors",
        lab(
            note="bank details must be confirmed before paying; not a dispute, and not 'post only' (only the confirmation is wanted on paper)"
        ),
        inv="HOC 5044-B",
        amount="1488.00",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Frank Ulrich", "rechnungseingang@elmshafen.example"),
        "2028-11-06 08:44",
        "cet",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung HOC 4780-A liegt uns nur als PDF vor. Als öffentlicher Auftraggeber dürfen wir ausschließlich elektronische Rechnungen im Format XRechnung annehmen. Bitte reichen Sie die Rechnung über das Rechnungseingangsportal ein und geben Sie dabei die Leitweg-ID 01056000-0341-27 an.\n\nNach Eingang der XRechnung wird die Zahlung umgehend angewiesen.\n\nMit freundlichen Grüßen\nIm Auftrag\nFrank Ulrich\nStadt Elmshafen - Zentrale Rechnungseingangsstelle",
        lab(("HOC 4780-A",), note="public body needs an e-invoice before paying"),
        inv="HOC 4780-A",
        amount="4120.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Nina Albrecht", "n.albrecht@albrecht-hoerakustik.example"),
        "2028-11-01 16:22",
        "cet",
        "gmail",
        "Hallo,\n\nwofür genau ist diese Rechnung? Bei uns wird die Unterhaltsreinigung pauschal abgerechnet, und ich finde keinen Auftrag über diesen Betrag. Schicken Sie mir bitte den Leistungsnachweis bzw. die Stundenzettel, dann gebe ich sie frei.\n\nDanke und Gruß\nNina Albrecht",
        lab(
            note="asks what it is for and for the proof of service before approving; not contesting the charge yet"
        ),
        inv="HOC 4729-C",
        amount="345.80",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Amélie Roux", "fournisseurs@vendome-sante.example"),
        "2028-10-26 09:37",
        "cet",
        "outlook_html",
        "Bonjour,\n\nVotre facture ne mentionne pas notre numéro de bon de commande, et nos procédures ne nous permettent pas de la mettre en paiement sans cette référence.\n\nMerci de nous la renvoyer en indiquant le bon de commande BC-2028-0412. Elle sera réglée à la prochaine échéance de paiement après réception.\n\nCordialement,\n\nAmélie Roux\nComptabilité fournisseurs\nGroupe Vendôme Santé – Clinique du Parc",
        lab(note="reissue with a purchase-order number before paying"),
        inv="HOC 4633-A",
        amount="1875.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Hugo Lambert", "hugo.lambert@lambert-conseil.example"),
        "2028-11-14 15:02",
        "cet",
        "apple",
        "Bonjour,\n\nNous changeons de logiciel de paiement et je dois ressaisir tous nos fournisseurs. Pouvez-vous m'envoyer votre RIB sur papier à en-tête ? Je lance le virement dès que je l'ai.\n\nMerci,\nHugo Lambert\nLambert Conseil",
        lab(note="bank details needed before paying"),
        inv="HOC 4941-B",
        amount="420.00",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Carmen Vidal", "cvidal@farmaciavidal.example"),
        "2028-10-30 16:45",
        "cet",
        "outlook",
        'Buenas tardes:\n\nLa factura está emitida a nombre de "Farmacia Vidal" y no a nombre de la sociedad, Vidal Sanz Farmacéuticos, C.B., con CIF E-46998877. Nuestra gestoría no puede contabilizarla así.\n\n¿Nos la pueden rehacer con los datos correctos? En cuanto la recibamos, la pagamos.\n\nSaludos,\nCarmen Vidal',
        lab(note="reissue with the company's tax details; the amount is not contested"),
        inv="HOC 4683-B",
        amount="512.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Pedro Navarro", "pedro@navarroasesores.example"),
        "2028-11-03 10:20",
        "cet",
        "gmail",
        "Hola,\n\n¿Me podéis mandar un extracto de la cuenta? Creo que tenemos alguna factura más pendiente y prefiero pagarlo todo de una vez.\n\nGracias,\nPedro",
        lab(note="statement of account wanted before paying everything at once"),
        inv="HOC 4760-D",
        amount="880.00",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Mark Jansen", "mark@jansenreclame.example"),
        "2028-11-07 09:05",
        "cet",
        "iphone",
        "Deze factuur heb ik nooit gehad. Kun je hem even mailen? Dan betaal ik hem meteen.",
        lab(note="copy needed before paying (conditional payment)"),
        inv="HOC 4858-A",
        amount="235.00",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Esther Mulder", "e.mulder@mulder-bouwadvies.example"),
        "2028-11-16 14:12",
        "cet",
        "outlook_html",
        "Goedemiddag,\n\nKunnen jullie de werkbonnen van oktober meesturen? Onze controller keurt geen facturen voor meerwerk goed zonder getekende werkbonnen. Aan het bedrag twijfelen we niet, het gaat puur om de administratie.\n\nMet vriendelijke groet,\nEsther Mulder\nOffice manager – Mulder Bouwadvies",
        lab(note="signed work orders wanted before approval; amount expressly not contested"),
        inv="HOC 4948-C",
        amount="1688.40",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Silvia Marchetti", "ragioneria@comune-castelvetro.example"),
        "2028-11-10 12:00",
        "cet",
        "html_only",
        "Gentile fornitore,\n\ncon riferimento al vostro sollecito, si comunica che la fattura HOC 4805-C non risulta pervenuta tramite il Sistema di Interscambio. Ai sensi della normativa vigente questo Ente non può accettare fatture in formato PDF o cartaceo.\n\nSi invita pertanto a emettere fattura elettronica indicando il codice univoco ufficio UF7K2L e il CIG Z1A3B4C5D6. Il pagamento sarà disposto nei termini di legge dal ricevimento.\n\nDistinti saluti\nIl Responsabile del Servizio Finanziario\nDott.ssa Silvia Marchetti\nComune di Castelvetro",
        lab(
            ("HOC 4805-C",),
            note="public body needs an electronic invoice before paying; HTML-only message",
        ),
        inv="HOC 4805-C",
        amount="2210.00",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@harrowgate-estates.example"),
        "2028-11-08 03:17",
        "uk",
        "outlook",
        "Dear Valued Supplier,\n\nKindly be informed that our accounts department is currently undergoing an internal audit, and as such all correspondence regarding invoices, statements and payment reminders should be directed with immediate effect to our external audit team at: harrowgate.payables.audit@gmail.com\n\nPlease update your records accordingly and do not copy any other staff member, as this will delay processing.\n\nThank you for your anticipated co-operation.\n\nBest Regards,\nAccounts Department\nHarrowgate Estates Ltd",
        lab(
            note="phishing-like request to redirect collection mail to a free-mail address; labelled by what it asks, but a person should verify it before the contact is changed",
            new_contact="harrowgate.payables.audit@gmail.com",
        ),
        inv="HOC 4839-A",
        amount="960.00",
        subject="IMPORTANT: Change of contact details",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Amy Lester", "reception@templequayrecruitment.example"),
        "2028-10-23 09:48",
        "uk",
        "outlook_html",
        "Hi,\n\nI'm on reception so I don't deal with invoices, sorry! The person you want is our office manager, Colin Ashby – colin.ashby@templequayrecruitment.example. I've forwarded this to him as well.\n\nAmy",
        lab(new_contact="colin.ashby@templequayrecruitment.example"),
        inv="HOC 4548-A",
        amount="680.00",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Lewis Hartley", "lewishartley.illustration@gmail.com"),
        "2028-11-12 11:30",
        "uk",
        "gmail",
        "Hi, I think you've got the wrong Lewis Hartley. I'm a freelance illustrator working from my kitchen table – I've never had an office, let alone an office cleaner! Might be worth checking the address you've got on file.\n\nLewis",
        lab(note="wrong recipient altogether, no new address"),
        inv="HOC 4910-B",
        amount="330.00",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Melanie Krause", "m.krause@seemann-versicherung.example"),
        "2028-11-03 11:11",
        "cet",
        "outlook",
        "Guten Tag,\n\nich bin hier in der Geschäftsstelle Kiel nur für den Empfang zuständig. Rechnungen werden bei uns zentral in Hamburg bearbeitet – bitte schicken Sie Ihre Erinnerung an kreditoren@seemann-versicherung.example.\n\nFreundliche Grüße\nMelanie Krause",
        lab(new_contact="kreditoren@seemann-versicherung.example"),
        inv="HOC 4771-D",
        amount="940.00",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Dr Isabelle Moreau", "cabinet.moreau@medecins-saintclair.example"),
        "2028-10-27 12:05",
        "cet",
        "gmail",
        "Bonjour,\n\nDepuis septembre, ce n'est plus moi qui gère la partie administrative du cabinet : c'est notre expert-comptable qui s'en occupe. Merci d'écrire désormais à compta@fiduciaire-rhone.example, en rappelant le nom du cabinet.\n\nCordialement,\nDr Isabelle Moreau",
        lab(new_contact="compta@fiduciaire-rhone.example"),
        inv="HOC 4622-C",
        amount="455.00",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Mistral Voyages", "contact@mistral-voyages.example"),
        "2028-11-06 10:14",
        "cet",
        "none",
        "Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er octobre 2028.\n\nPour toute question concernant la facturation ou la comptabilité, merci d'écrire à : administration@mistral-voyages.example\nPour les réservations : resa@mistral-voyages.example\n\nCe message est envoyé automatiquement.",
        lab(
            note="automatic 'address no longer read' notice naming the accounts address: wrong_contact; the bookings address is not the one for invoices",
            new_contact="administration@mistral-voyages.example",
        ),
        inv="HOC 4792-A",
        amount="1120.00",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        days_before=0,
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Irene Castillo", "recepcion@sonrisanorte.example"),
        "2028-11-10 10:48",
        "cet",
        "android",
        "Buenos días, le escribo desde recepción. Las facturas no las llevamos aquí, las gestiona nuestra gestoría. Por favor, mándelas a facturas@gestoriaalameda.example\n\nGracias\nIrene",
        lab(new_contact="facturas@gestoriaalameda.example"),
        inv="HOC 4866-A",
        amount="560.00",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Rosa María Gil", "rosamariagil62@gmail.com"),
        "2028-10-29 19:40",
        "cet",
        "gmail_plain",
        "Buenas tardes,\n\nCreo que se han equivocado de dirección. Yo no tengo ninguna empresa ni he contratado nunca un servicio de limpieza. Será otra persona con un nombre parecido.\n\nUn saludo,\nRosa María",
        lab(
            note="wrong recipient, no new address; sent on the Sunday the clocks went back, so +0100"
        ),
        inv="HOC 4640-A",
        amount="270.00",
        days_before=2,
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Peter van Leeuwen", "peter@vanleeuwen-vastgoed.example"),
        "2028-11-01 15:30",
        "cet",
        "outlook",
        "Goedemiddag,\n\nEen hele verrassing, deze herinnering. Wij hebben jarenlang met plezier met jullie gewerkt, dus ik snap dat het in jullie systeem nog op onze naam staat, maar we zijn in de zomer verhuisd naar een kleiner kantoor in Schiedam, waar de verhuurder de schoonmaak zelf regelt. Het pand aan de Westerkade is sinds 1 oktober in gebruik bij Koster & Partners, en zij hebben jullie contract overgenomen, inclusief de glasbewassing.\n\nDeze factuur gaat over oktober en hoort dus bij hen. Hun administratie is bereikbaar via administratie@kosterpartners.example.\n\nMet vriendelijke groet,\nPeter van Leeuwen",
        lab(
            note="long reply; the point (another firm took over the contract, with its address) comes at the end",
            new_contact="administratie@kosterpartners.example",
        ),
        inv="HOC 4712-B",
        amount="825.00",
        charset="iso-8859-1",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Tessa Kok", "planning@hofvandelft-kantoren.example"),
        "2028-11-15 08:58",
        "cet",
        "gmail",
        "Hoi,\n\nDit adres gebruiken we alleen voor de planning van de schoonmaak. Facturen en herinneringen graag naar Crediteuren@HofvanDelft-Kantoren.example, dan komen ze bij de juiste afdeling.\n\nGroet,\nTessa",
        lab(
            note="address written in mixed case, labelled in lower case",
            new_contact="crediteuren@hofvandelft-kantoren.example",
        ),
        inv="HOC 4944-A",
        amount="1375.00",
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Sara Colombo", "reception@coworkingnavigli.example"),
        "2028-11-09 09:25",
        "cet",
        "iphone",
        "Buongiorno, questa è la casella della reception. Per le fatture scrivete ad amministrazione@coworkingnavigli.example, grazie\n\nSara",
        lab(new_contact="amministrazione@coworkingnavigli.example"),
        inv="HOC 4844-D",
        amount="1290.00",
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Dario Fontana", "d.fontana@fontana-ricambi.example"),
        "2028-10-31 14:42",
        "cet",
        "outlook_html",
        "Buongiorno,\n\nio mi occupo solo degli acquisti di magazzino, non dei pagamenti. Per la contabilità fornitori dovete scrivere alla dott.ssa Marina Rizzi, M.Rizzi@Fontana-Ricambi.example, che metto in copia.\n\nCordiali saluti\nDario Fontana\nFontana Ricambi S.p.A.",
        lab(
            note="address in mixed case and copied in Cc; labelled in lower case",
            new_contact="m.rizzi@fontana-ricambi.example",
        ),
        inv="HOC 4702-C",
        amount="598.00",
        charset="iso-8859-1",
        cc=("Marina Rizzi", "M.Rizzi@Fontana-Ricambi.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Bev Tranter", "bev@trantersbakery.example"),
        "2028-11-09 16:02",
        "uk",
        "iphone",
        "We'll pay it Friday. Now please stop sending these, that's the fourth email this week and it's getting ridiculous.",
        lab(
            note="promise plus a stop request: unsubscribe beats the promise, which is not labelled"
        ),
        inv="HOC 4852-B",
        amount="196.00",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Julian Pembroke", "j.pembroke@pembroke-fineart.example"),
        "2028-10-24 15:30",
        "uk",
        "outlook",
        "Dear Sir or Madam,\n\nThis account is the subject of a dispute which is now in the hands of our solicitors. All further correspondence concerning it must be addressed to them, and not to the gallery or its staff. Please do not contact us again by e-mail in this matter.\n\nYours faithfully,\n\nJ. Pembroke\nDirector, Pembroke Fine Art Ltd",
        lab(
            note="'talk to our solicitors', no address given: unsubscribe beats the dispute it mentions"
        ),
        inv="HOC 4581-D",
        amount="2240.00",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Dave Kerr", "dave.kerr@kerrelectrical.example"),
        "2028-11-13 07:05",
        "uk",
        "android",
        "UNSUBSCRIBE",
        lab(note="one word, all caps"),
        inv="HOC 4919-B",
        amount="142.00",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Wolfgang Haas", "w.haas@haas-steuerberatung.example"),
        "2028-11-14 10:30",
        "cet",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir bitten Sie, Zahlungserinnerungen und sonstige Schreiben zu unserem Kundenkonto künftig ausschließlich auf dem Postweg an unsere Kanzleianschrift zu senden. E-Mails dieser Art werden bei uns nicht mehr bearbeitet.\n\nMit freundlichen Grüßen\nWolfgang Haas\nSteuerberater",
        lab(note="post only"),
        inv="HOC 4933-C",
        amount="760.00",
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Ute Lorenz", "ute.lorenz@lorenz-immobilien.example"),
        "2028-10-26 18:20",
        "cet",
        "iphone",
        "Wir haben am 10. bezahlt!!! Hören Sie bitte endlich auf, uns jeden zweiten Tag zu mahnen. Ich will keine Mails mehr von Ihnen.",
        lab(note="stop request with a payment claim: unsubscribe wins"),
        inv="HOC 4628-A",
        amount="505.00",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Bernard Fontaine", "b.fontaine@fontaine-transports.example"),
        "2028-11-02 17:10",
        "cet",
        "html_only",
        "Monsieur, Madame,\n\nJe vous prie de cesser tout envoi de courriel à notre société au sujet de cette facture. Le dossier est désormais suivi par notre avocat, Maître Delorme, à qui vous voudrez bien adresser toute correspondance.\n\nSalutations,\nBernard Fontaine\nGérant – Fontaine Transports",
        lab(note="stop plus 'through our lawyer', no address: unsubscribe"),
        inv="HOC 4736-B",
        amount="1840.00",
        charset="windows-1252",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Alberto Serrano", "aserrano@serranoypuig.example"),
        "2028-11-15 13:12",
        "cet",
        "gmail",
        "Dejen de enviarme correos, por favor. Ya hablé la semana pasada con vuestro comercial y quedó todo claro. No pienso contestar más a esto.",
        lab(),
        inv="HOC 4938-D",
        amount="725.00",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Nuria Pascual", "npascual@pascualinteriorismo.example"),
        "2028-11-07 11:55",
        "cet",
        "outlook",
        "Hola,\n\nPor favor, quítenme de esta lista de correo. No soy la persona que lleva los pagos y no tengo nada que ver con esto.\n\nGracias.",
        lab(
            note="remove me plus 'not the right person' with no new address: unsubscribe beats wrong_contact"
        ),
        inv="HOC 4815-C",
        amount="390.00",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("mr. H. de Graaf", "h.degraaf@degraafnotarissen.example"),
        "2028-10-31 09:40",
        "cet",
        "thunderbird",
        "Geachte heer/mevrouw,\n\nWij verzoeken u vriendelijk doch dringend ons niet langer per e-mail te benaderen over deze factuur. Correspondentie ontvangen wij uitsluitend per post op ons kantooradres.\n\nHoogachtend,\n\nmr. H. de Graaf\nDe Graaf Notarissen",
        lab(note="very formal; post only"),
        inv="HOC 4694-A",
        amount="1210.00",
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Bas Hoekstra", "bas@fietsenmakerijbas.example"),
        "2028-11-16 12:01",
        "cet",
        "iphone",
        "afmelden",
        lab(note="one word"),
        inv="HOC 4958-B",
        amount="119.00",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Roberto Galli", "r.galli@galliarredamenti.example"),
        "2028-11-06 10:00",
        "cet",
        "outlook",
        "Spett.le Harbourside,\n\nvi chiediamo di non inviarci più solleciti via e-mail. Eventuali comunicazioni vanno inviate esclusivamente per raccomandata alla nostra sede legale.\n\nDistinti saluti\nRoberto Galli\nGalli Arredamenti s.r.l.",
        lab(note="registered post only"),
        inv="HOC 4784-D",
        amount="655.00",
        charset="iso-8859-1",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Federica Mancini", "federica.mancini@mancinistudio.example"),
        "2028-11-10 19:22",
        "cet",
        "android",
        "Pagheremo entro fine mese come sempre, ma smettetela di mandare un sollecito ogni due giorni. Cancellateci da questi invii automatici, grazie.",
        lab(note="promise with a stop request: unsubscribe wins"),
        inv="HOC 4887-A",
        amount="342.00",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Sophie Clarke", "sophie.clarke@westburyestates.example"),
        "2028-10-30 09:13",
        "uk",
        "none",
        "Thank you for your email. I'm out of the office until Monday 6 November with limited access to email.\n\nFor anything urgent please call the office on 0117 496 0820.\n\nSophie Clarke\nWestbury Estates",
        lab(note="'until' a day: that day itself", return_date="2028-11-06"),
        inv="HOC 4671-A",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        days_before=0,
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Greyfriars Facilities Helpdesk", "helpdesk@greyfriars-fm.example"),
        "2028-11-14 09:12",
        "uk",
        "none",
        "Hello,\n\nThank you for contacting the Greyfriars Facilities Helpdesk. Your request has been logged with reference INC0048812.\n\nA member of our team will respond within two working days. Please keep the reference in the subject line of any further emails about this request.\n\nThis is an automated message – please do not reply.",
        lab(note="ticket acknowledgement carrying only Precedence: bulk"),
        inv="HOC 4932-A",
        subject="[INC0048812] {rsub}",
        headers=(("Precedence", "bulk"), ("X-Mailer", "ServiceDesk Notifier")),
        days_before=0,
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Tom Ridley", "tom.ridley@ridleyopticians.example"),
        "2028-11-08 09:11",
        "uk",
        "none",
        "Hi, thanks for your message. I'm on annual leave and back in the practice on Wednesday 15th November. For accounts queries in the meantime please email admin@ridleyopticians.example.\n\nTom",
        lab(
            note="only X-Autoreply; a colleague's address in an auto-reply does not set new_contact",
            return_date="2028-11-15",
        ),
        inv="HOC 4857-C",
        subject="Out of Office: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        days_before=0,
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Petra Neumann", "p.neumann@neumann-bau.example"),
        "2028-10-30 10:12",
        "cet",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin vom 30.10. bis einschließlich 03.11.2028 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, dem 06.11., bin ich wieder für Sie erreichbar.\n\nIn dringenden Fällen wenden Sie sich bitte an buchhaltung@neumann-bau.example.\n\nMit freundlichen Grüßen\nPetra Neumann",
        lab(
            note="'ab Montag, dem 06.11. wieder erreichbar' wins over 'bis einschließlich 03.11.'",
            return_date="2028-11-06",
        ),
        inv="HOC 4688-C",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        days_before=0,
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Service-Center Rheinblick Facility", "service@rheinblick-facility.example"),
        "2028-11-13 10:14",
        "cet",
        "none",
        "Guten Tag,\n\nIhre Nachricht ist bei uns eingegangen und wurde unter der Ticketnummer 2028111310000457 erfasst. Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs und melden uns schnellstmöglich bei Ihnen.\n\nBitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.\n\nIhr Service-Center",
        lab(note="ticket acknowledgement, no date"),
        inv="HOC 4915-A",
        subject="[Ticket#2028111310000457] Eingangsbestätigung: {rsub}",
        headers=(AUTO_REPLIED, ("X-Mailer", "OTRS Mail Service")),
        days_before=0,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Laure Girard", "l.girard@girard-expertise.example"),
        "2028-10-25 10:11",
        "cet",
        "none",
        "Bonjour,\n\nJe suis absente jusqu'au mardi 31 octobre inclus. Je serai de retour le jeudi 2 novembre et traiterai votre message à ce moment-là.\n\nPour toute urgence, vous pouvez joindre le secrétariat au 04 72 41 18 63.\n\nLaure Girard",
        lab(
            note="the stated day back wins (1 Nov is a public holiday in France)",
            return_date="2028-11-02",
        ),
        inv="HOC 4612-B",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        days_before=0,
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        (
            "Comptabilité Atlantique Services",
            "comptabilite@atlantique-services.example",
        ),
        "2028-11-16 10:16",
        "cet",
        "none",
        "Accusé de réception automatique\n\nNous avons bien reçu votre message. Le service comptabilité traite les demandes dans un délai de 72 heures ouvrées.\n\nMerci de ne pas répondre à ce courriel.",
        lab(note="receipt acknowledgement carrying only Precedence: auto_reply; no date"),
        inv="HOC 4962-D",
        subject="Accusé de réception : {rsub}",
        headers=(("Precedence", "auto_reply"),),
        charset="iso-8859-1",
        days_before=0,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Jorge Medina", "jmedina@medina-abogados.example"),
        "2028-11-02 10:13",
        "cet",
        "none",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 13 de noviembre, sin acceso regular al correo.\n\nPara asuntos urgentes, pueden llamar al despacho al 91 555 01 23.\n\nUn saludo,\nJorge Medina",
        lab(note="'hasta' a day: that day itself", return_date="2028-11-13"),
        inv="HOC 4755-A",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        cte="b64",
        days_before=0,
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Lotte Hendriks", "l.hendriks@hendriks-interieur.example"),
        "2028-11-06 10:12",
        "cet",
        "none",
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 10 november en ben vanaf maandag 13 november weer aanwezig. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nLotte Hendriks",
        lab(
            note="'vanaf maandag 13 november weer aanwezig' wins over 't/m vrijdag 10 november'",
            return_date="2028-11-13",
        ),
        inv="HOC 4820-B",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        days_before=0,
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Dijkstra Groep", "info@dijkstragroep.example"),
        "2028-10-24 10:10",
        "cet",
        "none",
        "Bedankt voor uw e-mail!\n\nWij hebben uw bericht in goede orde ontvangen en streven ernaar binnen twee werkdagen te reageren.\n\nMet vriendelijke groet,\nTeam Dijkstra Groep",
        lab(note="autoresponder with only X-Autoreply, no date"),
        inv="HOC 4589-C",
        subject="Re: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        days_before=0,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Avv. Valentina Ricci", "v.ricci@riccistudiolegale.example"),
        "2028-10-24 10:12",
        "cet",
        "none",
        "Sono assente dall'ufficio fino a venerdì 27 ottobre compreso e rientrerò lunedì 30 ottobre. Nel frattempo la posta non verrà letta.\n\nPer urgenze potete contattare la segreteria allo 02 8973 4410.\n\nAvv. Valentina Ricci",
        lab(
            note="the stated day back wins over 'fino a … compreso'",
            return_date="2028-10-30",
        ),
        inv="HOC 4593-C",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        days_before=0,
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        (
            "Amministrazione Tecnoservizi Adriatica",
            "amministrazione@tecnoservizi-adriatica.example",
        ),
        "2028-10-31 10:15",
        "cet",
        "none",
        "Gentile mittente,\n\nl'ufficio amministrazione resterà chiuso dal 30 ottobre al 3 novembre per il ponte di Ognissanti. Riapriremo regolarmente lunedì 6 novembre.\n\nLe e-mail ricevute in questo periodo saranno lavorate al nostro rientro.\n\nCordiali saluti\nTecnoservizi Adriatica S.r.l.",
        lab(
            note="office closure; the reopening day is the return date",
            return_date="2028-11-06",
        ),
        inv="HOC 4698-D",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED, ("Precedence", "bulk")),
        charset="iso-8859-1",
        days_before=0,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Rachel Dunn", "rachel.dunn@brightwellmarketing.example"),
        "2028-11-06 12:10",
        "uk",
        "gmail",
        "Hi,\n\nDid we not pay this already?? I was sure Sam sorted all the Harbourside ones before she went on maternity leave. Can you check your end before I start digging through the bank statements?\n\nThanks,\nRachel",
        lab(note="a question, not a payment claim; a person should check the ledger"),
        inv="HOC 4793-A",
        amount="450.00",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Paul de Boer", "p.deboer@maasport-shipping.example"),
        "2028-10-27 10:22",
        "cet",
        "iphone",
        "Thanks, passed on to our finance team.",
        lab(
            note="English reply to a Dutch reminder from a Rotterdam office; acknowledgement only, no new contact named"
        ),
        inv="HOC 4649-D",
        amount="1730.00",
        rlang="nl",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Helen Carter", "helen.carter@cartermediation.example"),
        "2028-11-17 14:40",
        "uk",
        "outlook",
        "Hi,\n\nSlightly off topic, but – we're taking over the second floor from January, so we'll need the contract extended to cover it (about six more offices and a kitchenette). Could someone come and measure up and send me a quote? Also, can we move the Friday clean to Thursday evenings from December?\n\nBest,\nHelen\n\nHelen Carter\nCarter Mediation Services",
        lab(note="service and quote questions in the reminder thread; nothing about the invoice"),
        inv="HOC 4968-B",
        amount="585.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Jan Petersen", "jan.petersen@petersen-werbetechnik.example"),
        "2028-11-08 13:40",
        "cet",
        "gmail",
        "Hallo,\n\ndanke für die Info. Ich kläre das intern mit unserer Buchhaltung und melde mich dann wieder bei Ihnen.\n\nGruß\nJan Petersen",
        lab(note="acknowledgement without a commitment"),
        inv="HOC 4864-C",
        amount="410.00",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Dr. Anke Schreiber", "praxis@schreiber-kfo.example"),
        "2028-11-15 12:18",
        "cet",
        "html_only",
        "Guten Tag,\n\nbitte rufen Sie mich dazu kurz an, ich möchte das lieber telefonisch klären. Am besten erreichen Sie mich mittwochs und freitags zwischen 12 und 14 Uhr unter 0421 36 88 120.\n\nFreundliche Grüße\nDr. Anke Schreiber",
        lab(note="asks for a call; says nothing about paying or contesting"),
        inv="HOC 4946-B",
        amount="870.00",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Émilie Bonnet", "emilie.bonnet@bonnet-architectes.example"),
        "2028-11-03 11:25",
        "cet",
        "gmail",
        "Bonjour,\n\nPetite question sans rapport avec la facture : serait-il possible de prévoir un nettoyage complet des vitres avant nos portes ouvertes du vendredi 24 novembre ? Si oui, merci de m'envoyer un devis.\n\nBonne journée,\nÉmilie",
        lab(note="asks for a quote for extra work; nothing about the invoice"),
        inv="HOC 4766-A",
        amount="520.00",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Dr Camille Perrin", "cabinet.perrin@medecins-belleville.example"),
        "2028-11-09 18:50",
        "cet",
        "apple",
        "Bonjour,\n\nJe viens de reprendre le cabinet du Dr Lemaire, parti à la retraite fin septembre, et je découvre seulement maintenant vos relances, coincées entre les courriers de la CPAM et les factures du chauffagiste. Entre les patients du Dr Lemaire et les miens, je n'ai pas encore eu une minute pour trier tout ça.\n\nLaissez-moi quelques jours pour faire le point avec lui sur ce qui a été payé ou non, et je reviens vers vous.\n\nBien cordialement,\nDr Camille Perrin",
        lab(note="new owner taking stock; no commitment, and the writer is the right contact"),
        inv="HOC 4842-C",
        amount="365.00",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Manuel Ortega", "manuel@ortegaimprenta.example"),
        "2028-11-01 09:14",
        "cet",
        "iphone",
        "Ok",
        lab(note="one-word acknowledgement; neither a payment claim nor a promise"),
        inv="HOC 4741-B",
        amount="198.00",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Silvia Romero", "sromero@romero-consultores.example"),
        "2028-10-23 11:35",
        "cet",
        "outlook_html",
        "Buenos días:\n\n¿Este correo es auténtico? Últimamente nos llegan mensajes falsos haciéndose pasar por proveedores, y este además viene en inglés y desde una dirección que no reconozco. Antes de hacer nada voy a llamar a vuestra oficina para comprobarlo.\n\nUn saludo,\nSilvia Romero",
        lab(note="Spanish reply to an English reminder; suspicion, not a request for documents"),
        inv="HOC 4542-D",
        amount="610.00",
        rlang="en",
        charset="windows-1252",
        days_before=3,
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Dennis Vos", "dennis@vosmedia.example"),
        "2028-11-10 16:30",
        "cet",
        "gmail_plain",
        "Dank, ik heb hem doorgestuurd naar onze boekhouder.\n\nDennis",
        lab(note="acknowledgement; the bookkeeper is not named"),
        inv="HOC 4893-A",
        amount="275.00",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Marloes Peeters", "m.peeters@peeterstandartsen.example"),
        "2028-10-25 14:50",
        "cet",
        "outlook",
        "Hallo,\n\nKunnen jullie vanaf november ook de keuken op de eerste verdieping meenemen bij de wekelijkse schoonmaak? En klopt het dat jullie tussen kerst en oud en nieuw niet komen? Dan weten we dat alvast.\n\nGroeten,\nMarloes",
        lab(note="service questions only"),
        inv="HOC 4606-C",
        amount="445.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Alessandro Bruno", "a.bruno@brunoimmobiliare.example"),
        "2028-11-14 17:10",
        "cet",
        "gmail",
        "Buonasera,\n\nricevuto, grazie. Colgo l'occasione per una domanda: il contratto si rinnova automaticamente a gennaio? Vorremmo rivedere il numero di ore, perché da dicembre metà dell'ufficio lavorerà da remoto.\n\nSaluti,\nAlessandro Bruno",
        lab(note="acknowledgement plus a contract question; no commitment"),
        inv="HOC 4926-A",
        amount="930.00",
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
    """A delivery report about a reminder sent to `rcpt` (the reminder was in `lang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    zone: str
    inv: str
    amount: str
    note: str | None = None

    @property
    def moment(self) -> datetime:
        """The Date: of the report."""
        return local_time(self.when, self.zone)

    @property
    def sent(self) -> datetime:
        """When the reminder left Harbourside (just after nine in Bristol, that day)."""
        day = in_zone(self.moment, "uk").date()
        minute = 1 + digest(self.key, "sent")[0] % 4
        return in_zone(local_time(f"{day.isoformat()} 09:{minute:02d}", "uk"), self.zone)

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]

    @property
    def currency(self) -> str:
        """The currency the recipient is billed in."""
        return "GBP" if self.zone == "uk" else "EUR"

    def subject(self) -> str:
        """The subject of the reminder that bounced."""
        return reminder_subject(self.lang, self.inv)

    def reminder(self) -> Message:
        """The reminder as it left Harbourside."""
        text = reminder_text(self.lang, self.inv, self.amount, self.currency, self.sent.date())
        msg = text_part(text, "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_value(self.subject(), "utf-8", "server")
        msg["Date"] = format_datetime(in_zone(self.sent, "uk"))
        msg["Message-ID"] = reminder_msgid(self.key)
        content_headers_last(msg)
        return msg


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """The machine-readable message/delivery-status part (RFC 3464)."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.moment)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.moment + timedelta(days=4))}")
    text = (
        "Content-Type: message/delivery-status\n\n" + per_message + "\n" + "\n".join(fields) + "\n"
    )
    return message_from_string(text)


def rfc822_headers(b: Bounce) -> Message:
    """The returned reminder's headers as a text/rfc822-headers part."""
    reminder = b.reminder()
    lines = "".join(
        f"{name}: {value}\n"
        for name, value in reminder.items()
        if not name.startswith(("Content-", "MIME-"))
    )
    received = f"Received: from mail.{AR_DOMAIN} (mail.{AR_DOMAIN} [203.0.113.25])\n\tby {b.domain}; {format_datetime(b.sent)}\n"
    return text_part(received + lines, "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> MIMEMultipart:
    """A multipart/report of report-type delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """Add the envelope headers a mail server puts on its report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject, "utf-8", "server")
    msg["Date"] = format_datetime(b.moment)
    host = sender.rsplit("@", 1)[1].rstrip(">) ").split(" ")[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 26).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, "server")


def exchange_report(
    b: Bounce,
    *,
    lines: list[str],
    server: str,
    diagnostic: str,
    action: str,
    returned: Message,
) -> MIMEMultipart:
    """An Exchange Online style report: plain and HTML notice, status, returned message."""
    plain = "\n\n".join(lines) + "\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-family:Segoe UI,Frutiger,Helvetica Neue,Arial,sans-serif;font-size:15px">'
        + "".join(f"<p>{html_lines(x)}</p>" for x in lines)
        + "</div></body></html>\n"
    )
    return report(
        alternative(plain, markup, "utf-8", "qp"),
        delivery_status(b, server, action, diagnostic),
        returned,
    )


OWN_EXCHANGE = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@harbourside-clean.example>"


def bounce_sendmail(b: Bounce) -> Message:
    """Sendmail at the recipient's gateway: RFC 3464 with the returned headers."""
    received = b.sent + timedelta(seconds=41)
    human = (
        f"The original message was received at {format_datetime(received)}\n"
        f"from mail.{AR_DOMAIN} [203.0.113.25]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n"
        f"    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to mailstore.{b.domain}.:\n"
        ">>> DATA\n"
        f"<<< 550 5.1.1 <{b.rcpt}>... User unknown\n"
        f"550 5.1.1 <{b.rcpt}>... User unknown\n"
        "<<< 503 5.0.0 Need RCPT (recipient)\n"
    )
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            f"gw.{b.domain}",
            "failed",
            f"550 5.1.1 <{b.rcpt}>... User unknown",
            f"mailstore.{b.domain}",
        ),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        f"Mail Delivery Subsystem <MAILER-DAEMON@gw.{b.domain}>",
        "Returned mail: see transcript for details",
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail at the hosting relay: plain, non-MIME, with the message copied below."""
    reminder = b.reminder().as_string()
    text = (
        "Hi. This is the qmail-send program at smtp2.avonhosting.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {b.domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28113 invoked by uid 1017); {format_datetime(b.sent)}\n"
        f"{reminder}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, "MAILER-DAEMON@smtp2.avonhosting.example", "failure notice")


def bounce_exim_full(b: Bounce) -> Message:
    """Exim at the recipient's host: plain text, mailbox full with a 5.x code."""
    reminder = b.reminder()
    copied = "".join(f"{name}: {value}\n" for name, value in reminder.items())
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx.{b.domain} [198.51.100.71]\n"
        "    SMTP error from remote mail server after end of data:\n"
        f"    552 5.2.2 <{b.rcpt}>: mailbox is full, quota exceeded\n\n"
        "------ This is a copy of the message's headers. ------\n\n"
        f"{copied}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@relay.avonhosting.example>",
        "Mail delivery failed: returning message to sender",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_exchange_de_policy(b: Bounce) -> Message:
    """Exchange Online in German: rejected by the recipient organisation's policy."""
    diagnostic = (
        "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy"
    )
    server = "FR3P281MB1642.DEUP281.PROD.OUTLOOK.example"
    lines = [
        f"Ihre Nachricht hat {b.rcpt} nicht erreicht.",
        "Die Organisation des Empfängers hat eine Regel eingerichtet, die Nachrichten von Ihrer Domain ablehnt. Bitte nehmen Sie auf anderem Weg, etwa telefonisch, Kontakt mit dem Empfänger auf und bitten Sie ihn, Ihre Absenderadresse freigeben zu lassen.",
        "Diagnoseinformationen für Administratoren:",
        f"Generierender Server: {server}",
        f"{b.rcpt}\nRemoteserver hat '{diagnostic}' zurückgegeben",
    ]
    msg = exchange_report(
        b,
        lines=lines,
        server=server,
        diagnostic=diagnostic,
        action="failed",
        returned=rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Unzustellbar: {b.subject()}",
    )


def bounce_provider_de_delay(b: Bounce) -> Message:
    """A German hosting provider's delay report (RFC 3464)."""
    hours = round((b.moment - b.sent).total_seconds() / 3600)
    human = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mx01.elbmail-hosting.example.\n\n"
        f"Ihre Nachricht an {b.rcpt} konnte seit {hours} Stunden nicht zugestellt werden.\n"
        f"Der Zielserver mail.{b.domain} hat die Verbindung vorzeitig beendet\n"
        "(421 4.4.2 Verbindung abgebrochen).\n\n"
        "Sie müssen nichts unternehmen: Wir versuchen die Zustellung noch bis zu vier Tage lang.\n"
        "Schlägt sie endgültig fehl, erhalten Sie eine weitere Nachricht.\n"
    )
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mx01.elbmail-hosting.example",
            "delayed",
            "421 4.4.2 Verbindung abgebrochen",
            f"mail.{b.domain}",
        ),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx01.elbmail-hosting.example>",
        f"Zustellung verzögert: {b.subject()}",
    )


def bounce_exchange_fr_domain(b: Bounce) -> Message:
    """Exchange Online in French: the recipient's domain no longer exists."""
    diagnostic = "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain"
    server = "PR0P264MB3318.FRAP264.PROD.OUTLOOK.example"
    lines = [
        f"Votre message n'a pas pu être remis à {b.rcpt}.",
        f"Le domaine {b.domain} est introuvable : il n'existe plus ou son nom a été mal saisi. Vérifiez l'adresse du destinataire, puis renvoyez le message.",
        "Informations de diagnostic pour les administrateurs :",
        f"Serveur de génération : {server}",
        f"{b.rcpt}\nLe serveur distant a renvoyé « {diagnostic} »",
    ]
    msg = exchange_report(
        b,
        lines=lines,
        server=server,
        diagnostic=diagnostic,
        action="failed",
        returned=MIMEMessage(b.reminder()),
    )
    return finish(b, msg, OWN_EXCHANGE, f"Non remis : {b.subject()}")


def bounce_provider_fr_full(b: Bounce) -> Message:
    """A French access provider's plain notice: mailbox full, still retrying."""
    reminder = b.reminder()
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie.\n\n"
        f"Votre message destiné à {b.rcpt} n'a pas encore pu être distribué : la boîte aux lettres du destinataire est pleine (452 4.2.2 quota dépassé).\n\n"
        "Nous réessaierons pendant 5 jours. Vous n'avez rien à faire ; si la distribution échoue définitivement, vous en serez averti.\n\n"
        "---- En-têtes du message d'origine ----\n"
        f"From: {reminder['From']}\nTo: {reminder['To']}\nSubject: {latin1_safe(b.subject())}\nDate: {reminder['Date']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "Service Messagerie <postmaster@smtp.hexanet-fai.example>",
        "Avis de retard de distribution",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    """Google Workspace in Spanish: address not found."""
    diagnostic = f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown"
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta del servidor remoto ha sido:",
        diagnostic,
    ]
    plain = "\n\n".join(lines) + "\n"
    markup = (
        "<html><body>"
        + "".join(f"<p>{html.escape(x, quote=False)}</p>" for x in lines)
        + "</body></html>\n"
    )
    msg = report(
        alternative(plain, markup, "utf-8", "qp"),
        delivery_status(b, "mx.google.com", "failed", diagnostic, f"mx1.{b.domain}"),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Notificación de estado de entrega (error)",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_exchange_es_delay(b: Bounce) -> Message:
    """Exchange Online in Spanish: delivery delayed."""
    diagnostic = "451 4.4.7 Message delayed"
    server = "MAD0P190MB2207.EURP190.PROD.OUTLOOK.example"
    lines = [
        f"La entrega a este destinatario se está retrasando:\n\n{b.rcpt}",
        f"Asunto: {b.subject()}",
        "El mensaje todavía no se ha podido entregar. Lo seguiremos intentando y le avisaremos si la entrega falla de forma definitiva. No tiene que hacer nada.",
        "Información de diagnóstico para administradores:",
        f"Servidor de generación: {server}",
        f"Último error: {diagnostic}",
    ]
    msg = exchange_report(
        b,
        lines=lines,
        server=server,
        diagnostic=diagnostic,
        action="delayed",
        returned=rfc822_headers(b),
    )
    return finish(b, msg, OWN_EXCHANGE, f"Entrega retrasada: {b.subject()}")


def bounce_provider_nl_grey(b: Bounce) -> Message:
    """A Dutch hosting provider's delay report: the recipient greylists (policy, temporary)."""
    human = (
        "Dit is een automatisch bericht van de mailserver smtp.lagelanden-hosting.example.\n\n"
        f"Uw bericht aan {b.rcpt} is nog niet afgeleverd. De ontvangende server weigert het\n"
        "voorlopig op grond van zijn beleid (451 4.7.1 Greylisted, please try again later).\n\n"
        "We blijven het de komende vier dagen proberen. U hoeft het bericht niet opnieuw te versturen.\n"
    )
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "smtp.lagelanden-hosting.example",
            "delayed",
            "451 4.7.1 Greylisted, please try again later",
            f"mx.{b.domain}",
        ),
        rfc822_headers(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@smtp.lagelanden-hosting.example>",
        "Vertraagde bezorging van uw bericht",
    )


def bounce_exchange_it(b: Bounce) -> Message:
    """Exchange Online in Italian: recipient not found, full message returned."""
    diagnostic = (
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    )
    server = "MI1P293MB0412.ITAP293.PROD.OUTLOOK.example"
    lines = [
        f"Impossibile recapitare il messaggio a {b.rcpt}.",
        "L'indirizzo non esiste più nell'organizzazione del destinatario oppure è stato scritto in modo errato. Controllalo e invia di nuovo il messaggio; se il problema continua, contatta il destinatario in un altro modo.",
        "Informazioni di diagnostica per gli amministratori:",
        f"Server di generazione: {server}",
        f"{b.rcpt}\nIl server remoto ha restituito '{diagnostic}'",
    ]
    msg = exchange_report(
        b,
        lines=lines,
        server=server,
        diagnostic=diagnostic,
        action="failed",
        returned=MIMEMessage(b.reminder()),
    )
    return finish(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Non recapitabile: {b.subject()}",
    )


def bounce_provider_it_full(b: Bounce) -> Message:
    """An Italian webmail provider's plain notice in 8-bit Latin-1: mailbox full."""
    reminder = b.reminder()
    text = (
        "Questo è un messaggio automatico del sistema di posta, non rispondere.\n\n"
        f"Il messaggio inviato a {b.rcpt} non è ancora stato consegnato perché la casella del destinatario è piena.\n"
        "Risposta del server: 452 4.2.2 Mailbox full\n\n"
        "Il sistema tenterà di nuovo la consegna per i prossimi 3 giorni; non è necessario inviare di nuovo il messaggio.\n\n"
        "Intestazioni del messaggio originale:\n"
        f"  Da: {reminder['From']}\n  A: {reminder['To']}\n  Oggetto: {latin1_safe(b.subject())}\n  Data: {reminder['Date']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return finish(
        b,
        msg,
        "Sistema di posta <mailer-daemon@mx.postaweb-italia.example>",
        "Avviso: messaggio non ancora consegnato",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@kingsdowndental.example",
            "2028-10-23 09:06",
            "uk",
            "HOC 4538-A",
            "455.00",
            "Sendmail report, user unknown",
        ),
        bounce_sendmail,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.2",
            "office@oldharbourprint.example",
            "2028-11-02 09:05",
            "uk",
            "HOC 4727-C",
            "310.00",
            "qmail, non-MIME; the domain is gone",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "5.2.2",
            "bookings@seafrontyoga.example",
            "2028-11-15 09:18",
            "uk",
            "HOC 4951-D",
            "160.00",
            "Exim failure for a full mailbox: soft although the code is 5.x",
        ),
        bounce_exim_full,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.7.1",
            "buchhaltung@hanse-kontor.example",
            "2028-10-26 10:07",
            "cet",
            "HOC 4619-B",
            "1312.00",
            "Exchange 'Unzustellbar', rejected by the recipient's policy",
        ),
        bounce_exchange_de_policy,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.4.2",
            "info@baeckerei-sommer.example",
            "2028-11-08 16:10",
            "cet",
            "HOC 4862-D",
            "228.00",
            "provider delay report",
        ),
        bounce_provider_de_delay,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.4.4",
            "contact@atelier-lumiere.example",
            "2028-10-30 10:05",
            "cet",
            "HOC 4667-A",
            "384.00",
            "Exchange 'Non remis'; domain no longer exists",
        ),
        bounce_exchange_fr_domain,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.2.2",
            "secretariat@cabinet-vasseur.example",
            "2028-11-13 14:12",
            "cet",
            "HOC 4901-B",
            "476.00",
            "plain provider notice, mailbox full, still retrying",
        ),
        bounce_provider_fr_full,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "pedidos@ferreteria-olmo.example",
            "2028-11-07 10:04",
            "cet",
            "HOC 4845-C",
            "262.00",
            "Google Workspace report in Spanish",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.7",
            "administracion@clinica-levante.example",
            "2028-11-16 14:02",
            "cet",
            "HOC 4960-A",
            "1095.00",
            "Exchange 'Entrega retrasada'",
        ),
        bounce_exchange_es_delay,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.7.1",
            "info@kaashandel-vandam.example",
            "2028-10-24 14:05",
            "cet",
            "HOC 4578-D",
            "187.50",
            "greylisting: a temporary policy refusal",
        ),
        bounce_provider_nl_grey,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.10",
            "contabilita@studio-ferraris.example",
            "2028-11-09 10:06",
            "cet",
            "HOC 4836-B",
            "745.00",
            "Exchange 'Non recapitabile' with the whole message returned",
        ),
        bounce_exchange_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.2.2",
            "info@pasticceria-serena.example",
            "2028-10-27 15:30",
            "cet",
            "HOC 4624-C",
            "205.00",
            "plain 8-bit Latin-1 provider notice, mailbox full",
        ),
        bounce_provider_it_full,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One built message with its label and what the checks need to know about it."""

    key: str
    message: Message
    label: dict[str, object]
    zone: str
    new_text: str
    sent: datetime


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written message, in the corpus key order."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt.lower(), bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_items() -> list[Item]:
    """Build every message, replies first, then bounces."""
    items = [
        Item(r.key, build_reply(r), reply_label(r), r.zone, r.body, make_quote(r).sent)
        for r in REPLIES
    ]
    items += [Item(b.key, build(b), bounce_label(b), b.zone, "", b.sent) for b, build in BOUNCES]
    return items


def fail(name: str, problem: str) -> None:
    """Stop the build with a message naming the file."""
    raise SystemExit(f"{name}: {problem}")


def check_message(name: str, data: bytes, item: Item) -> None:
    """Parse a file back with the modern policy: headers decoded, text decoded, no defects."""
    parsed = message_from_bytes(data, policy=policy.default)
    if not isinstance(parsed, EmailMessage):
        fail(name, "did not parse as an EmailMessage")
        return
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if parsed[header] is None:
            fail(name, f"no {header}")
    for part in parsed.walk():
        if part.defects:
            fail(name, f"defects {part.defects}")
        for header_name, value in part.items():
            if getattr(value, "defects", ()):
                fail(name, f"header {header_name} has defects {value.defects}")
            if header_name in {"Subject", "From", "Cc", "Thread-Topic"} and "=?" in str(value):
                fail(name, f"header {header_name} left encoded: {value}")
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                fail(name, f"text part {part.get_content_type()} did not decode")
    date_header = parsed["Date"]
    moment = getattr(date_header, "datetime", None)
    if not isinstance(moment, datetime):
        fail(name, "Date does not parse")
        return
    if moment.utcoffset() != zone_at(moment.astimezone(UTC), item.zone).utcoffset(None):
        fail(name, f"offset {moment.utcoffset()} is wrong for {item.zone}")
    if not FIRST_DAY <= moment.date() <= LAST_DAY:
        fail(name, f"dated {moment.date()}, outside the range")
    if item.sent >= moment:
        fail(name, "the reminder is not older than the message")
    if item.new_text and item.new_text.split("\n")[0] not in decoded_text(parsed):
        fail(name, "the hand-written text is not in the decoded body")


def decoded_text(msg: EmailMessage) -> str:
    """All decoded text parts of a message, joined (HTML unescaped)."""
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            content = str(part.get_content())
            texts.append(
                html.unescape(content) if part.get_content_subtype() == "html" else content
            )
    return "\n".join(texts)


def check_label(name: str, label: dict[str, object], item: Item, data: bytes) -> None:
    """Check one label's shape and its agreement with the message."""
    expected = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != expected:
        fail(name, f"label keys {list(label)}")
    intent, lang = str(label["intent"]), str(label["language"])
    if intent not in INTENTS or lang not in LANGS:
        fail(name, f"bad intent or language {intent}/{lang}")
    for key in LABEL_KEYS:
        if label[key] is not None and key not in INTENT_FIELDS[intent]:
            fail(name, f"{key} filled for {intent}")
        if label[key] is not None and not isinstance(label[key], str):
            fail(name, f"{key} is not a string")
    msg_day = message_day(data)
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is None:
            continue
        day = date.fromisoformat(str(value))
        if key == "paid_date" and day > msg_day:
            fail(name, "paid in the future")
        if key != "paid_date" and day < msg_day:
            fail(name, f"{key} in the past")
    if (label["amount"] is None) != (label["currency"] is None):
        fail(name, "amount and currency go together")
    if label["amount"] is not None and not AMOUNT_RE.fullmatch(str(label["amount"])):
        fail(name, f"amount {label['amount']}")
    if label["currency"] not in {None, "GBP", "EUR", "CHF"}:
        fail(name, f"currency {label['currency']}")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        fail(name, "invoice_refs is not a list")
        return
    for ref in refs:
        if not INVOICE_RE.fullmatch(str(ref)):
            fail(name, f"invoice ref {ref} is not normalised")
        if str(ref)[4:8] not in item.new_text:
            fail(name, f"invoice ref {ref} is not in the new text")
    contact = label["new_contact"]
    if contact is not None and (
        contact != str(contact).lower() or str(contact) not in item.new_text.lower()
    ):
        fail(name, f"new_contact {contact} is not lower case or not in the text")
    if intent == "bounce" and str(label["failed_recipient"]).encode() not in data:
        fail(name, "failed recipient not in the report")


def message_day(data: bytes) -> date:
    """The day of a message's Date: in its own offset."""
    parsed = message_from_bytes(data, policy=policy.default)
    moment = getattr(parsed["Date"], "datetime", None)
    if not isinstance(moment, datetime):
        raise SystemExit("Date does not parse")
    return moment.date()


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent, the language totals, and an even spread of languages over intents."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != 12:
            raise SystemExit(f"{intent}: not 12 messages")
        if cells[intent, "en"] != 3 or any(cells[intent, lang] not in {1, 2} for lang in LANGS[1:]):
            raise SystemExit(f"{intent}: languages not spread evenly")
    for lang, total in LANG_TOTALS.items():
        if sum(cells[intent, lang] for intent in INTENTS) != total:
            raise SystemExit(f"{lang}: not {total} messages")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds {dict(kinds)}")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent x language table, as Markdown."""
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
    """Build, number, write and check every file; write labels.jsonl."""
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys) or len(items) != 120:
        raise SystemExit("keys must be unique and there must be 120 messages")
    items.sort(key=lambda item: digest(item.key, "file-order"))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data, item)
        label: dict[str, object] = {"file": name, **item.label}
        check_label(name, label, item, data)
        (HERE / name).write_bytes(data)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus next to this script and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(
        f"\n{len(labels)} messages written to {HERE.name}/; bounces: {dict(sorted(kinds.items()))}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
