# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes, quotes and non-breaking spaces people and their clients really type.
"""Build the fourth held-out reply corpus: `h4-NNN.eml` files and `labels.jsonl`.

Every message answers (or bounces) an overdue-invoice reminder from the accounts team of
Fernhill Plant & Tool Hire, an equipment-rental firm. The new text of each message is written
by hand below; this script only adds what a mail client or a mail server would add (the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings). Run it from anywhere: it writes next to itself, deterministically.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
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
PREFIX = "h4"
SEED = 41_2026_1209
AR_NAME = "Fernhill Accounts"
AR_ADDR = "accounts@fernhill-hire.example"
AR_DOMAIN = "fernhill-hire.example"
FIRST_DAY = date(2026, 11, 16)
LAST_DAY = date(2026, 12, 9)
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
INVOICE_RE = re.compile(r"FH26-0\d{4}")

# --------------------------------------------------------------------------------------------
# Locale tables (a locale is a language, optionally with a region: "en-US")
# --------------------------------------------------------------------------------------------

WEEKDAYS_LONG = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_SHORT = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun mar mer jeu ven sam dim",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS_LONG = {
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
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "en-US": "On {wds}, {mons} {d}, {y} at {h12}:{mm}\u202f{ampm} {name} <{addr}> wrote:",
    "de": "Am {wds}., {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds}. {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "en-US": "On {mons} {d}, {y}, at {h12}:{mm}\u202f{ampm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "en-US": "On {mo}/{dd}/{y} {h12}:{mm} {ampm}, {name} wrote:",
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
YAHOO_ATTR = {
    "en": "On {wdl}, {d} {monl} {y} at {HH}:{mm}:{ss} GMT{tzs}, {name} <{addr}> wrote:",
    "de": "Am {wdl}, {d}. {monl} {y} um {HH}:{mm}:{ss} MEZ hat {name} <{addr}> Folgendes geschrieben:",
    "fr": "Le {wdl} {d} {monl} {y} à {HH}:{mm}:{ss} UTC{tzs}, {name} <{addr}> a écrit :",
    "es": "El {wdl}, {d} de {monl} de {y}, {HH}:{mm}:{ss} CET, {name} <{addr}> escribió:",
    "nl": "Op {wdl} {d} {monl} {y} {HH}:{mm}:{ss} CET schreef {name} <{addr}>:",
    "it": "Il {wdl} {d} {monl} {y}, {HH}:{mm}:{ss} CET, {name} <{addr}> ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "en-US": "{wdl}, {monl} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
# separator, From, Sent, To, Subject, label/value separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
MAC_OUTLOOK = {
    "en": ("From: ", "Date: {wdl}, {d} {monl} {y} at {HH}:{mm}", "To: ", "Subject: "),
    "en-US": (
        "From: ",
        "Date: {wdl}, {monl} {d}, {y} at {h12}:{mm}\u202f{ampm}",
        "To: ",
        "Subject: ",
    ),
    "de": ("Von: ", "Datum: {wdl}, {d}. {monl} {y} um {HH}:{mm}", "An: ", "Betreff: "),
    "fr": ("De : ", "Date : {wdl} {d} {monl} {y} à {HH}:{mm}", "À : ", "Objet : "),
}
SAMSUNG_BLOCK = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject"),
    "de": ("-------- Originalnachricht --------", "Von", "Datum", "An", "Betreff"),
    "fr": ("-------- Message d'origine --------", "De", "Date", "À", "Objet"),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto"),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp"),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto"),
}
SAMSUNG_SIG = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon appareil Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
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
REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Offene Rechnung {inv} – Zahlungserinnerung",
    "fr": "Facture {inv} échue – rappel de paiement",
    "es": "Factura {inv} pendiente – aviso de pago",
    "nl": "Openstaande factuur {inv} – betalingsherinnering",
    "it": "Fattura {inv} scaduta – promemoria di pagamento",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "This is a friendly reminder that the invoice below is now past its due date:\n\n"
        "    Invoice {inv}  |  hire period 05/10/2026 – 23/10/2026  |  due 13/11/2026  |  balance {amt}\n\n"
        "If you've already paid, thank you – please reply with the payment date and reference so we can allocate it. If anything on the invoice looks wrong, reply to this email and we'll look into it straight away.\n\n"
        "Best regards,\n\nFernhill Accounts\nFernhill Plant & Tool Hire Ltd\nDepot 2, Marsh Lane Industrial Park\naccounts@fernhill-hire.example | 01632 960 118"
    ),
    "de": (
        "Guten Tag,\n\n"
        "unsere Buchhaltung weist für Ihr Kundenkonto folgende überfällige Rechnung aus:\n\n"
        "    Rechnung {inv}  |  Mietzeitraum 05.10.2026 – 23.10.2026  |  fällig am 13.11.2026  |  offen {amt}\n\n"
        "Falls Sie bereits bezahlt haben, vielen Dank – teilen Sie uns bitte Zahlungsdatum und Verwendungszweck mit, damit wir die Zahlung zuordnen können. Ist an der Rechnung etwas nicht in Ordnung, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nFernhill Accounts\nFernhill Plant & Tool Hire Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "    Facture {inv}  |  location du 05/10/2026 au 23/10/2026  |  échéance 13/11/2026  |  solde {amt}\n\n"
        "Si le règlement a déjà été effectué, merci de nous indiquer sa date et sa référence afin que nous puissions l'affecter. Si un élément de la facture vous semble incorrect, répondez simplement à ce message.\n\n"
        "Cordialement,\n\nFernhill Accounts\nFernhill Plant & Tool Hire Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le recordamos que la siguiente factura ha superado su fecha de vencimiento:\n\n"
        "    Factura {inv}  |  alquiler 05/10/2026 – 23/10/2026  |  vencimiento 13/11/2026  |  pendiente {amt}\n\n"
        "Si ya ha efectuado el pago, gracias; indíquenos la fecha y la referencia para poder asignarlo. Si algo de la factura no es correcto, responda a este correo y lo revisaremos.\n\n"
        "Un saludo,\n\nFernhill Accounts\nFernhill Plant & Tool Hire Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet voldaan:\n\n"
        "    Factuur {inv}  |  huurperiode 05-10-2026 t/m 23-10-2026  |  vervaldatum 13-11-2026  |  openstaand {amt}\n\n"
        "Heeft u al betaald, dan danken wij u hartelijk; laat u ons de betaaldatum en het kenmerk weten, dan kunnen wij de betaling verwerken. Klopt er iets niet aan de factuur, beantwoord dan deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nFernhill Accounts\nFernhill Plant & Tool Hire Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità risulta ancora aperta la seguente fattura:\n\n"
        "    Fattura {inv}  |  noleggio 05/10/2026 – 23/10/2026  |  scadenza 13/11/2026  |  residuo {amt}\n\n"
        "Se avete già effettuato il pagamento, vi ringraziamo e vi chiediamo di comunicarci data e riferimento, così da poterlo abbinare. Se qualcosa nella fattura non vi torna, rispondete pure a questa e-mail.\n\n"
        "Cordiali saluti,\n\nFernhill Accounts\nFernhill Plant & Tool Hire Ltd"
    ),
}
DEFAULT_AMOUNT = {
    "en": "£2,416.80",
    "de": "3.184,50 €",
    "fr": "1\u00a0962,00\u00a0€",
    "es": "2.745,90 €",
    "nl": "€ 1.538,25",
    "it": "€ 2.207,40",
}
# What a client does with a character its charset cannot carry.
CHAR_FALLBACKS = {"–": "-", "€": "EUR", "’": "'", "…": "...", "\u202f": " ", "“": '"', "”": '"'}


# --------------------------------------------------------------------------------------------
# Specs
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
    rlang: str = ""  # language of the reminder being answered (default: the reply's)
    loc: str = ""  # locale of the mail client's own strings (default: the reply's language)
    inv: str = ""  # the reminder's invoice number (default: derived from the key)
    amt: str = ""  # the reminder's balance (default: per reminder language)
    rto: str = ""  # who the reminder was addressed to, when not the writer
    subject: str = ""  # "{rsub}" is the reminder's subject as the client shows it
    charset: str = "utf-8"
    declared: str = ""  # a charset the client claims instead of the real one
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    thread: bool = True  # In-Reply-To/References to the reminder

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_loc(self) -> str:
        return self.loc or self.lang

    @property
    def invoice(self) -> str:
        return self.inv or default_invoice(self.key)

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


def lab(
    refs: tuple[str, ...] = (),
    note: str | None = None,
    **fields: str | None,
) -> dict[str, object]:
    """Label fields beyond intent and language (`refs` are the invoice numbers in the new text)."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def pick(table: Mapping[str, str], loc: str) -> str:
    """The entry for a locale, falling back to its language, then to English."""
    return table.get(loc) or table.get(loc[:2]) or table["en"]


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    lang = loc[:2]
    wd, mo = dt.weekday(), dt.month - 1
    offset = dt.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hh, mm = divmod(abs(minutes), 60)
    return {
        "wds": WEEKDAYS_SHORT[lang].split()[wd],
        "wdl": WEEKDAYS_LONG[lang].split()[wd],
        "mons": MONTHS_SHORT[lang].split()[mo],
        "monl": MONTHS_LONG[lang].split()[mo],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "ss": f"{dt.second:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
        "tz": f"{sign}{hh:02d}:{mm:02d}",
        "tzs": "" if minutes == 0 else f"{sign}{hh}",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def reminder_time(reply: datetime, days_before: int = 1) -> datetime:
    """The reminder run leaves Fernhill at about 08:30 UK time on a working day before the reply."""
    day = (reply - timedelta(days=days_before)).astimezone(UTC)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    if day.date() < FIRST_DAY:  # the first run of this cycle went out that Monday morning
        day = reply.astimezone(UTC)
    sent = day.replace(hour=8, minute=31 + day.day % 9, second=7 + day.day % 40)
    if sent >= reply:
        raise ValueError(f"reminder at {sent} is not before the reply at {reply}")
    return sent.astimezone(reply.tzinfo)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def default_invoice(key: str) -> str:
    return f"FH26-0{4400 + int.from_bytes(digest(key, 'inv')[:2], 'big') % 400}"


def reminder_msgid(key: str) -> str:
    return f"<dunning.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in {"gmail", "gmail_plain", "bottom", "inline"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:42]
        return f"<CA{tail}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        return f"<{b32(key, 'ms', 28)}@{b32(key, 'host', 8)}.EURPRD09.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone", "iphone_html", "outlook_mac"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "samsung":
        return f"<{raw.hex()[:8]}-{raw.hex()[8:16]}@email.android.com>"
    if style == "yahoo":
        n = int.from_bytes(raw[:8], "big")
        return f"<{n % 10**9}.{n % 10**7}.{1763000000000 + n % 10**9}@mail.yahoo.com>"
    return f"<{raw.hex()[:24]}@{domain}>"


def fit(text: str, charset: str) -> str:
    """Replace what the charset cannot carry, the way a non-Unicode client does."""
    if charset == "utf-8":
        return text
    out = []
    for ch in text:
        try:
            ch.encode(charset)
        except UnicodeEncodeError:
            out.append(CHAR_FALLBACKS.get(ch, "?"))
        else:
            out.append(ch)
    return "".join(out)


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def mso_paragraphs(text: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(out)


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A fresh Charset with the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}[
        cte
    ]  # 0: no encoding
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str, declared: str = "") -> Message:
    """A text part; with `declared`, the bytes are `charset` but the label says otherwise."""
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    if declared:
        part.set_param("charset", declared)
    return part


def header_charset(charset: str) -> str:
    return "iso-8859-1" if charset in {"iso-8859-1", "iso-8859-15", "windows-1252"} else "utf-8"


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """The header value as a mail client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    enc = charset if charset != "utf-8" else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return Header(value, enc, header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{Header(name, header_charset(charset)).encode()} <{addr}>"


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(r: Reply) -> str:
    amt = r.amt or DEFAULT_AMOUNT[r.reminder_lang]
    text = REMINDER_BODY[r.reminder_lang].format(inv=r.invoice, amt=amt)
    return fit(text, r.charset)


def original_reminder(lang: str, to: str, when: datetime, key: str) -> Message:
    """The reminder as Fernhill sent it (returned inside bounces)."""
    inv = default_invoice(key)
    text = REMINDER_BODY[lang].format(inv=inv, amt=DEFAULT_AMOUNT[lang])
    msg = text_part(text, "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = header_text(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = reminder_msgid(key)
    msg["X-Mailer"] = "Fernhill Ledger 3.4 (dunning run)"
    content_headers_last(msg)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """What the reply quotes: the reminder, seen from the replying client."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    subject = fit(reminder_subject(r.reminder_lang, r.invoice), r.charset)
    if r.rto:
        to = r.rto
    elif r.who[0]:
        to = formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>"
    else:
        to = r.who[1]
    return Quote(reminder_text(r), subject, reminder_time(r.dt), r.client_loc, fit(to, r.charset))


def outlook_block(q: Quote) -> list[str]:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc[:2]]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(pick(OUTLOOK_SENT, q.loc), q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def gmail_attr(q: Quote) -> str:
    return fmt(pick(GMAIL_ATTR, q.loc), q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(pick(APPLE_ATTR, q.loc), q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def alternative(r: Reply, text: str, markup: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte, r.declared))
    outer.attach(text_part(markup, "html", r.charset, r.cte, r.declared))
    return outer


def plain(r: Reply, text: str) -> Message:
    return text_part(text, "plain", r.charset, r.cte, r.declared)


def style_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_LABELS[q.loc[:2]][0], *outlook_block(q)])
    return plain(r, f"{r.body}\n\n{block}\n\n{q.text}\n")


def word_html(r: Reply, q: Quote) -> str:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc[:2]]
    rows = zip((frm, sent, to, subj), outlook_block(q), strict=True)
    head = "<br>\n".join(
        f"<b>{label}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for label, line in rows
    )
    lang_attr = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}[r.lang]
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset='
        + (r.declared or r.charset)
        + '">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n'
        f'</head>\n<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word"><div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><b><span style="font-family:&quot;Calibri&quot;,sans-serif">{head}</span></b><o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(r, text, word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte, r.declared)


def style_owa(r: Reply, q: Quote) -> Message:
    block = outlook_block(q)
    text = "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])
    sep = OUTLOOK_LABELS[q.loc[:2]][5]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in block
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + r.charset
        + '"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
        '</head><body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div></div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body></html>\n"
    )
    return alternative(r, text, markup)


def gmail_quote_html(attr: str, q: Quote) -> str:
    return (
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )


def style_gmail(r: Reply, q: Quote) -> Message:
    attr = gmail_attr(q)
    text = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = f'<div dir="ltr">{html_lines(r.body)}</div><br>' + gmail_quote_html(attr, q)
    return alternative(r, text, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n")


def style_bottom(r: Reply, q: Quote) -> Message:
    return plain(r, f"{gmail_attr(q)}\n\n{quote_lines(q.text)}\n\n{r.body}\n")


def style_inline(r: Reply, q: Quote) -> Message:
    """Answers written between the quoted paragraphs: `[[qN]]` stands for paragraph N."""
    paragraphs = q.text.split("\n\n")
    body = r.body
    for n, para in enumerate(paragraphs):
        body = body.replace(f"[[q{n}]]", quote_lines(para))
    if "[[q" in body:
        raise ValueError(f"{r.key}: unknown quote token")
    return plain(r, f"{gmail_attr(q)}\n{body}\n")


def style_apple(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n")


def iphone_text(r: Reply, q: Quote) -> str:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return f"{r.body}\n\n{IPHONE_SIG[q.loc[:2]]}\n\n{quoted}\n"


def style_iphone(r: Reply, q: Quote) -> Message:
    return plain(r, iphone_text(r, q))


def style_iphone_html(r: Reply, q: Quote) -> Message:
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{html_lines(r.body)}</div>'
        f'<div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">{IPHONE_SIG[q.loc[:2]]}</div>'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attr(q))}<br><br>'
        f"{html_paragraphs(q.text)}</blockquote></div></div></body></html>\n"
    )
    return alternative(r, iphone_text(r, q), markup)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fmt(pick(TB_ATTR, q.loc), q.loc, q.sent, name=AR_NAME)
    part = plain(r, f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n")
    if r.charset == "utf-8" and not r.declared:
        part.set_param("format", "flowed")
    return part


def style_roundcube(r: Reply, q: Quote) -> Message:
    attr = fmt(pick(ROUNDCUBE_ATTR, q.loc), q.loc, q.sent, name=AR_NAME)
    part = plain(r, f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n")
    part.set_param("format", "flowed")
    return part


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc[:2]]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64", r.declared)


def style_samsung(r: Reply, q: Quote) -> Message:
    sep, frm, dat, to, subj = SAMSUNG_BLOCK[q.loc[:2]]
    stamp = fmt(
        "{mo}/{dd}/{yy} {h12}:{mm} {ampm} (GMT{tz})"
        if q.loc == "en-US"
        else "{dd}/{mo}/{y} {HH}:{mm} (GMT{tz})",
        q.loc,
        q.sent,
    )
    block = f"{sep}\n{frm}: {AR_NAME} <{AR_ADDR}> \n{dat}: {stamp} \n{to}: {q.to} \n{subj}: {q.subject} \n"
    text = f"{r.body}\n\n\n\n{SAMSUNG_SIG[q.loc[:2]]}\n\n\n{block}\n{q.text}\n"
    return plain(r, text)


def style_yahoo(r: Reply, q: Quote) -> Message:
    attr = fmt(pick(YAHOO_ATTR, q.loc), q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)
    text = f"{r.body}\n\n    {attr}  \n\n{q.text}\n"
    markup = (
        '<html><head></head><body><div class="ydp4f1c2e3dyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
        f'<div dir="ltr" data-setdir="false">{html_lines(r.body)}</div></div>'
        f'<div id="yahoo_quoted_1234567890" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
        f"<div>{html.escape(attr)}</div><div><br></div><div><br></div>"
        f'<div><div dir="ltr">{html_paragraphs(q.text)}</div></div></div></div></body></html>\n'
    )
    return alternative(r, text, markup)


def style_outlook_mac(r: Reply, q: Quote) -> Message:
    # Outlook for Mac has no header labels for some languages: those users see English ones.
    loc = q.loc if q.loc in MAC_OUTLOOK else q.loc[:2] if q.loc[:2] in MAC_OUTLOOK else "en"
    frm, dat, to, subj = MAC_OUTLOOK[loc]
    block = "\n".join(
        [
            f"{frm}{AR_NAME} <{AR_ADDR}>",
            fmt(dat, loc, q.sent),
            f"{to}{q.to}",
            f"{subj}{q.subject}",
        ]
    )
    return plain(r, f"{r.body}\n\n{block}\n\n{q.text}\n")


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return plain(r, r.body + "\n")


def style_none_html(r: Reply, q: Quote) -> Message:
    del q
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body><div style="font-family:Arial,sans-serif;font-size:10pt">{html_paragraphs(r.body)}</div></body></html>\n'
    )
    return text_part(markup, "html", r.charset, r.cte, r.declared)


def style_raw_html(r: Reply, q: Quote) -> Message:
    del q  # a system notification written directly in HTML
    return text_part(r.body, "html", r.charset, r.cte, r.declared)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "bottom": style_bottom,
    "inline": style_inline,
    "apple": style_apple,
    "iphone": style_iphone,
    "iphone_html": style_iphone_html,
    "thunderbird": style_thunderbird,
    "roundcube": style_roundcube,
    "android": style_android,
    "samsung": style_samsung,
    "yahoo": style_yahoo,
    "outlook_mac": style_outlook_mac,
    "none": style_none,
    "none_html": style_none_html,
    "raw_html": style_raw_html,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla Thunderbird 128.5.1esr (Windows NT 10.0; Win64; x64)",
        ),
    ),
    "roundcube": (("User-Agent", "Roundcube Webmail/1.6.9"),),
    "yahoo": (("X-Mailer", "WebService/1.1.23187 YMailNorrin"),),
    "outlook_mac": (("User-Agent", "Microsoft-MacOutlook/16.92.24120731"),),
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc[:2]] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    language = {"en": "en-GB", "en-US": "en-US"}.get(r.client_loc, f"{r.lang}-{r.lang.upper()}")
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{language}, en-US"),
        ("Content-Language", language),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone_html": "Apple-Mail-",
    "yahoo": "----=_Part_",
    "samsung": "--_com.samsung.android.email_",
    "bounce": "",
}


def strip_part_versions(part: Message, root: bool = True) -> None:
    """Only the top of a message (or of a returned message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    subparts = (
        [p for p in part.get_payload() if isinstance(p, Message)] if part.is_multipart() else []
    )
    for sub in subparts:
        strip_part_versions(sub, root=part.get_content_type() == "message/rfc822")


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries, shaped like the client's own."""
    prefix = BOUNDARY_PREFIX.get(style, "_000_" if style in OUTLOOK_FAMILY else "------------")
    parts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(parts):
        part.set_boundary(prefix + b32(key, f"boundary{n}", 24))


def finalize(msg: Message, key: str, style: str) -> Message:
    content_headers_last(msg)
    strip_part_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = address(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = header_text(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, r.style, r.who[1])
    if r.thread:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    return finalize(msg, r.key, r.style)


# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
XARS = ("X-Auto-Response-Suppress", "All")
XAUTO = ("X-Autoreply", "yes")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"3 0 obj<</Producer(Banca Movil 8.2)>>endobj\ntrailer<</Root 1 0 R/Info 3 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Lantern Hill Pictures AP", "ap-noreply@lanternhillpictures.example"),
        "2026-11-20 16:05 -0800",
        "raw_html",
        (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">\n'
            "<p>Fernhill Plant &amp; Tool Hire Ltd,</p>\n"
            "<p>A payment has been issued to your organization. Details are below.</p>\n"
            '<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse">\n'
            "<tr><td><b>Payment Date</b></td><td>11/20/2026</td></tr>\n"
            "<tr><td><b>Payment Method</b></td><td>ACH</td></tr>\n"
            "<tr><td><b>Payment Number</b></td><td>0000418826</td></tr>\n"
            "<tr><td><b>Payment Amount</b></td><td>USD 3,150.00</td></tr>\n"
            "</table>\n<br>\n"
            '<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse">\n'
            "<tr><th>Invoice Number</th><th>Invoice Date</th><th>Gross</th><th>Discount</th><th>Net Paid</th></tr>\n"
            "<tr><td>FH26-04519</td><td>10/26/2026</td><td>3,150.00</td><td>0.00</td><td>3,150.00</td></tr>\n"
            "</table>\n"
            "<p>Funds normally reach the receiving bank one to two business days after the payment date.</p>\n"
            '<p style="color:#777;font-size:11px">This notification was generated automatically by the Lantern Hill Pictures payables system. Replies to this address are not read. For remittance questions contact vendorsupport@lanternhillpictures.example.</p>\n'
            "</body></html>\n"
        ),
        lab(
            ("FH26-04519",),
            paid_date="2026-11-20",
            payment_reference="0000418826",
            amount="3150.00",
            currency="USD",
            note="an accounts-payable system's remittance advice: an ACH payment issued on 11/20 (US date order); the do-not-reply footer does not make it an auto-reply",
        ),
        loc="en-US",
        amt="$3,150.00",
        inv="FH26-04519",
        subject="Remittance Advice – Payment 0000418826 – Fernhill Plant & Tool Hire Ltd",
        headers=(("Auto-Submitted", "auto-generated"), ("X-Mailer", "PayablesHub Notify 4.2")),
        thread=False,
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Gaz Whitmore", "gaz@whitmorescaffolding.example"),
        "2026-11-18 07:48 +0000",
        "iphone",
        "paid this morn by bacs, used our acc no as the ref (WS0193). sorry for the delay been on a job in hull all wk\n\nGaz",
        lab(
            paid_date="2026-11-18",
            payment_reference="WS0193",
            note="'this morn' is the morning of the message; the customer account number served as the payment reference",
        ),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Orla Brennan", "orla@brennanmarquees.example"),
        "2026-11-24 10:17 +0000",
        "gmail",
        "Morning,\n\nI settled this over the phone on Friday with one of your lads (Marcus, I think?) on the company Amex. He read me back an auth code – 40K7QZ – and said a receipt would follow by email, which it hasn't yet. Could you check it went against the right invoice? We'd two open with you at the time and I'd hate for it to be sitting on the wrong one.\n\nThanks a million,\nOrla\n\nBrennan Marquees & Events\nDundalk, Co. Louth",
        lab(
            paid_date="2026-11-20",
            payment_reference="40K7QZ",
            note="card payment taken by phone on the Friday before Tue 24 Nov; the allocation question does not change the intent",
        ),
        amt="€2,980.00",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Jörg Bäumler", "j.baeumler@baeumler-geruestbau.example"),
        "2026-11-23 08:12 +0100",
        "thunderbird",
        "Hallo zusammen,\n\ndie FH26-04503 ist am Freitag per SEPA raus, allerdings als Sammelüberweisung zusammen mit zwei Rechnungen Ihrer Niederlassung Kassel (gesamt 6.912,40 €, davon 3.184,50 € für diese hier). Im Verwendungszweck stand leider nur unsere Kundennummer 20-7719 - deshalb konnte Ihre Buchhaltung das vermutlich nicht zuordnen.\n\nGruß vom Bauhof\nJörg Bäumler\nBäumler Gerüstbau GmbH",
        lab(
            ("FH26-04503",),
            paid_date="2026-11-20",
            payment_reference="20-7719",
            amount="3184.50",
            currency="EUR",
            note="SEPA batch payment on the Friday before Mon 23 Nov; the amount is the share for this invoice, not the batch total",
        ),
        inv="FH26-04503",
        charset="iso-8859-15",
        cte="8bit",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Meike Brandt", "m.brandt@brandt-landschaftsbau.example"),
        "2026-11-19 13:40 +0100",
        "outlook_html",
        "Guten Tag,\n\nwir verstehen die Erinnerung nicht ganz: Für unser Konto liegt Ihnen ein SEPA-Lastschriftmandat vor, und laut Kontoauszug haben Sie den Betrag am 16.11. eingezogen (Mandatsreferenz FH-LS-00871). Eine Rücklastschrift hat es nicht gegeben.\n\nBitte gleichen Sie das intern ab.\n\nFreundliche Grüße\nMeike Brandt\nBuchhaltung\nBrandt Landschaftsbau GmbH & Co. KG",
        lab(
            paid_date="2026-11-16",
            payment_reference="FH-LS-00871",
            note="paid by the creditor's own direct debit on 16.11.; asking the creditor to reconcile is not a dispute",
        ),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Hélène Marchetti", "compta@lumiere-sud-events.example"),
        "2026-11-26 09:55 +0100",
        "outlook",
        "Bonjour,\n\nLe virement est parti hier en fin de journée depuis notre compte au Crédit Maritime, réf. VIR-2611-88314, pour un montant de 1\u00a0962,00\u00a0€. Comptez 24 à 48\u00a0h pour la réception.\n\nBien cordialement,\n\nHélène Marchetti\nService comptable – Lumière Sud Événements",
        lab(
            paid_date="2026-11-25",
            payment_reference="VIR-2611-88314",
            amount="1962.00",
            currency="EUR",
            note="'hier' resolves to the day before Thu 26 Nov",
        ),
        charset="windows-1252",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Bastien Roux", "bastien.roux@roux-couverture.example"),
        "2026-12-02 18:31 +0100",
        "iphone",
        "Le chèque (n° 0004127) est parti jeudi dernier en recommandé à votre agence de Roubaix, j'ai le récépissé sous les yeux. Il n'a pas encore été encaissé, c'est peut-être juste la Poste.\nB. Roux",
        lab(
            paid_date="2026-11-26",
            payment_reference="0004127",
            note="cheque sent by registered post 'jeudi dernier', the Thursday before Wed 2 Dec; not yet cashed does not make it unpaid",
        ),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Nuria Casals", "nuria@casals-rehabilitacions.example"),
        "2026-11-19 12:06 +0100",
        "gmail",
        "Hola,\n\nOs adjunto el justificante: la transferencia salió el martes 17 por 2.745,90 €, a la cuenta acabada en 4410 que figura en vuestra factura. Si no os aparece, decídmelo y lo miro con el banco.\n\nUn saludo,\nNuria",
        lab(
            paid_date="2026-11-17",
            amount="2745.90",
            currency="EUR",
            note="transfer made on Tuesday 17 November, proof attached as PDF; 4410 is an account number fragment, not a reference",
        ),
        attach=("justificante_transferencia_17-11.pdf", FAKE_PDF),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Administración Obras Sierra", "administracion@obrassierra.example"),
        "2026-11-25 17:20 +0100",
        "android",
        "Buenas tardes:\n\nesa factura entró en la remesa de pagos del viernes 20 y a nosotros nos figura como cargada en cuenta. Si no la tenéis, revisadlo con vuestro banco porque por nuestra parte está hecha.\n\nSaludos",
        lab(
            paid_date="2026-11-20",
            note="included in the Friday 20 November payment batch and debited; 'está hecha' = done",
        ),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Sander de Wit", "sander@dewit-sloopwerken.example"),
        "2026-12-01 08:03 +0100",
        "gmail_plain",
        "Hoi,\n\nIs gisteren overgemaakt hoor, kenmerk 1100 4827 3391. Zou er vandaag of morgen moeten staan.\n\nGr Sander",
        lab(
            paid_date="2026-11-30",
            payment_reference="1100 4827 3391",
            note="'gisteren' is the day before Tue 1 Dec",
        ),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Ingrid Hoekstra", "i.hoekstra@hoekstra-feestverhuur.example"),
        "2026-12-03 14:44 +0100",
        "bottom",
        "Goedemiddag,\n\nDeze hebben wij op 27 november voldaan via het betaalverzoek dat uw collega van de vestiging Utrecht ons toestuurde, € 1.538,25 in één keer. Ik zie het bedrag gewoon op ons afschrift staan.\n\nMet vriendelijke groet,\nIngrid Hoekstra",
        lab(
            paid_date="2026-11-27",
            amount="1538.25",
            currency="EUR",
            note="bottom-posted under the quote; paid through a payment request link on 27 November",
        ),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Ufficio Amministrazione", "amministrazione@allestimentiferraro.example"),
        "2026-11-26 11:22 +0100",
        "outlook_html",
        "Buongiorno,\n\nvi confermiamo di aver disposto il bonifico in data 24/11 (TRN 0306909876543210, importo € 2.207,40).\nRestiamo a disposizione per eventuali verifiche.\n\nCordiali saluti\n\nUfficio Amministrazione\nAllestimenti Ferraro S.r.l.",
        lab(
            paid_date="2026-11-24",
            payment_reference="0306909876543210",
            amount="2207.40",
            currency="EUR",
            note="bank transfer ordered on 24/11 with its TRN",
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "ptp-en-1",
        "promise_to_pay",
        "en",
        ("Rick Delgado", "rick@delgadoconcrete.example"),
        "2026-12-02 21:40 -0800",
        "gmail_plain",
        "Sorry for going quiet on this. Our controller only cuts checks on Thursdays and I got yours onto tomorrow's batch -- it'll go out FedEx overnight so you should have it Friday.\n\nRick Delgado\nDelgado Concrete & Paving\n(559) 555-0148",
        lab(
            promised_date="2026-12-03",
            note="written late on Wed 2 Dec Pacific time (already 3 Dec in UTC); 'tomorrow' is Thursday 3 Dec in the sender's zone, when the cheque is cut",
        ),
        loc="en-US",
        amt="$4,870.00",
    ),
    Reply(
        "ptp-en-2",
        "promise_to_pay",
        "en",
        ("Kerry Nolan", "kerry@nolanlandscapes.example"),
        "2026-11-27 19:02 +0000",
        "iphone",
        "Hiya, sorry it's been a rubbish few weeks with the rain, hardly any work went in. Our big client has told us their money lands on the 4th so yours goes over to you that same afternoon, you have my word x\n\nKerry",
        lab(
            promised_date="2026-12-04",
            note="a firm date tied to an expected receipt; the hard-luck story asks for nothing, so not a payment plan",
        ),
    ),
    Reply(
        "ptp-en-3",
        "promise_to_pay",
        "en",
        ("Sunita Rai", "ap@haldencivils.example"),
        "2026-11-26 15:31 +0000",
        "owa",
        "Good afternoon,\n\nInvoice 4588 cleared approval yesterday and goes in Tuesday's BACS run. Remittance will be emailed automatically once the run is released.\n\nKind regards\n\nSunita Rai\nPurchase Ledger | Halden Civil Engineering Ltd",
        lab(
            ("FH26-04588",),
            promised_date="2026-12-01",
            note="past-tense approval but the payment itself is future: the Tuesday after Thu 26 Nov",
        ),
        inv="FH26-04588",
    ),
    Reply(
        "ptp-de-1",
        "promise_to_pay",
        "de",
        ("Frank Teichmann", "f.teichmann@teichmann-hochbau.example"),
        "2026-11-30 10:14 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie Zahlung wird zum 15.12. angewiesen. Hintergrund ist, dass unser Bauherr den zweiten Bauabschnitt erst nach der Teilabnahme vergütet, die für den 11.12. angesetzt ist.\n\nMit freundlichen Grüßen\nFrank Teichmann\nTeichmann Hochbau GmbH",
        lab(
            promised_date="2026-12-15",
            note="two dates: 11.12. is the client's inspection, 15.12. is the payment",
        ),
    ),
    Reply(
        "ptp-de-2",
        "promise_to_pay",
        "de",
        ("Marco Kranz", "m.kranz@kranz-tiefbau.example"),
        "2026-11-19 16:47 +0100",
        "samsung",
        "Hallo, überweisen wir nächste Woche Mittwoch. Gruß Kranz",
        lab(
            promised_date="2026-11-25",
            note="present tense for the future; 'nächste Woche Mittwoch' from Thu 19 Nov is Wed 25 Nov",
        ),
    ),
    Reply(
        "ptp-fr-1",
        "promise_to_pay",
        "fr",
        ("Luc Mertens", "luc@mertens-evenementiel.example"),
        "2026-12-01 09:12 +0100",
        "gmail",
        "Bonjour,\n\nDésolé de vous répondre en français. Dès que notre client nous aura réglé la prestation du salon – il nous a annoncé son virement pour le 7 – je lance le paiement de votre facture, le jour même.\n\nBonne journée,\nLuc Mertens",
        lab(
            promised_date="2026-12-07",
            note="Belgian customer answering a Dutch reminder in French; payment the same day as the announced incoming transfer on the 7th",
        ),
        rlang="nl",
    ),
    Reply(
        "ptp-fr-2",
        "promise_to_pay",
        "fr",
        ("Yann Le Goff", "yann.legoff@legoff-elagage.example"),
        "2026-11-17 12:40 +0100",
        "iphone",
        "Vous l'aurez vendredi sans faute. Je suis en chantier à Annecy jusqu'à jeudi et c'est moi qui ai les accès à la banque.\nYann",
        lab(
            promised_date="2026-11-20",
            note="'vendredi' after Tue 17 Nov; 'jeudi' is only why not sooner",
        ),
    ),
    Reply(
        "ptp-es-1",
        "promise_to_pay",
        "es",
        ("Marta Ibáñez", "marta.ibanez@ibanezreformas.example"),
        "2026-11-25 13:05 +0100",
        "gmail",
        "Hola,\n\nLa pagamos el lunes que viene sin falta. Esta semana se nos ha juntado todo con las nóminas y la paga extra y no llego.\n\nPerdona las molestias,\nMarta",
        lab(
            promised_date="2026-11-30",
            note="'el lunes que viene' from Wed 25 Nov; the cash squeeze explains the delay but asks for no arrangement",
        ),
        cte="b64",
    ),
    Reply(
        "ptp-es-2",
        "promise_to_pay",
        "es",
        ("Cuentas por Pagar", "cxp@constructoraalbora.example"),
        "2026-11-27 10:41 +0100",
        "outlook_html",
        "Estimados señores:\n\nLes informamos de que la factura FH26-04637, por importe de 3.612,00 €, ha quedado programada para pago el próximo 4 de diciembre, de acuerdo con nuestro calendario de pagos a proveedores.\n\nAtentamente,\n\nDepartamento de Cuentas por Pagar\nConstructora Albora, S.A.",
        lab(
            ("FH26-04637",),
            promised_date="2026-12-04",
            amount="3612.00",
            currency="EUR",
            note="scheduled in the supplier payment calendar for 4 December",
        ),
        inv="FH26-04637",
        amt="3.612,00 €",
    ),
    Reply(
        "ptp-nl-1",
        "promise_to_pay",
        "nl",
        ("Pieter Jansen", "p.jansen@jansenbouw.example"),
        "2026-12-01 08:49 +0100",
        "owa",
        "Goedemorgen,\n\nExcuus, deze is bij ons tussen wal en schip geraakt. Ik zet hem klaar voor de betaalrun van aanstaande vrijdag.\n\nGroet,\nPieter Jansen",
        lab(
            promised_date="2026-12-04",
            note="idiom 'tussen wal en schip' = fell through the cracks; 'aanstaande vrijdag' from Tue 1 Dec",
        ),
    ),
    Reply(
        "ptp-it-1",
        "promise_to_pay",
        "it",
        ("Giulia Ferri", "g.ferri@ferri-impianti.example"),
        "2026-11-24 15:18 +0100",
        "thunderbird",
        "Salve,\n\nprovvederemo al saldo entro il 10 dicembre p.v.\n\nCordialità\nGiulia Ferri\nFerri Impianti Elettrici",
        lab(promised_date="2026-12-10", note="'entro il 10 dicembre p.v.' = by 10 December"),
    ),
    Reply(
        "ptp-it-2",
        "promise_to_pay",
        "it",
        ("Luca Bertolini", "luca@bertolini-eventi.example"),
        "2026-12-07 18:20 +0100",
        "iphone",
        "Ciao, scusate il ritardo! Domattina passo in banca e la sistemo. Luca",
        lab(
            promised_date="2026-12-08",
            note="Italian reply to an English reminder; 'domattina' is the morning after Mon 7 Dec (a bank holiday in Italy, but the date is what was promised)",
        ),
        rlang="en",
        loc="it",
    ),
]

DISPUTE = [
    Reply(
        "d-en-1",
        "dispute",
        "en",
        ("Neil Chambers", "neil.chambers@chambersgroundworks.example"),
        "2026-11-17 09:26 +0000",
        "inline",
        "[[q0]]\n>\n[[q1]]\n>\n[[q2]]\n\nThat's 19 days on the telehandler. It was off-hired on 9 October and your driver collected it that same afternoon – I've got his signature on collection note CN55120. We'll pay up to the off-hire date and not a day past it.\n\n[[q3]]\n\nIt does look wrong, hence this. Corrected invoice please.\n\nNeil Chambers\nContracts Manager\nChambers Groundworks Ltd",
        lab(
            note="inline answers between quoted paragraphs; hire period charged beyond the off-hire date; the partial willingness to pay does not make it a promise",
        ),
    ),
    Reply(
        "d-en-2",
        "dispute",
        "en",
        ("Priti Anand", "priti@anandsignage.example"),
        "2026-11-20 14:02 +0000",
        "gmail",
        "Hello,\n\nWe don't accept the £640 'damage recovery' line on 04611. The generator turned up with the side panel already cracked – it's visible in the photos your own driver took at drop-off. The hire charge itself is fine and I paid that portion (£1,776.80) this morning, so the balance you're chasing is only the damage charge.\n\nRegards,\nPriti Anand\nAnand Signage & Display",
        lab(
            ("FH26-04611",),
            note="damage charge contested; the payment of the undisputed part is secondary, dispute wins",
        ),
        inv="FH26-04611",
    ),
    Reply(
        "d-en-3",
        "dispute",
        "en",
        ("Tamsin Reyes", "treyes@northgateproductions.example"),
        "2026-12-04 11:15 -0500",
        "outlook",
        "Hello,\n\nFH26-04745 looks like a duplicate of FH26-04690, which we paid on 10/30 (check #10482). Same PO, same hire dates, same amount. Please void it and confirm.\n\nThanks,\nTamsin Reyes\nProduction Accountant | Northgate Productions",
        lab(
            ("FH26-04745", "FH26-04690"),
            note="duplicate billing; the payment mentioned is of the other, original invoice",
        ),
        loc="en-US",
        inv="FH26-04745",
        amt="$2,210.00",
        cte="b64",
    ),
    Reply(
        "d-de-1",
        "dispute",
        "de",
        ("Stefan Albrecht", "s.albrecht@albrecht-pflaster.example"),
        "2026-11-18 16:20 +0100",
        "outlook",
        "Guten Tag,\n\ndie Rüttelplatte hat am ersten Einsatztag nach knapp zwei Stunden den Geist aufgegeben, Motor aus, kein Neustart möglich. Ihr Servicetechniker war erst am übernächsten Tag vor Ort. Diese zwei Ausfalltage werden wir nicht bezahlen, bitte erstellen Sie eine entsprechende Gutschrift, dann begleichen wir den Rest.\n\nMit freundlichen Grüßen\nStefan Albrecht\nAlbrecht Pflasterbau",
        lab(
            note="broken equipment, downtime days refused; 'dann begleichen wir den Rest' is conditional"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "d-de-2",
        "dispute",
        "de",
        ("Buchhaltung Kessler", "buchhaltung@kessler-metallbau.example"),
        "2026-11-24 07:58 +0100",
        "android",
        "Guten Morgen,\n\ndiese Rechnung ist bereits durch Ihre Gutschrift GS26-0112 vom 12.11. ausgeglichen (Rücknahme der doppelt berechneten Anlieferung). Bitte gleichen Sie Ihr Debitorenkonto ab.\n\nGruß\nA. Kessler",
        lab(note="already settled by a credit note, not by a payment: the invoice is contested"),
    ),
    Reply(
        "d-fr-1",
        "dispute",
        "fr",
        ("Claire Fontaine", "c.fontaine@atelier-fontaine-expo.example"),
        "2026-11-23 11:47 +0100",
        "outlook_html",
        "Bonjour,\n\nNous contestons cette facture. Le groupe électrogène devait nous être livré le vendredi 6 novembre au matin pour le montage du salon ; il est arrivé le samedi à midi. Entre-temps, nous avons dû en louer un en urgence chez un confrère. Nous ne réglerons pas cette location.\n\nCordialement,\nClaire Fontaine\nAtelier Fontaine Expo",
        lab(note="late delivery made the hire useless; refusal to pay"),
        charset="windows-1252",
    ),
    Reply(
        "d-fr-2",
        "dispute",
        "fr",
        ("Didier Arnaud", "d.arnaud@arnaud-tp.example"),
        "2026-12-08 10:05 +0100",
        "apple",
        "Bonjour,\n\nLe numéro de bon de commande qui figure sur votre facture (BC-7731) n'existe pas chez nous\u202f; nos BC sont tous au format 26-xxxx. Nous n'avons rien commandé à votre agence de Valence sur cette période. Merci de vérifier de votre côté à qui cette location doit être facturée.\n\nD. Arnaud",
        lab(
            note="not our purchase order and nothing ordered: the invoice is contested, not a request for a PO"
        ),
    ),
    Reply(
        "d-es-1",
        "dispute",
        "es",
        ("Jesús Ortega", "jortega@ortegavallados.example"),
        "2026-11-30 12:33 +0100",
        "thunderbird",
        "Buenas tardes:\n\nEn la factura figuran 12 vallas de obra y nosotros alquilamos 8, como consta en el albarán de entrega firmado por nuestro encargado. Les ruego que la rectifiquen; mientras tanto no podemos darle curso.\n\nUn saludo,\nJesús Ortega\nOrtega Vallados y Cerramientos",
        lab(note="wrong quantity against a signed delivery note"),
        charset="iso-8859-1",
    ),
    Reply(
        "d-nl-1",
        "dispute",
        "nl",
        ("Ruud Vermeulen", "ruud@vermeulen-gevelwerken.example"),
        "2026-11-26 13:10 +0100",
        "iphone",
        "Deze betalen we pas als de hoogwerker gerepareerd of omgeruild is. Staat al 3 dagen stil op de bouw en jullie monteur is nog steeds niet geweest. Bel me maar.\nRuud",
        lab(note="'we won't pay until it is fixed' is a dispute, not a promise"),
    ),
    Reply(
        "d-nl-2",
        "dispute",
        "nl",
        ("Linda Bosman", "l.bosman@bosman-evenementen.example"),
        "2026-12-02 09:38 +0100",
        "outlook",
        "Goedemorgen,\n\nIn de offerte (Q-2291) is afgesproken dat transport heen en terug kosteloos is bij een huurperiode langer dan twee weken. Op de factuur staat nu 2 x € 185,00 transport. Graag ontvangen wij hiervoor een creditnota; het restant maken wij daarna direct over.\n\nMet vriendelijke groet,\nLinda Bosman\nBosman Evenementen",
        lab(
            note="transport charged against the quote; the remainder is paid only after a credit note, so dispute"
        ),
        loc="en",
    ),
    Reply(
        "d-it-1",
        "dispute",
        "it",
        ("Davide Conti", "davide.conti@contiedilizia.example"),
        "2026-11-19 10:27 +0100",
        "gmail",
        "Buongiorno,\n\nin fattura la piattaforma aerea è conteggiata a 95 € al giorno, mentre il preventivo concordato con il vostro commerciale era di 75 €. Attendiamo una nota di credito per la differenza, dopodiché saldiamo.\n\nSaluti,\nDavide Conti\nConti Edilizia",
        lab(note="daily rate differs from the agreed quote"),
    ),
    Reply(
        "d-it-2",
        "dispute",
        "it",
        ("Segreteria Galli Restauri", "segreteria@galli-restauri.example"),
        "2026-12-04 15:50 +0100",
        "apple",
        "Buonasera,\n\nil trabattello non ci è mai stato consegnato: l'ordine era stato annullato telefonicamente il 28 settembre, due giorni prima della data di consegna prevista. Non riconosciamo quindi la fattura e vi chiediamo di annullarla.\n\nDistinti saluti\nSegreteria – Galli Restauri",
        lab(note="cancelled order, never delivered"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Dean Foster", "dean@fosterdrainage.example"),
        "2026-11-16 20:15 +0000",
        "gmail_plain",
        "Hi,\n\nI'll be straight with you – we lost our main contract in October and things are tight. Could we clear the £2,416.80 at £400 a month from December? I can set up a standing order tonight if you're OK with that.\n\nCheers,\nDean",
        lab(note="monthly instalments proposed, with hardship"),
    ),
    Reply(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Adam Kowalski", "adam@kowalski-bau.example"),
        "2026-12-09 08:05 +0100",
        "iphone",
        "Hello, sorry my german is not so good. Would you take 2.500 € as full and final if I pay it on friday? Is honestly the best I can do at the moment\n\nAdam",
        lab(
            note="non-native English reply to a German reminder; a reduced settlement offer, and 'if I pay it on friday' is conditional, not a promise",
        ),
        rlang="de",
        loc="de",
    ),
    Reply(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Jenna Whitfield", "jwhitfield@bluehourfilms.example"),
        "2026-12-03 13:22 -0600",
        "outlook_mac",
        "Hi Fernhill team,\n\nAny chance we can split this in two? Half now ($1,575) and the other half on January 15. Our production budget for the year is basically tapped out and the new one opens after our fiscal close on the 31st.\n\nLet me know and I'll get the first half moving.\n\nBest,\nJenna",
        lab(note="two instalments proposed; the dates belong to the plan, not to a promise"),
        loc="en-US",
        amt="$3,150.00",
    ),
    Reply(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Tobias Renner", "tobias.renner@renner-dachtechnik.example"),
        "2026-11-20 11:30 +0100",
        "outlook_mac",
        "Hallo,\n\nkönnten wir den Betrag in drei Raten zahlen, also je ein Drittel im Dezember, Januar und Februar? Die Wintermonate sind bei uns als Dachdecker immer mau.\n\nViele Grüße\nTobias Renner",
        lab(note="three monthly instalments"),
    ),
    Reply(
        "pp-de-2",
        "payment_plan",
        "de",
        ("Dr. Ulrike Haas", "u.haas@haas-projektbau.example"),
        "2026-11-27 14:08 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndurch die Insolvenz unseres Hauptauftraggebers ist unsere Liquidität derzeit stark eingeschränkt. Wir bitten Sie daher, das Zahlungsziel für die genannte Rechnung um 60 Tage zu verlängern. Selbstverständlich halten wir Sie über die weitere Entwicklung auf dem Laufenden.\n\nMit freundlichen Grüßen\nDr. Ulrike Haas\nGeschäftsführerin\nHaas Projektbau GmbH",
        lab(
            note="asks for 60 more days because of a client's insolvency; the body is UTF-8 but declared ISO-8859-1"
        ),
        declared="iso-8859-1",
    ),
    Reply(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Les Nuits du Causse", "tresorerie@nuitsducausse.example"),
        "2026-11-21 10:02 +0100",
        "yahoo",
        "Bonjour,\n\nNous sommes une petite association et l'édition de cet été s'est soldée par un déficit. Serait-il possible d'étaler le règlement à raison de 300\u00a0€ par mois\u202f? Nous ne voulons pas laisser traîner, mais nous ne pouvons pas tout sortir d'un coup.\n\nMerci de votre compréhension,\nMathilde, trésorière",
        lab(note="monthly instalments requested by a festival association"),
    ),
    Reply(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Rocío Marín", "rmarin@marin-jardineria.example"),
        "2026-11-18 09:15 +0100",
        "outlook",
        "Buenos días:\n\n¿Sería posible aplazar el pago hasta finales de enero? Estamos pendientes de cobrar la subvención del ayuntamiento para el proyecto del parque y hasta entonces vamos muy justos.\n\nGracias de antemano,\nRocío Marín",
        lab(note="asks for more time; 'finales de enero' is not a day"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-es-2",
        "payment_plan",
        "es",
        ("Pablo Serrano", "pablo@serranoaudiovisual.example"),
        "2026-12-01 19:48 +0100",
        "gmail",
        "Hola,\n\nOs propongo lo siguiente: 1.000 € esta semana y el resto en dos pagos iguales, el 15 de diciembre y el 15 de enero. Si os parece bien, me lo confirmáis y lo dejo programado.\n\nUn abrazo,\nPablo",
        lab(note="proposed split into three payments, subject to agreement"),
    ),
    Reply(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Kevin Smits", "kevin@smitsklussen.example"),
        "2026-11-23 21:10 +0100",
        "iphone",
        "Hoi, kan ik een regeling treffen? Ben zzp en zit even krap nadat een klant niet heeft betaald. Ik kan €250 per week overmaken tot het weg is. Mvg Kevin",
        lab(note="weekly instalments from a self-employed customer"),
    ),
    Reply(
        "pp-nl-2",
        "payment_plan",
        "nl",
        ("A. de Groot", "administratie@degroot-installatie.example"),
        "2026-12-04 10:55 +0100",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nIs het mogelijk de betaling van deze factuur uit te stellen tot half januari? Na de jaarafsluiting hebben wij weer meer ruimte. Uiteraard betalen wij het volledige bedrag.\n\nMet vriendelijke groet,\nA. de Groot\nDe Groot Installatietechniek",
        lab(
            note="deferral request to mid-January; 'het volledige bedrag' only says nothing is contested"
        ),
    ),
    Reply(
        "pp-it-1",
        "payment_plan",
        "it",
        ("Roberto Marchi", "r.marchi@marchi-costruzioni.example"),
        "2026-11-25 12:10 +0100",
        "outlook_html",
        "Gentili signori,\n\nvi chiediamo la possibilità di rateizzare l'importo in quattro rate mensili a partire da gennaio, con bonifico il giorno 10 di ogni mese. Attendiamo un vostro riscontro.\n\nDistinti saluti\nRoberto Marchi\nMarchi Costruzioni S.r.l.",
        lab(note="four monthly instalments requested"),
    ),
    Reply(
        "pp-it-2",
        "payment_plan",
        "it",
        ("Anna Moretti", "anna.moretti.ditta@gmail.com"),
        "2026-12-06 22:30 +0100",
        "gmail_plain",
        "Buonasera,\nmio marito è ricoverato da tre settimane e il lavoro è fermo, in questo momento non riesco a pagare tutto. Vi pagheremo fino all'ultimo centesimo ma vi chiedo un po' di pazienza, per favore.\nAnna Moretti",
        lab(note="hardship plea asking for patience, no date"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Marcus Lee", "mlee@ironwoodstudios.example"),
        "2026-11-30 10:02 -0800",
        "outlook_html",
        "Hi,\n\nWe can't release payment to a new international vendor until we have a W-8BEN-E on file (or a W-9 if Fernhill has a US entity). We'll also need a bank confirmation letter on letterhead for the wire setup. Once both are loaded in our vendor portal, this will go out in the next weekly run.\n\nThanks,\nMarcus Lee\nAP Specialist | Ironwood Studios",
        lab(
            note="tax form and bank letter needed before payment; the payment after that is conditional"
        ),
        loc="en-US",
        amt="$1,860.00",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Fiona Grant", "fiona@grant-weddings.example"),
        "2026-11-22 16:45 +0000",
        "iphone_html",
        "Hi, this is the first I've heard of this one – nothing came through to us. Can you send over a copy of the invoice and the delivery sheet? Happy to pay if it's ours, just need to see what it's for.\nFiona",
        lab(note="invoice never received; asks for a copy without contesting it"),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Purchase Ledger", "purchase.ledger@calderhomes.example"),
        "2026-11-19 11:36 +0000",
        "inline",
        "[[q2]]\n\nWhich PO was this raised against? Our system kicks out anything without one, so it's been sat in the exceptions queue since it arrived. If you reissue quoting PO 4500187723 (I think that's the right one for the Harrogate site) it'll go through on the next run.\n\n[[q3]]\n\nNot paid yet – see above.\n\nThanks\nPurchase Ledger Team\nCalder Homes plc",
        lab(note="inline reply; reissue with a PO number needed; 'not paid yet' denies payment"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Sabine Vogt", "s.vogt@vogt-innenausbau.example"),
        "2026-11-24 09:17 +0100",
        "roundcube",
        "Guten Morgen,\n\nbitte schicken Sie uns eine Rechnungskopie, auf der unsere Bestellnummer und die Baustelle angegeben sind. Ohne Baustellenzuordnung kann unsere Bauleitung die Rechnung nicht freigeben.\n\nVielen Dank\nSabine Vogt\nVogt Innenausbau",
        lab(note="copy with order number and site reference needed for approval"),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Sophie Garnier", "s.garnier@garnier-batiment.example"),
        "2026-11-18 14:27 +0100",
        "outlook",
        "Bonjour,\n\nPourriez-vous nous transmettre le bon de livraison et le bon de retour signés pour cette location\u202f? Notre expert-comptable en a besoin pour valider la charge.\n\nMerci d'avance,\nSophie Garnier",
        lab(note="proof of delivery and return requested"),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Paul Ménard", "paul.menard@menard-paysages.example"),
        "2026-12-07 17:03 +0100",
        "thunderbird",
        "Bonjour,\n\nJe m’y perds un peu entre vos acomptes, les avoirs et les factures. Pouvez-vous m’envoyer un relevé de compte à jour\u00a0? Je réglerai ensuite ce qui reste dû.\n\nPaul Ménard",
        lab(
            note="statement of account needed first; the payment after it is undated; Windows-1252 bytes declared ISO-8859-1"
        ),
        charset="windows-1252",
        declared="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Elena Ruiz", "eruiz@ruizyasociados-obras.example"),
        "2026-11-26 12:50 +0100",
        "owa",
        "Buenos días:\n\nNecesitamos que nos emitan la factura con nuestro CIF actual (B-87654321); la que tenemos lleva el de la sociedad anterior y así no la podemos contabilizar. En cuanto nos llegue, la pagamos.\n\nSaludos cordiales,\nElena Ruiz",
        lab(note="reissue with the current tax id; amount not contested"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Iker Etxeberria", "iker@etxeberria-montajes.example"),
        "2026-12-02 08:35 +0100",
        "samsung",
        "Buenas, me podéis mandar un certificado de titularidad de la cuenta? El banco no nos deja dar de alta un proveedor nuevo sin él. Gracias",
        lab(note="bank account ownership certificate needed before paying"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Femke Visser", "femke@visser-podiumbouw.example"),
        "2026-11-20 10:19 +0100",
        "gmail",
        "Goedemorgen,\n\nWij hebben deze factuur nooit ontvangen. Kunt u hem nogmaals sturen, graag als pdf naar dit adres?\n\nGroet,\nFemke Visser",
        lab(note="never received, please resend; 'naar dit adres' is not a new contact"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Bram Koster", "bram@koster-grondwerk.example"),
        "2026-11-17 07:12 +0100",
        "iphone",
        "Welke huurperiode is dit? Heb 3 lopende contracten bij jullie. Stuur even de specificatie door.",
        lab(note="Dutch reply to an English reminder; asks for the breakdown before anything else"),
        rlang="en",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Amministrazione Pellegrini", "amministrazione@pellegrini-serramenti.example"),
        "2026-11-23 09:48 +0100",
        "outlook",
        "Buongiorno,\n\nper procedere con il pagamento ci serve la fattura elettronica trasmessa tramite SdI (codice destinatario M5UXCR1): la copia in PDF che ci avete inviato non ha valore fiscale.\n\nCordiali saluti\nUfficio Amministrazione",
        lab(note="needs the e-invoice through the national exchange system before paying"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Chiara Esposito", "chiara@espositoallestimenti.example"),
        "2026-12-03 16:00 +0100",
        "gmail",
        "Buonasera,\n\npotreste inviarci le vostre coordinate bancarie? Sulla fattura non compare l'IBAN e non vorremmo sbagliare conto.\n\nGrazie,\nChiara",
        lab(note="bank details requested"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Mark Ellery", "mark.ellery@grantleyhomes.example"),
        "2026-11-16 12:04 +0000",
        "outlook",
        "Hi,\n\nI'm a site manager, I don't deal with invoices. They need to go to payables@grantleyhomes.example – I've copied them in here.\n\nMark",
        lab(
            new_contact="payables@grantleyhomes.example",
            note="not the right person; the payables address is also in Cc",
        ),
        headers=(("Cc", "Payables <payables@grantleyhomes.example>"),),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Holly Marsh", "holly.marsh@brackwellevents.example"),
        "2026-11-25 18:40 +0000",
        "gmail",
        "Hi – I left Brackwell Events back in September, I only still get these because nobody switched off my old address. No idea who looks after the accounts now, sorry. The main office line is probably your best bet.\n\nHolly",
        lab(note="former employee, no replacement address given"),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Accounts", "accounts@pennineplastering.example"),
        "2026-11-17 09:12 +0000",
        "none",
        "This mailbox is no longer monitored.\n\nPennine Plastering has moved its accounts function to our parent company. Please resend any invoices, statements or account queries to finance@pennine-group.example.\n\nThank you.",
        lab(
            new_contact="finance@pennine-group.example",
            note="automatic 'no longer monitored' notice naming the new mailbox: wrong_contact, not auto_reply",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Jens Hartmann", "j.hartmann@hartmann-bau.example"),
        "2026-11-20 07:35 +0100",
        "outlook_html",
        "Guten Morgen,\n\nbitte schicken Sie Rechnungen und Mahnungen nicht an mich, ich bin Bauleiter. Zuständig ist unsere Buchhaltung: Rechnungseingang@Hartmann-Bau.example\n\nGruß\nJens Hartmann",
        lab(
            new_contact="rechnungseingang@hartmann-bau.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Nicole Berger", "n.berger@berger-eventtechnik.example"),
        "2026-12-01 14:22 +0100",
        "gmail_plain",
        "Hallo,\n\nHerr Wendt ist seit dem 1. November nicht mehr bei uns. Für Lieferantenrechnungen ist jetzt Frau Öztürk zuständig: s.oeztuerk@berger-eventtechnik.example\n\nViele Grüße\nNicole Berger\nEmpfang",
        lab(
            new_contact="s.oeztuerk@berger-eventtechnik.example",
            note="the addressee has left; a colleague names the successor",
        ),
        rto="Thomas Wendt <t.wendt@berger-eventtechnik.example>",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Duval Charpente", "contact@duval-charpente.example"),
        "2026-11-19 10:40 +0100",
        "iphone",
        "Bonjour, ici c'est l'adresse du standard. Pour la compta voyez directement avec Patricia : p.lemoine@duval-charpente.example\nCordialement",
        lab(
            new_contact="p.lemoine@duval-charpente.example",
            note="switchboard address, points to the bookkeeper",
        ),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Martin Frères Paysage", "contact@martinfreres-paysage.example"),
        "2026-12-03 15:12 +0100",
        "apple",
        "Bonjour,\n\nJe pense qu'il y a confusion : nous sommes Martin Frères Paysage, à Montélimar. Vous cherchez sans doute Martin Frères TP, à Valence, qui n'a rien à voir avec nous. Nous n'avons jamais loué de matériel chez vous.\n\nCordialement,\nÉric Martin",
        lab(note="a different company with a similar name; no address for the right one"),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Facturación Grupo Levante", "facturacion@grupolevante-obras.example"),
        "2026-11-23 08:00 +0100",
        "none_html",
        "Esta dirección de correo ya no está operativa para temas de facturación.\n\nDesde el 1 de noviembre, envíen facturas y reclamaciones de pago a proveedores@grupolevante.example.\n\nGracias.",
        lab(
            new_contact="proveedores@grupolevante.example",
            note="HTML-only automatic notice that the mailbox is retired, naming the new one",
        ),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Toni Ferrer", "toni.ferrer.obras@gmail.com"),
        "2026-11-27 20:05 +0100",
        "gmail",
        "Yo solo soy el encargado de obra, los pagos los lleva la gestoría. Escribid a Asesoría Llorente: administracion@asesoriallorente.example, que son los que tienen todo.\n\nToni",
        lab(
            new_contact="administracion@asesoriallorente.example",
            note="site foreman pointing to the outside bookkeeper",
        ),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Jeroen Smit", "j.smit@vandalen-evenementen.example"),
        "2026-11-30 09:03 +0100",
        "outlook",
        "Goedemorgen,\n\nIk werk sinds deze maand niet meer bij Van Dalen Evenementen en lees deze mailbox alleen nog tot het eind van het jaar. Neem voor facturen contact op met mijn opvolger, Esther Kok (e.kok@vandalen-evenementen.example).\n\nMet vriendelijke groet,\nJeroen Smit",
        lab(
            new_contact="e.kok@vandalen-evenementen.example",
            note="written by a person who left, naming the successor",
        ),
        cte="b64",
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Daan Mulder", "daan@mulderhoveniers.example"),
        "2026-12-05 11:26 +0100",
        "iphone",
        "Verkeerde persoon, ik ben de zoon en doe alleen de website en de socials. Mail mijn vader even: henk@mulderhoveniers.example",
        lab(new_contact="henk@mulderhoveniers.example", note="family member, points to the owner"),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Ufficio Tecnico", "ufficiotecnico@rinaldi-costruzioni.example"),
        "2026-11-18 12:12 +0100",
        "outlook_html",
        "Buongiorno,\n\nquesta casella è dell'ufficio tecnico e non gestisce i pagamenti. Per le questioni amministrative vi preghiamo di scrivere a contabilita@rinaldi-costruzioni.example.\n\nGrazie\nUfficio Tecnico – Rinaldi Costruzioni",
        lab(
            new_contact="contabilita@rinaldi-costruzioni.example",
            note="technical office mailbox, points to accounts",
        ),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Gareth Pryce", "gareth@pryce-demolition.example"),
        "2026-11-24 16:58 +0000",
        "outlook_html",
        "Please note that this matter has been passed to our solicitors, Alder Whitlock LLP. Any further correspondence should be addressed to them and not to our staff.\n\nG. Pryce\nDirector\nPryce Demolition Ltd",
        lab(note="correspondence only through the solicitors"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Steve Mottram", "stevemottram61@gmail.com"),
        "2026-11-29 09:41 +0000",
        "iphone",
        "Take me off your list. I hired ONE cement mixer in the summer, paid what I owed at the counter and the rest is your mistake. Thats the fourth email this month. Stop emailing me.",
        lab(note="stop emailing beats the payment claim and the dispute"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Linda Park", "lpark@cascadiastage.example"),
        "2026-12-01 09:30 -0800",
        "outlook",
        "Per our vendor policy, all collection correspondence must be sent in writing by mail to:\n\nAccounts Payable\nCascadia Stage Services\n4410 Industrial Way\nTacoma, WA 98409\n\nPlease do not email or call our production staff about invoices.\n\nLinda Park\nOffice Manager",
        lab(note="post only, no email"),
        loc="en-US",
        amt="$2,640.00",
        cte="b64",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Herbert Lang", "h.lang@lang-elektro.example"),
        "2026-11-26 11:11 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nhiermit widerspreche ich gemäß Art. 21 DSGVO der Nutzung meiner E-Mail-Adresse für Zahlungserinnerungen und Werbung. Bitte senden Sie an diese Adresse keine weiteren Nachrichten.\n\nH. Lang",
        lab(note="formal data-protection objection to further email"),
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Petra Kühn", "petra.kuehn@kuehn-privat.example"),
        "2026-12-04 19:50 +0100",
        "thunderbird",
        "Bitte nehmen Sie diese Adresse aus Ihrem Verteiler. Das ist mein privates Postfach, mein Mann hatte die Maschine über seine Firma gemietet.\n\nP. Kühn",
        lab(
            note="remove this address; the hint at the husband's firm gives no contact and unsubscribe wins"
        ),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Sylvie Bernard", "direction@bernard-sonorisation.example"),
        "2026-11-20 17:25 +0100",
        "html_only",
        "Madame, Monsieur,\n\nToute correspondance relative à ce dossier doit désormais être adressée à notre conseil, Maître Corinne Vasseur, avocate au barreau de Lyon. Nous ne donnerons plus suite aux courriels.\n\nSylvie Bernard\nGérante",
        lab(note="HTML-only Outlook message; correspondence only through the lawyer"),
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Karim Benali", "karim.benali@benali-renov.example"),
        "2026-12-06 13:15 +0100",
        "android",
        "Stop aux relances par mail svp, désinscrivez-moi. Merci",
        lab(note="terse opt-out from a phone"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Manuel Crespo", "mcrespo@crespo-derribos.example"),
        "2026-11-18 19:37 +0100",
        "iphone",
        "No me escriban más a este correo. Lo que tengan que decir, por burofax.",
        lab(note="no more email, registered post only"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Lucía Navarro", "lucia.navarro@navarroeventos.example"),
        "2026-12-02 12:02 +0100",
        "yahoo",
        "Buenos días:\n\nSolicito que se dé de baja esta dirección de todas sus comunicaciones, conforme al artículo 21 del RGPD. Les ruego confirmen la baja.\n\nLucía Navarro",
        lab(note="formal GDPR opt-out"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Tim Bakker", "timbakker84@gmail.com"),
        "2026-11-21 10:30 +0100",
        "gmail_plain",
        "Haal me van de lijst aub. Ik heb nog nooit iets bij jullie gehuurd en krijg dit nu voor de derde keer.",
        lab(note="opt-out beats the implied wrong contact"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Fabio Greco", "fabio.greco@grecoscavi.example"),
        "2026-11-30 16:44 +0100",
        "outlook",
        "Spett.le Fernhill,\n\nvi diffido dal contattarmi ulteriormente a questo indirizzo. Per qualsiasi comunicazione in merito rivolgetevi al mio legale, avv. Paolo Siri, del foro di Genova.\n\nFabio Greco",
        lab(note="formal warning not to write; lawyer only"),
        charset="windows-1252",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Sara Villa", "sara.villa@villaeventi.example"),
        "2026-12-08 08:50 +0100",
        "samsung",
        "Cancellatemi dalla mailing list per favore, grazie.",
        lab(note="mobile one-line opt-out"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Callum Reid", "callum.reid@reidaccess.example"),
        "2026-11-16 09:14 +0000",
        "none",
        "Thanks for your email. I'm away from the office until Friday 27 November with no access to email, back in on Monday 30th.\n\nFor anything urgent on site, please ring the yard on 01632 960 442. Accounts queries will be dealt with on my return.\n\nCallum",
        lab(return_date="2026-11-30", note="last day away and day back both given: the day back"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Meridian Live AP Support", "apsupport@meridianlive.example"),
        "2026-11-18 06:02 -0500",
        "none",
        "Hello,\n\nYour message has been received and ticket AP-88213 has been created. Our Accounts Payable team works through tickets in the order received and aims to respond within five business days.\n\nTo add information, reply to this email without changing the subject line.\n\nMeridian Live – AP Support\nThis is an automated notification.",
        lab(note="ticket acknowledgement, no date"),
        subject="[AP-88213] {rsub}",
        headers=(AUTO, ("Precedence", "bulk"), XAUTO),
        loc="en-US",
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Rachel Owusu", "rachel@owusu-interiors.example"),
        "2026-12-02 10:20 +0000",
        "none",
        "Hi, thanks for getting in touch.\n\nI'm on parental leave until 4 January 2027. While I'm off, Dev Mistry (dev@owusu-interiors.example) is looking after orders and accounts.\n\nRachel",
        lab(
            return_date="2027-01-04",
            note="no auto-reply headers; 'until' a date gives that date; the colleague's address is not a new contact",
        ),
        subject="Out of Office: {rsub}",
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Katrin Schulz", "k.schulz@schulz-holzbau.example"),
        "2026-11-23 10:01 +0100",
        "none",
        "Vielen Dank für Ihre Nachricht.\n\nIch befinde mich im Urlaub. Ab dem 30.11.2026 bin ich wieder im Haus und melde mich dann bei Ihnen.\n\nMit freundlichen Grüßen\nKatrin Schulz\nSchulz Holzbau",
        lab(return_date="2026-11-30", note="holiday notice with the day back"),
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(AUTO, XAUTO),
        charset="iso-8859-1",
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Michael Wolf", "m.wolf@wolf-stahlbau.example"),
        "2026-12-07 07:45 +0100",
        "none",
        "Guten Tag,\n\nich bin zurzeit krankheitsbedingt nicht erreichbar. Ihre Nachricht wird nicht automatisch weitergeleitet. In dringenden Fällen wenden Sie sich bitte an zentrale@wolf-stahlbau.example.\n\nMichael Wolf",
        lab(note="sick-leave notice without a date; the switchboard address is not a new contact"),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Nathalie Perrin", "n.perrin@perrin-echafaudages.example"),
        "2026-11-27 14:30 +0100",
        "none",
        "Bonjour,\n\nJe suis absente jusqu'au vendredi 4 décembre inclus. Je prendrai connaissance de votre message à mon retour, le lundi 7 décembre.\n\nCordialement,\nNathalie Perrin",
        lab(return_date="2026-12-07", note="'inclus' last day plus the day back: the day back"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO,),
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Groupe Ledoux – Fournisseurs", "fournisseurs@groupe-ledoux.example"),
        "2026-12-01 11:00 +0100",
        "none",
        "Bonjour,\n\nNous accusons réception de votre message, enregistré sous la référence FRN-2026-11-4471. Il sera traité par le service comptabilité fournisseurs dans les meilleurs délais.\n\nMerci de ne pas répondre à ce courriel.\n\nGroupe Ledoux – Comptabilité fournisseurs",
        lab(note="ticket acknowledgement carrying only Precedence"),
        subject="Accusé de réception – {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Javier Molina", "jmolina@molina-estructuras.example"),
        "2026-11-19 08:30 +0100",
        "none",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 1 de diciembre, sin acceso al correo. Para asuntos urgentes, llamen al 912 345 678.",
        lab(return_date="2026-12-01", note="'hasta el 1 de diciembre' gives that date"),
        subject="Fuera de la oficina: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Marloes de Boer", "m.deboer@deboer-bouwbedrijf.example"),
        "2026-11-17 09:09 +0100",
        "none",
        "Bedankt voor uw e-mail. Ik ben afwezig tot en met vrijdag 20 november en ben vanaf maandag weer bereikbaar. Uw bericht wordt niet doorgestuurd.",
        lab(return_date="2026-11-23", note="'vanaf maandag' after Friday 20 November"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Hendriks Tentenverhuur", "info@hendriks-tenten.example"),
        "2026-12-07 08:01 +0100",
        "none",
        "Beste relatie,\n\nBedankt voor uw bericht! Van 7 tot en met 11 december is ons kantoor gesloten in verband met onze verhuizing naar Bedrijvenpark De Hoek. Vanaf maandag 14 december staan we weer voor u klaar.\n\nTeam Hendriks Tentenverhuur",
        lab(return_date="2026-12-14", note="company autoresponder without any auto-reply header"),
        subject="Bedankt voor uw bericht",
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Giorgio Lombardi", "g.lombardi@lombardi-gru.example"),
        "2026-11-16 10:05 +0100",
        "none",
        "Sono fuori ufficio con accesso limitato alla posta fino a venerdì 20 novembre. Per urgenze contattare il numero 02 1234 5678.",
        lab(return_date="2026-11-20", note="'fino a' a date gives that date"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Valentina Rizzo", "v.rizzo@rizzo-allestimenti.example"),
        "2026-12-03 12:00 +0100",
        "none",
        "Buongiorno,\nsono in congedo di maternità fino a marzo 2027. Per questioni amministrative potete scrivere a amministrazione@rizzo-allestimenti.example.\nGrazie",
        lab(
            note="maternity leave 'fino a marzo 2027' is not a day; the address is not a new contact"
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO, XAUTO, ("Precedence", "bulk")),
        cte="b64",
    ),
]

OTHER = [
    Reply(
        "o-en-1",
        "other",
        "en",
        ("Jack Lowry", "jack@lowry-fitouts.example"),
        "2026-11-26 11:48 +0000",
        "gmail",
        "Hi,\n\nWhile I've got you – who do I speak to about keeping the two welfare cabins on into January? And does your Wakefield depot carry 3-phase 60kVA gens, or is that a Leeds job?\n\nJack",
        lab(note="sales and hire questions that ignore the reminder"),
    ),
    Reply(
        "o-en-2",
        "other",
        "en",
        ("Sam Oduya", "sam@oduya-carpentry.example"),
        "2026-12-04 17:55 +0000",
        "iphone",
        "Got this. Is the balance you've shown before or after the £500 deposit you're holding? If it's after I reckon we're square, if before I'll sort the difference",
        lab(
            note="genuinely unclear: neither a dispute nor a promise until the deposit question is answered"
        ),
    ),
    Reply(
        "o-en-3",
        "other",
        "en",
        ("Hollins Recovery LLP", "corran@hollinsrecovery.example"),
        "2026-11-27 12:30 +0000",
        "outlook_html",
        "Dear Sir or Madam\n\nCorran Interiors Limited – In Administration\n\nWe write to advise that Corran Interiors Limited entered administration on 20 November 2026 and that its affairs, business and property are now managed by the joint administrators.\n\nCreditors should submit their claims using the proof of debt form, which will follow by post together with our formal notice.\n\nYours faithfully\n\nHollins Recovery LLP\nfor and on behalf of Corran Interiors Limited (In Administration)",
        lab(
            note="insolvency notice from the administrators: a person must read it and lodge a claim"
        ),
        rto="Corran Interiors Accounts <accounts@corraninteriors.example>",
    ),
    Reply(
        "o-de-1",
        "other",
        "de",
        ("Uwe Sommer", "u.sommer@sommer-erdbau.example"),
        "2026-11-18 15:40 +0100",
        "outlook",
        "Hallo,\n\nder Minibagger steht immer noch bei uns auf dem Hof, wir haben ihn schon am 6.11. abgemeldet. Wann holen Sie den ab? Er blockiert uns die Einfahrt.\n\nGruß\nUwe Sommer",
        lab(note="collection query about the hired machine, nothing about the invoice"),
        charset="iso-8859-1",
    ),
    Reply(
        "o-de-2",
        "other",
        "de",
        ("Lars Neumann", "lars.neumann@neumann-veranstaltungstechnik.example"),
        "2026-12-08 12:15 +0100",
        "bottom",
        "Danke für den Hinweis, ist notiert.\n\nLars",
        lab(note="acknowledgement without any commitment"),
    ),
    Reply(
        "o-fr-1",
        "other",
        "fr",
        ("Thierry Masson", "thierry@masson-terrassement.example"),
        "2026-11-24 07:20 +0100",
        "iphone",
        "Bonjour, rappelez-moi svp, je préfère en parler de vive voix. 06 12 34 56 78\nThierry",
        lab(note="call-back request, intent unknown"),
    ),
    Reply(
        "o-es-1",
        "other",
        "es",
        ("Beatriz Lozano", "beatriz@lozano-decorados.example"),
        "2026-11-20 13:25 +0100",
        "gmail",
        "Hola,\n\nAntes de nada: ¿este correo es vuestro de verdad? Hace dos días nos llegó otro casi igual pidiéndonos pagar a un IBAN distinto y el banco nos ha dicho que tengamos cuidado. ¿Me lo podéis confirmar por teléfono?\n\nBeatriz",
        lab(note="fraud check after a look-alike email with other bank details"),
    ),
    Reply(
        "o-es-2",
        "other",
        "es",
        ("Álvaro Pizarro", "apizarro@pizarro-obras.example"),
        "2026-12-09 09:10 +0100",
        "android",
        "Buenos días:\n\nAprovecho el hilo: ¿tenéis plataformas de tijera de 12 m disponibles para la semana del 14? Necesitaríamos dos, con entrega en la obra de Alcobendas.\n\nGracias,\nÁlvaro",
        lab(note="new hire enquiry in the reminder thread"),
    ),
    Reply(
        "o-nl-1",
        "other",
        "nl",
        ("Directie Rijnzicht Bouw", "info@rijnzicht-bouw.example"),
        "2026-12-01 10:00 +0100",
        "html_only",
        "Geachte relatie,\n\nPer 1 december 2026 is Rijnzicht Bouw gefuseerd met Bouwgroep Hollands Midden. Onze nieuwe factuurgegevens en het nieuwe btw-nummer ontvangt u binnenkort in een aparte mailing.\n\nMet vriendelijke groet,\nDirectie",
        lab(note="merger notice; no new contact and no request"),
    ),
    Reply(
        "o-nl-2",
        "other",
        "nl",
        ("Joost Peeters", "joost@peeters-feesttenten.example"),
        "2026-12-05 09:44 +0100",
        "iphone_html",
        "Top, dank je. Fijne feestdagen alvast!",
        lab(note="thanks and season's greetings only"),
    ),
    Reply(
        "o-it-1",
        "other",
        "it",
        ("Marco Santoro", "m.santoro@santoro-coperture.example"),
        "2026-11-30 11:00 +0100",
        "roundcube",
        "Buongiorno,\n\nil nostro commercialista è in ferie fino al 10 dicembre; ne parliamo con lui al suo rientro e vi faremo sapere.\n\nSaluti\nMarco Santoro",
        lab(note="a person (not an auto-reply) deferring a decision; no payment commitment"),
    ),
    Reply(
        "o-it-2",
        "other",
        "it",
        ("Elisa Gallo", "elisa@galloeventi.example"),
        "2026-12-02 15:35 +0100",
        "gmail",
        "Buongiorno,\n\nvi segnalo che dal 1° dicembre ci siamo trasferiti: il nuovo indirizzo per le consegne e i ritiri è Via dell'Artigianato 14, Bergamo. Aggiornate pure la vostra anagrafica.\n\nElisa",
        lab(note="change of delivery address, not of contact"),
        cte="b64",
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

OUR_MTA = "smtp-out.fernhill-hire.example"
EXCHANGE_SENDER = (
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fernhill-hire.example>"
)


@dataclass(frozen=True)
class Bounce:
    """A delivery report for a reminder sent to `rcpt` (the reminder was in `rlang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return (self.dt - timedelta(minutes=4)).replace(second=12)

    def reminder(self) -> Message:
        return original_reminder(self.rlang, self.rcpt, self.sent, self.key)

    def subject(self) -> str:
        return reminder_subject(self.rlang, default_invoice(self.key))


def delivery_status(
    b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "", *, retry_days: int = 3
) -> Message:
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent)}\n"
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        lines.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=retry_days))}")
    blocks = [per_message, "\n".join(lines) + "\n"]
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([message_from_bytes(block.encode()) for block in blocks])
    return ds


def returned_headers(b: Bounce) -> Message:
    text = "".join(
        f"{k}: {v}\n" for k, v in b.reminder().items() if k != "Content-Transfer-Encoding"
    )
    return text_part(text, "rfc822-headers", "utf-8", "7bit")


def returned_text(b: Bounce) -> str:
    """The returned message as raw text, for notices that paste it in."""
    raw = b.reminder().as_bytes().decode("ascii")
    return f"Return-Path: <{AR_ADDR}>\n" + raw


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str) -> Message:
    """A human-readable part as plain text plus the same paragraphs in HTML."""
    paragraphs = text.strip("\n").split("\n\n")
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        + "".join(
            f'<p style="font-family:Segoe UI,sans-serif">{html_lines(p)}</p>' for p in paragraphs
        )
        + "</body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", "utf-8", "qp"))
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    return alt


def finish(
    b: Bounce, msg: Message, sender: str, subject: str, extra: tuple[tuple[str, str], ...] = ()
) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, "bounce")


def bounce_postfix_hard(b: Bounce) -> Message:
    remote = "mx.ridgelinebuilders.example"
    human = (
        f"This is the mail system at host {OUR_MTA}.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[198.51.100.23] said: 550\n"
        f"    5.1.1 <{b.rcpt}>: Recipient address rejected: mailbox closed, user\n"
        "    no longer with the company (in reply to RCPT TO command)\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: mailbox closed, user no longer with the company"
    part = text_part(human, "plain", "us-ascii", "7bit")
    part.add_header("Content-Description", "Notification")
    ds = delivery_status(b, OUR_MTA, "failed", diag, remote)
    ds.add_header("Content-Description", "Delivery report")
    returned = MIMEMessage(b.reminder())
    returned.add_header("Content-Description", "Undelivered Message")
    sender = f"MAILER-DAEMON@{OUR_MTA} (Mail Delivery System)"
    return finish(b, report([part, ds, returned]), sender, "Undelivered Mail Returned to Sender")


def bounce_gmail_delay(b: Bounce) -> Message:
    reply = f"452 4.2.2 <{b.rcpt}>: Recipient mailbox is over its storage limit, try again later"
    human = human_alternative(
        "\n\n".join(
            [
                "** Delivery incomplete **",
                f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.",
                "The response from the remote server was:",
                reply,
            ]
        )
        + "\n"
    )
    parts = [
        human,
        delivery_status(
            b, "googlemail.com", "delayed", reply, "mail.hartleyevents.example", retry_days=2
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_sendmail_delay(b: Bounce) -> Message:
    relay = "relay2.fernhill-hire.example"
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {format_datetime(b.sent)}\n"
        f"from {OUR_MTA} [203.0.113.10]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with mail.thornbury-access.example.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            relay,
            "delayed",
            "451 4.4.1 reply: read error from mail.thornbury-access.example.",
            retry_days=5,
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery Subsystem <MAILER-DAEMON@{relay}>",
        "Warning: could not send message for past 4 hours",
    )


def bounce_qmail_hard(b: Bounce) -> Message:
    host = "mx2.stanway-hosting.example"
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"{returned_text(b)}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@{host}", "failure notice")


def bounce_exim_hard(b: Bounce) -> Message:
    host = "mx.kettlewell-hosting.example"
    target = "mail.kettlewell-lifting.example"
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host {target} [192.0.2.61]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.1.1 <{b.rcpt}>: mailbox unavailable, account disabled\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"{returned_text(b)}"
    )
    msg = text_part(text, "plain", "us-ascii", "7bit")
    return finish(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Mail delivery failed: returning message to sender",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_exchange_de_delay(b: Bounce) -> Message:
    remote = "mx01.lindner-veranstaltungen.example"
    first = (b.sent + timedelta(minutes=1)).strftime("%d.%m.%Y %H:%M:%S")
    human = (
        "Die Zustellung an folgende Empfänger oder Gruppen verzögert sich:\n\n"
        f"{b.rcpt}\n\n"
        f"Betreff: {b.subject()}\n\n"
        "Die Nachricht wurde bisher nicht zugestellt. Der Server versucht es weiterhin automatisch, Sie müssen nichts unternehmen.\n\n"
        "Die Zustellversuche laufen noch 1 Tag und 23 Stunden. Klappt die Zustellung bis dahin nicht, erhalten Sie eine weitere Benachrichtigung.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        "Generierender Server: FR2P281MB0147.DEUP281.PROD.OUTLOOK.COM\n"
        f"Empfangender Server: {remote}\n\n"
        f"{b.rcpt}\n"
        f"{first} - Remote Server at {remote} (198.51.100.82) returned '441 4.4.1 Error encountered while communicating with primary target IP address: \"Failed to connect.\"'\n"
    )
    parts = [
        human_alternative(human),
        delivery_status(
            b,
            "FR2P281MB0147.DEUP281.PROD.OUTLOOK.COM",
            "delayed",
            "400 4.4.7 Message delayed",
            remote,
            retry_days=2,
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        EXCHANGE_SENDER,
        f"Zustellung verzögert: {b.subject()}",
        (("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "de-DE")),
    )


def bounce_provider_de_hard(b: Bounce) -> Message:
    host = "mx-in.hostzentrale.example"
    human = (
        f"Dies ist eine automatisch erzeugte Nachricht des Mailsystems von {host}.\n\n"
        "Ihre Nachricht konnte an den folgenden Empfänger nicht zugestellt werden:\n\n"
        f"  <{b.rcpt}>\n"
        "  Grund: Das Postfach existiert nicht (550 5.1.1 Benutzer unbekannt)\n\n"
        "Der Fehler ist dauerhaft, es werden keine weiteren Zustellversuche unternommen. "
        "Bitte prüfen Sie die Schreibweise der Adresse oder erfragen Sie beim Empfänger eine gültige Adresse.\n\n"
        "Die Kopfzeilen Ihrer ursprünglichen Nachricht finden Sie im Anhang.\n\n"
        "-- \nIhr Hostzentrale-Mailsystem\n"
    )
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(b, host, "failed", "550 5.1.1 Benutzer unbekannt / user unknown"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        "Unzustellbar: Empfänger unbekannt",
    )


def bounce_exchange_fr_hard(b: Bounce) -> Message:
    gen = "PR1P264MB4567.FRAP264.PROD.OUTLOOK.COM"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = (
        f"Votre message n'a pas pu être remis à {b.rcpt} : cette adresse n'existe pas, ou plus, dans le domaine du destinataire.\n\n"
        "Que faire\u202f?\n"
        "Vérifiez l'orthographe de l'adresse, ou demandez au destinataire sa nouvelle adresse par un autre moyen, puis renvoyez le message.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\n"
        f"Serveur de génération : {gen}\n\n"
        f"{b.rcpt}\n"
        f"Le serveur distant a renvoyé '{diag}'\n"
    )
    parts = [
        human_alternative(human),
        delivery_status(b, gen, "failed", diag),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        EXCHANGE_SENDER,
        f"Non remis : {b.subject()}",
        (("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "fr-FR")),
    )


def bounce_provider_fr_delay(b: Bounce) -> Message:
    host = "smtp-in.messagerie-pro.example"
    human = (
        "Ceci est un message automatique du serveur de messagerie, merci de ne pas y répondre.\n\n"
        "Votre message n'a pas encore pu être remis au destinataire suivant :\n\n"
        f"   {b.rcpt}\n"
        "   Motif : boîte aux lettres pleine (452 4.2.2 Mailbox full)\n\n"
        "Nous tenterons de nouveau la remise pendant 72 heures. Pour l'instant, vous n'avez rien à faire ; "
        "si le message ne peut toujours pas être remis passé ce délai, il vous sera retourné.\n\n"
        "Les en-têtes du message concerné sont joints ci-dessous.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(human, "plain", "iso-8859-1", "qp"))
    outer.attach(returned_headers(b))
    return finish(
        b,
        outer,
        f"Serveur de messagerie <mailer-daemon@{host}>",
        "Avertissement : message en attente de remise",
    )


def bounce_exchange_es_full(b: Bounce) -> Message:
    gen = "MAD1P195MB2288.EURP195.PROD.OUTLOOK.COM"
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = (
        f"Su mensaje para {b.rcpt} no se ha podido entregar.\n\n"
        "El buzón del destinatario está lleno y en este momento no admite más mensajes. "
        "Vuelva a intentarlo más tarde o avise al destinatario por otra vía para que libere espacio.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        f"Servidor de generación: {gen}\n\n"
        f"{b.rcpt}\n"
        f"El servidor remoto devolvió '{diag}'\n"
    )
    parts = [
        human_alternative(human),
        delivery_status(b, gen, "failed", diag),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        EXCHANGE_SENDER,
        f"No se puede entregar: {b.subject()}",
        (("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "es-ES")),
    )


def bounce_provider_nl_delay(b: Bounce) -> Message:
    host = "backup-mx.mijnhosting.example"
    human = (
        f"Dit is een automatisch bericht van {host}.\n\n"
        f"Uw bericht aan {b.rcpt} kon nog niet worden afgeleverd. "
        "De ontvangende mailserver verbrak bij elke poging de verbinding (4.4.2).\n\n"
        "Wij blijven het de komende 3 dagen automatisch proberen. U hoeft niets te doen; "
        "lukt het niet, dan krijgt u opnieuw bericht.\n\n"
        "Technische gegevens staan in de bijlage.\n"
    )
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            host,
            "delayed",
            "421 4.4.2 mail.kuipers-evenementenbouw.example: connection dropped",
            "mail.kuipers-evenementenbouw.example",
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        "Vertraagde bezorging: uw bericht is nog niet afgeleverd",
    )


def bounce_provider_it_hard(b: Bounce) -> Message:
    head = "".join(
        f"{k}: {v}\n" for k, v in b.reminder().items() if k not in {"Content-Transfer-Encoding"}
    )
    text = (
        "Gentile utente,\n\n"
        f"il messaggio da lei inviato a {b.rcpt} non è stato recapitato.\n"
        "Motivo: la casella di posta non esiste (550 5.1.1 utente sconosciuto).\n\n"
        "Si tratta di un errore definitivo: non verranno effettuati altri tentativi. "
        "Verifichi l'indirizzo oppure contatti il destinatario per conoscerne uno valido.\n\n"
        "----- Intestazioni del messaggio originale -----\n\n"
        f"{head}"
    )
    msg = text_part(text, "plain", "iso-8859-1", "8bit")
    return finish(
        b, msg, "Postmaster <postmaster@mail.postaaziende.example>", "Messaggio non recapitato"
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@ridgelinebuilders.example",
            "2026-11-16 08:36 +0000",
            "en",
            "Postfix DSN with the returned message: mailbox closed",
        ),
        bounce_postfix_hard,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "soft",
            "4.2.2",
            "office@hartleyevents.example",
            "2026-11-23 08:49 +0000",
            "en",
            "Gmail delay notice: recipient over quota, still retrying",
        ),
        bounce_gmail_delay,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "hire@thornbury-access.example",
            "2026-11-25 12:40 +0000",
            "en",
            "Sendmail four-hour warning, connection timed out",
        ),
        bounce_sendmail_delay,
    ),
    (
        Bounce(
            "bo-en-4",
            "en",
            "hard",
            "5.1.1",
            "paul@stanwayevents.example",
            "2026-12-01 08:44 +0000",
            "en",
            "qmail failure notice, non-MIME, status only as '(#5.1.1)'",
        ),
        bounce_qmail_hard,
    ),
    (
        Bounce(
            "bo-en-5",
            "en",
            "hard",
            "5.1.1",
            "admin@kettlewell-lifting.example",
            "2026-12-08 08:39 +0000",
            "en",
            "Exim plain-text bounce from a forwarding host, message copied inline",
        ),
        bounce_exim_hard,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "soft",
            "4.4.7",
            "einkauf@lindner-veranstaltungen.example",
            "2026-11-19 10:36 +0100",
            "de",
            "Exchange 'Zustellung verzögert' delay report",
        ),
        bounce_exchange_de_delay,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "hard",
            "5.1.1",
            "buero@schaefer-trockenbau.example",
            "2026-11-30 08:40 +0100",
            "de",
            "German hosting provider DSN, unknown user",
        ),
        bounce_provider_de_hard,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.10",
            "comptabilite@sarl-vidal-levage.example",
            "2026-11-26 09:37 +0100",
            "fr",
            "Exchange 'Non remis' 5.1.10 recipient not found",
        ),
        bounce_exchange_fr_hard,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.2.2",
            "m.girard@girard-sonorisation.example",
            "2026-12-03 08:42 +0100",
            "fr",
            "non-standard French provider warning in multipart/mixed: mailbox full, will retry",
        ),
        bounce_provider_fr_delay,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "soft",
            "5.2.2",
            "pagos@tecnoescena-madrid.example",
            "2026-11-20 09:38 +0100",
            "es",
            "Exchange 'No se puede entregar' mailbox full: a 5.x code but soft by the mailbox-full rule",
        ),
        bounce_exchange_es_full,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.4.2",
            "facturen@kuipers-evenementenbouw.example",
            "2026-12-07 12:40 +0100",
            "nl",
            "Dutch backup-MX delay report, connection dropped",
        ),
        bounce_provider_nl_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.1",
            "amministrazione@edilnord-bergamo.example",
            "2026-12-09 08:41 +0100",
            "it",
            "single-part Italian provider notice in 8-bit Latin-1 with the original headers",
        ),
        bounce_provider_it_hard,
    ),
]


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
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt.lower(), bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


INTENT_FIELDS = {
    "payment_sent": {"paid_date", "payment_reference", "amount", "currency"},
    "promise_to_pay": {"promised_date", "amount", "currency"},
    "wrong_contact": {"new_contact"},
    "auto_reply": {"return_date"},
    "bounce": {"bounce_kind", "failed_recipient", "bounce_status"},
}


def label_problems(day: date, label: Mapping[str, object]) -> list[str]:
    """Slips in one hand-written label: dates on the wrong side, bad formats, stray fields."""
    problems = []
    if not FIRST_DAY <= day <= LAST_DAY:
        problems.append(f"date {day} outside {FIRST_DAY}..{LAST_DAY}")
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        problems.append("bad intent or language")
    for name, relation in (("paid_date", -1), ("promised_date", 1), ("return_date", 1)):
        value = label[name]
        if value is not None and (date.fromisoformat(str(value)) - day).days * relation < 0:
            problems.append(f"{name} {value} on the wrong side of {day}")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(INVOICE_RE.fullmatch(str(x)) for x in refs):
        problems.append(f"bad invoice_refs {refs}")
    amount = label["amount"]
    if amount is not None and not re.fullmatch(r"\d+\.\d{2}", str(amount)):
        problems.append(f"bad amount {amount}")
    if (amount is None) != (label["currency"] is None):
        problems.append("amount and currency go together")
    contact = label["new_contact"]
    if contact is not None and (str(contact) != str(contact).lower() or "@" not in str(contact)):
        problems.append(f"bad new_contact {contact}")
    allowed = INTENT_FIELDS.get(str(label["intent"]), set())
    stray = {k for k in LABEL_KEYS if label[k] is not None} - allowed
    if stray:
        problems.append(f"fields {sorted(stray)} do not belong to {label['intent']}")
    return problems


def check_label(key: str, when: datetime, label: Mapping[str, object]) -> None:
    problems = label_problems(when.date(), label)
    if problems:
        raise SystemExit(f"{key}: " + "; ".join(problems))


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    items = []
    for r in REPLIES:
        label = reply_label(r)
        check_label(r.key, r.dt, label)
        items.append((r.key, build_reply(r), label))
    for b, build in BOUNCES:
        label = bounce_label(b)
        check_label(b.key, b.dt, label)
        items.append((b.key, build(b), label))
    counts = Counter(str(label["intent"]) for _, _, label in items)
    if any(counts[intent] != 12 for intent in INTENTS) or len(items) != 120:
        raise SystemExit(f"expected 12 messages per intent, got {dict(counts)}")
    return items


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()


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
    print(f"\n{len(labels)} messages; bounces: {dict(kinds)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
