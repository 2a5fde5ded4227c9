# ruff: noqa: C901, E501, PLR0912, PLW2901, RUF001, RUF002
# Long lines are deliberate: each paragraph of a message sits on one line, as typed, with the
# curly quotes, dashes and accents that real senders and their mail programs produce.
"""Held-out reply corpus 88 for dunmail: builds `h88-001.eml` … `h88-120.eml` and `labels.jsonl`.

Each message reacts to an overdue-invoice reminder from Emberguard Fire Safety's receivables
mailbox: customer replies, out-of-office and ticket notices, payment advices and delivery
failure reports. Everything a person typed is spelled out below, message by message; the code
around it supplies the machinery: the reminder as each mail program quotes it, envelope
headers, MIME layout, charsets and content-transfer encodings, and the machine parts of bounces.

`python3 build_holdout88.py`, started from any directory, rewrites the files beside this script
(same bytes every run), re-parses each file as a check and prints the intent × language table.
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
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "holdout88-20271025"
PREFIX = "h88"
AR_NAME = "Emberguard Receivables"
AR_ADDR = "receivables@emberguard-fire.example"
AR_DOMAIN = "emberguard-fire.example"
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
# The fields each intent may fill; every other field stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
# The intended spread: three English messages per intent, and each other language once in two
# intents and twice in the other eight.
EXPECTED: dict[str, tuple[int, ...]] = {
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
FIRST_DAY = date(2027, 10, 25)
LAST_DAY = date(2027, 11, 19)


# --------------------------------------------------------------------------------------------
# Time zones: UK and central-European local time, with the October 2027 clock change
# --------------------------------------------------------------------------------------------

ZONES = {"uk": (0, 1), "ce": (1, 2)}  # (standard, summer) offsets in hours


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of March or October, when European clocks change."""
    day = date(year, month, 31)
    while day.weekday() != 6:
        day -= timedelta(days=1)
    return day


def summer_time_utc(year: int) -> tuple[datetime, datetime]:
    """Start and end of EU/UK summer time (01:00 UTC on the last Sundays of March and October)."""
    start = datetime.combine(last_sunday(year, 3), datetime.min.time(), UTC)
    end = datetime.combine(last_sunday(year, 10), datetime.min.time(), UTC)
    return start + timedelta(hours=1), end + timedelta(hours=1)


def local_time(stamp: str, zone: str) -> datetime:
    """Parse 'YYYY-MM-DD HH:MM' as wall-clock time in `zone`, with the right UTC offset."""
    naive = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return to_zone(naive, zone, naive=True)


def to_zone(moment: datetime, zone: str, naive: bool = False) -> datetime:
    """Attach (naive=True) or convert to the offset that `zone` uses at that moment."""
    standard, summer = ZONES[zone]
    start, end = summer_time_utc(moment.year)
    if naive:
        as_summer = moment.replace(tzinfo=timezone(timedelta(hours=summer)))
        hours = summer if start <= as_summer < end else standard
        return moment.replace(tzinfo=timezone(timedelta(hours=hours)))
    hours = summer if start <= moment.astimezone(UTC) < end else standard
    return moment.astimezone(timezone(timedelta(hours=hours)))


# --------------------------------------------------------------------------------------------
# Locale tables for the quoted reminder and the mail clients' attribution lines
# --------------------------------------------------------------------------------------------

WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_SHORT = {
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
MONTHS_SHORT = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
# Outlook desktop: separator line, field labels and the "Sent" date layout.
OUTLOOK_DIVIDER = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_FIELDS = {  # From, Sent, To, Subject, separator
    "en": ("From", "Sent", "To", "Subject", ": "),
    "de": ("Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("De", "Envoyé", "À", "Objet", " : "),
    "es": ("De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_SENT = {
    "en": "{d} {monl} {y} {HH}:{mm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
GMAIL_ATTR = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {dd}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
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
# The reminder that every reply answers, as the receivables team writes it in each language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder: invoice {inv} is overdue",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Relance : facture {inv} en attente de règlement",
    "es": "Recordatorio de pago – factura {inv}",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Promemoria di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We can't yet see payment for the invoice below, which has now passed its due date:\n\n"
        "    Invoice {inv}    issued {issued}    due {due}    {amt}\n\n"
        "If the payment is already on its way, just tell us the date it was made and we'll match it up. "
        "Questions about the invoice or about the visit? Reply to this e-mail and someone from the team will pick it up.\n\n"
        "Thank you,\n\n"
        "Receivables team\n"
        "Emberguard Fire Safety Ltd\n"
        "Unit 4, Foundry Park, Leicester  ·  0116 496 0732"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die folgende Rechnung ist das Zahlungsziel inzwischen überschritten, ein Zahlungseingang liegt uns noch nicht vor:\n\n"
        "    Rechnung {inv}    vom {issued}    fällig am {due}    {amt}\n\n"
        "Ist die Zahlung bereits unterwegs, genügt uns ein kurzer Hinweis auf das Zahlungsdatum. "
        "Haben Sie Fragen zur Rechnung oder zum Einsatz unseres Technikers, genügt eine kurze Antwort auf diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Team Forderungsmanagement\n"
        "Emberguard Fire Safety Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Notre comptabilité n'a pas encore enregistré le règlement de la facture ci-dessous, dont l'échéance est dépassée :\n\n"
        "    Facture {inv}    émise le {issued}    échéance {due}    {amt}\n\n"
        "Si le paiement est déjà parti, il nous suffit d'en connaître la date pour le rapprocher. "
        "Un doute sur la facture ou sur le passage de notre technicien ? Il suffit de répondre à ce courriel.\n\n"
        "Bien cordialement,\n\n"
        "Service recouvrement\n"
        "Emberguard Fire Safety Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Todavía no nos consta el pago de la siguiente factura, cuyo vencimiento ya ha pasado:\n\n"
        "    Factura {inv}    del {issued}    vence el {due}    {amt}\n\n"
        "Si el pago ya está en camino, basta con que nos indiquen la fecha en que se hizo. "
        "Si tienen cualquier duda sobre la factura o sobre la visita de nuestro técnico, respondan a este correo.\n\n"
        "Un saludo cordial,\n\n"
        "Departamento de cobros\n"
        "Emberguard Fire Safety Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij hebben voor de onderstaande factuur nog geen betaling ontvangen, terwijl de vervaldatum inmiddels is verstreken:\n\n"
        "    Factuur {inv}    datum {issued}    vervaldatum {due}    {amt}\n\n"
        "Is de betaling al onderweg, dan horen we graag op welke datum die is gedaan. "
        "Heeft u vragen over de factuur of over het werk van onze monteur, reageer dan op deze mail.\n\n"
        "Vriendelijke groet,\n\n"
        "Team debiteurenbeheer\n"
        "Emberguard Fire Safety Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri archivi risulta ancora da saldare la seguente fattura, già scaduta:\n\n"
        "    Fattura {inv}    emessa il {issued}    scadenza {due}    {amt}\n\n"
        "Se il pagamento è già stato disposto, vi chiediamo soltanto di comunicarci la data. "
        "Per qualsiasi domanda sulla fattura o sull'intervento del nostro tecnico scriveteci pure rispondendo a questo messaggio.\n\n"
        "Un cordiale saluto,\n\n"
        "Ufficio crediti\n"
        "Emberguard Fire Safety Ltd"
    ),
}
DATE_LAYOUT = {
    "en": "{dd}/{mo}/{y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
# Characters a Latin-1 client cannot send, and what such a client puts instead.
LATIN1_FIXES = {"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "…": "..."}


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


def para(*lines: str) -> str:
    """Join hand-written lines into a message body (one paragraph a line, '' for a blank line)."""
    return "\n".join(lines)


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """The non-default label fields of one message; `refs` lists the EG numbers its sender typed."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key, so every id and default value is reproducible."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """A base32 token derived from the key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def default_invoice(key: str) -> str:
    """An invoice number in Emberguard's EG-NNNNN-X form, derived from the key."""
    raw = digest(key, "invoice")
    return f"EG-{30000 + int.from_bytes(raw[:4], 'big') % 19000:05d}-{'ABCDE'[raw[4] % 5]}"


def default_amount(key: str) -> str:
    """An invoice amount between 145.00 and 2744.99, derived from the key."""
    cents = 14500 + int.from_bytes(digest(key, "amount")[:4], "big") % 260000
    return f"{cents // 100}.{cents % 100:02d}"


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer's side, and its labels.

    `when` is wall-clock time in `zone` ('uk' or 'ce'); `rlang` is the reminder's language when
    it differs from the reply's; `inv` and `amt` are the invoice and amount of the reminder.
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    zone: str = ""
    rlang: str = ""
    inv: str = ""
    amt: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    cc: str = ""
    attach: tuple[str, bytes] | None = None
    quoted: bool = True
    html: str = ""

    @property
    def tz(self) -> str:
        """The sender's zone: UK for English writers unless set otherwise, else central Europe."""
        return self.zone or ("uk" if self.lang == "en" else "ce")

    @property
    def dt(self) -> datetime:
        """The Date: of the message, with the sender's UTC offset."""
        return local_time(self.when, self.tz)

    @property
    def reminder_lang(self) -> str:
        """The language the reminder was written in."""
        return self.rlang or self.lang

    @property
    def currency(self) -> str:
        """UK customers are billed in pounds, the others in euros."""
        return "GBP" if self.tz == "uk" else "EUR"

    @property
    def invoice(self) -> str:
        """The reminder's invoice number (derived from the key unless the text needs one)."""
        return self.inv or default_invoice(self.key)

    @property
    def amount(self) -> str:
        """The reminder's amount (derived from the key unless the text needs one)."""
        return self.amt or default_amount(self.key)


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    """Every piece a date layout template may use, in the locale `loc`."""
    wd, mo = dt.weekday(), dt.month - 1
    return {
        "wdl": WEEKDAYS[loc].split()[wd],
        "wds": WEEKDAYS_SHORT[loc].split()[wd],
        "monl": MONTHS[loc].split()[mo],
        "mons": MONTHS_SHORT[loc].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "mm": f"{dt.minute:02d}",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    """Fill a locale date template."""
    return template.format(**date_fields(loc, dt), **extra)


def money(value: str, currency: str, lang: str) -> str:
    """An amount the way the reminder prints it in `lang`."""
    units, cents = value.split(".")
    groups = f"{int(units):,}"
    if lang == "en":
        return f"{'£' if currency == 'GBP' else '€'}{groups}.{cents}"
    sep = {"fr": " "}.get(lang, ".")
    local = groups.replace(",", sep) + "," + cents
    sign = "£" if currency == "GBP" else "€"
    return f"{sign} {local}" if lang in {"nl", "it"} else f"{local} {sign}"


def previous_working_day(day: datetime, back: int) -> datetime:
    """`back` days earlier, stepping further back over a weekend."""
    day -= timedelta(days=back)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def reminder_sent(reply: Reply) -> datetime:
    """The reminder's send time, shown in the sender's zone: one to three working days earlier, a few minutes past 09:00 in Leicester."""
    uk_day = to_zone(reply.dt, "uk")
    back = 1 + digest(reply.key, "lag")[0] % 3
    day = previous_working_day(uk_day, back)
    sent = day.replace(hour=9, minute=1 + digest(reply.key, "minute")[0] % 9, second=0)
    return to_zone(to_zone(sent.replace(tzinfo=None), "uk", naive=True), reply.tz)


def latin1_safe(text: str) -> str:
    """What a Latin-1 client makes of characters it cannot encode."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    text = re.sub(r"€ ?(?=\d)", "EUR ", text)
    return text.replace("€", "EUR")


def fits(text: str, charset: str) -> str:
    """Adapt quoted text to the reply's charset, as the sending client would."""
    if charset in {"iso-8859-1", "iso-8859-15"}:
        return latin1_safe(text)
    return text


def quote_lines(text: str) -> str:
    """Quote with '> ' the way Gmail, Apple Mail and Thunderbird do."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Plain lines as HTML with <br>."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """Blank-line separated paragraphs as <p> elements."""
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def mso_paragraphs(text: str) -> str:
    """Lines as Word's `MsoNormal` paragraphs."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def wrap_flowed(line: str, width: int = 72) -> list[str]:
    """Split one long line into format=flowed pieces; every piece but the last ends in a space."""
    if len(line) <= width:
        return [line]
    words = line.split(" ")
    pieces: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current}{word} "
        if current and len(candidate) > width:
            pieces.append(current)
            current = f"{word} "
        else:
            current = candidate
    pieces.append(current.rstrip(" "))
    return pieces


def flowed(text: str) -> str:
    """Encode text as RFC 3676 format=flowed: soft breaks, quote depth kept, space stuffing."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip(" ") if line != "-- " else line
        depth = len(line) - len(line.lstrip(">"))
        if depth:
            prefix = ">" * depth
            content = line[depth:].removeprefix(" ")
            out.extend(
                f"{prefix} {piece}" if piece else prefix
                for piece in wrap_flowed(content, 72 - depth)
            )
            continue
        for piece in wrap_flowed(line):
            out.append(" " + piece if piece.startswith((" ", "From ")) else piece)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """Charset `name` with the body encoding picked for this message (QP, base64 or none)."""
    charset = cs.Charset(name)
    # None means 7bit/8bit (no transfer encoding); typeshed types body_encoding as int only.
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": None, "7bit": None}[cte]  # type: ignore[assignment]
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/<subtype> part; encoding fails loudly when the text needs characters the charset lacks."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """A header value as the client encodes it (RFC 2047 encoded words when not ASCII)."""
    if value.isascii():
        return value
    enc = charset if charset != "us-ascii" else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    """A From/To address; a display name with accents goes out as RFC 2047 encoded words."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset, 'From')} <{addr}>"


def content_headers_last(msg: Message) -> None:
    """Put MIME-Version and the Content-* headers after From/To/Subject, in the usual order."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def strip_part_versions(part: Message, root: bool = True) -> None:
    """Drop MIME-Version from body parts; keep it on the outer message and on enclosed messages."""
    if not root:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


BOUNDARY_PREFIX = {
    "gmail": "0000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "outlook": "_000_",
    "bounce": "----=_NextPart_",
}


def fix_boundaries(msg: Message, key: str, family: str) -> None:
    """Boundaries derived from the key, with each program's usual prefix."""
    prefix = BOUNDARY_PREFIX.get(family, "------------")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 24))


def finalize(msg: Message, key: str, family: str) -> Message:
    """Last touches before output: header order, MIME-Version, boundaries."""
    content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key, family)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder being answered, and what each mail client wraps around the new text
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(lang: str, inv: str, amount: str, currency: str, sent: datetime) -> str:
    """The reminder's body, with invoice dates set well before it was sent."""
    due = (sent - timedelta(days=12 + sent.day % 9)).date()
    issued = due - timedelta(days=30)
    layout = DATE_LAYOUT[lang]
    return REMINDER_BODY[lang].format(
        inv=inv,
        amt=money(amount, currency, lang),
        issued=layout.format(dd=f"{issued.day:02d}", mo=f"{issued.month:02d}", y=issued.year),
        due=layout.format(dd=f"{due.day:02d}", mo=f"{due.month:02d}", y=due.year),
    )


def reminder_msgid(key: str) -> str:
    """The Message-ID dunmail gave the reminder."""
    return f"<dunmail.{b32(key, 'reminder', 20).lower()}@{AR_DOMAIN}>"


@dataclass(frozen=True)
class Quote:
    """What a reply quotes: the reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    """The quoted reminder for a reply, in the reply's charset and the client's locale."""
    sent = reminder_sent(r)
    text = reminder_text(r.reminder_lang, r.invoice, r.amount, r.currency, sent)
    subject = reminder_subject(r.reminder_lang, r.invoice)
    to = formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>"
    return Quote(fits(text, r.charset), fits(subject, r.charset), sent, r.lang, fits(to, r.charset))


def outlook_block(q: Quote) -> list[str]:
    """Outlook's From/Sent/To/Subject header block above the quoted text."""
    frm, sent, to, subj, sep = OUTLOOK_FIELDS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(OUTLOOK_SENT[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def alternative(r: Reply, text: str, markup: str) -> Message:
    """multipart/alternative with a plain and an HTML part in the reply's charset."""
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised 'Original Message' divider."""
    block = "\n".join([OUTLOOK_DIVIDER[q.loc], *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup and the grey divider above the quoted header block."""
    labels = OUTLOOK_FIELDS[q.loc]
    sep = labels[4]
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for label, line in zip(labels[:4], outlook_block(q), strict=True)
    )
    lang = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Style Definitions */\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
        'span.EmailStyle19 {mso-style-type:personal-reply; font-family:"Calibri",sans-serif; color:windowtext;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n"
        f'</head>\n<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML mail: multipart/alternative, the plain part without a divider line."""
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as text/html alone."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def gmail_attr(q: Quote) -> str:
    """Gmail's attribution line in the replying user's language."""
    return fmt(GMAIL_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative with the `gmail_quote` block."""
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(r, text, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    return text_part(
        f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def apple_attr(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return fmt(APPLE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: the localised signature, then the attribution inside the quote."""
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return text_part(
        f"{r.body}\n\n{IPHONE_SIGNATURE[q.loc]}\n\n{quoted}\n", "plain", r.charset, r.cte
    )


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: attribution directly above the quote; format=flowed."""
    attr = fmt(THUNDERBIRD_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    text = flowed(f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n")
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: base64 plain text, localised footer and an underscore rule."""
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIGNATURE[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_notice(r: Reply, q: Quote) -> Message:
    """Automatic notices and system mail: the text alone, nothing quoted."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_notice_alt(r: Reply, q: Quote) -> Message:
    """An automatic notice sent as plain text plus simple HTML."""
    del q
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>'
        f"<body>{html_paragraphs(r.body)}</body></html>\n"
    )
    return alternative(r, r.body + "\n", markup)


def style_notice_html(r: Reply, q: Quote) -> Message:
    """A system notice written as HTML only (the HTML is hand-written in `Reply.html`)."""
    del q
    return text_part(r.html, "html", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "apple": style_apple,
    "iphone": style_iphone,
    "thunderbird": style_thunderbird,
    "android": style_android,
    "notice": style_notice,
    "notice_alt": style_notice_alt,
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "android"}
NOTICE_STYLES = {"notice", "notice_alt", "notice_html"}
STYLE_FAMILY = {"gmail": "gmail", "gmail_plain": "gmail", "apple": "apple", "iphone": "iphone"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23B85)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird 140.4.0esr"),),
    "android": (("X-Mailer", "Outlook for Android"),),
}


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the client's, derived from the key."""
    domain = r.who[1].split("@")[1]
    raw = digest(r.key, "message-id")
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY or r.style == "notice_alt":
        return f"<{b32(r.key, 'ms', 28)}@{b32(r.key, 'host', 8)}.EURP195.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:16]}.{raw.hex()[16:24]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The reply's subject: the client's prefix, or a subject the sender typed."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def build_reply(r: Reply) -> Message:
    """The full message for one hand-written reply or notice."""
    q = make_quote(r)
    msg = STYLES[r.style](r, q)
    if r.attach is not None:
        outer = MIMEMultipart("mixed")
        outer.attach(msg)
        name, data = r.attach
        pdf = MIMEApplication(data, "pdf")
        pdf.add_header("Content-Disposition", "attachment", filename=name)
        outer.attach(pdf)
        msg = outer
    msg["From"] = address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.quoted:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra: list[tuple[str, str]] = []
    if r.style in OUTLOOK_FAMILY:
        extra = [
            ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
            ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
            ("Content-Language", CONTENT_LANGUAGE[r.lang]),
            ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ]
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    family = (
        "outlook"
        if r.style in OUTLOOK_FAMILY | {"notice_alt"}
        else STYLE_FAMILY.get(r.style, "other")
    )
    return finalize(msg, r.key, family)


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\nxref\n0 3\ntrailer<</Size 3/Root 1 0 R>>\n%%EOF\n"
)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gary Whitlock", "gary@whitlockjoinery.example"),
        "2027-11-09 12:41",
        "iphone",
        "Paid.",
        lab(
            note="a single word typed on a phone under a payment reminder: claims payment, gives no date"
        ),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Harwood Property Services - Accounts Payable", "ap.remittances@harwoodps.example"),
        "2027-11-04 06:12",
        "notice_html",
        "",
        lab(
            ("EG-31877-B", "EG-31940-B"),
            paid_date="2027-11-04",
            payment_reference="HPS-PAY-0087731",
            amount="1710.60",
            currency="GBP",
            note="AP-system remittance advice, HTML only, quotes nothing; the total of both lines is the amount paid; the address for payment queries does not make it wrong_contact",
        ),
        subject="Remittance Advice - Payment HPS-PAY-0087731",
        quoted=False,
        headers=(("X-Mailer", "PayRun Notifier 4.2"),),
        html=(
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n'
            '<h2 style="font-size:14pt">REMITTANCE ADVICE</h2>\n'
            "<p>Harwood Property Services plc<br>Accounts Payable<br>PO Box 7719, Nottingham NG1 9ZZ</p>\n"
            "<p>To: Emberguard Fire Safety Ltd<br>Supplier no.: 204417</p>\n"
            "<p>We have made a payment to your account as detailed below. Please allow up to three working days for the funds to clear.</p>\n"
            '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">\n'
            "<tr><td><b>Payment date</b></td><td>04/11/2027</td></tr>\n"
            "<tr><td><b>Payment method</b></td><td>BACS</td></tr>\n"
            "<tr><td><b>Payment reference</b></td><td>HPS-PAY-0087731</td></tr>\n"
            "</table>\n<br>\n"
            '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">\n'
            "<tr><th>Your invoice no.</th><th>Our document</th><th>Invoice date</th><th>Amount (GBP)</th></tr>\n"
            '<tr><td>EG-31877-B</td><td>PI-558210</td><td>14/09/2027</td><td align="right">1,284.00</td></tr>\n'
            '<tr><td>EG-31940-B</td><td>PI-558377</td><td>21/09/2027</td><td align="right">426.60</td></tr>\n'
            '<tr><td colspan="3"><b>Total paid</b></td><td align="right"><b>1,710.60</b></td></tr>\n'
            "</table>\n"
            "<p>This notification was generated automatically. Replies to this address are not read. "
            "For queries about this payment please contact ap.queries@harwoodps.example quoting the payment reference.</p>\n"
            "</body></html>\n"
        ),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Helen Carver", "h.carver@millbrookdental.example"),
        "2027-11-02 16:48",
        "outlook_html",
        para(
            "Hi there,",
            "",
            "Thanks for your email. Before I forget, can I just say your engineer Callum was lovely when he came out to do the extinguishers last month – the patients in the waiting room were asking him all sorts and he was very patient with them. He did mention that the CO2 one in the compressor room will need replacing next year, so if you could make a note of that on our file that would be great.",
            "",
            "With regard to the invoice, I'm sorry this has dragged on. We changed our practice management software in September and a few supplier invoices fell through the cracks while everything was being moved across. I paid yours on Friday afternoon along with a couple of others, by bank transfer, so it should have reached you by now, but do shout if it hasn't turned up. Also, our principal dentist has asked whether you do fire risk assessments as well, as ours is due for renewal in January – if you do, could someone give me a ring on 0115 496 0218 to talk about prices?",
            "",
            "Many thanks,",
            "",
            "Helen Carver",
            "Practice Manager",
            "Millbrook Dental Care",
        ),
        lab(
            paid_date="2027-10-29",
            note="long reply with the payment buried in the middle; 'Friday' is the Friday before Tue 2 Nov",
        ),
        charset="windows-1252",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Jürgen Pfaff", "j.pfaff@pfaff-metallbau.example"),
        "2027-11-11 07:52",
        "android",
        "Erledigt. Ist gestern raus.\n\nGruß J. Pfaff",
        lab(
            paid_date="2027-11-10",
            note="'erledigt' answering a payment reminder = paid; the transfer went out the day before",
        ),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Sandrine Aubert", "comptabilite@lemoine-gestion.example"),
        "2027-10-28 14:20",
        "outlook",
        para(
            "Madame, Monsieur,",
            "",
            "Nous accusons réception de votre relance concernant la facture EG-40213-C, relative à la vérification annuelle des extincteurs de la résidence « Les Tilleuls ».",
            "",
            "Nous vous informons que ce règlement, d’un montant de 1 248,00 €, a été effectué par virement le 26/10/2027 sous la référence VIR-SYN-0448217. Nos courriers se sont vraisemblablement croisés.",
            "",
            "Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.",
            "",
            "Sandrine Aubert",
            "Comptable copropriétés",
            "Cabinet Lemoine Gestion – Syndic de copropriété",
        ),
        lab(
            ("EG-40213-C",),
            paid_date="2027-10-26",
            payment_reference="VIR-SYN-0448217",
            amount="1248.00",
            currency="EUR",
            note="property manager (syndic), very formal",
        ),
        inv="EG-40213-C",
        amt="1248.00",
        charset="windows-1252",
        headers=(XARS,),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Boulangerie Fournier", "boulangerie.fournier@orange.fr"),
        "2027-11-16 08:05",
        "iphone",
        "C’est réglé depuis hier soir. Bonne journée\nEric",
        lab(paid_date="2027-11-15", note="'since last night': paid the day before"),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Marta Iglesias", "marta@clinicaveterinariasol.example"),
        "2027-11-15 10:30",
        "gmail",
        "Hola,\n\nYa está pagada. Hicimos la transferencia el viernes pasado, te adjunto el justificante del banco.\n\nUn saludo,\nMarta",
        lab(
            paid_date="2027-11-12",
            note="bank proof attached as a PDF; 'el viernes pasado' from Mon 15 Nov",
        ),
        attach=("justificante_transferencia.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Nuria Pons", "contabilidad@navarropons-asesores.example"),
        "2027-11-05 13:10",
        "outlook_html",
        para(
            "Estimados señores:",
            "",
            "Les escribimos en nombre de nuestro cliente, Talleres Mecánicos Ruiz, S.L., cuya contabilidad llevamos desde esta asesoría.",
            "",
            "Les confirmamos que hoy mismo hemos ordenado la transferencia de 612,50 € correspondiente a la factura EG-38815-D. En el concepto figura el número de factura para que puedan identificarla sin problema.",
            "",
            "Reciban un cordial saludo,",
            "",
            "Nuria Pons",
            "Departamento contable",
            "Navarro & Pons Asesores",
        ),
        lab(
            ("EG-38815-D",),
            paid_date="2027-11-05",
            amount="612.50",
            currency="EUR",
            note="accountancy firm paying for its client; a transfer ordered today counts as sent",
        ),
        inv="EG-38815-D",
        amt="612.50",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Lotte Hendriks", "lotte@kapsalonlotte.example"),
        "2027-11-03 19:22",
        "gmail",
        "Hoi,\n\nDie is vorige week al betaald hoor. Kunnen jullie me wel even een kopie van de factuur mailen? Ik kan hem nergens meer vinden en de boekhouder wil hem hebben.\n\nGroetjes, Lotte",
        lab(
            note="paid, plus a copy for the books; the copy is no condition for paying, so payment_sent; 'vorige week' is not one day"
        ),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Gemeente Waalhoven", "betaaladvies@waalhoven.example"),
        "2027-11-09 05:40",
        "notice",
        para(
            "BETAALADVIES",
            "",
            "Geachte leverancier,",
            "",
            "Gemeente Waalhoven heeft de onderstaande betaling aan u verricht.",
            "",
            "Crediteurnummer:     300871",
            "Betaaldatum:         09-11-2027",
            "Betalingskenmerk:    GW-2027-0458812",
            "",
            "Factuurnummer    Factuurdatum    Bedrag",
            "EG-41106-E       22-09-2027      € 2.964,50",
            "EG-41107-E       22-09-2027      €   380,25",
            "",
            "Totaal overgemaakt:  € 3.344,75",
            "",
            "Dit bericht is automatisch aangemaakt. Op dit adres kunt u niet reageren. Vragen over deze betaling kunt u stellen via het Klant Contact Centrum van de gemeente; vermeld daarbij altijd het betalingskenmerk.",
        ),
        lab(
            ("EG-41106-E", "EG-41107-E"),
            paid_date="2027-11-09",
            payment_reference="GW-2027-0458812",
            amount="3344.75",
            currency="EUR",
            note="municipality's payment advice with Auto-Submitted: still a payment, not an auto-reply",
        ),
        subject="Betaaladvies Gemeente Waalhoven - kenmerk GW-2027-0458812",
        quoted=False,
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Luca Ferri", "luca.ferri@ferri-impianti.example"),
        "2027-11-17 11:25",
        "gmail",
        "Buongiorno,\n\nil bonifico è partito stamattina, vi giro il CRO: 59123847601. Scusate il ritardo, avevamo la fattura in sospeso per un errore nostro.\n\nLuca Ferri\nFerri Impianti srl",
        lab(
            paid_date="2027-11-17",
            payment_reference="59123847601",
            note="'stamattina': the message date",
        ),
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Dott.ssa Elena Rossetti", "studio@rossetti-amministrazioni.example"),
        "2027-10-25 15:37",
        "thunderbird",
        para(
            "Gentili signori,",
            "",
            "la fattura in oggetto risulta pagata il 22/10 con bonifico dal conto corrente del Condominio Via Marconi 14. Vi preghiamo di verificare i vostri incassi prima di inviare ulteriori solleciti.",
            "",
            "Distinti saluti",
            "",
            "Dott.ssa Elena Rossetti",
            "Studio Amministrazioni Rossetti",
        ),
        lab(
            paid_date="2027-10-22",
            note="'22/10' in the Italian day/month order; no year, the most recent 22 October",
        ),
        charset="iso-8859-1",
        cte="8bit",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Sophie Marsh", "sophie@marshlowe-architects.example"),
        "2027-11-12 18:03",
        "iphone",
        "Hi, I'm on leave until Tuesday so sorry for the slow reply, I only check emails on my phone now and then. I'll pay this on Wednesday when I'm back in – I'm the only one with access to the bank.\n\nThanks\nSophie",
        lab(
            promised_date="2027-11-17",
            note="written by a person on leave although the subject says 'out of office'; Wednesday after Fri 12 Nov",
        ),
        subject="Out of office until Tuesday",
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        (
            "Accounts Payable - Castlegate Retail Group",
            "accounts.payable@castlegate-retail.example",
        ),
        "2027-11-03 11:17",
        "outlook_html",
        para(
            "Good morning,",
            "",
            "Thank you for your reminder. Invoice EG-35521-A for £3,480.00 has now been approved and has been included in Friday's payment run, so the funds should reach your account early next week.",
            "",
            "Kind regards,",
            "",
            "Dominic Reeves",
            "Accounts Payable Team",
            "Castlegate Retail Group",
        ),
        lab(
            ("EG-35521-A",),
            promised_date="2027-11-05",
            amount="3480.00",
            currency="GBP",
            note="past tense ('approved', 'has been included') for a payment that happens on Friday 5 Nov",
        ),
        inv="EG-35521-A",
        amt="3480.00",
        headers=(XARS,),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Dev Chauhan", "devchauhan.lettings@gmail.com"),
        "2027-11-05 17:52",
        "gmail_plain",
        "will pay next thursday when the rent from the tenants comes in sorry for delay",
        lab(
            promised_date="2027-11-11",
            note="landlord on his phone, no punctuation; 'next thursday' written on a Friday is the coming Thursday",
        ),
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Birgit Hoffmann", "b.hoffmann@autohaus-brenner.example"),
        "2027-11-09 10:44",
        "outlook",
        "Guten Tag,\n\nIhre Rechnung liegt uns vor und ist sachlich geprüft. Die Zahlung erfolgt in KW 47.\n\nMit freundlichen Grüßen\n\nBirgit Hoffmann\nBuchhaltung\nAutohaus Brenner GmbH & Co. KG",
        lab(
            promised_date="2027-11-22",
            note="answers an English-language reminder in German; 'KW 47' resolved to the Monday of ISO week 47",
        ),
        rlang="en",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Pflegedienst Lindenhof", "verwaltung@pflegedienst-lindenhof.example"),
        "2027-11-08 13:05",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\nwir haben die Rechnung bisher NICHT bezahlt, weil unser Geschäftsführer bis gestern im Urlaub war und alle Zahlungen über 1.000 € persönlich freigeben muss. Das holen wir jetzt nach – Sie haben das Geld spätestens am Freitag auf dem Konto.\n\nMit freundlichen Grüßen\ni. A. Melanie Koch\nVerwaltung",
        lab(
            promised_date="2027-11-12",
            note="negation with a reason, then a promise; 'spätestens am Freitag' after Mon 8 Nov",
        ),
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Philippe Dubois", "p.dubois@imprimerie-dubois.example"),
        "2027-11-08 09:31",
        "apple",
        "Bonjour,\n\nJe n’ai pas tout compris de votre message en néerlandais, mais je suppose qu’il s’agit de la facture pour l’entretien des extincteurs de l’atelier. Elle sera payée fin de mois avec les autres fournisseurs.\n\nBien à vous,\nPhilippe Dubois\nImprimerie Dubois SRL – Bruxelles",
        lab(
            promised_date="2027-11-30",
            note="Brussels customer answering a Dutch reminder in French; 'fin de mois' = last day of November",
        ),
        rlang="nl",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Javier Ortega", "javier.ortega@hostalelfaro.example"),
        "2027-11-10 12:58",
        "gmail",
        "Hola,\n\nSí, la tenemos. La pagaremos a finales de mes, que es cuando hacemos los pagos a proveedores.\n\nSaludos,\nJavier\nHostal El Faro",
        lab(promised_date="2027-11-30", note="'a finales de mes' = last day of the month"),
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Dani", "dani.gymfuerte@yahoo.es"),
        "2027-11-09 22:14",
        "iphone",
        "perdona se me paso lo pago el 15 sin falta",
        lab(
            promised_date="2027-11-15",
            note="mobile, no accents or punctuation; 'el 15' is the coming 15th",
        ),
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Ruud Verbeek", "r.verbeek@verbeek-installatie.example"),
        "2027-11-02 15:26",
        "outlook_html",
        "Goedemiddag,\n\nUw factuur staat klaar voor de volgende betaalronde; over twee weken wordt het volledige bedrag overgemaakt.\n\nMet vriendelijke groet,\n\nRuud Verbeek\nVerbeek Installatietechniek B.V.",
        lab(promised_date="2027-11-16", note="'over twee weken' = fourteen days after Tue 2 Nov"),
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Sanne de Wit", "sanne@yogastudiodewit.example"),
        "2027-11-18 21:40",
        "iphone",
        "Nog niet betaald, sorry! Doe ik morgen 🙏",
        lab(promised_date="2027-11-19", note="'not yet' then 'tomorrow'"),
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Amministrazione Hotel Miramonti", "amministrazione@hotelmiramonti-bormio.example"),
        "2027-10-27 16:12",
        "outlook",
        "Buongiorno,\n\nabbiamo ricevuto il vostro sollecito. La fattura è stata inserita nella distinta dei pagamenti e verrà saldata entro fine mese.\n\nCordiali saluti\n\nSilvia Pedrotti\nAmministrazione – Hotel Miramonti",
        lab(
            promised_date="2027-10-31",
            note="'entro fine mese' written on 27 Oct: the last day of October",
        ),
        charset="windows-1252",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Farmacia San Rocco", "farmaciasanrocco.ordini@libero.it"),
        "2027-11-15 09:48",
        "gmail",
        "Buongiorno,\nnon l'abbiamo ancora pagata perché il titolare è stato fuori per due settimane e firma solo lui i bonifici. La paghiamo venerdì 19/11, ve lo confermo io quando parte.\nGrazie e scusate\nAnna",
        lab(
            promised_date="2027-11-19",
            note="negated payment with a reason (not a dispute) and a dated promise in day/month order",
        ),
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Mark Ellison", "site.manager@fernhill-primary.example"),
        "2027-11-01 08:36",
        "outlook",
        para(
            "Hi,",
            "",
            "We paid EG-31877-B (the annual extinguisher service) last week, that one's fine.",
            "",
            "EG-31902-B is a different matter. It's a £145 call-out charge for 14 October but nobody turned up – I was on site from 7.30 and waited until lunchtime, and when I rang your office I was told the engineer had been sent to another job. I'm not paying a call-out for a visit that didn't happen. Please cancel it or send us a credit note.",
            "",
            "Mark Ellison",
            "Site Manager",
            "Fernhill Primary Academy",
        ),
        lab(
            ("EG-31877-B", "EG-31902-B"), note="one invoice paid, the other disputed: dispute wins"
        ),
        inv="EG-31902-B",
        amt="145.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Priya Natarajan", "p.natarajan@brookfield-logistics.example"),
        "2027-10-26 14:09",
        "outlook_html",
        para(
            "Dear Receivables Team,",
            "",
            "Invoice EG-36604-A is on hold and will not be paid in its current form.",
            "",
            "The rate charged for the emergency lighting inspection (£9.50 per fitting) is not the rate in our framework agreement, which is £7.20 per fitting for 2027. The quantity of 212 fittings is also higher than the 188 recorded on our asset register for the Derby site.",
            "",
            "Please check both points and send us a credit note covering the overcharge. We can release the corrected amount once that is on our system.",
            "",
            "Regards,",
            "",
            "Priya Natarajan",
            "Accounts Payable Analyst",
            "Brookfield Logistics UK Ltd",
        ),
        lab(
            ("EG-36604-A",),
            note="rate and quantity contested by a large firm's AP; the conditional payment is secondary",
        ),
        inv="EG-36604-A",
        amt="2014.00",
        charset="windows-1252",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Lorna Fitzgerald", "lorna@littleacorns-nursery.example"),
        "2027-10-28 20:15",
        "gmail",
        "We have NOT paid this and won't be paying it until the fire risk assessment is redone. The report you sent has the wrong building in it (it describes a three-storey office, we're a single-storey nursery) and half the recommendations don't apply to us. Our insurer won't accept it.\n\nSort the report out and then we can talk about the invoice.\n\nLorna Fitzgerald\nLittle Acorns Day Nursery",
        lab(note="emphatic negation; the reason is a defective report, so dispute"),
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Ute Kornblum (Bäckerei Kornblum)", "kornblum@baeckerei-kornblum.example"),
        "2027-10-29 11:02",
        "outlook",
        para(
            "Sehr geehrte Damen und Herren,",
            "",
            "in Ihrer Rechnung EG-44190-C werden 14 Feuerlöscher zur Wartung berechnet. In unserem Betrieb gibt es aber nur 9 Feuerlöscher, das steht auch so im Prüfbuch, das Ihr Techniker am 6. Oktober abgezeichnet hat.",
            "",
            "Bitte korrigieren Sie die Rechnung. Den Betrag für 9 Geräte überweisen wir, sobald die korrigierte Rechnung vorliegt.",
            "",
            "Mit freundlichen Grüßen",
            "Ute Kornblum",
            "Bäckerei Kornblum",
        ),
        lab(
            ("EG-44190-C",),
            note="quantity contested; paying the undisputed part later does not make it a plan",
        ),
        inv="EG-44190-C",
        charset="iso-8859-1",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Tobias Lang", "tobias.lang@lang-elektro.example"),
        "2027-11-16 17:31",
        "android",
        "hallo, die rechnung ist doppelt. die brandmelderwartung für september habt ihr schon mit eg43018c abgerechnet und die ist auch bezahlt. bitte stornieren\n\ngruß tobias",
        lab(
            ("EG-43018-C",),
            note="double billing, all lower case; the payment it mentions belongs to the earlier invoice",
        ),
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Claire Mathieu", "direction@autoecole-mathieu.example"),
        "2027-11-04 10:27",
        "outlook_html",
        "Bonjour,\n\nJe conteste la facture EG-39977-B. Votre technicien est resté à peine vingt minutes sur place pour la vérification de l’alarme incendie, et vous nous facturez trois heures de main-d’œuvre plus un déplacement.\n\nJe veux bien régler ce qui a réellement été fait, mais certainement pas ce montant.\n\nCordialement,\n\nClaire Mathieu\nDirectrice – Auto-école Mathieu",
        lab(("EG-39977-B",), note="labour hours contested"),
        inv="EG-39977-B",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Gilles Perret", "g.perret@perret-menuiserie.example"),
        "2027-10-27 18:40",
        "thunderbird",
        "Messieurs,\n\nNotre contrat de maintenance a été résilié par lettre recommandée du 14 juin 2027, avec effet au 30 septembre. La facture que vous nous réclamez porte sur le trimestre d'octobre à décembre : elle n'a donc pas lieu d'être.\n\nJe vous remercie de l'annuler et de nous adresser un avoir.\n\nSalutations,\n\nG. Perret\nGérant, Perret Menuiserie SARL",
        lab(note="billed after the contract ended"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Jorge Salinas", "jsalinas@salinas-fincas.example"),
        "2027-11-11 17:20",
        "outlook",
        para(
            "Buenas tardes:",
            "",
            "No vamos a abonar la factura EG-42751-D. La revisión anual de los extintores del garaje de la comunidad no se ha realizado: el conserje estuvo toda la mañana del día acordado y nadie de su empresa se presentó. Los extintores siguen con la etiqueta del año pasado.",
            "",
            "Quedamos a la espera de que anulen la factura o de que vengan a hacer la revisión.",
            "",
            "Atentamente,",
            "",
            "Jorge Salinas",
            "Administrador de fincas colegiado",
        ),
        lab(
            ("EG-42751-D",),
            note="service never carried out; property administrator for a residents' association",
        ),
        inv="EG-42751-D",
        charset="windows-1252",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Femke Bos", "f.bos@boskuipers-advocaten.example"),
        "2027-11-05 14:51",
        "outlook_html",
        "Goedemiddag,\n\nEr klopt iets niet aan deze factuur. Wij hebben een onderhoudscontract met een vaste prijs van € 95 per kwartaal, inclusief voorrijkosten, maar er worden nu voorrijkosten én een uurtarief in rekening gebracht.\n\nGraag ontvangen wij een creditnota en een nieuwe factuur volgens het contract.\n\nMet vriendelijke groet,\n\nFemke Bos\nOfficemanager\nBos & Kuipers Advocaten",
        lab(
            note="charged outside a fixed-price contract; the credit note request belongs to the dispute"
        ),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Kees van Dam", "kees@garagevandam.example"),
        "2027-11-15 16:02",
        "iphone",
        "wij betalen dit niet de brandmeldcentrale geeft nog steeds storing sinds jullie monteur er was eerst maken dan betalen",
        lab(note="no punctuation; the work did not fix the fault"),
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Ufficio Tecnico IC Pascoli", "ufficiotecnico@icpascoli-cremona.example"),
        "2027-11-10 12:15",
        "outlook",
        para(
            "Spett.le Emberguard Fire Safety,",
            "",
            "in riferimento al Vostro sollecito, Vi comunichiamo che non procederemo al pagamento della fattura EG-45320-E.",
            "",
            "La verifica semestrale degli estintori e delle porte tagliafuoco non risulta eseguita: il registro antincendio non è stato compilato né firmato e nessuno del personale ausiliario ha visto il Vostro tecnico nella data indicata.",
            "",
            "Restiamo in attesa di chiarimenti.",
            "",
            "Distinti saluti",
            "",
            "Ufficio Tecnico",
            'Istituto Comprensivo "G. Pascoli"',
        ),
        lab(("EG-45320-E",), note="public school; inspection not carried out"),
        inv="EG-45320-E",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Giulia Marchetti", "giulia@marchetti-ottica.example"),
        "2027-10-29 13:33",
        "iphone",
        "Ciao, la prima fattura l’abbiamo pagata a settembre, questa è un doppione: stesso intervento, stessa data, stesso importo. Potete annullarla? Grazie\nGiulia",
        lab(note="double billing; the payment it mentions belongs to the first invoice"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Donna Pryce", "donna.pryce@hotmail.co.uk"),
        "2027-10-27 21:48",
        "gmail",
        "Hi,\n\nI'm really sorry about this. Since the cafe flooded in September we've been shut for six weeks and there's basically nothing coming in until the insurance pays out. Could I pay it off at £100 a month starting in December? I don't want to leave it unpaid, I just can't do it all in one go right now.\n\nThanks,\nDonna\nThe Teapot Cafe, Hebden Bridge",
        lab(note="hardship plus monthly instalments"),
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Tony Baines", "tony@bainesmotors.example"),
        "2027-11-10 09:12",
        "outlook",
        "Morning,\n\nI've just sent £500 off the balance and the other £742.80 will follow by the end of the month. Hope that's OK.\n\nRegards,\nTony Baines\nBaines Motor Repairs",
        lab(
            note="part paid now, the rest by the end of the month: a plan rather than a completed payment"
        ),
        amt="1242.80",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Mrs J. Pennington", "clerk@lowerashby-pc.example"),
        "2027-11-01 10:05",
        "outlook_html",
        para(
            "Dear Sir or Madam,",
            "",
            "Thank you for your reminder regarding the emergency lighting inspection at the village hall.",
            "",
            "The Parish Council meets only once a month and any payment over £500 has to be approved at a full council meeting. The next meeting is on 25 November. I should therefore be grateful if you would allow us additional time to settle this invoice; I would expect payment to follow within a week of the meeting.",
            "",
            "Yours faithfully,",
            "",
            "Mrs J. Pennington",
            "Clerk and Responsible Financial Officer",
            "Lower Ashby Parish Council",
        ),
        lab(
            note="formal request for more time from a public body; the approximate date after the meeting is not a promise"
        ),
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Sabine Rehm", "praxis@rehm-physio.example"),
        "2027-11-04 12:20",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nwie heute Vormittag telefonisch mit Ihrer Kollegin besprochen, bitten wir um Ratenzahlung: drei Monatsraten zu je 480,00 €, jeweils zum 15., beginnend im Dezember.\n\nBitte bestätigen Sie uns die Vereinbarung kurz schriftlich.\n\nMit freundlichen Grüßen\nSabine Rehm\nPraxis für Physiotherapie Rehm",
        lab(note="three instalments; the instalment dates and sums stay out of the label"),
        amt="1440.00",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Frank Albrecht", "frank.albrecht@gmx.de"),
        "2027-11-12 19:07",
        "gmail",
        "Hallo,\n\nleider ist bei uns ein großer Kunde mit seiner Zahlung ausgefallen und wir haben gerade einen richtigen Engpass. Könnten Sie uns die Rechnung bis Mitte Januar stunden? Die Hälfte könnten wir notfalls schon jetzt zahlen, den Rest dann im Januar.\n\nViele Grüße\nFrank Albrecht\nDruckerei Albrecht",
        lab(note="hardship, a deferral request and an optional part payment"),
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Martine Garnier", "tresorerie.vieuxmoulin@gmail.com"),
        "2027-11-02 18:30",
        "gmail",
        "Bonjour,\n\nSuite à votre relance : la trésorerie de l’association est très tendue en cette fin d’année. Serait-il possible de régler cette facture en trois fois (novembre, décembre, janvier) ? Je peux faire le premier virement dès votre accord.\n\nCordialement,\n\nMartine Garnier\nTrésorière – Association Les Amis du Vieux Moulin",
        lab(note="charity asks for three instalments"),
        cte="b64",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Karim Benali", "k.benali@benali-pressing.example"),
        "2027-11-17 12:04",
        "iphone",
        "Je vous fais un virement de la moitié aujourd’hui et le reste à la mi-décembre, ça vous va ?\nMerci de votre compréhension\nK. Benali",
        lab(note="half today, the rest mid-December"),
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Rosa Méndez", "administracion@ceramicasdelturia.example"),
        "2027-10-26 10:41",
        "outlook",
        para(
            "Estimados señores:",
            "",
            "Debido a la situación de tesorería de la empresa en estos meses, les proponemos fraccionar el importe pendiente en cuatro plazos mensuales iguales, el primero el 30 de noviembre.",
            "",
            "Les agradeceríamos que nos confirmaran si están de acuerdo.",
            "",
            "Un saludo,",
            "",
            "Rosa Méndez",
            "Administración",
            "Cerámicas del Turia, S.L.",
        ),
        lab(note="four monthly instalments; the first instalment date is not a promised date"),
        charset="windows-1252",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Paco Giménez", "ferreteriapaco@telefonica-pyme.example"),
        "2027-11-16 20:33",
        "android",
        "hola buenas me podeis dar un mes mas para pagar esto? el negocio esta fatal este otoño y no llego a todo lo siento mucho",
        lab(note="more time, hardship, mobile with missing accents"),
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Wouter Smeets", "wouter@smeets-bouwbedrijf.example"),
        "2027-11-11 08:19",
        "thunderbird",
        "Goedemorgen,\n\nIs het mogelijk om deze factuur in drie termijnen te betalen? Het is voor ons op dit moment een flink bedrag, we zitten midden in de verbouwing van de werkplaats. De eerste termijn kan ik deze week nog overmaken.\n\nMet vriendelijke groet,\nWouter Smeets\nSmeets Bouwbedrijf",
        lab(note="three instalments"),
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Marco Bellini", "officina@bellini-auto.example"),
        "2027-11-08 17:55",
        "outlook",
        "Buongiorno,\n\nvista la cifra, vi chiedo se è possibile rateizzare il pagamento in tre rate mensili da 520 € a partire dal 10 dicembre. Fatemi sapere.\n\nCordiali saluti\nMarco Bellini\nAutofficina Bellini",
        lab(note="three monthly instalments"),
        amt="1560.00",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Chiara Greco", "chiara.greco@palestra-olimpia.example"),
        "2027-10-28 19:26",
        "iphone",
        "Buonasera, pago metà entro fine mese e il resto a dicembre se per voi va bene. Ditemi voi",
        lab(note="half by month end, the rest in December"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Creditor Payments Team", "creditor.payments@wrexford.gov.example"),
        "2027-11-08 14:32",
        "outlook",
        para(
            "Dear Supplier,",
            "",
            "We are unable to process invoice EG-37012-A because it does not quote a valid purchase order number. All invoices to Wrexford Borough Council must show an official order number beginning 45, otherwise our system rejects them automatically.",
            "",
            "Once you send the invoice re-issued with PO 4500918822 we will pay it within our standard 30-day terms.",
            "",
            "Regards,",
            "",
            "Creditor Payments Team",
            "Finance Shared Service",
            "Wrexford Borough Council",
        ),
        lab(
            ("EG-37012-A",),
            note="payment conditional on a re-issued invoice with a PO number; the amount is not contested",
        ),
        inv="EG-37012-A",
        headers=(XARS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Kelly", "kellysbeautyroom@hotmail.co.uk"),
        "2027-11-15 13:07",
        "iphone",
        "hiya never recieved this invoice can u resend it to me pls and ill get it sorted thanks x",
        lab(
            note="typos, no punctuation; 'I'll get it sorted' is vague and hangs on receiving the invoice"
        ),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Amir Siddiqui", "amir.siddiqui@kestrelhotels.example"),
        "2027-10-29 15:55",
        "html_only",
        para(
            "Hello,",
            "",
            "Before we can pay this we need your bank details confirmed on company letterhead, signed by a director – this is part of our supplier fraud checks and applies to all new suppliers. Could you also send a copy of your public liability insurance certificate?",
            "",
            "Once we have both, I'll get you set up on the system and the invoice can go into the next run.",
            "",
            "Thanks,",
            "Amir",
            "",
            "Amir Siddiqui | Procurement Coordinator",
            "Kestrel Hotels Group",
        ),
        lab(note="documents (bank details, insurance) needed before paying, nothing contested"),
        charset="windows-1252",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Stadtkasse Oberwiesen", "stadtkasse@oberwiesen.example"),
        "2027-11-02 09:40",
        "outlook",
        para(
            "Sehr geehrte Damen und Herren,",
            "",
            "Rechnungen an die Stadtverwaltung Oberwiesen können wir nur noch als XRechnung über das Rechnungseingangsportal annehmen. Bitte reichen Sie die Rechnung EG-46671-C dort unter Angabe unserer Leitweg-ID 09-0417-22 erneut ein. Eine PDF-Rechnung per E-Mail können wir leider nicht bearbeiten.",
            "",
            "Nach Eingang der elektronischen Rechnung erfolgt die Zahlung im Rahmen der üblichen Fristen.",
            "",
            "Mit freundlichen Grüßen",
            "Im Auftrag",
            "K. Schubert",
            "Stadtkasse",
        ),
        lab(("EG-46671-C",), note="public body needs an e-invoice before paying"),
        inv="EG-46671-C",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Nina Krause", "n.krause@krause-hausverwaltung.example"),
        "2027-11-18 11:11",
        "gmail",
        "Hallo,\n\nbevor wir zahlen können, brauchen wir noch das Prüfprotokoll für die Sicherheitsbeleuchtung im Treppenhaus, unsere Versicherung verlangt das bei jeder Wartung. Können Sie es bitte zusammen mit der Rechnung noch einmal schicken?\n\nDanke und viele Grüße\nNina Krause\nKrause Hausverwaltung",
        lab(note="a test report is needed before paying, nothing contested"),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Service Finances – Mairie de Saint-Aubin", "finances@mairie-saintaubin.example"),
        "2027-10-26 11:18",
        "outlook_html",
        "Bonjour,\n\nLes factures adressées à la commune doivent obligatoirement être déposées sur le portail Chorus Pro, avec le code service FIN-TECH. Nous ne pouvons pas mandater une facture reçue par courriel.\n\nMerci de bien vouloir la déposer sur la plateforme ; le paiement interviendra ensuite dans le délai réglementaire.\n\nCordialement,\n\nLe service finances\nMairie de Saint-Aubin",
        lab(note="public body: the invoice must be resubmitted through the e-invoicing portal"),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Nathalie Roux", "nathalie.roux@cabinet-roux-kine.example"),
        "2027-11-12 08:47",
        "gmail_plain",
        "Bonjour,\n\nPourriez-vous m'envoyer un duplicata de la facture ? Je ne la retrouve ni dans mes mails ni dans le courrier.\n\nMerci d'avance,\nNathalie Roux",
        lab(note="copy requested"),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Alberto Roca", "alberto@rocaclimatizacion.example"),
        "2027-11-03 16:16",
        "gmail",
        "Hola,\n\nla factura está emitida a nombre de la antigua sociedad, Hermanos Roca C.B., con su CIF. Desde julio somos Roca Climatización S.L., CIF B98765432, con el mismo domicilio.\n\n¿Nos la podéis rehacer con los datos correctos? El importe está bien, es solo para poder contabilizarla.\n\nGracias,\nAlberto",
        lab(note="reissue with new company details; the amount is explicitly accepted"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Conchi Vidal", "conchividal64@yahoo.es"),
        "2027-11-18 18:50",
        "iphone",
        "Nos podéis mandar el certificado de la revisión de los extintores? El administrador no paga ninguna factura sin el certificado",
        lab(note="certificate needed before the administrator pays"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Crediteurenadministratie Zorggroep De Linde", "crediteuren@zorggroepdelinde.example"),
        "2027-10-25 10:02",
        "outlook",
        "Goedemorgen,\n\nWij kunnen deze factuur pas verwerken als ons inkoopordernummer erop vermeld staat. Het juiste nummer is PO-220574. Wilt u de factuur met dat nummer erop opnieuw sturen?\n\nMet vriendelijke groet,\n\nCrediteurenadministratie\nZorggroep De Linde",
        lab(note="the purchase-order number must be on the invoice before it can be processed"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Bram Jacobs", "bram@jacobsfietsen.example"),
        "2027-11-09 12:33",
        "apple",
        "Waar is deze factuur eigenlijk voor? Ik kan het bedrag nergens aan koppelen. Stuur me even een specificatie, dan kijk ik ernaar.\n\nBram",
        lab(
            note="wants to know what the amount is for: answered by sending the invoice detail, so a document request"
        ),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Federica Conti", "amministrazione@conti-figli.example"),
        "2027-11-16 10:22",
        "outlook_html",
        "Buongiorno,\n\nvi ricordo che riceviamo soltanto fatture elettroniche tramite SDI: il PDF che ci avete inviato non ha valore fiscale. Potete emettere la fattura elettronica con codice destinatario M5UXCR1? Appena ci arriva tramite SDI la paghiamo.\n\nSaluti,\nFederica Conti\nAmministrazione – Conti & Figli srl",
        lab(note="e-invoice needed before paying"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Chris Okafor", "chris.okafor@brightwell-lettings.example"),
        "2027-10-25 12:26",
        "gmail",
        "Hi,\n\nI left Brightwell Lettings at the end of August so I can't help with this I'm afraid – this inbox is only still open while they move things over. Their accounts are now handled by Rachel Downey, rachel.downey@brightwell-lettings.example.\n\nAll the best,\nChris",
        lab(new_contact="rachel.downey@brightwell-lettings.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Finance Department", "finance@westmoorcare.example"),
        "2027-11-17 03:14",
        "outlook_html",
        "Dear Valued Supplier,\n\nPlease be informed that our Finance Department has migrated to a new email system. Kindly update your records and direct all invoices, statements and payment reminders to westmoor.finance.dept@gmail.com with immediate effect.\n\nKindly also confirm the outstanding balance on our account to the new email so that we can process payment urgently.\n\nRegards,\nFinance Department\nWestmoor Care Homes",
        lab(
            new_contact="westmoor.finance.dept@gmail.com",
            note="redirect to a free-mail address at 3 a.m. reads like phishing; the intent is still a change of contact, which a person must verify before it is used",
        ),
        charset="windows-1252",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Margaret Hollis", "margaret.hollis54@gmail.com"),
        "2027-11-06 10:38",
        "gmail_plain",
        "You've sent this to the wrong person, I'm afraid. I am a retired teacher, I have never heard of your company and I don't own a business of any kind. Please check your records.\n\nMargaret Hollis",
        lab(note="not a customer at all; no new address"),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Katrin Vogel", "k.vogel@rheinwerk-gruppe.example"),
        "2027-11-03 08:58",
        "outlook_html",
        "Guten Morgen,\n\nfür Rechnungen und Mahnungen ist ausschließlich unsere zentrale Kreditorenbuchhaltung zuständig: Kreditoren@Rheinwerk-Gruppe.example. Ich bin Objektleiterin am Standort Köln und habe keinerlei Zugriff auf Zahlungen.\n\nBitte senden Sie Rechnung und Erinnerung direkt dorthin.\n\nMit freundlichen Grüßen\nKatrin Vogel\nObjektleitung Köln-Deutz\nRheinwerk Gruppe",
        lab(
            new_contact="kreditoren@rheinwerk-gruppe.example",
            note="the address is typed with capitals; labelled in lower case",
        ),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Bernard Lefebvre", "bernard.lefebvre@garage-lefebvre.example"),
        "2027-11-15 14:14",
        "outlook",
        "Bonjour,\n\nDepuis septembre, ce n'est plus moi qui gère la comptabilité, c'est ma fille qui a repris. Merci d'écrire dorénavant à compta@garage-lefebvre.example.\n\nCordialement,\nB. Lefebvre",
        lab(new_contact="compta@garage-lefebvre.example"),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Léa Martin", "l.martin@rousseau-avocats.example"),
        "2027-10-29 16:05",
        "html_only",
        "Bonjour,\n\nJe suis l’assistante de Maître Rousseau. Les factures du cabinet sont gérées par notre expert-comptable, le cabinet Fidalys, à l’adresse factures@fidalys-expertise.example. Je leur transfère votre message, mais je vous remercie de mettre à jour vos coordonnées pour les prochains envois.\n\nBien cordialement,\n\nLéa Martin\nAssistante juridique\nCabinet Rousseau Avocats",
        lab(
            new_contact="factures@fidalys-expertise.example",
            note="a lawyer's assistant redirects to the accountants; the customer is a law firm",
        ),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Taller Llorente", "taller@llorente-carroceria.example"),
        "2027-11-04 11:49",
        "android",
        "Este correo es del taller, aquí no llevamos las facturas. La administración la lleva la gestoría: facturas@gestoria-alcala.example. Mandadlo ahí porfa",
        lab(new_contact="facturas@gestoria-alcala.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Extintores Levante", "info@extintoreslevante.example"),
        "2027-11-19 09:35",
        "outlook",
        "Buenos días:\n\nCreo que se han confundido de empresa. Nosotros somos Extintores Levante S.L. y no hemos contratado nunca nada con ustedes. Quizá buscan a Extinsur Levante, que está en el mismo polígono y tiene un nombre parecido.\n\nUn saludo,\nAdministración\nExtintores Levante S.L.",
        lab(
            note="a different company with a similar name; not a dispute of the charge, and no address given"
        ),
        charset="windows-1252",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Jeroen Mulder", "j.mulder@mulderlogistiek.example"),
        "2027-10-27 13:30",
        "gmail",
        "Hallo,\n\nIk ben sinds 1 oktober niet meer werkzaam bij Mulder Logistiek, dus ik kan hier niets mee. Stuur het naar crediteuren@mulderlogistiek.example, daar wordt het opgepakt.\n\nGroet,\nJeroen",
        lab(new_contact="crediteuren@mulderlogistiek.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Administratie Hotel Het Wapen", "administratie@hotelhetwapen.example"),
        "2027-11-08 10:03",
        "notice",
        "Dit e-mailadres wordt sinds 1 november niet meer gelezen.\n\nFacturen, herinneringen en andere financiële post kunt u voortaan sturen naar facturen@hotelhetwapen.example. Voor reserveringen kunt u terecht op reserveren@hotelhetwapen.example.\n\nDit is een automatisch bericht.",
        lab(
            new_contact="facturen@hotelhetwapen.example",
            note="automatic 'address no longer read' notice naming the new address for invoices: wrong_contact; the bookings address is not it",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Rag. Paolo Zanetti", "p.zanetti@studiozanetti.example"),
        "2027-11-05 10:10",
        "outlook",
        "Gentili signori,\n\nvi informo che dal 1° ottobre non sono più l'amministratore del Condominio Residenza Le Querce. Il nuovo amministratore è lo Studio Galvani, e-mail info@studiogalvani-amministrazioni.example, al quale dovrete indirizzare fatture e solleciti.\n\nCordiali saluti\nRag. Paolo Zanetti",
        lab(
            new_contact="info@studiogalvani-amministrazioni.example",
            note="former administrator of a residents' association names his successor",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Davide", "davide.manutenzione@agriturismo-colleverde.example"),
        "2027-11-12 07:20",
        "iphone",
        "sono il tecnico della manutenzione, di pagamenti non so niente. scrivete a amministrazione@agriturismo-colleverde.example grazie",
        lab(new_contact="amministrazione@agriturismo-colleverde.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Steve Harrington", "steve@harringtonbuilders.example"),
        "2027-11-10 16:44",
        "outlook",
        "It'll be paid at the end of the month like it is every month. Please stop sending these automated reminders, that's the third one in a week and it's getting ridiculous.\n\nSteve",
        lab(note="a promise, but the request to stop the e-mails wins"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Roy Pickering", "roy.pickering@pickeringfarms.example"),
        "2027-11-02 07:05",
        "thunderbird",
        "Please don't email me about invoices. I don't deal with paperwork by email and nobody reads this account. Anything you need to send, send it to the farm office by post.\n\nR. Pickering",
        lab(note="post only"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Bev Tranter", "bev.tranter@tranterkennels.example"),
        "2027-11-19 11:58",
        "iphone",
        "TAKE ME OFF YOUR EMAIL LIST. THIS IS THE FOURTH ONE THIS MONTH",
        lab(note="all caps"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Heinz Wagner", "h.wagner@wagner-sanitaer.example"),
        "2027-11-05 15:22",
        "gmail_plain",
        "Ich habe die Rechnung längst bezahlt und möchte diese E-Mails nicht mehr bekommen. Streichen Sie mich bitte aus Ihrem Verteiler.\n\nH. Wagner",
        lab(note="payment claim plus a stop request: unsubscribe wins"),
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Dr. Stefanie Brandt", "brandt@kanzlei-brandt-partner.example"),
        "2027-11-16 14:40",
        "outlook_html",
        para(
            "Sehr geehrte Damen und Herren,",
            "",
            "in der Angelegenheit Holzbau Reiter GmbH zeigen wir an, dass wir die Interessen unserer Mandantin anwaltlich vertreten. Eine auf uns lautende Vollmacht wird anwaltlich versichert.",
            "",
            "Wir fordern Sie auf, künftig jede unmittelbare Kontaktaufnahme mit unserer Mandantin, insbesondere durch automatisierte Zahlungserinnerungen, zu unterlassen. Schreiben in dieser Sache richten Sie bitte ausschließlich an unsere Kanzlei, vorzugsweise auf dem Postweg.",
            "",
            "Mit freundlichen Grüßen",
            "",
            "Dr. Stefanie Brandt",
            "Rechtsanwältin",
            "Brandt & Partner Rechtsanwälte mbB",
        ),
        lab(
            note="the customer's lawyer: contact only through counsel, by post; unsubscribe, not wrong_contact"
        ),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Yannick Le Goff", "yannick.legoff@sfr-pro.example"),
        "2027-11-09 09:03",
        "android",
        "STOP aux relances par mail. Merci de me retirer de votre liste d’envoi.",
        lab(note="all-caps STOP"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Ramón Prieto", "ramon.prieto@prietoasociados.example"),
        "2027-10-28 12:36",
        "gmail",
        "Dejad de enviarme correos. Cualquier cosa que tengáis que reclamar, por burofax o carta certificada a la dirección de la empresa.\n\nRamón Prieto",
        lab(note="post only"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Pilar Domínguez", "pilar.dominguez.r@gmail.com"),
        "2027-11-12 17:45",
        "apple",
        "Buenas tardes:\n\nLes ruego que den de baja esta dirección de correo de sus envíos. Es una cuenta personal y no deseo recibir más comunicaciones comerciales ni recordatorios.\n\nUn saludo,\nPilar Domínguez",
        lab(note="formal removal request"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Stichting Wijkcentrum De Brug", "secretariaat@wijkcentrumdebrug.example"),
        "2027-11-04 14:08",
        "outlook",
        "Geachte heer, mevrouw,\n\nWij verzoeken u ons voortaan uitsluitend per post te benaderen over facturen en herinneringen. Dit e-mailadres is bedoeld voor het secretariaat van het bestuur en wordt niet voor financiële zaken gebruikt.\n\nMet vriendelijke groet,\n\nStichting Wijkcentrum De Brug\nSecretariaat",
        lab(note="post only; no other address named"),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Mark", "mark@kroon-fotografie.example"),
        "2027-11-18 23:02",
        "iphone",
        "Uitschrijven aub",
        lab(note="two words"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Roberto Sala", "r.sala@salacostruzioni.example"),
        "2027-11-11 13:19",
        "outlook",
        "Da oggi questa faccenda la segue il nostro avvocato, l'avv. Ferrante: parlate con lui. A questo indirizzo non vogliamo più ricevere e-mail.\n\nRoberto Sala",
        lab(
            note="refers the matter to their lawyer, without any address, and forbids further e-mail"
        ),
        charset="windows-1252",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Gianni Esposito", "gianni.esposito63@libero.it"),
        "2027-11-03 20:27",
        "android",
        "NON SCRIVETEMI PIÙ, CANCELLATEMI DALLA LISTA!!! Ho già detto al vostro tecnico che il contratto non lo rinnovo",
        lab(note="all caps"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Joanne Whitfield", "j.whitfield@ravensworth-hotel.example"),
        "2027-10-27 09:05",
        "notice_alt",
        "Many thanks for your message. I'm away on annual leave and back in the office on Thursday 4 November; e-mails won't be read in the meantime.\n\nFor anything urgent please call the hotel on 01632 960551 and ask for the duty manager.\n\nJoanne Whitfield\nFinance Manager, The Ravensworth Hotel",
        lab(return_date="2027-11-04"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_GENERATED, XARS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Hollins Group Finance Helpdesk", "ap-helpdesk@hollinsgroup.example"),
        "2027-11-10 09:07",
        "notice",
        "Dear Emberguard Receivables,\n\nThank you for contacting the Hollins Group Finance Helpdesk. This is an automated message to confirm that we have received your email and logged it as request #48213.\n\nWe aim to respond to supplier queries within 5 working days. To add anything, answer this message with the reference number left in the subject line.\n\nPlease note that approved invoices are paid in our weekly payment run every Thursday.\n\nFinance Helpdesk\nHollins Group",
        lab(
            note="ticket acknowledgement; the general line about Thursday payment runs is no promise"
        ),
        subject="[Request #48213] {rsub}",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Harrowfield District Council", "accounts.payable@harrowfield.gov.example"),
        "2027-11-16 09:04",
        "notice",
        "Your email has reached the Accounts Payable team at Harrowfield District Council.\n\nThis mailbox is monitored Monday to Friday between 9am and 4pm and we aim to reply to all enquiries within 10 working days. Please make sure your supplier number and invoice number are quoted on all correspondence.\n\nThis is an automated response.",
        lab(note="council autoresponder with only X-Autoreply; no return date"),
        subject="Harrowfield District Council - Accounts Payable",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Claudia Neumann", "c.neumann@neumann-logistik.example"),
        "2027-11-02 10:05",
        "notice_alt",
        "Danke für Ihre E-Mail. Bis einschließlich Freitag, 5. November, bin ich außer Haus; ab Montag, 8. November, bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet. Bei dringenden Anliegen erreichen Sie unsere Zentrale unter der bekannten Rufnummer.\n\nThank you for your message. I'm away from the office up to and including Friday, 5 November, returning Monday, 8 November. Your e-mail will not be forwarded.\n\nClaudia Neumann\nNeumann Logistik GmbH",
        lab(
            return_date="2027-11-08",
            note="bilingual; the explicit day back is used rather than the last day away",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Thomas Berger", "t.berger@berger-hausbau.example"),
        "2027-11-09 10:06",
        "notice",
        "Ich befinde mich in KW 45 im Urlaub und bin ab dem 15.11. wieder im Haus.\n\nIhre Nachricht wird nicht automatisch weitergeleitet. In dringenden Fällen erreichen Sie meinen Kollegen Herrn Schulte über unsere Zentrale.\n\nThomas Berger",
        lab(
            return_date="2027-11-15",
            note="only a Precedence header; the explicit day back is used rather than the week number",
        ),
        subject="Abwesenheitsnotiz: {rsub}",
        charset="iso-8859-1",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Fabre", "i.fabre@fabre-transports.example"),
        "2027-11-03 10:04",
        "notice_alt",
        "Bonjour,\n\nJe suis absente jusqu’au mercredi 10 novembre inclus et serai de retour le vendredi 12 novembre. Votre message ne sera pas transféré.\n\nEn cas d’urgence, merci de contacter l’accueil.\n\nIsabelle Fabre\nComptabilité fournisseurs – Fabre Transports",
        lab(
            return_date="2027-11-12",
            note="Thursday 11 November is a French public holiday; the explicit day back is used",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Communauté de communes du Val de Sèvre", "comptabilite@cc-valdesevre.example"),
        "2027-10-29 10:03",
        "notice",
        "Votre message a bien été reçu par le service comptabilité de la Communauté de communes du Val de Sèvre. Il sera traité dans les meilleurs délais.\n\nCeci est un message automatique, merci de ne pas y répondre.",
        lab(note="receipt acknowledgement with only X-Autoreply"),
        subject="Accusé de réception",
        charset="iso-8859-1",
        headers=(("X-Autoreply", "yes"),),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Lucía Herrero", "lucia@herrero-arquitectura.example"),
        "2027-10-28 10:06",
        "notice",
        "Hola,\n\nEstoy de vacaciones y sin acceso al correo hasta el 2 de noviembre. Para cualquier asunto urgente podéis llamar al estudio.\n\nLucía",
        lab(return_date="2027-11-02", note="'hasta X' → X itself"),
        subject="Fuera de la oficina",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Anouk Visser", "a.visser@visser-vastgoed.example"),
        "2027-10-26 10:05",
        "notice_alt",
        "Ik ben afwezig t/m vrijdag 29 oktober. Vanaf maandag 1 november ben ik weer bereikbaar.\n\nVoor dringende zaken kunt u contact opnemen met ons algemene nummer.\n\nMet vriendelijke groet,\nAnouk Visser",
        lab(
            return_date="2027-11-01",
            note="the explicit day back is used rather than the last day away",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Servicedesk Facilitair", "servicedesk@hogeschool-rijnland.example"),
        "2027-11-15 10:08",
        "notice",
        "Beste afzender,\n\nBedankt voor je bericht. We hebben je verzoek ontvangen en geregistreerd onder nummer #77120. Een medewerker neemt binnen twee werkdagen contact met je op.\n\nReageer je op dit bericht, laat dan het nummer in de onderwerpregel staan.\n\nServicedesk Facilitair\nHogeschool Rijnland",
        lab(note="ticket acknowledgement"),
        subject="[#77120] Re: {rsub}",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Valentina Russo", "v.russo@russo-alimentari.example"),
        "2027-10-25 10:04",
        "notice_alt",
        "Sono in ferie dal 25 ottobre al 2 novembre. Rientrerò in ufficio mercoledì 3 novembre.\n\nPer urgenze potete rivolgervi al centralino.\n\nValentina Russo\nUfficio amministrazione",
        lab(return_date="2027-11-03"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Cartoleria Il Quaderno", "info@cartoleriailquaderno.example"),
        "2027-11-12 10:03",
        "notice",
        "Grazie per averci scritto!\n\nRispondiamo alle e-mail dal lunedì al venerdì, dalle 9 alle 13. Per urgenze chiamateci in negozio.\n\nCartoleria Il Quaderno",
        lab(note="shop autoresponder with no automatic-mail header at all"),
        subject="Grazie per averci contattato",
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Caroline Whitby", "caroline.whitby@casalesughere.example"),
        "2027-11-08 18:21",
        "gmail",
        "Hello,\n\nSorry, my Italian isn't up to much – did we not pay this? I was sure Tom sorted all the September ones before we closed for the season. Could you check at your end?\n\nCaroline\nCasale Le Sughere B&B, Umbria",
        lab(
            note="a question, not a payment claim; English reply to an Italian reminder from a sender in Italy"
        ),
        zone="ce",
        rlang="it",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Rob Kennedy", "rob.kennedy@northgate-it.example"),
        "2027-11-04 15:36",
        "apple",
        'Hi,\n\nCan your engineer come back and have a look at the alarm panel? It\'s been beeping on and off since Tuesday and the display says "fault zone 3".\n\nAlso we need two more CO2 extinguishers for the new server room – could you send a quote?\n\nThanks\nRob',
        lab(note="asks for an engineer and a quote; says nothing about paying"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Sharon Doyle", "sharon.doyle@doyle-haulage.example"),
        "2027-10-29 10:52",
        "android",
        "Noted, passed to Martin.",
        lab(note="a receipt note; handing it to a colleague names nobody to write to"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Markus Seidel", "m.seidel@seidel-kfz.example"),
        "2027-11-17 09:14",
        "outlook",
        "Danke für die Info, wir prüfen das intern und melden uns bei Ihnen.\n\nGruß\nMarkus Seidel",
        lab(note="'we will check and get back to you': no commitment"),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Schreinerei Maurer", "info@schreinerei-maurer.example"),
        "2027-11-01 16:27",
        "thunderbird",
        "Guten Tag,\n\nbitte beachten Sie, dass wir zum 1. November umgezogen sind. Unsere neue Anschrift lautet:\n\nSchreinerei Maurer GmbH\nAm Sägewerk 7\n79183 Waldkirch\n\nBitte passen Sie Ihre Stammdaten an.\n\nMit freundlichen Grüßen\nAndreas Maurer",
        lab(
            note="a new postal address from the right person; the mailbox stays the same and nothing is said about paying"
        ),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Émilie Garnier", "secretariat@sarl-bertin.example"),
        "2027-11-10 11:40",
        "gmail",
        "Bonjour,\n\nLe gérant est en arrêt maladie depuis trois semaines et je n’ai pas accès aux comptes bancaires. Je lui transmettrai votre message à son retour, mais je ne sais pas quand ce sera.\n\nCordialement,\nÉmilie\nSecrétariat – SARL Bertin",
        lab(note="no commitment, no date, no new address"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Sylvie Caron", "contact@pharmacieducentre-niort.example"),
        "2027-10-28 09:18",
        "apple",
        "Bonjour,\n\nVotre technicien a oublié une mallette à outils chez nous mardi. Elle est à l’accueil, il peut passer la récupérer quand il veut.\n\nBonne journée,\nSylvie – Pharmacie du Centre",
        lab(note="a left-behind toolbox; says nothing about paying"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Beatriz Lozano", "beatriz@lozano-dental.example"),
        "2027-11-17 13:03",
        "iphone",
        "¿No lo habíamos pagado ya? Juraría que sí. Lo miro con la gestoría y os digo algo",
        lab(note="a question and 'I'll check', no claim and no commitment"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Recepción Hotel Alameda", "recepcion@hotelalameda-sevilla.example"),
        "2027-11-02 08:21",
        "outlook",
        "Recibido, gracias. Lo paso a contabilidad.\n\nRecepción\nHotel Alameda",
        lab(note="a receipt note; handing it to a colleague names nobody to write to"),
        charset="windows-1252",
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Ilse Kramer", "ilse@kramer-tandtechniek.example"),
        "2027-11-09 08:44",
        "gmail",
        "Goedemorgen,\n\nHoe laat komt de monteur donderdag? Dan zorg ik dat er iemand is met de sleutel van de technische ruimte.\n\nGroet,\nIlse",
        lab(note="asks about the engineer's visit; says nothing about paying"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Henk", "henk@devries-bloemen.example"),
        "2027-10-26 17:09",
        "iphone",
        "ok",
        lab(note="a bare 'ok' claims nothing"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Stefania Moretti", "s.moretti@moretti-tessuti.example"),
        "2027-11-18 10:31",
        "outlook_html",
        "Ricevuto.\n\nNe approfitto per chiedervi quando è prevista la prossima verifica semestrale: dobbiamo organizzare i turni del personale in magazzino.\n\nCordiali saluti\nStefania Moretti",
        lab(note="acknowledgement plus a scheduling question"),
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
# Delivery reports: machine fields are generated, the prose for people is spelled out
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A report that the reminder (written in `rlang`) could not reach `rcpt`, or not yet.

    `when` is the report's wall-clock time in `zone`, where the reporting server runs.
    """

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    zone: str
    rlang: str
    build: Callable[[Bounce], Message]
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The Date: of the report, in the reporting server's zone."""
        return local_time(self.when, self.zone)

    @property
    def domain(self) -> str:
        """The failed recipient's domain."""
        return self.rcpt.split("@")[1]

    @property
    def sent(self) -> datetime:
        """When the reminder left Emberguard (UK time): minutes before a failure report, or
        shortly after nine on the previous working day for a delay warning."""
        if not self.status.startswith("4"):
            return to_zone(self.dt - timedelta(minutes=2), "uk")
        day = previous_working_day(to_zone(self.dt, "uk"), 1)
        return to_zone(day.replace(tzinfo=None, hour=9, minute=4, second=0), "uk", naive=True)

    @property
    def invoice(self) -> str:
        """The invoice the undelivered reminder was about."""
        return default_invoice(self.key)

    def subject(self) -> str:
        """The undelivered reminder's subject."""
        return reminder_subject(self.rlang, self.invoice)

    def reminder(self) -> Message:
        """The reminder as it left Emberguard, returned inside some reports."""
        currency = "GBP" if self.rlang == "en" else "EUR"
        text = reminder_text(
            self.rlang, self.invoice, default_amount(self.key), currency, self.sent
        )
        msg = text_part(text + "\n", "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_text(self.subject(), "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        msg["X-Mailer"] = "dunmail"
        content_headers_last(msg)
        return msg


def delivery_status(b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "") -> Message:
    """The machine-readable message/delivery-status part (RFC 3464)."""
    per_message = (
        f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(to_zone(b.sent, b.zone))}\n"
    )
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers: the reminder's header block."""
    rem = b.reminder()
    text = "".join(f"{k}: {v}\n" for k, v in rem.items() if k != "Content-Transfer-Encoding")
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(b: Bounce, msg: Message, sender: str, subject: str, auto: bool = True) -> Message:
    """Envelope headers of a delivery report."""
    msg["Return-Path"] = "<>"
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 26).lower()}@{host}>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, b.key, "bounce")


def exchange_human(lines: list[str], charset: str) -> Message:
    """The readable part of an Exchange Online report: plain text and simple HTML."""
    text = "\n\n".join(lines) + "\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        '<body style="font-family:Segoe UI,Frutiger,Helvetica,Arial,sans-serif;font-size:11pt">'
        + "".join(f"<p>{html_lines(x)}</p>" for x in lines)
        + "</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def bounce_qmail(b: Bounce) -> Message:
    """qmail: a plain, non-MIME failure notice with the whole message below it."""
    text = (
        f"Hi. This is the qmail-send program at mx.{b.domain}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 20817 invoked from network); {format_datetime(b.sent)}\n"
        + b.reminder().as_string()
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@mx.{b.domain}", "failure notice", auto=False)


def bounce_exchange_en_domain(b: Bounce) -> Message:
    """Exchange Online, English: the recipient's domain no longer exists."""
    server = "LO4P265MB6021.GBRP265.PROD.OUTLOOK.example"
    diag = f"550 5.4.310 DNS domain {b.domain} does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName={b.domain}]"
    human = exchange_human(
        [
            f"Your message to {b.rcpt} couldn't be delivered.",
            f"The domain {b.domain} couldn't be found. It may have been typed wrongly, or it may no longer exist.",
            "How to fix it: check the address for spelling mistakes. If it is correct, the organisation may have changed its domain; contact the recipient by another means (by phone, for example) and ask for a current e-mail address.",
            "Diagnostic information for administrators:",
            f"Generating server: {server}",
            f"{b.rcpt}\nRemote server returned '{diag}'",
        ],
        "utf-8",
    )
    msg = report(human, delivery_status(b, server, "failed", diag), returned_headers(b))
    sender = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@emberguard-fire.example>"
    return finish(b, msg, sender, f"Undeliverable: {b.subject()}")


def bounce_exim_full(b: Bounce) -> Message:
    """A hosting company's Exim backup MX: delay warning, mailbox over quota."""
    text = (
        "This is an automatically generated message from the mail relay at\n"
        "backup-mx2.hostbarn.example. You do not need to do anything yet.\n\n"
        "The message identifier is:  1vQx7T-0004Kd-3m\n\n"
        "Your message has been waiting on our relay for more than 24 hours\n"
        "because the final mail server keeps refusing it:\n\n"
        f"  {b.rcpt}\n"
        f"    host mail.{b.domain} [203.0.113.58]\n"
        f"    remote server said, for RCPT TO:<{b.rcpt}>:\n"
        "    452 4.2.2 Mailbox over quota - please try again later\n\n"
        f"  Subject: {b.subject()}\n"
        f"  Sent:    {format_datetime(b.sent)}\n\n"
        "We will keep trying for up to 5 days. If the recipient's mailbox is still\n"
        "full by then, we give up and send you a final failure report.\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return finish(
        b,
        msg,
        "Mail Delivery System <Mailer-Daemon@backup-mx2.hostbarn.example>",
        "Warning: message 1vQx7T-0004Kd-3m delayed 24 hours",
    )


def bounce_exchange_de_policy(b: Bounce) -> Message:
    """Exchange Online on the recipient's side, German: rejected by a transport rule (policy)."""
    server = "FR3P281MB1745.DEUP281.PROD.OUTLOOK.example"
    diag = (
        "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy"
    )
    human = exchange_human(
        [
            f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
            "Die Organisation des Empfängers nimmt Nachrichten dieser Art nicht an. Eine Richtlinie des Empfängers hat die Nachricht abgelehnt; automatisch erzeugte Rechnungs- und Mahnschreiben werden von externen Absendern nicht angenommen.",
            "Bitte nehmen Sie zum Beispiel telefonisch Kontakt mit dem Empfänger auf und klären Sie, auf welchem Weg Rechnungen und Erinnerungen künftig ankommen.",
            "Diagnoseinformationen für Administratoren:",
            f"Generierender Server: {server}",
            f"{b.rcpt}\nRemoteserver hat '{diag}' zurückgegeben",
        ],
        "iso-8859-1",
    )
    msg = report(human, delivery_status(b, server, "failed", diag), returned_headers(b))
    return finish(
        b, msg, f"Microsoft Outlook <postmaster@{b.domain}>", f"Unzustellbar: {b.subject()}"
    )


def bounce_provider_de_grey(b: Bounce) -> Message:
    """A German hosting provider's plain-text delay warning (greylisting that never clears)."""
    rem = b.reminder()
    text = (
        "Dies ist eine automatisch erzeugte Nachricht des Mailservers mx3.alpenhost.example.\n\n"
        "Ihre E-Mail konnte seit über 24 Stunden nicht zugestellt werden. Der Zielserver\n"
        "nimmt die Nachricht vorübergehend nicht an:\n\n"
        f"  Empfänger: {b.rcpt}\n"
        "  Antwort:   451 4.7.1 Greylisted, please try again later\n\n"
        "Es sind keine Schritte Ihrerseits nötig. Wir versuchen die Zustellung noch bis zu\n"
        "vier Tage lang. Gelingt sie bis dahin nicht, erhalten Sie eine weitere Nachricht.\n\n"
        "--- Kopfzeilen der ursprünglichen Nachricht ---\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {rem['Subject']}\nDate: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "Mailserver <mailer-daemon@mx3.alpenhost.example>",
        "Warnung: Ihre Nachricht wurde noch nicht zugestellt",
    )


def bounce_exchange_fr_unknown(b: Bounce) -> Message:
    """Exchange Online on the recipient's side, French: the mailbox behind a group was deleted."""
    server = "PAXP264MB3398.FRAP264.PROD.OUTLOOK.example"
    diag = f"550 5.1.1 RESOLVER.ADR.RecipNotFound; destinataire introuvable <{b.rcpt}>"
    human = exchange_human(
        [
            f"Nous n’avons pas pu remettre votre message à {b.rcpt}.",
            "L’adresse électronique n’existe plus dans l’organisation du destinataire. Elle a peut-être été supprimée ou mal saisie.",
            "Que faire : vérifiez l’adresse, puis renvoyez le message. Si le problème persiste, contactez le destinataire par un autre moyen pour obtenir une adresse valide.",
            "Informations de diagnostic pour les administrateurs :",
            f"Serveur de génération : {server}",
            f"{b.rcpt}\nLe serveur distant a retourné « {diag} »",
        ],
        "utf-8",
    )
    msg = report(human, delivery_status(b, server, "failed", diag), MIMEMessage(b.reminder()))
    return finish(
        b, msg, f"Microsoft Outlook <postmaster@{b.domain}>", f"Non remis : {b.subject()}"
    )


def bounce_provider_fr_full(b: Bounce) -> Message:
    """A French mail provider's single-part notice: the mailbox is full (552 5.2.2)."""
    rem = b.reminder()
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie webmail-pro.\n\n"
        "Nous n'avons pas pu délivrer votre message : la boîte aux lettres du\n"
        "destinataire suivant est pleine.\n\n"
        f"    {b.rcpt}\n"
        "    Réponse du serveur : 552 5.2.2 Quota dépassé / mailbox full\n\n"
        "Le destinataire doit libérer de l'espace avant de pouvoir recevoir de nouveaux\n"
        "messages. Vous pouvez renvoyer votre message plus tard.\n\n"
        "----- En-têtes du message d'origine -----\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {rem['Subject']}\nDate: {rem['Date']}\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        "MAILER-DAEMON <mailer-daemon@smtp.webmail-pro.example>",
        "Message non délivré : boîte aux lettres pleine",
    )


def gmail_human(lines: list[str]) -> Message:
    """Gmail's readable report part: plain text and HTML."""
    alt = MIMEMultipart("alternative")
    alt.attach(text_part("\n\n".join(lines) + "\n", "plain", "utf-8", "qp"))
    markup = (
        "<html><head></head><body>"
        + "".join(f"<p>{html.escape(x)}</p>" for x in lines)
        + "</body></html>\n"
    )
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    return alt


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail, Spanish: address not found."""
    human = gmail_human(
        [
            "** No se ha encontrado la dirección **",
            f"Tu mensaje no se ha podido entregar a {b.rcpt} porque esa cuenta no existe o no puede recibir correo.",
            "Comprueba que la dirección esté bien escrita, sin espacios de más ni errores tipográficos.",
            "La respuesta del servidor remoto fue:",
            "550 5.1.1 The email account that you tried to reach does not exist. - gsmtp",
        ]
    )
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    msg = report(
        human,
        delivery_status(b, "mx.google.com", "failed", diag, "gmail-smtp-in.l.google.com"),
        returned_headers(b),
    )
    msg["X-Failed-Recipients"] = b.rcpt
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Notificación de estado de entrega (error)",
    )


def bounce_hosting_es_delay(b: Bounce) -> Message:
    """A Spanish hosting company's plain delay notice: the destination does not answer."""
    text = (
        "Aviso del sistema de correo de relay2.hostibero.example\n\n"
        "Su mensaje todavía no ha podido entregarse al destinatario indicado abajo.\n"
        "El servidor de destino no responde y seguiremos intentándolo automáticamente\n"
        "durante 48 horas más. No es necesario que vuelva a enviarlo.\n\n"
        f"  Destinatario: {b.rcpt}\n"
        f"  Asunto:       {b.subject()}\n"
        f"  Servidor:     mail.{b.domain}\n"
        "  Motivo:       421 4.4.1 Tiempo de conexión agotado (connection timed out)\n\n"
        "Si dentro de ese plazo no se consigue la entrega, recibirá un aviso de error definitivo.\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return finish(
        b,
        msg,
        "Sistema de correo <mailer-daemon@relay2.hostibero.example>",
        "Aviso: entrega retrasada de su mensaje",
    )


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    """Exchange Online on the recipient's side, Dutch: delivery to their own server delayed."""
    server = "AS8PR08MB6610.eurprd08.prod.outlook.example"
    diag = "451 4.4.7 Delivery expired-pending; on-premises mail server not answering"
    human = exchange_human(
        [
            f"Bezorging bij {b.rcpt} is vertraagd.",
            f"Onderwerp: {b.subject()}",
            "Dit bericht is nog niet bezorgd. De server van de ontvanger reageert niet; we blijven het automatisch proberen. U hoeft niets te doen. Als het bericht definitief niet kan worden bezorgd, krijgt u daar bericht over.",
            "Diagnostische gegevens voor beheerders:",
            f"Genererende server: {server}",
            f"{b.rcpt}\n{diag}",
        ],
        "utf-8",
    )
    msg = report(
        human, delivery_status(b, server, "delayed", diag, f"mail.{b.domain}"), returned_headers(b)
    )
    return finish(
        b, msg, f"Microsoft Outlook <postmaster@{b.domain}>", f"Bezorging vertraagd: {b.subject()}"
    )


def bounce_provider_it_domain(b: Bounce) -> Message:
    """An Italian provider's RFC 3464 report: the recipient's domain does not exist."""
    text = (
        "Questo è un messaggio automatico del sistema di posta di posta.italwebhost.example.\n\n"
        "Il messaggio seguente non può essere consegnato al destinatario:\n\n"
        f"  {b.rcpt}\n"
        f"  Motivo: il dominio {b.domain} non esiste (nessun record MX o A).\n\n"
        "Si tratta di un errore permanente: non verranno fatti altri tentativi.\n"
        "Il messaggio originale è allegato.\n"
    )
    diag = (
        f"550 5.1.2 Host or domain name not found. Name service error for name={b.domain} type=MX"
    )
    msg = report(
        text_part(text, "plain", "iso-8859-1", "qp"),
        delivery_status(b, "posta.italwebhost.example", "failed", diag),
        MIMEMessage(b.reminder()),
    )
    return finish(
        b,
        msg,
        "Servizio Posta <mailer-daemon@posta.italwebhost.example>",
        "Messaggio non recapitato: dominio inesistente",
    )


def bounce_provider_it_disabled(b: Bounce) -> Message:
    """An Italian provider's single-part notice: mailbox temporarily disabled."""
    text = (
        "Gentile cliente,\n\n"
        f'la Sua e-mail con oggetto "{b.subject()}" per {b.rcpt}\n'
        "è ancora in coda sul nostro server. La casella del destinatario risulta\n"
        "temporaneamente disabilitata e per ora non accetta nuovi messaggi (4.2.1).\n\n"
        "Riproveremo in automatico per i prossimi 3 giorni: non occorre rispedirla.\n\n"
        "Assistenza PostaWeb Italia – mx.postaweb-italia.example\n"
    )
    msg = text_part(text, "plain", "windows-1252", "qp")
    return finish(
        b,
        msg,
        "Postmaster <postmaster@mx.postaweb-italia.example>",
        "Consegna ritardata del messaggio",
    )


BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.1",
        "accounts@ashgroveveterinary.example",
        "2027-10-26 09:06",
        "uk",
        "en",
        bounce_qmail,
        "qmail notice without MIME or Auto-Submitted; the whole message follows",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.4.310",
        "office@oldfieldmotors.example",
        "2027-11-03 09:05",
        "uk",
        "en",
        bounce_exchange_en_domain,
        "the recipient's domain is gone",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "soft",
        "4.2.2",
        "info@thecornerdeli-york.example",
        "2027-11-11 11:40",
        "uk",
        "en",
        bounce_exim_full,
        "backup MX delay warning, plain text, mailbox over quota",
    ),
    Bounce(
        "bo-de-1",
        "de",
        "hard",
        "5.7.1",
        "rechnungseingang@stahlbau-koenig.example",
        "2027-11-04 10:07",
        "ce",
        "de",
        bounce_exchange_de_policy,
        "rejected by the recipient's policy; a permanent failure",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "soft",
        "4.7.1",
        "buero@zahnarzt-dr-heller.example",
        "2027-11-17 10:12",
        "ce",
        "de",
        bounce_provider_de_grey,
        "greylisting that has not cleared after a day; a policy delay",
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "hard",
        "5.1.1",
        "compta@lavage-express-lyon.example",
        "2027-10-28 10:06",
        "ce",
        "fr",
        bounce_exchange_fr_unknown,
        "returned with the full message as message/rfc822",
    ),
    Bounce(
        "bo-fr-2",
        "fr",
        "soft",
        "5.2.2",
        "contact@fleuriste-lesiris.example",
        "2027-11-09 10:09",
        "ce",
        "fr",
        bounce_provider_fr_full,
        "a full mailbox with a permanent-looking 5.2.2 code: soft, and the code is kept as given",
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.1.1",
        "talleres.hnosroca@gmail.com",
        "2027-11-02 10:05",
        "ce",
        "es",
        bounce_gmail_es,
        "Gmail report in Spanish",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "4.4.1",
        "admin@bodegas-sierraalta.example",
        "2027-11-16 12:30",
        "ce",
        "es",
        bounce_hosting_es_delay,
        "plain-text delay notice, 8bit",
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "soft",
        "4.4.7",
        "inkoop@bakkerijvandenberg.example",
        "2027-11-12 11:05",
        "ce",
        "nl",
        bounce_exchange_nl_delay,
        None,
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.1.2",
        "ordini@ceramicheartistiche-faenza.example",
        "2027-10-29 10:04",
        "ce",
        "it",
        bounce_provider_it_domain,
        "domain does not exist",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.2.1",
        "amministrazione@lavanderia-stella.example",
        "2027-11-18 14:20",
        "ce",
        "it",
        bounce_provider_it_disabled,
        "single-part windows-1252 notice: mailbox temporarily disabled",
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def empty_label(intent: str, lang: str) -> dict[str, object]:
    """A label with every field in the published order and nothing filled."""
    return {
        "intent": intent,
        **dict.fromkeys(LABEL_KEYS),
        "invoice_refs": [],
        "language": lang,
        "note": None,
    }


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written reply or notice."""
    label = empty_label(r.intent, r.lang)
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    refs = r.labels.get("invoice_refs", [])
    label["invoice_refs"] = list(refs) if isinstance(refs, list) else []
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label = empty_label("bounce", b.lang)
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status, note=b.note)
    return label


ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^EG-\d{5}-[A-Z]$")
STATUS = re.compile(r"^[45]\.\d{1,3}\.\d{1,3}$")


def check_label(key: str, label: Mapping[str, object], sent: date, text: str) -> None:
    """The label's shape: only the winning intent's fields, well-formed values, sane dates."""
    intent = str(label["intent"])
    allowed = INTENT_FIELDS.get(intent, frozenset())
    filled = {k for k in LABEL_KEYS if label[k] is not None}
    if filled - allowed:
        raise SystemExit(f"{key}: fields {sorted(filled - allowed)} do not belong to {intent}")
    if intent == "bounce" and filled != allowed:
        raise SystemExit(f"{key}: a bounce needs kind, recipient and status")
    if (label["amount"] is None) != (label["currency"] is None):
        raise SystemExit(f"{key}: amount and currency go together")
    if label["amount"] is not None and not AMOUNT.match(str(label["amount"])):
        raise SystemExit(f"{key}: bad amount {label['amount']}")
    if label["currency"] not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{key}: bad currency")
    for name, rule in (("paid_date", "<="), ("promised_date", ">="), ("return_date", ">=")):
        value = label[name]
        if value is None:
            continue
        if not ISO_DAY.match(str(value)):
            raise SystemExit(f"{key}: {name} is not an ISO date")
        day = date.fromisoformat(str(value))
        if (rule == "<=" and day > sent) or (rule == ">=" and day < sent):
            raise SystemExit(f"{key}: {name} {day} is on the wrong side of {sent}")
    contact = label["new_contact"]
    if contact is not None and (contact != str(contact).lower() or "@" not in str(contact)):
        raise SystemExit(f"{key}: new_contact must be a lower-case address")
    if intent == "bounce":
        kind, status = label["bounce_kind"], str(label["bounce_status"])
        if not STATUS.match(status) or kind not in {"hard", "soft"}:
            raise SystemExit(f"{key}: bad bounce fields")
        if (kind == "soft") != (status.startswith("4") or status == "5.2.2"):
            raise SystemExit(f"{key}: bounce kind does not match {status}")
    squashed = re.sub(r"[^A-Z0-9]", "", text.upper())
    refs = label["invoice_refs"]
    assert isinstance(refs, list)
    for ref in refs:
        if not INVOICE.match(ref) or ref.replace("-", "") not in squashed:
            raise SystemExit(f"{key}: invoice ref {ref} is malformed or not in the new text")
    if label["language"] not in LANGS:
        raise SystemExit(f"{key}: bad language")


def check_message(name: str, data: bytes) -> None:
    """Parse a file back: headers decode, every text part decodes, no defects anywhere."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for _, value in part.items():
            if getattr(value, "defects", None):
                raise SystemExit(f"{name}: header defects {value.defects}")
        if part.get_content_maintype() == "text":
            part.get_content()


def check_offsets(items: list[tuple[str, datetime, str]]) -> None:
    """Cross-check the hand-made UK and CE offsets with the system's time-zone data, if any."""
    try:
        from zoneinfo import ZoneInfo  # noqa: PLC0415

        zones = {"uk": ZoneInfo("Europe/London"), "ce": ZoneInfo("Europe/Berlin")}
    except Exception:
        return
    for key, dt, zone in items:
        if dt.utcoffset() != dt.astimezone(zones[zone]).utcoffset():
            raise SystemExit(f"{key}: wrong UTC offset for {zone}")


def file_order(keys: list[str]) -> dict[str, str]:
    """File names from a seeded hash of each key, so a name says nothing about the label."""
    ranked = sorted(keys, key=lambda k: hashlib.sha256(f"{SEED}:order:{k}".encode()).hexdigest())
    return {key: f"{PREFIX}-{n:03d}.eml" for n, key in enumerate(ranked, start=1)}


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table, as printed and as shown in the README."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def check_counts(labels: list[dict[str, object]]) -> None:
    """The spread must be exactly the intended one."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent, row in EXPECTED.items():
        got = tuple(cells[intent, lang] for lang in LANGS)
        if got != row:
            raise SystemExit(f"{intent}: counts {got}, expected {row}")
    if len(labels) != 120:
        raise SystemExit(f"{len(labels)} messages, expected 120")


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    """Build every message with its label, checking each label on the way."""
    items: list[tuple[str, Message, dict[str, object]]] = []
    stamps: list[tuple[str, datetime, str]] = []
    for r in REPLIES:
        label = reply_label(r)
        check_label(r.key, label, r.dt.date(), r.body + r.html)
        if r.intent != label["intent"] or not r.key.startswith(f"{r.key[:2]}-{r.lang}-"):
            raise SystemExit(f"{r.key}: key, intent and language disagree")
        if r.quoted == (r.style in NOTICE_STYLES and r.intent == "payment_sent"):
            raise SystemExit(
                f"{r.key}: replies and auto-replies answer the reminder; payment advices do not"
            )
        items.append((r.key, build_reply(r), label))
        stamps += [(r.key, r.dt, r.tz), (r.key, reminder_sent(r), r.tz)]
    for b in BOUNCES:
        label = bounce_label(b)
        check_label(b.key, label, b.dt.date(), "")
        items.append((b.key, b.build(b), label))
        stamps += [(b.key, b.dt, b.zone), (b.key, b.sent, "uk")]
    for key, dt, _ in stamps[::2]:
        if not FIRST_DAY <= dt.date() <= LAST_DAY:
            raise SystemExit(f"{key}: dated {dt.date()}, outside {FIRST_DAY}..{LAST_DAY}")
    check_offsets(stamps)
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    return items


def write_all() -> list[dict[str, object]]:
    """Write the .eml files and labels.jsonl next to this script; return the labels in file order."""
    items = all_messages()
    names = file_order([key for key, _, _ in items])
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for key, msg, label in sorted(items, key=lambda item: names[item[0]]):
        data = msg.as_bytes()
        check_message(names[key], data)
        (HERE / names[key]).write_bytes(data)
        labels.append({"file": names[key], **label})
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild, check and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
