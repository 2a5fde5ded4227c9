# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002, SIM108
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and currency signs that people and their clients really produce.
"""Build held-out reply corpus 147: ``h147-NNN.eml`` files and ``labels.jsonl``.

Every message answers (or bounces) an overdue reminder sent by the credit-control team of
Thornbury Scaffolding Hire. The new text of each message is written by hand below. The script adds
only what a mail client or a mail server would add: the quoted reminder in the client's layout and
language, headers, MIME structure, charsets and transfer encodings. It writes next to itself,
deterministically (no clock, no randomness beyond fixed hashes), then parses every file back and
checks the labels.
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
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, message_from_string, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "corpus-holdout147/2032-03"
PREFIX = "h147"
AR_NAME = "Credit Control"
AR_ADDR = "creditcontrol@thornbury-scaffold.example"
AR_DOMAIN = "thornbury-scaffold.example"
COMPANY = "Thornbury Scaffolding Hire Ltd"
# Both the UK and central Europe move their clocks on Sunday 28 March 2032, after the last
# message, so every message is on winter time: GMT in the UK, CET on the continent.
UK = timezone(timedelta(0))
CET = timezone(timedelta(hours=1))
FIRST_DAY = date(2032, 3, 1)
LAST_DAY = date(2032, 3, 26)

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
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
INVOICE_RE = re.compile(r"^TSH \d{6}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
STATUS_RE = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")

# --------------------------------------------------------------------------------------------
# Locale tables (what each localised mail client prints)
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
GMAIL_ATTRIBUTION = {
    "en": "On {dab}, {d} {mab} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dab} {d}. {mab} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dab} {d} {mab} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {dab}, {d} {mab} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {dab} {d} {mab} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {dab} {d} {mab} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mab} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mab} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mab} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mab} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mab} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{MM}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{dname}, {d} {mname} {y} {HH}:{MM}",
    "de": "{dname}, {d}. {mname} {y} {HH}:{MM}",
    "fr": "{dname} {d} {mname} {y} {HH}:{MM}",
    "es": "{dname}, {d} de {mname} de {y} {H}:{MM}",
    "nl": "{dname} {d} {mname} {y} {HH}:{MM}",
    "it": "{dname} {d} {mname} {y} {HH}:{MM}",
}
# separator line, then the From / Sent / To / Subject labels, then what follows a label
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

# --------------------------------------------------------------------------------------------
# The reminder that every message answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Thornbury Scaffolding Hire",
    "de": "Überfällige Rechnung {inv} – Thornbury Scaffolding Hire",
    "fr": "Facture échue {inv} – Thornbury Scaffolding Hire",
    "es": "Factura vencida {inv} – Thornbury Scaffolding Hire",
    "nl": "Vervallen factuur {inv} – Thornbury Scaffolding Hire",
    "it": "Fattura scaduta {inv} – Thornbury Scaffolding Hire",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We're writing about the invoice below, which has now passed its due date:\n\n"
        "    Invoice: {inv}\n    Invoice date: {issued}\n    Due date: {due}\n    Amount outstanding: {amt}\n\n"
        "If payment is already on its way, thank you – please let us know the date it was sent. If something on the invoice doesn't look right, reply to this e-mail and we'll look into it.\n\n"
        "Regards,\n\nCredit Control\nThornbury Scaffolding Hire Ltd\nUnit 7, Canal Side Works, Thornbury\ncreditcontrol@thornbury-scaffold.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "die nachstehende Rechnung ist inzwischen fällig und noch nicht beglichen:\n\n"
        "    Rechnung: {inv}\n    Rechnungsdatum: {issued}\n    Fällig am: {due}\n    Offener Betrag: {amt}\n\n"
        "Falls die Zahlung bereits unterwegs ist, vielen Dank – teilen Sie uns bitte kurz das Zahlungsdatum mit. Stimmt etwas mit der Rechnung nicht, antworten Sie einfach auf diese E-Mail, wir kümmern uns darum.\n\n"
        "Freundliche Grüße\n\nCredit Control\nThornbury Scaffolding Hire Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous revenons vers vous au sujet de la facture ci-dessous, dont l'échéance est dépassée :\n\n"
        "    Facture : {inv}\n    Date de facture : {issued}\n    Échéance : {due}\n    Montant restant dû : {amt}\n\n"
        "Si le paiement est déjà en cours, merci – pourriez-vous nous indiquer sa date d'envoi ? Si quelque chose vous semble incorrect sur la facture, répondez simplement à ce message et nous regarderons.\n\n"
        "Bien cordialement,\n\nCredit Control\nThornbury Scaffolding Hire Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Les escribimos en relación con la factura indicada abajo, cuyo vencimiento ya ha pasado:\n\n"
        "    Factura: {inv}\n    Fecha de factura: {issued}\n    Vencimiento: {due}\n    Importe pendiente: {amt}\n\n"
        "Si el pago ya está en camino, gracias; les agradeceríamos que nos indicaran la fecha en que se realizó. Si ven algo incorrecto en la factura, respondan a este correo y lo revisaremos.\n\n"
        "Un saludo,\n\nCredit Control\nThornbury Scaffolding Hire Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij schrijven u over onderstaande factuur, waarvan de vervaldatum inmiddels is verstreken:\n\n"
        "    Factuur: {inv}\n    Factuurdatum: {issued}\n    Vervaldatum: {due}\n    Openstaand bedrag: {amt}\n\n"
        "Is de betaling al onderweg, dan danken wij u en horen graag op welke datum deze is verstuurd. Klopt er iets niet aan de factuur, beantwoord dan deze e-mail en wij zoeken het uit.\n\n"
        "Met vriendelijke groet,\n\nCredit Control\nThornbury Scaffolding Hire Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "vi scriviamo in merito alla fattura qui sotto, la cui scadenza è ormai superata:\n\n"
        "    Fattura: {inv}\n    Data fattura: {issued}\n    Scadenza: {due}\n    Importo da saldare: {amt}\n\n"
        "Se il pagamento è già stato disposto, vi ringraziamo e vi chiediamo di indicarci la data. Se qualcosa nella fattura non vi sembra corretto, rispondete pure a questa e-mail e verificheremo.\n\n"
        "Cordiali saluti,\n\nCredit Control\nThornbury Scaffolding Hire Ltd"
    ),
}
DATE_FORMAT = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a Latin-1 client does to characters it cannot send.
LATIN1_FALLBACK = {"–": "-", "€": "EUR", "’": "'", "…": "..."}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


def key_digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key, so every derived value is deterministic."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def key_number(key: str, salt: str, modulo: int) -> int:
    """A stable small number derived from a message key."""
    return int.from_bytes(key_digest(key, salt)[:6], "big") % modulo


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels."""

    key: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    intent: str = ""
    inv: str = ""
    amt: str = ""
    cur: str = ""
    rlang: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    thread: bool | None = None

    @property
    def tz(self) -> timezone:
        """UK senders write in English; everyone else sits in central Europe."""
        return UK if self.lang == "en" else CET

    @property
    def dt(self) -> datetime:
        """The message's Date, in the sender's own offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)

    @property
    def invoice(self) -> str:
        """The invoice the reminder was about."""
        return self.inv or f"TSH {321000 + key_number(self.key, 'invoice', 1000)}"

    @property
    def amount(self) -> str:
        """The outstanding amount printed in the reminder, as a decimal string."""
        if self.amt:
            return self.amt
        return f"{300 + key_number(self.key, 'amount', 5200)}.{key_number(self.key, 'cents', 4) * 25:02d}"

    @property
    def currency(self) -> str:
        """The invoice currency: sterling for UK customers, euros for the others by default."""
        return self.cur or ("GBP" if self.lang == "en" else "EUR")

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered (usually the sender's own)."""
        return self.rlang or self.lang

    @property
    def threaded(self) -> bool:
        """Whether the message carries In-Reply-To and References."""
        return self.thread if self.thread is not None else self.style != "none"


def lab(*refs: str, note: str | None = None, **fields: str | None) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


def group(intent: str, *replies: Reply) -> list[Reply]:
    """Tag a block of hand-written replies with the intent they were written for."""
    return [replace(r, intent=intent) for r in replies]


# --------------------------------------------------------------------------------------------
# Dates, money, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_parts(lang: str, dt: datetime) -> dict[str, str]:
    """Every piece a localised client might print for a date and time."""
    return {
        "dname": DAY_NAMES[lang].split()[dt.weekday()],
        "dab": DAY_ABBR[lang].split()[dt.weekday()],
        "mname": MONTH_NAMES[lang].split()[dt.month - 1],
        "mab": MONTH_ABBR[lang].split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "MM": f"{dt.minute:02d}",
    }


def render(template: str, lang: str, dt: datetime, **extra: str) -> str:
    """Fill a localised date template."""
    return template.format(**date_parts(lang, dt), **extra)


def money(lang: str, amount: str, currency: str) -> str:
    """An amount written the way the reminder's language writes it."""
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    sign = "£" if currency == "GBP" else "€"
    if lang == "en":
        return f"{sign}{grouped}.{cents}"
    grouped = grouped.replace(",", " " if lang == "fr" else ".")
    if lang in {"de", "fr", "es"}:
        return f"{grouped},{cents} {sign}"
    return f"{sign} {grouped},{cents}"


def previous_weekday(day: date) -> date:
    """The day itself, or the Friday before it when it falls on a weekend."""
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def reminder_sent(r: Reply) -> datetime:
    """When the reminder went out (UK time): a working-day morning before the reply.

    Automatic notices answer within minutes, so their reminder left just before them.
    """
    if r.style == "none":
        return r.dt.astimezone(UK) - timedelta(minutes=3 + key_number(r.key, "lag", 40))
    day = previous_weekday(
        r.dt.astimezone(UK).date() - timedelta(days=1 + key_number(r.key, "days", 2))
    )
    day = max(day, FIRST_DAY)
    minute = 25 + key_number(r.key, "minute", 20)
    return datetime(
        day.year,
        day.month,
        day.day,
        8,
        minute,
        key_number(r.key, "second", 60),
        tzinfo=UK,
    )


def latin1_safe(text: str) -> str:
    """Replace what a Latin-1 client cannot send."""
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def fits(text: str, charset: str) -> str:
    """Make quoted, machine-made text fit the message charset the way the client would."""
    return latin1_safe(text) if charset == "iso-8859-1" else text


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amount: str, currency: str, sent: datetime) -> str:
    """The reminder's text, with its invoice and due dates worked back from the sending day."""
    issued = previous_weekday(sent.date() - timedelta(days=33))
    due = issued + timedelta(days=30)
    fmt = DATE_FORMAT[lang]
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=render(fmt, lang, datetime(issued.year, issued.month, issued.day)),
        due=render(fmt, lang, datetime(due.year, due.month, due.day)),
        amt=money(lang, amount, currency),
    )


def reminder_msgid(key: str) -> str:
    """The Message-ID the reminder was sent with."""
    token = base64.b32encode(key_digest(key, "reminder")).decode().rstrip("=")[:26].lower()
    return f"<cc.{token}@{AR_DOMAIN}>"


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the one the sender's client or server would make."""
    raw = key_digest(r.key, "msgid")
    domain = r.who[1].split("@")[1]
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        region = "GBR" if r.lang == "en" else "EUR"
        token = base64.b32encode(raw).decode()
        return f"<{token[:26]}@{token[26:34]}.{region}P26{raw[30] % 10}.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "iphone", "iphone_html"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{raw.hex()[20:28]}@{domain}>"


def quote_lines(text: str) -> str:
    """Quote text the way mail clients do, one '>' per line."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Text to HTML, keeping line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str) -> str:
    """Text to HTML paragraphs, one per blank-line separated block."""
    return "\n".join(f"<p>{html_text(block)}</p>" for block in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Text as the MsoNormal paragraphs Outlook's Word editor produces."""
    lines = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        lines.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(lines)


def flow_line(prefix: str, content: str, width: int) -> list[str]:
    """Wrap one line for format=flowed: soft breaks end with a space (RFC 3676)."""
    room = max(width - len(prefix), 30)
    out: list[str] = []
    while len(content) > room:
        cut = content.rfind(" ", 1, room)
        if cut <= 0:
            cut = content.find(" ", room)
            if cut == -1:
                break
        out.append(prefix + content[: cut + 1])
        content = content[cut + 1 :]
    out.append(prefix + content)
    return out


def flowed(text: str, width: int = 72) -> str:
    """Thunderbird's format=flowed rendering of the text (quotes are '>' marks)."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.rstrip(" ")
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if depth:
            content = content.removeprefix(" ")
            prefix = ">" * depth + " "
        else:
            prefix = " " if content.startswith((" ", "From ")) else ""
        out.extend(flow_line(prefix, content, width) if content else [prefix.rstrip()])
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> email_charset.Charset:
    """A fresh Charset that applies the transfer encoding the client would choose."""
    charset = email_charset.Charset(name)
    if cte == "qp":
        charset.body_encoding = email_charset.QP
    elif cte == "b64":
        charset.body_encoding = email_charset.BASE64
    elif cte in {"8bit", "7bit"}:
        charset.body_encoding = None  # type: ignore[assignment]  # no transfer encoding
    else:
        raise ValueError(f"unknown transfer encoding {cte}")
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text/* part; raises if the text does not fit the charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def encoded_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client sends it: RFC 2047 encoded-words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
        enc = charset
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To mailbox, with an encoded-word display name when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From')} <{addr}>"


def display_mailbox(name: str, addr: str) -> str:
    """A mailbox as a client prints it inside a quoted header block."""
    return f"{name} <{addr}>" if name else addr


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative of a plain part and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def make_quote(r: Reply) -> Quote:
    """The reminder seen from the sender's client: local time, client language, client charset."""
    sent = reminder_sent(r)
    text = reminder_body(r.reminder_lang, r.invoice, r.amount, r.currency, sent)
    subject = reminder_subject(r.reminder_lang, r.invoice)
    return Quote(
        text=fits(text, r.charset),
        subject=fits(subject, r.charset),
        sent=sent.astimezone(r.tz),
        lang=r.lang,
        to=display_mailbox(*r.who),
    )


def outlook_header_lines(q: Quote) -> list[tuple[str, str]]:
    """The From / Sent / To / Subject block Outlook puts above the quoted message."""
    _, frm, sent, to, subject, _ = OUTLOOK_LABELS[q.lang]
    return [
        (frm, display_mailbox(AR_NAME, AR_ADDR)),
        (sent, render(OUTLOOK_SENT[q.lang], q.lang, q.sent)),
        (to, q.to),
        (subject, q.subject),
    ]


def outlook_plain_block(q: Quote) -> str:
    """The header block as plain text."""
    sep = OUTLOOK_LABELS[q.lang][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_header_lines(q))


def word_document(r: Reply, q: Quote) -> str:
    """Outlook's Word-generated HTML: the reply, the divider, the header block, the reminder."""
    sep = OUTLOOK_LABELS[q.lang][5].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_header_lines(q)
    )
    lang = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle19 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop in plain-text mode, with the localised 'Original Message' separator."""
    text = f"{r.body}\n\n{OUTLOOK_LABELS[q.lang][0]}\n{outlook_plain_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop in HTML mode: Word markup with the divider, plus its plain rendering."""
    text = f"{r.body}\n\n{outlook_plain_block(q)}\n\n{q.text}\n"
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(word_document(r, q), "html", r.charset, r.cte),
    )


def style_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as HTML alone, without a plain alternative."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: localised download line, underscores, header block; base64."""
    text = f"{r.body}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{outlook_plain_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's localised 'On … wrote:' line."""
    return render(GMAIL_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail's usual multipart/alternative with the gmail_quote blockquote."""
    attribution = gmail_attribution(q)
    text = f"{r.body}\n\n{attribution}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_blocks(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    text = f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's localised attribution line."""
    return render(APPLE_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    text = f"{r.body}\n\n{apple_attribution(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def iphone_text(r: Reply, q: Quote) -> str:
    """The iPhone layout: reply, localised signature, then the quoted attribution and reminder."""
    return f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quote_lines(apple_attribution(q) + chr(10) + chr(10) + q.text)}\n"


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail, plain text."""
    return text_part(iphone_text(r, q), "plain", r.charset, r.cte)


def style_iphone_html(r: Reply, q: Quote) -> Message:
    """iPhone Mail when it sends an HTML alternative too."""
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{html_text(r.body)}</div>'
        f'<div dir="ltr"><br><div dir="ltr">{html.escape(IPHONE_SIGNATURE[q.lang])}</div>'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attribution(q))}<br><br>'
        f"{html_blocks(q.text)}</blockquote></div></div></body></html>\n"
    )
    return alternative(
        text_part(iphone_text(r, q), "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: attribution without the address, '>' quoting, format=flowed."""
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME)
    text = flowed(f"{r.body}\n\n{attribution}\n{quote_lines(q.text)}\n")
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_notice(r: Reply, q: Quote) -> Message:
    """Automatic notices (auto-replies, payment advices) quote nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "iphone_html": style_iphone_html,
    "thunderbird": style_thunderbird,
    "none": style_notice,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23D127)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (23D127)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Thunderbird/140.7.1",
        ),
    ),
}
BOUNDARY_PREFIX = {
    "gmail": "00000000000",
    "apple": "Apple-Mail=_",
    "iphone_html": "Apple-Mail-",
    "thunderbird": "------------",
}


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject the client builds, or the one the sender typed over it."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.style in OUTLOOK_FAMILY:
        return OUTLOOK_REPLY_PREFIX[r.lang] + q.subject
    return "Re: " + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The Exchange headers an Outlook message carries."""
    index = base64.b64encode(key_digest(r.key, "thread-index")[:22]).decode()
    return [
        ("Thread-Topic", encoded_header(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body in multipart/mixed with the sender's attachment, if there is one."""
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def subparts(part: Message) -> list[Message]:
    """The sub-messages of a multipart or message/* part."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return [p for p in payload if isinstance(p, Message)]
    return []


def move_content_headers_last(msg: Message) -> None:
    """Put the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only a message's top level (or a returned message's) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        if part.get_content_type() != "message/delivery-status":
            drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries, shaped like the client's own."""
    if style in OUTLOOK_FAMILY:
        prefix = "_000_"
    else:
        prefix = BOUNDARY_PREFIX.get(style, "----=_Part_")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        token = base64.b32encode(key_digest(key, f"boundary{n}")).decode()[:24]
        part.set_boundary(prefix + token)


def finalize(msg: Message, key: str, style: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    move_content_headers_last(msg)
    drop_inner_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


def build_reply(r: Reply) -> Message:
    """The complete message for one hand-written reply."""
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = mailbox(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, r.style)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
PROOF_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = group(
    "payment_sent",
    Reply(
        "ps-en-1",
        "en",
        ("Dean Fowler", "dean@fowlerroofing.example"),
        "2032-03-03 07:12",
        "iphone",
        "Paid.",
        lab(note="one-word reply to the reminder; no date given"),
        inv="TSH 320433",
        amt="865.00",
    ),
    Reply(
        "ps-en-2",
        "en",
        ("Kyle McBride", "kyle.mcbride.roofing@gmail.com"),
        "2032-03-09 12:03",
        "gmail_plain",
        "done",
        lab(note="'done' in answer to an overdue reminder means paid; no date"),
        inv="TSH 320439",
        amt="1212.50",
    ),
    Reply(
        "ps-en-3",
        "en",
        ("Mike Harrow", "mike@harrowbuild.example"),
        "2032-03-10 08:52",
        "android",
        "Hi, I'm on leave till Monday but saw this come through on my phone. Sent the £1,960.00 from the banking app this morning, reference HARROW BUILD. Sorry, it got missed before I went.\n\nMike",
        lab(
            paid_date="2032-03-10",
            payment_reference="HARROW BUILD",
            amount="1960.00",
            currency="GBP",
            note="a person writing, despite the 'out of office' subject; 'this morning' is the message date",
        ),
        inv="TSH 320446",
        amt="1960.00",
        subject="Out of office this week – but this one's paid",
    ),
    Reply(
        "ps-de-1",
        "de",
        (
            "Kreditorenbuchhaltung Brandt Bühnenbau GmbH",
            "zahlungsavis@brandt-buehnenbau.example",
        ),
        "2032-03-12 03:14",
        "none",
        "Sehr geehrte Damen und Herren,\n\nhiermit avisieren wir Ihnen folgende Zahlung:\n\nZahlungsdatum:        12.03.2032\nZahlweg:              SEPA-Überweisung\nZahlungsbelegnummer:  1500038817\nLieferantennummer:    70412\n\nBelegnr.    Ihre Rechnung  Rech.-Datum  Betrag EUR  Skonto  Zahlbetrag\n5100023391  TSH 320478     09.02.2032     2.856,00    0,00    2.856,00\n5100023540  TSH 320490     12.02.2032       714,00    0,00      714,00\n\nSumme Zahlbetrag:                                             3.570,00\n\nDiese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig. Antworten an diese Adresse werden nicht gelesen.",
        lab(
            "TSH 320478",
            "TSH 320490",
            paid_date="2032-03-12",
            payment_reference="1500038817",
            amount="3570.00",
            currency="EUR",
            note="AP-system payment advice marked Auto-Submitted; it reports a payment, so payment_sent; the amount is the total paid",
        ),
        inv="TSH 320478",
        amt="2856.00",
        charset="iso-8859-1",
        subject="Zahlungsavis 1500038817 / Brandt Bühnenbau GmbH",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ps-fr-1",
        "fr",
        ("Nadia Benali", "nadia.benali@agencement-lumen.example"),
        "2032-03-17 09:20",
        "gmail",
        "Bonjour,\n\nLe virement de 2 640,00 € est parti hier soir, référence LUMEN-0317.\n\nPar contre je n'ai jamais reçu la facture elle-même, seulement vos relances. Vous pouvez m'en renvoyer une copie en PDF ? Notre expert-comptable la réclame pour la clôture.\n\nMerci d'avance,\nNadia Benali\nAgencement Lumen – Lyon",
        lab(
            paid_date="2032-03-16",
            payment_reference="LUMEN-0317",
            amount="2640.00",
            currency="EUR",
            note="paid, plus a request for a copy of the invoice: the payment claim wins",
        ),
        inv="TSH 320515",
        amt="2640.00",
    ),
    Reply(
        "ps-fr-2",
        "fr",
        ("Association Festival Rues Ouvertes", "finances@rues-ouvertes.example"),
        "2032-03-12 14:05",
        "outlook_html",
        "Madame, Monsieur,\n\nNous accusons réception de votre courriel et vous informons que la facture TSH 320501 a été réglée par virement le 11 mars 2032, pour un montant de 5 904,00 EUR. Le paiement porte la référence de mandat 2032-00418.\n\nLe délai de traitement s'explique par la validation de la dépense par notre conseil d'administration, qui ne se réunit qu'une fois par mois.\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nHélène Marchetti\nResponsable administrative et financière\nAssociation Festival Rues Ouvertes",
        lab(
            "TSH 320501",
            paid_date="2032-03-11",
            payment_reference="2032-00418",
            amount="5904.00",
            currency="EUR",
            note="very formal; Latin-1 client writes EUR for the euro sign",
        ),
        inv="TSH 320501",
        amt="5904.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-es-1",
        "es",
        ("Raúl Ortega", "raul@eventosortega.example"),
        "2032-03-04 19:33",
        "iphone",
        "pagado ayer, perdon por el retraso",
        lab(paid_date="2032-03-03", note="phone reply without capitals or accents"),
        inv="TSH 320437",
        amt="1280.00",
    ),
    Reply(
        "ps-es-2",
        "es",
        ("Jordi Puig", "jordi.puig@festivalmarinada.example"),
        "2032-03-10 11:47",
        "gmail_plain",
        "Hola!\n\nPerdonad que no os contestara la semana pasada, estábamos liados con el montaje del escenario de Sitges y encima la grúa se nos quedó dos días parada por el viento, así que entre una cosa y otra ni abría el correo. Por cierto, la gente de montaje encantada con la cubierta, ni una gota con la que cayó el sábado.\n\nA lo que iba: la transferencia de 1.875,50 € la hice el lunes desde la cuenta de la asociación. Os adjunto el justificante por si no os llega identificada (sale a nombre de Associació Marinada, no de Festival Marinada).\n\nY si tenéis disponibilidad para junio ya os pediré presupuesto para otra torre de sonido.\n\nAbrazo,\nJordi",
        lab(
            paid_date="2032-03-08",
            amount="1875.50",
            currency="EUR",
            note="rambling reply; the transfer made on Monday (8 March) is buried in the second paragraph; proof attached as a PDF",
        ),
        inv="TSH 320452",
        amt="1875.50",
        attach=("justificante_transferencia.pdf", PROOF_PDF),
    ),
    Reply(
        "ps-nl-1",
        "nl",
        (
            "Crediteurenadministratie Van Dijk Winkelinrichting",
            "noreply-betalingen@vandijk-winkelinrichting.example",
        ),
        "2032-03-15 05:02",
        "none",
        "Geachte relatie,\n\nHierbij ontvangt u de specificatie van onze betaling aan Thornbury Scaffolding Hire Ltd.\n\nBetaaldatum:          15-03-2032\nBetalingskenmerk:     BTL-2032-0311\nRekening begunstigde: GB29 NWBK 6016 1331 9268 19\n\nFactuurnummer   Factuurdatum   Bedrag\nTSH 320522      11-02-2032     € 2.310,00\n\nTotaal betaald:                € 2.310,00\n\nDit bericht is automatisch aangemaakt. Reageren op dit adres is niet mogelijk; voor vragen kunt u mailen naar crediteuren@vandijk-winkelinrichting.example.",
        lab(
            "TSH 320522",
            paid_date="2032-03-15",
            payment_reference="BTL-2032-0311",
            amount="2310.00",
            currency="EUR",
            note="AP-system payment specification without Auto-Submitted",
        ),
        inv="TSH 320522",
        amt="2310.00",
        charset="windows-1252",
        subject="Betaalspecificatie Van Dijk Winkelinrichting B.V. – 15-03-2032",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ps-nl-2",
        "nl",
        ("Ingrid Bos", "administratie@bosbouw-haarlem.example"),
        "2032-03-23 13:40",
        "outlook",
        "Goedemiddag,\n\nFactuur TSH 320530 is afgelopen vrijdag voldaan, € 1.145,40. Als omschrijving hebben we ons projectnummer P-2214 (winkel Grote Houtstraat) gebruikt, misschien is hij daardoor bij u niet automatisch gekoppeld.\n\nMet vriendelijke groet,\n\nIngrid Bos\nAdministratie\nBos & Zn. Bouw B.V.",
        lab(
            "TSH 320530",
            paid_date="2032-03-19",
            payment_reference="P-2214",
            amount="1145.40",
            currency="EUR",
            note="'afgelopen vrijdag' from Tuesday 23 March is 19 March",
        ),
        inv="TSH 320530",
        amt="1145.40",
    ),
    Reply(
        "ps-it-1",
        "it",
        ("Chiara Ferri", "amministrazione@allestimentiferri.example"),
        "2032-03-16 10:25",
        "outlook_html",
        "Buongiorno,\n\nvi confermo che in data 15/03 abbiamo disposto il bonifico a saldo della fattura TSH 320509, importo € 2.090,00, TRN 0306203203157781442.\n\nRestiamo a disposizione per eventuali verifiche.\n\nCordiali saluti\n\nChiara Ferri\nUfficio Amministrazione\nAllestimenti Ferri S.r.l.",
        lab(
            "TSH 320509",
            paid_date="2032-03-15",
            payment_reference="0306203203157781442",
            amount="2090.00",
            currency="EUR",
        ),
        inv="TSH 320509",
        amt="2090.00",
    ),
    Reply(
        "ps-it-2",
        "it",
        ("Marco Denti", "marco.denti75@gmail.com"),
        "2032-03-22 08:05",
        "gmail",
        "Fatto ieri sera, scusate il ritardo!\nMarco",
        lab(
            paid_date="2032-03-21",
            note="'ieri sera' on Monday 22 March is Sunday 21 March",
        ),
        inv="TSH 320536",
        amt="640.00",
    ),
)

PROMISE_TO_PAY = group(
    "promise_to_pay",
    Reply(
        "ptp-en-1",
        "en",
        (
            "Accounts Payable – Castlegate Construction",
            "accounts.payable@castlegate-construction.example",
        ),
        "2032-03-09 15:31",
        "outlook_html",
        "Good afternoon,\n\nInvoice TSH 320459 has now been approved by the site team and is included in Friday's payment run. Funds normally clear within three working days of the run.\n\nKind regards,\n\nLauren Pike\nAccounts Payable\nCastlegate Construction plc",
        lab(
            "TSH 320459",
            promised_date="2032-03-12",
            note="past tense ('approved', 'is included') announcing a future payment; Friday's run is the promised date",
        ),
        inv="TSH 320459",
        amt="6230.40",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ptp-en-2",
        "en",
        ("Gaz Whitlock", "gary@whitlockbuilders.example"),
        "2032-03-12 17:48",
        "gmail",
        "Hi there\n\nSorry for the slow reply, it's been one of those weeks. We had building control out on the Mill Lane extension on Tuesday which went fine in the end but the inspector wanted the ties moved on the back elevation so your lads were out again Wednesday, which was appreciated, nobody else round here would come out same day. Then the rain Thursday meant we lost the whole day on the roof anyway so it all went sideways. On top of that the van's been in the garage since Monday and I've been running about in the missus's car with a ladder hanging out the boot.\n\nAnyway the invoice. I'd told Karen I'd sort it this week and I haven't, my fault not hers. I'll transfer the full amount next Thursday once the stage payment from the Mill Lane client lands, they've confirmed it's going out Wednesday.\n\nAlso can you send me prices for a tower for a chimney job in April, 2 storey, probably 3 weeks\n\nCheers\nGaz",
        lab(
            promised_date="2032-03-18",
            note="long reply with the promise buried in the second paragraph; 'next Thursday' written on Friday 12 March is 18 March",
        ),
        inv="TSH 320463",
        amt="2418.60",
    ),
    Reply(
        "ptp-en-3",
        "en",
        ("Sam Okafor", "sam@okaforinteriors.example"),
        "2032-03-10 20:14",
        "iphone",
        "not yet sorry, will be paid on the 15th when our money comes in",
        lab(
            promised_date="2032-03-15",
            note="'not yet' negates a payment but a payment is promised; 'the 15th' after Wednesday 10 March",
        ),
        inv="TSH 320470",
        amt="1395.00",
    ),
    Reply(
        "ptp-de-1",
        "de",
        ("Thomas Schubert", "t.schubert@schubert-dachtechnik.example"),
        "2032-03-11 07:58",
        "outlook",
        "Guten Morgen,\n\ndie Rechnung TSH 320471 ist bei uns für KW 13 zur Zahlung eingeplant.\n\nGruß\nThomas Schubert\nSchubert Dachtechnik GmbH & Co. KG",
        lab(
            "TSH 320471",
            promised_date="2032-03-22",
            note="a calendar week resolves to its Monday, like 'next week': ISO week 13 of 2032 starts on 22 March",
        ),
        inv="TSH 320471",
        amt="1840.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ptp-de-2",
        "de",
        ("Jana Wolff", "j.wolff@eventbau-rheinland.example"),
        "2032-03-15 11:20",
        "android",
        "Hallo zusammen,\n\nist freigegeben und geht mit dem Zahllauf am Donnerstag raus. Bitte noch etwas Geduld.\n\nVG Jana Wolff",
        lab(
            promised_date="2032-03-18",
            note="'ist freigegeben' is past tense, but the payment leaves with Thursday's run",
        ),
        inv="TSH 320484",
        amt="4115.00",
    ),
    Reply(
        "ptp-fr-1",
        "fr",
        ("Françoise Lemaire", "f.lemaire@lemaire-couverture.example"),
        "2032-03-05 16:40",
        "thunderbird",
        "Bonjour,\n\nNous réglerons cette facture fin de mois, avec l'ensemble de nos fournisseurs, comme d'habitude. Désolée pour le retard, notre comptable était en arrêt maladie.\n\nCordialement,\nFrançoise Lemaire\nLemaire Couverture SARL",
        lab(promised_date="2032-03-31", note="'fin de mois' is the last day of March"),
        inv="TSH 320442",
        amt="1516.80",
        cte="8bit",
    ),
    Reply(
        "ptp-es-1",
        "es",
        ("José Ramón Iglesias", "jr.iglesias@montajes-iglesias.example"),
        "2032-03-08 10:02",
        "outlook",
        "Buenos días:\n\nLes pagaremos a finales de mes, que es cuando el ayuntamiento nos abona la certificación de la obra. Lamentamos el retraso.\n\nAtentamente,\n\nJosé Ramón Iglesias\nMontajes Iglesias, S.L.",
        lab(
            promised_date="2032-03-31",
            note="'a finales de mes' is the last day of March",
        ),
        inv="TSH 320448",
        amt="3390.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ptp-es-2",
        "es",
        ("Lucía Navarro", "lucia.navarro@navarroescenarios.example"),
        "2032-03-18 13:15",
        "gmail",
        "Buenas,\n\nQueda programado el pago para el 24/03.\n\nUn saludo,\nLucía",
        lab(promised_date="2032-03-24", note="day/month date in the Spanish order"),
        inv="TSH 320493",
        amt="980.00",
        cte="b64",
    ),
    Reply(
        "ptp-nl-1",
        "nl",
        ("Ruud van der Meer", "ruud.vandermeer@hotmail.com"),
        "2032-03-08 19:12",
        "iphone_html",
        "Ik kan hem over twee weken betalen, dan krijg ik zelf geld van een klus binnen. Sorry voor de vertraging",
        lab(
            promised_date="2032-03-22",
            note="'over twee weken' is fourteen days after Monday 8 March; Dutch reply to an English reminder",
        ),
        inv="TSH 320451",
        amt="1240.00",
        rlang="en",
    ),
    Reply(
        "ptp-nl-2",
        "nl",
        ("Mark Jansen", "m.jansen@jansen-evenementen.example"),
        "2032-03-16 09:41",
        "outlook_html",
        "Goedemorgen,\n\nWe betalen hem direct na Pasen. De directeur moet de betaling nog accorderen en die is tot die tijd met vakantie.\n\nGroet,\nMark Jansen\nJansen Evenementen B.V.",
        lab(note="'direct na Pasen' cannot be pinned to one day"),
        inv="TSH 320488",
        amt="2750.00",
    ),
    Reply(
        "ptp-it-1",
        "it",
        ("Paolo Greco", "p.greco@grecocostruzioni.example"),
        "2032-03-09 17:22",
        "android",
        "Buonasera,\n\nprovvederemo al saldo entro fine mese.\n\nCordiali saluti\nPaolo Greco",
        lab(
            promised_date="2032-03-31",
            note="'entro fine mese' is the last day of March",
        ),
        inv="TSH 320457",
        amt="3605.00",
    ),
    Reply(
        "ptp-it-2",
        "it",
        ("Salvatore Russo", "salvatore@russo-edilizia.example"),
        "2032-03-04 06:48",
        "iphone",
        "VA BENE LO PAGO LUNEDI",
        lab(
            promised_date="2032-03-08",
            note="all caps without the accent from a phone; 'lunedì' after Thursday 4 March",
        ),
        inv="TSH 320436",
        amt="760.00",
    ),
)

DISPUTE = group(
    "dispute",
    Reply(
        "dis-en-1",
        "en",
        ("Pete Marsh", "pete@marshandson-builders.example"),
        "2032-03-05 10:33",
        "outlook",
        "Morning,\n\nWe have NOT paid this and won't be paying it as it stands. The scaffold at 14 Orchard Way was struck on 2nd February – I rang the off-hire through myself and your yard confirmed it – but the invoice charges hire right through to the 28th.\n\nSend me a corrected invoice for the hire up to the 2nd and I'll pay that straight away.\n\nPete Marsh\nMarsh & Son Builders\n07700 900318",
        lab(note="negated payment with the reason: hire charged after the off-hire date"),
        inv="TSH 320440",
        amt="1284.00",
        charset="windows-1252",
    ),
    Reply(
        "dis-en-2",
        "en",
        ("Rachel Dunn", "rachel.dunn@dunnshopfitting.example"),
        "2032-03-11 14:02",
        "gmail",
        "Hi,\n\nTSH 320441 was paid on the 1st, you should have it.\n\nTSH 320447 is a different story. You've charged us for 38 missing fittings at £4.50 each, but everything went back on the lorry and your driver signed the collection note without any comments. I can send you a photo of the note if needed. We won't be paying that invoice until the charge is removed.\n\nThanks\nRachel",
        lab(
            "TSH 320441",
            "TSH 320447",
            note="one invoice paid, the other disputed: the dispute wins",
        ),
        inv="TSH 320447",
        amt="171.00",
    ),
    Reply(
        "dis-en-3",
        "en",
        ("Lee Brannigan", "lee@brannigan-roofing.example"),
        "2032-03-15 16:55",
        "iphone",
        "THE TEMPORARY ROOF YOU PUT UP ON THE HIGH ST JOB LEAKED FOR TWO WEEKS. PLASTERERS HAD TO COME BACK AND REDO TWO CEILINGS AT OUR COST. NOT PAYING THIS TILL SOMEONE COMES OUT AND SEES IT",
        lab(note="all caps; a complaint about the work and a refusal to pay"),
        inv="TSH 320474",
        amt="3880.00",
    ),
    Reply(
        "dis-de-1",
        "de",
        ("Jürgen Hoffmann", "j.hoffmann@hoffmann-veranstaltungstechnik.example"),
        "2032-03-10 18:30",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nich antworte auf Ihre Erinnerung, muss aber etwas ausholen. Wir hatten den Bauaufzug und das Bühnengerüst für das Frühlingsfest in Bonn gemietet, Aufbau am 9. Februar, Abbau am 16. Februar. Der Aufbau lief gut, Ihre Monteure waren pünktlich und sehr professionell, das möchte ich ausdrücklich sagen. Leider ist der Bauaufzug am zweiten Tag ausgefallen, der Techniker Ihres Partners vor Ort kam erst am Freitag, und bis dahin mussten wir die komplette Licht- und Tontechnik über die Treppe nach oben tragen, mit entsprechendem Mehraufwand an Personal, den ich Ihnen gar nicht in Rechnung stellen will.\n\nWas ich aber nicht akzeptiere: Sie berechnen den Aufzug für die vollen sieben Tage. Er war drei Tage außer Betrieb. Bitte schreiben Sie uns für diese drei Tage eine Gutschrift, den Rest der Rechnung überweisen wir dann umgehend.\n\nMit freundlichen Grüßen\n\nJürgen Hoffmann\nHoffmann Veranstaltungstechnik e.K.",
        lab(
            note="long reply; the objection (three days' hire of a broken hoist) comes in the second paragraph; paying the rest is conditional"
        ),
        inv="TSH 320458",
        amt="4680.00",
        charset="iso-8859-1",
    ),
    Reply(
        "dis-de-2",
        "de",
        ("Katrin Vogel", "katrin.vogel@vogel-ladenbau.example"),
        "2032-03-19 09:12",
        "gmail",
        "Hallo,\n\ndie Rechung TSH 320468 stimmt nicht. Laut Ihrem Angebot vom 20.01. war für das Fassadengerüst ein Wochenpreis von 420 € vereinbart, berechnet haben Sie 560 € pro Woche. Bitte korrigieren Sie die Rechnung, vorher können wir sie nicht freigeben.\n\nViele Grüße\nKatrin Vogel\nVogel Ladenbau GmbH",
        lab("TSH 320468", note="price charged above the quoted weekly rate"),
        inv="TSH 320468",
        amt="2240.00",
        cte="b64",
    ),
    Reply(
        "dis-fr-1",
        "fr",
        ("Stéphane Roux", "s.roux@roux-agencement.example"),
        "2032-03-08 11:45",
        "outlook",
        "Bonjour,\n\nNous contestons la ligne « matériel manquant / détérioré » de 742,00 EUR figurant sur cette facture. Le bon de retour signé par votre chauffeur le 19 février ne porte aucune réserve : tout le matériel a été restitué complet et en bon état.\n\nMerci de nous adresser un avoir du montant correspondant. Le reste de la facture sera réglé à réception.\n\nCordialement,\n\nStéphane Roux\nConducteur de travaux\nRoux Agencement",
        lab(
            note="charge for missing or damaged equipment contested; paying the rest is conditional"
        ),
        inv="TSH 320449",
        amt="2962.00",
        charset="iso-8859-1",
    ),
    Reply(
        "dis-fr-2",
        "fr",
        ("Camille Fontaine", "camille@atelier-fontaine.example"),
        "2032-03-22 15:30",
        "apple",
        "Bonjour,\n\nCette facture fait double emploi avec la TSH 320388, que nous avons réglée le 18 février : même chantier (boutique rue de la République), même période de location, même montant. Je pense qu'il s'agit d'une erreur de votre logiciel.\n\nPouvez-vous vérifier et annuler la TSH 320512 ?\n\nMerci,\nCamille Fontaine\nAtelier Fontaine – agencement de boutiques",
        lab(
            "TSH 320388",
            "TSH 320512",
            note="duplicate billing; the payment mentioned is of the earlier invoice, not this one",
        ),
        inv="TSH 320512",
        amt="1190.00",
    ),
    Reply(
        "dis-es-1",
        "es",
        ("Marta Gil", "marta.gil@gilreformas.example"),
        "2032-03-17 12:08",
        "gmail_plain",
        "Hola,\n\nNo lo hemos pagado porque el montacargas que aparece en la factura nunca llegó a la obra. Nos dijeron que venía el lunes 8, luego que el martes, y al final alquilamos uno a otra empresa. Solo os vamos a pagar el andamio, que ese sí lo tuvimos.\n\nMandadme la factura corregida, por favor.\n\nMarta Gil\nGil Reformas",
        lab(note="negated payment; a hoist on the invoice was never delivered"),
        inv="TSH 320495",
        amt="2315.00",
    ),
    Reply(
        "dis-nl-1",
        "nl",
        ("Pieter de Graaf", "p.degraaf@degraaf-dakwerken.example"),
        "2032-03-04 10:50",
        "outlook_html",
        "Goedemorgen,\n\nDe steiger aan de Kerkstraat is op 12 februari afgemeld; uw planner heeft dat dezelfde dag per mail bevestigd. Toch rekent u huur tot en met 28 februari. Dat betalen we niet.\n\nGraag een gecorrigeerde factuur.\n\nMet vriendelijke groet,\n\nPieter de Graaf\nDe Graaf Dakwerken",
        lab(note="hire charged after the off-hire date"),
        inv="TSH 320434",
        amt="1675.00",
    ),
    Reply(
        "dis-nl-2",
        "nl",
        ("Sanne Visser", "sanne@visserinterieurbouw.example"),
        "2032-03-25 14:44",
        "thunderbird",
        "Hoi,\n\nWaarom staan er € 385,00 transportkosten op deze factuur? Met jullie verkoper (Dave) was franco levering afgesproken, dat staat ook in zijn mail van 14 januari. Die regel mag er wat ons betreft af, de rest betalen we zodra dat geregeld is.\n\nGroetjes,\nSanne Visser",
        lab(note="written as a question, but it contests a line of the invoice"),
        inv="TSH 320540",
        amt="1985.00",
        cte="8bit",
    ),
    Reply(
        "dis-it-1",
        "it",
        ("Giorgio Bianchi", "g.bianchi@bianchi-impianti.example"),
        "2032-03-12 08:30",
        "android",
        "Buongiorno,\n\nnon paghiamo questa fattura finché non chiariamo la questione del ponteggio di via Garibaldi. Il coordinatore per la sicurezza lo ha dichiarato non conforme (mancavano i parapetti sul terzo impalcato) e il cantiere è rimasto fermo quattro giorni. Abbiamo il verbale, ve lo giro se serve.\n\nGiorgio Bianchi",
        lab(note="scaffold failed the safety inspection; payment withheld"),
        inv="TSH 320464",
        amt="3140.00",
    ),
    Reply(
        "dis-it-2",
        "it",
        ("Elena Marini", "elena.marini@marini-eventi.example"),
        "2032-03-24 16:02",
        "gmail",
        "Salve,\n\nil noleggio della copertura per la fiera l'abbiamo già pagato il 2 marzo (€ 2.800,00). Quello che non paghiamo sono i tre giorni di montaggio extra che trovate in fattura: nessuno di noi li ha mai autorizzati e il montaggio è durato esattamente quanto previsto nel preventivo.\n\nAttendiamo una nota di credito.\n\nElena Marini\nMarini Eventi",
        lab(note="part already paid, the rest disputed: the dispute wins"),
        inv="TSH 320538",
        amt="850.00",
    ),
)

PAYMENT_PLAN = group(
    "payment_plan",
    Reply(
        "pp-en-1",
        "en",
        ("Dave Kerrigan", "dave@kerriganbrickwork.example"),
        "2032-03-02 13:12",
        "outlook_html",
        "Hi,\n\nI'll be straight with you. The main contractor on the Brookfield Road job went into administration last month owing us just over £60k, and we're waiting on the administrators like everyone else. I can't clear this in one go.\n\nWould you accept £500 a month starting April until it's cleared? I'll set up a standing order as soon as you confirm.\n\nRegards\nDave Kerrigan\nKerrigan Brickwork Ltd",
        lab(note="hardship and monthly instalments"),
        inv="TSH 320431",
        amt="3125.00",
    ),
    Reply(
        "pp-en-2",
        "en",
        ("Jade Holloway", "jade@hollowayrepairs.example"),
        "2032-03-16 10:17",
        "gmail",
        "Hi, I've sent £1,000 today and I'll clear the remaining £1,420 by the end of April, if that works for you? Jade",
        lab(note="part paid now, the rest later: payment_plan, not payment_sent"),
        inv="TSH 320487",
        amt="2420.00",
    ),
    Reply(
        "pp-en-3",
        "en",
        ("Tomasz Nowak", "treasurer@riversidecommunityarts.example"),
        "2032-03-19 11:55",
        "thunderbird",
        "Dear Credit Control team,\n\nThank you for the reminder, and apologies that this has run past its due date.\n\nRiverside Community Arts is a small charity and our festival grant is paid to us in quarterly tranches by the council; the next one arrives in April. Would it be acceptable for us to spread the balance over three monthly payments, in April, May and June? We are happy to sign anything you need to formalise this.\n\nWith thanks and best wishes,\n\nTomasz Nowak\nTreasurer, Riverside Community Arts",
        lab(note="charity asks to spread the balance over three months"),
        inv="TSH 320499",
        amt="2850.00",
        cte="8bit",
    ),
    Reply(
        "pp-de-1",
        "de",
        ("Markus Lehmann", "m.lehmann@lehmann-bau.example"),
        "2032-03-05 12:40",
        "iphone",
        "Hallo, könnten wir das in drei Monatsraten à 1.000 € machen? Erste Rate zum 1.4. Bitte kurze Rückmeldung. Gruß Lehmann",
        lab(note="instalments proposed; plan dates and amounts are not labelled"),
        inv="TSH 320443",
        amt="3000.00",
    ),
    Reply(
        "pp-de-2",
        "de",
        ("Dr. Ulrike Sommer", "u.sommer@sommer-projektbau.example"),
        "2032-03-22 10:05",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir bitten Sie höflich um einen Zahlungsaufschub bis zum 30. April 2032. Unser Auftraggeber leistet die Schlusszahlung für das Bauvorhaben Lindenallee erst nach der förmlichen Abnahme, die für Mitte April angesetzt ist. Die Forderung selbst ist unstreitig.\n\nFür Ihr Entgegenkommen danken wir Ihnen im Voraus.\n\nMit freundlichen Grüßen\n\nDr. Ulrike Sommer\nGeschäftsführerin\nSommer Projektbau GmbH",
        lab(note="asks for more time: payment_plan; a requested deadline is not a promise"),
        inv="TSH 320527",
        amt="5220.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-fr-1",
        "fr",
        ("Olivier Perrin", "o.perrin@perrin-batiment.example"),
        "2032-03-09 09:48",
        "outlook_html",
        "Bonjour,\n\nSuite à votre relance, serait-il possible de mettre en place un échéancier en quatre mensualités pour cette facture ? Nous traversons une période de trésorerie tendue depuis la perte d'un gros chantier en janvier.\n\nDans l'attente de votre retour,\n\nOlivier Perrin\nGérant – Perrin Bâtiment",
        lab(note="instalments asked for, with the reason"),
        inv="TSH 320455",
        amt="4400.00",
        charset="windows-1252",
    ),
    Reply(
        "pp-fr-2",
        "fr",
        ("Karim Haddad", "karim.haddad.renov@gmail.com"),
        "2032-03-24 18:20",
        "gmail_plain",
        "Bonsoir,\nje vous vire 800 € aujourd'hui et le reste début avril, j'attends le paiement d'un client. ca vous va ?\nKarim Haddad",
        lab(note="part now and the rest later: payment_plan"),
        inv="TSH 320535",
        amt="1950.00",
    ),
    Reply(
        "pp-es-1",
        "es",
        ("Pilar Romero", "pilar@romero-carpinteria.example"),
        "2032-03-11 20:02",
        "iphone",
        "Hola, ¿podriamos pagarlo en dos veces? La mitad ahora a mediados de mes y la otra mitad en abril. Grcias",
        lab(note="split into two payments"),
        inv="TSH 320466",
        amt="1640.00",
    ),
    Reply(
        "pp-es-2",
        "es",
        ("Antonio Ferrer", "antonio.ferrer@ferrerconstrucciones.example"),
        "2032-03-23 09:15",
        "android",
        "Buenos días,\n\nEstamos pasando un momento complicado: la promotora del edificio de la calle Colón lleva tres meses sin pagarnos y no podemos hacer frente a esta factura ahora mismo. ¿Nos podéis dar hasta mayo, o dividirla en varios pagos? Lo que os vaya mejor.\n\nAntonio Ferrer",
        lab(note="hardship; more time or instalments"),
        inv="TSH 320531",
        amt="6120.00",
    ),
    Reply(
        "pp-nl-1",
        "nl",
        ("Henk Smit", "henk@smitbouw-alkmaar.example"),
        "2032-03-12 14:25",
        "outlook",
        "Goedemiddag,\n\nIs het mogelijk om deze factuur in drie termijnen te voldoen? De eerste termijn kunnen we volgende week overmaken. Graag hoor ik of dat akkoord is.\n\nMet vriendelijke groet,\nHenk Smit\nSmit Bouw Alkmaar",
        lab(
            note="three instalments; the first instalment's week is part of the plan, not a promise"
        ),
        inv="TSH 320469",
        amt="2790.00",
    ),
    Reply(
        "pp-it-1",
        "it",
        ("Roberta Conti", "roberta.conti@contiallestimenti.example"),
        "2032-03-18 17:40",
        "outlook_html",
        "Buonasera,\n\nscusate se rispondo solo ora, ma sono state settimane pesanti. Abbiamo chiuso il cantiere del negozio di Milano con dieci giorni di ritardo per colpa dei permessi del comune, poi il cliente ha contestato alcune finiture e ci sta trattenendo il saldo, e nel frattempo abbiamo dovuto anticipare i materiali per due nuovi lavori a Bergamo. Vi dico tutto questo non per giustificarci ma perché capiate la situazione.\n\nIn concreto: potremmo rateizzare l'importo in tre rate mensili, da aprile a giugno? Se vi va bene vi mando subito una proposta scritta con le date.\n\nGrazie della pazienza,\nRoberta Conti\nConti Allestimenti S.r.l.",
        lab(note="long reply; the request for three monthly instalments comes at the end"),
        inv="TSH 320497",
        amt="4950.00",
    ),
    Reply(
        "pp-it-2",
        "it",
        ("Luca Moretti", "luca@morettiedile.example"),
        "2032-03-03 12:10",
        "apple",
        "Buongiorno,\nvi mandiamo metà adesso e il resto a 60gg, se x voi va bene. Fatemi sapere.\nLuca Moretti",
        lab(note="half now, the rest in 60 days"),
        inv="TSH 320432",
        amt="1420.00",
    ),
)

INVOICE_REQUEST = group(
    "invoice_request",
    Reply(
        "ir-en-1",
        "en",
        ("Priya Raman", "ap.invoices@hallamgroup.example"),
        "2032-03-04 11:06",
        "outlook_html",
        "Hello,\n\nWe are unable to process this invoice as it does not quote a purchase order number, and our system rejects any supplier invoice without one. Please reissue it quoting PO 4500218876 and it will be picked up in the next payment run.\n\nMany thanks,\n\nPriya Raman\nAccounts Payable\nHallam Group plc",
        lab(note="reissue with a PO number; the amount is not contested"),
        inv="TSH 320438",
        amt="7315.20",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-2",
        "en",
        ("Neil Cartwright", "neil@cartwright-developments.example"),
        "2032-03-18 08:22",
        "gmail",
        "Morning\n\nHappy to pay this once you send over the signed handover certificate for the Plot 12 scaffold. Our QS won't release anything without it and I dont think we ever recieved one.\n\nNeil",
        lab(note="conditional payment waiting on a document; nothing contested"),
        inv="TSH 320494",
        amt="1890.00",
    ),
    Reply(
        "ir-en-3",
        "en",
        ("Margaret Ellison", "finance.services@greenhollowhousing.example"),
        "2032-03-23 12:30",
        "outlook",
        "Dear Sir or Madam,\n\nBefore we can release payment we are required to verify your bank details independently. Please send us confirmation of your account name, sort code and account number on company letterhead, signed by a director. For your security we will also telephone your office on the number held on our supplier file to confirm.\n\nThis is standard procedure for all suppliers following a recent attempted mandate fraud.\n\nYours faithfully,\n\nMargaret Ellison\nFinance Services\nGreenhollow Housing Association",
        lab(note="bank details must be confirmed before paying"),
        inv="TSH 320529",
        amt="8640.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-de-1",
        "de",
        ("Nicole Schäfer", "n.schaefer@schaefer-messebau.example"),
        "2032-03-09 10:10",
        "gmail",
        "Hallo,\n\nnoch nicht bezahlt, weil uns die Rechnung selbst gar nicht vorliegt – bei uns ist nur Ihre Mahnung angekommen. Schicken Sie die Rechnung bitte als PDF, dann geht sie sofort in die Freigabe.\n\nDanke und Gruß\nNicole Schäfer",
        lab(note="negated payment because the invoice never arrived"),
        inv="TSH 320453",
        amt="2195.00",
        cte="b64",
    ),
    Reply(
        "ir-de-2",
        "de",
        ("Wolfgang Albrecht", "rechnungseingang@stadt-kleinbergen.example"),
        "2032-03-15 14:20",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nals öffentlicher Auftraggeber sind wir verpflichtet, Rechnungen ausschließlich in elektronischer Form (XRechnung) über die zentrale Rechnungseingangsplattform entgegenzunehmen. Eine Rechnung mit der Nummer TSH 320480 ist dort bislang nicht eingegangen; das per E-Mail übersandte PDF können wir nicht bearbeiten.\n\nWir bitten Sie, die Rechnung unter Angabe der Leitweg-ID 05315-0000427-67 erneut einzureichen. Nach Eingang erfolgt die Zahlung innerhalb der gesetzlichen Frist.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nWolfgang Albrecht\nStadt Kleinbergen, Fachbereich Finanzen",
        lab(
            "TSH 320480",
            note="public body needs the invoice as an e-invoice; very formal",
        ),
        inv="TSH 320480",
        amt="11460.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-1",
        "fr",
        ("Bruno Lefèvre", "bruno.lefevre@lefevre-renovation.example"),
        "2032-03-10 12:51",
        "iphone",
        "C'est pour quel chantier ? On a eu deux échafaudages chez vous en février. Envoyez moi le détail svp",
        lab(note="asks which job the invoice is for and for the detail"),
        inv="TSH 320460",
        amt="1340.00",
    ),
    Reply(
        "ir-fr-2",
        "fr",
        ("Sophie Marchand", "s.marchand@marchand-retail-design.example"),
        "2032-03-19 15:05",
        "outlook_html",
        "Bonjour,\n\nAvant de pouvoir passer cette facture en paiement, nous avons besoin qu'elle soit rééditée au nom de notre siège (Marchand Retail Design SAS, 12 rue des Tanneurs, 69002 Lyon) avec notre numéro de TVA intracommunautaire FR 47 512 345 678. Le montant n'est pas en cause.\n\nMerci d'avance,\n\nSophie Marchand\nComptabilité fournisseurs",
        lab(note="reissue to the right entity with a VAT number; the amount is not contested"),
        inv="TSH 320506",
        amt="3720.00",
    ),
    Reply(
        "ir-es-1",
        "es",
        ("Carmen Ruiz", "carmen.ruiz@ruiz-stands.example"),
        "2032-03-05 09:55",
        "gmail",
        "Buenos días,\n\nPara poder tramitar el pago necesito una copia de la factura y los albaranes de entrega y recogida firmados. Sin los albaranes el departamento financiero no la aprueba.\n\nGracias,\nCarmen Ruiz\nRuiz Stands & Eventos",
        lab(note="needs the invoice copy and signed delivery notes before paying"),
        inv="TSH 320444",
        amt="2480.00",
    ),
    Reply(
        "ir-es-2",
        "es",
        ("Fernando Castillo", "administracion@castillo-rehabilitaciones.example"),
        "2032-03-25 11:30",
        "outlook",
        "Buenos días:\n\n¿Nos podrían enviar un extracto de nuestra cuenta con ustedes? Según nuestra contabilidad tenemos pagadas dos facturas de febrero que no sé si ustedes tienen aplicadas, y no me cuadran los importes.\n\nQuedo a la espera.\n\nFernando Castillo\nDepartamento de Administración",
        lab(note="statement of account; no payment is claimed for this invoice"),
        inv="TSH 320541",
        amt="1760.00",
        charset="windows-1252",
    ),
    Reply(
        "ir-nl-1",
        "nl",
        ("Linda Mulder", "crediteuren@mulder-groep.example"),
        "2032-03-08 13:33",
        "outlook",
        "Goedemiddag,\n\nDeze factuur kan ik niet inboeken zonder ons inkoopordernummer. Wilt u hem opnieuw sturen met inkooporder 2032-0412 erop? Dan wordt hij in de eerstvolgende betaalrun meegenomen.\n\nMet vriendelijke groet,\n\nLinda Mulder\nCrediteurenadministratie\nMulder Groep",
        lab(note="reissue with a purchase order number"),
        inv="TSH 320450",
        amt="3255.00",
    ),
    Reply(
        "ir-nl-2",
        "nl",
        ("Bas Hendriks", "bas@hendriks-podiumbouw.example"),
        "2032-03-17 16:46",
        "gmail",
        "Hallo,\n\nVoordat we betalen: kunnen jullie telefonisch of per brief jullie IBAN bevestigen? Vorige week kregen we een mail 'namens Thornbury' met een nieuw rekeningnummer en dat vertrouw ik niet helemaal.\n\nGroet,\nBas Hendriks",
        lab(
            note="wants the bank details confirmed before paying; Dutch reply to an English reminder"
        ),
        inv="TSH 320491",
        amt="2070.00",
        rlang="en",
    ),
    Reply(
        "ir-it-1",
        "it",
        ("Federica Galli", "f.galli@galli-costruzioni.example"),
        "2032-03-11 10:40",
        "html_only",
        "Buongiorno,\n\nnon riusciamo a registrare il documento perché non ci è arrivata la fattura elettronica tramite SDI. Potete trasmetterla indicando il nostro codice destinatario M5UXCR1? Appena la riceviamo procediamo con il pagamento.\n\nGrazie,\nFederica Galli\nUfficio contabilità",
        lab(note="needs the e-invoice before paying; HTML-only message"),
        inv="TSH 320467",
        amt="2675.00",
    ),
)

WRONG_CONTACT = group(
    "wrong_contact",
    Reply(
        "wc-en-1",
        "en",
        ("Finance Team", "finance@penninelivinghomes.example"),
        "2032-03-16 07:03",
        "html_only",
        "Dear Supplier,\n\nPlease be advised that our accounts department has moved to a new email system. With immediate effect, kindly update your records and send all statements, reminders and remittance queries to accounts.penninelivinghomes@gmail.com only. Emails sent to this address will no longer be monitored.\n\nWe will also be sending you updated details for future correspondence shortly.\n\nKind Regards,\nFinance Team\nPennine Living Homes",
        lab(
            new_contact="accounts.penninelivinghomes@gmail.com",
            note="reads like a redirection scam (free-mail address, 'with immediate effect'); labelled by what it asks, and a person should verify it before the contact is changed; HTML-only",
        ),
        inv="TSH 320486",
        amt="5480.00",
    ),
    Reply(
        "wc-en-2",
        "en",
        ("Jo Pearce", "jo.pearce@marlowinteriors.example"),
        "2032-03-03 18:20",
        "apple",
        "Hi,\n\nI left Marlow Interiors at the end of January, so this one isn't for me any more. Accounts are now handled by Harriet – harriet.cole@marlowinteriors.example.\n\nAll the best,\nJo",
        lab(new_contact="harriet.cole@marlowinteriors.example"),
        inv="TSH 320435",
        amt="940.00",
    ),
    Reply(
        "wc-en-3",
        "en",
        ("Wharf Street Site Office", "wharfstreet.site@brackleyconstruction.example"),
        "2032-03-10 07:35",
        "outlook",
        "This is the site office mailbox for Wharf Street, nobody here deals with invoices. Try head office.\n\nRegards\nCarl (site manager)",
        lab(note="not the right mailbox; no address given"),
        inv="TSH 320461",
        amt="4320.00",
    ),
    Reply(
        "wc-de-1",
        "de",
        ("Info Neumann Eventtechnik", "info@neumann-eventtechnik.example"),
        "2032-03-08 09:20",
        "outlook_html",
        "Guten Tag,\n\ndies ist unser allgemeines Info-Postfach. Rechnungen und Zahlungserinnerungen senden Sie bitte künftig ausschließlich an buchhaltung@neumann-eventtechnik.example, dort wird alles zentral bearbeitet.\n\nFreundliche Grüße\nMelanie Kraus\nEmpfang",
        lab(new_contact="buchhaltung@neumann-eventtechnik.example"),
        inv="TSH 320454",
        amt="1530.00",
    ),
    Reply(
        "wc-fr-1",
        "fr",
        ("Gérard Dubois", "g.dubois@dubois-freres-btp.example"),
        "2032-03-15 10:14",
        "outlook",
        "Bonjour,\n\nJe ne m'occupe plus de la comptabilité fournisseurs depuis le 1er mars. Merci de voir directement avec Mme Sylvie Garnier : s.garnier@dubois-freres-btp.example.\n\nCordialement,\nGérard Dubois",
        lab(new_contact="s.garnier@dubois-freres-btp.example"),
        inv="TSH 320482",
        amt="2210.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "wc-fr-2",
        "fr",
        ("Élodie Martin", "elodie.martin@martin-evenements.example"),
        "2032-03-23 17:02",
        "gmail",
        "Bonjour,\n\nCe n'est pas moi qui gère les factures, je suis chargée de production. Écrivez plutôt à Compta.Fournisseurs@Martin-Evenements.example, ils vous répondront.\n\nBonne soirée,\nÉlodie",
        lab(
            new_contact="compta.fournisseurs@martin-evenements.example",
            note="address written in mixed case, labelled in lower case",
        ),
        inv="TSH 320532",
        amt="1045.00",
    ),
    Reply(
        "wc-es-1",
        "es",
        ("Paco Jiménez", "paco.jimenez@jimenez-reformas.example"),
        "2032-03-04 13:44",
        "iphone",
        "Esto lo lleva mi gestoría, escribidles a ellos: administracion@gestoria-ribera.example. Gracias",
        lab(new_contact="administracion@gestoria-ribera.example"),
        inv="TSH 320445",
        amt="690.00",
    ),
    Reply(
        "wc-es-2",
        "es",
        ("Andamios Levante", "info@andamioslevante.example"),
        "2032-03-22 12:20",
        "outlook",
        "Buenos días:\n\nCreo que se han equivocado de destinatario. Somos Andamios Levante, una empresa de Valencia, y no tenemos ninguna cuenta abierta con Thornbury Scaffolding Hire. Revisen sus datos, por favor.\n\nUn saludo,\nInés Soler",
        lab(note="wrong company altogether; no new address"),
        inv="TSH 320525",
        amt="1870.00",
    ),
    Reply(
        "wc-nl-1",
        "nl",
        ("Van Leeuwen Bouw", "info@vanleeuwenbouw.example"),
        "2032-03-09 08:01",
        "none",
        "Dit e-mailadres wordt niet meer gelezen.\n\nVoor facturen en betalingen: facturen@vanleeuwenbouw.example\nVoor planning en uitvoering: planning@vanleeuwenbouw.example\n\nUw bericht is niet doorgestuurd.",
        lab(
            new_contact="facturen@vanleeuwenbouw.example",
            note="automatic 'no longer read' notice naming the address for invoices: wrong_contact, not auto_reply",
        ),
        inv="TSH 320456",
        amt="2560.00",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
        thread=True,
    ),
    Reply(
        "wc-nl-2",
        "nl",
        ("Joost Verhoeven", "j.verhoeven@verhoeven-installaties.example"),
        "2032-03-18 07:48",
        "android",
        "Hoi, ik ben projectleider, facturen gaan bij ons via de administratie: crediteuren@verhoeven-installaties.example. Kunnen jullie het daarheen sturen? Gr Joost",
        lab(new_contact="crediteuren@verhoeven-installaties.example"),
        inv="TSH 320496",
        amt="1315.00",
    ),
    Reply(
        "wc-it-1",
        "it",
        ("Alessandro Fabbri", "a.fabbri@fabbri-edilizia.example"),
        "2032-03-05 11:11",
        "gmail",
        "Buongiorno,\n\nnon sono più io il referente per l'amministrazione. Per favore scrivete a amministrazione@fabbri-edilizia.example, così la pratica arriva alla persona giusta.\n\nSaluti,\nAlessandro Fabbri",
        lab(new_contact="amministrazione@fabbri-edilizia.example"),
        inv="TSH 320462",
        amt="2340.00",
    ),
    Reply(
        "wc-it-2",
        "it",
        ("Giulia Rossi", "giulia.rossi88@libero.it"),
        "2032-03-20 10:30",
        "iphone",
        "Guardate che avete sbagliato indirizzo, sono una privata e non ho mai noleggiato ponteggi da nessuno",
        lab(note="wrong recipient altogether, no punctuation; no new address"),
        inv="TSH 320517",
        amt="1620.00",
    ),
)

UNSUBSCRIBE = group(
    "unsubscribe",
    Reply(
        "un-en-1",
        "en",
        ("Wayne Tolley", "wayne@tolleyroofing.example"),
        "2032-03-08 12:15",
        "iphone",
        "Youll have it by the end of the month like i told your colleague on the phone last week. Now please stop sending me these every other day",
        lab(note="a promise plus 'stop sending these': unsubscribe wins, so no date is labelled"),
        inv="TSH 320465",
        amt="1150.00",
    ),
    Reply(
        "un-en-2",
        "en",
        (
            "Accounts Payable – Millbrook District Council",
            "accounts.payable@millbrook-council.example",
        ),
        "2032-03-16 09:02",
        "outlook_html",
        "Dear Sir/Madam,\n\nThe Council does not deal with supplier account queries by e-mail. Please address all correspondence about this account in writing to: Accounts Payable, Millbrook District Council, Civic Centre, Market Square, Millbrook, MB1 2AA.\n\nPlease remove this address from your reminder list.\n\nYours faithfully,\n\nAccounts Payable Team",
        lab(note="post only, and remove this address: unsubscribe"),
        inv="TSH 320489",
        amt="2980.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "un-en-3",
        "en",
        ("Steve Rudd", "steve.rudd@ruddgroundworks.example"),
        "2032-03-24 20:40",
        "gmail_plain",
        "I've already explained on the phone why this invoice is wrong. As you insist on sending these, any further correspondence goes to our solicitors, Hartley Brooke, reference HB/2291. Do not contact me directly again.",
        lab(note="'talk to our solicitors, don't contact me' beats the dispute it mentions"),
        inv="TSH 320533",
        amt="3415.00",
    ),
    Reply(
        "un-de-1",
        "de",
        ("Tobias Becker", "t.becker@becker-holzbau.example"),
        "2032-03-03 15:00",
        "outlook",
        "Guten Tag,\n\nbitte nehmen Sie diese Adresse aus Ihrem Verteiler für Zahlungserinnerungen. Ich bin hier nur für die Arbeitsvorbereitung zuständig.\n\nDanke\nTobias Becker",
        lab(
            note="remove me, plus 'not my job' without a new address: unsubscribe beats wrong_contact"
        ),
        inv="TSH 320430",
        amt="890.00",
    ),
    Reply(
        "un-de-2",
        "de",
        ("Sven Hartmann", "s.hartmann@hartmann-trockenbau.example"),
        "2032-03-17 19:22",
        "iphone",
        "Bitte unterlassen Sie ab sofort weitere Mahnungen per Mail. Wir zahlen wie telefonisch besprochen nach Ostern. Punkt.",
        lab(note="stop e-mailing plus a promise: unsubscribe wins"),
        inv="TSH 320492",
        amt="2460.00",
    ),
    Reply(
        "un-fr-1",
        "fr",
        ("Julien Moreau", "julien.moreau.perso@gmail.com"),
        "2032-03-11 21:10",
        "gmail",
        "STOP. Merci de ne plus écrire à cette adresse, c'est ma boîte perso. Pour le boulot passez par le standard de l'entreprise, point.",
        lab(note="stop writing to a private address; no new address given"),
        inv="TSH 320473",
        amt="1730.00",
    ),
    Reply(
        "un-es-1",
        "es",
        ("Álvaro Méndez", "alvaro.mendez@mendez-obras.example"),
        "2032-03-09 12:45",
        "outlook",
        "Buenos días:\n\nLes ruego que dejen de enviarnos correos sobre esta factura. Cualquier comunicación al respecto deberá dirigirse por burofax a nuestro abogado, D. Ignacio Salvat, del despacho Salvat & Asociados.\n\nAtentamente,\nÁlvaro Méndez",
        lab(note="stop e-mailing; lawyer, by registered fax only"),
        inv="TSH 320472",
        amt="4210.00",
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "un-es-2",
        "es",
        ("Rocío Campos", "rocio.campos@camposdecoracion.example"),
        "2032-03-25 10:08",
        "iphone",
        "Por favor quitadme de esta lista de correos. Gracias",
        lab(),
        inv="TSH 320542",
        amt="560.00",
    ),
    Reply(
        "un-nl-1",
        "nl",
        ("Erik de Boer", "erik.deboer61@gmail.com"),
        "2032-03-05 08:34",
        "gmail_plain",
        "Wilt u mij uit uw mailbestand halen? Ik ben sinds vorig jaar met pensioen en heb niets meer met het bedrijf te maken.\nErik de Boer",
        lab(note="remove me; retired, no new address"),
        inv="TSH 320426",
        amt="1125.00",
    ),
    Reply(
        "un-nl-2",
        "nl",
        ("Yvonne Peeters", "y.peeters@peeters-standbouw.example"),
        "2032-03-19 13:58",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nWij ontvangen correspondentie over openstaande posten voortaan uitsluitend per post, op ons vestigingsadres. Wij verzoeken u dit e-mailadres niet meer te gebruiken voor herinneringen.\n\nMet vriendelijke groet,\nYvonne Peeters\nPeeters Standbouw",
        lab(note="post only: unsubscribe"),
        inv="TSH 320503",
        amt="3360.00",
    ),
    Reply(
        "un-it-1",
        "it",
        ("Franco Lombardi", "f.lombardi@lombardi-costruzioni.example"),
        "2032-03-10 16:27",
        "outlook",
        "Vi diffido dal continuare a scrivere a questo indirizzo. Per qualsiasi comunicazione relativa alla fattura vi contatterà il nostro legale, avv. Paola Serra.\n\nFranco Lombardi",
        lab(note="formal warning to stop writing; the lawyer will be in touch"),
        inv="TSH 320475",
        amt="2780.00",
    ),
    Reply(
        "un-it-2",
        "it",
        ("Valentina Esposito", "valentina.esposito@espositoeventi.example"),
        "2032-03-23 09:40",
        "iphone",
        "Vi prego di cancellare il mio indirizzo dalla vostra lista, non voglio più ricevere queste mail. Grazie",
        lab(),
        inv="TSH 320528",
        amt="980.00",
    ),
)

AUTO_REPLY = group(
    "auto_reply",
    Reply(
        "ar-en-1",
        "en",
        ("Brackley AP Service Desk", "apservicedesk@brackleyconstruction.example"),
        "2032-03-02 08:41",
        "none",
        "Thank you for contacting Brackley Construction Accounts Payable.\n\nYour email has been logged as case AP-118204. Please quote this reference in any further correspondence.\n\nOur team aims to respond to supplier queries within 5 working days. Invoices are paid in line with agreed terms once approved by the relevant project manager.\n\nThis is an automated message. Please do not reply.",
        lab(note="ticket acknowledgement"),
        subject="[AP-118204] Received: {rsub}",
        headers=(AUTO_REPLIED, ("X-Ticket-ID", "AP-118204")),
    ),
    Reply(
        "ar-en-2",
        "en",
        ("Helen Crowther", "helen.crowther@crowther-roofing.example"),
        "2032-03-24 10:12",
        "none",
        "Hello,\n\nThanks for your email. I'm on leave over Easter and back in the office on Tuesday 30 March. Messages are not being forwarded, so I'll pick this up when I'm back.\n\nHelen",
        lab(return_date="2032-03-30", note="only X-Autoreply, no Auto-Submitted"),
        subject="Auto: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        thread=True,
    ),
    Reply(
        "ar-en-3",
        "en",
        ("Gareth Lloyd", "g.lloyd@lloydprice-shopfitters.example"),
        "2032-03-10 09:30",
        "none",
        "I am on site visits all week with very limited access to email. For anything urgent please call the office on 0117 496 0321.",
        lab(note="no return date given"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GENERATED, SUPPRESS),
        thread=True,
    ),
    Reply(
        "ar-de-1",
        "de",
        ("Petra Zimmermann", "p.zimmermann@zimmermann-ausbau.example"),
        "2032-03-15 08:05",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 19.03.2032, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 22.03., bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nPetra Zimmermann",
        lab(
            return_date="2032-03-22",
            note="the stated day back wins over 'bis einschließlich'",
        ),
        charset="iso-8859-1",
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO_REPLIED,),
        thread=True,
    ),
    Reply(
        "ar-de-2",
        "de",
        ("Dachdeckerei Keller", "info@dachdeckerei-keller.example"),
        "2032-03-25 12:00",
        "none",
        "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nunser Büro bleibt über die Osterfeiertage vom 26.03. bis einschließlich 29.03.2032 geschlossen. Ab Dienstag, dem 30.03.2032, sind wir wieder für Sie da.\n\nIhr Team der Dachdeckerei Keller",
        lab(
            return_date="2032-03-30",
            note="Easter closure; only Precedence, no Auto-Submitted",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-fr-1",
        "fr",
        ("Service Fournisseurs – Groupe Batival", "fournisseurs@batival.example"),
        "2032-03-08 10:02",
        "none",
        "Bonjour,\n\nNous avons bien reçu votre message. Votre demande a été enregistrée sous le numéro 2032-03-004512 et sera traitée par un gestionnaire dans un délai de 48 heures ouvrées.\n\nMerci de rappeler ce numéro dans tout échange ultérieur.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nService Fournisseurs – Groupe Batival",
        lab(note="ticket acknowledgement"),
        subject="Accusé de réception – demande n° 2032-03-004512",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-2",
        "fr",
        ("Isabelle Girard", "i.girard@girard-charpente.example"),
        "2032-03-10 14:20",
        "none",
        "Bonjour,\n\nJe suis absente du bureau jusqu'au vendredi 12 mars et serai de retour le lundi 15 mars. En cas d'urgence, vous pouvez joindre ma collègue Laure à l'adresse l.bonnet@girard-charpente.example.\n\nCordialement,\nIsabelle Girard",
        lab(
            return_date="2032-03-15",
            note="a colleague's address in an auto-reply does not set new_contact",
        ),
        cte="b64",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        thread=True,
    ),
    Reply(
        "ar-es-1",
        "es",
        ("Beatriz Santos", "beatriz.santos@santos-montajes.example"),
        "2032-03-24 13:00",
        "none",
        "Hola:\n\nEstaré fuera de la oficina por Semana Santa hasta el lunes 29 de marzo, sin acceso al correo. Para cualquier urgencia pueden llamar al 960 123 456.\n\nUn saludo,\nBeatriz Santos",
        lab(return_date="2032-03-29", note="'hasta X' gives X itself"),
        charset="iso-8859-1",
        cte="8bit",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        thread=True,
    ),
    Reply(
        "ar-nl-1",
        "nl",
        ("Femke Dijkstra", "f.dijkstra@dijkstra-bouwbedrijf.example"),
        "2032-03-09 11:00",
        "none",
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 12 maart en vanaf maandag 15 maart weer bereikbaar. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nFemke Dijkstra",
        lab(return_date="2032-03-15"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
        thread=True,
    ),
    Reply(
        "ar-nl-2",
        "nl",
        ("Hofstad Podia", "info@hofstadpodia.example"),
        "2032-03-17 15:32",
        "none",
        "Bedankt voor uw e-mail.\n\nWij hebben uw bericht in goede orde ontvangen en streven ernaar binnen drie werkdagen te reageren. Voor spoedzaken zijn wij op werkdagen tussen 8.30 en 17.00 uur telefonisch bereikbaar.\n\nMet vriendelijke groet,\nHofstad Podia",
        lab(note="receipt acknowledgement with neither Auto-Submitted nor Precedence"),
        subject="Ontvangstbevestiging: {rsub}",
    ),
    Reply(
        "ar-it-1",
        "it",
        ("Helpdesk Fornitori Edilnord", "helpdesk.fornitori@edilnord.example"),
        "2032-03-04 09:15",
        "none",
        "Gentile fornitore,\n\nla sua richiesta è stata registrata con il numero 48213 e verrà presa in carico dal primo operatore disponibile. I tempi medi di risposta sono di 3 giorni lavorativi.\n\nPer aggiornamenti non risponda a questa e-mail ma utilizzi il portale fornitori indicando il numero del ticket.\n\nHelpdesk Fornitori\nEdilnord S.p.A.",
        lab(note="ticket acknowledgement"),
        subject="[Ticket #48213] Abbiamo ricevuto la sua richiesta",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-2",
        "it",
        ("Simona Ricci", "s.ricci@ricci-serramenti.example"),
        "2032-03-22 08:00",
        "none",
        "Buongiorno,\n\nsono fuori ufficio dal 22 al 26 marzo. Rientrerò martedì 30 marzo, dopo le festività pasquali.\n\nCordiali saluti\nSimona Ricci",
        lab(
            return_date="2032-03-30",
            note="the stated day back, not the end of the absence",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        thread=True,
    ),
)

OTHER = group(
    "other",
    Reply(
        "ot-en-1",
        "en",
        ("Tina Rowe", "accounts@rowe-shopfitting.example"),
        "2032-03-04 14:40",
        "gmail",
        "Hi,\n\nDid we not pay this one in February? I'm sure I did a batch of Thornbury invoices before half term. I'll dig out the bank statement and come back to you.\n\nTina",
        lab(note="a question and 'I'll check', not a payment claim"),
        inv="TSH 320427",
        amt="1365.00",
    ),
    Reply(
        "ot-en-2",
        "en",
        ("Rob Jennings", "rob@jenningsbuild.example"),
        "2032-03-08 07:20",
        "outlook",
        "Morning,\n\nWhile I've got you – can someone come and strike the scaffold at the Kingsway shop? We finished on Friday and it's in the shopfitters' way now. Gate code is 4471.\n\nThanks\nRob",
        lab(note="a collection request in the reminder thread; nothing about the invoice"),
        inv="TSH 320428",
        amt="2260.00",
    ),
    Reply(
        "ot-en-3",
        "en",
        ("Anita Kaur", "anita.kaur@elmcourt-developments.example"),
        "2032-03-22 11:48",
        "outlook_html",
        "Hi,\n\nWe're just checking internally whether the hire on the Elm Court job was ordered by us or by our groundworks subcontractor, who had their own account with you at the time. I'll come back to you once I've spoken to the site manager.\n\nRegards,\nAnita Kaur\nElm Court Developments",
        lab(note="checking who ordered the hire: no claim, no dispute yet"),
        inv="TSH 320526",
        amt="3075.00",
    ),
    Reply(
        "ot-de-1",
        "de",
        ("Frank Meier", "f.meier@meier-hochbau.example"),
        "2032-03-09 16:20",
        "android",
        "Zur Kentnis genommen, gebe ich an die Geschäftsführung weiter.\n\nFrank Meier",
        lab(note="acknowledgement; passing it on names no new contact"),
        inv="TSH 320479",
        amt="1980.00",
    ),
    Reply(
        "ot-de-2",
        "de",
        ("Claudia Schmitt", "c.schmitt@schmitt-eventservice.example"),
        "2032-03-24 11:15",
        "outlook_html",
        "Hallo,\n\nbei der Gelegenheit eine Frage: Für unser Sommerfest am Rheinufer bräuchten wir im Juli wieder eine Bühnenüberdachung, diesmal etwa 12 x 8 m, dazu zwei Treppentürme. Können Sie uns dafür ein Angebot machen oder mir sagen, wer bei Ihnen dafür zuständig ist?\n\nViele Grüße\nClaudia Schmitt",
        lab(note="quote request for a new job; nothing about the invoice"),
        inv="TSH 320534",
        amt="2890.00",
    ),
    Reply(
        "ot-fr-1",
        "fr",
        ("Thierry Blanc", "thierry.blanc@blanc-maconnerie.example"),
        "2032-03-16 08:45",
        "gmail",
        "Bonjour,\n\nQui êtes-vous exactement ? Je ne connais pas Thornbury et je n'ai pas souvenir d'avoir loué quoi que ce soit chez vous. Si c'est une arnaque, ce n'est pas la peine d'insister.\n\nT. Blanc",
        lab(
            note="suspicion, not a dispute of a known invoice or a wrong address; a person should call; French reply to an English reminder"
        ),
        inv="TSH 320485",
        amt="1475.00",
        rlang="en",
    ),
    Reply(
        "ot-fr-2",
        "fr",
        ("Aurélie Petit", "a.petit@petit-evenementiel.example"),
        "2032-03-25 10:30",
        "iphone_html",
        "Bien reçu. Petite question au passage : est-ce que la tour d'échafaudage peut rester sur le site jusqu'au 20 avril ? Le montage de l'expo a pris du retard.",
        lab(note="acknowledgement and a question about extending the hire"),
        inv="TSH 320539",
        amt="1420.00",
    ),
    Reply(
        "ot-es-1",
        "es",
        ("Miguel Torres", "miguel.torres@torres-cubiertas.example"),
        "2032-03-12 19:05",
        "iphone",
        "¿Esto no estaba pagado ya? Lo miro el lunes con la gestora",
        lab(note="asks whether it was paid; not a claim"),
        inv="TSH 320476",
        amt="1150.00",
    ),
    Reply(
        "ot-es-2",
        "es",
        ("Elena Vidal", "elena@vidal-producciones.example"),
        "2032-03-18 17:50",
        "gmail",
        "Recibido, gracias.\n\nAprovecho para preguntaros: ¿a qué hora pasa mañana el camión a recoger la estructura del escenario? Necesito que alguien del recinto esté allí para abrir.\n\nElena",
        lab(note="acknowledgement plus a question about the collection time"),
        inv="TSH 320498",
        amt="3310.00",
    ),
    Reply(
        "ot-nl-1",
        "nl",
        ("Wim Kok", "wim@kok-timmerwerken.example"),
        "2032-03-02 17:10",
        "apple",
        "Ontvangen, ik kijk er naar.\n\nWim",
        lab(note="acknowledgement only"),
        inv="TSH 320429",
        amt="720.00",
    ),
    Reply(
        "ot-nl-2",
        "nl",
        ("Marieke van Dam", "m.vandam@vandam-afbouw.example"),
        "2032-03-22 10:44",
        "outlook",
        "Goedemorgen,\n\nVan Dam Afbouw is per 1 maart overgenomen door Bouwgroep Noord. Wie de oude facturen gaat afhandelen is nog niet duidelijk; zodra ik dat weet laat ik het u weten.\n\nMet vriendelijke groet,\nMarieke van Dam",
        lab(note="takeover announced without a new contact or any commitment"),
        inv="TSH 320524",
        amt="2045.00",
    ),
    Reply(
        "ot-it-1",
        "it",
        ("Davide Colombo", "davide.colombo@colombo-edile.example"),
        "2032-03-15 13:02",
        "iphone",
        "Ok grazie",
        lab(note="bare acknowledgement from a phone; not a payment claim"),
        inv="TSH 320477",
        amt="1085.00",
    ),
)

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
# Bounces: the machine skeletons are generated, the human-readable parts are written out
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` (in the recipient's language)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    inv: str
    amt: str
    note: str | None = None

    @property
    def tz(self) -> timezone:
        """English reports come from UK servers, the others from continental ones."""
        return UK if self.lang == "en" else CET

    @property
    def dt(self) -> datetime:
        """When the report was generated, in its server's offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=self.tz)

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]

    @property
    def sent(self) -> datetime:
        """When the reminder left Thornbury (UK time): minutes before a failure, a day before a delay."""
        lag = timedelta(days=1, minutes=2) if self.status.startswith("4") else timedelta(minutes=2)
        return (self.dt - lag).astimezone(UK).replace(second=11)

    @property
    def currency(self) -> str:
        """Sterling for UK customers, euros for the others."""
        return "GBP" if self.lang == "en" else "EUR"

    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.lang, self.inv)

    def reminder(self) -> Message:
        """The reminder exactly as Thornbury's server sent it."""
        text = reminder_body(self.lang, self.inv, self.amt, self.currency, self.sent)
        msg = text_part(text, "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encoded_header(self.subject(), "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        move_content_headers_last(msg)
        return msg


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    diagnostic_type: str = "smtp",
) -> Message:
    """The message/delivery-status part of an RFC 3464 report."""
    per_message = (
        f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent.astimezone(b.tz))}\n"
    )
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {diagnostic_type}; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=4))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_string(block) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """The text/rfc822-headers part: the returned reminder's header block."""
    reminder = b.reminder()
    text = "".join(
        f"{k}: {v}\n" for k, v in reminder.items() if not k.startswith(("Content-", "MIME-"))
    )
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


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
    charset: str = "utf-8",
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """Envelope headers every report carries."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, charset)
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].split(">", maxsplit=1)[0].split(" ", maxsplit=1)[0]
    token = base64.b32encode(key_digest(b.key, "bounce")).decode()[:24].lower()
    msg["Message-ID"] = f"<{token}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, "bounce")


def exchange_notice(
    head: str, rcpt: str, body: str, admin: str, server: str, diag: str, charset: str
) -> Message:
    """The human-readable part of an Exchange / Office 365 report (plain and HTML)."""
    text = f"{head}\n\n{rcpt}\n\n{body}\n\n{admin}\n\n{server}\n\n{rcpt}\n{diag}\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        '<body><div style="font-family:Segoe UI,Frutiger,Helvetica,Arial,sans-serif">'
        f'<p style="font-size:14pt;color:#C00000"><b>{html.escape(head)}</b></p>'
        f'<p><a href="mailto:{rcpt}">{rcpt}</a></p>'
        f"<p>{html_text(body)}</p>"
        f"<p><b>{html.escape(admin)}</b></p>"
        f"<p>{html.escape(server)}</p>"
        f"<p>{html.escape(rcpt)}<br>{html.escape(diag)}</p>"
        "</div></body></html>\n"
    )
    return alternative(
        text_part(text, "plain", charset, "qp"),
        text_part(markup, "html", charset, "qp"),
    )


def bounce_postfix_domain(b: Bounce) -> Message:
    """Postfix at Thornbury: the recipient's domain no longer exists (RFC 3464)."""
    human = (
        "This is the mail system at host mail.thornbury-scaffold.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: Host or domain name not found. Name service error\n"
        f"    for name={b.domain} type=MX: Host not found\n"
    )
    diag = f"Host or domain name not found. Name service error for name={b.domain} type=MX: Host not found"
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            "mail.thornbury-scaffold.example",
            "failed",
            diag,
            diagnostic_type="X-Postfix",
        ),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        "MAILER-DAEMON@mail.thornbury-scaffold.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    """A qmail host at the customer's end: no such mailbox; plain text, no MIME."""
    copy = b.reminder().as_string()
    text = (
        f"Hi. This is the qmail-send program at mail.{b.domain}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked from network); {format_datetime(b.sent)}\n"
        f"Received: from mail.thornbury-scaffold.example (198.51.100.47)\n  by mail.{b.domain} with SMTP; {format_datetime(b.sent)}\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(b, msg, f"MAILER-DAEMON@mail.{b.domain}", "failure notice")


def bounce_exim_delay(b: Bounce) -> Message:
    """Exim at Thornbury: still queued after a day, recipient over quota; plain text."""
    text = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on mail.thornbury-scaffold.example.\n\n"
        "The message identifier is:     1wQ7aB-0004Kx-3T\n"
        f"The subject of the message is: {latin1_safe(b.subject())}\n"
        f"The date of the message is:    {format_datetime(b.sent)}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx.{b.domain} [203.0.113.71]\n"
        f"    Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        "    452 4.2.2 Mailbox over quota, try again later\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@mail.thornbury-scaffold.example>",
        "Warning: message 1wQ7aB-0004Kx-3T delayed 24 hours",
    )


def bounce_exchange_de_policy(b: Bounce) -> Message:
    """German Exchange at the customer: the mailbox takes internal mail only (RFC 3464)."""
    diag = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"
    server = "FR3P281MB1742.DEUP281.PROD.OUTLOOK.example"
    human = exchange_notice(
        head="Ihre Nachricht hat die folgenden Empfänger nicht erreicht:",
        rcpt=b.rcpt,
        body="Die Organisation des Empfängers nimmt an diese Adresse keine Nachrichten von externen Absendern an. Nur die IT-Abteilung des Empfängers kann diese Einstellung ändern. Senden Sie die Nachricht nicht erneut.",
        admin="Diagnoseinformationen für Administratoren:",
        server=f"Generierender Server: {server}",
        diag=f"Remoteserver hat '{diag}' zurückgegeben",
        charset="iso-8859-1",
    )
    msg = report(human, delivery_status(b, server, "failed", diag), returned_headers(b))
    return finish_bounce(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Unzustellbar: {latin1_safe(b.subject())}",
        "iso-8859-1",
    )


def bounce_provider_de_greylist(b: Bounce) -> Message:
    """A German provider's backup MX: the primary keeps deferring (greylisting); Latin-1 text."""
    rem = b.reminder()
    retry = b.dt + timedelta(days=3)
    text = (
        "Dies ist eine automatisch erstellte Benachrichtigung des Mailservers mx2.webhosting-mitte.example.\n\n"
        "Ihre Nachricht an\n\n"
        f"    {b.rcpt}\n\n"
        "konnte bisher nicht zugestellt werden. Der Zielserver hat die Annahme vorübergehend abgelehnt:\n\n"
        "    451 4.7.1 Greylisting aktiv, bitte später erneut versuchen\n\n"
        f"Wir versuchen die Zustellung weiterhin bis zum {retry:%d.%m.%Y}, {retry:%H:%M} Uhr. Sie müssen nichts unternehmen. Schlägt die Zustellung endgültig fehl, erhalten Sie eine weitere Nachricht.\n\n"
        "Angaben zur Nachricht:\n"
        f"    Betreff: {latin1_safe(b.subject())}\n"
        f"    Datum:   {rem['Date']}\n"
        f"    ID:      {rem['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish_bounce(
        b,
        msg,
        "Mail Delivery System <mailer-daemon@mx2.webhosting-mitte.example>",
        "Zustellung verzögert - Nachricht noch nicht zugestellt",
        "iso-8859-1",
    )


def bounce_exchange_fr_unknown(b: Bounce) -> Message:
    """French Exchange at the customer: recipient not found (RFC 3464)."""
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    server = "PAVP264MB3318.FRAP264.PROD.OUTLOOK.example"
    human = exchange_notice(
        head="Votre message n'a pas pu être remis aux destinataires suivants :",
        rcpt=b.rcpt,
        body="L'adresse électronique saisie est introuvable dans le système de messagerie du destinataire. Vérifiez l'adresse et renvoyez le message. Si le problème persiste, adressez-vous à votre service d'assistance.",
        admin="Informations de diagnostic pour les administrateurs :",
        server=f"Serveur de génération : {server}",
        diag=f"Le serveur distant a renvoyé « {diag} »",
        charset="utf-8",
    )
    msg = report(human, delivery_status(b, server, "failed", diag), returned_headers(b))
    return finish_bounce(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Non remis : {b.subject()}",
    )


def bounce_provider_fr_delay(b: Bounce) -> Message:
    """A French host's notice: the remote server does not answer; multipart/mixed with the message."""
    text = (
        "Ceci est un message automatique du serveur smtp.hebergement-azur.example.\n\n"
        f"Votre message à destination de {b.rcpt} n'a pas encore pu être distribué : le serveur du destinataire (mx.{b.domain}) ne répond pas.\n\n"
        "    Code d'état : 4.4.1 (délai de connexion dépassé)\n\n"
        "De nouvelles tentatives auront lieu pendant 4 jours. Vous n'avez rien à faire pour le moment ; si la distribution échoue définitivement, vous recevrez un nouvel avis.\n\n"
        "Votre message est joint ci-dessous pour référence.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "utf-8", "qp"))
    outer.attach(MIMEMessage(b.reminder()))
    return finish_bounce(
        b,
        outer,
        "MAILER-DAEMON@smtp.hebergement-azur.example",
        "Avis de retard de distribution",
    )


def gmail_notice(lines: list[str]) -> Message:
    """Gmail's human-readable part (plain and HTML)."""
    text = "\n\n".join(lines) + "\n"
    markup = (
        "<html><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "</body></html>\n"
    )
    return alternative(
        text_part(text, "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail, in Spanish: the gmail.com address does not exist (RFC 3464)."""
    human = gmail_notice(
        [
            "** No se ha encontrado la dirección **",
            f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.",
            "Más información: https://support.google.com/mail/?p=NoSuchUser",
            "La respuesta fue:",
            "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-43d2a8c1f7esi81234f.118 - gsmtp",
        ]
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    msg = report(
        human,
        delivery_status(b, "mx.google.com", "failed", diag, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )


def bounce_exchange_es_full(b: Bounce) -> Message:
    """Spanish Exchange at the customer: mailbox full, reported with a 5.x code (RFC 3464)."""
    diag = "552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    server = "MAD1P195MB2207.EURP195.PROD.OUTLOOK.example"
    human = exchange_notice(
        head="No se pudo entregar el mensaje a estos destinatarios o grupos:",
        rcpt=b.rcpt,
        body="El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Intente enviar el mensaje de nuevo más tarde o póngase en contacto con el destinatario por otra vía.",
        admin="Información de diagnóstico para administradores:",
        server=f"Servidor de generación: {server}",
        diag=f"El servidor remoto devolvió '{diag}'",
        charset="utf-8",
    )
    msg = report(human, delivery_status(b, server, "failed", diag), returned_headers(b))
    return finish_bounce(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"No se puede entregar: {b.subject()}",
    )


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    """Dutch Exchange relay at the customer: delivery delayed (RFC 3464)."""
    diag = "451 4.4.7 Message delayed; remote server did not respond in time"
    server = "AS8P189MB1410.EURP189.PROD.OUTLOOK.example"
    human = exchange_notice(
        head="Bezorging vertraagd bij deze geadresseerden of groepen:",
        rcpt=b.rcpt,
        body=f"Onderwerp: {b.subject()}\n\nDit bericht is nog niet bezorgd. We blijven het proberen. U hoeft niets te doen; lukt het uiteindelijk niet, dan ontvangt u daarover een melding.",
        admin="Diagnostische gegevens voor beheerders:",
        server=f"Genererende server: {server}",
        diag=f"De externe server heeft '{diag}' geretourneerd",
        charset="utf-8",
    )
    msg = report(human, delivery_status(b, server, "delayed", diag), returned_headers(b))
    return finish_bounce(
        b,
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Vertraagd: {b.subject()}",
    )


def bounce_provider_it_disabled(b: Bounce) -> Message:
    """An Italian provider's plain notice: the mailbox has been disabled; Latin-1 text."""
    rem = b.reminder()
    text = (
        "Gentile utente,\n\n"
        "il messaggio che hai inviato non è stato consegnato al seguente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: la casella del destinatario risulta disattivata.\n"
        f"Risposta del server remoto: 550 5.2.1 <{b.rcpt}>: mailbox disabled, not accepting messages\n\n"
        "Si tratta di un errore permanente: il messaggio non verrà inviato di nuovo.\n\n"
        "--- Intestazioni del messaggio originale ---\n"
        f"From: {rem['From']}\n"
        f"To: {rem['To']}\n"
        f"Subject: {rem['Subject']}\n"
        f"Date: {rem['Date']}\n"
        f"Message-ID: {rem['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish_bounce(
        b,
        msg,
        "Sistema di posta <mailer-daemon@smtp.servizimail-italia.example>",
        f"Messaggio non recapitato: {latin1_safe(b.subject())}",
        "iso-8859-1",
    )


def bounce_provider_it_delay(b: Bounce) -> Message:
    """An Italian smarthost: the remote server refuses connections for now (RFC 3464)."""
    text = (
        "Questo è un messaggio automatico del server relay.smarthost-europa.example.\n\n"
        f"Il tuo messaggio per {b.rcpt} non è ancora stato recapitato: il server del destinatario ha rifiutato temporaneamente la connessione (troppe connessioni simultanee).\n\n"
        "Il sistema continuerà a tentare la consegna per i prossimi 4 giorni. Non devi fare nulla: se il messaggio non potrà essere consegnato riceverai un altro avviso.\n"
    )
    diag = "421 4.7.0 Too many concurrent SMTP connections from this IP, try again later"
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, "relay.smarthost-europa.example", "delayed", diag, f"mx.{b.domain}"),
        returned_headers(b),
    )
    return finish_bounce(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@relay.smarthost-europa.example>",
        "Avviso di ritardo nella consegna",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.4.4",
            "accounts@ashworth-lofts.example",
            "2032-03-02 08:37",
            "TSH 320404",
            "1485.00",
            "domain gone: Postfix 'Host or domain name not found'",
        ),
        bounce_postfix_domain,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "office@quarrybank-builders.example",
            "2032-03-09 08:33",
            "TSH 320411",
            "2290.00",
            "qmail failure notice, plain text, not RFC 3464",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.2.2",
            "paul@hendy-roofing.example",
            "2032-03-17 08:41",
            "TSH 320416",
            "615.00",
            "Exim delay warning, plain text; mailbox over quota",
        ),
        bounce_exim_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.7.1",
            "buchhaltung@weber-messebau.example",
            "2032-03-03 09:36",
            "TSH 320405",
            "3310.00",
            "policy: the recipient accepts internal mail only",
        ),
        bounce_exchange_de_policy,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.7.1",
            "info@fischer-bedachungen.example",
            "2032-03-18 10:50",
            "TSH 320419",
            "1760.00",
            "greylisting deferral reported by a backup MX; Latin-1 plain text",
        ),
        bounce_provider_de_greylist,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.10",
            "compta@lacroix-btp.example",
            "2032-03-05 09:40",
            "TSH 320407",
            "2045.00",
        ),
        bounce_exchange_fr_unknown,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.4.1",
            "contact@evenements-riviera.example",
            "2032-03-19 11:20",
            "TSH 320420",
            "4870.00",
            "French provider delay notice in multipart/mixed with the returned message",
        ),
        bounce_provider_fr_delay,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "reformas.delgado@gmail.com",
            "2032-03-08 09:34",
            "TSH 320410",
            "930.00",
            "Gmail report in Spanish",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "5.2.2",
            "facturas@estructuras-sur.example",
            "2032-03-23 09:38",
            "TSH 320423",
            "2675.00",
            "mailbox full reported with a 5.x code: soft, and the code is kept",
        ),
        bounce_exchange_es_full,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.4.7",
            "administratie@kramer-standbouw.example",
            "2032-03-11 13:36",
            "TSH 320414",
            "1390.00",
        ),
        bounce_exchange_nl_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.2.1",
            "amministrazione@santoro-ponteggi.example",
            "2032-03-12 09:35",
            "TSH 320415",
            "2520.00",
            "disabled mailbox; Italian provider notice in Latin-1 plain text",
        ),
        bounce_provider_it_disabled,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.7.0",
            "ufficio@deluca-allestimenti.example",
            "2032-03-24 15:10",
            "TSH 320424",
            "3985.00",
            "remote server refusing connections for now; Italian smarthost report",
        ),
        bounce_provider_it_delay,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One message ready to write: its key, the message, its label and the text it was written from."""

    key: str
    msg: Message
    label: dict[str, object]
    text: str
    tz: timezone


def reply_label(r: Reply) -> dict[str, object]:
    """The label object of a hand-written message (without the file name)."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label object of a delivery report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_items() -> list[Item]:
    """Every message of the corpus, in a fixed order."""
    items = [Item(r.key, build_reply(r), reply_label(r), r.body, r.tz) for r in REPLIES]
    for b, build in BOUNCES:
        msg = build(b)
        items.append(Item(b.key, msg, bounce_label(b), msg.as_string(), b.tz))
    return items


def file_order(items: list[Item]) -> list[Item]:
    """Shuffle by a seeded hash of each key, so a file name says nothing about its label."""
    return sorted(
        items,
        key=lambda it: hashlib.sha256(f"{SEED}:file:{it.key}".encode()).hexdigest(),
    )


def fail(name: str, problem: str) -> None:
    """Stop the build with a message naming the file."""
    raise SystemExit(f"{name}: {problem}")


def check_parsed(name: str, data: bytes, tz: timezone) -> None:
    """Parse the file back with the modern policy: headers decode, text decodes, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(name, f"no {header}")
    for header in ("From", "Subject"):
        if "=?" in str(msg[header]):
            fail(name, f"{header} not decoded")
    sent = msg["Date"].datetime
    if not isinstance(sent, datetime) or not FIRST_DAY <= sent.date() <= LAST_DAY:
        fail(name, f"date out of range: {msg['Date']}")
    elif sent.utcoffset() != tz.utcoffset(None):
        fail(name, f"wrong offset for the sender: {msg['Date']}")
    status_blocks: set[int] = set()
    for part in msg.walk():
        if part.get_content_type() == "message/delivery-status":
            status_blocks.update(id(block) for block in subparts(part))
        if part.defects:
            fail(name, f"defects {part.defects}")
        for key, value in part.items():
            defects = getattr(value, "defects", ())
            if defects:
                fail(name, f"header {key} defects {defects}")
        if part.get_content_maintype() == "text" and id(part) not in status_blocks:
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                fail(name, "text part does not decode")


def check_label(label: dict[str, object], text: str, sent: datetime) -> None:
    """Shape and consistency of one label."""
    name = str(label["file"])
    if tuple(label) != (
        "file",
        "intent",
        *LABEL_KEYS,
        "invoice_refs",
        "language",
        "note",
    ):
        fail(name, "label keys")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        fail(name, "intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for key in LABEL_KEYS:
        if label[key] is not None and key not in allowed:
            fail(name, f"{key} filled for {intent}")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is None:
            continue
        day = date.fromisoformat(str(value))
        if key == "paid_date" and day > sent.date():
            fail(name, "paid in the future")
        if key != "paid_date" and day < sent.date():
            fail(name, f"{key} in the past")
    if (label["amount"] is None) != (label["currency"] is None):
        fail(name, "amount without currency")
    if label["amount"] is not None and not AMOUNT_RE.match(str(label["amount"])):
        fail(name, "amount format")
    if label["currency"] not in {None, "GBP", "EUR"}:
        fail(name, "currency")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        fail(name, "invoice_refs is not a list")
    else:
        for ref in refs:
            if not INVOICE_RE.match(str(ref)) or str(ref)[4:] not in text:
                fail(name, f"invoice ref {ref} not in the new text")
    contact = label["new_contact"]
    if contact is not None and (
        contact != str(contact).lower() or str(contact) not in text.lower()
    ):
        fail(name, "new_contact")
    if intent == "bounce":
        status = str(label["bounce_status"])
        if not STATUS_RE.match(status) or label["bounce_kind"] not in {"hard", "soft"}:
            fail(name, "bounce status or kind")
        if label["bounce_kind"] == "hard" and not status.startswith("5"):
            fail(name, "hard bounce with a transient code")
        if status.startswith("4") and label["bounce_kind"] != "soft":
            fail(name, "transient code but not soft")
        if str(label["failed_recipient"]) not in text:
            fail(name, "failed recipient not in the report")


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent, the language totals, every language in every intent, spread evenly."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != 12:
            fail(intent, "not 12 messages")
        if cells[intent, "en"] != 3 or any(cells[intent, lang] not in {1, 2} for lang in LANGS[1:]):
            fail(intent, "languages not spread evenly")
    for lang, total in LANG_TOTALS.items():
        if sum(cells[intent, lang] for intent in INTENTS) != total:
            fail(lang, f"not {total} messages")


def check_specs() -> None:
    """Keys unique; each reminder's invoice used once; intents assigned."""
    keys = [r.key for r in REPLIES] + [b.key for b, _ in BOUNCES]
    if len(set(keys)) != len(keys):
        fail("specs", "duplicate keys")
    invoices = [r.invoice for r in REPLIES] + [b.inv for b, _ in BOUNCES]
    duplicates = sorted(inv for inv, n in Counter(invoices).items() if n > 1)
    if duplicates:
        fail("specs", f"invoice numbers reused: {duplicates}")
    if any(r.intent not in INTENTS for r in REPLIES):
        fail("specs", "reply without intent")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table as Markdown."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    rows = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[dict[str, object]]:
    """Write every .eml file and labels.jsonl next to this script, checking each one."""
    check_specs()
    items = file_order(all_items())
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.msg.as_bytes()
        check_parsed(name, data, item.tz)
        parsed = message_from_bytes(data, policy=policy.default)
        sent = cast(datetime, parsed["Date"].datetime)
        label = {"file": name, **item.label}
        check_label(label, item.text, sent)
        (HERE / name).write_bytes(data)
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Build, check, and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: hard {kinds['hard']}, soft {kinds['soft']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
