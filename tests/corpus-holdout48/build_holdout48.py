# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and currency signs people really type.
"""Build held-out reply corpus 48: ``h48-NNN.eml`` files and ``labels.jsonl``.

Every message lands in the receivables mailbox of Harbourline Print (commercial printing and
signage) after it sent an overdue reminder. The new text of each message is written by hand
below. The script adds only what a mail client or a mail server would add: the quoted reminder
in the client's layout and language, headers, MIME structure, charsets and transfer encodings,
and the machine parts of delivery reports. It writes next to itself, deterministically.
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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Final, TypedDict

HERE: Final = Path(__file__).resolve().parent
PREFIX: Final = "h48"
SEED: Final = 48_20261214
AR_NAME: Final = "Harbourline Print Receivables"
AR_ADDR: Final = "receivables@harbourline-print.example"
AR_DOMAIN: Final = "harbourline-print.example"
OUT_HOST: Final = "smtp-out.harbourline-print.example"
FIRST_DAY: Final = date(2026, 12, 14)
LAST_DAY: Final = date(2027, 1, 15)
LONDON: Final = timezone(timedelta(0))
LANGS: Final = ("en", "de", "fr", "es", "nl", "it")
INTENTS: Final = (
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
LABEL_ORDER: Final = (
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


class Facts(TypedDict, total=False):
    """The hand-made label fields of one reply (everything else is null)."""

    promised_date: str
    paid_date: str
    return_date: str
    payment_reference: str
    amount: str
    currency: str
    new_contact: str
    invoice_refs: list[str]
    note: str


class Label(TypedDict):
    """One line of labels.jsonl, keys in the corpus order."""

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


# --------------------------------------------------------------------------------------------
# Locale tables. A client locale ("loc") is a language, or "us" for US English.
# --------------------------------------------------------------------------------------------

WEEKDAYS: Final = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_ABBR: Final = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS: Final = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTHS_ABBR: Final = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTR: Final = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "us": "On {wda}, {mona} {d}, {y} at {h12}:{mm}\u202f{ampm} {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR: Final = {
    "en": "On {d} {mona} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "us": "On {mona} {d}, {y}, at {h12}:{mm}\u202f{ampm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y}, om {HH}:{mm}, heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR: Final = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "us": "On {m}/{d}/{y} {h12}:{mm} {ampm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT: Final = {
    "en": "{wd}, {d} {mon} {y} {HH}:{mm}",
    "us": "{wd}, {mon} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}
SAMSUNG_DATE: Final = "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})"


@dataclass(frozen=True, kw_only=True)
class HeaderWords:
    """The localised labels of a quoted header block."""

    divider: str
    sender: str
    sent: str
    to: str
    subject: str
    sep: str = ": "


OUTLOOK_WORDS: Final = {
    "en": HeaderWords(
        divider="-----Original Message-----", sender="From", sent="Sent", to="To", subject="Subject"
    ),
    "de": HeaderWords(
        divider="-----Ursprüngliche Nachricht-----",
        sender="Von",
        sent="Gesendet",
        to="An",
        subject="Betreff",
    ),
    "fr": HeaderWords(
        divider="-----Message d'origine-----",
        sender="De",
        sent="Envoyé",
        to="À",
        subject="Objet",
        sep=" : ",
    ),
    "es": HeaderWords(
        divider="-----Mensaje original-----",
        sender="De",
        sent="Enviado el",
        to="Para",
        subject="Asunto",
    ),
    "nl": HeaderWords(
        divider="-----Oorspronkelijk bericht-----",
        sender="Van",
        sent="Verzonden",
        to="Aan",
        subject="Onderwerp",
    ),
    "it": HeaderWords(
        divider="-----Messaggio originale-----",
        sender="Da",
        sent="Inviato",
        to="A",
        subject="Oggetto",
    ),
}
SAMSUNG_WORDS: Final = {
    "en": HeaderWords(
        divider="-------- Original message --------",
        sender="From",
        sent="Date",
        to="To",
        subject="Subject",
    ),
    "de": HeaderWords(
        divider="-------- Ursprüngliche Nachricht --------",
        sender="Von",
        sent="Datum",
        to="An",
        subject="Betreff",
    ),
    "fr": HeaderWords(
        divider="-------- Message d'origine --------",
        sender="De",
        sent="Date",
        to="À",
        subject="Objet",
        sep=" : ",
    ),
    "es": HeaderWords(
        divider="-------- Mensaje original --------",
        sender="De",
        sent="Fecha",
        to="Para",
        subject="Asunto",
    ),
    "nl": HeaderWords(
        divider="-------- Oorspronkelijk bericht --------",
        sender="Van",
        sent="Datum",
        to="Aan",
        subject="Onderwerp",
    ),
    "it": HeaderWords(
        divider="-------- Messaggio originale --------",
        sender="Da",
        sent="Data",
        to="A",
        subject="Oggetto",
    ),
}
OUTLOOK_RE: Final = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
IPHONE_SIG: Final = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_SIG: Final = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
SAMSUNG_SIG: Final = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}

# --------------------------------------------------------------------------------------------
# The reminder Harbourline Print sent, in each customer language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final = {
    "en": "Overdue invoice {inv} – Harbourline Print",
    "de": "Zahlungserinnerung: Rechnung {inv}",
    "fr": "Rappel : facture {inv} échue",
    "es": "Recordatorio: factura {inv} vencida",
    "nl": "Herinnering: factuur {inv} staat nog open",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY: Final = {
    "en": (
        "Hello,\n\n"
        "This is a reminder that the invoice below is now past its due date:\n\n"
        "  Invoice:   {inv}\n  Issued:    {issued}\n  Due:       {due}\n  Balance:   {amt}\n\n"
        "If payment is already on its way, thank you – please let us know the date and reference so we can match it. If something about the invoice isn't right, reply to this email and we'll look into it straight away.\n\n"
        "Best regards\n\nAccounts Receivable\nHarbourline Print Ltd\n12 Ropewalk Yard, Bristol BS1 6QT\n+44 117 496 0382"
    ),
    "de": (
        "Guten Tag,\n\n"
        "bei der Durchsicht unserer Konten ist uns aufgefallen, dass die folgende Rechnung noch offen ist:\n\n"
        "  Rechnung:  {inv}\n  Datum:     {issued}\n  Fällig:    {due}\n  Offen:     {amt}\n\n"
        "Falls Sie die Zahlung bereits veranlasst haben, teilen Sie uns bitte Datum und Verwendungszweck mit. Sollte mit der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nDebitorenbuchhaltung\nHarbourline Print Ltd\n+44 117 496 0382"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "  Facture :   {inv}\n  Émise le :  {issued}\n  Échéance :  {due}\n  Solde dû :  {amt}\n\n"
        "Si le règlement est en cours, merci de nous en indiquer la date et la référence. Pour toute question sur cette facture, il vous suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\nService Comptabilité Clients\nHarbourline Print Ltd\n+44 117 496 0382"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le recordamos que la siguiente factura figura como pendiente de pago:\n\n"
        "  Factura:      {inv}\n  Fecha:        {issued}\n  Vencimiento:  {due}\n  Importe:      {amt}\n\n"
        "Si ya ha realizado el pago, le agradeceríamos que nos indicara la fecha y la referencia. Si hay algún problema con la factura, responda a este correo y lo revisaremos.\n\n"
        "Un cordial saludo,\n\nDepartamento de Cobros\nHarbourline Print Ltd\n+44 117 496 0382"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet voldaan:\n\n"
        "  Factuur:      {inv}\n  Datum:        {issued}\n  Vervaldatum:  {due}\n  Openstaand:   {amt}\n\n"
        "Is de betaling al onderweg, laat ons dan de datum en het betalingskenmerk weten. Klopt er iets niet aan de factuur, reageer dan gewoon op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenadministratie\nHarbourline Print Ltd\n+44 117 496 0382"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri controlli risulta ancora aperta la seguente fattura:\n\n"
        "  Fattura:    {inv}\n  Emessa il:  {issued}\n  Scadenza:   {due}\n  Importo:    {amt}\n\n"
        "Se avete già effettuato il pagamento, vi chiediamo di comunicarci data e riferimento. Per qualsiasi chiarimento sulla fattura basta rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nUfficio Crediti\nHarbourline Print Ltd\n+44 117 496 0382"
    ),
}
REMINDER_DATE: Final = {
    "en": "{d} {mon} {y}",
    "us": "{mon} {d}, {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
CURRENCY_SIGN: Final = {"GBP": "£", "USD": "$", "EUR": "€"}
LATIN1_FIXES: Final = {"–": "-", "€": "EUR", "’": "'", "…": "...", "\u202f": " "}
DEFAULT_CURRENCY: Final = {"en": "GBP", "us": "USD"}


def digest(key: str, salt: str) -> bytes:
    """Stable pseudo-random bytes for one message and one purpose."""
    return hashlib.sha256(f"{salt}/{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def number(key: str, salt: str, low: int, high: int) -> int:
    return low + int.from_bytes(digest(key, salt)[:6], "big") % (high - low)


def group_digits(whole: int, sep: str) -> str:
    return f"{whole:,}".replace(",", sep)


def format_amount(amount: str, *, currency: str, loc: str) -> str:
    """The balance as the reminder prints it for that locale."""
    whole_text, cents = amount.split(".")
    whole = int(whole_text)
    sign = CURRENCY_SIGN[currency]
    if loc in {"en", "us"}:
        return f"{sign}{group_digits(whole, ',')}.{cents}"
    if loc == "fr":
        return f"{group_digits(whole, ' ')},{cents} {sign}"
    if loc in {"nl", "it"}:
        return f"{sign} {group_digits(whole, '.')},{cents}"
    return f"{group_digits(whole, '.')},{cents} {sign}"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def fits_charset(text: str, charset: str) -> str:
    """Text as a legacy-charset client sends it: what the charset cannot encode is replaced."""
    if charset == "iso-8859-1":
        return latin1_safe(text)
    if charset == "windows-1252":
        return text.replace("\u202f", " ")
    return text


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Attachment:
    """A file a sender attached (proofs of payment and the like)."""

    filename: str
    subtype: str
    data: bytes


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels.

    `loc` is the replying client's locale when it differs from `lang` ("us" for US English),
    `rlang` the language of the reminder being answered when it differs from `lang`, `lag`
    the number of days between the reminder and the reply when it matters to the story.
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    facts: Facts = field(default_factory=Facts)
    inv: str = ""
    amount: str = ""
    currency: str = ""
    rlang: str = ""
    loc: str = ""
    lag: int = 0
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: Attachment | None = None
    threaded: bool = True
    cc: str = ""

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def client_loc(self) -> str:
        return self.loc or self.lang

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def reminder_loc(self) -> str:
        return (
            self.client_loc
            if self.reminder_lang == lang_of(self.client_loc)
            else self.reminder_lang
        )

    @property
    def invoice(self) -> str:
        return self.inv or DEFAULT_INVOICES[self.key]

    @property
    def balance(self) -> str:
        return (
            self.amount
            or f"{number(self.key, 'amount', 140, 5200)}.{number(self.key, 'cents', 0, 20) * 5:02d}"
        )

    @property
    def cur(self) -> str:
        if self.currency:
            return self.currency
        return DEFAULT_CURRENCY.get(self.client_loc, "GBP" if self.lang == "en" else "EUR")


def lang_of(loc: str) -> str:
    return "en" if loc == "us" else loc


def text(*lines: str) -> str:
    """A hand-written body, one paragraph or line per argument."""
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    lang = lang_of(loc)
    wd, mo = dt.weekday(), dt.month - 1
    offset = dt.strftime("%z")
    return {
        "wd": WEEKDAYS[lang].split()[wd],
        "wda": WEEKDAYS_ABBR[lang].split()[wd],
        "mon": MONTHS[lang].split()[mo],
        "mona": MONTHS_ABBR[lang].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
        "tz": f"{offset[:3]}:{offset[3:]}",
    }


def fmt(template: str, *, loc: str, dt: datetime, name: str = "", addr: str = "") -> str:
    return template.format(**date_fields(loc, dt), name=name, addr=addr)


UK_BANK_HOLIDAYS: Final = frozenset({date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 1)})


def working_day_before(day: datetime, days: int) -> datetime:
    """A Bristol working day at least `days` before `day` (no weekends, no bank holidays)."""
    out = day - timedelta(days=days)
    while out.weekday() >= 5 or out.date() in UK_BANK_HOLIDAYS:
        out -= timedelta(days=1)
    return out


def reminder_sent(r: Reply) -> datetime:
    """When the reminder left Harbourline (09:0x in Bristol), in the replier's own time zone."""
    lag = r.lag or number(r.key, "lag", 1, 4)
    local = working_day_before(r.dt.astimezone(LONDON), lag)
    sent = local.replace(
        hour=9, minute=number(r.key, "minute", 1, 9), second=number(r.key, "second", 0, 60)
    )
    return sent.astimezone(r.dt.tzinfo)


def invoice_dates(r: Reply, sent: datetime) -> tuple[datetime, datetime]:
    due = sent - timedelta(days=number(r.key, "due", 9, 31))
    return due - timedelta(days=30), due


def reminder_msgid(key: str) -> str:
    return f"<rem.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def uuid_like(raw: bytes) -> str:
    h = raw.hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


OUTLOOK_FAMILY: Final = frozenset(
    {"outlook", "outlook_new", "outlook_html", "outlook_html_only", "owa", "android"}
)


def reply_msgid(key: str, *, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "message-id")
    if style in {"gmail", "gmail_plain", "inline", "bottom"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        return f"<{b32(key, 'exchange', 30)}@{b32(key, 'server', 12)}.eurprd04.prod.outlook.com>"
    if style in {"apple", "apple_html", "iphone"}:
        return f"<{uuid_like(raw)}@{domain}>"
    if style == "samsung":
        return f"<{raw.hex()[:20]}.{raw.hex()[20:28]}@email.android.com>"
    if style == "thunderbird":
        return f"<{uuid_like(raw).lower()}@{domain}>"
    return f"<{raw.hex()[:26]}@{domain}>"


def quote_lines(body: str) -> str:
    return "\n".join("> " + line if line else ">" for line in body.split("\n"))


def html_lines(body: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in body.split("\n"))


def html_paragraphs(body: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in body.split("\n\n"))


def mso_paragraphs(body: str) -> str:
    out = []
    for line in body.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


def flowed(body: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft line breaks keep a trailing space, quote marks repeat."""
    out: list[str] = []
    for line in body.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        marks = re.match(r"^(>+ ?)?", line)
        prefix = marks.group(0) if marks else ""
        content = line[len(prefix) :].rstrip(" ")
        if content.startswith(("From ", " ")) and not prefix:
            content = " " + content
        if len(prefix) + len(content) <= width + 6:
            out.append(prefix + content)
            continue
        pieces = textwrap.wrap(
            content, width - len(prefix), break_long_words=False, break_on_hyphens=False
        )
        out.extend(prefix + piece + " " for piece in pieces[:-1])
        out.append(prefix + pieces[-1])
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


ENCODERS: Final = {"qp": email_charset.QP, "b64": email_charset.BASE64}


def body_charset(name: str, cte: str) -> email_charset.Charset:
    """A fresh Charset with the transfer encoding the client would choose."""
    charset = email_charset.Charset(name)
    charset.body_encoding = ENCODERS[cte]
    return charset


def text_part(body: str, *, subtype: str, charset: str, cte: str) -> Message:
    """A text part; "7bit"/"8bit" send the charset's bytes as they are, like many clients do."""
    encoded = body.encode(charset)  # raises if the hand-written text does not fit the charset
    if cte in ENCODERS:
        part = MIMENonMultipart("text", subtype)
        part.set_payload(body, body_charset(charset, cte))
        return part
    part = MIMENonMultipart("text", subtype, charset=charset)
    part.set_payload(encoded.decode("ascii", "surrogateescape"))
    part["Content-Transfer-Encoding"] = "7bit" if encoded.isascii() else "8bit"
    return part


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def header_text(value: str, *, charset: str, name: str = "Subject") -> str:
    """The header as the client encodes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    enc = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def address(who: tuple[str, str], charset: str) -> str:
    name, addr = who
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset=charset, name='From')} <{addr}>"


def display(who: tuple[str, str]) -> str:
    """An address as a client shows it in a quoted header block."""
    return f"{who[0]} <{who[1]}>" if who[0] else who[1]


def content_headers_last(msg: Message) -> None:
    """Put the MIME headers after the envelope headers, where clients write them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> list[Message]:
    payload = part.get_payload()
    if not isinstance(payload, list):
        return []
    return [p for p in payload if isinstance(p, Message)]


def strip_part_versions(part: Message, *, root: bool) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    for sub in subparts(part):
        strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


def boundary_for(key: str, *, style: str, n: int) -> str:
    raw = digest(key, f"boundary{n}")
    if style in {"gmail", "notice_gmail"}:
        return "000000000000" + raw.hex()[:16]
    if style in OUTLOOK_FAMILY or style == "exchange":
        return f"_00{n}_{b32(key, f'ms{n}', 36)}_"
    if style == "apple_html":
        return f"Apple-Mail={uuid_like(raw)}"
    return f"----=_Part_{number(key, f'part{n}', 10000, 99999)}_{number(key, f'seq{n}', 100000000, 999999999)}.{1797000000000 + number(key, f'ms{n}', 0, 9999999)}"


def finalize(msg: Message, *, key: str, style: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg, root=True)
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(boundary_for(key, style=style, n=n))
    return msg


# --------------------------------------------------------------------------------------------
# The quoted reminder, as the replying client has it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder seen from the replying client: text, subject, time and addresses."""

    body: str
    subject: str
    sent: datetime
    loc: str
    to: str
    charset: str

    @property
    def lang(self) -> str:
        return lang_of(self.loc)


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(
    *, lang: str, loc: str, inv: str, amt: str, dates: tuple[datetime, datetime]
) -> str:
    issued, due = (fmt(REMINDER_DATE[loc], loc=loc, dt=day) for day in dates)
    return REMINDER_BODY[lang].format(inv=inv, issued=issued, due=due, amt=amt)


def make_quote(r: Reply) -> Quote:
    sent = reminder_sent(r)
    amt = format_amount(r.balance, currency=r.cur, loc=r.reminder_loc)
    body = reminder_body(
        lang=r.reminder_lang,
        loc=r.reminder_loc,
        inv=r.invoice,
        amt=amt,
        dates=invoice_dates(r, sent),
    )
    return Quote(
        body=fits_charset(body, r.charset),
        subject=fits_charset(reminder_subject(r.reminder_lang, r.invoice), r.charset),
        sent=sent,
        loc=r.client_loc,
        to=display(r.who),
        charset=r.charset,
    )


def header_pairs(q: Quote, words: HeaderWords, when: str) -> list[tuple[str, str]]:
    return [
        (words.sender, f"{AR_NAME} <{AR_ADDR}>"),
        (words.sent, when),
        (words.to, q.to),
        (words.subject, q.subject),
    ]


def outlook_pairs(q: Quote) -> list[tuple[str, str]]:
    return header_pairs(q, OUTLOOK_WORDS[q.lang], fmt(OUTLOOK_SENT[q.loc], loc=q.loc, dt=q.sent))


def outlook_block(q: Quote) -> str:
    sep = OUTLOOK_WORDS[q.lang].sep
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_pairs(q))


def attribution(table: dict[str, str], q: Quote) -> str:
    return fits_charset(
        fmt(table[q.loc], loc=q.loc, dt=q.sent, name=AR_NAME, addr=AR_ADDR), q.charset
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------

HTML_LANG: Final = {
    "en": "EN-GB",
    "us": "EN-US",
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "nl": "NL",
    "it": "IT",
}
CONTENT_LANGUAGE: Final = {
    "en": "en-GB",
    "us": "en-US",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}


def plain(r: Reply, body: str, *, cte: str = "") -> Message:
    return text_part(body, subtype="plain", charset=r.charset, cte=cte or r.cte)


def markup(r: Reply, body: str) -> Message:
    return text_part(body, subtype="html", charset=r.charset, cte=r.cte)


def style_outlook(r: Reply, q: Quote) -> Message:
    divider = OUTLOOK_WORDS[q.lang].divider
    return plain(r, f"{r.body}\n\n{divider}\n{outlook_block(q)}\n\n{q.body}\n")


def style_outlook_new(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{'_' * 32}\n{outlook_block(q)}\n\n{q.body}\n")


def word_html(r: Reply, q: Quote) -> str:
    sep = OUTLOOK_WORDS[q.lang].sep.rstrip()
    head = "<br>\n".join(
        f'<b><span style="color:black">{html.escape(label + sep)}</span></b><span style="color:black"> {html.escape(value)}</span>'
        for label, value in outlook_pairs(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "a:link, span.MsoHyperlink {color:#467886; text-decoration:underline;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{HTML_LANG[q.loc]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{mso_paragraphs(r.body)}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container">\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt">{head}<o:p></o:p></p>\n</div>\n'
        f"{mso_paragraphs(q.body)}\n</div>\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text_version = f"{r.body}\n\n{outlook_block(q)}\n\n{q.body}\n"
    return alternative(plain(r, text_version), markup(r, word_html(r, q)))


def style_outlook_html_only(r: Reply, q: Quote) -> Message:
    return markup(r, word_html(r, q))


def style_owa(r: Reply, q: Quote) -> Message:
    sep = OUTLOOK_WORDS[q.lang].sep.rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label + sep)}</b> {html.escape(value)}"
        for label, value in outlook_pairs(q)
    )
    page = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{head}</font>\n'
        "<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paragraphs(q.body)}</div>\n</body>\n</html>\n"
    )
    text_version = f"{r.body}\n\n{'_' * 32}\n{outlook_block(q)}\n\n{q.body}\n"
    return alternative(plain(r, text_version), markup(r, page))


def style_android(r: Reply, q: Quote) -> Message:
    body = f"{r.body}\n\n{ANDROID_SIG[q.lang]}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.body}\n"
    return plain(r, body, cte="b64")


def gmail_divs(body: str) -> str:
    return "".join(
        f"<div>{html.escape(line, quote=False)}</div>" if line else "<div><br></div>"
        for line in body.split("\n")
    )


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = attribution(GMAIL_ATTR, q)
    text_version = f"{r.body}\n\n{attr}\n\n{quote_lines(q.body)}\n"
    page = (
        f'<div dir="ltr">{gmail_divs(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.body)}</blockquote></div>\n"
    )
    return alternative(plain(r, text_version), markup(r, page))


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{attribution(GMAIL_ATTR, q)}\n\n{quote_lines(q.body)}\n")


INLINE_MARK: Final = re.compile(r"^@@quote (\d+) (\d+)$")


def inline_lines(r: Reply, q: Quote) -> Iterator[str]:
    """`@@attr` and `@@quote a b` lines in the body stand for the attribution and reminder lines."""
    quoted = q.body.split("\n")
    for line in r.body.split("\n"):
        mark = INLINE_MARK.match(line)
        if line == "@@attr":
            yield attribution(GMAIL_ATTR, q)
        elif mark:
            yield quote_lines("\n".join(quoted[int(mark.group(1)) : int(mark.group(2))]))
        else:
            yield line


def style_inline(r: Reply, q: Quote) -> Message:
    return plain(r, "\n".join(inline_lines(r, q)) + "\n")


def style_bottom(r: Reply, q: Quote) -> Message:
    return plain(r, f"{attribution(GMAIL_ATTR, q)}\n\n{quote_lines(q.body)}\n\n{r.body}\n")


def style_apple(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{attribution(APPLE_ATTR, q)}\n\n{quote_lines(q.body)}\n")


def style_apple_html(r: Reply, q: Quote) -> Message:
    attr = attribution(APPLE_ATTR, q)
    page = (
        '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{gmail_divs(r.body)}<div><br><blockquote type="cite"><div>{html.escape(attr, quote=False)}</div>'
        f'<br class="Apple-interchange-newline"><div><div>{html_paragraphs(q.body)}</div></div></blockquote></div><br></body></html>\n'
    )
    text_version = f"{r.body}\n\n{attr}\n\n{quote_lines(q.body)}\n"
    return alternative(plain(r, text_version), markup(r, page))


def style_iphone(r: Reply, q: Quote) -> Message:
    quoted = quote_lines(f"{attribution(APPLE_ATTR, q)}\n\n{q.body}")
    return plain(r, f"{r.body}\n\n{IPHONE_SIG[q.lang]}\n\n{quoted}\n")


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fits_charset(fmt(THUNDERBIRD_ATTR[q.loc], loc=q.loc, dt=q.sent, name=AR_NAME), q.charset)
    part = plain(r, flowed(f"{r.body}\n\n{attr}\n{quote_lines(q.body)}\n"))
    part.set_param("format", "flowed")
    return part


def style_samsung(r: Reply, q: Quote) -> Message:
    words = SAMSUNG_WORDS[q.lang]
    when = fmt(SAMSUNG_DATE, loc=q.loc, dt=q.sent)
    block = "\n".join(f"{label}{words.sep}{value}" for label, value in header_pairs(q, words, when))
    return plain(
        r, f"{r.body}\n\n\n\n{SAMSUNG_SIG[q.lang]}\n\n\n{words.divider}\n{block}\n\n{q.body}\n"
    )


def style_notice(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return plain(r, r.body + "\n")


def notice_page(r: Reply) -> str:
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n{html_paragraphs(r.body)}\n</body></html>\n'
    )


def style_notice_html(r: Reply, q: Quote) -> Message:
    del q
    return markup(r, notice_page(r))


def style_notice_alt(r: Reply, q: Quote) -> Message:
    del q
    return alternative(plain(r, r.body + "\n"), markup(r, notice_page(r)))


STYLES: Final[dict[str, Callable[[Reply, Quote], Message]]] = {
    "outlook": style_outlook,
    "outlook_new": style_outlook_new,
    "outlook_html": style_outlook_html,
    "outlook_html_only": style_outlook_html_only,
    "owa": style_owa,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "inline": style_inline,
    "bottom": style_bottom,
    "apple": style_apple,
    "apple_html": style_apple_html,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "samsung": style_samsung,
    "notice": style_notice,
    "notice_html": style_notice_html,
    "notice_alt": style_notice_alt,
}
NOTICE_STYLES: Final = frozenset({"notice", "notice_html", "notice_alt"})
STYLE_HEADERS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C161)"),),
}
THUNDERBIRD_AGENT: Final = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"
)


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.lang] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(b"\x01\xdb" + digest(r.key, "thread-index")[:20]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, charset=r.charset, name="Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", CONTENT_LANGUAGE[q.loc]),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def client_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    if r.style == "thunderbird":
        extra.append(("User-Agent", THUNDERBIRD_AGENT))
    extra.extend(STYLE_HEADERS.get(r.style, ()))
    return [*extra, *r.headers]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    part = MIMEApplication(r.attach.data, r.attach.subtype)
    part.add_header("Content-Disposition", "attachment", filename=r.attach.filename)
    outer.attach(part)
    return outer


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = address(r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_text(reply_subject(r, q), charset=r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, style=r.style, addr=r.who[1])
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    for name, value in client_headers(r, q):
        msg[name] = value
    return finalize(msg, key=r.key, style=r.style)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
NO_AUTO_RESPONSE: Final = ("X-Auto-Response-Suppress", "All")
TRANSFER_PROOF: Final = Attachment(
    filename="justificante_transferencia_HP-204759.pdf",
    subtype="pdf",
    data=(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        b"3 0 obj<</Title(Justificante de transferencia 2.365,00 EUR)>>endobj\ntrailer<</Root 1 0 R/Info 3 0 R>>\n%%EOF\n"
    ),
)

PAYMENT_SENT: Final = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        loc="us",
        who=("Coupa Pay", "do_not_reply@riverbendusd.coupahost.example"),
        when="2026-12-16 14:03 -0800",
        style="notice_alt",
        threaded=False,
        subject="Remittance advice: payment ACH-0048812 from Riverbend Unified School District",
        headers=(AUTO_GENERATED,),
        inv="HP-204733",
        currency="USD",
        body=text(
            "Riverbend Unified School District has sent you a payment.",
            "",
            "Supplier: Harbourline Print Ltd",
            "Payment number: ACH-0048812",
            "Payment date: 12/16/2026",
            "Payment method: ACH",
            "Payment amount: 3,915.00 USD",
            "",
            "Invoices included in this payment:",
            "Invoice HP-204733 | PO 26-00417 | 3,915.00 USD",
            "",
            "Funds are normally available in your account within 1–2 business days of the payment date. Questions about this payment should be directed to accountspayable@riverbendusd.example.",
            "",
            "This is an automated message sent through the Coupa Business Spend Management platform. Please do not reply to this email.",
        ),
        facts=Facts(
            paid_date="2026-12-16",
            payment_reference="ACH-0048812",
            amount="3915.00",
            currency="USD",
            invoice_refs=["HP-204733"],
            note="Coupa remittance advice with Auto-Submitted: auto-generated; a payment sent, not an auto-reply",
        ),
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        who=("Kieran Doyle", "kieran@doylemcnamara-lettings.example"),
        when="2026-12-21 19:48 +0000",
        style="android",
        currency="EUR",
        body="done",
        facts=Facts(note="one lower-case word answering a payment reminder: paid; no date given"),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        who=("Harriet Lowe", "harriet.lowe@fenwickoutdoor.example"),
        when="2026-12-29 21:14 +0000",
        style="iphone",
        subject="Out of office until 4 Jan – re your reminder",
        amount="1126.80",
        lag=9,
        body=text(
            "Hi,",
            "",
            "I'm technically out of office until the 4th but this popped up on my phone, so I've just paid it through the card link on your invoice – £1,126.80, confirmation number HPP-88213-K.",
            "",
            "Can you make sure it's allocated to the Birmingham show stand and not the banners? They sit on different budget codes our end.",
            "",
            "Thanks",
            "Harriet",
        ),
        facts=Facts(
            paid_date="2026-12-29",
            payment_reference="HPP-88213-K",
            amount="1126.80",
            currency="GBP",
            note="a person's reply whose subject says 'out of office': paid by card just now, so the message date",
        ),
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        who=("Hausmann Drogeriemärkte Zahlungsavis", "zahlungsavis@hausmann-drogerie.example"),
        when="2026-12-17 06:12 +0100",
        style="notice",
        threaded=False,
        subject="Zahlungsavis 2026-118204 / Hausmann Drogeriemärkte GmbH",
        headers=(AUTO_GENERATED, ("X-Mailer", "Basware P2P Notification Service")),
        charset="iso-8859-1",
        inv="HP-204611",
        body=text(
            "Sehr geehrte Damen und Herren,",
            "",
            "wir haben heute folgende Zahlung zu Ihren Gunsten angewiesen:",
            "",
            "Avis-Nr.:          2026-118204",
            "Zahlungsdatum:     17.12.2026",
            "Zahlungsart:       SEPA-Überweisung",
            "Kreditor-Nr.:      700318",
            "",
            "Beleg          Belegdatum       Betrag EUR",
            "HP-204611      02.11.2026         3.006,20",
            "HP-204640      09.11.2026         2.206,20",
            "                                 ---------",
            "Summe                             5.212,40",
            "",
            "Bitte gleichen Sie die Angaben mit Ihren offenen Posten ab. Rückfragen richten Sie bitte unter Angabe der Avis-Nummer an unsere Kreditorenbuchhaltung.",
            "",
            "Diese Nachricht wurde automatisch über Basware erstellt. Antworten an diese Adresse werden nicht bearbeitet.",
            "",
            "Hausmann Drogeriemärkte GmbH · Sitz Kassel · Amtsgericht Kassel HRB 4417 · Geschäftsführung: Dr. Ulrich Brandes, Petra Sommer",
        ),
        facts=Facts(
            paid_date="2026-12-17",
            payment_reference="2026-118204",
            amount="5212.40",
            currency="EUR",
            invoice_refs=["HP-204611", "HP-204640"],
            note="Basware payment advice (ISO-8859-1) covering two invoices; the amount is the total paid",
        ),
    ),
    Reply(
        key="ps-de-2",
        intent="payment_sent",
        lang="de",
        who=("Sekretariat Goethe-Gymnasium", "sekretariat@goethe-gym-lindenau.example"),
        when="2026-12-16 11:32 +0100",
        style="outlook",
        charset="windows-1252",
        inv="HP-204902",
        body=text(
            "Sehr geehrte Damen und Herren,",
            "",
            "die Rechnung HP-204902 (Abizeitung 2027) wurde gestern vom Schulverwaltungsamt zur Zahlung angewiesen. Erfahrungsgemäß dauert es dann noch drei bis vier Werktage, bis das Geld bei Ihnen eingeht.",
            "",
            "Mit freundlichen Grüßen",
            "",
            "i. A. Monika Strauch",
            "Sekretariat",
            "Goethe-Gymnasium Lindenau",
            "Tel. 0341 555 2870",
        ),
        facts=Facts(
            paid_date="2026-12-15",
            invoice_refs=["HP-204902"],
            note="'gestern ... zur Zahlung angewiesen' by the school authority: sent on 15 Dec; the expected arrival is not a promise",
        ),
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        who=("Karim Benali", "karim.benali.resto@gmail.com"),
        when="2026-12-15 16:22 +0100",
        style="gmail_plain",
        body=text(
            "bonjour",
            "c est regle depuis vendredi par virement, ref VIR 7781 0293",
            "bonne journee",
            "Karim",
        ),
        facts=Facts(
            paid_date="2026-12-11",
            payment_reference="VIR 7781 0293",
            note="no accents or apostrophes; 'depuis vendredi' is past, so Fri 11 Dec",
        ),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        who=("Brigitte Morand", "tresorerie@amis-vieux-port.example"),
        when="2027-01-11 10:05 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="HP-204688",
        amount="1840.00",
        lag=6,
        body=text(
            "Bonjour,",
            "",
            "Je vous confirme que la facture HP-204688 (affiches et kakémonos du marché de Noël) a été réglée ce matin par chèque n° 0045127, d'un montant de 1 840,00 €, posté à votre adresse de Bristol.",
            "",
            "Veuillez nous excuser pour ce retard : le renouvellement du bureau de l'association en décembre a bloqué les signatures pendant quelques semaines.",
            "",
            "Bien cordialement,",
            "",
            "Brigitte Morand",
            "Trésorière",
            "Association Les Amis du Vieux-Port",
            "",
            "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.",
        ),
        facts=Facts(
            paid_date="2027-01-11",
            payment_reference="0045127",
            amount="1840.00",
            currency="EUR",
            invoice_refs=["HP-204688"],
            note="cheque posted this morning: sent, dated the message day",
        ),
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        who=("Lucía Ferrer Soler", "lferrer@ferrersoler-expo.example"),
        when="2027-01-14 12:47 +0100",
        style="outlook_new",
        cte="b64",
        inv="HP-204759",
        amount="2365.00",
        attach=TRANSFER_PROOF,
        body=text(
            "Buenos días:",
            "",
            "Os adjunto el justificante de la transferencia de 2.365,00 € correspondiente a la factura HP-204759 (roll-ups y trasera del stand para la feria de Valencia). Se emitió ayer desde nuestra cuenta de empresa, así que debería llegaros en uno o dos días.",
            "",
            "Un saludo,",
            "",
            "Lucía Ferrer",
            "Dpto. de Marketing",
            "Ferrer Soler Exposiciones, S.L.",
            "Tel. 963 555 214",
            "",
            "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, le rogamos que lo comunique al remitente y lo elimine.",
        ),
        facts=Facts(
            paid_date="2027-01-13",
            amount="2365.00",
            currency="EUR",
            invoice_refs=["HP-204759"],
            note="transfer issued 'ayer' (13 Jan) with a PDF proof attached; body in base64",
        ),
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        who=("Andrés Villalba", "andres@inmovillalba.example"),
        when="2026-12-14 18:05 +0100",
        style="iphone",
        body=text(
            "Hola, esa factura ya está pagada, ¿no os ha llegado? La pagamos el 30 de noviembre junto con la de los carteles de Se Vende. Miradlo bien porque me extraña.",
            "",
            "Andrés",
        ),
        facts=Facts(
            paid_date="2026-11-30",
            note="states it was paid on 30 Nov and asks whether it arrived: payment_sent, not a question for 'other'",
        ),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        who=("Administratie Het Baken", "administratie@hetbaken-college.example"),
        when="2026-12-21 10:20 +0100",
        style="outlook",
        inv="HP-204801",
        amount="687.50",
        body=text(
            "Goedemorgen,",
            "",
            "Factuur HP-204801 (drukwerk open dag) is op 18-12 door ons voldaan. Bedrag € 687,50, betalingskenmerk 2026-SCH-0412.",
            "",
            "Met vriendelijke groet,",
            "",
            "Femke de Wit",
            "Financiële administratie",
            "Het Baken College",
            "",
            "Aan dit bericht kunnen geen rechten worden ontleend. Het Baken College maakt deel uit van Stichting Onderwijs Rivierenland.",
        ),
        facts=Facts(
            paid_date="2026-12-18",
            payment_reference="2026-SCH-0412",
            amount="687.50",
            currency="EUR",
            invoice_refs=["HP-204801"],
        ),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        who=("Bas Hoekstra", "bas@hoekstrafietsen.example"),
        when="2027-01-07 08:15 +0100",
        style="iphone",
        body=text("Niet meer nodig, heb het gisteren al overgemaakt.", "Gr Bas"),
        facts=Facts(
            paid_date="2027-01-06",
            note="'niet meer nodig' refers to the reminder, not a stop request; transferred yesterday (6 Jan)",
        ),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        who=("Amministrazione Ferraris Calzature", "amministrazione@ferraris-calzature.example"),
        when="2026-12-18 15:40 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="HP-204690",
        amount="1274.00",
        body=text(
            "Buongiorno,",
            "",
            "vi informiamo che in data odierna abbiamo disposto il bonifico SEPA a saldo della fattura HP-204690 (espositori vetrine Natale), importo € 1.274,00, CRO 1101263540012874.",
            "",
            "Cordiali saluti",
            "",
            "Giulia Ferrante",
            "Ufficio Amministrazione",
            "Ferraris Calzature S.p.A.",
            "",
            "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Ai sensi del Regolamento UE 2016/679 (GDPR), se avete ricevuto questa e-mail per errore vi preghiamo di cancellarla e di darcene comunicazione.",
        ),
        facts=Facts(
            paid_date="2026-12-18",
            payment_reference="1101263540012874",
            amount="1274.00",
            currency="EUR",
            invoice_refs=["HP-204690"],
            note="'in data odierna abbiamo disposto il bonifico': sent today",
        ),
    ),
]

PROMISE_TO_PAY: Final = [
    Reply(
        key="pp-en-1",
        intent="promise_to_pay",
        lang="en",
        loc="us",
        who=("Dana Whitcombe", "dwhitcombe@lakeshore-outdoor.example"),
        when="2026-12-15 10:41 -0600",
        style="outlook_html",
        body=text(
            "Hi there,",
            "",
            "This one's been approved – it'll go out in Friday's check run. Please allow 5-7 business days for the mail.",
            "",
            "Thanks,",
            "Dana",
            "",
            "Dana Whitcombe | Accounts Payable",
            "Lakeshore Outdoor Equipment Co.",
            "(312) 555-0148",
        ),
        facts=Facts(
            promised_date="2026-12-18",
            note="'Friday's check run' written on Tue 15 Dec → Fri 18 Dec; the postal delay is not part of the date",
        ),
    ),
    Reply(
        key="pp-en-2",
        intent="promise_to_pay",
        lang="en",
        who=("Tungsten Network", "notifications@tungsten-network.example"),
        when="2026-12-22 03:10 +0000",
        style="notice_html",
        threaded=False,
        subject="Invoice HP-204855 approved for payment – Carrow & Finch Retail Ltd",
        headers=(AUTO_GENERATED,),
        inv="HP-204855",
        body=text(
            "Dear Harbourline Print Ltd,",
            "",
            "The following invoice submitted to Carrow & Finch Retail Ltd has been approved and scheduled for payment.",
            "",
            "Invoice number: HP-204855",
            "Invoice date: 16/11/2026",
            "Invoice amount: GBP 2,094.00",
            "Status: Approved – scheduled for payment",
            "Scheduled payment date: 08/01/2027",
            "",
            "You can view the status of all your invoices to Carrow & Finch Retail Ltd by logging in to your Tungsten Network account.",
            "",
            "This email was generated automatically. Please do not reply.",
        ),
        facts=Facts(
            promised_date="2027-01-08",
            amount="2094.00",
            currency="GBP",
            invoice_refs=["HP-204855"],
            note="AP-system notice, HTML only: 'approved and scheduled' for a future date is a promise, not a payment sent",
        ),
    ),
    Reply(
        key="pp-en-3",
        intent="promise_to_pay",
        lang="en",
        loc="us",
        who=("Tony Russo", "tony.russo.pizza@gmail.com"),
        when="2026-12-31 23:40 -0800",
        style="gmail",
        body=text(
            "Hey – sorry, crazy month. I'll pay it online tomorrow first thing, you have my word.",
            "",
            "Happy New Year to you guys",
            "Tony",
            "Russo's Pizzeria (Sacramento franchise)",
        ),
        facts=Facts(
            promised_date="2027-01-01",
            note="sent 23:40 on 31 Dec in California (already 1 Jan in UTC): 'tomorrow' is 1 Jan in the sender's zone",
        ),
    ),
    Reply(
        key="pp-de-1",
        intent="promise_to_pay",
        lang="de",
        who=("Jana Oltmanns", "j.oltmanns@nordlicht-messebau.example"),
        when="2026-12-18 14:02 +0100",
        style="thunderbird",
        cte="8bit",
        body=text(
            "Hallo zusammen,",
            "",
            "die Rechnung ist inzwischen freigegeben und geht mit unserem nächsten Zahllauf in KW 2 raus. Vorher läuft bei uns wegen der Betriebsferien leider nichts mehr.",
            "",
            "Viele Grüße",
            "Jana Oltmanns",
            "",
            "-- ",
            "Nordlicht Messebau GmbH | Marketing & Events",
            "Am Speicher 7, 28217 Bremen",
            "Geschäftsführer: Heiko Brandt | Amtsgericht Bremen HRB 30917",
        ),
        facts=Facts(
            promised_date="2027-01-11",
            note="'in KW 2' = ISO week 2 of 2027 → its Monday, 11 Jan (the same rule as 'next week' → Monday)",
        ),
    ),
    Reply(
        key="pp-de-2",
        intent="promise_to_pay",
        lang="de",
        who=("Jens Petersen", "jens.petersen@backstube-petersen.example"),
        when="2027-01-07 07:12 +0100",
        style="samsung",
        body=text(
            "Moin,",
            "zahl ich am 15., da kommt das Geld von der Weihnachtsaktion rein. Vorher geht's nicht.",
            "Gruß Jens",
        ),
        facts=Facts(
            promised_date="2027-01-15",
            note="'am 15.' written on 7 Jan → 15 Jan; a dated commitment, not a request for more time",
        ),
    ),
    Reply(
        key="pp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        who=("Agence Dumas Immobilier", "compta@dumas-immobilier.example"),
        when="2026-12-15 09:50 +0100",
        style="outlook",
        charset="iso-8859-1",
        cte="8bit",
        body=text(
            "Bonjour,",
            "",
            "Nous réglerons cette facture en fin de mois, avec l'ensemble de nos fournisseurs.",
            "",
            "Cordialement,",
            "",
            "Sandrine Dumas",
            "Agence Dumas Immobilier",
            "14, cours Mirabeau - 13100 Aix-en-Provence",
            "Carte professionnelle CPI 1310 2026 000 045 671",
        ),
        facts=Facts(
            promised_date="2026-12-31", note="'en fin de mois' on 15 Dec → 31 Dec; 8-bit ISO-8859-1"
        ),
    ),
    Reply(
        key="pp-fr-2",
        intent="promise_to_pay",
        lang="fr",
        who=("Hélène Vasseur", "h.vasseur@secours-des-dunes.example"),
        when="2026-12-22 17:31 +0100",
        style="apple",
        body=text(
            "Bonjour Madame, bonjour Monsieur,",
            "",
            "Toutes nos dépenses de décembre sont suspendues à la signature de notre nouvelle présidente, qui n'interviendra qu'après les fêtes. Le virement partira début janvier, c'est promis.",
            "",
            "Avec nos excuses et nos meilleurs vœux,",
            "",
            "Hélène Vasseur",
            "Secrétaire générale – Association Le Secours des Dunes",
        ),
        facts=Facts(
            note="a firm promise of the whole amount; 'début janvier' is too vague to pin to a date"
        ),
    ),
    Reply(
        key="pp-es-1",
        intent="promise_to_pay",
        lang="es",
        who=("Restaurante Casa Olmedo", "reservas@casaolmedo.example"),
        when="2026-12-17 23:55 +0100",
        style="gmail_plain",
        body=text(
            "Hola, perdonad el retraso. Estamos a tope con las cenas de empresa y no me da la vida. En cuanto pasen las fiestas os hago la transferencia de todo.",
            "Un saludo,",
            "Paco",
        ),
        facts=Facts(note="'en cuanto pasen las fiestas' cannot be pinned to a date"),
    ),
    Reply(
        key="pp-es-2",
        intent="promise_to_pay",
        lang="es",
        who=("Administración Colegio San Telmo", "administracion@colegiosantelmo.example"),
        when="2027-01-11 12:15 +0100",
        style="outlook_html",
        inv="HP-204928",
        body=text(
            "Buenos días:",
            "",
            "Les informamos de que la factura HP-204928 ya ha sido aprobada por la dirección y ha quedado programada para el pago del día 20.",
            "",
            "Atentamente,",
            "",
            "Mercedes Ibáñez",
            "Administración",
            "Colegio San Telmo",
            "",
            "Este correo electrónico y, en su caso, cualquier fichero anexo contienen información confidencial dirigida exclusivamente a su destinatario. En cumplimiento del RGPD, le informamos de que sus datos forman parte de un fichero cuyo responsable es el Colegio San Telmo.",
        ),
        facts=Facts(
            promised_date="2027-01-20",
            invoice_refs=["HP-204928"],
            note="past-tense 'ha sido aprobada ... ha quedado programada' announces a payment on the 20th",
        ),
    ),
    Reply(
        key="pp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        who=("Sanne Kuipers", "sanne@kuipersmakelaardij.example"),
        when="2026-12-16 13:27 +0100",
        style="iphone",
        body=text(
            "Hoi, ik maak het volgende week over, had het even niet meer op het netvlies. Sorry!",
            "",
            "Groet, Sanne",
        ),
        facts=Facts(promised_date="2026-12-21", note="'volgende week' → Monday of next week"),
    ),
    Reply(
        key="pp-it-1",
        intent="promise_to_pay",
        lang="it",
        who=("Roberto Sala", "r.sala@salaexpo-eventi.example"),
        when="2026-12-14 16:48 +0100",
        style="owa",
        body=text(
            "Buonasera,",
            "",
            "salvo imprevisti il bonifico parte venerdì: aspettiamo solo la firma del direttore amministrativo, che rientra giovedì.",
            "",
            "Cordiali saluti",
            "Roberto Sala",
            "Sala Expo & Eventi S.r.l.",
        ),
        facts=Facts(
            promised_date="2026-12-18",
            note="hedged ('salvo imprevisti') but dated: 'venerdì' after Mon 14 Dec → Fri 18 Dec; the director's return is not the date",
        ),
    ),
    Reply(
        key="pp-it-2",
        intent="promise_to_pay",
        lang="it",
        who=("Chiara Lombardi", "chiara.lombardi82@gmail.com"),
        when="2027-01-12 21:06 +0100",
        style="gmail",
        body=text(
            "Buonasera, scusate il ritardo, domattina faccio il bonifico dall'home banking.",
            "",
            "Chiara",
            "Trattoria Da Nonna Pina",
        ),
        facts=Facts(promised_date="2027-01-13", note="'domattina' (tomorrow morning) → 13 Jan"),
    ),
]

DISPUTE: Final = [
    Reply(
        key="dp-en-1",
        intent="dispute",
        lang="en",
        who=("Marcus Adeyemi", "marcus.adeyemi@brightwell-solar.example"),
        when="2026-12-14 08:58 +0000",
        style="outlook_new",
        body=text(
            "We have NOT paid this and we won't be paying it. The two pull-up banners and the backdrop for the Manchester show never arrived. Your courier's tracking says \"delivered\" at 07:12 on the opening day, but nobody on our stand signed for anything and we ended up printing emergency posters at a copy shop round the corner.",
            "",
            "I raised this with your customer services team on the 3rd and I'm still waiting for an answer.",
            "",
            "Marcus Adeyemi",
            "Marketing Manager, Brightwell Solar",
            "",
            "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Brightwell Solar Ltd, registered in England and Wales no. 09876543.",
        ),
        facts=Facts(note="negated payment ('have NOT paid') with the reason: goods never received"),
    ),
    Reply(
        key="dp-en-2",
        intent="dispute",
        lang="en",
        who=("Pippa Langley", "pippa@langleyandhart.example"),
        when="2027-01-06 16:33 +0000",
        style="gmail",
        inv="HP-204790",
        lag=14,
        body=text(
            "Hi,",
            "",
            "Happy new year! Hope you all had a good break – we were shut from the 23rd and I've come back to 400 emails, so apologies if this reads like a stream of consciousness.",
            "",
            "First, thank you for getting the window cards out so quickly before Christmas, they look great and Tom in the Clifton office was really pleased with the new lettings layout. We'll definitely be ordering the spring set from you in February, probably the same spec but with a matt laminate rather than gloss because of the glare in the afternoons.",
            "",
            "On the reminder though. HP-204781 (the window cards) we paid on the 18th, so that one should be clear. The one you're chasing, HP-204790, is the For Sale and To Let boards, and I'm afraid we can't pay it as it stands: all 60 boards came through with the old Clifton phone number on them, the one we gave up when we moved in October. The proof we signed off had the right number – I've still got it – so somewhere between the proof and the press it went wrong. We've had to put stickers over 40 of them to get them up at all and the rest are sitting in my garage.",
            "",
            "So what we need is either the boards reprinted with the right number at your cost, or a credit for HP-204790. Once that's sorted I'm happy to settle straight away.",
            "",
            "Oh, and could you update our delivery address to the new office on Whiteladies Road? Kate thinks the last parcel went to the old one first.",
            "",
            "Thanks,",
            "Pippa",
            "",
            "Pippa Langley",
            "Office Manager | Langley & Hart Estate Agents",
            "0117 496 0712",
        ),
        facts=Facts(
            invoice_refs=["HP-204790", "HP-204781"],
            note="long reply that buries the point: the chased invoice is disputed (misprinted boards); the payment mentioned is of another invoice",
        ),
    ),
    Reply(
        key="dp-en-3",
        intent="dispute",
        lang="en",
        who=("Accounts Payable – Pennington Home Stores", "ap@penningtonhome.example"),
        when="2026-12-17 11:06 +0000",
        style="outlook",
        inv="HP-204866",
        body=text(
            "Good morning,",
            "",
            "HP-204866 appears to be a duplicate of HP-204712, which was paid on 20 November (remittance PHS-55120). Both invoices quote our PO 4500183392 for 2,000 A3 shelf-edge posters, and we only placed that order once.",
            "",
            "Please cancel HP-204866 or issue a credit note so we can close it on our side.",
            "",
            "Regards",
            "",
            "Accounts Payable",
            "Pennington Home Stores Ltd",
        ),
        facts=Facts(
            invoice_refs=["HP-204866", "HP-204712"],
            note="duplicate billing; the payment and its reference belong to the earlier invoice, so no payment fields",
        ),
    ),
    Reply(
        key="dp-de-1",
        intent="dispute",
        lang="de",
        who=("Karin Wendt", "k.wendt@realschule-am-park.example"),
        when="2026-12-15 12:40 +0100",
        style="outlook_html",
        charset="windows-1252",
        inv="HP-204877",
        body=text(
            "Sehr geehrte Damen und Herren,",
            "",
            "mit der Rechnung HP-204877 sind wir nicht einverstanden. Bestellt hatten wir 500 Schulplaner, geliefert und berechnet wurden 650. Die 150 zusätzlichen Exemplare haben wir weder bestellt noch brauchen wir sie – sie stehen im Sekretariat zur Abholung bereit.",
            "",
            "Bitte schicken Sie uns eine korrigierte Rechnung über 500 Stück. Den richtigen Betrag überweisen wir dann umgehend.",
            "",
            "Mit freundlichen Grüßen",
            "Karin Wendt",
            "Sekretariat der Realschule am Park",
        ),
        facts=Facts(
            invoice_refs=["HP-204877"],
            note="wrong quantity; the corrected-invoice request and the conditional payment follow from the dispute",
        ),
    ),
    Reply(
        key="dp-de-2",
        intent="dispute",
        lang="de",
        who=("Tobias Krämer", "t.kraemer@kraemer-feinkost.example"),
        when="2027-01-04 10:17 +0100",
        style="gmail",
        body=text(
            "Hallo,",
            "",
            "solange die Reklamation zur beschädigten Leuchtreklame (Ihr Ticket 33817 vom 10.12.) nicht erledigt ist, zahlen wir diese Rechnung nicht. Das Schild kam mit gesprungener Acrylfront an, Fotos liegen Ihren Kollegen vor.",
            "",
            "Sobald das Ersatzteil montiert ist, geht das Geld raus.",
            "",
            "Gruß",
            "Tobias Krämer",
            "Krämer Feinkost & Bistro",
        ),
        facts=Facts(
            note="'we won't pay until the complaint is settled': damaged goods; the later payment is conditional"
        ),
    ),
    Reply(
        key="dp-fr-1",
        intent="dispute",
        lang="fr",
        who=("Laurent Pichon", "l.pichon@groupe-bistrots-lyon.example"),
        when="2026-12-16 15:22 +0100",
        style="outlook_html",
        inv="HP-204744",
        body=text(
            "Bonjour,",
            "",
            "Le devis que nous avons validé (D-2026-311) était de 1 250,00 € HT pour 3 000 menus pliés. Votre facture HP-204744 nous compte 1 480,00 € HT pour la même quantité, sans explication.",
            "",
            "Merci de nous faire parvenir un avoir ou une facture rectifiée au prix du devis. Nous ne pouvons pas la passer en l'état.",
            "",
            "Cordialement,",
            "",
            "Laurent Pichon",
            "Responsable achats – Les Bistrots Lyonnais",
            "04 72 55 18 30",
        ),
        facts=Facts(
            invoice_refs=["HP-204744"],
            note="price above the agreed quote; asks for a credit note or a corrected invoice",
        ),
    ),
    Reply(
        key="dp-fr-2",
        intent="dispute",
        lang="fr",
        who=("Nadia Chaouch", "nadia.chaouch@maisonlumen-avignon.example"),
        when="2027-01-08 18:41 +0100",
        style="iphone",
        body=text(
            "Bonsoir,",
            "Cette facture a déjà fait l'objet d'un avoir (AV-2026-118) après l'erreur de couleur sur les vitrophanies, votre commercial me l'a confirmé par écrit. Elle n'est donc plus due. Merci de mettre votre compte à jour.",
            "Nadia",
            "Maison Lumen – franchise Avignon",
        ),
        facts=Facts(note="already credited: the customer says nothing is owed"),
    ),
    Reply(
        key="dp-es-1",
        intent="dispute",
        lang="es",
        who=("Departamento de Compras", "compras@mueblesarganda.example"),
        when="2026-12-18 09:35 +0100",
        style="outlook",
        charset="iso-8859-1",
        inv="HP-204812",
        body=text(
            "Buenos días:",
            "",
            "Hemos revisado la factura HP-204812 y no corresponde a ningún pedido nuestro. El número de pedido que figura en ella (PO 88412) no sigue nuestra numeración; los nuestros empiezan siempre por MA-. Tampoco nos consta haber recibido esos vinilos en ninguna de nuestras tiendas.",
            "",
            "Les rogamos que lo revisen y anulen la factura.",
            "",
            "Saludos cordiales,",
            "",
            "Eva Montoro",
            "Departamento de Compras",
            "Muebles Arganda, S.A.",
        ),
        facts=Facts(
            invoice_refs=["HP-204812"],
            note="'not our PO' and goods not received: the customer contests the charge, so dispute rather than wrong_contact",
        ),
    ),
    Reply(
        key="dp-nl-1",
        intent="dispute",
        lang="nl",
        who=("Ruud Verhoeven", "ruud@verhoeven-makelaars.example"),
        when="2027-01-12 11:03 +0100",
        style="outlook_new",
        inv="HP-204935",
        body=text(
            "Goedemorgen,",
            "",
            "Op factuur HP-204935 staat naast de gevelletters ook 'montage op locatie' à € 450,00. Die montage is nooit uitgevoerd: de letters zijn alleen afgeleverd en wij hebben ze zelf laten ophangen.",
            "",
            "Wij betalen dus niet de volledige factuur. Graag een creditnota voor de montage, dan maken we het restant over.",
            "",
            "Met vriendelijke groet,",
            "Ruud Verhoeven",
            "Verhoeven Makelaars o.g.",
        ),
        facts=Facts(
            invoice_refs=["HP-204935"],
            note="installation billed but never done; paying the rest depends on a credit note",
        ),
    ),
    Reply(
        key="dp-nl-2",
        intent="dispute",
        lang="nl",
        who=("Ilse Jansen", "ilse.jansen@dekoffiebranderij.example"),
        when="2026-12-22 14:50 +0100",
        style="gmail_plain",
        body=text(
            "Hallo,",
            "",
            "Het deel voor de menukaarten hebben we vorige week al betaald (€ 812,00). Maar de posters kloppen niet: we hadden A1 besteld en er zijn A2's geleverd. Dat deel betalen we pas als de juiste posters er zijn.",
            "",
            "Groetjes,",
            "Ilse",
            "De Koffiebranderij",
        ),
        facts=Facts(
            note="part paid, the rest disputed (wrong size): the dispute wins for the disputed part; no payment fields"
        ),
    ),
    Reply(
        key="dp-it-1",
        intent="dispute",
        lang="it",
        who=("Marco Esposito", "marco@osteriadelporto-na.example"),
        when="2026-12-21 11:55 +0100",
        style="samsung",
        body=text(
            "Buongiorno, gli striscioni per la terrazza sono arrivati strappati in due punti e con gli occhielli storti, non si possono montare. Ho mandato le foto al vostro commerciale giovedì. Finché non ci mandate quelli nuovi questa fattura non la paghiamo.",
            "Marco Esposito",
            "Osteria del Porto",
        ),
        facts=Facts(note="damaged goods; payment withheld until they are replaced"),
    ),
    Reply(
        key="dp-it-2",
        intent="dispute",
        lang="it",
        who=("Davide Conti", "davide.conti.ottica@gmail.com"),
        when="2027-01-05 17:20 +0100",
        style="gmail",
        inv="HP-204843",
        body=text(
            "Scusate ma perche ci fatturate 35 euro di consegna sulla HP-204843 se i pannelli siamo venuti a ritirarli noi in negozio?? Lo avevamo pure scritto sull'ordine.",
            "Togliete la consegna e rimandate la fattura giusta, poi la paghiamo.",
            "Davide",
        ),
        facts=Facts(
            invoice_refs=["HP-204843"],
            note="phrased as a question but contests a delivery charge; missing accents",
        ),
    ),
]

PAYMENT_PLAN: Final = [
    Reply(
        key="pl-en-1",
        intent="payment_plan",
        lang="en",
        who=("Alison Marsh", "alison.marsh@stcolumbas-foodbank.example"),
        when="2026-12-17 13:12 +0000",
        style="outlook_html",
        amount="1260.00",
        body=text(
            "Dear Harbourline team,",
            "",
            "Thank you for your patience with us. I'm afraid our Christmas appeal came in well short of what we'd hoped, and with demand at the food bank higher than ever we simply don't have £1,260 available in one go at the moment.",
            "",
            "Would you be willing to let us pay £315 a month over four months, starting in January? I can set up a standing order as soon as you confirm.",
            "",
            "With warm wishes and thanks,",
            "",
            "Alison Marsh",
            "Trustee and Treasurer",
            "St Columba's Community Food Bank",
            "Registered charity no. 1187745",
        ),
        facts=Facts(
            note="charity hardship and a monthly instalment proposal; plan dates and amounts are not labelled"
        ),
    ),
    Reply(
        key="pl-en-2",
        intent="payment_plan",
        lang="en",
        who=("Jade Okafor", "jade@okaforbeauty.example"),
        when="2027-01-08 12:30 +0000",
        style="iphone",
        body="can we do half now and half in feb? january's a killer",
        facts=Facts(note="one-line split request; 'half now' is a proposal, not a payment"),
    ),
    Reply(
        key="pl-en-3",
        intent="payment_plan",
        lang="en",
        who=("Sean Gallagher", "sean@thesaltbox-kitchen.example"),
        when="2026-12-23 22:47 +0000",
        style="gmail",
        amount="1485.00",
        body=text(
            "Hi,",
            "",
            "I'll be straight with you. December has been the worst month we've had since we opened – the road works outside closed the street to cars for three weeks and half our Christmas bookings cancelled. I've had to let two staff go.",
            "",
            "The menus and the window vinyls were great and I'm not disputing any of it. But I can't find £1,485 right now. Would you accept £900 in full and final settlement? I could pay that by the end of January. If not, I'd have to ask for more time on the full amount.",
            "",
            "Sorry to be writing this two days before Christmas.",
            "",
            "Sean Gallagher",
            "The Saltbox Kitchen",
        ),
        facts=Facts(
            note="asks for a reduced settlement or more time; 'by the end of January' belongs to the proposal, not a promise; not a dispute ('not disputing any of it')",
        ),
    ),
    Reply(
        key="pl-de-1",
        intent="payment_plan",
        lang="de",
        who=("Stefan Albrecht", "s.albrecht@albrecht-gartentechnik.example"),
        when="2026-12-14 09:44 +0100",
        style="outlook_html",
        charset="windows-1252",
        body=text(
            "Guten Morgen,",
            "",
            "die Messe in Erfurt ist für uns leider deutlich schlechter gelaufen als erwartet, und die Rechnung für den Stand trifft uns jetzt zur Unzeit.",
            "",
            "Wäre es möglich, den Betrag in drei Monatsraten zu begleichen, jeweils zum 15. von Januar bis März? Über eine kurze Bestätigung würde ich mich freuen.",
            "",
            "Mit freundlichen Grüßen",
            "Stefan Albrecht",
            "Geschäftsführer",
            "Albrecht Gartentechnik GmbH & Co. KG",
        ),
        facts=Facts(note="instalment request; the proposed instalment dates are not promises"),
    ),
    Reply(
        key="pl-de-2",
        intent="payment_plan",
        lang="de",
        who=("Kinderhilfe Oberland e.V.", "kasse@kinderhilfe-oberland.example"),
        when="2027-01-13 19:02 +0100",
        style="gmail",
        body=text(
            "Sehr geehrte Damen und Herren,",
            "",
            "wir sind ein kleiner, rein ehrenamtlich geführter Verein. Die Zuschüsse der Gemeinde für 2027 werden erst im Februar ausgezahlt. Wir bitten deshalb höflich um Zahlungsaufschub bis Ende Februar.",
            "",
            "Mit freundlichen Grüßen",
            "Renate Huber",
            "Kassenwartin, Kinderhilfe Oberland e. V.",
        ),
        facts=Facts(
            note="asks for a deferral to the end of February; a requested date is not a promise"
        ),
    ),
    Reply(
        key="pl-fr-1",
        intent="payment_plan",
        lang="fr",
        who=("Julien Marchetti", "julien@lapetitecantine-nantes.example"),
        when="2026-12-28 11:18 +0100",
        style="outlook",
        body=text(
            "Bonjour,",
            "",
            "Nous traversons une période compliquée (travaux du tram devant le restaurant depuis septembre). Serait-il possible de régler cette facture en trois fois, sur janvier, février et mars ? Je peux vous envoyer les trois chèques datés dès votre accord.",
            "",
            "Merci de votre compréhension,",
            "Julien Marchetti",
            "La Petite Cantine",
        ),
        facts=Facts(
            note="payment in three instalments; the cheques are offered only once the plan is agreed"
        ),
    ),
    Reply(
        key="pl-es-1",
        intent="payment_plan",
        lang="es",
        who=("AMPA CEIP Los Almendros", "ampa.losalmendros@gmail.com"),
        when="2026-12-15 20:10 +0100",
        style="gmail",
        body=text(
            "Hola:",
            "",
            "Os escribimos desde la AMPA del colegio. Las camisetas y los carteles de la fiesta de Navidad salieron más caros de lo que habíamos previsto y la cuota de las familias no entra hasta enero. ¿Podríamos fraccionar el pago en dos plazos, uno en enero y otro en febrero?",
            "",
            "Muchas gracias,",
            "Rocío, tesorera de la AMPA",
        ),
        facts=Facts(
            note="parents' association asks to split the bill in two; months proposed, nothing promised"
        ),
    ),
    Reply(
        key="pl-es-2",
        intent="payment_plan",
        lang="es",
        who=("Álvaro Cuesta", "alvaro@cuestasport.example"),
        when="2027-01-04 13:39 +0100",
        style="iphone",
        body=text(
            "Buenas, si nos dejáis pagarla en dos veces os hago hoy mismo la primera transferencia y la segunda a final de mes. Decidme algo.",
            "Álvaro",
        ),
        facts=Facts(
            note="conditional: nothing is paid until the split is accepted; payment_plan, not a promise"
        ),
    ),
    Reply(
        key="pl-nl-1",
        intent="payment_plan",
        lang="nl",
        who=("Marieke Smit", "marieke@smitbloemen.example"),
        when="2026-12-16 10:25 +0100",
        style="outlook_html",
        body=text(
            "Goedemorgen,",
            "",
            "Door een waterschade in de winkel hebben we een paar weken dicht gezeten en dat merken we nu flink. Zou een betalingsregeling mogelijk zijn? Ik denk aan € 250 per maand tot het bedrag voldaan is.",
            "",
            "Met vriendelijke groet,",
            "Marieke Smit",
            "Smit Bloemen – franchisevestiging Zwolle",
        ),
        facts=Facts(note="hardship and a monthly instalment proposal"),
    ),
    Reply(
        key="pl-nl-2",
        intent="payment_plan",
        lang="nl",
        who=("Gert-Jan Mulder", "gj.mulder@mulderevents.example"),
        when="2027-01-05 15:44 +0100",
        style="thunderbird",
        cte="8bit",
        amount="1240.00",
        body=text(
            "Goedemiddag,",
            "",
            "Ik heb zojuist € 500,00 overgemaakt. De rest (€ 740,00) wil ik eind januari betalen, als jullie daarmee akkoord gaan.",
            "",
            "Groet,",
            "Gert-Jan Mulder",
            "Mulder Events & Beurzen",
        ),
        facts=Facts(
            note="part paid now and the rest later subject to agreement: payment_plan; payment fields left empty"
        ),
    ),
    Reply(
        key="pl-it-1",
        intent="payment_plan",
        lang="it",
        who=("Francesca Greco", "francesca@grecoimmobiliare.example"),
        when="2026-12-22 09:08 +0100",
        style="android",
        body=text("Buongiorno, possiamo rateizzare? Tre rate andrebbero bene. Grazie", "Francesca"),
        facts=Facts(note="short instalment request from a phone"),
    ),
    Reply(
        key="pl-it-2",
        intent="payment_plan",
        lang="it",
        who=("Associazione Il Faro ODV", "segreteria@ilfaro-odv.example"),
        when="2027-01-14 11:30 +0100",
        style="outlook_html",
        body=text(
            "Gentili signori,",
            "",
            "vi scriviamo in merito al sollecito ricevuto. La nostra associazione è in attesa dell'erogazione del contributo regionale per il 2026, che ha subito ritardi. Vi chiediamo cortesemente una proroga di 60 giorni per il pagamento della fattura.",
            "",
            "Ringraziando per la disponibilità, porgiamo cordiali saluti.",
            "",
            "Paola Rinaldi",
            "Segreteria – Associazione Il Faro ODV",
            "",
            "Ai sensi del Regolamento UE 2016/679, le informazioni contenute nella presente comunicazione sono riservate e destinate esclusivamente al destinatario indicato.",
        ),
        facts=Facts(note="charity asks for 60 more days; no date committed"),
    ),
]

INVOICE_REQUEST: Final = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        who=("Tungsten Network", "no-reply@tungsten-network.example"),
        when="2026-12-15 02:44 +0000",
        style="notice_alt",
        threaded=False,
        subject="Invoice HP-204829 rejected by Oakridge Garden Centres Ltd",
        headers=(AUTO_GENERATED,),
        inv="HP-204829",
        body=text(
            "Dear Supplier,",
            "",
            "Your invoice has been rejected by Oakridge Garden Centres Ltd and will not be paid in its current form.",
            "",
            "Invoice number: HP-204829",
            "Rejection reason: Purchase order number missing or invalid",
            "Buyer comment: All invoices must quote a valid Oakridge PO (format OGC-PO-nnnnnn). Please resubmit with the PO supplied by the ordering branch.",
            "",
            "To correct and resubmit this invoice, log in to your Tungsten Network account.",
            "",
            "This is an automatically generated message. Please do not reply to this email.",
        ),
        facts=Facts(
            invoice_refs=["HP-204829"],
            note="AP-system rejection for a missing PO number: a corrected invoice is needed before payment, so invoice_request, not dispute",
        ),
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        who=("Claire Bennett", "office@stmaryshill-primary.example"),
        when="2027-01-05 09:12 +0000",
        style="outlook_new",
        inv="HP-204760",
        body=text(
            "Good morning,",
            "",
            "We've no record of ever receiving invoice HP-204760 – it isn't on our system and nobody in school remembers seeing it. Could you send a copy to this address please, and I'll pass it to the bursar for payment.",
            "",
            "Many thanks",
            "",
            "Claire Bennett",
            "Assistant to the Headteacher",
            "St Mary's Hill Primary School",
            "",
            "This email is confidential and intended for the addressee only. If you have received it in error, please tell the sender and delete it. Views expressed are not necessarily those of the school or the local authority.",
        ),
        facts=Facts(
            invoice_refs=["HP-204760"],
            note="never received the invoice, asks for a copy without contesting it",
        ),
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        loc="us",
        who=("Megan Kowalski", "mkowalski@cascadiabrewing.example"),
        when="2026-12-18 16:05 -0800",
        style="outlook_html",
        body=text(
            "Hello,",
            "",
            "Before we can release payment on this, our vendor setup team needs two things from you since you're a foreign supplier:",
            "",
            "1. A completed and signed W-8BEN-E",
            "2. Your bank details on company letterhead (we can't accept them in the body of an email)",
            "",
            "Once those are in, the invoice will go into the next payment cycle.",
            "",
            "Best,",
            "Megan Kowalski",
            "AP Specialist | Cascadia Brewing Co.",
            "503-555-0176",
        ),
        facts=Facts(
            note="tax form and bank letter needed before payment; 'next payment cycle' has no date and depends on them"
        ),
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        who=("Frank Lehmann", "f.lehmann@lehmann-immobilien.example"),
        when="2026-12-21 14:31 +0100",
        style="outlook",
        charset="iso-8859-1",
        cte="8bit",
        body=text(
            "Guten Tag,",
            "",
            "die Rechnung liegt uns nicht vor. Können Sie uns bitte eine Kopie als PDF schicken, zusammen mit Ihrer Bankverbindung? Ihr Unternehmen ist bei uns noch nicht als Kreditor angelegt.",
            "",
            "Mit freundlichen Grüßen",
            "",
            "Frank Lehmann",
            "Lehmann Immobilien GmbH",
            "Hauptstraße 12, 69117 Heidelberg",
            "Handelsregister: Amtsgericht Mannheim HRB 71234",
        ),
        facts=Facts(note="invoice copy and bank details; 8-bit ISO-8859-1"),
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        who=(
            "Comptabilité fournisseurs – Maisons Berthier",
            "compta.fournisseurs@maisons-berthier.example",
        ),
        when="2027-01-07 10:48 +0100",
        style="outlook_html",
        body=text(
            "Bonjour,",
            "",
            "Nous ne retrouvons pas cette facture dans notre système. Pourriez-vous nous adresser un relevé de compte à jour, avec le détail des factures ouvertes et les numéros de commande correspondants ? Nous pourrons alors faire le rapprochement.",
            "",
            "Cordialement,",
            "",
            "Service comptabilité fournisseurs",
            "Maisons Berthier SAS",
        ),
        facts=Facts(note="statement of account with PO numbers; nothing contested"),
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        who=(
            "Intendance Collège Jean-Moulin",
            "intendance@college-jeanmoulin-villeurbanne.example",
        ),
        when="2026-12-16 14:05 +0100",
        style="outlook",
        cte="b64",
        body=text(
            "Bonjour,",
            "",
            "En tant qu'établissement public, nous ne pouvons payer que les factures déposées sur Chorus Pro, avec notre SIRET (196 912 345 00018) et le numéro d'engagement juridique EJ-2026-0187. La facture envoyée par courriel ne peut pas être mise en paiement.",
            "",
            "Merci de la déposer sur la plateforme ; le paiement suivra dans le délai réglementaire.",
            "",
            "Cordialement,",
            "",
            "L'intendance",
            "Collège Jean-Moulin – Villeurbanne",
        ),
        facts=Facts(
            note="public school: the invoice must be filed on Chorus Pro with the commitment number before it can be paid"
        ),
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        who=("Marta Gil", "marta.gil@restaurantelaplaza-zgz.example"),
        when="2026-12-29 12:20 +0100",
        style="gmail",
        inv="HP-204783",
        body=text(
            "Hola,",
            "",
            "La factura HP-204783 está a nombre de Restaurante La Plaza, pero nuestra razón social es Hostelería Gil Navarro, S.L., CIF B50123456. Sin eso mi gestoría no me la acepta. ¿Me la podéis volver a emitir con esos datos? En cuanto la tenga, os la pago.",
            "",
            "Gracias,",
            "Marta",
        ),
        facts=Facts(
            invoice_refs=["HP-204783"],
            note="reissue with the legal name and tax ID; the amount is not contested; the undated payment depends on it",
        ),
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        who=("Jorge Lozano", "jorge.lozano@lozanofincas.example"),
        when="2027-01-13 17:54 +0100",
        style="iphone",
        body=text(
            "No hemos recibido ninguna factura vuestra. ¿De qué es este importe? Mandadme la factura y el albarán, por favor.",
            "Jorge Lozano",
        ),
        facts=Facts(note="asks what the charge is for and for the invoice and delivery note"),
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        who=("Crediteurenadministratie Van Dijk Retail", "crediteuren@vandijkretail.example"),
        when="2026-12-17 11:19 +0100",
        style="outlook_html",
        inv="HP-204795",
        body=text(
            "Beste leverancier,",
            "",
            "Factuur HP-204795 kunnen wij niet verwerken omdat er geen inkoopordernummer op staat. Wilt u de factuur opnieuw sturen met ons PO-nummer PO-2026-3318 erop vermeld? Dan nemen wij hem mee in de eerstvolgende betaalrun.",
            "",
            "Met vriendelijke groet,",
            "",
            "Yvonne Bakker",
            "Crediteurenadministratie",
            "Van Dijk Retail B.V.",
            "",
            "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Van Dijk Retail B.V. staat niet in voor de juiste en volledige overbrenging van de inhoud van een verzonden e-mail.",
        ),
        facts=Facts(
            invoice_refs=["HP-204795"],
            note="reissue with the PO number; the payment run is undated and conditional",
        ),
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        rlang="fr",
        who=("Thomas Peeters", "thomas@peeters-events.example"),
        when="2027-01-11 14:40 +0100",
        style="gmail",
        body=text(
            "Dag,",
            "",
            "Jullie IBAN staat bij ons nog niet geverifieerd, en onze bank weigert een betaling naar een Brits rekeningnummer zonder bevestiging. Kunnen jullie een bankattest of een brief van de bank op jullie briefhoofd sturen? Dan betalen we meteen.",
            "",
            "Met vriendelijke groeten,",
            "Thomas Peeters",
            "Peeters Events bv",
        ),
        facts=Facts(
            note="bank confirmation needed before paying; Flemish reply to a French reminder"
        ),
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        who=("Ufficio Contabilità – Supermercati Bassi", "contabilita@supermercatibassi.example"),
        when="2026-12-14 12:02 +0100",
        style="outlook",
        inv="HP-204702",
        body=text(
            "Buongiorno,",
            "",
            "la fattura HP-204702 non ci risulta pervenuta. Trattandosi di fornitore estero, vi chiediamo di inviarcene una copia in PDF con la nostra partita IVA (IT 01234560157) e il numero d'ordine, che ci serve per l'integrazione elettronica.",
            "",
            "Restiamo in attesa.",
            "",
            "Cordiali saluti",
            "Ufficio Contabilità",
            "Supermercati Bassi S.r.l.",
        ),
        facts=Facts(
            invoice_refs=["HP-204702"],
            note="invoice never received; asks for a copy with VAT number and order number",
        ),
    ),
    Reply(
        key="ir-it-2",
        intent="invoice_request",
        lang="it",
        who=("Luca Ferri", "luca.ferri@ferri-arredamenti.example"),
        when="2027-01-15 09:37 +0100",
        style="inline",
        body=text(
            "@@attr",
            "@@quote 0 8",
            "",
            "Buongiorno, questa fattura nel nostro gestionale non la trovo proprio.",
            "",
            "@@quote 9 10",
            "",
            "Prima di pagare mi mandate un estratto conto aggiornato con tutte le fatture aperte? Così capisco cosa ci manca.",
            "",
            "Grazie",
            "Luca Ferri",
            "Ferri Arredamenti",
        ),
        facts=Facts(
            note="inline reply between the quoted reminder lines; asks for a statement to reconcile, nothing contested"
        ),
    ),
]

WRONG_CONTACT: Final = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        who=("Rachel Kim", "rachel.kim@brightmoor-homes.example"),
        when="2026-12-14 20:05 +0000",
        style="iphone",
        body=text(
            "Hi – I left Brightmoor Homes at the end of October and this address is only forwarding to my phone until Christmas. Their accounts team is on Accounts@Brightmoor-Homes.example, please send it there.",
            "",
            "Rachel",
        ),
        facts=Facts(
            new_contact="accounts@brightmoor-homes.example",
            note="left the company; the new address is written in mixed case and labelled in lower case",
        ),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        who=("Thornbury Hospitality Purchasing", "purchasing@thornbury-hospitality.example"),
        when="2026-12-22 09:06 +0000",
        style="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        body=text(
            "This mailbox is no longer monitored.",
            "",
            "Thornbury Hospitality has moved to a centralised accounts payable service. Supplier invoices, statements and payment queries should now be sent to payables@thornbury-group.example. Messages sent to this address will not be read or forwarded.",
            "",
            "Thank you.",
        ),
        facts=Facts(
            new_contact="payables@thornbury-group.example",
            note="automatic 'mailbox no longer monitored' notice naming the new address: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        who=("Graham Pryce", "g.pryce@harrowgate-estates.example"),
        when="2027-01-11 07:52 +0000",
        style="outlook_html",
        body=text(
            "Dear Sir/Madam,",
            "",
            "Please be advised that our accounts department has changed. Kindly update your records and direct all future statements, reminders and correspondence to our new accounts email: harrowgate.accounts.dept@gmail.com",
            "",
            "Do not use any other address for payment matters going forward, as the old mailboxes are being closed.",
            "",
            "Regards,",
            "Graham Pryce",
            "Finance Director",
        ),
        facts=Facts(
            new_contact="harrowgate.accounts.dept@gmail.com",
            note="phishing-like request to redirect mail to a free-mail address; labelled as what it asks (a contact change); a person should verify it by phone before using it",
        ),
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        who=("Melanie Vogt", "m.vogt@schneider-optik.example"),
        when="2026-12-15 16:12 +0100",
        style="outlook",
        body=text(
            "Guten Tag,",
            "",
            "für Rechnungen bin ich seit Anfang Dezember nicht mehr zuständig. Bitte wenden Sie sich an meine Kollegin Frau Kessler in der Buchhaltung: buchhaltung@schneider-optik.example.",
            "",
            "Freundliche Grüße",
            "Melanie Vogt",
            "Marketing",
            "Schneider Optik GmbH – 14 Filialen in Franken",
        ),
        facts=Facts(new_contact="buchhaltung@schneider-optik.example"),
    ),
    Reply(
        key="wc-de-2",
        intent="wrong_contact",
        lang="de",
        who=("Sekretariat Grundschule Am Mühlbach", "sekretariat@gs-muehlbach.example"),
        when="2027-01-08 10:44 +0100",
        style="gmail",
        body=text(
            "Guten Tag,",
            "",
            "Sie haben hier das Schulsekretariat erreicht. Wir als Schule bezahlen keine Rechnungen selbst, das läuft über den Schulträger. Bitte schicken Sie die Rechnung und Ihre Erinnerung an das Schulverwaltungsamt: rechnungen.schulamt@stadt-rosenau.example",
            "",
            "Mit freundlichen Grüßen",
            "Birgit Ahrens, Schulsekretärin",
        ),
        facts=Facts(
            new_contact="rechnungen.schulamt@stadt-rosenau.example",
            note="school secretary redirects to the school authority",
        ),
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        who=("Thierry Roux", "t.roux@roux-immobilier.example"),
        when="2026-12-18 12:26 +0100",
        style="outlook_html",
        body=text(
            "Bonjour,",
            "",
            "Je ne m'occupe plus de la comptabilité de l'agence depuis la rentrée. Merci de voir directement avec notre cabinet comptable, qui gère désormais tous les règlements fournisseurs : fournisseurs@cabinet-lemaire-associes.example",
            "",
            "Bonne journée,",
            "Thierry Roux",
        ),
        facts=Facts(new_contact="fournisseurs@cabinet-lemaire-associes.example"),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        who=("Sylvie Garnier", "sylvie.garnier56@gmail.com"),
        when="2027-01-04 21:33 +0100",
        style="bottom",
        body=text(
            "Bonsoir,",
            "",
            "Je pense que vous vous trompez d'adresse. Je suis une particulière, je n'ai jamais rien commandé chez vous et je ne connais pas cette société. Merci de vérifier vos fichiers.",
            "",
            "S. Garnier",
        ),
        facts=Facts(
            note="not a customer at all: wrong recipient with no new address; not a dispute; bottom-posted"
        ),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        who=("Calzados Mireia Valladolid", "valladolid@calzadosmireia.example"),
        when="2026-12-16 18:02 +0100",
        style="outlook_new",
        body=text(
            "Hola:",
            "",
            "Somos una franquicia. La cartelería de las tiendas la encarga y la paga la central, no cada tienda. Tenéis que dirigir la factura y los recordatorios a proveedores@calzadosmireia.example.",
            "",
            "Un saludo,",
            "Nerea Blanco",
            "Encargada – Calzados Mireia Valladolid",
        ),
        facts=Facts(
            new_contact="proveedores@calzadosmireia.example",
            note="franchise shop points to head office",
        ),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        who=("Inmobiliaria Costa Brava Sol", "info@costabravasol.example"),
        when="2026-12-28 08:00 +0100",
        style="notice",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
        body=text(
            "Esta dirección de correo ya no está operativa y los mensajes que recibe no se leen.",
            "",
            "Para facturación y pagos escriba a administracion@costabravasol.example. Para cualquier otra consulta, utilice el formulario de nuestra web.",
            "",
            "Gracias.",
        ),
        facts=Facts(
            new_contact="administracion@costabravasol.example",
            note="automatic 'address no longer in use' notice naming a new address: wrong_contact",
        ),
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        who=("Lotte van den Berg", "lotte@groenewoud-retail.example"),
        when="2027-01-06 09:58 +0100",
        style="owa",
        body=text(
            "Goedemorgen,",
            "",
            "Ik werk sinds 1 januari niet meer op de financiële afdeling van Groenewoud, ik ben overgestapt naar marketing. Facturen en herinneringen kunt u voortaan sturen naar crediteuren@groenewoud-retail.example.",
            "",
            "Met vriendelijke groet,",
            "Lotte van den Berg",
        ),
        facts=Facts(new_contact="crediteuren@groenewoud-retail.example"),
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        who=("Erik Bosman", "erik@bosmanbouwmarkt.example"),
        when="2026-12-17 17:40 +0100",
        style="iphone",
        body=text(
            "Stuur dit maar naar Pieter van onze administratie, die regelt de betalingen. Ik doe alleen de inkoop.",
            "",
            "Erik",
        ),
        facts=Facts(
            note="points to a colleague by first name only; no address, so new_contact stays null"
        ),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        who=("Elena Martini", "e.martini@pasticceriamartini.example"),
        when="2026-12-15 10:30 +0100",
        style="outlook",
        cc="amministrazione@studiogalli-commercialisti.example",
        body=text(
            "Buongiorno,",
            "",
            "non sono più io la referente per i pagamenti: da dicembre se ne occupa lo studio del nostro commercialista, che metto in copia. Vi prego di scrivere d'ora in poi a amministrazione@studiogalli-commercialisti.example.",
            "",
            "Grazie e buona giornata",
            "Elena Martini",
            "Pasticceria Martini",
        ),
        facts=Facts(
            new_contact="amministrazione@studiogalli-commercialisti.example",
            note="the new address is also copied in Cc",
        ),
    ),
]

UNSUBSCRIBE: Final = [
    Reply(
        key="us-en-1",
        intent="unsubscribe",
        lang="en",
        who=("Dom Castellano", "dom@castellanodeli.example"),
        when="2026-12-18 12:02 +0000",
        style="iphone",
        body="Paid. Now take me off whatever list this is.",
        facts=Facts(
            note="'Paid.' plus a stop request: unsubscribe beats everything but bounce; no payment fields"
        ),
    ),
    Reply(
        key="us-en-2",
        intent="unsubscribe",
        lang="en",
        who=("Victoria Ashdown", "v.ashdown@ashdown-exhibitions.example"),
        when="2027-01-12 15:16 +0000",
        style="outlook_html_only",
        body=text(
            "Dear Sirs,",
            "",
            "We refer to your email of this week. This matter is now in the hands of our solicitors, Pembury Vance LLP, and any further correspondence regarding this account must be directed to them by post only. Please do not contact this office by email or telephone about it again.",
            "",
            "Yours faithfully,",
            "",
            "Victoria Ashdown",
            "Director, Ashdown Exhibitions Ltd",
        ),
        facts=Facts(note="solicitors and post only → unsubscribe"),
    ),
    Reply(
        key="us-en-3",
        intent="unsubscribe",
        lang="en",
        who=("Kingsmead Hall School Reception", "reception@kingsmeadhall.example"),
        when="2026-12-14 11:40 +0000",
        style="outlook_new",
        body=text(
            "Hello,",
            "",
            "Please take this address off your reminder list. It's the school's shared front-desk inbox and is read by parent volunteers as well as staff, so account reminders really shouldn't be coming here. Our finance office already receives your statements.",
            "",
            "Thank you,",
            "Front Office",
            "Kingsmead Hall School",
        ),
        facts=Facts(
            note="stop request for a shared inbox; the finance office is mentioned without an address, and unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="us-de-1",
        intent="unsubscribe",
        lang="de",
        who=("Ulrike Reimann", "u.reimann@moebelhaus-reimann.example"),
        when="2026-12-15 08:22 +0100",
        style="outlook",
        charset="windows-1252",
        body=text(
            "Sehr geehrte Damen und Herren,",
            "",
            "bitte stellen Sie die Zusendung von Zahlungserinnerungen per E-Mail ab sofort ein. Schriftverkehr zu offenen Posten akzeptieren wir ausschließlich auf dem Postweg an unsere Geschäftsadresse.",
            "",
            "Mit freundlichen Grüßen",
            "Ulrike Reimann",
            "Möbelhaus Reimann e. K.",
            "Industriestraße 4, 34123 Kassel",
        ),
        facts=Facts(note="post only → unsubscribe"),
    ),
    Reply(
        key="us-de-2",
        intent="unsubscribe",
        lang="de",
        who=("Holger Brandt", "holger.brandt@brandt-eventtechnik.example"),
        when="2027-01-05 22:10 +0100",
        style="gmail",
        body=text(
            "Hallo,",
            "",
            "ich widerspreche hiermit der weiteren Nutzung meiner E-Mail-Adresse für Ihre Zahlungserinnerungen und sonstigen Mitteilungen (Art. 21 DSGVO). Bitte löschen Sie diese Adresse aus Ihrem Verteiler und bestätigen Sie mir das kurz.",
            "",
            "Holger Brandt",
        ),
        facts=Facts(note="GDPR objection to further e-mails"),
    ),
    Reply(
        key="us-fr-1",
        intent="unsubscribe",
        lang="fr",
        who=("Pascal Lefèvre", "pascal.lefevre@lefevre-traiteur.example"),
        when="2026-12-21 19:18 +0100",
        style="apple",
        body=text(
            "C'est la troisième relance en dix jours pour une facture que j'ai réglée le 2 décembre. Merci de ne plus m'écrire sur cette adresse, je ne lirai plus vos messages.",
            "",
            "P. Lefèvre",
        ),
        facts=Facts(
            note="irritated stop request with a dated payment claim: unsubscribe wins, payment fields left empty"
        ),
    ),
    Reply(
        key="us-fr-2",
        intent="unsubscribe",
        lang="fr",
        who=("Yannick Le Goff", "yannick@legoff-nautisme.example"),
        when="2027-01-09 10:03 +0100",
        style="android",
        body="STOP. Plus de mails svp.",
        facts=Facts(note="one-line stop request"),
    ),
    Reply(
        key="us-es-1",
        intent="unsubscribe",
        lang="es",
        who=("Ignacio Bermúdez", "ibermudez@bermudezeventos.example"),
        when="2026-12-30 13:44 +0100",
        style="owa",
        body=text(
            "Buenas tardes:",
            "",
            "Les ruego que dejen de enviarme correos sobre este asunto. A partir de ahora, cualquier comunicación deberá dirigirse por escrito a nuestro abogado, D. Ernesto Salcedo.",
            "",
            "Atentamente,",
            "Ignacio Bermúdez",
            "Bermúdez Eventos y Ferias, S.L.",
        ),
        facts=Facts(note="stop e-mailing and 'talk to our lawyer' with no address → unsubscribe"),
    ),
    Reply(
        key="us-es-2",
        intent="unsubscribe",
        lang="es",
        who=("Pilar Navas", "pilarnavas.floristeria@gmail.com"),
        when="2027-01-14 11:11 +0100",
        style="gmail_plain",
        body=text(
            "Hola,",
            "No quiero recibir más recordatorios por correo. Ya lo hablé con Óscar, vuestro comercial, y quedamos en que lo arreglábamos en persona cuando venga a la tienda.",
            "Pilar",
        ),
        facts=Facts(
            note="stop request; the arrangement with the sales rep has no date and unsubscribe wins anyway"
        ),
    ),
    Reply(
        key="us-nl-1",
        intent="unsubscribe",
        lang="nl",
        who=("Kevin de Graaf", "kevin@degraafautos.example"),
        when="2026-12-19 13:05 +0100",
        style="samsung",
        body="haal me van jullie maillijst af aub, ik krijg dit elke week en het is al lang geregelt",
        facts=Facts(
            note="stop request with a typo ('geregelt'); 'al lang geregeld' is no dated payment claim and unsubscribe wins anyway"
        ),
    ),
    Reply(
        key="us-it-1",
        intent="unsubscribe",
        lang="it",
        who=("Salvatore Greco", "s.greco@ristorantelalanterna.example"),
        when="2026-12-16 12:48 +0100",
        style="outlook",
        charset="iso-8859-1",
        body=text(
            "Spett.le Harbourline Print,",
            "",
            "vi diffido dal contattarmi ulteriormente via e-mail per questa vicenda. Per qualsiasi comunicazione rivolgetevi al mio legale, avv. Laura Pini, esclusivamente tramite raccomandata.",
            "",
            "Distinti saluti",
            "Salvatore Greco",
            "Ristorante La Lanterna",
        ),
        facts=Facts(note="lawyer and registered post only → unsubscribe"),
    ),
    Reply(
        key="us-it-2",
        intent="unsubscribe",
        lang="it",
        who=("Gianni Ferrara", "gianni@ferraragelati.example"),
        when="2027-01-13 08:20 +0100",
        style="iphone",
        body="Cancellatemi da sta lista!!! Ricevo una mail al giorno di sta roba, basta",
        facts=Facts(note="irritated, colloquial stop request"),
    ),
]

AUTO_REPLY: Final = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        who=("Emma Clarke", "emma.clarke@northgate-retail.example"),
        when="2026-12-21 09:05 +0000",
        style="notice",
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        threaded=False,
        body=text(
            "Thank you for your email.",
            "",
            "I'm out of the office from Monday 21 December and will be back on Monday 4 January. I won't be checking email while I'm away.",
            "",
            "For anything urgent about supplier payments please call the finance team on 0161 496 0305.",
            "",
            "Emma",
        ),
        facts=Facts(return_date="2027-01-04"),
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        who=("Marlow Group Support", "support@marlowgroup.example"),
        when="2026-12-16 09:07 +0000",
        style="notice",
        subject="[Ticket #48213] {rsub}",
        headers=(("Precedence", "bulk"), ("X-Ticket-ID", "48213")),
        body=text(
            "Hello,",
            "",
            "Thanks for getting in touch. This is an automatic confirmation that we've received your message and created ticket #48213.",
            "",
            "Our accounts team aims to reply within three working days. Please keep the ticket number in the subject line if you write to us again about this.",
            "",
            "Marlow Group Shared Services",
        ),
        facts=Facts(
            note="ticket acknowledgement without Auto-Submitted (only Precedence: bulk); no return date"
        ),
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        who=("Ashcombe Primary School", "office@ashcombe-primary.example"),
        when="2026-12-19 10:15 +0000",
        style="notice",
        subject="Office closed: {rsub}",
        body=text(
            "Thank you for your message.",
            "",
            "The school office is now closed for the Christmas holidays. We reopen on Tuesday 5th January 2027 and will reply to emails then.",
            "",
            "If your message concerns the safeguarding of a child, please contact the local authority duty team on 01632 960771.",
            "",
            "Merry Christmas from everyone at Ashcombe Primary.",
        ),
        facts=Facts(
            return_date="2027-01-05", note="school autoresponder without any auto-reply header"
        ),
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        who=("Sabine Hartmann", "s.hartmann@hartmann-werbetechnik.example"),
        when="2026-12-21 09:05 +0100",
        style="notice",
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        body=text(
            "Vielen Dank für Ihre Nachricht.",
            "",
            "Vom 21.12.2026 bis 08.01.2027 bin ich im Urlaub. Ab Montag, 11.01.2027 bin ich wieder erreichbar.",
            "",
            "Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen erreichen Sie unsere Zentrale unter 089 555 2210.",
            "",
            "Mit freundlichen Grüßen",
            "Sabine Hartmann",
        ),
        facts=Facts(
            return_date="2027-01-11",
            note="the stated day back wins over the end of the leave ('bis 08.01.')",
        ),
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        who=("Kreditorenservice Feldmann Gruppe", "kreditoren@feldmann-gruppe.example"),
        when="2027-01-12 09:06 +0100",
        style="notice_html",
        subject="[#KS-2027-00318] Eingangsbestätigung: {rsub}",
        headers=(AUTO_REPLIED,),
        body=text(
            "Guten Tag,",
            "",
            "vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Vorgangsnummer KS-2027-00318 erfasst und an die zuständige Sachbearbeitung weitergeleitet.",
            "",
            "Bitte haben Sie Verständnis dafür, dass die Bearbeitung derzeit bis zu fünf Arbeitstage dauern kann. Rückfragen zu diesem Vorgang richten Sie bitte unter Angabe der Vorgangsnummer an diese Adresse.",
            "",
            "Dies ist eine automatisch erzeugte Nachricht.",
            "",
            "Feldmann Gruppe – Shared Service Center Finanzen",
        ),
        facts=Facts(
            note="ticket acknowledgement, HTML only; 'bis zu fünf Arbeitstage' is no return date"
        ),
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        who=("Camille Bertrand", "c.bertrand@bertrand-evenementiel.example"),
        when="2026-12-23 09:05 +0100",
        style="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        body=text(
            "Bonjour,",
            "",
            "Je suis absente du bureau jusqu'au lundi 4 janvier inclus, sans accès à ma messagerie. Votre message sera traité à mon retour.",
            "",
            "Pour toute urgence, vous pouvez joindre l'accueil au 01 45 55 12 90.",
            "",
            "Cordialement,",
            "Camille Bertrand",
        ),
        facts=Facts(
            return_date="2027-01-05",
            note="'jusqu'au lundi 4 janvier inclus': away that day too, so back on Tue 5 Jan",
        ),
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        who=("Aurélie Fontaine", "a.fontaine@fontaine-agencement.example"),
        when="2027-01-04 09:05 +0100",
        style="notice",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        charset="iso-8859-1",
        body=text(
            "Bonjour,",
            "",
            "Je suis actuellement en congé maternité. Pour toute question relative à la comptabilité ou aux règlements fournisseurs, merci de contacter Julie Marchand : j.marchand@fontaine-agencement.example.",
            "",
            "Belle journée,",
            "Aurélie Fontaine",
        ),
        facts=Facts(
            note="leave without a return date; a colleague's address in an auto-reply does not set new_contact"
        ),
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        who=("Beatriz Santos", "bsantos@santosyruiz-inmobiliaria.example"),
        when="2026-12-24 09:06 +0100",
        style="notice",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        body=text(
            "Hola:",
            "",
            "Estaré fuera de la oficina hasta el 7 de enero, con acceso limitado al correo. Para asuntos urgentes, llame al 91 555 38 20.",
            "",
            "Gracias,",
            "Beatriz Santos",
        ),
        facts=Facts(return_date="2027-01-07", note="'hasta X' → X itself"),
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        who=("Jeroen Visser", "j.visser@visser-tuincentra.example"),
        when="2026-12-22 09:05 +0100",
        style="notice",
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, NO_AUTO_RESPONSE),
        body=text(
            "Beste afzender,",
            "",
            "Ik ben met kerstverlof tot en met 3 januari. Vanaf maandag 4 januari ben ik weer op kantoor en reageer ik op uw bericht.",
            "",
            "Met vriendelijke groet,",
            "Jeroen Visser",
        ),
        facts=Facts(return_date="2027-01-04"),
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        who=("Klantenservice Hofman Horeca", "info@hofmanhoreca.example"),
        when="2026-12-15 09:04 +0100",
        style="notice",
        subject="Bedankt voor uw e-mail",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
        body=text(
            "Bedankt voor uw bericht!",
            "",
            "Wij hebben uw e-mail in goede orde ontvangen en reageren binnen twee werkdagen. In de drukke decemberweken kan het iets langer duren.",
            "",
            "Met vriendelijke groet,",
            "Team Hofman Horeca",
        ),
        facts=Facts(
            note="receipt acknowledgement without Auto-Submitted and with its own subject; no return date"
        ),
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        who=("Ristorante Il Glicine", "info@ristoranteilglicine.example"),
        when="2026-12-28 09:05 +0100",
        style="notice",
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        body=text(
            "Gentile cliente,",
            "",
            "il ristorante e gli uffici sono chiusi per ferie fino al 10 gennaio compreso. Riapriamo lunedì 11 gennaio: risponderemo alla sua e-mail al nostro rientro.",
            "",
            "Buone feste!",
            "Lo staff del Ristorante Il Glicine",
        ),
        facts=Facts(
            return_date="2027-01-11",
            note="closure 'fino al 10 gennaio compreso', reopening stated as Mon 11 Jan",
        ),
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        who=("Servizio Fornitori Gruppo Ardesia", "fornitori@gruppoardesia.example"),
        when="2027-01-14 09:07 +0100",
        style="notice_alt",
        subject="Ricevuta richiesta n. 2027-000942 – {rsub}",
        headers=(AUTO_GENERATED,),
        body=text(
            "Gentile fornitore,",
            "",
            "abbiamo ricevuto la sua comunicazione, registrata con il numero di pratica 2027-000942.",
            "",
            "Le richieste relative allo stato dei pagamenti vengono gestite entro 5 giorni lavorativi dalla ricezione. Non è necessario inviare ulteriori solleciti per la stessa fattura.",
            "",
            "Questa è una risposta automatica: si prega di non rispondere a questo messaggio.",
            "",
            "Gruppo Ardesia S.p.A. – Servizio Fornitori",
        ),
        facts=Facts(
            note="shared-services ticket acknowledgement; 'non è necessario inviare ulteriori solleciti' is part of the template, not a stop request"
        ),
    ),
]

OTHER: Final = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        who=("Nick Harland", "nick@harlandfitness.example"),
        when="2026-12-15 07:41 +0000",
        style="inline",
        body=text(
            "@@attr",
            "@@quote 0 8",
            "",
            "didn't we pay this already?",
            "",
            "@@quote 9 10",
        ),
        facts=Facts(
            note="inline one-line question, not a payment claim: someone has to check and answer"
        ),
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        who=("Lauren Pike", "lauren.pike@willowandrye.example"),
        when="2027-01-07 11:26 +0000",
        style="gmail",
        body=text(
            "Hi,",
            "",
            "Thanks, I'll have a look at where this one's got to when I'm back at my desk. While I have you – could you quote for another 5,000 of the loyalty cards you did for us in November, same spec but with the new logo? We'd need them by the end of the month.",
            "",
            "Lauren",
            "Marketing, Willow & Rye Bakeries",
        ),
        facts=Facts(
            note="a new quote request; 'I'll have a look' is no commitment and 'end of the month' is the delivery date wanted"
        ),
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        who=("Gary Whitlock", "gary@whitlockmotors.example"),
        when="2027-01-14 16:58 +0000",
        style="android",
        body=text(
            "Can someone ring me about this please. Easier than email. 07700 900412 – any time after 2pm.",
            "",
            "Gary",
        ),
        facts=Facts(note="asks for a phone call; no commitment, no stop request"),
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        who=("Anja Richter", "a.richter@richter-hotelbedarf.example"),
        when="2026-12-17 13:55 +0100",
        style="outlook_html",
        body=text(
            "Hallo,",
            "",
            "danke für die Info. Ich kläre das intern mit unserer Geschäftsführung und melde mich dann wieder bei Ihnen.",
            "",
            "Viele Grüße",
            "Anja Richter",
            "Assistenz der Geschäftsführung",
            "Richter Hotelbedarf GmbH",
        ),
        facts=Facts(note="acknowledgement that commits to nothing"),
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        who=("Odile Perrin", "odile.perrin@fleursdodile.example"),
        when="2026-12-14 14:37 +0100",
        style="gmail_plain",
        body=text(
            "Bonjour,",
            "Est-ce que vous acceptez les chèques ? Je n'ai pas accès aux virements internationaux sur mon compte pro.",
            "Merci",
            "Odile Perrin – Les Fleurs d'Odile",
        ),
        facts=Facts(
            note="question about the payment method; no commitment and no document requested"
        ),
    ),
    Reply(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        who=("Direction Vendôme Expo", "direction@vendome-expo.example"),
        when="2027-01-06 11:05 +0100",
        style="outlook",
        cte="b64",
        lag=10,
        body=text(
            "Madame, Monsieur,",
            "",
            "Nous vous informons que la société Vendôme Expo SARL a été placée en liquidation judiciaire par jugement du tribunal de commerce de Tours du 15 décembre 2026. Il appartient aux créanciers de déclarer leurs créances auprès du liquidateur judiciaire, Me Hervé Lucas, 12 rue Nationale, 37000 Tours, dans un délai de deux mois à compter de la publication au BODACC.",
            "",
            "Aucun paiement ne peut plus être effectué par la société.",
            "",
            "La direction",
        ),
        facts=Facts(
            note="insolvency notice: the claim goes to the liquidator by post; a person must handle it (no e-mail contact, no promise)"
        ),
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        who=("Elena Ruiz", "elena@ruizpapeleria.example"),
        when="2026-12-24 12:50 +0100",
        style="gmail",
        body=text(
            "Hola,",
            "",
            "Sinceramente, mandar recordatorios de pago en plenas fiestas a un cliente de hace ocho años me parece de muy poco tacto. Nunca os hemos fallado. Lo miraré cuando pueda.",
            "",
            "Elena Ruiz",
            "Papelería Ruiz",
        ),
        facts=Facts(note="complaint about the reminder; 'lo miraré cuando pueda' is no commitment"),
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        rlang="en",
        who=("Héctor Domínguez", "hector@dominguezferias.example"),
        when="2027-01-11 10:02 +0100",
        style="thunderbird",
        charset="iso-8859-1",
        body=text(
            "Buenos días,",
            "",
            "Una pregunta aprovechando el correo: ¿tenéis taller en España o lo imprimís todo en Inglaterra? Para la feria de marzo necesitaríamos recibir los paneles en Madrid con margen y no sé si los plazos de envío nos dan.",
            "",
            "Gracias,",
            "Héctor",
        ),
        facts=Facts(
            note="question about a future order, nothing about this invoice; Spanish reply to an English reminder"
        ),
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        who=("Directie Van Leeuwen Makelaardij", "directie@vanleeuwen-makelaardij.example"),
        when="2027-01-04 10:30 +0100",
        style="outlook_html",
        body=text(
            "Geachte relatie,",
            "",
            "Per 1 januari 2027 is Van Leeuwen Makelaardij gefuseerd met Kroon Wonen. Onze dienstverlening gaat verder onder de naam Kroon & Van Leeuwen Makelaars. De nieuwe bedrijfsgegevens, waaronder het KvK-nummer, ontvangt u binnenkort per post.",
            "",
            "Met vriendelijke groet,",
            "",
            "De directie",
        ),
        facts=Facts(
            note="merger announcement in reply to the reminder; no contact change yet, nothing about paying"
        ),
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        who=("Mirjam Dekker", "mirjam@dekkerkids.example"),
        when="2026-12-18 16:44 +0100",
        style="iphone",
        body="Oké.",
        facts=Facts(note="bare acknowledgement: no payment claim, no promise"),
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        who=("Sara Bellini", "sara.bellini@bellini-ottica.example"),
        when="2026-12-28 10:12 +0100",
        style="apple_html",
        body=text(
            "Buongiorno,",
            "grazie per la segnalazione. Il titolare è in ferie, ne parlo con lui appena rientra dopo l'Epifania.",
            "Saluti",
            "Sara – Ottica Bellini",
        ),
        facts=Facts(
            note="an employee acknowledges; the owner's return is neither an auto-reply nor a promise"
        ),
    ),
    Reply(
        key="ot-it-2",
        intent="other",
        lang="it",
        who=("Ferramenta Bianchi", "info@ferramentabianchi.example"),
        when="2027-01-09 17:30 +0100",
        style="outlook",
        charset="iso-8859-1",
        lag=12,
        body=text(
            "Gentili signori,",
            "",
            "vi informiamo con dolore che il sig. Giorgio Bianchi, titolare della ferramenta, è mancato lo scorso 20 dicembre. Il negozio resterà chiuso fino a nuova comunicazione e la famiglia si sta organizzando con il notaio per la successione.",
            "",
            "Sarà nostra cura ricontattarvi appena possibile per tutte le questioni in sospeso.",
            "",
            "La famiglia Bianchi",
        ),
        facts=Facts(
            note="the owner has died: a person must handle it; 'ricontattarvi' is no commitment and the shop's closure no auto-reply"
        ),
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
# Delivery reports: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder (in `rlang`) sent `delay` minutes before it."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    mta: str
    delay: int
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return (self.dt - timedelta(minutes=self.delay)).astimezone(LONDON)

    @property
    def spec(self) -> Reply:
        return Reply(
            key=self.key,
            intent="bounce",
            lang=self.rlang,
            who=("", self.rcpt),
            when=self.when,
            style="notice",
            body="",
        )

    @property
    def subject(self) -> str:
        return reminder_subject(self.rlang, self.spec.invoice)

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]


@dataclass(frozen=True, kw_only=True)
class Dsn:
    """The machine-readable fields of a message/delivery-status part."""

    mta: str
    action: str
    diagnostic: str
    remote: str = ""
    extra: tuple[tuple[str, str], ...] = ()


def original_reminder(b: Bounce) -> Message:
    """The reminder exactly as Harbourline sent it (returned inside some reports)."""
    spec = b.spec
    amt = format_amount(spec.balance, currency=spec.cur, loc=b.rlang)
    body = reminder_body(
        lang=b.rlang, loc=b.rlang, inv=spec.invoice, amt=amt, dates=invoice_dates(spec, b.sent)
    )
    msg = text_part(body, subtype="plain", charset="utf-8", cte="qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = header_text(b.subject, charset="utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    content_headers_last(msg)
    return msg


def delivery_status(b: Bounce, dsn: Dsn) -> Message:
    per_message = [
        f"Reporting-MTA: dns; {dsn.mta}",
        *(f"{k}: {v}" for k, v in dsn.extra),
        f"Arrival-Date: {format_datetime(b.sent)}",
    ]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {dsn.action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {dsn.remote}"] if dsn.remote else []),
        f"Diagnostic-Code: smtp; {dsn.diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if dsn.action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [
            message_from_bytes(("\n".join(block) + "\n").encode())
            for block in (per_message, per_recipient)
        ]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    lines = "".join(
        f"{name}: {value}\n"
        for name, value in original_reminder(b).items()
        if name != "Content-Transfer-Encoding"
    )
    return text_part(lines, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


@dataclass(frozen=True, kw_only=True)
class Envelope:
    """The headers a reporting system puts on its notice."""

    sender: str
    subject: str
    family: str = "report"
    auto: bool = True
    failed_header: bool = False


def finish(b: Bounce, msg: Message, env: Envelope) -> Message:
    msg["From"] = env.sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(env.subject, charset="utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = env.sender.rsplit("@", 1)[1].split(">")[0].split()[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 26).lower()}@{host}>"
    if env.auto:
        msg["Auto-Submitted"] = "auto-replied"
    if env.failed_header:
        msg["X-Failed-Recipients"] = b.rcpt
    return finalize(msg, key=b.key, style=env.family)


def human(body: str, charset: str = "us-ascii", cte: str = "7bit") -> Message:
    return text_part(body, subtype="plain", charset=charset, cte=cte)


def bounce_postfix(b: Bounce) -> Message:
    body = (
        f"This is the mail system at host {OUT_HOST}.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mx1.{b.domain}[203.0.113.25] said: 550 5.1.1\n"
        f"    <{b.rcpt}>: Recipient address rejected: User unknown in local recipient\n"
        "    table (in reply to RCPT TO command)\n"
    )
    dsn = Dsn(
        mta=OUT_HOST,
        action="failed",
        remote=f"mx1.{b.domain}",
        diagnostic=f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table",
        extra=(
            ("X-Postfix-Queue-ID", "4dQm7Z2kHvz1xKp"),
            ("X-Postfix-Sender", f"rfc822; {AR_ADDR}"),
        ),
    )
    msg = report(human(body), delivery_status(b, dsn), MIMEMessage(original_reminder(b)))
    return finish(
        b,
        msg,
        Envelope(
            sender=f"MAILER-DAEMON@{OUT_HOST} (Mail Delivery System)",
            subject="Undelivered Mail Returned to Sender",
        ),
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail: no MIME at all, the returned message pasted below a marker line."""
    body = (
        f"Hi. This is the qmail-send program at mail.{b.domain}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked from network); {format_datetime(b.sent)}\n"
        f"{original_reminder(b).as_string()}"
    )
    msg = Message()
    msg.set_payload(body)
    return finish(
        b,
        msg,
        Envelope(sender=f"MAILER-DAEMON@mail.{b.domain}", subject="failure notice", auto=False),
    )


def bounce_sendmail(b: Bounce) -> Message:
    stars = "    **********************************************\n"
    body = (
        f"{stars}    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n{stars}\n"
        f"The original message was received at {format_datetime(b.sent)}\nfrom {OUT_HOST} [198.51.100.17]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with exch01.{b.domain}.\n"
        "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n"
    )
    dsn = Dsn(
        mta=f"gw1.{b.domain}",
        action="delayed",
        remote=f"exch01.{b.domain}",
        diagnostic="451 4.4.1 Connection timed out",
    )
    msg = report(human(body), delivery_status(b, dsn), returned_headers(b))
    return finish(
        b,
        msg,
        Envelope(
            sender=f"Mail Delivery Subsystem <MAILER-DAEMON@gw1.{b.domain}>",
            subject="Warning: could not send message for past 4 hours",
        ),
    )


@dataclass(frozen=True, kw_only=True)
class NdrWords:
    """The localised text of an Exchange Online non-delivery report."""

    prefix: str
    intro: str
    cause: str
    fix_title: str
    fix: str
    admin_title: str
    status_label: str
    details_title: str
    created: str
    sender: str
    recipient: str
    subject: str
    error: str
    generated: str


EXCHANGE_SENDER: Final = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@harbourline-print.example>"
EXCHANGE_HOST: Final = "CWLP123MB5521.GBRP123.PROD.OUTLOOK.COM"
NDR_DE: Final = NdrWords(
    prefix="Unzustellbar: ",
    intro="Ihre Nachricht an {rcpt} konnte nicht zugestellt werden.",
    cause="{local} wurde bei {domain} nicht gefunden.",
    fix_title="So beheben Sie das Problem",
    fix="Die Nachricht wurde nicht zugestellt, weil die E-Mail-Adresse des Empfängers nicht gefunden wurde. Prüfen Sie die Adresse auf Tippfehler und senden Sie die Nachricht erneut. Stimmt die Adresse, wenden Sie sich auf anderem Weg an den Empfänger, etwa telefonisch.",
    admin_title="Weitere Informationen für E-Mail-Administratoren",
    status_label="Statuscode",
    details_title="Ursprüngliche Nachrichtendetails",
    created="Erstellungsdatum",
    sender="Absenderadresse",
    recipient="Empfängeradresse",
    subject="Betreff",
    error="Gemeldeter Fehler",
    generated="DSN generiert von",
)
NDR_NL: Final = NdrWords(
    prefix="Onbestelbaar: ",
    intro="Uw bericht aan {rcpt} kan niet worden bezorgd.",
    cause="De ontvangende organisatie {domain} weigert berichten van uw afzender.",
    fix_title="Hoe u dit kunt oplossen",
    fix="De ontvanger accepteert geen e-mail van buiten de eigen organisatie, of heeft uw adres geblokkeerd. Neem op een andere manier contact op met de ontvanger en vraag of hij of zij de instellingen kan laten aanpassen. Opnieuw verzenden heeft geen zin.",
    admin_title="Meer informatie voor e-mailbeheerders",
    status_label="Statuscode",
    details_title="Details van het oorspronkelijke bericht",
    created="Aanmaakdatum",
    sender="Adres van afzender",
    recipient="Adres van ontvanger",
    subject="Onderwerp",
    error="Gemelde fout",
    generated="DSN gegenereerd door",
)


def ndr_text(b: Bounce, words: NdrWords, diag: str) -> str:
    local, domain = b.rcpt.split("@")
    return "\n\n".join(
        [
            words.intro.format(rcpt=b.rcpt),
            words.cause.format(local=local, domain=domain),
            f"{words.fix_title}\n{words.fix}",
            f"{words.admin_title}\n{words.status_label}: {b.status}",
            f"{words.details_title}\n{words.created}: {format_datetime(b.sent)}\n{words.sender}: {AR_ADDR}\n{words.recipient}: {b.rcpt}\n{words.subject}: {b.subject}",
            f"{words.error}: {diag}\n{words.generated}: {EXCHANGE_HOST}",
        ]
    )


def ndr_report(b: Bounce, words: NdrWords, diag: str) -> Message:
    body = ndr_text(b, words, diag)
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif;font-size:10pt">{html_paragraphs(body)}</div></body></html>\n'
    alt = alternative(
        human(body + "\n", "utf-8", "qp"),
        text_part(page, subtype="html", charset="utf-8", cte="qp"),
    )
    dsn = Dsn(mta=EXCHANGE_HOST, action="failed", diagnostic=diag)
    msg = report(alt, delivery_status(b, dsn), returned_headers(b))
    return finish(
        b,
        msg,
        Envelope(sender=EXCHANGE_SENDER, subject=words.prefix + b.subject, family="exchange"),
    )


def bounce_exchange_de(b: Bounce) -> Message:
    return ndr_report(
        b,
        NDR_DE,
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    )


def bounce_exchange_nl(b: Bounce) -> Message:
    return ndr_report(
        b,
        NDR_NL,
        "550 5.4.1 Recipient address rejected: Access denied. [AM4PEPF00027A6C.eurprd04.prod.outlook.com]",
    )


def bounce_exchange_it(b: Bounce) -> Message:
    """An Exchange delay notice in Italian (the message is still queued)."""
    body = (
        f"Recapito ritardato ai seguenti destinatari o gruppi:\n\n{b.rcpt}\n\n"
        f"Oggetto: {b.subject}\n\n"
        "Il messaggio non è stato ancora recapitato. Il server continuerà a riprovare automaticamente.\n\n"
        "Il server tenterà di recapitare il messaggio per altre 44 ore. Se la consegna non andrà a buon fine entro questo periodo, riceverai un'altra notifica. Non è necessario inviare di nuovo il messaggio.\n\n"
        f"Informazioni di diagnostica per gli amministratori:\n\nServer di generazione: {EXCHANGE_HOST}\n\n"
        f"Errore del server remoto: '451 4.4.7 Message delayed; the recipient's server mail.{b.domain} did not respond'\n"
    )
    dsn = Dsn(
        mta=EXCHANGE_HOST,
        action="delayed",
        remote=f"mail.{b.domain}",
        diagnostic="451 4.4.7 Message delayed",
    )
    msg = report(human(body, "utf-8", "qp"), delivery_status(b, dsn), returned_headers(b))
    return finish(
        b,
        msg,
        Envelope(
            sender=EXCHANGE_SENDER, subject="Recapito ritardato: " + b.subject, family="exchange"
        ),
    )


def bounce_exim_de(b: Bounce) -> Message:
    """A German-localised Exim delay warning, single plain-text part."""
    body = (
        "Diese Nachricht wurde automatisch vom Mailsystem erzeugt.\n"
        "Eine von Ihnen gesendete Nachricht konnte seit mehr als 24 Stunden\n"
        f"nicht an alle Empfänger zugestellt werden (Warteschlange auf mx.{b.domain}).\n\n"
        "Nachrichten-ID:   1vQ8Kd-00073e-2R\n"
        f"Betreff:          {b.subject}\n"
        f"Datum:            {format_datetime(b.sent)}\n\n"
        "Noch nicht zugestellt an:\n\n"
        f"  {b.rcpt}\n"
        f"    Verzögerungsgrund: SMTP-Fehler vom Zielserver nach RCPT TO:<{b.rcpt}>:\n"
        "    451 4.7.1 Please try again later (rate limited)\n\n"
        "Sie müssen nichts unternehmen. Das System versucht die Zustellung weiter,\n"
        "bis die Nachricht 4 Tage alt ist; danach erhalten Sie gegebenenfalls eine\n"
        "Fehlermeldung.\n"
    )
    msg = human(body, "utf-8", "qp")
    env = Envelope(
        sender=f"Mail Delivery System <Mailer-Daemon@mx.{b.domain}>",
        subject=f"Warnung: Nachricht verzögert (Status 4.7.1) – {b.subject}",
        failed_header=True,
    )
    return finish(b, msg, env)


def bounce_isp_fr(b: Bounce) -> Message:
    """A French provider's own notice: text plus the returned message, in multipart/mixed."""
    body = (
        "Ce message a été généré automatiquement par le serveur de messagerie d'Alizé Mail.\n\n"
        "Votre message n'a pas pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n"
        "    Motif : boîte aux lettres du destinataire pleine (552 5.2.2 Mailbox full)\n\n"
        "Le destinataire a atteint la limite de stockage de sa messagerie. Vous pouvez renvoyer votre message plus tard ou le contacter par un autre moyen.\n\n"
        "Votre message d'origine est joint à cette notification.\n\n"
        "-- \nAlizé Mail - Service de messagerie\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(human(body, "iso-8859-1", "qp"))
    outer.attach(MIMEMessage(original_reminder(b)))
    sender = f"{header_text('Alizé Mail', charset='iso-8859-1', name='From')} <postmaster@mx.alizemail.example>"
    env = Envelope(sender=sender, subject="Message non remis : boîte aux lettres pleine")
    return finish(b, outer, env)


def bounce_gmail_es(b: Bounce) -> Message:
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta fue:",
        "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-4368c3a5b21si48213f8f.210 - gsmtp",
    ]
    page = (
        '<html><head></head><body style="font-family:Arial,sans-serif">'
        + "".join(f"<p>{html.escape(x)}</p>" for x in lines)
        + "</body></html>\n"
    )
    alt = alternative(
        human("\n\n".join(lines) + "\n", "utf-8", "qp"),
        text_part(page, subtype="html", charset="utf-8", cte="qp"),
    )
    dsn = Dsn(
        mta="mx.google.com",
        action="failed",
        remote="gmail-smtp-in.l.google.com",
        diagnostic="550-5.1.1 The email account that you tried to reach does not exist.",
    )
    msg = report(alt, delivery_status(b, dsn), returned_headers(b))
    env = Envelope(
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        family="notice_gmail",
        failed_header=True,
    )
    return finish(b, msg, env)


def bounce_gateway_es(b: Bounce) -> Message:
    """A security gateway's delay notice in Spanish, one plain part with the original headers."""
    body = (
        "AVISO DE ENTREGA RETRASADA - Vigía Mail Gateway\n\n"
        f"Su mensaje para {b.rcpt} todavía no se ha podido entregar.\n\n"
        f"El servidor de correo de {b.domain} no acepta mensajes en este momento\n"
        "(respuesta: 452 4.3.2 System not accepting network messages, servicio en mantenimiento).\n\n"
        "El mensaje permanece en cola y la pasarela seguirá intentando entregarlo durante\n"
        "las próximas 48 horas. No es necesario que lo vuelva a enviar. Si finalmente no\n"
        "se puede entregar, recibirá un nuevo aviso.\n\n"
        "Código de estado: 4.3.2\n\n"
        "Datos del mensaje original:\n"
        f"  De:      {AR_ADDR}\n"
        f"  Para:    {b.rcpt}\n"
        f"  Asunto:  {b.subject}\n"
        f"  Fecha:   {format_datetime(b.sent)}\n"
    )
    env = Envelope(
        sender=f"Vigia Mail Gateway <no-reply-gateway@seguridad.{b.domain}>",
        subject="Aviso: entrega retrasada de su mensaje",
        family="notice",
    )
    return finish(b, human(body, "iso-8859-1", "qp"), env)


def bounce_isp_nl(b: Bounce) -> Message:
    body = (
        "Dit is een automatisch bericht van de mailserver van NoordNet.\n\n"
        "Uw bericht is nog niet afgeleverd bij de volgende ontvanger:\n\n"
        f"    {b.rcpt}\n\n"
        "De mailbox van de ontvanger is op dit moment vol (452 4.2.2 Mailbox over quota).\n"
        "Wij proberen het bericht de komende twee dagen opnieuw af te leveren. U hoeft niets te doen.\n"
        "Lukt het ook dan niet, dan ontvangt u een nieuw bericht.\n\n"
        "Met vriendelijke groet,\nNoordNet Mailservice\n"
    )
    dsn = Dsn(
        mta="mail-out2.noordnet.example",
        action="delayed",
        remote=f"mx.{b.domain}",
        diagnostic="452 4.2.2 Mailbox over quota",
    )
    msg = report(human(body), delivery_status(b, dsn), returned_headers(b))
    env = Envelope(
        sender="NoordNet Mailservice <mailer-daemon@mail-out2.noordnet.example>",
        subject=f"Vertraagde aflevering: {b.subject}",
    )
    return finish(b, msg, env)


def bounce_isp_it(b: Bounce) -> Message:
    body = (
        "Questo è un messaggio generato automaticamente dal sistema di posta di PostaWeb.\n\n"
        "Non è stato possibile recapitare il messaggio al seguente destinatario:\n\n"
        f"  {b.rcpt}\n"
        "  Errore permanente: 550 5.1.1 casella di posta inesistente (user unknown)\n\n"
        "L'indirizzo potrebbe essere errato oppure non più attivo. Verificare l'indirizzo con il destinatario prima di inviare di nuovo il messaggio.\n\n"
        "In allegato il messaggio originale.\n"
    )
    dsn = Dsn(
        mta="smtp3.postaweb.example",
        action="failed",
        remote=f"mx.{b.domain}",
        diagnostic="550 5.1.1 user unknown",
    )
    msg = report(
        human(body, "utf-8", "8bit"), delivery_status(b, dsn), MIMEMessage(original_reminder(b))
    )
    env = Envelope(
        sender="Sistema di posta PostaWeb <MAILER-DAEMON@smtp3.postaweb.example>",
        subject=f"Messaggio non recapitato: {b.subject}",
    )
    return finish(b, msg, env)


BOUNCE_BUILDERS: Final[dict[str, Callable[[Bounce], Message]]] = {
    "postfix": bounce_postfix,
    "qmail": bounce_qmail,
    "sendmail": bounce_sendmail,
    "exchange_de": bounce_exchange_de,
    "exim_de": bounce_exim_de,
    "isp_fr": bounce_isp_fr,
    "gmail_es": bounce_gmail_es,
    "gateway_es": bounce_gateway_es,
    "exchange_nl": bounce_exchange_nl,
    "isp_nl": bounce_isp_nl,
    "isp_it": bounce_isp_it,
    "exchange_it": bounce_exchange_it,
}

BOUNCES: Final = [
    Bounce(
        key="bo-en-1",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="events@alderley-expo.example",
        when="2026-12-14 09:07 +0000",
        rlang="en",
        mta="postfix",
        delay=4,
        note="Postfix RFC 3464 report with the whole reminder returned",
    ),
    Bounce(
        key="bo-en-2",
        lang="en",
        kind="hard",
        status="5.1.1",
        rcpt="bursar@greyfriars-school.example",
        when="2026-12-21 09:11 +0000",
        rlang="en",
        mta="qmail",
        delay=6,
        note="qmail failure notice: no MIME, no Auto-Submitted, status only as '#5.1.1'",
    ),
    Bounce(
        key="bo-en-3",
        lang="en",
        kind="soft",
        status="4.4.1",
        rcpt="accounts@tamworth-academy.example",
        when="2027-01-05 13:06 +0000",
        rlang="en",
        mta="sendmail",
        delay=240,
        note="sendmail four-hour delay warning",
    ),
    Bounce(
        key="bo-de-1",
        lang="de",
        kind="hard",
        status="5.1.10",
        rcpt="rechnungseingang@baeckerei-sonntag.example",
        when="2026-12-16 09:05 +0100",
        rlang="de",
        mta="exchange_de",
        delay=2,
        note="Exchange Online NDR in German",
    ),
    Bounce(
        key="bo-de-2",
        lang="de",
        kind="soft",
        status="4.7.1",
        rcpt="buchhaltung@moebel-kranz.example",
        when="2027-01-08 09:20 +0100",
        rlang="de",
        mta="exim_de",
        delay=1450,
        note="German-localised Exim delay warning, plain text, not RFC 3464",
    ),
    Bounce(
        key="bo-fr-1",
        lang="fr",
        kind="soft",
        status="5.2.2",
        rcpt="contact@creperie-ty-breizh.example",
        when="2026-12-29 10:12 +0100",
        rlang="fr",
        mta="isp_fr",
        delay=3,
        note="French provider notice in multipart/mixed; mailbox full with a 5.x code is soft (corpus rule), the code is kept",
    ),
    Bounce(
        key="bo-es-1",
        lang="es",
        kind="hard",
        status="5.1.1",
        rcpt="reservas.mesonelcid@gmail.com",
        when="2027-01-12 00:04 -0800",
        rlang="es",
        mta="gmail_es",
        delay=3,
        note="Gmail report with the human part in Spanish",
    ),
    Bounce(
        key="bo-es-2",
        lang="es",
        kind="soft",
        status="4.3.2",
        rcpt="compras@ferreteriaalonso.example",
        when="2026-12-18 13:30 +0100",
        rlang="es",
        mta="gateway_es",
        delay=240,
        note="security gateway delay notice in Spanish, single ISO-8859-1 part",
    ),
    Bounce(
        key="bo-nl-1",
        lang="nl",
        kind="hard",
        status="5.4.1",
        rcpt="facturen@bakkerijvanderven.example",
        when="2027-01-13 09:06 +0100",
        rlang="nl",
        mta="exchange_nl",
        delay=2,
        note="Exchange Online NDR in Dutch, recipient rejected (access denied)",
    ),
    Bounce(
        key="bo-nl-2",
        lang="nl",
        kind="soft",
        status="4.2.2",
        rcpt="info@fietsenbijdehand.example",
        when="2026-12-23 15:40 +0100",
        rlang="nl",
        mta="isp_nl",
        delay=360,
        note="Dutch provider delay report, mailbox over quota (4.x.x)",
    ),
    Bounce(
        key="bo-it-1",
        lang="it",
        kind="hard",
        status="5.1.1",
        rcpt="amministrazione@tipicasa-arredi.example",
        when="2026-12-17 09:09 +0100",
        rlang="it",
        mta="isp_it",
        delay=5,
        note="Italian provider report, 8-bit human part, reminder returned",
    ),
    Bounce(
        key="bo-it-2",
        lang="it",
        kind="soft",
        status="4.4.7",
        rcpt="contabilita@hotelmiramare-rimini.example",
        when="2027-01-04 13:05 +0100",
        rlang="it",
        mta="exchange_it",
        delay=240,
        note="Exchange delay notice in Italian",
    ),
]


def assign_default_invoices(replies: Sequence[Reply], bounces: Sequence[Bounce]) -> dict[str, str]:
    """An invoice number for every reminder whose text does not name one, never reusing a number."""
    used = {ref for r in replies for ref in re.findall(r"HP-\d{6}", r.body)} | {
        r.inv for r in replies if r.inv
    }
    keys = [r.key for r in replies if not r.inv] + [b.key for b in bounces]
    out: dict[str, str] = {}
    for key in keys:
        n = number(key, "invoice", 204400, 204999)
        while f"HP-{n:06d}" in used:
            n += 1
        out[key] = f"HP-{n:06d}"
        used.add(out[key])
    return out


DEFAULT_INVOICES: Final = assign_default_invoices(REPLIES, BOUNCES)

# --------------------------------------------------------------------------------------------
# Labels, checks, output
# --------------------------------------------------------------------------------------------

CURRENCIES: Final = frozenset({"GBP", "USD", "EUR"})


@dataclass(frozen=True, kw_only=True)
class Item:
    """One built message with its label (the file name is set when the order is known)."""

    key: str
    msg: Message
    label: Label
    sent: datetime
    text: str


def empty_label(intent: str, lang: str) -> Label:
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
        language=lang,
        note=None,
    )


def reply_label(r: Reply) -> Label:
    label = empty_label(r.intent, r.lang)
    f = r.facts
    label["promised_date"] = f.get("promised_date")
    label["paid_date"] = f.get("paid_date")
    label["return_date"] = f.get("return_date")
    label["payment_reference"] = f.get("payment_reference")
    label["amount"] = f.get("amount")
    label["currency"] = f.get("currency")
    label["new_contact"] = f.get("new_contact")
    label["invoice_refs"] = list(f.get("invoice_refs", []))
    label["note"] = f.get("note")
    return label


def bounce_label(b: Bounce) -> Label:
    label = empty_label("bounce", b.lang)
    label["bounce_kind"] = b.kind
    label["failed_recipient"] = b.rcpt
    label["bounce_status"] = b.status
    label["note"] = b.note
    return label


def all_items() -> list[Item]:
    items = [
        Item(key=r.key, msg=build_reply(r), label=reply_label(r), sent=r.dt, text=r.body)
        for r in REPLIES
    ]
    items += [
        Item(key=b.key, msg=BOUNCE_BUILDERS[b.mta](b), label=bounce_label(b), sent=b.dt, text="")
        for b in BOUNCES
    ]
    return items


def fail(where: str, problem: str) -> None:
    raise SystemExit(f"{where}: {problem}")


def check_headers(name: str, part: Message) -> None:
    for header, value in part.items():
        if getattr(value, "defects", ()):
            fail(name, f"defective {header} header")
        if header in {"From", "Subject", "To", "Cc"} and "=?" in str(value):
            fail(name, f"{header} not decoded")


def check_message(name: str, data: bytes) -> None:
    """Parse the file back as a modern client would: headers decode, text parts decode, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            fail(name, f"no {header}")
    for part in msg.walk():
        if part.defects:
            fail(name, f"MIME defects {part.defects}")
        check_headers(name, part)
        if part.get_content_maintype() == "text" and "\ufffd" in part.get_content():
            fail(name, "undecodable text part")


def dated_fields(label: Label) -> list[tuple[str, str | None, str]]:
    """Each date field with its value and the only intent that may carry it."""
    return [
        ("promised_date", label["promised_date"], "promise_to_pay"),
        ("paid_date", label["paid_date"], "payment_sent"),
        ("return_date", label["return_date"], "auto_reply"),
    ]


def check_date_fields(name: str, label: Label) -> None:
    window = (date(2026, 11, 1), date(2027, 3, 31))
    for key, value, owner in dated_fields(label):
        if value is None:
            continue
        if label["intent"] != owner:
            fail(name, f"{key} on a {label['intent']} message")
        if not window[0] <= date.fromisoformat(value) <= window[1]:
            fail(name, f"{key} {value} outside the plausible window")


def check_money(name: str, label: Label) -> None:
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        fail(name, "amount and currency must come together")
    if amount is not None and not re.fullmatch(r"\d+\.\d{2}", amount):
        fail(name, f"amount {amount!r} is not in 1234.50 form")
    if currency is not None and currency not in CURRENCIES:
        fail(name, f"unknown currency {currency}")


def check_contact_and_refs(name: str, label: Label) -> None:
    contact = label["new_contact"]
    if contact is not None and (
        label["intent"] != "wrong_contact" or contact != contact.lower() or "@" not in contact
    ):
        fail(name, f"bad new_contact {contact!r}")
    for ref in label["invoice_refs"]:
        if not re.fullmatch(r"HP-\d{6}", ref):
            fail(name, f"invoice ref {ref!r} is not in HP-NNNNNN form")


def check_bounce_fields(name: str, label: Label) -> None:
    kind, status, rcpt = label["bounce_kind"], label["bounce_status"], label["failed_recipient"]
    if label["intent"] != "bounce":
        if (kind, status, rcpt) != (None, None, None):
            fail(name, "bounce fields on a non-bounce message")
        return
    if (
        kind is None
        or status is None
        or rcpt is None
        or not re.fullmatch(r"[45]\.\d{1,3}\.\d{1,3}", status)
    ):
        fail(name, "incomplete bounce fields")
        return
    soft = status.startswith("4.") or status == "5.2.2"
    if kind != ("soft" if soft else "hard"):
        fail(name, f"bounce_kind {kind} does not match status {status}")


def check_label(label: Label) -> None:
    name = label["file"]
    if tuple(label) != LABEL_ORDER:
        fail(name, "label keys out of order")
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        fail(name, "unknown intent or language")
    check_date_fields(name, label)
    check_money(name, label)
    check_contact_and_refs(name, label)
    check_bounce_fields(name, label)


def check_item(item: Item) -> None:
    """Checks tied to the hand-written spec: date window, refs present in the new text."""
    if not FIRST_DAY <= item.sent.date() <= LAST_DAY:
        fail(item.key, f"dated {item.sent:%Y-%m-%d}, outside the corpus window")
    for ref in item.label["invoice_refs"]:
        if ref not in item.text:
            fail(item.key, f"{ref} is labelled but not written in the new text")


def check_counts(labels: Sequence[Label]) -> None:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    per_intent = Counter(x["intent"] for x in labels)
    per_lang = Counter(x["language"] for x in labels)
    if len(labels) != 120 or any(per_intent[i] != 12 for i in INTENTS):
        fail("corpus", f"expected 12 messages per intent, got {dict(per_intent)}")
    if any(cells[i, lang] == 0 for i in INTENTS for lang in LANGS):
        fail("corpus", "some language misses an intent")
    if per_lang["en"] != 30 or any(per_lang[lang] != 18 for lang in LANGS[1:]):
        fail("corpus", f"unexpected language split {dict(per_lang)}")
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        fail("corpus", f"expected 6 hard and 6 soft bounces, got {dict(kinds)}")


def count_table(labels: Sequence[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(str(c) for c in counts) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[Label]:
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        fail("corpus", "duplicate keys")
    items.sort(key=lambda item: digest(item.key, f"file-order-{SEED}"))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number_, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number_:03d}.eml"
        data = item.msg.as_bytes()
        check_message(name, data)
        check_item(item)
        item.label["file"] = name
        check_label(item.label)
        (HERE / name).write_bytes(data)
        labels.append(item.label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
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
