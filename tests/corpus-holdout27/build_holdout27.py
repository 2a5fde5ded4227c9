# ruff: noqa: E501, RUF001
# The hand-written texts keep one paragraph a line, as mail clients send them, and use the
# typographic quotes, dashes and non-breaking habits that people and their clients really type.
"""Build held-out reply corpus 27: `h27-NNN.eml` files and `labels.jsonl`.

Every message answers (or bounces) an overdue-invoice reminder sent by the receivables desk of
Lindqvist Translation Services. The new text of each message is written by hand below. The
script only adds what a mail client or a mail server would add: the quoted reminder in the
client's layout and language, envelope and client headers, MIME structure, charsets and transfer
encodings. It writes next to itself, deterministically, and parses every file back as a check.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import random
import re
import sys
import uuid
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
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "h27"
SEED = 20261127
AR_NAME = "Lindqvist Receivables"
AR_ADDR = "receivables@lindqvist-translations.example"
AR_DOMAIN = "lindqvist-translations.example"
MX_HOST = "mx1.lindqvist-translations.example"
OUT_HOST = "smtp-out.lindqvist-translations.example"
HOME_TZ = timezone(timedelta(hours=1))
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
# Which optional label fields each intent may carry.
ALLOWED = {
    "payment_sent": {"paid_date", "payment_reference", "amount", "currency"},
    "promise_to_pay": {"promised_date", "amount", "currency"},
    "dispute": set(),
    "payment_plan": set(),
    "invoice_request": set(),
    "wrong_contact": {"new_contact"},
    "unsubscribe": set(),
    "auto_reply": {"return_date"},
    "bounce": {"bounce_kind", "failed_recipient", "bounce_status"},
    "other": set(),
}

# --------------------------------------------------------------------------------------------
# Locale tables
# --------------------------------------------------------------------------------------------

DAY_NAMES = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
DAY_ABBR = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
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

# Attribution lines, one family per client.
GMAIL_ATTRIBUTION = {
    "en": "On {dab}, {mab} {d}, {y} at {h12}:{mi} {ampm} {name} <{addr}> wrote:",
    "de": "Am {dab}, {d}. {mab} {y} um {HH}:{mi} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dab} {d} {mab} {y} à {HH}:{mi}, {name} <{addr}> a écrit :",
    "es": "El {dab}, {d} {mab} {y} a las {H}:{mi}, {name} (<{addr}>) escribió:",
    "nl": "Op {dab} {d} {mab} {y} om {HH}:{mi} schreef {name} <{addr}>:",
    "it": "Il giorno {dab} {d} {mab} {y} alle ore {HH}:{mi} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mab} {y}, at {HH}:{mi}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{mi} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mab} {y} à {HH}:{mi}, {name} <{addr}> a écrit :",
    "es": "El {d} {mab} {y}, a las {H}:{mi}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mab} {y}, om {HH}:{mi} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mab} {y}, alle ore {HH}:{mi}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mm}/{y} {HH}:{mi}, {name} wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{mi} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{mi}, {name} a écrit :",
    "es": "El {d}/{mm}/{y} a las {H}:{mi}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{mi} schreef {name}:",
    "it": "Il {dd}/{mm}/{y} {HH}:{mi}, {name} ha scritto:",
}
# Outlook header block: separator line, From, Sent, To, Subject, and "label: value" joiner.
OUTLOOK_BLOCK = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_SENT = {
    "en": "{dname}, {d} {mname} {y} {HH}:{mi}",
    "de": "{dname}, {d}. {mname} {y} {HH}:{mi}",
    "fr": "{dname} {d} {mname} {y} {HH}:{mi}",
    "es": "{dname}, {d} de {mname} de {y} {H}:{mi}",
    "nl": "{dname} {d} {mname} {y} {HH}:{mi}",
    "it": "{dname} {d} {mname} {y} {HH}:{mi}",
}
OUTLOOK_PREFIX = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
AUTO_PREFIX = {
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
# Samsung Email: signature, separator, From, Date, To, Subject.
SAMSUNG_BLOCK = {
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
# Zimbra web client: separator, From, To, Sent, Subject.
ZIMBRA_BLOCK = {
    "en": ("----- Original Message -----", "From", "To", "Sent", "Subject"),
    "de": ("----- Ursprüngliche Mail -----", "Von", "An", "Gesendet", "Betreff"),
    "fr": ("----- Mail original -----", "De", "À", "Envoyé", "Objet"),
    "es": ("----- Mensaje original -----", "De", "Para", "Enviados", "Asunto"),
    "nl": ("----- Oorspronkelijk bericht -----", "Van", "Aan", "Verzonden", "Onderwerp"),
    "it": ("----- Messaggio originale -----", "Da", "A", "Inviato", "Oggetto"),
}
ZIMBRA_SENT = {
    "en": "{dname}, {d} {mname} {y} {HH}:{mi}:{ss}",
    "de": "{dname}, {d}. {mname} {y} {HH}:{mi}:{ss}",
    "fr": "{dname} {d} {mname} {y} {HH}:{mi}:{ss}",
    "es": "{dname}, {d} de {mname} de {y} {H}:{mi}:{ss}",
    "nl": "{dname} {d} {mname} {y} {HH}:{mi}:{ss}",
    "it": "{dname} {d} {mname} {y} {HH}:{mi}:{ss}",
}

# --------------------------------------------------------------------------------------------
# The reminder that every reply answers (written for this corpus)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Outstanding invoice {inv}",
    "de": "Offene Rechnung {inv} – Zahlungserinnerung",
    "fr": "Facture impayée {inv}",
    "es": "Factura pendiente {inv} – recordatorio",
    "nl": "Openstaande factuur {inv}",
    "it": "Fattura scaduta {inv} – sollecito",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We have not yet received payment for the invoice below, which is now past its due date.\n\n"
        "  Invoice no.:    {inv}\n  Invoice date:   16/10/2026\n  Due date:       15/11/2026\n  Amount due:     {amt}\n\n"
        "If payment is already on its way, please tell us the date and the reference so that we can match it. If something on the invoice needs correcting, simply reply to this message.\n\n"
        "Best regards,\n\n"
        "Accounts Receivable\nLindqvist Translation Services\nTranslation · Interpreting · Localisation\n"
        "receivables@lindqvist-translations.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die folgende Rechnung konnten wir bisher keinen Zahlungseingang feststellen; das Zahlungsziel ist überschritten.\n\n"
        "  Rechnungsnr.:    {inv}\n  Rechnungsdatum:  16.10.2026\n  Fällig am:       15.11.2026\n  Offener Betrag:  {amt}\n\n"
        "Falls die Zahlung bereits unterwegs ist, nennen Sie uns bitte Datum und Verwendungszweck, damit wir sie zuordnen können. Ist an der Rechnung etwas zu berichtigen, antworten Sie einfach auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\n"
        "Debitorenbuchhaltung\nLindqvist Translation Services\nÜbersetzen · Dolmetschen · Lokalisierung"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Nous n'avons pas encore reçu le règlement de la facture ci-dessous, dont l'échéance est dépassée.\n\n"
        "  N° de facture :    {inv}\n  Date de facture :  16/10/2026\n  Échéance :         15/11/2026\n  Montant dû :       {amt}\n\n"
        "Si le paiement est déjà en cours, merci de nous en indiquer la date et la référence afin que nous puissions le rapprocher. Si la facture doit être corrigée, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service comptabilité clients\nLindqvist Translation Services\nTraduction · Interprétation · Localisation"
    ),
    "es": (
        "Buenos días:\n\n"
        "Todavía no hemos recibido el pago de la factura que figura a continuación, cuyo vencimiento ya ha pasado.\n\n"
        "  N.º de factura:     {inv}\n  Fecha de factura:   16/10/2026\n  Vencimiento:        15/11/2026\n  Importe pendiente:  {amt}\n\n"
        "Si el pago ya está en camino, indíquenos la fecha y la referencia para que podamos conciliarlo. Si hay algo que corregir en la factura, basta con responder a este mensaje.\n\n"
        "Un saludo,\n\n"
        "Cuentas por cobrar\nLindqvist Translation Services\nTraducción · Interpretación · Localización"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Wij hebben de betaling van onderstaande factuur nog niet ontvangen; de vervaldatum is inmiddels verstreken.\n\n"
        "  Factuurnummer:      {inv}\n  Factuurdatum:       16-10-2026\n  Vervaldatum:        15-11-2026\n  Openstaand bedrag:  {amt}\n\n"
        "Is de betaling al onderweg, laat ons dan de datum en het kenmerk weten, zodat wij haar kunnen afletteren. Moet er iets aan de factuur worden aangepast, reageer dan gewoon op dit bericht.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenadministratie\nLindqvist Translation Services\nVertalen · Tolken · Lokalisatie"
    ),
    "it": (
        "Buongiorno,\n\n"
        "non risulta ancora pervenuto il pagamento della fattura sotto indicata, la cui scadenza è ormai superata.\n\n"
        "  Fattura n.:      {inv}\n  Data fattura:    16/10/2026\n  Scadenza:        15/11/2026\n  Importo dovuto:  {amt}\n\n"
        "Se il pagamento è già stato disposto, vi chiediamo di indicarci data e riferimento, così da poterlo abbinare. Se la fattura va corretta, è sufficiente rispondere a questo messaggio.\n\n"
        "Cordiali saluti,\n\n"
        "Contabilità clienti\nLindqvist Translation Services\nTraduzione · Interpretariato · Localizzazione"
    ),
}
CURRENCY_SIGN = {"EUR": "€", "GBP": "£", "USD": "USD", "CHF": "CHF"}
# What a Latin-1 client does to characters it cannot send.
LATIN1_FALLBACK = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "...", "‘": "'"}


def money(amount: str, currency: str, lang: str) -> str:
    """The amount as the reminder template prints it in `lang`."""
    whole, cents = amount.split(".")
    grouped = f"{int(whole):,}"
    sign = CURRENCY_SIGN[currency]
    if lang == "en":
        return f"{sign}{grouped}.{cents}" if len(sign) == 1 else f"{sign} {grouped}.{cents}"
    number = grouped.replace(",", " " if lang == "fr" else ".") + "," + cents
    if len(sign) > 1:
        return f"{sign} {number}"
    return f"{number} {sign}" if lang in {"de", "fr", "es"} else f"{sign} {number}"


def latin1_text(text: str) -> str:
    for bad, good in LATIN1_FALLBACK.items():
        text = text.replace(bad, good)
    return text


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{salt}|{key}".encode()).digest()


def number(key: str, salt: str, modulo: int) -> int:
    return int.from_bytes(digest(key, salt)[:8], "big") % modulo


def b32(key: str, salt: str, n: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:n]


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
    rlang: str = ""  # language of the reminder, when it differs from the reply
    loc: str = ""  # language of the client's own chrome (attribution line, signature)
    inv: str = ""  # invoice on the reminder; derived from the key when empty
    amount: str = ""  # amount on the reminder, "1234.50"; derived from the key when empty
    cur: str = ""  # currency on the reminder; EUR, or GBP for English, when empty
    subject: str = ""  # overrides the client's "Re:" subject; "{rsub}" is the reminder's
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    attach: tuple[str, bytes] | None = None
    cc: tuple[str, str] | None = None
    return_path: str = ""  # envelope sender, when it is not the From address
    threaded: bool = True  # False for messages that are not replies (payment advices)

    @property
    def reminder_lang(self) -> str:
        return self.rlang or self.lang

    @property
    def client_lang(self) -> str:
        return self.loc or self.lang

    @property
    def dt(self) -> datetime:
        base = datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")
        return base.replace(second=number(self.key, "second", 60))

    @property
    def invoice(self) -> str:
        return self.inv or f"LT26-{3400 + number(self.key, 'invoice', 2600):05d}"

    @property
    def currency(self) -> str:
        return self.cur or ("GBP" if self.reminder_lang == "en" else "EUR")

    @property
    def due_amount(self) -> str:
        if self.amount:
            return self.amount
        cents = (0, 0, 20, 40, 50, 75, 80)[number(self.key, "cents", 7)]
        return f"{280 + number(self.key, 'amount', 5600)}.{cents:02d}"


def lab(
    refs: tuple[str, ...] = (), note: str | None = None, **fields: str | None
) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, ids and text helpers
# --------------------------------------------------------------------------------------------


def date_words(loc: str, dt: datetime) -> dict[str, str]:
    return {
        "dname": DAY_NAMES[loc][dt.weekday()],
        "dab": DAY_ABBR[loc][dt.weekday()],
        "mname": MONTH_NAMES[loc].split()[dt.month - 1],
        "mab": MONTH_ABBR[loc].split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mm": f"{dt.month:02d}",
        "y": str(dt.year),
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mi": f"{dt.minute:02d}",
        "ss": f"{dt.second:02d}",
        "h12": str((dt.hour - 1) % 12 + 1),
        "ampm": "AM" if dt.hour < 12 else "PM",
    }


def render(template: str, loc: str, dt: datetime, **extra: str) -> str:
    return template.format(**date_words(loc, dt), **extra)


def reminder_sent(reply: datetime) -> datetime:
    """The reminder run goes out on the previous working day, shortly after 08:30 Lindqvist time,
    shown in the replying client's own time zone."""
    day = reply.astimezone(HOME_TZ) - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    sent = day.replace(hour=8, minute=31 + day.day % 11, second=day.day % 50)
    tz = reply.tzinfo or HOME_TZ
    return sent.astimezone(tz)


def reminder_msgid(key: str) -> str:
    return f"<ar.{b32(key, 'reminder', 18).lower()}@{AR_DOMAIN}>"


def reply_msgid(key: str, style: str, addr: str) -> str:
    domain = addr.split("@")[1]
    raw = digest(key, "message-id")
    if style.startswith("gmail") or style in {"bottom", "inline"}:
        tail = base64.urlsafe_b64encode(raw).decode().rstrip("=")
        return f"<CA{tail[:2].upper()}{tail[2:44]}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        return f"<{b32(key, 'ms', 24)}@{b32(key, 'msh', 8)}.EURP195.PROD.OUTLOOK.COM>"
    if style.startswith(("apple", "iphone")):
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "samsung":
        return f"<{raw.hex()[:10]}.{number(key, 'sam', 10**6)}@email.android.com>"
    if style == "zimbra":
        return f"<{number(key, 'zim', 10**9)}.{number(key, 'zim2', 10**8)}.{number(key, 'zim3', 10**13)}.JavaMail.zimbra@{domain}>"
    h = raw.hex()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def quote_lines(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html_lines(p)}</p>" for p in text.split("\n\n"))


def div_lines(text: str) -> str:
    return "\n".join(
        f"<div>{html.escape(line, quote=False) if line else '<br>'}</div>"
        for line in text.split("\n")
    )


def word_paragraphs(text: str, lang: str) -> str:
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        out.append(f'<p class="MsoNormal"><span lang="{lang}">{inner}</span><o:p></o:p></p>')
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------

BODY_ENCODING = {"qp": cs.QP, "b64": cs.BASE64, "8bit": 0, "7bit": 0}  # 0: sent as is


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part the way the client encodes it.

    `latin1-lie` is a client that declares iso-8859-1 but sends Windows-1252 bytes (the euro sign
    and curly quotes land in the C1 range)."""
    if charset == "latin1-lie":
        data = text.encode("cp1252")
        part = MIMENonMultipart("text", subtype, charset="iso-8859-1")
        part.set_payload(quopri.encodestring(data).decode("ascii"))
        part["Content-Transfer-Encoding"] = "quoted-printable"
        return part
    text.encode(charset)  # fails loudly if a hand-written text does not fit its charset
    chosen = cs.Charset(charset)
    chosen.body_encoding = BODY_ENCODING[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def header_charset(charset: str) -> str:
    return {"latin1-lie": "iso-8859-1"}.get(charset, charset)


def encode_header(value: str, charset: str, name: str = "Subject") -> str:
    """The header as the client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    chosen = header_charset(charset)
    try:
        value.encode(chosen)
    except UnicodeEncodeError:
        chosen = "utf-8"
    return Header(value, chosen, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encode_header(name, charset, 'From')} <{addr}>"


def fit(text: str, charset: str) -> str:
    """Replace what a Latin-1 client cannot send (the reminder it quotes loses € and dashes)."""
    return latin1_text(text) if charset == "iso-8859-1" else text


# --------------------------------------------------------------------------------------------
# The reminder being answered, as each client shows it
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amount: str, currency: str) -> str:
    return REMINDER_BODY[lang].format(inv=inv, amt=money(amount, currency, lang))


@dataclass(frozen=True)
class Quote:
    """What the reply quotes: the reminder, seen from the replying client."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str


def make_quote(r: Reply) -> Quote:
    lang = r.reminder_lang
    text = fit(reminder_body(lang, r.invoice, r.due_amount, r.currency), r.charset)
    subject = fit(reminder_subject(lang, r.invoice), r.charset)
    name, addr = r.who
    to = f"{name} <{addr}>" if name else addr
    return Quote(text, subject, reminder_sent(r.dt), r.client_lang, to)


def outlook_lines(q: Quote) -> list[str]:
    _, frm, sent, to, subj, sep = OUTLOOK_BLOCK[q.loc]
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{render(OUTLOOK_SENT[q.loc], q.loc, q.sent)}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def gmail_attribution(q: Quote) -> str:
    return render(GMAIL_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_attribution(q: Quote) -> str:
    return render(APPLE_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME, addr=AR_ADDR)


def alternative(r: Reply, text: str, markup: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", r.charset, r.cte))
    outer.attach(text_part(markup, "html", r.charset, r.cte))
    return outer


WORD_LANG = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}


def word_document(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup, the grey rule above the header block."""
    _, frm, sent, to, subj, sep = OUTLOOK_BLOCK[q.loc]
    pairs = zip((frm, sent, to, subj), outlook_lines(q), strict=True)
    head = "<br>\n".join(
        f"<b>{label}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1], quote=False)}"
        for label, line in pairs
    )
    lang = WORD_LANG[r.lang]
    meta = "windows-1252" if r.charset == "latin1-lie" else r.charset
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={meta}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply; color:windowtext;}\n"
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body, lang)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span lang="{lang}" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{head}</span><o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text, lang)}\n"
        "</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_BLOCK[q.loc][0], *outlook_lines(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_lines(q), "", q.text, ""])
    return alternative(r, text, word_document(r, q))


def style_html_only(r: Reply, q: Quote) -> Message:
    return text_part(word_document(r, q), "html", r.charset, r.cte)


def style_owa(r: Reply, q: Quote) -> Message:
    lines = outlook_lines(q)
    text = "\n".join([r.body, "", "_" * 32, *lines, "", q.text, ""])
    sep = OUTLOOK_BLOCK[q.loc][5]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1], quote=False)}"
        for line in lines
    )
    markup = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">\n<div class="PlainText">{html_lines(q.text)}</div>\n</span></font></div>\n'
        "</body>\n</html>\n"
    )
    return alternative(r, text, markup)


def style_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_lines(q))
    text = f"{r.body}\n\n{ANDROID_SIGNATURE[q.loc]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_quote_html(q: Quote, attribution: str) -> str:
    return (
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution, quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )


def style_gmail(r: Reply, q: Quote) -> Message:
    attribution = gmail_attribution(q)
    text = f"{r.body}\n\n{attribution}\n\n{quote_lines(q.text)}\n"
    markup = f'<div dir="ltr">{html_lines(r.body)}</div><br>{gmail_quote_html(q, attribution)}'
    return alternative(r, text, markup)


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_bottom(r: Reply, q: Quote) -> Message:
    """Bottom-posted: the quote first, the answer underneath."""
    text = f"{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n\n{r.body}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_inline(r: Reply, q: Quote) -> Message:
    """The answer written into the quote, under the paragraph with the invoice details."""
    paragraphs = q.text.split("\n\n")
    head = quote_lines("\n\n".join(paragraphs[:3]))
    tail = quote_lines("\n\n".join(paragraphs[3:]))
    text = f"{gmail_attribution(q)}\n\n{head}\n\n{r.body}\n\n{tail}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quote) -> Message:
    text = f"{r.body}\n\n{apple_attribution(q)}\n\n{quote_lines(q.text)}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_apple_html(r: Reply, q: Quote) -> Message:
    attribution = apple_attribution(q)
    text = f"{r.body}\n\n{attribution}\n\n{quote_lines(q.text)}\n"
    markup = (
        '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{div_lines(r.body)}<div><br><blockquote type="cite"><div>{html.escape(attribution, quote=False)}</div><br>'
        f"<div><div>{html_paragraphs(q.text)}</div></div></blockquote></div><br></body></html>\n"
    )
    return alternative(r, text, markup)


def style_iphone(r: Reply, q: Quote) -> Message:
    quoted = quote_lines(f"{apple_attribution(q)}\n\n{q.text}")
    return text_part(
        f"{r.body}\n\n{IPHONE_SIGNATURE[q.loc]}\n\n{quoted}\n", "plain", r.charset, r.cte
    )


def style_thunderbird(r: Reply, q: Quote) -> Message:
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME)
    part = text_part(
        f"{r.body}\n\n{attribution}\n{quote_lines(q.text)}\n", "plain", r.charset, r.cte
    )
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def style_tb_html(r: Reply, q: Quote) -> Message:
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.loc], q.loc, q.sent, name=AR_NAME)
    text = f"{r.body}\n\n{attribution}\n{quote_lines(q.text)}\n"
    markup = (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        f'    <meta http-equiv="Content-Type" content="text/html; charset={r.charset.upper()}">\n'
        "  </head>\n  <body>\n"
        f"    <p>{html_lines(r.body)}</p>\n"
        f'    <div class="moz-cite-prefix">{html.escape(attribution, quote=False)}<br>\n    </div>\n'
        '    <blockquote type="cite">\n'
        f"      {html_paragraphs(q.text)}\n"
        "    </blockquote>\n  </body>\n</html>\n"
    )
    return alternative(r, text, markup)


def samsung_block(q: Quote) -> list[str]:
    _, sep, frm, dat, to, subj = SAMSUNG_BLOCK[q.loc]
    offset = q.sent.utcoffset() or timedelta()
    hours = int(offset.total_seconds() // 3600)
    stamp = f"{q.sent:%d/%m/%Y %H:%M} (GMT{hours:+03d}:00) "
    return [
        sep,
        f"{frm}: {AR_NAME} <{AR_ADDR}> ",
        f"{dat}: {stamp}",
        f"{to}: {q.to} ",
        f"{subj}: {q.subject} ",
    ]


def style_samsung(r: Reply, q: Quote) -> Message:
    signature = SAMSUNG_BLOCK[q.loc][0]
    block = samsung_block(q)
    text = f"{r.body}\n\n\n\n{signature}\n\n\n" + "\n".join(block) + f"\n\n{q.text}\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'<div dir="auto">{html_lines(r.body)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
        f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{html.escape(signature)}</div></div>'
        '<div dir="auto"><br></div><div><br></div>'
        f'<div align="left" dir="auto" style="font-size:100%;color:#000000"><div>{html.escape(block[0])}</div>'
        + "".join(f"<div>{html.escape(line, quote=False)}</div>" for line in block[1:])
        + f"</div>{html_paragraphs(q.text)}</body></html>\n"
    )
    return alternative(r, text, markup)


def zimbra_lines(q: Quote) -> list[str]:
    _, frm, to, sent, subj = ZIMBRA_BLOCK[q.loc]
    return [
        f'{frm}: "{AR_NAME}" <{AR_ADDR}>',
        f"{to}: {q.to}",
        f"{sent}: {render(ZIMBRA_SENT[q.loc], q.loc, q.sent)}",
        f"{subj}: {q.subject}",
    ]


def style_zimbra(r: Reply, q: Quote) -> Message:
    lines = zimbra_lines(q)
    text = "\n".join([r.body, "", ZIMBRA_BLOCK[q.loc][0], *lines, "", q.text, ""])
    head = "<br>".join(
        f"<b>{html.escape(line.split(': ', 1)[0])}: </b>{html.escape(line.split(': ', 1)[1], quote=False)}"
        for line in lines
    )
    markup = (
        '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 10pt; color: #000000">'
        f"{div_lines(r.body)}<div><br></div>"
        '<hr id="zwchr"><div data-marker="__HEADERS__">'
        f"{head}<br></div><div><br></div>"
        f'<div data-marker="__QUOTED_TEXT__">{html_paragraphs(q.text)}</div></div></body></html>\n'
    )
    return alternative(r, text, markup)


def style_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and payment advices quote nothing
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_none_html(r: Reply, q: Quote) -> Message:
    del q  # the body is already HTML
    return text_part(r.body + "\n", "html", r.charset, r.cte)


def style_ooo_outlook(r: Reply, q: Quote) -> Message:
    del q  # Exchange automatic replies quote nothing
    markup = (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n<div style="font-family: Aptos, sans-serif; font-size: 12pt;">\n'
        f"{html_paragraphs(r.body)}\n</div>\n</body>\n</html>\n"
    )
    return alternative(r, r.body + "\n", markup)


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
    "thunderbird": style_thunderbird,
    "tb_html": style_tb_html,
    "samsung": style_samsung,
    "zimbra": style_zimbra,
    "none": style_none,
    "none_html": style_none_html,
    "ooo_outlook": style_ooo_outlook,
}
OUTLOOK_FAMILY = {"outlook", "outlook_html", "html_only", "owa", "android", "ooo_outlook"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "apple_html": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C152)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "tb_html": (("User-Agent", "Mozilla Thunderbird"),),
    "zimbra": (
        ("X-Mailer", "Zimbra 10.0.9_GA_4675 (ZimbraWebClient - GC131 (Win)/10.0.9_GA_4675)"),
    ),
}


def hexid(key: str, salt: str) -> str:
    return digest(key, salt).hex()


def boundary(family: str, key: str, n: int, host: str = MX_HOST) -> str:
    """A fixed boundary shaped like the sending software's own."""
    salt = f"boundary{n}"
    h = hexid(key, salt)
    shapes = {
        "gmail": "0" * 12 + h[:16],
        "apple": "Apple-Mail=_" + str(uuid.UUID(bytes=digest(key, salt)[:16])).upper(),
        "outlook": f"_00{n}_{b32(key, salt, 30)}_",
        "thunderbird": "-" * 12 + b32(key, salt, 24),
        "samsung": f"--_com.samsung.android.email_{number(key, salt, 10**15)}",
        "zimbra": f"=_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}",
        "mta": f"{b32(key, salt, 10)}.{1795000000 + number(key, salt, 10**6)}/{host}",
    }
    default = f"----=_Part_{number(key, salt, 10**6)}_{number(key, 'x' + salt, 10**9)}.{1795000000000 + number(key, 'y' + salt, 10**9)}"
    return shapes.get(family, default)


BOUNDARY_FAMILY = {
    "gmail": "gmail",
    "gmail_plain": "gmail",
    "apple": "apple",
    "apple_html": "apple",
    "iphone": "apple",
    "thunderbird": "thunderbird",
    "tb_html": "thunderbird",
    "samsung": "samsung",
    "zimbra": "zimbra",
}


def boundary_family(style: str) -> str:
    if style in OUTLOOK_FAMILY:
        return "outlook"
    return BOUNDARY_FAMILY.get(style, "other")


def mime_headers_last(msg: Message) -> None:
    """Put the MIME headers below the others, where mail software writes them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"


def drop_inner_versions(part: Message, top: bool = True) -> None:
    """MIME-Version belongs to the top of a message (or of a message it carries) only."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        inner_top = part.get_content_type() == "message/rfc822"
        for sub in part.get_payload():
            if isinstance(sub, Message):
                drop_inner_versions(sub, top=inner_top)


def set_boundaries(msg: Message, key: str, family: str, host: str) -> None:
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(boundary(family, key, n, host))


def finalize(msg: Message, key: str, family: str, host: str = MX_HOST) -> Message:
    mime_headers_last(msg)
    drop_inner_versions(msg)
    set_boundaries(msg, key, family, host)
    return msg


def sender_host(style: str, addr: str, key: str) -> str:
    domain = addr.split("@")[1]
    if style.startswith("gmail") or style in {"bottom", "inline"} or domain == "gmail.com":
        return f"mail-{('ej1', 'wr1', 'lf1', 'ed1', 'wm1')[number(key, 'h', 5)]}-f{40 + number(key, 'h2', 60)}.google.com"
    if style in OUTLOOK_FAMILY:
        return f"mail-{('db8', 'am6', 'vi1', 'he1', 'fr2')[number(key, 'h', 5)]}eur0{1 + number(key, 'h2', 5)}on2{number(key, 'h3', 1000):03d}.outbound.protection.outlook.com"
    if style.startswith(("apple", "iphone")) and domain.endswith("icloud.com"):
        return f"st43p00im-zteg{number(key, 'h', 9)}0{number(key, 'h2', 10)}.me.com"
    return f"mail.{domain}"


def sender_ip(key: str) -> str:
    net = ("192.0.2", "198.51.100", "203.0.113")[number(key, "net", 3)]
    return f"{net}.{10 + number(key, 'ip', 240)}"


def envelope(key: str, return_path: str, helo: str, when: datetime) -> bytes:
    """What the receiving server puts on top: Return-Path, Delivered-To and one Received line."""
    arrived = (when + timedelta(seconds=2 + number(key, "delay", 20))).astimezone(HOME_TZ)
    queue_id = b32(key, "queue", 12)
    lines = [
        f"Return-Path: <{return_path}>",
        f"Delivered-To: {AR_ADDR}",
        f"Received: from {helo} ({helo} [{sender_ip(key)}])",
        f"\tby {MX_HOST} (Postfix) with ESMTPS id {queue_id}",
        f"\tfor <{AR_ADDR}>; {format_datetime(arrived)}",
    ]
    return ("\n".join(lines) + "\n").encode("ascii")


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject)
    if r.style in OUTLOOK_FAMILY:
        return OUTLOOK_PREFIX[q.loc] + q.subject
    return "Re: " + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    tag = {"en": "en-GB"}.get(r.lang, f"{r.lang}-{r.lang.upper()}")
    return [
        ("Thread-Topic", encode_header(q.subject, r.charset, "Thread-Topic")),
        ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
        ("Accept-Language", f"{tag}, en-US"),
        ("Content-Language", tag),
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


def build_reply(r: Reply) -> bytes:
    q = make_quote(r)
    msg = with_attachment(r, STYLES[r.style](r, q))
    msg["From"] = mailbox(*r.who, r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = mailbox(*r.cc, r.charset)
    msg["Subject"] = encode_header(reply_subject(r, q), r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, r.style, r.who[1])
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    finalize(msg, r.key, boundary_family(r.style))
    return_path = r.return_path or r.who[1]
    helo = sender_host(r.style, return_path, r.key)
    return envelope(r.key, return_path, helo, r.dt) + msg.as_bytes()


# --------------------------------------------------------------------------------------------
# Small invented attachments
# --------------------------------------------------------------------------------------------


def tiny_pdf(title: str) -> bytes:
    """A one-page PDF stub with a title line, enough for a client to show an attachment."""
    stream = f"BT /F1 11 Tf 56 780 Td ({title}) Tj ET".encode("latin-1")
    return (
        b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"
        b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
        b"4 0 obj\n<< /Length "
        + str(len(stream)).encode()
        + b" >>\nstream\n"
        + stream
        + b"\nendstream\nendobj\n"
        b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")


# --------------------------------------------------------------------------------------------
# The hand-written replies
# --------------------------------------------------------------------------------------------

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Graham Tulloch", "graham@tulloch-language.example"),
        "2026-11-24 18:41 +0000",
        "iphone",
        "Paid.",
        lab(note="one-word 'Paid.' in answer to the reminder: payment_sent without a date"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Corvane GBS Payments", "no-reply.payments@corvane-gbs.example"),
        "2026-12-01 06:12 +0100",
        "none_html",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Arial,sans-serif;font-size:10pt">\n'
        "<p>Dear Supplier,</p>\n"
        "<p>Please find below the details of a payment made to your account. This payment advice is generated automatically; the amount will be credited by your bank in line with its usual processing times.</p>\n"
        '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">\n'
        "<tr><td><b>Payer</b></td><td>Corvane Holdings B.V. (company code NL20)</td></tr>\n"
        "<tr><td><b>Payee</b></td><td>Lindqvist Translation Services (vendor 300418)</td></tr>\n"
        "<tr><td><b>Payment document</b></td><td>2000481736</td></tr>\n"
        "<tr><td><b>Payment date</b></td><td>01.12.2026</td></tr>\n"
        "<tr><td><b>Payment method</b></td><td>SEPA credit transfer</td></tr>\n"
        "<tr><td><b>Currency</b></td><td>EUR</td></tr>\n"
        "</table>\n<br>\n"
        '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">\n'
        '<tr style="background:#D9E1F2"><th>Your invoice</th><th>Document date</th><th>Our document</th><th align="right">Gross</th><th align="right">Discount</th><th align="right">Paid</th></tr>\n'
        '<tr><td>LT26-04861</td><td>14.10.2026</td><td>5105527741</td><td align="right">3,120.00</td><td align="right">0.00</td><td align="right">3,120.00</td></tr>\n'
        '<tr><td>LT26-04902</td><td>21.10.2026</td><td>5105529018</td><td align="right">862.40</td><td align="right">0.00</td><td align="right">862.40</td></tr>\n'
        '<tr><td colspan="5"><b>Total</b></td><td align="right"><b>3,982.40</b></td></tr>\n'
        "</table>\n"
        "<p>For questions about this payment please quote the payment document number. Replies to this address are not read.</p>\n"
        "<p>Corvane Global Business Services &ndash; Accounts Payable EMEA<br>\nul. Przemysłowa 40, 30-701 Kraków</p>\n"
        "</body></html>",
        lab(
            ("LT26-04861", "LT26-04902"),
            paid_date="2026-12-01",
            payment_reference="2000481736",
            amount="3982.40",
            currency="EUR",
            note="AP-system payment advice, HTML-only and not in the reminder thread; the total of both invoices is the amount paid",
        ),
        subject="Payment Advice – Corvane Holdings B.V. – Payment document 2000481736",
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver Application Server ABAP 7.58")),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Devin Okafor", "devin.okafor@hexpinestudios.example"),
        "2026-11-30 08:15 -0800",
        "gmail",
        "Hi there,\n\nThis went out last Friday by international wire – USD 7,450.00, our bank ref is HXP-WIRE-112726-03. Our side shows it as completed, so it's probably sitting with an intermediary bank. Ping me if it hasn't landed by Wednesday and I'll get our bank to trace it.\n\nThanks for your patience (and for turning the Korean strings around so fast).\n\nDevin Okafor\nLocalization Producer | Hexpine Studios\nSeattle, WA",
        lab(
            paid_date="2026-11-27",
            payment_reference="HXP-WIRE-112726-03",
            amount="7450.00",
            currency="USD",
            note="'last Friday' from Monday 30 Nov (Pacific time); 'by Wednesday' is a tracing deadline, not a promise",
        ),
        inv="LT26-05388",
        amount="7450.00",
        cur="USD",
    ),
    Reply(
        "ps-en-4",
        "payment_sent",
        "en",
        ("Asha Menon", "asha.menon.translates@gmail.com"),
        "2026-12-16 22:47 +0000",
        "android",
        "done",
        lab(
            note="bare 'done' from a freelance agent answering the reminder: read as paid, no date"
        ),
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Sabine Kröger", "s.kroeger@brenner-vogt.example"),
        "2026-11-30 09:47 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nder Rechnungsbetrag von 2.418,50 € zu Ihrer Rechnung LT26-04377 (beglaubigte Übersetzungen der Gesellschafterliste) wurde am 25.11.2026 an Sie überwiesen, Verwendungszweck „BV-114-26“. Ihre Erinnerung und unsere Zahlung haben sich offenbar überschnitten.\n\nMit freundlichen Grüßen\n\ni. A. Sabine Kröger\nBuchhaltung\n\nBRENNER VOGT Rechtsanwälte PartG mbB\nPrinzregentenufer 12 · 80538 München\nTel. +49 89 5550 3120 · Fax +49 89 5550 3129\n\nDiese Nachricht kann vertrauliche oder dem Berufsgeheimnis unterliegende Informationen enthalten. Sollten Sie nicht der vorgesehene Empfänger sein, benachrichtigen Sie uns bitte und löschen Sie die Nachricht; jede Weitergabe oder Verwendung ihres Inhalts ist untersagt. Sitz der Partnerschaft: München, Partnerschaftsregister AG München PR 2741.",
        lab(
            ("LT26-04377",),
            paid_date="2026-11-25",
            payment_reference="BV-114-26",
            amount="2418.50",
            currency="EUR",
        ),
        inv="LT26-04377",
        amount="2418.50",
        charset="windows-1252",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Jannik Petersen", "jannik@spielwerk-interactive.example"),
        "2026-12-02 16:20 +0100",
        "gmail_plain",
        "Moin,\n\nist raus – hab's eben per Echtzeitüberweisung geschickt. Sorry, ist im Crunch vor dem Early-Access-Release untergegangen.\n\nGruß\nJannik\n\n-- \nJannik Petersen · Producer\nSpielwerk Interactive GmbH · Hamburg",
        lab(paid_date="2026-12-02", note="'eben' (just now) is the message date"),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Nadège Fontaine", "nadege.fontaine@ch-valmorin.example"),
        "2026-11-30 11:05 +0100",
        "zimbra",
        "Bonjour,\n\nLe mandat de paiement de votre facture LT26-03981 a été émis le 19 novembre et transmis au comptable public. Le virement a été exécuté par la trésorerie le 26/11/2026 sous la référence MDT 2026-11873 ; il devrait apparaître sur votre relevé dans les prochains jours.\n\nCordialement,\n\nNadège Fontaine\nBureau des mandatements – Direction des affaires financières\nCentre hospitalier de Valmorin\n2 avenue des Tilleuls – 71990 Valmorin",
        lab(
            ("LT26-03981",),
            paid_date="2026-11-26",
            payment_reference="MDT 2026-11873",
            note="public hospital: the mandate was issued on 19 Nov, the transfer executed on 26 Nov; the transfer is the payment",
        ),
        inv="LT26-03981",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Camille Roux", "camille@roux-traductions.example"),
        "2026-12-03 10:12 +0100",
        "iphone",
        "Bonjour,\n\nC'est réglé depuis ce matin par virement, désolée pour le retard ! Mon client final m'a enfin payée hier, je vous ai fait le virement dans la foulée.\n\nBonne journée,\nCamille",
        lab(
            paid_date="2026-12-03",
            note="freelance agent; her own client paying her yesterday is not this payment; 'ce matin' is the message date",
        ),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Lucía Ferrándiz", "administracion@editorialalcotan.example"),
        "2026-12-01 12:30 +0100",
        "outlook_html",
        "Buenos días:\n\nOs adjunto el justificante de la transferencia de la factura LT26-04219 por 1.275,00 €, que hicimos el viernes pasado. Perdonad el retraso: la factura se quedó en el departamento de producción en lugar de llegar a administración.\n\nUn saludo,\n\nLucía Ferrándiz\nAdministración\nEditorial Alcotán, S.L.\nC/ del Impresor 14, 28012 Madrid\n\nAVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine. Conforme al RGPD, sus datos se tratan únicamente para gestionar la relación comercial.",
        lab(
            ("LT26-04219",),
            paid_date="2026-11-27",
            amount="1275.00",
            currency="EUR",
            note="'el viernes pasado' from Tuesday 1 Dec; transfer receipt attached as a PDF",
        ),
        inv="LT26-04219",
        amount="1275.00",
        attach=(
            "justificante_transferencia_LT26-04219.pdf",
            tiny_pdf("Justificante de transferencia"),
        ),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Crediteurenadministratie Ziekenhuis Rijnweide", "crediteuren@rijnweide-zkh.example"),
        "2026-11-25 14:02 +0100",
        "outlook",
        "Geachte heer, mevrouw,\n\nUw factuur LT26-05044 is op 24 november 2026 betaald. Het bedrag van EUR 940,50 is overgemaakt onder betalingskenmerk 1126 4471 0098 5523.\n\nWij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.\n\nMet vriendelijke groet,\n\nM. (Marieke) Zwart\nCrediteurenadministratie | Financiën & Control\nZiekenhuis Rijnweide\n\nDit bericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de juiste ontvanger, meld dit dan aan de afzender en verwijder het bericht. Aan dit bericht kunnen geen rechten worden ontleend.",
        lab(
            ("LT26-05044",),
            paid_date="2026-11-24",
            payment_reference="1126 4471 0098 5523",
            amount="940.50",
            currency="EUR",
        ),
        inv="LT26-05044",
        amount="940.50",
        charset="iso-8859-1",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Fleur Jansen", "fleur@kattenkwaadgames.example"),
        "2026-11-23 15:30 +0100",
        "inline",
        "Volgens mij hebben we deze allang betaald? Hij is op 13 november de deur uit gegaan, samen met de factuur voor de Japanse build. Kunnen jullie even checken of het bij jullie binnen is?\n\nGroetjes, Fleur",
        lab(
            paid_date="2026-11-13",
            note="payment claim phrased as a question, with the date stated; answered inline under the invoice details",
        ),
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        (
            "Segreteria amministrativa – Studio Legale Ferraresi",
            "amministrazione@studioferraresi.example",
        ),
        "2026-12-11 17:05 +0100",
        "outlook",
        "Buonasera,\n\nin data odierna abbiamo disposto il bonifico di € 1.630,00 a saldo della vostra fattura LT26-04690 (traduzione giurata degli atti di causa). In allegato la contabile; TRN 0306992471180512480360IT.\n\nCordiali saluti\n\nDott.ssa Elena Bassi\nSegreteria amministrativa\nStudio Legale Ferraresi & Associati\nVia Castiglione 21 – 40124 Bologna\n\nIl presente messaggio e i suoi allegati sono riservati e destinati esclusivamente al destinatario indicato. Qualora lo abbiate ricevuto per errore, vi preghiamo di informarne il mittente e di cancellarlo. Ogni utilizzo non autorizzato è vietato ai sensi del Regolamento (UE) 2016/679.",
        lab(
            ("LT26-04690",),
            paid_date="2026-12-11",
            payment_reference="0306992471180512480360IT",
            amount="1630.00",
            currency="EUR",
            note="'in data odierna' is the message date",
        ),
        inv="LT26-04690",
        amount="1630.00",
        charset="windows-1252",
        attach=("Contabile_bonifico_LT26-04690.pdf", tiny_pdf("Contabile bonifico SEPA")),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Rosa Delgado-Hart", "rosa@delgadohart-languages.example"),
        "2026-11-28 10:20 +0000",
        "gmail",
        "Hi both,\n\nSorry this has dragged on. My end client finally paid me on Thursday, but it was an international payment and my bank has put a hold on it for checks. Once the funds clear on Monday I'll send yours straight over – the full amount, not a part payment.\n\nThanks for bearing with me,\nRosa\n\nRosa Delgado-Hart\nDelgado-Hart Languages – project management & subcontracting\n+44 7700 900418",
        lab(
            promised_date="2026-11-30",
            note="event promise: 'once the funds clear on Monday' pins the day; her client paying her is not a payment to Lindqvist",
        ),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Priya Raman", "p.raman@marlowequist.example"),
        "2026-12-08 11:32 +0000",
        "outlook_html",
        "Dear Sir or Madam,\n\nThank you for your email. Invoice LT26-04588 (interpreting at the arbitration hearing, 2–4 November) has now been approved by the supervising partner and is included in our payment run on Thursday 17 December. The amount of £3,215.00 will reach your account the same day by Faster Payment.\n\nKind regards,\n\nPriya Raman\nAccounts Payable Assistant\nMarlowe & Quist LLP\n14 Fenwright Street, London EC4A 9QX\n\nMarlowe & Quist LLP is a limited liability partnership registered in England and Wales (number OC418872) and is authorised and regulated by the Solicitors Regulation Authority. This email and any attachments are confidential and may be privileged. If you have received it in error, please notify the sender and delete it. We will never change our bank details by email; please call us to verify any request to do so.",
        lab(("LT26-04588",), promised_date="2026-12-17", amount="3215.00", currency="GBP"),
        inv="LT26-04588",
        amount="3215.00",
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Tomasz Wójcik", "ap.vendorqueries@corvane-gbs.example"),
        "2026-11-25 13:47 +0100",
        "owa",
        "Dear Supplier,\n\nThank you for contacting Accounts Payable – Vendor Queries.\n\nInvoice LT26-05210 was blocked for payment because the goods receipt had not been posted by the requester in our Amsterdam office. The receipt was confirmed this morning and the block has been released. The invoice will have been paid by the end of next week at the latest.\n\nKind regards,\nTomasz Wójcik\nAP Vendor Queries | Corvane Global Business Services, Kraków\nCase reference: AP-NL-2026-0088412",
        lab(
            ("LT26-05210",),
            promised_date="2026-12-04",
            note="future perfect 'will have been paid' is a promise; 'by the end of next week' from Wed 25 Nov → Fri 4 Dec",
        ),
        inv="LT26-05210",
        cur="EUR",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Rechnungseingang Klinikum Hohenfels", "rechnungseingang@klinikum-hohenfels.example"),
        "2026-12-03 10:40 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nIhre Rechnung LT26-04455 (Dolmetscheinsätze Kardiologie, Oktober) liegt derzeit zur sachlichen Freigabe bei der Stationsleitung. Nach der Freigabe wird sie mit dem nächsten Zahlungslauf beglichen; dieser ist für nächste Woche vorgesehen.\n\nMit freundlichen Grüßen\n\nim Auftrag\nD. Hoffmann\nRechnungseingang / Kreditorenbuchhaltung\nKlinikum Hohenfels gGmbH\n\nDiese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Adressaten bestimmt. Die Klinikum Hohenfels gGmbH unterliegt der Schweigepflicht nach § 203 StGB.",
        lab(
            ("LT26-04455",),
            promised_date="2026-12-07",
            note="'nächste Woche' → Monday of next week; the pending approval does not make it a dispute",
        ),
        inv="LT26-04455",
        charset="iso-8859-1",
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Lukas Amrein", "l.amrein@amrein-gasser.example"),
        "2026-11-30 15:12 +0100",
        "thunderbird",
        "Guten Tag\n\nBesten Dank für die Erinnerung. Wir werden den Betrag von CHF 4'180.00 bis spätestens am 15. Dezember begleichen; die Zahlung ist im E-Banking bereits erfasst und auf dieses Datum terminiert.\n\nFreundliche Grüsse\n\nLukas Amrein\nAmrein Gasser Rechtsanwälte AG\nLöwenstrasse 40, 8001 Zürich",
        lab(
            promised_date="2026-12-15",
            amount="4180.00",
            currency="CHF",
            note="Swiss number format; a transfer entered in e-banking for a future date is still a promise",
        ),
        inv="LT26-04102",
        amount="4180.00",
        cur="CHF",
        cte="8bit",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Bertrand Lemaire", "b.lemaire@editionsduheron.example"),
        "2026-11-25 09:50 +0100",
        "apple",
        "Bonjour,\n\nVotre facture LT26-04031 passera au prochain règlement fournisseurs, qui a lieu le 10 de chaque mois : vous serez donc payés le jeudi 10 décembre.\n\nBien à vous,\n\nBertrand Lemaire\nResponsable administratif et financier\nÉditions du Héron\n18 rue des Cordiers, 75005 Paris",
        lab(("LT26-04031",), promised_date="2026-12-10"),
        inv="LT26-04031",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Álex Navarro", "alex@nubecitagames.example"),
        "2026-12-09 23:10 +0100",
        "iphone",
        "perdón!! se me pasó por completo. mañana a primera hora os hago la transferencia sin falta",
        lab(promised_date="2026-12-10", note="written late at night: 'mañana' is Thursday 10 Dec"),
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        (
            "Servicio de Contabilidad – Hospital Comarcal de Vallbruna",
            "contabilidad@hcvallbruna.example",
        ),
        "2026-12-04 12:15 +0100",
        "outlook",
        "Buenos días:\n\nLes informamos de que la factura LT26-04527 figura como conformada en el Registro Contable de Facturas y está pendiente de la fiscalización de Intervención. Una vez fiscalizada, el pago se realizará antes del 31 de diciembre de 2026.\n\nAtentamente,\n\nServicio de Contabilidad\nHospital Comarcal de Vallbruna\n\nEste correo electrónico y, en su caso, cualquier fichero anexo al mismo contienen información confidencial dirigida exclusivamente a su destinatario. Queda prohibida su divulgación, copia o distribución a terceros sin la autorización previa y por escrito del Hospital.",
        lab(
            ("LT26-04527",),
            promised_date="2026-12-31",
            note="public hospital; 'antes del 31 de diciembre' → that date",
        ),
        inv="LT26-04527",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Joost van der Meer", "joost@uitgeverijdeklaproos.example"),
        "2026-12-14 10:05 +0100",
        "samsung",
        "Goedemorgen,\n\nKlopt, die hebben we nog niet betaald – excuses. Hij zit in de betaalrun van vrijdag 18 december, dus aan het eind van deze week staat het geld bij jullie.\n\nGroet,\nJoost\n\nJoost van der Meer\nFinanciële administratie | Uitgeverij De Klaproos",
        lab(
            promised_date="2026-12-18",
            note="'nog niet betaald' (not paid yet) plus a dated promise",
        ),
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Sanne de Wit", "s.dewit@vanrijckevorsel-advocaten.example"),
        "2026-11-24 16:48 +0100",
        "html_only",
        "Geachte heer, mevrouw,\n\nDe partners keuren donderdag de kostendeclaraties van november goed. Uw factuur LT26-04936 staat op die lijst en wordt na goedkeuring dezelfde dag nog voldaan.\n\nMet vriendelijke groet,\n\nSanne de Wit\nOffice manager\nVan Rijckevorsel Advocaten N.V.\nLijnbaansgracht 318, 1017 WZ Amsterdam\n\nOp al onze diensten zijn de algemene voorwaarden van Van Rijckevorsel Advocaten N.V. van toepassing; daarin is een beperking van de aansprakelijkheid opgenomen. Dit bericht kan vertrouwelijke informatie bevatten.",
        lab(
            ("LT26-04936",),
            promised_date="2026-11-26",
            note="event promise: paid on the day the partners approve, Thursday 26 Nov",
        ),
        inv="LT26-04936",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        (
            "UOC Bilancio e Contabilità – Ospedale San Teodoro",
            "contabilita.fornitori@ospedalesanteodoro.example",
        ),
        "2026-11-23 11:20 +0100",
        "outlook",
        "Gentili signori,\n\nin riferimento al vostro sollecito vi comunichiamo che la fattura LT26-03877 è stata liquidata dal servizio competente e sarà pagata entro fine mese.\n\nDistinti saluti\n\nUOC Bilancio e Contabilità\nOspedale San Teodoro – Azienda Ospedaliera\n\nAi sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679, le informazioni contenute in questo messaggio sono riservate e a uso esclusivo del destinatario.",
        lab(
            ("LT26-03877",),
            promised_date="2026-11-30",
            note="'liquidata' means approved for payment, not paid; 'entro fine mese' → 30 Nov",
        ),
        inv="LT26-03877",
        charset="latin1-lie",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Giulia Marchetti", "giulia.marchetti.traduzioni@gmail.com"),
        "2026-12-15 19:02 +0100",
        "gmail",
        "Ciao,\n\nscusate il ritardo. Ho subappaltato a voi la parte in tedesco del manuale e il mio cliente non mi ha ancora pagato. Appena ricevo il suo bonifico vi pago subito, tutto in una volta. Spero a giorni.\n\nUn saluto,\nGiulia",
        lab(note="freelance agent; promise tied to her own client's payment, no date"),
    ),
]

DISPUTE = [
    Reply(
        "ds-en-1",
        "dispute",
        "en",
        ("Kendra Liu", "kendra.liu@brightmoorinteractive.example"),
        "2026-11-24 09:18 -0600",
        "gmail",
        "Hi,\n\nWe're holding this one. LT26-04975 bills 48,200 words for the Korean and Japanese LQA pass, but the handoff kit was 31,750 new words – the rest were 100% matches from the TM, which your quote (Q-2026-118) says are billed at 0%. Please send a corrected invoice for the new words only and we'll process it right away.\n\nThanks,\nKendra\n\nKendra Liu | Localization Manager\nBrightmoor Interactive | Austin, TX",
        lab(
            ("LT26-04975",),
            note="word count contested against the quote; the corrected-invoice request is part of the dispute",
        ),
        inv="LT26-04975",
        amount="9640.00",
        cur="USD",
    ),
    Reply(
        "ds-en-2",
        "dispute",
        "en",
        ("Martin Ellery", "accounts@harrowgatepress.example"),
        "2026-11-27 14:05 +0000",
        "outlook",
        "Hello,\n\nTwo separate things here.\n\nLT26-04133 was paid on 20 November with our weekly run, so please check your ledger for that one.\n\nLT26-04310 we are disputing. The order was for translation plus an independent proofread by a second native speaker, and the copy that came back had clearly not been proofread – our editor found mistranslated captions on almost every spread and spent four days fixing them. We are not prepared to pay the proofreading line (£1,140.00) and would like to discuss a reduction on the rest.\n\nRegards,\n\nMartin Ellery\nFinance Manager\nHarrowgate Press Ltd\nThe Old Maltings, Wharf Lane, Harrowgate HG9 4PL",
        lab(
            ("LT26-04133", "LT26-04310"),
            note="one invoice paid, another disputed: dispute wins for the disputed part",
        ),
        inv="LT26-04310",
    ),
    Reply(
        "ds-en-3",
        "dispute",
        "en",
        ("Helen Oduya", "helen.oduya@northmere-hospital.example"),
        "2026-12-02 15:26 +0000",
        "outlook_html",
        "Good afternoon,\n\nWe have NOT paid this invoice because the interpreter never arrived for the 12 November outpatient clinic. The patient had to be rebooked, and when our clinic coordinator rang your bookings line that morning she was told the Tigrinya interpreter had been reassigned. We will not be paying for a session that did not take place.\n\nPlease cancel LT26-05163 or issue a credit note.\n\nHelen Oduya\nInterpreting Services Coordinator\nNorthmere General Hospital\n\nThis e-mail and any attachments are intended solely for the addressee and may contain confidential information. If you are not the intended recipient, please inform the sender and delete the message. Northmere General Hospital does not accept liability for viruses.",
        lab(("LT26-05163",), note="negated payment with the reason (interpreter no-show): dispute"),
        inv="LT26-05163",
    ),
    Reply(
        "ds-de-1",
        "dispute",
        "de",
        ("Dr. Konstanze Albrecht", "k.albrecht@verlag-sternwarte.example"),
        "2026-12-08 11:55 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nder Rechnung LT26-04266 müssen wir widersprechen. Die Übersetzung des Sachbuchs „Atlas der dunklen Himmel“ musste von unserem Lektorat in wesentlichen Teilen neu gefasst werden: falsche Fachbegriffe, ausgelassene Absätze, teils sinnentstellende Wendungen. Eine Stichprobe von 40 Seiten mit den Anmerkungen des Lektorats ist beigefügt.\n\nIn der berechneten Höhe werden wir die Rechnung nicht begleichen. Wir schlagen ein Gespräch über eine angemessene Minderung vor.\n\nMit freundlichen Grüßen\n\nDr. Konstanze Albrecht\nProgrammleitung Sachbuch\nVerlag Sternwarte GmbH & Co. KG\nUhlandshöhe 4, 70188 Stuttgart",
        lab(("LT26-04266",), note="quality complaint with a refusal to pay the invoiced amount"),
        inv="LT26-04266",
        attach=("Stichprobe_Lektorat_S-1-40.pdf", tiny_pdf("Stichprobe Lektorat")),
    ),
    Reply(
        "ds-de-2",
        "dispute",
        "de",
        ("Kreditorenbuchhaltung Helvion SSC", "kreditoren.de@helvion-ssc.example"),
        "2026-12-16 08:40 +0100",
        "owa",
        "Sehr geehrte Damen und Herren,\n\nIhre Rechnung LT26-05347 wurde in unserem System zur Zahlung gesperrt. Der berechnete Stundensatz für Konferenzdolmetschen (145,00 €) weicht vom Preis der Bestellung 4500771203 (125,00 €) ab; eine Preisänderung wurde von unserem Einkauf nicht freigegeben.\n\nBitte senden Sie uns eine Gutschrift sowie eine neue Rechnung zum vereinbarten Preis. Eine Zahlung des Differenzbetrags erfolgt nicht.\n\nMit freundlichen Grüßen\n\nKreditorenbuchhaltung DACH\nHelvion Shared Services s.r.o. – Bratislava\nTicket: KRED-2026-33871",
        lab(
            ("LT26-05347",),
            note="price differs from the purchase order and is contested: dispute, although a new invoice is asked for; German reply, in an English-language web client, to an English reminder",
        ),
        inv="LT26-05347",
        rlang="en",
        loc="en",
        cur="EUR",
    ),
    Reply(
        "ds-fr-1",
        "dispute",
        "fr",
        ("Hélène Aubertin", "h.aubertin@aubertin-avocats.example"),
        "2026-11-23 17:30 +0100",
        "gmail",
        "Bonjour,\n\nJe conteste cette facture. Vous nous facturez l'intégralité de la vacation d'interprétation du 6 novembre, alors que l'audience a été renvoyée et que nous avons annulé la réservation par écrit le 3 novembre, soit 72 heures à l'avance. Vos conditions générales prévoient une annulation sans frais jusqu'à 48 heures avant la prestation.\n\nMerci d'annuler la facture LT26-03918 ou d'émettre un avoir.\n\nCordialement,\n\nHélène Aubertin\nAvocate au Barreau de Lyon\nCabinet Aubertin Avocats – 27 quai Saint-Vincent, 69001 Lyon",
        lab(("LT26-03918",), note="cancellation fee contested under the supplier's own terms"),
        inv="LT26-03918",
    ),
    Reply(
        "ds-fr-2",
        "dispute",
        "fr",
        ("Yanis Berrada", "compta@studiolucarne.example"),
        "2026-12-10 14:20 +0100",
        "tb_html",
        "Bonjour,\n\nLa facture LT26-04018 fait doublon avec la LT26-03864, que nous avons réglée le 2 novembre : même bon de commande (BC-2026-071), même volume (18 400 mots, localisation FR > DE/IT de l'interface), même montant. Nous ne la réglerons donc pas.\n\nPouvez-vous l'annuler de votre côté et nous le confirmer par retour ?\n\nMerci,\nYanis Berrada\nComptabilité – Studio Lucarne\nMontpellier",
        lab(
            ("LT26-03864", "LT26-04018"),
            note="duplicate billing; the payment mentioned is of the earlier invoice, not of this one",
        ),
        inv="LT26-04018",
    ),
    Reply(
        "ds-es-1",
        "dispute",
        "es",
        ("Ignacio Olmedo", "i.olmedo@bufeteolmedo.example"),
        "2026-11-25 19:45 +0100",
        "apple",
        "Buenas tardes:\n\nNo hemos pagado esta factura porque la traducción jurada nunca llegó a nuestro despacho. Necesitábamos los originales firmados y sellados para presentarlos en el Juzgado el día 20 y tuvimos que encargarlos de urgencia a otro traductor.\n\nNo vamos a abonar un servicio que no se ha prestado. Les ruego que anulen la factura.\n\nAtentamente,\n\nIgnacio Olmedo\nSocio director\nOlmedo & Sáez Abogados\nC/ de Fortuny 41, 28010 Madrid",
        lab(note="negated payment with the reason (sworn translation never delivered): dispute"),
    ),
    Reply(
        "ds-es-2",
        "dispute",
        "es",
        ("Núria Puig", "nuria.puig@edicionesmareaalta.example"),
        "2026-12-14 13:02 +0100",
        "gmail",
        "Hola,\n\nEl viernes pagamos la parte de la factura LT26-05276 que no está en discusión, 2.100,00 €. Los 640,00 € restantes corresponden a un recargo por urgencia que nunca se pactó: el plazo de entrega lo fijasteis vosotros en el presupuesto. Ese importe no lo vamos a pagar mientras no nos enseñéis dónde se acordó.\n\nSaludos,\nNúria Puig\nResponsable de producción\nEdiciones Marea Alta",
        lab(
            ("LT26-05276",),
            note="undisputed part paid, surcharge contested: dispute wins over the payment claim",
        ),
        inv="LT26-05276",
        amount="2740.00",
    ),
    Reply(
        "ds-nl-1",
        "dispute",
        "nl",
        ("Tolkencoördinatie De Lindehoeve", "tolkendienst@lindehoeve-zkh.example"),
        "2026-12-04 09:25 +0100",
        "outlook",
        "Goedemorgen,\n\nWij betalen factuur LT26-05011 niet in deze vorm. Er worden 14 tolkuren in rekening gebracht voor de week van 26 oktober, maar volgens de aanwezigheidsregistratie van de polikliniek was de tolk in totaal 9 uur aanwezig. De urenbriefjes die wij van jullie tolk terugkregen, zijn niet door ons afgetekend.\n\nGraag een gecorrigeerde factuur voor 9 uur.\n\nMet vriendelijke groet,\n\nIngrid Bakker\nCoördinator tolkendiensten\nStreekziekenhuis De Lindehoeve",
        lab(
            ("LT26-05011",),
            note="hours contested; the corrected-invoice request follows from the dispute",
        ),
        inv="LT26-05011",
        charset="iso-8859-1",
    ),
    Reply(
        "ds-it-1",
        "dispute",
        "it",
        ("Davide Colombo", "davide@luporossogames.example"),
        "2026-12-01 10:33 +0100",
        "apple_html",
        "Buongiorno,\n\nsulla fattura LT26-04725 c'è un problema. Il contratto di localizzazione prevede una penale del 10% per ogni settimana di ritardo, e i testi in francese e spagnolo ci sono arrivati con due settimane di ritardo rispetto alla milestone del 2 ottobre. L'importo corretto è quindi 4.960,00 € e non 6.200,00 €.\n\nAttendiamo una nota di credito per la differenza, poi paghiamo.\n\nDavide Colombo\nProducer – Lupo Rosso Games S.r.l.",
        lab(
            ("LT26-04725",), note="late-delivery penalty deducted; payment only after a credit note"
        ),
        inv="LT26-04725",
        amount="6200.00",
    ),
    Reply(
        "ds-it-2",
        "dispute",
        "it",
        ("Marta Rinaldi", "marta@edizionicivetta.example"),
        "2026-12-17 18:15 +0100",
        "iphone",
        "Scusate ma questa revisione noi non l'abbiamo mai ordinata. Avevamo chiesto solo un preventivo. Non la paghiamo.\nMarta",
        lab(note="service never ordered"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Callum Rennie", "callum@rennie-subtitling.example"),
        "2026-11-30 12:44 +0000",
        "gmail_plain",
        "Hi,\n\nI know this is well overdue. Could I pay it in three chunks? £500 this week, £500 in mid-January and the last £480 at the end of February. My biggest client went into administration in October owing me a five-figure sum and cash flow has been grim since.\n\nIf that works I'll set up the first transfer as soon as you confirm.\n\nCheers,\nCallum\n\n--\nCallum Rennie\nRennie Subtitling – subtitling & translation project management\nGlasgow",
        lab(note="three instalments proposed; the first transfer waits for a yes"),
        inv="LT26-04580",
        amount="1480.00",
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Orla Fitzgerald", "orla@tidewrackgames.example"),
        "2026-12-11 16:05 +0000",
        "apple_html",
        "Hi there,\n\nSorry for the silence. We're between milestones and our publisher's next payment only lands on 12 January. Would it be OK if we paid half of LT26-05322 now and the other half on 15 January? I can send the first €2,900 today if that's agreeable.\n\nThanks a million,\nOrla\n\nOrla Fitzgerald\nCo-founder, Tidewrack Games\nDublin",
        lab(
            ("LT26-05322",),
            note="half now and half in January, asked for: payment_plan, nothing paid yet",
        ),
        inv="LT26-05322",
        amount="5800.00",
        cur="EUR",
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        (
            "Accounts Payable – Kelvedon Community Hospital",
            "accounts.payable@kelvedon-hospital.example",
        ),
        "2026-12-17 10:10 +0000",
        "outlook",
        "Dear Lindqvist Translation Services,\n\nFollowing a review of our cash position, the Finance Committee has approved settling a number of outstanding supplier balances, including yours, in four equal monthly instalments starting on 8 January 2027.\n\nPlease confirm by return whether this arrangement is acceptable, and we will set up the standing payments.\n\nYours faithfully,\n\nR. Okonkwo\nHead of Financial Accounts\nKelvedon Community Hospital\n\nThis message may contain confidential or patient-identifiable information and is intended only for the addressee.",
        lab(note="instalments starting in January; plan dates are not labelled"),
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Henrike Vosskamp", "vosskamp@edition-feldlerche.example"),
        "2026-11-25 20:14 +0100",
        "thunderbird",
        "Guten Abend,\n\nvielen Dank für die Erinnerung, Sie haben ja recht. Wir sind ein kleiner Verlag, und das Herbstprogramm hat uns finanziell ziemlich ausgeblutet. Wäre eine Ratenzahlung in drei Monatsraten zu je 600 EUR möglich, beginnend am 15. Dezember?\n\nMit herzlichem Gruß\nHenrike Vosskamp\nEdition Feldlerche, Lübeck",
        lab(),
        inv="LT26-04390",
        amount="1800.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Mirela Kovač", "mirela.kovac@sprachbruecke-agentur.example"),
        "2026-12-15 12:33 +0100",
        "iphone",
        "Hallo,\nich überweise heute 1.000 € und den Rest Mitte Januar, sobald mein Auftraggeber gezahlt hat. Geht das für Sie in Ordnung?\nLG Mirela",
        lab(note="part payment today and the rest later → payment_plan, not payment_sent"),
        inv="LT26-05266",
        amount="2350.00",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Sophie Garnier", "s.garnier@garnier-delattre.example"),
        "2026-11-27 11:08 +0100",
        "outlook_html",
        "Madame, Monsieur,\n\nNous accusons réception de votre relance. Compte tenu d'un décalage de trésorerie lié au règlement tardif d'honoraires par l'un de nos clients, nous vous proposons un échéancier en trois versements mensuels de 1 540 €, le premier le 15 décembre, puis le 15 janvier et le 15 février.\n\nNous restons à votre disposition pour en discuter.\n\nBien cordialement,\n\nSophie Garnier\nSecrétaire générale\nGarnier Delattre Avocats AARPI\n42 rue de Miromesnil, 75008 Paris\n\nCe message et ses pièces jointes sont confidentiels et couverts par le secret professionnel de l'avocat. S'il ne vous est pas destiné, merci de le détruire et d'en avertir l'expéditeur.",
        lab(note="three dated instalments: payment_plan; the first date is not a promised_date"),
        inv="LT26-04160",
        amount="4620.00",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Théo Marchand", "theo@pixelbrume.example"),
        "2026-12-09 08:52 +0100",
        "android",
        "Bonjour, on ne pourra pas tout payer d'un coup avant la sortie du jeu. On peut faire 1 500 € par mois jusqu'à ce que ce soit soldé, premier versement lundi prochain. Ça vous irait ?\nThéo",
        lab(
            note="French reply to an English reminder; the first instalment date is not a promised_date"
        ),
        inv="LT26-05093",
        rlang="en",
        cur="EUR",
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Rocío Benítez", "rocio.benitez@azaharsur.example"),
        "2026-12-03 10:40 +0100",
        "gmail",
        "Buenos días:\n\n¿Sería posible fraccionar el pago de la factura LT26-04984 en dos plazos? La mitad antes de Navidad y el resto a finales de enero, cuando cobremos la subvención del Ministerio para la traducción.\n\nQuedo a la espera de vuestra respuesta.\n\nUn saludo,\nRocío Benítez\nEditorial Azahar Sur",
        lab(("LT26-04984",)),
        inv="LT26-04984",
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Mateo Ruiz", "mateo.ruiz.traducciones@gmail.com"),
        "2026-12-07 21:30 +0100",
        "samsung",
        "Hola, ahora mismo no puedo pagar todo. Os propongo 300 € cada viernes hasta saldarlo, empezando este viernes. Si os parece bien me decís.",
        lab(note="weekly instalments proposed by a freelance agent"),
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("mr. P. Hoogendijk", "p.hoogendijk@hoogendijk-sterk.example"),
        "2026-12-01 14:15 +0100",
        "outlook",
        "Geachte heer, mevrouw,\n\nNaar aanleiding van uw herinnering het volgende. Wij stellen voor het openstaande bedrag van € 3.960,00 in vier maandelijkse termijnen van € 990,00 te voldoen, te beginnen op 1 januari 2027. Wilt u laten weten of u hiermee akkoord gaat?\n\nMet vriendelijke groet,\n\nmr. P. Hoogendijk\nHoogendijk Sterk Advocaten\nJavastraat 88, 2585 AR Den Haag",
        lab(),
        inv="LT26-04711",
        amount="3960.00",
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Bram Koster", "bram@dwaallichtstudio.example"),
        "2026-12-16 11:20 +0100",
        "apple_html",
        "Hey,\n\nWe kunnen nu € 2.000 overmaken en de rest in twee delen: half januari en half februari, als de eerste Steam-uitbetaling binnen is. Is dat bespreekbaar?\n\nGr. Bram\nDwaallicht Studio",
        lab(note="part now, rest in two later parts, asked as a question: payment_plan"),
        inv="LT26-05450",
        amount="6480.00",
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        (
            "Ufficio Amministrazione – Casa di Cura Villa Aurelia",
            "amministrazione@villaaurelia-cdc.example",
        ),
        "2026-12-14 09:58 +0100",
        "outlook_html",
        "Buongiorno,\n\ncon riferimento al vostro sollecito per la fattura LT26-05125, vi chiediamo la possibilità di rateizzare l'importo in tre rate mensili di pari importo (930,00 € ciascuna), con scadenza 31 dicembre, 31 gennaio e 28 febbraio.\n\nRestiamo in attesa di un vostro riscontro.\n\nCordiali saluti\n\nUfficio Amministrazione\nCasa di Cura Villa Aurelia S.p.A.\nVia Monte Baldo 12, 37138 Verona",
        lab(("LT26-05125",)),
        inv="LT26-05125",
        amount="2790.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Jasmine Dela Cruz", "ap.emea@meridane-gbs.example"),
        "2026-11-26 11:12 +0800",
        "owa",
        "Dear Valued Supplier,\n\nWe have checked our system and there is no record of invoice LT26-05019 being received. Please note that since 1 September 2026 Meridane Group only accepts supplier invoices through the Coupa Supplier Portal, quoting a valid purchase order number. Invoices sent by email or post are not processed.\n\nKindly upload the invoice to the portal and reply to this email with the Coupa invoice ID once done.\n\nRegards,\nJasmine Dela Cruz\nAccounts Payable – EMEA Desk\nMeridane Group Business Services, Manila\n\nCONFIDENTIALITY NOTICE: This message is intended only for the named recipient(s) and may contain confidential information. Any unauthorised review, use or distribution is prohibited.",
        lab(
            ("LT26-05019",),
            note="shared-service centre: invoice not on file, resubmit through the AP portal",
        ),
        inv="LT26-05019",
        cur="EUR",
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Edward Pryce", "billing@pryce-hallam.example"),
        "2026-12-09 14:40 +0000",
        "html_only",
        "Good afternoon,\n\nCould you please reissue invoice LT26-05234 with our client matter number on it (PH/22917/LIT)? Disbursement invoices cannot be posted to a client ledger without one, which is why it has not been paid. The amount itself is fine.\n\nMany thanks,\n\nEdward Pryce\nBilling & Disbursements\nPryce Hallam Solicitors\n\nPryce Hallam Solicitors is the trading name of Pryce Hallam LLP, authorised and regulated by the Solicitors Regulation Authority (SRA ID 824517). Beware of cyber fraud: we will never tell you about a change to our bank details by email.",
        lab(("LT26-05234",), note="reissue with a matter number, amount not contested"),
        inv="LT26-05234",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Sam Whitlow", "sam@owlbearforge.example"),
        "2026-12-02 15:55 +0000",
        "gmail_plain",
        "Hey, which project is LT26-05302 for? We've got three open POs with you (the VO scripts, the store page and the patch notes) and I can't match this one to any of them. Can you send the breakdown?\n\nSam\nOwlbear Forge – Bristol",
        lab(("LT26-05302",), note="asks what the invoice covers and for its breakdown"),
        inv="LT26-05302",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        (
            "Zentraler Rechnungseingang – Städtisches Klinikum Wendenau",
            "rechnungseingang@klinikum-wendenau.example",
        ),
        "2026-11-26 08:20 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nIhre Rechnung LT26-04604 liegt uns bislang nur als PDF per E-Mail vor. Als öffentlicher Auftraggeber können wir seit dem 1. Januar nur noch E-Rechnungen im Format XRechnung verarbeiten. Bitte übermitteln Sie die Rechnung erneut über unser Rechnungseingangsportal und geben Sie dabei die Bestellnummer BE-26-10477 sowie die Kostenstelle 4410 (Sozialdienst) an.\n\nVielen Dank.\n\nMit freundlichen Grüßen\nZentraler Rechnungseingang\nStädtisches Klinikum Wendenau\n\nBitte prüfen Sie, ob diese E-Mail wirklich ausgedruckt werden muss.",
        lab(
            ("LT26-04604",),
            note="public hospital needs an e-invoice with order number and cost centre",
        ),
        inv="LT26-04604",
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Service facturier – CH de Saint-Aubrac", "facturier@ch-saintaubrac.example"),
        "2026-12-07 14:22 +0100",
        "zimbra",
        "Bonjour,\n\nNous ne trouvons pas trace de la facture LT26-05178 dans Chorus Pro. En tant qu'établissement public de santé, nous ne pouvons pas mettre en paiement une facture transmise par courriel : merci de la déposer sur Chorus Pro en indiquant le numéro d'engagement EJ 2026-004418 et le code service FACT-DAF.\n\nCordialement,\n\nService facturier\nDirection des affaires financières\nCentre hospitalier de Saint-Aubrac",
        lab(("LT26-05178",), note="public hospital: resubmit through the e-invoicing portal"),
        inv="LT26-05178",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Léa Vasseur", "lea.vasseur@vasseur-localisation.example"),
        "2026-12-01 09:14 +0100",
        "gmail",
        "Bonjour,\n\nJe crois que je n'ai jamais reçu cette facture, je ne la retrouve ni dans mes mails ni dans mon logiciel de compta. Pourriez-vous me la renvoyer en PDF ? Je la règle dès réception.\n\nMerci et bonne journée,\nLéa",
        lab(
            note="invoice never received; paying on receipt depends on getting it, so the request drives the action"
        ),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Paula Ibarra", "p.ibarra@carvajalibarra.example"),
        "2026-11-30 13:35 +0100",
        "outlook",
        "Buenas tardes:\n\nLa factura LT26-04851 está emitida a nombre del socio, D. Andrés Carvajal, y no a nombre de la sociedad, por lo que nuestro departamento de contabilidad no la puede registrar. ¿Podrían emitir una factura rectificativa a nombre de Carvajal Ibarra Abogados, S.L.P., con NIF B19384756 y domicilio en C/ de Colón 18, 46004 Valencia?\n\nEl importe es correcto.\n\nMuchas gracias,\n\nPaula Ibarra\nAdministración\nCarvajal Ibarra Abogados",
        lab(("LT26-04851",), note="reissue to the right legal entity, amount not contested"),
        inv="LT26-04851",
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Diego Ferrer", "diego.ferrer@brasagames.example"),
        "2026-12-10 12:05 +0100",
        "gmail",
        "Hola,\n\n¿Nos podéis mandar un extracto de cuenta con todas las facturas abiertas? Creo que alguna de las que nos reclamáis ya está pagada, pero sin el extracto no lo puedo cuadrar.\n\nGracias,\nDiego\n\nDiego Ferrer | Finanzas\nBrasa Games – Málaga",
        lab(note="statement of account; 'some may already be paid' is not a payment claim"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Crediteurenadministratie Maasoever Ziekenhuis", "facturen@maasoever-zkh.example"),
        "2026-12-08 10:50 +0100",
        "outlook",
        "Geachte relatie,\n\nFactuur LT26-05159 is door ons afgekeurd omdat er geen inkoopordernummer op vermeld staat. Wilt u de factuur opnieuw indienen met vermelding van ons inkoopordernummer 4700218835? Zonder geldig ordernummer kunnen facturen niet worden verwerkt.\n\nMet vriendelijke groet,\n\nCrediteurenadministratie\nMaasoever Ziekenhuis",
        lab(("LT26-05159",), note="rejected for a missing PO number, amount not contested"),
        inv="LT26-05159",
        charset="iso-8859-1",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Annemiek Post", "annemiek@uitgeverijbolderik.example"),
        "2026-11-24 20:02 +0100",
        "iphone",
        "Hoi, waar is deze factuur voor? Ik zie bij ons geen project met dit nummer. Kunnen jullie hem met specificatie nog een keer sturen?\nAnnemiek",
        lab(note="'what is this for' plus a request for the itemised invoice"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Fatture passive – AO Santa Brigida", "fatturepassive@aosantabrigida.example"),
        "2026-12-02 11:40 +0100",
        "outlook",
        "Buongiorno,\n\nsi comunica che la fattura LT26-04932 non è pervenuta tramite il Sistema di Interscambio. Ai sensi della normativa vigente, questa Azienda non può accettare fatture in formato PDF inviate via e-mail.\n\nSi prega di trasmettere la fattura elettronica al codice univoco ufficio UF7QKD, indicando il CIG B4C21E7F90 e il numero d'ordine NSO 2026/3318.\n\nDistinti saluti\nUfficio Fatture Passive\nAzienda Ospedaliera Santa Brigida",
        lab(
            ("LT26-04932",), note="public hospital: e-invoice through the national exchange system"
        ),
        inv="LT26-04932",
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Segreteria Studio Legale Lanfranchi", "segreteria@lanfranchilegale.example"),
        "2026-12-18 10:25 +0100",
        "tb_html",
        "Buongiorno,\n\nprima di procedere ai pagamenti di fine anno, potreste inviarci un estratto conto aggiornato con tutte le fatture aperte a nostro nome? Ci risultano alcune note di credito che non vediamo nel vostro sollecito.\n\nGrazie,\n\nSegreteria – Studio Legale Lanfranchi\nCorso Vittorio Emanuele II 90, 10121 Torino",
        lab(
            note="statement of account; missing credit notes are mentioned, nothing is contested yet"
        ),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Jonathan Marlowe", "j.marlowe@marlowequist.example"),
        "2026-11-26 07:55 +0000",
        "iphone",
        "I'm a partner here, not accounts. Please send invoices and reminders to our finance team at Accounts.Payable@MarloweQuist.example – they deal with all supplier payments.\n\nJonathan Marlowe\nPartner, Marlowe & Quist LLP",
        lab(
            new_contact="accounts.payable@marlowequist.example",
            note="address written in mixed case, labelled in lower case",
        ),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Devin Okafor", "devin.okafor@hexpine-studios.example"),
        "2026-12-14 03:22 -0800",
        "gmail_plain",
        "Hello,\n\nPlease be informed that our accounts payable mailbox has changed. Going forward, kindly send all invoices, statements and payment reminders to hexpine.accountspayable@gmail.com only. Our previous address will be deactivated by 15th December and any mail sent there will not be processed.\n\nAlso kindly send copies of all open invoices to the new address at your earliest convenience so we can update our records.\n\nRegards,\nDevin Okafor\nLocalization Producer | Hexpine Studios",
        lab(
            new_contact="hexpine.accountspayable@gmail.com",
            note="phishing-like redirect: look-alike sender domain (hexpine-studios, not hexpinestudios), free-mail Reply-To, no In-Reply-To, sent at 03:22; the text asks for a change of contact, so wrong_contact, but nobody should act on it before a call-back",
        ),
        inv="LT26-05388",
        amount="7450.00",
        cur="USD",
        headers=(("Reply-To", "hexpine.accountspayable@gmail.com"),),
        threaded=False,
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("AP Helpdesk UK – Corvane GBS", "ap.uk@corvane-gbs.example"),
        "2026-12-03 10:30 +0100",
        "owa",
        "Hello,\n\nThis mailbox handles invoices for Corvane UK Ltd only. According to the invoice, your customer is Corvane Nederland B.V., which is processed by a different team. Please send the reminder and a copy of invoice LT26-05397 to ap.nl@corvane-gbs.example.\n\nWe have not forwarded your message.\n\nKind regards,\nAP Helpdesk UK\nCorvane Global Business Services",
        lab(
            ("LT26-05397",),
            new_contact="ap.nl@corvane-gbs.example",
            note="shared-service centre routes the reminder to another entity's team; English reply to a Dutch reminder",
        ),
        inv="LT26-05397",
        rlang="nl",
        cur="EUR",
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Leonie Brandt", "l.brandt@nordlichtpixel.example"),
        "2026-11-23 13:02 +0100",
        "gmail",
        "Hallo,\n\nich bin seit dem 1. November nicht mehr bei Nordlicht Pixel und lese dieses Postfach nur noch bis zum Jahresende. Für Rechnungen wenden Sie sich bitte an unsere Buchhaltung: buchhaltung@nordlichtpixel.example.\n\nViele Grüße\nLeonie Brandt",
        lab(new_contact="buchhaltung@nordlichtpixel.example"),
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Dr. Felix Vogt", "f.vogt@brenner-vogt.example"),
        "2026-12-09 17:44 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nfür Rechnungen an unseren Frankfurter Standort ist nicht das Münchner Sekretariat zuständig, sondern Frau Yıldız in unserer Buchhaltung Frankfurt (N.Yildiz@brenner-vogt.example), die ich in Kopie nehme. Bitte richten Sie Erinnerungen künftig direkt an sie.\n\nMit freundlichen Grüßen\n\nDr. Felix Vogt\nRechtsanwalt | Partner\nBRENNER VOGT Rechtsanwälte PartG mbB\nStandort Frankfurt am Main",
        lab(
            new_contact="n.yildiz@brenner-vogt.example",
            note="new contact in mixed case and copied in Cc; labelled in lower case",
        ),
        inv="LT26-05128",
        cc=("Nilay Yıldız", "N.Yildiz@brenner-vogt.example"),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Claire Dumas", "claire.dumas@editions-lasarcelle.example"),
        "2026-11-30 16:40 +0100",
        "apple",
        "Bonjour,\n\nJe ne m'occupe plus de la comptabilité des Éditions La Sarcelle depuis la rentrée ; c'est désormais notre cabinet d'expertise comptable qui gère les règlements fournisseurs. Merci d'adresser vos relances à M. Morel : cabinet.morel@morel-expertise.example.\n\nBonne fin de journée,\nClaire Dumas\nÉditrice",
        lab(
            new_contact="cabinet.morel@morel-expertise.example",
            note="the publisher's accountants now handle payments",
        ),
        inv="LT26-03492",
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Émilie Garnier", "emilie.garnier.traduction@gmail.com"),
        "2026-12-04 11:27 +0100",
        "gmail",
        "Bonjour,\n\nJe pense qu'il y a une erreur d'adresse : je suis traductrice indépendante à Nantes et je n'ai jamais travaillé avec votre agence. Vous devez me confondre avec une homonyme, je ne connais pas la société indiquée sur votre facture.\n\nCordialement,\nÉmilie Garnier",
        lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Recursos Humanos – Hospital Universitario Sierra Alta", "rrhh@husierraalta.example"),
        "2026-11-25 09:33 +0100",
        "outlook",
        "Buenos días:\n\nEste buzón pertenece al Departamento de Recursos Humanos. Las facturas de proveedores las gestiona la Unidad de Contabilidad, en contabilidad.proveedores@husierraalta.example. Les rogamos que dirijan allí su reclamación; nosotros no podemos tramitarla.\n\nUn saludo,\n\nRecursos Humanos\nHospital Universitario Sierra Alta",
        lab(new_contact="contabilidad.proveedores@husierraalta.example"),
        inv="LT26-04307",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Pablo Lozano", "pablo@nubecitagames.example"),
        "2026-12-11 10:48 +0100",
        "gmail",
        "Hola,\n\nOs pongo en copia a Marta Rubio (marta.rubio@nubecitagames.example), que desde este mes lleva las facturas de proveedores. Yo ya no estoy en administración, ahora estoy en producción. A partir de ahora escribidle directamente a ella, porfa.\n\n¡Gracias!\nPablo",
        lab(new_contact="marta.rubio@nubecitagames.example", note="new contact copied in Cc"),
        cc=("Marta Rubio", "marta.rubio@nubecitagames.example"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Ziekenhuis Rijnweide", "inkoop@rijnweide-zkh.example"),
        "2026-12-07 08:44 +0100",
        "ooo_outlook",
        "Dit is een automatisch bericht.\n\nDe mailbox inkoop@rijnweide-zkh.example wordt sinds 1 december 2026 niet meer gelezen. Berichten aan dit adres worden niet doorgestuurd.\n\nFacturen, herinneringen en vragen over betalingen kunt u sturen naar crediteuren@rijnweide-zkh.example. Voor bestellingen gebruikt u voortaan ons inkoopportaal.\n\nZiekenhuis Rijnweide – Inkoop & Logistiek",
        lab(
            new_contact="crediteuren@rijnweide-zkh.example",
            note="automatic 'mailbox no longer read' notice naming a new address: wrong_contact, not auto_reply (README rule)",
        ),
        subject=AUTO_PREFIX["nl"] + "{rsub}",
        headers=(AUTO_GENERATED, SUPPRESS),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Francesca Villa", "francesca.villa@traduzionivilla.example"),
        "2026-11-27 12:10 +0100",
        "thunderbird",
        "Buongiorno,\n\ncredo ci sia un equivoco: io sono la traduttrice che ha lavorato al progetto come subfornitrice dell'agenzia, non la cliente. La fattura va indirizzata all'agenzia Linguaponte, che vi ha commissionato il lavoro: la loro amministrazione risponde a amministrazione@linguaponte.example.\n\nCordiali saluti,\nFrancesca Villa",
        lab(
            new_contact="amministrazione@linguaponte.example",
            note="subcontractor, not the customer; the agency is",
        ),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Elena Bassi", "e.bassi@studioferraresi.example"),
        "2026-12-15 09:12 +0100",
        "outlook",
        "Buongiorno,\n\nda questo mese mi sono trasferita nella sede di Milano e non seguo più la contabilità della sede di Bologna. Per i solleciti relativi a Bologna vi prego di scrivere al dott. Paolo Rinaldi, P.Rinaldi@StudioFerraresi.example.\n\nGrazie e buona giornata\n\nDott.ssa Elena Bassi\nStudio Legale Ferraresi & Associati – sede di Milano",
        lab(
            new_contact="p.rinaldi@studioferraresi.example",
            note="address in mixed case, labelled in lower case",
        ),
        charset="windows-1252",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Nina Holloway", "nina.holloway.words@gmail.com"),
        "2026-11-25 21:14 +0000",
        "gmail",
        "Please remove this address from your mailing list. I've asked twice now.\n\nNina",
        lab(),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Office of the Managing Partner – Hartwell Crane LLP", "mp.office@hartwellcrane.example"),
        "2026-12-10 16:02 +0000",
        "outlook",
        "Dear Sirs,\n\nWe refer to your email below. This account is the subject of a formal complaint and all further communication about it must be directed in writing to our solicitors, Pike Ashdown LLP, quoting reference PA/HC/0412. Please do not contact our members of staff directly about this matter, by email or otherwise.\n\nYours faithfully,\n\nOffice of the Managing Partner\nHartwell Crane LLP",
        lab(
            note="'only through our solicitors' without an address → unsubscribe; it also beats the complaint (dispute)"
        ),
        inv="LT26-05085",
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Gerd Hallmann", "g.hallmann@hallmann-verlag.example"),
        "2026-11-24 10:05 +0100",
        "outlook",
        "Bitte nehmen Sie mich aus Ihrem Verteiler. Wir haben längst bezahlt, und das ist jetzt die dritte Erinnerung dieser Art.\n\nG. Hallmann\nHallmann Verlag",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Kai Dürr", "kai.duerr@spielkiste-studio.example"),
        "2026-12-11 22:48 +0100",
        "samsung",
        "ABMELDEN",
        lab(note="one word, capitals, from a phone"),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Marc Lefèvre", "marc.lefevre@lefevre-agent-litteraire.example"),
        "2026-11-26 18:20 +0100",
        "thunderbird",
        "Madame, Monsieur,\n\nConformément à l'article 21 du RGPD, je m'oppose au traitement de mes données et vous demande de supprimer mon adresse de vos listes d'envoi. Je ne souhaite plus recevoir de messages de votre part à cette adresse.\n\nMarc Lefèvre\nAgent littéraire",
        lab(note="GDPR objection: unsubscribe"),
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Inès Haddad", "ines@studiocolibri-jeux.example"),
        "2026-12-16 13:37 +0100",
        "iphone",
        "Désinscription svp. Et pour info votre facture est fausse, on n'a jamais eu 30 h d'interprétariat.",
        lab(note="unsubscribe plus a disputed amount: unsubscribe beats dispute"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Consuelo Vidal", "cvidal@vidalprats.example"),
        "2026-12-02 12:12 +0100",
        "outlook",
        "Buenos días:\n\nEsta es una dirección de correo personal y no autorizo su uso para comunicaciones de cobro. Cualquier comunicación relativa a facturas deberá remitirse por correo postal a nuestro despacho, a la atención de Administración. Les ruego que eliminen esta dirección de sus envíos.\n\nConsuelo Vidal\nVidal & Prats Abogados",
        lab(note="post only → unsubscribe"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Jorge Castaño", "jorge@pulpogames.example"),
        "2026-12-15 09:40 +0100",
        "gmail",
        "Dejad de enviarme recordatorios, por favor. Ya os dije por teléfono que pagaré el día 20 y así lo haré. No hace falta que me escribáis cada semana.",
        lab(note="stop request plus a promise for the 20th: unsubscribe wins, so no promised_date"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Wouter Smit", "wouter@smit-vertaalbureau.example"),
        "2026-11-27 08:05 +0100",
        "bottom",
        "Graag dit adres afmelden voor deze e-mails. Dank.",
        lab(),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Lotte Verbeek", "l.verbeek@uitgeverijbolderik.example"),
        "2026-12-08 17:30 +0100",
        "iphone",
        "Verwijder dit adres alsjeblieft uit jullie systeem, ik werk sinds oktober niet meer bij Bolderik. Wie het nu doet weet ik niet.",
        lab(
            note="remove-me plus 'I no longer work there' without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Roberto Gallo", "roberto.gallo@gallo-interpreti.example"),
        "2026-11-30 19:19 +0100",
        "android",
        "Cancellatemi dalla vostra lista, grazie. Non sono più interessato a ricevere queste comunicazioni.",
        lab(note="Italian reply to an English reminder"),
        rlang="en",
        cur="EUR",
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Studio Legale Marini – PEC", "studiolegalemarini@pec.marinilex.example"),
        "2026-12-04 10:02 +0100",
        "outlook",
        "Si comunica che il presente indirizzo di posta elettronica certificata è riservato esclusivamente alle notifiche degli atti giudiziari. Vi invitiamo a non inviare più solleciti o comunicazioni commerciali a questo indirizzo e a rimuoverlo dalle vostre liste.\n\nStudio Legale Marini",
        lab(
            note="certified-mail address reserved for court notices: stop sending here, no other address given"
        ),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Priya Raman", "p.raman@marlowequist.example"),
        "2026-11-24 08:41 +0000",
        "ooo_outlook",
        "Thank you for your email. I am out of the office until Monday 30 November with limited access to email. For urgent accounts matters please call the main office on 020 7946 0311.\n\nPriya Raman\nMarlowe & Quist LLP",
        lab(return_date="2026-11-30", note="'until X' → X itself"),
        subject=AUTO_PREFIX["en"] + "{rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Meridane AP Service Desk", "ap.servicedesk@meridane-gbs.example"),
        "2026-12-08 08:02 +0000",
        "none",
        "This is an automated response. Please do not reply to this message.\n\nDear Sender,\n\nThank you for contacting the Meridane Accounts Payable Service Desk. Your email has been logged under case number 00917733 and assigned to the EMEA Vendor Support queue.\n\nOur standard response time is 3 business days. To help us resolve your query faster, please make sure your invoice has been submitted through the Coupa Supplier Portal.\n\nMeridane Group Business Services\nAccounts Payable Service Desk",
        lab(
            note="shared-service centre case acknowledgement; a response time is not a return date"
        ),
        subject="[Case: 00917733] {rsub} – we have received your query",
        headers=(AUTO_GENERATED, ("Precedence", "bulk")),
        cur="EUR",
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Helen Oduya", "helen.oduya@northmere-hospital.example"),
        "2026-12-14 08:36 +0000",
        "ooo_outlook",
        "Thank you for your message. I am currently on parental leave and will return to work on 1 March 2027.\n\nFor interpreting bookings please contact interpreting.bookings@northmere-hospital.example; for invoice queries, finance.helpdesk@northmere-hospital.example.\n\nHelen Oduya\nInterpreting Services Coordinator, Northmere General Hospital",
        lab(
            return_date="2027-03-01",
            note="colleagues' addresses in an auto-reply do not set new_contact",
        ),
        subject=AUTO_PREFIX["en"] + "{rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Thomas Reindl", "t.reindl@brenner-vogt.example"),
        "2026-11-30 08:39 +0100",
        "ooo_outlook",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 4. Dezember, nicht im Büro. Ab Montag, 7. Dezember, bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet; in dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter +49 89 5550 3100.\n\nMit freundlichen Grüßen\nThomas Reindl",
        lab(return_date="2026-12-07", note="the day back wins over 'bis einschließlich'"),
        subject=AUTO_PREFIX["de"] + "{rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Verlag Sternwarte", "info@verlag-sternwarte.example"),
        "2026-12-18 08:35 +0100",
        "none",
        "Sehr geehrte Damen und Herren,\n\nunser Verlag befindet sich vom 19. Dezember 2026 bis einschließlich 3. Januar 2027 in den Betriebsferien. Ab Montag, dem 4. Januar 2027, sind wir wieder für Sie da und beantworten Ihre Nachricht so bald wie möglich.\n\nWir wünschen Ihnen frohe Feiertage und einen guten Start ins neue Jahr!\n\nIhr Team vom Verlag Sternwarte",
        lab(
            return_date="2027-01-04",
            note="holiday closure; 'wieder für Sie da ab' the 4th wins over 'bis einschließlich 3. Januar'",
        ),
        subject="Abwesenheitsnotiz: {rsub}",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Camille Roux", "camille@roux-traductions.example"),
        "2026-12-04 08:47 +0100",
        "none",
        "Bonjour,\n\nJe suis absente jusqu'au mercredi 9 décembre inclus et ne consulte pas mes messages. Je serai de retour le jeudi 10 décembre et vous répondrai à ce moment-là.\n\nBien cordialement,\nCamille Roux – Roux Traductions",
        lab(return_date="2026-12-10", note="the day back wins over 'jusqu'au … inclus'"),
        subject="Absente jusqu'au 9 décembre (Re: {rsub})",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Direction des affaires financières – CH de Valmorin", "daf@ch-valmorin.example"),
        "2026-12-09 08:52 +0100",
        "none",
        "Ceci est un message automatique, merci de ne pas y répondre.\n\nVotre message a bien été reçu par la Direction des affaires financières du Centre hospitalier de Valmorin. Il sera traité dans les meilleurs délais par le service compétent.\n\nNous vous rappelons que les factures adressées à l'établissement doivent être déposées sur Chorus Pro.",
        lab(note="receipt acknowledgement from a hospital finance office; no return date"),
        subject="Accusé de réception : {rsub}",
        headers=(AUTO_GENERATED, ("Precedence", "auto_reply")),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Paula Ibarra", "p.ibarra@carvajalibarra.example"),
        "2026-12-08 08:40 +0100",
        "ooo_outlook",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 14 de diciembre, sin acceso al correo electrónico. Para asuntos urgentes pueden escribir a administracion@carvajalibarra.example.\n\nUn saludo,\nPaula Ibarra",
        lab(
            return_date="2026-12-14",
            note="'hasta X' → X itself; the colleague address is not a new_contact",
        ),
        subject=AUTO_PREFIX["es"] + "{rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Sanne de Wit", "s.dewit@vanrijckevorsel-advocaten.example"),
        "2026-11-25 08:38 +0100",
        "ooo_outlook",
        "Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 27 november en vanaf maandag 30 november weer bereikbaar. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nSanne de Wit",
        lab(return_date="2026-11-30", note="the day back wins over 'tot en met'"),
        subject=AUTO_PREFIX["nl"] + "{rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Kattenkwaad Games", "hallo@kattenkwaadgames.example"),
        "2026-12-02 08:33 +0100",
        "none",
        "Hoi! Bedankt voor je mail 🐈\n\nWe zitten in de laatste loodjes voor onze release en lezen deze inbox minder vaak dan normaal. We reageren binnen drie werkdagen. Gaat het over een bug in de game? Meld hem dan via onze Discord, daar zijn we sneller.\n\nTeam Kattenkwaad",
        lab(
            note="studio autoresponder without Auto-Submitted; 'within three working days' is not a return date"
        ),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Elena Bassi", "e.bassi@studioferraresi.example"),
        "2026-11-27 08:41 +0100",
        "ooo_outlook",
        "Grazie per il messaggio. Sarò assente dall'ufficio fino a mercoledì 2 dicembre compreso, con accesso limitato alla posta. Rientro giovedì 3 dicembre.\n\nCordiali saluti\nElena Bassi",
        lab(return_date="2026-12-03", note="the day back wins over 'fino a … compreso'"),
        subject=AUTO_PREFIX["it"] + "{rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Edizioni Civetta", "info@edizionicivetta.example"),
        "2026-12-07 08:34 +0100",
        "none",
        "Gentile mittente,\n\ni nostri uffici resteranno chiusi lunedì 7 e martedì 8 dicembre per il ponte dell'Immacolata. Riapriremo mercoledì 9 dicembre e risponderemo al suo messaggio al più presto.\n\nRedazione e amministrazione – Edizioni Civetta",
        lab(
            return_date="2026-12-09", note="office closed for the 8 December bridge; reopening day"
        ),
        subject=AUTO_PREFIX["it"] + "{rsub}",
        headers=(AUTO_REPLIED,),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Aleksandra Nowak", "ap.vendormaster@corvane-gbs.example"),
        "2026-12-15 11:20 +0100",
        "outlook_html",
        'Dear Lindqvist Translation Services,\n\nYesterday our Vendor Master team received a letter on your letterhead asking us to change your bank account to one held at "Nordvik Handelsbank" (IBAN ending 4471). In line with our fraud-prevention policy, we have blocked all payments to your vendor account, including invoice LT26-05540, until the change is verified.\n\nPlease do not reply to this email with bank details. Instead, ask someone from your finance team to call our Vendor Master hotline on +48 12 345 00 17 and quote case VM-2026-7781.\n\nKind regards,\nAleksandra Nowak\nVendor Master Data | Corvane Global Business Services',
        lab(
            ("LT26-05540",),
            note="bank-detail fraud check: payments on hold until a call-back; neither a promise nor a dispute, a person must act",
        ),
        inv="LT26-05540",
        cur="EUR",
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Devin Okafor", "devin.okafor@hexpinestudios.example"),
        "2026-12-03 12:10 -0800",
        "gmail",
        "Hey, unrelated to the invoice – are you able to do Brazilian Portuguese and Latin American Spanish subtitles for a 3-minute trailer? We'd need them before the Game Awards week. Who's the right person to talk to about a quote?\n\nDevin",
        lab(
            note="sales enquiry in the reminder thread; 'the right person' is about sales, not the invoice"
        ),
        inv="LT26-05388",
        amount="7450.00",
        cur="USD",
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Graham Tulloch", "graham@tulloch-language.example"),
        "2026-12-18 16:30 +0000",
        "iphone",
        "Thanks for the nudge. Have a good Christmas, all of you – and thanks again for rescuing the Gaelic job in October.\n\nG.",
        lab(note="thanks and season's greetings; 'thanks for the nudge' promises nothing"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        (
            "Klinikum Hohenfels – Finanzbuchhaltung",
            "finanzbuchhaltung@klinikum-hohenfels-de.example",
        ),
        "2026-12-10 06:48 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbei der Abstimmung unserer Kreditorenkonten haben wir festgestellt, dass Ihre Rechnung LT26-04455 doppelt bezahlt wurde. Wir bitten Sie, den zu viel gezahlten Betrag umgehend auf unser neues Konto zu erstatten:\n\nKontoinhaber: Klinikum Hohenfels gGmbH\nIBAN: DE42 7315 0000 0190 2277 64\nBIC: NRDVDEF1XXX\n\nBitte bestätigen Sie die Erstattung kurzfristig, da unsere bisherige Bankverbindung zum Monatsende aufgelöst wird. Rückfragen bitte ausschließlich per E-Mail, telefonisch sind wir derzeit schlecht erreichbar.\n\nMit freundlichen Grüßen\nFinanzbuchhaltung\nKlinikum Hohenfels gGmbH",
        lab(
            ("LT26-04455",),
            note="phishing-like: look-alike domain, no thread headers, asks for a refund to a new account and avoids the phone; the 'paid twice' claim is bait, not a payment_sent",
        ),
        inv="LT26-04455",
        threaded=False,
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Julien Mercier", "j.mercier@chu-rives-sud.example"),
        "2026-11-30 14:05 +0100",
        "zimbra",
        "Bonjour,\n\nJe profite de ce message : est-ce que vous proposez aussi des interprètes en langue des signes française ? Nous avons de plus en plus de demandes aux urgences et notre prestataire actuel ne peut plus suivre.\n\nMerci,\nJulien Mercier\nCadre de santé – Urgences\nCHU Rives-Sud",
        lab(note="sales question from a hospital, nothing about the invoice"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Accueil – Éditions du Héron", "accueil@editionsduheron.example"),
        "2026-12-07 10:15 +0100",
        "outlook",
        "Bonjour,\n\nMme Besson, qui suit les factures fournisseurs, est en arrêt maladie pour une durée indéterminée. Je lui transmettrai votre message à son retour.\n\nCordialement,\nL'accueil des Éditions du Héron",
        lab(note="written by a person: no date, no commitment and no new address"),
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Ana Belén Rey", "anabelen@estudiotrasgo.example"),
        "2026-12-03 17:22 +0100",
        "samsung",
        "Recibido. Nuestra contable está de vacaciones hasta el lunes; le dejo el correo marcado para que lo vea en cuanto vuelva.\n\nAna Belén\nEstudio Trasgo (juegos de mesa y videojuegos)",
        lab(note="acknowledgement; the accountant's return is not a promise to pay"),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Lucía Ferrándiz", "administracion@editorialalcotan.example"),
        "2026-12-16 13:10 +0100",
        "outlook_html",
        "Buenas tardes:\n\nOs informamos de que a partir del 1 de enero de 2027 Editorial Alcotán pasa a formar parte del Grupo Marcelo Ediciones. Las facturas que emitáis desde esa fecha deberán ir a nombre de la nueva sociedad; en los próximos días os enviaremos los datos fiscales y la dirección de facturación.\n\nUn saludo,\n\nLucía Ferrándiz\nAdministración\nEditorial Alcotán, S.L.",
        lab(note="merger notice for future invoices; nothing about this one"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Bram Koster", "bram@dwaallichtstudio.example"),
        "2026-11-26 09:12 +0100",
        "iphone",
        "Ok, dank je",
        lab(note="bare acknowledgement, not a payment claim"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Joost van der Meer", "joost@uitgeverijdeklaproos.example"),
        "2026-11-23 11:45 +0100",
        "gmail",
        "Hallo,\n\nKleine wijziging: we verhuizen per 1 december. Ons nieuwe postadres wordt Oudegracht 212, 3511 NR Utrecht. Het e-mailadres blijft hetzelfde. Willen jullie het adres in jullie systeem aanpassen voor de volgende facturen?\n\nGroet,\nJoost",
        lab(note="new postal address, same e-mail contact: not wrong_contact"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Davide Colombo", "davide@luporossogames.example"),
        "2026-12-04 23:51 +0100",
        "iphone",
        "",
        lab(note="empty reply: only the phone signature and the quoted reminder"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Marta Rinaldi", "marta@edizionicivetta.example"),
        "2026-11-25 12:30 +0100",
        "gmail",
        "Buongiorno,\n\ncolgo l'occasione: sapete già quando ci consegnerete la traduzione del catalogo di primavera? La tipografia ci chiede i file entro il 12 gennaio.\n\nGrazie,\nMarta\nEdizioni Civetta – redazione",
        lab(note="delivery question about another job"),
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
# Bounces: the machine parts are generated, the human-readable parts are written out
# --------------------------------------------------------------------------------------------

EXCHANGE_SYSTEM = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e"


@dataclass(frozen=True)
class Bounce:
    """A delivery report for a reminder sent to `rcpt` in language `rlang`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    note: str | None = None
    delay: timedelta = timedelta(minutes=2)  # how long after the reminder the report came

    @property
    def dt(self) -> datetime:
        base = datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")
        return base.replace(second=number(self.key, "second", 60))

    @property
    def sent(self) -> datetime:
        return (self.dt - self.delay).astimezone(HOME_TZ).replace(microsecond=0)

    @property
    def invoice(self) -> str:
        return f"LT26-{3400 + number(self.key, 'invoice', 2600):05d}"

    @property
    def currency(self) -> str:
        return "GBP" if self.rlang == "en" else "EUR"

    @property
    def amount(self) -> str:
        return f"{300 + number(self.key, 'amount', 4800)}.{(0, 25, 50, 80)[number(self.key, 'cents', 4)]:02d}"

    def subject(self) -> str:
        return reminder_subject(self.rlang, self.invoice)

    def reminder(self) -> Message:
        """The reminder as Lindqvist's dunning run sent it."""
        text = reminder_body(self.rlang, self.invoice, self.amount, self.currency)
        msg = text_part(text + "\n", "plain", "utf-8", "qp")
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = encode_header(self.subject(), "utf-8")
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = reminder_msgid(self.key)
        msg["X-Mailer"] = "Lindqvist AR dunning run"
        mime_headers_last(msg)
        return msg


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    *,
    remote: str = "",
    diag_type: str = "smtp",
    extra: tuple[str, ...] = (),
) -> Message:
    """A message/delivery-status part (RFC 3464)."""
    head = [f"Reporting-MTA: dns; {mta}", *extra, f"Arrival-Date: {format_datetime(b.sent)}"]
    rcpt = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: {diag_type}; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        rcpt.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(("\n".join(block) + "\n").encode()) for block in (head, rcpt)]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    text = "".join(f"{k}: {v}\n" for k, v in b.reminder().items())
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message]) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    *,
    helo: str,
    family: str = "mta",
    extra: tuple[tuple[str, str], ...] = (),
) -> bytes:
    host = sender.rsplit("@", 1)[1].split(">", 1)[0].split(" ", 1)[0]
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encode_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 20).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    finalize(msg, b.key, family, host)
    return envelope(b.key, "", helo, b.dt) + msg.as_bytes()


def alternative_notice(text: str, markup_body: str, charset: str) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(text_part(text, "plain", charset, "qp"))
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        f"<body>{markup_body}</body></html>\n"
    )
    outer.attach(text_part(markup, "html", charset, "qp"))
    return outer


def bounce_sendmail(b: Bounce) -> bytes:
    mx = "mx.greyfriars-legal.example"
    received = b.sent.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    human = (
        f"The original message was received at {received}\n"
        f"from {OUT_HOST} [203.0.113.25]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n"
        f"<{b.rcpt}>\n"
        f"    (reason: 550 5.1.1 <{b.rcpt}>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n"
        "... while talking to mailstore.greyfriars-legal.example.:\n"
        ">>> DATA\n"
        f"<<< 550 5.1.1 <{b.rcpt}>... User unknown\n"
        f"550 5.1.1 <{b.rcpt}>... User unknown\n"
        "<<< 503 5.0.0 Need RCPT (recipient)\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>... User unknown"
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            mx,
            "failed",
            diag,
            remote="mailstore.greyfriars-legal.example",
            extra=(f"Received-From-MTA: DNS; {OUT_HOST}",),
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        f"Mail Delivery Subsystem <MAILER-DAEMON@{mx}>",
        "Returned mail: see transcript for details",
        helo=mx,
    )


def bounce_qmail(b: Bounce) -> bytes:
    host = "mail.pennick-audio.example"
    stamp = b.sent.astimezone(UTC).strftime("%d %b %Y %H:%M:%S -0000").lstrip("0")
    copy = b.reminder().as_string()
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail {10000 + number(b.key, 'pid', 50000)} invoked from network); {stamp}\n"
        f"Received: from {OUT_HOST} (203.0.113.25)\n  by {host} with SMTP; {stamp}\n"
        f"{copy}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@{host}", "failure notice", helo=host)


def bounce_gmail_quota(b: Bounce) -> bytes:
    lines = [
        "** Message delivery delayed **",
        f"Your message to {b.rcpt} hasn't been delivered yet because the recipient's inbox is out of storage space. Gmail will keep trying for another 46 hours and will tell you if delivery fails for good.",
        "The response from the remote server was:",
        "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp 5b1f17b1804b1-4391c3e2b7dsi2297014f8f.118 - gsmtp",
    ]
    human = alternative_notice(
        "\n\n".join(lines) + "\n", "".join(f"<p>{html.escape(x)}</p>" for x in lines), "utf-8"
    )
    diag = "452-4.2.2 The recipient's inbox is out of storage space."
    parts = [
        human,
        delivery_status(b, "mx.google.com", "delayed", diag, remote="gmail-smtp-in.l.google.com"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        helo="mail-sor-f69.google.com",
        family="gmail",
    )


def bounce_exim_de(b: Bounce) -> bytes:
    host = "mx02.hostsphaere.example"
    text = (
        "Diese Nachricht wurde automatisch vom Mailsystem erstellt.\n\n"
        "Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.\n"
        "Es handelt sich um einen dauerhaften Fehler. Betroffen ist folgende Adresse:\n\n"
        f"  {b.rcpt}\n"
        f"    Der Zielserver meldete nach RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.1.1 <{b.rcpt}>: Empfängeradresse abgelehnt: Postfach existiert nicht\n\n"
        "------ Es folgt eine Kopie der Nachricht einschließlich aller Kopfzeilen. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n"
        f"Received: from [{OUT_HOST}] (helo={OUT_HOST})\n\tby {host} with esmtps (Exim 4.98)\n"
        f"\tid 1tQk{b32(b.key, 'exim', 6)}-00{number(b.key, 'exim2', 10)}Rt-3x\n\tfor {b.rcpt}; {format_datetime(b.sent)}\n"
        + b.reminder().as_string()
    )
    msg = text_part(text, "plain", "utf-8", "8bit")
    return finish(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Mail delivery failed: returning message to sender",
        helo=host,
        extra=(("X-Failed-Recipients", b.rcpt),),
    )


def exchange_notice(
    head: str, rcpt: str, lines: list[str], *, admin: str, server: str, diag: str
) -> Message:
    text = "\n\n".join([head, rcpt, *lines, admin, server, f"{rcpt}\n{diag}"]) + "\n"
    markup = (
        f'<p><b><font color="#000066" size="3" face="Arial">{html.escape(head)}</font></b></p>'
        f'<p><font color="#000000" size="2" face="Tahoma">{html.escape(rcpt)}</font></p>'
        + "".join(f'<p><font size="2" face="Tahoma">{html.escape(x)}</font></p>' for x in lines)
        + f"<p><b>{html.escape(admin)}</b></p><p>{html.escape(server)}</p>"
        f"<p>{html.escape(rcpt)}<br>{html.escape(diag)}</p>"
    )
    return alternative_notice(text, markup, "utf-8")


def bounce_exchange_de_delay(b: Bounce) -> bytes:
    server = "FR3P281MB1624.DEUP281.PROD.OUTLOOK.COM"
    diag = "451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.verlagshaus-eichenried.example] [FR2P281CA0093.DEUP281.PROD.OUTLOOK.COM 2026-12-01T11:39:52.113Z 08DD1A2F6C51B3E0]"
    human = exchange_notice(
        "Die Zustellung an diese Empfänger oder Gruppen verzögert sich:",
        b.rcpt,
        [
            f"Betreff: {b.subject()}",
            "Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, sie zuzustellen.",
            "Der Server wird noch 1 Tag, 19 Stunden und 12 Minuten lang versuchen, die Nachricht zuzustellen. Sie werden benachrichtigt, falls die Nachricht bis dahin nicht zugestellt werden kann.",
        ],
        admin="Diagnoseinformationen für Administratoren:",
        server=f"Generierender Server: {server}",
        diag=f"Vom Remoteserver zurückgegeben: '{diag}'",
    )
    parts = [human, delivery_status(b, server, "delayed", diag), returned_headers(b)]
    return finish(
        b,
        report(parts),
        f"Microsoft Outlook <{EXCHANGE_SYSTEM}@verlagshaus-eichenried.example>",
        f"Zustellung verzögert: {b.subject()}",
        helo="mail-fr3deu01on2093.outbound.protection.outlook.com",
        family="outlook",
    )


def bounce_exchange_fr(b: Bounce) -> bytes:
    server = "EXCH02.chu-rives-sud.example"
    diag = "#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##"
    human = exchange_notice(
        "Votre message n'a pas pu être remis à ces destinataires ou groupes :",
        f"{b.rcpt} ({b.rcpt})",
        [
            "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire et essayez de renvoyer le message. Si le problème persiste, contactez votre service d'assistance.",
        ],
        admin="Informations de diagnostic pour les administrateurs :",
        server=f"Serveur de génération : {server}",
        diag=diag,
    )
    parts = [
        human,
        delivery_status(b, server, "failed", "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        "postmaster@chu-rives-sud.example",
        f"Non remis : {b.subject()}",
        helo="mail.chu-rives-sud.example",
        family="outlook",
    )


def bounce_relay_fr(b: Bounce) -> bytes:
    host = "relais2.hebergement-atlantique.example"
    text = (
        f"Ceci est un message automatique du relais de messagerie {host}.\n\n"
        "Votre message n'a pas encore pu être remis au destinataire suivant :\n\n"
        f"   {b.rcpt}\n\n"
        "Le serveur du destinataire refuse temporairement les messages :\n"
        "   451 4.3.2 System not accepting network messages\n\n"
        "Il ne s'agit PAS d'une erreur définitive : nous continuerons d'essayer pendant 5 jours. Vous n'avez rien à faire pour l'instant ; si la remise échoue définitivement, vous recevrez un nouvel avis.\n\n"
        "Message concerné :\n"
        f"   Objet : {b.subject()}\n"
        f"   Date  : {format_datetime(b.sent)}\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return finish(
        b, msg, f"MAILER-DAEMON@{host}", "Avertissement : message non encore remis", helo=host
    )


def bounce_postfix_es(b: Bounce) -> bytes:
    host = "mx-relay.nubeibera.example"
    human = (
        f"Este es el sistema de correo del servidor {host}.\n\n"
        "Lamentamos comunicarle que su mensaje no se ha podido entregar a uno o\n"
        "más destinatarios. Se adjunta el mensaje original.\n\n"
        "Si necesita ayuda, escriba a soporte@nubeibera.example adjuntando este informe.\n\n"
        "                   El sistema de correo\n\n"
        f"<{b.rcpt}>: el servidor mail.policlinicacostaazahar.example[203.0.113.88]\n"
        f"    respondió: 550 5.1.1 <{b.rcpt}>: Recipient address rejected: User\n"
        "    unknown in local recipient table (en respuesta al comando RCPT TO)\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    parts = [
        text_part(human, "plain", "utf-8", "8bit"),
        delivery_status(
            b,
            host,
            "failed",
            diag,
            remote="mail.policlinicacostaazahar.example",
            extra=(
                f"X-Postfix-Queue-ID: {b32(b.key, 'qid', 11)}",
                f"X-Postfix-Sender: rfc822; {AR_ADDR}",
            ),
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        f"MAILER-DAEMON@{host} (Sistema de correo)",
        "Mensaje no entregado devuelto al remitente",
        helo=host,
    )


def bounce_quota_es(b: Bounce) -> bytes:
    host = "correo.servidoreslevante.example"
    text = (
        "Aviso del sistema de correo\n\n"
        "No ha sido posible entregar su mensaje a la siguiente dirección porque el buzón del destinatario ha superado su cuota de almacenamiento:\n\n"
        f"    {b.rcpt}\n"
        "    552 5.2.2 Mailbox full / Buzón lleno\n\n"
        "El mensaje se conserva en cola y se intentará entregar de nuevo durante las próximas 72 horas. Si el destinatario libera espacio, se entregará automáticamente.\n\n"
        f"Asunto original: {latin1_text(b.subject())}\n"
        f"Enviado: {format_datetime(b.sent)}\n\n"
        "-- \nServidores Levante – Servicio de correo\n"
    )
    msg = text_part(latin1_text(text), "plain", "iso-8859-1", "qp")
    return finish(
        b,
        msg,
        f"Administrador del correo <postmaster@{host}>",
        "Aviso: no se ha podido entregar el mensaje (buzón lleno)",
        helo=host,
    )


def bounce_postfix_nl(b: Bounce) -> bytes:
    name = b.rcpt.split("@")[1]
    human = (
        f"Dit is het mailsysteem van {OUT_HOST}.\n\n"
        "Uw bericht kon helaas niet worden afgeleverd bij een of meer ontvangers.\n"
        "Het oorspronkelijke bericht is bijgevoegd.\n\n"
        "Stuur dit rapport mee als u contact opneemt met de beheerder (postmaster).\n\n"
        "                   Het mailsysteem\n\n"
        f"<{b.rcpt}>: Host or domain name not found. Name service error for\n"
        f"    name={name} type=MX: Host not found\n"
    )
    diag = (
        f"Host or domain name not found. Name service error for name={name} type=MX: Host not found"
    )
    parts = [
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            OUT_HOST,
            "failed",
            diag,
            diag_type="X-Postfix",
            extra=(
                f"X-Postfix-Queue-ID: {b32(b.key, 'qid', 11)}",
                f"X-Postfix-Sender: rfc822; {AR_ADDR}",
            ),
        ),
        MIMEMessage(b.reminder()),
    ]
    return finish(
        b,
        report(parts),
        f"MAILER-DAEMON@{OUT_HOST} (Mail Delivery System)",
        "Onbestelbaar bericht geretourneerd aan afzender",
        helo=OUT_HOST,
    )


def bounce_exim_nl_delay(b: Bounce) -> bytes:
    host = "mx2.webhuis-hosting.example"
    text = (
        f"Dit bericht is automatisch aangemaakt door de mailserver {host}.\n\n"
        "Een bericht dat u hebt verstuurd, is na meer dan 24 uur nog niet afgeleverd\n"
        "bij de volgende ontvanger:\n\n"
        f"  {b.rcpt}\n"
        "    Reden van vertraging: de mailbox van de ontvanger is vol.\n"
        f"    SMTP-fout van de ontvangende server na RCPT TO:<{b.rcpt}>:\n"
        "    452 4.2.2 Mailbox full, try again later\n\n"
        "U hoeft niets te doen. De server blijft het nog enige tijd proberen; lukt het\n"
        "uiteindelijk niet, dan ontvangt u het bericht retour.\n\n"
        f"Onderwerp van het bericht: {b.subject()}\n"
        f"Datum van het bericht:     {format_datetime(b.sent)}\n"
    )
    msg = text_part(text, "plain", "utf-8", "qp")
    return finish(
        b,
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Waarschuwing: bericht vertraagd (24 uur)",
        helo=host,
    )


def bounce_provider_it_delay(b: Bounce) -> bytes:
    host = "mx.postaweb-italia.example"
    human = (
        "Questo è un avviso automatico: non è necessario rispedire il messaggio.\n\n"
        f"Il messaggio inviato a {b.rcpt} non è stato ancora recapitato perché la casella del destinatario ha esaurito lo spazio disponibile (452 4.2.2 Over quota).\n\n"
        "Continueremo a tentare la consegna per altri 4 giorni. Se non sarà possibile, riceverete un avviso di mancato recapito definitivo.\n\n"
        "PostaWeb Italia – Servizio clienti\n"
    )
    diag = "452 4.2.2 Over quota"
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(b, host, "delayed", diag, remote="mail.studiopellegrini-legale.example"),
        returned_headers(b),
    ]
    return finish(
        b,
        report(parts),
        f"Servizio di posta <mailer-daemon@{host}>",
        "Notifica di ritardo nella consegna",
        helo=host,
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], bytes]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "accounts@greyfriars-legal.example",
            "2026-11-23 07:36 +0000",
            "en",
            note="Sendmail RFC 3464 report from the recipient's server, full returned message",
        ),
        bounce_sendmail,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "billing@pennick-audio.example",
            "2026-12-03 07:41 +0000",
            "en",
            note="qmail bounce, no MIME; the status is only in '(#5.1.1)'",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.2.2",
            "lena.vik.translations@gmail.com",
            "2026-12-09 11:52 +0000",
            "en",
            delay=timedelta(hours=4, minutes=18),
            note="Gmail delay notice: recipient's inbox out of storage",
        ),
        bounce_gmail_quota,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.1.1",
            "rechnung@kanzlei-obermaier.example",
            "2026-11-26 08:37 +0100",
            "de",
            note="Exim bounce with a German template, not RFC 3464; the message copy is inline",
        ),
        bounce_exim_de,
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.4.316",
            "buchhaltung@verlagshaus-eichenried.example",
            "2026-12-01 12:40 +0100",
            "de",
            delay=timedelta(hours=4, minutes=1),
            note="Exchange Online delay notice in German (hybrid connector refused); Microsoft's 4.4.316 is kept as given",
        ),
        bounce_exchange_de_delay,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.1",
            "facturation@chu-rives-sud.example",
            "2026-12-10 08:36 +0100",
            "fr",
            note="on-premises Exchange NDR in French",
        ),
        bounce_exchange_fr,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "4.3.2",
            "contact@studio-mascaret.example",
            "2026-11-30 14:35 +0100",
            "fr",
            delay=timedelta(hours=6, minutes=2),
            note="French relay warning in plain text, not RFC 3464",
        ),
        bounce_relay_fr,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "facturas@policlinicacostaazahar.example",
            "2026-12-14 08:39 +0100",
            "es",
            note="Postfix-style RFC 3464 report with a Spanish template from the recipient's relay",
        ),
        bounce_postfix_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "5.2.2",
            "contabilidad@editorialcalima.example",
            "2026-12-04 08:38 +0100",
            "es",
            note="mailbox full with a 5.x code and a retry: soft; the code is kept; ISO-8859-1 plain text",
        ),
        bounce_quota_es,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "hard",
            "5.4.4",
            "administratie@pixelpolder.example",
            "2026-11-24 08:33 +0100",
            "nl",
            note="own Postfix with a Dutch template: the studio's domain no longer resolves",
        ),
        bounce_postfix_nl,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "soft",
            "4.2.2",
            "facturen@amstelwaard-zorg.example",
            "2026-12-17 08:45 +0100",
            "nl",
            delay=timedelta(hours=24, minutes=9),
            note="Exim-style 24-hour delay warning in Dutch from a backup MX, not RFC 3464",
        ),
        bounce_exim_nl_delay,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "soft",
            "4.2.2",
            "avv.pellegrini@studiopellegrini-legale.example",
            "2026-12-08 12:36 +0100",
            "it",
            delay=timedelta(hours=4),
            note="Italian provider delay report (RFC 3464), mailbox over quota",
        ),
        bounce_provider_it_delay,
    ),
]


def bounce_label(b: Bounce) -> dict[str, object]:
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


# --------------------------------------------------------------------------------------------
# Labels, checks, output
# --------------------------------------------------------------------------------------------

FIRST_DAY = date(2026, 11, 23)
LAST_DAY = date(2026, 12, 18)
INVOICE_RE = re.compile(r"LT26-\d{5}")


def reply_label(r: Reply) -> dict[str, object]:
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = list(r.labels.get("invoice_refs", []))  # type: ignore[call-overload]
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def check_dates(key: str, label: Mapping[str, object], sent: date) -> None:
    if not FIRST_DAY <= sent <= LAST_DAY:
        raise SystemExit(f"{key}: dated {sent}, outside the corpus window")
    for name in ("paid_date", "promised_date", "return_date"):
        value = label[name]
        if value is None:
            continue
        day = date.fromisoformat(str(value))
        if name == "paid_date" and day > sent:
            raise SystemExit(f"{key}: paid after the message was written")
        if name != "paid_date" and day < sent:
            raise SystemExit(f"{key}: {name} before the message was written")


def check_refs(key: str, refs: object, text: str) -> None:
    assert isinstance(refs, list)
    for ref in refs:
        if not re.fullmatch(r"LT26-\d{5}", ref) or ref[5:] not in text:
            raise SystemExit(f"{key}: invoice ref {ref} not in the text")
    stray = set(INVOICE_RE.findall(text)) - set(refs)
    if stray:
        raise SystemExit(f"{key}: invoice numbers in the text but not labelled: {sorted(stray)}")


def check_label(key: str, label: Mapping[str, object], text: str, sent: date) -> None:
    """Catch slips in the hand-written labels: fields, formats, and the text they come from."""
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{key}: bad intent or language")
    present = {k for k in LABEL_KEYS if label[k] is not None}
    if present - ALLOWED[intent]:
        raise SystemExit(f"{key}: {sorted(present - ALLOWED[intent])} not used with {intent}")
    check_dates(key, label, sent)
    check_refs(key, label["invoice_refs"], text)
    amount = label["amount"]
    if amount is not None and not re.fullmatch(r"\d+\.\d{2}", str(amount)):
        raise SystemExit(f"{key}: amount format")
    if (amount is None) != (label["currency"] is None):
        raise SystemExit(f"{key}: amount and currency go together")
    contact = label["new_contact"]
    if contact is not None and (
        contact != str(contact).lower() or str(contact) not in text.lower()
    ):
        raise SystemExit(f"{key}: new_contact must be lower case and written in the message")
    reference = label["payment_reference"]
    if reference is not None and str(reference) not in text:
        raise SystemExit(f"{key}: payment reference not in the text")


# Reminders that share an invoice on purpose: the look-alike senders reuse the real customer's.
SHARED_INVOICES = {"LT26-05388", "LT26-04455"}


def check_invoices() -> None:
    """Each reminder is for its own invoice, apart from the deliberate look-alike cases."""
    seen = Counter([r.invoice for r in REPLIES] + [b.invoice for b, _ in BOUNCES])
    clashes = {inv for inv, n in seen.items() if n > 1} - SHARED_INVOICES
    if clashes:
        raise SystemExit(f"invoice numbers used by more than one reminder: {sorted(clashes)}")


def all_messages() -> list[tuple[str, bytes, dict[str, object]]]:
    check_invoices()
    items: list[tuple[str, bytes, dict[str, object]]] = []
    for r in REPLIES:
        label = reply_label(r)
        check_label(r.key, label, f"{r.body}\n{r.cc[1] if r.cc else ''}", r.dt.date())
        items.append((r.key, build_reply(r), label))
    for b, build in BOUNCES:
        items.append((b.key, build(b), bounce_label(b)))
    return items


def check_message(name: str, data: bytes) -> None:
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    str(msg["Subject"])
    str(msg["From"])
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
    if msg.defects:
        raise SystemExit(f"{name}: {msg.defects}")


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
    for n, (_, data, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
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
