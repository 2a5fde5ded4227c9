# ruff: noqa: C901, E501, PLR0912, PLR0917, RUF001, RUF002
# Message text is kept one paragraph a line, the way mail clients send it, with the typographic
# dashes, quotes and spaces that people and their software really produce.
"""Build held-out reply corpus 145: ``h145-NNN.eml`` files and ``labels.jsonl``.

Every message answers (or reports on) an overdue reminder sent by the credit-control mailbox of
Silverbirch Waste Oil Collection. The new text of each message is written by hand below. This
script only adds what a mail client or a mail server would add: the quoted reminder in the
client's own layout and language, headers, MIME structure, charsets and transfer encodings.

Run it from anywhere: it rewrites every file next to itself, deterministically, parses each file
back with the modern ``email`` policy, checks the labels and prints the count table.
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
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email import message_from_bytes, policy
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.headerregistry import BaseHeader
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import cast

HERE = Path(__file__).resolve().parent
SEED = "silverbirch-holdout-145"
PREFIX = "h145"
AR_NAME = "Silverbirch Credit Control"
AR_ADDR = "credit@silverbirch-oil.example"
AR_DOMAIN = "silverbirch-oil.example"
NBSP = "\u00a0"
UK = timezone(timedelta(0))
CET = timezone(timedelta(hours=1))
FIRST_DAY = date(2032, 1, 19)
LAST_DAY = date(2032, 2, 13)

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
# Which label fields each intent may fill; every other field stays null.
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
# Per intent, the one non-English language with a single message (the others have two).
SINGLE_LANG = {
    "payment_sent": "de",
    "promise_to_pay": "fr",
    "dispute": "es",
    "payment_plan": "nl",
    "invoice_request": "it",
    "wrong_contact": "de",
    "unsubscribe": "fr",
    "auto_reply": "es",
    "bounce": "nl",
    "other": "it",
}

# --------------------------------------------------------------------------------------------
# Locale tables (what each client prints around a quoted message)
# --------------------------------------------------------------------------------------------

WEEKDAY_LONG = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAY_SHORT = {
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
GMAIL_ATTRIBUTION = {
    "en": "On {wds}, {d} {mons} {y} at {HH}:{mi}, {name} <{addr}> wrote:",
    "de": "Am {wds}, {d}. {mons} {y} um {HH}:{mi} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wds} {d} {mons} {y} à {HH}:{mi}, {name} <{addr}> a écrit :",
    "es": "El {wds}, {d} {mons} {y} a las {H}:{mi}, {name} (<{addr}>) escribió:",
    "nl": "Op {wds} {d} {mons} {y} om {HH}:{mi} schreef {name} <{addr}>:",
    "it": "Il giorno {wds} {d} {mons} {y} alle ore {HH}:{mi} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION = {
    "en": "On {d} {mons} {y}, at {HH}:{mi}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mi} schrieb {name} <{addr}>:",
    "fr": "Le {d} {mons} {y} à {HH}:{mi}, {name} <{addr}> a écrit :",
    "es": "El {d} {mons} {y}, a las {H}:{mi}, {name} <{addr}> escribió:",
    "nl": "Op {d} {mons} {y} om {HH}:{mi} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {mons} {y}, alle ore {HH}:{mi}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION = {
    "en": "On {dd}/{mo}/{y} {HH}:{mi}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mi} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mi}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mi}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mi} schreef {name}:",
    "it": "Il {dd}/{mo}/{yy} {HH}:{mi}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wdl}, {d} {monl} {y} {HH}:{mi}",
    "de": "{wdl}, {d}. {monl} {y} {HH}:{mi}",
    "fr": "{wdl} {d} {monl} {y} {HH}:{mi}",
    "es": "{wdl}, {d} de {monl} de {y} {H}:{mi}",
    "nl": "{wdl} {d} {monl} {y} {HH}:{mi}",
    "it": "{wdl} {d} {monl} {y} {HH}:{mi}",
}


@dataclass(frozen=True)
class OutlookWords:
    """The words Outlook prints above a quoted message, in one display language."""

    separator: str
    sender: str
    sent: str
    to: str
    subject: str
    colon: str
    reply_prefix: str
    auto_prefix: str


OUTLOOK_WORDS = {
    "en": OutlookWords(
        "-----Original Message-----",
        "From",
        "Sent",
        "To",
        "Subject",
        ": ",
        "RE: ",
        "Automatic reply: ",
    ),
    "de": OutlookWords(
        "-----Ursprüngliche Nachricht-----",
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        ": ",
        "AW: ",
        "Automatische Antwort: ",
    ),
    "fr": OutlookWords(
        "-----Message d'origine-----",
        "De",
        "Envoyé",
        "À",
        "Objet",
        " : ",
        "RE : ",
        "Réponse automatique : ",
    ),
    "es": OutlookWords(
        "-----Mensaje original-----",
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        ": ",
        "RE: ",
        "Respuesta automática: ",
    ),
    "nl": OutlookWords(
        "-----Oorspronkelijk bericht-----",
        "Van",
        "Verzonden",
        "Aan",
        "Onderwerp",
        ": ",
        "RE: ",
        "Automatisch antwoord: ",
    ),
    "it": OutlookWords(
        "-----Messaggio originale-----",
        "Da",
        "Inviato",
        "A",
        "Oggetto",
        ": ",
        "R: ",
        "Risposta automatica: ",
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
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}
# What a client limited to ISO-8859-1 does to characters outside it.
LATIN1_FALLBACK = {
    "€": "EUR",
    "–": "-",
    "—": "-",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "«": '"',
    "»": '"',
}

# --------------------------------------------------------------------------------------------
# The reminder every reply answers, in each language
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReminderWording:
    """The text of a dunmail reminder in one language."""

    subject_one: str
    subject_many: str
    greeting: str
    intro_one: str
    intro_many: str
    row: str
    total: str
    closing: str
    date_format: str


REMINDER = {
    "en": ReminderWording(
        "Payment reminder – invoice {ref} is overdue",
        "Payment reminder – {n} invoices overdue",
        "Hello,",
        "Thank you for using Silverbirch for your oil collections and trap servicing. According to our ledger the invoice below has not been paid yet:",
        "Thank you for using Silverbirch for your oil collections and trap servicing. According to our ledger the invoices below have not been paid yet:",
        "  {ref}   dated {issued}   due {due}   {amount}",
        "  Total outstanding: {amount}",
        "If you have already paid, please reply with the payment date and your reference so that we can match it. If something on the invoice looks wrong, or you need a copy, just reply to this message and we will look into it.\n\nThank you,\n\nCredit Control\nSilverbirch Waste Oil Collection Ltd\ncredit@silverbirch-oil.example · 0161 496 0734",
        "%d/%m/%Y",
    ),
    "de": ReminderWording(
        "Zahlungserinnerung – Rechnung {ref} überfällig",
        "Zahlungserinnerung – {n} Rechnungen überfällig",
        "Guten Tag,",
        "vielen Dank, dass Sie Silverbirch mit der Abholung Ihrer Altöle und der Wartung Ihrer Abscheider beauftragen. Nach unseren Unterlagen ist die folgende Rechnung noch offen:",
        "vielen Dank, dass Sie Silverbirch mit der Abholung Ihrer Altöle und der Wartung Ihrer Abscheider beauftragen. Nach unseren Unterlagen sind die folgenden Rechnungen noch offen:",
        "  {ref}   vom {issued}   fällig am {due}   {amount}",
        "  Offener Gesamtbetrag: {amount}",
        "Falls Sie bereits bezahlt haben, nennen Sie uns bitte kurz Zahlungsdatum und Verwendungszweck, damit wir die Zahlung zuordnen können. Stimmt etwas an der Rechnung nicht oder benötigen Sie eine Kopie, antworten Sie einfach auf diese E-Mail.\n\nFreundliche Grüße\n\nForderungsmanagement\nSilverbirch Waste Oil Collection",
        "%d.%m.%Y",
    ),
    "fr": ReminderWording(
        "Rappel de paiement – facture {ref} échue",
        "Rappel de paiement – {n} factures échues",
        "Bonjour,",
        "Merci de confier à Silverbirch la collecte de vos huiles usagées et l'entretien de vos bacs à graisse. Sauf erreur de notre part, la facture ci-dessous n'a pas encore été réglée :",
        "Merci de confier à Silverbirch la collecte de vos huiles usagées et l'entretien de vos bacs à graisse. Sauf erreur de notre part, les factures ci-dessous n'ont pas encore été réglées :",
        "  {ref}   du {issued}   échéance {due}   {amount}",
        "  Total restant dû : {amount}",
        "Si le règlement a déjà été effectué, merci de nous indiquer sa date et sa référence afin que nous puissions le rapprocher. Pour toute question sur la facture, ou pour en obtenir un duplicata, il suffit de répondre à ce message.\n\nBien cordialement,\n\nService recouvrement\nSilverbirch Waste Oil Collection",
        "%d/%m/%Y",
    ),
    "es": ReminderWording(
        "Recordatorio de pago – factura {ref} vencida",
        "Recordatorio de pago – {n} facturas vencidas",
        "Buenos días:",
        "Gracias por confiar a Silverbirch la recogida de sus aceites usados y el mantenimiento de sus separadores de grasa. Según nuestra contabilidad, la siguiente factura sigue pendiente de pago:",
        "Gracias por confiar a Silverbirch la recogida de sus aceites usados y el mantenimiento de sus separadores de grasa. Según nuestra contabilidad, las siguientes facturas siguen pendientes de pago:",
        "  {ref}   de fecha {issued}   vencimiento {due}   {amount}",
        "  Total pendiente: {amount}",
        "Si ya han realizado el pago, les agradeceríamos que nos indicaran la fecha y la referencia de la transferencia para poder conciliarla. Si hay algún error en la factura o necesitan una copia, basta con responder a este correo.\n\nUn saludo,\n\nDepartamento de cobros\nSilverbirch Waste Oil Collection",
        "%d/%m/%Y",
    ),
    "nl": ReminderWording(
        "Betalingsherinnering – factuur {ref} vervallen",
        "Betalingsherinnering – {n} facturen vervallen",
        "Goedendag,",
        "Bedankt dat u Silverbirch inschakelt voor het ophalen van uw afgewerkte olie en het onderhoud van uw vetafscheiders. Volgens onze administratie staat de onderstaande factuur nog open:",
        "Bedankt dat u Silverbirch inschakelt voor het ophalen van uw afgewerkte olie en het onderhoud van uw vetafscheiders. Volgens onze administratie staan de onderstaande facturen nog open:",
        "  {ref}   d.d. {issued}   vervaldatum {due}   {amount}",
        "  Totaal openstaand: {amount}",
        "Heeft u al betaald? Laat ons dan de betaaldatum en het betalingskenmerk weten, dan kunnen we de betaling koppelen. Klopt er iets niet aan de factuur of wilt u een kopie, antwoord dan gewoon op deze e-mail.\n\nMet vriendelijke groet,\n\nDebiteurenbeheer\nSilverbirch Waste Oil Collection",
        "%d-%m-%Y",
    ),
    "it": ReminderWording(
        "Promemoria di pagamento – fattura {ref} scaduta",
        "Promemoria di pagamento – {n} fatture scadute",
        "Buongiorno,",
        "grazie per aver affidato a Silverbirch il ritiro dei vostri oli esausti e la manutenzione dei degrassatori. Dalla nostra contabilità risulta ancora aperta la seguente fattura:",
        "grazie per aver affidato a Silverbirch il ritiro dei vostri oli esausti e la manutenzione dei degrassatori. Dalla nostra contabilità risultano ancora aperte le seguenti fatture:",
        "  {ref}   del {issued}   scadenza {due}   {amount}",
        "  Totale da saldare: {amount}",
        "Se il pagamento è già stato effettuato, vi chiediamo di comunicarci data e riferimento del bonifico per poterlo abbinare. Se qualcosa nella fattura non torna o vi serve una copia, basta rispondere a questa e-mail.\n\nCordiali saluti,\n\nUfficio crediti\nSilverbirch Waste Oil Collection",
        "%d/%m/%Y",
    ),
}


def money(amount: str, currency: str, lang: str) -> str:
    """An amount as the reminder prints it in `lang` (thousands separators, symbol placement)."""
    value = Decimal(amount)
    units, cents = f"{value:.2f}".split(".")
    groups = f"{int(units):,}"
    symbol = "£" if currency == "GBP" else "€"
    if lang == "en":
        return f"{symbol}{groups}.{cents}"
    if lang == "fr":
        return f"{groups.replace(',', NBSP)},{cents}{NBSP}{symbol}"
    local = f"{groups.replace(',', '.')},{cents}"
    if lang in {"nl", "it"}:
        return f"{symbol} {local}"
    return f"{local} {symbol}"


def latin1(text: str) -> str:
    """What an ISO-8859-1 client turns the text into."""
    for char, fallback in LATIN1_FALLBACK.items():
        text = text.replace(char, fallback)
    return text


# --------------------------------------------------------------------------------------------
# Message specifications and labels
# --------------------------------------------------------------------------------------------


def lab(*refs: str, note: str | None = None, **fields: str) -> dict[str, object]:
    """Label fields beyond intent and language; `refs` are invoice numbers as NNNNN-YY."""
    unknown = set(fields) - set(LABEL_KEYS)
    if unknown:
        raise ValueError(f"unknown label fields: {sorted(unknown)}")
    return {**fields, "invoice_refs": [f"SWO {ref}" for ref in refs], "note": note}


@dataclass(frozen=True)
class Spec:
    """One hand-written message: who sent it, when, with which client, and its labels.

    `when` is the sender's local time. Senders in the UK write in GMT; everyone else writes
    from central Europe (CET, no summer time in January and February).
    """

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    text: str
    label: Mapping[str, object]
    invoices: tuple[tuple[str, str], ...] = (("00417-31", "486.00"),)
    uk: bool | None = None
    charset: str = "utf-8"
    cte: str = "qp"
    subject: str = ""
    headers: tuple[tuple[str, HeaderValue], ...] = ()
    reply: bool = True
    bottom: bool = False
    days_before: int = 1
    attach: tuple[str, bytes] | None = None

    @property
    def in_uk(self) -> bool:
        """Whether the sender writes from the UK (GMT) rather than central Europe."""
        return self.lang == "en" if self.uk is None else self.uk

    @property
    def tz(self) -> timezone:
        """The sender's UTC offset on the message date."""
        return UK if self.in_uk else CET

    @property
    def currency(self) -> str:
        """The currency the customer is invoiced in."""
        return "GBP" if self.in_uk else "EUR"

    @property
    def dt(self) -> datetime:
        """The message's Date, in the sender's zone, with stable seconds."""
        base = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return base.replace(second=digest(self.key, "sec")[0] % 60, tzinfo=self.tz)


# --------------------------------------------------------------------------------------------
# Ids, hashes and small text helpers
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    """A stable hash of a message key, salted for one use."""
    return hashlib.sha256(f"{SEED}:{salt}:{key}".encode()).digest()


def b32(key: str, salt: str, n: int) -> str:
    """`n` stable upper-case base32 characters for a key."""
    return base64.b32encode(digest(key, salt)).decode()[:n]


def hexid(key: str, salt: str, n: int) -> str:
    """`n` stable lower-case hex digits for a key."""
    return digest(key, salt).hex()[:n]


def uuid_like(key: str, salt: str) -> str:
    """A stable upper-case UUID-shaped string, as Apple clients generate them."""
    h = digest(key, salt).hex().upper()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-A{h[17:20]}-{h[20:32]}"


def reminder_msgid(key: str) -> str:
    """The Message-ID dunmail gave the reminder answered by message `key`."""
    return f"<dunmail.{b32(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def quote_lines(text: str) -> str:
    """Quote text with '>' the way mail clients do."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    """Escape a block of text for HTML, keeping line breaks and runs of spaces."""
    lines = []
    for line in text.split("\n"):
        escaped = html.escape(line, quote=False).replace("  ", " &nbsp;")
        lines.append(escaped)
    return "<br>\n".join(lines)


def html_paragraphs(text: str, tag: str = "p") -> str:
    """Wrap each blank-line separated paragraph in `tag`."""
    return "\n".join(f"<{tag}>{html_text(p)}</{tag}>" for p in text.split("\n\n"))


def date_fields(lang: str, dt: datetime) -> dict[str, str]:
    """Every piece a client might print of a date, in one language."""
    return {
        "wds": WEEKDAY_SHORT[lang].split()[dt.weekday()],
        "wdl": WEEKDAY_LONG[lang].split()[dt.weekday()],
        "mons": MONTH_SHORT[lang].split()[dt.month - 1],
        "monl": MONTH_LONG[lang].split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mi": f"{dt.minute:02d}",
        "ss": f"{dt.second:02d}",
    }


def flowed(text: str, width: int = 76) -> str:
    """Encode text as RFC 3676 format=flowed: soft breaks end in a space, stuffing where needed."""
    out: list[str] = []
    for raw in text.split("\n"):
        match = re.match(r"^((?:> ?)*)", raw)
        quote = match.group(1) if match else ""
        depth = quote.count(">")
        content = raw[len(quote) :].rstrip(" ") if raw != "-- " else raw
        prefix = ">" * depth + (" " if depth else "")
        if not depth and content.startswith((" ", "From ", ">")):
            content = " " + content
        room = width - len(prefix)
        while len(content) > room:
            cut = content.rfind(" ", 0, room)
            if cut <= 0:
                break
            out.append(prefix + content[: cut + 1])
            content = content[cut + 1 :]
        out.append(prefix + content if content else ">" * depth)
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    """A text part in `charset` with the transfer encoding the client would choose."""
    text.encode(charset)  # fails loudly if the hand-written text does not fit the charset
    chosen = Charset(charset)
    if cte == "qp":
        chosen.body_encoding = QP
    elif cte == "b64":
        chosen.body_encoding = BASE64
    else:  # 7bit or 8bit: the body goes out as it is
        chosen.body_encoding = None  # type: ignore[assignment]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, chosen)
    return part


def alternative(plain: Message, markup: Message) -> Message:
    """A multipart/alternative of a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


HeaderValue = str | Header


def encoded_header(value: str, charset: str, name: str = "Subject") -> HeaderValue:
    """A header value as a client writes it: RFC 2047 encoded words when it is not ASCII."""
    if value.isascii():
        return value
    chosen = charset if charset != "us-ascii" else "utf-8"
    try:
        value.encode(chosen)
    except UnicodeEncodeError:
        chosen = "utf-8"
    return Header(value, chosen, header_name=name)


def mailbox(name: str, addr: str, charset: str = "utf-8", header: str = "From") -> HeaderValue:
    """A From/To/Cc mailbox with the display name encoded when needed."""
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    value = encoded_header(name, charset, header)
    if isinstance(value, str):
        return f"{value} <{addr}>"
    value.append(f"<{addr}>", "us-ascii")
    return value


TOP_ORDER = (
    "From",
    "To",
    "Cc",
    "Reply-To",
    "Subject",
    "Thread-Topic",
    "Thread-Index",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
)
CONTENT_HEADERS = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")


def put(msg: Message, name: str, value: HeaderValue) -> None:
    """Set one header. compat32 messages fold Header objects properly; the stubs only say str."""
    msg[name] = value if isinstance(value, str) else cast("str", value)


def set_headers(msg: Message, headers: list[tuple[str, HeaderValue]]) -> None:
    """Put envelope headers first (in client order) and the MIME headers last."""
    content: list[tuple[str, HeaderValue]] = [
        (name, value) for name in CONTENT_HEADERS for value in (msg.get_all(name) or [])
    ]
    for name in CONTENT_HEADERS:
        del msg[name]
    rank = {name: n for n, name in enumerate(TOP_ORDER)}
    envelope = [item for item in headers if item[0] not in CONTENT_HEADERS]
    for name, value in sorted(envelope, key=lambda item: rank.get(item[0], len(TOP_ORDER))):
        put(msg, name, value)
    overrides = [item for item in headers if item[0] in CONTENT_HEADERS]
    tail = overrides + [item for item in content if item[0] not in {n for n, _ in overrides}]
    if any(name == "Content-Type" for name, _ in tail) and not any(
        name == "MIME-Version" for name, _ in tail
    ):
        tail.append(("MIME-Version", "1.0"))
    for name, value in sorted(tail, key=lambda item: CONTENT_HEADERS.index(item[0])):
        put(msg, name, value)


def subparts(msg: Message) -> list[Message]:
    """The direct children of a multipart or message/rfc822 part."""
    if not msg.is_multipart():
        return []
    payload = cast("list[object]", msg.get_payload())
    return [p for p in payload if isinstance(p, Message)]


def strip_inner_versions(msg: Message, top: bool = True) -> None:
    """Only a message's top (or an attached message's top) carries MIME-Version."""
    if not top:
        del msg["MIME-Version"]
    for part in subparts(msg):
        strip_inner_versions(part, top=msg.get_content_type() == "message/rfc822")


def fix_boundaries(msg: Message, key: str, shape: Callable[[str, int], str]) -> None:
    """Give every multipart a deterministic boundary in the sending software's style."""
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(shape(key, n))
            n += 1


def boundary_for(client: str) -> Callable[[str, int], str]:
    """The boundary style of a client or mail server."""

    def outlook(key: str, n: int) -> str:
        return f"_00{n}_{b32(key, f'bd{n}', 28)}_"

    def gmail(key: str, n: int) -> str:
        return "0000000000" + hexid(key, f"bd{n}", 18)

    def apple(key: str, n: int) -> str:
        return f"Apple-Mail={'_' if n == 0 else '-'}{uuid_like(key, f'bd{n}')}"

    def generic(key: str, n: int) -> str:
        return f"----=_Part_{n}_{int(hexid(key, f'bd{n}', 8), 16)}.{1950000000000 + int(hexid(key, 'ts', 6), 16)}"

    def exim(key: str, n: int) -> str:
        return f"{int(hexid(key, 'ts', 6), 16) + 1960000000}-eximdsn-{int(hexid(key, f'bd{n}', 6), 16)}"

    def thunderbird(key: str, n: int) -> str:
        return f"------------{b32(key, f'bd{n}', 24)}"

    styles: dict[str, Callable[[str, int], str]] = {
        "outlook": outlook,
        "outlook_html": outlook,
        "html_only": outlook,
        "android": outlook,
        "o365": outlook,
        "gmail": gmail,
        "gmail_plain": gmail,
        "gmail_dsn": gmail,
        "apple": apple,
        "iphone": apple,
        "exim": exim,
        "thunderbird": thunderbird,
    }
    return styles.get(client, generic)


# --------------------------------------------------------------------------------------------
# The quoted reminder
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """The reminder as the replying client shows it, in the sender's language and zone."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def invoice_dates(ref: str, reminder_day: date, n: int, key: str) -> tuple[date, date]:
    """Issue and due date of invoice `ref` (30-day terms), consistent with its year suffix."""
    year = 2000 + int(ref[-2:])
    spread = digest(key, f"issued{n}")[0] % 6
    back = 44 + 9 * n + spread if year == 2031 else 34 + spread % 3
    issued = reminder_day - timedelta(days=back)
    due = issued + timedelta(days=30)
    if issued.year != year or due >= reminder_day:
        raise SystemExit(f"{key}: invoice {ref} cannot be overdue on {reminder_day}")
    return issued, due


def working_days_before(day: date, n: int) -> date:
    """The working day `n` working days before `day`."""
    while n:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def reminder_sent(spec: Spec) -> datetime:
    """When dunmail sent the reminder (its morning run, UK time); auto-replies follow at once."""
    h = digest(spec.key, "run")
    if spec.intent == "auto_reply":
        return spec.dt.astimezone(UK) - timedelta(minutes=1 + h[0] % 4, seconds=h[1] % 60)
    day = working_days_before(spec.dt.date(), spec.days_before)
    return datetime(day.year, day.month, day.day, 8, 30 + h[0] % 25, h[1] % 60, tzinfo=UK)


def reminder_subject(lang: str, invoices: tuple[tuple[str, str], ...]) -> str:
    """The reminder's subject line."""
    words = REMINDER[lang]
    if len(invoices) == 1:
        return words.subject_one.format(ref=f"SWO {invoices[0][0]}")
    return words.subject_many.format(n=len(invoices))


def reminder_text(
    lang: str, invoices: tuple[tuple[str, str], ...], currency: str, day: date, key: str
) -> str:
    """The reminder's body, listing the overdue invoices."""
    words = REMINDER[lang]
    rows = []
    for n, (ref, amount) in enumerate(invoices):
        issued, due = invoice_dates(ref, day, n, key)
        rows.append(
            words.row.format(
                ref=f"SWO {ref}",
                issued=issued.strftime(words.date_format),
                due=due.strftime(words.date_format),
                amount=money(amount, currency, lang),
            )
        )
    if len(invoices) > 1:
        total = sum((Decimal(amount) for _, amount in invoices), Decimal(0))
        rows.append(words.total.format(amount=money(str(total), currency, lang)))
    intro = words.intro_one if len(invoices) == 1 else words.intro_many
    return f"{words.greeting}\n\n{intro}\n\n" + "\n".join(rows) + f"\n\n{words.closing}"


def make_quote(spec: Spec) -> Quote:
    """The reminder `spec` answers, as its client shows it."""
    sent = reminder_sent(spec)
    text = reminder_text(spec.lang, spec.invoices, spec.currency, sent.date(), spec.key)
    subject = reminder_subject(spec.lang, spec.invoices)
    if spec.charset == "iso-8859-1":
        text, subject = latin1(text), latin1(subject)
    name, addr = spec.sender
    return Quote(
        text,
        subject,
        sent.astimezone(spec.tz),
        spec.lang,
        f"{name} <{addr}>" if name else addr,
    )


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_block(q: Quote, seconds: bool = False) -> list[str]:
    """Outlook's From/Sent/To/Subject lines above a quoted message."""
    w = OUTLOOK_WORDS[q.lang]
    sent = (OUTLOOK_SENT[q.lang] + (":{ss}" if seconds else "")).format(
        **date_fields(q.lang, q.sent)
    )
    return [
        f"{w.sender}{w.colon}{AR_NAME} <{AR_ADDR}>",
        f"{w.sent}{w.colon}{sent}",
        f"{w.to}{w.colon}{q.to}",
        f"{w.subject}{w.colon}{q.subject}",
    ]


def attribution(table: Mapping[str, str], q: Quote) -> str:
    """A client's 'On ... wrote:' line in the sender's language."""
    return table[q.lang].format(name=AR_NAME, addr=AR_ADDR, **date_fields(q.lang, q.sent))


def mso(text: str) -> str:
    """Text as Word-generated MsoNormal paragraphs, one per line."""
    out = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False).replace("  ", " &nbsp;") if line else "&nbsp;"
        out.append(
            f'<p class="MsoNormal"><span style="font-size:11.0pt">{inner}<o:p></o:p></span></p>'
        )
    return "\n".join(out)


def word_html(spec: Spec, q: Quote) -> str:
    """The HTML body Outlook for Windows writes: Word markup, a divider div, the header block."""
    w = OUTLOOK_WORDS[q.lang]
    labels = (w.sender, w.sent, w.to, w.subject)
    rows = "<br>\n".join(
        f"<b>{html.escape(label)}{w.colon.rstrip()}</b> {html.escape(line.split(w.colon, 1)[1])}"
        for label, line in zip(labels, outlook_block(q), strict=True)
    )
    divider = "#E1E1E1" if digest(spec.key, "divider")[0] % 2 else "#B5C4DF"
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={spec.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        'span.EmailStyle20 {mso-style-type:personal-reply; font-family:"Aptos",sans-serif; color:windowtext;}\n'
        "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{HTML_LANG[spec.lang]}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{mso(spec.text)}\n"
        '<p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>\n'
        f'<div style="border:none;border-top:solid {divider} 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{rows}<o:p></o:p></span></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{mso(q.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook(spec: Spec, q: Quote) -> Message:
    """Outlook for Windows, plain text, with the localised 'Original Message' separator."""
    block = "\n".join([OUTLOOK_WORDS[q.lang].separator, *outlook_block(q)])
    return text_part(f"{spec.text}\n\n{block}\n\n{q.text}\n", "plain", spec.charset, spec.cte)


def client_outlook_html(spec: Spec, q: Quote) -> Message:
    """Outlook for Windows, HTML with its plain-text alternative."""
    plain = "\n".join([spec.text, "", *outlook_block(q), "", q.text, ""])
    return alternative(
        text_part(plain, "plain", spec.charset, spec.cte),
        text_part(word_html(spec, q), "html", spec.charset, spec.cte),
    )


def client_html_only(spec: Spec, q: Quote) -> Message:
    """Outlook configured to send HTML without a plain-text alternative."""
    return text_part(word_html(spec, q), "html", spec.charset, spec.cte)


def client_android(spec: Spec, q: Quote) -> Message:
    """Outlook for Android: both alternatives in base64, the 'Get Outlook' line above the quote."""
    link = "https://aka.ms/AAb9ysg"
    block = outlook_block(q, seconds=True)
    plain = (
        f"{spec.text}\n\n{ANDROID_SIGNATURE[q.lang]}<{link}>\n{'_' * 32}\n"
        + "\n".join(block)
        + f"\n\n{q.text}\n"
    )
    w = OUTLOOK_WORDS[q.lang]
    rows = "<br>\n".join(
        f"<b>{html.escape(line.split(w.colon, 1)[0])}{w.colon.rstrip()}</b> {html.escape(line.split(w.colon, 1)[1])}"
        for line in block
    )
    markup = (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n'
        f'<div dir="auto">{html_text(spec.text)}</div>\n<div dir="auto"><br></div>\n'
        f'<div class="ms-outlook-mobile-signature"><span><a href="{link}">{html.escape(ANDROID_SIGNATURE[q.lang])}</a></span></div>\n'
        '<div id="mail-editor-reference-message-container"><hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{rows}</font>\n<div>&nbsp;</div></div>\n'
        f"<div>{html_paragraphs(q.text, 'div')}</div></div>\n</body>\n</html>\n"
    )
    return alternative(
        text_part(plain, "plain", spec.charset, "b64"),
        text_part(markup, "html", spec.charset, "b64"),
    )


def client_gmail(spec: Spec, q: Quote) -> Message:
    """Gmail: multipart/alternative, the quote in a gmail_quote blockquote."""
    attr = attribution(GMAIL_ATTRIBUTION, q)
    plain = f"{spec.text}\n\n{attr}\n\n{quote_lines(q.text)}\n"
    markup = (
        f'<div dir="ltr">{html_text(spec.text)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attr)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(
        text_part(plain, "plain", spec.charset, spec.cte),
        text_part(markup, "html", spec.charset, spec.cte),
    )


def client_gmail_plain(spec: Spec, q: Quote) -> Message:
    """Gmail in plain-text mode: '>' quoting, top- or bottom-posted."""
    attr = attribution(GMAIL_ATTRIBUTION, q)
    quoted = f"{attr}\n\n{quote_lines(q.text)}"
    text = f"{quoted}\n\n{spec.text}\n" if spec.bottom else f"{spec.text}\n\n{quoted}\n"
    return text_part(text, "plain", spec.charset, spec.cte)


def client_apple(spec: Spec, q: Quote) -> Message:
    """Apple Mail on a Mac: plain with '>' quoting plus HTML with a cite blockquote."""
    attr = attribution(APPLE_ATTRIBUTION, q)
    plain = f"{spec.text}\n\n{attr}\n\n{quote_lines(q.text)}\n\n"
    quoted = "".join(
        f"<div>{html_text(line) if line else '<br>'}</div>" for line in q.text.split("\n")
    )
    markup = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        + "".join(
            f"<div>{html_text(line) if line else '<br>'}</div>" for line in spec.text.split("\n")
        )
        + '<div><br><blockquote type="cite"><div>'
        + html.escape(attr)
        + '</div><br class="Apple-interchange-newline"><div><div>'
        + quoted
        + "</div></div></blockquote></div><br></body></html>"
    )
    return alternative(
        text_part(plain, "plain", spec.charset, spec.cte),
        text_part(markup, "html", spec.charset, spec.cte),
    )


def client_iphone(spec: Spec, q: Quote) -> Message:
    """Mail on an iPhone: plain text, the localised signature, then the quoted attribution."""
    quoted = quote_lines(f"{attribution(APPLE_ATTRIBUTION, q)}\n\n{q.text}")
    return text_part(
        f"{spec.text}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{quoted}\n",
        "plain",
        spec.charset,
        spec.cte,
    )


def client_thunderbird(spec: Spec, q: Quote) -> Message:
    """Thunderbird: format=flowed plain text, top- or bottom-posted."""
    attr = attribution(THUNDERBIRD_ATTRIBUTION, q)
    quoted = f"{attr}\n{quote_lines(q.text)}"
    text = f"{quoted}\n\n{spec.text}\n" if spec.bottom else f"{spec.text}\n\n{quoted}\n"
    part = text_part(flowed(text), "plain", spec.charset, spec.cte)
    part.set_param("format", "flowed")
    return part


def client_notice(spec: Spec, q: Quote) -> Message:
    """An automatic notice: the text alone, nothing quoted."""
    del q
    return text_part(spec.text + "\n", "plain", spec.charset, spec.cte)


def client_notice_html(spec: Spec, q: Quote) -> Message:
    """An automatic notice sent as HTML with a plain alternative; nothing quoted."""
    del q
    rows = []
    for block in spec.text.split("\n\n"):
        lines = block.split("\n")
        if len(lines) > 1 and all("  " in line for line in lines[1:]):
            cells = "".join(
                "<tr>"
                + "".join(
                    f"<td>{html.escape(cell)}</td>" for cell in re.split(r"\s{2,}", line.strip())
                )
                + "</tr>"
                for line in lines
            )
            rows.append(f'<table border="1" cellpadding="4" cellspacing="0">{cells}</table>')
        else:
            rows.append(f"<p>{html_text(block)}</p>")
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
        + spec.charset
        + '"></head><body style="font-family:Arial,sans-serif;font-size:10pt">\n'
        + "\n".join(rows)
        + "\n</body></html>\n"
    )
    return alternative(
        text_part(spec.text + "\n", "plain", spec.charset, spec.cte),
        text_part(markup, "html", spec.charset, spec.cte),
    )


CLIENTS: dict[str, Callable[[Spec, Quote], Message]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "html_only": client_html_only,
    "android": client_android,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "apple": client_apple,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "notice": client_notice,
    "notice_html": client_notice_html,
}
OUTLOOK_FAMILY = frozenset({"outlook", "outlook_html", "html_only", "android"})
THUNDERBIRD_UA = "Mozilla Thunderbird"


def message_id(spec: Spec) -> str:
    """A Message-ID shaped like the sending client's, derived from the message key."""
    domain = spec.sender[1].split("@")[1]
    if spec.client in {"gmail", "gmail_plain"}:
        tail = base64.urlsafe_b64encode(digest(spec.key, "mid")).decode().rstrip("=")
        return f"<CA{tail[:2]}+{tail[2:42]}@mail.gmail.com>"
    if spec.client in OUTLOOK_FAMILY:
        n = int(hexid(spec.key, "srv", 4), 16) % 9000 + 1000
        host = (
            f"LO2P265MB{n}.GBRP265.PROD.OUTLOOK.COM"
            if spec.in_uk
            else f"AM9PR04MB{n}.eurprd04.prod.outlook.com"
        )
        stem = host.split(".", maxsplit=1)[0]
        return f"<{stem}{b32(spec.key, 'mid', 24)}@{host}>"
    if spec.client in {"apple", "iphone"}:
        return f"<{uuid_like(spec.key, 'mid')}@{domain}>"
    if spec.client == "thunderbird":
        return f"<{uuid_like(spec.key, 'mid').lower()}@{domain}>"
    return f"<{hexid(spec.key, 'mid', 20)}.{int(hexid(spec.key, 'n', 5), 16)}@{domain}>"


def client_headers(spec: Spec, q: Quote) -> list[tuple[str, HeaderValue]]:
    """Headers particular to the sending client."""
    if spec.client in OUTLOOK_FAMILY:
        headers: list[tuple[str, HeaderValue]] = [
            ("Thread-Topic", encoded_header(q.subject, spec.charset, "Thread-Topic")),
            (
                "Thread-Index",
                base64.b64encode(digest(spec.key, "thread")[:22]).decode(),
            ),
            ("Accept-Language", f"{CONTENT_LANGUAGE[spec.lang]}, en-US"),
            ("Content-Language", CONTENT_LANGUAGE[spec.lang]),
            ("X-MS-Has-Attach", "yes" if spec.attach else ""),
            ("X-MS-TNEF-Correlator", ""),
        ]
        if spec.client == "outlook":
            headers.append(("X-Mailer", "Microsoft Outlook 16.0"))
        return headers
    if spec.client == "apple":
        return [
            ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
            ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
        ]
    if spec.client == "iphone":
        return [("MIME-Version", "1.0 (1.0)"), ("X-Mailer", "iPhone Mail (22D72)")]
    if spec.client == "thunderbird":
        return [
            ("User-Agent", THUNDERBIRD_UA),
            ("Content-Language", CONTENT_LANGUAGE[spec.lang]),
        ]
    return []


def reply_subject(spec: Spec, q: Quote) -> str:
    """The subject line: the client's reply prefix, or the spec's own wording."""
    if spec.subject:
        return spec.subject.format(subject=q.subject)
    if spec.client in OUTLOOK_FAMILY:
        return OUTLOOK_WORDS[q.lang].reply_prefix + q.subject
    return "Re: " + q.subject


def with_attachment(spec: Spec, body: Message) -> Message:
    """Wrap the body in multipart/mixed with the spec's attachment, if any."""
    if spec.attach is None:
        return body
    name, data = spec.attach
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    pdf = MIMEApplication(data, "pdf", name=name)
    pdf.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(pdf)
    return outer


def build_spec(spec: Spec) -> Message:
    """The complete message for one hand-written spec."""
    q = make_quote(spec)
    msg = with_attachment(spec, CLIENTS[spec.client](spec, q))
    headers: list[tuple[str, HeaderValue]] = [
        ("From", mailbox(*spec.sender, charset=spec.charset)),
        ("To", formataddr((AR_NAME, AR_ADDR))),
        ("Subject", encoded_header(reply_subject(spec, q), spec.charset)),
        ("Date", format_datetime(spec.dt)),
        ("Message-ID", message_id(spec)),
    ]
    if spec.reply:
        headers += [
            ("In-Reply-To", reminder_msgid(spec.key)),
            ("References", reminder_msgid(spec.key)),
        ]
    headers += client_headers(spec, q) + list(spec.headers)
    set_headers(msg, headers)
    strip_inner_versions(msg)
    fix_boundaries(msg, spec.key, boundary_for(spec.client))
    return msg


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")
FAKE_PDF = (
    b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

PAYMENT_SENT = [
    Spec(
        "ps-en-1",
        "payment_sent",
        "en",
        ("Kemal Aydın", "kemal@anatoliagrill-stockport.example"),
        "2032-01-20 23:14",
        "iphone",
        "Paid.",
        lab(
            note="one word, late at night, in answer to the overdue reminder: a payment claim without a date"
        ),
        invoices=(("00871-31", "142.50"),),
    ),
    Spec(
        "ps-en-2",
        "payment_sent",
        "en",
        ("Lee Whitfield", "whitfield.mobile.mech@outlook.com"),
        "2032-02-10 17:52",
        "android",
        "done",
        lab(note="'done' answering a payment reminder means paid; no date"),
        invoices=(("00163-32", "96.00"),),
        days_before=2,
    ),
    Spec(
        "ps-en-3",
        "payment_sent",
        "en",
        ("Harlow Food Group Accounts Payable", "ap-remittance@harlowfoodgroup.example"),
        "2032-01-26 06:15",
        "notice_html",
        "REMITTANCE ADVICE\n\n"
        "Payer: Harlow Food Group Ltd, Accounts Payable, Harlow Business Park\n"
        "Payee: Silverbirch Waste Oil Collection Ltd\n"
        "Supplier number: 200871\n"
        "Payment number: 0004417829\n"
        "Payment method: BACS\n"
        "Payment date: 26/01/2032\n\n"
        "Document        Date          Description                Amount (GBP)\n"
        "SWO 01182-31    11/12/2031    Grease trap service Unit B       612.00\n"
        "SWO 01307-31    18/12/2031    UCO collection                   318.50\n"
        "Total paid                                                     930.50\n\n"
        "Funds will reach your account within 1 to 3 working days. Please quote the payment number in any enquiry about this payment.\n\n"
        "This message was generated automatically by our payables system. Replies to this address are not read.",
        lab(
            "01182-31",
            "01307-31",
            paid_date="2032-01-26",
            payment_reference="0004417829",
            amount="930.50",
            currency="GBP",
            note="AP-system remittance advice (quotes nothing, carries Auto-Submitted: auto-generated); the total of both invoices is the amount paid",
        ),
        invoices=(("01182-31", "612.00"), ("01307-31", "318.50")),
        subject="Remittance Advice - Harlow Food Group Ltd - Payment 0004417829",
        headers=(AUTO_GENERATED, ("X-Mailer", "PayablesHub 9.2")),
        reply=False,
    ),
    Spec(
        "ps-de-1",
        "payment_sent",
        "de",
        (
            "Stadtwerke Lindenau – Kreditorenbuchhaltung",
            "zahlungsavis@stadtwerke-lindenau.example",
        ),
        "2032-02-03 05:42",
        "notice",
        "ZAHLUNGSAVIS\n\n"
        "Sehr geehrte Damen und Herren,\n\n"
        "wir haben heute folgende Zahlung an Sie veranlasst:\n\n"
        "Zahlungsbeleg:      1500004417\n"
        "Buchungskreis:      1000 Stadtwerke Lindenau GmbH\n"
        "Lieferantennummer:  4711903\n"
        "Zahlweg:            SEPA-Überweisung\n"
        "Valuta:             03.02.2032\n\n"
        "Ihre Rechnung    Rechnungsdatum    Betrag EUR    Skonto    Zahlbetrag EUR\n"
        "SWO 01290-31     22.12.2031          1.146,60      0,00          1.146,60\n"
        "Summe                                                          1.146,60\n\n"
        "Bei Rückfragen wenden Sie sich bitte unter Angabe des Zahlungsbelegs an kreditoren@stadtwerke-lindenau.example.\n\n"
        "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
        lab(
            "01290-31",
            paid_date="2032-02-03",
            payment_reference="1500004417",
            amount="1146.60",
            currency="EUR",
            note="automatic payment advice from an AP system; the address in it is for queries, not a new contact",
        ),
        invoices=(("01290-31", "1146.60"),),
        charset="windows-1252",
        subject="Zahlungsavis 1500004417 / Lieferant 4711903",
        headers=(AUTO_GENERATED,),
        reply=False,
    ),
    Spec(
        "ps-fr-1",
        "payment_sent",
        "fr",
        ("Thierry Vasseur", "thierry@brasserie-lecomptoir.example"),
        "2032-01-29 14:05",
        "gmail_plain",
        "C'est réglé depuis hier par virement.\nCdlt\nT. Vasseur",
        lab(paid_date="2032-01-28", note="'depuis hier' → the day before the message"),
        invoices=(("00944-31", "318.00"),),
    ),
    Spec(
        "ps-fr-2",
        "payment_sent",
        "fr",
        ("Nathalie Guérin", "finances@mairie-saintaubin.example"),
        "2032-01-26 09:48",
        "thunderbird",
        "Bonjour,\n\n"
        "Suite à votre relance, je vous informe que la facture SWO 00655-31 (vidange du bac à graisse du restaurant scolaire, décembre 2031) a fait l'objet du mandat n° 2032-000184, d'un montant de 389,40 €.\n\n"
        "Le paiement a été effectué par le comptable public (service de gestion comptable de Vallonne) le 22 janvier 2032. Compte tenu des délais bancaires, les fonds devraient vous parvenir dans les prochains jours.\n\n"
        "Je vous remercie de bien vouloir mettre à jour votre relevé.\n\n"
        "Cordialement,\n\n"
        "Nathalie Guérin\nService Finances\nMairie de Saint-Aubin-des-Prés\n01 99 00 41 27",
        lab(
            "00655-31",
            paid_date="2032-01-22",
            payment_reference="2032-000184",
            amount="389.40",
            currency="EUR",
            note="public body: the mandate number is the payment reference; paid by the public accountant on the stated day",
        ),
        invoices=(("00655-31", "389.40"),),
        cte="8bit",
        days_before=3,
    ),
    Spec(
        "ps-es-1",
        "payment_sent",
        "es",
        ("Rocío Ferrer", "rocio@churreriaferrer.example"),
        "2032-02-04 11:26",
        "android",
        "Buenas, ya está pagada. Hice la transferencia el lunes desde la app del banco, os adjunto el justificante por si acaso.\n\nRocío\nChurrería Ferrer",
        lab(
            paid_date="2032-02-02",
            note="'el lunes' is past → Monday 2 February; transfer receipt attached",
        ),
        invoices=(("01377-31", "164.56"),),
        attach=("justificante_transferencia.pdf", FAKE_PDF),
        days_before=2,
    ),
    Spec(
        "ps-es-2",
        "payment_sent",
        "es",
        ("Marta Aranda", "administracion@talleresaranda.example"),
        "2032-02-10 16:40",
        "gmail",
        "Buenas tardes:\n\n"
        "Les confirmo que ayer, 9 de febrero, abonamos por transferencia las facturas SWO 01544-31 y SWO 01598-31, por un importe total de 742,35 €. En el concepto figura «TALLERES ARANDA FRAS 1544 1598».\n\n"
        "Disculpen el retraso: estuvimos cambiando de gestoría y se nos quedaron varias facturas sin contabilizar.\n\n"
        "Atentamente,\n\nMarta Aranda\nAdministración\nTalleres Aranda, S.L.",
        lab(
            "01544-31",
            "01598-31",
            paid_date="2032-02-09",
            payment_reference="TALLERES ARANDA FRAS 1544 1598",
            amount="742.35",
            currency="EUR",
        ),
        invoices=(("01544-31", "412.85"), ("01598-31", "329.50")),
    ),
    Spec(
        "ps-nl-1",
        "payment_sent",
        "nl",
        ("Ronald Bakker", "ronald@snackbardebrug.example"),
        "2032-01-19 19:22",
        "iphone",
        "Is al lang betaald hoor, 12 januari overgemaakt. Kijk even goed in jullie adminstratie\n\nRonald",
        lab(
            paid_date="2032-01-12",
            note="irritated, but a payment claim with a date; nothing is contested",
        ),
        invoices=(("00528-31", "212.96"),),
    ),
    Spec(
        "ps-nl-2",
        "payment_sent",
        "nl",
        (
            "Gemeente Zuidwoude, Team Financiële Administratie",
            "crediteuren@zuidwoude.example",
        ),
        "2032-02-03 13:07",
        "outlook_html",
        "Geachte heer, mevrouw,\n\n"
        "Naar aanleiding van uw herinnering van 2 februari jl. delen wij u mee dat factuur SWO 00733-31 op 30 januari 2032 door ons is voldaan. Het bedrag van € 1.023,00 is overgemaakt onder vermelding van betalingskenmerk 5100427781.\n\n"
        "Waarschijnlijk hebben uw herinnering en onze betaling elkaar gekruist. Wij verzoeken u de herinnering als niet verzonden te beschouwen.\n\n"
        "Met vriendelijke groet,\n\nTeam Financiële Administratie\nGemeente Zuidwoude",
        lab(
            "00733-31",
            paid_date="2032-01-30",
            payment_reference="5100427781",
            amount="1023.00",
            currency="EUR",
        ),
        invoices=(("00733-31", "1023.00"),),
        headers=(SUPPRESS,),
    ),
    Spec(
        "ps-it-1",
        "payment_sent",
        "it",
        ("Gennaro Esposito", "pizzeriadagennaro@libero.it"),
        "2032-02-05 15:33",
        "iphone",
        "pagato ieri con bonifico controllate",
        lab(
            paid_date="2032-02-04",
            note="no capitals, no punctuation; 'ieri' → the day before",
        ),
        invoices=(("01436-31", "174.80"),),
        charset="iso-8859-1",
    ),
    Spec(
        "ps-it-2",
        "payment_sent",
        "it",
        ("Federica Conti", "amministrazione@osteriadelponte.example"),
        "2032-02-10 10:12",
        "gmail",
        "Buongiorno,\n\n"
        "il bonifico per la fattura 01022 è partito venerdì scorso, CRO 0306948322107715, importo € 268,40.\n\n"
        "Già che ci siete, mi mandate una copia della fattura in PDF? Il commercialista dice che non gli è mai arrivata e gli serve per chiudere dicembre.\n\n"
        "Grazie,\nFederica Conti\nOsteria del Ponte",
        lab(
            "01022-31",
            paid_date="2032-02-06",
            payment_reference="0306948322107715",
            amount="268.40",
            currency="EUR",
            note="paid, and asks for a copy for the accountant: the payment claim wins; 'venerdì scorso' → Friday 6 February",
        ),
        invoices=(("01022-31", "268.40"),),
        days_before=2,
    ),
]

PROMISE_TO_PAY = [
    Spec(
        "pp-en-1",
        "promise_to_pay",
        "en",
        ("Kestrel Vale Health Trust Payables", "payables@kestrelvale-health.example"),
        "2032-01-20 11:02",
        "outlook_html",
        "Good morning,\n\n"
        "Thank you for your email. Invoice SWO 00954-31 has been approved by the catering manager and is scheduled for Friday's payment run. Funds normally reach the supplier's account two working days after the run.\n\n"
        "Kind regards,\n\nPayables Team\nKestrel Vale Health Trust\nShared Business Services, Level 2, Orchard House",
        lab(
            "00954-31",
            promised_date="2032-01-23",
            note="past tense ('has been approved') announcing a future payment; Friday's run → Friday 23 January",
        ),
        invoices=(("00954-31", "534.00"),),
        charset="windows-1252",
        headers=(SUPPRESS,),
    ),
    Spec(
        "pp-en-2",
        "promise_to_pay",
        "en",
        ("Dawn Pritchard", "dawn@pritchardsfishbar.example"),
        "2032-01-23 15:47",
        "gmail_plain",
        "Hiya\n\nI'll pay it next Thursday once I've done the wages. Sorry it's late, January's been dead.\n\nDawn\nPritchard's Fish Bar",
        lab(
            promised_date="2032-01-29",
            note="'next Thursday' written on a Friday: the coming Thursday, 29 January",
        ),
        invoices=(("00702-31", "228.00"),),
    ),
    Spec(
        "pp-en-3",
        "promise_to_pay",
        "en",
        ("Helen Marsh", "helen.marsh@marshfarmcreamery.example"),
        "2032-01-28 20:31",
        "iphone",
        "Hi, I'm out of the office till Monday but saw your email on my phone. I do all the supplier payments on the 13th so I'll put yours through then. Thanks for your patience\n\nHelen",
        lab(
            promised_date="2032-02-13",
            note="a person, not an auto-reply, although the subject says 'Out of office'; 'the 13th' → 13 February",
        ),
        invoices=(("00689-31", "372.00"),),
        subject="Out of office - re your reminder",
    ),
    Spec(
        "pp-de-1",
        "promise_to_pay",
        "de",
        ("Murat Yıldız", "murat@doener-palast-hagen.example"),
        "2032-01-22 16:18",
        "gmail",
        "Hallo,\n\ndie Rechnung zahle ich in KW 6, vorher geht es leider nicht, nach Weihnachten ist das Konto leer.\n\nGruß\nMurat Yıldız\nDöner Palast",
        lab(
            promised_date="2032-02-02",
            note="'KW 6' → Monday of ISO week 6, as a week is resolved to its Monday",
        ),
        invoices=(("00816-31", "178.50"),),
    ),
    Spec(
        "pp-de-2",
        "promise_to_pay",
        "de",
        ("Jürgen Pohl", "j.pohl@brenner-feinkost.example"),
        "2032-02-02 09:26",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "vielen Dank für Ihre Erinnerung. Ihre Rechnung SWO 01376-31 wurde inzwischen sachlich und rechnerisch geprüft und zur Zahlung freigegeben. Die Überweisung erfolgt mit unserem nächsten Zahlungslauf am 05.02.2032.\n\n"
        "Mit freundlichen Grüßen\n\ni. A. Jürgen Pohl\nKreditorenbuchhaltung\nBrenner Feinkost GmbH\nGewerbering 14",
        lab(
            "01376-31",
            promised_date="2032-02-05",
            note="'geprüft und freigegeben' is past tense for a payment still to come on the stated run",
        ),
        invoices=(("01376-31", "690.20"),),
        charset="iso-8859-1",
    ),
    Spec(
        "pp-fr-1",
        "promise_to_pay",
        "fr",
        ("Sylvie Marchand", "sylvie@traiteur-marchand.example"),
        "2032-01-21 12:04",
        "iphone",
        "Bonjour, on vous règle ça en fin de mois, promis. Janvier c'est toujours compliqué chez nous. Bonne journée\nSylvie",
        lab(promised_date="2032-01-31", note="'fin de mois' → last day of the month"),
        invoices=(("00611-31", "245.00"),),
    ),
    Spec(
        "pp-es-1",
        "promise_to_pay",
        "es",
        ("Jordi Puig", "jordi@casapuig-restaurant.example"),
        "2032-02-11 18:50",
        "apple",
        "Hola,\n\nLo pagaremos a finales de mes, cuando cobremos las comidas de empresa que servimos en enero. Disculpad el retraso.\n\nUn saludo,\nJordi Puig\nCasa Puig",
        lab(
            promised_date="2032-02-29",
            note="'a finales de mes' → last day of February; 2032 is a leap year",
        ),
        invoices=(("00172-32", "297.00"),),
    ),
    Spec(
        "pp-es-2",
        "promise_to_pay",
        "es",
        ("Lucía Benítez Ortega", "proveedores@serunal-colectividades.example"),
        "2032-01-26 12:40",
        "outlook_html",
        "Estimados señores:\n\n"
        "En respuesta a su recordatorio, les comunicamos que el pago de la factura SWO 00811-31, por importe de 1.530,00 €, se realizará el próximo 30 de enero mediante transferencia bancaria, de acuerdo con nuestro calendario de pagos (días 15 y 30 de cada mes).\n\n"
        "Quedamos a su disposición para cualquier aclaración.\n\n"
        "Atentamente,\n\nLucía Benítez Ortega\nDepartamento de Proveedores\nSerunal Colectividades, S.A.",
        lab("00811-31", promised_date="2032-01-30", amount="1530.00", currency="EUR"),
        invoices=(("00811-31", "1530.00"),),
        charset="windows-1252",
    ),
    Spec(
        "pp-nl-1",
        "promise_to_pay",
        "nl",
        ("Ruud Verhoeven", "info@frituurhethoekske.example"),
        "2032-01-26 10:15",
        "gmail_plain",
        "Hoi,\n\nik betaal het over twee weken, dan is de btw-teruggave binnen. Eerder lukt echt niet.\n\nGroet,\nRuud\nFrituur 't Hoekske",
        lab(
            promised_date="2032-02-09",
            note="'over twee weken' → fourteen days after the message",
        ),
        invoices=(("00589-31", "154.88"),),
    ),
    Spec(
        "pp-nl-2",
        "promise_to_pay",
        "nl",
        ("Sanne de Wit", "sanne@dewit-autoservice.example"),
        "2032-02-04 08:03",
        "android",
        "Wordt vrijdag betaald.",
        lab(
            promised_date="2032-02-06",
            note="mobile brevity; 'vrijdag' after Wednesday 4 February",
        ),
        invoices=(("01503-31", "133.10"),),
    ),
    Spec(
        "pp-it-1",
        "promise_to_pay",
        "it",
        ("Rosaria Russo", "amministrazione@friggitoriasantelmo.example"),
        "2032-01-20 17:21",
        "outlook",
        "Buonasera,\n\nprovvederemo al saldo entro fine mese.\n\nCordiali saluti\nRosaria Russo\nFriggitoria Sant'Elmo",
        lab(promised_date="2032-01-31", note="'entro fine mese' → last day of the month"),
        invoices=(("00634-31", "211.60"),),
        charset="iso-8859-1",
    ),
    Spec(
        "pp-it-2",
        "promise_to_pay",
        "it",
        ("Marco Bellini", "marco.bellini.catering@gmail.com"),
        "2032-02-03 22:40",
        "gmail",
        "Ciao, scusate il ritardo. Pago il 16/02, appena mi entra il saldo del catering di Carnevale.\nMarco",
        lab(promised_date="2032-02-16", note="'16/02' in the Italian day/month order"),
        invoices=(("01480-31", "402.60"),),
    ),
]

DISPUTE = [
    Spec(
        "di-en-1",
        "dispute",
        "en",
        ("Priya Raman", "accounts@copperpotgroup.example"),
        "2032-01-29 14:26",
        "outlook_html",
        "Hi,\n\n"
        "We paid SWO 01411-31 (£365.00) yesterday, so that one should clear shortly.\n\n"
        "SWO 01412-31 is on hold. It charges £295.00 for an emergency grease trap call-out at our Deansgate site on 9 December, which nobody here asked for. The trap was emptied on the normal scheduled visit on the 11th and your driver's sheet shows that. Please cancel the invoice or send us a credit note and we'll close the account.\n\n"
        "Thanks,\nPriya Raman\nFinance Assistant, Copper Pot Restaurant Group",
        lab(
            "01411-31",
            "01412-31",
            note="one invoice paid, the other contested: dispute wins over the payment claim",
        ),
        invoices=(("01411-31", "365.00"), ("01412-31", "295.00")),
    ),
    Spec(
        "di-en-2",
        "dispute",
        "en",
        ("Ali Haidari", "alis.kebabs.burnley@gmail.com"),
        "2032-02-06 00:38",
        "iphone",
        "WE HAVE NOT PAID BECAUSE YOUR DRIVER HAS NOT BEEN FOR 3 WEEKS. DRUMS ARE OVERFLOWING IN THE YARD AND THE COUNCIL HAVE BEEN ROUND ABOUT IT. NOT PAYING FOR A SERVICE WE DIDNT GET",
        lab(note="all caps; a negated payment with the reason: service not delivered"),
        invoices=(("01519-31", "165.00"),),
    ),
    Spec(
        "di-en-3",
        "dispute",
        "en",
        ("Gwen Parry-Jones", "gwen@thedrovers-llandeilo.example"),
        "2032-02-09 21:55",
        "gmail",
        "Hello there,\n\n"
        "Sorry it's taken me a while to get back to you, we've had the builders in since the middle of January redoing the cellar and the kitchen's been half shut, so I've been doing the paperwork in the car park most days, which is as much fun as it sounds. My husband normally does the accounts but he's had his knee done so it's all fallen to me and I'm still finding my way round his folders.\n\n"
        "Anyway I've looked at the invoice now and I don't think it's right. When your rep Mark came out in the summer he said you'd pay us 30p a litre for the used cooking oil and take that off the grease trap charge. We must have given you three or four hundred litres over the autumn, all in your drums, and I can't see any of it on here, it's just the full trap price every time. So I'm not paying it as it stands until someone sorts the oil money out. If it's on a separate statement somewhere then fine, send it over and I'll look again.\n\n"
        "Also your driver was lovely last time, please tell him thank you for moving the barrels for me.\n\n"
        "Best wishes,\nGwen\nThe Drovers Arms",
        lab(
            note="the point is buried in a long message: the promised oil rebate is missing, so the charge is contested; the statement request and the thanks are secondary"
        ),
        invoices=(("01388-31", "318.00"),),
        days_before=4,
    ),
    Spec(
        "di-de-1",
        "dispute",
        "de",
        ("Birgit Sommer", "buchhaltung@landgasthof-sommer.example"),
        "2032-01-27 10:44",
        "outlook",
        "Guten Tag,\n\n"
        "die Rechnung SWO 00561-31 ist identisch mit der Rechnung SWO 00498-31: gleiche Leerung des Fettabscheiders am 02.12., gleicher Betrag. Die SWO 00498-31 haben wir am 15.12. bezahlt.\n\n"
        "Bitte stornieren Sie die doppelte Rechnung und schicken Sie uns eine Gutschrift oder wenigstens eine kurze Bestätigung.\n\n"
        "Mit freundlichen Grüßen\nBirgit Sommer\nLandgasthof Sommer",
        lab(
            "00561-31",
            "00498-31",
            note="duplicate invoice; the payment mentioned is of the earlier one",
        ),
        invoices=(("00561-31", "254.66"),),
        charset="windows-1252",
    ),
    Spec(
        "di-de-2",
        "dispute",
        "de",
        ("Thomas Kühn", "info@baeckerei-kuehn.example"),
        "2032-02-05 06:12",
        "thunderbird",
        "Guten Morgen,\n\n"
        "den Betrag zahlen wir so nicht. In unserem Vertrag steht für die Leerung des Fettabscheiders ein Festpreis von 185,00 € netto, berechnet haben Sie 240,00 €. Von einer Preiserhöhung hat uns niemand etwas gesagt, schriftlich schon gar nicht.\n\n"
        "Schicken Sie uns bitte eine Rechnung zum vereinbarten Preis, dann überweisen wir umgehend.\n\n"
        "Thomas Kühn\nBäckerei Kühn – seit 1927",
        lab(
            note="contract price contested; paying only after a corrected invoice is part of the dispute, not an invoice_request"
        ),
        invoices=(("01455-31", "285.60"),),
        cte="8bit",
    ),
    Spec(
        "di-fr-1",
        "dispute",
        "fr",
        ("Karim Benali", "k.benali@garage-benali.example"),
        "2032-01-22 17:05",
        "outlook_html",
        "Bonjour,\n\n"
        "Nous contestons cette facture.\n\n"
        "Lors de l'enlèvement des huiles usagées le 8 janvier, votre chauffeur a renversé une bonne partie d'un fût dans la cour et il est reparti sans rien nettoyer. Nous avons dû faire venir une entreprise avec de l'absorbant, pour 180 € HT (facture disponible sur demande).\n\n"
        "Tant que ce point n'est pas réglé, par un avoir ou par une déduction sur votre facture, nous ne la paierons pas.\n\n"
        "Cordialement,\n\nKarim Benali\nGarage Benali – Mécanique & Carrosserie",
        lab(note="damage during the collection; payment withheld until it is settled"),
        invoices=(("00748-31", "276.00"),),
        charset="windows-1252",
    ),
    Spec(
        "di-fr-2",
        "dispute",
        "fr",
        ("Fabrice Lemoine", "lemoine.fabrice@yahoo.fr"),
        "2032-02-12 13:48",
        "android",
        "Facture déja contestée par téléphone en décembre avec votre collègue Kevin. Personne n'est passer le 17, on a attendu toute la matinée. Merci de vérifier avant de relancer.",
        lab(note="a missed visit, contested earlier by phone"),
        invoices=(("01261-31", "198.00"),),
    ),
    Spec(
        "di-es-1",
        "dispute",
        "es",
        ("Manuel Ortiz", "manuel@mesonortiz.example"),
        "2032-01-30 12:20",
        "gmail_plain",
        "Buenos días,\n\n"
        "No hemos pagado porque nos cobran dos recogidas de aceite en diciembre y solo vinieron una vez. El día 12 no pasó nadie, lo tenemos grabado en las cámaras.\n\n"
        "Cuando nos manden la factura corregida con una sola recogida la pagamos.\n\n"
        "Manuel Ortiz\nMesón Ortiz",
        lab(
            note="negated payment with the reason; the corrected invoice is asked for because the charge is contested"
        ),
        invoices=(("00866-31", "176.00"),),
        charset="iso-8859-1",
    ),
    Spec(
        "di-nl-1",
        "dispute",
        "nl",
        ("Marloes Jansen", "m.jansen@vandijkcatering.example"),
        "2032-01-21 15:30",
        "outlook_html",
        "Goedemiddag,\n\n"
        "Wij betwisten factuur SWO 00902-31. Er is een spoedtoeslag van € 120,00 in rekening gebracht, terwijl de lediging van de vetafscheider gewoon volgens planning op 4 december heeft plaatsgevonden. Wij hebben geen spoedopdracht gegeven.\n\n"
        "Graag ontvangen wij een creditnota voor de toeslag. Het restant betalen wij daarna direct.\n\n"
        "Met vriendelijke groet,\n\nMarloes Jansen\nVan Dijk Catering B.V.",
        lab(
            "00902-31",
            note="surcharge contested; paying the rest afterwards is conditional",
        ),
        invoices=(("00902-31", "459.80"),),
    ),
    Spec(
        "di-nl-2",
        "dispute",
        "nl",
        ("Erik Mulder", "erik@mulder-autos.example"),
        "2032-02-09 19:02",
        "apple",
        "Hallo,\n\n"
        "De vaste ophaalkosten voor de afgewerkte olie heb ik vorige week betaald, maar die € 95 voor het reinigen van de opslagtank betaal ik niet. Die tank is helemaal niet gereinigd, jullie man heeft er alleen met een zaklamp in gekeken en is weer weggegaan.\n\n"
        "Groet,\nErik Mulder\nMulder Auto's",
        lab(note="part paid, the tank-cleaning charge contested: dispute"),
        invoices=(("01342-31", "229.90"),),
    ),
    Spec(
        "di-it-1",
        "dispute",
        "it",
        ("Giulia Ferri", "g.ferri@pastificiovalletta.example"),
        "2032-02-02 11:47",
        "outlook",
        "Buongiorno,\n\n"
        "in merito al vostro sollecito, la fattura SWO 00690-31 riporta 620 kg di olio esausto ritirati il 10 dicembre, mentre sul formulario di identificazione rifiuti (FIR n. XRT 004281/31), firmato dal vostro autista, il peso indicato è di 380 kg.\n\n"
        "Vi chiediamo di verificare e di emettere una nota di credito per la differenza. Fino ad allora la fattura resta sospesa.\n\n"
        "Cordiali saluti,\n\nGiulia Ferri\nUfficio amministrativo\nPastificio Valletta S.r.l.",
        lab("00690-31", note="quantity on the invoice does not match the waste form"),
        invoices=(("00690-31", "548.70"),),
    ),
    Spec(
        "di-it-2",
        "dispute",
        "it",
        ("Lorenzo Gallo", "lorenzo@officinagallo.example"),
        "2032-01-24 10:15",
        "iphone",
        "Ci avete addebitato due fusti da 200 litri come non restituiti ma il vostro autista li ha caricati sul camion il 19 dicembre, c'ero io. Quella parte non la paghiamo.",
        lab(note="drum charge contested; written on a Saturday from a phone"),
        invoices=(("00777-31", "236.00"),),
    ),
]

PAYMENT_PLAN = [
    Spec(
        "pl-en-1",
        "payment_plan",
        "en",
        ("Stuart McLeod", "stuart@thesaltandvinegar.example"),
        "2032-01-21 14:09",
        "gmail",
        "Hi,\n\n"
        "I'm really sorry about this. We had a fryer fire a week before Christmas and were shut for nearly three weeks while the extraction was replaced, so money is very tight at the moment.\n\n"
        "I can't pay the full £780 in one go. Would you accept £130 a month for six months? I can set up a standing order for the 1st of each month starting in February.\n\n"
        "Thanks for bearing with us,\nStuart McLeod\nThe Salt & Vinegar",
        lab(note="hardship and monthly instalments; plan dates and amounts are not labelled"),
        invoices=(("00823-31", "780.00"),),
    ),
    Spec(
        "pl-en-2",
        "payment_plan",
        "en",
        ("Jo Kaur", "jo@spicebox-takeaway.example"),
        "2032-02-09 12:31",
        "iphone",
        "Paid £200 today, will clear the rest end of Feb. Hope that's ok\nJo",
        lab(note="part paid now and the rest later: payment_plan, not payment_sent"),
        invoices=(("01214-31", "486.00"),),
    ),
    Spec(
        "pl-en-3",
        "payment_plan",
        "en",
        ("Rebecca Ashdown", "r.ashdown@maddoxreid-accountants.example"),
        "2032-02-05 10:22",
        "outlook_html",
        "Dear Sir or Madam,\n\n"
        "We act for The Fenwick Arms Ltd and write in response to your reminder regarding invoices SWO 01066-31 and SWO 01151-31, totalling £1,206.60.\n\n"
        "Following flood damage to the premises in December, our client is experiencing temporary cash-flow difficulties while an insurance claim is settled. Our client does not dispute the invoices and proposes to settle the balance in three equal monthly instalments of £402.20, the first on 27 February 2032.\n\n"
        "We should be grateful if you would confirm whether this arrangement is acceptable.\n\n"
        "Yours faithfully,\n\nRebecca Ashdown\nMaddox & Reid\nChartered Accountants",
        lab(
            "01066-31",
            "01151-31",
            note="accountants propose instalments for their client; very formal register",
        ),
        invoices=(("01066-31", "642.00"), ("01151-31", "564.60")),
        charset="windows-1252",
    ),
    Spec(
        "pl-de-1",
        "payment_plan",
        "de",
        ("Stefan Wagner", "wagners-imbiss@gmx.de"),
        "2032-01-19 21:40",
        "gmail_plain",
        "Hallo,\n\nkönnen wir die Summe in drei Raten zahlen? Der Januar war eine Katastrophe, seit die Baustelle vor der Tür ist kommt kaum einer. Die erste Rate könnte ich sofort überweissen.\n\nGruß Stefan Wagner\nWagners Imbiss",
        lab(note="three instalments asked for"),
        invoices=(("00472-31", "321.30"),),
    ),
    Spec(
        "pl-de-2",
        "payment_plan",
        "de",
        ("Claudia Neumann", "c.neumann@hotel-zur-linde.example"),
        "2032-01-30 11:55",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\n"
        "aufgrund eines Wasserschadens in unserer Küche ist unser Restaurant seit dem 7. Januar geschlossen; die Wiedereröffnung ist für Anfang März geplant. Wir bitten Sie daher, die Zahlung der offenen Rechnung um vier Wochen zu stunden.\n\n"
        "Für Ihr Verständnis bedanken wir uns im Voraus.\n\n"
        "Mit freundlichen Grüßen\n\nClaudia Neumann\nGeschäftsführung\nHotel zur Linde",
        lab(note="asks for four more weeks (Stundung): payment_plan"),
        invoices=(("00874-31", "416.50"),),
        charset="iso-8859-1",
    ),
    Spec(
        "pl-fr-1",
        "payment_plan",
        "fr",
        ("Julien Roux", "julien@pizzeria-chezjulien.example"),
        "2032-02-02 15:16",
        "iphone",
        "Bonjour, serait-il possible d'étaler le paiement sur 3 mois ? Je peux faire un premier virement de 150 € dès cette semaine. Merci de me dire si c'est ok pour vous\nJulien",
        lab(note="spread over three months"),
        invoices=(("01197-31", "452.40"),),
    ),
    Spec(
        "pl-fr-2",
        "payment_plan",
        "fr",
        ("Hélène Garnier", "helene.garnier@lessaveursdelamer.example"),
        "2032-02-11 09:40",
        "gmail",
        "Bonjour,\n\n"
        "Je vous ai fait un virement de 300 € ce matin. Pour le reste (un peu plus de 400 €), je vous propose de le régler à la mi-mars, quand nos clients du salon nous auront payés. Est-ce que cela vous convient ?\n\n"
        "Bien à vous,\nHélène Garnier\nLes Saveurs de la Mer – Traiteur",
        lab(note="part paid this morning, the rest proposed for mid-March: payment_plan"),
        invoices=(("01502-31", "712.80"),),
    ),
    Spec(
        "pl-es-1",
        "payment_plan",
        "es",
        ("Carmen Delgado", "carmen@barlaestacion.example"),
        "2032-01-28 17:02",
        "apple",
        "Hola,\n\n¿Podríamos pagarla en dos plazos? La mitad ahora y la otra mitad a finales de marzo. Estamos de obras en la cocina y vamos muy justos este mes.\n\nGracias,\nCarmen\nBar La Estación",
        lab(note="two instalments proposed"),
        invoices=(("00958-31", "264.00"),),
    ),
    Spec(
        "pl-es-2",
        "payment_plan",
        "es",
        ("Antonio Ruiz", "antonio.ruiz.taller@yahoo.es"),
        "2032-02-06 20:18",
        "android",
        "Hola buenas, os escribo por lo de la factura. Mirad, no sé muy bien a quién dirigirme, la última vez hablé con una chica por teléfono pero no me acuerdo del nombre. El caso es que desde noviembre tenemos la calle levantada por las obras del colector y al taller no llega casi nadie, y encima se me jubiló el oficial y estoy yo solo. No es que no quiera pagar, eh, que llevamos años con vosotros y nunca ha habido problema. Lo que os propongo es ir pagando 100 euros cada viernes hasta quitarla, si os parece bien. Si hace falta firmo algo.\n\n"
        "Un saludo\nAntonio\nTalleres Ruiz",
        lab(note="long rambling message; the weekly-instalment offer is buried near the end"),
        invoices=(("01283-31", "587.40"),),
        days_before=3,
    ),
    Spec(
        "pl-nl-1",
        "payment_plan",
        "nl",
        ("Yusuf Demir", "yusuf@grillroomanatolia.example"),
        "2032-01-22 13:33",
        "outlook_html",
        "Goedemiddag,\n\n"
        "Kunnen we een betalingsregeling afspreken? Ik stel voor om het bedrag in vier maandelijkse termijnen van € 180 te betalen, te beginnen op 1 februari.\n\n"
        "Alvast bedankt voor uw reactie.\n\n"
        "Met vriendelijke groet,\nYusuf Demir\nGrillroom Anatolia",
        lab(note="monthly instalments proposed"),
        invoices=(("00731-31", "720.00"),),
    ),
    Spec(
        "pl-it-1",
        "payment_plan",
        "it",
        ("Alessandra Fontana", "a.fontana@coopilgirasole.example"),
        "2032-01-27 12:08",
        "gmail",
        "Buongiorno,\n\n"
        "vi scrivo per chiedere se è possibile rateizzare l'importo della fattura in tre mensilità. A gennaio abbiamo perso l'appalto della mensa di uno stabilimento e stiamo riorganizzando i conti.\n\n"
        "Restiamo in attesa di un vostro riscontro.\n\n"
        "Cordiali saluti,\nAlessandra Fontana\nCooperativa Il Girasole – ristorazione collettiva",
        lab(note="three monthly instalments asked for"),
        invoices=(("00918-31", "1104.00"),),
    ),
    Spec(
        "pl-it-2",
        "payment_plan",
        "it",
        ("Salvatore Greco", "salvo@trattoriagreco.example"),
        "2032-02-12 19:47",
        "iphone",
        "Buonasera, oggi vi ho fatto un bonifico di 200 euro, il resto lo salderò entro fine marzo. Scusate ma e un periodo dificile\nSalvatore",
        lab(note="part paid today, the rest by the end of March: payment_plan"),
        invoices=(("01534-31", "519.20"),),
    ),
]

INVOICE_REQUEST = [
    Spec(
        "ir-en-1",
        "invoice_request",
        "en",
        ("Accounts Payable", "ap@brackleybiscuit.example"),
        "2032-01-22 09:50",
        "outlook_html",
        "Hello,\n\n"
        "Invoice SWO 00988-31 was rejected by our invoice processing system because it does not quote a purchase order number. Once you send us a copy showing PO 4500218833 we will pay it in the next run.\n\n"
        "Please send the corrected invoice to this mailbox. It can keep the same invoice number.\n\n"
        "Regards,\nAccounts Payable\nBrackley Biscuit Company Ltd",
        lab(
            "00988-31",
            note="conditional: 'once you send the PO copy we will pay' needs a document first → invoice_request, not promise_to_pay",
        ),
        invoices=(("00988-31", "414.00"),),
        headers=(SUPPRESS,),
    ),
    Spec(
        "ir-en-2",
        "invoice_request",
        "en",
        ("Sharon Eccles", "sharon.eccles@northmoor-council.example"),
        "2032-01-19 14:12",
        "outlook",
        "Hi,\n\n"
        "Before I can release payment I need copies of the waste transfer notes for the collections on this invoice (the school kitchens at Ashby Road and St Luke's). Internal audit picked up that we haven't got them on file for December.\n\n"
        "If you can email them over I'll get the invoice paid.\n\n"
        "Thanks\nSharon Eccles\nSchool Catering Services\nNorthmoor Council",
        lab(note="public body needs the waste transfer notes before paying: a document request"),
        invoices=(("00452-31", "366.00"),),
        charset="iso-8859-1",
    ),
    Spec(
        "ir-en-3",
        "invoice_request",
        "en",
        ("Anouk Visser", "ap.services@veldkampfoods.example"),
        "2032-02-10 14:35",
        "outlook",
        "Dear Silverbirch team,\n\n"
        "We received a letter last week saying that your bank details have changed. Before we release payment of SWO 00148-32 we need the new details confirmed on company letterhead, signed, and we will also call back on a number we already hold to check. Please send the letter as a PDF.\n\n"
        "Kind regards,\nAnouk Visser\nAccounts Payable – Veldkamp Foods B.V.\nRotterdam",
        lab(
            "00148-32",
            note="bank details to be confirmed before paying: invoice_request; an English-writing AP team in the Netherlands, dated in CET",
        ),
        invoices=(("00148-32", "1290.00"),),
        uk=False,
    ),
    Spec(
        "ir-de-1",
        "invoice_request",
        "de",
        ("Petra Lang", "rechnungseingang@autohaus-lang.example"),
        "2032-01-23 08:47",
        "outlook_html",
        "Guten Morgen,\n\n"
        "Ihre Rechnung SWO 00742-31 können wir leider nicht verbuchen, da unsere Bestellnummer fehlt. Bitte senden Sie uns die Rechnung mit der Bestellnummer BE-2031-1187 erneut zu, am besten als PDF an diese Adresse.\n\n"
        "Nach Eingang geht die Rechnung sofort in die Zahlung.\n\n"
        "Freundliche Grüße\nPetra Lang\nRechnungseingang\nAutohaus Lang GmbH",
        lab("00742-31", note="reissue with the order number; amount not contested"),
        invoices=(("00742-31", "297.50"),),
        charset="windows-1252",
    ),
    Spec(
        "ir-de-2",
        "invoice_request",
        "de",
        ("Oliver Schmitt", "o.schmitt@kantine-am-hafen.example"),
        "2032-02-09 14:20",
        "gmail",
        "Hallo,\n\nich finde diese Rechnung bei uns nicht. Können Sie mir bitte eine Kopie schicken und am besten gleich einen Kontoauszug mit allen offenen Posten? Dann gleiche ich das mit unserer Buchhaltung ab.\n\nGruß\nOliver Schmitt\nKantine am Hafen",
        lab(note="copy and statement of account requested"),
        invoices=(("01327-31", "380.80"),),
    ),
    Spec(
        "ir-fr-1",
        "invoice_request",
        "fr",
        ("Isabelle Perrin – Service facturier", "facturier@ch-montclar.example"),
        "2032-01-28 10:03",
        "thunderbird",
        "Madame, Monsieur,\n\n"
        "Nous accusons réception de votre relance concernant la facture SWO 00834-31.\n\n"
        "Nous vous rappelons que, conformément à la réglementation, les factures adressées aux établissements publics doivent être déposées sur le portail Chorus Pro. Les factures transmises par courriel ne peuvent pas être mises en paiement.\n\n"
        "Nous vous remercions de bien vouloir déposer cette facture sur Chorus Pro en indiquant le numéro d'engagement juridique 2031-EJ-004127 et le code service CUISINE. Le délai de paiement courra à compter de ce dépôt.\n\n"
        "Cordialement,\n\nIsabelle Perrin\nService facturier\nCentre hospitalier de Montclar",
        lab(
            "00834-31",
            note="public hospital: the invoice must be lodged on the public e-invoicing portal before it can be paid",
        ),
        invoices=(("00834-31", "612.00"),),
        cte="8bit",
        days_before=2,
    ),
    Spec(
        "ir-fr-2",
        "invoice_request",
        "fr",
        ("Camille Lefort", "camille.lefort@hotmail.fr"),
        "2032-02-04 08:56",
        "iphone",
        "Bonjour, je ne retrouve pas cette facture, vous pouvez me la renvoyer svp ? Merci\nCamille – Crêperie Ty Breizh",
        lab(note="copy requested"),
        invoices=(("01246-31", "138.00"),),
    ),
    Spec(
        "ir-es-1",
        "invoice_request",
        "es",
        ("Beatriz Moreno", "administracion@marisqueriasdelsur.example"),
        "2032-01-21 13:30",
        "outlook",
        "Buenas tardes:\n\n"
        "Para poder tramitar el pago necesitamos que nos reemitan la factura SWO 00915-31 a nombre de la nueva sociedad, Marisquerías del Sur, S.L., con CIF B-00417732. La factura original va a nombre de la sociedad anterior y nuestro gestor no la acepta.\n\n"
        "El importe es correcto.\n\n"
        "Un saludo,\nBeatriz Moreno\nAdministración",
        lab(
            "00915-31",
            note="reissue to the new company name; the amount is expressly not contested",
        ),
        invoices=(("00915-31", "483.21"),),
        charset="windows-1252",
    ),
    Spec(
        "ir-es-2",
        "invoice_request",
        "es",
        ("Pablo Navarro", "pablo@barnavarro.example"),
        "2032-02-12 11:11",
        "gmail_plain",
        "Buenas, ¿de qué es esta factura exactamente? No me suena ninguna recojida en diciembre. Mandadme el detalle o el albarán y lo miro.\n\nPablo",
        lab(note="asks what the charge is and for the delivery note, without contesting it yet"),
        invoices=(("01389-31", "121.00"),),
    ),
    Spec(
        "ir-nl-1",
        "invoice_request",
        "nl",
        ("Inge Smits", "crediteuren@smits-transport.example"),
        "2032-01-29 09:12",
        "outlook",
        "Goedemorgen,\n\n"
        "Wij kunnen factuur SWO 01233-31 pas goedkeuren als de getekende werkbonnen van de ophalingen zijn bijgevoegd. Kunt u die nog nasturen? Zodra wij ze hebben, gaat de factuur mee in de eerstvolgende betaalrun.\n\n"
        "Met vriendelijke groet,\nInge Smits\nCrediteurenadministratie\nSmits Transport B.V.",
        lab("01233-31", note="signed work orders needed before approval"),
        invoices=(("01233-31", "374.55"),),
    ),
    Spec(
        "ir-nl-2",
        "invoice_request",
        "nl",
        ("Bram Hendriks", "bram@cafedeklok.example"),
        "2032-02-06 16:25",
        "gmail",
        "Hoi,\n\nOp de factuur staat een ander rekeningnummer dan vorig jaar. Voordat ik iets overmaak wil ik graag even bevestigd hebben welk IBAN nu klopt. Je hoort zoveel over nepfacturen.\n\nGroet,\nBram\nCafé De Klok",
        lab(note="bank details to be confirmed before paying"),
        invoices=(("01306-31", "145.20"),),
    ),
    Spec(
        "ir-it-1",
        "invoice_request",
        "it",
        (
            "Comune di Valmarina – Ufficio Ragioneria",
            "ragioneria@comune.valmarina.example",
        ),
        "2032-02-09 12:02",
        "html_only",
        "Gentili Signori,\n\n"
        "in riferimento al Vostro sollecito relativo alla fattura SWO 01205-31 (svuotamento del degrassatore della mensa scolastica), si comunica che la stessa non può essere liquidata in quanto priva del codice CIG e del riferimento alla determina di affidamento.\n\n"
        "Si prega di trasmettere una nuova fattura riportante il CIG Z4A3B2C1D0 e il numero di determina 412/2031. Alla ricezione, l'ufficio procederà al pagamento nei termini di legge.\n\n"
        "Distinti saluti,\n\nDott.ssa Paola Marchetti\nUfficio Ragioneria\nComune di Valmarina",
        lab(
            "01205-31",
            note="very formal public-body register; payable only after a reissued invoice, amount not contested",
        ),
        invoices=(("01205-31", "427.00"),),
        charset="windows-1252",
    ),
]

WRONG_CONTACT = [
    Spec(
        "wc-en-1",
        "wrong_contact",
        "en",
        ("Tom Okafor", "tom.okafor@bramleysbakery.example"),
        "2032-01-20 09:40",
        "gmail_plain",
        "Hi, I left Bramley's at the end of November, I'm only seeing this because IT haven't shut my mailbox yet. Please send it to accounts@bramleysbakery.example and they'll sort you out.\n\nTom",
        lab(new_contact="accounts@bramleysbakery.example"),
        invoices=(("00391-31", "258.00"),),
    ),
    Spec(
        "wc-en-2",
        "wrong_contact",
        "en",
        ("Accounts | Harbourside Fisheries", "accounts@harboursidefisheries.example"),
        "2032-02-11 16:58",
        "outlook_html",
        "Dear Supplier,\n\n"
        "Please be advised that with immediate effect our accounts department has migrated to a new email platform. Kindly update your records and direct all invoices, statements and payment reminders to harbourside.fisheries.ar@gmail.com only.\n\n"
        "The old address will no longer be monitored and any correspondence sent to it may be lost. Please confirm once your records have been updated.\n\n"
        "Best Regards,\nAccounts Department\nHarbourside Fisheries Ltd",
        lab(
            new_contact="harbourside.fisheries.ar@gmail.com",
            note="reads like a phishing redirect to a free-mail address (Reply-To points there too); labelled by what it asks, a person must verify it",
        ),
        invoices=(("01477-31", "642.00"),),
        headers=(("Reply-To", "harbourside.fisheries.ar@gmail.com"),),
    ),
    Spec(
        "wc-en-3",
        "wrong_contact",
        "en",
        ("Martin Crowe", "mcrowe1961@hotmail.co.uk"),
        "2032-01-31 11:20",
        "apple",
        "I think you've got the wrong person. I'm not a customer of yours and I don't own a garage. You might want Crowe's Garage in Bolton (no relation!) but I don't have their email.\n\nMartin Crowe",
        lab(note="wrong recipient altogether, no new address"),
        invoices=(("01021-31", "187.20"),),
    ),
    Spec(
        "wc-de-1",
        "wrong_contact",
        "de",
        ("Andrea Vogel", "a.vogel@rasthof-vogelsberg.example"),
        "2032-02-04 10:17",
        "outlook",
        "Guten Tag,\n\n"
        "für Rechnungen ist nicht unser Betrieb, sondern unsere Zentrale in Fulda zuständig. Bitte senden Sie Rechnungen und Mahnungen künftig an kreditoren@autohof-gruppe-mitte.example.\n\n"
        "Vielen Dank und freundliche Grüße\nAndrea Vogel\nBetriebsleitung Rasthof Vogelsberg",
        lab(new_contact="kreditoren@autohof-gruppe-mitte.example"),
        invoices=(("01152-31", "499.80"),),
        charset="iso-8859-1",
    ),
    Spec(
        "wc-fr-1",
        "wrong_contact",
        "fr",
        ("Élodie Martin", "elodie.martin@em-tenuecompta.example"),
        "2032-01-23 10:05",
        "gmail",
        "Bonjour,\n\n"
        "Je ne m'occupe plus de la comptabilité du restaurant Le Vieux Port depuis le 1er janvier. C'est désormais le cabinet Dufresne qui gère : compta@cabinet-dufresne.example.\n\n"
        "Je leur fais suivre votre message, mais merci de mettre à jour vos coordonnées.\n\n"
        "Élodie Martin",
        lab(
            new_contact="compta@cabinet-dufresne.example",
            note="former freelance bookkeeper names the new accountants",
        ),
        invoices=(("00683-31", "336.00"),),
    ),
    Spec(
        "wc-fr-2",
        "wrong_contact",
        "fr",
        ("Pascale Robin", "pascale.robin@laposte-perso.example"),
        "2032-02-07 09:14",
        "iphone",
        "Vous vous êtes trompés d'adresse. Je suis un particulier, je n'ai jamais eu de restaurant.",
        lab(note="private person, no new address"),
        invoices=(("01324-31", "204.00"),),
    ),
    Spec(
        "wc-es-1",
        "wrong_contact",
        "es",
        ("Raúl Castillo", "raul@bodegascastillo.example"),
        "2032-01-26 19:07",
        "android",
        "Esto lo lleva la gestoría, escribid a facturas@gestoriaalameda.example. Yo no toco las facturas.\nRaúl",
        lab(new_contact="facturas@gestoriaalameda.example"),
        invoices=(("00759-31", "296.45"),),
    ),
    Spec(
        "wc-es-2",
        "wrong_contact",
        "es",
        ("Nuria Sanz", "nuria.sanz@restauranteelpuerto.example"),
        "2032-02-10 12:48",
        "outlook_html",
        "Hola:\n\n"
        "Yo soy la encargada de sala y no llevo los pagos. Pongo en copia a administración; a partir de ahora, por favor, envíen las facturas y los recordatorios a Administracion@RestauranteElPuerto.example.\n\n"
        "Saludos,\nNuria Sanz\nRestaurante El Puerto",
        lab(
            new_contact="administracion@restauranteelpuerto.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
        invoices=(("01402-31", "352.99"),),
        headers=(
            (
                "Cc",
                mailbox(
                    "Administración El Puerto",
                    "Administracion@RestauranteElPuerto.example",
                    header="Cc",
                ),
            ),
        ),
    ),
    Spec(
        "wc-nl-1",
        "wrong_contact",
        "nl",
        ("Lotte van Leeuwen", "info@strandpaviljoenzee.example"),
        "2032-01-27 11:40",
        "apple",
        "Goedemorgen,\n\nDit is ons algemene adres en dat wordt in de winter nauwelijks gelezen. Facturen en herinneringen graag voortaan naar facturen@strandpaviljoenzee.example sturen.\n\nGroet,\nLotte\nStrandpaviljoen Zee",
        lab(new_contact="facturen@strandpaviljoenzee.example"),
        invoices=(("00804-31", "190.58"),),
    ),
    Spec(
        "wc-nl-2",
        "wrong_contact",
        "nl",
        ("Dennis Koster", "keuken@eetcafedeharmonie.example"),
        "2032-02-08 22:05",
        "gmail_plain",
        "hoi ik ben de kok en heb met betalingen niks te maken. je moet bij Henk zijn die is eigenaar henk@eetcafedeharmonie.example\nDennis",
        lab(
            new_contact="henk@eetcafedeharmonie.example",
            note="no capitals, hardly any punctuation",
        ),
        invoices=(("01293-31", "242.00"),),
        days_before=2,
    ),
    Spec(
        "wc-it-1",
        "wrong_contact",
        "it",
        ("Roberto Marini", "r.marini@hotelbellariva.example"),
        "2032-01-22 15:25",
        "outlook",
        "Buongiorno,\n\n"
        "dal mese scorso non sono più il referente per le forniture dell'hotel. Per fatture e pagamenti scrivete per cortesia a amministrazione@hotelbellariva.example, che ho messo in conoscenza.\n\n"
        "Cordiali saluti,\nRoberto Marini",
        lab(new_contact="amministrazione@hotelbellariva.example"),
        invoices=(("00715-31", "378.20"),),
        headers=(("Cc", "amministrazione@hotelbellariva.example"),),
    ),
    Spec(
        "wc-it-2",
        "wrong_contact",
        "it",
        ("Trattoria da Nonna Pina", "prenotazioni@trattorianonnapina.example"),
        "2032-02-12 18:05",
        "gmail",
        "Buonasera, questa casella è solo per le prenotazioni dei tavoli. Per le fatture dovete scrivere a contabilita@trattorianonnapina.example\nGrazie, Chiara",
        lab(new_contact="contabilita@trattorianonnapina.example"),
        invoices=(("01488-31", "158.60"),),
    ),
]

UNSUBSCRIBE = [
    Spec(
        "un-en-1",
        "unsubscribe",
        "en",
        ("Daz Hughes", "daz@hughesmotorcycles.example"),
        "2032-01-21 13:02",
        "android",
        "I'll pay it Friday. Now stop emailing me every other day, its bordering on harrassment.",
        lab(note="a promise plus a stop request: unsubscribe beats everything but bounce"),
        invoices=(("00612-31", "117.60"),),
    ),
    Spec(
        "un-en-2",
        "unsubscribe",
        "en",
        ("Eleanor Whitcombe", "e.whitcombe@pryce-hollander.example"),
        "2032-02-04 15:10",
        "outlook_html",
        "Dear Sirs\n\n"
        "Our client: Oakley Lane Garage Ltd\nYour invoice: SWO 00626-31\n\n"
        "We act for the above-named client, who has passed us your reminder of 3 February.\n\n"
        "Our client disputes the charges on this invoice for reasons that have already been set out to your sales team. Please cease contacting our client directly about this matter. All further correspondence should be addressed to this firm, quoting our reference EW/OAK/0412.\n\n"
        "Yours faithfully\n\nEleanor Whitcombe\nSolicitor\nPryce Hollander LLP",
        lab(
            "00626-31",
            note="solicitor: stop contacting the client directly, deal only with us; unsubscribe beats the dispute",
        ),
        invoices=(("00626-31", "1380.00"),),
        charset="windows-1252",
    ),
    Spec(
        "un-en-3",
        "unsubscribe",
        "en",
        ("Becky Long", "hello@beckysbakehouse.example"),
        "2032-01-25 08:09",
        "gmail",
        "Unsubscribe",
        lab(note="one word, sent on a Sunday morning"),
        invoices=(("00559-31", "99.00"),),
    ),
    Spec(
        "un-de-1",
        "unsubscribe",
        "de",
        ("Hans-Peter Krause", "hp.krause@krause-kfz.example"),
        "2032-01-29 16:40",
        "outlook",
        "Sehr geehrte Damen und Herren,\n\nbitte senden Sie uns keine Rechnungen und Mahnungen mehr per E-Mail. Wir akzeptieren ausschließlich Post an unsere Geschäftsadresse.\n\nMit freundlichen Grüßen\nHans-Peter Krause\nKfz-Meisterbetrieb Krause",
        lab(note="post only"),
        invoices=(("00897-31", "208.25"),),
        charset="windows-1252",
    ),
    Spec(
        "un-de-2",
        "unsubscribe",
        "de",
        ("Sabine Ernst", "sabine.ernst@cafe-ernst.example"),
        "2032-02-10 09:35",
        "gmail",
        "Guten Morgen,\n\nwir haben längst bezahlt. Nehmen Sie uns bitte aus Ihrem automatischen Mahnverteiler, ich bekomme die Mails inzwischen dreimal die Woche.\n\nSabine Ernst",
        lab(note="stop request plus a payment claim: unsubscribe wins"),
        invoices=(("01371-31", "178.50"),),
    ),
    Spec(
        "un-fr-1",
        "unsubscribe",
        "fr",
        ("Gérard Fontaine", "g.fontaine@conserverie-fontaine.example"),
        "2032-02-06 11:02",
        "outlook",
        "Messieurs,\n\nCessez de m'adresser ces relances. Ce dossier est en litige et il est désormais entre les mains de notre avocat, Maître Lenoir. Toute communication devra passer par lui.\n\nG. Fontaine\nDirecteur administratif et financier\nConserverie Fontaine",
        lab(note="stop, and only through our lawyer (no address): unsubscribe beats the dispute"),
        invoices=(("01308-31", "864.00"),),
    ),
    Spec(
        "un-es-1",
        "unsubscribe",
        "es",
        ("Alfonso Peña", "alfonso.pena@gruaspena.example"),
        "2032-01-19 17:55",
        "gmail_plain",
        "Dejen de escribirme a este correo. Cualquier comunicación sobre facturas, por carta certificada a la dirección del taller.\n\nAlfonso Peña",
        lab(note="stop e-mailing, registered post only"),
        invoices=(("00516-31", "242.00"),),
        charset="iso-8859-1",
    ),
    Spec(
        "un-es-2",
        "unsubscribe",
        "es",
        ("Loli", "loli@barlaesquina-triana.example"),
        "2032-02-08 23:17",
        "iphone",
        "NO QUIERO RECIBIR MAS CORREOS DE USTEDES. BORRENME DE LA LISTA",
        lab(note="all caps, no accents"),
        invoices=(("01398-31", "96.80"),),
        days_before=3,
    ),
    Spec(
        "un-nl-1",
        "unsubscribe",
        "nl",
        ("Wim de Graaf", "wim@degraafgrondverzet.example"),
        "2032-01-24 14:22",
        "thunderbird",
        "Graag uitschrijven van deze mails. Wij hebben per 1 januari een andere inzamelaar.\n\nW. de Graaf",
        lab(note="bottom-posted below the quote; the change of collector is context"),
        invoices=(("00622-31", "302.50"),),
        cte="8bit",
        bottom=True,
    ),
    Spec(
        "un-nl-2",
        "unsubscribe",
        "nl",
        ("Kevin Smit", "kevin@snackcornerzuid.example"),
        "2032-02-03 21:48",
        "iphone",
        "stop met mailen. ik betaal als ik betaal",
        lab(note="a stop request; 'I'll pay when I pay' is no commitment"),
        invoices=(("01187-31", "134.31"),),
    ),
    Spec(
        "un-it-1",
        "unsubscribe",
        "it",
        ("Franco Ricci", "f.ricci@ricci-conserve.example"),
        "2032-01-28 10:30",
        "outlook_html",
        "Spettabile Silverbirch,\n\nvi invito a non inviare più comunicazioni a questo indirizzo di posta elettronica. Per qualsiasi questione amministrativa vogliate scriverci esclusivamente a mezzo raccomandata A/R presso la nostra sede legale.\n\nDistinti saluti,\nFranco Ricci\nRicci Conserve S.p.A.",
        lab(note="registered post only"),
        invoices=(("00905-31", "733.00"),),
    ),
    Spec(
        "un-it-2",
        "unsubscribe",
        "it",
        ("Marta Sole", "info@pizzeriasole.example"),
        "2032-02-11 14:02",
        "android",
        "Cancellatemi da questa mailing list grazie",
        lab(),
        invoices=(("01517-31", "122.00"),),
    ),
]

AUTO_REPLY = [
    Spec(
        "ar-en-1",
        "auto_reply",
        "en",
        ("Claire Bennett", "claire.bennett@ashgrovehotels.example"),
        "2032-01-22 08:52",
        "notice",
        "Thank you for your email. I am out of the office until Monday 2 February with limited access to email. If your message is urgent, please call reception on 01632 960552.\n\nClaire Bennett\nGroup Finance, Ashgrove Hotels",
        lab(return_date="2032-02-02", note="'until X' → X itself (date policy)"),
        invoices=(("00688-31", "540.00"),),
        subject="Automatic reply: {subject}",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Spec(
        "ar-en-2",
        "auto_reply",
        "en",
        ("Greenway Catering Support", "support@greenwaycatering.example"),
        "2032-02-05 10:01",
        "notice",
        "Hello,\n\n"
        "Thanks for contacting Greenway Catering. This is an automatic confirmation that we have received your message and logged it as request #48213.\n\n"
        "A member of our finance team will reply within 3 working days. To add information to your request, reply to this email and keep the request number in the subject line.\n\n"
        "Greenway Catering Customer Services\n"
        "This message was sent by HelpDeskPro on behalf of Greenway Catering.",
        lab(note="ticket-system acknowledgement carrying only X-Autoreply; no return date"),
        invoices=(("01268-31", "825.00"),),
        subject="[Request #48213] {subject}",
        headers=(("X-Autoreply", "yes"),),
    ),
    Spec(
        "ar-en-3",
        "auto_reply",
        "en",
        ("Sunil Mehta", "sunil.mehta@coastalfleetservices.example"),
        "2032-01-26 07:30",
        "notice",
        "I'm on annual leave and will be back in the office on Thursday 29 January. For invoice queries in the meantime please contact payables@coastalfleetservices.example.\n\nRegards\nSunil",
        lab(
            return_date="2032-01-29",
            note="a colleague's address in an auto-reply does not set new_contact",
        ),
        invoices=(("00713-31", "612.00"),),
        subject="Automatic reply: {subject}",
        headers=(AUTO_REPLIED,),
    ),
    Spec(
        "ar-de-1",
        "auto_reply",
        "de",
        ("Katrin Böhm", "k.boehm@metzgerei-boehm.example"),
        "2032-01-20 09:34",
        "notice",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis zum 23.01.2032 im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen erreichen Sie uns telefonisch in der Filiale.\n\nMit freundlichen Grüßen\nKatrin Böhm\nMetzgerei Böhm",
        lab(return_date="2032-01-23", note="'bis X' → X itself (date policy)"),
        invoices=(("00588-31", "261.80"),),
        charset="iso-8859-1",
        subject="Abwesenheitsnotiz: {subject}",
        headers=(AUTO_REPLIED,),
    ),
    Spec(
        "ar-de-2",
        "auto_reply",
        "de",
        ("Gasthaus zum Hirschen", "info@gasthaus-hirschen.example"),
        "2032-02-02 10:10",
        "notice",
        "Liebe Gäste, liebe Geschäftspartner,\n\nunser Gasthaus ist vom 26. Januar bis einschließlich 8. Februar wegen Betriebsurlaub geschlossen. Ab Montag, den 9. Februar sind wir wieder für Sie da.\n\nE-Mails werden in dieser Zeit nicht bearbeitet.\n\nIhre Familie Huber",
        lab(
            return_date="2032-02-09",
            note="no Auto-Submitted, only Precedence: bulk; the stated day back wins over 'bis einschließlich'",
        ),
        invoices=(("01019-31", "345.10"),),
        subject="Betriebsurlaub",
        headers=(("Precedence", "bulk"),),
    ),
    Spec(
        "ar-fr-1",
        "auto_reply",
        "fr",
        ("Aurélie Dubois", "a.dubois@cuisinescentrales-loire.example"),
        "2032-01-21 14:12",
        "notice",
        "Bonjour,\n\nJe suis absente du bureau et serai de retour le mardi 27 janvier. Pendant mon absence, vos messages ne seront pas transférés.\n\nCordialement,\nAurélie Dubois\nCuisines Centrales de Loire",
        lab(return_date="2032-01-27"),
        invoices=(("00640-31", "734.40"),),
        subject="Réponse automatique : {subject}",
        headers=(AUTO_REPLIED,),
    ),
    Spec(
        "ar-fr-2",
        "auto_reply",
        "fr",
        (
            "Groupe Restauval – Comptabilité fournisseurs",
            "ne-pas-repondre@restauval.example",
        ),
        "2032-01-30 15:44",
        "notice",
        "Bonjour,\n\nVotre demande a bien été enregistrée sous le numéro 2032-01-00412. Un conseiller du service comptabilité fournisseurs vous répondra sous 48 heures ouvrées.\n\nMerci de ne pas répondre à ce message automatique.\n\nGroupe Restauval – Service comptabilité fournisseurs",
        lab(note="ticket-system acknowledgement; no return date"),
        invoices=(("00979-31", "1017.60"),),
        subject="[Ticket 2032-01-00412] Accusé de réception",
        headers=(AUTO_REPLIED, SUPPRESS),
    ),
    Spec(
        "ar-es-1",
        "auto_reply",
        "es",
        ("Elena Vidal", "evidal@hotelmiramar-sitges.example"),
        "2032-01-29 09:05",
        "notice",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el 4 de febrero, sin acceso al correo. Para asuntos urgentes, pueden llamar a recepción.\n\nElena Vidal\nHotel Miramar",
        lab(return_date="2032-02-04", note="'hasta X' → X itself (date policy)"),
        invoices=(("00791-31", "484.00"),),
        subject="Respuesta automática: {subject}",
        headers=(AUTO_REPLIED,),
    ),
    Spec(
        "ar-nl-1",
        "auto_reply",
        "nl",
        ("Jeroen Bos", "j.bos@bosvleeswaren.example"),
        "2032-01-28 12:00",
        "notice",
        "Beste afzender,\n\nIk ben afwezig tot en met vrijdag 30 januari. Vanaf maandag 2 februari ben ik weer bereikbaar. Voor dringende zaken kunt u mailen naar inkoop@bosvleeswaren.example.\n\nMet vriendelijke groet,\nJeroen Bos",
        lab(
            return_date="2032-02-02",
            note="the stated day back wins; the colleague address does not set new_contact",
        ),
        invoices=(("00770-31", "556.60"),),
        subject="Automatisch antwoord: {subject}",
        headers=(AUTO_REPLIED,),
    ),
    Spec(
        "ar-nl-2",
        "auto_reply",
        "nl",
        ("Pannenkoekenhuis De Molen", "info@pannenkoekenhuisdemolen.example"),
        "2032-02-09 15:27",
        "notice",
        "Bedankt voor uw e-mail. We hebben uw bericht ontvangen en streven ernaar binnen twee werkdagen te reageren.\n\nMet vriendelijke groet,\nPannenkoekenhuis De Molen",
        lab(
            note="acknowledgement without Auto-Submitted (X-Autoreply and Precedence only); no return date"
        ),
        invoices=(("01349-31", "199.65"),),
        subject="Bedankt voor uw bericht",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
    ),
    Spec(
        "ar-it-1",
        "auto_reply",
        "it",
        ("Simona Colombo", "s.colombo@colomboservizi.example"),
        "2032-02-03 08:17",
        "notice",
        "Buongiorno,\n\nsarò fuori ufficio fino a venerdì 6 febbraio compreso, con accesso limitato alla posta. Rientrerò lunedì 9 febbraio.\n\nCordiali saluti\nSimona Colombo",
        lab(
            return_date="2032-02-09",
            note="the stated day back wins over 'fino a ... compreso'",
        ),
        invoices=(("01112-31", "622.20"),),
        subject="Risposta automatica: {subject}",
        headers=(AUTO_REPLIED,),
    ),
    Spec(
        "ar-it-2",
        "auto_reply",
        "it",
        ("Studio Pellegrini", "studio@studiopellegrini.example"),
        "2032-01-19 11:30",
        "notice",
        "Gentile cliente,\n\nlo studio resterà chiuso fino al 23 gennaio compreso. Le e-mail ricevute in questo periodo saranno lette alla riapertura.\n\nStudio Pellegrini – Consulenza fiscale e contabile",
        lab(
            return_date="2032-01-23",
            note="accountants' office autoresponder without Auto-Submitted; 'fino al X compreso' → X itself (date policy)",
        ),
        invoices=(("00541-31", "305.00"),),
        subject="Re: {subject}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "bulk")),
    ),
]

OTHER = [
    Spec(
        "ot-en-1",
        "other",
        "en",
        ("Nicola Grant", "nicola@grantsbutchers.example"),
        "2032-01-30 12:41",
        "iphone",
        "Did we not pay this? I'm sure Sue did all the December ones before Christmas. I'll check with her when she's back Monday",
        lab(note="a question whether it was paid: neither a payment claim nor a commitment"),
        invoices=(("00861-31", "156.00"),),
    ),
    Spec(
        "ot-en-2",
        "other",
        "en",
        ("Raj Patel", "raj@tandoorinights-leicester.example"),
        "2032-02-12 10:55",
        "gmail_plain",
        "Hi, while I have you, can someone come and empty the trap before Saturday? We've got a big party booked and it's backing up already. Call me on 07700 900417.\n\nRaj",
        lab(note="service request, bottom-posted under the quote; nothing about the invoice"),
        invoices=(("01421-31", "204.00"),),
        bottom=True,
    ),
    Spec(
        "ot-en-3",
        "other",
        "en",
        ("Fiona Lindsay", "fiona.lindsay@castlegatehotel.example"),
        "2032-02-06 09:15",
        "html_only",
        "Good morning,\n\nThank you for your email. I've passed this to our finance team at head office for review.\n\nKind regards,\n\nFiona Lindsay\nPA to the General Manager\nThe Castlegate Hotel",
        lab(
            note="an assistant's acknowledgement without commitment; no address given, so not wrong_contact"
        ),
        invoices=(("01329-31", "462.00"),),
    ),
    Spec(
        "ot-de-1",
        "other",
        "de",
        ("Pizzeria Roma", "service@pizzeria-roma-kassel.example"),
        "2032-01-23 18:22",
        "iphone",
        "Danke, habe ich an den Chef weitergeleitet.",
        lab(note="acknowledgement only"),
        invoices=(("00752-31", "190.40"),),
    ),
    Spec(
        "ot-de-2",
        "other",
        "de",
        ("Werner Albrecht", "werner@autowerkstatt-albrecht.example"),
        "2032-02-11 15:02",
        "gmail",
        "Hallo,\n\n"
        "ich habe meine Werkstatt zum 31.12. aus Altersgründen aufgegeben. Was passiert jetzt mit dem Altöltank, der noch von Ihnen bei mir im Hof steht? Holen Sie den ab, oder muss ich mich darum kümmern?\n\n"
        "Wegen der Rechnung melde ich mich, wenn ich mit meinem Steuerberater gesprochen habe.\n\n"
        "Werner Albrecht",
        lab(
            note="business closed, a question about the tank; 'I'll be in touch about the invoice' is no commitment"
        ),
        invoices=(("01401-31", "273.70"),),
    ),
    Spec(
        "ot-fr-1",
        "other",
        "fr",
        ("Laurent Bertin", "laurent@bertin-traiteur.example"),
        "2032-01-19 16:04",
        "gmail",
        "Bien reçu, merci.",
        lab(note="acknowledgement only"),
        invoices=(("00532-31", "288.00"),),
    ),
    Spec(
        "ot-fr-2",
        "other",
        "fr",
        ("Monique Girard", "m.girard@hotel-des-voyageurs.example"),
        "2032-02-09 10:27",
        "outlook",
        "Bonjour,\n\nEst-ce qu'on ne l'a pas déjà réglée ? Il me semble que notre comptable a tout payé en décembre. Je lui pose la question et je reviens vers vous.\n\nMonique Girard\nHôtel des Voyageurs",
        lab(note="asks whether it was already paid; no claim, no commitment"),
        invoices=(("01238-31", "402.00"),),
        charset="windows-1252",
    ),
    Spec(
        "ot-es-1",
        "other",
        "es",
        ("Iván Serrano", "ivan@autoserranomotor.example"),
        "2032-01-27 09:58",
        "gmail",
        "Buenos días,\n\nAprovecho el correo para preguntar: ¿ustedes recogen también aceite de motor usado y filtros? Tenemos unos bidones acumulados en el taller y el gestor que teníamos ha cerrado.\n\nGracias,\nIván Serrano",
        lab(note="new service enquiry; nothing about the invoice"),
        invoices=(("00774-31", "145.20"),),
        cte="b64",
    ),
    Spec(
        "ot-es-2",
        "other",
        "es",
        ("Sergio Martín", "sergio@lataperiadesergio.example"),
        "2032-02-05 22:31",
        "android",
        "Recibido. Lo miro con mi socio este fin de semana y os digo algo.",
        lab(note="no commitment to pay"),
        invoices=(("01366-31", "232.32"),),
    ),
    Spec(
        "ot-nl-1",
        "other",
        "nl",
        ("Femke", "femke@lunchroomdezon.example"),
        "2032-01-21 20:12",
        "iphone",
        "Ontvangen, ik kijk er morgen naar",
        lab(note="acknowledgement; looking at it is no commitment"),
        invoices=(("00696-31", "108.90"),),
    ),
    Spec(
        "ot-nl-2",
        "other",
        "nl",
        ("Peter de Boer", "p.deboer@restaurantdeboer.example"),
        "2032-02-02 14:40",
        "outlook_html",
        "Goedemiddag,\n\nPer 1 februari is ons restaurant overgenomen door Horecagroep Lindeboom. Ik weet eerlijk gezegd niet of de openstaande facturen nu bij hen horen of nog bij ons. Ik zoek het uit en laat het u weten.\n\nMet vriendelijke groet,\nPeter de Boer",
        lab(note="takeover; the owner still answers, names no address and commits to nothing"),
        invoices=(("00962-31", "317.63"),),
    ),
    Spec(
        "ot-it-1",
        "other",
        "it",
        ("Davide Rinaldi", "davide@bistrotrinaldi.example"),
        "2032-01-29 15:20",
        "android",
        "Mi potete chiamare in negozio? Preferisco parlarne a voce, per email non riesco a spiegarmi",
        lab(note="asks for a call; a person must read it"),
        invoices=(("00807-31", "286.70"),),
    ),
]

SPECS = [
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
    """A delivery report about a reminder sent to `rcpt`, written by a server in `lang`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    uk: bool
    invoice: tuple[str, str]
    lag_minutes: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The report's Date in the reporting server's zone."""
        base = datetime.strptime(self.when, "%Y-%m-%d %H:%M")
        return base.replace(second=digest(self.key, "sec")[0] % 60, tzinfo=UK if self.uk else CET)

    @property
    def sent(self) -> datetime:
        """When dunmail sent the reminder that failed (UK time)."""
        return (
            self.dt - timedelta(minutes=self.lag_minutes, seconds=digest(self.key, "lag")[0] % 50)
        ).astimezone(UK)

    @property
    def subject(self) -> str:
        """The failed reminder's subject."""
        return reminder_subject(self.lang, (self.invoice,))

    @property
    def domain(self) -> str:
        """The recipient's domain."""
        return self.rcpt.split("@")[1]


def original_reminder(b: Bounce) -> Message:
    """The reminder exactly as dunmail sent it (returned inside some reports)."""
    currency = "GBP" if b.uk else "EUR"
    text = reminder_text(b.lang, (b.invoice,), currency, b.sent.date(), b.key)
    msg = text_part(text, "plain", "utf-8", "qp")
    set_headers(
        msg,
        [
            ("From", formataddr((AR_NAME, AR_ADDR))),
            ("To", b.rcpt),
            ("Subject", encoded_header(b.subject, "utf-8")),
            ("Date", format_datetime(b.sent)),
            ("Message-ID", reminder_msgid(b.key)),
        ],
    )
    return msg


def header_block(b: Bounce) -> str:
    """The failed reminder's header lines, as a server copies them."""
    return original_reminder(b).as_string().split("\n\n", 1)[0] + "\n"


def rfc822_headers(b: Bounce) -> Message:
    """A text/rfc822-headers part with the failed reminder's headers."""
    return text_part(header_block(b), "rfc822-headers", "us-ascii", "7bit")


def delivery_status(
    b: Bounce,
    mta: str,
    action: str,
    diagnostic: str,
    remote: str = "",
    retry_hours: int = 0,
) -> Message:
    """A message/delivery-status part (RFC 3464) for the one failed recipient."""
    per_message = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(b.sent.astimezone(b.dt.tzinfo))}\n"
    fields = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Action: {action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {remote}"] if remote else []),
        f"Diagnostic-Code: smtp; {diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if retry_hours:
        fields.append(f"Will-Retry-Until: {format_datetime(b.dt + timedelta(hours=retry_hours))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_bytes(block.encode()) for block in (per_message, "\n".join(fields) + "\n")]
    )
    return part


def report(*parts: Message) -> Message:
    """A multipart/report of type delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def html_and_plain(text: str, charset: str = "utf-8") -> Message:
    """A human-readable notice part as an alternative of plain text and simple HTML."""
    markup = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
        '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">\n'
        + html_paragraphs(text)
        + "\n</body></html>\n"
    )
    return alternative(
        text_part(text + "\n", "plain", charset, "qp"),
        text_part(markup, "html", charset, "qp"),
    )


def bounce_gmail_domain(b: Bounce) -> tuple[Message, str, str]:
    """Gmail: the recipient's domain no longer exists."""
    dns = f"DNS Error: DNS type 'mx' lookup of {b.domain} responded with code NXDOMAIN Domain name not found: {b.domain}"
    human = html_and_plain(
        "** Address not found **\n\n"
        f"Your message wasn't delivered to {b.rcpt} because the domain {b.domain} couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
        f"The response was:\n\n{dns}"
    )
    msg = report(human, delivery_status(b, "googlemail.com", "failed", dns), rfc822_headers(b))
    msg["X-Failed-Recipients"] = b.rcpt
    return (
        msg,
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
    )


def bounce_qmail(b: Bounce) -> tuple[Message, str, str]:
    """qmail at the customer's old host: a non-MIME notice with the whole message below."""
    host = "mx1.dalesidehosting.example"
    text = (
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 48213 invoked from network); {format_datetime(b.sent)}\n"
        + original_reminder(b).as_string()
    )
    msg = Message()
    msg.set_payload(text)
    return msg, f"MAILER-DAEMON@{host}", "failure notice"


def bounce_exim_delay(b: Bounce) -> tuple[Message, str, str]:
    """A hosting company's Exim backup MX warns that delivery is delayed."""
    host = "mx2.pennineweb.example"
    until = (b.dt + timedelta(hours=48)).strftime("%d %b %Y %H:%M")
    text = (
        f"This is an automatic message from the mail server at {host}.\n\n"
        f"Your message to {b.rcpt} has been waiting in our queue for more than 24 hours because the receiving server is not answering.\n\n"
        f"  Recipient:  {b.rcpt}\n"
        f"  Host:       mail.{b.domain} [203.0.113.58]\n"
        "  Reason:     connect to 203.0.113.58 port 25: Connection timed out (4.4.1)\n\n"
        f"We will keep trying until {until} GMT. You do not need to resend the message. If it still cannot be delivered by then, it will be returned to you.\n\n"
        "-- \nPennine Web Hosting mail system\n"
    )
    msg = report(
        text_part(text, "plain", "us-ascii", "7bit"),
        delivery_status(
            b,
            host,
            "delayed",
            "connect to 203.0.113.58 port 25: Connection timed out",
            f"mail.{b.domain}",
            48,
        ),
        rfc822_headers(b),
    )
    return (
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Warning: message 1wQx7T-0004Rk-3L delayed 24 hours",
    )


def o365_sender(b: Bounce) -> str:
    """The Exchange Online system mailbox that signs NDRs for the recipient's tenant."""
    return f"Microsoft Outlook <postmaster@{b.domain.split('.')[0].replace('-', '')}.onmicrosoft.example>"


def bounce_o365_de_policy(b: Bounce) -> tuple[Message, str, str]:
    """Exchange Online (German): the group accepts no mail from outside the organisation."""
    server = "FR3P281MB1204.DEUP281.PROD.OUTLOOK.example"
    error = "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated"
    human = html_and_plain(
        f"Ihre Nachricht konnte nicht an {b.rcpt} übermittelt werden.\n\n"
        f"Die Gruppe {b.rcpt} nimmt nur Nachrichten von Personen innerhalb ihrer Organisation oder von ausdrücklich zugelassenen Absendern an. Ihre Nachricht wurde deshalb nicht zugestellt.\n\n"
        "So beheben Sie das Problem: Wenden Sie sich auf einem anderen Weg, etwa telefonisch, an den Besitzer der Gruppe und bitten Sie darum, als zugelassener Absender eingetragen zu werden.\n\n"
        "Weitere Informationen für E-Mail-Administratoren\n\n"
        f"Gemeldeter Fehler: {error}\nDSN generiert von: {server}\n"
        f"Empfängeradresse: {b.rcpt}\nBetreff: {b.subject}"
    )
    msg = report(human, delivery_status(b, server, "failed", error), rfc822_headers(b))
    return msg, o365_sender(b), f"Unzustellbar: {b.subject}"


def bounce_provider_de_full(b: Bounce) -> tuple[Message, str, str]:
    """A German hosting provider: mailbox full, still retrying; plain ISO-8859-1 text."""
    host = "mxrelay.gastronet-hosting.example"
    until = (b.dt + timedelta(hours=20)).strftime("%d.%m.%Y um %H:%M Uhr")
    text = (
        f"Hallo,\n\ndies ist eine automatische Mitteilung des Mailservers {host}.\n\n"
        f"Ihre Nachricht an {b.rcpt} konnte bisher nicht zugestellt werden, weil das Postfach des Empfängers voll ist:\n\n"
        f"    452 4.2.2 <{b.rcpt}>: Mailbox voll / quota exceeded\n\n"
        f"Wir versuchen die Zustellung noch bis zum {until}. Sie müssen die Nachricht nicht erneut senden. Schlägt die Zustellung endgültig fehl, erhalten Sie eine weitere Nachricht.\n\n"
        f"Betreff der Nachricht: {latin1(b.subject)}\n"
        f"Gesendet am: {format_datetime(b.sent)}\n\n"
        "-- \nGastroNet Hosting - Technik\n"
    )
    return (
        text_part(text, "plain", "iso-8859-1", "qp"),
        f"Mailer-Daemon <mailer-daemon@{host}>",
        "Warnung: Nachricht noch nicht zugestellt",
    )


def bounce_o365_fr_unknown(b: Bounce) -> tuple[Message, str, str]:
    """Exchange Online (French): the recipient address does not exist."""
    server = "PA4P190MB1123.EURP190.PROD.OUTLOOK.example"
    error = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    human = html_and_plain(
        f"Votre message n'a pas pu être remis à {b.rcpt}, car l'adresse e-mail est introuvable. Elle n'existe peut-être plus ou elle est mal orthographiée.\n\n"
        "Comment corriger le problème : vérifiez l'adresse du destinataire, puis renvoyez le message. Si le problème persiste, contactez le destinataire par un autre moyen, par exemple par téléphone, pour obtenir la bonne adresse.\n\n"
        "Informations supplémentaires pour les administrateurs de messagerie\n\n"
        f"Erreur signalée : {error}\nDSN généré par : {server}\nObjet : {b.subject}"
    )
    msg = report(human, delivery_status(b, server, "failed", error), rfc822_headers(b))
    return msg, o365_sender(b), f"Non remis : {b.subject}"


def bounce_provider_fr_full(b: Bounce) -> tuple[Message, str, str]:
    """A French provider gives up on a full mailbox; multipart/mixed with the message attached."""
    host = "smtp.provence-telecom.example"
    text = (
        f"Bonjour,\n\nCeci est un message automatique du serveur de messagerie {host}.\n\n"
        "Votre message n'a pas pu être remis au destinataire suivant, dont la boîte aux lettres a dépassé son quota :\n\n"
        f"    {b.rcpt}\n    Réponse du serveur : 552 5.2.2 Quota dépassé, boîte aux lettres pleine\n\n"
        "Nous avons renoncé après plusieurs tentatives. Vous pouvez renvoyer votre message plus tard, lorsque le destinataire aura libéré de l'espace.\n\n"
        "Votre message d'origine est joint à cette notification.\n"
    )
    outer = MIMEMultipart("mixed")
    outer.attach(text_part(text, "plain", "iso-8859-1", "qp"))
    outer.attach(MIMEMessage(original_reminder(b)))
    return (
        outer,
        f"MAILER-DAEMON <mailer-daemon@{host}>",
        "Message non délivré : boîte aux lettres pleine",
    )


def bounce_provider_es_unknown(b: Bounce) -> tuple[Message, str, str]:
    """A Spanish provider: user unknown, with the original headers pasted below."""
    host = "correo.levantenet.example"
    text = (
        f"Este es un mensaje automático del servidor {host}.\n\n"
        "No ha sido posible entregar su mensaje al siguiente destinatario. El error es permanente y no se realizarán más intentos:\n\n"
        f"    {b.rcpt}\n    550 5.1.1 Usuario desconocido / user unknown\n\n"
        "Compruebe que la dirección está bien escrita. A continuación se incluyen las cabeceras del mensaje original.\n\n"
        "----- Cabeceras del mensaje original -----\n" + header_block(b)
    )
    return (
        text_part(text, "plain", "windows-1252", "qp"),
        f"Servicio de correo <postmaster@{host}>",
        "Mensaje no entregado",
    )


def bounce_o365_es_delay(b: Bounce) -> tuple[Message, str, str]:
    """Exchange Online (Spanish): delivery delayed, still retrying."""
    server = "DB8P191MB0412.EURP191.PROD.OUTLOOK.example"
    error = "451 4.4.7 Message delayed; remote server did not respond"
    human = html_and_plain(
        f"La entrega del mensaje a {b.rcpt} se ha retrasado.\n\n"
        "El servidor de correo del destinatario todavía no ha aceptado el mensaje. Seguiremos intentándolo durante un día más y le avisaremos si no conseguimos entregarlo. No tiene que hacer nada.\n\n"
        "Información de diagnóstico para administradores\n\n"
        f"Servidor generador: {server}\n{b.rcpt}\nError remoto: {error}\nAsunto: {b.subject}"
    )
    msg = report(
        human,
        delivery_status(b, server, "delayed", error, retry_hours=24),
        rfc822_headers(b),
    )
    return msg, o365_sender(b), f"Entrega retrasada: {b.subject}"


def bounce_provider_nl_greylist(b: Bounce) -> tuple[Message, str, str]:
    """A Dutch hosting provider: the receiving server keeps deferring (greylisting)."""
    host = "mx.hollandhosting.example"
    text = (
        f"Dit is een automatisch bericht van {host}.\n\n"
        f"Uw bericht aan {b.rcpt} is nog niet afgeleverd. De ontvangende server weigert het bericht voorlopig:\n\n"
        "    451 4.7.1 Greylisted, please try again later\n\n"
        "Dit is een tijdelijke fout. Wij proberen het bericht de komende 48 uur opnieuw af te leveren. U hoeft niets te doen.\n\n"
        f"Onderwerp: {b.subject}\nVerzonden: {format_datetime(b.sent)}\n"
    )
    return (
        text_part(text, "plain", "utf-8", "qp"),
        f"Mail Delivery System <MAILER-DAEMON@{host}>",
        "Vertraagde bezorging: uw bericht is nog niet afgeleverd",
    )


def bounce_provider_it_policy(b: Bounce) -> tuple[Message, str, str]:
    """An Italian provider: rejected by the recipient's anti-spam policy; the message inline."""
    host = "mx01.appenninonet.example"
    rem = original_reminder(b)
    body = reminder_text(b.lang, (b.invoice,), "EUR", b.sent.date(), b.key)
    text = (
        f"Questo è un messaggio automatico generato dal sistema di posta {host}.\n\n"
        f"Il messaggio inviato a {b.rcpt} è stato rifiutato dal server di destinazione per motivi di policy e non verrà recapitato:\n\n"
        "    550 5.7.1 Messaggio rifiutato: mittente non autorizzato dalla policy antispam del dominio\n\n"
        "L'errore è permanente. Per risolvere il problema contattare il destinatario con un altro mezzo.\n\n"
        "---------- Messaggio originale ----------\n"
        f"From: {rem['From']}\nTo: {rem['To']}\nSubject: {latin1(b.subject)}\nDate: {rem['Date']}\n\n"
        + latin1(body)
        + "\n"
    )
    return (
        text_part(text, "plain", "iso-8859-1", "qp"),
        f"Sistema di posta <mailer-daemon@{host}>",
        "Notifica di mancato recapito",
    )


def bounce_exim_it_delay(b: Bounce) -> tuple[Message, str, str]:
    """An Italian hosting relay: the remote server drops the connection; still retrying."""
    host = "relay2.lagohost.example"
    text = (
        f"Questo messaggio è stato generato automaticamente dal server di posta {host}.\n\n"
        f"Il messaggio che ha inviato a {b.rcpt} non è ancora stato consegnato: la connessione con il server del destinatario si interrompe durante la trasmissione.\n\n"
        f"    Destinatario: {b.rcpt}\n    Errore:       421 4.4.2 connessione interrotta dal server remoto\n\n"
        "Continueremo a tentare la consegna per altri 3 giorni. Non è necessario inviare di nuovo il messaggio.\n"
    )
    msg = report(
        text_part(text, "plain", "utf-8", "qp"),
        delivery_status(
            b,
            host,
            "delayed",
            "421 4.4.2 connection dropped by remote host",
            f"mail.{b.domain}",
            72,
        ),
        rfc822_headers(b),
    )
    return (
        msg,
        f"Mail Delivery System <Mailer-Daemon@{host}>",
        "Avviso: messaggio non ancora consegnato",
    )


BounceBuilder = Callable[[Bounce], tuple[Message, str, str]]
BOUNCES: list[tuple[Bounce, BounceBuilder, str]] = [
    (
        Bounce(
            "bo-en-1",
            "en",
            "hard",
            "5.1.2",
            "accounts@oakfieldgarage-services.example",
            "2032-01-20 08:47",
            True,
            ("00644-31", "258.00"),
            note="Gmail DSN: the recipient's domain no longer exists",
        ),
        bounce_gmail_domain,
        "gmail_dsn",
    ),
    (
        Bounce(
            "bo-en-2",
            "en",
            "hard",
            "5.1.1",
            "office@cornercafe-wigan.example",
            "2032-01-27 08:52",
            True,
            ("00851-31", "132.00"),
            lag_minutes=14,
            note="qmail notice, not MIME, the whole message copied below",
        ),
        bounce_qmail,
        "qmail",
    ),
    (
        Bounce(
            "bo-en-3",
            "en",
            "soft",
            "4.4.1",
            "kitchen@millstreetdiner.example",
            "2032-01-22 09:15",
            True,
            ("00697-31", "186.00"),
            lag_minutes=24 * 60 + 41,
            note="delay warning from the customer's backup MX",
        ),
        bounce_exim_delay,
        "exim",
    ),
    (
        Bounce(
            "bo-de-1",
            "de",
            "hard",
            "5.7.133",
            "buchhaltung@spedition-hartmann.example",
            "2032-01-23 09:41",
            False,
            ("00763-31", "547.40"),
            note="policy rejection: the group takes no external mail",
        ),
        bounce_o365_de_policy,
        "o365",
    ),
    (
        Bounce(
            "bo-de-2",
            "de",
            "soft",
            "4.2.2",
            "info@imbiss-am-markt.example",
            "2032-01-26 13:40",
            False,
            ("00701-31", "142.80"),
            lag_minutes=4 * 60 + 3,
            note="mailbox full, still retrying; provider notice in ISO-8859-1",
        ),
        bounce_provider_de_full,
        "provider",
    ),
    (
        Bounce(
            "bo-fr-1",
            "fr",
            "hard",
            "5.1.10",
            "comptabilite@brasserie-du-port.example",
            "2032-02-02 09:38",
            False,
            ("01029-31", "390.00"),
        ),
        bounce_o365_fr_unknown,
        "o365",
    ),
    (
        Bounce(
            "bo-fr-2",
            "fr",
            "soft",
            "5.2.2",
            "contact@garage-dupuis.example",
            "2032-02-05 11:20",
            False,
            ("01199-31", "264.00"),
            lag_minutes=2 * 60 + 17,
            note="mailbox full reported with a 5.x code: soft, the code is kept",
        ),
        bounce_provider_fr_full,
        "provider",
    ),
    (
        Bounce(
            "bo-es-1",
            "es",
            "hard",
            "5.1.1",
            "facturas@restaurantelamarina.example",
            "2032-01-29 09:44",
            False,
            ("00842-31", "308.55"),
            note="provider notice in windows-1252 with the original headers pasted",
        ),
        bounce_provider_es_unknown,
        "provider",
    ),
    (
        Bounce(
            "bo-es-2",
            "es",
            "soft",
            "4.4.7",
            "pedidos@asadorelroble.example",
            "2032-02-10 13:50",
            False,
            ("01418-31", "411.40"),
            lag_minutes=4 * 60 + 12,
        ),
        bounce_o365_es_delay,
        "o365",
    ),
    (
        Bounce(
            "bo-nl-1",
            "nl",
            "soft",
            "4.7.1",
            "administratie@cafetariadesmulhoek.example",
            "2032-02-04 10:36",
            False,
            ("01311-31", "172.59"),
            lag_minutes=65,
            note="temporary policy deferral (greylisting), plain provider notice",
        ),
        bounce_provider_nl_greylist,
        "provider",
    ),
    (
        Bounce(
            "bo-it-1",
            "it",
            "hard",
            "5.7.1",
            "amministrazione@autofficinamoretti.example",
            "2032-02-09 09:39",
            False,
            ("01362-31", "329.40"),
            note="permanent policy rejection; the original message is pasted inline",
        ),
        bounce_provider_it_policy,
        "provider",
    ),
    (
        Bounce(
            "bo-it-2",
            "it",
            "soft",
            "4.4.2",
            "info@ristorantelapergola-como.example",
            "2032-02-12 10:05",
            False,
            ("01439-31", "268.40"),
            lag_minutes=90,
        ),
        bounce_exim_it_delay,
        "exim",
    ),
]


def build_bounce(b: Bounce, builder: BounceBuilder, style: str) -> Message:
    """The complete delivery report."""
    msg, sender, subject = builder(b)
    host = sender.rsplit("@", 1)[1].rstrip(">").split(" ")[0]
    headers: list[tuple[str, HeaderValue]] = [
        ("From", sender),
        ("To", AR_ADDR),
        ("Subject", encoded_header(subject, "utf-8")),
        ("Date", format_datetime(b.dt)),
        ("Message-ID", f"<{hexid(b.key, 'dsn', 24)}@{host}>"),
        AUTO_REPLIED,
    ]
    if style in {"gmail_dsn", "o365"}:
        headers += [
            ("In-Reply-To", reminder_msgid(b.key)),
            ("References", reminder_msgid(b.key)),
        ]
    extra: list[tuple[str, HeaderValue]] = [
        (name, value) for name, value in msg.items() if name == "X-Failed-Recipients"
    ]
    del msg["X-Failed-Recipients"]
    set_headers(msg, headers + extra)
    strip_inner_versions(msg)
    fix_boundaries(msg, b.key, boundary_for(style))
    return msg


# --------------------------------------------------------------------------------------------
# Labels, file names, checks and output
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One finished message with its label and the facts the checks need."""

    key: str
    msg: Message
    label: dict[str, object]
    when: datetime
    text: str
    client: str
    charset: str
    cte: str


def make_label(intent: str, lang: str, fields: Mapping[str, object]) -> dict[str, object]:
    """A label in the corpus key order, every field not given left null."""
    label: dict[str, object] = {"intent": intent}
    label.update(dict.fromkeys(LABEL_KEYS))
    label.update({k: v for k, v in fields.items() if k in LABEL_KEYS})
    label["invoice_refs"] = list(cast("list[str]", fields.get("invoice_refs", [])))
    label["language"] = lang
    label["note"] = fields.get("note")
    return label


def all_items() -> list[Item]:
    """Every message of the corpus, built."""
    items = [
        Item(
            s.key,
            build_spec(s),
            make_label(s.intent, s.lang, s.label),
            s.dt,
            s.text,
            s.client,
            s.charset,
            s.cte,
        )
        for s in SPECS
    ]
    for b, builder, style in BOUNCES:
        fields: dict[str, object] = {
            "bounce_kind": b.kind,
            "failed_recipient": b.rcpt,
            "bounce_status": b.status,
            "note": b.note,
        }
        items.append(
            Item(
                b.key,
                build_bounce(b, builder, style),
                make_label("bounce", b.lang, fields),
                b.dt,
                "",
                style,
                "",
                "",
            )
        )
    return items


def file_order(keys: list[str]) -> dict[str, str]:
    """File names by a salted hash of each key, so that a name says nothing about the label."""
    ranked = sorted(keys, key=lambda k: hashlib.sha256(f"{SEED}:file:{k}".encode()).hexdigest())
    return {key: f"{PREFIX}-{n:03d}.eml" for n, key in enumerate(ranked, start=1)}


def fail(message: str) -> None:
    """Stop the build with a message."""
    raise SystemExit(f"check failed: {message}")


def squash(text: str) -> str:
    """Text with all runs of whitespace made single spaces, for containment checks."""
    return " ".join(text.split())


def check_parse(name: str, data: bytes, item: Item) -> None:
    """Parse a file back with the modern policy: headers, text parts, no defects."""
    parsed = message_from_bytes(data, policy=policy.default)
    if not isinstance(parsed, EmailMessage):
        fail(f"{name}: not parsed as EmailMessage")
    for required in ("From", "To", "Subject", "Date", "Message-ID"):
        if parsed[required] is None:
            fail(f"{name}: no {required}")
    plain: list[str] = []
    for part in parsed.walk():
        if part.defects:
            fail(f"{name}: defects {part.defects}")
        for header_name, value in part.items():
            if isinstance(value, BaseHeader) and value.defects:
                fail(f"{name}: header {header_name} defects {value.defects}")
            str(value)
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or "\ufffd" in content:
                fail(f"{name}: text part not decoded cleanly")
            plain.append(
                content
                if part.get_content_subtype() != "html"
                else html.unescape(re.sub(r"<[^>]+>", " ", content))
            )
    if item.text:
        expected = latin1(item.text) if item.charset == "iso-8859-1" else item.text
        if not any(squash(expected) in squash(text.replace(" \n", " ")) for text in plain):
            fail(f"{name}: hand-written text not found in any decoded text part")
    date_header = parsed["Date"]
    if date_header is None or date_header.datetime != item.when:
        fail(f"{name}: Date header does not match")


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT = re.compile(r"^\d+\.\d{2}$")
INVOICE = re.compile(r"^SWO \d{5}-(31|32)$")
STATUS = re.compile(r"^[45]\.\d{1,3}\.\d{1,3}$")
EMAIL = re.compile(r"^[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]+$")


def check_label(item: Item) -> None:
    """Shape and consistency of one label."""
    label = item.label
    expected_keys = ["intent", *LABEL_KEYS, "invoice_refs", "language", "note"]
    if list(label) != expected_keys:
        fail(f"{item.key}: label keys {list(label)}")
    intent, lang = str(label["intent"]), str(label["language"])
    if intent not in INTENTS or lang not in LANGS:
        fail(f"{item.key}: intent or language")
    for key in LABEL_KEYS:
        if label[key] is not None and key not in INTENT_FIELDS[intent]:
            fail(f"{item.key}: {key} filled for {intent}")
    day = item.when.date()
    for key in ("promised_date", "paid_date", "return_date"):
        value = label[key]
        if value is None:
            continue
        if not isinstance(value, str) or not ISO_DATE.match(value):
            fail(f"{item.key}: {key} not ISO")
        when = date.fromisoformat(str(value))
        if key == "paid_date" and when > day:
            fail(f"{item.key}: paid in the future")
        if key != "paid_date" and when < day:
            fail(f"{item.key}: {key} in the past")
    if not FIRST_DAY <= day <= LAST_DAY:
        fail(f"{item.key}: dated outside the range")
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        fail(f"{item.key}: amount without currency or the reverse")
    if amount is not None and (not AMOUNT.match(str(amount)) or currency not in {"GBP", "EUR"}):
        fail(f"{item.key}: amount or currency shape")
    contact = label["new_contact"]
    if contact is not None and not EMAIL.match(str(contact)):
        fail(f"{item.key}: new_contact shape")
    refs = cast("list[str]", label["invoice_refs"])
    written = {f"SWO {number}" for number in re.findall(r"SWO (\d{5}-\d{2})", item.text)}
    if not written <= set(refs):
        fail(f"{item.key}: invoice numbers in the text missing from invoice_refs")
    for ref in refs:
        number = ref[4:9]
        if not INVOICE.match(ref) or (
            number not in item.text and number.lstrip("0") not in item.text
        ):
            fail(f"{item.key}: invoice ref {ref} not in the new text")
    if intent == "bounce":
        kind, status = label["bounce_kind"], str(label["bounce_status"])
        if (
            kind not in {"hard", "soft"}
            or not STATUS.match(status)
            or label["failed_recipient"] is None
        ):
            fail(f"{item.key}: bounce fields")
        soft = status.startswith(("4.", "5.2.2"))
        if (kind == "soft") != soft:
            fail(f"{item.key}: bounce kind does not follow the status")


def check_counts(labels: list[dict[str, object]]) -> None:
    """12 per intent; en 30 and 18 for each other language, spread as evenly as possible."""
    cells = Counter((str(x["intent"]), str(x["language"])) for x in labels)
    for intent in INTENTS:
        for lang in LANGS:
            want = 3 if lang == "en" else 1 if SINGLE_LANG[intent] == lang else 2
            if cells[intent, lang] != want:
                fail(f"{intent}/{lang}: {cells[intent, lang]} messages, want {want}")
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        fail(f"bounce kinds {dict(kinds)}")


def check_invoices() -> None:
    """Every invoice number belongs to one customer only."""
    seen: dict[str, str] = {}
    numbers = [(s.key, ref) for s in SPECS for ref, _ in s.invoices] + [
        (b.key, b.invoice[0]) for b, _, _ in BOUNCES
    ]
    extra = [
        (s.key, str(r)[4:])
        for s in SPECS
        for r in cast("list[str]", s.label.get("invoice_refs", []))
    ]
    for key, ref in numbers + extra:
        owner = seen.setdefault(ref, key)
        if owner != key:
            fail(f"invoice {ref} used by {owner} and {key}")


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
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{t}**" for t in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def coverage(items: list[Item]) -> str:
    """A summary of the formats the corpus covers, for the README."""
    clients = Counter(item.client for item in items)
    shapes = Counter(item.msg.get_content_type() for item in items)
    parts = [
        part
        for item in items
        for part in item.msg.walk()
        if part.get_content_maintype() == "text" and "Content-Type" in part
    ]
    charsets = Counter(str(part.get_content_charset()) for part in parts)
    encodings = Counter(
        str(part.get("Content-Transfer-Encoding", "none")).lower() for part in parts
    )
    headers = Counter(
        name
        for item in items
        for name in (
            "In-Reply-To",
            "Auto-Submitted",
            "X-Auto-Response-Suppress",
            "X-Autoreply",
            "Precedence",
            "Cc",
            "Reply-To",
        )
        if item.msg.get(name) is not None
    )
    encoded = 0
    for item in items:
        head = item.msg.as_bytes().split(b"\n\n", 1)[0].replace(b"\n ", b" ").decode("ascii")
        if any(
            line.startswith(("Subject:", "From:")) and "=?" in line for line in head.split("\n")
        ):
            encoded += 1
    return "\n".join(
        [
            f"clients: {dict(sorted(clients.items()))}",
            f"top-level types: {dict(sorted(shapes.items()))}",
            f"text-part charsets: {dict(sorted(charsets.items()))}",
            f"text-part encodings: {dict(sorted(encodings.items()))}",
            f"headers: {dict(sorted(headers.items()))}",
            f"encoded-word Subject or From: {encoded}",
        ]
    )


def write_all() -> tuple[list[dict[str, object]], list[Item]]:
    """Build, check and write every file; return the labels in file order."""
    items = all_items()
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        fail("duplicate keys")
    check_invoices()
    names = file_order(keys)
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[dict[str, object]] = []
    for item in sorted(items, key=lambda i: names[i.key]):
        check_label(item)
        data = item.msg.as_bytes()
        check_parse(names[item.key], data, item)
        (HERE / names[item.key]).write_bytes(data)
        labels.append({"file": names[item.key], **item.label})
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return labels, items


def main() -> int:
    """Rebuild the corpus next to this script and print the count table."""
    labels, items = write_all()
    print(count_table(labels))
    kinds = Counter(str(x["bounce_kind"]) for x in labels if x["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {dict(sorted(kinds.items()))}")
    print(coverage(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
