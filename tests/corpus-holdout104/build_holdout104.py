# ruff: noqa: C901, E501, PLR0917, RUF001, RUF002
# Message text is kept one paragraph to a line, the way a mail client sends it, with the
# typographic dashes, quotes and symbols that people and their clients really type. The
# second directive keeps the first one quiet where E501 and RUF001 are not enabled.
"""Build held-out reply corpus 104: `h104-NNN.eml` files and `labels.jsonl`.

Every message could arrive in the receivables mailbox of Cobalt Water Coolers, a company that
rents out and services water coolers and coffee machines, after it sent an overdue reminder.
The new text of each message is written by hand below. This script adds only what a mail client
or a mail server would add: the quoted reminder (in the client's layout and the sender's
language), headers, MIME structure, charsets and transfer encodings, and the machine parts of
delivery reports. Run it from anywhere: it writes next to itself, deterministically.
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
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
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
PREFIX = "h104"
SEED = "cobalt-holdout-104"
AR_NAME = "Credit Control"
AR_ADDR = "credit.control@cobalt-coolers.example"
AR_DOMAIN = "cobalt-coolers.example"
UK = timezone(timedelta(0))
CET = timezone(timedelta(hours=1))
FIRST_DAY = date(2029, 1, 8)
LAST_DAY = date(2029, 2, 2)
LANGS = ("en", "de", "fr", "es", "nl", "it")
LANG_TARGET = {"en": 30, "de": 18, "fr": 18, "es": 18, "nl": 18, "it": 18}
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
PER_INTENT = 12
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
# Which label fields each intent may fill (invoice_refs, language and note are always present).
INTENT_FIELDS: dict[str, frozenset[str]] = {
    "payment_sent": frozenset({"paid_date", "payment_reference", "amount", "currency"}),
    "promise_to_pay": frozenset({"promised_date", "amount", "currency"}),
    "dispute": frozenset(),
    "payment_plan": frozenset(),
    "invoice_request": frozenset(),
    "wrong_contact": frozenset({"new_contact"}),
    "unsubscribe": frozenset(),
    "auto_reply": frozenset({"return_date"}),
    "bounce": frozenset({"bounce_kind", "failed_recipient", "bounce_status"}),
    "other": frozenset(),
}

# --------------------------------------------------------------------------------------------
# Locale tables: how each client writes dates, attributions and separators
# --------------------------------------------------------------------------------------------

DAY_LONG = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
DAY_SHORT = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTH_LONG = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTH_SHORT = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
ATTRIBUTION = {
    "gmail": {
        "en": "On {ds}, {d} {ms} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
        "de": "Am {ds}, {d}. {ms} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
        "fr": "Le {ds} {d} {ms} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
        "es": "El {ds}, {d} {ms} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
        "nl": "Op {ds} {d} {ms} {y} om {HH}:{mm} schreef {name} <{addr}>:",
        "it": "Il giorno {ds} {d} {ms} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
    },
    "apple": {
        "en": "On {d} {ms} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
        "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
        "fr": "Le {d} {ms} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
        "es": "El {d} {ms} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
        "nl": "Op {d} {ms} {y}, om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
        "it": "Il giorno {d} {ms} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
    },
    "thunderbird": {
        "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
        "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
        "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
        "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
        "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
        "it": "Il {dd}/{mo}/{yy} {HH}:{mm}, {name} ha scritto:",
    },
}
OUTLOOK_SENT = {
    "en": "{dl}, {d} {ml} {y} {HH}:{mm}",
    "de": "{dl}, {d}. {ml} {y} {HH}:{mm}",
    "fr": "{dl} {d} {ml} {y} {HH}:{mm}",
    "es": "{dl}, {d} de {ml} de {y} {H}:{mm}",
    "nl": "{dl} {d} {ml} {y} {HH}:{mm}",
    "it": "{dl} {d} {ml} {y} {HH}:{mm}",
}
ANDROID_SENT = {
    "en": "{dl}, {d} {ml} {y} {HH}:{mm}:{ss}",
    "de": "{dl}, {d}. {ml} {y} {HH}:{mm}:{ss}",
    "fr": "{dl} {d} {ml} {y} {HH}:{mm}:{ss}",
    "es": "{dl}, {d} de {ml} de {y} {H}:{mm}:{ss}",
    "nl": "{dl} {d} {ml} {y} {HH}:{mm}:{ss}",
    "it": "{dl} {d} {ml} {y} {HH}:{mm}:{ss}",
}


@dataclass(frozen=True)
class OutlookWords:
    """The words Outlook puts around a quoted message in one language."""

    divider: str
    sender: str
    sent: str
    to: str
    subject: str
    colon: str
    reply_prefix: str


OUTLOOK_WORDS = {
    "en": OutlookWords("-----Original Message-----", "From", "Sent", "To", "Subject", ": ", "RE: "),
    "de": OutlookWords(
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "AW: ",
    ),
    "fr": OutlookWords("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : ", "RE : "),
    "es": OutlookWords(
        "-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": ", "RE: "
    ),
    "nl": OutlookWords(
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "RE: ",
    ),
    "it": OutlookWords(
        "-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": ", "R: "
    ),
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
HTML_LANG = {"en": "EN-GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL", "it": "IT"}

# --------------------------------------------------------------------------------------------
# The reminder being answered (what Cobalt's credit control sends, in the customer's language)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Payment reminder – invoice {inv} overdue",
    "de": "Zahlungserinnerung – Rechnung {inv} überfällig",
    "fr": "Rappel de paiement – facture {inv} échue",
    "es": "Recordatorio de pago – factura {inv} vencida",
    "nl": "Betalingsherinnering – factuur {inv} vervallen",
    "it": "Sollecito di pagamento – fattura {inv} scaduta",
}
REMINDER_BODY = {
    "en": (
        "Hello,\n\n"
        "We're writing about the invoice below, which is now past its due date:\n\n"
        "   Invoice:       {inv}\n"
        "   Invoice date:  {issued}\n"
        "   Due date:      {due}\n"
        "   Amount due:    {amt}\n\n"
        "It covers the rental, filter changes and bottle deliveries for your site under your service agreement. If the payment is already on its way, thank you – please let us know the date it was sent. If something on the invoice doesn't look right, just reply to this email and we'll look into it.\n\n"
        "Many thanks,\n\n"
        "Credit Control\nCobalt Water Coolers Ltd\nUnit 9, Kestrel Park, Reading RG2 0QX\n0118 496 0327 | credit.control@cobalt-coolers.example"
    ),
    "de": (
        "Guten Tag,\n\n"
        "für die folgende Rechnung konnten wir bis heute keinen Zahlungseingang feststellen:\n\n"
        "   Rechnungsnummer:  {inv}\n"
        "   Rechnungsdatum:   {issued}\n"
        "   Fällig seit:      {due}\n"
        "   Offener Betrag:   {amt}\n\n"
        "Die Rechnung betrifft Miete, Filterwechsel und Lieferungen für Ihre Wasserspender und Kaffeemaschinen gemäß Servicevertrag. Falls Sie bereits überwiesen haben, vielen Dank – teilen Sie uns bitte kurz das Zahlungsdatum mit. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail.\n\n"
        "Freundliche Grüße\n\n"
        "Forderungsmanagement\nCobalt Water Coolers Ltd\ncredit.control@cobalt-coolers.example"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur de notre part, nous n'avons pas encore reçu le règlement de la facture suivante, arrivée à échéance :\n\n"
        "   Facture n° :      {inv}\n"
        "   Date :            {issued}\n"
        "   Échéance :        {due}\n"
        "   Montant dû :      {amt}\n\n"
        "Elle correspond à la location, à l'entretien et aux livraisons de vos fontaines à eau et machines à café selon votre contrat de service. Si le paiement est déjà parti, merci de nous en indiquer la date. Si quelque chose vous semble inexact, il vous suffit de répondre à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service recouvrement\nCobalt Water Coolers Ltd\ncredit.control@cobalt-coolers.example"
    ),
    "es": (
        "Buenos días:\n\n"
        "Le escribimos en relación con la siguiente factura, cuyo plazo de pago ya ha vencido:\n\n"
        "   N.º de factura:     {inv}\n"
        "   Fecha de factura:   {issued}\n"
        "   Vencimiento:        {due}\n"
        "   Importe pendiente:  {amt}\n\n"
        "Corresponde al alquiler, el mantenimiento y los suministros de sus fuentes de agua y cafeteras según su contrato de servicio. Si ya ha realizado el pago, gracias; indíquenos por favor la fecha. Si algo de la factura no le parece correcto, responda a este correo y lo revisaremos.\n\n"
        "Un saludo,\n\n"
        "Departamento de cobros\nCobalt Water Coolers Ltd\ncredit.control@cobalt-coolers.example"
    ),
    "nl": (
        "Goedendag,\n\n"
        "Voor onderstaande factuur hebben wij nog geen betaling ontvangen, terwijl de vervaldatum is verstreken:\n\n"
        "   Factuurnummer:      {inv}\n"
        "   Factuurdatum:       {issued}\n"
        "   Vervaldatum:        {due}\n"
        "   Openstaand bedrag:  {amt}\n\n"
        "Het gaat om de huur, het onderhoud en de leveringen voor uw waterkoelers en koffiemachines volgens uw servicecontract. Is de betaling al onderweg, laat ons dan de datum weten. Klopt er iets niet aan de factuur, beantwoord dan gewoon deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nCobalt Water Coolers Ltd\ncredit.control@cobalt-coolers.example"
    ),
    "it": (
        "Buongiorno,\n\n"
        "dai nostri registri la seguente fattura risulta scaduta e non ancora saldata:\n\n"
        "   Fattura n.:          {inv}\n"
        "   Data fattura:        {issued}\n"
        "   Scadenza:            {due}\n"
        "   Importo da saldare:  {amt}\n\n"
        "Si riferisce al noleggio, alla manutenzione e alle forniture per i vostri erogatori d'acqua e macchine da caffè come da contratto di assistenza. Se il pagamento è già stato disposto, grazie: vi chiediamo solo di indicarci la data. Se qualcosa nella fattura non vi torna, rispondete pure a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio crediti\nCobalt Water Coolers Ltd\ncredit.control@cobalt-coolers.example"
    ),
}
DATE_FORMAT = {
    "en": "{d} {ms} {y}",
    "de": "{dd}.{mo}.{y}",
    "fr": "{dd}/{mo}/{y}",
    "es": "{dd}/{mo}/{y}",
    "nl": "{dd}-{mo}-{y}",
    "it": "{dd}/{mo}/{y}",
}
AMOUNT_CHOICES = (
    "96.00",
    "148.80",
    "212.40",
    "286.56",
    "354.00",
    "431.28",
    "618.90",
    "1044.00",
)
NBSP = "\u00a0"
# What a Latin-1 client does to characters it cannot send.
LATIN1_FIXES = {"–": "-", "€": "EUR", "’": "'", "…": "...", "“": '"', "”": '"'}


def money(amount: str, lang: str) -> str:
    """The amount as Cobalt's reminder prints it for a customer writing in `lang`."""
    value = Decimal(amount)
    whole, cents = f"{value:.2f}".split(".")
    grouped = f"{int(whole):,}"
    if lang == "en":
        return f"£{grouped}.{cents}"
    if lang == "fr":
        return f"{grouped.replace(',', NBSP)},{cents}{NBSP}€"
    dotted = grouped.replace(",", ".")
    if lang in {"nl", "it"}:
        return f"€ {dotted},{cents}"
    return f"{dotted},{cents} €"


def latin1_safe(text: str) -> str:
    """Replace what ISO-8859-1 cannot carry, the way a Latin-1 client would."""
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    return text


# --------------------------------------------------------------------------------------------
# Specs
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable pseudo-random byte string for one message and one purpose."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def pick(key: str, salt: str, n: int) -> int:
    """A stable number in range(n) for one message and one purpose."""
    return int.from_bytes(digest(key, salt)[:4], "big") % n


@dataclass(frozen=True)
class Reply:
    """One hand-written message sent to the receivables mailbox, and its labels.

    `when` is the sender's wall-clock time; UK senders (English) write in GMT and everyone else
    in CET, as the dates all fall in winter. `inv` and `amount` describe the reminder being
    answered; they default to stable values derived from the key.
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
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    headers: tuple[tuple[str, str], ...] = ()
    threaded: bool = True

    @property
    def tz(self) -> timezone:
        """The sender's UTC offset on these winter dates."""
        return UK if self.lang == "en" else CET

    @property
    def dt(self) -> datetime:
        """The message's Date, with a stable number of seconds."""
        local = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return local.replace(second=pick(self.key, "second", 60), tzinfo=self.tz)

    @property
    def invoice(self) -> str:
        """The invoice number the reminder was about."""
        return self.inv or f"CWC {281000 + pick(self.key, 'invoice', 12000)}"

    @property
    def due_amount(self) -> str:
        """The amount the reminder asked for, as a decimal string."""
        return self.amount or AMOUNT_CHOICES[pick(self.key, "amount", len(AMOUNT_CHOICES))]


def lab(refs: tuple[str, ...] = (), note: str | None = None, **fields: str) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are the invoices named in the new text."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label keys {sorted(unknown)}")
    return {**fields, "invoice_refs": list(refs), "note": note}


# --------------------------------------------------------------------------------------------
# Dates, identifiers and small text helpers
# --------------------------------------------------------------------------------------------


def date_words(lang: str, dt: datetime) -> dict[str, str]:
    """Every piece of a date that the client templates use, in one language."""
    return {
        "ds": DAY_SHORT[lang].split()[dt.weekday()],
        "dl": DAY_LONG[lang].split()[dt.weekday()],
        "ms": MONTH_SHORT[lang].split()[dt.month - 1],
        "ml": MONTH_LONG[lang].split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "ss": f"{dt.second:02d}",
    }


def fmt(template: str, lang: str, dt: datetime, **extra: str) -> str:
    """Fill a client template with a localised date and any extra fields."""
    return template.format(**date_words(lang, dt), **extra)


def reminder_sent(key: str, reply: datetime) -> datetime:
    """When the answered reminder went out: a working-day morning, UK time, before the reply."""
    day = reply.astimezone(UK) - timedelta(days=1 + pick(key, "lag", 3))
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=8, minute=5 + pick(key, "minute", 50), second=pick(key, "s2", 60))


def invoice_dates(key: str) -> tuple[date, date]:
    """Issue and due date of the answered invoice (30 days' terms, due before the reminder)."""
    issued = date(2028, 11, 10) + timedelta(days=pick(key, "issued", 26))
    return issued, issued + timedelta(days=30)


def b32(key: str, salt: str, n: int) -> str:
    """A stable base32 token."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def reminder_msgid(key: str) -> str:
    """Message-ID of the reminder that the message answers (or that bounced)."""
    return f"<dunmail.{digest(key, 'reminder').hex()[:20]}@{AR_DOMAIN}>"


def uuid_like(raw: bytes) -> str:
    """A UUID-shaped upper-case token, as Apple clients write them."""
    h = raw.hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def reply_msgid(key: str, style: str, addr: str) -> str:
    """A Message-ID shaped like the one the sender's client would make."""
    domain = addr.split("@")[1]
    raw = digest(key, "message-id")
    if style in {"gmail", "gmail_plain"}:
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if style in OUTLOOK_FAMILY:
        host = f"{b32(key, 'host', 4)}PR0{1 + raw[0] % 9}MB{1000 + raw[1] * 31 % 9000}"
        return f"<{b32(key, 'ms', 34)}@{host}.eurprd0{1 + raw[2] % 8}.prod.outlook.com>"
    if style in {"apple", "iphone"}:
        return f"<{uuid_like(raw)}@{domain}>"
    if style == "thunderbird":
        return f"<{raw.hex()[:8]}-{raw.hex()[8:12]}-{raw.hex()[12:16]}-{raw.hex()[16:20]}-{raw.hex()[20:32]}@{domain}>"
    return f"<{raw.hex()[:26]}@{domain}>"


def quote_lines(text: str) -> str:
    """Quote with '>' the way most plain-text clients do."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def flowed_lines(text: str, quoted: bool, width: int = 76) -> list[str]:
    """RFC 3676 format=flowed lines: soft breaks keep a trailing space; stuffing where needed."""
    out: list[str] = []
    lead = "> " if quoted else ""
    for raw in text.split("\n"):
        line = raw.rstrip(" ")
        if not line:
            out.append(">" if quoted else "")
            continue
        if not quoted and line.startswith((" ", ">", "From ")):
            line = " " + line
        room = width - len(lead)
        while len(line) > room:
            cut = line.rfind(" ", 0, room)
            if cut <= 0:
                cut = line.find(" ", room)
                if cut < 0:
                    break
            while cut + 1 < len(line) and line[cut + 1] == " ":
                cut += 1
            out.append(lead + line[: cut + 1])
            line = line[cut + 1 :]
        out.append(lead + line)
    return out


def html_text(text: str) -> str:
    """Lines joined with <br>, escaped; runs of spaces kept with &nbsp; as clients do."""
    return "<br>\n".join(
        html.escape(line, quote=False).replace("  ", "&nbsp; ") for line in text.split("\n")
    )


def html_paragraphs(text: str) -> str:
    """One <div> per paragraph, as Gmail and Apple clients write them."""
    return "\n".join(f"<div>{html_text(p)}</div><div><br></div>" for p in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Word's MsoNormal paragraphs, one per line, as Outlook writes them."""
    out = []
    for line in text.split("\n"):
        inner = (
            html.escape(line, quote=False).replace("  ", " &nbsp;") if line else "<o:p>&nbsp;</o:p>"
        )
        out.append(f'<p class="MsoNormal">{inner}</p>')
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME parts and headers
# --------------------------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in `charset` with the transfer encoding the client would pick."""
    text.encode(charset)  # raises if the hand-written text does not fit the charset
    chs = cs.Charset(charset)
    if cte == "qp":
        chs.body_encoding = cs.QP
    elif cte == "b64":
        chs.body_encoding = cs.BASE64
    else:  # 7bit or 8bit: sent as is
        chs.body_encoding = None  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chs)
    return part


def encoded_header(
    value: str, charset: str, b_encoding: bool = False, name: str = "Subject"
) -> str:
    """The header value as the client writes it: RFC 2047 encoded words when not ASCII."""
    if value.isascii():
        return value
    codec = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(codec)
    except UnicodeEncodeError:
        codec = "utf-8"
    chs = cs.Charset(codec)
    chs.header_encoding = cs.BASE64 if b_encoding and codec == "utf-8" else cs.QP
    return Header(value, chs, header_name=name).encode()


def mailbox(name: str, addr: str, charset: str, b_encoding: bool = False) -> str:
    """A From/To/Cc mailbox with the display name encoded if needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, b_encoding, 'From')} <{addr}>"


def alternative(plain: Message, markup: Message) -> Message:
    """multipart/alternative with the plain text first."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def content_headers_last(msg: Message) -> None:
    """Put the MIME headers below the envelope headers, where clients put them."""
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def strip_inner_versions(part: Message, top: bool = True) -> None:
    """Only the top of a message (or of an enclosed message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    if part.is_multipart():
        enclosed = part.get_content_type() == "message/rfc822"
        for sub in cast("list[Message]", part.get_payload()):
            if isinstance(sub, Message):
                strip_inner_versions(sub, top=enclosed)


BOUNDARY_SHAPES = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "bounce": "----=_NextPart_",
}


def fix_boundaries(msg: Message, key: str, style: str) -> None:
    """Deterministic boundaries, shaped like the client's own."""
    shape = BOUNDARY_SHAPES.get(style, "_000_" if style in OUTLOOK_FAMILY else "----=_Part_")
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for n, part in enumerate(multiparts):
        token = (
            digest(key, f"boundary{n}").hex()[:28]
            if style == "gmail"
            else b32(key, f"boundary{n}", 26)
        )
        part.set_boundary(shape + token + ("_" if shape == "_000_" else ""))


def finalize(msg: Message, key: str, style: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    content_headers_last(msg)
    strip_inner_versions(msg)
    fix_boundaries(msg, key, style)
    return msg


# --------------------------------------------------------------------------------------------
# The quoted reminder and the client layouts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def reminder_subject(lang: str, inv: str) -> str:
    """Subject of Cobalt's reminder."""
    return REMINDER_SUBJECT[lang].format(inv=inv)


def reminder_body(lang: str, key: str, inv: str, amount: str) -> str:
    """Body of Cobalt's reminder for one invoice."""
    issued, due = invoice_dates(key)
    return REMINDER_BODY[lang].format(
        inv=inv,
        issued=fmt(DATE_FORMAT[lang], lang, datetime.combine(issued, datetime.min.time())),
        due=fmt(DATE_FORMAT[lang], lang, datetime.combine(due, datetime.min.time())),
        amt=money(amount, lang),
    )


def make_quote(r: Reply) -> Quote:
    """What the reply quotes, in the sender's language and local time."""
    text = reminder_body(r.lang, r.key, r.invoice, r.due_amount)
    subject = reminder_subject(r.lang, r.invoice)
    if r.charset == "iso-8859-1":
        text, subject = latin1_safe(text), latin1_safe(subject)
    sent = reminder_sent(r.key, r.dt).astimezone(r.tz)
    to = formataddr(r.who) if r.who[0].isascii() else f"{r.who[0]} <{r.who[1]}>"
    return Quote(text, subject, sent, r.lang, to)


def outlook_block(q: Quote, sent_format: Mapping[str, str] = OUTLOOK_SENT) -> list[str]:
    """From / Sent / To / Subject, as Outlook prints them above a quoted message."""
    w = OUTLOOK_WORDS[q.lang]
    return [
        f"{w.sender}{w.colon}{AR_NAME} <{AR_ADDR}>",
        f"{w.sent}{w.colon}{fmt(sent_format[q.lang], q.lang, q.sent)}",
        f"{w.to}{w.colon}{q.to}",
        f"{w.subject}{w.colon}{q.subject}",
    ]


def attribution(kind: str, q: Quote, with_address: bool = True) -> str:
    """The 'On ... wrote:' line of a client, in the sender's language."""
    return fmt(
        ATTRIBUTION[kind][q.lang],
        q.lang,
        q.sent,
        name=AR_NAME,
        addr=AR_ADDR if with_address else "",
    )


def word_html(r: Reply, q: Quote) -> str:
    """Outlook desktop HTML: Word markup, the reply, the divider div and the quoted reminder."""
    w = OUTLOOK_WORDS[q.lang]
    labels = (w.sender, w.sent, w.to, w.subject)
    values = [line.split(w.colon, 1)[1] for line in outlook_block(q)]
    head = "<br>\n".join(
        f"<b>{html.escape(label)}:</b> {html.escape(value)}"
        for label, value in zip(labels, values, strict=True)
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face\n\t{font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle18\n\t{mso-style-type:personal-reply;\n\tcolor:windowtext;}\n"
        ".MsoChpDefault\n\t{mso-style-type:export-only;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{HTML_LANG[r.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal">{head}</p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def style_outlook(r: Reply, q: Quote) -> Message:
    """Outlook desktop, plain text, with the localised 'Original Message' divider."""
    block = "\n".join([OUTLOOK_WORDS[q.lang].divider, *outlook_block(q)])
    return text_part(f"{r.body}\n\n{block}\n\n{q.text}\n", "plain", r.charset, r.cte)


def style_outlook_html(r: Reply, q: Quote) -> Message:
    """Outlook desktop HTML: multipart/alternative, Word markup and its plain rendering."""
    plain = "\n".join([r.body, "", *outlook_block(q), "", q.text, ""])
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(word_html(r, q), "html", r.charset, r.cte),
    )


def style_html_only(r: Reply, q: Quote) -> Message:
    """An Outlook message sent as text/html only."""
    return text_part(word_html(r, q), "html", r.charset, r.cte)


def style_android(r: Reply, q: Quote) -> Message:
    """Outlook for Android: plain text in base64, the app's footer, then the quoted header block."""
    block = "\n".join(outlook_block(q, ANDROID_SENT))
    text = f"{r.body}\n\n{ANDROID_SIGNATURE[q.lang]}\n{'_' * 32}\n{block}\n\n{q.text}\n"
    return text_part(text, "plain", r.charset, "b64")


def style_gmail(r: Reply, q: Quote) -> Message:
    """Gmail: multipart/alternative with the gmail_quote blockquote."""
    attr = attribution("gmail", q)
    plain = f"{r.body}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", r.charset, r.cte),
        text_part(markup, "html", r.charset, r.cte),
    )


def style_gmail_plain(r: Reply, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting under the attribution line."""
    return text_part(
        f"{r.body}\n\n{attribution('gmail', q)}\n\n{quote_lines(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def style_apple(r: Reply, q: Quote) -> Message:
    """Apple Mail on a Mac, plain text."""
    return text_part(
        f"{r.body}\n\n{attribution('apple', q)}\n\n{quote_lines(q.text)}\n",
        "plain",
        r.charset,
        r.cte,
    )


def style_iphone(r: Reply, q: Quote) -> Message:
    """iPhone Mail: the reply, the localised signature, then everything quoted."""
    quoted = quote_lines(f"{attribution('apple', q)}\n\n{q.text}")
    return text_part(
        f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted}\n",
        "plain",
        r.charset,
        r.cte,
    )


def style_thunderbird(r: Reply, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text, attribution line without the address."""
    lines = [
        *flowed_lines(r.body, quoted=False),
        "",
        attribution("thunderbird", q, with_address=False),
    ]
    lines += flowed_lines(q.text, quoted=True)
    part = text_part("\n".join(lines) + "\n", "plain", r.charset, r.cte)
    part.set_param("format", "flowed")
    return part


def notice_html(text: str) -> str:
    """HTML for an automatic notice: paragraphs, and tables where columns are aligned."""
    blocks = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if len(lines) > 1 and all(re.search(r"\S {2,}\S", line) for line in lines):
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<td>{html.escape(cell)}</td>" for cell in re.split(r" {2,}", line.strip())
                )
                + "</tr>\n"
                for line in lines
            )
            blocks.append(
                f'<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">\n{rows}</table>'
            )
        else:
            blocks.append(f"<p>{html_text(para)}</p>")
    body = "\n".join(blocks)
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family:Arial,sans-serif;font-size:10pt">\n{body}\n</body></html>\n'


def style_none(r: Reply, q: Quote) -> Message:
    """An automatic notice in plain text: it quotes nothing."""
    del q
    return text_part(r.body + "\n", "plain", r.charset, r.cte)


def style_none_alt(r: Reply, q: Quote) -> Message:
    """An automatic notice in plain text and HTML."""
    del q
    return alternative(
        text_part(r.body + "\n", "plain", r.charset, r.cte),
        text_part(notice_html(r.body), "html", r.charset, r.cte),
    )


def style_none_html(r: Reply, q: Quote) -> Message:
    """An automatic notice in HTML only."""
    del q
    return text_part(notice_html(r.body), "html", r.charset, r.cte)


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
    "none_alt": style_none_alt,
    "none_html": style_none_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
STYLE_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "apple": (("X-Mailer", "Apple Mail (2.3864.200.12)"),),
    "iphone": (("X-Mailer", "iPhone Mail (23C71)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
}


def reply_subject(r: Reply, q: Quote) -> str:
    """The subject the client writes: its reply prefix, or the notice's own subject."""
    if r.subject:
        return r.subject.format(rsub=q.subject)
    prefix = OUTLOOK_WORDS[q.lang].reply_prefix if r.style in OUTLOOK_FAMILY else "Re: "
    return prefix + q.subject


def content_language(lang: str) -> str:
    """The language tag Outlook writes for a sender."""
    return "en-GB" if lang == "en" else f"{lang}-{lang.upper()}"


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    """The headers Exchange adds to messages from Outlook clients."""
    return [
        ("Thread-Topic", encoded_header(q.subject, r.charset, True, "Thread-Topic")),
        ("Thread-Index", base64.b64encode(digest(r.key, "thread")[:22]).decode()),
        ("Accept-Language", f"{content_language(r.lang)}, en-US"),
        ("Content-Language", content_language(r.lang)),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def build_reply(r: Reply) -> Message:
    """The whole message as it arrives in the receivables mailbox."""
    q = make_quote(r)
    msg = STYLES[r.style](r, q)
    b_words = r.style in OUTLOOK_FAMILY
    msg["From"] = mailbox(*r.who, r.charset, b_words)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    extra = list(r.headers)
    for name, value in [x for x in extra if x[0] == "Cc"]:
        msg[name] = value
    msg["Subject"] = encoded_header(reply_subject(r, q), r.charset, b_words)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r.key, r.style, r.who[1])
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    style_extra = (
        outlook_headers(r, q) if r.style in OUTLOOK_FAMILY else list(STYLE_HEADERS.get(r.style, ()))
    )
    for name, value in [*style_extra, *[x for x in extra if x[0] != "Cc"]]:
        msg[name] = value
    return finalize(msg, r.key, r.style)


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
        ("Dean Holloway", "dean@ironworksgym.example"),
        "2029-01-09 07:48",
        "iphone",
        "Paid.",
        lab(note="one-word reply to an overdue reminder; no date given"),
    ),
    Reply(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Kerry Mills", "kerry@millsprint.example"),
        "2029-01-18 13:06",
        "android",
        "done",
        lab(note="lower-case 'done' in answer to a payment reminder means paid; no date"),
    ),
    Reply(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Helen Marsh", "helen.marsh@brookfielddental.example"),
        "2029-01-14 21:37",
        "gmail",
        "Hi there,\n\nI'm on annual leave this week so just a quick one from my phone. Please don't put us on stop – I paid CWC 285130 over the phone by card on Friday afternoon, £186.00, and the lady I spoke to (Becky?) gave me an authorisation code 0471Q. It should be showing on your side by now.\n\nI'm back in the practice on Monday 22nd if you need anything else.\n\nHelen Marsh\nPractice Manager\nBrookfield Dental Care",
        lab(
            ("CWC 285130",),
            "a person on leave writes under an 'out of office' subject; the body reports a card payment on Fri 12 Jan, so no auto_reply and no return date",
            paid_date="2029-01-12",
            payment_reference="0471Q",
            amount="186.00",
            currency="GBP",
        ),
        inv="CWC 285130",
        amount="186.00",
        subject="Out of office till Mon 22nd - Re: {rsub}",
    ),
    Reply(
        "ps-de-1",
        "payment_sent",
        "de",
        (
            "HanseVita Kliniken – Kreditorenbuchhaltung",
            "zahlungsavis@hansevita-kliniken.example",
        ),
        "2029-01-17 05:42",
        "none_alt",
        "Zahlungsavis\n\nSehr geehrte Damen und Herren,\n\nwir haben die folgenden Posten zur Zahlung freigegeben und am 17.01.2029 an Ihre Bank überwiesen.\n\nZahlungsbeleg:      4100098761\nKreditorennummer:   700455\nZahlweg:            SEPA-Überweisung\nBuchungskreis:      HVK1\n\nIhre Belegnr.   Belegdatum   Bruttobetrag   Skonto   Zahlbetrag\nCWC 287045      04.12.2028       1.271,20     0,00     1.271,20\nCWC 287046      04.12.2028         214,20     0,00       214,20\n\nSumme Zahlbetrag: 1.485,40 EUR\n\nDieses Postfach wird nicht überwacht. Rückfragen richten Sie bitte unter Angabe des Zahlungsbelegs an kreditoren@hansevita-kliniken.example.\n\nHanseVita Kliniken GmbH – Kreditorenbuchhaltung\nDiese Nachricht wurde automatisch erstellt.",
        lab(
            ("CWC 287045", "CWC 287046"),
            "AP-system payment advice, quotes nothing; the total of both lines is the amount paid; the queries address is not a new contact",
            paid_date="2029-01-17",
            payment_reference="4100098761",
            amount="1485.40",
            currency="EUR",
        ),
        subject="Zahlungsavis 4100098761 – Cobalt Water Coolers Ltd",
        threaded=False,
    ),
    Reply(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Claire Dubosc", "c.dubosc@dubosc-lemaire-avocats.example"),
        "2029-01-11 14:05",
        "gmail",
        "Bonjour,\n\nCette facture a été réglée par virement le 9 janvier, référence de l'opération VIR-0109-55821. Le montant devrait donc apparaître prochainement sur votre relevé.\n\nJe vous remercie de bien vouloir mettre à jour votre suivi.\n\nBien cordialement,\n\nClaire Dubosc\nAssistante de direction\nDubosc & Lemaire Avocats\n12, rue des Tanneurs – 67000 Strasbourg",
        lab(paid_date="2029-01-09", payment_reference="VIR-0109-55821"),
    ),
    Reply(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Karim Benali", "karim.benali.coach@gmail.com"),
        "2029-01-20 11:12",
        "iphone",
        "cest payé depuis mardi dernier normalement vous devriez lavoir recu\nbonne journée\nKarim",
        lab(
            note="no punctuation or apostrophes; 'mardi dernier' from Sat 20 Jan is Tue 16 Jan",
            paid_date="2029-01-16",
        ),
    ),
    Reply(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Marta Vidal Roig", "marta.vidal@fisiosantgervasi.example"),
        "2029-01-17 09:40",
        "outlook_html",
        "Buenos días:\n\nEl pago de la factura CWC 287310 se ordenó ayer por transferencia, por importe de 529,30 €. En cuanto el banco nos dé el justificante se lo reenvío.\n\nAprovecho para pedirles una copia de la factura en PDF: nuestra gestoría dice que no la tiene y la necesita para cerrar el trimestre.\n\nGracias y un saludo,\n\nMarta Vidal Roig\nAdministración\nClínica de Fisioterapia Sant Gervasi",
        lab(
            ("CWC 287310",),
            "paid, plus a request for a copy: the payment claim wins; 'ayer' from Wed 17 Jan; a transfer ordered at the bank counts as sent",
            paid_date="2029-01-16",
            amount="529.30",
            currency="EUR",
        ),
        inv="CWC 287310",
        amount="529.30",
        charset="windows-1252",
    ),
    Reply(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Jorge Almansa", "jorge@almansa-arquitectos.example"),
        "2029-01-22 12:31",
        "android",
        "Hecho, transferencia hecha esta mañana 👍\nJorge",
        lab(note="'esta mañana' is the message date", paid_date="2029-01-22"),
    ),
    Reply(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Ruud Verhoeven", "r.verhoeven@verhoeven-installatietechniek.example"),
        "2029-01-16 08:55",
        "gmail_plain",
        "Hoi,\n\nIs gisteren overgemaakt, kenmerk 2029011500734.\n\nGr. Ruud",
        lab(paid_date="2029-01-15", payment_reference="2029011500734"),
    ),
    Reply(
        "ps-nl-2",
        "payment_sent",
        "nl",
        ("Inge de Boer", "inge@dewerkplaats-delft.example"),
        "2029-01-19 16:48",
        "thunderbird",
        "Hallo,\n\nExcuses dat ik nu pas reageer. Het is hier de afgelopen weken een gekkenhuis geweest: we hebben in december de hele tweede verdieping laten verbouwen, de helft van de huurders zat een tijd in de kantine te werken en ik ben twee weken bezig geweest met het verhuizen van de vergaderruimtes. Jullie monteur is trouwens nog langs geweest voor de koeler bij de trap die lekte, dat is netjes opgelost, complimenten daarvoor.\n\nMaar goed, de factuur. Die hebben we gewoon op 5 januari betaald, samen met die van december, in één overboeking. Ik heb het net nog in de bank-app nagekeken en ik zie op die datum € 318,40 naar jullie gaan. Dus als het goed is staat het al bij jullie.\n\nNog iets anders: we krijgen er in maart waarschijnlijk een stuk of vijftien nieuwe huurders bij. Kunnen jullie een offerte maken voor een tweede koffiemachine op de eerste verdieping? Liefst eentje met bonen, de leden klagen over de capsules.\n\nHartelijke groet,\nInge de Boer\nCommunitymanager\nDe Werkplaats Delft",
        lab(
            note="long reply; the payment on 5 Jan is buried between building news and a sales question; the amount covers two invoices",
            paid_date="2029-01-05",
            amount="318.40",
            currency="EUR",
        ),
        cte="8bit",
    ),
    Reply(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Mauro Ferri", "mauro.ferri.boxe@gmail.com"),
        "2029-01-15 07:10",
        "gmail_plain",
        "GIA PAGATO IL 12/01 CON BONIFICO. CONTROLLATE MEGLIO PRIMA DI MANDARE SOLLECITI\n\nMAURO FERRI\nPALESTRA FERRI BOXE",
        lab(
            note="all caps; '12/01' in Italian day/month order is 12 January",
            paid_date="2029-01-12",
        ),
    ),
    Reply(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Comune di Valdorno - Ragioneria", "ragioneria@comune.valdorno.example"),
        "2029-01-22 11:03",
        "outlook",
        "Spett.le Cobalt Water Coolers Ltd,\n\ncon riferimento alla Vs. fattura n. CWC 288015 dell'importo di euro 364,60, si comunica che la stessa è stata liquidata con mandato di pagamento n. 2029/418, quietanzato dal Tesoriere comunale in data 19/01/2029.\n\nDistinti saluti.\n\nIl Responsabile del Servizio Finanziario\nDott.ssa Giovanna Pellegrini\nComune di Valdorno",
        lab(
            ("CWC 288015",),
            "public body: the payment order was cashed by the treasurer on 19 Jan; the order number is the reference",
            paid_date="2029-01-19",
            payment_reference="2029/418",
            amount="364.60",
            currency="EUR",
        ),
        inv="CWC 288015",
        amount="364.60",
        charset="iso-8859-1",
        cte="8bit",
    ),
]

PROMISE_TO_PAY = [
    Reply(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Leanne Pritchard", "l.pritchard@calderbrook-ha.example"),
        "2029-01-09 15:20",
        "outlook_html",
        "Hi,\n\nThanks for your email. CWC 283990 (£1,146.00) was approved by the budget holder yesterday and has been picked up for Friday's BACS run, so you should see it early next week.\n\nKind regards\n\nLeanne Pritchard\nAccounts Payable Officer\nCalderbrook Housing Association\nTel: 01632 960418",
        lab(
            ("CWC 283990",),
            "past tense ('approved', 'picked up') for a payment run still to come; the Friday after Tue 9 Jan",
            promised_date="2029-01-12",
            amount="1146.00",
            currency="GBP",
        ),
        inv="CWC 283990",
        amount="1146.00",
        headers=(SUPPRESS,),
    ),
    Reply(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Amy Richter", "amy.glowstudio@gmail.com"),
        "2029-01-18 20:14",
        "gmail",
        "Not yet sorry!! Been a mad month. Will sort it by the end of the month x\n\nAmy\nGlow Beauty Studio",
        lab(
            note="'not yet' then a promise; 'the end of the month' is 31 Jan",
            promised_date="2029-01-31",
        ),
    ),
    Reply(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Mrs P. Okafor", "bursar@staldhelms.example"),
        "2029-01-26 10:02",
        "outlook",
        "Dear Sir or Madam,\n\nThank you for your reminder regarding the above invoice. I can confirm that it will be paid next Thursday, once the Finance Committee has signed off the January payments. Please accept my apologies for the delay – the committee meeting was postponed from last week.\n\nYours faithfully,\n\nMrs P. Okafor\nSchool Business Manager\nSt Aldhelm’s C of E Primary School",
        lab(
            note="very formal; 'next Thursday' written on Fri 26 Jan is Thu 1 Feb",
            promised_date="2029-02-01",
        ),
        charset="windows-1252",
    ),
    Reply(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Markus Brandt", "m.brandt@autohaus-brandt.example"),
        "2029-01-17 13:02",
        "android",
        "Hallo,\n\nZahlung ist für KW 5 eingeplant.\n\nGruß\nM. Brandt\nBuchhaltung Autohaus Brandt",
        lab(
            note="'KW 5' is the ISO week starting Mon 29 Jan 2029; a week resolves to its Monday",
            promised_date="2029-01-29",
        ),
    ),
    Reply(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Jens Wiegand", "j.wiegand@landkreis-hohenstein.example"),
        "2029-01-22 09:12",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Erinnerung. Die Rechnung CWC 289112 wurde sachlich und rechnerisch geprüft und zur Zahlung angewiesen. Die Überweisung erfolgt mit dem nächsten Zahllauf der Kreiskasse am Donnerstag, 25.01.2029.\n\nWir bitten, die Verzögerung zu entschuldigen; sie ist auf den Jahresabschluss zurückzuführen.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nJens Wiegand\nLandkreis Hohenstein\nFachbereich Finanzen – Kreiskasse",
        lab(
            ("CWC 289112",),
            "public body; 'zur Zahlung angewiesen' (past tense) announces a payment run on 25 Jan",
            promised_date="2029-01-25",
        ),
        inv="CWC 289112",
        charset="windows-1252",
    ),
    Reply(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Sophie Marchand", "sophie.marchand@kine-deslilas.example"),
        "2029-01-12 18:30",
        "apple",
        "Bonjour,\n\nDésolée pour le retard. Nous réglerons cette facture en fin de mois, en même temps que nos autres fournisseurs.\n\nBonne soirée,\nSophie Marchand\nCabinet de kinésithérapie des Lilas",
        lab(
            note="'en fin de mois' → the last day of January",
            promised_date="2029-01-31",
        ),
    ),
    Reply(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Lucía Ferrer", "lucia@estudioyogaluz.example"),
        "2029-01-16 19:45",
        "iphone",
        "Hola! Lo pago a finales de mes sin falta, ahora vamos un poco justos. Perdona el retraso\n\nLucía",
        lab(note="'a finales de mes' → 31 Jan", promised_date="2029-01-31"),
    ),
    Reply(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Lozano Asesores", "administracion@lozanoasesores.example"),
        "2029-01-10 12:15",
        "outlook",
        "Estimados señores:\n\nLes informamos de que la factura CWC 284771 se abonará el próximo día 15, fecha en la que realizamos los pagos a proveedores.\n\nAtentamente,\n\nDepartamento de Administración\nLozano Asesores, S.L.",
        lab(
            ("CWC 284771",),
            "'el próximo día 15' written on Wed 10 Jan",
            promised_date="2029-01-15",
        ),
        inv="CWC 284771",
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Ellen Bakker", "ellen@fitenvitaal-sportschool.example"),
        "2029-01-11 17:20",
        "gmail",
        "Hoi,\n\nWe betalen hem over twee weken, dan hebben we de contributies van januari binnen. Sorry voor het wachten!\n\nGroetjes,\nEllen\nSportschool Fit & Vitaal",
        lab(
            note="'over twee weken' from Thu 11 Jan → Thu 25 Jan",
            promised_date="2029-01-25",
        ),
    ),
    Reply(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("B. Hoekstra", "crediteuren@hoekstra-vandijk.example"),
        "2029-01-29 10:45",
        "outlook_html",
        "Geachte heer, mevrouw,\n\nDank voor uw herinnering. De betaling van factuur CWC 290455 staat ingepland voor vrijdag 2 februari aanstaande.\n\nMet vriendelijke groet,\n\nB. Hoekstra\nFinanciële administratie\nHoekstra & Van Dijk Advocaten",
        lab(("CWC 290455",), promised_date="2029-02-02"),
        inv="CWC 290455",
    ),
    Reply(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Federica Rinaldi", "segreteria@studiorinaldi-dentisti.example"),
        "2029-01-24 10:30",
        "thunderbird",
        "Buongiorno,\n\nci scusiamo per il ritardo: provvederemo al saldo della fattura entro fine mese.\n\nCordiali saluti\nFederica Rinaldi\nStudio Dentistico Rinaldi",
        lab(note="'entro fine mese' → 31 Jan", promised_date="2029-01-31"),
        cte="8bit",
    ),
    Reply(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Alessia Conti", "amministrazione@contiarredamenti.example"),
        "2029-01-30 09:05",
        "outlook_html",
        "Buongiorno,\n\nil bonifico partirà il 15/02, che è la nostra data fissa di pagamento fornitori. Purtroppo prima non riusciamo\n\nSaluti\nAlessia Conti\nAmministrazione – Conti Arredamenti srl",
        lab(
            note="'15/02' in Italian day/month order is 15 February",
            promised_date="2029-02-15",
        ),
    ),
]

DISPUTE = [
    Reply(
        "di-en-1",
        "dispute",
        "en",
        ("Ryan Cole", "ryan.cole@pulsefitness-harrogate.example"),
        "2029-01-09 11:18",
        "gmail",
        "Hi,\n\nWe've paid the rental part of CWC 285877 (£96) but we won't be paying the £145 call-out charge. Your engineer came out to fix a leak that your own delivery driver caused when he dropped a bottle on the tap in December – we reported it at the time. Send us a credit note for the £145 and we'll call it square.\n\nCheers\nRyan Cole\nClub Manager, Pulse Fitness Harrogate",
        lab(
            ("CWC 285877",),
            "paid part and disputes the rest: dispute wins over the payment claim",
        ),
        inv="CWC 285877",
        amount="241.00",
    ),
    Reply(
        "di-en-2",
        "dispute",
        "en",
        ("Sarah Whitlock", "s.whitlock@greenwaymedical.example"),
        "2029-01-11 09:31",
        "outlook",
        "Hello,\n\nWe have NOT paid this invoice because the coffee machine in the staff room has been out of order since mid-November. I have logged it with your service line three times (refs SR-11872, SR-11940 and SR-12006) and nobody has been out to look at it.\n\nI am not prepared to pay rental on a machine that doesn't work. Please either repair or collect it and re-issue the invoice without the rental for the months it has been broken.\n\nRegards,\nSarah Whitlock\nPractice Manager\nGreenway Medical Centre",
        lab(note="negated payment with the reason; the reissue request is part of the dispute"),
        headers=(SUPPRESS,),
    ),
    Reply(
        "di-en-3",
        "dispute",
        "en",
        ("Nadia Fairhurst", "nadia.fairhurst@fairhurstwebb.example"),
        "2029-01-24 17:55",
        "apple",
        "Hi,\n\nApologies for the slow reply, it's been a chaotic start to the year here. We moved the whole firm from the old building on Castle Street to the new offices at Wharf House over Christmas and I'm still finding boxes. Your driver was very helpful with the bottles on moving day, by the way, please pass on our thanks.\n\nOn the invoice – I've been through it with our cashier and the problem is the second cooler. We asked for it to be taken away in October, when we gave up the second floor ahead of the move, and Gary from your office confirmed by email on 12 October that it would be collected, which it was. But you've charged us for two coolers for the whole quarter. We're happy to pay for the one we've still got but not for the one you took back.\n\nCould you have a look and let me know? I can forward Gary's email if that helps.\n\nBest wishes,\nNadia Fairhurst\nOffice Manager\nFairhurst & Webb Solicitors",
        lab(
            note="long reply; a collected cooler still charged, buried after news of an office move"
        ),
    ),
    Reply(
        "di-de-1",
        "dispute",
        "de",
        ("Claudia Neumann", "c.neumann@ingenieurbuero-neumann.example"),
        "2029-01-15 11:47",
        "outlook_html",
        "Sehr geehrte Damen und Herren,\n\ndie Rechnung CWC 286210 können wir nicht bezahlen: Sie berechnet dieselbe Quartalsmiete (Oktober bis Dezember) für den Wasserspender im Empfang, die Sie uns bereits mit CWC 285540 in Rechnung gestellt haben. Diese Rechnung haben wir am 14.11. beglichen.\n\nBitte stornieren Sie CWC 286210 und bestätigen Sie uns das kurz.\n\nMit freundlichen Grüßen\nClaudia Neumann\nIngenieurbüro Neumann & Partner",
        lab(
            ("CWC 286210", "CWC 285540"),
            "the same quarter charged twice; the payment named is of the other invoice",
        ),
        inv="CWC 286210",
        charset="windows-1252",
    ),
    Reply(
        "di-de-2",
        "dispute",
        "de",
        ("Tanja Weiß", "info@kosmetik-tanja.example"),
        "2029-01-20 10:14",
        "iphone",
        "hallo die rechnung stimmt nicht wir haben im dezember nur 6 flaschen bekommen nicht 12 bitte korrigieren\ngruß tanja weiß",
        lab(note="no punctuation, all lower case; short delivery"),
    ),
    Reply(
        "di-fr-1",
        "dispute",
        "fr",
        ("Philippe Garnier", "p.garnier@garnier-expertise.example"),
        "2029-01-16 10:40",
        "outlook",
        "Bonjour,\n\nNous ne pouvons pas régler cette facture en l'état. Notre contrat, signé en mars 2027, prévoit une location à 29 EUR HT par mois et par fontaine ; vous nous facturez 34 EUR HT sans nous avoir jamais informés d'une hausse de tarif.\n\nMerci de nous adresser un avoir ou une facture rectifiée au tarif contractuel.\n\nCordialement,\n\nPhilippe Garnier\nGarnier Expertise Comptable",
        lab(
            note="price above the contract rate; the corrected invoice asked for is part of the dispute"
        ),
        charset="iso-8859-1",
    ),
    Reply(
        "di-fr-2",
        "dispute",
        "fr",
        ("Élodie Masson", "elodie.masson@atelier-masson-archi.example"),
        "2029-01-26 14:22",
        "gmail_plain",
        "Bonjour,\n\nJe conteste cette facture. La machine à café a été reprise par votre technicien le 30 novembre, il n'y a donc aucune raison de nous facturer le mois de décembre.\n\nÉlodie Masson\nAtelier Masson Architecture",
        lab(),
    ),
    Reply(
        "di-es-1",
        "dispute",
        "es",
        ("Raúl Ortega", "raul.ortega@gimnasiovertice.example"),
        "2029-01-18 16:05",
        "android",
        "Buenas, esta factura no es correcta. Nos cobran el mantenimiento semestral de las fuentes y el técnico no ha venido, nadie ha cambiado los filtros desde junio. No la vamos a pagar hasta que lo arreglen.\n\nRaúl",
        lab(note="refuses to pay until the service is done: a dispute, not a conditional promise"),
    ),
    Reply(
        "di-nl-1",
        "dispute",
        "nl",
        ("Henk Jansen", "henk@jansen-autoschade.example"),
        "2029-01-08 08:20",
        "gmail",
        "DEZE FACTUUR KLOPT NIET. WIJ HEBBEN HET CONTRACT PER 1 DECEMBER OPGEZEGD, DAT HEB IK TWEE KEER SCHRIFTELIJK GEDAAN. HAAL DIE KOELER HIER WEG.\n\nH. JANSEN",
        lab(note="all caps; contract cancelled before the billed period"),
    ),
    Reply(
        "di-nl-2",
        "dispute",
        "nl",
        ("Marloes Visser", "m.visser@dierenkliniek-eemland.example"),
        "2029-01-17 14:33",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nVan factuur CWC 287702 hebben wij vandaag € 120,00 voldaan, zijnde de huur van de twee waterkoelers. Het resterende bedrag van € 85,50 betreft het vervangen van de filters in december. Dat heeft niet plaatsgevonden: er is die maand niemand van uw bedrijf bij ons geweest. Dat deel betalen wij dus niet.\n\nMet vriendelijke groet,\n\nMarloes Visser\nPraktijkmanager\nDierenkliniek Eemland",
        lab(
            ("CWC 287702",),
            "undisputed part paid today, the rest disputed: dispute wins",
        ),
        inv="CWC 287702",
        amount="205.50",
    ),
    Reply(
        "di-it-1",
        "dispute",
        "it",
        ("Roberto Galli", "r.galli@galli-assicurazioni.example"),
        "2029-01-23 12:20",
        "outlook",
        "Buongiorno,\n\nla fattura non è corretta: ci avete addebitato il noleggio di tre erogatori, ma da ottobre ne abbiamo solo due. Il terzo è stato ritirato dal vostro tecnico il 9 ottobre (ho ancora il documento di ritiro firmato).\n\nVi prego di inviarci una nota di credito per la differenza. Fino ad allora la fattura resta sospesa.\n\nCordiali saluti\nRoberto Galli\nAgenzia Galli Assicurazioni",
        lab(note="billed for a cooler already collected; asks for a credit note"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "di-it-2",
        "dispute",
        "it",
        ("Chiara Bonetti", "chiara@pilates-bonetti.example"),
        "2029-01-28 21:40",
        "iphone",
        "Scusate ma come fate a chiedermi 180 euro per una macchina del caffè che è ferma da dicembre?? Ho chiamato due volte e non è venuto nessuno. Non pago finché non la sistemate",
        lab(note="rhetorical question and a refusal: dispute"),
        amount="180.00",
    ),
]

PAYMENT_PLAN = [
    Reply(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Bev Turner", "bevturner.pilates@outlook.com"),
        "2029-01-11 19:02",
        "outlook_html",
        "Hi,\n\nI'm really sorry about this. I had an operation in November and couldn't teach for six weeks, so money is very tight at the moment. Would it be OK if I paid £40 a month until it's cleared? I can do the first one on the 1st of February.\n\nThanks for understanding,\nBev\nBev Turner Pilates",
        lab(note="hardship and monthly instalments; the first instalment date is not labelled"),
    ),
    Reply(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Gareth Lewis", "gareth@lewishaulage.example"),
        "2029-01-15 10:05",
        "outlook",
        "Morning,\n\nWe'll pay half of this now and teh other half at the end of Febuary if thats ok with you. Things have been slow since xmas.\n\nGareth Lewis\nDirector, Lewis Haulage Ltd",
        lab(note="half now, half later → payment_plan; typos left as typed"),
    ),
    Reply(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Priya Nair", "priya@nairarchitects.example"),
        "2029-01-19 08:12",
        "android",
        "Hi, could we have until mid-February on this one? We're waiting on a large client payment that's been delayed. It will be paid in full then, promise.\n\nPriya",
        lab(
            note="asks for more time → payment_plan, although it ends like a promise; 'mid-February' is no day"
        ),
    ),
    Reply(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Stefan Kühn", "s.kuehn@physio-kuehn.example"),
        "2029-01-10 14:48",
        "outlook",
        "Guten Tag,\n\nwir hatten leider einen schwierigen Jahresanfang (Wasserschaden in der Praxis, drei Wochen geschlossen). Wäre es möglich, den offenen Betrag in drei Monatsraten zu begleichen? Die erste Rate könnten wir sofort überweisen.\n\nMit freundlichen Grüßen\nStefan Kühn\nPhysiotherapie Kühn",
        lab(note="hardship and three monthly instalments"),
    ),
    Reply(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Jörg Schäfer", "joerg.schaefer@schaefer-steuerberatung.example"),
        "2029-01-25 17:30",
        "thunderbird",
        "Hallo,\n\nwir haben heute 200 € angewiesen, den Rest überweisen wir Ende Februar. Mehr ist im Moment leider nicht drin.\n\nViele Grüße\nJörg Schäfer",
        lab(
            note="part paid today, the rest at the end of February → payment_plan, not payment_sent"
        ),
        cte="8bit",
    ),
    Reply(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Nathalie Rousseau", "direction@creche-lespetitspas.example"),
        "2029-01-22 11:25",
        "outlook_html",
        "Madame, Monsieur,\n\nSuite à votre relance, je me permets de vous demander s'il serait possible d'échelonner le règlement de cette facture en quatre mensualités. Notre structure associative attend le versement de la subvention municipale, qui a pris du retard cette année.\n\nJe vous remercie par avance de votre compréhension.\n\nNathalie Rousseau\nDirectrice\nCrèche associative Les Petits Pas",
        lab(note="formal request for four instalments"),
    ),
    Reply(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Thomas Lefèvre", "thomas@lefevre-coiffure.example"),
        "2029-01-30 12:10",
        "iphone",
        "Bonjour\nJe peux vous faire un premier virement de 100 € vendredi et le reste le 15 février, ça vous va ?\nThomas",
        lab(note="two payments proposed → payment_plan; plan dates are not labelled"),
    ),
    Reply(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Pilar Navarro", "pilar.navarro@academianavarro.example"),
        "2029-01-09 13:40",
        "gmail",
        "Hola,\n\n¿Podríamos pagarla en dos plazos? La mitad ahora y la otra mitad el mes que viene. Enero es un mes muy flojo para la academia.\n\nGracias,\nPilar",
        lab(),
    ),
    Reply(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Amparo Gil", "administracion@clinicadentalribera.example"),
        "2029-01-18 10:20",
        "outlook",
        "Estimados señores:\n\nA raíz de la inundación que sufrió la clínica el pasado mes de diciembre hemos tenido que cerrar durante varias semanas y nuestra tesorería está muy afectada. Por ello les solicitamos un aplazamiento de 60 días en el pago de esta factura.\n\nQuedamos a la espera de su respuesta.\n\nAtentamente,\n\nAmparo Gil\nAdministración\nClínica Dental Ribera",
        lab(note="hardship and a 60-day deferral → payment_plan"),
        charset="windows-1252",
    ),
    Reply(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Sanne Mulder", "sanne@yogastudio-mulder.example"),
        "2029-01-26 15:55",
        "apple",
        "Hoi,\n\nKunnen we dit in termijnen doen? Ik dacht aan € 75 per maand, te beginnen in februari. Het is even krap na de feestdagen.\n\nGroet,\nSanne",
        lab(),
    ),
    Reply(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Davide Marino", "davide.marino@marinoimmobiliare.example"),
        "2029-01-08 16:25",
        "gmail",
        "Buonasera,\n\nè possibile rateizzare l'importo in tre rate mensili? Gennaio per noi è sempre pesante.\n\nGrazie\nDavide Marino\nMarino Immobiliare",
        lab(),
        cte="b64",
    ),
    Reply(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Giulia Ferraro", "giulia@ferraroestetica.example"),
        "2029-01-31 18:02",
        "android",
        "Buonasera, oggi ho fatto un bonifico di 150 euro come acconto, il resto lo salderò entro fine febbraio. Spero vada bene\nGiulia",
        lab(note="a deposit paid today and the balance by the end of February → payment_plan"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Mark Dawson", "mark.dawson@thamesidelogistics.example"),
        "2029-01-10 13:12",
        "outlook_html",
        "Hi,\n\nWe can't process this one as it doesn't quote a purchase order – our system automatically rejects supplier invoices without a valid PO. The PO for the coolers at the Tilbury depot is 4500218873. Once you send us a copy of the invoice with that on it, it'll go into the next payment run.\n\nThanks,\nMark Dawson\nAccounts Payable\nThameside Logistics Ltd",
        lab(
            note="conditional payment: they will pay once the invoice quotes their PO; nothing is contested"
        ),
    ),
    Reply(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Rachel Amos", "rachel@amosdesignstudio.example"),
        "2029-01-12 11:50",
        "gmail",
        "Hi,\n\nCould you send me a copy of CWC 286999 and a statement of our account? I don't think we ever got that invoice – it probably went to our old address in Bristol. I'll get it paid as soon as I've got it.\n\nThanks\nRachel Amos\nAmos Design Studio",
        lab(
            ("CWC 286999",),
            "copy and statement needed before paying; the payment depends on the document",
        ),
        inv="CWC 286999",
    ),
    Reply(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Alan Pike", "clerk@wexcombe-pc.example"),
        "2029-01-23 09:58",
        "thunderbird",
        "Dear Credit Control,\n\nBefore the Council can make a first payment to a new supplier, our financial regulations require your bank details on company letterhead, signed by a director, together with a copy of the invoice addressed to the Council rather than to the village hall committee.\n\nCould you please send both to me by post or email? The payment will then be approved at the next council meeting.\n\nYours sincerely,\n\nAlan Pike\nClerk and Responsible Financial Officer\nWexcombe Parish Council",
        lab(
            note="public body: bank details on letterhead and a re-addressed invoice before paying; 'by post or email' is not post-only"
        ),
    ),
    Reply(
        "ir-de-1",
        "invoice_request",
        "de",
        (
            "Stadt Lindenau - Rechnungseingang",
            "rechnungseingang@stadt-lindenau.example",
        ),
        "2029-01-11 08:35",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\ndie genannte Rechnung liegt uns nicht vor. Seit dem 01.01.2029 können wir Rechnungen ausschließlich als elektronische Rechnung (XRechnung) über das Rechnungseingangsportal annehmen; Papier- und PDF-Rechnungen werden nicht mehr bearbeitet.\n\nBitte reichen Sie die Rechnung in diesem Format ein, dann wird sie umgehend zur Zahlung angewiesen. Die Leitweg-ID lautet 09-4F21-77.\n\nMit freundlichen Grüßen\ni. A. Petra Hollmann\nStadt Lindenau - Zentrale Rechnungseingangsstelle",
        lab(note="public body needs an e-invoice before it pays; a portal is not a new contact"),
        charset="iso-8859-1",
    ),
    Reply(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Lena Hoffmann", "lena@hoffmann-fotostudio.example"),
        "2029-01-16 12:02",
        "iphone",
        "Hi, die Rechnung hab ich nie bekommen?! Schickt sie bitte nochmal, dann zahl ich sofort.\nLG Lena",
        lab(note="never received; pays once resent"),
    ),
    Reply(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Véronique Lambert", "v.lambert@clinique-vet-saintroch.example"),
        "2029-01-17 15:10",
        "outlook_html",
        "Bonjour,\n\nNous ne pouvons pas traiter cette facture car elle ne mentionne pas notre numéro de bon de commande. Merci de nous la renvoyer en indiquant la référence BC-2029-0117 ; elle sera alors mise en paiement à la prochaine échéance.\n\nCordialement,\n\nVéronique Lambert\nComptabilité\nClinique Vétérinaire Saint-Roch",
        lab(note="reissue with the purchase order number; amount not contested"),
        charset="windows-1252",
    ),
    Reply(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Julien Perrin", "julien.perrin@perrin-menuiserie.example"),
        "2029-01-19 10:05",
        "gmail",
        "Bonjour,\n\nPourriez-vous m'envoyer votre RIB ? Nous avons changé de banque en décembre et vos coordonnées n'ont pas été reprises. Je lance le virement dès réception.\n\nMerci,\nJulien Perrin",
        lab(note="needs the bank details before paying"),
    ),
    Reply(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Nuria Campos", "nuria.campos@laboratoriosalvia.example"),
        "2029-01-22 13:30",
        "outlook_html",
        "Buenas tardes:\n\nPara poder tramitar el pago necesitamos que nos emitan de nuevo la factura con nuestra razón social y CIF actuales (Laboratorios Salvia Iberia, S.L., B-84512377). La que nos han enviado lleva todavía los datos de la sociedad anterior a la fusión y nuestro departamento financiero no la puede contabilizar.\n\nEl importe es correcto.\n\nUn saludo,\nNuria Campos\nAdministración",
        lab(note="reissue with the new company details; the amount is expressly not contested"),
    ),
    Reply(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Álvaro Prieto", "alvaro@prietofisio.example"),
        "2029-01-24 19:20",
        "android",
        "Me pueden mandar un extracto de la cuenta con todas las facturas pendientes? No me cuadra lo que tengo apuntado\nGracias",
        lab(note="statement of account; no opening question mark; nothing contested"),
    ),
    Reply(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Kees van Leeuwen", "crediteuren@vanleeuwen-logistiek.example"),
        "2029-01-25 09:15",
        "gmail",
        "Goedemorgen,\n\nKunt u de factuur opnieuw sturen met ons inkoopordernummer erop (PO 7781-2290)? Zonder PO-nummer wordt de factuur door ons systeem automatisch afgekeurd. Zodra we de nieuwe versie hebben, gaat hij mee in de eerstvolgende betaalrun.\n\nMet vriendelijke groet,\nKees van Leeuwen\nCrediteurenadministratie",
        lab(note="PO needed before payment"),
    ),
    Reply(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Fleur Smit", "fleur@kapsalonfleur.example"),
        "2029-01-29 13:44",
        "iphone",
        "Welke factuur is dit? Ik kan hem nergens vinden. Kunt u een kopie sturen?\n\nFleur",
        lab(note="cannot find the invoice and asks for a copy"),
    ),
    Reply(
        "ir-it-1",
        "invoice_request",
        "it",
        ("Sara Longo", "amministrazione@centromedicoaurora.example"),
        "2029-01-30 11:40",
        "outlook",
        "Buongiorno,\n\nper procedere al pagamento abbiamo bisogno della fattura elettronica trasmessa tramite SdI: quella che ci avete mandato in PDF non possiamo registrarla. Il nostro codice destinatario è M5UXCR1.\n\nGrazie, cordiali saluti\nSara Longo\nCentro Medico Aurora",
        lab(note="e-invoice through the exchange system needed before paying"),
    ),
]

WRONG_CONTACT = [
    Reply(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("David Hollins", "d.hollins@hollinsfm.example"),
        "2029-01-14 03:12",
        "outlook_html",
        "Dear Sir/Madam,\n\nPlease be advised that with immediate effect our accounts department has moved to a new email system. Kindly update your records and send ALL future invoices, statements and reminders ONLY to hollinsfm.accounts@outlook.com.\n\nPlease do not copy in this address or any other member of staff, as the old mailboxes are being closed and messages will not be read. Kindly confirm by return once your records have been updated.\n\nRegards,\nDavid Hollins\nFinance Director",
        lab(
            note="phishing-like: a free-mail address, Reply-To set to it, sent at 3 a.m., asks to leave everyone else out; labelled for what it asks, a person must verify before the contact is changed",
            new_contact="hollinsfm.accounts@outlook.com",
        ),
        headers=(("Reply-To", "Hollins FM Accounts <hollinsfm.accounts@outlook.com>"),),
    ),
    Reply(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Chloe Baxter", "reception@pennardvets.example"),
        "2029-01-10 11:20",
        "outlook",
        "Hi,\n\nThis is our reception inbox – we don't deal with invoices here. Could you send it to our accounts team at Accounts@PennardVets.example instead?\n\nThanks,\nChloe\nPennard Veterinary Group",
        lab(
            note="address written in mixed case, labelled in lower case",
            new_contact="accounts@pennardvets.example",
        ),
    ),
    Reply(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Sam Osei", "purchasing@northgate-retail.example"),
        "2029-01-23 14:08",
        "gmail",
        "Hello,\n\nThis mailbox is for purchase orders only, I'm afraid – nobody here can deal with payment queries. Supplier statements and reminders need to go to our AP helpdesk at ap.helpdesk@northgate-retail.example, quoting the invoice number, and they'll pick it up from there.\n\nKind regards\nSam Osei\nPurchasing Assistant\nNorthgate Retail Group",
        lab(
            note="written by a person, not an automatic notice",
            new_contact="ap.helpdesk@northgate-retail.example",
        ),
    ),
    Reply(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Birgit Roth", "b.roth@kanzlei-roth-partner.example"),
        "2029-01-08 09:40",
        "outlook_html",
        "Guten Morgen,\n\nich bin seit dem 1. Januar nicht mehr für die Buchhaltung der Kanzlei zuständig. Bitte wenden Sie sich künftig an meine Kollegin Aylin Özdemir (a.oezdemir@kanzlei-roth-partner.example), ich habe sie in Kopie gesetzt.\n\nFreundliche Grüße\nBirgit Roth",
        lab(
            note="the colleague is also copied in Cc",
            new_contact="a.oezdemir@kanzlei-roth-partner.example",
        ),
        headers=(
            (
                "Cc",
                mailbox(
                    "Aylin Özdemir",
                    "a.oezdemir@kanzlei-roth-partner.example",
                    "utf-8",
                    b_encoding=True,
                ),
            ),
        ),
    ),
    Reply(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Martine Aubert", "martine.aubert57@gmail.com"),
        "2029-01-11 20:30",
        "gmail",
        "Bonsoir,\n\nVous devez faire erreur d'adresse. Je suis une particulière, je n'ai jamais eu de contrat avec votre société ni de fontaine à eau. Merci de vérifier votre fichier.\n\nMartine Aubert",
        lab(note="wrong recipient altogether; no new address"),
    ),
    Reply(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Accueil Groupe Ardéa", "accueil@groupe-ardea.example"),
        "2029-01-19 09:25",
        "outlook",
        "Bonjour,\n\nJe ne fais que l'accueil et je n'ai pas accès aux factures. Merci d'adresser vos relances directement à notre service comptabilité fournisseurs : comptabilite.fournisseurs@groupe-ardea.example.\n\nBonne journée,\nMélanie\nAccueil – Groupe Ardéa",
        lab(new_contact="comptabilite.fournisseurs@groupe-ardea.example"),
        charset="windows-1252",
    ),
    Reply(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Recepción Clínica Mirasol", "recepcion@clinicadentalmirasol.example"),
        "2029-01-24 10:50",
        "android",
        "Hola, este correo es el de recepción y no llevamos la facturación. Escriban a facturacion@clinicadentalmirasol.example por favor.\nUn saludo",
        lab(new_contact="facturacion@clinicadentalmirasol.example"),
    ),
    Reply(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Carmen Soler", "carmen@solerinteriorismo.example"),
        "2029-01-26 12:25",
        "gmail",
        "Hola:\n\nYo no me encargo de los pagos. Eso lo lleva nuestra gestoría, escriban a Javier Ruiz, jruiz@asesoriaruiz-valencia.example, y él se lo mira.\n\nSaludos,\nCarmen Soler",
        lab(new_contact="jruiz@asesoriaruiz-valencia.example"),
    ),
    Reply(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Joyce Peters", "joyce@tandartspraktijkdelinde.example"),
        "2029-01-09 10:12",
        "gmail_plain",
        "Goedemorgen,\n\nIk werk vanaf volgende week niet meer bij de praktijk en doe de administratie al sinds december niet meer. Wilt u dit soort berichten voortaan sturen naar administratie@tandartspraktijkdelinde.example?\n\nGroet,\nJoyce",
        lab(new_contact="administratie@tandartspraktijkdelinde.example"),
    ),
    Reply(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Pieter de Wit", "pieter@dewit-makelaardij.example"),
        "2029-01-18 15:15",
        "outlook_html",
        "Beste heer/mevrouw,\n\nWij zijn hiervoor niet het juiste adres. De koelers staan weliswaar in ons kantoorpand, maar het contract loopt via de verhuurder van het gebouw, VastgoedBeheer Noord. Hun facturenadres is facturen@vgb-noord.example.\n\nMet vriendelijke groet,\nPieter de Wit\nDe Wit Makelaardij",
        lab(
            note="another party holds the contract and its address is given: wrong_contact, not dispute",
            new_contact="facturen@vgb-noord.example",
        ),
    ),
    Reply(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Elisa", "segreteria@studiolegalemancini.example"),
        "2029-01-15 16:44",
        "iphone",
        "Buongiorno, sono la segretaria, per le fatture dovete scrivere al nostro commercialista: studio@commercialistabassi.example\nGrazie",
        lab(new_contact="studio@commercialistabassi.example"),
    ),
    Reply(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Luca Moretti", "luca.moretti@palestratitan.example"),
        "2029-02-01 09:30",
        "apple",
        "Buongiorno,\n\nnon mi occupo più dell'amministrazione della palestra da novembre. Scrivete ad amministrazione@palestratitan.example, ci pensano loro.\n\nLuca",
        lab(new_contact="amministrazione@palestratitan.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Steve Barker", "stevebarker.occ@gmail.com"),
        "2029-01-15 22:41",
        "gmail",
        "I've told your colleague on the phone TWICE that the club will pay this when our grant comes through at the end of the month. Stop emailing me every other day about it, it's getting beyond a joke.\n\nSteve Barker\nTreasurer, Oakfield Cricket Club",
        lab(
            note="a promise plus 'stop emailing me': unsubscribe wins, the promised date is not labelled"
        ),
    ),
    Reply(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Robert Hale", "r.hale@halecontracts.example"),
        "2029-01-17 16:20",
        "html_only",
        "Dear Sirs,\n\nWe refer to your reminder of this week. As you are aware, the termination of our service agreement is the subject of a dispute between our companies, and we have instructed Marsden Kaye LLP to act for us in this matter.\n\nAll further correspondence regarding this account must be directed to our solicitors. Please do not contact our staff directly by email or telephone.\n\nYours faithfully,\n\nRobert Hale\nManaging Director\nHale Contracts Ltd",
        lab(
            note="'deal with our solicitors' without an address: unsubscribe, which beats the dispute it mentions; HTML only"
        ),
    ),
    Reply(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Mike", "mike@mikesautorepairs.example"),
        "2029-01-27 09:05",
        "iphone",
        "STOP SENDING ME THESE EMAILS",
        lab(note="all caps, one line"),
    ),
    Reply(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Dr. Hans-Peter Vogel", "praxis@zahnarzt-dr-vogel.example"),
        "2029-01-16 11:05",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbitte senden Sie Zahlungserinnerungen und sonstige Schreiben künftig ausschließlich per Post an unsere Praxisanschrift. Dieses E-Mail-Postfach wird für geschäftliche Korrespondenz nicht mehr genutzt.\n\nMit freundlichen Grüßen\nDr. H.-P. Vogel",
        lab(note="post only → unsubscribe"),
        charset="iso-8859-1",
        cte="8bit",
    ),
    Reply(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Kevin Richter", "kevin@richter-elektro.example"),
        "2029-01-29 08:02",
        "gmail_plain",
        "Hören Sie endlich auf, mir jede Woche diese Mails zu schicken! Die Rechnung ist seit Wochen bezahlt, schauen Sie in Ihre Buchhaltung.\n\nK. Richter",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Camille Bernard", "camille@bernard-osteo.example"),
        "2029-01-10 17:45",
        "apple",
        "Bonjour,\n\nMerci de retirer mon adresse de vos envois. Je ne m'occupe pas de la comptabilité du cabinet et je ne souhaite plus recevoir ces messages.\n\nCamille Bernard",
        lab(
            note="remove me, plus not the right person without a new address: unsubscribe beats wrong_contact"
        ),
    ),
    Reply(
        "un-es-1",
        "unsubscribe",
        "es",
        ("José Manuel Iglesias", "jm.iglesias@iglesias-abogados.example"),
        "2029-01-11 13:15",
        "outlook",
        "Muy señores míos:\n\nLes ruego que dejen de enviar correos electrónicos a esta dirección. Cualquier comunicación relativa a esta cuenta deberá remitirse por correo certificado a nuestro despacho.\n\nAtentamente,\n\nJosé Manuel Iglesias\nIglesias & Asociados Abogados",
        lab(note="stop e-mailing, registered post only"),
        charset="windows-1252",
    ),
    Reply(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Rocío Medina", "rocio.medina.estetica@gmail.com"),
        "2029-01-22 20:50",
        "gmail",
        "Por favor quitadme de la lista de correos, este tema ya lo lleva nuestro abogado y no voy a contestar más por aquí.",
        lab(note="remove me, the lawyer handles it (no address)"),
    ),
    Reply(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("A. Kok", "administratie@bouwbedrijfkok.example"),
        "2029-01-12 14:00",
        "outlook_html",
        "Geachte heer/mevrouw,\n\nWij verzoeken u vriendelijk geen herinneringen meer per e-mail te sturen. Correspondentie over deze factuur ontvangen wij uitsluitend per post op ons kantooradres.\n\nMet vriendelijke groet,\nA. Kok",
        lab(note="post only"),
    ),
    Reply(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Dennis", "dennis@fitclubvenlo.example"),
        "2029-01-31 07:30",
        "iphone",
        "afmelden",
        lab(note="one word"),
    ),
    Reply(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Francesco Russo", "f.russo@russotraslochi.example"),
        "2029-01-19 22:10",
        "android",
        "Smettetela di mandarmi un sollecito ogni settimana. Pagherò quando potrò, non scrivetemi più a questo indirizzo.",
        lab(note="a vague promise plus stop: unsubscribe"),
    ),
    Reply(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Giorgio Santoro", "g.santoro@santorocostruzioni.example"),
        "2029-01-25 15:40",
        "outlook",
        "Spett.le Cobalt Water Coolers,\n\nper qualsiasi comunicazione relativa a questa posizione vi preghiamo di rivolgervi esclusivamente al nostro legale, avv. Marco Sarti del Foro di Bologna. Vi diffidiamo dall'inviare ulteriori e-mail a questo indirizzo.\n\nDistinti saluti\nGiorgio Santoro\nSantoro Costruzioni srl",
        lab(note="only through our lawyer (no address) → unsubscribe"),
        charset="iso-8859-1",
        cte="8bit",
    ),
]

AUTO_REPLY = [
    Reply(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Jessica Fairclough", "j.fairclough@brackenridgeschool.example"),
        "2029-01-15 08:50",
        "none",
        "Thank you for your email. I am out of the office until Monday 22 January with limited access to email.\n\nFor anything urgent please contact the school office on 01632 960775.\n\nJessica Fairclough\nBursar, Brackenridge School",
        lab(note="'until Monday 22 January' → that day", return_date="2029-01-22"),
        subject="Automatic reply: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-en-2",
        "auto_reply",
        "en",
        ("AP Helpdesk", "aphelp@wexfordproperty.example"),
        "2029-01-16 11:03",
        "none_html",
        "Thank you for contacting the Accounts Payable Helpdesk.\n\nYour query has been logged with reference AP-104233. A member of the team will respond within 5 working days.\n\nPlease keep the reference in the subject line of any further emails about this query.\n\nThis is an automated message.",
        lab(note="ticket acknowledgement, HTML only; no return date"),
        subject="[AP-104233] {rsub}",
        headers=(AUTO_GENERATED,),
    ),
    Reply(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Olivia Grant", "olivia.grant@grantdental.example"),
        "2029-01-09 12:00",
        "none",
        "Hi, thanks for your message. I'm on maternity leave and will be back in September. In the meantime accounts questions can go to our practice manager on 01632 960212.\n\nOlivia",
        lab(note="only X-Autoreply; 'back in September' cannot be pinned to a day"),
        subject="Autoreply: {rsub}",
        headers=(X_AUTOREPLY,),
    ),
    Reply(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Thomas Becker", "t.becker@becker-maschinenbau.example"),
        "2029-01-10 09:15",
        "none",
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 19.01.2029, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 22.01., bin ich wieder für Sie erreichbar.\n\nIn dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 0711 555 0190.\n\nMit freundlichen Grüßen\nThomas Becker",
        lab(
            note="'wieder erreichbar ab Montag, 22.01.' wins over 'bis einschließlich 19.01.'",
            return_date="2029-01-22",
        ),
        subject="Automatische Antwort: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Service-Center Kreditoren", "kreditoren-service@nordwerk-gruppe.example"),
        "2029-01-24 14:20",
        "none",
        "Guten Tag,\n\nIhre Nachricht ist bei uns eingegangen und wurde unter der Ticket-Nummer 2029-004417 erfasst. Aufgrund des hohen Aufkommens beträgt die Bearbeitungszeit derzeit bis zu zehn Arbeitstage.\n\nBitte antworten Sie nicht auf diese E-Mail.\n\nIhr Service-Center Kreditoren\nNordwerk Gruppe",
        lab(note="ticket acknowledgement with only 'Precedence: auto_reply'"),
        subject="Ihre Anfrage [Ticket-Nr. 2029-004417] – {rsub}",
        headers=(("Precedence", "auto_reply"),),
    ),
    Reply(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Aurélie Fontaine", "a.fontaine@fontaine-immobilier.example"),
        "2029-01-22 08:05",
        "none",
        "Bonjour,\n\nJe suis absente jusqu'au vendredi 26 janvier inclus, de retour le lundi 29 janvier. Pendant mon absence, vos messages ne seront pas transférés.\n\nCordialement,\nAurélie Fontaine",
        lab(note="the day back wins over the last day away", return_date="2029-01-29"),
        subject="Réponse automatique : {rsub}",
        headers=(AUTO_REPLIED,),
    ),
    Reply(
        "ar-fr-2",
        "auto_reply",
        "fr",
        ("Cabinet Dentaire du Parc", "contact@cabinetdentaireduparc.example"),
        "2029-01-09 07:15",
        "none",
        "Le cabinet est fermé pour congés du lundi 8 au dimanche 14 janvier inclus. Réouverture le lundi 15 janvier à 8h30.\n\nEn cas d'urgence dentaire, composez le 15.\n\nLe secrétariat",
        lab(
            note="only X-Autoreply; reopening day wins; 'composez le 15' is a phone number, not a date",
            return_date="2029-01-15",
        ),
        subject="Message d'absence",
        charset="iso-8859-1",
        headers=(X_AUTOREPLY,),
        threaded=False,
    ),
    Reply(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Beatriz Molina", "bmolina@molinaconsultores.example"),
        "2029-01-30 09:00",
        "none",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 5 de febrero, sin acceso al correo. Para cualquier asunto urgente pueden contactar con administracion@molinaconsultores.example.\n\nUn saludo,\nBeatriz Molina",
        lab(
            note="'hasta el 5 de febrero' → that day; a colleague's address in an auto-reply is not a new contact",
            return_date="2029-02-05",
        ),
        subject="Respuesta automática: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Wouter Dekker", "w.dekker@dekker-accountants.example"),
        "2029-01-16 08:10",
        "none",
        "Dank voor uw bericht. Ik ben tot en met vrijdag 19 januari afwezig en vanaf maandag 22 januari weer op kantoor. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nWouter Dekker",
        lab(
            note="'vanaf maandag 22 januari weer op kantoor' wins over 'tot en met 19 januari'",
            return_date="2029-01-22",
        ),
        subject="Automatisch antwoord: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Fysiotherapie Centrum Oost", "info@fysio-oost.example"),
        "2029-01-25 12:30",
        "none",
        "Bedankt voor uw e-mail aan Fysiotherapie Centrum Oost.\n\nWij hebben uw bericht ontvangen en streven ernaar binnen drie werkdagen te reageren. Voor het maken of verzetten van afspraken kunt u ons beter bellen.\n\nMet vriendelijke groet,\nhet team van Fysiotherapie Centrum Oost",
        lab(note="receipt acknowledgement without any auto-reply header; no date"),
        subject="Bedankt voor uw bericht",
        threaded=False,
    ),
    Reply(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Paola Ricci", "p.ricci@ricci-ingegneria.example"),
        "2029-01-08 08:30",
        "none",
        "Grazie per la vostra e-mail. Sono in ferie fino a venerdì 12 gennaio compreso e rientrerò in ufficio lunedì 15 gennaio. Nel frattempo la posta non verrà letta.\n\nCordiali saluti\nPaola Ricci",
        lab(
            note="the day back wins over 'fino a ... compreso'",
            return_date="2029-01-15",
        ),
        subject="Risposta automatica: {rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Reply(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Marco Esposito", "marco.esposito@espositoviaggi.example"),
        "2029-02-02 10:15",
        "none",
        "Sono assente per qualche giorno per motivi di salute e leggerò la posta al mio rientro. Per urgenze potete chiamare l'agenzia allo 081 555 0144.\n\nMarco Esposito\nEsposito Viaggi",
        lab(note="X-Autoreply and Precedence only; no day back"),
        subject="Assenza - {rsub}",
        headers=(X_AUTOREPLY, ("Precedence", "bulk")),
    ),
]

OTHER = [
    Reply(
        "ot-en-1",
        "other",
        "en",
        ("Jo Whitfield", "jo@whitfieldflorists.example"),
        "2029-01-09 18:22",
        "iphone",
        "Did we not pay this?? I thought Dave sorted all the bills before Christmas",
        lab(note="a question, not a payment claim: a person has to check the account"),
    ),
    Reply(
        "ot-en-2",
        "other",
        "en",
        ("Tom Fenwick", "tom@fenwickmotors.example"),
        "2029-01-18 10:44",
        "gmail",
        "Hi,\n\nWhile I've got you – the cooler in our showroom has started making a loud grinding noise and the cold tap barely runs. Could someone come out and have a look this week? We're open 8 till 6.\n\nThanks\nTom Fenwick\nFenwick Motors",
        lab(note="service request in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        "ot-en-3",
        "other",
        "en",
        ("Hannah Clarke", "hannah.clarke@clarkemoss.example"),
        "2029-01-31 16:10",
        "outlook_html",
        "Hi,\n\nJust to let you know we're moving offices on Friday 9 February. Could you arrange to collect both coolers from Cathedral Walk on the 8th and reinstall them at our new office? New address: 3rd Floor, Mercer House, 21 Lowther Street, Carlisle CA3 8XX.\n\nMany thanks,\nHannah Clarke\nOffice Manager\nClarke & Moss Accountants",
        lab(note="office move and equipment collection; a new postal address is not a new contact"),
    ),
    Reply(
        "ot-de-1",
        "other",
        "de",
        ("Nina Krause", "n.krause@krause-werbeagentur.example"),
        "2029-01-23 09:50",
        "gmail",
        "Hallo,\n\ndanke, habe ich an unseren Geschäftsführer weitergeleitet, der kümmert sich um die Zahlungen.\n\nViele Grüße\nNina Krause",
        lab(note="passed on internally; no commitment and no address"),
    ),
    Reply(
        "ot-de-2",
        "other",
        "de",
        ("Werner Lang", "werner.lang@lang-fliesen.example"),
        "2029-01-12 10:30",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nwir haben unseren Betrieb zum 31.12.2028 aus Altersgründen eingestellt. Bitte holen Sie den Wasserspender und die restlichen Flaschen bei Gelegenheit ab; die Halle ist noch bis Ende Februar zugänglich, am besten vorher kurz anrufen (0171 5550123).\n\nMit freundlichen Grüßen\nWerner Lang\nLang Fliesen GmbH",
        lab(
            note="business closed, asks for collection; the owner is still the contact and nothing is said about paying"
        ),
    ),
    Reply(
        "ot-fr-1",
        "other",
        "fr",
        ("Laurent Girard", "laurent@girard-traiteur.example"),
        "2029-01-15 12:40",
        "iphone",
        "Bonjour, pouvez-vous me rappeler au 06 39 98 41 27 ? Je préfère régler ça de vive voix, je suis joignable après 14h.\nLaurent Girard",
        lab(note="'régler ça' means 'sort it out' here, not 'pay'; a call-back request"),
    ),
    Reply(
        "ot-fr-2",
        "other",
        "fr",
        ("Anne Leroy", "anne.leroy@office-leroy-notaires.example"),
        "2029-01-25 16:05",
        "thunderbird",
        "Bonjour,\n\nNoté. Petite question en passant : est-il possible de passer la livraison des bonbonnes du mardi au jeudi à partir de février ? Le mardi matin l'étude est fermée.\n\nCordialement,\nAnne Leroy\nOffice notarial Leroy",
        lab(note="'noté' and a delivery-day question; no commitment"),
        cte="8bit",
    ),
    Reply(
        "ot-es-1",
        "other",
        "es",
        ("Miguel Herrera", "miguel@herrera-arquitectura.example"),
        "2029-01-08 13:15",
        "gmail",
        "Hola,\n\nAprovecho el correo para preguntaros una cosa: ¿cuánto costaría cambiar la fuente de garrafas por una conectada a la red? La de la segunda planta se queda vacía cada dos por tres.\n\nGracias,\nMiguel",
        lab(note="sales question in the reminder thread"),
        cte="b64",
    ),
    Reply(
        "ot-es-2",
        "other",
        "es",
        ("Sergio Castro", "sergio@castrofisio.example"),
        "2029-02-02 19:10",
        "iphone",
        "Recibido. Lo miro con mi socio la semana que viene y os digo algo",
        lab(note="no commitment: next week is when they will look at it, not when they will pay"),
    ),
    Reply(
        "ot-nl-1",
        "other",
        "nl",
        ("Rob Vermeulen", "rob@vermeulen-schilders.example"),
        "2029-01-17 17:50",
        "android",
        "Ontvangen, ik stuur het door naar mijn boekhouder.\nRob",
        lab(note="acknowledgement; the bookkeeper is named without an address"),
    ),
    Reply(
        "ot-nl-2",
        "other",
        "nl",
        ("Linda Bos", "linda@fysiopraktijk-dewaard.example"),
        "2029-01-30 10:10",
        "outlook",
        "Goedemorgen,\n\nPer 1 februari is onze praktijk overgenomen door FysioPlus. Loopt het huurcontract voor de twee koelers gewoon door op de nieuwe naam, of moeten we daarvoor iets regelen? Het KvK-nummer van de nieuwe eigenaar kan ik u sturen.\n\nMet vriendelijke groet,\nLinda Bos",
        lab(note="takeover question; the writer remains the contact"),
    ),
    Reply(
        "ot-it-1",
        "other",
        "it",
        ("Stefania Greco", "s.greco@grecoservizi.example"),
        "2029-01-17 11:55",
        "outlook_html",
        "Buongiorno,\n\nricevuto. Una domanda: la macchina del caffè che ci avete installato a dicembre accetta anche le cialde compostabili o solo le vostre capsule?\n\nGrazie, cordiali saluti\nStefania Greco\nGreco Servizi srl",
        lab(note="acknowledgement and a product question"),
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
# Delivery reports: generated machine parts, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt`; `lang` is the language of its text."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    build: Callable[[Bounce], Message]
    note: str | None = None
    queued_minutes: int = 2

    @property
    def tz(self) -> timezone:
        """UK systems write GMT, the others CET."""
        return UK if self.lang == "en" else CET

    @property
    def dt(self) -> datetime:
        """The report's Date."""
        local = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return local.replace(second=pick(self.key, "second", 60), tzinfo=self.tz)

    @property
    def sent(self) -> datetime:
        """When Cobalt sent the reminder that failed (UK time)."""
        return (self.dt - timedelta(minutes=self.queued_minutes)).astimezone(UK)

    @property
    def invoice(self) -> str:
        """The invoice the failed reminder was about."""
        return f"CWC {281000 + pick(self.key, 'invoice', 12000)}"

    @property
    def subject(self) -> str:
        """The failed reminder's subject."""
        return reminder_subject(self.lang, self.invoice)

    @property
    def domain(self) -> str:
        """The failed recipient's domain."""
        return self.rcpt.split("@")[1]


def returned_reminder(b: Bounce) -> Message:
    """The reminder exactly as Cobalt sent it."""
    amount = AMOUNT_CHOICES[pick(b.key, "amount", len(AMOUNT_CHOICES))]
    msg = text_part(reminder_body(b.lang, b.key, b.invoice, amount), "plain", "utf-8", "qp")
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encoded_header(b.subject, "utf-8")
    msg["Date"] = format_datetime(b.sent)
    msg["Message-ID"] = reminder_msgid(b.key)
    msg["X-Mailer"] = "dunmail"
    content_headers_last(msg)
    return msg


def reminder_as_text(b: Bounce) -> str:
    """The returned reminder inline, as non-MIME bouncers paste it."""
    return returned_reminder(b).as_string() + "\n"


def delivery_status(
    b: Bounce, reporting: str, action: str, diagnostic: str, remote: str = ""
) -> Message:
    """A message/delivery-status part (RFC 3464) for the one failed recipient."""
    per_message = f"Reporting-MTA: dns; {reporting}\nArrival-Date: {format_datetime(b.sent)}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if action == "delayed":
        fields.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=2))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def returned_headers(b: Bounce) -> Message:
    """A text/rfc822-headers part with the failed reminder's headers."""
    text = "".join(f"{k}: {v}\n" for k, v in returned_reminder(b).items())
    return text_part(text, "rfc822-headers", "us-ascii", "7bit")


def report(parts: list[Message]) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def human_alternative(text: str, charset: str = "utf-8") -> Message:
    """The human-readable part of an Exchange or Gmail report: plain text and simple HTML."""
    paras = "".join(f"<p>{html_text(p)}</p>\n" for p in text.split("\n\n"))
    markup = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>\n<body style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">\n{paras}</body></html>\n'
    return alternative(
        text_part(text + "\n", "plain", charset, "qp"),
        text_part(markup, "html", charset, "qp"),
    )


def bounce_headers(
    b: Bounce,
    msg: Message,
    sender: str,
    subject: str,
    extra: tuple[tuple[str, str], ...] = (),
    shape: str = "bounce",
) -> Message:
    """Envelope headers of a report, then the MIME headers."""
    msg["From"] = sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, "utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = sender.rsplit("@", 1)[1].split(">", maxsplit=1)[0].split(maxsplit=1)[0]
    msg["Message-ID"] = f"<{b32(b.key, 'bounce', 24).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    for name, value in extra:
        msg[name] = value
    return finalize(msg, b.key, shape)


def plain_notice(text: str) -> Message:
    """A report with no MIME structure at all (old MTAs)."""
    msg = Message()
    msg.set_payload(text)
    return msg


def bounce_exim(b: Bounce) -> Message:
    """Exim, permanent failure, plain text with the whole message pasted in."""
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {b.rcpt}\n"
        f"    host mx.{b.domain} [198.51.100.61]\n"
        f"    SMTP error from remote mail server after RCPT TO:<{b.rcpt}>:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"{reminder_as_text(b)}"
    )
    return bounce_headers(
        b,
        plain_notice(text),
        "Mail Delivery System <Mailer-Daemon@relay1.cobalt-coolers.example>",
        "Mail delivery failed: returning message to sender",
        (("X-Failed-Recipients", b.rcpt),),
    )


def bounce_qmail(b: Bounce) -> Message:
    """qmail, the recipient's domain no longer exists."""
    text = (
        "Hi. This is the qmail-send program at mail2.cobalt-coolers.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\n"
        f"Sorry, I couldn't find any host named {b.domain}. (#5.1.2)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"{reminder_as_text(b)}"
    )
    return bounce_headers(
        b,
        plain_notice(text),
        "MAILER-DAEMON@mail2.cobalt-coolers.example",
        "failure notice",
    )


def bounce_gmail_full(b: Bounce) -> Message:
    """Gmail delay report: the recipient's inbox is out of storage."""
    human = human_alternative(
        "** Message not delivered yet **\n\n"
        f"There was a temporary problem delivering your message to {b.rcpt}. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\n"
        "The response was:\n\n"
        "The recipient's inbox is out of storage space and inbound mail cannot be delivered. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp e9-20020a05600c4b8900b0041a3f1c2d7asi55512wmp.114 - gsmtp"
    )
    parts = [
        human,
        delivery_status(
            b,
            "mx.google.com",
            "delayed",
            "452-4.2.2 The recipient's inbox is out of storage space.",
            "gmail-smtp-in.l.google.com",
        ),
        returned_headers(b),
    ]
    return bounce_headers(
        b,
        report(parts),
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        shape="gmail",
    )


def bounce_postfix_de(b: Bounce) -> Message:
    """Postfix with a German template, RFC 3464, the whole message returned."""
    human = (
        "Dies ist das Mailsystem auf dem Rechner mx02.rheinhost.example.\n\n"
        "Ihre Nachricht konnte leider an einen oder mehrere Empfänger nicht zugestellt werden. Sie ist unten angehängt.\n\n"
        "Bei Rückfragen wenden Sie sich bitte an den Postmaster und fügen Sie diesen Fehlerbericht bei.\n\n"
        "                   Das Mailsystem\n\n"
        f"<{b.rcpt}>: host mail.{b.domain}[203.0.113.17] said:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in\n"
        "    virtual mailbox table (in reply to RCPT TO command)\n"
    )
    diag = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"
    )
    parts = [
        text_part(human, "plain", "utf-8", "8bit"),
        delivery_status(b, "mx02.rheinhost.example", "failed", diag, f"mail.{b.domain}"),
        MIMEMessage(returned_reminder(b)),
    ]
    return bounce_headers(
        b,
        report(parts),
        "MAILER-DAEMON@mx02.rheinhost.example (Mail Delivery System)",
        "Unzustellbare Nachricht zurück an Absender",
    )


def exchange_sender(b: Bounce) -> str:
    """The postmaster mailbox Exchange Online writes from."""
    return f"Microsoft Outlook <postmaster@{b.domain}>"


def bounce_exchange_de_delay(b: Bounce) -> Message:
    """Exchange Online in German: delivery delayed."""
    human = human_alternative(
        f"Die Zustellung an diese Empfänger oder Gruppen ist verzögert:\n\n{b.rcpt}\n\n"
        f"Betreff: {b.subject}\n\n"
        "Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.\n\n"
        "Der Server versucht noch 1 Tag und 20 Stunden lang, die Nachricht zuzustellen. Sie werden benachrichtigt, falls die Nachricht bis dahin nicht zugestellt werden kann.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        "Generierender Server: FR4P281MB3902.DEUP281.PROD.OUTLOOK.example\n\n"
        f"Empfänger: {b.rcpt}\nLetzter Fehler: 451 4.4.7 Message delayed; the remote server did not respond in time"
    )
    parts = [
        human,
        delivery_status(
            b,
            "FR4P281MB3902.DEUP281.PROD.OUTLOOK.example",
            "delayed",
            "451 4.4.7 Message delayed",
        ),
        returned_headers(b),
    ]
    return bounce_headers(
        b,
        report(parts),
        exchange_sender(b),
        f"Zustellung verzögert: {b.subject}",
        shape="outlook",
    )


def bounce_exchange_fr(b: Bounce) -> Message:
    """Exchange Online in French: recipient not found."""
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = human_alternative(
        f"Votre message n'a pas pu être remis à {b.rcpt} car cette adresse est introuvable ou ne peut pas recevoir de courrier.\n\n"
        "Comment résoudre le problème : vérifiez l'orthographe de l'adresse du destinataire et renvoyez le message. Si le problème persiste, contactez le destinataire par un autre moyen.\n\n"
        "Informations de diagnostic pour les administrateurs :\n\n"
        "Serveur de génération : PR1P264MB2210.FRAP264.PROD.OUTLOOK.example\n\n"
        f"{b.rcpt}\nLe serveur distant a retourné « {diag} »"
    )
    parts = [
        human,
        delivery_status(b, "PR1P264MB2210.FRAP264.PROD.OUTLOOK.example", "failed", diag),
        returned_headers(b),
    ]
    return bounce_headers(
        b,
        report(parts),
        exchange_sender(b),
        f"Non remis : {b.subject}",
        shape="outlook",
    )


def bounce_provider_fr_full(b: Bounce) -> Message:
    """A French provider's own plain notice, in Latin-1: mailbox full, will retry."""
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du serveur de messagerie smtp-out.ornanet.example.\n\n"
        f"Votre message à destination de {b.rcpt} n'a pas encore pu être distribué : la boîte aux lettres du destinataire est pleine.\n\n"
        "Réponse du serveur distant :\n"
        f"452 4.2.2 <{b.rcpt}> : boîte aux lettres pleine (quota dépassé)\n\n"
        "Nous réessaierons automatiquement pendant 72 heures. Aucune action n'est nécessaire de votre part pour le moment.\n\n"
        f"Objet du message : {latin1_safe(b.subject)}\n"
        f"Envoyé le : {fmt('{dd}/{mo}/{y} à {HH}:{mm}', 'fr', b.sent.astimezone(CET))}\n\n"
        "Le service de messagerie Ornanet"
    )
    return bounce_headers(
        b,
        text_part(text + "\n", "plain", "iso-8859-1", "qp"),
        "Service de messagerie Ornanet <MAILER-DAEMON@smtp-out.ornanet.example>",
        "Avis de non-distribution temporaire",
    )


def bounce_exchange_es_policy(b: Bounce) -> Message:
    """Exchange Online in Spanish: the recipient only accepts authorised senders."""
    diag = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized"
    human = human_alternative(
        f"Su mensaje para {b.rcpt} no se pudo entregar.\n\n"
        "El destinatario solo acepta mensajes de remitentes autorizados o de su propia organización, y su dirección no figura entre ellos.\n\n"
        "Cómo solucionarlo: póngase en contacto con el destinatario por otro medio y pídale que le añada a la lista de remitentes permitidos.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        "Servidor de generación: MAD1P195MB0871.ESPP195.PROD.OUTLOOK.example\n\n"
        f"{b.rcpt}\nEl servidor remoto devolvió '{diag}'"
    )
    parts = [
        human,
        delivery_status(b, "MAD1P195MB0871.ESPP195.PROD.OUTLOOK.example", "failed", diag),
        returned_headers(b),
    ]
    return bounce_headers(
        b,
        report(parts),
        exchange_sender(b),
        f"No se puede entregar: {b.subject}",
        shape="outlook",
    )


def bounce_provider_es_delay(b: Bounce) -> Message:
    """A Spanish provider's RFC 3464 delay report."""
    human = (
        "Este es un mensaje automático del servidor correo.redlevante.example.\n\n"
        "Su mensaje todavía no ha podido entregarse a los siguientes destinatarios:\n\n"
        f"  {b.rcpt}\n\n"
        "Motivo: no se ha podido conectar con el servidor de correo del destinatario (4.4.1, tiempo de conexión agotado).\n\n"
        "Seguiremos intentándolo durante 4 días más. No es necesario que vuelva a enviar el mensaje.\n\n"
        "Se adjuntan las cabeceras del mensaje original.\n"
    )
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "correo.redlevante.example",
            "delayed",
            "421 4.4.1 Connection timed out",
            f"mx1.{b.domain}",
        ),
        returned_headers(b),
    ]
    return bounce_headers(
        b,
        report(parts),
        "Servicio de entrega de correo <mailer-daemon@correo.redlevante.example>",
        "Aviso de retraso en la entrega",
    )


def bounce_exchange_nl_full(b: Bounce) -> Message:
    """Exchange Online in Dutch: mailbox full, reported with a 5.x code."""
    diag = "554 5.2.2 mailbox full; quota exceeded for this recipient"
    human = human_alternative(
        f"Uw bericht aan {b.rcpt} kan niet worden bezorgd.\n\n"
        "Het postvak van de ontvanger is vol en kan op dit moment geen berichten ontvangen. Probeer het bericht later opnieuw te verzenden of neem op een andere manier contact op met de ontvanger.\n\n"
        "Diagnostische gegevens voor beheerders:\n\n"
        "Genererende server: AM0P190MB0412.EURP190.PROD.OUTLOOK.example\n\n"
        f"{b.rcpt}\nExterne server heeft '{diag}' geretourneerd"
    )
    parts = [
        human,
        delivery_status(b, "AM0P190MB0412.EURP190.PROD.OUTLOOK.example", "failed", diag),
        returned_headers(b),
    ]
    return bounce_headers(
        b,
        report(parts),
        exchange_sender(b),
        f"Onbestelbaar: {b.subject}",
        shape="outlook",
    )


def bounce_provider_it(b: Bounce) -> Message:
    """An Italian provider's notice in multipart/mixed with the original attached."""
    text = (
        "Questo è un messaggio generato automaticamente dal sistema di posta italnet-posta.example.\n\n"
        "Il messaggio che hai inviato non è stato recapitato al seguente destinatario:\n\n"
        f"    {b.rcpt}\n\n"
        "Motivo: l'indirizzo non esiste (550 5.1.1 User unknown).\n\n"
        "L'errore è permanente: non verranno effettuati altri tentativi. Controlla che l'indirizzo sia scritto correttamente.\n\n"
        "In allegato trovi il messaggio originale.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "8bit"))
    outer.attach(MIMEMessage(returned_reminder(b)))
    return bounce_headers(
        b,
        outer,
        "Mail Delivery Subsystem <mailer-daemon@mx.italnet-posta.example>",
        f"Messaggio non recapitato: {b.subject}",
    )


def bounce_greylist_it(b: Bounce) -> Message:
    """An Italian relay's RFC 3464 delay report: greylisted by the recipient."""
    human = (
        f"Il messaggio indirizzato a {b.rcpt} non è ancora stato consegnato.\n\n"
        "Il server del destinatario ha rifiutato temporaneamente la consegna:\n"
        "451 4.7.1 Greylisting in action, please come back later\n\n"
        "Il sistema continuerà a tentare la consegna per altri 5 giorni. Non è necessario inviare di nuovo il messaggio.\n"
    )
    parts = [
        text_part(human, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            "relay.retecomuni.example",
            "delayed",
            "451 4.7.1 Greylisting in action, please come back later",
            f"mx.{b.domain}",
        ),
        returned_headers(b),
    ]
    return bounce_headers(
        b,
        report(parts),
        "Sistema di posta <postmaster@relay.retecomuni.example>",
        "Avviso: consegna ritardata",
    )


BOUNCES = [
    Bounce(
        "bo-en-1",
        "en",
        "hard",
        "5.1.1",
        "office@kingsmeadchambers.example",
        "2029-01-09 08:41",
        bounce_exim,
        "Exim plain-text failure with the message pasted in; not RFC 3464",
    ),
    Bounce(
        "bo-en-2",
        "en",
        "hard",
        "5.1.2",
        "accounts@fernleyfitness.example",
        "2029-01-18 08:37",
        bounce_qmail,
        "qmail: the domain no longer exists",
    ),
    Bounce(
        "bo-en-3",
        "en",
        "soft",
        "4.2.2",
        "yogawithjodie.uk@gmail.com",
        "2029-01-24 10:02",
        bounce_gmail_full,
        "Gmail delay report, inbox out of storage",
        queued_minutes=240,
    ),
    Bounce(
        "bo-de-1",
        "de",
        "hard",
        "5.1.1",
        "buchhaltung@praxis-am-stadtpark.example",
        "2029-01-11 09:12",
        bounce_postfix_de,
        "Postfix with a German template, message/rfc822 returned",
    ),
    Bounce(
        "bo-de-2",
        "de",
        "soft",
        "4.4.7",
        "einkauf@hartmann-logistik.example",
        "2029-01-19 13:40",
        bounce_exchange_de_delay,
        "Exchange 'Zustellung verzögert'",
        queued_minutes=240,
    ),
    Bounce(
        "bo-fr-1",
        "fr",
        "hard",
        "5.1.10",
        "comptabilite@cabinet-morel-avocats.example",
        "2029-01-16 09:22",
        bounce_exchange_fr,
        "Exchange 'Non remis', recipient not found",
    ),
    Bounce(
        "bo-fr-2",
        "fr",
        "soft",
        "4.2.2",
        "secretariat@ecole-montessori-lumiere.example",
        "2029-01-26 11:30",
        bounce_provider_fr_full,
        "provider notice in Latin-1 plain text, mailbox full, will retry",
        queued_minutes=120,
    ),
    Bounce(
        "bo-es-1",
        "es",
        "hard",
        "5.7.1",
        "administracion@residencia-sanrafael.example",
        "2029-01-12 09:48",
        bounce_exchange_es_policy,
        "policy rejection (authorised senders only) with a permanent code: hard",
    ),
    Bounce(
        "bo-es-2",
        "es",
        "soft",
        "4.4.1",
        "info@gimnasioatlas.example",
        "2029-01-29 14:05",
        bounce_provider_es_delay,
        "provider delay report, connection timed out",
        queued_minutes=300,
    ),
    Bounce(
        "bo-nl-1",
        "nl",
        "soft",
        "5.2.2",
        "balie@tandartsenzuid.example",
        "2029-01-22 09:33",
        bounce_exchange_nl_full,
        "mailbox full with a 5.x code: soft, the code is kept",
    ),
    Bounce(
        "bo-it-1",
        "it",
        "hard",
        "5.1.1",
        "contabilita@studioferraris.example",
        "2029-01-10 09:27",
        bounce_provider_it,
        "provider notice in multipart/mixed with the original attached",
    ),
    Bounce(
        "bo-it-2",
        "it",
        "soft",
        "4.7.1",
        "info@palestraolimpo.example",
        "2029-01-31 15:12",
        bounce_greylist_it,
        "temporary policy (greylisting) delay",
        queued_minutes=180,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, file names, output and checks
# --------------------------------------------------------------------------------------------

INVOICE_IN_TEXT = re.compile(r"\bCWC[\s-]?(\d{6})\b", re.IGNORECASE)
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
ADDRESS = re.compile(r"^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+$")


@dataclass(frozen=True)
class Item:
    """One finished message with its label and the text its invoice references come from."""

    key: str
    msg: Message
    label: dict[str, object]
    new_text: str
    local_day: date


def reply_label(r: Reply) -> dict[str, object]:
    """The label of a hand-written message, in the corpus key order (file is added later)."""
    label: dict[str, object] = {"intent": r.intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in r.labels.items() if k in LABEL_KEYS})
    label["invoice_refs"] = list(cast("list[str]", r.labels.get("invoice_refs", [])))
    label["language"] = r.lang
    label["note"] = r.labels.get("note")
    return label


def bounce_label(b: Bounce) -> dict[str, object]:
    """The label of a delivery report."""
    label: dict[str, object] = {"intent": "bounce"}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update(bounce_kind=b.kind, failed_recipient=b.rcpt, bounce_status=b.status)
    label.update(invoice_refs=[], language=b.lang, note=b.note)
    return label


def all_items() -> list[Item]:
    """Every message of the corpus, built."""
    items = [Item(r.key, build_reply(r), reply_label(r), r.body, r.dt.date()) for r in REPLIES]
    items += [Item(b.key, b.build(b), bounce_label(b), "", b.dt.date()) for b in BOUNCES]
    return items


def file_order(key: str) -> str:
    """Files are numbered by a seeded hash of the key, so a name says nothing about the label."""
    return hashlib.sha256(f"{SEED}:file:{key}".encode()).hexdigest()


def check_label(item: Item) -> None:
    """Shape and conventions of one label."""
    label, key = item.label, item.key
    intent = str(label["intent"])
    if intent not in INTENTS or label["language"] not in LANGS:
        raise SystemExit(f"{key}: bad intent or language")
    filled = {k for k in LABEL_KEYS if label[k] is not None}
    if not filled <= INTENT_FIELDS[intent]:
        raise SystemExit(
            f"{key}: fields {sorted(filled - INTENT_FIELDS[intent])} do not belong to {intent}"
        )
    for name in ("promised_date", "paid_date", "return_date"):
        value = label[name]
        if value is not None and not (
            isinstance(value, str) and ISO_DAY.match(value) and date.fromisoformat(value)
        ):
            raise SystemExit(f"{key}: {name} is not an ISO date")
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        raise SystemExit(f"{key}: amount and currency go together")
    if amount is not None and not (
        isinstance(amount, str) and AMOUNT.match(amount) and currency in {"GBP", "EUR"}
    ):
        raise SystemExit(f"{key}: bad amount or currency")
    for name in ("new_contact", "failed_recipient"):
        value = label[name]
        if value is not None and not (isinstance(value, str) and ADDRESS.match(value)):
            raise SystemExit(f"{key}: {name} is not a lower-case address")
    if intent == "bounce" and (
        label["bounce_kind"] not in {"hard", "soft"} or not label["bounce_status"]
    ):
        raise SystemExit(f"{key}: bounce fields incomplete")
    refs = label["invoice_refs"]
    if not isinstance(refs, list):
        raise SystemExit(f"{key}: invoice_refs must be a list")
    written = [f"CWC {n}" for n in INVOICE_IN_TEXT.findall(item.new_text)]
    if sorted(set(written)) != sorted(refs):
        raise SystemExit(f"{key}: invoice_refs {refs} but the new text names {written}")
    if not FIRST_DAY <= item.local_day <= LAST_DAY:
        raise SystemExit(f"{key}: dated outside the corpus range")


def check_message(name: str, data: bytes) -> None:
    """Parse back with the modern policy: headers decoded, text decoded, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{name}: defects {part.defects}")
        for header in part:
            value = part[header]
            if getattr(value, "defects", None):
                raise SystemExit(
                    f"{name}: header {header} has defects {getattr(value, 'defects', None)}"
                )
            if "=?" in str(value):
                raise SystemExit(f"{name}: header {header} was not decoded")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                raise SystemExit(f"{name}: a text part does not decode cleanly")
            if (
                part.get_param("format") == "flowed"
                and max(len(x) for x in content.split("\n")) > 78
            ):
                raise SystemExit(f"{name}: flowed line too long")


def count_table(labels: list[dict[str, object]]) -> str:
    """The intent × language table in Markdown."""
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


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent, the language totals, every language in every intent, bounces half and half."""
    intents = Counter(str(x["intent"]) for x in labels)
    langs = Counter(str(x["language"]) for x in labels)
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    if any(intents[i] != PER_INTENT for i in INTENTS) or dict(langs) != LANG_TARGET:
        raise SystemExit(f"counts off: {dict(intents)} {dict(langs)}")
    if any(cells[i, lang] == 0 for i in INTENTS for lang in LANGS):
        raise SystemExit("some language is missing from some intent")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounce kinds {dict(kinds)}")


def write_all() -> list[dict[str, object]]:
    """Build, check and write every file; return the labels in file order."""
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    items.sort(key=lambda item: file_order(item.key))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    for number, item in enumerate(items, start=1):
        check_label(item)
        name = f"{PREFIX}-{number:03d}.eml"
        data = item.msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        labels.append({"file": name, **item.label})
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    """Rebuild the corpus and print the count table."""
    labels = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
