# ruff: noqa: E501, PLR0917, RUF001
# Message text is kept one paragraph a line, as a mail client sends it, with the typographic
# dashes, quotes and accents that people and their clients really type.
"""Build held-out reply corpus 98: `h98-NNN.eml` files and `labels.jsonl`.

Every message could arrive in the receivables mailbox of Lumen Stage Lighting, a UK firm that
hires out lighting, sound and staging equipment, after it sent an overdue-invoice reminder. The
new text of each message is written by hand further down; this script only adds what a mail
client or a mail server would add: the quoted reminder in the client's layout and language,
headers, MIME structure, charsets and transfer encodings. Run it from anywhere: it writes next
to itself, deterministically, then parses every file back and prints the count table.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as email_charset
from email import message_from_bytes, policy
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from pathlib import Path
from typing import Final, TypeAlias, cast

HERE: Final = Path(__file__).resolve().parent
SEED: Final = "h98-2028-lumen"
PREFIX: Final = "h98"
AR_NAME: Final = "Lumen Stage Lighting Accounts"
AR_ADDR: Final = "ar@lumen-stagelight.example"
AR_DOMAIN: Final = "lumen-stagelight.example"
AR_MTA: Final = "mail.lumen-stagelight.example"
UK: Final = timezone(timedelta(hours=1))  # British Summer Time, all of August 2028
CE: Final = timezone(timedelta(hours=2))  # Central European Summer Time
FIRST_DAY: Final = date(2028, 7, 31)
LAST_DAY: Final = date(2028, 8, 25)

LANGS: Final = ("en", "de", "fr", "es", "nl", "it")
INTENTS: Final = (
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
KEY_PREFIX: Final = {
    "ps": "payment_sent",
    "pp": "promise_to_pay",
    "di": "dispute",
    "pl": "payment_plan",
    "ir": "invoice_request",
    "wc": "wrong_contact",
    "un": "unsubscribe",
    "ar": "auto_reply",
    "bo": "bounce",
    "ot": "other",
}
FIELD_KEYS: Final = (
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
# Which intent may fill which field: only the winning intent's fields are set.
FIELD_OWNERS: Final = {
    "promised_date": {"promise_to_pay"},
    "paid_date": {"payment_sent"},
    "return_date": {"auto_reply"},
    "payment_reference": {"payment_sent"},
    "amount": {"payment_sent", "promise_to_pay"},
    "currency": {"payment_sent", "promise_to_pay"},
    "new_contact": {"wrong_contact"},
    "bounce_kind": {"bounce"},
    "failed_recipient": {"bounce"},
    "bounce_status": {"bounce"},
}
EXPECTED_LANGS: Final = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}

LabelValue: TypeAlias = str | list[str] | None
Label: TypeAlias = dict[str, LabelValue]


def lab(*refs: str, note: str | None = None, **fields: str) -> Label:
    """The label fields beyond intent and language; `refs` are invoice numbers in the new text."""
    unknown = set(fields) - set(FIELD_KEYS)
    if unknown:
        raise SystemExit(f"unknown label fields: {sorted(unknown)}")
    label: Label = {name: fields.get(name) for name in FIELD_KEYS}
    label["invoice_refs"] = list(refs)
    label["note"] = note
    return label


# --------------------------------------------------------------------------------------------
# Locale tables: what each client prints in each language
# --------------------------------------------------------------------------------------------

DAY_NAMES: Final = {
    "en": (
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ),
    "de": (
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
    ),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "nl": (
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ),
    "it": (
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
    ),
}
DAY_ABBR: Final = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
# Only the months this corpus can show (invoices from May, reminders from July and August).
MONTH_NAMES: Final = {
    "en": {5: "May", 6: "June", 7: "July", 8: "August"},
    "de": {5: "Mai", 6: "Juni", 7: "Juli", 8: "August"},
    "fr": {5: "mai", 6: "juin", 7: "juillet", 8: "août"},
    "es": {5: "mayo", 6: "junio", 7: "julio", 8: "agosto"},
    "nl": {5: "mei", 6: "juni", 7: "juli", 8: "augustus"},
    "it": {5: "maggio", 6: "giugno", 7: "luglio", 8: "agosto"},
}
MONTH_ABBR: Final = {
    "en": {5: "May", 6: "Jun", 7: "Jul", 8: "Aug"},
    "de": {5: "Mai", 6: "Juni", 7: "Juli", 8: "Aug."},
    "fr": {5: "mai", 6: "juin", 7: "juil.", 8: "août"},
    "es": {5: "may", 6: "jun", 7: "jul", 8: "ago"},
    "nl": {5: "mei", 6: "jun", 7: "jul", 8: "aug"},
    "it": {5: "mag", 6: "giu", 7: "lug", 8: "ago"},
}
# separator line, From, Sent, To, Subject, and what follows a label
OUTLOOK_BLOCK: Final = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": (
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
    ),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": (
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
    ),
    "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_REPLY: Final = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
CONTENT_LANGUAGE: Final = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
IPHONE_LINE: Final = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verzonden met mijn iPhone",
    "it": "Inviato da iPhone",
}
ANDROID_LINE: Final = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}


def when_parts(lang: str, dt: datetime) -> dict[str, str]:
    """Pieces of a timestamp as the clients of one language print them."""
    return {
        "day": DAY_NAMES[lang][dt.weekday()],
        "dy": DAY_ABBR[lang][dt.weekday()],
        "month": MONTH_NAMES[lang][dt.month],
        "mon": MONTH_ABBR[lang][dt.month],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "m": str(dt.month),
        "mm": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "H": str(dt.hour),
        "HH": f"{dt.hour:02d}",
        "MM": f"{dt.minute:02d}",
    }


OUTLOOK_SENT: Final = {
    "en": "{dd} {month} {y} {HH}:{MM}",
    "de": "{day}, {d}. {month} {y} {HH}:{MM}",
    "fr": "{day} {d} {month} {y} {HH}:{MM}",
    "es": "{day}, {d} de {month} de {y} {H}:{MM}",
    "nl": "{day} {d} {month} {y} {HH}:{MM}",
    "it": "{day} {d} {month} {y} {HH}:{MM}",
}
GMAIL_SAYS: Final = {
    "en": "On {dy}, {d} {mon} {y} at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dy}, {d}. {mon} {y} um {HH}:{MM} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {dy} {d} {mon} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {dy}, {d} {mon} {y} a las {H}:{MM}, {name} (<{addr}>) escribió:",
    "nl": "Op {dy} {d} {mon} {y} om {HH}:{MM} schreef {name} <{addr}>:",
    "it": "Il giorno {dy} {d} {mon} {y} alle ore {HH}:{MM} {name} <{addr}> ha scritto:",
}
APPLE_SAYS: Final = {
    "en": "On {d} {mon} {y}, at {HH}:{MM}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mm}.{y} um {HH}:{MM} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mon} {y} à {HH}:{MM}, {name} <{addr}> a écrit :",
    "es": "El {d} {mon} {y}, a las {H}:{MM}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mon} {y} om {HH}:{MM} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mon} {y}, alle ore {HH}:{MM}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_SAYS: Final = {
    "en": "On {dd}/{mm}/{y} {HH}:{MM}, {name} wrote:",
    "de": "Am {dd}.{mm}.{yy} um {HH}:{MM} schrieb {name}:",
    "fr": "Le {dd}/{mm}/{y} à {HH}:{MM}, {name} a écrit :",
    "es": "El {d}/{m}/{yy} a las {H}:{MM}, {name} escribió:",
    "nl": "Op {dd}-{mm}-{y} om {HH}:{MM} schreef {name}:",
    "it": "Il {dd}/{mm}/{yy} {HH}:{MM}, {name} ha scritto:",
}


def stamp(template: str, lang: str, dt: datetime, **extra: str) -> str:
    """Fill a client's date template for one language."""
    return template.format(**when_parts(lang, dt), **extra)


# --------------------------------------------------------------------------------------------
# The reminder every message answers
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final = {
    "en": "Overdue invoice {inv} – Lumen Stage Lighting",
    "de": "Zahlungserinnerung: Rechnung {inv} – Lumen Stage Lighting",
    "fr": "Relance : facture {inv} échue – Lumen Stage Lighting",
    "es": "Aviso: factura {inv} pendiente de pago – Lumen Stage Lighting",
    "nl": "Betalingsherinnering factuur {inv} – Lumen Stage Lighting",
    "it": "Promemoria: fattura {inv} scaduta – Lumen Stage Lighting",
}
IBAN_LINE: Final = "Lumen Stage Lighting Ltd – IBAN GB62 LUMN 3094 5720 4188 36 – BIC LUMNGB2L"
REMINDER_TEXT: Final = {
    "en": (
        "Hello,\n\n"
        "Our records show that the invoice below is now past its due date.\n\n"
        "    Invoice:   {inv}\n    Job:       {job}\n    Issued:    {issued}\n    Due:       {due}\n    Amount:    {amount}\n\n"
        "If you have already paid, thank you – please reply with the payment date so that we can match it on our side. If there is a query on the invoice, just reply to this email and we'll look into it.\n\n"
        "Payment details: Lumen Stage Lighting Ltd, sort code 30-94-57, account 20418836. Please quote the invoice number.\n\n"
        "Kind regards,\n\nAccounts Receivable\nLumen Stage Lighting Ltd\nUnit 6, Tannery Yard, Leeds\nar@lumen-stagelight.example | 0113 496 0720"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unseren Unterlagen ist die folgende Rechnung noch offen, obwohl das Zahlungsziel überschritten ist.\n\n"
        "    Rechnung:    {inv}\n    Auftrag:     {job}\n    Datum:       {issued}\n    Fällig am:   {due}\n    Betrag:      {amount}\n\n"
        "Falls Sie bereits bezahlt haben, danken wir Ihnen und bitten um eine kurze Nachricht mit dem Zahlungsdatum. Sollte es Fragen zur Rechnung geben, antworten Sie einfach auf diese E-Mail.\n\n"
        "Bankverbindung: {iban}. Bitte geben Sie die Rechnungsnummer als Verwendungszweck an.\n\n"
        "Mit freundlichen Grüßen\n\nAccounts Receivable\nLumen Stage Lighting Ltd, Leeds (UK)\nar@lumen-stagelight.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, la facture ci-dessous n'a pas encore été réglée alors que son échéance est dépassée.\n\n"
        "    Facture :     {inv}\n    Prestation :  {job}\n    Date :        {issued}\n    Échéance :    {due}\n    Montant :     {amount}\n\n"
        "Si le règlement a déjà été effectué, merci de nous indiquer sa date afin que nous puissions le rapprocher. Pour toute question sur cette facture, il vous suffit de répondre à ce message.\n\n"
        "Coordonnées bancaires : {iban}. Merci de rappeler le numéro de facture.\n\n"
        "Cordialement,\n\nService comptabilité clients\nLumen Stage Lighting Ltd, Leeds (Royaume-Uni)\nar@lumen-stagelight.example"
    ),
    "es": (
        "Hola:\n\n"
        "Según nuestros registros, la siguiente factura ha superado su fecha de vencimiento y sigue pendiente de pago.\n\n"
        "    Factura:      {inv}\n    Servicio:     {job}\n    Fecha:        {issued}\n    Vencimiento:  {due}\n    Importe:      {amount}\n\n"
        "Si ya la han pagado, muchas gracias; les rogamos que nos indiquen la fecha del pago para poder conciliarlo. Si tienen alguna duda sobre la factura, basta con responder a este correo.\n\n"
        "Datos bancarios: {iban}. Indiquen el número de factura como concepto.\n\n"
        "Un saludo,\n\nDepartamento de cobros\nLumen Stage Lighting Ltd, Leeds (Reino Unido)\nar@lumen-stagelight.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur nog niet betaald, terwijl de betaaltermijn is verstreken.\n\n"
        "    Factuur:      {inv}\n    Opdracht:     {job}\n    Datum:        {issued}\n    Vervaldatum:  {due}\n    Bedrag:       {amount}\n\n"
        "Heeft u al betaald? Dan danken wij u hartelijk en vernemen wij graag de betaaldatum, zodat wij de betaling kunnen verwerken. Heeft u een vraag over de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Bankgegevens: {iban}, o.v.v. het factuurnummer.\n\n"
        "Met vriendelijke groet,\n\nDebiteurenbeheer\nLumen Stage Lighting Ltd, Leeds (VK)\nar@lumen-stagelight.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri archivi risulta che la fattura indicata di seguito è scaduta e non ancora saldata.\n\n"
        "    Fattura:    {inv}\n    Servizio:   {job}\n    Data:       {issued}\n    Scadenza:   {due}\n    Importo:    {amount}\n\n"
        "Se avete già effettuato il pagamento, vi ringraziamo e vi chiediamo di indicarci la data del bonifico, così da poterlo abbinare. Per qualsiasi domanda sulla fattura è sufficiente rispondere a questa e-mail.\n\n"
        "Coordinate bancarie: {iban}. Indicate il numero di fattura nella causale.\n\n"
        "Cordiali saluti,\n\nUfficio crediti\nLumen Stage Lighting Ltd, Leeds (Regno Unito)\nar@lumen-stagelight.example"
    ),
}
DATE_STYLE: Final = {
    "en": "{dd}/{mm}/{y}",
    "de": "{dd}.{mm}.{y}",
    "fr": "{dd}/{mm}/{y}",
    "es": "{dd}/{mm}/{y}",
    "nl": "{dd}-{mm}-{y}",
    "it": "{dd}/{mm}/{y}",
}
# What a Latin-1 client does to characters its charset lacks when it quotes the reminder.
LATIN1_SUBSTITUTES: Final = {"–": "-", "€": "EUR", "’": "'", "…": "..."}


def latin1_safe(text: str) -> str:
    """Replace the characters ISO-8859-1 cannot carry, as an old client would."""
    for char, plain in LATIN1_SUBSTITUTES.items():
        text = text.replace(char, plain)
    return text


def money(lang: str, amount: str) -> str:
    """An amount as the reminder prints it in each language (GBP for the UK, EUR elsewhere)."""
    value = Decimal(amount)
    grouped = f"{value:,.2f}"
    if lang == "en":
        return f"£{grouped}"
    continental = grouped.replace(",", "_").replace(".", ",").replace("_", ".")
    if lang == "fr":
        return continental.replace(".", "\u00a0") + "\u00a0€"
    if lang in {"nl", "it"}:
        return f"€ {continental}"
    return f"{continental} €"


def short_date(lang: str, day: date) -> str:
    """A calendar date in the reminder's local numeric style."""
    return DATE_STYLE[lang].format(dd=f"{day.day:02d}", mm=f"{day.month:02d}", y=day.year)


def digest(key: str, salt: str) -> bytes:
    """Stable bytes for one message and one purpose."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """Stable upper-case base32 characters."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def number(key: str, salt: str, modulo: int) -> int:
    """A stable small number."""
    return int.from_bytes(digest(key, salt)[:4], "big") % modulo


def reminder_subject(lang: str, inv: str, charset: str = "utf-8") -> str:
    """The reminder's subject, as the replying client would have it."""
    subject = REMINDER_SUBJECT[lang].format(inv=inv)
    return latin1_safe(subject) if charset == "iso-8859-1" else subject


def reminder_dates(key: str, sent: date) -> tuple[date, date]:
    """Issue and due date of the reminded invoice: 30-day terms, a week or three overdue."""
    due = sent - timedelta(days=8 + number(key, "due", 14))
    return due - timedelta(days=30), due


def reminder_text(lang: str, key: str, inv: str, amount: str, job: str, sent: date) -> str:
    """The reminder body in one language."""
    issued, due = reminder_dates(key, sent)
    return REMINDER_TEXT[lang].format(
        inv=inv,
        job=job,
        issued=short_date(lang, issued),
        due=short_date(lang, due),
        amount=money(lang, amount),
        iban=IBAN_LINE,
    )


def reminder_msgid(key: str) -> str:
    """The Message-ID of the reminder a message answers."""
    return f"<ar.{digest(key, 'reminder').hex()[:20]}@{AR_MTA}>"


def reminder_sent(key: str, reply: datetime, gap: int) -> datetime:
    """The reminder run: `gap` working days before the reply (0: that morning), a little after nine, UK time."""
    day = reply.astimezone(UK).date()
    remaining = gap
    while remaining > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            remaining -= 1
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime(day.year, day.month, day.day, 9, 4 + number(key, "run", 30), 0, tzinfo=UK)


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------

Q_SAFE: Final = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def encoded_words(text: str, charset: str, method: str, lead: int = 9) -> str:
    """RFC 2047 encoded-words for a non-ASCII phrase; `lead` is what precedes it on the first line."""
    if text.isascii():
        return text
    head = f"=?{charset}?{method}?"
    room = 76 - lead - len(head) - 2
    words: list[str] = []
    chunk = b""
    for char in text:
        raw = char.encode(charset)
        if len(encode_chunk(chunk + raw, method)) > room:
            words.append(head + encode_chunk(chunk, method) + "?=")
            chunk = b""
            room = 75 - len(head) - 2
        chunk += raw
    words.append(head + encode_chunk(chunk, method) + "?=")
    return " ".join(words)


def encode_chunk(raw: bytes, method: str) -> str:
    """The encoded text of one encoded-word (B or Q)."""
    if method.upper() == "B":
        return base64.b64encode(raw).decode()
    return "".join(
        chr(byte) if byte in Q_SAFE else "_" if byte == 0x20 else f"={byte:02X}" for byte in raw
    )


def mailbox(name: str, addr: str, charset: str, method: str) -> str:
    """A From/To/Cc mailbox with the display name encoded when it needs to be."""
    if not name:
        return addr
    if name.isascii():
        quoted = f'"{name}"' if re.search(r"[(),.:;<>@\[\]\"]", name) else name
        return f"{quoted} <{addr}>"
    return f"{encoded_words(name, charset, method, lead=6)} <{addr}>"


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text/* part in the given charset and transfer encoding (qp, b64, 8bit or 7bit)."""
    text.encode(charset)  # raises if the hand-written text does not fit the declared charset
    part = MIMENonMultipart("text", subtype)
    body_charset = email_charset.Charset(charset)
    if cte == "qp":
        body_charset.body_encoding = email_charset.QP
    elif cte == "b64":
        body_charset.body_encoding = email_charset.BASE64
    else:
        body_charset.body_encoding = None  # type: ignore[assignment]
    part.set_payload(text, body_charset)
    return part


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative with a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def quote_block(text: str) -> str:
    """'>'-quoted lines, as Gmail, Apple Mail and iPhone Mail quote in plain text."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def esc(line: str) -> str:
    """HTML-escape one line and keep runs of spaces visible."""
    return html.escape(line, quote=False).replace("  ", "&nbsp; ")


def div_lines(text: str) -> str:
    """One <div> per line, blank lines as <div><br></div> (Gmail and Apple Mail compose this way)."""
    return "".join(
        f"<div>{esc(line)}</div>" if line else "<div><br></div>" for line in text.split("\n")
    )


def mso_lines(text: str) -> str:
    """Word's paragraphs, one per line."""
    return "\n".join(
        f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>'
        if line
        else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        for line in text.split("\n")
    )


def flowed(text: str, quote: bool = False, width: int = 72) -> str:
    """format=flowed lines (RFC 3676): soft breaks end in a space; quoted lines keep their '>'."""
    out: list[str] = []
    lead = "> " if quote else ""
    for raw in text.split("\n"):
        if not raw:
            out.append(">" if quote else "")
            continue
        stuffed = not quote and raw.startswith((" ", "From ", ">"))
        line = " " + raw if stuffed else raw  # space-stuffing
        if len(lead) + len(line) <= width:
            out.append(lead + line)
            continue
        current = ""
        for word in line.split(" "):
            if current and len(lead) + len(current) + len(word) + 1 > width:
                out.append(lead + current)
                current = ""
            current += word + " "
        out.append(lead + current[:-1])
    return "\n".join(out)


FAKE_PDF: Final = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R/Size 4>>\n%%EOF\n"
)


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


def zone(lang: str) -> timezone:
    """UK senders write in BST; everyone else in this corpus in CEST."""
    return UK if lang == "en" else CE


def local_time(key: str, when: str, lang: str) -> datetime:
    """A spec's 'YYYY-MM-DD HH:MM' in the sender's zone, with stable seconds."""
    base = datetime.fromisoformat(when).replace(tzinfo=zone(lang))
    return base.replace(second=number(key, "second", 60))


@dataclass(frozen=True)
class Reply:
    """One hand-written reply to a reminder: who wrote it, when, with which client, and its label."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    inv: str
    amount: str
    job: str
    body: str
    label: Label
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    cc: tuple[str, str] | None = None
    attach: str = ""
    gap: int = 1

    @property
    def dt(self) -> datetime:
        """The Date: of the reply."""
        return local_time(self.key, self.when, self.lang)


@dataclass(frozen=True)
class Notice:
    """An automatic message that quotes nothing: an auto-reply, a ticket receipt, an AP advice."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    subject: str
    body: str
    label: Label
    inv: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    markup: str = ""
    html_only: bool = False
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool = False
    client: str = "notice"

    @property
    def dt(self) -> datetime:
        """The Date: of the notice."""
        return local_time(self.key, self.when, self.lang)


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    to: str
    lang: str


def make_quote(r: Reply) -> Quote:
    """The reminder a reply answers, in the sender's language and time zone."""
    sent = reminder_sent(r.key, r.dt, r.gap)
    text = reminder_text(r.lang, r.key, r.inv, r.amount, r.job, sent.date())
    if r.charset == "iso-8859-1":
        text = latin1_safe(text)
    name, addr = r.sender
    return Quote(
        text=text,
        subject=reminder_subject(r.lang, r.inv, r.charset),
        sent=sent.astimezone(zone(r.lang)),
        to=f"{name} <{addr}>" if name else addr,
        lang=r.lang,
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    """The From/Sent/To/Subject rows of an Outlook reply header."""
    _, frm, sent, to, subject, _ = OUTLOOK_BLOCK[q.lang]
    return [
        (frm, f"{AR_NAME} <{AR_ADDR}>"),
        (sent, stamp(OUTLOOK_SENT[q.lang], q.lang, q.sent)),
        (to, q.to),
        (subject, q.subject),
    ]


def outlook_plain_rows(q: Quote) -> str:
    """The header rows as Outlook writes them in plain text."""
    sep = OUTLOOK_BLOCK[q.lang][5]
    return "\n".join(f"{label}{sep}{value}" for label, value in outlook_rows(q))


def gmail_says(q: Quote) -> str:
    """Gmail's attribution line."""
    return stamp(GMAIL_SAYS[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def apple_says(q: Quote) -> str:
    """Apple Mail's and iPhone Mail's attribution line."""
    return stamp(APPLE_SAYS[q.lang], q.lang, q.sent, name=AR_NAME, addr=AR_ADDR)


def word_markup(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word paragraphs, the grey divider, the quoted reminder."""
    sep = OUTLOOK_BLOCK[q.lang][5].rstrip()
    rows = "<br>\n".join(
        f"<b>{esc(label)}{esc(sep)}</b> {esc(value)}" for label, value in outlook_rows(q)
    )
    word_lang = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle20 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{word_lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso_lines(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{rows}<o:p></o:p></p>\n</div>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso_lines(q.text)}\n</div>\n</body>\n</html>\n"
    )


def render_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop in plain-text mode with the localised 'Original Message' block."""
    block = OUTLOOK_BLOCK[q.lang][0]
    text = f"{r.body}\n\n{block}\n{outlook_plain_rows(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def render_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative, Word markup."""
    text = f"{r.body}\n\n{outlook_plain_rows(q)}\n\n{q.text}\n"
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(word_markup(r, q), "html", r.charset, r.cte),
    )


def render_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as text/html alone."""
    return text_part(word_markup(r, q), "html", r.charset, r.cte)


def render_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64, its localised footer, then the header rows."""
    text = f"{r.body}\n\n{ANDROID_LINE[q.lang]}\n{'_' * 32}\n{outlook_plain_rows(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_plain_text(r: Reply, q: Quote) -> str:
    """Gmail's plain-text rendering: reply, attribution, '>' quote."""
    return f"{r.body}\n\n{gmail_says(q)}\n\n{quote_block(q.text)}\n"


def render_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative with a gmail_quote block."""
    markup = (
        f'<div dir="ltr">{div_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(gmail_says(q), quote=False)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{div_lines(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(gmail_plain_text(r, q), "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def render_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode."""
    return text_part(gmail_plain_text(r, q), "plain", r.charset, r.cte)


def render_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac: multipart/alternative with a cite blockquote."""
    plain = f"{r.body}\n\n{apple_says(q)}\n\n{quote_block(q.text)}\n"
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{div_lines(r.body)}<div><br><blockquote type="cite"><div>{html.escape(apple_says(q), quote=False)}</div>'
        f'<br class="Apple-interchange-newline">{div_lines(q.text)}</blockquote></div><br></body></html>\n'
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def render_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: reply, the localised 'Sent from my iPhone', then the whole quote under '>'."""
    quoted = quote_block(f"{apple_says(q)}\n\n{q.text}")
    text = f"{r.body}\n\n{IPHONE_LINE[q.lang]}\n\n{quoted}\n"
    return text_part(text, "plain", r.charset, r.cte)


def render_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text, attribution directly above the quote."""
    says = stamp(THUNDERBIRD_SAYS[q.lang], q.lang, q.sent, name=AR_NAME)
    text = f"{flowed(r.body)}\n\n{says}\n{flowed(q.text, quote=True)}\n"
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


RENDERERS: Final[dict[str, Callable[[Reply, Quote], Message]]] = {
    "outlook": render_outlook,
    "outlook_html": render_outlook_html,
    "html_only": render_html_only,
    "android": render_android,
    "gmail": render_gmail,
    "gmail_plain": render_gmail_plain,
    "apple": render_apple,
    "iphone": render_iphone,
    "thunderbird": render_thunderbird,
}
OUTLOOK_FAMILY: Final = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3774.600.62)"),),
    "iphone": (("X-Mailer", "iPhone Mail (21G93)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
}


def header_encoding(client: str, charset: str) -> tuple[str, str]:
    """The charset label and RFC 2047 method each client uses for non-ASCII headers."""
    if charset != "utf-8":
        return charset, "Q"
    return {
        "gmail": ("UTF-8", "B"),
        "gmail_plain": ("UTF-8", "B"),
        "apple": ("utf-8", "Q"),
        "iphone": ("utf-8", "Q"),
        "thunderbird": ("UTF-8", "Q"),
    }.get(client, ("utf-8", "B"))


def reply_msgid(key: str, client: str, addr: str) -> str:
    """A Message-ID shaped like the client's own."""
    domain = addr.split("@")[1]
    raw = digest(key, "msgid")
    if client in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if client in OUTLOOK_FAMILY:
        host = (
            f"{b32(key, 'host', 4)}PR0{number(key, 'pr', 9) + 1}MB{1000 + number(key, 'mb', 9000)}"
        )
        return f"<{b32(key, 'ms', 34)}@{host}.eurprd0{number(key, 'eur', 9) + 1}.prod.outlook.com>"
    if client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if client == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:26]}@{domain}>"


def outlook_headers(
    key: str, lang: str, topic: str, charset: str, attach: bool
) -> list[tuple[str, str]]:
    """The thread and language headers Exchange adds to Outlook messages."""
    index = base64.b64encode(b"\x01\xda" + digest(key, "thread")[:20]).decode()
    return [
        ("Thread-Topic", encoded_words(topic, charset, "B", lead=14)),
        ("Thread-Index", index),
        ("Content-Language", CONTENT_LANGUAGE[lang]),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_pdf(body: Message, filename: str) -> Message:
    """multipart/mixed: the message and a PDF attachment."""
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(FAKE_PDF, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=filename)
    outer.attach(pdf)
    return outer


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject line the client puts on the reply."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_REPLY[r.lang] if r.client in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def build_reply(r: Reply) -> Message:
    """The complete reply, as it would arrive."""
    q = make_quote(r)
    body = RENDERERS[r.client](r, q)
    if r.attach:
        body = with_pdf(body, r.attach)
    hcharset, method = header_encoding(r.client, r.charset)
    headers = [
        ("From", mailbox(*r.sender, hcharset, method)),
        ("To", mailbox(AR_NAME, AR_ADDR, hcharset, method)),
    ]
    if r.cc:
        headers.append(("Cc", mailbox(*r.cc, hcharset, method)))
    headers += [
        ("Subject", encoded_words(reply_subject(r, q), hcharset, method)),
        ("Date", format_datetime(r.dt)),
        ("Message-ID", reply_msgid(r.key, r.client, r.sender[1])),
        ("In-Reply-To", reminder_msgid(r.key)),
        ("References", reminder_msgid(r.key)),
    ]
    if r.client in OUTLOOK_FAMILY:
        headers += outlook_headers(r.key, r.lang, q.subject, hcharset, bool(r.attach))
    headers += [*CLIENT_HEADERS.get(r.client, ()), *r.headers]
    return assemble(body, headers, r.key, r.client)


def build_notice(n: Notice) -> Message:
    """An automatic message: plain, plain plus HTML, or HTML alone; it quotes nothing."""
    if n.html_only:
        body = text_part(n.markup, "html", n.charset, n.cte)
    elif n.markup:
        body = alternative(
            text_part(n.body, "plain", n.charset, n.cte),
            text_part(n.markup, "html", n.charset, n.cte),
        )
    else:
        body = text_part(n.body, "plain", n.charset, n.cte)
    rsub = reminder_subject(n.lang, n.inv, n.charset) if n.inv else ""
    hcharset, method = header_encoding(n.client, n.charset)
    headers = [
        ("From", mailbox(*n.sender, hcharset, method)),
        ("To", AR_ADDR),
        ("Subject", encoded_words(n.subject.format(rsub=rsub), hcharset, method)),
        ("Date", format_datetime(n.dt)),
        ("Message-ID", reply_msgid(n.key, n.client, n.sender[1])),
    ]
    if n.threaded:
        headers += [
            ("In-Reply-To", reminder_msgid(n.key)),
            ("References", reminder_msgid(n.key)),
        ]
    if n.client in OUTLOOK_FAMILY:
        headers += outlook_headers(n.key, n.lang, rsub, hcharset, attach=False)
    headers += list(n.headers)
    return assemble(body, headers, n.key, n.client)


# --------------------------------------------------------------------------------------------
# Assembly: header order, MIME-Version, boundaries
# --------------------------------------------------------------------------------------------

CONTENT_HEADERS: Final = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")


def boundary(key: str, client: str, n: int) -> str:
    """A stable boundary, shaped like the generating software's own."""
    if client in {"gmail", "gmail_plain", "gmail_bounce"}:
        return "000000000000" + digest(key, f"boundary{n}").hex()[:16]
    if client in {"apple", "iphone"}:
        h = digest(key, f"boundary{n}").hex().upper()
        return (
            f"Apple-Mail={'_' if n == 0 else '-'}{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        )
    if client in OUTLOOK_FAMILY or client == "exchange":
        return f"_00{n}_{b32(key, f'boundary{n}', 32)}_"
    if client == "postfix":
        return f"{b32(key, 'queue', 12)}.{1722580000 + number(key, 'epoch', 99999)}/{AR_MTA}"
    return f"----=_Part_{number(key, f'boundary{n}', 999999)}_{number(key, f'b2{n}', 99999999)}.{1722580000000 + n}"


def drop_inner_versions(part: Message, root: bool) -> None:
    """Only the top of a message (and of an enclosed message) carries MIME-Version."""
    if not root:
        del part["MIME-Version"]
    if part.is_multipart():
        for sub in cast(list[Message], part.get_payload()):
            drop_inner_versions(sub, root=part.get_content_type() == "message/rfc822")


def assemble(body: Message, headers: list[tuple[str, str]], key: str, client: str) -> Message:
    """Put the envelope headers on top, the content headers below them, fix the boundaries."""
    saved = sorted(
        ((name, value) for name, value in body.items() if name in CONTENT_HEADERS),
        key=lambda pair: CONTENT_HEADERS.index(pair[0]),
    )
    for name in CONTENT_HEADERS:
        del body[name]
    for name, value in headers:
        body[name] = value
    body["MIME-Version"] = "1.0"
    for name, value in saved:
        if name != "MIME-Version":
            body[name] = value
    drop_inner_versions(body, root=True)
    multiparts = [p for p in body.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        part.set_boundary(boundary(key, client, n))
    return body


# --------------------------------------------------------------------------------------------
# Bounces: machine skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder that was sent to `rcpt` in the customer's language."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    inv: str
    amount: str
    job: str
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The Date: of the report."""
        return local_time(self.key, self.when, self.lang)

    @property
    def sent(self) -> datetime:
        """When the reminder left Lumen's server."""
        return (self.dt - timedelta(minutes=2 + number(self.key, "lag", 5))).astimezone(UK)

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]

    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.lang, self.inv)

    def reminder(self) -> Message:
        """The reminder exactly as Lumen sent it."""
        text = reminder_text(self.lang, self.key, self.inv, self.amount, self.job, self.sent.date())
        msg = text_part(text + "\n", "plain", "utf-8", "qp")
        headers = [
            ("From", mailbox(AR_NAME, AR_ADDR, "utf-8", "Q")),
            ("To", self.rcpt),
            ("Subject", encoded_words(self.subject(), "utf-8", "Q")),
            ("Date", format_datetime(self.sent)),
            ("Message-ID", reminder_msgid(self.key)),
        ]
        return assemble(msg, headers, self.key, "lumen")

    def received(self) -> str:
        """The Received: line Lumen's server put on the reminder when the ledger system submitted it."""
        return (
            "Received: from ledger.lumen-stagelight.example (ledger.lumen-stagelight.example [10.1.4.22])\n"
            f"\tby {AR_MTA} (Postfix) with ESMTPSA id {b32(self.key, 'queue', 12)}\n"
            f"\tfor <{self.rcpt}>; {format_datetime(self.sent)}\n"
        )

    def header_block(self) -> str:
        """The reminder's header section (folded as sent), as reports copy it."""
        head = self.reminder().as_string(maxheaderlen=78).split("\n\n", 1)[0]
        return f"Return-Path: <{AR_ADDR}>\n{self.received()}{head}\n"

    def full_copy(self) -> str:
        """The whole reminder as it left Lumen's server."""
        return self.reminder().as_string(maxheaderlen=78)


def delivery_status(
    b: Bounce, mta: str, action: str, diagnostic: str, remote: str = "", extra: str = ""
) -> Message:
    """A message/delivery-status part (RFC 3464)."""
    per_message = f"Reporting-MTA: dns; {mta}\n{extra}Arrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
    ]
    if remote:
        fields.append(f"Remote-MTA: dns; {remote}")
    fields += [
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=4))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    blocks = [per_message, "\n".join(fields) + "\n"]
    part.set_payload([email_from_text(block) for block in blocks])
    return part


def email_from_text(block: str) -> Message:
    """A header block as a Message, for delivery-status parts."""
    return message_from_bytes(block.encode("ascii"))


def rfc822_headers(b: Bounce) -> Message:
    """A text/rfc822-headers part with the returned reminder's headers."""
    return text_part(b.header_block(), "rfc822-headers", "us-ascii", "7bit")


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def described(part: Message, description: str) -> Message:
    """Add a Content-Description, as Postfix does on each part."""
    part["Content-Description"] = description
    return part


def finish(
    b: Bounce,
    body: Message,
    sender: str,
    subject: str,
    software: str,
    extra: tuple[tuple[str, str], ...] = (("Auto-Submitted", "auto-replied"),),
    mime: bool = True,
) -> Message:
    """Envelope headers of a report."""
    host = re.split(r"[> ]", sender.rsplit("@", 1)[1], maxsplit=1)[0]
    headers = [
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", encoded_words(subject, "utf-8", "B")),
        ("Date", format_datetime(b.dt)),
        ("Message-ID", f"<{digest(b.key, 'report').hex()[:24]}@{host}>"),
        *extra,
    ]
    if not mime:
        for name, value in headers:
            body[name] = value
        return body
    return assemble(body, headers, b.key, software)


def exchange_human(lines: list[str], charset: str) -> Message:
    """The human part of an Exchange Online report: plain and HTML."""
    plain = "\n\n".join(lines) + "\n"
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        "<body><div style=\"font-family:'Segoe UI',sans-serif;font-size:14px;color:#212121\">"
        f'<p style="font-size:17px;color:#C00000"><b>{html.escape(lines[0], quote=False)}</b></p>'
        + "".join(
            f"<p>{html.escape(line, quote=False)}</p>".replace("\n", "<br>") for line in lines[1:]
        )
        + "</div></body></html>\n"
    )
    return alternative(
        text_part(plain, "plain", charset, "qp"),
        text_part(markup, "html", charset, "qp"),
    )


def bounce_postfix(b: Bounce) -> Message:
    """Lumen's own Postfix: the remote server refused the address (5.1.1), full message returned."""
    remote = f"mx1.{b.domain}"
    human = (
        f"This is the mail system at host {AR_MTA}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host {remote}[198.51.100.17] said: 550 5.1.1\n"
        f"    <{b.rcpt}>: Recipient address rejected: User unknown in local\n"
        "    recipient table (in reply to RCPT TO command)\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    queue = f"X-Postfix-Queue-ID: {b32(b.key, 'queue', 12)}\nX-Postfix-Sender: rfc822; {AR_ADDR}\n"
    body = report(
        described(text_part(human, "plain", "us-ascii", "7bit"), "Notification"),
        described(delivery_status(b, AR_MTA, "failed", diag, remote, queue), "Delivery report"),
        described(MIMEMessage(b.reminder()), "Undelivered Message"),
    )
    sender = f"MAILER-DAEMON@{AR_MTA} (Mail Delivery System)"
    return finish(b, body, sender, "Undelivered Mail Returned to Sender", "postfix")


def bounce_qmail(b: Bounce) -> Message:
    """qmail at the customer's host: over quota, a 'permanent' failure with #5.2.2, no MIME."""
    host = "mail.hostbarn.example"
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "The users mailfolder is over the allowed quota (size). (#5.2.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked from network); {format_datetime(b.sent)}\n"
        f"Received: from {AR_MTA} (HELO {AR_MTA}) (203.0.113.25)\n"
        f"  by {host} with ESMTPS; {format_datetime(b.sent)}\n"
        f"{b.full_copy()}"
    )
    msg = Message()
    msg.set_payload(text)
    return finish(b, msg, f"MAILER-DAEMON@{host}", "failure notice", "qmail", extra=(), mime=False)


def bounce_gmail(b: Bounce) -> Message:
    """Gmail: the recipient's domain no longer exists."""
    lines = [
        "** Address not found **",
        f"Your message wasn't delivered to {b.rcpt} because the domain {b.domain} couldn't be found. Check for typos or unnecessary spaces and try again.",
        "Learn more at https://support.google.com/mail/answer/6596",
        "The response was:",
        f"DNS Error: DNS type 'mx' lookup of {b.domain} responded with code NXDOMAIN Domain name not found: {b.domain}",
    ]
    markup = (
        "<html><head></head><body>"
        + "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines)
        + "</body></html>\n"
    )
    human = alternative(
        text_part("\n\n".join(lines) + "\n", "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )
    diag = f"DNS Error: DNS type 'mx' lookup of {b.domain} responded with code NXDOMAIN"
    body = report(human, delivery_status(b, "mx.google.com", "failed", diag), rfc822_headers(b))
    return finish(
        b,
        body,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        "gmail_bounce",
        extra=(("X-Failed-Recipients", b.rcpt), ("Auto-Submitted", "auto-replied")),
    )


def bounce_exim_de(b: Bounce) -> Message:
    """Exim at a German host with localised texts: the mailbox server refuses by policy (5.7.1)."""
    host = "mx2.netzhafen-hosting.example"
    text = (
        "Diese Nachricht wurde automatisch vom Mailsystem erzeugt.\n\n"
        "Eine Nachricht, die Sie gesendet haben, konnte an einen oder mehrere Empfänger nicht zugestellt werden. "
        "Es handelt sich um einen dauerhaften Fehler. Folgende Adresse ist betroffen:\n\n"
        f"  {b.rcpt}\n"
        f"    host mailstore3.netzhafen-hosting.example [192.0.2.114]\n"
        f"    SMTP-Fehler vom Zielserver nach RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.7.1 <{b.rcpt}>: Recipient address rejected: Absender durch Richtlinie des Empfängers gesperrt\n\n"
        "Bitte wenden Sie sich auf anderem Weg an den Empfänger.\n\n"
        "------ Dies ist eine Kopie der Kopfzeilen der Nachricht. ------\n\n"
        f"{b.header_block()}"
    )
    body = text_part(text, "plain", "utf-8", "8bit")
    return finish(
        b,
        body,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Mail delivery failed: returning message to sender",
        "exim",
        extra=(("X-Failed-Recipients", b.rcpt), ("Auto-Submitted", "auto-replied")),
    )


def bounce_provider_fr(b: Bounce) -> Message:
    """A French provider's own notice: mailbox full, still retrying (4.2.2), headers attached."""
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie. Votre message n'a pas encore pu être remis au destinataire suivant :\n\n"
        f"    {b.rcpt}\n\n"
        "Motif : la boîte aux lettres du destinataire est pleine (452 4.2.2 Over quota).\n\n"
        "Nous allons réessayer automatiquement pendant 72 heures. Si la remise reste impossible, le message vous sera retourné. Vous n'avez rien à faire pour l'instant.\n\n"
        "Les en-têtes de votre message figurent en pièce jointe.\n\n"
        "-- \nService de messagerie Courriel Pro\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "qp"))
    outer.attach(rfc822_headers(b))
    return finish(
        b,
        outer,
        "Service de messagerie <mailer-daemon@relais.courrielpro.example>",
        "Avis de remise différée",
        "provider",
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    """Exchange Online in French: recipient not found (5.1.10)."""
    server = "PR2P264MB0417.FRAP264.PROD.OUTLOOK.example"
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = exchange_human(
        [
            f"Votre message à {b.rcpt} n'a pas pu être remis.",
            f"L'adresse {b.rcpt} est introuvable dans le domaine {b.domain}.",
            "Que dois-je faire ?\nVérifiez l'adresse du destinataire et renvoyez le message. Si le problème persiste, contactez le destinataire par un autre moyen (par téléphone, par exemple) pour obtenir une adresse valide.",
            f"Informations de diagnostic pour les administrateurs :\nServeur de génération : {server}\n{b.rcpt}\nLe serveur distant a retourné « {diag} »",
        ],
        "utf-8",
    )
    body = report(human, delivery_status(b, server, "failed", diag), rfc822_headers(b))
    return finish(
        b,
        body,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Non remis : {b.subject()}",
        "exchange",
    )


def bounce_postfix_es(b: Bounce) -> Message:
    """A Spanish host's Postfix with localised texts: user unknown (5.1.1), headers returned."""
    host = "correo.servihost-iberia.example"
    remote = f"mx.{b.domain}"
    human = (
        f"Este es el sistema de correo del servidor {host}.\n\n"
        "Lamentamos comunicarle que su mensaje no se ha podido entregar a uno o varios destinatarios. "
        "Se adjuntan las cabeceras del mensaje original.\n\n"
        "Si necesita ayuda, escriba a postmaster e incluya este informe.\n\n"
        "                   El sistema de correo\n\n"
        f"<{b.rcpt}>: el servidor {remote}[203.0.113.51] respondió: 550 5.1.1 <{b.rcpt}>: "
        "usuario desconocido / user unknown (en respuesta al comando RCPT TO)\n"
    )
    diag = f"550 5.1.1 <{b.rcpt}>: usuario desconocido / user unknown"
    body = report(
        described(text_part(human, "plain", "utf-8", "qp"), "Notificación"),
        described(delivery_status(b, host, "failed", diag, remote), "Informe de entrega"),
        described(rfc822_headers(b), "Cabeceras del mensaje no entregado"),
    )
    return finish(
        b,
        body,
        f"MAILER-DAEMON@{host} (Sistema de entrega de correo)",
        "Correo no entregado: devuelto al remitente",
        "postfix",
    )


def bounce_greylist_es(b: Bounce) -> Message:
    """A Spanish relay: the receiving server greylists the reminder (450 4.7.1), still retrying."""
    host = "relay2.envio-seguro.example"
    human = (
        "Aviso automático: no es necesario responder.\n\n"
        f"Su mensaje para {b.rcpt} todavía no se ha entregado. El servidor de destino lo ha rechazado de forma temporal por su política antispam (lista gris):\n\n"
        f"    450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, please try again later\n\n"
        "Seguiremos intentándolo durante los próximos 4 días. Si no lo conseguimos, recibirá un aviso de error definitivo.\n\n"
        f"Asunto del mensaje: {b.subject()}\n"
    )
    diag = f"450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, please try again later"
    body = report(
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(b, host, "delayed", diag, f"mx.{b.domain}"),
        rfc822_headers(b),
    )
    return finish(
        b,
        body,
        f"Postmaster <postmaster@{host}>",
        "Aviso: entrega retrasada de su mensaje",
        "relay",
    )


def bounce_exchange_nl(b: Bounce) -> Message:
    """Exchange Online in Dutch: delivery delayed (4.4.7)."""
    server = "AM8PR02MB6620.eurprd02.prod.outlook.example"
    diag = "451 4.4.7 Message delayed; remote server did not respond within the allowed time"
    human = exchange_human(
        [
            "De bezorging is vertraagd voor deze geadresseerden of groepen:",
            f"{b.rcpt}\nOnderwerp: {b.subject()}",
            "Dit bericht is nog niet bezorgd. We blijven het proberen. U hoeft niets te doen; u ontvangt bericht als de bezorging definitief mislukt.",
            f"Diagnostische gegevens voor beheerders:\nGenererende server: {server}\n{b.rcpt}\nDe externe server heeft '{diag}' geretourneerd",
        ],
        "utf-8",
    )
    body = report(human, delivery_status(b, server, "delayed", diag), rfc822_headers(b))
    return finish(
        b,
        body,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Bezorging vertraagd: {b.subject()}",
        "exchange",
    )


def bounce_provider_nl(b: Bounce) -> Message:
    """A Dutch host's own notice: the domain no longer exists (5.4.4), headers inline, not RFC 3464."""
    host = "smtp.webhuis-hosting.example"
    text = (
        f"Dit is een automatisch bericht van de mailserver {host}.\n\n"
        "Uw bericht kon niet worden afgeleverd bij:\n\n"
        f"  {b.rcpt}\n\n"
        f"Reden: het domein {b.domain} bestaat niet (meer); er is geen mailserver voor gevonden.\n"
        "Technische melding: 550 5.4.4 Unable to route: no mail exchanger for domain\n\n"
        "Dit is een permanente fout. Het bericht wordt niet opnieuw verzonden.\n\n"
        "--- Kopregels van het oorspronkelijke bericht ---\n\n"
        f"{b.header_block()}"
    )
    body = text_part(text, "plain", "utf-8", "qp")
    return finish(
        b,
        body,
        f"Mail Delivery System <mailer-daemon@{host}>",
        "Onbestelbaar bericht",
        "provider",
    )


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian host's own notice: the destination does not answer (4.4.1), still retrying."""
    host = "mx1.retemail-servizi.example"
    text = (
        "Messaggio generato automaticamente, non rispondere.\n\n"
        f"Il messaggio inviato a {b.rcpt} non è stato ancora consegnato.\n"
        f"Motivo: il server di destinazione mail.{b.domain} non risponde (421 4.4.1 Connection timed out).\n\n"
        "Il sistema effettuerà nuovi tentativi per le prossime 48 ore. Non è necessario inviare di nuovo il messaggio.\n\n"
        "Intestazioni del messaggio originale:\n\n"
        f"{latin1_safe(b.header_block())}"
    )
    body = text_part(text, "plain", "iso-8859-1", "qp")
    return finish(
        b,
        body,
        f"Sistema di posta <mailer-daemon@{host}>",
        "Avviso di ritardo nella consegna",
        "provider",
        extra=(("Auto-Submitted", "auto-generated"),),
    )


def bounce_exchange_it(b: Bounce) -> Message:
    """Exchange Online in Italian: mailbox full (554 5.2.2), which the corpus counts as soft."""
    server = "DB9PR06MB7781.eurprd06.prod.outlook.example"
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    human = exchange_human(
        [
            f"Impossibile recapitare il messaggio a {b.rcpt}.",
            "La cassetta postale del destinatario è piena e al momento non può ricevere messaggi.",
            "Come risolvere il problema?\nRiprovare a inviare il messaggio più tardi oppure contattare il destinatario in un altro modo e chiedergli di liberare spazio nella cassetta postale.",
            f"Informazioni di diagnostica per gli amministratori:\nServer di generazione: {server}\n{b.rcpt}\nIl server remoto ha restituito '{diag}'",
        ],
        "utf-8",
    )
    body = report(human, delivery_status(b, server, "failed", diag), rfc822_headers(b))
    return finish(
        b,
        body,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Non recapitabile: {b.subject()}",
        "exchange",
    )


BOUNCES: Final[list[tuple[Bounce, Callable[[Bounce], Message]]]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.1",
            "hire@moonrakerdrama.example",
            "2028-08-02 09:21",
            "LSL-0447-28",
            "1120.00",
            "Moonraker Drama – schools tour lighting",
            "Postfix RFC 3464 report with the whole reminder returned",
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "soft",
            "5.2.2",
            "bookings@thelanternrooms.example",
            "2028-08-09 09:26",
            "LSL-0452-28",
            "398.00",
            "The Lantern Rooms – comedy night PA",
            "qmail calls it permanent, but a full mailbox is soft even with a 5.x code; non-MIME, no Auto-Submitted",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "hard",
            "5.1.2",
            "accounts@fernleighstudios.example",
            "2028-08-16 09:19",
            "LSL-0456-28",
            "2745.00",
            "Fernleigh Studios – photo shoot HMI kit",
            "Gmail notice: the recipient's domain no longer exists",
        ),
        bounce_gmail,
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.7.1",
            "rechnung@festwiese-events.example",
            "2028-08-08 10:17",
            "LSL-0449-28",
            "1315.00",
            "Sommerfest Festwiese – Beschallung",
            "Exim with German texts, single text/plain part; refused by the recipient's policy",
        ),
        bounce_exim_de,
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "soft",
            "4.2.2",
            "compta@atelierdelalanterne.example",
            "2028-08-03 10:24",
            "LSL-0448-28",
            "860.00",
            "Spectacle de fin d'année – projecteurs LED",
            "French provider notice in multipart/mixed with text/rfc822-headers; mailbox full, still retrying",
        ),
        bounce_provider_fr,
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "hard",
            "5.1.10",
            "factures@cercle-rouge-spectacles.example",
            "2028-08-21 10:18",
            "LSL-0458-28",
            "2190.00",
            "Tournée « Cercle rouge » – console et gradateurs",
            None,
        ),
        bounce_exchange_fr,
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "pedidos@eventosalbufera.example",
            "2028-08-04 10:22",
            "LSL-0450-28",
            "1740.00",
            "Feria de muestras – iluminación de stands",
            "Postfix report with Spanish texts",
        ),
        bounce_postfix_es,
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.7.1",
            "reservas@masiaelolivar.example",
            "2028-08-23 10:41",
            "LSL-0461-28",
            "655.00",
            "Boda 1 de julio – guirnaldas y cabezas móviles",
            "temporary policy refusal (greylisting); still being retried",
        ),
        bounce_greylist_es,
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.4.7",
            "factuur@evenementenhal-zuid.example",
            "2028-08-11 10:25",
            "LSL-0453-28",
            "3380.00",
            "Beurs Evenementenhal Zuid – truss en licht",
            "Exchange delay notice in Dutch",
        ),
        bounce_exchange_nl,
    ),
    (
        Bounce(
            "bo-nl-2",
            "nl",
            "hard",
            "5.4.4",
            "administratie@feestfabriek-twente.example",
            "2028-08-17 10:20",
            "LSL-0457-28",
            "925.00",
            "Feestfabriek Twente – podiumdelen",
            "Dutch host's plain notice, not RFC 3464: the domain has gone",
        ),
        bounce_provider_nl,
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "soft",
            "4.4.1",
            "ufficio@teatroportovenere.example",
            "2028-08-01 10:23",
            "LSL-0446-28",
            "1480.00",
            "Rassegna estiva – sagomatori e mixer luci",
            "Italian host's plain notice in ISO-8859-1; destination not answering, still retrying",
        ),
        bounce_provider_it,
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "5.2.2",
            "amministrazione@palcoscenicovolante.example",
            "2028-08-24 10:16",
            "LSL-0462-28",
            "2060.00",
            "Festival dei burattini – palco e audio",
            "mailbox full reported with a 5.x code: soft, the code is kept",
        ),
        bounce_exchange_it,
    ),
]


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
SUPPRESS: Final = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT: Final[list[Reply]] = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Dev Mistry", "devmistry.djs@gmail.com"),
        "2028-08-03 21:47",
        "iphone",
        "LSL-0392-28",
        "486.00",
        "Wedding, Harewood Barn 15/07 – uplighters and DJ booth",
        "Paid.",
        lab(note="one word in answer to a reminder: paid, no date"),
        cte="7bit",
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Margaret Ollerenshaw", "treasurer@brindlebankplayers.example"),
        "2028-08-07 19:32",
        "outlook_html",
        "LSL-0381-28",
        "612.40",
        "Brindle Bank Players – 'Calamity Jane' lighting rig",
        "Dear Accounts team,\n\nI'm so sorry this has dragged on. I took over as treasurer in June when Pauline stepped down and I'm still finding my feet with the online banking, which needs two of us to approve anything over £500, and our chairman was in Tenerife for most of July. I did mention to your driver when he collected the lamps that we'd be a bit slow, but I appreciate that doesn't help your accounts department.\n\nThe show itself went beautifully, by the way – the follow spot was a revelation and several people in the audience asked who did our lighting, so I've passed your name on.\n\nAnyway, Derek finally approved it on Friday and the £612.40 went across by BACS the same afternoon, reference BBP CALAMITY. It should be with you by now, but do let me know if not.\n\nWe're already talking about the Christmas panto, so you may well be hearing from us again!\n\nWith best wishes,\nMargaret Ollerenshaw\nTreasurer, Brindle Bank Players",
        lab(
            paid_date="2028-08-04",
            payment_reference="BBP CALAMITY",
            amount="612.40",
            currency="GBP",
            note="the payment is buried in a long reply; 'on Friday' is the Friday before Monday 7 Aug",
        ),
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Brigitte Hollmann", "b.hollmann@kesselbrunn-buehnen.example"),
        "2028-08-02 10:31",
        "outlook",
        "LSL-0402-28",
        "3870.00",
        "Open-Air-Saison 2028, Lichttechnik Juni",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung LSL-0402-28 über 3.870,00 € wurde heute von unserer Stadtkasse zur Zahlung angewiesen. Die Buchung läuft unter dem Kassenzeichen 5.0412.118734.6; bitte geben Sie dieses bei Rückfragen an.\n\nMit freundlichen Grüßen\nim Auftrag\n\nBrigitte Hollmann\nStädtische Bühnen Kesselbrunn\nVerwaltung / Rechnungswesen",
        lab(
            "LSL-0402-28",
            paid_date="2028-08-02",
            payment_reference="5.0412.118734.6",
            amount="3870.00",
            currency="EUR",
            note="a public body's 'zur Zahlung angewiesen' (payment order issued today): sent",
        ),
        charset="windows-1252",
    ),
    Reply(
        "ps-de-2",
        "payment_sent",
        "de",
        ("Jonas Reiter", "jonas.reiter.licht@gmx.de"),
        "2028-08-10 23:05",
        "gmail_plain",
        "LSL-0399-28",
        "740.00",
        "Stadtfest Lindenau – 2 Nebelmaschinen und Lichtpult",
        "hab ich das nicht schon letzte woche überwiesen?? müsste am dienstag rausgegangen sein, zusammen mit der miete fürs lager. schaut bitte nochmal nach bevor ihr mahnt\n\njonas",
        lab(
            paid_date="2028-08-01",
            note="a question in form, but he says the transfer went out on Tuesday of last week (Thu 10 Aug → Tue 1 Aug)",
        ),
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Camille Ferrand", "c.ferrand@nuitsducausse.example"),
        "2028-08-01 11:05",
        "gmail",
        "LSL-0379-28",
        "5640.00",
        "Festival Les Nuits du Causse – son et lumière, 6-9 juillet",
        "Bonjour,\n\nLe virement de 5 640 € est parti ce matin (virement international, il faut compter un ou deux jours ouvrés).\n\nPar contre notre expert-comptable me réclame la facture avec votre numéro de TVA et le nôtre : pourriez-vous me la renvoyer en PDF ? Je n'ai retrouvé que le devis dans nos mails.\n\nMerci d'avance et bonne journée,\n\nCamille Ferrand\nTrésorière – Les Nuits du Causse",
        lab(
            paid_date="2028-08-01",
            amount="5640.00",
            currency="EUR",
            note="paid this morning, plus a request for a copy of the invoice: the payment moves the account, the copy is secondary",
        ),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Álvaro Pineda", "alvaropineda.foto@gmail.com"),
        "2028-08-09 08:12",
        "iphone",
        "LSL-0411-28",
        "395.00",
        "Sesión de fotos 12/07 – kit de iluminación LED",
        "Hecho",
        lab(note="one word, 'done', in answer to a reminder: paid, no date"),
        cte="8bit",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Mercedes Ortuño Gil", "tesoreria@villarrealdelasierra.example"),
        "2028-08-04 12:40",
        "outlook_html",
        "LSL-0385-28",
        "2904.00",
        "Fiestas patronales – escenario y sonido",
        "Estimados señores:\n\nLes comunicamos que con fecha 3 de agosto de 2028 se ha ordenado el pago de su factura n.º LSL-0385-28, por importe de 2.904,00 €, mediante transferencia a la cuenta que figura en la misma (número de operación 2028/004517).\n\nDado el plazo habitual de las transferencias internacionales, el abono debería reflejarse en su cuenta en los próximos días.\n\nAtentamente,\n\nMercedes Ortuño Gil\nTesorería\nAyuntamiento de Villarreal de la Sierra",
        lab(
            "LSL-0385-28",
            paid_date="2028-08-03",
            payment_reference="2028/004517",
            amount="2904.00",
            currency="EUR",
            note="town treasury: payment ordered the day before the message",
        ),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Pieter Bosman", "p.bosman@schouwburgveerhuis.example"),
        "2028-08-08 09:12",
        "thunderbird",
        "LSL-0390-28",
        "1725.00",
        "Zomerproductie – lichtplan en huur dimmers",
        "Goedemorgen,\n\nHebben wij deze niet al voldaan? Volgens ons bankoverzicht is er op 4/8 € 1.725,00 naar jullie overgemaakt, met het factuurnummer in de omschrijving. Misschien is de betaling aan jullie kant nog niet verwerkt?\n\nMet vriendelijke groet,\n\nPieter Bosman\nSchouwburg Het Veerhuis – administratie",
        lab(
            paid_date="2028-08-04",
            amount="1725.00",
            currency="EUR",
            note="a question in form; the bank statement shows the payment on 4/8 (day/month)",
        ),
        cte="8bit",
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Sanne de Wit", "sanne@dewitproducties.example"),
        "2028-08-14 16:20",
        "gmail",
        "LSL-0421-28",
        "1090.00",
        "Openluchtvoorstelling – geluidsset en zendermicrofoons",
        "Hoi,\n\nNet overgemaakt, zie bijlage voor het betaalbewijs. Sorry dat het zo lang duurde, onze boekhouding lag stil tijdens de vakantie.\n\nGroetjes,\nSanne",
        lab(
            paid_date="2028-08-14",
            note="'net overgemaakt' (just transferred); proof as a PDF attachment whose name is not new text",
        ),
        attach="betaalbewijs_LSL-0421-28.pdf",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Chiara Bellotto", "amministrazione@eventilaguna.example"),
        "2028-07-31 15:48",
        "outlook",
        "LSL-0376-28",
        "2150.00",
        "Convention aziendale Mestre, 21-22 giugno",
        "Buongiorno,\n\nvi confermo che in data odierna abbiamo disposto il bonifico a saldo della fattura LSL-0376-28, importo 2.150,00 EUR.\nTRN: 0306909527781405482170018200IT\n\nCordiali saluti\n\nChiara Bellotto\nEventi Laguna S.r.l. - Amministrazione",
        lab(
            "LSL-0376-28",
            paid_date="2028-07-31",
            payment_reference="0306909527781405482170018200IT",
            amount="2150.00",
            currency="EUR",
        ),
        charset="iso-8859-1",
    ),
]

REMITTANCES: Final[list[Notice]] = [
    Notice(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Halcyon Live Accounts Payable", "ap-noreply@halcyon-live.example"),
        "2028-08-08 06:12",
        "Remittance advice – payment 0008812457 – Lumen Stage Lighting Ltd",
        "REMITTANCE ADVICE\n\nHalcyon Live Group plc – Accounts Payable\nSupplier: Lumen Stage Lighting Ltd (supplier no. 20031877)\nPayment number: 0008812457\nPayment date: 08/08/2028\nPayment method: BACS\n\nYour ref        Our ref       Invoice date   Amount GBP\nLSL-0366-28     5100442871    12/06/2028       2,316.00\nLSL-0371-28     5100442902    19/06/2028         948.50\n                                             ----------\nTotal paid                                     3,264.50\n\nFunds should reach your account within two working days.\nThis mailbox is not monitored. Please send any queries to ap.queries@halcyon-live.example quoting the payment number.\n",
        lab(
            "LSL-0366-28",
            "LSL-0371-28",
            paid_date="2028-08-08",
            payment_reference="0008812457",
            amount="3264.50",
            currency="GBP",
            note="AP-system remittance advice for two invoices; quotes nothing; the queries address is not a new contact",
        ),
        markup=(
            '<html><body style="font-family:Arial,sans-serif;font-size:10pt">'
            "<h3>REMITTANCE ADVICE</h3>"
            "<p>Halcyon Live Group plc – Accounts Payable<br>Supplier: Lumen Stage Lighting Ltd (supplier no. 20031877)<br>"
            "Payment number: 0008812457<br>Payment date: 08/08/2028<br>Payment method: BACS</p>"
            '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">'
            "<tr><th>Your ref</th><th>Our ref</th><th>Invoice date</th><th>Amount GBP</th></tr>"
            '<tr><td>LSL-0366-28</td><td>5100442871</td><td>12/06/2028</td><td align="right">2,316.00</td></tr>'
            '<tr><td>LSL-0371-28</td><td>5100442902</td><td>19/06/2028</td><td align="right">948.50</td></tr>'
            '<tr><td colspan="3"><b>Total paid</b></td><td align="right"><b>3,264.50</b></td></tr></table>'
            "<p>Funds should reach your account within two working days.<br>"
            "This mailbox is not monitored. Please send any queries to ap.queries@halcyon-live.example quoting the payment number.</p>"
            "</body></html>\n"
        ),
        headers=(AUTO_GENERATED, ("X-Mailer", "Coupa Notifications")),
    ),
    Notice(
        "ps-fr-2",
        "payment_sent",
        "fr",
        (
            "Ovalis Evenements - Comptabilite fournisseurs",
            "comptabilite.fournisseurs@ovalis-evenements.example",
        ),
        "2028-08-18 05:40",
        "Avis de paiement - OVALIS EVENEMENTS SAS - VIR-2028-0817-00392",
        "",
        lab(
            "LSL-0408-28",
            "LSL-0415-28",
            paid_date="2028-08-17",
            payment_reference="VIR-2028-0817-00392",
            amount="5305.80",
            currency="EUR",
            note="AP advice as text/html only; issued the day before the message",
        ),
        charset="iso-8859-1",
        cte="b64",
        markup=(
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
            '<body style="font-family:Verdana,sans-serif;font-size:9pt">\n'
            "<p><b>AVIS DE PAIEMENT</b></p>\n"
            "<p>Émetteur : OVALIS ÉVÉNEMENTS SAS - Service Comptabilité Fournisseurs<br>\n"
            "Bénéficiaire : LUMEN STAGE LIGHTING LTD<br>\nN° fournisseur : F004471</p>\n"
            "<p>Nous vous informons que le règlement suivant a été émis le 17/08/2028 par virement SEPA.</p>\n"
            "<p>Référence du paiement : VIR-2028-0817-00392</p>\n"
            '<table border="1" cellspacing="0" cellpadding="3">\n'
            "<tr><th>Facture</th><th>Date facture</th><th>Montant TTC</th></tr>\n"
            '<tr><td>LSL-0408-28</td><td>27/06/2028</td><td align="right">4 212,00 EUR</td></tr>\n'
            '<tr><td>LSL-0415-28</td><td>04/07/2028</td><td align="right">1 093,80 EUR</td></tr>\n'
            '<tr><td colspan="2"><b>Montant total réglé</b></td><td align="right"><b>5 305,80 EUR</b></td></tr>\n'
            "</table>\n"
            "<p>Ce message est généré automatiquement, merci de ne pas y répondre.</p>\n</body></html>\n"
        ),
        html_only=True,
        headers=(AUTO_GENERATED, ("X-Mailer", "SAP NetWeaver 7.50")),
    ),
]

PROMISE_TO_PAY: Final[list[Reply]] = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Rachel Oduya", "rachel.oduya@northgatearena.example"),
        "2028-08-08 14:03",
        "outlook",
        "LSL-0388-28",
        "4380.00",
        "Arena concert series – additional followspots",
        "Hi,\n\nThanks for the nudge. This one had been sitting with the budget holder for sign-off, which she gave yesterday, so it's now been approved and included in Friday's payment run. You should see it in your account early next week, BACS allowing.\n\nKind regards,\n\nRachel Oduya\nPurchase Ledger\nNorthgate Arena Ltd",
        lab(
            promised_date="2028-08-11",
            note="past tense ('approved and included in Friday's payment run') announcing a future payment: Fri 11 Aug",
        ),
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Gaz Whitlock", "gaz@pennineproductions.example"),
        "2028-08-15 07:02",
        "iphone",
        "LSL-0420-28",
        "1890.00",
        "Moorside Fest – stage 2 PA",
        "SORRY MATE MISSED THIS. ON A BUILD IN CARDIFF ALL WEEK, WILL GET IT SORTED BY THE END OF THE MONTH",
        lab(
            promised_date="2028-08-31",
            note="all caps from a phone; 'the end of the month' = 31 Aug",
        ),
        gap=3,
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Helen Marsh", "helen.marsh@corvidhotels.example"),
        "2028-08-16 20:14",
        "outlook_html",
        "LSL-0433-28",
        "2275.00",
        "Corvid Hotels summer conference – ballroom lighting",
        "Hello,\n\nI'm on leave at the moment, but I saw this come in and didn't want you to think it had been forgotten. I've checked with our finance manager and it's approved – it will be paid next Thursday with the rest of this month's supplier payments.\n\nApologies for the delay,\nHelen\n\nHelen Marsh | Events Manager | Corvid Hotels",
        lab(
            promised_date="2028-08-24",
            note="written by a person although the subject says 'out of office'; 'next Thursday' written on Wednesday 16 Aug is the 24th (the 17th would be 'tomorrow')",
        ),
        subject="RE: {rsub} (out of office)",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Kerstin Vogt", "k.vogt@nordlicht-events.example"),
        "2028-08-10 11:20",
        "outlook_html",
        "LSL-0396-28",
        "2675.50",
        "Firmenjubiläum Hafenspeicher – Licht & Ton",
        "Guten Tag,\n\nvielen Dank für die Erinnerung. Die Rechnung liegt zur Freigabe bei unserer Geschäftsführung; die Zahlung erfolgt voraussichtlich in KW 34.\n\nFreundliche Grüße\nKerstin Vogt\nBuchhaltung | Nordlicht Events GmbH",
        lab(
            promised_date="2028-08-21",
            note="'KW 34' is ISO week 34 of 2028 (21–27 Aug): its Monday, as for 'next week'",
        ),
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Mara Sommer", "mara@sommerklang-band.example"),
        "2028-08-18 22:41",
        "android",
        "LSL-0413-28",
        "560.00",
        "Clubtour Juli – Lichtpult und 8 LED-Bars",
        "Noch nicht, sorry!! Bin noch bis So auf Tour und hab kein Online-Banking dabei. Überweise Montag früh, versprochen\nLG Mara",
        lab(
            promised_date="2028-08-21",
            note="'noch nicht' (not yet), then 'Montag' after Friday 18 Aug",
        ),
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Nathalie Roux", "n.roux@bleuhorizon-events.example"),
        "2028-08-02 16:55",
        "outlook_html",
        "LSL-0394-28",
        "3312.00",
        "Séminaire Annecy – sonorisation et éclairage de la plénière",
        "Bonjour,\n\nJe vous confirme que votre facture sera réglée fin de mois, avec celles de nos autres fournisseurs : notre DAF valide tous les paiements en une fois le dernier jour ouvré.\n\nCordialement,\n\nNathalie Roux\nAssistante de direction – Bleu Horizon Événements",
        lab(
            promised_date="2028-08-31",
            note="'fin de mois' = 31 Aug, which is also the last working day",
        ),
    ),
    Reply(
        "pp-fr-2",
        "promise_to_pay",
        "fr",
        ("Julien Morel", "julien.morel.regie@orange.fr"),
        "2028-08-14 09:47",
        "thunderbird",
        "LSL-0434-28",
        "1150.00",
        "Prestation du 14 juillet – sonorisation place de l'église",
        "Bonjour,\n\noui je sais, désolé. La mairie ne m'a toujours pas payé la prestation du 14 juillet et c'est avec cet argent que je comptais vous régler. Dès que leur virement arrive je vous envoie le vôtre, normalement d'ici une quinzaine.\n\nJulien Morel",
        lab(
            note="promise that waits on his own client's payment; 'normalement d'ici une quinzaine' cannot be pinned to a day"
        ),
        charset="iso-8859-1",
        cte="qp",
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Lucía Herrera", "produccion@lunallena-producciones.example"),
        "2028-08-03 13:25",
        "gmail",
        "LSL-0383-28",
        "1450.00",
        "Gira de verano – alquiler de focos y dímmers",
        "Hola,\n\nLo tenemos apuntado, disculpad el retraso. Lo pagamos a finales de mes, cuando nos entre la liquidación de la gira.\n\nUn saludo,\nLucía Herrera\nLuna Llena Producciones",
        lab(promised_date="2028-08-31", note="'a finales de mes' = 31 Aug"),
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Marta Giménez", "bodas@martagimenez-eventos.example"),
        "2028-08-07 10:02",
        "iphone",
        "LSL-0405-28",
        "880.00",
        "Boda en Masía Can Roig (8/07) – guirnaldas y focos",
        "Buenos días! Perdona, se me paso por completo con tanta boda. Te lo pago el viernes 11 sin falta 🙏",
        lab(promised_date="2028-08-11"),
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Henk Jansma", "penningmeester@zomerpodium-waalkade.example"),
        "2028-08-01 20:30",
        "outlook",
        "LSL-0435-28",
        "1380.00",
        "Zomerpodium – podiumverlichting en geluid",
        "Beste mensen,\n\nExcuses voor de late betaling. Wij zijn een vrijwilligersstichting en wachten nog op het laatste deel van de gemeentelijke subsidie. Dat is toegezegd, dus wij betalen uw factuur over twee weken.\n\nMet vriendelijke groet,\nHenk Jansma\npenningmeester Stichting Zomerpodium Waalkade",
        lab(
            promised_date="2028-08-15",
            note="'over twee weken' = two weeks after Tuesday 1 Aug",
        ),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Davide Rinaldi", "d.rinaldi@rinaldiallestimenti.example"),
        "2028-08-09 12:10",
        "outlook",
        "LSL-0397-28",
        "1980.00",
        "Fiera di Rimini – illuminazione stand",
        "Buongiorno,\n\nnon abbiamo ancora pagato, ci scusiamo per il ritardo: il pagamento è previsto entro fine mese.\n\nDistinti saluti\nDavide Rinaldi\nRinaldi Allestimenti S.r.l.",
        lab(
            promised_date="2028-08-31",
            note="'non abbiamo ancora pagato' (not yet), then 'entro fine mese' = by 31 Aug",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Francesca Moretti", "f.moretti@teatrodellevigne.example"),
        "2028-08-21 09:35",
        "gmail",
        "LSL-0426-28",
        "1212.00",
        "Stagione estiva – noleggio sagomatori",
        "Buongiorno,\n\nil pagamento è già stato autorizzato dal direttore amministrativo e partirà con la distinta di giovedì. Vi chiedo solo un po' di pazienza.\n\nUn cordiale saluto,\nFrancesca Moretti\nTeatro delle Vigne – Ufficio amministrativo",
        lab(
            promised_date="2028-08-24",
            note="past tense ('già stato autorizzato') announcing a transfer that leaves on Thursday 24 Aug",
        ),
    ),
]

DISPUTE: Final[list[Reply]] = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Tom Aldridge", "tom@aldridgeav.example"),
        "2028-08-02 15:12",
        "outlook_html",
        "LSL-0377-28",
        "1265.00",
        "Canal Basin Food Festival – PA and lighting",
        "Hi,\n\nWe paid the hire element of LSL-0377-28 (£925.00) on 21 July. What's left is the £340 'damage/cleaning' line for the hazer, and we're not paying that. It arrived with a cracked fluid tank – our LX tech photographed it at the get-in and rang your warehouse that morning. Happy to send the photos.\n\nPlease issue a credit note for the £340 and we'll call it square.\n\nTom Aldridge\nProduction Manager, Aldridge AV",
        lab(
            "LSL-0377-28",
            note="part paid, the damage charge contested: dispute wins over the payment claim",
        ),
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Aisha Rahman", "events@tinworkshall.example"),
        "2028-08-17 11:40",
        "gmail",
        "LSL-0418-28",
        "720.00",
        "Summer ball – 8 radio mics and engineer",
        "Hi there,\n\nWe have NOT paid this, and we're not going to until someone explains why we're being charged for radio mics that never arrived. Your van turned up on the 29th with the speakers and the desk but no mic case. Our engineer spent the afternoon hiring four handhelds from another company at our own cost.\n\nI've emailed your bookings team about this twice already.\n\nAisha Rahman\nEvents Coordinator, The Tinworks Hall",
        lab(note="negated payment with the reason: items never delivered"),
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("kieran", "kieranbyrne.lx@gmail.com"),
        "2028-08-12 00:37",
        "gmail_plain",
        "LSL-0401-28",
        "355.00",
        "Late return charge – truss and clamps",
        "this is wrong we brought the truss back on the monday not the wed so theres no late return charge your guy at the gate signed for it pls fix and resend",
        lab(note="no punctuation; contests the late-return charge"),
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Thomas Weidemann", "t.weidemann@rabenau-kultur.example"),
        "2028-08-22 09:05",
        "outlook",
        "LSL-0429-28",
        "1650.00",
        "Stornierung Sommerkonzert Schlosspark (01.07.)",
        "Sehr geehrte Damen und Herren,\n\ngegen die o. g. Rechnung legen wir hiermit Widerspruch ein.\n\nDie Veranstaltung am 01.07. musste wegen einer amtlichen Unwetterwarnung abgesagt werden. Nach Ziffer 7 Ihrer Mietbedingungen entfällt die Stornogebühr bei höherer Gewalt; berechnet wurden uns dennoch 50 % des Mietpreises. Die Technik hat unser Gelände zudem nie erreicht.\n\nWir bitten um Stornierung der Rechnung bzw. um eine Gutschrift.\n\nMit freundlichen Grüßen\nThomas Weidemann\nStadt Rabenau – Kulturamt",
        lab(note="cancellation fee contested under the force-majeure clause"),
        charset="windows-1252",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Lea Hoffmann", "lea.hoffmann@hoffmann-messebau.example"),
        "2028-08-25 14:22",
        "gmail",
        "LSL-0364-28",
        "980.00",
        "Messestand Halle 3 – Spots und Traversen",
        "Hallo,\n\ndie LSL-0364-28 ist doppelt: das Material für die Messe ist schon mit der LSL-0359-28 abgerechnet worden, gleiche Positionen, gleicher Zeitraum. Die 0359 haben wir am 12. Juli bezahlt. Bitte stornieren Sie die 0364.\n\nViele Grüße\nLea Hoffmann\nHoffmann Messebau",
        lab(
            "LSL-0364-28",
            "LSL-0359-28",
            note="duplicate billing; the payment mentioned is of the first invoice, not this one",
        ),
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Émilie Garnier", "e.garnier@cie-lesfunambules.example"),
        "2028-08-03 17:40",
        "thunderbird",
        "LSL-0387-28",
        "2140.00",
        "Tournée d'été – location lumière et transport",
        "Bonjour,\n\nNous ne pouvons pas régler cette facture en l'état : le devis signé (réf. D-2028-114) indiquait « transport aller-retour inclus », or vous nous facturez 480 € de transport en plus. Merci de nous faire parvenir une facture rectifiée ; nous réglerons le reste dès réception.\n\nCordialement,\nÉmilie Garnier\nAdministratrice de production – Compagnie Les Funambules",
        lab(
            note="transport line contested against the quote; the corrected-invoice request and conditional payment are secondary"
        ),
        cte="8bit",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Bertrand Lefebvre", "b.lefebvre@theatrepontvieux.example"),
        "2028-08-21 23:18",
        "apple",
        "LSL-0416-28",
        "3980.00",
        "Création « Les Vagues » – parc lumière",
        "Bonjour,\n\nJe reviens vers vous avec un peu de retard, l'été a été chargé : nous avons enchaîné la création des « Vagues » avec deux dates en festival, puis la reprise à Avignon, et je n'ai rouvert la pile de factures que ce week-end.\n\nJe voulais d'abord vous dire que l'équipe a beaucoup apprécié le travail de votre technicien, Karim, qui est resté tard le soir de la générale pour nous aider à reprendre les réglages des découpes. C'est rare et ça compte.\n\nCela dit, et c'est là que la facture me pose problème : la poursuite que vous nous avez livrée est tombée en panne à la deuxième représentation, et nous avons joué les quatre dates suivantes sans elle. Karim a constaté la panne et nous a dit qu'il la signalerait. Or la facture compte la poursuite sur toute la période, plus le forfait opérateur.\n\nUn avoir correspondant aux quatre jours sans poursuite me semblerait juste. Le reste ne pose aucun problème et sera réglé dès que nous serons d'accord.\n\nBien cordialement,\n\nBertrand Lefebvre\nDirecteur – Théâtre du Pont-Vieux",
        lab(note="long reply; the contested followspot days are buried in the third paragraph"),
        gap=4,
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Raúl Cordero", "raul@salarumba.example"),
        "2028-08-16 13:08",
        "outlook_html",
        "LSL-0412-28",
        "2420.00",
        "Ciclo de conciertos de julio – mesa digital y monitores",
        "Buenas,\n\nNo vamos a pagar esta factura mientras no nos abonéis los dos días que la mesa de sonido estuvo parada. Os lo dijimos por teléfono el mismo 19 de julio: se colgaba cada media hora y tuvimos que suspender un concierto. No es de recibo que nos cobréis el alquiler completo.\n\nQuedo a la espera de la factura rectificativa.\n\nRaúl Cordero\nSala Rumba",
        lab(note="refuses to pay until a faulty desk is credited: dispute"),
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Joost van Dijk", "inkoop@podiumdelinde.example"),
        "2028-08-09 10:45",
        "outlook",
        "LSL-0398-28",
        "3160.00",
        "Festival Noorderbrug – movingheads en truss",
        "Goedemorgen,\n\nDeze factuur klopt niet. Wij hebben 12 movingheads gehuurd (zie onze order van 2 juni), niet 16. Er zijn er ook maar 12 geleverd; de pakbon is door jullie chauffeur afgetekend. Graag een creditnota voor het verschil, dan betalen we de rest direct.\n\nMet vriendelijke groet,\nJoost van Dijk\nInkoop – Podium De Linde",
        lab(note="quantity contested; paying the rest is conditional on a credit note"),
        charset="windows-1252",
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Ruud Kamphuis", "ruud.kamphuis@hotmail.com"),
        "2028-08-19 08:15",
        "iphone",
        "LSL-0414-28",
        "845.00",
        "Dorpsfeest Ommelanden – podiumdelen",
        "Niet akkoord. Podium werd een dag te laat opgebouwd, we moesten de kindervoorstelling op vrijdag in de tent doen. Daar ga ik niet de volle prijs voor betalen. Bel me maar",
        lab(note="mobile brevity; late build contested"),
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Elena Marchetti", "info@sottosopra-festival.example"),
        "2028-08-03 10:27",
        "gmail",
        "LSL-0386-28",
        "2760.00",
        "Sottosopra Festival – impianto audio e tecnico",
        "Buongiorno,\n\ncontestiamo la fattura LSL-0386-28: il tecnico audio per le tre serate era compreso nel preventivo che abbiamo firmato (preventivo n. 2028/061), mentre in fattura compare come voce a parte per 900 euro. Vi chiediamo di emettere una nota di credito per quella voce.\n\nCordiali saluti,\nElena Marchetti\nAssociazione Culturale Sottosopra",
        lab("LSL-0386-28", note="a line contested against the signed quote"),
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Luca Sartori", "luca.sartori75@libero.it"),
        "2028-08-22 19:50",
        "android",
        "LSL-0424-28",
        "1340.00",
        "Matrimonio Villa Corsini – luci e impianto audio",
        "Ciao, ho pagato la parte delle luci (780) la settimana scorsa. Il resto no perche l'impianto audio ha fatto un ronzio per tutta la cena e gli sposi se la sono presa con me. Non mi sembra giusto pagarlo pieno. Sentiamoci",
        lab(note="part paid last week, the rest contested: dispute"),
    ),
]

PAYMENT_PLAN: Final[list[Reply]] = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Ben Carter", "ben@hollowoakfest.example"),
        "2028-07-31 18:20",
        "gmail",
        "LSL-0372-28",
        "6480.00",
        "Hollow Oak Festival – main stage lighting",
        "Hi,\n\nI'll be straight with you: the Sunday of the festival was rained off and we had to refund a lot of day tickets, so cash is tight until the insurance pays out. Could we pay £2,000 now and the balance by the end of September? I can transfer the £2,000 this week.\n\nCheers,\nBen Carter\nHollow Oak Festival",
        lab(
            note="part now, the balance later: payment_plan; plan amounts and dates are not labelled"
        ),
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Nathan Price", "nathanprice.sound@outlook.com"),
        "2028-08-09 22:04",
        "apple",
        "LSL-0393-28",
        "540.00",
        "In-ear monitor systems hire (4 packs)",
        "Hi, really sorry about this. The tour I was mixing got pulled two weeks in and I still haven't been paid for it, so money is very tight right now. Could I pay you £100 a month until it's cleared? I can set up a standing order on the 1st of each month starting in September. I don't want to leave it hanging.\n\nNathan",
        lab(note="hardship and monthly instalments"),
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Olivia Grant", "accounts@grantandhale.example"),
        "2028-08-03 10:18",
        "outlook",
        "LSL-0389-28",
        "8200.00",
        "Corporate launch, Riverside Pavilion – full production",
        "Good morning,\n\nFollowing my call with your colleague yesterday, as agreed we'll settle LSL-0389-28 in two parts: 50% (£4,100.00) on 15/08 and the remaining £4,100.00 by 29/09. Please can you confirm this works at your end so I can set the payments up.\n\nRegards,\nOlivia Grant\nFinance Manager, Grant & Hale Productions Ltd",
        lab(
            "LSL-0389-28",
            note="two dated instalments; '15/08' in UK day/month order; plan dates are not labelled",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Markus Brandt", "m.brandt@brandt-eventservice.example"),
        "2028-08-14 08:40",
        "outlook_html",
        "LSL-0409-28",
        "4500.00",
        "Sommerfest Autohaus – Bühne, Licht, Ton",
        "Sehr geehrte Damen und Herren,\n\naufgrund eines größeren Zahlungsausfalls bei einem unserer Kunden ist unsere Liquidität derzeit angespannt. Wir möchten Sie daher um Ratenzahlung bitten: drei Monatsraten zu je 1.500,00 €, jeweils zum 15. eines Monats, beginnend im September.\n\nFür Ihr Verständnis danken wir Ihnen im Voraus.\n\nMit freundlichen Grüßen\nMarkus Brandt\nGeschäftsführer\nBrandt Eventservice GmbH",
        lab(note="formal request for three monthly instalments"),
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Sandrine Petit", "sandrine.petit@mjc-valmont.example"),
        "2028-08-08 14:30",
        "outlook",
        "LSL-0400-28",
        "1860.00",
        "Fête de quartier – scène et sonorisation",
        "Bonjour,\n\nNotre budget est très serré cette année (baisse de la subvention départementale). Serait-il possible d'étaler le règlement en trois fois, sur août, septembre et octobre ? Je peux faire un premier virement de 620 € dès la semaine prochaine.\n\nMerci d'avance pour votre compréhension.\n\nSandrine Petit\nDirectrice – MJC de Valmont",
        lab(
            note="three instalments asked for; the first transfer 'next week' is part of the plan, not a separate promise"
        ),
        charset="windows-1252",
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Hugo Blanchard", "hugo@blanchardprod.example"),
        "2028-08-25 12:05",
        "iphone",
        "LSL-0422-28",
        "2300.00",
        "Clip « Minuit » – kit HMI et machinerie",
        "Bonjour, je vous ai viré 800 € ce matin, le solde à la rentrée dès que la prod me paie. Désolé pour le retard\nHugo",
        lab(
            note="part paid this morning, the rest later: payment_plan; 'à la rentrée' is not a day"
        ),
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Ana Belén Ruiz", "administracion@eventosmediterraneo.example"),
        "2028-08-01 09:50",
        "gmail",
        "LSL-0380-28",
        "3600.00",
        "Congreso médico Valencia – audiovisuales",
        "Buenos días:\n\n¿Sería posible pagar esta factura en dos plazos? La mitad ahora, esta misma semana, y la otra mitad a finales de septiembre. Este verano varios clientes nos están pagando tarde y no queremos dejaros colgados.\n\nQuedo pendiente de vuestra respuesta.\n\nAna Belén Ruiz\nEventos Mediterráneo S.L.",
        lab(note="two instalments asked for"),
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Jorge Salinas", "tesoreria@asociacionlaretama.example"),
        "2028-08-17 18:45",
        "thunderbird",
        "LSL-0419-28",
        "1175.00",
        "Festival de folk La Retama – sonorización",
        "Hola,\n\nOs pido un par de semanas más de margen. El ayuntamiento todavía no nos ha pagado la subvención del festival y la asociación no tiene fondos propios para adelantar el pago. En cuanto llegue, os pagamos. Espero que podáis entenderlo.\n\nGracias,\nJorge Salinas\nTesorero - Asociación Cultural La Retama",
        lab(note="asks for more time: payment_plan, not a dated promise"),
        charset="iso-8859-1",
        cte="qp",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Mark Hendriks", "mark@hendrikslichtengeluid.example"),
        "2028-08-11 15:30",
        "gmail",
        "LSL-0406-28",
        "1800.00",
        "Bijhuur: 2 volgspots met operator",
        "Hoi,\n\nKunnen we deze in drie termijnen van € 600 betalen? Eerste deel eind deze maand, dan eind september en eind oktober. Het is een rustige zomer geweest.\n\nGroet,\nMark Hendriks\nHendriks Licht & Geluid",
        lab(note="a fellow hire company asks for three instalments"),
    ),
    Reply(
        "pl-nl-2",
        "payment_plan",
        "nl",
        ("Femke Visser", "femke@visserevents.example"),
        "2028-08-21 11:11",
        "outlook_html",
        "LSL-0427-28",
        "2450.00",
        "Bedrijfsfeest Rotterdam – ledwall en geluid",
        "Goedemorgen,\n\nVandaag hebben we € 1.000,- overgemaakt. Het restant van € 1.450,- volgt uiterlijk eind september; eerder lukt helaas niet.\n\nMet vriendelijke groet,\nFemke Visser\nVisser Events",
        lab(
            note="part paid today, the rest by the end of September: payment_plan, not payment_sent"
        ),
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Dott. Roberto Galli", "r.galli@consorzioturisticovalverde.example"),
        "2028-08-17 10:00",
        "outlook",
        "LSL-0417-28",
        "5120.00",
        "Notte Bianca Valverde – palco e illuminazione",
        "Spettabile Lumen Stage Lighting,\n\ncon riferimento alla fattura LSL-0417-28, Vi chiediamo cortesemente una dilazione di pagamento di 60 giorni. Il Consorzio è in attesa dell'erogazione del contributo regionale per la manifestazione, prevista per l'autunno.\n\nRestiamo a disposizione per ogni chiarimento e porgiamo distinti saluti.\n\nDott. Roberto Galli\nDirettore – Consorzio Turistico Valverde",
        lab("LSL-0417-28", note="asks for 60 more days: more time → payment_plan"),
        charset="windows-1252",
        gap=3,
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Simone Conti", "simone@contiservice.example"),
        "2028-08-24 17:15",
        "gmail_plain",
        "LSL-0425-28",
        "2400.00",
        "Concerti in piazza – impianto line array",
        "Ciao,\n\npossiamo rateizzare? Pensavo a 4 rate da 600 euro, una al mese da settembre a dicembre. Se vi va bene vi mando subito le date precise.\n\nGrazie\nSimone",
        lab(note="four monthly instalments asked for"),
    ),
]

INVOICE_REQUEST: Final[list[Reply]] = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Daniel Frost", "ap@meridianconferencecentre.example"),
        "2028-08-14 10:27",
        "outlook_html",
        "LSL-0407-28",
        "3090.00",
        "Leadership summit – AV package",
        "Hello,\n\nThis invoice can't be paid as it stands because it doesn't carry one of our purchase order numbers, and our system rejects anything without one. The PO for this job is PO-118472. Once you reissue the invoice quoting that PO, it'll go straight into the next payment run.\n\nMany thanks,\nDaniel Frost\nAccounts Payable | Meridian Conference Centre",
        lab(note="conditional on a reissue with the PO; the amount is not contested"),
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Jade Wilkins", "jadewilkins.events@gmail.com"),
        "2028-08-06 21:33",
        "iphone",
        "LSL-0395-28",
        "410.00",
        "Birthday party – dance floor lighting",
        "can u resend the invoice pls cant find it anywhere x",
        lab(note="mobile brevity, no punctuation; Sunday evening"),
        gap=2,
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Ruth Penhaligon", "finance@ashdownkerr.example"),
        "2028-08-18 11:52",
        "outlook",
        "LSL-0423-28",
        "1475.00",
        "Ashdown Kerr summer party – lighting and PA",
        "Dear Sir or Madam,\n\nThank you for your email. Before we make payment, our anti-fraud procedures require us to verify new supplier bank details independently. Please could you send us your bank details on headed paper, signed by a director, or confirm them by letter to our Finance Team at the address below. We will not act on bank details received by email alone.\n\nOnce verified, the invoice will be paid in our next supplier run.\n\nYours faithfully,\n\nRuth Penhaligon\nFinance Team\nAshdown Kerr LLP\n14 Chancery Yard, Manchester",
        lab(note="a law firm needs the bank details verified before paying; nothing contested"),
        charset="windows-1252",
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Frank Ebert", "kreditoren@hansakongress.example"),
        "2028-08-01 10:14",
        "outlook_html",
        "LSL-0382-28",
        "6230.00",
        "Fachkongress Juni – Saaltechnik",
        "Sehr geehrte Damen und Herren,\n\nIhre Rechnung LSL-0382-28 können wir leider nicht buchen, da unsere Bestellnummer fehlt. Bitte senden Sie uns eine korrigierte Rechnung mit der Bestellnummer BN-2028-05173 an diese Adresse. Nach Eingang wird die Rechnung umgehend zur Zahlung freigegeben.\n\nMit freundlichen Grüßen\ni. A. Frank Ebert\nKreditorenbuchhaltung\nHansa Kongress GmbH",
        lab("LSL-0382-28", note="reissue with the order number needed before paying"),
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Sabine Kraus", "s.kraus@tanzschule-kraus.example"),
        "2028-08-23 16:02",
        "apple",
        "LSL-0428-28",
        "690.00",
        "Tanzgala Stadthalle – Bühnenlicht",
        "Hallo,\n\nich verliere langsam den Überblick, wir haben dieses Jahr mehrmals bei Ihnen gemietet. Können Sie mir bitte eine Aufstellung aller offenen Rechnungen schicken? Dann überweise ich alles auf einmal.\n\nDanke und viele Grüße\nSabine Kraus",
        lab(note="statement of open items requested; paying waits for it"),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Isabelle Faure", "comptabilite@roquemaure-les-pins.example"),
        "2028-08-09 14:40",
        "outlook",
        "LSL-0403-28",
        "2580.00",
        "Fête nationale – sonorisation et éclairage de la place de la mairie",
        "Madame, Monsieur,\n\nEn tant que collectivité publique, nous ne pouvons traiter que les factures déposées sur le portail Chorus Pro. Votre facture nous a été adressée par courriel et ne peut donc pas être mise en paiement.\n\nNous vous remercions de bien vouloir la déposer sur Chorus Pro en indiquant notre numéro SIRET (217 004 512 00018) et le numéro d'engagement EJ 2028-0457. Le délai de paiement de 30 jours courra à compter de ce dépôt.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nIsabelle Faure\nService comptabilité - Mairie de Roquemaure-les-Pins",
        lab(
            note="a public body needs the invoice through its e-invoicing portal before paying; nothing contested"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Carmen Vidal", "facturas@grupovidalocio.example"),
        "2028-08-07 12:15",
        "outlook_html",
        "LSL-0391-28",
        "1985.00",
        "Inauguración local Málaga – iluminación ambiental",
        "Buenos días:\n\nLa factura está emitida a nombre de Vidal Ocio Málaga S.L., pero el servicio lo contratamos desde la sociedad matriz, Grupo Vidal Ocio S.L. (CIF B92847310). Nuestro departamento contable no puede registrarla así. ¿Podéis enviarnos una factura rectificada con los datos correctos? El importe está bien.\n\nUn saludo,\nCarmen Vidal\nAdministración – Grupo Vidal Ocio",
        lab(note="reissue to the right legal entity; the amount is expressly not contested"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Pablo Ferrer", "compras@ferrerproducciones.example"),
        "2028-08-24 09:30",
        "gmail",
        "LSL-0430-28",
        "1540.00",
        "Rodaje de anuncio – generador y torres de luz",
        "Hola,\n\nPara poder tramitar el pago necesitamos el albarán de entrega firmado por nuestro jefe de eléctricos. Sin ese documento la gestoría no nos deja pagar. ¿Nos lo podéis mandar escaneado?\n\nGracias,\nPablo Ferrer\nCompras – Ferrer Producciones",
        lab(note="signed delivery note needed before paying"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Linda Bakker", "crediteuren@hs-westmere.example"),
        "2028-08-10 13:50",
        "outlook",
        "LSL-0404-28",
        "2795.00",
        "Introductieweek – podium en licht aula",
        "Geachte heer/mevrouw,\n\nWij kunnen uw factuur niet in behandeling nemen. Facturen aan de hogeschool moeten een geldig inkoopordernummer bevatten en worden bij voorkeur als e-factuur via Peppol aangeleverd. Wilt u de factuur opnieuw indienen met inkoopordernummer 4500932118?\n\nMet vriendelijke groet,\nLinda Bakker\nCrediteurenadministratie\nHogeschool Westmere",
        lab(note="reissue with the purchase order number needed"),
        charset="windows-1252",
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Thomas de Graaf", "t.degraaf@graafmedia.example"),
        "2028-08-16 15:05",
        "gmail",
        "LSL-0410-28",
        "1250.50",
        "Productlancering – geluid en beamers",
        "Hallo,\n\nVoordat ik betaal: in jullie herinnering staat een ander IBAN dan op de factuur van vorig jaar. Kunnen jullie telefonisch of per brief bevestigen welk rekeningnummer klopt? We zijn laatst bijna in een phishingmail met een gewijzigd rekeningnummer getrapt, dus ik wil het zeker weten.\n\nGroet,\nThomas de Graaf",
        lab(note="bank details to be confirmed before paying"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Martina Colombo", "contabilita@gardalux.example"),
        "2028-08-01 11:45",
        "outlook_html",
        "LSL-0384-28",
        "1720.00",
        "Gala aziendale Desenzano – illuminazione scenografica",
        "Buongiorno,\n\nla fattura che ci avete mandato è intestata al nostro vecchio indirizzo e manca la partita IVA (IT03928170984). Senza questi dati l'amministrazione non può registrarla. Potete riemetterla corretta? Sull'importo nessun problema.\n\nAppena arriva procediamo con il pagamento.\n\nCordiali saluti\nMartina Colombo\nContabilità – Gardalux Eventi S.r.l.",
        lab(note="reissue with the right address and VAT number; the amount is not contested"),
    ),
    Reply(
        "ir-it-2",
        "invoice_request",
        "it",
        ("Valentina Russo", "v.russo@teatroluxbari.example"),
        "2028-08-11 09:20",
        "iphone",
        "LSL-0375-28",
        "640.00",
        "Saggio di danza – luci palco",
        "Buongiorno, non trovo questa fattura da nessuna parte, né nella posta né in archivio. Me la potete rimandare? Grazie\nValentina",
        lab(note="copy of the invoice requested"),
    ),
]

WRONG_CONTACT: Final[list[Reply]] = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Lauren Hayes", "lauren.hayes@brightwaterevents.example"),
        "2028-08-01 08:55",
        "outlook_html",
        "LSL-0378-28",
        "2210.00",
        "Brightwater corporate regatta – PA",
        "Hi,\n\nI left Brightwater Events at the end of June and I'm only picking up this mailbox for handover until Friday. Please send anything about invoices to accounts@brightwaterevents.example – Dan Mercer looks after supplier payments now.\n\nThanks,\nLauren",
        lab(new_contact="accounts@brightwaterevents.example"),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Emma Li", "emma.li@halstead-partners.example"),
        "2028-08-10 16:47",
        "outlook",
        "LSL-0436-28",
        "1340.00",
        "Halstead Partners summer party – festoon and PA",
        "Hello,\n\nI'm Marcus's PA and I just book things for his events – I don't deal with invoices at all. Please can you send this to our finance team at Payables@Halstead-Partners.example and they'll pick it up.\n\nBest wishes,\nEmma\n\nEmma Li | Executive Assistant to Marcus Halstead | Halstead Partners",
        lab(
            new_contact="payables@halstead-partners.example",
            note="an assistant; the address is written in mixed case and labelled in lower case",
        ),
        charset="windows-1252",
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Rosewell Theatre Trust", "finance@rosewelltheatre.example"),
        "2028-08-23 03:12",
        "html_only",
        "LSL-0437-28",
        "1860.00",
        "Rosewell Theatre – autumn season rig",
        "Dear Supplier,\n\nPlease be advised that our finance mailbox is being migrated and will no longer be monitored from today. With immediate effect, all statements, reminders and remittance queries for Rosewell Theatre Trust must be sent ONLY to:\n\nrosewell.finance.dept@gmail.com\n\nKindly update your records and do not copy the old address, as messages to it will be lost. There is no need to call our office to confirm this change.\n\nRegards,\nFinance Department\nRosewell Theatre Trust",
        lab(
            new_contact="rosewell.finance.dept@gmail.com",
            note="phishing-like: asks to redirect collection mail to a free-mail address and not to check by phone; labelled by what it asks, but a person must verify before changing the contact",
        ),
        gap=2,
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Jan Petersen", "j.petersen@kuestenwerk-medien.example"),
        "2028-08-07 13:10",
        "outlook",
        "LSL-0438-28",
        "3420.00",
        "Produktpräsentation – LED-Wand und Licht",
        "Hallo,\n\nich bin in der Produktion und habe mit Rechnungen nichts zu tun. Bitte schicken Sie Mahnungen und Rechnungen künftig an unsere Kreditorenbuchhaltung: rechnungseingang@kuestenwerk-medien.example – dort wird alles zentral erfasst.\n\nGruß\nJan Petersen",
        lab(new_contact="rechnungseingang@kuestenwerk-medien.example"),
        charset="windows-1252",
    ),
    Reply(
        "wc-de-2",
        "wrong_contact",
        "de",
        ("Nicole Wagner", "nicole.wagner84@gmx.de"),
        "2028-08-12 10:22",
        "apple",
        "LSL-0439-28",
        "1095.00",
        "Kundenevent Funkelwerk – Ambientebeleuchtung",
        "Guten Tag,\n\nich bin seit März nicht mehr bei der Agentur Funkelwerk und kann Ihnen dazu leider nichts sagen. Wer dort jetzt für die Buchhaltung zuständig ist, weiß ich nicht.\n\nViele Grüße\nNicole Wagner",
        lab(note="no longer with the customer; no new address given"),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Mathieu Girard", "regie@halleauxgrains-vernay.example"),
        "2028-08-17 11:02",
        "gmail",
        "LSL-0440-28",
        "2015.00",
        "Saison d'été – parc de projecteurs",
        "Bonjour,\n\nJe suis le régisseur général, je ne m'occupe pas de la facturation. Pour tout ce qui concerne les paiements, il faut écrire à compta@halleauxgrains-vernay.example (Mme Perrin).\n\nBonne journée,\nMathieu Girard",
        lab(new_contact="compta@halleauxgrains-vernay.example"),
        gap=2,
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Chloé Martin", "chloe.martin@pastel-events.example"),
        "2028-08-22 10:40",
        "outlook_html",
        "LSL-0441-28",
        "1570.00",
        "Soirée de gala – éclairage d'ambiance",
        "Bonjour,\n\nJe ne suis plus en charge de ce dossier depuis la réorganisation de l'agence. Je mets en copie Sophie Marchal, notre nouvelle responsable administrative et financière, qui pourra vous répondre : Sophie.Marchal@Pastel-Events.example.\n\nMerci de lui adresser désormais vos relances.\n\nChloé Martin",
        lab(
            new_contact="sophie.marchal@pastel-events.example",
            note="the new address is in mixed case and also copied in Cc",
        ),
        cc=("Sophie Marchal", "Sophie.Marchal@Pastel-Events.example"),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Ignacio Prieto", "ignacio@salaelfaro.example"),
        "2028-08-02 17:33",
        "outlook",
        "LSL-0442-28",
        "980.00",
        "Conciertos de primavera – equipo de sonido",
        "Buenas tardes:\n\nYo dejé la gerencia de la Sala El Faro en mayo. Las facturas las lleva ahora la nueva administración: administracion@salaelfaro.example. Os agradecería que actualizarais el contacto.\n\nSaludos,\nIgnacio Prieto",
        lab(new_contact="administracion@salaelfaro.example"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Nerea Etxeberria", "nerea.etxe.luz@gmail.com"),
        "2028-08-18 19:20",
        "iphone",
        "LSL-0443-28",
        "2330.00",
        "Festival de verano – diseño e iluminación",
        "Hola, creo que os habéis equivocado de persona. Yo solo hice el diseño de luces para la productora; el material lo alquilaron ellos y la factura es suya, no mía. No tengo el contacto de su administración, lo siento",
        lab(note="a freelance designer, not the hirer; no new address"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Sven Mulder", "s.mulder@festivaleikenhout.example"),
        "2028-08-14 09:08",
        "outlook_html",
        "LSL-0444-28",
        "4120.00",
        "Festival Eikenhout – hoofdpodium licht",
        "Goedemorgen,\n\nIk ben productieleider, de facturen lopen via onze administratie. Wilt u herinneringen voortaan naar crediteuren@festivaleikenhout.example sturen? Ik heb deze mail al doorgestuurd.\n\nMet vriendelijke groet,\nSven Mulder",
        lab(new_contact="crediteuren@festivaleikenhout.example"),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Alessandro Bruno", "a.bruno@collineinjazz.example"),
        "2028-08-03 12:50",
        "gmail_plain",
        "LSL-0445-28",
        "1860.00",
        "Colline in Jazz – palco e luci",
        "Buongiorno,\nda luglio non mi occupo più dell'amministrazione del festival. Vi prego di scrivere d'ora in poi ad amministrazione@collineinjazz.example, che segue i pagamenti ai fornitori.\nSaluti\nAlessandro Bruno",
        lab(new_contact="amministrazione@collineinjazz.example"),
    ),
]

MAILBOX_NOTICES: Final[list[Notice]] = [
    Notice(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("", "boekhouding@dansstudio-deboog.example"),
        "2028-08-23 10:14",
        "Automatisch antwoord: {rsub}",
        "Dit e-mailadres is niet meer in gebruik en wordt niet gelezen.\n\nFacturen, herinneringen en andere financiële post kunt u sturen naar administratie@dansstudio-deboog.example. Voor lessen en inschrijvingen: info@dansstudio-deboog.example.\n\nDansstudio De Boog\n",
        lab(
            new_contact="administratie@dansstudio-deboog.example",
            note="automatic 'address no longer in use' notice naming where invoices go: wrong_contact",
        ),
        inv="LSL-0460-28",
        headers=(AUTO_REPLIED,),
        threaded=True,
    ),
]

UNSUBSCRIBE: Final[list[Reply]] = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Rob Kenworthy", "rob@kenworthyentertainments.example"),
        "2028-08-04 17:58",
        "iphone",
        "LSL-0493-28",
        "1260.00",
        "Kenworthy Entertainments – club residency lighting",
        "I've told your office I'll pay it when the club pays me. Stop emailing me every few days about it, it's getting beyond a joke.",
        lab(note="a promise plus 'stop emailing me': unsubscribe wins"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Philip Ashworth", "philip.ashworth@ashworthmarquees.example"),
        "2028-08-21 12:30",
        "outlook",
        "LSL-0451-28",
        "3075.00",
        "Ashworth Marquees – county show sound",
        "Dear Sirs,\n\nThis matter is now in the hands of our solicitors, Pembury & Vale, from whom you will be hearing. Please do not contact me or my staff about it again; all further correspondence must go through them.\n\nP. Ashworth\nDirector, Ashworth Marquees Ltd",
        lab(
            note="'through our solicitors' with no address: unsubscribe (it beats the implied dispute)"
        ),
        charset="windows-1252",
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Carol Bickerstaff", "carol.bickerstaff54@gmail.com"),
        "2028-08-20 10:45",
        "gmail_plain",
        "LSL-0454-28",
        "730.00",
        "Wedding reception – starcloth and uplighting",
        "PLEASE TAKE ME OFF YOUR EMAILS. THIS IS THE FOURTH ONE THIS MONTH. I ONLY BOOKED THE LIGHTS FOR MY DAUGHTERS WEDDING AND MY SON IN LAW IS SORTING THE BILL",
        lab(note="all caps; 'take me off' beats the wrong-contact hint (no address given)"),
        gap=2,
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Gerhard Lenz", "buero@lenz-zeltverleih.example"),
        "2028-08-09 08:05",
        "outlook",
        "LSL-0455-28",
        "1990.00",
        "Zeltfest Lenz – Beleuchtung und Beschallung",
        "Guten Tag,\n\nbitte senden Sie uns Mahnungen und sonstige Zahlungsaufforderungen künftig ausschließlich per Post an unsere Geschäftsadresse. Dieses E-Mail-Postfach wird für Buchhaltungsvorgänge nicht genutzt.\n\nMit freundlichen Grüßen\nGerhard Lenz\nLenz Zeltverleih e. K.",
        lab(note="post only → unsubscribe"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Stefan Albers", "s.albers@albers-gastro-events.example"),
        "2028-08-24 15:40",
        "outlook_html",
        "LSL-0431-28",
        "2840.00",
        "Stadtfest-Bühne Albers – Licht und Ton",
        "Sehr geehrte Damen und Herren,\n\nin der Sache Ihrer Rechnung LSL-0431-28 haben wir Rechtsanwältin Dr. Julia Brenner, Kanzlei Brenner & Saß, mit der Wahrnehmung unserer Interessen beauftragt. Bitte richten Sie künftige Schreiben ausschließlich an die Kanzlei und nicht mehr an uns.\n\nMit freundlichen Grüßen\nStefan Albers",
        lab(
            "LSL-0431-28",
            note="only through our lawyer, no e-mail address → unsubscribe",
        ),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("L. Dubois", "ldubois@free.fr"),
        "2028-08-05 09:30",
        "thunderbird",
        "LSL-0459-28",
        "515.00",
        "Association Les Amis du Kiosque – concert du 1er juillet",
        "Bonjour,\n\nJe vous demande de ne plus m'écrire à cette adresse : c'est ma boîte personnelle et je ne l'ai jamais donnée pour la facturation de l'association. Merci de faire le nécessaire.\n\nL. Dubois",
        lab(note="stop writing to this address, no other address given; Saturday"),
        cte="8bit",
    ),
    Reply(
        "un-fr-2",
        "unsubscribe",
        "fr",
        ("Agnès Carpentier", "agnes@treteauxbleus.example"),
        "2028-08-23 18:10",
        "gmail",
        "LSL-0463-28",
        "1430.00",
        "Compagnie des Tréteaux Bleus – tournée des places",
        "Bonjour,\n\nJe vous ai déjà dit au téléphone que nous réglerions en septembre, après le versement de notre subvention. Il est inutile de me relancer par mail chaque semaine. Désormais, merci de m'adresser vos courriers uniquement par voie postale.\n\nAgnès Carpentier\nCompagnie des Tréteaux Bleus",
        lab(note="a promise without a day plus 'post only': unsubscribe wins"),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Francisco Lozano", "paco@lozanoeventos.example"),
        "2028-08-08 20:02",
        "android",
        "LSL-0464-28",
        "1675.00",
        "Verbena de agosto – escenario y luces",
        "Dejad de mandarme correos con esto, ya lo hablé con Andrés, vuestro comercial, y quedamos en otra cosa. No quiero recibir más avisos automáticos.",
        lab(
            note="stop request; the side agreement with the salesman is not a dispute the label can use"
        ),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Irene Castillo", "irenecastillo.fotos@hotmail.es"),
        "2028-08-21 08:30",
        "iphone",
        "LSL-0465-28",
        "290.00",
        "Sesión de estudio – flashes y difusores",
        "Por favor eliminad mi correo de vuestra lista de avisos. Gracias",
        lab(),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("A. Verhoeven", "a.verhoeven@verhoevenpartyservice.example"),
        "2028-08-17 13:30",
        "outlook",
        "LSL-0466-28",
        "2210.00",
        "Partytent en verlichting – jubileumfeest",
        "Geachte heer/mevrouw,\n\nWij ontvangen graag geen e-mails meer over deze factuur. Correspondentie voortaan alleen per post naar ons kantooradres, ter attentie van de directie.\n\nMet vriendelijke groet,\nA. Verhoeven\nVerhoeven Partyservice B.V.",
        lab(note="no more e-mail, post only → unsubscribe"),
        charset="windows-1252",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Massimo De Luca", "m.deluca@delucaspettacoli.example"),
        "2028-08-02 11:15",
        "outlook_html",
        "LSL-0467-28",
        "3350.00",
        "Tour estivo De Luca Spettacoli – luci e audio",
        "Spett.le Lumen Stage Lighting,\n\ncon la presente vi diffidiamo dal proseguire con l'invio di solleciti al sottoscritto. La questione relativa alla fattura in oggetto è stata affidata al nostro legale, Avv. Carla Pellegrini del Foro di Bologna, al quale dovrete rivolgervi per qualsiasi comunicazione.\n\nDistinti saluti\nMassimo De Luca\nDe Luca Spettacoli S.n.c.",
        lab(
            note="formal 'cease and desist' pointing to a lawyer without an e-mail address → unsubscribe"
        ),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Giulia Ferraro", "giuliaferraro.dj@gmail.com"),
        "2028-08-12 12:40",
        "gmail_plain",
        "LSL-0468-28",
        "320.00",
        "Serata DJ – luci effetto",
        "basta mail per favore, cancellatemi dalla lista. grazie",
        lab(note="lower case, no capitals"),
    ),
]

AUTO_REPLY: Final[list[Notice]] = [
    Notice(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Martin Hale", "martin.hale@stormgatefilms.example"),
        "2028-08-08 09:16",
        "Automatic reply: {rsub}",
        "Thank you for your email. I am on annual leave until Friday 18 August with no access to email. For anything urgent please call the production office on 0113 496 0518.\n\nMartin Hale\n",
        lab(return_date="2028-08-18", note="'until X' → X itself"),
        inv="LSL-0469-28",
        headers=(AUTO_REPLIED, SUPPRESS),
        threaded=True,
        client="outlook",
    ),
    Notice(
        "ar-en-2",
        "auto_reply",
        "en",
        (
            "Ravensmoor College Finance Helpdesk",
            "finance.helpdesk@ravensmoor-college.example",
        ),
        "2028-08-16 09:21",
        "[Ticket #FIN-204417] {rsub}",
        "Hello,\n\nThank you for contacting the Finance Helpdesk. Your query has been logged as ticket FIN-204417 and will be picked up by the next available member of the team. We aim to respond to supplier enquiries within five working days.\n\nPlease keep the ticket number in the subject line if you write to us again about this matter.\n\nRavensmoor College Finance Helpdesk\nThis is an automated message.\n",
        lab(note="ticket acknowledgement with only a Precedence header; no return date"),
        inv="LSL-0470-28",
        headers=(("Precedence", "bulk"), ("X-Mailer", "Helpdesk Notifier 4.2")),
    ),
    Notice(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Debbie Clarke", "debbie@clarkeandmoss-events.example"),
        "2028-08-25 09:12",
        "Re: {rsub}",
        "Hi, thanks for your message. I'm out of the office for the bank holiday weekend and back on Tuesday 29 August. I'll reply then.\n\nDebbie\n",
        lab(
            return_date="2028-08-29",
            note="only an X-Autoreply header; Monday 28 Aug is the bank holiday, 'back on' the 29th",
        ),
        inv="LSL-0471-28",
        headers=(("X-Autoreply", "yes"),),
        threaded=True,
    ),
    Notice(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Bühnenbau Kramer GmbH", "info@buehnenbau-kramer.example"),
        "2028-07-31 10:20",
        "Automatische Antwort: {rsub}",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Unser Betrieb befindet sich vom 31.07. bis einschließlich 18.08.2028 in den Betriebsferien. Ab Montag, dem 21.08.2028, sind wir wieder wie gewohnt für Sie erreichbar.\n\nIhre E-Mail wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nBühnenbau Kramer GmbH\n",
        lab(
            return_date="2028-08-21",
            note="company holiday; 'wieder erreichbar ab' the 21st wins over 'bis einschließlich 18.08.'",
        ),
        inv="LSL-0472-28",
        headers=(AUTO_REPLIED,),
        client="outlook",
    ),
    Notice(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Katrin Schäfer", "k.schaefer@eventhaus-mainufer.example"),
        "2028-08-10 10:15",
        "Abwesenheitsnotiz: {rsub}",
        "Vielen Dank für Ihre E-Mail. Ich bin bis zum 25.08.2028 im Urlaub und lese meine E-Mails nicht. In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Tobias Frank (t.frank@eventhaus-mainufer.example).\n\nKatrin Schäfer\n",
        lab(
            return_date="2028-08-25",
            note="'bis zum X' → X; a colleague's address does not set new_contact",
        ),
        inv="LSL-0473-28",
        charset="iso-8859-1",
        headers=(AUTO_REPLIED,),
        threaded=True,
    ),
    Notice(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Scènes & Sons", "contact@scenesetsons-provence.example"),
        "2028-08-02 10:18",
        "Réponse automatique : {rsub}",
        "Bonjour,\n\nNos bureaux sont fermés pour congés d'été du 31 juillet au 20 août inclus. Réouverture le lundi 21 août 2028.\n\nVotre message sera traité à notre retour.\n\nL'équipe Scènes & Sons\n",
        lab(return_date="2028-08-21", note="summer closure; the reopening day wins"),
        inv="LSL-0474-28",
        headers=(AUTO_REPLIED,),
    ),
    Notice(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Pilar Navarro", "pnavarro@navarroasociados-eventos.example"),
        "2028-08-04 10:17",
        "Respuesta automática: {rsub}",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 22 de agosto, con acceso limitado al correo electrónico. Para asuntos urgentes pueden llamar a la centralita de la empresa.\n\nPilar Navarro\nNavarro & Asociados Eventos\n",
        lab(return_date="2028-08-22", note="'hasta X' → X itself"),
        inv="LSL-0475-28",
        headers=(AUTO_GENERATED, SUPPRESS),
        threaded=True,
        client="outlook",
    ),
    Notice(
        "ar-es-2",
        "auto_reply",
        "es",
        ("Facturación Alhambra Eventos", "facturacion@alhambraeventos.example"),
        "2028-08-22 10:25",
        "Hemos recibido su mensaje - {rsub}",
        "Gracias por su mensaje.\n\nHemos recibido su correo en el buzón de facturación de Alhambra Eventos. Las consultas de proveedores se atienden por orden de llegada en un plazo máximo de 72 horas laborables.\n\nEste es un mensaje automático; por favor, no responda a esta dirección.\n",
        lab(note="receipt acknowledgement with only X-Autoreply; no return date"),
        inv="LSL-0476-28",
        charset="iso-8859-1",
        cte="8bit",
        headers=(("X-Autoreply", "yes"),),
    ),
    Notice(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Eva Smit", "e.smit@evenementenbureaupolder.example"),
        "2028-07-31 10:40",
        "Automatisch antwoord: {rsub}",
        "Bedankt voor je bericht. Ik ben met vakantie tot en met vrijdag 11 augustus en lees in die periode geen e-mail. Vanaf maandag 14 augustus ben ik weer bereikbaar.\n\nEva Smit\n",
        lab(
            return_date="2028-08-14",
            note="'vanaf X weer bereikbaar' wins over 'tot en met'",
        ),
        inv="LSL-0477-28",
        headers=(AUTO_REPLIED,),
        threaded=True,
        client="outlook",
    ),
    Notice(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Gemeente Almsloot", "servicedesk@almsloot.example"),
        "2028-08-17 10:20",
        "Ontvangstbevestiging: {rsub}",
        "Geachte afzender,\n\nHartelijk dank voor uw e-mail aan de gemeente Almsloot. Uw bericht is geregistreerd onder zaaknummer Z-2028-118406. Wij streven ernaar u binnen vijf werkdagen inhoudelijk te antwoorden.\n\nDit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.\n",
        lab(note="case-system acknowledgement with only 'Precedence: auto_reply'; no return date"),
        inv="LSL-0478-28",
        headers=(("Precedence", "auto_reply"),),
    ),
    Notice(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Audioluce Sud", "info@audiolucesud.example"),
        "2028-08-07 10:14",
        "Chiusura estiva - Re: {rsub}",
        "Gentile cliente,\n\ni nostri uffici resteranno chiusi per ferie dal 7 al 25 agosto compresi. Riapriremo lunedì 28 agosto.\n\nLe e-mail ricevute in questo periodo verranno lette al nostro rientro.\n\nAudioluce Sud S.r.l.\n",
        lab(
            return_date="2028-08-28",
            note="small-business autoresponder with no automatic-message header at all",
        ),
        inv="LSL-0479-28",
    ),
    Notice(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Stefano Villa", "s.villa@villaproduzioni.example"),
        "2028-08-16 10:18",
        "Risposta automatica: {rsub}",
        "Sono in ferie fino al 23/08 con accesso limitato alla posta. Per urgenze scrivete a produzione@villaproduzioni.example.\n\nStefano Villa\n",
        lab(
            return_date="2028-08-23",
            note="'fino al X' → X; the colleague address does not set new_contact",
        ),
        inv="LSL-0480-28",
        headers=(("X-Autoreply", "yes"), ("X-Autorespond", "yes")),
    ),
]

OTHER: Final[list[Reply]] = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Sam Whitaker", "sam@whitakerweddings.example"),
        "2028-08-14 12:02",
        "gmail",
        "LSL-0481-28",
        "1180.00",
        "Whitaker Weddings – marquee festoons and PA",
        "Thanks – I've passed this to Gemma who does our books. She's back on Wednesday.\nSam",
        lab(note="acknowledgement; passing it on is not a new contact and nothing is promised"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Lydia Chambers", "lydia@chambersproductions.example"),
        "2028-08-03 15:25",
        "outlook_html",
        "LSL-0482-28",
        "2640.00",
        "Chambers Productions – theatre in the park",
        "Hi,\n\nBefore I get to this one – we're still waiting for the £750 security deposit back from the Elmstead Park job in May. Everything came back complete and undamaged (your warehouse confirmed it at the time). Can someone let me know when that's coming back to us?\n\nThanks,\nLydia",
        lab(
            note="asks about a deposit refund on another job; says nothing about paying or contesting this invoice"
        ),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Tariq Hussain", "tariq@brightsidecomedy.example"),
        "2028-08-22 14:40",
        "iphone",
        "LSL-0483-28",
        "465.00",
        "Brightside Comedy – club night lighting",
        "Will chase this with our accounts. Separate thing – are you free to do lights for our warm-up nights at the end of September? Two nights, small room, nothing fancy. Could you send a quote?\n\nTariq",
        lab(note="new-business enquiry; 'will chase this with our accounts' is no commitment"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Birgit Maurer", "birgit.maurer@maurer-kongresse.example"),
        "2028-08-11 10:30",
        "outlook",
        "LSL-0484-28",
        "1725.00",
        "Fachtagung Maurer Kongresse – Konferenztechnik",
        "Danke für die Info, ist angekommen. Ich kläre das intern und melde mich.\n\nGruß\nBirgit Maurer",
        lab(note="acknowledgement without any commitment"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Holger Brandes", "h.brandes@jugendzentrum-nordstadt.example"),
        "2028-08-15 16:10",
        "gmail",
        "LSL-0485-28",
        "390.00",
        "Sommerferienfest – Boxen und Mikrofone",
        "Hallo zusammen,\n\nbei uns im Lager steht noch ein Case mit Kabeln und zwei Stativen von euch, das ist beim Abbau wohl vergessen worden. Wann könnt ihr das abholen? Am besten vormittags, nachmittags ist hier Ferienprogramm.\n\nViele Grüße\nHolger Brandes\nJugendzentrum Nordstadt",
        lab(note="equipment left behind; nothing about the invoice"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Marc Lemoine", "marc.lemoine@grandesmarees-asso.example"),
        "2028-08-08 19:20",
        "iphone",
        "LSL-0486-28",
        "780.00",
        "Fête des Grandes Marées – sonorisation",
        "Bien reçu. Je vois ça avec notre trésorière quand elle rentre de vacances.\nMarc",
        lab(note="acknowledgement; no commitment and no day"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Delphine Arnaud", "d.arnaud@festival-rivesdelaube.example"),
        "2028-08-17 14:05",
        "outlook",
        "LSL-0487-28",
        "4960.00",
        "Festival Rives de l'Aube – grande scène",
        "Madame, Monsieur,\n\nNous accusons réception de votre relance. L'association Festival Rives de l'Aube a été placée en liquidation judiciaire par jugement du 11 juillet 2028.\n\nIl vous appartient de déclarer votre créance auprès du liquidateur désigné, Maître Hervé Collin, 12 rue des Tanneurs, 10000 Troyes, dans un délai de deux mois à compter de la publication du jugement au BODACC. L'association n'est plus en mesure de procéder à aucun paiement.\n\nCordialement,\n\nDelphine Arnaud\nAncienne administratrice",
        lab(
            note="insolvency: the claim must be filed with the liquidator (a postal address, no e-mail); a person must read it"
        ),
        charset="windows-1252",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Rocío Medina", "rocio@medinaeventos.example"),
        "2028-08-23 13:55",
        "android",
        "LSL-0488-28",
        "1320.00",
        "Feria de San Bartolomé – iluminación de casetas",
        "Hola, ¿me puedes llamar cuando puedas? Hay un par de cosas de esta factura que prefiero hablar por teléfono. Estoy en el móvil toda la tarde.\nRocío",
        lab(note="asks for a call; nothing stated that fits another intent"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Bas Meijer", "bas@meijerfeesten.example"),
        "2028-08-04 11:45",
        "gmail_plain",
        "LSL-0489-28",
        "610.00",
        "Buurtfeest – discoverlichting",
        "Ontvangen, ik stuur hem door naar onze boekhouder.\n\nBas",
        lab(note="forwarding to the bookkeeper is not a new contact"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Wendy Koster", "w.koster@kosterkinderfeestjes.example"),
        "2028-08-22 21:10",
        "iphone",
        "LSL-0490-28",
        "245.00",
        "Kinderfeest – discobol en spots",
        "Wie zijn jullie? Ik heb volgens mij nooit iets bij Lumen gehuurd. Is dit phishing? Ik klik nergens op hoor",
        lab(note="suspects a scam; neither a dispute nor a request for the invoice"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Federica Lombardi", "f.lombardi@lombardieventi.example"),
        "2028-08-09 16:30",
        "outlook_html",
        "LSL-0491-28",
        "1540.00",
        "Cena di gala – illuminazione architetturale",
        "Ricevuto, grazie. Giro alla contabilità.\n\nFederica Lombardi",
        lab(note="acknowledgement; passing it on is not a new contact"),
    ),
    Reply(
        "ot-it-2",
        "other",
        "it",
        ("Matteo Riva", "matteo.riva.live@gmail.com"),
        "2028-08-20 22:50",
        "iphone",
        "LSL-0492-28",
        "380.00",
        "Live in cortile – mixer e casse",
        "ok",
        lab(note="a bare 'ok': acknowledgement, not a payment claim"),
        cte="7bit",
        gap=3,
    ),
]


REPLIES: Final[list[Reply]] = [
    *PAYMENT_SENT,
    *PROMISE_TO_PAY,
    *DISPUTE,
    *PAYMENT_PLAN,
    *INVOICE_REQUEST,
    *WRONG_CONTACT,
    *UNSUBSCRIBE,
    *OTHER,
]
NOTICES: Final[list[Notice]] = [*REMITTANCES, *MAILBOX_NOTICES, *AUTO_REPLY]


# --------------------------------------------------------------------------------------------
# Labels and their checks
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One finished message: its key, the text a person wrote, the MIME message and the label."""

    key: str
    lang: str
    when: datetime
    text: str
    message: Message
    label: Label


def spec_label(intent: str, lang: str, label: Label) -> Label:
    """The label row (without the file name) in the corpus's key order."""
    row: Label = {"intent": intent}
    row.update({name: label[name] for name in FIELD_KEYS})
    row["invoice_refs"] = label["invoice_refs"]
    row["language"] = lang
    row["note"] = label["note"]
    return row


def bounce_label(b: Bounce) -> Label:
    """A bounce's label row."""
    fields = lab(note=b.note, bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    return spec_label("bounce", b.lang, fields)


def visible_text(n: Notice) -> str:
    """What a reader sees in a notice (tags stripped from an HTML-only one)."""
    return n.body if not n.html_only else html.unescape(re.sub(r"<[^>]+>", " ", n.markup))


def all_items() -> list[Item]:
    """Every message of the corpus, built."""
    items = [
        Item(
            r.key,
            r.lang,
            r.dt,
            r.body,
            build_reply(r),
            spec_label(r.intent, r.lang, r.label),
        )
        for r in REPLIES
    ]
    items += [
        Item(
            n.key,
            n.lang,
            n.dt,
            visible_text(n),
            build_notice(n),
            spec_label(n.intent, n.lang, n.label),
        )
        for n in NOTICES
    ]
    items += [Item(b.key, b.lang, b.dt, "", build(b), bounce_label(b)) for b, build in BOUNCES]
    return items


ISO_DAY: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT: Final = re.compile(r"^\d+\.\d{2}$")
INVOICE: Final = re.compile(r"^LSL-\d{4}-\d{2}$")
STATUS: Final = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")
WRITTEN_INVOICE: Final = re.compile(r"LSL-\d{4}-\d{2}")


def problems(item: Item) -> Iterator[str]:
    """Everything wrong with one label, as readable complaints."""
    label = item.label
    intent = str(label["intent"])
    if KEY_PREFIX.get(item.key[:2]) != intent or item.key[3:5] != item.lang:
        yield "key does not match intent or language"
    if not FIRST_DAY <= item.when.date() <= LAST_DAY:
        yield f"date {item.when.date()} outside the corpus range"
    for name, owners in FIELD_OWNERS.items():
        if label[name] is not None and intent not in owners:
            yield f"{name} is set on a {intent} message"
    yield from date_problems(item)
    yield from value_problems(item)
    yield from ref_problems(item)


def date_problems(item: Item) -> Iterator[str]:
    """Dates are ISO days on the right side of the message's own date."""
    today = item.when.date()
    for name, later in (
        ("paid_date", False),
        ("promised_date", True),
        ("return_date", True),
    ):
        value = item.label[name]
        if value is None:
            continue
        if not isinstance(value, str) or not ISO_DAY.match(value):
            yield f"{name} is not an ISO date"
            continue
        day = date.fromisoformat(value)
        if (later and day < today) or (not later and day > today):
            yield f"{name} {day} is on the wrong side of the message date {today}"


def value_problems(item: Item) -> Iterator[str]:
    """Amounts, currencies, contacts and bounce fields have the corpus's shapes."""
    label = item.label
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        yield "amount and currency must come together"
    if isinstance(amount, str) and not AMOUNT.match(amount):
        yield f"amount {amount!r} is not a plain decimal"
    if currency not in {None, "GBP", "EUR"}:
        yield f"unexpected currency {currency!r}"
    contact = label["new_contact"]
    if isinstance(contact, str) and (
        contact != contact.lower() or contact not in item.text.lower()
    ):
        yield "new_contact must be lower case and written in the new text"
    if label["intent"] == "bounce":
        if label["bounce_kind"] not in {"hard", "soft"}:
            yield "bounce_kind must be hard or soft"
        status = str(label["bounce_status"])
        if not STATUS.match(status):
            yield "bounce_status is not an enhanced status code"
        soft = status.startswith("4") or status == "5.2.2"
        if (label["bounce_kind"] == "soft") != soft:
            yield "bounce_kind does not follow the status code"


def ref_problems(item: Item) -> Iterator[str]:
    """invoice_refs are exactly the invoice numbers written (in any form) in the new text."""
    refs = item.label["invoice_refs"]
    if not isinstance(refs, list):
        yield "invoice_refs must be a list"
        return
    for ref in refs:
        if not INVOICE.match(ref):
            yield f"invoice ref {ref!r} is not normalised"
        elif ref[4:8] not in item.text:
            yield f"invoice ref {ref} is not in the new text"
    for written in WRITTEN_INVOICE.findall(item.text):
        if written not in refs:
            yield f"{written} is written but not labelled"


# --------------------------------------------------------------------------------------------
# Output and parse-back checks
# --------------------------------------------------------------------------------------------


def file_order(items: list[Item]) -> list[Item]:
    """Shuffle by a keyed hash, so a file's number says nothing about its label."""
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}|{item.key}".encode()).hexdigest(),
    )


MAX_LINE: Final = 998  # octets, RFC 5322


def parse_problems(data: bytes) -> Iterator[str]:
    """Parse a file back with the modern policy: headers decode, text decodes, no defects."""
    if any(len(line) > MAX_LINE for line in data.split(b"\n")):
        yield "a line longer than 998 octets"
    msg = message_from_bytes(data, policy=policy.default)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[name] is None:
            yield f"no {name} header"
    for part in msg.walk():
        if part.defects:
            yield f"defects in a {part.get_content_type()} part: {part.defects}"
        for name, value in part.items():
            defects = getattr(value, "defects", ())
            if defects:
                yield f"defects in {name}: {defects}"
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                yield f"{part.get_content_type()} part does not decode cleanly"


def count_table(rows: list[Label]) -> str:
    """The intent-by-language table, in Markdown."""
    cells = Counter((str(row["intent"]), str(row["language"])) for row in rows)
    lines = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        lines.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    lines.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(lines)


def count_problems(rows: list[Label]) -> Iterator[str]:
    """12 messages per intent, the language totals of the brief, every language in every intent."""
    intents = Counter(str(row["intent"]) for row in rows)
    langs = Counter(str(row["language"]) for row in rows)
    cells = Counter((str(row["intent"]), str(row["language"])) for row in rows)
    for intent in INTENTS:
        if intents[intent] != 12:
            yield f"{intent}: {intents[intent]} messages, not 12"
        for lang in LANGS:
            if not 1 <= cells[intent, lang] <= 3:
                yield f"{intent}/{lang}: {cells[intent, lang]} messages"
    if dict(langs) != EXPECTED_LANGS:
        yield f"language totals {dict(langs)}"


def write_corpus() -> list[Label]:
    """Build, check and write every file; return the label rows in file order."""
    items = file_order(all_items())
    if len({item.key for item in items}) != len(items):
        raise SystemExit("duplicate keys")
    complaints = [f"{item.key}: {p}" for item in items for p in problems(item)]
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    rows: list[Label] = []
    for n, item in enumerate(items, start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.message.as_bytes()
        complaints += [f"{item.key} ({name}): {p}" for p in parse_problems(data)]
        (HERE / name).write_bytes(data)
        rows.append({"file": name, **item.label})
    complaints += list(count_problems(rows))
    if complaints:
        raise SystemExit("\n".join(complaints))
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def main() -> int:
    """Rebuild the corpus next to this script and print the count table."""
    rows = write_corpus()
    print(count_table(rows))
    kinds = Counter(str(row["bounce_kind"]) for row in rows if row["intent"] == "bounce")
    print(f"\n{len(rows)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
