# ruff: noqa: C901, E501, PLR0912, RUF001, RUF002
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and accents people and their clients really type.
"""Build held-out reply corpus 105: ``h105-NNN.eml`` files and ``labels.jsonl``.

Every message lands in the receivables mailbox of Anvil Forge Metalwork, a steel fabricator
(gates, railings, staircases, structural work), after it sent an overdue reminder. The new text
of each message is written by hand below. This script adds only what a mail client or a mail
server would add: the quoted reminder in the client's layout and language, headers, MIME
structure, charsets and transfer encodings, and the machine parts of delivery reports.

Run it from anywhere; it rewrites every file beside itself, deterministically, parses each one
back, checks the labels and prints the count table.
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
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import NoReturn, cast

HERE = Path(__file__).resolve().parent
SEED = 10520290205
PREFIX = "h105"
AR_NAME = "Anvil Forge Accounts"
AR_ADDR = "ar@anvilforge.example"
AR_DOMAIN = "anvilforge.example"
FIRST_DAY = date(2029, 2, 5)
LAST_DAY = date(2029, 3, 2)
UK = timezone(timedelta(0))
CET = timezone(timedelta(hours=1))
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
FIELDS = (
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
LABEL_ORDER = ("file", "intent", *FIELDS, "invoice_refs", "language", "note")
# The fields each intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# Messages per (intent, language): English 3 per intent, every other language 2, except the
# one intent where it has 1.
SINGLES = {
    "de": ("payment_sent", "other"),
    "fr": ("promise_to_pay", "bounce"),
    "es": ("dispute", "auto_reply"),
    "nl": ("payment_plan", "unsubscribe"),
    "it": ("invoice_request", "wrong_contact"),
}


def planned_count(intent: str, lang: str) -> int:
    """How many messages the corpus holds for one intent in one language."""
    if lang == "en":
        return 3
    return 1 if intent in SINGLES[lang] else 2


# --------------------------------------------------------------------------------------------
# Locale tables (what each client prints in each language)
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
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wd}, {d} {mon} {y} {HH}:{mm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}


@dataclass(frozen=True)
class OutlookWords:
    """The words Outlook prints above a quoted message, in one UI language."""

    original: str
    sender: str
    sent: str
    to: str
    subject: str
    colon: str
    reply_prefix: str


OUTLOOK = {
    "en": OutlookWords("-----Original Message-----", "From", "Sent", "To", "Subject", ": ", "RE: "),
    "de": OutlookWords(
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "AW: ",
    ),
    "fr": OutlookWords("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : ", "RE : "),
    "es": OutlookWords(
        "-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": ", "RE: "
    ),
    "nl": OutlookWords(
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "RE: ",
    ),
    "it": OutlookWords(
        "-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": ", "R: "
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
AUTO_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
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
# The reminder Anvil Forge sends (what every reply quotes)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Anvil Forge Metalwork",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Relance : facture {inv} échue",
    "es": "Recordatorio: factura {inv} vencida",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our records show that the invoice below has passed its due date:\n\n"
        "  Invoice {inv}   dated {issued}   due {due}   amount {amt}\n\n"
        "If you have already paid, thank you – please let us know the payment date so we can match it on our side. If something about the invoice or the work is not right, reply to this email and we will look into it.\n\n"
        "Many thanks,\n\n"
        "Accounts Receivable\nAnvil Forge Metalwork Ltd\nUnit 7, Cinder Yard, Sheffield\nar@anvilforge.example"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\n"
        "laut unserer Buchhaltung ist die folgende Rechnung fällig und noch nicht beglichen:\n\n"
        "  Rechnung {inv}   vom {issued}   fällig am {due}   Betrag {amt}\n\n"
        "Sollte die Zahlung bereits erfolgt sein, danken wir Ihnen und bitten um kurze Mitteilung des Zahlungsdatums. Falls mit der Rechnung oder der Ausführung etwas nicht stimmt, antworten Sie bitte einfach auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Debitorenbuchhaltung\nAnvil Forge Metalwork Ltd\nar@anvilforge.example"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous reste impayée à ce jour :\n\n"
        "  Facture {inv}   du {issued}   échéance {due}   montant {amt}\n\n"
        "Si le règlement a déjà été effectué, merci de nous indiquer sa date afin que nous puissions le rapprocher. En cas de question sur la facture ou sur les travaux, il vous suffit de répondre à ce courriel.\n\n"
        "Cordialement,\n\n"
        "Service comptabilité clients\nAnvil Forge Metalwork Ltd\nar@anvilforge.example"
    ),
    "es": (
        "Estimado cliente:\n\n"
        "Según nuestros registros, la siguiente factura ha vencido y sigue pendiente de pago:\n\n"
        "  Factura {inv}   de fecha {issued}   vencimiento {due}   importe {amt}\n\n"
        "Si ya ha realizado el pago, le agradeceríamos que nos indicara la fecha para poder conciliarlo. Si hay algún problema con la factura o con el trabajo realizado, responda a este correo y lo revisaremos.\n\n"
        "Atentamente,\n\n"
        "Departamento de Cobros\nAnvil Forge Metalwork Ltd\nar@anvilforge.example"
    ),
    "nl": (
        "Geachte heer/mevrouw,\n\n"
        "Volgens onze administratie is de onderstaande factuur over de vervaldatum heen en nog niet voldaan:\n\n"
        "  Factuur {inv}   d.d. {issued}   vervaldatum {due}   bedrag {amt}\n\n"
        "Heeft u al betaald, dan horen wij graag de betaaldatum, zodat wij de betaling kunnen verwerken. Klopt er iets niet aan de factuur of aan het werk, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nAnvil Forge Metalwork Ltd\nar@anvilforge.example"
    ),
    "it": (
        "Gentile cliente,\n\n"
        "dalla nostra contabilità risulta ancora aperta la seguente fattura, già scaduta:\n\n"
        "  Fattura {inv}   del {issued}   scadenza {due}   importo {amt}\n\n"
        "Se il pagamento è già stato effettuato, La preghiamo di comunicarci la data, così da poterlo registrare. In caso di problemi con la fattura o con la lavorazione, può rispondere direttamente a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nAnvil Forge Metalwork Ltd\nar@anvilforge.example"
    ),
}
DATE_FORMAT = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
# What a Latin-1 client does to characters it cannot send.
LATIN1_FALLBACK = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "..."}


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in the customer's language."""
    whole, cents = f"{Decimal(amount):.2f}".split(".")
    grouped = f"{int(whole):,}"
    symbol = "£" if currency == "GBP" else "€"
    if lang == "en":
        return f"{symbol}{grouped}.{cents}"
    number = grouped.replace(",", " " if lang == "fr" else ".") + "," + cents
    return f"{number} {symbol}" if lang in {"de", "fr", "es"} else f"{symbol} {number}"


def latin1_text(text: str) -> str:
    """The text as a Latin-1 client would send it."""
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def invoice_dates(inv: str, reminder_day: date) -> tuple[date, date]:
    """Issue and due dates of an invoice: 2028 ones on 30 days, 2029 ones on 14 days."""
    _, year, number = inv.split("/")
    n = int(number)
    if year == "28":
        issued = date(2028, 12, 1) + timedelta(days=n % 20)
        return issued, issued + timedelta(days=30)
    due = reminder_day - timedelta(days=7 + n % 8)
    return due - timedelta(days=14), due


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels.

    ``when`` carries the sender's own offset. ``days_before`` is how many working days before
    the message the reminder went out (0: the same morning). ``threaded`` puts In-Reply-To and
    References on the message; notices that answer nothing leave them out.
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    inv: str
    amount: str
    labels: Mapping[str, object] = field(default_factory=dict)
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    days_before: int = 1
    threaded: bool = True
    cc: str = ""
    attach: tuple[str, bytes] | None = None

    @property
    def dt(self) -> datetime:
        """The message's Date, in the sender's zone."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def currency(self) -> str:
        """UK customers are invoiced in pounds, the others in euros."""
        return "GBP" if self.dt.utcoffset() == timedelta(0) else "EUR"

    @property
    def latin1(self) -> bool:
        """Whether the client sends ISO-8859-1 (and so drops the euro sign and dashes)."""
        return self.charset == "iso-8859-1"


def lab(refs: tuple[str, ...] = (), note: str | None = None, **fields: str) -> dict[str, object]:
    """Label fields beyond intent and language; ``refs`` are the invoices in the new text."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise SystemExit(f"unknown label fields {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")

# --------------------------------------------------------------------------------------------
# Dates, identifiers and text helpers
# --------------------------------------------------------------------------------------------


def date_words(lang: str, dt: datetime) -> dict[str, str]:
    """Every piece of a date and time a client template may ask for."""
    return {
        "wd": WEEKDAYS[lang].split()[dt.weekday()],
        "wda": WEEKDAYS_ABBR[lang].split()[dt.weekday()],
        "mon": MONTHS[lang].split()[dt.month - 1],
        "mona": MONTHS_ABBR[lang].split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "mm": f"{dt.minute:02d}",
    }


def fill(template: str, lang: str, dt: datetime, **extra: str) -> str:
    """Fill a client template with a date and any extra fields."""
    return template.format(**date_words(lang, dt), **extra)


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, n: int) -> str:
    """A stable upper-case base32 token."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_sent(reply: datetime, days_before: int, key: str) -> datetime:
    """When the reminder left Sheffield: a working day at a few minutes past nine, UK time."""
    day = reply.astimezone(UK).date()
    for _ in range(days_before):
        day -= timedelta(days=1)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
    minute = 1 + digest(key, "minute")[0] % 4
    return datetime(
        day.year,
        day.month,
        day.day,
        9,
        minute,
        digest(key, "second")[0] % 60,
        tzinfo=UK,
    )


def reminder_msgid(key: str) -> str:
    """Message-ID of the reminder a message answers."""
    return f"<ar.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str, uk: bool) -> str:
    """Message-ID shaped like the one the sender's client would make (``uk``: a UK Exchange tenant)."""
    raw = digest(key, "msgid")
    domain = addr.split("@")[1]
    if style in {"gmail", "gmail_plain"}:
        return f"<CAK{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:41]}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        n = int.from_bytes(raw[:2], "big") % 9000 + 1000
        host = (
            f"LO{raw[2] % 9 + 1}P265MB{n}.GBRP265"
            if uk
            else f"AM{raw[2] % 9}PR0{raw[3] % 9 + 1}MB{n}.EURPRD0{raw[3] % 9 + 1}"
        )
        return f"<{token(key, 'exchange', 22)}@{host}.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:20]}.{raw.hex()[20:28]}@{domain}>"


def quoted(text: str) -> str:
    """Quote text with '> ', leaving empty lines as a bare '>'."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Escape text for HTML and keep its line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """One <div> per paragraph, the way webmail writes."""
    return "\n".join(f"<div>{html_text(p)}</div><div><br></div>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """One MsoNormal paragraph per line, the way Outlook's Word editor writes."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        out.append(f'<p class="MsoNormal"><span style="font-size:11.0pt">{inner}</span></p>')
    return "\n".join(out)


def wrap_flowed(line: str, prefix: str, width: int = 72) -> list[str]:
    """One logical line as RFC 3676 format=flowed lines (soft breaks end in a space)."""
    if line != "-- ":
        line = line.rstrip(" ")
    if not prefix and line.startswith((" ", ">", "From ")):
        line = " " + line  # space-stuffing
    if not line:
        return [prefix.rstrip()]
    tokens = re.findall(r" *[^ ]+", line)
    out: list[str] = []
    chunk = tokens[0]
    for tok in tokens[1:]:
        if len(prefix) + len(chunk) + len(tok) > width:
            out.append(prefix + chunk + " ")
            chunk = tok[1:]
        else:
            chunk += tok
    out.append(prefix + chunk)
    return out


def flowed(text: str, prefix: str = "") -> str:
    """A block of text as format=flowed lines."""
    return "\n".join(x for line in text.split("\n") for x in wrap_flowed(line, prefix))


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def make_charset(name: str, cte: str) -> cs.Charset:
    """A Charset object with the transfer encoding the client would pick."""
    charset = cs.Charset(name)
    if cte == "qp":
        charset.body_encoding = cs.QP
    elif cte == "b64":
        charset.body_encoding = cs.BASE64
    elif cte in {"8bit", "7bit"}:
        charset.body_encoding = None  # type: ignore[assignment]
    else:
        raise SystemExit(f"unknown transfer encoding {cte}")
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part; raises if the hand-written text does not fit the declared charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, make_charset(charset, cte))
    return part


def alternative(plain: str, markup: str, charset: str, cte: str) -> Message:
    """multipart/alternative with a plain and an HTML rendering."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", charset, cte))
    outer.attach(text_part(markup, "html", charset, cte))
    return outer


def header_value(value: str, charset: str, name: str = "Subject") -> str:
    """A header as the client encodes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str = "utf-8") -> str:
    """A From/To mailbox with an encoded display name where needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_value(name, charset, 'From')} <{addr}>"


def move_content_headers_last(msg: Message) -> None:
    """Put MIME headers under the envelope headers, where clients write them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> list[Message]:
    """The direct children of a multipart or message/* part."""
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    return [p for p in cast(list[object], payload) if isinstance(p, Message)]


def strip_inner_versions(part: Message, top: bool = True) -> None:
    """Only a message's top level carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        strip_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


BOUNDARY_SHAPE = {
    "gmail": ("000000000000", 22),
    "apple": ("Apple-Mail=_", 32),
    "android": ("_000_", 26),
    "outlook_html": ("_000_", 26),
    "report": ("", 24),
}


def set_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries, shaped like the client's own."""
    prefix, n = BOUNDARY_SHAPE.get(style, ("----=_Part_", 24))
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for i, part in enumerate(multiparts):
        raw = digest(key, f"boundary{i}")
        if style == "gmail":
            tail = raw.hex()[:n]
        elif style == "apple":
            h = raw.hex().upper()
            tail = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        elif style == "report":
            tail = (
                f"{raw.hex()[:8]}.{int.from_bytes(raw[4:8], 'big')}/{token(key, 'mta', 10).lower()}"
            )
        else:
            tail = token(key, f"boundary{i}", n) + ("_" if prefix == "_000_" else "")
        part.set_boundary(prefix + tail)


def finalize(msg: Message, key: str, style: str) -> Message:
    """Header order, MIME-Version only on top, and fixed boundaries."""
    move_content_headers_last(msg)
    strip_inner_versions(msg)
    set_boundaries(msg, key, style)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder a message answers, as the replying client shows it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder seen from the replying client: text, subject, local send time, recipient."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amount: str, currency: str, sent: datetime) -> str:
    """The reminder's text for one invoice."""
    issued, due = invoice_dates(inv, sent.date())
    fmt = DATE_FORMAT[lang]
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=issued.strftime(fmt),
        due=due.strftime(fmt),
        amt=money(amount, currency, lang),
    )


def make_quote(r: Reply) -> Quote:
    """What the client quotes, in the sender's language and time zone."""
    sent = reminder_sent(r.dt, r.days_before, r.key)
    if sent >= r.dt:
        raise SystemExit(f"{r.key}: the message predates its reminder")
    text = reminder_body(r.lang, r.inv, r.amount, r.currency, sent)
    subject = reminder_subject(r.lang, r.inv)
    if r.latin1:
        text, subject = latin1_text(text), latin1_text(subject)
    name, addr = r.who
    to = f"{name} <{addr}>" if name else addr
    return Quote(text, subject, sent.astimezone(r.dt.tzinfo), r.lang, to)


def outlook_lines(q: Quote) -> list[tuple[str, str]]:
    """Outlook's From/Sent/To/Subject block as (label, value) pairs."""
    w = OUTLOOK[q.lang]
    return [
        (w.sender, f"{AR_NAME} <{AR_ADDR}>"),
        (w.sent, fill(OUTLOOK_SENT[q.lang], q.lang, q.sent)),
        (w.to, q.to),
        (w.subject, q.subject),
    ]


def outlook_block(q: Quote) -> str:
    """The header block as plain text."""
    colon = OUTLOOK[q.lang].colon
    return "\n".join(f"{label}{colon}{value}" for label, value in outlook_lines(q))


def word_document(r: Reply, q: Quote) -> str:
    """Outlook's HTML body: Word markup, a divider div, then the quoted reminder."""
    colon = OUTLOOK[q.lang].colon.rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(colon)}</b> {html.escape(value)}"
        for label, value in outlook_lines(q)
    )
    lang_attr = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle20 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{head}</span></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def gmail_attribution(q: Quote) -> str:
    """Gmail's 'On … wrote:' line in the sender's language."""
    return fill(GMAIL_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's (and iOS Mail's) attribution line."""
    return fill(APPLE_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised -----Original Message----- block."""
    text = f"{r.body}\n\n{OUTLOOK[q.lang].original}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop, HTML with a plain alternative."""
    text = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(text, word_document(r, q), r.charset, r.cte)


def style_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as text/html alone."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: both parts in base64."""
    sig = ANDROID_SIGNATURE[q.lang]
    text = f"{r.body}\n\n{sig}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    colon = OUTLOOK[q.lang].colon.rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(colon)}</b> {html.escape(value)}"
        for label, value in outlook_lines(q)
    )
    markup = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n</head>\n<body>\n'
        f'<div dir="auto">{html_text(r.body)}</div>\n<div dir="auto"><br></div>\n'
        f'<div class="ms-outlook-mobile-signature"><div dir="auto">{html.escape(sig)}</div></div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{head}</font>\n'
        "<div>&nbsp;</div>\n</div>\n"
        f"{html_paragraphs(q.text)}\n</body>\n</html>\n"
    )
    return alternative(text, markup, r.charset, "b64")


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail: multipart/alternative with a gmail_quote block."""
    attribution = gmail_attribution(q)
    text = f"{r.body}\n\n{attribution}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(text, markup, r.charset, r.cte)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution."""
    text = f"{r.body}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac: multipart/alternative with a cite blockquote."""
    attribution = apple_attribution(q)
    text = f"{r.body}\n\n{attribution}\n\n{quoted(q.text)}\n"
    markup = (
        f'<html><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_paragraphs(r.body)}<div><br><blockquote type="cite"><div>{html.escape(attribution)}</div><br>'
        f"{html_paragraphs(q.text)}</blockquote></div></body></html>\n"
    )
    return alternative(text, markup, r.charset, r.cte)


def style_iphone(r: Reply, q: Quote) -> Message:
    """iOS Mail: text, the localised signature, then the quoted attribution and reminder."""
    text = f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted(apple_attribution(q) + chr(10) + chr(10) + q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text, sent 8bit."""
    attribution = fill(THUNDERBIRD_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME)
    text = f"{flowed(r.body)}\n\n{flowed(attribution)}\n{flowed(q.text, '> ')}\n"
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice: plain text, nothing quoted."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_notice_alt(r: Reply, q: Quote) -> Message:
    """An Exchange automatic reply: plain and HTML, nothing quoted."""
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f'<body><div style="font-family:Aptos,sans-serif; font-size:12pt">{html_paragraphs(r.body)}</div></body></html>\n'
    )
    return alternative(r.body + "\n", markup, r.charset, r.cte)


def style_notice_html(r: Reply, q: Quote) -> Message:
    """A machine-made HTML document (the body is the markup itself)."""
    del q
    return text_part(r.body, "html", r.charset, r.cte)


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
    "notice": style_notice,
    "notice_alt": style_notice_alt,
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android", "notice_alt"})
NOTICES = frozenset({"notice", "notice_alt", "notice_html"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23C71)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject the client writes (or the one the spec gives)."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.style in NOTICES:
        raise SystemExit(f"{r.key}: a notice needs its own subject")
    prefix = OUTLOOK[q.lang].reply_prefix if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body in multipart/mixed with a PDF when the sender attached one."""
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
    """The whole message for one hand-written spec."""
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = mailbox(*r.who, charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_value(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, r.style, r.who[1], r.currency == "GBP")
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    if r.style in OUTLOOK_FAMILY:
        msg["Thread-Topic"] = header_value(q.subject, r.charset, "Thread-Topic")
        msg["Thread-Index"] = base64.b64encode(digest(r.key, "thread")[:22]).decode()
        msg["Content-Language"] = CONTENT_LANGUAGE[r.lang]
    for name, value in (*CLIENT_HEADERS.get(r.style, ()), *r.headers):
        msg[name] = value
    return finalize(msg, r.key, r.style)


FAKE_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

REMITTANCE_KESTREL = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p><b>Kestrel Construction Group plc</b><br>Remittance Advice</p>
<p>Supplier: Anvil Forge Metalwork Ltd (supplier no. 300417)<br>
Payment date: 07/02/2029<br>
Payment method: BACS<br>
Payment reference: 4400918273</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><th align="left">Your reference</th><th align="left">Document date</th><th align="right">Amount</th></tr>
<tr><td>AF/28/911</td><td>14/12/2028</td><td align="right">£4,212.00</td></tr>
<tr><td>AF/29/022</td><td>11/01/2029</td><td align="right">£9,870.50</td></tr>
<tr><td>Less retention 5% on AF/29/022</td><td></td><td align="right">-£493.53</td></tr>
<tr><td><b>Total paid</b></td><td></td><td align="right"><b>£13,588.97</b></td></tr>
</table>
<p>This is an automated message from our accounts payable system. Please do not reply to this address. For queries, email ap.queries@kestrelconstruction.example quoting your supplier number.</p>
</body></html>
"""

PAYMENT_SENT = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        who=("Gaz Whitlock", "gaz.whitlock.builds@gmail.com"),
        when="2029-02-14 18:52 +0000",
        style="iphone",
        body="Paid.",
        inv="AF/29/018",
        amount="1860.00",
        labels=lab(note="one word; no date given"),
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        who=(
            "Kestrel Construction Group plc",
            "ap.remittances@kestrelconstruction.example",
        ),
        when="2029-02-07 06:12 +0000",
        style="notice_html",
        body=REMITTANCE_KESTREL,
        inv="AF/29/022",
        amount="9870.50",
        subject="Remittance Advice – Payment 4400918273",
        threaded=False,
        labels=lab(
            ("AF/28/911", "AF/29/022"),
            paid_date="2029-02-07",
            payment_reference="4400918273",
            amount="13588.97",
            currency="GBP",
            note="AP-system remittance advice, HTML only; contractual retention held back is not a dispute; the amount is the total paid; the queries address does not make it wrong_contact",
        ),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        who=("Hilary Pownall", "hilary.pownall@gmail.com"),
        when="2029-02-12 21:17 +0000",
        style="gmail",
        body="Hello there,\n\nSorry, I've only just seen this, I've had the grandchildren all half term and the computer has been commandeered for Minecraft! I must say again how pleased we are with the gates. Everyone who walks past stops to look at them and the lady at number 14 has asked for your details, so you may be hearing from her. Barney has finally stopped barking at them too.\n\nAnyway, I did the transfer on Saturday morning once I'd found the right login for the savings account, so it should have reached you by now – do let me know if it hasn't, as my husband says transfers over a certain amount sometimes get held for checks.\n\nOne other thing while I'm writing: there's a little chip in the paint on the left-hand gate near the latch where the builder's van caught it (not your fault at all!). Is there a touch-up pot we could buy from you?\n\nBest wishes,\nHilary Pownall",
        inv="AF/29/026",
        amount="3450.00",
        labels=lab(
            paid_date="2029-02-10",
            note="the payment is buried in the second paragraph; 'Saturday' is the one before Mon 12 Feb; the touch-up question is secondary",
        ),
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        who=("Svenja Brandt", "s.brandt@brandt-oehler.example"),
        when="2029-02-08 10:41 +0100",
        style="outlook",
        body="Guten Tag,\n\ndie Überweisung über 3.412,50 € für die Rechnung AF/29/031 ist am 06.02. bei uns rausgegangen und sollte in den nächsten Tagen bei Ihnen eingehen.\n\nBei der Gelegenheit: Können Sie uns die Rechnung bitte noch einmal als PDF schicken? Das Original ist bei uns offenbar in der falschen Projektmappe gelandet und unser Steuerbüro braucht es für die Ablage.\n\nMit freundlichen Grüßen\nSvenja Brandt\n\nBrandt Oehler Architekten PartG mbB\nLotsenweg 8 · 20457 Hamburg",
        inv="AF/29/031",
        amount="3412.50",
        labels=lab(
            ("AF/29/031",),
            paid_date="2029-02-06",
            amount="3412.50",
            currency="EUR",
            note="paid, and asks for a copy for the file: the payment claim wins, the copy is not needed to pay",
        ),
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        who=("Julien Marchetti", "j.marchetti@marchetti-renovation.example"),
        when="2029-02-21 07:48 +0100",
        style="android",
        body="C'est réglé depuis hier, virement fait au nom de Marchetti Rénovation.\n\nJulien",
        inv="AF/29/048",
        amount="2880.00",
        labels=lab(paid_date="2029-02-20", note="'depuis hier' on Wed 21 Feb"),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        who=("Isabelle Vautrin", "isabelle.vautrin@fonciere-lavandou.example"),
        when="2029-02-13 16:05 +0100",
        style="outlook_html",
        body="Madame, Monsieur,\n\nNous faisons suite à votre courriel du 12 février.\n\nNous vous confirmons que le virement de 6 480,00 € relatif à la facture AF/29/044 (garde-corps – résidence Les Arbousiers) a été émis le 9 février 2029, sous la référence VIR-FL-290209-07.\n\nNous vous remercions de bien vouloir vérifier sa bonne réception et restons à votre disposition.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nIsabelle Vautrin\nGestionnaire administrative\nFoncière du Lavandou",
        inv="AF/29/044",
        amount="6480.00",
        charset="windows-1252",
        labels=lab(
            ("AF/29/044",),
            paid_date="2029-02-09",
            payment_reference="VIR-FL-290209-07",
            amount="6480.00",
            currency="EUR",
            note="very formal register; the payment and the reminder crossed",
        ),
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        who=("Nerea Urquiza", "nerea@construccionesalbeniz.example"),
        when="2029-02-13 12:30 +0100",
        style="gmail",
        body="Buenas,\n\n¿Seguro que está pendiente? Lo pagamos el viernes pasado por transferencia, 2.150,00 €. Os adjunto el justificante para que lo reviséis.\n\nUn saludo,\nNerea Urquiza\nConstrucciones Albéniz",
        inv="AF/29/039",
        amount="2150.00",
        attach=("justificante_transferencia.pdf", FAKE_PDF),
        labels=lab(
            paid_date="2029-02-09",
            amount="2150.00",
            currency="EUR",
            note="opens with a question but claims the payment, with proof attached; 'el viernes pasado' is Fri 9 Feb",
        ),
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        who=("Paco Ruiz", "fjruiz.casa@gmail.com"),
        when="2029-02-24 11:02 +0100",
        style="iphone",
        body="YA ESTA PAGADO ESTA MAÑANA MIRAD EL BANCO",
        inv="AF/29/057",
        amount="1780.00",
        labels=lab(
            paid_date="2029-02-24",
            note="all caps, missing accents, no punctuation; 'esta mañana' is the message date",
        ),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        who=("Bas Verhoeven", "b.verhoeven@verhoeven-interieur.example"),
        when="2029-02-20 00:35 +0100",
        style="thunderbird",
        cte="8bit",
        body="net betaald, sorry voor de vertraging\nkenmerk AF29/052\n\nBas",
        inv="AF/29/052",
        amount="1995.00",
        labels=lab(
            ("AF/29/052",),
            paid_date="2029-02-20",
            note="sent 35 minutes after midnight local time (still 19 Feb in UTC): 'net' is the 20th in the sender's zone; 'AF29/052' normalised",
        ),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        who=("Bouwbedrijf Van der Steeg", "betaaladvies@vandersteeg-bouw.example"),
        when="2029-02-22 05:40 +0100",
        style="notice",
        charset="iso-8859-1",
        body="BETAALADVIES\n\nGeachte relatie,\n\nHierbij ontvangt u de specificatie van de betaling die wij vandaag aan u hebben overgemaakt.\n\nCrediteurnummer:   704512\nBetaaldatum:       22-02-2029\nBetalingskenmerk:  2029-0222-118\n\nFactuurnummer   Factuurdatum   Bedrag\nAF/29/061       16-01-2029     EUR 12.400,00\nAF/29/067       19-01-2029     EUR  3.115,75\n                               -------------\nTotaal                         EUR 15.515,75\n\nDit bericht is automatisch aangemaakt. Vragen over deze betaling kunt u richten aan crediteuren@vandersteeg-bouw.example onder vermelding van uw crediteurnummer.\n\nBouwbedrijf Van der Steeg B.V.\nCrediteurenadministratie",
        inv="AF/29/061",
        amount="12400.00",
        subject="Betaaladvies 2029-0222-118 Bouwbedrijf Van der Steeg",
        threaded=False,
        labels=lab(
            ("AF/29/061", "AF/29/067"),
            paid_date="2029-02-22",
            payment_reference="2029-0222-118",
            amount="15515.75",
            currency="EUR",
            note="payment advice from the customer's AP system; nothing quoted",
        ),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        who=("Chiara Bellotti", "amministrazione@bellotti-costruzioni.example"),
        when="2029-02-15 09:12 +0100",
        style="apple",
        body="Buongiorno,\n\nil bonifico di 4.980,00 € è partito ieri l'altro, TRN 0306909581234567890123456780IT. Dovreste vederlo a breve sul conto.\n\nCordiali saluti\nChiara Bellotti\nBellotti Costruzioni srl",
        inv="AF/29/046",
        amount="4980.00",
        labels=lab(
            paid_date="2029-02-13",
            payment_reference="0306909581234567890123456780IT",
            amount="4980.00",
            currency="EUR",
            note="'ieri l'altro' is two days before Thu 15 Feb",
        ),
    ),
    Reply(
        key="ps-it-2",
        intent="payment_sent",
        lang="it",
        who=("Marta Lunardi", "m.lunardi@studioferrilunardi.example"),
        when="2029-02-05 11:20 +0100",
        style="outlook",
        charset="iso-8859-1",
        body="Spett.le Anvil Forge Metalwork,\n\nin riscontro al Vostro sollecito, Vi comunichiamo che la fattura in oggetto risulta saldata con bonifico del 31/01/2029.\n\nPresumibilmente il pagamento e il Vostro sollecito si sono incrociati. Qualora l'importo non risultasse ancora accreditato, restiamo a disposizione per inviarVi la contabile bancaria.\n\nDistinti saluti\n\nMarta Lunardi\nAmministrazione\nStudio Tecnico Associato Ferri & Lunardi",
        inv="AF/29/012",
        amount="2760.00",
        labels=lab(
            paid_date="2029-01-31",
            note="'la fattura in oggetto' names no number, so no invoice_refs; 31/01 is day/month",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="ptp-en-1",
        intent="promise_to_pay",
        lang="en",
        who=("Dave Turnbull", "dave@turnbull-landscapes.example"),
        when="2029-02-19 07:55 +0000",
        style="gmail_plain",
        subject="Out of office till Weds - Re: {rsub}",
        body="Morning,\n\nOff with the kids till Wednesday but saw this on my phone. Sorry, it slipped through. I'll pay it when I'm back at the desk on Wednesday 21st, first thing.\n\nCheers\nDave\n\nTurnbull Landscapes\n07700 900452",
        inv="AF/29/041",
        amount="2290.00",
        labels=lab(
            promised_date="2029-02-21",
            note="a person writing, despite 'Out of office' in the subject",
        ),
    ),
    Reply(
        key="ptp-en-2",
        intent="promise_to_pay",
        lang="en",
        who=("Priya Chauhan", "accounts.payable@haldenrowe.example"),
        when="2029-02-20 14:07 +0000",
        style="outlook_html",
        headers=(SUPPRESS,),
        body="Hi,\n\nThanks for the reminder. This invoice has now been approved by the project manager and has been scheduled for our payment run on Friday 23rd February. You should see the funds within 2 working days of that date.\n\nKind regards,\n\nPriya Chauhan\nAccounts Payable | Halden & Rowe Construction Ltd\nT: 0113 496 0871",
        inv="AF/29/035",
        amount="7240.00",
        labels=lab(
            promised_date="2029-02-23",
            note="past tense 'approved … scheduled' announces a future payment",
        ),
    ),
    Reply(
        key="ptp-en-3",
        intent="promise_to_pay",
        lang="en",
        who=("Mick Sorensen", "mick@sorensenbuild.example"),
        when="2029-02-09 17:31 +0000",
        style="iphone",
        body="will do it next thurs when the stage paymnet from the client clears mate",
        inv="AF/28/874",
        amount="2115.00",
        labels=lab(
            promised_date="2029-02-15",
            note="mobile brevity and a typo; said on a Friday, 'next thurs' is Thu 15 Feb; conditional on his own client but dated",
        ),
    ),
    Reply(
        key="ptp-de-1",
        intent="promise_to_pay",
        lang="de",
        who=("Andrea Keller", "a.keller@hv-keller.example"),
        when="2029-02-12 13:18 +0100",
        style="outlook_html",
        body="Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung ist sachlich und rechnerisch geprüft und für unseren Zahlungslauf in KW 9 vorgesehen. Wir bitten noch um etwas Geduld.\n\nMit freundlichen Grüßen\ni. A. Andrea Keller\nBuchhaltung\n\nHausverwaltung Keller & Söhne GmbH\nTel. 0221 98 76 54-12",
        inv="AF/29/034",
        amount="5620.00",
        labels=lab(
            promised_date="2029-02-26",
            note="'KW 9' of 2029 begins Monday 26 February; a week is resolved to its Monday",
        ),
    ),
    Reply(
        key="ptp-de-2",
        intent="promise_to_pay",
        lang="de",
        who=("Kai Lorenz", "kai.lorenz84@gmail.com"),
        when="2029-02-22 22:14 +0100",
        style="iphone",
        body="hallo sry hab ich total verschwitzt mach ich morgen früh gleich fertig gruß kai",
        inv="AF/29/059",
        amount="1240.00",
        labels=lab(
            promised_date="2029-02-23",
            note="no punctuation, lower case; 'morgen' after Thu 22 Feb",
        ),
    ),
    Reply(
        key="ptp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        who=("Laurent Gaillac", "laurent.gaillac@gaillac-habitat.example"),
        when="2029-02-14 18:40 +0100",
        style="gmail",
        body="Bonsoir,\n\nPas d'inquiétude, c'est prévu. Comme je l'avais dit à votre poseur, on règle en fin de mois, une fois qu'on aura encaissé la situation de travaux du chantier de Pertuis.\n\nBonne soirée,\nLaurent Gaillac\nGaillac Habitat",
        inv="AF/29/042",
        amount="3960.00",
        labels=lab(
            promised_date="2029-02-28",
            note="'en fin de mois' is the last day of February; conditional on their own client's payment",
        ),
    ),
    Reply(
        key="ptp-es-1",
        intent="promise_to_pay",
        lang="es",
        who=("Alberto Sanchís", "administracion@sanchisobras.example"),
        when="2029-02-07 10:15 +0100",
        style="outlook",
        body="Buenos días:\n\nTenemos pendiente de cobro la certificación de la obra de Jávea, que nos la pagan a finales de mes. En cuanto entre, os hacemos la transferencia de vuestra factura.\n\nDisculpad el retraso.\n\nUn saludo,\n\nAlberto Sanchís\nSanchís Obras y Reformas, S.L.",
        inv="AF/29/027",
        amount="3300.00",
        labels=lab(
            promised_date="2029-02-28",
            note="conditional on their client's payment, dated by 'a finales de mes'",
        ),
    ),
    Reply(
        key="ptp-es-2",
        intent="promise_to_pay",
        lang="es",
        who=("María José Lorente", "mjlorente.casa@gmail.com"),
        when="2029-02-19 09:50 +0100",
        style="gmail_plain",
        body="Hola, perdona, se me pasó por completo. Te lo pago el 26 sin falta, que es cuando cobro.\n\nMª José",
        inv="AF/29/055",
        amount="1450.00",
        labels=lab(promised_date="2029-02-26", note="'el 26' after Mon 19 Feb"),
    ),
    Reply(
        key="ptp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        who=("Tim Kuipers", "tim@kuipersbouw.example"),
        when="2029-02-05 16:22 +0100",
        style="gmail",
        body="Hoi,\n\nKlopt, die staat nog open. We betalen hem over twee weken, dan hebben wij de termijn van de opdrachtgever binnen.\n\nGroet,\nTim Kuipers\nKuipers Bouw",
        inv="AF/28/902",
        amount="4300.00",
        labels=lab(promised_date="2029-02-19", note="'over twee weken' from Mon 5 Feb"),
    ),
    Reply(
        key="ptp-nl-2",
        intent="promise_to_pay",
        lang="nl",
        who=("Ruud Bakker", "r.bakker@gemeente-waterdonk.example"),
        when="2029-02-27 11:05 +0100",
        style="outlook_html",
        body="Geachte heer/mevrouw,\n\nUw factuur AF/29/064 is inmiddels door de budgethouder akkoord bevonden en is meegenomen in de betaalrun van donderdag 1 maart. De vertraging werd veroorzaakt doordat het inkoopordernummer ontbrak; dat is intern hersteld.\n\nMet vriendelijke groet,\n\nRuud Bakker\nTeam Crediteuren\nGemeente Waterdonk",
        inv="AF/29/064",
        amount="8915.00",
        labels=lab(
            ("AF/29/064",),
            promised_date="2029-03-01",
            note="public body; 'is meegenomen in de betaalrun' is past tense for a payment still to come",
        ),
    ),
    Reply(
        key="ptp-it-1",
        intent="promise_to_pay",
        lang="it",
        who=("Giorgio Santini", "g.santini@santini-impianti.example"),
        when="2029-02-16 12:48 +0100",
        style="android",
        body="Buongiorno, provvediamo al saldo entro fine mese. Grazie per la pazienza.\nGiorgio Santini",
        inv="AF/29/050",
        amount="2350.00",
        labels=lab(
            promised_date="2029-02-28",
            note="'entro fine mese' is the last day of February",
        ),
    ),
    Reply(
        key="ptp-it-2",
        intent="promise_to_pay",
        lang="it",
        who=("Elena Marchi", "contabilita@marchi-arredamenti.example"),
        when="2029-03-01 15:30 +0100",
        style="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        body="Buongiorno,\n\nla fattura è stata inserita nella distinta di pagamento con data valuta 05/03, quindi il bonifico partirà lunedì prossimo.\n\nCordiali saluti,\nElena Marchi\nUfficio contabilità - Marchi Arredamenti",
        inv="AF/29/071",
        amount="3870.00",
        labels=lab(
            promised_date="2029-03-05",
            note="'05/03' is 5 March in Italian day/month order; 'è stata inserita' is past tense for a future payment",
        ),
    ),
]

DISPUTE = [
    Reply(
        key="disp-en-1",
        intent="dispute",
        lang="en",
        who=("Carla Benn", "office@bennlowe.example"),
        when="2029-02-06 12:12 +0000",
        style="outlook",
        body="Hi,\n\nWe've paid £3,200.00 of this today, which is the figure on your quote Q-2311 for the steel frame and balustrade at Hollins Lane.\n\nThe other £640 is for an “additional site visit” that nobody here asked for or agreed to. Your fitter came back to redo his own fixings because the first lot were the wrong size. We're not paying for that.\n\nSend us a credit note for the £640 and we'll call it closed.\n\nCarla Benn\nBenn & Lowe Builders Ltd",
        inv="AF/29/021",
        amount="3840.00",
        labels=lab(
            note="paid part and disputes the rest: dispute wins over the payment claim; Q-2311 is a quote, not an invoice"
        ),
    ),
    Reply(
        key="disp-en-2",
        intent="dispute",
        lang="en",
        who=("Rob Fairclough", "rob.fairclough@gmail.com"),
        when="2029-02-15 20:03 +0000",
        style="gmail",
        body="We have NOT paid this because the handrail on the top landing is still 40mm short of the newel and the end cap keeps falling off. I've emailed Lee three times since January with photos and heard nothing back.\n\nSort the handrail and you'll have your money the same day. Until then I'm not paying a penny.\n\nRob Fairclough",
        inv="AF/29/033",
        amount="2680.00",
        labels=lab(note="negated payment with the reason; payment conditional on the repair"),
    ),
    Reply(
        key="disp-en-3",
        intent="dispute",
        lang="en",
        who=("Hannah Ostler", "h.ostler@ostlervance.example"),
        when="2029-02-28 09:44 +0000",
        style="outlook_html",
        headers=(SUPPRESS,),
        body="Dear Sir or Madam,\n\nI refer to your reminder regarding invoice AF/29/069 for the Wharf Street residential scheme.\n\nSection L30 of the specification required all external balustrading to be hot-dip galvanised and then polyester powder coated. The balustrades installed on levels 2 to 5 have been powder coated directly onto bare steel, as confirmed by the coating survey carried out on 20 February, and corrosion is already visible at two post bases.\n\nUntil the non-compliant balustrades are replaced, or a remedial proposal has been agreed in writing, we consider the sum invoiced not to be due and we are withholding payment.\n\nI would be grateful if your contracts manager would contact me to arrange a meeting on site.\n\nYours faithfully,\n\nHannah Ostler\nDevelopment Director\nOstler Vance Homes Ltd",
        inv="AF/29/069",
        amount="11650.00",
        labels=lab(
            ("AF/29/069",),
            note="formal specification dispute; the meeting request is secondary",
        ),
    ),
    Reply(
        key="disp-de-1",
        intent="dispute",
        lang="de",
        who=("Thomas Reuter", "t.reuter@lindqvist-bau.example"),
        when="2029-02-09 14:26 +0100",
        style="thunderbird",
        cte="8bit",
        body="Sehr geehrte Damen und Herren,\n\ndie Stahltreppe für das Objekt Am Mühlengraben 3 wurde entgegen Ihrer Auftragsbestätigung nicht am 08.01., sondern erst am 29.01. montiert. Wir mussten deshalb den Estrichleger zweimal umbestellen; die Mehrkosten von 1.870,00 € netto sind belegt.\n\nZusätzlich fehlen an beiden Podesten noch die Sockelleisten aus Flachstahl (Pos. 7 Ihres Angebots).\n\nWir werden die Rechnung erst nach vollständiger Fertigstellung und abzüglich der Mehrkosten begleichen. Eine Aufstellung geht Ihnen gesondert zu.\n\nMit freundlichen Grüßen\n\nThomas Reuter\nGebr. Lindqvist Bau GmbH",
        inv="AF/29/030",
        amount="18450.00",
        labels=lab(
            note="late installation, missing items and a deduction; future payment only after completion"
        ),
    ),
    Reply(
        key="disp-de-2",
        intent="dispute",
        lang="de",
        who=("Petra Ruhland", "buero@ib-ruhland.example"),
        when="2029-02-26 10:58 +0100",
        style="apple",
        body="Hallo,\n\ndie AF/29/037 ist doch identisch mit der AF/29/029 vom Januar – gleiche Leistung (Geländer Kellerabgang), gleicher Betrag. Die haben wir am 19.01. bezahlt. Bitte stornieren Sie die doppelte Rechnung.\n\nViele Grüße\nPetra Ruhland\nIngenieurbüro Ruhland",
        inv="AF/29/037",
        amount="2975.00",
        labels=lab(
            ("AF/29/037", "AF/29/029"),
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
    ),
    Reply(
        key="disp-fr-1",
        intent="dispute",
        lang="fr",
        who=("Philippe Garnier", "p.garnier@garnier-promotion.example"),
        when="2029-02-08 17:02 +0100",
        style="outlook",
        charset="iso-8859-1",
        cte="8bit",
        body="Bonjour,\n\nNous avons bien reçu votre relance. Le portail coulissant livré le 18 janvier présente de nombreuses rayures sur le thermolaquage côté rue, ainsi qu'un défaut d'alignement du rail qui empêche la fermeture complète. Nous vous avons adressé des photos le 22 janvier, restées sans réponse.\n\nNous ne procéderons pas au règlement tant que ces réserves ne seront pas levées.\n\nCordialement,\n\nPhilippe Garnier\nGarnier Promotion",
        inv="AF/29/025",
        amount="7350.00",
        labels=lab(
            note="damaged finish and a faulty rail; 'nous ne procéderons pas au règlement' is a refusal, not a promise"
        ),
    ),
    Reply(
        key="disp-fr-2",
        intent="dispute",
        lang="fr",
        who=("Camille Roche", "camille.roche.atelier@gmail.com"),
        when="2029-02-17 10:20 +0100",
        style="gmail",
        body="Bonjour,\n\nIl doit y avoir une erreur : le devis signé en novembre était de 4 200 € TTC pose comprise pour la verrière d'atelier. Votre facture est à 4 780 €. Personne ne m'a parlé d'un supplément.\n\nJe règle volontiers les 4 200 € dès réception d'une facture rectifiée.\n\nCamille Roche",
        inv="AF/29/047",
        amount="4780.00",
        labels=lab(
            note="price disagreement against the signed quote; the conditional payment and the corrected-invoice request are secondary"
        ),
    ),
    Reply(
        key="disp-es-1",
        intent="dispute",
        lang="es",
        who=("Lucía Ferrer", "lferrer@promocionesturia.example"),
        when="2029-02-21 13:35 +0100",
        style="outlook_html",
        body="Buenas tardes:\n\nNo hemos abonado la factura porque el trabajo no está terminado. Falta la barandilla de la terraza del ático (partida 4 del presupuesto) y la escalera exterior tiene dos peldaños que no están nivelados, como ya les indicamos por correo el día 2.\n\nCuando esté todo rematado y revisado por nuestra dirección facultativa, procederemos al pago.\n\nSaludos cordiales,\n\nLucía Ferrer\nJefa de Administración\nPromociones Turia, S.L.",
        inv="AF/29/053",
        amount="9240.00",
        labels=lab(
            note="negated payment: unfinished and defective work; the future payment has no date and depends on the fix"
        ),
    ),
    Reply(
        key="disp-nl-1",
        intent="dispute",
        lang="nl",
        who=("Erik Jansen", "erik@jansen-tuinen.example"),
        when="2029-02-13 08:47 +0100",
        style="outlook",
        body="Goedemorgen,\n\nHet hekwerk dat vorige week is geleverd voor het project in Zeist is 12 cm te kort. Volgens de tekening die wij hebben aangeleverd (rev. C) moest het 14,40 m zijn, er staat nu 14,28 m. De laatste paal staat daardoor los van de muur.\n\nVoordat dit is opgelost gaan wij deze factuur niet betalen. Graag een afspraak om het te komen herstellen.\n\nMet vriendelijke groet,\nErik Jansen\nJansen Tuinen & Bestrating",
        inv="AF/29/040",
        amount="2640.00",
        labels=lab(note="wrong dimensions; payment withheld until repaired"),
    ),
    Reply(
        key="disp-nl-2",
        intent="dispute",
        lang="nl",
        who=("Anouk Smit", "administratie@smit-vastgoed.example"),
        when="2029-02-26 15:12 +0100",
        style="gmail_plain",
        body="Hallo,\n\nAF/29/058 hebben we vorige week betaald, dat klopt. Maar AF/29/063 klopt niet: daar staat meerwerk op voor het verlengen van de trapboom en dat is nooit bij ons aangevraagd of goedgekeurd. Die betalen we dus niet zolang er geen ondertekende meerwerkopdracht ligt.\n\nGroeten,\nAnouk Smit\nSmit Vastgoed",
        inv="AF/29/063",
        amount="1380.00",
        labels=lab(
            ("AF/29/058", "AF/29/063"),
            note="one invoice paid, the other disputed: dispute wins over the payment claim",
        ),
    ),
    Reply(
        key="disp-it-1",
        intent="dispute",
        lang="it",
        who=("Davide Rinaldi", "davide.rinaldi.casa@gmail.com"),
        when="2029-02-11 19:45 +0100",
        style="gmail",
        body="Buonasera,\n\nnon abbiamo pagato perché il cancello scorrevole che avete installato a gennaio si blocca a metà corsa almeno una volta al giorno, e mia moglie è rimasta chiusa fuori due volte. Il vostro tecnico doveva tornare la settimana scorsa ma non si è visto nessuno.\n\nQuando il cancello funziona pago, non prima.\n\nDavide Rinaldi",
        inv="AF/29/036",
        amount="5150.00",
        labels=lab(note="negated payment with the reason: faulty gate"),
    ),
    Reply(
        key="disp-it-2",
        intent="dispute",
        lang="it",
        who=("Franco Pellegrini", "franco@pellegrini-edilizia.example"),
        when="2029-02-07 07:15 +0100",
        style="iphone",
        body="LA FATTURA È SBAGLIATA. IL PREZZO CONCORDATO AL TELEFONO CON IL VOSTRO COMMERCIALE ERA 3.500 TUTTO COMPRESO. RIFATELA GIUSTA E PAGO",
        inv="AF/29/024",
        amount="4100.00",
        labels=lab(
            note="all caps; contests the price, so dispute rather than invoice_request; payment conditional on a corrected invoice"
        ),
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="plan-en-1",
        intent="payment_plan",
        lang="en",
        who=("Jason Pike", "jpike.groundworks@gmail.com"),
        when="2029-02-08 20:40 +0000",
        style="thunderbird",
        cte="8bit",
        body="Hi\n\nI know this is overdue and I'm not trying to dodge it. Work has dried up since the Doncaster job fell through in December and I've had the van in the garage on top of that.\n\nCould I pay you £500 a month starting next week until it's cleared? I can set up a standing order if that helps.\n\nSorry again\nJason",
        inv="AF/28/889",
        amount="4600.00",
        labels=lab(
            note="hardship and monthly instalments; plan dates and amounts are not labelled"
        ),
    ),
    Reply(
        key="plan-en-2",
        intent="payment_plan",
        lang="en",
        who=("Stuart Mallin", "stuart@mallinproperty.example"),
        when="2029-02-14 12:05 +0000",
        style="android",
        body="I've sent £2,000 today as a show of good faith. Balance by end of March, we complete on the Elm Road sale then.\nStuart",
        inv="AF/29/028",
        amount="6900.00",
        labels=lab(note="part paid now, the rest later: payment_plan, not payment_sent"),
    ),
    Reply(
        key="plan-en-3",
        intent="payment_plan",
        lang="en",
        who=("Gemma Thorley", "payables@northgatehousing.example"),
        when="2029-02-16 11:30 +0000",
        style="outlook_html",
        headers=(SUPPRESS,),
        body="Dear Anvil Forge,\n\nThank you for your email regarding invoice AF/29/032.\n\nBecause of a temporary pause on capital expenditure while our board approves the 2029/30 budget, we are unable to release payment until April. We would therefore like to request an extension of 45 days to the payment terms for this invoice. Please confirm whether this is acceptable.\n\nWe apologise for any inconvenience.\n\nKind regards,\n\nGemma Thorley\nAccounts Payable Officer\nNorthgate Housing Trust",
        inv="AF/29/032",
        amount="9480.00",
        labels=lab(
            ("AF/29/032",),
            note="asks for more time: payment_plan; 'until April' gives no promise date",
        ),
    ),
    Reply(
        key="plan-de-1",
        intent="payment_plan",
        lang="de",
        who=("Murat Özdemir", "murat.oezdemir@gmail.com"),
        when="2029-02-10 14:22 +0100",
        style="gmail",
        body="Hallo zusammen,\n\nwir haben uns mit dem Geländer und der Außentreppe finanziell etwas übernommen, der Hauskredit war knapper als gedacht. Wäre es möglich, den Betrag in drei Raten zu zahlen? 1.500 € jetzt und dann jeweils 1.500 € Ende März und Ende April.\n\nVielen Dank und viele Grüße\nMurat Özdemir",
        inv="AF/29/038",
        amount="4500.00",
        labels=lab(note="three instalments proposed"),
    ),
    Reply(
        key="plan-de-2",
        intent="payment_plan",
        lang="de",
        who=("Herbert Vogt", "info@schreinerei-vogt.example"),
        when="2029-02-27 09:05 +0100",
        style="outlook",
        charset="windows-1252",
        body="Sehr geehrte Damen und Herren,\n\nleider müssen wir Sie um eine Stundung des Rechnungsbetrags bis Ende April bitten. Einer unserer größten Auftraggeber hat im Januar Insolvenz angemeldet, und wir warten selbst auf offene Zahlungen von über 40.000 €.\n\nWir stehen zu unserer Verpflichtung und melden uns unaufgefordert, sobald sich die Lage entspannt.\n\nMit freundlichen Grüßen\nHerbert Vogt\nSchreinerei Vogt e.K.",
        inv="AF/29/062",
        amount="6240.00",
        labels=lab(note="'Stundung' (deferral) because of hardship: payment_plan"),
    ),
    Reply(
        key="plan-fr-1",
        intent="payment_plan",
        lang="fr",
        who=("Nadia Benali", "nadia.benali.deco@gmail.com"),
        when="2029-02-19 13:10 +0100",
        style="iphone",
        body="Bonjour, serait-il possible de régler en 3 fois ? Je peux faire un premier virement de 980 € cette semaine. Merci de votre compréhension. Nadia Benali",
        inv="AF/29/049",
        amount="2940.00",
        labels=lab(note="three instalments"),
    ),
    Reply(
        key="plan-fr-2",
        intent="payment_plan",
        lang="fr",
        who=("Guillaume Perrin", "g.perrin@atelier-perrin.example"),
        when="2029-02-22 17:48 +0100",
        style="thunderbird",
        cte="8bit",
        body="Bonjour,\n\nJe vous ai viré 1 000 € ce matin. Le solde suivra fin mars, quand notre client nous aura réglé la dernière situation.\n\nDésolé pour ce retard, la trésorerie est tendue en ce début d'année.\n\nGuillaume Perrin\nAtelier Perrin – menuiserie & agencement",
        inv="AF/29/054",
        amount="3600.00",
        labels=lab(note="part now, balance later: payment_plan"),
    ),
    Reply(
        key="plan-es-1",
        intent="payment_plan",
        lang="es",
        who=("Jorge Castaño", "jorge@castanoyasociados.example"),
        when="2029-02-06 18:30 +0100",
        style="apple",
        body="Hola,\n\n¿Podríamos pagarla en dos plazos? La mitad ahora y la otra mitad a 30 días. Estamos esperando que nos paguen una obra grande y vamos justos este mes.\n\nGracias,\nJorge Castaño\nCastaño y Asociados",
        inv="AF/29/023",
        amount="3780.00",
        labels=lab(note="two instalments"),
    ),
    Reply(
        key="plan-es-2",
        intent="payment_plan",
        lang="es",
        who=("Ramón Iglesias", "ramon.iglesias@iglesiasconstrucciones.example"),
        when="2029-03-01 19:55 +0100",
        style="outlook",
        charset="iso-8859-1",
        body="Buenas tardes,\n\nOs escribo yo directamente porque la chica de la oficina está de baja. Ya sé que la factura está vencida y no os quiero dar largas. La obra de la calle Alcalá se nos paró en diciembre por un problema con la licencia y el promotor no nos ha pagado ni una certificación desde entonces, así que estamos pagando nóminas con lo que podemos. Los del hormigón también nos están apretando.\n\nLo que os propongo es pagaros 800 euros al mes a partir del día 10 de marzo hasta completar la factura. Si os parece bien me lo confirmáis y doy la orden al banco.\n\nVuestro trabajo quedó muy bien, eso que conste.\n\nUn saludo,\nRamón Iglesias\nIglesias Construcciones",
        inv="AF/29/070",
        amount="5200.00",
        labels=lab(
            note="long and rambling; the proposal is in the second paragraph; 'de baja' here is sick leave, not an unsubscribe"
        ),
    ),
    Reply(
        key="plan-nl-1",
        intent="payment_plan",
        lang="nl",
        who=("Sanne Visser", "sanne.visser.thuis@gmail.com"),
        when="2029-02-28 21:10 +0100",
        style="iphone",
        body="Hoi, sorry dat het zo lang duurt. Na de verbouwing zit ik echt krap. Kunnen we een betalingsregeling treffen, bijvoorbeeld € 300 per maand? Groetjes Sanne",
        inv="AF/29/066",
        amount="2150.00",
        labels=lab(note="hardship and monthly instalments"),
    ),
    Reply(
        key="plan-it-1",
        intent="payment_plan",
        lang="it",
        who=("Roberta Gatti", "r.gatti@gatti-serramenti.example"),
        when="2029-02-20 10:32 +0100",
        style="outlook_html",
        body="Buongiorno,\n\na seguito di alcuni ritardi negli incassi, Vi chiediamo la possibilità di dilazionare l'importo in tre rate mensili di pari importo, con scadenza 31/03, 30/04 e 31/05.\n\nRestiamo in attesa di un Vostro cortese riscontro.\n\nCordiali saluti\nRoberta Gatti\nAmministrazione – Gatti Serramenti srl",
        inv="AF/29/051",
        amount="6300.00",
        labels=lab(note="three monthly instalments; instalment dates are not labelled"),
    ),
    Reply(
        key="plan-it-2",
        intent="payment_plan",
        lang="it",
        who=("Stefano Moretti", "stefano.moretti76@gmail.com"),
        when="2029-02-26 18:02 +0100",
        style="gmail_plain",
        body="Salve, oggi vi ho fatto un bonifico di 1.000 euro come acconto. Il resto ve lo salderò a 60 giorni, prima non riesco. Spero vada bene.\nStefano Moretti",
        inv="AF/29/056",
        amount="3250.00",
        labels=lab(note="deposit paid today, balance in 60 days: payment_plan"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="inv-en-1",
        intent="invoice_request",
        lang="en",
        who=("Nasreen Akhtar", "creditors@calderbrook-council.example"),
        when="2029-02-05 14:50 +0000",
        style="outlook_html",
        body="Good afternoon,\n\nWe are unable to process invoice AF/28/917 as it does not quote a valid Council purchase order number. Under the Council's No PO, No Pay policy, invoices without a PO are returned to the supplier.\n\nOnce you send us a copy of the invoice showing the purchase order number (this should have been issued to you by Highways & Parks when the order was placed), it will be paid within our standard 30-day terms.\n\nRegards,\n\nNasreen Akhtar\nCreditors Team, Exchequer Services\nCalderbrook Borough Council",
        inv="AF/28/917",
        amount="2385.00",
        labels=lab(
            ("AF/28/917",),
            note="public body; payment conditional on a reissued invoice with a PO, amount not contested",
        ),
    ),
    Reply(
        key="inv-en-2",
        intent="invoice_request",
        lang="en",
        who=("Tony Greaves", "tony@greavesshopfitting.example"),
        when="2029-02-21 08:03 +0000",
        style="iphone",
        body="Which job is this for? We've had three lots off you since Christmas. Send me the invoice with the site address on and I'll get it paid",
        inv="AF/29/045",
        amount="1420.00",
        labels=lab(note="asks which job and for the invoice; no date to pay"),
    ),
    Reply(
        key="inv-en-3",
        intent="invoice_request",
        lang="en",
        who=("Lauren Fenwick", "accounts@fenwickjoinery.example"),
        when="2029-02-27 10:10 +0000",
        style="gmail",
        body="Hi,\n\nWe changed accounts software in January and every supplier has to be set up again. Before I can release this I need your bank details on company letterhead, signed, plus your VAT number. Our bank insists after all the invoice fraud going round.\n\nOnce I've got that it'll go out in the next run.\n\nThanks\nLauren Fenwick\nFenwick Joinery Ltd",
        inv="AF/29/065",
        amount="3095.00",
        labels=lab(
            note="needs bank details before paying; 'the next run' is conditional and undated"
        ),
    ),
    Reply(
        key="inv-de-1",
        intent="invoice_request",
        lang="de",
        who=("Jürgen Albers", "j.albers@lindenbrueck.example"),
        when="2029-02-07 09:35 +0100",
        style="outlook",
        body="Sehr geehrte Damen und Herren,\n\nIhre Rechnung AF/29/020 liegt uns nur als PDF vor. Als öffentlicher Auftraggeber dürfen wir ausschließlich elektronische Rechnungen im Format XRechnung annehmen. Bitte reichen Sie die Rechnung erneut über unser Rechnungseingangsportal ein und geben Sie dabei die Leitweg-ID 05-374012-0001-33 an.\n\nNach Eingang der XRechnung wird die Zahlung umgehend angewiesen.\n\nMit freundlichen Grüßen\nIm Auftrag\nJürgen Albers\n\nStadt Lindenbrück\nFachbereich Finanzen – Zentraler Rechnungseingang",
        inv="AF/29/020",
        amount="3880.00",
        labels=lab(
            ("AF/29/020",),
            note="public body needs the invoice as an e-invoice before paying; amount not contested",
        ),
    ),
    Reply(
        key="inv-de-2",
        intent="invoice_request",
        lang="de",
        who=("Monika Hahn", "m.hahn@hahn-fensterbau.example"),
        when="2029-02-15 16:44 +0100",
        style="android",
        body="Hallo, die Rechnung ist bei uns nicht angekommen bzw. wir finden sie nicht. Bitte nochmal an diese Adresse schicken, dann überweisen wir.\nM. Hahn",
        inv="AF/29/043",
        amount="1690.00",
        labels=lab(note="invoice not received; payment promised only once it arrives, no date"),
    ),
    Reply(
        key="inv-fr-1",
        intent="invoice_request",
        lang="fr",
        who=("Émilie Faure", "e.faure@batisseurs-rhone.example"),
        when="2029-02-06 11:18 +0100",
        style="outlook_html",
        body="Bonjour,\n\nVotre facture AF/29/019 ne peut pas être mise en paiement en l'état : il manque notre numéro de bon de commande (BC-2028-11472) ainsi que notre numéro de TVA, deux mentions obligatoires sur toutes les factures que nous recevons.\n\nMerci de nous faire parvenir une facture rectifiée comportant ces deux mentions ; elle sera réglée à l'échéance suivante.\n\nCordialement,\n\nÉmilie Faure\nComptabilité fournisseurs\nBâtisseurs du Rhône SAS",
        inv="AF/29/019",
        amount="12600.00",
        labels=lab(("AF/29/019",), note="reissue with PO and VAT number; amount not contested"),
    ),
    Reply(
        key="inv-fr-2",
        intent="invoice_request",
        lang="fr",
        who=("Thierry Lemoine", "thierry.lemoine56@gmail.com"),
        when="2029-02-23 19:25 +0100",
        style="iphone",
        body="Bonsoir, je n'ai jamais reçu cette facture. Vous pouvez me la renvoyer ? Je règle dès que je l'ai. Merci",
        inv="AF/29/068",
        amount="1150.00",
        labels=lab(note="never received; payment only once it arrives, no date"),
    ),
    Reply(
        key="inv-es-1",
        intent="invoice_request",
        lang="es",
        who=("Pilar Domínguez", "pdominguez@grupohermida.example"),
        when="2029-02-08 12:40 +0100",
        style="outlook",
        charset="windows-1252",
        body="Buenos días:\n\nPara poder tramitar el pago necesitamos que nos emitan de nuevo la factura con nuestra razón social y CIF actualizados. Desde el 1 de enero somos Grupo Hermida Inmobiliaria, S.L.U. (CIF B98765432) y la factura sigue a nombre de la sociedad anterior, por lo que el sistema nos la rechaza.\n\nEn cuanto la recibamos corregida, la incluimos en la siguiente remesa de pagos.\n\nUn cordial saludo,\n\nPilar Domínguez\nDepartamento de Contabilidad\nGrupo Hermida Inmobiliaria",
        inv="AF/29/015",
        amount="5460.00",
        labels=lab(note="reissue to the new company name and tax number; amount not contested"),
    ),
    Reply(
        key="inv-es-2",
        intent="invoice_request",
        lang="es",
        who=("Óscar Velasco", "oscar@velascointeriores.example"),
        when="2029-02-12 17:15 +0100",
        style="thunderbird",
        cte="8bit",
        body="Hola,\n\n¿Me podéis mandar un extracto con todas las facturas y pagos desde octubre? Tengo apuntadas dos transferencias a vosotros y seguramente esté todo bien, pero quiero revisarlo con mi gestor antes de pagar nada más.\n\nGracias,\nÓscar",
        inv="AF/28/931",
        amount="2640.00",
        labels=lab(note="statement of account before paying; a check, not a contest"),
    ),
    Reply(
        key="inv-nl-1",
        intent="invoice_request",
        lang="nl",
        who=("Jeroen Mulder", "jeroen@mulder-renovatie.example"),
        when="2029-02-15 13:50 +0100",
        style="apple",
        body="Hoi,\n\nKun je mij een kopie van de factuur sturen, samen met de werkbon met de gewerkte uren? Zonder werkbon kan ik het niet doorbelasten aan mijn opdrachtgever en dan krijg ik het zelf ook niet betaald.\n\nAlvast bedankt,\nJeroen Mulder",
        inv="AF/29/060",
        amount="2980.00",
        labels=lab(note="copy of the invoice and the job sheet"),
    ),
    Reply(
        key="inv-nl-2",
        intent="invoice_request",
        lang="nl",
        who=("Fleur Hendriks", "f.hendriks@woonstichting-eemhof.example"),
        when="2029-02-21 09:20 +0100",
        style="outlook_html",
        headers=(SUPPRESS,),
        body="Geachte heer/mevrouw,\n\nHet IBAN op uw factuur wijkt af van het rekeningnummer dat bij ons in de crediteurenadministratie staat. Uit voorzorg tegen factuurfraude houden wij de betaling aan totdat u het nieuwe rekeningnummer bevestigt met een ondertekende verklaring op briefpapier van uw bedrijf of met een bankbevestiging.\n\nZodra wij de bevestiging hebben ontvangen en gecontroleerd, wordt de factuur binnen vijf werkdagen betaald.\n\nMet vriendelijke groet,\n\nFleur Hendriks\nCrediteurenadministratie\nWoonstichting Eemhof",
        inv="AF/29/016",
        amount="7560.00",
        labels=lab(
            note="bank-detail confirmation needed before paying; the five working days run from an unknown day"
        ),
    ),
    Reply(
        key="inv-it-1",
        intent="invoice_request",
        lang="it",
        who=("Paola Carraro", "p.carraro@carrarocostruzioni.example"),
        when="2029-02-13 10:05 +0100",
        style="outlook",
        body="Buongiorno,\n\nla fattura che ci avete inviato in PDF per noi non ha valore fiscale: trattandosi di fornitura e posa in opera in Italia, ci serve la fattura elettronica tramite SDI, codice destinatario M5UXCR1.\n\nAppena la riceviamo nel cassetto fiscale procediamo al pagamento.\n\nCordiali saluti\nPaola Carraro\nAmministrazione – Carraro Costruzioni srl",
        inv="AF/29/017",
        amount="4420.00",
        labels=lab(note="needs the e-invoice through SDI before paying; amount not contested"),
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wrong-en-1",
        intent="wrong_contact",
        lang="en",
        who=("Accounts Payable", "accounts@kestrelconstruction.example"),
        when="2029-02-22 03:14 +0000",
        style="html_only",
        body="Dear Supplier,\n\nKindly be informed that our accounts department email has been changed due to an ongoing audit. With immediate effect please direct all statements, reminders and payment queries to our new email: kestrelconstructionaccounts@gmail.com\n\nDo not reply to this address or copy it in any further correspondence as it will no longer be monitored.\n\nAlso confirm if any invoice is outstanding so it can be cleared in this week payment batch.\n\nRegards,\nAccounts Department",
        inv="AF/29/014",
        amount="5325.00",
        labels=lab(
            new_contact="kestrelconstructionaccounts@gmail.com",
            note="reads like a mailbox-redirect scam (free-mail address, odd hour, 'do not copy'); labelled by what it asks, and a person must verify it before the address is used; HTML only",
        ),
    ),
    Reply(
        key="wrong-en-2",
        intent="wrong_contact",
        lang="en",
        who=("Wayne Dobbs", "wayne.dobbs@haldenrowe.example"),
        when="2029-02-09 07:10 +0000",
        style="iphone",
        body="Mate I'm the site manager I dont deal with invoices. Send it to accounts.payable@haldenrowe.example\n\nWayne",
        inv="AF/29/013",
        amount="1975.00",
        labels=lab(new_contact="accounts.payable@haldenrowe.example"),
    ),
    Reply(
        key="wrong-en-3",
        intent="wrong_contact",
        lang="en",
        who=("Pemberton Estates Accounts", "accounts@pembertonestates.example"),
        when="2029-02-26 09:06 +0000",
        style="notice",
        days_before=0,
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED,),
        body="Thank you for your email.\n\nPlease note that this mailbox is no longer monitored. Pemberton Estates' purchase ledger is now handled by our managing agents, and all invoices, statements and payment queries should be sent to purchaseledger@pembertonestates.example.\n\nYour email has not been forwarded.",
        inv="AF/28/895",
        amount="3120.00",
        labels=lab(
            new_contact="purchaseledger@pembertonestates.example",
            note="automatic 'mailbox no longer monitored' notice naming the new mailbox: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wrong-de-1",
        intent="wrong_contact",
        lang="de",
        who=("Sven Kröger", "sven.kroeger@kroeger-hausbau.example"),
        when="2029-02-06 07:30 +0100",
        style="gmail",
        body="Moin,\n\nich bin nur der Bauleiter und hab mit Rechnungen nichts zu tun. Bitte an unsere Buchhaltung schicken: buchhaltung@kroeger-hausbau.example – die kümmern sich.\n\nGruß\nSven Kröger",
        inv="AF/29/011",
        amount="2210.00",
        labels=lab(new_contact="buchhaltung@kroeger-hausbau.example"),
    ),
    Reply(
        key="wrong-de-2",
        intent="wrong_contact",
        lang="de",
        who=("Dr. Ines Wagner", "praxis@zahnarzt-wagner.example"),
        when="2029-02-28 12:55 +0100",
        style="iphone",
        body="Sie haben sich in der Adresse vertan. Wir sind eine Zahnarztpraxis und haben nie ein Tor bei Ihnen bestellt. Vermutlich ist die Wagner GmbH gemeint.",
        inv="AF/29/073",
        amount="3640.00",
        labels=lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        key="wrong-fr-1",
        intent="wrong_contact",
        lang="fr",
        who=("Bernard Rousseau", "b.rousseau@sci-lesglycines.example"),
        when="2029-02-12 10:00 +0100",
        style="outlook",
        body="Bonjour,\n\nJe ne m'occupe plus de la comptabilité de la SCI depuis le 1er janvier. Merci de vous adresser désormais à Mme Lefèvre, qui a repris la gestion : compta@cabinet-lefevre.example\n\nBien cordialement,\nBernard Rousseau",
        inv="AF/29/010",
        amount="4150.00",
        labels=lab(new_contact="compta@cabinet-lefevre.example"),
    ),
    Reply(
        key="wrong-fr-2",
        intent="wrong_contact",
        lang="fr",
        who=("Chloé Martin", "c.martin@roussel-architectes.example"),
        when="2029-02-28 16:32 +0100",
        style="gmail",
        body="Bonjour,\n\nJe suis l'assistante de M. Roussel ; il ne gère pas lui-même les factures du cabinet. Pourriez-vous renvoyer votre relance à factures@roussel-architectes.example ? Je la leur ai également transférée.\n\nBonne journée,\nChloé Martin\nAssistante de direction – Roussel Architectes",
        inv="AF/29/074",
        amount="2470.00",
        labels=lab(
            new_contact="factures@roussel-architectes.example",
            note="an assistant answering for her manager",
        ),
    ),
    Reply(
        key="wrong-es-1",
        intent="wrong_contact",
        lang="es",
        who=("Iker Goikoetxea", "obra.bilbao@construccionesgoiko.example"),
        when="2029-02-08 08:15 +0100",
        style="android",
        body="Este correo es el de la obra, aquí no llevamos facturas. Mandadlo a administracion@construccionesgoiko.example\nIker",
        inv="AF/29/009",
        amount="6780.00",
        labels=lab(new_contact="administracion@construccionesgoiko.example"),
    ),
    Reply(
        key="wrong-es-2",
        intent="wrong_contact",
        lang="es",
        who=("Marta Cifuentes", "marta.cifuentes.ra@gmail.com"),
        when="2029-02-14 20:10 +0100",
        style="gmail",
        cc="Laura Ortega <Laura.Ortega@ReformasAlbaicin.example>",
        body="Hola,\n\nYo ya no llevo la administración de Reformas Albaicín, lo dejé en diciembre. Ahora se encarga Laura Ortega, os la pongo en copia: Laura.Ortega@ReformasAlbaicin.example\n\nUn saludo,\nMarta",
        inv="AF/29/008",
        amount="1890.00",
        labels=lab(
            new_contact="laura.ortega@reformasalbaicin.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wrong-nl-1",
        intent="wrong_contact",
        lang="nl",
        who=("Dennis Kok", "d.kok@bouwgroep-noordkade.example"),
        when="2029-02-13 07:40 +0100",
        style="outlook",
        body="Goedemorgen,\n\nDit adres is van de uitvoering, hier worden geen facturen verwerkt. Facturen en herinneringen graag naar crediteuren@bouwgroep-noordkade.example, dan komt het bij de juiste afdeling.\n\nGroet,\nDennis Kok\nUitvoerder Bouwgroep Noordkade",
        inv="AF/29/007",
        amount="9310.00",
        labels=lab(new_contact="crediteuren@bouwgroep-noordkade.example"),
    ),
    Reply(
        key="wrong-nl-2",
        intent="wrong_contact",
        lang="nl",
        who=("Pieter de Wit", "pieter@dewit-aannemers.example"),
        when="2029-02-23 11:25 +0100",
        style="apple",
        body="Hallo,\n\nU stuurt de herinnering naar mij, maar ik was alleen de aannemer bij de renovatie van de galerijen. De opdrachtgever is de VvE en de facturen lopen via de penningmeester: penningmeester@vve-parkzicht.example. Ik heb de factuur destijds ook al aan hem doorgestuurd.\n\nMet vriendelijke groet,\nPieter de Wit",
        inv="AF/28/880",
        amount="5890.00",
        labels=lab(
            new_contact="penningmeester@vve-parkzicht.example",
            note="the contractor points to the client's treasurer",
        ),
    ),
    Reply(
        key="wrong-it-1",
        intent="wrong_contact",
        lang="it",
        who=("Luca Fontana", "l.fontana@fontana-ristrutturazioni.example"),
        when="2029-02-19 11:45 +0100",
        style="thunderbird",
        cte="8bit",
        body="Buongiorno,\n\nnon sono più io il referente per la parte amministrativa: da febbraio se ne occupa lo studio del nostro commercialista. Vi prego di scrivere a contabilita@studiobertoni.example per tutto ciò che riguarda fatture e pagamenti.\n\nGrazie, buon lavoro\nLuca Fontana",
        inv="AF/29/006",
        amount="2030.00",
        labels=lab(new_contact="contabilita@studiobertoni.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="unsub-en-1",
        intent="unsubscribe",
        lang="en",
        who=("Marcus Oyelaran", "marcus.oyelaran@outlook.com"),
        when="2029-02-07 19:48 +0000",
        style="iphone",
        body="I told your colleague on the phone on Monday that you'll have it on Friday. That hasn't changed. Now please stop emailing me every other day about it, it's getting ridiculous.",
        inv="AF/29/005",
        amount="1980.00",
        labels=lab(
            note="dated promise plus 'stop emailing me': unsubscribe wins, so no promised_date"
        ),
    ),
    Reply(
        key="unsub-en-2",
        intent="unsubscribe",
        lang="en",
        who=("Derek Ainsworth", "derek@ainsworthdevelopments.example"),
        when="2029-02-15 16:20 +0000",
        style="outlook",
        body="Dear Sirs,\n\nThis matter is now in the hands of our solicitors. All further correspondence about the Canal Basin contract, including this invoice, must be sent to them and not to this company or any of its staff. We will not be responding to further emails.\n\nDerek Ainsworth\nManaging Director\nAinsworth Developments Ltd",
        inv="AF/28/858",
        amount="14250.00",
        labels=lab(note="'talk to our solicitors', no address given"),
    ),
    Reply(
        key="unsub-en-3",
        intent="unsubscribe",
        lang="en",
        who=("Bev Crossley", "bevcrossley62@gmail.com"),
        when="2029-02-25 22:41 +0000",
        style="gmail",
        body="STOP SENDING ME THESE. I HAVE TOLD YOU TWICE. UNSUBSCRIBE ME",
        inv="AF/29/075",
        amount="890.00",
        labels=lab(note="all caps"),
    ),
    Reply(
        key="unsub-de-1",
        intent="unsubscribe",
        lang="de",
        who=("Gerhard Maier", "g.maier@maier-immobilien.example"),
        when="2029-02-16 08:55 +0100",
        style="outlook",
        charset="iso-8859-1",
        cte="8bit",
        body="Sehr geehrte Damen und Herren,\n\nbitte senden Sie uns künftig keine Zahlungserinnerungen mehr per E-Mail. Mahnungen bearbeiten wir ausschließlich auf dem Postweg; richten Sie Ihre Schreiben bitte an unsere Geschäftsadresse.\n\nMit freundlichen Grüßen\nGerhard Maier\nMaier Immobilien GmbH",
        inv="AF/29/004",
        amount="2480.00",
        labels=lab(note="post only"),
    ),
    Reply(
        key="unsub-de-2",
        intent="unsubscribe",
        lang="de",
        who=("Frank Schuster", "f.schuster@schuster-dachtechnik.example"),
        when="2029-02-20 06:58 +0100",
        style="thunderbird",
        cte="8bit",
        body="Austragen.",
        inv="AF/29/076",
        amount="1320.00",
        labels=lab(note="one word: 'take me off'"),
    ),
    Reply(
        key="unsub-fr-1",
        intent="unsubscribe",
        lang="fr",
        who=("Olivier Mercier", "o.mercier@mercier-batiment.example"),
        when="2029-02-27 14:40 +0100",
        style="outlook_html",
        body="Monsieur,\n\nJe vous prie de ne plus m'adresser de courriels concernant ce dossier. Il est désormais suivi par notre avocat, Maître Girard, à qui toute correspondance devra être adressée par écrit.\n\nSalutations,\n\nOlivier Mercier\nGérant – Mercier Bâtiment SARL",
        inv="AF/28/866",
        amount="8760.00",
        labels=lab(note="stop e-mailing, only through our lawyer (no address)"),
    ),
    Reply(
        key="unsub-fr-2",
        intent="unsubscribe",
        lang="fr",
        who=("Hélène Bourgeois", "helene.bourgeois.maison@gmail.com"),
        when="2029-02-15 12:18 +0100",
        style="iphone",
        body="Je paierai le 28 comme je l'ai déjà écrit à votre collègue. Inutile de me relancer tous les trois jours, merci d'arrêter ces mails.",
        inv="AF/29/003",
        amount="1640.00",
        labels=lab(note="dated promise plus a stop request: unsubscribe wins"),
    ),
    Reply(
        key="unsub-es-1",
        intent="unsubscribe",
        lang="es",
        who=("Antonio Blasco", "ablasco@blascoypalau.example"),
        when="2029-02-13 17:05 +0100",
        style="outlook",
        body="Muy señores nuestros:\n\nLes rogamos que no vuelvan a remitirnos comunicaciones por correo electrónico sobre esta factura. Cualquier requerimiento deberá enviarse por burofax o carta certificada a nuestro domicilio social.\n\nAtentamente,\n\nAntonio Blasco\nBlasco y Palau Arquitectura, S.L.P.",
        inv="AF/29/002",
        amount="3950.00",
        labels=lab(note="post (burofax or registered letter) only"),
    ),
    Reply(
        key="unsub-es-2",
        intent="unsubscribe",
        lang="es",
        who=("Rocío Pardo", "rocio.pardo.g@gmail.com"),
        when="2029-03-02 09:12 +0100",
        style="iphone",
        body="Dadme de baja de estos correos, por favor.",
        inv="AF/29/077",
        amount="760.00",
        labels=lab(),
    ),
    Reply(
        key="unsub-nl-1",
        intent="unsubscribe",
        lang="nl",
        who=("Wim Vos", "wim@vos-installatietechniek.example"),
        when="2029-02-19 10:40 +0100",
        style="gmail",
        body="Goedemorgen,\n\nWij willen geen betalingsherinneringen meer per e-mail ontvangen. Stuurt u voortaan alles per post naar ons kantooradres, dan wordt het netjes behandeld.\n\nMet vriendelijke groet,\nWim Vos\nVos Installatietechniek",
        inv="AF/29/001",
        amount="2710.00",
        labels=lab(note="post only"),
    ),
    Reply(
        key="unsub-it-1",
        intent="unsubscribe",
        lang="it",
        who=("Roberto Colombo", "r.colombo@colombo-group.example"),
        when="2029-02-22 09:30 +0100",
        style="outlook",
        body="Spett.le ditta,\n\nVi invitiamo a non contattarci più direttamente per questa pratica. La questione è stata affidata al nostro legale, avv. Ferraris, al quale potrete rivolgervi per iscritto.\n\nDistinti saluti\nRoberto Colombo",
        inv="AF/28/843",
        amount="12300.00",
        labels=lab(note="only through our lawyer, no address"),
    ),
    Reply(
        key="unsub-it-2",
        intent="unsubscribe",
        lang="it",
        who=("Giulia Ferri", "giulia.ferri88@gmail.com"),
        when="2029-02-11 08:05 +0100",
        style="iphone",
        body="Cancellatemi da questa mailing list grazie",
        inv="AF/29/078",
        amount="940.00",
        labels=lab(note="no punctuation"),
    ),
]

AUTO_REPLY = [
    Reply(
        key="auto-en-1",
        intent="auto_reply",
        lang="en",
        who=("Rachel Eastwood", "rachel@eastwooddesign.example"),
        when="2029-02-13 09:06 +0000",
        style="notice_alt",
        days_before=0,
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body="Thank you for your email. I am out of the office on annual leave and will be back on Monday 19 February. Emails are not being monitored in my absence.\n\nFor urgent studio matters please call 0161 496 0520.\n\nRachel Eastwood\nEastwood Design Studio",
        inv="AF/29/079",
        amount="4380.00",
        labels=lab(return_date="2029-02-19"),
    ),
    Reply(
        key="auto-en-2",
        intent="auto_reply",
        lang="en",
        who=("Harrowgate Homes AP Helpdesk", "aphelpdesk@harrowgatehomes.example"),
        when="2029-02-21 09:07 +0000",
        style="notice",
        days_before=0,
        subject="[AP-0482913] Request received: {rsub}",
        headers=(AUTO_GENERATED,),
        body="Hello,\n\nThank you for contacting the Harrowgate Homes Accounts Payable helpdesk. Your request has been logged under reference AP-0482913.\n\nA member of our team will respond within 3 working days. Please keep the reference in the subject line if you send further information, and do not open a new request for the same query.\n\nThis is an automatically generated message.\n\nHarrowgate Homes Shared Services",
        inv="AF/29/080",
        amount="10240.00",
        labels=lab(note="ticket-system acknowledgement; no return date"),
    ),
    Reply(
        key="auto-en-3",
        intent="auto_reply",
        lang="en",
        who=("Kieran Doyle", "kieran@kdbuildingservices.example"),
        when="2029-03-02 09:08 +0000",
        style="notice",
        days_before=0,
        subject="Re: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body="Thanks for your message. I'm on site most days and only get to emails in the evenings, so bear with me. If it's urgent give me a ring on 07700 900318.\n\nKieran\nKD Building Services",
        inv="AF/29/081",
        amount="1560.00",
        labels=lab(
            note="autoresponder with only X-Autoreply and a plain 'Re:' subject; no return date"
        ),
    ),
    Reply(
        key="auto-de-1",
        intent="auto_reply",
        lang="de",
        who=("Claudia Berger", "c.berger@berger-planung.example"),
        when="2029-02-14 10:07 +0100",
        style="notice_alt",
        days_before=0,
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED,),
        body="Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 16.02.2029, nicht im Büro und ab Montag, 19.02.2029, wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter 040 555 123-0.\n\nMit freundlichen Grüßen\nClaudia Berger",
        inv="AF/29/082",
        amount="3730.00",
        labels=lab(
            return_date="2029-02-19",
            note="'ab Montag, 19.02.' wins over 'bis einschließlich 16.02.'",
        ),
    ),
    Reply(
        key="auto-de-2",
        intent="auto_reply",
        lang="de",
        who=(
            "Kreditorenbuchhaltung Hegemann Bau AG",
            "kreditoren@hegemann-bau.example",
        ),
        when="2029-02-27 10:05 +0100",
        style="notice",
        days_before=0,
        subject="E-Mail-Eingangsbestätigung – Vorgang 2029-004417",
        headers=(AUTO_GENERATED,),
        body="Sehr geehrte Damen und Herren,\n\nIhre E-Mail ist bei der Kreditorenbuchhaltung der Hegemann Bau AG eingegangen und wurde unter der Vorgangsnummer 2029-004417 erfasst.\n\nWir bearbeiten Anfragen in der Reihenfolge ihres Eingangs, in der Regel innerhalb von fünf Arbeitstagen. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.\n\nDiese Nachricht wurde automatisch erstellt.",
        inv="AF/29/083",
        amount="15870.00",
        labels=lab(note="ticket-system acknowledgement; no return date"),
    ),
    Reply(
        key="auto-fr-1",
        intent="auto_reply",
        lang="fr",
        who=("Anne Lacombe", "a.lacombe@lacombe-paysage.example"),
        when="2029-02-15 10:09 +0100",
        style="notice",
        days_before=0,
        subject="Réponse automatique : {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body="Bonjour,\n\nJe suis actuellement en congés et serai de retour le lundi 26 février. Pendant mon absence, vos messages ne seront pas lus.\n\nPour toute question urgente concernant un chantier, vous pouvez joindre le bureau au 04 90 12 34 56.\n\nAnne Lacombe",
        inv="AF/29/084",
        amount="2560.00",
        labels=lab(return_date="2029-02-26", note="only X-Autoreply, no Auto-Submitted"),
    ),
    Reply(
        key="auto-fr-2",
        intent="auto_reply",
        lang="fr",
        who=(
            "Service Fournisseurs Groupe Valmont",
            "fournisseurs@groupe-valmont.example",
        ),
        when="2029-02-09 10:06 +0100",
        style="notice",
        days_before=0,
        subject="[Ticket #FR-27731] Votre demande a bien été reçue",
        headers=(AUTO_REPLIED,),
        body="Bonjour,\n\nNous accusons réception de votre message, enregistré sous le numéro de ticket FR-27731.\n\nNotre équipe Comptabilité Fournisseurs le traitera dans un délai de 72 heures ouvrées. Pour compléter votre demande, répondez à ce message sans modifier l'objet.\n\nMessage généré automatiquement.\nGroupe Valmont – Centre de services partagés",
        inv="AF/28/921",
        amount="7420.00",
        labels=lab(note="ticket-system acknowledgement; no return date"),
    ),
    Reply(
        key="auto-es-1",
        intent="auto_reply",
        lang="es",
        who=("Beatriz Molina", "bmolina@molina-interiorismo.example"),
        when="2029-02-07 10:12 +0100",
        style="notice_alt",
        days_before=0,
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        body="Gracias por su mensaje. Estaré fuera de la oficina hasta el 12 de febrero, sin acceso al correo. Para asuntos urgentes pueden escribir a estudio@molina-interiorismo.example.\n\nBeatriz Molina",
        inv="AF/28/925",
        amount="3190.00",
        labels=lab(
            return_date="2029-02-12",
            note="'hasta X' gives X; the colleague's address does not set new_contact",
        ),
    ),
    Reply(
        key="auto-nl-1",
        intent="auto_reply",
        lang="nl",
        who=("Lotte Bos", "lotte@bos-interieurbouw.example"),
        when="2029-02-20 10:10 +0100",
        style="notice",
        days_before=0,
        subject="Automatisch antwoord: {rsub}",
        headers=(("Precedence", "bulk"),),
        body="Beste afzender,\n\nIk ben met vakantie tot en met vrijdag 23 februari en vanaf maandag 26 februari weer aanwezig. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nLotte Bos",
        inv="AF/29/085",
        amount="2840.00",
        labels=lab(
            return_date="2029-02-26",
            note="only 'Precedence: bulk'; the stated day back wins over 't/m 23 februari'",
        ),
    ),
    Reply(
        key="auto-nl-2",
        intent="auto_reply",
        lang="nl",
        who=("Gemeente Veenstede", "info@veenstede.example"),
        when="2029-02-12 10:08 +0100",
        style="notice",
        days_before=0,
        subject="Ontvangstbevestiging: {rsub}",
        headers=(AUTO_GENERATED,),
        body="Geachte heer/mevrouw,\n\nHartelijk dank voor uw e-mail. Wij hebben uw bericht goed ontvangen en zorgen ervoor dat het bij de juiste medewerker terechtkomt. U ontvangt binnen tien werkdagen een inhoudelijke reactie.\n\nDit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.\n\nMet vriendelijke groet,\nGemeente Veenstede",
        inv="AF/28/938",
        amount="6950.00",
        labels=lab(note="public body's receipt acknowledgement; no return date"),
    ),
    Reply(
        key="auto-it-1",
        intent="auto_reply",
        lang="it",
        who=("Simona Greco", "s.greco@greco-architetti.example"),
        when="2029-02-05 10:10 +0100",
        style="notice",
        days_before=0,
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        body="Buongiorno,\n\nsarò assente dall'ufficio fino a venerdì 9 febbraio compreso, con accesso limitato alla posta. Rientrerò lunedì 12 febbraio.\n\nPer urgenze potete contattare la segreteria dello studio allo 02 1234 5678.\n\nSimona Greco",
        inv="AF/28/941",
        amount="5280.00",
        labels=lab(
            return_date="2029-02-12",
            note="the stated day back wins over 'fino a … compreso'",
        ),
    ),
    Reply(
        key="auto-it-2",
        intent="auto_reply",
        lang="it",
        who=("Vetreria Conti", "amministrazione@vetreria-conti.example"),
        when="2029-02-22 10:09 +0100",
        style="notice",
        days_before=0,
        subject="Chiusura uffici - Re: {rsub}",
        body="Gentile cliente,\n\nLa informiamo che, per l'inventario annuale, gli uffici amministrativi resteranno chiusi da lunedì 26 febbraio a venerdì 2 marzo. Le e-mail ricevute in questo periodo saranno lette alla riapertura, lunedì 5 marzo.\n\nCordiali saluti\nVetreria Conti srl",
        inv="AF/29/086",
        amount="2190.00",
        labels=lab(
            return_date="2029-03-05",
            note="automatic closure notice with no automation header at all; the reopening day is the return date",
        ),
    ),
]

OTHER = [
    Reply(
        key="other-en-1",
        intent="other",
        lang="en",
        who=("Amy Loxley", "a.loxley@loxleyrenovations.example"),
        when="2029-02-06 15:32 +0000",
        style="outlook",
        body="Hi,\n\nThanks – I've forwarded this to Phil, our QS, who's checking it against the February valuation. He'll come back to you if there's anything.\n\nAmy",
        inv="AF/29/087",
        amount="3340.00",
        labels=lab(
            note="acknowledgement; passing it to a colleague gives no new contact and no commitment"
        ),
    ),
    Reply(
        key="other-en-2",
        intent="other",
        lang="en",
        who=("Nick Harrop", "nick.harrop@gmail.com"),
        when="2029-02-17 09:40 +0000",
        style="apple",
        body="Hi,\n\nBefore I forget – we're really pleased with the front gates. Could you quote for a matching pedestrian side gate, about 1m wide, same finials and finish? The old wooden one has finally rotted through.\n\nAlso, is the powder coat OK to jet wash?\n\nThanks\nNick",
        inv="AF/29/088",
        amount="4120.00",
        labels=lab(note="new enquiry in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="other-en-3",
        intent="other",
        lang="en",
        who=("Ian Coulthard", "ian@coulthardbuild.example"),
        when="2029-03-01 12:20 +0000",
        style="iphone",
        body="did we not pay this already?? I thought Karen did a batch before Christmas",
        inv="AF/28/947",
        amount="2260.00",
        labels=lab(
            note="a question, not a payment claim; someone has to check the ledger and answer"
        ),
    ),
    Reply(
        key="other-de-1",
        intent="other",
        lang="de",
        who=("Sabine Roth", "s.roth@roth-wohnbau.example"),
        when="2029-02-15 11:11 +0100",
        style="outlook",
        body="Sehr geehrte Damen und Herren,\n\nwir teilen Ihnen mit, dass über das Vermögen der Roth Wohnbau GmbH mit Beschluss des Amtsgerichts vom 02.02.2029 das vorläufige Insolvenzverfahren eröffnet wurde. Zahlungen auf Altforderungen dürfen wir derzeit nicht leisten.\n\nForderungen aus der Zeit vor der Antragstellung sind zu gegebener Zeit beim Insolvenzverwalter zur Tabelle anzumelden. Sie erhalten hierzu gesonderte Post.\n\nMit freundlichen Grüßen\nSabine Roth\nRoth Wohnbau GmbH",
        inv="AF/28/952",
        amount="7680.00",
        labels=lab(
            note="insolvency notice: no address, no commitment, nothing contested; a person must handle it"
        ),
    ),
    Reply(
        key="other-fr-1",
        intent="other",
        lang="fr",
        who=("Yannick Le Goff", "yannick.legoff@legoff-couverture.example"),
        when="2029-02-05 18:15 +0100",
        style="apple",
        body="Bien reçu, je regarde ça avec mon comptable cette semaine.\n\nYannick",
        inv="AF/28/955",
        amount="1930.00",
        labels=lab(note="acknowledgement; looking into it is no commitment to pay"),
    ),
    Reply(
        key="other-fr-2",
        intent="other",
        lang="fr",
        who=("Aurélie Besson", "aurelie.besson.perron@gmail.com"),
        when="2029-02-28 20:05 +0100",
        style="gmail_plain",
        body="Bonsoir,\n\nAu fait, quand est-ce que votre équipe revient poser la deuxième rampe, celle du perron ? On nous avait dit début février et nous n'avons plus de nouvelles. Le maçon attend pour finir les marches.\n\nMerci,\nAurélie Besson",
        inv="AF/29/089",
        amount="2780.00",
        labels=lab(
            note="scheduling question about outstanding work; nothing about paying or contesting the invoice"
        ),
    ),
    Reply(
        key="other-es-1",
        intent="other",
        lang="es",
        who=("Pedro Lozano", "pedro@lozanoreformas.example"),
        when="2029-02-20 13:02 +0100",
        style="iphone",
        body="Ok, gracias 👍",
        inv="AF/29/090",
        amount="1370.00",
        labels=lab(note="bare acknowledgement"),
    ),
    Reply(
        key="other-es-2",
        intent="other",
        lang="es",
        who=("Alicia Navarro", "anavarro@hotelmiradordelpuerto.example"),
        when="2029-02-16 12:25 +0100",
        style="outlook_html",
        body="Estimados señores:\n\nAcusamos recibo de su correo, que hemos trasladado al departamento de administración del hotel para su revisión.\n\nReciban un cordial saludo,\n\nAlicia Navarro\nRecepción – Hotel Mirador del Puerto",
        inv="AF/29/091",
        amount="8450.00",
        labels=lab(
            note="formal acknowledgement written by a person; passed on internally, no address"
        ),
    ),
    Reply(
        key="other-nl-1",
        intent="other",
        lang="nl",
        who=("Hans Dijkstra", "h.dijkstra@dijkstra-bouw.example"),
        when="2029-02-07 12:45 +0100",
        style="android",
        body="Hebben wij deze niet al betaald? Ik dacht dat Marieke dat vorige maand had gedaan.",
        inv="AF/28/960",
        amount="3560.00",
        labels=lab(note="a question, not a payment claim"),
    ),
    Reply(
        key="other-nl-2",
        intent="other",
        lang="nl",
        who=("Maarten Hoekstra", "maarten@hoekstra-architecten.example"),
        when="2029-02-08 21:30 +0100",
        style="gmail",
        body="Hallo,\n\nIk zag je herinnering voorbijkomen. Ik moet nog even met Joost overleggen hoe het met die factuur zit, hij was de projectleider.\n\nMaar eigenlijk mail ik om iets anders: we hebben een nieuw project in Haarlem, een oud pakhuis dat wordt omgebouwd tot woningen, en de opdrachtgever wil een stalen wenteltrap van de begane grond naar de mezzanine, ongeveer 3,20 m hoog. Zouden jullie daar een prijsindicatie voor kunnen geven? Ik kan de tekeningen volgende week sturen.\n\nGroet,\nMaarten",
        inv="AF/29/092",
        amount="6120.00",
        labels=lab(note="'I'll check with Joost' is no commitment; the point is a new enquiry"),
    ),
    Reply(
        key="other-it-1",
        intent="other",
        lang="it",
        who=("Marco Ricci", "m.ricci@ricciedilizia.example"),
        when="2029-02-26 17:40 +0100",
        style="iphone",
        body="Ricevuto. Giro al titolare che rientra la settimana prossima.",
        inv="AF/29/093",
        amount="2640.00",
        labels=lab(note="acknowledgement by a person; the owner's return is not an auto-reply"),
    ),
    Reply(
        key="other-it-2",
        intent="other",
        lang="it",
        who=("Alessandra Villa", "alessandra.villa@villastudio.example"),
        when="2029-02-13 15:50 +0100",
        style="gmail",
        body="Buongiorno,\n\napprofitto della vostra mail per chiedervi quando potete venire per il sopralluogo del secondo lotto (scala esterna e parapetti dei balconi). Il geometra Bassi vorrebbe fissarlo entro fine mese, se possibile di mattina.\n\nGrazie e buona giornata,\nAlessandra Villa",
        inv="AF/29/094",
        amount="5870.00",
        labels=lab(note="'entro fine mese' is about a site visit, not a payment"),
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
# Delivery reports: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to ``rcpt`` in language ``rlang``.

    ``lang`` is the language of the report's human-readable text; ``delay`` is how long after
    the reminder left the report was written.
    """

    key: str
    lang: str
    kind: str
    status: str | None
    rcpt: str
    rcpt_name: str
    when: str
    rlang: str
    inv: str
    amount: str
    delay: timedelta = timedelta(minutes=3)
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The report's Date, in its writer's zone."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        """When the reminder left Sheffield."""
        return (self.dt - self.delay).astimezone(UK)

    @property
    def currency(self) -> str:
        """Pounds for UK customers, euros for the others."""
        return "GBP" if self.dt.utcoffset() == timedelta(0) else "EUR"

    @property
    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.rlang, self.inv)

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]


def original_reminder(b: Bounce) -> Message:
    """The reminder as it left Anvil Forge's server."""
    text = reminder_body(b.rlang, b.inv, b.amount, b.currency, b.sent)
    msg = text_part(text, "plain", "utf-8", "qp")
    msg["Return-Path"] = f"<{AR_ADDR}>"
    msg["Received"] = (
        f"from app01.{AR_DOMAIN} (app01.{AR_DOMAIN} [192.0.2.31])\n"
        f"\tby mail.{AR_DOMAIN} (Postfix) with ESMTPS id {token(b.key, 'queue', 11)}\n"
        f"\tfor <{b.rcpt}>; {format_datetime(b.sent)}"
    )
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = mailbox(b.rcpt_name, b.rcpt)
    msg["Subject"] = header_value(b.subject, "utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    move_content_headers_last(msg)
    return msg


def returned_headers(b: Bounce) -> Message:
    """A text/rfc822-headers part with the reminder's header block."""
    text = "".join(f"{k}: {v}\n" for k, v in original_reminder(b).items())
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def returned_copy(b: Bounce) -> str:
    """The whole reminder, as a plain-text bounce pastes it below its notice."""
    return original_reminder(b).as_string().rstrip("\n") + "\n"


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """A message/delivery-status part (RFC 3464)."""
    per_message = [
        f"Reporting-MTA: dns; {mta}",
        f"Arrival-Date: {format_datetime(b.sent.astimezone(b.dt.tzinfo))}",
    ]
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
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    blocks = ["\n".join(per_message) + "\n", "\n".join(per_recipient) + "\n"]
    part.set_payload([message_from_bytes(block.encode()) for block in blocks])
    return part


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str, charset: str = "utf-8") -> Message:
    """A notice's human part in plain text and simple HTML (Exchange and Gmail send both)."""
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>'
        f'<div style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">{html_paragraphs(text)}</div></body></html>\n'
    )
    return alternative(text + "\n", markup, charset, "qp")


def finish_bounce(
    b: Bounce,
    msg: Message,
    sender: str | tuple[str, str],
    subject: str,
    failed_header: bool = False,
) -> Message:
    """Envelope headers of a delivery report (``sender`` as a ready header or a name and address)."""
    if failed_header:
        msg["X-Failed-Recipients"] = b.rcpt
    if isinstance(sender, tuple):
        name, addr = sender
        msg["From"] = mailbox(name, addr)
    else:
        msg["From"] = addr = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_value(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = addr.rsplit("@", 1)[1].split(">")[0].split(" ")[0]
    msg["Message-ID"] = f"<{token(b.key, 'dsn', 20).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, b.key, "report")


def bounce_postfix_en(b: Bounce) -> Message:
    """The customer's Postfix gateway: unknown user after relaying inward (hard)."""
    human = (
        f"This is the mail system at host mailgw.{b.domain}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host exch01.{b.domain}[10.20.0.14] said: 550 5.1.1\n"
        f"    <{b.rcpt}>: User unknown (in reply to RCPT TO command)\n"
    )
    diagnostic = f"550 5.1.1 <{b.rcpt}>: User unknown"
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, f"mailgw.{b.domain}", "failed", diagnostic, f"exch01.{b.domain}"),
        returned_headers(b),
    )
    sender = f"MAILER-DAEMON@mailgw.{b.domain} (Mail Delivery System)"
    return finish_bounce(b, msg, sender, "Undelivered Mail Returned to Sender")


def bounce_exim_en(b: Bounce) -> Message:
    """Anvil Forge's own Exim relay: the customer's domain no longer exists (hard, no code)."""
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        "    Unrouteable address\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"{returned_copy(b)}"
    )
    msg = Message()
    msg.set_payload(text)
    sender = f"Mail Delivery System <Mailer-Daemon@smtp-out.{AR_DOMAIN}>"
    return finish_bounce(
        b,
        msg,
        sender,
        "Mail delivery failed: returning message to sender",
        failed_header=True,
    )


def bounce_qmail_en(b: Bounce) -> Message:
    """The customer's qmail host: mailbox over quota (soft, despite 'permanent error')."""
    text = (
        "Hi. This is the qmail-send program at mx1.pennine-hosting.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, the mailbox of this user is full and cannot accept new mail. (#5.2.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"{returned_copy(b)}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(b, msg, "MAILER-DAEMON@mx1.pennine-hosting.example", "failure notice")


def bounce_exchange_de(b: Bounce) -> Message:
    """Exchange Online, German: recipient not found (hard)."""
    local = b.rcpt.split("@")[0]
    diagnostic = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    human = (
        f"Ihre Nachricht hat {b.rcpt} nicht erreicht.\n\n"
        f"{local} wurde bei {b.domain} nicht gefunden.\n\n"
        "Unbekannter Empfänger\n\n"
        "So beheben Sie das Problem\n"
        "Möglicherweise ist die E-Mail-Adresse falsch geschrieben, oder das Postfach existiert nicht mehr. Überprüfen Sie die Adresse und senden Sie die Nachricht erneut. Besteht das Problem weiterhin, wenden Sie sich auf anderem Weg an den Empfänger.\n\n"
        "Weitere Informationen für Administratoren\n"
        "Generierender Server: FR4P281MB3417.DEUP281.PROD.OUTLOOK.COM\n\n"
        f"{b.rcpt}\n"
        f"Remoteserver hat '{diagnostic}' zurückgegeben"
    )
    msg = report(
        human_alternative(human),
        delivery_status(b, "FR4P281MB3417.DEUP281.PROD.OUTLOOK.COM", "failed", diagnostic),
        returned_headers(b),
    )
    sender = f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{b.domain}>"
    return finish_bounce(b, msg, sender, f"Unzustellbar: {b.subject}")


def bounce_backup_mx_de(b: Bounce) -> Message:
    """A German hosting provider's backup MX: primary unreachable, still retrying (soft)."""
    until = (b.dt + timedelta(days=3)).strftime("%d.%m.%Y")
    human = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mx2.hostwerk.example.\n\n"
        f"Ihre Nachricht an <{b.rcpt}> konnte bisher nicht zugestellt werden. Der Zielserver des Empfängers ist seit mehreren Stunden nicht erreichbar (Zeitüberschreitung der Verbindung).\n\n"
        f"Sie müssen nichts unternehmen. Wir versuchen die Zustellung bis zum {until} weiter und benachrichtigen Sie erneut, falls sie bis dahin nicht gelingt.\n\n"
        "Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.\n\n"
        "Ihr Hostwerk-Mailsystem\n"
    )
    diagnostic = f"421 4.4.1 Connection timed out while talking to mail.{b.domain}"
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(b, "mx2.hostwerk.example", "delayed", diagnostic, f"mail.{b.domain}"),
        returned_headers(b),
    )
    sender = "Mail Delivery System <MAILER-DAEMON@mx2.hostwerk.example>"
    return finish_bounce(b, msg, sender, f"Zustellung verzögert: {b.subject}")


def bounce_provider_fr(b: Bounce) -> Message:
    """A French host: mailbox full, reported with a 5.x code (soft by the mailbox-full rule)."""
    human = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur de messagerie mail.hebergeur-alpes.example.\n\n"
        "Votre message n'a pas pu être remis au destinataire suivant :\n\n"
        f"  {b.rcpt}\n"
        "  Motif : la boîte aux lettres du destinataire est pleine (552 5.2.2 Mailbox full)\n\n"
        "Le destinataire doit libérer de l'espace avant de pouvoir recevoir de nouveaux messages. Vous pourrez renvoyer votre message ultérieurement.\n\n"
        "Les en-têtes de votre message figurent en pièce jointe.\n"
    )
    msg = report(
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mail.hebergeur-alpes.example",
            "failed",
            f"552 5.2.2 <{b.rcpt}>: Mailbox full",
        ),
        returned_headers(b),
    )
    sender = ("Système de messagerie", "MAILER-DAEMON@mail.hebergeur-alpes.example")
    return finish_bounce(b, msg, sender, f"Échec de la remise du message : {b.subject}")


def bounce_exchange_es(b: Bounce) -> Message:
    """Exchange Online, Spanish: access denied for the recipient (hard)."""
    diagnostic = "550 5.4.1 Recipient address rejected: Access denied. [AM4PEPF00027A5C.eurprd04.prod.outlook.com]"
    human = (
        f"Su mensaje no se ha podido entregar a {b.rcpt}.\n\n"
        "El servidor de correo del destinatario ha rechazado la dirección: acceso denegado.\n\n"
        "Cómo solucionarlo\n"
        "Es posible que la dirección ya no exista o que el destinatario haya restringido quién puede enviarle mensajes. Compruebe la dirección y, si es correcta, póngase en contacto con el destinatario por otro medio.\n\n"
        "Más información para administradores\n"
        "Servidor que genera el mensaje: AM9PR02MB7731.eurprd02.prod.outlook.com\n\n"
        f"{b.rcpt}\n"
        f"El servidor remoto devolvió '{diagnostic}'"
    )
    msg = report(
        human_alternative(human),
        delivery_status(b, "AM9PR02MB7731.eurprd02.prod.outlook.com", "failed", diagnostic),
        returned_headers(b),
    )
    sender = f"Microsoft Outlook <postmaster@{b.domain}>"
    return finish_bounce(b, msg, sender, f"No se puede entregar: {b.subject}")


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail in Spanish: the recipient's inbox is full, delivery still being retried (soft)."""
    diagnostic = "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to free up space. - gsmtp"
    human = (
        "** Envío pendiente **\n\n"
        f"Ha habido un problema temporal al entregar tu mensaje a {b.rcpt}. Gmail volverá a intentarlo durante 45 horas más. Te avisaremos si el envío falla de forma definitiva.\n\n"
        "Respuesta del servidor remoto:\n\n"
        f"{diagnostic}"
    )
    msg = report(
        human_alternative(human),
        delivery_status(b, "mx.google.com", "delayed", diagnostic, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    )
    sender = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    return finish_bounce(b, msg, sender, "Notificación del estado del envío (retraso)")


def bounce_provider_nl(b: Bounce) -> Message:
    """A Dutch provider, single text/plain part: the mailbox was closed by its owner (hard)."""
    reminder = original_reminder(b)
    head = "\n".join(f"{k}: {reminder[k]}" for k in ("From", "To", "Subject", "Date", "Message-ID"))
    text = (
        "Uw bericht kon niet worden afgeleverd.\n\n"
        f"Ontvanger: {b.rcpt}\n"
        "Reden: dit e-mailadres is door de eigenaar opgeheven en neemt geen berichten meer aan.\n"
        "Foutcode: 550 5.2.1 mailbox disabled\n\n"
        "Dit is een permanente fout. Verstuur het bericht niet opnieuw naar dit adres.\n\n"
        "--- Kopregels van het oorspronkelijke bericht ---\n"
        f"{head}\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    sender = "Mailserver Dommelnet <postmaster@mail.dommelnet.example>"
    return finish_bounce(b, msg, sender, f"Onbestelbaar bericht: {b.subject}")


def bounce_exchange_nl(b: Bounce) -> Message:
    """Exchange Online, Dutch: the customer's on-premises server is down, still retrying (soft)."""
    diagnostic = '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to timeout." Attempted failover to alternate host, but that did not succeed.'
    human = (
        "De bezorging is vertraagd voor deze ontvangers of groepen:\n\n"
        f"{b.rcpt}\n\n"
        f"Onderwerp: {b.subject}\n\n"
        "Dit bericht is nog niet bezorgd. Er wordt nog steeds geprobeerd het bericht te bezorgen.\n\n"
        "De server blijft het nog 1 dag, 19 uur en 52 minuten proberen. Als het bericht in die tijd niet kan worden bezorgd, ontvangt u een bericht dat de bezorging is mislukt.\n\n"
        "Diagnostische gegevens voor beheerders:\n\n"
        "Genererende server: DB9PR01MB8120.eurprd01.prod.exchangelabs.com\n"
        f"Ontvangende server: mail.{b.domain}\n\n"
        f"{b.rcpt}\n"
        f"Servergegevens: {diagnostic}"
    )
    msg = report(
        human_alternative(human),
        delivery_status(
            b,
            "DB9PR01MB8120.eurprd01.prod.exchangelabs.com",
            "delayed",
            diagnostic,
            f"mail.{b.domain}",
        ),
        returned_headers(b),
    )
    sender = f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{b.domain}>"
    return finish_bounce(b, msg, sender, f"Bezorging vertraagd: {b.subject}")


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian provider, RFC 3464: unknown user (hard)."""
    diagnostic = f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown"
    human = (
        "Questo è un messaggio generato automaticamente dal sistema di posta smtp.postaweb-italia.example.\n\n"
        "Non è stato possibile consegnare il messaggio al seguente destinatario:\n\n"
        f"<{b.rcpt}>: utente inesistente\n"
        f"    (risposta del server: {diagnostic})\n\n"
        "L'errore è permanente. Verificate l'indirizzo prima di inviare di nuovo il messaggio.\n\n"
        "In allegato trovate le intestazioni del messaggio originale.\n"
    )
    msg = report(
        text_part(human, "plain", "utf-8", "8bit"),
        delivery_status(b, "smtp.postaweb-italia.example", "failed", diagnostic, f"mx.{b.domain}"),
        returned_headers(b),
    )
    sender = "Mail Delivery System <MAILER-DAEMON@smtp.postaweb-italia.example>"
    return finish_bounce(b, msg, sender, f"Mancata consegna: {b.subject}", failed_header=True)


def bounce_greylist_it(b: Bounce) -> Message:
    """An Italian anti-spam gateway, single Latin-1 part: greylisted by policy, retrying (soft)."""
    text = (
        "AVVISO DI RITARDO NELLA CONSEGNA\n\n"
        f'Il messaggio inviato a {b.rcpt} con oggetto "{latin1_text(b.subject)}" non è stato ancora consegnato.\n\n'
        "Il server del destinatario lo ha temporaneamente rifiutato per motivi di policy:\n"
        "    451 4.7.1 Greylisting in action, please come back later\n\n"
        "Non è necessario fare nulla: il nostro sistema ritenterà automaticamente la consegna per i prossimi 5 giorni. Riceverete un ulteriore avviso solo in caso di errore definitivo.\n\n"
        "Servizio antispam - filtro.mailsicura.example\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    sender = "Servizio posta <postmaster@filtro.mailsicura.example>"
    return finish_bounce(b, msg, sender, "Avviso: consegna ritardata")


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bnc-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@brightwellhomes.example",
            "Brightwell Homes Accounts",
            "2029-02-06 09:05 +0000",
            "en",
            "AF/29/095",
            "3280.00",
        ),
        bounce_postfix_en,
    ),
    (
        Bounce(
            "bnc-en-2",
            "en",
            "hard",
            None,
            "office@hendersonjoinery.example",
            "Henderson Joinery",
            "2029-02-08 09:04 +0000",
            "en",
            "AF/28/963",
            "2745.00",
            delay=timedelta(seconds=50),
            note="Exim notice, not RFC 3464: 'Unrouteable address' (the domain is gone) carries no status code",
        ),
        bounce_exim_en,
    ),
    (
        Bounce(
            "bnc-en-3",
            "en",
            "soft",
            "5.2.2",
            "info@pennineplastering.example",
            "Pennine Plastering",
            "2029-02-20 09:07 +0000",
            "en",
            "AF/29/096",
            "1185.00",
            note="qmail says 'permanent error' but the mailbox is full: soft by the mailbox-full rule; the code is kept",
        ),
        bounce_qmail_en,
    ),
    (
        Bounce(
            "bnc-de-1",
            "de",
            "hard",
            "5.1.10",
            "rechnungen@holzbau-petersen.example",
            "Holzbau Petersen",
            "2029-02-12 10:06 +0100",
            "de",
            "AF/29/097",
            "4690.00",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            "bnc-de-2",
            "de",
            "soft",
            "4.4.1",
            "info@fliesen-brandl.example",
            "Fliesen Brandl",
            "2029-02-19 14:04 +0100",
            "de",
            "AF/29/098",
            "2360.00",
            delay=timedelta(hours=4),
            note="backup MX delay warning, still retrying",
        ),
        bounce_backup_mx_de,
    ),
    (
        Bounce(
            "bnc-fr-1",
            "fr",
            "soft",
            "5.2.2",
            "contact@menuiserie-vidal.example",
            "Menuiserie Vidal",
            "2029-02-23 10:07 +0100",
            "fr",
            "AF/29/099",
            "3070.00",
            note="mailbox full with a 5.x code: soft by the mailbox-full rule; the code is kept",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "bnc-es-1",
            "es",
            "hard",
            "5.4.1",
            "facturas@talleresarnedo.example",
            "Talleres Arnedo",
            "2029-02-15 10:05 +0100",
            "es",
            "AF/28/968",
            "5640.00",
        ),
        bounce_exchange_es,
    ),
    (
        Bounce(
            "bnc-es-2",
            "es",
            "soft",
            "4.2.2",
            "javier.montoro.obras@gmail.com",
            "Javier Montoro",
            "2029-02-27 13:30 +0100",
            "es",
            "AF/29/100",
            "1720.00",
            delay=timedelta(hours=3, minutes=25),
            note="Gmail delay notice in Spanish: inbox over quota, still retrying",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            "bnc-nl-1",
            "nl",
            "hard",
            "5.2.1",
            "info@schildersbedrijf-devries.example",
            "Schildersbedrijf De Vries",
            "2029-02-26 10:05 +0100",
            "nl",
            "AF/29/101",
            "2590.00",
            note="single text/plain provider notice, not RFC 3464; the mailbox was closed by its owner",
        ),
        bounce_provider_nl,
    ),
    (
        Bounce(
            "bnc-nl-2",
            "nl",
            "soft",
            "4.4.7",
            "administratie@hoveniersbedrijf-lammers.example",
            "Hoveniersbedrijf Lammers",
            "2029-02-28 14:20 +0100",
            "nl",
            "AF/29/102",
            "3815.00",
            delay=timedelta(hours=4, minutes=16),
            note="Exchange Online delay notice in Dutch",
        ),
        bounce_exchange_nl,
    ),
    (
        Bounce(
            "bnc-it-1",
            "it",
            "hard",
            "5.1.1",
            "ufficio@impresaedilecosta.example",
            "Impresa Edile Costa",
            "2029-02-09 10:06 +0100",
            "it",
            "AF/28/972",
            "6210.00",
        ),
        bounce_provider_it,
    ),
    (
        Bounce(
            "bnc-it-2",
            "it",
            "soft",
            "4.7.1",
            "amministrazione@marmi-bertolini.example",
            "Marmi Bertolini",
            "2029-03-01 11:15 +0100",
            "it",
            "AF/29/103",
            "2980.00",
            delay=timedelta(hours=2, minutes=12),
            note="policy deferral (greylisting) in a single Latin-1 text part; still retrying",
        ),
        bounce_greylist_it,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, checks and output
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One built message with everything the checks need."""

    key: str
    msg: Message
    label: dict[str, object]
    dt: datetime
    text: str
    style: str


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written message (without its file name)."""
    label: dict[str, object] = {"intent": r.intent, **dict.fromkeys(FIELDS)}
    label.update({k: v for k, v in r.labels.items() if k in FIELDS})
    label["invoice_refs"] = list(cast(list[str], r.labels.get("invoice_refs", [])))
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(FIELDS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_items() -> list[Item]:
    """Every message, built."""
    items = [Item(r.key, build_reply(r), reply_label(r), r.dt, r.body, r.style) for r in REPLIES]
    items += [Item(b.key, build(b), bounce_label(b), b.dt, "", "bounce") for b, build in BOUNCES]
    return items


def file_order(key: str) -> str:
    """Files are numbered by a seeded hash of the key, so a name says nothing about the label."""
    return hashlib.sha256(f"{SEED}/{key}".encode()).hexdigest()


def fail(where: str, problem: str) -> NoReturn:
    """Stop the build with a message."""
    raise SystemExit(f"{where}: {problem}")


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^AF/\d{2}/\d{3}$")


def mime_parts(msg: EmailMessage) -> list[EmailMessage]:
    """Every MIME part, without the field blocks inside message/delivery-status."""
    out = [msg]
    if msg.get_content_type() == "message/delivery-status":
        return out
    if msg.is_multipart():
        for sub in cast(list[EmailMessage], msg.get_payload()):
            out += mime_parts(sub)
    return out


def unfold_message_id(data: bytes) -> bytes:
    """Clients write a long Message-ID on one line; the generator folds it after the colon."""
    return data.replace(b"Message-ID: \n <", b"Message-ID: <")


def check_parsed(name: str, data: bytes) -> EmailMessage:
    """Parse a file back: headers decode, every text part decodes, nothing is defective."""
    for n, line in enumerate(data.split(b"\n"), start=1):
        if len(line) > 998:
            fail(name, f"line {n} is longer than 998 octets")
    parsed = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if parsed[header] is None:
            fail(name, f"no {header} header")
    for part in mime_parts(parsed):
        if part.defects:
            fail(name, f"defects {part.defects}")
        for hname, value in part.items():
            text = str(value)
            if "=?" in text:
                fail(name, f"{hname} not decoded: {text}")
            defects = getattr(value, "defects", ())
            if defects:
                fail(name, f"{hname} defects {defects}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or not content.strip():
                fail(name, "empty or undecodable text part")
    return parsed


def check_label(item: Item) -> None:
    """Shape and consistency of one label."""
    label, key = item.label, item.key
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        fail(key, "unknown intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for name in FIELDS:
        if label[name] is not None and name not in allowed:
            fail(key, f"{name} is filled but {intent} does not use it")
    local_day = item.dt.date()
    if not FIRST_DAY <= local_day <= LAST_DAY:
        fail(key, f"dated {local_day}, outside the corpus range")
    expected_offset = timedelta(0) if label["language"] == "en" else timedelta(hours=1)
    if item.dt.utcoffset() != expected_offset:
        fail(key, "UK senders write at +0000 and the others at +0100 in February")
    for name in ("promised_date", "paid_date", "return_date"):
        value = label[name]
        if value is None:
            continue
        if not ISO_DATE.match(str(value)):
            fail(key, f"{name} is not an ISO date")
        day = date.fromisoformat(str(value))
        if name == "paid_date" and day > local_day:
            fail(key, "paid in the future")
        if name != "paid_date" and day < local_day:
            fail(key, f"{name} in the past")
    if (label["amount"] is None) != (label["currency"] is None):
        fail(key, "amount and currency go together")
    if label["amount"] is not None and not AMOUNT.match(str(label["amount"])):
        fail(key, "amount is not a plain decimal string")
    if label["currency"] not in {None, "GBP", "EUR"}:
        fail(key, "unexpected currency")
    for name in ("new_contact", "failed_recipient"):
        value = label[name]
        if value is not None and (str(value) != str(value).lower() or "@" not in str(value)):
            fail(key, f"{name} must be a lower-case address")
    if intent == "bounce" and (
        label["bounce_kind"] not in {"hard", "soft"} or label["failed_recipient"] is None
    ):
        fail(key, "a bounce needs its kind and recipient")
    refs = cast(list[str], label["invoice_refs"])
    for ref in refs:
        if not INVOICE.match(ref):
            fail(key, f"invoice ref {ref} is not normalised")
        if ref.split("/")[2] not in item.text:
            fail(key, f"invoice ref {ref} is not in the new text")


def check_corpus(items: list[Item]) -> None:
    """Keys, invoices and the planned counts."""
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        fail("corpus", "duplicate keys")
    own = [r.inv for r in REPLIES] + [b.inv for b, _ in BOUNCES]
    if len(set(own)) != len(own):
        fail(
            "corpus",
            f"invoice used twice: {[x for x, n in Counter(own).items() if n > 1]}",
        )
    for r in REPLIES:
        for ref in cast(list[str], r.labels.get("invoice_refs", [])):
            if ref != r.inv and ref in own:
                fail(r.key, f"{ref} is another message's invoice")
        if r.intent != "payment_sent" and r.style in NOTICES and r.threaded is False:
            fail(r.key, "only payment advices stand outside a thread")
    cells = Counter((str(i.label["intent"]), str(i.label["language"])) for i in items)
    for intent in INTENTS:
        for lang in LANGS:
            if cells[intent, lang] != planned_count(intent, lang):
                fail(
                    "corpus",
                    f"{intent}/{lang}: {cells[intent, lang]} messages, {planned_count(intent, lang)} planned",
                )
    kinds = Counter(str(i.label["bounce_kind"]) for i in items if i.label["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        fail("corpus", f"bounce kinds {dict(kinds)}")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table, as in the README."""
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


def coverage(items: list[Item], parsed: list[EmailMessage]) -> str:
    """A short summary of the format coverage, for the README."""
    styles = Counter(item.style for item in items)
    tops = Counter(msg.get_content_type() for msg in parsed)
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    for msg in parsed:
        seen_cs: set[str] = set()
        seen_cte: set[str] = set()
        for part in mime_parts(msg):
            if part.get_content_maintype() == "text":
                seen_cs.add(str(part.get_content_charset("us-ascii")).lower())
                seen_cte.add(str(part.get("Content-Transfer-Encoding", "7bit")).lower())
        charsets.update(seen_cs)
        encodings.update(seen_cte)
    headers = Counter(
        name
        for msg in parsed
        for name in (
            "In-Reply-To",
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "X-Autoreply",
            "Precedence",
        )
        if msg[name] is not None
    )
    encoded = sum(
        1 for item in items if "=?" in str(item.msg["Subject"]) or "=?" in str(item.msg["From"])
    )
    return "\n".join(
        [
            f"styles: {dict(sorted(styles.items()))}",
            f"top-level types: {dict(sorted(tops.items()))}",
            f"charsets (messages using each): {dict(sorted(charsets.items()))}",
            f"transfer encodings (messages using each): {dict(sorted(encodings.items()))}",
            f"headers: {dict(sorted(headers.items()))}",
            f"RFC 2047 Subject or From: {encoded}",
        ]
    )


def write_all() -> tuple[list[dict[str, object]], str]:
    """Build, check and write every file; return the labels and the coverage summary."""
    items = sorted(all_items(), key=lambda item: file_order(item.key))
    check_corpus(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    parsed: list[EmailMessage] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        check_label(item)
        data = unfold_message_id(item.msg.as_bytes())
        parsed.append(check_parsed(name, data))
        (HERE / name).write_bytes(data)
        label = {"file": name, **item.label}
        labels.append({k: label[k] for k in LABEL_ORDER})
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, coverage(items, parsed)


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels, summary = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
