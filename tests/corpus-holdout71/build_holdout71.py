# ruff: noqa: E501, RUF001
"""Build held-out reply corpus 71: `h71-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Kestrel Tree Surgery after it sent an overdue
reminder. The new text of each message is written by hand below. The code adds only what a mail
client or a mail server would add: the quoted reminder (in the client's layout and language),
headers, MIME structure, charsets and transfer encodings. Run it from anywhere; it writes next to
itself, deterministically (fixed seed, boundaries and Message-IDs derived from each key, no clock).
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
from datetime import UTC, date, datetime, time, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, message_from_string, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from functools import partial
from pathlib import Path
from typing import Final, Literal, TypedDict

HERE: Final = Path(__file__).resolve().parent
PREFIX: Final = "h71"
SEED: Final = "holdout71-20270412"
AR_NAME: Final = "Kestrel Tree Surgery Accounts"
AR_ADDR: Final = "receivables@kestrel-treesurgery.example"
AR_DOMAIN: Final = "kestrel-treesurgery.example"
UK_TZ: Final = timezone(timedelta(hours=1))  # British Summer Time, all of the period

Lang = Literal["en", "de", "fr", "es", "nl", "it"]
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
LANGS: Final[tuple[Lang, ...]] = ("en", "de", "fr", "es", "nl", "it")
INTENTS: Final[tuple[Intent, ...]] = (
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
LABEL_KEYS: Final = (
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
    """One line of labels.jsonl, keys in the order of holdout2's labels."""

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


# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

WEEKDAYS: Final[dict[str, tuple[str, str]]] = {
    "en": (
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
MONTHS: Final[dict[str, tuple[str, str]]] = {
    "en": (
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

# Attribution lines and header blocks, per client, in the client's language.
GMAIL_ATTR: Final = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: Final = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y}, om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR: Final = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT: Final = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
# divider, From, Sent, To, Subject, label separator
OUTLOOK_LABELS: Final = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_RE: Final = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
SAMSUNG_BLOCK: Final = {
    "en": (
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
        "Sent from my Galaxy",
    ),
    "de": (
        "-------- Ursprüngliche Nachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
        "Von meinem Galaxy gesendet",
    ),
    "fr": (
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
        "Envoyé depuis mon Galaxy",
    ),
    "es": (
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
        "Enviado desde mi Galaxy",
    ),
    "nl": (
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
        "Verzonden vanaf mijn Galaxy",
    ),
    "it": (
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
        "Inviato dal mio Galaxy",
    ),
}
IPHONE_SIG: Final = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
OUTLOOK_MOBILE_SIG: Final = {
    "en": "Get Outlook for iOS",
    "de": "Outlook für iOS beziehen",
    "fr": "Obtenir Outlook pour iOS",
    "es": "Obtener Outlook para iOS",
    "nl": "Outlook voor iOS downloaden",
    "it": "Scarica Outlook per iOS",
}
CONTENT_LANGUAGE: Final = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder Kestrel sent (quoted by replies, returned by bounces)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final = {
    "en": "Overdue invoice {inv} – Kestrel Tree Surgery",
    "de": "Zahlungserinnerung: Rechnung {inv} – Kestrel Tree Surgery",
    "fr": "Rappel : facture {inv} échue – Kestrel Tree Surgery",
    "es": "Aviso de pago: factura {inv} vencida – Kestrel Tree Surgery",
    "nl": "Betalingsherinnering factuur {inv} – Kestrel Tree Surgery",
    "it": "Sollecito di pagamento fattura {inv} – Kestrel Tree Surgery",
}
# Seven paragraphs in every language: greeting, intro, invoice lines, if-paid, how to pay,
# closing, signature. Inline replies refer to these paragraph numbers.
REMINDER_BODY: Final = {
    "en": (
        "Dear customer,\n\n"
        "According to our accounts, the following invoice is now overdue:\n\n"
        "    Invoice {inv} · {job}\n    Issued {issued} · due {due} · amount outstanding {amt}\n\n"
        "If you have already paid, thank you – please reply with the payment date and reference so we can match it. If there is a problem with the work or the invoice, reply to this email and we will look into it.\n\n"
        "Payment by bank transfer: Ashcombe & District Bank, sort code 40-19-27, account 61734082, quoting {inv}.\n\n"
        "Kind regards,\n\n"
        "Accounts\nKestrel Tree Surgery Ltd\nMill Lane Yard, Ashcombe · 01632 960275"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unserer Buchhaltung ist die folgende Rechnung überfällig:\n\n"
        "    Rechnung {inv} · {job}\n    Rechnungsdatum {issued} · fällig am {due} · offener Betrag {amt}\n\n"
        "Falls Sie bereits gezahlt haben, vielen Dank – teilen Sie uns bitte Zahlungsdatum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Gibt es ein Problem mit den Arbeiten oder der Rechnung, antworten Sie einfach auf diese E-Mail.\n\n"
        "Zahlung per Überweisung unter Angabe der Rechnungsnummer {inv}.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Buchhaltung\nKestrel Tree Surgery Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture suivante reste impayée à ce jour :\n\n"
        "    Facture {inv} · {job}\n    Émise le {issued} · échéance {due} · montant dû {amt}\n\n"
        "Si vous avez déjà réglé, merci de nous indiquer la date et la référence du paiement afin que nous puissions le rapprocher. En cas de problème concernant les travaux ou la facture, répondez simplement à ce message.\n\n"
        "Règlement par virement en rappelant la référence {inv}.\n\n"
        "Cordialement,\n\n"
        "Service comptabilité\nKestrel Tree Surgery Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestra contabilidad, la siguiente factura está vencida y pendiente de pago:\n\n"
        "    Factura {inv} · {job}\n    Fecha {issued} · vencimiento {due} · importe pendiente {amt}\n\n"
        "Si ya la han abonado, les agradecemos que nos indiquen la fecha y la referencia del pago para poder conciliarlo. Si hay algún problema con el trabajo o con la factura, basta con responder a este correo.\n\n"
        "Pago por transferencia indicando {inv} como concepto.\n\n"
        "Atentamente,\n\n"
        "Departamento de cobros\nKestrel Tree Surgery Ltd"
    ),
    "nl": (
        "Geachte klant,\n\n"
        "Volgens onze administratie staat de volgende factuur nog open:\n\n"
        "    Factuur {inv} · {job}\n    Factuurdatum {issued} · vervaldatum {due} · openstaand bedrag {amt}\n\n"
        "Heeft u al betaald, dan danken wij u en horen wij graag de betaaldatum en het kenmerk, zodat wij de betaling kunnen verwerken. Klopt er iets niet aan het werk of de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Betaling per overschrijving onder vermelding van {inv}.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nKestrel Tree Surgery Ltd"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dalle nostre registrazioni risulta ancora da saldare la seguente fattura:\n\n"
        "    Fattura {inv} · {job}\n    Emessa il {issued} · scadenza {due} · importo da pagare {amt}\n\n"
        "Se avete già provveduto al pagamento, vi ringraziamo e vi chiediamo di comunicarci data e riferimento del bonifico, così da poterlo abbinare. In caso di problemi con i lavori o con la fattura, è sufficiente rispondere a questa e-mail.\n\n"
        "Pagamento tramite bonifico indicando {inv} nella causale.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio amministrazione\nKestrel Tree Surgery Ltd"
    ),
}
JOBS: Final[dict[str, dict[str, str]]] = {
    "felling": {
        "en": "Tree felling and removal",
        "de": "Baumfällung mit Abtransport",
        "fr": "Abattage et évacuation",
        "es": "Tala y retirada de árboles",
        "nl": "Kappen en afvoeren van bomen",
        "it": "Abbattimento e smaltimento alberi",
    },
    "crown": {
        "en": "Crown reduction",
        "de": "Kronenrückschnitt",
        "fr": "Réduction de couronne",
        "es": "Reducción de copa",
        "nl": "Kroonreductie",
        "it": "Riduzione della chioma",
    },
    "hedge": {
        "en": "Hedge cutting",
        "de": "Heckenschnitt",
        "fr": "Taille de haies",
        "es": "Recorte de setos",
        "nl": "Heggen snoeien",
        "it": "Taglio siepi",
    },
    "stump": {
        "en": "Stump grinding",
        "de": "Wurzelstockfräsen",
        "fr": "Rognage de souches",
        "es": "Triturado de tocones",
        "nl": "Stobben frezen",
        "it": "Fresatura ceppaie",
    },
    "contract": {
        "en": "Grounds maintenance contract – {month}",
        "de": "Grünpflegevertrag – {month}",
        "fr": "Contrat d'entretien des espaces verts – {month}",
        "es": "Contrato de mantenimiento de zonas verdes – {month}",
        "nl": "Onderhoudscontract groen – {month}",
        "it": "Contratto di manutenzione del verde – {month}",
    },
    "storm": {
        "en": "Emergency call-out – storm damage",
        "de": "Notdiensteinsatz – Sturmschaden",
        "fr": "Intervention d'urgence – dégâts de tempête",
        "es": "Intervención urgente – daños por temporal",
        "nl": "Spoedinzet – stormschade",
        "it": "Intervento urgente – danni da maltempo",
    },
}
DATE_FORMAT: Final = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# Characters a Latin-1 or Windows-1252 client cannot send, as such a client sends them instead.
NARROW_FIXES: Final = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "…": "...",
    "“": '"',
    "”": '"',
    "\u202f": " ",
}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Facts:
    """Label fields beyond intent and language. `refs` are invoice numbers in the new text."""

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
class Attachment:
    name: str
    maintype: str
    subtype: str
    data: bytes


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels."""

    key: str
    intent: Intent
    lang: Lang
    sender: tuple[str, str]
    when: str
    client: str
    body: str
    facts: Facts = field(default_factory=Facts)
    inv: str = ""
    amt: str = ""
    cur: str = ""
    job: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: Attachment | None = None
    inline: tuple[tuple[int, str], ...] = ()
    threaded: bool = True
    orig_to: str = ""

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)


@dataclass(frozen=True, kw_only=True)
class Reminder:
    """The overdue reminder a message answers or returns."""

    key: str
    lang: str
    to: str
    sent: datetime
    inv: str
    amount: str
    currency: str
    job: str


@dataclass(frozen=True, kw_only=True)
class Quote:
    """What a replying client shows of the reminder, in its own language and time zone."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


# --------------------------------------------------------------------------------------------
# Hashes, dates and money
# --------------------------------------------------------------------------------------------


def parse_when(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def number(key: str, salt: str, modulo: int) -> int:
    return int.from_bytes(digest(key, salt)[:8], "big") % modulo


def b32(key: str, salt: str, size: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:size]


def hexid(key: str, salt: str, size: int) -> str:
    return digest(key, salt).hex()[:size]


def uuid_like(key: str, salt: str) -> str:
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def date_fields(loc: str, when: datetime) -> dict[str, str]:
    weekday, month = when.weekday(), when.month - 1
    return {
        "wdl": WEEKDAYS[loc][0].split()[weekday],
        "wds": WEEKDAYS[loc][1].split()[weekday],
        "monl": MONTHS[loc][0].split()[month],
        "mons": MONTHS[loc][1].split()[month],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "m": str(when.month),
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "H": str(when.hour),
        "HH": f"{when.hour:02d}",
        "mm": f"{when.minute:02d}",
    }


def fmt(template: str, *, loc: str, when: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, when), **extra)


def day_text(loc: str, day: date) -> str:
    return fmt(DATE_FORMAT[loc], loc=loc, when=datetime.combine(day, time(), tzinfo=UTC))


def money(amount: str, currency: str, lang: str) -> str:
    whole, cents = amount.split(".")
    grouped = f"{int(whole):,}"
    if currency == "GBP":
        return f"£{grouped}.{cents}"
    if currency == "CHF":
        return f"CHF {grouped.replace(',', '’')}.{cents}"
    if lang == "en":
        return f"€{grouped}.{cents}"
    separator = "\u202f" if lang == "fr" else "."
    figure = f"{grouped.replace(',', separator)},{cents}"
    return f"€ {figure}" if lang in {"nl", "it"} else f"{figure} €"


def working_days_back(start: datetime, days: int) -> datetime:
    day = start
    for _ in range(days):
        day -= timedelta(days=1)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
    return day


def reminder_time(key: str, reply: datetime) -> datetime:
    """A working day or three before the reply, soon after half past eight in Ashcombe."""
    local = reply.astimezone(UK_TZ)
    day = working_days_back(local, 1 + number(key, "days", 3))
    sent = day.replace(hour=8, minute=31 + number(key, "minute", 20), second=number(key, "s", 60))
    return sent if sent < reply else working_days_back(sent, 1)


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------


def narrow_char(char: str, charset: str) -> str:
    try:
        char.encode(charset)
    except UnicodeEncodeError:
        return NARROW_FIXES[char]
    return char


def narrow(text: str, charset: str) -> str:
    """The text as a Latin-1 or Windows-1252 client sends it (client-added text only)."""
    if charset == "utf-8":
        return text
    return "".join(narrow_char(char, charset) for char in text)


def quote_lines(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def flowed(text: str, width: int = 72) -> str:
    """format=flowed: long lines broken at spaces, each soft break marked by a trailing space."""
    out: list[str] = []
    for line in text.split("\n"):
        prefix = "> " if line.startswith("> ") else ""
        rest = line[len(prefix) :]
        while len(prefix + rest) > width and " " in rest[: width - len(prefix)]:
            cut = rest.rfind(" ", 0, width - len(prefix))
            out.append(prefix + rest[: cut + 1])
            rest = rest[cut + 1 :]
        out.append(prefix + rest)
    return "\n".join(out)


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


def html_table_or_paragraphs(text: str) -> str:
    """Notice text to HTML: runs of column-aligned lines become a table."""
    blocks = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if all(re.search(r"\S {2,}\S", line) for line in lines):
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<td>{html.escape(cell)}</td>" for cell in re.split(r" {2,}", line.strip())
                )
                + "</tr>"
                for line in lines
            )
            blocks.append(f'<table cellpadding="4" style="border-collapse:collapse">{rows}</table>')
        else:
            blocks.append(f"<p>{html_lines(block)}</p>")
    return "\n".join(blocks)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------

TRANSFER: Final[dict[str, int]] = {
    "qp": email_charset.QP,
    "b64": email_charset.BASE64,
    "8bit": 0,
    "7bit": 0,
}  # 0: sent as is


def text_part(text: str, *, subtype: str, charset: str, cte: str) -> Message:
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    codec = email_charset.Charset(charset)
    codec.body_encoding = TRANSFER[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, codec)
    return part


def header_text(value: str, *, charset: str, name: str = "Subject") -> str:
    """The header value as a client encodes it (RFC 2047 encoded-words when not ASCII)."""
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


def attachment_part(item: Attachment) -> Message:
    part = MIMEBase(item.maintype, item.subtype, name=item.name)
    part.set_payload(base64.encodebytes(item.data).decode("ascii"))
    part["Content-Transfer-Encoding"] = "base64"
    part.add_header("Content-Disposition", "attachment", filename=item.name)
    return part


def content_headers_last(msg: Message) -> None:
    """Envelope headers first, MIME headers after them, as clients write them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> list[Message]:
    payload = part.get_payload()
    if not part.is_multipart() or not isinstance(payload, list):
        return []
    return [p for p in payload if isinstance(p, Message)]


def strip_inner_versions(part: Message, *, top: bool) -> None:
    """Only the top of a message (or of a returned message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        strip_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def fix_boundaries(msg: Message, *, key: str, prefix: str) -> None:
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 24))


def finalize(msg: Message, *, key: str, prefix: str) -> Message:
    content_headers_last(msg)
    strip_inner_versions(msg, top=True)
    fix_boundaries(msg, key=key, prefix=prefix)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder
# --------------------------------------------------------------------------------------------


def default_invoice(key: str) -> str:
    return f"KTS-{5000 + number(key, 'inv', 180):04d}-G"


def default_amount(key: str) -> str:
    return f"{180 + number(key, 'amount', 2200)}.{(0, 50, 0, 40)[number(key, 'cents', 4)]:02d}"


def default_job(key: str) -> str:
    jobs = tuple(JOBS)
    return jobs[number(key, "job", len(jobs))]


def reminder_for(r: Reply) -> Reminder:
    return Reminder(
        key=r.key,
        lang=r.lang,
        to=r.orig_to or r.sender[1],
        sent=reminder_time(r.key, r.dt),
        inv=r.inv or default_invoice(r.key),
        amount=r.amt or default_amount(r.key),
        currency=r.cur or ("GBP" if r.lang == "en" else "EUR"),
        job=r.job or default_job(r.key),
    )


def reminder_subject(rem: Reminder) -> str:
    return REMINDER_SUBJECT[rem.lang].format(inv=rem.inv)


def reminder_text(rem: Reminder) -> str:
    due = rem.sent.date() - timedelta(days=6 + number(rem.key, "due", 9))
    issued = due - timedelta(days=30)
    month = f"{MONTHS[rem.lang][0].split()[due.month - 1]} {due.year}"  # contracts are billed in advance
    return REMINDER_BODY[rem.lang].format(
        inv=rem.inv,
        job=JOBS[rem.job][rem.lang].format(month=month),
        issued=day_text(rem.lang, issued),
        due=day_text(rem.lang, due),
        amt=money(rem.amount, rem.currency, rem.lang),
    )


def reminder_msgid(key: str) -> str:
    return f"<{hexid(key, 'reminder', 16)}.{number(key, 'rn', 90000) + 10000}@mail.{AR_DOMAIN}>"


def reminder_message(rem: Reminder) -> Message:
    """The reminder as Kestrel sent it, for bounces that return it."""
    msg = text_part(reminder_text(rem), subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = rem.to
    msg["Subject"] = header_text(reminder_subject(rem), charset="utf-8")
    msg["Date"] = format_datetime(rem.sent)
    msg["Message-ID"] = reminder_msgid(rem.key)
    msg["X-Mailer"] = "Kestrel Ledger 4.2 (dunning)"
    content_headers_last(msg)
    return msg


def make_quote(r: Reply) -> Quote:
    rem = reminder_for(r)
    to = r.orig_to or (
        formataddr(r.sender) if r.sender[0].isascii() else f"{r.sender[0]} <{r.sender[1]}>"
    )
    return Quote(
        text=narrow(reminder_text(rem), r.charset),
        subject=narrow(reminder_subject(rem), r.charset),
        sent=rem.sent.astimezone(r.dt.tzinfo),
        loc=r.lang,
        to=to,
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def plain(r: Reply, text: str, *, cte: str = "") -> Message:
    return text_part(text, subtype="plain", charset=r.charset, cte=cte or r.cte)


def alternative(r: Reply, text: str, markup: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain(r, text))
    outer.attach(text_part(markup, subtype="html", charset=r.charset, cte=r.cte))
    return outer


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    _, frm, sent, to, subj, _ = OUTLOOK_LABELS[q.loc]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, fmt(OUTLOOK_SENT[q.loc], loc=q.loc, when=q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_block(q: Quote) -> str:
    sep = OUTLOOK_LABELS[q.loc][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def gmail_attr(q: Quote) -> str:
    return fmt(GMAIL_ATTR[q.loc], loc=q.loc, when=q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(APPLE_ATTR[q.loc], loc=q.loc, when=q.sent, name=AR_NAME, addr=AR_ADDR)


def thunderbird_attr(q: Quote) -> str:
    return fmt(TB_ATTR[q.loc], loc=q.loc, when=q.sent, name=AR_NAME)


def word_html(r: Reply, q: Quote) -> str:
    sep = OUTLOOK_LABELS[q.loc][5].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;} --></style>\n'
        f'</head>\n<body lang="{CONTENT_LANGUAGE[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    divider = OUTLOOK_LABELS[q.loc][0]
    return plain(r, f"{r.body}\n\n{divider}\n{outlook_block(q)}\n\n{q.text}\n")


def style_outlook_html(r: Reply, q: Quote) -> Message:
    return alternative(r, f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n", word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), subtype="html", charset=r.charset, cte=r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    sep = OUTLOOK_LABELS[q.loc][5].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label + sep)}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body></html>\n"
    )
    return alternative(r, f"{r.body}\n\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n", markup)


def style_outlook_mobile(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{OUTLOOK_MOBILE_SIG[q.loc]}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return plain(r, text, cte="b64")


def gmail_markup(body_html: str, attr: str, q: Quote) -> str:
    return (
        f'<div dir="ltr">{body_html}</div><br>\n'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>\n"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    return alternative(r, text, gmail_markup(html_lines(r.body), attr, q))


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n")


def style_apple(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n")


def style_iphone(r: Reply, q: Quote) -> Message:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return plain(r, f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n")


def flowed_part(r: Reply, text: str) -> Message:
    part = plain(r, flowed(text))
    part.set_param("format", "flowed")
    return part


def style_thunderbird(r: Reply, q: Quote) -> Message:
    return flowed_part(r, f"{r.body}\n\n{thunderbird_attr(q)}\n{quote_lines(q.text)}\n")


def style_samsung(r: Reply, q: Quote) -> Message:
    divider, frm, when, to, subj, sig = SAMSUNG_BLOCK[q.loc]
    stamp = f"{q.sent:%d/%m/%Y %H:%M} (GMT{q.sent:%z})"
    stamp = stamp[:-3] + ":" + stamp[-3:]
    block = f"{divider}\n{frm}: {AR_NAME} <{AR_ADDR}> \n{when}: {stamp} \n{to}: {q.to} \n{subj}: {q.subject} \n"
    return plain(r, f"{r.body}\n\n\n\n{sig}\n\n\n{block}\n{q.text}\n", cte="b64")


def style_gmx(r: Reply, q: Quote) -> Message:
    sent = fmt("{wdl}, {dd}. {monl} {y} um {HH}:{mm} Uhr", loc=q.loc, when=q.sent)
    block = f'Gesendet: {sent}\nVon: "{AR_NAME}" <{AR_ADDR}>\nAn: {q.to}\nBetreff: {q.subject}\n'
    return plain(r, f"{r.body}\n \n \n\n{block}\n{q.text}\n")


def style_orange(r: Reply, q: Quote) -> Message:
    block = f'Message du {q.sent:%d/%m/%y %H:%M}\nDe : "{AR_NAME}" <{AR_ADDR}>\nA : {q.to}\nCopie à : \nObjet : {q.subject}\n\n{q.text}'
    return plain(r, f"{r.body}\n\n{quote_lines(block)}\n")


def style_libero(r: Reply, q: Quote) -> Message:
    month = MONTHS["it"][1].split()[q.sent.month - 1]
    block = f"----Messaggio originale----\nDa: {AR_ADDR}\nData: {q.sent.day}-{month}-{q.sent.year} {q.sent.hour}.{q.sent:%M}\nA: <{r.sender[1]}>\nOgg: {q.subject}\n"
    return plain(r, f"{r.body}\n\n\n{block}\n{q.text}\n")


def interleaved(r: Reply, q: Quote) -> str:
    """The quoted reminder cut after the paragraphs the writer answers, answers in between."""
    answers = dict(r.inline)
    blocks: list[str] = []
    chunk: list[str] = []
    for n, paragraph in enumerate(q.text.split("\n\n")):
        chunk.append(paragraph)
        if n in answers:
            blocks += [quote_lines("\n\n".join(chunk)), answers[n]]
            chunk = []
    if chunk:
        blocks.append(quote_lines("\n\n".join(chunk)))
    return "\n\n".join(blocks)


def style_inline_tb(r: Reply, q: Quote) -> Message:
    top = f"{r.body}\n\n" if r.body else ""
    return flowed_part(r, f"{top}{thunderbird_attr(q)}\n{interleaved(r, q)}\n")


def style_inline_gmail(r: Reply, q: Quote) -> Message:
    top = f"{r.body}\n\n" if r.body else ""
    return plain(r, f"{top}{gmail_attr(q)}\n\n{interleaved(r, q)}\n")


def style_notice(r: Reply, q: Quote) -> Message:
    del q  # notices quote nothing
    return plain(r, r.body + "\n")


def notice_markup(r: Reply) -> str:
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        f'<body style="font-family:Arial,sans-serif;font-size:10pt">\n{html_table_or_paragraphs(r.body)}\n</body></html>\n'
    )


def style_notice_html(r: Reply, q: Quote) -> Message:
    del q
    return text_part(notice_markup(r), subtype="html", charset=r.charset, cte=r.cte)


def style_notice_alt(r: Reply, q: Quote) -> Message:
    del q
    return alternative(r, r.body + "\n", notice_markup(r))


STYLES: Final[dict[str, Callable[[Reply, Quote], Message]]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "outlook_mobile": style_outlook_mobile,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "samsung": style_samsung,
    "gmx": style_gmx,
    "orange": style_orange,
    "libero": style_libero,
    "inline_tb": style_inline_tb,
    "inline_gmail": style_inline_gmail,
    "notice": style_notice,
    "notice_html": style_notice_html,
    "notice_alt": style_notice_alt,
}
OUTLOOK_FAMILY: Final = frozenset({"outlook", "outlook_html", "html_only", "owa", "outlook_mobile"})
NOTICES: Final = frozenset({"notice", "notice_html", "notice_alt"})
CLIENT_HEADERS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22E240)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "inline_tb": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.9.1",
        ),
    ),
    "gmx": (("X-UI-Message-Type", "mail"), ("Importance", "normal"), ("Sensitivity", "Normal")),
    "orange": (("X-Mailer", "Orange Messagerie"), ("X-Priority", "3 (Normal)")),
    "libero": (("X-Mailer", "Libero Mail"),),
}
BOUNDARY_PREFIX: Final = {
    "gmail": "000000000000",
    "notice_alt": "----=_NextPart_",
    "apple": "Apple-Mail=_",
}


def millis(when: datetime) -> int:
    return int(when.timestamp()) * 1000 + when.microsecond // 1000 + 417


def gmail_msgid(r: Reply) -> str:
    tail = base64.urlsafe_b64encode(digest(r.key, "gmail")).decode().rstrip("=")[:42]
    return f"<CA{tail}@mail.gmail.com>"


def outlook_msgid(r: Reply) -> str:
    key = r.key
    host = f"{b32(key, 'host', 4)}P{number(key, 'pod', 300):03d}MB{number(key, 'mb', 9000) + 1000}"
    return f"<{host}{b32(key, 'ms', 20)}@{host}.EURP{number(key, 'eu', 9) + 1}{number(key, 'eu2', 90) + 10}.PROD.OUTLOOK.COM>"


def apple_msgid(r: Reply) -> str:
    return f"<{uuid_like(r.key, 'apple')}@{r.sender[1].split('@')[1]}>"


def samsung_msgid(r: Reply) -> str:
    return f"<{hexid(r.key, 'samsung', 20)}@email.android.com>"


def gmx_msgid(r: Reply) -> str:
    return f"<trinity-{uuid_like(r.key, 'gmx').lower()}-{millis(r.dt) - 2}@3c-app-gmx-bap{number(r.key, 'node', 70):02d}>"


def orange_msgid(r: Reply) -> str:
    key = r.key
    return f"<{number(key, 'o1', 10**9)}.{number(key, 'o2', 10**5)}.{millis(r.dt) - 1}.JavaMail.www@wwinf{number(key, 'o4', 9000) + 1000}>"


def plain_msgid(r: Reply) -> str:
    return f"<{hexid(r.key, 'msg', 24)}@{r.sender[1].split('@')[1]}>"


MSGID_STYLES: Final[dict[str, Callable[[Reply], str]]] = {
    **dict.fromkeys(("gmail", "gmail_plain", "inline_gmail"), gmail_msgid),
    **dict.fromkeys(
        ("outlook", "outlook_html", "html_only", "owa", "outlook_mobile"), outlook_msgid
    ),
    **dict.fromkeys(("apple", "iphone"), apple_msgid),
    "samsung": samsung_msgid,
    "gmx": gmx_msgid,
    "orange": orange_msgid,
}


def reply_msgid(r: Reply) -> str:
    return MSGID_STYLES.get(r.client, plain_msgid)(r)


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = (
        OUTLOOK_RE[q.loc] if r.client in OUTLOOK_FAMILY else {"gmx": "Aw: "}.get(r.client, "Re: ")
    )
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, charset=r.charset, name="Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    outer.attach(attachment_part(r.attach))
    return outer


def extra_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    extra = outlook_headers(r, q) if r.client in OUTLOOK_FAMILY else []
    return [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.client](r, q))
    msg["From"] = address(*r.sender, charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = header_text(reply_subject(r, q), charset=r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    for name, value in extra_headers(r, q):
        msg[name] = value
    prefix = BOUNDARY_PREFIX.get(
        r.client, "_000_" if r.client in OUTLOOK_FAMILY else "------------"
    )
    return finalize(msg, key=r.key, prefix=prefix)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
NO_AUTO_RESPONSE: Final = ("X-Auto-Response-Suppress", "All")
PDF_STUB: Final = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT: Final = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        sender=("Lorna Pike", "lornapike58@ashnet.example"),
        when="2027-04-13 18:42 +0100",
        client="iphone",
        body="Paid.",
        facts=Facts(note="one word; no date, amount or reference"),
        inv="KTS-5018-G",
        amt="265.00",
        job="hedge",
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        sender=("Ashcombe Golf Club Ltd", "sage.remittance@ashcombegolfclub.example"),
        when="2027-04-23 06:15 +0100",
        client="notice_alt",
        subject="Remittance Advice – Ashcombe Golf Club Ltd – payment run 23/04/2027",
        threaded=False,
        headers=(AUTO_GENERATED, ("X-Mailer", "Sage 200 Professional")),
        body=(
            "REMITTANCE ADVICE\n\n"
            "Payer:              Ashcombe Golf Club Ltd, The Clubhouse, Downs Road, Ashcombe\n"
            "Payee:              Kestrel Tree Surgery Ltd\n"
            "Supplier account:   KEST01\n"
            "Payment date:       23/04/2027\n"
            "Payment method:     BACS\n"
            "Payment reference:  AGC-BACS-0423-118\n\n"
            "Your reference    Invoice date    Amount\n"
            "KTS-5083-G        31/03/2027      £1,450.00\n"
            "KTS-5127-G        06/04/2027        £386.40\n"
            "Total paid                      £1,836.40\n\n"
            "This advice was produced automatically by Sage 200 for the payment run of 23 April 2027. Funds should reach your account within two working days.\n\n"
            "Please do not reply to this message; this mailbox is not read. Queries about this payment should be raised with the Club Secretary on 01632 960533."
        ),
        facts=Facts(
            paid="2027-04-23",
            ref="AGC-BACS-0423-118",
            amount="1836.40",
            currency="GBP",
            refs=("KTS-5083-G", "KTS-5127-G"),
            note="Sage payment-run remittance (Auto-Submitted: auto-generated, no quote); the amount is the run total; 'this mailbox is not read' is not a wrong_contact",
        ),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        sender=("Dana Whitlock", "dana.whitlock@gmail.com"),
        when="2027-04-20 21:14 -0400",
        client="gmail",
        body=(
            "Hi there,\n\n"
            "I sent the £2,240 by wire from our Chase account this morning, so it should land in a day or two – international transfers seem to take their time. The confirmation number is 2027042000318847.\n\n"
            "Thanks again to Callum and the crew for getting the fallen ash off the cottage roof so fast. We'll be back over in August and would love to talk about the hedge along the lane.\n\n"
            "Best,\nDana Whitlock"
        ),
        facts=Facts(
            paid="2027-04-20",
            ref="2027042000318847",
            amount="2240.00",
            currency="GBP",
            note="written in New York: 'this morning' is 20 April there, although the Date is 21 April in UTC",
        ),
        inv="KTS-5104-G",
        amt="2240.00",
        job="storm",
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        sender=("Petra Lindner", "p.lindner@gemeinde-birkenhain.example"),
        when="2027-04-14 10:22 +0200",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Rechnung KTS-5031-G (Kronenpflege der Linden am Friedhof) wurde am 9. April zur Zahlung angewiesen und müsste inzwischen bei Ihnen eingegangen sein. Die Verzögerung ergab sich, weil Rechnungen über 2.500 € bei uns vom Bürgermeister gegengezeichnet werden müssen.\n\n"
            "Sollte der Betrag wider Erwarten nicht angekommen sein, geben Sie mir bitte kurz Bescheid.\n\n"
            "Mit freundlichen Grüßen\n"
            "i. A. Petra Lindner\n\n"
            "Gemeinde Birkenhain – Kämmerei\n"
            "Rathausplatz 1, Tel. 07000 418-23\n\n"
            "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese Nachricht."
        ),
        facts=Facts(
            paid="2027-04-09",
            refs=("KTS-5031-G",),
            note="'zur Zahlung angewiesen' (payment ordered by the municipal treasury) on 9 April is a payment sent",
        ),
        inv="KTS-5031-G",
        amt="2780.00",
        job="crown",
    ),
    Reply(
        key="ps-de-2",
        intent="payment_sent",
        lang="de",
        sender=("Golfclub Seeland Sekretariat", "sekretariat@golfclub-seeland.example"),
        when="2027-04-29 14:37 +0200",
        client="apple",
        body=(
            "Grüezi\n\n"
            "Die Zahlung über CHF 3'480.00 für die Rechnung KTS-5115-G ist gestern per E-Banking an Sie rausgegangen (Zahlungsreferenz 0427-GCS-55). Da es eine Auslandzahlung ist, kann es ein paar Tage dauern, bis der Betrag gutgeschrieben wird.\n\n"
            "Freundliche Grüsse\n\n"
            "Regula Amstutz\n"
            "Sekretariat\n"
            "Golfclub Seeland, Allmendstrasse 40"
        ),
        facts=Facts(
            paid="2027-04-28",
            ref="0427-GCS-55",
            amount="3480.00",
            currency="CHF",
            refs=("KTS-5115-G",),
            note="Swiss German (ss for ß, CHF with apostrophes); 'gestern' is the day before Thu 29 April",
        ),
        inv="KTS-5115-G",
        amt="3480.00",
        cur="CHF",
        job="contract",
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        sender=(
            "Mutuelle Atlantique – Service Indemnisation",
            "indemnisation@mutuelle-atlantique.example",
        ),
        when="2027-04-26 11:05 +0200",
        client="outlook",
        body=(
            "Madame, Monsieur,\n\n"
            "Dans le cadre du sinistre n° 27-TMP-004512 (tempête du 2 mars 2027 – propriété de M. et Mme Garnier, 14 chemin des Aulnes), nous vous confirmons avoir procédé ce jour au règlement direct de votre facture KTS-5064-G, d'un montant de 4 860,00 €, par virement SEPA.\n\n"
            "Référence du virement : IND-2704-88213\n\n"
            "Nous vous remercions de bien vouloir rappeler le numéro de sinistre dans toute correspondance.\n\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
            "Sophie Delorme\n"
            "Gestionnaire sinistres – Service Indemnisation\n"
            "Mutuelle Atlantique Assurances\n\n"
            "Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur."
        ),
        facts=Facts(
            paid="2027-04-26",
            ref="IND-2704-88213",
            amount="4860.00",
            currency="EUR",
            refs=("KTS-5064-G",),
            note="the insurer pays the storm-damage invoice for its policyholder; 'ce jour' is the message date",
        ),
        inv="KTS-5064-G",
        amt="4860.00",
        job="storm",
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        sender=("Gerard Roux", "gerard.roux44@orange.fr"),
        when="2027-04-21 20:48 +0200",
        client="orange",
        charset="iso-8859-1",
        body="bonjour\n\nle cheque est parti hier par la poste, desole pour le retard j'etais a l'hopital\n\nG Roux",
        facts=Facts(
            paid="2027-04-20", note="no accents; a cheque posted yesterday is a payment sent"
        ),
        job="hedge",
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        sender=("Marta Quintana", "administracion@golflasencinas.example"),
        when="2027-04-27 12:31 +0200",
        client="outlook_html",
        attach=Attachment(
            name="Justificante_transferencia_KTS-5090-G.pdf",
            maintype="application",
            subtype="pdf",
            data=PDF_STUB,
        ),
        body=(
            "Buenos días:\n\n"
            "Les confirmo que hoy hemos realizado la transferencia de 1.935,00 € correspondiente a la factura KTS-5090-G. Les adjunto el justificante bancario.\n\n"
            "Disculpen el retraso; estábamos pendientes de la aprobación de la junta directiva.\n\n"
            "Un saludo,\n\n"
            "Marta Quintana\n"
            "Administración\n"
            "Club de Golf Las Encinas\n\n"
            "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine."
        ),
        facts=Facts(
            paid="2027-04-27",
            amount="1935.00",
            currency="EUR",
            refs=("KTS-5090-G",),
            note="proof of transfer attached as a PDF",
        ),
        inv="KTS-5090-G",
        amt="1935.00",
        job="contract",
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        sender=("Ramón Echeverría", "recheverria@hotmail.com"),
        when="2027-04-12 09:17 +0200",
        client="owa",
        body="Ya está pagada desde el día 8. Revisen sus cuentas antes de mandar avisos, que no es la primera vez.\n\nRamón Echeverría",
        facts=Facts(
            paid="2027-04-08", note="irritated, but no request to stop; 'desde el día 8' is 8 April"
        ),
        job="crown",
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        sender=("Stichting Begraafplaats Rustoord", "noreply@rustoord-begraafplaats.example"),
        when="2027-04-22 07:30 +0200",
        client="notice_html",
        subject="Betalingsspecificatie Stichting Begraafplaats Rustoord",
        threaded=False,
        headers=(AUTO_GENERATED, ("X-Mailer", "AFAS Profit")),
        body=(
            "Geachte relatie,\n\n"
            "Hierbij ontvangt u de specificatie van onze betaling aan Kestrel Tree Surgery Ltd.\n\n"
            "Betaaldatum:  22-04-2027\n"
            "Betalingskenmerk:  2027-BT-00417\n"
            "Relatienummer:  CR-20518\n\n"
            "Factuurnummer  Factuurdatum  Bedrag\n"
            "KTS-5102-G  19-03-2027  € 612,50\n"
            "Totaal betaald  € 612,50\n\n"
            "Dit bericht is automatisch aangemaakt in AFAS Profit. Reageren op dit e-mailadres is niet mogelijk; voor vragen kunt u contact opnemen met de administratie, telefoon 0800 000 0417."
        ),
        facts=Facts(
            paid="2027-04-22",
            ref="2027-BT-00417",
            amount="612.50",
            currency="EUR",
            refs=("KTS-5102-G",),
            note="AFAS payment specification, HTML only, Auto-Submitted: auto-generated, not a reply",
        ),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        sender=("Wouter de Graaf", "wouter.degraaf@kpnmail.example"),
        when="2027-05-04 08:12 +0200",
        client="iphone",
        body="Is vanochtend overgemaakt, excuus voor de vertraging.\n\nGroet, Wouter",
        facts=Facts(paid="2027-05-04"),
        job="stump",
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        sender=("Elena Ferri", "economato@icpascoli-valdera.example"),
        when="2027-04-20 10:40 +0200",
        client="outlook",
        charset="windows-1252",
        body=(
            "Buongiorno,\n\n"
            "vi informo che ieri è stato disposto il bonifico a saldo della fattura KTS-5077-G, importo € 980,00 (CRO 0512704190034871).\n\n"
            "Cordiali saluti\n\n"
            "Dott.ssa Elena Ferri\n"
            'DSGA – Istituto Comprensivo "G. Pascoli"\n'
            "Via delle Scuole 3, Valdera"
        ),
        facts=Facts(
            paid="2027-04-19",
            ref="0512704190034871",
            amount="980.00",
            currency="EUR",
            refs=("KTS-5077-G",),
            note="school bursar; the CRO is the transfer reference",
        ),
        inv="KTS-5077-G",
        amt="980.00",
        job="hedge",
    ),
]

PROMISE_TO_PAY: Final = [
    Reply(
        key="pp-en-1",
        intent="promise_to_pay",
        lang="en",
        sender=("Janet Pennington", "clerk@littlewenham-pc.example"),
        when="2027-04-14 15:03 +0100",
        client="outlook_html",
        body=(
            "Dear Sir or Madam,\n\n"
            "Thank you for your email. Payments over £500 need the approval of the full council, and our next meeting is on Monday 26 April. Your invoice is on the agenda, and I will pay it by bank transfer the day after the meeting.\n\n"
            "Yours faithfully,\n\n"
            "Mrs J. Pennington\n"
            "Clerk and Responsible Financial Officer\n"
            "Little Wenham Parish Council"
        ),
        facts=Facts(promised="2027-04-27", note="'the day after the meeting' on Monday 26 April"),
        amt="1240.00",
        job="hedge",
    ),
    Reply(
        key="pp-en-2",
        intent="promise_to_pay",
        lang="en",
        sender=("Neil Ashdown", "bursar@staldhelms.example"),
        when="2027-04-16 11:20 +0100",
        client="gmail",
        body=(
            "Hi,\n\n"
            "I've released this for next Thursday's BACS run, so you should see it in your account that afternoon.\n\n"
            "Neil Ashdown\n"
            "School Business Manager\n"
            "St Aldhelm's C of E Primary School"
        ),
        facts=Facts(
            promised="2027-04-22",
            note="past-tense 'released' puts the invoice into a future run; 'next Thursday' from Friday 16 April is the 22nd",
        ),
        job="contract",
    ),
    Reply(
        key="pp-en-3",
        intent="promise_to_pay",
        lang="en",
        sender=("Martin Coles", "m.coles@hollybush-cottage.example"),
        when="2027-04-19 19:55 +0100",
        client="gmail_plain",
        body=(
            "Hello,\n\n"
            "Apologies, we haven't forgotten you. The tree work is part of our storm claim and the loss adjuster signed everything off last week. As soon as the insurer pays out we'll settle your invoice in full – they reckon a week or two.\n\n"
            "Regards,\n"
            "Martin Coles"
        ),
        facts=Facts(
            note="conditional on the insurer's payout; 'a week or two' names no day, so no date"
        ),
        job="storm",
    ),
    Reply(
        key="pp-de-1",
        intent="promise_to_pay",
        lang="de",
        sender=("Andrea Wenzel", "buchhaltung@gut-hohenlinde.example"),
        when="2027-04-14 08:51 +0200",
        client="outlook",
        charset="iso-8859-1",
        body=(
            "Guten Morgen,\n\n"
            "die Rechnung KTS-5048-G ist sachlich geprüft und freigegeben. Sie wird mit unserem nächsten Zahlungslauf in KW 17 beglichen.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Andrea Wenzel\n"
            "Buchhaltung\n"
            "Gut Hohenlinde - Forst- und Gutsverwaltung"
        ),
        facts=Facts(
            promised="2027-04-26",
            refs=("KTS-5048-G",),
            note="'KW 17' is the ISO week starting Monday 26 April; like 'next week' it resolves to its Monday",
        ),
        inv="KTS-5048-G",
        job="felling",
    ),
    Reply(
        key="pp-de-2",
        intent="promise_to_pay",
        lang="de",
        sender=("Tobias Brandl", "tobias.brandl@gmx.de"),
        when="2027-04-20 21:30 +0200",
        client="gmx",
        body=(
            "Hallo,\n\n"
            "bin bis Ende April auf Montage und komme gerade nicht an mein Online-Banking ran. Ich überweise gleich nach dem 1. Mai, versprochen.\n\n"
            "Gruß\n"
            "Tobias Brandl"
        ),
        facts=Facts(
            note="'gleich nach dem 1. Mai' names no day to pay on (1 May 2027 is a Saturday and a holiday); left null like other 'after X' phrases"
        ),
        job="stump",
    ),
    Reply(
        key="pp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        sender=("Mairie de Saint-Aubin-des-Prés", "secretariat@mairie-staubindespres.example"),
        when="2027-04-13 14:10 +0200",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Bonjour,\n\n"
            "La facture KTS-5059-G sera mandatée début mai, dès que le conseil municipal aura voté le budget supplémentaire. Le paiement sera ensuite effectué par la Trésorerie dans les délais habituels.\n\n"
            "Cordialement,\n\n"
            "Nathalie Perrin\n"
            "Secrétaire de mairie\n"
            "Mairie de Saint-Aubin-des-Prés"
        ),
        facts=Facts(
            refs=("KTS-5059-G",),
            note="'début mai' is a span, not a day, and the payment waits on a council vote: no date",
        ),
        inv="KTS-5059-G",
        job="crown",
    ),
    Reply(
        key="pp-fr-2",
        intent="promise_to_pay",
        lang="fr",
        sender=("Hélène Marchand", "helene.marchand@free.example"),
        when="2027-04-15 09:02 +0200",
        client="thunderbird",
        cte="8bit",
        body=(
            "Bonjour,\n\n"
            "Je suis désolée pour ce retard. Le virement partira vendredi prochain, le 23, quand ma pension sera arrivée.\n\n"
            "Bien à vous,\n"
            "Hélène Marchand"
        ),
        facts=Facts(promised="2027-04-23"),
        job="hedge",
    ),
    Reply(
        key="pp-es-1",
        intent="promise_to_pay",
        lang="es",
        sender=("Jordi Puig", "administracio@masroure.example"),
        when="2027-04-13 17:45 +0200",
        client="gmail",
        body="Hola,\n\nLa pagamos a final de mes, junto con el resto de proveedores.\n\nSaludos,\nJordi Puig\nAdministración – Finca Mas Roure",
        facts=Facts(promised="2027-04-30", note="'a final de mes' → last day of April"),
        job="contract",
    ),
    Reply(
        key="pp-es-2",
        intent="promise_to_pay",
        lang="es",
        sender=("Beatriz Olmedo", "bolmedo@gmail.com"),
        when="2027-04-22 13:08 +0200",
        client="iphone",
        body="Perdonad, he estado fuera y se me pasó. La semana que viene os hago la transferencia sin falta.\n\nBea",
        facts=Facts(promised="2027-04-26", note="'la semana que viene' → Monday of the next week"),
        job="felling",
    ),
    Reply(
        key="pp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        sender=("Ingrid Bakker", "secretariaat@hoogeweide-golf.example"),
        when="2027-04-22 10:15 +0200",
        client="outlook",
        body=(
            "Goedemorgen,\n\n"
            "Onze penningmeester is deze week met vakantie. Hij is volgende week terug en heeft toegezegd de factuur dan direct te voldoen, uiterlijk vrijdag 30 april.\n\n"
            "Met vriendelijke groet,\n\n"
            "Ingrid Bakker\n"
            "Secretariaat Golfclub De Hooge Weide"
        ),
        facts=Facts(
            promised="2027-04-30",
            note="'uiterlijk vrijdag 30 april' is the committed date; the treasurer's holiday is reported by a person, not an auto-reply",
        ),
        job="contract",
    ),
    Reply(
        key="pp-it-1",
        intent="promise_to_pay",
        lang="it",
        sender=("Studio Amministrazioni Galli", "studio@amministrazionigalli.example"),
        when="2027-04-26 16:22 +0200",
        client="outlook_html",
        body=(
            "Gentili signori,\n\n"
            "in riferimento al vostro sollecito, vi comunichiamo che la fattura KTS-5097-G relativa al Condominio Parco dei Pini verrà saldata entro il 15 maggio, non appena incassate le quote condominiali del trimestre.\n\n"
            "Distinti saluti\n\n"
            "Rag. Franco Galli\n"
            "Studio Amministrazioni Galli"
        ),
        facts=Facts(
            promised="2027-05-15", refs=("KTS-5097-G",), note="a firm date with a reason attached"
        ),
        inv="KTS-5097-G",
        job="felling",
    ),
    Reply(
        key="pp-it-2",
        intent="promise_to_pay",
        lang="it",
        sender=("Alessandra Fontana", "alessandra.fontana@libero.it"),
        when="2027-04-21 18:40 +0200",
        client="libero",
        body="Buonasera,\n\nho già dato disposizione alla banca: il bonifico partirà il 30 aprile, giorno in cui mi accreditano lo stipendio.\n\nCordiali saluti\nAlessandra Fontana",
        facts=Facts(
            promised="2027-04-30",
            note="past tense 'ho già dato disposizione' for a transfer that leaves on 30 April: a promise, not a payment sent",
        ),
        job="crown",
    ),
]

DISPUTE: Final = [
    Reply(
        key="di-en-1",
        intent="dispute",
        lang="en",
        sender=("Helen Okafor", "helen.okafor@okafor-home.example"),
        when="2027-04-15 20:11 +0100",
        client="gmail",
        body=(
            "We have NOT paid this, and we won't until someone comes back to grind out the three stumps that were on the quote. Your crew took the conifers down in February and said the stump grinder would be along \"next week\". It never came. I've rung the office twice.\n\n"
            "Happy to pay the full amount the day the stumps are gone.\n\n"
            "Helen Okafor\n"
            "12 Orchard Rise"
        ),
        facts=Facts(
            note="negated payment: quoted work not finished; the payment offered is conditional on it"
        ),
        inv="KTS-5012-G",
        amt="1680.00",
        job="felling",
    ),
    Reply(
        key="di-en-2",
        intent="dispute",
        lang="en",
        sender=("Graham Lister", "secretary@thornleighgolf.example"),
        when="2027-04-12 16:40 +0100",
        client="inline_tb",
        cte="8bit",
        body="",
        inline=(
            (
                2,
                "This invoice bills four visits for March. Your team came three times: the visit on 18 March was called off because the course was waterlogged, and it was never rearranged. Please send a credit note for one visit (£395.00) and we will pay the remaining £1,185.00 straight away.",
            ),
            (6, "Graham Lister\nClub Secretary, Thornleigh Golf Club"),
        ),
        facts=Facts(
            note="inline answer under the quoted invoice line; one visit of four contested; the offer to pay the rest waits on a credit note"
        ),
        amt="1580.00",
        job="contract",
    ),
    Reply(
        key="di-en-3",
        intent="dispute",
        lang="en",
        sender=("Alasdair Munro", "factor@glenbraeestate.example"),
        when="2027-04-28 17:52 +0100",
        client="outlook_html",
        body=(
            "Dear Accounts,\n\n"
            "Thanks for your note, and apologies for the slow reply – it has been a mad few weeks here with lambing, the fishing lets starting and the roof of the bothy giving way in the March gales, so the office has been more or less abandoned and I'm catching up on a pile of post and email in the evenings.\n\n"
            "On the tree work generally, I should say the estate has been very pleased. Your lads did a tidy job on the beech avenue and the windblow in the east policies, and Mrs Fraser at the lodge has asked me to pass on her thanks for clearing the drive so quickly. We'll certainly want you back in the autumn for the sycamores by the walled garden, and I'd be grateful if someone could look at them before then so that we can budget for it.\n\n"
            "Now, the invoice. I've been through our ledger with Morag and I think what has happened is that KTS-5071-G is a second invoice for the same job as KTS-5066-G – same date, same description, same amount to the penny. We paid 5066 on 2 April. I don't believe we owe anything on 5071 and I'd be obliged if you would cancel it and send us a revised statement.\n\n"
            "Do give me a shout if I've got the wrong end of the stick.\n\n"
            "Kind regards,\n\n"
            "Alasdair Munro\n"
            "Factor, Glenbrae Estate\n"
            "Estate Office, Glenbrae"
        ),
        facts=Facts(
            refs=("KTS-5071-G", "KTS-5066-G"),
            note="long reply burying the point: a duplicate invoice; the payment mentioned is of the other invoice; the statement request is secondary",
        ),
        inv="KTS-5071-G",
        amt="2150.00",
        job="storm",
    ),
    Reply(
        key="di-de-1",
        intent="dispute",
        lang="de",
        sender=("Claudia Hoffmann", "sekretariat@gs-muehlbach.example"),
        when="2027-04-19 11:02 +0200",
        client="outlook_html",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "der Heckenschnitt auf unserem Schulgelände wurde zwar durchgeführt, das Schnittgut liegt aber seit drei Wochen in Säcken auf dem Lehrerparkplatz. Laut Angebot war die Entsorgung im Preis enthalten.\n\n"
            "Solange das Schnittgut nicht abgeholt ist, werden wir die Rechnung nicht begleichen. Bitte teilen Sie uns mit, wann die Abholung erfolgt.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Claudia Hoffmann\n"
            "Schulsekretariat\n"
            "Grundschule am Mühlbach"
        ),
        facts=Facts(note="'we won't pay until' the cuttings are removed: work not complete"),
        job="hedge",
    ),
    Reply(
        key="di-de-2",
        intent="dispute",
        lang="de",
        sender=("Jürgen Krämer", "j.kraemer@t-online.example"),
        when="2027-04-22 19:33 +0200",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        body=(
            "Guten Abend,\n\n"
            "ich habe bei Ihnen keine Baumfällung beauftragt. Die auf der Rechnung angegebene Adresse, Lindenweg 12, ist das Grundstück meines Nachbarn; ich wohne in Nr. 14. Offenbar wurde die Rechnung falsch zugeordnet.\n\n"
            "Bitte stornieren Sie die Rechnung und stellen Sie sie dem richtigen Auftraggeber aus.\n\n"
            "Mit freundlichen Grüßen\n"
            "Jürgen Krämer"
        ),
        facts=Facts(
            note="'not my order': the invoice is contested (billed to the wrong customer), no new contact named"
        ),
        job="felling",
    ),
    Reply(
        key="di-fr-1",
        intent="dispute",
        lang="fr",
        sender=("Isabelle Chauvin", "compta@golf3etangs.example"),
        when="2027-04-16 10:48 +0200",
        client="owa",
        body=(
            "Bonjour,\n\n"
            "Cette facture a été annulée par votre avoir AV-0318 du 24 mars, à la suite de notre réclamation sur la tonte des abords du practice. Elle n'est donc plus due et le solde de notre compte chez vous devrait être à zéro.\n\n"
            "Merci de mettre à jour votre relevé et de ne pas tenir compte de cette relance.\n\n"
            "Cordialement,\n\n"
            "Isabelle Chauvin\n"
            "Comptabilité\n"
            "Golf des Trois Étangs"
        ),
        facts=Facts(note="already credited (credit note AV-0318)"),
        job="contract",
    ),
    Reply(
        key="di-fr-2",
        intent="dispute",
        lang="fr",
        sender=("Patrick Lemoine", "patrick.lemoine@sfr.example"),
        when="2027-04-24 10:15 +0200",
        client="iphone",
        body=(
            "Bonjour\n\n"
            "Je ne regelerai pas cette facture en l'état. En abattant le cèdre vos employés ont cassé deux panneaux de la cloture et défoncé la pelouse avec la nacelle, il y a des ornieres de 20 cm. Personne n'est venu constater malgré mes deux appels.\n\n"
            "Je veux qu'on trouve une solution (réparation ou remise) avant de payer quoi que se soit.\n\n"
            "P. Lemoine"
        ),
        facts=Facts(note="damage caused during the job; typos and missing accents"),
        job="felling",
    ),
    Reply(
        key="di-es-1",
        intent="dispute",
        lang="es",
        sender=("Lucía Benítez", "lbenitez@fincasbenitez.example"),
        when="2027-04-28 12:20 +0200",
        client="outlook",
        body=(
            "Buenos días:\n\n"
            "Como administradora de la Comunidad de Propietarios Residencial Los Almendros, les comunico que la junta no va a abonar la factura KTS-5108-G por el importe reclamado. El presupuesto aprobado para la reducción de copa de los plátanos del jardín comunitario era de 650,00 € (IVA incluido) y la factura asciende a 820,00 €.\n\n"
            "Les rogamos que emitan una factura rectificativa por el importe presupuestado o que nos justifiquen la diferencia.\n\n"
            "Atentamente,\n\n"
            "Lucía Benítez\n"
            "Administración de Fincas Benítez"
        ),
        facts=Facts(
            refs=("KTS-5108-G",),
            note="price above the approved quote; the corrected-invoice request is secondary",
        ),
        inv="KTS-5108-G",
        amt="820.00",
        job="crown",
    ),
    Reply(
        key="di-nl-1",
        intent="dispute",
        lang="nl",
        sender=("Kees Verhoeven", "keesverhoeven@ziggo.example"),
        when="2027-04-13 08:05 +0200",
        client="samsung",
        body=(
            "Hoezo 6 uur gewerkt?? Jullie mannen waren er om half 9 en om 12 uur stonden ze alweer bij de bus. Dat is geen 6 uur. Ik betaal voor de uren die er echt gewerkt zijn en niet meer, stuur maar een nieuwe fatuur.\n\n"
            "Kees"
        ),
        facts=Facts(
            note="hours billed contested; typo 'fatuur'; the new-invoice request follows from the dispute"
        ),
        amt="486.00",
        job="hedge",
    ),
    Reply(
        key="di-nl-2",
        intent="dispute",
        lang="nl",
        sender=("Marjolein Smits", "administratie@zuiderhof-begraafplaats.example"),
        when="2027-05-04 14:25 +0200",
        client="outlook_html",
        body=(
            "Goedemiddag,\n\n"
            "Factuur KTS-5140-G is een dubbele factuur: dezelfde werkzaamheden (stobben frezen, vak C) zijn al gefactureerd onder KTS-5095-G, die wij op 12 april hebben betaald.\n\n"
            "Wij gaan ervan uit dat u KTS-5140-G crediteert en ontvangen graag de creditnota.\n\n"
            "Met vriendelijke groet,\n\n"
            "Marjolein Smits\n"
            "Administratie Begraafplaats Zuiderhof"
        ),
        facts=Facts(
            refs=("KTS-5140-G", "KTS-5095-G"),
            note="duplicate invoice; the payment mentioned is of the earlier invoice",
        ),
        inv="KTS-5140-G",
        job="stump",
    ),
    Reply(
        key="di-it-1",
        intent="dispute",
        lang="it",
        sender=(
            "Ufficio Tecnico Comune di Castelvetro Alto",
            "ufficiotecnico@comune-castelvetroalto.example",
        ),
        when="2027-04-14 12:02 +0200",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Buongiorno,\n\n"
            "con riferimento alla fattura KTS-5044-G, si segnala che la potatura dei tigli di viale della Rimembranza, prevista per la seconda metà di marzo, non risulta eseguita: il nostro personale ha verificato sul posto e le piante sono ancora nelle condizioni precedenti.\n\n"
            "La fattura non può pertanto essere liquidata. Vi preghiamo di contattarci per concordare la data dell'intervento oppure di emettere nota di credito.\n\n"
            "Cordiali saluti\n\n"
            "Geom. Marco Bellini\n"
            "Ufficio Tecnico – Comune di Castelvetro Alto"
        ),
        facts=Facts(refs=("KTS-5044-G",), note="service not done"),
        inv="KTS-5044-G",
        job="crown",
    ),
    Reply(
        key="di-it-2",
        intent="dispute",
        lang="it",
        sender=("Giulia Marchetti", "giulia.marchetti@tiscalinet.example"),
        when="2027-05-03 09:44 +0200",
        client="gmail",
        body=(
            "Buongiorno,\n\n"
            "abbiamo pagato la parte relativa all'abbattimento dei due pini (1.150 €, bonifico del 28 aprile). I restanti 300 € sono per la fresatura delle ceppaie, che però non è stata fatta: le ceppaie sono ancora lì. Quella voce non la paghiamo finché non venite a completare il lavoro.\n\n"
            "Grazie,\n"
            "Giulia Marchetti"
        ),
        facts=Facts(
            note="part paid, the rest contested: the dispute wins over the payment claim for the disputed part"
        ),
        amt="1450.00",
        job="felling",
    ),
]

PAYMENT_PLAN: Final = [
    Reply(
        key="pl-en-1",
        intent="payment_plan",
        lang="en",
        sender=("Steve Rudd", "steverudd71@gmail.com"),
        when="2027-04-14 22:03 +0100",
        client="gmail",
        body=(
            "Hi\n\n"
            "I'm really sorry about this. I was made redundant in February and I just can't find £1,640 in one go at the moment. Would you accept £200 a month? I could start on 1 May and set up a standing order so you don't have to chase me.\n\n"
            "Again, sorry. The work was great.\n\n"
            "Steve Rudd"
        ),
        facts=Facts(
            note="hardship with monthly instalments; plan dates and amounts are not labelled"
        ),
        amt="1640.00",
        job="felling",
    ),
    Reply(
        key="pl-en-2",
        intent="payment_plan",
        lang="en",
        sender=("Derek Hollis", "clerk@amblecotestmary-pc.example"),
        when="2027-04-21 09:30 +0100",
        client="outlook",
        body=(
            "Good morning,\n\n"
            "The council discussed your invoice at last night's meeting. Our precept for 2027/28 doesn't reach the bank until late May, and last year's grounds budget has been spent. Members asked whether you would accept half now (£760.00) and the balance at the end of June.\n\n"
            "If that's acceptable I'll arrange the first half as soon as I hear from you.\n\n"
            "Derek Hollis\n"
            "Clerk to Amblecote St Mary Parish Council"
        ),
        facts=Facts(note="split proposal; 'half now' is offered once agreed, not sent"),
        amt="1520.00",
        job="contract",
    ),
    Reply(
        key="pl-en-3",
        intent="payment_plan",
        lang="en",
        sender=("Fiona Marsh", "accounts@haldonlinks.example"),
        when="2027-04-30 14:12 +0100",
        client="apple",
        body=(
            "Hello,\n\n"
            "Could we ask for an extra 30 days on this one? Our subscriptions come in during May and cash is tight until then. We've never been late before and don't intend to make a habit of it.\n\n"
            "Many thanks,\n"
            "Fiona Marsh\n"
            "Finance Officer, Haldon Links Golf Club"
        ),
        facts=Facts(note="asks for more time"),
        job="contract",
    ),
    Reply(
        key="pl-de-1",
        intent="payment_plan",
        lang="de",
        sender=("Heike Sommerfeld", "heike.sommerfeld@web.example"),
        when="2027-04-16 18:20 +0200",
        client="gmail",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "der Sturm im März hat bei uns nicht nur die Kiefer umgeworfen, sondern auch das Garagendach beschädigt, und die Versicherung zahlt wegen der Selbstbeteiligung nur einen Teil. Ich kann den Betrag von 2.360 € deshalb nicht auf einmal überweisen.\n\n"
            "Wäre es möglich, die Rechnung in drei Monatsraten zu begleichen, jeweils zum 1. Mai, 1. Juni und 1. Juli?\n\n"
            "Vielen Dank für Ihr Verständnis\n"
            "Heike Sommerfeld"
        ),
        facts=Facts(note="three instalments; instalment dates are not a promised date"),
        amt="2360.00",
        job="storm",
    ),
    Reply(
        key="pl-de-2",
        intent="payment_plan",
        lang="de",
        sender=("Bernd Ostermann", "kasse@rv-lindenhof.example"),
        when="2027-05-05 20:10 +0200",
        client="thunderbird",
        cte="8bit",
        body=(
            "Guten Abend,\n\n"
            "als Kassenwart des Reitvereins bitte ich um Stundung der Rechnung bis zum 30. Juni. Unsere Mitgliedsbeiträge werden erst im Juni eingezogen, und der Vorstand hat beschlossen, bis dahin keine größeren Zahlungen zu leisten.\n\n"
            "Über eine kurze Bestätigung würde ich mich freuen.\n\n"
            "Mit freundlichen Grüßen\n"
            "Bernd Ostermann\n"
            "Kassenwart, Reitverein Lindenhof e. V."
        ),
        facts=Facts(
            note="asks for a deferral to 30 June: a plan request, not a promise; the date is not labelled"
        ),
        job="hedge",
    ),
    Reply(
        key="pl-fr-1",
        intent="payment_plan",
        lang="fr",
        sender=("Monique Blanchard", "monique.blanchard@laposte.example"),
        when="2027-04-19 15:40 +0200",
        client="apple",
        body=(
            "Bonjour,\n\n"
            "Je suis retraitée et le montant de 1 620 € représente plus que ma pension d'un mois. Serait-il possible de régler en trois fois, par trois chèques de 540 € que vous encaisseriez à un mois d'intervalle ? Je peux vous les envoyer ensemble dès votre accord.\n\n"
            "Avec mes remerciements,\n"
            "Monique Blanchard"
        ),
        facts=Facts(note="three post-dated cheques proposed"),
        amt="1620.00",
        job="felling",
    ),
    Reply(
        key="pl-es-1",
        intent="payment_plan",
        lang="es",
        sender=("Pilar Sanz", "asociacion@elcarrascal.example"),
        when="2027-04-23 11:11 +0200",
        client="gmail",
        body=(
            "Buenos días:\n\n"
            "Somos una asociación vecinal pequeña y la factura de 1.120 € se nos va del presupuesto del año. ¿Podrían dejarla en 900 €? Si aceptan, la pagamos esta misma semana.\n\n"
            "Un saludo,\n"
            "Pilar Sanz\n"
            "Tesorera – Asociación Vecinal El Carrascal"
        ),
        facts=Facts(note="asks for a reduced amount; the payment offered depends on it"),
        amt="1120.00",
        job="hedge",
    ),
    Reply(
        key="pl-es-2",
        intent="payment_plan",
        lang="es",
        sender=("Antonio Ruiz", "aruiz@viverosruiz.example"),
        when="2027-05-06 09:25 +0200",
        client="outlook_mobile",
        body=(
            "Buenos días,\n\n"
            "Estamos pasando una mala racha con el negocio. ¿Podríamos pagar la factura en plazos de 300 € al mes hasta completarla? El primero lo puedo hacer el día 15.\n\n"
            "Gracias y perdonen."
        ),
        facts=Facts(
            note="hardship and monthly instalments; the first instalment date is not a promised date"
        ),
        job="stump",
    ),
    Reply(
        key="pl-nl-1",
        intent="payment_plan",
        lang="nl",
        sender=("Sanne Visser", "sanne.visser@gmail.com"),
        when="2027-04-27 12:40 +0200",
        client="inline_gmail",
        body="",
        inline=(
            (
                2,
                "Dat bedrag kan ik helaas niet in één keer betalen. Mag ik het in twee termijnen doen: de helft nu en de rest eind mei?",
            ),
            (6, "Groetjes,\nSanne"),
        ),
        facts=Facts(note="inline answer under the quoted amount; two instalments"),
        amt="1380.00",
        job="crown",
    ),
    Reply(
        key="pl-nl-2",
        intent="payment_plan",
        lang="nl",
        sender=("Ruud Janssen", "administratie@obs-vlinderboom.example"),
        when="2027-04-15 13:55 +0200",
        client="owa",
        body=(
            "Geachte heer/mevrouw,\n\n"
            "Ons budget voor terreinonderhoud is voor dit schooljaar helaas op. Het nieuwe budget gaat in op 1 augustus. Zou u ermee akkoord gaan dat wij de betaling uitstellen tot begin september? Wij betalen dan het volledige bedrag in één keer.\n\n"
            "Met vriendelijke groet,\n\n"
            "Ruud Janssen\n"
            "Financiële administratie\n"
            "OBS De Vlinderboom"
        ),
        facts=Facts(note="asks to defer payment to September"),
        job="contract",
    ),
    Reply(
        key="pl-it-1",
        intent="payment_plan",
        lang="it",
        sender=("Laura Greco", "amministrazione@villaserena-condominio.example"),
        when="2027-04-29 10:05 +0200",
        client="outlook_html",
        body=(
            "Buongiorno,\n\n"
            "l'assemblea condominiale del 27 aprile ha approvato il pagamento della vostra fattura, ma ha chiesto di poterlo suddividere in quattro rate mensili di pari importo (€ 800,00 ciascuna), a partire da maggio.\n\n"
            "Restiamo in attesa di un vostro riscontro.\n\n"
            "Cordiali saluti\n\n"
            "Laura Greco\n"
            "Amministrazione Condominio Villa Serena"
        ),
        facts=Facts(note="four monthly instalments requested"),
        amt="3200.00",
        job="felling",
    ),
    Reply(
        key="pl-it-2",
        intent="payment_plan",
        lang="it",
        sender=("Sandro Bartoli", "info@agriturismoilpoggio.example"),
        when="2027-05-07 08:30 +0200",
        client="iphone",
        cte="8bit",
        body=(
            "Buongiorno, scusate se rispondo solo ora. Quest'anno è andata male: la grandinata di marzo ci ha rovinato mezzo uliveto, le prenotazioni di Pasqua sono saltate e adesso stiamo aspettando il contributo della Regione che chissà quando arriva. Il lavoro che avete fatto sui cipressi è stato ottimo, non c'è niente da dire. Però in questo momento non ce la faccio a pagare tutto. Potete darmi un paio di mesi in più? Oppure dividiamo in due o tre volte, come preferite voi.\n\n"
            "Sandro"
        ),
        facts=Facts(note="long hardship story; asks for more time or instalments"),
        job="crown",
    ),
]

INVOICE_REQUEST: Final = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        sender=("Sarah Penrose", "office@trevannionestate.example"),
        when="2027-04-13 10:30 +0100",
        client="outlook_html",
        body=(
            "Morning,\n\n"
            "I can't find this invoice anywhere in our system – I suspect it went to the old estate office address before we moved in January. Could you email me a copy and I'll get it paid?\n\n"
            "Thanks,\n"
            "Sarah Penrose\n"
            "Estate Office, Trevannion Estate"
        ),
        facts=Facts(
            note="copy requested; 'I'll get it paid' depends on receiving it, so invoice_request, not a promise"
        ),
        job="felling",
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        sender=("Priya Raman", "finance@fairholmeacademy.example"),
        when="2027-04-26 14:48 +0100",
        client="outlook_html",
        body=(
            "Dear Kestrel Tree Surgery,\n\n"
            "Before we can pay, our finance policy requires us to verify supplier bank details independently. Could you please send your bank details on company letterhead, signed by a director, together with a landline number we can call to confirm them?\n\n"
            "This is a standard check following several attempted frauds against schools in our area. Apologies for the inconvenience.\n\n"
            "Kind regards,\n\n"
            "Priya Raman\n"
            "Finance Assistant\n"
            "Fairholme Academy\n\n"
            "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Fairholme Academy is part of the Fairholme Learning Trust, a charitable company limited by guarantee."
        ),
        facts=Facts(note="bank details on letterhead needed before payment"),
        job="contract",
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        sender=("Kirsty Reid", "accounts@kilbrannanestates.example"),
        when="2027-05-04 11:15 +0100",
        client="gmail",
        body=(
            "Hello,\n\n"
            "We have several invoices from you across the estate (the Home Farm, the caravan park and the big house), and I'm struggling to match them to the reminders. Could you send me a full statement of account showing what you think is outstanding? I'll reconcile it against our ledger and pay whatever's due in one go.\n\n"
            "Many thanks,\n"
            "Kirsty Reid\n"
            "Accounts, Kilbrannan Estates"
        ),
        facts=Facts(note="statement of account requested before paying"),
        job="storm",
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        sender=("Stefan Huber", "kaemmerei@markt-eschenbrunn.example"),
        when="2027-04-20 09:12 +0200",
        client="outlook_html",
        charset="windows-1252",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "für die Anweisung der Rechnung KTS-5082-G benötigen wir noch den vom Bauhof unterschriebenen Leistungsnachweis (Stundenzettel der Baumpflegearbeiten am Sportplatz). Ohne diesen Nachweis können wir die Zahlung haushaltsrechtlich nicht freigeben.\n\n"
            "Bitte senden Sie uns den Nachweis per E-Mail oder per Post zu.\n\n"
            "Mit freundlichen Grüßen\n"
            "Stefan Huber\n"
            "Kämmerei\n"
            "Markt Eschenbrunn"
        ),
        facts=Facts(
            refs=("KTS-5082-G",), note="signed proof of work needed before the municipality can pay"
        ),
        inv="KTS-5082-G",
        job="crown",
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        sender=("Olivier Marchal", "comptabilite@villiers-la-foret.example"),
        when="2027-04-15 10:20 +0200",
        client="outlook",
        body=(
            "Bonjour,\n\n"
            "En tant que collectivité territoriale, nous ne pouvons traiter que les factures déposées sur le portail Chorus Pro. Votre facture nous a été adressée uniquement par courriel et n'a donc pas pu être mise en paiement.\n\n"
            "Merci de la déposer sur Chorus Pro en indiquant notre SIRET et le numéro d'engagement 2027-0142. Le délai de paiement courra à compter de ce dépôt.\n\n"
            "Cordialement,\n\n"
            "Olivier Marchal\n"
            "Service comptabilité\n"
            "Commune de Villiers-la-Forêt"
        ),
        facts=Facts(
            note="public body: the invoice must be resubmitted through Chorus Pro with a commitment number"
        ),
        job="contract",
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        sender=("Sylvie Caron", "sylvie.caron56@orange.fr"),
        when="2027-04-29 19:02 +0200",
        client="orange",
        charset="iso-8859-1",
        body="Bonjour,\n\nje n'ai jamais recu cette facture, pouvez vous me la renvoyer svp ? je regle des reception.\n\nSylvie Caron",
        facts=Facts(note="never received; paying on receipt depends on the copy; missing accents"),
        job="hedge",
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        sender=("Nuria Gil", "contabilidad@hotelruralolivos.example"),
        when="2027-04-14 12:40 +0200",
        client="outlook_html",
        body=(
            "Buenos días:\n\n"
            "Para poder contabilizar y pagar la factura KTS-5039-G necesitamos que nos la emitan de nuevo con nuestros datos fiscales correctos: la razón social es Olivar del Sur Turismo, S.L., con CIF B00000417. La que nos enviaron va a nombre del anterior propietario.\n\n"
            "El importe es correcto.\n\n"
            "Un saludo,\n"
            "Nuria Gil\n"
            "Contabilidad – Hotel Rural Los Olivos"
        ),
        facts=Facts(
            refs=("KTS-5039-G",),
            note="reissue with the correct tax details; the amount is not contested",
        ),
        inv="KTS-5039-G",
        job="felling",
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        sender=("Emilio Navarro", "emilio.navarro@telefonica-mail.example"),
        when="2027-05-03 18:05 +0200",
        client="gmail",
        body="Hola, ¿me pueden pasar el número de cuenta? En la factura no viene el IBAN y no quiero equivocarme. Gracias.\n\nEmilio",
        facts=Facts(note="bank details requested"),
        job="hedge",
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        sender=("Fatima El Amrani", "crediteuren@waterbroek.example"),
        when="2027-04-19 09:05 +0200",
        client="outlook_html",
        body=(
            "Goedemorgen,\n\n"
            "Factuur KTS-5053-G is door ons systeem afgekeurd omdat er geen inkoopordernummer op staat. Wilt u de factuur opnieuw indienen met ordernummer 4500082731? Daarna wordt hij binnen de gebruikelijke termijn betaald.\n\n"
            "Met vriendelijke groet,\n\n"
            "Fatima El Amrani\n"
            "Crediteurenadministratie\n"
            "Gemeente Waterbroek"
        ),
        facts=Facts(
            refs=("KTS-5053-G",), note="reissue with a PO number; payment follows the reissue"
        ),
        inv="KTS-5053-G",
        job="contract",
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        sender=("Henk Mulder", "h.mulder@vvedeeik.example"),
        when="2027-04-30 11:30 +0200",
        client="inline_tb",
        cte="8bit",
        body="",
        inline=(
            (
                2,
                "Kunt u mij een kopie van de factuur en de getekende werkbon sturen? Ik ben nieuw als penningmeester van de VvE en kan in het archief niets terugvinden.",
            ),
            (6, "Met vriendelijke groet,\nHenk Mulder\nPenningmeester VvE De Eik"),
        ),
        facts=Facts(note="inline; copy of the invoice and the signed job sheet"),
        job="stump",
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        sender=("Chiara Lombardi", "ragioneria@comune-sanvitoalpiano.example"),
        when="2027-04-16 11:35 +0200",
        client="outlook",
        body=(
            "Gentile fornitore,\n\n"
            "la fattura da voi inviata per e-mail non può essere accettata: le pubbliche amministrazioni possono ricevere solo fatture elettroniche tramite il Sistema di Interscambio (SdI). Vi chiediamo di riemetterla in formato elettronico indicando il codice univoco ufficio UF4K7Q e il CIG Z0A3B4C5D6.\n\n"
            "Cordiali saluti\n\n"
            "Rag. Chiara Lombardi\n"
            "Ufficio Ragioneria\n"
            "Comune di San Vito al Piano"
        ),
        facts=Facts(note="public body: electronic invoice through SdI required before payment"),
        job="crown",
    ),
    Reply(
        key="ir-it-2",
        intent="invoice_request",
        lang="it",
        sender=("Roberto Esposito", "roberto.esposito@tiscali.example"),
        when="2027-04-23 21:40 +0200",
        client="samsung",
        body="Buonasera, mi potete rimandare la fattura? Non la trovo più, forse l'ho cancellata per sbaglio. Grazie\n\nRoberto Esposito",
        facts=Facts(note="copy requested"),
        job="hedge",
    ),
]

WRONG_CONTACT: Final = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        sender=("Janice Whitlow", "janice.whitlow@hollingham-pc.example"),
        when="2027-04-12 13:20 +0100",
        client="outlook",
        body=(
            "Hello,\n\n"
            "I stood down as clerk to Hollingham Parish Council at the end of March. The new clerk is Mr Adrian Fell, clerk@hollinghamparish.example – please send the invoice and any reminders to him and he'll deal with it.\n\n"
            "Best wishes,\n"
            "Janice Whitlow"
        ),
        facts=Facts(contact="clerk@hollinghamparish.example"),
        job="hedge",
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        sender=("Oakfield Grammar School Finance", "finance@oakfieldgrammar.example"),
        when="2027-04-21 09:03 +0100",
        client="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GENERATED, NO_AUTO_RESPONSE),
        body=(
            "Thank you for your email.\n\n"
            "Please note that this mailbox is no longer monitored. Oakfield Grammar School's finance office has moved to the Trust's shared service centre.\n\n"
            "Invoices, statements and payment queries should now be sent to accounts.payable@oakfieldtrust.example. Messages sent to this address are not forwarded.\n\n"
            "Oakfield Grammar School"
        ),
        facts=Facts(
            contact="accounts.payable@oakfieldtrust.example",
            note="automatic 'mailbox no longer monitored' notice naming the new mailbox: wrong_contact",
        ),
        job="contract",
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        sender=("Greystones Golf Club Accounts", "accounts@greystones-golfclub.example"),
        when="2027-04-27 07:12 +0100",
        client="outlook_html",
        orig_to="accounts@greystonesgolfclub.example",
        body=(
            "Dear Supplier,\n\n"
            "Please be advised that with immediate effect our accounts payable function has been outsourced. Kindly update your records and direct all invoices, statements and reminders to our new processing address: greystones.ap.processing@gmail.com\n\n"
            "Do not send further correspondence to the previous address as it is being decommissioned. Please confirm once your records have been updated.\n\n"
            "Regards,\n"
            "Accounts Payable\n"
            "Greystones Golf Club"
        ),
        facts=Facts(
            contact="greystones.ap.processing@gmail.com",
            note="redirect request with scam signs (look-alike sender domain, free-mail target, urgency); labelled for what it asks; verify by phone before changing anything",
        ),
        job="contract",
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        sender=("Klaus Petersen", "k.petersen@gut-eichenhof.example"),
        when="2027-04-15 16:45 +0200",
        client="iphone",
        body="Guten Tag,\n\nich bin seit dem 1. April nicht mehr bei der Gutsverwaltung Eichenhof. Für Rechnungen ist jetzt Frau Wagner zuständig: buchhaltung@gut-eichenhof.example\n\nViele Grüße\nKlaus Petersen",
        facts=Facts(contact="buchhaltung@gut-eichenhof.example"),
        job="felling",
    ),
    Reply(
        key="wc-de-2",
        intent="wrong_contact",
        lang="de",
        sender=("Dieter Krüger", "dieter.krueger@gmx.de"),
        when="2027-04-26 10:10 +0200",
        client="gmx",
        body="Hallo,\n\nda sind Sie bei mir falsch. Ich heiße zwar Krüger, habe aber nie einen Baumpfleger beauftragt und wohne in einer Mietwohnung ohne Garten. Vermutlich wurde die E-Mail-Adresse verwechselt.\n\nD. Krüger",
        facts=Facts(note="wrong recipient altogether, no new address"),
        job="crown",
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        sender=("Bernard Lefèvre", "bernard.lefevre@golfdeschenes.example"),
        when="2027-04-20 18:30 +0200",
        client="gmail",
        body=(
            "Bonjour,\n\n"
            "Je ne suis plus trésorier du Golf des Chênes depuis l'assemblée générale de mars. Merci d'adresser désormais vos factures et relances à ma successeure, Mme Claire Dubois : tresorerie@golfdeschenes.example\n\n"
            "Bien cordialement,\n"
            "Bernard Lefèvre"
        ),
        facts=Facts(contact="tresorerie@golfdeschenes.example"),
        job="contract",
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        sender=("Cimetière intercommunal du Val d'Orge", "contact@cimetiere-valdorge.example"),
        when="2027-04-28 08:00 +0200",
        client="notice",
        subject="Réponse automatique : {rsub}",
        headers=(NO_AUTO_RESPONSE, ("Precedence", "bulk")),
        body=(
            "Bonjour,\n\n"
            "Cette adresse n'est plus consultée depuis le 1er avril 2027.\n\n"
            "Pour toute question relative aux factures et aux paiements, merci d'écrire à : regie.cimetiere@valdorge-agglo.example\n\n"
            "Les messages reçus à cette adresse ne sont pas transférés."
        ),
        facts=Facts(
            contact="regie.cimetiere@valdorge-agglo.example",
            note="automatic 'address no longer read' notice without Auto-Submitted",
        ),
        job="stump",
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        sender=("Carmen Vidal", "carmen.vidal@fincasvidal.example"),
        when="2027-04-14 17:20 +0200",
        client="gmail",
        body="Buenas tardes:\n\nDesde enero ya no llevo la administración de la Comunidad Jardines del Turia. Ahora la gestiona Fincas Soler; les paso su correo: administracion@fincassoler.example\n\nUn saludo,\nCarmen Vidal",
        facts=Facts(contact="administracion@fincassoler.example"),
        job="hedge",
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        sender=("Manuel Ortega", "manuel@bodegasortega.example"),
        when="2027-04-30 10:50 +0200",
        client="outlook_html",
        headers=(
            (
                "Cc",
                address("Gestoría Navarro", "Facturas@Gestoria-Navarro.example", charset="utf-8"),
            ),
        ),
        body=(
            "Buenos días:\n\n"
            "Les pongo en copia a nuestra gestoría, que es quien tramita los pagos a proveedores. Por favor, a partir de ahora envíen las facturas y los recordatorios directamente a Facturas@Gestoria-Navarro.example.\n\n"
            "Gracias,\n"
            "Manuel Ortega\n"
            "Bodegas Ortega"
        ),
        facts=Facts(
            contact="facturas@gestoria-navarro.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        job="crown",
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        sender=("Jeroen Bosman", "info@bosman-hoveniers.example"),
        when="2027-04-16 12:05 +0200",
        client="samsung",
        body="Hallo,\n\nIk ben de hovenier die het onderhoud doet, niet de eigenaar. Deze factuur moet naar de VvE: beheer@vve-parkzicht.example\n\nGroet,\nJeroen Bosman",
        facts=Facts(contact="beheer@vve-parkzicht.example"),
        job="hedge",
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        sender=("Esther Kok", "secretariaat@golfduinzicht.example"),
        when="2027-05-03 14:00 +0200",
        client="owa",
        body=(
            "Goedemiddag,\n\n"
            "Wilt u facturen en herinneringen voortaan naar ons scanadres sturen: facturen@golfduinzicht.example? Mails aan het secretariaat komen niet bij de administratie terecht.\n\n"
            "Met vriendelijke groet,\n"
            "Esther Kok\n"
            "Secretariaat Golfclub Duinzicht"
        ),
        facts=Facts(contact="facturen@golfduinzicht.example"),
        job="contract",
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        sender=("Paolo Rinaldi", "paolo.rinaldi@golfcollineverdi.example"),
        when="2027-04-22 15:30 +0200",
        client="apple",
        body="Buongiorno,\n\nda febbraio non mi occupo più della contabilità del circolo. Vi prego di scrivere alla segreteria amministrativa: amministrazione@golfcollineverdi.example\n\nSaluti,\nPaolo Rinaldi",
        facts=Facts(contact="amministrazione@golfcollineverdi.example"),
        job="contract",
    ),
]

UNSUBSCRIBE: Final = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        sender=("R. J. Acton", "bursary@whitcombehouse.example"),
        when="2027-04-19 10:00 +0100",
        client="outlook",
        body=(
            "Dear Sirs,\n\n"
            "Please remove this address from your mailing list. The school does not accept invoices or statements by email. All correspondence regarding this account must be sent by post to The Bursar, Whitcombe House School, Whitcombe, and will be dealt with in the usual way.\n\n"
            "Yours faithfully,\n\n"
            "R. J. Acton\n"
            "Bursar"
        ),
        facts=Facts(note="post only"),
        job="contract",
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        sender=("Tom Ashworth", "tom.ashworth@ashworthfarm.example"),
        when="2027-04-23 16:55 +0100",
        client="iphone",
        body="Stop emailing me. This is in the hands of our solicitors, Harland & Vey, and all communication goes through them from now on. Quote ref TA/0427.",
        facts=Facts(
            note="'talk to our solicitors', no address: unsubscribe (it beats the implied dispute)"
        ),
        job="felling",
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        sender=("Greg Halloran", "greg@halloranbuild.example"),
        when="2027-05-05 08:40 +0100",
        client="gmail",
        body="For the fourth time: this was paid on 2 April. Check your own bank statement. STOP sending me these automated emails.\n\nG. Halloran",
        facts=Facts(
            note="stop request plus a payment claim: unsubscribe beats everything but bounce, so no paid_date"
        ),
        job="stump",
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        sender=("Renate Bauer", "fam.bauer@t-online.example"),
        when="2027-04-13 19:15 +0200",
        client="outlook",
        charset="iso-8859-1",
        body="Sehr geehrte Damen und Herren,\n\nbitte nehmen Sie meine E-Mail-Adresse aus Ihrem Verteiler. Schriftverkehr zu meinem Kundenkonto wünsche ich ausschließlich per Post.\n\nMit freundlichen Grüßen\nRenate Bauer",
        facts=Facts(note="post only"),
        job="hedge",
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        sender=("Markus Keller", "info@hv-keller.example"),
        when="2027-04-27 11:50 +0200",
        client="outlook_html",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "in dieser Angelegenheit wird sich unser Rechtsanwalt, Herr Dr. Menke (Kanzlei Menke & Vogel), mit Ihnen in Verbindung setzen. Wir bitten Sie, von weiteren E-Mails an uns abzusehen.\n\n"
            "Mit freundlichen Grüßen\n"
            "Markus Keller\n"
            "Hausverwaltung Keller GmbH"
        ),
        facts=Facts(note="lawyer named, stop request, no address"),
        job="felling",
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        sender=("Anne-Laure Petit", "annelaure.petit@gmail.com"),
        when="2027-04-16 22:40 +0200",
        client="gmail",
        body=(
            "Bonsoir,\n\n"
            "Merci de ne plus m'écrire à cette adresse, c'est ma boîte personnelle et je ne gère pas les factures de l'association. Retirez-moi de vos listes, s'il vous plaît.\n\n"
            "A.-L. Petit"
        ),
        facts=Facts(
            note="remove me + not the right person, no new address: unsubscribe beats wrong_contact"
        ),
        job="hedge",
    ),
    Reply(
        key="un-fr-2",
        intent="unsubscribe",
        lang="fr",
        sender=("Jean-Marc Girard", "sci.lestilleuls@wanadoo.example"),
        when="2027-05-04 09:30 +0200",
        client="thunderbird",
        cte="8bit",
        body=(
            "Monsieur,\n\n"
            "Je vous prie de cesser tout envoi de relances par courriel. Ce dossier est désormais suivi par notre avocat, Maître Lefebvre, à qui toute correspondance devra être adressée par lettre recommandée.\n\n"
            "J.-M. Girard\n"
            "Gérant, SCI Les Tilleuls"
        ),
        facts=Facts(note="stop + lawyer + registered post only"),
        job="felling",
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        sender=("Rosa Martín", "rosamartin62@hotmail.com"),
        when="2027-04-21 20:20 +0200",
        client="owa",
        body="No me manden mas correos, gracias.",
        facts=Facts(note="one line, missing accent"),
        job="hedge",
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        sender=("Fernando Castillo", "fcastillo@construccionescastillo.example"),
        when="2027-05-06 12:10 +0200",
        client="gmail",
        body="Dejen de escribirme, por favor. Ya está pagado y ustedes lo saben perfectamente; es el tercer aviso que recibo.\n\nFernando Castillo",
        facts=Facts(note="stop request plus a payment claim: unsubscribe wins"),
        job="storm",
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        sender=("Piet van Dijk", "pvandijk@planet.example"),
        when="2027-04-30 07:45 +0200",
        client="iphone",
        body="Afmelden.",
        facts=Facts(note="one word"),
        job="hedge",
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        sender=("Giovanni Ricci", "giovanni.ricci@alice.example"),
        when="2027-04-15 14:25 +0200",
        client="outlook",
        body="Buongiorno,\n\nvi prego di cancellare il mio indirizzo dalla vostra lista di invio: non desidero ricevere altre comunicazioni via e-mail.\n\nGiovanni Ricci",
        facts=Facts(),
        job="crown",
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        sender=("Segreteria Circolo Tennis Valverde", "segreteria@ctvalverde.example"),
        when="2027-04-28 12:00 +0200",
        client="gmail",
        body=(
            "Buongiorno,\n\n"
            "su indicazione del consiglio direttivo vi comunichiamo che da oggi accettiamo solleciti e comunicazioni amministrative esclusivamente per raccomandata A/R all'indirizzo della sede. Non scriveteci più a questo indirizzo e-mail.\n\n"
            "La segreteria\n"
            "Circolo Tennis Valverde"
        ),
        facts=Facts(note="registered post only"),
        job="contract",
    ),
]

AUTO_REPLY: Final = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        sender=("Caroline Frost", "c.frost@brambleheath-estate.example"),
        when="2027-04-14 09:41 +0100",
        client="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GENERATED, NO_AUTO_RESPONSE),
        body="Thank you for your email. I am on annual leave until Monday 26 April with no access to email, and will reply on my return.\n\nCaroline Frost\nEstate Manager, Brambleheath Estate",
        facts=Facts(back="2027-04-26", note="'until Monday 26 April' → that date"),
        job="felling",
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        sender=("Harrowdene Schools Partnership Finance", "financehelp@harrowdene-sp.example"),
        when="2027-04-20 11:02 +0100",
        client="notice",
        subject="[Ticket FIN-20417] Re: {rsub}",
        headers=(("Precedence", "bulk"),),
        body=(
            "Hello,\n\n"
            "Thank you for contacting the Harrowdene Schools Partnership finance team. Your email has been logged as ticket FIN-20417 and passed to the accounts payable queue.\n\n"
            "We aim to respond to supplier queries within five working days. Please quote the ticket number in any further correspondence so that we can link it to this request.\n\n"
            "This is an automated message from our helpdesk system. Replies to this email are added to your ticket."
        ),
        facts=Facts(
            note="ticket acknowledgement with Precedence: bulk and no Auto-Submitted; a response time is not a return date"
        ),
        job="contract",
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        sender=("Callum Baird", "callum.baird@strathvenn-estate.example"),
        when="2027-04-29 17:30 +0100",
        client="notice",
        subject="Away from the office",
        headers=(AUTO_REPLIED,),
        body=(
            "Hello,\n\n"
            "I'm away from Friday 30 April and back at my desk on Tuesday 4 May (Monday is the early May bank holiday).\n\n"
            "For anything urgent about the estate, please call the estate office on 01632 960712 or email Fiona at office@strathvenn-estate.example.\n\n"
            "Callum Baird\n"
            "Factor, Strathvenn Estate"
        ),
        facts=Facts(
            back="2027-05-04",
            note="vacation responder naming a colleague's address: new_contact stays null",
        ),
        job="storm",
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        sender=("Stephanie Wolf", "s.wolf@waldfriedhof-ahrenberg.example"),
        when="2027-04-30 08:20 +0200",
        client="notice",
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Ich befinde mich bis einschließlich 7. Mai im Urlaub und bin ab Montag, dem 10. Mai, wieder im Büro. Ihre E-Mail wird nicht weitergeleitet.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an die Friedhofsverwaltung unter 07000 55120.\n\n"
            "Mit freundlichen Grüßen\n"
            "Stephanie Wolf\n"
            "Friedhofsverwaltung Waldfriedhof Ahrenberg"
        ),
        facts=Facts(back="2027-05-10", note="'wieder im Büro ab' wins over 'bis einschließlich'"),
        job="stump",
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        sender=("Buchhaltung Golf- und Landclub Rosenau", "buchhaltung@glc-rosenau.example"),
        when="2027-05-04 13:10 +0200",
        client="notice",
        subject="Eingangsbestätigung: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "vielen Dank für Ihre E-Mail. Ihre Nachricht ist bei uns eingegangen und wird unter der Vorgangsnummer 2027-0504-117 bearbeitet. Wir melden uns so schnell wie möglich bei Ihnen.\n\n"
            "Bitte beachten Sie: Eingangsrechnungen werden bei uns einmal wöchentlich, jeweils donnerstags, geprüft.\n\n"
            "Ihre Buchhaltung\n"
            "Golf- und Landclub Rosenau"
        ),
        facts=Facts(
            note="receipt acknowledgement without Auto-Submitted; the weekly Thursday check is not a promise"
        ),
        job="contract",
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        sender=("Valérie Moreau", "v.moreau@lycee-agricole-beauval.example"),
        when="2027-04-19 07:55 +0200",
        client="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_GENERATED, NO_AUTO_RESPONSE),
        body=(
            "Bonjour,\n\n"
            "Je suis absente du 19 au 30 avril inclus. Je reprendrai mes fonctions le lundi 3 mai et traiterai votre message à mon retour.\n\n"
            "Pour toute urgence concernant l'intendance, merci de contacter le secrétariat au 01 00 00 04 17.\n\n"
            "Valérie Moreau\n"
            "Gestionnaire – Lycée agricole de Beauval"
        ),
        facts=Facts(back="2027-05-03", note="the stated day back wins over 'inclus'"),
        job="hedge",
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        sender=("Hervé Garnier", "herve.garnier@wanadoo.fr"),
        when="2027-05-03 06:00 +0200",
        client="notice",
        charset="iso-8859-1",
        subject="Message d'absence",
        body="Bonjour, je suis en déplacement à l'étranger jusqu'au 14 mai et je ne consulte pas mes mails. Je vous répondrai à mon retour.\nHervé Garnier",
        facts=Facts(
            back="2027-05-14",
            note="'jusqu'au 14 mai' → that date; no Auto-Submitted or other auto header",
        ),
        job="felling",
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        sender=("Laura Jiménez", "ljimenez@colegiosanjorge.example"),
        when="2027-04-12 08:30 +0200",
        client="notice",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Gracias por su mensaje.\n\n"
            "Estaré fuera de la oficina hasta el viernes 16 de abril, sin acceso al correo. Volveré a atender los mensajes a partir del lunes 19.\n\n"
            "Para asuntos urgentes de administración pueden llamar al 960 000 417.\n\n"
            "Laura Jiménez\n"
            "Administración – Colegio San Jorge"
        ),
        facts=Facts(
            back="2027-04-19", note="'a partir del lunes 19' wins over 'hasta el viernes 16'"
        ),
        job="contract",
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        sender=("Mark de Boer", "m.deboer@landgoed-heidestein.example"),
        when="2027-04-21 10:00 +0200",
        client="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_GENERATED, NO_AUTO_RESPONSE),
        body=(
            "Beste afzender,\n\n"
            "Ik ben tot en met vrijdag 23 april afwezig. Vanaf woensdag 28 april ben ik weer op kantoor; uw bericht wordt niet doorgestuurd.\n\n"
            "Met vriendelijke groet,\n"
            "Mark de Boer\n"
            "Rentmeester Landgoed Heidestein"
        ),
        facts=Facts(
            back="2027-04-28", note="the stated day back (after Koningsdag) wins over 'tot en met'"
        ),
        job="felling",
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        sender=("Femke Jacobs", "f.jacobs@begraafplaats-oosterveld.example"),
        when="2027-05-07 09:15 +0200",
        client="notice",
        subject="Afwezig: {rsub}",
        headers=(AUTO_REPLIED,),
        body="Goedendag,\n\nWegens ziekte ben ik voorlopig afwezig. Uw e-mail wordt niet automatisch doorgestuurd. Voor facturen kunt u terecht bij de financiële administratie van de gemeente, telefoon 14 0000.\n\nFemke Jacobs",
        facts=Facts(note="absence without a return date"),
        job="stump",
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        sender=("Francesca Moretti", "f.moretti@golfvalleverde.example"),
        when="2027-04-22 12:00 +0200",
        client="notice",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        body=(
            "Gentile mittente,\n\n"
            "sarò fuori ufficio fino a lunedì 26 aprile compreso, con accesso limitato alla posta elettronica. Rientrerò martedì 27 aprile.\n\n"
            "Per urgenze potete rivolgervi alla segreteria del circolo.\n\n"
            "Francesca Moretti\n"
            "Amministrazione – Golf Club Valle Verde"
        ),
        facts=Facts(back="2027-04-27", note="the stated day back wins over 'fino a … compreso'"),
        job="contract",
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        sender=(
            "Assistenza Fornitori Gruppo Scolastico Don Milani",
            "fornitori@gsdonmilani.example",
        ),
        when="2027-04-14 16:40 +0200",
        client="notice",
        subject="[Richiesta n. 48213] {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body=(
            "Gentile fornitore,\n\n"
            "la sua richiesta è stata registrata con il numero 48213 e assegnata all'ufficio amministrativo. Riceverà una risposta entro 3 giorni lavorativi.\n\n"
            "Questo è un messaggio generato automaticamente: si prega di non rispondere."
        ),
        facts=Facts(
            note="ticket acknowledgement without Auto-Submitted; '3 giorni lavorativi' is a response time, not a return date"
        ),
        job="hedge",
    ),
]

OTHER: Final = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        sender=("Ruth Ellison", "ruth.ellison@talktalk.example"),
        when="2027-04-16 12:12 +0100",
        client="iphone",
        body="Didn't we pay this already? I'm sure my husband paid you when the lads finished.\n\nRuth",
        facts=Facts(
            note="a question, not a payment claim and not a document request: someone has to check the ledger"
        ),
        job="felling",
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        sender=("Rob Tanner", "rob.tanner@tannerfarms.example"),
        when="2027-04-27 06:48 +0100",
        client="outlook_mobile",
        subject="Out of office",
        body="Out on the farm all week with no signal worth mentioning. Can someone ring me about this on 07700 900418, evenings best? There's something I need to talk through about the invoice.\n\nRob",
        facts=Facts(
            note="written by a person; the subject says 'Out of office' but it asks for a call; no return date, no dispute stated"
        ),
        job="felling",
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        sender=("Philippa Grant", "pipgrant@gmail.com"),
        when="2027-05-05 13:30 +0100",
        client="gmail",
        body=(
            "Hi,\n\n"
            "Got this, thanks. Two things while I have you: one of your team left a pair of ear defenders and a rake behind the shed – do you want to pick them up or shall I drop them at the yard? And could someone come and look at the beech by the gate? It's dropped a big limb onto the lane and I'd like a quote for making it safe.\n\n"
            "Philippa"
        ),
        facts=Facts(note="acknowledgement plus new work; nothing about paying"),
        job="crown",
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        sender=("Ulrike Hartmann", "ulrike.hartmann@posteo.example"),
        when="2027-04-12 17:40 +0200",
        client="apple",
        body="Hallo,\n\nherzlichen Dank noch einmal für den schnellen Einsatz nach dem Sturm! Die Rechnung habe ich an unsere Hausverwaltung weitergegeben, die kümmert sich um alles Weitere.\n\nSonnige Grüße\nUlrike Hartmann",
        facts=Facts(
            note="passed on to the property manager without an address: no new contact, no commitment"
        ),
        job="storm",
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        sender=("Christophe Masson", "christophe.masson@neuf.example"),
        when="2027-04-22 13:15 +0200",
        client="gmail",
        body=(
            "Bonjour,\n\n"
            "Bien reçu. Par ailleurs, quand pouvez-vous passer pour la taille de la haie de thuyas prévue au printemps ? Nous serons absents du 10 au 20 mai.\n\n"
            "Cordialement,\n"
            "Christophe Masson"
        ),
        facts=Facts(
            note="acknowledgement and scheduling of new work; the absence is the writer's own, in a human reply"
        ),
        job="crown",
    ),
    Reply(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        sender=("Claire Besson", "claire.besson@laposte.example"),
        when="2027-04-26 11:40 +0200",
        client="thunderbird",
        cte="8bit",
        body=(
            "Bonjour,\n\n"
            "Je vous écris au sujet de votre courrier adressé à mon père, M. André Besson. Mon père est décédé le 2 avril. Je m'occupe de ses affaires avec le notaire, Maître Roussel, à Chartres. Je ne sais pas encore comment la succession va s'organiser, mais je lui transmettrai votre facture.\n\n"
            "Merci de votre compréhension.\n\n"
            "Claire Besson"
        ),
        facts=Facts(note="bereavement: a person must handle it; no commitment and no address"),
        job="felling",
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        sender=("Isabel Herrero", "isabel.herrero@movistar-mail.example"),
        when="2027-04-19 16:05 +0200",
        client="iphone",
        body="Hola. No me suena de nada su empresa. ¿Esto es un timo? Antes de nada quiero hablar con alguien por teléfono.\n\nIsabel Herrero",
        facts=Facts(note="suspicion and a call request; not a dispute of a known invoice"),
        job="hedge",
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        sender=("Álvaro Prieto", "gerencia@clubladehesa.example"),
        when="2027-04-29 10:40 +0200",
        client="html_only",
        body=(
            "Buenos días:\n\n"
            "Aprovecho su correo para preguntarles si podrían pasar la próxima semana a revisar la encina grande junto al hoyo 7; con el viento del lunes se ha desgajado una rama y queremos un presupuesto antes del torneo.\n\n"
            "La factura la tiene contabilidad.\n\n"
            "Un saludo,\n"
            "Álvaro Prieto\n"
            "Gerente – Club de Campo La Dehesa"
        ),
        facts=Facts(
            note="new work request; 'accounts has the invoice' is neither a promise nor a new contact"
        ),
        job="contract",
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        sender=("Lotte Hendriks", "lotte.hendriks@outlook.com"),
        when="2027-04-14 19:50 +0200",
        client="outlook_mobile",
        body="Ontvangen, ik kijk er na de meivakantie naar.\n\nLotte",
        facts=Facts(note="'I'll look at it after the May holiday' is no commitment to pay"),
        job="hedge",
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        sender=("Gerrit Vos", "bestuur@hetwoud-natuurbegraafplaats.example"),
        when="2027-05-07 10:20 +0200",
        client="gmail",
        body=(
            "Goedemorgen,\n\n"
            "Naar aanleiding van uw mail: het bestuur wil graag een offerte voor het snoeien van de eikenlaan langs het nieuwe grafveld, bij voorkeur uit te voeren na het broedseizoen. Kunt u daarvoor een keer langskomen?\n\n"
            "Met vriendelijke groet,\n"
            "Gerrit Vos\n"
            "Secretaris"
        ),
        facts=Facts(note="quote request for new work"),
        job="stump",
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        sender=("Luca Conti", "luca.conti@studiotecnicoconti.example"),
        when="2027-04-13 09:50 +0200",
        client="outlook_html",
        body="Buongiorno,\n\nricevuto, grazie. Giro la vostra comunicazione al committente e resto a disposizione per eventuali chiarimenti sul cantiere.\n\nCordiali saluti\nGeom. Luca Conti\nStudio Tecnico Conti",
        facts=Facts(note="acknowledgement; passing it on is not a new contact"),
        job="felling",
    ),
    Reply(
        key="ot-it-2",
        intent="other",
        lang="it",
        sender=("Marina Rossi", "marina.rossi@fastwebnet.example"),
        when="2027-05-03 20:05 +0200",
        client="gmail",
        body="Buonasera,\n\nma il preventivo per la seconda parte dei lavori (le siepi del cortile interno) quando arriva? Lo aspettiamo da un mese e l'assemblea è fissata per il 20 maggio.\n\nMarina Rossi",
        facts=Facts(note="question about a pending quote"),
        job="hedge",
    ),
]

REPLIES: Final = [
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
# Delivery reports: skeletons generated, human-readable parts written out one by one
# --------------------------------------------------------------------------------------------

EXCHANGE_SENDER: Final = (
    f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{AR_DOMAIN}>"
)
GMAIL_SENDER: Final = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; `lag` is minutes since it was sent."""

    key: str
    lang: Lang
    kind: Literal["hard", "soft"]
    status: str
    rcpt: str
    when: str
    lag: int
    mta: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return parse_when(self.when)

    @property
    def sent(self) -> datetime:
        return (self.dt - timedelta(minutes=self.lag)).astimezone(UK_TZ)

    def reminder(self) -> Reminder:
        return Reminder(
            key=self.key,
            lang=self.lang,
            to=self.rcpt,
            sent=self.sent,
            inv=default_invoice(self.key),
            amount=default_amount(self.key),
            currency="GBP" if self.lang == "en" else "EUR",
            job=default_job(self.key),
        )

    def original(self) -> Message:
        return reminder_message(self.reminder())

    def subject(self) -> str:
        return reminder_subject(self.reminder())


def delivery_status(
    b: Bounce, *, mta: str, action: str, diagnostic: str, remote: str = "", retry_days: int = 2
) -> Message:
    per_message = [f"Reporting-MTA: dns; {mta}", f"Arrival-Date: {format_datetime(b.sent)}"]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        per_recipient.append(
            f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=retry_days))}"
        )
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_string("\n".join(block) + "\n") for block in (per_message, per_recipient)]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    original = b.original()
    text = "".join(f"{k}: {v}\n" for k, v in original.items() if not k.startswith("Content-"))
    return text_part(text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def returned_message(b: Bounce) -> Message:
    return MIMEMessage(b.original())


def human_alternative(text: str, *, charset: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, subtype="plain", charset=charset, cte="qp"))
    markup = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>\n{html_paragraphs(text)}\n</body></html>\n'
    outer.attach(text_part(markup, subtype="html", charset=charset, cte="qp"))
    return outer


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(
    b: Bounce, msg: Message, *, sender: str, subject: str, auto: bool = True, ndr: bool = False
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, charset="utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].strip(">) ").split()[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 26).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    if ndr:
        msg["X-MS-Exchange-Message-Is-Ndr"] = ""
    return finalize(msg, key=b.key, prefix="----=_DSN_")


def bounce_postfix(b: Bounce) -> Message:
    remote = "mx.ferncombe-manor.example"
    human = (
        f"This is the mail system at host mail.{AR_DOMAIN}.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[198.51.100.23] said: 550 5.1.1\n"
        f"    <{b.rcpt}>: Recipient address rejected: User unknown in local recipient\n"
        "    table (in reply to RCPT TO command)\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(
            b, mta=f"mail.{AR_DOMAIN}", action="failed", diagnostic=diag, remote=remote
        ),
        returned_message(b),
    )
    return finish(
        b,
        msg,
        sender=f"MAILER-DAEMON@mail.{AR_DOMAIN} (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    host = "mx.sandcombe-holidaypark.example"
    original = b.original().as_string()
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28817 invoked from network); {format_datetime(b.sent)}\n"
        f"{original}\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, sender=f"MAILER-DAEMON@{host}", subject="failure notice", auto=False)


def bounce_sendmail_delay(b: Bounce) -> Message:
    relay = f"relay.{AR_DOMAIN}"
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\n"
        f"from mail.{AR_DOMAIN} [192.0.2.25]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mx.northgate-prep.example.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    msg = report(
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(
            b,
            mta=relay,
            action="delayed",
            diagnostic="421 4.4.1 Connection timed out",
            remote="mx.northgate-prep.example",
            retry_days=5,
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        sender=f"Mail Delivery Subsystem <MAILER-DAEMON@{relay}>",
        subject="Warning: could not send message for past 4 hours",
        auto=False,
    )


def bounce_exchange_delay_de(b: Bounce) -> Message:
    server = "FR3P281MB1746.DEUP281.PROD.OUTLOOK.COM"
    diag = "451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.kurpark-badlinden.example]"
    human = (
        f"Die Zustellung an diese Empfänger oder Gruppen ist verzögert:\n\n{b.rcpt}\n\n"
        f"Betreff: {b.subject()}\n\n"
        "Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.\n\n"
        "Der Server wird noch 1 Tag, 19 Stunden und 55 Minuten lang versuchen, die Nachricht zuzustellen. Sie werden benachrichtigt, wenn die Nachricht nicht zugestellt werden kann.\n\n"
        "Sie müssen die Nachricht nicht erneut senden.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        f"Generierender Server: {server}\n\n"
        f"Empfänger: {b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben"
    )
    msg = report(
        human_alternative(human, charset="utf-8"),
        delivery_status(b, mta=server, action="delayed", diagnostic=diag),
        returned_headers(b),
    )
    return finish(
        b, msg, ndr=True, sender=EXCHANGE_SENDER, subject=f"Zustellung verzögert: {b.subject()}"
    )


def bounce_provider_de(b: Bounce) -> Message:
    original = b.original()
    headers = "\n".join(
        f"{k}: {narrow(str(v), 'iso-8859-1')}"
        for k, v in original.items()
        if k in {"From", "To", "Date", "Message-ID"}
    )
    text = (
        "Dies ist eine automatisch erstellte Benachrichtigung des Mailservers mx01.mailhost-nord.example.\n\n"
        f"Ihre Nachricht konnte an den folgenden Empfänger nicht zugestellt werden:\n\n  {b.rcpt}\n\n"
        "Grund: Das Postfach des Empfängers ist deaktiviert und nimmt keine Nachrichten mehr an.\n"
        "Fehlercode: 550 5.2.1 mailbox disabled\n\n"
        "Es handelt sich um einen dauerhaften Fehler. Die Nachricht wird nicht erneut zugestellt.\n\n"
        "Kopfzeilen der ursprünglichen Nachricht:\n\n"
        f"{headers}\nSubject: {narrow(b.subject(), 'iso-8859-1')}\n"
    )
    msg = text_part(text, subtype="plain", charset="iso-8859-1", cte="qp")
    return finish(
        b,
        msg,
        sender="Mail Delivery System <MAILER-DAEMON@mx01.mailhost-nord.example>",
        subject=f"Unzustellbare Nachricht: {b.subject()}",
    )


def bounce_provider_fr(b: Bounce) -> Message:
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur smtp-out.netalys.example.\n\n"
        f"Votre message destiné à {b.rcpt} n'a pas encore pu être distribué. Le serveur du destinataire l'a temporairement refusé :\n\n"
        "    451 4.7.1 Greylisting en cours, veuillez réessayer plus tard\n\n"
        "Il ne s'agit pas d'une erreur définitive. Nous continuerons d'essayer de le distribuer pendant 3 jours ; vous n'avez rien à faire et il est inutile de renvoyer le message.\n\n"
        f"Objet du message : {b.subject()}\n"
        f"Envoyé le : {fmt('{wdl} {d} {monl} {y} à {HH}:{mm}', loc='fr', when=b.sent.astimezone(b.dt.tzinfo))}\n\n"
        "-- \nNetalys – service de messagerie\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="8bit")
    return finish(
        b,
        msg,
        sender="Service Messagerie Netalys <postmaster@smtp-out.netalys.example>",
        subject="Avertissement : message non encore distribué",
    )


def bounce_exim_es(b: Bounce) -> Message:
    message_id = f"1{b32(b.key, 'exim', 5)}-000{b32(b.key, 'exim2', 3)}-{b32(b.key, 'exim3', 2)}"
    text = (
        "Este mensaje ha sido generado automáticamente por el software de correo del servidor mx2.hostingiberico.example.\n\n"
        "Un mensaje que usted envió no ha podido entregarse todavía a uno o más destinatarios, después de más de 24 horas en la cola de este servidor.\n\n"
        f"El identificador del mensaje es {message_id} y el destinatario afectado es:\n\n"
        f"  {b.rcpt}\n"
        "    Buzón lleno: el servidor de destino respondió 452 4.2.2 Mailbox full\n\n"
        "No es necesario que vuelva a enviar el mensaje. Seguiremos intentando la entrega hasta que haya pasado 4 días en la cola; si no es posible, recibirá otro aviso.\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    return finish(
        b,
        msg,
        sender="Mail Delivery System <Mailer-Daemon@mx2.hostingiberico.example>",
        subject=f"Aviso: mensaje {message_id} retrasado 24 horas",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    human = (
        "No se ha encontrado la dirección\n\n"
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.\n\n"
        "La respuesta del servidor remoto ha sido:\n\n"
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser"
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    msg = report(
        human_alternative(human, charset="utf-8"),
        delivery_status(
            b,
            mta="googlemail.com",
            action="failed",
            diagnostic=diag,
            remote="gmail-smtp-in.l.google.com",
        ),
        returned_message(b),
    )
    return finish(b, msg, sender=GMAIL_SENDER, subject="Notificación de estado de entrega (error)")


def bounce_gateway_nl(b: Bounce) -> Message:
    text = (
        "Beste afzender,\n\n"
        f"Uw bericht aan {b.rcpt} is niet afgeleverd.\n\n"
        "Het bericht is geweigerd door het e-mailbeveiligingsbeleid van de ontvangende organisatie, omdat het een koppeling of bankgegevens bevat die als risicovol zijn aangemerkt.\n\n"
        "Foutcode: 550 5.7.1 Bericht geweigerd op grond van inhoudsbeleid (policy: bec-financial-content)\n\n"
        "Dit is een definitieve weigering. Opnieuw verzenden heeft geen zin. Neem zo nodig op een andere manier contact op met de ontvanger.\n\n"
        "MailSentry Cloud – e-mailbeveiliging\n"
        f"Referentie: MSC-{b32(b.key, 'msc', 12)}\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, subtype="plain", charset="utf-8", cte="qp"))
    outer.attach(returned_headers(b))
    return finish(
        b,
        outer,
        sender="MailSentry Cloud <no-reply@gw.mailsentry-cloud.example>",
        subject="Onbestelbaar: bericht geweigerd door beveiligingsbeleid",
    )


def bounce_exchange_delay_nl(b: Bounce) -> Message:
    server = "AM9P192MB0917.EURP192.PROD.OUTLOOK.COM"
    diag = "450 4.4.7 Message delayed"
    human = (
        f"Bezorging aan deze geadresseerden of groepen is vertraagd:\n\n{b.rcpt}\n\n"
        f"Onderwerp: {b.subject()}\n\n"
        "Dit bericht is nog niet bezorgd. Er wordt nog steeds geprobeerd het bericht te bezorgen.\n\n"
        "De server blijft nog 1 dag, 20 uur en 4 minuten proberen het bericht te bezorgen. U ontvangt een melding als het bericht niet kan worden bezorgd.\n\n"
        "U hoeft het bericht niet opnieuw te verzenden.\n\n"
        "Diagnostische gegevens voor beheerders:\n\n"
        f"Genererende server: {server}\n\n"
        f"Geadresseerde: {b.rcpt}\nDe externe server heeft '{diag}' geretourneerd"
    )
    msg = report(
        human_alternative(human, charset="utf-8"),
        delivery_status(b, mta=server, action="delayed", diagnostic=diag),
        returned_headers(b),
    )
    return finish(b, msg, ndr=True, sender=EXCHANGE_SENDER, subject=f"Vertraagd: {b.subject()}")


def bounce_exchange_it(b: Bounce) -> Message:
    server = "VI1P195MB2203.EURP195.PROD.OUTLOOK.COM"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = (
        f"Impossibile recapitare il messaggio ai destinatari o ai gruppi seguenti:\n\n{b.rcpt}\n\n"
        "Impossibile trovare l'indirizzo di posta elettronica immesso. Controllare l'indirizzo di posta elettronica del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, contattare il supporto tecnico.\n\n"
        "Informazioni diagnostiche per gli amministratori:\n\n"
        f"Server di generazione: {server}\n\n"
        f"{b.rcpt}\nIl server remoto ha restituito '{diag}'"
    )
    msg = report(
        human_alternative(human, charset="utf-8"),
        delivery_status(b, mta=server, action="failed", diagnostic=diag),
        returned_message(b),
    )
    return finish(
        b, msg, ndr=True, sender=EXCHANGE_SENDER, subject=f"Non recapitabile: {b.subject()}"
    )


def bounce_gmail_it_delay(b: Bounce) -> Message:
    human = (
        "Il messaggio non è stato ancora recapitato\n\n"
        f"Il tuo messaggio non è stato ancora recapitato a {b.rcpt}. Gmail riproverà per altre 43 ore. Riceverai una notifica se l'invio non andrà a buon fine.\n\n"
        "La risposta del server remoto è stata:\n\n"
        "451 4.3.0 Temporary server error. Please try again later"
    )
    msg = report(
        human_alternative(human, charset="utf-8"),
        delivery_status(
            b,
            mta="googlemail.com",
            action="delayed",
            diagnostic="451 4.3.0 Temporary server error. Please try again later",
            remote="mail.golfilcastagno.example",
        ),
        returned_headers(b),
    )
    return finish(
        b, msg, sender=GMAIL_SENDER, subject="Notifica sullo stato della consegna (ritardo)"
    )


BOUNCE_BUILDERS: Final[dict[str, Callable[[Bounce], Message]]] = {
    "postfix": bounce_postfix,
    "qmail": bounce_qmail,
    "sendmail_delay": bounce_sendmail_delay,
    "exchange_delay_de": bounce_exchange_delay_de,
    "provider_de": bounce_provider_de,
    "provider_fr": bounce_provider_fr,
    "exim_es": bounce_exim_es,
    "gmail_es": bounce_gmail_es,
    "gateway_nl": bounce_gateway_nl,
    "exchange_delay_nl": bounce_exchange_delay_nl,
    "exchange_it": bounce_exchange_it,
    "gmail_it_delay": bounce_gmail_it_delay,
}

BOUNCES: Final = [
    Bounce(
        key="bo-en-1",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="office@ferncombe-manor.example",
        when="2027-04-12 08:36 +0100",
        lag=2,
        mta="postfix",
        note="Postfix RFC 3464 report with the returned message",
    ),
    Bounce(
        key="bo-en-2",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="accounts@sandcombe-holidaypark.example",
        when="2027-04-20 08:41 +0100",
        lag=3,
        mta="qmail",
        note="qmail non-MIME notice; the status comes from '(#5.1.1)'",
    ),
    Bounce(
        key="bo-en-3",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="bursar@northgate-prep.example",
        when="2027-04-28 12:41 +0100",
        lag=242,
        mta="sendmail_delay",
        note="sendmail four-hour warning; delayed, still being retried",
    ),
    Bounce(
        key="bo-de-1",
        lang="de",
        kind="soft",
        status="4.4.316",
        rcpt="verwaltung@kurpark-badlinden.example",
        when="2027-04-15 13:02 +0200",
        lag=245,
        mta="exchange_delay_de",
        note="Exchange Online delay report in German",
    ),
    Bounce(
        key="bo-de-2",
        lang="de",
        kind="hard",
        status="5.2.1",
        rcpt="info@baumschule-wendland.example",
        when="2027-05-04 09:12 +0200",
        lag=1,
        mta="provider_de",
        note="German provider notice, plain Latin-1 text; a disabled mailbox is permanent",
    ),
    Bounce(
        key="bo-fr-1",
        lang="fr",
        kind="soft",
        status="4.7.1",
        rcpt="economat@college-jeanmoulin-vire.example",
        when="2027-04-22 10:10 +0200",
        lag=31,
        mta="provider_fr",
        note="French provider notice: greylisting, temporary",
    ),
    Bounce(
        key="bo-es-1",
        lang="es",
        kind="soft",
        status="4.2.2",
        rcpt="administracion@residencialaspalmeras.example",
        when="2027-04-16 10:22 +0200",
        lag=1445,
        mta="exim_es",
        note="Exim 24-hour delay warning from a backup MX, localised in Spanish; mailbox full",
    ),
    Bounce(
        key="bo-es-2",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="viverolasadelfas@gmail.com",
        when="2027-05-05 11:03 +0200",
        lag=1,
        mta="gmail_es",
        note="Gmail report in Spanish",
    ),
    Bounce(
        key="bo-nl-1",
        lang="nl",
        kind="hard",
        status="5.7.1",
        rcpt="administratie@landgoed-oudewaard.example",
        when="2027-04-26 14:18 +0200",
        lag=2,
        mta="gateway_nl",
        note="security gateway rejection in Dutch, multipart/mixed, no RFC 3464 part",
    ),
    Bounce(
        key="bo-nl-2",
        lang="nl",
        kind="soft",
        status="4.4.7",
        rcpt="info@golfbaan-kraaienbos.example",
        when="2027-05-03 12:05 +0200",
        lag=236,
        mta="exchange_delay_nl",
        note="Exchange Online delay report in Dutch",
    ),
    Bounce(
        key="bo-it-1",
        lang="it",
        kind="hard",
        status="5.1.10",
        rcpt="amministrazione@agriturismolaquercia.example",
        when="2027-04-14 08:55 +0200",
        lag=2,
        mta="exchange_it",
        note="Exchange Online non-delivery report in Italian",
    ),
    Bounce(
        key="bo-it-2",
        lang="it",
        kind="soft",
        status="4.3.0",
        rcpt="segreteria@golfilcastagno.example",
        when="2027-04-30 15:20 +0200",
        lag=250,
        mta="gmail_it_delay",
        note="Gmail delay report in Italian",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks, file names and output
# --------------------------------------------------------------------------------------------

INVOICE_RE: Final = re.compile(r"KTS-\d{4}-G")
AMOUNT_RE: Final = re.compile(r"\d+\.\d{2}")
STATUS_RE: Final = re.compile(r"[45]\.\d{1,3}\.\d{1,3}")


def reply_label(r: Reply, file: str) -> Label:
    f = r.facts
    return Label(
        file=file,
        intent=r.intent,
        promised_date=f.promised,
        paid_date=f.paid,
        return_date=f.back,
        payment_reference=f.ref,
        amount=f.amount,
        currency=f.currency,
        new_contact=f.contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(f.refs),
        language=r.lang,
        note=f.note,
    )


def bounce_label(b: Bounce, file: str) -> Label:
    return Label(
        file=file,
        intent="bounce",
        promised_date=None,
        paid_date=None,
        return_date=None,
        payment_reference=None,
        amount=None,
        currency=None,
        new_contact=None,
        bounce_kind=b.kind,
        failed_recipient=b.rcpt,
        bounce_status=b.status,
        invoice_refs=[],
        language=b.lang,
        note=b.note,
    )


@dataclass(frozen=True, kw_only=True)
class Item:
    key: str
    message: Message
    label: Callable[[str], Label]


def all_items() -> list[Item]:
    items = [
        Item(key=r.key, message=build_reply(r), label=partial(reply_label, r)) for r in REPLIES
    ]
    items += [
        Item(key=b.key, message=BOUNCE_BUILDERS[b.mta](b), label=partial(bounce_label, b))
        for b in BOUNCES
    ]
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return sorted(items, key=lambda item: digest(item.key, "order"))


def header_problems(part: Message) -> Iterator[str]:
    for name, value in part.items():
        if getattr(value, "defects", None):
            yield f"defective header {name}"
        if "=?" in str(value):
            yield f"undecoded encoded-word in {name}"


def part_problems(part: Message) -> Iterator[str]:
    if part.defects:
        yield f"defects {part.defects}"
    yield from header_problems(part)
    if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
        content = part.get_content()
        if not isinstance(content, str) or "\ufffd" in content:
            yield f"undecodable {part.get_content_type()} part"


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    problems = [p for part in msg.walk() for p in part_problems(part)]
    problems += [
        f"no {h}" for h in ("From", "To", "Subject", "Date", "Message-ID") if msg[h] is None
    ]
    if any(len(line) > 998 for line in data.split(b"\n")):
        problems.append("line longer than 998 octets")
    if problems:
        raise SystemExit(f"{name}: {'; '.join(problems)}")


def date_problems(label: Label) -> Iterator[str]:
    fields = (
        ("promised_date", label["promised_date"], "promise_to_pay"),
        ("paid_date", label["paid_date"], "payment_sent"),
        ("return_date", label["return_date"], "auto_reply"),
    )
    for key, value, intent in fields:
        if value is None:
            continue
        if label["intent"] != intent:
            yield f"{key} on {label['intent']}"
        elif not date(2027, 3, 1) <= date.fromisoformat(value) <= date(2027, 12, 31):
            yield f"{key} {value} out of range"


def payment_problems(label: Label) -> Iterator[str]:
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        yield "amount and currency go together"
    if amount is not None and not AMOUNT_RE.fullmatch(amount):
        yield f"amount {amount!r}"
    if currency not in {None, "GBP", "EUR", "CHF"}:
        yield f"currency {currency!r}"
    has_payment = amount is not None or label["payment_reference"] is not None
    if has_payment and label["intent"] not in {"payment_sent", "promise_to_pay"}:
        yield f"payment fields on {label['intent']}"


def contact_problems(label: Label) -> Iterator[str]:
    contact = label["new_contact"]
    if contact is None:
        return
    if label["intent"] != "wrong_contact":
        yield f"new_contact on {label['intent']}"
    if contact != contact.lower() or "@" not in contact:
        yield f"new_contact {contact!r}"


def bounce_problems(label: Label) -> Iterator[str]:
    fields = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    if label["intent"] != "bounce":
        if any(value is not None for value in fields):
            yield "bounce fields on a non-bounce"
        return
    kind, recipient, status = fields
    if (
        kind not in {"hard", "soft"}
        or recipient is None
        or status is None
        or not STATUS_RE.fullmatch(status)
    ):
        yield "incomplete bounce fields"
    elif (kind == "soft") != status.startswith("4") and status != "5.2.2":
        yield f"{kind} bounce with status {status}"


def label_problems(label: Label) -> Iterator[str]:
    if tuple(label) != LABEL_KEYS:
        yield f"keys {tuple(label)}"
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        yield "intent or language"
    if any(not INVOICE_RE.fullmatch(ref) for ref in label["invoice_refs"]):
        yield f"invoice_refs {label['invoice_refs']}"
    yield from date_problems(label)
    yield from payment_problems(label)
    yield from contact_problems(label)
    yield from bounce_problems(label)


def check_labels(labels: list[Label]) -> None:
    problems = [f"{x['file']}: {p}" for x in labels for p in label_problems(x)]
    cells = Counter((x["intent"], x["language"]) for x in labels)
    problems += [
        f"{i} has {n} messages"
        for i in INTENTS
        if (n := sum(cells[i, lang] for lang in LANGS)) != 12
    ]
    problems += [f"no {i} in {lang}" for i in INTENTS for lang in LANGS if not cells[i, lang]]
    expected = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
    problems += [
        f"{lang} has {n}"
        for lang in LANGS
        if (n := sum(cells[i, lang] for i in INTENTS)) != expected[lang]
    ]
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        problems.append(f"bounce kinds {dict(kinds)}")
    if problems:
        raise SystemExit("label check failed:\n" + "\n".join(problems))


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
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for n, item in enumerate(all_items(), start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append(item.label(name))
    check_labels(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items(), key=str))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
