# ruff: noqa: C901, E501, PLR0912, PLR0917, PLW2901, RUF001, RUF002
# Message text is kept one paragraph a line, as mail clients send it, with the typographic
# dashes, quotes and non-breaking spaces that people and their clients really produce.
"""Build held-out reply corpus 131: ``h131-NNN.eml`` files and ``labels.jsonl``.

Every message answers, or reports on, an overdue-invoice reminder sent from the receivables
mailbox of Hollyhock Removals & Storage. The new text of each message is written out by hand
below. This script adds only what a mail client or a mail server would add: the quoted
reminder in the client's layout and language, headers, MIME structure, charsets and transfer
encodings. It writes next to itself, deterministically (no clock, fixed seed, boundaries and
Message-IDs derived from each message's key), parses every file back and checks the labels.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from email import charset as cs
from email import message_from_bytes, policy
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "holdout131/2031-08"
PREFIX = "h131"
AR_NAME = "Hollyhock Accounts"
AR_ADDR = "invoices@hollyhock-removals.example"
AR_DOMAIN = "hollyhock-removals.example"
FIRST_DAY = date(2031, 8, 4)
LAST_DAY = date(2031, 8, 29)
INVOICE_DATE = date(2031, 6, 30)
DUE_DATE = date(2031, 7, 30)
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
# Only the winning intent's fields may be filled.
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "auto_reply": frozenset({"return_date"}),
    "wrong_contact": frozenset({"new_contact"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
}
DATE_KEYS = ("promised_date", "paid_date", "return_date")

# --------------------------------------------------------------------------------------------
# Time: UK time for UK senders, central-European time for everyone else, summer time included
# --------------------------------------------------------------------------------------------


def last_sunday(year: int, month: int) -> date:
    """The last Sunday of a month (summer time starts and ends on one)."""
    end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return end - timedelta(days=(end.weekday() - 6) % 7)


def local_zone(naive: datetime, uk: bool) -> timezone:
    """The UTC offset of a wall-clock time in the UK or in central Europe.

    Both follow the EU rule: summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC
    on the last Sunday of October; standard time is UTC+0 in the UK and UTC+1 on the continent.
    """
    standard = 0 if uk else 1
    utc = naive - timedelta(hours=standard)
    start = datetime.combine(last_sunday(naive.year, 3), time(1))
    end = datetime.combine(last_sunday(naive.year, 10), time(1))
    return timezone(timedelta(hours=standard + (1 if start <= utc < end else 0)))


def uk_time(moment: datetime) -> datetime:
    """The same moment on a UK clock (Hollyhock's own server)."""
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.astimezone(local_zone(utc, True))


def stamp(when: str, uk: bool) -> datetime:
    """Parse ``YYYY-MM-DD HH:MM`` as local time in the sender's zone."""
    naive = datetime.strptime(when, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=local_zone(naive, uk))


# --------------------------------------------------------------------------------------------
# Deterministic ids
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key; every id in the corpus comes from one of these."""
    return hashlib.sha256(f"{SEED}|{salt}|{key}".encode()).digest()


def number(key: str, salt: str) -> int:
    """A stable non-negative integer for a message key."""
    return int.from_bytes(digest(key, salt)[:8], "big")


def b32(key: str, salt: str, n: int) -> str:
    """Upper-case base32 characters, as Exchange and many MTAs use in ids."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def uuid_like(key: str, salt: str) -> str:
    """A UUID-shaped id, as Apple clients write them."""
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-A{h[17:20]}-{h[20:32]}"


def reminder_msgid(key: str) -> str:
    """The Message-ID of the reminder a message answers."""
    return f"<ar.{digest(key, 'reminder').hex()[:20]}@{AR_DOMAIN}>"


# --------------------------------------------------------------------------------------------
# Locale tables (what the clients print; the reminder as Hollyhock sends it)
# --------------------------------------------------------------------------------------------

DAYS = {
    "en": (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "Mon Tue Wed Thu Fri Sat Sun",
    ),
    "de": (
        "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
        "Mo. Di. Mi. Do. Fr. Sa. So.",
    ),
    "fr": (
        "lundi mardi mercredi jeudi vendredi samedi dimanche",
        "lun. mar. mer. jeu. ven. sam. dim.",
    ),
    "es": (
        "lunes martes miércoles jueves viernes sábado domingo",
        "lun mar mié jue vie sáb dom",
    ),
    "nl": (
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "ma di wo do vr za zo",
    ),
    "it": (
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "lun mar mer gio ven sab dom",
    ),
}
MONTHS = {
    "en": (
        "January February March April May June July August September October November December",
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    ),
    "de": (
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    ),
    "fr": (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    ),
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "ene feb mar abr may jun jul ago sept oct nov dic",
    ),
    "nl": (
        "januari februari maart april mei juni juli augustus september oktober november december",
        "jan feb mrt apr mei jun jul aug sep okt nov dec",
    ),
    "it": (
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "gen feb mar apr mag giu lug ago set ott nov dic",
    ),
}
# Outlook: divider line, From, Sent, To, Subject, and what follows each label.
OUTLOOK_LABELS = {
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
OUTLOOK_SENT = {
    "en": "{day} {month} {year} {hh}:{mm}",
    "de": "{weekday}, {day}. {month} {year} {hh}:{mm}",
    "fr": "{weekday} {day} {month} {year} {hh}:{mm}",
    "es": "{weekday}, {day} de {month} de {year} {h}:{mm}",
    "nl": "{weekday} {day} {month} {year} {hh}:{mm}",
    "it": "{weekday} {day} {month} {year} {hh}:{mm}",
}
OUTLOOK_RE = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
OUTLOOK_LANG = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
GMAIL_ATTR = {
    "en": "On {wd}, {day} {mon} {year} at {hh}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wd}, {day}. {mon} {year} um {hh}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wd} {day} {mon} {year} à {hh}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wd}, {day} {mon} {year} a las {h}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wd} {day} {mon} {year} om {hh}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wd} {day} {mon} {year} alle ore {hh}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTR = {
    "en": "On {day} {mon} {year}, at {hh}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{year} um {hh}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {day} {mon} {year} à {hh}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {day} {mon} {year}, a las {h}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {day} {mon} {year} om {hh}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {day} {mon} {year}, alle ore {hh}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTR = {
    "en": "On {dd}/{mo}/{year} {hh}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {hh}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{year} à {hh}:{mm}, {name} a écrit :",
    "es": "El {day}/{mo}/{yy} a las {h}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{year} om {hh}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {hh}:{mm}, {name} ha scritto:",
}
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
DATE_FORMAT = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}

REMINDER_SUBJECT = {
    "en": "Overdue invoice {inv} – Hollyhock Removals & Storage",
    "de": "Überfällige Rechnung {inv} – Hollyhock Removals & Storage",
    "fr": "Facture échue {inv} – Hollyhock Removals & Storage",
    "es": "Factura vencida {inv} – Hollyhock Removals & Storage",
    "nl": "Openstaande factuur {inv} – Hollyhock Removals & Storage",
    "it": "Fattura scaduta {inv} – Hollyhock Removals & Storage",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "According to our ledger the invoice below has passed its due date and is still open:\n\n"
        "Invoice number: {inv}\nInvoice date: {issued}\nDue date: {due}\nAmount outstanding: {amount}\n\n"
        "You can pay by bank transfer to the account shown on the invoice, quoting the invoice number. If payment has already been made, please reply with the date and your reference and we will match it. If anything on the invoice looks wrong, just reply to this email and we will look into it.\n\n"
        "Many thanks,\n\n"
        "Accounts Receivable\nHollyhock Removals & Storage Ltd\nUnit 7, Tannery Lane Trading Estate\ninvoices@hollyhock-removals.example · 0161 496 0734"
    ),
    "de": (
        "Guten Tag,\n\n"
        "nach unserer Buchhaltung ist die folgende Rechnung fällig und noch nicht beglichen:\n\n"
        "Rechnungsnummer: {inv}\nRechnungsdatum: {issued}\nFällig am: {due}\nOffener Betrag: {amount}\n\n"
        "Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf das in der Rechnung genannte Konto. Falls Sie bereits gezahlt haben, nennen Sie uns bitte kurz Datum und Referenz der Zahlung. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Vielen Dank und freundliche Grüße\n\n"
        "Accounts Receivable\nHollyhock Removals & Storage Ltd"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Selon notre comptabilité, la facture ci-dessous a dépassé son échéance et reste à régler :\n\n"
        "Numéro de facture : {inv}\nDate de facture : {issued}\nÉchéance : {due}\nMontant restant dû : {amount}\n\n"
        "Le règlement peut se faire par virement sur le compte indiqué sur la facture, en rappelant son numéro. Si le paiement a déjà été effectué, merci de nous communiquer sa date et sa référence. Si quelque chose vous semble inexact, répondez simplement à ce message.\n\n"
        "Avec nos remerciements,\n\n"
        "Service Comptabilité Clients\nHollyhock Removals & Storage Ltd"
    ),
    "es": (
        "Buenos días:\n\n"
        "Según nuestra contabilidad, la factura que se indica a continuación ha superado su fecha de vencimiento y sigue pendiente:\n\n"
        "Número de factura: {inv}\nFecha de factura: {issued}\nVencimiento: {due}\nImporte pendiente: {amount}\n\n"
        "Puede realizar el pago por transferencia a la cuenta que figura en la factura, indicando su número. Si ya ha efectuado el pago, le agradeceríamos que nos indicara la fecha y la referencia. Si hay algo en la factura que no sea correcto, responda a este correo y lo revisaremos.\n\n"
        "Muchas gracias y un saludo,\n\n"
        "Departamento de Cobros\nHollyhock Removals & Storage Ltd"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is de onderstaande factuur vervallen en nog niet voldaan:\n\n"
        "Factuurnummer: {inv}\nFactuurdatum: {issued}\nVervaldatum: {due}\nOpenstaand bedrag: {amount}\n\n"
        "U kunt het bedrag overmaken naar de rekening op de factuur, onder vermelding van het factuurnummer. Heeft u al betaald, laat ons dan de datum en het kenmerk van de betaling weten. Klopt er iets niet aan de factuur, beantwoord dan deze e-mail en wij zoeken het uit.\n\n"
        "Hartelijk dank en met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nHollyhock Removals & Storage Ltd"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalla nostra contabilità risulta scaduta e non ancora saldata la fattura indicata di seguito:\n\n"
        "Numero fattura: {inv}\nData fattura: {issued}\nScadenza: {due}\nImporto da saldare: {amount}\n\n"
        "Il pagamento può essere effettuato con bonifico sul conto indicato in fattura, citandone il numero. Se avete già pagato, vi chiediamo cortesemente di comunicarci data e riferimento del pagamento. Se qualcosa nella fattura non vi torna, rispondete pure a questa e-mail e verificheremo.\n\n"
        "Grazie e cordiali saluti,\n\n"
        "Ufficio Crediti\nHollyhock Removals & Storage Ltd"
    ),
}
# What a client with a single-byte charset sends for characters its charset lacks.
CHARSET_FALLBACK = {
    "–": "-",
    "—": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "·": "-",
    "\u202f": "\u00a0",
}


def date_fields(lang: str, dt: datetime) -> dict[str, str]:
    """Every piece a client needs to print a date and time in a locale."""
    weekdays, weekdays_short = (x.split(" ") for x in DAYS[lang])
    months, months_short = (x.split(" ") for x in MONTHS[lang])
    return {
        "weekday": weekdays[dt.weekday()],
        "wd": weekdays_short[dt.weekday()],
        "month": months[dt.month - 1],
        "mon": months_short[dt.month - 1],
        "day": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "year": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "hh": f"{dt.hour:02d}",
        "h": str(dt.hour),
        "mm": f"{dt.minute:02d}",
    }


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it for a reader of ``lang``."""
    units, cents = amount.split(".")
    grouped = f"{int(units):,}"
    symbol = {"GBP": "£", "EUR": "€"}[currency]
    if lang == "en":
        return f"{symbol}{grouped}.{cents}"
    grouped = grouped.replace(",", "\u202f" if lang == "fr" else ".")
    if lang in {"nl", "it"}:
        return f"{symbol} {grouped},{cents}"
    return f"{grouped},{cents}\u00a0{symbol}"


def fit_charset(text: str, charset: str) -> str:
    """Replace what a single-byte client cannot send (Latin-1 has no euro sign or dashes)."""
    if charset == "utf-8":
        return text
    out = []
    for ch in text:
        try:
            ch.encode(charset)
        except UnicodeEncodeError:
            ch = CHARSET_FALLBACK[ch]
        out.append(ch)
    return "".join(out)


# --------------------------------------------------------------------------------------------
# The hand-written messages: one dataclass for everything a customer's side sends
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """A message from a customer's side: its sender, client, hand-written text and labels.

    ``when`` is the sender's wall-clock time; the UTC offset follows from ``uk`` (by default
    English-language senders are in the UK and everyone else in central Europe).
    """

    key: str
    intent: str
    lang: str
    who: tuple[str, str]
    when: str
    style: str
    body: str
    labels: Mapping[str, object] = field(default_factory=dict)
    inv: str = ""
    amount: str = ""
    cur: str = ""
    uk: bool | None = None
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    to: tuple[str, str] | None = None
    cc: tuple[str, str] | None = None
    markup: str = ""
    threaded: bool = True
    bottom: bool = False

    @property
    def in_uk(self) -> bool:
        """Whether the sender writes from the UK."""
        return self.lang == "en" if self.uk is None else self.uk

    @property
    def dt(self) -> datetime:
        """The Date: of the message, in the sender's zone."""
        return stamp(self.when, self.in_uk)

    @property
    def currency(self) -> str:
        """The currency the customer is invoiced in."""
        return self.cur or ("GBP" if self.in_uk else "EUR")

    @property
    def invoice(self) -> str:
        """The invoice number the reminder was about."""
        return self.inv or derived_invoices()[self.key]

    @property
    def due(self) -> str:
        """The amount the reminder asked for, as a decimal string."""
        if self.amount:
            return self.amount
        n = number(self.key, "amount")
        return f"{240 + n % 3600}.{n // 3600 % 20 * 5:02d}"

    @property
    def recipient(self) -> tuple[str, str]:
        """Who the reminder was addressed to (usually the sender)."""
        return self.to or self.who


def lab(refs: tuple[str, ...] = (), note: str | None = None, **fields: str) -> dict[str, object]:
    """Label fields beyond intent and language; ``refs`` are the invoice numbers in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------

# Headers are folded where the client folds them (RFC 2047 words); long ids stay on one line.
OUTPUT_POLICY = policy.compat32.clone(max_line_length=998)
CTE_CODES = {"qp": cs.QP, "b64": cs.BASE64}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """One text part in the charset and transfer encoding the client would choose."""
    text.encode(charset)  # the hand-written text must fit the declared charset
    chosen = cs.Charset(charset)
    # No code for 8bit or 7bit: no transfer encoding, the generator picks which of the two.
    chosen.body_encoding = CTE_CODES.get(cte)  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def header_text(value: str, charset: str, name: str = "Subject", way: str = "q") -> str:
    """A header value as the client encodes it: RFC 2047 encoded-words when it is not ASCII.

    ``way`` is the client's habit: "q" (quoted-printable words), "Q" (the same with an
    upper-case charset name, as Gmail writes it) or "b" (base64 words, as Outlook does for UTF-8).
    """
    if value.isascii():
        return value
    chosen = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(chosen)
    except UnicodeEncodeError:
        chosen = "utf-8"
    words = cs.Charset(chosen)
    words.header_encoding = cs.BASE64 if way == "b" and chosen == "utf-8" else cs.QP
    encoded = Header(value, words, header_name=name).encode()
    if way == "Q":  # Gmail: =?UTF-8?Q?…?=
        return encoded.replace(f"=?{chosen}?q?", f"=?{chosen.upper()}?Q?")
    return encoded.replace(f"=?{chosen}?b?", f"=?{chosen}?B?")  # Outlook: =?utf-8?B?…?=


def header_way(style: str) -> str:
    """How a client writes encoded-words (see ``header_text``)."""
    if style in {"gmail", "gmail_plain"}:
        return "Q"
    return "b" if style in OUTLOOK_FAMILY else "q"


def address(name: str, addr: str, charset: str, way: str = "q") -> str:
    """A From/To/Cc address with the display name encoded the client's way."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, charset, 'From', way)} <{addr}>"


def plain_to_html(text: str) -> str:
    """Escaped lines joined with <br>, paragraphs in <p>."""
    paragraphs = text.split("\n\n")
    return "\n".join(
        "<p>" + "<br>\n".join(html.escape(x, quote=False) for x in p.split("\n")) + "</p>"
        for p in paragraphs
    )


def quote_lines(text: str) -> str:
    """``>``-quoting, as Gmail, Apple Mail and iPhone write it."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def flowed(text: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft line breaks end in a space; quoted lines keep their ``>``."""
    out: list[str] = []
    for line in text.split("\n"):
        lead = ""
        if line.startswith(">"):
            depth = len(line) - len(line.lstrip(">"))
            lead, line = ">" * depth + " ", line[depth:].removeprefix(" ")
            if not line:
                out.append(lead.rstrip())
                continue
        elif line.startswith((" ", "From ")):
            line = " " + line  # space-stuffing
        words = line.rstrip(" ").split(" ")
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if current and len(lead) + len(candidate) > width:
                out.append(lead + current + " ")
                current = word
            else:
                current = candidate
        out.append(lead + current)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# The reminder being answered, as each client shows it
# --------------------------------------------------------------------------------------------


def reminder_subject(lang: str, inv: str) -> str:
    """The reminder's subject line."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, inv: str, amount: str, currency: str) -> str:
    """The reminder's text as Hollyhock sent it (UTF-8)."""
    fmt = DATE_FORMAT[lang]
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=INVOICE_DATE.strftime(fmt),
        due=DUE_DATE.strftime(fmt),
        amount=money(amount, currency, lang),
    )


def reminder_sent(key: str, reply: datetime, zone: timezone | None = None) -> datetime:
    """The reminder left Hollyhock (UK time) on the working day before the reply, after 8.30.

    It is shown in the zone of whoever displays it.
    """
    day = reply.date() - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    naive = datetime.combine(day, time(8, 30 + number(key, "sent") % 25, number(key, "sec") % 60))
    sent = naive.replace(tzinfo=local_zone(naive, True))
    return sent.astimezone(zone or reply.tzinfo)


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client quotes it."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def make_quote(r: Reply) -> Quote:
    """What ``r`` quotes, in the sender's language, charset and time zone."""
    text = fit_charset(reminder_body(r.lang, r.invoice, r.due, r.currency), r.charset)
    subject = fit_charset(reminder_subject(r.lang, r.invoice), r.charset)
    name, addr = r.recipient
    return Quote(
        text,
        subject,
        reminder_sent(r.key, r.dt),
        r.lang,
        f"{name} <{addr}>" if name else addr,
    )


def outlook_block(q: Quote) -> list[str]:
    """The From/Sent/To/Subject lines Outlook puts above a quoted message."""
    _, frm, sent, to, subj, sep = OUTLOOK_LABELS[q.lang]
    when = OUTLOOK_SENT[q.lang].format(**date_fields(q.lang, q.sent))
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{when}",
        f"{to}{sep}{q.to}",
        f"{subj}{sep}{q.subject}",
    ]


def attribution(table: Mapping[str, str], q: Quote) -> str:
    """An "On … wrote:" line in the sender's language."""
    return table[q.lang].format(**date_fields(q.lang, q.sent), name=AR_NAME, addr=AR_ADDR)


# --------------------------------------------------------------------------------------------
# Client layouts
# --------------------------------------------------------------------------------------------


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative with the plain part first."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup, the body, the divider div and the quoted reminder."""
    _, *labels, sep = OUTLOOK_LABELS[q.lang]
    rows = zip(labels, outlook_block(q), strict=True)
    head = "<br>\n".join(
        f"<b>{html.escape(label + sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for label, line in rows
    )

    def paragraphs(text: str) -> str:
        return "\n".join(
            f'<p class="MsoNormal">{html.escape(line, quote=False)}<o:p></o:p></p>'
            if line
            else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            for line in text.split("\n")
        )

    tag = "EN-GB" if r.lang == "en" else r.lang.upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif; mso-ligatures:standardcontextual;}\n'
        'span.EmailStyle19 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{tag}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
        f"{paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}<o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised "Original Message" divider."""
    block = "\n".join([OUTLOOK_LABELS[q.lang][0], *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative, Word markup and the divider div."""
    plain = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def style_html_only(r: Reply, q: Quote) -> Message:
    """Outlook HTML sent without a plain-text alternative."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64, the app's signature, then the quoted header block."""
    block = "\n".join(outlook_block(q))
    return text_part(
        f"{r.body}\n\n{ANDROID_SIG[q.lang]}\n{'_' * 32}\n{block}\n\n{q.text}\n",
        "plain",
        r.charset,
        "b64",
    )


def gmail_html(text: str) -> str:
    """Gmail's composer markup: one div per line, an empty line is <div><br></div>."""
    return "".join(
        f"<div>{html.escape(line, quote=False)}</div>" if line else "<div><br></div>"
        for line in text.split("\n")
    )


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail multipart/alternative, the quote inside a gmail_quote blockquote."""
    attr = attribution(GMAIL_ATTR, q)
    plain = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{gmail_html(r.body)}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attr, quote=False)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f'<div dir="ltr">{gmail_html(q.text)}</div></blockquote></div>\n'
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: ``>`` quoting, reply on top (or below, when ``bottom``)."""
    attr = attribution(GMAIL_ATTR, q)
    text = (
        f"{attr}\n{quote_lines(q.text)}\n\n{r.body}\n"
        if r.bottom
        else f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    )
    return text_part(text, "plain", r.charset, r.cte)


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{r.body}\n\n{attribution(APPLE_ATTR, q)}\n\n{quote_lines(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: the localised signature, then the attribution inside the quote."""
    quoted = quote_lines(f"{attribution(APPLE_ATTR, q)}\n\n{q.text}")
    return text_part(f"{r.body}\n\n{IPHONE_SIG[q.lang]}\n\n{quoted}\n", "plain", r.charset, r.cte)


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed, the attribution right above the quote; bottom-posting if ``bottom``."""
    attr = attribution(THUNDERBIRD_ATTR, q)
    raw = (
        f"{attr}\n{quote_lines(q.text)}\n\n{r.body}\n"
        if r.bottom
        else f"{r.body}\n\n{attr}\n{quote_lines(q.text)}\n"
    )
    part = text_part(flowed(raw), "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def style_notice(r: Reply, q: Quote) -> Message:
    """An automatic notice (auto-reply, ticket acknowledgement, payment advice): quotes nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_notice_html(r: Reply, q: Quote) -> Message:
    """An automatic notice with an HTML alternative."""
    del q
    markup = (
        r.markup
        or f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head><body>\n{plain_to_html(r.body)}\n</body></html>\n'
    )
    return alternative(
        text_part(r.body + "\n", "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


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
    "notice_html": style_notice_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.100.1.2)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23A341)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}
BOUNDARY_PREFIX = {
    "gmail": "00000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
}


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the sending client's, derived from the key."""
    domain = r.who[1].split("@")[1]
    raw = digest(r.key, "message-id")
    if r.style in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.style in OUTLOOK_FAMILY:
        farm = "GBRP265" if r.in_uk else "EURP195"
        box = f"{'LO' if r.in_uk else 'AM'}{2 + raw[0] % 7}P{265 if r.in_uk else 195}MB{1000 + int.from_bytes(raw[1:3], 'big') % 9000}"
        return f"<{box}{raw[3:19].hex().upper()}@{box}.{farm}.PROD.OUTLOOK.COM>"
    if r.style in {"apple", "iphone"}:
        return f"<{uuid_like(r.key, 'message-id')}@{domain}>"
    if r.style == "thunderbird":
        return f"<{raw[:4].hex()}-{raw[4:6].hex()}-{raw[6:8].hex()}-{raw[8:10].hex()}-{raw[10:16].hex()}@{domain}>"
    return f"<{raw[:12].hex()}.{number(r.key, 'notice') % 100000}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject the client writes (or the one given by hand, with ``{rsub}`` for the reminder's)."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    return (OUTLOOK_RE[q.lang] if r.style in OUTLOOK_FAMILY else "Re: ") + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The Exchange headers an Outlook message carries."""
    return [
        ("Thread-Topic", header_text(q.subject, r.charset, "Thread-Topic", "b")),
        ("Thread-Index", base64.b64encode(digest(r.key, "thread-index")[:22]).decode()),
        ("Accept-Language", f"{OUTLOOK_LANG[r.lang]}, en-US"),
        ("Content-Language", OUTLOOK_LANG[r.lang]),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def content_headers_last(msg: Message) -> None:
    """Move the MIME headers below the others, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def subparts(part: Message) -> list[Message]:
    """The direct children of a multipart or message/* part."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return [p for p in payload if isinstance(p, Message)]
    return []


def strip_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        strip_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def finalize(msg: Message, key: str, prefix: str) -> Message:
    """Header order, MIME-Version only on top, deterministic boundaries."""
    content_headers_last(msg)
    strip_inner_versions(msg)
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        tail = digest(key, f"boundary{n}").hex()
        part.set_boundary(
            prefix + (tail[:17] if prefix.startswith("0") else b32(key, f"boundary{n}", 24))
        )
    return msg


def build_reply(r: Reply) -> Message:
    """The whole message for one hand-written reply or notice."""
    q = make_quote(r)
    msg = STYLES[r.style](r, q)
    msg["From"] = address(*r.who, r.charset, header_way(r.style))
    msg["To"] = AR_ADDR if r.style in {"notice", "notice_html"} else formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = address(*r.cc, r.charset, header_way(r.style))
    msg["Subject"] = header_text(reply_subject(r, q), r.charset, "Subject", header_way(r.style))
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.style, ()), *r.headers]:
        msg[name] = value
    prefix = BOUNDARY_PREFIX.get(
        r.style, "_000_" if r.style in OUTLOOK_FAMILY else "----=_NextPart_"
    )
    return finalize(msg, r.key, prefix)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS_ALL = ("X-Auto-Response-Suppress", "All")
SUPPRESS_OOF = ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")
X_AUTOREPLY = ("X-Autoreply", "yes")

NORTHMOOR_ADVICE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p><b>REMITTANCE ADVICE</b></p>
<p>Northmoor University &ndash; Finance Office, Accounts Payable<br>
This is an automatically generated message. Please do not reply to this address.</p>
<table border="0" cellpadding="2" cellspacing="0">
<tr><td>Supplier:</td><td>HOLLYHOCK REMOVALS &amp; STORAGE LTD</td></tr>
<tr><td>Supplier number:</td><td>0041882</td></tr>
<tr><td>Payment date:</td><td>14/08/2031</td></tr>
<tr><td>Payment method:</td><td>BACS</td></tr>
<tr><td>Payment reference:</td><td>NU-BACS-0814-20377</td></tr>
</table>
<br>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Your invoice</th><th align="left">Our document</th><th align="right">Amount (GBP)</th></tr>
<tr><td>HRS-50388</td><td>5100723311</td><td align="right">1,240.00</td></tr>
<tr><td>HRS-50417</td><td>5100723590</td><td align="right">3,015.50</td></tr>
<tr><td colspan="2"><b>Total paid</b></td><td align="right"><b>4,255.50</b></td></tr>
</table>
<p>Funds should reach your account within three working days. Queries about this payment should be raised through the Finance Service Desk, quoting the payment reference.</p>
</body></html>
"""

PAYMENT_SENT = [
    Reply(
        "ps-en-advice",
        "payment_sent",
        "en",
        (
            "Northmoor University Accounts Payable",
            "ap.remittances@northmoor-uni.example",
        ),
        "2031-08-14 06:12",
        "notice_html",
        "REMITTANCE ADVICE\n\nNorthmoor University – Finance Office, Accounts Payable\nThis is an automatically generated message. Please do not reply to this address.\n\nSupplier: HOLLYHOCK REMOVALS & STORAGE LTD\nSupplier number: 0041882\nPayment date: 14/08/2031\nPayment method: BACS\nPayment reference: NU-BACS-0814-20377\n\nYour invoice    Our document    Amount (GBP)\nHRS-50388       5100723311          1,240.00\nHRS-50417       5100723590          3,015.50\n\nTotal paid: 4,255.50\n\nFunds should reach your account within three working days. Queries about this payment should be raised through the Finance Service Desk, quoting the payment reference.",
        lab(
            ("HRS-50388", "HRS-50417"),
            paid_date="2031-08-14",
            payment_reference="NU-BACS-0814-20377",
            amount="4255.50",
            currency="GBP",
            note="AP-system remittance advice covering two invoices; the total is the amount paid",
        ),
        subject="Remittance Advice - Hollyhock Removals & Storage Ltd - NU-BACS-0814-20377",
        markup=NORTHMOOR_ADVICE_HTML,
        threaded=False,
        headers=(AUTO_GENERATED, SUPPRESS_ALL),
    ),
    Reply(
        "ps-en-oneword",
        "payment_sent",
        "en",
        ("Dave Okafor", "dave@okafor-photography.example"),
        "2031-08-05 19:41",
        "iphone",
        "Paid.",
        lab(note="one-word reply; no date"),
    ),
    Reply(
        "ps-en-receipt",
        "payment_sent",
        "en",
        ("Rachel Hume", "practice.manager@greyfriarsdental.example"),
        "2031-08-12 09:26",
        "outlook",
        "Hi,\n\nI paid this on Friday over the phone with the practice card – your colleague Marcus took the payment, £742.80. I didn't get a receipt though, so could you email me a copy of the invoice marked as paid please? Our accountant needs it for the quarter end.\n\nThanks,\nRachel\n\nRachel Hume\nPractice Manager\nGreyfriars Dental Practice\n0113 496 0572",
        lab(
            paid_date="2031-08-08",
            amount="742.80",
            currency="GBP",
            note="paid by card last Friday (the Friday before Tue 12 Aug); the request for a receipted copy is secondary",
        ),
        amount="742.80",
        headers=(SUPPRESS_OOF,),
    ),
    Reply(
        "ps-de-kanzlei",
        "payment_sent",
        "de",
        ("Sauer, Monika", "m.sauer@albrecht-partner-recht.example"),
        "2031-08-11 14:05",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung HRS-50433 über 2.184,00 € wurde von uns bereits am 06.08.2031 per Überweisung beglichen. Die Gutschrift auf Ihrem Konto hat sich vermutlich mit Ihrem Schreiben überschnitten.\n\nSollte der Betrag bis Ende der Woche nicht bei Ihnen eingegangen sein, geben Sie uns bitte kurz Bescheid.\n\nMit freundlichen Grüßen\n\ni. A. Monika Sauer\nSekretariat Dr. Albrecht\n\nAlbrecht & Partner Rechtsanwälte mbB\nMünchen",
        lab(("HRS-50433",), paid_date="2031-08-06", amount="2184.00", currency="EUR"),
        inv="HRS-50433",
        amount="2184.00",
    ),
    Reply(
        "ps-de-privat",
        "payment_sent",
        "de",
        ("Jörg Wendland", "j.wendland83@gmail.com"),
        "2031-08-18 21:47",
        "gmail_plain",
        "hallo\ndas hab ich doch letzte woche schon überwiesen meine frau hat das am dienstag gemacht glaub ich, 1.960 euro auf das konto was auf der rechnung steht\nbitte nochmal nachschaun\ngruß J. Wendland",
        lab(
            paid_date="2031-08-12",
            amount="1960.00",
            currency="EUR",
            note="no punctuation, hedged ('glaub ich') but the day is named: Tuesday of last week, seen from Mon 18 Aug",
        ),
        amount="1960.00",
    ),
    Reply(
        "ps-fr-matin",
        "payment_sent",
        "fr",
        ("Camille Roussel", "camille.roussel@orange.fr"),
        "2031-08-07 08:55",
        "iphone",
        "Réglé ce matin par virement.\nBonne journée",
        lab(paid_date="2031-08-07", note="'ce matin' is the message date"),
    ),
    Reply(
        "ps-fr-archi",
        "payment_sent",
        "fr",
        ("Lucie Marchal", "compta@atelier-marchal-archi.example"),
        "2031-08-22 11:38",
        "outlook_html",
        "Bonjour,\n\nNous accusons réception de votre relance. Le règlement de la facture HRS-50461, d’un montant de 3 960,00 €, a été ordonné le 20 août par notre service comptable (référence de l’ordre de virement : VIR-2031-0877). Compte tenu des délais interbancaires, il devrait apparaître sur votre compte en début de semaine prochaine.\n\nNous vous remercions de bien vouloir vérifier à réception et restons à votre disposition.\n\nBien cordialement,\n\nLucie Marchal\nResponsable administrative et financière\nAtelier Marchal Architectes – 12 quai des Célestins, Lyon",
        lab(
            ("HRS-50461",),
            paid_date="2031-08-20",
            payment_reference="VIR-2031-0877",
            amount="3960.00",
            currency="EUR",
            note="transfer ordered on 20 Aug: sent, even though it has not yet arrived",
        ),
        inv="HRS-50461",
        amount="3960.00",
        charset="windows-1252",
    ),
    Reply(
        "ps-es-hecho",
        "payment_sent",
        "es",
        ("Nuria Campos", "nuria.campos@camposyvela.example"),
        "2031-08-19 13:02",
        "iphone",
        "Hecho.",
        lab(note="one-word 'hecho' (done) answering a payment reminder; no date"),
    ),
    Reply(
        "ps-es-universidad",
        "payment_sent",
        "es",
        ("Inmaculada Serrano Prieto", "contabilidad.proveedores@uvaldeorras.example"),
        "2031-08-26 10:17",
        "gmail",
        "Estimados señores:\n\nEn respuesta a su recordatorio, les comunicamos que con fecha 25/08/2031 se ha ordenado la transferencia correspondiente a la factura HRS-50502, por importe de 1.875,40 €, dentro de la propuesta de pago n.º 2031/004417.\n\nEl abono puede tardar entre dos y tres días hábiles en reflejarse en su cuenta.\n\nAtentamente,\n\nInmaculada Serrano Prieto\nSección de Gestión de Pagos\nServicio de Contabilidad y Presupuestos\nUniversidad de Valdeorras",
        lab(
            ("HRS-50502",),
            paid_date="2031-08-25",
            payment_reference="2031/004417",
            amount="1875.40",
            currency="EUR",
        ),
        inv="HRS-50502",
        amount="1875.40",
        cte="b64",
    ),
    Reply(
        "ps-nl-bankapp",
        "payment_sent",
        "nl",
        ("Sanne de Groot", "sannedegroot@hotmail.com"),
        "2031-08-05 20:14",
        "iphone",
        "Hoi,\n\nVolgens mij hebben we dit al betaald? Even gecheckt in de bank app en ja, op 1 augustus € 685,00 overgemaakt. Ik had alleen onze achternaam als omschrijving gezet, niet het factuurnummer, misschien is het daarom niet gevonden?\n\nGroetjes, Sanne",
        lab(
            paid_date="2031-08-01",
            amount="685.00",
            currency="EUR",
            note="opens with a question, then confirms the transfer from the banking app",
        ),
        amount="685.00",
    ),
    Reply(
        "ps-nl-gemeente",
        "payment_sent",
        "nl",
        ("Gemeente Zuiderveen", "crediteuren-noreply@zuiderveen.example"),
        "2031-08-19 05:40",
        "notice",
        "BETAALSPECIFICATIE\n\nGemeente Zuiderveen heeft vandaag de onderstaande betaling aan u verricht.\nDit bericht is automatisch aangemaakt; antwoorden op dit adres worden niet gelezen.\n\nCrediteur: Hollyhock Removals & Storage Ltd\nCrediteurnummer: 208815\nBetaaldatum: 19-08-2031\nBetalingskenmerk: 4031 0819 2270 5516\n\nFactuurnummer   Factuurdatum   Bedrag\nHRS-50476       30-06-2031     € 2.360,00\nHRS-50481       30-06-2031     €   412,50\n\nTotaal betaald: € 2.772,50\n\nVragen over deze betaling? Neem contact op met het Klant Contact Centrum, team Crediteurenadministratie, en vermeld daarbij het betalingskenmerk.",
        lab(
            ("HRS-50476", "HRS-50481"),
            paid_date="2031-08-19",
            payment_reference="4031 0819 2270 5516",
            amount="2772.50",
            currency="EUR",
            note="municipal AP payment specification; the total is the amount paid",
        ),
        subject="Betaalspecificatie 19-08-2031 – crediteurnummer 208815",
        threaded=False,
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ps-it-studio",
        "payment_sent",
        "it",
        ("Paola Bassi", "amministrazione@studiogallobertini.example"),
        "2031-08-27 16:20",
        "outlook",
        "Buongiorno,\n\nvi informo che il pagamento della fattura HRS-50455 è stato disposto ieri con bonifico ordinario, importo EUR 1.470,00, CRO 1203447700129987.\n\nVi pregherei di aggiornare la vostra posizione contabile. Restiamo a disposizione per eventuali verifiche.\n\nDistinti saluti\n\nPaola Bassi\nSegreteria amministrativa\nStudio Legale Gallo Bertini",
        lab(
            ("HRS-50455",),
            paid_date="2031-08-26",
            payment_reference="1203447700129987",
            amount="1470.00",
            currency="EUR",
        ),
        inv="HRS-50455",
        amount="1470.00",
        charset="iso-8859-1",
        cte="8bit",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-run",
        "promise_to_pay",
        "en",
        ("Accounts Payable - Kestrel Biotech", "accounts.payable@kestrelbio.example"),
        "2031-08-12 15:48",
        "outlook_html",
        "Hello,\n\nThank you for your email. Invoice HRS-50409 has been approved by the budget holder and is scheduled for Friday’s payment run on the 15th. Funds normally clear two working days after the run.\n\nKind regards,\n\nNisha Patel\nAccounts Payable Shared Services\nKestrel Biotech plc\nPlease quote our supplier number KB-SUP-10442 on all correspondence.",
        lab(
            ("HRS-50409",),
            promised_date="2031-08-15",
            note="'has been approved and is scheduled' announces a future payment; the run date, not the clearing date",
        ),
        inv="HRS-50409",
    ),
    Reply(
        "pp-en-caps",
        "promise_to_pay",
        "en",
        ("Gary Fenn", "gary@fennbuilders.example"),
        "2031-08-22 07:12",
        "android",
        "SORRY MATE BEEN ON SITE ALL WEEK. WILL PAY NEXT THURSDAY WHEN THE BIG JOB PAYS OUT",
        lab(
            promised_date="2031-08-28",
            note="all caps from a phone; 'next Thursday' written on Fri 22 Aug is the coming Thursday; the condition does not stop it being a promise",
        ),
    ),
    Reply(
        "pp-en-ramble",
        "promise_to_pay",
        "en",
        ("Margaret Ashworth", "mags.ashworth@gmail.com"),
        "2031-08-20 22:31",
        "gmail",
        "Dear all at Hollyhock,\n\nI’m so sorry this has slipped through. It’s been a mad few weeks since the move — we’re still living out of boxes in half the rooms and the piano is in the dining room because it wouldn’t go up the stairs (not your lads’ fault, the banister is Victorian and apparently holding up half the landing!). Your team were wonderful by the way, especially the young man with the beard who wrapped all of Geoffrey’s model ships one by one.\n\nAnyway. I had meant to pay this when it came in but Geoffrey does the bank and he’s been in hospital with his knee. He’s home now and on the mend. I’ll pay it myself on the 29th when my pension comes in, if that’s all right – I hope a few more days won’t cause a problem.\n\nCould one of your drivers also pick up the empty crates at some point? They’re stacked in the garage and I’d like the car back in there before the winter.\n\nWith very best wishes,\nMargaret Ashworth",
        lab(
            promised_date="2031-08-29",
            note="long, rambling; the promise is buried in the middle; the crate collection request is secondary",
        ),
    ),
    Reply(
        "pp-de-kw",
        "promise_to_pay",
        "de",
        ("Tobias Reuter", "kreditoren@brenner-maschinenbau.example"),
        "2031-08-12 10:52",
        "outlook",
        "Guten Tag,\n\nIhre Rechnung HRS-50437 wurde inzwischen sachlich und rechnerisch geprüft und zur Zahlung freigegeben. Die Überweisung erfolgt mit unserem Zahllauf in KW 34.\n\nFreundliche Grüße\nTobias Reuter\nKreditorenbuchhaltung\nBrenner Maschinenbau GmbH",
        lab(
            ("HRS-50437",),
            promised_date="2031-08-18",
            note="past tense 'freigegeben' announces a future payment; a calendar week resolves to its Monday, as 'next week' does",
        ),
        inv="HRS-50437",
    ),
    Reply(
        "pp-de-urlaub",
        "promise_to_pay",
        "de",
        ("Katrin Mohr", "k.mohr@mohr-grafik.example"),
        "2031-08-08 17:20",
        "iphone",
        "Hallo, nein, noch nicht bezahlt, sorry – war zwei Wochen im Urlaub und hab die Post erst heute gesehen. Überweise ich nächste Woche Donnerstag.\nLG Katrin",
        lab(
            promised_date="2031-08-14",
            note="'noch nicht' negates a payment; promise for Thursday of next week, seen from Fri 8 Aug",
        ),
    ),
    Reply(
        "pp-fr-findemois",
        "promise_to_pay",
        "fr",
        ("Hélène Garnier", "h.garnier@editions-lanterne.example"),
        "2031-08-06 11:40",
        "thunderbird",
        "Bonjour,\n\nEffectivement, cette facture n'est pas encore passée : nos règlements fournisseurs se font fin de mois, elle partira donc avec le prochain virement groupé.\n\nBonne journée,\n\nHélène Garnier\nÉditions de la Lanterne",
        lab(
            promised_date="2031-08-31",
            note="'fin de mois' → last day of the current month",
        ),
        cte="8bit",
    ),
    Reply(
        "pp-fr-mandat",
        "promise_to_pay",
        "fr",
        (
            "Service facturier - Université de Haute-Brenne",
            "facturier@univ-hautebrenne.example",
        ),
        "2031-08-21 09:15",
        "outlook_html",
        "Madame, Monsieur,\n\nNous faisons suite à votre relance concernant la facture HRS-50449 (transfert des archives du laboratoire de géographie).\n\nCette facture a été mandatée le 19 août. Conformément aux délais de la comptabilité publique, le virement interviendra au plus tard le 15/09/2031.\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nService facturier\nDirection des affaires financières\nUniversité de Haute-Brenne",
        lab(
            ("HRS-50449",),
            promised_date="2031-09-15",
            note="'mandatée' is past tense but in public accounting only orders the payment; the transfer comes by 15/09",
        ),
        inv="HRS-50449",
    ),
    Reply(
        "pp-es-finales",
        "promise_to_pay",
        "es",
        ("Jorge Méndez", "jorge@reformasmendez.example"),
        "2031-08-14 18:03",
        "iphone",
        "Buenas, lo pagamos a finales de mes sin falta. Perdon por el retraso\nJorge",
        lab(
            promised_date="2031-08-31",
            note="'a finales de mes' → last day of the month",
        ),
    ),
    Reply(
        "pp-es-remesa",
        "promise_to_pay",
        "es",
        ("Beatriz Olmedo", "beatriz.olmedo@olmedo-asesores.example"),
        "2031-08-07 12:20",
        "gmail_plain",
        "Hola,\n\nOs confirmo que la factura HRS-50470 está incluida en la remesa de pagos del 22/08. Si después necesitáis el justificante, me lo decís.\n\nUn saludo,\nBeatriz Olmedo\nOlmedo Asesores",
        lab(
            ("HRS-50470",),
            promised_date="2031-08-22",
            note="'22/08' in Spanish day/month order",
        ),
        inv="HRS-50470",
    ),
    Reply(
        "pp-nl-notaris",
        "promise_to_pay",
        "nl",
        ("Pieter Jansen", "pieter.jansen@jansen-thuis.example"),
        "2031-08-11 20:55",
        "gmail",
        "Beste mensen van Hollyhock,\n\nExcuses voor de vertraging. De verkoop van ons oude huis is nog niet helemaal afgerond en tot die tijd is het krap bij ons. De overdracht bij de notaris is over twee weken; direct daarna maken we het volledige bedrag over.\n\nMet vriendelijke groet,\nPieter Jansen",
        lab(
            promised_date="2031-08-25",
            note="conditional on the house sale but dated: 'over twee weken' from Mon 11 Aug",
        ),
    ),
    Reply(
        "pp-it-finemese",
        "promise_to_pay",
        "it",
        ("Marco Donati", "m.donati@donati-ingegneria.example"),
        "2031-08-25 09:40",
        "outlook",
        "Buongiorno,\n\nci scusiamo per il ritardo, dovuto alla chiusura estiva dei nostri uffici. Provvederemo al saldo della fattura entro fine mese.\n\nCordiali saluti\nMarco Donati\nDonati Ingegneria S.r.l.",
        lab(promised_date="2031-08-31", note="'entro fine mese' → last day of the month"),
    ),
    Reply(
        "pp-it-lunedi",
        "promise_to_pay",
        "it",
        ("Luca Ferretti", "luca.ferretti76@libero.it"),
        "2031-08-21 23:10",
        "iphone",
        "ok pago lunedi scusate",
        lab(
            promised_date="2031-08-25",
            note="no accents, no punctuation; the Monday after Thu 21 Aug",
        ),
    ),
]

DISPUTE = [
    Reply(
        "d-en-solicitors",
        "dispute",
        "en",
        ("Jonathan Pike", "j.pike@fenwicklowe.example"),
        "2031-08-06 16:44",
        "outlook_html",
        "Dear Sir or Madam,\n\nWe have NOT paid invoice HRS-50402 and will not be doing so in its current form.\n\nYour quotation was for two crews of four over the weekend of 12–13 July. The invoice charges for three crews and a second full day. Our facilities manager was on site throughout: the move was complete by about 2pm on the Saturday and nobody from Hollyhock attended on the Sunday.\n\nIn addition, the glass top of the boardroom table was cracked during the move. This was pointed out to your supervisor at the time and photographs were taken.\n\nPlease issue a corrected invoice in line with the quotation and let us know how you propose to deal with the damage. We will settle the undisputed amount once we receive it.\n\nYours faithfully,\n\nJonathan Pike\nPractice Director\nFenwick & Lowe LLP",
        lab(
            ("HRS-50402",),
            note="negated payment with reasons (overcharge and damage); the corrected-invoice request and the conditional settlement are secondary",
        ),
        inv="HRS-50402",
    ),
    Reply(
        "d-en-partpaid",
        "dispute",
        "en",
        ("Sue Oduya", "finance@brackenridge-ha.example"),
        "2031-08-13 11:05",
        "gmail",
        "Hi,\n\nWe’ve paid £480.00 of this today, which covers the July storage. We’re not paying the other £310.00 – the “late return” charge for the crates. Your driver collected them from Mill Street on the 4th of July, which was the date agreed with your office (I’ve got the email confirming it). I’ve no idea why it shows as 11 days late.\n\nCan you take that charge off and send us an updated invoice showing the balance as nil?\n\nThanks,\nSue Oduya\nFinance Officer\nBrackenridge Housing Association",
        lab(note="paid part, disputes the rest: dispute wins over the payment claim"),
        amount="790.00",
    ),
    Reply(
        "d-en-crates",
        "dispute",
        "en",
        ("Tom Everett", "tom@everettandsons-joinery.example"),
        "2031-08-27 12:31",
        "iphone",
        "We never had 40 crates off you. We had 25, I signed for 25. Not paying for 40",
        lab(note="short, blunt quantity dispute"),
    ),
    Reply(
        "d-de-lager",
        "dispute",
        "de",
        ("Ingrid Lammers", "i.lammers@hausverwaltung-lammers.example"),
        "2031-08-05 09:12",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nmit Ihrer Rechnung HRS-50428 berechnen Sie Lagerkosten für den gesamten Monat Juli. Die eingelagerten Möbel unseres Mieters wurden jedoch bereits am 03.07.2031 von Ihrem eigenen Team ausgelagert und in die neue Wohnung geliefert; der Lieferschein liegt uns vor.\n\nWir bitten daher um Korrektur. Berechnet werden können allenfalls drei Tage. Bis zur Klärung wird die Rechnung nicht angewiesen.\n\nMit freundlichen Grüßen\n\nIngrid Lammers\nHausverwaltung Lammers & Sohn",
        lab(
            ("HRS-50428",),
            note="storage charged after the goods left; payment withheld until corrected",
        ),
        inv="HRS-50428",
        charset="iso-8859-1",
        cte="8bit",
        headers=(SUPPRESS_ALL,),
    ),
    Reply(
        "d-de-schrank",
        "dispute",
        "de",
        ("Felix Obermaier", "felix.obermaier@gmail.com"),
        "2031-08-16 10:27",
        "apple",
        "Hallo,\n\nbevor ich irgendwas bezahle: Beim Umzug nach München ist unser Kleiderschrank (Eiche massiv, ein Erbstück) an zwei Ecken abgeplatzt, und eine Tür hängt schief. Das habe ich Ihrem Fahrer noch am selben Abend gesagt und am nächsten Tag Fotos an Ihr Büro geschickt – bis heute keine Antwort.\n\nSolange der Schaden nicht geregelt ist, zahle ich die Rechnung nicht. Bitte melden Sie sich.\n\nFelix Obermaier",
        lab(note="damage claim; payment withheld"),
    ),
    Reply(
        "d-fr-devis",
        "dispute",
        "fr",
        ("Mathieu Carrel", "m.carrel@carrel-conseil.example"),
        "2031-08-19 14:50",
        "outlook_html",
        "Bonjour,\n\nNous ne pouvons pas régler la facture HRS-50451 en l'état. Le devis que nous avons signé le 2 juin prévoyait 2 450,00 EUR HT pour le transfert de nos bureaux ; vous nous facturez 2 980,00 EUR HT, sans aucune explication sur la différence.\n\nMerci de nous faire parvenir une facture conforme au devis ou, à défaut, le détail des prestations supplémentaires que vous estimez avoir effectuées.\n\nCordialement,\n\nMathieu Carrel\nCarrel Conseil",
        lab(
            ("HRS-50451",),
            note="price above the signed quotation; asking for the detail does not make it an invoice request",
        ),
        inv="HRS-50451",
        charset="iso-8859-1",
    ),
    Reply(
        "d-fr-cartons",
        "dispute",
        "fr",
        ("Sophie Lamarque", "sophie.lamarque@lamarque-famille.example"),
        "2031-08-09 15:12",
        "thunderbird",
        "Bonjour,\n\nJe reçois votre relance, mais je ne paierai pas tant que la question des cartons manquants ne sera pas réglée. Il en manquait deux à la livraison à Bordeaux, dont celui qui contenait la vaisselle de ma grand-mère. Votre chef d'équipe l'a noté sur le bon de livraison, je l'ai en photo.\n\nJ'ai écrit deux fois au service client, sans réponse. J'attends une proposition avant de régler quoi que ce soit.\n\nSophie Lamarque",
        lab(note="lost items; payment withheld"),
        cte="8bit",
    ),
    Reply(
        "d-es-almacenaje",
        "dispute",
        "es",
        ("Rocío Benítez Larrañaga", "administracion@fundacion-larranaga.example"),
        "2031-08-20 13:33",
        "outlook_html",
        "Buenos días:\n\nHemos recibido su recordatorio sobre la factura HRS-50488. No estamos conformes con el importe: se nos factura el almacenaje de todo el mes de julio, cuando las 64 cajas del archivo se retiraron de su nave el 27 de junio, como consta en el albarán firmado por su almacén.\n\nLes rogamos que anulen la factura o la rectifiquen. Mientras tanto, queda en suspenso su pago.\n\nUn cordial saludo,\n\nRocío Benítez Larrañaga\nAdministración\nFundación Archivo Larrañaga",
        lab(("HRS-50488",), note="storage billed after collection"),
        inv="HRS-50488",
    ),
    Reply(
        "d-nl-uren",
        "dispute",
        "nl",
        ("Ewout Brinkman", "e.brinkman@brinkman-dehaan.example"),
        "2031-08-13 17:05",
        "outlook",
        "Geachte heer/mevrouw,\n\nOp factuur HRS-50494 worden zes verhuizers gedurende negen uur in rekening gebracht. Op 8 juli waren er vier mensen aanwezig en zij waren om half drie klaar; dat kan onze office manager bevestigen.\n\nWij verzoeken u de factuur te crediteren en een nieuwe factuur te sturen op basis van de werkelijke inzet. Het huidige bedrag betalen wij niet.\n\nMet vriendelijke groet,\n\nmr. E. Brinkman\nBrinkman De Haan Advocaten",
        lab(
            ("HRS-50494",),
            note="hours and crew size disputed; the credit-and-reissue request is secondary",
        ),
        inv="HRS-50494",
    ),
    Reply(
        "d-nl-tafel",
        "dispute",
        "nl",
        ("Ruud Kok", "ruud@kok-installatietechniek.example"),
        "2031-08-26 08:14",
        "android",
        "Betaald? Nee. Er zit een kras over de hele lengte van onze vergadertafel sinds jullie verhuizing en niemand belt terug. Eerst dat oplossen.",
        lab(note="'Betaald? Nee.' negation; damage claim"),
    ),
    Reply(
        "d-it-disdetta",
        "dispute",
        "it",
        ("Chiara Venturi", "contabilita.storia@univ-valdarno.example"),
        "2031-08-05 10:02",
        "outlook_html",
        "Gentili signori,\n\nin riferimento al vostro sollecito relativo alla fattura HRS-50413, vi segnaliamo che il contratto di custodia dell’archivio è stato disdetto con PEC del 30 maggio 2031, con effetto dal 30 giugno. La fattura per il servizio di luglio non è pertanto dovuta.\n\nVi chiediamo di emettere nota di credito a storno integrale. Se necessario possiamo inviarvi copia della PEC e della ricevuta di consegna.\n\nCordiali saluti\n\ndott.ssa Chiara Venturi\nUfficio Contabilità\nDipartimento di Storia – Università del Valdarno",
        lab(("HRS-50413",), note="service cancelled before the billed period"),
        inv="HRS-50413",
    ),
    Reply(
        "d-it-doppione",
        "dispute",
        "it",
        ("Niccolò Sarti", "niccolo.sarti@gmail.com"),
        "2031-08-28 21:40",
        "gmail_plain",
        "Salve,\nquesta fattura è un doppione: il trasloco da Londra a Bologna me lo avete già fatturato con la HRS-50377, che ho pagato a giugno. Stesso importo, stessa data del servizio. Controllate per favore e annullatela.\nGrazie\nNiccolò Sarti",
        lab(
            ("HRS-50377",),
            note="duplicate billing; the payment mentioned is of the earlier invoice",
        ),
        cte="8bit",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-monthly",
        "payment_plan",
        "en",
        ("Leon Marsh", "leon@marshmobileaudio.example"),
        "2031-08-07 13:15",
        "gmail",
        "Hi there,\n\nI know this is overdue and I’m not trying to dodge it. Work has dried up since June – two festivals I was booked for got cancelled and I’m still chasing money from one of them.\n\nWould you accept £150 a month until it’s cleared? I can set up a standing order starting on the 1st of September. If you need more than that each month, tell me and I’ll see what I can do.\n\nCheers,\nLeon",
        lab(note="hardship and a monthly amount; plan dates and amounts are not labelled"),
    ),
    Reply(
        "pl-en-part",
        "payment_plan",
        "en",
        ("Harriet Quayle", "harriet@quaylefinearts.example"),
        "2031-08-18 10:50",
        "apple",
        "Hello,\n\nI’ve just transferred £600 towards this. The remaining £1,145.20 I’ll clear by the end of the month once our exhibition sales have come through.\n\nBest wishes,\nHarriet\n\nHarriet Quayle\nQuayle Fine Arts",
        lab(
            note="part paid now, the rest by the end of the month: payment_plan, not payment_sent or promise_to_pay"
        ),
        amount="1745.20",
    ),
    Reply(
        "pl-en-charity",
        "payment_plan",
        "en",
        ("Martin Gale", "m.gale@riversidecommunitytrust.example"),
        "2031-08-11 15:22",
        "outlook",
        "Good afternoon,\n\nThank you for the reminder. As a small charity we are finding the archive storage costs harder to absorb this year than we had budgeted for.\n\nWould Hollyhock agree to us paying the outstanding balance in three equal monthly instalments, the first on the 15th of this month? If so I will arrange it straight away. Our trustees are keen to keep the archive with you, so this is very much about cash flow rather than the service.\n\nKind regards,\n\nMartin Gale\nTreasurer, Riverside Community Trust",
        lab(note="instalments proposed; 'the 15th' is the first instalment, not labelled"),
    ),
    Reply(
        "pl-de-haelfte",
        "payment_plan",
        "de",
        ("Sabine Kühn", "s.kuehn@kuehn-messebau.example"),
        "2031-08-20 11:11",
        "outlook_html",
        "Guten Tag,\n\nleider ist unsere Liquidität nach dem Messeausfall im Juli angespannt. Wir haben heute die Hälfte des Rechnungsbetrags, 1.530,00 €, überwiesen. Den Rest würden wir gern bis Mitte September begleichen und hoffen, dass das für Sie in Ordnung ist.\n\nMit freundlichen Grüßen\n\nSabine Kühn\nKühn Messebau GmbH",
        lab(note="half paid today, the rest by mid-September: payment_plan"),
        amount="3060.00",
    ),
    Reply(
        "pl-de-raten",
        "payment_plan",
        "de",
        ("Dennis Hartung", "d.hartung@hartung-fotostudio.example"),
        "2031-08-28 19:44",
        "iphone",
        "Hallo, könnte ich das in 3 Raten zahlen? Je 400 € Anfang Sept, Okt und Nov. Der Umzug war teurer als gedacht. Danke!",
        lab(note="instalments"),
        amount="1200.00",
    ),
    Reply(
        "pl-fr-troisfois",
        "payment_plan",
        "fr",
        ("Amandine Leroux", "amandine.leroux@gmail.com"),
        "2031-08-12 21:05",
        "gmail",
        "Bonsoir,\n\nSerait-il possible de régler cette facture en trois fois ? Avec le déménagement j’ai changé de travail et mon premier salaire n’arrive que fin septembre. Je pourrais faire un premier versement de 300 € dès maintenant, puis le reste en deux fois, fin septembre et fin octobre.\n\nMerci d’avance pour votre compréhension,\nAmandine Leroux",
        lab(note="three instalments proposed; the first is offered, not made"),
    ),
    Reply(
        "pl-es-plazos",
        "payment_plan",
        "es",
        ("Sergio Vidal", "svidal@vidalinteriorismo.example"),
        "2031-08-05 09:37",
        "android",
        "Buenos días, ¿os parece bien que lo paguemos en dos plazos? La mitad esta semana y la otra mitad a finales de septiembre. Este verano vamos muy justos de tesorería. Gracias",
        lab(note="two instalments"),
    ),
    Reply(
        "pl-es-imprenta",
        "payment_plan",
        "es",
        ("Mercedes Aranda", "mercedes@imprenta-aranda.example"),
        "2031-08-25 12:08",
        "thunderbird",
        "Buenos días:\n\nLes escribo en nombre de la imprenta. Este año ha sido muy complicado: perdimos a nuestro principal cliente en primavera y el traslado del taller, que ustedes hicieron muy bien, por cierto, nos costó más de lo previsto.\n\nNo queremos dejar de pagar, pero ahora mismo no podemos abonar el total de una vez. ¿Sería posible fraccionar el importe en cuatro pagos mensuales a partir de septiembre? Si necesitan algún documento o una propuesta por escrito, díganmelo.\n\nUn saludo,\nMercedes Aranda\nImprenta Aranda",
        lab(note="hardship; bottom-posted below the quote"),
        charset="iso-8859-1",
        cte="8bit",
        bottom=True,
    ),
    Reply(
        "pl-nl-regeling",
        "payment_plan",
        "nl",
        ("Joost Verhoeven", "joost@verhoeven-klussen.example"),
        "2031-08-14 10:02",
        "gmail_plain",
        "Goedemorgen,\n\nIk kan de factuur op dit moment niet in één keer betalen. Zou een regeling mogelijk zijn van € 250 per maand? Dan begin ik op 1 september.\n\nGroet,\nJoost Verhoeven",
        lab(note="monthly arrangement"),
    ),
    Reply(
        "pl-nl-deel",
        "payment_plan",
        "nl",
        ("Fleur Bakker", "fleur@bakkerdesign.example"),
        "2031-08-21 16:40",
        "iphone",
        "Hoi! Heb vandaag € 400 overgemaakt, de rest volgt over twee weken als mijn klant betaalt heeft. Hoop dat dat oké is",
        lab(
            note="part now, the rest 'over twee weken': payment_plan; the date of the rest is not labelled"
        ),
    ),
    Reply(
        "pl-it-proroga",
        "payment_plan",
        "it",
        ("Giorgio Pellegrini", "g.pellegrini@pellegrini-restauri.example"),
        "2031-08-06 12:12",
        "outlook_html",
        "Buongiorno,\n\na causa di un ritardo negli incassi da parte di un committente pubblico, vi chiederei cortesemente una proroga di 60 giorni per il saldo della fattura n. 50442. Siamo vostri clienti da diversi anni e non è nostra abitudine pagare in ritardo.\n\nResto in attesa di un vostro riscontro.\n\nCordiali saluti\nGiorgio Pellegrini\nPellegrini Restauri s.a.s.",
        lab(
            ("HRS-50442",),
            note="asks for more time: payment_plan; 'n. 50442' normalised to HRS-50442",
        ),
        inv="HRS-50442",
    ),
    Reply(
        "pl-it-rate",
        "payment_plan",
        "it",
        ("Francesca Rinaldi", "francesca@rinaldi-studio.example"),
        "2031-08-29 08:25",
        "iphone",
        "Buongiorno, possiamo dividerla in 4 rate mensili da 600 euro? Se va bene parto con la prima la settimana prossima. Grazie Francesca",
        lab(note="instalments"),
        amount="2400.00",
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-po",
        "invoice_request",
        "en",
        (
            "Accounts Payable - St Aldhelm's College",
            "accounts@staldhelms-college.example",
        ),
        "2031-08-04 11:20",
        "outlook",
        "Dear Hollyhock Accounts,\n\nWe are unable to process invoice HRS-50396 as it does not quote a valid purchase order number. All invoices to the College must quote a PO; the PO for the July office moves is 4500219874.\n\nPlease reissue the invoice quoting the PO and send it to this address. Once we receive it, it will go into the next payment run.\n\nRegards,\n\nAccounts Payable\nSt Aldhelm's College",
        lab(
            ("HRS-50396",),
            note="payment conditional on a reissued invoice quoting the PO; nothing contested",
        ),
        inv="HRS-50396",
        headers=(SUPPRESS_ALL,),
    ),
    Reply(
        "ir-en-nevergot",
        "invoice_request",
        "en",
        ("Chloe Barnes", "chloe.barnes@hotmail.co.uk"),
        "2031-08-15 18:33",
        "iphone",
        "never got this invoice?? can u send it pls x",
        lab(note="mobile brevity; asks for the invoice"),
    ),
    Reply(
        "ir-en-embassy",
        "invoice_request",
        "en",
        ("Karin Lund", "admin.finance@embassy-bxl.example"),
        "2031-08-27 14:02",
        "outlook_html",
        "Dear Sir/Madam,\n\nThank you for your reminder regarding invoice HRS-50509.\n\nBefore the Embassy can release payment to a new supplier, our finance section requires the following:\n\n1. Your bank details (IBAN and BIC) on company letterhead, signed by an authorised person.\n2. Your company registration number and VAT number.\n\nPlease send these to this address. Payment will be made within 10 working days of receipt.\n\nKind regards,\n\nKarin Lund\nFinance Officer\nAdministration Section",
        lab(
            ("HRS-50509",),
            note="documents and bank details needed before paying; written from Brussels, so central-European time",
        ),
        inv="HRS-50509",
        uk=False,
    ),
    Reply(
        "ir-de-stiftung",
        "invoice_request",
        "de",
        ("Claudia Brandt", "c.brandt@stiftung-hansearchiv.example"),
        "2031-08-13 15:30",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung HRS-50439 liegt uns nur als Erinnerung vor, das Original ist bei uns nicht eingegangen. Als Stiftung benötigen wir außerdem eine Rechnung mit ausgewiesener Umsatzsteuer bzw. dem Hinweis auf die Steuerschuldnerschaft des Leistungsempfängers, sonst kann unser Steuerberater sie nicht verbuchen.\n\nBitte senden Sie uns eine entsprechende Rechnung als PDF. Die Zahlung erfolgt dann umgehend.\n\nMit freundlichen Grüßen\n\nClaudia Brandt\nVerwaltung\nStiftung Hanseatisches Archiv",
        lab(
            ("HRS-50439",),
            note="original never received and a VAT-compliant invoice needed before paying",
        ),
        inv="HRS-50439",
    ),
    Reply(
        "ir-fr-bon",
        "invoice_request",
        "fr",
        ("Nathalie Dubreuil", "n.dubreuil@groupe-aubrac.example"),
        "2031-08-18 10:10",
        "outlook",
        "Bonjour,\n\nAvant de pouvoir valider cette facture, notre contrôle de gestion a besoin du bon d’intervention signé et du détail des heures par équipe pour la journée du 24 juin. Pourriez-vous nous les transmettre ?\n\nMerci par avance,\n\nNathalie Dubreuil\nComptabilité fournisseurs\nGroupe Aubrac",
        lab(note="supporting documents requested before approval; nothing contested"),
    ),
    Reply(
        "ir-fr-renvoyer",
        "invoice_request",
        "fr",
        ("Julien Perrot", "julien.perrot@perrot-photo.example"),
        "2031-08-25 13:44",
        "gmail_plain",
        "Bonjour,\nje ne retrouve pas la facture, vous pouvez me la renvoyer svp ? Je règle dès réception.\nMerci\nJulien",
        lab(note="payment conditional on receiving the invoice again"),
    ),
    Reply(
        "ir-es-fundacion",
        "invoice_request",
        "es",
        ("Lucía Ferrer", "lferrer@fundacion-mirador.example"),
        "2031-08-11 11:59",
        "outlook_html",
        "Buenos días:\n\nLa factura HRS-50479 está emitida a nombre de nuestra directora y no de la Fundación. Para poder pagarla necesitamos que la emitan a nombre de Fundación Mirador del Sur, con nuestro NIF y la dirección fiscal de la sede.\n\n¿Nos pueden enviar la factura corregida? El importe es correcto.\n\nGracias y un saludo,\n\nLucía Ferrer\nAdministración\nFundación Mirador del Sur",
        lab(
            ("HRS-50479",),
            note="reissue to the right legal entity; the amount is not contested",
        ),
        inv="HRS-50479",
        charset="windows-1252",
    ),
    Reply(
        "ir-es-cuenta",
        "invoice_request",
        "es",
        ("Pablo Serrano", "pablo.serrano.m@gmail.com"),
        "2031-08-19 22:12",
        "iphone",
        "Hola, me podéis mandar el número de cuenta? He cambiado de banco y no lo tengo guardado. Lo pago en cuanto me lo paséis",
        lab(note="bank details needed before paying; Spanish writer living in London, so UK time"),
        uk=True,
    ),
    Reply(
        "ir-nl-specificatie",
        "invoice_request",
        "nl",
        ("Marloes Hendriks", "m.hendriks@gemeentearchief-lindeveld.example"),
        "2031-08-07 09:48",
        "outlook",
        "Goedemorgen,\n\nGraag ontvangen wij een specificatie van de opslagkosten op factuur hrs50466: hoeveel archiefdozen, welke periode en welk tarief per doos. Zonder specificatie kan de factuur niet door onze controller worden goedgekeurd.\n\nMet vriendelijke groet,\n\nMarloes Hendriks\nGemeentearchief Lindeveld",
        lab(
            ("HRS-50466",),
            note="breakdown requested before approval; nothing contested; 'hrs50466' normalised",
        ),
        inv="HRS-50466",
    ),
    Reply(
        "ir-nl-inkooporder",
        "invoice_request",
        "nl",
        ("Bas Timmer", "bas.timmer@timmer-architecten.example"),
        "2031-08-26 14:14",
        "gmail",
        "Hallo,\n\nZodra het inkoopordernummer (PO-31-0187) op de factuur staat, gaat hij bij ons in de betaling. Kunnen jullie hem opnieuw sturen?\n\nGroeten,\nBas",
        lab(note="conditional payment once the PO is on the invoice"),
    ),
    Reply(
        "ir-it-cig",
        "invoice_request",
        "it",
        ("Ufficio Acquisti e Contratti", "acquisti@unicastelvetro.example"),
        "2031-08-20 09:55",
        "html_only",
        "Gentili signori,\n\nper poter procedere alla liquidazione della fattura HRS-50484 è necessario che la stessa riporti il CIG (B1A2C3D4E5) e il numero dell’ordine MePA 7712093. Vi preghiamo di riemetterla con tali indicazioni.\n\nCordiali saluti\n\nUfficio Acquisti e Contratti\nUniversità degli Studi di Castelvetro",
        lab(
            ("HRS-50484",),
            note="public-body reissue with tender code and order number; HTML only",
        ),
        inv="HRS-50484",
    ),
    Reply(
        "ir-it-estratto",
        "invoice_request",
        "it",
        ("Roberto Galli", "r.galli@galli-arredamenti.example"),
        "2031-08-12 17:30",
        "thunderbird",
        "Buonasera,\n\npotete inviarmi un estratto conto aggiornato? Vorrei capire quali fatture risultano ancora aperte da parte vostra, perché dai nostri conti alcune di giugno dovrebbero essere già saldate.\n\nGrazie,\nRoberto Galli\nGalli Arredamenti",
        lab(
            note="statement of account requested; 'should already be paid' is a doubt, not a payment claim"
        ),
        cte="8bit",
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-officemgr",
        "wrong_contact",
        "en",
        ("Jess Whitfield", "jess@haldencrowe.example"),
        "2031-08-06 10:40",
        "gmail",
        "Hi,\n\nI’m just the office manager so I dont deal with payments, invoices go to our finance team at accounts@haldencrowe.example – could you resend it there?\n\nThanks,\nJess",
        lab(new_contact="accounts@haldencrowe.example"),
    ),
    Reply(
        "wc-en-redirect",
        "wrong_contact",
        "en",
        ("Accounts Department", "accounts@tollgate-architects.example"),
        "2031-08-21 08:03",
        "outlook_html",
        "Hello,\n\nKindly note that with immediate effect all invoices, statements and payment reminders for Tollgate Architects must be sent to our new accounts email: tollgate.accounts.dept@gmail.com. This address will no longer be monitored.\n\nPlease update your records, confirm by return once done and send a copy of the current statement to the new address so we can process outstanding payments urgently.\n\nRegards,\nAccounts Department\nTollgate Architects Ltd",
        lab(
            new_contact="tollgate.accounts.dept@gmail.com",
            note="phishing-like redirect to a free-mail address with urgency; labelled by what it asks (wrong_contact with the new address); the collector must verify it by phone before using it",
        ),
    ),
    Reply(
        "wc-en-left",
        "wrong_contact",
        "en",
        ("Ben Carter", "ben.carter@greystoneestates.example"),
        "2031-08-28 14:25",
        "outlook",
        "Hi, I’m picking up Ellen’s emails – she left Greystone Estates at the end of June, so she won’t be dealing with this. I’m not sure who handles supplier invoices at the moment, sorry.\n\nBen",
        lab(note="the addressee has left; no new address given"),
        to=("Ellen Pryce", "ellen.pryce@greystoneestates.example"),
    ),
    Reply(
        "wc-de-zustaendig",
        "wrong_contact",
        "de",
        ("Jan Petersen", "j.petersen@nordlicht-event.example"),
        "2031-08-08 13:22",
        "outlook_html",
        "Guten Tag,\n\nich bin für Rechnungen nicht mehr zuständig, seit Juli kümmert sich Frau Kern darum. Bitte schreiben Sie ihr direkt: buchhaltung@nordlicht-event.example\n\nViele Grüße\nJan Petersen",
        lab(new_contact="buchhaltung@nordlicht-event.example"),
    ),
    Reply(
        "wc-de-verwechslung",
        "wrong_contact",
        "de",
        ("Anja Seidel", "a.seidel@seidel-steuerberatung.example"),
        "2031-08-25 09:05",
        "gmail_plain",
        "Guten Morgen,\n\nhier muss eine Verwechslung vorliegen. Wir sind eine Steuerkanzlei in Leipzig und haben bei Ihnen weder einen Umzug noch Lagerraum gebucht. Vermutlich ist eine andere Firma Seidel gemeint. Bitte prüfen Sie Ihre Kundendaten.\n\nFreundliche Grüße\nAnja Seidel",
        lab(
            note="wrong addressee altogether (a namesake): no service to contest, so not a dispute; no new address"
        ),
        cte="8bit",
    ),
    Reply(
        "wc-fr-copie",
        "wrong_contact",
        "fr",
        ("Élodie Marchand", "e.marchand@cabinet-verdier.example"),
        "2031-08-14 16:16",
        "gmail",
        "Bonjour,\n\nJe crois que ce message ne m’est pas destiné : je suis assistante juridique et je ne m’occupe pas des factures. La personne en charge de la comptabilité est M. François Blanchard, f.blanchard@cabinet-verdier.example, que je mets en copie.\n\nBonne fin de journée,\nÉlodie Marchand",
        lab(
            new_contact="f.blanchard@cabinet-verdier.example",
            note="new contact also copied in Cc",
        ),
        cc=("François Blanchard", "f.blanchard@cabinet-verdier.example"),
    ),
    Reply(
        "wc-fr-ambassade",
        "wrong_contact",
        "fr",
        ("Secrétariat de l'Ambassadeur", "secretariat@ambassade-ldn.example"),
        "2031-08-12 11:47",
        "outlook_html",
        "Madame, Monsieur,\n\nCette adresse est celle du secrétariat de l’Ambassadeur et ne traite pas les questions financières. Nous vous prions d’adresser vos factures et relances au service administratif et financier, à l’adresse saf@ambassade-ldn.example.\n\nNous vous remercions de votre compréhension.\n\nLe Secrétariat",
        lab(
            new_contact="saf@ambassade-ldn.example",
            note="embassy in London writing French, so UK time",
        ),
        uk=True,
    ),
    Reply(
        "wc-es-yanotrabajo",
        "wrong_contact",
        "es",
        ("Andrea Molina", "andrea.molina@grupo-cobalto.example"),
        "2031-08-18 12:40",
        "iphone",
        "Hola, ya no trabajo en Grupo Cobalto desde el mes pasado, esta cuenta me la siguen redirigiendo. Escribid a administracion@grupo-cobalto.example, que son los que llevan los pagos.\nUn saludo",
        lab(new_contact="administracion@grupo-cobalto.example"),
    ),
    Reply(
        "wc-es-empresa",
        "wrong_contact",
        "es",
        ("Manuel Ortega", "manuel.ortega.gil@gmail.com"),
        "2031-08-09 11:03",
        "apple",
        "Buenos días,\n\nYo solo soy el trabajador trasladado. La mudanza la paga mi empresa, que es quien la contrató: tienen que mandar la factura a Recursos Humanos de Aguirre Ingenieros, a la atención de Silvia Prado (silvia.prado@aguirre-ing.example).\n\nGracias,\nManuel Ortega",
        lab(
            new_contact="silvia.prado@aguirre-ing.example",
            note="corporate relocation: the employer pays",
        ),
    ),
    Reply(
        "wc-nl-info",
        "wrong_contact",
        "nl",
        ("Linda", "info@devries-kinderopvang.example"),
        "2031-08-20 09:30",
        "outlook",
        "Goedemorgen,\n\nDit is ons algemene info-adres, hier worden geen facturen verwerkt. Wilt u de factuur en eventuele herinneringen voortaan sturen naar crediteuren@devries-kinderopvang.example?\n\nMet vriendelijke groet,\nLinda\nKinderopvang De Vries",
        lab(new_contact="crediteuren@devries-kinderopvang.example"),
    ),
    Reply(
        "wc-nl-boekhouder",
        "wrong_contact",
        "nl",
        ("Gert-Jan van der Meulen", "gj@vandermeulen-architecten.example"),
        "2031-08-27 13:55",
        "gmail",
        "Hallo,\n\nOnze administratie is uitbesteed aan een boekhoudkantoor. Stuur alles wat met facturen te maken heeft voortaan naar Administratie@BoekhoudkantoorVeldkamp.example, dan wordt het daar betaalbaar gesteld.\n\nGroet,\nGert-Jan",
        lab(
            new_contact="administratie@boekhoudkantoorveldkamp.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        cc=("", "Administratie@BoekhoudkantoorVeldkamp.example"),
    ),
    Reply(
        "wc-it-casella",
        "wrong_contact",
        "it",
        ("Ufficio Tecnico Edil Marche", "ufficiotecnico@edilmarche.example"),
        "2031-08-07 09:03",
        "notice",
        "Questo indirizzo non è più attivo e i messaggi ricevuti non vengono letti.\n\nPer fatture, pagamenti e questioni amministrative scrivere a amministrazione@edilmarche.example.\nPer l’ufficio tecnico: tecnico@edilmarche.example.\n\nEdil Marche S.r.l.",
        lab(
            new_contact="amministrazione@edilmarche.example",
            note="automatic 'mailbox no longer active' notice naming the address for invoices: wrong_contact, not auto_reply",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-stop",
        "unsubscribe",
        "en",
        ("Craig Dunmore", "craig@dunmoreplumbing.example"),
        "2031-08-19 12:05",
        "android",
        "I’ve already told your office I’ll pay it Friday. Three emails in a week is ridiculous, stop emailing me about it.",
        lab(note="a promise for Friday plus a stop request: unsubscribe wins"),
    ),
    Reply(
        "un-en-solicitors",
        "unsubscribe",
        "en",
        ("Gwendolyn Lister", "gwen.lister@listerfamily.example"),
        "2031-08-14 10:36",
        "outlook_html",
        "Dear Sirs,\n\nI refer to your email of 13 August. As I have already told your office in writing, this matter is now in the hands of my solicitors, Harrow & Vane of Minster Yard, York. Please direct any further correspondence to them, quoting their reference JB/4471, and do not contact me directly.\n\nYours faithfully,\n\nGwendolyn Lister",
        lab(note="only through our solicitors, no e-mail address given: unsubscribe"),
    ),
    Reply(
        "un-en-caps",
        "unsubscribe",
        "en",
        ("Dariusz Kowalczyk", "dj.kowalczyk@gmail.com"),
        "2031-08-29 06:50",
        "gmail_plain",
        "UNSUBSCRIBE",
        lab(note="one word, all caps"),
        cte="8bit",
    ),
    Reply(
        "un-de-post",
        "unsubscribe",
        "de",
        ("Praxis Dr. Vogt", "praxis@dr-vogt-orthopaedie.example"),
        "2031-08-07 12:18",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbitte senden Sie Zahlungserinnerungen und sonstige Schreiben künftig ausschließlich per Post an unsere Praxisadresse. Diese E-Mail-Adresse dient nur der Terminvergabe und wird für Rechnungsangelegenheiten nicht verwendet.\n\nMit freundlichen Grüßen\nPraxis Dr. Vogt",
        lab(
            note="post only: unsubscribe, even though the mailbox is also said to be the wrong one"
        ),
    ),
    Reply(
        "un-de-reicht",
        "unsubscribe",
        "de",
        ("Marion Keller", "marion.keller@kellerkeramik.example"),
        "2031-08-22 20:18",
        "iphone",
        "Jetzt reicht’s. Ich habe am Montag bezahlt, das ist die dritte Mail diese Woche. Hören Sie auf, mir zu schreiben!!",
        lab(note="stop request beats the payment claim"),
    ),
    Reply(
        "un-fr-retirer",
        "unsubscribe",
        "fr",
        ("Patrick Morel", "patrick.morel@morel-menuiserie.example"),
        "2031-08-11 08:30",
        "gmail",
        "Bonjour,\n\nMerci de retirer mon adresse de vos listes d’envoi. Je ne souhaite plus recevoir de courriels de votre part.\n\nPatrick Morel",
        lab(),
    ),
    Reply(
        "un-fr-avocat",
        "unsubscribe",
        "fr",
        ("Direction - Maison Delorme", "direction@maisondelorme.example"),
        "2031-08-26 15:05",
        "outlook_html",
        "Madame, Monsieur,\n\nCompte tenu du litige en cours relatif au déménagement de nos ateliers, nous vous informons que toute correspondance concernant cette facture doit désormais être adressée exclusivement à notre conseil, Maître Isabelle Roux, avocate au barreau de Lyon.\n\nNous vous demandons de ne plus nous contacter directement.\n\nLa Direction\nMaison Delorme – Ébénisterie d’art",
        lab(
            note="lawyer only; the pending dispute is mentioned, not argued: unsubscribe beats dispute"
        ),
        charset="windows-1252",
        cte="8bit",
    ),
    Reply(
        "un-es-dejad",
        "unsubscribe",
        "es",
        ("Carmen Iglesias", "carmen.iglesias@iglesias-catering.example"),
        "2031-08-13 14:47",
        "iphone",
        "Dejad de escribirme por favor. Ya hablé con vuestra oficina por teléfono.",
        lab(),
    ),
    Reply(
        "un-es-burofax",
        "unsubscribe",
        "es",
        ("José Antonio Ramírez", "jaramirez@ramirez-hnos.example"),
        "2031-08-28 10:22",
        "html_only",
        "Muy señores míos:\n\nLes ruego que no me envíen más recordatorios por correo electrónico. Cualquier comunicación relativa a esta factura deberá remitirse por burofax o carta certificada al domicilio social de la empresa.\n\nAtentamente,\n\nJosé Antonio Ramírez\nGerente\nRamírez Hermanos, S.L.",
        lab(note="registered post only; HTML only"),
        charset="iso-8859-1",
    ),
    Reply(
        "un-nl-klaar",
        "unsubscribe",
        "nl",
        ("Henk Bosman", "henk.bosman@bosman-tegelwerken.example"),
        "2031-08-15 17:50",
        "android",
        "haal me van jullie mailinglijst. ik ben al maanden klaar met jullie",
        lab(note="'klaar met jullie' means fed up, not paid"),
    ),
    Reply(
        "un-it-rimuovere",
        "unsubscribe",
        "it",
        ("Valentina Greco", "valentina.greco@grecostudio.example"),
        "2031-08-18 11:00",
        "outlook",
        "Buongiorno,\n\nvi chiedo di rimuovere il mio indirizzo dai vostri invii: non desidero più ricevere comunicazioni via e-mail. Per eventuali questioni potete scrivere per posta all’indirizzo dello studio.\n\nValentina Greco",
        lab(note="remove me, post only"),
    ),
    Reply(
        "un-it-legale",
        "unsubscribe",
        "it",
        ("Alessandro Conti", "a.conti@conti-immobiliare.example"),
        "2031-08-06 17:55",
        "outlook_html",
        "Gentili signori,\n\nper qualsiasi comunicazione relativa alla fattura in oggetto vi invitiamo a rivolgervi esclusivamente al nostro legale, avv. Federica Ferraris, del Foro di Torino. Vi diffidiamo dal contattare ulteriormente i nostri uffici.\n\nDistinti saluti\nAlessandro Conti\nConti Immobiliare S.p.A.",
        lab(note="lawyer only, no address: unsubscribe"),
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-leave",
        "auto_reply",
        "en",
        ("Fiona Reid", "f.reid@cairnsurveyors.example"),
        "2031-08-11 09:06",
        "notice_html",
        "Thank you for your email. I am on annual leave from Monday 11 August, returning on Tuesday 26 August. I will have limited access to email while I am away.\n\nFor anything urgent please call the office on 0113 496 0219.\n\nFiona Reid",
        lab(
            return_date="2031-08-26",
            note="back the day after the August bank holiday, as stated",
        ),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-en-ticket",
        "auto_reply",
        "en",
        (
            "Northmoor University Finance Service Desk",
            "financehelp@northmoor-uni.example",
        ),
        "2031-08-21 09:11",
        "notice",
        "Your enquiry has been logged with the Finance Service Desk.\n\nReference: FSD-208814\nCategory: Accounts Payable – Supplier query\nStatus: Open\n\nOne of our team will reply within five working days. Please keep the reference in the subject line if you write to us again about this enquiry, so that your message is added to the same case.\n\nNorthmoor University Finance",
        lab(note="ticket acknowledgement, no return date"),
        subject="[FSD-208814] {rsub}",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-en-cornwall",
        "auto_reply",
        "en",
        ("Sam Pritchard", "sam@pritchardjoinery.example"),
        "2031-08-12 09:15",
        "notice",
        "Hi, thanks for your message. I’m on a job in Cornwall this week with hardly any signal. I’ll be back in the workshop on Monday 18th and will reply then. Sam",
        lab(return_date="2031-08-18", note="vacation responder with only X-Autoreply"),
        subject="Away: {rsub}",
        headers=(X_AUTOREPLY,),
    ),
    Reply(
        "ar-de-urlaub",
        "auto_reply",
        "de",
        ("Verena Hoffmann", "v.hoffmann@hoffmann-immobilien.example"),
        "2031-08-05 09:04",
        "notice_html",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis 15.08. im Urlaub und habe in dieser Zeit keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Schuster (t.schuster@hoffmann-immobilien.example).\n\nMit freundlichen Grüßen\nVerena Hoffmann",
        lab(
            return_date="2031-08-15",
            note="'bis X' → X itself; the colleague's address is not a new contact",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-de-vorgang",
        "auto_reply",
        "de",
        (
            "Klinikum Auental - Rechnungseingang",
            "rechnungseingang@klinikum-auental.example",
        ),
        "2031-08-19 07:02",
        "notice",
        "Guten Tag,\n\nIhre E-Mail ist in unserem Rechnungseingang eingegangen und wurde unter der Vorgangsnummer RE-2031-55102 erfasst.\n\nZahlungserinnerungen werden automatisch der zuständigen Sachbearbeitung zugeordnet. Eine gesonderte Antwort erhalten Sie nur, falls Rückfragen bestehen.\n\nDies ist eine automatisch erzeugte Nachricht.\n\nKlinikum Auental – Finanzbuchhaltung",
        lab(note="ticket acknowledgement carrying only Precedence: bulk"),
        subject="Eingangsbestätigung [RE-2031-55102]",
        headers=(("Precedence", "bulk"),),
    ),
    Reply(
        "ar-fr-conges",
        "auto_reply",
        "fr",
        ("Bruno Lefort", "b.lefort@lefort-transit.example"),
        "2031-08-13 10:01",
        "notice",
        "Bonjour,\n\nJe suis en congés jusqu’au vendredi 22 août inclus. Je serai de retour le lundi 25 août et traiterai votre message à mon retour.\n\nCordialement,\nBruno Lefort",
        lab(
            return_date="2031-08-25",
            note="the stated day back wins over 'jusqu'au … inclus'",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-facturier",
        "auto_reply",
        "fr",
        (
            "Service facturier - Université de Haute-Brenne",
            "facturier@univ-hautebrenne.example",
        ),
        "2031-08-04 09:20",
        "notice",
        "Le service facturier est fermé pendant la période estivale. Votre message a bien été reçu et sera traité à la réouverture du service, le lundi 18 août 2031.\n\nPour toute urgence relative à un paiement, merci de préciser le numéro de bon de commande dans l’objet de votre message.\n\nService facturier – Direction des affaires financières",
        lab(
            return_date="2031-08-18",
            note="office closure; the reopening day is the return date",
        ),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
        cte="8bit",
    ),
    Reply(
        "ar-es-fuera",
        "auto_reply",
        "es",
        ("Elena Castro", "ecastro@castro-asociados.example"),
        "2031-08-08 11:45",
        "notice",
        "Hola,\n\nEstaré fuera de la oficina hasta el 29 de agosto, con acceso limitado al correo. Para cualquier asunto urgente podéis llamar a la centralita.\n\nUn saludo,\nElena Castro",
        lab(
            return_date="2031-08-29",
            note="'hasta X' → X itself; no automatic-reply header at all",
        ),
        subject="Fuera de la oficina: {rsub}",
    ),
    Reply(
        "ar-nl-vakantie",
        "auto_reply",
        "nl",
        ("Wouter de Boer", "w.deboer@deboer-vastgoed.example"),
        "2031-08-06 09:03",
        "notice_html",
        "Dank voor uw bericht. Ik ben met vakantie tot en met vrijdag 15 augustus en vanaf maandag 18 augustus weer op kantoor. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nWouter de Boer",
        lab(
            return_date="2031-08-18",
            note="'vanaf maandag 18 augustus weer op kantoor' wins over 't/m vrijdag 15'",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-nl-ontvangst",
        "auto_reply",
        "nl",
        ("Tandartspraktijk De Eik", "administratie@tandartspraktijkdeeik.example"),
        "2031-08-22 14:30",
        "notice",
        "Bedankt voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar binnen drie werkdagen te reageren.\n\nTandartspraktijk De Eik",
        lab(note="receipt acknowledgement carrying only Precedence: auto_reply"),
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-it-ferie",
        "auto_reply",
        "it",
        (
            "Tipografia Moretti - Amministrazione",
            "amministrazione@tipografia-moretti.example",
        ),
        "2031-08-11 08:00",
        "notice",
        "Gentile cliente, gentile fornitore,\n\ni nostri uffici resteranno chiusi per ferie dal 9 al 24 agosto compresi. L'attività riprenderà regolarmente lunedì 25 agosto.\n\nLe e-mail ricevute durante la chiusura saranno lette al nostro rientro.\n\nTipografia Moretti",
        lab(
            return_date="2031-08-25",
            note="August company closure; the reopening day is stated",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED, X_AUTOREPLY),
        charset="iso-8859-1",
        cte="qp",
    ),
    Reply(
        "ar-it-fuorisede",
        "auto_reply",
        "it",
        ("Stefano Riva", "s.riva@riva-consulting.example"),
        "2031-08-25 10:12",
        "notice",
        "Sono fuori sede fino al 1° settembre, con accesso saltuario alla posta. Risponderò al mio rientro.\n\nStefano Riva",
        lab(return_date="2031-09-01", note="'fino al X' → X itself; only X-Autoreply"),
        subject="Assenza: {rsub}",
        headers=(X_AUTOREPLY,),
    ),
]

OTHER = [
    Reply(
        "o-en-backnow",
        "other",
        "en",
        ("Neil Bramwell", "neil@bramwellcatering.example"),
        "2031-08-26 08:41",
        "outlook",
        "Morning,\n\nJust back after three weeks away and wading through the inbox. I’ll need to check this with our bookkeeper before I can tell you anything – bear with me and I’ll come back to you.\n\nNeil",
        lab(note="a person writing under an 'Out of office' subject; no commitment"),
        subject="Out of office - back now",
    ),
    Reply(
        "o-en-didwe",
        "other",
        "en",
        ("Hannah Webb", "hannah.webb@webbandco-solicitors.example"),
        "2031-08-08 12:02",
        "gmail",
        "Hi,\n\nDid we not pay this already? I was sure Sandra sorted all the Hollyhock invoices before she went on maternity leave. Can you check your end and let me know?\n\nThanks\nHannah",
        lab(note="asks whether it was paid: a question, not a payment claim"),
    ),
    Reply(
        "o-en-fireexit",
        "other",
        "en",
        ("Mark Ellison", "facilities@ellison-brightwell.example"),
        "2031-08-15 11:20",
        "android",
        "While I’ve got you – when are your lads collecting the rest of the crates from our Leeds office? There’s about 30 of them stacked in the corridor and they’re blocking a fire exit. Need them gone this week please.",
        lab(note="operational request in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "o-de-weitergeleitet",
        "other",
        "de",
        ("Petra Jansen-Wolf", "p.jansen-wolf@wolf-medienhaus.example"),
        "2031-08-04 18:12",
        "iphone",
        "Danke, hab ich an unsere Buchhaltung weitergeleitet.",
        lab(note="acknowledgement; passing it on internally names no new contact"),
    ),
    Reply(
        "o-fr-recu",
        "other",
        "fr",
        ("Gilles Perrin", "g.perrin@perrin-avocats.example"),
        "2031-08-20 17:40",
        "outlook",
        "Bien reçu, merci. Je vérifie avec notre comptable et je reviens vers vous rapidement.\n\nGilles Perrin",
        lab(note="acknowledgement without commitment"),
        charset="iso-8859-1",
    ),
    Reply(
        "o-fr-devis",
        "other",
        "fr",
        ("Agnès Fabre", "agnes.fabre@orange.fr"),
        "2031-08-29 09:58",
        "apple",
        "Bonjour,\n\nJe profite de votre message : nous allons déménager de Lyon à Valence, en Espagne, au printemps prochain. Faites-vous ce genre de déménagement international, et pourriez-vous m’envoyer un devis approximatif pour un appartement de quatre pièces ?\n\nMerci,\nAgnès Fabre",
        lab(note="sales enquiry in the reminder thread"),
    ),
    Reply(
        "o-es-noestaba",
        "other",
        "es",
        ("Raúl Sanz", "raul.sanz@clinicasanz.example"),
        "2031-08-12 19:30",
        "iphone",
        "¿Esto no estaba pagado ya? Juraría que sí",
        lab(note="question about whether it was paid; not a payment claim"),
    ),
    Reply(
        "o-es-socio",
        "other",
        "es",
        ("Teresa Vallejo", "teresa@vallejo-gonzalez.example"),
        "2031-08-21 13:13",
        "gmail_plain",
        "Recibido. Lo miro con mi socio y te digo algo.\n\nTeresa",
        lab(note="acknowledgement; no commitment"),
        cte="b64",
    ),
    Reply(
        "o-nl-verhuisd",
        "other",
        "nl",
        ("Marieke Dekker", "m.dekker@dekker-reclame.example"),
        "2031-08-18 10:30",
        "outlook_html",
        "Goedemorgen,\n\nEven ter info: wij zijn per 1 augustus verhuisd (met jullie hulp, nogmaals dank!). Ons nieuwe adres is Spoorlaan 41, 3511 AB Utrecht. Willen jullie dat aanpassen in je systeem? Het e-mailadres blijft hetzelfde.\n\nMet vriendelijke groet,\nMarieke Dekker\nDekker Reclame",
        lab(
            note="postal address change; the e-mail contact stays, so not wrong_contact; no reissue asked"
        ),
    ),
    Reply(
        "o-nl-maandag",
        "other",
        "nl",
        ("Thijs van Dijk", "thijs@vandijk-bouw.example"),
        "2031-08-29 16:58",
        "android",
        "Ontvangen, ik kijk er maandag naar.",
        lab(note="looking at it on Monday is no promise to pay"),
    ),
    Reply(
        "o-it-scatoloni",
        "other",
        "it",
        ("Elisa Marini", "elisa.marini@gmail.com"),
        "2031-08-19 09:25",
        "gmail",
        "Buongiorno,\n\ncolgo l’occasione per chiedervi una cosa: avrei bisogno che mi spediste due scatoloni dal box che ho in deposito da voi (quelli con scritto “libri studio”). Quanto costerebbe la spedizione a Verona?\n\nPer la fattura ne parlo con mio marito stasera.\n\nGrazie,\nElisa Marini",
        lab(
            note="storage question; 'I'll talk about the invoice with my husband' is no commitment"
        ),
    ),
    Reply(
        "o-it-lutto",
        "other",
        "it",
        ("Giulia Bellini", "giulia.bellini@bellini-famiglia.example"),
        "2031-08-22 18:05",
        "thunderbird",
        "Buonasera,\n\nvi scrivo perché questa casella era di mio padre, Sergio Bellini. Papà è mancato a fine luglio e sto cercando di mettere in ordine le sue cose, compreso il deposito che aveva da voi. Non so ancora come funzionerà con l’eredità.\n\nVi ricontatterò quando avrò parlato con il notaio.\n\nGiulia Bellini",
        lab(
            note="bereavement; the daughter now reads the account holder's mail; no request, no new address; a person must handle it"
        ),
        cte="8bit",
    ),
]


@functools.cache
def derived_invoices() -> dict[str, str]:
    """Invoice numbers for reminders whose number the text does not give: unique, and never one
    that a hand-written message mentions."""
    written = " ".join(r.body for r in REPLIES)
    taken = {r.inv for r in REPLIES if r.inv} | set(re.findall(r"HRS-\d{5}", written))
    keys = [r.key for r in REPLIES if not r.inv] + [b.key for b, _ in BOUNCES]
    out: dict[str, str] = {}
    for key in keys:
        n = number(key, "invoice") % 280
        while f"HRS-{50300 + n:05d}" in taken:
            n = (n + 1) % 280
        out[key] = f"HRS-{50300 + n:05d}"
        taken.add(out[key])
    return out


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
# Bounces: generated machine skeletons around hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to ``rcpt``; ``lang`` is the notice's language."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    uk: bool = False
    note: str | None = None
    queued_hours: int = 0

    @property
    def dt(self) -> datetime:
        """The Date: of the report, in the reporting server's zone."""
        return stamp(self.when, self.uk)

    @property
    def sent(self) -> datetime:
        """When the reminder left Hollyhock, in the reporting server's zone."""
        return self.dt - timedelta(hours=self.queued_hours, minutes=2 + number(self.key, "lag") % 5)

    @property
    def invoice(self) -> str:
        """The invoice the bounced reminder was about."""
        return derived_invoices()[self.key]

    def subject(self) -> str:
        """The reminder's subject."""
        return reminder_subject(self.rlang, self.invoice)

    def reminder(self) -> Message:
        """The reminder as it left Hollyhock's server."""
        n = number(self.key, "amount")
        amount = f"{240 + n % 3600}.{n // 3600 % 20 * 5:02d}"
        currency = "GBP" if self.rlang == "en" else "EUR"
        msg = text_part(
            reminder_body(self.rlang, self.invoice, amount, currency),
            "plain",
            "utf-8",
            "qp",
        )
        msg["From"] = formataddr((AR_NAME, AR_ADDR))
        msg["To"] = self.rcpt
        msg["Subject"] = header_text(self.subject(), "utf-8")
        msg["Date"] = format_datetime(uk_time(self.sent))
        msg["Message-ID"] = reminder_msgid(self.key)
        content_headers_last(msg)
        return msg


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers: the header block of the returned reminder."""
    text = "".join(f"{k}: {v}\n" for k, v in b.reminder().items())
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def returned_inline(b: Bounce) -> str:
    """The returned reminder as plain text, for notices that paste it into their body."""
    data = b.reminder().as_bytes().decode("ascii")
    return data.replace("\r\n", "\n").rstrip("\n")


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    queue_id: bool = False,
) -> Message:
    """message/delivery-status (RFC 3464) for one recipient (``queue_id``: Postfix adds one)."""
    queue = f"X-Postfix-Queue-ID: {b32(b.key, 'queue', 11)}\n" if queue_id else ""
    per_message = f"Reporting-MTA: dns; {mta}\n{queue}Arrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(days=4))}")
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return status


def report(*parts: Message) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str, charset: str = "utf-8", title: str = "") -> Message:
    """A human-readable part with an HTML twin, as Exchange and Gmail send them."""
    blocks = text.split("\n\n")
    head = f'<p style="font-size:17px;font-weight:bold">{html.escape(title)}</p>' if title else ""
    body = "".join(
        "<p>" + "<br>".join(html.escape(x, quote=False) for x in block.split("\n")) + "</p>"
        for block in blocks
    )
    markup = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body style="font-family:Segoe UI,Arial,sans-serif">{head}{body}</body></html>\n'
    return alternative(
        text_part(text + "\n", "plain", charset, "qp"),
        text_part(markup, "html", charset, "qp"),
    )


def finish(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
    boundary: str = "----=_Report_",
) -> Message:
    """Headers of a delivery report; ``boundary`` is the reporting software's boundary prefix."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = header_text(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].split(">", maxsplit=1)[0].split(" ", maxsplit=1)[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce-id', 20).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, boundary)


def bare(text: str) -> Message:
    """A notice without any MIME headers at all (old-style MTA output, ASCII only)."""
    text.encode("ascii")
    msg = Message()
    msg.set_payload(text)
    return msg


def bounce_postfix(b: Bounce) -> Message:
    """Postfix with a customised bounce template; full RFC 3464 report."""
    human = (
        "This is the mail server at mail.hollyhock-removals.example.\n\n"
        "Your message could not be delivered to one or more recipients and is being returned to you. The details are below.\n\n"
        "Please check the address for typing mistakes. If you are sure it is right, contact the recipient another way to confirm it.\n\n"
        "                   Hollyhock IT - mail system\n\n"
        f"<{b.rcpt}>: host mx.harbourside-dental.example[203.0.113.17] said:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local\n"
        "    recipient table (in reply to RCPT TO command)\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table"
    )
    msg = report(
        text_part(human, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            "mail.hollyhock-removals.example",
            "failed",
            diag,
            "mx.harbourside-dental.example",
            queue_id=True,
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        "MAILER-DAEMON@mail.hollyhock-removals.example (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail-send: a plain notice with the whole message pasted below the line."""
    domain = b.rcpt.split("@")[1]
    text = (
        "Hi. This is the qmail-send program at smtp-out.relayhouse.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28114 invoked by uid 1002); {format_datetime(b.sent)}\n"
        f"{returned_inline(b)}\n"
    )
    return finish(b, bare(text), "MAILER-DAEMON@smtp-out.relayhouse.example", "failure notice")


def bounce_exim(b: Bounce) -> Message:
    """Exim failure report (not RFC 3464), mailbox full with a permanent code."""
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        "    host mx1.kilbride-lettings.example [198.51.100.40]\n"
        "    SMTP error from remote mail server after end of data:\n"
        f"    552 5.2.2 <{b.rcpt}>: mailbox is full (quota exceeded)\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{AR_ADDR}>\n"
        f"{returned_inline(b)}\n"
    )
    return finish(
        b,
        bare(text),
        "Mail Delivery System <Mailer-Daemon@mx2.hollyhock-removals.example>",
        "Mail delivery failed: returning message to sender",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_o365_de(b: Bounce) -> Message:
    """Office 365 non-delivery report in German: recipient not found."""
    local, domain = b.rcpt.split("@")
    text = (
        f"Ihre Nachricht an {b.rcpt} konnte nicht zugestellt werden.\n\n"
        f"{local} wurde bei {domain} nicht gefunden.\n\n"
        "Was müssen Sie tun?\n"
        "Prüfen Sie die Adresse des Empfängers auf Tippfehler und senden Sie die Nachricht dann noch einmal. Wenn der Fehler bleibt, erkundigen Sie sich auf anderem Weg, etwa telefonisch, nach der richtigen Adresse.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        "Generierender Server: FR4P281MB3310.DEUP281.PROD.OUTLOOK.COM\n\n"
        f"{b.rcpt}\n"
        "Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben"
    )
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    msg = report(
        human_alternative(text, title="Zustellung nicht möglich"),
        delivery_status(b, "FR4P281MB3310.DEUP281.PROD.OUTLOOK.COM", "failed", diag),
        returned_headers(b),
    )
    sender = f"Microsoft Outlook <MicrosoftExchange{digest(b.key, 'exch').hex()[:32]}@{domain}>"
    return finish(b, msg, sender, f"Unzustellbar: {b.subject()}", boundary="_000_")


def bounce_provider_de_delay(b: Bounce) -> Message:
    """A German mail provider's RFC 3464 delay notice."""
    text = (
        "Dies ist eine automatisch erstellte Benachrichtigung des Mailservers mx01.mailbetrieb.example.\n\n"
        "Ihre Nachricht konnte bisher nicht an alle Empfänger zugestellt werden. Der Server versucht es weiter; Sie müssen nichts unternehmen.\n\n"
        f"Empfänger: {b.rcpt}\n"
        "Grund: Die Verbindung zum Zielserver wurde während der Übertragung unterbrochen (4.4.2).\n"
        f"Weitere Zustellversuche bis: {(b.dt + timedelta(days=4)).strftime('%d.%m.%Y %H:%M')} Uhr\n\n"
        "Scheitert die Zustellung endgültig, erhalten Sie eine weitere Nachricht."
    )
    msg = report(
        text_part(text + "\n", "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "mx01.mailbetrieb.example",
            "delayed",
            "421 4.4.2 mx.gaestehaus-lindenhof.example Error: timeout exceeded",
            "mx.gaestehaus-lindenhof.example",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery System <MAILER-DAEMON@mx01.mailbetrieb.example>",
        "Verzögerte Zustellung: Ihre Nachricht wurde noch nicht zugestellt",
    )


def bounce_o365_fr(b: Bounce) -> Message:
    """Office 365 non-delivery report in French: mailbox full."""
    domain = b.rcpt.split("@")[1]
    text = (
        f"Votre message n’a pas pu être remis à {b.rcpt}, car sa boîte aux lettres est pleine.\n\n"
        "Action requise du destinataire\n"
        "La boîte aux lettres du destinataire a atteint sa taille maximale et ne peut pas recevoir de nouveaux messages pour le moment.\n\n"
        "Comment résoudre le problème ?\n"
        "Essayez de renvoyer votre message plus tard, ou prévenez le destinataire par un autre moyen qu’il doit libérer de l’espace.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\n"
        "Serveur de génération : PR2P264MB0417.FRAP264.PROD.OUTLOOK.COM\n\n"
        f"{b.rcpt}\n"
        "Le serveur distant a retourné '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'"
    )
    diag = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    msg = report(
        human_alternative(text, title="Remise impossible"),
        delivery_status(b, "PR2P264MB0417.FRAP264.PROD.OUTLOOK.COM", "failed", diag),
        returned_headers(b),
    )
    sender = f"Microsoft Outlook <MicrosoftExchange{digest(b.key, 'exch').hex()[:32]}@{domain}>"
    return finish(b, msg, sender, f"Non remis : {b.subject()}", boundary="_000_")


def bounce_o365_es(b: Bounce) -> Message:
    """Office 365 non-delivery report in Spanish: rejected by the recipient's policy."""
    domain = b.rcpt.split("@")[1]
    text = (
        f"Su mensaje no se pudo entregar a {b.rcpt}.\n\n"
        "La organización del destinatario no acepta mensajes de remitentes externos, o usted no figura entre los remitentes autorizados para esta dirección.\n\n"
        "¿Cómo se soluciona?\n"
        "Póngase en contacto con el destinatario por otro medio (por ejemplo, por teléfono) y pídale que su administrador le añada a la lista de remitentes permitidos.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        "Servidor de generación: MA1P195MB0622.ESPP195.PROD.OUTLOOK.COM\n\n"
        f"{b.rcpt}\n"
        "El servidor remoto devolvió '550 5.7.1 Delivery not authorized, message refused'"
    )
    msg = report(
        human_alternative(text, title="No se pudo entregar"),
        delivery_status(
            b,
            "MA1P195MB0622.ESPP195.PROD.OUTLOOK.COM",
            "failed",
            "550 5.7.1 Delivery not authorized, message refused",
        ),
        returned_headers(b),
    )
    sender = f"Microsoft Outlook <MicrosoftExchange{digest(b.key, 'exch').hex()[:32]}@{domain}>"
    return finish(b, msg, sender, f"No se puede entregar: {b.subject()}", boundary="_000_")


def bounce_gmail_es_delay(b: Bounce) -> Message:
    """Gmail delay notice in Spanish: the recipient's inbox is out of space."""
    lines = [
        "** El mensaje no se ha entregado todavía **",
        f"Estamos teniendo problemas para entregar tu mensaje a {b.rcpt}. Lo seguiremos intentando durante 46 horas más y te avisaremos si no lo conseguimos.",
        "La respuesta del servidor remoto ha sido:",
        "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp",
    ]
    msg = report(
        human_alternative("\n\n".join(lines)),
        delivery_status(
            b,
            "mx.google.com",
            "delayed",
            "452-4.2.2 The recipient's inbox is out of storage space.",
            "gmail-smtp-in.l.google.com",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        boundary="00000000000",
    )


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian provider's plain notice with no MIME headers (so no accents)."""
    sent = b.reminder()
    head = "".join(f"{k}: {sent[k]}\n" for k in ("From", "To", "Subject", "Date", "Message-ID"))
    text = (
        "Gentile utente,\n\n"
        "il messaggio da lei inviato non e' stato recapitato al seguente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: l'indirizzo non esiste sul server di destinazione.\n"
        f"Risposta del server: 550 5.1.1 <{b.rcpt}>: utente sconosciuto\n\n"
        "Si tratta di un errore permanente: il server non effettuera' altri tentativi.\n"
        "Verifichi che l'indirizzo sia scritto correttamente prima di inviare di nuovo il messaggio.\n\n"
        "--- Intestazioni del messaggio originale ---\n\n"
        f"{head}\n"
        "Centro Messaggi - Servizio Posta\n"
    )
    return finish(
        b,
        bare(text),
        "Centro Messaggi <postmaster@posta-servizi.example>",
        "Messaggio non recapitato",
    )


def bounce_it_delay(b: Bounce) -> Message:
    """An Italian RFC 3464 delay report: the recipient's mailbox is full."""
    text = (
        "Questo è un messaggio automatico del server di posta mx2.posta-servizi.example.\n\n"
        f"Il messaggio indirizzato a {b.rcpt} non è ancora stato consegnato: la casella del destinatario è piena.\n\n"
        "Il server ritenterà la consegna per i prossimi quattro giorni. Non è necessario reinviare il messaggio; se la consegna non sarà possibile riceverà un ulteriore avviso."
    )
    msg = report(
        text_part(text + "\n", "plain", "utf-8", "8bit"),
        delivery_status(
            b,
            "mx2.posta-servizi.example",
            "delayed",
            f"452 4.2.2 <{b.rcpt}>: mailbox full, try again later",
            "mx.istituto-galvani.example",
        ),
        MIMEMessage(b.reminder()),
    )
    return finish(
        b,
        msg,
        "Servizio Posta <mailer-daemon@mx2.posta-servizi.example>",
        "Avviso di mancata consegna (ritardo)",
    )


def bounce_gmail_nl(b: Bounce) -> Message:
    """Gmail non-delivery report in Dutch: no such user."""
    lines = [
        "** Adres niet gevonden **",
        f"Je bericht is niet afgeleverd bij {b.rcpt}, omdat het adres niet kon worden gevonden of geen e-mail kan ontvangen.",
        "Meer informatie: https://support.google.com/mail/?p=NoSuchUser",
        "Het antwoord was:",
        "550 5.1.1 The email account that you tried to reach does not exist. https://support.google.com/mail/?p=NoSuchUser",
    ]
    msg = report(
        human_alternative("\n\n".join(lines)),
        delivery_status(
            b,
            "mx.google.com",
            "failed",
            "550-5.1.1 The email account that you tried to reach does not exist.",
            "gmail-smtp-in.l.google.com",
        ),
        returned_headers(b),
    )
    return finish(
        b,
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        (("X-Failed-Recipients", b.rcpt),),
        boundary="00000000000",
    )


def bounce_greylist_nl(b: Bounce) -> Message:
    """A Dutch hosting provider's plain-text notice: greylisted, will retry."""
    text = (
        "Dit is een automatisch bericht van de mailserver smtp.hostnet-zakelijk.example.\n\n"
        f"Uw bericht aan {b.rcpt} is nog niet afgeleverd. De ontvangende server heeft het tijdelijk geweigerd:\n\n"
        f"  450 4.7.1 <{b.rcpt}>: Recipient address rejected: Greylisted, try again in 5 minutes\n\n"
        "Wij proberen het bericht de komende vijf dagen opnieuw af te leveren. U hoeft niets te doen. Lukt de aflevering definitief niet, dan ontvangt u een nieuw bericht.\n\n"
        f"Onderwerp: {b.subject()}\n"
        f"Verzonden: {b.sent.strftime('%d-%m-%Y %H:%M')}"
    )
    return finish(
        b,
        text_part(text + "\n", "plain", "utf-8", "qp"),
        "Mailserver Hostnet Zakelijk <postmaster@hostnet-zakelijk.example>",
        "Bericht vertraagd / Message delayed",
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            "b-en-postfix",
            "en",
            "hard",
            "5.1.1",
            "k.doyle@harbourside-dental.example",
            "2031-08-05 08:47",
            "en",
            uk=True,
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            "b-en-qmail",
            "en",
            "hard",
            "5.1.2",
            "accounts@wrenfield-interiors.example",
            "2031-08-18 08:58",
            "en",
            uk=True,
            note="qmail plain notice; the domain no longer exists",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            "b-en-exim",
            "en",
            "soft",
            "5.2.2",
            "office@kilbride-lettings.example",
            "2031-08-26 09:03",
            "en",
            uk=True,
            note="Exim failure report; mailbox full with a permanent 5.x code is soft by cause",
        ),
        bounce_exim,
    ),
    (
        Bounce(
            "b-de-o365",
            "de",
            "hard",
            "5.1.10",
            "rechnungen@weber-elektrotechnik.example",
            "2031-08-07 09:41",
            "de",
        ),
        bounce_o365_de,
    ),
    (
        Bounce(
            "b-de-delay",
            "de",
            "soft",
            "4.4.2",
            "info@gaestehaus-lindenhof.example",
            "2031-08-20 13:40",
            "de",
            note="RFC 3464 delay notice from a German provider",
            queued_hours=4,
        ),
        bounce_provider_de_delay,
    ),
    (
        Bounce(
            "b-fr-o365",
            "fr",
            "soft",
            "5.2.2",
            "comptabilite@agence-vasseur-immobilier.example",
            "2031-08-14 09:44",
            "fr",
            note="mailbox full reported with a 5.x code: soft by cause, the code is kept",
        ),
        bounce_o365_fr,
    ),
    (
        Bounce(
            "b-es-o365",
            "es",
            "hard",
            "5.7.1",
            "pagos@constructora-alvarado.example",
            "2031-08-12 09:37",
            "es",
            note="permanent policy rejection: the address will not take our mail",
        ),
        bounce_o365_es,
    ),
    (
        Bounce(
            "b-es-gmail",
            "es",
            "soft",
            "4.2.2",
            "lucia.navarro.diaz@gmail.com",
            "2031-08-27 11:05",
            "es",
            note="Gmail delay notice in Spanish; inbox full",
            queued_hours=2,
        ),
        bounce_gmail_es_delay,
    ),
    (
        Bounce(
            "b-it-provider",
            "it",
            "hard",
            "5.1.1",
            "amministrazione@ferramenta-colombo.example",
            "2031-08-06 09:52",
            "it",
            note="non-MIME Italian provider notice with the original headers inline",
        ),
        bounce_provider_it,
    ),
    (
        Bounce(
            "b-it-delay",
            "it",
            "soft",
            "4.2.2",
            "segreteria@istituto-galvani.example",
            "2031-08-21 15:00",
            "it",
            note="Italian delay report with the whole reminder returned",
            queued_hours=6,
        ),
        bounce_it_delay,
    ),
    (
        Bounce(
            "b-nl-gmail",
            "nl",
            "hard",
            "5.1.1",
            "pjansen.verhuizing@gmail.com",
            "2031-08-13 09:33",
            "nl",
        ),
        bounce_gmail_nl,
    ),
    (
        Bounce(
            "b-nl-greylist",
            "nl",
            "soft",
            "4.7.1",
            "administratie@vdberg-notarissen.example",
            "2031-08-28 10:02",
            "nl",
            note="greylisting deferral (policy, temporary) in a plain-text Dutch notice",
            queued_hours=1,
        ),
        bounce_greylist_nl,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written message, keys in the corpus order."""
    label: dict[str, object] = {"intent": r.intent, **dict.fromkeys(LABEL_KEYS)}
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = list(cast("list[str]", r.labels.get("invoice_refs", [])))
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label: dict[str, object] = {"intent": "bounce", **dict.fromkeys(LABEL_KEYS)}
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


@dataclass(frozen=True)
class Item:
    """One corpus message before it gets its file name."""

    key: str
    msg: Message
    label: dict[str, object]
    new_text: str
    sent: datetime
    uk: bool


def all_items() -> list[Item]:
    """Every message of the corpus, in writing order."""
    items = [Item(r.key, build_reply(r), reply_label(r), r.body, r.dt, r.in_uk) for r in REPLIES]
    items += [Item(b.key, build(b), bounce_label(b), "", b.dt, b.uk) for b, build in BOUNCES]
    return items


def file_order(items: list[Item]) -> list[Item]:
    """Shuffle by a seeded hash of each key, so a file name says nothing about its label."""
    return sorted(
        items,
        key=lambda item: hashlib.sha256(f"{SEED}#{item.key}".encode()).hexdigest(),
    )


def check_message(name: str, data: bytes) -> None:
    """Parse a file back: no defects, every header decodes, every text part decodes."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for line in data.split(b"\n"):
        if len(line) > 998:
            raise SystemExit(f"{name}: line longer than 998 octets")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for key, value in part.items():
            if "=?" in str(value) or getattr(value, "defects", None):
                raise SystemExit(f"{name}: header {key} does not decode cleanly")
        if part.get_content_maintype() == "text":
            text = part.get_content()
            if not isinstance(text, str) or "\ufffd" in text:
                raise SystemExit(f"{name}: text part does not decode")


def check_labels(items: list[Item]) -> None:
    """Shape, fields, dates and counts of the labels."""
    iso = re.compile(r"\d{4}-\d{2}-\d{2}")
    for item in items:
        label, key = item.label, item.key
        if list(label) != ["intent", *LABEL_KEYS, "invoice_refs", "language", "note"]:
            raise SystemExit(f"{key}: label keys out of order")
        intent = str(label["intent"])
        filled = {k for k in LABEL_KEYS if label[k] is not None}
        if not filled <= INTENT_FIELDS.get(intent, frozenset()):
            raise SystemExit(f"{key}: fields {sorted(filled)} do not belong to {intent}")
        for k in DATE_KEYS:
            value = label[k]
            if value is not None and not (
                isinstance(value, str) and iso.fullmatch(value) and date.fromisoformat(value)
            ):
                raise SystemExit(f"{key}: bad {k}")
        amount = label["amount"]
        if (amount is None) != (label["currency"] is None):
            raise SystemExit(f"{key}: amount and currency go together")
        if amount is not None and not re.fullmatch(r"\d+\.\d{2}", str(amount)):
            raise SystemExit(f"{key}: amount must be a plain decimal string")
        if label["currency"] not in {None, "GBP", "EUR"}:
            raise SystemExit(f"{key}: currency")
        contact = label["new_contact"]
        if contact is not None and (
            str(contact) != str(contact).lower()
            or str(contact).lower() not in item.new_text.lower()
        ):
            raise SystemExit(f"{key}: new_contact must be written in the message, lower-cased")
        if intent == "bounce" and (
            label["bounce_kind"] not in {"hard", "soft"}
            or not re.fullmatch(r"[45]\.\d\.\d{1,3}", str(label["bounce_status"]))
        ):
            raise SystemExit(f"{key}: bounce fields")
        refs = cast("list[str]", label["invoice_refs"])
        written = {f"HRS-{n}" for n in re.findall(r"(?i)\bhrs[- ]?(\d{5})\b", item.new_text)}
        if not written <= set(refs):
            raise SystemExit(
                f"{key}: invoice numbers {sorted(written - set(refs))} missing from invoice_refs"
            )
        for ref in refs:
            if not re.fullmatch(r"HRS-\d{5}", ref) or ref[4:] not in item.new_text:
                raise SystemExit(f"{key}: invoice ref {ref} is not in the new text")
        if label["language"] not in LANGS:
            raise SystemExit(f"{key}: language")
        day = item.sent.date()
        if not FIRST_DAY <= day <= LAST_DAY:
            raise SystemExit(f"{key}: dated outside the corpus range")
        if item.sent.utcoffset() != timedelta(hours=1 if item.uk else 2):
            raise SystemExit(f"{key}: wrong UTC offset for the sender")
    by_intent = Counter(str(x.label["intent"]) for x in items)
    by_lang = Counter(str(x.label["language"]) for x in items)
    if any(by_intent[i] != PER_INTENT for i in INTENTS) or dict(by_lang) != LANG_TOTALS:
        raise SystemExit(f"counts: {dict(by_intent)} {dict(by_lang)}")
    cells = Counter((str(x.label["intent"]), str(x.label["language"])) for x in items)
    for intent in INTENTS:
        spread = [cells[intent, lang] for lang in LANGS if lang != "en"]
        if cells[intent, "en"] != 3 or max(spread) - min(spread) > 1:
            raise SystemExit(f"{intent}: languages not spread evenly")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table, in Markdown."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    rows = [
        "| intent | " + " | ".join(LANGS) + " | total |",
        "|---|" + "---:|" * (len(LANGS) + 1),
    ]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[i, lang] for i in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_all() -> list[dict[str, object]]:
    """Write every .eml file and labels.jsonl next to this script; return the labels."""
    items = all_items()
    if len({x.key for x in items}) != len(items):
        raise SystemExit("duplicate keys")
    check_labels(items)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for n, item in enumerate(file_order(items), start=1):
        name = f"{PREFIX}-{n:03d}.eml"
        data = item.msg.as_bytes(policy=OUTPUT_POLICY)
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **item.label})
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Build, check and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
