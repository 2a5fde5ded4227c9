# ruff: noqa: C901, E501, PLR0912, RUF001, RUF002
# Message text is kept one paragraph to a line, as a mail client sends it, with the typographic
# dashes, quotes and spaces that people and their clients really type.
"""Build held-out reply corpus 148: `h148-NNN.eml` files and `labels.jsonl`.

Every message could arrive in the receivables mailbox of Wrenfield Beekeeping Supplies after its
accounts team sent an overdue reminder. The new text of each message and its labels are written
by hand below. The script adds only what a mail client or a mail server would add: the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings. Run it from anywhere; it writes next to itself, deterministically.
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
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import BaseHeader
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "wrenfield-holdout-148"
PREFIX = "h148"
AR_NAME = "Wrenfield Accounts"
AR_ADDR = "accounts@wrenfield-apiary.example"
AR_DOMAIN = "wrenfield-apiary.example"
FIRST_DAY = date(2032, 3, 15)
LAST_DAY = date(2032, 4, 9)

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
# Which label fields each intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "payment_reference", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# Messages per intent and language: 12 per intent; en 30, the other languages 18 each.
PLAN: dict[str, tuple[int, int, int, int, int, int]] = {
    "payment_sent": (3, 1, 2, 2, 2, 2),
    "promise_to_pay": (3, 2, 1, 2, 2, 2),
    "dispute": (3, 2, 2, 1, 2, 2),
    "payment_plan": (3, 2, 2, 2, 1, 2),
    "invoice_request": (3, 2, 2, 2, 2, 1),
    "wrong_contact": (3, 1, 2, 2, 2, 2),
    "unsubscribe": (3, 2, 1, 2, 2, 2),
    "auto_reply": (3, 2, 2, 1, 2, 2),
    "bounce": (3, 2, 2, 2, 1, 2),
    "other": (3, 2, 2, 2, 2, 1),
}

Labels = dict[str, str | list[str] | None]

# --------------------------------------------------------------------------------------------
# Time zones: UK (GMT/BST) and central Europe (CET/CEST), both switching on the last Sunday of
# March at 01:00 UTC. In 2032 that is Easter Sunday, 28 March.
# --------------------------------------------------------------------------------------------


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (March and October are the ones that matter)."""
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def utc_offset(zone: str, local: datetime) -> timedelta:
    """The UTC offset in force at a naive local time in `zone` ("uk" or "ce")."""
    standard = {"uk": 0, "ce": 1}[zone]
    as_utc = local - timedelta(hours=standard)
    start = datetime.combine(last_sunday(local.year, 3), datetime.min.time()) + timedelta(hours=1)
    end = datetime.combine(last_sunday(local.year, 10), datetime.min.time()) + timedelta(hours=1)
    summer = start <= as_utc < end
    return timedelta(hours=standard + (1 if summer else 0))


def localise(when: str, zone: str, seconds: int = 0) -> datetime:
    """Wall-clock 'YYYY-MM-DD HH:MM' in `zone` as an aware datetime."""
    naive = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(second=seconds)
    return naive.replace(tzinfo=timezone(utc_offset(zone, naive)))


def in_zone(moment: datetime, zone: str) -> datetime:
    """An aware datetime shown in `zone`'s local time."""
    as_utc = moment.astimezone(UTC).replace(tzinfo=None)
    standard = {"uk": 0, "ce": 1}[zone]
    offset = utc_offset(zone, as_utc + timedelta(hours=standard))
    return moment.astimezone(timezone(offset))


# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

WEEKDAYS = {
    "en": [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    "de": [
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "nl": [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ],
    "it": [
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
    ],
}
WEEKDAYS_SHORT = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
}
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
}
MONTHS_SHORT = {
    "en": [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ],
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
    "es": [
        "ene",
        "feb",
        "mar",
        "abr",
        "may",
        "jun",
        "jul",
        "ago",
        "sept",
        "oct",
        "nov",
        "dic",
    ],
    "nl": [
        "jan",
        "feb",
        "mrt",
        "apr",
        "mei",
        "jun",
        "jul",
        "aug",
        "sep",
        "okt",
        "nov",
        "dec",
    ],
    "it": [
        "gen",
        "feb",
        "mar",
        "apr",
        "mag",
        "giu",
        "lug",
        "ago",
        "set",
        "ott",
        "nov",
        "dic",
    ],
}
GMAIL_ATTRIBUTION = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {monl} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mons} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {monl} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{d} {monl} {y} {HH}:{MM}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{MM}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{MM}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{MM}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{MM}",
    "it": "{wdl} {d} {monl} {y} {HH}:{MM}",
}
ANDROID_SENT = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{MM}:{SS}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{MM}:{SS}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{MM}:{SS}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{MM}:{SS}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{MM}:{SS}",
    "it": "{wdl} {d} {monl} {y} {HH}:{MM}:{SS}",
}
# separator line, From, Sent, To, Subject, and what goes between a label and its value
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
    ),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
    ),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
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
    "en": "Get Outlook for Android<https://aka.ms/AAb9ysg>",
    "de": "Outlook für Android herunterladen<https://aka.ms/AAb9ysg>",
    "fr": "Télécharger Outlook pour Android<https://aka.ms/AAb9ysg>",
    "es": "Obtener Outlook para Android<https://aka.ms/AAb9ysg>",
    "nl": "Outlook voor Android downloaden<https://aka.ms/AAb9ysg>",
    "it": "Scarica Outlook per Android<https://aka.ms/AAb9ysg>",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
DATE_STYLE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}

# --------------------------------------------------------------------------------------------
# The reminder that every reply answers (Wrenfield's own wording in each language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – reminder",
    "de": "Zahlungserinnerung zu Rechnung {inv}",
    "fr": "Rappel : facture {inv} échue",
    "es": "Aviso de factura vencida {inv}",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Promemoria: fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our records show that the invoice below is now past its due date:\n\n"
        "Invoice {inv}\nIssued {issued}, due {due}\nBalance outstanding: {amount}\n\n"
        "If payment is already on its way, thank you – please disregard this email, or let us know the date you paid so that we can match it. If anything on the invoice looks wrong, or you need a copy, simply reply to this message.\n\n"
        "With thanks,\n\nAccounts\nWrenfield Beekeeping Supplies Ltd\nUnit 7, Hollins Farm Workshops, Wrenfield\naccounts@wrenfield-apiary.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung noch offen:\n\n"
        "Rechnung {inv}\nRechnungsdatum {issued}, fällig am {due}\nOffener Betrag: {amount}\n\n"
        "Falls Sie bereits gezahlt haben, vielen Dank – dann ist diese Erinnerung hinfällig; gern können Sie uns das Zahlungsdatum mitteilen. Wenn an der Rechnung etwas nicht stimmt oder Sie eine Kopie benötigen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nBuchhaltung\nWrenfield Beekeeping Supplies Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Selon nos écritures, la facture ci-dessous est arrivée à échéance et reste due :\n\n"
        "Facture {inv}\nÉmise le {issued}, échéance le {due}\nSolde dû : {amount}\n\n"
        "Si le règlement est déjà parti, merci, et ne tenez pas compte de ce rappel – ou indiquez-nous la date du paiement pour que nous puissions le rapprocher. Si quelque chose ne va pas sur la facture ou s'il vous en faut une copie, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\nService comptabilité\nWrenfield Beekeeping Supplies Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestra contabilidad, la siguiente factura ha vencido y sigue pendiente de pago:\n\n"
        "Factura {inv}\nFecha de emisión {issued}, vencimiento {due}\nImporte pendiente: {amount}\n\n"
        "Si ya la han abonado, muchas gracias; pueden ignorar este aviso o indicarnos la fecha del pago para que podamos conciliarlo. Si hay algún error en la factura o necesitan una copia, basta con responder a este correo.\n\n"
        "Un saludo,\n\nContabilidad\nWrenfield Beekeeping Supplies Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is onderstaande factuur vervallen en nog niet betaald:\n\n"
        "Factuur {inv}\nFactuurdatum {issued}, vervaldatum {due}\nOpenstaand bedrag: {amount}\n\n"
        "Heeft u al betaald, dan danken wij u hartelijk en kunt u deze herinnering negeren – of laat ons de betaaldatum weten, zodat wij de betaling kunnen koppelen. Klopt er iets niet aan de factuur of heeft u een kopie nodig, antwoord dan gewoon op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenadministratie\nWrenfield Beekeeping Supplies Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità risulta scaduta e non ancora saldata la seguente fattura:\n\n"
        "Fattura {inv}\nEmessa il {issued}, scadenza {due}\nImporto da saldare: {amount}\n\n"
        "Se avete già pagato, vi ringraziamo: potete ignorare questo promemoria oppure comunicarci la data del pagamento, così da poterlo abbinare. Se qualcosa nella fattura non è corretto o vi serve una copia, è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio contabilità\nWrenfield Beekeeping Supplies Ltd"
    ),
}
# What a Latin-1 client makes of characters its charset lacks.
LATIN1_FIXES = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "\u202f": "\u00a0",
}
DEFAULT_AMOUNTS = {
    "GBP": (
        "86.40",
        "148.80",
        "236.50",
        "318.00",
        "489.90",
        "642.00",
        "1128.40",
        "274.75",
    ),
    "EUR": (
        "124.50",
        "212.00",
        "367.80",
        "455.00",
        "598.60",
        "836.25",
        "1044.00",
        "289.90",
    ),
}


# --------------------------------------------------------------------------------------------
# Small helpers: hashing, dates, amounts, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key, so ids and choices never depend on the run."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def pick(key: str, salt: str, modulo: int) -> int:
    """A stable small number derived from a key."""
    return int.from_bytes(digest(key, salt)[:4], "big") % modulo


def b32(key: str, salt: str, length: int) -> str:
    """Base32 characters derived from a key."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


def date_fields(lang: str, moment: datetime) -> dict[str, str]:
    """The pieces a client's date formats are made of, in one language."""
    wd, mo = moment.weekday(), moment.month - 1
    return {
        "wdl": WEEKDAYS[lang][wd],
        "wds": WEEKDAYS_SHORT[lang][wd],
        "monl": MONTHS[lang][mo],
        "mons": MONTHS_SHORT[lang][mo],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "HH": f"{moment.hour:02d}",
        "H": str(moment.hour),
        "MM": f"{moment.minute:02d}",
        "SS": f"{moment.second:02d}",
    }


def render(template: str, lang: str, moment: datetime, **extra: str) -> str:
    """Fill a localised date template."""
    return template.format(**date_fields(lang, moment), **extra)


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in the customer's language."""
    value = Decimal(amount)
    whole, cents = f"{value:.2f}".split(".")
    groups = f"{int(whole):,}"
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if lang == "en":
        return f"{symbol}{groups}.{cents}"
    if lang == "fr":
        thin, nbsp = "\u202f", "\u00a0"
        return f"{groups.replace(',', thin)},{cents}{nbsp}{symbol}"
    number = f"{groups.replace(',', '.')},{cents}"
    return f"{symbol} {number}" if lang in {"nl", "it"} else f"{number} {symbol}"


def latin1(text: str) -> str:
    """Replace what ISO-8859-1 cannot carry, as an old client would."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote(text: str) -> str:
    """Plain-text quoting with '>'."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Text lines as HTML with <br>."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Blank-line separated paragraphs as <p> elements."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Text lines as Word's MsoNormal paragraphs."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(
            f'<p class="MsoNormal">{inner}<o:p></o:p></p>'
            if line
            else f'<p class="MsoNormal">{inner}</p>'
        )
    return "\n".join(out)


def flow_line(line: str, lead: str, width: int = 72) -> list[str]:
    """One logical line as format=flowed physical lines (soft breaks end in a space)."""
    line = line.rstrip(" ")
    if not lead and line.startswith((" ", ">", "From ")):
        line = " " + line  # space-stuffing
    words = line.split(" ")
    out: list[str] = []
    current = words[0]
    for word in words[1:]:
        if len(lead) + len(current) + 1 + len(word) > width:
            out.append(f"{lead}{current} ")
            current = word
        else:
            current = f"{current} {word}"
    out.append(lead + current)
    return out


def flowed(text: str, lead: str = "") -> str:
    """Text as format=flowed, with `lead` ('> ' for quoted text) on every line."""
    lines: list[str] = []
    for line in text.split("\n"):
        if not line:
            lines.append(lead.rstrip())
        else:
            lines.extend(flow_line(line, lead))
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Message specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer's side, with the client it was sent from.

    `when` is the sender's wall-clock time; `zone` is "uk" or "ce" (default: uk for English,
    ce otherwise). `rlang` is the reminder's language and `ui` the client's language, when they
    differ from the writer's. Clients named `notice*` quote nothing.
    """

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    text: str
    labels: Labels
    zone: str = ""
    rlang: str = ""
    ui: str = ""
    invoice: str = ""
    due: str = ""
    currency: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attachment: tuple[str, bytes] | None = None
    html: str = ""
    threaded: bool = True
    sent_days_before: int = 0

    @property
    def tz(self) -> str:
        """The sender's time zone."""
        return self.zone or ("uk" if self.lang == "en" else "ce")

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder this message answers."""
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        """The language of the sender's mail client."""
        return self.ui or self.lang

    @property
    def moment(self) -> datetime:
        """The message's Date, in the sender's zone."""
        return localise(self.when, self.tz, pick(self.key, "seconds", 60))

    @property
    def invoice_no(self) -> str:
        """The invoice the reminder was about."""
        return self.invoice or DEFAULT_INVOICES[self.key]

    @property
    def reminder_days(self) -> int:
        """How many days before the reply the reminder went out."""
        return self.sent_days_before or 1 + pick(self.key, "days", 4)

    @property
    def money_currency(self) -> str:
        """GBP for UK customers, EUR for the others."""
        return self.currency or ("GBP" if self.tz == "uk" else "EUR")

    @property
    def amount_due(self) -> str:
        """The balance the reminder asked for."""
        choices = DEFAULT_AMOUNTS[self.money_currency]
        return self.due or choices[pick(self.key, "amount", len(choices))]


def lab(*refs: str, note: str | None = None, **fields: str | None) -> Labels:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    labels: Labels = dict(fields)
    labels["invoice_refs"] = list(refs)
    labels["note"] = note
    return labels


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> email_charset.Charset:
    """A Charset object carrying the transfer encoding the client would use."""
    charset = email_charset.Charset(name)
    if cte == "qp":
        charset.body_encoding = email_charset.QP
    elif cte == "b64":
        charset.body_encoding = email_charset.BASE64
    else:
        charset.body_encoding = None  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part; refuses text the declared charset cannot carry."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_value(value: str, charset: str, name: str) -> str:
    """A header value as a client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    use = charset
    try:
        value.encode(use)
    except UnicodeEncodeError:
        use = "utf-8"
    return Header(value, use, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To mailbox, with the display name encoded when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    use = charset
    try:
        name.encode(use)
    except UnicodeEncodeError:
        use = "utf-8"
    return f"{Header(name, use).encode()} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative of a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def mime_headers_last(msg: Message) -> None:
    """Move MIME-Version and the content headers below the envelope headers."""
    for name in (
        "MIME-Version",
        "Content-Type",
        "Content-Transfer-Encoding",
        "Content-Disposition",
    ):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = str(value)


def tidy_parts(part: Message, root: bool = True) -> None:
    """Only the top of a message carries MIME-Version; body parts do not."""
    if not root:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in cast(list[Message], part.get_payload()):
            tidy_parts(sub, root=False)


def set_boundaries(msg: Message, key: str, prefix: str) -> None:
    """Deterministic multipart boundaries shaped like the client's own."""
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 26 if prefix.startswith("0") else 24))


# --------------------------------------------------------------------------------------------
# The quoted reminder
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, invoice: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=invoice)


def reminder_sent(reply_moment: datetime, days_before: int) -> datetime:
    """dunmail sends reminders on weekdays at 07:05 UK time, some days before the reply."""
    day = reply_moment.astimezone(UTC).date() - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return localise(f"{day.isoformat()} 07:05", "uk", 12 + day.day)


def reminder_msgid(key: str) -> str:
    """The Message-ID dunmail gave the reminder."""
    return f"<dunmail.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def invoice_dates(number: int) -> tuple[date, date]:
    """Issue and due date of an invoice: about ten invoices a day from January; 30-day terms."""
    issued = date(2032, 1, 2) + timedelta(days=number // 10)
    return issued, issued + timedelta(days=30)


def reminder_text(lang: str, invoice: str, amount: str, currency: str, sent: datetime) -> str:
    """The reminder body in one language."""
    issued_day, due_day = invoice_dates(int(invoice[-5:]))
    if due_day >= sent.date():
        raise SystemExit(f"{invoice} is not overdue on {sent.date()}")
    style = DATE_STYLE[lang]
    issued = render(style, lang, datetime.combine(issued_day, datetime.min.time()))
    due = render(style, lang, datetime.combine(due_day, datetime.min.time()))
    return REMINDER_BODY[lang].format(
        inv=invoice, issued=issued, due=due, amount=money(amount, currency, lang)
    )


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def make_quote(r: Reply) -> Quote:
    """Build what the reply quotes, in the client's time zone and charset."""
    sent = in_zone(reminder_sent(r.moment, r.reminder_days), r.tz)
    text = reminder_text(r.reminder_lang, r.invoice_no, r.amount_due, r.money_currency, sent)
    subject = reminder_subject(r.reminder_lang, r.invoice_no)
    if r.charset == "iso-8859-1":
        text, subject = latin1(text), latin1(subject)
    name, addr = r.sender
    to = formataddr((name, addr)) if name.isascii() else f"{name} <{addr}>"
    return Quote(
        text,
        subject,
        sent,
        r.client_lang,
        latin1(to) if r.charset == "iso-8859-1" else to,
    )


def outlook_rows(
    q: Quote, sent_format: Mapping[str, str] = OUTLOOK_SENT
) -> list[tuple[str, str, str]]:
    """(label, separator, value) rows of Outlook's reply header."""
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.lang]
    return [
        (frm, sep, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, sep, render(sent_format[q.lang], q.lang, q.sent)),
        (to, sep, q.to),
        (subj, sep, q.subject),
    ]


def gmail_attribution(q: Quote) -> str:
    """Gmail's attribution line."""
    return render(GMAIL_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return render(APPLE_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


# --------------------------------------------------------------------------------------------
# Clients: what each one wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def word_document(r: Reply, q: Quote | None) -> str:
    """Outlook desktop HTML (Word markup) with the reply-header divider."""
    head = ""
    if q is not None:
        rows = "<br>\n".join(
            f"<b>{html.escape(label)}{html.escape(sep.rstrip())}</b> {html.escape(value)}"
            for label, sep, value in outlook_rows(q)
        )
        head = (
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal">{rows}<o:p></o:p></p>\n</div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            f"{word_paragraphs(q.text)}\n"
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
        "span.EmailStyle17 {mso-style-type:personal-compose;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{CONTENT_LANGUAGE[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.text)}\n{head}</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised 'Original Message' block."""
    rows = "\n".join(f"{label}{sep}{value}" for label, sep, value in outlook_rows(q))
    text = f"{r.text}\n\n{OUTLOOK_LABELS[q.lang][0]}\n{rows}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative with Word markup."""
    rows = "\n".join(f"{label}{sep}{value}" for label, sep, value in outlook_rows(q))
    plain = f"{r.text}\n\n{rows}\n\n{q.text}\n"
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_document(r, q), "html", r.charset, r.cte),
    )


def client_html_only(r: Reply, q: Quote) -> Message:
    """Outlook set to send HTML only."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64 with its localised footer."""
    rows = "\n".join(f"{label}{sep}{value}" for label, sep, value in outlook_rows(q, ANDROID_SENT))
    text = f"{r.text}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{rows}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail: multipart/alternative with a gmail_quote block."""
    attribution = gmail_attribution(q)
    plain = f"{r.text}\n\n{attribution}\n\n{quote(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    text = f"{r.text}\n\n{gmail_attribution(q)}\n\n{quote(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text; the attribution line is quoted too."""
    text = f"{r.text}\n\n{quote(apple_attribution(q))}\n>\n{quote(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def iphone_plain(r: Reply, q: Quote) -> str:
    """The text/plain body an iPhone sends."""
    return f"{r.text}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quote(apple_attribution(q))}\n>\n{quote(q.text)}\n"


def client_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail, plain text with the localised 'Sent from my iPhone'."""
    return text_part(iphone_plain(r, q), "plain", r.charset, r.cte)


def client_iphone_html(r: Reply, q: Quote) -> Message:
    """iPhone Mail when the thread had HTML: multipart/alternative."""
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{html_lines(r.text)}</div>'
        f'<div dir="ltr"><br><div dir="ltr">{IPHONE_SIGNATURE[q.lang]}</div>'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attribution(q))}<br><br>'
        f"{html_paragraphs(q.text)}</blockquote></div></div></body></html>\n"
    )
    return alternative(
        text_part(iphone_plain(r, q), "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed, attribution line above the quote."""
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME)
    text = f"{flowed(r.text)}\n\n{attribution}\n{flowed(q.text, '> ')}\n"
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quote) -> Message:
    """Automatic notices: plain text, nothing quoted."""
    del q
    return text_part(r.text + "\n", "plain", r.charset, r.cte)


def client_notice_html(r: Reply, q: Quote) -> Message:
    """Automatic notices with an HTML alternative (hand-written markup or simple paragraphs)."""
    del q
    markup = r.html or (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{html_paragraphs(r.text)}</div></body></html>\n'
    )
    return alternative(
        text_part(r.text + "\n", "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


CLIENTS: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "html_only": client_html_only,
    "android": client_android,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "iphone": client_iphone,
    "iphone_html": client_iphone_html,
    "thunderbird": client_thunderbird,
    "notice": client_notice,
    "notice_html": client_notice_html,
}
MICROSOFT = {"outlook_html", "html_only", "android"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23D127)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (23D127)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "iphone_html": "Apple-Mail-",
    "outlook_html": "_000_",
    "html_only": "_000_",
    "notice_html": "_000_",
}


def message_id(r: Reply) -> str:
    """A Message-ID in the shape the sender's client or server makes."""
    raw = digest(r.key, "message-id")
    domain = r.sender[1].split("@")[1]
    if r.client.startswith("gmail"):
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    exchange_notice = r.client == "notice_html" and not any(
        name == "X-Mailer" for name, _ in r.headers
    )
    if r.client in MICROSOFT or exchange_notice:
        host = f"AM{raw[0] % 9 + 1}PR0{raw[1] % 9 + 1}MB{1000 + raw[2] * 31 % 9000}"
        region = "EURPRD0" + str(raw[3] % 9 + 1)
        if r.tz == "uk":
            host = f"LO{raw[0] % 9 + 1}P{265 + raw[1] % 30}MB{1000 + raw[2] * 31 % 9000}"
            region = f"GBRP{265 + raw[1] % 30}"
        return f"<{host}{raw.hex()[:20].upper()}@{host}.{region}.PROD.OUTLOOK.COM>"
    if r.client in {"apple", "iphone", "iphone_html"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "outlook":
        h = raw.hex()
        return f"<000001d{h[:9]}${h[9:17]}${h[17:25]}$@{domain}>"
    return f"<{raw.hex()[:24]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The Subject: an explicit one, or the client's reply prefix on the reminder's subject."""
    if r.subject:
        return r.subject.format(subj=q.subject)
    prefix = OUTLOOK_PREFIX[q.lang] if r.client in MICROSOFT | {"outlook"} else "Re: "
    return prefix + q.subject


def with_attachment(r: Reply, body: Message) -> Message:
    """multipart/mixed with a PDF when the sender attached one."""
    if r.attachment is None:
        return body
    name, data = r.attachment
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    """The complete message for one hand-written reply or notice."""
    q = make_quote(r)
    msg = with_attachment(r, CLIENTS[r.client](r, q))
    msg["From"] = mailbox(*r.sender, charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = header_value(reply_subject(r, q), r.charset, "Subject")
    msg["Date"] = format_datetime(r.moment)
    msg["Message-ID"] = message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    if r.client in MICROSOFT:
        msg["Thread-Topic"] = header_value(q.subject, r.charset, "Thread-Topic")
        msg["Thread-Index"] = base64.b64encode(digest(r.key, "thread")[:22]).decode()
        msg["Content-Language"] = CONTENT_LANGUAGE[r.lang]
        msg["X-MS-Has-Attach"] = "yes" if r.attachment else ""
        msg["X-MS-TNEF-Correlator"] = ""
    for name, value in (*CLIENT_HEADERS.get(r.client, ()), *r.headers):
        msg[name] = value
    mime_headers_last(msg)
    tidy_parts(msg)
    set_boundaries(msg, r.key, BOUNDARY_PREFIX.get(r.client, "----=_Part_"))
    return msg


# --------------------------------------------------------------------------------------------
# Delivery reports: skeletons are generated, the human-readable parts are written out one by one
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder dunmail sent to `rcpt` (in `rlang`) that morning."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    zone: str
    rlang: str
    style: str
    invoice: str
    note: str | None = None

    @property
    def moment(self) -> datetime:
        """The report's Date, in the reporting server's zone."""
        return localise(self.when, self.zone, pick(self.key, "seconds", 60))

    @property
    def sent(self) -> datetime:
        """When dunmail sent the reminder (07:05 UK time that day)."""
        day = self.moment.date().isoformat()
        return localise(f"{day} 07:05", "uk", 10 + pick(self.key, "sent", 40))

    @property
    def domain(self) -> str:
        """The failed recipient's domain."""
        return self.rcpt.split("@")[1]

    @property
    def subject(self) -> str:
        """The subject of the reminder that bounced."""
        return reminder_subject(self.rlang, self.invoice)

    def reminder(self) -> Message:
        """The reminder exactly as dunmail sent it."""
        currency = "GBP" if self.rlang == "en" else "EUR"
        amount = DEFAULT_AMOUNTS[currency][pick(self.key, "amount", len(DEFAULT_AMOUNTS[currency]))]
        msg = text_part(
            reminder_text(self.rlang, self.invoice, amount, currency, self.sent),
            "plain",
            "utf-8",
            "qp",
        )
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_value(self.subject, "utf-8", "Subject")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        msg["X-Mailer"] = "dunmail"
        mime_headers_last(msg)
        return msg

    def reminder_headers(self) -> str:
        """The reminder's header block, as returned in text/rfc822-headers."""
        return "".join(f"{name}: {value}\n" for name, value in self.reminder().items())

    def local(self, moment: datetime) -> datetime:
        """A time shown in the reporting server's zone."""
        return in_zone(moment, self.zone)


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """A message/delivery-status part (RFC 3464)."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.local(b.sent))}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.moment)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.moment + timedelta(days=2))}")
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return status


def returned_headers(b: Bounce) -> Message:
    """The reminder's headers as text/rfc822-headers."""
    return text_part(b.reminder_headers(), "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish_bounce(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """Envelope headers, Auto-Submitted and deterministic boundaries for a report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject, "utf-8", "Subject")
    msg["Date"] = format_datetime(b.moment)
    host = sender.rsplit("@", 1)[1].rstrip(">").split(" ")[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 20).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    mime_headers_last(msg)
    tidy_parts(msg)
    set_boundaries(msg, b.key, NDR_BOUNDARY.get(b.style, "----=_Part_"))
    return msg


NDR_BOUNDARY = {
    "gmail_es": "000000000000",
    "exchange_de": "_000_",
    "exchange_fr": "_000_",
    "exchange_nl": "_000_",
}


def plain_notice(text: str) -> Message:
    """A report that is a bare RFC 5322 message: no MIME headers, ASCII only."""
    text.encode("ascii")
    msg = Message()
    msg.set_payload(text)
    return msg


def bounce_sendmail(b: Bounce) -> Message:
    """Sendmail DSN with text/rfc822-headers (hard, user unknown)."""
    arrived = b.local(b.sent)
    human = (
        f"The original message was received at {arrived.strftime('%a, %d %b %Y %H:%M:%S')} {arrived.strftime('%z')}\n"
        "from relay.wrenfield-apiary.example [198.51.100.24]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n"
        f"    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        f"... while talking to mail.{b.domain}.:\n"
        f">>> RCPT To:<{b.rcpt}>\n"
        f"<<< 550 5.1.1 <{b.rcpt}>... User unknown\n"
        f"550 5.1.1 <{b.rcpt}>... User unknown\n"
    )
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            "mta2.wrenfield-apiary.example",
            "failed",
            f"550 5.1.1 <{b.rcpt}>... User unknown",
            f"mail.{b.domain}",
        ),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        "Mail Delivery Subsystem <MAILER-DAEMON@mta2.wrenfield-apiary.example>",
        "Returned mail: see transcript for details",
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail failure notice, no MIME, with the message copied below (hard, domain gone)."""
    text = (
        "Hi. This is the qmail-send program at smtp.dalesnet.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {b.domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 41873 invoked from network); {format_datetime(b.sent)}\n"
        f"{b.reminder().as_string().rstrip()}\n"
    )
    msg = plain_notice(text)
    return finish_bounce(b, msg, "MAILER-DAEMON@smtp.dalesnet.example", "failure notice")


def bounce_exim(b: Bounce) -> Message:
    """Exim failure report, text/plain with the message copied (hard, policy rejection)."""
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx01.{b.domain} [203.0.113.61]\n"
        "    SMTP error from remote mail server after end of data:\n"
        "    550 5.7.1 Rejected by recipient policy: this mailbox accepts mail from\n"
        "    approved suppliers on the payables portal only\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n"
        f"Received: from [198.51.100.24] (helo=relay.wrenfield-apiary.example)\n"
        f"\tby out.wrenfield-apiary.example with esmtpsa (Exim 4.98)\n"
        f"\tid 1wQx7T-0003Kd-1B; {format_datetime(b.sent)}\n"
        f"{b.reminder().as_string().rstrip()}\n"
    )
    msg = text_part(text, "plain", "us-ascii", "7bit")
    return finish_bounce(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@out.wrenfield-apiary.example>",
        "Mail delivery failed: returning message to sender",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_provider_de(b: Bounce) -> Message:
    """A German provider's own notice, plain text, no DSN (soft, mailbox full)."""
    text = (
        "Dies ist eine automatisch erstellte Nachricht des Mailservers mx.kundennetz.example.\n\n"
        "Ihre Nachricht an\n\n"
        f"    {b.rcpt}\n\n"
        "konnte bisher nicht zugestellt werden. Das Postfach des Empfängers hat sein Speicherlimit erreicht "
        "(452 4.2.2 Mailbox full).\n\n"
        "Wir versuchen die Zustellung in den nächsten 72 Stunden automatisch erneut. Sie müssen nichts weiter "
        "unternehmen. Kann die Nachricht bis dahin nicht zugestellt werden, erhalten Sie eine weitere Benachrichtigung.\n\n"
        f"Betreff der Nachricht: {b.subject}\n"
        f"Eingang bei uns: {render('{dd}.{mo}.{y} {HH}:{MM}', 'de', b.local(b.sent))} Uhr\n\n"
        "-- \nKundennetz Mail-System\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return finish_bounce(
        b,
        msg,
        "Mailer-Daemon <mailer-daemon@mx.kundennetz.example>",
        f"Zustellung verzögert: {b.subject}",
    )


@dataclass(frozen=True)
class ExchangeText:
    """The localised parts of an Exchange Online report."""

    subject_prefix: str
    plain: str
    action: str
    diagnostic: str
    language: str


def bounce_exchange(b: Bounce, words: ExchangeText) -> Message:
    """Exchange Online report from the recipient's tenant: multipart/report with HTML."""
    mta = f"{b32(b.key, 'mta', 4)}P{190 + pick(b.key, 'mta', 60)}MB{4000 + pick(b.key, 'mbx', 5000)}.eurprd0{1 + pick(b.key, 'prd', 8)}.prod.outlook.com"
    sent = b.local(b.sent)
    plain = (
        words.plain.format(
            rcpt=b.rcpt,
            domain=b.domain,
            subject=b.subject,
            sent=render(
                "{dd}.{mo}.{y} {HH}:{MM}:{SS}"
                if words.language == "de"
                else "{dd}/{mo}/{y} {HH}:{MM}:{SS}",
                words.language,
                sent,
            ),
            mta=mta,
        )
        + "\n"
    )
    paragraphs = "".join(
        f'<p style="font-family:Segoe UI,sans-serif;font-size:14px;color:#212121">{html_lines(chunk)}</p>\n'
        for chunk in plain.split("\n\n")
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        f'<body dir="ltr" lang="{words.language}">\n<div style="max-width:600px">\n{paragraphs}</div>\n</body></html>\n'
    )
    msg = report(
        alternative(
            text_part(plain, "plain", "utf-8", "qp"),
            text_part(markup, "html", "utf-8", "qp"),
        ),
        delivery_status(b, mta, words.action, words.diagnostic),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        words.subject_prefix + b.subject,
        (
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Content-Language", CONTENT_LANGUAGE[words.language]),
        ),
    )


EXCHANGE_DE = ExchangeText(
    "Unzustellbar: ",
    "Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.\n\n"
    "Die Adresse wurde bei {domain} nicht gefunden.\n\n"
    "Was Sie tun können\n"
    "Prüfen Sie die Adresse auf Tippfehler und senden Sie die Nachricht erneut. Stimmt die Adresse, fragen Sie den Empfänger auf einem anderen Weg nach seiner gültigen E-Mail-Adresse.\n\n"
    "Weitere Informationen für E-Mail-Administratoren\n"
    "Statuscode: 550 5.1.10\n"
    "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
    "Ursprüngliche Nachricht gesendet: {sent}\n"
    "Meldender Server: {mta}",
    "failed",
    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    "de",
)
EXCHANGE_FR = ExchangeText(
    "Non remis : ",
    "Votre message n'a pas pu être remis à {rcpt}.\n\n"
    "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de nouveaux messages pour le moment.\n\n"
    "Que faire ?\n"
    "Renvoyez le message plus tard, ou contactez le destinataire par un autre moyen pour lui demander de libérer de l'espace dans sa boîte aux lettres.\n\n"
    "Informations complémentaires pour les administrateurs de messagerie\n"
    "Code d'état : 554 5.2.2\n"
    "mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\n"
    "Message d'origine envoyé le : {sent}\n"
    "Serveur de rapport : {mta}",
    "failed",
    "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
    "fr",
)
EXCHANGE_NL = ExchangeText(
    "Bezorging vertraagd: ",
    "De bezorging van uw bericht is vertraagd.\n\n"
    "Ontvanger: {rcpt}\n"
    "Onderwerp: {subject}\n\n"
    "Er wordt nog steeds geprobeerd het bericht te bezorgen. U hoeft niets te doen. Als het bericht niet binnen twee dagen kan worden bezorgd, ontvangt u een nieuwe melding.\n\n"
    "Diagnostische gegevens voor beheerders\n"
    "Statuscode: 4.4.7\n"
    "Server mail.{domain} (on-premises) did not respond: 451 4.4.7 Message delayed\n"
    "Oorspronkelijk bericht verzonden: {sent}\n"
    "Rapporterende server: {mta}",
    "delayed",
    "451 4.4.7 Message delayed",
    "nl",
)


def bounce_exchange_de(b: Bounce) -> Message:
    """Exchange Online, German, recipient not found (hard)."""
    return bounce_exchange(b, EXCHANGE_DE)


def bounce_exchange_fr(b: Bounce) -> Message:
    """Exchange Online, French, mailbox full with a 5.x code (soft)."""
    return bounce_exchange(b, EXCHANGE_FR)


def bounce_exchange_nl(b: Bounce) -> Message:
    """Exchange Online, Dutch, delivery delayed (soft)."""
    return bounce_exchange(b, EXCHANGE_NL)


def bounce_provider_fr(b: Bounce) -> Message:
    """A French host's DSN with a French explanation (hard, unknown user)."""
    human = (
        "Ceci est un message automatique du serveur relais.hebergeur-mail.example.\n\n"
        "Votre message n'a pas pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : cette adresse n'existe pas chez le destinataire (550 5.1.1 utilisateur inconnu).\n\n"
        "Il s'agit d'une erreur définitive : le message ne sera pas renvoyé. Vérifiez l'orthographe de l'adresse "
        "ou contactez votre correspondant par un autre moyen.\n\n"
        "Les en-têtes du message d'origine sont joints à ce rapport.\n"
    )
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "relais.hebergeur-mail.example",
            "failed",
            f"550 5.1.1 <{b.rcpt}>: utilisateur inconnu",
            f"mx.{b.domain}",
        ),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        "Service de messagerie <MAILER-DAEMON@relais.hebergeur-mail.example>",
        f"Message non délivré : {b.subject}",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail's failure report in Spanish (hard, account does not exist)."""
    server = "550 5.1.1 The email account that you tried to reach does not exist. Please check the address for typos. 4fb4d7f45d1cf-5f3c2a1e9b7sm4410923a12.41 - gsmtp"
    plain = (
        "** No se ha encontrado la dirección **\n\n"
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.\n\n"
        "Obtén más información en https://support.google.com/mail/?p=NoSuchUser\n\n"
        "La respuesta del servidor remoto ha sido:\n"
        f"{server}\n"
    )
    markup = (
        '<html><head></head><body><table cellpadding="0" cellspacing="0" style="max-width:600px">'
        '<tr><td style="font-family:Google Sans,Roboto,sans-serif;font-size:24px;color:#202124">No se ha encontrado la dirección</td></tr>'
        f'<tr><td style="font-family:Roboto,sans-serif;font-size:16px;color:#202124;padding-top:16px">Tu mensaje no se ha entregado a <a style="color:#212121;text-decoration:none"><b>{html.escape(b.rcpt)}</b></a> porque no se ha encontrado la dirección o esta no puede recibir correo.</td></tr>'
        '<tr><td style="font-family:Roboto,sans-serif;font-size:14px;color:#3c4043;padding-top:24px">La respuesta del servidor remoto ha sido:<br>'
        f"{html.escape(server)}</td></tr></table></body></html>\n"
    )
    msg = report(
        alternative(
            text_part(plain, "plain", "utf-8", "qp"),
            text_part(markup, "html", "utf-8", "qp"),
        ),
        delivery_status(b, "googlemail.com", "failed", server, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
    )


def bounce_provider_es(b: Bounce) -> Message:
    """A Spanish host's delay DSN in Latin-1 (soft, connection timed out)."""
    human = (
        "Este es un aviso automático del servidor de correo correo.servidoresweb-iberia.example.\n\n"
        "Todavía no ha sido posible entregar su mensaje a los siguientes destinatarios:\n\n"
        f"    {b.rcpt}\n\n"
        f"Motivo: el servidor de destino mx.{b.domain} no responde (4.4.1 Connection timed out).\n\n"
        "Seguiremos intentándolo automáticamente durante dos días. No es necesario que vuelva a enviar el mensaje; "
        "si finalmente no se puede entregar, recibirá un nuevo aviso.\n"
    )
    msg = report(
        text_part(human, "plain", "iso-8859-1", "qp"),
        delivery_status(
            b,
            "correo.servidoresweb-iberia.example",
            "delayed",
            "4.4.1 Connection timed out",
            f"mx.{b.domain}",
        ),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        "MAILER-DAEMON@correo.servidoresweb-iberia.example (Sistema de correo)",
        f"Aviso: mensaje retrasado - {b.subject}",
    )


def bounce_provider_it_plain(b: Bounce) -> Message:
    """An Italian provider's non-MIME notice, accents typed as apostrophes (hard, domain gone)."""
    text = (
        "Gentile utente,\n\n"
        f"il messaggio da lei inviato a {b.rcpt} non e' stato recapitato.\n\n"
        f"Motivo: il dominio {b.domain} non e' piu' ospitato su questo server\n"
        "(550 5.1.2 dominio non gestito).\n\n"
        "L'errore e' permanente: il messaggio non verra' ritrasmesso.\n\n"
        "---- Intestazioni del messaggio originale ----\n\n"
        f"{b.reminder_headers()}"
    )
    msg = plain_notice(text)
    return finish_bounce(
        b,
        msg,
        "Servizio Posta <postmaster@posta.retecasa-it.example>",
        f"Mancata consegna: {b.subject}",
    )


def bounce_greylist_it(b: Bounce) -> Message:
    """An Italian host's delay DSN after greylisting (soft, policy)."""
    human = (
        "Questo è un messaggio generato automaticamente dal server mx2.hostingweb-italia.example.\n\n"
        f"Il recapito del suo messaggio a {b.rcpt} è stato ritardato: il server di destinazione "
        "lo ha rifiutato temporaneamente (451 4.7.1 Greylisted, riprovare più tardi).\n\n"
        "Il sistema ritenterà automaticamente la consegna. Non è necessario inviare di nuovo il messaggio.\n"
    )
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mx2.hostingweb-italia.example",
            "delayed",
            "451 4.7.1 Greylisted, please try again later",
            f"mx.{b.domain}",
        ),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx2.hostingweb-italia.example>",
        f"Notifica di ritardo: {b.subject}",
    )


BOUNCE_STYLES: dict[str, Callable[[Bounce], Message]] = {
    "sendmail": bounce_sendmail,
    "qmail": bounce_qmail,
    "exim": bounce_exim,
    "provider_de": bounce_provider_de,
    "exchange_de": bounce_exchange_de,
    "exchange_fr": bounce_exchange_fr,
    "exchange_nl": bounce_exchange_nl,
    "provider_fr": bounce_provider_fr,
    "gmail_es": bounce_gmail_es,
    "provider_es": bounce_provider_es,
    "provider_it": bounce_provider_it_plain,
    "greylist_it": bounce_greylist_it,
}


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
TRANSFER_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Size 4/Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Dave Kettering", "dave.kettering.bees@gmail.com"),
        "2032-03-16 07:48",
        "gmail",
        "Paid.",
        lab(note="one-word reply; no date"),
        due="86.40",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        (
            "Brambledown Fruit Ltd – Accounts Payable",
            "ap-noreply@brambledownfruit.example",
        ),
        "2032-03-18 06:02",
        "notice_html",
        "REMITTANCE ADVICE\n\nPayee: Wrenfield Beekeeping Supplies Ltd\nSupplier no.: 300471\nPayment date: 18/03/2032\nPayment method: BACS\nPayment reference: 2000418836\n\nYour invoice    Invoice date    Amount\nWBS-32-00362    07/02/2032      £1,920.00\nWBS-32-00405    11/02/2032      £2,640.00\n\nTotal paid: £4,560.00\n\nFunds should reach your account within three working days. Please do not reply to this email; this mailbox is not monitored. Queries to purchase.ledger@brambledownfruit.example, quoting the payment reference.\n\nBrambledown Fruit Ltd. Registered in England and Wales No. 04410922.",
        lab(
            "WBS-32-00362",
            "WBS-32-00405",
            paid_date="2032-03-18",
            payment_reference="2000418836",
            amount="4560.00",
            currency="GBP",
            note="AP-system remittance advice: quotes nothing, invoice numbers taken from the advice; the queries address is not a new contact",
        ),
        subject="Remittance advice – Brambledown Fruit Ltd – payment 2000418836",
        html=(
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10pt">\n'
            "<h3>REMITTANCE ADVICE</h3>\n"
            "<p>Payee: Wrenfield Beekeeping Supplies Ltd<br>Supplier no.: 300471<br>Payment date: 18/03/2032<br>Payment method: BACS<br>Payment reference: 2000418836</p>\n"
            '<table border="1" cellpadding="4" cellspacing="0"><tr><th>Your invoice</th><th>Invoice date</th><th>Amount</th></tr>\n'
            '<tr><td>WBS-32-00362</td><td>07/02/2032</td><td align="right">£1,920.00</td></tr>\n'
            '<tr><td>WBS-32-00405</td><td>11/02/2032</td><td align="right">£2,640.00</td></tr>\n'
            '<tr><td colspan="2"><b>Total paid</b></td><td align="right"><b>£4,560.00</b></td></tr></table>\n'
            "<p>Funds should reach your account within three working days. Please do not reply to this email; this mailbox is not monitored. Queries to purchase.ledger@brambledownfruit.example, quoting the payment reference.</p>\n"
            '<p style="font-size:8pt;color:#666">Brambledown Fruit Ltd. Registered in England and Wales No. 04410922.</p>\n'
            "</body></html>\n"
        ),
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver Mail 7.50")),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Gwen Hollis", "treasurer@foxleylaneallotments.example"),
        "2032-03-23 21:14",
        "gmail_plain",
        "Dear Accounts,\n\nThank you for your email, and I do apologise for the delay in coming back to you. It has been a busy few weeks here at Foxley Lane. We had our AGM on the 9th and I was finally allowed to hand the seed order over to somebody younger, which I have been trying to do for about four years! We also lost one of our two society hives over the winter (we think it was the wet January rather than varroa, but the jury is out), so the members voted to buy a replacement nuc from you again in May, which I expect you will hear about from Colin separately.\n\nAnyway, to your email. I went into the branch on Saturday morning and paid the £312.40 from the society account, as the committee had signed it off at the AGM. The reference I gave was FOXLEY BEES. I'm afraid I don't do the online banking, so I can't send you a screenshot, but the counterfoil is in the cash book if anybody needs to see it.\n\nWith best wishes for the season,\n\nGwen Hollis\nHon. Treasurer, Foxley Lane Allotment & Garden Society",
        lab(
            paid_date="2032-03-20",
            payment_reference="FOXLEY BEES",
            amount="312.40",
            currency="GBP",
            note="point buried in the second paragraph; 'Saturday' is past, so the Saturday before Tue 23 March; paid over the counter",
        ),
        due="312.40",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Jürgen Haberl", "j.haberl@imkerei-haberl.example"),
        "2032-03-19 18:40",
        "iphone",
        "Erledigt.",
        lab(note="one word: 'erledigt' in answer to a payment reminder means paid; no date"),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("EARL Vergers Delaunay", "earl.delaunay@vergers-delaunay.example"),
        "2032-03-22 12:31",
        "android",
        "BONJOUR\nREGLE PAR VIREMENT LE 10/03 VOIR AVEC VOTRE BANQUE\nCORDIALEMENT\nP DELAUNAY",
        lab(paid_date="2032-03-10", note="all caps, no accents"),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        (
            "Mairie de Saint-Aubin-des-Prés – Service finances",
            "finances@mairie-saintaubin.example",
        ),
        "2032-03-25 15:06",
        "outlook_html",
        "Madame, Monsieur,\n\nSuite à votre courriel de relance, nous vous informons que la facture WBS-32-00389, relative à la fourniture de trois ruches Dadant et de l'équipement du rucher pédagogique de l'école Jean-Moulin, a été mandatée le 11 mars 2032.\n\nLe virement a été exécuté par le Service de gestion comptable le 23 mars 2032 ; les fonds devraient apparaître sur votre compte dans les prochains jours.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nNathalie Roussel\nResponsable du service finances\nMairie de Saint-Aubin-des-Prés",
        lab(
            "WBS-32-00389",
            paid_date="2032-03-23",
            note="public body: the mandate (11 March) is the order to pay, the transfer date (23 March) is the payment",
        ),
        invoice="WBS-32-00389",
        charset="windows-1252",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Lucía Fernández", "lucia@apicolalasierra.example"),
        "2032-03-17 10:22",
        "gmail",
        "Hola,\n\nSe hizo ayer por transferencia, os adjunto el justificante. Si todavía no os aparece es porque entre bancos tarda un par de días.\n\nUn saludo,\nLucía\nApícola La Sierra",
        lab(paid_date="2032-03-16", note="with the bank's transfer receipt attached"),
        attachment=("justificante_transferencia.pdf", TRANSFER_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Administración Viveros Garrigues", "administracion@viverosgarrigues.example"),
        "2032-03-18 09:47",
        "outlook",
        "Buenos días:\n\n¿No os llegó la transferencia del día 5? La hicimos con el concepto WBS/32/00433 por el importe completo. Si no la encontráis decídnoslo y pedimos al banco el justificante.\n\nSaludos,\nRosa Llorens\nAdministración\nViveros Garrigues, S.L.",
        lab(
            "WBS-32-00433",
            paid_date="2032-03-05",
            note="asked as a question but states the transfer of the 5th; invoice number written with slashes",
        ),
        invoice="WBS-32-00433",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Bart Hoogendoorn", "bart@hoogendoorn-fruit.example"),
        "2032-03-31 20:05",
        "iphone",
        "Is gisteren overgemaakt\nGr Bart",
        lab(paid_date="2032-03-30"),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Ingrid Smits", "administratie@fruitbedrijfsmits.example"),
        "2032-03-24 14:12",
        "apple",
        "Goedemiddag,\n\nOp 22 maart hebben wij € 1.975,00 naar u overgemaakt onder kenmerk BET-2032-0577. Daarmee zijn zowel wbs-32-00459 als de factuur voor de bestuivingskasten (WBS 32 00471) voldaan.\n\nMet vriendelijke groet,\n\nIngrid Smits\nAdministratie\nFruitbedrijf Smits V.O.F.",
        lab(
            "WBS-32-00459",
            "WBS-32-00471",
            paid_date="2032-03-22",
            payment_reference="BET-2032-0577",
            amount="1975.00",
            currency="EUR",
            note="one transfer for two invoices, written in two different forms",
        ),
        invoice="WBS-32-00459",
        due="1185.00",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Giacomo Ferri", "giacomo.ferri@apiarioferri.example"),
        "2032-04-06 08:51",
        "iphone",
        "Fatto stamattina, bonifico da 245 euro. CRO 48213376501\nGiacomo",
        lab(
            paid_date="2032-04-06",
            payment_reference="48213376501",
            amount="245.00",
            currency="EUR",
        ),
        due="245.00",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        (
            "Consorzio Apicoltori Val di Sole – Amministrazione",
            "amministrazione@apicoltorivaldisole.example",
        ),
        "2032-03-26 11:30",
        "outlook_html",
        "Buongiorno,\n\nvi informiamo che la fattura WBS-32-00447 è stata saldata con bonifico SEPA del 24/03/2032 (in allegato la contabile).\n\nPer la nostra contabilità avremmo però bisogno di una copia della fattura intestata correttamente al Consorzio, con il nostro codice fiscale: quella che ci è arrivata riporta solo il nome del presidente. Potete rimandarcela?\n\nGrazie e buona giornata,\n\nChiara Moser\nUfficio amministrativo",
        lab(
            "WBS-32-00447",
            paid_date="2032-03-24",
            note="paid, and asks for a re-addressed copy: the payment claim wins over the document request",
        ),
        invoice="WBS-32-00447",
        attachment=("contabile_bonifico_24032032.pdf", TRANSFER_PDF),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Kelly Brennan", "kelly.brennan@harlowgrowers.example"),
        "2032-03-16 11:05",
        "outlook_html",
        "Hi,\n\nThanks for the nudge. WBS-32-00398 was approved yesterday and has been released for Friday's payment run, so you should see the £3,480.00 land early next week.\n\nKind regards,\n\nKelly Brennan\nAccounts Payable | Harlow Growers Group plc\nPurchase Ledger: 01632 960418\n\nThis email and any attachments are confidential and intended for the addressee only. Harlow Growers Group plc, registered in England No. 03318760.",
        lab(
            "WBS-32-00398",
            promised_date="2032-03-19",
            amount="3480.00",
            currency="GBP",
            note="past tense ('approved', 'released') announcing a future payment run: Friday 19 March",
        ),
        invoice="WBS-32-00398",
        due="3480.00",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Alison Whitcombe", "bursar@hollybankprimary.example"),
        "2032-03-19 15:42",
        "outlook",
        "Dear Wrenfield Accounts,\n\nApologies – the invoice for the observation hive and the children's bee suits was waiting for a second signature from our head teacher, who has been off this week. She is back on Monday and I have it booked to go out with the BACS payments next Thursday.\n\nYours sincerely,\n\nMrs Alison Whitcombe\nSchool Business Manager\nHollybank Primary School",
        lab(
            promised_date="2032-03-25",
            note="'next Thursday' written on Friday 19 March: the coming Thursday, 25 March",
        ),
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Rob Penhale", "rob@penhalehoney.example"),
        "2032-04-01 13:20",
        "iphone_html",
        "Hi, I'm out on the moor with the hives till Tuesday with no signal most of the time. I'll pay it Tuesday night when I'm back at the laptop.\nRob",
        lab(
            promised_date="2032-04-06",
            note="a person writing, despite the 'out of office' subject; 'Tuesday' after Thu 1 April is 6 April",
        ),
        subject="Out of office till Tues",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Buchhaltung Obsthof Brandt", "buchhaltung@obsthof-brandt.example"),
        "2032-03-24 10:15",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung WBS-32-00428 über EUR 1.260,00 ist freigegeben und für den Zahlungslauf in KW 15 vorgemerkt.\n\nMit freundlichen Grüßen\n\ni. A. Sabine Krüger\nBuchhaltung\nObsthof Brandt GmbH & Co. KG",
        lab(
            "WBS-32-00428",
            promised_date="2032-04-05",
            amount="1260.00",
            currency="EUR",
            note="'KW 15' → Monday of ISO week 15, as 'next week' → its Monday",
        ),
        invoice="WBS-32-00428",
        due="1260.00",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Timo Wessel", "timo.wessel@gmx.de"),
        "2032-03-18 22:47",
        "iphone",
        "sorry hab total vergesen mach ich morgen früh glei als erstes\nLG Timo",
        lab(
            promised_date="2032-03-19",
            note="typos, no punctuation; 'morgen' → the next day",
        ),
        cte="8bit",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Hélène Castagné", "helene.castagne@lesvergersdumoulin.example"),
        "2032-03-17 18:02",
        "gmail",
        "Bonsoir,\n\nComme d'habitude je règle fin de mois, au moment où on encaisse les ventes du marché. Ce sera fait avant le 31 sans faute.\n\nBonne soirée,\nHélène",
        lab(promised_date="2032-03-31", note="'fin de mois' → last day of the month"),
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        (
            "Cooperativa Apícola del Maestrazgo",
            "contabilidad@apicolamaestrazgo.example",
        ),
        "2032-04-02 09:12",
        "thunderbird",
        "Buenos días,\n\nLes confirmamos que la factura quedará abonada a finales de mes, junto con el resto de proveedores. Disculpen el retraso; con la Semana Santa la oficina ha estado a medio gas.\n\nAtentamente,\n\nPilar Sancho\nDepartamento de contabilidad",
        lab(
            promised_date="2032-04-30",
            note="'a finales de mes' written on 2 April → 30 April",
        ),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Jordi Puig", "jordi.puig@fincaelmolar.example"),
        "2032-03-22 13:40",
        "outlook_html",
        "Hola,\n\nNosotros pagamos a proveedores los días 15 de cada mes. Como la factura nos llegó tarde ya no entró en la remesa de marzo, así que irá en la del 15 de abril.\n\nSaludos,\nJordi Puig\nFinca El Molar",
        lab(promised_date="2032-04-15", note="the 15th of next month"),
        charset="windows-1252",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Willem de Graaf", "w.degraaf@imkerijdegraaf.example"),
        "2032-03-22 08:30",
        "gmail_plain",
        "Hoi, ik betaal hem over twee weken, dan komt de vergoeding voor de bestuiving binnen. Groet, Willem",
        lab(
            promised_date="2032-04-05",
            note="'over twee weken' from Mon 22 March → 5 April",
        ),
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Joke Verhoef", "penningmeester@bijenhal-amstelland.example"),
        "2032-03-30 19:30",
        "apple",
        "Beste heer/mevrouw,\n\nExcuses voor de vertraging. Wij zijn een vrijwilligersorganisatie en betalen de bijenkasten uit de gemeentelijke subsidie voor ons educatieve programma. Die subsidie is toegekend maar nog niet uitgekeerd. Zodra het geld op onze rekening staat, maak ik uw factuur als eerste over.\n\nMet vriendelijke groet,\nJoke Verhoef\nPenningmeester Stichting Bijenhal Amstelland",
        lab(note="promise conditional on a grant being paid out; no day"),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        (
            "Az. Agr. Il Ciliegio – Amministrazione",
            "amministrazione@ilciliegio-agricola.example",
        ),
        "2032-03-25 16:55",
        "outlook",
        "Buonasera,\n\nla fattura è in pagamento, provvederemo al saldo entro fine mese.\n\nCordiali saluti\nDaniela Rota\nAzienda Agricola Il Ciliegio",
        lab(promised_date="2032-03-31", note="'entro fine mese' → last day of the month"),
        charset="windows-1252",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Marco Bellandi", "marco.bellandi@meleti-bellandi.example"),
        "2032-03-31 10:05",
        "gmail",
        "Buongiorno,\n\nho visto adesso il sollecito. Il pagamento l'ho già programmato in banca con data 15/04. Scusate il ritardo, con la fioritura siamo sempre in campo.\n\nMarco",
        lab(
            promised_date="2032-04-15",
            note="'già programmato' (already scheduled) describes a future transfer dated 15/04",
        ),
    ),
]

DISPUTE = [
    Reply(
        "dp-en-1",
        "dispute",
        "en",
        ("Tom Ashdown", "tom.ashdown@ashdownorchards.example"),
        "2032-04-05 09:20",
        "outlook_html",
        "Morning,\n\nBefore this goes any further: WBS-32-00452 charges us for 40 colonies on the cherry block at £48 each. Your lads put 32 out on the 29th – I counted them myself and your driver's delivery note says 32 as well. I'm not paying for eight hives that are sitting in your yard.\n\nSend me a corrected invoice for 32 and it'll be paid straight away.\n\nTom Ashdown\nAshdown Orchards",
        lab(
            "WBS-32-00452",
            note="pollination hive count contested; payment offered only against a corrected invoice",
        ),
        invoice="WBS-32-00452",
        due="2304.00",
    ),
    Reply(
        "dp-en-2",
        "dispute",
        "en",
        ("Sunita Bhatt", "sunita@thebeegarden.example"),
        "2032-03-17 20:31",
        "gmail",
        "Hi there,\n\nI've paid for the frames, foundation and the feeder (£142.60 went over on Monday) but I'm not paying the £96 for the queens. Two of the three Buckfast queens were dead in their cages when the parcel arrived and the third died within a day – I sent photos to your orders address on the 4th and never heard back.\n\nHappy to settle the rest once you've credited the queens or sent replacements.\n\nSunita",
        lab(note="paid part, contests the rest: dispute beats the payment claim"),
        due="238.60",
    ),
    Reply(
        "dp-en-3",
        "dispute",
        "en",
        ("Gareth Pryce", "gareth.pryce@pryceapiaries.example"),
        "2032-03-24 17:58",
        "iphone",
        "We have NOT paid this because the extractor you sent turned up with a cracked drum and a bent gate valve. I have emailed twice and rung once. Nobody has come back to me. I am not paying for a broken extractor. Sort out a collection and a replacement and then we can talk.",
        lab(note="negated payment with the reason: damaged goods"),
    ),
    Reply(
        "dp-de-1",
        "dispute",
        "de",
        ("Dr. Friederike Lange", "f.lange@lehrimkerei-rabenfeld.example"),
        "2032-03-15 14:25",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nder Rechnung WBS-32-00352 widersprechen wir hiermit. Berechnet wurden zehn komplette Zanderbeuten; geliefert wurden laut unserem Wareneingang vom 09.02.2032 jedoch nur sechs vollständige Beuten, bei den übrigen vier fehlten Deckel und Böden. Die zugesagte Nachlieferung ist bis heute nicht erfolgt.\n\nWir bitten um eine Gutschrift über die fehlenden Teile bzw. eine berichtigte Rechnung. Bis dahin wird die Rechnung nicht zur Zahlung angewiesen.\n\nMit freundlichen Grüßen\n\nDr. Friederike Lange\nLeiterin der Lehr- und Versuchsimkerei Rabenfeld",
        lab("WBS-32-00352", note="incomplete delivery; formal objection"),
        invoice="WBS-32-00352",
    ),
    Reply(
        "dp-de-2",
        "dispute",
        "de",
        ("Klaus Obermeier", "klaus@obermeier-honig.example"),
        "2032-04-07 07:44",
        "gmail_plain",
        "Moin,\n\ndie Oxalsäure und die Futterteigpakete haben Sie uns schon mit der 00126 im Januar berechnet, und die haben wir bezahlt. In der WBS-32-00461 stehen die gleichen Positionen nochmal drin. Bitte stornieren.\n\nGruß\nKlaus Obermeier",
        lab(
            "WBS-32-00126",
            "WBS-32-00461",
            note="double billing; the short form '00126' is normalised; the payment mentioned is of the earlier invoice",
        ),
        invoice="WBS-32-00461",
    ),
    Reply(
        "dp-fr-1",
        "dispute",
        "fr",
        ("François Merle", "f.merle@gaecdesvergers.example"),
        "2032-03-19 08:10",
        "apple",
        "Bonjour,\n\nIl y a une erreur sur la facture : nous avions convenu avec M. Hartley, au salon de Rennes, d'un tarif de 45 € par ruche pour la pollinisation des pommiers, et vous facturez 55 €. Sur 24 ruches ça fait 240 € de différence.\n\nMerci de nous envoyer une facture rectifiée, nous ne réglerons pas celle-ci en l'état.\n\nFrançois Merle\nGAEC des Vergers de la Rance",
        lab(note="agreed price versus invoiced price"),
        due="1320.00",
    ),
    Reply(
        "dp-fr-2",
        "dispute",
        "fr",
        ("Amélie Prigent", "amelie.prigent@miellerie-prigent.example"),
        "2032-03-30 11:42",
        "thunderbird",
        "Bonjour,\n\nNous contestons cette facture. Les deux cartons de cire gaufrée sont arrivés complètement déformés (sans doute restés au chaud dans le camion) : les feuilles sont collées entre elles et inutilisables. J'ai gardé les cartons, les photos sont à votre disposition.\n\nNous attendons un avoir ou un remplacement avant tout règlement.\n\nCordialement,\nAmélie Prigent\nMiellerie Prigent",
        lab(note="goods unusable on arrival"),
        cte="8bit",
    ),
    Reply(
        "dp-es-1",
        "dispute",
        "es",
        ("Andrés Molina", "andres.molina@mielesmolina.example"),
        "2032-03-23 19:05",
        "android",
        "No hemos pagado porque de las diez reinas que mandasteis llegaron seis muertas. Ya lo avisé por teléfono. Hasta que no nos mandéis las de reposición o un abono no vamos a pagar la factura entera.\n\nAndrés",
        lab(note="negated payment with the reason: dead queens"),
    ),
    Reply(
        "dp-nl-1",
        "dispute",
        "nl",
        ("P. van der Heijden", "p.vanderheijden@fruitteeltvdheijden.example"),
        "2032-04-08 10:30",
        "outlook",
        "Geachte heer/mevrouw,\n\nWij gaan niet akkoord met deze factuur. De bestuivingsvolken zouden volgens afspraak op 22 maart geplaatst worden, maar zijn pas op 2 april gebracht. Toen was de perenbloei al grotendeels voorbij, dus wij hebben nauwelijks iets aan de dienst gehad.\n\nWij verwachten een voorstel voor een creditering voordat wij iets betalen.\n\nMet vriendelijke groet,\n\nPeter van der Heijden\nFruitteelt Van der Heijden",
        lab(note="pollination hives placed after the blossom"),
        charset="iso-8859-1",
    ),
    Reply(
        "dp-nl-2",
        "dispute",
        "nl",
        ("Sanne", "sanne.bakker.imker@gmail.com"),
        "2032-03-20 10:14",
        "iphone",
        "Hoi, waarom staat er € 14,95 verzendkosten op? Op jullie site staat gratis verzending vanaf € 100 en ik zat daar ruim boven. Die betaal ik dus niet, de rest wel.\n\nGroetjes Sanne",
        lab(note="a question that contests one charge; 'de rest wel' is no payment claim"),
        due="168.45",
    ),
    Reply(
        "dp-it-1",
        "dispute",
        "it",
        ("Studio Tonelli", "contabilita@studiotonelli.example"),
        "2032-03-18 12:00",
        "outlook_html",
        "Gentili signori,\n\nscriviamo per conto del nostro cliente Apicoltura Valle Stura s.s. in merito alla fattura in oggetto.\n\nLa fattura riporta l'IVA britannica al 20%, ma trattandosi di una cessione di beni a un soggetto passivo italiano l'operazione non dovrebbe essere gravata da IVA nel Regno Unito. L'importo richiesto è quindi superiore al dovuto di € 186,00.\n\nVi chiediamo di emettere una nota di credito e una nuova fattura senza IVA. Fino ad allora il cliente non procederà al pagamento.\n\nDistinti saluti,\n\nDott.ssa Elena Tonelli\nStudio Tonelli – Consulenza fiscale e del lavoro",
        lab(
            note="accountants writing for their client; VAT charged in error; Italian reply to an English reminder"
        ),
        rlang="en",
        due="1116.00",
        currency="EUR",
        charset="windows-1252",
    ),
    Reply(
        "dp-it-2",
        "dispute",
        "it",
        ("Vittorio Sangalli", "vittorio.sangalli@libero.it"),
        "2032-04-03 16:20",
        "gmail",
        "Buongiorno,\n\nvi scrivo perché mi è arrivato il vostro sollecito e devo dire che mi ha un po' sorpreso. Sono cliente da diversi anni, ho sempre pagato tutto e non ho mai avuto problemi, anzi ho consigliato la vostra ditta a mezza associazione. Quest'anno però l'ordine di febbraio è stato un disastro. L'affumicatore grande perdeva dalla saldatura del fondo e dopo due giorni si è bucato, le tute che avevo chiesto in taglia L sono arrivate in XXL e le ho rispedite indietro a spese mie. Ho chiamato due volte il vostro numero e la seconda volta mi hanno detto che mi avrebbero richiamato, cosa che non è successa.\n\nInsomma, la fattura così com'è non la pago: aspetto la nota di credito per l'affumicatore e le tute, poi salderò il resto senza problemi.\n\nCordiali saluti e buona Pasqua, anche se in ritardo,\nVittorio Sangalli",
        lab(note="long and rambling; the refusal and the credit-note condition come at the end"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Lee Harrington", "lee.harrington.bees@gmail.com"),
        "2032-03-21 22:13",
        "gmail_plain",
        "hi sorry about this. lost 6 out of my 8 hives over the winter and spent what i had on new nucs, money is really tight till the honey comes in. could i pay it off at £40 a month? i can start on the 1st. really sorry, not trying to dodge it\n\nlee",
        lab(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
        due="386.50",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Kingsleigh Academy Trust – Finance", "finance@kingsleighacademy.example"),
        "2032-03-15 10:02",
        "outlook",
        "Good morning,\n\nWe have reached the end of our budget for this financial year and can only release £250.00 of the £530.00 before 31 March. That part will go out in this week's payment run. The remaining £280.00 will be paid in April once the new year's budget is loaded.\n\nI hope this is acceptable. Please let me know if you need anything from us.\n\nRegards,\n\nDominic Fairley\nFinance Officer\nKingsleigh Academy Trust",
        lab(note="part now, the rest in the new budget year → payment_plan"),
        due="530.00",
        charset="windows-1252",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Hannah Marsh", "hannah@marshfarm.example"),
        "2032-03-29 08:15",
        "apple",
        "Hello,\n\nCould you give us another 30 days on this one? The pollination money for the oilseed rape doesn't come through from the estate until late April, and we'd rather pay you in full then than scrape it together now. If that's a problem just say and I'll ring you.\n\nThanks,\nHannah Marsh\nMarsh Farm",
        lab(note="asks for more time: payment_plan, no date labelled"),
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Michael Schönberger", "m.schoenberger@bienenhof-schoenberger.example"),
        "2032-03-16 09:40",
        "outlook_html",
        "Guten Morgen,\n\ndie Rechnung über die Honigschleuder und das Abfüllzubehör ist für uns als kleinen Betrieb gerade ein ziemlicher Brocken. Wäre es möglich, den Betrag in drei Monatsraten zu begleichen, die erste Ende März?\n\nViele Grüße\nMichael Schönberger\nBienenhof Schönberger",
        lab(note="three monthly instalments"),
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Imkerverein Lindenau e.V. – Kasse", "kasse@imkerverein-lindenau.example"),
        "2032-04-01 19:50",
        "gmail",
        "Hallo,\n\nwir bitten um Stundung der Rechnung bis Mitte Mai. Die Mitgliedsbeiträge gehen bei uns erst nach der Jahreshauptversammlung am 24. April ein, vorher ist auf dem Vereinskonto schlicht nichts drauf.\n\nDanke für Ihr Verständnis\nUwe Dietrich\nKassenwart",
        lab(note="'Stundung' (deferral) asked for: more time → payment_plan"),
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Sophie Garnier", "s.garnier@apiculture-garnier.example"),
        "2032-03-18 14:22",
        "outlook",
        "Bonjour,\n\nSuite à un hiver difficile (pertes importantes dans nos ruchers), nous ne pouvons pas régler cette facture en une seule fois. Serait-il possible de mettre en place un échéancier en trois mensualités, à partir d'avril ?\n\nMerci par avance de votre compréhension.\n\nSophie Garnier\nApiculture Garnier",
        lab(note="hardship; instalments asked for"),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Julien Robin", "julien@rucherdesbruyeres.example"),
        "2032-04-02 18:30",
        "iphone",
        "Bonsoir, je vous fais un virement de 200 € ce soir et le reste fin avril si ça vous va. Désolé pour le retard\nJulien",
        lab(note="part tonight, the rest at the end of April → payment_plan"),
        due="540.00",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Carmen Ibáñez", "carmen@mielcarmen.example"),
        "2032-03-16 12:48",
        "gmail",
        "Hola buenas,\n\n¿Podríamos pagar la factura en dos plazos, la mitad ahora y la otra mitad a mediados de abril? Este invierno ha sido muy malo para nosotros.\n\nGracias,\nCarmen",
        lab(note="two instalments proposed as a question"),
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Ignacio Aranda", "gerencia@frutasaranda.example"),
        "2032-03-26 10:05",
        "html_only",
        "Estimados señores:\n\nLes escribo en relación con la factura pendiente. Como sabrán, la helada del pasado fin de semana nos ha quemado buena parte de la flor del melocotonero y la cosecha de este año va a ser muy corta. Les pedimos, si es posible, un aplazamiento del pago hasta septiembre, o bien fraccionarlo en varios pagos mensuales, según les convenga.\n\nQuedamos a la espera de su respuesta.\n\nAtentamente,\n\nIgnacio Aranda\nGerente\nExplotación Frutícola Hnos. Aranda",
        lab(note="hardship after a frost; deferral or instalments; HTML-only message"),
        charset="windows-1252",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Kees Verbeek", "kees@verbeekbijen.example"),
        "2032-04-08 21:02",
        "android",
        "Kan ik dit in 3 termijnen van € 400 betalen? Eerste kan volgende week. Gr Kees",
        lab(note="instalments; the first instalment's week is not a promise"),
        due="1200.00",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        (
            "Società Agricola Fratelli Zanetti",
            "amministrazione@fratellizanetti.example",
        ),
        "2032-03-22 11:11",
        "outlook",
        "Spett.le Wrenfield,\n\ncon riferimento al vostro sollecito, vi chiediamo la possibilità di rateizzare l'importo in quattro rate mensili di pari importo. La stagione è partita in ritardo e la liquidità in questo momento è limitata.\n\nRestiamo in attesa di un vostro riscontro.\n\nDistinti saluti\nPaolo Zanetti",
        lab(note="very formal request for four instalments"),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Luca Fabbri", "luca.fabbri@apiariofabbri.example"),
        "2032-03-27 09:33",
        "iphone",
        "Ciao, posso darvi 300 adesso e il resto a maggio? Sono un po' corto questo mese. Grazie Luca",
        lab(note="part now, the rest in May"),
        due="785.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Purchase to Pay Team", "p2p@westmarshcouncil.example"),
        "2032-03-17 13:08",
        "outlook_html",
        "Dear Supplier,\n\nWe are unable to process invoice WBS-32-00383 as it does not quote a valid Westmarsh District Council purchase order number. Under our No PO, No Pay policy, invoices without a PO are returned to the supplier.\n\nPlease reissue the invoice quoting PO 4500118832 and send it to this mailbox. Once we receive it, the invoice will be paid in line with our standard 30-day terms.\n\nKind regards,\n\nPurchase to Pay Team\nWestmarsh District Council",
        lab(
            "WBS-32-00383",
            note="conditional payment: a PO is needed before paying, the amount is not contested",
        ),
        invoice="WBS-32-00383",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Rachel Quint (PA to Simon Ashworth)", "rachel.quint@ashworthestates.example"),
        "2032-03-22 11:47",
        "gmail",
        "Hello,\n\nI look after Simon's post and invoices while he's overseas. I can't find this one anywhere – could you send me a copy, ideally with the delivery note for the bee shed, and I'll get it paid for him.\n\nMany thanks,\nRachel Quint\nPA to Simon Ashworth",
        lab(note="an assistant asking for a copy; 'I'll get it paid' depends on receiving it"),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Colin Marsden", "colin.marsden@fellsidefarms.example"),
        "2032-04-06 10:12",
        "outlook",
        "Hi,\n\nBefore we pay anything we need your bank details confirmed on headed paper, signed. We had a fake 'change of bank details' email from another supplier last month and our bank now insists on it for any new payee.\n\nOnce I've got that it'll go out the same day.\n\nColin Marsden\nFellside Farms Ltd",
        lab(note="bank details needed before paying, without contesting"),
        charset="windows-1252",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        (
            "Rechnungseingang Gartenbau Hesse",
            "rechnungseingang@gartenbau-hesse.example",
        ),
        "2032-03-19 08:55",
        "outlook",
        "Guten Tag,\n\ndie Rechnung WBS-32-00417 können wir in dieser Form leider nicht buchen: Es fehlen unsere USt-IdNr. und die Bestellnummer 7-2032-118. Bitte senden Sie uns eine berichtigte Rechnung an diese Adresse, dann geht sie in den nächsten Zahlungslauf.\n\nMit freundlichen Grüßen\nRechnungseingang\nGartenbau Hesse GmbH",
        lab(
            "WBS-32-00417",
            note="reissue with VAT number and order number; the amount is not contested",
        ),
        invoice="WBS-32-00417",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Anna Vogt", "anna.vogt@vogt-imkerei.example"),
        "2032-03-26 17:30",
        "gmail",
        "Hallo,\n\nich finde bei mir keine offene Rechnung mehr von Ihnen, glaube aber, dass sich da etwas überschnitten hat. Können Sie mir bitte einen Kontoauszug mit allen Rechnungen und Zahlungen seit Januar schicken? Dann gleiche ich das ab.\n\nDanke und frohe Ostern\nAnna Vogt",
        lab(note="statement of account request"),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        (
            "Lycée agricole des Mauves – Intendance",
            "intendance@lycee-agricole-mauves.example",
        ),
        "2032-03-23 09:15",
        "outlook_html",
        "Madame, Monsieur,\n\nEn tant qu'établissement public, nous ne pouvons régler que les factures déposées sur le portail Chorus Pro. La facture WBS-32-00408 nous a été transmise uniquement par courriel et ne peut donc pas être mise en paiement.\n\nNous vous remercions de bien vouloir la déposer sur Chorus Pro en indiquant notre SIRET et le numéro d'engagement juridique EJ 2032-0147. Le paiement interviendra dans le délai réglementaire de 30 jours à compter de sa réception.\n\nCordialement,\n\nService intendance\nLycée agricole des Mauves",
        lab(
            "WBS-32-00408",
            note="public body needs the invoice through its e-invoicing portal before paying",
        ),
        invoice="WBS-32-00408",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Mathieu Lefort", "mathieu@apilefort.example"),
        "2032-03-31 13:02",
        "iphone",
        "Bonjour, je n'ai jamais reçu cette facture, vous pouvez me la renvoyer ? Merci",
        lab(),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        (
            "Departamento de Proveedores – Frutas del Segre",
            "proveedores@frutasdelsegre.example",
        ),
        "2032-03-30 12:20",
        "outlook",
        "Buenos días:\n\nPara poder dar de alta el pago necesitamos que nos remitan un certificado de titularidad de la cuenta bancaria emitido por su banco, ya que es la primera factura que recibimos de ustedes. En cuanto lo tengamos, la incluimos en la siguiente remesa.\n\nUn saludo,\nMarta Solé\nDepartamento de Proveedores",
        lab(note="bank ownership certificate needed before the first payment"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Sergio Navarro", "sergio.navarro.apicultor@gmail.com"),
        "2032-04-07 20:41",
        "gmail",
        "Hola, el enlace a la factura no me funciona, me da error. ¿Me la podéis mandar en PDF adjunta? Gracias",
        lab(),
        cte="b64",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Linda Bos", "crediteuren@boomgaarddelinge.example"),
        "2032-03-17 15:35",
        "outlook_html",
        "Goedemiddag,\n\nWij kunnen factuur WBS-32-00426 niet verwerken, omdat ons inkoopordernummer ontbreekt. Wilt u de factuur opnieuw sturen met vermelding van ordernummer IO-32-0088? Daarna nemen wij hem mee in de eerstvolgende betaalrun.\n\nMet vriendelijke groet,\n\nLinda Bos\nCrediteurenadministratie\nBoomgaard De Linge",
        lab(
            "WBS-32-00426",
            note="reissue with an order number; the amount is not contested",
        ),
        invoice="WBS-32-00426",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Henk Mulder", "henk@mulderbijen.example"),
        "2032-04-05 09:03",
        "thunderbird",
        "Goedemorgen,\n\nWaar is deze factuur eigenlijk voor? Ik kan me geen bestelling van dat bedrag herinneren. Kunt u mij de specificatie sturen?\n\nHenk Mulder",
        lab(note="asks what the invoice is for and for the detail, without contesting it yet"),
        cte="8bit",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        (
            "Ufficio acquisti – Cooperativa Frutticoltori Adige",
            "acquisti@coopfrutticoltoriadige.example",
        ),
        "2032-04-01 11:25",
        "outlook_html",
        "Buongiorno,\n\nper poter registrare e pagare la fattura WBS-32-00437 abbiamo bisogno delle vostre coordinate bancarie complete (IBAN e BIC), che sul documento non compaiono. Appena le riceviamo procediamo con il bonifico.\n\nCordiali saluti\nUfficio acquisti",
        lab("WBS-32-00437", note="bank details needed before paying"),
        invoice="WBS-32-00437",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Phil Drummond", "phil.drummond@hartsmereestate.example"),
        "2032-03-16 16:40",
        "iphone",
        "Hi, I'm the head gardener here, I just look after the bees. Invoices need to go to the estate office - estateoffice@hartsmereestate.example. I've forwarded this one to them.\nPhil",
        lab(new_contact="estateoffice@hartsmereestate.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Penbury Farms Accounts", "accounts@penburyfarms.example"),
        "2032-03-31 07:02",
        "outlook_html",
        "Dear Valued Supplier,\n\nPlease be informed that our accounts department is currently undergoing an internal audit and this mailbox will be deactivated shortly. Kindly update your records and direct all further statements, reminders and remittance correspondence to our temporary address: penbury.accountsdept@gmail.com\n\nAlso kindly send a copy of all open invoices on our account to the above email as a matter of urgency, so we can reconcile before the year end.\n\nRegards,\nAccounts Department\nPenbury Farms",
        lab(
            new_contact="penbury.accountsdept@gmail.com",
            note="phishing-like request to redirect collection mail to a free-mail address (Reply-To points there too); labelled by what it says, it should not be applied without a check",
        ),
        headers=(("Reply-To", "Penbury Farms Accounts <penbury.accountsdept@gmail.com>"),),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Tom Reilly", "tom.reilly.1974@gmail.com"),
        "2032-04-02 21:15",
        "gmail",
        "I think you've got the wrong Tom Reilly. I've never bought anything from you, I don't keep bees and I've never heard of Wrenfield. Maybe someone typed the address wrong? Please check your records.\n\nTom",
        lab(note="not the customer; no new address"),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Gerhard Pfeiffer", "g.pfeiffer@imkerverein-auetal.example"),
        "2032-03-18 20:10",
        "thunderbird",
        "Guten Abend,\n\nich bin seit der Jahreshauptversammlung im Februar nicht mehr Kassenwart des Imkervereins Auetal. Bitte wenden Sie sich in Zukunft an meine Nachfolgerin, Frau Renate Ahlers: kasse@imkerverein-auetal.example\n\nIch habe ihr Ihre Mail weitergeleitet.\n\nMit Imkergruß\nGerhard Pfeiffer",
        lab(new_contact="kasse@imkerverein-auetal.example"),
        cte="8bit",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Bernard Chauvin", "b.chauvin@cooperative-apicole-loire.example"),
        "2032-03-22 10:48",
        "outlook",
        "Bonjour,\n\nJe ne m'occupe plus de la comptabilité de la coopérative depuis le 1er mars. Merci d'adresser vos relances directement à compta@cooperative-apicole-loire.example.\n\nCordialement,\nBernard Chauvin",
        lab(new_contact="compta@cooperative-apicole-loire.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Isabelle Henry", "assistante@domaine-des-tilleuls.example"),
        "2032-04-06 14:55",
        "outlook_html",
        "Bonjour,\n\nJe suis l'assistante de direction du Domaine des Tilleuls. Toutes les questions de facturation et de règlement sont traitées par notre cabinet comptable : merci d'envoyer vos relances à Mme Vasseur, m.vasseur@cabinet-morel-expertise.example.\n\nBonne journée,\nIsabelle Henry\nAssistante de direction",
        lab(
            new_contact="m.vasseur@cabinet-morel-expertise.example",
            note="an assistant naming the accountants' address",
        ),
        charset="windows-1252",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Recepción Finca Los Almendros", "recepcion@fincalosalmendros.example"),
        "2032-03-19 12:30",
        "iphone",
        "Hola, este correo es el de recepción de la finca. Las facturas las lleva administración: administracion@fincalosalmendros.example\nUn saludo",
        lab(new_contact="administracion@fincalosalmendros.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Nuria Castells", "nuria@castellsdisseny.example"),
        "2032-03-24 09:20",
        "gmail_plain",
        "Buenos días, creo que se han equivocado de empresa. Somos un estudio de diseño gráfico, no tenemos nada que ver con abejas ni hemos comprado nada. Revisen la dirección, por favor.\n\nNuria",
        lab(note="wrong business; no new address"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Jeroen Pels", "j.pels@fruitbedrijfdehoeve.example"),
        "2032-03-25 07:55",
        "android",
        "Ik werk sinds januari niet meer bij De Hoeve. Stuur dit aan de administratie: admin@fruitbedrijfdehoeve.example\nGroet Jeroen",
        lab(new_contact="admin@fruitbedrijfdehoeve.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Marieke Jansen", "marieke@debloesemhof.example"),
        "2032-04-07 11:20",
        "apple",
        "Hallo,\n\nDit mailadres is van mij persoonlijk, ik doe de rondleidingen op de boerderij. Facturen en herinneringen graag naar onze boekhouding: Boekhouding@DeBloesemhof.example (staat in de cc).\n\nGroetjes,\nMarieke",
        lab(
            new_contact="boekhouding@debloesemhof.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        headers=(("Cc", "Boekhouding@DeBloesemhof.example"),),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Roberto Galli", "r.galli@agriturismoilpoggio.example"),
        "2032-03-17 09:30",
        "outlook",
        "Buongiorno,\n\nnon sono più il referente per gli acquisti dell'agriturismo. Per fatture e solleciti scrivete ad amministrazione@agriturismoilpoggio.example.\n\nSaluti,\nRoberto Galli",
        lab(new_contact="amministrazione@agriturismoilpoggio.example"),
        charset="windows-1252",
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Prof.ssa Laura Conti", "laura.conti@ic-rovere.example"),
        "2032-04-08 15:10",
        "gmail",
        "Buongiorno,\n\nho ricevuto questa mail ma sono solo la docente referente del progetto «Api a scuola»: dei pagamenti si occupa la segreteria amministrativa dell'istituto, segreteria@ic-rovere.example, a cui vi chiedo di scrivere direttamente.\n\nCordiali saluti\nLaura Conti",
        lab(
            new_contact="segreteria@ic-rovere.example",
            note="a teacher naming the school office",
        ),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "us-en-1",
        "unsubscribe",
        "en",
        ("Dean Whitlow", "dean@whitlowbees.example"),
        "2032-03-26 08:05",
        "iphone",
        "I'll pay it at the end of the month like I told your colleague on the phone. Now please STOP emailing me about it every other day, it's getting ridiculous.",
        lab(note="promise plus a stop request: unsubscribe wins"),
    ),
    Reply(
        "us-en-2",
        "unsubscribe",
        "en",
        ("J. Fairbairn", "fairbairn@heatherbankfarm.example"),
        "2032-03-17 11:12",
        "outlook",
        "Dear Sirs,\n\nPlease remove this email address from your accounts system. I do not deal with invoices by email. Any statements or reminders should be sent by post to Heatherbank Farm, and they will be dealt with in the usual way.\n\nYours faithfully,\n\nJ. Fairbairn",
        lab(note="post only"),
        charset="windows-1252",
    ),
    Reply(
        "us-en-3",
        "unsubscribe",
        "en",
        ("Eleanor Voss", "e.voss@vossandgrange-law.example"),
        "2032-04-05 16:30",
        "html_only",
        "Dear Sirs,\n\nOur client: Mr Martin Gale t/a Gale's Honey Farm\nYour ref: WBS-32-00392\n\nWe act for Mr Gale in connection with the above invoice and the goods supplied under it, which are the subject of a claim by our client.\n\nPlease direct all further correspondence concerning this matter to the writer. Our client has asked that you do not contact him directly, by email or otherwise, and any further automated reminders sent to him will be noted.\n\nYours faithfully,\n\nEleanor Voss\nSolicitor\nVoss & Grange LLP",
        lab(
            "WBS-32-00392",
            note="solicitor's letter: 'talk to our lawyer' → unsubscribe, which beats the dispute; HTML-only",
        ),
        invoice="WBS-32-00392",
        headers=(SUPPRESS,),
    ),
    Reply(
        "us-de-1",
        "unsubscribe",
        "de",
        ("Hofgut Lindenberg - Verwaltung", "verwaltung@hofgut-lindenberg.example"),
        "2032-03-23 13:40",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir bitten Sie, uns künftig keine Zahlungserinnerungen mehr per E-Mail zu schicken. Schriftverkehr in Rechnungsangelegenheiten bitte ausschließlich per Post an unsere Geschäftsadresse.\n\nMit freundlichen Grüßen\nHofgut Lindenberg\nVerwaltung",
        lab(note="post only"),
        charset="iso-8859-1",
    ),
    Reply(
        "us-de-2",
        "unsubscribe",
        "de",
        ("Stefan Roth", "stefan.roth@rothhonig.example"),
        "2032-04-02 08:20",
        "gmail",
        "Hallo,\n\nich widerspreche hiermit der weiteren Verwendung meiner E-Mail-Adresse für Mahnungen und sonstige Mitteilungen (Art. 21 DSGVO). Bitte löschen Sie die Adresse aus Ihrem Verteiler. Die Rechnung wird – wie schon telefonisch besprochen – bezahlt.\n\nStefan Roth",
        lab(note="data-protection objection plus a vague promise: unsubscribe wins"),
    ),
    Reply(
        "us-fr-1",
        "unsubscribe",
        "fr",
        ("Thierry Bonnet", "thierry.bonnet@apiculteur-bonnet.example"),
        "2032-03-30 17:45",
        "outlook_html",
        "Madame, Monsieur,\n\nJe vous prie de cesser de m'adresser vos relances. Ce litige est désormais entre les mains de mon avocat, Maître Girard, à qui vous voudrez bien adresser toute correspondance.\n\nThierry Bonnet",
        lab(note="stop plus 'write to my lawyer'"),
    ),
    Reply(
        "us-es-1",
        "unsubscribe",
        "es",
        ("Paco Jiménez", "paco@mielesjimenez.example"),
        "2032-03-16 19:25",
        "iphone",
        "No quiero recibir más correos de este tipo en esta dirección, es mi correo personal. Si tienen algo que decirme, llámenme.",
        lab(note="stop e-mailing, phone instead"),
    ),
    Reply(
        "us-es-2",
        "unsubscribe",
        "es",
        ("Vivero Los Olivos", "info@viverolosolivos.example"),
        "2032-04-08 10:10",
        "outlook",
        "Buenos días:\n\nLes rogamos que den de baja esta dirección de correo de sus envíos. Cualquier comunicación relativa a facturas deberá hacerse por correo postal a nuestro domicilio social.\n\nAtentamente,\nVivero Los Olivos, S.L.",
        lab(note="post only"),
        charset="iso-8859-1",
    ),
    Reply(
        "us-nl-1",
        "unsubscribe",
        "nl",
        ("Rob Vermeulen", "rob@vermeulenimkerij.example"),
        "2032-03-19 21:30",
        "gmail_plain",
        "Haal mijn adres alsjeblieft uit jullie systeem. Ik wil deze mails niet meer ontvangen.",
        lab(),
    ),
    Reply(
        "us-nl-2",
        "unsubscribe",
        "nl",
        ("mr. A.J. de Vries", "devries@devries-advocaten.example"),
        "2032-03-31 14:05",
        "outlook_html",
        "Geachte heer, mevrouw,\n\nNamens mijn cliënt, Boomkwekerij Het Zuiderveld B.V., verzoek ik u alle verdere communicatie over de openstaande factuur uitsluitend via ons kantoor te laten verlopen. Ik verzoek u mijn cliënt niet langer rechtstreeks te benaderen.\n\nHoogachtend,\n\nmr. A.J. de Vries\nDe Vries Advocaten",
        lab(note="lawyer: communication only through the firm"),
    ),
    Reply(
        "us-it-1",
        "unsubscribe",
        "it",
        ("Franco Lodi", "franco@mielelodi.example"),
        "2032-03-20 07:15",
        "iphone",
        "CANCELLATEMI DALLA VOSTRA LISTA",
        lab(note="all caps"),
    ),
    Reply(
        "us-it-2",
        "unsubscribe",
        "it",
        ("Azienda Agricola Monte Verde", "info@aziendamonteverde.example"),
        "2032-04-06 11:50",
        "outlook",
        "Spett.le ditta,\n\nvi invitiamo a non inviare più solleciti a questo indirizzo di posta elettronica, che non è destinato a comunicazioni amministrative. Eventuali comunicazioni dovranno pervenire esclusivamente a mezzo raccomandata A/R presso la nostra sede legale.\n\nDistinti saluti\nAzienda Agricola Monte Verde",
        lab(note="registered post only"),
        charset="windows-1252",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Sarah Millington", "sarah.millington@greatoakfarms.example"),
        "2032-03-25 08:14",
        "notice_html",
        "Thank you for your email. I am on leave over Easter and will be back in the office on Tuesday 30 March. For anything urgent about invoices please contact my colleague David Kerr on david.kerr@greatoakfarms.example.\n\nSarah Millington\nFinance Manager, Great Oak Farms",
        lab(
            return_date="2032-03-30",
            note="a colleague's address in an auto-reply does not set new_contact",
        ),
        subject="Automatic reply: {subj}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Fernhill Group AP Helpdesk", "aphelp@fernhillgroup.example"),
        "2032-03-19 09:31",
        "notice",
        "Hello,\n\nYour email has been received by the Fernhill Group Accounts Payable helpdesk and logged as ticket AP-72415. A member of the team will respond within 5 working days.\n\nPlease keep the ticket number in the subject line if you write to us again about this query.\n\nThis is an automated message – please do not reply.",
        lab(note="ticket-system acknowledgement"),
        subject="[AP-72415] {subj}",
        headers=(AUTO_GENERATED, ("X-Ticket-ID", "AP-72415")),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Little Brook Honey", "hello@littlebrookhoney.example"),
        "2032-04-03 10:02",
        "notice",
        "Hi there, thanks for your message!\n\nWe're a tiny family business and spend most days out at the apiaries in spring, so we only check emails a couple of times a week. We'll get back to you as soon as we can.\n\nIf your question is about an online order, please include your order number.\n\nBuzzing regards,\nThe Little Brook Honey team",
        lab(note="autoresponder with only X-Autoreply, no Auto-Submitted; no date"),
        subject="Thanks for getting in touch!",
        headers=(("X-Autoreply", "yes"),),
        threaded=False,
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Martina Eberle", "m.eberle@obstbau-eberle.example"),
        "2032-03-26 07:30",
        "notice_html",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin vom 26.03. bis einschließlich 06.04.2032 nicht im Büro und ab dem 07.04. wieder für Sie da. Ihre E-Mail wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nMartina Eberle\nObstbau Eberle",
        lab(
            return_date="2032-04-07",
            note="'ab dem 07.04. wieder für Sie da' gives the day back",
        ),
        subject="Automatische Antwort: {subj}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Imkereibedarf Sonnentau", "service@sonnentau-imkerei.example"),
        "2032-03-15 16:20",
        "notice",
        "Guten Tag,\n\nvielen Dank für Ihre E-Mail. Während der Frühjahrssaison erreichen uns sehr viele Anfragen. Wir beantworten Ihre Nachricht so schnell wie möglich, in der Regel innerhalb von zwei Werktagen.\n\nIhr Team von Imkereibedarf Sonnentau",
        lab(note="only 'Precedence: bulk', no Auto-Submitted; no date"),
        subject="Ihre Nachricht an Imkereibedarf Sonnentau",
        headers=(("Precedence", "bulk"),),
        threaded=False,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Camille Durand", "c.durand@domaine-abeille-doree.example"),
        "2032-03-29 09:00",
        "notice_html",
        "Bonjour,\n\nJe suis absente du bureau et serai de retour le mardi 6 avril. Pendant mon absence, vos messages ne seront pas lus.\n\nCordialement,\nCamille Durand",
        lab(return_date="2032-04-06"),
        subject="Réponse automatique : {subj}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        (
            "Communauté de communes du Val d'Ouvre",
            "ne-pas-repondre@ccvaldouvre.example",
        ),
        "2032-03-17 10:03",
        "notice",
        "Bonjour,\n\nNous accusons réception de votre message, enregistré sous le numéro 2032-03-00917. Il a été transmis au service concerné, qui vous répondra dans les meilleurs délais.\n\nMerci de ne pas répondre à ce courriel : cette adresse n'est pas consultée.\n\nCommunauté de communes du Val d'Ouvre\nService finances",
        lab(note="public body's ticket acknowledgement"),
        subject="Accusé de réception – votre demande n° 2032-03-00917",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Elena Ruiz", "elena.ruiz@citricosdelturia.example"),
        "2032-03-24 12:00",
        "notice",
        "Gracias por su mensaje. Estaré fuera de la oficina por las vacaciones de Semana Santa hasta el 5 de abril, con acceso limitado al correo. Para asuntos urgentes pueden llamar a la centralita.\n\nUn saludo,\nElena Ruiz",
        lab(return_date="2032-04-05", note="'hasta X' → X itself"),
        subject="Respuesta automática: {subj}",
        headers=(AUTO_REPLIED,),
        cte="8bit",
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Erik Smit", "erik@smitfruit.example"),
        "2032-03-31 08:40",
        "notice",
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 2 april en vanaf dinsdag 6 april weer op kantoor. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nErik Smit",
        lab(return_date="2032-04-06", note="only X-Autoreply; the stated day back wins"),
        subject="Afwezig: {subj}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        (
            "Crediteurenadministratie Fruitveiling Zuid",
            "facturen@fruitveilingzuid.example",
        ),
        "2032-03-22 09:11",
        "notice",
        "Geachte leverancier,\n\nUw bericht is ontvangen door de crediteurenadministratie. Wij streven ernaar vragen binnen vijf werkdagen te beantwoorden.\n\nLet op: facturen worden alleen verwerkt als ze als PDF-bijlage worden aangeleverd, één factuur per PDF.\n\nDit is een automatisch gegenereerd bericht.",
        lab(note="AP mailbox acknowledgement, no date"),
        subject="Ontvangstbevestiging: {subj}",
        headers=(AUTO_GENERATED,),
        cte="b64",
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Silvia Bertolini", "s.bertolini@consorziomelaveneta.example"),
        "2032-03-26 14:20",
        "notice",
        "Buongiorno,\n\nsono fuori ufficio per le festività pasquali e rientrerò martedì 30 marzo. Per urgenze potete contattare l'ufficio amministrativo al numero del centralino.\n\nCordiali saluti,\nSilvia Bertolini",
        lab(return_date="2032-03-30"),
        subject="Risposta automatica: {subj}",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Apicoltura Del Bosco", "info@apicolturadelbosco.example"),
        "2032-04-09 08:05",
        "notice",
        "Grazie per averci scritto!\n\nQuesta casella è controllata dal lunedì al venerdì. Vi risponderemo appena possibile.\n\nApicoltura Del Bosco – miele, polline e propoli dal 1987",
        lab(note="only 'Precedence: auto_reply', no Auto-Submitted; no date"),
        headers=(("Precedence", "auto_reply"),),
        threaded=False,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Nick Farrow", "nick@farrowandsonsorchards.example"),
        "2032-03-18 13:33",
        "gmail",
        "Did we not pay this already? I'm sure Sue did a load of supplier payments at the end of February. I'll ask her when she's back tomorrow and come back to you.\n\nNick",
        lab(note="a question, not a payment claim; coming back is not a promise to pay"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Pieter Claes", "p.claes@claesfruit.example"),
        "2032-03-23 07:40",
        "gmail_plain",
        "Hello,\n\nSorry to answer in English, it goes faster for me. Quick question: are the Carniolan nucs we reserved still planned for the first week of May? We need to know when to move the hives off the pear trees. For the invoice I will check with our bookkeeper.\n\nBest regards,\nPieter Claes",
        lab(
            note="English reply from a Belgian grower to a Dutch reminder (central-European time); delivery question; 'I will check' is no promise"
        ),
        zone="ce",
        rlang="nl",
        ui="en",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Richard Pell", "richard@pellorchards.example"),
        "2032-04-06 11:05",
        "apple",
        "Hello,\n\nA bit of a sharp email to get after twelve years of doing business together, and the week after Easter at that. I'll have a look at where things stand when I'm back in the office and let you know.\n\nRichard Pell\nPell Orchards",
        lab(note="complaint about the reminder's tone; 'I'll have a look' is no promise"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Heinz Kowalski", "kowalski@bienenweide-kowalski.example"),
        "2032-03-30 18:12",
        "iphone",
        "Bitte rufen Sie mich mal an, das lässt sich am Telefon schneller klären als per Mail. Bin ab 17 Uhr erreichbar.\n\nH. Kowalski",
        lab(note="asks for a call; not a request to stop e-mailing"),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Sekretariat Obstgut Wendland", "sekretariat@obstgut-wendland.example"),
        "2032-03-16 10:30",
        "outlook_html",
        "Guten Tag,\n\nvielen Dank, Ihre Nachricht ist angekommen. Ich habe sie an Herrn Wendland weitergegeben, er meldet sich bei Ihnen.\n\nFreundliche Grüße\nJana Busch\nSekretariat",
        lab(note="acknowledgement; passing it on is not a new contact"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Yannick Le Goff", "yannick@ruchersdelaven.example"),
        "2032-03-24 20:20",
        "gmail_plain",
        "Bonsoir,\n\nPour la facture je vois avec mon associé. Par contre, est-ce que les essaims sur cadres qu'on a réservés pour fin avril sont toujours d'actualité ? On n'a reçu aucune confirmation de date de livraison.\n\nYannick",
        lab(note="'je vois avec mon associé' is no commitment; the question is about a delivery"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Robert Gaillard", "robert.gaillard@rucher-ecole-saintremy.example"),
        "2032-04-01 10:40",
        "thunderbird",
        "Bonjour,\n\nLe rucher-école de Saint-Rémy a cessé son activité au 31 décembre et l'association a été dissoute lors de notre dernière assemblée générale. Je reste joignable à cette adresse en tant qu'ancien président, mais je ne sais pas encore comment le liquidateur va traiter les dettes en cours.\n\nCordialement,\nRobert Gaillard",
        lab(note="association dissolved; the writer remains the contact and commits to nothing"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Alberto", "alberto@colmenaresdelsur.example"),
        "2032-03-15 11:05",
        "iphone",
        "Recibido.",
        lab(note="one-word acknowledgement; nothing promised"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Mercedes Gil", "mercedes@granjaescuelaelroble.example"),
        "2032-03-25 12:00",
        "gmail",
        "Hola,\n\nEstamos cerrados por Semana Santa y yo solo miro el correo de vez en cuando. Lo vemos a la vuelta con calma, ¿vale?\n\nMercedes",
        lab(note="written by a person, not an auto-reply; 'lo vemos a la vuelta' is no promise"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Gerrit Brouwer", "g.brouwer@kwekerijbrouwer.example"),
        "2032-03-30 10:20",
        "outlook",
        "Goedemorgen,\n\nIs dit bedrag niet al verrekend met de creditnota die we in februari van jullie kregen voor de beschadigde kasten? Volgens mij zouden die tegen elkaar weggestreept worden. Kunt u dat even nakijken?\n\nMet vriendelijke groet,\nGerrit Brouwer",
        lab(note="asks whether a credit note was offset: a question for a person, not a contest"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Dirk Dijkstra", "dirk@dijkstrabijen.example"),
        "2032-04-09 07:12",
        "android",
        "ok",
        lab(note="bare acknowledgement; Dutch client answering an English reminder"),
        rlang="en",
        currency="EUR",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Giuliana Marchetti", "g.marchetti@tenutamarchetti.example"),
        "2032-03-19 16:40",
        "outlook_html",
        "Buongiorno,\n\nvi ho già scritto il 12 marzo spiegando tutta la situazione, ma non ho ricevuto risposta. Vi prego di leggere quella mail e di chiamarmi, preferisco parlarne a voce.\n\nGiuliana Marchetti\nTenuta Marchetti",
        lab(note="refers to an earlier e-mail and asks for a call"),
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

BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.1",
        "accounts@oakhurst-orchards.example",
        "2032-03-16 07:06",
        "uk",
        "en",
        "sendmail",
        "WBS-32-00386",
        "Sendmail DSN with text/rfc822-headers",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.1.2",
        "office@thwaite-apiaries.example",
        "2032-03-22 07:09",
        "uk",
        "en",
        "qmail",
        "WBS-32-00414",
        "qmail notice without MIME: domain no longer exists",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "hard",
        "5.7.1",
        "payables@castlegate-estates.example",
        "2032-04-01 07:07",
        "uk",
        "en",
        "exim",
        "WBS-32-00440",
        "Exim failure: permanent policy rejection",
    ),
    Bounce(
        "bo-de-1",
        "de",
        "soft",
        "4.2.2",
        "info@imkerei-waldblick.example",
        "2032-03-18 12:09",
        "ce",
        "de",
        "provider_de",
        "WBS-32-00444",
        "German provider notice, plain text: mailbox full, will retry",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "hard",
        "5.1.10",
        "buchhaltung@bienenzucht-hartmann.example",
        "2032-03-24 08:07",
        "ce",
        "de",
        "exchange_de",
        "WBS-32-00413",
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "soft",
        "5.2.2",
        "compta@sarl-apiflor.example",
        "2032-03-30 08:07",
        "ce",
        "fr",
        "exchange_fr",
        "WBS-32-00438",
        "mailbox full reported with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        "bo-fr-2",
        "fr",
        "hard",
        "5.1.1",
        "s.riou@rucherdelabaie.example",
        "2032-03-17 08:06",
        "ce",
        "fr",
        "provider_fr",
        "WBS-32-00431",
        "French host's RFC 3464 report",
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.1.1",
        "mielesortega.pedidos@gmail.com",
        "2032-04-06 08:06",
        "ce",
        "es",
        "gmail_es",
        "WBS-32-00456",
        "Gmail failure report in Spanish",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "4.4.1",
        "pedidos@almazaraelcerro.example",
        "2032-03-19 12:06",
        "ce",
        "es",
        "provider_es",
        "WBS-32-00424",
        "Spanish delay report in ISO-8859-1",
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "soft",
        "4.4.7",
        "inkoop@kwekerijdeberk.example",
        "2032-04-08 12:20",
        "ce",
        "nl",
        "exchange_nl",
        "WBS-32-00422",
        "Exchange delay notice in Dutch",
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.1.2",
        "ordini@apicolturavalbrenta.example",
        "2032-03-15 08:06",
        "ce",
        "it",
        "provider_it",
        "WBS-32-00419",
        "Italian provider notice without MIME: domain no longer hosted",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.7.1",
        "info@meleto-sanmartino.example",
        "2032-03-25 08:41",
        "ce",
        "it",
        "greylist_it",
        "WBS-32-00449",
        "greylisting delay (temporary policy) in Italian",
    ),
]


def file_order(key: str) -> str:
    """Files are numbered by a seeded hash of the key, so a name says nothing about the label."""
    return hashlib.sha256(f"{SEED}:order:{key}".encode()).hexdigest()


def assign_invoices() -> dict[str, str]:
    """Distinct invoice numbers for the reminders whose number the writer does not mention.

    Numbers already used anywhere (explicit reminders, bounced reminders, numbers written in
    the texts) are skipped, and the invoice must already be overdue when the reminder goes out.
    """
    taken = {int(n) for r in REPLIES for n in re.findall(r"\b0?0\d{3}\b", f"{r.text} {r.invoice}")}
    taken |= {int(b.invoice[-5:]) for b in BOUNCES}
    chosen: dict[str, str] = {}
    for r in sorted(REPLIES, key=lambda item: file_order(item.key)):
        if r.invoice:
            continue
        sent = reminder_sent(r.moment, r.reminder_days).date()
        number = 200 + pick(r.key, "invoice", 270)
        for _ in range(270):
            if number not in taken and invoice_dates(number)[1] < sent:
                break
            number = 200 + (number - 200 - 7) % 270
        else:
            raise SystemExit(f"{r.key}: no invoice number left")
        taken.add(number)
        chosen[r.key] = f"WBS-32-{number:05d}"
    return chosen


DEFAULT_INVOICES = assign_invoices()


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> Labels:
    """The label object for a reply (without the file name)."""
    label: Labels = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> Labels:
    """The label object for a delivery report (without the file name)."""
    label: Labels = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


REF_FORM = re.compile(r"^WBS-\d{2}-\d{5}$")
DATE_FORM = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT_FORM = re.compile(r"^\d+\.\d{2}$")


def check_reply_label(r: Reply, label: Labels) -> None:
    """Shape and sense checks on one reply's labels."""
    allowed = INTENT_FIELDS.get(r.intent, frozenset())
    for name in LABEL_KEYS:
        if label[name] is not None and name not in allowed:
            raise SystemExit(f"{r.key}: {name} set on a {r.intent} message")
    sent_day = r.moment.date()
    for name in ("promised_date", "paid_date", "return_date"):
        value = label[name]
        if value is None:
            continue
        if not isinstance(value, str) or not DATE_FORM.match(value):
            raise SystemExit(f"{r.key}: bad {name} {value!r}")
        day = date.fromisoformat(value)
        if (name == "paid_date") != (day <= sent_day) and day != sent_day:
            raise SystemExit(f"{r.key}: {name} {value} on the wrong side of {sent_day}")
    amount = label["amount"]
    if (amount is None) != (label["currency"] is None):
        raise SystemExit(f"{r.key}: amount and currency go together")
    if amount is not None and not (isinstance(amount, str) and AMOUNT_FORM.match(amount)):
        raise SystemExit(f"{r.key}: bad amount {amount!r}")
    if label["currency"] not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{r.key}: bad currency")
    contact = label["new_contact"]
    if contact is not None and (
        not isinstance(contact, str) or contact != contact.lower() or "@" not in contact
    ):
        raise SystemExit(f"{r.key}: bad new_contact {contact!r}")
    if isinstance(contact, str) and contact not in r.text.lower():
        raise SystemExit(f"{r.key}: new_contact not in the text")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{r.key}: invoice_refs must be a list")
    for ref in refs:
        if not REF_FORM.match(ref) or ref[-5:] not in r.text:
            raise SystemExit(f"{r.key}: invoice ref {ref} not written in the new text")
    if not FIRST_DAY <= sent_day <= LAST_DAY:
        raise SystemExit(f"{r.key}: dated outside the window")


def check_counts(labels: list[Labels]) -> None:
    """Twelve per intent, the planned spread over languages."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent, counts in PLAN.items():
        got = tuple(cells[intent, lang] for lang in LANGS)
        if got != counts:
            raise SystemExit(f"{intent}: {got} != planned {counts}")
    if len(labels) != 120:
        raise SystemExit(f"{len(labels)} messages, expected 120")


def check_message(name: str, data: bytes) -> None:
    """Parse a file back with the modern policy: headers decode, text parts decode, no defects."""
    parsed = message_from_bytes(data, policy=policy.default)
    if not isinstance(parsed, EmailMessage):
        raise SystemExit(f"{name}: not parsed as EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if parsed[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in parsed.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for header_name, value in part.items():
            if isinstance(value, BaseHeader):
                if value.defects:
                    raise SystemExit(f"{name}: {header_name} defects {value.defects}")
                if header_name in {"Subject", "From", "Thread-Topic"} and "=?" in str(value):
                    raise SystemExit(f"{name}: {header_name} not decoded")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: a text part does not decode cleanly")


def count_table(labels: list[Labels]) -> str:
    """The intent × language table in Markdown."""
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


def all_messages() -> list[tuple[str, Message, Labels]]:
    """Every message with its key and label, checked, in file order."""
    items: list[tuple[str, Message, Labels]] = []
    for r in REPLIES:
        label = reply_label(r)
        check_reply_label(r, label)
        items.append((r.key, build_reply(r), label))
    for b in BOUNCES:
        items.append((b.key, BOUNCE_STYLES[b.style](b), bounce_label(b)))
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return sorted(items, key=lambda item: file_order(item[0]))


def write_all() -> list[Labels]:
    """Write the .eml files and labels.jsonl next to this script."""
    items = all_messages()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Labels] = []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
