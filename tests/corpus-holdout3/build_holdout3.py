# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes, quotes and symbols people and their clients really type.
"""Build the third held-out reply corpus: `h3-NNN.eml` files and `labels.jsonl`.

Every message answers (or reacts to) an overdue-invoice reminder sent by the accounts-receivable
mailbox of Kestrel Packaging, a packaging supplier. The new text of each message is written by
hand below; this script only adds what a mail client or a mail server would add (the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings, delivery-status skeletons). Run it from anywhere: it writes next to itself,
deterministically (fixed seed, fixed boundaries and Message-IDs, no clock).
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
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261127
PREFIX = "h3"
AR_NAME = "Kestrel Accounts Receivable"
AR_ADDR = "accounts.receivable@kestrel-packaging.example"
AR_DOMAIN = "kestrel-packaging.example"
OUR_MTA = "mail.kestrel-packaging.example"
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

# --------------------------------------------------------------------------------------------
# Locale tables. A locale is a language, optionally with a region ("en_US", "fr_CA"); a table
# without an entry for the region falls back to the language.
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
    "en_US": "On {wds}, {mons} {d}, {y} at {h12}:{mm} {ampm} {name} <{addr}> wrote:",
    "de": "Am {wds}., {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds}. {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "fr_CA": "Le {wds}. {d} {mons} {y}, à {HH} h {mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "es_419": "El {wds}, {d} {mons} {y} a la(s) {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "en_US": "On {mons} {d}, {y}, at {h12}:{mm} {ampm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
    "en_US": "{wdl}, {monl} {d}, {y} {h12}:{mm} {ampm}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "fr_CA": "{d} {monl} {y} {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
MAC_SENT = {
    "en": "{wdl}, {d} {monl} {y} at {HH}:{mm}",
    "en_US": "{wdl}, {monl} {d}, {y} at {h12}:{mm} {ampm}",
    "de": "{wdl}, {d}. {monl} {y} um {HH}:{mm}",
    "fr": "{wdl} {d} {monl} {y} à {HH}:{mm}",
    "es": "{wdl}, {d} de {monl} de {y}, {H}:{mm}",
    "nl": "{wdl} {d} {monl} {y} om {HH}:{mm}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mm}",
}
SAMSUNG_SENT = {"en": "{dd}/{mo}/{y} {HH}:{mm}", "en_US": "{mo}/{dd}/{y} {h12}:{mm} {ampm}"}
# separator, From, Sent, To, Subject, label/value separator
OUTLOOK_LABELS = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
# Outlook for Mac: From, Date, To, Subject, label/value separator
MAC_LABELS = {
    "en": ("From", "Date", "To", "Subject", ": "),
    "de": ("Von", "Datum", "An", "Betreff", ": "),
    "fr": ("De", "Date", "À", "Objet", " : "),
    "es": ("De", "Fecha", "Para", "Asunto", ": "),
    "nl": ("Van", "Datum", "Aan", "Onderwerp", ": "),
    "it": ("Da", "Data", "A", "Oggetto", ": "),
}
SAMSUNG_LABELS = {
    "en": ("-------- Original message --------", "From", "Date", "To", "Subject"),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff"),
    "es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto"),
    "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto"),
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
    "es": "Enviado desde mi Galaxy",
    "it": "Inviato dal mio Galaxy",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "en_US": "en-US",
    "en_AU": "en-AU",
    "en_IN": "en-IN",
    "en_NZ": "en-NZ",
    "de": "de-DE",
    "de_AT": "de-AT",
    "de_CH": "de-CH",
    "fr": "fr-FR",
    "fr_BE": "fr-BE",
    "fr_CA": "fr-CA",
    "es": "es-ES",
    "es_419": "es-MX",
    "nl": "nl-NL",
    "nl_BE": "nl-BE",
    "it": "it-IT",
    "it_CH": "it-CH",
}


def base_lang(loc: str) -> str:
    return loc.split("_", maxsplit=1)[0]


def table(entries: Mapping[str, object], loc: str) -> object:
    """The entry for the locale, or for its language."""
    return entries[loc] if loc in entries else entries[base_lang(loc)]


def tstr(entries: Mapping[str, str], loc: str) -> str:
    return str(table(entries, loc))


# --------------------------------------------------------------------------------------------
# The reminder being answered (Kestrel's own text, one template per language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Zahlungserinnerung: Rechnung {inv} ist überfällig",
    "fr": "Rappel : facture {inv} échue",
    "es": "Aviso de vencimiento – factura {inv}",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "Our ledger shows the invoice below as past its due date and still open:\n\n"
        "    Invoice {inv}    dated 06/10/2026    due 05/11/2026    balance {amt}\n\n"
        "We'd be grateful if you could arrange payment, quoting the invoice number so we can match it. If it has already been sent, or if something about the invoice needs looking at first, just reply to this email and let us know.\n\n"
        "Many thanks,\n\nAccounts Receivable\nKestrel Packaging Ltd\nUnit 12, Meridian Business Park, Leicester\naccounts.receivable@kestrel-packaging.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "laut unserer Debitorenbuchhaltung ist die folgende Rechnung fällig und noch nicht ausgeglichen:\n\n"
        "    Rechnung {inv}    vom 06.10.2026    fällig seit 05.11.2026    offen {amt}\n\n"
        "Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer. Falls die Zahlung bereits unterwegs ist oder es zu der Rechnung noch etwas zu klären gibt, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nDebitorenbuchhaltung\nKestrel Packaging Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "D'après notre comptabilité clients, la facture ci-dessous est arrivée à échéance et reste ouverte :\n\n"
        "    Facture {inv}    du 06/10/2026    échue le 05/11/2026    solde {amt}\n\n"
        "Merci de bien vouloir procéder au règlement en rappelant le numéro de facture. Si le paiement est déjà en cours, ou si un point de la facture doit d'abord être éclairci, il vous suffit de répondre à ce courriel.\n\n"
        "Avec nos remerciements,\n\nService comptabilité clients\nKestrel Packaging Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestra contabilidad de clientes, la siguiente factura ha vencido y sigue pendiente:\n\n"
        "    Factura {inv}    fecha 06/10/2026    vencimiento 05/11/2026    pendiente {amt}\n\n"
        "Les agradeceríamos que efectuaran el pago indicando el número de factura. Si el pago ya está en camino, o si hay algo en la factura que deba revisarse antes, basta con responder a este correo.\n\n"
        "Muchas gracias,\n\nDepartamento de Cobros\nKestrel Packaging Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze debiteurenadministratie is de onderstaande factuur vervallen en nog niet voldaan:\n\n"
        "    Factuur {inv}    d.d. 06-10-2026    vervallen op 05-11-2026    openstaand {amt}\n\n"
        "Wilt u het bedrag overmaken onder vermelding van het factuurnummer? Is de betaling al onderweg, of moet er eerst iets aan de factuur worden uitgezocht, antwoord dan gewoon op deze e-mail.\n\n"
        "Met dank en vriendelijke groet,\n\nDebiteurenadministratie\nKestrel Packaging Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità clienti la fattura indicata di seguito risulta scaduta e non ancora saldata:\n\n"
        "    Fattura {inv}    del 06/10/2026    scaduta il 05/11/2026    residuo {amt}\n\n"
        "Vi chiediamo di provvedere al pagamento indicando il numero di fattura nella causale. Se il pagamento è già stato disposto, o se c'è qualcosa da verificare sulla fattura, è sufficiente rispondere a questa e-mail.\n\n"
        "Grazie e cordiali saluti,\n\nUfficio Crediti\nKestrel Packaging Ltd"
    ),
}
DEFAULT_INV = "KP-2026-04417"
DEFAULT_AMOUNT = {
    "en": "£2,346.18",
    "de": "3.118,40 €",
    "fr": "1\u00a0742,90 €",
    "es": "2.064,55 €",
    "nl": "€ 1.509,75",
    "it": "€ 2.287,30",
}
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "..."}
LATIN1_CHARSETS = {"iso-8859-1", "cp1252-as-latin1"}


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
    rlang: str = ""  # language of the reminder being answered (default: lang)
    loc: str = ""  # locale of the mail client (default: lang)
    inv: str = DEFAULT_INV
    amt: str = ""
    subject: str = ""  # "{rsub}" stands for the reminder's subject
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    markup: str = ""  # hand-written HTML for the notice styles
    thread: bool = True  # In-Reply-To / References to the reminder
    days_before: int = 1  # working days between the reminder and this message

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_loc(self) -> str:
        return self.loc or self.lang

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


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    lang = base_lang(loc)
    wd, mo = dt.weekday(), dt.month - 1
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
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
    }


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def reminder_time(reply: datetime, days_before: int) -> datetime:
    """Kestrel sends reminders on working days a few minutes after nine (UK time, UTC in winter).

    The result is shown in the replying client's own time zone.
    """
    day = reply.astimezone(UTC) - timedelta(days=days_before)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    sent = day.replace(hour=9, minute=1 + day.day % 6, second=(day.day * 7) % 60)
    if sent >= reply:
        raise ValueError(f"reminder at {sent} is not before the reply at {reply}")
    return sent.astimezone(reply.tzinfo)


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    return f"<kp.{digest(key, 'reminder').hex()[:18]}.dunning@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in {"gmail", "gmail_plain", "bottom", "inline"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:40]
        return f"<CAK{tail}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        return f"<{b32(key, 'ms', 28)}@{b32(key, 'host', 8)}.EURP195.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone", "iphone_html"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "samsung":
        return f"<{raw.hex()[:10]}.{raw.hex()[10:20]}@email.android.com>"
    return f"<{raw.hex()[:24]}@{domain}>"


def latin1_safe(text: str) -> str:
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


def quote_lines(text: str, marker: str = ">") -> str:
    return "\n".join(f"{marker} {line}" if line else marker for line in text.split("\n"))


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


def flow_line(line: str, width: int = 72) -> list[str]:
    """One line as a format=flowed client sends it: soft breaks end in a space (RFC 3676)."""
    prefix = ""
    while line.startswith(">"):
        prefix += ">"
        line = line[1:].removeprefix(" ")
    lead = prefix + " " if prefix else ""
    if not prefix and line.startswith((" ", "From ")):
        line = " " + line  # space-stuffing
    if line == "-- ":
        return [line]
    if len(lead) + len(line) <= width:
        return [(lead + line).rstrip()]
    indent = len(line) - len(line.lstrip(" "))
    words = line.lstrip(" ").split(" ")
    out, current = [], " " * indent + words[0]
    for word in words[1:]:
        if current and len(lead) + len(current) + len(word) + 1 > width:
            out.append(lead + current + " ")
            current = word
        else:
            current = f"{current} {word}" if current else word
    out.append(lead + current)
    return out


def flowed(text: str) -> str:
    return "\n".join(piece for line in text.split("\n") for piece in flow_line(line))


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> cs.Charset:
    """A fresh Charset with the transfer encoding the client would choose."""
    charset = cs.Charset(name)
    charset.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}[
        cte
    ]  # 0: sent as is
    return charset


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    if charset == "cp1252-as-latin1":  # an old client: Windows-1252 bytes labelled ISO-8859-1
        part = MIMENonMultipart("text", subtype, charset="iso-8859-1")
        part.set_payload(text.encode("cp1252").decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = "8bit"
        return part
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def header_charset(charset: str) -> str:
    return "iso-8859-1" if charset in LATIN1_CHARSETS else charset


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """The header value as a mail client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    enc = header_charset(charset)
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
    enc = header_charset(charset)
    try:
        name.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return f"{Header(name, enc).encode()} <{addr}>"


def display(who: tuple[str, str]) -> str:
    """An address as a client shows it inside a quote header."""
    name, addr = who
    if not name:
        return addr
    return formataddr(who) if name.isascii() else f"{name} <{addr}>"


# --------------------------------------------------------------------------------------------
# The reminder as sent and as seen from the replying client
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_text(r: Reply) -> str:
    amt = r.amt or DEFAULT_AMOUNT[r.reminder_lang]
    text = REMINDER_BODY[r.reminder_lang].format(inv=r.inv, amt=amt)
    return latin1_safe(text) if r.charset == "iso-8859-1" else text


def original_reminder(
    lang: str, to: str, when: datetime, key: str, *, inv: str, amt: str
) -> Message:
    """The reminder exactly as Kestrel sent it (returned inside bounces)."""
    text = REMINDER_BODY[lang].format(inv=inv, amt=amt or DEFAULT_AMOUNT[lang])
    msg = text_part(text, "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = header_text(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = reminder_msgid(key)
    msg["X-Mailer"] = "dunning-run 2026.11"
    content_headers_last(msg)
    return msg


@dataclass(frozen=True)
class Quote:
    """What the reply quotes: the reminder, seen from the replying client."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    subject = reminder_subject(r.reminder_lang, r.inv)
    if r.charset == "iso-8859-1":
        subject = latin1_safe(subject)
    sent = reminder_time(r.dt, r.days_before)
    return Quote(reminder_text(r), subject, sent, r.client_loc, display(r.who))


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_block(q: Quote) -> list[str]:
    labels = table(OUTLOOK_LABELS, q.loc)
    assert isinstance(labels, tuple)
    _, frm, sent, to, subj, sep = labels
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(tstr(OUTLOOK_SENT, q.loc), q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def gmail_attr(q: Quote) -> str:
    return fmt(tstr(GMAIL_ATTR, q.loc), q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(tstr(APPLE_ATTR, q.loc), q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def alternative(r: Reply, text: str, markup: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def style_outlook(r: Reply, q: Quote) -> Message:
    labels = table(OUTLOOK_LABELS, q.loc)
    assert isinstance(labels, tuple)
    block = "\n".join([labels[0], *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def style_outlook_new(r: Reply, q: Quote) -> Message:
    """Newer Outlook plain text: an underscore rule instead of "Original Message"."""
    block = "\n".join(["_" * 32, *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def word_html(r: Reply, q: Quote) -> str:
    labels = table(OUTLOOK_LABELS, q.loc)
    assert isinstance(labels, tuple)
    sep = labels[5]
    rows = zip(labels[1:5], outlook_block(q), strict=True)
    head = "<br>\n".join(
        f"<b>{label}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for label, line in rows
    )
    lang = tstr(CONTENT_LANGUAGE, r.client_loc).upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset='
        + header_charset(r.charset)
        + '">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\nspan.EmailStyle19\n\t{mso-style-type:personal-reply;}\n--></style>\n'
        f'</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word"><div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container"><div>\n'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt"><span style="font-size:12.0pt;color:black">{head}</span><o:p></o:p></p>\n</div>\n'
        f"{mso_paragraphs(q.text)}\n</div></div>\n</div>\n</body>\n</html>\n"
    )


def plain_outlook_alt(r: Reply, q: Quote) -> str:
    return "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])


def style_outlook_html(r: Reply, q: Quote) -> Message:
    return alternative(r, plain_outlook_alt(r, q), word_html(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    block = outlook_block(q)
    text = "\n".join([r.body, "", "_" * 32, *block, "", q.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(':', 1)[0])}:</b>{html.escape(line.split(':', 1)[1])}"
        for line in block
    )
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + header_charset(r.charset)
        + '"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
        '</head><body dir="ltr">\n<div class="elementToProof" style="font-family: Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div></div>\n"
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;"><div class="PlainText">{html_paragraphs(q.text)}</div></span></font></div>\n</body></html>\n'
    )
    return alternative(r, text, markup)


def style_outlook_mac(r: Reply, q: Quote) -> Message:
    labels = table(MAC_LABELS, q.loc)
    assert isinstance(labels, tuple)
    frm, date, to, subj, sep = labels
    block = [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{date}{sep}{fmt(tstr(MAC_SENT, q.loc), q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]
    text = "\n".join([r.body, "", *block, "", q.text, ""])
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())} </b>{html.escape(line.split(sep, 1)[1])}"
        for line in block
    )
    markup = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset='
        + header_charset(r.charset)
        + '"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
        f'<body lang="{tstr(CONTENT_LANGUAGE, r.client_loc).upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<div id="mail-editor-reference-message-container"><div class="MsoNormal" align="center" style="text-align:center"><hr size="1" width="100%" align="center"></div>\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt">{head}</p>\n'
        f"{mso_paragraphs(q.text)}\n</div></div></body></html>\n"
    )
    return alternative(r, text, markup)


def style_gmail(r: Reply, q: Quote) -> Message:
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
    return text_part(
        f"{r.body}\n\n{gmail_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def style_bottom(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{gmail_attr(q)}\n\n{quote_lines(q.text)}\n\n{r.body}\n", "plain", r.charset, r.cte
    )


def style_inline(r: Reply, q: Quote) -> Message:
    """Answers between the quoted paragraphs: `[[n]]` quotes paragraph n, `[[attr]]` attributes."""
    body = r.body.replace("[[attr]]", gmail_attr(q))
    for n, paragraph in enumerate(q.text.split("\n\n")):
        body = body.replace(f"[[{n}]]", quote_lines(paragraph))
    return text_part(body + "\n", "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def iphone_text(r: Reply, q: Quote) -> str:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return f"{r.body}\n\n{IPHONE_SIG[base_lang(q.loc)]}\n\n{quoted}\n"


def style_iphone(r: Reply, q: Quote) -> Message:
    return text_part(iphone_text(r, q), "plain", r.charset, r.cte)


def style_iphone_html(r: Reply, q: Quote) -> Message:
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{html_lines(r.body)}</div>'
        f'<div dir="ltr"><br><div dir="ltr">{IPHONE_SIG[base_lang(q.loc)]}</div>'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attr(q))}<br><br>'
        f"{html_paragraphs(q.text)}</blockquote></div></div></body></html>\n"
    )
    return alternative(r, iphone_text(r, q), markup)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attr = fmt(tstr(TB_ATTR, q.loc), q.loc, q.sent, name=AR_NAME)
    text = f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"
    if r.charset == "utf-8":
        part = text_part(flowed(text), "plain", r.charset, r.cte)
        part.set_param("format", "flowed")
        return part
    return text_part(text, "plain", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIG[base_lang(q.loc)]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_samsung(r: Reply, q: Quote) -> Message:
    """Samsung Email: signature, then a dashed header block with trailing spaces, no '>'."""
    labels = table(SAMSUNG_LABELS, q.loc)
    assert isinstance(labels, tuple)
    sep, frm, date, to, subj = labels
    offset = q.sent.strftime("%z")
    stamp = fmt(str(SAMSUNG_SENT.get(q.loc, SAMSUNG_SENT["en"])), q.loc, q.sent)
    block = [
        sep,
        f"{frm}: {AR_NAME} <{AR_ADDR}> ",
        f"{date}: {stamp} (GMT{offset[:3]}:{offset[3:]}) ",
        f"{to}: {q.to} ",
        f"{subj}: {q.subject} ",
    ]
    sig = SAMSUNG_SIG[base_lang(q.loc)]
    text = "\n".join([r.body, "", "", "", sig, "", "", *block, "", q.text, ""])
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div dir="auto">{html_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html.escape(sep)}</div>'
        + "".join(f"<div>{html.escape(line.strip())}</div>" for line in block[1:])
        + f"</div><br>{html_paragraphs(q.text)}</body></html>\n"
    )
    return alternative(r, text, markup)


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_notice_html(r: Reply, q: Quote) -> Message:
    del q
    return alternative(r, r.body + "\n", r.markup)


def style_notice_html_only(r: Reply, q: Quote) -> Message:
    del q
    return text_part(r.markup, "html", r.charset, r.cte)


STYLES: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook": style_outlook,
    "outlook_new": style_outlook_new,
    "outlook_html": style_outlook_html,
    "html_only": style_html_only,
    "owa": style_owa,
    "outlook_mac": style_outlook_mac,
    "gmail": style_gmail,
    "gmail_plain": style_gmail_plain,
    "bottom": style_bottom,
    "inline": style_inline,
    "apple": style_apple,
    "iphone": style_iphone,
    "iphone_html": style_iphone_html,
    "thunderbird": style_thunderbird,
    "android": style_android,
    "samsung": style_samsung,
    "none": style_none,
    "notice_html": style_notice_html,
    "notice_html_only": style_notice_html_only,
}
OUTLOOK_FAMILY = {"outlook", "outlook_new", "outlook_html", "html_only", "owa", "android"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "outlook_mac": (("User-Agent", "Microsoft-MacOutlook/16.91.24111020"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
        ),
    ),
}
BOUNDARY_PREFIX = {
    "gmail": "00000000000047",
    "apple": "Apple-Mail=_",
    "iphone_html": "Apple-Mail-",
    "samsung": "--_com.samsung.android.email_",
    "outlook_mac": "_000_",
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[base_lang(q.loc)] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Accept-Language", f"{tstr(CONTENT_LANGUAGE, r.client_loc)}, en-US"),
        ("Content-Language", tstr(CONTENT_LANGUAGE, r.client_loc)),
        ("X-MS-Has-Attach", "yes" if r.attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attach is None:
        return body
    name, data = r.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf")
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
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO = ("Auto-Submitted", "auto-replied")
XARS = ("X-Auto-Response-Suppress", "All")
OUTLOOK_MAILER = ("X-Mailer", "Microsoft Outlook 16.0")
REMIT_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"3 0 obj<</Producer(KBC Business Dashboard)/Title(Betalingsbewijs)>>endobj\n"
    b"trailer<</Root 1 0 R/Info 3 0 R>>\n%%EOF\n"
)

REMITTANCE_HTML = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Remittance advice</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2933">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d9e2ec">
<tr><td style="background:#102a43;color:#ffffff;padding:16px;font-size:18px">Lone Star Fulfillment LLC has sent you a payment</td></tr>
<tr><td style="padding:16px">
<h3 style="margin:0 0 8px 0">Payment details</h3>
<table cellpadding="4" cellspacing="0">
<tr><td>Payment method</td><td><b>ACH</b></td></tr>
<tr><td>Payment number</td><td><b>ACH0088213</b></td></tr>
<tr><td>Payment date</td><td><b>11/30/2026</b></td></tr>
<tr><td>Payment amount</td><td><b>USD 4,812.00</b></td></tr>
</table>
<h3 style="margin:16px 0 8px 0">Invoices paid</h3>
<table cellpadding="4" cellspacing="0" style="border-collapse:collapse" border="1" bordercolor="#d9e2ec">
<tr style="background:#f0f4f8"><th align="left">Invoice #</th><th align="left">Invoice date</th><th align="right">Amount paid</th><th align="right">Discount</th></tr>
<tr><td>KP-2026-04452</td><td>10/13/2026</td><td align="right">4,812.00</td><td align="right">0.00</td></tr>
</table>
<p>Funds typically settle within 1&ndash;2 business days.</p>
<p style="color:#627d98;font-size:12px">Questions about this payment? Contact Lone Star Fulfillment accounts payable at ap@lonestarfulfillment.example or (512) 555-0143. Please do not reply to this message; this mailbox is not monitored.</p>
</td></tr></table>
</body></html>
"""

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Gary Pollard", "gary@pollardremovals.example"),
        "2026-11-24 08:12 +0000",
        "iphone",
        "Gone out this morning on faster payments, should be with you already. Sorry it's late, been a mad month with the move season\n\nGaz",
        lab(
            paid_date="2026-11-24",
            note="British 'gone out' = the payment has left the account; 'this morning' is the message date",
        ),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Lone Star Fulfillment LLC via PayablesHub", "remittance-noreply@payableshub.example"),
        "2026-11-30 14:05 -0600",
        "notice_html",
        "Lone Star Fulfillment LLC has sent you a payment\n\nPayment details\nPayment method:   ACH\nPayment number:   ACH0088213\nPayment date:     11/30/2026\nPayment amount:   USD 4,812.00\n\nInvoices paid\nInvoice #        Invoice date   Amount paid   Discount\nKP-2026-04452    10/13/2026     4,812.00      0.00\n\nFunds typically settle within 1-2 business days.\n\nQuestions about this payment? Contact Lone Star Fulfillment accounts payable at ap@lonestarfulfillment.example or (512) 555-0143. Please do not reply to this message; this mailbox is not monitored.",
        lab(
            ("KP-2026-04452",),
            paid_date="2026-11-30",
            payment_reference="ACH0088213",
            amount="4812.00",
            currency="USD",
            note="AP platform remittance advice, machine-generated (Auto-Submitted) and not a reply; the 'mailbox not monitored' footer is the platform's, not a wrong-contact notice",
        ),
        loc="en_US",
        subject="Remittance Advice - Payment ACH0088213 from Lone Star Fulfillment LLC",
        markup=REMITTANCE_HTML,
        thread=False,
        headers=(
            ("Reply-To", "ap@lonestarfulfillment.example"),
            ("Auto-Submitted", "auto-generated"),
            ("X-Mailer", "PayablesHub Notifications 4.2"),
        ),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Accounts - Shreeji Polymers", "accounts@shreejipolymers.example"),
        "2026-12-02 11:20 +0530",
        "gmail",
        "Dear Sir/Madam,\n\nGreetings from Shreeji Polymers.\n\nThis is to inform you that we have released the payment of GBP 1,116.50 against your invoice no. KP-2026-04431 through SWIFT on 01.12.2026. The UTR/reference no. for the same is HDFCR52026120148876.\n\nKindly check with your bank and confirm the receipt at your end. Also request you to please send us the updated ledger statement for reconciliation.\n\nThanks & Regards,\nNikhil Deshpande\nAccounts Executive\nShreeji Polymers Pvt. Ltd.\nChakan MIDC, Pune - 410501",
        lab(
            ("KP-2026-04431",),
            paid_date="2026-12-01",
            payment_reference="HDFCR52026120148876",
            amount="1116.50",
            currency="GBP",
            note="Indian English; '01.12.2026' is day-month; the ledger-statement request is secondary to the payment",
        ),
        inv="KP-2026-04431",
        amt="£1,116.50",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Beat Ammann", "beat.ammann@ammann-gartenbau.example"),
        "2026-11-30 09:40 +0100",
        "outlook",
        "Grüezi\n\nDie Zahlung über CHF 2'845.60 haben wir am Freitag per E-Banking ausgelöst (Valuta 27.11.2026). Entschuldigen Sie die Verspätung, die Rechnung lag bei unserem Gärtnermeister auf dem Pult und ist erst letzte Woche bei mir gelandet.\n\nFreundliche Grüsse\n\nBeat Ammann\nAdministration\nAmmann Gartenbau AG\nTösstalstrasse 118, 8400 Winterthur",
        lab(
            paid_date="2026-11-27",
            amount="2845.60",
            currency="CHF",
            note="Swiss German (ss for ß, apostrophe thousands); 'am Freitag ausgelöst' and the value date agree on Fri 27 Nov",
        ),
        loc="de_CH",
        amt="CHF 2'845.60",
        charset="windows-1252",
        headers=(OUTLOOK_MAILER,),
        days_before=3,
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Katrin Vogelsang", "k.vogelsang@vogelsang-feinkost.example"),
        "2026-12-04 07:55 +0100",
        "thunderbird",
        "Guten Morgen,\n\nhat sich erledigt: KP-2026-04409 und KP-2026-04415 sind gestern in einer Sammelüberweisung rausgegangen, Gesamtbetrag 5.031,62 EUR. Die Transaktionsnummer laut Kontoauszug lautet 20261203-4471-0925.\n\nSchönes Wochenende schon mal\nKatrin Vogelsang\n\n-- \nVogelsang Feinkost GmbH · Buchhaltung\nAm Speicher 4 · 28217 Bremen\nGeschäftsführer: Jens Vogelsang · HRB 31188 HB",
        lab(
            ("KP-2026-04409", "KP-2026-04415"),
            paid_date="2026-12-03",
            payment_reference="20261203-4471-0925",
            amount="5031.62",
            currency="EUR",
            note="one bulk transfer for two invoices; the amount is the total paid; 'hat sich erledigt' + 'rausgegangen' = paid",
        ),
        inv="KP-2026-04409",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Amélie Dufrasne", "a.dufrasne@brasserie-valdheure.example"),
        "2026-11-26 10:14 +0100",
        "gmail",
        "Bonjour,\n\nLe virement est parti ce matin de notre compte chez Belfius, avec la communication structurée +++090/4417/26081+++ que vous indiquez sur la facture. Montant : 1 742,90 €.\n\nN'hésitez pas à revenir vers moi s'il n'apparaît pas chez vous d'ici deux ou trois jours.\n\nBien à vous,\nAmélie Dufrasne\nBrasserie du Val d'Heure",
        lab(
            paid_date="2026-11-26",
            payment_reference="+++090/4417/26081+++",
            amount="1742.90",
            currency="EUR",
            note="Belgian French; the structured communication is the payment reference; 'ce matin' is the message date",
        ),
        loc="fr",
        days_before=2,
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Bertrand Lemoine", "b.lemoine@cosmetiques-lemoine.example"),
        "2026-12-01 15:32 +0100",
        "outlook_html",
        "Madame, Monsieur,\n\nVotre facture KP-2026-04398 a été réglée par chèque n° 4471203, que nous avons posté hier à l'adresse de votre service comptable.\n\nNous restons à votre disposition pour tout complément.\n\nCordialement,\n\nBertrand Lemoine\nResponsable administratif et financier\nCosmétiques Lemoine & Fils – Grasse",
        lab(
            ("KP-2026-04398",),
            paid_date="2026-11-30",
            payment_reference="4471203",
            note="cheque already posted = payment sent; 'hier' is the day before Tue 1 Dec; the cheque number is the reference",
        ),
        inv="KP-2026-04398",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Mariana Solís", "cxp@empaquesbajio.example"),
        "2026-11-30 10:30 -0600",
        "android",
        "Buen día,\n\nLe comento que el pasado viernes se realizó la transferencia SPEI por $48,920.00 MXN correspondiente a su factura. La clave de rastreo es 2026112740014BMOV0000488201, por si la necesitan para ubicar el depósito.\n\nQuedo atenta a su confirmación.\n\nSaludos cordiales,\nLic. Mariana Solís\nCuentas por Pagar\nEmpaques y Dulces del Bajío S.A. de C.V.",
        lab(
            paid_date="2026-11-27",
            payment_reference="2026112740014BMOV0000488201",
            amount="48920.00",
            currency="MXN",
            note="Mexican Spanish reply to an English reminder; 'el pasado viernes' is Fri 27 Nov; SPEI tracking key is the reference",
        ),
        rlang="en",
        loc="es_419",
        amt="MXN 48,920.00",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Jordi Puig", "jordi@fornpuig.example"),
        "2026-11-27 13:02 +0100",
        "iphone_html",
        "Hecho ✔ transferido hoy\n\nJordi",
        lab(paid_date="2026-11-27", note="mobile one-liner; 'transferido hoy' = sent today"),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Sanne de Boer", "sanne@boerenbloem.example"),
        "2026-11-25 20:41 +0100",
        "gmail_plain",
        "Hoi,\n\nIs gisteren overgemaakt hoor, ik zie het bedrag al van onze rekening afgeschreven. Misschien staat het bij jullie nog niet verwerkt?\n\nGroetjes,\nSanne\nBoer & Bloem webshop",
        lab(
            paid_date="2026-11-24",
            note="'gisteren overgemaakt' = transferred the day before Wed 25 Nov",
        ),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Pieter Van Damme", "pieter@chocolaterie-vandamme.example"),
        "2026-11-23 11:05 +0100",
        "outlook",
        "Goeiemiddag,\n\nWij hebben factuur KP-2026-04426 ondertussen betaald: de overschrijving werd uitgevoerd op 20/11 voor een bedrag van € 1.509,75. In bijlage vindt u het betalingsbewijs van onze bank.\n\nMet vriendelijke groeten,\n\nPieter Van Damme\nZaakvoerder\nChocolaterie Van Damme bv\nSint-Pieterskaai 40, 8000 Brugge",
        lab(
            ("KP-2026-04426",),
            paid_date="2026-11-20",
            amount="1509.75",
            currency="EUR",
            note="Flemish ('ondertussen', 'in bijlage', 'zaakvoerder'); old client sends Windows-1252 bytes labelled ISO-8859-1 (the € is byte 0x80); PDF proof attached",
        ),
        loc="nl_BE",
        inv="KP-2026-04426",
        charset="cp1252-as-latin1",
        cte="8bit",
        attach=("Betalingsbewijs_20112026.pdf", REMIT_PDF),
        headers=(OUTLOOK_MAILER,),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Elisa Ferraris", "amministrazione@viniferraris.example"),
        "2026-12-03 16:20 +0100",
        "outlook_html",
        "Buongiorno,\n\ncon la presente vi comunichiamo che in data odierna abbiamo disposto il bonifico a saldo della fattura KP-2026-04437, CRO 1101263270094811.\n\nDistinti saluti\n\nElisa Ferraris\nUfficio Amministrazione\nVini Ferraris Soc. Agr. - Costigliole d'Asti (AT)\n\nLe informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questa e-mail per errore, vi preghiamo di cancellarla e di avvisare il mittente.",
        lab(
            ("KP-2026-04437",),
            paid_date="2026-12-03",
            payment_reference="1101263270094811",
            note="'disposto il bonifico in data odierna' = transfer instructed today; CRO is the bank reference; privacy footer is noise",
        ),
        inv="KP-2026-04437",
        charset="iso-8859-1",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "ptp-en-1",
        "promise_to_pay",
        "en",
        ("Mick Donnelly", "mick@donnellysbrewing.example"),
        "2026-11-23 16:40 +1100",
        "iphone",
        "No worries mate, it's been approved and it'll go out in Thursday's pay run. Should land Thurs arvo or Fri morning your time.\n\nCheers\nMick",
        lab(
            promised_date="2026-11-26",
            note="Australian; 'approved' is past but the payment is future; Thursday after Mon 23 Nov (Sydney date)",
        ),
        loc="en_AU",
        amt="AUD 1,968.40",
    ),
    Reply(
        "ptp-en-2",
        "promise_to_pay",
        "en",
        ("Rachel Kim", "rkim@northfieldhomegoods.example"),
        "2026-12-02 10:18 -0500",
        "outlook_html",
        "Hi there,\n\nApologies for the delay on this one – it was on hold because receiving hadn't been entered against our PO, so the 3-way match kept failing. That's fixed now, the invoice is approved, and it's queued for our 12/10 check run. Depending on the mail you should have the check within a week after that.\n\nThanks for your patience,\n\nRachel Kim\nAccounts Payable Specialist\nNorthfield Home Goods, Inc.\n(614) 555-0187",
        lab(
            promised_date="2026-12-10",
            note="US date 12/10 = 10 Dec; 'approved' and 'queued' describe a future payment",
        ),
        loc="en_US",
        amt="USD 3,406.75",
        days_before=2,
    ),
    Reply(
        "ptp-en-3",
        "promise_to_pay",
        "en",
        ("Danny Okafor", "danny@okaforprintpack.example"),
        "2026-12-01 19:57 +0000",
        "android",
        "leave it with me, will clear it friday once the BACS from our big client lands",
        lab(
            promised_date="2026-12-04",
            note="mobile one-liner, conditional promise; Friday after Tue 1 Dec",
        ),
    ),
    Reply(
        "ptp-de-1",
        "promise_to_pay",
        "de",
        ("Martina Gruber", "m.gruber@hofbauer-holz.example"),
        "2026-11-25 14:02 +0100",
        "outlook",
        "Grüß Gott,\n\ndie Rechnung ist inzwischen freigegeben und wird in KW 50 zur Zahlung angewiesen. Ich bitte um Verständnis für die Verzögerung, wir hatten Ende Oktober einen Wechsel in der Buchhaltung.\n\nMit freundlichen Grüßen aus Linz\n\nMartina Gruber\nRechnungswesen\nHofbauer Holzverarbeitung GmbH\nFN 224871 k · Landesgericht Linz",
        lab(
            promised_date="2026-12-07",
            note="Austrian; 'KW 50' resolved to the Monday of ISO week 50 (like 'next week' → Monday)",
        ),
        loc="de_AT",
    ),
    Reply(
        "ptp-de-2",
        "promise_to_pay",
        "de",
        ("Timo Brandt", "timo@brandt-roesterei.example"),
        "2026-11-27 17:25 +0100",
        "gmail",
        "Moin,\n\nsorry, ist bei uns durchgerutscht. Überweise ich spätestens Mittwoch, vorher kommt noch die Weihnachtsware rein und die muss zuerst bezahlt werden.\n\nGruß Timo",
        lab(
            promised_date="2026-12-02",
            note="present tense used for the future ('überweise ich'); 'spätestens Mittwoch' after Fri 27 Nov = Wed 2 Dec",
        ),
    ),
    Reply(
        "ptp-fr-1",
        "promise_to_pay",
        "fr",
        ("Geneviève Tremblay", "genevieve@erabliere-tremblay.example"),
        "2026-11-24 11:47 -0500",
        "apple",
        "Bonjour,\n\nLe paiement va partir avec notre prochain lot de dépôts directs fournisseurs, le 30 novembre. Désolée pour le délai, on a changé de logiciel comptable cet automne pis tout a pris du retard.\n\nBonne journée!\n\nGeneviève Tremblay\nÉrablière Tremblay & fils\nSaint-Georges (Québec)",
        lab(
            promised_date="2026-11-30",
            note="Québec French ('pis', 'dépôts directs') answering an English reminder",
        ),
        rlang="en",
        loc="fr_CA",
        amt="CAD 3,210.45",
    ),
    Reply(
        "ptp-fr-2",
        "promise_to_pay",
        "fr",
        ("Sylvie Garnier", "compta@maison-garnier.example"),
        "2026-11-26 09:12 +0100",
        "outlook",
        "Bonjour,\n\nNous procéderons au règlement de cette facture en fin de mois, selon nos conditions habituelles.\n\nBien cordialement,\n\nSylvie Garnier\nMaison Garnier - épicerie fine en ligne",
        lab(promised_date="2026-11-30", note="'en fin de mois' → last day of the current month"),
        charset="iso-8859-1",
    ),
    Reply(
        "ptp-es-1",
        "promise_to_pay",
        "es",
        ("Martín Ezcurra", "martin@bodegalosaromos.example"),
        "2026-11-26 15:40 -0300",
        "gmail",
        "Hola, ¿cómo andás?\n\nTe cuento que la semana que viene te hago la transferencia, apenas el banco me libere los dólares. Está todo medio trabado con el cepo pero ya lo tengo encaminado.\n\nAbrazo,\nMartín",
        lab(
            promised_date="2026-11-30",
            note="Argentine Spanish (voseo, 'cepo'); conditional promise; 'la semana que viene' → Monday of next week",
        ),
        loc="es_419",
        amt="USD 2,730.00",
    ),
    Reply(
        "ptp-es-2",
        "promise_to_pay",
        "es",
        ("Itziar Arrieta", "administracion@conservasarrieta.example"),
        "2026-12-02 12:30 +0100",
        "outlook_html",
        "Buenos días:\n\nLes informamos de que la factura KP-2026-04444 ya está contabilizada y se abonará el día 15, junto con el resto de pagos a proveedores de este mes, mediante confirming.\n\nUn saludo,\n\nItziar Arrieta\nAdministración\nConservas Arrieta, S.L. – Bermeo",
        lab(
            ("KP-2026-04444",),
            promised_date="2026-12-15",
            note="'contabilizada' is booked, not paid; 'el día 15' of the current month",
        ),
        inv="KP-2026-04444",
    ),
    Reply(
        "ptp-nl-1",
        "promise_to_pay",
        "nl",
        ("Joost Verbeek", "joost@verbeeksportvoeding.example"),
        "2026-11-23 12:10 +0100",
        "iphone",
        "Komt goed, betaal ik vrijdag zodra de Black Friday-omzet binnen is 👍",
        lab(
            promised_date="2026-11-27",
            note="present tense for the future; Friday after Mon 23 Nov; conditional on sales",
        ),
    ),
    Reply(
        "ptp-it-1",
        "promise_to_pay",
        "it",
        ("Davide Colombo", "davide@colomboricambi.example"),
        "2026-11-20 18:05 +0100",
        "gmail",
        "Buonasera,\n\nil pagamento è previsto a fine mese insieme alla distinta fornitori, purtroppo prima non riusciamo.\n\nCordialità,\nDavide Colombo\nColombo Ricambi Moto – Monza",
        lab(promised_date="2026-11-30", note="'a fine mese' → last day of the current month"),
    ),
    Reply(
        "ptp-it-2",
        "promise_to_pay",
        "it",
        ("Luca Bernasconi", "l.bernasconi@bernasconivini.example"),
        "2026-12-03 08:45 +0100",
        "thunderbird",
        "Buongiorno,\n\nabbiamo inserito la vostra fattura nel prossimo giro di pagamenti: il bonifico partirà entro mercoledì 9. Vogliate scusare il ritardo.\n\nCordiali saluti\n\nLuca Bernasconi\nBernasconi Vini SA\nVia Lavizzari 2, 6850 Mendrisio",
        lab(
            promised_date="2026-12-09",
            note="Swiss Italian (Ticino); 'entro mercoledì 9' = by Wed 9 Dec",
        ),
        loc="it_CH",
        amt="CHF 1'488.90",
    ),
]

DISPUTE = [
    Reply(
        "d-en-1",
        "dispute",
        "en",
        ("Helen Marsh", "helen.marsh@marshvalleycider.example"),
        "2026-11-25 13:30 +0000",
        "outlook",
        "Hi,\n\nTo be clear, we have NOT paid this and won't be doing so until it's resolved. 40 of the 120 double-wall cartons on that delivery turned up crushed – the pallet had obviously been dropped – and our goods-in team took photos at the time, which I emailed to your Ian on 3 November. I've not had so much as an acknowledgement.\n\nEither credit the damaged cartons or replace them and I'll happily pay for what we could actually use.\n\nHelen Marsh\nOperations Manager\nMarsh Valley Cider Co.\nHigher Orchard Farm, Somerset",
        lab(
            note="negated payment with the reason (damaged goods); the conditional offer to pay is secondary",
        ),
        headers=(OUTLOOK_MAILER,),
    ),
    Reply(
        "d-en-2",
        "dispute",
        "en",
        ("Tyler Brooks", "tyler@cascadecandleworks.example"),
        "2026-11-30 11:05 -0800",
        "inline",
        "Hi,\n\nAnswers below.\n\n[[attr]]\n\n[[1]]\n\n[[2]]\n\nThat balance is wrong. You billed the 18\" stretch film at $38.50/roll; our pricing agreement from March has it at $31.75. 40 rolls x $6.75 = $270.00 overbilled.\n\n[[3]]\n\nNot until we get a credit memo for the $270.00. Send that and we'll pay the corrected balance right away.\n\nTyler Brooks\nPurchasing | Cascade Candle Works\nBend, OR",
        lab(note="inline reply; contract-price disagreement; payment only after a credit memo"),
        loc="en_US",
        amt="USD 1,540.00",
    ),
    Reply(
        "d-en-3",
        "dispute",
        "en",
        ("Ritu Sharma", "ap@nilgiriorganics.example"),
        "2026-11-27 12:40 +0530",
        "owa",
        "Dear Team,\n\nWe have checked at our end. The invoice KP-2026-04417 appears to be duplicate of invoice KP-2026-04389 which was raised for the same PO no. NOPL/PO/2026/0771 and the same quantity. Payment for KP-2026-04389 is already done on 30-Oct-2026.\n\nRequest you to kindly cancel the duplicate invoice and confirm us.\n\nRegards,\nRitu Sharma\nAccounts Payable\nNilgiri Organics Pvt. Ltd., Coimbatore",
        lab(
            ("KP-2026-04417", "KP-2026-04389"),
            note="duplicate-billing claim; the payment mentioned is of the other invoice",
        ),
        loc="en_IN",
        amt="£1,806.00",
    ),
    Reply(
        "d-de-1",
        "dispute",
        "de",
        ("Andrea Winkler", "einkauf@winkler-laborbedarf.example"),
        "2026-11-24 10:05 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung nennt als Bestellnummer 4500-8812. Eine Bestellung mit dieser Nummer existiert bei uns nicht, und wir haben im Oktober auch keine Ware von Ihnen erhalten. Vermutlich liegt eine Verwechslung mit einem anderen Kunden vor.\n\nBitte prüfen Sie den Vorgang und stornieren Sie die Rechnung. Bis dahin ist sie bei uns zur Zahlung gesperrt.\n\nMit freundlichen Grüßen\n\nAndrea Winkler\nEinkauf\nWinkler Laborbedarf GmbH\nSitz: Göttingen · Amtsgericht Göttingen HRB 20457",
        lab(note="not our PO and no goods received; asks for cancellation"),
        cte="b64",
    ),
    Reply(
        "d-de-2",
        "dispute",
        "de",
        ("Reto Frei", "reto@frei-confiserie.example"),
        "2026-12-01 07:31 +0100",
        "iphone",
        "Hoi zäme\n\nDie Etiketten sind im falschen Farbton gedruckt, das hab ich eurem Aussendienst schon am 12.11. gemeldet. Solange kein Ersatz da ist, zahlen wir die Rechnung nicht.\n\nGruess Reto",
        lab(note="Swiss German, informal; 'we won't pay until replaced' = dispute"),
        loc="de_CH",
        amt="CHF 1'236.00",
    ),
    Reply(
        "d-fr-1",
        "dispute",
        "fr",
        ("Julien Rey", "julien@atelier-rey.example"),
        "2026-11-20 16:48 +0100",
        "gmail",
        "Bonjour,\n\nSur cette facture vous comptez 350 € HT de « mise en service banderoleuse ». Votre technicien n'est jamais venu : on a installé la machine nous-mêmes en suivant la notice. Merci de nous envoyer une facture rectifiée sans cette ligne, on paiera le reste à réception.\n\nJulien Rey\nAtelier Rey – Ébénisterie, Nantes",
        lab(note="service billed but not done; rest paid only against a corrected invoice"),
    ),
    Reply(
        "d-fr-2",
        "dispute",
        "fr",
        ("Nathalie Lambotte", "comptabilite@lambotte-freres.example"),
        "2026-12-03 14:15 +0100",
        "outlook",
        "Bonjour,\n\nCette facture a été annulée par la note de crédit NC-26-0117 que nous avons reçue de vos services le mois passé, après le retour des 12 palettes de caisses. Le solde est donc à zéro de notre côté.\n\nPouvez-vous vérifier et mettre votre comptabilité à jour ?\n\nBien à vous,\n\nNathalie Lambotte\nService comptabilité\nLambotte Frères sa – Liège",
        lab(note="Belgian French ('note de crédit', 'le mois passé'); already credited"),
        loc="fr_BE",
        charset="windows-1252",
        days_before=2,
    ),
    Reply(
        "d-es-1",
        "dispute",
        "es",
        ("Carolina Restrepo", "cuentasporpagar@cafealtoandes.example"),
        "2026-11-26 09:50 -0500",
        "outlook_html",
        "Buenos días,\n\nRevisando la remisión firmada en nuestra bodega, de los 60 rollos de cinta que nos facturaron solo recibimos 36 (remisión 2231, recibida el 14 de octubre).\n\nPor favor nos envían la nota crédito por los 24 rollos faltantes y con gusto procedemos con el pago del saldo.\n\nQuedamos atentos.\n\nCordialmente,\nCarolina Restrepo\nCuentas por Pagar\nCafé Alto de los Andes S.A.S. – Medellín",
        lab(
            note="Colombian Spanish ('remisión', 'nota crédito', 'quedamos atentos'); short delivery"
        ),
        loc="es_419",
        amt="USD 1,375.00",
    ),
    Reply(
        "d-nl-1",
        "dispute",
        "nl",
        ("Marloes Jansen", "marloes@jansenmeubelmakerij.example"),
        "2026-11-27 11:11 +0100",
        "thunderbird",
        "Goedemorgen,\n\nDeze factuur betalen wij niet. De dozen zijn niet volgens de afgesproken maatvoering geleverd: ze zijn 2 cm te smal, waardoor onze krukjes er niet in passen. Dat heb ik op 9 november al aan jullie verkoper gemeld, met foto's.\n\nGraag een voorstel voor nieuwe dozen of een creditnota.\n\nMet vriendelijke groet,\nMarloes Jansen\nJansen Meubelmakerij, Zwolle",
        lab(note="wrong dimensions; refuses to pay"),
        cte="8bit",
    ),
    Reply(
        "d-nl-2",
        "dispute",
        "nl",
        ("Wouter Peeters", "wouter@peeters-groothandel.example"),
        "2026-11-30 18:22 +0100",
        "iphone",
        "Dag,\n\n04417 is betaald, maar 04458 klopt niet: jullie rekenen transport aan terwijl we de goederen zelf zijn komen ophalen in Herentals. Graag aanpassen.\n\nGroetjes\nWouter",
        lab(
            ("KP-2026-04417", "KP-2026-04458"),
            note="Flemish reply to a French reminder; one invoice paid, the other disputed: dispute wins",
        ),
        rlang="fr",
        loc="nl_BE",
        inv="KP-2026-04458",
        amt="2\u00a0118,60 €",
    ),
    Reply(
        "d-it-1",
        "dispute",
        "it",
        ("Giorgia Gallo", "acquisti@pasticceriagallo.example"),
        "2026-11-23 09:40 +0100",
        "outlook_new",
        'Buongiorno,\n\nla merce di cui alla fattura in oggetto non ci è mai stata consegnata. Sul vostro portale il DDT n. 5518 risulta "consegnato" il 16/10, ma il corriere da noi non è mai passato e nessuno ha firmato nulla.\n\nSospendiamo quindi il pagamento fino a chiarimento.\n\nCordiali saluti\nGiorgia Gallo\nUfficio Acquisti - Pasticceria F.lli Gallo s.n.c.',
        lab(note="goods not received; payment suspended"),
        charset="iso-8859-1",
    ),
    Reply(
        "d-it-2",
        "dispute",
        "it",
        ("Stefano Riva", "stefano.riva@rivatessuti.example"),
        "2026-12-04 12:02 +0100",
        "gmail",
        "Salve,\n\nfattura contestata: i prezzi applicati non sono quelli del listino 2026 che ci avete mandato a gennaio (scatola 60x40x40 a € 1,84 e non a € 2,15). Ve l'abbiamo già fatto presente due volte al telefono.\n\nAttendiamo nota di credito.\n\nStefano Riva\nRiva Tessuti – Como",
        lab(note="wrong price against the agreed list"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Sophie Ward", "sophie@wardandwick.example"),
        "2026-11-20 21:14 +0000",
        "gmail",
        "Hi,\n\nI'm really sorry about this. We lost our biggest stockist in September and things have been properly tight since. I don't want to ignore it – would you accept £400 a month until it's cleared? I can set up a standing order for the 1st of each month starting in December.\n\nIf that's not possible please tell me what you could work with.\n\nThanks,\nSophie\nWard & Wick Candles",
        lab(note="hardship + monthly instalments; plan dates and amounts are not labelled"),
    ),
    Reply(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Marcus Bell", "mbell@lakeshorepetsupply.example"),
        "2026-11-24 15:50 -0600",
        "outlook_new",
        "Hello,\n\nIs there any flexibility to extend terms on this invoice by another 30 days? Our cash is tied up in holiday inventory until the retail orders ship and our own customers pay us in mid-December. We've bought from you for six years and always paid, this is a one-off.\n\nLet me know what you can do.\n\nMarcus Bell\nController | Lakeshore Pet Supply\nChicago, IL",
        lab(note="asks for more time (30-day extension)"),
        loc="en_US",
        amt="USD 5,220.00",
    ),
    Reply(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Jess Harlow", "jess@saltandgum.example"),
        "2026-12-03 09:25 +1100",
        "iphone",
        "can we split it? half now half in jan. been a slow spring",
        lab(note="Australian mobile one-liner; part now + rest later → payment_plan"),
        loc="en_AU",
        amt="AUD 864.00",
    ),
    Reply(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Uwe Stratmann", "u.stratmann@stratmann-metallbau.example"),
        "2026-11-30 11:20 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\naufgrund eines größeren Zahlungsausfalls bei einem unserer Kunden ist unsere Liquidität derzeit angespannt. Wir möchten Ihnen daher vorschlagen, den offenen Betrag in drei gleichen Monatsraten zu begleichen, beginnend Mitte Dezember.\n\nFür eine kurze Rückmeldung, ob Sie damit einverstanden sind, wären wir dankbar.\n\nMit freundlichen Grüßen\nUwe Stratmann\nGeschäftsführer\nStratmann Metallbau GmbH · Bielefeld",
        lab(note="three monthly instalments proposed"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-2",
        "payment_plan",
        "de",
        ("Resi Leitner", "resi.leitner@bauernladen-leitner.example"),
        "2026-12-02 18:33 +0100",
        "gmail",
        "Grüß Gott,\n\nich muss ehrlich sein: wir sperren den Laden mit Ende Jänner zu, das Geschäft geht sich einfach nicht mehr aus. Den vollen Betrag schaffe ich nicht. Wäre es möglich, dass wir uns auf 2.000 Euro einigen und ich das bis Weihnachten überweise? Mehr ist leider nicht drin.\n\nMit lieben Grüßen\nResi Leitner",
        lab(
            note="Austrian ('zusperren', 'geht sich nicht aus', 'Jänner'); hardship and a reduced amount; 'bis Weihnachten' belongs to the proposal",
        ),
        loc="de_AT",
    ),
    Reply(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Karim Benali", "karim@fournil-karim.example"),
        "2026-11-25 08:03 +0100",
        "iphone",
        "Bonjour\nEst-ce que vous pourriez m'accorder un délai jusqu'à mi-janvier ? La trésorerie est très juste avec les travaux du magasin, je préfère ça que vous faire un chèque en bois.\nMerci de votre compréhension\nKarim",
        lab(note="asks for more time; 'chèque en bois' = a cheque that would bounce"),
    ),
    Reply(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Lucía Moreno", "lucia@morenoceramica.example"),
        "2026-11-23 10:47 +0100",
        "gmail",
        "Hola,\n\nOs escribo un poco apurada: estamos pasando una mala racha y no me llega para pagar la factura de golpe. ¿Habría forma de fraccionarla en tres plazos, uno al mes? Si os viene bien, el primero lo haría en diciembre.\n\nGracias por la paciencia,\nLucía\nMoreno Cerámica Artesana – Talavera",
        lab(note="hardship; three instalments"),
    ),
    Reply(
        "pp-es-2",
        "payment_plan",
        "es",
        ("Ernesto Villarreal", "evillarreal@artesaniasvillarreal.example"),
        "2026-12-04 13:15 -0600",
        "outlook_html",
        "Estimados,\n\nPor medio del presente les solicito de la manera más atenta una prórroga de 20 días naturales para cubrir el saldo, ya que nuestro principal cliente nos difirió su pago hasta enero.\n\nAgradezco de antemano su comprensión y quedo a sus órdenes.\n\nAtentamente,\nC.P. Ernesto Villarreal\nGerente Administrativo\nArtesanías Villarreal, Monterrey N.L.",
        lab(note="Mexican formal register; asks for a 20-day extension"),
        loc="es_419",
        amt="MXN 31,450.00",
        days_before=3,
    ),
    Reply(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Henk Mulder", "henk@muldertuinmeubelen.example"),
        "2026-11-26 14:44 +0100",
        "outlook",
        "Goedemiddag,\n\nWij zitten door de natte zomer flink krap bij kas. Kunnen wij een betalingsregeling afspreken, bijvoorbeeld € 500 per maand? De eerste termijn kan ik nog deze maand voldoen.\n\nMet vriendelijke groet,\n\nHenk Mulder\nMulder Tuinmeubelen B.V.",
        lab(note="instalment proposal; the first term 'this month' is part of the plan"),
    ),
    Reply(
        "pp-nl-2",
        "payment_plan",
        "nl",
        ("Lies Claes", "lies@claeszeep.example"),
        "2026-12-01 22:10 +0100",
        "bottom",
        "Hallo,\n\nSorry voor de late reactie. Zou het mogelijk zijn om wat uitstel te krijgen tot eind januari? De eindejaarsverkoop moet nog beginnen en dan kan ik alles in één keer vereffenen.\n\nVriendelijke groeten,\nLies",
        lab(note="Flemish ('vereffenen'); bottom-posted; asks for more time"),
        loc="nl_BE",
    ),
    Reply(
        "pp-it-1",
        "payment_plan",
        "it",
        ("Paola Conti", "amministrazione@conticosmesi.example"),
        "2026-11-27 10:00 +0100",
        "outlook_html",
        "Gentili signori,\n\nin considerazione del particolare momento che sta attraversando la nostra azienda, vi chiediamo cortesemente la possibilità di rateizzare l'importo in quattro rate mensili a partire da gennaio.\n\nRestiamo in attesa di un vostro cortese riscontro.\n\nCordiali saluti\n\nDott.ssa Paola Conti\nAmministrazione\nConti Cosmesi Naturale S.r.l.",
        lab(note="four monthly instalments from January"),
        charset="windows-1252",
    ),
    Reply(
        "pp-it-2",
        "payment_plan",
        "it",
        ("Gianni Marras", "gianni@marrasformaggi.example"),
        "2026-12-05 11:40 +0100",
        "samsung",
        "Periodo difficile, posso darvi 1.000 adesso e il resto a gennaio? Fatemi sapere",
        lab(
            note="mobile; part now + rest in January, as a question → payment_plan, not payment_sent"
        ),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Kayla Nguyen", "ap@summittrailoutfitters.example"),
        "2026-11-23 13:22 -0700",
        "gmail",
        "Hi,\n\nOur AP team can't release anything to a new vendor until there's a current W-9 on file, and we don't have one for Kestrel. Could you send a signed W-9 along with your remit-to address and ACH details on company letterhead? As soon as those are set up in our system this will go out.\n\nThanks!\nKayla Nguyen\nAccounts Payable | Summit Trail Outfitters\nDenver, CO",
        lab(note="tax form and bank details needed before paying"),
        loc="en_US",
        amt="USD 2,918.30",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Rebecca Stone", "purchaseledger@caldervalleyjoinery.example"),
        "2026-11-26 10:40 +0000",
        "outlook_html",
        "Good morning,\n\nWe've no record of this invoice – nothing came through to our invoices@ inbox, which is where our scanning software picks them up. Could you resend it please, and make sure our PO number (118-2207) is on it, otherwise the system will just bounce it back?\n\nMany thanks,\nRebecca Stone\nPurchase Ledger Clerk\nCalder Valley Joinery Ltd",
        lab(note="never received, resend with a PO number; amount not contested"),
        charset="windows-1252",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Prakash Kulkarni", "accounts.payable@sahyadriagro.example"),
        "2026-12-02 16:05 +0530",
        "owa",
        "Dear Sir,\n\nKindly share the copy of invoice along with the proof of delivery duly signed at our Sinnar warehouse, so that we can book the same in our system and process for payment. Without POD our auditors will not allow to pass the entry.\n\nPlease do the needful at the earliest.\n\nRegards,\nPrakash Kulkarni\nAccounts Payable\nSahyadri Agro Foods Ltd., Nashik",
        lab(note="Indian English; needs invoice copy and POD, nothing contested"),
        loc="en_IN",
        amt="£3,072.40",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Sabine Köhler", "s.koehler@koehler-elektro.example"),
        "2026-11-20 11:30 +0100",
        "thunderbird",
        "Guten Tag,\n\ndie Rechnung liegt uns leider nicht vor, weder per Post noch per E-Mail. Könnten Sie sie bitte als PDF an rechnungseingang@koehler-elektro.example schicken? Dort werden alle Eingangsrechnungen automatisch erfasst.\n\nVielen Dank und freundliche Grüße\nSabine Köhler\nBuchhaltung\nKöhler Elektrotechnik GmbH & Co. KG",
        lab(
            note="never received, asks for a copy; the address is where to send the invoice copy, the writer stays the contact, so new_contact stays null",
        ),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Mathieu Gagnon", "comptesfournisseurs@fromagerie-appalaches.example"),
        "2026-12-01 14:50 -0500",
        "gmail",
        "Bonjour,\n\nEst-ce que vous pourriez nous envoyer un état de compte à jour? De notre bord on a l'impression qu'un paiement de septembre n'a pas été appliqué sur la bonne facture, alors on aimerait voir le détail avant de payer quoi que ce soit.\n\nMerci!\nMathieu Gagnon\nComptes fournisseurs\nFromagerie des Appalaches",
        lab(
            note="Québec French answering an English reminder; statement of account before paying; a suspicion, not yet a contest",
        ),
        rlang="en",
        loc="fr_CA",
        amt="CAD 1,644.10",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Amandine Roux", "fournisseurs@groupe-delmas.example"),
        "2026-11-24 15:00 +0100",
        "outlook",
        "Bonjour,\n\nAfin de pouvoir procéder au règlement, notre service comptable a besoin de votre RIB sur papier à en-tête de votre société, ainsi que d'un extrait Kbis de moins de trois mois. Sans ces documents, votre compte fournisseur ne peut pas être validé.\n\nCordialement,\n\nAmandine Roux\nComptabilité fournisseurs\nGroupe Delmas Distribution",
        lab(note="bank details and company registration extract needed before paying"),
        charset="windows-1252",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Raquel Ibáñez", "administracion@ibanezjuguetes.example"),
        "2026-11-30 09:05 +0100",
        "html_only",
        "Hola buenos días,\n\n¿Nos podéis mandar un duplicado de la factura? La original no nos ha llegado y sin ella no la podemos contabilizar. Si además podéis indicar nuestro número de pedido (PED-2610-88), mejor.\n\nGracias,\nRaquel Ibáñez\nAdministración – Ibáñez Juguetes Educativos",
        lab(note="HTML-only Outlook message; duplicate of an invoice never received"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Pablo Sosa", "pablo@sosaalfajores.example"),
        "2026-11-25 19:35 -0300",
        "iphone",
        "Hola! Me reenviás la factura? La necesito tipo A con nuestro CUIT 30-71834562-9, la que mandaron salió como B y así no la puedo cargar. Gracias",
        lab(note="Argentine; reissue with the tax id, amount not contested"),
        loc="es_419",
        amt="USD 940.00",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Ruud Bakker", "ruud@bakkerbloembollen.example"),
        "2026-12-03 09:58 +0100",
        "apple",
        "Goedemorgen,\n\nKunt u mij een rekeningoverzicht sturen met alle openstaande posten? In onze administratie staat maar één factuur van jullie open en volgens mij is het niet deze.\n\nMet vriendelijke groet,\nRuud Bakker\nBakker Bloembollen, Lisse",
        lab(note="statement of open items; not contesting yet"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Kristien Maes", "boekhouding@maesdrukwerk.example"),
        "2026-11-24 10:20 +0100",
        "owa",
        "Goedemorgen,\n\nGelieve de factuur opnieuw te bezorgen met vermelding van ons bestelbonnummer PO 26-0981. Zonder dat nummer kan ze bij ons niet ingeboekt worden.\n\nMet vriendelijke groeten,\nKristien Maes\nBoekhouding - Maes Drukwerk bv",
        lab(note="Flemish ('gelieve', 'bezorgen', 'bestelbon'); reissue with a PO number"),
        loc="nl_BE",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Rosaria Caruso", "amministrazione@torrefazionecaruso.example"),
        "2026-11-27 11:45 +0100",
        "outlook",
        "Buongiorno,\n\nla fattura in oggetto non ci risulta pervenuta tramite SDI. Potreste verificare il codice destinatario (M5UXCR1) e ritrasmetterla? In alternativa inviateci la ricevuta di consegna del Sistema di Interscambio.\n\nGrazie, cordiali saluti\nRosaria Caruso\nUfficio Amministrazione\nTorrefazione Caruso S.r.l. - Catania",
        lab(note="Italian e-invoicing: not received through SDI, asks for retransmission"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Marco Pellegrini", "marco.pellegrini@pellegriniceramiche.example"),
        "2026-11-21 10:12 +0100",
        "bottom",
        "Buongiorno, mi mandate copia della fattura? Non la trovo da nessuna parte.\nGrazie\nMarco",
        lab(note="bottom-posted; asks for a copy"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Lee Hargreaves", "lee.hargreaves@brindleyhomeware.example"),
        "2026-11-25 08:47 +0000",
        "outlook",
        "Morning,\n\nI'm the warehouse manager here, I don't handle invoices or payments. You want our accounts payable team at ap@brindleyhomeware.example – I've copied them in on this.\n\nRegards\nLee Hargreaves\nWarehouse Manager\nBrindley Homeware Ltd",
        lab(new_contact="ap@brindleyhomeware.example", note="names AP and copies it in Cc"),
        headers=(("Cc", "Accounts Payable <AP@brindleyhomeware.example>"),),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Jordan Ortega", "jordan.ortega@pinecrestoutfitters.example"),
        "2026-11-30 17:02 -0500",
        "gmail",
        "Hi,\n\nHeads up – I left Pinecrest Outfitters at the end of October and this address is only being forwarded to me for a few more weeks. Dana Whitfield took over purchasing and vendor payments: dana.whitfield@pinecrestoutfitters.example.\n\nBest,\nJordan",
        lab(
            new_contact="dana.whitfield@pinecrestoutfitters.example",
            note="left the company, names the successor",
        ),
        loc="en_US",
        amt="USD 1,186.25",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Koala Coffee Roasters", "accounts@koalacoffee.example"),
        "2026-11-27 20:11 +1100",
        "none",
        "This mailbox is no longer monitored.\n\nFrom 1 November 2026 all supplier invoices, statements and payment enquiries for Koala Coffee Roasters Pty Ltd must be sent to payables@koalacoffee.example. Messages sent to this address are not forwarded.\n\nThank you.",
        lab(
            new_contact="payables@koalacoffee.example",
            note="automatic 'mailbox no longer monitored' notice naming the new address: wrong_contact despite Auto-Submitted",
        ),
        loc="en_AU",
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
        days_before=0,
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Kevin Schulz", "lager@schulz-getraenke.example"),
        "2026-11-23 15:10 +0100",
        "android",
        "Hallo, bin nur Aushilfe im Lager und hab mit Rechnungen nix zu tun. Bitte an buchhaltung@schulz-getraenke.example schreiben.\nGruß",
        lab(
            new_contact="buchhaltung@schulz-getraenke.example",
            note="colloquial; warehouse temp names accounts",
        ),
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Monika Huber", "m.huber@huber-baeckerei.example"),
        "2026-12-02 09:15 +0100",
        "outlook_html",
        "Guten Tag\n\nUnsere Kreditorenbuchhaltung wird seit Oktober von unserem Treuhandbüro geführt. Bitte richten Sie Mahnungen und Rechnungsfragen künftig direkt an Frau Sandra Brunner, Treuhand Keller AG: s.brunner@treuhand-keller.example.\n\nFreundliche Grüsse\nMonika Huber\nHuber Bäckerei-Konditorei AG, Bern",
        lab(
            new_contact="s.brunner@treuhand-keller.example",
            note="Swiss; payables outsourced to a fiduciary",
        ),
        loc="de_CH",
        amt="CHF 978.35",
        charset="windows-1252",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Hélène Moreau", "h.moreau@moreau-immobilier.example"),
        "2026-11-21 12:30 +0100",
        "apple",
        "Bonjour,\n\nVous devez vous tromper d'adresse : je suis agent immobilier et je n'ai jamais eu affaire à votre société. Vérifiez vos fichiers, s'il vous plaît.\n\nCordialement,\nHélène Moreau",
        lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Olivier Dumont", "o.dumont@meuse-chocolats.example"),
        "2026-11-26 11:35 +0100",
        "outlook",
        "Bonjour,\n\nDepuis le 1er novembre, la comptabilité fournisseurs de toutes nos filiales est centralisée chez notre maison mère à Namur. Je vous remercie d'adresser dorénavant vos factures et rappels à fournisseurs@groupe-meuse.example.\n\nBien à vous,\nOlivier Dumont\nMeuse Chocolats sprl",
        lab(
            new_contact="fournisseurs@groupe-meuse.example",
            note="Belgian; payables centralised at the parent company",
        ),
        loc="fr_BE",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Álvaro Ruiz", "comercial@aceitesruiz.example"),
        "2026-11-24 12:55 +0100",
        "outlook_html",
        "Buenas,\n\nEste correo es del departamento comercial, nosotros no llevamos los pagos. Para cualquier tema de facturación escribid a administracion@aceitesruiz.example, que son quienes lo gestionan.\n\nUn saludo,\nÁlvaro Ruiz\nDpto. Comercial – Aceites Ruiz, Jaén",
        lab(
            new_contact="administracion@aceitesruiz.example",
            note="sales mailbox points to accounts",
        ),
        cte="b64",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Andrés Ocampo", "andres.ocampo@floresdelasabana.example"),
        "2026-12-01 08:20 -0500",
        "gmail",
        "Buen día,\n\nYa no hago parte de la empresa desde septiembre. Por favor comunicarse con el área de contabilidad al correo contabilidad@floresdelasabana.example.\n\nSaludos,\nAndrés",
        lab(
            new_contact="contabilidad@floresdelasabana.example",
            note="Colombian Spanish; left the company",
        ),
        loc="es_419",
        amt="USD 2,205.00",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Erik van Dijk", "erik@vandijkschilderwerken.example"),
        "2026-11-28 10:05 +0100",
        "gmail_plain",
        "Goedemorgen,\n\nU stuurt dit naar het verkeerde adres. Ik heb een eenmanszaak in schilderwerk en heb nooit iets bij Kestrel besteld. Vermoedelijk een typfout in het e-mailadres.\n\nErik van Dijk",
        lab(note="wrong recipient, no new address, no request to be removed"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Bart Wouters", "bart@tuincentrumwouters.example"),
        "2026-12-04 14:25 +0100",
        "outlook",
        "Goeiendag,\n\nJoke, naar wie u deze herinnering stuurde, is sinds eind oktober met pensioen en haar mailbox wordt niet meer opgevolgd. Gelieve voortaan alles wat facturatie betreft naar boekhouding@tuincentrumwouters.example te sturen.\n\nMet vriendelijke groeten,\nBart Wouters\nZaakvoerder – Tuincentrum Wouters",
        lab(
            new_contact="boekhouding@tuincentrumwouters.example",
            note="Flemish ('opgevolgd', 'gelieve'); a person replying about a retired colleague's mailbox",
        ),
        loc="nl_BE",
        charset="windows-1252",
        days_before=3,
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Chiara Fumagalli", "ufficiotecnico@fumagalliarredamenti.example"),
        "2026-11-20 14:40 +0100",
        "owa",
        "Buongiorno,\n\nscrivete all'indirizzo sbagliato: io mi occupo dell'ufficio tecnico. Per pagamenti e solleciti il riferimento è la nostra amministrazione, amministrazione@fumagalliarredamenti.example.\n\nSaluti,\nChiara Fumagalli",
        lab(
            new_contact="amministrazione@fumagalliarredamenti.example",
            note="technical office points to administration",
        ),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Graham Pike", "graham.pike@pikeengineering.example"),
        "2026-12-02 16:45 +0000",
        "html_only",
        "Dear Sirs,\n\nPlease be advised that this account is now the subject of a formal dispute in the hands of our solicitors, Hartley & Vane LLP (ref. JV/3391). All further correspondence on the matter should be directed to them, and we ask that you do not contact this office directly.\n\nYours faithfully,\n\nGraham Pike\nDirector\nPike Engineering Supplies Ltd",
        lab(
            note="'direct further correspondence to our solicitors, do not contact us' → unsubscribe, which beats the word 'dispute'; HTML-only",
        ),
        days_before=2,
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Tony Russo", "tony@russoautoparts.example"),
        "2026-11-24 21:13 -0500",
        "iphone_html",
        "Take me off this email list. Third time asking.",
        lab(note="terse stop request"),
        loc="en_US",
        amt="USD 712.80",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Aroha Ngata", "office@kowhaikitchens.example"),
        "2026-12-03 10:30 +1300",
        "outlook_new",
        "Kia ora,\n\nWe only deal with supplier correspondence by post, so please stop sending reminders to this address. For what it's worth, this was paid last week.\n\nNgā mihi,\nAroha Ngata\nOffice Manager, Kōwhai Kitchens Ltd",
        lab(
            note="New Zealand; 'post only' + stop, plus a payment claim: unsubscribe beats everything but bounce"
        ),
        loc="en_NZ",
        amt="NZD 1,212.30",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dieter Kraus", "d.kraus@kraus-moebel.example"),
        "2026-11-26 16:00 +0100",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\nhiermit widersprechen wir ausdrücklich der weiteren Kontaktaufnahme per E-Mail. Schriftverkehr zu diesem Vorgang bitte ausschließlich auf dem Postweg an unsere Geschäftsadresse.\n\nMit freundlichen Grüßen\nDieter Kraus\nKraus Möbelmanufaktur GmbH",
        lab(note="objects to e-mail contact, post only"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Florian Egger", "florian.egger@egger-sport.example"),
        "2026-11-29 19:45 +0100",
        "gmail",
        "Servus,\n\nbitte nehmt meine Adresse aus dem Verteiler, ich bin für die Firma nicht mehr zuständig.\n\nDanke\nFlorian",
        lab(
            note="Austrian; remove me + no longer responsible without a new address: unsubscribe beats wrong_contact"
        ),
        loc="de_AT",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Patrick Vial", "p.vial@vial-spiritueux.example"),
        "2026-12-01 11:11 +0100",
        "apple",
        "Monsieur,\n\nInutile de continuer à m'envoyer vos relances : ce dossier est désormais suivi par mon avocat, Maître Sandrine Bouvier, du barreau de Bordeaux. Vous voudrez bien vous adresser à elle exclusivement.\n\nPatrick Vial",
        lab(note="stop + only through our lawyer (no address given)"),
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Stéphanie Roy", "stephanie@boutiqueroy.example"),
        "2026-11-22 20:18 -0500",
        "iphone",
        "Désabonnez-moi svp. Merci",
        lab(note="Québec one-liner"),
        loc="fr_CA",
        amt="CAD 486.90",
        rlang="en",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Fernando Gil", "gerencia@gilmarmoles.example"),
        "2026-11-25 13:40 +0100",
        "outlook",
        "Muy señores míos:\n\nLes ruego que se abstengan de contactarme por correo electrónico en relación con esta factura. Cualquier comunicación deberá remitirse por burofax a nuestro domicilio social.\n\nAtentamente,\nFernando Gil\nGerente – Gil Mármoles S.L.",
        lab(note="no e-mail, only registered letter (burofax) = post only"),
        charset="windows-1252",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Rosa Elena Treviño", "rosaelena.trevino@regalostrevino.example"),
        "2026-12-03 17:30 -0600",
        "gmail",
        "Favor de ya no enviar correos a esta dirección. Gracias.",
        lab(note="Mexican 'favor de ya no enviar'"),
        loc="es_419",
        amt="MXN 9,870.00",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Gerard Smit", "g.smit@smitverhuur.example"),
        "2026-11-30 09:50 +0100",
        "thunderbird",
        "Geachte heer, mevrouw,\n\nIk verzoek u mij geen e-mails meer te sturen over deze kwestie. Onze advocaat, mr. Verhoeven, neemt op korte termijn schriftelijk contact met u op.\n\nHoogachtend,\nG. Smit\nSmit Verhuur B.V.",
        lab(note="stop + lawyer will write"),
        cte="8bit",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Roberto Marini", "roberto@marinicalzature.example"),
        "2026-11-27 15:20 +0100",
        "outlook_html",
        "Spett.le Kestrel Packaging,\n\nvi diffidiamo dall'inviare ulteriori comunicazioni a questo indirizzo. Per qualsiasi questione relativa alla fattura in oggetto rivolgetevi esclusivamente al nostro legale, avv. Giulia Ferri.\n\nDistinti saluti\nRoberto Marini\nMarini Calzature",
        lab(note="formal cease-contact ('vi diffidiamo'), lawyer only"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Simone Greco", "simone.greco@grecobike.example"),
        "2026-12-05 09:02 +0100",
        "iphone",
        "cancellatemi da questa mailing list per favore",
        lab(note="mobile one-liner"),
    ),
]

TICKET_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f5f7fa">
<div style="max-width:560px;margin:24px auto;background:#ffffff;border:1px solid #e4e7eb;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#323f4b">
<div style="padding:20px 24px;border-bottom:3px solid #2f855a"><b>Grandview Grocers &ndash; AP Shared Services</b></div>
<div style="padding:20px 24px">
<p>Hello,</p>
<p>Thanks for contacting Grandview Grocers Accounts Payable. Your request has been logged as ticket <b>AP-48213</b>.</p>
<p>Our team works through requests in the order they arrive; the current response time is 3&ndash;5 business days. You don&#39;t need to reply to this email &ndash; any further messages with the ticket number in the subject will be added to the same ticket.</p>
<p>Grandview Grocers AP Shared Services</p>
</div>
<div style="padding:12px 24px;font-size:11px;color:#7b8794;border-top:1px solid #e4e7eb">##- Please type your reply above this line -##</div>
</div>
</body></html>
"""

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Nina Patel", "nina.patel@harrowgatecrafts.example"),
        "2026-11-24 09:14 +0000",
        "none",
        "Hello,\n\nThank you for your message. I'm out of the office until Monday 30 November and won't be checking emails while I'm away.\n\nIf your query is about an invoice or payment, my colleague Tom Birch (tom.birch@harrowgatecrafts.example) will be happy to help.\n\nKind regards,\nNina Patel\nFinance Assistant",
        lab(
            return_date="2026-11-30",
            note="'until Monday 30 November' → that date; a colleague's address in an auto-reply does not set new_contact",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
        days_before=0,
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Grandview Grocers AP Help Desk", "aphelp@grandviewgrocers.example"),
        "2026-11-30 04:15 -0500",
        "notice_html_only",
        "",
        lab(note="ticket-system acknowledgement, HTML-only, no return date"),
        loc="en_US",
        subject="[AP-48213] Request received: {rsub}",
        markup=TICKET_HTML,
        headers=(AUTO, ("X-Mailer", "ServiceDesk Mailer 7")),
        days_before=0,
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Chloe Nguyen", "chloe@coastalcrate.example"),
        "2026-11-24 20:10 +1100",
        "none",
        "Hi there,\n\nI'm on parental leave and back on Monday 11 January 2027. Emails aren't being forwarded, so for anything urgent please call the office on (02) 5550 1830.\n\nThanks,\nChloe Nguyen\nBookkeeper | Coastal Crate Co.",
        lab(
            return_date="2027-01-11",
            note="parental leave; no Auto-Submitted, only X-Autoreply and Precedence",
        ),
        loc="en_AU",
        subject="Out of office Re: {rsub}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "bulk")),
        days_before=0,
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Thomas Albrecht", "t.albrecht@albrecht-kunststoff.example"),
        "2026-11-25 10:11 +0100",
        "none",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre E-Mail. Ich bin derzeit auf Dienstreise und ab Mittwoch, 2.12.2026, wieder im Büro. Ihre Nachricht wird in dieser Zeit nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an unsere Zentrale.\n\nMit freundlichen Grüßen\nThomas Albrecht",
        lab(
            return_date="2026-12-02", note="business trip; 'ab Mittwoch, 2.12.2026, wieder im Büro'"
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO, XARS),
        days_before=0,
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Corinne Steiner", "c.steiner@steiner-kaeserei.example"),
        "2026-12-01 10:14 +0100",
        "none",
        "Grüezi\n\nIch bin in den Ferien und ab dem 7. Dezember wieder für Sie da. Ihre E-Mail wird nicht weitergeleitet.\n\nFreundliche Grüsse\nCorinne Steiner",
        lab(return_date="2026-12-07", note="Swiss ('Ferien', 'Grüsse'); vacation responder"),
        loc="de_CH",
        subject="Abwesenheitsnotiz: {rsub}",
        headers=(("Auto-Submitted", "auto-replied (vacation)"),),
        charset="iso-8859-1",
        days_before=0,
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Marchand", "i.marchand@marchand-traiteur.example"),
        "2026-11-23 10:15 +0100",
        "none",
        "Bonjour,\n\nJe suis absente du bureau et serai de retour le jeudi 26 novembre. Pour toute question urgente concernant la comptabilité, vous pouvez joindre le standard.\n\nCordialement,\nIsabelle Marchand",
        lab(return_date="2026-11-26", note="'de retour le jeudi 26 novembre'"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO, XARS),
        days_before=0,
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Service clientèle Papeteries de Wavre", "service.clients@papeteries-wavre.example"),
        "2026-11-27 10:09 +0100",
        "none",
        "Bonjour,\n\nVotre message a bien été enregistré sous la référence 2026-11-8841. Un membre de notre service clientèle le traitera dans les meilleurs délais.\n\nMerci de conserver cette référence pour toute correspondance ultérieure.\n\nLe service clientèle\nPapeteries de Wavre sa",
        lab(
            note="Belgian ticket acknowledgement carrying only Precedence: auto_reply; no return date"
        ),
        loc="fr_BE",
        subject="[#2026-11-8841] Accusé de réception : {rsub}",
        headers=(("Precedence", "auto_reply"),),
        days_before=0,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("La Tahona de Triana", "hola@latahonadetriana.example"),
        "2026-11-20 10:12 +0100",
        "none",
        "¡Hola! Gracias por escribirnos.\n\nEstamos de vacaciones hasta el 1 de diciembre. A la vuelta contestaremos todos los correos por orden de llegada.\n\nUn abrazo,\nEl equipo de La Tahona de Triana",
        lab(
            return_date="2026-12-01",
            note="small-business autoresponder with no auto-reply header; 'hasta X' → X itself",
        ),
        days_before=0,
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Femke Hendriks", "f.hendriks@hendriks-installatie.example"),
        "2026-11-26 10:13 +0100",
        "none",
        "Goedendag,\n\nIk ben momenteel afwezig. Vanaf woensdag 2 december ben ik weer op kantoor en zal ik uw bericht beantwoorden.\n\nMet vriendelijke groet,\nFemke Hendriks\nFinanciële administratie",
        lab(return_date="2026-12-02", note="'vanaf woensdag 2 december weer op kantoor'"),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
        days_before=0,
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Klantendienst Vandenberghe", "klantendienst@vandenberghe-groenten.example"),
        "2026-12-02 10:16 +0100",
        "none",
        "Beste,\n\nBedankt voor uw e-mail. Wij hebben uw bericht goed ontvangen en behandelen het doorgaans binnen twee werkdagen.\n\nDit is een automatisch gegenereerd bericht; u hoeft hier niet op te antwoorden.\n\nTeam Klantendienst\nVandenberghe Groenten nv",
        lab(note="Flemish receipt acknowledgement with X-Autoreply only; no return date"),
        loc="nl_BE",
        subject="Wij hebben uw bericht goed ontvangen",
        headers=(("X-Autoreply", "yes"),),
        days_before=0,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Federica Longo", "f.longo@longoimpianti.example"),
        "2026-11-30 10:12 +0100",
        "none",
        "Buongiorno,\n\nsono fuori ufficio con accesso limitato alla posta fino al 3 dicembre. Risponderò al mio rientro.\n\nCordiali saluti\nFederica Longo",
        lab(return_date="2026-12-03", note="'fino al 3 dicembre' → that date itself"),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO, XARS),
        days_before=0,
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Valentina Luciani", "valentina@lucianiceramiche.example"),
        "2026-12-04 10:10 +0100",
        "none",
        "Gentile mittente,\n\nsono in maternità fino a marzo 2027 e non leggo questa casella. Per urgenze amministrative scrivete pure a contabilita@lucianiceramiche.example.\n\nGrazie\nValentina Luciani",
        lab(
            note="maternity leave, no auto-reply header; a month only, so no return date; a temporary absence naming a colleague's address stays auto_reply",
        ),
        subject="Assenza - {rsub}",
        days_before=0,
    ),
]

OTHER = [
    Reply(
        "o-en-1",
        "other",
        "en",
        ("Ollie Grant", "ollie@grantsdeli.example"),
        "2026-11-22 11:40 +0000",
        "bottom",
        "Cheers for the nudge. I'll have a look at where we're at when I'm back behind the desk.\n\nOllie",
        lab(note="bottom-posted acknowledgement; looking into it is no commitment to pay"),
    ),
    Reply(
        "o-en-2",
        "other",
        "en",
        ("Accounts Payable", "accounts@northfield-homegoods-us.example"),
        "2026-11-25 13:05 -0500",
        "outlook_new",
        "Hello,\n\nPlease update your records for Northfield Home Goods: effective immediately all statements, reminders and remittance correspondence should be sent to our new accounts mailbox, billing@northfield-homegoods-us.example. Our old addresses will be deactivated at the end of the month.\n\nWe'd also like to confirm the bank account you have on file for refunds. Please reply with the details you currently hold.\n\nRegards,\nAccounts Payable Department",
        lab(
            note="phishing-like: look-alike domain asks to redirect mail and for bank details; a person must verify, so other, not wrong_contact",
        ),
        loc="en_US",
        amt="USD 3,406.75",
        headers=(("Reply-To", "billing@northfield-homegoods-us.example"),),
    ),
    Reply(
        "o-en-3",
        "other",
        "en",
        ("Anjali Rao", "anjali.rao@deccanspice.example"),
        "2026-12-01 10:30 +0530",
        "gmail",
        "+ Ravi\n\nRavi, can you please look into this and do the needful. I am not aware about the status.\n\nRegards,\nAnjali",
        lab(
            note="internal hand-off with the colleague in Cc, without saying who the right contact is"
        ),
        loc="en_IN",
        amt="£1,448.00",
        headers=(("Cc", "Ravi Kumar <ravi.kumar@deccanspice.example>"),),
    ),
    Reply(
        "o-de-1",
        "other",
        "de",
        ("Jürgen Weiß", "j.weiss@weiss-getraenke.example"),
        "2026-11-26 12:20 +0100",
        "outlook_mac",
        "Hallo zusammen,\n\nbevor ich es vergesse: Können Sie mir ein Angebot über 800 Stück Faltkartons 40 x 30 x 25 cm, zweiwellig, machen? Und liefern Sie zwischen den Jahren überhaupt?\n\nViele Grüße\nJürgen Weiß",
        lab(note="sales question in the reminder thread; nothing about the invoice"),
        days_before=2,
    ),
    Reply(
        "o-fr-1",
        "other",
        "fr",
        ("Marc Lefèvre", "marc@lefevre-primeurs.example"),
        "2026-11-30 18:05 +0100",
        "outlook_mac",
        "Bonsoir,\n\nJe préfère qu'on en parle de vive voix, il y a plusieurs choses à voir sur notre compte. Pouvez-vous me rappeler demain matin ?\n\nMarc Lefèvre\nLefèvre Primeurs – Rungis",
        lab(note="call-back request; vague, nothing contested yet"),
    ),
    Reply(
        "o-fr-2",
        "other",
        "fr",
        ("Laurence Petit", "direction@ateliers-petit.example"),
        "2026-11-23 14:30 +0100",
        "outlook",
        "Madame, Monsieur,\n\nNous vous informons que le tribunal de commerce de Roubaix-Tourcoing a ouvert une procédure de redressement judiciaire à l'encontre de notre société par jugement du 12 novembre 2026. Conformément à la loi, nous ne pouvons plus régler les créances nées avant cette date. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire désigné, Me Olivier Carpentier, dans un délai de deux mois à compter de la publication au BODACC.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nLaurence Petit\nDirection administrative\nAteliers Petit Textile SAS",
        lab(
            note="insolvency notice: the collector must file a claim with the administrator; not unsubscribe, not wrong_contact, not a dispute",
        ),
        charset="iso-8859-1",
        days_before=2,
    ),
    Reply(
        "o-es-1",
        "other",
        "es",
        ("Héctor Salinas", "hector@salinasferreteria.example"),
        "2026-11-27 16:40 -0600",
        "samsung",
        "Recibido. Lo reviso con el contador y les aviso.",
        lab(note="acknowledgement; checking with the accountant is no commitment"),
        loc="es_419",
        amt="MXN 14,380.00",
    ),
    Reply(
        "o-es-2",
        "other",
        "es",
        ("Nuria Vidal", "compres@vidalcosmetica.example"),
        "2026-12-02 10:45 +0100",
        "owa",
        "Buenos días,\n\nAprovecho para preguntaros: ¿quién lleva ahora nuestra zona? Jaume no contesta al móvil desde hace semanas y tenemos pendiente el pedido de cajas para enero.\n\nGracias,\nNuria Vidal\nCompras – Vidal Cosmètica, Reus",
        lab(note="question about the sales rep; nothing about paying"),
    ),
    Reply(
        "o-nl-1",
        "other",
        "nl",
        ("Mark de Wit", "mark@dewittransport.example"),
        "2026-11-24 16:15 +0100",
        "outlook",
        "Goedemiddag,\n\nLos van deze herinnering: bij de laatste levering heeft uw chauffeur met de vrachtwagen ons toegangshek geraakt. Het hek sluit sindsdien niet meer goed. Met wie kan ik dit opnemen, en hoe zit het met uw verzekering?\n\nMet vriendelijke groet,\nMark de Wit\nDe Wit Transport, Tiel",
        lab(
            note="damage claim unrelated to the invoice ('los van deze herinnering'); not a dispute of the invoice"
        ),
    ),
    Reply(
        "o-nl-2",
        "other",
        "nl",
        ("Jens Martens", "info@martens-bakkerij.example"),
        "2026-11-21 09:30 +0100",
        "iphone",
        "Ontvangen, ik geef het door aan mijn vader, hij doet de boekhouding.\nMvg Jens",
        lab(note="Flemish acknowledgement; passing it on without an address is not a new contact"),
        loc="nl_BE",
    ),
    Reply(
        "o-it-1",
        "other",
        "it",
        ("Ufficio Amministrazione Lombardi", "amministrazione@lombardiforniture.example"),
        "2026-11-25 11:00 +0100",
        "outlook_html",
        "Buongiorno,\n\nvi informiamo che dal 1° dicembre la nostra società cambierà denominazione in Lombardi Group S.r.l. (partita IVA e sede invariate). Vi preghiamo di aggiornare la vostra anagrafica clienti per le prossime fatturazioni.\n\nCordiali saluti\nUfficio Amministrazione\nLombardi Forniture Alberghiere S.r.l.",
        lab(note="change of company name; master-data update, nothing about this invoice"),
    ),
    Reply(
        "o-it-2",
        "other",
        "it",
        ("Simona Bruni", "simona@brunifiori.example"),
        "2026-12-04 17:50 +0100",
        "gmail_plain",
        "Ok, grazie. Ne prendo nota.\n\nSimona",
        lab(note="acknowledgement only"),
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
    """A delivery report for a reminder sent to `rcpt` (the reminder was in `rlang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    inv: str = DEFAULT_INV
    amt: str = ""
    note: str | None = None
    queued_hours: int = 0  # how long the reminder sat in a queue before this report

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def sent(self) -> datetime:
        return (self.dt - timedelta(hours=self.queued_hours, minutes=4, seconds=17)).astimezone(UTC)

    def reminder(self) -> Message:
        return original_reminder(
            self.rlang, self.rcpt, self.sent(), self.key, inv=self.inv, amt=self.amt
        )

    def subject(self) -> str:
        return reminder_subject(self.rlang, self.inv)

    def reminder_text(self) -> str:
        return REMINDER_BODY[self.rlang].format(
            inv=self.inv, amt=self.amt or DEFAULT_AMOUNT[self.rlang]
        )


def dsn_fields(lines: list[str]) -> Message:
    return message_from_bytes(("\n".join(lines) + "\n").encode())


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    *,
    extra: tuple[str, ...] = (),
) -> Message:
    per_message = [f"Reporting-MTA: dns; {mta}", *extra]
    per_message.append(f"Arrival-Date: {format_datetime(b.sent())}")
    per_rcpt = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        per_rcpt.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=4))}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([dsn_fields(per_message), dsn_fields(per_rcpt)])
    return ds


def returned_headers(b: Bounce) -> Message:
    text = "".join(
        f"{k}: {v}\n" for k, v in b.reminder().items() if k != "Content-Transfer-Encoding"
    )
    return text_part(text, "rfc822-headers", "utf-8", "7bit")


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(b: Bounce, msg: Message, sender: str, subject: str, *extra: tuple[str, str]) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 20).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, "bounce")


def mx(b: Bounce) -> str:
    return f"mx.{b.domain}"


def bounce_postfix_hard_en(b: Bounce) -> Message:
    human = (
        f"This is the mail system at host {OUR_MTA}.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {mx(b)}[203.0.113.25]\n"
        f"    said: 550 5.1.1 <{b.rcpt}>: Recipient address\n"
        "    rejected: User unknown in local recipient table (in reply to RCPT TO\n"
        "    command)\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    extra = ("X-Postfix-Queue-ID: 4dHq2S1Xk9z7wQm", f"X-Postfix-Sender: rfc822; {AR_ADDR}")
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(b, OUR_MTA, "failed", diag, mx(b), extra=extra),
        MIMEMessage(b.reminder()),
    ]
    sender = f"MAILER-DAEMON@{OUR_MTA} (Mail Delivery System)"
    return finish(b, report(parts), sender, "Undelivered Mail Returned to Sender")


def exchange_modern(
    *, lines: list[str], diag_title: str, diag_lines: list[str], charset: str = "utf-8"
) -> Message:
    """Exchange Online style NDR: a short explanation, then diagnostics for administrators."""
    text = "\n\n".join(lines) + "\n\n" + diag_title + "\n\n" + "\n".join(diag_lines) + "\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + charset
        + '"></head><body><div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif"><table width="100%" cellpadding="0" cellspacing="0">'
        + "".join(
            f'<tr><td style="padding:6px 0;font-size:{16 if n == 0 else 14}px;color:{"#C00000" if n == 0 else "#000000"}">{html.escape(line)}</td></tr>'
            for n, line in enumerate(lines)
        )
        + f'</table><p style="font-size:12px;color:#666666"><b>{html.escape(diag_title)}</b></p>'
        + f'<p style="font-size:12px;color:#666666">{"<br>".join(html.escape(x) for x in diag_lines)}</p>'
        + "</div></body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def bounce_exchange_hard_en(b: Bounce) -> Message:
    server = "LO4P265MB6118.GBRP265.PROD.OUTLOOK.example"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = exchange_modern(
        lines=[
            f"Your message to {b.rcpt} couldn't be delivered.",
            f"{b.rcpt.split('@')[0]} wasn't found at {b.domain}.",
            "Action Required: Unknown To address",
            "How to Fix It: The address may be misspelled or may not exist. Check the address for typing mistakes and send the message again, or contact the recipient by some other means (phone, for example) to get the right address.",
        ],
        diag_title="Diagnostic information for administrators:",
        diag_lines=[f"Generating server: {server}", b.rcpt, f"Remote server returned '{diag}'"],
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return finish(
        b,
        report(parts),
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Undeliverable: {b.subject()}",
        ("X-MS-Exchange-Message-Is-Ndr", ""),
    )


def gmail_human(lines: list[str]) -> Message:
    text = "\n\n".join(lines) + "\n"
    markup = (
        '<html><head></head><body><div style="font-family:Roboto,Arial,sans-serif;max-width:600px">'
        + "".join(f"<p>{html.escape(x)}</p>" for x in lines)
        + "</div></body></html>\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", "utf-8", "qp"))
    alt.attach(text_part(markup, "html", "utf-8", "qp"))
    return alt


def bounce_gmail_delay_en(b: Bounce) -> Message:
    reason = f"The recipient server did not accept our requests to connect. [{mx(b)} 198.51.100.14: timed out]"
    human = gmail_human(
        [
            "** Message not delivered yet **",
            f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.",
            "Learn more here: https://support.google.com/mail/answer/7720",
            "The response was:",
            reason,
        ]
    )
    parts = [
        human,
        delivery_status(b, "mx.google.com", "delayed", reason, mx(b)),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
    )


def bounce_provider_de_hard(b: Bounce) -> Message:
    rem = b.reminder()
    text = (
        "Hallo,\n\n"
        "dies ist eine automatische Nachricht des Mailservers mout.mailhost-de.example.\n\n"
        "Ihre E-Mail konnte leider nicht an alle Empfänger zugestellt werden. Der folgende Empfänger existiert nicht oder ist gesperrt:\n\n"
        f"    {b.rcpt}\n    Antwort des Zielservers: 550 5.1.1 <{b.rcpt}>: Mailbox does not exist\n\n"
        "Dies ist ein dauerhafter Fehler; es werden keine weiteren Zustellversuche unternommen.\n\n"
        "--- Beginn der zurückgesandten Nachricht ---\n\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {b.subject()}\nDate: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n\n"
        f"{b.reminder_text()}\n"
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return finish(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mout.mailhost-de.example>",
        f"Unzustellbar: {b.subject()}",
        ("X-Failed-Recipients", b.rcpt),
    )


def bounce_exim_delay_de(b: Bounce) -> Message:
    relay = "relay2.kestrel-packaging.example"
    text = (
        "Dies ist eine automatisch erzeugte Nachricht. / This message was created automatically by mail delivery software.\n\n"
        "Ihre Nachricht konnte seit 24 Stunden nicht zugestellt werden: der Server des Empfängers weist sie vorübergehend ab (Greylisting). "
        "Wir versuchen es weiter, bis zu 4 Tage lang. Sie müssen nichts tun.\n\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        f"recipients after more than 24 hours on the queue on {relay}.\n\n"
        "The message identifier is:     1wQ8bT-0007Hx-3K\n"
        f"The subject of the message is: {b.subject()}\n"
        f"The date of the message is:    {format_datetime(b.sent())}\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {b.rcpt}\n    host {mx(b)} [198.51.100.71]\n"
        f"    Delay reason: SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        "    451 4.7.1 Greylisted, please try again later\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return finish(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{relay}>",
        "Warnung: Nachricht verzögert / Warning: message 1wQ8bT-0007Hx-3K delayed 24 hours",
    )


def bounce_exchange_fr_hard(b: Bounce) -> Message:
    server = "SRV-EXCH02.fromagerie-jura.local"
    diag = "550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = exchange_modern(
        lines=[
            f"Votre message à {b.rcpt} n'a pas pu être remis.",
            f"{b.rcpt.split('@')[0]} est introuvable sur {b.domain}.",
            "Action requise : adresse de destination inconnue",
            "Comment résoudre le problème : l'adresse est peut-être mal orthographiée ou n'existe pas. Vérifiez-la et renvoyez le message, ou contactez le destinataire par un autre moyen pour obtenir la bonne adresse.",
        ],
        diag_title="Informations de diagnostic pour les administrateurs :",
        diag_lines=[
            f"Serveur de génération : {server}",
            b.rcpt,
            f"Le serveur distant a renvoyé « {diag} »",
        ],
    )
    parts = [human, delivery_status(b, server, "failed", diag), returned_headers(b)]
    return finish(
        b,
        report(parts),
        f"postmaster@{b.domain}",
        f"Non remis : {b.subject()}",
        ("Content-Language", "fr-FR"),
    )


def bounce_postfix_es_hard(b: Bounce) -> Message:
    mta = "smtp03.correo-empresas.example"
    human = (
        f"Este es el sistema de correo del servidor {mta}.\n\n"
        "Lamentamos comunicarle que su mensaje no ha podido entregarse a uno o\nmás destinatarios. Se adjunta a continuación.\n\n"
        "Si necesita ayuda, escriba a postmaster e incluya este informe.\n\n"
        "                   El sistema de correo\n\n"
        f"<{b.rcpt}>: el servidor {mx(b)}[192.0.2.61] respondió: 550\n"
        f"    5.1.1 <{b.rcpt}>: Usuario desconocido / User unknown\n"
        "    (en respuesta al comando RCPT TO)\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>: Usuario desconocido / User unknown"
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b, mta, "failed", diag, mx(b), extra=("X-Postfix-Queue-ID: 4dJ0vB5mWcz1tRk",)
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        f"MAILER-DAEMON@{mta} (Sistema de entrega de correo)",
        "Correo no entregado: devuelto al remitente",
    )


def bounce_mailbox_full_es(b: Bounce) -> Message:
    mta = "mta2.hospedaje-mx.example"
    diag = f"552 5.2.2 <{b.rcpt}>: Mailbox full / Buzón lleno"
    human = (
        "Estimado usuario:\n\n"
        f"Su mensaje para {b.rcpt} no pudo ser entregado porque el buzón del destinatario está lleno y no admite más correo en este momento.\n\n"
        "Le sugerimos intentar más tarde o comunicarse con el destinatario por otro medio.\n\n"
        f"Detalle técnico: {diag}\n\n"
        f"Servicio de Correo - {mta}\n"
    )
    parts = [
        text_part(human, "plain", "iso-8859-1", "qp"),
        delivery_status(b, mta, "failed", diag, mx(b)),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Sistema de Correo <mailer-daemon@{mta}>",
        "Mensaje no entregado: buzón lleno",
    )


def bounce_isp_nl_hard(b: Bounce) -> Message:
    rem = b.reminder()
    body = latin1_safe(b.reminder_text())
    text = (
        "Beste afzender,\n\n"
        "Dit is een automatisch bericht van de mailserver smtp.kpnmail-zakelijk.example.\n\n"
        "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:\n\n"
        f"  {b.rcpt}\n  Reden: dit e-mailadres bestaat niet (550 5.1.1 user unknown).\n\n"
        "Dit is een permanente fout; er worden geen nieuwe pogingen gedaan. Uw oorspronkelijke bericht vindt u hieronder.\n\n"
        "---------- Oorspronkelijk bericht ----------\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {b.subject()}\nDate: {rem['Date']}\n\n"
        f"{body}\n"
    )
    text.encode("ascii")
    msg = Message()
    msg.set_payload(text)
    return finish(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@smtp.kpnmail-zakelijk.example>",
        "Onbestelbaar bericht",
        ("X-Failed-Recipients", b.rcpt),
    )


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    server = "AM8P190MB1044.EURP190.PROD.OUTLOOK.example"
    diag = "451 4.4.7 Message delayed; remote server did not respond"
    human = exchange_modern(
        lines=[
            "De bezorging van het bericht aan deze geadresseerden of groepen is vertraagd:",
            b.rcpt,
            f"Onderwerp: {b.subject()}",
            "Dit bericht is nog niet bezorgd. Er wordt opnieuw geprobeerd het bericht te bezorgen. U hoeft niets te doen; u ontvangt een melding als het bericht definitief niet kan worden bezorgd.",
            "De server blijft het nog 1 dag, 19 uur en 52 minuten proberen.",
        ],
        diag_title="Diagnostische gegevens voor beheerders:",
        diag_lines=[
            f"Genererende server: {server}",
            b.rcpt,
            f"De externe server heeft '{diag}' geretourneerd",
        ],
    )
    parts = [human, delivery_status(b, server, "delayed", diag, mx(b)), returned_headers(b)]
    return finish(
        b,
        report(parts),
        f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{AR_DOMAIN}>",
        f"Vertraagd: {b.subject()}",
    )


def bounce_provider_it_hard(b: Bounce) -> Message:
    mta = "smtpout.postaimpresa.example"
    diag = f"550 5.2.1 <{b.rcpt}>: casella disattivata / mailbox disabled"
    human = (
        "Questo è un messaggio automatico del servizio di posta.\n\n"
        f"Il messaggio indirizzato a {b.rcpt} non è stato recapitato: la casella del destinatario risulta disattivata e non accetta più messaggi.\n\n"
        "Si tratta di un errore permanente. Il messaggio originale è allegato.\n\n"
        f"Risposta del server remoto: {diag}\n"
    )
    parts = [
        text_part(human, "plain", "utf-8", "8bit"),
        delivery_status(b, mta, "failed", diag, mx(b)),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery System <MAILER-DAEMON@{mta}>",
        f"Mancata consegna: {b.subject()}",
    )


def bounce_postfix_it_delay(b: Bounce) -> Message:
    mta = "smtp.kestrel-packaging.example"
    human = (
        f"Questo è il sistema di posta del server {mta}.\n\n"
        "#####################################################################\n"
        "# QUESTO È SOLO UN AVVISO. NON È NECESSARIO RISPEDIRE IL MESSAGGIO. #\n"
        "#####################################################################\n\n"
        "Il messaggio non è ancora stato recapitato a uno o più destinatari.\n"
        "Il sistema continuerà a tentare la consegna per altri 4 giorni e 19 ore.\n\n"
        "                   Il sistema di posta\n\n"
        f"<{b.rcpt}>: lost connection with {mx(b)}[192.0.2.88] while\n"
        "    receiving the initial server greeting\n"
    )
    diag = f"lost connection with {mx(b)}[192.0.2.88] while receiving the initial server greeting"
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b, mta, "delayed", diag, mx(b), extra=("X-Postfix-Queue-ID: 4dK7pN2cQhz3xLs",)
        ),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"MAILER-DAEMON@{mta} (Sistema di consegna della posta)",
        "Posta ritardata (nuovi tentativi in corso)",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@harlowmillbakery.example",
            "2026-11-23 09:06 +0000",
            "en",
        ),
        bounce_postfix_hard_en,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.10",
            "payables@redfernlogistics.example",
            "2026-11-26 09:07 +0000",
            "en",
            note="Exchange Online NDR from the recipient's side, text/rfc822-headers",
        ),
        bounce_exchange_hard_en,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "sales@pinewoodcrafts.example",
            "2026-12-02 13:09 +0000",
            "en",
            queued_hours=4,
            note="Gmail delay notice (connection timed out)",
        ),
        bounce_gmail_delay_en,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.1",
            "rechnung@baeckerei-lindner.example",
            "2026-11-25 10:08 +0100",
            "de",
            inv="KP-2026-04420",
            note="non-standard German provider notice, single text/plain 8bit with the message inline",
        ),
        bounce_provider_de_hard,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.7.1",
            "info@weinbau-stucki.example",
            "2026-12-01 10:06 +0100",
            "de",
            queued_hours=24,
            amt="CHF 1'960.00",
            note="bilingual German/English Exim delay warning (greylisting), plain text, not RFC 3464",
        ),
        bounce_exim_delay_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.1",
            "compta@fromagerie-jura.example",
            "2026-12-02 10:07 +0100",
            "fr",
            note="on-premises Exchange NDR in French",
        ),
        bounce_exchange_fr_hard,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "facturas@hornosanjuan.example",
            "2026-11-24 10:06 +0100",
            "es",
        ),
        bounce_postfix_es_hard,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "5.2.2",
            "pagos@dulcesdelnorte.example",
            "2026-12-01 03:07 -0600",
            "es",
            amt="MXN 22,615.00",
            note="mailbox full reported as failed with a 5.x code: soft by the mailbox-full rule, the code is kept",
        ),
        bounce_mailbox_full_es,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.1.1",
            "administratie@kaasboerderij-vos.example",
            "2026-11-27 10:06 +0100",
            "nl",
            note="non-MIME Dutch provider notice with the message inline",
        ),
        bounce_isp_nl_hard,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "4.4.7",
            "inkoop@tegelhuis-noord.example",
            "2026-12-03 14:06 +0100",
            "nl",
            queued_hours=4,
        ),
        bounce_exchange_nl_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.2.1",
            "amministrazione@oleificiorossi.example",
            "2026-11-20 10:06 +0100",
            "it",
            note="mailbox disabled (5.2.1) is permanent: hard",
        ),
        bounce_provider_it_hard,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.4.2",
            "ordini@cartoleriamazza.example",
            "2026-12-04 15:06 +0100",
            "it",
            queued_hours=5,
            note="Postfix delay warning localised in Italian",
        ),
        bounce_postfix_it_delay,
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
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(
        invoice_refs=[], language=b.lang, note=b.note or f"{b.kind} bounce, status {b.status}"
    )
    return label


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    items = [(r.key, build_reply(r), reply_label(r)) for r in REPLIES]
    items += [(b.key, build(b), bounce_label(b)) for b, build in BOUNCES]
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
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
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
