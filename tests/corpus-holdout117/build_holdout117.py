# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and non-breaking spaces that people and their clients really produce.
"""Build held-out reply corpus 117: `h117-NNN.eml` files and `labels.jsonl`.

Every message answers (or bounces) an overdue reminder sent by the credit-control mailbox of
Kestrel Scaffolding. The new text of each message is written by hand below. This script adds
only what a mail client or a mail server would add: the quoted reminder in the client's layout
and language, headers, MIME structure, charsets and transfer encodings. Run it from anywhere:
it rewrites every file next to itself, deterministically, then parses each one back and checks
the labels.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "kestrel-117-20300318"
PREFIX = "h117"
AR_NAME = "Credit Control"
AR_ADDR = "credit.control@kestrel-scaffold.example"
AR_DOMAIN = "kestrel-scaffold.example"
AR_MTA = "mx1.kestrel-scaffold.example"
FIRST_DAY = date(2030, 3, 18)
LAST_DAY = date(2030, 4, 12)

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
# The only fields an intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
DATE_KEYS = ("promised_date", "paid_date", "return_date")

# --------------------------------------------------------------------------------------------
# Time zones: the UK and central Europe both start summer time at 01:00 UTC on the last Sunday
# of March (31 March in 2030) and end it on the last Sunday of October.
# --------------------------------------------------------------------------------------------

BASE_OFFSET = {"uk": 0, "cet": 1}


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (month < 12)."""
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def is_summer(utc: datetime) -> bool:
    """Whether European summer time is in force at this UTC instant."""
    start = datetime.combine(last_sunday(utc.year, 3), datetime.min.time(), UTC)
    end = datetime.combine(last_sunday(utc.year, 10), datetime.min.time(), UTC)
    return start + timedelta(hours=1) <= utc < end + timedelta(hours=1)


def zone_of(zone: str, utc: datetime) -> timezone:
    """The fixed offset a client in `zone` shows at this instant."""
    return timezone(timedelta(hours=BASE_OFFSET[zone] + is_summer(utc)))


def local_time(when: str, zone: str) -> datetime:
    """Read 'YYYY-MM-DD HH:MM' as wall-clock time in `zone`, with the right offset."""
    naive = datetime.strptime(when, "%Y-%m-%d %H:%M")
    fits = []
    for summer in (False, True):
        offset = timedelta(hours=BASE_OFFSET[zone] + summer)
        utc = (naive - offset).replace(tzinfo=UTC)
        if is_summer(utc) == summer:
            fits.append(naive.replace(tzinfo=timezone(offset)))
    if len(fits) != 1:
        raise ValueError(f"{when} is ambiguous or does not exist in {zone}")
    return fits[0]


def in_zone(moment: datetime, zone: str) -> datetime:
    """The same instant on a clock in `zone`."""
    utc = moment.astimezone(UTC)
    return utc.astimezone(zone_of(zone, utc))


# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

DAYS = {
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
    "es": (
        "lunes martes miércoles jueves viernes sábado domingo",
        "lun mar mié jue vie sáb dom",
    ),
    "nl": (
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "ma di wo do vr za zo",
    ),
    "it": (
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "lun mar mer gio ven sab dom",
    ),
}
MONTHS = {
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
# Gmail's attribution line in each interface language.
GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {monl} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
# Apple Mail and iOS Mail.
APPLE_ATTR = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y}, om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {dd}/{mo}/{y} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
# Outlook's header block: separator line, labels for From, Sent, To, Subject, label separator,
# and the format of the Sent value.
OUTLOOK = {
    "en": (
        "-----Original Message-----",
        ("From", "Sent", "To", "Subject"),
        ": ",
        "{wdl}, {d} {monl} {y} {HH}:{mm}",
    ),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        ("Von", "Gesendet", "An", "Betreff"),
        ": ",
        "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    ),
    "fr": (
        "-----Message d'origine-----",
        ("De", "Envoyé", "À", "Objet"),
        " : ",
        "{wdl} {d} {monl} {y} {HH}:{mm}",
    ),
    "es": (
        "-----Mensaje original-----",
        ("De", "Enviado el", "Para", "Asunto"),
        ": ",
        "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    ),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        ("Van", "Verzonden", "Aan", "Onderwerp"),
        ": ",
        "{wdl} {d} {monl} {y} {HH}:{mm}",
    ),
    "it": (
        "-----Messaggio originale-----",
        ("Da", "Inviato", "A", "Oggetto"),
        ": ",
        "{wdl} {d} {monl} {y} {HH}:{mm}",
    ),
}
OUTLOOK_RE = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
OUTLOOK_AUTO = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
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
    "en": "Overdue invoice {inv} – Kestrel Scaffolding",
    "de": "Offene Rechnung {inv} – Kestrel Scaffolding",
    "fr": "Facture échue {inv} – Kestrel Scaffolding",
    "es": "Factura vencida {inv} – Kestrel Scaffolding",
    "nl": "Vervallen factuur {inv} – Kestrel Scaffolding",
    "it": "Fattura scaduta {inv} – Kestrel Scaffolding",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We haven't yet received payment for the invoice below, which is now past its due date:\n\n"
        "  Invoice:   {inv}\n  Date:      {issued}\n  Due:       {due}\n  Amount:    {amt}\n\n"
        "If payment is already on its way, please let us know the date it was sent so we can match it. If something about the invoice isn't right, reply to this email and we'll look into it.\n\n"
        "Thank you,\n\nCredit Control\nKestrel Scaffolding Ltd\nUnits 7–9 Marsh Lane Industrial Estate, Reading\ncredit.control@kestrel-scaffold.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die folgende Rechnung konnten wir bisher keinen Zahlungseingang feststellen:\n\n"
        "  Rechnung:  {inv}\n  Datum:     {issued}\n  Fällig:    {due}\n  Betrag:    {amt}\n\n"
        "Falls die Zahlung bereits unterwegs ist, nennen Sie uns bitte kurz das Zahlungsdatum. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Vielen Dank und freundliche Grüße\n\nCredit Control\nKestrel Scaffolding"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous n'avons pas encore reçu le règlement de la facture ci-dessous, arrivée à échéance :\n\n"
        "  Facture :   {inv}\n  Date :      {issued}\n  Échéance :  {due}\n  Montant :   {amt}\n\n"
        "Si le paiement est déjà parti, merci de nous indiquer sa date afin que nous puissions le rapprocher. Si quelque chose ne va pas sur la facture, répondez simplement à ce message.\n\n"
        "Merci d'avance,\n\nCredit Control\nKestrel Scaffolding"
    ),
    "es": (
        "Buenos días:\n\n"
        "Todavía no hemos recibido el pago de la siguiente factura, cuyo vencimiento ya ha pasado:\n\n"
        "  Factura:      {inv}\n  Fecha:        {issued}\n  Vencimiento:  {due}\n  Importe:      {amt}\n\n"
        "Si ya ha realizado el pago, le agradeceremos que nos indique la fecha para poder conciliarlo. Si hay algún error en la factura, responda a este correo y lo revisaremos.\n\n"
        "Gracias,\n\nCredit Control\nKestrel Scaffolding"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij hebben de betaling van onderstaande factuur nog niet ontvangen, terwijl de vervaldatum is verstreken:\n\n"
        "  Factuur:      {inv}\n  Datum:        {issued}\n  Vervaldatum:  {due}\n  Bedrag:       {amt}\n\n"
        "Is de betaling al onderweg, laat ons dan de datum weten zodat wij deze kunnen verwerken. Klopt er iets niet aan de factuur, beantwoord dan deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nCredit Control\nKestrel Scaffolding"
    ),
    "it": (
        "Buongiorno,\n\n"
        "non risulta ancora pervenuto il pagamento della fattura indicata di seguito, già scaduta:\n\n"
        "  Fattura:   {inv}\n  Data:      {issued}\n  Scadenza:  {due}\n  Importo:   {amt}\n\n"
        "Se il pagamento è già stato effettuato, vi chiediamo di comunicarci la data per poterlo abbinare. Se qualcosa nella fattura non è corretto, rispondete pure a questa e-mail.\n\n"
        "Grazie e cordiali saluti,\n\nCredit Control\nKestrel Scaffolding"
    ),
}
REMINDER_DATE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# What a Latin-1 client makes of characters its charset lacks.
NBSP = "\u00a0"
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "..."}


def date_fields(loc: str, moment: datetime | date) -> dict[str, str]:
    """Every piece a date template may use, in the language `loc`."""
    wd, mo = moment.weekday(), moment.month - 1
    hour = moment.hour if isinstance(moment, datetime) else 0
    minute = moment.minute if isinstance(moment, datetime) else 0
    return {
        "wdl": DAYS[loc][0].split()[wd],
        "wds": DAYS[loc][1].split()[wd],
        "monl": MONTHS[loc][0].split()[mo],
        "mons": MONTHS[loc][1].split()[mo],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "HH": f"{hour:02d}",
        "H": str(hour),
        "mm": f"{minute:02d}",
    }


def fmt(template: str, loc: str, moment: datetime | date, **extra: str) -> str:
    """Fill a date template for the language `loc`."""
    return template.format(**date_fields(loc, moment), **extra)


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in `lang` ('1234.50' → '1.234,50 €' and so on)."""
    units, cents = amount.split(".")
    groups = f"{int(units):,}"
    symbol = "£" if currency == "GBP" else "€"
    if lang == "en":
        return f"{symbol}{groups}.{cents}"
    if lang == "fr":
        return groups.replace(",", NBSP) + f",{cents}{NBSP}{symbol}"
    dotted = groups.replace(",", ".") + f",{cents}"
    return f"{symbol}{NBSP}{dotted}" if lang in {"nl", "it"} else f"{dotted}{NBSP}{symbol}"


def latin1_safe(text: str) -> str:
    """Replace what ISO-8859-1 cannot carry, as an old client would."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


# --------------------------------------------------------------------------------------------
# Hashes, ids
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, n: int, alphabet: str = "b32") -> str:
    """A stable token of `n` characters derived from a message key."""
    raw = digest(key, salt)
    if alphabet == "hex":
        return raw.hex()[:n]
    return base64.b32encode(raw).decode()[:n]


def number(key: str, salt: str, low: int, high: int) -> int:
    """A stable integer in [low, high] derived from a message key."""
    return low + int.from_bytes(digest(key, salt)[:4], "big") % (high - low + 1)


def reminder_msgid(key: str) -> str:
    """The Message-ID of the reminder a message answers."""
    return f"<{token(key, 'reminder', 26).lower()}.cc@{AR_DOMAIN}>"


# --------------------------------------------------------------------------------------------
# Specs: labels, replies
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """The expected classification of one message; unset fields stay null."""

    intent: str
    promised_date: str | None = None
    paid_date: str | None = None
    return_date: str | None = None
    payment_reference: str | None = None
    amount: str | None = None
    currency: str | None = None
    new_contact: str | None = None
    bounce_kind: str | None = None
    failed_recipient: str | None = None
    bounce_status: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None

    def fields(self) -> dict[str, str | None]:
        """The label fields in file order."""
        values: dict[str, str | None] = {}
        for key in LABEL_KEYS:
            value = getattr(self, key)
            values[key] = value if isinstance(value, str) else None
        return values

    def record(self, file: str, lang: str) -> dict[str, object]:
        """The labels.jsonl object for this message."""
        return {
            "file": file,
            "intent": self.intent,
            **self.fields(),
            "invoice_refs": list(self.refs),
            "language": lang,
            "note": self.note,
        }


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer (or a customer's system) and its label."""

    key: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    label: Label
    inv: str = ""
    amount: str = ""
    zone: str = ""
    rlang: str = ""
    loc: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    ago: int = -1
    threaded: bool = True

    @property
    def tz(self) -> str:
        """'uk' for British senders, 'cet' for the others, unless set."""
        return self.zone or ("uk" if self.lang == "en" else "cet")

    @property
    def dt(self) -> datetime:
        """The Date: of the message, with the sender's offset."""
        return local_time(self.when, self.tz)

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        """The interface language of the sender's mail client."""
        return self.loc or self.lang

    @property
    def invoice(self) -> str:
        """The invoice the reminder was about."""
        return self.inv or f"KS 30{number(self.key, 'inv', 3000, 9999):04d}"

    @property
    def total(self) -> str:
        """The reminded amount, a decimal string."""
        if self.amount:
            return self.amount
        return f"{number(self.key, 'amount', 180, 7400)}.{number(self.key, 'cents', 0, 19) * 5:02d}"

    @property
    def currency(self) -> str:
        """Kestrel bills its UK customers in pounds and the others in euros."""
        return "GBP" if self.tz == "uk" else "EUR"


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------


def quote_lines(text: str) -> str:
    """Quote text with '> ' the way plain-text clients do."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Lines of text as escaped HTML joined by <br>."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Blank-line separated paragraphs as <p> elements."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def gmail_divs(text: str) -> str:
    """Gmail's compose markup: one <div> a line, <br> for empty lines."""
    return "".join(
        f"<div>{html.escape(line, quote=False) or '<br>'}</div>" for line in text.split("\n")
    )


def mso_paragraphs(text: str) -> str:
    """Word's MsoNormal paragraphs, one a line."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def wrap_flowed(content: str, width: int) -> list[str]:
    """Split one long line into format=flowed pieces; every piece but the last ends in a space."""
    if len(content) <= width:
        return [content]
    words = content.split(" ")
    lines: list[str] = []
    current = ""
    for word in words[:-1]:
        piece = word + " "
        if current and len(current) + len(piece) > width:
            lines.append(current)
            current = ""
        current += piece
    if current and len(current) + len(words[-1]) > width:
        lines.append(current)
        current = ""
    lines.append(current + words[-1])
    return lines


def flowed(text: str, width: int = 72) -> str:
    """Encode text as RFC 3676 format=flowed (soft breaks, quote depth, space-stuffing)."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if depth and content.startswith(" "):
            content = content[1:]
        content = content.rstrip(" ")
        lead = ">" * depth
        for piece in wrap_flowed(content, width - depth):
            if depth and not piece:
                out.append(lead)
            elif depth or piece.startswith((" ", ">", "From ")):
                out.append(f"{lead} {piece}")
            else:
                out.append(piece)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

ENCODINGS = {"qp": cs.QP, "b64": cs.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part in `charset` with the transfer encoding a client would choose."""
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    chosen = cs.Charset(charset)
    # 7bit and 8bit have no body encoding: the payload goes out as it is.
    chosen.body_encoding = ENCODINGS.get(cte)  # type: ignore[assignment]
    part.set_payload(text, chosen)
    return part


def header_charset(charset: str) -> str:
    """The charset a client uses for encoded words."""
    return "utf-8" if charset in {"us-ascii", "utf-8"} else charset


def encoded(value: str, charset: str, name: str) -> str:
    """A header value, as RFC 2047 encoded words (folded) when it is not ASCII."""
    if value.isascii():
        return value
    return Header(value, header_charset(charset), header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    """A From/To mailbox with the display name encoded if needed."""
    if not name:
        return addr
    return formataddr((name, addr), charset=header_charset(charset))


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative of a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def content_headers_last(msg: Message) -> None:
    """Move MIME headers below the envelope headers, where clients put them."""
    names = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")
    saved = {name: list(msg.get_all(name) or []) for name in names}
    if saved["Content-Type"] and not saved["MIME-Version"]:
        saved["MIME-Version"] = ["1.0"]
    for name in names:
        del msg[name]
        for value in saved[name]:
            msg[name] = value


def subparts(part: Message) -> list[Message]:
    """The direct children of a multipart (or message/*) part."""
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    if not isinstance(payload, list):
        return []
    return [p for p in cast("list[object]", payload) if isinstance(p, Message)]


def strip_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        strip_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY = {
    "outlook": ("_000_", "_"),
    "gmail": ("000000000000", ""),
    "apple": ("Apple-Mail=_", ""),
    "o365": ("_000_", "_"),
    "other": ("----=_Part_", ""),
}


def set_boundaries(msg: Message, key: str, family: str) -> None:
    """Fixed boundaries derived from the key, shaped like the sending software's."""
    head, tail = BOUNDARY[family]
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        if family == "gmail":
            core = token(key, f"boundary{n}", 16, "hex")
        elif family == "apple":
            raw = token(key, f"boundary{n}", 32, "hex").upper()
            core = f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"
        else:
            core = token(key, f"boundary{n}", 28)
        part.set_boundary(head + core + tail)


def finish(msg: Message, key: str, family: str) -> Message:
    """Put the MIME headers last, drop inner MIME-Versions and fix the boundaries."""
    content_headers_last(msg)
    strip_inner_versions(msg)
    set_boundaries(msg, key, family)
    return msg


# --------------------------------------------------------------------------------------------
# The quoted reminder, seen from the replying client
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """What a reply quotes: the reminder, as the sender's client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def reminder_sent(r: Reply) -> datetime:
    """When the reminder went out: a little after nine (UK time) on an earlier working day."""
    if r.ago == 0:
        return r.dt - timedelta(minutes=number(r.key, "lag", 2, 7))
    days = r.ago if r.ago > 0 else number(r.key, "ago", 1, 3)
    day = in_zone(r.dt, "uk").date()
    while days:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return local_time(f"{day.isoformat()} 09:{number(r.key, 'minute', 1, 9):02d}", "uk")


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line in `lang`."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amount: str, currency: str, sent: datetime) -> str:
    """The reminder's body in `lang`; the invoice was issued 44 days before, due 30 days later."""
    issued = sent.date() - timedelta(days=44)
    due = issued + timedelta(days=30)
    return REMINDER_BODY[lang].format(
        inv=inv,
        amt=money(amount, currency, lang),
        issued=fmt(REMINDER_DATE[lang], lang, issued),
        due=fmt(REMINDER_DATE[lang], lang, due),
    )


def make_quote(r: Reply) -> Quote:
    """The reminder a reply quotes, in the reply's charset and the sender's time zone."""
    sent = reminder_sent(r)
    if sent >= r.dt:
        raise ValueError(f"{r.key}: the reminder would postdate the reply")
    text = reminder_text(r.reminder_lang, r.invoice, r.total, r.currency, sent)
    subject = reminder_subject(r.reminder_lang, r.invoice)
    if r.charset == "iso-8859-1":
        text, subject = latin1_safe(text), latin1_safe(subject)
    to = f"{r.who[0]} <{r.who[1]}>" if r.who[0] else r.who[1]
    return Quote(text, subject, in_zone(sent, r.tz), r.client_lang, to)


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_block(q: Quote) -> list[str]:
    """Outlook's From/Sent/To/Subject lines above the quoted message."""
    _, labels, sep, sent_format = OUTLOOK[q.loc]
    values = (
        f"{AR_NAME} <{AR_ADDR}>",
        fmt(sent_format, q.loc, q.sent),
        q.to,
        q.subject,
    )
    return [f"{label}{sep}{value}" for label, value in zip(labels, values, strict=True)]


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup, the grey divider, the header block, the quote."""
    _, labels, sep, _ = OUTLOOK[q.loc]
    values = [line.split(sep, 1)[1] for line in outlook_block(q)]
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep.rstrip())}</b> {html.escape(value)}"
        for label, value in zip(labels, values, strict=True)
    )
    lang_attr = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle20 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{head}<o:p></o:p></span></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised '-----Original Message-----' block."""
    block = "\n".join([OUTLOOK[q.loc][0], *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML with its plain-text alternative."""
    plain = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def style_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as HTML alone."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: base64 plain text, localised footer, underscore divider."""
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attr(q: Quote) -> str:
    """Gmail's attribution line."""
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail multipart/alternative with the gmail_quote block."""
    attr = gmail_attr(q)
    plain = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{gmail_divs(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: attribution line and '>' quoting."""
    return text_part(
        f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac: multipart/alternative, quoted attribution, blockquote type=cite."""
    attr = apple_attr(q)
    plain = f"{r.body}\n\n{quote_lines(attr + chr(10) + chr(10) + q.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_lines(r.body)}<br><div><br><blockquote type="cite"><div>{html.escape(attr)}</div>'
        f'<br class="Apple-interchange-newline"><div><div>{html_paragraphs(q.text)}</div></div>'
        "</blockquote></div><br></body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_iphone(r: Reply, q: Quote) -> Message:
    """iOS Mail: plain text, the localised 'Sent from my iPhone', quoted attribution."""
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return text_part(f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n", "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: attribution line, '>' quoting, format=flowed when it writes UTF-8."""
    attr = fmt(THUNDERBIRD_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    text = f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"
    if r.charset != "utf-8":
        return text_part(text, "plain", r.charset, r.cte)
    part = text_part(flowed(text), "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_none(r: Reply, q: Quote) -> Message:
    """Automatic notices and system mail quote nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_notice_html(r: Reply, q: Quote) -> Message:
    """An Exchange automatic reply: plain and HTML, no quote."""
    del q
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{html_paragraphs(r.body)}</div></body></html>\n'
    )
    return alternative(
        text_part(r.body + "\n", "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


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
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android", "notice_html"})
QUOTING = frozenset(STYLES) - {"none", "notice_html"}


def family(style: str) -> str:
    """Which software shaped the message (for boundaries)."""
    if style in OUTLOOK_FAMILY:
        return "outlook"
    if style in {"gmail", "gmail_plain"}:
        return "gmail"
    if style in {"apple", "iphone"}:
        return "apple"
    return "other"


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the sending client's, derived from the key."""
    domain = r.who[1].split("@")[1]
    raw = digest(r.key, "msgid")
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CA+{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        host = f"DB9PR0{number(r.key, 'host', 1, 9)}MB{number(r.key, 'mb', 1000, 9999)}"
        return f"<{host}{token(r.key, 'ms', 16)}@{host}.eurprd0{number(r.key, 'host', 1, 9)}.prod.outlook.example>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{number(r.key, 'pid', 1000, 99999)}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject as the client (or the person) wrote it."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.style == "notice_html":
        return OUTLOOK_AUTO[q.loc] + q.subject
    return (OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: ") + q.subject


def client_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """Headers that the sender's client adds."""
    if r.style in OUTLOOK_FAMILY:
        index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
        extra: list[tuple[str, str]] = [
            ("Thread-Topic", encoded(q.subject, r.charset, "Thread-Topic")),
            ("Thread-Index", index),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", "yes" if r.attach else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
        if r.style == "outlook":
            extra.append(("X-Mailer", "Microsoft Outlook 16.0"))
        return extra
    if r.style == "apple":
        return [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    if r.style == "iphone":
        return [("X-Mailer", "iPhone Mail (22E252)")]
    if r.style == "thunderbird":
        return [
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", CONTENT_LANGUAGE[r.client_lang]),
        ]
    return []


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body in multipart/mixed with the sender's attachment, if any."""
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def build_reply(r: Reply) -> Message:
    """The complete message for one hand-written reply."""
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = mailbox(*r.who, r.charset)
    msg["To"] = mailbox(AR_NAME, AR_ADDR, "us-ascii")
    msg["Subject"] = encoded(reply_subject(r, q), r.charset, "Subject")
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    for name, value in [*client_headers(r, q), *r.headers]:
        msg[name] = value
    return finish(msg, r.key, family(r.style))


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
XARS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"3 0 obj<</Producer(Banca en linea - justificante de transferencia)>>endobj\n"
    b"trailer<</Root 1 0 R/Info 3 0 R>>\n%%EOF\n"
)
L = Label

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "en",
        ("Gary Pruitt", "gary.pruitt.roofing@gmail.com"),
        "2030-03-19 18:42",
        "iphone",
        "Paid.",
        L(
            "payment_sent",
            note="one word; a British roofer working in Spain answers a Spanish reminder in English from an English iPhone; no date",
        ),
        zone="cet",
        rlang="es",
        amount="865.00",
    ),
    Reply(
        "ps-en-2",
        "en",
        (
            "Brackenridge Construction plc - Accounts Payable",
            "ap.noreply@brackenridge-plc.example",
        ),
        "2030-03-27 06:14",
        "none",
        "REMITTANCE ADVICE\n\n"
        "Payer:        Brackenridge Construction plc\n"
        "Payee:        Kestrel Scaffolding Ltd\n"
        "Vendor no.:   0000418830\n"
        "Payment no.:  0003188412\n"
        "Pay date:     27.03.2030\n"
        "Method:       BACS\n\n"
        "Document      Your ref       Doc. date       Gross amount\n"
        "5100298811    KS 300455      14.02.2030          4,812.00\n"
        "5100298907    KS 300471      21.02.2030          1,190.40\n"
        "5100299015    KS 300502      28.02.2030            355.20\n"
        "                                           --------------\n"
        "Total paid (GBP)                                 6,357.60\n\n"
        "Funds should reach your account within 3 working days.\n\n"
        "This is a system-generated message from an unattended mailbox. Please do not reply. Queries to ap.queries@brackenridge-plc.example, quoting the payment number.",
        L(
            "payment_sent",
            paid_date="2030-03-27",
            payment_reference="0003188412",
            amount="6357.60",
            currency="GBP",
            refs=("KS 300455", "KS 300471", "KS 300502"),
            note="AP-system remittance advice, not a reply and quoting nothing; the unattended-mailbox line and the queries address are part of the notice, not a new contact",
        ),
        subject="Remittance Advice - Brackenridge Construction plc - Payment 0003188412",
        cte="7bit",
        charset="us-ascii",
        headers=(XARS,),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "en",
        ("Dean Walsh", "dean@walshroofing.example"),
        "2030-04-03 07:12",
        "android",
        "Morning, transfered it last night sorry been flat out on the Harrow job. Can you email me a copy of the invoice as well my accountant needs it for the VAT return, I cant find the one you sent\n\nDean",
        L(
            "payment_sent",
            paid_date="2030-04-02",
            note="paid plus a request for a copy: the payment claim wins; 'last night' is the day before the message; typos kept",
        ),
    ),
    Reply(
        "ps-de-1",
        "de",
        ("Petra Lindemann", "p.lindemann@hv-brenner.example"),
        "2030-03-28 10:37",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "Ihre Rechnung KS 300512 über 3.418,50 € (Gerüststellung Objekt Lindenstraße 14) haben wir am 26.03.2030 zur Zahlung angewiesen. Die Auftragsnummer der Überweisung lautet 77410928.\n\n"
        "Bitte gleichen Sie Ihre Offene-Posten-Liste entsprechend ab.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Petra Lindemann\nBuchhaltung\nHausverwaltung Brenner & Söhne GmbH\nKaiserstraße 41 · 60329 Frankfurt am Main\nTel. 069 4471 2290",
        L(
            "payment_sent",
            paid_date="2030-03-26",
            payment_reference="77410928",
            amount="3418.50",
            currency="EUR",
            refs=("KS 300512",),
            note="'zur Zahlung angewiesen': the transfer has been ordered at the bank",
        ),
        inv="KS 300512",
        amount="3418.50",
    ),
    Reply(
        "ps-de-2",
        "de",
        ("Jürgen Haas", "j.haas@dachdecker-haas.example"),
        "2030-04-09 19:55",
        "apple",
        "Erledigt.",
        L("payment_sent", note="one word answering a payment reminder: paid; no date"),
    ),
    Reply(
        "ps-fr-1",
        "fr",
        ("Nadine Le Goff", "compta@legoff-couverture.example"),
        "2030-04-01 09:20",
        "thunderbird",
        "Bonjour,\n\n"
        "Cette facture a été réglée par virement le 28/03, référence VIR-0328-5521, pour 2 156,00 €. Vous devriez la voir sur votre relevé.\n\n"
        "Bonne journée,\nNadine Le Goff\nSARL Le Goff Couverture",
        L(
            "payment_sent",
            paid_date="2030-03-28",
            payment_reference="VIR-0328-5521",
            amount="2156.00",
            currency="EUR",
            note="'28/03' in French day/month order",
        ),
        amount="2156.00",
        cte="8bit",
    ),
    Reply(
        "ps-fr-2",
        "fr",
        ("Bernard Rouvier", "b.rouvier@paroisse-saint-aubin.example"),
        "2030-03-21 16:05",
        "gmail",
        "Madame, Monsieur,\n\n"
        "Je suis le trésorier bénévole de la paroisse Saint-Aubin et c'est moi qui règle les factures de l'échafaudage du clocher. Le chèque de 4 870,00 € (chèque n° 0012457 sur le Crédit Mutuel) est parti au courrier ce matin, à l'adresse qui figure sur votre facture.\n\n"
        "Veuillez excuser ce retard : le conseil économique de la paroisse ne s'est réuni que mardi soir pour valider la dépense.\n\n"
        "Bien cordialement,\n\nBernard Rouvier\nTrésorier – Paroisse Saint-Aubin",
        L(
            "payment_sent",
            paid_date="2030-03-21",
            payment_reference="0012457",
            amount="4870.00",
            currency="EUR",
            note="a cheque posted this morning is a payment sent; the cheque number is the reference; 'mardi soir' is the meeting, not the payment",
        ),
        amount="4870.00",
    ),
    Reply(
        "ps-es-1",
        "es",
        ("Lucía Ferrer", "lucia.ferrer@reformasferrer.example"),
        "2030-04-04 12:30",
        "gmail",
        "Hola,\n\nSe pagó ayer por transferencia, os adjunto el justificante del banco. Son 1.240,00 € de la factura KS 300544.\n\nSaludos,\nLucía\nReformas Ferrer S.L.",
        L(
            "payment_sent",
            paid_date="2030-04-03",
            amount="1240.00",
            currency="EUR",
            refs=("KS 300544",),
            note="proof of transfer attached as a PDF",
        ),
        inv="KS 300544",
        amount="1240.00",
        attach=("justificante_transferencia_KS300544.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-es-2",
        "es",
        ("Toni", "toni.montajes@gmail.com"),
        "2030-03-25 08:03",
        "iphone",
        "ya esta pagado desde el viernes no se por que os sale pendiente",
        L(
            "payment_sent",
            paid_date="2030-03-22",
            note="no accents, no punctuation; 'el viernes' is the Friday before Monday 25 March",
        ),
    ),
    Reply(
        "ps-nl-1",
        "nl",
        ("Kees Vermeulen", "kees@vermeulendakwerken.example"),
        "2030-04-08 07:45",
        "android",
        "Goedemorgen, is vorige week dinsdag al betaald.\nGroet Kees",
        L(
            "payment_sent",
            paid_date="2030-04-02",
            note="'vorige week dinsdag' is the Tuesday of the week before Monday 8 April; Dutch reply to an English reminder",
        ),
        rlang="en",
    ),
    Reply(
        "ps-nl-2",
        "nl",
        (
            "Woonstichting De Linde - Crediteuren",
            "crediteuren@woonstichting-delinde.example",
        ),
        "2030-04-03 14:11",
        "outlook",
        "Geachte heer, mevrouw,\n\n"
        "Uw factuur KS 300561 ad € 7.925,35 is op 2 april 2030 voldaan in onze wekelijkse betaalrun. Het betalingskenmerk is 2030-0402-00318.\n\n"
        "Wij verzoeken u uw openstaande posten hierop aan te passen.\n\n"
        "Met vriendelijke groet,\n\nM. de Bruijn\nAfdeling Crediteuren\nWoonstichting De Linde",
        L(
            "payment_sent",
            paid_date="2030-04-02",
            payment_reference="2030-0402-00318",
            amount="7925.35",
            currency="EUR",
            refs=("KS 300561",),
        ),
        inv="KS 300561",
        amount="7925.35",
        charset="windows-1252",
    ),
    Reply(
        "ps-it-1",
        "it",
        ("Chiara Bonetti", "amministrazione@edilebonetti.example"),
        "2030-03-29 11:50",
        "outlook_html",
        "Buongiorno,\n\n"
        "con la presente vi informiamo che in data odierna abbiamo disposto il bonifico a saldo della fattura KS 300533, importo € 2.980,00, CRO 1101230329004471.\n\n"
        "Distinti saluti\n\nChiara Bonetti\nAmministrazione – Impresa Edile Bonetti S.r.l.\nVia dell'Artigianato 18, 24040 Ciserano (BG)",
        L(
            "payment_sent",
            paid_date="2030-03-29",
            payment_reference="1101230329004471",
            amount="2980.00",
            currency="EUR",
            refs=("KS 300533",),
            note="'in data odierna' is the message date",
        ),
        inv="KS 300533",
        amount="2980.00",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "ptp-en-1",
        "en",
        ("Sophie Allardyce", "sophie.allardyce@ridgewayhomes.example"),
        "2030-04-02 15:20",
        "outlook_html",
        "Hi,\n\n"
        "Apologies, this one got stuck waiting for the site manager to sign off the hire period. It's now been approved and is on Friday's payment run, so you should see £3,264.00 in your account early next week.\n\n"
        "Thanks,\nSophie Allardyce\nPurchase Ledger | Ridgeway Homes Ltd",
        L(
            "promise_to_pay",
            promised_date="2030-04-05",
            amount="3264.00",
            currency="GBP",
            note="past-tense 'approved' announcing a future payment; the date is the run (Friday 5 April), not the arrival",
        ),
        amount="3264.00",
    ),
    Reply(
        "ptp-en-2",
        "en",
        ("Mick Doherty", "mick@dohertybuild.example"),
        "2030-04-05 17:48",
        "gmail_plain",
        "not paid yet no. the client on the Kenton Rd extension still owes me and i cant pay you till he pays me, he says next thursday so I'll transfer it that day\n\nMick",
        L(
            "promise_to_pay",
            promised_date="2030-04-11",
            note="negated 'not paid yet' followed by a dated promise; 'next thursday' written on Friday 5 April is 11 April",
        ),
    ),
    Reply(
        "ptp-en-3",
        "en",
        ("Margaret Ellery", "treasurer@stmarys-hambleden.example"),
        "2030-03-20 20:14",
        "thunderbird",
        "Dear Credit Control,\n\n"
        "Thank you for your reminder, and I'm sorry it was needed. Our parochial church council only authorises payments at its monthly meeting, and in February the second signatory was in hospital, so nothing could be signed. The next meeting is on the 15th and I will post your cheque that evening.\n\n"
        "With apologies,\n\nMargaret Ellery\nHon. Treasurer, St Mary's PCC",
        L(
            "promise_to_pay",
            promised_date="2030-04-15",
            note="'the 15th' written on 20 March is 15 April",
        ),
        cte="8bit",
    ),
    Reply(
        "ptp-de-1",
        "de",
        ("Sandra Wolff", "s.wolff@krueger-tiefbau.example"),
        "2030-03-28 09:41",
        "outlook",
        "Guten Morgen,\n\n"
        "die Rechnung ist geprüft und freigegeben. Sie geht mit unserem Zahllauf in KW 15 raus, Betrag 5.112,40 €.\n\n"
        "Gruß\nSandra Wolff\nKreditorenbuchhaltung\nTiefbau Krüger GmbH",
        L(
            "promise_to_pay",
            promised_date="2030-04-08",
            amount="5112.40",
            currency="EUR",
            note="'geprüft und freigegeben' describes a future payment; a named week (KW 15) is dated to its Monday, as 'next week' is",
        ),
        amount="5112.40",
        charset="windows-1252",
    ),
    Reply(
        "ptp-fr-1",
        "fr",
        ("Patrick Morel", "p.morel@morel-renovation.example"),
        "2030-03-18 12:02",
        "iphone",
        "Bonjour, je vous règle ça fin de mois sans faute.\nCdlt\nP. Morel",
        L(
            "promise_to_pay",
            promised_date="2030-03-31",
            note="'fin de mois' is the last day of the current month",
        ),
    ),
    Reply(
        "ptp-fr-2",
        "fr",
        ("Cabinet Durand Syndic", "gestion@durand-syndic.example"),
        "2030-04-03 16:40",
        "outlook_html",
        "Madame, Monsieur,\n\n"
        "Nous accusons réception de votre relance. Le règlement de la facture KS 300587 interviendra le 15/04, après l'appel de fonds exceptionnel auprès des copropriétaires de la résidence Les Tilleuls.\n\n"
        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
        "Élodie Garnier\nGestionnaire de copropriété\nCabinet Durand Syndic\n12, cours Gambetta – 33000 Bordeaux",
        L(
            "promise_to_pay",
            promised_date="2030-04-15",
            refs=("KS 300587",),
            note="opens like an acknowledgement; '15/04' in French day/month order",
        ),
        inv="KS 300587",
    ),
    Reply(
        "ptp-es-1",
        "es",
        ("Javier Ortega", "jortega@construccionesortega.example"),
        "2030-04-09 10:15",
        "outlook",
        "Buenos días,\n\n"
        "Lo tenemos pendiente, lo pagaremos a finales de mes cuando cobremos la certificación de la obra de Alcobendas.\n\n"
        "Un saludo,\nJavier Ortega\nConstrucciones Ortega e Hijos, S.L.",
        L(
            "promise_to_pay",
            promised_date="2030-04-30",
            note="'a finales de mes' is the last day of the month; the condition does not remove the date",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ptp-es-2",
        "es",
        ("Paco", "pacoreformas73@gmail.com"),
        "2030-03-21 21:30",
        "iphone",
        "Perdona, se me pasó. El lunes sin falta te hago la transferencia",
        L(
            "promise_to_pay",
            promised_date="2030-03-25",
            note="'el lunes' written on Thursday 21 March",
        ),
    ),
    Reply(
        "ptp-nl-1",
        "nl",
        ("Ruud Jansen", "info@jansendak.example"),
        "2030-03-20 13:10",
        "gmail",
        "Hoi,\n\nNog niet betaald, klopt. Over twee weken wordt het overgemaakt, samen met de factuur van februari.\n\nGroet,\nRuud Jansen\nJansen Dak & Zink",
        L(
            "promise_to_pay",
            promised_date="2030-04-03",
            note="negation first; 'over twee weken' is the message date plus 14 days",
        ),
    ),
    Reply(
        "ptp-nl-2",
        "nl",
        ("Anouk Bakker", "a.bakker@bouwbedrijf-stroeve.example"),
        "2030-04-08 11:05",
        "apple",
        "Goedemiddag,\n\nDonderdag gaat de betaling eruit, het bedrag staat al klaar bij de bank.\n\nGroeten,\nAnouk Bakker\nBouwbedrijf Stroeve",
        L(
            "promise_to_pay",
            promised_date="2030-04-11",
            note="'donderdag' written on Monday 8 April",
        ),
    ),
    Reply(
        "ptp-it-1",
        "it",
        ("Luca Ferraris", "studio.ferraris@libero.it"),
        "2030-04-02 18:20",
        "gmail_plain",
        "Buonasera,\nprovvediamo entro fine mese, il committente ci ha appena pagato il SAL.\nSaluti\nLuca Ferraris",
        L(
            "promise_to_pay",
            promised_date="2030-04-30",
            note="'entro fine mese' is the last day of the month",
        ),
    ),
    Reply(
        "ptp-it-2",
        "it",
        ("Marta Villa", "m.villa@rinaldi-costruzioni.example"),
        "2030-03-28 14:30",
        "outlook",
        "Buongiorno,\n\n"
        "la fattura KS 300596 è stata autorizzata ed è stata inserita nella distinta di pagamento del 10 aprile.\n\n"
        "Cordiali saluti\nMarta Villa\nUfficio Pagamenti – Costruzioni Rinaldi S.p.A.",
        L(
            "promise_to_pay",
            promised_date="2030-04-10",
            refs=("KS 300596",),
            note="passato prossimo throughout, but the payment run is on 10 April",
        ),
        inv="KS 300596",
        cte="8bit",
    ),
]

DISPUTE = [
    Reply(
        "dsp-en-1",
        "en",
        ("Jon Finch", "jon@collierfinch.example"),
        "2030-03-25 08:55",
        "outlook",
        "Hi,\n\n"
        "We have NOT paid this and won't be paying it as it stands. We called the scaffold off hire on 4 March (I have the email from your depot confirming it) but the invoice charges hire right up to the 22nd. Your lads didn't strike it until the 20th and that's not our problem.\n\n"
        "Send a credit note for the extra weeks and I'll pay the rest straight away.\n\n"
        "Jon Finch\nCollier & Finch Roofing\n07700 900318",
        L(
            "dispute",
            note="negated payment with the reason (hire charged after the off-hire call); the conditional payment of the rest is secondary",
        ),
    ),
    Reply(
        "dsp-en-2",
        "en",
        ("Lisa Okafor", "l.okafor@fenwickbuilders.example"),
        "2030-04-10 10:40",
        "gmail",
        "Hello,\n\n"
        "KS 300601 was paid yesterday, the remittance will follow from our system.\n\n"
        "KS 300618 we're querying. It charges for 36m of edge protection on the Barnet site. There was never that much up, our site manager measured 22m and has photos. Please check with your erectors and send a corrected invoice.\n\n"
        "Regards\nLisa Okafor\nFenwick Builders Ltd",
        L(
            "dispute",
            refs=("KS 300601", "KS 300618"),
            note="one invoice paid, the reminded one contested: dispute wins over the payment claim",
        ),
        inv="KS 300618",
    ),
    Reply(
        "dsp-en-3",
        "en",
        ("Arthur Penhaligon", "arthur.penhaligon@gmail.com"),
        "2030-03-23 11:25",
        "apple",
        "Dear Sirs,\n\n"
        "Thank you for your letter, or rather your email. I should explain that I am one of the two churchwardens at All Saints and I have been looking after the tower project since our architect retired at Christmas, so please bear with me if I have not got all the terminology right. The scaffold went up in January, as you know, and I must say your men were very courteous and careful around the graves, which several parishioners remarked on. The bells have been silent since, which has caused some upset in the village, but that is nobody's fault and the stonemasons tell me they will be finished before Easter.\n\n"
        "I have been through the invoice line by line with our treasurer and almost all of it agrees with the quotation. The one thing we cannot agree is the charge of £285.00 for a scaffold inspection on 12 February. Nobody came that day. I was at the church from eight until four waiting, and I telephoned your office twice. The inspection tag on the tower also still shows 29 January as the last date.\n\n"
        "So I would be grateful if you could look into that before we pay anything. Everything else seems to be in order, and the PCC meets again in April.\n\n"
        "Yours faithfully,\n\nArthur Penhaligon\nChurchwarden, All Saints' Church, Little Wenham",
        L(
            "dispute",
            note="long, polite reply with the contested inspection charge buried in the second paragraph",
        ),
        amount="6480.00",
    ),
    Reply(
        "dsp-de-1",
        "de",
        ("Markus Schönfeld", "m.schoenfeld@schoenfeld-bau.example"),
        "2030-04-09 08:20",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir haben die Rechnung KS 300573 bewusst NICHT bezahlt. Berechnet sind 8 Wochen Standzeit, vereinbart waren laut Auftrag vom 12.01.2030 pauschal 6 Wochen inklusive Auf- und Abbau. Die zwei Wochen Verlängerung gehen auf Ihre Kappe, weil Ihre Kolonne den Abbau zweimal verschoben hat.\n\n"
        "Schicken Sie uns bitte eine korrigierte Rechnung, dann zahlen wir umgehend.\n\n"
        "Mit freundlichen Grüßen\nMarkus Schönfeld\nBauleitung\nSchönfeld Bau GmbH & Co. KG",
        L(
            "dispute",
            refs=("KS 300573",),
            note="capitalised negation with the reason; payment only after a corrected invoice",
        ),
        inv="KS 300573",
        charset="iso-8859-1",
    ),
    Reply(
        "dsp-de-2",
        "de",
        ("Elke Brandt", "brandt@malerbetrieb-brandt.example"),
        "2030-03-22 16:45",
        "iphone",
        "Ihre Leute haben beim Abbau die Dachrinne abgerissen. Solange das nicht geregelt ist zahlen wir GAR NICHTS. Fotos hat Ihr Herr Kowalski",
        L(
            "dispute",
            note="damage claim set against the invoice; mobile, partly in capitals",
        ),
    ),
    Reply(
        "dsp-fr-1",
        "fr",
        ("Thomas Guérin", "t.guerin@batiguerin.example"),
        "2030-03-21 09:30",
        "gmail",
        "Bonjour,\n\n"
        "Nous contestons cette facture. L'échafaudage livré sur le chantier de la rue des Carmes n'était pas conforme (garde-corps manquants au troisième niveau) et le coordonnateur SPS en a interdit l'accès pendant quatre jours. Nous ne paierons ni ces quatre jours de location ni le déplacement pour la mise en conformité.\n\n"
        "Merci de nous adresser un avoir.\n\n"
        "Cordialement,\nThomas Guérin\nBâti Guérin – Maçonnerie générale",
        L(
            "dispute",
            note="non-compliant scaffold; partial refusal with a request for a credit note",
        ),
    ),
    Reply(
        "dsp-es-1",
        "es",
        ("Rosa Martín", "rmartin@fincasmartin.example"),
        "2030-04-01 11:00",
        "outlook_html",
        "Buenos días:\n\n"
        "No estamos conformes con esta factura. Se solicitó por escrito el desmontaje del andamio de la fachada de la calle Doctor Fleming el 1 de marzo y no vinieron a retirarlo hasta el día 20. Nos cobran casi tres semanas de alquiler que no corresponden.\n\n"
        "Quedamos a la espera de la factura rectificativa.\n\n"
        "Atentamente,\n\nRosa Martín\nAdministración de Fincas Martín\nAdministradora de la Comunidad de Propietarios Dr. Fleming 27",
        L(
            "dispute",
            note="hire charged after the written request to dismantle; property manager for a residents' association",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "dsp-es-2",
        "es",
        (
            "Contabilidad - Grupo Inmobiliario Levante",
            "contabilidad@inmolevante.example",
        ),
        "2030-03-27 13:05",
        "outlook",
        "Hola,\n\n"
        "Esta factura está duplicada. Es el mismo servicio que la KS 300498 (montaje de andamio en la promoción de Paterna), que ya pagamos el 8 de marzo. No vamos a abonarla dos veces.\n\n"
        "Por favor, anúlenla.\n\n"
        "Un saludo,\nDepartamento de Contabilidad\nGrupo Inmobiliario Levante",
        L(
            "dispute",
            refs=("KS 300498",),
            note="duplicate billing; the payment on 8 March is of the earlier invoice, so it is no payment claim for this one",
        ),
        inv="KS 300540",
    ),
    Reply(
        "dsp-nl-1",
        "nl",
        ("Sietse Hoekstra", "s.hoekstra@hoekstrabouw.example"),
        "2030-04-04 15:35",
        "outlook",
        "Goedemiddag,\n\n"
        "Deze factuur klopt niet. Er staan 40 strekkende meter randbeveiliging op, er is maar 24 meter geplaatst. Dat kan uw monteur ook bevestigen. Wij betalen niet voordat er een creditfactuur ligt.\n\n"
        "Met vriendelijke groet,\n\nSietse Hoekstra\nHoekstra Bouw B.V.",
        L("dispute", note="quantity dispute; negated payment"),
        charset="windows-1252",
    ),
    Reply(
        "dsp-nl-2",
        "nl",
        ("Peter de Graaf", "peter@degraafschilders.example"),
        "2030-03-19 20:10",
        "gmail_plain",
        "Hallo,\n\n"
        "Volgens mij klopt het tarief niet. In de offerte van januari staat € 4,50 per m2 per week en op de factuur reken jullie € 5,20. Over 8 weken scheelt dat best wat. Graag aanpassen, dan betaal ik het direct.\n\n"
        "Peter de Graaf\nDe Graaf Schilders",
        L(
            "dispute",
            note="rate differs from the quotation; typo 'reken jullie' kept; the payment is conditional",
        ),
    ),
    Reply(
        "dsp-it-1",
        "it",
        ("Geom. Alessandro Conti", "a.conti@conticostruzioni.example"),
        "2030-04-02 09:10",
        "outlook_html",
        "Buongiorno,\n\n"
        "contestiamo la fattura in oggetto: il ponteggio del cantiere di via Mazzini è stato smontato il 4 marzo, come da verbale firmato dal vostro caposquadra, mentre ci addebitate il noleggio fino al 31 marzo.\n\n"
        "Restiamo in attesa di una nota di credito.\n\n"
        "Cordiali saluti\nGeom. Alessandro Conti\nConti Costruzioni S.r.l.",
        L("dispute", note="hire charged after the scaffold was struck"),
    ),
    Reply(
        "dsp-it-2",
        "it",
        ("Paola Greco", "paola.greco62@gmail.com"),
        "2030-04-06 10:20",
        "iphone",
        "Buongiorno, io ho pagato il montaggio come da preventivo. Il noleggio in più non lo pago perché il ritardo è stato vostro, me l'avevate promesso smontato per fine febbraio.\nPaola Greco",
        L(
            "dispute",
            note="part paid, the rest refused: dispute over the payment claim; private customer",
        ),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "en",
        ("Lee Barnard", "leebarnard.roofing@gmail.com"),
        "2030-03-24 21:40",
        "iphone",
        "Hi look I know its overdue. works dried right up since christmas and I've had the van off the road. Can I do £150 a week till its cleared? I'll set up a standing order friday if thats ok\nLee",
        L(
            "payment_plan",
            note="hardship and weekly instalments; the standing order start is part of the plan, not a promise date",
        ),
    ),
    Reply(
        "pp-en-2",
        "en",
        ("Rachel Kim", "accounts@northgatelofts.example"),
        "2030-04-04 14:55",
        "outlook_html",
        "Good afternoon,\n\n"
        "We can pay half of KS 300610 (£2,145.00) this week and the balance at the end of April, once our client releases the stage payment. Could you confirm that's acceptable so I can put it through?\n\n"
        "Kind regards,\nRachel Kim\nAccounts, Northgate Lofts Ltd",
        L(
            "payment_plan",
            refs=("KS 300610",),
            note="half now, the rest at the end of the month: a plan, not a promise",
        ),
        inv="KS 300610",
        amount="4290.00",
    ),
    Reply(
        "pp-en-3",
        "en",
        ("Steve Mallory", "s.mallory@mallorycontracts.example"),
        "2030-03-18 11:30",
        "outlook",
        "Morning,\n\n"
        "Any chance of another 30 days on this one? The developer is sitting on our retention on the Kingsmead job and until that's released cash is very tight. I'm not disputing a penny of it, we just need a bit of breathing room.\n\n"
        "Cheers\nSteve Mallory\nMallory Contracts",
        L(
            "payment_plan",
            note="asks for more time; says explicitly it is not a dispute",
        ),
        headers=(XARS,),
    ),
    Reply(
        "pp-de-1",
        "de",
        ("Helmut Grabowski", "h.grabowski@grabowski-dach.example"),
        "2030-03-20 10:05",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\n"
        "aufgrund eines größeren Forderungsausfalls bei einem unserer Auftraggeber sind wir derzeit nicht in der Lage, die Rechnung KS 300467 in einer Summe zu begleichen. Wir bitten daher um Ratenzahlung in drei gleichen Monatsraten, beginnend zum 15. April.\n\n"
        "Für Ihr Verständnis danken wir Ihnen.\n\n"
        "Mit freundlichen Grüßen\nHelmut Grabowski\nGrabowski Bedachungen e.K.",
        L(
            "payment_plan",
            refs=("KS 300467",),
            note="formal request for three monthly instalments; plan dates are not labelled",
        ),
        inv="KS 300467",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-2",
        "de",
        ("Tobias Reuter", "tobi.reuter@gmx.de"),
        "2030-04-09 12:40",
        "android",
        "Hallo, kann ich jetzt die Hälfte überweisen und den Rest Ende April? Mehr geht grad nicht.\nGruß Tobias Reuter",
        L(
            "payment_plan",
            note="part now, rest later, as a question; German reply to an English reminder",
        ),
        rlang="en",
    ),
    Reply(
        "pp-fr-1",
        "fr",
        ("Sophie Marchand", "sophie.marchand@marchand-menuiserie.example"),
        "2030-03-29 17:20",
        "apple",
        "Bonjour,\n\nSerait-il possible de régler cette facture en trois fois ? Je peux faire un premier virement de 700 € dès lundi, puis le reste fin avril et fin mai.\n\nMerci d'avance,\nSophie Marchand\nMarchand Menuiserie",
        L(
            "payment_plan",
            note="three instalments; 'dès lundi' and 'fin avril' belong to the plan and are not labelled",
        ),
    ),
    Reply(
        "pp-fr-2",
        "fr",
        ("Jean-Marc Delorme", "tresorier@amis-vauclair.example"),
        "2030-04-08 09:50",
        "outlook",
        "Madame, Monsieur,\n\n"
        "Notre association attend le versement de la subvention régionale pour la restauration de la toiture du château, qui a pris du retard. Nous vous sollicitons donc pour un délai supplémentaire de trente jours pour le règlement de votre facture. Nous ne contestons évidemment pas le montant.\n\n"
        "Avec nos remerciements,\n\nJean-Marc Delorme\nTrésorier, Association Les Amis du Château de Vauclair",
        L(
            "payment_plan",
            note="more time requested by a heritage association; not a dispute",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-es-1",
        "es",
        ("Miguel Ángel Sanz", "masanz@sanzcubiertas.example"),
        "2030-04-10 19:05",
        "gmail",
        "Buenas tardes,\n\n¿Podríamos pagarla en dos plazos? La mitad ahora y la otra mitad a mediados de mayo. Estamos esperando a que el ayuntamiento nos pague una obra.\n\nGracias,\nMiguel Ángel Sanz\nSanz Cubiertas",
        L("payment_plan", note="two instalments proposed as a question"),
    ),
    Reply(
        "pp-nl-1",
        "nl",
        ("Fatima El Amrani", "f.elamrani@elamranibouw.example"),
        "2030-03-26 10:25",
        "outlook_html",
        "Goedemorgen,\n\nIs het mogelijk om voor deze factuur een betalingsregeling af te spreken? Wij zouden het bedrag graag in drie maandelijkse termijnen voldoen, de eerste op 1 april.\n\nMet vriendelijke groet,\n\nFatima El Amrani\nEl Amrani Bouw & Onderhoud",
        L(
            "payment_plan",
            note="three monthly instalments; the first instalment date is not a promise date",
        ),
        charset="windows-1252",
    ),
    Reply(
        "pp-nl-2",
        "nl",
        ("Bert", "bert.dakwerk@hotmail.com"),
        "2030-04-12 16:50",
        "iphone",
        "ik maak vandaag 500 euro over en de rest over een maand lukt niet anders op dit moment",
        L("payment_plan", note="part now, rest later; no punctuation"),
    ),
    Reply(
        "pp-it-1",
        "it",
        ("Franco Esposito", "f.esposito@espositotetti.example"),
        "2030-03-25 10:10",
        "outlook",
        "Buongiorno,\n\nvi chiediamo la possibilità di rateizzare l'importo della fattura in quattro rate mensili a partire da aprile. Il periodo è difficile, ma intendiamo saldare tutto.\n\nCordiali saluti\nFranco Esposito\nEsposito Tetti S.n.c.",
        L("payment_plan", note="four monthly instalments, hardship"),
    ),
    Reply(
        "pp-it-2",
        "it",
        ("Rag. Giulia Marchetti", "studio.marchetti@amministrazionimarchetti.example"),
        "2030-04-11 11:40",
        "gmail",
        "Gentili signori,\n\nin qualità di amministratore del Condominio di via Verdi 12 vi chiedo una proroga di sessanta giorni per il pagamento: la rata straordinaria deliberata dall'assemblea per i lavori al tetto scade il 31 maggio e solo allora avremo la liquidità.\n\nDistinti saluti\nRag. Giulia Marchetti",
        L(
            "payment_plan",
            note="sixty more days asked by a condominium administrator; the 31 May deadline is the owners' instalment, not a promise",
        ),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "en",
        ("Daniel Reeves", "ap@halcyonfm.example"),
        "2030-03-19 11:15",
        "outlook_html",
        "Hello,\n\n"
        "We can't process KS 300431 because it doesn't quote a purchase order, and our system rejects anything without one. The PO for the edge protection at Clarendon Court is 4500238817. Once you reissue the invoice with that on it, it'll go straight into the next run and we'll pay.\n\n"
        "Thanks\nDaniel Reeves\nAccounts Payable – Halcyon Facilities Management",
        L(
            "invoice_request",
            refs=("KS 300431",),
            note="payment conditional on a reissue with the PO number: invoice_request, not a promise",
        ),
        inv="KS 300431",
    ),
    Reply(
        "ir-en-2",
        "en",
        (
            "Supplier Invoices - Marlow & Quint plc",
            "supplier.invoices@marlowquint.example",
        ),
        "2030-04-08 09:05",
        "outlook",
        "Dear Supplier,\n\n"
        "We have no record of invoice KS 300622 on our system. Please send a copy in PDF format to this mailbox and it will be registered for payment under our standard 45-day terms.\n\n"
        "Regards,\n\nSupplier Invoices Team\nMarlow & Quint plc\n\n"
        "This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.",
        L(
            "invoice_request",
            refs=("KS 300622",),
            note="copy wanted at the same mailbox, so no wrong contact",
        ),
        inv="KS 300622",
    ),
    Reply(
        "ir-en-3",
        "en",
        ("Helen Tranter", "clerk@oakfield-pc.example"),
        "2030-03-21 14:25",
        "thunderbird",
        "Good afternoon,\n\n"
        "The council approved this invoice at its meeting on Tuesday, but we can't pay it until your bank details have been verified. Our internal auditor now requires every supplier to confirm them on headed paper, signed, and we then check them by phone on a number we already hold. Could you please send that letter to me at the address below?\n\n"
        "Kind regards,\n\nHelen Tranter\nClerk and Responsible Financial Officer\nOakfield Parish Council\nThe Parish Office, Church Lane, Oakfield",
        L(
            "invoice_request",
            note="parish council: approved, but needs verified bank details before paying; the past-tense approval is not a promise",
        ),
        cte="8bit",
    ),
    Reply(
        "ir-de-1",
        "de",
        ("Kathrin Vogel", "k.vogel@wohnbau-mitte.example"),
        "2030-04-03 08:45",
        "gmail",
        "Guten Tag,\n\n"
        "zur Prüfung der Rechnung benötigen wir noch das Aufmaß und die unterschriebenen Stundenzettel für den Gerüstumbau. Bitte schicken Sie uns beides zusammen mit einer Rechnungskopie, dann kann die Freigabe erfolgen.\n\n"
        "Freundliche Grüße\nKathrin Vogel\nWohnbau Mitte eG",
        L(
            "invoice_request",
            note="measurement sheet and signed time sheets wanted before approval",
        ),
    ),
    Reply(
        "ir-de-2",
        "de",
        ("Dietmar Kuhn", "d.kuhn@stadt-lindenau.example"),
        "2030-03-18 13:30",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Rechnung KS 300402 können wir in dieser Form nicht bearbeiten. Als öffentlicher Auftraggeber nehmen wir ausschließlich elektronische Rechnungen im Format XRechnung an. Bitte reichen Sie die Rechnung über die Rechnungseingangsplattform erneut ein und geben Sie dabei unsere Leitweg-ID 14-0415-63 an.\n\n"
        "Mit freundlichen Grüßen\nIm Auftrag\n\nDietmar Kuhn\nStadt Lindenau, Hochbauamt",
        L(
            "invoice_request",
            refs=("KS 300402",),
            note="public body wants the invoice resubmitted as an XRechnung; a portal is not a new contact",
        ),
        inv="KS 300402",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-1",
        "fr",
        ("Amandine Roche", "amandine.roche@roche-ravalement.example"),
        "2030-04-09 18:10",
        "iphone",
        "Bonsoir, je veux bien payer mais je n'ai jamais reçu la facture, ni votre RIB. Vous pouvez me les renvoyer ? Merci",
        L(
            "invoice_request",
            note="willing to pay but needs the invoice and bank details first",
        ),
    ),
    Reply(
        "ir-fr-2",
        "fr",
        ("Mairie de Saint-Véran-sur-Loire", "finances@mairie-saintveran.example"),
        "2030-03-22 10:50",
        "html_only",
        "Madame, Monsieur,\n\n"
        "En tant que collectivité, la commune ne peut pas régler une facture transmise par courriel. Vos factures doivent être déposées sur Chorus Pro, avec notre numéro SIRET et le numéro d'engagement 2030-0047 qui figure sur le bon de commande. Dès réception sur la plateforme, le mandatement sera effectué dans le délai légal.\n\n"
        "Cordialement,\n\nService Finances\nMairie de Saint-Véran-sur-Loire",
        L(
            "invoice_request",
            note="town hall: the invoice must be filed on the public e-invoicing portal; HTML-only message",
        ),
    ),
    Reply(
        "ir-es-1",
        "es",
        ("Laura Pineda", "administracion@pinedaobras.example"),
        "2030-04-11 12:20",
        "outlook",
        "Buenos días,\n\n"
        "La factura KS 300632 lleva el NIF de la antigua sociedad. Desde enero facturamos como Pineda Obras y Servicios S.L., con NIF B-87654321. Necesitamos que la emitan de nuevo con los datos correctos para poder pagarla; el importe está bien.\n\n"
        "Gracias,\nLaura Pineda\nAdministración",
        L(
            "invoice_request",
            refs=("KS 300632",),
            note="reissue with the new company's tax number; the amount is accepted",
        ),
        inv="KS 300632",
        charset="windows-1252",
    ),
    Reply(
        "ir-es-2",
        "es",
        ("Jorge Prieto", "jprieto@prietoreformas.example"),
        "2030-03-26 08:20",
        "iphone",
        "Buenos días, ¿me podéis mandar un extracto con todo lo que tengo pendiente? Tengo un lío de facturas y no sé cuál es cuál. Gracias",
        L("invoice_request", note="statement of account"),
    ),
    Reply(
        "ir-nl-1",
        "nl",
        ("Marloes Smit", "secretariaat@vve-parkzicht.example"),
        "2030-03-27 14:40",
        "outlook_html",
        "Goedemiddag,\n\n"
        "Kunt u ons een kopie van de factuur sturen, samen met de getekende werkbon van de opbouw? Zonder werkbon kan onze penningmeester de betaling niet goedkeuren.\n\n"
        "Met vriendelijke groet,\n\nMarloes Smit\nSecretariaat VvE Parkzicht",
        L(
            "invoice_request",
            note="owners' association wants the signed work order before approving",
        ),
        charset="windows-1252",
    ),
    Reply(
        "ir-it-1",
        "it",
        ("Roberta Galli", "contabilita@edilnova.example"),
        "2030-04-10 10:30",
        "outlook",
        "Buongiorno,\n\n"
        "la fattura KS 300627 non ci risulta pervenuta tramite SDI. Vi chiediamo di trasmetterla al nostro codice destinatario M5UXCR1: appena la riceviamo la mettiamo in pagamento.\n\n"
        "Cordiali saluti\nRoberta Galli\nUfficio Contabilità – Edilnova S.r.l.",
        L(
            "invoice_request",
            refs=("KS 300627",),
            note="e-invoice never reached them; payment conditional on receiving it",
        ),
        inv="KS 300627",
    ),
    Reply(
        "ir-it-2",
        "it",
        ("Stefano Marini", "s.marini@marinieng.example"),
        "2030-04-01 15:15",
        "gmail",
        "Buongiorno,\n\n"
        "prima di pagare vorrei una conferma: la settimana scorsa abbiamo ricevuto una mail, apparentemente da voi, che comunicava un nuovo IBAN per i pagamenti. Potete confermarci per iscritto le vostre coordinate bancarie corrette? Non vorrei fare il bonifico sul conto sbagliato.\n\n"
        "Grazie,\nStefano Marini\nMarini Engineering",
        L(
            "invoice_request",
            note="asks to confirm the bank details after a suspicious change-of-IBAN mail",
        ),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "en",
        ("Gemma Lowe", "gemma.lowe@hartwellhomes.example"),
        "2030-03-20 10:02",
        "outlook",
        "Hi,\n\nI left Hartwell Homes at the end of February, so I can't help with this, my mail is only being forwarded for a few weeks. Please send it to accounts.payable@hartwellhomes.example instead.\n\nGemma",
        L("wrong_contact", new_contact="accounts.payable@hartwellhomes.example"),
    ),
    Reply(
        "wc-en-2",
        "en",
        ("Olivia Grant", "olivia.grant@castellanhomes.example"),
        "2030-04-11 16:10",
        "outlook_html",
        "Hi there,\n\n"
        "I'm PA to the Managing Director, so invoices and statements aren't dealt with by me. The right place is our purchase ledger team at Purchase.Ledger@CastellanHomes.example. I've forwarded your email to them too.\n\n"
        "Best wishes,\nOlivia Grant\nPA to the Managing Director | Castellan Homes",
        L(
            "wrong_contact",
            new_contact="purchase.ledger@castellanhomes.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        "wc-en-3",
        "en",
        ("Accounts Department", "whitmore.construction.accounts@gmail.com"),
        "2030-04-09 13:55",
        "gmail",
        "Hello,\n\n"
        "Kindly be informed that we have changed our accounts email. From today please direct all reminders, statements and future correspondence for Whitmore Construction to whitmore.construction.accounts@gmail.com only, as our old mailbox is being closed down. Kindly update your records and confirm once done.\n\n"
        "Also kindly advise the total outstanding so we can arrange payment promptly.\n\n"
        "Regards,\nAccounts Department\nWhitmore Construction Ltd",
        L(
            "wrong_contact",
            new_contact="whitmore.construction.accounts@gmail.com",
            note="phishing-like request to move collection mail to an outside free-mail address; the label records what is asked, and the change must be checked by phone before anyone acts on it",
        ),
    ),
    Reply(
        "wc-de-1",
        "de",
        ("Lukas Berger", "l.berger@berger-fassaden.example"),
        "2030-03-29 11:20",
        "outlook",
        "Guten Tag,\n\nFrau Krämer ist seit dem 1. März nicht mehr in unserem Unternehmen tätig. Rechnungen und Mahnungen schicken Sie bitte künftig an buchhaltung@berger-fassaden.example.\n\nMit freundlichen Grüßen\nLukas Berger\nBerger Fassadentechnik GmbH",
        L("wrong_contact", new_contact="buchhaltung@berger-fassaden.example"),
    ),
    Reply(
        "wc-de-2",
        "de",
        ("Gemeindebüro St. Petri", "gemeindebuero@st-petri-gemeinde.example"),
        "2030-04-04 10:35",
        "gmail_plain",
        "Guten Tag,\n\n"
        "hier ist das Gemeindebüro, mit der Abrechnung der Turmsanierung haben wir nichts zu tun. Zuständig ist das Kirchliche Verwaltungsamt, Frau Oltmanns, Tel. 0441 998 2210. Eine E-Mail-Adresse habe ich leider nicht.\n\n"
        "Freundliche Grüße\nRenate Hilbers, Gemeindesekretärin",
        L(
            "wrong_contact",
            note="right office named by phone number only, so no new_contact",
        ),
    ),
    Reply(
        "wc-fr-1",
        "fr",
        ("Alain Perrin", "alain.perrin56@orange.fr"),
        "2030-04-08 20:30",
        "thunderbird",
        "Bonsoir,\n\nJe ne suis plus gérant de la SARL Perrin Toitures depuis le mois de janvier, la société a été reprise. Je n'ai pas les coordonnées du nouveau gérant, voyez avec le greffe.\n\nA. Perrin",
        L("wrong_contact", note="former manager, no new address"),
        cte="8bit",
    ),
    Reply(
        "wc-fr-2",
        "fr",
        ("Julie Besson", "julie@besson-charpente.example"),
        "2030-03-19 09:15",
        "outlook_html",
        "Bonjour,\n\nC'est notre cabinet comptable qui gère les paiements fournisseurs. Merci d'adresser vos relances directement à Mme Faure : compta.besson@cabinet-faure-expertise.example.\n\nBonne journée,\nJulie Besson\nBesson Charpente",
        L("wrong_contact", new_contact="compta.besson@cabinet-faure-expertise.example"),
    ),
    Reply(
        "wc-es-1",
        "es",
        ("Raúl Jiménez", "obra.valdebebas@jimenezconstrucciones.example"),
        "2030-03-28 07:50",
        "android",
        "Esto es el correo de la obra, aquí no llevamos facturas. Escribid a administracion@jimenezconstrucciones.example\n\nRaúl",
        L(
            "wrong_contact",
            new_contact="administracion@jimenezconstrucciones.example",
            note="site mailbox; sent from a phone at ten to eight",
        ),
    ),
    Reply(
        "wc-es-2",
        "es",
        ("María José Vidal", "mjose.vidal@gmail.com"),
        "2030-04-06 12:15",
        "iphone",
        "Hola, creo que se han equivocado de persona. Yo no tengo ninguna empresa ni he alquilado nunca un andamio.",
        L("wrong_contact", note="wrong person altogether, no new address"),
    ),
    Reply(
        "wc-nl-1",
        "nl",
        ("Jeroen Mulder", "j.mulder@bouwgroep-ijsselstreek.example"),
        "2030-04-02 09:40",
        "gmail",
        "Goedemorgen,\n\nIk werk inmiddels bij een ander bedrijf, deze mail wordt nog even naar mij doorgestuurd. Stuur herinneringen voortaan naar crediteuren@bouwgroep-ijsselstreek.example, daar wordt het opgepakt.\n\nGroet,\nJeroen",
        L("wrong_contact", new_contact="crediteuren@bouwgroep-ijsselstreek.example"),
    ),
    Reply(
        "wc-nl-2",
        "nl",
        ("Klantcontactcentrum Woonbron Oost", "klantcontact@woonbron-oost.example"),
        "2030-03-18 15:05",
        "outlook",
        "Geachte heer/mevrouw,\n\n"
        "U heeft uw e-mail gestuurd naar het klantcontactcentrum van Woonbron Oost. Wij behandelen hier geen facturen van leveranciers. Wilt u uw herinnering opnieuw sturen naar facturen@woonbron-oost.example? Dan komt deze bij de juiste afdeling terecht.\n\n"
        "Met vriendelijke groet,\n\nSanne\nKlantcontactcentrum Woonbron Oost",
        L(
            "wrong_contact",
            new_contact="facturen@woonbron-oost.example",
            note="written by a person at a housing association's contact centre, not an automatic notice",
        ),
    ),
    Reply(
        "wc-it-1",
        "it",
        ("Marco Bellini", "m.bellini@bellinicostruzioni.example"),
        "2030-03-27 13:20",
        "gmail_plain",
        "Buongiorno, io sono il capocantiere, di pagamenti non mi occupo. Scrivete a amministrazione@bellinicostruzioni.example che vi rispondono loro.\nSaluti\nMarco Bellini",
        L("wrong_contact", new_contact="amministrazione@bellinicostruzioni.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "en",
        ("Craig Dunmore", "craig@dunmorebuilders.example"),
        "2030-04-04 08:10",
        "iphone",
        "I told your colleague on the phone on Monday it'll be paid at the end of the month. That's the third email since. Stop emailing me about it please",
        L("unsubscribe", note="promise plus a stop request: unsubscribe wins"),
    ),
    Reply(
        "un-en-2",
        "en",
        ("Imogen Hale", "i.hale@pembertonlowe.example"),
        "2030-03-26 12:00",
        "outlook_html",
        "Dear Sirs,\n\n"
        "We act for Ashdown Developments Ltd, to whom your email was addressed. Our client disputes the sums claimed and we are taking instructions.\n\n"
        "Please direct all further communications on this matter to this firm, for the attention of the undersigned and quoting reference IH/ASH/0417. You should not contact our client directly.\n\n"
        "Yours faithfully,\n\nImogen Hale\nAssociate\nPemberton Lowe LLP\n\n"
        "Pemberton Lowe LLP is authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be privileged.",
        L(
            "unsubscribe",
            note="solicitors: contact through the firm only, which beats the dispute; the firm's own address is not labelled as a new contact",
        ),
        headers=(XARS,),
    ),
    Reply(
        "un-en-3",
        "en",
        ("Terry Vaughan", "terryvaughan1966@hotmail.co.uk"),
        "2030-03-30 09:05",
        "gmail_plain",
        "TAKE ME OFF YOUR MAILING LIST. I DONT OWE YOU ANYTHING AND IVE NEVER HEARD OF YOU",
        L(
            "unsubscribe",
            note="all capitals; the denial of the debt does not beat the stop request",
        ),
    ),
    Reply(
        "un-de-1",
        "de",
        ("Dr. Friedrich Maas", "f.maas@maas-immobilien.example"),
        "2030-04-10 17:30",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "ich widerspreche hiermit der Zusendung von Zahlungserinnerungen per E-Mail. Bitte nehmen Sie diese Adresse aus Ihrem Verteiler. Schriftverkehr in dieser Angelegenheit bitte ausschließlich auf dem Postweg an die Ihnen bekannte Geschäftsadresse.\n\n"
        "Mit freundlichen Grüßen\nDr. Friedrich Maas\nMaas Immobilienverwaltung",
        L("unsubscribe", note="post only"),
        charset="windows-1252",
    ),
    Reply(
        "un-fr-1",
        "fr",
        ("Gisèle Fournier", "gisele.fournier@wanadoo.fr"),
        "2030-03-21 19:40",
        "thunderbird",
        "Madame, Monsieur,\n\nJe vous prie de ne plus m'écrire à cette adresse électronique, je ne consulte presque jamais mes courriels. Pour toute question, écrivez-moi par la poste.\n\nGisèle Fournier",
        L("unsubscribe", note="post only; Latin-1 Thunderbird, not flowed"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-fr-2",
        "fr",
        ("Olivier Lambert", "o.lambert@sci-beaulieu.example"),
        "2030-04-05 11:45",
        "gmail",
        "Bonjour,\n\nCe dossier est désormais entre les mains de notre avocat, Maître Vasseur, au barreau de Lyon. Toute correspondance devra lui être adressée. Merci de cesser vos relances par mail.\n\nO. Lambert\nGérant, SCI Beaulieu",
        L("unsubscribe", note="only through our lawyer, no address given"),
    ),
    Reply(
        "un-es-1",
        "es",
        ("Antonio Ruiz", "aruiz@ruizpinturas.example"),
        "2030-04-08 10:50",
        "gmail_plain",
        "Ya les dije por teléfono que lo pagaré en cuanto pueda. Dejen de enviarme correos todos los días, por favor, que así no son formas.",
        L("unsubscribe", note="vague promise plus a stop request: unsubscribe"),
    ),
    Reply(
        "un-es-2",
        "es",
        ("Carmen López", "carmenlopez.interiores@gmail.com"),
        "2030-03-31 22:10",
        "iphone",
        "No me escriban más a este correo.",
        L("unsubscribe", note="sent on the evening summer time began (+0200)"),
    ),
    Reply(
        "un-nl-1",
        "nl",
        ("J. van der Heijden", "jvdheijden@kpnmail.nl"),
        "2030-03-25 14:00",
        "outlook",
        "Geachte heer/mevrouw,\n\nIk wens geen correspondentie meer per e-mail te ontvangen. Stuurt u mij voortaan alles per post.\n\nHoogachtend,\nJ. van der Heijden",
        L("unsubscribe", note="post only, very formal"),
    ),
    Reply(
        "un-nl-2",
        "nl",
        ("Jesse Timmermans", "jesse@bouwtim.example"),
        "2030-04-03 23:02",
        "gmail",
        "Afmelden",
        L("unsubscribe", note="one word"),
    ),
    Reply(
        "un-it-1",
        "it",
        ("Silvia Rossi", "silvia.rossi.1980@libero.it"),
        "2030-03-19 21:15",
        "iphone",
        "Questo è il mio indirizzo personale, non quello dell'impresa di mio marito. Vi prego di non scrivermi più qui.",
        L(
            "unsubscribe",
            note="remove-me plus wrong person without a new address: unsubscribe",
        ),
    ),
    Reply(
        "un-it-2",
        "it",
        ("Giorgio Ferri", "g.ferri@costruzioniferri.example"),
        "2030-04-11 12:30",
        "outlook_html",
        "Spett.le Kestrel Scaffolding,\n\nvi comunichiamo che la questione è stata affidata al nostro legale, avv. Chiara Lombardi del foro di Milano. D'ora in avanti ogni comunicazione dovrà passare esclusivamente tramite il suo studio.\n\nDistinti saluti\nGiorgio Ferri\nCostruzioni Ferri S.r.l.",
        L("unsubscribe", note="only through our lawyer"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "en",
        ("Rebecca Holt", "rebecca.holt@thamesmeadbuild.example"),
        "2030-03-28 09:06",
        "notice_html",
        "Thank you for your email. I'm on annual leave and will be back in the office on Tuesday 2 April.\n\nFor anything urgent please call the office on 020 7946 0183.\n\nRebecca",
        L("auto_reply", return_date="2030-04-02"),
        headers=(AUTO, XARS),
        ago=0,
    ),
    Reply(
        "ar-en-2",
        "en",
        ("Accounts Payable Helpdesk", "aphelpdesk@grovesandmorgan.example"),
        "2030-04-08 09:07",
        "none",
        "This is an automated response.\n\n"
        "Your query has been logged with reference AP-118204. A member of the Accounts Payable team will respond within 5 working days.\n\n"
        "Please keep the reference in the subject line of any further emails about this query, otherwise a new ticket will be created.\n\n"
        "Groves & Morgan plc - Accounts Payable Shared Service Centre",
        L(
            "auto_reply",
            note="ticket acknowledgement; '5 working days' is no return date",
        ),
        subject="[AP-118204] {rsub}",
        headers=(("Auto-Submitted", "auto-generated"),),
        ago=0,
    ),
    Reply(
        "ar-en-3",
        "en",
        ("Dave Connolly", "dave@connollyroofing.example"),
        "2030-03-19 09:05",
        "none",
        "Hi, I'm out on site all this week with poor signal. I'll pick up emails when I'm back in the office on Monday.\n\nThanks, Dave\nConnolly Roofing",
        L(
            "auto_reply",
            return_date="2030-03-25",
            note="webmail autoresponder carrying only X-Autoreply; 'Monday' after Tuesday 19 March",
        ),
        subject="Autoreply: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        ago=0,
    ),
    Reply(
        "ar-de-1",
        "de",
        ("Monika Seifert", "m.seifert@seifert-bau.example"),
        "2030-03-25 10:08",
        "notice_html",
        "Vielen Dank für Ihre Nachricht. Ich bin bis zum 5. April 2030 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 0221 555 3020.\n\n"
        "Thank you for your message. I am out of the office until 5 April 2030 with no access to e-mail. Your message will not be forwarded. For urgent matters please call our switchboard on +49 221 555 3020.\n\n"
        "Monika Seifert",
        L(
            "auto_reply",
            return_date="2030-04-05",
            note="bilingual, German first; 'bis zum X' with no day back → X",
        ),
        headers=(AUTO,),
        ago=0,
    ),
    Reply(
        "ar-de-2",
        "de",
        ("Kühn Dachtechnik", "buero@kuehn-dachtechnik.example"),
        "2030-04-12 10:04",
        "none",
        "Sehr geehrte Kundin, sehr geehrter Kunde,\n\n"
        "unser Büro ist vom 12.04. bis einschließlich 22.04.2030 (Ostermontag) geschlossen. Ab Dienstag, den 23.04.2030, sind wir wieder für Sie da. Ihre E-Mail wird dann in der Reihenfolge des Eingangs bearbeitet.\n\n"
        "Ihr Team von Kühn Dachtechnik",
        L(
            "auto_reply",
            return_date="2030-04-23",
            note="Easter closure; 'wieder für Sie da ab' wins over 'bis einschließlich'; only a Precedence header",
        ),
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(("Precedence", "auto_reply"),),
        ago=0,
    ),
    Reply(
        "ar-fr-1",
        "fr",
        ("Claire Moulin", "c.moulin@moulin-bati.example"),
        "2030-03-26 10:05",
        "notice_html",
        "Bonjour,\n\nJe suis absente du 25 au 29 mars inclus et serai de retour le lundi 1er avril. Pendant mon absence, vous pouvez contacter Karim Benali à l'adresse k.benali@moulin-bati.example.\n\nCordialement,\nClaire Moulin",
        L(
            "auto_reply",
            return_date="2030-04-01",
            note="a colleague's address in an auto-reply is not a new contact",
        ),
        headers=(AUTO,),
        ago=0,
    ),
    Reply(
        "ar-es-1",
        "es",
        ("Elena Castro", "ecastro@castrohermanos.example"),
        "2030-03-27 10:05",
        "notice_html",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 3 de abril, con acceso limitado al correo. Le responderé a mi vuelta.\n\nUn saludo,\nElena Castro\nCastro Hermanos Construcciones",
        L("auto_reply", return_date="2030-04-03", note="'hasta X' → X itself"),
        headers=(AUTO,),
        ago=0,
    ),
    Reply(
        "ar-es-2",
        "es",
        (
            "Atención al Proveedor - Grupo Constructor Almansa",
            "proveedores@gcalmansa.example",
        ),
        "2030-04-05 10:10",
        "none",
        "Este es un mensaje automático. Hemos recibido su correo, que será atendido en un plazo máximo de 72 horas laborables. Por favor, no responda a este mensaje.\n\n"
        "Departamento de Atención al Proveedor\nGrupo Constructor Almansa",
        L(
            "auto_reply",
            note="supplier-desk acknowledgement with only X-Autoreply; no return date",
        ),
        subject="Acuse de recibo: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        ago=0,
    ),
    Reply(
        "ar-nl-1",
        "nl",
        ("Wouter Brouwer", "w.brouwer@brouwerbouw.example"),
        "2030-03-19 10:06",
        "notice_html",
        "Beste afzender,\n\nIk ben met vakantie tot en met vrijdag 22 maart. Vanaf maandag 25 maart ben ik weer op kantoor en beantwoord ik uw bericht. Voor dringende zaken kunt u bellen met 030 765 4321.\n\nMet vriendelijke groet,\nWouter Brouwer",
        L(
            "auto_reply",
            return_date="2030-03-25",
            note="'vanaf maandag 25 maart' wins over 'tot en met vrijdag 22 maart'",
        ),
        headers=(AUTO,),
        ago=0,
    ),
    Reply(
        "ar-nl-2",
        "nl",
        ("Ingrid Koster", "administratie@kosterrenovatie.example"),
        "2030-04-10 10:05",
        "none",
        "Bedankt voor uw e-mail. Ik ben niet elke dag op kantoor; uw bericht wordt zo snel mogelijk behandeld.\n\nIngrid Koster\nFinanciële administratie\nKoster Renovatie",
        L(
            "auto_reply",
            note="part-timer's standing autoresponder with only a Precedence header; no return date",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(("Precedence", "bulk"),),
        ago=0,
    ),
    Reply(
        "ar-it-1",
        "it",
        ("Davide Moretti", "d.moretti@morettiedilizia.example"),
        "2030-03-25 10:05",
        "notice_html",
        "Gentile mittente,\n\nsono fuori sede fino a venerdì 29 marzo compreso, con accesso saltuario alla posta. Per urgenze potete chiamare l'ufficio allo 02 8845 1200.\n\nDavide Moretti",
        L(
            "auto_reply",
            return_date="2030-03-29",
            note="'fino a X compreso' with no day back stated → X",
        ),
        headers=(AUTO,),
        ago=0,
    ),
    Reply(
        "ar-it-2",
        "it",
        ("Ufficio Amministrazione Tecnotetti", "amministrazione@tecnotetti.example"),
        "2030-04-03 10:05",
        "none",
        "Vi informiamo che l'ufficio amministrativo resterà chiuso da mercoledì 3 a venerdì 5 aprile per la chiusura contabile trimestrale. Riapriremo lunedì 8 aprile: le e-mail ricevute in questi giorni saranno lavorate alla riapertura.\n\nTecnotetti S.r.l.",
        L(
            "auto_reply",
            return_date="2030-04-08",
            note="office closure; the stated reopening day",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
        ago=0,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "en",
        ("Karen Pryce", "karen@pryceandsonroofing.example"),
        "2030-03-22 10:25",
        "outlook",
        "Hi,\n\nDid we not pay this last month? I'm sure Dave paid a Kestrel invoice in February. Can you check your end before I start digging through the bank statements?\n\nKaren",
        L(
            "other",
            note="asks whether it was paid: neither a payment claim nor a request for documents",
        ),
    ),
    Reply(
        "ot-en-2",
        "en",
        ("Nathan Price", "n.price@price-lofts.example"),
        "2030-04-10 11:02",
        "outlook",
        "Sorry, ignore the out of office you'll have had from me this morning, I set it up wrong and it's been going to everyone. I'm in all week. I'll go through the invoice with our bookkeeper on Friday and get back to you.\n\nNathan",
        L(
            "other",
            note="a person whose subject says 'out of office'; looking at the invoice is no commitment to pay",
        ),
        subject="Out of office - please ignore",
    ),
    Reply(
        "ot-en-3",
        "en",
        ("Sean McGrath", "sean@mcgrathrenovations.example"),
        "2030-04-01 07:35",
        "gmail",
        "Morning, while I have you, can you get someone out to add another lift on the back elevation at 14 Beech Grove? Roofers are starting Wednesday and they can't reach the ridge.\n\nCheers\nSean",
        L(
            "other",
            note="site request in the reminder thread; nothing about the invoice",
        ),
    ),
    Reply(
        "ot-de-1",
        "de",
        ("Anja Roth", "sekretariat@roth-zimmerei.example"),
        "2030-04-02 08:40",
        "outlook",
        "Guten Morgen,\n\ndanke für den Hinweis, ich habe Ihre E-Mail an Herrn Roth weitergegeben. Er meldet sich bei Ihnen.\n\nFreundliche Grüße\nAnja Roth\nZimmerei Roth",
        L("other", note="passed on to the owner; no new address, no commitment"),
    ),
    Reply(
        "ot-de-2",
        "de",
        ("Dr. Henning Albers", "insolvenz@albers-kanzlei.example"),
        "2030-03-21 14:10",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "über das Vermögen der Hofmann Dachbau GmbH ist mit Beschluss des Amtsgerichts Hannover vom 14.03.2030 das Insolvenzverfahren eröffnet und der Unterzeichner zum Insolvenzverwalter bestellt worden. Zahlungen auf Altforderungen kann die Schuldnerin nicht mehr leisten. Bitte melden Sie Ihre Forderung unter Angabe des Grundes und unter Beifügung von Belegen schriftlich zur Insolvenztabelle an.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Henning Albers\nRechtsanwalt\nals Insolvenzverwalter",
        L(
            "other",
            note="insolvency administrator's notice: no dispute, no plan, and not a lawyer asked to act for the debtor; a person must file the claim",
        ),
    ),
    Reply(
        "ot-fr-1",
        "fr",
        ("Yannick Leroy", "yannick.leroy@gmail.com"),
        "2030-03-27 18:30",
        "iphone",
        "Bonsoir, les travaux de toiture sont finis depuis 10 jours, quand est-ce que vous venez démonter l'échafaudage ? Il bloque l'entrée du garage.",
        L("other", note="asks when the scaffold will be struck; contests nothing"),
    ),
    Reply(
        "ot-fr-2",
        "fr",
        ("Secrétariat Maçonnerie Vidal", "secretariat@maconnerie-vidal.example"),
        "2030-04-08 10:15",
        "outlook_html",
        "Bonjour,\n\nM. Vidal est en arrêt maladie depuis trois semaines et c'est lui qui s'occupe des paiements. Je lui transmettrai votre message dès son retour, mais je ne sais pas encore quand ce sera.\n\nCordialement,\nLe secrétariat",
        L(
            "other",
            note="written by a person, not an auto-reply; no date, no new contact",
        ),
    ),
    Reply(
        "ot-es-1",
        "es",
        ("Pilar Navarro", "pilar.admin@navarroreformas.example"),
        "2030-03-19 09:45",
        "gmail_plain",
        "Recibido, gracias.",
        L("other", note="acknowledgement only"),
    ),
    Reply(
        "ot-es-2",
        "es",
        ("Enrique Salas", "enriquesalas@yahoo.es"),
        "2030-04-11 20:05",
        "html_only",
        "Buenas noches:\n\n¿Esto qué es? No conozco su empresa de nada y en la factura aparece una obra en Getafe donde yo no tengo nada. ¿No será un intento de estafa? Antes de hacer nada voy a llamar a mi banco.\n\nEnrique Salas",
        L("other", note="suspects a scam; a person should call; HTML-only message"),
    ),
    Reply(
        "ot-nl-1",
        "nl",
        ("Linda Peeters", "l.peeters@peetersbouw.example"),
        "2030-03-28 17:05",
        "iphone",
        "Doorgestuurd naar Mark, hij is projectleider op dat werk. Groet Linda",
        L("other", note="forwarded to a named colleague without an address"),
    ),
    Reply(
        "ot-it-1",
        "it",
        ("Ufficio Tecnico Galli Edilizia", "ufficiotecnico@galliedilizia.example"),
        "2030-03-22 08:30",
        "android",
        "Ricevuto, grazie.",
        L("other", note="acknowledgement only"),
    ),
    Reply(
        "ot-it-2",
        "it",
        ("Serena Fabbri", "serena.fabbri@fabbricostruzioni.example"),
        "2030-04-09 14:50",
        "thunderbird",
        "Buongiorno,\n\nho girato la mail al geometra Pozzi che segue il cantiere di Monza, vi farà sapere lui.\n\nSaluti\nSerena Fabbri",
        L("other", note="passed to the site surveyor; no address, no commitment"),
        cte="8bit",
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
    """A delivery report about a reminder sent to `rcpt` in `rlang`, `lag` minutes earlier."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    zone: str
    rlang: str
    lag: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The Date: of the report."""
        return local_time(self.when, self.zone)

    @property
    def sent(self) -> datetime:
        """When the reminder left Kestrel's server, on a UK clock."""
        return in_zone(self.dt - timedelta(minutes=self.lag), "uk")

    @property
    def invoice(self) -> str:
        """The invoice the bounced reminder was about."""
        return f"KS 30{number(self.key, 'inv', 3000, 9999):04d}"

    @property
    def subject(self) -> str:
        """The bounced reminder's subject."""
        return reminder_subject(self.rlang, self.invoice)

    def reminder(self) -> Message:
        """The reminder as Kestrel's server sent it."""
        currency = "GBP" if self.rlang == "en" else "EUR"
        amount = (
            f"{number(self.key, 'amount', 180, 7400)}.{number(self.key, 'cents', 0, 19) * 5:02d}"
        )
        text = reminder_text(self.rlang, self.invoice, amount, currency, self.sent)
        msg = text_part(text, "plain", "utf-8", "qp")
        msg["From"] = mailbox(AR_NAME, AR_ADDR, "utf-8")
        msg["To"] = self.rcpt
        msg["Subject"] = encoded(self.subject, "utf-8", "Subject")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        content_headers_last(msg)
        return msg

    def label(self) -> Label:
        """The expected label of the report."""
        return Label(
            "bounce",
            bounce_kind=self.kind,
            failed_recipient=self.rcpt,
            bounce_status=self.status,
            note=self.note,
        )


def reminder_header_text(b: Bounce) -> str:
    """The reminder's header block, folded and encoded as it went out."""
    raw = b.reminder().as_bytes().decode("ascii")
    return raw.split("\n\n", 1)[0] + "\n"


def returned_copy(b: Bounce, relay: str) -> str:
    """The reminder as an MTA copies it under its notice, with the trace headers it saw."""
    received = (
        f"Received: from {AR_MTA} ({AR_MTA} [198.51.100.25])\n"
        f"\tby {relay} with ESMTPS id {token(b.key, 'queue', 12)};\n"
        f"\t{format_datetime(in_zone(b.sent + timedelta(seconds=4), b.zone))}\n"
    )
    copy = b.reminder().as_bytes().decode("ascii")
    return f"Return-Path: <{AR_ADDR}>\n{received}{copy.rstrip(chr(10))}\n"


def ds_block(lines: Iterable[str]) -> Message:
    """One block of fields in a message/delivery-status part."""
    block = Message()
    for line in lines:
        name, value = line.split(": ", 1)
        block[name] = value
    return block


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    postfix: bool = False,
) -> Message:
    """The RFC 3464 machine-readable part (Postfix adds its queue id)."""
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    per_message = [f"Reporting-MTA: dns; {mta}"]
    if postfix:
        per_message.append(f"X-Postfix-Queue-ID: {token(b.key, 'queue', 10)}")
        per_message.append(f"X-Postfix-Sender: rfc822; {AR_ADDR}")
    per_message.append(f"Arrival-Date: {format_datetime(in_zone(b.sent, b.zone))}")
    ds.attach(ds_block(per_message))
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
        fields.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    ds.attach(ds_block(fields))
    return ds


def rfc822_headers(b: Bounce) -> Message:
    """The returned headers of the reminder."""
    return text_part(reminder_header_text(b), "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message]) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human(text: str, markup: bool = False) -> Message:
    """The human-readable part: plain, or plain and HTML."""
    text = text if text.endswith("\n") else text + "\n"
    plain = text_part(text, "plain", "utf-8", "qp")
    if not markup:
        return plain
    paragraphs = "".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>{paragraphs}</body></html>\n'
    return alternative(plain, text_part(page, "html", "utf-8", "qp"))


def close(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    fam: str = "other",
    auto: bool = True,
) -> Message:
    """Envelope headers of a report, then the usual finishing."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded(subject, "utf-8", "Subject")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].split(">", maxsplit=1)[0].split(" ", maxsplit=1)[0]
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 22).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    if fam == "o365":
        msg["X-MS-Exchange-Message-Is-Ndr"] = ""
        msg["Content-Language"] = CONTENT_LANGUAGE[b.lang]
    return finish(msg, b.key, fam)


def bounce_postfix_delay(b: Bounce) -> Message:
    """Kestrel's own Postfix: a delay warning, RFC 3464 with the returned headers."""
    remote = "mx.brookfieldlofts.example"
    text = (
        f"This is the mail system at host {AR_MTA}.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 2 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: connect to\n    {remote}[192.0.2.61]:25: Connection timed out\n"
    )
    parts = [
        human(text),
        delivery_status(
            b,
            AR_MTA,
            "delayed",
            f"connect to {remote}[192.0.2.61]:25: Connection timed out",
            postfix=True,
        ),
        rfc822_headers(b),
    ]
    return close(
        b,
        report(parts),
        f"MAILER-DAEMON@{AR_MTA} (Mail Delivery System)",
        "Delayed Mail (still being retried)",
    )


def bounce_qmail(b: Bounce) -> Message:
    """A qmail failure notice: no MIME at all, the message copied underneath, no Auto-Submitted."""
    host = "mail.sandersonroofing.example"
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n" + returned_copy(b, host)
    )
    msg = Message()
    msg.set_payload(text)
    return close(b, msg, f"MAILER-DAEMON@{host}", "failure notice", auto=False)


def bounce_exim_full(b: Bounce) -> Message:
    """Exim at a UK host: permanent failure for a full mailbox, plain text, X-Failed-Recipients."""
    host = "smtp2.ukhostbox.example"
    remote = "mx.ashworthbuilders.example"
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host {remote} [192.0.2.88]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    552 5.2.2 <{b.rcpt}>: Mailbox full, quota exceeded\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        + returned_copy(b, host)
    )
    msg = Message()
    msg.set_payload(text)
    msg["X-Failed-Recipients"] = b.rcpt
    return close(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Mail delivery failed: returning message to sender",
    )


def o365(b: Bounce, text: str, diagnostic: str, action: str, prefix: str, server: str) -> Message:
    """An Exchange Online report in the recipient organisation's language.

    A failure returns the whole message; a delay warning returns only its headers.
    """
    returned = rfc822_headers(b) if action == "delayed" else MIMEMessage(b.reminder())
    parts = [
        human(text, markup=True),
        delivery_status(b, server, action, diagnostic),
        returned,
    ]
    domain = b.rcpt.split("@")[1]
    sender = f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{domain}>"
    return close(b, report(parts), sender, prefix + b.subject, fam="o365")


def bounce_o365_de(b: Bounce) -> Message:
    """Exchange Online, German, recipient not found."""
    server = "FR3P281MB2291.DEUP281.PROD.OUTLOOK.example"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    text = (
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.\n\n"
        f"{b.rcpt} wurde nicht gefunden. Diese E-Mail-Adresse gibt es in der Organisation des Empfängers nicht.\n\n"
        "So beheben Sie das Problem: Prüfen Sie die Adresse auf Tippfehler und senden Sie die Nachricht erneut. Stimmt die Adresse, erreichen Sie den Empfänger vermutlich nur noch auf anderem Weg.\n\n"
        f"Diagnoseinformationen für Administratoren:\n\nGenerierender Server: {server}\n\n{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben"
    )
    return o365(b, text, diag, "failed", "Unzustellbar: ", server)


def bounce_o365_fr(b: Bounce) -> Message:
    """Exchange Online, French, a distribution group closed to outside senders (policy)."""
    server = "PR1P264MB2210.FRAP264.PROD.OUTLOOK.example"
    diag = "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group"
    text = (
        f"Votre message n'a pas pu être remis à {b.rcpt}.\n\n"
        "Ce groupe n'accepte que les messages envoyés par des personnes de son organisation ou par des expéditeurs autorisés, et votre adresse n'en fait pas partie.\n\n"
        "Pour résoudre ce problème : demandez au propriétaire du groupe de vous ajouter à la liste des expéditeurs autorisés, ou joignez le destinataire par un autre moyen.\n\n"
        f"Informations de diagnostic pour les administrateurs :\n\nServeur de génération : {server}\n\n{b.rcpt}\nLe serveur distant a retourné « {diag} »"
    )
    return o365(b, text, diag, "failed", "Non remis : ", server)


def bounce_o365_nl(b: Bounce) -> Message:
    """Exchange Online, Dutch, delivery delayed."""
    server = "AM0PR10MB3344.EURPRD10.PROD.OUTLOOK.example"
    diag = "451 4.4.7 Message delayed; the recipient's server did not accept the connection in time"
    text = (
        f"Uw bericht aan {b.rcpt} is nog niet bezorgd.\n\n"
        "De bezorging loopt vertraging op. Er wordt automatisch opnieuw geprobeerd het bericht af te leveren; u hoeft niets te doen.\n\n"
        "Lukt de bezorging binnen twee dagen niet, dan krijgt u daarover een aparte melding.\n\n"
        f"Diagnostische gegevens voor beheerders:\n\nGenererende server: {server}\n\n{b.rcpt}\nExterne server retourneerde '{diag}'"
    )
    return o365(b, text, diag, "delayed", "Bezorging vertraagd: ", server)


def bounce_o365_it(b: Bounce) -> Message:
    """Exchange Online, Italian, recipient rejected by directory-based edge blocking."""
    server = "MI1P293MB0742.ITAP293.PROD.OUTLOOK.example"
    diag = "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [MI1P293MB0742.ITAP293.PROD.OUTLOOK.example]"
    text = (
        f"Il messaggio per {b.rcpt} non è stato recapitato.\n\n"
        "L'indirizzo del destinatario è stato rifiutato: nell'organizzazione che lo gestisce non esiste una casella con questo indirizzo.\n\n"
        "Come risolvere il problema: controllare che l'indirizzo sia scritto correttamente, oppure contattare il destinatario in un altro modo per avere l'indirizzo giusto.\n\n"
        f"Informazioni di diagnostica per gli amministratori:\n\nServer di generazione: {server}\n\n{b.rcpt}\nIl server remoto ha restituito '{diag}'"
    )
    return o365(b, text, diag, "failed", "Non recapitabile: ", server)


def bounce_provider_de(b: Bounce) -> Message:
    """A German provider's own notice, one plain part: the mailbox is full, retrying."""
    host = "mailout.netzbote.example"
    text = (
        f"Dies ist eine automatisch erstellte Benachrichtigung des Mailservers {host}.\n\n"
        f"Ihre Nachricht konnte dem folgenden Empfänger noch nicht zugestellt werden:\n\n    {b.rcpt}\n\n"
        "Grund: Das Postfach des Empfängers ist voll (452 4.2.2 Mailbox full).\n\n"
        f"Wir versuchen die Zustellung bis zum {fmt('{dd}.{mo}.{y}', 'de', b.dt + timedelta(days=3))} weiter. Sie müssen nichts unternehmen. Gelingt die Zustellung bis dahin nicht, erhalten Sie eine weitere Nachricht.\n\n"
        "--- Kopfzeilen der ursprünglichen Nachricht ---\n\n" + reminder_header_text(b)
    )
    return close(
        b,
        human(text),
        f"Mailer-Daemon@{host}",
        "Zustellung verzögert: Postfach des Empfängers voll",
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French host's notice in multipart/mixed: greylisted, still retrying (policy, temporary)."""
    host = "relais.hebergement-azur.example"
    text = (
        "Bonjour,\n\n"
        f"Ceci est un message automatique du serveur {host}.\n\n"
        f"Votre message à l'adresse {b.rcpt} n'a pas encore pu être distribué. Le serveur du destinataire l'a refusé temporairement :\n\n"
        "    450 4.7.1 Greylisted, please try again later\n\n"
        "Nous continuerons d'essayer pendant 5 jours. Vous n'avez rien à faire pour l'instant : si le message ne peut toujours pas être distribué, vous recevrez un avis définitif.\n\n"
        "Vous trouverez ci-joint une copie de votre message.\n\n"
        "-- \nLe service de messagerie"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(human(text))
    outer.attach(MIMEMessage(b.reminder()))
    return close(
        b,
        outer,
        f"Service de messagerie <postmaster@{host}>",
        "Avertissement : message non encore distribué",
    )


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail's 'address not found', with the Spanish interface text."""
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta fue:",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
    ]
    diag = "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces."
    parts = [
        human("\n\n".join(lines) + "\n", markup=True),
        delivery_status(b, "googlemail.com", "failed", diag, "gmail-smtp-in.l.google.com"),
        MIMEMessage(b.reminder()),
    ]
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    return close(b, report(parts), sender, "Delivery Status Notification (Failure)", fam="gmail")


def bounce_hosting_nl(b: Bounce) -> Message:
    """A Dutch hosting provider still answering for a domain it no longer hosts: RFC 3464."""
    host = "mx.webhuis-hosting.example"
    domain = b.rcpt.split("@")[1]
    text = (
        f"Dit is het mailsysteem van {host}.\n\n"
        "Helaas kon uw bericht niet worden afgeleverd bij een of meer ontvangers. U vindt de details hieronder.\n\n"
        f"<{b.rcpt}>: het domein {domain} wordt niet meer door ons gehost. Het abonnement is beëindigd en voor dit domein wordt geen e-mail meer aangenomen.\n\n"
        "Dit is een permanente fout. Het bericht wordt niet opnieuw verstuurd.\n\n"
        "                   Het mailsysteem\n"
    )
    diag = f"550 5.1.2 <{b.rcpt}>: Recipient address rejected: domain {domain} is no longer hosted here"
    parts = [
        human(text),
        delivery_status(b, host, "failed", diag, postfix=True),
        rfc822_headers(b),
    ]
    return close(
        b,
        report(parts),
        f"MAILER-DAEMON@{host} (Mail Delivery System)",
        "Onbestelbaar bericht: retour afzender",
    )


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian provider's one-part notice: mailbox over quota."""
    host = "mx.postaweb-italia.example"
    text = (
        f"Questo è un messaggio generato automaticamente dal sistema di posta {host}.\n\n"
        f"Non è stato possibile recapitare il messaggio al destinatario:\n\n    {b.rcpt}\n\n"
        "Motivo: la casella del destinatario ha superato lo spazio disponibile (552 5.2.2 Mailbox over quota).\n\n"
        "Il destinatario deve liberare spazio nella propria casella. Vi consigliamo di avvisarlo con un altro mezzo e di inviare di nuovo il messaggio più tardi.\n\n"
        "---------- Intestazioni del messaggio originale ----------\n\n" + reminder_header_text(b)
    )
    return close(
        b,
        human(text),
        f"Mail Delivery System <mailer-daemon@{host}>",
        "Messaggio non recapitato: casella piena",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "b-en-1",
            "en",
            "soft",
            "4.4.1",
            "office@brookfieldlofts.example",
            "2030-03-22 13:11",
            "uk",
            "en",
            lag=245,
            note="Postfix delay warning, RFC 3464 with text/rfc822-headers",
        ),
        bounce_postfix_delay,
    ),
    (
        Bounce(
            "b-en-2",
            "en",
            "hard",
            "5.1.1",
            "jobs@sandersonroofing.example",
            "2030-04-02 09:05",
            "uk",
            "en",
            note="qmail notice, no MIME and no Auto-Submitted; the status is only in '(#5.1.1)'",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "b-en-3",
            "en",
            "soft",
            "5.2.2",
            "site@ashworthbuilders.example",
            "2030-03-26 09:07",
            "uk",
            "en",
            note="Exim calls it permanent, but a full mailbox is soft; the 5.x code is kept",
        ),
        bounce_exim_full,
    ),
    (
        Bounce(
            "b-de-1",
            "de",
            "hard",
            "5.1.10",
            "rechnungen@dachbau-kessler.example",
            "2030-04-05 10:04",
            "cet",
            "de",
            note="Exchange Online 'Unzustellbar', recipient not found",
        ),
        bounce_o365_de,
    ),
    (
        Bounce(
            "b-de-2",
            "de",
            "soft",
            "4.2.2",
            "info@zimmerei-obermaier.example",
            "2030-03-20 10:09",
            "cet",
            "de",
            lag=6,
            note="provider notice in one plain part, mailbox full, still retrying",
        ),
        bounce_provider_de,
    ),
    (
        Bounce(
            "b-fr-1",
            "fr",
            "hard",
            "5.7.133",
            "comptabilite@groupe-batisud.example",
            "2030-03-27 10:06",
            "cet",
            "fr",
            note="Exchange Online 'Non remis': group closed to outside senders; a permanent policy refusal is hard",
        ),
        bounce_o365_fr,
    ),
    (
        Bounce(
            "b-fr-2",
            "fr",
            "soft",
            "4.7.1",
            "compta@menuiserie-allard.example",
            "2030-04-09 14:20",
            "cet",
            "fr",
            lag=257,
            note="greylisting warning from the recipient's host, multipart/mixed with the message attached",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "b-es-1",
            "es",
            "hard",
            "5.1.1",
            "reformas.hnos.garcia@gmail.com",
            "2030-03-19 10:04",
            "cet",
            "es",
            note="Gmail notice with the Spanish interface text",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            "b-nl-1",
            "nl",
            "soft",
            "4.4.7",
            "inkoop@aannemersbedrijf-dekker.example",
            "2030-04-11 14:12",
            "cet",
            "nl",
            lag=240,
            note="Exchange Online delay notice in Dutch",
        ),
        bounce_o365_nl,
    ),
    (
        Bounce(
            "b-nl-2",
            "nl",
            "hard",
            "5.1.2",
            "inkoop@bouwbedrijf-vandam.example",
            "2030-03-28 10:05",
            "cet",
            "nl",
            note="domain no longer hosted: Dutch hosting provider, RFC 3464 with text/rfc822-headers",
        ),
        bounce_hosting_nl,
    ),
    (
        Bounce(
            "b-it-1",
            "it",
            "soft",
            "5.2.2",
            "ufficio@rossetti-impermeabilizzazioni.example",
            "2030-04-03 10:07",
            "cet",
            "it",
            note="provider notice in one plain part; mailbox over quota is soft, the 5.x code is kept",
        ),
        bounce_provider_it,
    ),
    (
        Bounce(
            "b-it-2",
            "it",
            "hard",
            "5.4.1",
            "amministrazione@edilcasa-brianza.example",
            "2030-03-21 10:05",
            "cet",
            "it",
            note="Exchange Online 'Non recapitabile': address rejected by the recipient's directory",
        ),
        bounce_o365_it,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^KS \d{6}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


@dataclass(frozen=True)
class Item:
    """One message ready to be written: key, MIME tree, label, language and facts to check."""

    key: str
    msg: Message
    label: Label
    lang: str
    dt: datetime
    text: str


def all_items() -> list[Item]:
    """Every message of the corpus, in spec order."""
    items = [Item(r.key, build_reply(r), r.label, r.lang, r.dt, r.body) for r in REPLIES]
    items += [Item(b.key, build(b), b.label(), b.lang, b.dt, "") for b, build in BOUNCES]
    return items


def file_order(items: list[Item]) -> list[Item]:
    """Order by a seeded hash of the key, so a file name says nothing about its label."""
    return sorted(items, key=lambda it: hashlib.sha256(f"{SEED}:{it.key}".encode()).hexdigest())


def check_label(item: Item) -> list[str]:
    """Shape and consistency of one label against its message."""
    lab = item.label
    problems: list[str] = []
    if lab.intent not in INTENTS:
        problems.append(f"unknown intent {lab.intent}")
    allowed = INTENT_FIELDS.get(lab.intent, frozenset())
    for key, value in lab.fields().items():
        if value is not None and key not in allowed:
            problems.append(f"{key} filled for {lab.intent}")
    local_day = item.dt.date()
    for key in DATE_KEYS:
        value = lab.fields()[key]
        if value is None:
            continue
        if not ISO_DAY.match(value):
            problems.append(f"{key} {value!r} is not ISO")
            continue
        day = date.fromisoformat(value)
        if key == "paid_date" and not local_day - timedelta(days=60) <= day <= local_day:
            problems.append(f"paid_date {value} is not before the message")
        if key != "paid_date" and not local_day <= day <= local_day + timedelta(days=90):
            problems.append(f"{key} {value} is not after the message")
    if lab.amount is not None and not AMOUNT.match(lab.amount):
        problems.append(f"amount {lab.amount!r}")
    if (lab.amount is None) != (lab.currency is None) or lab.currency not in {
        None,
        "GBP",
        "EUR",
    }:
        problems.append("amount and currency go together")
    for ref in lab.refs:
        if not INVOICE.match(ref) or ref[3:] not in item.text:
            problems.append(f"invoice ref {ref!r} is not in the new text")
    if lab.new_contact is not None and (
        lab.new_contact != lab.new_contact.lower() or lab.new_contact not in item.text.lower()
    ):
        problems.append("new_contact must be lower case and written in the new text")
    if lab.intent == "bounce":
        status = lab.bounce_status or ""
        soft = status.startswith("4.") or status == "5.2.2"
        if not STATUS.match(status) or lab.bounce_kind != ("soft" if soft else "hard"):
            problems.append(f"bounce kind {lab.bounce_kind} does not fit {status}")
        if lab.failed_recipient is None or lab.failed_recipient.encode() not in item.msg.as_bytes():
            problems.append("failed recipient not in the report")
    return problems


def header_defects(part: Message) -> list[str]:
    """Defects the parser found in a part's headers."""
    found: list[str] = []
    for name, value in part.items():
        defects = cast("list[object]", getattr(value, "defects", []))
        found += [f"{name}: {d!r}" for d in defects]
    return found


def check_message(name: str, data: bytes, item: Item) -> list[str]:
    """Parse a written file back with the modern policy: no defects, every text part decodes."""
    problems: list[str] = []
    if any(len(line) > 998 for line in data.split(b"\n")):
        problems.append("line longer than 998 octets")
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            problems.append(f"no {header}")
    if (
        parsedate_to_datetime(str(msg["Date"])) != item.dt
        or msg["Date"].datetime.utcoffset() != item.dt.utcoffset()
    ):
        problems.append("Date header does not round-trip")
    if not FIRST_DAY <= item.dt.date() <= LAST_DAY:
        problems.append("date outside the corpus range")
    texts = 0
    for part in msg.walk():
        problems += [f"defect {d!r}" for d in part.defects]
        problems += header_defects(part)
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            content = part.get_content()
            texts += 1
            if not isinstance(content, str) or "\ufffd" in content:
                problems.append(f"{part.get_content_type()} does not decode cleanly")
    if not texts:
        problems.append("no text part")
    return [f"{name}: {p}" for p in problems]


def count_table(records: list[dict[str, object]]) -> str:
    """The intent × language table in Markdown."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in records)
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


def check_counts(records: list[dict[str, object]]) -> list[str]:
    """12 messages an intent, the language totals, every intent in every language."""
    problems: list[str] = []
    cells = Counter((str(x["intent"]), str(x["language"])) for x in records)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != PER_INTENT:
            problems.append(f"{intent}: not {PER_INTENT} messages")
        for lang in LANGS:
            if not 1 <= cells[intent, lang] <= 3:
                problems.append(f"{intent}/{lang}: {cells[intent, lang]} messages")
    for lang, total in LANG_TOTALS.items():
        if sum(cells[i, lang] for i in INTENTS) != total:
            problems.append(f"{lang}: not {total} messages")
    expected_keys = ["file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    for record in records:
        if list(record) != expected_keys:
            problems.append(f"{record['file']}: label keys out of shape")
    return problems


def coverage(blobs: list[bytes]) -> str:
    """A summary of formats, for the README."""
    tops: Counter[str] = Counter()
    parts: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    for data in blobs:
        msg = message_from_bytes(data, policy=policy.default)
        tops[msg.get_content_type() + ("" if "MIME-Version" in msg else " (no MIME)")] += 1
        raw_head = data.split(b"\n\n", 1)[0]
        for name in (
            "In-Reply-To",
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "X-Autoreply",
            "Precedence",
        ):
            heads[name] += name in msg
        heads["encoded-word Subject"] += b"\nSubject: =?" in raw_head
        heads["encoded-word From"] += bool(re.search(rb"\nFrom: =\?|^From: =\?", raw_head))
        seen: set[str] = set()
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                seen.add(f"charset {part.get_content_charset('us-ascii')}")
                seen.add(f"cte {part.get('Content-Transfer-Encoding', '7bit')}")
                if part.get_param("format") == "flowed":
                    seen.add("format=flowed")
        parts.update(seen)
    lines = [f"{n:3d}  {k}" for k, n in sorted(tops.items())]
    lines += [f"{n:3d}  {k}" for k, n in sorted(parts.items())]
    lines += [f"{n:3d}  {k}" for k, n in sorted(heads.items())]
    return "\n".join(lines)


def write_all() -> tuple[list[dict[str, object]], list[bytes]]:
    """Write every .eml file and labels.jsonl next to this script, with all the checks."""
    items = file_order(all_items())
    keys = [it.key for it in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    records: list[dict[str, object]] = []
    blobs: list[bytes] = []
    problems: list[str] = []
    for n, item in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.msg.as_bytes()
        problems += check_message(name, data, item)
        problems += [f"{name} ({item.key}): {p}" for p in check_label(item)]
        (HERE / name).write_bytes(data)
        records.append(item.label.record(name, item.lang))
        blobs.append(data)
    problems += check_counts(records)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if problems:
        raise SystemExit("\n".join(problems))
    return records, blobs


def main() -> int:
    """Rebuild the corpus and print the count table."""
    records, blobs = write_all()
    print(count_table(records))
    kinds = Counter(str(x["bounce_kind"]) for x in records if x["intent"] == "bounce")
    print(f"\n{len(records)} messages; bounces: {dict(sorted(kinds.items()))}")
    if "--coverage" in sys.argv[1:]:
        print("\n" + coverage(blobs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
