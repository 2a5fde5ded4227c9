# ruff: noqa: E501, RUF001
# The messages are kept one paragraph to a line, as mail clients send them, with the typographic
# dashes, apostrophes and non-breaking spaces that people and their clients really type.
"""Build held-out reply corpus 24: `h24-NNN.eml` files and `labels.jsonl`.

Every message is something that could land in the receivables mailbox of Alder Row Catering
after it sent a payment reminder for an invoice numbered AR26-NNNNN. The new text of each message is written
by hand below. The script adds only what a mail client or a mail server would add: the quoted
reminder (in the client's layout and language), headers, MIME structure, charsets and transfer
encodings. It writes next to itself, deterministically, and never reads the clock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import charset as cs
from email import message_from_bytes, policy
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 24_2026_1123
PREFIX = "h24"
AR_NAME = "Alder Row Accounts"
AR_ADDR = "accounts@alderrow-catering.example"
AR_DOMAIN = "alderrow-catering.example"
AR_RELAY = "mail.alderrow-catering.example"
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
FIRST_DAY, LAST_DAY = "2026-11-23", "2026-12-18"

# --------------------------------------------------------------------------------------------
# Locale tables (client chrome, not message text)
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
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun mar mer jeu ven sam dim",
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

# Attribution lines, per client and locale.
GMAIL_ATTR = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}., {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda}. {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mona} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {d}. {mona} {y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mona} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mona} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mona} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
ROUNDCUBE_ATTR = {
    "en": "On {y}-{mo}-{dd} {HH}:{mm}, {name} wrote:",
    "de": "Am {y}-{mo}-{dd} {HH}:{mm}, schrieb {name}:",
    "fr": "Le {y}-{mo}-{dd} {HH}:{mm}, {name} a écrit :",
    "es": "El {y}-{mo}-{dd} {HH}:{mm}, {name} escribió:",
    "nl": "Op {y}-{mo}-{dd} {HH}:{mm}, schreef {name}:",
    "it": "Il {y}-{mo}-{dd} {HH}:{mm} {name} ha scritto:",
}
OUTLOOK_DATE = {
    "en": "{wd}, {d} {mon} {y} {HH}:{mm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}
# separator, From, Sent, To, Subject, label separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_RE = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
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
SAMSUNG_SIG = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
# original-message line, From, Date, To, Subject
SAMSUNG_LABELS = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject"),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff"),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet"),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto"),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp"),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto"),
}
SAMSUNG_DATE = {
    "en": "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})",
    "de": "{dd}.{mo}.{yy} {HH}:{mm} (GMT{tz})",
    "fr": "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})",
    "es": "{d}/{mo}/{yy} {H}:{mm} (GMT{tz})",
    "nl": "{dd}-{mo}-{y} {HH}:{mm} (GMT{tz})",
    "it": "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})",
}

# --------------------------------------------------------------------------------------------
# The reminder Alder Row sends (its own text, in the customer's language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice {inv}",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel de paiement – facture {inv}",
    "es": "Recordatorio de pago – factura {inv}",
    "nl": "Betalingsherinnering – factuur {inv}",
    "it": "Promemoria di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Just a note from the accounts team at Alder Row: the invoice below has now passed its due date.\n\n"
        "    Invoice:      {inv}\n    Dated:        16/10/2026\n    Due:          15/11/2026\n    Outstanding:  {amt}\n\n"
        "If you have already paid, thank you – a quick reply with the payment date helps us match it. If something on the invoice doesn't look right, reply to this email and one of us will get back to you.\n\n"
        "With thanks,\n\n"
        "Accounts Team\nAlder Row Catering Ltd\nThe Old Dairy, 3 Alder Row, Kingsbridge\naccounts@alderrow-catering.example · 01632 961 220"
    ),
    "de": (
        "Guten Tag,\n\n"
        "unsere Buchhaltung hat festgestellt, dass die folgende Rechnung inzwischen fällig ist:\n\n"
        "    Rechnung:     {inv}\n    Datum:        16.10.2026\n    Fällig am:    15.11.2026\n    Offen:        {amt}\n\n"
        "Falls Sie bereits bezahlt haben, vielen Dank – nennen Sie uns bitte kurz das Zahlungsdatum, damit wir die Zahlung zuordnen können. Stimmt etwas mit der Rechnung nicht, antworten Sie einfach auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\n"
        "Buchhaltung\nAlder Row Catering Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Le service comptable d'Alder Row vous signale que la facture ci-dessous a dépassé sa date d'échéance :\n\n"
        "    Facture :     {inv}\n    Date :        16/10/2026\n    Échéance :    15/11/2026\n    Reste dû :    {amt}\n\n"
        "Si le paiement est déjà parti, merci – indiquez-nous simplement sa date pour que nous puissions le rapprocher. Si un élément de la facture vous semble incorrect, répondez à ce message et nous reviendrons vers vous.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité\nAlder Row Catering Ltd"
    ),
    "es": (
        "Hola:\n\n"
        "Desde el departamento de cuentas de Alder Row le informamos de que la siguiente factura ha superado su fecha de vencimiento:\n\n"
        "    Factura:      {inv}\n    Fecha:        16/10/2026\n    Vencimiento:  15/11/2026\n    Pendiente:    {amt}\n\n"
        "Si ya la ha pagado, muchas gracias; díganos la fecha del pago para poder conciliarlo. Si algo de la factura no le parece correcto, conteste a este correo y le responderemos.\n\n"
        "Un saludo cordial,\n\n"
        "Departamento de cuentas\nAlder Row Catering Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Vanuit de debiteurenadministratie van Alder Row laten we u weten dat de onderstaande factuur over de vervaldatum is:\n\n"
        "    Factuur:      {inv}\n    Datum:        16-10-2026\n    Vervaldatum:  15-11-2026\n    Openstaand:   {amt}\n\n"
        "Heeft u al betaald, dan danken wij u hartelijk; laat u ons even de betaaldatum weten, dan kunnen we de betaling koppelen. Klopt er iets niet aan de factuur, reageer dan op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nAlder Row Catering Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "l'ufficio contabilità di Alder Row vi segnala che la fattura indicata qui sotto ha superato la data di scadenza:\n\n"
        "    Fattura:      {inv}\n    Data:         16/10/2026\n    Scadenza:     15/11/2026\n    Da saldare:   {amt}\n\n"
        "Se avete già pagato, grazie: comunicateci la data del pagamento così possiamo abbinarlo. Se qualcosa nella fattura non vi torna, rispondete a questa e-mail e vi ricontatteremo.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio contabilità\nAlder Row Catering Ltd"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£1,846.50",
    "de": "2.318,40 €",
    "fr": "1\u202f274,00 €",
    "es": "1.960,80 €",
    "nl": "€ 1.412,75",
    "it": "€ 1.187,20",
}
# What a Latin-1 or Windows client makes of characters its charset lacks.
LATIN1_FIXES = {
    "–": "-",
    "€": "EUR",
    "’": "'",
    "…": "...",
    "\u202f": " ",
    "·": "-",
    "“": '"',
    "”": '"',
}
CP1252_FIXES = {"\u202f": " "}


# --------------------------------------------------------------------------------------------
# Specs and labels
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
    labels: Mapping[str, object] = field(default_factory=dict)
    inv: str = ""
    amt: str = ""
    rlang: str = ""
    loc: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, str, bytes] | None = None
    thread: bool = True

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        return self.loc or self.lang

    @property
    def invoice(self) -> str:
        return self.inv or default_invoice(self.key)

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


REPLIES: list[Reply] = []


# --------------------------------------------------------------------------------------------
# Dates, identifiers and text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}/{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def default_invoice(key: str) -> str:
    return f"AR26-{40000 + int.from_bytes(digest(key, 'invoice')[:4], 'big') % 9000:05d}"


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    wd, mo = dt.weekday(), dt.month - 1
    offset = dt.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    return {
        "wd": WEEKDAYS[loc].split()[wd],
        "wda": WEEKDAYS_ABBR[loc].split()[wd],
        "mon": MONTHS[loc].split()[mo],
        "mona": MONTHS_ABBR[loc].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "tz": f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def reminder_sent(reply: datetime, key: str) -> datetime:
    """The reminder run goes out on a working day one to three days before the reply, from UK time."""
    day = reply - timedelta(days=1 + digest(key, "lag")[0] % 3)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    utc = day.astimezone(UTC)
    sent = utc.replace(
        hour=8, minute=30 + digest(key, "min")[0] % 25, second=digest(key, "s")[0] % 60
    )
    return sent.astimezone(reply.tzinfo)


def reminder_msgid(key: str) -> str:
    return f"<reminder.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def uuid_like(raw: bytes) -> str:
    h = raw.hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in GMAIL_FAMILY:
        local, host = (
            "CA+" + base64.urlsafe_b64encode(raw).decode().rstrip("=")[:42],
            "mail.gmail.com",
        )
    elif style in OUTLOOK_FAMILY:
        site = "".join("ABDEGHKLMPRSVW"[b % 14] for b in raw[5:7]) + str(raw[7] % 9 + 1)
        server = f"{site}PR0{raw[0] % 9}MB{raw[1] * 37 % 9000 + 1000:04d}"
        local, host = (
            server + raw.hex()[:14].upper(),
            f"{server}.eurprd0{raw[2] % 9}.prod.outlook.com",
        )
    elif style in APPLE_FAMILY:
        local, host = uuid_like(raw), domain
    elif style == "samsung":
        local, host = f"{raw.hex()[:12]}.{raw.hex()[12:20]}", "email.android.com"
    elif style == "gmx":
        local = f"trinity-{uuid_like(raw).lower()}-{1764000000000 + raw[3] * 100000}"
        host = f"3c-app-gmx-bap{raw[4] % 80:02d}"
    elif style == "roundcube":
        local, host = raw.hex()[:32], domain
    else:
        local, host = f"{raw.hex()[:20]}.{raw.hex()[20:28]}", domain
    return f"<{local}@{host}>"


def fix_text(text: str, charset: str) -> str:
    """Replace what the client's charset cannot carry, as the client would."""
    fixes = (
        LATIN1_FIXES
        if charset == "iso-8859-1"
        else CP1252_FIXES
        if charset == "windows-1252"
        else {}
    )
    for bad, good in fixes.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str, mark: str = "> ") -> str:
    return "\n".join(mark + line if line else mark.rstrip() for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_divs(text: str) -> str:
    """One <div> a line, the way Gmail, Apple Mail and Samsung build their HTML."""
    return "\n".join(
        f"<div>{html.escape(line, quote=False) or '<br>'}</div>" for line in text.split("\n")
    )


def word_lang(lang: str) -> str:
    return "EN-GB" if lang == "en" else lang.upper()


def mso_paragraphs(text: str, lang: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(
            f'<p class="MsoNormal"><span lang="{word_lang(lang)}">{inner}<o:p></o:p></span></p>'
        )
    return "\n".join(out)


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


# --------------------------------------------------------------------------------------------
# Header encoding (RFC 2047), shaped like each client's
# --------------------------------------------------------------------------------------------

Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def encoded_words(value: str, charset: str, mode: str, lead: int = 9) -> str:
    """Encode `value` as RFC 2047 words, never splitting a character.

    Words are at most 75 characters; the first one also fits on the line after a header name
    of `lead` characters ("Subject: " is 9), so the folded header has no empty first line.
    """
    if value.isascii():
        return value
    head = f"=?{charset}?{mode}?"
    words: list[bytes] = []
    chunk = b""
    for char in value:
        raw = char.encode(charset.lower())
        trial = chunk + raw
        if mode.upper() == "B":
            size = len(head) + 4 * ((len(trial) + 2) // 3) + 2
        else:
            size = len(head) + len(q_encode(trial)) + 2
        limit = 75 if words else min(75, 78 - lead)
        if size > limit and chunk:
            words.append(chunk)
            chunk = raw
        else:
            chunk = trial
    words.append(chunk)
    if mode.upper() == "B":
        return " ".join(head + base64.b64encode(w).decode() + "?=" for w in words)
    return " ".join(head + q_encode(w) + "?=" for w in words)


def q_encode(raw: bytes) -> str:
    out = []
    for byte in raw:
        if byte == 0x20:
            out.append("_")
        elif byte in Q_SAFE:
            out.append(chr(byte))
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def display_address(name: str, addr: str, charset: str, mode: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_words(name, charset, mode, lead=6)} <{addr}>"


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------

CTE = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}  # 0: sent as it is


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in `charset` with the transfer encoding the client would choose."""
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    chs = cs.Charset(charset)
    chs.body_encoding = CTE[cte]
    part.set_payload(text, chs)
    return part


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in (
        "MIME-Version",
        "Content-Type",
        "Content-Transfer-Encoding",
        "Content-Disposition",
    ):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def strip_part_versions(part: Message, root: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    if part.is_multipart():
        enclosed = part.get_content_type() == "message/rfc822"
        for sub in part.get_payload():
            if isinstance(sub, Message):
                strip_part_versions(sub, root=enclosed)


def fix_boundaries(msg: Message, key: str, prefix: str) -> None:
    """Deterministic boundaries, shaped like the client's own (a '/' marks Postfix's exact form)."""
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        exact = "/" in prefix and n == 0
        part.set_boundary(prefix if exact else prefix + b32(key, f"boundary{n}", 26))


def finalize(msg: Message, key: str, prefix: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key, prefix)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder being answered, as the replying client sees it
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amt: str) -> str:
    return REMINDER_BODY[lang].format(inv=inv, amt=amt or DEFAULT_AMOUNT[lang])


@dataclass(frozen=True)
class Quote:
    """What a reply quotes: the reminder, rendered by the replying client."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str
    msgid: str


def make_quote(r: Reply) -> Quote:
    text = fix_text(reminder_body(r.reminder_lang, r.invoice, r.amt), r.charset)
    subject = fix_text(reminder_subject(r.reminder_lang, r.invoice), r.charset)
    to = formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>"
    return Quote(
        text, subject, reminder_sent(r.dt, r.key), r.client_lang, to, reminder_msgid(r.key)
    )


def outlook_block(q: Quote) -> list[str]:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(OUTLOOK_DATE[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def attribution(table: Mapping[str, str], q: Quote) -> str:
    return fmt(table[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def alternative(r: Reply, text: str, markup: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def style_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_LABELS[q.loc][0], *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote) -> str:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    rows = zip((frm, sent, to, subj), outlook_block(q), strict=True)
    head = "<br>\n".join(
        f"<b>{label}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for label, line in rows
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        "span.EmailStyle19\n\t{mso-style-type:personal-reply;}\n--></style>\n"
        "</head>\n"
        f'<body lang="{word_lang(r.lang)}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{mso_paragraphs(r.body, r.lang)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text, q.loc)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    block = outlook_block(q)
    text = "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])
    sep = OUTLOOK_LABELS[q.loc][5]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in block
    )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
        '</head><body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_divs(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div></div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body></html>\n"
    )
    return alternative(r, text, markup)


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_markup(r: Reply, attr: str, q: Quote) -> str:
    return (
        f'<div dir="ltr">{html_divs(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = attribution(GMAIL_ATTR, q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    return alternative(r, text, gmail_markup(r, attr, q))


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{attribution(GMAIL_ATTR, q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_bottom(r: Reply, q: Quote) -> Message:
    """Bottom-posted: the quote first, the answer underneath."""
    text = f"{attribution(GMAIL_ATTR, q)}\n\n{quote_lines(q.text)}\n\n{r.body}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_inline(r: Reply, q: Quote) -> Message:
    """Interleaved: the writer answers under one quoted line (the body holds '{cut}')."""
    lines = q.text.split("\n")
    cut = max(i for i, line in enumerate(lines) if line.startswith("    "))  # last invoice line
    top = quote_lines("\n".join(lines[: cut + 1]))
    tail = lines[cut + 1 :]
    while tail and not tail[0]:
        tail = tail[1:]
    rest = quote_lines("\n".join(tail))
    before, after = r.body.split("{cut}")
    text = f"{before}{attribution(GMAIL_ATTR, q)}\n\n{top}\n\n{after.strip()}\n\n{rest}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{attribution(APPLE_ATTR, q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def apple_markup(r: Reply, q: Quote, sig: str) -> str:
    sig_html = (
        f'<div dir="ltr"><br><div dir="ltr">{html.escape(sig)}</div></div>' if sig else "<br>"
    )
    return (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{html_divs(r.body)}</div>{sig_html}'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(attribution(APPLE_ATTR, q))}<br><br>'
        f"{html_paragraphs(q.text)}</blockquote></div></body></html>\n"
    )


def style_apple_html(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{attribution(APPLE_ATTR, q)}\n\n{quote_lines(q.text)}\n"
    return alternative(r, text, apple_markup(r, q, ""))


def iphone_text(r: Reply, q: Quote) -> str:
    quoted = quote_lines(f"{attribution(APPLE_ATTR, q)}\n\n{q.text}")
    return f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n"


def style_iphone(r: Reply, q: Quote) -> Message:
    return text_part(iphone_text(r, q), "plain", r.charset, r.cte)


def style_iphone_html(r: Reply, q: Quote) -> Message:
    return alternative(r, iphone_text(r, q), apple_markup(r, q, IPHONE_SIG[q.loc]))


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft breaks end in a space, quote marks repeat, leading spaces are stuffed."""
    out = []
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if depth:
            prefix, body = ">" * depth + " ", body.removeprefix(" ")
        else:
            prefix = " " if body.startswith((" ", "From ")) else ""
        body = body if body == "-- " else body.rstrip(" ")
        while len(prefix) + len(body) > width:
            cut = body.rfind(" ", 0, width - len(prefix))
            if cut <= 0:
                break
            out.append(prefix + body[: cut + 1])
            body = body[cut + 1 :]
        out.append((prefix + body).rstrip(" ") if depth and not body else prefix + body)
    return "\n".join(out)


def flowed_part(r: Reply, text: str) -> Message:
    if r.charset != "utf-8":
        return text_part(text, "plain", r.charset, r.cte)
    part = text_part(flowed(text), "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    return flowed_part(r, f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n")


def style_thunderbird_html(r: Reply, q: Quote) -> Message:
    attr = fmt(TB_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    text = f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"
    markup = (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        f'    <meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        "  </head>\n  <body>\n"
        f"    <p>{html_lines(r.body)}</p>\n"
        f'    <div class="moz-cite-prefix">{html.escape(attr)}<br>\n    </div>\n'
        f'    <blockquote type="cite" cite="mid:{html.escape(q.msgid.strip("<>"))}">\n'
        f'      <pre class="moz-quote-pre" wrap="">{html.escape(q.text, quote=False)}</pre>\n'
        "    </blockquote>\n  </body>\n</html>\n"
    )
    return alternative(r, text, markup)


def samsung_block(q: Quote) -> list[str]:
    line, frm, date, to, subj = SAMSUNG_LABELS[q.loc]
    return [
        line,
        f"{frm}: {AR_NAME} <{AR_ADDR}> ",
        f"{date}: {fmt(SAMSUNG_DATE[q.loc], q.loc, q.sent)} ",
        f"{to}: {q.to} ",
        f"{subj}: {q.subject} ",
    ]


def style_samsung(r: Reply, q: Quote) -> Message:
    block = samsung_block(q)
    text = f"{r.body}\n\n\n\n{SAMSUNG_SIG[q.loc]}\n\n\n{chr(10).join(block)}\n\n{q.text}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div dir="auto">{html_divs(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{html.escape(SAMSUNG_SIG[q.loc])}</div></div>'
        f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html.escape(block[0])}</div><div>'
        + "<br>".join(html.escape(x) for x in block[1:])
        + f"</div></div><br>{html_paragraphs(q.text)}</body></html>\n"
    )
    return alternative(r, text, markup)


def style_gmx(r: Reply, q: Quote) -> Message:
    """GMX / WEB.DE webmail: a German header block, the reminder unquoted below."""
    sent = fmt("{wd}, {dd}. {mon} {y} um {HH}:{mm} Uhr", "de", q.sent)
    block = f'Gesendet: {sent}\nVon: "{AR_NAME}" <{AR_ADDR}>\nAn: {r.who[1]}\nBetreff: {q.subject}'
    return text_part(f"{r.body}\n \n \n\n{block}\n{q.text}\n", "plain", r.charset, r.cte)


def style_roundcube(r: Reply, q: Quote) -> Message:
    attr = fmt(ROUNDCUBE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    return flowed_part(r, f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n")


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and payment advices quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_none_html(r: Reply, q: Quote) -> Message:
    """An HTML-only notice: the body is already markup."""
    del q
    return text_part(r.body, "html", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "android": style_android,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "bottom": style_bottom,
    "inline": style_inline,
    "apple": style_apple,
    "apple_html": style_apple_html,
    "iphone": style_iphone,
    "iphone_html": style_iphone_html,
    "thunderbird": style_thunderbird,
    "thunderbird_html": style_thunderbird_html,
    "samsung": style_samsung,
    "gmx": style_gmx,
    "roundcube": style_roundcube,
    "none": style_none,
    "none_html": style_none_html,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android"}
GMAIL_FAMILY = {"gmail", "gmail_plain", "bottom", "inline"}
APPLE_FAMILY = {"apple", "apple_html", "iphone", "iphone_html"}
# How each client writes non-ASCII headers: (charset name as written, Q or B)
HEADER_ENCODING = {
    "outlook": ("utf-8", "B"),
    "outlook_html": ("utf-8", "B"),
    "html_only": ("utf-8", "B"),
    "owa": ("utf-8", "B"),
    "android": ("utf-8", "B"),
    "gmail": ("UTF-8", "Q"),
    "gmail_plain": ("UTF-8", "Q"),
    "bottom": ("UTF-8", "Q"),
    "inline": ("UTF-8", "Q"),
    "apple": ("utf-8", "Q"),
    "apple_html": ("utf-8", "Q"),
    "iphone": ("utf-8", "Q"),
    "iphone_html": ("utf-8", "Q"),
    "thunderbird": ("UTF-8", "Q"),
    "thunderbird_html": ("UTF-8", "Q"),
    "samsung": ("UTF-8", "B"),
    "gmx": ("UTF-8", "Q"),
    "roundcube": ("UTF-8", "Q"),
    "none": ("UTF-8", "Q"),
    "none_html": ("utf-8", "B"),
}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "thunderbird_html": (
        (
            "User-Agent",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
        ),
    ),
    "roundcube": (("User-Agent", "Roundcube Webmail/1.6.9"),),
    "gmx": (("X-UI-Message-Type", "mail"), ("X-Priority", "3")),
}
BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "apple_html": "Apple-Mail=_",
    "iphone_html": "Apple-Mail-",
    "thunderbird_html": "------------",
    "samsung": "--_com.samsung.android.email_",
}
REPLY_PREFIX = {"gmx": "Aw: "}


def header_encoding(r: Reply) -> tuple[str, str]:
    name, mode = HEADER_ENCODING[r.style]
    if r.charset != "utf-8":
        name = r.charset.upper() if r.style in GMAIL_FAMILY else r.charset
        mode = "Q"
    return name, mode


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else REPLY_PREFIX.get(r.style, "Re: ")
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    name, mode = header_encoding(r)
    return [
        ("Thread-Topic", encoded_words(q.subject, name, mode, lead=14)),
        ("Thread-Index", index),
        ("Content-Language", {"en": "en-GB"}.get(r.lang, f"{r.lang}-{r.lang.upper()}")),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    filename, subtype, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    part = MIMEApplication(data, subtype)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    outer.attach(part)
    return outer


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    name, mode = header_encoding(r)
    msg["From"] = display_address(*r.who, name, mode)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded_words(reply_subject(r, q), name, mode)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, r.style, r.who[1])
    if r.thread:
        msg["In-Reply-To"] = q.msgid
        msg["References"] = q.msgid
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY and r.thread else []
    for hname, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[hname] = value
    prefix = BOUNDARY_PREFIX.get(r.style, "_000_" if r.style in OUTLOOK_FAMILY else "----=_Part_")
    return finalize(msg, r.key, prefix)


# --------------------------------------------------------------------------------------------
# Bounces: the machine skeleton is generated, the human-readable parts are written out
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` (the reminder was in `rlang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    builder: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def invoice(self) -> str:
        return default_invoice(self.key)

    @property
    def sent(self) -> datetime:
        """When the reminder left Alder Row's relay (UK time)."""
        back = (
            timedelta(hours=4)
            if self.kind == "soft" and self.status.startswith("4")
            else timedelta(minutes=2)
        )
        return (self.dt - back).astimezone(UTC)

    def subject(self) -> str:
        return reminder_subject(self.rlang, self.invoice)

    def reminder(self) -> Message:
        """The reminder exactly as Alder Row's dunning run sent it."""
        msg = text_part(reminder_body(self.rlang, self.invoice, "") + "\n", "plain", "utf-8", "qp")
        msg["Return-Path"] = f"<{AR_ADDR}>"
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encoded_words(self.subject(), "utf-8", "Q")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        msg["Auto-Submitted"] = "auto-generated"
        content_headers_last(msg)
        return msg

    def reminder_headers(self) -> str:
        return "".join(f"{k}: {v}\n" for k, v in self.reminder().items())


def queue_id(key: str, n: int = 12) -> str:
    return b32(key, "queue", n)


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    *,
    remote: str = "",
    per_message: tuple[str, ...] = (),
    retry_days: int = 0,
) -> Message:
    """An RFC 3464 message/delivery-status part."""
    head = [f"Reporting-MTA: dns; {mta}", *per_message, f"Arrival-Date: {format_datetime(b.sent)}"]
    rcpt = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if retry_days:
        rcpt.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=retry_days))}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload(
        [message_from_bytes(("\n".join(block) + "\n").encode()) for block in (head, rcpt)]
    )
    return ds


def rfc822_headers(b: Bounce) -> Message:
    return text_part(b.reminder_headers(), "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message], descriptions: tuple[str, ...] = ()) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for n, part in enumerate(parts):
        if n < len(descriptions):
            part["Content-Description"] = descriptions[n]
        outer.attach(part)
    return outer


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    *,
    prefix: str,
    extra: tuple[tuple[str, str], ...] = (),
) -> Message:
    msg["Return-Path"] = "<>"
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_words(subject, "utf-8", "B" if "Microsoft" in sender else "Q")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].rstrip(">) ").split(" ")[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 20).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, prefix)


def bounce_postfix_gmail(b: Bounce) -> Message:
    """Alder Row's own Postfix relay: Gmail refused the address at RCPT TO."""
    gsmtp = "d2e1a72fcca58-7b52c1e04a8si1846137b3a.412 - gsmtp"
    human = (
        f"This is the mail system at host {AR_RELAY}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host gmail-smtp-in.l.google.com[192.0.2.27] said:\n"
        "    550-5.1.1 The email account that you tried to reach does not exist. Please\n"
        "    try 550-5.1.1 double-checking the recipient's email address for typos or\n"
        "    550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1\n"
        "    https://support.google.com/mail/?p=NoSuchUser\n"
        f"    {gsmtp} (in reply to RCPT TO command)\n"
    )
    diag = (
        "550-5.1.1 The email account that you tried to reach does not exist. Please try "
        "550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 "
        f"unnecessary spaces. For more information, go to 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser {gsmtp}"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            AR_RELAY,
            "failed",
            diag,
            remote="gmail-smtp-in.l.google.com",
            per_message=(
                f"X-Postfix-Queue-ID: {queue_id(b.key)}",
                f"X-Postfix-Sender: rfc822; {AR_ADDR}",
            ),
        ),
        MIMEMessage(b.reminder()),
    ]
    msg = report(parts, ("Notification", "Delivery report", "Undelivered Message"))
    return finish(
        b,
        msg,
        f"MAILER-DAEMON@{AR_RELAY} (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
        prefix=f"{queue_id(b.key)}.{1764000000 + digest(b.key, 't')[0]}/{AR_RELAY}",
    )


def bounce_qmail(b: Bounce) -> Message:
    """A school hosting platform on qmail: accepted, then no such mailbox. Not MIME at all."""
    host = "mx2.schoolsnet-hosting.example"
    copy = b.reminder().as_bytes().decode("ascii")
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Received: (qmail 28114 invoked from network); {format_datetime(b.sent)}\n"
        f"Received: from {AR_RELAY} (HELO {AR_RELAY}) (203.0.113.25)\n"
        f"  by {host} with ESMTPS (ECDHE-RSA-AES256-GCM-SHA384 encrypted); {format_datetime(b.sent)}\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@{host}", "failure notice", prefix="")


def bounce_sendmail_delay(b: Bounce) -> Message:
    """A customer's sendmail gateway warns that its inside server is not answering."""
    gateway = "relay2.northfield-eng.example"
    inside = "exch01.corp.northfield-eng.example"
    received = fmt("{wda}, {d} {mona} {y} {HH}:{mm}", "en", b.sent)
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {received}:{b.sent.second:02d} GMT\n"
        f"from {AR_RELAY} [203.0.113.25]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with {inside}.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            gateway,
            "delayed",
            "Connection timed out",
            remote=inside,
            per_message=(f"Received-From-MTA: DNS; {AR_RELAY}",),
            retry_days=5,
        ),
        rfc822_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery Subsystem <MAILER-DAEMON@{gateway}>",
        "Warning: could not send message for past 4 hours",
        prefix=f"{b32(b.key, 'sm', 10)}.",
    )


def exchange_alternative(lines: list[tuple[str, str]], charset: str, lang: str) -> Message:
    """Exchange-style human part: (kind, text) rows, kind in {'h1', 'p', 'b', 'pre'}."""
    text = "\n\n".join(t for _, t in lines) + "\n"
    cells = []
    for kind, t in lines:
        esc = html_lines(t)
        if kind == "h1":
            cells.append(
                f'<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:16pt;color:#C00000"><b>{esc}</b></p>'
            )
        elif kind == "b":
            cells.append(
                f'<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:11pt"><b>{esc}</b></p>'
            )
        elif kind == "pre":
            cells.append(
                f'<pre style="font-family:Consolas,Courier New,monospace;font-size:9pt">{html.escape(t, quote=False)}</pre>'
            )
        else:
            cells.append(
                f'<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:11pt">{esc}</p>'
            )
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        f'<body dir="ltr" lang="{lang}"><table width="710" cellpadding="0" cellspacing="0" border="0"><tr><td>\n'
        + "\n".join(cells)
        + "\n</td></tr></table></body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def bounce_exchange_de_notfound(b: Bounce) -> Message:
    server = "FR3P281MB1754.DEUP281.PROD.OUTLOOK.COM"
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    human = exchange_alternative(
        [
            ("h1", f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden."),
            (
                "p",
                f"{b.rcpt} ist im Unternehmen des Empfängers nicht bekannt. Vielleicht hat sich beim Eintippen ein Fehler eingeschlichen, oder das Postfach wurde inzwischen gelöscht.",
            ),
            ("b", "So beheben Sie das Problem"),
            (
                "p",
                "Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Falls Sie die Adresse aus Ihrer Kontaktliste übernommen haben, löschen Sie den Eintrag und geben Sie die Adresse vollständig neu ein. Bleibt der Fehler bestehen, erreichen Sie den Empfänger nur auf anderem Weg, zum Beispiel telefonisch.",
            ),
            ("b", "Weitere Informationen für E-Mail-Administratoren"),
            (
                "pre",
                f"Remoteserver hat folgende Antwort zurückgegeben:\n{diag}\n\nGenerierender Server: {server}",
            ),
        ],
        "utf-8",
        "de-DE",
    )
    parts = [human, delivery_status(b, server, "failed", diag), rfc822_headers(b)]
    return finish(
        b,
        report(parts),
        f"Microsoft Outlook <postmaster@{b.rcpt.split('@')[1]}>",
        f"Unzustellbar: {b.subject()}",
        prefix="_000_",
        extra=(("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "de-DE")),
    )


def bounce_exchange_de_delay(b: Bounce) -> Message:
    server = "KW-EX02.werkskantine-rheinau.example"
    diag = "400 4.4.7 Message delayed"
    human = exchange_alternative(
        [
            ("h1", "Die Zustellung Ihrer Nachricht verzögert sich."),
            ("p", f"Betreff: {fix_text(b.subject(), 'iso-8859-1')}\n\nEmpfänger: {b.rcpt}"),
            (
                "p",
                "Der Server des Empfängers hat die Nachricht noch nicht angenommen. Exchange versucht es in regelmäßigen Abständen weiter, bis zu zwei Tage lang. Sie müssen nichts tun; sollte die Zustellung endgültig scheitern, erhalten Sie eine weitere Benachrichtigung.",
            ),
            ("b", "Diagnoseinformationen für Administratoren:"),
            ("pre", f"Generierender Server: {server}\n\n{b.rcpt}\n{diag}"),
        ],
        "iso-8859-1",
        "de-DE",
    )
    parts = [human, delivery_status(b, server, "delayed", diag, retry_days=2), rfc822_headers(b)]
    return finish(
        b,
        report(parts),
        "Microsoft Exchange <postmaster@werkskantine-rheinau.example>",
        f"Zustellung verzögert: {fix_text(b.subject(), 'iso-8859-1')}",
        prefix="_000_",
        extra=(("X-MS-Exchange-Message-Is-Ndr", ""),),
    )


def bounce_fr_full(b: Bounce) -> Message:
    """A French association host: plain text, Latin-1, no delivery-status part."""
    rem = b.reminder()
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur de messagerie relais.assoc-hebergement.example.\n\n"
        "Votre message n'a pas encore pu être déposé dans la boîte aux lettres suivante :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire a atteint sa taille maximale\n"
        "(452 4.2.2 Over quota - boîte pleine).\n\n"
        "Nous ferons de nouvelles tentatives pendant 72 heures. Passé ce délai, le message vous sera retourné. Vous n'avez rien à faire pour l'instant.\n\n"
        "--- En-têtes du message concerné ---\n"
        f"De : {rem['From']}\nÀ : {b.rcpt}\nObjet : {fix_text(b.subject(), 'iso-8859-1')}\nDate : {rem['Date']}\n"
        f"Message-ID : {rem['Message-ID']}\n\n"
        "-- \nLe service technique\n"
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return finish(
        b,
        msg,
        "Service messagerie <postmaster@relais.assoc-hebergement.example>",
        "Message en attente : boîte aux lettres pleine",
        prefix="",
    )


def bounce_es_unknown(b: Bounce) -> Message:
    host = "mx1.correo-educa.example"
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    human = (
        "Este es un mensaje automático del sistema de correo de correo-educa.example.\n\n"
        "No ha sido posible entregar su mensaje a uno o varios destinatarios. Lo encontrará adjunto al final de este aviso.\n\n"
        "Destinatario:\n"
        f"    {b.rcpt}\n\n"
        "Motivo:\n"
        "    La dirección no existe en nuestro servidor. Es posible que la cuenta se haya dado de baja al terminar el curso escolar.\n\n"
        "Se trata de un error permanente: no volveremos a intentar el envío.\n\n"
        f"Respuesta del servidor: {diag}\n"
    )
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b, host, "failed", diag, per_message=(f"X-Postfix-Queue-ID: {queue_id(b.key, 11)}",)
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts, ("Notificación", "Informe de entrega", "Mensaje no entregado")),
        f"Sistema de correo <MAILER-DAEMON@{host}>",
        f"Mensaje no entregado: {b.subject()}",
        prefix=f"{queue_id(b.key, 11)}.",
    )


def bounce_es_delay(b: Bounce) -> Message:
    host = "smtp-int.fundacionvientosur.example"
    diag = "421 4.4.2 servidor interno: conexión interrumpida durante la transferencia"
    human = (
        "AVISO DE RETRASO – no es necesario que vuelva a enviar el mensaje\n\n"
        f"Su mensaje para {b.rcpt} todavía no se ha podido entregar.\n\n"
        "Nuestro servidor de correo interno perdió la conexión mientras recibía el mensaje. Lo seguiremos intentando de forma automática durante los próximos 3 días y solo le volveremos a escribir si la entrega falla definitivamente.\n\n"
        f"Asunto: {b.subject()}\n"
        f"Detalle técnico: {diag}\n"
    )
    parts = [
        text_part(human, "plain", "utf-8", "8bit"),
        delivery_status(b, host, "delayed", diag, retry_days=3),
        rfc822_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Postmaster <postmaster@{host.split('.', 1)[1]}>",
        "Aviso de retraso en la entrega",
        prefix="=_retraso_",
    )


def bounce_nl_moved(b: Bounce) -> Message:
    host = "mx.onderwijsmail-nl.example"
    diag = "550 5.1.6 Recipient mailbox has moved; no forwarding address"
    human = (
        "Dit is een automatisch bericht van de mailserver van onderwijsmail-nl.example.\n\n"
        "Uw bericht kon niet worden afgeleverd bij:\n\n"
        f"    {b.rcpt}\n\n"
        "Deze mailbox bestaat niet meer op ons platform. De school heeft het account opgezegd en er is geen doorstuuradres ingesteld.\n\n"
        "Dit is een permanente fout. We doen geen nieuwe pogingen. Het oorspronkelijke bericht is bijgevoegd.\n"
    )
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(b, host, "failed", diag, remote=f"mailstore3.{host.split('.', 1)[1]}"),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts, ("Melding", "Afleverrapport", "Niet afgeleverd bericht")),
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        "Onbestelbaar bericht: retour afzender",
        prefix="----=_NextPart_",
    )


def bounce_exchange_nl_full(b: Bounce) -> Message:
    server = "AM8PR04MB7749.eurprd04.prod.outlook.com"
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = exchange_alternative(
        [
            ("h1", f"Uw bericht aan {b.rcpt} kon niet worden bezorgd."),
            (
                "p",
                "Het postvak van de geadresseerde is vol en neemt op dit moment geen berichten meer aan. Probeer het later opnieuw of neem op een andere manier contact op met de geadresseerde.",
            ),
            ("b", "Diagnostische gegevens voor beheerders:"),
            (
                "pre",
                f"Genererende server: {server}\n\n{b.rcpt}\nDe externe server heeft '{diag}' geretourneerd",
            ),
        ],
        "utf-8",
        "nl-NL",
    )
    parts = [human, delivery_status(b, server, "failed", diag), rfc822_headers(b)]
    return finish(
        b,
        report(parts),
        f"Microsoft Outlook <postmaster@{b.rcpt.split('@')[1]}>",
        f"Onbestelbaar: {b.subject()}",
        prefix="_000_",
        extra=(("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "nl-NL")),
    )


def bounce_it_disabled(b: Bounce) -> Message:
    host = "smtpin.postaweb-italia.example"
    diag = f"550 5.2.1 <{b.rcpt}>: casella disattivata / mailbox disabled"
    human = (
        "Gentile mittente,\n\n"
        f"il messaggio da lei inviato a {b.rcpt} è stato respinto dal server di destinazione.\n\n"
        "Motivo: la casella di posta è stata disattivata dal titolare e non riceve più messaggi.\n\n"
        "L'errore è definitivo e il messaggio non verrà più inoltrato. Le intestazioni del messaggio originale sono allegate.\n\n"
        f"Risposta del server: {diag}\n\n"
        "--\nSistema di posta PostaWeb Italia\n"
    )
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(b, host, "failed", diag),
        rfc822_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Sistema di posta <mailer-daemon@{host}>",
        "Notifica di mancato recapito",
        prefix="----=_Part_",
    )


def bounce_it_suspended(b: Bounce) -> Message:
    """An old Italian provider: no MIME, accents typed as apostrophes, soft failure."""
    rem = b.reminder()
    subject = b.subject().replace("–", "-")
    text = (
        "ATTENZIONE: questo e' un messaggio automatico, non rispondere.\n\n"
        "Il messaggio indicato sotto non e' ancora stato recapitato al destinatario:\n\n"
        f"   {b.rcpt}\n\n"
        "La casella del destinatario risulta temporaneamente sospesa (452 4.2.1\n"
        "mailbox temporarily disabled). Il sistema ritentera' la consegna ogni ora\n"
        "per i prossimi 4 giorni; non e' necessario inviare di nuovo il messaggio.\n\n"
        "--- messaggio originale ---\n"
        f"Date: {rem['Date']}\nFrom: {rem['From']}\nTo: {b.rcpt}\nSubject: {subject}\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "Servizio Posta <postmaster@mail.retecomuni-posta.example>",
        "Avviso: consegna ritardata",
        prefix="",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce], Message]] = {
    "postfix_gmail": bounce_postfix_gmail,
    "qmail": bounce_qmail,
    "sendmail_delay": bounce_sendmail_delay,
    "exchange_de_notfound": bounce_exchange_de_notfound,
    "exchange_de_delay": bounce_exchange_de_delay,
    "fr_full": bounce_fr_full,
    "es_unknown": bounce_es_unknown,
    "es_delay": bounce_es_delay,
    "nl_moved": bounce_nl_moved,
    "exchange_nl_full": bounce_exchange_nl_full,
    "it_disabled": bounce_it_disabled,
    "it_suspended": bounce_it_suspended,
}

BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.1",
        "hollyandsam.wedding26@gmail.com",
        "2026-11-24 08:49 +0000",
        "en",
        "postfix_gmail",
        "Postfix DSN from Alder Row's own relay quoting Gmail's multi-line 550-5.1.1; full message returned",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.1.1",
        "bursar@stcolumbas-primary.example",
        "2026-12-02 08:52 +0000",
        "en",
        "qmail",
        "qmail 'failure notice', not MIME; the status is only in '(#5.1.1)'",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "soft",
        "4.4.1",
        "canteen.office@northfield-eng.example",
        "2026-12-08 13:05 +0000",
        "en",
        "sendmail_delay",
        "sendmail four-hour warning from the customer's gateway",
    ),
    Bounce(
        "bo-de-1",
        "de",
        "hard",
        "5.1.10",
        "info@bestattungshaus-kessler.example",
        "2026-11-26 09:41 +0100",
        "de",
        "exchange_de_notfound",
        "Exchange Online NDR in German",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "soft",
        "4.4.7",
        "kantine@werkskantine-rheinau.example",
        "2026-12-10 14:12 +0100",
        "de",
        "exchange_de_delay",
        "on-premises Exchange delay notice in German, Latin-1",
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "soft",
        "4.2.2",
        "tresorerie@restos-solidaires-lys.example",
        "2026-12-03 13:37 +0100",
        "fr",
        "fr_full",
        "single-part Latin-1 provider notice, mailbox over quota, retries announced",
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.1.1",
        "secretaria@colegiolasencinas.example",
        "2026-11-30 09:35 +0100",
        "es",
        "es_unknown",
        "Spanish provider DSN with the message returned",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "4.4.2",
        "administracion@fundacionvientosur.example",
        "2026-12-15 14:02 +0100",
        "es",
        "es_delay",
        "delay DSN in Spanish, 8-bit body",
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "hard",
        "5.1.6",
        "administratie@obs-dewilgenhoek.example",
        "2026-12-04 09:38 +0100",
        "nl",
        "nl_moved",
        "mailbox moved with no forwarding address: hard",
    ),
    Bounce(
        "bo-nl-2",
        "nl",
        "soft",
        "5.2.2",
        "facturen@uitvaartzorg-beekman.example",
        "2026-12-16 09:44 +0100",
        "nl",
        "exchange_nl_full",
        "mailbox full reported as 554 5.2.2 with Action: failed: soft by the mailbox-full rule, code kept",
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.2.1",
        "segreteria@scuolainfanzia-ilgirasole.example",
        "2026-11-27 09:39 +0100",
        "it",
        "it_disabled",
        "mailbox disabled by its owner, permanent",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.2.1",
        "amministrazione@onoranzefunebri-rinaldi.example",
        "2026-12-11 13:20 +0100",
        "it",
        "it_suspended",
        "non-MIME Italian notice, mailbox temporarily suspended, retries announced",
    ),
]


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
AUTO_GEN = ("Auto-Submitted", "auto-generated")
XARS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

NORTHFIELD_ADVICE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Remittance advice</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">
<p>This message was generated automatically by the Northfield Engineering plc accounts payable system. Replies to this address are not read.</p>
<p>Supplier: ALDER ROW CATERING LTD (supplier no. 300418)<br>
Payment document: 0002261874<br>
Payment date: 02/12/2026<br>
Payment method: BACS</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><th>Your reference</th><th>Document date</th><th>Gross</th><th>Deduction</th><th>Paid</th></tr>
<tr><td>AR26-41877</td><td>31/10/2026</td><td align="right">3,412.80</td><td align="right">0.00</td><td align="right">3,412.80</td></tr>
<tr><td>AR26-41902</td><td>31/10/2026</td><td align="right">3,490.50</td><td align="right">0.00</td><td align="right">3,490.50</td></tr>
<tr><td colspan="4"><b>Total GBP</b></td><td align="right"><b>6,903.30</b></td></tr>
</table>
<p>Funds normally reach the payee's account within two working days. For queries please write to ap.queries@northfield-eng.example quoting the payment document number.</p>
</body></html>
"""

REPLIES.extend(
    [
        Reply(
            "ps-en-1",
            "payment_sent",
            "en",
            ("Sam Whitlock", "sam.whitlock.88@gmail.com"),
            "2026-11-27 19:42 +0000",
            "iphone",
            "Paid.",
            lab(note="one word in answer to a payment reminder: a payment claim with no date"),
            amt="£2,140.00",
        ),
        Reply(
            "ps-en-2",
            "payment_sent",
            "en",
            ("Northfield Engineering AP", "ap-noreply@northfield-eng.example"),
            "2026-12-03 06:15 +0000",
            "none_html",
            NORTHFIELD_ADVICE,
            lab(
                ("AR26-41877", "AR26-41902"),
                paid_date="2026-12-02",
                payment_reference="0002261874",
                amount="6903.30",
                currency="GBP",
                note="AP-system remittance advice for a staff canteen, HTML only, not in the reminder thread; the amount is the total paid",
            ),
            subject="Remittance advice 0002261874 – ALDER ROW CATERING LTD",
            headers=(AUTO_GEN, ("X-Mailer", "SAP NetWeaver Application Server")),
            thread=False,
        ),
        Reply(
            "ps-en-3",
            "payment_sent",
            "en",
            ("Fiona Marsh", "bursar@hollinsbrook-academy.example"),
            "2026-12-07 10:21 +0000",
            "outlook_html",
            "Good morning,\n\nThis went out in our BACS run on Friday – £1,846.50, our reference HBA-PAY-88213. Sorry it ran late: the governors had to sign off the harvest lunch before finance could release it.\n\nKind regards,\n\nFiona Marsh\nSchool Business Manager\nHollinsbrook Academy\n\nThis email and any attachments are confidential and intended only for the named recipient. If you have received it in error, please tell the sender and delete it. Hollinsbrook Academy Trust is a charitable company limited by guarantee, registered in England and Wales no. 07654321.",
            lab(
                paid_date="2026-12-04",
                payment_reference="HBA-PAY-88213",
                amount="1846.50",
                currency="GBP",
                note="'Friday' is past, said on Monday 7 Dec, so Friday 4 Dec",
            ),
        ),
        Reply(
            "ps-de-1",
            "payment_sent",
            "de",
            ("Petra Adler", "verwaltung@bestattungen-adler.example"),
            "2026-11-24 11:05 +0100",
            "outlook",
            "Sehr geehrte Damen und Herren,\n\ndie Rechnung AR26-40418 für die Bewirtung nach der Trauerfeier Roth haben wir bereits am 20.11.2026 überwiesen, 2.318,40 €. Bitte gleichen Sie Ihre Unterlagen ab; die Familie hat uns den Betrag schon erstattet.\n\nMit freundlichen Grüßen\n\nPetra Adler\nBestattungen Adler e. K.\nLindenallee 8 · 99999 Altheim\nTel. 09999 41 27 0\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Empfänger sein, informieren Sie bitte den Absender und löschen Sie die Nachricht.",
            lab(("AR26-40418",), paid_date="2026-11-20", amount="2318.40", currency="EUR"),
            inv="AR26-40418",
            charset="windows-1252",
        ),
        Reply(
            "ps-de-2",
            "payment_sent",
            "de",
            (
                "Kreditorenbuchhaltung Rheinauer Werkzeugbau",
                "zahlungsavis@rheinauer-werkzeugbau.example",
            ),
            "2026-12-14 05:48 +0100",
            "none",
            "Sehr geehrte Damen und Herren,\n\nwir haben heute folgende Zahlung an Sie veranlasst:\n\nZahlungsbeleg:        1500043917\nZahlungsdatum:        14.12.2026\nZahlweg:              SEPA-Überweisung\nIhre Kreditorennr.:   70021\n\nBeleg-Nr.     Rechnungsdatum   Brutto      Skonto   Zahlbetrag\nAR26-42260    31.10.2026       2.318,40    0,00     2.318,40\nAR26-42391    30.11.2026       1.984,75    0,00     1.984,75\n                                           Summe EUR  4.303,15\n\nDiese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig. Rückfragen bitte unter Angabe des Zahlungsbelegs an kreditoren@rheinauer-werkzeugbau.example.",
            lab(
                ("AR26-42260", "AR26-42391"),
                paid_date="2026-12-14",
                payment_reference="1500043917",
                amount="4303.15",
                currency="EUR",
                note="SAP payment advice (Zahlungsavis) for the works canteen, plain Latin-1 with a PDF copy; not in the reminder thread",
            ),
            subject="Zahlungsavis 1500043917 Alder Row Catering Ltd",
            charset="iso-8859-1",
            headers=(AUTO_GEN,),
            attach=("Zahlungsavis_1500043917.pdf", "pdf", FAKE_PDF),
            thread=False,
        ),
        Reply(
            "ps-fr-1",
            "payment_sent",
            "fr",
            ("Nathalie Delorme", "contact@pf-delorme.example"),
            "2026-12-09 16:48 +0100",
            "owa",
            "Bonjour,\n\nLe virement de 1\u202f274,00 € est parti ce matin de notre compte professionnel, référence de l'opération VIR-20261209-5531.\n\nToutes nos excuses pour ce retard : nous avons changé de logiciel de comptabilité en novembre et quelques factures sont restées en attente.\n\nCordialement,\n\nNathalie Delorme\nPompes Funèbres Delorme – Marbrerie\n14, rue des Tilleuls – 99999 Saint-Aubin-les-Prés",
            lab(
                paid_date="2026-12-09",
                payment_reference="VIR-20261209-5531",
                amount="1274.00",
                currency="EUR",
                note="'ce matin' is the message date",
            ),
        ),
        Reply(
            "ps-fr-2",
            "payment_sent",
            "fr",
            ("Camille Roussel", "camille.roussel86@gmail.com"),
            "2026-11-30 21:14 +0100",
            "gmail",
            "Bonsoir,\n\nMon mari a fait le virement dimanche soir depuis son appli, pour le solde du mariage. Vous pouvez nous confirmer que vous l'avez bien reçu ? On ne voudrait pas qu'il soit bloqué quelque part.\n\nEncore merci pour le repas, nos invités en parlent encore !\n\nCamille",
            lab(
                paid_date="2026-11-29",
                note="past 'dimanche' said on Monday 30 Nov; the question only asks for a confirmation",
            ),
        ),
        Reply(
            "ps-es-1",
            "payment_sent",
            "es",
            ("Lucía Ferrer", "lferrer@talleres-ebro.example"),
            "2026-11-30 12:10 +0100",
            "thunderbird",
            "Buenos días:\n\nLes confirmo que la transferencia de 1.960,80 EUR de la factura AR26-40733 (comedor de personal, septiembre) se hizo el viernes 27. No les adjunto el justificante porque el banco tarda un par de días en generarlo; si lo necesitan, se lo reenvío.\n\nSaludos,\n\nLucía Ferrer\nAdministración - Talleres Ebro S.L.",
            lab(("AR26-40733",), paid_date="2026-11-27", amount="1960.80", currency="EUR"),
            inv="AR26-40733",
            charset="iso-8859-1",
        ),
        Reply(
            "ps-es-2",
            "payment_sent",
            "es",
            ("Rocío Sanz", "tesoreria@manosabiertas-ong.example"),
            "2026-12-04 10:32 +0100",
            "gmail",
            "Hola,\n\nLa factura AR26-41155 la abonamos el 2 de diciembre. Os adjunto el justificante bancario para que podáis cuadrarlo.\n\nGracias otra vez por el catering de la gala solidaria, salió todo redondo.\n\nUn abrazo,\nRocío Sanz\nTesorera – Asociación Manos Abiertas",
            lab(
                ("AR26-41155",),
                paid_date="2026-12-02",
                note="charity; bank receipt attached as a PDF",
            ),
            inv="AR26-41155",
            attach=("justificante_AR26-41155.pdf", "pdf", FAKE_PDF),
        ),
        Reply(
            "ps-nl-1",
            "payment_sent",
            "nl",
            ("Marloes Verhoef", "administratie@uitvaartcentrum-hetanker.example"),
            "2026-12-02 14:25 +0100",
            "outlook_html",
            "Goedemiddag,\n\nDe rekening voor de koffietafel na de uitvaart van mevrouw Jansen (AR26-41620) is dinsdag 1 december de deur uit gegaan. Transactienummer bij onze bank: 4410 8827 1350 0019. Ziet u hem over een paar dagen nog niet, belt u mij dan even.\n\nMet vriendelijke groet,\n\nMarloes Verhoef\nUitvaartcentrum Het Anker\n\nDit bericht is alleen bestemd voor de geadresseerde. Heeft u het per vergissing ontvangen, verwijder het dan en laat het de afzender weten.",
            lab(
                ("AR26-41620",),
                paid_date="2026-12-01",
                payment_reference="4410 8827 1350 0019",
                note="funeral home; 'de deur uit gegaan' (went out) is a payment sent",
            ),
            inv="AR26-41620",
        ),
        Reply(
            "ps-nl-2",
            "payment_sent",
            "nl",
            ("Sanne de Groot", "sannedegroot91@gmail.com"),
            "2026-12-10 20:03 +0100",
            "samsung",
            "Is gedaan! 😊\nGroetjes Sanne & Ruben",
            lab(
                note="'is gedaan' (done) in answer to a payment reminder: a payment claim, no date"
            ),
            amt="€ 3.265,00",
        ),
        Reply(
            "ps-it-1",
            "payment_sent",
            "it",
            ("Marco Ferretti", "dsga@icviadeipini.example"),
            "2026-12-01 12:40 +0100",
            "outlook",
            'Buongiorno,\n\nsi comunica che in data odierna è stato trasmesso al tesoriere il mandato di pagamento n. 387 relativo alla fattura AR26-41288 (pranzo della gita d\'istruzione delle classi terze), per un importo di € 1.187,20.\n\nDistinti saluti\n\nIl DSGA\nRag. Marco Ferretti\nIstituto Comprensivo "Via dei Pini"\n\nAi sensi del Regolamento UE 2016/679, le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato.',
            lab(
                ("AR26-41288",),
                paid_date="2026-12-01",
                payment_reference="387",
                amount="1187.20",
                currency="EUR",
                note="a school's payment order handed to its treasurer today is out of its hands: payment sent; the order number is the reference",
            ),
            inv="AR26-41288",
            charset="windows-1252",
        ),
    ]
)

REPLIES.extend(
    [
        Reply(
            "pr-en-1",
            "promise_to_pay",
            "en",
            ("Jess Amadi", "jess.amadi.weds@gmail.com"),
            "2026-12-03 22:17 +0000",
            "gmail",
            "Hi there,\n\nSo sorry, we haven't forgotten you! My parents are transferring their share to us and we'll pay the whole balance once the funds clear on Monday. Hope that's OK.\n\nThanks again for everything on the day,\nJess (and Tom)",
            lab(
                promised_date="2026-12-07",
                note="event promise: paying once the funds clear on Monday, the Monday after Thu 3 Dec",
            ),
            amt="£3,180.00",
        ),
        Reply(
            "pr-en-2",
            "promise_to_pay",
            "en",
            ("Graham Ellery", "treasurer@riversidefoodbank.example"),
            "2026-11-25 14:03 +0000",
            "thunderbird",
            "Dear Alder Row,\n\nThank you for the reminder, and apologies. Any payment over £1,000 needs two trustees' signatures, and our trustees next meet on Thursday 10 December. I will make the payment the following morning.\n\nWith best wishes,\n\nGraham Ellery\nHon. Treasurer, Riverside Food Bank\nRegistered charity no. 1198765",
            lab(
                promised_date="2026-12-11",
                note="charity; the morning after the trustees' meeting on Thu 10 Dec",
            ),
            cte="8bit",
        ),
        Reply(
            "pr-en-3",
            "promise_to_pay",
            "en",
            ("Dev Chauhan", "dev.chauhan@parkgate-logistics.example"),
            "2026-12-14 09:12 +0000",
            "android",
            "Morning – I've chased our finance team and it'll have been paid by Friday at the latest.\n\nDev\nSite Services Manager, Parkgate Logistics",
            lab(
                promised_date="2026-12-18",
                note="future perfect 'will have been paid by Friday' is a promise, not a payment; Friday after Mon 14 Dec",
            ),
        ),
        Reply(
            "pr-de-1",
            "promise_to_pay",
            "de",
            ("Anja Köhler", "kasse@foerderverein-gs-muehlbach.example"),
            "2026-12-01 19:30 +0100",
            "gmx",
            "Hallo,\n\nentschuldigen Sie bitte die Verspätung. Die Rechnung für das Büfett beim Herbstfest zahlen wir, sobald unsere Kassenprüfer die Ausgabe abgezeichnet haben, spätestens aber bis zum 15.12.\n\nViele Grüße\nAnja Köhler\nKassenwartin, Förderverein der Grundschule Am Mühlbach e. V.",
            lab(
                promised_date="2026-12-15",
                note="school parents' association; 'spätestens bis zum 15.12.' is the date",
            ),
        ),
        Reply(
            "pr-de-2",
            "promise_to_pay",
            "de",
            ("Jonas Reiter", "jonas.reiter@web-post.example"),
            "2026-11-26 18:44 +0100",
            "iphone",
            "Hallo, sorry, wir überweisen den Rest am Montag, da kommt das Gehalt. Viele Grüße Jonas & Lea",
            lab(promised_date="2026-11-30", note="wedding couple; Monday after Thu 26 Nov"),
            amt="1.890,00 €",
        ),
        Reply(
            "pr-fr-1",
            "promise_to_pay",
            "fr",
            ("Sandrine Moulin", "finances@mairie-bellerive.example"),
            "2026-12-08 11:20 +0100",
            "outlook_html",
            "Bonjour,\n\nLa facture AR26-42015 (repas de la cantine scolaire, septembre) a été validée par le service. Le paiement sera effectué par la Trésorerie la semaine prochaine.\n\nCordialement,\n\nSandrine Moulin\nService finances\nMairie de Bellerive-sur-Loue\n\nCe message et ses pièces jointes sont établis à l'attention exclusive de leurs destinataires. Toute diffusion non autorisée est interdite.",
            lab(
                ("AR26-42015",),
                promised_date="2026-12-14",
                note="'la semaine prochaine' → Monday of next week",
            ),
            inv="AR26-42015",
        ),
        Reply(
            "pr-fr-2",
            "promise_to_pay",
            "fr",
            ("Bernard Lacaze", "bernard.lacaze@secours-du-pays.example"),
            "2026-12-02 15:55 +0100",
            "apple",
            "Bonjour,\n\nNous attendons le versement de la subvention municipale, annoncé pour la fin de la semaine. Nous réglerons votre facture d'ici le 20 décembre au plus tard.\n\nBien à vous,\n\nBernard Lacaze\nTrésorier – Les Amis du Secours du Pays",
            lab(
                promised_date="2026-12-20",
                note="charity waiting for a grant, but with a latest date",
            ),
        ),
        Reply(
            "pr-es-1",
            "promise_to_pay",
            "es",
            ("Alba Moreno", "albamoreno.boda@gmail.com"),
            "2026-12-08 23:02 +0100",
            "gmail_plain",
            "Hola! Perdonad el retraso, con la luna de miel se nos pasó. Os lo pago el jueves sin falta 🙏\nAlba",
            lab(
                promised_date="2026-12-10",
                note="Spanish present tense with a coming day ('os lo pago el jueves') is a promise",
            ),
            cte="b64",
        ),
        Reply(
            "pr-es-2",
            "promise_to_pay",
            "es",
            ("Carmen Ibáñez", "administracion@funerariasanlazaro.example"),
            "2026-11-23 10:48 +0100",
            "outlook",
            "Buenos días:\n\nEstamos pendientes de que la aseguradora de decesos nos pague el servicio de la familia Ortega. En cuanto lo recibamos, previsiblemente el 15 de diciembre, les abonaremos la factura AR26-40150.\n\nAtentamente,\n\nCarmen Ibáñez\nAdministración\nFuneraria San Lázaro, S.L.\n\nAVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
            lab(
                ("AR26-40150",),
                promised_date="2026-12-15",
                note="funeral home waiting for the insurer; the expected day is the promised date",
            ),
            inv="AR26-40150",
        ),
        Reply(
            "pr-nl-1",
            "promise_to_pay",
            "nl",
            ("Yvonne Bakker", "crediteuren@vandalen-logistiek.example"),
            "2026-12-15 08:57 +0100",
            "owa",
            "Goedemorgen,\n\nUw factuur AR26-42788 is goedgekeurd en staat ingepland in de betaalrun van donderdag. U kunt het bedrag van € 1.412,75 vrijdag op uw rekening verwachten.\n\nMet vriendelijke groet,\n\nYvonne Bakker\nCrediteurenadministratie\nVan Dalen Logistiek B.V.",
            lab(
                ("AR26-42788",),
                promised_date="2026-12-17",
                amount="1412.75",
                currency="EUR",
                note="company canteen; the payment run on Thursday is the promised date, Friday is only when it should arrive",
            ),
            inv="AR26-42788",
        ),
        Reply(
            "pr-it-1",
            "promise_to_pay",
            "it",
            ("Giulia Bellandi", "amministrazione@ofbellandi.example"),
            "2026-12-03 09:15 +0100",
            "outlook_html",
            "Buongiorno,\n\nci scusiamo per il ritardo. Provvederemo al saldo della fattura AR26-41740 con bonifico entro venerdì 11 dicembre.\n\nCordiali saluti\n\nGiulia Bellandi\nOnoranze Funebri Bellandi s.n.c.\nServizio attivo 24 ore su 24",
            lab(("AR26-41740",), promised_date="2026-12-11"),
            inv="AR26-41740",
        ),
        Reply(
            "pr-it-2",
            "promise_to_pay",
            "it",
            ("Chiara Esposito", "chiara.davide.sposi@gmail.com"),
            "2026-11-25 08:30 +0100",
            "iphone",
            "Buongiorno! Siamo ancora in viaggio di nozze 🌴 rientriamo il 1° dicembre e il giorno dopo facciamo il bonifico del saldo. Grazie della pazienza!\nChiara",
            lab(
                promised_date="2026-12-02",
                note="written by a person on honeymoon, not an auto-reply; the day after the 1st; Italian reply to an English reminder",
            ),
            rlang="en",
            amt="€2,480.00",
        ),
    ]
)

REPLIES.extend(
    [
        Reply(
            "di-en-1",
            "dispute",
            "en",
            ("Laura Bright", "laura.bright.home@gmail.com"),
            "2026-11-24 20:51 +0000",
            "apple_html",
            "Hi,\n\nWe have NOT paid this, and we won't be paying the full amount, because the dessert table we ordered never arrived at the venue. We raised it with your event manager on the night (Saturday 3 October) and were told someone would be in touch. Nobody has been.\n\nThe invoice still charges £620 for the desserts. Please take that off and send a corrected invoice, and we'll pay the rest.\n\nLaura & Kieran Bright",
            lab(
                note="wedding; negated payment with the reason, an item never delivered; the corrected invoice and the conditional payment are secondary"
            ),
            amt="£4,275.00",
        ),
        Reply(
            "di-en-2",
            "dispute",
            "en",
            ("Helen Okoro", "h.okoro@brambleford-foods.example"),
            "2026-12-09 11:34 +0000",
            "outlook",
            "Hello,\n\nAR26-42140 was paid last Thursday, so please check your ledger. AR26-42177 is another matter: it charges for 140 lunches a day in the week of 21 September, and our canteen headcount that week was 95 because of the plant shutdown. We agreed in advance that we would only be billed for actual covers.\n\nPlease amend AR26-42177. We will not be paying it as it stands.\n\nRegards,\n\nHelen Okoro\nFacilities Manager\nBrambleford Foods Ltd",
            lab(
                ("AR26-42140", "AR26-42177"),
                note="company canteen; one invoice paid, the other disputed: dispute wins for the disputed part, so no paid_date",
            ),
            inv="AR26-42177",
        ),
        Reply(
            "di-en-3",
            "dispute",
            "en",
            ("Martin Hale", "arrangements@hale-and-daughters.example"),
            "2026-12-16 15:10 +0000",
            "html_only",
            "Good afternoon,\n\nWe have been invoiced for 80 guests at the wake at the Corn Exchange on 6 October, but the family confirmed 60 to your events coordinator the day before, and we have that in writing. We will settle for 60 covers once a revised invoice arrives. We cannot pass the current figure on to a grieving family.\n\nYours sincerely,\n\nMartin Hale\nHale & Daughters Funeral Directors\nEst. 1931\n\nThe information in this email is confidential and may be legally privileged. It is intended solely for the addressee.",
            lab(
                note="funeral director; guest count disputed, payment only for the undisputed part"
            ),
        ),
        Reply(
            "di-de-1",
            "dispute",
            "de",
            ("Thomas Brandt", "verwaltung@gymnasium-am-stadtpark.example"),
            "2026-12-02 10:02 +0100",
            "outlook_html",
            "Sehr geehrte Damen und Herren,\n\nin der Rechnung AR26-41312 ist eine Anlieferungspauschale von 180,00 € enthalten. Laut Ihrem Angebot vom 3. September war die Lieferung für das Begrüßungsfest der neuen fünften Klassen im Preis inbegriffen. Wir bitten um eine korrigierte Rechnung ohne diese Position; den unstrittigen Betrag überweisen wir nach Eingang der Korrektur.\n\nMit freundlichen Grüßen\n\nThomas Brandt\nSchulverwaltung\nGymnasium am Stadtpark",
            lab(("AR26-41312",), note="school; a delivery charge the quote did not include"),
            inv="AR26-41312",
        ),
        Reply(
            "di-de-2",
            "dispute",
            "de",
            ("Sabine Wolf", "s.wolf@hafenwerk-logistik.example"),
            "2026-11-27 13:40 +0100",
            "outlook",
            "Guten Tag,\n\ndie Rechnung können wir so nicht begleichen. Am 29.09. und am 30.09. kam das Mittagessen für unsere Betriebskantine erst nach 13 Uhr und nur lauwarm an; wir mussten an beiden Tagen für die Spätschicht Ersatz beim Bäcker kaufen. Diese beiden Tage bitten wir vollständig gutzuschreiben. Belege und Fotos schicke ich Ihnen gern.\n\nMit freundlichen Grüßen\ni. A. Sabine Wolf\nPersonalabteilung / Kantine\nHafenwerk Logistik GmbH",
            lab(note="company canteen; late and cold deliveries, credit asked for two days"),
            charset="iso-8859-1",
            cte="8bit",
        ),
        Reply(
            "di-fr-1",
            "dispute",
            "fr",
            ("Julien Mercier", "julienetmanon2026@gmail.com"),
            "2026-12-05 10:41 +0100",
            "gmail",
            "Bonjour,\n\nNous contestons la ligne « heures supplémentaires du personnel – 3 h » de la facture. Le service a commencé avec presque deux heures de retard parce que votre camion est arrivé tard au domaine, et c'est pour ça que la soirée a débordé. Nous ne voyons pas pourquoi nous paierions ces heures.\n\nMerci de refaire la facture sans cette ligne ; nous réglerons le reste dès réception.\n\nJulien et Manon Mercier",
            lab(note="wedding; overtime charge contested"),
            amt="4\u202f860,00 €",
        ),
        Reply(
            "di-fr-2",
            "dispute",
            "fr",
            ("Hélène Garnier", "compta@pfgarnier.example"),
            "2026-12-11 09:25 +0100",
            "thunderbird",
            "Bonjour,\n\nCette facture fait doublon avec la facture AR26-40981, qui porte sur la même collation (obsèques de M. Perrin, 25 septembre) et que nous avons réglée le 12 novembre. Merci de l'annuler et de nous adresser un avoir.\n\nCordialement,\nHélène Garnier\nPompes Funèbres Garnier",
            lab(
                ("AR26-40981",),
                note="funeral home; duplicate billing, the payment mentioned is of the other invoice",
            ),
            charset="iso-8859-1",
        ),
        Reply(
            "di-es-1",
            "dispute",
            "es",
            ("Pilar Domínguez", "administracion@colegiosanjorge-valle.example"),
            "2026-12-10 17:05 +0100",
            "outlook",
            "Buenas tardes:\n\nNo hemos pagado esta factura y no la vamos a pagar en estos términos: el menú de la excursión de 4.º de primaria no respetaba las alergias que les comunicamos por escrito (sin frutos secos y sin gluten para seis alumnos). Tuvimos que comprar comida aparte para esos niños.\n\nQuedamos a la espera de una propuesta de abono.\n\nUn saludo,\nPilar Domínguez\nAdministración – Colegio San Jorge del Valle",
            lab(note="school; negated payment with the reason (allergen menu not respected)"),
        ),
        Reply(
            "di-nl-1",
            "dispute",
            "nl",
            ("Femke Jansen", "penningmeester@stichting-warmewinter.example"),
            "2026-11-30 16:22 +0100",
            "roundcube",
            "Beste mensen,\n\nBij de offerte voor ons benefietdiner hadden we met Jeroen afgesproken dat we als goed doel 20% korting zouden krijgen. Op de factuur staat het volle bedrag. Kunnen jullie dat corrigeren? Dan maken we het gecorrigeerde bedrag meteen over.\n\nHartelijke groet,\nFemke Jansen\nPenningmeester Stichting Warme Winter",
            lab(note="charity; agreed discount missing, so the amount is contested"),
        ),
        Reply(
            "di-nl-2",
            "dispute",
            "nl",
            ("Peter Smit", "peter@smituitvaartzorg.example"),
            "2026-12-14 11:48 +0100",
            "outlook_html",
            "Goedemorgen,\n\nBij de koffietafel van 8 oktober ontbrak de soep die wel op de factuur staat (€ 96,00), en de helft van de broodjes was van de dag ervoor. De familie was er erg teleurgesteld over. Wij betalen deze factuur pas als daar een oplossing voor is.\n\nMet vriendelijke groet,\n\nPeter Smit\nSmit Uitvaartzorg",
            lab(note="funeral home; missing item and stale food, payment withheld"),
        ),
        Reply(
            "di-it-1",
            "dispute",
            "it",
            ("Ufficio Economato", "economato@comune-castelvero.example"),
            "2026-12-07 12:15 +0100",
            "outlook",
            "Buongiorno,\n\nnella fattura AR26-41410 il servizio di refezione scolastica è stato fatturato con IVA al 22% anziché con l'aliquota del 4% prevista per le mense scolastiche, quindi l'importo totale non è corretto. Vi chiediamo di emettere nota di credito e una nuova fattura elettronica con l'aliquota giusta. Nel frattempo il pagamento è sospeso.\n\nCordiali saluti\n\nUfficio Economato\nComune di Castelvero",
            lab(
                ("AR26-41410",),
                note="school meals for a town council; a wrong VAT rate contests the amount, so dispute rather than invoice_request",
            ),
            inv="AR26-41410",
        ),
        Reply(
            "di-it-2",
            "dispute",
            "it",
            ("Federica Gallo", "federica.gallo88@gmail.com"),
            "2026-11-28 18:20 +0100",
            "gmail",
            "Salve,\n\nprima di pagare il saldo vorremmo chiarire una cosa: la torta nuziale non era quella scelta alla degustazione (doveva essere pistacchio e lamponi, è arrivata una millefoglie alla crema). L'abbiamo fatto presente alla vostra responsabile la sera stessa. Ci aspettiamo uno sconto su quella voce.\n\nFederica e Luca",
            lab(note="wedding; wrong cake, discount asked before paying the balance"),
        ),
    ]
)

REPLIES.extend(
    [
        Reply(
            "pl-en-1",
            "payment_plan",
            "en",
            ("Margaret Osei", "finance@hopehousehospice.example"),
            "2026-11-26 12:44 +0000",
            "outlook_html",
            "Dear Accounts Team,\n\nThank you again for catering our autumn supporters' evening. Our fundraising income is well down this year, and I would be grateful if we could settle this invoice in three monthly instalments of £615.50, starting in January. I can set up a standing order as soon as you agree.\n\nKind regards,\n\nMargaret Osei\nFinance Officer\nHope House Hospice\nRegistered charity no. 1087654",
            lab(
                note="charity; monthly instalments proposed, plan dates and amounts are not labelled"
            ),
        ),
        Reply(
            "pl-en-2",
            "payment_plan",
            "en",
            ("Ryan Cole", "ryancole.85@gmail.com"),
            "2026-12-12 11:05 +0000",
            "iphone",
            "Hi, the wedding ended up costing a bit more than we planned 😬 could we pay £500 now and the rest by the end of January?\nRyan",
            lab(note="wedding; part now and the rest later is a plan"),
            amt="£2,360.00",
        ),
        Reply(
            "pl-en-3",
            "payment_plan",
            "en",
            ("Nicola Shaw", "fopta.oakfield@gmail.com"),
            "2026-11-23 18:22 +0000",
            "gmail",
            "Hello,\n\nI've just sent £400 towards this from the PTA account. We're a bit short until the Christmas fair on 12 December, so could we pay the remaining £1,446.50 the week after? Hope that works.\n\nBest,\nNicola Shaw\nTreasurer, Friends of Oakfield Primary (PTA)",
            lab(
                note="school PTA; part already sent plus the rest later → payment_plan, not payment_sent"
            ),
        ),
        Reply(
            "pl-de-1",
            "payment_plan",
            "de",
            ("Uwe Lorenz", "info@bestattungen-lorenz.example"),
            "2026-12-04 09:50 +0100",
            "outlook",
            "Sehr geehrte Damen und Herren,\n\nwir würden die Rechnung gern in zwei Raten begleichen: die Hälfte noch im Dezember, den Rest Mitte Januar. Die Angehörigen zahlen bei uns ebenfalls in Raten, und wir möchten nicht für alles in Vorleistung gehen. Bitte geben Sie uns kurz Bescheid, ob das für Sie in Ordnung ist.\n\nMit freundlichen Grüßen\n\nUwe Lorenz\nBestattungsinstitut Lorenz\nInhaber: Uwe Lorenz · USt-IdNr. DE999999999",
            lab(note="funeral home; two instalments"),
            charset="windows-1252",
        ),
        Reply(
            "pl-de-2",
            "payment_plan",
            "de",
            ("Gabi Neumann", "gabi.neumann@tafel-suedstadt.example"),
            "2026-12-16 20:10 +0100",
            "thunderbird",
            "Hallo zusammen,\n\nwäre eine Ratenzahlung möglich? Wir könnten vier Raten zu je 579,60 € zahlen, jeweils zum Monatsersten ab Januar. Als ehrenamtlicher Verein haben wir gerade wenig Luft.\n\nDanke und viele Grüße\nGabi Neumann\nSüdstadt-Tafel e. V.",
            lab(note="charity (food bank); four monthly instalments"),
            cte="8bit",
        ),
        Reply(
            "pl-fr-1",
            "payment_plan",
            "fr",
            ("Isabelle Fournier", "i.fournier@ateliers-vauclair.example"),
            "2026-12-01 14:33 +0100",
            "html_only",
            "Bonjour,\n\nSuite à la baisse d'activité de notre site, notre trésorerie est tendue ce trimestre. Serait-il possible d'étaler le règlement de cette facture de restauration du personnel sur trois mois (décembre, janvier, février) ? Je peux vous envoyer un échéancier signé.\n\nBien cordialement,\n\nIsabelle Fournier\nResponsable administrative et financière\nAteliers Vauclair SAS",
            lab(note="company canteen; payment spread over three months"),
        ),
        Reply(
            "pl-es-1",
            "payment_plan",
            "es",
            ("Marcos Vidal", "marcos.vidal.r@gmail.com"),
            "2026-12-14 21:40 +0100",
            "gmail_plain",
            "Buenas noches,\n\n¿Sería posible pagar lo que queda en dos plazos? La mitad ahora en diciembre y la otra mitad a finales de enero, cuando nos devuelvan la fianza del piso. Nos vendría genial.\n\nGracias,\nMarcos y Elena",
            lab(note="wedding couple; two instalments"),
        ),
        Reply(
            "pl-es-2",
            "payment_plan",
            "es",
            ("Teresa Llorente", "contabilidad@fundacionraices.example"),
            "2026-11-25 11:00 +0100",
            "owa",
            "Buenos días:\n\nLes escribimos desde la fundación por esta factura. Hasta que no recibamos la subvención autonómica no podemos asumir el pago completo. ¿Aceptarían pagos mensuales de 400 € a partir de diciembre hasta saldar la deuda?\n\nMuchas gracias por su comprensión.\n\nTeresa Llorente\nContabilidad – Fundación Raíces",
            lab(note="charity; monthly payments until the balance is cleared"),
        ),
        Reply(
            "pl-nl-1",
            "payment_plan",
            "nl",
            ("Ilse Vermeulen", "directie@obs-dekleinebeer.example"),
            "2026-12-03 13:30 +0100",
            "outlook",
            "Geachte heer/mevrouw,\n\nHet budget van onze school voor dit kalenderjaar is op. Wij stellen voor de factuur in drie termijnen te betalen: een derde in december, een derde in januari en het restant in februari. Graag uw akkoord, dan zet ik het in gang.\n\nMet vriendelijke groet,\n\nIlse Vermeulen\nDirecteur OBS De Kleine Beer",
            lab(note="primary school; three instalments"),
        ),
        Reply(
            "pl-nl-2",
            "payment_plan",
            "nl",
            ("Daan Hendriks", "daan.hendriks94@gmail.com"),
            "2026-11-29 17:15 +0100",
            "iphone_html",
            "Hoi! Zouden we het restbedrag in drie delen mogen betalen? Het eerste deel maken we deze week over, de andere twee in december en januari.\nGroet, Daan & Lotte",
            lab(
                note="wedding couple; the first part this week is part of the plan, not a promise of the whole"
            ),
            amt="€ 2.940,00",
        ),
        Reply(
            "pl-it-1",
            "payment_plan",
            "it",
            ("don Paolo Marchetti", "parrocchia.sanrocco@diocesi-mail.example"),
            "2026-12-09 10:10 +0100",
            "thunderbird",
            "Gentili signori,\n\nvi scrivo per il pranzo della festa patronale di settembre. La parrocchia in questo periodo ha molte spese per le attività caritative di Natale: sarebbe possibile rateizzare l'importo in tre rate mensili a partire da gennaio?\n\nVi ringrazio e vi saluto cordialmente,\ndon Paolo Marchetti\nParrocchia di San Rocco",
            lab(note="parish charity; three monthly instalments"),
            charset="iso-8859-1",
        ),
        Reply(
            "pl-it-2",
            "payment_plan",
            "it",
            ("Roberto Costa", "info@onoranzecosta.example"),
            "2026-12-17 16:45 +0100",
            "android",
            "Buonasera, possiamo pagare in due tranche? Metà la versiamo domani e l'altra metà a fine gennaio. Attendiamo conferma.\nGrazie, Roberto Costa\nOnoranze Funebri Costa",
            lab(
                note="funeral home; half tomorrow and half at the end of January is a plan, not a promise to pay"
            ),
        ),
    ]
)

REPLIES.extend(
    [
        Reply(
            "ir-en-1",
            "invoice_request",
            "en",
            ("Karen Doyle", "finance@st-aidans-college.example"),
            "2026-11-24 09:18 +0000",
            "outlook",
            "Good morning,\n\nWe can't process this invoice because it doesn't show our purchase order number, and our finance system rejects anything without one. Could you please reissue it quoting PO 4500271933 and send it to this address? The amount itself is fine.\n\nMany thanks,\n\nKaren Doyle\nFinance Assistant\nSt Aidan's College\n\nSt Aidan's College is an exempt charity. This message may contain confidential information and is intended only for the person it is addressed to.",
            lab(note="school; reissue with a PO number, amount not contested"),
        ),
        Reply(
            "ir-en-2",
            "invoice_request",
            "en",
            ("Chloe Barnes", "chloe.barnes.93@gmail.com"),
            "2026-12-01 13:06 +0000",
            "inline",
            "{cut}Sorry, what is this one for? I thought the deposit and the final invoice in September covered everything for the wedding. Could you send me a breakdown of what this is?\n\nThanks,\nChloe",
            lab(
                note="wedding; interleaved answer under the quoted amount; asks what the charge is and for the detail, which the collector answers with the invoice"
            ),
            amt="£412.00",
        ),
        Reply(
            "ir-en-3",
            "invoice_request",
            "en",
            ("Owen Pritchard", "ap@corvale-pharma.example"),
            "2026-12-15 10:40 +0000",
            "owa",
            "Hi,\n\nCould you send us a full statement of account for the staff restaurant, please? We're reconciling before the year-end close and want to be sure we hold every invoice you've raised since July.\n\nThanks,\n\nOwen Pritchard\nAccounts Payable\nCorvale Pharmaceuticals UK Ltd",
            lab(note="company canteen; statement of account"),
        ),
        Reply(
            "ir-de-1",
            "invoice_request",
            "de",
            ("Markus Vogel", "buero@bestattungen-vogel.example"),
            "2026-12-08 08:45 +0100",
            "outlook_html",
            "Guten Morgen,\n\ndiese Rechnung liegt uns nicht vor. Bitte schicken Sie sie uns noch einmal als PDF an diese Adresse, gern zusätzlich als XRechnung. Dann wird sie umgehend bearbeitet.\n\nMit freundlichen Grüßen\n\nMarkus Vogel\nBestattungen Vogel GmbH\nGeschäftsführer: Markus Vogel · Amtsgericht Altheim HRB 9999",
            lab(note="funeral home; copy of the invoice, also as an e-invoice"),
        ),
        Reply(
            "ir-fr-1",
            "invoice_request",
            "fr",
            ("Émilie Bertin", "comptabilite@mairie-stjulien.example"),
            "2026-11-25 15:02 +0100",
            "outlook",
            "Bonjour,\n\nEn tant que collectivité, nous ne pouvons traiter que les factures déposées sur Chorus Pro. Votre facture pour la cantine de l'école communale ne nous est parvenue que par courriel ; merci de la déposer sur la plateforme avec notre SIRET 999 999 999 00011 et le code service ECOLE. Le paiement suivra la réception.\n\nCordialement,\n\nÉmilie Bertin\nService comptabilité\nMairie de Saint-Julien-des-Vignes",
            lab(
                note="town council paying for a school canteen; resubmission through the public e-invoicing portal, amount not contested"
            ),
        ),
        Reply(
            "ir-fr-2",
            "invoice_request",
            "fr",
            ("Léa Fontaine", "leafontaine.pro@gmail.com"),
            "2026-12-13 11:30 +0100",
            "iphone",
            "Bonjour, pourriez-vous me renvoyer la facture détaillée du mariage ? Je ne retrouve plus le devis et je voudrais vérifier le nombre de couverts avant de payer. Merci, Léa",
            lab(note="wedding; wants the detail before paying, nothing contested yet"),
        ),
        Reply(
            "ir-es-1",
            "invoice_request",
            "es",
            ("Secretaría Colegio Santa Teresa", "secretaria@colegiosantateresa-ab.example"),
            "2026-12-02 12:25 +0100",
            "outlook_html",
            "Buenos días:\n\nLa factura está emitida a nombre de la AMPA y con su CIF, pero el servicio de comedor de la jornada de puertas abiertas lo contrató el colegio. Para poder pagarla necesitamos que la emitan de nuevo a nombre del Colegio Santa Teresa, CIF R9999999J. El importe es correcto.\n\nUn saludo,\n\nSecretaría\nColegio Santa Teresa",
            lab(note="school; reissue to the right legal entity, amount not contested"),
        ),
        Reply(
            "ir-es-2",
            "invoice_request",
            "es",
            ("Jordi Puig", "jpuig@envases-llobregat.example"),
            "2026-12-17 09:55 +0100",
            "thunderbird_html",
            "Hola,\n\n¿Me podéis mandar un extracto con todas las facturas pendientes del comedor? Nos salen cifras distintas de las vuestras y quiero revisarlo antes de pagar nada.\n\nGràcies,\nJordi Puig\nAdministració – Envases Llobregat S.A.",
            lab(
                note="company canteen; statement of account requested before any payment, no item contested yet"
            ),
        ),
        Reply(
            "ir-nl-1",
            "invoice_request",
            "nl",
            ("Anouk Peeters", "secretariaat@stichting-zonnebloemhuis.example"),
            "2026-11-27 10:05 +0100",
            "apple",
            "Goedemorgen,\n\nDe factuur staat op mijn naam, maar de lunch was voor de vrijwilligersdag van de stichting. Kunt u hem opnieuw opmaken op naam van Stichting Het Zonnebloemhuis, met ons KvK-nummer 99999999? Dan kan de penningmeester hem betalen.\n\nGroet,\nAnouk Peeters\nSecretariaat",
            lab(note="charity; reissue in the foundation's name"),
        ),
        Reply(
            "ir-nl-2",
            "invoice_request",
            "nl",
            ("Rik de Wit", "facilitair@hoogland-verzekeringen.example"),
            "2026-12-10 14:12 +0100",
            "outlook",
            "Beste leverancier,\n\nFacturen voor ons bedrijfsrestaurant kunnen wij alleen verwerken als ze via ons inkoopportaal binnenkomen, met het inkoopordernummer erop (PO-2026-7731). Wilt u deze factuur daar opnieuw indienen? Per e-mail ontvangen facturen worden niet geboekt.\n\nMet vriendelijke groet,\n\nRik de Wit\nFacilitair Bureau\nHoogland Verzekeringen N.V.",
            lab(
                note="company restaurant; resubmission through a purchasing portal with the order number"
            ),
        ),
        Reply(
            "ir-it-1",
            "invoice_request",
            "it",
            ("Segreteria IIS Galilei", "segreteria@iisgalilei-valdera.example"),
            "2026-11-30 11:11 +0100",
            "outlook",
            'Buongiorno,\n\nquesto istituto, in quanto pubblica amministrazione, può pagare soltanto fatture elettroniche trasmesse tramite SdI. Vi preghiamo di emettere la fattura elettronica indicando il codice univoco ufficio UF9Z7K e il CIG Z9A3B4C5D6 relativo al servizio catering dell\'open day. Il documento in PDF non ha valore ai fini del pagamento.\n\nCordiali saluti\nLa segreteria amministrativa\nI.I.S. "G. Galilei"',
            lab(
                note="state school; electronic invoice through the national exchange system, amount not contested"
            ),
        ),
        Reply(
            "ir-it-2",
            "invoice_request",
            "it",
            ("Elisa Conti", "elisa.conti@onlus-lafinestra.example"),
            "2026-12-15 19:20 +0100",
            "roundcube",
            "Ciao,\n\nnon riesco a trovare la fattura nella nostra posta, forse è finita nello spam. Me la potete rimandare? Appena la ricevo la passo al tesoriere.\n\nGrazie mille,\nElisa\nVolontaria – Associazione La Finestra ODV",
            lab(note="charity volunteer; passing it to the treasurer is no promise"),
        ),
    ]
)

REPLIES.extend(
    [
        Reply(
            "wc-en-1",
            "wrong_contact",
            "en",
            ("Emily Hartley", "emilyhartley.x@gmail.com"),
            "2026-11-30 08:12 +0000",
            "iphone",
            "Morning! My dad is covering the catering bill so he's the one to chase – David Hartley, david.hartley@hartley-surveying.example. I've forwarded him this too. Thanks, Em",
            lab(
                new_contact="david.hartley@hartley-surveying.example",
                note="wedding; the bride's father pays",
            ),
        ),
        Reply(
            "wc-en-2",
            "wrong_contact",
            "en",
            ("Rachel Adeyemi", "r.adeyemi@stoswalds-primary.example"),
            "2026-12-04 15:37 +0000",
            "outlook",
            "Hello,\n\nI left St Oswald's at the end of the summer term and this inbox is only checked for forwarding. Please send anything about invoices to the school business manager, Mr Patel, at SBM@StOswalds-Primary.example.\n\nThanks,\nRachel",
            lab(
                new_contact="sbm@stoswalds-primary.example",
                note="school; the address is written in mixed case and labelled in lower case",
            ),
        ),
        Reply(
            "wc-en-3",
            "wrong_contact",
            "en",
            ("Accounts Department", "accounts@northfie1d-eng.example"),
            "2026-12-10 16:58 +0000",
            "outlook_html",
            "Dear Supplier,\n\nPlease note that with immediate effect all invoices, statements and remittance correspondence for Northfield Engineering plc must be sent to our new accounts mailbox: northfield.ap.payments@gmail.com\n\nOur current address will be closed at the end of this week as part of a system migration. Kindly confirm by return once your records have been updated.\n\nRegards,\n\nAccounts Department\nNorthfield Engineering plc",
            lab(
                new_contact="northfield.ap.payments@gmail.com",
                note="phishing-like: a look-alike sender domain ('northfie1d') redirects mail to a free-mail box; labelled by what it asks, and a person must verify it before any record changes",
            ),
        ),
        Reply(
            "wc-de-1",
            "wrong_contact",
            "de",
            ("Jürgen Haas", "kantine@stahlbau-kremer.example"),
            "2026-11-23 12:30 +0100",
            "outlook",
            "Hallo,\n\nich bin nur der Küchenleiter in der Kantine und habe mit Rechnungen nichts zu tun. Bitte wenden Sie sich an unsere Kreditorenbuchhaltung: kreditoren@stahlbau-kremer.example.\n\nGruß\nJürgen Haas\nKüchenleitung Betriebsrestaurant\nStahlbau Kremer GmbH & Co. KG",
            lab(
                new_contact="kreditoren@stahlbau-kremer.example",
                note="company canteen's kitchen manager",
            ),
        ),
        Reply(
            "wc-de-2",
            "wrong_contact",
            "de",
            ("Felix Brückner", "felix.brueckner@post-mail.example"),
            "2026-12-06 14:04 +0100",
            "gmail",
            "Hallo,\n\nich glaube, da ist etwas durcheinandergeraten: Ich war nur der Trauzeuge und habe damals die Verkostung für die beiden organisiert. Die Rechnung müsste an das Brautpaar gehen, Mara und Tim Albers: mara.albers@fam-albers.example\n\nViele Grüße\nFelix",
            lab(
                new_contact="mara.albers@fam-albers.example",
                note="wedding; the best man points to the couple",
            ),
            cte="b64",
        ),
        Reply(
            "wc-fr-1",
            "wrong_contact",
            "fr",
            ("Agnès Lambert", "accueil@pflambert.example"),
            "2026-11-26 10:00 +0100",
            "outlook_html",
            "Bonjour,\n\nNous avons seulement mis la famille en relation avec vous pour la collation après les obsèques ; c'est elle qui a passé commande et qui règle. Merci d'adresser la facture et vos relances à M. Olivier Rey, fils du défunt : olivier.rey@rey-famille.example.\n\nCordialement,\n\nAgnès Lambert\nPompes Funèbres Lambert",
            lab(
                new_contact="olivier.rey@rey-famille.example",
                note="funeral home passing the bill to the family who ordered",
            ),
        ),
        Reply(
            "wc-fr-2",
            "wrong_contact",
            "fr",
            ("Michel Dupuis", "michel.dupuis@asso-lesamisdelecole.example"),
            "2026-12-15 18:45 +0100",
            "thunderbird",
            "Bonsoir,\n\nJe ne suis plus trésorier de l'association des parents d'élèves depuis l'assemblée générale d'octobre. Merci d'écrire désormais à la nouvelle trésorière, Mme Nadia Belkacem : tresorerie@asso-lesamisdelecole.example.\n\nBonne soirée,\nMichel Dupuis",
            lab(
                new_contact="tresorerie@asso-lesamisdelecole.example",
                note="school parents' association",
            ),
            charset="iso-8859-1",
        ),
        Reply(
            "wc-es-1",
            "wrong_contact",
            "es",
            ("Ainhoa Etxeberria", "voluntariado@fundacionfaro.example"),
            "2026-12-03 11:48 +0100",
            "gmail",
            "Hola:\n\nEsta cuenta es la del equipo de voluntariado y no gestionamos pagos. Las facturas tenéis que mandarlas a administracion@fundacionfaro.example, que es donde las tramitan.\n\nUn saludo,\nAinhoa\nVoluntariado – Fundación Faro",
            lab(new_contact="administracion@fundacionfaro.example", note="charity"),
        ),
        Reply(
            "wc-es-2",
            "wrong_contact",
            "es",
            ("Lucía García Ruiz", "lucia.garcia.ruiz@gmail.com"),
            "2026-12-16 22:30 +0100",
            "android",
            "Hola, creo que se han equivocado de persona. Me llamo igual que su clienta, pero yo no he contratado ningún catering ni tengo ninguna boda. Revisen la dirección, por favor.",
            lab(note="wrong recipient altogether, no new address; not a stop request"),
        ),
        Reply(
            "wc-nl-1",
            "wrong_contact",
            "nl",
            ("Receptie Brouwer Techniek", "receptie@brouwer-techniek.example"),
            "2026-11-24 09:40 +0100",
            "outlook",
            "Goedemorgen,\n\nDit adres is van de receptie. Facturen voor de bedrijfskantine graag voortaan naar crediteuren@brouwer-techniek.example, dan komen ze direct bij de juiste afdeling.\n\nMet vriendelijke groet,\nReceptie Brouwer Techniek B.V.",
            lab(new_contact="crediteuren@brouwer-techniek.example", note="company canteen"),
        ),
        Reply(
            "wc-nl-2",
            "wrong_contact",
            "nl",
            ("Merel Kuipers", "merel@merelweddings.example"),
            "2026-12-09 10:55 +0100",
            "apple_html",
            "Hoi,\n\nIk ben de weddingplanner van Noor en Bas, niet de opdrachtgever. De factuur en de herinneringen moeten naar het bruidspaar zelf: noorenbas2026@gmail.com. Ik heb ze al een seintje gegeven.\n\nLieve groet,\nMerel Kuipers\nMerel Weddings",
            lab(new_contact="noorenbas2026@gmail.com", note="wedding planner points to the couple"),
        ),
        Reply(
            "wc-it-1",
            "wrong_contact",
            "it",
            ("Anna Greco", "mensa@cooperativa-ilponte.example"),
            "2026-12-01 13:20 +0100",
            "samsung",
            "Buongiorno, io mi occupo solo della mensa, per le fatture dovete scrivere all'amministrazione: amministrazione@cooperativa-ilponte.example. Grazie\nAnna",
            lab(
                new_contact="amministrazione@cooperativa-ilponte.example",
                note="social co-operative's canteen",
            ),
        ),
    ]
)

REPLIES.extend(
    [
        Reply(
            "un-en-1",
            "unsubscribe",
            "en",
            ("Maureen Tilley", "tilley.family@gmail.com"),
            "2026-12-02 17:20 +0000",
            "gmail_plain",
            "Please take this address off your mailing list. It was my late husband's and I am closing it down. I am not able to deal with business emails sent here.\n\nMaureen Tilley",
            lab(note="bereaved widow asks to be removed; no other address given"),
        ),
        Reply(
            "un-en-2",
            "unsubscribe",
            "en",
            ("Gary Pym", "gary@pymjoinery.example"),
            "2026-11-27 16:05 +0000",
            "android",
            "Stop emailing me about this. And for the record the food at our open day was stone cold. Take me off your list.",
            lab(note="stop request plus a complaint: unsubscribe beats dispute"),
        ),
        Reply(
            "un-en-3",
            "unsubscribe",
            "en",
            ("Pat Reilly", "pat.reilly@stmarys-guild.example"),
            "2026-12-11 07:55 +0000",
            "iphone",
            "UNSUBSCRIBE",
            lab(note="charity volunteer; one word"),
        ),
        Reply(
            "un-de-1",
            "unsubscribe",
            "de",
            ("Katrin Schulze", "katrin.schulze@mail-home.example"),
            "2026-12-07 21:10 +0100",
            "gmx",
            "Guten Abend,\n\nbitte nehmen Sie meine Adresse aus Ihrem Verteiler. Ich bin seit dem Sommer nicht mehr im Elternbeirat und bekomme trotzdem ständig Ihre Mahnungen.\n\nK. Schulze",
            lab(
                note="remove me plus 'no longer the right person' without a new address: unsubscribe beats wrong_contact"
            ),
        ),
        Reply(
            "un-de-2",
            "unsubscribe",
            "de",
            ("Stefan Engel", "stefan.engel@bestattungen-engel.example"),
            "2026-11-30 10:33 +0100",
            "outlook",
            "Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich der Verwendung meiner E-Mail-Adresse für Zahlungserinnerungen und sonstige Mitteilungen (Art. 21 DSGVO). Schriftverkehr in dieser Angelegenheit bitte ausschließlich per Post an unsere Geschäftsadresse.\n\nMit freundlichen Grüßen\nStefan Engel\nBestattungen Engel",
            lab(note="funeral home; data-protection objection, post only → unsubscribe"),
            charset="windows-1252",
        ),
        Reply(
            "un-fr-1",
            "unsubscribe",
            "fr",
            ("Odile Marchal", "odile.marchal@restos-entraide.example"),
            "2026-12-04 09:02 +0100",
            "outlook_html",
            "Bonjour,\n\nMerci de me désinscrire de vos envois automatiques. Je reçois vos relances alors que je ne suis que bénévole à l'accueil.\n\nOdile Marchal",
            lab(note="charity volunteer asks to be taken off the mailing"),
        ),
        Reply(
            "un-fr-2",
            "unsubscribe",
            "fr",
            ("Kevin Leroy", "kevin.leroy75@gmail.com"),
            "2026-12-17 12:48 +0100",
            "bottom",
            "STOP",
            lab(note="one word"),
        ),
        Reply(
            "un-es-1",
            "unsubscribe",
            "es",
            ("Raúl Castillo", "raul.castillo.m@gmail.com"),
            "2026-11-26 19:15 +0100",
            "iphone",
            "Dejen de mandarme correos, por favor. Ya lo pagué todo en octubre y esto empieza a ser acoso.",
            lab(
                note="stop request plus a payment claim: unsubscribe wins; Spanish reply to an English reminder"
            ),
            rlang="en",
            amt="€1,960.80",
        ),
        Reply(
            "un-es-2",
            "unsubscribe",
            "es",
            ("Montse Prats", "mprats@escolabressol-elniu.example"),
            "2026-12-10 08:40 +0100",
            "outlook",
            "Buenos días:\n\nPor favor, eliminen esta dirección de su lista de envíos. Es el correo de la dirección del centro y no es el canal para temas de facturación.\n\nAtentamente,\nMontse Prats\nDirectora – Escola Bressol El Niu",
            lab(note="nursery school head; remove me, no other address"),
        ),
        Reply(
            "un-nl-1",
            "unsubscribe",
            "nl",
            ("Wim Dekker", "wim.dekker@thuismail.example"),
            "2026-12-14 13:13 +0100",
            "samsung",
            "Afmelden graag.",
            lab(note="two words: 'unsubscribe, please'"),
        ),
        Reply(
            "un-it-1",
            "unsubscribe",
            "it",
            ("Silvia Moretti", "silvia.moretti@scuolamaterna-sanfrancesco.example"),
            "2026-11-24 14:14 +0100",
            "gmail",
            "Buongiorno,\n\nvi chiedo di cancellare il mio indirizzo dalla vostra lista. Questa casella non è gestita dall'amministrazione e i vostri solleciti non possono essere evasi da qui.\n\nSilvia Moretti\nCoordinatrice didattica\nScuola dell'infanzia San Francesco",
            lab(note="nursery school; remove me without a new address"),
        ),
        Reply(
            "un-it-2",
            "unsubscribe",
            "it",
            ("Alessandro Ricci", "ale.ricci72@gmail.com"),
            "2026-12-03 22:40 +0100",
            "iphone_html",
            "Smettete di scrivermi. Mio padre è morto da un mese, pagherò quando potrò.",
            lab(note="bereaved son; stop request with a vague promise: unsubscribe wins"),
        ),
    ]
)

REPLIES.extend(
    [
        Reply(
            "ar-en-1",
            "auto_reply",
            "en",
            ("Greenbank Primary School Office", "office@greenbank-primary.example"),
            "2026-12-18 15:30 +0000",
            "none",
            "Thank you for your email.\n\nThe school office is now closed for the Christmas holidays and will reopen on Monday 4 January 2027. Emails are not monitored during the closure.\n\nIf your message concerns the safety of a child, please contact the local authority's children's services line.\n\nGreenbank Primary School",
            lab(
                return_date="2027-01-04",
                note="school holiday closure; the reopening day crosses the year",
            ),
            subject="Automatic reply: {rsub}",
            headers=(AUTO, XARS),
        ),
        Reply(
            "ar-en-2",
            "auto_reply",
            "en",
            ("Ollie & Priya", "ollieandpriya@gmail.com"),
            "2026-11-28 03:12 +0000",
            "none",
            "Hi! We're on our honeymoon until 5 December and barely looking at email. We'll reply properly when we're home.\n\nOllie & Priya x",
            lab(
                return_date="2026-12-05",
                note="Gmail vacation responder of a wedding couple; 'until X' → X itself",
            ),
            subject="Out of office – honeymoon!",
            headers=(AUTO,),
        ),
        Reply(
            "ar-en-3",
            "auto_reply",
            "en",
            ("Lifeline Trust Finance", "finance-help@lifelinetrust.example"),
            "2026-12-08 09:41 +0000",
            "none",
            "Hello,\n\nThank you for contacting the Lifeline Trust finance team. Your message has been logged as ticket #48213 and a member of the team will respond within five working days.\n\nPlease keep the ticket number in the subject line if you write again. If your email is about a donation, please use donations@lifelinetrust.example instead.\n\nThis is an automated message.",
            lab(
                note="charity's ticket acknowledgement; the address it names does not set new_contact"
            ),
            subject="[Ticket #48213] {rsub}",
            headers=(("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")),
        ),
        Reply(
            "ar-de-1",
            "auto_reply",
            "de",
            ("Birgit Hoffmann", "b.hoffmann@rheinau-versorgung.example"),
            "2026-12-01 08:52 +0100",
            "none",
            "Vielen Dank für Ihre Nachricht.\n\nIch bin im Urlaub und ab dem 7. Dezember wieder im Haus. In dringenden Fällen erreichen Sie meine Kollegin Frau Sommer unter 09999 1234-12.\n\nBirgit Hoffmann\nBetriebsgastronomie Rheinau Versorgung GmbH",
            lab(
                return_date="2026-12-07",
                note="company canteen; 'ab dem 7. Dezember wieder im Haus'",
            ),
            subject="Automatische Antwort: {rsub}",
            headers=(AUTO, XARS),
        ),
        Reply(
            "ar-de-2",
            "auto_reply",
            "de",
            ("Pietät Sonnenberg", "info@pietaet-sonnenberg.example"),
            "2026-11-25 09:00 +0100",
            "none",
            "Vielen Dank für Ihre E-Mail.\n\nIm Trauerfall erreichen Sie uns Tag und Nacht telefonisch unter 09999 7788-0. Ihre Nachricht bearbeiten wir während unserer Bürozeiten (Mo–Fr 8–17 Uhr).\n\nIhr Team der Pietät Sonnenberg",
            lab(note="funeral home's standing acknowledgement; office hours are no return date"),
            subject="Eingangsbestätigung: {rsub}",
            headers=(AUTO,),
        ),
        Reply(
            "ar-fr-1",
            "auto_reply",
            "fr",
            ("Claire Vasseur", "c.vasseur@groupe-scolaire-stexupery.example"),
            "2026-11-23 09:25 +0100",
            "none",
            "Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 30 novembre inclus. Je traiterai votre message à mon retour, le mardi 1er décembre.\n\nPour toute demande urgente concernant la restauration scolaire, merci d'appeler le secrétariat au 09 99 99 99 99.\n\nClaire Vasseur\nGestionnaire – Groupe scolaire Saint-Exupéry",
            lab(
                return_date="2026-12-01",
                note="school; the stated day back wins over 'jusqu'au … inclus'",
            ),
            subject="Réponse automatique : {rsub}",
            headers=(AUTO, XARS),
        ),
        Reply(
            "ar-fr-2",
            "auto_reply",
            "fr",
            ("Mairie de Montclar - Comptabilité", "comptabilite@mairie-montclar.example"),
            "2026-12-14 10:02 +0100",
            "none",
            "Votre message a bien été reçu par le service comptabilité de la mairie de Montclar-sur-Ose et sera traité dans les meilleurs délais.\n\nNous vous rappelons que les factures adressées à la commune doivent être déposées sur Chorus Pro : les factures reçues par courriel ne peuvent pas être mises en paiement.\n\nCeci est un message automatique, merci de ne pas y répondre.",
            lab(
                note="town council's automatic acknowledgement; its standing e-invoicing reminder is canned text, not an invoice request"
            ),
            subject="Accusé de réception - {rsub}",
            charset="iso-8859-1",
            headers=(AUTO,),
        ),
        Reply(
            "ar-es-1",
            "auto_reply",
            "es",
            ("Nuria Campos", "ncampos@comedoresbaix.example"),
            "2026-12-09 12:00 +0100",
            "none",
            "Estaré fuera de la oficina hasta el lunes 14 de diciembre, sin acceso al correo. Para temas de facturación del comedor pueden escribir a mi compañero Álvaro (agarcia@comedoresbaix.example).\n\nNuria Campos\nComedores del Baix, S.L.",
            lab(
                return_date="2026-12-14",
                note="'hasta X' → X itself; a colleague's address in an auto-reply does not set new_contact",
            ),
            subject="Respuesta automática: {rsub}",
            headers=(AUTO, XARS),
        ),
        Reply(
            "ar-nl-1",
            "auto_reply",
            "nl",
            ("Joke Willems", "j.willems@cbs-hetkompas.example"),
            "2026-11-24 09:10 +0100",
            "none",
            "Beste afzender,\n\nTot en met vrijdag 27 november ben ik met verlof. Vanaf maandag 30 november lees ik mijn mail weer. Voor dringende zaken kunt u de administratie van de school bellen.\n\nMet vriendelijke groet,\nJoke Willems\nAdministratief medewerker CBS Het Kompas",
            lab(
                return_date="2026-11-30", note="school; the stated day back wins over 'tot en met'"
            ),
            subject="Automatisch antwoord: {rsub}",
            headers=(AUTO, XARS),
        ),
        Reply(
            "ar-nl-2",
            "auto_reply",
            "nl",
            ("Bedrijfsrestaurant Nedcon", "restaurant@nedcon-industrie.example"),
            "2026-12-18 11:20 +0100",
            "none",
            "Het bedrijfsrestaurant is gesloten van 21 december tot 4 januari. Uw bericht wordt na de kerstsluiting behandeld.\n\nFijne feestdagen!",
            lab(
                return_date="2027-01-04",
                note="company restaurant's Christmas closure; 'tot 4 januari' → that date, in the next year",
            ),
            subject="Automatisch antwoord: {rsub}",
            headers=(AUTO,),
        ),
        Reply(
            "ar-it-1",
            "auto_reply",
            "it",
            ("Paola Fontana", "p.fontana@ristorazione-valseriana.example"),
            "2026-12-04 17:45 +0100",
            "none",
            "In ferie dal 3 al 9 dicembre. Per urgenze: 0999 123456.\nAl mio rientro, il 10 dicembre, risponderò a tutti i messaggi.\n\nPaola Fontana\nUfficio acquisti – Ristorazione Valseriana S.p.A.",
            lab(return_date="2026-12-10", note="company catering buyer; the stated day back"),
            subject="Risposta automatica: {rsub}",
            headers=(AUTO, XARS),
        ),
        Reply(
            "ar-it-2",
            "auto_reply",
            "it",
            ("Segreteria Liceo Manzoni", "segreteria@liceomanzoni-borgo.example"),
            "2026-11-26 10:30 +0100",
            "none",
            'Messaggio generato automaticamente.\n\nLa segreteria ha ricevuto la Sua e-mail, che verrà protocollata e assegnata all\'ufficio competente. I tempi di risposta sono di circa cinque giorni lavorativi.\n\nSegreteria del Liceo "A. Manzoni"',
            lab(note="school acknowledgement carrying only 'Precedence: auto_reply'"),
            subject="Conferma di ricezione: {rsub}",
            headers=(("Precedence", "auto_reply"),),
        ),
    ]
)

REPLIES.extend(
    [
        Reply(
            "ot-en-1",
            "other",
            "en",
            ("Sue Barker", "admin@kingsmeadtrust.example"),
            "2026-12-07 11:02 +0000",
            "outlook_html",
            "Hi,\n\nBefore we do anything with this: last week we had an email, apparently from Alder Row, saying your bank details had changed and giving a new account at a different bank. It didn't look right to me – it came from an address ending in alderrow-caterlng.example. Could someone ring me on 01632 960 778 to confirm which account is genuine? I don't want to send the money to the wrong place.\n\nThanks,\n\nSue Barker\nOffice Manager\nKingsmead Trust (registered charity no. 1112233)",
            lab(
                note="charity asks which bank account is genuine after a suspicious change notice; no commitment to pay, a person should call"
            ),
        ),
        Reply(
            "ot-en-2",
            "other",
            "en",
            ("Neil Garside", "neil.garside@ashworth-textiles.example"),
            "2026-12-15 14:18 +0000",
            "roundcube",
            "Hi,\n\nNot about the invoice as such, but our Bradley Road site closes for good on 18 December and the canteen goes with it. Who do I speak to about collecting your hot cupboards and the dishwasher? They'll need to be out before the building is handed back.\n\nNeil Garside\nSite Manager, Ashworth Textiles",
            lab(note="company canteen closing; a logistics question, nothing about paying"),
        ),
        Reply(
            "ot-en-3",
            "other",
            "en",
            ("Revd Alison Gale", "vicar@stpeters-lowfield.example"),
            "2026-12-01 16:30 +0000",
            "apple",
            "Hello,\n\nA separate question while I have you: could you do mulled wine and mince pies for about 120 people after our carol service on Thursday 17 December? Our usual helpers have let us down this year.\n\nBlessings,\nAlison\n\nRevd Alison Gale\nVicar, St Peter's Lowfield",
            lab(note="church charity; a new catering enquiry in the reminder thread"),
        ),
        Reply(
            "ot-de-1",
            "other",
            "de",
            ("Ingrid Falk", "ingrid.falk@heimnetz-post.example"),
            "2026-11-28 15:42 +0100",
            "thunderbird",
            "Guten Tag,\n\ndanke für die Erinnerung. Ich wollte Ihnen ohnehin schreiben: Das Essen nach der Trauerfeier meiner Mutter war wunderbar, und Ihre Mitarbeiterinnen waren so aufmerksam. Das hat uns an diesem Tag sehr geholfen. Bitte richten Sie dem Team meinen Dank aus.\n\nIngrid Falk",
            lab(note="bereaved customer thanks the staff; no payment statement or commitment"),
            cte="8bit",
        ),
        Reply(
            "ot-fr-1",
            "other",
            "fr",
            ("Sophie Marchetti", "s.marchetti@cabinet-orvault-assurances.example"),
            "2026-11-30 14:20 +0100",
            "html_only",
            "Bonjour,\n\nPendant que je vous tiens : est-ce que votre devis pour le repas de Noël du personnel est toujours valable ? Nous aimerions confirmer pour 45 personnes le vendredi 18 décembre.\n\nBien à vous,\n\nSophie Marchetti\nAssistante de direction\nCabinet Orvault Assurances",
            lab(note="company; a new order question, HTML only"),
        ),
        Reply(
            "ot-fr-2",
            "other",
            "fr",
            ("Inès Bouvier", "ines.bouvier.mariage@gmail.com"),
            "2026-12-16 08:05 +0100",
            "iphone",
            "C'est noté 👍",
            lab(note="wedding; 'noted' is an acknowledgement, not a payment claim or promise"),
        ),
        Reply(
            "ot-es-1",
            "other",
            "es",
            ("Beatriz Navarro", "direccion@colegiolospinos-vh.example"),
            "2026-12-11 13:25 +0100",
            "gmail",
            "Hola:\n\nAprovecho el correo para preguntaros otra cosa: ¿tenéis disponibilidad para la comida de fin de curso del viernes 18 de junio? Seríamos unas 200 personas entre alumnos, familias y profesores.\n\nUn saludo,\nBeatriz Navarro\nDirectora – Colegio Los Pinos",
            lab(note="school; a booking enquiry for next year"),
            cte="b64",
        ),
        Reply(
            "ot-es-2",
            "other",
            "es",
            ("Héctor Molina", "hector.molina.g@gmail.com"),
            "2026-11-23 20:48 +0100",
            "bottom",
            "Vale, pero ¿y la fianza de la vajilla? Os lo devolvimos todo el lunes siguiente a la boda y todavía no nos habéis devuelto los 300 €.\n\nHéctor",
            lab(
                note="wedding; bottom-posted question about a deposit refund, nothing said about this invoice"
            ),
        ),
        Reply(
            "ot-nl-1",
            "other",
            "nl",
            ("Ruud Mulder", "r.mulder@mulder-installatietechniek.example"),
            "2026-12-08 07:31 +0100",
            "samsung",
            "Ok, ontvangen.",
            lab(note="company canteen; acknowledgement only; Dutch reply to an English reminder"),
            rlang="en",
            amt="€1,412.75",
        ),
        Reply(
            "ot-nl-2",
            "other",
            "nl",
            ("Lotte Visser", "lotte.visser@greenline-kantoorgroep.example"),
            "2026-12-11 10:30 +0100",
            "owa",
            "Hoi,\n\nLos van de factuur: kunnen jullie vanaf januari ook volledig vegan lunches leveren voor ons bedrijfsrestaurant? Het gaat om zo'n 60 lunches per dag, drie dagen per week.\n\nGroet,\nLotte Visser\nOffice manager Greenline Kantoorgroep",
            lab(note="company restaurant; a new order enquiry"),
        ),
        Reply(
            "ot-it-1",
            "other",
            "it",
            ("Segreteria Scuola Primaria Collodi", "segreteria@primaria-collodi-sanvito.example"),
            "2026-12-02 11:50 +0100",
            "outlook",
            "Ricevuto, grazie.\n\nBuona giornata\nLa segreteria",
            lab(note="school; acknowledgement only"),
        ),
        Reply(
            "ot-it-2",
            "other",
            "it",
            ("Franca Rossetti", "oratorio.sangiorgio@parrocchie-valle.example"),
            "2026-12-17 18:05 +0100",
            "thunderbird_html",
            "Buonasera,\n\nvolevo chiedervi quando passate a riprendere i vostri scaldavivande: sono ancora nel salone dell'oratorio dalla cena di beneficenza e a breve ci serve lo spazio per il presepe vivente.\n\nGrazie e buone feste,\nFranca Rossetti\nOratorio San Giorgio",
            lab(note="parish charity; a question about collecting equipment"),
        ),
    ]
)


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = r.labels.get("invoice_refs", [])
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def check_spec(
    key: str, intent: str, lang: str, when: datetime, label: Mapping[str, object]
) -> None:
    """Catch slips in the hand-written specs before they reach the corpus."""
    if intent not in INTENTS or lang not in LANGS:
        raise SystemExit(f"{key}: bad intent or language")
    if not f"{FIRST_DAY} 00:00" <= when.strftime("%Y-%m-%d %H:%M") <= f"{LAST_DAY} 23:59":
        raise SystemExit(f"{key}: date {when} outside the corpus window")
    own = {
        "paid_date": "payment_sent",
        "promised_date": "promise_to_pay",
        "return_date": "auto_reply",
    }
    for name, owner in own.items():
        value = label.get(name)
        if value is not None and intent != owner:
            raise SystemExit(f"{key}: {name} set on a {intent}")
        if value is not None:
            datetime.strptime(str(value), "%Y-%m-%d")
    if label.get("new_contact") is not None and intent != "wrong_contact":
        raise SystemExit(f"{key}: new_contact outside wrong_contact")
    if (label.get("amount") is None) != (label.get("currency") is None):
        raise SystemExit(f"{key}: amount and currency go together")
    refs = label.get("invoice_refs")
    for ref in refs if isinstance(refs, list) else [refs]:
        if not (
            isinstance(ref, str)
            and ref.startswith("AR26-")
            and len(ref) == 10
            and ref[5:].isdigit()
        ):
            raise SystemExit(f"{key}: bad invoice ref {ref!r}")


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    items: list[tuple[str, Message, dict[str, object]]] = []
    for r in REPLIES:
        label = reply_label(r)
        check_spec(r.key, r.intent, r.lang, r.dt, label)
        items.append((r.key, build_reply(r), label))
    for b in BOUNCES:
        label = bounce_label(b)
        check_spec(b.key, "bounce", b.lang, b.dt, label)
        items.append((b.key, BOUNCE_BUILDERS[b.builder](b), label))
    return items


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    str(msg["Subject"])
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
    if any(len(line) > 998 for line in data.split(b"\n")):
        raise SystemExit(f"{name}: line longer than 998 octets")


def count_table(labels: list[dict[str, object]]) -> str:
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


def write_all() -> list[dict[str, object]]:
    items = all_messages()
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    random.Random(SEED).shuffle(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{number:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **label})
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
