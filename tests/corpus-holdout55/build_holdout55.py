# ruff: noqa: E501, RUF001
# The message text is hand-written one paragraph a line, as a mail client sends it, with the
# typographic dashes, quotes and spaces that people and their clients really produce.
"""Build held-out reply corpus 55: `h55-NNN.eml` files and `labels.jsonl`.

Every message lands in the receivables mailbox of Pinecrest Software after it sent an overdue
reminder for a practice-management subscription or onboarding days. The new text of each message
is written by hand in this file. The code only adds what a mail client or a mail server would add:
the quoted reminder (in the client's layout and language), headers, MIME structure, charsets and
transfer encodings. It writes next to itself, deterministically (no clock, no randomness).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
import textwrap
from base64 import b32encode, urlsafe_b64encode
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import BaseHeader
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import NamedTuple, TypedDict

HERE = Path(__file__).resolve().parent
FILE_PREFIX = "h55"
SHUFFLE_SALT = "corpus-holdout55/2027-01-18"
AR_NAME = "Pinecrest Receivables"
AR_ADDR = "receivables@pinecrest-software.example"
AR_DOMAIN = "pinecrest-software.example"
OUT_MTA = "smtp-out1.pinecrest-software.example"
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
LABEL_ORDER = (
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
FIRST_DAY = date(2027, 1, 18)
LAST_DAY = date(2027, 2, 26)


class Facts(TypedDict, total=False):
    """What a reply's labels say beyond its intent and language (`refs`: invoice digits)."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: str
    new_contact: str
    refs: tuple[str, ...]
    note: str


class Label(TypedDict):
    """One line of labels.jsonl, keys in the order of the project's corpora."""

    file: str
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


def lines(*parts: str) -> str:
    """Hand-written text, one paragraph (or one short line) per argument."""
    return "\n".join(parts)


def when_of(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M %z")


# --------------------------------------------------------------------------------------------
# Locale tables (client layouts; `loc` is en-GB, en-US or a language code)
# --------------------------------------------------------------------------------------------

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
WEEKDAYS_SHORT = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    "fr": ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTHS = {
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
    "en-US": "On {wds}, {mons} {d}, {y} at {h12}:{mm}\u202f{ampm} {name} <{addr}> wrote:",
    "en-GB": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}., {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds}. {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en-US": "On {mons} {d}, {y}, at {h12}:{mm}\u202f{ampm}, {name} <{addr}> wrote:",
    "en-GB": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en-US": "On {m}/{d}/{yy} {h12}:{mm} {ampm}, {name} wrote:",
    "en-GB": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en-US": "{wd}, {mon} {d}, {y} {h12}:{mm} {ampm}",
    "en-GB": "{d} {mon} {y} {HH}:{mm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}
SAMSUNG_DATE = {
    "en-US": "{mo}/{dd}/{y} {h12}:{mm} {ampm} ({gmt})",
    "en-GB": "{dd}/{mo}/{y} {HH}:{mm} ({gmt})",
}


class HeaderWords(NamedTuple):
    """A client's words for the quoted message's header block."""

    divider: str
    sender: str
    sent: str
    to: str
    subject: str
    sep: str


OUTLOOK_WORDS = {
    "en": HeaderWords("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": HeaderWords(
        "-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "
    ),
    "fr": HeaderWords("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": HeaderWords("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": HeaderWords(
        "-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "
    ),
    "it": HeaderWords("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
SAMSUNG_WORDS = {
    "en": HeaderWords("-------- Original message --------", "From", "Date", "To", "Subject", ": "),
    "de": HeaderWords(
        "-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff", ": "
    ),
    "fr": HeaderWords("-------- Message d'origine --------", "De", "Date", "À", "Objet", " : "),
    "es": HeaderWords("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto", ": "),
    "nl": HeaderWords(
        "-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp", ": "
    ),
    "it": HeaderWords("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto", ": "),
}
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
IOS_SIG = {
    "en": "Get Outlook for iOS",
    "de": "Outlook für iOS herunterladen",
    "fr": "Télécharger Outlook pour iOS",
    "es": "Obtener Outlook para iOS",
    "nl": "Outlook voor iOS downloaden",
    "it": "Scarica Outlook per iOS",
}
GALAXY_SIG = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
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
CONTENT_LANGUAGE = {
    "en-US": "en-US",
    "en-GB": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder Pinecrest sent (quoted by replies, returned by bounces)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Pinecrest Software",
    "de": "Zahlungserinnerung zu Rechnung {inv}",
    "fr": "Rappel : facture {inv} échue",
    "es": "Aviso de factura vencida {inv}",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Promemoria: fattura {inv} scaduta",
}
REMINDER_DATE = {
    "en": "{d} {mons} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
REMINDER_BODY = {
    "en": lines(
        "Hello,",
        "",
        "This is a reminder that the invoice below is now past due:",
        "",
        "  Invoice:       {inv}",
        "  Invoice date:  {issued}",
        "  Due date:      {due}",
        "  Amount due:    {amt}",
        "",
        "If payment is already on its way, please let us know the date and reference so we can match it. If anything about this invoice looks wrong, or you need a copy, simply reply to this email.",
        "",
        "Thank you,",
        "",
        "Accounts Receivable",
        "Pinecrest Software",
        "receivables@pinecrest-software.example",
    ),
    "de": lines(
        "Guten Tag,",
        "",
        "bei der Durchsicht unserer offenen Posten ist uns aufgefallen, dass die folgende Rechnung noch nicht beglichen ist:",
        "",
        "  Rechnung:        {inv}",
        "  Rechnungsdatum:  {issued}",
        "  Fällig seit:     {due}",
        "  Offener Betrag:  {amt}",
        "",
        "Falls Sie bereits gezahlt haben, teilen Sie uns bitte Zahlungsdatum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Bei Rückfragen zur Rechnung genügt eine Antwort auf diese E-Mail.",
        "",
        "Freundliche Grüße",
        "",
        "Debitorenbuchhaltung",
        "Pinecrest Software",
    ),
    "fr": lines(
        "Bonjour,",
        "",
        "Sauf erreur de notre part, la facture ci-dessous est arrivée à échéance sans que nous ayons reçu votre règlement :",
        "",
        "  Facture :          {inv}",
        "  Date de facture :  {issued}",
        "  Échéance :         {due}",
        "  Montant dû :       {amt}",
        "",
        "Si votre paiement est déjà en cours, merci de nous en communiquer la date et la référence afin que nous puissions le rapprocher. Pour toute question, ou pour obtenir un duplicata, répondez simplement à ce message.",
        "",
        "Bien cordialement,",
        "",
        "Service Comptabilité Clients",
        "Pinecrest Software",
    ),
    "es": lines(
        "Buenos días:",
        "",
        "Le recordamos que la factura que se indica a continuación ha superado su fecha de vencimiento:",
        "",
        "  Factura:            {inv}",
        "  Fecha de emisión:   {issued}",
        "  Vencimiento:        {due}",
        "  Importe pendiente:  {amt}",
        "",
        "Si ya ha realizado el pago, indíquenos la fecha y la referencia para que podamos conciliarlo. Si necesita una copia de la factura o tiene cualquier duda, basta con responder a este correo.",
        "",
        "Un saludo,",
        "",
        "Departamento de Cobros",
        "Pinecrest Software",
    ),
    "nl": lines(
        "Goedendag,",
        "",
        "Volgens onze administratie is de onderstaande factuur inmiddels vervallen:",
        "",
        "  Factuur:            {inv}",
        "  Factuurdatum:       {issued}",
        "  Vervaldatum:        {due}",
        "  Openstaand bedrag:  {amt}",
        "",
        "Is de betaling al onderweg? Laat ons dan de datum en het betalingskenmerk weten, zodat wij de betaling kunnen verwerken. Voor vragen of een kopie van de factuur kunt u eenvoudig op deze e-mail reageren.",
        "",
        "Met vriendelijke groet,",
        "",
        "Debiteurenbeheer",
        "Pinecrest Software",
    ),
    "it": lines(
        "Buongiorno,",
        "",
        "vi ricordiamo che la fattura indicata di seguito risulta scaduta:",
        "",
        "  Fattura:             {inv}",
        "  Data fattura:        {issued}",
        "  Scadenza:            {due}",
        "  Importo da saldare:  {amt}",
        "",
        "Se il pagamento è già stato disposto, vi chiediamo di comunicarci data e riferimento (CRO/TRN) per poterlo abbinare. Per qualsiasi chiarimento o per ricevere una copia della fattura è sufficiente rispondere a questa e-mail.",
        "",
        "Cordiali saluti,",
        "",
        "Ufficio Crediti",
        "Pinecrest Software",
    ),
}
# What a Latin-1 client does to characters it cannot send.
LATIN1_SUBSTITUTES = {
    "–": "-",
    "—": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "\u202f": " ",
    "…": "...",
}
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    body: str
    inv: str
    amt: str
    facts: Facts = field(default_factory=Facts)
    rlang: str = ""
    loc: str = ""
    rto: str = ""
    charset: str = "utf-8"
    cte: str = ""
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    attach: str = ""
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        return when_of(self.when)

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def locale(self) -> str:
        if self.loc:
            return self.loc
        if self.lang != "en":
            return self.lang
        offset = self.dt.utcoffset() or timedelta()
        return "en-US" if offset < timedelta() else "en-GB"


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` (the reminder was in `rlang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    inv: str
    amt: str
    age: timedelta = timedelta(minutes=2)
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return when_of(self.when)

    @property
    def sent(self) -> datetime:
        return (self.dt - self.age).astimezone(UTC)

    def subject(self) -> str:
        return REMINDER_SUBJECT[self.rlang].format(inv=f"PS-INV-{self.inv}")

    def reminder(self) -> Message:
        return original_reminder(
            self.key, lang=self.rlang, inv=self.inv, amt=self.amt, to=self.rcpt, sent=self.sent
        )


# --------------------------------------------------------------------------------------------
# Dates, identifiers and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    lang = loc[:2]
    offset = dt.utcoffset() or timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    gmt = f"GMT{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return {
        "wd": WEEKDAYS[lang][dt.weekday()],
        "wds": WEEKDAYS_SHORT[lang][dt.weekday()],
        "mon": MONTHS[lang].split()[dt.month - 1],
        "mons": MONTHS_SHORT[lang].split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "mm": f"{dt.minute:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
        "gmt": gmt,
    }


def render(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def by_locale(table: dict[str, str], loc: str) -> str:
    return table.get(loc) or table[loc[:2]]


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}/{key}".encode()).digest()


def token(key: str, salt: str, size: int) -> str:
    return b32encode(digest(key, salt)).decode().rstrip("=")[:size]


def reminder_msgid(key: str) -> str:
    return f"<reminder.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def fit_charset(text: str, charset: str) -> str:
    """The text as a client limited to `charset` would send it."""
    if charset == "utf-8":
        return text
    return "".join(char if fits(char, charset) else LATIN1_SUBSTITUTES[char] for char in text)


def fits(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def quote_gt(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def flowed(text: str) -> str:
    """RFC 3676 format=flowed: long lines broken with a trailing space (soft line break)."""
    out: list[str] = []
    for line in text.split("\n"):
        mark = re.match(r"^(>+ ?)?", line)
        prefix = mark.group(0) if mark else ""
        content = line[len(prefix) :]
        if len(line) <= 76 or not content.strip():
            out.append(line.rstrip(" ") if line.strip() else line)
            continue
        chunks = textwrap.wrap(
            content, 76 - len(prefix), break_long_words=False, break_on_hyphens=False
        )
        out.extend(prefix + chunk + " " for chunk in chunks[:-1])
        out.append(prefix + chunks[-1])
    return "\n".join(out)


def html_text(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_text(block)}</p>" for block in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

# email.charset applies no transfer encoding (7bit/8bit) for any value other than QP and BASE64.
UNENCODED = 0
ENCODINGS = {
    "qp": email_charset.QP,
    "b64": email_charset.BASE64,
    "8bit": UNENCODED,
    "7bit": UNENCODED,
}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    text.encode(charset)  # raises if the hand-written text does not fit the declared charset
    cs = email_charset.Charset(charset)
    cs.header_encoding = email_charset.QP
    cs.body_encoding = ENCODINGS[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, cs)
    return part


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def encoded_header(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as a client encodes it: RFC 2047 encoded-words when not ASCII."""
    if value.isascii():
        return value
    enc = charset if charset != "us-ascii" and fits(value, charset) else "utf-8"
    return Header(value, enc, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From')} <{addr}>"


def mime_headers_last(msg: Message) -> None:
    """Put the MIME headers below the envelope headers, where clients write them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def drop_inner_versions(part: Message, *, top: bool) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    enclosing = part.get_content_type() == "message/rfc822"
    for sub in part.get_payload():
        if isinstance(sub, Message):
            drop_inner_versions(sub, top=enclosing)


BOUNDARY_STYLE = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone_html": "Apple-Mail-",
    "thunderbird": "------------",
}


def set_boundaries(msg: Message, key: str, family: str) -> None:
    prefix = BOUNDARY_STYLE.get(family, "----=_NextPart_")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for number, part in enumerate(multiparts):
        part.set_boundary(prefix + token(key, f"boundary-{number}", 26))


def finalize(msg: Message, key: str, family: str) -> Message:
    mime_headers_last(msg)
    drop_inner_versions(msg, top=True)
    set_boundaries(msg, key, family)
    return msg


def original_reminder(
    key: str, *, lang: str, inv: str, amt: str, to: str, sent: datetime
) -> Message:
    """The reminder exactly as Pinecrest's system sent it."""
    number = f"PS-INV-{inv}"
    msg = text_part(reminder_text(lang, number, amt, sent), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = encoded_header(REMINDER_SUBJECT[lang].format(inv=number), "utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(key)
    msg["X-Mailer"] = "Pinecrest Billing 4.2 (dunning)"
    mime_headers_last(msg)
    return msg


def reminder_text(lang: str, number: str, amt: str, sent: datetime) -> str:
    spread = int(number[-2:]) % 17
    due = sent - timedelta(days=9 + spread)
    issued = due - timedelta(days=30)
    fmt = REMINDER_DATE[lang]
    return REMINDER_BODY[lang].format(
        inv=number,
        issued=render(fmt, lang, issued),
        due=render(fmt, lang, due),
        amt=amt,
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str

    @property
    def lang(self) -> str:
        return self.loc[:2]


def reminder_sent(r: Reply) -> datetime:
    """A working day or a few before the reply, in the morning of the customer's time zone."""
    noise = digest(r.key, "sent")
    day = r.dt - timedelta(days=1 + noise[0] % 3)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=8 + noise[1] % 2, minute=noise[2] % 60, second=noise[3] % 60)


def make_quote(r: Reply) -> Quote:
    sent = reminder_sent(r)
    number = f"PS-INV-{r.inv}"
    text = reminder_text(r.reminder_lang, number, r.amt, sent)
    subject = REMINDER_SUBJECT[r.reminder_lang].format(inv=number)
    name, addr = r.sender
    to = r.rto or (f"{name} <{addr}>" if name else addr)
    return Quote(fit_charset(text, r.charset), fit_charset(subject, r.charset), sent, r.locale, to)


def header_rows(q: Quote, words: HeaderWords, when: str) -> list[str]:
    return [
        f"{words.sender}{words.sep}{AR_NAME} <{AR_ADDR}>",
        f"{words.sent}{words.sep}{when}",
        f"{words.to}{words.sep}{q.to}",
        f"{words.subject}{words.sep}{q.subject}",
    ]


def outlook_rows(q: Quote) -> list[str]:
    when = render(by_locale(OUTLOOK_SENT, q.loc), q.loc, q.sent)
    return header_rows(q, OUTLOOK_WORDS[q.lang], when)


def word_html(r: Reply, body: str, q: Quote | None) -> str:
    """Outlook desktop's Word-generated HTML, with its grey divider above the quote."""
    quoted = ""
    if q is not None:
        words = OUTLOOK_WORDS[q.lang]
        rows = []
        for line in outlook_rows(q):
            label, value = line.split(words.sep, 1)
            rows.append(
                f"<b>{html.escape(label)}{html.escape(words.sep.rstrip())}</b> {html.escape(value)}"
            )
        head = "<br>\n".join(rows)
        quoted = (
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            f"{word_paragraphs(q.text)}\n"
        )
    lang_attr = CONTENT_LANGUAGE[r.locale].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{quoted}</div>\n</body>\n</html>\n"
    )


def cte_of(r: Reply, default: str) -> str:
    return r.cte or default


def plain(r: Reply, text: str, default_cte: str = "qp") -> Message:
    return text_part(text, "plain", r.charset, cte_of(r, default_cte))


def markup(r: Reply, text: str, default_cte: str = "qp") -> Message:
    return text_part(text, "html", r.charset, cte_of(r, default_cte))


def style_outlook(r: Reply, q: Quote) -> Message:
    words = OUTLOOK_WORDS[q.lang]
    block = "\n".join([words.divider, *outlook_rows(q)])
    return plain(r, f"{r.body}\n\n{block}\n\n{q.text}\n")


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_rows(q), "", q.text, ""])
    return alternative(plain(r, text), markup(r, word_html(r, r.body, q)))


def style_html_only(r: Reply, q: Quote) -> Message:
    return markup(r, word_html(r, r.body, q))


def style_owa(r: Reply, q: Quote) -> Message:
    rows = outlook_rows(q)
    text = "\n".join([r.body, "", "_" * 32, *rows, "", q.text, ""])
    sep = OUTLOOK_WORDS[q.lang].sep
    head = "<br>\n".join(
        f"<b>{html.escape(row.split(sep, 1)[0])}{html.escape(sep.rstrip())}</b> {html.escape(row.split(sep, 1)[1])}"
        for row in rows
    )
    page = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_text(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">\n<div class="PlainText">{html_text(q.text)}</div>\n'
        "</span></font></div>\n</body>\n</html>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def style_outlook_mobile(r: Reply, q: Quote, sig: str) -> Message:
    block = "\n".join(outlook_rows(q))
    text = f"{r.body}\n\n{sig}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return plain(r, text, "b64")


def style_android(r: Reply, q: Quote) -> Message:
    return style_outlook_mobile(r, q, ANDROID_SIG[q.lang])


def style_outlook_ios(r: Reply, q: Quote) -> Message:
    return style_outlook_mobile(r, q, IOS_SIG[q.lang])


def gmail_attr(q: Quote) -> str:
    return render(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = fit_charset(gmail_attr(q), r.charset)
    text = f"{r.body}\n\n{attr}\n\n{quote_gt(q.text)}\n"
    page = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    attr = fit_charset(gmail_attr(q), r.charset)
    return plain(r, f"{r.body}\n\n{attr}\n\n{quote_gt(q.text)}\n")


def apple_attr(q: Quote) -> str:
    return render(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{apple_attr(q)}\n\n{quote_gt(q.text)}\n")


def iphone_text(r: Reply, q: Quote) -> str:
    quoted = quote_gt(f"{apple_attr(q)}\n\n{q.text}")
    return f"{r.body}\n\n{IPHONE_SIG[q.lang]}\n\n{quoted}\n"


def style_iphone(r: Reply, q: Quote) -> Message:
    return plain(r, iphone_text(r, q))


def style_iphone_html(r: Reply, q: Quote) -> Message:
    page = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{html_text(r.body)}</div>'
        f'<div dir="ltr"><br><div dir="ltr">{IPHONE_SIG[q.lang]}</div>'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attr(q))}<br><br></blockquote></div>'
        f'<blockquote type="cite"><div dir="ltr">{html_paragraphs(q.text)}</div></blockquote></div></body></html>\n'
    )
    return alternative(plain(r, iphone_text(r, q)), markup(r, page))


def thunderbird_part(r: Reply, text: str) -> Message:
    if r.charset == "utf-8":
        part = plain(r, flowed(text), "8bit")
        part.set_param("format", "flowed")
        return part
    return plain(r, text, "8bit")


def thunderbird_attr(q: Quote) -> str:
    return render(THUNDERBIRD_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    return thunderbird_part(r, f"{r.body}\n\n{thunderbird_attr(q)}\n{quote_gt(q.text)}\n")


def style_inline(r: Reply, q: Quote) -> Message:
    """Thunderbird, answered between the quoted lines (after the invoice details)."""
    source = q.text.split("\n")
    cut = max(i for i, line in enumerate(source) if line.startswith("  ")) + 1
    head = quote_gt("\n".join(source[:cut]))
    tail = quote_gt("\n".join(source[cut + 1 :]))
    text = f"{thunderbird_attr(q)}\n{head}\n\n{r.body}\n\n{tail}\n"
    return thunderbird_part(r, text)


def style_samsung(r: Reply, q: Quote) -> Message:
    words = SAMSUNG_WORDS[q.lang]
    when = render(SAMSUNG_DATE.get(q.loc, SAMSUNG_DATE["en-GB"]), q.loc, q.sent)
    rows = "\n".join(f"{row} " for row in header_rows(q, words, when))
    text = f"{r.body}\n\n\n\n{GALAXY_SIG[q.lang]}\n\n\n{words.divider}\n{rows}\n\n{q.text}\n"
    return plain(r, text, "b64")


def style_auto_html(r: Reply, q: Quote) -> Message:
    """An Outlook/Exchange automatic reply: nothing quoted."""
    del q
    return alternative(plain(r, r.body + "\n"), markup(r, word_html(r, r.body, None)))


def style_notice(r: Reply, q: Quote) -> Message:
    """A plain automatic notice: nothing quoted."""
    del q
    return plain(r, r.body + "\n")


def style_notice_html(r: Reply, q: Quote) -> Message:
    """An accounts-payable platform's notification: designed HTML plus a text version."""
    del q
    blocks = "".join(
        f'<tr><td style="padding:8px 24px;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1f2a37">{html_text(b)}</td></tr>\n'
        for b in r.body.split("\n\n")
    )
    page = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>\n'
        '<body style="margin:0;background:#f3f5f8">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0">\n'
        f"{blocks}</table>\n</body></html>\n"
    )
    return alternative(plain(r, r.body + "\n"), markup(r, page))


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "android": style_android,
    "outlook_ios": style_outlook_ios,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "iphone_html": style_iphone_html,
    "thunderbird": style_thunderbird,
    "inline": style_inline,
    "samsung": style_samsung,
    "auto_html": style_auto_html,
    "notice": style_notice,
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "owa", "auto_html"})
OUTLOOK_MOBILE = frozenset({"android", "outlook_ios"})
UNQUOTED = frozenset({"auto_html", "notice", "notice_html"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22D72)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22D72)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla Thunderbird 128.6.0esr",
        ),
    ),
    "inline": (("User-Agent", "Mozilla Thunderbird 115.18.0"),),
    "auto_html": (("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
}


def client_family(client: str) -> str:
    if client in OUTLOOK_FAMILY or client in OUTLOOK_MOBILE:
        return "outlook"
    if client in {"gmail", "gmail_plain"}:
        return "gmail"
    if client in {"apple", "iphone"}:
        return "apple"
    if client in {"thunderbird", "inline"}:
        return "thunderbird"
    return client


def reply_msgid(r: Reply) -> str:
    raw = digest(r.key, "message-id")
    domain = r.sender[1].split("@")[1]
    family = client_family(r.client)
    if family == "gmail":
        return f"<CA+{urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if family == "outlook":
        host = f"{token(r.key, 'host', 4)}PR{raw[0] % 10}{raw[1] % 10}MB{raw[2] * 31 % 9000 + 1000}"
        return f"<{host}{token(r.key, 'mid', 12)}@{host}.eurprd0{raw[3] % 9 + 1}.prod.outlook.com>"
    if family in {"apple", "iphone_html"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if family == "samsung":
        return f"<{raw.hex()[:12]}.{raw.hex()[12:20]}@email.android.com>"
    h = raw.hex()
    if family == "thunderbird":
        return f"<{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}@{domain}>"
    return f"<{h[:24]}.{int.from_bytes(raw[12:16], 'big')}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.client == "auto_html":
        return AUTO_PREFIX[q.lang] + q.subject
    if r.client in OUTLOOK_FAMILY:
        return OUTLOOK_RE[q.lang] + q.subject
    return "Re: " + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = (
        urlsafe_b64encode(digest(r.key, "thread")[:22]).decode().replace("-", "+").replace("_", "/")
    )
    return [
        ("Thread-Topic", encoded_header(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.locale]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.locale]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if not r.attach:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(FAKE_PDF, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=r.attach)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.client](r, q))
    msg["From"] = mailbox(*r.sender, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if client_family(r.client) == "outlook" else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, client_family(r.client))


# --------------------------------------------------------------------------------------------
# Delivery reports
# --------------------------------------------------------------------------------------------


def delivery_status(
    b: Bounce, mta: str, action: str, diagnostic: str, *, remote: str = "", diag_type: str = "smtp"
) -> Message:
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {diag_type}; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    blocks = [per_message, "\n".join(fields) + "\n"]
    ds.set_payload([message_from_bytes(block.encode()) for block in blocks])
    return ds


def returned_headers(b: Bounce, *, by: str) -> Message:
    head = b.reminder().as_string().split("\n\n", 1)[0]
    received = (
        f"Received: from {OUT_MTA} ({OUT_MTA} [198.51.100.23])\n"
        f"\tby {by}; {format_datetime(b.sent)}\n"
    )
    return text_part(received + head + "\n", "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish_bounce(
    b: Bounce, msg: Message, sender: str, subject: str, *extra: tuple[str, str]
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@", 1)[1]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 20).lower()}@{host}>"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, "bounce")


def exchange_human(head: str, body: str, charset: str = "utf-8") -> Message:
    """Exchange's readable part: a text version and the styled HTML version."""
    text = f"{head}\n\n{body}\n"
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>\n'
        f'<p><b><font color="#000066" size="3" face="Arial">{html_text(head)}</font></b></p>\n'
        f'<font color="#000000" size="2" face="Tahoma">{html_paragraphs(body)}</font>\n</body></html>\n'
    )
    return alternative(
        text_part(text, "plain", charset, "qp"), text_part(page, "html", charset, "qp")
    )


def bounce_postfix_nohost(b: Bounce) -> Message:
    domain = b.rcpt.split("@")[1]
    human = lines(
        f"This is the mail system at host {OUT_MTA}.",
        "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients. It's attached below.",
        "",
        "For further assistance, please send mail to postmaster.",
        "",
        "If you do so, please include this problem report. You can",
        "delete your own text from the attached returned message.",
        "",
        "                   The mail system",
        "",
        f"<{b.rcpt}>: Host or domain name not found. Name service error for",
        f"    name={domain} type=MX: Host not found",
        "",
    )
    diag = f"Host or domain name not found. Name service error for name={domain} type=MX: Host not found"
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, OUT_MTA, "failed", diag, diag_type="X-Postfix"),
        MIMEMessage(b.reminder()),
    )
    sender = f"MAILER-DAEMON@{OUT_MTA} (Mail Delivery System)"
    return finish_bounce(b, msg, sender, "Undelivered Mail Returned to Sender")


def bounce_gmail_nouser(b: Bounce) -> Message:
    paragraphs = [
        "** Address not found **",
        f"Your message wasn't delivered to {b.rcpt} because the address couldn't be found, or is unable to receive mail.",
        "Learn more here: https://support.google.com/mail/?p=NoSuchUser",
        "The response was:",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-72f3b0c9a41si771204b3a.118 - gsmtp",
    ]
    text = "\n\n".join(paragraphs) + "\n"
    page = (
        '<html><head></head><body><div style="font-family:Google Sans,Roboto,sans-serif">'
        + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        + "</div></body></html>\n"
    )
    human = alternative(
        text_part(text, "plain", "utf-8", "qp"), text_part(page, "html", "utf-8", "qp")
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    msg = report(
        human,
        delivery_status(b, "mx.google.com", "failed", diag, remote="gmail-smtp-in.l.google.com"),
        returned_headers(b, by="mx.google.com"),
    )
    return finish_bounce(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        ("X-Failed-Recipients", b.rcpt),
        ("Auto-Submitted", "auto-replied"),
    )


def bounce_qmail(b: Bounce) -> Message:
    host = f"mail.{b.rcpt.split('@')[1]}"
    copy = b.reminder().as_string()
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28113 invoked from network); {format_datetime(b.sent)}\n"
        f"Received: from {OUT_MTA} (198.51.100.23)\n  by {host} with SMTP; {format_datetime(b.sent)}\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(b, msg, f"MAILER-DAEMON@{host}", "failure notice")


def bounce_sendmail_delay(b: Bounce) -> Message:
    relay = "mx2.ruralwave-isp.example"
    target = f"mail.{b.rcpt.split('@')[1]}"
    human = lines(
        "    **********************************************",
        "    **      THIS IS A WARNING MESSAGE ONLY      **",
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **",
        "    **********************************************",
        "",
        f"The original message was received at {format_datetime(b.sent.astimezone(b.dt.tzinfo))}",
        f"from {OUT_MTA} [198.51.100.23]",
        "",
        "   ----- Transcript of session follows -----",
        f"<{b.rcpt}>... Deferred: Connection timed out with {target}.",
        "Warning: message still undelivered after 4 hours",
        "Will keep trying until message is 5 days old",
        "",
    )
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, relay, "delayed", "421 4.4.1 Connection timed out", remote=target),
        returned_headers(b, by=relay),
    )
    return finish_bounce(
        b,
        msg,
        f"Mail Delivery Subsystem <MAILER-DAEMON@{relay}>",
        "Warning: could not send message for past 4 hours",
        ("Auto-Submitted", "auto-generated"),
    )


def bounce_exim_quota(b: Bounce) -> Message:
    host = f"mx.{b.rcpt.split('@')[1]}"
    human = lines(
        "This message was created automatically by mail delivery software.",
        "A message that you sent has not yet been delivered to one or more of its",
        f"recipients after more than 24 hours on the queue on {host}.",
        "",
        "The message identifier is:     1vT8cR-0004Qm-7h",
        f"The subject of the message is: {b.subject()}",
        f"The date of the message is:    {format_datetime(b.sent)}",
        "",
        "The address to which the message has not yet been delivered is:",
        "",
        f"  {b.rcpt}",
        "    Delay reason: mailbox is full",
        "    (the recipient's mailbox is over its storage quota: 452 4.2.2)",
        "",
        "No action is required on your part. Delivery attempts will continue for",
        "some time, and this warning may be repeated at intervals if the message",
        "remains undelivered. Eventually the mail delivery software will give up,",
        "and when that happens, the message will be returned to you.",
        "",
    )
    msg = report(
        text_part(human, "plain", "utf-8", "8bit"),
        delivery_status(b, host, "delayed", "452 4.2.2 Mailbox full (over quota)"),
        returned_headers(b, by=host),
    )
    return finish_bounce(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Warning: message 1vT8cR-0004Qm-7h delayed 24 hours",
        ("Auto-Submitted", "auto-replied"),
    )


def bounce_postfix_de(b: Bounce) -> Message:
    relay = "relay2.mailhost-nord.example"
    target = f"mail.{b.rcpt.split('@')[1]}"
    human = lines(
        f"Dies ist das Mailsystem auf dem Rechner {relay}.",
        "",
        "Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht",
        "zugestellt werden. Die Nachricht ist unten angehängt.",
        "",
        "Bei Fragen wenden Sie sich bitte an den Postmaster und fügen Sie",
        "diesen Fehlerbericht bei. Ihren eigenen Text können Sie aus der",
        "angehängten Nachricht entfernen.",
        "",
        "                   Das Mailsystem",
        "",
        f"<{b.rcpt}>: host {target}[203.0.113.58] said:",
        f"    550 5.2.1 <{b.rcpt}>: Mailbox disabled, not accepting messages",
        "    (in reply to RCPT TO command)",
        "",
    )
    diag = f"550 5.2.1 <{b.rcpt}>: Mailbox disabled, not accepting messages"
    msg = report(
        text_part(human, "plain", "utf-8", "8bit"),
        delivery_status(b, relay, "failed", diag, remote=target),
        MIMEMessage(b.reminder()),
    )
    sender = f"MAILER-DAEMON@{relay} (Mail Delivery System)"
    return finish_bounce(b, msg, sender, "Unzustellbare Nachricht an den Absender zurückgeschickt")


def bounce_exchange_de_delay(b: Bounce) -> Message:
    domain = b.rcpt.split("@")[1]
    server = f"EXCH02.ad.{domain}"
    human = exchange_human(
        f"Die Zustellung an diese Empfänger oder Gruppen ist verzögert:\n\n{b.rcpt}\n\nBetreff: {b.subject()}",
        lines(
            "Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.",
            "",
            "Der Server versucht noch 1 Tag und 19 Stunden lang, die Nachricht zuzustellen. Wenn die Nachricht in diesem Zeitraum nicht zugestellt werden kann, erhalten Sie eine Benachrichtigung.",
            "",
            "Diagnoseinformationen für Administratoren:",
            "",
            f"Generierender Server: {server}",
            "",
            f"{b.rcpt}\nRemoteserver hat '451 4.4.7 Message delayed' zurückgegeben",
        ),
    )
    msg = report(
        human,
        delivery_status(b, server, "delayed", "451 4.4.7 Message delayed"),
        returned_headers(b, by=server),
    )
    sender = f"Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{domain}>"
    return finish_bounce(
        b, msg, sender, f"Zustellung verzögert: {b.subject()}", ("Auto-Submitted", "auto-replied")
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    local, domain = b.rcpt.split("@")
    server = "PR3P195MB0712.EURP195.PROD.OUTLOOK.COM"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = exchange_human(
        f"Votre message à {b.rcpt} n'a pas pu être remis.",
        lines(
            f"{local} n'a pas été trouvé sur {domain}.",
            "",
            "Comment résoudre le problème",
            "L'adresse est peut-être mal orthographiée ou n'existe plus. Vérifiez l'adresse du destinataire et renvoyez le message. Si le problème persiste, contactez directement le destinataire (par exemple par téléphone) et demandez-lui de signaler le problème à son administrateur de messagerie.",
            "",
            "Informations supplémentaires pour les administrateurs",
            f"Serveur de génération : {server}",
            "",
            f"{b.rcpt}\nLe serveur distant a retourné '{diag}'",
        ),
    )
    msg = report(
        human,
        delivery_status(b, server, "failed", diag),
        returned_headers(b, by=server),
    )
    sender = f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{domain}>"
    return finish_bounce(
        b, msg, sender, f"Non remis : {b.subject()}", ("Auto-Submitted", "auto-replied")
    )


def bounce_isp_fr_delay(b: Bounce) -> Message:
    subject = fit_charset(b.subject(), "iso-8859-1")
    text = lines(
        "Bonjour,",
        "",
        "Ceci est un message automatique du serveur de messagerie smtp.fibrenet-pro.example.",
        "",
        "Votre message n'a pas encore pu être remis au destinataire suivant :",
        "",
        f"    {b.rcpt}",
        "",
        "Motif : le serveur du destinataire a interrompu la connexion (421 4.4.2 connexion perdue).",
        "",
        "Aucune action n'est nécessaire de votre part : nous réessaierons automatiquement pendant 5 jours. Si la remise échoue définitivement, vous recevrez un nouvel avis.",
        "",
        f"Objet du message : {subject}",
        f"Envoyé le : {b.sent.astimezone(b.dt.tzinfo):%d/%m/%Y à %H:%M}",
        "",
        "-- ",
        "Service Messagerie FibreNet Pro",
        "",
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish_bounce(
        b,
        msg,
        "Service Messagerie <postmaster@smtp.fibrenet-pro.example>",
        "Avis de retard de remise de votre message",
        ("Auto-Submitted", "auto-generated"),
    )


def bounce_gateway_es(b: Bounce) -> Message:
    local_time = b.sent.astimezone(b.dt.tzinfo)
    text = lines(
        "Aviso de la pasarela de correo seguro",
        "",
        "El mensaje que se indica a continuación todavía no se ha podido entregar. La pasarela lo mantiene en cola y seguirá intentando la entrega automáticamente.",
        "",
        f"  Destinatario:      {b.rcpt}",
        f"  Asunto:            {b.subject()}",
        "  Estado:            4.3.2 (el servidor de destino no acepta mensajes temporalmente)",
        f"  En cola desde:     {local_time:%d/%m/%Y %H:%M}",
        f"  Reintentos hasta:  {local_time + timedelta(days=5):%d/%m/%Y %H:%M}",
        "",
        "No es necesario que vuelva a enviar el mensaje.",
        "",
        "SeguraMail Gateway – Protección de correo para empresas",
        "",
    )
    gateway = "gw2.seguramail.example"
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            gateway,
            "delayed",
            "451 4.3.2 System not accepting network messages",
            remote=f"exchange.{b.rcpt.split('@')[1]}",
        ),
        returned_headers(b, by=gateway),
    )
    return finish_bounce(
        b,
        msg,
        f"Pasarela de correo seguro <postmaster@{gateway}>",
        "Entrega retrasada: mensaje en cola",
        ("Auto-Submitted", "auto-replied"),
    )


def bounce_quota_nl(b: Bounce) -> Message:
    host = "mx1.webhost-delta.example"
    text = lines(
        f"Dit is een automatisch bericht van de mailserver {host}.",
        "",
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:",
        "",
        f"    {b.rcpt}",
        "",
        "De mailbox van de ontvanger is vol (552 5.2.2 Mailbox quota exceeded). Zodra de ontvanger ruimte heeft vrijgemaakt, kunnen er weer berichten worden afgeleverd. U kunt het bericht later opnieuw versturen.",
        "",
        "Het oorspronkelijke bericht vindt u in de bijlage.",
        "",
    )
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, host, "failed", "552 5.2.2 Mailbox quota exceeded"),
        MIMEMessage(b.reminder()),
    )
    return finish_bounce(
        b,
        msg,
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        "Onbestelbaar bericht: mailbox vol",
        ("Auto-Submitted", "auto-replied"),
    )


def bounce_exchange_it(b: Bounce) -> Message:
    domain = b.rcpt.split("@")[1]
    server = f"SRVEXCH01.{domain}"
    diag = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
    human = exchange_human(
        f"Recapito non riuscito ai destinatari o gruppi seguenti:\n\n{b.rcpt}",
        lines(
            "L'indirizzo di posta elettronica immesso non è stato trovato. Controllare l'indirizzo del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, rivolgersi al supporto tecnico.",
            "",
            "Informazioni di diagnostica per gli amministratori:",
            "",
            f"Server di generazione: {server}",
            "",
            f"{b.rcpt}\nIl server remoto ha restituito '{diag}'",
        ),
    )
    msg = report(human, delivery_status(b, server, "failed", diag), returned_headers(b, by=server))
    sender = f"Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{domain}>"
    return finish_bounce(
        b, msg, sender, f"Non recapitabile: {b.subject()}", ("Auto-Submitted", "auto-replied")
    )


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
AUTO_REPLIED = ("Auto-Submitted", "auto-replied")

PAYMENT_SENT = [
    Reply(
        key="ps-en-billcom",
        intent="payment_sent",
        lang="en",
        sender=("Harlow & Finch CPAs via Bill.com", "notification@hq.bill.example"),
        when="2027-01-21 06:12 -0800",
        client="notice_html",
        subject="Harlow & Finch CPAs sent you a payment of $2,340.00",
        threaded=False,
        headers=(AUTO_GENERATED, ("X-Bill-Notification-Type", "VendorPaymentSent")),
        body=lines(
            "Hi Pinecrest Software Inc.,",
            "",
            "Harlow & Finch CPAs sent you a payment.",
            "",
            "Payment amount: $2,340.00",
            "Payment method: ACH (bank transfer)",
            "Payment date: Jan 21, 2027",
            "Estimated arrival: Jan 26, 2027",
            "Payment confirmation: P27012100483",
            "",
            "Invoice # | Invoice date | Amount paid",
            "PS-INV-40377 | Dec 14, 2026 | $2,340.00",
            "",
            'Memo from Harlow & Finch CPAs: "Practice suite renewal - 12 seats"',
            "",
            "Questions about this payment? Contact Harlow & Finch CPAs at ap@harlowfinchcpa.example.",
            "",
            "This is an automated message. Please do not reply to this email.",
        ),
        inv="40377",
        amt="$2,340.00",
        facts=Facts(
            paid_date="2027-01-21",
            payment_reference="P27012100483",
            amount="2340.00",
            currency="USD",
            refs=("40377",),
            note="AP-platform payment advice carrying Auto-Submitted: auto-generated: a payment sent, not an auto-reply; the estimated arrival is not the payment date; the payer's AP address is not a new contact",
        ),
    ),
    Reply(
        key="ps-en-tipalti",
        intent="payment_sent",
        lang="en",
        sender=("Brookside Community Health via Tipalti", "no-reply@payments.tipalti.example"),
        when="2027-02-11 14:03 -0500",
        client="notice_html",
        subject="Remittance advice: payment from Brookside Community Health",
        threaded=False,
        headers=(("Precedence", "bulk"),),
        body=lines(
            "Payment notification",
            "",
            "Hello Pinecrest Software Inc.,",
            "",
            "Brookside Community Health has submitted a payment to you. Funds usually reach your account within 1–3 business days, depending on your bank.",
            "",
            "Payment ID: BCH-7F3K-22981",
            "Payment method: Wire transfer (USD)",
            "Payment amount: USD 4,125.50",
            "Submission date: February 11, 2027",
            "",
            "Invoices included in this payment:",
            "",
            "Invoice number    Invoice date    Amount",
            "PS-INV-40652      12/15/2026      USD 2,980.50",
            "PS-INV-40811      01/05/2027      USD 1,145.00",
            "",
            "To see your payment history or update your remittance details, sign in to the supplier portal.",
            "",
            "Please do not reply to this email. This mailbox is not monitored.",
        ),
        inv="40652",
        amt="$2,980.50",
        facts=Facts(
            paid_date="2027-02-11",
            payment_reference="BCH-7F3K-22981",
            amount="4125.50",
            currency="USD",
            refs=("40652", "40811"),
            note="AP-platform remittance advice without Auto-Submitted; 'submitted a payment' is a payment sent; its own 'mailbox is not monitored' footer does not make it wrong_contact; the amount covers both invoices",
        ),
    ),
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        sender=("Deb Kowalski", "deb@lakeshorefamilydental.example"),
        when="2027-01-26 16:48 -0600",
        client="iphone",
        body="Paid.",
        inv="40415",
        amt="$690.00",
        facts=Facts(note="one-word answer to the reminder; no date, amount or reference"),
    ),
    Reply(
        key="ps-en-rambling",
        intent="payment_sent",
        lang="en",
        sender=("Fiona Mackay", "practice.manager@westgatephysio.example"),
        when="2027-01-28 10:22 +0000",
        client="outlook_html",
        body=lines(
            "Hi there,",
            "",
            "Apologies for the slow reply to this and to the last couple of reminders. It has been a chaotic few weeks: we moved the clinic system over to the cloud between Christmas and New Year, and in the process half of our mail rules stopped working, so anything from suppliers was landing in a folder nobody was looking at. On top of that our bookkeeper left in December and her replacement doesn't start until March, so I'm covering the accounts as well as the rota, which is going about as well as you'd expect.",
            "",
            "Anyway, I sat down with our accountant on Tuesday and we went through the whole supplier ledger, and the Pinecrest invoices were paid then in one go – £1,860.00 by BACS, reference WESTGATE PINECREST, which covers 40233 and 40290 together. If it hasn't reached you yet it should be there any moment.",
            "",
            "While I have you – is there any chance of getting your trainer back for half a day at some point? We have two new receptionists who have only had the online videos and they keep double-booking the treatment rooms.",
            "",
            "Thanks, and sorry again for the runaround.",
            "",
            "Fiona Mackay",
            "Practice Manager",
            "Westgate Physiotherapy & Sports Injury Clinic",
            "0161 496 0734",
            "",
            "This email and any attachments are confidential and may contain patient information. If you are not the intended recipient please notify the sender immediately and delete this message. Westgate Physiotherapy Ltd is registered in England and Wales, company no. 08811234.",
        ),
        inv="40233",
        amt="£1,240.00",
        facts=Facts(
            paid_date="2027-01-26",
            payment_reference="WESTGATE PINECREST",
            amount="1860.00",
            currency="GBP",
            refs=("40233", "40290"),
            note="long reply that buries the payment in its second paragraph; 'on Tuesday' is past: 26 Jan before Thu 28 Jan; the training request is secondary",
        ),
    ),
    Reply(
        key="ps-de-kanzlei",
        intent="payment_sent",
        lang="de",
        sender=("Sabine Kowalczyk", "s.kowalczyk@lindner-paulsen-stb.example"),
        when="2027-02-03 09:15 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "die Rechnung PS-INV-40518 über 1.190,00 EUR haben wir gestern per SEPA-Überweisung beglichen. Als Verwendungszweck haben wir die Rechnungsnummer und unsere Kundennummer 20931 angegeben.",
            "",
            "Der Betrag sollte spätestens morgen auf Ihrem Konto gutgeschrieben sein.",
            "",
            "Mit freundlichen Grüßen",
            "",
            "i. A. Sabine Kowalczyk",
            "Buchhaltung",
            "",
            "Lindner & Paulsen Steuerberatungsgesellschaft mbH",
            "Hafenstraße 12 · 24103 Kiel",
            "Geschäftsführer: Dr. Henrik Lindner, Maren Paulsen",
            "Amtsgericht Kiel HRB 20417",
        ),
        inv="40518",
        amt="1.190,00 €",
        facts=Facts(
            paid_date="2027-02-02",
            amount="1190.00",
            currency="EUR",
            refs=("40518",),
            note="'gestern' against Wed 3 Feb; ISO-8859-1 Outlook message; the customer number is not a payment reference",
        ),
    ),
    Reply(
        key="ps-fr-virement",
        intent="payment_sent",
        lang="fr",
        sender=("Camille Roussel", "c.roussel@atelier-roussel-ngo.example"),
        when="2027-02-19 10:40 +0100",
        client="gmail",
        body=lines(
            "Bonjour,",
            "",
            "Le virement de 2 064,00 € est parti ce matin de notre compte professionnel (référence VIR-RN-0219). Il devrait apparaître sur votre relevé d'ici 48 heures.",
            "",
            "Bonne journée,",
            "",
            "Camille Roussel",
            "Atelier Roussel & Ngo Architectes",
            "12, quai des Chartrons – 33000 Bordeaux",
        ),
        inv="40960",
        amt="2 064,00 €",
        facts=Facts(
            paid_date="2027-02-19",
            payment_reference="VIR-RN-0219",
            amount="2064.00",
            currency="EUR",
            note="'est parti ce matin' → the message date",
        ),
    ),
    Reply(
        key="ps-es-justificante",
        intent="payment_sent",
        lang="es",
        sender=("Marta Ibáñez Rueda", "administracion@ibanezsola-abogados.example"),
        when="2027-01-26 12:05 +0100",
        client="outlook_html",
        attach="justificante_transferencia.pdf",
        body=lines(
            "Buenos días:",
            "",
            "Les confirmo que la transferencia se realizó el viernes pasado, día 22, por importe de 1.452,00 €. Les adjunto el justificante del banco.",
            "",
            "Si en un par de días no les consta el ingreso, avísenme y lo reviso con la entidad.",
            "",
            "Un saludo cordial,",
            "",
            "Marta Ibáñez Rueda",
            "Administración",
            "Ibáñez & Sola Abogados",
            "C/ Colón, 18, 3.º – 46004 Valencia",
            "",
            "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial sometida a secreto profesional. Si no es usted el destinatario indicado, le rogamos que lo comunique al remitente y proceda a su eliminación.",
        ),
        inv="40344",
        amt="1.452,00 €",
        facts=Facts(
            paid_date="2027-01-22",
            amount="1452.00",
            currency="EUR",
            note="transfer proof attached as a PDF; 'el viernes pasado, día 22'",
        ),
    ),
    Reply(
        key="ps-es-spei",
        intent="payment_sent",
        lang="es",
        sender=("Dr. Alejandro Treviño", "atrevino@clinicadelvalle-mty.example"),
        when="2027-01-28 18:30 -0600",
        client="android",
        body=lines(
            "ya se pago ayer por spei, folio de rastreo 0127 4455 9012. porfa confirmen de recibido",
            "",
            "saludos",
            "Dr. Treviño",
        ),
        inv="40472",
        amt="1.380,00 USD",
        facts=Facts(
            paid_date="2027-01-27",
            payment_reference="0127 4455 9012",
            note="no accents ('ya se pago'); sent at 18:30 in Monterrey, already 29 Jan in UTC: 'ayer' is 27 Jan in the sender's time zone",
        ),
    ),
    Reply(
        key="ps-nl-deze",
        intent="payment_sent",
        lang="nl",
        sender=("Ruud Verschoor", "r.verschoor@verschoor-accountants.example"),
        when="2027-02-04 14:37 +0100",
        client="outlook",
        body=lines(
            "Goedemiddag,",
            "",
            "Deze is op 1 februari voldaan, samen met factuur 40702. Totaal overgemaakt: € 3.218,40, betalingskenmerk 1100 4589 2231 0090.",
            "",
            "Met vriendelijke groet,",
            "",
            "Ruud Verschoor",
            "Verschoor Accountants & Adviseurs",
            "Stationsweg 41, 3811 MK Amersfoort",
        ),
        inv="40688",
        amt="€ 1.604,20",
        facts=Facts(
            paid_date="2027-02-01",
            payment_reference="1100 4589 2231 0090",
            amount="3218.40",
            currency="EUR",
            refs=("40702",),
            note="'deze' is the reminded invoice, whose number is only in the subject and the quote, so only 40702 is listed; the amount covers both",
        ),
    ),
    Reply(
        key="ps-nl-vanochtend",
        intent="payment_sent",
        lang="nl",
        sender=("Sanne de Wit", "administratie@obs-dewilgen.example"),
        when="2027-02-08 11:02 +0100",
        client="iphone",
        body=lines(
            "Is vanochtend betaald hoor, sorry voor de vertraging!", "", "Groetjes,", "Sanne"
        ),
        inv="40790",
        amt="€ 540,00",
        facts=Facts(paid_date="2027-02-08", note="'vanochtend' → the message date"),
    ),
    Reply(
        key="ps-it-cro",
        intent="payment_sent",
        lang="it",
        sender=("Segreteria Amministrativa", "amministrazione@istitutosangiuseppe-pd.example"),
        when="2027-02-10 11:20 +0100",
        client="thunderbird",
        body=lines(
            "Buongiorno,",
            "",
            "vi comunichiamo che in data 9 febbraio abbiamo disposto il bonifico di € 980,00 a saldo della fattura PS-INV-40987.",
            "CRO: 1203880044712027",
            "",
            "Distinti saluti",
            "",
            "La Segreteria Amministrativa",
            "Istituto Paritario San Giuseppe",
            "Via Belzoni, 40 – 35121 Padova",
        ),
        inv="40987",
        amt="€ 980,00",
        facts=Facts(
            paid_date="2027-02-09",
            payment_reference="1203880044712027",
            amount="980.00",
            currency="EUR",
            refs=("40987",),
            note="'abbiamo disposto il bonifico' on a past date: sent",
        ),
    ),
    Reply(
        key="ps-it-contabile",
        intent="payment_sent",
        lang="it",
        sender=("Luca Ferraro", "luca.ferraro@studioferraro-arch.example"),
        when="2027-01-20 17:55 +0100",
        client="gmail",
        attach="contabile_bonifico.pdf",
        body=lines(
            "È già stata pagata il 15/01, controllate meglio prima di mandare solleciti. Vi allego la contabile, è la terza volta che ve la mando.",
            "",
            "Luca Ferraro",
        ),
        inv="40312",
        amt="€ 1.220,00",
        facts=Facts(
            paid_date="2027-01-15",
            note="irritated, but no request to stop writing: a payment claim with the bank receipt attached",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pp-en-checkrun",
        intent="promise_to_pay",
        lang="en",
        sender=("Marcy Delgado", "mdelgado@delgadobrandt-cpa.example"),
        when="2027-02-17 10:44 -0600",
        client="outlook",
        body=lines(
            "Hi,",
            "",
            "This one has been approved and queued for Friday's check run, so it'll be mailed then. Checks usually take 4-5 business days to reach you.",
            "",
            "Thanks,",
            "Marcy Delgado",
            "Office Manager | Delgado Brandt CPAs",
            "(555) 014-2283",
        ),
        inv="40903",
        amt="$1,575.00",
        facts=Facts(
            promised_date="2027-02-19",
            note="past-tense 'approved and queued' announces a future payment: Friday's check run after Wed 17 Feb",
        ),
    ),
    Reply(
        key="pp-en-board",
        intent="promise_to_pay",
        lang="en",
        sender=("Helen Osei", "finance@riversidefoodbank.example"),
        when="2027-02-01 13:15 +0000",
        client="gmail",
        body=lines(
            "Hello,",
            "",
            "Thank you for the reminder, and sorry this has slipped. As a charity we can only release supplier payments once the trustees have approved them, and our next board meeting is on Thursday 11 February. Your invoice is on the list for that meeting, and the treasurer makes the approved payments on the Monday after the board meets, so you should have it on the 15th.",
            "",
            "Best wishes,",
            "Helen Osei",
            "Finance Officer",
            "Riverside Community Food Bank",
            "Registered charity no. 1190345",
        ),
        inv="40724",
        amt="£480.00",
        facts=Facts(
            promised_date="2027-02-15",
            note="'after our board meets' pinned down by the writer: board on Thu 11 Feb, payment the Monday after (15 Feb)",
        ),
    ),
    Reply(
        key="pp-en-billcom-scheduled",
        intent="promise_to_pay",
        lang="en",
        sender=("Northgate Family Law via Bill.com", "notification@hq.bill.example"),
        when="2027-02-22 07:31 -0800",
        client="notice_html",
        subject="Northgate Family Law scheduled a payment to Pinecrest Software Inc.",
        threaded=False,
        headers=(AUTO_GENERATED, ("X-Bill-Notification-Type", "VendorPaymentScheduled")),
        body=lines(
            "Hi Pinecrest Software Inc.,",
            "",
            "Northgate Family Law has scheduled a payment to you.",
            "",
            "Amount: $860.00",
            "Payment method: ePayment (ACH)",
            "Scheduled process date: Mar 1, 2027",
            "Estimated arrival: Mar 4, 2027",
            "",
            "Invoice # | Amount",
            "PS-INV-41021 | $860.00",
            "",
            "We'll send you another notification when the payment has been sent.",
            "",
            "This is an automated message. Please do not reply to this email.",
        ),
        inv="41021",
        amt="$860.00",
        facts=Facts(
            promised_date="2027-03-01",
            amount="860.00",
            currency="USD",
            refs=("41021",),
            note="AP platform announcing a scheduled payment: a promise on the process date, not payment_sent and not an auto-reply",
        ),
    ),
    Reply(
        key="pp-de-jaenner",
        intent="promise_to_pay",
        lang="de",
        sender=("Mag. Verena Hofbauer", "kanzlei@hofbauer-rechtsanwaelte.example"),
        when="2027-01-21 16:05 +0100",
        client="outlook_html",
        body=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "danke für die Erinnerung. Wir hatten im Jänner leider einen personellen Engpass in der Buchhaltung, dabei ist die Rechnung liegen geblieben. Wir überweisen den offenen Betrag bis Ende nächster Woche.",
            "",
            "Mit freundlichen Grüßen",
            "Mag. Verena Hofbauer",
            "",
            "Hofbauer Rechtsanwälte GmbH",
            "Wipplingerstraße 21, 1010 Wien",
            "FN 412233 x, Handelsgericht Wien",
        ),
        inv="40277",
        amt="2.340,00 €",
        facts=Facts(
            promised_date="2027-01-29",
            note="Austrian 'Jänner'; 'bis Ende nächster Woche' → Friday of next week; the staffing excuse is not a request for more time",
        ),
    ),
    Reply(
        key="pp-de-kw7",
        intent="promise_to_pay",
        lang="de",
        sender=("Jörg Brandstätter", "verwaltung@praxis-am-markt-fulda.example"),
        when="2027-02-03 08:50 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        body=lines(
            "Guten Morgen,",
            "",
            "die Rechnung ist freigegeben und für unseren Zahlungslauf in KW 7 eingeplant.",
            "",
            "Gruß",
            "J. Brandstätter",
            "Verwaltung, Gemeinschaftspraxis am Markt",
        ),
        inv="40601",
        amt="690,00 €",
        facts=Facts(
            promised_date="2027-02-15",
            note="'KW 7' → Monday of ISO week 7 (15 Feb), read like 'next week'; 'freigegeben' is past but the payment run is future",
        ),
    ),
    Reply(
        key="pp-fr-finmois",
        intent="promise_to_pay",
        lang="fr",
        sender=("Dr Nathalie Vandamme", "secretariat@cabinet-vandamme.example"),
        when="2027-02-09 18:12 +0100",
        client="apple",
        body=lines(
            "Bonsoir,",
            "",
            "Le paiement sera effectué d'ici la fin du mois. Désolée pour le retard : nous avons changé de banque en janvier et tous nos ordres permanents ont dû être réencodés.",
            "",
            "Bien à vous,",
            "",
            "Dr Nathalie Vandamme",
            "Cabinet médical Vandamme",
            "Chaussée de Waterloo 512 – 1050 Ixelles",
        ),
        inv="40747",
        amt="385,00 €",
        facts=Facts(
            promised_date="2027-02-28",
            note="'d'ici la fin du mois' → last day of February; Belgian French ('réencodés')",
        ),
    ),
    Reply(
        key="pp-es-dia5",
        intent="promise_to_pay",
        lang="es",
        sender=("Pilar Ortega", "tesoreria@asociacionalba.example"),
        when="2027-01-27 10:30 +0100",
        client="gmail",
        body=lines(
            "Hola,",
            "",
            "Lo pagamos el día 5, que es cuando nos entra la remesa de las cuotas de los socios. Si quieren que les avise cuando salga la transferencia, me lo dicen.",
            "",
            "Un saludo,",
            "Pilar Ortega",
            "Tesorera – Asociación Alba de apoyo a familias",
        ),
        inv="40402",
        amt="310,00 €",
        facts=Facts(promised_date="2027-02-05", note="'el día 5' → the next 5th after 27 Jan"),
    ),
    Reply(
        key="pp-es-programada",
        intent="promise_to_pay",
        lang="es",
        sender=("Javier Montoya", "gerencia@clinicadentalmontoya.example"),
        when="2027-02-18 13:20 +0100",
        client="outlook",
        charset="windows-1252",
        body=lines(
            "Hola, buenas tardes:",
            "",
            "Ya está programada la transferencia para el lunes. Disculpen el retraso.",
            "",
            "Saludos,",
            "Javier Montoya",
            "Gerente – Clínica Dental Montoya",
        ),
        inv="40880",
        amt="1.045,00 €",
        facts=Facts(
            promised_date="2027-02-22",
            note="'ya está programada' sounds done, but the transfer goes on Monday 22 Feb: a promise; windows-1252",
        ),
    ),
    Reply(
        key="pp-nl-volgendeweek",
        intent="promise_to_pay",
        lang="nl",
        sender=("Eline Bakker", "e.bakker@bakkerdejong-advocaten.example"),
        when="2027-01-19 15:40 +0100",
        client="owa",
        body=lines(
            "Beste heer/mevrouw,",
            "",
            "Excuses, de factuur lag nog ter goedkeuring bij de directie. Die handtekening komt deze week; wij betalen dan volgende week.",
            "",
            "Met vriendelijke groet,",
            "Eline Bakker",
            "Officemanager",
            "Bakker de Jong Advocaten",
        ),
        inv="40256",
        amt="€ 1.980,00",
        facts=Facts(
            promised_date="2027-01-25",
            note="'volgende week' → Monday of next week; the pending signature is a condition, not a dispute",
        ),
    ),
    Reply(
        key="pp-nl-morgen",
        intent="promise_to_pay",
        lang="nl",
        sender=("Pieter Claes", "pieter@claes-boekhouding.example"),
        when="2027-02-11 20:05 +0100",
        client="iphone",
        rlang="en",
        body=lines("Nog niet betaald nee, sorry. Gaat morgen de deur uit.", "", "Pieter"),
        inv="40845",
        amt="€760.00",
        facts=Facts(
            promised_date="2027-02-12",
            note="negated past payment followed by a promise for tomorrow; Flemish reply to an English reminder",
        ),
    ),
    Reply(
        key="pp-it-entro20",
        intent="promise_to_pay",
        lang="it",
        sender=("Dott.ssa Chiara Bellini", "c.bellini@studiobellini-commercialisti.example"),
        when="2027-02-08 09:30 +0100",
        client="outlook_html",
        body=lines(
            "Buongiorno,",
            "",
            "provvederemo al saldo della fattura entro il 20 del mese corrente, insieme agli altri fornitori.",
            "",
            "Cordiali saluti",
            "",
            "Dott.ssa Chiara Bellini",
            "Studio Bellini – Commercialisti Associati",
            "Corso Vittorio Emanuele II, 88 – 10121 Torino",
            "",
            "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Qualora il messaggio vi fosse pervenuto per errore, vi preghiamo di eliminarlo e di darcene comunicazione.",
        ),
        inv="40822",
        amt="€ 1.150,00",
        facts=Facts(promised_date="2027-02-20", note="'entro il 20 del mese corrente'"),
    ),
    Reply(
        key="pp-it-esecuzione",
        intent="promise_to_pay",
        lang="it",
        sender=("Roberto Galli", "economato@liceomanzoni-bg.example"),
        when="2027-02-22 12:10 +0100",
        client="gmail_plain",
        body=lines(
            "Buongiorno,",
            "",
            "abbiamo già dato disposizione alla banca per il pagamento della fattura PS-INV-41002, con data di esecuzione 1° marzo.",
            "",
            "Saluti",
            "Roberto Galli",
            "Ufficio Economato",
        ),
        inv="41002",
        amt="€ 2.480,00",
        facts=Facts(
            promised_date="2027-03-01",
            refs=("41002",),
            note="past-tense bank instruction with a future execution date: a promise for 1 March, not a payment sent",
        ),
    ),
]

DISPUTE = [
    Reply(
        key="di-en-notpaid",
        intent="dispute",
        lang="en",
        sender=("Tom Whitaker", "twhitaker@whitakerlane-law.example"),
        when="2027-01-20 09:12 -0500",
        client="gmail",
        body=lines(
            "We have NOT paid this because the onboarding day on invoice 40566 never happened. Your trainer cancelled on the morning of the 12th and nobody rebooked, despite two emails from me. We're not paying for a day we didn't get.",
            "",
            "If you want to reschedule, fine, bill it after it happens.",
            "",
            "Tom Whitaker",
            "Managing Partner",
            "Whitaker Lane LLP",
        ),
        inv="40566",
        amt="$1,200.00",
        facts=Facts(refs=("40566",), note="negated payment with the reason: service not delivered"),
    ),
    Reply(
        key="di-en-duplicate",
        intent="dispute",
        lang="en",
        sender=("Priya Raman", "accounts@ramanco-accountants.example"),
        when="2027-01-22 11:58 +0000",
        client="outlook",
        body=lines(
            "Hello,",
            "",
            "This appears to be a duplicate of PS-INV-40301, which we paid on 4 January. Same 12 seats, same period (Jan–Dec 2027). Please cancel PS-INV-40388 and confirm.",
            "",
            "Regards,",
            "",
            "Priya Raman",
            "Raman & Co Chartered Accountants",
        ),
        inv="40388",
        amt="£2,160.00",
        facts=Facts(
            refs=("40301", "40388"),
            note="duplicate billing; the payment mentioned is of the earlier invoice, so it is no payment claim for this one",
        ),
    ),
    Reply(
        key="di-en-seats",
        intent="dispute",
        lang="en",
        sender=("Kevin O'Neill", "kevin@oneill-studio-arch.example"),
        when="2027-02-05 15:27 -0800",
        client="owa",
        body=lines(
            "Third time I'm raising this. You've billed us for 15 users again. We cut down to 9 in November – your support team confirmed it on ticket 58213. I'll pay for 9 users the minute I get a corrected invoice, not before.",
            "",
            "Kevin O'Neill",
            "Principal, O'Neill Studio Architecture",
        ),
        inv="40931",
        amt="$1,875.00",
        facts=Facts(
            note="irritated quantity dispute with a conditional payment; the corrected invoice is part of the dispute, not an invoice_request"
        ),
    ),
    Reply(
        key="di-de-gutschrift",
        intent="dispute",
        lang="de",
        sender=("Katrin Vogt", "k.vogt@architekten-vogt-sommer.example"),
        when="2027-01-19 10:14 +0100",
        client="outlook_html",
        body=lines(
            "Guten Tag,",
            "",
            "zu dieser Rechnung haben Sie uns am 14.12.2026 eine Gutschrift über den vollen Betrag ausgestellt (Gutschrift PS-CN-00412), nachdem die Schulung abgesagt worden war. Die Forderung ist damit erledigt. Bitte buchen Sie den Posten aus und stellen Sie die Mahnungen ein.",
            "",
            "Freundliche Grüße",
            "Katrin Vogt",
            "Vogt Sommer Architekten PartGmbB",
        ),
        inv="40219",
        amt="1.450,00 €",
        facts=Facts(
            note="already credited in full; 'stellen Sie die Mahnungen ein' asks to stop dunning this invoice, not to stop e-mail contact, so not unsubscribe; the credit-note number is not an invoice number"
        ),
    ),
    Reply(
        key="di-de-migration",
        intent="dispute",
        lang="de",
        sender=("Dr. med. Stefan Albrecht", "praxis@dr-albrecht-hausarzt.example"),
        when="2027-02-02 12:40 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "die Übernahme unserer Patientendaten aus dem Altsystem ist bis heute nicht abgeschlossen, obwohl sie für Anfang Dezember zugesagt war. Die Einrichtungspauschale (Rechnung 40495) zahlen wir deshalb erst, wenn die Migration vollständig und von uns abgenommen ist.",
            "",
            "Die monatlichen Lizenzgebühren haben wir selbstverständlich bezahlt, zuletzt am 29.01.",
            "",
            "Mit freundlichen Grüßen",
            "Dr. med. Stefan Albrecht",
            "Hausarztpraxis Dr. Albrecht",
        ),
        inv="40495",
        amt="2.900,00 €",
        facts=Facts(
            refs=("40495",),
            note="set-up fee withheld until the migration is done; the licence payment on 29 Jan concerns other invoices, so dispute wins",
        ),
    ),
    Reply(
        key="di-fr-bondecommande",
        intent="dispute",
        lang="fr",
        sender=("Bertrand Lefèvre", "b.lefevre@lefevre-architectes.example"),
        when="2027-01-29 11:03 +0100",
        client="outlook_html",
        charset="windows-1252",
        body=lines(
            "Bonjour,",
            "",
            "Nous n'avons jamais commandé le module « Planification des chantiers » qui figure sur cette facture. Notre bon de commande (BC-2026-118) ne porte que sur l'abonnement de base pour 4 postes. Merci d'émettre un avoir et de nous renvoyer une facture conforme à la commande.",
            "",
            "Cordialement,",
            "",
            "Bertrand Lefèvre",
            "Lefèvre & Associés Architectes",
            "8 rue Sainte-Catherine – 69001 Lyon",
        ),
        inv="40618",
        amt="1 740,00 €",
        facts=Facts(
            note="billed for a module not on the purchase order; the corrected invoice is part of the dispute; windows-1252"
        ),
    ),
    Reply(
        key="di-fr-doublon",
        intent="dispute",
        lang="fr",
        sender=("Sophie Marchal", "sophie.marchal@ecole-montessori-nantes.example"),
        when="2027-02-16 21:47 +0100",
        client="iphone",
        body=lines(
            "bonjour",
            "on a deja paye l'abonnement annuel en octobre, cette facture fait doublon. on ne paiera pas deux fois. merci de verifier de votre cote",
            "S. Marchal",
        ),
        inv="40955",
        amt="1 320,00 €",
        facts=Facts(
            note="typed on a phone without accents; duplicate billing: the payment mentioned is of the October invoice"
        ),
    ),
    Reply(
        key="di-es-precio",
        intent="dispute",
        lang="es",
        sender=("Lucía Herrero", "lucia.herrero@clinicadentalherrero.example"),
        when="2027-02-12 10:25 +0100",
        client="gmail",
        body=lines(
            "Buenos días:",
            "",
            "El precio por licencia que aparece en la factura (49 € al mes) no es el que acordamos. En la propuesta que firmamos en octubre (PROP-2026-311) figuraba un precio de 39 € al mes durante el primer año.",
            "",
            "Por favor, envíennos una factura rectificativa y la abonamos sin problema.",
            "",
            "Saludos,",
            "Lucía Herrero",
            "Clínica Dental Herrero",
        ),
        inv="40866",
        amt="588,00 €",
        facts=Facts(note="price disagreement; payment offered only against a corrective invoice"),
    ),
    Reply(
        key="di-nl-trainingsdagen",
        intent="dispute",
        lang="nl",
        sender=("Marloes Jansen", "m.jansen@jansenfiscaal.example"),
        when="2027-01-26 09:48 +0100",
        client="inline",
        body=lines(
            "Dit klopt niet. Op de factuur staan drie trainingsdagen, maar er zijn er maar twee gegeven (12 en 19 januari). De derde dag is door jullie trainer afgezegd en nooit opnieuw ingepland.",
            "",
            "Wij betalen dus twee dagen; graag een creditnota voor de derde.",
            "",
            "Met vriendelijke groet,",
            "Marloes Jansen",
            "Jansen Fiscaal Advies",
        ),
        inv="40311",
        amt="€ 2.850,00",
        facts=Facts(
            note="inline answer under the quoted invoice details; billed days versus days delivered"
        ),
    ),
    Reply(
        key="di-nl-btw",
        intent="dispute",
        lang="nl",
        sender=("Hans Mulder", "h.mulder@csg-dewaerdt.example"),
        when="2027-02-23 14:15 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=lines(
            "Geachte heer, mevrouw,",
            "",
            "Factuur 40874 hebben we gisteren betaald. Op factuur 40901 is echter 21% btw berekend, terwijl wij als onderwijsinstelling voor deze licenties zijn vrijgesteld. Die factuur betalen we pas na correctie.",
            "",
            "Met vriendelijke groet,",
            "H. Mulder",
            "Financiële administratie",
            "CSG De Waerdt",
        ),
        inv="40901",
        amt="€ 1.089,00",
        facts=Facts(
            refs=("40874", "40901"),
            note="one invoice paid, the reminded one disputed (VAT charged wrongly): dispute wins for the disputed part",
        ),
    ),
    Reply(
        key="di-it-attivazione",
        intent="dispute",
        lang="it",
        sender=("Marco Rinaldi", "m.rinaldi@studiorinaldi-ct.example"),
        when="2027-02-04 16:30 +0100",
        client="apple",
        body=lines(
            "Buonasera,",
            "",
            "il modulo di conservazione sostitutiva non è mai stato attivato: le credenziali non ci sono mai arrivate, nonostante due richieste al vostro supporto. Non paghiamo il canone di un servizio che non possiamo usare. Attivatelo e poi ne riparliamo.",
            "",
            "Marco Rinaldi",
            "Studio Rinaldi – Consulenza del lavoro e tributaria",
            "Catania",
        ),
        inv="40728",
        amt="€ 420,00",
        facts=Facts(note="service never activated"),
    ),
    Reply(
        key="di-it-postazioni",
        intent="dispute",
        lang="it",
        sender=("Giovanna Esposito", "amministrazione@centromedicovomero.example"),
        when="2027-02-25 12:45 +0100",
        client="outlook_html",
        body=lines(
            "Buongiorno,",
            "",
            "vi scrivo in merito al vostro sollecito. Premetto che nel complesso siamo molto soddisfatti del programma: da quando lo usiamo le prenotazioni sono molto più ordinate e i medici si trovano bene con l'agenda condivisa. All'inizio abbiamo avuto qualche difficoltà con la stampa delle ricevute, ma il vostro supporto è stato gentile e alla fine abbiamo risolto.",
            "",
            "A gennaio poi abbiamo cambiato commercialista e banca, per cui tutti i pagamenti ai fornitori hanno subito qualche ritardo, e di questo mi scuso. Stiamo recuperando un po' alla volta.",
            "",
            "Detto questo, controllando la fattura mi sono accorta che riporta 20 postazioni, mentre il contratto che abbiamo firmato a settembre ne prevede 12 (abbiamo solo quattro ambulatori e la reception). Non possiamo quindi pagarla così com'è: vi chiedo di verificare e di emettere una nota di credito per le 8 postazioni in più.",
            "",
            "Resto a disposizione per qualsiasi chiarimento.",
            "",
            "Cordiali saluti,",
            "Giovanna Esposito",
            "Ufficio Amministrazione",
            "Centro Medico Vomero s.r.l.",
            "Via Scarlatti, 110 – 80127 Napoli",
        ),
        inv="41010",
        amt="€ 3.600,00",
        facts=Facts(
            note="long reply that buries a seat-count dispute in its third paragraph; the apology for late payments is background"
        ),
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pl-en-grant",
        intent="payment_plan",
        lang="en",
        sender=("Alan Pritchard", "alan.pritchard.treasurer@gmail.com"),
        when="2027-01-25 19:40 +0000",
        client="gmail",
        body=lines(
            "Dear Pinecrest,",
            "",
            "I'm the volunteer treasurer at Millbrook Youth Trust. Our main grant has been held up until April because of a change at the funder, and we simply don't have £3,600 in the bank right now.",
            "",
            "Would you accept three monthly payments of £1,200, starting at the end of February? I can set up a standing order tonight if you agree.",
            "",
            "With apologies,",
            "Alan Pritchard",
            "Hon. Treasurer, Millbrook Youth Trust (charity no. 1174410)",
        ),
        inv="40533",
        amt="£3,600.00",
        facts=Facts(
            note="hardship and an instalment proposal from the treasurer's free-mail address; plan dates and amounts are not labelled"
        ),
    ),
    Reply(
        key="pl-en-enrollment",
        intent="payment_plan",
        lang="en",
        sender=("Renee Castillo", "rcastillo@stmarksacademy-tx.example"),
        when="2027-02-09 11:05 -0600",
        client="outlook_html",
        body=lines(
            "Good morning,",
            "",
            "I wanted to reach out before this goes any further. Our enrollment came in lower than projected this year and the board has frozen all discretionary spending until the new fiscal year starts in July.",
            "",
            "Is there any way we could pay this invoice in installments, or get an extension to the end of March? We use the scheduling module every day and really don't want to lose access.",
            "",
            "Thank you for understanding,",
            "",
            "Renee Castillo",
            "Business Manager",
            "St. Mark's Academy",
        ),
        inv="40812",
        amt="$4,200.00",
        facts=Facts(
            note="asks for instalments or more time; 'end of March' is part of the request, not a promise"
        ),
    ),
    Reply(
        key="pl-de-raten",
        intent="payment_plan",
        lang="de",
        sender=("Tobias Reuter", "t.reuter@physio-reuter.example"),
        when="2027-01-27 13:22 +0100",
        client="gmail",
        body=lines(
            "Hallo,",
            "",
            "könnten wir die Rechnung in drei Raten à 600 € begleichen? Die erste Rate würden wir noch diese Woche überweisen, die beiden anderen jeweils zum Monatsanfang.",
            "",
            "Viele Grüße",
            "Tobias Reuter",
            "Physiotherapie Reuter",
        ),
        inv="40467",
        amt="1.800,00 €",
        facts=Facts(
            note="instalments with the first one this week → payment_plan, not promise_to_pay"
        ),
    ),
    Reply(
        key="pl-de-aufschub",
        intent="payment_plan",
        lang="de",
        sender=("Urs Baumann", "u.baumann@treuhand-baumann.example"),
        when="2027-02-15 10:02 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=lines(
            "Guten Tag",
            "",
            "Wir bitten Sie um einen Zahlungsaufschub von vier Wochen. Unser grösster Mandant ist Ende Januar in Konkurs gegangen, und wir warten selbst noch auf offene Honorare. Sobald diese eingehen, begleichen wir Ihre Rechnung umgehend.",
            "",
            "Für Ihr Verständnis danken wir Ihnen.",
            "",
            "Freundliche Grüsse",
            "Urs Baumann",
            "Baumann Treuhand AG",
            "Bahnhofstrasse 7, 6300 Zug",
        ),
        inv="40877",
        amt="CHF 1'980.00",
        facts=Facts(
            note="Swiss spelling without ß; four weeks' grace asked because of a client's bankruptcy: more time, not a dated promise"
        ),
    ),
    Reply(
        key="pl-fr-mensualites",
        intent="payment_plan",
        lang="fr",
        sender=("Anne-Laure Petit", "al.petit@petit-guerin-avocats.example"),
        when="2027-01-18 17:30 +0100",
        client="outlook_html",
        body=lines(
            "Madame, Monsieur,",
            "",
            "Serait-il possible d'échelonner le règlement de cette facture en trois mensualités ? La trésorerie du cabinet est tendue en ce début d'année, les honoraires de décembre n'étant pas encore rentrés.",
            "",
            "Je vous remercie par avance de votre compréhension.",
            "",
            "Anne-Laure Petit",
            "Avocate associée",
            "Petit & Guérin Avocats – Barreau de Rennes",
        ),
        inv="40201",
        amt="2 700,00 €",
    ),
    Reply(
        key="pl-fr-asbl",
        intent="payment_plan",
        lang="fr",
        sender=("Youssef Benali", "coordination@asbl-lapasserelle.example"),
        when="2027-02-24 15:12 +0100",
        client="gmail",
        body=lines(
            "Bonjour,",
            "",
            "Nous sommes une petite ASBL qui accompagne des jeunes en décrochage scolaire, et notre subside de la Région n'a toujours pas été versé. Serait-il possible de réduire le montant de cette facture, ou à défaut de nous accorder un délai jusqu'à fin avril ?",
            "",
            "Nous tenons à continuer d'utiliser votre logiciel, mais nous ne pouvons pas payer 1 150 € en une fois pour le moment.",
            "",
            "Merci d'avance,",
            "Youssef Benali",
            "Coordinateur – ASBL La Passerelle",
        ),
        inv="40996",
        amt="1 150,00 €",
        facts=Facts(note="hardship: a reduced amount or more time is asked for"),
    ),
    Reply(
        key="pl-es-plazos",
        intent="payment_plan",
        lang="es",
        sender=("Raúl Campos", "raul@gestoriacampos.example"),
        when="2027-02-03 11:47 +0100",
        client="outlook",
        body=lines(
            "Buenos días:",
            "",
            "¿Podríamos pagarla en dos plazos? La mitad ahora y la otra mitad a final de mes. Enero ha sido muy flojo y vamos justos de liquidez.",
            "",
            "Quedo a la espera de su respuesta.",
            "",
            "Raúl Campos",
            "Gestoría Campos – Asesoría fiscal y laboral",
        ),
        inv="40640",
        amt="960,00 €",
        facts=Facts(
            note="two instalments asked for; 'a final de mes' belongs to the proposed plan, not to a promise"
        ),
    ),
    Reply(
        key="pl-es-colegiaturas",
        intent="payment_plan",
        lang="es",
        sender=("Lic. Verónica Salinas", "administracion@colegiolosandes-gdl.example"),
        when="2027-01-29 09:15 -0600",
        client="owa",
        body=lines(
            "Buenos días,",
            "",
            "Les escribo para comentarles que estamos pasando por una situación complicada: varias familias se atrasaron con las colegiaturas de enero y no tenemos liquidez para cubrir la factura completa en este momento.",
            "",
            "¿Sería posible que nos dieran un plazo de 60 días, o bien dividir el pago en parcialidades? Queremos cumplir, pero necesitamos un poco de margen.",
            "",
            "Saludos cordiales,",
            "Lic. Verónica Salinas",
            "Administración",
            "Colegio Los Andes",
        ),
        inv="40488",
        amt="3.150,00 USD",
        facts=Facts(note="Mexican school: 60 days or instalments ('parcialidades')"),
    ),
    Reply(
        key="pl-nl-regeling",
        intent="payment_plan",
        lang="nl",
        sender=("Anouk Smit", "a.smit@fysiosmit.example"),
        when="2027-02-10 10:55 +0100",
        client="gmail_plain",
        body=lines(
            "Hoi,",
            "",
            "Kunnen we een betalingsregeling afspreken? Bijvoorbeeld in vier maandelijkse termijnen. Het is een lastige start van het jaar geweest.",
            "",
            "Alvast bedankt,",
            "Anouk Smit",
            "Fysiotherapie Smit",
        ),
        inv="40770",
        amt="€ 1.640,00",
    ),
    Reply(
        key="pl-nl-deelbetaling",
        intent="payment_plan",
        lang="nl",
        sender=("Bram Koster", "bram.koster@basisschooldebrug.example"),
        when="2027-02-17 16:40 +0100",
        client="iphone",
        body=lines(
            "Ik kan nu € 500 overmaken en de rest in maart, is dat akkoord?",
            "",
            "Bram Koster",
            "Directeur bs De Brug",
        ),
        inv="40910",
        amt="€ 1.320,00",
        facts=Facts(
            note="part payment now plus the rest in March → payment_plan, not promise_to_pay"
        ),
    ),
    Reply(
        key="pl-it-rate",
        intent="payment_plan",
        lang="it",
        sender=("Arch. Paolo Conti", "p.conti@contiarchitetti.example"),
        when="2027-01-21 12:18 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=lines(
            "Buongiorno,",
            "",
            "vi chiediamo la possibilità di rateizzare l'importo in tre rate mensili di pari importo, a partire da febbraio. Il periodo è difficile per lo studio e preferiremmo non ritardare ulteriormente.",
            "",
            "In attesa di un vostro riscontro, porgo cordiali saluti.",
            "",
            "Arch. Paolo Conti",
            "Conti Architetti Associati - Firenze",
        ),
        inv="40236",
        amt="EUR 1.860,00",
    ),
    Reply(
        key="pl-it-proroga",
        intent="payment_plan",
        lang="it",
        sender=("Francesca Moretti", "segreteria@odv-ilgirasole.example"),
        when="2027-02-19 10:05 +0100",
        client="gmail",
        body=lines(
            "Buongiorno,",
            "",
            "siamo un'associazione di volontariato e stiamo aspettando il contributo annuale del Comune, che quest'anno è in ritardo. Sarebbe possibile avere una proroga di 30 giorni per il pagamento?",
            "",
            "Grazie per la disponibilità,",
            "Francesca Moretti",
            "Segreteria – Il Girasole ODV",
        ),
        inv="40970",
        amt="€ 480,00",
        facts=Facts(note="30 days' grace asked for: payment_plan; no date is promised"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-resend",
        intent="invoice_request",
        lang="en",
        sender=("Jasmine Ford", "billing@harborviewpediatrics.example"),
        when="2027-01-19 14:02 -0800",
        client="gmail",
        body=lines(
            "Hi,",
            "",
            "I can't find this invoice anywhere in our system – I don't think it ever reached us. Could you resend the PDF? Once I have it I'll get it entered.",
            "",
            "Thanks!",
            "Jasmine Ford",
            "Billing Coordinator, Harborview Pediatrics",
        ),
        inv="40249",
        amt="$725.00",
        facts=Facts(note="'never received, please resend' without contesting the charge"),
    ),
    Reply(
        key="ir-en-w9",
        intent="invoice_request",
        lang="en",
        sender=("Gary Lindqvist", "accountspayable@cedarhill-isd.example"),
        when="2027-02-02 08:35 -0600",
        client="outlook_html",
        body=lines(
            "Good morning,",
            "",
            "Our district can't release payment to a new vendor until we have a current W-9 on file. Please send a signed W-9 for Pinecrest Software Inc. and I'll get this invoice into the next board-approved warrant.",
            "",
            "Gary Lindqvist",
            "Accounts Payable | Cedar Hill Independent School District",
            "",
            "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential information. Any unauthorized review, use or disclosure is prohibited. If you are not the intended recipient, please contact the sender and destroy all copies of the original message.",
        ),
        inv="40599",
        amt="$3,480.00",
        facts=Facts(
            note="tax form needed before paying; 'the next warrant' is not a dated promise"
        ),
    ),
    Reply(
        key="ir-en-po",
        intent="invoice_request",
        lang="en",
        sender=("Owen Gallagher", "purchase.ledger@gallagherbrooks.example"),
        when="2027-02-24 09:50 +0000",
        client="outlook",
        body=lines(
            "Morning,",
            "",
            "Our AP system rejects any invoice without a PO number, so this one is stuck. Can you reissue it quoting PO 4500-2291? It'll go out in the next payment run once it's through.",
            "",
            "Cheers,",
            "Owen",
        ),
        inv="41040",
        amt="£1,020.00",
        facts=Facts(
            note="reissue with a PO number; the payment that follows is conditional and undated"
        ),
    ),
    Reply(
        key="ir-de-ustid",
        intent="invoice_request",
        lang="de",
        sender=("Melanie Schuster", "buchhaltung@schuster-partner-stb.example"),
        when="2027-02-01 11:25 +0100",
        client="html_only",
        body=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "auf Ihrer Rechnung fehlt unsere Umsatzsteuer-Identifikationsnummer (DE298765432). Ohne sie können wir die Rechnung nicht buchen. Bitte senden Sie uns eine korrigierte Rechnung – den Betrag selbst stellen wir nicht in Frage.",
            "",
            "Mit freundlichen Grüßen",
            "Melanie Schuster",
            "Buchhaltung",
            "Schuster & Partner Steuerberater",
        ),
        inv="40550",
        amt="1.020,00 €",
        facts=Facts(
            note="reissue with the VAT ID, amount explicitly not contested; HTML-only Outlook message"
        ),
    ),
    Reply(
        key="ir-de-kontoauszug",
        intent="invoice_request",
        lang="de",
        sender=("Ralf Heinemann", "verwaltung@gymnasium-am-see.example"),
        when="2027-02-22 08:05 +0100",
        client="thunderbird",
        rlang="en",
        body=lines(
            "Guten Tag,",
            "",
            "könnten Sie uns bitte einen Kontoauszug bzw. eine Aufstellung aller offenen Posten schicken? Wir haben mehrere Rechnungen von Ihnen erhalten und den Überblick verloren, welche davon schon bezahlt sind.",
            "",
            "Danke und Gruß",
            "R. Heinemann",
            "Schulverwaltung Gymnasium am See",
        ),
        inv="41030",
        amt="€1,150.00",
        facts=Facts(note="statement of open items; German reply to an English reminder"),
    ),
    Reply(
        key="ir-fr-rib",
        intent="invoice_request",
        lang="fr",
        sender=("Isabelle Garnier", "comptabilite@garnier-expertise.example"),
        when="2027-01-22 14:40 +0100",
        client="outlook",
        charset="windows-1252",
        body=lines(
            "Bonjour,",
            "",
            "Pourriez-vous nous faire parvenir votre RIB ? Nous n'avons pas vos coordonnées bancaires dans notre logiciel et ne pouvons donc pas programmer le virement.",
            "",
            "Cordialement,",
            "",
            "Isabelle Garnier",
            "Garnier Expertise Comptable",
        ),
        inv="40287",
        amt="840,00 €",
        facts=Facts(note="bank details needed before paying"),
    ),
    Reply(
        key="ir-fr-siret",
        intent="invoice_request",
        lang="fr",
        sender=("Julien Moreau", "julien.moreau@moreau-archi.example"),
        when="2027-02-08 09:12 +0100",
        client="inline",
        body=lines(
            "Je ne retrouve pas cette facture dans nos dossiers. Pourriez-vous me la renvoyer en PDF, en y faisant figurer notre numéro de SIRET (812 345 678 00021) ? Notre expert-comptable ne l'accepte pas sans.",
            "",
            "Merci,",
            "Julien Moreau",
        ),
        inv="40730",
        amt="1 080,00 €",
        facts=Facts(note="inline answer under the invoice details; copy with the SIRET number"),
    ),
    Reply(
        key="ir-es-facturae",
        intent="invoice_request",
        lang="es",
        sender=("Ana Belén Ruiz", "secretaria@colegiosanviator-vitoria.example"),
        when="2027-02-05 10:10 +0100",
        client="outlook_html",
        body=lines(
            "Buenos días:",
            "",
            "Como centro concertado, la Diputación nos exige que todas las facturas se presenten en formato electrónico (Facturae). ¿Podrían emitirla así? En PDF no la podemos tramitar.",
            "",
            "Muchas gracias,",
            "Ana Belén Ruiz",
            "Secretaría – Colegio San Viator",
        ),
        inv="40700",
        amt="2.240,00 €",
        facts=Facts(note="electronic invoice format needed before paying"),
    ),
    Reply(
        key="ir-es-reenviais",
        intent="invoice_request",
        lang="es",
        sender=("Carlos", "carlos@fisioterapiaelcarmen.example"),
        when="2027-01-19 13:33 +0100",
        client="iphone",
        body="no me ha llegado ninguna factura, me la reenviais? gracias",
        inv="40190",
        amt="295,00 €",
        facts=Facts(note="one-liner without capitals or an opening question mark; resend request"),
    ),
    Reply(
        key="ir-nl-inkoopnummer",
        intent="invoice_request",
        lang="nl",
        sender=("Wendy van Dijk", "crediteuren@vandijk-notarissen.example"),
        when="2027-01-28 13:00 +0100",
        client="outlook_html",
        body=lines(
            "Goedemiddag,",
            "",
            "Kunt u de factuur opnieuw versturen met ons inkoopordernummer erop (PO-2027-0041)? Zonder dat nummer kan ons boekhoudpakket hem niet verwerken.",
            "",
            "Met vriendelijke groet,",
            "Wendy van Dijk",
            "Crediteurenadministratie",
            "Van Dijk Notarissen",
        ),
        inv="40420",
        amt="€ 910,00",
    ),
    Reply(
        key="ir-nl-specificatie",
        intent="invoice_request",
        lang="nl",
        sender=("Kees Verbeek", "kees@verbeek-bouwadvies.example"),
        when="2027-02-16 17:05 +0100",
        client="apple",
        body=lines(
            "Hallo,",
            "",
            "Kunnen jullie een specificatie van deze factuur sturen? Ik zie alleen een totaalbedrag en wil graag weten welke gebruikers en modules erin zitten voordat ik hem doorzet.",
            "",
            "Groet,",
            "Kees Verbeek",
            "Verbeek Bouwadvies & Architectuur",
        ),
        inv="40925",
        amt="€ 1.470,00",
        facts=Facts(note="asks for the detail behind the total without contesting it"),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        sender=("Elena Fontana", "amministrazione@poliambulatoriofontana.example"),
        when="2027-02-12 15:20 +0100",
        client="gmail",
        body=lines(
            "Buongiorno,",
            "",
            "ci servirebbe la fattura elettronica trasmessa tramite SDI (codice destinatario M5UXCR1): quella in PDF purtroppo non possiamo registrarla. Appena ci arriva la paghiamo.",
            "",
            "Grazie,",
            "Elena Fontana",
            "Poliambulatorio Fontana",
        ),
        inv="40858",
        amt="€ 760,00",
        facts=Facts(
            note="e-invoice through SDI needed; the payment after it is conditional and undated"
        ),
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-itadmin",
        intent="wrong_contact",
        lang="en",
        sender=("Mark Peeters", "it@dewinter-avocats.example"),
        when="2027-01-20 10:31 +0100",
        client="outlook",
        rlang="fr",
        body=lines(
            "Hello,",
            "",
            "I'm the IT administrator here, I don't handle invoices. Please send this to our bookkeeping team at comptabilite@dewinter-avocats.example instead.",
            "",
            "Best regards,",
            "Mark Peeters",
            "IT & Facilities – De Winter Avocats",
        ),
        inv="40265",
        amt="1 260,00 €",
        facts=Facts(
            new_contact="comptabilite@dewinter-avocats.example",
            note="English reply from a Brussels firm to a French reminder",
        ),
    ),
    Reply(
        key="wc-en-redirect",
        intent="wrong_contact",
        lang="en",
        sender=("Accounts Department", "greenwaydental.accounts@gmail.com"),
        when="2027-02-04 03:17 -0800",
        client="gmail",
        rto="payables@greenwaydentalgroup.example",
        body=lines(
            "Hello,",
            "",
            "Please be informed that our accounting department has migrated to a new email address. Kindly update your records and direct all invoices, statements and payment reminders to greenwaydental.accounts@gmail.com with immediate effect.",
            "",
            "Kindly also confirm to us the current outstanding balance on our account.",
            "",
            "Regards,",
            "Accounts Department",
            "Greenway Dental Group",
        ),
        inv="40699",
        amt="$2,340.00",
        facts=Facts(
            new_contact="greenwaydental.accounts@gmail.com",
            note="phishing-like: a free-mail address answering a reminder sent to the customer's domain asks to redirect all mail; labelled by what it asks, and a collector must verify it by phone before using it; the balance question is secondary",
        ),
    ),
    Reply(
        key="wc-en-notmonitored",
        intent="wrong_contact",
        lang="en",
        sender=("Brookside Accounts", "accounts@brooksidehealth.example"),
        when="2027-02-10 06:00 -0500",
        client="notice",
        subject="This mailbox is no longer monitored",
        headers=(AUTO_REPLIED, ("X-Auto-Response-Suppress", "All")),
        body=lines(
            "This mailbox is no longer monitored.",
            "",
            "Brookside Community Health has moved its accounts payable to a new team. For invoices, statements and payment queries please email payables@brooksidehealth.example. Messages sent to this address are not forwarded.",
            "",
            "Thank you.",
        ),
        inv="40844",
        amt="$1,145.00",
        facts=Facts(
            new_contact="payables@brooksidehealth.example",
            note="automatic 'no longer monitored' notice naming the address to use: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-de-ausgeschieden",
        intent="wrong_contact",
        lang="de",
        sender=("Empfang Kanzlei Hoffmann", "empfang@kanzlei-hoffmann-koeln.example"),
        when="2027-01-18 09:40 +0100",
        client="gmail",
        rto="Katja Albers <k.albers@kanzlei-hoffmann-koeln.example>",
        body=lines(
            "Guten Morgen,",
            "",
            "Frau Albers ist seit dem 1. Januar nicht mehr bei uns tätig, ihr Postfach wird an den Empfang umgeleitet. Für Rechnungen und Zahlungen ist jetzt Herr Demir zuständig, bitte schreiben Sie ihm direkt: t.demir@kanzlei-hoffmann-koeln.example",
            "",
            "Viele Grüße",
            "Empfang Kanzlei Hoffmann",
        ),
        inv="40188",
        amt="780,00 €",
        facts=Facts(new_contact="t.demir@kanzlei-hoffmann-koeln.example"),
    ),
    Reply(
        key="wc-fr-secretaire",
        intent="wrong_contact",
        lang="fr",
        sender=("Martine Dubois", "accueil@cabinet-medical-lesacacias.example"),
        when="2027-02-02 10:05 +0100",
        client="outlook_html",
        body=lines(
            "Bonjour,",
            "",
            "Je suis la secrétaire d'accueil et je ne m'occupe pas de la facturation. Merci d'écrire désormais à compta@cabinet-medical-lesacacias.example : c'est notre comptable qui gère les fournisseurs.",
            "",
            "Cordialement,",
            "Martine Dubois",
            "Cabinet médical Les Acacias",
        ),
        inv="40510",
        amt="460,00 €",
        facts=Facts(new_contact="compta@cabinet-medical-lesacacias.example"),
    ),
    Reply(
        key="wc-fr-plusconsultee",
        intent="wrong_contact",
        lang="fr",
        sender=("Fondation Horizon", "contact@fondation-horizon.example"),
        when="2027-02-15 08:01 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Cette adresse n'est plus consultée",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
        body=lines(
            "Bonjour,",
            "",
            "Cette adresse électronique n'est plus consultée depuis le 1er février 2027. Pour toute question administrative ou financière, merci d'écrire à gestion@fondation-horizon.example.",
            "",
            "La Fondation Horizon",
        ),
        inv="40831",
        amt="1 900,00 €",
        facts=Facts(
            new_contact="gestion@fondation-horizon.example",
            note="automatic notice without Auto-Submitted (only X-Autoreply) naming the address to use",
        ),
    ),
    Reply(
        key="wc-es-veterinaria",
        intent="wrong_contact",
        lang="es",
        sender=("Clínica Veterinaria Ebro", "info@veterinariaebro.example"),
        when="2027-01-25 12:30 +0100",
        client="gmail",
        body=lines(
            "Hola:",
            "",
            "Creo que se han equivocado de destinatario. No somos clientes suyos ni conocemos esa factura; somos una clínica veterinaria de Zaragoza y esta es nuestra dirección general.",
            "",
            "Un saludo.",
        ),
        inv="40379",
        amt="620,00 €",
        facts=Facts(
            note="wrong recipient altogether, no new address; 'no conocemos esa factura' is because the account is not theirs, not a dispute"
        ),
    ),
    Reply(
        key="wc-es-distribuidor",
        intent="wrong_contact",
        lang="es",
        sender=("Diego Navarro", "soporte@levante-it-partners.example"),
        when="2027-02-09 13:45 +0100",
        client="outlook_html",
        body=lines(
            "Buenas tardes:",
            "",
            "Somos Levante IT Partners, el distribuidor que instaló Pinecrest en el despacho Ferrer Asesores. Nosotros solo les damos el soporte técnico; la facturación de las licencias la llevan ellos directamente. La persona de contacto es Lucía Ferrer, de administración: lferrer@ferrer-asesores.example.",
            "",
            "Saludos,",
            "Diego Navarro",
            "Levante IT Partners – Partner certificado Pinecrest",
        ),
        inv="40715",
        amt="1.380,00 €",
        facts=Facts(
            new_contact="lferrer@ferrer-asesores.example",
            note="the reseller received the customer's reminder and names the customer's contact",
        ),
    ),
    Reply(
        key="wc-nl-penningmeester",
        intent="wrong_contact",
        lang="nl",
        sender=("Lotte Hermans", "lotte.hermans@stichting-zonnebloemhuis.example"),
        when="2027-01-27 20:15 +0100",
        client="gmail_plain",
        body=lines(
            "Hallo,",
            "",
            "Ik werk sinds december niet meer bij de stichting, dus ik kan hier niets mee. Stuur het maar naar de penningmeester: penningmeester@stichting-zonnebloemhuis.example",
            "",
            "Succes,",
            "Lotte",
        ),
        inv="40433",
        amt="€ 350,00",
        facts=Facts(new_contact="penningmeester@stichting-zonnebloemhuis.example"),
    ),
    Reply(
        key="wc-nl-infomailbox",
        intent="wrong_contact",
        lang="nl",
        sender=("Info OBS De Linde", "info@obsdelinde.example"),
        when="2027-02-18 11:30 +0100",
        client="outlook",
        body=lines(
            "Goedemorgen,",
            "",
            "U heeft dit naar de algemene info-mailbox van de school gestuurd. Facturen worden verwerkt door ons administratiekantoor; wilt u deze en volgende herinneringen sturen naar Facturen@Onderwijsadministratie-Oost.example?",
            "",
            "Met vriendelijke groet,",
            "Secretariaat OBS De Linde",
        ),
        inv="40890",
        amt="€ 720,00",
        facts=Facts(
            new_contact="facturen@onderwijsadministratie-oost.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        key="wc-it-amministrazione",
        intent="wrong_contact",
        lang="it",
        sender=("Silvia Mancini", "s.mancini@studiolegalemancini.example"),
        when="2027-01-26 11:10 +0100",
        client="html_only",
        body=lines(
            "Buongiorno,",
            "",
            "non mi occupo io dei pagamenti dello studio. Vi chiedo di scrivere da ora in poi direttamente all'amministrazione: amministrazione@studiolegalemancini.example.",
            "",
            "Cordiali saluti",
            "Avv. Silvia Mancini",
        ),
        inv="40380",
        amt="€ 1.340,00",
        facts=Facts(
            new_contact="amministrazione@studiolegalemancini.example",
            note="HTML-only Outlook message",
        ),
    ),
    Reply(
        key="wc-it-laboratorio",
        intent="wrong_contact",
        lang="it",
        sender=("Laboratorio Analisi Delta", "laboratorio@analisidelta.example"),
        when="2027-02-23 08:20 +0100",
        client="outlook_ios",
        body="Buongiorno, questa è la casella del laboratorio, non dell'amministrazione. Non saprei a chi girarla, mi dispiace.",
        inv="40940",
        amt="€ 590,00",
        facts=Facts(note="wrong mailbox, no new address"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-solicitors",
        intent="unsubscribe",
        lang="en",
        sender=("Graham Thorne", "g.thorne@thorneandco-accountants.example"),
        when="2027-01-22 16:20 +0000",
        client="outlook",
        body=lines(
            "Take me off your mailing list. I have asked three times now.",
            "",
            "Any further correspondence about this account is to go through our solicitors, Marsh Keane LLP. Do not email me again.",
            "",
            "G. Thorne",
        ),
        inv="40299",
        amt="£1,560.00",
        facts=Facts(note="remove me + 'through our solicitors' (named, no address) → unsubscribe"),
    ),
    Reply(
        key="un-en-stop",
        intent="unsubscribe",
        lang="en",
        sender=("Darnell Hughes", "dhughes@hughesfamilychiro.example"),
        when="2027-02-12 17:05 -0500",
        client="android",
        body="STOP EMAILNG ME. We paid this last week. Check your own records before you send these.",
        inv="40950",
        amt="$540.00",
        facts=Facts(
            note="stop request with a typo and a payment claim: unsubscribe beats everything but bounce, so no payment fields"
        ),
    ),
    Reply(
        key="un-de-postweg",
        intent="unsubscribe",
        lang="de",
        sender=("Dr. Friederike Lang", "f.lang@lang-notariat.example"),
        when="2027-01-28 14:50 +0100",
        client="outlook_html",
        body=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "bitte senden Sie uns keine E-Mails mehr. Den Schriftverkehr zu diesem Vertrag führen wir ausschließlich auf dem Postweg; unsere Anschrift ist Ihnen bekannt.",
            "",
            "Mit freundlichen Grüßen",
            "Dr. Friederike Lang",
            "Notarin",
        ),
        inv="40460",
        amt="1.680,00 €",
        facts=Facts(note="post only → unsubscribe"),
    ),
    Reply(
        key="un-de-abmelden",
        intent="unsubscribe",
        lang="de",
        sender=("Nils Petersen", "kasse@foerderverein-lindenschule.example"),
        when="2027-02-19 22:14 +0100",
        client="iphone",
        body="Abmelden.",
        inv="40985",
        amt="95,00 €",
        facts=Facts(note="one word"),
    ),
    Reply(
        key="un-fr-avocat",
        intent="unsubscribe",
        lang="fr",
        sender=("Patrick Renaud", "p.renaud@cabinet-renaud-expertise.example"),
        when="2027-02-05 11:40 +0100",
        client="outlook",
        charset="iso-8859-1",
        body=lines(
            "Monsieur,",
            "",
            "Je vous prie de cesser de m'adresser ces relances par courriel. Pour toute réclamation relative à ce dossier, adressez-vous désormais à notre avocat, Maître Olivier Bessière, au barreau de Lille.",
            "",
            "Patrick Renaud",
            "Gérant, Cabinet Renaud Expertise",
        ),
        inv="40620",
        amt="1 240,00 €",
        facts=Facts(note="stop + 'adressez-vous à notre avocat' (no address) → unsubscribe"),
    ),
    Reply(
        key="un-fr-desinscrire",
        intent="unsubscribe",
        lang="fr",
        sender=("Claire Fontaine", "claire.fontaine@kine-fontaine.example"),
        when="2027-02-22 07:58 +0100",
        client="gmail",
        body="desinscrivez moi de vos mails svp, merci",
        inv="41015",
        amt="210,00 €",
        facts=Facts(note="no accents, no punctuation to speak of"),
    ),
    Reply(
        key="un-es-burofax",
        intent="unsubscribe",
        lang="es",
        sender=("Fernando Gil", "fgil@gilmoreno-arquitectos.example"),
        when="2027-01-21 18:10 +0100",
        client="outlook",
        body=lines(
            "Les ruego que no me envíen más correos electrónicos. Cualquier reclamación relativa a esta factura deberán hacérnosla llegar por burofax a la dirección del estudio.",
            "",
            "Fernando Gil",
            "Gil & Moreno Arquitectos",
        ),
        inv="40230",
        amt="1.920,00 €",
        facts=Facts(note="post only (burofax) → unsubscribe"),
    ),
    Reply(
        key="un-es-cuartavez",
        intent="unsubscribe",
        lang="es",
        sender=("Nuria Castells", "nuria@academia-castells.example"),
        when="2027-02-26 12:30 +0100",
        client="iphone",
        body="Dejen de escribirme. Ya lo pagué y lo saben perfectamente, es la cuarta vez que me llega esto.",
        inv="41055",
        amt="180,00 €",
        facts=Facts(note="stop request with a payment claim: unsubscribe wins"),
    ),
    Reply(
        key="un-nl-perpost",
        intent="unsubscribe",
        lang="nl",
        sender=("J.W. de Graaf", "jw.degraaf@degraaf-accountancy.example"),
        when="2027-01-29 09:05 +0100",
        client="outlook",
        body=lines(
            "Geachte heer, mevrouw,",
            "",
            "Graag uitschrijven voor deze e-mails. Over deze kwestie communiceren wij uitsluitend nog per post.",
            "",
            "Hoogachtend,",
            "J.W. de Graaf",
        ),
        inv="40500",
        amt="€ 1.150,00",
        facts=Facts(note="post only → unsubscribe"),
    ),
    Reply(
        key="un-nl-lijst",
        intent="unsubscribe",
        lang="nl",
        sender=("Ahmed El Amrani", "ahmed.elamrani@gmail.com"),
        when="2027-02-13 14:44 +0100",
        client="iphone_html",
        body="Haal me van jullie lijst aub. Ik heb niks met die praktijk te maken, ik heb daar alleen een keer ingevallen.",
        inv="40800",
        amt="€ 415,00",
        facts=Facts(
            note="remove me + 'nothing to do with that practice', no new address: unsubscribe beats wrong_contact; sent on a Saturday"
        ),
    ),
    Reply(
        key="un-it-raccomandata",
        intent="unsubscribe",
        lang="it",
        sender=("Avv. Giorgio Ricci", "segreteria@studioricci-legale.example"),
        when="2027-02-01 16:25 +0100",
        client="outlook_html",
        body=lines(
            "Spett.le Pinecrest Software,",
            "",
            "vi invito a non inviare ulteriori comunicazioni a questo indirizzo di posta elettronica. Qualsiasi comunicazione relativa al rapporto contrattuale dovrà pervenire esclusivamente a mezzo raccomandata A/R presso la sede dello studio.",
            "",
            "Distinti saluti",
            "Avv. Giorgio Ricci",
        ),
        inv="40520",
        amt="€ 1.480,00",
        facts=Facts(note="post only (registered letter) → unsubscribe"),
    ),
    Reply(
        key="un-it-cancellatemi",
        intent="unsubscribe",
        lang="it",
        sender=("Davide Greco", "davide.greco@scuolamusicagreco.example"),
        when="2027-02-16 19:20 +0100",
        client="gmail",
        body="Cancellatemi da questa lista per favore. Non sono io che mi occupo dei pagamenti e non so nemmeno chi se ne occupi adesso.",
        inv="40930",
        amt="€ 260,00",
        facts=Facts(
            note="remove me + not the right person, no new address → unsubscribe beats wrong_contact"
        ),
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-fortnight",
        intent="auto_reply",
        lang="en",
        sender=("Sarah Whitfield", "sarah@whitfielddentalcare.example"),
        when="2027-01-25 08:02 +0000",
        client="auto_html",
        body=lines(
            "Thank you for your email. I am on annual leave and will be back in a fortnight.",
            "",
            "For anything urgent about appointments please call reception on 0117 496 0382. Invoices and post will be picked up by our practice manager while I'm away.",
            "",
            "Sarah Whitfield",
            "Whitfield Dental Care",
        ),
        inv="40350",
        amt="£395.00",
        facts=Facts(
            return_date="2027-02-08",
            note="'back in a fortnight' → 14 days after the auto-reply's own date (Mon 25 Jan)",
        ),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        sender=("Cedar Ridge Montessori Business Office", "support@cedarridge-montessori.example"),
        when="2027-02-08 12:15 -0700",
        client="notice",
        subject="[Ticket #48213] {rsub}",
        headers=(("Precedence", "bulk"), ("X-Mailer", "HelpDesk Notifier 3.1")),
        body=lines(
            "Hello,",
            "",
            "Thank you for contacting Cedar Ridge Montessori. Your request has been received and assigned ticket number #48213.",
            "",
            "A member of our business office will respond as soon as possible, usually within two business days. Please keep the ticket number in the subject line of any reply so we can keep track of your request.",
            "",
            "This is an automatically generated message.",
        ),
        inv="40750",
        amt="$1,290.00",
        facts=Facts(note="ticket acknowledgement without Auto-Submitted; no return date"),
    ),
    Reply(
        key="ar-en-presidentsday",
        intent="auto_reply",
        lang="en",
        sender=("Linda Park", "lpark@parkmorales-law.example"),
        when="2027-02-11 17:30 -0500",
        client="auto_html",
        body=lines(
            "I am out of the office through Monday, February 15 (Presidents' Day) with limited access to email, and will return on Tuesday, February 16. If you need immediate assistance, please contact our office administrator, Rosa Vega, at rvega@parkmorales-law.example.",
            "",
            "Thank you,",
            "Linda Park",
        ),
        inv="40860",
        amt="$2,050.00",
        facts=Facts(
            return_date="2027-02-16",
            note="the stated day back wins over 'through Monday'; the colleague's address does not set new_contact",
        ),
    ),
    Reply(
        key="ar-de-einschliesslich",
        intent="auto_reply",
        lang="de",
        sender=("Birgit Schmitz", "b.schmitz@schmitz-steuerberatung.example"),
        when="2027-01-26 09:12 +0100",
        client="auto_html",
        body=lines(
            "Vielen Dank für Ihre Nachricht.",
            "",
            "Ich bin bis einschließlich Freitag, 29.01.2027, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 01.02.2027, bin ich wieder für Sie erreichbar. Ihre Nachricht wird nicht weitergeleitet.",
            "",
            "Mit freundlichen Grüßen",
            "Birgit Schmitz",
        ),
        inv="40410",
        amt="1.260,00 €",
        facts=Facts(
            return_date="2027-02-01",
            note="'ab Montag … wieder erreichbar' wins over 'bis einschließlich'",
        ),
    ),
    Reply(
        key="ar-de-ticket",
        intent="auto_reply",
        lang="de",
        sender=("Service-Center Klinikverbund Nord", "service@klinikverbund-nord.example"),
        when="2027-02-17 10:33 +0100",
        client="notice",
        subject="Ihre Anfrage [#2027-00418] ist eingegangen",
        headers=(AUTO_REPLIED,),
        body=lines(
            "Guten Tag,",
            "",
            "vielen Dank für Ihre E-Mail. Ihre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer 2027-00418 erfasst.",
            "",
            "Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs und melden uns in der Regel innerhalb von zwei Werktagen bei Ihnen.",
            "",
            "Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.",
            "",
            "Ihr Service-Center",
        ),
        inv="40915",
        amt="4.380,00 €",
        facts=Facts(
            note="ticket acknowledgement; 'innerhalb von zwei Werktagen' is not a return date"
        ),
    ),
    Reply(
        key="ar-fr-inclus",
        intent="auto_reply",
        lang="fr",
        sender=("Émilie Carré", "e.carre@carre-avocats.example"),
        when="2027-02-08 07:45 +0100",
        client="auto_html",
        body=lines(
            "Bonjour,",
            "",
            "Je suis absente du cabinet jusqu'au 12 février inclus, sans accès à ma messagerie. Je traiterai votre message à mon retour.",
            "",
            "Pour toute urgence, vous pouvez joindre le standard au 01 23 45 67 89.",
            "",
            "Émilie Carré",
        ),
        inv="40780",
        amt="1 560,00 €",
        facts=Facts(
            return_date="2027-02-12",
            note="'jusqu'au 12 février inclus' with no day back stated → that date itself",
        ),
    ),
    Reply(
        key="ar-fr-vacances",
        intent="auto_reply",
        lang="fr",
        sender=("Secrétariat École Saint-Exupéry", "secretariat@ecole-saint-exupery.example"),
        when="2027-02-15 09:00 +0100",
        client="notice",
        subject="Absence – vacances d'hiver",
        headers=(AUTO_REPLIED,),
        body=lines(
            "Bonjour,",
            "",
            "L'école est fermée pendant les vacances d'hiver. Le secrétariat sera de retour le lundi 1er mars et traitera votre demande dans les meilleurs délais.",
            "",
            "Bonnes vacances à tous !",
        ),
        inv="40865",
        amt="640,00 €",
        facts=Facts(return_date="2027-03-01"),
    ),
    Reply(
        key="ar-es-hasta",
        intent="auto_reply",
        lang="es",
        sender=("Irene Domínguez", "idominguez@dominguez-asesores.example"),
        when="2027-01-29 14:00 +0100",
        client="auto_html",
        body=lines(
            "Gracias por su mensaje. Estaré fuera de la oficina hasta el miércoles 3 de febrero, con acceso limitado al correo. Para asuntos urgentes, pueden llamar al 963 000 111.",
            "",
            "Irene Domínguez",
            "Domínguez Asesores",
        ),
        inv="40476",
        amt="720,00 €",
        facts=Facts(return_date="2027-02-03", note="'hasta X' → X itself"),
    ),
    Reply(
        key="ar-es-cerrado",
        intent="auto_reply",
        lang="es",
        sender=("Clínica Fisiosalud", "citas@fisiosalud-malaga.example"),
        when="2027-02-02 08:30 +0100",
        client="notice",
        charset="iso-8859-1",
        subject="Cerrado por vacaciones",
        body=lines(
            "Estimado/a paciente o proveedor:",
            "",
            "La clínica permanece cerrada por vacaciones del 1 al 7 de febrero, ambos inclusive. Retomamos la actividad el lunes 8 de febrero.",
            "",
            "Disculpe las molestias.",
            "Clínica Fisiosalud",
        ),
        inv="40480",
        amt="350,00 €",
        facts=Facts(
            return_date="2027-02-08",
            note="autoresponder without Auto-Submitted; the day work resumes wins over the closing range",
        ),
    ),
    Reply(
        key="ar-nl-voorjaarsvakantie",
        intent="auto_reply",
        lang="nl",
        sender=("Femke Willems", "f.willems@willems-tandartsen.example"),
        when="2027-02-12 16:45 +0100",
        client="auto_html",
        body=lines(
            "Beste afzender,",
            "",
            "Vanwege de voorjaarsvakantie ben ik afwezig tot en met vrijdag 19 februari. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u de praktijk bellen op 030 - 123 45 67.",
            "",
            "Met vriendelijke groet,",
            "Femke Willems",
        ),
        inv="40840",
        amt="€ 860,00",
        facts=Facts(return_date="2027-02-19", note="'tot en met X' with no day back stated → X"),
    ),
    Reply(
        key="ar-it-compreso",
        intent="auto_reply",
        lang="it",
        sender=("Alessandra Vitale", "a.vitale@vitale-commercialisti.example"),
        when="2027-01-18 09:20 +0100",
        client="auto_html",
        body=lines(
            "Grazie per il messaggio.",
            "",
            "Sarò fuori ufficio fino a venerdì 22 gennaio compreso. Al mio rientro risponderò appena possibile. Per urgenze potete contattare lo studio allo 02 1234 5678.",
            "",
            "Alessandra Vitale",
        ),
        inv="40160",
        amt="€ 980,00",
        facts=Facts(
            return_date="2027-01-22", note="'fino a X compreso' with no day back stated → X"
        ),
    ),
    Reply(
        key="ar-it-ticket",
        intent="auto_reply",
        lang="it",
        sender=("Helpdesk Amministrazione", "helpdesk@fondazione-arcobaleno.example"),
        when="2027-02-24 11:05 +0100",
        client="notice",
        subject="Richiesta ricevuta – ticket n. 11872",
        headers=(AUTO_GENERATED,),
        body=lines(
            "Gentile utente,",
            "",
            "abbiamo ricevuto la sua richiesta, registrata con il numero 11872. Le risponderemo entro 48 ore lavorative.",
            "",
            "La preghiamo di non rispondere a questo messaggio: la casella non è presidiata. Per aggiungere informazioni alla richiesta usi il portale di assistenza.",
            "",
            "Helpdesk Amministrazione – Fondazione Arcobaleno",
        ),
        inv="40995",
        amt="€ 1.200,00",
        facts=Facts(
            note="ticket acknowledgement with Auto-Submitted: auto-generated; 'casella non presidiata' is the system's own note, not wrong_contact"
        ),
    ),
]

OTHER = [
    Reply(
        key="ot-en-question",
        intent="other",
        lang="en",
        sender=("Mike Brennan", "mike@brennanvetclinic.example"),
        when="2027-01-20 12:41 -0500",
        client="iphone",
        body="didn't we pay this already??",
        inv="40260",
        amt="$880.00",
        facts=Facts(note="a question, not a payment claim: a person checks the ledger and answers"),
    ),
    Reply(
        key="ot-en-oofsubject",
        intent="other",
        lang="en",
        sender=("Rachel Green", "office@greenandholt-architects.example"),
        when="2027-02-26 11:05 +0000",
        client="outlook_html",
        subject="Out of office today - RE: {rsub}",
        body=lines(
            "Hi,",
            "",
            "Just a quick note as we're out of the office today for the move to our new studio, so apologies if replies are slow. I've seen your reminder and I'll look into the account properly next week and come back to you.",
            "",
            "Rachel",
            "Office Manager, Green & Holt Architects",
        ),
        inv="41060",
        amt="£1,450.00",
        facts=Facts(
            note="written by a person although the subject says 'out of office'; 'I'll look into it next week' is no commitment to pay"
        ),
    ),
    Reply(
        key="ot-de-geschlossen",
        intent="other",
        lang="de",
        sender=("Dr. Ulrike Weber", "praxis@dr-weber-zahnaerztin.example"),
        when="2027-01-22 10:45 +0100",
        client="outlook",
        body=lines(
            "Sehr geehrte Damen und Herren,",
            "",
            "ich habe meine Praxis zum 31.12.2026 aus Altersgründen geschlossen. Bitte betrachten Sie dieses Schreiben zugleich als Kündigung des Vertrags zum nächstmöglichen Zeitpunkt. Wie wir mit der offenen Rechnung verfahren, bespreche ich gern telefonisch mit Ihnen.",
            "",
            "Mit freundlichen Grüßen",
            "Dr. Ulrike Weber",
        ),
        inv="40270",
        amt="1.140,00 €",
        facts=Facts(
            note="practice closed and contract cancelled; the owner writes herself, so the contact is right; nothing promised or contested"
        ),
    ),
    Reply(
        key="ot-de-app",
        intent="other",
        lang="de",
        sender=("Jana Krüger", "j.krueger@kanzlei-krueger-leipzig.example"),
        when="2027-02-10 14:20 +0100",
        client="gmail",
        body=lines(
            "Hallo,",
            "",
            "kurze Frage nebenbei: Ist die mobile App in unserer Lizenz eigentlich enthalten? Wir überlegen, zwei weitere Anwältinnen dazuzunehmen, und würden gern wissen, was das kostet.",
            "",
            "Viele Grüße",
            "Jana Krüger",
        ),
        inv="40795",
        amt="890,00 €",
        facts=Facts(
            note="product and pricing question in the reminder thread; nothing about this invoice"
        ),
    ),
    Reply(
        key="ot-fr-hameconnage",
        intent="other",
        lang="fr",
        sender=("Hélène Masson", "helene.masson@cabinet-kine-masson.example"),
        when="2027-01-27 08:50 +0100",
        client="gmail_plain",
        body=lines(
            "Bonjour,",
            "",
            "C'est quoi, Pinecrest ? Ça ressemble fort à de l'hameçonnage, je ne clique sur rien. Je vais en parler à mon associé avant de faire quoi que ce soit.",
            "",
            "H. Masson",
        ),
        inv="40436",
        amt="540,00 €",
        facts=Facts(note="suspicion of phishing, no request for documents: a person should call"),
    ),
    Reply(
        key="ot-fr-resiliation",
        intent="other",
        lang="fr",
        sender=("Olivier Chevalier", "o.chevalier@chevalier-geometres.example"),
        when="2027-02-17 10:15 +0100",
        client="outlook_html",
        body=lines(
            "Bonjour,",
            "",
            "Nous envisageons de ne pas renouveler notre abonnement à l'échéance de juin. Pouvez-vous m'indiquer la procédure de résiliation et le préavis à respecter ?",
            "",
            "Cordialement,",
            "Olivier Chevalier",
            "Cabinet Chevalier – Géomètres-experts",
        ),
        inv="40918",
        amt="1 680,00 €",
        facts=Facts(note="cancellation question in the reminder thread"),
    ),
    Reply(
        key="ot-es-recibido",
        intent="other",
        lang="es",
        sender=("Rocío Méndez", "rocio@mendezabogados.example"),
        when="2027-01-21 13:05 +0100",
        client="iphone",
        body="Recibido, gracias. Lo comento con la gerente y les digo algo.",
        inv="40240",
        amt="830,00 €",
        facts=Facts(note="acknowledgement; 'les digo algo' is no commitment"),
    ),
    Reply(
        key="ot-es-soporte",
        intent="other",
        lang="es",
        sender=("Tomás Aguirre", "recepcion@policlinica-aguirre.example"),
        when="2027-02-15 12:55 +0100",
        client="outlook",
        body=lines(
            "Buenas:",
            "",
            "Aprovecho para comentarles que desde la última actualización no podemos imprimir los recibos de los pacientes, sale todo en blanco. ¿A quién tenemos que dirigirnos?",
            "",
            "Gracias,",
            "Tomás Aguirre",
            "Recepción – Policlínica Aguirre",
        ),
        inv="40825",
        amt="1.210,00 €",
        facts=Facts(note="support question; no complaint about this invoice"),
    ),
    Reply(
        key="ot-nl-gezien",
        intent="other",
        lang="nl",
        sender=("Joost Meijer", "joost@bouwkundigbureau-meijer.example"),
        when="2027-01-28 07:40 +0100",
        client="iphone",
        body="Oké, gezien.",
        inv="40440",
        amt="€ 640,00",
        facts=Facts(note="acknowledgement only"),
    ),
    Reply(
        key="ot-nl-fusie",
        intent="other",
        lang="nl",
        sender=("Nadia Bos", "n.bos@fysiocentrum-oost.example"),
        when="2027-02-19 13:30 +0100",
        client="thunderbird",
        body=lines(
            "Goedemiddag,",
            "",
            "Ter informatie: onze praktijk is per 1 januari gefuseerd met Fysio Centrum Oost. Het klantnummer blijft hetzelfde, maar de naam en het adres veranderen. Ik stuur de nieuwe gegevens binnenkort door.",
            "",
            "Groet,",
            "Nadia Bos",
        ),
        inv="40975",
        amt="€ 1.090,00",
        facts=Facts(
            note="merger notice; the same person stays the contact and nothing is said about paying"
        ),
    ),
    Reply(
        key="ot-it-dottore",
        intent="other",
        lang="it",
        sender=("Valentina Russo", "segreteria@studiodentisticorusso.example"),
        when="2027-02-03 12:15 +0100",
        client="samsung",
        body="Buongiorno, ho visto il sollecito. Ne parlo con il dottore appena rientra e vi faccio sapere.",
        inv="40540",
        amt="€ 690,00",
        facts=Facts(
            note="no commitment to pay; 'appena rientra' is about the dentist, not a payment date"
        ),
    ),
    Reply(
        key="ot-it-ricevuto",
        intent="other",
        lang="it",
        sender=("Simone Marchetti", "s.marchetti@marchetti-ingegneria.example"),
        when="2027-02-24 18:02 +0100",
        client="gmail",
        body="Ricevuto, grazie.",
        inv="41005",
        amt="€ 1.350,00",
        facts=Facts(note="acknowledgement only"),
    ),
]

BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            key="bo-en-postfix",
            lang="en",
            kind="hard",
            status="5.4.4",
            rcpt="accounts@oakleafdental.example",
            when="2027-01-18 09:04 +0000",
            rlang="en",
            inv="40171",
            amt="£610.00",
            note="Postfix RFC 3464 report, domain no longer exists; the whole reminder is returned",
        ),
        bounce_postfix_nohost,
    ),
    (
        Bounce(
            key="bo-en-gmail",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="summitpeakbookkeeping@gmail.com",
            when="2027-01-27 14:20 +0000",
            rlang="en",
            inv="40452",
            amt="$385.00",
            age=timedelta(seconds=40),
        ),
        bounce_gmail_nouser,
    ),
    (
        Bounce(
            key="bo-en-qmail",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="billing@prairieviewlaw.example",
            when="2027-02-03 15:11 -0600",
            rlang="en",
            inv="40607",
            amt="$1,410.00",
            note="qmail notice: plain text without MIME, the original inline",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            key="bo-en-sendmail",
            lang="en",
            kind="soft",
            status="4.4.1",
            rcpt="office@stillwatercounseling.example",
            when="2027-02-09 13:30 -0500",
            rlang="en",
            inv="40803",
            amt="$520.00",
            age=timedelta(hours=4, minutes=1),
            note="sendmail 4-hour warning from the customer's backup MX",
        ),
        bounce_sendmail_delay,
    ),
    (
        Bounce(
            key="bo-en-exim",
            lang="en",
            kind="soft",
            status="4.2.2",
            rcpt="admin@hillcrestprep.example",
            when="2027-02-16 10:00 +0000",
            rlang="en",
            inv="40953",
            amt="£2,300.00",
            age=timedelta(hours=24, minutes=6),
            note="Exim 24-hour delay warning, mailbox over quota",
        ),
        bounce_exim_quota,
    ),
    (
        Bounce(
            key="bo-de-postfix",
            lang="de",
            kind="hard",
            status="5.2.1",
            rcpt="rechnungen@ergo-praxis-becker.example",
            when="2027-01-20 09:35 +0100",
            rlang="de",
            inv="40229",
            amt="540,00 €",
            note="German-language Postfix report from a hosting relay; mailbox disabled is permanent",
        ),
        bounce_postfix_de,
    ),
    (
        Bounce(
            key="bo-de-exchange",
            lang="de",
            kind="soft",
            status="4.4.7",
            rcpt="buchhaltung@architekturbuero-kern.example",
            when="2027-02-05 21:10 +0100",
            rlang="de",
            inv="40741",
            amt="1.870,00 €",
            age=timedelta(hours=12, minutes=4),
            note="Exchange 'Zustellung verzögert' delay notice",
        ),
        bounce_exchange_de_delay,
    ),
    (
        Bounce(
            key="bo-fr-exchange",
            lang="fr",
            kind="hard",
            status="5.1.10",
            rcpt="compta@cabinet-lemaire-avocats.example",
            when="2027-01-25 10:02 +0100",
            rlang="fr",
            inv="40304",
            amt="930,00 €",
        ),
        bounce_exchange_fr,
    ),
    (
        Bounce(
            key="bo-fr-isp",
            lang="fr",
            kind="soft",
            status="4.4.2",
            rcpt="secretariat@ecole-jeanmoulin.example",
            when="2027-02-11 16:45 +0100",
            rlang="fr",
            inv="40862",
            amt="480,00 €",
            age=timedelta(hours=6, minutes=30),
            note="ISO-8859-1 ISP notice, single text part, no delivery-status",
        ),
        bounce_isp_fr_delay,
    ),
    (
        Bounce(
            key="bo-es-gateway",
            lang="es",
            kind="soft",
            status="4.3.2",
            rcpt="facturas@consultoriaortiz.example",
            when="2027-02-18 08:30 +0100",
            rlang="es",
            inv="40894",
            amt="1.150,00 €",
            age=timedelta(hours=3, minutes=15),
            note="security gateway holding the message while the customer's own server is down",
        ),
        bounce_gateway_es,
    ),
    (
        Bounce(
            key="bo-nl-quota",
            lang="nl",
            kind="soft",
            status="5.2.2",
            rcpt="info@tandartspraktijkzuid.example",
            when="2027-01-29 11:20 +0100",
            rlang="nl",
            inv="40461",
            amt="€ 760,00",
            note="mailbox full reported with a 5.x code and Action: failed: soft by the mailbox-full rule, the code is kept",
        ),
        bounce_quota_nl,
    ),
    (
        Bounce(
            key="bo-it-exchange",
            lang="it",
            kind="hard",
            status="5.1.1",
            rcpt="contabilita@studiomedicoferri.example",
            when="2027-02-22 10:40 +0100",
            rlang="it",
            inv="41033",
            amt="€ 1.040,00",
        ),
        bounce_exchange_it,
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
# Labels, checks and output
# --------------------------------------------------------------------------------------------


def blank_label(intent: str, language: str, note: str | None) -> Label:
    return Label(
        file="",
        intent=intent,
        promised_date=None,
        paid_date=None,
        return_date=None,
        payment_reference=None,
        amount=None,
        currency=None,
        new_contact=None,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=[],
        language=language,
        note=note,
    )


def reply_label(r: Reply) -> Label:
    f = r.facts
    label = blank_label(r.intent, r.lang, f.get("note"))
    label["promised_date"] = f.get("promised_date")
    label["paid_date"] = f.get("paid_date")
    label["return_date"] = f.get("return_date")
    label["payment_reference"] = f.get("payment_reference")
    label["amount"] = f.get("amount")
    label["currency"] = f.get("currency")
    label["new_contact"] = f.get("new_contact")
    label["invoice_refs"] = [f"PS-INV-{digits}" for digits in f.get("refs", ())]
    return label


def bounce_label(b: Bounce) -> Label:
    label = blank_label("bounce", b.lang, b.note)
    label["bounce_kind"] = b.kind
    label["failed_recipient"] = b.rcpt
    label["bounce_status"] = b.status
    return label


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")
REF = re.compile(r"^PS-INV-\d{5}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
# Which intent may carry which field.
FIELD_INTENTS = {
    "promised_date": {"promise_to_pay"},
    "paid_date": {"payment_sent"},
    "return_date": {"auto_reply"},
    "payment_reference": {"payment_sent", "promise_to_pay"},
    "amount": {"payment_sent", "promise_to_pay"},
    "new_contact": {"wrong_contact"},
}


def label_problems(label: Label) -> list[str]:
    values: dict[str, object] = dict(label)
    problems = []
    if tuple(values) != LABEL_ORDER:
        problems.append("keys out of order")
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        problems.append("unknown intent or language")
    for name in ("promised_date", "paid_date", "return_date"):
        value = values[name]
        if value is not None and not (isinstance(value, str) and ISO_DATE.match(value)):
            problems.append(f"{name} is not an ISO date")
    for name, intents in FIELD_INTENTS.items():
        if values[name] is not None and label["intent"] not in intents:
            problems.append(f"{name} on {label['intent']}")
    return problems + bounce_problems(label) + value_problems(label)


def bounce_problems(label: Label) -> list[str]:
    fields = (label["bounce_kind"], label["failed_recipient"], label["bounce_status"])
    if label["intent"] != "bounce":
        return [] if fields == (None, None, None) else ["bounce fields on a non-bounce"]
    kind, rcpt, status = fields
    problems = []
    if kind not in {"hard", "soft"}:
        problems.append("bounce_kind must be hard or soft")
    if rcpt is None or "@" not in rcpt or rcpt != rcpt.lower():
        problems.append("failed_recipient must be a lower-case address")
    if status is None or not STATUS.match(status):
        problems.append("bounce_status must be an enhanced status code")
    elif kind == "hard" and not status.startswith("5."):
        problems.append("a hard bounce needs a 5.x.x status")
    return problems


def value_problems(label: Label) -> list[str]:
    problems = []
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        problems.append("amount and currency go together")
    if amount is not None and not AMOUNT.match(amount):
        problems.append("amount must be digits with two decimals")
    if currency is not None and currency not in {"EUR", "GBP", "USD", "CHF"}:
        problems.append("unexpected currency")
    contact = label["new_contact"]
    if contact is not None and (contact != contact.lower() or "@" not in contact):
        problems.append("new_contact must be a lower-case address")
    if any(not REF.match(ref) for ref in label["invoice_refs"]):
        problems.append("invoice_refs must be PS-INV-NNNNN")
    return problems


def date_problems(r: Reply) -> list[str]:
    """Dates must sit on the right side of the message's own local date."""
    today = r.dt.date()
    problems = []
    if not FIRST_DAY <= today <= LAST_DAY:
        problems.append("message date outside 2027-01-18 … 2027-02-26")
    paid = r.facts.get("paid_date")
    if paid is not None and date.fromisoformat(paid) > today:
        problems.append("paid_date after the message")
    ahead = (
        ("promised_date", r.facts.get("promised_date")),
        ("return_date", r.facts.get("return_date")),
    )
    for name, value in ahead:
        if value is not None and date.fromisoformat(value) < today:
            problems.append(f"{name} before the message")
    return problems


def check_message(name: str, data: bytes) -> None:
    """Parse the bytes back as a reader would: headers decoded, text decoded, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header} header")
    if "=?" in str(msg["Subject"]):
        raise SystemExit(f"{name}: Subject not decoded")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: {part.get_content_type()} defects {part.defects}")
        for key, value in part.items():
            if isinstance(value, BaseHeader) and value.defects:
                raise SystemExit(f"{name}: header {key} defects {value.defects}")
        if part.get_content_maintype() == "text" and not isinstance(part.get_content(), str):
            raise SystemExit(f"{name}: undecodable {part.get_content_type()} part")


# Header values are written as the clients write them (encoded-words are already folded).
UNFOLDED = policy.compat32.clone(max_line_length=None)


def shuffle_key(key: str) -> str:
    """A fixed pseudo-random order, so that a file name says nothing about its label."""
    return hashlib.sha256(f"{SHUFFLE_SALT}:{key}".encode()).hexdigest()


def all_messages() -> list[tuple[str, Message, Label]]:
    problems = [f"{r.key}: {p}" for r in REPLIES for p in date_problems(r)]
    problems += [
        f"{b.key}: dated outside the corpus window"
        for b, _ in BOUNCES
        if not FIRST_DAY <= b.dt.date() <= LAST_DAY
    ]
    if problems:
        raise SystemExit("\n".join(problems))
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate message keys")
    invoices = [r.inv for r in REPLIES] + [b.inv for b, _ in BOUNCES]
    invoices += [ref for r in REPLIES for ref in r.facts.get("refs", ()) if ref != r.inv]
    if len(set(invoices)) != len(invoices):
        raise SystemExit("an invoice number is used by two customers")
    return sorted(items, key=lambda item: shuffle_key(item[0]))


def write_all() -> list[Label]:
    for old in HERE.glob(f"{FILE_PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, (key, msg, label) in enumerate(all_messages(), start=1):
        name = f"{FILE_PREFIX}-{number:03d}.eml"
        data = msg.as_bytes(policy=UNFOLDED)
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label["file"] = name
        problems = label_problems(label)
        if problems:
            raise SystemExit(f"{key}: {'; '.join(problems)}")
        labels.append(label)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def count_table(labels: list[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    bold = " | ".join(f"**{t}**" for t in totals)
    rows.append(f"| **total** | {bold} | **{sum(totals)}** |")
    return "\n".join(rows)


def check_coverage(labels: list[Label]) -> None:
    per_intent = Counter(x["intent"] for x in labels)
    if set(per_intent.values()) != {12} or len(per_intent) != len(INTENTS):
        raise SystemExit(f"each intent needs 12 messages: {dict(per_intent)}")
    cells = {(x["intent"], x["language"]) for x in labels}
    missing = [(i, lang) for i in INTENTS for lang in LANGS if (i, lang) not in cells]
    if missing:
        raise SystemExit(f"intent × language cells without a message: {missing}")
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounces must be 6 hard and 6 soft: {dict(kinds)}")


def main() -> int:
    labels = write_all()
    check_coverage(labels)
    sys.stdout.write(count_table(labels) + "\n")
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    sys.stdout.write(
        f"\n{len(labels)} messages; bounces: hard {kinds['hard']}, soft {kinds['soft']}\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
