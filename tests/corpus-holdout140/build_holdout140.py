# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph a line, the way a mail client sends it, with the
# typographic dashes, quotes and accents that people and their clients really type.
"""Build held-out reply corpus 140: `h140-NNN.eml` files and `labels.jsonl`.

Every message arrives in the receivables mailbox of Kingfisher Aquatic Plant Nurseries after an
overdue-invoice reminder. The new text of each message is written by hand below; the script only
adds what a mail client or a mail server would add: the quoted reminder in the client's layout and
language, headers, MIME structure, charsets and transfer encodings, and the machine parts of
delivery reports. It runs from anywhere, writes beside itself, and is deterministic: fixed seed,
fixed boundaries, Message-IDs derived from each message's key, no clock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.headerregistry import DateHeader
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "kingfisher-holdout-140"
PREFIX = "h140"
LEDGER_NAME = "Kingfisher Sales Ledger"
LEDGER_ADDR = "sales.ledger@kingfisher-aquatics.example"
LEDGER_DOMAIN = "kingfisher-aquatics.example"
UK_TZ = timezone(timedelta(0))
CE_TZ = timezone(timedelta(hours=1))
FIRST_DAY = date(2031, 11, 17)
LAST_DAY = date(2031, 12, 12)
LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TOTALS = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
PER_INTENT = 12
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
LABEL_ORDER = ("file", "intent", *FIELD_KEYS, "invoice_refs", "language", "note")
# The fields each intent may fill; everything else stays null.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}

# --------------------------------------------------------------------------------------------
# Locale tables
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

# Gmail (web, the sender's display language); en is the en-GB layout.
GMAIL_ATTRIBUTION = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}, {d}. {mona} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda} {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
# Apple Mail on the Mac and on the iPhone.
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
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
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
    """The words Outlook puts around a quoted message in one display language."""

    original: str
    sender: str
    sent: str
    to: str
    subject: str
    colon: str
    reply_prefix: str
    auto_prefix: str
    android: str


OUTLOOK = {
    "en": OutlookWords(
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ":",
        "RE: ",
        "Automatic reply: ",
        "Get Outlook for Android",
    ),
    "de": OutlookWords(
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ":",
        "AW: ",
        "Automatische Antwort: ",
        "Outlook für Android herunterladen",
    ),
    "fr": OutlookWords(
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " :",
        "RE : ",
        "Réponse automatique : ",
        "Télécharger Outlook pour Android",
    ),
    "es": OutlookWords(
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ":",
        "RE: ",
        "Respuesta automática: ",
        "Obtener Outlook para Android",
    ),
    "nl": OutlookWords(
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ":",
        "RE: ",
        "Automatisch antwoord: ",
        "Outlook voor Android downloaden",
    ),
    "it": OutlookWords(
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ":",
        "R: ",
        "Risposta automatica: ",
        "Scarica Outlook per Android",
    ),
}
IPHONE_SIGNATURE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verzonden vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
WORD_BODY_LANG = {
    "en": "EN-GB",
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "nl": "NL",
    "it": "IT",
}

# --------------------------------------------------------------------------------------------
# The reminder every reply answers (Kingfisher's own wording, in the customer's language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Kingfisher Aquatic Plant Nurseries",
    "de": "Überfällige Rechnung {inv} – Kingfisher Aquatic Plant Nurseries",
    "fr": "Facture {inv} échue – Kingfisher Aquatic Plant Nurseries",
    "es": "Factura {inv} vencida – Kingfisher Aquatic Plant Nurseries",
    "nl": "Vervallen factuur {inv} – Kingfisher Aquatic Plant Nurseries",
    "it": "Fattura {inv} scaduta – Kingfisher Aquatic Plant Nurseries",
}
REMINDER_SUBJECT_PLURAL = {
    "en": "Overdue invoices {inv} – Kingfisher Aquatic Plant Nurseries",
    "de": "Überfällige Rechnungen {inv} – Kingfisher Aquatic Plant Nurseries",
    "fr": "Factures {inv} échues – Kingfisher Aquatic Plant Nurseries",
    "es": "Facturas {inv} vencidas – Kingfisher Aquatic Plant Nurseries",
    "nl": "Vervallen facturen {inv} – Kingfisher Aquatic Plant Nurseries",
    "it": "Fatture {inv} scadute – Kingfisher Aquatic Plant Nurseries",
}
REMINDER_OPENING = {
    "en": (
        "Hello,",
        "We hope the plants are settling in well. Our sales ledger shows the following {what} as unpaid and now past the due date:",
        ("invoice", "invoices"),
    ),
    "de": (
        "Guten Tag,",
        "wir hoffen, die Pflanzen haben sich gut eingewöhnt. Laut unserer Debitorenbuchhaltung {what} noch offen und bereits fällig:",
        ("ist folgende Rechnung", "sind folgende Rechnungen"),
    ),
    "fr": (
        "Bonjour,",
        "Nous espérons que les plantes se sont bien acclimatées. D'après notre comptabilité clients, {what} à régler alors que l'échéance est passée :",
        ("la facture ci-dessous reste", "les factures ci-dessous restent"),
    ),
    "es": (
        "Hola:",
        "Esperamos que las plantas se estén adaptando bien. Según nuestra contabilidad, {what}:",
        (
            "la siguiente factura sigue pendiente y ya ha vencido",
            "las siguientes facturas siguen pendientes y ya han vencido",
        ),
    ),
    "nl": (
        "Goedendag,",
        "We hopen dat de planten goed zijn aangeslagen. Volgens onze debiteurenadministratie {what}, terwijl de vervaldatum is verstreken:",
        (
            "is de onderstaande factuur nog niet betaald",
            "zijn de onderstaande facturen nog niet betaald",
        ),
    ),
    "it": (
        "Buongiorno,",
        "speriamo che le piante si siano ambientate bene. Dalla nostra contabilità clienti {what}:",
        (
            "risulta ancora aperta, e ormai scaduta, la seguente fattura",
            "risultano ancora aperte, e ormai scadute, le seguenti fatture",
        ),
    ),
}
REMINDER_LINE = {
    "en": "  {inv}   dated {issued}   due {due}   {amt}",
    "de": "  {inv}   vom {issued}   fällig am {due}   {amt}",
    "fr": "  {inv}   du {issued}   échéance {due}   {amt}",
    "es": "  {inv}   de {issued}   vencimiento {due}   {amt}",
    "nl": "  {inv}   d.d. {issued}   vervaldatum {due}   {amt}",
    "it": "  {inv}   del {issued}   scadenza {due}   {amt}",
}
REMINDER_CLOSING = {
    "en": (
        "Payment can be made by bank transfer to Kingfisher Aquatic Plant Nurseries Ltd, sort code 60-16-13, account 31926819 (IBAN GB29 NWBK 6016 1331 9268 19), quoting the invoice number as the reference.\n\n"
        "If you have paid in the last few days, thank you, and please let us know the date so that we can match it. If something on the invoice doesn't look right, just reply to this email and we'll look into it.\n\n"
        "Best wishes,\n\nSales Ledger\nKingfisher Aquatic Plant Nurseries Ltd\nWithy Lane, Langport, Somerset\nsales.ledger@kingfisher-aquatics.example · 01632 960350"
    ),
    "de": (
        "Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer an Kingfisher Aquatic Plant Nurseries Ltd, IBAN GB29 NWBK 6016 1331 9268 19, BIC NWBKGB2L.\n\n"
        "Falls Sie in den letzten Tagen bereits gezahlt haben, vielen Dank – teilen Sie uns gern das Zahlungsdatum mit. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\nSales Ledger\nKingfisher Aquatic Plant Nurseries Ltd\nWithy Lane, Langport, Somerset, Vereinigtes Königreich"
    ),
    "fr": (
        "Le règlement peut se faire par virement à Kingfisher Aquatic Plant Nurseries Ltd, IBAN GB29 NWBK 6016 1331 9268 19, BIC NWBKGB2L, en rappelant le numéro de facture.\n\n"
        "Si vous avez réglé ces derniers jours, merci, et n'hésitez pas à nous indiquer la date du virement. Si quelque chose vous semble inexact sur la facture, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\nSales Ledger\nKingfisher Aquatic Plant Nurseries Ltd\nWithy Lane, Langport, Somerset, Royaume-Uni"
    ),
    "es": (
        "Pueden abonarla por transferencia a Kingfisher Aquatic Plant Nurseries Ltd, IBAN GB29 NWBK 6016 1331 9268 19, BIC NWBKGB2L, indicando el número de factura como concepto.\n\n"
        "Si la han pagado en los últimos días, muchas gracias; les agradeceríamos que nos indicaran la fecha. Si ven algo incorrecto en la factura, basta con responder a este correo.\n\n"
        "Un cordial saludo,\n\nSales Ledger\nKingfisher Aquatic Plant Nurseries Ltd\nWithy Lane, Langport, Somerset, Reino Unido"
    ),
    "nl": (
        "U kunt het bedrag overmaken naar Kingfisher Aquatic Plant Nurseries Ltd, IBAN GB29 NWBK 6016 1331 9268 19, BIC NWBKGB2L, onder vermelding van het factuurnummer.\n\n"
        "Heeft u de afgelopen dagen al betaald, dan danken wij u hartelijk; wilt u ons de betaaldatum laten weten? Klopt er iets niet aan de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\nSales Ledger\nKingfisher Aquatic Plant Nurseries Ltd\nWithy Lane, Langport, Somerset, Verenigd Koninkrijk"
    ),
    "it": (
        "Il pagamento può essere effettuato con bonifico a Kingfisher Aquatic Plant Nurseries Ltd, IBAN GB29 NWBK 6016 1331 9268 19, BIC NWBKGB2L, indicando il numero di fattura nella causale.\n\n"
        "Se avete pagato negli ultimi giorni, vi ringraziamo e vi chiediamo di comunicarci la data del bonifico. Se qualcosa nella fattura non vi torna, basta rispondere a questa e-mail.\n\n"
        "Cordiali saluti,\n\nSales Ledger\nKingfisher Aquatic Plant Nurseries Ltd\nWithy Lane, Langport, Somerset, Regno Unito"
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
NBSP = "\u00a0"
LATIN1_REPLACEMENTS = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


# --------------------------------------------------------------------------------------------
# Hashes, ids and small helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable digest of a message key for one purpose."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def number(key: str, salt: str) -> int:
    """A stable non-negative integer derived from a message key."""
    return int.from_bytes(digest(key, salt)[:8], "big")


def b32(key: str, salt: str, length: int) -> str:
    """A stable base32 token derived from a message key."""
    return base64.b32encode(digest(key, salt)).decode("ascii")[:length]


def latin1(text: str) -> str:
    """Text as a Latin-1 client would send it."""
    for bad, good in LATIN1_REPLACEMENTS.items():
        text = text.replace(bad, good)
    return text


def client_text(text: str, charset: str) -> str:
    """Quoted text as the replying client sends it in its own charset."""
    return latin1(text) if charset == "iso-8859-1" else text


def date_words(lang: str, moment: datetime) -> dict[str, str]:
    """Every piece of a date or time that the attribution templates use."""
    weekday, month = moment.weekday(), moment.month - 1
    return {
        "wd": WEEKDAYS[lang].split()[weekday],
        "wda": WEEKDAYS_ABBR[lang].split()[weekday],
        "mon": MONTHS[lang].split()[month],
        "mona": MONTHS_ABBR[lang].split()[month],
        "d": str(moment.day),
        "dd": f"{moment.day:02d}",
        "mo": f"{moment.month:02d}",
        "y": str(moment.year),
        "yy": f"{moment.year % 100:02d}",
        "HH": f"{moment.hour:02d}",
        "H": str(moment.hour),
        "mm": f"{moment.minute:02d}",
    }


def money(amount: Decimal, currency: str, lang: str) -> str:
    """An amount written the way the reminder writes it in one language."""
    whole, cents = f"{amount:.2f}".split(".")
    groups = f"{int(whole):,}"
    symbol = "£" if currency == "GBP" else "€"
    if lang == "en":
        return f"{symbol}{groups}.{cents}"
    if lang == "fr":
        return f"{groups.replace(',', NBSP)},{cents}{NBSP}{symbol}"
    dotted = f"{groups.replace(',', '.')},{cents}"
    if lang in {"nl", "it"}:
        return f"{symbol} {dotted}"
    return f"{dotted} {symbol}"


def quote_lines(text: str) -> str:
    """Quote text with '> ' the way Gmail, Apple Mail and iOS do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def flow_line(line: str, prefix: str, width: int = 72) -> list[str]:
    """Wrap one line for format=flowed: soft breaks keep a trailing space."""
    if len(prefix) + len(line) <= width:
        return [prefix + line]
    rows: list[str] = []
    current = ""
    for word in line.split(" "):
        if current and len(prefix) + len(current) + len(word) > width:
            rows.append(prefix + current)
            current = ""
        current += word + " "
    rows.append(prefix + current.rstrip(" "))
    return rows


def flowed(text: str, quoted: bool = False) -> str:
    """Text as Thunderbird sends it with format=flowed (space-stuffed, soft-wrapped)."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.rstrip(" ")
        if quoted:
            out.extend(flow_line(line, "> ") if line else [">"])
            continue
        if line.startswith((" ", ">", "From ")):
            line = " " + line
        out.extend(flow_line(line, ""))
    return "\n".join(out)


def html_text(text: str) -> str:
    """Plain text as HTML with <br> line breaks."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_blocks(text: str, tag: str = "div") -> str:
    """Plain text as HTML, one block per line, empty lines kept."""
    return "\n".join(
        f"<{tag}>{html.escape(line, quote=False) or '<br>'}</{tag}>" for line in text.split("\n")
    )


def word_paragraphs(text: str) -> str:
    """Plain text as Word's MsoNormal paragraphs."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "<o:p>&nbsp;</o:p>"
        end = "<o:p></o:p>" if line else ""
        out.append(f'<p class="MsoNormal">{inner}{end}</p>')
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def body_charset(name: str, cte: str) -> email_charset.Charset:
    """A charset object with the transfer encoding the client chose."""
    result = email_charset.Charset(name)
    if cte == "qp":
        result.body_encoding = email_charset.QP
    elif cte == "b64":
        result.body_encoding = email_charset.BASE64
    else:
        result.body_encoding = None  # type: ignore[assignment]
    return result


def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    """One text/* part; raises if the hand-written text does not fit the charset."""
    text.encode(charset)
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, body_charset(charset, cte))
    return part


def alternative(plain: Message, rich: Message) -> MIMEMultipart:
    """A multipart/alternative with a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


def encoded_words(value: str, charset: str, use_base64: bool, header: str = "Subject") -> str:
    """A header value as RFC 2047 encoded words when it is not ASCII, folded after `header`."""
    if value.isascii():
        return value
    name = charset
    try:
        value.encode(name)
    except UnicodeEncodeError:
        name = "utf-8"
    chosen = email_charset.Charset(name)
    chosen.header_encoding = email_charset.BASE64 if use_base64 else email_charset.QP
    return Header(value, chosen, header_name=header).encode()


def mailbox(
    name: str, addr: str, charset: str, use_base64: bool = False, header: str = "From"
) -> str:
    """A From/To mailbox, with the display name encoded or quoted as needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_words(name, charset, use_base64, header)} <{addr}>"


def move_mime_headers_last(msg: Message) -> None:
    """Clients put MIME-Version and the content headers below the envelope headers."""
    for header in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(header) or []
        del msg[header]
        for value in values:
            msg[header] = value


def strip_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if not part.is_multipart():
        return
    enclosed = part.get_content_type() == "message/rfc822"
    for sub in cast("list[Message]", part.get_payload()):
        if isinstance(sub, Message):
            strip_inner_versions(sub, top=enclosed)


BOUNDARY_SHAPES = {
    "gmail": ("000000000000", 22),
    "apple": ("Apple-Mail=_", 24),
    "outlook": ("_000_", 28),
    "report": ("----=_NextPart_", 20),
}


def set_boundaries(msg: Message, key: str, shape: str) -> None:
    """Deterministic boundaries shaped like the client's or server's own."""
    prefix, length = BOUNDARY_SHAPES.get(shape, ("----=_Part_", 24))
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for index, part in enumerate(multiparts):
        token = b32(key, f"boundary-{index}", length)
        part.set_boundary(prefix + (token.lower() if shape == "gmail" else token))


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """The labelled fields of one message beyond its intent and language."""

    fields: tuple[tuple[str, str], ...] = ()
    refs: tuple[str, ...] = ()
    note: str | None = None


def lab(*refs: str, note: str | None = None, **fields: str) -> Label:
    """Label fields; `refs` are the invoice numbers written in the sender's own text."""
    unknown = set(fields) - set(FIELD_KEYS)
    if unknown:
        raise ValueError(f"unknown label fields {sorted(unknown)}")
    return Label(tuple(fields.items()), refs, note)


# --------------------------------------------------------------------------------------------
# Messages: the hand-written part and what goes around it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One hand-written message from a customer's side and its labels.

    `style` is the client (or `notice` for automatic text that quotes nothing). `invoices` pins
    the invoice numbers and amounts the reminder listed, when the text refers to them.
    """

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    style: str
    body: str
    label: Label
    invoices: tuple[tuple[str, str], ...] = ()
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    quote_to: str = ""
    threaded: bool = True

    @property
    def moment(self) -> datetime:
        """The Date: of the message, in the sender's own offset."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def currency(self) -> str:
        """UK customers are invoiced in pounds, the others in euros."""
        return "GBP" if self.moment.utcoffset() == timedelta(0) else "EUR"


@dataclass(frozen=True)
class Invoice:
    """One invoice line of a reminder."""

    number: str
    amount: Decimal
    issued: date
    due: date


@dataclass(frozen=True)
class Reminder:
    """The reminder as Kingfisher's daemon sent it."""

    key: str
    lang: str
    to_name: str
    to_addr: str
    sent: datetime
    invoices: tuple[Invoice, ...]
    currency: str

    @property
    def subject(self) -> str:
        """The reminder's subject line."""
        numbers = ", ".join(inv.number for inv in self.invoices)
        table = REMINDER_SUBJECT if len(self.invoices) == 1 else REMINDER_SUBJECT_PLURAL
        return table[self.lang].format(inv=numbers)

    @property
    def text(self) -> str:
        """The reminder's body."""
        greeting, intro, nouns = REMINDER_OPENING[self.lang]
        fmt = DATE_FORMAT[self.lang]
        lines = [
            REMINDER_LINE[self.lang].format(
                inv=inv.number,
                issued=inv.issued.strftime(fmt),
                due=inv.due.strftime(fmt),
                amt=money(inv.amount, self.currency, self.lang),
            )
            for inv in self.invoices
        ]
        what = nouns[0] if len(self.invoices) == 1 else nouns[1]
        return "\n\n".join(
            [
                greeting,
                intro.format(what=what),
                "\n".join(lines),
                REMINDER_CLOSING[self.lang],
            ]
        )

    @property
    def message_id(self) -> str:
        """The reminder's Message-ID, derived from the key of the message answering it."""
        return f"<dunmail.{b32(self.key, 'reminder', 20).lower()}@{LEDGER_DOMAIN}>"

    def as_message(self) -> Message:
        """The reminder as it left Kingfisher (returned inside some bounces)."""
        msg = text_part(self.text, "plain", "utf-8", "qp")
        msg["From"] = formataddr((LEDGER_NAME, LEDGER_ADDR))
        msg["To"] = mailbox(self.to_name, self.to_addr, "utf-8", header="To")
        msg["Subject"] = encoded_words(self.subject, "utf-8", False)
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = self.message_id
        msg["X-Mailer"] = "dunmail"
        move_mime_headers_last(msg)
        return msg


def working_day_before(moment: datetime, days: int) -> datetime:
    """A working day `days` or more before `moment` (weekends skipped)."""
    day = moment - timedelta(days=days)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def make_invoice(key: str, number_: str, amount: str, sent: datetime) -> Invoice:
    """An invoice issued 45 to 64 days before the reminder, due 30 days after issue."""
    issued = sent.date() - timedelta(days=45 + number(key + number_, "issued") % 20)
    return Invoice(number_, Decimal(amount), issued, issued + timedelta(days=30))


def auto_amount(key: str, currency: str) -> str:
    """A plausible invoice amount when the text does not mention one."""
    n = number(key, "amount")
    whole = 140 + n % (2600 if currency == "GBP" else 3400)
    return f"{whole}.{(n // 7) % 20 * 5:02d}"


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it: its text, subject, time and recipient."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
NOTICE_STYLES = frozenset({"notice", "notice_alt", "notice_html"})


def outlook_rows(q: Quote) -> list[tuple[str, str]]:
    """Outlook's From/Sent/To/Subject block, localised."""
    words = OUTLOOK[q.lang]
    sent = OUTLOOK_SENT[q.lang].format(**date_words(q.lang, q.sent))
    return [
        (words.sender, f"{LEDGER_NAME} <{LEDGER_ADDR}>"),
        (words.sent, sent),
        (words.to, q.to),
        (words.subject, q.subject),
    ]


def outlook_block(q: Quote) -> str:
    """The header block as plain text."""
    colon = OUTLOOK[q.lang].colon
    return "\n".join(f"{name}{colon} {value}" for name, value in outlook_rows(q))


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup, the reply, the divider div, the reminder."""
    colon = OUTLOOK[q.lang].colon
    rows = "<br>\n".join(
        f"<b>{html.escape(name)}{html.escape(colon)}</b> {html.escape(value)}"
        for name, value in outlook_rows(q)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n"
        "@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "a:link, span.MsoHyperlink {color:#467886; text-decoration:underline;}\n"
        'span.EmailStyle20 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n"
        "--></style>\n</head>\n"
        f'<body lang="{WORD_BODY_LANG[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{rows}<o:p></o:p></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n"
        "</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised 'Original Message' line."""
    text = f"{r.body}\n\n{OUTLOOK[q.lang].original}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML, sent as multipart/alternative."""
    text = f"{r.body}\n\n{outlook_block(q)}\n\n{q.text}\n"
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def style_html_only(r: Reply, q: Quote) -> Message:
    """Outlook HTML with no plain-text alternative."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: localised footer, underscore divider, base64."""
    text = f"{r.body}\n\n{OUTLOOK[q.lang].android}\n{'_' * 32}\n{outlook_block(q)}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def gmail_attribution(q: Quote) -> str:
    """Gmail's 'On … wrote:' line in the sender's display language."""
    return GMAIL_ATTRIBUTION[q.lang].format(
        **date_words(q.lang, q.sent), name=LEDGER_NAME, addr=LEDGER_ADDR
    )


def apple_attribution(q: Quote) -> str:
    """Apple Mail's attribution line."""
    return APPLE_ATTRIBUTION[q.lang].format(
        **date_words(q.lang, q.sent), name=LEDGER_NAME, addr=LEDGER_ADDR
    )


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail web: multipart/alternative with a gmail_quote blockquote."""
    attribution = gmail_attribution(q)
    text = f"{r.body}\n\n{attribution}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_text(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting."""
    return text_part(
        f"{r.body}\n\n{gmail_attribution(q)}\n\n{quote_lines(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on the Mac: multipart/alternative with a cite blockquote."""
    attribution = apple_attribution(q)
    text = f"{r.body}\n\n{quote_lines(attribution)}\n>\n{quote_lines(q.text)}\n"
    markup = (
        f'<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset={r.charset}"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f'{html_blocks(r.body)}<div><br><blockquote type="cite"><div>{html.escape(attribution)}</div>'
        f'<br class="Apple-interchange-newline"><div><div>{html_blocks(q.text)}</div></div></blockquote></div><br></body></html>\n'
    )
    return alternative(
        text_part(text, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_iphone(r: Reply, q: Quote) -> Message:
    """iOS Mail: localised signature, then the whole quote behind '>'."""
    quoted = quote_lines(f"{apple_attribution(q)}\n\n{q.text}")
    return text_part(
        f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted}\n",
        "plain",
        r.charset,
        r.cte,
    )


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed, attribution line, '>' quoting."""
    attribution = THUNDERBIRD_ATTRIBUTION[q.lang].format(
        **date_words(q.lang, q.sent), name=LEDGER_NAME
    )
    text = f"{flowed(r.body)}\n\n{flowed(attribution)}\n{flowed(q.text, quoted=True)}\n"
    part = text_part(text, "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_notice(r: Reply, q: Quote) -> Message:
    """Automatic text that quotes nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_notice_alt(r: Reply, q: Quote) -> Message:
    """A system-generated notice with a fixed-width HTML twin."""
    del q
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + r.charset
        + '"></head>'
        "<body><pre style=\"font-family:Consolas,'Courier New',monospace;font-size:10pt\">"
        f"{html.escape(r.body, quote=False)}</pre></body></html>\n"
    )
    return alternative(
        text_part(r.body + "\n", "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_notice_html(r: Reply, q: Quote) -> Message:
    """A system-generated notice sent as HTML only (the body is markup)."""
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
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.81.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23B85)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_STYLE = {"gmail": "gmail", "apple": "apple", "outlook_html": "outlook"}


def outlook_host(r: Reply) -> str:
    """An Exchange Online server name in the sender's region."""
    n = number(r.key, "host") % 10000
    if r.currency == "GBP":
        return f"LO2P265MB{n:04d}.GBRP265.PROD.OUTLOOK.COM"
    if r.lang == "de":
        return f"FR3P281MB{n:04d}.DEUP281.PROD.OUTLOOK.COM"
    return f"AM9PR07MB{n:04d}.EURPRD07.PROD.OUTLOOK.COM"


def reply_message_id(r: Reply) -> str:
    """A Message-ID shaped like the sending client's, derived from the key."""
    domain = r.sender[1].split("@")[1]
    raw = digest(r.key, "message-id")
    if r.style in {"gmail", "gmail_plain"}:
        token = (
            base64.b64encode(raw + digest(r.key, "message-id-2")[:6])
            .decode("ascii")
            .rstrip("=")
            .replace("/", "_")
        )
        return f"<CA{token[:44]}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        host = outlook_host(r)
        return f"<{host.split('.')[0]}{raw.hex().upper()[:28]}@{host}>"
    if r.style in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.style == "thunderbird":
        h = raw.hex()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{raw.hex()[:26]}@{domain}>"


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The headers Outlook adds to every message."""
    return [
        (
            "Thread-Topic",
            encoded_words(q.subject, r.charset, r.charset == "utf-8", "Thread-Topic"),
        ),
        (
            "Thread-Index",
            base64.b64encode(digest(r.key, "thread-index")[:22]).decode("ascii"),
        ),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def finalize(msg: Message, key: str, shape: str) -> Message:
    """MIME headers last, MIME-Version only at the top, deterministic boundaries."""
    move_mime_headers_last(msg)
    if "MIME-Version" not in msg and "Content-Type" in msg:
        msg["MIME-Version"] = "1.0"
        move_mime_headers_last(msg)
    strip_inner_versions(msg)
    set_boundaries(msg, key, shape)
    return msg


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
X_AUTOREPLY = ("X-Autoreply", "yes")

PAYMENT_SENT = [
    Reply(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Graham Pettifer", "graham.pettifer@hotmail.co.uk"),
        "2031-11-18 19:42 +0000",
        "iphone",
        "Paid.",
        lab(note="one-word reply from a homeowner; no date given"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Hartwell Leisure Accounts Payable", "ap-noreply@hartwell-leisure.example"),
        "2031-11-28 06:14 +0000",
        "notice_alt",
        "REMITTANCE ADVICE\n\n"
        "Payer:             Hartwell Leisure Group plc, Shared Service Centre\n"
        "Payee:             Kingfisher Aquatic Plant Nurseries Ltd\n"
        "Supplier account:  200418\n"
        "Payment date:      28/11/2031\n"
        "Payment method:    BACS\n"
        "Payment number:    4410098231\n\n"
        "Your reference     Document date     Amount GBP\n"
        "KAP-31-0388        02/10/2031          1,140.00\n"
        "KAP-31-0416        09/10/2031            862.35\n"
        "KAP-31-C014        20/10/2031           -120.00\n\n"
        "Total paid                           1,882.35\n\n"
        "Funds should reach your account within three working days of the payment date.\n\n"
        "This advice was produced automatically by our purchase-to-pay system. Replies to this address are not read. For queries please write to supplier.queries@hartwell-leisure.example quoting your supplier account number.",
        lab(
            "KAP-31-0388",
            "KAP-31-0416",
            paid_date="2031-11-28",
            payment_reference="4410098231",
            amount="1882.35",
            currency="GBP",
            note="AP-system remittance advice: a payment notice even with Auto-Submitted: auto-generated; KAP-31-C014 is a credit note, not an invoice; the queries address is not a new contact",
        ),
        invoices=(("KAP-31-0388", "1140.00"), ("KAP-31-0416", "862.35")),
        subject="Remittance advice 4410098231 – Kingfisher Aquatic Plant Nurseries Ltd",
        headers=(AUTO_GENERATED, ("X-Mailer", "P2P Mailer 7.4")),
        threaded=False,
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Joanne Okonkwo", "sbm@fernhill-primary.example"),
        "2031-11-25 16:20 +0000",
        "outlook_html",
        "Hi there,\n\n"
        "So sorry it's taken me a few days to get back to you – it has been one of those weeks. We had our inspection on Wednesday and Thursday, the boiler gave up on Friday, and I've been running the office on my own since our admin assistant left at half term, so my inbox is a bit of a disaster zone.\n\n"
        "I did want to say that the children are absolutely loving the new wildlife pond. Year 3 have been doing a whole project on it and they are convinced they've seen a newt (I have my doubts). The marginals your team planted round the edge have filled out beautifully, and Mr Daley is keen to talk to you about a second, smaller pond by the Reception garden next spring, so you may hear from him.\n\n"
        "Anyway, back to your email! I checked with the finance officer at the trust this morning and it was paid on the 20th in the trust's weekly BACS run, so it should be with you by now. The remittance reference is FPS118834 if you need to match it up. If it's not showing, let me know and I'll chase it our end.\n\n"
        "Thanks again for all your help with the project.\n\n"
        "Best wishes,\n\n"
        "Joanne Okonkwo\nSchool Business Manager\nFernhill Primary School – part of the Levels Learning Trust",
        lab(
            paid_date="2031-11-20",
            payment_reference="FPS118834",
            note="the payment is buried in the third paragraph of a chatty reply; 'the 20th' is past, so 20 Nov",
        ),
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        ("Petra Lindner", "p.lindner@gartencenter-lindner.example"),
        "2031-11-20 17:05 +0100",
        "outlook",
        "Hallo zusammen,\n\n"
        "bevor ich ab morgen bis zum 1.12. im Urlaub bin, noch schnell zu Ihrer Erinnerung: die Rechnung 0452 habe ich heute Nachmittag zur Zahlung angewiesen, 2.318,00 €. Als Verwendungszweck steht die Rechnungsnummer drin.\n\n"
        "Falls während meiner Abwesenheit noch etwas fehlt, meldet sich mein Kollege Herr Adamczyk bei Ihnen.\n\n"
        "Viele Grüße\n"
        "Petra Lindner\nBuchhaltung\nGartencenter Lindner GmbH & Co. KG\nAuf der Heide 7 · Meppen",
        lab(
            "KAP-31-0452",
            paid_date="2031-11-20",
            amount="2318.00",
            currency="EUR",
            note="the subject says 'Out of Office' but a person writes; transfer instructed today; the short number 0452 is normalised",
        ),
        invoices=(("KAP-31-0452", "2318.00"),),
        charset="windows-1252",
        subject="Out of Office ab morgen – AW: {rsub}",
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Bruno Castaing", "bruno@jardinerie-castaing.example"),
        "2031-11-27 11:32 +0100",
        "thunderbird",
        "Bonjour,\n\n"
        "Virement émis ce matin depuis notre banque, référence de l'opération 27113100458. Comptez deux ou trois jours pour un virement vers le Royaume-Uni.\n\n"
        "Cordialement,\n"
        "Bruno Castaing\nJardinerie Castaing – Mont-de-Marsan",
        lab(paid_date="2031-11-27", payment_reference="27113100458"),
        cte="8bit",
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        (
            "Intendance – Lycée horticole de Saint-Germain-sur-Ille",
            "intendance@lycee-horti-sgi.example",
        ),
        "2031-11-19 10:05 +0100",
        "outlook_html",
        "Madame, Monsieur,\n\n"
        "Sauf erreur de notre part, la facture KAP-31-0418 a été réglée par virement le 7 novembre dernier ; le relevé de la Trésorerie en fait foi.\n\n"
        "Pourriez-vous toutefois nous adresser un duplicata de cette facture portant la mention « acquittée » ? Il nous est demandé pour le dossier de subvention régionale du projet de mare pédagogique.\n\n"
        "Nous vous remercions par avance et vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.\n\n"
        "Hélène Marchetti\nAdjointe gestionnaire\nLycée horticole de Saint-Germain-sur-Ille",
        lab(
            "KAP-31-0418",
            paid_date="2031-11-07",
            note="paid, plus a request for a receipted copy: the payment claim is what the collector acts on",
        ),
        invoices=(("KAP-31-0418", ""),),
        charset="windows-1252",
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Acuario Municipal de Vilanova", "administracion@acuario-vilanova.example"),
        "2031-11-25 09:48 +0100",
        "gmail",
        "Buenos días:\n\n"
        "Les confirmamos que la factura KAP-31-0433 se abonó por transferencia el pasado viernes 21. En cuanto el banco nos facilite el justificante se lo reenviamos.\n\n"
        "Un saludo,\n\n"
        "Nuria Segarra\nAdministración\nAcuario Municipal de Vilanova",
        lab("KAP-31-0433", paid_date="2031-11-21"),
        invoices=(("KAP-31-0433", ""),),
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Lucía Ferrer", "luciaferrer.jardin@gmail.com"),
        "2031-12-04 20:17 +0100",
        "iphone",
        "ya esta pagado!! lo hizo mi marido el lunes desde la app del banco, mirad bien porfa",
        lab(
            paid_date="2031-12-01",
            note="no accents or capitals; 'el lunes' is past, so Monday 1 Dec",
        ),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Ruud Hoekstra", "ruud@tuincentrum-hoekstra.example"),
        "2031-12-09 08:51 +0100",
        "android",
        "Goedemorgen,\n\nIs vanochtend voldaan, € 1.046,20. Excuses voor de vertraging, onze boekhouder heeft een paar weken in het ziekenhuis gelegen.\n\nMvg,\nRuud Hoekstra\nTuincentrum Hoekstra",
        lab(paid_date="2031-12-09", amount="1046.20", currency="EUR"),
        invoices=(("KAP-31-0470", "1046.20"),),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Gemeente Bronsdijk", "noreply-betalingen@bronsdijk.example"),
        "2031-12-03 05:40 +0100",
        "notice_html",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body style="font-family:Arial,sans-serif;font-size:10pt">\n'
        "<h2>Betalingsspecificatie</h2>\n"
        "<p>Geachte relatie,</p>\n"
        "<p>Hierbij ontvangt u de specificatie van de betaling die de gemeente Bronsdijk vandaag aan u heeft overgemaakt.</p>\n"
        "<table>\n<tr><td>Crediteurnummer</td><td>700213</td></tr>\n<tr><td>Betaaldatum</td><td>03-12-2031</td></tr>\n"
        "<tr><td>Betalingskenmerk</td><td>1000 2031 1203 7721</td></tr>\n</table>\n"
        '<table border="1" cellpadding="4" style="border-collapse:collapse">\n'
        "<tr><th>Factuurnummer</th><th>Factuurdatum</th><th>Bedrag</th></tr>\n"
        "<tr><td>KAP-31-0444</td><td>16-10-2031</td><td>€ 2.975,00</td></tr>\n"
        "<tr><td>KAP-31-0459</td><td>23-10-2031</td><td>€ 410,40</td></tr>\n"
        '<tr><td colspan="2"><b>Totaal overgemaakt</b></td><td><b>€ 3.385,40</b></td></tr>\n</table>\n'
        "<p>Dit bericht is automatisch verzonden; u kunt hier niet op antwoorden. Voor vragen kunt u contact opnemen met team Crediteuren via telefoonnummer 14 0486.</p>\n"
        "</body></html>\n",
        lab(
            "KAP-31-0444",
            "KAP-31-0459",
            paid_date="2031-12-03",
            payment_reference="1000 2031 1203 7721",
            amount="3385.40",
            currency="EUR",
            note="municipal payment specification, HTML only, without any auto-reply header; the reference is kept as written",
        ),
        invoices=(("KAP-31-0444", "2975.00"), ("KAP-31-0459", "410.40")),
        subject="Betalingsspecificatie crediteur 700213",
        threaded=False,
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        (
            "Vivai F.lli Bernasconi - Amministrazione",
            "amministrazione@vivaibernasconi.example",
        ),
        "2031-11-18 11:20 +0100",
        "outlook",
        "Buongiorno,\n\n"
        "con la presente vi comunichiamo che in data di ieri abbiamo disposto il bonifico SEPA a saldo della fattura in oggetto, per Euro 5.120,00 (TRN 0306931117004412).\n\n"
        "Distinti saluti\n\n"
        "Rag. Carla Bernasconi\nVivai F.lli Bernasconi s.s. agricola\nVia per Cantù 44 - 22060 Novedrate (CO)",
        lab(
            paid_date="2031-11-17",
            payment_reference="0306931117004412",
            amount="5120.00",
            currency="EUR",
            note="'la fattura in oggetto' writes no number, so no invoice_refs; 'in data di ieri' is 17 Nov",
        ),
        invoices=(("KAP-31-0405", "5120.00"),),
        charset="iso-8859-1",
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Marco Pellegrini", "marco.pellegrini@libero.it"),
        "2031-12-02 22:03 +0100",
        "android",
        "fatto",
        lab(
            note="one word, lower case, no punctuation: 'done' in answer to a reminder means paid; no date"
        ),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pr-en-1",
        "promise_to_pay",
        "en",
        ("Sarah Whitlock", "s.whitlock@mendip-university.example"),
        "2031-11-18 14:37 +0000",
        "outlook",
        "Hello,\n\n"
        "Thanks for your email. This one has now been approved and has gone into Friday's payment run, so you should see it in your account early next week.\n\n"
        "Kind regards,\n\n"
        "Sarah Whitlock\nAccounts Payable Officer\nFinance Directorate, University of Mendip",
        lab(
            promised_date="2031-11-21",
            note="past tense ('has gone into Friday's payment run') announcing a future payment: Friday after Tue 18 Nov",
        ),
    ),
    Reply(
        "pr-en-2",
        "promise_to_pay",
        "en",
        ("Dave Rowntree", "dave@rowntree-landscapes.example"),
        "2031-11-19 07:58 +0000",
        "gmail_plain",
        "Morning,\n\n"
        "Sorry, I know this is late. I'm waiting on the Hendersons to pay me for the pond job your plants went into – they've said end of the month. Soon as their money lands I'll pay you, first thing. Cash flow is tight this time of year.\n\n"
        "Cheers\nDave\n\nRowntree Landscapes\n07700 900418",
        lab(
            note="conditional on his own customer paying; 'end of the month' is when he expects to be paid, not a date for this payment, so no date",
        ),
    ),
    Reply(
        "pr-en-3",
        "promise_to_pay",
        "en",
        ("Kev", "kev@pondlife-maintenance.example"),
        "2031-12-05 09:12 +0000",
        "android",
        "not yet sorry been mad busy. will pay next thurs",
        lab(
            promised_date="2031-12-11",
            note="'not yet' then a promise; 'next thurs' from Fri 5 Dec is Thu 11 Dec",
        ),
    ),
    Reply(
        "pr-de-1",
        "promise_to_pay",
        "de",
        ("Kreditorenbuchhaltung Zoo Hallbach", "kreditoren@zoo-hallbach.example"),
        "2031-12-09 10:22 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "vielen Dank für Ihre Erinnerung. Die Rechnung KAP-31-0468 ist sachlich und rechnerisch geprüft und für den Zahlungslauf in KW 51 eingeplant.\n\n"
        "Mit freundlichen Grüßen\ni. A. Monika Sturm\nKreditorenbuchhaltung\n\n"
        "Zoologischer Garten Hallbach gGmbH\nAm Tiergarten 1 · Hallbach\nGeschäftsführer: Dr. Ulrich Wendt · Amtsgericht Hallbach HRB 1207",
        lab(
            "KAP-31-0468",
            promised_date="2031-12-15",
            note="'KW 51' is pinned to the Monday of ISO week 51",
        ),
        invoices=(("KAP-31-0468", ""),),
        headers=(SUPPRESS,),
    ),
    Reply(
        "pr-de-2",
        "promise_to_pay",
        "de",
        ("Jörg Kessler", "info@galabau-kessler.example"),
        "2031-11-21 18:40 +0100",
        "iphone",
        "Noch nicht, sorry. Überweise nächsten Donnerstag, da kommt das Geld vom Bauherrn.\n\nGruß Jörg",
        lab(
            promised_date="2031-11-27",
            note="'noch nicht' then a promise; 'nächsten Donnerstag' from Fri 21 Nov is Thu 27 Nov",
        ),
    ),
    Reply(
        "pr-fr-1",
        "promise_to_pay",
        "fr",
        ("Sandrine Aubert", "compta@jardinerie-des-etangs.example"),
        "2031-11-24 15:10 +0100",
        "thunderbird",
        "Bonjour,\n\n"
        "Bien reçu votre relance. Comme convenu avec votre commercial au salon de Nantes, nous réglerons cette facture par virement en fin de mois.\n\n"
        "Bonne journée,\nSandrine Aubert\nComptabilité – Jardinerie des Étangs",
        lab(
            promised_date="2031-11-30",
            note="'en fin de mois' is the last day of the month",
        ),
        cte="8bit",
    ),
    Reply(
        "pr-es-1",
        "promise_to_pay",
        "es",
        ("Jaume Riera", "jaume.riera@hotelcalaverda.example"),
        "2031-12-01 12:44 +0100",
        "gmail",
        "Hola,\n\nDisculpad el retraso, estamos cerrando la temporada y vamos de cabeza. Lo pagamos a finales de mes sin falta.\n\nSaludos,\nJaume\nHotel Cala Verda · Recepció i Administració",
        lab(
            promised_date="2031-12-31",
            note="'a finales de mes' is the last day of the month",
        ),
    ),
    Reply(
        "pr-es-2",
        "promise_to_pay",
        "es",
        (
            "Tesorería Parques Acuáticos del Levante",
            "tesoreria@parquesacuaticoslevante.example",
        ),
        "2031-12-03 13:05 +0100",
        "outlook",
        "Estimados señores:\n\n"
        "En relación con su recordatorio, les informamos de que la factura KAP-31-0471 ha quedado incluida en la remesa de pagos del día 15.\n\n"
        "Atentamente,\n\n"
        "Rosa María Llorente\nDepartamento de Tesorería\nParques Acuáticos del Levante, S.A.",
        lab(
            "KAP-31-0471",
            promised_date="2031-12-15",
            note="past tense ('ha quedado incluida') for a future payment run on the 15th",
        ),
        invoices=(("KAP-31-0471", ""),),
        charset="iso-8859-1",
    ),
    Reply(
        "pr-nl-1",
        "promise_to_pay",
        "nl",
        ("Marieke Bos", "penningmeester@vtv-deslootkant.example"),
        "2031-11-19 20:31 +0100",
        "iphone",
        "Hoi,\n\nExcuses! We betalen over twee weken, dan komt de subsidie van de gemeente binnen. Ik heb het in de agenda gezet.\n\nGroetjes,\nMarieke Bos\npenningmeester Volkstuinvereniging De Slootkant",
        lab(
            promised_date="2031-12-03",
            note="'over twee weken' from Wed 19 Nov is Wed 3 Dec",
        ),
    ),
    Reply(
        "pr-nl-2",
        "promise_to_pay",
        "nl",
        (
            "Dierenpark De Heidehoeve - Financiële administratie",
            "crediteuren@heidehoeve-dierenpark.example",
        ),
        "2031-12-08 11:15 +0100",
        "outlook_html",
        "Goedemorgen,\n\n"
        "Uw factuur staat klaar voor de betaalrun van donderdag. U kunt het bedrag vrijdag op uw rekening verwachten.\n\n"
        "Met vriendelijke groet,\n\nAnouk Verbeek\nFinanciële administratie\nDierenpark De Heidehoeve",
        lab(
            promised_date="2031-12-11",
            note="the payment run on Thursday is the promised day, not the day the money arrives",
        ),
        headers=(SUPPRESS,),
    ),
    Reply(
        "pr-it-1",
        "promise_to_pay",
        "it",
        (
            "Hotel Villa Ortensia - Amministrazione",
            "amministrazione@villaortensia-stresa.example",
        ),
        "2031-11-25 09:30 +0100",
        "outlook",
        "Buongiorno,\n\nvi confermiamo che provvederemo al saldo della fattura entro fine mese.\n\nCordiali saluti\nGiulia Ferraris\nUfficio Amministrativo\nHotel Villa Ortensia - Stresa",
        lab(
            promised_date="2031-11-30",
            note="'entro fine mese' is the last day of the month",
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "pr-it-2",
        "promise_to_pay",
        "it",
        ("Alessandra Conti", "ale.conti82@gmail.com"),
        "2031-12-04 13:26 +0100",
        "iphone",
        "Ciao, scusate il ritardo, vi pago il 15/12 quando mi arriva lo stipendio. Grazie per la pazienza!\n\nAlessandra",
        lab(promised_date="2031-12-15", note="'15/12' is day/month in Italian"),
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Helen Marsh", "helen@orchardviewgc.example"),
        "2031-11-17 10:02 +0000",
        "outlook",
        "Hello,\n\n"
        "We have NOT paid this and won't be until it's sorted. Half of the marginals on that delivery were dead when they arrived – the Caltha and the Iris pseudacorus were black and slimy, and most of the Pontederia had been crushed in the crates. Your driver saw them and took photos on his phone.\n\n"
        "I've heard nothing since I rang on the 3rd. Please send a credit note for the dead stock and I'll pay the rest.\n\n"
        "Helen Marsh\nPlant Area Manager\nOrchard View Garden Centre",
        lab(
            note="negated payment with the reason (dead stock); paying the rest is conditional on a credit note"
        ),
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Philip Grant", "finance@stowmere-golf.example"),
        "2031-11-26 12:18 +0000",
        "gmail",
        "Hi,\n\n"
        "0398 went out with last week's payments, so that one's done. I'm holding 0417 though – you've charged us for 40 bunches of oxygenators when we ordered 20 (see our order of 2 October), and the design visit in September was supposed to be free of charge under the lake restoration contract. Please reissue it correctly and we'll pay.\n\n"
        "Regards\nPhilip Grant\nFinance Manager, Stowmere Golf & Country Club",
        lab(
            "KAP-31-0398",
            "KAP-31-0417",
            note="one invoice paid, the other contested: dispute wins over the payment claim; short numbers normalised",
        ),
        invoices=(("KAP-31-0398", "960.00"), ("KAP-31-0417", "2380.00")),
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Margaret Ellery", "mellery.home@gmail.com"),
        "2031-11-29 21:13 +0000",
        "apple",
        "Dear Kingfisher,\n\n"
        "I am writing about your reminder, which I must say rather surprised me. As you may remember, you put in our pond at Ashcote three years ago and we have always been very happy with it, and my late husband thought the world of your Mr Pike who used to come and divide the lilies. This year, however, has not been a good one. The heron has been back twice, and the netting you recommended in the summer has already come loose on the far side, which I mentioned on the telephone in August.\n\n"
        "Then in October I was told somebody would come for the autumn clean on the 14th. I stayed in all day. Nobody came and nobody rang. My neighbour, who walks her dog past at lunchtime, says she saw no van either. Since then the leaves have all gone in and the water is quite brown.\n\n"
        "So I do not think I should be paying £385.00 for an autumn clean that was never done. If someone would like to come and actually do it, I will of course pay for it then, but not before.\n\n"
        "Yours sincerely,\n\nMargaret Ellery (Mrs)",
        lab(
            note="long, polite letter; the point comes at the end: the service billed was not carried out"
        ),
        invoices=(("KAP-31-0431", "385.00"),),
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Thomas Reuter", "t.reuter@stadt-kaltenbrunn.example"),
        "2031-11-27 08:44 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Rechnung KAP-31-0440 können wir in dieser Form nicht begleichen. Laut Ihrem Angebot vom 4. August 2031 (Nr. A-2031-118) war für die Bepflanzung des Regenrückhaltebeckens ein Festpreis von 3.200,00 € netto vereinbart. In Rechnung gestellt wurden jedoch 3.680,00 €; die Mehrkosten sind weder beauftragt noch mit uns abgestimmt worden.\n\n"
        "Wir bitten um Übersendung einer korrigierten Rechnung. Bis zur Klärung ist die Zahlung zurückgestellt.\n\n"
        "Mit freundlichen Grüßen\nIm Auftrag\n\nThomas Reuter\nStadt Kaltenbrunn\nAmt für Grünflächen und Umwelt",
        lab(
            "KAP-31-0440",
            note="contract price disagreement from a public body; the corrected-invoice request is part of the dispute",
        ),
        invoices=(("KAP-31-0440", "3680.00"),),
        headers=(SUPPRESS,),
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Sabine Wolf", "sabine.wolf71@gmx.de"),
        "2031-12-06 10:14 +0100",
        "android",
        "hallo, die seerosen sind nie angekomen!!! wieso soll ich die bezahlen?? bitte mal klären bevor sie mir noch so eine mahnung schicken\n\nS. Wolf",
        lab(note="typos and lower case; the goods never arrived"),
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("François Delorme", "direction@hotel-lesnympheas.example"),
        "2031-11-20 16:55 +0100",
        "gmail",
        "Bonjour,\n\n"
        "Je conteste cette facture. L'entretien du bassin prévu le 12 novembre n'a jamais eu lieu : personne ne s'est présenté, personne n'a appelé. Je ne vais pas payer une intervention qui n'a pas été faite.\n\n"
        "Si vous souhaitez reprogrammer le passage, appelez-moi directement.\n\n"
        "François Delorme\nDirecteur, Hôtel Les Nymphéas",
        lab(note="service billed but not carried out"),
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Damien Roux", "compta@aquadeco-lyon.example"),
        "2031-11-19 09:37 +0100",
        "outlook",
        "Bonjour,\n\n"
        "Il me semble que vous nous avez facturé deux fois la même livraison du 9 octobre : les factures KAP-31-0429 et KAP-31-0434 comportent exactement les mêmes lignes (60 Nymphaea 'Marliacea Chromatella', 24 Myriophyllum, transport). Nous avons réglé la première le 3 novembre.\n\n"
        "Merci de vérifier et de nous faire parvenir un avoir pour la seconde.\n\n"
        "Cordialement,\nDamien Roux\nComptabilité – Aqua Déco Lyon",
        lab(
            "KAP-31-0429",
            "KAP-31-0434",
            note="duplicate billing; the payment mentioned is of the first invoice, not of the one reminded",
        ),
        invoices=(("KAP-31-0434", "1075.00"),),
        charset="windows-1252",
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Andrés Molina", "pedidos@viverolosalmendros.example"),
        "2031-12-02 17:20 +0100",
        "gmail_plain",
        "Buenas tardes,\n\n"
        "Ya os pagamos la mitad el mes pasado, como os dijimos. La otra mitad no la vamos a pagar hasta que nos cambiéis las plantas que llegaron secas (las 40 macetas de Pontederia y los Cyperus). Os mandamos fotos el 10 de noviembre y seguimos sin respuesta.\n\n"
        "Un saludo,\nAndrés Molina\nVivero Los Almendros",
        lab(
            note="half paid, the other half withheld over dead stock: dispute, not payment_plan or payment_sent"
        ),
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Jeroen Smit", "j.smit@vakantiepark-waterrijk.example"),
        "2031-11-21 14:02 +0100",
        "outlook",
        "Goedemiddag,\n\n"
        "Deze factuur betalen wij niet. De vijverpomp en het filter die jullie in september hebben geplaatst lekken vanaf de eerste dag, en ondanks drie telefoontjes is er nog steeds niemand komen kijken. Eerst repareren, dan praten we verder over de rekening.\n\n"
        "Met vriendelijke groet,\nJeroen Smit\nTechnische dienst\nVakantiepark Het Waterrijk",
        lab(note="refusal to pay until faulty work is repaired"),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Femke de Jong", "femke@dejong-tuinontwerp.example"),
        "2031-12-10 19:48 +0100",
        "iphone",
        "Waarom staat er 12 uur arbeid op deze factuur? Jullie mannen waren hier hooguit een halve dag. Dat klopt toch niet?\n\nFemke",
        lab(note="a question that contests the hours billed"),
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Stefano Martini", "ordini@acquarimartini.example"),
        "2031-11-24 10:41 +0100",
        "outlook_html",
        "Buongiorno,\n\n"
        "nella fattura KAP-31-0425 le ninfee sono addebitate a 14,50 € l'una, mentre il listino concordato per il 2031 prevede 11,80 €. Su 120 pezzi la differenza è di 324,00 €.\n\n"
        "Vi chiediamo di emettere una nota di credito per la differenza; salderemo poi l'importo corretto.\n\n"
        "Cordiali saluti,\nStefano Martini\nAcquari Martini snc – Bologna",
        lab(
            "KAP-31-0425",
            note="price disagreement against the agreed list; payment of the corrected amount is conditional",
        ),
        invoices=(("KAP-31-0425", "2196.00"),),
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Luca Rinaldi", "luca@tropicalpet-bari.example"),
        "2031-12-09 18:22 +0100",
        "gmail",
        "Salve,\nle piante sono arrivate marce, il corriere le ha tenute ferme 4 giorni al freddo. Vi ho mandato le foto il 3 dicembre e nessuno mi ha risposto. Finché non si risolve la cosa io non pago niente.\nLuca Rinaldi\nTropical Pet – Bari",
        lab(note="goods spoiled in transit"),
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pp-en-1",
        "payment_plan",
        "en",
        ("Karen Doyle", "karendoyle.pond@gmail.com"),
        "2031-11-23 21:40 +0000",
        "iphone",
        "Hi, I'm really sorry about this. My husband was made redundant in October and things are very tight at the moment. Would it be ok if I paid £50 a month until it's cleared? I can start on the 1st. I don't want to just ignore it.\n\nKaren",
        lab(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
    ),
    Reply(
        "pp-en-2",
        "payment_plan",
        "en",
        ("Tom Albright", "accounts@albrights-nursery.example"),
        "2031-12-01 11:06 +0000",
        "outlook_html",
        "Good morning,\n\n"
        "We've transferred £500.00 today as a part payment and will clear the remaining £742.80 by the end of December, once the Christmas trade is in.\n\n"
        "Hope that's acceptable – shout if not.\n\n"
        "Tom Albright\nAlbright's Nursery & Farm Shop",
        lab(
            note="part paid today, the rest by the end of December: payment_plan, not payment_sent"
        ),
        invoices=(("KAP-31-0439", "1242.80"),),
    ),
    Reply(
        "pp-en-3",
        "payment_plan",
        "en",
        ("Dr Ruth Penhaligon", "r.penhaligon@levels-wildlife-trust.example"),
        "2031-12-05 13:30 +0000",
        "thunderbird",
        "Dear Sales Ledger team,\n\n"
        "Thank you for the reminder. Would it be possible to have an extra 30 days on this invoice? The county council grant that funds the Withy Moor scrape and pond project is paid to us in arrears, and our claim will not be settled until mid-January. We fully intend to pay in one go as soon as the grant arrives.\n\n"
        "With thanks and best wishes,\n\n"
        "Dr Ruth Penhaligon\nProjects Manager\nLevels Wildlife Trust (registered charity no. 1190042)",
        lab(note="asks for more time: payment_plan even though it would be one payment"),
        cte="8bit",
    ),
    Reply(
        "pp-de-1",
        "payment_plan",
        "de",
        ("Ute Sommerfeld", "info@gaertnerei-sommerfeld.example"),
        "2031-11-18 16:12 +0100",
        "gmail",
        "Guten Tag,\n\n"
        "ich muss ehrlich sein: der Winter ist für uns als kleine Gärtnerei jedes Jahr schwierig, und im Moment kommt kaum Geld herein. Wäre es möglich, den Betrag in drei Monatsraten zu zahlen, jeweils zum Monatsanfang, beginnend im Dezember?\n\n"
        "Vielen Dank für Ihr Verständnis und viele Grüße\nUte Sommerfeld\nGärtnerei Sommerfeld",
        lab(note="hardship and three monthly instalments"),
    ),
    Reply(
        "pp-de-2",
        "payment_plan",
        "de",
        ("Buchhaltung Hotel Am Weiher", "buchhaltung@hotel-am-weiher.example"),
        "2031-12-11 09:57 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "wir überweisen heute einen Teilbetrag von 1.000,00 EUR. Den Restbetrag von 2.450,00 EUR begleichen wir Mitte Januar, sobald die Jahresabrechnung unseres Pächters vorliegt.\n\n"
        "Wir bitten um Verständnis.\n\n"
        "Mit freundlichen Grüßen\nKarin Haas\nBuchhaltung Hotel Am Weiher",
        lab(note="part now, the rest in mid-January"),
        invoices=(("KAP-31-0449", "3450.00"),),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-fr-1",
        "payment_plan",
        "fr",
        ("Claire Fontanel", "administration@parc-valdaure.example"),
        "2031-11-28 10:20 +0100",
        "outlook_html",
        "Madame, Monsieur,\n\n"
        "Nous accusons réception de votre relance. Le parc est fermé au public depuis octobre pour d'importants travaux, et notre trésorerie est fortement sollicitée jusqu'à la réouverture en avril.\n\n"
        "Serait-il possible de mettre en place un échéancier en quatre mensualités à compter de janvier ? Nous vous remercions de bien vouloir nous indiquer si cette proposition vous convient.\n\n"
        "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n"
        "Claire Fontanel\nResponsable administrative et financière\nParc animalier du Val d'Aure",
        lab(note="formal request for four monthly instalments"),
    ),
    Reply(
        "pp-fr-2",
        "payment_plan",
        "fr",
        ("Nicole Garnier", "nicole.garnier56@orange.fr"),
        "2031-12-06 18:05 +0100",
        "iphone",
        "Bonsoir, je vous ai fait un virement de 300 € aujourd'hui, je vous règle le reste début janvier, ça vous va ? Merci de votre compréhension. N. Garnier",
        lab(note="part paid today, the rest in early January"),
        invoices=(("KAP-31-0477", "640.00"),),
    ),
    Reply(
        "pp-es-1",
        "payment_plan",
        "es",
        ("Pablo Ruiz", "pablo@jardinesruiz.example"),
        "2031-11-20 08:15 +0100",
        "android",
        "Buenos dias, ¿podriamos pagarla en dos plazos? La mitad ahora y la otra mitad en enero. Gracias\nPablo",
        lab(note="two instalments proposed; 'la mitad ahora' is a proposal, not a payment made"),
    ),
    Reply(
        "pp-es-2",
        "payment_plan",
        "es",
        (
            "Intervención Ayuntamiento de Villaseca del Río",
            "intervencion@villasecadelrio.example",
        ),
        "2031-12-10 12:40 +0100",
        "outlook",
        "Estimados señores:\n\n"
        "En contestación a su correo, les comunicamos que, por razones de cierre del ejercicio presupuestario, la factura KAP-31-0454 no podrá tramitarse para su pago hasta la apertura del ejercicio 2032. Por ello, les solicitamos que nos concedan un aplazamiento de sesenta días a contar desde su vencimiento original.\n\n"
        "Quedamos a su disposición para cualquier aclaración.\n\n"
        "Atentamente,\n\nM.ª Pilar Sanz Ortega\nIntervención municipal\nAyuntamiento de Villaseca del Río",
        lab(
            "KAP-31-0454",
            note="a town council asks for a sixty-day deferral over its budget year-end: more time",
        ),
        invoices=(("KAP-31-0454", ""),),
        charset="iso-8859-1",
    ),
    Reply(
        "pp-nl-1",
        "payment_plan",
        "nl",
        ("Sander Mulder", "sander@mulder-hoveniers.example"),
        "2031-11-26 13:45 +0100",
        "gmail_plain",
        "Hallo,\n\nkunnen we dit in drie termijnen betalen? Eerste deel kan volgende week, de rest in december en januari. Laat maar weten of dat goed is.\n\ngr Sander",
        lab(note="three instalments"),
    ),
    Reply(
        "pp-it-1",
        "payment_plan",
        "it",
        ("Roberto Gallo", "roberto.gallo@garden-gallo.example"),
        "2031-11-19 17:02 +0100",
        "gmail",
        "Buonasera,\n\n"
        "possiamo rateizzare in tre rate mensili da 1.100 euro? La prima la faccio entro venerdì, le altre a fine dicembre e a fine gennaio. È un periodo fiacco per il garden.\n\n"
        "Fatemi sapere, grazie.\nRoberto Gallo\nGarden Gallo – Treviso",
        lab(
            note="three monthly instalments; the first date belongs to the plan and is not labelled"
        ),
        invoices=(("KAP-31-0413", "3300.00"),),
    ),
    Reply(
        "pp-it-2",
        "payment_plan",
        "it",
        ("Agriturismo Le Risaie", "info@agriturismo-lerisaie.example"),
        "2031-12-03 12:10 +0100",
        "outlook",
        "Buongiorno,\n\noggi vi abbiamo bonificato 400,00 euro come acconto sulla fattura. Il saldo ve lo versiamo a gennaio, dopo le feste.\n\nCordiali saluti\nElena Ricci\nAgriturismo Le Risaie - Vercelli",
        lab(note="deposit paid today, the balance in January"),
        invoices=(("KAP-31-0450", "1275.00"),),
        charset="iso-8859-1",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Priya Nair", "purchase.ledger@greenway-gc.example"),
        "2031-11-17 15:22 +0000",
        "outlook_html",
        "Hello,\n\n"
        "Our system has rejected this invoice because it doesn't quote a purchase order number. Please reissue it with PO 4500-88213 and send it to this address; once we have it we'll pay in the next available run.\n\n"
        "Kind regards,\n\nPriya Nair\nAccounts Payable\nGreenway Garden Centres Ltd – Head Office",
        lab(note="conditional payment: reissue with the PO first; nothing contested"),
        invoices=(("KAP-31-0393", "8412.00"),),
        headers=(SUPPRESS,),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Sam Hollis", "sam.hollis@bramblecombe-zoo.example"),
        "2031-11-27 16:41 +0000",
        "gmail_plain",
        "hiya can't find this invoice anywhere, think it went to our old address. can u resend? thx\n\nSam\nBramblecombe Zoo – Aquatics",
        lab(note="asks for a copy"),
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Mark Ellison", "finance@meadowbank-care.example"),
        "2031-12-08 10:10 +0000",
        "outlook",
        "Dear Sir or Madam,\n\n"
        "Before we can release this payment, please could you confirm your bank details on company letterhead, signed by a director? Following an attempted invoice fraud earlier this year, our policy is to verify every supplier's details independently before we pay them for the first time. We will also ring the number on your website to confirm.\n\n"
        "As soon as this is done the invoice will be paid.\n\n"
        "Yours faithfully,\n\nMark Ellison\nFinance Officer\nMeadowbank Care Group",
        lab(note="needs verified bank details before paying; nothing contested"),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Birgit Neumann", "stadtgruen-rechnungen@rosenau.example"),
        "2031-11-24 13:05 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "Ihre Rechnung KAP-31-0421 liegt uns nur als PDF per E-Mail vor. Als öffentlicher Auftraggeber können wir Rechnungen jedoch ausschließlich im Format XRechnung über das Rechnungseingangsportal annehmen. Bitte reichen Sie die Rechnung dort unter Angabe unserer Leitweg-ID 07-1432-RG91 erneut ein.\n\n"
        "Nach Eingang der elektronischen Rechnung wird die Zahlung umgehend veranlasst.\n\n"
        "Mit freundlichen Grüßen\nIm Auftrag\nBirgit Neumann\nStadt Rosenau · Amt für Stadtgrün",
        lab(
            "KAP-31-0421",
            note="a public body needs the invoice as an e-invoice before it can pay",
        ),
        invoices=(("KAP-31-0421", ""),),
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Klaus Brenner", "k.brenner@koi-brenner.example"),
        "2031-12-04 08:33 +0100",
        "thunderbird",
        "Moin,\n\n"
        "ich habe ehrlich gesagt den Überblick verloren, welche Ihrer Rechnungen bei uns noch offen sind und welche schon bezahlt. Können Sie mir bitte einen aktuellen Kontoauszug schicken? Dann gleiche ich das mit meiner Buchhaltung ab.\n\n"
        "Gruß\nKlaus Brenner\nKoi & Teich Brenner",
        lab(note="statement of account request"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Émilie Durand", "finances@museum-villaret.example"),
        "2031-11-21 11:47 +0100",
        "outlook",
        "Bonjour,\n\n"
        "Votre facture KAP-31-0415 nous est parvenue par courriel. Or, en tant qu'établissement public, nous ne pouvons traiter que les factures déposées sur Chorus Pro. Pourriez-vous la déposer sur le portail en indiquant notre SIRET (180 046 252 00017) et le numéro d'engagement juridique 1300478812 ?\n\n"
        "Dès réception sur Chorus Pro, le paiement sera mis en œuvre.\n\n"
        "Cordialement,\n\nÉmilie Durand\nService financier\nMuséum d'histoire naturelle de Villaret",
        lab(
            "KAP-31-0415",
            note="a public body needs the invoice filed on its e-invoicing portal before paying",
        ),
        invoices=(("KAP-31-0415", ""),),
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Olivier Petit", "olivier@petit-paysage.example"),
        "2031-12-02 08:05 +0100",
        "gmail",
        "Bonjour,\n\nJe ne retrouve pas cette facture dans mes papiers. Pouvez-vous me la renvoyer avec le bon de livraison signé ? Je règle dès réception.\n\nMerci,\nOlivier Petit\nPetit Paysage – Angers",
        lab(note="copy and delivery note first, then payment: invoice_request, not a promise"),
        cte="b64",
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Marta Soler", "marta@estanyblau.example"),
        "2031-11-18 12:12 +0100",
        "gmail_plain",
        "Hola,\n\n"
        "La factura está a mi nombre y no a nombre de la empresa, así que la gestoría no la puede contabilizar. ¿Nos la podéis volver a emitir a nombre de Estany Blau, S.L., con CIF B-66123456? En cuanto la tengamos, la pagamos.\n\n"
        "Gracias,\nMarta",
        lab(note="reissue to the company before paying; amount not contested"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Javier Montero", "javi.montero.jardin@gmail.com"),
        "2031-12-09 21:02 +0100",
        "iphone",
        "Me podeis mandar el IBAN? No lo veo en la factura y no quiero equivocarme",
        lab(note="asks for bank details (which the quoted reminder already gives)"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Lotte van Beek", "facturen@tuinplein-groep.example"),
        "2031-11-25 10:30 +0100",
        "outlook_html",
        "Goedemorgen,\n\n"
        "Uw factuur is door ons systeem afgekeurd omdat er geen inkoopordernummer op staat. Wilt u de factuur opnieuw sturen met ordernummer PO-77310? Daarna wordt hij automatisch ingepland voor betaling.\n\n"
        "Met vriendelijke groet,\n\nLotte van Beek\nInkoopadministratie | Tuinplein Groep B.V.",
        lab(note="reissue with a PO number"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Hans Kuipers", "hans.kuipers@vve-parkzicht.example"),
        "2031-12-05 15:20 +0100",
        "apple",
        "Goedemiddag,\n\n"
        "Op de factuur staat alleen 'onderhoud vijverpartij najaar'. Kunt u mij een specificatie sturen van de uitgevoerde werkzaamheden en de gewerkte uren? Die heb ik nodig voor de ledenvergadering van de VvE voordat ik kan betalen.\n\n"
        "Met vriendelijke groet,\nHans Kuipers\npenningmeester VvE Parkzicht",
        lab(note="asks for a breakdown without contesting it"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Francesca Moretti", "amministrazione@garden-ilglicine.example"),
        "2031-11-26 09:14 +0100",
        "outlook_html",
        "Buongiorno,\n\n"
        "per poter registrare e pagare la fattura ci servirebbe copia del documento di trasporto firmato alla consegna, che non troviamo tra le nostre carte. Potete inviarcelo insieme a una copia della fattura?\n\n"
        "Grazie e buona giornata,\nFrancesca Moretti\nAmministrazione – Garden Il Glicine",
        lab(note="delivery note and invoice copy needed before paying"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Becky Holt", "beckyholt.home@gmail.com"),
        "2031-11-19 12:20 +0000",
        "gmail",
        "Hi,\n\n"
        "I left Marsh Lane Garden Centre in September but my old work emails are still being forwarded to me for some reason. I've no idea about this invoice I'm afraid. You need to send it to accounts@marshlanegc.example – Dawn in the office deals with all the bills now.\n\n"
        "Good luck!\nBecky",
        lab(
            new_contact="accounts@marshlanegc.example",
            note="former employee answering from a personal address",
        ),
        quote_to="r.holt@marshlanegc.example",
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@hartleyparkzoo.example"),
        "2031-12-03 02:47 +0000",
        "html_only",
        "Dear Supplier,\n\n"
        "Please be advised that we have changed our accounts email. Kindly update your records and send all future statements, invoices and reminders ONLY to hartleyparkzoo.finance@outlook.com with immediate effect. This address will no longer be monitored.\n\n"
        "Also kindly confirm by return the total outstanding balance on our account so that we can arrange settlement this week.\n\n"
        "Regards,\nAccounts Department\nHartley Park Zoo",
        lab(
            new_contact="hartleyparkzoo.finance@outlook.com",
            note="phishing-like request to redirect collection mail to a free-mail address: labelled by what it asks; checking it is a person's job",
        ),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Owen Pritchard", "o.pritchard@ashcombe-estate.example"),
        "2031-11-28 13:02 +0000",
        "iphone",
        "Wrong person I'm afraid – I'm the head gardener, I don't do invoices. Linda in the estate office handles all that, linda.barnes@ashcombe-estate.example\n\nOwen",
        lab(new_contact="linda.barnes@ashcombe-estate.example"),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Dr. Hannelore Specht", "h.specht@tierpark-wiesental.example"),
        "2031-12-01 09:18 +0100",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "ich trete zum Jahresende in den Ruhestand und bin schon jetzt nicht mehr für die Rechnungen des Tierparks zuständig. Bitte richten Sie Ihre Schreiben künftig an unseren zentralen Rechnungseingang: rechnungseingang@tierpark-wiesental.example.\n\n"
        "Mit freundlichen Grüßen\nDr. Hannelore Specht\nTierpark Wiesental",
        lab(new_contact="rechnungseingang@tierpark-wiesental.example"),
        charset="windows-1252",
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Karim Benali", "k.benali@residence-lesroseaux.example"),
        "2031-11-25 07:40 +0100",
        "android",
        "Bonjour, vous écrivez à la mauvaise personne. Je suis le gardien de la résidence, pas le syndic. Il faut envoyer ça au cabinet Morel : gestion@cabinet-morel-syndic.example\nBonne journée",
        lab(new_contact="gestion@cabinet-morel-syndic.example"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Sylvie Lambert", "sylvie.lambert44@orange.fr"),
        "2031-12-08 19:15 +0100",
        "apple",
        "Bonsoir,\n\nJe crois qu'il y a une erreur : je n'ai jamais rien commandé chez vous et je n'ai même pas de bassin. Je suis une particulière à Nantes. Vous avez dû vous tromper d'adresse.\n\nSylvie Lambert",
        lab(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Carmen Ibáñez", "carmen.ibanez@viveroslaribera.example"),
        "2031-11-20 10:35 +0100",
        "gmail_plain",
        "Buenos días:\n\nDesde este mes ya no llevo la administración del vivero. Por favor, escriban a administracion@viveroslaribera.example, que es quien gestiona ahora los pagos.\n\nUn saludo,\nCarmen Ibáñez",
        lab(new_contact="administracion@viveroslaribera.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Ramón Puig", "ramon@hostal-lallacuna.example"),
        "2031-12-10 11:05 +0100",
        "outlook",
        "Buenos días,\n\n"
        "Les reenvío su correo a nuestra gestoría, que es quien lleva todos los pagos a proveedores. Por favor, a partir de ahora diríjanse a ellos: Facturas@GestoriaPuig.example (en copia).\n\n"
        "Gracias,\nRamón Puig\nHostal La Llacuna",
        lab(
            new_contact="facturas@gestoriapuig.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        headers=(("Cc", "Gestoría Puig Asesores <Facturas@GestoriaPuig.example>"),),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Waterplantenkwekerij Van Dam", "administratie@vandam-waterplanten.example"),
        "2031-11-18 08:02 +0100",
        "notice",
        "Dit is een automatisch bericht.\n\n"
        "Dit e-mailadres wordt sinds 1 november niet meer gelezen. Facturen, herinneringen en andere financiële post kunt u voortaan sturen naar financien@vandam-waterplanten.example. Uw bericht is niet doorgestuurd.\n\n"
        "Waterplantenkwekerij Van Dam",
        lab(
            new_contact="financien@vandam-waterplanten.example",
            note="automatic 'this address is no longer read' notice naming the new address: wrong_contact, not auto_reply",
        ),
        subject="Dit e-mailadres is niet meer in gebruik",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Bas Groen", "bas@groenrijk-hoveniers.example"),
        "2031-12-05 12:50 +0100",
        "iphone",
        "Hoi, ik ben de hovenier, niet de eigenaar van de tuin. De rekening moet naar meneer De Groot zelf: p.degroot.vijver@outlook.com. Groet Bas",
        lab(
            new_contact="p.degroot.vijver@outlook.com",
            note="the contractor who placed the order points to the homeowner",
        ),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Davide Colombo", "d.colombo@hotelrivaazzurra.example"),
        "2031-11-21 09:50 +0100",
        "outlook_html",
        "Buongiorno,\n\n"
        "dal 1° novembre non sono più io il referente amministrativo dell'hotel: se ne occupa ora la dott.ssa Serra, che trovate all'indirizzo amministrazione@hotelrivaazzurra.example. Le ho già girato la vostra mail.\n\n"
        "Cordiali saluti\nDavide Colombo\nHotel Riva Azzurra",
        lab(new_contact="amministrazione@hotelrivaazzurra.example"),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        (
            "Segreteria didattica - Istituto Agrario Bassano",
            "segreteria@istitutoagrariobassano.example",
        ),
        "2031-12-02 11:33 +0100",
        "thunderbird",
        "Buongiorno,\n\n"
        "questa casella è della segreteria didattica e non gestiamo fatture né pagamenti. Vi preghiamo di inoltrare la comunicazione all'ufficio economato: Economato@IstitutoAgrarioBassano.example\n\n"
        "Cordiali saluti\nLa segreteria",
        lab(
            new_contact="economato@istitutoagrariobassano.example",
            note="a school office that does not handle invoices; mixed-case address normalised",
        ),
        cte="8bit",
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Nick Sharma", "nick@sharma-koi.example"),
        "2031-11-25 22:14 +0000",
        "gmail",
        "I'll pay it next Thursday like I told your colleague on the phone. But please stop sending me these emails every few days – three reminders in a fortnight is ridiculous and I won't be chased like this.\n\nNick Sharma\nSharma Koi & Aquatics",
        lab(note="a promise plus 'stop sending me these': unsubscribe beats the promise"),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Creditor Payments Team", "creditor.payments@somerleigh-dc.example"),
        "2031-12-02 14:55 +0000",
        "outlook",
        "Dear Supplier,\n\n"
        "Please note that the Council does not deal with account queries or reminders by email. In line with our financial regulations, any correspondence about outstanding invoices must be sent in writing to: Creditor Payments, Somerleigh District Council, Council Offices, Market Street, Somerleigh. Emails to this mailbox about individual accounts will not be answered.\n\n"
        "Regards,\n\nCreditor Payments Team\nSomerleigh District Council",
        lab(note="post only, from a public body"),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Derek Hale", "derekhale1958@gmail.com"),
        "2031-12-11 23:02 +0000",
        "iphone",
        "STOP EMAILING ME. THIS IS WITH MY SOLICITOR NOW AND YOU WILL HEAR FROM THEM. DO NOT CONTACT ME AGAIN",
        lab(note="all caps; stop request and 'with my solicitor'"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Ingrid Bauer", "ingrid@familie-bauer.example"),
        "2031-11-22 11:20 +0100",
        "apple",
        "Guten Tag,\n\n"
        "bitte nehmen Sie mich aus Ihrem Verteiler. Ich bin Privatkundin und habe die Pflanzen im Oktober auf der Gartenmesse bar bezahlt, das steht auch auf meiner Quittung. Ich möchte keine weiteren E-Mails von Ihnen bekommen.\n\n"
        "Ingrid Bauer",
        lab(note="remove-me plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("RA Dr. Felix Brandt", "f.brandt@brandt-weiss-recht.example"),
        "2031-12-04 15:30 +0100",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\n"
        "in obiger Angelegenheit zeigen wir an, dass wir die Teichbau Hoffmann GmbH anwaltlich vertreten. Eine auf uns lautende Vollmacht wird anwaltlich versichert.\n\n"
        "Wir bitten Sie, jegliche weitere Korrespondenz in dieser Sache ausschließlich an unsere Kanzlei zu richten und von einer unmittelbaren Kontaktaufnahme mit unserer Mandantin, insbesondere per E-Mail, abzusehen. Zu der Forderung selbst werden wir nach Prüfung der Unterlagen gesondert Stellung nehmen.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Felix Brandt\nRechtsanwalt\n\nBrandt & Weiß Rechtsanwälte PartG mbB",
        lab(
            note="the customer's lawyer asks that the customer no longer be contacted directly: 'through our lawyer' is unsubscribe, which also beats wrong_contact"
        ),
        quote_to="info@teichbau-hoffmann.example",
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Jean-Luc Moreau", "jl.moreau@moreau-etangs.example"),
        "2031-11-27 08:12 +0100",
        "thunderbird",
        "Bonjour,\n\nMerci de ne plus m'écrire à cette adresse, je ne consulte plus cette boîte. Si vous avez quelque chose à me réclamer, envoyez-moi un courrier postal.\n\nJ.-L. Moreau",
        lab(note="post only"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Elena Navarro", "elena@casarural-elmolino.example"),
        "2031-12-09 10:45 +0100",
        "gmail",
        "Buenos días:\n\nDejen de enviarme correos, por favor. Ya hablé con su compañero por teléfono y quedamos en que pago el día 20. No hace falta que me escriban cada semana.\n\nElena Navarro\nCasa Rural El Molino",
        lab(note="stop request plus a promise: unsubscribe wins"),
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Fernando Gil", "fernando.gil@acuariosgil.example"),
        "2031-11-24 19:37 +0100",
        "android",
        "No quiero recibir más correos suyos. A partir de ahora cualquier comunicación, por burofax y a través de mi abogado.",
        lab(note="no more e-mail; registered post and the lawyer only"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Wim Jansen", "wim@jansenvijvers.example"),
        "2031-12-01 07:22 +0100",
        "iphone",
        "Afmelden.",
        lab(note="one word: 'unsubscribe'"),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("G. van der Laan", "gvdlaan@vanderlaan-thuis.example"),
        "2031-11-29 14:08 +0100",
        "outlook",
        "Geachte heer, mevrouw,\n\n"
        "Mijn kleinzoon leest uw e-mails aan mij voor, want ik ben 81 jaar en kan niet goed met de computer overweg. Wilt u mij voortaan alleen nog per brief benaderen? Mijn adres heeft u. De rekening voor de waterlelies betaal ik zoals altijd via de bank.\n\n"
        "Hoogachtend,\n\nG. van der Laan",
        lab(note="letters only; the intention to pay, with no date, does not change that"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Giorgio Fabbri", "g.fabbri@fabbrivivai.example"),
        "2031-11-20 12:15 +0100",
        "gmail_plain",
        "Buongiorno,\n\nvi prego di non contattarmi più via email. Per qualsiasi comunicazione relativa a questa fattura rivolgetevi al mio legale, avv. Paolo Cirillo del foro di Modena.\n\nGiorgio Fabbri",
        lab(note="stop e-mailing, talk to my lawyer (no address given)"),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Rosa Lombardi", "rosa@bb-ilcanneto.example"),
        "2031-12-12 08:40 +0100",
        "android",
        "BASTA con queste mail ogni settimana!!! Ho già pagato, controllate voi. Non scrivetemi più",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Claire Budd", "c.budd@thornbury-hotels.example"),
        "2031-11-24 08:41 +0000",
        "notice",
        "Thank you for your message. I am on annual leave and will be back in the office on Monday 1 December. Your email will not be forwarded.\n\n"
        "For anything urgent please call the finance office on 01632 960772.\n\n"
        "Claire Budd\nGroup Financial Controller, Thornbury Hotels",
        lab(return_date="2031-12-01"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Finance Service Desk", "servicedesk@westcombe-college.example"),
        "2031-11-18 09:33 +0000",
        "notice",
        "Hello,\n\n"
        "Thank you for contacting the Westcombe College Finance Service Desk. Your email has been logged under reference INC0048823 and passed to the Accounts Payable queue.\n\n"
        "We aim to respond to supplier enquiries within five working days. Please quote the reference above in any further correspondence so that it is added to the same case.\n\n"
        "This is an automated message – please do not reply to it.\n\n"
        "Westcombe College Finance Service Desk",
        lab(note="ticket acknowledgement carrying only X-Autoreply"),
        subject="[INC0048823] We've received your email: {rsub}",
        headers=(X_AUTOREPLY,),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("The Aquatic Corner", "shop@aquaticcorner.example"),
        "2031-12-08 07:05 +0000",
        "notice",
        "Hi there, thanks for your email!\n\n"
        "We're closed for our winter break from Monday 8th to Sunday 14th December while we strip down and clean the display tanks and ponds. We'll be back on Monday 15th and will reply to everyone then.\n\n"
        "Happy fishkeeping!\nThe Aquatic Corner team",
        lab(
            return_date="2031-12-15",
            note="shop autoresponder with only Precedence: auto_reply",
        ),
        subject="Thanks for your email!",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Sebastian Krause", "s.krause@gartenwelt-krause.example"),
        "2031-11-24 09:12 +0100",
        "notice",
        "Vielen Dank für Ihre Nachricht.\n\n"
        "Ich bin vom 24.11. bis einschließlich 28.11.2031 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, dem 1. Dezember, bin ich wieder für Sie erreichbar.\n\n"
        "In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 0521 987650.\n\n"
        "Mit freundlichen Grüßen\nSebastian Krause",
        lab(
            return_date="2031-12-01",
            note="the stated day back wins over 'bis einschließlich'",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        (
            "Shared Service Center Finanzen",
            "kreditoren-service@klinikverbund-suedheide.example",
        ),
        "2031-12-03 10:00 +0100",
        "notice",
        "Sehr geehrte Damen und Herren,\n\n"
        "vielen Dank für Ihre E-Mail. Ihr Anliegen ist bei uns eingegangen und wurde unter der Vorgangsnummer 2031-118842 erfasst. Die Bearbeitung erfolgt in der Reihenfolge des Eingangs.\n\n"
        "Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.\n\n"
        "Ihr Shared Service Center Finanzen\nKlinikverbund Südheide",
        lab(note="ticket acknowledgement"),
        subject="Eingangsbestätigung – Vorgang 2031-118842",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Isabelle Carré", "isabelle.carre@domaine-des-sources.example"),
        "2031-11-19 14:20 +0100",
        "notice",
        "Bonjour,\n\nJe suis actuellement en congé et serai de retour le lundi 24 novembre. Pendant mon absence, vos messages ne seront pas transférés.\n\nCordialement,\nIsabelle Carré\nDomaine des Sources – Hôtel & Spa",
        lab(return_date="2031-11-24"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        (
            "Service Fournisseurs Groupe Vertbois",
            "fournisseurs@groupe-vertbois.example",
        ),
        "2031-11-26 16:45 +0100",
        "notice",
        "Madame, Monsieur,\n\n"
        "Nous accusons bonne réception de votre message, enregistré sous le numéro FR-2031-55710.\n\n"
        "Notre service fournisseurs s'efforce de traiter les demandes dans un délai de dix jours ouvrés. Merci de rappeler ce numéro dans toute correspondance ultérieure.\n\n"
        "Ce message est généré automatiquement, merci de ne pas y répondre.\n\n"
        "Service Fournisseurs – Groupe Vertbois",
        lab(note="ticket acknowledgement with Precedence: bulk and X-Autoreply, no Auto-Submitted"),
        subject="Accusé de réception – demande n° FR-2031-55710",
        headers=(("Precedence", "bulk"), X_AUTOREPLY),
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Lorena Castillo", "lorena.castillo@golfelpinar.example"),
        "2031-12-04 11:03 +0100",
        "notice",
        "Hola:\n\n"
        "Estoy de vacaciones y sin acceso al correo. Vuelvo a la oficina el miércoles 10 de diciembre y contestaré a su mensaje lo antes posible.\n\n"
        "Para asuntos urgentes de administración, pueden llamar al 965 123 400.\n\n"
        "Lorena Castillo\nClub de Golf El Pinar",
        lab(
            return_date="2031-12-10",
            note="subject 'Fuera de la oficina', only X-Autoreply",
        ),
        subject="Fuera de la oficina",
        headers=(X_AUTOREPLY,),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Jolanda Peters", "j.peters@natuurbad-lindenhof.example"),
        "2031-11-25 10:16 +0100",
        "notice",
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 28 november. Vanaf maandag 1 december ben ik weer bereikbaar. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nJolanda Peters\nNatuurbad Lindenhof",
        lab(
            return_date="2031-12-01",
            note="'vanaf maandag 1 december' wins over 'tot en met vrijdag 28 november'",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Tuincentrum De Wilgen", "info@tuincentrumdewilgen.example"),
        "2031-12-10 18:30 +0100",
        "notice",
        "Bedankt voor uw e-mail!\n\n"
        "Wij hebben uw bericht in goede orde ontvangen en streven ernaar het binnen drie werkdagen te beantwoorden. In de decembermaand kan het iets langer duren.\n\n"
        "Openingstijden: maandag t/m zaterdag 9.00–18.00 uur, zondag 11.00–17.00 uur.\n\n"
        "Team Tuincentrum De Wilgen",
        lab(note="receipt acknowledgement whose subject starts with 'Re:' like a person's reply"),
        subject="Re: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Chiara Bellini", "c.bellini@termedisangiulio.example"),
        "2031-12-01 09:05 +0100",
        "notice",
        "Gentile mittente,\n\n"
        "sarò assente dall'ufficio fino a venerdì 5 dicembre compreso. Rientrerò martedì 9 dicembre; nel frattempo la posta non verrà letta.\n\n"
        "Per urgenze amministrative potete rivolgervi al centralino, 0571 123456.\n\n"
        "Cordiali saluti\nChiara Bellini\nTerme di San Giuliano - Ufficio Acquisti",
        lab(
            return_date="2031-12-09",
            note="the stated day back (after the 8 December holiday) wins over 'fino a venerdì 5 compreso'",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Hotel Belvedere", "info@hotelbelvedere-garda.example"),
        "2031-11-28 09:14 +0100",
        "notice",
        "Gentile Ospite,\n\ngrazie per averci scritto! Abbiamo ricevuto il suo messaggio e le risponderemo al più presto, di solito entro 24 ore.\n\nPer le prenotazioni può utilizzare direttamente il modulo sul nostro sito.\n\nUn cordiale saluto\nHotel Belvedere – Lago di Garda",
        lab(note="hotel autoresponder written for guests, with no automatic-message header at all"),
        subject="Grazie per averci contattato",
        threaded=False,
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Lisa Carver", "lisa@carvers-farmshop.example"),
        "2031-11-20 10:47 +0000",
        "outlook",
        "Hi,\n\nDid we not pay this already? I was sure Sandra did it before she went on maternity leave – can you check your end and let me know?\n\nThanks\nLisa Carver\nCarver's Farm Shop & Garden",
        lab(note="a question, not a payment claim; someone has to check and answer"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Andrew Whitfield", "a.whitfield@st-aldhelms-school.example"),
        "2031-12-02 08:15 +0000",
        "iphone",
        "Received, thanks. I'll pass it to the bursar.\n\nAndrew",
        lab(note="acknowledgement; passing it on names no new contact"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Rachel Okafor", "facilities@haagse-international-school.example"),
        "2031-12-09 17:36 +0100",
        "gmail",
        "Hello,\n\n"
        "Before I chase this with our business office – could you tell me whether you deliver to the Netherlands in spring? Our science department would like to replant the school pond in March (about 30 marginals and a few lilies) and I'd rather order from you again than start with someone new. A rough price would be great.\n\n"
        "Many thanks,\nRachel Okafor\nFacilities Manager, Haagse International School",
        lab(
            note="English writer in the Netherlands (central European time); an order enquiry, nothing about paying"
        ),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Renate Vogel", "renate.vogel@vogel-teichanlagen.example"),
        "2031-11-26 19:02 +0100",
        "gmail_plain",
        "Sehr geehrte Damen und Herren,\n\n"
        "mein Mann Herbert ist Anfang November plötzlich verstorben. Ich versuche gerade, mir einen Überblick über seine geschäftlichen Unterlagen zu verschaffen, und weiß noch nicht, ob diese Rechnung die Firma betrifft oder ihn privat. Ich melde mich bei Ihnen, sobald ich weiß, wie es weitergeht.\n\n"
        "Renate Vogel",
        lab(
            note="bereavement: no commitment, no request for terms, and the writer is the right person now; a person must read it"
        ),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Martin Schöller", "m.schoeller@schoeller-gala.example"),
        "2031-12-05 12:40 +0100",
        "android",
        "Bekommen, danke. Gebe ich an die Chefin weiter.\n\nMartin",
        lab(note="acknowledgement only"),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Céline Roussel", "celine@jardinerie-roussel.example"),
        "2031-11-21 09:25 +0100",
        "gmail",
        "Bonjour,\n\n"
        "Avant de parler de la facture : est-ce que notre commande de printemps (les nénuphars rustiques et les iris d'eau) est bien maintenue pour la première semaine de mars ? On n'a reçu aucune confirmation et on commence à préparer le catalogue.\n\n"
        "Merci,\nCéline",
        lab(note="order question in the reminder thread"),
        cte="b64",
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Camping Les Saules - Accueil", "accueil@camping-lessaules.example"),
        "2031-12-11 10:10 +0100",
        "outlook",
        "Bonjour,\n\nMerci pour votre message. Notre comptable est en arrêt maladie jusqu'à nouvel ordre ; je lui transmettrai votre relance dès son retour.\n\nCordialement,\nLaetitia – accueil\nCamping Les Saules",
        lab(note="a person's holding reply with no date and no commitment; not an auto-reply"),
        charset="windows-1252",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Antonio Serrano", "antonio@viverosserrano.example"),
        "2031-11-27 20:51 +0100",
        "iphone",
        "Me parece de muy mal gusto que me manden un recordatorio así, con todo lo que les he comprado en diez años. Nunca les he dejado una factura sin pagar. Un poco de respeto.",
        lab(
            note="complaint about the reminder itself: no payment claim, no dispute of the invoice"
        ),
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Mercedes Arias", "m.arias@hotelbrisamar.example"),
        "2031-12-05 13:02 +0100",
        "android",
        "Buenas, prefiero hablarlo por teléfono. Llámeme cuando pueda al 600 123 456, por las mañanas.\nMercedes",
        lab(note="asks for a call; does not ask to stop e-mails"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Erik Visser", "erik@vissers-aquaria.example"),
        "2031-11-19 16:50 +0100",
        "iphone",
        "Ontvangen, ik kijk ernaar als ik terug ben van de beurs in Keulen.\n\nErik",
        lab(note="acknowledgement with no commitment and no date"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Ineke Bakker", "ineke.bakker@bakkertuinen.example"),
        "2031-11-28 11:30 +0100",
        "gmail",
        "Hallo,\n\n"
        "Bedankt voor de herinnering. Trouwens, de waterlelies die we in mei bij jullie kochten doen het fantastisch! Kunnen die buiten in de vijver overwinteren, of moeten ze naar binnen? Het gaat deze week flink vriezen.\n\n"
        "Groet,\nIneke",
        lab(note="'thanks for the reminder' commits to nothing; a plant-care question"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Filippo Costa", "filippo@vivaicosta.example"),
        "2031-12-10 17:55 +0100",
        "outlook",
        "Buonasera,\n\nho visto la vostra mail, domattina vi chiamo e ne parliamo a voce.\n\nSaluti\nFilippo Costa",
        lab(note="announces a phone call; no commitment about the invoice"),
        charset="iso-8859-1",
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
# Delivery reports: machine skeletons around hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report for a reminder sent to `rcpt`; `lag` is minutes since the reminder left."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    customer: str
    when: str
    lag: int
    builder: str
    note: str | None = None

    @property
    def moment(self) -> datetime:
        """The Date: of the report."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def currency(self) -> str:
        """UK customers are invoiced in pounds, the others in euros."""
        return "GBP" if self.moment.utcoffset() == timedelta(0) else "EUR"

    @property
    def domain(self) -> str:
        """The failed recipient's domain."""
        return self.rcpt.split("@")[1]


def delivery_status(
    b: Bounce,
    rem: Reminder,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    retry_days: int = 0,
) -> Message:
    """A message/delivery-status part (RFC 3464): one per-message and one per-recipient block."""
    local = b.moment.tzinfo
    first = (
        f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(rem.sent.astimezone(local))}\n"
    )
    lines = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.moment)}",
        *(
            [f"Will-Retry-Until: {format_datetime(b.moment + timedelta(days=retry_days))}"]
            if retry_days
            else []
        ),
    ]
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode("ascii")) for block in (first, "\n".join(lines) + "\n")]
    )
    return part


def returned_headers(rem: Reminder) -> Message:
    """The reminder's headers as a text/rfc822-headers part."""
    head = "".join(
        f"{name}: {value}\n"
        for name, value in rem.as_message().items()
        if name.lower() not in {"content-transfer-encoding"}
    )
    return text_part(head, "rfc822-headers", "us-ascii", "7bit")


def returned_message(rem: Reminder) -> Message:
    """The whole reminder as a message/rfc822 part."""
    return MIMEMessage(rem.as_message())


def raw_copy(rem: Reminder, received: str) -> str:
    """The reminder pasted below a non-MIME bounce, as the MTA saw it."""
    return received + rem.as_message().as_string()


def report(*parts: Message) -> MIMEMultipart:
    """A multipart/report of type delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def ndr_human(paragraphs: list[str]) -> MIMEMultipart:
    """The human part of a modern Exchange Online report: plain text and simple HTML."""
    text = "\n\n".join(paragraphs) + "\n"
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        "<body><div style=\"font-family:'Segoe UI',Tahoma,sans-serif;font-size:11pt\">"
        + "".join(f"<p>{html_text(p)}</p>" for p in paragraphs)
        + "</div></body></html>\n"
    )
    return alternative(
        text_part(text, "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )


def ndr_details(labels: tuple[str, str, str, str, str], rem: Reminder, b: Bounce) -> str:
    """Exchange Online's 'original message details' block."""
    title, created, sender, recipient, subject = labels
    stamp = rem.sent.astimezone(b.moment.tzinfo).strftime("%d/%m/%Y %H:%M:%S")
    return f"{title}\n{created} {stamp}\n{sender} {LEDGER_ADDR}\n{recipient} {b.rcpt}\n{subject} {rem.subject}"


def exchange_host(b: Bounce, pattern: str) -> str:
    """An Exchange Online server name for the recipient's tenant."""
    return pattern.format(n=number(b.key, "ndr-host") % 10000)


def bounce_qmail(b: Bounce, rem: Reminder) -> tuple[Message, str, str]:
    """qmail on the recipient's host: plain text, no MIME, the message pasted below."""
    stamp = rem.sent.strftime("%d %b %Y %H:%M:%S -0000")
    received = (
        f"Return-Path: <{LEDGER_ADDR}>\n"
        f"Received: (qmail {number(b.key, 'pid') % 90000 + 10000} invoked from network); {stamp}\n"
        f"Received: from mail-sor-f41.google.com (HELO mail-sor-f41.google.com) (209.85.220.41)\n  by mx.pondhost.example with SMTP; {stamp}\n"
    )
    text = (
        "Hi. This is the qmail-send program at mx.pondhost.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n" + raw_copy(rem, received)
    )
    msg = Message()
    msg.set_payload(text)
    return msg, "MAILER-DAEMON@mx.pondhost.example", "failure notice"


def bounce_exim(b: Bounce, rem: Reminder) -> tuple[Message, str, str]:
    """Exim on the recipient's hosting front end: the mail store refused the address."""
    store = "store2.riverside-hosting.example"
    received = (
        f"Return-path: <{LEDGER_ADDR}>\n"
        f"Received: from mail-sor-f65.google.com ([209.85.220.65])\n\tby mx1.riverside-hosting.example with esmtps (TLS1.3)\n\t(envelope-from <{LEDGER_ADDR}>)\n\tid 1vQ7bK-0003Xa-1d\n\tfor {b.rcpt}; {format_datetime(rem.sent)}\n"
    )
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host {store} [198.51.100.61]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.7.1 <{b.rcpt}>: Recipient address rejected: only approved senders may write to this address\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        + raw_copy(rem, received)
    )
    msg = Message()
    msg.set_payload(text)
    msg["X-Failed-Recipients"] = b.rcpt
    return (
        msg,
        "Mail Delivery System <Mailer-Daemon@mx1.riverside-hosting.example>",
        "Mail delivery failed: returning message to sender",
    )


def bounce_gmail(b: Bounce, rem: Reminder) -> tuple[Message, str, str]:
    """Gmail, on Kingfisher's side: the recipient's domain no longer exists."""
    paragraphs = [
        "** Address not found **",
        f"Your message wasn't delivered to {b.rcpt} because the domain {b.domain} couldn't be found. Check for typos or unnecessary spaces and try again.",
        "The response was:",
        f"DNS Error: DNS type 'mx' lookup of {b.domain} responded with code NXDOMAIN Domain name not found: {b.domain}",
    ]
    text = "\n\n".join(paragraphs) + "\n"
    markup = (
        "<html><body>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        + "</body></html>\n"
    )
    human = alternative(
        text_part(text, "plain", "utf-8", "qp"),
        text_part(markup, "html", "utf-8", "qp"),
    )
    diagnostic = f"DNS Error: DNS type 'mx' lookup of {b.domain} responded with code NXDOMAIN Domain name not found: {b.domain}"
    msg = report(
        human,
        delivery_status(b, rem, "googlemail.com", "failed", diagnostic),
        returned_headers(rem),
    )
    msg["X-Failed-Recipients"] = b.rcpt
    return (
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
    )


def bounce_exchange_de(b: Bounce, rem: Reminder) -> tuple[Message, str, str]:
    """Exchange Online (German): the address is a group that takes internal mail only."""
    host = exchange_host(b, "BE1P281MB{n:04d}.DEUP281.PROD.OUTLOOK.COM")
    group = b.rcpt.split("@")[0]
    diagnostic = "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group"
    human = ndr_human(
        [
            f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.",
            f"Die Gruppe „{group}“ nimmt nur Nachrichten von Personen innerhalb ihrer Organisation oder von zugelassenen Absendern an.",
            "Aktion erforderlich: Wenden Sie sich an den Besitzer der Gruppe.",
            "So beheben Sie das Problem\nBitten Sie den Besitzer der Gruppe, Sie als zugelassenen Absender einzutragen, oder schreiben Sie an eine andere Adresse der Organisation.",
            f"Weitere Informationen für E-Mail-Administratoren\nRemoteserver hat '{diagnostic}' zurückgegeben",
            ndr_details(
                (
                    "Details der ursprünglichen Nachricht",
                    "Erstellungsdatum:",
                    "Absenderadresse:",
                    "Empfängeradresse:",
                    "Betreff:",
                ),
                rem,
                b,
            ),
            f"Erstellt von: {host}",
        ]
    )
    msg = report(
        human,
        delivery_status(b, rem, host, "failed", diagnostic),
        returned_headers(rem),
    )
    return (
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Unzustellbar: {rem.subject}",
    )


def bounce_hoster_de(b: Bounce, rem: Reminder) -> tuple[Message, str, str]:
    """A German hosting provider: mailbox over quota, still retrying (RFC 3464, delayed)."""
    until = b.moment + timedelta(days=4)
    text = (
        "Dies ist eine automatische Benachrichtigung des Mailservers mx2.teichhost.example.\n\n"
        f"Ihre Nachricht an {b.rcpt} konnte noch nicht zugestellt werden, weil das Postfach des Empfängers sein Speicherlimit erreicht hat (452 4.2.2 Postfach voll).\n\n"
        f"Der Server versucht die Zustellung bis zum {until:%d.%m.%Y} weiter. Sie müssen nichts unternehmen. Sollte die Zustellung endgültig scheitern, erhalten Sie eine weitere Nachricht.\n\n"
        "Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.\n"
    )
    msg = report(
        text_part(text, "plain", "iso-8859-1", "qp"),
        delivery_status(
            b,
            rem,
            "mx2.teichhost.example",
            "delayed",
            "452 4.2.2 Mailbox full",
            retry_days=4,
        ),
        returned_headers(rem),
    )
    return (
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx2.teichhost.example>",
        "Warnung: Zustellung verzögert (Mail delivery delayed)",
    )


def bounce_exchange_fr(b: Bounce, rem: Reminder) -> tuple[Message, str, str]:
    """Exchange Online (French): recipient not found."""
    host = exchange_host(b, "PR1P264MB{n:04d}.FRAP264.PROD.OUTLOOK.COM")
    diagnostic = (
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    )
    human = ndr_human(
        [
            f"Votre message à {b.rcpt} n'a pas pu être remis.",
            f"{b.rcpt.split('@')[0]} est introuvable sur {b.domain}.",
            "Action requise : vérifiez l'adresse du destinataire.",
            "Comment résoudre le problème\nL'adresse est peut-être mal orthographiée ou n'existe plus. Vérifiez-la, puis renvoyez le message. Si l'adresse est correcte, contactez le destinataire par un autre moyen (par téléphone, par exemple) et demandez-lui de vérifier sa messagerie.",
            f"Informations complémentaires pour les administrateurs de messagerie\nLe serveur distant a renvoyé « {diagnostic} »",
            ndr_details(
                (
                    "Détails du message d'origine",
                    "Date de création :",
                    "Adresse de l'expéditeur :",
                    "Adresse du destinataire :",
                    "Objet :",
                ),
                rem,
                b,
            ),
            f"Généré par : {host}",
        ]
    )
    msg = report(
        human,
        delivery_status(b, rem, host, "failed", diagnostic),
        returned_headers(rem),
    )
    return (
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"Non remis : {rem.subject}",
    )


def bounce_provider_fr(b: Bounce, rem: Reminder) -> tuple[Message, str, str]:
    """A French provider's queue warning, single-part Latin-1, not RFC 3464."""
    sent = rem.sent.astimezone(b.moment.tzinfo)
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie Mailpro Atlantique.\n\n"
        f"Votre message à destination de {b.rcpt} n'a pas encore pu être remis. Le serveur du destinataire signale un manque temporaire d'espace de stockage (452 4.3.1 Insufficient system storage).\n\n"
        "Votre message reste dans notre file d'attente et une nouvelle tentative aura lieu automatiquement pendant 72 heures. Vous n'avez rien à faire pour le moment.\n\n"
        f"Objet du message : {latin1(rem.subject)}\n"
        f"Date d'envoi : {sent:%d/%m/%Y %H:%M}\n"
    )
    return (
        text_part(text, "plain", "iso-8859-1", "qp"),
        "Service Messagerie <postmaster@mailpro-atlantique.example>",
        "Message en attente de remise",
    )


def bounce_hoster_es(b: Bounce, rem: Reminder) -> tuple[Message, str, str]:
    """A Spanish hosting provider: user unknown, with the whole message returned."""
    text = (
        "Este es un mensaje generado automáticamente por el servidor de correo correo.hostingmediterraneo.example.\n\n"
        "No ha sido posible entregar su mensaje a los siguientes destinatarios:\n\n"
        f"  {b.rcpt}\n  Motivo: el usuario no existe (550 5.1.1 usuario desconocido)\n\n"
        "Se trata de un error permanente y no se realizarán más intentos. Se adjunta una copia del mensaje original.\n"
    )
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            rem,
            "correo.hostingmediterraneo.example",
            "failed",
            "550 5.1.1 usuario desconocido / user unknown",
        ),
        returned_message(rem),
    )
    return (
        msg,
        "Mail Delivery System <MAILER-DAEMON@correo.hostingmediterraneo.example>",
        f"Mensaje no entregado: {rem.subject}",
    )


def bounce_exchange_es(b: Bounce, rem: Reminder) -> tuple[Message, str, str]:
    """Exchange Online (Spanish): mailbox full, reported with a 5.x code."""
    host = exchange_host(b, "DB9PR02MB{n:04d}.EURPRD02.PROD.OUTLOOK.COM")
    diagnostic = "552 5.2.2 STOREDRV.Deliver.Exception:QuotaExceededException; Failed to process message due to a permanent exception with message [Mailbox quota exceeded]"
    human = ndr_human(
        [
            f"No se pudo entregar su mensaje a {b.rcpt}.",
            "El buzón del destinatario está lleno y no puede aceptar mensajes en este momento.",
            "Acción necesaria: vuelva a enviar el mensaje más tarde o póngase en contacto con el destinatario por otro medio.",
            "Cómo solucionarlo\nEspere un tiempo y vuelva a enviar el mensaje. Si el problema continúa, avise al destinatario de que su buzón ha alcanzado el límite de almacenamiento.",
            f"Más información para administradores de correo electrónico\nEl servidor remoto devolvió '{diagnostic}'",
            ndr_details(
                (
                    "Detalles del mensaje original",
                    "Fecha de creación:",
                    "Dirección del remitente:",
                    "Dirección del destinatario:",
                    "Asunto:",
                ),
                rem,
                b,
            ),
            f"Generado por: {host}",
        ]
    )
    msg = report(
        human,
        delivery_status(b, rem, host, "failed", diagnostic),
        returned_headers(rem),
    )
    return (
        msg,
        f"Microsoft Outlook <postmaster@{b.domain}>",
        f"No se puede entregar: {rem.subject}",
    )


def bounce_backup_mx_nl(b: Bounce, rem: Reminder) -> tuple[Message, str, str]:
    """A Dutch backup MX holding the message while the recipient's server is down."""
    mx = f"mail.{b.domain}"
    text = (
        "Dit is een automatisch bericht van de mailserver backup-mx.webhost-noord.example.\n\n"
        f"Uw bericht aan {b.rcpt} kon nog niet worden afgeleverd. De mailserver van de ontvanger ({mx}) reageert niet (4.4.1 verbinding verlopen).\n\n"
        "Wij proberen het bericht de komende vijf dagen opnieuw af te leveren. U hoeft niets te doen. Lukt het niet, dan ontvangt u nog een bericht.\n"
    )
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            rem,
            "backup-mx.webhost-noord.example",
            "delayed",
            "421 4.4.1 Connection timed out",
            remote=mx,
            retry_days=5,
        ),
        returned_headers(rem),
    )
    return (
        msg,
        "Postmaster <postmaster@backup-mx.webhost-noord.example>",
        f"Vertraagde bezorging: {rem.subject}",
    )


def bounce_provider_it(b: Bounce, rem: Reminder) -> tuple[Message, str, str]:
    """An Italian provider: mailbox disabled, notice plus the original in multipart/mixed."""
    text = (
        "Questo è un messaggio automatico del server di posta mx.postaitalia-hosting.example.\n\n"
        f"Il messaggio inviato a\n  {b.rcpt}\nnon è stato consegnato in modo definitivo.\n\n"
        "Motivo: la casella del destinatario risulta disattivata.\n"
        f"Risposta del server: 550 5.2.1 <{b.rcpt}>: mailbox disabled\n\n"
        "Non verranno effettuati ulteriori tentativi. In allegato trova il messaggio originale.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "utf-8", "8bit"))
    outer.attach(returned_message(rem))
    return (
        outer,
        "Mail Delivery Subsystem <MAILER-DAEMON@mx.postaitalia-hosting.example>",
        f"Mancato recapito: {rem.subject}",
    )


def bounce_quota_it(b: Bounce, rem: Reminder) -> tuple[Message, str, str]:
    """An Italian provider: mailbox full, still retrying (RFC 3464, delayed)."""
    text = (
        "Avviso di mancato recapito temporaneo\n\n"
        f"Il messaggio per {b.rcpt} non è ancora stato consegnato: la casella del destinatario è piena (452 4.2.2 Over quota).\n\n"
        "Il sistema proverà di nuovo a consegnarlo nei prossimi 4 giorni. Non è necessario fare nulla; se la consegna non andrà a buon fine riceverà un ulteriore avviso.\n"
    )
    msg = report(
        text_part(text, "plain", "iso-8859-1", "qp"),
        delivery_status(
            b,
            rem,
            "mail.acquanet-provider.example",
            "delayed",
            "452 4.2.2 Over quota",
            retry_days=4,
        ),
        returned_headers(rem),
    )
    return (
        msg,
        "Sistema di posta <postmaster@mail.acquanet-provider.example>",
        "Avviso: consegna ritardata",
    )


BOUNCE_BUILDERS: dict[str, Callable[[Bounce, Reminder], tuple[Message, str, str]]] = {
    "qmail": bounce_qmail,
    "exim": bounce_exim,
    "gmail": bounce_gmail,
    "exchange_de": bounce_exchange_de,
    "hoster_de": bounce_hoster_de,
    "exchange_fr": bounce_exchange_fr,
    "provider_fr": bounce_provider_fr,
    "hoster_es": bounce_hoster_es,
    "exchange_es": bounce_exchange_es,
    "backup_mx_nl": bounce_backup_mx_nl,
    "provider_it": bounce_provider_it,
    "quota_it": bounce_quota_it,
}

BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.1",
        "office@brookside-aquatics.example",
        "Brookside Aquatics",
        "2031-11-17 09:41 +0000",
        3,
        "qmail",
        "qmail notice: plain text, no MIME, message pasted below",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.7.1",
        "accounts@riverside-petcentre.example",
        "Riverside Pet & Aquatic Centre",
        "2031-11-21 09:35 +0000",
        4,
        "exim",
        "Exim notice, plain text: refused by the recipient's policy",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "hard",
        "5.1.2",
        "orders@thewatergardenshop.example",
        "The Water Garden Shop",
        "2031-12-01 08:52 +0000",
        1,
        "gmail",
        "Gmail report: the recipient's domain no longer exists",
    ),
    Bounce(
        "bo-de-1",
        "de",
        "hard",
        "5.7.133",
        "buchhaltung@teichwelt-ostsee.example",
        "Teichwelt Ostsee",
        "2031-11-26 09:47 +0100",
        2,
        "exchange_de",
        "Exchange Online 'Unzustellbar': a group that accepts internal senders only (policy)",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "soft",
        "4.2.2",
        "info@wassergarten-mueller.example",
        "Wassergarten Müller",
        "2031-12-04 13:20 +0100",
        240,
        "hoster_de",
        "German provider report, delayed: mailbox full",
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "hard",
        "5.1.10",
        "compta@aquajardin-provence.example",
        "Aquajardin Provence",
        "2031-11-19 10:02 +0100",
        2,
        "exchange_fr",
        "Exchange Online 'Non remis': recipient not found",
    ),
    Bounce(
        "bo-fr-2",
        "fr",
        "soft",
        "4.3.1",
        "contact@pepinieres-loire.example",
        "Pépinières de Loire",
        "2031-12-10 15:40 +0100",
        360,
        "provider_fr",
        "French provider queue warning, single-part Latin-1, not RFC 3464",
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.1.1",
        "administracion@jardinesdelturia.example",
        "Jardines del Turia",
        "2031-11-24 09:58 +0100",
        2,
        "hoster_es",
        "Spanish provider report with the whole message returned",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "5.2.2",
        "reservas@hotelsantantoni.example",
        "Hotel Sant Antoni",
        "2031-12-08 09:21 +0100",
        2,
        "exchange_es",
        "mailbox full reported with a 5.x code: soft, and the code is kept",
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "soft",
        "4.4.1",
        "info@kwekerijdelisdodde.example",
        "Kwekerij De Lisdodde",
        "2031-11-28 12:05 +0100",
        240,
        "backup_mx_nl",
        "Dutch backup MX delay report",
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.2.1",
        "ordini@acquaflora-verona.example",
        "Acquaflora Verona",
        "2031-12-02 09:30 +0100",
        2,
        "provider_it",
        "Italian provider notice in multipart/mixed: mailbox disabled",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.2.2",
        "info@laghettoverde-agri.example",
        "Agriturismo Laghetto Verde",
        "2031-12-11 14:15 +0100",
        300,
        "quota_it",
        "Italian provider report, delayed: mailbox full",
    ),
]


# --------------------------------------------------------------------------------------------
# Assembly: invoices, reminders, headers
# --------------------------------------------------------------------------------------------


def invoice_plan() -> dict[str, tuple[tuple[str, str], ...]]:
    """Invoice numbers and amounts per message: pinned ones as written, the rest drawn from a shuffled pool."""
    pinned = {r.key: r.invoices for r in REPLIES if r.invoices}
    owners: dict[str, str] = {}
    for key, invoices in pinned.items():
        for num, _ in invoices:
            if num in owners:
                raise SystemExit(f"invoice {num} used by {owners[num]} and {key}")
            owners[num] = key
    pool = sorted(
        (f"KAP-31-{n:04d}" for n in range(350, 560) if f"KAP-31-{n:04d}" not in owners),
        key=lambda inv: digest(inv, "pool"),
    )
    draws = iter(pool)
    currencies = [(r.key, r.currency) for r in REPLIES] + [(b.key, b.currency) for b in BOUNCES]
    plan: dict[str, tuple[tuple[str, str], ...]] = {}
    for key, currency in currencies:
        chosen = pinned.get(key) or ((next(draws), ""),)
        plan[key] = tuple(
            (num, amount or auto_amount(key + num, currency)) for num, amount in chosen
        )
    return plan


def reply_reminder(r: Reply, invoices: tuple[tuple[str, str], ...]) -> Reminder:
    """The reminder a reply answers: a working day or three earlier, a little after eight (UK time).

    Automatic notices answer within minutes.
    """
    here = r.moment.astimezone(UK_TZ)
    if r.style in NOTICE_STYLES:
        sent = here - timedelta(
            minutes=1 + number(r.key, "lag") % 3, seconds=number(r.key, "sec") % 50
        )
    else:
        day = working_day_before(here, 1 + number(r.key, "days") % 3)
        sent = day.replace(
            hour=8,
            minute=3 + number(r.key, "min") % 50,
            second=number(r.key, "sec") % 60,
        )
    to_name, to_addr = ("", r.quote_to) if r.quote_to else r.sender
    lines = tuple(make_invoice(r.key, num, amount, sent) for num, amount in invoices)
    return Reminder(r.key, r.lang, to_name, to_addr, sent, lines, r.currency)


def bounce_reminder(b: Bounce, invoices: tuple[tuple[str, str], ...]) -> Reminder:
    """The reminder a delivery report is about."""
    sent = (b.moment - timedelta(minutes=b.lag)).astimezone(UK_TZ)
    lines = tuple(make_invoice(b.key, num, amount, sent) for num, amount in invoices)
    return Reminder(b.key, b.lang, b.customer, b.rcpt, sent, lines, b.currency)


def make_quote(r: Reply, rem: Reminder) -> Quote:
    """The reminder as the replying client shows it."""
    to = f"{rem.to_name} <{rem.to_addr}>" if rem.to_name else rem.to_addr
    sent = rem.sent.astimezone(r.moment.tzinfo)
    return Quote(
        client_text(rem.text, r.charset),
        client_text(rem.subject, r.charset),
        sent,
        r.lang,
        client_text(to, r.charset),
    )


def extra_header(name: str, value: str, charset: str, use_base64: bool) -> str:
    """An additional header value, encoded the way the client encodes it."""
    if value.isascii():
        return value
    if name.lower() in {"cc", "to", "reply-to"} and value.endswith(">"):
        display, addr = value[:-1].rsplit(" <", 1)
        return mailbox(display, addr, charset, use_base64, name)
    return encoded_words(value, charset, use_base64, name)


def build_reply(r: Reply, rem: Reminder) -> Message:
    """A customer-side message: the client's layout around the hand-written text, then headers."""
    q = make_quote(r, rem)
    msg = STYLES[r.style](r, q)
    use_base64 = r.style in OUTLOOK_FAMILY and r.charset == "utf-8"
    if r.subject:
        subject = r.subject.format(rsub=q.subject)
    else:
        subject = (
            OUTLOOK[r.lang].reply_prefix if r.style in OUTLOOK_FAMILY else "Re: "
        ) + q.subject
    msg["From"] = mailbox(*r.sender, r.charset, use_base64)
    msg["To"] = formataddr((LEDGER_NAME, LEDGER_ADDR))
    msg["Subject"] = encoded_words(subject, r.charset, use_base64)
    msg["Date"] = format_datetime(r.moment)
    msg["Message-ID"] = reply_message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = rem.message_id
        msg["References"] = rem.message_id
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *STYLE_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = extra_header(name, value, r.charset, use_base64)
    return finalize(msg, r.key, BOUNDARY_STYLE.get(r.style, "part"))


def build_bounce(b: Bounce, rem: Reminder) -> Message:
    """A delivery report: the builder's body and the reporting system's headers."""
    msg, sender, subject = BOUNCE_BUILDERS[b.builder](b, rem)
    msg["From"] = sender
    msg["To"] = LEDGER_ADDR
    msg["Subject"] = encoded_words(subject, "utf-8", b.builder.startswith("exchange"))
    msg["Date"] = format_datetime(b.moment)
    host = sender.rsplit("@", 1)[1].rstrip(">")
    msg["Message-ID"] = f"<{b32(b.key, 'report', 24).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finalize(msg, b.key, "report")


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a customer-side message (without its file name)."""
    fields = dict(r.label.fields)
    label: dict[str, object] = {"intent": r.intent}
    label.update({key: fields.get(key) for key in FIELD_KEYS})
    label.update(invoice_refs=list(r.label.refs), language=r.lang, note=r.label.note)
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report (without its file name)."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(FIELD_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_messages() -> list[tuple[str, Message, dict[str, object]]]:
    """Every message of the corpus with its key and label."""
    plan = invoice_plan()
    items = [
        (r.key, build_reply(r, reply_reminder(r, plan[r.key])), reply_label(r)) for r in REPLIES
    ]
    items += [
        (b.key, build_bounce(b, bounce_reminder(b, plan[b.key])), bounce_label(b)) for b in BOUNCES
    ]
    keys = [key for key, _, _ in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate message keys")
    return items


def file_order(key: str) -> str:
    """Files are numbered by a seeded hash of the key, so a name says nothing about its label."""
    return hashlib.sha256(f"{SEED}:{key}".encode()).hexdigest()


ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^KAP-\d{2}-\d{4}$")
STATUS = re.compile(r"^[45]\.\d{1,3}\.\d{1,3}$")
ADDRESS = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]+$")


def check_message(name: str, data: bytes) -> datetime:
    """Parse a file back: headers decode, every text part decodes, no defects. Returns its date."""
    msg = message_from_bytes(data, policy=policy.default)
    problems: list[str] = []
    for part in msg.walk():
        problems += [f"part defect {d!r}" for d in part.defects]
        for header, value in part.items():
            defects = cast("list[object]", getattr(value, "defects", []))
            problems += [f"{header} defect {d!r}" for d in defects]
            if "=?" in str(value):
                problems.append(f"{header} not decoded")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                problems.append(f"{part.get_content_type()} does not decode")
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            problems.append(f"no {header}")
    if problems:
        raise SystemExit(f"{name}: {'; '.join(problems)}")
    stamp = msg["Date"]
    when = stamp.datetime if isinstance(stamp, DateHeader) else None
    if when is None:
        raise SystemExit(f"{name}: Date does not parse")
    if not FIRST_DAY <= when.date() <= LAST_DAY or when.utcoffset() not in {
        timedelta(0),
        timedelta(hours=1),
    }:
        raise SystemExit(f"{name}: date {when} outside the window or in the wrong offset")
    return when


def check_label(label: dict[str, object], when: datetime) -> None:
    """Shape of one label: key order, value formats, only the winning intent's fields, date sense."""
    name = str(label["file"])
    if tuple(label) != LABEL_ORDER:
        raise SystemExit(f"{name}: label keys out of order")
    intent, lang = str(label["intent"]), str(label["language"])
    if intent not in INTENTS or lang not in LANGS:
        raise SystemExit(f"{name}: bad intent or language")
    allowed = INTENT_FIELDS.get(intent, frozenset())
    for key in FIELD_KEYS:
        value = label[key]
        if value is not None and key not in allowed:
            raise SystemExit(f"{name}: {key} filled for {intent}")
        if value is not None and not isinstance(value, str):
            raise SystemExit(f"{name}: {key} is not a string")
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if isinstance(value, str):
            day = date.fromisoformat(value) if ISO_DAY.match(value) else None
            if day is None:
                raise SystemExit(f"{name}: {key} is not an ISO date")
            if (key == "paid_date") != (day <= when.date()):
                raise SystemExit(f"{name}: {key} {value} on the wrong side of {when.date()}")
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None) or (
        isinstance(amount, str) and not AMOUNT.match(amount)
    ):
        raise SystemExit(f"{name}: amount/currency")
    if currency not in {None, "GBP", "EUR"}:
        raise SystemExit(f"{name}: currency")
    contact = label["new_contact"]
    if isinstance(contact, str) and not ADDRESS.match(contact):
        raise SystemExit(f"{name}: new_contact not a lower-case address")
    if intent == "bounce" and (
        label["bounce_kind"] not in {"hard", "soft"}
        or not STATUS.match(str(label["bounce_status"]))
    ):
        raise SystemExit(f"{name}: bounce fields")
    refs = label["invoice_refs"]
    if not isinstance(refs, list) or not all(isinstance(x, str) and INVOICE.match(x) for x in refs):
        raise SystemExit(f"{name}: invoice_refs")


def check_counts(labels: list[dict[str, object]]) -> None:
    """Twelve per intent, the language totals, and every language in every intent."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        row = [cells[intent, lang] for lang in LANGS]
        if sum(row) != PER_INTENT or min(row) < 1 or max(row) - min(row[1:]) > 2:
            raise SystemExit(f"{intent}: counts {row}")
    for lang, total in LANG_TOTALS.items():
        if sum(cells[intent, lang] for intent in INTENTS) != total:
            raise SystemExit(f"{lang}: not {total} messages")
    if len(labels) != sum(LANG_TOTALS.values()):
        raise SystemExit("wrong number of messages")


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


def coverage(files: list[bytes]) -> str:
    """A summary of the formats the corpus covers, read back from the files."""
    tops: Counter[str] = Counter()
    charsets: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    headers: Counter[str] = Counter()
    for data in files:
        msg = message_from_bytes(data, policy=policy.default)
        raw = message_from_bytes(data, policy=policy.compat32)
        tops[msg.get_content_type()] += 1
        typed = [
            p
            for p in msg.walk()
            if p.get("Content-Type") is not None and p.get_content_maintype() == "text"
        ]
        charsets.update({str(p.get_content_charset()) for p in typed})
        encodings.update({str(p.get("Content-Transfer-Encoding", "7bit")).lower() for p in typed})
        for field_name in ("Subject", "From"):
            if "=?" in str(raw.get(field_name, "")):
                headers[f"RFC 2047 {field_name}"] += 1
        for field_name in (
            "In-Reply-To",
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "X-Autoreply",
            "Precedence",
            "Cc",
        ):
            if msg[field_name] is not None:
                headers[field_name] += 1
    lines = [
        "top-level types: " + ", ".join(f"{k} {v}" for k, v in sorted(tops.items())),
        "messages per text charset: " + ", ".join(f"{k} {v}" for k, v in sorted(charsets.items())),
        "messages per text transfer encoding: "
        + ", ".join(f"{k} {v}" for k, v in sorted(encodings.items())),
        "headers: " + ", ".join(f"{k} {v}" for k, v in sorted(headers.items())),
    ]
    return "\n".join(lines)


def write_all() -> tuple[list[dict[str, object]], list[bytes]]:
    """Build, check and write every file and labels.jsonl beside this script."""
    items = sorted(all_messages(), key=lambda item: file_order(item[0]))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    files: list[bytes] = []
    for index, (_, msg, label) in enumerate(items, start=1):
        name = f"{PREFIX}-{index:03d}.eml"
        data = msg.as_bytes()
        when = check_message(name, data)
        full: dict[str, object] = {"file": name, **label}
        check_label(full, when)
        (HERE / name).write_bytes(data)
        labels.append(full)
        files.append(data)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, files


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels, files = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    styles = Counter(r.style for r in REPLIES)
    print(f"\n{len(labels)} messages; bounces {dict(sorted(kinds.items()))}")
    print("clients: " + ", ".join(f"{k} {v}" for k, v in sorted(styles.items())))
    print(coverage(files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
