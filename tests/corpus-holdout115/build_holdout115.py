# ruff: noqa: ARG005, C901, E501, PLR0912, PLR0917, RET504, RUF001, RUF002
"""Build held-out reply corpus 115: ``h115-NNN.eml`` files and ``labels.jsonl``.

Every message could arrive in the sales-ledger mailbox of Hartwell Orchard Cider Mill after it
sent an overdue reminder. The new text of each message (and every human-readable line of each
delivery report) is written by hand below. The script only adds what a mail client or a mail
server would add: the quoted reminder in the client's layout and language, headers, MIME
structure, charsets and transfer encodings. It writes next to itself, deterministically.
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
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
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
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "hartwell-115-2030"
PREFIX = "h115"
AR_NAME = "Hartwell Sales Ledger"
AR_ADDR = "sales.ledger@hartwell-cidermill.example"
AR_DOMAIN = "hartwell-cidermill.example"
FIRST_DAY = date(2030, 1, 7)
LAST_DAY = date(2030, 2, 1)
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
FIELD_KEYS = (
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
LABEL_KEYS = ("file", "intent", *FIELD_KEYS, "invoice_refs", "language", "note")
# Only the winning intent's fields may be filled.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# Messages per intent and language: English gets three of every intent, and each other
# language gets two of every intent except two, where it gets one.
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
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}


def planned(intent: str, lang: str) -> int:
    """How many messages of this intent the corpus holds in this language."""
    if lang == "en":
        return 3
    return 1 if SINGLE[intent] == lang else 2


# --------------------------------------------------------------------------------------------
# Time: wall-clock times are written by hand, offsets follow the EU/UK summer-time rule
# --------------------------------------------------------------------------------------------

STANDARD_OFFSET = {"uk": 0, "ce": 1}


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (summer time starts and ends on one)."""
    day = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def utc_offset(region: str, local: datetime) -> timedelta:
    """UK and central-European offset: summer time from 01:00 UTC on the last Sunday of
    March to 01:00 UTC on the last Sunday of October, standard time otherwise."""
    base = STANDARD_OFFSET[region]
    start = datetime.combine(last_sunday(local.year, 3), datetime.min.time()) + timedelta(hours=1)
    end = datetime.combine(last_sunday(local.year, 10), datetime.min.time()) + timedelta(hours=1)
    as_utc = local - timedelta(hours=base)
    return timedelta(hours=base + (1 if start <= as_utc < end else 0))


def local_time(region: str, when: str) -> datetime:
    """A hand-written wall-clock time ("2030-01-14 09:32") with the sender's offset."""
    naive = datetime.strptime(when, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=timezone(utc_offset(region, naive)))


# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAYS_ABBR = {
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
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec",
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
# Gmail's attribution line, as its web client writes it for each interface language.
GMAIL_ATTRIBUTION = {
    "en": "On {da}, {d} {ma} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {da}, {d}. {ma} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {da} {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {da}, {d} {ma} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {da} {d} {ma} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {da} {d} {ma} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {ma} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {d}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y}, om {HH}:{mm}, schreef {name} <{addr}>:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
# Outlook desktop: separator line, field labels, label separator and the "Sent" format.
OUTLOOK_SEPARATOR = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_FIELDS = {
    "en": ("From", "Sent", "To", "Subject", ": "),
    "de": ("Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("De", "Envoyé", "À", "Objet", " : "),
    "es": ("De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_SENT = {
    "en": "{d} {month} {y} {HH}:{mm}",
    "de": "{day}, {d}. {month} {y} {HH}:{mm}",
    "fr": "{day} {d} {month} {y} {HH}:{mm}",
    "es": "{day}, {d} de {month} de {y} {H}:{mm}",
    "nl": "{day} {d} {month} {y} {HH}:{mm}",
    "it": "{day} {d} {month} {y} {HH}:{mm}",
}
ANDROID_SENT = {
    "en": "{day}, {month} {d}, {y} {h12}:{mm}:{ss} {ampm}",
    "de": "{day}, {d}. {month} {y} {HH}:{mm}:{ss}",
    "fr": "{day} {d} {month} {y} {HH}:{mm}:{ss}",
    "es": "{day}, {d} de {month} de {y} {H}:{mm}:{ss}",
    "nl": "{day} {d} {month} {y} {HH}:{mm}:{ss}",
    "it": "{day} {d} {month} {y} {HH}:{mm}:{ss}",
}
OUTLOOK_REPLY_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
AUTO_REPLY_PREFIX = {
    "en": "Automatic reply: ",
    "de": "Automatische Antwort: ",
    "fr": "Réponse automatique : ",
    "es": "Respuesta automática: ",
    "nl": "Automatisch antwoord: ",
    "it": "Risposta automatica: ",
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
# The reminder every reply answers, in the language of the customer's account
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Hartwell Orchard Cider Mill",
    "de": "Zahlungserinnerung: Rechnung {inv} überfällig",
    "fr": "Rappel : facture {inv} échue",
    "es": "Aviso: factura {inv} vencida",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Promemoria: fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We're writing about the invoice below, which is now past its due date:\n\n"
        "  Invoice {inv}   dated {issued}   due {due}   amount {amt}\n\n"
        "If payment is already on its way, thank you – a quick reply with the date and your reference helps us match it. If something on the invoice doesn't look right, or you need a copy, just reply to this email.\n\n"
        "Many thanks,\n\n"
        "Sales Ledger\nHartwell Orchard Cider Mill Ltd\nOrchard Barn, Hartwell Lane, Bromyard HR7 4ZZ\n01632 960417"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die folgende Rechnung ist das Zahlungsziel inzwischen überschritten:\n\n"
        "  Rechnung {inv}   vom {issued}   fällig seit {due}   Betrag {amt}\n\n"
        "Falls Sie die Zahlung bereits angewiesen haben, vielen Dank – nennen Sie uns gern Datum und Verwendungszweck, damit wir sie zuordnen können. Stimmt etwas mit der Rechnung nicht oder benötigen Sie eine Kopie, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Sales Ledger\nHartwell Orchard Cider Mill Ltd\nBromyard, Herefordshire, Vereinigtes Königreich"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous revenons vers vous au sujet de la facture ci-dessous, dont l'échéance est dépassée :\n\n"
        "  Facture {inv}   du {issued}   échue le {due}   montant {amt}\n\n"
        "Si le règlement est déjà parti, merci – indiquez-nous simplement la date et la référence du virement pour que nous puissions le rapprocher. Si quelque chose ne va pas sur la facture ou s'il vous en faut un duplicata, répondez à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité clients\nHartwell Orchard Cider Mill Ltd\nBromyard, Herefordshire, Royaume-Uni"
    ),
    "es": (
        "Buenos días:\n\n"
        "Les escribimos en relación con la factura siguiente, cuyo plazo de pago ya ha vencido:\n\n"
        "  Factura {inv}   de fecha {issued}   vencida el {due}   importe {amt}\n\n"
        "Si el pago ya está en camino, muchas gracias; si nos indican la fecha y la referencia de la transferencia, podremos conciliarlo. Si algo en la factura no es correcto o necesitan una copia, basta con responder a este correo.\n\n"
        "Un saludo cordial,\n\n"
        "Departamento de cobros\nHartwell Orchard Cider Mill Ltd\nBromyard, Herefordshire, Reino Unido"
    ),
    "nl": (
        "Goedendag,\n\n"
        "De onderstaande factuur heeft de vervaldatum inmiddels overschreden:\n\n"
        "  Factuur {inv}   d.d. {issued}   vervallen op {due}   bedrag {amt}\n\n"
        "Is de betaling al onderweg, dan alvast bedankt – laat u ons de datum en het kenmerk weten, dan kunnen wij haar koppelen. Klopt er iets niet aan de factuur of heeft u een kopie nodig, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nHartwell Orchard Cider Mill Ltd\nBromyard, Herefordshire, Verenigd Koninkrijk"
    ),
    "it": (
        "Buongiorno,\n\n"
        "vi scriviamo in merito alla fattura indicata qui sotto, il cui termine di pagamento è scaduto:\n\n"
        "  Fattura {inv}   del {issued}   scaduta il {due}   importo {amt}\n\n"
        "Se il pagamento è già stato disposto, grazie: indicateci data e riferimento del bonifico così possiamo abbinarlo. Se qualcosa nella fattura non torna o vi serve una copia, basta rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio crediti\nHartwell Orchard Cider Mill Ltd\nBromyard, Herefordshire, Regno Unito"
    ),
}
# What a Latin-1 client does to characters its charset lacks.
NBSP = "\u00a0"
LATIN1_FALLBACK = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
}


def latin1_safe(text: str) -> str:
    """Replace what ISO-8859-1 cannot carry, as an old client would."""
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in the account's language."""
    whole, frac = f"{Decimal(amount):.2f}".split(".")
    grouped = f"{int(whole):,}"
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if lang == "en":
        return f"{symbol}{grouped}.{frac}"
    if lang == "fr":
        return f"{grouped.replace(',', NBSP)},{frac}{NBSP}{symbol}"
    continental = f"{grouped.replace(',', '.')},{frac}"
    if lang in {"de", "es"}:
        return f"{continental} {symbol}"
    return f"{symbol} {continental}"


def date_parts(lang: str, when: datetime) -> dict[str, str]:
    """Everything a date format in the tables above may ask for."""
    wd, mo = when.weekday(), when.month - 1
    return {
        "day": DAYS[lang].split()[wd],
        "da": DAYS_ABBR[lang].split()[wd],
        "month": MONTHS[lang].split()[mo],
        "ma": MONTHS_ABBR[lang].split()[mo],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "H": str(when.hour),
        "HH": f"{when.hour:02d}",
        "h12": str((when.hour - 1) % 12 + 1),
        "ampm": "AM" if when.hour < 12 else "PM",
        "mm": f"{when.minute:02d}",
        "ss": f"{when.second:02d}",
    }


def render(template: str, lang: str, when: datetime, **extra: str) -> str:
    """Fill a locale date template."""
    return template.format(**date_parts(lang, when), **extra)


def digest(key: str, salt: str) -> bytes:
    """Stable bytes for one message and one purpose."""
    return hashlib.sha256(f"{SEED}/{salt}/{key}".encode()).digest()


def token(key: str, salt: str, length: int) -> str:
    """Stable upper-case base32 text for ids and boundaries."""
    return base64.b32encode(digest(key, salt)).decode()[:length]


def reminder_msgid(key: str) -> str:
    """The Message-ID of the reminder a message answers."""
    return f"<{token(key, 'reminder', 26).lower()}@mail.{AR_DOMAIN}>"


@dataclass(frozen=True)
class Reminder:
    """One overdue reminder as the mill sent it."""

    key: str
    lang: str
    inv: str
    amount: str
    currency: str
    to: tuple[str, str]
    sent: datetime

    @property
    def subject(self) -> str:
        """The reminder's subject line."""
        return REMINDER_SUBJECT[self.lang].format(inv=self.inv)

    @property
    def text(self) -> str:
        """The reminder's body, with its invoice and due dates."""
        due = self.sent.date() - timedelta(days=9 + digest(self.key, "due")[0] % 12)
        issued = due - timedelta(days=30)
        fmt = NUMERIC_DATE[self.lang]
        return REMINDER_BODY[self.lang].format(
            inv=self.inv,
            issued=fmt.format(dd=f"{issued.day:02d}", mo=f"{issued.month:02d}", y=issued.year),
            due=fmt.format(dd=f"{due.day:02d}", mo=f"{due.month:02d}", y=due.year),
            amt=money(self.amount, self.currency, self.lang),
        )

    def message(self) -> Message:
        """The reminder as a message (returned inside some delivery reports)."""
        msg = text_part(self.text, "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = display_address(*self.to, "utf-8")
        msg["Subject"] = encoded_header(self.subject, "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        headers_in_client_order(msg)
        return msg


def reminder_sent(reply: datetime, working_days: int) -> datetime:
    """The reminder went out from the UK a little after half past eight, some working days
    before the reply."""
    day = reply.date()
    left = working_days
    while left:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    uk = timezone(utc_offset("uk", datetime.combine(day, datetime.min.time())))
    return datetime(day.year, day.month, day.day, 8, 31 + day.day % 9, 5 + day.day, tzinfo=uk)


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> email_charset.Charset:
    """A Charset object with the transfer encoding the client would pick."""
    charset = email_charset.Charset(name)
    if cte == "qp":
        charset.body_encoding = email_charset.QP
    elif cte == "b64":
        charset.body_encoding = email_charset.BASE64
    else:  # 8bit or 7bit: no transfer encoding, the generator writes the bytes as they are
        charset.body_encoding = None  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text part; raises when the hand-written text does not fit its charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def encoded_header(value: str, charset: str, name: str = "Subject", b_words: bool = False) -> str:
    """A header value as a client writes it: RFC 2047 encoded words when not ASCII
    (``b_words``: UTF-8 in base64 words, as Outlook writes them)."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    header_charset = email_charset.Charset(charset)
    if b_words and charset == "utf-8":
        header_charset.header_encoding = email_charset.BASE64
    return Header(value, header_charset, header_name=name).encode()


def display_address(name: str, addr: str, charset: str, b_words: bool = False) -> str:
    """``Name <addr>``, with an encoded-word display name when the name is not ASCII."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, 'From', b_words)} <{addr}>"


def headers_in_client_order(msg: Message) -> None:
    """Envelope headers first, MIME headers last, as clients write them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
        headers_in_client_order(msg)


def subparts(part: Message) -> list[Message]:
    """The direct children of a multipart (or message/*) part."""
    if not part.is_multipart():
        return []
    payload = part.get_payload()
    if not isinstance(payload, list):
        return []
    return [p for p in payload if isinstance(p, Message)]


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of a returned message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


# Boundary makers get stable base32 text and stable hex digits.
BOUNDARY_SHAPES: dict[str, Callable[[str, str], str]] = {
    "gmail": lambda t, h: "000000000000" + h[:16],
    "apple": lambda t, h: f"Apple-Mail={t[:8]}-{t[8:12]}-{t[12:16]}-{t[16:20]}-{t[20:32]}",
    "outlook": lambda t, h: f"_000_{t[:16]}{t[16:28]}EURP195PROD_",
    "postfix": lambda t, h: f"{h[:10].upper()}.{1893456000 + int(h[10:16], 16) % 3000000}/",
    "other": lambda t, h: f"----=_NextPart_{t[:3]}_{t[3:7]}_{t[7:15]}.{t[15:23]}",
}


def fix_boundaries(msg: Message, key: str, shape: str, host: str = "") -> None:
    """Deterministic boundaries, shaped like the sending software's own."""
    maker = BOUNDARY_SHAPES[shape]
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        salt = f"boundary-{n}"
        part.set_boundary(maker(token(key, salt, 40), digest(key, salt).hex()) + host)


def quote_gt(text: str) -> str:
    """Quote with "> " the way most clients do (bare ">" on empty lines)."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Plain text as HTML lines."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Plain text as HTML paragraphs (one per blank-line-separated block)."""
    return "\n".join(f"<p>{html_text(block)}</p>" for block in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Plain text as Word's MsoNormal paragraphs."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def flowed(text: str, prefix: str = "", width: int = 72) -> str:
    """RFC 3676 format=flowed: soft breaks keep a trailing space, quoted lines keep their
    quote marks, unquoted lines that could be misread are space-stuffed."""
    lead = prefix + " " if prefix else ""

    def emit(chunk: str) -> str:
        if not prefix and chunk.startswith((" ", ">", "From ")):
            chunk = " " + chunk
        return lead + chunk if chunk else prefix

    out: list[str] = []
    for line in text.split("\n"):
        if line == "-- " or len(lead + line) <= width:
            out.append(emit(line))
            continue
        words = line.split(" ")
        tokens = [w + " " for w in words[:-1]] + [words[-1]]
        current = ""
        for tok in tokens:
            if current and len(lead + current + tok.rstrip(" ")) > width:
                out.append(emit(current))
                current = ""
            current += tok
        out.append(emit(current))
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Reply specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object]
    inv: str
    amount: str
    region: str = ""  # "uk" or "ce"; English means the UK unless told otherwise
    rlang: str = ""  # language of the reminder, when not the sender's
    loc: str = ""  # language of the client's interface, when not the sender's
    subject: str = ""  # "{rsub}" stands for the reminder's subject
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    ago: int = 1  # working days between the reminder and this message
    threaded: bool = True  # carries In-Reply-To and References
    attachment: tuple[str, bytes] | None = None

    @property
    def where(self) -> str:
        """The sender's time-zone region."""
        return self.region or ("uk" if self.lang == "en" else "ce")

    @property
    def dt(self) -> datetime:
        """The message's Date, in the sender's offset."""
        return local_time(self.where, self.when)

    @property
    def currency(self) -> str:
        """UK accounts are billed in pounds, continental ones in euros."""
        return "GBP" if self.where == "uk" else "EUR"

    @property
    def reminder_lang(self) -> str:
        """The language of the reminder being answered."""
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        """The language of the mail client's own text (attribution, separators)."""
        return self.loc or self.lang

    @property
    def text(self) -> str:
        """The hand-written new text."""
        return self.body.strip("\n")


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language (``refs``: invoice numbers in the new text)."""
    unknown = set(fields) - set(FIELD_KEYS)
    if unknown:
        raise ValueError(f"unknown label fields {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def reminder_for(r: Reply) -> Reminder:
    """The reminder this reply answers."""
    return Reminder(
        r.key,
        r.reminder_lang,
        r.inv,
        r.amount,
        r.currency,
        r.who,
        reminder_sent(r.dt, r.ago),
    )


def quote_for(r: Reply) -> Quote:
    """What the client quotes, in the client's charset and time zone."""
    rem = reminder_for(r)
    text, subject = rem.text, rem.subject
    if r.charset in {"iso-8859-1", "us-ascii"}:
        text, subject = latin1_safe(text), latin1_safe(subject)
    to = formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>"
    sent = rem.sent.astimezone(r.dt.tzinfo)
    return Quote(text, subject, sent, r.client_lang, to)


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_fields(q: Quote, sent_format: Mapping[str, str]) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject block of an Outlook reply."""
    frm, sent, to, subj, _ = OUTLOOK_FIELDS[q.lang]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, render(sent_format[q.lang], q.lang, q.sent)),
        (to, q.to),
        (subj, q.subject),
    ]


def outlook_block(q: Quote, sent_format: Mapping[str, str]) -> str:
    """The header block as plain text."""
    sep = OUTLOOK_FIELDS[q.lang][4]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_fields(q, sent_format))


def alternative(r: Reply, plain: str, markup: str) -> Message:
    """A multipart/alternative with a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(plain, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised original-message separator."""
    block = outlook_block(q, OUTLOOK_SENT)
    text = f"{r.text}\n\n{OUTLOOK_SEPARATOR[q.lang]}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def word_markup(r: Reply, q: Quote) -> str:
    """Outlook's Word-generated HTML with the grey divider above the quoted header."""
    sep = OUTLOOK_FIELDS[q.lang][4].rstrip()
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep)}</b> {html.escape(value)}"
        for label, value in outlook_fields(q, OUTLOOK_SENT)
    )
    lang_attr = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        '@font-face {font-family:"Aptos";}\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "a:link, span.MsoHyperlink {color:#467886; text-decoration:underline;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.text)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative, Word markup, divider div."""
    plain = f"{r.text}\n\n{outlook_block(q, OUTLOOK_SENT)}\n\n{q.text}\n"
    return alternative(r, plain, word_markup(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message that carries only its HTML part."""
    return text_part(word_markup(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64, localised app signature."""
    block = outlook_block(q, ANDROID_SENT)
    text = f"{r.text}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's "On …, … wrote:" line."""
    return render(GMAIL_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative with the gmail_quote blockquote."""
    attribution = gmail_attribution(q)
    plain = f"{r.text}\n\n{attribution}\n\n{quote_gt(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(r, plain, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: ">" quoting under the attribution."""
    text = f"{r.text}\n\n{gmail_attribution(q)}\n\n{quote_gt(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_attribution(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return render(APPLE_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    text = f"{r.text}\n\n{apple_attribution(q)}\n\n{quote_gt(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: localised signature, attribution inside the quote."""
    quoted = quote_gt(f"{apple_attribution(q)}\n\n{q.text}")
    text = f"{r.text}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text."""
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.lang], q.lang, q.sent, name=AR_NAME)
    text = f"{flowed(r.text)}\n\n{flowed(attribution)}\n{flowed(q.text, prefix='>')}\n"
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_none(r: Reply, q: Quote) -> Message:
    """Automatic notices quote nothing."""
    del q
    return text_part(r.text + "\n", "plain", r.charset, r.cte)


def style_notice_html(r: Reply, q: Quote) -> Message:
    """A generated HTML notice (the body is the markup itself)."""
    del q
    return text_part(r.text + "\n", "html", r.charset, r.cte)


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
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23C71)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def reply_msgid(r: Reply) -> str:
    """A Message-ID in the shape the sender's software uses, derived from the key."""
    raw = digest(r.key, "message-id")
    domain = r.who[1].split("@", 1)[1]
    if r.style in {"gmail", "gmail_plain"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:38]
        return f"<CA+{tail}@mail.gmail.com>"
    if r.style in {"outlook_html", "html_only", "android"}:
        box = token(r.key, "mailbox", 12)
        return f"<DB9PR08MB{box}{token(r.key, 'mid', 14)}@DB9PR08MB{box}.eurprd08.prod.outlook.com>"
    if r.style == "outlook":
        h = raw.hex()
        return f"<00{h[:2]}01da{h[2:6]}${h[6:14]}${h[14:22]}$@{domain}>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:32]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject the client (or the person) wrote."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_REPLY_PREFIX[q.lang] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The extra headers Outlook adds."""
    index = base64.b64encode(digest(r.key, "thread-index")[:22]).decode()
    return [
        ("Thread-Topic", encoded_header(q.subject, r.charset, "Thread-Topic", True)),
        ("Thread-Index", index),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    """Wrap the body in multipart/mixed with a PDF when the sender attached one."""
    if r.attachment is None:
        return body
    name, data = r.attachment
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def boundary_shape(style: str) -> str:
    """Which software's boundary shape a style uses."""
    if style in {"gmail", "gmail_plain"}:
        return "gmail"
    if style in {"apple", "iphone"}:
        return "apple"
    if style in OUTLOOK_FAMILY:
        return "outlook"
    return "other"


def finalize(msg: Message, key: str, shape: str, host: str = "") -> Message:
    """Header order, MIME-Version placement and boundaries."""
    headers_in_client_order(msg)
    drop_inner_versions(msg)
    fix_boundaries(msg, key, shape, host)
    return msg


def build_reply(r: Reply) -> Message:
    """The whole message for one hand-written reply or notice."""
    q = quote_for(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    outlook = r.style in OUTLOOK_FAMILY
    msg["From"] = display_address(*r.who, r.charset, outlook)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded_header(reply_subject(r, q), r.charset, "Subject", outlook)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if outlook else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, boundary_shape(r.style))


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
TINY_PDF = (
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
    b"trailer <</Size 3 /Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        who=("Gareth Pryce", "gareth@redlion-bromyard.example"),
        when="2030-01-08 19:52",
        style="iphone",
        inv="HOM/4388",
        amount="412.80",
        body="""
Paid.
""",
        labels=lab(note="one-word reply to an overdue reminder: a payment claim without a date"),
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        who=(
            "Brindley Drinks Accounts Payable",
            "ap.remittances@brindleydrinks.example",
        ),
        when="2030-01-16 06:12",
        style="notice_html",
        inv="HOM/4392",
        amount="2184.00",
        threaded=False,
        subject="Remittance advice - Brindley Drinks Wholesale Ltd - payment 0000418826",
        headers=(
            ("Auto-Submitted", "auto-generated"),
            ("X-Mailer", "Brindley P2P Remittance Service"),
        ),
        body="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Remittance advice</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<p><b>BRINDLEY DRINKS WHOLESALE LTD</b><br>Accounts Payable &middot; Unit 9, Canalside Park, Kidderminster</p>
<p>REMITTANCE ADVICE</p>
<table cellpadding="3" cellspacing="0" border="0">
<tr><td>Supplier</td><td>HARTWELL ORCHARD CIDER MILL LTD</td></tr>
<tr><td>Supplier no.</td><td>V10772</td></tr>
<tr><td>Payment date</td><td>15/01/2030</td></tr>
<tr><td>Payment method</td><td>BACS</td></tr>
<tr><td>Payment reference</td><td>0000418826</td></tr>
</table>
<br>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><th align="left">Your reference</th><th align="left">Invoice date</th><th align="right">Gross</th><th align="right">Discount</th><th align="right">Paid</th></tr>
<tr><td>HOM/4392</td><td>08/11/2029</td><td align="right">2,184.00</td><td align="right">0.00</td><td align="right">2,184.00</td></tr>
<tr><td>HOM/4418</td><td>29/11/2029</td><td align="right">1,037.40</td><td align="right">0.00</td><td align="right">1,037.40</td></tr>
<tr><td colspan="4" align="right"><b>Total paid GBP</b></td><td align="right"><b>3,221.40</b></td></tr>
</table>
<p>Funds should reach your account within 3 working days of the payment date. Please direct any queries to ap.queries@brindleydrinks.example quoting the payment reference.</p>
<p style="font-size:8pt;color:#777">This advice was generated automatically. Replies to this address are not monitored.</p>
</body></html>
""",
        labels=lab(
            refs=("HOM/4392", "HOM/4418"),
            paid_date="2030-01-15",
            payment_reference="0000418826",
            amount="3221.40",
            currency="GBP",
            note="AP-system remittance advice, HTML only, quoting nothing; machine-made but a payment sent; the amount is the total of both invoices",
        ),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        who=("Margaret Ellery", "ellerysfarmshop@gmail.com"),
        when="2030-01-22 22:14",
        style="gmail",
        inv="HOM/4401",
        amount="356.40",
        ago=3,
        body="""
Hello there,

Sorry for the slow reply, January has been a bit of a blur. We had the shop shut for a week after New Year to do the stocktake and repaint the back room, and then the chiller packed in the Monday we reopened so half my time has gone on the phone to the engineer. Your Dabinett has been flying off the shelf though, we ran out of the 500ml bottles before Christmas and people keep asking when the new batch is coming, so do tell Dan I'll want more in Feb.

Anyway, about this invoice. I'm fairly sure I paid 4401 on the 15th along with a couple of the other suppliers when I sat down with the online banking. It should have gone from the shop account (Ellery's Farm Shop Ltd) rather than my own. Could you have another look your end? If it really hasn't turned up I'll ring the bank.

Best wishes,
Margaret
""",
        labels=lab(
            refs=("HOM/4401",),
            paid_date="2030-01-15",
            note="payment claim buried in a long message and hedged ('fairly sure'); 'the 15th' is 15 Jan, before the message",
        ),
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        who=(
            "Getränke Kessler GmbH Kreditorenbuchhaltung",
            "zahlungsavis@getraenke-kessler.example",
        ),
        when="2030-01-10 18:02",
        style="none",
        inv="HOM/4409",
        amount="2460.00",
        charset="iso-8859-1",
        threaded=False,
        subject="Zahlungsavis 2000184417 - Getränke Kessler GmbH",
        headers=(
            ("Auto-Submitted", "auto-generated"),
            ("X-Mailer", "SAP NetWeaver 7.50"),
        ),
        body="""
ZAHLUNGSAVIS

Sehr geehrte Damen und Herren,

zu Ihren Gunsten haben wir folgende Zahlung veranlasst:

Zahlungsdatum:         10.01.2030
Zahlweg:               SEPA-Überweisung
Belegnummer:           2000184417
Ihre Kreditorennummer: 70031

Rechnungsnr.   Rechnungsdatum     Betrag EUR   Skonto EUR   Zahlbetrag EUR
HOM/4409       02.12.2029           2.460,00         0,00         2.460,00
                                                   Summe:         2.460,00

Bei Rückfragen zu dieser Zahlung wenden Sie sich bitte an kreditoren@getraenke-kessler.example.

Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.

Getränke Kessler GmbH · Finanzbuchhaltung · Industriestraße 14 · 33602 Bielefeld
""",
        labels=lab(
            refs=("HOM/4409",),
            paid_date="2030-01-10",
            payment_reference="2000184417",
            amount="2460.00",
            currency="EUR",
            note="ERP payment advice in plain Latin-1, quoting nothing, with Auto-Submitted: auto-generated; machine-made but a payment sent",
        ),
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        who=("Yann Le Goff", "yann@bar-lepressoir.example"),
        when="2030-01-18 12:41",
        style="iphone",
        rlang="en",
        inv="HOM/4423",
        amount="268.00",
        body="""
C'est réglé depuis hier, virement fait.

Yann
""",
        labels=lab(
            paid_date="2030-01-17",
            note="French reply to an English reminder; 'depuis hier' = paid on 17 Jan",
        ),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        who=("Élodie Marchand", "e.marchand@bistrots-saintgermain.example"),
        when="2030-01-23 15:20",
        style="outlook_html",
        inv="HOM/4425",
        amount="1184.50",
        charset="windows-1252",
        body="""
Bonjour,

Le règlement de la facture HOM/4425 (1 184,50 €) est parti par virement hier, référence VIR-2030-0122-5521. Il devrait apparaître sur votre compte d’ici 48 heures.

Par la même occasion, pourriez-vous m’envoyer un relevé de compte à jour ? Notre expert-comptable le demande pour la clôture.

Cordialement,

Élodie Marchand
Comptabilité fournisseurs
Groupe Bistrots Saint-Germain
""",
        labels=lab(
            refs=("HOM/4425",),
            paid_date="2030-01-22",
            payment_reference="VIR-2030-0122-5521",
            amount="1184.50",
            currency="EUR",
            note="paid, plus a request for a statement: the payment wins; 'hier' = 22 Jan",
        ),
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        who=("Lucía Ferrer", "lucia@ultramarinosferrer.example"),
        when="2030-01-17 09:48",
        style="gmail_plain",
        inv="HOM/4430",
        amount="645.00",
        cte="b64",
        ago=2,
        body="""
Hola,

Ya está pagada, os hice la transferencia el lunes. El justificante no lo tengo a mano pero en el concepto puse HOM 4430.

Saludos,
Lucía
""",
        labels=lab(
            refs=("HOM/4430",),
            paid_date="2030-01-14",
            note="'el lunes' before Thu 17 Jan = 14 Jan; 'HOM 4430' normalised",
        ),
    ),
    Reply(
        key="ps-es-2",
        intent="payment_sent",
        lang="es",
        who=("Javier Molina", "javier@bodegonmolina.example"),
        when="2030-01-14 13:02",
        style="android",
        inv="HOM/4405",
        amount="930.00",
        body="""
Buenas, os confirmo que el pago se hizo el 10/01 junto con la factura anterior. ¿No os ha llegado? Decidme algo y lo miro con el banco.

Javier
""",
        labels=lab(
            paid_date="2030-01-10",
            note="payment claim followed by a question; '10/01' is day/month",
        ),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        who=("Pieter Bakker", "pieter@wijnhandelbakker.example"),
        when="2030-01-09 14:33",
        style="thunderbird",
        inv="HOM/4412",
        amount="1315.20",
        cte="8bit",
        body="""
Goedemiddag,

Factuur HOM/4412 hebben wij op 8 januari voldaan, € 1.315,20, onder vermelding van het factuurnummer. Mocht het bedrag nog niet bij u zichtbaar zijn, dan hoor ik het graag.

Met vriendelijke groet,

Pieter Bakker
Wijnhandel & Slijterij Bakker
Utrecht
""",
        labels=lab(
            refs=("HOM/4412",),
            paid_date="2030-01-08",
            amount="1315.20",
            currency="EUR",
        ),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        who=("Sander Kuipers", "sander@frituurdekroon.example"),
        when="2030-01-23 21:17",
        style="iphone",
        inv="HOM/4437",
        amount="189.90",
        ago=2,
        body="""
is al betaald vorige week vrijdag check je rekening even

sander
""",
        labels=lab(
            paid_date="2030-01-18",
            note="no punctuation; 'vorige week vrijdag' = Friday of last week, 18 Jan",
        ),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        who=("Chiara Benedetti", "amministrazione@enotecailtorchio.example"),
        when="2030-01-21 11:26",
        style="apple",
        inv="HOM/4421",
        amount="980.00",
        attachment=("contabile_bonifico_HOM4421.pdf", TINY_PDF),
        body="""
Buongiorno,

vi confermiamo che il bonifico a saldo della fattura HOM/4421, € 980,00, è stato eseguito il 17 gennaio (TRN 0306901783211704). In allegato trovate la contabile.

Cordiali saluti,
Chiara Benedetti
Amministrazione – Enoteca Il Torchio
""",
        labels=lab(
            refs=("HOM/4421",),
            paid_date="2030-01-17",
            payment_reference="0306901783211704",
            amount="980.00",
            currency="EUR",
            note="bank receipt attached as a PDF (multipart/mixed)",
        ),
    ),
    Reply(
        key="ps-it-2",
        intent="payment_sent",
        lang="it",
        who=("Matteo Colombo", "matteo@pubilvicolo.example"),
        when="2030-01-31 18:05",
        style="gmail",
        inv="HOM/4448",
        amount="310.00",
        body="""
fatto
""",
        labels=lab(note="one-word 'fatto' answering an overdue reminder = paid; no date"),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pp-en-1",
        intent="promise_to_pay",
        lang="en",
        who=("Bev Morgan", "bev@theplough-stokelacy.example"),
        when="2030-01-11 16:40",
        style="iphone",
        inv="HOM/4403",
        amount="527.35",
        subject="out of office till thurs - {rsub}",
        body="""
Hi, I'm away at my sisters in Tenby till next Thursday and the signal here is rubbish. I'll pay it next Thursday when I'm back in the pub, I do all the bills on the office computer. Sorry its late!

Bev
""",
        labels=lab(
            promised_date="2030-01-17",
            note="written by a person despite the 'out of office' subject; 'next Thursday' from Fri 11 Jan = 17 Jan",
        ),
    ),
    Reply(
        key="pp-en-2",
        intent="promise_to_pay",
        lang="en",
        who=("Sunita Rao", "ap@malvernhillshotels.example"),
        when="2030-01-22 10:18",
        style="outlook_html",
        inv="HOM/4436",
        amount="1946.25",
        headers=(SUPPRESS,),
        body="""
Good morning,

HOM/4436 went through approval yesterday and has been released into this Friday’s BACS run, so you should see the £1,946.25 early next week.

Kind regards,

Sunita Rao
Accounts Payable
Malvern Hills Hotels Ltd
""",
        labels=lab(
            refs=("HOM/4436",),
            promised_date="2030-01-25",
            amount="1946.25",
            currency="GBP",
            note="past tense ('went through approval', 'has been released') announces a future payment on Friday 25 Jan; arrival next week is not the promised date",
        ),
    ),
    Reply(
        key="pp-en-3",
        intent="promise_to_pay",
        lang="en",
        who=("Danny Keogh", "danny@thehoppole-bromyard.example"),
        when="2030-01-09 13:05",
        style="gmail_plain",
        inv="HOM/4394",
        amount="688.00",
        body="""
Not yet mate, sorry - it got buried under the Christmas paperwork. I'll have it cleared by the end of the month, you have my word.

Danny
""",
        labels=lab(
            promised_date="2030-01-31",
            note="'not yet' followed by a promise; 'by the end of the month' = 31 Jan",
        ),
    ),
    Reply(
        key="pp-de-1",
        intent="promise_to_pay",
        lang="de",
        who=("Jens Albers", "kreditoren@feinkost-albers.example"),
        when="2030-01-16 08:51",
        style="outlook_html",
        inv="HOM/4415",
        amount="1732.80",
        body="""
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Erinnerung. Die Rechnung HOM/4415 ist geprüft, freigegeben und für den Zahllauf in KW 5 eingeplant.

Mit freundlichen Grüßen

Jens Albers
Kreditorenbuchhaltung
Feinkost Albers KG
""",
        labels=lab(
            refs=("HOM/4415",),
            promised_date="2030-01-28",
            note="'KW 5' resolved to the Monday of ISO week 5 (28 Jan), as a week reference is; the participles describe a future payment",
        ),
    ),
    Reply(
        key="pp-de-2",
        intent="promise_to_pay",
        lang="de",
        who=("Uwe Schäfer", "uwe.schaefer@gmx.de"),
        when="2030-01-24 22:37",
        style="apple",
        inv="HOM/4433",
        amount="412.00",
        ago=2,
        body="""
Hallo,

sorry, das ist bei mir total untergegangen. Ich überweise am Montag, wenn die Einnahmen vom Wochenende auf dem Konto sind.

Gruß Uwe
Zum Apfelbaum
""",
        labels=lab(
            promised_date="2030-01-28",
            note="a condition on the weekend takings, but the day is named: Monday 28 Jan",
        ),
    ),
    Reply(
        key="pp-fr-1",
        intent="promise_to_pay",
        lang="fr",
        who=("Stéphane Brun", "stephane@caveetcomptoir.example"),
        when="2030-01-14 18:22",
        style="gmail_plain",
        inv="HOM/4410",
        amount="574.60",
        body="""
Bonjour,

Je vous règle ça en fin de mois, comme d'habitude. Désolé pour le retard.

Stéphane
Cave & Comptoir – Lyon
""",
        labels=lab(promised_date="2030-01-31", note="'en fin de mois' = 31 Jan"),
    ),
    Reply(
        key="pp-es-1",
        intent="promise_to_pay",
        lang="es",
        who=("Marta Iglesias", "marta@cafeteriaelmolino.example"),
        when="2030-01-15 20:09",
        style="iphone",
        inv="HOM/4414",
        amount="236.50",
        body="""
Os lo pago a finales de mes sin falta, perdonad el retraso

Marta
""",
        labels=lab(promised_date="2030-01-31", note="'a finales de mes' = 31 Jan"),
    ),
    Reply(
        key="pp-es-2",
        intent="promise_to_pay",
        lang="es",
        who=("Ana Beltrán", "abeltran@grupocantabrico.example"),
        when="2030-01-21 12:30",
        style="outlook",
        inv="HOM/4440",
        amount="2215.00",
        charset="windows-1252",
        body="""
Buenos días:

Les informamos de que la factura HOM/4440 ya está aprobada y se incluirá en la remesa de pagos del día 25.

Un saludo,

Ana Beltrán
Departamento de Administración
Grupo Hostelero Cantábrico, S.L.
""",
        labels=lab(
            refs=("HOM/4440",),
            promised_date="2030-01-25",
            note="'la remesa del día 25' = 25 Jan; 'ya está aprobada' is past tense about a future payment",
        ),
    ),
    Reply(
        key="pp-nl-1",
        intent="promise_to_pay",
        lang="nl",
        who=("Evelien Claassen", "evelien@degoudenappel.example"),
        when="2030-01-11 11:02",
        style="gmail_plain",
        inv="HOM/4407",
        amount="498.00",
        body="""
Hallo,

De betaling volgt over twee weken, samen met de rest van de januarifacturen.

Groet,
Evelien
Brouwerijcafé De Gouden Appel
""",
        labels=lab(
            promised_date="2030-01-25",
            note="'over twee weken' from Fri 11 Jan = 25 Jan",
        ),
    ),
    Reply(
        key="pp-nl-2",
        intent="promise_to_pay",
        lang="nl",
        who=("Ruud Verhoeven", "ruud@partycentrumverhoeven.example"),
        when="2030-01-30 17:45",
        style="android",
        rlang="en",
        inv="HOM/4446",
        amount="760.00",
        body="""
Ik maak het morgen over.

Mvg Ruud
""",
        labels=lab(
            promised_date="2030-01-31",
            note="Dutch reply to an English reminder; 'morgen' = 31 Jan",
        ),
    ),
    Reply(
        key="pp-it-1",
        intent="promise_to_pay",
        lang="it",
        who=("Paolo Ferri", "amministrazione@alcastello-hotel.example"),
        when="2030-01-10 09:15",
        style="outlook",
        inv="HOM/4399",
        amount="1420.00",
        charset="iso-8859-1",
        cte="8bit",
        body="""
Buongiorno,

prendiamo nota del sollecito. Provvederemo al saldo della fattura entro fine mese.

Distinti saluti

Rag. Paolo Ferri
Ufficio Amministrazione
Albergo Ristorante Al Castello
""",
        labels=lab(promised_date="2030-01-31", note="'entro fine mese' = 31 Jan"),
    ),
    Reply(
        key="pp-it-2",
        intent="promise_to_pay",
        lang="it",
        who=("Giulia Conti", "giulia.conti@sidreriavaltellina.example"),
        when="2030-01-28 14:50",
        style="gmail",
        inv="HOM/4447",
        amount="865.00",
        body="""
Buongiorno,

la fattura HOM/4447 è stata inserita nel prossimo giro pagamenti, con valuta 15/02.

Saluti
Giulia Conti
Birrificio & Sidreria Valtellina
""",
        labels=lab(
            refs=("HOM/4447",),
            promised_date="2030-02-15",
            note="'valuta 15/02' is day/month: 15 Feb; 'è stata inserita' is past tense about a future payment",
        ),
    ),
]

DISPUTE = [
    Reply(
        key="d-en-1",
        intent="dispute",
        lang="en",
        who=("Sian Powell", "sian@queensheadkington.example"),
        when="2030-01-10 11:55",
        style="outlook",
        inv="HOM/4429",
        amount="1148.00",
        charset="windows-1252",
        body="""
Hi,

I’ve paid for the 20 cases of bottled Kingston Black that arrived on 12 December – that went out last week. The two 50-litre kegs of medium on the same invoice never came; the driver said they’d been left at the depot and nobody has been back with them since. I’m not paying for kegs we haven’t had, so please take them off HOM/4429 and send me a corrected invoice.

Thanks,
Sian Powell
The Queen’s Head, Kington
""",
        labels=lab(
            refs=("HOM/4429",),
            note="paid the delivered part, disputes the undelivered kegs: dispute beats the payment claim",
        ),
    ),
    Reply(
        key="d-en-2",
        intent="dispute",
        lang="en",
        who=("Tom Aldersley", "tom@aldersleywebb-orchards.example"),
        when="2030-01-07 17:26",
        style="gmail",
        inv="HOM/4385",
        amount="1302.00",
        body="""
We have NOT paid this because it's wrong. You've charged pressing on 6.2 tonnes. The weighbridge ticket your own yard gave us on 14 November says 4.84 tonnes of fruit in. I've got the ticket here and can send a photo.

Happy to pay for what we actually brought in. Sort the tonnage out and reissue it.

Tom Aldersley
Aldersley & Webb Orchards
""",
        labels=lab(note="negated payment with its reason: contract-pressing tonnage contested"),
    ),
    Reply(
        key="d-en-3",
        intent="dispute",
        lang="en",
        who=("Priya Nair", "priya@wyreforestcider.example"),
        when="2030-01-24 09:41",
        style="html_only",
        inv="HOM/4402",
        amount="3870.00",
        ago=3,
        body="""
Hi sales ledger team,

Before this goes any further: HOM/4402 is the bottling run from 4 December, where roughly a third of the 330ml bottles came off the line with the labels skewed. We flagged it on the day and were told a credit would be raised. No credit note has arrived, so we’re holding the invoice until it does.

Could someone confirm the credit amount?

Best,
Priya Nair
Wyre Forest Cider Co.
""",
        labels=lab(
            refs=("HOM/4402",),
            note="quality complaint on a contract bottling run, invoice held until a credit note; HTML-only message",
        ),
    ),
    Reply(
        key="d-de-1",
        intent="dispute",
        lang="de",
        who=("Katrin Meyer", "k.meyer@getraenke-nordheide.example"),
        when="2030-01-08 10:12",
        style="outlook_html",
        inv="HOM/4406",
        amount="2240.00",
        charset="iso-8859-1",
        body="""
Sehr geehrte Damen und Herren,

wir widersprechen der Rechnung HOM/4406. Laut unserer Jahresvereinbarung gilt für Bag-in-Box-Apfelsaft (5 l) bis 31.03.2030 ein Preis von 9,40 EUR je Einheit, berechnet wurden 11,20 EUR. Bitte senden Sie uns eine Gutschrift über die Differenz oder eine korrigierte Rechnung.

Mit freundlichen Grüßen
Katrin Meyer
Einkauf / Rechnungsprüfung
Getränkefachgroßhandel Nordheide GmbH
""",
        labels=lab(refs=("HOM/4406",), note="price charged above the annual agreement"),
    ),
    Reply(
        key="d-de-2",
        intent="dispute",
        lang="de",
        who=("Anja Lindner", "info@birkenhof-hofladen.example"),
        when="2030-01-18 16:03",
        style="thunderbird",
        inv="HOM/4422",
        amount="1064.00",
        cte="8bit",
        body="""
Hallo,

bevor Sie uns mahnen: Von den 40 Kartons Cider aus der Lieferung vom 19.12. waren sechs Kartons mit zerbrochenen Flaschen dabei. Das hat Ihr Fahrer auf dem Lieferschein vermerkt, die Fotos habe ich am selben Tag an Ihren Vertrieb geschickt. Eine Gutschrift ist bis heute nicht gekommen.

Den Rest zahlen wir gern, aber nicht den vollen Rechnungsbetrag.

Viele Grüße
Anja Lindner
Hofladen Birkenhof
""",
        labels=lab(note="breakage in transit; the rest will be paid only once credited"),
    ),
    Reply(
        key="d-fr-1",
        intent="dispute",
        lang="fr",
        who=("Bruno Lefèvre", "b.lefevre@brasserie-du-port.example"),
        when="2030-01-15 11:34",
        style="outlook",
        inv="HOM/4419",
        amount="1476.00",
        charset="iso-8859-1",
        body="""
Bonjour,

Nous contestons la facture HOM/4419 : la livraison du 11 décembre comportait 10 fûts de 30 litres et non 12 comme facturé. Le bon de livraison signé par votre chauffeur le confirme, je peux vous le transmettre si besoin.

Merci de nous adresser un avoir pour les deux fûts manquants.

Cordialement,
Bruno Lefèvre
Brasserie du Port - Saint-Malo
""",
        labels=lab(refs=("HOM/4419",), note="short delivery"),
    ),
    Reply(
        key="d-fr-2",
        intent="dispute",
        lang="fr",
        who=("Camille Roux", "camille@epicerie-roux.example"),
        when="2030-01-28 19:40",
        style="gmail",
        inv="HOM/4439",
        amount="402.00",
        body="""
Bonsoir,

J'ai réglé la partie cidre brut la semaine dernière. Par contre les 24 bouteilles de poiré facturées, je ne les ai jamais commandées (et d'ailleurs jamais reçues). Je ne paierai pas cette ligne-là.

Camille
""",
        labels=lab(note="part paid, the rest contested: dispute beats the payment claim"),
    ),
    Reply(
        key="d-es-1",
        intent="dispute",
        lang="es",
        who=("Pablo Ortega", "pablo@gastrobar-latrastienda.example"),
        when="2030-01-09 10:27",
        style="apple",
        inv="HOM/4398",
        amount="687.00",
        body="""
Hola:

No la hemos pagado porque nos habéis cobrado 45 € de transporte y en el pedido quedó claro que eran portes pagados por pasar de 600 €. Mandadnos la factura sin ese cargo y la pagamos en el momento.

Un saludo,
Pablo
""",
        labels=lab(
            note="negated payment with its reason: shipping charge contested; the corrected invoice is secondary"
        ),
    ),
    Reply(
        key="d-nl-1",
        intent="dispute",
        lang="nl",
        who=("Marloes Visser", "marloes@proeflokaalvisser.example"),
        when="2030-01-17 08:58",
        style="apple",
        inv="HOM/4417",
        amount="612.00",
        body="""
Klopt niet. We hebben op 20 december drie lege fusten meegegeven aan jullie chauffeur en het statiegeld (3 x € 30) is niet verrekend op deze factuur.

Graag een aangepaste factuur.

Marloes
""",
        labels=lab(note="keg deposit not credited"),
    ),
    Reply(
        key="d-nl-2",
        intent="dispute",
        lang="nl",
        who=("J.P. de Wit", "jp.dewit@horecagroothandel-dewit.example"),
        when="2030-01-21 15:11",
        style="gmail",
        inv="HOM/4427",
        amount="1980.00",
        body="""
Geachte heer, mevrouw,

Wij betwisten factuur HOM/4427. Op de factuur staan 60 dozen appelsap van 6 x 1 liter; volgens onze ontvangstregistratie zijn er 48 geleverd. Wij hebben de factuur daarom geblokkeerd in ons systeem totdat er een creditnota voor de 12 ontbrekende dozen is.

Met vriendelijke groet,

J.P. de Wit
Inkoop – Horecagroothandel De Wit B.V.
""",
        labels=lab(refs=("HOM/4427",), note="short delivery, invoice blocked"),
    ),
    Reply(
        key="d-it-1",
        intent="dispute",
        lang="it",
        who=("Federica Gallo", "f.gallo@distribuzionegallo.example"),
        when="2030-01-22 10:44",
        style="outlook_html",
        inv="HOM/4431",
        amount="1590.00",
        body="""
Buongiorno,

la fattura HOM/4431 non corrisponde all’offerta che ci avete inviato a ottobre: il sidro in fusto da 20 litri era quotato € 68,00 a fusto, in fattura troviamo € 79,50. Vi chiediamo di emettere una nota di credito per la differenza prima di procedere al pagamento.

Cordiali saluti,
Federica Gallo
Ufficio Acquisti – Distribuzione Bevande Gallo S.r.l.
""",
        labels=lab(refs=("HOM/4431",), note="price differs from the quotation"),
    ),
    Reply(
        key="d-it-2",
        intent="dispute",
        lang="it",
        who=("Gianni Moretti", "gianni@pubilcortile.example"),
        when="2030-01-25 23:02",
        style="iphone",
        inv="HOM/4426",
        amount="720.00",
        body="""
ma quale sollecito la fattura è sbagliata ve l ho già scritto due volte avete messo 24 cartoni e ne sono arrivati 12 finché non la correggete non pago niente
""",
        labels=lab(note="no punctuation; short delivery"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pl-en-1",
        intent="payment_plan",
        lang="en",
        who=("Kerry Dunn", "kerry@blackswan-muchmarcle.example"),
        when="2030-01-14 20:48",
        style="gmail_plain",
        inv="HOM/4391",
        amount="1380.00",
        body="""
Hi,

I know this is overdue and I'm sorry. The river came up over New Year and the road to the pub was shut for nearly a fortnight, so we've had next to no trade and the insurance hasn't paid out yet. I can't clear £1,380 in one go at the moment. Could we do £250 a month starting on the 1st of February until it's paid off? I'll set up a standing order if that's ok with you.

Kerry
""",
        labels=lab(
            note="hardship and a monthly instalment proposal; plan dates and amounts are not labelled"
        ),
    ),
    Reply(
        key="pl-en-2",
        intent="payment_plan",
        lang="en",
        who=("Owen Tanner", "owen@tannersdeli.example"),
        when="2030-01-25 12:20",
        style="outlook",
        inv="HOM/4438",
        amount="1234.60",
        charset="windows-1252",
        body="""
Hi there,

I’ve just sent £500 towards HOM/4438 and I’ll clear the remaining £734.60 at the end of February, once the Christmas hamper money from our corporate customers has come in. Hope that’s acceptable.

Regards,
Owen Tanner
Tanner’s Deli & Bottle Shop
""",
        labels=lab(
            refs=("HOM/4438",),
            note="part paid now, the rest later: payment_plan, not payment_sent",
        ),
    ),
    Reply(
        key="pl-en-3",
        intent="payment_plan",
        lang="en",
        who=("Rachel Okafor", "finance@marchesunion.example"),
        when="2030-01-30 14:05",
        style="outlook_html",
        inv="HOM/4443",
        amount="1612.80",
        body="""
Dear Sales Ledger team,

Re: invoice HOM/4443

Please accept our apologies for the delay. The Union’s trading budget for the spring term has not yet been released by the University, and under our financial regulations we cannot make supplier payments above £1,000 until it is. We expect the release in late February.

We would therefore be grateful if you could agree to an extension of 30 days on this invoice. We remain committed to settling it in full.

Yours sincerely,

Rachel Okafor
Finance Officer
Marches University Students’ Union
""",
        labels=lab(
            refs=("HOM/4443",),
            note="formal request for more time (a 30-day extension): payment_plan",
        ),
    ),
    Reply(
        key="pl-de-1",
        intent="payment_plan",
        lang="de",
        who=("Kathrin Vogt", "kathrin@streuobst-bar.example"),
        when="2030-01-12 10:31",
        style="iphone",
        inv="HOM/4400",
        amount="915.00",
        body="""
Hallo, ich weiß, dass die Rechnung überfällig ist. Können wir das in drei Raten machen? Erste Rate Ende Januar, dann Ende Februar und Ende März. Der Januar ist bei uns immer zäh.

LG Kathrin
""",
        labels=lab(note="three instalments proposed"),
    ),
    Reply(
        key="pl-de-2",
        intent="payment_plan",
        lang="de",
        who=("Dieter Hoffmann", "d.hoffmann@ratskeller-hameln.example"),
        when="2030-01-29 09:02",
        style="outlook",
        inv="HOM/4424",
        amount="2890.00",
        charset="iso-8859-1",
        cte="8bit",
        body="""
Sehr geehrte Damen und Herren,

aufgrund eines Wasserschadens ist unser Betrieb seit dem 2. Januar geschlossen; die Wiedereröffnung ist für Mitte Februar geplant. Wir bitten Sie daher, die Forderung aus Rechnung HOM/4424 bis zum 28.02.2030 zu stunden. Die Zahlung erfolgt dann in einer Summe.

Mit freundlichen Grüßen

Dieter Hoffmann
Geschäftsführer
Ratskeller Hameln GmbH
""",
        labels=lab(
            refs=("HOM/4424",),
            note="asks for a deferral (Stundung) because of hardship: more time is payment_plan, even with one payment on a named date",
        ),
    ),
    Reply(
        key="pl-fr-1",
        intent="payment_plan",
        lang="fr",
        who=("Sébastien Moreau", "sebastien@creperie-tymoreau.example"),
        when="2030-01-10 17:12",
        style="apple",
        inv="HOM/4395",
        amount="645.00",
        body="""
Bonjour,

La période est difficile pour nous après les fêtes. Est-ce que je peux vous régler en trois chèques, un par mois, encaissables fin janvier, fin février et fin mars ?

Merci de votre compréhension,
Sébastien
""",
        labels=lab(note="three post-dated cheques proposed"),
    ),
    Reply(
        key="pl-fr-2",
        intent="payment_plan",
        lang="fr",
        who=("Nadia Benali", "nadia@lepetitverger.example"),
        when="2030-01-16 12:58",
        style="android",
        inv="HOM/4413",
        amount="980.00",
        body="""
Bonjour je vous vire 400€ aujourdhui et le reste debut mars ca vous va ?

Nadia
""",
        labels=lab(
            note="part now, the rest later; typed on a phone without accents or apostrophes"
        ),
    ),
    Reply(
        key="pl-es-1",
        intent="payment_plan",
        lang="es",
        who=("Rocío Vidal", "rvidal@vinotecavidal.example"),
        when="2030-01-24 11:40",
        style="outlook_html",
        inv="HOM/4435",
        amount="1270.00",
        body="""
Buenos días:

Les escribo por la factura HOM/4435. Este mes vamos muy justos de tesorería y les propongo pagarla en dos plazos: la mitad el 31 de enero y la otra mitad el 28 de febrero. Si les parece bien, me lo confirman y lo dejo programado.

Muchas gracias,

Rocío Vidal
Vinoteca Vidal – Valencia
""",
        labels=lab(refs=("HOM/4435",), note="two instalments proposed"),
    ),
    Reply(
        key="pl-es-2",
        intent="payment_plan",
        lang="es",
        who=("Sergio Romero", "sergio.romero.bar@gmail.com"),
        when="2030-01-07 19:03",
        style="gmail_plain",
        inv="HOM/4386",
        amount="540.00",
        body="""
Hola, os escribo desde el bar. Nos han tenido cerrado casi todo diciembre por obras en la calle y vamos fatal de caja. Necesito un poco más de tiempo para pagaros, no quiero dejarlo sin pagar. ¿Lo podemos hablar? Si me dejáis ir pagando poco a poco os lo agradecería.

Sergio
Bar El Rincón
""",
        labels=lab(note="hardship, more time, paying bit by bit"),
    ),
    Reply(
        key="pl-nl-1",
        intent="payment_plan",
        lang="nl",
        who=("Hans Mulder", "hans@kaasenzo-mulder.example"),
        when="2030-01-15 10:25",
        style="thunderbird",
        inv="HOM/4416",
        amount="1150.00",
        cte="8bit",
        body="""
Goedemorgen,

Ik zou graag een betalingsregeling willen treffen voor factuur HOM/4416. Mijn voorstel: vier maandelijkse termijnen van € 287,50, de eerste op 1 februari. Kunt u laten weten of dat akkoord is?

Met vriendelijke groet,
Hans Mulder
Kaas & Zo Mulder
""",
        labels=lab(refs=("HOM/4416",), note="four monthly instalments proposed"),
    ),
    Reply(
        key="pl-it-1",
        intent="payment_plan",
        lang="it",
        who=("Lorenzo Bianchi", "l.bianchi@osteriadelponte.example"),
        when="2030-01-23 16:30",
        style="outlook",
        inv="HOM/4432",
        amount="1350.00",
        charset="iso-8859-1",
        body="""
Buongiorno,

vi scrivo in merito alla fattura HOM/4432. Purtroppo in questo periodo abbiamo difficoltà di liquidità e vi proponiamo di saldarla in tre rate mensili, a partire dalla fine di febbraio. Restiamo in attesa di un vostro riscontro.

Cordiali saluti,
Lorenzo Bianchi
Osteria del Ponte
""",
        labels=lab(refs=("HOM/4432",), note="three monthly instalments proposed"),
    ),
    Reply(
        key="pl-it-2",
        intent="payment_plan",
        lang="it",
        who=("Marco Esposito", "marco@paninotecailgiardino.example"),
        when="2030-01-19 13:14",
        style="android",
        inv="HOM/4420",
        amount="460.00",
        body="""
Ciao, ne pago metà adesso e metà a fine febbraio, va bene? Fammi sapere
""",
        labels=lab(note="half now, half at the end of February"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        who=("Mark Ellison", "ap.queries@kingfisherfoodservice.example"),
        when="2030-01-08 14:22",
        style="outlook_html",
        inv="HOM/4397",
        amount="2975.00",
        headers=(SUPPRESS,),
        body="""
Hello,

We’re unable to process HOM/4397 as it doesn’t quote a purchase order number. All supplier invoices have to carry a valid PO to pass our three-way match. The PO for this delivery is 4500118273.

Once you send the PO on a reissued invoice we’ll pay it in the next run – the amount itself is fine.

Regards,
Mark Ellison
Accounts Payable
Kingfisher Foodservice plc
""",
        labels=lab(
            refs=("HOM/4397",),
            note="conditional payment: pays once the invoice is reissued with the PO; the amount is not contested",
        ),
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        who=("Jodie Price", "jodie@thecrownleintwardine.example"),
        when="2030-01-17 21:40",
        style="iphone",
        inv="HOM/4357",
        amount="318.75",
        body="""
hiya can u send me a copy of the invoice, never got it in the first place. cheers jodie
""",
        labels=lab(),
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        who=("Creditor Payments Team", "creditor.payments@severnvale-dc.example"),
        when="2030-01-28 11:07",
        style="outlook",
        inv="HOM/4444",
        amount="845.00",
        attachment=("Supplier_Setup_Form_v7.pdf", TINY_PDF),
        body="""
Dear Supplier,

Thank you for your reminder regarding invoice HOM/4444.

To protect public funds, the Council cannot pay a supplier for the first time until its bank details have been verified. Please complete the attached supplier set-up form and return it with a letter on company letterhead, signed by a director, confirming your account name, sort code and account number. Once these have been verified the invoice will be released for payment.

Yours faithfully,

Creditor Payments Team
Finance & Customer Services
Severn Vale District Council
""",
        labels=lab(
            refs=("HOM/4444",),
            note="public body needs verified bank details before paying; nothing contested",
        ),
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        who=("Petra Lange", "rechnungseingang@stw-rheinau.example"),
        when="2030-01-09 13:47",
        style="outlook",
        inv="HOM/4411",
        amount="1096.00",
        charset="windows-1252",
        body="""
Sehr geehrte Damen und Herren,

die Rechnung HOM/4411 liegt uns nur als PDF vor. Als öffentlicher Auftraggeber können wir ausschließlich elektronische Rechnungen im Format XRechnung oder ZUGFeRD (ab Profil EN 16931) verarbeiten. Bitte übermitteln Sie die Rechnung erneut in diesem Format und geben Sie dabei unsere Leitweg-ID 991-33445-67 an. Nach Eingang erfolgt die Zahlung umgehend.

Mit freundlichen Grüßen
Petra Lange
Rechnungseingang
Studierendenwerk Rheinau – Anstalt des öffentlichen Rechts
""",
        labels=lab(
            refs=("HOM/4411",),
            note="public body needs an e-invoice before paying; nothing contested",
        ),
    ),
    Reply(
        key="ir-de-2",
        intent="invoice_request",
        lang="de",
        who=("Sandra Kühn", "sandra@weinbar-kuehn.example"),
        when="2030-01-25 19:22",
        style="gmail_plain",
        inv="HOM/4428",
        amount="377.00",
        body="""
Hallo,

für welche Lieferung ist denn die Rechnung? Ich finde bei mir keinen Lieferschein dazu. Können Sie mir die Rechnung bitte nochmal mit dem Lieferschein schicken, dann schaue ich es mir an.

Gruß
Sandra Kühn
""",
        labels=lab(note="asks what the charge is for and for the delivery note; not contested"),
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        who=("Hélène Garnier", "h.garnier@maisongarnier-traiteur.example"),
        when="2030-01-21 09:30",
        style="outlook_html",
        inv="HOM/4434",
        amount="1520.00",
        body="""
Bonjour,

Nous souhaitons régler la facture HOM/4434, mais vos coordonnées bancaires ne figurent pas dans notre système. Pourriez-vous nous transmettre un RIB à l’en-tête de votre société ? Le virement partira dès réception.

Bien cordialement,

Hélène Garnier
Service comptabilité
Maison Garnier Traiteur
""",
        labels=lab(refs=("HOM/4434",), note="bank details needed before paying"),
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        who=("Antoine Girard", "antoine@cavesdumarais.example"),
        when="2030-01-31 10:56",
        style="thunderbird",
        inv="HOM/4461",
        amount="734.00",
        cte="8bit",
        body="""
Bonjour,

Votre facture est toujours établie au nom de « Girard & Fils », qui n'existe plus depuis le 1er juillet. Pour que notre comptable puisse l'enregistrer, merci de nous la refaire au nom de SAS Les Caves du Marais, 14 rue Vieille-du-Temple, 75004 Paris, TVA intracommunautaire FR12345678901.

Le montant ne pose aucun problème.

Antoine Girard
""",
        labels=lab(note="reissue to the new company name; the amount is accepted"),
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        who=("Raquel Soto", "raquel@latiendainglesa.example"),
        when="2030-01-22 08:14",
        style="iphone",
        inv="HOM/4462",
        amount="562.30",
        body="""
Buenos días, ¿me podéis mandar un extracto de cuenta con todo lo pendiente? Es que no me cuadran las facturas.

Gracias
Raquel
""",
        labels=lab(note="statement of account to reconcile; nothing contested"),
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        who=("Mercedes Prieto", "mprieto@importacionesprieto.example"),
        when="2030-01-29 12:44",
        style="outlook",
        inv="HOM/4445",
        amount="1845.00",
        charset="iso-8859-1",
        body="""
Buenos días:

Para poder contabilizar la factura HOM/4445 necesitamos que figure nuestro CIF (B12345678) y la dirección fiscal completa. ¿Pueden enviarnos una factura rectificada? En cuanto la tengamos, se la pagamos.

Saludos cordiales,
Mercedes Prieto
Administración
Importaciones Prieto, S.L.
""",
        labels=lab(
            refs=("HOM/4445",),
            note="reissue with the tax id, then payment; the amount is not contested",
        ),
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        who=("Daan Smit", "daan@biowinkeldeakker.example"),
        when="2030-01-16 15:35",
        style="gmail",
        inv="HOM/4404",
        amount="288.00",
        body="""
Hoi,

Deze factuur heb ik nooit ontvangen, kunnen jullie hem nog een keer sturen? Dan betaal ik hem meteen.

Groetjes,
Daan
""",
        labels=lab(note="copy needed before paying"),
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        who=("Femke Janssen", "crediteuren@vandijkhorecagroep.example"),
        when="2030-01-10 10:09",
        style="outlook_html",
        inv="HOM/4396",
        amount="2310.00",
        body="""
Geachte leverancier,

Facturen zonder inkoopordernummer kunnen wij helaas niet verwerken. Wilt u factuur HOM/4396 opnieuw indienen met ons ordernummer IO-30-01187? Na ontvangst wordt de factuur binnen onze normale termijn betaald.

Met vriendelijke groet,

Femke Janssen
Crediteurenadministratie
Van Dijk Horeca Groep
""",
        labels=lab(refs=("HOM/4396",), note="reissue with a purchase order number"),
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        who=("Serena Marini", "amministrazione@agriturismolequerce.example"),
        when="2030-01-14 12:12",
        style="outlook_html",
        inv="HOM/4408",
        amount="495.00",
        charset="windows-1252",
        body="""
Buongiorno,

la fattura HOM/4408 non ci è mai arrivata, né via e-mail né per posta. Potete rimandarcela in PDF, indicando anche il vostro numero di partita IVA? Appena la riceviamo la registriamo e procediamo con il pagamento.

Grazie e buona giornata,
Serena Marini
Agriturismo Le Querce
""",
        labels=lab(refs=("HOM/4408",), note="copy needed before paying"),
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        who=("The Plough Inn", "manager@ploughinn-tenbury.example"),
        when="2030-01-31 07:58",
        style="outlook",
        inv="HOM/4442",
        amount="1764.00",
        ago=2,
        body="""
Dear Sir/Madam,

Kindly be informed that our accounts are now being managed by an external bookkeeping company. Please update your records and direct all statements, reminders and invoices to ploughinn.accountsdept@gmail.com with immediate effect.

Kindly acknowledge receipt of this email and confirm once your records have been updated.

Regards,
Accounts Department
The Plough Inn
""",
        labels=lab(
            new_contact="ploughinn.accountsdept@gmail.com",
            note="redirect to a free-mail address in stilted wording looks like fraud; labelled by what it asks, a person must verify it by phone before any change",
        ),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        who=("Claire Bennett", "claire@hollisfarms.example"),
        when="2030-01-15 11:45",
        style="apple",
        inv="HOM/4393",
        amount="2140.00",
        body="""
Dear Sales Ledger,

I'm writing on behalf of Mr Richard Hollis, who has now retired from the partnership. All invoices and account correspondence for the contract pressing should go to the farm office from now on: office@hollisfarms.example. I've forwarded your reminder to them.

Kind regards,
Claire Bennett
PA to R. Hollis
""",
        labels=lab(
            new_contact="office@hollisfarms.example",
            note="written by an assistant for a retired partner",
        ),
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        who=("Liam Doherty", "liam@theredfox-koeln.example"),
        when="2030-01-21 18:30",
        style="outlook",
        region="ce",
        rlang="de",
        loc="de",
        inv="HOM/4355",
        amount="655.00",
        body="""
Hi,

Wrong person I'm afraid - I'm the bar manager here, I don't handle any of the invoices and I've no access to the accounts. Not sure who you should be writing to, maybe try head office?

Cheers,
Liam
""",
        labels=lab(
            note="English reply from Cologne (central-European time) to a German reminder, quoted by a German Outlook; no new address",
        ),
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        who=("Markus Hartmann", "m.hartmann@getraenkemarkt-hartmann.example"),
        when="2030-01-17 10:40",
        style="outlook",
        inv="HOM/4455",
        amount="826.00",
        body="""
Guten Tag,

ich bin nur für den Einkauf zuständig. Mahnungen und Rechnungen schicken Sie bitte künftig direkt an unsere Buchhaltung: buchhaltung@getraenkemarkt-hartmann.example. Ich habe Ihre Mail dorthin weitergeleitet.

Freundliche Grüße
Markus Hartmann
""",
        labels=lab(new_contact="buchhaltung@getraenkemarkt-hartmann.example"),
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        who=("Julien Perrin", "julien@cavealegrand.example"),
        when="2030-01-30 20:15",
        style="gmail_plain",
        inv="HOM/4458",
        amount="398.00",
        body="""
Bonsoir,

Je ne travaille plus à la cave depuis fin décembre. Pour tout ce qui concerne les factures, écrivez à Mme Dubois : compta@cavealegrand.example

Bonne soirée,
Julien
""",
        labels=lab(new_contact="compta@cavealegrand.example"),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        who=("Restaurant L'Alambic", "contact@restaurant-lalambic.example"),
        when="2030-01-07 09:43",
        style="none",
        inv="HOM/4387",
        amount="1210.00",
        ago=0,
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        body="""
Bonjour,

Cette adresse n'est plus consultée. Pour toute question relative à la facturation ou aux règlements, merci d'écrire désormais à facturation@groupe-alambic.example.

Ce message est envoyé automatiquement, merci de ne pas y répondre.

Restaurant L'Alambic
""",
        labels=lab(
            new_contact="facturation@groupe-alambic.example",
            note="automatic 'address no longer read' notice naming the new billing address: wrong_contact, not auto_reply",
        ),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        who=("Andrés Gil", "cocina@asadorelroble.example"),
        when="2030-01-09 22:05",
        style="iphone",
        inv="HOM/4390",
        amount="472.00",
        body="""
Yo solo llevo la cocina, las facturas las lleva la gestoría. Escribidles a ellos: administracion@gestoriaalvarez.example

Andrés
""",
        labels=lab(new_contact="administracion@gestoriaalvarez.example"),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        who=("Beatriz Santos", "reservas@hotelmiramar-sitges.example"),
        when="2030-01-18 13:25",
        style="gmail",
        inv="HOM/4451",
        amount="1385.00",
        body="""
Hola,

Este buzón es el de reservas. Los temas de facturas y pagos los lleva el departamento de contabilidad, por favor escribid a Contabilidad.Miramar@HotelMiramar-Sitges.example

Un saludo,
Beatriz – Reservas
""",
        labels=lab(
            new_contact="contabilidad.miramar@hotelmiramar-sitges.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        who=("Rik Jansen", "rik@cafedeboog.example"),
        when="2030-01-14 09:20",
        style="outlook_html",
        inv="HOM/4389",
        amount="934.00",
        ago=3,
        body="""
Goedemorgen,

Ik ben sinds 1 januari niet meer werkzaam bij Café De Boog. Voor facturen kunt u terecht bij de nieuwe bedrijfsleider, Sanne Kok: sanne.kok@cafedeboog.example.

Met vriendelijke groet,
Rik Jansen
""",
        labels=lab(new_contact="sanne.kok@cafedeboog.example"),
    ),
    Reply(
        key="wc-nl-2",
        intent="wrong_contact",
        lang="nl",
        who=("Joost de Vries", "joostdevries74@gmail.com"),
        when="2030-01-26 11:11",
        style="gmail_plain",
        inv="HOM/4361",
        amount="590.00",
        body="""
Hallo,

U stuurt dit naar het verkeerde adres. Dit is mijn privémail, ik heb geen bedrijf en heb nooit iets bij u besteld. Waarschijnlijk een typefout in het adres.

Groet,
Joost de Vries
""",
        labels=lab(
            note="private person reached by mistake; no new address; 'never ordered' is not a dispute of a real debt"
        ),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        who=("Davide Rinaldi", "davide@birrerialabotte.example"),
        when="2030-01-08 15:55",
        style="outlook",
        inv="HOM/4384",
        amount="1016.00",
        charset="iso-8859-1",
        body="""
Buongiorno,

io mi occupo solo degli ordini. Per fatture e pagamenti dovete scrivere all'amministrazione: amministrazione@birrerialabotte.example.

Saluti,
Davide Rinaldi
""",
        labels=lab(new_contact="amministrazione@birrerialabotte.example"),
    ),
    Reply(
        key="wc-it-2",
        intent="wrong_contact",
        lang="it",
        who=("Roberta Sala", "roberta.sala@libero.it"),
        when="2030-01-24 17:36",
        style="gmail_plain",
        inv="HOM/4460",
        amount="705.00",
        body="""
Buongiorno, vi informo che da dicembre il locale è passato a una nuova gestione e io non me ne occupo più. Per la fattura dovete sentire i nuovi titolari, scrivete a info@ilmulinodipietro.example

Saluti
Roberta Sala
""",
        labels=lab(
            new_contact="info@ilmulinodipietro.example",
            note="former manager writing from a free-mail address",
        ),
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        who=("Lee Harding", "lee@hardingscafebar.example"),
        when="2030-01-17 08:12",
        style="gmail",
        inv="HOM/4464",
        amount="286.50",
        body="""
Yes I know. I'll pay it Friday like I told your colleague on the phone. Now please stop emailing me every other day about it, that's the third one this week.

Lee
""",
        labels=lab(note="promise plus a stop request: unsubscribe wins"),
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        who=("Helen Pritchard", "h.pritchard@pritchardlowe-law.example"),
        when="2030-01-23 15:46",
        style="outlook_html",
        inv="HOM/4441",
        amount="3120.00",
        ago=2,
        body="""
Dear Sirs,

Our client: Ludlow Kings Head Ltd
Your invoice: HOM/4441

We act for the above-named client in connection with the sums you claim. Please do not correspond with our client directly about this account; all future communication should be addressed to this firm, quoting our reference HP/KH/2030/014.

Yours faithfully,

Helen Pritchard
Solicitor
Pritchard Lowe Solicitors LLP
""",
        labels=lab(
            refs=("HOM/4441",),
            note="solicitors tell the creditor to stop contacting their client ('talk to our lawyer'): unsubscribe, not wrong_contact",
        ),
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        who=("Dave Jarvis", "d.jarvis1962@hotmail.co.uk"),
        when="2030-01-27 23:59",
        style="iphone",
        inv="HOM/4374",
        amount="530.00",
        ago=2,
        body="""
STOP SENDING ME THESE. I SOLD THE PUB IN 2028 AND ITS NOTHING TO DO WITH ME. REMOVE MY EMAIL NOW
""",
        labels=lab(
            note="all caps; remove-me plus 'not my business' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        who=("Ernst Maier", "gasthaus-linde@linde-ostheim.example"),
        when="2030-01-14 16:20",
        style="outlook",
        inv="HOM/4372",
        amount="690.00",
        charset="iso-8859-1",
        body="""
Sehr geehrte Damen und Herren,

ich bitte Sie, mir keine E-Mails mehr zu schicken. Rechnungen und Mahnungen nur noch per Post an: Gasthaus zur Linde, Hauptstraße 3, 97645 Ostheim.

Hochachtungsvoll
Ernst Maier
""",
        labels=lab(note="post only"),
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        who=("Tobias Krämer", "tobias@kraemers-kneipe.example"),
        when="2030-01-30 07:44",
        style="iphone",
        inv="HOM/4359",
        amount="344.00",
        body="""
Das ist längst bezahlt. Hören Sie endlich auf, mir jede Woche zu schreiben!!

T. Krämer
""",
        labels=lab(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        who=("Gérard Vasseur", "g.vasseur@auberge-vasseur.example"),
        when="2030-01-22 11:08",
        style="outlook",
        inv="HOM/4456",
        amount="1185.00",
        charset="iso-8859-1",
        body="""
Madame, Monsieur,

Je vous prie de ne plus m'adresser de courriels concernant ce dossier. Il est désormais suivi par notre avocat, Maître Claire Fontaine, à qui toute correspondance devra être adressée par courrier à son cabinet.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Gérard Vasseur
Auberge Vasseur
""",
        labels=lab(note="no more e-mail, only through the lawyer by post"),
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        who=("Toni Vallés", "toni@chiringuitoelfaro.example"),
        when="2030-01-11 21:22",
        style="iphone",
        inv="HOM/4450",
        amount="258.00",
        body="""
Dejad de mandarme correos, por favor. Ya hablaré yo con Dan.
""",
        labels=lab(),
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        who=("Carmen Ruiz", "carmen.ruiz@delicatessenruiz.example"),
        when="2030-01-31 09:37",
        style="outlook_html",
        inv="HOM/4360",
        amount="712.00",
        body="""
Buenos días:

Les ruego que den de baja esta dirección de sus envíos automáticos. No deseamos recibir más recordatorios por correo electrónico; para cualquier asunto de cobro, llamen a la tienda en horario comercial.

Atentamente,
Carmen Ruiz
""",
        labels=lab(note="no more e-mail, telephone only"),
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        who=("Kees Smulders", "kees@snackbardehoek.example"),
        when="2030-01-20 12:02",
        style="iphone",
        inv="HOM/4370",
        amount="215.00",
        body="""
Haal mij van jullie lijst aub. Ik heb niks meer met die zaak te maken.
""",
        labels=lab(note="remove-me plus 'not my business' without a new address"),
    ),
    Reply(
        key="un-nl-2",
        intent="unsubscribe",
        lang="nl",
        who=("W. van den Berg", "w.vandenberg@hotelderijnoever.example"),
        when="2030-01-08 11:19",
        style="outlook",
        inv="HOM/4371",
        amount="1640.00",
        charset="iso-8859-1",
        cte="8bit",
        body="""
Geachte heer/mevrouw,

Wij verzoeken u vriendelijk om voortaan geen herinneringen meer per e-mail te sturen. Correspondentie over facturen ontvangen wij uitsluitend schriftelijk op ons postadres, Rijnkade 12, 6811 HA Arnhem.

Hoogachtend,

W. van den Berg
Hotel De Rijnoever
""",
        labels=lab(note="post only"),
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        who=("Alessandro Greco", "a.greco@trattoriagreco.example"),
        when="2030-01-28 10:03",
        style="outlook_html",
        inv="HOM/4358",
        amount="1045.00",
        body="""
Buongiorno,

vi chiedo di non scriverci più. Per questa pratica rivolgetevi al nostro legale, l’avv. Martina De Luca, che vi contatterà direttamente.

Alessandro Greco
""",
        labels=lab(note="talk to our lawyer, no address"),
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        who=("Franca Cerutti", "franca@barcentrale-asti.example"),
        when="2030-01-18 08:30",
        style="iphone",
        inv="HOM/4352",
        amount="276.00",
        body="""
Cancellatemi dalla vostra lista per favore, vi ho già pagato a dicembre e continuate a scrivermi
""",
        labels=lab(note="remove-me plus a payment claim: unsubscribe wins"),
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        who=("Helen Marsh", "helen.marsh@ledburyparkhotel.example"),
        when="2030-01-15 09:03",
        style="none",
        inv="HOM/4466",
        amount="1290.00",
        ago=0,
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, ("X-Auto-Response-Suppress", "All")),
        body="""
Thank you for your email. I am out of the office until Friday 17 January with limited access to email. For anything urgent please contact reception on 01632 960733 or email purchasing@ledburyparkhotel.example.

Helen Marsh
Purchasing Manager, Ledbury Park Hotel
""",
        labels=lab(
            return_date="2030-01-17",
            note="'until X' gives X itself; a colleague's address in an auto-reply does not set new_contact",
        ),
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        who=("Castlegate Leisure Finance", "finance.support@castlegateleisure.example"),
        when="2030-01-07 09:40",
        style="none",
        inv="HOM/4383",
        amount="2455.00",
        ago=0,
        subject="[CLF-2030-00417] {rsub}",
        headers=(("Precedence", "bulk"),),
        body="""
This is an automated response.

Thank you for contacting Castlegate Leisure Finance Shared Services. Your email has been logged as case CLF-2030-00417 and passed to the Accounts Payable team.

We aim to respond to supplier queries within five working days. Please keep the case number in the subject line if you write to us again about this matter.

Please do not reply to this message.
""",
        labels=lab(note="ticket acknowledgement with only Precedence: bulk; no return date"),
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        who=("Rob Finch", "rob@finchanddaughter.example"),
        when="2030-01-29 13:15",
        style="none",
        inv="HOM/4463",
        amount="367.20",
        ago=0,
        subject="Auto: {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body="""
Hi, thanks for your message. I'm on leave and back in the shop on Monday 4 February. Emails won't be read until then - if it's about an order, please ring the shop.

Rob
Finch & Daughter, Butchers & Farm Shop
""",
        labels=lab(return_date="2030-02-04", note="only X-Autoreply, no Auto-Submitted"),
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        who=("Claudia Weber", "c.weber@feinkost-weber-hamburg.example"),
        when="2030-01-16 09:41",
        style="none",
        inv="HOM/4454",
        amount="935.00",
        ago=0,
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED,),
        body="""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 25.01.2030, im Urlaub und ab Montag, 28.01.2030, wieder im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter 040 1234560.

Mit freundlichen Grüßen
Claudia Weber
""",
        labels=lab(
            return_date="2030-01-28",
            note="the stated day back wins over 'bis einschließlich'",
        ),
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        who=(
            "Landgasthof Sonnenhof Buchhaltung",
            "buchhaltung@landgasthof-sonnenhof.example",
        ),
        when="2030-01-10 14:41",
        style="none",
        inv="HOM/4376",
        amount="615.00",
        ago=0,
        subject="Eingangsbestätigung: {rsub}",
        headers=(("Precedence", "auto_reply"),),
        body="""
Guten Tag,

Ihre E-Mail ist bei uns eingegangen. Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs, in der Regel innerhalb von zehn Werktagen.

Diese Nachricht wurde automatisch erstellt.

Landgasthof Sonnenhof – Buchhaltung
""",
        labels=lab(note="receipt acknowledgement with only Precedence: auto_reply; no return date"),
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        who=("Isabelle Caron", "i.caron@hotel-lesremparts.example"),
        when="2030-01-14 09:37",
        style="none",
        inv="HOM/4459",
        amount="860.00",
        ago=0,
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        body="""
Bonjour,

Je suis absente du bureau jusqu'au vendredi 18 janvier inclus. Je serai de retour le lundi 21 janvier et traiterai votre message à ce moment-là.

Cordialement,
Isabelle Caron
Hôtel Les Remparts
""",
        labels=lab(
            return_date="2030-01-21",
            note="the stated day back wins over 'jusqu'au … inclus'",
        ),
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        who=(
            "Service Fournisseurs Groupe La Colline",
            "fournisseurs@groupe-lacolline.example",
        ),
        when="2030-01-23 10:26",
        style="none",
        inv="HOM/4453",
        amount="1730.00",
        ago=0,
        subject="Accusé de réception - {rsub}",
        headers=(("X-Autoreply", "yes"),),
        body="""
Madame, Monsieur,

Nous accusons réception de votre message, qui a été transmis au service concerné. Une réponse vous sera apportée dans les meilleurs délais.

Merci de ne pas répondre à ce courriel.

Le service fournisseurs
Groupe La Colline
""",
        labels=lab(note="receipt acknowledgement with only X-Autoreply; no return date"),
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        who=("Elena Navarro", "enavarro@cerveceriaelpuerto.example"),
        when="2030-01-11 18:30",
        style="none",
        inv="HOM/4351",
        amount="540.00",
        ago=0,
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED,),
        body="""
Hola:

Estaré fuera de la oficina hasta el 31 de enero, sin acceso al correo. Para cualquier urgencia pueden llamar al 912 345 678.

Gracias,
Elena Navarro
""",
        labels=lab(return_date="2030-01-31", note="'hasta X' gives X itself"),
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        who=("Lotte Hendriks", "lotte@delicatessenhendriks.example"),
        when="2030-01-08 09:40",
        style="none",
        inv="HOM/4469",
        amount="455.00",
        ago=0,
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
        body="""
Beste afzender,

Ik ben afwezig en lees mijn e-mail niet. Vanaf maandag 14 januari ben ik weer aanwezig en neem ik uw bericht in behandeling.

Met vriendelijke groet,
Lotte Hendriks
""",
        labels=lab(return_date="2030-01-14"),
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        who=(
            "Crediteurenadministratie Horecagroep Zuid",
            "facturen@horecagroep-zuid.example",
        ),
        when="2030-01-25 16:58",
        style="none",
        inv="HOM/4375",
        amount="2085.00",
        ago=0,
        subject="Ontvangstbevestiging: {rsub}",
        headers=(AUTO_REPLIED,),
        body="""
Geachte relatie,

Hartelijk dank voor uw bericht. Dit is een automatische bevestiging dat uw e-mail in goede orde is ontvangen door de crediteurenadministratie van Horecagroep Zuid. Wij streven ernaar vragen binnen vijf werkdagen te beantwoorden.

Met vriendelijke groet,
Crediteurenadministratie Horecagroep Zuid
""",
        labels=lab(note="receipt acknowledgement; no return date"),
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        who=("Valentina Ricci", "v.ricci@hotelbellosguardo.example"),
        when="2030-01-21 09:35",
        style="none",
        inv="HOM/4378",
        amount="1175.00",
        ago=0,
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
        body="""
Buongiorno,

sono assente dall'ufficio e rientrerò giovedì 24 gennaio. Nel frattempo la posta non verrà letta né inoltrata.

Cordiali saluti,
Valentina Ricci
""",
        labels=lab(return_date="2030-01-24"),
    ),
    Reply(
        key="ar-it-2",
        intent="auto_reply",
        lang="it",
        who=("Bottega del Gusto", "info@bottegadelgusto-parma.example"),
        when="2030-01-30 12:00",
        style="none",
        inv="HOM/4367",
        amount="398.00",
        ago=0,
        subject="Re: {rsub}",
        headers=(("Precedence", "bulk"),),
        body="""
Gentile cliente,

grazie per averci scritto. Il nostro staff le risponderà il prima possibile, di norma entro 48 ore lavorative.

Questo è un messaggio generato automaticamente.

Bottega del Gusto
""",
        labels=lab(
            note="shop autoresponder with a plain 'Re:' subject and only Precedence: bulk; no return date"
        ),
    ),
]

OTHER = [
    Reply(
        key="o-en-1",
        intent="other",
        lang="en",
        who=("Nina Oakes", "nina@thebelltillington.example"),
        when="2030-01-18 10:10",
        style="outlook_html",
        inv="HOM/4364",
        amount="498.60",
        body="""
Hi,

Did we not pay this? I was sure Mark did all the December ones before he went away. I’ll ask him when he’s back.

Nina
""",
        labels=lab(note="a question, not a payment claim; no request for documents"),
    ),
    Reply(
        key="o-en-2",
        intent="other",
        lang="en",
        who=("Luke Sharma", "luke@thegreendragon-bishops.example"),
        when="2030-01-09 12:34",
        style="android",
        inv="HOM/4465",
        amount="742.00",
        body="""
Thanks, I've passed this to Sandra who does our accounts.

Luke
""",
        labels=lab(note="acknowledgement; passing it on to a named person is not a new contact"),
    ),
    Reply(
        key="o-en-3",
        intent="other",
        lang="en",
        who=("Josh Bright", "josh@theorangery-hereford.example"),
        when="2030-01-24 16:47",
        style="gmail",
        inv="HOM/4353",
        amount="1036.00",
        body="""
Hi both,

While I've got you - can we add two boxes of the perry and a 20L bag-in-box of the cloudy apple to Tuesday's delivery? And is the rosé cider back in stock yet?

Cheers,
Josh
""",
        labels=lab(note="order in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="o-de-1",
        intent="other",
        lang="de",
        who=("Stefan Roth", "s.roth@brauhaus-roth.example"),
        when="2030-01-15 13:13",
        style="android",
        inv="HOM/4373",
        amount="1260.00",
        body="""
danke, hab ich an unseren chef weitergeleitet

Stefan
""",
        labels=lab(note="acknowledgement only"),
    ),
    Reply(
        key="o-de-2",
        intent="other",
        lang="de",
        who=("Birgit Hahn", "birgit@feinkost-hahn.example"),
        when="2030-01-28 10:50",
        style="gmail",
        inv="HOM/4382",
        amount="584.00",
        cte="b64",
        body="""
Guten Morgen,

kurze Frage nebenbei: Wann bekommen wir die neue Preisliste für 2030? Wir möchten im Februar unser Sortiment umstellen und überlegen, den Birnencider mit aufzunehmen.

Viele Grüße
Birgit Hahn
""",
        labels=lab(note="price-list question in the reminder thread"),
    ),
    Reply(
        key="o-fr-1",
        intent="other",
        lang="fr",
        who=("Margaux Lemoine", "margaux@lecomptoirnormand.example"),
        when="2030-01-10 17:58",
        style="iphone",
        inv="HOM/4457",
        amount="315.00",
        body="""
Bien reçu, merci.
""",
        labels=lab(note="acknowledgement only"),
    ),
    Reply(
        key="o-fr-2",
        intent="other",
        lang="fr",
        who=("Thierry Blanc", "t.blanc@bistrot-blanc.example"),
        when="2030-01-25 09:20",
        style="outlook_html",
        inv="HOM/4380",
        amount="892.00",
        body="""
Bonjour,

Sans rapport avec la facture : nous avons six fûts vides consignés qui encombrent la cave depuis décembre. Quand votre chauffeur peut-il passer les récupérer ?

Merci,
Thierry Blanc
""",
        labels=lab(note="keg collection question; nothing about the invoice"),
    ),
    Reply(
        key="o-es-1",
        intent="other",
        lang="es",
        who=("Manuel Gil", "manuel@tabernagil.example"),
        when="2030-01-16 18:18",
        style="android",
        inv="HOM/4363",
        amount="430.00",
        body="""
¿Me podéis llamar mañana por la mañana? Prefiero hablarlo por teléfono. 612 345 678

Manuel
""",
        labels=lab(note="asks for a call; nothing committed"),
    ),
    Reply(
        key="o-es-2",
        intent="other",
        lang="es",
        who=("Jordi Puig", "jordi@colmadopuig.example"),
        when="2030-01-29 11:31",
        style="gmail",
        inv="HOM/4467",
        amount="688.00",
        body="""
Hola,

Aprovecho el correo para preguntaros una cosa: ¿vendéis también el zumo de manzana turbio en bag-in-box de 10 litros? Nos lo piden mucho en la tienda.

Gracias,
Jordi Puig
Colmado Puig
""",
        labels=lab(note="product question in the reminder thread"),
    ),
    Reply(
        key="o-nl-1",
        intent="other",
        lang="nl",
        who=("Bram Koster", "bram@eetcafedekade.example"),
        when="2030-01-11 17:05",
        style="iphone",
        inv="HOM/4468",
        amount="366.00",
        body="""
Ontvangen, ik kijk er maandag naar.
""",
        labels=lab(note="'I'll look at it on Monday' is no commitment to pay"),
    ),
    Reply(
        key="o-nl-2",
        intent="other",
        lang="nl",
        who=("Ilse Bos", "ilse@streekwinkelbos.example"),
        when="2030-01-31 14:27",
        style="gmail",
        inv="HOM/4369",
        amount="254.00",
        body="""
Hallo,

Nu ik jullie toch mail: is de perencider van de nieuwe oogst al leverbaar? Dan neem ik die bij de volgende bestelling mee.

Groet,
Ilse
""",
        labels=lab(note="product question in the reminder thread"),
    ),
    Reply(
        key="o-it-1",
        intent="other",
        lang="it",
        who=("Carlo Fontana", "carlo@pubthefox-bergamo.example"),
        when="2030-01-14 19:45",
        style="gmail_plain",
        inv="HOM/4356",
        amount="512.00",
        body="""
Ricevuto, grazie. Giro tutto al commercialista.
""",
        labels=lab(
            note="acknowledgement; passing it to the accountant without an address is not a new contact"
        ),
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
    """A delivery report about a reminder sent to ``rcpt``."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    rname: str
    when: str
    region: str
    inv: str
    amount: str
    queued_minutes: int  # how long after the reminder left the report was written
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The report's Date, in the reporting server's offset."""
        return local_time(self.region, self.when)

    def reminder(self) -> Reminder:
        """The reminder the report is about (sent from the UK, in the account's language)."""
        sent_utc = self.dt.astimezone(UTC) - timedelta(minutes=self.queued_minutes)
        naive_uk = sent_utc.replace(tzinfo=None) + timedelta(hours=STANDARD_OFFSET["uk"])
        uk = timezone(utc_offset("uk", naive_uk))
        sent = sent_utc.astimezone(uk).replace(second=7 + len(self.key))
        currency = "GBP" if self.region == "uk" else "EUR"
        return Reminder(
            self.key,
            self.lang,
            self.inv,
            self.amount,
            currency,
            (self.rname, self.rcpt),
            sent,
        )

    @property
    def rdomain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@", 1)[1]


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    retry_hours: int = 0,
    diagnostic_type: str = "smtp",
) -> Message:
    """An RFC 3464 message/delivery-status part for one recipient (times in the reporting
    server's zone)."""
    arrival = b.reminder().sent.astimezone(b.dt.tzinfo)
    per_message = [
        f"Reporting-MTA: dns; {mta}",
        f"Arrival-Date: {format_datetime(arrival)}",
    ]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {diagnostic_type}; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if retry_hours:
        per_recipient.append(
            f"Will-Retry-Until: {format_datetime(arrival + timedelta(hours=retry_hours))}"
        )
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
    """The reminder's headers as text/rfc822-headers."""
    head = "".join(f"{k}: {v}\n" for k, v in b.reminder().message().items())
    return text_part(head, "rfc822-headers", "us-ascii", "7bit")


def returned_message(b: Bounce) -> Message:
    """The whole reminder as message/rfc822."""
    return MIMEMessage(b.reminder().message())


def received_line(host: str, when: datetime) -> str:
    """The Received header the reporting host wrote when it took the reminder."""
    return (
        f"Received: from mail.{AR_DOMAIN} (mail.{AR_DOMAIN} [198.51.100.17])\n"
        f"\tby {host} with ESMTPS; {format_datetime(when)}\n"
    )


def report(parts: list[Message]) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def plain_notice(
    text: str, charset: str = "us-ascii", cte: str = "7bit", mime: bool = False
) -> Message:
    """A single-part notice; without ``mime`` it carries no MIME headers at all."""
    if mime:
        return text_part(text, "plain", charset, cte)
    msg = Message()
    msg.set_payload(text)
    return msg


def finish_bounce(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    shape: str,
    extra: tuple[tuple[str, str], ...] = (AUTO_REPLIED,),
    boundary_host: str = "",
) -> Message:
    """Top-level headers of a report."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].strip(">) ").split()[0]
    msg["Message-ID"] = f"<{token(b.key, 'report', 24).lower()}@{host}>"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, shape, boundary_host)


def qmail_time(when: datetime) -> str:
    """qmail's own Received timestamp, always in UTC."""
    utc = when.astimezone(UTC)
    return (
        f"{utc.day} {MONTHS_ABBR['en'].split()[utc.month - 1][:3]} {utc.year} {utc:%H:%M:%S} -0000"
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail at the customer's hosting company: unknown mailbox, the whole reminder inline."""
    host = "mx2.marcheshosting.example"
    rem = b.reminder()
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28417 invoked from network); {qmail_time(rem.sent)}\n"
        f"{received_line(host, rem.sent)}"
        f"{rem.message().as_string()}\n"
    )
    return finish_bounce(
        b,
        plain_notice(text),
        f"MAILER-DAEMON@{host}",
        "failure notice",
        "other",
        extra=(),
    )


def bounce_exim_policy(b: Bounce) -> Message:
    """Exim on a shared host relaying to the customer's filter, which refuses by policy."""
    host = "srv14.wyevalley-hosting.example"
    rem = b.reminder()
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host filter.{b.rdomain} [203.0.113.40]\n"
        "    SMTP error from remote mail server after end of data:\n"
        "    550 5.7.1 Message refused by recipient domain policy: external senders\n"
        "    may not send to this address (ref CP-118)\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n"
        f"{received_line(host, rem.sent)}"
        f"{rem.message().as_string()}\n"
    )
    return finish_bounce(
        b,
        plain_notice(text),
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Mail delivery failed: returning message to sender",
        "other",
        extra=(AUTO_REPLIED, ("X-Failed-Recipients", b.rcpt)),
    )


def bounce_gmail_delay(b: Bounce) -> Message:
    """Gmail's 'Delivery incomplete' notice: the remote mailbox is over quota."""
    lines = [
        "** Delivery incomplete **",
        f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 43 more hours. You'll be notified if the delivery fails permanently.",
        "The response from the remote server was:",
        f"452 4.2.2 <{b.rcpt}>: Mailbox full, try again later",
    ]
    alt = MIMEMultipart("alternative")
    alt.attach(text_part("\n\n".join(lines) + "\n", "plain", "utf-8", "qp"))
    markup = (
        "<html><body>"
        + "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines)
        + "</body></html>\n"
    )
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    ds = delivery_status(
        b,
        "googlemail.com",
        "delayed",
        f"452 4.2.2 <{b.rcpt}>: Mailbox full, try again later",
        f"mx.{b.rdomain}",
        48,
    )
    return finish_bounce(
        b,
        report([alt, ds, returned_message(b)]),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        "gmail",
        extra=(AUTO_REPLIED, ("X-Failed-Recipients", b.rcpt)),
    )


def bounce_postfix_de_delay(b: Bounce) -> Message:
    """Postfix at a German hosting company with a German bounce template: still retrying."""
    host = "mx01.kundenmail-hosting.example"
    human = (
        f"Dies ist das Mailsystem auf dem Rechner {host}.\n\n"
        "####################################################################\n"
        "# DIES IST NUR EINE WARNUNG. SIE MÜSSEN DIE NACHRICHT NICHT ERNEUT #\n"
        "# SENDEN.                                                          #\n"
        "####################################################################\n\n"
        "Ihre Nachricht konnte seit vier Stunden nicht zugestellt werden.\n"
        "Das Mailsystem versucht es noch bis zu fünf Tage lang weiter.\n\n"
        "                   Das Mailsystem\n\n"
        f"<{b.rcpt}>: connect to mail.{b.rdomain}[203.0.113.77]:25:\n"
        "    Zeitüberschreitung der Verbindung\n"
    )
    ds = delivery_status(
        b,
        host,
        "delayed",
        f"connect to mail.{b.rdomain}[203.0.113.77]:25: Connection timed out",
        retry_hours=120,
        diagnostic_type="X-Postfix",
    )
    return finish_bounce(
        b,
        report([text_part(human, "plain", "utf-8", "qp"), ds, returned_headers(b)]),
        f"MAILER-DAEMON@{host} (Mail Delivery System)",
        "Verzögerte Zustellung (wird weiter versucht)",
        "postfix",
        boundary_host=host,
    )


@dataclass(frozen=True)
class ExchangeText:
    """The localised human-readable part of an Exchange Online report."""

    subject_prefix: str
    head: str
    reason: str
    admin: str
    server: str
    remote: str  # "{diag}" stands for the server's answer


def exchange_report(
    b: Bounce, t: ExchangeText, diag: str, action: str, server: str, full_copy: bool
) -> Message:
    """A report written by the customer's Exchange Online tenant, in the tenant's language."""
    rem = b.reminder()
    remote = t.remote.format(diag=diag)
    plain = f"{t.head}\n\n{b.rcpt}\n\n{t.reason}\n\n\n{t.admin}\n\n{t.server}: {server}\n\n{b.rcpt}\n{remote}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        "<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">\n"
        f'<p style="font-size:15pt;color:#C00000"><b>{html.escape(t.head, quote=False)}</b></p>\n'
        f'<p style="font-size:13pt"><a href="mailto:{b.rcpt}">{b.rcpt}</a></p>\n'
        f"<p>{html.escape(t.reason, quote=False)}</p>\n"
        f'<p style="font-size:11pt;color:#666"><b>{html.escape(t.admin, quote=False)}</b></p>\n'
        f"<p>{html.escape(t.server, quote=False)}: {server}</p>\n"
        f"<p>{b.rcpt}<br>{html.escape(remote, quote=False)}</p>\n"
        "</div></body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(plain, "plain", "utf-8", "qp"))
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    ds = delivery_status(b, server, action, diag, retry_hours=48 if action == "delayed" else 0)
    tail = returned_message(b) if full_copy else returned_headers(b)
    sender = f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{b.rdomain}>"
    msg = finish_bounce(
        b,
        report([alt, ds, tail]),
        sender,
        t.subject_prefix + rem.subject,
        "outlook",
        extra=(
            AUTO_REPLIED,
            ("Content-Language", CONTENT_LANGUAGE[b.lang]),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
        ),
    )
    return msg


def bounce_exchange_de(b: Bounce) -> Message:
    """Exchange Online, German: recipient not found."""
    t = ExchangeText(
        "Unzustellbar: ",
        "Ihre Nachricht hat folgende Empfänger nicht erreicht:",
        "Die Adresse, an die Sie geschrieben haben, gibt es in der Organisation des Empfängers nicht. Vielleicht wurde das Postfach gelöscht oder umbenannt. Prüfen Sie die Adresse oder erkundigen Sie sich beim Empfänger auf anderem Weg nach der richtigen Adresse.",
        "Diagnoseinformationen für Administratoren:",
        "Generierender Server",
        "Remoteserver hat '{diag}' zurückgegeben",
    )
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    return exchange_report(
        b, t, diag, "failed", "FR4P281MB3417.DEUP281.PROD.OUTLOOK.COM", full_copy=False
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    """Exchange Online, French: the group only takes mail from inside the organisation."""
    t = ExchangeText(
        "Non remis : ",
        "Votre message n'a pas pu être remis aux destinataires ou groupes suivants :",
        "Ce groupe n'accepte que les messages envoyés par des membres de l'organisation ou par des expéditeurs autorisés. Votre adresse n'en fait pas partie : le message a été refusé et ne sera pas renvoyé.",
        "Informations de diagnostic pour les administrateurs :",
        "Serveur à l'origine de l'erreur",
        "Le serveur distant a retourné '{diag}'",
    )
    diag = "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated for group"
    return exchange_report(
        b, t, diag, "failed", "PR1P264MB2210.FRAP264.PROD.OUTLOOK.COM", full_copy=True
    )


def bounce_exchange_es(b: Bounce) -> Message:
    """Exchange Online, Spanish: mailbox does not exist."""
    t = ExchangeText(
        "No se puede entregar: ",
        "Su mensaje no se pudo entregar a estos destinatarios o grupos:",
        "La dirección de correo electrónico a la que escribió no existe en la organización del destinatario. Compruebe que esté bien escrita o póngase en contacto con el destinatario por otro medio.",
        "Información de diagnóstico para administradores:",
        "Servidor de generación",
        "El servidor remoto devolvió '{diag}'",
    )
    diag = "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found"
    return exchange_report(
        b, t, diag, "failed", "MRZP264MB1873.FRAP264.PROD.OUTLOOK.COM", full_copy=False
    )


def bounce_exchange_nl(b: Bounce) -> Message:
    """Exchange Online, Dutch: delivery delayed, still trying."""
    t = ExchangeText(
        "Bezorging vertraagd: ",
        "De bezorging aan deze geadresseerden of groepen is vertraagd:",
        "Uw bericht is nog niet afgeleverd. De server blijft het nog 1 dag en 20 uur proberen en laat u weten of het uiteindelijk is gelukt. U hoeft het bericht niet opnieuw te verzenden.",
        "Diagnostische gegevens voor beheerders:",
        "Server die het bericht genereert",
        "Externe server heeft '{diag}' geretourneerd",
    )
    diag = "451 4.4.7 Message delayed; the recipient's server did not respond in time"
    return exchange_report(
        b, t, diag, "delayed", "AM8P190MB0962.EURP190.PROD.OUTLOOK.COM", full_copy=True
    )


def bounce_exchange_it(b: Bounce) -> Message:
    """Exchange Online, Italian: the mailbox is full (a 5.x code, still soft)."""
    t = ExchangeText(
        "Non recapitabile: ",
        "Il messaggio non è stato recapitato ai seguenti destinatari o gruppi:",
        "La cassetta postale del destinatario è piena e al momento non può ricevere messaggi. Riprova più tardi oppure avvisa il destinatario in un altro modo.",
        "Informazioni di diagnostica per gli amministratori:",
        "Server di generazione",
        "Il server remoto ha restituito '{diag}'",
    )
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    return exchange_report(
        b, t, diag, "failed", "DU2P250MB0318.EURP250.PROD.OUTLOOK.COM", full_copy=False
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French consumer mail provider: mailbox full, still retrying."""
    host = "mx-in3.fournimel.example"
    human = (
        "Ceci est un message automatique du service de messagerie Fournimel.\n\n"
        f"Votre message à destination de {b.rcpt} n'a pas encore pu être distribué : la boîte aux lettres du destinataire est pleine.\n\n"
        "Nous réessaierons pendant 72 heures. Vous n'avez rien à faire pour le moment ; si la distribution échoue définitivement, vous recevrez un nouvel avis.\n\n"
        "Détail technique : 452 4.2.2 Boîte aux lettres pleine (quota dépassé)\n"
    )
    ds = delivery_status(
        b, host, "delayed", "452 4.2.2 Mailbox full (quota exceeded)", retry_hours=72
    )
    return finish_bounce(
        b,
        report([text_part(human, "plain", "iso-8859-1", "qp"), ds, returned_headers(b)]),
        "Fournimel - Service messagerie <postmaster@fournimel.example>",
        "Avis de retard de distribution",
        "other",
    )


def bounce_provider_es(b: Bounce) -> Message:
    """A Spanish hosting relay, plain text only: greylisted, will retry."""
    host = "correo.serviweb-hosting.example"
    rem = b.reminder()
    text = (
        f"Este es un mensaje generado automáticamente por el servidor de correo {host}.\n\n"
        "Su mensaje lleva cuatro horas en cola y todavía no ha podido entregarse al siguiente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "El servidor de destino ha rechazado la entrega de forma temporal:\n\n"
        "    451 4.7.1 Greylisted, please try again later\n\n"
        "No es necesario que haga nada. Seguiremos intentándolo durante cinco días y le avisaremos si finalmente no es posible entregarlo.\n\n"
        f"Asunto del mensaje original: {rem.subject}\n"
        f"Fecha del mensaje original: {format_datetime(rem.sent)}\n"
    )
    return finish_bounce(
        b,
        plain_notice(text, "utf-8", "8bit", mime=True),
        f"Administrador del sistema de correo <postmaster@{host}>",
        "Aviso: entrega demorada de su mensaje",
        "other",
    )


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian provider's backup MX: the recipient's domain is no longer hosted anywhere."""
    host = "mx2.reteposta.example"
    human = (
        f"Questo è un messaggio automatico del server di posta {host}.\n\n"
        "Non è stato possibile recapitare il messaggio al seguente destinatario:\n\n"
        f"  {b.rcpt}\n\n"
        f"Motivo: il dominio {b.rdomain} non esiste più o non è configurato per ricevere posta. "
        "L'errore è permanente e il messaggio non verrà inviato di nuovo.\n\n"
        "Codice: 550 5.1.2 dominio del destinatario inesistente\n"
    )
    ds = delivery_status(b, host, "failed", f"550 5.1.2 Host unknown: {b.rdomain}")
    return finish_bounce(
        b,
        report([text_part(human, "plain", "iso-8859-1", "8bit"), ds, returned_headers(b)]),
        f"Sistema di posta Reteposta <mailer-daemon@{host}>",
        f"Messaggio non recapitato: {b.reminder().subject}",
        "other",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "b-en-1",
            "en",
            "hard",
            "5.1.1",
            "orders@thecoachhouse-ledbury.example",
            "The Coach House",
            "2030-01-10 09:06",
            "uk",
            "HOM/4368",
            "760.00",
            1,
            "qmail notice without MIME or Auto-Submitted, the whole reminder inline",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "b-en-2",
            "en",
            "hard",
            "5.7.1",
            "office@thesalutation-weobley.example",
            "The Salutation Inn",
            "2030-01-17 09:02",
            "uk",
            "HOM/4377",
            "1240.00",
            2,
            "Exim plain-text failure: rejected by the recipient's policy, permanent",
        ),
        bounce_exim_policy,
    ),
    (
        Bounce(
            "b-en-3",
            "en",
            "soft",
            "4.2.2",
            "accounts@oldforgetearooms.example",
            "Old Forge Tearooms",
            "2030-01-24 13:40",
            "uk",
            "HOM/4379",
            "286.00",
            300,
            "Gmail delay notice: mailbox full, still retrying",
        ),
        bounce_gmail_delay,
    ),
    (
        Bounce(
            "b-de-1",
            "de",
            "soft",
            "4.4.1",
            "einkauf@weinkontor-seidel.example",
            "Weinkontor Seidel",
            "2030-01-09 14:12",
            "ce",
            "HOM/4452",
            "1385.00",
            240,
            "Postfix delay report with a German template, text/rfc822-headers",
        ),
        bounce_postfix_de_delay,
    ),
    (
        Bounce(
            "b-de-2",
            "de",
            "hard",
            "5.1.10",
            "rechnungen@apfelweinstube-sachsenhausen.example",
            "Apfelweinstube Sachsenhausen",
            "2030-01-22 10:05",
            "ce",
            "HOM/4381",
            "918.00",
            2,
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            "b-fr-1",
            "fr",
            "hard",
            "5.7.133",
            "compta-fournisseurs@hotels-armor.example",
            "Hôtels d'Armor",
            "2030-01-11 09:48",
            "ce",
            "HOM/4366",
            "2630.00",
            1,
            "group accepts internal senders only: a permanent policy refusal",
        ),
        bounce_exchange_fr,
    ),
    (
        Bounce(
            "b-fr-2",
            "fr",
            "soft",
            "4.2.2",
            "cave.du.moulin@fournimel.example",
            "Cave du Moulin",
            "2030-01-29 15:20",
            "ce",
            "HOM/4365",
            "455.00",
            360,
            "provider delay notice, mailbox full",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "b-es-1",
            "es",
            "hard",
            "5.1.1",
            "pedidos@restauranteladehesa.example",
            "Restaurante La Dehesa",
            "2030-01-16 09:51",
            "ce",
            "HOM/4362",
            "1120.00",
            1,
        ),
        bounce_exchange_es,
    ),
    (
        Bounce(
            "b-es-2",
            "es",
            "soft",
            "4.7.1",
            "compras@sidrerialallagar.example",
            "Sidrería La Llagar",
            "2030-01-31 13:37",
            "ce",
            "HOM/4449",
            "640.00",
            240,
            "greylisting delay, single-part plain text in 8-bit UTF-8",
        ),
        bounce_provider_es,
    ),
    (
        Bounce(
            "b-nl-1",
            "nl",
            "soft",
            "4.4.7",
            "inkoop@grandcafedelinde.example",
            "Grand Café De Linde",
            "2030-01-18 13:44",
            "ce",
            "HOM/4354",
            "1485.00",
            240,
            "Exchange delay report",
        ),
        bounce_exchange_nl,
    ),
    (
        Bounce(
            "b-it-1",
            "it",
            "soft",
            "5.2.2",
            "amministrazione@pizzeriadaluigi-torino.example",
            "Pizzeria da Luigi",
            "2030-01-08 09:47",
            "ce",
            "HOM/4350",
            "530.00",
            2,
            "mailbox full reported with a 5.x code: soft, the code is kept",
        ),
        bounce_exchange_it,
    ),
    (
        Bounce(
            "b-it-2",
            "it",
            "hard",
            "5.1.2",
            "ordini@enotecailbarolo.example",
            "Enoteca Il Barolo",
            "2030-02-01 09:52",
            "ce",
            "HOM/4470",
            "870.00",
            5,
            "domain gone; provider notice in 8-bit Latin-1",
        ),
        bounce_provider_it,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, checks and output
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One finished message with its label and what the checks need."""

    key: str
    msg: Message
    label: dict[str, object]
    new_text: str  # the hand-written text (for replies) or the whole report
    day: date  # the message's date in the sender's time zone
    sent_before: datetime | None = None  # when the answered reminder left
    sent_at: datetime | None = None  # the message's own Date
    extras: tuple[str, ...] = field(default_factory=tuple)


def reply_label(r: Reply) -> dict[str, object]:
    """The labels.jsonl object for a reply (without the file name)."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(FIELD_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in FIELD_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The labels.jsonl object for a delivery report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(FIELD_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_items() -> list[Item]:
    """Every message of the corpus, in spec order."""
    items = [
        Item(
            r.key,
            build_reply(r),
            reply_label(r),
            r.text,
            r.dt.date(),
            reminder_for(r).sent,
            r.dt,
        )
        for r in REPLIES
    ]
    for b, build in BOUNCES:
        msg = build(b)
        items.append(
            Item(
                b.key,
                msg,
                bounce_label(b),
                msg.as_bytes().decode("latin-1"),
                b.dt.date(),
                b.reminder().sent,
                b.dt,
            )
        )
    return items


def file_order(items: list[Item]) -> list[Item]:
    """Order by a seeded hash of the key, so a file name says nothing about its label."""
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}:{item.key}".encode()).hexdigest(),
    )


def fail(where: str, problem: str) -> None:
    """Stop the build with a message."""
    raise SystemExit(f"{where}: {problem}")


def check_parsed(name: str, data: bytes) -> None:
    """Parse a file back with the modern policy: every header and text part must decode
    without defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if not msg.get(header):
            fail(name, f"no {header}")
    for part in msg.walk():
        if part.defects:
            fail(name, f"defects {part.defects} in {part.get_content_type()}")
        for key, value in part.items():
            defects = cast("tuple[object, ...]", getattr(value, "defects", ()))
            if defects:
                fail(name, f"header {key} has defects {defects}")
            str(value)
        if part.get_content_maintype() == "text" and not part.is_multipart():
            content = part.get_content()
            if not isinstance(content, str):
                fail(name, "a text part did not decode to text")


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
AMOUNT = re.compile(r"\d+\.\d{2}")
INVOICE = re.compile(r"HOM/\d{4}")
STATUS = re.compile(r"[245]\.\d{1,3}\.\d{1,3}")
INVOICE_MENTION = re.compile(r"\b(?:HOM\s?/?\s?)?(4[34]\d\d)\b")


def as_day(where: str, value: object) -> date | None:
    """A label date (or None), checked for shape."""
    if value is None:
        return None
    if not isinstance(value, str) or not ISO_DAY.fullmatch(value):
        fail(where, f"bad date {value!r}")
    return date.fromisoformat(str(value))


def check_label(item: Item) -> None:
    """Shape, exclusivity and plausibility of one label."""
    label, where = item.label, item.key
    intent = label["intent"]
    if intent not in INTENTS or label["language"] not in LANGS:
        fail(where, "unknown intent or language")
    allowed = INTENT_FIELDS.get(str(intent), frozenset())
    for key in FIELD_KEYS:
        if label[key] is not None and key not in allowed:
            fail(where, f"{key} filled for {intent}")
    if intent == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"} or not STATUS.fullmatch(
            str(label["bounce_status"])
        ):
            fail(where, "bad bounce fields")
        if str(label["failed_recipient"]) not in item.new_text:
            fail(where, "failed recipient not in the report")
        if str(label["bounce_status"]) not in item.new_text:
            fail(where, "status not in the report")
    if (label["amount"] is None) != (label["currency"] is None):
        fail(where, "amount and currency go together")
    if label["amount"] is not None and not AMOUNT.fullmatch(str(label["amount"])):
        fail(where, f"bad amount {label['amount']!r}")
    if label["currency"] not in {None, "GBP", "EUR"}:
        fail(where, "bad currency")
    paid = as_day(where, label["paid_date"])
    promised = as_day(where, label["promised_date"])
    back = as_day(where, label["return_date"])
    if paid and paid > item.day:
        fail(where, "paid after the message")
    for later in (promised, back):
        if later and later < item.day:
            fail(where, "a future date before the message")
    contact = label["new_contact"]
    if contact is not None and (
        contact != str(contact).lower() or str(contact) not in item.new_text.lower()
    ):
        fail(where, "new_contact must be lower case and written in the message")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(
        isinstance(x, str) and INVOICE.fullmatch(x) for x in refs
    ):
        fail(where, "bad invoice_refs")
    if intent != "bounce":
        written = {f"HOM/{m}" for m in INVOICE_MENTION.findall(item.new_text)}
        if written != set(cast("list[str]", refs)):
            fail(where, f"invoice_refs {refs} but the text mentions {sorted(written)}")
    if item.sent_before and item.sent_at and item.sent_before >= item.sent_at:
        fail(where, "the reminder left after the message")
    if not FIRST_DAY <= item.day <= LAST_DAY:
        fail(where, "date out of range")


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent, the planned spread over languages."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        for lang in LANGS:
            if cells[intent, lang] != planned(intent, lang):
                fail(
                    "counts",
                    f"{intent}/{lang}: {cells[intent, lang]}, planned {planned(intent, lang)}",
                )
    totals = Counter(str(x["language"]) for x in labels)
    if dict(totals) != LANG_TOTALS:
        fail("counts", f"language totals {dict(totals)}")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        fail("counts", f"bounce kinds {dict(kinds)}")


def check_specs() -> None:
    """Cross-message sanity: unique keys, one invoice number per account, offsets."""
    keys = [r.key for r in REPLIES] + [b.key for b, _ in BOUNCES]
    if len(set(keys)) != len(keys):
        fail("specs", "duplicate keys")
    invoices = [r.inv for r in REPLIES] + [b.inv for b, _ in BOUNCES]
    repeated = sorted(inv for inv, n in Counter(invoices).items() if n > 1)
    if repeated:
        fail("specs", f"invoice numbers used twice: {repeated}")
    for r in REPLIES:
        if r.style not in STYLES:
            fail(r.key, f"unknown style {r.style}")
        expected = timedelta(hours=1) if r.where == "ce" else timedelta(0)
        if r.dt.utcoffset() != expected:
            fail(r.key, "offset")


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
    """Build, check and write every file; return the labels in file order."""
    check_specs()
    items = file_order(all_items())
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for number, item in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        check_label(item)
        data = item.msg.as_bytes()
        check_parsed(name, data)
        (HERE / name).write_bytes(data)
        label = {"file": name, **item.label}
        if tuple(label) != LABEL_KEYS:
            fail(name, f"label keys out of order: {tuple(label)}")
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
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
