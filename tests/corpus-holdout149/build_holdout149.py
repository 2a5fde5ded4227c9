# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph a line, as mail clients send it, with the typographic
# dashes, quotes and spaces that people and their clients really produce.
"""Build held-out reply corpus 149: `h149-NNN.eml` files and `labels.jsonl`.

Every message could land in the receivables mailbox of Copperbeech Sign & Graphics after it sent
an overdue reminder. The new text of each message is written by hand below. The script only adds
what a mail client or a mail server would add: the quoted reminder (in the client's layout and
language), headers, MIME structure, charsets and transfer encodings, and the machine parts of
delivery reports. Run it from anywhere: it writes next to itself, deterministically.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import re
import sys
import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
PREFIX = "h149"
SEED = "copperbeech-149-20320322"
AR_NAME = "Copperbeech Accounts"
AR_ADDR = "ledger@copperbeech-signs.example"
AR_DOMAIN = "copperbeech-signs.example"
AR_MTA = "mail.copperbeech-signs.example"
FIRST_DAY = date(2032, 3, 22)
LAST_DAY = date(2032, 4, 16)
UK_HOLIDAYS = {date(2032, 3, 26), date(2032, 3, 29)}  # Good Friday, Easter Monday

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
# The fields each intent may fill; everything else stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# Which language gets a single message in each intent (the others get two, English three).
SINGLE = {
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

# --------------------------------------------------------------------------------------------
# Time zones: UK senders on GMT/BST, everyone else on CET/CEST (EU rule, switch at 01:00 UTC)
# --------------------------------------------------------------------------------------------

BASE_OFFSET = {"uk": 0, "cet": 1}


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (March or October here)."""
    day = date(year, month, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def summer_time(instant: datetime) -> bool:
    """Whether European summer time is in force at a UTC instant."""
    year = instant.year
    start = datetime.combine(last_sunday(year, 3), datetime.min.time(), UTC) + timedelta(hours=1)
    end = datetime.combine(last_sunday(year, 10), datetime.min.time(), UTC) + timedelta(hours=1)
    return start <= instant < end


def zone_offset(instant: datetime, zone: str) -> timezone:
    """The fixed offset a zone shows at a UTC instant."""
    hours = BASE_OFFSET[zone] + (1 if summer_time(instant.astimezone(UTC)) else 0)
    return timezone(timedelta(hours=hours))


def local_time(stamp: str, zone: str) -> datetime:
    """Parse 'YYYY-MM-DD HH:MM' as wall-clock time in a zone; refuse times in the spring gap."""
    naive = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    for extra in (1, 0):
        offset = timezone(timedelta(hours=BASE_OFFSET[zone] + extra))
        aware = naive.replace(tzinfo=offset)
        if zone_offset(aware, zone) == offset:
            return aware
    raise ValueError(f"{stamp} does not exist in zone {zone}")


def in_zone(instant: datetime, zone: str) -> datetime:
    """The same instant as a clock in the zone shows it."""
    return instant.astimezone(zone_offset(instant, zone))


# --------------------------------------------------------------------------------------------
# Locale tables
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
NUMERIC_DATE = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
GMAIL_ATTRIBUTION = {
    "en": "On {wda}, {d} {moa} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {moa} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {moa} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {moa} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {moa} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {moa} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {moa} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {moa} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {moa} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {moa} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {moa} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
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
    """How a localised Outlook labels the header block of the message it quotes."""

    divider: str
    sender: str
    sent: str
    to: str
    subject: str
    colon: str = ": "


OUTLOOK_WORDS = {
    "en": OutlookWords("-----Original Message-----", "From", "Sent", "To", "Subject"),
    "de": OutlookWords("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
    "fr": OutlookWords("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": OutlookWords("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto"),
    "nl": OutlookWords("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp"),
    "it": OutlookWords("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto"),
}
OUTLOOK_REPLY_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
SENT_FROM_IPHONE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
GET_OUTLOOK_ANDROID = {
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
# The reminder that the replies answer (Copperbeech's own wording, one per language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Copperbeech Sign & Graphics",
    "de": "Überfällige Rechnung {inv} – Copperbeech Sign & Graphics",
    "fr": "Facture échue {inv} – Copperbeech Sign & Graphics",
    "es": "Factura vencida {inv} – Copperbeech Sign & Graphics",
    "nl": "Vervallen factuur {inv} – Copperbeech Sign & Graphics",
    "it": "Fattura scaduta {inv} – Copperbeech Sign & Graphics",
}
BANK_GBP = "Copperbeech Sign & Graphics Ltd, sort code 40-17-62, account 71029384"
BANK_EUR = "Copperbeech Sign & Graphics Ltd, IBAN GB63 CPBE 4017 6271 0293 84, BIC CPBEGB2LXXX"
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our ledger shows the invoice below as unpaid, and it is now past its due date:\n\n"
        "    {inv}    issued {issued}    due {due}    {amount}\n\n"
        "If payment is already on its way, thank you – a quick reply with the date it was sent helps us match it. If something about the job or the invoice isn’t right, just reply to this email and we’ll look into it.\n\n"
        "Bank transfer: {bank}, reference {inv}.\n\n"
        "Kind regards,\n\n"
        "Accounts team\nCopperbeech Sign & Graphics Ltd\nKiln Lane Works, Droitwich\nledger@copperbeech-signs.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "in unserer Buchhaltung ist die folgende Rechnung noch offen, obwohl das Zahlungsziel überschritten ist:\n\n"
        "    {inv}    Rechnungsdatum {issued}    fällig seit {due}    {amount}\n\n"
        "Falls Sie bereits bezahlt haben, vielen Dank – teilen Sie uns bitte kurz das Zahlungsdatum mit, damit wir die Zahlung zuordnen können. Sollte mit dem Auftrag oder der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Bankverbindung: {bank}, Verwendungszweck {inv}.\n\n"
        "Freundliche Grüße\n\n"
        "Buchhaltung\nCopperbeech Sign & Graphics Ltd\nledger@copperbeech-signs.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n’est toujours pas réglée alors que son échéance est passée :\n\n"
        "    {inv}    émise le {issued}    échéance {due}    {amount}\n\n"
        "Si le paiement est déjà parti, merci ; pourriez-vous nous en indiquer la date afin que nous puissions le rapprocher ? Si quelque chose ne va pas dans la prestation ou dans la facture, répondez simplement à ce message.\n\n"
        "Coordonnées bancaires : {bank}, référence {inv}.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité\nCopperbeech Sign & Graphics Ltd\nledger@copperbeech-signs.example"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestra contabilidad, la siguiente factura sigue pendiente de pago y ya ha superado su fecha de vencimiento:\n\n"
        "    {inv}    fecha de emisión {issued}    vencimiento {due}    {amount}\n\n"
        "Si ya la han abonado, muchas gracias; les agradeceríamos que nos indicaran la fecha del pago para poder conciliarlo. Si hay algún problema con el trabajo o con la factura, basta con responder a este correo.\n\n"
        "Datos bancarios: {bank}, concepto {inv}.\n\n"
        "Un saludo,\n\n"
        "Departamento de contabilidad\nCopperbeech Sign & Graphics Ltd\nledger@copperbeech-signs.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet betaald, terwijl de vervaldatum inmiddels verstreken is:\n\n"
        "    {inv}    factuurdatum {issued}    vervaldatum {due}    {amount}\n\n"
        "Is de betaling al onderweg? Dank daarvoor – laat u ons even weten op welke datum u heeft betaald, dan kunnen wij de betaling koppelen. Klopt er iets niet aan de opdracht of de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Bankgegevens: {bank}, o.v.v. {inv}.\n\n"
        "Met vriendelijke groet,\n\n"
        "Afdeling boekhouding\nCopperbeech Sign & Graphics Ltd\nledger@copperbeech-signs.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità risulta ancora aperta la fattura indicata qui sotto, la cui scadenza è già passata:\n\n"
        "    {inv}    emessa il {issued}    scadenza {due}    {amount}\n\n"
        "Se il pagamento è già stato disposto vi ringraziamo e vi chiediamo di indicarci la data, così da poterlo abbinare. Se c’è qualche problema con il lavoro o con la fattura, basta rispondere a questa e-mail.\n\n"
        "Coordinate bancarie: {bank}, causale {inv}.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio contabilità\nCopperbeech Sign & Graphics Ltd\nledger@copperbeech-signs.example"
    ),
}
# What a Latin-1 client makes of characters it cannot send.
NBSP = "\u00a0"
LATIN1_FALLBACK = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


def money(value: str, currency: str, lang: str) -> str:
    """An amount ('1640.50') as the reminder writes it in a language."""
    units, cents = value.split(".")
    grouped = f"{int(units):,}"
    if lang == "en":
        return f"{'£' if currency == 'GBP' else '€'}{grouped}.{cents}"
    if lang == "fr":
        return grouped.replace(",", NBSP) + f",{cents}{NBSP}€"
    dotted = grouped.replace(",", ".")
    if lang in {"de", "es"}:
        return f"{dotted},{cents} €"
    return f"€ {dotted},{cents}"


def numeric_date(day: date, lang: str) -> str:
    """A date in the short numeric form of a language."""
    return NUMERIC_DATE[lang].format(dd=f"{day.day:02d}", mo=f"{day.month:02d}", y=day.year)


def latin1(text: str) -> str:
    """Replace what ISO-8859-1 cannot carry, the way old clients do."""
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def clock_fields(lang: str, when: datetime) -> dict[str, str]:
    """Every piece of a date and time that the attribution templates use."""
    return {
        "wd": DAY_NAMES[lang].split()[when.weekday()],
        "wda": DAY_ABBR[lang].split()[when.weekday()],
        "mon": MONTH_NAMES[lang].split()[when.month - 1],
        "moa": MONTH_ABBR[lang].split()[when.month - 1],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "H": str(when.hour),
        "HH": f"{when.hour:02d}",
        "mm": f"{when.minute:02d}",
    }


# --------------------------------------------------------------------------------------------
# Hashes: everything that looks random is derived from the message key
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable 32-byte digest of a message key."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def number(key: str, salt: str, modulo: int) -> int:
    """A stable small number derived from a message key."""
    return int.from_bytes(digest(key, salt)[:8], "big") % modulo


def token(
    key: str,
    salt: str,
    length: int,
    alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
) -> str:
    """A stable token from a message key."""
    raw = digest(key, salt) + digest(key, salt + "+")
    return "".join(alphabet[b % len(alphabet)] for b in raw[:length])


def stable_uuid(key: str, salt: str) -> str:
    """A stable UUID from a message key."""
    return str(uuid.UUID(bytes=digest(key, salt)[:16], version=4))


# --------------------------------------------------------------------------------------------
# Message specs
# --------------------------------------------------------------------------------------------


def lab(
    note: str | None = None, refs: tuple[str, ...] = (), **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Reply:
    """One hand-written message that answers (or reacts automatically to) a reminder."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    zone: str
    client: str
    body: str
    labels: Mapping[str, object]
    inv: str = ""
    amount: str = ""
    rlang: str = ""
    loc: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    rcpt: str = ""
    threaded: bool = True

    @property
    def dt(self) -> datetime:
        """The Date: of the message, in the sender's own offset."""
        return local_time(self.when, self.zone)

    @property
    def reminder_lang(self) -> str:
        """The language the reminder was written in."""
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        """The language of the sender's mail client (attribution lines, signatures)."""
        return self.loc or self.lang

    @property
    def invoice(self) -> str:
        """The invoice the reminder was about."""
        return self.inv or invoice_book()[self.key]

    @property
    def currency(self) -> str:
        """UK customers are billed in sterling, the others in euros."""
        return "GBP" if self.zone == "uk" else "EUR"

    @property
    def reminder_amount(self) -> str:
        """The amount the reminder asked for."""
        if self.amount:
            return self.amount
        pounds = 240 + number(self.key, "amount", 3200)
        return f"{pounds}.{number(self.key, 'pence', 20) * 5:02d}"

    @property
    def reminder_to(self) -> str:
        """Where the reminder was sent."""
        return self.rcpt or self.who[1]


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------


def quoted(text: str) -> str:
    """Quote text the way most clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Plain text as HTML lines."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str) -> str:
    """Plain text as HTML paragraphs."""
    return "\n".join(f"<p>{html_text(block)}</p>" for block in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Plain text as Word's MsoNormal paragraphs."""
    lines = []
    for line in text.split("\n"):
        if line:
            lines.append(f'<p class="MsoNormal">{html.escape(line, quote=False)}<o:p></o:p></p>')
        else:
            lines.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(lines)


def flowed(text: str, width: int = 72) -> str:
    """Wrap text as format=flowed (RFC 3676): soft breaks keep a trailing space."""
    out: list[str] = []
    for line in text.split("\n"):
        match = re.match(r"^(>+ ?)?", line)
        prefix = match.group(0) if match else ""
        content = line[len(prefix) :]
        if not prefix and content.startswith((" ", "From ", ">")):
            content = " " + content  # space-stuffing
        room = width - len(prefix)
        while len(content) > room and " " in content[1:room]:
            cut = content.rfind(" ", 1, room)
            out.append(prefix + content[: cut + 1])
            content = content[cut + 1 :]
        out.append(prefix + content)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------


def make_charset(name: str, cte: str) -> cs.Charset:
    """A Charset that encodes bodies the way the sending client does."""
    charset = cs.Charset(name)
    if cte == "qp":
        charset.body_encoding = cs.QP
    elif cte == "b64":
        charset.body_encoding = cs.BASE64
    else:
        charset.body_encoding = None  # type: ignore[assignment]  # 7bit/8bit: no transfer encoding
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part; raises if the hand-written text does not fit the declared charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, make_charset(charset, cte))
    return part


def alternative(plain: str, markup: str, charset: str, cte: str) -> Message:
    """multipart/alternative with a plain and an HTML version."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", charset, cte))
    outer.attach(text_part(markup, "html", charset, cte))
    return outer


def encode_header(value: str, charset: str, name: str = "Subject", b_words: bool = False) -> str:
    """A header value as a client writes it: RFC 2047 encoded words when it is not ASCII.

    Outlook writes UTF-8 words in base64 ('B'); most other clients use 'Q'.
    """
    if value.isascii():
        return value
    encoding = charset if charset != "us-ascii" else "utf-8"
    try:
        value.encode(encoding)
    except UnicodeEncodeError:
        encoding = "utf-8"
    words = cs.Charset(encoding)
    words.header_encoding = cs.BASE64 if b_words else cs.QP
    return Header(value, words, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str, b_words: bool = False) -> str:
    """A From/To mailbox with the display name encoded when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, 'From', b_words)} <{addr}>"


def reorder_mime_headers(msg: Message) -> None:
    """Put MIME-Version and the content headers after the envelope headers, as clients do."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = str(value)
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> list[Message]:
    """The immediate children of a multipart or message/* part."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return [p for p in payload if isinstance(p, Message)]
    return []


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (and of an attached message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, key: str, shape: str) -> None:
    """Deterministic boundaries in the sending software's own style."""
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        salt = f"boundary{n}"
        if shape == "gmail":
            boundary = "000000000000" + token(key, salt, 12, "0123456789abcdef")
        elif shape == "outlook":
            boundary = f"_00{n}_{token(key, salt, 36)}_"
        elif shape == "apple":
            boundary = "Apple-Mail=_" + stable_uuid(key, salt).upper()
        elif shape == "exchange-ndr":
            boundary = f"_{token(key, salt, 8).lower()}-{token(key, salt + 'b', 4).lower()}_"
        else:
            boundary = (
                f"----=_Part_{number(key, salt, 900000) + 100000}_{number(key, salt + 'b', 10**9)}"
            )
        part.set_boundary(boundary)


def finish(msg: Message, key: str, shape: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    reorder_mime_headers(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, shape)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder as the replier's client shows it
# --------------------------------------------------------------------------------------------


def reminder_sent(r: Reply) -> datetime:
    """When Copperbeech's reminder left (UK clock). Auto-replies follow it within minutes."""
    if r.client == "none":
        return (r.dt - timedelta(minutes=2 + number(r.key, "lag", 4))).astimezone(UTC)
    day = r.dt.date() - timedelta(days=1 + number(r.key, "sent", 3))
    while day.weekday() >= 5 or day in UK_HOLIDAYS:
        day -= timedelta(days=1)
    wall = datetime.combine(day, datetime.min.time()).replace(
        hour=9, minute=1 + number(r.key, "minute", 9)
    )
    return local_time(wall.strftime("%Y-%m-%d %H:%M"), "uk").astimezone(UTC)


def reminder_dates(r: Reply) -> tuple[date, date]:
    """Issue and due date of the reminded invoice."""
    due = reminder_sent(r).date() - timedelta(days=9 + number(r.key, "due", 15))
    return due - timedelta(days=30), due


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amount: str, currency: str, issued: date, due: date) -> str:
    """The reminder's body."""
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=numeric_date(issued, lang),
        due=numeric_date(due, lang),
        amount=money(amount, currency, lang),
        bank=BANK_GBP if currency == "GBP" else BANK_EUR,
    )


def reminder_msgid(key: str) -> str:
    """Message-ID of the reminder a message answers."""
    return f"<dun.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


@dataclass(frozen=True)
class Quoted:
    """The reminder, as the replying client will quote it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def quoted_reminder(r: Reply) -> Quoted:
    """Build what the reply quotes, in the replier's clock and charset."""
    issued, due = reminder_dates(r)
    text = reminder_text(r.reminder_lang, r.invoice, r.reminder_amount, r.currency, issued, due)
    subject = reminder_subject(r.reminder_lang, r.invoice)
    if r.charset == "iso-8859-1":
        text, subject = latin1(text), latin1(subject)
    to = r.reminder_to if r.rcpt else mailbox(r.who[0], r.who[1], "utf-8")
    if not r.rcpt and not r.who[0].isascii():
        to = f"{r.who[0]} <{r.who[1]}>"
    return Quoted(text, subject, in_zone(reminder_sent(r), r.zone), r.client_lang, to)


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def outlook_header_lines(q: Quoted) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject block of a localised Outlook."""
    words = OUTLOOK_WORDS[q.loc]
    sent = OUTLOOK_SENT[q.loc].format(**clock_fields(q.loc, q.sent))
    return [
        (words.sender, f"{AR_NAME} <{AR_ADDR}>"),
        (words.sent, sent),
        (words.to, q.to),
        (words.subject, q.subject),
    ]


def outlook_block(q: Quoted) -> str:
    """The header block as plain text."""
    colon = OUTLOOK_WORDS[q.loc].colon
    return "\n".join(f"{label}{colon}{value}" for label, value in outlook_header_lines(q))


def word_document(r: Reply, q: Quoted) -> str:
    """Outlook's Word-generated HTML: new text, the divider, the header block, the reminder."""
    colon = OUTLOOK_WORDS[q.loc].colon.rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(colon)}</b> {html.escape(value)}"
        for label, value in outlook_header_lines(q)
    )
    lang_attr = CONTENT_LANGUAGE[r.client_lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle20 {mso-style-type:personal-reply;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
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


def client_outlook(r: Reply, q: Quoted) -> Message:
    """Outlook desktop, plain text, with the localised 'Original Message' divider."""
    divider = OUTLOOK_WORDS[q.loc].divider
    return text_part(
        f"{r.body}\n\n{divider}\n{outlook_block(q)}\n\n{q.text}\n",
        "plain",
        r.charset,
        r.cte,
    )


def client_outlook_html(r: Reply, q: Quoted) -> Message:
    """Outlook desktop, HTML with a plain-text alternative."""
    plain = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(plain, word_document(r, q), r.charset, r.cte)


def client_html_only(r: Reply, q: Quoted) -> Message:
    """An Outlook configured to send HTML only."""
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def client_android(r: Reply, q: Quoted) -> Message:
    """Outlook for Android: plain text in base64, its own signature and separator."""
    text = f"{r.body}\n\n{GET_OUTLOOK_ANDROID[q.loc]}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quoted) -> str:
    """Gmail's attribution line in the user's interface language."""
    return GMAIL_ATTRIBUTION[q.loc].format(
        **clock_fields(q.loc, q.sent), name=AR_NAME, addr=AR_ADDR
    )


def client_gmail(r: Reply, q: Quoted) -> Message:
    """Gmail web: multipart/alternative with the gmail_quote block."""
    attribution = gmail_attribution(q)
    plain = f"{r.body}\n\n{attribution}\n\n{quoted(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_blocks(q.text)}</blockquote></div>\n"
    )
    return alternative(plain, markup, r.charset, r.cte)


def client_gmail_plain(r: Reply, q: Quoted) -> Message:
    """Gmail in plain-text mode: '>' quoting."""
    return text_part(
        f"{r.body}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def apple_attribution(q: Quoted) -> str:
    """Apple Mail's attribution line."""
    return APPLE_ATTRIBUTION[q.loc].format(
        **clock_fields(q.loc, q.sent), name=AR_NAME, addr=AR_ADDR
    )


def client_apple(r: Reply, q: Quoted) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{r.body}\n\n{apple_attribution(q)}\n\n{quoted(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def client_iphone(r: Reply, q: Quoted) -> Message:
    """iPhone Mail: the localised signature, then the quote with its attribution inside."""
    inner = quoted(f"{apple_attribution(q)}\n\n{q.text}")
    return text_part(
        f"{r.body}\n\n{SENT_FROM_IPHONE[q.loc]}\n\n{inner}\n", "plain", r.charset, r.cte
    )


def client_thunderbird(r: Reply, q: Quoted) -> Message:
    """Thunderbird: attribution, '>' quoting, format=flowed when UTF-8."""
    attribution = THUNDERBIRD_ATTRIBUTION[q.loc].format(**clock_fields(q.loc, q.sent), name=AR_NAME)
    text = f"{r.body}\n\n{attribution}\n{quoted(q.text)}\n"
    if r.charset != "utf-8":
        return text_part(text, "plain", r.charset, r.cte)
    part = text_part(flowed(text), "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def client_none(r: Reply, q: Quoted) -> Message:
    """Automatic notices and AP advices quote nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


CLIENTS: dict[str, Callable[[Reply, Quoted], Message]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "html_only": client_html_only,
    "android": client_android,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "none": client_none,
}
OUTLOOK_CLIENTS = {"outlook", "outlook_html", "html_only", "android"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.400.21)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23E246)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_SHAPE = {"gmail": "gmail", "apple": "apple", "iphone": "apple"}


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the sending client's, derived from the key."""
    domain = r.who[1].split("@", 1)[1]
    if r.client in {"gmail", "gmail_plain"}:
        return f"<CA{token(r.key, 'gmail', 44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-')}@mail.gmail.com>"
    if r.client in OUTLOOK_CLIENTS:
        pod = "LO2P265" if r.zone == "uk" else "AM9PR04"
        return f"<{token(r.key, 'ms', 12)}{pod}MB{number(r.key, 'mb', 9000) + 1000}{token(r.key, 'ms2', 8)}@{pod}MB{number(r.key, 'mb', 9000) + 1000}.{'gbrp265' if r.zone == 'uk' else 'eurprd04'}.prod.outlook.com>"
    if r.client in {"apple", "iphone"}:
        return f"<{stable_uuid(r.key, 'apple').upper()}@{domain}>"
    if r.client == "thunderbird":
        return f"<{stable_uuid(r.key, 'tb')}@{domain}>"
    return (
        f"<{token(r.key, 'notice', 20, '0123456789abcdef')}.{number(r.key, 'n', 10**6)}@{domain}>"
    )


def reply_subject(r: Reply, q: Quoted) -> str:
    """The subject line: the client's reply prefix, or the writer's own subject."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.client in OUTLOOK_CLIENTS:
        return OUTLOOK_REPLY_PREFIX[q.loc] + q.subject
    return "Re: " + q.subject


def build_reply(r: Reply) -> Message:
    """Wrap one hand-written text as the message its client would send."""
    q = quoted_reminder(r)
    msg = CLIENTS[r.client](r, q)
    b_words = r.client in OUTLOOK_CLIENTS and r.charset == "utf-8"
    msg["From"] = mailbox(*r.who, r.charset, b_words)
    msg["To"] = formataddr((AR_NAME, AR_ADDR)) if r.client != "none" else AR_ADDR
    msg["Subject"] = encode_header(reply_subject(r, q), r.charset, "Subject", b_words)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    if r.client in OUTLOOK_CLIENTS:
        msg["Thread-Topic"] = encode_header(q.subject, r.charset, "Thread-Topic", b_words)
        msg["Thread-Index"] = "AQH" + token(
            r.key,
            "thread",
            29,
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
        )
        msg["Content-Language"] = CONTENT_LANGUAGE[r.client_lang]
    for name, value in (*CLIENT_HEADERS.get(r.client, ()), *r.headers):
        msg[name] = value
    shape = BOUNDARY_SHAPE.get(r.client, "outlook" if r.client in OUTLOOK_CLIENTS else "part")
    return finish(msg, r.key, shape)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
NO_AUTO_RESPONSE = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Dean Mottram", "dean@mottramplastering.example"),
        "2032-03-23 07:12",
        "uk",
        "iphone",
        "done",
        lab(
            note="one-word reply; 'done' in answer to an overdue reminder means paid; no date given"
        ),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Hattie Oyelaran", "hattie.oyelaran@gmail.com"),
        "2032-03-30 10:02",
        "uk",
        "gmail",
        "Hi there,\n\n"
        "Sorry for the slow reply, it's been absolute chaos here since the spring fair. We got the pop-up stands back from the venue with two of the carry cases missing, which is a whole saga with their loading bay team and nothing to do with you, and then half my crew went down with the flu that's going round.\n\n"
        "Anyway – I sat down with Gary (he does our books on a Thursday) and we went through everything outstanding, and yours went out with the rest of the supplier payments on Thursday. He said it can take a day to show. If it's still not there by the end of the week give me a shout and I'll get him to dig out the confirmation.\n\n"
        "Also, heads up, we'll need the roller banners redone for the autumn show with the new logo, so I'll be in touch about that once the client signs off the artwork.\n\n"
        "Thanks,\nHattie\n\nHattie Oyelaran\nOyelaran Events",
        lab(
            paid_date="2032-03-25",
            note="long reply with the payment buried in the second paragraph; 'on Thursday' is the Thursday before Tue 30 Mar",
        ),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Rachel Dunmore", "r.dunmore@kestrelhomes.example"),
        "2032-04-08 11:26",
        "uk",
        "outlook_html",
        "Hi,\n\n"
        "This was paid this morning by BACS – £785.40, our ref KHL-SUP-0408.\n\n"
        "Could you email me a copy of invoice 0431 though? The original went to Ian and he’s since left, so I’ve nothing on file for it and our auditors will want to see it.\n\n"
        "Thanks\nRachel\n\nRachel Dunmore\nOffice Manager | Kestrel Homes Lettings",
        lab(
            paid_date="2032-04-08",
            payment_reference="KHL-SUP-0408",
            amount="785.40",
            currency="GBP",
            refs=("CSG 0431/32",),
            note="paid, and a copy asked for the files: the payment claim wins; '0431' is CSG 0431/32",
        ),
        inv="CSG 0431/32",
        amount="785.40",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        (
            "Kreditorenbuchhaltung Messebau Rheinfeld GmbH",
            "zahlungsavis@messebau-rheinfeld.example",
        ),
        "2032-04-06 14:20",
        "cet",
        "none",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir haben heute folgende Zahlung zu Ihren Gunsten veranlasst:\n\n"
        "Zahlungsdatum:       06.04.2032\n"
        "Zahlungsbeleg:       1500048213\n"
        "Ihre Lieferanten-Nr.: 703318\n\n"
        "Rechnungsnr.     Rechnungsdatum   Betrag EUR   Skonto   Zahlbetrag\n"
        "CSG 0402/32      24.02.2032         4.218,60     0,00     4.218,60\n\n"
        "Summe Zahlbetrag: 4.218,60 EUR\n\n"
        "Die Gutschrift auf Ihrem Konto erfolgt in der Regel innerhalb von ein bis zwei Bankarbeitstagen.\n\n"
        "Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig. Bitte antworten Sie nicht auf diese E-Mail; Rückfragen richten Sie bitte an kreditoren@messebau-rheinfeld.example.\n\n"
        "Messebau Rheinfeld GmbH · Kreditorenbuchhaltung",
        lab(
            paid_date="2032-04-06",
            payment_reference="1500048213",
            amount="4218.60",
            currency="EUR",
            refs=("CSG 0402/32",),
            note="AP-system payment advice; quotes nothing, not a reply to the reminder",
        ),
        subject="Zahlungsavis 1500048213 / Copperbeech Sign & Graphics Ltd",
        charset="iso-8859-1",
        headers=(AUTO_GENERATED,),
        threaded=False,
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        (
            "Optique Vallières – Comptabilité fournisseurs",
            "avis-paiement@optique-vallieres.example",
        ),
        "2032-03-31 06:02",
        "cet",
        "none",
        "AVIS DE PAIEMENT\n\n"
        "Fournisseur : COPPERBEECH SIGN & GRAPHICS LTD (F004471)\n"
        "Date de règlement : 31/03/2032\n"
        "Mode de règlement : virement SEPA\n"
        "Référence du virement : VIR-2032-03-31-00872\n\n"
        "Pièce           Date facture    Montant TTC\n"
        "CSG 0388/32     12/02/2032      1 904,40 €\n"
        "CSG 0406/32     26/02/2032        611,00 €\n\n"
        "Total réglé : 2 515,40 €\n\n"
        "Ce message est généré automatiquement, merci de ne pas y répondre.\n"
        "Optique Vallières SAS – Service comptabilité fournisseurs",
        lab(
            paid_date="2032-03-31",
            payment_reference="VIR-2032-03-31-00872",
            amount="2515.40",
            currency="EUR",
            refs=("CSG 0388/32", "CSG 0406/32"),
            note="AP-system payment advice for two invoices; the amount is the total settled",
        ),
        subject="Avis de paiement – Copperbeech Sign & Graphics Ltd",
        cte="b64",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
        threaded=False,
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Karim Benali", "k.benali@saveurs-roulantes.example"),
        "2032-04-08 08:31",
        "cet",
        "iphone",
        "bonjour c fait hier soir par virement instantané normalement vous l avez deja\nKarim",
        lab(
            paid_date="2032-04-07",
            note="no punctuation, text-message spelling; 'hier soir' is the evening before Thu 8 Apr",
        ),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Marta Igualada Ros", "migualada@feriaslevante.example"),
        "2032-04-05 09:40",
        "cet",
        "outlook_html",
        "Buenos días:\n\n"
        "Les informamos de que la factura CSG 0409/32 se abonó mediante transferencia el pasado viernes 2 de abril, por un importe de 2.640,00 €.\n\n"
        "Referencia de la operación: 2032040200187\n\n"
        "Si en un par de días no lo ven reflejado en su cuenta, no duden en contactarnos.\n\n"
        "Un cordial saludo,\n\nMarta Igualada Ros\nDepartamento de Administración\nFerias y Congresos Levante, S.L.",
        lab(
            paid_date="2032-04-02",
            payment_reference="2032040200187",
            amount="2640.00",
            currency="EUR",
            refs=("CSG 0409/32",),
        ),
        inv="CSG 0409/32",
        amount="2640.00",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Jordi Casals", "jcasals@autoescuelacasals.example"),
        "2032-03-30 16:48",
        "cet",
        "thunderbird",
        "Buenas tardes,\n\n"
        "El pago salió el 26/03 dentro de la remesa de proveedores de marzo. La remesa entera fue de 5.902,35 €, pero de eso a ustedes les corresponden 1.118,00 €, que es justo el importe de su factura.\n\n"
        "Si necesitan el justificante del banco me lo dicen y se lo reenvío.\n\n"
        "Saludos,\nJordi Casals\nAutoescuela Casals",
        lab(
            paid_date="2032-03-26",
            amount="1118.00",
            currency="EUR",
            note="paid in a supplier batch; the batch total covers other suppliers, the amount is this invoice's share",
        ),
        amount="1118.00",
        cte="8bit",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Ruud Verbeek", "ruud@verbeekinstallatie.example"),
        "2032-04-13 07:55",
        "cet",
        "android",
        "Is betaald hoor, gisteren overgemaakt.\n\nGr Ruud",
        lab(paid_date="2032-04-12"),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Annemiek Brouwer", "a.brouwer@brouwer-administratie.example"),
        "2032-04-01 10:14",
        "cet",
        "outlook_html",
        "Goedemorgen,\n\n"
        "Namens onze cliënt Bakkerij Verhoef laten wij u weten dat factuur CSG 0386/32 op 31 maart jl. is voldaan. Het bedrag van € 968,00 is overgemaakt onder vermelding van het factuurnummer.\n\n"
        "Mocht de betaling over een paar dagen nog niet zichtbaar zijn, dan hoor ik het graag.\n\n"
        "Met vriendelijke groet,\n\nAnnemiek Brouwer\nBrouwer Administratie & Advies",
        lab(
            paid_date="2032-03-31",
            amount="968.00",
            currency="EUR",
            refs=("CSG 0386/32",),
            note="bookkeeper paying for a client",
        ),
        inv="CSG 0386/32",
        amount="968.00",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Federica Montanari", "federica.montanari@immobiliaremontanari.example"),
        "2032-03-24 11:03",
        "cet",
        "gmail",
        "Buongiorno,\n\n"
        "il bonifico è partito ieri pomeriggio: importo € 1.530,00, TRN 1101232083000412.\n\n"
        "Cordiali saluti\nFederica Montanari\nImmobiliare Montanari – Rimini",
        lab(
            paid_date="2032-03-23",
            payment_reference="1101232083000412",
            amount="1530.00",
            currency="EUR",
        ),
        amount="1530.00",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Salvatore Greco", "salvatore@traslochigreco.example"),
        "2032-03-22 19:40",
        "cet",
        "iphone",
        "GIÀ PAGATO IL 15/03 CONTROLLATE MEGLIO\n\nSALVATORE",
        lab(paid_date="2032-03-15", note="all caps; the payment predates the reminder"),
        cte="8bit",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Lorraine Platt", "accounts.payable@wexcombe-dc.example"),
        "2032-04-06 13:37",
        "uk",
        "outlook_html",
        "Good afternoon,\n\n"
        "Thank you for your email. Invoice CSG 0397/32 (£3,120.00, wayfinding signage – Riverside car park) has now been approved by the budget holder and is scheduled for payment in Friday’s BACS run.\n\n"
        "Please allow two working days for the funds to clear.\n\n"
        "Kind regards,\n\nLorraine Platt\nAccounts Payable | Finance & Procurement\nWexcombe District Council\n\n"
        "This email and any attachments are intended solely for the addressee and may contain confidential information. If you have received it in error please notify the sender and delete it. Wexcombe District Council may monitor email traffic.",
        lab(
            promised_date="2032-04-09",
            amount="3120.00",
            currency="GBP",
            refs=("CSG 0397/32",),
            note="past tense 'approved … scheduled' announces a future payment; Friday after Tue 6 Apr",
        ),
        inv="CSG 0397/32",
        amount="3120.00",
        headers=(NO_AUTO_RESPONSE,),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Neil Fairbrother", "neil@fairbrotherflooring.example"),
        "2032-04-02 17:52",
        "uk",
        "iphone",
        "Hi, out of the office at the trade show in Birmingham till Wednesday and I don't have the banking app on this phone. I'll pay it next Thursday first thing when I'm back at my desk.\n\nNeil",
        lab(
            promised_date="2032-04-08",
            note="a person writing from a show, not an auto-reply, although the subject says out of office; 'next Thursday' from Fri 2 Apr is 8 Apr",
        ),
        subject="Out of office till Wednesday – {rsub}",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Graham Ashdown", "graham@ashdownandpartners.example"),
        "2032-03-22 12:10",
        "uk",
        "thunderbird",
        "Not yet, no. It's on the list for our end of the month payments, along with the window vinyls you did for the Ledbury branch.\n\n"
        "Graham Ashdown\nAshdown & Partners Estate Agents",
        lab(
            promised_date="2032-03-31",
            note="'not yet' followed by a promise; the end of the month is 31 Mar",
        ),
        cte="8bit",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Sabine Kröger", "s.kroeger@autohaus-kroeger.example"),
        "2032-04-01 10:48",
        "cet",
        "outlook",
        "Guten Tag,\n\n"
        "die Rechnung CSG 0404/32 ist inzwischen freigegeben und geht mit unserem Zahllauf in KW 15 raus.\n\n"
        "Mit freundlichen Grüßen\n\nSabine Kröger\nBuchhaltung\nAutohaus Kröger GmbH & Co. KG",
        lab(
            promised_date="2032-04-05",
            refs=("CSG 0404/32",),
            note="'Zahllauf in KW 15' is taken as the Monday of ISO week 15, as 'next week' is taken as its Monday",
        ),
        inv="CSG 0404/32",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Jens", "hartwig.jens@gmail.com"),
        "2032-03-23 21:40",
        "cet",
        "gmail_plain",
        "hallo, sorry hab ich voll verpeilt. überweis ich morgen früh gleich als erstes\n\ngruß jens",
        lab(
            promised_date="2032-03-24",
            note="informal, no capitals; 'morgen früh' written on the evening of Tue 23 Mar",
        ),
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Nathalie Perrin", "n.perrin@caves-perrin.example"),
        "2032-04-12 15:21",
        "cet",
        "outlook_html",
        "Bonjour,\n\n"
        "Le règlement partira fin de mois, comme convenu avec Thomas lors de la pose.\n\n"
        "Cordialement,\n\nNathalie Perrin\nCaves Perrin – Beaune",
        lab(promised_date="2032-04-30", note="'fin de mois' written on 12 Apr → 30 Apr"),
        charset="windows-1252",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Álvaro Quintana", "alvaro@quintanareformas.example"),
        "2032-03-25 18:02",
        "cet",
        "gmail",
        "Hola,\n\n"
        "Sí, lo tenemos pendiente. Se pagará a finales de mes junto con el resto de proveedores, como hacemos siempre.\n\n"
        "Saludos,\nÁlvaro",
        lab(
            promised_date="2032-03-31",
            note="'a finales de mes' written on 25 Mar → 31 Mar",
        ),
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Lucía Ferrer", "lucia@floristeriaferrer.example"),
        "2032-04-09 13:15",
        "cet",
        "iphone",
        "Perdona el retraso, el día 15 lo tenéis ingresado. Un saludo",
        lab(promised_date="2032-04-15", note="'el día 15' → the next 15th"),
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Pieter van Dijk", "p.vandijk@evenementenbureau-horizon.example"),
        "2032-03-31 09:26",
        "cet",
        "outlook",
        "Goedemorgen,\n\n"
        "Excuses voor de vertraging. Wij betalen deze factuur over twee weken; dan is de afrekening van het voorjaarsevent binnen en boeken we alles in één keer af.\n\n"
        "Met vriendelijke groet,\nPieter van Dijk\nEvenementenbureau Horizon",
        lab(
            promised_date="2032-04-14",
            note="'over twee weken' from Wed 31 Mar → 14 Apr",
        ),
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Sanne de Wit", "sanne@studiodewit.example"),
        "2032-04-12 20:05",
        "cet",
        "apple",
        "Hoi, gaat donderdag de deur uit. Excuus, was het even vergeten!\n\nSanne",
        lab(
            promised_date="2032-04-15",
            note="Dutch reply to an English reminder; Thursday after Mon 12 Apr",
        ),
        rlang="en",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Giorgio Bassi", "g.bassi@bassiauto.example"),
        "2032-04-06 11:50",
        "cet",
        "outlook_html",
        "Buongiorno,\n\n"
        "abbiamo ricevuto il vostro sollecito. Provvederemo al saldo entro fine mese.\n\n"
        "Distinti saluti\n\nGiorgio Bassi\nAmministrazione – Bassi Auto S.r.l.",
        lab(
            promised_date="2032-04-30",
            note="'entro fine mese' written on 6 Apr → 30 Apr",
        ),
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Marco Ruggeri", "marco.ruggeri@gmail.com"),
        "2032-04-12 08:12",
        "cet",
        "iphone",
        "ciao, pago il 15/04 senza problemi, € 780,00 giusto? scusate il ritardo",
        lab(promised_date="2032-04-15", amount="780.00", currency="EUR"),
        amount="780.00",
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Priya Chandran", "priya@chandranpharmacy.example"),
        "2032-03-24 14:40",
        "uk",
        "outlook_html",
        "Hello,\n\n"
        "We’ve paid for the fascia sign itself – £1,740.00 including VAT went across on Monday. What we’re not paying is the £380 + VAT for the “site survey” on invoice 0377. Nobody came out to survey anything; your fitter measured up on the morning of the install, which we assumed was included.\n\n"
        "Please send a revised invoice without the survey line, or a credit note for it.\n\n"
        "Regards,\nPriya Chandran\nChandran Pharmacy",
        lab(
            refs=("CSG 0377/32",),
            note="part paid and the rest contested: dispute wins over the payment claim",
        ),
        inv="CSG 0377/32",
        amount="2196.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Steve Rowntree", "steve.rowntree@rowntreedrainage.example"),
        "2032-04-02 08:15",
        "uk",
        "gmail_plain",
        "We have NOT paid this because the wraps on two of the vans (the Transits, regs ending 4KD and 7HX) are already lifting at the back corners, three weeks after you fitted them. I've sent photos to Mike twice and heard nothing back.\n\n"
        "Until someone comes out and looks at them this invoice is on hold.\n\n"
        "Steve Rowntree\nFleet Manager, Rowntree Drainage",
        lab(note="negated payment with the reason: faulty vehicle wraps"),
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Tamsin Hollis", "tamsin@hollisevents.example"),
        "2032-04-12 22:18",
        "uk",
        "apple",
        "Hi,\n\n"
        "Sorry it's taken me a while to get back to you. The conference went fine in the end, the client was happy overall, the venue was great and the lighting people were brilliant, and honestly your lot were really helpful on the build day when we needed the extra directional signs at short notice, so thank you for that.\n\n"
        "The thing is, though – and I did mention this to Josh on the day – the big backdrop behind the stage had last year's headline sponsor on it instead of this year's. We only noticed once it was up and had to cover it with a panel we borrowed from the AV company. The client has already knocked money off our fee because of it, so I don't think it's fair that we pay full price for that backdrop when the artwork we approved was the right one (I've got the proof email with the sign-off if you need it).\n\n"
        "Happy to pay the rest of the invoice, obviously, but can we talk about that line before anything else happens?\n\n"
        "Tamsin",
        lab(note="long reply; the contested backdrop is in the middle of it"),
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Matthias Vogler", "m.vogler@vogler-baumaerkte.example"),
        "2032-03-30 09:12",
        "cet",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "der Rechnung CSG 0395/32 widersprechen wir. Bestellt und geliefert wurden 12 Hinweisschilder für den Kundenparkplatz, berechnet sind jedoch 14 Stück. Außerdem fehlt der vereinbarte Rabatt von 5 %.\n\n"
        "Bitte schicken Sie uns eine korrigierte Rechnung; bis dahin ist die Zahlung gesperrt.\n\n"
        "Mit freundlichen Grüßen\nMatthias Vogler\nVogler Baumärkte GmbH – Einkauf",
        lab(refs=("CSG 0395/32",)),
        inv="CSG 0395/32",
        charset="windows-1252",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Ulrike Sommerfeld", "u.sommerfeld@stadt-lindenhain.example"),
        "2032-04-08 10:30",
        "cet",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Beschriftung unseres Bürgerbusses entspricht nicht der von uns freigegebenen Fassung: Das Stadtwappen wurde in der alten Variante aufgebracht, und die Telefonnummer der Bürgerinfo ist falsch (am Ende eine 3 statt einer 8).\n\n"
        "Wir haben den Fehler bereits am 31. März telefonisch gemeldet. Solange die Beschriftung nicht korrigiert ist, können wir die Rechnung nicht zur Zahlung anweisen.\n\n"
        "Mit freundlichen Grüßen\nIm Auftrag\n\nUlrike Sommerfeld\nStadt Lindenhain – Fachbereich Zentrale Dienste",
        lab(note="public body; payment withheld until the lettering is corrected"),
        cte="8bit",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Bertrand Lacombe", "b.lacombe@lacombe-immobilier.example"),
        "2032-03-22 16:05",
        "cet",
        "outlook_html",
        "Bonjour,\n\n"
        "Nous contestons le montant de cette facture. Le devis D-2211 que nous avions signé prévoyait 2 450 € HT, pose comprise, pour l’enseigne et la vitrophanie. Or votre facture ajoute 320 € HT de « frais de déplacement » qui n’ont jamais été mentionnés.\n\n"
        "Merci de nous adresser une facture conforme au devis ; nous la réglerons à réception.\n\n"
        "Cordialement,\n\nBertrand Lacombe\nLacombe Immobilier",
        lab(
            note="price dispute against a signed quote; payment of a corrected invoice is conditional"
        ),
        amount="3324.00",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Élodie Marchand", "elodie.marchand@salon-creatif.example"),
        "2032-04-14 11:37",
        "cet",
        "gmail",
        "Bonjour,\n\n"
        "Pourquoi nous facturez-vous une deuxième fois le kakémono 85 x 200 ? Il figure déjà sur la facture CSG 0361/32, que nous avons payée en février. Sur la 0418 je ne vois rien d'autre qui n'ait pas déjà été facturé.\n\n"
        "Pouvez-vous vérifier et annuler cette facture ?\n\n"
        "Élodie Marchand\nSalon Créatif – Organisation",
        lab(
            refs=("CSG 0361/32", "CSG 0418/32"),
            note="duplicate billing; the payment mentioned is of the earlier invoice; '0418' is CSG 0418/32",
        ),
        inv="CSG 0418/32",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Paco Molina", "paco@heladeriamolina.example"),
        "2032-04-01 19:22",
        "cet",
        "iphone",
        "no pienso pagar esto el vinilo del escaparate se despego a la semana y nadie me ha devuelto las llamadas",
        lab(note="no punctuation or accents, from a phone"),
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("H. Jansen", "h.jansen@jansenexpo.example"),
        "2032-04-07 14:02",
        "cet",
        "outlook",
        "Geachte heer, mevrouw,\n\n"
        "Wij betwisten factuur CSG 0412/32. De beursstand voor de vakbeurs Tuin & Buiten is een dag te laat geleverd, waardoor wij de opbouwdag hebben gemist en extra standbouwers moesten inhuren. Volgens de opdrachtbevestiging zou u op dinsdag leveren.\n\n"
        "Wij stellen voor de meerkosten (€ 740,00) met de factuur te verrekenen. Graag uw reactie.\n\n"
        "Met vriendelijke groet,\nH. Jansen\nJansen Expo B.V.",
        lab(
            refs=("CSG 0412/32",),
            note="Dutch reply to an English reminder; a set-off claim",
        ),
        inv="CSG 0412/32",
        rlang="en",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Bas Kuipers", "bas@kuipersfietsen.example"),
        "2032-03-26 10:44",
        "cet",
        "gmail_plain",
        "Hallo,\n\n"
        "We hebben vanochtend € 1.200,00 overgemaakt, dat is het deel voor de gevelletters. De rest betalen we niet: de lichtbak boven de deur doet het nog steeds niet, de monteur zou terugkomen maar we hebben niemand meer gezien.\n\n"
        "Als de lichtbak werkt, praten we verder.\n\nBas Kuipers\nKuipers Fietsen",
        lab(note="part paid this morning, the rest withheld over a faulty light box: dispute"),
        amount="2178.00",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Chiara Colombo", "c.colombo@allestimenticolombo.example"),
        "2032-03-23 10:20",
        "cet",
        "outlook_html",
        "Buongiorno,\n\n"
        "contestiamo la fattura in oggetto. I pannelli stampati per lo stand hanno tonalità sensibilmente diverse dalla bozza approvata (il blu istituzionale del cliente risulta quasi viola) e il cliente finale li ha rifiutati.\n\n"
        "Vi abbiamo inviato le foto il 12 marzo senza ricevere risposta. Fino a una soluzione la fattura resta sospesa.\n\n"
        "Cordiali saluti\nChiara Colombo\nAllestimenti Colombo S.r.l.",
        lab(),
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Davide Fontana", "davide@fontanaottica.example"),
        "2032-04-15 12:48",
        "cet",
        "android",
        "Non abbiamo ancora pagato perché manca lo sconto del 10% che ci aveva promesso Luca al telefono. Mandate la fattura corretta e la saldiamo.\n\nDavide",
        lab(
            note="negated payment with the reason: a promised discount is missing; the corrected-invoice request is secondary"
        ),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Liam Doherty", "liamdohertyjoinery@gmail.com"),
        "2032-03-25 21:14",
        "uk",
        "gmail",
        "Hi,\n\n"
        "I know this is overdue and I'm sorry. Work's been really quiet since January and I just can't clear £2,980 in one go at the minute.\n\n"
        "Could I pay it off at £500 a month, starting on the 1st of April? I'll set up a standing order so you don't have to chase me. If you need a bit more each month I'll try, but that's what I can realistically do.\n\n"
        "Cheers,\nLiam Doherty\nDoherty Joinery",
        lab(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
        amount="2980.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Karen Whitlock", "karen.whitlock@whitlockdental.example"),
        "2032-04-09 15:33",
        "uk",
        "outlook",
        "Hello,\n\n"
        "I've sent £1,000.00 today towards this and will send the balance of £640.50 at the end of April, once our NHS payment comes through.\n\n"
        "Hope that's OK.\n\nKaren Whitlock\nPractice Manager, Whitlock Dental Care",
        lab(note="part paid today and the balance later: payment_plan, not payment_sent"),
        amount="1640.50",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Oliver Pennington", "oliver@penningtonproductions.example"),
        "2032-03-31 16:20",
        "uk",
        "thunderbird",
        "Hi,\n\n"
        "Could we have another 30 days on this one? Our client for the Harrogate show still hasn't paid us and we're a small outfit, so we're waiting on that money before we can settle with our suppliers.\n\n"
        "I'm not disputing anything – the graphics were great. Just need a bit more time.\n\n"
        "Oliver Pennington\nPennington Productions",
        lab(note="asks for more time without contesting: payment_plan"),
        cte="8bit",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Karin Lehmann", "k.lehmann@lehmann-optik.example"),
        "2032-03-24 16:12",
        "cet",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "wäre es möglich, den Betrag in drei Raten zu begleichen? Wir würden jeweils zum 15. eines Monats 1.190,00 € überweisen, beginnend im April.\n\n"
        "Hintergrund ist, dass nach dem Umbau des Ladens gerade sehr viele Rechnungen gleichzeitig bei uns eingehen.\n\n"
        "Mit freundlichen Grüßen\nKarin Lehmann\nLehmann Optik",
        lab(),
        amount="3570.00",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Tobias Reinhardt", "tobias@reinhardt-catering.example"),
        "2032-04-13 09:55",
        "cet",
        "gmail",
        "Hallo zusammen,\n\n"
        "ehrlich gesagt können wir im Moment nur die Hälfte zahlen. Die geht diese Woche raus, den Rest würden wir gern Mitte Mai nachschieben, wenn das Ostergeschäft abgerechnet ist.\n\n"
        "Geht das für euch klar?\n\nViele Grüße\nTobias",
        lab(note="half now, the rest in May"),
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Jean-Marc Rouvier", "jm.rouvier@camping-les-pins.example"),
        "2032-03-30 10:05",
        "cet",
        "outlook",
        "Bonjour,\n\n"
        "Serait-il possible d'étaler le paiement sur trois mois ? La saison ne démarre vraiment qu'avec les vacances de printemps et notre trésorerie est au plus bas en ce moment. Je vous propose trois virements, fin avril, fin mai et fin juin.\n\n"
        "Merci de votre compréhension.\n\nJean-Marc Rouvier\nCamping Les Pins",
        lab(),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Sophie Lemaire", "sophie.lemaire@gmail.com"),
        "2032-04-06 12:30",
        "cet",
        "iphone",
        "Bonjour, je peux vous faire un premier virement de 500 € cette semaine et le solde fin avril, est-ce que ça vous va ? Merci. Sophie",
        lab(note="part now, balance at the end of April: payment_plan"),
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Rosa Villalba", "rvillalba@villalbainmobiliaria.example"),
        "2032-03-23 12:44",
        "cet",
        "outlook_html",
        "Buenos días:\n\n"
        "¿Sería posible abonar esta factura en dos plazos? Podríamos pagar la mitad ahora y la otra mitad a 30 días.\n\n"
        "Quedo a la espera de su respuesta.\n\nUn saludo,\n\nRosa Villalba\nVillalba Inmobiliaria",
        lab(),
        charset="windows-1252",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Nerea Etxeberria", "nerea@etxeberriaeventos.example"),
        "2032-04-14 17:09",
        "cet",
        "gmail_plain",
        "Hola, buenas tardes.\n\n"
        "Os pido un aplazamiento de un mes para esta factura. Hemos tenido un problema de tesorería con un cliente que no nos paga y ahora mismo no llegamos. No es que no queramos pagar, es que todavía no podemos.\n\n"
        "Gracias por la comprensión,\nNerea",
        lab(note="hardship, one month's deferral"),
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Wouter Smit", "wouter@smit-transport.example"),
        "2032-04-02 13:11",
        "cet",
        "thunderbird",
        "Goedemiddag,\n\n"
        "Kunnen we voor deze factuur een betalingsregeling treffen? Ik denk aan vier termijnen van € 650,00, telkens aan het begin van de maand, te beginnen in mei.\n\n"
        "De belettering van de trailers is prima geworden, daar ligt het niet aan. We zitten even krap doordat een paar grote klanten laat betalen.\n\n"
        "Groet,\nWouter Smit\nSmit Transport",
        lab(),
        amount="2600.00",
        cte="8bit",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Roberta Sala", "r.sala@salaeventi.example"),
        "2032-03-31 15:00",
        "cet",
        "outlook",
        "Buongiorno,\n\n"
        "chiediamo la possibilità di rateizzare l'importo in tre rate mensili di pari importo, a partire da fine aprile. Il periodo è complicato e preferiamo concordare un piano piuttosto che ritardare ulteriormente.\n\n"
        "Restiamo in attesa di un vostro riscontro.\n\nCordiali saluti\nRoberta Sala\nSala Eventi",
        lab(),
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Vincenzo Esposito", "vincenzo.esposito@gmail.com"),
        "2032-04-16 18:40",
        "cet",
        "iphone",
        "Buonasera vi mando 400 oggi e il resto entro fine maggio, più di così adesso non riesco. Vincenzo",
        lab(note="part today and the rest by the end of May: payment_plan"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Gemma Price", "ap.invoices@haldenretail.example"),
        "2032-03-22 11:02",
        "uk",
        "outlook_html",
        "Hi,\n\n"
        "We can’t process invoice CSG 0392/32 because it doesn’t quote a valid purchase order number, so our system has rejected it. Could you reissue it showing PO 4500219876 and send it to this mailbox? As soon as it matches it will go into the next payment run.\n\n"
        "Many thanks,\n\nGemma Price\nAccounts Payable | Halden Retail Group plc",
        lab(
            refs=("CSG 0392/32",),
            note="payment conditional on a reissue with a PO number; the amount is not contested",
        ),
        inv="CSG 0392/32",
        headers=(NO_AUTO_RESPONSE,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Sam Whitaker", "sam@whitakerbarbers.example"),
        "2032-04-05 13:26",
        "uk",
        "gmail",
        "Hiya,\n\n"
        "Can you send the invoice again please? I can't find it anywhere. And can you make it out to Whitaker Barbers Ltd rather than me personally – my accountant says it has to be in the company name.\n\n"
        "Also the bank details at the bottom of your email, are they the same as before? Don't want to send it to the wrong place.\n\n"
        "Cheers\nSam",
        lab(note="a reissue in the company's name and a check of the bank details before paying"),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Jo McAllister", "jo@mcallisterflorist.example"),
        "2032-04-15 10:17",
        "uk",
        "iphone",
        "send invoice pls cant find it",
        lab(note="mobile brevity"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Petra Wendler", "rechnungseingang@kreis-hohenberg.example"),
        "2032-04-01 08:40",
        "cet",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir können Rechnungen seit dem 1. Januar nur noch als E-Rechnung (XRechnung oder ZUGFeRD) über unser Eingangsportal annehmen. Eine PDF-Rechnung per E-Mail dürfen wir nicht buchen.\n\n"
        "Bitte reichen Sie die Rechnung CSG 0399/32 in einem dieser Formate ein und geben Sie unsere Leitweg-ID 08315-41-07 an. Nach Eingang wird sie umgehend bearbeitet.\n\n"
        "Mit freundlichen Grüßen\nIm Auftrag\nPetra Wendler\nLandratsamt Hohenberg – Rechnungseingang",
        lab(
            refs=("CSG 0399/32",),
            note="public body needs the invoice as an e-invoice before it can pay",
        ),
        inv="CSG 0399/32",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Florian Maurer", "f.maurer@maurer-elektro.example"),
        "2032-03-26 11:05",
        "cet",
        "gmail",
        "Hallo,\n\n"
        "uns fehlt zu der Rechnung noch das Aufmaß bzw. der Montagebericht für die Fahrzeugbeschriftung. Unser Steuerberater will das bei Leistungen über 2.000 € sehen. Sobald wir das haben, zahlen wir sofort.\n\n"
        "Gruß\nFlorian Maurer",
        lab(note="conditional payment: a document is needed first, nothing is contested"),
        amount="2856.00",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Hélène Roussel", "h.roussel@roussel-immobilier.example"),
        "2032-04-12 09:20",
        "cet",
        "outlook_html",
        "Bonjour,\n\n"
        "Pourriez-vous m’adresser un relevé de compte complet ? Nous avons plusieurs factures chez vous (les panneaux « À vendre », la vitrophanie de l’agence de Vienne et les plaques de rue) et je ne sais plus lesquelles sont soldées.\n\n"
        "Je ferai le point dès réception.\n\nBien à vous,\n\nHélène Roussel\nRoussel Immobilier",
        lab(note="statement of account"),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("François Tessier", "francois@tessier-traiteur.example"),
        "2032-03-24 18:47",
        "cet",
        "apple",
        "Bonsoir,\n\n"
        "Pouvez-vous nous renvoyer la facture en y faisant figurer notre numéro de TVA intracommunautaire (FR47 512334908) ? Sans cela notre expert-comptable ne peut pas la passer.\n\n"
        "Merci d'avance,\nFrançois Tessier",
        lab(note="reissue with a VAT number, amount not contested"),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Carmen Ortega", "cortega@ortegaconstrucciones.example"),
        "2032-04-07 10:30",
        "cet",
        "outlook",
        "Buenos días:\n\n"
        "Para poder dar de alta el pago necesitamos un certificado de titularidad de la cuenta bancaria a nombre de Copperbeech Sign & Graphics Ltd. Es un requisito de nuestro departamento financiero para cualquier proveedor nuevo.\n\n"
        "En cuanto lo recibamos, se tramita el pago.\n\n"
        "Saludos cordiales,\nCarmen Ortega\nAdministración – Ortega Construcciones",
        lab(note="bank-account certificate needed before paying"),
        charset="windows-1252",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Marcos Peinado", "marcos.peinado@gmail.com"),
        "2032-03-30 22:03",
        "cet",
        "gmail_plain",
        "Hola, ¿me reenviáis la factura? No la encuentro por ningún lado\n\nMarcos",
        lab(),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Eline Vos", "e.vos@vosmakelaardij.example"),
        "2032-04-08 13:55",
        "cet",
        "outlook",
        "Beste,\n\n"
        "Kunt u de factuur opnieuw versturen met ons inkoopordernummer PO-77120 erop? Zonder inkoopnummer kan ik hem niet inboeken en blijft hij dus liggen.\n\n"
        "Alvast bedankt.\n\nMet vriendelijke groet,\nEline Vos\nVos Makelaardij",
        lab(note="reissue with a PO number, amount not contested"),
        charset="windows-1252",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Thijs Bakker", "thijs@bakkerbouw.example"),
        "2032-03-23 08:50",
        "cet",
        "gmail",
        "Goedemorgen,\n\n"
        "Welke factuur is dit precies? Ik zie bij ons drie bedragen van jullie staan en kan deze niet thuisbrengen. Kunnen jullie de factuur met specificatie nog een keer sturen?\n\n"
        "Groet, Thijs",
        lab(note="asks which invoice and for the breakdown"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Paola Ricci", "amministrazione@ricciarredamenti.example"),
        "2032-04-13 16:08",
        "cet",
        "outlook_html",
        "Buongiorno,\n\n"
        "la fattura CSG 0415/32 non ci risulta pervenuta, né per posta né via e-mail. Potete inviarcene una copia in PDF?\n\n"
        "Appena la riceviamo procediamo con il pagamento.\n\n"
        "Cordiali saluti\nPaola Ricci\nRicci Arredamenti S.r.l.",
        lab(refs=("CSG 0415/32",)),
        inv="CSG 0415/32",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Hollinsdale Homes Accounts", "accounts@hollinsdalehomes-uk.example"),
        "2032-04-02 15:47",
        "uk",
        "html_only",
        "Dear Sir/Madam,\n\n"
        "Please be advised that with immediate effect our accounts function has been outsourced. Kindly direct ALL future correspondence regarding outstanding invoices and statements to hollinsdale.accountsdept@gmail.com and remove any other addresses you hold for us from your records.\n\n"
        "Do not copy in any other members of staff as this will delay processing.\n\n"
        "Regards,\nAccounts Department\nHollinsdale Homes",
        lab(
            new_contact="hollinsdale.accountsdept@gmail.com",
            note="reads like a redirect attempt (look-alike sender domain, free-mail address, 'do not copy anyone'); labelled for what it asks, a person should verify it before the contact is changed; HTML only",
        ),
        rcpt="accounts@hollinsdalehomes.example",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Amy Sutcliffe", "amy.sutcliffe88@gmail.com"),
        "2032-03-22 19:31",
        "uk",
        "gmail",
        "Hi,\n\n"
        "This has come through to my personal email because my old work account still forwards here – I left Parkway Motors in February. You'll want Sandra Bell in their accounts team: sandra.bell@parkwaymotors.example\n\n"
        "Amy",
        lab(
            new_contact="sandra.bell@parkwaymotors.example",
            note="reminder forwarded from a former employee's work address",
        ),
        rcpt="amy@parkwaymotors.example",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Steve Hammond", "stevehammondphoto@gmail.com"),
        "2032-04-10 10:05",
        "uk",
        "iphone",
        "Think you've got the wrong Steve mate, I'm a wedding photographer in Bristol, never ordered any signs off you",
        lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Jana Hegemann", "j.hegemann@hegemann-baumarkt.example"),
        "2032-03-31 11:22",
        "cet",
        "outlook_html",
        "Guten Tag,\n\n"
        "für Rechnungen ist bei uns nicht die Filiale, sondern die Zentrale zuständig. Bitte schicken Sie die Rechnung und künftige Zahlungserinnerungen an kreditoren@hegemann-gruppe.example.\n\n"
        "Danke und viele Grüße\nJana Hegemann\nFilialleitung Hegemann Baumarkt Lindau",
        lab(new_contact="kreditoren@hegemann-gruppe.example"),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Accueil Garage Moreau", "accueil@garage-moreau.example"),
        "2032-03-25 10:40",
        "cet",
        "outlook",
        "Bonjour,\n\n"
        "Vous êtes sur l'adresse de l'accueil. Je ne m'occupe pas de la comptabilité ; merci d'écrire directement à Mme Moreau, compta@garage-moreau.example, qui gère les factures.\n\n"
        "Bonne journée,\nJulie, accueil",
        lab(new_contact="compta@garage-moreau.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Agnès Fournier", "a.fournier@cabinet-deschamps.example"),
        "2032-04-15 14:25",
        "cet",
        "thunderbird",
        "Madame, Monsieur,\n\n"
        "M. Deschamps a pris sa retraite le 31 mars et ne traite plus les factures du cabinet. C'est désormais Mme Laure Vidal qui s'en charge : l.vidal@cabinet-deschamps.example.\n\n"
        "Je lui transmets votre message, mais je vous remercie de mettre à jour vos coordonnées.\n\n"
        "Cordialement,\nAgnès Fournier\nAssistante de direction",
        lab(
            new_contact="l.vidal@cabinet-deschamps.example",
            note="an assistant answers a reminder addressed to her retired manager",
        ),
        rcpt="p.deschamps@cabinet-deschamps.example",
        cte="8bit",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Rubén Soler", "pedidos@inmocostaazahar.example"),
        "2032-04-06 12:12",
        "cet",
        "outlook_html",
        "Hola,\n\n"
        "Esta dirección es solo para pedidos y presupuestos. Las facturas y todo lo relacionado con pagos, por favor a administracion@inmocostaazahar.example, que es quien lo lleva.\n\n"
        "Un saludo,\nRubén Soler",
        lab(new_contact="administracion@inmocostaazahar.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Marisa López", "marisa.lopez.g@gmail.com"),
        "2032-03-24 20:15",
        "cet",
        "gmail_plain",
        "Creo que se han equivocado de persona. Yo no tengo nada que ver con esa empresa ni he encargado nunca ningún rótulo. Revisen sus datos, por favor.",
        lab(note="wrong recipient, no new address"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Kevin Mulder", "planning@mulderverhuizingen.example"),
        "2032-03-30 08:35",
        "cet",
        "outlook",
        "Goedemorgen,\n\n"
        "Ik ben de verkeerde persoon, ik doe alleen de planning van de wagens. Facturen graag naar Marloes Dekker van de administratie: m.dekker@mulderverhuizingen.example\n\n"
        "Groet,\nKevin",
        lab(new_contact="m.dekker@mulderverhuizingen.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Femke Hoekstra", "femke@hoekstrabloemen.example"),
        "2032-04-14 11:48",
        "cet",
        "gmail",
        "Hallo,\n\n"
        "Onze boekhouding is sinds dit jaar uitbesteed aan Bureau Smits. Wilt u facturen en herinneringen voortaan naar facturen@bureausmits.example sturen? Ik heb ze in de cc gezet.\n\n"
        "Groetjes,\nFemke",
        lab(
            new_contact="facturen@bureausmits.example",
            note="the new address is also copied in Cc",
        ),
        headers=(("Cc", "Bureau Smits <facturen@bureausmits.example>"),),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Stefano Moretti", "s.moretti@supermercatimoretti.example"),
        "2032-03-26 09:35",
        "cet",
        "outlook_html",
        "Buongiorno,\n\n"
        "da gennaio non sono più il referente amministrativo per il punto vendita di Bergamo. Vi prego di inviare fatture e solleciti a amministrazione.nord@supermercatimoretti.example.\n\n"
        "Saluti\nStefano Moretti",
        lab(new_contact="amministrazione.nord@supermercatimoretti.example"),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Laura Bruno", "preventivi@tendaggibruno.example"),
        "2032-04-09 16:02",
        "cet",
        "android",
        "Avete sbagliato indirizzo, questa è la casella dei preventivi e non la legge nessuno dell'amministrazione. Per le fatture scrivete a fatture@tendaggibruno.example\n\nLaura",
        lab(new_contact="fatture@tendaggibruno.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Darren Cole", "darren@colescaffolding.example"),
        "2032-04-08 12:51",
        "uk",
        "iphone",
        "It'll be paid on the 15th like I told your colleague on the phone on Monday. Stop sending me these emails, that's the third one this week.",
        lab(note="a promise plus a stop request: unsubscribe beats everything but bounce"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Victoria Ashworth", "v.ashworth@ashworthkemp-law.example"),
        "2032-03-30 12:15",
        "uk",
        "outlook_html",
        "Dear Sirs\n\n"
        "Marlowe Fitouts Limited – invoice CSG 0384/32\n\n"
        "We act for Marlowe Fitouts Limited, to whom your email below was addressed. Our client disputes liability for the above invoice for reasons that will be set out in separate correspondence.\n\n"
        "Please direct all further communication about this matter to this firm, quoting our reference VA/MAR/0117. You should not contact our client directly.\n\n"
        "Yours faithfully\n\nVictoria Ashworth\nSolicitor\nAshworth Kemp LLP\n\n"
        "This email is confidential and may be legally privileged. If you are not the intended recipient, please notify us immediately and delete it.",
        lab(
            refs=("CSG 0384/32",),
            note="solicitor: stop contacting the client, talk to us → unsubscribe; the dispute is only announced",
        ),
        inv="CSG 0384/32",
        rcpt="accounts@marlowefitouts.example",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Brian Kettle", "brian@kettleroofing.example"),
        "2032-03-22 16:44",
        "uk",
        "gmail_plain",
        "TAKE ME OFF YOUR EMAIL LIST. I DEAL WITH THIS BY POST ONLY.",
        lab(note="all caps; post only"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Gerhard Pohl", "g.pohl@pohl-immobilien.example"),
        "2032-04-06 09:02",
        "cet",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "bitte richten Sie Zahlungserinnerungen und sonstige Schreiben zu offenen Posten künftig ausschließlich postalisch an unsere Geschäftsadresse. E-Mails zu diesem Thema werden bei uns nicht mehr bearbeitet.\n\n"
        "Mit freundlichen Grüßen\nGerhard Pohl\nPohl Immobilien e.K.",
        lab(note="post only"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Moritz Kaiser", "moritz.kaiser.bau@gmail.com"),
        "2032-03-25 07:40",
        "cet",
        "gmail",
        "Bitte austragen.",
        lab(),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Philippe Arnaud", "p.arnaud@arnaud-evenements.example"),
        "2032-04-01 17:20",
        "cet",
        "outlook_html",
        "Monsieur,\n\n"
        "Je vous demande de cesser de m’écrire à ce sujet. Le dossier est désormais entre les mains de notre avocat, Maître Hervé Castel, à qui vous pourrez adresser toute réclamation.\n\n"
        "Philippe Arnaud\nArnaud Événements",
        lab(
            note="stop writing, go through our lawyer (no address given); French reply to an English reminder"
        ),
        rlang="en",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Toni Requena", "toni.requena@gmail.com"),
        "2032-04-12 21:48",
        "cet",
        "iphone",
        "Dejad de mandarme correos por favor. Ya os dije que pagaré cuando pueda, no hace falta que me lo recordéis cada semana.",
        lab(note="stop request with a vague promise: unsubscribe"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Inés Calvo Medina", "juridico@grupobrisamar.example"),
        "2032-03-26 13:00",
        "cet",
        "outlook",
        "Muy señores nuestros:\n\n"
        "En relación con la factura de referencia, les rogamos que en adelante se abstengan de remitir requerimientos de pago por correo electrónico. Cualquier comunicación deberá dirigirse por escrito, mediante burofax, a nuestro domicilio social.\n\n"
        "Atentamente,\n\nInés Calvo Medina\nAsesoría Jurídica\nGrupo Hostelero Brisamar, S.A.",
        lab(note="very formal; written notice by post only"),
        cte="b64",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Jeroen Kok", "jeroen@kokkeukens.example"),
        "2032-04-05 14:15",
        "cet",
        "gmail",
        "Graag geen herinneringen meer per mail. Stuur het maar per post, dan komt het bij de juiste persoon terecht.",
        lab(note="post only"),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Lisa van Beek", "lisavanbeek@hotmail.example"),
        "2032-03-23 22:10",
        "cet",
        "android",
        "Haal mij alsjeblieft van jullie lijst af. Ik werk al sinds vorig jaar niet meer bij dat bedrijf en ik weet niet wie er nu over gaat.",
        lab(
            note="remove me and 'I no longer work there' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Marina Fabbri", "m.fabbri@fabbricostruzioni.example"),
        "2032-04-13 10:10",
        "cet",
        "outlook",
        "Buongiorno,\n\n"
        "vi prego di non scrivermi più a questo indirizzo per questa vicenda. Ogni comunicazione dovrà passare dal nostro legale, avv. Giulia Rinaldi, che vi contatterà nei prossimi giorni.\n\n"
        "Marina Fabbri",
        lab(note="stop writing, only through our lawyer"),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Alessio Conti", "alessio@contibar.example"),
        "2032-03-31 23:02",
        "cet",
        "iphone",
        "CANCELLATEMI DALLA VOSTRA LISTA GRAZIE",
        lab(note="all caps"),
        cte="8bit",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Bramley Stores Head Office", "office@bramleystores.example"),
        "2032-03-26 09:06",
        "uk",
        "none",
        "Thank you for your email.\n\n"
        "Our office is closed for the Easter bank holidays from Friday 26 March to Monday 29 March inclusive. We reopen on Tuesday 30 March and will reply to your message then.\n\n"
        "Bramley Convenience Stores – Head Office",
        lab(return_date="2032-03-30", note="Easter closure; the reopening day"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Northgate Supplier Helpdesk", "supplier.help@northgatefm.example"),
        "2032-04-07 09:06",
        "uk",
        "none",
        "Hello,\n\n"
        "Thanks for contacting the Northgate Facilities supplier helpdesk. Your email has been logged as service request SR-204718.\n\n"
        "Our team aims to respond within 3 working days. Please keep the reference in the subject line if you need to add anything to this request.\n\n"
        "This mailbox is monitored Monday to Friday, 9am–5pm.\n\n"
        "Northgate Facilities Management – Supplier Services",
        lab(note="ticket-system acknowledgement carrying only X-Autoreply; no return date"),
        subject="[SR-204718] We've received your email",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Helen Marsh", "helen.marsh@marshandco.example"),
        "2032-04-05 09:05",
        "uk",
        "none",
        "Hi,\n\n"
        "I'm on annual leave until 12 April with limited access to email. For anything urgent about accounts please contact Dan Pryce on dan.pryce@marshandco.example or call the office on 01632 960418.\n\n"
        "Thanks,\nHelen",
        lab(
            return_date="2032-04-12",
            note="'until X' → X; the colleague's address does not set new_contact",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, ("X-Auto-Response-Suppress", "All")),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Thomas Berger", "t.berger@berger-messebau.example"),
        "2032-04-06 10:05",
        "cet",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin bis einschließlich Freitag, 9. April, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 12.04., bin ich wieder erreichbar.\n\n"
        "In dringenden Fällen wenden Sie sich bitte an buchhaltung@berger-messebau.example.\n\n"
        "Mit freundlichen Grüßen\nThomas Berger",
        lab(
            return_date="2032-04-12",
            note="'ab Montag, 12.04., wieder erreichbar' wins over 'bis einschließlich 9. April'",
        ),
        subject="Automatische Antwort: {rsub}",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Schuhhaus Brandt", "info@schuhhaus-brandt.example"),
        "2032-03-29 10:15",
        "cet",
        "none",
        "Guten Tag,\n\n"
        "vielen Dank für Ihre E-Mail. Unser Büro ist über die Osterfeiertage vom 26.03. bis einschließlich 05.04.2032 nicht besetzt. Ab dem 06.04. sind wir wieder für Sie da und beantworten Ihre Nachricht so schnell wie möglich.\n\n"
        "Ihr Team vom Schuhhaus Brandt",
        lab(
            return_date="2032-04-06",
            note="only 'Precedence: auto_reply' marks it as automatic; sent on Easter Monday, after the switch to CEST",
        ),
        subject="Ihre Nachricht an Schuhhaus Brandt",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Claire Fontaine", "c.fontaine@fontaine-agencement.example"),
        "2032-04-08 10:07",
        "cet",
        "none",
        "Bonjour,\n\n"
        "Je suis absente du bureau jusqu'au 13 avril et n'aurai qu'un accès limité à ma messagerie. Votre message sera traité à mon retour.\n\n"
        "Cordialement,\nClaire Fontaine",
        lab(return_date="2032-04-13", note="'jusqu'au X' → X"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Service Fournisseurs Groupe Delmas", "fournisseurs@groupe-delmas.example"),
        "2032-03-23 10:06",
        "cet",
        "none",
        "Bonjour,\n\n"
        "Nous accusons réception de votre message, enregistré sous le numéro de demande 88421.\n\n"
        "Un conseiller du service fournisseurs vous répondra sous 48 heures ouvrées. Pour tout complément, merci de répondre à ce message sans en modifier l'objet.\n\n"
        "Ceci est un message automatique.\n\n"
        "Service Fournisseurs – Groupe Delmas",
        lab(note="ticket-system acknowledgement; no return date"),
        subject="[Demande n° 88421] Accusé de réception",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Pilar Navarro", "pnavarro@navarroopticos.example"),
        "2032-03-30 10:06",
        "cet",
        "none",
        "Hola:\n\n"
        "Estaré fuera de la oficina hasta el lunes 5 de abril por las vacaciones de Semana Santa, sin acceso al correo.\n\n"
        "Para cualquier asunto urgente pueden llamar directamente a la tienda.\n\n"
        "Un saludo,\nPilar Navarro",
        lab(
            return_date="2032-04-05",
            note="'hasta X' → X; no Auto-Submitted or other automatic header",
        ),
        subject="Fuera de la oficina: {rsub}",
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Marieke Visser", "m.visser@vissergroep.example"),
        "2032-04-02 10:04",
        "cet",
        "none",
        "Beste afzender,\n\n"
        "Ik ben met vakantie tot en met vrijdag 9 april. Vanaf maandag 12 april ben ik weer op kantoor en lees ik mijn mail.\n\n"
        "Voor dringende zaken kunt u terecht bij de receptie.\n\n"
        "Met vriendelijke groet,\nMarieke Visser",
        lab(
            return_date="2032-04-12",
            note="'vanaf maandag 12 april' wins over 'tot en met 9 april'",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        (
            "Klantenservice Tuincentrum De Linde",
            "klantenservice@tuincentrumdelinde.example",
        ),
        "2032-03-24 10:08",
        "cet",
        "none",
        "Beste klant,\n\n"
        "Bedankt voor uw e-mail. Wij hebben uw bericht goed ontvangen en streven ernaar binnen twee werkdagen te reageren.\n\n"
        "Dit is een automatisch gegenereerd bericht; u hoeft hier niet op te reageren.\n\n"
        "Met vriendelijke groet,\nTuincentrum De Linde",
        lab(note="receipt acknowledgement, no return date"),
        subject="Wij hebben uw e-mail ontvangen",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        (
            "Amministrazione Fratelli Rossi",
            "amministrazione@gelateriafratellirossi.example",
        ),
        "2032-03-26 10:10",
        "cet",
        "none",
        "Gentile cliente,\n\n"
        "l'ufficio resterà chiuso per le festività pasquali da venerdì 26 a lunedì 29 marzo. Riapriremo martedì 30 marzo e risponderemo al suo messaggio al più presto.\n\n"
        "Cordiali saluti\nAmministrazione – Fratelli Rossi",
        lab(return_date="2032-03-30", note="Easter closure; the reopening day"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Andrea Galli", "a.galli@gallitrasporti.example"),
        "2032-04-07 10:05",
        "cet",
        "none",
        "Buongiorno,\n\n"
        "sono in ferie fino al 16 aprile. Per questioni urgenti potete scrivere alla collega Silvia Orlandi, s.orlandi@gallitrasporti.example.\n\n"
        "Andrea Galli",
        lab(
            return_date="2032-04-16",
            note="'fino al X' → X; the colleague's address does not set new_contact",
        ),
        subject="Fuori sede: {rsub}",
        headers=(AUTO_REPLIED, ("X-Autoreply", "yes")),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Joanne Pike", "joanne@pikeandsonsbakery.example"),
        "2032-03-23 11:52",
        "uk",
        "gmail",
        "Hi,\n\n"
        "Did we not pay this already? I'm sure Mark sorted a load of invoices before he went away, yours included. Can you have a look your end and let me know?\n\n"
        "Jo",
        lab(note="asks whether it was paid; no payment claim and no document request"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Katrin Schäfer", "k.schaefer@messe-westfalen-service.example"),
        "2032-04-01 14:07",
        "cet",
        "outlook",
        "Hello,\n\n"
        "Thanks for the reminder, it has been forwarded to our finance colleagues.\n\n"
        "While I have you: we are planning the stand for the Hanover show in June and would like a quote for a 6 x 3 m backwall and four roll-ups, same style as last year. Could someone from your sales team get in touch with me?\n\n"
        "Best regards\nKatrin Schäfer\nMesse Westfalen Service GmbH",
        lab(
            note="sales enquiry; 'forwarded to finance' names no contact and commits to nothing; English from a German company on a German Outlook"
        ),
        rlang="en",
        loc="de",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Martin Ellery", "martin.ellery@elleryvets.example"),
        "2032-04-14 17:22",
        "uk",
        "android",
        "Received, thanks. I'll raise it at the partners' meeting on Thursday.\n\nMartin",
        lab(note="acknowledgement without a commitment to pay"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Dr. Stefan Reuter", "insolvenz@reuter-kanzlei.example"),
        "2032-04-09 11:30",
        "cet",
        "html_only",
        "Sehr geehrte Damen und Herren,\n\n"
        "über das Vermögen der Feldmann Möbelhaus GmbH ist mit Beschluss des Amtsgerichts vom 2. April 2032 das vorläufige Insolvenzverfahren angeordnet worden. Der Unterzeichner wurde zum vorläufigen Insolvenzverwalter bestellt.\n\n"
        "Zahlungen auf Altverbindlichkeiten dürfen derzeit nicht geleistet werden. Forderungen sind nach Eröffnung des Verfahrens schriftlich beim Insolvenzverwalter anzumelden; eine gesonderte Aufforderung hierzu erhalten Sie.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Stefan Reuter\nRechtsanwalt\nals vorläufiger Insolvenzverwalter",
        lab(
            note="insolvency notice from the administrator: not a dispute and not a stop request; a person must read it; HTML only"
        ),
        rcpt="buchhaltung@feldmann-moebel.example",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Ben Krause", "ben@fahrschule-krause.example"),
        "2032-03-22 13:10",
        "cet",
        "iphone",
        "Danke, ist angekommen. Kläre ich mit meinem Vater, der macht die Rechnungen.\n\nBen",
        lab(
            note="acknowledgement; passing it on names no new contact; German reply to an English reminder"
        ),
        rlang="en",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Yannick Le Gall", "yannick.legall@gmail.com"),
        "2032-04-06 19:33",
        "cet",
        "gmail_plain",
        "Bonjour,\n\n"
        "Qui êtes-vous exactement ? Je n'ai jamais entendu parler de votre société et je ne vois pas de quelle facture il s'agit. Si c'est une arnaque, sachez que je signale ce mail.\n\n"
        "Y. Le Gall",
        lab(note="suspicion, not a request for the invoice; a person should call"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Sandrine Caron", "s.caron@autoecole-caron.example"),
        "2032-03-31 09:45",
        "cet",
        "outlook",
        "Bonjour,\n\n"
        "Bien reçu, je regarde ça avec mon associé.\n\n"
        "Au passage, pourriez-vous nous faire un devis pour le marquage de deux nouvelles voitures ? Ce sont des Clio, même visuel que les précédentes.\n\n"
        "Merci,\nSandrine Caron",
        lab(note="acknowledgement and a quote request"),
        charset="iso-8859-1",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Javier Lozano", "javi@lozanofitness.example"),
        "2032-04-15 07:58",
        "cet",
        "iphone",
        "¿Pero esta no la habíamos pagado ya? Me suena que sí, lo miro y te digo",
        lab(note="a question and 'I'll check': no payment claim"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Beatriz Campos", "beatriz@camposdental.example"),
        "2032-03-25 12:31",
        "cet",
        "gmail",
        "Recibido. Se lo paso a mi jefe, que es quien lleva estos temas, y os decimos algo.\n\nBea",
        lab(note="acknowledgement; passing it on names no new contact"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Ahmed El Amrani", "a.elamrani@slagerij-elamrani.example"),
        "2032-04-12 10:25",
        "cet",
        "outlook_html",
        "Goedemorgen,\n\n"
        "Nog even een vraag los van de factuur: vallen de gevelletters nog onder de garantie? Sinds vorige week brandt de ‘S’ niet meer en de ‘L’ knippert. Kan er iemand langskomen om ernaar te kijken?\n\n"
        "Met vriendelijke groet,\nAhmed El Amrani\nSlagerij El Amrani",
        lab(note="warranty question 'los van de factuur'; the invoice is not contested"),
        charset="windows-1252",
        cte="b64",
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Wim de Groot", "wim@degrootbouw.example"),
        "2032-03-30 08:02",
        "cet",
        "apple",
        "Ontvangen, dank je.",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Lorenzo Bianchi", "lorenzo@bianchiviaggi.example"),
        "2032-04-02 12:40",
        "cet",
        "gmail",
        "Ricevuto, grazie. Ne parlo con il titolare appena rientra e vi faccio sapere.\n\nLorenzo",
        lab(note="acknowledgement without a commitment"),
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
# Bounces: machine skeletons generated, human-readable parts written out one by one
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
    zone: str
    age_minutes: int = 3
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The Date: of the report."""
        return local_time(self.when, self.zone)

    @property
    def invoice(self) -> str:
        """The invoice the bounced reminder was about."""
        return invoice_book()[self.key]

    @property
    def sent(self) -> datetime:
        """When the reminder left Copperbeech."""
        return in_zone(self.dt - timedelta(minutes=self.age_minutes), "uk")

    @property
    def subject(self) -> str:
        """The bounced reminder's subject."""
        return reminder_subject(self.lang, self.invoice)

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@", 1)[1]


def bounced_reminder(b: Bounce) -> Message:
    """The reminder exactly as it left Copperbeech's server."""
    currency = "GBP" if b.zone == "uk" else "EUR"
    due = b.sent.date() - timedelta(days=10 + number(b.key, "due", 12))
    amount = f"{300 + number(b.key, 'amount', 2500)}.{number(b.key, 'pence', 20) * 5:02d}"
    text = reminder_text(b.lang, b.invoice, amount, currency, due - timedelta(days=30), due)
    msg = text_part(text, "plain", "utf-8", "qp")
    msg["Received"] = (
        f"from app1.{AR_DOMAIN} (app1.{AR_DOMAIN} [10.20.0.14])\n\tby {AR_MTA} with ESMTPS id {token(b.key, 'queue', 10)}\n\t"
        f"for <{b.rcpt}>; {format_datetime(b.sent)}"
    )
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encode_header(b.subject, "utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    reorder_mime_headers(msg)
    return msg


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers: the header block of the returned reminder."""
    block = "".join(f"{name}: {value}\n" for name, value in bounced_reminder(b).items())
    return text_part(block, "rfc822-headers", "us-ascii", "7bit")


def delivery_status(
    b: Bounce,
    reporting_mta: str,
    action: str,
    diagnostic: str,
    remote_mta: str = "",
    extra: tuple[str, ...] = (),
) -> Message:
    """message/delivery-status (RFC 3464): one per-message block and one per-recipient block."""
    per_message = f"Reporting-MTA: dns; {reporting_mta}\n" + "".join(f"{line}\n" for line in extra)
    per_message += f"Arrival-Date: {format_datetime(b.sent)}\n"
    lines = [
        f"Original-Recipient: rfc822; {b.rcpt}",
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote_mta:
        lines.append(f"Remote-MTA: dns; {remote_mta}")
    lines.append(f"Diagnostic-Code: smtp; {diagnostic}")
    lines.append(f"Last-Attempt-Date: {format_datetime(b.dt)}")
    if action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}")
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status.set_payload(
        [
            message_from_bytes(block.encode("ascii"))
            for block in (per_message, "\n".join(lines) + "\n")
        ]
    )
    return status


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def seal(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    shape: str = "part",
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    """Envelope headers of a delivery report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">").split()[0].rstrip(")")
    msg["Message-ID"] = f"<{token(b.key, 'bounce', 22).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finish(msg, b.key, shape)


def plain_notice(text: str) -> Message:
    """A notice with no MIME headers at all, as old MTAs send them (ASCII only)."""
    text.encode("ascii")
    msg = Message()
    msg.set_payload(text)
    return msg


def exchange_html(paragraphs: list[str], diagnostics: list[str]) -> str:
    """The HTML half of an Exchange Online non-delivery report."""
    body = "".join(
        f'<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:16px;color:#000000">{html.escape(p, quote=False)}</p>'
        for p in paragraphs
    )
    diag = "<br>".join(html.escape(d, quote=False) for d in diagnostics)
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body dir="ltr"><div>{body}</div>'
        f'<p style="font-family:Consolas,Courier,monospace;font-size:13px;color:#575757">{diag}</p></body></html>\n'
    )


def exchange_report(
    b: Bounce,
    paragraphs: list[str],
    diagnostics: list[str],
    action: str,
    diagnostic: str,
    server: str,
) -> Message:
    """An Exchange Online report: alternative human part, delivery status, returned headers."""
    plain = "\n\n".join(paragraphs) + "\n\n" + "\n".join(diagnostics) + "\n"
    human = alternative(plain, exchange_html(paragraphs, diagnostics), "utf-8", "qp")
    return report(human, delivery_status(b, server, action, diagnostic), returned_headers(b))


def exchange_sender(b: Bounce) -> str:
    """The system mailbox Exchange Online sends its reports from."""
    return f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{b.domain}>"


def bounce_qmail_domain(b: Bounce) -> Message:
    """qmail, hard: the recipient's domain no longer exists."""
    copy = bounced_reminder(b).as_string()
    text = (
        f"Hi. This is the qmail-send program at relay2.{AR_DOMAIN}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {b.domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail {20000 + number(b.key, 'pid', 40000)} invoked by uid 1004); {b.sent.strftime('%d %b %Y %H:%M:%S')} -0000\n"
        f"{copy}"
    )
    return seal(b, plain_notice(text), f"MAILER-DAEMON@relay2.{AR_DOMAIN}", "failure notice")


def bounce_exim_quota(b: Bounce) -> Message:
    """Exim, non-MIME: returned as a permanent failure, but the mailbox is only full."""
    copy = bounced_reminder(b).as_string()
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx1.{b.domain} [203.0.113.41]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    552 5.2.2 <{b.rcpt}>: mailbox full, quota exceeded\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n"
        f"{copy}"
    )
    return seal(
        b,
        plain_notice(text),
        f"Mail Delivery System <Mailer-Daemon@{AR_MTA}>",
        "Mail delivery failed: returning message to sender",
        extra=(("X-Failed-Recipients", b.rcpt),),
    )


def bounce_gmail_quota_delay(b: Bounce) -> Message:
    """Gmail, soft: delivery delayed because the recipient's inbox is out of space."""
    lines = [
        "** Delivery incomplete **",
        f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.",
        "The response was:",
        "The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp 38308e7fff4ca-2d6c51f0a2bsi4410723e87.301 - gsmtp",
    ]
    plain = "\n\n".join(lines) + "\n"
    markup = (
        "<html><head></head><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "</body></html>\n"
    )
    human = alternative(plain, markup, "utf-8", "qp")
    diagnostic = "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp"
    parts = (
        human,
        delivery_status(b, "googlemail.com", "delayed", diagnostic, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    )
    return seal(
        b,
        report(*parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        "gmail",
    )


def bounce_exchange_de(b: Bounce) -> Message:
    """Exchange Online in German, hard: the address does not exist."""
    server = "FR3P281MB0512.DEUP281.PROD.OUTLOOK.COM"
    paragraphs = [
        f"Ihre Nachricht hat {b.rcpt} nicht erreicht.",
        "Die E-Mail-Adresse, an die Sie die Nachricht gesendet haben, wurde in der Zieldomäne nicht gefunden. Möglicherweise ist sie falsch geschrieben, oder das Postfach existiert nicht mehr.",
        "So beheben Sie das Problem: Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Wenn Sie die Adresse aus Ihrer Kontaktliste übernommen haben, löschen Sie den gespeicherten Eintrag und geben Sie die Adresse vollständig neu ein.",
    ]
    diagnostics = [
        "Diagnoseinformationen für Administratoren:",
        f"Generierender Server: {server}",
        b.rcpt,
        "Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben",
    ]
    msg = exchange_report(
        b,
        paragraphs,
        diagnostics,
        "failed",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        server,
    )
    return seal(b, msg, exchange_sender(b), f"Unzustellbar: {b.subject}", "exchange-ndr")


def bounce_backup_mx_de(b: Bounce) -> Message:
    """A German provider's backup MX, soft: the primary server cannot be reached yet."""
    human = (
        f"Dies ist eine automatisch erzeugte Nachricht des Mailsystems von mx-backup.netzhafen.example.\n\n"
        f"Ihre Nachricht an <{b.rcpt}> konnte seit mehr als vier Stunden nicht zugestellt werden. "
        "Der Zielserver des Empfängers ist derzeit nicht erreichbar (Zeitüberschreitung beim Verbindungsaufbau).\n\n"
        "Sie müssen nichts unternehmen: Das System versucht die Zustellung bis zu zwei Tage lang weiter und benachrichtigt Sie erneut, falls sie endgültig scheitert.\n\n"
        f"Empfänger:   {b.rcpt}\n"
        "Grund:       4.4.1 connect to mail.{0}[198.51.100.72]:25: Connection timed out\n\n"
        "-- \nNetzhafen Hosting – Mailsystem\n"
    ).format(b.domain)
    parts = (
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mx-backup.netzhafen.example",
            "delayed",
            f"connect to mail.{b.domain}[198.51.100.72]:25: Connection timed out",
            extra=(
                f"X-Postfix-Queue-ID: {token(b.key, 'pfq', 11)}",
                f"X-Postfix-Sender: rfc822; {AR_ADDR}",
            ),
        ),
        returned_headers(b),
    )
    return seal(
        b,
        report(*parts),
        "Mail Delivery System <MAILER-DAEMON@mx-backup.netzhafen.example>",
        f"Verzögerte Zustellung: {b.subject}",
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French hosting provider's notice in Latin-1 plain text, hard: unknown mailbox."""
    original = (
        f"  De : {AR_NAME} <{AR_ADDR}>\n"
        f"  À : {b.rcpt}\n"
        f"  Objet : {latin1(b.subject)}\n"
        f"  Date : {format_datetime(b.sent)}\n"
        f"  Message-ID : {reminder_msgid(b.key)}\n"
    )
    text = (
        "Ce message a été généré automatiquement par le serveur de messagerie mx1.hebergement-azur.example.\n\n"
        "Votre message n'a pas pu être distribué au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : cette boîte aux lettres n'existe pas sur notre serveur (adresse inconnue).\n"
        "Réponse du serveur : 550 5.1.1 Adresse destinataire inconnue\n\n"
        "Il s'agit d'une erreur définitive, aucune nouvelle tentative ne sera effectuée. Vérifiez l'orthographe de l'adresse ou contactez votre correspondant par un autre moyen.\n\n"
        "En-têtes du message d'origine :\n\n"
        f"{original}"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return seal(
        b,
        msg,
        "Service de messagerie <postmaster@hebergement-azur.example>",
        f"Message non distribué : {b.subject}",
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    """Exchange Online in French, hard: a restricted group refuses outside senders."""
    server = "PR1P264MB2117.FRAP264.PROD.OUTLOOK.COM"
    paragraphs = [
        f"Votre message à {b.rcpt} n'a pas pu être remis.",
        f"Le groupe {b.rcpt} n'accepte que les messages provenant d'expéditeurs de son organisation ou d'expéditeurs explicitement autorisés. Votre adresse n'en fait pas partie.",
        "Comment résoudre le problème : contactez le propriétaire du groupe par un autre moyen et demandez-lui de vous ajouter à la liste des expéditeurs autorisés.",
    ]
    diagnostics = [
        "Informations de diagnostic pour les administrateurs :",
        f"Serveur de génération : {server}",
        b.rcpt,
        "Le serveur distant a retourné '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'",
    ]
    msg = exchange_report(
        b,
        paragraphs,
        diagnostics,
        "failed",
        "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
        server,
    )
    return seal(b, msg, exchange_sender(b), f"Non remis : {b.subject}", "exchange-ndr")


def bounce_exchange_es(b: Bounce) -> Message:
    """Exchange Online in Spanish, hard: access denied for an address that is not in the directory."""
    server = "DB8P191MB0655.EURP191.PROD.OUTLOOK.COM"
    paragraphs = [
        f"Su mensaje a {b.rcpt} no se pudo entregar.",
        f"La dirección {b.rcpt} no existe en la organización del destinatario, o la organización no acepta correo para ella.",
        "Cómo solucionarlo: compruebe que la dirección está bien escrita. Si el problema continúa, póngase en contacto con el destinatario por otro medio.",
    ]
    diagnostics = [
        "Información de diagnóstico para administradores:",
        f"Servidor generador: {server}",
        b.rcpt,
        "El servidor remoto devolvió '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'",
    ]
    msg = exchange_report(
        b,
        paragraphs,
        diagnostics,
        "failed",
        "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
        server,
    )
    return seal(b, msg, exchange_sender(b), f"No se puede entregar: {b.subject}", "exchange-ndr")


def bounce_provider_es(b: Bounce) -> Message:
    """A Spanish provider's notice in 8-bit UTF-8, soft: the mailbox is full, retrying."""
    text = (
        "Este es un mensaje automático del servidor de correo correo.servidoreslevante.example.\n\n"
        f"Su mensaje para {b.rcpt} todavía no se ha podido entregar: el buzón del destinatario está lleno.\n\n"
        "Respuesta del servidor: 452 4.2.2 Mailbox full\n\n"
        "Seguiremos intentándolo durante los próximos 3 días. No es necesario que vuelva a enviar el mensaje; si finalmente no se puede entregar, recibirá otro aviso.\n\n"
        f"Asunto del mensaje: {b.subject}\n"
        f"Enviado: {format_datetime(b.sent)}\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return seal(
        b,
        msg,
        "Sistema de correo <mailer-daemon@correo.servidoreslevante.example>",
        "Aviso: mensaje aún no entregado (buzón lleno)",
    )


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    """Exchange Online in Dutch, soft: delivery delayed."""
    server = "AS8P189MB1402.EURP189.PROD.OUTLOOK.COM"
    paragraphs = [
        "De bezorging van uw bericht is vertraagd.",
        f"Uw bericht aan {b.rcpt} is nog niet bezorgd. Er wordt automatisch opnieuw geprobeerd het te verzenden. Als het binnen 1 dag en 19 uur nog niet bezorgd kan worden, ontvangt u een melding dat het niet is gelukt.",
        "U hoeft niets te doen.",
    ]
    diagnostics = [
        "Diagnostische gegevens voor beheerders:",
        f"Genererende server: {server}",
        b.rcpt,
        "Externe server heeft '451 4.4.7 Message delayed; the remote server did not respond in time' geretourneerd",
    ]
    msg = exchange_report(
        b,
        paragraphs,
        diagnostics,
        "delayed",
        "451 4.4.7 Message delayed; the remote server did not respond in time",
        server,
    )
    return seal(b, msg, exchange_sender(b), f"Vertraagd: {b.subject}", "exchange-ndr")


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian provider's old-style non-MIME notice, hard: unknown user (ASCII, no accents)."""
    copy = bounced_reminder(b).as_string()
    text = (
        "Questo e' un messaggio generato automaticamente dal sistema di posta smtp.sitoweb-hosting.example.\n\n"
        "Il messaggio non e' stato consegnato al seguente destinatario:\n\n"
        f"  {b.rcpt}\n"
        "  Motivo: utente sconosciuto (550 5.1.1 User unknown)\n\n"
        "L'errore e' permanente e non verranno effettuati altri tentativi.\n\n"
        "--- Segue il messaggio originale ---\n\n"
        f"{copy}"
    )
    return seal(
        b,
        plain_notice(text),
        "Mail Delivery Subsystem <mailer-daemon@smtp.sitoweb-hosting.example>",
        "Messaggio non recapitato",
    )


def bounce_report_it(b: Bounce) -> Message:
    """An Italian provider's RFC 3464 report, soft: the mailbox is full (reported as 5.2.2)."""
    human = (
        "Questo è un messaggio automatico del server di posta mx2.provider-lombardia.example.\n\n"
        f"Non è stato possibile recapitare il messaggio al destinatario {b.rcpt}: la casella di posta è piena e non può ricevere altri messaggi.\n\n"
        "Risposta del server: 552 5.2.2 Casella piena / Mailbox full\n\n"
        "Il destinatario deve liberare spazio nella casella; dopo potrà inviare di nuovo il messaggio.\n"
    )
    parts = (
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mx2.provider-lombardia.example",
            "failed",
            "552 5.2.2 Casella piena / Mailbox full",
            f"mbox3.{b.domain}",
        ),
        returned_headers(b),
    )
    return seal(
        b,
        report(*parts),
        "Servizio di posta <MAILER-DAEMON@mx2.provider-lombardia.example>",
        "Notifica di mancato recapito",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.2",
            "accounts@harlowvending.example",
            "2032-03-24 09:07",
            "uk",
            note="qmail, not RFC 3464: the domain has gone",
        ),
        bounce_qmail_domain,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "soft",
            "5.2.2",
            "office@brackenridgeevents.example",
            "2032-04-13 09:05",
            "uk",
            note="Exim calls it a permanent error, but a full mailbox is soft; the 5.2.2 code is kept",
        ),
        bounce_exim_quota,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.2.2",
            "mel.brackley.crafts@gmail.com",
            "2032-03-31 13:12",
            "uk",
            240,
            note="Gmail delay notice: inbox out of space",
        ),
        bounce_gmail_quota_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.10",
            "buchhaltung@schreinerei-wendt.example",
            "2032-03-25 10:04",
            "cet",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.4.1",
            "info@gaertnerei-lindner.example",
            "2032-04-14 14:20",
            "cet",
            250,
            note="backup MX delay report in German",
        ),
        bounce_backup_mx_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.1",
            "compta@boulangerie-lemoine.example",
            "2032-03-22 10:12",
            "cet",
            note="provider notice in Latin-1 plain text, not RFC 3464",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "hard",
            "5.7.1",
            "direction@groupe-meunier.example",
            "2032-04-07 10:03",
            "cet",
            note="policy: the group accepts internal senders only",
        ),
        bounce_exchange_fr,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.4.1",
            "facturas@talleresgarrido.example",
            "2032-03-31 10:05",
            "cet",
        ),
        bounce_exchange_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.2.2",
            "recepcion@hostalmirador.example",
            "2032-04-09 11:40",
            "cet",
            95,
            note="provider notice, 8-bit UTF-8 plain text; mailbox full, still retrying",
        ),
        bounce_provider_es,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.4.7",
            "administratie@bouwbedrijfhaan.example",
            "2032-03-23 14:10",
            "cet",
            245,
        ),
        bounce_exchange_nl_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.1",
            "amministrazione@pasticceriacorsi.example",
            "2032-04-01 10:06",
            "cet",
            note="non-MIME Italian provider notice with the message inline",
        ),
        bounce_provider_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "5.2.2",
            "info@ristorantelaterrazza-como.example",
            "2032-04-15 10:30",
            "cet",
            note="mailbox full reported with a 5.x code: soft, the code is kept",
        ),
        bounce_report_it,
    ),
]


@functools.cache
def invoice_book() -> dict[str, str]:
    """Give every message without a written invoice number its own, clear of all others."""
    used = {r.inv for r in REPLIES if r.inv}
    for r in REPLIES:
        refs = r.labels.get("invoice_refs", [])
        used.update(ref for ref in cast(list[str], refs))
    book: dict[str, str] = {}
    keys = sorted([r.key for r in REPLIES if not r.inv] + [b.key for b, _ in BOUNCES])
    for key in keys:
        n = number(key, "invoice", 150)
        while f"CSG {300 + n:04d}/32" in used:
            n = (n + 1) % 150
        book[key] = f"CSG {300 + n:04d}/32"
        used.add(book[key])
    return book


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

LABEL_ORDER = ("file", "intent", *LABEL_KEYS, "invoice_refs", "language", "note")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^CSG \d{4}/\d{2}$")
STATUS = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


@dataclass(frozen=True)
class Item:
    """One corpus message: its key, the built message, its label and its local date."""

    key: str
    message: Message
    label: dict[str, object]
    day: date


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written message."""
    label: dict[str, object] = {"intent": r.intent, **dict.fromkeys(LABEL_KEYS)}
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(LABEL_KEYS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_items() -> list[Item]:
    """Every message of the corpus, in definition order."""
    items = [Item(r.key, build_reply(r), reply_label(r), r.dt.date()) for r in REPLIES]
    items += [Item(b.key, build(b), bounce_label(b), b.dt.date()) for b, build in BOUNCES]
    return items


def shuffled(items: list[Item]) -> list[Item]:
    """File order: a seeded hash of each key, so a file name says nothing about its label."""
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}:{item.key}".encode()).hexdigest(),
    )


def parse_check(name: str, data: bytes) -> EmailMessage:
    """Parse a file back as a receiving program would, and refuse any defect."""
    msg = message_from_bytes(data, policy=policy.default)
    if not isinstance(msg, EmailMessage):
        raise SystemExit(f"{name}: not parsed as EmailMessage")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: {part.get_content_type()}: {part.defects}")
        for header, value in part.items():
            defects = cast(list[object], getattr(value, "defects", []))
            if defects:
                raise SystemExit(f"{name}: header {header}: {defects}")
            str(value)
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            content = part.get_content()
            if not isinstance(content, str):
                raise SystemExit(f"{name}: {part.get_content_type()} did not decode to text")
    return msg


def decoded_text(msg: EmailMessage) -> str:
    """All text parts of a parsed message, decoded and joined."""
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and isinstance(part, EmailMessage):
            texts.append(cast(str, part.get_content()))
    return "\n".join(texts)


def check_item(item: Item, msg: EmailMessage) -> None:
    """Message-level checks: dates in range, quoted reminder present where a person replied."""
    if not FIRST_DAY <= item.day <= LAST_DAY:
        raise SystemExit(f"{item.key}: {item.day} is outside the corpus dates")
    spec = next((r for r in REPLIES if r.key == item.key), None)
    if spec is not None and spec.client != "none":
        text = html.unescape(decoded_text(msg))
        if spec.invoice not in text or "Copperbeech Sign & Graphics Ltd" not in text:
            raise SystemExit(f"{item.key}: the reminder is not quoted")


def check_label(key: str, label: dict[str, object], day: date) -> None:
    """Shape of one label, and the dates against the message's own local date."""
    if tuple(label) != LABEL_ORDER:
        raise SystemExit(f"{key}: label keys {tuple(label)}")
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{key}: intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for field_name in LABEL_KEYS:
        value = label[field_name]
        if value is None:
            continue
        if field_name not in allowed:
            raise SystemExit(f"{key}: {field_name} filled for {intent}")
        if not isinstance(value, str):
            raise SystemExit(f"{key}: {field_name} is not a string")
        if field_name.endswith("_date"):
            if not ISO_DAY.match(value):
                raise SystemExit(f"{key}: {field_name} {value}")
            when = date.fromisoformat(value)
            if field_name == "paid_date" and when > day:
                raise SystemExit(f"{key}: paid after the message date")
            if field_name in {"promised_date", "return_date"} and when < day:
                raise SystemExit(f"{key}: {field_name} before the message date")
        if field_name == "amount" and not AMOUNT.match(value):
            raise SystemExit(f"{key}: amount {value}")
        if field_name == "currency" and value not in {"GBP", "EUR"}:
            raise SystemExit(f"{key}: currency {value}")
        if field_name in {"new_contact", "failed_recipient"} and (
            value != value.lower() or "@" not in value
        ):
            raise SystemExit(f"{key}: address {value}")
        if field_name == "bounce_kind" and value not in {"hard", "soft"}:
            raise SystemExit(f"{key}: bounce_kind {value}")
        if field_name == "bounce_status" and not STATUS.match(value):
            raise SystemExit(f"{key}: bounce_status {value}")
    if intent == "bounce" and None in (
        label["bounce_kind"],
        label["failed_recipient"],
        label["bounce_status"],
    ):
        raise SystemExit(f"{key}: incomplete bounce label")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(isinstance(x, str) and INVOICE.match(x) for x in refs):
        raise SystemExit(f"{key}: invoice_refs {refs}")
    if label["currency"] is not None and label["amount"] is None:
        raise SystemExit(f"{key}: currency without amount")


def expected_count(intent: str, lang: str) -> int:
    """The planned number of messages in one cell of the table."""
    if lang == "en":
        return 3
    return 1 if SINGLE[intent] == lang else 2


def check_counts(labels: list[dict[str, object]]) -> None:
    """Twelve per intent; English 30 and 18 for every other language, spread evenly."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        for lang in LANGS:
            if cells[intent, lang] != expected_count(intent, lang):
                raise SystemExit(f"count {intent}/{lang} is {cells[intent, lang]}")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds {kinds}")


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
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[dict[str, object]]:
    """Build, check and write every file; return the labels in file order."""
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys) or len(keys) != 120:
        raise SystemExit("keys must be 120 and unique")
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for n, item in enumerate(shuffled(items), start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.message.as_bytes()
        check_item(item, parse_check(name, data))
        label = {"file": name, **item.label}
        check_label(item.key, label, item.day)
        (HERE / name).write_bytes(data)
        labels.append(label)
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
    print(
        f"\n{len(labels)} messages written to {HERE.name}/; bounces: {kinds['hard']} hard, {kinds['soft']} soft"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
