# ruff: noqa: E501, RUF001
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and non-breaking spaces that people and their clients really produce.
"""Build the fifth held-out reply corpus: `h5-NNN.eml` files and `labels.jsonl`.

Every message answers (or bounces) an overdue reminder from Tallyfern Software Ltd, a reseller
of business software licences and support. The new text of each reply is written by hand below;
this script only adds what a mail client or a mail server would add: the quoted reminder in the
client's layout and language, headers, MIME structure, charsets and transfer encodings. Bounce
skeletons are generated; their human-readable parts are written out per MTA. Run it from
anywhere: it writes next to itself, deterministically (no clock, fixed seed).
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
PREFIX = "h5"
SEED = 20261215
AR_NAME = "Tallyfern Receivables"
AR_ADDR = "receivables@tallyfern.example"
AR_DOMAIN = "tallyfern.example"
MAIL_HOST = "mail.tallyfern.example"
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
INVOICE_RE = re.compile(r"^TF26-4\d{4}$")

# --------------------------------------------------------------------------------------------
# Locale tables (client chrome, not message text)
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

# English attributions differ between US and UK/IE/ZA locales.
GMAIL_ATTR = {
    "en-US": "On {wds}, {mons} {d}, {y} at {h12}:{mm} {ampm} {name} <{addr}> wrote:",
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wds}., {d}. {mons} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds}. {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en-US": "On {mons} {d}, {y}, at {h12}:{mm} {ampm}, {name} <{addr}> wrote:",
    "en": "On {d} {mons} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
TB_ATTR = {
    "en-US": "On {mo}/{dd}/{y} {h12}:{mm} {ampm}, {name} wrote:",
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
ROUNDCUBE_ATTR = {
    "en": "On {y}-{mo}-{dd} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{y} {HH}:{mm}, schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} {HH}:{mm}, {name} a écrit :",
    "es": "El {dd}/{mo}/{y} {HH}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} {HH}:{mm}, schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm} {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en-US": "{wdl}, {monl} {d}, {y} {h12}:{mm} {ampm}",
    "en": "{wdl}, {d} {monl} {y} {HH}:{mm}",
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
# Samsung Email: signature, separator, From, Date, To, Subject
GALAXY = {
    "en": (
        "Sent from my Galaxy",
        "-------- Original message --------",
        "From",
        "Date",
        "To",
        "Subject",
    ),
    "de": (
        "Von meinem Galaxy gesendet",
        "-------- Originalnachricht --------",
        "Von",
        "Datum",
        "An",
        "Betreff",
    ),
    "fr": (
        "Envoyé depuis mon Galaxy",
        "-------- Message d'origine --------",
        "De",
        "Date",
        "À",
        "Objet",
    ),
    "es": (
        "Enviado desde mi Galaxy",
        "-------- Mensaje original --------",
        "De",
        "Fecha",
        "Para",
        "Asunto",
    ),
    "nl": (
        "Verzonden vanaf mijn Galaxy",
        "-------- Oorspronkelijk bericht --------",
        "Van",
        "Datum",
        "Aan",
        "Onderwerp",
    ),
    "it": (
        "Inviato dal mio Galaxy",
        "-------- Messaggio originale --------",
        "Da",
        "Data",
        "A",
        "Oggetto",
    ),
}
HTML_LANG = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}
DEFAULT_REGION = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}
REGION_CURRENCY = {
    "US": "USD",
    "CH": "CHF",
    "AR": "USD",
    "CL": "USD",
    "MX": "USD",
    "IE": "EUR",
    "ZA": "GBP",
    "GB": "GBP",
}
CHARSET_FIXES = {
    "iso-8859-1": {"–": "-", "—": "-", "€": "EUR", "’": "'", "…": "...", "\u202f": " "},
    "iso-8859-15": {"–": "-", "—": "-", "’": "'", "…": "...", "\u202f": " "},
}

# --------------------------------------------------------------------------------------------
# Tallyfern's reminder (the text being answered), in the six languages it is sent in
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Offene Rechnung {inv} – Zahlungserinnerung",
    "fr": "Facture {inv} échue – rappel de paiement",
    "es": "Factura {inv} vencida – aviso de pago",
    "nl": "Openstaande factuur {inv} – betalingsherinnering",
    "it": "Fattura {inv} scaduta – promemoria di pagamento",
}
SIGNATURE_TAIL = "receivables@tallyfern.example | +44 20 7946 0731"
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "According to our ledger the invoice below is still open, although its payment date has passed.\n\n"
        "    Invoice no.     {inv}\n    Invoice date    9 October 2026\n    Due date        8 November 2026\n    Balance         {amt}\n\n"
        "If payment is already on its way, thank you – a short note with the date and your payment reference helps us match it. If anything on the invoice needs correcting, or you need a copy, simply answer this email and we will sort it out.\n\n"
        "With thanks,\n\n"
        "Accounts Receivable\nTallyfern Software Ltd – software licensing & support\n2 Coldharbour Yard, Norwich NR3 1QX\n"
        + SIGNATURE_TAIL
    ),
    "de": (
        "Guten Tag,\n\n"
        "in unserer Buchhaltung ist die nachstehende Rechnung noch offen, obwohl das Zahlungsziel überschritten ist.\n\n"
        "    Rechnungsnummer    {inv}\n    Rechnungsdatum     09.10.2026\n    Fällig seit        08.11.2026\n    Offener Betrag     {amt}\n\n"
        "Falls Sie die Zahlung bereits angewiesen haben, danken wir Ihnen; Zahlungsdatum und Verwendungszweck helfen uns bei der Zuordnung. Ist an der Rechnung etwas zu berichtigen oder benötigen Sie eine Kopie, antworten Sie bitte einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nTallyfern Software Ltd – Softwarelizenzen & Support\n"
        + SIGNATURE_TAIL
    ),
    "fr": (
        "Bonjour,\n\n"
        "D'après notre comptabilité, la facture ci-dessous n'est pas encore réglée alors que son échéance est dépassée.\n\n"
        "    N° de facture      {inv}\n    Date de facture    09/10/2026\n    Échéance           08/11/2026\n    Solde dû           {amt}\n\n"
        "Si votre règlement est déjà en route, merci ; indiquez-nous simplement sa date et sa référence pour que nous puissions le rapprocher. Si la facture doit être corrigée ou si vous souhaitez en recevoir une copie, il vous suffit de répondre à ce courriel.\n\n"
        "Avec nos remerciements,\n\n"
        "Service recouvrement\nTallyfern Software Ltd – licences logicielles & assistance\n"
        + SIGNATURE_TAIL
    ),
    "es": (
        "Hola:\n\n"
        "Según nuestra contabilidad, la factura siguiente sigue pendiente aunque ya ha pasado su fecha de pago.\n\n"
        "    N.º de factura       {inv}\n    Fecha de factura     09/10/2026\n    Vencimiento          08/11/2026\n    Importe pendiente    {amt}\n\n"
        "Si el pago ya está en camino, gracias; indíquenos la fecha y la referencia para poder identificarlo. Si hay que corregir algo en la factura o necesita una copia, basta con responder a este correo.\n\n"
        "Muchas gracias,\n\n"
        "Departamento de cobros\nTallyfern Software Ltd – licencias de software y soporte\n"
        + SIGNATURE_TAIL
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze boekhouding staat onderstaande factuur nog open, terwijl de betaaltermijn is verstreken.\n\n"
        "    Factuurnummer    {inv}\n    Factuurdatum     09-10-2026\n    Vervaldatum      08-11-2026\n    Openstaand       {amt}\n\n"
        "Is de betaling al onderweg, dan danken wij u; met de betaaldatum en het kenmerk kunnen wij haar snel koppelen. Moet er iets op de factuur worden aangepast of wilt u een kopie, beantwoord dan gewoon deze e-mail.\n\n"
        "Met dank en vriendelijke groet,\n\n"
        "Debiteurenbeheer\nTallyfern Software Ltd – softwarelicenties & support\n" + SIGNATURE_TAIL
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità risulta ancora aperta la fattura indicata qui sotto, il cui termine di pagamento è superato.\n\n"
        "    Fattura n.         {inv}\n    Data fattura       09/10/2026\n    Scadenza           08/11/2026\n    Importo residuo    {amt}\n\n"
        "Se il pagamento è già in corso, vi ringraziamo: comunicateci data e riferimento, così potremo abbinarlo. Se la fattura va corretta o ve ne serve una copia, basta rispondere a questa e-mail.\n\n"
        "Grazie e cordiali saluti,\n\n"
        "Ufficio crediti\nTallyfern Software Ltd – licenze software e assistenza\n" + SIGNATURE_TAIL
    ),
}


def money(value: str, currency: str, lang: str) -> str:
    """An amount as Tallyfern's billing system prints it in a reminder of language `lang`."""
    units, cents = value.split(".")
    digits = f"{int(units):,}"
    if currency == "CHF":
        return "CHF " + digits.replace(",", "'") + f".{cents}"
    if lang == "en":
        return {"GBP": "£", "EUR": "€", "USD": "$"}[currency] + f"{digits}.{cents}"
    sep = "\u00a0" if lang == "fr" else "."
    number = f"{digits.replace(',', sep)},{cents}"
    if currency == "USD":
        return f"US$ {number}" if lang == "es" else f"{number} USD"
    if lang in {"nl", "it"}:
        return f"€ {number}"
    return f"{number}\u00a0€" if lang == "fr" else f"{number} €"


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written reply: who wrote it, when, with which client, and its labels."""

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    region: str = ""  # country variant: GB US IE ZA CH AT BE AR CL MX ...
    rlang: str = ""  # language of the reminder being answered
    loc: str = ""  # language of the mail client's chrome
    inv: str = ""
    total: str = ""  # invoice balance as "1234.50"
    cur: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    markup: str = ""  # hand-written HTML for notices that are not replies
    thread: bool = True  # In-Reply-To / References
    gap: int = 0  # working days between the reminder and this message

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        return self.loc or self.lang

    @property
    def country(self) -> str:
        return self.region or DEFAULT_REGION[self.lang]

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def invoice(self) -> str:
        return self.inv or default_invoice(self.key)

    @property
    def currency(self) -> str:
        if self.cur:
            return self.cur
        if self.country in REGION_CURRENCY:
            return REGION_CURRENCY[self.country]
        return "GBP" if self.reminder_lang == "en" and self.lang == "en" else "EUR"

    @property
    def balance(self) -> str:
        return self.total or default_total(self.key)


def lab(
    refs: tuple[str, ...] = (),
    note: str | None = None,
    **fields: str | None,
) -> dict[str, object]:
    """Label fields beyond intent and language (`refs` are invoice numbers in the new text)."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    bad = [ref for ref in refs if not INVOICE_RE.match(ref)]
    if bad:
        raise ValueError(f"invoice refs not normalised: {bad}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


def default_invoice(key: str) -> str:
    return f"TF26-{40400 + int.from_bytes(digest(key, 'invoice')[:2], 'big') % 320}"


def default_total(key: str) -> str:
    raw = int.from_bytes(digest(key, "total")[:4], "big")
    return f"{180 + raw % 2900}.{(raw // 7) % 20 * 5:02d}"


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    lang = loc.split("-", maxsplit=1)[0]
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


def pick(table: Mapping[str, str], loc: str, region: str) -> str:
    """The US variant of an English layout where there is one."""
    if loc == "en" and region == "US" and "en-US" in table:
        return table["en-US"]
    return table[loc]


def fmt(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_fields(loc, dt), **extra)


def reminder_time(key: str, reply: datetime, gap: int) -> datetime:
    """Tallyfern sends reminders a few minutes after nine, UK time, on a working day."""
    days = gap or 1 + digest(key, "gap")[0] % 4
    day = reply.astimezone(UTC) - timedelta(days=days)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    sent = day.replace(hour=9, minute=1 + day.day % 9, second=digest(key, "sec")[0] % 60)
    return sent.astimezone(reply.tzinfo)


def reminder_msgid(key: str) -> str:
    return f"<rem.{b32(key, 'reminder', 18).lower()}@{MAIL_HOST}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "reply")
    if style in {"gmail", "gmail_plain", "bottom"} or domain == "gmail.com":
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")[:40]
        return f"<CA+{tail}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        return f"<{b32(key, 'ms', 28)}@{b32(key, 'host', 8)}.EURPRD09.PROD.OUTLOOK.COM>"
    if style in {"apple", "iphone", "iphone_html"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "galaxy":
        return f"<{raw.hex()[:12]}.{raw.hex()[12:20]}@email.android.com>"
    return f"<{raw.hex()[:8]}-{raw.hex()[8:20]}@{domain}>"


def charset_safe(text: str, charset: str) -> str:
    for bad, good in CHARSET_FIXES.get(charset, {}).items():
        text = text.replace(bad, good)
    return text


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


def flow_line(line: str, width: int = 76) -> list[str]:
    """One logical line as RFC 3676 format=flowed lines (soft breaks end in a space)."""
    if line == "-- ":
        return [line]
    depth = len(line) - len(line.lstrip(">"))
    content = line[depth:]
    if depth and content.startswith(" "):
        content = content[1:]
    content = content.rstrip(" ")
    if depth and not content:
        return [">" * depth]  # an empty quoted line must not end in a space (soft break)
    prefix = ">" * depth + (" " if depth else "")
    pieces = content.split(" ")
    lines: list[str] = []
    cur = pieces[0]
    for piece in pieces[1:]:
        if piece and cur.strip() and len(prefix) + len(cur) + 1 + len(piece) > width:
            lines.append(cur + " ")
            cur = piece
        else:
            cur = f"{cur} {piece}"
    lines.append(cur)
    out = []
    for part in lines:
        stuff = " " if not depth and part.startswith((" ", ">", "From ")) else ""
        out.append(prefix + stuff + part)  # space-stuffing
    return out


def flowed(text: str) -> str:
    return "\n".join(out for line in text.split("\n") for out in flow_line(line))


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


def text_part(text: str, subtype: str, charset: str, cte: str, *, flow: bool = False) -> Message:
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    part = MIMENonMultipart("text", subtype)
    part.set_payload(flowed(text) if flow else text, body_charset(charset, cte))
    if flow:
        part.set_param("format", "flowed")
    return part


def header_charset(value: str, charset: str) -> str:
    enc = charset if charset != "us-ascii" else "utf-8"
    try:
        value.encode(enc)
    except UnicodeEncodeError:
        enc = "utf-8"
    return enc


def header_text(value: str, charset: str, name: str = "Subject") -> str:
    """The header value as a mail client encodes it (RFC 2047 when it is not ASCII)."""
    if value.isascii():
        return value
    return Header(value, header_charset(value, charset), header_name=name).encode()


def address(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{Header(name, header_charset(name, charset)).encode()} <{addr}>"


# --------------------------------------------------------------------------------------------
# The reminder being answered
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amt: str) -> str:
    return REMINDER_BODY[lang].format(inv=inv, amt=amt)


def reminder_text(r: Reply) -> str:
    lang = r.reminder_lang
    text = reminder_body(lang, r.invoice, money(r.balance, r.currency, lang))
    return charset_safe(text, r.charset)


def original_reminder(lang: str, to: str, when: datetime, key: str) -> Message:
    """The reminder exactly as Tallyfern sent it (returned inside bounces)."""
    inv = default_invoice(key)
    currency = "GBP" if lang == "en" else "EUR"
    text = reminder_body(lang, inv, money(default_total(key), currency, lang))
    msg = text_part(text, "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = to
    msg["Subject"] = header_text(reminder_subject(lang, inv), "utf-8")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = reminder_msgid(key)
    msg["X-Mailer"] = "Tallyfern Dunning 4.2"
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
    region: str
    to: str


def make_quote(r: Reply) -> Quote:
    subject = charset_safe(reminder_subject(r.reminder_lang, r.invoice), r.charset)
    to = formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>"
    sent = reminder_time(r.key, r.dt, r.gap)
    return Quote(reminder_text(r), subject, sent, r.client_lang, r.country, to)


def outlook_block(q: Quote) -> list[str]:
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{fmt(pick(OUTLOOK_SENT, q.loc, q.region), q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def gmail_attr(q: Quote) -> str:
    return fmt(pick(GMAIL_ATTR, q.loc, q.region), q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attr(q: Quote) -> str:
    return fmt(pick(APPLE_ATTR, q.loc, q.region), q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def tb_attr(q: Quote) -> str:
    return fmt(pick(TB_ATTR, q.loc, q.region), q.loc, q.sent, name=AR_NAME)


def alternative(r: Reply, text: str, markup: str, *, flow: bool = False) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte, flow=flow))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


def html_lang(r: Reply) -> str:
    if r.lang == "en" and r.country == "US":
        return "EN-US"
    return HTML_LANG[r.lang]


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
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=' + r.charset + '">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;} span.EmailStyle19 {font-family:"Aptos",sans-serif; color:windowtext;} --></style>\n'
        f'</head>\n<body lang="{html_lang(r)}" link="#467886" vlink="#96607D" style="word-wrap:break-word"><div class="WordSection1">\n'
        f"{mso_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div id="mail-editor-reference-message-container"><div>\n'
        '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal" style="margin-bottom:12.0pt"><span style="font-size:12.0pt;color:black">{head}</span><o:p></o:p></p>\n</div>\n'
        f"{mso_paragraphs(q.text)}\n</div></div>\n</div>\n</body>\n</html>\n"
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
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + r.charset
        + '">'
        '</head><body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div></div>\n"
        f"<div>{html_paragraphs(q.text)}</div>\n</body></html>\n"
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
    """Answers written between the quoted paragraphs (`[[Q:n]]` marks paragraph n)."""
    paragraphs = q.text.split("\n\n")
    body = re.sub(r"\[\[Q:(\d+)\]\]", lambda m: quote_lines(paragraphs[int(m[1])]), r.body)
    text = f"{tb_attr(q)}\n{body}\n"
    return text_part(text, "plain", r.charset, r.cte, flow=r.charset == "utf-8")


def style_apple(r: Reply, q: Quote) -> Message:
    return text_part(
        f"{r.body}\n\n{apple_attr(q)}\n\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )


def iphone_text(r: Reply, q: Quote) -> str:
    quoted = quote_lines(f"{apple_attr(q)}\n\n{q.text}")
    return f"{r.body}\n\n{IPHONE_SIG[q.loc]}\n\n{quoted}\n"


def style_iphone(r: Reply, q: Quote) -> Message:
    return text_part(iphone_text(r, q), "plain", r.charset, r.cte)


def style_iphone_html(r: Reply, q: Quote) -> Message:
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        f'<body dir="auto"><div dir="ltr">{html_lines(r.body)}</div>'
        f'<div dir="ltr"><br><div dir="ltr">{IPHONE_SIG[q.loc]}</div>'
        f'<div dir="ltr"><br><blockquote type="cite">{html.escape(apple_attr(q))}<br><br>'
        f"{html_paragraphs(q.text)}</blockquote></div></div></body></html>\n"
    )
    return alternative(r, iphone_text(r, q), markup)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{tb_attr(q)}\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte, flow=r.charset == "utf-8")


def style_roundcube(r: Reply, q: Quote) -> Message:
    attr = fmt(ROUNDCUBE_ATTR[q.loc], q.loc, q.sent, name=AR_NAME)
    text = f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte, flow=True)


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_block(q))
    text = f"{r.body}\n\n{ANDROID_SIG[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_galaxy(r: Reply, q: Quote) -> Message:
    sig, sep, frm, date, to, subj = GALAXY[q.loc]
    colon = " : " if q.loc == "fr" else ": "
    when = q.sent.strftime("%d/%m/%Y %H:%M")
    offset = q.sent.strftime("%z")
    head = [
        f"{frm}{colon}{AR_NAME} <{AR_ADDR}> ",
        f"{date}{colon}{when}  (GMT{offset[:3]}:{offset[3:]}) ",
        f"{to}{colon}{r.who[1]} ",
        f"{subj}{colon}{q.subject} ",
    ]
    text = "\n".join([r.body, "", "", "", sig, "", "", sep, *head, "", q.text, ""])
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div dir="auto">{html_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{html.escape(sig)}</div></div>'
        f'<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html.escape(sep)}</div>'
        + "".join(f"<div>{html.escape(line.strip())}</div>" for line in head)
        + f"<div><br></div></div>{html_paragraphs(q.text)}</body></html>\n"
    )
    return alternative(r, text, markup)


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_none_html(r: Reply, q: Quote) -> Message:
    del q
    markup = r.markup or (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + r.charset
        + '"></head><body><div style="font-family:Arial,sans-serif;font-size:10pt">'
        f"{html_paragraphs(r.body)}</div></body></html>\n"
    )
    return text_part(markup, "html", r.charset, r.cte)


def style_notice_alt(r: Reply, q: Quote) -> Message:
    del q
    return alternative(r, r.body + "\n", r.markup)


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
    "galaxy": style_galaxy,
    "none": style_none,
    "none_html": style_none_html,
    "notice_alt": style_notice_alt,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android"}
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "iphone_html": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.1",
        ),
    ),
    "inline": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.3",
        ),
    ),
    "roundcube": (("User-Agent", "Roundcube Webmail/1.6.9"),),
}


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_RE[q.loc] if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    index = base64.b64encode(digest(r.key, "thread")[:22]).decode()
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", index),
        ("Content-Language", f"{r.lang}-{r.country}"),
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


BOUNDARY_PREFIX = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone_html": "Apple-Mail-",
    "galaxy": "--_com.samsung.android.email_",
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
    prefix = BOUNDARY_PREFIX.get(style, "_000_" if style in OUTLOOK_FAMILY else "----=_Part_")
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
AUTO_GEN = ("Auto-Submitted", "auto-generated")
XAUTO = ("X-Autoreply", "yes")
XARS = ("X-Auto-Response-Suppress", "All")
STATEMENT_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"3 0 obj<</Producer(KBC Touch)/Title(Rekeninguittreksel)>>endobj\n"
    b"trailer<</Root 1 0 R/Info 3 0 R>>\n%%EOF\n"
)
REMITTANCE_HTML = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
    '<body style="font-family:Arial,sans-serif;font-size:10pt">\n'
    '<h2 style="font-size:14pt">REMITTANCE ADVICE</h2>\n'
    '<table cellpadding="3" style="border-collapse:collapse">\n'
    "<tr><td><b>Payee</b></td><td>Tallyfern Software Ltd</td></tr>\n"
    "<tr><td><b>Supplier no.</b></td><td>TALLY001</td></tr>\n"
    "<tr><td><b>Payment date</b></td><td>23/11/2026</td></tr>\n"
    "<tr><td><b>Payment method</b></td><td>Faster Payments</td></tr>\n"
    "<tr><td><b>Payment reference</b></td><td>0000731902</td></tr>\n"
    "</table>\n<br>\n"
    '<table border="1" cellpadding="4" style="border-collapse:collapse">\n'
    "<tr><th>Invoice</th><th>Inv. date</th><th>Amount</th></tr>\n"
    '<tr><td>TF26-40581</td><td>09/10/2026</td><td align="right">&pound;3,960.00</td></tr>\n'
    '<tr><td></td><td><b>Total paid</b></td><td align="right"><b>&pound;3,960.00</b></td></tr>\n'
    "</table>\n"
    "<p>The amount above has been sent to the bank account we hold for you. Please allow up to two working days for it to appear.</p>\n"
    '<p style="color:#666666">This message was produced automatically by the Trust\'s finance system. Queries about this payment: finance@fernhillacademy.example (please quote the payment reference).</p>\n'
    "</body></html>\n"
)

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Dana Whitcomb", "billing@lakeshorefamilydental.example"),
        "2026-11-17 10:22 -0600",
        "outlook_html",
        "Hi there,\n\nI ran the ACH for this one this morning – $2,415.00, confirmation #88310274. On our side it usually posts in one to two business days, maybe longer going overseas, so you might not see it until later this week.\n\nSorry it slipped through. We switched banks in October and this invoice never made it onto the new autopay list. While I have you, could you update the billing address for next year's renewal to Suite 210? Same building, we just moved upstairs.\n\nThanks,\nDana Whitcomb\nBilling Coordinator | Lakeshore Family Dentistry\n(312) 555-0148",
        lab(
            paid_date="2026-11-17",
            payment_reference="88310274",
            amount="2415.00",
            currency="USD",
            note="ACH run this morning; the address change is for next year's invoice and does not change the intent",
        ),
        region="US",
        total="2415.00",
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Alan Dunbar", "alan@dunbar-motors.example"),
        "2026-11-19 07:48 +0000",
        "iphone",
        "Hi yes that was paid yesterday over the phone by card to your colleague Gemma full stop she gave me a receipt number starting 77 something I'll dig it out if you need it cheers Alan",
        lab(
            paid_date="2026-11-18",
            note="dictated on a phone in Scotland ('full stop' typed out as words); card payment taken by phone yesterday; the receipt number is not given",
        ),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Fernhill Academy Trust – Finance", "finance-noreply@fernhillacademy.example"),
        "2026-11-24 06:02 +0000",
        "notice_alt",
        "REMITTANCE ADVICE\n\nPayee: Tallyfern Software Ltd\nSupplier no.: TALLY001\nPayment date: 23/11/2026\nPayment method: Faster Payments\nPayment reference: 0000731902\n\nInvoice       Inv. date     Amount\nTF26-40581    09/10/2026    £3,960.00\n              Total paid    £3,960.00\n\nThe amount above has been sent to the bank account we hold for you. Please allow up to two working days for it to appear.\n\nThis message was produced automatically by the Trust's finance system. Queries about this payment: finance@fernhillacademy.example (please quote the payment reference).",
        lab(
            ("TF26-40581",),
            paid_date="2026-11-23",
            payment_reference="0000731902",
            amount="3960.00",
            currency="GBP",
            note="remittance advice from an AP system, sent with Auto-Submitted: auto-generated and not threaded; it reports a payment, so payment_sent, not auto_reply",
        ),
        subject="Remittance Advice – Fernhill Academy Trust – Payment 0000731902",
        markup=REMITTANCE_HTML,
        thread=False,
        headers=(AUTO_GEN, ("X-Mailer", "PS Financials Remittance Service 6.1")),
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Leopold Reiter", "hof@reiter-kirchschlag.example"),
        "2026-11-24 20:15 +0100",
        "gmail_plain",
        "Grüß Gott,\n\nhab's gestern Abend übers Online-Banking angewiesen, 486 Euro per SEPA, als Verwendungszweck steht die Rechnungsnummer drin. Bitte um eine kurze Rückmeldung, wenn's bei Ihnen eingegangen ist, die Bank hat mir nämlich danach eine komische Meldung angezeigt.\n\nSchöne Grüße vom Hof\nLeopold Reiter\nReiterhof - Milchvieh & Direktvermarktung, Kirchschlag",
        lab(
            paid_date="2026-11-23",
            amount="486.00",
            currency="EUR",
            note="Austrian German; 'gestern Abend' before Tue 24 Nov; the odd bank message is a worry, not a doubt that it was sent",
        ),
        region="AT",
        total="486.00",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Regula Stucki", "buchhaltung@meier-stucki-architekten.example"),
        "2026-11-27 16:05 +0100",
        "outlook",
        "Grüezi\n\nIhre Rechnung TF26-40702 über CHF 3'480.00 haben wir heute im E-Banking freigegeben. Die Gutschrift sollte Anfang nächster Woche bei Ihnen sein.\n\nFreundliche Grüsse\n\nRegula Stucki\nBuchhaltung\nMeier Stucki Architekten AG\nTechnikumstrasse 41, 8400 Winterthur",
        lab(
            ("TF26-40702",),
            paid_date="2026-11-27",
            amount="3480.00",
            currency="CHF",
            note="Swiss German (apostrophe thousands separator, 'Grüsse'); released in e-banking today",
        ),
        region="CH",
        inv="TF26-40702",
        total="3480.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Salon Nathalie", "salon.nathalie@skynet.example"),
        "2026-12-01 10:40 +0100",
        "android",
        "Bonjour,\nC'est payé depuis ce matin par virement, réf. de l'opération 2026-1201-8834 dans mon app bancaire. Deux cent septante-cinq euros tout rond, j'ai mis le nom du salon en communication.\nBonne journée,\nNathalie Dujardin\nSalon Nathalie – Coiffure mixte, Namur",
        lab(
            paid_date="2026-12-01",
            payment_reference="2026-1201-8834",
            amount="275.00",
            currency="EUR",
            note="Belgian French ('septante', 'communication'); amount written out in words",
        ),
        region="BE",
        total="275.00",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Clinique vétérinaire des Tilleuls", "accueil@veto-tilleuls.example"),
        "2026-11-23 12:30 +0100",
        "thunderbird",
        "Bonjour,\n\nNotre chèque n° 0004127 de 1 312,80 € pour la facture TF26-40552 est parti au courrier vendredi, à l'adresse de Norwich qui figure sur la facture. Entre la Poste et l'envoi vers l'Angleterre, comptez quelques jours.\n\nSi vous préférez un virement à l'avenir, envoyez-nous votre IBAN.\n\nBien cordialement,\n-- \nÉlodie Marchand\nSecrétariat - Clinique vétérinaire des Tilleuls, Angers",
        lab(
            ("TF26-40552",),
            paid_date="2026-11-20",
            payment_reference="0004127",
            amount="1312.80",
            currency="EUR",
            note="cheque posted 'vendredi' before Mon 23 Nov; the IBAN remark is about future payments only",
        ),
        inv="TF26-40552",
        total="1312.80",
        charset="iso-8859-15",
        cte="8bit",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Lucía Ferrante", "administracion@estudioferrante.example"),
        "2026-11-30 11:20 -0300",
        "gmail",
        "Hola, ¿cómo andan?\n\nLes cuento que el viernes hicimos la transferencia al exterior por USD 1.150. El número de operación es 7781-2045; si necesitan el comprobante del banco me avisan y se los reenvío.\n\nCon los trámites del banco para girar divisas tardamos más de la cuenta, disculpen.\n\nSaludos,\nLucía\nEstudio Ferrante Arquitectos – Rosario",
        lab(
            paid_date="2026-11-27",
            payment_reference="7781-2045",
            amount="1150.00",
            currency="USD",
            note="Argentine Spanish; 'el viernes' before Mon 30 Nov",
        ),
        region="AR",
        total="1150.00",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Rocío Campos", "peluqueriarocio.triana@gmail.com"),
        "2026-12-03 18:52 +0100",
        "iphone_html",
        "Hola!! Perdona, se me había pasado por completo 🙈 Te lo acabo de mandar por Bizum, los 89 €. En el concepto he puesto el nombre de la pelu.\n\nRocío",
        lab(paid_date="2026-12-03", amount="89.00", currency="EUR", note="Bizum just sent"),
        total="89.00",
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Ingrid Hoekstra", "administratie@obs-wilgenhoek.example"),
        "2026-11-27 09:10 +0100",
        "owa",
        "Goedemorgen,\n\nVolgens ons is deze factuur al voldaan: het bedrag van € 1.734,50 is op 25 november via automatische incasso van de rekening van ons schoolbestuur afgeschreven.\n\nKunt u dit bij u nakijken? Dan hoeven wij verder niets te doen, neem ik aan.\n\nMet vriendelijke groet,\n\nIngrid Hoekstra\nAdministratie OBS De Wilgenhoek",
        lab(
            paid_date="2026-11-25",
            amount="1734.50",
            currency="EUR",
            note="direct debit already collected: payment sent; 'kunt u dit nakijken' is not a dispute",
        ),
        total="1734.50",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Kris Vermeulen", "info@garagevermeulen.example"),
        "2026-11-16 14:02 +0100",
        "outlook_html",
        "Dag,\n\nDie factuur werd vrijdag 13/11 al overgeschreven, dus uw herinnering en onze betaling zullen elkaar gekruist hebben. In bijlage het rekeninguittreksel als bewijs.\n\nMet vriendelijke groeten,\n\nKris Vermeulen\nGarage Vermeulen bv – erkend hersteller\nSteenweg op Aalst 112, 9300 Aalst",
        lab(
            paid_date="2026-11-13",
            note="Flemish ('werd overgeschreven', 'rekeninguittreksel') reply to a French reminder; bank statement attached as a PDF",
        ),
        region="BE",
        rlang="fr",
        attach=("rekeninguittreksel_2026-11-13.pdf", STATEMENT_PDF),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Cancelleria comunale Valdora", "cancelleria@comune-valdora.example"),
        "2026-12-10 14:30 +0100",
        "outlook",
        "Buongiorno,\n\ncon la presente vi comunichiamo che la fattura TF26-40655 di fr. 742.60 è stata pagata oggi tramite e-banking. Il ritardo è dovuto al fatto che la fattura era priva di codice QR e abbiamo dovuto registrarla a mano.\n\nDistinti saluti\n\nper la Cancelleria comunale\nMara Pedrazzini, segretaria comunale aggiunta\nComune di Valdora TI",
        lab(
            ("TF26-40655",),
            paid_date="2026-12-10",
            amount="742.60",
            currency="CHF",
            note="Swiss Italian municipality ('fr.' for francs); paid today",
        ),
        region="CH",
        inv="TF26-40655",
        total="742.60",
        charset="windows-1252",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pr-en-1",
        "promise_to_pay",
        "en",
        ("Maura Keane", "office@stbrigids-ballydonagh.example"),
        "2026-11-18 11:05 +0000",
        "gmail",
        "Hello,\n\nThanks for the email and apologies for the delay on this. Fr Declan signs all the cheques and he's away on retreat at the minute. The finance committee sits on Thursday week and your invoice is on the list, so it'll go out to you that evening.\n\nThe parish office is only open Tuesday and Wednesday mornings, so if you ring and get no answer that's why!\n\nKind regards,\nMaura Keane\nParish Secretary, St Brigid's, Ballydonagh",
        lab(
            promised_date="2026-11-26",
            note="Irish 'Thursday week' written on Wed 18 Nov = Thu 26 Nov",
        ),
        region="IE",
    ),
    Reply(
        "pr-en-2",
        "promise_to_pay",
        "en",
        ("Hank Dorsey", "dorseyfamilyfarms@gmail.com"),
        "2026-11-13 06:10 -0600",
        "gmail_plain",
        "Morning,\n\nGot your notice. We're waiting on the settlement check from the co-op for the beans, ought to clear by the 20th and I'll mail yours out the same day. Been doing business with you folks six years, we're not going anywhere.\n\nHank Dorsey\nDorsey Family Farms",
        lab(
            promised_date="2026-11-20",
            note="promise tied to an event that has a stated date; 'mail yours out' = a cheque",
        ),
        region="US",
    ),
    Reply(
        "pr-en-3",
        "promise_to_pay",
        "en",
        ("Thandi Mokoena", "admin@mokoenapillay.example"),
        "2026-12-01 09:30 +0200",
        "outlook_html",
        "Morning\n\nApologies for only coming back to you now – our MD has been overseas and he releases all foreign payments. He's back in the office today and I've put your invoice in the batch for our Friday run, the 4th. If it hasn't reflected by the Tuesday after, shout and I'll chase the bank.\n\nKind regards\nThandi Mokoena\nOffice Administrator\nMokoena Pillay Architects | Woodstock, Cape Town\n+27 21 555 0193",
        lab(
            promised_date="2026-12-04",
            note="South African English ('reflected', 'shout'); the Tuesday follow-up is a fallback, not the promise",
        ),
        region="ZA",
    ),
    Reply(
        "pr-de-1",
        "promise_to_pay",
        "de",
        ("Fahrschule Kowalski", "info@fahrschule-kowalski.example"),
        "2026-11-20 17:40 +0100",
        "iphone_html",
        "Hallo,\nich weiß, ich bin spät dran. Die Förderung vom Jobcenter für zwei Schüler ist immer noch nicht da, deshalb hänge ich hinterher. Spätestens am 5.12. ist Ihr Geld auf dem Konto, versprochen.\nGruß\nDariusz Kowalski",
        lab(promised_date="2026-12-05", note="'spätestens am 5.12.' → that date"),
    ),
    Reply(
        "pr-de-2",
        "promise_to_pay",
        "de",
        ("Marktgemeinde Kirchbach Finanzverwaltung", "buchhaltung@kirchbach-gemeinde.example"),
        "2026-11-18 10:15 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung TF26-40519 wurde in der Sitzung des Gemeindevorstandes vom 16. November genehmigt und wird mit dem nächsten Zahlungslauf am 24.11.2026 zur Anweisung gebracht.\n\nWir ersuchen um Verständnis, dass Zahlungen der Gemeinde erst nach Beschlussfassung erfolgen können.\n\nMit freundlichen Grüßen\nFür den Bürgermeister:\nIng. Christa Pichler\nFinanzverwaltung\nMarktgemeinde Kirchbach",
        lab(
            ("TF26-40519",),
            promised_date="2026-11-24",
            note="Austrian administrative German ('zur Anweisung gebracht', 'ersuchen'); approved in the past, paid in the future",
        ),
        region="AT",
        inv="TF26-40519",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pr-fr-1",
        "promise_to_pay",
        "fr",
        ("Sandrine Rochat", "secretariat@cabinet-favre.example"),
        "2026-11-23 08:55 +0100",
        "outlook_html",
        "Bonjour,\n\nLe Dr Favre est en vacances jusqu'au 30 novembre et c'est lui qui valide les paiements. Je lui soumets votre facture dès son retour ; le versement partira au plus tard le vendredi 4 décembre.\n\nMerci de votre compréhension et meilleures salutations,\n\nSandrine Rochat\nAssistante médicale\nCabinet dentaire Dr P. Favre – Lausanne",
        lab(
            promised_date="2026-12-04",
            note="Swiss French ('versement', 'meilleures salutations'); written by a person about her boss's absence, not an auto-reply",
        ),
        region="CH",
    ),
    Reply(
        "pr-fr-2",
        "promise_to_pay",
        "fr",
        ("GAEC des Trois Chênes", "gaec.troischenes@orange.example"),
        "2026-11-12 21:30 +0100",
        "gmail_plain",
        "Bonsoir,\noui on sait qu'on est en retard, excusez nous. La paie de lait de la coopérative tombe en fin de mois, on vous règlera à ce moment là, avant le 30 normalement.\nJean-Marc Guérin\nGAEC des Trois Chênes",
        lab(
            promised_date="2026-11-30",
            note="dairy farm paid by its co-op at month end; 'avant le 30' gives the date",
        ),
        charset="iso-8859-15",
    ),
    Reply(
        "pr-es-1",
        "promise_to_pay",
        "es",
        ("Guadalupe Rentería", "administracion@esteticalupita.example"),
        "2026-11-23 12:10 -0600",
        "android",
        "Buen día,\n\nDisculpe la demora. Le comento que el pago se realiza este viernes 27 sin falta, en cuanto nos depositen las ventas de la terminal.\n\nQuedo a sus órdenes.\nAtte. Guadalupe Rentería\nAdministración, Estética Lupita (Guadalajara)",
        lab(
            promised_date="2026-11-27", note="Mexican Spanish ('le comento', 'quedo a sus órdenes')"
        ),
        region="MX",
    ),
    Reply(
        "pr-es-2",
        "promise_to_pay",
        "es",
        ("Administración Colegio Virgen del Carmen", "administracion@colegiovcarmen.example"),
        "2026-11-30 16:20 +0100",
        "outlook",
        "Buenas tardes:\n\nLes informamos de que la factura n.º 40623 ya está conformada por dirección y se abonará en la remesa de pagos a proveedores del próximo 10 de diciembre.\n\nReciban un cordial saludo,\n\nPilar Sanz\nAdministración\nColegio Virgen del Carmen – Valladolid",
        lab(
            ("TF26-40623",),
            promised_date="2026-12-10",
            note="'conformada' (approved) is past; the supplier payment run is in the future",
        ),
        inv="TF26-40623",
        charset="windows-1252",
    ),
    Reply(
        "pr-nl-1",
        "promise_to_pay",
        "nl",
        ("Marieke Bosman", "marieke@fysiobosman.example"),
        "2026-12-02 13:45 +0100",
        "iphone",
        "Hoi,\n\nNee, nog niet betaald, sorry! Zit midden in de verhuizing van de praktijk en alles ligt overhoop. Vrijdag komt de uitbetaling van de zorgverzekeraars binnen en dan maak ik het meteen over.\n\nGroetjes Marieke",
        lab(
            promised_date="2026-12-04",
            note="negated payment followed by a promise; 'vrijdag' after Wed 2 Dec",
        ),
    ),
    Reply(
        "pr-it-1",
        "promise_to_pay",
        "it",
        ("Chiara Ferri", "amministrazione@bernasconiferri.example"),
        "2026-11-26 11:00 +0100",
        "outlook_html",
        "Gentili signori,\n\nci scusiamo per il ritardo. La fattura TF26-40598 è stata inserita nella distinta di bonifici di venerdì prossimo, 4 dicembre.\n\nCordiali saluti,\nChiara Ferri\nStudio Associato Bernasconi Ferri – Architetti\nVia Solferino 21, Milano",
        lab(
            ("TF26-40598",),
            promised_date="2026-12-04",
            note="'venerdì prossimo' written on Thu 26 Nov is pinned by the explicit '4 dicembre'",
        ),
        inv="TF26-40598",
    ),
    Reply(
        "pr-it-2",
        "promise_to_pay",
        "it",
        ("Associazione Il Girasole ODV", "info@ilgirasole-odv.example"),
        "2026-12-04 18:30 +0100",
        "gmail",
        "Buonasera,\nsono Teresa, una delle volontarie che danno una mano in segreteria. Il tesoriere è via per il ponte dell'Immacolata; appena rientra, mercoledì 9, passa in banca e fa il bonifico. Ve lo scrivo così non state in pensiero.\nUn caro saluto\nTeresa",
        lab(promised_date="2026-12-09", note="charity volunteer writing for the treasurer"),
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Imogen Vane", "imogen@harrowvane.example"),
        "2026-11-16 10:12 +0000",
        "inline",
        "[[Q:0]]\n>\n[[Q:1]]\n\nIt's open because it's wrong, I'm afraid.\n\n[[Q:2]]\n\nWe went from eight seats to five at the August renewal – Tom Ashby on your side confirmed it in writing on 14 August. £4,480 is the eight-seat figure; five seats should come to £2,800.\n\n[[Q:3]]\n\nPlease reissue for five seats and it'll be paid the week it arrives.\n\nImogen Vane\nPractice Manager, Harrow & Vane Architects",
        lab(
            note="inline reply between the quoted paragraphs; wrong seat count; the payment is conditional on a corrected invoice"
        ),
        inv="TF26-40512",
        total="4480.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Janice Kowalczyk", "clerk.treasurer@millbrooktownship.example"),
        "2026-11-19 14:40 -0500",
        "owa",
        "Good afternoon,\n\nInvoice TF26-40611 appears to duplicate TF26-40388: same licenses, same term (10/1/2026–9/30/2027), same amount. TF26-40388 was approved by the Board on October 13 and paid by check no. 20417 on October 30.\n\nPlease void TF26-40611 and send written confirmation for our files. Until then it will remain on hold.\n\nRespectfully,\n\nJanice Kowalczyk\nDeputy Clerk-Treasurer\nMillbrook Township",
        lab(
            ("TF26-40611", "TF26-40388"),
            note="duplicate billing; the cheque paid the earlier invoice, so no payment fields",
        ),
        region="US",
        inv="TF26-40611",
        total="1095.00",
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Declan Furlong", "declan@furlongautos.example"),
        "2026-11-25 17:55 +0000",
        "android",
        "Right so I've paid the licence part this afternoon, €640, that was never in question. The other €400 is for \"remote support 3 hrs\" on the day your fella spent the whole morning on the parts lookup and it still wasn't working after. We rang the dealer in the end. That's not getting paid. Take it off or send out someone who knows what they're at.\n\nDeclan",
        lab(
            note="Irish garage; the undisputed part is paid and the support charge contested: dispute wins, payment fields left empty"
        ),
        region="IE",
        total="1040.00",
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Kerstin Brandt", "verwaltung@zahnarzt-lorenz.example"),
        "2026-11-26 09:00 +0100",
        "outlook_html",
        "Guten Morgen,\n\nseit dem Update vom 3. November funktioniert die Röntgenschnittstelle in unserer Praxissoftware nicht mehr, wir importieren jedes Bild von Hand. Ihr Ticket Nr. 55120 ist seit über drei Wochen offen, ohne dass sich jemand gemeldet hat.\n\nDie Wartungspauschale auf Rechnung TF26-40547 begleichen wir erst, wenn der Fehler behoben ist.\n\nMit freundlichen Grüßen\nKerstin Brandt\nPraxismanagerin\nZahnarztpraxis Dr. Anja Lorenz, Bielefeld",
        lab(("TF26-40547",), note="withheld until the fault is fixed"),
        inv="TF26-40547",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Beat Zürcher", "kasse@mittagstisch-seeland.example"),
        "2026-12-03 13:20 +0100",
        "roundcube",
        "Guten Tag\n\nBeim Vertragsabschluss im Frühling wurde uns der Tarif für gemeinnützige Organisationen zugesichert, also die Hälfte des Listenpreises. Auf Ihrer Rechnung steht aber der volle Betrag von CHF 1'080.00.\n\nSobald wir eine berichtigte Rechnung über CHF 540.00 erhalten, überweisen wir umgehend.\n\nFreundliche Grüsse\nBeat Zürcher, Kassier\nVerein Mittagstisch Seeland, Biel",
        lab(
            note="Swiss charity: wrong price (non-profit rate promised); payment only against a corrected invoice"
        ),
        region="CH",
        total="1080.00",
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("École communale de Froidmont", "direction@ecole-froidmont.example"),
        "2026-11-17 12:45 +0100",
        "outlook",
        "Madame, Monsieur,\n\nNous aurions volontiers payé cette facture si nous avions reçu les clés d'activation pour les trente postes de la classe informatique. Or, à ce jour, rien ne nous est parvenu, malgré deux courriels et un coup de fil en octobre. Les élèves travaillent toujours sur l'ancienne version.\n\nNous ne réglerons donc pas une prestation dont nous n'avons pas bénéficié. Je vous saurais gré de faire le nécessaire.\n\nBien à vous,\n\nAnne-Françoise Lejeune\nDirectrice\nÉcole communale de Froidmont – Tournai",
        lab(
            note="Belgian French; counterfactual 'nous aurions payé si…': licences never delivered → dispute"
        ),
        region="BE",
        charset="windows-1252",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Karima Belkacem", "karima.kstyle@free.example"),
        "2026-11-20 19:10 +0100",
        "iphone",
        "Bonsoir\nJ'ai résilié l'abonnement au logiciel de caisse en septembre, par lettre recommandée avec AR (reçue chez vous le 22/09, j'ai le bordereau). Je ne vois pas pourquoi vous me facturez le trimestre d'octobre à décembre. Je ne paierai pas cette facture.\nKarima Belkacem\nSalon K'Style",
        lab(note="hair salon; subscription cancelled before the billed quarter"),
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Rodrigo Araya", "raraya@vinalospeumos.example"),
        "2026-11-24 10:05 -0300",
        "gmail",
        "Hola, buenos días.\n\nRevisando la factura, viene por USD 2.300, pero lo que cotizamos con su ejecutivo en agosto fueron USD 1.800 por las tres licencias del sistema de bodega. Tengo la cotización firmada, se la adjunto si la necesitan.\n\nAsí como está no la podemos pagar. ¿La pueden revisar y mandarme la correcta? Quedo atento.\n\nSaludos cordiales,\nRodrigo Araya\nJefe de Administración\nViña Los Peumos – Valle de Colchagua",
        lab(note="Chilean winery; invoiced price above the signed quote"),
        region="CL",
        total="2300.00",
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Jan van der Meulen", "kerkrentmeester@pg-oosterwolde.example"),
        "2026-11-23 20:30 +0100",
        "inline",
        "[[Q:2]]\n\nDeze factuur gaat over een trainingsdag op 12 november voor ons kosterteam. Die training is destijds door uw eigen trainer afgezegd wegens ziekte en er is nooit een nieuwe datum geprikt.\n\n[[Q:3]]\n\nJa, er moet iets worden aangepast: de hele factuur kan vervallen. Wij betalen niet voor iets dat niet heeft plaatsgevonden.\n\nMet vriendelijke groet,\nJan van der Meulen\nkerkrentmeester, Protestantse Gemeente Oosterwolde",
        lab(
            note="church; inline answers under the quoted reminder; billed for a training day that never took place"
        ),
        total="495.00",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Lies Claes", "boekhouding@desmetclaes.example"),
        "2026-11-18 15:00 +0100",
        "outlook_html",
        "Goedemiddag,\n\nDeze factuur werd reeds volledig gecrediteerd met uw creditnota CN26-0091 van 2 oktober, nadat wij de tweede licentie hadden opgezegd. Er staat bij ons dus niets meer open.\n\nGelieve uw boekhouding na te kijken en deze herinnering als onbestaande te beschouwen.\n\nMet vriendelijke groeten,\n\nLies Claes\nArchitectenbureau De Smet & Claes\nKortrijk",
        lab(note="Flemish ('werd reeds', 'gelieve'); already credited → dispute"),
        region="BE",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Paolo Colombo", "officina@fratellicolombo.example"),
        "2026-11-27 09:45 +0100",
        "gmail",
        "Buongiorno,\n\nil lettore di codici a barre che ci avete spedito insieme alle licenze è arrivato con il vetro spaccato. Le foto ve le abbiamo mandate il 12 novembre e non ci ha risposto nessuno.\n\nFinché non arriva quello nuovo la fattura non la paghiamo, mi dispiace.\n\nSaluti\nPaolo Colombo\nAutofficina F.lli Colombo – Bergamo",
        lab(note="garage; damaged hardware, payment withheld until replaced"),
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Nadia Lepori", "amministrazione@fisiolepori.example"),
        "2026-12-07 11:30 +0100",
        "outlook",
        'Buongiorno,\n\nsulla fattura TF26-40669 figura il nostro numero d\'ordinazione 2026/118, che però si riferisce a un altro fornitore (attrezzi per la palestra). Da noi non risulta nessuna ordinazione di licenze "Agenda Pro".\n\nImmagino si tratti di un errore di fatturazione o di un altro cliente con un nome simile. Vi saremmo grati di una verifica.\n\nCordiali saluti\nNadia Lepori\nFisioterapia Lepori Sagl, Bellinzona',
        lab(
            ("TF26-40669",),
            note="Swiss Italian physiotherapy practice using a German-language Outlook; not our order → dispute",
        ),
        region="CH",
        inv="TF26-40669",
        loc="de",
        charset="iso-8859-1",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Sue Pearson", "treasurer@oakfieldfoodbank.example"),
        "2026-11-20 13:00 +0000",
        "gmail",
        "Hello,\n\nI'm the (volunteer) treasurer at Oakfield Food Bank. I'm afraid our lottery grant for this quarter is late, and at the moment every penny has to go on stock – we're busier than ever heading into winter.\n\nWould it be possible to pay this off at £150 a month? I can set up a standing order for the 1st of each month starting in December, and if the grant lands early I'll clear the balance in one go.\n\nWith apologies and thanks,\nSue Pearson\nOakfield Food Bank – registered charity no. 1190432",
        lab(note="charity hardship; monthly instalments proposed"),
        total="1150.00",
    ),
    Reply(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Tomasz Wiśniewski", "tomasz@shineautovalet.example"),
        "2026-12-08 15:45 +0000",
        "android",
        "Hello, sorry for late answer. Is difficult time now, in winter not many customers for car wash. We can pay 100 pound every Friday until is finish, first one this Friday. Is ok for you? Please let me know.\nTomasz\nShine Auto Valet",
        lab(
            note="non-native English; weekly instalments offered (first one this Friday) → plan, not a single promise"
        ),
        total="780.00",
    ),
    Reply(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Ewan Macleod", "ewan@ardnish-farm.example"),
        "2026-12-01 21:10 +0000",
        "gmail_plain",
        "Evening,\n\nAny chance you could give us till the back end of January for this? The storm a fortnight ago took half the roof off the lambing shed and every spare penny is going into that before the ewes come in. I'm not trying to wriggle out of it, I'd just rather not pay you late twice.\n\nCheers,\nEwan Macleod\nArdnish Farm, Lochaber",
        lab(
            note="Scottish farm asks for more time; 'the back end of January' is a request, not a dated commitment"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Nina Kessler", "haarmonie.nina@web.example"),
        "2026-11-30 18:30 +0100",
        "android",
        "Hallo,\n\nwäre es möglich, die Rechnung in drei Raten zu zahlen? Ich würde jeweils 220 € zum 15. Dezember, 15. Januar und 15. Februar überweisen. Seit im Sommer die Baustelle vor dem Laden ist, bleiben viele Stammkundinnen weg.\n\nViele Grüße\nNina Kessler\nHaarmonie – Friseursalon",
        lab(note="hair salon; three dated instalments proposed"),
        total="660.00",
    ),
    Reply(
        "pp-de-2",
        "payment_plan",
        "de",
        ("Stefan Albers", "finanzen@kita-pusteblume.example"),
        "2026-12-09 22:05 +0100",
        "thunderbird",
        "Sehr geehrte Damen und Herren,\n\nnach einem Wasserrohrbruch im Gruppenraum im Oktober sind unsere Rücklagen derzeit vollständig gebunden; die Versicherung hat noch nicht gezahlt. Wir bitten daher um Stundung der offenen Rechnung bis zum 31. März 2027.\n\nSollte das nicht möglich sein, schlagen Sie uns bitte eine Ratenzahlung vor.\n\nMit freundlichen Grüßen\n-- \nStefan Albers\nVorstand Finanzen\nElterninitiative Kita Pusteblume e. V.",
        lab(
            note="parent-run nursery asks for a deferral to 31 March 2027 (a request, not a promise)"
        ),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Julien Morel", "contact@ateliermorel.example"),
        "2026-11-25 10:30 +0100",
        "gmail",
        "Bonjour,\n\nEst-il envisageable d'étaler ce règlement ? Deux chantiers nous ont lâchés cet automne et la trésorerie est tendue jusqu'au début de l'année. Je vous propose 750 € maintenant, puis 750 € fin janvier et le solde fin février.\n\nDites-moi si cela vous convient, je lance le premier virement dès votre accord.\n\nCordialement,\nJulien Morel\nAtelier Morel Architectes",
        lab(note="architects; three-part schedule, first transfer only once agreed"),
        total="2250.00",
    ),
    Reply(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Álvaro Medina", "gerencia@clinicaalbaicin.example"),
        "2026-11-18 13:40 +0100",
        "html_only",
        "Buenos días:\n\nLes escribo para pedirles si sería posible fraccionar el importe en tres mensualidades. Este trimestre hemos tenido que renovar el equipo de radiología y vamos muy justos de tesorería.\n\nSi les parece bien, domiciliamos los tres cargos en la misma cuenta de siempre.\n\nUn saludo,\nÁlvaro Medina\nGerente – Clínica Dental Albaicín (Granada)",
        lab(note="dental clinic; three monthly instalments"),
    ),
    Reply(
        "pp-es-2",
        "payment_plan",
        "es",
        ("Martín Sosa", "tesoreria@clubvillasarmiento.example"),
        "2026-12-11 16:00 -0300",
        "iphone",
        "Hola, ¿qué tal? Les escribo de la tesorería del club. Con la suba del dólar de este mes se nos complicó bastante juntar la plata de una. ¿Les parece si pagamos la mitad ahora y la otra mitad a mediados de enero? Avisame y arrancamos.\nAbrazo,\nMartín",
        lab(
            note="Argentine sports club ('juntar la plata de una', 'avisame'); half now, half in January"
        ),
        region="AR",
        total="900.00",
    ),
    Reply(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Gerrit Hofstede", "hofstede.melkvee@kpn.example"),
        "2026-11-26 06:20 +0100",
        "gmail_plain",
        "Goedemorgen,\n\nMag ik dit in vier termijnen betalen? Na de droge zomer is het krap. Ik zou elke maand een kwart overmaken, de eerste op 1 december.\n\nGr. Gerrit Hofstede",
        lab(note="dairy farm; four monthly instalments"),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-nl-2",
        "payment_plan",
        "nl",
        ("Kapsalon Sofie", "kapsalonsofie@telenet.example"),
        "2026-12-14 19:40 +0100",
        "iphone",
        "Dag,\n\nZou ik dit mogen afbetalen? Sinds september sta ik alleen in de zaak, mijn compagnon is gestopt en ik moet alles nog wat op een rij krijgen. 100 euro per maand kan ik missen. Alvast bedankt en sorry voor het ongemak.\n\nSofie",
        lab(note="Flemish hair salon ('afbetalen', 'compagnon'); monthly instalments"),
        region="BE",
    ),
    Reply(
        "pp-it-1",
        "payment_plan",
        "it",
        ("Lorenzo Baldini", "info@agriturismoilpoggio.example"),
        "2026-11-19 12:00 +0100",
        "galaxy",
        "Buongiorno,\n\nsarebbe possibile una dilazione? La stagione è stata corta e gli incassi veri arrivano solo in primavera. Potremmo versare 300 euro subito e il resto in due rate, a fine gennaio e a fine febbraio.\n\nAttendo un vostro riscontro.\nGrazie,\nLorenzo Baldini\nAgriturismo Il Poggio – Montalcino",
        lab(note="farm holiday business; down payment plus two instalments"),
        total="1320.00",
    ),
    Reply(
        "pp-it-2",
        "payment_plan",
        "it",
        ("Studio Dentistico Dr.ssa Greco", "segreteria@studiogreco.example"),
        "2026-12-15 10:20 +0100",
        "outlook",
        "Spett.le Tallyfern,\n\nin considerazione dei disservizi subiti nei mesi di settembre e ottobre (agenda online non raggiungibile per diversi giorni), vi proponiamo, a saldo e stralcio della fattura TF26-40688, il pagamento di € 1.000,00 entro il 31 dicembre.\n\nIn attesa di un vostro cortese riscontro, porgiamo distinti saluti.\n\nDott.ssa Elena Greco\nStudio Dentistico Dr.ssa Greco – Lecce",
        lab(
            ("TF26-40688",),
            note="settlement offer ('saldo e stralcio') citing past outages: the offer is what needs an answer → payment_plan, not dispute",
        ),
        inv="TF26-40688",
        total="1480.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Linda Perkins", "office@gracefellowship-elkhorn.example"),
        "2026-11-24 10:05 -0500",
        "gmail",
        "Good morning,\n\nBefore our treasurer can cut a check we have to have a W-9 on file for every vendor, and I don't see one for Tallyfern. Could you email one over? If you're not a US company I guess it's a different form – whichever one our auditor will accept.\n\nAlso, can you confirm the remit-to address? The invoice shows a UK address and a PO box and I want to be sure the check goes to the right place.\n\nBlessings,\nLinda Perkins\nChurch Administrator\nGrace Fellowship Church",
        lab(note="church; tax form and remittance address needed before paying"),
        region="US",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Joy Okonkwo", "bursar@st-aidans-primary.example"),
        "2026-12-02 11:30 +0000",
        "owa",
        "Good morning,\n\nOur finance system won't let me release payment on anything that doesn't carry an official order number. The PO raised for these licences is 4500021873. Could you reissue TF26-40627 with that shown on it, please? As soon as it's through I'll pay it on the next run.\n\nMany thanks,\nJoy Okonkwo\nSchool Business Manager\nSt Aidan's C of E Primary School",
        lab(("TF26-40627",), note="reissue with the school's PO number; amount not contested"),
        inv="TF26-40627",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Reception | Dr N Naidoo Inc", "accounts@drnaidoo.example"),
        "2026-11-17 08:15 +0200",
        "outlook",
        "Good day\n\nWe don't seem to have received this invoice at all – please could you resend it? When you do, kindly make it out to Dr N Naidoo Incorporated (not \"Naidoo Dental\") and reflect our VAT number, 4123456789, otherwise our bookkeeper can't process it for SARS.\n\nThank you\nReshma\nDr N Naidoo Inc. | Umhlanga",
        lab(
            note="South African dental practice; never received, resend with the right name and VAT number"
        ),
        region="ZA",
        charset="windows-1252",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Stadtverwaltung Neuhain, Kämmerei", "kaemmerei@neuhain.example"),
        "2026-11-19 09:40 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nRechnungen an die Stadtverwaltung können nur noch als elektronische Rechnung (XRechnung) über das Rechnungseingangsportal des Landes angenommen werden. Ihre Rechnung TF26-40530 ist bei uns lediglich als PDF eingegangen und konnte daher nicht zur Zahlung angewiesen werden.\n\nBitte reichen Sie die Rechnung unter Angabe unserer Leitweg-ID 05-3-1234-5678-12 erneut ein. Die Zahlung erfolgt dann im üblichen Verfahren.\n\nMit freundlichen Grüßen\nIm Auftrag\nThorsten Pahl\nStadtverwaltung Neuhain – Kämmerei",
        lab(("TF26-40530",), note="municipality needs an XRechnung e-invoice before paying"),
        inv="TF26-40530",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Fabrice Thomas", "intendance@college-hautsbuissons.example"),
        "2026-11-30 14:10 +0100",
        "owa",
        "Bonjour,\n\nLes établissements publics ne peuvent payer que les factures déposées sur Chorus Pro. La vôtre nous est arrivée par courriel uniquement ; elle n'a donc pas pu être mise en paiement.\n\nMerci de la déposer sur la plateforme en indiquant notre SIRET 194 512 340 00018 et le numéro d'engagement juridique EJ-2026-0412. Le paiement interviendra ensuite dans le délai réglementaire.\n\nCordialement,\n\nM. Fabrice Thomas\nAdjoint gestionnaire\nCollège Les Hauts-Buissons – Orléans",
        lab(note="public school needs the invoice filed on the e-invoicing portal before paying"),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Olivier Cuénod", "garagedujorat@bluewin.example"),
        "2026-12-04 07:30 +0100",
        "android",
        "Salut,\nVous pouvez me renvoyer la facture ? Je la trouve nulle part et sur votre rappel il y a juste le montant. Je paie dès que je l'ai.\nMerci, Olivier\nGarage du Jorat",
        lab(note="Swiss French garage; copy requested, the payment is conditional on receiving it"),
        region="CH",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Fernando Ruiz", "economato@parroquiasanlorenzo.example"),
        "2026-11-26 12:50 +0100",
        "gmail",
        "Buenos días:\n\nPara poder dar de alta a su empresa como proveedor en el programa de contabilidad del Obispado necesitamos un certificado de titularidad de la cuenta bancaria en la que quieren recibir el pago, firmado o sellado por el banco. Sin ese documento el Obispado no nos autoriza la transferencia.\n\nEn cuanto lo tengamos se hace el pago.\n\nAtentamente,\nFernando Ruiz\nEcónomo parroquial, Parroquia de San Lorenzo",
        lab(note="parish needs a bank-account certificate before paying"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Constanza Vidal", "cvidal@vidalortuzar.example"),
        "2026-12-09 17:20 -0300",
        "apple",
        "Hola,\n\n¿Me podrían mandar un estado de cuenta con todas las facturas y pagos de este año? Hicimos dos transferencias en septiembre y no tengo claro a qué facturas las aplicaron. Con eso cuadro todo y les pago lo que corresponda.\n\nGracias,\nConstanza Vidal\nVidal Ortúzar Arquitectos – Santiago",
        lab(note="Chilean architects; statement of account requested"),
        region="CL",
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Sanne", "knipenkleur@ziggo.example"),
        "2026-11-16 21:00 +0100",
        "iphone",
        "Hoi, op die herinnering staat alleen een bedrag. Kunnen jullie mij de factuur zelf nog even sturen? Dan betaal ik 'm meteen. Thx, Sanne",
        lab(note="hair salon; invoice copy needed, payment conditional on it"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Hilde Peeters", "boekhouding@vzwdebrug.example"),
        "2026-12-10 11:10 +0100",
        "outlook",
        "Goeiemorgen,\n\nOp uw factuur staat nog ons oud adres in Mechelen. Wij zijn sinds de zomer verhuisd naar de Kanunnikstraat 14 in Lier, en onze boekhouder kan de factuur zo niet inboeken.\n\nZou u een nieuwe factuur willen opmaken op het juiste adres? Dan wordt die bij de volgende betaling meegenomen.\n\nVriendelijke groeten,\nHilde Peeters\nvzw De Brug",
        lab(note="Flemish charity; corrected address on the invoice needed before paying"),
        region="BE",
        charset="windows-1252",
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Rag. Silvia Marchetti", "amministrazione@studiomarchetti.example"),
        "2026-11-23 15:30 +0100",
        "outlook_html",
        "Buongiorno,\n\nla fattura ci è arrivata solo in PDF via e-mail. Per poterla registrare e pagare abbiamo bisogno del documento elettronico transitato dal Sistema di Interscambio; il nostro codice destinatario è M5UXCR1.\n\nSe per voi, come società estera, non è possibile, mandateci almeno una fattura con la nostra partita IVA corretta (IT01234560789): su quella ricevuta manca una cifra.\n\nGrazie, cordiali saluti\nRag. Silvia Marchetti\nStudio Tecnico Marchetti – Perugia",
        lab(
            note="surveyors' office; e-invoice or corrected VAT number needed, the amount is not contested"
        ),
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Renato Ghirlanda", "ghirlanda.fattoria@ticino-net.example"),
        "2026-12-16 08:40 +0100",
        "roundcube",
        "Buongiorno,\n\npotete mandarci la bolla di consegna firmata per le due stazioni meteo? Il nostro fiduciario non registra la fattura senza. Appena l'abbiamo la passiamo in pagamento.\n\nScusate se scrivo in italiano.\n\nSaluti cordiali\nRenato Ghirlanda\nAzienda agricola Ghirlanda, Stabio",
        lab(
            note="Swiss Italian farm answering a German reminder; proof of delivery needed before paying"
        ),
        region="CH",
        rlang="de",
        loc="it",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Dr Rhys Morgan", "rhys.morgan@bridgestreetdental.example"),
        "2026-11-18 12:55 +0000",
        "iphone",
        "Hi - I'm one of the associates here, I don't handle any of the practice's bills and have no idea why these come to me. Karen Price is the practice manager, she's the one you want: karen.price@bridgestreetdental.example\nRhys",
        lab(new_contact="karen.price@bridgestreetdental.example", note="dental associate"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Megan Ortiz", "megan.ortiz@ridgelinestudio.example"),
        "2026-12-03 09:14 -0700",
        "outlook_html",
        "Hello,\n\nThis landed in my inbox, but I'm the marketing coordinator and don't have access to vendor payments. Please send invoices and statements to AccountsPayable@RidgelineStudio.example going forward so they don't sit in the wrong queue.\n\nThanks!\nMegan Ortiz\nMarketing Coordinator | Ridgeline Studio Architecture\nBoise, ID",
        lab(
            new_contact="accountspayable@ridgelinestudio.example",
            note="address written in mixed case, labelled in lower case",
        ),
        region="US",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Siobhán Daly", "secretary@scoilnaomhmuire.example"),
        "2026-11-27 14:20 +0000",
        "gmail_plain",
        "Hi,\n\nI think you have the wrong crowd. The school didn't buy these licences ourselves – they came through the Education and Training Board as part of the digital strategy scheme, and the ETB pays for them centrally. You'd need to take it up with their finance section, I don't have an email for them I'm afraid.\n\nSiobhán\nSchool Secretary",
        lab(note="Irish school points to another payer but gives no address"),
        region="IE",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Werner Haas", "werkstatt@autohaus-haas.example"),
        "2026-11-24 12:10 +0100",
        "android",
        "Servus,\nich bin nur in der Werkstatt, um die Rechnungen kümmert sich meine Frau im Büro. Schreiben Sie bitte an buero@autohaus-haas.example, dann landet das auch bei ihr.\nGruß W. Haas",
        lab(new_contact="buero@autohaus-haas.example", note="Bavarian garage ('Servus')"),
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Urs Gerber", "u.gerber@tierarzt-aaretal.example"),
        "2026-12-07 10:40 +0100",
        "outlook",
        "Guten Tag\n\nIch habe die Tierarztpraxis per 1. Oktober an Frau Dr. Lea Brunner übergeben und arbeite seither nur noch als Aushilfe mit. Für Rechnungen ab diesem Datum ist die neue Inhaberin zuständig. Bitte wenden Sie sich an sie: praxis@brunner-tierarzt.example\n\nFreundliche Grüsse\nUrs Gerber",
        lab(
            new_contact="praxis@brunner-tierarzt.example",
            note="Swiss vet practice handed over; German reply to a French reminder",
        ),
        region="CH",
        rlang="fr",
        loc="de",
        charset="iso-8859-1",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Mairie de Saint-Aubin-des-Prés", "mairie@saintaubin-des-pres.example"),
        "2026-11-20 11:35 +0100",
        "outlook",
        "Bonjour,\n\nCette adresse est celle du secrétariat de mairie. Depuis le transfert de compétence, les logiciels de l'école sont gérés et payés par la communauté de communes ; merci d'adresser votre relance à leur service finances : finances@cc-vallee-du-loir.example\n\nCordialement,\nLe secrétariat",
        lab(
            new_contact="finances@cc-vallee-du-loir.example",
            note="municipality points to the inter-municipal body",
        ),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Bureau d'architecture Lambert", "info@lambert-archi.example"),
        "2026-12-02 09:05 +0100",
        "none",
        "Bonjour,\n\nCette adresse n'est plus relevée depuis le 1er novembre 2026 et les messages qui y arrivent ne sont lus par personne.\n\nPour toute question administrative ou comptable, écrivez à administration@lambert-archi.example ; pour les projets en cours, contactez directement votre architecte.\n\nBureau d'architecture Lambert – Liège",
        lab(
            new_contact="administration@lambert-archi.example",
            note="automatic 'this mailbox is no longer read' notice naming the new address → wrong_contact, not auto_reply",
        ),
        region="BE",
        subject="Réponse automatique : {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Nuria Castell", "nuria.castell@clinicasonrisa.example"),
        "2026-11-19 19:25 +0100",
        "gmail",
        "Hola,\n\nOs escribo solo para avisaros de que ya no trabajo en la Clínica Sonrisa desde finales de octubre; me ha llegado vuestro correo porque aún no han cerrado mi cuenta. Lo de las facturas ahora lo lleva Marta, de administración: marta.admin@clinicasonrisa.example\n\nUn saludo y suerte,\nNuria",
        lab(new_contact="marta.admin@clinicasonrisa.example", note="former employee"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Veterinaria San Francisco", "contacto@vetsanfrancisco.example"),
        "2026-12-10 10:50 -0600",
        "iphone",
        "Buen día, creo que se equivocaron de correo, aquí es una veterinaria y nunca hemos trabajado con ustedes. A lo mejor es otra empresa con un nombre parecido. Saludos",
        lab(note="Mexican vet: wrong recipient altogether, no other address"),
        region="MX",
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Bart Smit", "b.smit@cbs-dezaaier.example"),
        "2026-11-17 15:50 +0100",
        "owa",
        "Hallo,\n\nIk ben leerkracht van groep 7 en ICT-coördinator, maar betalingen lopen niet via mij en ook niet via de school. Facturen moeten naar de crediteurenadministratie van ons bestuur: crediteuren@stichting-akkerland.example. Wilt u deze herinnering daarheen sturen?\n\nGroet,\nBart Smit",
        lab(
            new_contact="crediteuren@stichting-akkerland.example",
            note="teacher points to the school board",
        ),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Joris Maes", "joris.maes@maesbouwadvies.example"),
        "2026-12-11 16:30 +0100",
        "outlook_html",
        "Dag,\n\nIk ben met pensioen sinds 1 december en mijn dochter heeft het bureau overgenomen. De administratie doet voortaan Els Wouters, die ik hier in cc zet (els.wouters@maesbouwadvies.example). Gelieve alles rechtstreeks naar haar te sturen.\n\nMet vriendelijke groeten,\nJoris Maes",
        lab(
            new_contact="els.wouters@maesbouwadvies.example", note="Flemish; new contact also in Cc"
        ),
        region="BE",
        headers=(("Cc", "Els Wouters <els.wouters@maesbouwadvies.example>"),),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("don Giuseppe Rinaldi", "parroco@parrocchiasanmichele.example"),
        "2026-11-30 17:00 +0100",
        "apple",
        "Buonasera,\n\nnon sono io la persona giusta: di fatture e pagamenti si occupa il Consiglio per gli affari economici della parrocchia. Scrivete per favore al signor Bonetti, economato@parrocchiasanmichele.example.\n\nUn cordiale saluto,\ndon Giuseppe",
        lab(new_contact="economato@parrocchiasanmichele.example", note="parish priest"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Rick Salazar", "rick@salazarautobody.example"),
        "2026-12-04 11:02 -0500",
        "gmail_plain",
        "Do not email me about this account again. Any further correspondence goes through our attorney, Rachel Lindqvist at Lindqvist & Parr LLP. She has the file.\n\nR. Salazar\nSalazar Auto Body & Paint",
        lab(note="'talk to our attorney' → unsubscribe; attorney named without an address"),
        region="US",
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Gillian Frost", "stmarks.office@btconnect.example"),
        "2026-11-26 10:15 +0000",
        "outlook",
        "Dear Sir or Madam,\n\nCould you please remove this address from your reminder emails? Our treasurer, Mr Hale, does not use email, and anything sent here sits unread until I'm next in on a Thursday. Anything regarding the account should be sent by post to the Church Office, St Mark's Church, Vicarage Lane, Lower Ashby.\n\nWith thanks,\nGillian Frost\nChurch Office Volunteer",
        lab(note="post only"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Pieter van Wyk", "pieter@vanwykbotha-vets.example"),
        "2026-12-08 08:20 +0200",
        "outlook_html",
        "Good morning\n\nKindly remove our address from your mailing list with immediate effect. We have not consented to receive electronic communications of this nature and ask that you respect our rights under POPIA.\n\nRegards\nPieter van Wyk\nVan Wyk & Botha Veterinary Clinic, Paarl",
        lab(note="South African vet invoking the privacy act"),
        region="ZA",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Architekturbüro Hellwig", "post@hellwig-architekten.example"),
        "2026-11-25 14:45 +0100",
        "html_only",
        "Sehr geehrte Damen und Herren,\n\nwir bitten Sie, uns künftig keine Zahlungserinnerungen mehr per E-Mail zu senden. Schriftverkehr in dieser Angelegenheit bitte ausschließlich auf dem Postweg an unsere Büroanschrift.\n\nMit freundlichen Grüßen\nDipl.-Ing. Martin Hellwig",
        lab(note="post only"),
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Brigitte Haslinger", "salon.haslinger@gmx.example"),
        "2026-12-09 15:35 +0100",
        "gmail",
        "Sehr geehrte Damen und Herren,\n\ndie Angelegenheit liegt bei meinem Rechtsanwalt, Mag. Florian Steiner in Linz. Ich ersuche Sie, mich nicht mehr direkt zu kontaktieren, weder per E-Mail noch telefonisch.\n\nHochachtungsvoll\nBrigitte Haslinger",
        lab(note="Austrian hair salon; lawyer only"),
        region="AT",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Fondation La Passerelle", "secretariat@fondation-passerelle.example"),
        "2026-11-19 16:00 +0100",
        "roundcube",
        "Madame, Monsieur,\n\nNous vous prions de cesser vos envois à cette adresse, qui est réservée aux inscriptions de nos bénéficiaires. Pour ce qui concerne notre compte, merci de nous écrire uniquement par courrier postal, à l'attention du conseil de fondation.\n\nAvec nos meilleures salutations,\nLe secrétariat\nFondation La Passerelle, Fribourg",
        lab(note="Swiss charity; post only"),
        region="CH",
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Thierry Lemoine", "t.lemoine@plomberie-lemoine.example"),
        "2026-12-01 20:45 +0100",
        "iphone",
        "Troisième relance en huit jours pour une facture que j'ai contestée au téléphone avec votre commercial. Je ne veux plus recevoir un seul mail de votre part. Pour la suite, voyez avec mon avocat, Me Garnier.\nT. Lemoine",
        lab(note="mentions a dispute, but stop-mailing plus lawyer: unsubscribe beats dispute"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Carmen Ortega", "carmen.ortega.l@gmail.com"),
        "2026-11-30 12:05 +0100",
        "gmail",
        "Buenos días:\n\nEsta es mi dirección de correo personal y no quiero recibir en ella más mensajes de su empresa. Cualquier cosa relacionada con la autoescuela, envíenla por correo ordinario a la dirección fiscal, que para eso está.\n\nGracias.\nCarmen Ortega",
        lab(note="driving school owner's personal address; post only"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Gustavo Ibarra", "granjaibarra@fibertel.example"),
        "2026-12-14 09:40 -0300",
        "android",
        "Basta de mails por favor. Si tienen algo que reclamar mándenme carta documento como corresponde.\nGustavo",
        lab(note="Argentine farm; 'carta documento' is a registered legal letter: post only"),
        region="AR",
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Wouter Jansen", "wouter@jansenloonbedrijf.example"),
        "2026-11-20 07:05 +0100",
        "iphone",
        "Graag dit adres uit jullie mailings halen. Hier wordt niks mee gedaan.\n\nWouter",
        lab(note="agricultural contractor, curt"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Salvatore Russo", "officinarusso@pec-posta.example"),
        "2026-11-27 10:10 +0100",
        "outlook",
        "Spett.le ditta,\n\ncon la presente vi diffido dall'inviare ulteriori comunicazioni a questo indirizzo. Per qualsiasi questione relativa al presunto credito rivolgetevi esclusivamente al mio legale, avv. Marco De Santis del foro di Napoli.\n\nDistinti saluti\nSalvatore Russo",
        lab(note="garage; formal 'diffida', lawyer only"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Claudia Cattaneo", "c.cattaneo@salonecattaneo.example"),
        "2026-12-16 12:30 +0100",
        "android",
        "Cancellatemi dalla vostra lista per favore, grazie",
        lab(note="Swiss Italian hair salon, one line"),
        region="CH",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Cedar Valley USD Accounts Payable", "ap-helpdesk@cedarvalleyusd.example"),
        "2026-11-17 08:03 -0600",
        "none",
        "This is an automated message – please do not reply.\n\nThank you for contacting Cedar Valley Unified School District Accounts Payable. Your email has been logged as request #AP-338127 and placed in our queue.\n\nOur team answers vendor inquiries in the order received, usually within 3–5 business days. Please include the request number in any further correspondence about this matter.\n\nCedar Valley USD | Business Services",
        lab(note="school district ticket acknowledgement"),
        region="US",
        subject="[Request #AP-338127] {rsub}",
        headers=(AUTO_GEN, ("Precedence", "bulk"), ("X-Mailer", "HelpDesk Notifier 3.8")),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Helen Ashworth", "h.ashworth@ashworthbarnes.example"),
        "2026-12-11 09:07 +0000",
        "none_html",
        "Thank you for your email.\n\nI'm on annual leave from Friday 11 December and will be back in the office on Monday 21 December. I won't be checking emails while I'm away.\n\nFor anything urgent please call the studio on 0113 496 0571.\n\nHelen Ashworth\nAshworth Barnes Architects",
        lab(
            return_date="2026-12-21", note="architects; 'back in the office on Monday 21 December'"
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Orla Byrne", "orla@byrneshairstudio.example"),
        "2026-11-30 10:20 +0000",
        "none",
        "Hi, thanks for your message. I'm off sick at the moment and won't be looking at emails for a while. For appointments please ring the salon on 091 555 017 and one of the girls will look after you.\n\nOrla\nByrne's Hair Studio, Galway",
        lab(
            note="web-host autoresponder: no automatic headers, 'Re:' subject, not threaded; sick leave with no return date"
        ),
        region="IE",
        thread=False,
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Sabine Wolf", "s.wolf@obsthof-wolf.example"),
        "2026-11-24 09:06 +0100",
        "none",
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ich bin vom 23.11. bis 4.12. im Urlaub; Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen erreichen Sie meinen Kollegen Jonas Wolf unter j.wolf@obsthof-wolf.example.\n\nMit freundlichen Grüßen\nSabine Wolf\nObsthof Wolf GbR",
        lab(
            return_date="2026-12-04",
            note="fruit farm; 'bis 4.12.' → that date (README convention); the colleague's address is not a new_contact",
        ),
        subject="Abwesenheitsnotiz: {rsub}",
        charset="iso-8859-1",
        headers=(AUTO, XAUTO),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Gemeindeverwaltung Riedikon", "gemeindeverwaltung@riedikon.example"),
        "2026-12-18 16:45 +0100",
        "none_html",
        "Grüezi\n\nBesten Dank für Ihre Nachricht. Die Gemeindeverwaltung bleibt über die Festtage vom 19. Dezember 2026 bis und mit 3. Januar 2027 geschlossen. Ab Montag, 4. Januar 2027 sind wir gerne wieder für Sie da.\n\nIhre Nachricht wird nach unserer Rückkehr bearbeitet.\n\nFreundliche Grüsse\nGemeindeverwaltung Riedikon",
        lab(
            return_date="2027-01-04", note="Swiss municipality's Christmas closure ('bis und mit')"
        ),
        region="CH",
        subject="Automatische Antwort: {rsub}",
        headers=(XAUTO, ("Precedence", "bulk")),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Dr Claire Vasseur", "c.vasseur@cabinet-vasseur.example"),
        "2026-12-02 07:40 +0100",
        "none",
        "Bonjour,\n\nJe suis absente du cabinet du 30 novembre au 7 décembre inclus et je traiterai votre message à mon retour, le mardi 8 décembre.\n\nPour toute urgence dentaire, merci d'appeler le secrétariat au 02 99 55 01 23.\n\nDr Claire Vasseur",
        lab(
            return_date="2026-12-08",
            note="dentist; the stated day back wins over 'jusqu'au 7 inclus'",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Administration communale de Wavrelle", "no-reply@wavrelle.example"),
        "2026-11-18 11:02 +0100",
        "none_html",
        "Madame, Monsieur,\n\nNous accusons bonne réception de votre courriel, enregistré sous le numéro 2026-11-04417. Il a été transmis au service compétent, qui vous répondra dans les meilleurs délais.\n\nCeci est un message automatique : merci de ne pas y répondre.\n\nAdministration communale de Wavrelle\nService Finances",
        lab(note="Belgian municipality's ticket acknowledgement"),
        region="BE",
        subject="Accusé de réception – votre message n° 2026-11-04417",
        headers=(AUTO_GEN,),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Ing. Roberto Cárdenas", "rcardenas@cardenasyasociados.example"),
        "2026-12-14 08:00 -0600",
        "none",
        "Gracias por su correo.\n\nMe encuentro de vacaciones del 14 al 28 de diciembre, con acceso limitado al correo. Regreso a la oficina el martes 29 de diciembre.\n\nPara asuntos de facturación puede comunicarse con la Lic. Ana Paula Treviño.\n\nSaludos cordiales,\nIng. Roberto Cárdenas\nCárdenas y Asociados Arquitectos, Monterrey",
        lab(return_date="2026-12-29", note="Mexican architects; explicit day back"),
        region="MX",
        subject="Respuesta automática: {rsub}",
        headers=(AUTO,),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Lotte de Graaf", "lotte@degraafdierenartsen.example"),
        "2026-11-26 14:30 +0100",
        "none",
        "Beste afzender,\n\nIk ben met zwangerschapsverlof tot half maart en lees mijn mail in die periode niet. Voor vragen over facturen kunt u terecht bij onze praktijkmanager via info@degraafdierenartsen.example.\n\nMet vriendelijke groet,\nLotte de Graaf",
        lab(
            note="vet on maternity leave; 'tot half maart' cannot be pinned to a day; the practice mailbox is not a new_contact"
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO, XARS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Secretariaat Sint-Jozefsinstituut", "secretariaat@sji-herentals.example"),
        "2026-12-21 08:15 +0100",
        "none",
        "Beste,\n\nHet secretariaat is gesloten tijdens de kerstvakantie, van maandag 21 december tot en met zondag 3 januari. Vanaf maandag 4 januari zijn wij opnieuw bereikbaar.\n\nUw mail wordt na de vakantie behandeld.\n\nMet vriendelijke groeten,\nHet secretariaat",
        lab(
            return_date="2027-01-04",
            note="Flemish school's holiday notice without any automatic header",
        ),
        region="BE",
        subject="Afwezigheidsbericht",
        thread=False,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Giulia Rossetti", "g.rossetti@rossettiarchitetti.example"),
        "2026-11-17 09:30 +0100",
        "none",
        "Buongiorno,\n\nsono fuori ufficio fino a venerdì 20 novembre, con accesso saltuario alla posta elettronica. Risponderò al mio rientro.\n\nCordiali saluti\nGiulia Rossetti",
        lab(
            return_date="2026-11-20",
            note="'fino a venerdì 20 novembre' → that date (README convention)",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO, XAUTO),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Contabilità Cooperativa Valle Morobbia", "contabilita@coop-morobbia.example"),
        "2026-12-03 13:00 +0100",
        "none",
        "Gentili signore e signori,\n\ngrazie per il vostro messaggio, che è stato inoltrato all'ufficio contabilità. Vi risponderemo entro due giorni lavorativi.\n\nMessaggio generato automaticamente, si prega di non rispondere.\n\nCooperativa Valle Morobbia",
        lab(note="Swiss Italian farm co-operative; acknowledgement without a date"),
        region="CH",
        subject="Conferma di ricezione: {rsub}",
        headers=(("Precedence", "auto_reply"), XARS),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Greg Tillman", "gtillman@pinecrestschool.example"),
        "2026-11-20 15:30 -0500",
        "bottom",
        "Quick question while I have you – does the renewal for next school year include the cloud backup add-on, or is that billed separately? Our board sets the 2027 tech budget in January and I'd like the right number in front of them.\n\nGreg Tillman\nTechnology Coordinator, Pinecrest Christian School",
        lab(
            note="bottom-posted pricing question about next year; nothing about the overdue invoice"
        ),
        region="US",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Susan Hargreaves", "hargreavesgarage@talktalk.example"),
        "2026-12-07 13:10 +0000",
        "outlook",
        "Hello,\n\nI'm sorry to have to tell you that my husband Bill, who ran the garage, passed away at the end of October. The garage has been closed since. Our solicitors are dealing with his affairs and will be writing to everyone the business owes money to in due course.\n\nI'd be grateful if you could bear with us in the meantime.\n\nSusan Hargreaves",
        lab(
            note="bereavement; the estate's solicitors (no address) will write: a person must read it, no action fits an intent"
        ),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Fiona McAllister", "office@kilbrannan-primary.example"),
        "2026-12-01 12:40 +0000",
        "gmail",
        "Hiya,\n\nIs this the same Tallyfern that's sending someone to do the staff training on Thursday? If so, can you let them know the car park at the front is locked during the day – they'll need to come round the back by the nursery gate and buzz the office.\n\nTa,\nFiona\nOffice, Kilbrannan Primary",
        lab(note="Scottish school office; visitor logistics only"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Jörg Albrecht", "j.albrecht@albrecht-plan.example"),
        "2026-11-30 11:25 +0100",
        "thunderbird",
        "Hallo,\n\nunabhängig von dieser Rechnung eine Frage: Was genau ist in der Wartung eigentlich enthalten? Updates kommen ja ohnehin automatisch, und den Support haben wir dieses Jahr kein einziges Mal gebraucht. Wir überlegen ernsthaft, den Wartungsvertrag zum Jahresende zu kündigen.\n\nGruß\nJörg Albrecht\n-- \nAlbrecht Planung GmbH, Kassel",
        lab(
            note="question about the maintenance contract and a possible cancellation for next year; the invoice is not contested"
        ),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Père Antoine Dubreuil", "paroisse.stjoseph@diocese-dijon.example"),
        "2026-11-24 10:50 +0100",
        "gmail_plain",
        "Bonjour,\n\nPourriez-vous me téléphoner à l'occasion ? Je préfère parler de ce dossier de vive voix, il y a plusieurs choses que je ne comprends pas dans nos contrats avec vous. Je suis joignable le matin au 03 80 55 42 17.\n\nBien à vous,\nPère Antoine Dubreuil\nParoisse Saint-Joseph",
        lab(note="parish priest asks for a call; nothing specific contested"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Myriam Delcourt", "chezmyriam@proximus.example"),
        "2026-12-08 13:15 +0100",
        "iphone",
        "Bonjour,\nJe change de banque au 1er janvier. Pour la domiciliation de l'abonnement, voici mon nouveau numéro de compte : BE71 0961 2345 6769. Faut-il remplir un nouveau mandat ?\nMerci,\nMyriam\nSalon Chez Myriam",
        lab(
            note="Belgian hair salon; new account for future direct debits, says nothing about this invoice"
        ),
        region="BE",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Fernanda López", "flopez@consultoriodentalcoyoacan.example"),
        "2026-11-25 17:05 -0600",
        "bottom",
        "Hola, buenas tardes.\n\nUna consulta: ¿es posible que a partir de la próxima renovación nos facturen en pesos mexicanos en vez de dólares? Con el tipo de cambio cada mes nos sale distinto y nuestro contador prefiere todo en moneda nacional.\n\nQuedo pendiente, gracias.\nFernanda López\nConsultorio Dental Coyoacán",
        lab(note="Mexican dental practice; billing currency for the next renewal"),
        region="MX",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Talleres Hnos. Prieto", "tallerprieto@telefonica.example"),
        "2026-12-02 09:35 +0100",
        "android",
        "Buenos días, el programa de citas no me deja entrar desde ayer, me sale licencia caducada. ¿Me puede llamar alguien de soporte al taller? Estamos hasta arriba.\nManolo",
        lab(
            note="garage asks for technical support; does not link the lock-out to the unpaid invoice or contest it"
        ),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Annemiek Vos", "financien@samensterkzuid.example"),
        "2026-12-04 11:45 +0100",
        "outlook_html",
        "Goedemiddag,\n\nTer informatie: per 1 januari 2027 gaat onze stichting samen met Stichting Buurtkracht verder als Stichting Samen Sterk Drechtsteden. Het KvK-nummer en het adres wijzigen. Wilt u facturen vanaf die datum op de nieuwe naam zetten? De nieuwe gegevens stuur ik u zodra de notaris klaar is.\n\nMet vriendelijke groet,\nAnnemiek Vos\nPenningmeester",
        lab(note="charity merger from next year; not about paying this invoice"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Dr. Pieter Van Damme", "praktijk@tandartsvandamme.example"),
        "2026-11-19 12:20 +0100",
        "gmail",
        "Goeiemiddag,\n\nIk begrijp deze herinnering niet goed, en ze is dan nog in het Frans. Wij betalen toch alles via domiciliëring? Of geldt dat niet voor deze factuur? Mag iemand eens uitleggen hoe het zit?\n\nVriendelijke groeten,\nDr. Pieter Van Damme",
        lab(
            note="Flemish dentist answering a French reminder; asks whether direct debit covers this invoice, claims no payment: unclear → other"
        ),
        region="BE",
        rlang="fr",
        loc="nl",
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Segreteria IC Monte Guglielmo", "segreteria@icmonteguglielmo.example"),
        "2026-11-26 08:55 +0100",
        "outlook",
        "Buongiorno,\n\nstamattina ci sono arrivati due solleciti per la stessa fattura, uno in italiano e uno in inglese. È un errore del sistema o si tratta di due cose diverse? Ve lo chiedo per non rischiare di pagare due volte.\n\nCordiali saluti\nLa segreteria amministrativa",
        lab(note="school asks whether two reminders are one debt; nothing contested"),
        charset="windows-1252",
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Ivo Balestra", "alronco@fattoria-ronco.example"),
        "2026-12-14 18:20 +0100",
        "galaxy",
        "Buonasera,\nabbiamo venduto la fattoria, il nuovo proprietario subentra il 1° gennaio e vorrebbe continuare a usare il vostro programma per la gestione della stalla. Come funziona il trasferimento della licenza? Va fatto un nuovo contratto a nome suo?\nGrazie e saluti\nIvo Balestra",
        lab(note="Swiss Italian farm sold; licence transfer question"),
        region="CH",
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
# Bounces: machine skeletons, human-readable parts written per MTA
# --------------------------------------------------------------------------------------------

M365_SENDER = "Microsoft Outlook <postmaster@tallyfern.onmicrosoft.example>"
GMAIL_SENDER = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"


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
    after: int = 3  # minutes between sending the reminder and this report
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return (self.dt - timedelta(minutes=self.after)).astimezone(UTC)

    def reminder(self) -> Message:
        return original_reminder(self.rlang, self.rcpt, self.sent, self.key)

    def subject(self) -> str:
        return reminder_subject(self.rlang, default_invoice(self.key))


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    *,
    remote: str = "",
    queue_id: str = "",
    received_from: str = "",
) -> Message:
    head = [f"Reporting-MTA: dns; {mta}"]
    if queue_id:
        head += [f"X-Postfix-Queue-ID: {queue_id}", f"X-Postfix-Sender: rfc822; {AR_ADDR}"]
    if received_from:
        head.append(f"Received-From-MTA: dns; {received_from}")
    head.append(f"Arrival-Date: {format_datetime(b.sent)}")
    rcpt = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        rcpt.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([message_from_bytes(("\n".join(x) + "\n").encode()) for x in (head, rcpt)])
    return ds


def returned_headers(b: Bounce) -> Message:
    text = "".join(
        f"{k}: {v}\n" for k, v in b.reminder().items() if k != "Content-Transfer-Encoding"
    )
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alt(text: str, markup_body: str, charset: str = "utf-8") -> Message:
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain", charset, "qp"))
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + charset
        + '"></head><body>'
        + markup_body
        + "</body></html>\n"
    )
    alt.attach(text_part(markup, "html", charset, "qp"))
    return alt


def finish(b: Bounce, msg: Message, sender: str, subject: str) -> Message:
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, b.key, "bounce")


def bounce_m365_hard(b: Bounce) -> Message:
    local, domain = b.rcpt.split("@")
    server = "LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM"
    diag = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    created = b.sent.strftime("%d/%m/%Y %H:%M:%S")
    text = (
        f"Your message to {b.rcpt} couldn't be delivered.\n\n"
        f"{local} wasn't found at {domain}.\n\n"
        f"receivables        Office 365        {local}\n"
        "Action Required                      Recipient\n\n"
        "Unknown To address\n\n"
        "How to Fix It\n"
        "The address may be misspelled or may not exist. Try one or more of the following:\n\n"
        "- Retype the recipient's address, then resend the message. In Outlook, open this report and choose Send Again, removing the old address before adding the correct one.\n"
        "- Contact the recipient by some other means and ask for their current address.\n\n"
        "More Info for Email Admins\n"
        "Status code: 550 5.1.10\n\n"
        "The recipient's address couldn't be found at the destination domain. It may be misspelled, or the mailbox may have been removed.\n\n"
        "Original Message Details\n"
        f"Created Date: {created}\n"
        f"Sender Address: {AR_ADDR}\n"
        f"Recipient Address: {b.rcpt}\n"
        f"Subject: {b.subject()}\n\n"
        "Error Details\n"
        f"Error: {diag}\n"
        f"Message rejected by: {server}\n"
    )
    markup = (
        f'<table width="100%" style="font-family:Segoe UI,Arial,sans-serif"><tr><td style="font-size:16px">'
        f'Your message to <a href="mailto:{b.rcpt}">{b.rcpt}</a> couldn\'t be delivered.</td></tr>'
        f'<tr><td style="font-size:21px;color:#000000"><b>{html.escape(local)}</b> wasn\'t found at <b>{html.escape(domain)}</b>.</td></tr>'
        '<tr><td style="color:#C00000;font-weight:bold">Action Required</td></tr>'
        "<tr><td><b>Unknown To address</b></td></tr>"
        "<tr><td><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following:<ul>"
        "<li>Retype the recipient's address, then resend the message. In Outlook, open this report and choose <b>Send Again</b>, removing the old address before adding the correct one.</li>"
        "<li>Contact the recipient by some other means and ask for their current address.</li></ul></td></tr>"
        "<tr><td><b>More Info for Email Admins</b><br><i>Status code: 550 5.1.10</i></td></tr>"
        f"<tr><td>Error: {html.escape(diag)}<br>Message rejected by: {server}</td></tr></table>"
    )
    parts = [
        human_alt(text, markup),
        delivery_status(
            b, server, "failed", diag, received_from="LO4P265MB3880.GBRP265.PROD.OUTLOOK.COM"
        ),
        returned_headers(b),
    ]
    return finish(b, report(parts), M365_SENDER, f"Undeliverable: {b.subject()}")


def bounce_qmail_hard(b: Bounce) -> Message:
    ip = "198.51.100.61"
    text = (
        f"Hi. This is the qmail-send program at {MAIL_HOST}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"{ip} does not like recipient.\n"
        f"Remote host said: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table\n"
        f"Giving up on {ip}.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked by uid 89); {format_datetime(b.sent)}\n"
        + b.reminder().as_string()
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@{MAIL_HOST}", "failure notice")


def bounce_postfix_delay(b: Bounce) -> Message:
    remote = "mx.kestrelvalleyfarm.example"
    text = (
        f"This is the mail system at host {MAIL_HOST}.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 2 day(s) old.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: connect to {remote}[203.0.113.17]:25: Connection timed\n"
        "    out\n"
    )
    diag = f"connect to {remote}[203.0.113.17]:25: Connection timed out"
    # Postfix's own delivery-status layout: X-Postfix diagnostic type, no Remote-MTA.
    head = (
        f"Reporting-MTA: dns; {MAIL_HOST}\nX-Postfix-Queue-ID: 4Yb7Qk2mZqz9sWd\n"
        f"X-Postfix-Sender: rfc822; {AR_ADDR}\nArrival-Date: {format_datetime(b.sent)}\n"
    )
    rcpt = (
        f"Final-Recipient: rfc822; {b.rcpt}\nOriginal-Recipient: rfc822;{b.rcpt}\n"
        f"Action: delayed\nStatus: {b.status}\nDiagnostic-Code: X-Postfix; {diag}\n"
        f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}\n"
    )
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status.set_payload([message_from_bytes(block.encode()) for block in (head, rcpt)])
    human = text_part(text, "plain", "us-ascii", "7bit")
    human["Content-Description"] = "Notification"
    status["Content-Description"] = "Delivery report"
    headers = returned_headers(b)
    headers["Content-Description"] = "Undelivered Message Headers"
    return finish(
        b,
        report([human, status, headers]),
        f"MAILER-DAEMON@{MAIL_HOST} (Mail Delivery System)",
        "Delayed Mail (still being retried)",
    )


def bounce_de_hoster_hard(b: Bounce) -> Message:
    host = "mx02.hostsystem-de.example"
    diag = "550 5.2.1 Mailbox disabled, not accepting messages"
    text = (
        f"Dies ist eine automatisch erzeugte Nachricht des Mailservers {host}.\n\n"
        "Ihre Nachricht konnte an den folgenden Empfänger nicht zugestellt werden. Es handelt sich um einen dauerhaften Fehler; weitere Zustellversuche finden nicht statt.\n\n"
        f"  {b.rcpt}\n"
        "    Grund: Das Postfach des Empfängers ist deaktiviert.\n"
        f"    Antwort des Servers: {diag}\n\n"
        "Die Originalnachricht ist dieser Benachrichtigung angehängt.\n\n"
        "-- \nIhr Hostsystem-Team\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, host, "failed", diag, remote="mbox-07.hostsystem-de.example"),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        "Unzustellbar: Nachricht konnte nicht zugestellt werden",
    )


def bounce_ch_greylist(b: Bounce) -> Message:
    host = "mx.swissmail-hosting.example"
    retry = (b.sent + timedelta(days=2)).astimezone(b.dt.tzinfo).strftime("%d.%m.%Y, %H:%M")
    diag = "451 4.7.1 Greylisted, please try again later"
    text = (
        "Grüezi\n\n"
        "Dies ist nur eine Warnung, keine Fehlermeldung. Ihre Nachricht an\n\n"
        f"  {b.rcpt}\n\n"
        "konnte bisher nicht zugestellt werden, weil der Zielserver sie vorübergehend abgewiesen hat:\n\n"
        f"  {diag}\n\n"
        f"Wir versuchen es automatisch weiter, längstens bis {retry} Uhr. Sie müssen die Nachricht nicht erneut senden.\n\n"
        "Freundliche Grüsse\nIhr Mailsystem\n"
    )
    parts = [
        text_part(text, "plain", "iso-8859-1", "qp"),
        delivery_status(b, host, "delayed", diag, remote="mail.schulhaus-grund.example"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Mailsystem <postmaster@{host}>",
        "Warnung: Zustellung verzögert",
    )


def bounce_fr_quota(b: Bounce) -> Message:
    rem = b.reminder()
    sent = b.sent.astimezone(b.dt.tzinfo).strftime("%d/%m/%Y à %H:%M")
    text = (
        "Bonjour,\n\n"
        f"Le message ci-dessous, envoyé le {sent}, n'a pas encore pu être remis à son destinataire :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire a dépassé son quota (452 4.2.2 Over quota).\n\n"
        "Nous réessaierons automatiquement pendant 72 heures. Si la remise échoue toujours à l'issue de ce délai, vous recevrez un avis de non-remise définitif.\n\n"
        "-- En-têtes du message --\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {charset_safe(b.subject(), 'iso-8859-1')}\n"
        f"Date: {rem['Date']}\nMessage-ID: {rem['Message-ID']}\n"
    )
    return finish(
        b,
        text_part(text, "plain", "iso-8859-1", "qp"),
        "Service de messagerie <mailer-daemon@relais.hebergeur-pro.example>",
        "Avertissement : message en attente de remise",
    )


def bounce_gmail_es_hard(b: Bounce) -> Message:
    lines = [
        "** No se ha encontrado la dirección **",
        f"No se ha entregado tu mensaje a {b.rcpt} porque no se ha encontrado la dirección o esta no puede recibir correo.",
        "Más información: https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta del servidor remoto fue:",
        "550 5.1.1 The email account that you tried to reach does not exist. d9443c01a7336-2a1f3c0e55bsi8812345ad.412 - gsmtp",
    ]
    markup = "".join(f"<p>{html.escape(x)}</p>" for x in lines)
    diag = "550-5.1.1 The email account that you tried to reach does not exist."
    parts = [
        human_alt("\n\n".join(lines) + "\n", markup),
        delivery_status(
            b,
            "googlemail.com",
            "failed",
            diag,
            remote="gmail-smtp-in.l.google.com",
            received_from="mail-sor-f41.google.com",
        ),
        returned_headers(b),
    ]
    msg = report(parts)
    msg["X-Failed-Recipients"] = b.rcpt
    return finish(b, msg, GMAIL_SENDER, "Delivery Status Notification (Failure)")


def bounce_exchange_es_delay(b: Bounce) -> Message:
    server = "MAD1P264MB3321.ESPP264.PROD.OUTLOOK.COM"
    diag = "421 4.4.2 Connection dropped due to SocketError"
    text = (
        "La entrega a estos destinatarios o grupos se está retrasando:\n\n"
        f"{b.rcpt}\n\n"
        f"Asunto: {b.subject()}\n\n"
        "Todavía no se ha entregado este mensaje. Seguiremos intentándolo.\n\n"
        "El servidor intentará entregar el mensaje durante 1 días y 19 horas más. Si no lo consigue en ese plazo, recibirás un aviso de no entrega.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        f"Servidor de generación: {server}\n\n"
        f"Servidor receptor: mx1.colegio-losalamos.example\n\n{b.rcpt}\n"
        f"El servidor remoto devolvió '{diag}'\n"
    )
    markup = "".join(f"<p>{html_lines(p)}</p>" for p in text.strip().split("\n\n"))
    parts = [
        human_alt(text, markup),
        delivery_status(b, server, "delayed", diag, remote="mx1.colegio-losalamos.example"),
        returned_headers(b),
    ]
    return finish(b, report(parts), M365_SENDER, f"Retrasado: {b.subject()}")


def bounce_nl_policy_hard(b: Bounce) -> Message:
    host = "filter03.veiligmailen.example"
    diag = "550 5.7.1 Delivery not authorized, message refused: sender not on allow list"
    text = (
        f"Dit is een automatisch bericht van de mailfilterdienst {host}.\n\n"
        "Uw bericht is niet afgeleverd. De ontvanger accepteert alleen e-mail van afzenders die vooraf zijn goedgekeurd, en uw adres staat niet op die lijst.\n\n"
        f"Ontvanger:   {b.rcpt}\n"
        f"Reden:       {diag}\n\n"
        "Dit is een permanente fout; er volgen geen nieuwe pogingen. Neem op een andere manier contact op met de ontvanger als u denkt dat dit niet klopt.\n\n"
        "Het oorspronkelijke bericht is bijgevoegd.\n"
    )
    parts = [
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(b, host, "failed", diag),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        "Onbestelbaar: uw bericht kon niet worden afgeleverd",
    )


def bounce_exchange_nl_delay(b: Bounce) -> Message:
    server = "AM8P190MB0977.EURP190.PROD.OUTLOOK.COM"
    diag = "451 4.4.316 Connection refused [Message=Socket error code 10061]"
    stamp = b.dt.strftime("%d-%m-%Y %H:%M:%S")
    text = (
        "Bezorging bij deze geadresseerden of groepen is vertraagd:\n\n"
        f"{b.rcpt}\n\n"
        f"Onderwerp: {b.subject()}\n\n"
        "Dit bericht is nog niet bezorgd. We blijven het proberen.\n\n"
        "De server probeert het bericht nog 1 dag en 20 uur te bezorgen. Lukt dat niet binnen die tijd, dan ontvangt u een rapport over niet-bezorging.\n\n"
        "Diagnostische gegevens voor beheerders:\n\n"
        f"Genererende server: {server}\n\n"
        "Ontvangende server: mx.basisschool-klimop.example\n\n"
        f"{b.rcpt}\n{stamp} - Externe server retourneerde '{diag}'\n"
    )
    markup = "".join(f"<p>{html_lines(p)}</p>" for p in text.strip().split("\n\n"))
    parts = [
        human_alt(text, markup),
        delivery_status(b, server, "delayed", diag, remote="mx.basisschool-klimop.example"),
        returned_headers(b),
    ]
    return finish(b, report(parts), M365_SENDER, f"Vertraagd: {b.subject()}")


def bounce_it_hard(b: Bounce) -> Message:
    host = "smtp.postaitalia-pro.example"
    diag = f"550 5.1.1 <{b.rcpt}>: user unknown"
    text = (
        f"Questo è un messaggio automatico del server di posta {host}.\n\n"
        "Il messaggio allegato non è stato recapitato a uno o più destinatari. L'errore è permanente: non verranno effettuati altri tentativi.\n\n"
        f"Destinatario: {b.rcpt}\n"
        "Motivo: la casella di posta non esiste (550 5.1.1 user unknown)\n\n"
        "Verificate l'indirizzo e, se necessario, contattate il destinatario con altri mezzi.\n"
    )
    markup = "".join(f"<p>{html_lines(p)}</p>" for p in text.strip().split("\n\n"))
    parts = [
        human_alt(text, markup),
        delivery_status(b, host, "failed", diag, remote="mx.geometrabianchi.example"),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        "Notifica di mancato recapito",
    )


def bounce_it_soft(b: Bounce) -> Message:
    sent = b.sent.astimezone(b.dt.tzinfo).strftime("%d/%m/%Y alle %H:%M")
    retry = (b.sent + timedelta(days=3)).astimezone(b.dt.tzinfo).strftime("%d/%m/%Y")
    text = (
        "AVVISO DI RITARDO NELLA CONSEGNA - nessuna azione richiesta\n\n"
        f"Il messaggio che avete inviato il {sent}\n"
        f"    a:       {b.rcpt}\n"
        f"    oggetto: {charset_safe(b.subject(), 'iso-8859-1')}\n"
        "non è ancora stato consegnato: la casella del destinatario è temporaneamente sospesa\n"
        "(452 4.2.1 mailbox temporarily disabled).\n\n"
        f"Il sistema ritenterà la consegna ogni ora fino al {retry}. Se non riuscirà entro tale\n"
        "termine, riceverete un avviso di mancato recapito definitivo.\n\n"
        "Servizio posta elettronica - mail.colline-web.example\n"
    )
    return finish(
        b,
        text_part(text, "plain", "iso-8859-1", "qp"),
        "Sistema di posta <postmaster@mail.colline-web.example>",
        "Avviso: consegna ritardata",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.10",
            "accounts@harlowdentalcare.example",
            "2026-11-16 09:06 +0000",
            "en",
            note="Microsoft 365 NDR, recipient not found",
        ),
        bounce_m365_hard,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "office@thornbury-vets.example",
            "2026-12-01 09:08 +0000",
            "en",
            note="qmail failure notice: not MIME, returned message inline",
        ),
        bounce_qmail_hard,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "accounts@kestrelvalleyfarm.example",
            "2026-11-25 13:12 +0000",
            "en",
            after=245,
            note="Postfix delay warning (connection timed out)",
        ),
        bounce_postfix_delay,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.2.1",
            "info@praxis-dr-kuehn.example",
            "2026-11-19 10:09 +0100",
            "de",
            note="German hosting provider, mailbox disabled, full message returned",
        ),
        bounce_de_hoster_hard,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.7.1",
            "verwaltung@schulhaus-grund.example",
            "2026-12-08 10:41 +0100",
            "de",
            after=35,
            note="Swiss provider's greylisting warning in ISO-8859-1",
        ),
        bounce_ch_greylist,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "soft",
            "4.2.2",
            "secretariat@ecole-lesiris.example",
            "2026-11-27 12:04 +0100",
            "fr",
            after=120,
            note="non-standard French notice, single text/plain part; over quota",
        ),
        bounce_fr_quota,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "clinicadentalmiramar@gmail.com",
            "2026-12-03 10:07 +0100",
            "es",
            note="Gmail DSN in Spanish",
        ),
        bounce_gmail_es_hard,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.2",
            "administracion@colegio-losalamos.example",
            "2026-12-15 14:20 +0100",
            "es",
            after=310,
            note="Exchange delay notice in Spanish",
        ),
        bounce_exchange_es_delay,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.7.1",
            "info@bloemisterij-vandaalen.example",
            "2026-11-23 10:05 +0100",
            "nl",
            note="filtering service refuses senders not on an allow list: permanent, hard",
        ),
        bounce_nl_policy_hard,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "4.4.316",
            "secretariaat@basisschool-klimop.example",
            "2026-12-10 14:33 +0100",
            "nl",
            after=330,
            note="Exchange delay notice in Dutch with a three-digit detail code",
        ),
        bounce_exchange_nl_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.1.1",
            "studio@geometrabianchi.example",
            "2026-11-30 10:06 +0100",
            "it",
            note="Italian provider report with the full message",
        ),
        bounce_it_hard,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.2.1",
            "info@agrifarm-colli.example",
            "2026-12-16 14:02 +0100",
            "it",
            after=240,
            note="non-standard Italian delay notice, plain text in ISO-8859-1",
        ),
        bounce_it_soft,
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
    label.update(invoice_refs=[], language=b.lang, note=b.note)
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
    styles = Counter(r.style for r in REPLIES)
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    print("styles:", dict(sorted(styles.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
