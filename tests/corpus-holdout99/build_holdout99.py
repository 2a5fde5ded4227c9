# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Hand-written message text is kept one paragraph a line, as mail clients send it, with the
# typographic quotes, dashes and accents people really type.
"""Build held-out reply corpus 99: `h99-NNN.eml` files and `labels.jsonl`.

Every message answers (or reports on) an overdue-invoice reminder sent by Orchard Lane Dental
Lab's receivables mailbox. The new text of each message is written by hand below. The script
adds only what a mail client or a mail server would add: the quoted reminder in the client's
layout and language, headers, MIME structure, charsets and transfer encodings. It writes next
to itself, deterministically, parses every file back and prints the count table.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "holdout99-20280828"
PREFIX = "h99"
AR_NAME = "Orchard Lane Accounts"
AR_ADDR = "billing@orchardlane-lab.example"
AR_DOMAIN = "orchardlane-lab.example"
FIRST_DAY = date(2028, 8, 28)
LAST_DAY = date(2028, 9, 22)

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
# Only the winning intent's own fields may be filled.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# The planned spread: 12 per intent; en 30, every other language 18.
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
KEY_PREFIX = {
    "ps": "payment_sent",
    "pp": "promise_to_pay",
    "di": "dispute",
    "pl": "payment_plan",
    "ir": "invoice_request",
    "wc": "wrong_contact",
    "un": "unsubscribe",
    "ar": "auto_reply",
    "bo": "bounce",
    "ot": "other",
}

# British Summer Time and Central European Summer Time cover the whole date range.
BST = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


def zone(lang: str) -> timezone:
    """UK senders write in BST, everyone else in CEST (late August to late September)."""
    return BST if lang == "en" else CEST


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
WEEKDAYS_ABBR = {
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
MONTHS_ABBR = {
    "en": [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sept",
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
    "en": "On {wda}, {d} {mona} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mona} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wd}, {d} {mon} {y} {HH}:{MM}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{MM}",
    "fr": "{wd} {d} {mon} {y} {HH}:{MM}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{MM}",
    "nl": "{wd} {d} {mon} {y} {HH}:{MM}",
    "it": "{wd} {d} {mon} {y} {HH}:{MM}",
}
# divider (plain text), From, Sent, To, Subject, label separator
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
OUTLOOK_REPLY_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
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

# --------------------------------------------------------------------------------------------
# The reminder being answered (Orchard Lane's own text, in the customer's language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder: invoice {inv} is overdue",
    "de": "Zahlungserinnerung: Rechnung {inv} ist überfällig",
    "fr": "Rappel de paiement : facture {inv} échue",
    "es": "Recordatorio de pago: factura {inv} vencida",
    "nl": "Betalingsherinnering: factuur {inv} is vervallen",
    "it": "Promemoria di pagamento: fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": (
        "Dear customer,\n\n"
        "Our ledger shows the invoice below as unpaid, and it is now past its due date:\n\n"
        "  Invoice {inv}  |  dated 14/07/2028  |  due 13/08/2028  |  {amt}\n\n"
        "If you have already settled it, thank you – please let us know the payment date and your reference so that we can allocate it. If something on the invoice looks wrong (a case, a remake or a price), just reply to this email and we will sort it out with the lab team.\n\n"
        "Many thanks,\n\n"
        "Accounts Receivable\nOrchard Lane Dental Lab Ltd\nbilling@orchardlane-lab.example · 0117 496 0571"
    ),
    "de": (
        "Guten Tag,\n\n"
        "in unserer Buchhaltung ist die folgende Rechnung noch offen, obwohl das Zahlungsziel überschritten ist:\n\n"
        "  Rechnung {inv}  |  vom 14.07.2028  |  fällig am 13.08.2028  |  {amt}\n\n"
        "Falls Sie bereits gezahlt haben, vielen Dank – nennen Sie uns bitte kurz Zahlungsdatum und Verwendungszweck, damit wir die Zahlung zuordnen können. Stimmt etwas an der Rechnung nicht (Auftrag, Neuanfertigung oder Preis), antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nOrchard Lane Dental Lab Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n'a pas encore été réglée alors que son échéance est dépassée :\n\n"
        "  Facture {inv}  |  du 14/07/2028  |  échéance 13/08/2028  |  {amt}\n\n"
        "Si le règlement a déjà été effectué, merci de nous en indiquer la date et la référence afin que nous puissions le rapprocher. Si un élément de la facture vous semble inexact (travail, refabrication ou tarif), répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité clients\nOrchard Lane Dental Lab Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestra contabilidad, la siguiente factura sigue pendiente de pago una vez superado su vencimiento:\n\n"
        "  Factura {inv}  |  fecha 14/07/2028  |  vencimiento 13/08/2028  |  {amt}\n\n"
        "Si ya la han abonado, muchas gracias; les rogamos que nos indiquen la fecha y la referencia del pago para poder conciliarlo. Si observan algún error en la factura (trabajo, repetición o precio), basta con responder a este correo.\n\n"
        "Un cordial saludo,\n\n"
        "Departamento de Cobros\nOrchard Lane Dental Lab Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet voldaan, terwijl de betaaltermijn is verstreken:\n\n"
        "  Factuur {inv}  |  datum 14-07-2028  |  vervaldatum 13-08-2028  |  {amt}\n\n"
        "Heeft u al betaald, dan danken wij u hartelijk; laat u ons dan de betaaldatum en het kenmerk weten, zodat wij de betaling kunnen verwerken. Klopt er iets niet aan de factuur (werkstuk, herstelwerk of prijs), beantwoord dan eenvoudig deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nOrchard Lane Dental Lab Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità risulta ancora aperta la seguente fattura, già scaduta:\n\n"
        "  Fattura {inv}  |  del 14/07/2028  |  scadenza 13/08/2028  |  {amt}\n\n"
        "Se avete già effettuato il pagamento, vi ringraziamo e vi chiediamo di comunicarci data e riferimento del bonifico, così da poterlo abbinare. Se qualcosa nella fattura non vi risulta corretto (lavorazione, rifacimento o prezzo), è sufficiente rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nOrchard Lane Dental Lab Ltd"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£1,486.20",
    "de": "2.318,40 €",
    "fr": "1\u00a0274,90 €",
    "es": "1.935,60 €",
    "nl": "€ 1.642,75",
    "it": "€ 2.087,30",
}
# What a Latin-1 client does to characters its charset lacks when it quotes the reminder.
LATIN1_SUBSTITUTES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Facts:
    """The labels beyond intent and language: fields, invoice numbers, and a labelling note."""

    fields: Mapping[str, str] = field(default_factory=dict)
    refs: tuple[str, ...] = ()
    note: str | None = None


def facts(*refs: str, note: str | None = None, **fields: str) -> Facts:
    """Labels for one message; `refs` are the invoice numbers written in its new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return Facts(fields, refs, note)


@dataclass(frozen=True)
class Mail:
    """One hand-written message from a customer's side: who, when, which client, the text."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str  # local wall-clock time; the offset follows from the language
    client: str
    body: str
    labels: Facts = field(default_factory=Facts)
    inv: str = ""  # the invoice the reminder was about (derived from the key when empty)
    amt: str = ""  # the amount the reminder showed (the language's default when empty)
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = "{re}"  # {re}: the client's reply subject; {rsub}: the reminder subject
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool = True  # carries In-Reply-To and References

    @property
    def dt(self) -> datetime:
        """The Date: of the message, in the sender's zone."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(
            tzinfo=zone(self.lang), second=digest_int(self.key, "second") % 60
        )

    @property
    def invoice(self) -> str:
        """The invoice number the reminder was about."""
        return self.inv or default_invoice(self.key)


# --------------------------------------------------------------------------------------------
# Hashes, ids and dates
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def digest_int(key: str, salt: str) -> int:
    """A stable integer from a message key."""
    return int.from_bytes(digest(key, salt)[:8], "big")


def b32(key: str, salt: str, n: int) -> str:
    """A stable upper-case base32 token."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def uuid_like(key: str, salt: str) -> str:
    """A stable token shaped like an upper-case UUID."""
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def default_invoice(key: str) -> str:
    """An invoice number for reminders whose number the customer does not write."""
    return f"OLD {104000 + digest_int(key, 'invoice') % 1900}"


def reminder_msgid(key: str) -> str:
    """The Message-ID the receivables daemon gave the reminder."""
    return f"<{b32(key, 'reminder', 22).lower()}@{AR_DOMAIN}>"


def reply_msgid(m: Mail) -> str:
    """A Message-ID shaped like the one the sender's client would generate."""
    domain = m.sender[1].split("@")[1]
    if m.client.startswith("gmail"):
        tail = base64.b64encode(digest(m.key, "gmail")).decode().rstrip("=").replace("/", "_")
        return f"<CA{tail[:42]}@mail.gmail.com>"
    if m.client in OUTLOOK_CLIENTS:
        return (
            f"<{b32(m.key, 'exchange', 22)}@{b32(m.key, 'host', 8)}.eurprd03.prod.outlook.example>"
        )
    if m.client in {"apple", "iphone"}:
        return f"<{uuid_like(m.key, 'apple')}@{domain}>"
    if m.client == "thunderbird":
        return f"<{uuid_like(m.key, 'tb').lower()}@{domain}>"
    return f"<{digest(m.key, 'notice').hex()[:26]}.autoreply@{domain}>"


def previous_working_day(day: datetime) -> datetime:
    """The last Monday-to-Friday before `day`."""
    day -= timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def reminder_sent(m: Mail) -> datetime:
    """When the reminder went out, in the replying client's zone.

    People answer a reminder sent on an earlier working day, a little after 8 UTC; automatic
    notices answer within minutes.
    """
    local = m.dt
    if m.client in NOTICE_CLIENTS:
        return local - timedelta(minutes=2 + digest_int(m.key, "lag") % 4, seconds=17)
    day = previous_working_day(local).astimezone(UTC)
    sent = day.replace(hour=8, minute=2 + digest_int(m.key, "min") % 9, second=11)
    return sent.astimezone(local.tzinfo)


def date_fields(lang: str, dt: datetime) -> dict[str, str]:
    """Every piece a client's date template may use."""
    return {
        "wd": WEEKDAYS[lang][dt.weekday()],
        "wda": WEEKDAYS_ABBR[lang][dt.weekday()],
        "mon": MONTHS[lang][dt.month - 1],
        "mona": MONTHS_ABBR[lang][dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "MM": f"{dt.minute:02d}",
        "SS": f"{dt.second:02d}",
    }


def render(template: str, lang: str, dt: datetime, **extra: str) -> str:
    """Fill a client's date template."""
    return template.format(**date_fields(lang, dt), **extra)


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------


def latin1_safe(text: str) -> str:
    """The reminder as a Latin-1 client quotes it."""
    for bad, good in LATIN1_SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


def quoted(text: str) -> str:
    """`> ` quoting, the way Gmail, Apple Mail and Thunderbird do it."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def hard_wrap(text: str, width: int = 78) -> str:
    """Break long lines at spaces, repeating any `>` prefix (Gmail's plain-text mode)."""
    out: list[str] = []
    for line in text.split("\n"):
        prefix = re.match(r"(?:> ?)*", line)
        lead = prefix.group(0) if prefix else ""
        rest = line[len(lead) :]
        while len(lead) + len(rest) > width and " " in rest[: width - len(lead)]:
            cut = rest.rfind(" ", 0, width - len(lead))
            out.append(lead + rest[:cut])
            rest = rest[cut + 1 :]
        out.append(lead + rest)
    return "\n".join(out)


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed (DelSp=no): soft breaks end in a space, quotes keep their `>`."""
    out: list[str] = []
    for raw in text.split("\n"):
        depth = len(raw) - len(raw.lstrip(">"))
        content = raw[depth:]
        if depth:
            content = content.removeprefix(" ")
            lead = ">" * depth + " "
        else:
            lead = " " if content.startswith((" ", ">", "From ")) else ""
        content = content.rstrip(" ")
        indent = content[: len(content) - len(content.lstrip(" "))]
        words = re.findall(r"\S+ *", content.lstrip(" ")) or [""]
        words[0] = indent + words[0]
        line = ""
        for word in words:
            if line and len(lead) + len(line) + len(word.rstrip()) > width:
                out.append(lead + line)
                line = ""
            line += word
        out.append((lead + line).rstrip(" ") if depth or lead else line.rstrip(" "))
    return "\n".join(out)


def html_text(text: str) -> str:
    """Plain text as HTML lines."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str) -> str:
    """Plain text as HTML paragraphs."""
    return "\n".join(f"<p>{html_text(p)}</p>" for p in text.split("\n\n"))


def gmail_divs(text: str) -> str:
    """Typed text the way Gmail's composer stores it: one div per line."""
    lines = text.split("\n")
    first = html.escape(lines[0], quote=False)
    rest = "".join(
        f"<div>{html.escape(line, quote=False)}</div>" if line else "<div><br></div>"
        for line in lines[1:]
    )
    return f'<div dir="ltr">{first}{rest}</div>'


def word_paragraphs(text: str, lang: str) -> str:
    """Typed text the way Outlook's Word editor stores it."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        rows.append(f'<p class="MsoNormal"><span lang="{lang}">{inner}</span></p>')
    return "\n".join(rows)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

CTE_CODES = {"qp": cs.QP, "b64": cs.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in the given charset and transfer encoding (qp, b64, 8bit)."""
    text.encode(charset)  # hand-written text must fit the charset its client declares
    encoding = cs.Charset(charset)
    # qp and b64 choose a body encoder; None (8bit, 7bit) sends the text as it is
    encoding.body_encoding = CTE_CODES.get(cte)  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, encoding)
    return part


def alternative(plain: str, markup: str, charset: str, cte: str) -> Message:
    """multipart/alternative with a plain and an HTML rendering."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", charset, cte))
    outer.attach(text_part(markup, "html", charset, cte))
    return outer


def header_charset(charset: str) -> str:
    """The charset a client uses for encoded words."""
    return "utf-8" if charset in {"us-ascii"} else charset


def encoded(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client writes it: RFC 2047 encoded words when not ASCII."""
    if value.isascii():
        return value
    enc = header_charset(charset)
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    """A From/To mailbox with an encoded display name when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded(name, charset, 'From')} <{addr}>"


def move_content_headers_last(msg: Message) -> None:
    """Clients write MIME headers below the envelope headers."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def subparts(part: Message) -> list[Message]:
    """The direct children of a multipart or message/* part."""
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def strip_inner_versions(part: Message, top: bool = True) -> None:
    """Only a message's top carries MIME-Version (returned messages are messages too)."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        strip_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE = {
    "gmail": "000000000000{hex}",
    "apple": "Apple-Mail={uuid}",
    "iphone": "Apple-Mail-{uuid}",
    "outlook": "_000_{b32}_",
    "postfix": "{b32}.{epoch}/smtp-out.orchardlane-lab.example",
    "mixed": "----=_Part_{num}.{epoch}{ms}",
}


def set_boundaries(msg: Message, key: str, style: str) -> None:
    """Fixed boundaries, shaped like the generating software's own."""
    template = BOUNDARY_STYLE[style]
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        salt = f"boundary{n}"
        part.set_boundary(
            template.format(
                hex=digest(key, salt).hex()[:16],
                uuid=uuid_like(key, salt),
                b32=b32(key, "queue", 11) if style == "postfix" else b32(key, salt, 26),
                num=f"{digest_int(key, salt) % 10**7}_{n}",
                epoch=1851000000 + digest_int(key, "epoch") % 10**6,
                ms=f"{n:03d}",
            )
        )


def finalize(msg: Message, key: str, style: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    move_content_headers_last(msg)
    strip_inner_versions(msg)
    set_boundaries(msg, key, style)
    return msg


# --------------------------------------------------------------------------------------------
# The quoted reminder as each client lays it out
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder a reply quotes, seen from the replying client."""

    lang: str
    subject: str
    text: str
    sent: datetime
    to: str


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def make_quote(m: Mail) -> Quote:
    """The reminder this message answers, with Latin-1 substitutions where the client needs them."""
    amt = m.amt or DEFAULT_AMOUNT[m.lang]
    text = REMINDER_BODY[m.lang].format(inv=m.invoice, amt=amt)
    subject = reminder_subject(m.lang, m.invoice)
    if m.charset == "iso-8859-1":
        text, subject = latin1_safe(text), latin1_safe(subject)
    name, addr = m.sender
    to = f"{name} <{addr}>" if name else addr
    return Quote(m.lang, subject, text, reminder_sent(m), to)


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject block Outlook puts above quoted text."""
    _, frm, sent, to, subject, _ = OUTLOOK_LABELS[q.lang]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, render(OUTLOOK_SENT[q.lang], q.lang, q.sent)),
        (to, q.to),
        (subject, q.subject),
    ]


def outlook_block(q: Quote) -> str:
    """The header block as plain text."""
    sep = OUTLOOK_LABELS[q.lang][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def gmail_attribution(q: Quote) -> str:
    """Gmail's 'On … wrote:' line."""
    return render(GMAIL_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's 'On … wrote:' line."""
    return render(APPLE_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def word_html(m: Mail, q: Quote) -> str:
    """Outlook desktop HTML: Word markup, the grey divider and the header block."""
    sep = OUTLOOK_LABELS[q.lang][5].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    lang = CONTENT_LANGUAGE[m.lang].upper()
    body = word_paragraphs(m.body, lang)
    reminder = word_paragraphs(q.text, lang)
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={m.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply; color:windowtext;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{body}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span lang="{lang}">{head}</span></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{reminder}\n"
        "</div>\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------------------------
# Clients
# --------------------------------------------------------------------------------------------


def client_outlook(m: Mail, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised 'Original Message' divider."""
    text = f"{m.body}\n\n{OUTLOOK_LABELS[q.lang][0]}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", m.charset, m.cte)


def client_outlook_html(m: Mail, q: Quote) -> Message:
    """Outlook desktop, HTML with a plain-text alternative."""
    plain = f"{m.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(plain, word_html(m, q), m.charset, m.cte)


def client_html_only(m: Mail, q: Quote) -> Message:
    """Outlook configured to send HTML only."""
    return text_part(word_html(m, q), "html", m.charset, m.cte)


def client_android(m: Mail, q: Quote) -> Message:
    """Outlook for Android: plain text, base64, with its own divider and signature."""
    sent = render(OUTLOOK_SENT[q.lang] + ":{SS}", q.lang, q.sent)
    rows = outlook_block(q).split("\n")
    rows[1] = rows[1].split(OUTLOOK_LABELS[q.lang][5])[0] + OUTLOOK_LABELS[q.lang][5] + sent
    block = "\n".join(rows)
    text = f"{m.body}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", m.charset, "b64")


def client_gmail(m: Mail, q: Quote) -> Message:
    """Gmail web: multipart/alternative with a gmail_quote block."""
    attribution = gmail_attribution(q)
    plain = f"{m.body}\n\n{attribution}\n\n{quoted(q.text)}\n"
    markup = (
        f"{gmail_divs(m.body)}<br>"
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_blocks(q.text)}</blockquote></div>\n"
    )
    return alternative(plain, markup, m.charset, m.cte)


def client_gmail_plain(m: Mail, q: Quote) -> Message:
    """Gmail in plain-text mode: hard-wrapped at 78 with `>` quoting."""
    text = hard_wrap(f"{m.body}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n")
    return text_part(text, "plain", m.charset, m.cte)


def client_apple(m: Mail, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    text = f"{m.body}\n\n{apple_attribution(q)}\n\n{quoted(q.text)}\n"
    return text_part(text, "plain", m.charset, m.cte)


def client_iphone(m: Mail, q: Quote) -> Message:
    """iPhone Mail: signature, then the attribution inside the quote."""
    inner = quoted(f"{apple_attribution(q)}\n\n{q.text}")
    text = f"{m.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{inner}\n"
    return text_part(text, "plain", m.charset, m.cte)


def client_thunderbird(m: Mail, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text."""
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME)
    text = flowed(f"{m.body}\n\n{attribution}\n{quoted(q.text)}\n")
    part = text_part(text, "plain", m.charset, m.cte)
    part.set_param("format", "flowed")
    return part


def client_notice(m: Mail, q: Quote) -> Message:
    """Automatic notices and payment advices quote nothing."""
    del q
    return text_part(m.body + "\n", "plain", m.charset, m.cte)


def client_html_notice(m: Mail, q: Quote) -> Message:
    """A system-generated HTML-only notice; the body is the markup itself."""
    del q
    return text_part(m.body, "html", m.charset, m.cte)


CLIENTS: dict[str, Callable[[Mail, Quote], Message]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "html_only": client_html_only,
    "android": client_android,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "notice": client_notice,
    "html_notice": client_html_notice,
}
OUTLOOK_CLIENTS = frozenset({"outlook", "outlook_html", "html_only", "android"})
NOTICE_CLIENTS = frozenset({"notice", "html_notice"})
CLIENT_BOUNDARY = {"gmail": "gmail", "outlook_html": "outlook"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "outlook_html": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "html_only": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3774.600.62)"),),
    "iphone": (("X-Mailer", "iPhone Mail (21G93)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.14.0",
        ),
    ),
}


def reply_subject(m: Mail, q: Quote) -> str:
    """The Subject: line, from the message's template."""
    prefix = OUTLOOK_REPLY_PREFIX[q.lang] if m.client in OUTLOOK_CLIENTS else "Re: "
    return m.subject.format(re=prefix + q.subject, rsub=q.subject)


def build_mail(m: Mail) -> Message:
    """Wrap one hand-written message the way its client would send it."""
    q = make_quote(m)
    msg = CLIENTS[m.client](m, q)
    msg["From"] = mailbox(*m.sender, m.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded(reply_subject(m, q), m.charset)
    msg["Date"] = format_datetime(m.dt)
    msg["Message-ID"] = reply_msgid(m)
    if m.threaded:
        msg["In-Reply-To"] = reminder_msgid(m.key)
        msg["References"] = reminder_msgid(m.key)
    extra: list[tuple[str, str]] = list(CLIENT_HEADERS.get(m.client, ()))
    if m.client in OUTLOOK_CLIENTS:
        extra += [
            ("Thread-Topic", encoded(q.subject, m.charset, "Thread-Topic")),
            ("Thread-Index", base64.b64encode(digest(m.key, "thread")[:22]).decode()),
            ("Content-Language", CONTENT_LANGUAGE[m.lang]),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
    for name, value in [*extra, *m.headers]:
        msg[name] = value
    style = CLIENT_BOUNDARY.get(m.client, "mixed")
    return finalize(msg, m.key, style)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT = [
    Mail(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Raj Mistry", "raj.mistry.dental@gmail.com"),
        "2028-08-29 07:58",
        "iphone",
        "Paid.",
        facts(note="one-word reply from a phone; no date, amount or reference"),
    ),
    Mail(
        "ps-en-2",
        "payment_sent",
        "en",
        (
            "Crestview Dental Group plc – Accounts Payable",
            "ap.remittances@crestview-dentalgroup.example",
        ),
        "2028-08-31 18:02",
        "notice",
        "REMITTANCE ADVICE\n\n"
        "To:             Orchard Lane Dental Lab Ltd\n"
        "Supplier no.:   300418\n"
        "Payment date:   31/08/2028\n"
        "Method:         BACS\n"
        "Payment ref.:   CDG-0004471823\n\n"
        "Your invoice     Invoice date     Amount (GBP)\n"
        "OLD104417        14/07/2028           1,486.20\n"
        "OLD104552        21/07/2028             312.00\n"
        "                                  ------------\n"
        "Total paid                            1,798.20\n\n"
        "Funds normally reach the payee's account within two working days of the payment date.\n\n"
        "This advice was produced automatically by the Crestview Dental Group finance system. Replies to this address are not monitored; please send any query to ap.queries@crestview-dentalgroup.example quoting your supplier number.",
        facts(
            "OLD 104417",
            "OLD 104552",
            paid_date="2028-08-31",
            payment_reference="CDG-0004471823",
            amount="1798.20",
            currency="GBP",
            note="AP remittance advice, not a reply; the total of both invoices is the amount paid; the queries address is not a new contact",
        ),
        subject="Remittance advice – payment CDG-0004471823",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Mail(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Gemma Fairclough", "practicemanager@lowtherstreetdental.example"),
        "2028-09-05 12:48",
        "outlook_html",
        "Hi there,\n\n"
        "So sorry for the slow reply to this – it has been a genuinely mad few weeks. We had our CQC inspection last Tuesday (went fine, thank goodness), Dr Patel has been off with her back since the bank holiday, and our new receptionist only started yesterday so I've been doing two jobs. I'm also still trying to get the decontamination room sorted after the autoclave packed up.\n\n"
        "Anyway, I sat down with Sandra on Friday to go through all the outstanding lab invoices, and yours was in the batch we sent on the 25th by bank transfer (our reference was LSD-ORCH-0825), along with the Whitfield Dental Supplies one. So it should definitely be with you by now. If it hasn't turned up let me know and I'll get on to the bank.\n\n"
        "While I've got you – could the Mellor case (lower cobalt-chrome partial) come back by Thursday? She's booked in at 8.30 on Friday morning.\n\n"
        "Many thanks,\nGemma\n\n"
        "Gemma Fairclough\nPractice Manager\nLowther Street Dental Practice",
        facts(
            paid_date="2028-08-25",
            payment_reference="LSD-ORCH-0825",
            note="the payment is buried in the second paragraph; 'the 25th' is the last 25th before Tuesday 5 September; the case question is secondary",
        ),
    ),
    Mail(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Sabine Körner", "s.koerner@zahnarzt-hartmann.example"),
        "2028-09-01 09:37",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Rechnung OLD 104630 haben wir am 30.08. in voller Höhe (2.318,40 €) überwiesen. Ihre Erinnerung hat sich mit unserer Zahlung vermutlich überschnitten.\n\n"
        "Mit freundlichen Grüßen\n"
        "i. A. Sabine Körner\nPraxismanagement\n\n"
        "Zahnarztpraxis Dr. Ulrich Hartmann\nLindenstraße 14 · 34117 Kassel",
        facts("OLD 104630", paid_date="2028-08-30", amount="2318.40", currency="EUR"),
        inv="OLD 104630",
        charset="windows-1252",
    ),
    Mail(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Dr Hélène Lemaire", "h.lemaire@cabinet-lemaire.example"),
        "2028-09-06 07:52",
        "android",
        "Bonjour,\nVirement fait hier soir depuis l'appli de la banque, vous devriez le voir d'ici demain.\nBonne journée\nH. Lemaire",
        facts(
            paid_date="2028-09-05",
            note="'hier soir' is the evening before Wednesday 6 September",
        ),
    ),
    Mail(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Sandrine Michaud", "secretariat@cabinet-tilleuls.example"),
        "2028-09-04 11:15",
        "outlook",
        "Bonjour,\n\n"
        "Nous avons réglé la facture OLD 104781 par chèque n° 7730412, envoyé par courrier le jeudi 31 août.\n\n"
        "En revanche, pourriez-vous nous renvoyer un duplicata de cette facture ? Notre expert-comptable ne la retrouve pas dans les pièces de juillet.\n\n"
        "Merci d'avance et bonne journée,\n\n"
        "Sandrine Michaud\nSecrétariat – Cabinet dentaire des Tilleuls",
        facts(
            "OLD 104781",
            paid_date="2028-08-31",
            payment_reference="7730412",
            note="paid by cheque, plus a request for a duplicate: the payment claim wins; the cheque number is the reference",
        ),
        inv="OLD 104781",
        charset="windows-1252",
    ),
    Mail(
        "ps-es-1",
        "payment_sent",
        "es",
        (
            "Grupo Dental Ibérico – Cuentas a Pagar",
            "pagos.proveedores@grupodentaliberico.example",
        ),
        "2028-09-07 19:40",
        "html_notice",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Aviso de pago</title></head>\n'
        '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
        "<p><b>GRUPO DENTAL IBÉRICO, S.L.</b><br>Centro de Servicios Compartidos – Cuentas a Pagar</p>\n"
        "<p>Estimado proveedor:</p>\n"
        "<p>Le comunicamos que hemos ordenado la siguiente transferencia a su favor.</p>\n"
        '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">\n'
        '<tr><th align="left">Proveedor</th><td>Orchard Lane Dental Lab Ltd (P-018842)</td></tr>\n'
        '<tr><th align="left">Fecha de pago</th><td>07/09/2028</td></tr>\n'
        '<tr><th align="left">Referencia</th><td>TRF-2028-0907-1183</td></tr>\n'
        '<tr><th align="left">Importe total</th><td>1.935,60 EUR</td></tr>\n'
        "</table>\n"
        "<p>Documentos liquidados:</p>\n"
        '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">\n'
        "<tr><th>N.º factura</th><th>Fecha factura</th><th>Importe (EUR)</th></tr>\n"
        '<tr><td>OLD-104998</td><td>14/07/2028</td><td align="right">1.935,60</td></tr>\n'
        "</table>\n"
        "<p>Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.</p>\n"
        "</body></html>\n",
        facts(
            "OLD 104998",
            paid_date="2028-09-07",
            payment_reference="TRF-2028-0907-1183",
            amount="1935.60",
            currency="EUR",
            note="AP payment advice, HTML only; the transfer 'hemos ordenado' is sent",
        ),
        subject="Aviso de pago – Orchard Lane Dental Lab Ltd – 07/09/2028",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Mail(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Rubén Castaño", "rubencastano.dentista@hotmail.es"),
        "2028-09-11 13:05",
        "iphone",
        "ya esta pagado lo hizo mi socio el viernes",
        facts(
            paid_date="2028-09-08",
            note="no punctuation or accents; 'el viernes' is the Friday before Monday 11 September",
        ),
    ),
    Mail(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Mark de Vries", "mark@tandartsdevries.example"),
        "2028-09-14 17:22",
        "iphone",
        "Is al overgemaakt, afgelopen dinsdag.\nGr Mark",
        facts(
            paid_date="2028-09-12",
            note="'afgelopen dinsdag' is the Tuesday before Thursday 14 September",
        ),
    ),
    Mail(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("J. van Leeuwen", "crediteuren@cbt-zuidwest.example"),
        "2028-09-11 10:30",
        "outlook_html",
        "Geachte heer, mevrouw,\n\n"
        "Naar aanleiding van uw betalingsherinnering delen wij u mede dat factuur OLD 104902 op 7 september 2028 is voldaan in betaalbatch 2028-0907-03. Het bedrag van € 1.642,75 is overgemaakt naar het bij ons bekende rekeningnummer eindigend op 4471.\n\n"
        "Mocht de betaling onverhoopt niet zijn ontvangen, dan vernemen wij dat graag onder vermelding van het factuurnummer.\n\n"
        "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.\n\n"
        "Met vriendelijke groet,\n\n"
        "J. van Leeuwen\nCrediteurenadministratie\nCentrum voor Bijzondere Tandheelkunde Zuidwest",
        facts(
            "OLD 104902",
            paid_date="2028-09-07",
            payment_reference="2028-0907-03",
            amount="1642.75",
            currency="EUR",
            note="very formal; the payment batch number is the reference",
        ),
        inv="OLD 104902",
    ),
    Mail(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Giulia Fabbri", "segreteria@studioferraro.example"),
        "2028-09-19 10:20",
        "outlook_html",
        "Buongiorno,\n\n"
        "in riferimento al vostro sollecito vi comunichiamo che il bonifico a saldo della fattura n. OLD 105144 è stato effettuato in data 15/09, per un importo di € 2.087,30.\n"
        "CRO: 0306 9081 2773 4512\n\n"
        "Vi chiediamo cortesemente di verificare e di aggiornare la nostra posizione.\n\n"
        "Cordiali saluti\n"
        "Giulia Fabbri\nSegreteria – Studio Dentistico Dott. Ferraro",
        facts(
            "OLD 105144",
            paid_date="2028-09-15",
            payment_reference="0306 9081 2773 4512",
            amount="2087.30",
            currency="EUR",
            note="'15/09' is day/month",
        ),
        inv="OLD 105144",
    ),
    Mail(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Luca Marchetti", "luca.marchetti@libero.it"),
        "2028-08-30 21:14",
        "android",
        "fatto",
        facts(note="one word ('done') in answer to a payment reminder: paid; no date"),
    ),
]

PROMISE_TO_PAY = [
    Mail(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Lorraine Blake", "l.blake@northdevon-cds.example"),
        "2028-09-12 14:05",
        "outlook_html",
        "Good afternoon,\n\n"
        "Invoice OLD 105013 has now been approved and is scheduled for payment in this Friday's BACS run. Please allow three working days for the funds to clear.\n\n"
        "Kind regards,\n\n"
        "Lorraine Blake\nAccounts Payable Officer\nNorth Devon Community Dental Service",
        facts(
            "OLD 105013",
            promised_date="2028-09-15",
            note="past-tense 'approved and scheduled' announces a future payment; the Friday after Tuesday 12 September",
        ),
        inv="OLD 105013",
        headers=(SUPPRESS,),
    ),
    Mail(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Ian Cattermole", "ian@cattermoledental.example"),
        "2028-09-05 16:40",
        "iphone",
        "Hi, I'm on holiday in Crete with rubbish signal so have only just seen this. I sign off all the lab payments myself and I'm not back in the practice until the 15th – I'll pay it that day, promise. Sorry for the hassle.\nIan",
        facts(
            promised_date="2028-09-15",
            note="written by a person although the subject says 'Out of office'; no Auto-Submitted",
        ),
        subject="Out of office till the 15th",
    ),
    Mail(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Dan Whitlock", "dan@whitlockdental.example"),
        "2028-09-01 17:55",
        "gmail_plain",
        "Hi,\n\nApologies, this one slipped through the net. We'll pay it next Thursday when our monthly NHS payment lands.\n\nDan",
        facts(
            promised_date="2028-09-07",
            note="'next Thursday' written on Friday 1 September: the coming Thursday",
        ),
    ),
    Mail(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Buchhaltung MVZ Am Stadtpark", "buchhaltung@mvz-stadtpark.example"),
        "2028-09-07 11:12",
        "outlook_html",
        "Guten Tag,\n\ndie Zahlung ist bei uns für KW 38 eingeplant.\n\nViele Grüße\nBuchhaltung\nMVZ Zahnmedizin Am Stadtpark GmbH",
        facts(
            promised_date="2028-09-18",
            note="'KW 38' resolved to the Monday of ISO week 38, as a named week is resolved to its first day",
        ),
    ),
    Mail(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Jürgen Albrecht", "j.albrecht@dentalzentrum-rheinaue.example"),
        "2028-09-12 08:26",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "vielen Dank für Ihre Erinnerung. Die Rechnung wurde gestern von der Geschäftsführung freigegeben und ist für unseren Zahlungslauf am 20.09.2028 vorgemerkt. Der Betrag von 1.954,00 EUR wird Ihnen dann überwiesen.\n\n"
        "Die Verzögerung bitten wir zu entschuldigen; sie geht auf die Umstellung unserer Finanzbuchhaltung im Sommer zurück.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Jürgen Albrecht\nLeitung Verwaltung\nDentalzentrum Rheinaue",
        facts(
            promised_date="2028-09-20",
            amount="1954.00",
            currency="EUR",
            note="past tense ('freigegeben', 'vorgemerkt') for a payment still to come",
        ),
        amt="1.954,00 €",
        charset="iso-8859-1",
    ),
    Mail(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Dr Nathalie Girard", "nathalie.girard@orange.fr"),
        "2028-09-04 19:10",
        "thunderbird",
        "Bonsoir,\n\nLe virement a été programmé pour fin de mois, avec les autres fournisseurs du cabinet.\n\nCordialement,\nDr Nathalie Girard\nChirurgien-dentiste",
        facts(
            promised_date="2028-09-30",
            note="'programmé pour fin de mois' is a future payment despite the past participle; the last day of September",
        ),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Mail(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Lucía Moreno", "administracion@clinicamoreno-dental.example"),
        "2028-09-14 10:48",
        "outlook",
        "Buenos días:\n\n"
        "Disculpen el retraso. Estamos pendientes de que la aseguradora nos abone varios tratamientos del verano; en cuanto entre ese dinero, a finales de mes, les hacemos la transferencia por el importe completo.\n\n"
        "Un saludo,\n\n"
        "Lucía Moreno\nAdministración\nClínica Moreno Odontología",
        facts(
            promised_date="2028-09-30",
            note="one payment of the full amount at the end of the month: a promise, not a plan",
        ),
        charset="windows-1252",
    ),
    Mail(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Pablo Navarro", "clinica.dr.navarro@gmail.com"),
        "2028-09-07 20:31",
        "gmail_plain",
        "No, todavía no lo hemos pagado, se me pasó por completo con las vacaciones. Lo hago el lunes sin falta.\n\nPablo Navarro",
        facts(
            promised_date="2028-09-11",
            note="negation ('todavía no') followed by a promise; the Monday after Thursday 7 September",
        ),
    ),
    Mail(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Ilse Bakker", "ilse@mondzorgbakker.example"),
        "2028-09-04 09:15",
        "gmail",
        "Goedemorgen,\n\nKlopt, die staat nog open. We betalen hem over twee weken, dan is de declaratie bij de zorgverzekeraar rond.\n\nGroeten,\nIlse Bakker\nMondzorg Bakker",
        facts(
            promised_date="2028-09-18",
            note="'over twee weken' is 14 days after Monday 4 September",
        ),
    ),
    Mail(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Sander Kuipers", "sander@tandartsenhuis-oost.example"),
        "2028-09-19 12:02",
        "android",
        "Staat ingepland voor vrijdag.\nSander",
        facts(
            promised_date="2028-09-22",
            note="mobile brevity; 'ingepland' (scheduled) announces a payment on the coming Friday",
        ),
    ),
    Mail(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Centro Odontoiatrico Lario", "amministrazione@centrolario.example"),
        "2028-09-15 15:30",
        "outlook",
        "Buongiorno,\n\nprendiamo atto del sollecito. Provvederemo al saldo della fattura entro fine mese.\n\nDistinti saluti\nUfficio Amministrazione\nCentro Odontoiatrico Lario S.r.l.",
        facts(promised_date="2028-09-30"),
        charset="iso-8859-1",
    ),
    Mail(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Francesca Galli", "francesca@studiodentisticogalli.example"),
        "2028-09-01 12:40",
        "iphone",
        "Buongiorno, il dottore è via fino a mercoledì e i bonifici li firma solo lui. Lo paghiamo giovedì prossimo appena rientra, scusate!\nFrancesca",
        facts(
            promised_date="2028-09-07",
            note="'giovedì prossimo' written on Friday 1 September is Thursday 7 September",
        ),
    ),
]

DISPUTE = [
    Mail(
        "di-en-1",
        "dispute",
        "en",
        ("Sarah Okonjo", "s.okonjo@rivermeadsmiles.example"),
        "2028-09-11 13:20",
        "outlook",
        "Hello,\n\n"
        "We've paid the part of OLD 104877 that was right – the two e.max crowns, £412.00, went on Friday.\n\n"
        "We are not paying the rest. The three-unit bridge (your docket 88123) came back in A3 when the prescription clearly said A2, and the margin was short on the distal abutment. Dr Achebe rejected it at the try-in, the patient had to be rebooked, and you've since remade it – but the original is still on the invoice at full price.\n\n"
        "Please send us a credit note for the bridge, or a corrected invoice showing only the crowns.\n\n"
        "Regards,\nSarah Okonjo\nPractice Manager, Rivermead Smiles",
        facts(
            "OLD 104877",
            note="paid part, disputes the rest: the dispute wins over the payment claim",
        ),
        inv="OLD 104877",
        amt="£1,318.00",
        charset="windows-1252",
    ),
    Mail(
        "di-en-2",
        "dispute",
        "en",
        ("Peter Lindqvist", "peter@lindqvist-prosthodontics.example"),
        "2028-08-30 10:02",
        "thunderbird",
        "We have NOT paid this, and we won't until it's corrected.\n\n"
        "The upper complete denture went back to you on 14 July because the bite was out – your technician agreed on the phone that the registration had been mounted wrongly at your end. You remade it, which we appreciate, but the invoice charges us for both the original and the remake. We are not paying twice for one denture.\n\n"
        "Peter Lindqvist\nLindqvist Prosthodontics",
        facts(note="negated payment with the reason: a remake billed as well as the original"),
        cte="8bit",
    ),
    Mail(
        "di-en-3",
        "dispute",
        "en",
        ("Mo Rahman", "mo@rahmandental.example"),
        "2028-09-21 18:47",
        "iphone",
        "THIS WAS A WARRANTY REMAKE. WHY ARE WE BEING CHARGED FOR IT AGAIN",
        facts(note="all caps from a phone; contests the charge"),
    ),
    Mail(
        "di-de-1",
        "dispute",
        "de",
        ("Dr. Katrin Wolff", "praxis@kieferorthopaedie-wolff.example"),
        "2028-09-12 16:15",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "auf der Rechnung OLD 105220 werden drei Refinements à 180,00 € berechnet. Laut Ihrem Angebot vom 2. März 2028 sind beim Aligner-Paket „Comfort“ zwei Refinements im Paketpreis enthalten. Wir akzeptieren daher nur ein zusätzliches Refinement.\n\n"
        "Bitte senden Sie uns eine korrigierte Rechnung; den unstrittigen Betrag überweisen wir nach Erhalt.\n\n"
        "Mit freundlichen Grüßen\nDr. Katrin Wolff\nFachzahnärztin für Kieferorthopädie",
        facts(
            "OLD 105220",
            note="price disagreement against a quote; the corrected invoice and the conditional payment are secondary",
        ),
        inv="OLD 105220",
        amt="3.240,00 €",
    ),
    Mail(
        "di-de-2",
        "dispute",
        "de",
        ("Tobias Brandt", "tobias.brandt@zahnarztpraxis-brandt.example"),
        "2028-09-01 07:34",
        "iphone",
        "Nein, wir haben NICHT bezahlt, und zwar mit Absicht. Die Implantatkrone für unseren Patienten (Ihre Auftragsnr. 55190) ist bei uns nie angekommen, laut DHL wurde das Paket an eine falsche Adresse zugestellt. Für Arbeit, die wir nicht bekommen haben, zahlen wir nicht.\nT. Brandt",
        facts(note="negated payment: the work never arrived"),
    ),
    Mail(
        "di-fr-1",
        "dispute",
        "fr",
        ("Dr Julien Mercier", "julien.mercier@centre-dentaire-mercier.example"),
        "2028-08-31 13:10",
        "gmail",
        "Bonjour,\n\n"
        "Nous ne réglerons pas cette facture en l'état. La couronne zircone de Mme D. ne correspondait pas du tout à la teinte demandée (A1 sur la fiche, nous avons reçu quelque chose de proche du A3) et le point de contact mésial était ouvert. Je l'ai renvoyée le 18 août avec un mot, sans nouvelles depuis.\n\n"
        "Tant que la nouvelle couronne n'est pas livrée et conforme, je conteste cette facture.\n\n"
        "Dr Julien Mercier\nCentre dentaire Mercier",
        facts(
            note="shade and contact-point complaint; 'nous ne réglerons pas' is a refusal, not a promise"
        ),
    ),
    Mail(
        "di-fr-2",
        "dispute",
        "fr",
        ("Véronique Faure", "compta@selarl-faure-dentaires.example"),
        "2028-09-13 09:50",
        "outlook_html",
        "Madame, Monsieur,\n\n"
        "Cette facture fait double emploi avec la facture OLD 104512, que nous avons réglée le 10 août : il s'agit exactement du même travail (bridge trois éléments, patient réf. 22-118, bon de commande du 3 juillet).\n\n"
        "Nous vous remercions de bien vouloir l'annuler et de nous adresser l'avoir correspondant.\n\n"
        "Bien cordialement,\n\n"
        "Véronique Faure\nComptabilité – SELARL Faure & Associés, chirurgiens-dentistes",
        facts(
            "OLD 104512",
            note="duplicate billing; the payment mentioned is of the earlier invoice, not of this one",
        ),
        charset="windows-1252",
    ),
    Mail(
        "di-es-1",
        "dispute",
        "es",
        ("Elena Ruiz", "elena.ruiz@implantologia-ruiz.example"),
        "2028-09-19 11:35",
        "gmail",
        "Hola:\n\n"
        "Hemos revisado la factura y no cuadra con lo que acordamos. El precio pactado por corona atornillada sobre implante era de 165 € y nos habéis facturado cada una a 210 €. Son diez coronas, así que la diferencia no es pequeña.\n\n"
        "Cuando nos enviéis la factura rectificada con el precio acordado, la pagamos sin problema.\n\n"
        "Saludos,\nElena Ruiz\nImplantología Ruiz",
        facts(note="price dispute; payment is conditional on a corrected invoice"),
        amt="2.100,00 €",
        cte="b64",
    ),
    Mail(
        "di-nl-1",
        "dispute",
        "nl",
        ("Wim Jansen", "w.jansen@tandprothetiekjansen.example"),
        "2028-09-04 08:55",
        "apple",
        "Goedemorgen,\n\n"
        "Deze factuur betalen wij niet voordat het probleem is opgelost. De onderprothese van mevrouw K. paste niet: ze kon er niet mee eten en had na twee dagen drukplekken. Wij hebben het werkstuk op 24 augustus teruggestuurd met een nieuwe beetregistratie en sindsdien niets meer gehoord.\n\n"
        "Met vriendelijke groet,\nWim Jansen\nTandprothetische praktijk Jansen",
        facts(note="denture did not fit and was returned; refusal until it is fixed"),
    ),
    Mail(
        "di-nl-2",
        "dispute",
        "nl",
        ("Fleur Visser", "fleur.visser@mondzorgcentrum-visser.example"),
        "2028-09-07 17:48",
        "android",
        "Hoi,\nDe brug van factuur 105078 kwam gebroken binnen, de doos was helemaal ingedeukt. Foto's stuur ik zo apart. Wij betalen niet voor een kapotte brug, graag een creditnota of een nieuwe.\nFleur",
        facts(
            "OLD 105078",
            note="'105078' is a short form of OLD 105078; damaged in transit",
        ),
        inv="OLD 105078",
    ),
    Mail(
        "di-it-1",
        "dispute",
        "it",
        ("Roberto Esposito", "r.esposito@odontoiatria-esposito.example"),
        "2028-09-06 11:05",
        "outlook",
        "Buongiorno,\n\n"
        "non abbiamo pagato questa fattura perché contiene una voce che non abbiamo mai ordinato: la ceratura diagnostica (wax-up) per il caso del sig. L. Sulla prescrizione inviata il 3 luglio c'erano solo le due corone in disilicato.\n\n"
        "Attendiamo una nota di credito per la voce non dovuta. Il resto lo paghiamo appena riceviamo la fattura corretta.\n\n"
        "Cordiali saluti\nRoberto Esposito\nOdontoiatria Esposito",
        facts(note="negated payment: billed for an item that was not ordered"),
        charset="windows-1252",
    ),
    Mail(
        "di-it-2",
        "dispute",
        "it",
        ("Silvia Greco", "silvia.greco@studiogreco.example"),
        "2028-09-11 22:10",
        "gmail",
        "Buonasera,\n\n"
        "scusate se rispondo solo ora ma lo studio è rimasto chiuso per ferie fino al 3 settembre e al rientro ho trovato di tutto: la segretaria in malattia, il riunito della sala 2 fermo, centinaia di mail. Sto cercando di rimettermi in pari un po' alla volta.\n\n"
        "Ho guardato la fattura con il mio socio e c'è un problema: la protesi parziale della sig.ra M. che ci avete addebitato è il rifacimento di quella di maggio, che si era fratturata dopo tre settimane. Al telefono il vostro tecnico, Andrea, mi aveva detto che rientrava nella garanzia e che non ci sarebbe stato alcun costo. Quindi questa voce per noi non è dovuta.\n\n"
        "Grazie, e buona serata\nSilvia Greco",
        facts(note="long reply with the point buried: a warranty remake was charged"),
    ),
]

PAYMENT_PLAN = [
    Mail(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Kerry Hollis", "kerry@hollisdental.example"),
        "2028-08-28 20:41",
        "gmail",
        "Hi,\n\nI've just sent £500 towards this. Things have been really slow over the summer, so I'll clear the remaining £986.20 at the end of October, if that's OK with you?\n\nThanks for being patient,\nKerry",
        facts(
            note="part now, the rest later: payment_plan, not payment_sent; sent on the UK summer bank holiday"
        ),
    ),
    Mail(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Fiona Marsh", "fiona.marsh@tidesidedental.example"),
        "2028-09-14 09:30",
        "outlook_html",
        "Dear Accounts team,\n\n"
        "I'm sorry we've fallen behind. Since the flood at the surgery in July we have been working from one surgery instead of three, and our cash flow has been very poor. We fully intend to pay what we owe.\n\n"
        "Would you accept £250 a month by standing order, starting on 1 October, until the balance is cleared? If you need something in writing from our accountant I can arrange that.\n\n"
        "With apologies,\n\nFiona Marsh\nPrincipal Dentist, Tideside Dental",
        facts(note="hardship and monthly instalments"),
    ),
    Mail(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Martin Ellery", "m.ellery@grantellery.example"),
        "2028-09-08 15:02",
        "outlook",
        "Dear Sirs,\n\n"
        "We act for Dr S. Okafor, trading as Okafor Family Dentistry, who has passed your reminder to us.\n\n"
        "Our client is restructuring the practice's finances following the sale of a branch surgery. He does not dispute the balance of £1,486.20 and proposes to settle it in three equal monthly instalments of £495.40, the first on 29 September 2028.\n\n"
        "We should be grateful if you would confirm in writing that this arrangement is acceptable.\n\n"
        "Yours faithfully,\n\nMartin Ellery FCA\nGrant & Ellery Chartered Accountants",
        facts(
            note="accountants propose instalments for their client; the plan's dates and amounts are not labelled"
        ),
    ),
    Mail(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Martina Seidel", "m.seidel@zahnaerzte-seidel.example"),
        "2028-08-29 17:20",
        "thunderbird",
        "Hallo,\n\nwir möchten die Rechnung gern in zwei Raten begleichen: die Hälfte überweisen wir noch diese Woche, die andere Hälfte Ende Oktober. Wäre das für Sie in Ordnung?\n\nViele Grüße\nMartina Seidel\nZahnärzte Seidel & Kollegen",
        facts(note="two instalments proposed"),
        cte="8bit",
    ),
    Mail(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Dr. Emre Özdemir", "praxis@zahnarzt-oezdemir.example"),
        "2028-09-18 13:45",
        "gmail",
        "Guten Tag,\n\nkönnten Sie uns für diese Rechnung bis Mitte Oktober Zeit geben? Der Umbau unserer Praxis hat deutlich länger gedauert und mehr gekostet als geplant, und wir hatten drei Wochen lang keinen Patientenbetrieb.\n\nDanke für Ihr Verständnis\nEmre Özdemir",
        facts(note="asks for more time: payment_plan, not a promise"),
    ),
    Mail(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Alain Chevalier", "alain.chevalier@cabinet-chevalier.example"),
        "2028-09-05 18:22",
        "apple",
        "Bonjour,\n\n"
        "Serait-il possible d'étaler le règlement de cette facture sur trois mois ? L'été a été très calme au cabinet et la trésorerie est tendue. Je peux vous faire trois virements du même montant, le 10 de chaque mois à partir d'octobre.\n\n"
        "Merci de me dire si cela vous convient.\n\nAlain Chevalier",
        facts(note="three monthly instalments"),
    ),
    Mail(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Karima Benali", "k.benali@sourire-du-port.example"),
        "2028-09-20 12:30",
        "android",
        "Bonjour\nJe vous fais un virement de 600 € aujourd'hui et je règle le solde mi-octobre. Désolée pour le retard.\nKarima Benali\nCabinet Sourire du Port",
        facts(note="part payment now, the rest later: payment_plan"),
    ),
    Mail(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Marta Gil", "marta@sonrisasdelturia.example"),
        "2028-08-30 14:12",
        "iphone",
        "Hola, ¿podríamos pagarla en dos plazos? La mitad ahora y la otra mitad a mediados de octubre. Gracias!\nMarta",
        facts(note="two instalments proposed"),
    ),
    Mail(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Jorge Salinas", "jorge@salinasodontologia.example"),
        "2028-09-15 21:05",
        "gmail",
        "Buenas noches:\n\n"
        "Os escribo con un poco de vergüenza. Estoy pasando una mala racha: este verano la clínica ha bajado mucho de pacientes y me cuesta llegar a todo. No quiero dejar de pagaros, pero ahora mismo no puedo hacerlo de golpe.\n\n"
        "¿Os parecería bien que os fuera pagando 200 € al mes hasta saldar la deuda? Puedo empezar el 1 de octubre.\n\n"
        "Un saludo y gracias por la paciencia,\nJorge Salinas",
        facts(note="hardship and monthly instalments"),
        cte="b64",
    ),
    Mail(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Kees Smit", "k.smit@tandartspraktijksmit.example"),
        "2028-09-12 10:40",
        "outlook_html",
        "Goedemorgen,\n\n"
        "Kunnen wij voor deze factuur een betalingsregeling treffen? Wij stellen voor het bedrag in drie gelijke termijnen te betalen: eind september, eind oktober en eind november.\n\n"
        "Graag hoor ik of u daarmee akkoord gaat.\n\n"
        "Met vriendelijke groet,\n\nKees Smit\nTandartspraktijk Smit",
        facts(note="three instalments proposed"),
    ),
    Mail(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Marco Colombo", "m.colombo@colombodental.example"),
        "2028-09-21 16:05",
        "outlook_html",
        "Spett.le Orchard Lane Dental Lab,\n\n"
        "a fronte del Vostro sollecito, Vi proponiamo di saldare l'importo dovuto in tre rate mensili di pari importo, con scadenza 30 settembre, 31 ottobre e 30 novembre 2028.\n\n"
        "Restiamo in attesa di un Vostro cortese riscontro.\n\n"
        "Distinti saluti\nMarco Colombo\nColombo Dental S.r.l.",
        facts(note="very formal; three instalments proposed"),
    ),
    Mail(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Chiara Ricci", "chiara.ricci@studioricci-odontoiatria.example"),
        "2028-09-04 13:26",
        "iphone",
        "Buongiorno, vi chiedo se possibile una proroga di 30 giorni, il commercialista ci ha bloccato i pagamenti fino alla chiusura del trimestre e sono un po in difficolta. Poi pago tutto insieme\nGrazie mille\nChiara Ricci",
        facts(note="asks for 30 more days: payment_plan; typos and missing accents"),
    ),
]

INVOICE_REQUEST = [
    Mail(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Aisha Cole", "payables@wessex-dental-hospital.example"),
        "2028-08-30 11:20",
        "outlook_html",
        "Dear Orchard Lane,\n\n"
        "We are unable to pay any supplier invoice that does not quote a valid purchase order number. Please reissue this invoice quoting PO 4500218873 and send it to our invoice scanning mailbox as usual. Once the corrected invoice has been received it will be matched and paid in the next available run.\n\n"
        "Kind regards,\n\nAisha Cole\nProcurement & Payables\nWessex Dental Hospital",
        facts(
            note="payment conditional on a reissued invoice with a PO number; the amount is not contested"
        ),
        headers=(SUPPRESS,),
    ),
    Mail(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Hannah Price", "hannah@smilestudio-bath.example"),
        "2028-09-18 09:12",
        "gmail_plain",
        "Hi,\n\nWhich patient is OLD 105301 for? We sent you three cases in July and I can't match this one to any of them. Could you send me the lab docket or the case details please?\n\nThanks\nHannah\nSmile Studio Bath",
        facts("OLD 105301", note="asks which case the invoice is for and for the docket"),
        inv="OLD 105301",
    ),
    Mail(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Colin Dunmore", "colin.dunmore@dunmoreortho.example"),
        "2028-09-07 12:30",
        "apple",
        "Hello,\n\n"
        "Before we pay this, could you please confirm your bank details on company letterhead, or give us a number we can ring to check them? We had two fake “change of bank details” emails this summer, so we now verify every supplier account before paying.\n\n"
        "Thanks,\nColin Dunmore\nDunmore Orthodontics",
        facts(note="needs the bank details confirmed before paying, without contesting"),
    ),
    Mail(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Petra Lange", "abrechnung@zahnarztpraxis-lange.example"),
        "2028-09-06 10:05",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "bitte schicken Sie uns die Rechnung noch einmal, diesmal mit Patientenname und Auftragsnummer. Ohne diese Angaben kann unsere Abrechnung die Laborkosten nicht dem richtigen Fall zuordnen. Sobald wir die vollständige Rechnung haben, überweisen wir umgehend.\n\n"
        "Mit freundlichen Grüßen\nPetra Lange\nAbrechnung – Zahnarztpraxis Lange",
        facts(note="conditional payment: a reissue with patient and order details first"),
        charset="windows-1252",
    ),
    Mail(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Nadine Vogel", "nadine.vogel@dental-vogel.example"),
        "2028-09-22 08:18",
        "iphone",
        "Hallo, können Sie mir bitte einen aktuellen Kontoauszug mit allen offenen Posten schicken? Ich hab ehrlich gesagt den Überblick verloren, was schon bezahlt ist und was nicht.\nLG Nadine Vogel",
        facts(note="statement of account request"),
    ),
    Mail(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Laure Blanc", "dr.blanc@selarl-blanc-dentaire.example"),
        "2028-08-31 16:40",
        "gmail",
        "Bonjour,\n\nPourriez-vous établir cette facture au nom de la SELARL du Dr Laure Blanc et non à mon nom personnel ? Sinon mon comptable ne peut pas la passer dans les comptes du cabinet. Je la règle dès réception de la nouvelle version.\n\nMerci,\nLaure Blanc",
        facts(note="reissue to the right legal entity; payment conditional on it"),
    ),
    Mail(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Corinne Lefèvre", "fournisseurs@chu-valdeloire.example"),
        "2028-09-12 14:50",
        "html_only",
        "Madame, Monsieur,\n\n"
        "En réponse à votre relance, nous vous informons que le Centre hospitalier universitaire ne peut procéder au paiement d'une facture que si celle-ci a été déposée sur le portail Chorus Pro et comporte le numéro d'engagement juridique figurant sur le bon de commande (EJ 2028-004417).\n\n"
        "La facture que vous nous avez adressée par courriel ne peut donc être ni enregistrée ni mise en paiement. Nous vous invitons à la déposer sur Chorus Pro ; le délai de paiement courra à compter de ce dépôt.\n\n"
        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
        "Corinne Lefèvre\nGestionnaire fournisseurs\nDirection des affaires financières\nCHU Val de Loire",
        facts(
            note="public hospital: the invoice must be resubmitted through its portal with the commitment number; HTML only"
        ),
    ),
    Mail(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Nuria Vega", "admin@clinicavega.example"),
        "2028-08-29 12:15",
        "outlook",
        "Buenos días:\n\n"
        "La factura lleva un NIF que no es el nuestro (el correcto es B-98765432). Necesitamos que nos la emitan de nuevo con los datos fiscales bien; en cuanto nos llegue la corregida, la pagamos.\n\n"
        "Saludos cordiales,\nNuria Vega\nAdministración - Clínica Dental Vega",
        facts(
            note="reissue with the right tax number; payment conditional on it, amount not contested"
        ),
        charset="iso-8859-1",
    ),
    Mail(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Sergio Blanco", "sergio@dentalcentro-alcala.example"),
        "2028-09-13 18:25",
        "android",
        "Me podéis mandar el albarán de esta factura? No sé a qué trabajo corresponde\nSergio",
        facts(note="delivery note requested to identify the work; no opening question mark"),
    ),
    Mail(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Annemiek Mulder", "annemiek.mulder@tandartsmulder.example"),
        "2028-09-08 10:50",
        "gmail",
        "Hallo,\n\nKunnen jullie de factuur nog een keer sturen? Ik kan hem niet terugvinden in onze mailbox. Graag ook ons inkoopordernummer PO-77812 erop vermelden, anders keurt onze boekhouder hem af. Zodra we hem hebben, betalen we.\n\nGroetjes,\nAnnemiek",
        facts(note="copy of the invoice with a PO number; conditional payment"),
    ),
    Mail(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Yvonne de Graaf", "praktijkmanager@mondzorgplein.example"),
        "2028-09-20 15:15",
        "outlook_html",
        "Beste mensen,\n\n"
        "Op de factuur ontbreekt de specificatie per patiënt en per behandeling. Zonder die specificatie kunnen wij de techniekkosten niet bij de zorgverzekeraar declareren, en dus ook niet betalen.\n\n"
        "Willen jullie een gespecificeerde factuur sturen?\n\n"
        "Met vriendelijke groet,\nYvonne de Graaf\nPraktijkmanager Mondzorgplein",
        facts(note="an itemised invoice is needed before paying; nothing contested"),
    ),
    Mail(
        "ir-it-1",
        "invoice_request",
        "it",
        (
            "Poliambulatorio San Marco",
            "amministrazione@poliambulatorio-sanmarco.example",
        ),
        "2028-09-04 10:10",
        "outlook",
        "Buongiorno,\n\n"
        "la fattura che ci avete inviato in PDF non è valida ai fini fiscali. Per poterla registrare e pagare ci serve la fattura elettronica trasmessa tramite SDI, codice destinatario M5UXCR1.\n\n"
        "Appena la riceviamo procediamo al pagamento.\n\n"
        "Cordiali saluti\nUfficio Amministrativo\nPoliambulatorio San Marco",
        facts(note="needs an electronic invoice through SDI before paying"),
        charset="iso-8859-1",
    ),
]

WRONG_CONTACT = [
    Mail(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Beechwood Dental Reception", "reception@beechwooddental.example"),
        "2028-08-29 10:35",
        "iphone",
        "Hi, this is the reception inbox – I don't deal with invoices. Please send it to Helen Ward, our practice manager: helen.ward@beechwooddental.example\nThanks, Josie",
        facts(new_contact="helen.ward@beechwooddental.example"),
    ),
    Mail(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Alan Hughes", "alan@hughesdental.example"),
        "2028-09-04 19:05",
        "gmail",
        "Dear Sir/Madam,\n\n"
        "I retired at the end of June and the practice was sold to Bayside Dental Partners. Any invoices for work after 1 July are theirs – their accounts team is on accounts@baysidedentalpartners.example. I'll be closing this email address at the end of the month.\n\n"
        "Best wishes,\nAlan Hughes",
        facts(
            new_contact="accounts@baysidedentalpartners.example",
            note="practice sold; the new owner's accounts address",
        ),
    ),
    Mail(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Becky Tran", "becky.tran88@gmail.com"),
        "2028-09-15 20:12",
        "gmail_plain",
        "I think you've got the wrong email address. I'm a veterinary nurse in Leeds, not a dentist, and I've never heard of Orchard Lane. Please check your records.\n\nBecky",
        facts(note="wrong recipient altogether, no new address"),
    ),
    Mail(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Lukas Hoffmann", "l.hoffmann@dentalgruppe-sued.example"),
        "2028-09-07 09:25",
        "outlook_html",
        "Guten Morgen,\n\n"
        "Rechnungen und Zahlungserinnerungen richten Sie bitte ausschließlich an unsere zentrale Kreditorenbuchhaltung: kreditoren@dentalgruppe-sued.example\n\n"
        "Die Praxen vor Ort können keine Zahlungen freigeben.\n\n"
        "Freundliche Grüße\nLukas Hoffmann\nPraxismanagement Standort Freiburg\nDentalgruppe Süd GmbH",
        facts(
            new_contact="kreditoren@dentalgruppe-sued.example",
            note="a group's branch points to central accounts payable",
        ),
    ),
    Mail(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Amandine Petit", "accueil@cabinet-roux-dentiste.example"),
        "2028-08-30 18:10",
        "iphone",
        "Bonsoir, je ne suis plus la secrétaire du cabinet depuis fin juillet, je relève juste les mails de l'accueil cette semaine. Pour la facturation il faut écrire au Dr Roux directement : dr.roux@cabinet-roux-dentiste.example\nBonne soirée",
        facts(new_contact="dr.roux@cabinet-roux-dentiste.example"),
    ),
    Mail(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Jean-Marc Dufresne", "jm.dufresne@orthodontie-dufresne.example"),
        "2028-09-18 11:00",
        "gmail_plain",
        "Bonjour,\n\nCe n'est pas moi qui m'occupe des factures du cabinet. Voyez avec Mme Perrin, notre comptable, au 04 72 55 18 90 (le mardi et le jeudi).\n\nCordialement,\nJ.-M. Dufresne",
        facts(note="the right person is named with a phone number only: no address to record"),
    ),
    Mail(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Recepción Clínica Dental Arenal", "recepcion@clinicaarenal.example"),
        "2028-09-06 13:40",
        "gmail",
        "Hola,\n\nEste correo es el de recepción y aquí no llevamos las facturas. De eso se encarga nuestra gestoría: escribidles a facturas@gestoriaalameda.example y ellos os dicen.\n\nUn saludo,\nRecepción – Clínica Dental Arenal",
        facts(new_contact="facturas@gestoriaalameda.example"),
    ),
    Mail(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Clínica Dental Costa Azahar", "facturacion@costa-azahar-dental.example"),
        "2028-09-12 10:05",
        "notice",
        "Este buzón ya no está operativo.\n\n"
        "Desde el 1 de septiembre de 2028, la facturación de Clínica Dental Costa Azahar se gestiona desde administracion@costa-azahar-dental.example. Por favor, reenvíe su mensaje a esa dirección.\n\n"
        "Este mensaje se ha enviado automáticamente y su correo no será leído.",
        facts(
            new_contact="administracion@costa-azahar-dental.example",
            note="automatic 'this mailbox is no longer in use' notice naming the new address: wrong_contact, not auto_reply",
        ),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Lotte Dekker", "lotte@tandartsenpraktijkdekroon.example"),
        "2028-09-05 14:22",
        "gmail_plain",
        "Beste,\n\nIk werk sinds 1 september niet meer bij De Kroon, dit adres wordt binnenkort opgeheven. Voor facturen kunt u terecht bij administratie@tandartsenpraktijkdekroon.example.\n\nGroet,\nLotte Dekker",
        facts(new_contact="administratie@tandartsenpraktijkdekroon.example"),
    ),
    Mail(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Tandzorg Holland B.V.", "administratie@tandzorg-holland.example"),
        "2028-09-21 08:02",
        "outlook",
        "Geachte leverancier,\n\n"
        "In verband met een interne reorganisatie van onze financiële administratie verzoeken wij u vriendelijk om alle facturen, herinneringen en overige correspondentie met ingang van heden uitsluitend te sturen naar:\n\n"
        "crediteuren.tandzorgholland@gmail.com\n\n"
        "Berichten aan het huidige adres worden niet langer verwerkt. Wij danken u voor uw medewerking.\n\n"
        "Met vriendelijke groet,\nAfdeling Financiën\nTandzorg Holland B.V.",
        facts(
            new_contact="crediteuren.tandzorgholland@gmail.com",
            note="phishing-like redirect to a free-mail address: labelled by what it asks; a person must verify it before the address is used",
        ),
    ),
    Mail(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Dott. Paolo Bruno", "studio@commercialistabruno.example"),
        "2028-09-01 10:15",
        "gmail",
        "Buongiorno,\n\nsono il commercialista dello studio della dott.ssa Bellini e non mi occupo dei pagamenti ai fornitori. Vi prego di scrivere direttamente alla segreteria dello studio: segreteria@studiobellini.example\n\nCordiali saluti\nDott. Paolo Bruno\nStudio Bruno – Commercialisti",
        facts(new_contact="segreteria@studiobellini.example"),
    ),
    Mail(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Elisa Fontana", "e.fontana@odontosalute.example"),
        "2028-09-14 11:45",
        "outlook",
        "Buongiorno,\n\ndal 1° settembre lo studio è passato a OdontoSalute S.r.l. e l'amministrazione non è più seguita da me. Per fatture e solleciti scrivete a Amministrazione@OdontoSalute-Srl.example (che metto in copia).\n\nSaluti\nElisa Fontana",
        facts(
            new_contact="amministrazione@odontosalute-srl.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        charset="windows-1252",
        headers=(("Cc", "Amministrazione@OdontoSalute-Srl.example"),),
    ),
]

UNSUBSCRIBE = [
    Mail(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Nigel Parr", "nigel@parrdentalcare.example"),
        "2028-09-20 18:40",
        "android",
        "It'll be paid at the end of the month like I told your colleague on the phone. Now please stop sending these emails every few days, it's bordering on harassment.\n\nNigel Parr",
        facts(
            note="promise plus a stop request: unsubscribe wins, so the promised date is not labelled"
        ),
    ),
    Mail(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Margaret Hale", "secretary@fenwickdental.example"),
        "2028-09-01 14:25",
        "outlook",
        "Dear Sir or Madam,\n\n"
        "Dr Fenwick has asked me to let you know that he does not deal with accounts by email. Please send all statements and reminders by post to the practice address, and remove this address from your mailing list.\n\n"
        "Yours faithfully,\nMargaret Hale\nSecretary to Dr R. Fenwick",
        facts(note="post only → unsubscribe"),
    ),
    Mail(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Dr Claire Ashdown", "claire@ashdowndentalcare.example"),
        "2028-09-14 17:30",
        "outlook_html",
        "Any further correspondence regarding this account must be directed to our solicitors, Harrow & Pike LLP (ref. JMP/0419), jpike@harrowpike-law.example. We will not be responding to emails on this matter.\n\nDr Claire Ashdown\nAshdown Dental Care",
        facts(
            note="'direct correspondence to our solicitors' → unsubscribe, even with the solicitor's address written out"
        ),
    ),
    Mail(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Andreas Kühn", "kuehn@zahnarzt-kuehn.example"),
        "2028-09-11 19:55",
        "gmail",
        "Bitte nehmen Sie uns aus Ihrem Mahnverteiler. Die Rechnung ist längst bezahlt, das sehen Sie auf Ihrem eigenen Kontoauszug, wenn Sie einmal nachschauen.\n\nA. Kühn",
        facts(note="stop request plus a payment claim: unsubscribe wins"),
        cte="b64",
    ),
    Mail(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Dr. Heinrich Baumgartner", "baumgartner@zahnarzt-baumgartner.example"),
        "2028-09-19 10:10",
        "thunderbird",
        "SCHRIFTVERKEHR MIT UNSERER PRAXIS BITTE NUR NOCH PER POST. KEINE E-MAILS MEHR AN DIESE ADRESSE.\n\nDr. H. Baumgartner",
        facts(note="all caps; post only → unsubscribe"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Mail(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Chloé Lambert", "accueil@cabinet-moreau-dentaire.example"),
        "2028-09-06 12:05",
        "iphone",
        "Merci de ne plus m'écrire à ce sujet, je suis juste l'assistante et je n'ai aucun accès à la compta.\nChloé",
        facts(
            note="remove-me plus 'not the right person' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Mail(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Carmen Ortiz", "carmen@ortizdental.example"),
        "2028-09-05 20:20",
        "apple",
        "Ya lo pagaré cuando pueda, pero dejad de mandarme correos cada semana, por favor. Si tenéis que reclamarme algo, hacedlo por carta.\n\nCarmen Ortiz",
        facts(note="vague promise plus 'stop e-mailing, letters only': unsubscribe wins"),
    ),
    Mail(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Dr. Álvaro Méndez", "amendez@mendez-odontologia.example"),
        "2028-09-22 13:15",
        "outlook_html",
        "Muy señores míos:\n\nLes comunico que este asunto está ya en manos de nuestro abogado, que se pondrá en contacto con ustedes. Les ruego que no vuelvan a escribir a esta dirección.\n\nAtentamente,\n\nDr. Álvaro Méndez\nMéndez Odontología",
        facts(note="'our lawyer will contact you; do not write again' → unsubscribe"),
        charset="iso-8859-1",
    ),
    Mail(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Bas Hendriks", "bas@hendriksmondzorg.example"),
        "2028-09-13 08:47",
        "gmail_plain",
        "Afmelden",
        facts(note="one word: 'afmelden' (unsubscribe)"),
    ),
    Mail(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("R. Meijer", "info@tandartspraktijkmeijer.example"),
        "2028-08-28 16:30",
        "thunderbird",
        "Goedemiddag,\n\nWij willen geen betalingsherinneringen meer per e-mail ontvangen. Stuurt u voortaan alles per post naar ons postadres: Postbus 112, 3800 AC Amersfoort.\n\nMet vriendelijke groet,\nR. Meijer\nTandartspraktijk Meijer",
        facts(note="post only → unsubscribe"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Mail(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Dott. Giorgio Villa", "giorgio.villa@studiovilla.example"),
        "2028-09-07 12:00",
        "outlook_html",
        "Spettabile Orchard Lane Dental Lab,\n\n"
        "con la presente Vi diffidiamo dal continuare a inviare solleciti di pagamento a questo indirizzo di posta elettronica. Per qualsiasi comunicazione relativa alla posizione in oggetto Vi preghiamo di rivolgerVi esclusivamente al nostro legale, Avv. Marco Trevisan, del Foro di Padova.\n\n"
        "Distinti saluti\nDott. Giorgio Villa\nStudio Odontoiatrico Villa",
        facts(note="formal notice: no more e-mails, only through our lawyer → unsubscribe"),
        charset="windows-1252",
    ),
    Mail(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Davide Moretti", "davide@morettiortodonzia.example"),
        "2028-09-18 21:30",
        "android",
        "cancellatemi dalla vostra lista non voglio piu ricevere queste mail",
        facts(note="no punctuation or accents, from a phone"),
    ),
]

AUTO_REPLY = [
    Mail(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Louise Grant", "louise.grant@meadowvale-dental.example"),
        "2028-08-29 09:09",
        "notice",
        "Thank you for your email.\n\n"
        "I am on annual leave until Monday 4 September with limited access to email. For urgent accounts queries please call the practice on 0117 496 0832 and ask for the duty manager.\n\n"
        "Louise Grant\nBusiness Manager, Meadowvale Dental",
        facts(return_date="2028-09-04", note="'until X' → X itself"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS),
    ),
    Mail(
        "ar-en-2",
        "auto_reply",
        "en",
        (
            "Smilewell Group Finance Shared Services",
            "apqueries@smilewell-group.example",
        ),
        "2028-09-06 09:07",
        "notice",
        "Hello,\n\n"
        "Thank you for contacting Smilewell Group Finance Shared Services. Your email has been logged under reference AP-INC-0098812.\n\n"
        "A member of the Accounts Payable team will review it and respond within five working days. Please keep the reference in the subject line of any further emails about this query so that they are added to the same case.\n\n"
        "This is an automated message – please do not reply to it.\n\n"
        "Smilewell Group Finance Shared Services",
        facts(note="ticket-system acknowledgement; no return date"),
        subject="[AP-INC-0098812] We have received your email",
        headers=(AUTO_REPLIED, ("Precedence", "bulk")),
        threaded=False,
    ),
    Mail(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Meadowbank Dental", "hello@meadowbankdental.example"),
        "2028-09-08 09:04",
        "notice",
        "Thanks for getting in touch with Meadowbank Dental.\n\n"
        "Our reception team reads this inbox Monday to Friday, 8am to 5pm, and will reply as soon as they can. If you are a patient in pain, please ring the surgery on 0113 496 0720, or NHS 111 out of hours.\n\n"
        "The Meadowbank Dental team",
        facts(note="practice autoresponder carrying only X-Autoreply; no return date"),
        subject="Re: {rsub}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Mail(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Claudia Schreiber", "c.schreiber@zahnklinik-nord.example"),
        "2028-08-30 10:06",
        "notice",
        "Sehr geehrte Damen und Herren,\n\n"
        "vielen Dank für Ihre Nachricht. Ich bin vom 28.08. bis einschließlich 08.09.2028 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 11.09., bin ich wieder für Sie erreichbar.\n\n"
        "In dringenden Fällen wenden Sie sich bitte an buchhaltung@zahnklinik-nord.example.\n\n"
        "Mit freundlichen Grüßen\nClaudia Schreiber\nZahnklinik Nord",
        facts(
            return_date="2028-09-11",
            note="'wieder erreichbar ab' wins over 'bis einschließlich'; the colleague's address does not set new_contact",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS),
        charset="iso-8859-1",
    ),
    Mail(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Zahnarztpraxis Dr. Fuchs", "info@zahnarzt-fuchs.example"),
        "2028-09-11 10:04",
        "notice",
        "Liebe Patientinnen und Patienten, liebe Geschäftspartner,\n\n"
        "unsere Praxis bleibt vom 11. bis 22. September 2028 wegen Betriebsurlaub geschlossen. Ab dem 25. September sind wir wieder wie gewohnt für Sie da.\n\n"
        "In Notfällen wenden Sie sich bitte an den zahnärztlichen Notdienst.\n\n"
        "Ihr Praxisteam Dr. Fuchs",
        facts(
            return_date="2028-09-25",
            note="holiday-closure autoresponder with only Precedence: bulk",
        ),
        subject="Praxisurlaub bis 22.09.",
        headers=(("Precedence", "bulk"),),
        threaded=False,
    ),
    Mail(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Garnier", "i.garnier@centre-dentaire-lumiere.example"),
        "2028-09-01 10:05",
        "notice",
        "Bonjour,\n\n"
        "Je suis absente jusqu'au vendredi 15 septembre inclus et serai de retour le lundi 18 septembre. Votre message sera traité à mon retour.\n\n"
        "Pour toute urgence, merci de contacter l'accueil du centre.\n\n"
        "Isabelle Garnier\nCentre dentaire Lumière",
        facts(
            return_date="2028-09-18",
            note="the stated day back wins over 'jusqu'au … inclus'",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Service facturier – CH Bordeaux-Sud", "facturier@ch-bordeaux-sud.example"),
        "2028-09-13 10:08",
        "notice",
        "Madame, Monsieur,\n\n"
        "Nous accusons réception de votre message, enregistré sous le numéro 2028-FAC-33871.\n\n"
        "Le service facturier du Centre hospitalier Bordeaux-Sud traite les demandes dans l'ordre d'arrivée, dans un délai moyen de dix jours ouvrés. Merci de rappeler ce numéro dans tout échange ultérieur.\n\n"
        "Ce message est généré automatiquement, merci de ne pas y répondre.",
        facts(note="ticket-system acknowledgement; no return date"),
        subject="Accusé de réception – demande n° 2028-FAC-33871",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
    ),
    Mail(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Beatriz Lozano", "b.lozano@policlinica-levante.example"),
        "2028-08-29 10:04",
        "notice",
        "Hola:\n\nEstaré fuera de la oficina hasta el 8 de septiembre, con acceso limitado al correo. Para cualquier asunto urgente de facturación pueden llamar a la clínica.\n\nGracias,\nBeatriz Lozano\nPoliclínica Dental Levante",
        facts(return_date="2028-09-08", note="'hasta X' → X itself"),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Esther Vermeulen", "e.vermeulen@tandheelkundigcentrum-zeist.example"),
        "2028-08-28 10:05",
        "notice",
        "Beste afzender,\n\nIk ben met vakantie tot en met vrijdag 1 september. Vanaf maandag 4 september ben ik weer aanwezig en lees ik uw bericht.\n\nMet vriendelijke groet,\nEsther Vermeulen\nTandheelkundig Centrum Zeist",
        facts(return_date="2028-09-04", note="the stated day back wins over 'tot en met'"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS),
    ),
    Mail(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Tandartspraktijk Het Anker", "info@tandartshetanker.example"),
        "2028-09-20 10:04",
        "notice",
        "Bedankt voor uw e-mail aan Tandartspraktijk Het Anker.\n\nWij beantwoorden e-mails binnen twee werkdagen. Heeft u pijn of een spoedgeval? Bel dan tijdens openingstijden de praktijk, en buiten kantooruren de huisartsenpost.\n\nDit is een automatisch bericht.",
        facts(note="practice autoresponder without any auto-reply header; no return date"),
        subject="Bedankt voor uw bericht",
        threaded=False,
    ),
    Mail(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Valentina Rossi", "v.rossi@clinicadentalemilano.example"),
        "2028-08-28 10:06",
        "notice",
        "Buongiorno,\n\nsono in ferie fino a venerdì 1 settembre compreso, con accesso limitato alla posta. Rientrerò in ufficio lunedì 4 settembre.\n\nPer urgenze amministrative potete scrivere a amministrazione@clinicadentalemilano.example.\n\nValentina Rossi\nClinica Dentale Milano",
        facts(
            return_date="2028-09-04",
            note="the day back wins; the colleague's address is not a new contact",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Mail(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Studio Associato Bianchi", "amministrazione@studioassociato-bianchi.example"),
        "2028-09-20 10:05",
        "notice",
        "Gentile mittente,\n\nla casella dell'amministrazione è presidiata il martedì e il giovedì mattina. Il suo messaggio sarà letto alla prima occasione utile.\n\nStudio Associato Bianchi – Odontoiatria",
        facts(
            note="autoresponder with only X-Autoreply and Precedence; office days are not a return date"
        ),
        subject="Re: {rsub}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
    ),
]

OTHER = [
    Mail(
        "ot-en-1",
        "other",
        "en",
        ("Tom Eccles", "tom@eccles-dental.example"),
        "2028-09-05 13:02",
        "iphone",
        "Did we not pay this? I'm sure Karen cleared all the lab bills before she went on maternity leave. Can someone check?",
        facts(note="a question: no payment claim, no document request; a person has to check"),
    ),
    Mail(
        "ot-en-2",
        "other",
        "en",
        ("Jasmine Kaur", "jasmine@greenfieldsdental.example"),
        "2028-08-30 10:18",
        "outlook",
        "Hi,\n\nReceived, thank you. I've passed this on to Dr Shah, who signs off the lab invoices – he's in clinic all week but I'll make sure he sees it.\n\nKind regards\nJasmine Kaur\nGreenfields Dental Practice",
        facts(note="acknowledgement; passing it on is neither a new contact nor a promise"),
        headers=(SUPPRESS,),
    ),
    Mail(
        "ot-en-3",
        "other",
        "en",
        ("Sophie Marlow", "sophie.marlow@brookortho.example"),
        "2028-09-21 11:27",
        "gmail",
        "Hi,\n\nI'll get to the invoice, but first – has the Hartley case (upper Essix retainer) gone out yet? The patient is booked in on Monday morning and I haven't had a dispatch email.\n\nThanks,\nSophie\nBrook Orthodontics",
        facts(
            note="case question in the reminder thread; 'I'll get to the invoice' is no commitment"
        ),
    ),
    Mail(
        "ot-de-1",
        "other",
        "de",
        ("Miriam Roth", "m.roth@praxis-roth.example"),
        "2028-09-08 12:44",
        "iphone",
        "Danke, hab ich an unsere Steuerberaterin weitergeleitet.",
        facts(note="acknowledgement; forwarding without an address is not a new contact"),
    ),
    Mail(
        "ot-de-2",
        "other",
        "de",
        ("Elke Vogt", "elke.vogt@gmx.de"),
        "2028-09-11 20:05",
        "apple",
        "Sehr geehrte Damen und Herren,\n\nmein Mann, Dr. Bernd Vogt, ist am 9. August verstorben. Die Praxis ist seitdem geschlossen. Ich versuche gerade, mir einen Überblick über seine Unterlagen zu verschaffen, und weiß selbst noch nicht, wie es weitergeht.\n\nMit freundlichen Grüßen\nElke Vogt",
        facts(
            note="bereavement and closure: a person must read it; no commitment and no new address"
        ),
    ),
    Mail(
        "ot-fr-1",
        "other",
        "fr",
        ("Dr Philippe Roussel", "philippe.roussel@wanadoo.fr"),
        "2028-09-14 09:40",
        "outlook",
        "Bonjour,\n\nJe ne comprends pas ce message. Qui êtes-vous exactement ? Nous avons toujours travaillé avec le laboratoire Dumas à Lyon ; Orchard Lane, c'est un nouveau nom, un rachat ?\n\nMerci de m'éclairer avant que je transmette quoi que ce soit à ma comptable.\n\nDr P. Roussel",
        facts(note="asks who the lab is; not a dispute or a document request as written"),
        charset="iso-8859-1",
    ),
    Mail(
        "ot-fr-2",
        "other",
        "fr",
        ("Marion Leroy", "marion@cabinet-dentaire-arcades.example"),
        "2028-09-14 16:55",
        "android",
        "Bien reçu, merci.\nMarion",
        facts(note="acknowledgement only"),
    ),
    Mail(
        "ot-es-1",
        "other",
        "es",
        ("Raquel Domínguez", "raquel@clinicadominguez.example"),
        "2028-09-12 12:20",
        "gmail",
        "Hola,\n\nGracias por el aviso, lo miro con el doctor esta semana. Por cierto, ¿podría pasar vuestro mensajero mañana por la mañana a recoger las impresiones del caso de la Sra. Ortega? Las tenemos listas en recepción.\n\nUn saludo,\nRaquel",
        facts(note="courier pick-up request; 'lo miro con el doctor' is no commitment"),
    ),
    Mail(
        "ot-es-2",
        "other",
        "es",
        ("Iván Pardo", "ivan@ortodonciabahia.example"),
        "2028-09-18 10:03",
        "iphone",
        "Ok gracias",
        facts(note="acknowledgement only; 'ok' is not a promise"),
    ),
    Mail(
        "ot-nl-1",
        "other",
        "nl",
        ("Noor el Amrani", "noor@orthodontiepraktijkdelta.example"),
        "2028-09-07 15:30",
        "iphone",
        "Ontvangen, ik leg hem maandag aan de orthodontist voor.\nNoor",
        facts(
            note="acknowledgement; 'maandag' is when it goes to the orthodontist, not a payment date"
        ),
    ),
    Mail(
        "ot-nl-2",
        "other",
        "nl",
        ("Gerrit Bos", "g.bos@tandartsbos.example"),
        "2028-09-20 11:10",
        "outlook",
        "Goedemorgen,\n\nLos van deze factuur: kunnen jullie de werkstukken voortaan vóór 12.00 uur bezorgen? De laatste drie keer kwam de koerier pas na vieren, toen de patiënten al geweest waren en we ze opnieuw moesten inplannen.\n\nMet vriendelijke groet,\nGerrit Bos\nTandartspraktijk Bos",
        facts(note="delivery-time request in the reminder thread; nothing about the invoice"),
        charset="windows-1252",
    ),
    Mail(
        "ot-it-1",
        "other",
        "it",
        ("Sara Lombardi", "sara@studiodentisticolombardi.example"),
        "2028-09-08 11:50",
        "iphone",
        "Ricevuto. Il dottore è in sala adesso, gli giro la mail appena finisce.\nSara",
        facts(note="acknowledgement only"),
    ),
]

MAILS = [
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
# Bounces: generated skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` in the recipient's language."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str  # local wall-clock time of the report; the offset follows from the language
    lag: int  # minutes between the reminder leaving and the report
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The Date: of the report."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(
            tzinfo=zone(self.lang), second=digest_int(self.key, "second") % 60
        )

    @property
    def sent(self) -> datetime:
        """When the reminder left Orchard Lane (UK time)."""
        return (self.dt - timedelta(minutes=self.lag, seconds=23)).astimezone(BST)

    @property
    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.lang, default_invoice(self.key))

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]

    def reminder(self) -> Message:
        """The reminder exactly as it left the receivables mailbox."""
        inv = default_invoice(self.key)
        text = REMINDER_BODY[self.lang].format(inv=inv, amt=DEFAULT_AMOUNT[self.lang])
        msg = text_part(text + "\n", "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encoded(self.subject, "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        move_content_headers_last(msg)
        return msg

    def reminder_headers(self) -> str:
        """The reminder's header block, as returned in text/rfc822-headers."""
        received = (
            f"Received: from dunmail.orchardlane-lab.example (dunmail.orchardlane-lab.example [192.0.2.14])\n"
            f"\tby smtp-out.orchardlane-lab.example (Postfix) with ESMTPS id {b32(self.key, 'queue', 11)}\n"
            f"\tfor <{self.rcpt}>; {format_datetime(self.sent)}\n"
        )
        rest = "".join(f"{k}: {v}\n" for k, v in self.reminder().items())
        return received + rest


def dsn(
    b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "", extra: str = ""
) -> Message:
    """A message/delivery-status part (RFC 3464)."""
    per_message = f"Reporting-MTA: dns; {mta}\n{extra}Arrival-Date: {format_datetime(b.sent)}\n"
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
        lines.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(lines) + "\n")]
    )
    return part


def described(part: Message, description: str) -> Message:
    """Add a Content-Description, as Postfix and Exchange do."""
    part["Content-Description"] = description
    return part


def headers_part(b: Bounce) -> Message:
    """The returned message's headers (text/rfc822-headers)."""
    return text_part(b.reminder_headers(), "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def send_report(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    style: str,
    auto: bool = True,
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """Envelope headers of a delivery report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].strip(">) ").split(" ")[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, style)


def bounce_postfix(b: Bounce) -> Message:
    """Our own Postfix: user unknown at the remote end (RFC 3464 with returned headers)."""
    remote = f"mx.{b.domain}"
    human = (
        "This is the mail system at host smtp-out.orchardlane-lab.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[203.0.113.25]\n"
        f"    said: 550 5.1.1 <{b.rcpt}>: Recipient address\n"
        "    rejected: User unknown in local recipient table (in reply to RCPT TO\n"
        "    command)\n"
    )
    diagnostic = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    queue = f"X-Postfix-Queue-ID: {b32(b.key, 'queue', 11)}\nX-Postfix-Sender: rfc822; {AR_ADDR}\n"
    msg = report(
        described(text_part(human, "plain", "us-ascii", "7bit"), "Notification"),
        described(
            dsn(
                b,
                "smtp-out.orchardlane-lab.example",
                "failed",
                diagnostic,
                remote,
                queue,
            ),
            "Delivery report",
        ),
        described(headers_part(b), "Undelivered Message Headers"),
    )
    sender = "MAILER-DAEMON@smtp-out.orchardlane-lab.example (Mail Delivery System)"
    return send_report(b, msg, sender, "Undelivered Mail Returned to Sender", "postfix")


def bounce_qmail(b: Bounce) -> Message:
    """A qmail relay: the recipient's domain no longer exists (not MIME)."""
    text = (
        "Hi. This is the qmail-send program at relay.ukmailhost.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {b.domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n" + b.reminder().as_string()
    )
    msg = Message()
    msg.set_payload(text)
    return send_report(
        b,
        msg,
        "MAILER-DAEMON@relay.ukmailhost.example",
        "failure notice",
        "mixed",
        auto=False,
    )


def bounce_exim_delay(b: Bounce) -> Message:
    """A recipient-side Exim host: delivery delayed, mailbox over quota (plain text)."""
    alnum = "".join(c for c in base64.b64encode(digest(b.key, "exim")).decode() if c.isalnum())
    exim_id = f"1{alnum[:5]}-{alnum[5:11]}-{alnum[11:13]}"
    host = "mx2.dentalmailhosting.example"
    text = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        f"recipients after more than 24 hours on the queue on {host}.\n\n"
        f"The message identifier is:     {exim_id}\n"
        f"The subject of the message is: {b.subject}\n"
        f"The date of the message is:    {format_datetime(b.sent)}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {b.rcpt}\n"
        f"    host mail.{b.domain} [198.51.100.87]\n"
        f"    Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        "    452 4.2.2 Mailbox full: user is over quota\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    msg = Message()
    msg.set_payload(text)
    return send_report(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        f"Warning: message {exim_id} delayed 24 hours",
        "mixed",
    )


@dataclass(frozen=True)
class NdrText:
    """The human-readable text of an Exchange Online report, hand-written per language."""

    prefix: str
    heading: str
    reason: str
    action: str
    fix: str
    admin: str
    details: tuple[str, str, str, str, str]  # heading, created, sender, recipient, subject
    diagnostic: str
    action_field: str = "failed"
    charset: str = "utf-8"


def bounce_exchange(b: Bounce, t: NdrText) -> Message:
    """Exchange Online: text and HTML explanation, delivery status and the returned headers."""
    server = f"{b32(b.key, 'srv', 4)}P281MB{digest_int(b.key, 'srv') % 9000 + 1000}.EURP281.PROD.OUTLOOK.example"
    head, created, sender, recipient, subject = t.details
    detail_rows = [
        (created, format_datetime(b.sent.astimezone(UTC))),
        (sender, AR_ADDR),
        (recipient, b.rcpt),
        (subject, b.subject),
    ]
    sep = " : " if b.lang == "fr" else ": "
    plain = (
        f"{t.heading}\n\n{t.reason}\n\n{t.action}\n\n{t.fix}\n\n{t.admin}\n\n"
        f"{head}\n"
        + "\n".join(f"{k}{sep}{v}" for k, v in detail_rows)
        + f"\n\n{server}\n{t.diagnostic}\n"
    )
    rows = "".join(
        f'<tr><td style="color:#666666;padding-right:12px">{html.escape(k)}{sep.rstrip()}</td><td>{html.escape(v)}</td></tr>'
        for k, v in detail_rows
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={t.charset}"></head>'
        "<body style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:13px\">\n"
        f'<p style="font-size:17px;color:#C00000"><b>{html.escape(t.heading)}</b></p>\n'
        f"{html_blocks(t.reason)}\n"
        f'<p style="background:#F2F2F2;padding:8px"><b>{html.escape(t.action)}</b></p>\n'
        f"{html_blocks(t.fix)}\n{html_blocks(t.admin)}\n"
        f"<p><b>{html.escape(head)}</b></p><table>{rows}</table>\n"
        f'<p style="color:#666666;font-size:11px">{html.escape(server)}<br>{html.escape(t.diagnostic)}</p>\n'
        "</body></html>\n"
    )
    msg = report(
        alternative(plain, markup, t.charset, "qp"),
        dsn(b, server, t.action_field, t.diagnostic),
        headers_part(b),
    )
    sender = f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{b.domain}>"
    extra = (
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", CONTENT_LANGUAGE[b.lang]),
    )
    return send_report(b, msg, sender, t.prefix + b.subject, "outlook", extra=extra)


def bounce_exchange_de(b: Bounce) -> Message:
    """Exchange Online in German: a distribution group that refuses outside senders."""
    return bounce_exchange(
        b,
        NdrText(
            prefix="Unzustellbar: ",
            heading=f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
            reason=f"Die Gruppe {b.rcpt} nimmt nur Nachrichten von Personen innerhalb der eigenen Organisation oder von ausdrücklich zugelassenen Absendern an. Ihre Adresse gehört nicht dazu.",
            action="Maßnahme erforderlich: Empfänger",
            fix="So beheben Sie das Problem\nWenden Sie sich auf anderem Weg an die Empfängerorganisation, etwa telefonisch, und bitten Sie darum, Ihre Adresse als zugelassenen Absender für diese Gruppe einzutragen. Senden Sie die Nachricht danach erneut.",
            admin="Weitere Informationen für E-Mail-Administratoren\nStatuscode: 550 5.7.133\nDie Zustellung wurde von den Zustellungseinschränkungen der Gruppe abgelehnt, weil der Absender nicht authentifiziert ist.",
            details=(
                "Details zur ursprünglichen Nachricht",
                "Erstellungsdatum",
                "Absenderadresse",
                "Empfängeradresse",
                "Betreff",
            ),
            diagnostic="550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated",
            charset="iso-8859-1",
        ),
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    """Exchange Online in French: the mailbox no longer exists."""
    return bounce_exchange(
        b,
        NdrText(
            prefix="Non remis : ",
            heading=f"Votre message à {b.rcpt} n'a pas pu être remis.",
            reason=f"L'adresse {b.rcpt} est introuvable dans l'organisation du destinataire. Elle a peut-être été mal saisie, ou la boîte aux lettres a été supprimée.",
            action="Action requise : Expéditeur",
            fix="Comment résoudre le problème\nVérifiez l'adresse du destinataire et renvoyez le message. Si l'adresse est correcte, contactez le destinataire par un autre moyen (téléphone, courrier) pour obtenir une adresse valide.",
            admin="Informations supplémentaires pour les administrateurs de messagerie\nCode d'état : 550 5.1.10\nLe serveur de destination n'a trouvé aucune boîte aux lettres correspondant à cette adresse SMTP.",
            details=(
                "Détails du message d'origine",
                "Date de création",
                "Adresse de l'expéditeur",
                "Adresse du destinataire",
                "Objet",
            ),
            diagnostic="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        ),
    )


def bounce_exchange_es(b: Bounce) -> Message:
    """Exchange Online in Spanish: the recipient's mailbox is full."""
    return bounce_exchange(
        b,
        NdrText(
            prefix="No se puede entregar: ",
            heading=f"Su mensaje para {b.rcpt} no se pudo entregar.",
            reason="El buzón del destinatario está lleno y no admite más mensajes en este momento.",
            action="Acción necesaria: Destinatario",
            fix="Cómo solucionarlo\nVuelva a enviar el mensaje más tarde. Si el problema continúa, póngase en contacto con el destinatario por otra vía para que libere espacio en su buzón.",
            admin="Más información para administradores de correo electrónico\nCódigo de estado: 554 5.2.2\nEl buzón del destinatario ha superado su cuota de almacenamiento.",
            details=(
                "Detalles del mensaje original",
                "Fecha de creación",
                "Dirección del remitente",
                "Dirección del destinatario",
                "Asunto",
            ),
            diagnostic="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
        ),
    )


def bounce_exchange_nl(b: Bounce) -> Message:
    """Exchange Online in Dutch: delivery delayed, still retrying."""
    until = render("{d} {mon} {y} {HH}:{MM}", "nl", b.dt + timedelta(days=2))
    return bounce_exchange(
        b,
        NdrText(
            prefix="Vertraagd: ",
            heading=f"De bezorging van uw bericht aan {b.rcpt} is vertraagd.",
            reason="De server van de geadresseerde heeft het bericht nog niet geaccepteerd. Het systeem probeert het bericht automatisch opnieuw te bezorgen.",
            action="Geen actie vereist",
            fix=f"U hoeft niets te doen. Als het bericht uiteindelijk niet kan worden bezorgd, krijgt u daarover een nieuwe melding. Er wordt opnieuw geprobeerd tot {until}.",
            admin="Meer informatie voor e-mailbeheerders\nStatuscode: 451 4.4.7\nHet bericht staat in de wachtrij; de externe server heeft niet binnen de time-out gereageerd.",
            details=(
                "Gegevens van het oorspronkelijke bericht",
                "Aanmaakdatum",
                "Adres van afzender",
                "Adres van geadresseerde",
                "Onderwerp",
            ),
            diagnostic="451 4.4.7 Message delayed; remote server did not respond within the timeout",
            action_field="delayed",
        ),
    )


def bounce_exchange_it(b: Bounce) -> Message:
    """Exchange Online in Italian: user unknown at the remote server."""
    return bounce_exchange(
        b,
        NdrText(
            prefix="Recapito non riuscito: ",
            heading=f"Non è stato possibile recapitare il messaggio a {b.rcpt}.",
            reason=f"L'indirizzo {b.rcpt} non esiste sul server del destinatario. Potrebbe contenere un errore di battitura, oppure la casella è stata disattivata.",
            action="Azione richiesta: Mittente",
            fix="Come risolvere il problema\nControllare l'indirizzo e inviare di nuovo il messaggio. Se l'indirizzo è corretto, contattare il destinatario in altro modo per ottenere un indirizzo valido.",
            admin="Ulteriori informazioni per gli amministratori di posta elettronica\nCodice di stato: 550 5.1.1\nIl server remoto ha rifiutato il destinatario come utente sconosciuto.",
            details=(
                "Dettagli del messaggio originale",
                "Data di creazione",
                "Indirizzo del mittente",
                "Indirizzo del destinatario",
                "Oggetto",
            ),
            diagnostic=f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown",
        ),
    )


def bounce_hoster_de(b: Bounce) -> Message:
    """A German hosting provider's relay: greylisting keeps the reminder waiting."""
    until = (b.dt + timedelta(days=2)).strftime("%d.%m.%Y %H:%M")
    remote = f"mx01.{b.domain}"
    human = (
        "Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\n"
        "ACHTUNG: Die Zustellung Ihrer Nachricht an folgenden Empfänger verzögert sich:\n\n"
        f"    {b.rcpt}\n\n"
        "Der Server des Empfängers hat die Nachricht vorübergehend abgewiesen:\n"
        f"    {remote}[198.51.100.61]: 451 4.7.1 Greylisting aktiv, bitte später erneut versuchen\n\n"
        f"Sie müssen nichts weiter tun. Unser System versucht die Zustellung bis zum {until} Uhr erneut. Erst wenn sie bis dahin nicht gelingt, erhalten Sie eine endgültige Fehlermeldung.\n\n"
        f"Betreff Ihrer Nachricht: {b.subject}\n"
    )
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        dsn(
            b,
            "relay03.mailversand-de.example",
            "delayed",
            "451 4.7.1 Greylisting aktiv, bitte später erneut versuchen",
            remote,
        ),
        headers_part(b),
    )
    sender = "Mail Delivery System <MAILER-DAEMON@relay03.mailversand-de.example>"
    return send_report(b, msg, sender, f"Zustellung verzögert: {b.subject}", "mixed")


def bounce_provider_fr(b: Bounce) -> Message:
    """A French provider's plain notice: mailbox full, still retrying (Latin-1, not a DSN)."""
    rem = b.reminder()
    text = (
        "Ceci est un message automatique du serveur de messagerie mx.messagerie-pro.example.\n\n"
        "Votre message n'a pas encore pu être distribué au destinataire suivant :\n\n"
        f"    {b.rcpt}\n"
        "    Motif : boîte aux lettres pleine (452 4.2.2 Quota dépassé)\n\n"
        "Nous ferons de nouvelles tentatives pendant 72 heures. Inutile de renvoyer votre message.\n\n"
        "----- En-têtes du message d'origine -----\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {b.subject}\nDate: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return send_report(
        b,
        msg,
        "Service de messagerie <mailer-daemon@mx.messagerie-pro.example>",
        "Avis de retard de distribution",
        "mixed",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail in Spanish: the account does not exist; the whole reminder is returned."""
    lines = [
        "** No se ha encontrado la dirección **",
        f"No se ha podido entregar tu mensaje a {b.rcpt} porque no se ha encontrado la dirección o porque no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta del servidor remoto ha sido:",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
    ]
    plain = "\n\n".join(lines) + "\n"
    markup = (
        "<html><body>"
        + "".join(f"<p>{html.escape(x, quote=False)}</p>" for x in lines)
        + "</body></html>\n"
    )
    msg = report(
        alternative(plain, markup, "utf-8", "qp"),
        dsn(
            b,
            "mx.google.com",
            "failed",
            "550-5.1.1 The email account that you tried to reach does not exist.",
            "gmail-smtp-in.l.google.com",
        ),
        MIMEMessage(b.reminder()),
    )
    return send_report(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        "gmail",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian provider's notice in multipart/mixed: mailbox over quota, message attached."""
    text = (
        "Gentile utente,\n\n"
        "il messaggio che hai inviato non è stato consegnato al seguente destinatario, perché la sua casella di posta ha esaurito lo spazio disponibile:\n\n"
        f"    {b.rcpt}\n"
        f"    552 5.2.2 <{b.rcpt}>: mailbox full - casella piena\n\n"
        "Potrai riprovare più tardi, quando il destinatario avrà liberato spazio. In allegato trovi il messaggio originale.\n\n"
        "-- \nIl servizio di posta\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "utf-8", "8bit"))
    outer.attach(MIMEMessage(b.reminder()))
    return send_report(
        b,
        outer,
        "Postmaster <postmaster@smtp.provider-posta.example>",
        f"Mancato recapito: {b.subject}",
        "mixed",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@parksidedental.example",
            "2028-08-29 09:06",
            1,
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.2",
            "info@kingsheathsmiles.example",
            "2028-09-04 09:11",
            1,
            "qmail notice, not MIME: the domain is gone",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.2.2",
            "frontdesk@whitecliffdental.example",
            "2028-09-14 09:25",
            24 * 60 + 17,
            "Exim delay warning in plain text: mailbox over quota, still retrying",
        ),
        bounce_exim_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.7.133",
            "rechnung@zahnaerzte-am-dom.example",
            "2028-09-06 10:04",
            1,
            "policy: a group that refuses outside senders; permanent",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.7.1",
            "praxis@dr-lindner-zahnarzt.example",
            "2028-09-18 14:12",
            4 * 60 + 3,
            "greylisting delay: a temporary policy refusal",
        ),
        bounce_hoster_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.10",
            "compta@cabinet-dentaire-lavoie.example",
            "2028-08-31 10:03",
            1,
        ),
        bounce_exchange_fr,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.2.2",
            "secretariat@centredentaire-beaulieu.example",
            "2028-09-12 14:40",
            4 * 60 + 30,
            "provider notice in Latin-1 plain text, not RFC 3464",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "clinica.salas.dental@gmail.com",
            "2028-09-05 10:05",
            1,
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "5.2.2",
            "facturas@clinica-dental-mirador.example",
            "2028-09-15 10:07",
            2,
            "mailbox full reported with a 5.x code: soft, the code is kept",
        ),
        bounce_exchange_es,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.4.7",
            "boekhouding@tandartspraktijk-vanrijn.example",
            "2028-09-20 14:30",
            4 * 60 + 20,
        ),
        bounce_exchange_nl,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "soft",
            "5.2.2",
            "segreteria@studio-odontoiatrico-conti.example",
            "2028-09-11 10:09",
            3,
            "provider notice in multipart/mixed; mailbox full with a 5.x code: soft",
        ),
        bounce_provider_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "hard",
            "5.1.1",
            "amministrazione@odontoiatria-sangiorgio.example",
            "2028-09-21 10:04",
            1,
        ),
        bounce_exchange_it,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------

Label = dict[str, object]


def mail_label(m: Mail) -> Label:
    """The label line of a hand-written message (without the file name)."""
    label: Label = {"intent": m.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(m.labels.fields)
    label["invoice_refs"] = list(m.labels.refs)
    label["language"] = m.lang
    label["note"] = m.labels.note
    return label


def bounce_label(b: Bounce) -> Label:
    """The label line of a delivery report (without the file name)."""
    label: Label = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


@dataclass(frozen=True)
class Item:
    """One corpus entry before numbering."""

    key: str
    message: Message
    label: Label
    new_text: str  # what the sender wrote, for checking invoice references


def all_items() -> list[Item]:
    """Every message with its label."""
    items = [Item(m.key, build_mail(m), mail_label(m), m.body) for m in MAILS]
    items += [Item(b.key, build(b), bounce_label(b), "") for b, build in BOUNCES]
    return items


# Headers are folded where the software folds them (encoded words); nothing else is re-folded.
WIRE = policy.compat32.clone(max_line_length=998)
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
AMOUNT = re.compile(r"\d+\.\d{2}")
INVOICE = re.compile(r"OLD \d{6}")
STATUS = re.compile(r"[245]\.\d{1,3}\.\d{1,3}")


def check_label(key: str, label: Label, new_text: str) -> None:
    """Shape and consistency of one label."""
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{key}: bad intent or language")
    if KEY_PREFIX[key[:2]] != intent or key[3:5] != label["language"]:
        raise SystemExit(f"{key}: key does not match intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for name in LABEL_KEYS:
        value = label[name]
        if value is None:
            continue
        if name not in allowed:
            raise SystemExit(f"{key}: {name} is filled but {intent} does not own it")
        if not isinstance(value, str):
            raise SystemExit(f"{key}: {name} must be a string")
        if name.endswith("_date"):
            if not ISO_DAY.fullmatch(value):
                raise SystemExit(f"{key}: {name} is not an ISO date")
            date.fromisoformat(value)
        if name == "amount" and not AMOUNT.fullmatch(value):
            raise SystemExit(f"{key}: amount {value!r}")
        if name in {"new_contact", "failed_recipient"} and (
            value != value.lower() or "@" not in value
        ):
            raise SystemExit(f"{key}: {name} must be a lower-case address")
        if name == "bounce_status" and not STATUS.fullmatch(value):
            raise SystemExit(f"{key}: bounce_status {value!r}")
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(f"{key}: amount and currency go together")
    if label["currency"] not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{key}: currency")
    if intent == "bounce" and label["bounce_kind"] not in {"hard", "soft"}:
        raise SystemExit(f"{key}: bounce_kind")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{key}: invoice_refs must be a list")
    digits = {str(r)[4:] for r in refs}
    for ref in refs:
        if not INVOICE.fullmatch(str(ref)):
            raise SystemExit(f"{key}: invoice ref {ref!r} is not normalised")
    written = set(re.findall(r"(?<![\d-])(10\d{4})(?![\d-])", new_text))
    written |= set(re.findall(r"OLD[ -]?(\d{6})", new_text))
    if written != digits:
        raise SystemExit(f"{key}: invoice_refs {sorted(digits)} but the text has {sorted(written)}")
    new_contact = label["new_contact"]
    if isinstance(new_contact, str) and new_contact not in new_text.lower():
        raise SystemExit(f"{key}: new_contact is not in the text")


def walk_headers(msg: Message) -> Iterator[tuple[str, object]]:
    """Every header of every part, as the modern parser decodes it."""
    for part in msg.walk():
        yield from part.items()


def check_message(name: str, data: bytes, lang: str) -> None:
    """Parse a file back: headers decode, every text part decodes, no defects anywhere."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for header_name, value in walk_headers(msg):
        defects = getattr(value, "defects", ())
        if defects:
            raise SystemExit(f"{name}: header {header_name} has defects {defects}")
        str(value)
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        if part.get_content_maintype() == "text":
            content = cast(str, cast(Callable[[], object], part.get_content)())
            if "\ufffd" in content:
                raise SystemExit(f"{name}: undecodable text")
    sent = cast(datetime, msg["Date"].datetime)
    if sent.utcoffset() != zone(lang).utcoffset(None):
        raise SystemExit(f"{name}: wrong UTC offset for {lang}")
    if not FIRST_DAY <= sent.date() <= LAST_DAY:
        raise SystemExit(f"{name}: date outside the range")


def count_table(labels: list[Label]) -> str:
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


def check_counts(labels: list[Label]) -> None:
    """The spread must be exactly the planned one."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent, row in PLAN.items():
        for lang, expected in zip(LANGS, row, strict=True):
            if cells[intent, lang] != expected:
                raise SystemExit(
                    f"{intent}/{lang}: {cells[intent, lang]} messages, planned {expected}"
                )
    if len(labels) != 120:
        raise SystemExit(f"{len(labels)} messages, planned 120")


def file_order(items: list[Item]) -> list[Item]:
    """Shuffle by a seeded hash of each key, so a file name says nothing about its label."""
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}/{item.key}".encode()).hexdigest(),
    )


def write_all() -> list[Label]:
    """Build, check and write every file; return the labels in file order."""
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, item in enumerate(file_order(items), start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        check_label(item.key, item.label, item.new_text)
        data = item.message.as_bytes(policy=WIRE)
        check_message(name, data, str(item.label["language"]))
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **item.label})
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
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
