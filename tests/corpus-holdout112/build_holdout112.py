# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes and quotes that people and their clients really type.
"""Build held-out reply corpus 112: the ``h112-NNN.eml`` files and ``labels.jsonl``.

Every message reaches the receivables mailbox of Loomcraft Textile Recycling after it sent an
overdue reminder. The new text of each message is written by hand below. This script adds only
what a mail client or a mail server would add: the quoted reminder in the client's layout and
language, headers, MIME structure, charsets and transfer encodings. It writes next to itself,
deterministically, parses every file back as a check and prints the count table.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "h112"
SEED = "holdout112-loomcraft-2029"
AR_NAME = "Loomcraft Accounts"
AR_ADDR = "ar@loomcraft-recycling.example"
AR_DOMAIN = "loomcraft-recycling.example"
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
ALLOWED_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# The planned spread: English 3 per intent, each other language 2, except one intent with 1.
SINGLE_LANGUAGE = {
    "payment_sent": "de",
    "promise_to_pay": "fr",
    "dispute": "es",
    "payment_plan": "nl",
    "invoice_request": "it",
    "wrong_contact": "de",
    "unsubscribe": "fr",
    "auto_reply": "es",
    "bounce": "nl",
    "other": "it",
}
FIRST_DAY = date(2029, 10, 1)
LAST_DAY = date(2029, 10, 26)
INVOICE_RE = re.compile(r"^LTR/\d{5}/A$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
STATUS_RE = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


# --------------------------------------------------------------------------------------------
# Time: the UK and central Europe share the EU summer-time switch dates
# --------------------------------------------------------------------------------------------

STANDARD_OFFSET = {"uk": 0, "cet": 1}


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a 31-day month."""
    end = date(year, month, 31)
    return end - timedelta(days=(end.weekday() + 1) % 7)


def zone_offset(zone: str, utc: datetime) -> timezone:
    """The UTC offset in force in `zone` at the naive UTC instant `utc`."""
    start = datetime.combine(last_sunday(utc.year, 3), time(1))
    end = datetime.combine(last_sunday(utc.year, 10), time(1))
    hours = STANDARD_OFFSET[zone] + (1 if start <= utc < end else 0)
    return timezone(timedelta(hours=hours))


def local_time(when: str, zone: str) -> datetime:
    """A wall-clock time in `zone` ("2029-10-03 14:22"), with the offset of that day."""
    naive = datetime.strptime(when, "%Y-%m-%d %H:%M")
    utc = naive - timedelta(hours=STANDARD_OFFSET[zone])
    first = naive.replace(tzinfo=zone_offset(zone, utc))
    return naive.replace(tzinfo=zone_offset(zone, first.astimezone(UTC).replace(tzinfo=None)))


def in_zone(moment: datetime, zone: str) -> datetime:
    """The same instant, as a clock in `zone` shows it."""
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.astimezone(zone_offset(zone, utc))


# --------------------------------------------------------------------------------------------
# Locale tables (mail-client chrome and Loomcraft's reminder)
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}

# Gmail's attribution line, per interface language.
GMAIL_ATTRIBUTION = {
    "en": "On {da}, {d} {ma} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {da}, {d}. {ma} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {da} {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {da}, {d} {ma} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {da} {d} {ma} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {da} {d} {ma} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
# Apple Mail and iOS Mail.
APPLE_ATTRIBUTION = {
    "en": "On {d} {ma} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{dl}, {d} {ml} {y} {HH}:{mm}",
    "de": "{dl}, {d}. {ml} {y} {HH}:{mm}",
    "fr": "{dl} {d} {ml} {y} {HH}:{mm}",
    "es": "{dl}, {d} de {ml} de {y} {H}:{mm}",
    "nl": "{dl} {d} {ml} {y} {HH}:{mm}",
    "it": "{dl} {d} {ml} {y} {HH}:{mm}",
}


@dataclass(frozen=True)
class OutlookLocale:
    """Outlook's quoted-header vocabulary in one language."""

    original: str
    labels: tuple[str, str, str, str]
    separator: str
    reply_prefix: str
    auto_prefix: str
    android: str
    body_lang: str


OUTLOOK = {
    "en": OutlookLocale(
        "-----Original Message-----",
        ("From", "Sent", "To", "Subject"),
        ": ",
        "RE: ",
        "Automatic reply: ",
        "Get Outlook for Android",
        "EN-GB",
    ),
    "de": OutlookLocale(
        "-----Ursprüngliche Nachricht-----",
        ("Von", "Gesendet", "An", "Betreff"),
        ": ",
        "AW: ",
        "Automatische Antwort: ",
        "Outlook für Android herunterladen",
        "DE",
    ),
    "fr": OutlookLocale(
        "-----Message d'origine-----",
        ("De", "Envoyé", "À", "Objet"),
        " : ",
        "RE : ",
        "Réponse automatique : ",
        "Télécharger Outlook pour Android",
        "FR",
    ),
    "es": OutlookLocale(
        "-----Mensaje original-----",
        ("De", "Enviado el", "Para", "Asunto"),
        ": ",
        "RE: ",
        "Respuesta automática: ",
        "Obtener Outlook para Android",
        "ES",
    ),
    "nl": OutlookLocale(
        "-----Oorspronkelijk bericht-----",
        ("Van", "Verzonden", "Aan", "Onderwerp"),
        ": ",
        "RE: ",
        "Automatisch antwoord: ",
        "Outlook voor Android downloaden",
        "NL",
    ),
    "it": OutlookLocale(
        "-----Messaggio originale-----",
        ("Da", "Inviato", "A", "Oggetto"),
        ": ",
        "R: ",
        "Risposta automatica: ",
        "Scarica Outlook per Android",
        "IT",
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

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Loomcraft Textile Recycling",
    "de": "Offene Rechnung {inv} – Loomcraft Textile Recycling",
    "fr": "Facture {inv} en attente de règlement – Loomcraft Textile Recycling",
    "es": "Factura {inv} pendiente de pago – Loomcraft Textile Recycling",
    "nl": "Openstaande factuur {inv} – Loomcraft Textile Recycling",
    "it": "Fattura {inv} in attesa di pagamento – Loomcraft Textile Recycling",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We haven't yet received payment for the invoice below, which is now past its due date:\n\n"
        "  Invoice:          {inv}\n"
        "  Invoice date:     {issued}\n"
        "  Due date:         {due}\n"
        "  Amount due:       {amount}\n\n"
        "If payment is already on its way, thank you – please let us know the date and your reference so that we can match it. If anything on the invoice doesn't look right, just reply to this email and we'll look into it.\n\n"
        "Many thanks,\n\n"
        "Accounts Receivable\nLoomcraft Textile Recycling Ltd\nUnit 7, Mercer Way Trade Park, Bradford\nTel. 01632 960418"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die folgende Rechnung konnten wir bisher keinen Zahlungseingang feststellen:\n\n"
        "  Rechnung:         {inv}\n"
        "  Rechnungsdatum:   {issued}\n"
        "  Fällig seit:      {due}\n"
        "  Offener Betrag:   {amount}\n\n"
        "Falls Sie bereits gezahlt haben, nennen Sie uns bitte Zahlungsdatum und Verwendungszweck, damit wir die Zahlung zuordnen können. Stimmt etwas mit der Rechnung nicht, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nLoomcraft Textile Recycling Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous, arrivée à échéance, n'a pas encore été réglée :\n\n"
        "  Facture :         {inv}\n"
        "  Date :            {issued}\n"
        "  Échéance :        {due}\n"
        "  Montant dû :      {amount}\n\n"
        "Si le paiement est en cours, merci de nous en indiquer la date et la référence. Si la facture vous semble inexacte, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité clients\nLoomcraft Textile Recycling Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Todavía no hemos recibido el pago de la siguiente factura, cuyo vencimiento ya ha pasado:\n\n"
        "  Factura:            {inv}\n"
        "  Fecha:              {issued}\n"
        "  Vencimiento:        {due}\n"
        "  Importe pendiente:  {amount}\n\n"
        "Si ya la han abonado, les agradeceríamos que nos indicaran la fecha y la referencia de la transferencia. Si observan algún error en la factura, respondan a este correo y lo revisaremos.\n\n"
        "Un saludo,\n\n"
        "Cuentas a cobrar\nLoomcraft Textile Recycling Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij hebben de betaling van onderstaande factuur nog niet ontvangen, terwijl de vervaldatum inmiddels verstreken is:\n\n"
        "  Factuur:            {inv}\n"
        "  Factuurdatum:       {issued}\n"
        "  Vervaldatum:        {due}\n"
        "  Openstaand bedrag:  {amount}\n\n"
        "Is de betaling al onderweg, laat ons dan de datum en het betalingskenmerk weten. Klopt er iets niet aan de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nLoomcraft Textile Recycling Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "non risulta ancora pervenuto il pagamento della fattura indicata qui sotto, già scaduta:\n\n"
        "  Fattura:             {inv}\n"
        "  Data:                {issued}\n"
        "  Scadenza:            {due}\n"
        "  Importo da saldare:  {amount}\n\n"
        "Se il pagamento è già stato disposto, vi chiediamo di comunicarci data e riferimento del bonifico. Se riscontrate errori nella fattura, rispondete pure a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio crediti\nLoomcraft Textile Recycling Ltd"
    ),
}
DATE_PATTERN = {
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
}


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key (all ids, boundaries and defaults come from it)."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def pick(key: str, salt: str, modulo: int) -> int:
    """A stable number in ``range(modulo)`` derived from a key."""
    return int.from_bytes(digest(key, salt)[:8], "big") % modulo


def b32(key: str, salt: str, length: int) -> str:
    """A stable upper-case base32 token."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


def date_fields(loc: str, moment: datetime | date) -> dict[str, str]:
    """Format fields for the locale tables."""
    hour = moment.hour if isinstance(moment, datetime) else 0
    minute = moment.minute if isinstance(moment, datetime) else 0
    weekday, month = moment.weekday(), moment.month - 1
    return {
        "da": DAY_ABBR[loc].split()[weekday],
        "dl": DAY_NAMES[loc].split()[weekday],
        "ma": MONTH_ABBR[loc].split()[month],
        "ml": MONTH_NAMES[loc].split()[month],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "HH": f"{hour:02d}",
        "H": str(hour),
        "mm": f"{minute:02d}",
    }


def render(template: str, loc: str, moment: datetime | date, **extra: str) -> str:
    """Fill a locale template with the parts of a date."""
    return template.format(**date_fields(loc, moment), **extra)


def money(amount: Decimal, currency: str, lang: str) -> str:
    """An amount the way the reminder writes it in `lang`."""
    whole, cents = f"{amount:.2f}".split(".")
    groups = f"{int(whole):,}"
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if lang == "en":
        return f"{symbol}{groups}.{cents}"
    dotted = groups.replace(",", ".")
    if lang == "fr":
        return f"{groups.replace(',', ' ')},{cents} {symbol}"
    if lang in {"nl", "it"}:
        return f"{symbol} {dotted},{cents}"
    return f"{dotted},{cents} {symbol}"


def latin1_safe(text: str) -> str:
    """Replace what ISO-8859-1 cannot carry, as an old client would."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str) -> str:
    """Prefix every line with ``> `` (and empty lines with ``>``)."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Escape text for HTML, keeping its line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Blank-line separated paragraphs as ``<div>`` blocks."""
    return "\n".join(f"<div>{html_lines(p)}</div><div><br></div>" for p in text.split("\n\n"))


def flowed(text: str, width: int = 72) -> str:
    """Soft-wrap text as RFC 3676 format=flowed (trailing space = soft break, space-stuffing)."""
    out: list[str] = []
    for line in text.split("\n"):
        prefix_match = re.match(r"^(>+ ?)", line)
        prefix = prefix_match.group(1) if prefix_match else ""
        content = line[len(prefix) :]
        if not prefix and (content.startswith((" ", "From ")) and content != "-- "):
            content = " " + content
        if len(prefix) + len(content) <= width + 6 or " " not in content.strip():
            out.append(prefix + content)
            continue
        words = content.split(" ")
        current = ""
        for word in words:
            if current and len(prefix) + len(current) + len(word) + 1 > width:
                out.append(f"{prefix}{current} ")
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(prefix + current)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

ENCODINGS = {"qp": cs.QP, "b64": cs.BASE64}


def body_charset(name: str, cte: str) -> cs.Charset:
    """A fresh Charset carrying the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    # None (7bit or 8bit): the payload goes out as it is
    charset.body_encoding = ENCODINGS.get(cte)  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text/* part; raises if the hand-written text does not fit the charset."""
    text.encode(charset)
    if cte == "7bit" and not text.isascii():
        raise ValueError("7bit part with non-ASCII text")
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def alternative(parts: list[Message]) -> Message:
    """A multipart/alternative around the given parts."""
    outer = MIMEMultipart("alternative")
    for part in parts:
        outer.attach(part)
    return outer


def encoded_header(value: str, charset: str, mode: str, name: str = "Subject") -> str:
    """A header value as the client writes it: RFC 2047 words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    header_charset = cs.Charset(charset)
    header_charset.header_encoding = cs.BASE64 if mode == "b" else cs.QP
    return Header(value, header_charset, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str, mode: str) -> str:
    """A ``Name <addr>`` mailbox, the name encoded when it is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, mode, 'From')} <{addr}>"


def move_content_headers_last(msg: Message) -> None:
    """Put the MIME headers under the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def strip_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    payload = part.get_payload()
    if not isinstance(payload, list):
        return
    for sub in payload:
        if isinstance(sub, Message):
            strip_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_STYLE = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "outlook_html": "_000_",
    "notice_html": "_000_",
}


def fix_boundaries(msg: Message, key: str, client: str) -> None:
    """Deterministic boundaries shaped like the client's own."""
    prefix = BOUNDARY_STYLE.get(client, "----=_Part_")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        token = b32(key, f"boundary{n}", 26)
        if prefix == "000000000000":
            token = digest(key, f"boundary{n}").hex()[:16]
        part.set_boundary(prefix + token)


def finalize(msg: Message, key: str, client: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    move_content_headers_last(msg)
    strip_inner_versions(msg)
    fix_boundaries(msg, key, client)
    return msg


# --------------------------------------------------------------------------------------------
# Message specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    client: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    zone: str = ""
    rlang: str = ""
    inv: str = ""
    amount: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    cc: str = ""
    to: str = ""
    attach: str = ""
    lag: int = 0
    threaded: bool = True

    @property
    def tz(self) -> str:
        """The sender's time zone: UK for English writers unless stated."""
        return self.zone or ("uk" if self.lang == "en" else "cet")

    @property
    def dt(self) -> datetime:
        """The message's Date, in the sender's time zone."""
        return local_time(self.when, self.tz)

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def invoice(self) -> str:
        """The invoice the reminder chased."""
        return self.inv or assigned_invoices()[self.key]

    @property
    def reminder_time(self) -> datetime:
        """When the reminder left (an auto-reply answers within minutes)."""
        return reminder_sent(self.key, self.dt, self.lag, self.intent == "auto_reply")

    @property
    def currency(self) -> str:
        """UK customers are billed in pounds, the others in euros."""
        return "GBP" if self.tz == "uk" else "EUR"

    @property
    def due_amount(self) -> Decimal:
        """The amount in the reminder."""
        if self.amount:
            return Decimal(self.amount)
        return (
            Decimal(180 + pick(self.key, "amount", 2600))
            + Decimal(pick(self.key, "cents", 20) * 5) / 100
        )

    @property
    def mode(self) -> str:
        """How the client encodes non-ASCII headers: ``b`` (base64) or ``q``."""
        return (
            "b"
            if self.client in {"outlook", "outlook_html", "html_only", "android"}
            and self.charset == "utf-8"
            else "q"
        )


def lab(*refs: str, note: str | None = None, **fields: str) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reminder:
    """Loomcraft's overdue reminder as one customer received it."""

    lang: str
    inv: str
    amount: Decimal
    currency: str
    sent: datetime
    to_name: str
    to_addr: str
    key: str

    @property
    def due(self) -> date:
        """The invoice's due date, a few weeks before the reminder."""
        return due_date(self.key, self.sent)

    @property
    def issued(self) -> date:
        """Thirty-day terms."""
        return self.due - timedelta(days=30)

    @property
    def subject(self) -> str:
        """The reminder's subject line."""
        return REMINDER_SUBJECT[self.lang].format(inv=self.inv)

    @property
    def text(self) -> str:
        """The reminder's body."""
        return REMINDER_BODY[self.lang].format(
            inv=self.inv,
            issued=render(DATE_PATTERN[self.lang], self.lang, self.issued),
            due=render(DATE_PATTERN[self.lang], self.lang, self.due),
            amount=money(self.amount, self.currency, self.lang),
        )

    @property
    def message_id(self) -> str:
        """The reminder's Message-ID (answered by In-Reply-To)."""
        return f"<dunmail.{b32(self.key, 'reminder', 20).lower()}@{AR_DOMAIN}>"

    def as_message(self) -> Message:
        """The reminder as it left Loomcraft (returned inside some bounces)."""
        msg = text_part(self.text + "\n", "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = (
            formataddr((self.to_name, self.to_addr)) if self.to_name.isascii() else self.to_addr
        )
        msg["Subject"] = encoded_header(self.subject, "utf-8", "q")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = self.message_id
        msg["X-Mailer"] = "dunmail"
        move_content_headers_last(msg)
        return msg


def due_date(key: str, sent: datetime) -> date:
    """An invoice falls due nine to seventeen days before its reminder."""
    return sent.date() - timedelta(days=9 + pick(key, "due", 9))


def reminder_sent(key: str, reply: datetime, lag: int, immediate: bool = False) -> datetime:
    """The reminder went out on a working morning a few days before the reply (UK time).

    Automatic answers follow it within minutes.
    """
    if immediate:
        return in_zone(reply - timedelta(minutes=2 + pick(key, "minute", 9)), "uk")
    days = lag or 1 + pick(key, "lag", 4)
    day = reply.date()
    while days:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return local_time(f"{day.isoformat()} 08:{30 + pick(key, 'minute', 25):02d}", "uk")


def reminder_for(r: Reply) -> Reminder:
    """The reminder a reply answers."""
    to_name, to_addr = r.who
    if r.to:
        to_name, to_addr = "", r.to
    return Reminder(
        r.reminder_lang,
        r.invoice,
        r.due_amount,
        r.currency,
        r.reminder_time,
        to_name,
        to_addr,
        r.key,
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


def make_quote(r: Reply, rem: Reminder) -> Quote:
    """Quote the reminder in the reply's charset and the sender's clock."""
    text, subject = rem.text, rem.subject
    if r.charset == "iso-8859-1":
        text, subject = latin1_safe(text), latin1_safe(subject)
    name, addr = rem.to_name, rem.to_addr
    to = f"{name} <{addr}>" if name else addr
    return Quote(text, subject, in_zone(rem.sent, r.tz), r.lang, to)


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject rows of Outlook's quoted header."""
    loc = OUTLOOK[q.loc]
    values = (
        f"{AR_NAME} <{AR_ADDR}>",
        render(OUTLOOK_SENT[q.loc], q.loc, q.sent),
        q.to,
        q.subject,
    )
    return list(zip(loc.labels, values, strict=True))


def outlook_text_block(q: Quote) -> str:
    """Outlook's plain-text quoted header."""
    sep = OUTLOOK[q.loc].separator
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def word_html(r: Reply, q: Quote, body_charset_name: str) -> str:
    """Outlook desktop's Word-generated HTML, with the divider above the quoted header."""
    loc = OUTLOOK[q.loc]
    colon = "&nbsp;:" if q.loc == "fr" else ":"
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{colon}</b> {html.escape(value)}"
        for label, value in outlook_rows(q)
    )
    mine = "\n".join(
        f'<p class="MsoNormal">{html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"}</p>'
        for line in r.body.split("\n")
    )
    theirs = "\n".join(
        f'<p class="MsoNormal">{html.escape(line, quote=False) if line else "&nbsp;"}</p>'
        for line in q.text.split("\n")
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={body_charset_name}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        "span.EmailStyle20\n\t{mso-style-type:personal-reply;\n\tcolor:windowtext;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{loc.body_lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mine}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{theirs}\n"
        "</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised "Original Message" line."""
    loc = OUTLOOK[q.loc]
    text = f"{r.body}\n\n{loc.original}\n{outlook_text_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop, HTML with a plain-text alternative."""
    text = f"{r.body}\n\n{outlook_text_block(q)}\n\n{q.text}\n"
    return alternative(
        [
            text_part(text, "plain", r.charset, r.cte),
            text_part(word_html(r, q, r.charset), "html", r.charset, r.cte),
        ]
    )


def client_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message that went out as HTML only."""
    return text_part(word_html(r, q, r.charset), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64, the app's footer, an underscore rule."""
    loc = OUTLOOK[q.loc]
    text = f"{r.body}\n\n{loc.android}\n{'_' * 32}\n{outlook_text_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's "On … wrote:" line."""
    return render(GMAIL_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's "On … wrote:" line."""
    return render(APPLE_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def client_gmail(r: Reply, q: Quote) -> Message:
    """Gmail: multipart/alternative, the quote in a ``gmail_quote`` blockquote."""
    attribution = gmail_attribution(q)
    text = f"{r.body}\n\n{attribution}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(
        [
            text_part(text, "plain", r.charset, r.cte),
            text_part(markup, "html", r.charset, r.cte),
        ]
    )


def client_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: ``>`` quoting under the attribution line."""
    text = f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac: alternative with a ``blockquote type=cite``."""
    attribution = apple_attribution(q)
    text = f"{r.body}\n\n{attribution}\n\n{quote_lines(q.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f"{html_paragraphs(r.body)}"
        f'<div><br><blockquote type="cite"><div>{html.escape(attribution)}</div>'
        '<br class="Apple-interchange-newline">'
        f"{html_paragraphs(q.text)}</blockquote></div><br></body></html>\n"
    )
    return alternative(
        [
            text_part(text, "plain", r.charset, r.cte),
            text_part(markup, "html", r.charset, r.cte),
        ]
    )


def client_iphone(r: Reply, q: Quote) -> Message:
    """iOS Mail: the localised signature, then the whole quote under ``>``."""
    quoted = quote_lines(f"{apple_attribution(q)}\n\n{q.text}")
    text = f"{r.body}\n\n{IPHONE_SIGNATURE[q.loc]}\n\n{quoted}\n"
    return text_part(text, "plain", r.charset, r.cte)


def client_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed, the attribution line directly above the quote."""
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME)
    text = flowed(f"{r.body}\n\n{attribution}\n{quote_lines(q.text)}\n")
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def client_notice(r: Reply, q: Quote) -> Message:
    """Automatic notices and payment advices quote nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def client_notice_html(r: Reply, q: Quote) -> Message:
    """An Exchange-style automatic reply: plain text plus a bare HTML rendering."""
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{html_paragraphs(r.body)}</div></body></html>\n'
    )
    return alternative(
        [
            text_part(r.body + "\n", "plain", r.charset, r.cte),
            text_part(markup, "html", r.charset, r.cte),
        ]
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
    "thunderbird": client_thunderbird,
    "notice": client_notice,
    "notice_html": client_notice_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23A355)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def message_id(r: Reply) -> str:
    """A Message-ID shaped like the client's, derived from the key."""
    raw = digest(r.key, "message-id")
    domain = r.who[1].split("@")[1]
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in OUTLOOK_FAMILY:
        region = "GBRP265" if r.tz == "uk" else f"EURP19{pick(r.key, 'region', 4) + 1}"
        site = "LO4P265" if r.tz == "uk" else f"AS8PR0{pick(r.key, 'host', 9) + 1}"
        host = f"{site}MB{1000 + pick(r.key, 'mb', 8999)}"
        return f"<{host}{raw.hex()[:12].upper()}@{host}.{region}.PROD.OUTLOOK.COM>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:28]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject line the client produces (or the one the sender typed)."""
    if r.subject:
        return r.subject.format(sub=q.subject)
    if r.client in OUTLOOK_FAMILY:
        return OUTLOOK[q.loc].reply_prefix + q.subject
    return "Re: " + q.subject


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body with a small PDF when the sender attached one."""
    if not r.attach:
        return body
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf_bytes = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        + f"% {r.key}\n".encode()
        + b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )
    pdf = MIMEApplication(pdf_bytes, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=r.attach)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    """The whole message: body tree, then headers in the order clients write them."""
    rem = reminder_for(r)
    q = make_quote(r, rem)
    msg = with_attachment(r, CLIENTS[r.client](r, q))
    msg["From"] = mailbox(*r.who, r.charset, r.mode)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = encoded_header(reply_subject(r, q), r.charset, r.mode)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = rem.message_id
        msg["References"] = rem.message_id
    if r.client in OUTLOOK_FAMILY:
        msg["Thread-Topic"] = encoded_header(q.subject, r.charset, r.mode, "Thread-Topic")
        msg["Thread-Index"] = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
        msg["Content-Language"] = {"en": "en-GB"}.get(r.lang, f"{r.lang}-{r.lang.upper()}")
        msg["X-MS-Has-Attach"] = "yes" if r.attach else ""
    for name, value in [*CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, r.client)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT = [
    Reply(
        "ps-en-done",
        "payment_sent",
        "en",
        ("Marcus Bell", "marcus@bellworkwear-embroidery.example"),
        "2029-10-09 17:58",
        "android",
        "done",
        lab(note="one word under an overdue reminder: paid, no date"),
    ),
    Reply(
        "ps-en-remittance",
        "payment_sent",
        "en",
        (
            "Accounts Payable - Northfleet Community Health NHS Trust",
            "ap.noreply@northfleetcommunity-nhs.example",
        ),
        "2029-10-05 06:12",
        "notice",
        "REMITTANCE ADVICE\n\n"
        "Payer:          Northfleet Community Health NHS Trust\n"
        "Supplier:       LOOMCRAFT TEXTILE RECYCLING LTD\n"
        "Supplier no.:   300418\n"
        "Payment no.:    0092217\n"
        "Payment date:   04/10/2029\n"
        "Method:         BACS\n\n"
        "Invoice number      Invoice date      Amount (GBP)\n"
        "LTR/04417/A         17/08/2029            2,316.00\n"
        "LTR/04452/A         29/08/2029              418.50\n"
        "                                      ------------\n"
        "Total paid                                2,734.50\n\n"
        "Funds will reach your bank account within 3 working days of the payment date. Please quote the payment number on any query.\n\n"
        "This message was generated automatically. Replies to this address are not monitored. For supplier queries please call the Accounts Payable helpdesk on 01632 960771.",
        lab(
            "LTR/04417/A",
            "LTR/04452/A",
            paid_date="2029-10-04",
            payment_reference="0092217",
            amount="2734.50",
            currency="GBP",
            note="AP-system remittance advice with Auto-Submitted: a payment, not an auto-reply; the amount is the total paid",
        ),
        subject="Remittance Advice - Payment 0092217 - LOOMCRAFT TEXTILE RECYCLING LTD",
        cte="7bit",
        headers=(AUTO_GENERATED, ("X-Mailer", "Integra Payables Mailer 4.2")),
        threaded=False,
    ),
    Reply(
        "ps-en-ramble",
        "payment_sent",
        "en",
        ("Bernadette O'Rourke", "housekeeping@esplanadehotel-scarborough.example"),
        "2029-10-23 15:37",
        "outlook_html",
        "Hi there,\n\n"
        "Sorry it's taken me a while to get back to you, it's been one of those weeks. We had the wedding fair on Saturday and then two of my girls off sick, so I've been on the floor myself most days.\n\n"
        "While I've got you – the cage your driver left last time has a broken wheel, so could whoever comes next bring a replacement? It's by the laundry door round the back. We've also got a big pile of the old burgundy tabards from before the refurb that I'd like gone, is that something you'd take with the normal collection or does it need booking separately?\n\n"
        "About the invoice, I checked with Sandra in finance this morning and she says it went in last Thursday's payment run, so it should be with you by now. If it's not showing your end let me know and I'll chase her.\n\n"
        "Also our new GM starts on the 1st, a Mr Patel, so you might get an email from him about the contract renewal at some point.\n\n"
        "Thanks\n"
        "Bernie\n\n"
        "Bernadette O'Rourke\n"
        "Head Housekeeper\n"
        "The Esplanade Hotel, Scarborough",
        lab(
            paid_date="2029-10-18",
            note="payment buried in a long message; 'last Thursday's payment run' written on Tue 23 Oct is Thu 18 Oct",
        ),
    ),
    Reply(
        "ps-de-avis",
        "payment_sent",
        "de",
        (
            "Kreditorenbuchhaltung Klinikum Oberlausitz",
            "zahlungsavis@klinikum-oberlausitz.example",
        ),
        "2029-10-08 23:10",
        "notice",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir haben heute folgende Zahlung zu Ihren Gunsten angewiesen:\n\n"
        "Avisnummer:       2000418833\n"
        "Zahlungsdatum:    08.10.2029\n"
        "Zahlweg:          SEPA-Überweisung\n"
        "Ihre Lieferantennummer bei uns: 71044\n\n"
        "Beleg            Belegdatum     Betrag EUR    Skonto\n"
        "LTR/04388/A      14.08.2029       2.210,00      0,00\n"
        "LTR/04391/A      16.08.2029       1.660,40      0,00\n\n"
        "Gesamtbetrag:                     3.870,40 EUR\n\n"
        "Bei Rückfragen wenden Sie sich bitte unter Angabe der Avisnummer an kreditoren@klinikum-oberlausitz.example.\n\n"
        "Diese E-Mail wurde maschinell erstellt und ist ohne Unterschrift gültig.",
        lab(
            "LTR/04388/A",
            "LTR/04391/A",
            paid_date="2029-10-08",
            payment_reference="2000418833",
            amount="3870.40",
            currency="EUR",
            note="SAP payment advice; the helpdesk address in it is not a new contact",
        ),
        subject="Zahlungsavis 2000418833 / Loomcraft Textile Recycling Ltd",
        charset="iso-8859-1",
        headers=(("X-Mailer", "SAP NetWeaver 7.50"),),
        threaded=False,
    ),
    Reply(
        "ps-fr-hier",
        "payment_sent",
        "fr",
        ("Camille Roussel", "camille.friperie.lalouve@gmail.com"),
        "2029-10-11 10:24",
        "gmail",
        "Bonjour,\n\nC'est réglé depuis hier par virement, désolée pour le retard, j'avais complètement zappé.\n\nBonne journée,\nCamille\nFriperie La Louve",
        lab(paid_date="2029-10-10"),
    ),
    Reply(
        "ps-fr-virement",
        "payment_sent",
        "fr",
        ("Nathalie Giraud", "compta.fournisseurs@azurriviera-hotels.example"),
        "2029-10-05 11:48",
        "outlook",
        "Madame, Monsieur,\n\n"
        "Nous faisons suite à votre relance concernant la facture LTR/04466/A.\n\n"
        "Celle-ci a été réglée le 2 octobre 2029 par virement SEPA, pour un montant de 1 284,00 €, sous la référence VIR-2029-10-5531. Compte tenu des délais interbancaires, les fonds devraient à présent figurer sur votre compte.\n\n"
        "Nous vous remercions de bien vouloir mettre à jour votre suivi.\n\n"
        "Cordialement,\n\n"
        "Nathalie Giraud\n"
        "Comptabilité fournisseurs\n"
        "Groupe Hôtelier Azur Riviera",
        lab(
            "LTR/04466/A",
            paid_date="2029-10-02",
            payment_reference="VIR-2029-10-5531",
            amount="1284.00",
            currency="EUR",
        ),
        inv="LTR/04466/A",
        amount="1284.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-es-viernes",
        "payment_sent",
        "es",
        ("Javi Ortega", "javiortega.tapiceria@gmail.com"),
        "2029-10-15 20:03",
        "iphone",
        "ya esta pagado lo hice el viernes",
        lab(
            paid_date="2029-10-12",
            note="no punctuation or accents; 'el viernes' is the Friday before Mon 15 Oct",
        ),
    ),
    Reply(
        "ps-es-justificante",
        "payment_sent",
        "es",
        ("Lucía Benítez", "lbenitez@clinicasantaeulalia.example"),
        "2029-10-23 12:10",
        "gmail_plain",
        "Buenos días:\n\nLes adjuntamos el justificante de la transferencia de 2.145,60 € realizada hoy para la factura LTR/04502/A.\n\nUn saludo,\n\nLucía Benítez\nAdministración – Clínica Santa Eulalia",
        lab(
            "LTR/04502/A",
            paid_date="2029-10-23",
            amount="2145.60",
            currency="EUR",
            note="proof of transfer attached as a PDF",
        ),
        inv="LTR/04502/A",
        amount="2145.60",
        attach="justificante_transferencia_LTR04502A.pdf",
    ),
    Reply(
        "ps-nl-gisteren",
        "payment_sent",
        "nl",
        ("Bas Verhoef", "bas@verhoefschoonmaak.example"),
        "2029-10-03 08:16",
        "android",
        "Is gisteren overgemaakt.\n\nGr Bas",
        lab(paid_date="2029-10-02", note="Dutch reply to an English reminder"),
        rlang="en",
    ),
    Reply(
        "ps-nl-kenmerk",
        "payment_sent",
        "nl",
        ("Ingrid de Wit", "administratie@zorgcentrumdelinde.example"),
        "2029-10-01 14:05",
        "thunderbird",
        "Goedemiddag,\n\n"
        "Wij hebben factuur LTR/04431/A op 28 september voldaan. Het bedrag van € 612,35 is overgemaakt onder kenmerk 2029-0928-LTR.\n\n"
        "Mocht de betaling nog niet bij u zichtbaar zijn, laat het ons dan even weten, dan vraag ik het na bij de bank.\n\n"
        "Met vriendelijke groet,\n\n"
        "Ingrid de Wit\n"
        "Financiële administratie\n"
        "Zorgcentrum De Linde",
        lab(
            "LTR/04431/A",
            paid_date="2029-09-28",
            payment_reference="2029-0928-LTR",
            amount="612.35",
            currency="EUR",
        ),
        inv="LTR/04431/A",
        amount="612.35",
        cte="8bit",
        lag=1,
    ),
    Reply(
        "ps-it-cro",
        "payment_sent",
        "it",
        ("Roberta Mancini", "amministrazione@hotelmiramare-cesenatico.example"),
        "2029-10-16 09:37",
        "gmail",
        "Buongiorno,\n\n"
        "vi confermo che il bonifico è partito stamattina. Vi giro i dati: importo 890,00 euro, CRO 48812290173.\n\n"
        "Scusate il ritardo, con la chiusura stagionale qui è un delirio.\n\n"
        "Roberta Mancini\n"
        "Hotel Miramare – Cesenatico",
        lab(
            paid_date="2029-10-16",
            payment_reference="48812290173",
            amount="890.00",
            currency="EUR",
        ),
        amount="890.00",
    ),
    Reply(
        "ps-it-copia",
        "payment_sent",
        "it",
        ("Davide Ferraro", "d.ferraro@ferrarodivise.example"),
        "2029-10-08 16:20",
        "apple",
        "Salve,\n"
        "la fattura 4471 l'abbiamo pagata il 3 ottobre, però vi chiedo la cortesia di rimandarmela in pdf perché nel gestionale non la trovo più e il commercialista la vuole.\n"
        "Grazie\n"
        "Davide",
        lab(
            "LTR/04471/A",
            paid_date="2029-10-03",
            note="paid, and asks for a copy for the books: the payment claim wins, the copy is not a condition; '4471' normalised",
        ),
        inv="LTR/04471/A",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-run",
        "promise_to_pay",
        "en",
        ("Helen Marsh", "accounts.payable@brightwaterretail.example"),
        "2029-10-02 10:11",
        "outlook",
        "Good morning,\n\n"
        "Thank you for your email. I can confirm that invoice LTR/04437/A has been approved and is included in Friday's payment run. Funds should clear within two working days of that.\n\n"
        "Regards,\n\n"
        "Helen Marsh\n"
        "Accounts Payable Team\n"
        "Brightwater Retail Group plc",
        lab(
            "LTR/04437/A",
            promised_date="2029-10-05",
            note="past tense 'has been approved' announces a payment in Friday's run (5 Oct)",
        ),
        inv="LTR/04437/A",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-en-ooo-subject",
        "promise_to_pay",
        "en",
        ("Gareth Pryce", "gareth@prycefacilities.example"),
        "2029-10-15 07:52",
        "iphone",
        "Hi, I'm out on site visits till Thursday but just seen this on my phone. Will pay it as soon as I'm back in the office, Thursday at the latest.\n\nGareth",
        lab(
            promised_date="2029-10-18",
            note="a person typed 'out of office' into the subject; the body promises payment by Thu 18 Oct",
        ),
        subject="Out of office till Thurs - Re: {sub}",
    ),
    Reply(
        "pp-en-next-thursday",
        "promise_to_pay",
        "en",
        ("Sophie Lang", "sophie@threadbareuniforms.example"),
        "2029-10-05 13:40",
        "gmail_plain",
        "Hi,\n\nNot yet, sorry – it slipped through the cracks with the start of term. I'll transfer it next Thursday once the school orders have been paid in.\n\nSophie\nThreadbare Uniforms",
        lab(
            promised_date="2029-10-11",
            note="'not yet' then a promise; 'next Thursday' written on Fri 5 Oct is Thu 11 Oct",
        ),
    ),
    Reply(
        "pp-de-kw",
        "promise_to_pay",
        "de",
        ("Thomas Brückner", "t.brueckner@modehaus-kessler.example"),
        "2029-10-11 14:30",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Rechnung LTR/04409/A ist inzwischen freigegeben und wird mit unserem Zahllauf in KW 43 überwiesen.\n\n"
        "Mit freundlichen Grüßen\n"
        "Thomas Brückner\n"
        "Buchhaltung\n"
        "Modehaus Kessler GmbH & Co. KG",
        lab(
            "LTR/04409/A",
            promised_date="2029-10-22",
            note="KW 43 is 22–28 Oct 2029; a week is pinned to its Monday",
        ),
        inv="LTR/04409/A",
    ),
    Reply(
        "pp-de-anfang",
        "promise_to_pay",
        "de",
        ("Jule Hartmann", "jule@kostuemfundus-hartmann.example"),
        "2029-10-19 18:45",
        "gmail",
        "Hallo,\n\nsorry, die ist bei mir total untergegangen. Ich überweise Anfang nächster Woche, versprochen!\n\nLiebe Grüße\nJule",
        lab(
            promised_date="2029-10-22",
            note="'Anfang nächster Woche' written on Fri 19 Oct: the Monday of next week",
        ),
    ),
    Reply(
        "pp-fr-fin-de-mois",
        "promise_to_pay",
        "fr",
        ("Hélène Marchand", "h.marchand@clinique-des-tilleuls.example"),
        "2029-10-09 15:02",
        "outlook_html",
        "Bonjour,\n\nLa facture LTR/04438/A a bien été validée ; elle sera réglée avec nos paiements fournisseurs de fin de mois.\n\nBien cordialement,\n\nHélène Marchand\nService financier – Clinique des Tilleuls",
        lab(
            "LTR/04438/A",
            promised_date="2029-10-31",
            note="'fin de mois' → the last day of October",
        ),
        inv="LTR/04438/A",
        charset="windows-1252",
    ),
    Reply(
        "pp-es-finales",
        "promise_to_pay",
        "es",
        ("Marta Llorente", "marta@llorentetextil.example"),
        "2029-10-08 11:15",
        "gmail_plain",
        "Hola,\n\nLo pagamos a finales de mes, en cuanto cobremos de un cliente que nos debe bastante. Siento el retraso.\n\nSaludos,\nMarta",
        lab(
            promised_date="2029-10-31",
            note="dated promise with a condition of its own: 'a finales de mes' → 31 Oct",
        ),
    ),
    Reply(
        "pp-es-remesa",
        "promise_to_pay",
        "es",
        ("José Antonio Requena", "contabilidad@hcvaldeluna.example"),
        "2029-10-10 09:44",
        "outlook",
        "Estimados señores:\n\n"
        "En relación con su recordatorio, les comunicamos que la factura de referencia ha sido conformada por el servicio de Hostelería y se abonará en la próxima remesa de pagos, prevista para el día 25 del corriente.\n\n"
        "Atentamente,\n\n"
        "José Antonio Requena Gil\n"
        "Unidad de Contabilidad\n"
        "Hospital Comarcal de Valdeluna",
        lab(promised_date="2029-10-25", note="'el día 25 del corriente' → 25 Oct"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-nl-twee-weken",
        "promise_to_pay",
        "nl",
        ("Sanne Dekker", "sanne.dekker@buurthuisdekoppel.example"),
        "2029-10-02 21:17",
        "iphone",
        "Hoi! We betalen hem over twee weken, dan is de subsidie binnen. Excuus voor het wachten",
        lab(promised_date="2029-10-16", note="'over twee weken' from Tue 2 Oct → 16 Oct"),
    ),
    Reply(
        "pp-nl-donderdag",
        "promise_to_pay",
        "nl",
        ("Ruud Jansen", "r.jansen@jansenbedrijfskleding.example"),
        "2029-10-12 16:05",
        "outlook",
        "Goedemiddag,\n\nNog niet betaald nee, excuses. Deze is blijven liggen door ziekte op de administratie. Hij staat nu ingepland voor betaling volgende week donderdag.\n\nMet vriendelijke groet,\nRuud Jansen\nJansen Bedrijfskleding B.V.",
        lab(
            promised_date="2029-10-18",
            note="'nog niet betaald' then a date; 'volgende week donderdag' from Fri 12 Oct → 18 Oct",
        ),
    ),
    Reply(
        "pp-it-fine-mese",
        "promise_to_pay",
        "it",
        ("Giulia Conti", "giulia.conti@grandhotelriviera-rimini.example"),
        "2029-10-04 12:30",
        "gmail",
        "Buongiorno,\n\nabbiamo ricevuto il vostro sollecito. Provvederemo al saldo entro fine mese.\n\nCordiali saluti,\nGiulia Conti\nUfficio amministrazione – Grand Hotel Riviera",
        lab(promised_date="2029-10-31", note="'entro fine mese' → 31 Oct"),
    ),
    Reply(
        "pp-it-programmato",
        "promise_to_pay",
        "it",
        ("Franco Belli", "f.belli@coopiltelaio.example"),
        "2029-10-24 10:02",
        "thunderbird",
        "Buongiorno,\nil pagamento della fattura LTR/04519/A è programmato per il 15/11, come da nostre scadenze di tesoreria.\nSaluti\nFranco Belli\nCoop. Sociale Il Telaio",
        lab(
            "LTR/04519/A",
            promised_date="2029-11-15",
            note="'è programmato' describes a future payment; 15/11 is day/month",
        ),
        inv="LTR/04519/A",
        cte="8bit",
    ),
]

DISPUTE = [
    Reply(
        "dp-en-not-paid",
        "dispute",
        "en",
        ("Rachel Dunn", "rachel.dunn@kestrelcarehomes.example"),
        "2029-10-03 11:20",
        "outlook_html",
        "Hello,\n\n"
        "We have NOT paid this invoice because the collection it's for never happened. Your driver didn't turn up on 9 August – we waited in for him all morning and the bags stayed in our bin store until your team finally came on the 23rd, which you've billed separately on LTR/04373/A.\n\n"
        "Please cancel LTR/04358/A or tell me what it is actually for.\n\n"
        "Rachel Dunn\n"
        "Operations Manager, Kestrel Care Homes",
        lab(
            "LTR/04373/A",
            "LTR/04358/A",
            note="negated payment with the reason: a collection that never happened",
        ),
        inv="LTR/04358/A",
    ),
    Reply(
        "dp-en-weight",
        "dispute",
        "en",
        ("Owen Whitaker", "owen@whitakerlinenhire.example"),
        "2029-10-22 14:48",
        "gmail",
        "Hi,\n\n"
        "04450 was paid this morning. 04461 we're not paying as it stands – it charges us for 1,240 kg and the weighbridge ticket your driver gave us on the day says 860 kg. I've got the ticket here if you need a photo of it.\n\n"
        "Send a corrected invoice for the 860 and we'll pay it straight away.\n\n"
        "Owen Whitaker\n"
        "Whitaker Linen Hire",
        lab(
            "LTR/04450/A",
            "LTR/04461/A",
            note="one invoice paid, the other contested on weight: dispute wins; short numbers normalised",
        ),
        inv="LTR/04461/A",
    ),
    Reply(
        "dp-en-caps",
        "dispute",
        "en",
        ("Derek Hughes", "derek@hughesgymsupplies.example"),
        "2029-10-13 09:12",
        "android",
        "WE CANCELLED THE CONTRACT IN JULY. YOU HAVE HAD THE EMAIL AND THE LETTER. WHY ARE WE STILL BEING BILLED FOR COLLECTIONS WE DIDNT HAVE",
        lab(note="all caps; contests being billed at all"),
    ),
    Reply(
        "dp-de-zuschlag",
        "dispute",
        "de",
        ("Sabine Krüger", "s.krueger@textilhaus-nordheide.example"),
        "2029-10-10 10:40",
        "outlook",
        "Guten Tag,\n\n"
        "in der Rechnung LTR/04425/A ist ein Störstoffzuschlag von 180,00 € berechnet. Diesen erkennen wir nicht an: Die abgeholten Säcke enthielten ausschließlich Alttextilien aus unserem Rücknahmeprogramm, sortiert nach Ihren Vorgaben. Ihr Fahrer hat bei der Abholung nichts beanstandet, und ein Foto oder Protokoll zur angeblichen Verunreinigung haben wir nie bekommen.\n\n"
        "Bitte senden Sie uns eine korrigierte Rechnung ohne den Zuschlag. Den unstrittigen Betrag überweisen wir, sobald sie vorliegt.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Sabine Krüger\n"
        "Textilhaus Nordheide GmbH\n"
        "Einkauf & Nachhaltigkeit",
        lab(
            "LTR/04425/A",
            note="contamination surcharge contested; the corrected invoice and the later payment follow from the dispute",
        ),
        inv="LTR/04425/A",
        amount="1180.00",
        charset="windows-1252",
    ),
    Reply(
        "dp-de-tippfehler",
        "dispute",
        "de",
        ("Kevin Schulz", "k.schulz@waescherei-schulz.example"),
        "2029-10-18 19:33",
        "android",
        "hallo, wir ham die rechnung bekommen aber da stehn 12 gitterboxen drauf, abgeholt worden sind 7. bitte korigieren dann zahlen wir\ngruß schulz",
        lab(note="typos, no capitals; quantity contested, payment only after correction"),
    ),
    Reply(
        "dp-fr-doublon",
        "dispute",
        "fr",
        ("Sandrine Payet", "s.payet@lycee-hotelier-ocean.example"),
        "2029-10-12 16:55",
        "html_only",
        "Bonjour,\n\n"
        "La facture LTR/04480/A fait doublon avec la facture LTR/04412/A, que nous avons réglée le 14 septembre : il s'agit du même enlèvement du 8 août (même nombre de sacs, même poids).\n\n"
        "Merci de bien vouloir annuler la LTR/04480/A et de nous faire parvenir l'avoir correspondant.\n\n"
        "Cordialement,\n\n"
        "Sandrine Payet\n"
        "Intendance – Lycée hôtelier de l'Océan",
        lab(
            "LTR/04480/A",
            "LTR/04412/A",
            note="duplicate billing; the payment mentioned is of the earlier invoice; HTML only",
        ),
        inv="LTR/04480/A",
    ),
    Reply(
        "dp-fr-tarif",
        "dispute",
        "fr",
        ("Bertrand Lemoine", "b.lemoine@ch-saintluc.example"),
        "2029-10-25 17:20",
        "gmail",
        "Madame, Monsieur,\n\n"
        "Je reviens vers vous au sujet de votre relance.\n\n"
        "Notre contrat-cadre, signé en février dernier, prévoit pour la destruction certifiée des tenues professionnelles un tarif de 0,18 € HT le kilo, révisable une fois par an au 1er janvier. Or la facture qui nous est relancée applique 0,26 € le kilo sur l'ensemble des 3 400 kg enlevés en août, sans qu'aucun avenant ni courrier de révision tarifaire ne nous ait été adressé.\n\n"
        "Nous ne pouvons donc pas valider cette facture en l'état. Merci de nous adresser une facture rectificative au tarif contractuel ; elle sera alors mise en paiement dans les délais habituels.\n\n"
        "Je reste à votre disposition pour en discuter.\n\n"
        "Bien cordialement,\n\n"
        "Bertrand Lemoine\n"
        "Responsable des achats\n"
        "Centre hospitalier Saint-Luc",
        lab(
            note="price against the framework contract; payment of a corrected invoice is conditional"
        ),
        amount="884.00",
    ),
    Reply(
        "dp-es-descuento",
        "dispute",
        "es",
        ("Íñigo Zubiri", "izubiri@hostalzubiri.example"),
        "2029-10-17 13:05",
        "iphone",
        "Hola, no estamos de acuerdo con el importe. En el contrato pone que lo que se pueda reutilizar se descuenta de la factura y en esta no aparece ningún descuento, y eran casi todo sábanas en buen estado. Revisadlo por favor\nÍñigo",
        lab(note="resale credit missing from the invoice; Spanish reply to an English reminder"),
        rlang="en",
    ),
    Reply(
        "dp-nl-nooit",
        "dispute",
        "nl",
        ("Marieke van den Berg", "m.vandenberg@hotelduinzicht.example"),
        "2029-10-04 09:58",
        "outlook",
        "Geachte heer, mevrouw,\n\n"
        "Wij hebben deze factuur bewust niet betaald. De ophaling van 7 augustus waarvoor u ons factureert, heeft nooit plaatsgevonden: er is die dag niemand van uw bedrijf geweest en de rolcontainers stonden een week later nog vol bij ons in de kelder.\n\n"
        "Wij verzoeken u de factuur te crediteren.\n\n"
        "Met vriendelijke groet,\n\n"
        "Marieke van den Berg\n"
        "Hotel Duinzicht, Noordwijk",
        lab(note="'bewust niet betaald' with the reason"),
        charset="iso-8859-1",
    ),
    Reply(
        "dp-nl-voorrijkosten",
        "dispute",
        "nl",
        ("Pieter Smulders", "pieter@smuldersmode.example"),
        "2029-10-23 10:32",
        "gmail_plain",
        "Hallo,\n\nWaarom staat er € 95 voorrijkosten op deze factuur? Dat staat nergens in onze afspraken, de ophaling zou gratis zijn vanaf 20 zakken en het waren er 26.\n\nPieter",
        lab(note="a question, but it contests a charge"),
    ),
    Reply(
        "dp-it-gara",
        "dispute",
        "it",
        ("Dott.ssa Elena Ricci", "e.ricci@aslvalleverde.example"),
        "2029-10-08 12:15",
        "outlook_html",
        "Spett.le Loomcraft Textile Recycling,\n\n"
        "con riferimento al sollecito relativo alla fattura n. LTR/04427/A, si comunica che la stessa non può essere liquidata in quanto il prezzo unitario applicato per il servizio di distruzione certificata (€ 0,31/kg) non corrisponde a quello aggiudicato in sede di gara (€ 0,24/kg).\n\n"
        "Si invita pertanto codesta Società ad emettere nota di credito per la differenza.\n\n"
        "Distinti saluti\n\n"
        "Dott.ssa Elena Ricci\n"
        "U.O. Economato e Provveditorato\n"
        "ASL Valle Verde",
        lab("LTR/04427/A", note="very formal; unit price against the tender price"),
        inv="LTR/04427/A",
        cte="b64",
    ),
    Reply(
        "dp-it-parte",
        "dispute",
        "it",
        ("Marco Esposito", "m.esposito@villaleonora-resort.example"),
        "2029-10-19 18:02",
        "apple",
        "Buonasera,\n\n"
        'abbiamo pagato solo la parte del ritiro, cioè 420 euro. I 150 euro di "smaltimento non conforme" non li paghiamo: nessuno ci ha mai spiegato cosa non andava e i sacchi erano quelli che ci avete dato voi.\n\n'
        "Fatemi sapere.\n"
        "Marco Esposito\n"
        "Villa Leonora Resort",
        lab(note="part paid, the surcharge refused: dispute over the payment claim"),
        amount="570.00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-three",
        "payment_plan",
        "en",
        ("Jo Whitfield", "jo@secondthreadcharity.example"),
        "2029-10-02 12:05",
        "gmail",
        "Hi,\n\n"
        "Thanks for the reminder, and sorry – we know it's late. Our grant funding doesn't land until December, so would you be able to let us split this into three monthly payments, October, November and December? We can set up a standing order this week if that works.\n\n"
        "Best wishes,\n"
        "Jo Whitfield\n"
        "Finance Officer, Second Thread (registered charity)",
        lab(note="instalments proposed; plan dates are not labelled"),
    ),
    Reply(
        "pl-en-part",
        "payment_plan",
        "en",
        ("Kev Ashworth", "kev@ashworthsworkwear.example"),
        "2029-10-12 17:40",
        "iphone",
        "Sent you £500 today, rest by end of the month. Bit tight till the council job pays out\nKev",
        lab(note="part paid now, balance at the end of the month → payment_plan, not payment_sent"),
        amount="1380.00",
    ),
    Reply(
        "pl-en-bursar",
        "payment_plan",
        "en",
        ("Alison Fairbrother", "bursar@stcuthbertsprep.example"),
        "2029-10-24 09:05",
        "outlook",
        "Dear Sir or Madam,\n\n"
        "I write regarding the above invoice.\n\n"
        "The School is at present experiencing a temporary shortfall in its cash position following lower than anticipated enrolment this term. We fully acknowledge the sum as due and have no query regarding the service provided. I should be grateful, however, if you would consider allowing us an additional sixty days in which to settle the account, or alternatively accepting payment in two equal instalments in November and December.\n\n"
        "I should be happy to discuss this by telephone at your convenience.\n\n"
        "Yours faithfully,\n\n"
        "Alison Fairbrother\n"
        "Bursar\n"
        "St Cuthbert's Preparatory School",
        lab(note="hardship and a request for more time or two instalments; very formal"),
    ),
    Reply(
        "pl-de-raten",
        "payment_plan",
        "de",
        ("Anja Vogel", "a.vogel@vogel-gastro-textil.example"),
        "2029-10-05 11:22",
        "thunderbird",
        "Guten Tag,\n\n"
        "wir hatten im Sommer einen Wasserschaden im Lager und sind finanziell gerade etwas knapp. Wäre es möglich, den offenen Betrag in drei Monatsraten zu je 400 € zu begleichen, beginnend Mitte Oktober?\n\n"
        "Für eine kurze Rückmeldung wäre ich dankbar.\n\n"
        "Viele Grüße\n"
        "Anja Vogel\n"
        "Vogel Gastro-Textil e. K.",
        lab(),
        amount="1200.00",
        cte="8bit",
    ),
    Reply(
        "pl-de-teilzahlung",
        "payment_plan",
        "de",
        ("Dirk Lehmann", "buchhaltung@lehmann-hotelwaesche.example"),
        "2029-10-16 15:18",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "heute haben wir eine Teilzahlung von 1.000,00 € angewiesen. Den Restbetrag von 1.317,50 € überweisen wir Mitte November, sobald die Zahlung unseres Großkunden eingegangen ist.\n\n"
        "Wir bitten um Ihr Verständnis.\n\n"
        "Mit freundlichen Grüßen\n"
        "Dirk Lehmann\n"
        "Lehmann Hotelwäsche GmbH",
        lab(note="part payment today, the rest in mid-November → payment_plan"),
        amount="2317.50",
    ),
    Reply(
        "pl-fr-quatre",
        "payment_plan",
        "fr",
        ("Yannick Le Gall", "yannick.legall@armor-uniformes.example"),
        "2029-10-03 14:14",
        "gmail_plain",
        "Bonjour,\n\n"
        "Serait-il possible de régler cette facture en quatre fois, sur octobre, novembre, décembre et janvier ? Nous sortons d'une saison difficile et je préfère vous proposer un échéancier réaliste plutôt que de vous faire attendre.\n\n"
        "Merci de me dire si c'est envisageable.\n\n"
        "Yannick Le Gall\n"
        "Armor Uniformes",
        lab(),
    ),
    Reply(
        "pl-fr-saison",
        "payment_plan",
        "fr",
        ("Pascale Guérin", "pascale.hotel.lesmouettes@gmail.com"),
        "2029-10-20 10:47",
        "iphone",
        "Bonjour, l'hôtel est fermé depuis le 30 septembre et la trésorerie est à zéro jusqu'à la réouverture. Est-ce que vous pouvez patienter jusqu'en avril, ou alors on paye un peu chaque mois ? Je vous appelle lundi.\nPascale",
        lab(note="seasonal hardship: more time or monthly amounts"),
    ),
    Reply(
        "pl-es-plazos",
        "payment_plan",
        "es",
        ("Rocío Gallardo", "rocio@lavanderiagallardo.example"),
        "2029-10-09 13:28",
        "android",
        "Buenas, ¿podríamos fraccionar el pago en dos plazos, uno a primeros de noviembre y otro a primeros de diciembre? Gracias\nRocío",
        lab(),
    ),
    Reply(
        "pl-es-a-cuenta",
        "payment_plan",
        "es",
        ("Fernando Castaño", "fcastano@castanouniformes.example"),
        "2029-10-22 11:51",
        "apple",
        "Hola:\n\nHoy hemos hecho una transferencia de 600 € a cuenta. El resto os lo pagamos en noviembre, que es cuando nos pagan los colegios.\n\nUn saludo,\nFernando",
        lab(note="payment on account now, the rest in November → payment_plan"),
        amount="1475.00",
    ),
    Reply(
        "pl-nl-termijnen",
        "payment_plan",
        "nl",
        ("Linda Hofman", "linda@hofmanhoreca.example"),
        "2029-10-10 16:37",
        "gmail",
        "Hallo,\n\nHet is op dit moment krap bij ons. Kunnen we het openstaande bedrag in drie termijnen betalen? Dan maak ik de eerste over zodra ik van jullie hoor.\n\nGroet,\nLinda Hofman",
        lab(),
    ),
    Reply(
        "pl-it-rate",
        "payment_plan",
        "it",
        ("Rag. Paolo Bruno", "p.bruno@studiobrunoassociati.example"),
        "2029-10-15 10:10",
        "outlook",
        "Buongiorno,\n\n"
        "scrivo per conto della mia cliente, Lavanderia Industriale Stella S.r.l., destinataria del vostro sollecito.\n\n"
        "La società sta attraversando un momento di difficoltà finanziaria e chiede se sia possibile rateizzare l'importo in tre rate mensili di pari importo, a partire da novembre.\n\n"
        "Resto in attesa di un vostro riscontro.\n\n"
        "Cordiali saluti\n"
        "Rag. Paolo Bruno\n"
        "Studio Bruno & Associati",
        lab(note="the client's accountant asks for instalments"),
        charset="iso-8859-1",
        to="amministrazione@lavanderiastella.example",
    ),
    Reply(
        "pl-it-acconto",
        "payment_plan",
        "it",
        ("Chiara Fontana", "chiara@fontanadivise.example"),
        "2029-10-25 15:12",
        "gmail",
        "Buongiorno,\n\noggi abbiamo versato un acconto di 500 euro. Il saldo lo facciamo entro fine novembre, appena incassiamo le fatture di ottobre.\n\nGrazie per la pazienza,\nChiara Fontana",
        lab(note="down payment now, balance by the end of November → payment_plan"),
        amount="1340.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-po",
        "invoice_request",
        "en",
        ("Priya Raman", "p.raman@eastmoorhospitals-nhs.example"),
        "2029-10-04 14:02",
        "outlook_html",
        "Dear Accounts,\n\n"
        "We are unable to process this invoice as it does not quote a valid purchase order number. Under Trust policy (no PO, no pay) it has been returned to the supplier queue.\n\n"
        "Please reissue the invoice quoting PO 4500127733. Once we receive it we will pay it in the next available payment run.\n\n"
        "Kind regards,\n\n"
        "Priya Raman\n"
        "Procure-to-Pay Team\n"
        "East Moor Hospitals NHS Foundation Trust",
        lab(
            note="payment conditional on a reissued invoice with a PO: invoice_request, not a promise"
        ),
    ),
    Reply(
        "ir-en-copy",
        "invoice_request",
        "en",
        ("Amy Chen", "amy.chen@quaysidesuites.example"),
        "2029-10-11 11:47",
        "gmail_plain",
        "Hi,\n\nCan you send me a copy of this invoice please? I can't find it anywhere on our system, I think it went to my predecessor's inbox.\n\nThanks,\nAmy\nPA to the General Manager, Quayside Suites",
        lab(),
    ),
    Reply(
        "ir-en-bank",
        "invoice_request",
        "en",
        ("Daniel Osei", "d.osei@corvidlogistics.example"),
        "2029-10-18 16:22",
        "outlook",
        "Hello,\n\n"
        "Before we can release payment we need your bank details confirmed on company letterhead, signed by a director. This is a standard check for all new suppliers since we were targeted by a mandate fraud earlier this year, so please don't take it personally.\n\n"
        "As soon as we have the letter the invoice will go into the next payment run.\n\n"
        "Regards,\n"
        "Daniel Osei\n"
        "Finance Controls – Corvid Logistics Ltd",
        lab(note="bank details needed before paying, nothing contested"),
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-de-bestellnummer",
        "invoice_request",
        "de",
        ("Petra Neumann", "p.neumann@stadtwerke-lindenau.example"),
        "2029-10-09 10:18",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Rechnung können wir so leider nicht buchen: Es fehlen unsere Bestellnummer (4711-2029-0388) und der Vernichtungsnachweis für die entsorgte Dienstkleidung, den wir für unsere Revision benötigen.\n\n"
        "Bitte schicken Sie uns die Rechnung mit Bestellnummer erneut zu und legen Sie das Vernichtungszertifikat bei. Danach erfolgt die Zahlung umgehend.\n\n"
        "Mit freundlichen Grüßen\n"
        "Petra Neumann\n"
        "Stadtwerke Lindenau – Rechnungsprüfung",
        lab(note="order number and destruction certificate needed; amount not contested"),
    ),
    Reply(
        "ir-de-op-liste",
        "invoice_request",
        "de",
        ("Markus Engel", "markus.engel@engel-reinigung.example"),
        "2029-10-23 08:55",
        "gmail",
        "Guten Morgen,\n\nkönnen Sie mir bitte eine Aufstellung aller offenen Posten schicken? Ich habe den Überblick verloren, was schon bezahlt ist und was nicht.\n\nDanke und Gruß\nMarkus Engel",
        lab(note="statement of open items"),
    ),
    Reply(
        "ir-fr-chorus",
        "invoice_request",
        "fr",
        ("Corinne Blanchard", "facturier@mairie-staubin-loire.example"),
        "2029-10-02 10:35",
        "outlook",
        "Bonjour,\n\n"
        "Conformément à la réglementation, les factures adressées à la commune doivent être déposées sur le portail Chorus Pro. Votre facture nous a été envoyée par courriel et ne peut donc pas être mise en paiement.\n\n"
        "Merci de la déposer sur Chorus Pro (SIRET 217 400 000 00019, code service FIN-01) en indiquant le numéro d'engagement 2029-000412. Le délai de paiement court à compter de ce dépôt.\n\n"
        "Cordialement,\n\n"
        "Corinne Blanchard\n"
        "Service facturier\n"
        "Mairie de Saint-Aubin-sur-Loire",
        lab(note="a public body needs the invoice on its e-invoicing portal"),
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-rib",
        "invoice_request",
        "fr",
        ("Julien Morel", "julien.morel@atelierretouche.example"),
        "2029-10-16 19:10",
        "iphone",
        "Bonsoir, je veux bien payer mais je n'ai jamais reçu votre RIB. Vous pouvez me l'envoyer ? Je fais le virement dans la foulée.\nJulien",
        lab(note="bank details needed before paying"),
    ),
    Reply(
        "ir-es-face",
        "invoice_request",
        "es",
        ("Mercedes Sanz", "intervencion@aytovillanuevapinar.example"),
        "2029-10-05 12:40",
        "outlook",
        "Buenos días:\n\n"
        "Les recordamos que, al tratarse de una Administración Pública, las facturas deben presentarse a través del punto general de entrada FACe, con los códigos DIR3 correspondientes (oficina contable, órgano gestor y unidad tramitadora: L01289034). La factura remitida por correo electrónico no puede tramitarse.\n\n"
        "Una vez registrada en FACe se procederá a su pago.\n\n"
        "Atentamente,\n\n"
        "Mercedes Sanz\n"
        "Intervención - Ayuntamiento de Villanueva del Pinar",
        lab(note="a town hall needs the invoice through its e-invoicing entry point"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-copia",
        "invoice_request",
        "es",
        ("Paco Herrera", "pacoherrera.confecciones@gmail.com"),
        "2029-10-19 12:02",
        "android",
        "Hola, mándeme copia de la factura que no me ha llegado, y pongan el CIF bien que la otra vez venía mal. Gracias",
        lab(),
    ),
    Reply(
        "ir-nl-inkoopnummer",
        "invoice_request",
        "nl",
        ("Joost Mulder", "crediteuren@amstelzorggroep.example"),
        "2029-10-08 13:26",
        "outlook_html",
        "Goedemiddag,\n\n"
        "Wij kunnen uw factuur helaas niet verwerken, omdat ons inkoopordernummer ontbreekt. Zonder dit nummer wordt de factuur automatisch afgekeurd door ons systeem.\n\n"
        "Wilt u de factuur opnieuw sturen met inkoopordernummer IO-29-55120? Dan nemen we hem mee in de eerstvolgende betaalrun.\n\n"
        "Met vriendelijke groet,\n"
        "Joost Mulder\n"
        "Crediteurenadministratie Amstel Zorggroep",
        lab(note="reissue with a purchase order number, amount not contested"),
    ),
    Reply(
        "ir-nl-weegbonnen",
        "invoice_request",
        "nl",
        ("Femke Bos", "f.bos@bostextielservice.example"),
        "2029-10-24 14:40",
        "thunderbird",
        "Hallo,\n\nKunt u mij de weegbonnen sturen die bij factuur 4490 horen? Onze controller wil de kilo's naast onze eigen registratie leggen voordat we betalen. Het gaat niet om een geschil, puur om de controle.\n\nGroeten,\nFemke Bos",
        lab(
            "LTR/04490/A",
            note="weighbridge tickets requested, explicitly not a dispute; '4490' normalised",
        ),
        inv="LTR/04490/A",
        cte="8bit",
    ),
    Reply(
        "ir-it-sdi",
        "invoice_request",
        "it",
        ("Simona Greco", "s.greco@comune-montebello.example"),
        "2029-10-12 09:50",
        "gmail",
        "Buongiorno,\n\n"
        "la fattura che ci sollecitate non risulta pervenuta tramite Sistema di Interscambio, e in ogni caso per liquidarla ci servono il codice CIG e il codice univoco ufficio (UF7R2K) indicati in fattura.\n\n"
        "Vi chiedo quindi di riemetterla con questi dati. Appena la riceviamo procediamo con il pagamento.\n\n"
        "Cordiali saluti\n"
        "Simona Greco\n"
        "Ufficio Ragioneria – Comune di Montebello Val di Serra",
        lab(note="reissue with public-procurement codes before payment"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-facilities",
        "wrong_contact",
        "en",
        ("Stuart McKenzie", "s.mckenzie@granitecityhotels.example"),
        "2029-10-01 15:40",
        "outlook",
        "Hi,\n\nI'm the facilities manager so this isn't really one for me – invoices are all handled centrally by our accounts payable team at ap@granitecityhotels.example. I've copied them in.\n\nCheers,\nStuart",
        lab(
            new_contact="ap@granitecityhotels.example",
            note="the new address is also copied in Cc",
        ),
        cc="Accounts Payable <ap@granitecityhotels.example>",
    ),
    Reply(
        "wc-en-phish",
        "wrong_contact",
        "en",
        ("Harrogate Spa Hotel Accounts", "accounts@harrogatespa-hotels.example"),
        "2029-10-17 22:14",
        "outlook_html",
        "Good evening,\n\n"
        "Please be advised that our company email system is currently being migrated and this mailbox will be closed shortly. To avoid any further delay, kindly update your records and send all future statements, reminders and remittance queries regarding our account to our temporary finance mailbox: harrogatespa.finance@gmail.com\n\n"
        "Kindly also confirm by return the full outstanding balance and the bank account details you currently hold for us.\n\n"
        "Regards,\n"
        "Accounts Department\n"
        "Harrogate Spa Hotel",
        lab(
            new_contact="harrogatespa.finance@gmail.com",
            note="phishing-like: sent at night from a look-alike domain (hotels for hotel), moves collection mail to a free-mail address; labelled as the request it makes, a person must verify it before anything changes",
        ),
        to="accounts@harrogatespa-hotel.example",
    ),
    Reply(
        "wc-en-left",
        "wrong_contact",
        "en",
        ("Tom Reilly", "tomreilly84@gmail.com"),
        "2029-10-25 20:30",
        "gmail_plain",
        "Hi, I left Brightwell Hotels back in August so I can't help with this I'm afraid. No idea who's doing the accounts there now, try their head office.\nTom",
        lab(note="no longer works there and names no address"),
    ),
    Reply(
        "wc-de-rezeption",
        "wrong_contact",
        "de",
        ("Claudia Wagner", "rezeption@hotel-alpenblick-garmisch.example"),
        "2029-10-15 16:12",
        "outlook_html",
        "Guten Tag,\n\nSie haben unsere Rezeption angeschrieben – für Rechnungen sind wir nicht zuständig. Bitte wenden Sie sich an unsere Kreditorenbuchhaltung: kreditoren@alpenblick-hotelgruppe.example\n\nFreundliche Grüße\nClaudia Wagner\nRezeption Hotel Alpenblick",
        lab(
            new_contact="kreditoren@alpenblick-hotelgruppe.example",
            note="German reply to an English reminder",
        ),
        rlang="en",
    ),
    Reply(
        "wc-fr-assistante",
        "wrong_contact",
        "fr",
        ("Émilie Roux", "e.roux@maisonroux-textiles.example"),
        "2029-10-04 18:20",
        "iphone",
        "Bonjour, je ne suis que l'assistante de direction, je ne gère pas les paiements. Merci d'écrire à comptabilite.fournisseurs@maisonroux-textiles.example\nÉmilie Roux",
        lab(new_contact="comptabilite.fournisseurs@maisonroux-textiles.example"),
    ),
    Reply(
        "wc-fr-lefort",
        "wrong_contact",
        "fr",
        ("Olivier Fabre", "o.fabre@residence-lesglycines.example"),
        "2029-10-18 11:03",
        "gmail",
        "Bonjour,\n\nJe ne m'occupe plus de la facturation depuis septembre. C'est désormais Mme Lefort qui suit les fournisseurs : Sylvie.Lefort@residence-lesglycines.example (en copie).\n\nBonne journée,\nOlivier Fabre",
        lab(
            new_contact="sylvie.lefort@residence-lesglycines.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        cc="Sylvie Lefort <Sylvie.Lefort@residence-lesglycines.example>",
    ),
    Reply(
        "wc-es-reservas",
        "wrong_contact",
        "es",
        ("Carmen Ruiz", "reservas@hotelmiradorsol.example"),
        "2029-10-11 17:15",
        "apple",
        "Hola,\n\nEste correo es el de reservas, aquí no llevamos facturas. Escriban por favor a administracion@grupomiradorsol.example, que es quien paga a los proveedores.\n\nUn saludo,\nCarmen",
        lab(new_contact="administracion@grupomiradorsol.example"),
    ),
    Reply(
        "wc-es-mantenimiento",
        "wrong_contact",
        "es",
        ("Manolo Prieto", "mantenimiento@residenciaelpinar.example"),
        "2029-10-26 08:30",
        "android",
        "Buenos dias, yo soy de mantenimiento, no tengo nada que ver con facturas. No se quien lleva eso ahora, la chica de administracion se fue. Lo siento",
        lab(note="not the right person, no address given"),
    ),
    Reply(
        "wc-nl-vestiging",
        "wrong_contact",
        "nl",
        ("Eva Peeters", "eva.peeters@peeterswerkkleding.example"),
        "2029-10-09 09:25",
        "gmail_plain",
        "Goedemorgen,\n\nDeze factuur hoort bij onze vestiging in Utrecht, niet bij het hoofdkantoor. Wilt u hem naar crediteuren.utrecht@peeterswerkkleding.example sturen? Zij betalen hun eigen facturen.\n\nGroet,\nEva Peeters",
        lab(new_contact="crediteuren.utrecht@peeterswerkkleding.example"),
    ),
    Reply(
        "wc-nl-doorgestuurd",
        "wrong_contact",
        "nl",
        ("Wim Bakker", "w.bakker@sportcentrumdebron.example"),
        "2029-10-22 13:55",
        "outlook",
        "Beste,\n\nIk heb uw mail doorgestuurd naar onze administratie. Wilt u herinneringen voortaan rechtstreeks naar administratie@sportcentrumdebron.example sturen? Ik zit op de technische dienst en kom er niet aan toe.\n\nGroet,\nWim Bakker",
        lab(new_contact="administratie@sportcentrumdebron.example"),
    ),
    Reply(
        "wc-it-acquisti",
        "wrong_contact",
        "it",
        ("Luca Romano", "l.romano@hotelbelvedere-como.example"),
        "2029-10-03 12:45",
        "outlook_html",
        "Buongiorno,\n\nnon mi occupo più di amministrazione, da questo mese sono passato all'ufficio acquisti. Per i pagamenti scrivete alla collega Anna Vitale: a.vitale@hotelbelvedere-como.example\n\nGrazie\nLuca Romano",
        lab(new_contact="a.vitale@hotelbelvedere-como.example"),
    ),
    Reply(
        "wc-it-officina",
        "wrong_contact",
        "it",
        ("Officina Bianchi", "officinabianchi@libero.it"),
        "2029-10-20 09:12",
        "thunderbird",
        "Buongiorno, guardate che avete sbagliato indirizzo. Noi siamo un'officina meccanica, non abbiamo mai avuto rapporti con la vostra ditta e non sappiamo cosa sia questa fattura.\nBianchi",
        lab(note="wrong recipient altogether, no new address; a free-mail persona"),
        charset="iso-8859-1",
        cte="8bit",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-post",
        "unsubscribe",
        "en",
        ("Graham Tulloch", "g.tulloch@tullochjoinery.example"),
        "2029-10-08 08:41",
        "outlook",
        "Please take this address off your system. We don't deal with invoices or statements by email – post only, to the yard address on your account.\n\nG. Tulloch",
        lab(note="post only"),
    ),
    Reply(
        "un-en-solicitor",
        "unsubscribe",
        "en",
        ("Victoria Ashby", "v.ashby@ashbyfenwick-law.example"),
        "2029-10-16 12:00",
        "outlook_html",
        "Dear Sirs,\n\n"
        "Our client: Pennine Uniform Services Ltd\n"
        "Your reference: LTR/04446/A\n\n"
        "We act for the above-named company, to whom your e-mail of 15 October was addressed.\n\n"
        "Our client disputes the sums claimed, for the reasons set out in previous correspondence. We should be grateful if you would cease contacting our client directly in relation to this matter and direct all further communications to this firm, marked for the attention of the writer.\n\n"
        "Yours faithfully,\n\n"
        "Victoria Ashby\n"
        "Solicitor\n"
        "Ashby Fenwick LLP",
        lab(
            "LTR/04446/A",
            note="a solicitor asks for no more direct contact with the client: unsubscribe, which beats the dispute it mentions",
        ),
        inv="LTR/04446/A",
        to="accounts@pennineuniforms.example",
        lag=1,
    ),
    Reply(
        "un-en-friday-stop",
        "unsubscribe",
        "en",
        ("Nikki Shaw", "nikki@shawshairandbeauty.example"),
        "2029-10-10 13:22",
        "iphone",
        "I've told you I'll pay it on Friday. Now PLEASE stop emailing me about it every other day, it's getting ridiculous",
        lab(note="a promise for Friday plus a stop request: unsubscribe wins, so no promised_date"),
    ),
    Reply(
        "un-de-verteiler",
        "unsubscribe",
        "de",
        ("Lena Fischer", "lena.fischer.laden@gmail.com"),
        "2029-10-06 11:30",
        "gmail",
        "Hallo,\n\nbitte nehmen Sie mich aus Ihrem Verteiler. Ich habe im Sommer nur als Aushilfe im Laden gearbeitet und habe mit Rechnungen nichts zu tun.\n\nLena Fischer",
        lab(note="remove me, no new address: unsubscribe over wrong_contact"),
    ),
    Reply(
        "un-de-anwalt",
        "unsubscribe",
        "de",
        ("Jörg Albrecht", "j.albrecht@albrecht-textilpflege.example"),
        "2029-10-12 10:05",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir haben Ihnen bereits mitgeteilt, dass wir die Forderung nicht anerkennen. Die Angelegenheit liegt inzwischen bei unserem Rechtsanwalt, Herrn Dr. Seidel von der Kanzlei Seidel & Moll in Bielefeld.\n\n"
        "Bitte richten Sie künftige Schreiben ausschließlich an die Kanzlei und sehen Sie von weiteren E-Mails an uns ab.\n\n"
        "Mit freundlichen Grüßen\n"
        "Jörg Albrecht\n"
        "Geschäftsführer",
        lab(note="only through our lawyer, no more e-mail: unsubscribe beats the dispute"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "un-fr-majuscules",
        "unsubscribe",
        "fr",
        ("Gérard Poulain", "direction@pressing-poulain.example"),
        "2029-10-17 09:31",
        "outlook",
        "MERCI DE NE PLUS NOUS ENVOYER DE MAILS. TOUTE CORRESPONDANCE PAR COURRIER À NOTRE SIÈGE, COMME DEMANDÉ DÉJÀ DEUX FOIS.\n\nG. POULAIN",
        lab(note="all caps; post only"),
        cte="b64",
    ),
    Reply(
        "un-es-abogado",
        "unsubscribe",
        "es",
        ("Alberto Pineda", "apineda@pinedatextil.example"),
        "2029-10-15 18:20",
        "gmail_plain",
        "Les he dicho ya dos veces que dejen de escribirme. Todo lo relacionado con esta factura lo lleva nuestro abogado, el señor Cuesta. Hablen con él.\nAlberto Pineda",
        lab(note="stop writing, talk to our lawyer (no address)"),
    ),
    Reply(
        "un-es-baja",
        "unsubscribe",
        "es",
        ("Lorena Méndez", "lmendez@clinicadentalmendez.example"),
        "2029-10-24 16:44",
        "html_only",
        "Buenas tardes:\n\nPor favor, denme de baja de estos avisos por correo electrónico. Preferimos recibir cualquier comunicación sobre facturas por carta, a la dirección de la clínica.\n\nGracias,\nLorena Méndez",
        lab(note="HTML only; letters instead of e-mail"),
    ),
    Reply(
        "un-nl-post",
        "unsubscribe",
        "nl",
        ("Henk Visser", "henk@visserkappers.example"),
        "2029-10-05 19:02",
        "iphone",
        "Graag geen mails meer hierover, alleen nog per post. Ik lees dit adres bijna nooit\nHenk Visser",
        lab(note="post only"),
    ),
    Reply(
        "un-nl-afmelden",
        "unsubscribe",
        "nl",
        ("Karin Smit", "karin@smitgastvrijheid.example"),
        "2029-10-19 21:48",
        "android",
        "Afmelden aub. Is al lang betaald, check jullie eigen administratie eens",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        "un-it-legale",
        "unsubscribe",
        "it",
        ("Giorgio Lombardi", "g.lombardi@lombardiforniture.example"),
        "2029-10-09 11:11",
        "outlook",
        "Spettabile Loomcraft,\n\n"
        "vi preghiamo di non inviare più solleciti via e-mail a questo indirizzo. La questione relativa alla fattura è ora seguita dal nostro legale, avv. Silvia Moretti, alla quale potrete rivolgervi per ogni comunicazione.\n\n"
        "Distinti saluti\n"
        "Giorgio Lombardi\n"
        "Lombardi Forniture Alberghiere S.r.l.",
        lab(note="no more reminders by e-mail, our lawyer handles it (no address)"),
        charset="windows-1252",
    ),
    Reply(
        "un-it-cancellatemi",
        "unsubscribe",
        "it",
        ("Federica Sarti", "federica.sartoria@gmail.com"),
        "2029-10-22 07:55",
        "gmail",
        "cancellatemi per favore da questi invii, non voglio più ricevere mail da voi",
        lab(),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-fifteenth",
        "auto_reply",
        "en",
        ("Laura Pickering", "l.pickering@meridianretail.example"),
        "2029-10-10 09:03",
        "notice_html",
        "Thank you for your email. I'm out of the office and back on the 15th, with limited access to email until then.\n\nFor anything urgent on supplier payments please contact apteam@meridianretail.example.\n\nLaura Pickering",
        lab(
            return_date="2029-10-15",
            note="'back on the 15th' from Wed 10 Oct; the colleague's address is not a new contact",
        ),
        subject="Automatic reply: {sub}",
        headers=(AUTO_GENERATED, SUPPRESS),
    ),
    Reply(
        "ar-en-ticket",
        "auto_reply",
        "en",
        ("Accounts Payable Helpdesk", "aphelpdesk@pennine-sharedservices.example"),
        "2029-10-02 09:20",
        "notice",
        "This is an automated response – please do not reply.\n\n"
        "Thank you for contacting the Accounts Payable Helpdesk. Your query has been logged under reference AP-2291746 and passed to the appropriate team.\n\n"
        "We aim to respond to all supplier queries within 5 working days. If your query concerns a payment date, you can also check the status of your invoices on the Supplier Portal.\n\n"
        "Please quote your reference in any further correspondence.",
        lab(note="ticket acknowledgement, no date"),
        subject="[AP-2291746] Query received: {sub}",
        headers=(AUTO_REPLIED, ("X-Mailer", "ServiceDesk Notifier")),
    ),
    Reply(
        "ar-en-training",
        "auto_reply",
        "en",
        ("Tidy Threads Alterations", "hello@tidythreads.example"),
        "2029-10-19 08:05",
        "notice",
        "Hi, thanks for getting in touch!\n\nThe shop is closed today (Friday 19th) for staff training. We'll reply to everyone when we're back on Monday.\n\nTidy Threads x",
        lab(
            return_date="2029-10-22",
            note="only Precedence: bulk, no Auto-Submitted; 'back on Monday' from Fri 19 Oct → 22 Oct",
        ),
        subject="Re: {sub}",
        headers=(("Precedence", "bulk"),),
    ),
    Reply(
        "ar-de-zweisprachig",
        "auto_reply",
        "de",
        ("Stefan Maier", "s.maier@bergland-kliniken.example"),
        "2029-10-08 09:10",
        "notice_html",
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin bis einschließlich Freitag, 12.10.2029, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 15.10.2029, bin ich wieder für Sie erreichbar. In dringenden Fällen wenden Sie sich bitte an buchhaltung@bergland-kliniken.example.\n\n"
        "Thank you for your message. I am out of the office until Friday, 12 October 2029, and will be back on Monday, 15 October.\n\n"
        "Stefan Maier\n"
        "Finanzbuchhaltung",
        lab(
            return_date="2029-10-15",
            note="German with an English copy; the day back wins over 'bis einschließlich 12.10.'",
        ),
        subject="Automatische Antwort: {sub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-de-xautoreply",
        "auto_reply",
        "de",
        (
            "Buchhaltung Wäscherei Sonnenberg",
            "buchhaltung@waescherei-sonnenberg.example",
        ),
        "2029-10-16 10:02",
        "notice",
        "Guten Tag,\n\nvielen Dank für Ihre E-Mail. Unsere Buchhaltung ist derzeit nur dienstags und donnerstags besetzt. Wir bearbeiten Ihr Anliegen so schnell wie möglich.\n\nWäscherei Sonnenberg GmbH",
        lab(note="only X-Autoreply, no date"),
        subject="Ihre Nachricht an die Buchhaltung",
        charset="iso-8859-1",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-fr-conges",
        "auto_reply",
        "fr",
        ("Aurélie Dumas", "a.dumas@chu-valdegaronne.example"),
        "2029-10-09 14:40",
        "notice",
        "Bonjour,\n\nJe suis absente du 8 au 19 octobre inclus. Retour le lundi 22 octobre.\n\nPour toute question relative aux factures fournisseurs, merci de contacter le secrétariat de la Direction des finances (poste 4412).\n\nAurélie Dumas",
        lab(return_date="2029-10-22"),
        subject="Réponse automatique : {sub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-accuse",
        "auto_reply",
        "fr",
        ("Service comptabilité – GH du Littoral", "noreply-compta@gh-littoral.example"),
        "2029-10-23 11:30",
        "notice",
        "Madame, Monsieur,\n\nNous accusons réception de votre message, enregistré sous le numéro de dossier CPT-2029-18824. Il sera traité par le service comptabilité dans l'ordre d'arrivée.\n\nMerci de ne pas répondre à ce message automatique.\n\nService comptabilité – Groupe Hospitalier du Littoral",
        lab(note="ticket acknowledgement with only Precedence: auto_reply"),
        subject="Accusé de réception – {sub}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-es-hasta",
        "auto_reply",
        "es",
        ("Beatriz Navarro", "bnavarro@hotelesbahia.example"),
        "2029-10-15 08:58",
        "notice_html",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 26 de octubre, sin acceso al correo. Para asuntos urgentes de proveedores pueden escribir a cuentasapagar@hotelesbahia.example.\n\nUn saludo,\nBeatriz Navarro",
        lab(return_date="2029-10-26", note="'hasta el 26 de octubre' → that date itself"),
        subject="Respuesta automática: {sub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-nl-afwezig",
        "auto_reply",
        "nl",
        ("Jeroen Visser", "j.visser@zorggroepnoorderlicht.example"),
        "2029-10-04 13:12",
        "notice_html",
        "Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 12 oktober en lees in die periode geen e-mail. Vanaf maandag 15 oktober ben ik weer aanwezig.\n\nVoor dringende zaken kunt u contact opnemen met de crediteurenadministratie.\n\nMet vriendelijke groet,\nJeroen Visser",
        lab(
            return_date="2029-10-15",
            note="'vanaf maandag 15 oktober' wins over 'tot en met 12 oktober'",
        ),
        subject="Automatisch antwoord: {sub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-nl-geen-header",
        "auto_reply",
        "nl",
        ("Wasserij Het Anker", "info@wasserijhetanker.example"),
        "2029-10-25 16:20",
        "notice",
        "Bedankt voor uw e-mail!\n\nWij hebben uw bericht in goede orde ontvangen en reageren binnen twee werkdagen. Voor spoedgevallen zijn wij telefonisch bereikbaar van maandag t/m vrijdag tussen 8.00 en 16.30 uur.\n\nMet vriendelijke groet,\nTeam Wasserij Het Anker",
        lab(note="automatic acknowledgement without any auto-reply header"),
        subject="Re: {sub}",
    ),
    Reply(
        "ar-it-rientro",
        "auto_reply",
        "it",
        ("Valentina Russo", "v.russo@alberghiadriatici.example"),
        "2029-10-02 10:15",
        "notice",
        "Buongiorno,\nsono fuori ufficio fino a venerdì 5 ottobre compreso, con accesso limitato alla posta. Rientrerò lunedì 8 ottobre.\nPer urgenze amministrative: amministrazione@alberghiadriatici.example\n\nValentina Russo",
        lab(
            return_date="2029-10-08",
            note="the stated day back wins over 'fino a venerdì 5 ottobre compreso'",
        ),
        subject="Risposta automatica: {sub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-protocollo",
        "auto_reply",
        "it",
        ("Ufficio Protocollo - AO San Matteo", "protocollo@ao-sanmatteo.example"),
        "2029-10-17 12:01",
        "notice",
        "Si comunica che il messaggio in oggetto è stato acquisito al protocollo generale con n. 0048213 del 17/10/2029 e assegnato all'U.O.C. Gestione Economico-Finanziaria.\n\nQuesto messaggio è generato automaticamente, si prega di non rispondere.",
        lab(note="registry acknowledgement; the date in it is the filing date, not a return"),
        subject="Ricevuta di protocollazione - {sub}",
        headers=(AUTO_GENERATED,),
    ),
]

OTHER = [
    Reply(
        "ot-en-did-we",
        "other",
        "en",
        ("Lisa Hargreaves", "lisa@hargreavesdrycleaners.example"),
        "2029-10-04 16:50",
        "gmail_plain",
        "Did we not pay this already?? I thought all the September ones went out together. Will check with Dave when he's in tomorrow.\n\nLisa",
        lab(
            note="a question, not a payment claim, a dispute or a document request; a person should check"
        ),
    ),
    Reply(
        "ot-en-driver",
        "other",
        "en",
        ("Mark Doyle", "m.doyle@northgatecollege.example"),
        "2029-10-11 10:40",
        "outlook_html",
        "Hi,\n\n"
        "Quick one – can your driver come on Tuesday instead of Wednesday next week? We've got an open day on the Wednesday and the loading bay will be full.\n\n"
        "Also, we've got roughly 30 extra bags of old staff polo shirts after the rebrand. Can they go on the same collection or do I need to book them separately?\n\n"
        "Thanks,\n"
        "Mark Doyle\n"
        "Estates Team, Northgate College",
        lab(note="collection questions in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-en-takeover",
        "other",
        "en",
        ("James Whitcombe", "j.whitcombe@lakelandinnsgroup.example"),
        "2029-10-03 17:05",
        "outlook",
        "Good afternoon,\n\n"
        "Please note that Lakeland Inns Group was acquired by Castellan Hospitality on 1 October. All supplier accounts are under review as part of the integration, and Castellan's procurement team will contact you in due course about future invoicing arrangements.\n\n"
        "In the meantime no action is required on your part.\n\n"
        "Regards,\n"
        "James Whitcombe\n"
        "Group Financial Controller",
        lab(note="takeover notice from the right person: no new address, nothing promised"),
        headers=(SUPPRESS,),
    ),
    Reply(
        "ot-de-bericht",
        "other",
        "de",
        ("Miriam Ott", "m.ott@modekette-lindner.example"),
        "2029-10-17 14:25",
        "gmail",
        "Hallo zusammen,\n\n"
        "unabhängig von der Rechnung eine Frage: Für unseren Nachhaltigkeitsbericht bräuchten wir die 2029 bei uns abgeholten Mengen, aufgeschlüsselt nach Filiale und Verwertungsweg (Wiederverwendung, Recycling, Vernichtung). Ist so eine Auswertung bei Ihnen möglich?\n\n"
        "Viele Grüße\n"
        "Miriam Ott\n"
        "CSR-Team, Modekette Lindner",
        lab(note="a reporting question, explicitly not about the invoice"),
    ),
    Reply(
        "ot-de-anrufen",
        "other",
        "de",
        ("Uwe Brandt", "uwe.brandt@brandt-bettenhaus.example"),
        "2029-10-25 17:55",
        "iphone",
        "Rufen Sie mich bitte morgen vormittag kurz an, 0171 5550123. Das klären wir besser am Telefon.\nBrandt",
        lab(note="asks for a call; no position on the invoice"),
    ),
    Reply(
        "ot-fr-recu",
        "other",
        "fr",
        ("Chloé Martin", "chloe.martin@boutique-lesfilles.example"),
        "2029-10-08 12:33",
        "android",
        "Bien reçu, merci.",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-fr-matelas",
        "other",
        "fr",
        ("Sébastien Roy", "s.roy@campingleslavandes.example"),
        "2029-10-26 10:15",
        "gmail",
        "Bonjour,\n\nPetite question avant que je regarde la facture : est-ce que vous récupérez aussi les matelas et les couettes ? On en a une vingtaine à sortir avant la fermeture d'hiver.\n\nMerci,\nSébastien",
        lab(note="service question; 'before I look at the invoice' commits to nothing"),
    ),
    Reply(
        "ot-es-jubilacion",
        "other",
        "es",
        ("Concha Vidal", "concha@merceriavidal.example"),
        "2029-10-02 13:10",
        "outlook_html",
        "Buenas tardes:\n\nLes comunico que cerramos la tienda el pasado 30 de septiembre por jubilación. Ya no vamos a necesitar más recogidas.\n\nGracias por estos años.\nConcha Vidal",
        lab(note="shop closed; the owner writes herself, nothing about paying"),
        cte="b64",
    ),
    Reply(
        "ot-es-camion",
        "other",
        "es",
        ("Raúl Moreno", "raul@gimnasiovitalia.example"),
        "2029-10-18 18:40",
        "iphone",
        "Oye una cosa, el camión puede pasar el martes en vez del jueves? El jueves tenemos el local cerrado por obras",
        lab(note="pickup rescheduling in the reminder thread"),
    ),
    Reply(
        "ot-nl-controller",
        "other",
        "nl",
        ("Monique Jacobs", "m.jacobs@vakantieparkdeheide.example"),
        "2029-10-15 11:20",
        "outlook",
        "Goedemorgen,\n\nIk heb uw bericht doorgezet naar onze controller. Hij neemt contact met u op.\n\nMet vriendelijke groet,\nMonique Jacobs\nReceptie Vakantiepark De Heide",
        lab(note="passed on without an address: not a new contact"),
    ),
    Reply(
        "ot-nl-logo",
        "other",
        "nl",
        ("Thijs Kramer", "thijs@kramerbeveiliging.example"),
        "2029-10-24 09:33",
        "gmail_plain",
        "Hoi,\n\nKlopt het dat jullie ook kleding met ons logo vernietigen, met certificaat? We hebben nog zo'n 200 oude jassen en truien liggen die niet zomaar bij de kringloop mogen belanden. Wat kost dat ongeveer?\n\nThijs Kramer\nKramer Beveiliging",
        lab(note="sales question about certified destruction"),
    ),
    Reply(
        "ot-it-titolare",
        "other",
        "it",
        ("Alessandro Costa", "a.costa@costaarredotessile.example"),
        "2029-10-10 15:45",
        "thunderbird",
        "Buongiorno,\nricevuto, grazie. Ne parlo con il titolare appena rientra e vi faccio sapere.\nAlessandro Costa",
        lab(note="acknowledgement; passing it on commits to nothing"),
        charset="iso-8859-1",
        cte="qp",
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
    """A delivery report about a reminder sent to `rcpt`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    note: str | None = None
    queued_hours: int = 0

    @property
    def tz(self) -> str:
        """English notices carry UK time, the others central-European time."""
        return "uk" if self.lang == "en" else "cet"

    @property
    def dt(self) -> datetime:
        """The report's Date."""
        return local_time(self.when, self.tz)

    @property
    def reminder(self) -> Reminder:
        """The reminder that failed (sent a few minutes, or some hours, before the report)."""
        sent = self.sent
        inv = assigned_invoices()[self.key]
        amount = Decimal(200 + pick(self.key, "amount", 2400))
        currency = "GBP" if self.lang == "en" else "EUR"
        return Reminder(
            self.lang,
            inv,
            amount,
            currency,
            in_zone(sent, "uk"),
            "",
            self.rcpt,
            self.key,
        )

    @property
    def sent(self) -> datetime:
        """When the failed reminder left (minutes, or some queued hours, before the report)."""
        return self.dt - timedelta(minutes=2 + pick(self.key, "delay", 6), hours=self.queued_hours)

    @property
    def domain(self) -> str:
        """The failed recipient's domain."""
        return self.rcpt.split("@")[1]


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    retry_days: int = 0,
) -> Message:
    """An RFC 3464 message/delivery-status part."""
    rem = b.reminder
    per_message = [
        f"Reporting-MTA: dns; {mta}",
        f"Arrival-Date: {format_datetime(in_zone(rem.sent, b.tz))}",
    ]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if retry_days:
        per_recipient.append(
            f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=retry_days))}"
        )
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part["Content-Description"] = "Delivery report"
    part.set_payload(
        [
            message_from_bytes(("\n".join(block) + "\n").encode())
            for block in (per_message, per_recipient)
        ]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """The returned reminder's headers as text/rfc822-headers."""
    original = b.reminder.as_message()
    lines = "".join(f"{name}: {value}\n" for name, value in original.items())
    part = text_part(f"Return-Path: <{AR_ADDR}>\n{lines}", "rfc822-headers", "us-ascii", "7bit")
    del part["Content-Transfer-Encoding"]
    return part


def returned_message(b: Bounce) -> Message:
    """The whole returned reminder as message/rfc822."""
    return MIMEMessage(b.reminder.as_message())


def report(parts: list[Message]) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    charset: str = "utf-8",
    extra: tuple[tuple[str, str], ...] = (),
    style: str = "bounce",
) -> Message:
    """Headers every delivery report carries, then the reporter's own."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, charset, "q")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].split(">", maxsplit=1)[0].split(" ", maxsplit=1)[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 26).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, style)


def o365_human(lines: list[str], charset: str) -> Message:
    """The human part of an Office 365 report: plain text and HTML."""
    text = "\n\n".join(lines) + "\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>'
        f'<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:16pt;color:#000000"><b>{html.escape(lines[0])}</b></p>'
        + "".join(f"<p>{html_lines(x)}</p>" for x in lines[1:])
        + "</body></html>\n"
    )
    return alternative(
        [
            text_part(text, "plain", charset, "qp"),
            text_part(markup, "html", charset, "qp"),
        ]
    )


def gmail_human(lines: list[str]) -> Message:
    """The human part of a Gmail report."""
    text = "\n\n".join(lines) + "\n"
    markup = (
        "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</body></html>\n"
    )
    return alternative(
        [
            text_part(text, "plain", "utf-8", "qp"),
            text_part(markup, "html", "utf-8", "qp"),
        ]
    )


def bounce_postfix_domain(b: Bounce) -> Message:
    """Our own Postfix: the customer's domain no longer exists (5.4.4)."""
    human = (
        "This is the mail system at host mail.loomcraft-recycling.example.\n\n"
        "Your message could not be delivered to one or more recipients and has been\n"
        "returned. The details are below.\n\n"
        "If you need help, contact postmaster@loomcraft-recycling.example and include\n"
        "this report.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: Host or domain name not found. Name service error\n"
        f"    for name={b.domain} type=MX: Host not found\n"
    )
    diag = f"Host or domain name not found. Name service error for name={b.domain} type=MX: Host not found"
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, "mail.loomcraft-recycling.example", "failed", diag),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "MAILER-DAEMON@mail.loomcraft-recycling.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    """A qmail server at the customer's end: no such mailbox, non-MIME with the copy inline."""
    original = b.reminder.as_message().as_string()
    text = (
        f"Hi. This is the qmail-send program at mx.{b.domain}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked from network); {format_datetime(in_zone(b.reminder.sent, 'uk'))}\n"
        f"{original}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@mx.{b.domain}", "failure notice")


def bounce_relay_greylist(b: Bounce) -> Message:
    """A hosting relay (Exim) warns that the customer's server keeps greylisting: soft."""
    rem = b.reminder
    text = (
        "This is an automatic warning from the Clearwater Hosting mail relay\n"
        "(relay2.clearwater-hosting.example).\n\n"
        "Your message has been waiting in our queue for 24 hours because the\n"
        "receiving server has not accepted it yet. We will keep trying for up to\n"
        "4 days; you do not need to send it again.\n\n"
        f"  Recipient: {b.rcpt}\n"
        f"  Subject:   {latin1_safe(rem.subject)}\n"
        f"  Queued:    {format_datetime(in_zone(rem.sent, 'uk'))}\n"
        f"  Last reply from mx.{b.domain} [203.0.113.58]:\n"
        "    451 4.7.1 Greylisted - please try again later\n\n"
        "If the message still cannot be delivered at the end of that period it\n"
        "will be returned to you.\n\n"
        "Message ID: 1wQ7pZ-0004Kd-3R\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@relay2.clearwater-hosting.example>",
        "Warning: message 1wQ7pZ-0004Kd-3R delayed 24 hours",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )


def bounce_o365_de_full(b: Bounce) -> Message:
    """Office 365 in German: mailbox full, reported with 5.2.2."""
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = o365_human(
        [
            f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
            "Das Postfach des Empfängers ist voll und kann im Moment keine Nachrichten annehmen. Versuchen Sie es später noch einmal, oder wenden Sie sich auf anderem Weg an den Empfänger.",
            "Diagnoseinformationen für Administratoren:",
            f"Generierender Server: FR4P281MB3391.DEUP281.PROD.OUTLOOK.COM\n{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
        ],
        "utf-8",
    )
    parts = [
        human,
        delivery_status(b, "FR4P281MB3391.DEUP281.PROD.OUTLOOK.COM", "failed", diag),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Unzustellbar: {b.reminder.subject}",
    )


def bounce_provider_de(b: Bounce) -> Message:
    """A German hosting provider's own notice, the reminder attached: user unknown."""
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mout.webhosting-mitte.example.\n\n"
        "Ihre E-Mail konnte nicht zugestellt werden. Der Empfänger ist auf dem Zielserver nicht bekannt:\n\n"
        f"  {b.rcpt}\n"
        f"  SMTP-Antwort: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown\n\n"
        "Es handelt sich um einen dauerhaften Fehler. Bitte prüfen Sie die Schreibweise der Adresse.\n"
        "Die ursprüngliche Nachricht finden Sie im Anhang.\n\n"
        "-- \n"
        "This is an automatically generated message. Your e-mail could not be delivered (user unknown).\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "8bit"))
    outer.attach(returned_message(b))
    return finish(
        b,
        outer,
        "Mail Delivery System <MAILER-DAEMON@mout.webhosting-mitte.example>",
        "Mail delivery failed: Zustellung fehlgeschlagen",
    )


def bounce_o365_fr_unknown(b: Bounce) -> Message:
    """Office 365 in French: recipient not found (5.1.1)."""
    diag = "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found"
    human = o365_human(
        [
            f"Impossible de remettre votre message à {b.rcpt}",
            "L'adresse de messagerie que vous avez saisie est introuvable. Vérifiez l'adresse du destinataire et renvoyez le message. Si le problème persiste, contactez votre service d'assistance.",
            "Informations de diagnostic pour les administrateurs :",
            f"Serveur de génération : PR0P264MB2871.FRAP264.PROD.OUTLOOK.COM\n{b.rcpt}\nLe serveur distant a renvoyé « {diag} »",
        ],
        "utf-8",
    )
    parts = [
        human,
        delivery_status(b, "PR0P264MB2871.FRAP264.PROD.OUTLOOK.COM", "failed", diag),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Non remis : {b.reminder.subject}",
    )


def bounce_provider_fr_delay(b: Bounce) -> Message:
    """A French host's plain notice, base64: delivery delayed (4.4.2)."""
    rem = b.reminder
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur smtp.hebergement-lumiere.example.\n\n"
        f"Votre message à destination de {b.rcpt} n'a pas encore pu être distribué. Le serveur du destinataire (mx1.{b.domain}) a interrompu la connexion :\n\n"
        f"    421 4.4.2 mx1.{b.domain} Error: timeout exceeded\n\n"
        "Vous n'avez rien à faire : nous continuerons à tenter la remise pendant 5 jours et vous recevrez un nouvel avis si elle échoue définitivement.\n\n"
        f"Objet du message : {rem.subject}\n"
        f"Envoyé le : {render('{dd}/{mo}/{y} à {HH}:{mm}', 'fr', in_zone(rem.sent, 'cet'))}\n\n"
        "-- \n"
        "Service Messagerie – Lumière Hébergement\n"
    )
    msg = text_part(text, "plain", "utf-8", "b64")
    return finish(
        b,
        msg,
        "Postmaster <postmaster@smtp.hebergement-lumiere.example>",
        f"Message retardé : {rem.subject}",
    )


def bounce_gmail_es_unknown(b: Bounce) -> Message:
    """Gmail in Spanish: address not found (5.1.1)."""
    human = gmail_human(
        [
            "** No se ha encontrado la dirección **",
            f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
            "Más información: https://support.google.com/mail/?p=NoSuchUser",
            "La respuesta fue:",
            "550 5.1.1 The email account that you tried to reach does not exist. a9si4471203wrq.311 - gsmtp",
        ]
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    parts = [
        human,
        delivery_status(b, "mx.google.com", "failed", diag, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Notificación de estado de entrega (error)",
        extra=(("X-Failed-Recipients", b.rcpt),),
        style="gmail",
    )


def bounce_provider_es_full(b: Bounce) -> Message:
    """A Spanish host's plain notice in ISO-8859-1: mailbox full (4.2.2)."""
    rem = b.reminder
    text = (
        "Este es un mensaje automático del servidor de correo correo.servidoresiberia.example.\n\n"
        f"Su mensaje para {b.rcpt} todavía no ha podido entregarse porque el buzón del destinatario está lleno:\n\n"
        "    452 4.2.2 Mailbox full - buzón lleno\n\n"
        "Volveremos a intentar la entrega durante los próximos 3 días. Si el buzón sigue lleno, el mensaje se le devolverá.\n\n"
        f"Asunto: {latin1_safe(rem.subject)}\n"
        f"Fecha: {format_datetime(in_zone(rem.sent, 'cet'))}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "MAILER-DAEMON@correo.servidoresiberia.example",
        "Aviso de entrega retrasada",
        "iso-8859-1",
    )


def bounce_o365_nl_policy(b: Bounce) -> Message:
    """Office 365 in Dutch: the address takes internal senders only (5.7.1)."""
    diag = "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required"
    human = o365_human(
        [
            f"Uw bericht heeft {b.rcpt} niet bereikt.",
            "De organisatie van de geadresseerde accepteert voor dit adres geen berichten van afzenders buiten de organisatie.",
            "Diagnostische gegevens voor beheerders:",
            f"Genererende server: AM8P190MB0972.EURP190.PROD.OUTLOOK.COM\n{b.rcpt}\nDe externe server heeft '{diag}' geretourneerd",
        ],
        "utf-8",
    )
    parts = [
        human,
        delivery_status(b, "AM8P190MB0972.EURP190.PROD.OUTLOOK.COM", "failed", diag),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Onbestelbaar: {b.reminder.subject}",
    )


def bounce_o365_it_delay(b: Bounce) -> Message:
    """Office 365 in Italian: delivery delayed (4.4.7)."""
    diag = "451 4.4.7 Message delayed"
    human = o365_human(
        [
            "Recapito del messaggio ritardato",
            f"Il messaggio non è ancora stato recapitato a {b.rcpt}. Il sistema continuerà a provare.",
            "Il server ha tentato di recapitare il messaggio ma non ha ricevuto risposta dal server di posta del destinatario. Non è necessario fare nulla: se il recapito non riesce entro 2 giorni, riceverai un'altra notifica.",
            "Informazioni di diagnostica per gli amministratori:",
            f"Server di generazione: MI1P293MB0445.ITAP293.PROD.OUTLOOK.COM\nIl server remoto ha restituito '{diag}'",
        ],
        "utf-8",
    )
    parts = [
        human,
        delivery_status(b, "MI1P293MB0445.ITAP293.PROD.OUTLOOK.COM", "delayed", diag, retry_days=2),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Recapito ritardato: {b.reminder.subject}",
    )


def bounce_provider_it_suspended(b: Bounce) -> Message:
    """An Italian host's notice in 8-bit ISO-8859-1: mailbox temporarily suspended (4.2.1)."""
    rem = b.reminder
    text = (
        "Gentile utente,\n\n"
        f"questo è un avviso automatico. Il messaggio da lei inviato a {b.rcpt} non è ancora stato consegnato: la casella del destinatario risulta temporaneamente sospesa.\n\n"
        "  Risposta del server: 450 4.2.1 Mailbox disabled, not accepting messages\n\n"
        "Il sistema ritenterà la consegna per 48 ore. Se la casella non verrà riattivata entro tale termine, il messaggio le sarà restituito.\n\n"
        f"Oggetto: {latin1_safe(rem.subject)}\n"
        f"Data invio: {render('{dd}/{mo}/{y} {HH}:{mm}', 'it', in_zone(rem.sent, 'cet'))}\n\n"
        "Servizio clienti PostaItalica\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return finish(
        b,
        msg,
        "Sistema di posta <mailer-daemon@mx.postaitalica-hosting.example>",
        "Avviso: consegna non ancora riuscita",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-domain",
            "en",
            "hard",
            "5.4.4",
            "accounts@pemberton-linen.example",
            "2029-10-01 08:36",
            "domain gone: Postfix multipart/report with text/rfc822-headers",
        ),
        bounce_postfix_domain,
    ),
    (
        Bounce(
            "bo-en-qmail",
            "en",
            "hard",
            "5.1.1",
            "office@tanglewoodlaundry.example",
            "2029-10-09 08:47",
            "qmail failure notice, not MIME, the message copied inline",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-greylist",
            "en",
            "soft",
            "4.7.1",
            "finance@morecambebayhotel.example",
            "2029-10-22 10:20",
            "relay delay warning: temporary policy (greylisting) rejection, plain text",
            queued_hours=24,
        ),
        bounce_relay_greylist,
    ),
    (
        Bounce(
            "bo-de-voll",
            "de",
            "soft",
            "5.2.2",
            "rechnungseingang@rheinmain-hotelservice.example",
            "2029-10-04 10:15",
            "mailbox full reported with a 5.x code: soft, the code is kept",
        ),
        bounce_o365_de_full,
    ),
    (
        Bounce(
            "bo-de-unbekannt",
            "de",
            "hard",
            "5.1.1",
            "einkauf@boutique-elbufer.example",
            "2029-10-11 09:42",
            "provider notice in multipart/mixed with the reminder attached",
        ),
        bounce_provider_de,
    ),
    (
        Bounce(
            "bo-fr-inconnu",
            "fr",
            "hard",
            "5.1.1",
            "comptabilite@groupe-ambroise-hotels.example",
            "2029-10-03 09:26",
        ),
        bounce_o365_fr_unknown,
    ),
    (
        Bounce(
            "bo-fr-retard",
            "fr",
            "soft",
            "4.4.2",
            "gerance@blanchisserie-duval.example",
            "2029-10-16 14:05",
            "provider delay notice, single plain part in base64",
            queued_hours=4,
        ),
        bounce_provider_fr_delay,
    ),
    (
        Bounce(
            "bo-es-gmail",
            "es",
            "hard",
            "5.1.1",
            "pilar.recogidas.uniformes@gmail.com",
            "2029-10-10 12:44",
            "Gmail report in Spanish",
        ),
        bounce_gmail_es_unknown,
    ),
    (
        Bounce(
            "bo-es-lleno",
            "es",
            "soft",
            "4.2.2",
            "administracion@textilesgarrido.example",
            "2029-10-24 11:10",
            "provider notice in ISO-8859-1, mailbox full",
            queued_hours=6,
        ),
        bounce_provider_es_full,
    ),
    (
        Bounce(
            "bo-nl-beleid",
            "nl",
            "hard",
            "5.7.1",
            "facturen@gemeente-waterland-oost.example",
            "2029-10-18 09:35",
            "policy rejection (internal senders only): permanent, hard",
        ),
        bounce_o365_nl_policy,
    ),
    (
        Bounce(
            "bo-it-ritardo",
            "it",
            "soft",
            "4.4.7",
            "contabilita@termeeuganee-hotels.example",
            "2029-10-12 16:30",
            "Office 365 delay report in Italian",
            queued_hours=8,
        ),
        bounce_o365_it_delay,
    ),
    (
        Bounce(
            "bo-it-sospesa",
            "it",
            "soft",
            "4.2.1",
            "info@lavanderiasantacroce.example",
            "2029-10-26 08:50",
            "mailbox temporarily suspended, 8-bit ISO-8859-1 notice",
            queued_hours=12,
        ),
        bounce_provider_it_suspended,
    ),
]


@functools.cache
def assigned_invoices() -> dict[str, str]:
    """Invoice numbers for reminders whose text names none, in issue-date order.

    Numbers written anywhere in the hand-written text are never reused, so that no two
    customers share an invoice.
    """
    taken = {r.inv for r in REPLIES if r.inv}
    for r in REPLIES:
        taken.update(re.findall(r"LTR/\d{5}/A", r.body))
        refs = r.labels.get("invoice_refs", [])
        if isinstance(refs, list):
            taken.update(str(ref) for ref in refs)
    wanted = [(due_date(r.key, r.reminder_time), r.key) for r in REPLIES if not r.inv]
    wanted += [(due_date(b.key, b.sent), b.key) for b, _ in BOUNCES]
    assigned: dict[str, str] = {}
    for due, key in sorted(wanted):
        number = 4330 + (due - date(2029, 9, 10)).days * 5
        while f"LTR/{number:05d}/A" in taken:
            number += 1
        assigned[key] = f"LTR/{number:05d}/A"
        taken.add(assigned[key])
    return assigned


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
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
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


@dataclass(frozen=True)
class Item:
    """One message of the corpus, ready to write."""

    key: str
    message: Message
    label: dict[str, object]
    new_text: str


def all_items() -> list[Item]:
    """Every message, in a fixed order given by a keyed hash (so names say nothing)."""
    items = [Item(r.key, build_reply(r), reply_label(r), r.body) for r in REPLIES]
    items += [Item(b.key, build(b), bounce_label(b), "") for b, build in BOUNCES]
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return sorted(items, key=lambda item: digest(item.key, "file-order"))


def check_message(name: str, data: bytes) -> None:
    """Parse a file back: headers decode, text parts decode, no defects anywhere."""
    parsed = message_from_bytes(data, policy=policy.default)
    if not isinstance(parsed, EmailMessage):
        raise SystemExit(f"{name}: not parsed as EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if parsed[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in parsed.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for hname, value in part.items():
            defects = getattr(value, "defects", ())
            if defects:
                raise SystemExit(f"{name}: header {hname} defects {defects}")
            if "=?" in str(value):
                raise SystemExit(f"{name}: header {hname} not decoded")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: text part did not decode cleanly")


def short_number(ref: str) -> str:
    """The digits of an invoice number without leading zeros ("LTR/04417/A" → "4417")."""
    return ref.split("/")[1].lstrip("0")


def check_label(name: str, label: dict[str, object], new_text: str) -> None:
    """Shape and consistency of one label row."""
    expected = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != expected:
        raise SystemExit(f"{name}: label keys {list(label)}")
    intent = label["intent"]
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{name}: bad intent or language")
    allowed = ALLOWED_FIELDS.get(str(intent), frozenset())
    for key in LABEL_KEYS:
        value = label[key]
        if value is None:
            continue
        if key not in allowed:
            raise SystemExit(f"{name}: {key} filled for {intent}")
        if not isinstance(value, str):
            raise SystemExit(f"{name}: {key} is not a string")
        if key.endswith("_date"):
            day = date.fromisoformat(value)
            if not date(2029, 9, 1) <= day <= date(2029, 12, 31):
                raise SystemExit(f"{name}: {key} {value} out of range")
        if key == "amount" and not AMOUNT_RE.match(value):
            raise SystemExit(f"{name}: amount {value}")
        if key == "new_contact" and (value != value.lower() or value not in new_text.lower()):
            raise SystemExit(f"{name}: new_contact {value} not lower case or not in the text")
        if key == "bounce_status" and not STATUS_RE.match(value):
            raise SystemExit(f"{name}: status {value}")
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(f"{name}: amount and currency go together")
    if intent == "bounce" and None in (
        label["bounce_kind"],
        label["failed_recipient"],
        label["bounce_status"],
    ):
        raise SystemExit(f"{name}: incomplete bounce label")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{name}: invoice_refs is not a list")
    for ref in refs:
        if (
            not isinstance(ref, str)
            or not INVOICE_RE.match(ref)
            or short_number(ref) not in new_text
        ):
            raise SystemExit(f"{name}: invoice ref {ref} malformed or not in the new text")


def check_dates() -> None:
    """Every message is dated inside the corpus window, UK at +0100 and CET at +0200."""
    moments = [(r.dt, r.tz) for r in REPLIES] + [(b.dt, b.tz) for b, _ in BOUNCES]
    for moment, zone in moments:
        if not FIRST_DAY <= moment.date() <= LAST_DAY:
            raise SystemExit(f"date {moment} outside the window")
        offset = moment.utcoffset()
        if offset != timedelta(hours=STANDARD_OFFSET[zone] + 1):
            raise SystemExit(f"{moment}: wrong summer-time offset for {zone}")


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent; English 3 per intent; the other languages as planned."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        for lang in LANGS:
            want = 3 if lang == "en" else (1 if SINGLE_LANGUAGE[intent] == lang else 2)
            if cells[intent, lang] != want:
                raise SystemExit(f"{intent}/{lang}: {cells[intent, lang]} messages, want {want}")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds {dict(kinds)}")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent-by-language count table in Markdown."""
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
    """Write every .eml file and labels.jsonl; return the label rows."""
    check_dates()
    items = all_items()
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        row: dict[str, object] = {"file": name, **item.label}
        check_label(name, row, item.new_text)
        labels.append(row)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for row in labels:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Build, check and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
