# ruff: noqa: E501, RUF001
# Hand-written message text is kept one paragraph a line, as a mail client sends it, and it keeps
# the typographic dashes, quotes and apostrophes that people and their clients really type.
"""Build held-out reply corpus 58: `h58-NNN.eml` files and `labels.jsonl`.

Every message answers (or bounces) an overdue-invoice reminder sent by the receivables team of
Brightmoor Security. The new text of each message is written by hand below. The script only adds
what a mail client or a mail server would add: the quoted reminder in the client's layout and
language, headers, MIME structure, charsets and transfer encodings. It writes next to itself and
is deterministic (fixed seed, boundaries and Message-IDs derived from each message's key).
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
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import charset as email_charset
from email import message_from_bytes, policy
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Final, TypedDict

HERE: Final = Path(__file__).resolve().parent
SEED: Final = 58_2026_12_02
FILE_PREFIX: Final = "h58"
AR_NAME: Final = "Brightmoor Receivables"
AR_ADDR: Final = "receivables@brightmoor-security.example"
AR_DOMAIN: Final = "brightmoor-security.example"
AR_MTA: Final = "mail.brightmoor-security.example"
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
LABEL_ORDER: Final = (
    "file",
    "intent",
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
    "invoice_refs",
    "language",
    "note",
)
# Clients fold their own encoded words; the generator must not re-fold ids and user agents.
WIRE_POLICY: Final = policy.compat32.clone(max_line_length=998)
FIRST_DAY: Final = "2026-12-02"
LAST_DAY: Final = "2026-12-30"


class Label(TypedDict):
    """One line of labels.jsonl (key order is the file's column order)."""

    file: str
    intent: str
    promised_date: str | None
    paid_date: str | None
    return_date: str | None
    payment_reference: str | None
    amount: str | None
    currency: str | None
    new_contact: str | None
    bounce_kind: str | None
    failed_recipient: str | None
    bounce_status: str | None
    invoice_refs: list[str]
    language: str
    note: str | None


@dataclass(frozen=True, kw_only=True)
class Facts:
    """What a reader extracts from the customer's new text (everything else stays null)."""

    promised_date: str | None = None
    paid_date: str | None = None
    return_date: str | None = None
    payment_reference: str | None = None
    amount: str | None = None
    currency: str | None = None
    new_contact: str | None = None
    refs: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message from a customer's side, with its labels."""

    key: str
    intent: str
    lang: str
    name: str
    addr: str
    when: str
    client: str
    body: str
    facts: Facts = field(default_factory=Facts)
    invoice: str = "BMS-4127-03"
    amount: str = ""
    reminder_lang: str = ""
    client_lang: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    cc: str = ""
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def dt(self) -> datetime:
        """The message's Date, in the sender's time zone."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def rlang(self) -> str:
        """The language of the reminder being answered."""
        return self.reminder_lang or self.lang

    @property
    def loc(self) -> str:
        """The language of the replying client's own strings (attribution, dividers)."""
        return self.client_lang or self.lang


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder that went to `rcpt`."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    rlang: str
    invoice: str
    queued: int = 2
    note: str | None = None

    @property
    def dt(self) -> datetime:
        """The report's Date."""
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


# --------------------------------------------------------------------------------------------
# Locale strings of the mail clients (what the software writes, not the people)
# --------------------------------------------------------------------------------------------

WEEKDAYS: Final = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
WEEKDAYS_ABBR: Final = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "nl": "ma di wo do vr za zo",
    "it": "lun mar mer gio ven sab dom",
}
MONTHS: Final = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTHS_ABBR: Final = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTRIBUTION: Final = {
    "en": "On {wa}, {d} {ma} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wa}, {d}. {ma} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wa} {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wa}, {d} {ma} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wa} {d} {ma} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wa} {d} {ma} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
APPLE_ATTRIBUTION: Final = {
    "en": "On {d} {ma} {y}, at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {dd}.{mo}.{y} um {HH}:{mm} schrieb {name} <{addr}>:",
    "fr": "Le {d} {ma} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {d} {ma} {y}, a las {H}:{mm}, {name} <{addr}> escribió:",
    "nl": "Op {d} {ma} {y} om {HH}:{mm} heeft {name} <{addr}> het volgende geschreven:",
    "it": "Il giorno {d} {ma} {y}, alle ore {HH}:{mm}, {name} <{addr}> ha scritto:",
}
THUNDERBIRD_ATTRIBUTION: Final = {
    "en": "On {dd}/{mo}/{y} {HH}:{mm}, {name} wrote:",
    "de": "Am {dd}.{mo}.{yy} um {HH}:{mm} schrieb {name}:",
    "fr": "Le {dd}/{mo}/{y} à {HH}:{mm}, {name} a écrit :",
    "es": "El {d}/{mo}/{yy} a las {H}:{mm}, {name} escribió:",
    "nl": "Op {dd}-{mo}-{y} om {HH}:{mm} schreef {name}:",
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_DATE: Final = {
    "en": "{dd} {ml} {y} {HH}:{mm}",
    "de": "{wl}, {d}. {ml} {y} {HH}:{mm}",
    "fr": "{wl} {d} {ml} {y} {HH}:{mm}",
    "es": "{wl}, {d} de {ml} de {y} {H}:{mm}",
    "nl": "{wl} {d} {ml} {y} {HH}:{mm}",
    "it": "{wl} {d} {ml} {y} {HH}:{mm}",
}


@dataclass(frozen=True)
class Divider:
    """The localised labels of a forwarded/quoted header block."""

    rule: str
    frm: str
    sent: str
    to: str
    subject: str
    sep: str


OUTLOOK_DIVIDER: Final = {
    "en": Divider("-----Original Message-----", "From", "Sent", "To", "Subject", ": "),
    "de": Divider("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff", ": "),
    "fr": Divider("-----Message d'origine-----", "De", "Envoyé", "À", "Objet", " : "),
    "es": Divider("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto", ": "),
    "nl": Divider("-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": Divider("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto", ": "),
}
SAMSUNG_DIVIDER: Final = {
    "en": Divider("-------- Original message --------", "From", "Date", "To", "Subject", ": "),
    "de": Divider(
        "-------- Ursprüngliche Nachricht --------", "Von", "Datum", "An", "Betreff", ": "
    ),
    "fr": Divider("-------- Message d'origine --------", "De", "Date", "À", "Objet", " : "),
    "es": Divider("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto", ": "),
    "nl": Divider(
        "-------- Oorspronkelijk bericht --------", "Van", "Datum", "Aan", "Onderwerp", ": "
    ),
    "it": Divider("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto", ": "),
}
SAMSUNG_DATE: Final = {
    "en": "{dd}/{mo}/{y} {HH}:{mm} ({gmt})",
    "de": "{dd}.{mo}.{yy} {HH}:{mm} ({gmt})",
    "fr": "{dd}/{mo}/{y} {HH}:{mm} ({gmt})",
    "es": "{d}/{mo}/{yy} {H}:{mm} ({gmt})",
    "nl": "{dd}-{mo}-{y} {HH}:{mm} ({gmt})",
    "it": "{dd}/{mo}/{y} {HH}:{mm} ({gmt})",
}
REPLY_PREFIX: Final = {
    "en": "RE: ",
    "de": "AW: ",
    "fr": "RE : ",
    "es": "RE: ",
    "nl": "RE: ",
    "it": "R: ",
}
IPHONE_SIGNATURE: Final = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "it": "Inviato da iPhone",
}
GALAXY_SIGNATURE: Final = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
OUTLOOK_IOS_SIGNATURE: Final = {
    "en": "Get Outlook for iOS",
    "de": "Outlook für iOS beziehen",
    "fr": "Obtenir Outlook pour iOS",
    "es": "Obtener Outlook para iOS",
    "nl": "Outlook voor iOS downloaden",
    "it": "Scarica Outlook per iOS",
}
CONTENT_LANGUAGE: Final = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder Brightmoor sent (quoted by the replies, returned inside bounces)
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT: Final = {
    "en": "Overdue invoice {inv} – payment reminder",
    "de": "Zahlungserinnerung zu Rechnung {inv}",
    "fr": "Rappel de paiement – facture {inv}",
    "es": "Aviso de factura vencida {inv}",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Promemoria di pagamento – fattura {inv}",
}
REMINDER_BODY: Final = {
    "en": (
        "Hello,\n\n"
        "This is a reminder that the invoice below is now past its due date and is still open on our ledger.\n\n"
        "Invoice number: {inv}\nInvoice date: 30 October 2026\nDue date: 29 November 2026\nAmount outstanding: {amt}\n\n"
        "If payment is already on its way, please let us know the date and your reference so that we can match it. If something on the invoice looks wrong to you, reply to this message and we will look into it.\n\n"
        "Many thanks,\n\n"
        "Accounts Receivable\nBrightmoor Security Ltd\nAlarms · CCTV · Access control · 24/7 monitoring\n"
        + AR_ADDR
    ),
    "de": (
        "Guten Tag,\n\n"
        "beim Abgleich unserer offenen Posten ist uns aufgefallen, dass die folgende Rechnung noch nicht beglichen ist:\n\n"
        "Rechnungsnummer: {inv}\nRechnungsdatum: 30.10.2026\nFällig seit: 29.11.2026\nOffener Betrag: {amt}\n\n"
        "Falls Sie die Zahlung bereits angewiesen haben, nennen Sie uns bitte Datum und Referenz, damit wir sie zuordnen können. Stimmt etwas mit der Rechnung nicht, antworten Sie einfach auf diese Nachricht.\n\n"
        "Freundliche Grüße\n\n"
        "Forderungsmanagement\nBrightmoor Security\n" + AR_ADDR
    ),
    "fr": (
        "Bonjour,\n\n"
        "Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :\n\n"
        "N° de facture : {inv}\nDate de facture : 30/10/2026\nÉchéance : 29/11/2026\nMontant restant dû : {amt}\n\n"
        "Si le règlement est déjà en cours, merci de nous en indiquer la date et la référence afin que nous puissions le rapprocher. Si un élément de la facture vous semble inexact, répondez simplement à ce message.\n\n"
        "Bien cordialement,\n\n"
        "Service Recouvrement\nBrightmoor Security\n" + AR_ADDR
    ),
    "es": (
        "Buenos días:\n\n"
        "Le escribimos porque la siguiente factura figura como pendiente de pago en nuestra contabilidad:\n\n"
        "N.º de factura: {inv}\nFecha de emisión: 30/10/2026\nVencimiento: 29/11/2026\nImporte pendiente: {amt}\n\n"
        "Si ya ha realizado el pago, le agradeceríamos que nos indicara la fecha y la referencia para poder conciliarlo. Si observa algún error en la factura, conteste a este correo y lo revisaremos.\n\n"
        "Un saludo,\n\n"
        "Departamento de Cobros\nBrightmoor Security\n" + AR_ADDR
    ),
    "nl": (
        "Goedendag,\n\n"
        "Volgens onze administratie is onderstaande factuur nog niet voldaan, terwijl de betalingstermijn is verstreken:\n\n"
        "Factuurnummer: {inv}\nFactuurdatum: 30-10-2026\nVervaldatum: 29-11-2026\nOpenstaand bedrag: {amt}\n\n"
        "Is de betaling al onderweg, laat ons dan de datum en uw kenmerk weten, zodat wij deze kunnen afletteren. Klopt er iets niet aan de factuur, reageer dan op deze e-mail.\n\n"
        "Met vriendelijke groet,\n\n"
        "Debiteurenbeheer\nBrightmoor Security\n" + AR_ADDR
    ),
    "it": (
        "Buongiorno,\n\n"
        "dalle nostre verifiche contabili la fattura indicata di seguito risulta ancora da saldare:\n\n"
        "Fattura n.: {inv}\nData fattura: 30/10/2026\nScadenza: 29/11/2026\nImporto da saldare: {amt}\n\n"
        "Se il pagamento è già stato disposto, vi chiediamo di comunicarci data e riferimento, così da poterlo abbinare. Se qualcosa nella fattura non vi torna, rispondete pure a questa e-mail.\n\n"
        "Cordiali saluti,\n\n"
        "Ufficio Crediti\nBrightmoor Security\n" + AR_ADDR
    ),
}
DEFAULT_AMOUNT: Final = {
    "en": "£1,212.00",
    "de": "1.874,60 €",
    "fr": "1 046,40 €",
    "es": "968,00 €",
    "nl": "€ 1.389,15",
    "it": "€ 1.152,90",
}
# What a Latin-1 client makes of characters outside its charset.
LATIN1_REPLACEMENTS: Final = {
    "–": "-",
    "—": "-",
    "€": "EUR",
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "…": "...",
}


# --------------------------------------------------------------------------------------------
# Small helpers: dates, identifiers, text
# --------------------------------------------------------------------------------------------


def date_fields(loc: str, dt: datetime) -> dict[str, str]:
    """Every piece a client's date template may need, in the client's language."""
    offset = dt.utcoffset() or timedelta(0)
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    return {
        "wa": WEEKDAYS_ABBR[loc].split()[dt.weekday()],
        "wl": WEEKDAYS[loc].split()[dt.weekday()],
        "ma": MONTHS_ABBR[loc].split()[dt.month - 1],
        "ml": MONTHS[loc].split()[dt.month - 1],
        "d": str(dt.day),
        "dd": f"{dt.day:02d}",
        "mo": f"{dt.month:02d}",
        "y": str(dt.year),
        "yy": f"{dt.year % 100:02d}",
        "HH": f"{dt.hour:02d}",
        "H": str(dt.hour),
        "mm": f"{dt.minute:02d}",
        "gmt": f"GMT{hours:+03d}:{rest // 60:02d}",
    }


def render(
    template: str, *, loc: str, dt: datetime, name: str = AR_NAME, addr: str = AR_ADDR
) -> str:
    """Fill a client template with a localised date and the reminder's sender."""
    return template.format(**date_fields(loc, dt), name=name, addr=addr)


def digest(key: str, salt: str) -> bytes:
    """Stable bytes for one message and one purpose."""
    return hashlib.sha256(f"corpus58:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, size: int) -> str:
    """A stable base32 token, as used in boundaries and Message-IDs."""
    return base64.b32encode(digest(key, salt)).decode()[:size]


def reminder_msgid(key: str) -> str:
    """The Message-ID of the reminder a message answers or returns."""
    return f"<rem.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def reminder_time(reply: datetime) -> datetime:
    """The reminder went out early on the last working day before the reply."""
    day = reply - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=7 + day.day % 2, minute=11 + day.day % 37, second=0)


def latin1_text(text: str) -> str:
    """What a client limited to ISO-8859-1 sends instead of the characters it lacks."""
    for wide, narrow in LATIN1_REPLACEMENTS.items():
        text = text.replace(wide, narrow)
    return text


def fit(text: str, charset: str) -> str:
    """Adapt generated text (quoted reminder, subjects) to the client's charset."""
    return latin1_text(text) if charset == "iso-8859-1" else text


def quoted(text: str) -> str:
    """`>` quoting, as plain-text clients do it."""
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_lines(text: str) -> str:
    """Lines joined with <br>, escaped."""
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paragraphs(text: str) -> str:
    """One <p> per paragraph."""
    return "\n".join(f"<p>{html_lines(chunk)}</p>" for chunk in text.split("\n\n"))


def word_paragraphs(text: str) -> str:
    """Word's HTML: one MsoNormal paragraph per line."""
    rows = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        rows.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(rows)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

NO_TRANSFER_ENCODING: Final = 0  # any value other than QP and BASE64: the body goes out as it is
TRANSFER: Final = {
    "qp": email_charset.QP,
    "b64": email_charset.BASE64,
    "8bit": NO_TRANSFER_ENCODING,
    "7bit": NO_TRANSFER_ENCODING,
}


def text_part(text: str, *, subtype: str, charset: str, cte: str) -> Message:
    """A text part in the given charset and transfer encoding (raises if the text does not fit)."""
    text.encode(charset)
    codec = email_charset.Charset(charset)
    codec.body_encoding = TRANSFER[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, codec)
    return part


def encoded_header(value: str, charset: str, *, field: str, b_words: bool = False) -> str:
    """A header value as the client writes it: RFC 2047 words, folded, when it is not ASCII.

    Clients differ in the encoding of UTF-8 words: Outlook, Gmail and Thunderbird use "B",
    Apple Mail and most notice generators "Q".
    """
    if value.isascii():
        return value
    name = charset if charset in {"iso-8859-1", "windows-1252"} else "utf-8"
    try:
        value.encode(name)
    except UnicodeEncodeError:
        name = "utf-8"
    words = email_charset.Charset(name)
    if b_words and name == "utf-8":
        words.header_encoding = email_charset.BASE64
    return Header(value, words, header_name=field).encode()


def mailbox(name: str, addr: str, *, charset: str, b_words: bool) -> str:
    """A From mailbox with an encoded display name when needed."""
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset, field='From', b_words=b_words)} <{addr}>"


def alternative(plain: Message, rich: Message) -> Message:
    """multipart/alternative of a plain and an HTML part."""
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(rich)
    return outer


def move_content_headers_down(msg: Message) -> None:
    """MIME headers come after the envelope headers, as clients write them."""
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value


def inner_parts(part: Message) -> Iterator[Message]:
    """The direct sub-parts of a multipart or message/rfc822 part."""
    if not part.is_multipart():
        return
    payload = part.get_payload()
    if isinstance(payload, list):
        for sub in payload:
            if isinstance(sub, Message):
                yield sub


def drop_inner_versions(part: Message, *, top: bool) -> None:
    """Only the top of a message (or of a returned message) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    nested_top = part.get_content_type() == "message/rfc822"
    for sub in inner_parts(part):
        drop_inner_versions(sub, top=nested_top)


def set_boundaries(msg: Message, *, key: str, prefix: str) -> None:
    """Fixed boundaries, shaped like the sending software's."""
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for number, part in enumerate(multiparts):
        part.set_boundary(f"{prefix}{token(key, f'boundary-{number}', 26)}")


def finish_message(msg: Message, *, key: str, prefix: str) -> Message:
    """Header order, MIME-Version placement and boundaries."""
    move_content_headers_down(msg)
    drop_inner_versions(msg, top=True)
    set_boundaries(msg, key=key, prefix=prefix)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder as each reply sees it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Quoted:
    """The reminder being answered, as the replying client will quote it."""

    text: str
    subject: str
    sent: datetime
    loc: str
    to: str
    charset: str

    def paragraph(self, number: int) -> str:
        """One paragraph of the reminder (for inline replies)."""
        return self.text.split("\n\n")[number]


def reminder_text(lang: str, *, invoice: str, amount: str) -> str:
    """The reminder body Brightmoor sent."""
    return REMINDER_BODY[lang].format(inv=invoice, amt=amount or DEFAULT_AMOUNT[lang])


def reminder_subject(lang: str, invoice: str) -> str:
    """The reminder subject Brightmoor sent."""
    return REMINDER_SUBJECT[lang].format(inv=invoice)


def quoted_reminder(r: Reply) -> Quoted:
    """The reminder seen from the reply's client and charset."""
    text = reminder_text(r.rlang, invoice=r.invoice, amount=r.amount)
    sent = reminder_time(r.dt)
    return Quoted(
        text=fit(text, r.charset),
        subject=fit(reminder_subject(r.rlang, r.invoice), r.charset),
        sent=sent,
        loc=r.loc,
        to=r.addr,
        charset=r.charset,
    )


def header_block(q: Quoted, divider: Divider, date_template: str) -> list[str]:
    """From/Sent/To/Subject lines of a quoted message, localised."""
    sent = render(date_template, loc=q.loc, dt=q.sent)
    return [
        f"{divider.frm}{divider.sep}{AR_NAME} <{AR_ADDR}>",
        f"{divider.sent}{divider.sep}{sent}",
        f"{divider.to}{divider.sep}{q.to}",
        f"{divider.subject}{divider.sep}{q.subject}",
    ]


def outlook_lines(q: Quoted) -> list[str]:
    """The Outlook header block of the quoted reminder."""
    return header_block(q, OUTLOOK_DIVIDER[q.loc], OUTLOOK_DATE[q.loc])


def expand_inline(body: str, q: Quoted) -> str:
    """Replace `[[n]]` lines of an inline reply with the quoted n-th reminder paragraph."""

    def paragraph(match: re.Match[str]) -> str:
        return quoted(q.paragraph(int(match.group(1))))

    return re.sub(r"^\[\[(\d)\]\]$", paragraph, body, flags=re.MULTILINE)


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def plain(r: Reply, text: str, *, cte: str = "") -> Message:
    """A text/plain part in the reply's charset."""
    return text_part(text, subtype="plain", charset=r.charset, cte=cte or r.cte)


def markup(r: Reply, text: str, *, cte: str = "") -> Message:
    """A text/html part in the reply's charset."""
    return text_part(text, subtype="html", charset=r.charset, cte=cte or r.cte)


def word_document(r: Reply, q: Quoted) -> str:
    """Outlook desktop HTML: Word markup and the grey top-border divider."""
    divider = OUTLOOK_DIVIDER[q.loc]
    labels = (divider.frm, divider.sent, divider.to, divider.subject)
    values = [line.split(divider.sep, 1)[1] for line in outlook_lines(q)]
    head = "<br>\n".join(
        f"<b>{html.escape(label)}{html.escape(divider.sep.rstrip())}</b> {html.escape(value)}"
        for label, value in zip(labels, values, strict=True)
    )
    lang = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        f"{word_paragraphs(r.body)}\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><b><span lang="EN-US">{head}</span></b><o:p></o:p></p>\n</div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paragraphs(q.text)}\n</div>\n</body>\n</html>\n"
    )


def client_outlook(r: Reply, q: Quoted) -> Message:
    """Outlook desktop, plain text, with the localised 'Original Message' rule."""
    divider = OUTLOOK_DIVIDER[q.loc]
    text = "\n".join([r.body, "", divider.rule, *outlook_lines(q), "", q.text, ""])
    return plain(r, text)


def outlook_plain_alternative(r: Reply, q: Quoted) -> str:
    """The text/plain half Outlook generates from its HTML."""
    return "\n".join([r.body, "", *outlook_lines(q), "", q.text, ""])


def client_outlook_html(r: Reply, q: Quoted) -> Message:
    """Outlook desktop, HTML with its plain-text alternative."""
    return alternative(plain(r, outlook_plain_alternative(r, q)), markup(r, word_document(r, q)))


def client_outlook_html_only(r: Reply, q: Quoted) -> Message:
    """Outlook set to send HTML only."""
    return markup(r, word_document(r, q))


def owa_document(r: Reply, q: Quoted) -> str:
    """Outlook on the web: elementToProof body and the divRplyFwdMsg header."""
    divider = OUTLOOK_DIVIDER[q.loc]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(divider.sep, 1)[0])}{divider.sep.rstrip()}</b> {html.escape(line.split(divider.sep, 1)[1])}"
        for line in outlook_lines(q)
    )
    return (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_lines(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"{html_paragraphs(q.text)}\n</body>\n</html>\n"
    )


def client_owa(r: Reply, q: Quoted) -> Message:
    """Outlook on the web / new Outlook."""
    text = "\n".join([r.body, "", "_" * 32, *outlook_lines(q), "", q.text, ""])
    return alternative(plain(r, text), markup(r, owa_document(r, q)))


def client_outlook_ios(r: Reply, q: Quoted) -> Message:
    """Outlook for iOS: base64 halves and its localised download line."""
    signature = OUTLOOK_IOS_SIGNATURE[q.loc]
    text = "\n".join([r.body, "", signature, "_" * 32, *outlook_lines(q), "", q.text, ""])
    rich = (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n'
        f'<div dir="ltr">{html_lines(r.body)}</div>\n<div dir="ltr"><br></div>\n'
        f'<div class="ms-outlook-mobile-signature"><div dir="ltr">{html.escape(signature)}</div></div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr">{html_lines(chr(10).join(outlook_lines(q)))}</div>\n'
        f"{html_paragraphs(q.text)}\n</body>\n</html>\n"
    )
    return alternative(plain(r, text, cte="b64"), markup(r, rich, cte="b64"))


def gmail_attribution(q: Quoted) -> str:
    """Gmail's 'On … wrote:' line in the client's language."""
    return render(GMAIL_ATTRIBUTION[q.loc], loc=q.loc, dt=q.sent)


def client_gmail(r: Reply, q: Quoted) -> Message:
    """Gmail web or app: multipart/alternative with gmail_quote."""
    attribution = gmail_attribution(q)
    text = f"{r.body}\n\n{attribution}\n\n{quoted(q.text)}\n"
    rich = (
        f'<div dir="ltr">{html_lines(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        f"{html.escape(attribution)}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paragraphs(q.text)}</blockquote></div>\n"
    )
    return alternative(plain(r, text), markup(r, rich))


def client_gmail_plain(r: Reply, q: Quoted) -> Message:
    """Gmail in plain-text mode."""
    return plain(r, f"{r.body}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n")


def client_bottom(r: Reply, q: Quoted) -> Message:
    """A bottom-posted plain-text reply."""
    return plain(r, f"{gmail_attribution(q)}\n\n{quoted(q.text)}\n\n{r.body}\n")


def apple_attribution(q: Quoted) -> str:
    """Apple Mail's attribution line."""
    return render(APPLE_ATTRIBUTION[q.loc], loc=q.loc, dt=q.sent)


def client_apple(r: Reply, q: Quoted) -> Message:
    """Apple Mail on a Mac, plain text."""
    return plain(r, f"{r.body}\n\n{apple_attribution(q)}\n\n{quoted(q.text)}\n")


def client_iphone(r: Reply, q: Quoted) -> Message:
    """iPhone Mail: signature, then the quoted attribution and reminder."""
    block = quoted(f"{apple_attribution(q)}\n\n{q.text}")
    return plain(r, f"{r.body}\n\n{IPHONE_SIGNATURE[q.loc]}\n\n{block}\n")


def thunderbird_attribution(q: Quoted) -> str:
    """Thunderbird's attribution line."""
    return render(THUNDERBIRD_ATTRIBUTION[q.loc], loc=q.loc, dt=q.sent)


def flowed(r: Reply, text: str) -> Message:
    """Thunderbird's text/plain, format=flowed when it writes UTF-8."""
    part = plain(r, text)
    if r.charset == "utf-8":
        part.set_param("format", "flowed")
    return part


def client_thunderbird(r: Reply, q: Quoted) -> Message:
    """Thunderbird, top-posted."""
    return flowed(r, f"{r.body}\n\n{thunderbird_attribution(q)}\n{quoted(q.text)}\n")


def client_inline(r: Reply, q: Quoted) -> Message:
    """Thunderbird, answered inline between quoted paragraphs of the reminder."""
    return flowed(r, f"{thunderbird_attribution(q)}\n{expand_inline(r.body, q)}\n")


def client_samsung(r: Reply, q: Quoted) -> Message:
    """Samsung Email on Android: signature, then the unquoted original."""
    divider = SAMSUNG_DIVIDER[q.loc]
    block = header_block(q, divider, SAMSUNG_DATE[q.loc])
    text = "\n".join(
        [r.body, "", "", GALAXY_SIGNATURE[q.loc], "", divider.rule, *block, "", q.text, ""]
    )
    return plain(r, text)


def client_notice(r: Reply, q: Quoted) -> Message:
    """An automatic notice in plain text: it quotes nothing."""
    del q
    return plain(r, f"{r.body}\n")


def client_notice_html(r: Reply, q: Quoted) -> Message:
    """An automatic notice sent as HTML only."""
    del q
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n{html_paragraphs(r.body)}\n</body></html>\n'
    )
    return markup(r, page)


def advice_row(line: str) -> str:
    """A 'Label: value' line of a payment advice as a table row."""
    label, _, value = line.partition(": ")
    cells = (html.escape(label.strip(), quote=False), html.escape(value, quote=False))
    return (
        f'<tr><td style="padding:2px 12px 2px 0;color:#555">{cells[0]}</td><td>{cells[1]}</td></tr>'
    )


def advice_block(chunk: str) -> str:
    """A paragraph of a payment advice: a table when it is all 'Label: value' lines."""
    lines = chunk.split("\n")
    if all(": " in line for line in lines):
        rows = "\n".join(advice_row(line) for line in lines)
        return f'<table cellpadding="0" cellspacing="0" style="border-collapse:collapse">\n{rows}\n</table>'
    return f"<p>{html_lines(chunk)}</p>"


def client_advice(r: Reply, q: Quoted) -> Message:
    """A procurement system's payment advice: plain text and an HTML table."""
    del q
    blocks = "\n".join(advice_block(chunk) for chunk in r.body.split("\n\n"))
    page = (
        f'<!DOCTYPE html>\n<html><head><meta charset="{r.charset}"></head>\n'
        '<body style="font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#222">\n'
        f'<div style="max-width:640px;border-top:4px solid #1b4f8a;padding-top:8px">\n{blocks}\n</div>\n</body></html>\n'
    )
    return alternative(plain(r, f"{r.body}\n"), markup(r, page))


CLIENTS: Final[dict[str, Callable[[Reply, Quoted], Message]]] = {
    "outlook": client_outlook,
    "outlook_html": client_outlook_html,
    "outlook_html_only": client_outlook_html_only,
    "owa": client_owa,
    "outlook_ios": client_outlook_ios,
    "gmail": client_gmail,
    "gmail_plain": client_gmail_plain,
    "bottom": client_bottom,
    "apple": client_apple,
    "iphone": client_iphone,
    "thunderbird": client_thunderbird,
    "inline": client_inline,
    "samsung": client_samsung,
    "notice": client_notice,
    "notice_html": client_notice_html,
    "advice": client_advice,
}
MICROSOFT_CLIENTS: Final = frozenset(
    {"outlook", "outlook_html", "outlook_html_only", "owa", "outlook_ios"}
)
NOTICE_CLIENTS: Final = frozenset({"notice", "notice_html", "advice"})
B_WORD_CLIENTS: Final = MICROSOFT_CLIENTS | {
    "gmail",
    "gmail_plain",
    "bottom",
    "thunderbird",
    "inline",
}
CLIENT_HEADERS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "outlook": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22C161)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird"),),
    "inline": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
        ),
    ),
}
BOUNDARY_PREFIX: Final = {
    "gmail": "000000000000",
    "outlook_html": "_000_",
    "owa": "_000_",
    "outlook_ios": "_000_",
    "advice": "----=_Part_",
    "bounce": "",
}


def uuid_text(raw: bytes) -> str:
    """Bytes laid out like a UUID."""
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def gmail_id(key: str, raw: bytes, domain: str) -> str:
    """Gmail's CA…@mail.gmail.com ids."""
    del key, domain
    return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"


def outlook_desktop_id(key: str, raw: bytes, domain: str) -> str:
    """Outlook on an IMAP/POP account: hex fields separated by dollars."""
    del key
    h = raw.hex()
    return f"<00{h[:2]}01db{h[2:6]}${h[6:14]}${h[14:22]}$@{domain}>"


def exchange_online_id(key: str, raw: bytes, domain: str) -> str:
    """Exchange Online: base32-looking local part and a mailbox-server host."""
    del domain
    host = f"{token(key, 'ms-host', 4)}PR0{raw[0] % 9 + 1}MB{raw[1] * 37 % 9000 + 1000}.eurprd0{raw[2] % 8 + 1}.prod.outlook.com"
    return f"<{token(key, 'ms-id', 30)}@{host}>"


def apple_id(key: str, raw: bytes, domain: str) -> str:
    """Apple Mail and iPhone: an upper-case UUID at the sender's domain."""
    del key
    return f"<{uuid_text(raw).upper()}@{domain}>"


def thunderbird_id(key: str, raw: bytes, domain: str) -> str:
    """Thunderbird: a lower-case UUID at the sender's domain."""
    del key
    return f"<{uuid_text(raw)}@{domain}>"


def samsung_id(key: str, raw: bytes, domain: str) -> str:
    """Samsung Email: hex at email.android.com."""
    del key, domain
    return f"<{raw.hex()[:24]}.{raw.hex()[24:32]}@email.android.com>"


def server_id(key: str, raw: bytes, domain: str) -> str:
    """Autoresponders and procurement systems: plain hex at the sender's domain."""
    del key
    return f"<{raw.hex()[:28]}@{domain}>"


MESSAGE_ID_STYLE: Final[dict[str, Callable[[str, bytes, str], str]]] = {
    "gmail": gmail_id,
    "gmail_plain": gmail_id,
    "bottom": gmail_id,
    "outlook": outlook_desktop_id,
    "outlook_html": exchange_online_id,
    "outlook_html_only": exchange_online_id,
    "owa": exchange_online_id,
    "outlook_ios": exchange_online_id,
    "apple": apple_id,
    "iphone": apple_id,
    "thunderbird": thunderbird_id,
    "inline": thunderbird_id,
    "samsung": samsung_id,
}


def reply_msgid(r: Reply) -> str:
    """A Message-ID shaped like the sending client's, derived from the key."""
    style = MESSAGE_ID_STYLE.get(r.client, server_id)
    return style(r.key, digest(r.key, "message-id"), r.addr.split("@")[1])


def microsoft_headers(r: Reply, q: Quoted) -> list[tuple[str, str]]:
    """Thread-Index and, through Exchange, Thread-Topic and the X-MS headers."""
    index = ("Thread-Index", base64.b64encode(digest(r.key, "thread-index")[:22]).decode())
    language = ("Content-Language", CONTENT_LANGUAGE[r.lang])
    if r.client == "outlook":  # desktop Outlook on an IMAP/POP account
        return [index, language]
    topic = (
        "Thread-Topic",
        encoded_header(q.subject, r.charset, field="Thread-Topic", b_words=True),
    )
    return [topic, index, language, ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]


def reply_subject(r: Reply, q: Quoted) -> str:
    """The Subject the client writes."""
    if r.subject:
        return r.subject.format(subject=q.subject)
    prefix = REPLY_PREFIX[q.loc] if r.client in MICROSOFT_CLIENTS else "Re: "
    return prefix + q.subject


def build_reply(r: Reply) -> Message:
    """The complete message for one hand-written reply."""
    q = quoted_reminder(r)
    msg = CLIENTS[r.client](r, q)
    b_words = r.client in B_WORD_CLIENTS
    msg["From"] = mailbox(r.name, r.addr, charset=r.charset, b_words=b_words)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    if r.cc:
        msg["Cc"] = r.cc
    msg["Subject"] = encoded_header(
        reply_subject(r, q), r.charset, field="Subject", b_words=b_words
    )
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = reply_msgid(r)
    if r.client not in NOTICE_CLIENTS:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = microsoft_headers(r, q) if r.client in MICROSOFT_CLIENTS else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = value
    prefix = BOUNDARY_PREFIX.get(r.client, "Apple-Mail=_" if r.client == "apple" else "=_")
    return finish_message(msg, key=r.key, prefix=prefix)


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED: Final = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED: Final = ("Auto-Submitted", "auto-generated")
SUPPRESS_ALL: Final = ("X-Auto-Response-Suppress", "All")

PAYMENT_SENT: Final = [
    Reply(
        key="ps-en-paid",
        intent="payment_sent",
        lang="en",
        name="Lee Darby",
        addr="manager@hillsidefuels.example",
        when="2026-12-09 13:26 +0000",
        client="iphone",
        invoice="BMS-4318-02",
        amount="£486.00",
        body="Paid.",
        facts=Facts(note="one word from a petrol-station manager; no date, amount or reference"),
    ),
    Reply(
        key="ps-en-done",
        intent="payment_sent",
        lang="en",
        name="Mo Rahimi",
        addr="mo@rahimisminimarket.example",
        when="2026-12-22 21:03 +0000",
        client="samsung",
        cte="b64",
        invoice="BMS-4447-01",
        amount="£219.60",
        body="done",
        facts=Facts(note="'done' in answer to an overdue reminder means paid; no date"),
    ),
    Reply(
        key="ps-en-bursar",
        intent="payment_sent",
        lang="en",
        name="Ros Tennant",
        addr="bursar@fernhill-primary.example",
        when="2026-12-07 16:48 +0000",
        client="outlook_html",
        invoice="BMS-4266-01",
        amount="£1,146.00",
        body=(
            "Dear Brightmoor team,\n\n"
            "Apologies for the slow reply – it has been one of those weeks. We had the inspectors in on Tuesday and Wednesday, the nativity dress rehearsal on Thursday, and on top of that the boiler in the Reception block gave up, so the caretaker and I have been juggling fan heaters and parents in roughly equal measure.\n\n"
            "On your reminder: I did chase this after we spoke in November. The governors' finance committee signed off the autumn invoices at their meeting on the 26th and the BACS went out on Friday with the rest of that batch (our ref FPS-BMS-1204, £1,146.00). Payments from the trust's account sometimes take a day or two to clear, so if it hasn't reached you by Wednesday please let me know and I'll chase the trust's finance team.\n\n"
            "While I have you – the camera above the bike shed is still pointing at the sky after the storm. Could someone straighten it when they're next on site? No rush, it's been like that for weeks and nobody has taken a bike yet.\n\n"
            "Best wishes,\n\n"
            "Ros Tennant\nSchool Business Manager / Bursar\nFernhill Primary School\nTel 01632 960 771\n\n"
            "This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete the message. Fernhill Primary School is part of the Wyvern Valley Learning Trust."
        ),
        facts=Facts(
            paid_date="2026-12-04",
            payment_reference="FPS-BMS-1204",
            amount="1146.00",
            currency="GBP",
            note="long reply with the payment buried in the middle; 'on Friday' is the Friday before Mon 7 Dec; the 'if it hasn't reached you' caveat and the camera request do not change the intent",
        ),
    ),
    Reply(
        key="ps-de-coupa",
        intent="payment_sent",
        lang="de",
        name="Kontor Logistik über Coupa",
        addr="do_not_reply@kontor-logistik.coupahost.example",
        when="2026-12-10 19:05 +0100",
        client="advice",
        invoice="BMS-4211-07",
        amount="2.318,40 €",
        subject="Zahlungsavis: Kontor Logistik GmbH hat eine Zahlung an Brightmoor Security veranlasst",
        headers=(AUTO_GENERATED, ("X-Coupa-Notification", "payment_advice")),
        body=(
            "Kontor Logistik GmbH hat eine Zahlung an Sie veranlasst.\n\n"
            "Bitte antworten Sie nicht auf diese E-Mail. Bei Fragen zu dieser Zahlung wenden Sie sich an kreditoren@kontor-logistik.example.\n\n"
            "Lieferant: Brightmoor Security\nZahlungsnummer: ZA-2026-0087413\nZahlungsdatum: 10.12.2026\nZahlungsart: SEPA-Überweisung\nZahlungsbetrag: 2.318,40 EUR\n\n"
            "Rechnungsnummer: BMS-4211-07\nRechnungsdatum: 30.10.2026\nGezahlter Betrag: 2.318,40 EUR\n\n"
            "Die Gutschrift auf Ihrem Konto erfolgt in der Regel innerhalb von drei Bankarbeitstagen.\n\n"
            "Powered by Coupa"
        ),
        facts=Facts(
            paid_date="2026-12-10",
            payment_reference="ZA-2026-0087413",
            amount="2318.40",
            currency="EUR",
            refs=("BMS-4211-07",),
            note="Coupa payment advice with Auto-Submitted: auto-generated; the 'wenden Sie sich an kreditoren@…' line is boilerplate, not a change of contact",
        ),
    ),
    Reply(
        key="ps-de-tankstelle",
        intent="payment_sent",
        lang="de",
        name="Hakan Yıldız",
        addr="tankstelle.yildiz@gmail.com",
        when="2026-12-10 13:07 +0100",
        client="iphone",
        invoice="BMS-4402-05",
        amount="689,00 €",
        body="Hab ich doch schon am Montag überwisen!! Schaut doch erstmal auf euer Konto bevor ihr Mahnungen rausschickt.\n\nH. Yildiz\nTankstelle Yildiz, Hauptstr. 4",
        facts=Facts(
            paid_date="2026-12-07",
            note="irritated, typo 'überwisen'; 'am Montag' is past, the Monday before Thu 10 Dec",
        ),
    ),
    Reply(
        key="ps-fr-ariba",
        intent="payment_sent",
        lang="fr",
        name="SAP Business Network",
        addr="ordersender-prod@ansmtp.ariba.example",
        when="2026-12-15 06:12 +0100",
        client="advice",
        invoice="BMS-4455-11",
        amount="4 870,00 €",
        subject="Avis de paiement de Distrinord Logistique SAS",
        headers=(AUTO_GENERATED,),
        body=(
            "Distrinord Logistique SAS vous a envoyé un avis de paiement via SAP Business Network.\n\n"
            "Numéro d'avis de paiement : 2000451789\nDate de paiement : 15/12/2026\nMode de paiement : Virement SEPA\nMontant net payé : 4 870,00 EUR\n\n"
            "Facture fournisseur : BMS-4455-11\nMontant de la facture : 4 870,00 EUR\nEscompte : 0,00 EUR\n\n"
            "Les fonds seront crédités sur le compte bancaire enregistré dans votre profil fournisseur. Pour consulter le détail, connectez-vous à votre compte SAP Business Network.\n\n"
            "Ce message a été généré automatiquement. Merci de ne pas y répondre."
        ),
        facts=Facts(
            paid_date="2026-12-15",
            payment_reference="2000451789",
            amount="4870.00",
            currency="EUR",
            refs=("BMS-4455-11",),
            note="Ariba payment advice; Auto-Submitted: auto-generated, yet it reports a payment, not an absence",
        ),
    ),
    Reply(
        key="ps-fr-particulier",
        intent="payment_sent",
        lang="fr",
        name="Didier Lemaitre",
        addr="didier.lemaitre56@gmail.com",
        when="2026-12-12 09:40 +0100",
        client="gmail_plain",
        invoice="BMS-4390-02",
        amount="289,00 €",
        body="Bonjour,\nC'est regle, j'ai fait le virement hier soir depuis l'appli de la banque (289 euros). Desole pour le retard, j'etais en deplacement toute la semaine.\nD. Lemaitre",
        facts=Facts(
            paid_date="2026-12-11",
            amount="289.00",
            currency="EUR",
            note="typed without accents; 'c'est réglé' = paid; 'hier soir' is the day before Sat 12 Dec",
        ),
    ),
    Reply(
        key="ps-es-gasolinera",
        intent="payment_sent",
        lang="es",
        name="Marisa Ocaña",
        addr="administracion@eslospinos.example",
        when="2026-12-07 12:31 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        invoice="BMS-4297-08",
        amount="612,50 €",
        body=(
            "Buenos días:\n\n"
            "Les confirmo que la transferencia se realizó el pasado viernes, día 4, por importe de 612,50 euros. En el concepto pusimos el número de factura (BMS-4297-08).\n\n"
            "No les adjunto el justificante porque el banco todavía no lo ha generado; si lo necesitan, me lo dicen y se lo reenvío.\n\n"
            "Un saludo,\n\n"
            "Marisa Ocaña\nAdministración\nE.S. Los Pinos, S.L.\nCtra. de Alcalá, km 14 · 28806 Alcalá de Henares"
        ),
        facts=Facts(paid_date="2026-12-04", amount="612.50", currency="EUR", refs=("BMS-4297-08",)),
    ),
    Reply(
        key="ps-es-colegio",
        intent="payment_sent",
        lang="es",
        name="Julián Beltrán",
        addr="secretaria@colegiosanisidoro.example",
        when="2026-12-16 17:05 +0100",
        client="inline",
        cte="8bit",
        invoice="BMS-4341-04",
        amount="1.120,00 €",
        body=(
            "[[1]]\n\n"
            "Esta factura ya está pagada. Se abonó junto con la de noviembre en una sola transferencia de 1.980,00 €, así que seguramente por eso no les cuadra el importe.\n\n"
            "[[3]]\n\n"
            "La referencia de la transferencia es 0182-7765-SI. Si no la localizan, díganmelo y pido el justificante al banco.\n\n"
            "Saludos,\nJulián Beltrán\nSecretaría – Colegio San Isidoro"
        ),
        facts=Facts(
            payment_reference="0182-7765-SI",
            amount="1980.00",
            currency="EUR",
            note="inline reply; one transfer covered two invoices, so the amount is the transfer total; no date given",
        ),
    ),
    Reply(
        key="ps-nl-woonstichting",
        intent="payment_sent",
        lang="nl",
        name="Sanne Kuipers",
        addr="s.kuipers@woonstichtingdevaart.example",
        when="2026-12-17 15:20 +0100",
        client="owa",
        invoice="BMS-4470-02",
        amount="€ 1.735,80",
        body=(
            "Goedemiddag,\n\n"
            "De factuur is vandaag meegenomen in onze betaalrun. Het bedrag van € 1.735,80 is onder betalingskenmerk BR-2026-50-0312 naar uw rekening overgemaakt; afhankelijk van de bank staat het morgen of maandag bij u bijgeschreven.\n\n"
            "Met vriendelijke groet,\n\n"
            "Sanne Kuipers\nMedewerker Crediteurenadministratie\nWoonstichting De Vaart\n\n"
            "Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht onbedoeld ontvangen, dan verzoeken wij u het te verwijderen en de afzender te informeren."
        ),
        facts=Facts(
            paid_date="2026-12-17",
            payment_reference="BR-2026-50-0312",
            amount="1735.80",
            currency="EUR",
            note="today's payment run has run; 'morgen of maandag bijgeschreven' is the bank's transit time, not a future payment",
        ),
    ),
    Reply(
        key="ps-nl-gisteren",
        intent="payment_sent",
        lang="nl",
        name="Kees Brouwer",
        addr="info@brouwerfietsen.example",
        when="2026-12-02 21:14 +0100",
        client="iphone",
        invoice="BMS-4252-03",
        amount="€ 164,50",
        body="Gisteren betaald.",
        facts=Facts(
            paid_date="2026-12-01", note="two words; 'gisteren' is the day before Wed 2 Dec"
        ),
    ),
    Reply(
        key="ps-it-ferramenta",
        intent="payment_sent",
        lang="it",
        name="Stefano Colombo",
        addr="ferramentacolombo@gmail.com",
        when="2026-12-18 08:55 +0100",
        client="gmail",
        cte="b64",
        invoice="BMS-4388-06",
        amount="€ 740,00",
        body="Buongiorno,\nbonifico fatto ieri pomeriggio, importo 740,00 euro, TRN 1101263520457781. Scusate il ritardo ma sotto le feste in negozio non ci fermiamo un attimo.\nSaluti\n\nStefano Colombo\nFerramenta Colombo snc – Via Garibaldi 22, Lecco",
        facts=Facts(
            paid_date="2026-12-17",
            payment_reference="1101263520457781",
            amount="740.00",
            currency="EUR",
        ),
    ),
]

PROMISE_TO_PAY: Final = [
    Reply(
        key="pp-en-mondayweek",
        intent="promise_to_pay",
        lang="en",
        name="Deepa Raman",
        addr="deepa@ramansstores.example",
        when="2026-12-09 12:18 +0000",
        client="gmail_plain",
        invoice="BMS-4333-01",
        amount="£318.40",
        body="Hi there,\n\nSorry, I know it's late. Cash is tight until the Christmas trade comes in. I'll pay it in full Monday week, you have my word.\n\nDeepa\nRaman's Convenience, 14 Station Parade",
        facts=Facts(
            promised_date="2026-12-21",
            note="'Monday week' written on Wed 9 Dec is Mon 21 Dec, not the 14th",
        ),
    ),
    Reply(
        key="pp-en-checkrun",
        intent="promise_to_pay",
        lang="en",
        name="Brent Kowalczyk",
        addr="bkowalczyk@ridgewaydistribution.example",
        when="2026-12-17 22:40 -0500",
        client="outlook_html",
        invoice="BMS-4419-02",
        amount="£2,185.00",
        body=(
            "Hi there,\n\n"
            "I checked with our AP team in Columbus this afternoon. BMS-4419-02 is approved and queued for Friday's check run, so a check for £2,185.00 will be cut for you then. The UK site's invoices are paid out of our US office, which is why this one took a while.\n\n"
            "If you'd rather be paid by wire going forward, send me your bank details on letterhead and I'll get the vendor record updated.\n\n"
            "Thanks,\nBrent\n\n"
            "Brent Kowalczyk | Regional Facilities Manager\nRidgeway Distribution Group\nColumbus, OH"
        ),
        facts=Facts(
            promised_date="2026-12-18",
            amount="2185.00",
            currency="GBP",
            refs=("BMS-4419-02",),
            note="sent Thu 17 Dec 22:40 −0500 (already Fri 18 Dec in UTC): in the sender's zone 'Friday' is the next day; 'approved' is past tense for a future payment; the bank-details offer is secondary",
        ),
    ),
    Reply(
        key="pp-en-oofsubject",
        intent="promise_to_pay",
        lang="en",
        name="Fiona Gallagher",
        addr="fiona@gallagherpharmacy.example",
        when="2026-12-10 20:31 +0000",
        client="iphone",
        invoice="BMS-4426-01",
        amount="€575.00",
        subject="Out of office till Monday – {subject}",
        body="Hi, I'm out of the office until Monday but saw this on my phone. Not ignoring you! The bank card reader is locked in the shop safe so I can't do it from here – I'll pay it first thing Monday the 14th when I'm back in.\n\nFiona",
        facts=Facts(
            promised_date="2026-12-14",
            note="a person wrote this; 'out of office' in the subject is hers, not an auto-reply",
        ),
    ),
    Reply(
        key="pp-de-kw52",
        intent="promise_to_pay",
        lang="de",
        reminder_lang="en",
        name="Thomas Bergner",
        addr="t.bergner@lzrm-logistik.example",
        when="2026-12-14 11:05 +0100",
        client="outlook_html",
        invoice="BMS-4407-09",
        amount="€3,040.00",
        body=(
            "Guten Tag,\n\n"
            "danke für die Erinnerung. Die Rechnung BMS-4407-09 ist sachlich geprüft und für unseren Zahlungslauf in KW 52 eingeplant.\n\n"
            "Viele Grüße\nThomas Bergner\nFacility Management\n\n"
            "Logistikzentrum Rhein-Main GmbH\nAm Güterbahnhof 7 · 65451 Kelsterbach\nGeschäftsführer: Ralf Henning · Amtsgericht Darmstadt HRB 98214"
        ),
        facts=Facts(
            promised_date="2026-12-21",
            refs=("BMS-4407-09",),
            note="German reply to an English reminder; 'KW 52' (21–27 Dec) → its Monday, as for 'next week'; 'eingeplant' is a participle for a future payment",
        ),
    ),
    Reply(
        key="pp-de-jahresende",
        intent="promise_to_pay",
        lang="de",
        name="Birgit Obermeier",
        addr="b.obermeier@gesamtschule-stadtpark.example",
        when="2026-12-02 09:50 +0100",
        client="thunderbird",
        charset="iso-8859-1",
        cte="8bit",
        invoice="BMS-4294-12",
        body="Sehr geehrte Damen und Herren,\n\ndie Rechnung für die Wartung der Schließanlage liegt beim Schulträger zur Freigabe. Sobald die Haushaltsmittel freigegeben sind, wird sie zum Jahresende angewiesen - früher geht es leider nicht.\n\nMit freundlichen Grüßen\nBirgit Obermeier\nSchulsekretariat Gesamtschule Am Stadtpark",
        facts=Facts(
            promised_date="2026-12-31",
            note="conditional promise (once the budget is released); 'zum Jahresende' = 31 Dec",
        ),
    ),
    Reply(
        key="pp-fr-findemois",
        intent="promise_to_pay",
        lang="fr",
        name="Patrick Morel",
        addr="p.morel@quincaillerie-morel.example",
        when="2026-12-09 18:22 +0100",
        client="iphone",
        invoice="BMS-4376-03",
        amount="436,80 €",
        body="Bonsoir,\nJe vous règle ça fin de mois comme d'habitude, les encaissements de décembre arrivent.\nCordialement\nP. Morel",
        facts=Facts(promised_date="2026-12-31", note="'fin de mois' = 31 Dec"),
    ),
    Reply(
        key="pp-fr-fetes",
        intent="promise_to_pay",
        lang="fr",
        name="Nathalie Delcourt",
        addr="n.delcourt@habitat-cotedopale.example",
        when="2026-12-11 14:47 +0100",
        client="outlook",
        invoice="BMS-4384-07",
        amount="2 215,20 €",
        body=(
            "Bonjour,\n\n"
            "Votre facture a été validée par le responsable de secteur. Le paiement partira entre les fêtes, avec notre dernière campagne de règlements de l'année.\n\n"
            "Bien cordialement,\n\n"
            "Nathalie Delcourt\nGestionnaire comptable fournisseurs\nHabitat Côte d'Opale – Office public de l'habitat\n\n"
            "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite."
        ),
        facts=Facts(
            note="'entre les fêtes' cannot be pinned to a day: date null; 'a été validée' is past tense, the payment is future",
        ),
    ),
    Reply(
        key="pp-es-lunes",
        intent="promise_to_pay",
        lang="es",
        name="Paco Ruiz",
        addr="zapateriaruiz@gmail.com",
        when="2026-12-17 19:03 +0100",
        client="iphone",
        invoice="BMS-4431-07",
        amount="215,00 €",
        body="hola, el lunes te lo pago sin falta q ahora estoy fuera y no llevo la tarjeta de coordenadas del banco. perdona el retraso\nPaco",
        facts=Facts(
            promised_date="2026-12-21",
            note="no capitals or accents; 'el lunes' after Thu 17 Dec",
        ),
    ),
    Reply(
        key="pp-nl-vve",
        intent="promise_to_pay",
        lang="nl",
        name="Marco Jansen",
        addr="penningmeester@vvehavenzicht.example",
        when="2026-12-07 20:12 +0100",
        client="gmail",
        invoice="BMS-4350-02",
        amount="€ 2.104,00",
        body="Beste heer/mevrouw,\n\nAls penningmeester van de VvE laat ik u weten dat wij de factuur uiterlijk de 15e voldoen. De ledenvergadering heeft de post voor het onderhoud van de toegangscontrole pas vorige week goedgekeurd, vandaar de vertraging. Het gaat om € 2.104,00.\n\nMet vriendelijke groet,\nMarco Jansen\nPenningmeester VvE Havenzicht",
        facts=Facts(promised_date="2026-12-15", amount="2104.00", currency="EUR"),
    ),
    Reply(
        key="pp-nl-morgen",
        intent="promise_to_pay",
        lang="nl",
        name="Ruud Hermans",
        addr="ruud@tankstationdekruising.example",
        when="2026-12-22 08:14 +0100",
        client="samsung",
        invoice="BMS-4460-01",
        amount="€ 845,00",
        body="Nee, nog niet betaald, sorry. Morgen gaat het eruit.\nRuud",
        facts=Facts(
            promised_date="2026-12-23",
            note="'niet betaald' is negated; 'morgen' is the day after Tue 22 Dec",
        ),
    ),
    Reply(
        key="pp-it-mandato",
        intent="promise_to_pay",
        lang="it",
        name="Loredana Ferri",
        addr="dsga@icdantealighieri.example",
        when="2026-12-09 11:40 +0100",
        client="outlook",
        invoice="BMS-4302-10",
        amount="€ 1.608,00",
        body=(
            "Gentili signori,\n\n"
            "vi informiamo che il mandato di pagamento relativo alla fattura BMS-4302-10 è stato firmato dal Dirigente Scolastico e sarà trasmesso all'istituto cassiere entro venerdì 11 dicembre.\n\n"
            "Cordiali saluti\n\n"
            "La DSGA\nRag. Loredana Ferri\nIstituto Comprensivo “Dante Alighieri” – Ufficio contabilità"
        ),
        facts=Facts(
            promised_date="2026-12-11",
            refs=("BMS-4302-10",),
            note="'è stato firmato' is past; the payment order goes to the bank by Friday 11 Dec",
        ),
    ),
    Reply(
        key="pp-it-settimana",
        intent="promise_to_pay",
        lang="it",
        name="Elisa Marchetti",
        addr="profumeriaelisa@gmail.com",
        when="2026-12-03 16:30 +0100",
        client="gmail",
        invoice="BMS-4281-05",
        amount="€ 392,00",
        body="Salve, la settimana prossima vi faccio il bonifico, questa settimana ho dovuto pagare i fornitori per Natale. Grazie per la pazienza\nElisa",
        facts=Facts(promised_date="2026-12-07", note="'la settimana prossima' → Monday 7 Dec"),
    ),
]

DISPUTE: Final = [
    Reply(
        key="dp-en-notfitted",
        intent="dispute",
        lang="en",
        name="Ollie Fenwick",
        addr="ollie@fenwickcycles.example",
        when="2026-12-04 10:02 +0000",
        client="gmail",
        invoice="BMS-4291-05",
        amount="£1,380.00",
        body=(
            "Hello,\n\n"
            "We have NOT paid this and we're not going to until the job is actually finished. The invoice is for supplying and fitting four cameras. Two are fitted. The other two are still in their boxes in our stockroom because your engineer cancelled on 12 and 19 November and nobody has rebooked.\n\n"
            "Happy to pay for what's been installed. Send me an invoice for that and book the rest in.\n\n"
            "Ollie Fenwick\nFenwick Cycles"
        ),
        facts=Facts(
            note="negated payment with the reason: the installation is half done; 'happy to pay for what's installed' depends on a new invoice"
        ),
    ),
    Reply(
        key="dp-en-duplicate",
        intent="dispute",
        lang="en",
        name="Marcus Adeyemi",
        addr="m.adeyemi@greenleaha.example",
        when="2026-12-16 14:26 +0000",
        client="outlook_html",
        invoice="BMS-4302-04",
        amount="£374.40",
        body=(
            "Hi,\n\n"
            "I think this one has been billed twice. BMS-4302-04 is for the emergency call-out to the door-entry system at Larch Court on 3 October. The same call-out was invoiced as BMS-4302-01, which we paid on 20 November (our remittance 77301). Same date, same engineer, same job sheet number.\n\n"
            "Can you check and cancel the duplicate please?\n\n"
            "Kind regards,\n\n"
            "Marcus Adeyemi\nHousing Officer – Repairs & Compliance\nGreenlea Housing Association\n0161 496 0352\n\n"
            "Greenlea Housing Association is a registered society and a registered provider of social housing. This email may contain confidential information. If you have received it in error, please tell the sender and delete it."
        ),
        facts=Facts(
            refs=("BMS-4302-04", "BMS-4302-01"),
            note="billed twice for one call-out; the payment and its date belong to the other invoice, so no paid_date",
        ),
    ),
    Reply(
        key="dp-en-partial",
        intent="dispute",
        lang="en",
        name="Alan Pryce",
        addr="alan.pryce@castlegatestorage.example",
        when="2026-12-15 09:18 +0000",
        client="inline",
        cte="8bit",
        invoice="BMS-4409-03",
        amount="£680.00",
        body=(
            "[[1]]\n\n"
            "[[2]]\n\n"
            "Two different things on this invoice. The quarterly monitoring fee (£420.00) is fine and I'll pay that part this week. The £260.00 call-out on 6 November I'm not paying – the fault was the panel you installed in August, it's still under warranty, and your own engineer wrote “faulty PSU – warranty” on the job sheet.\n\n"
            "[[3]]\n\n"
            "Something is wrong, see above. Please credit the call-out line and send me a corrected invoice.\n\n"
            "Alan Pryce\nSite Manager, Castlegate Self Storage"
        ),
        facts=Facts(
            note="inline reply; a promise for the undisputed part and a refused call-out charge: the dispute drives the action"
        ),
    ),
    Reply(
        key="dp-de-menge",
        intent="dispute",
        lang="de",
        name="Frank Aßmann",
        addr="f.assmann@kuehllager-nordhafen.example",
        when="2026-12-04 13:36 +0100",
        client="outlook",
        charset="windows-1252",
        invoice="BMS-4378-02",
        amount="9.744,00 €",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "mit der Rechnung BMS-4378-02 werden uns 14 Dome-Kameras inkl. Montage berechnet. Montiert wurden laut Abnahmeprotokoll vom 22.10.2026 aber nur 12 – die beiden Kameras für Rampe 5 wurden auf unseren Wunsch gestrichen, das steht auch so im Protokoll.\n\n"
            "Wir zahlen den Betrag, sobald eine korrigierte Rechnung über 12 Kameras vorliegt.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Frank Aßmann\nLeiter Facility Management\nKühllager Nordhafen GmbH"
        ),
        facts=Facts(
            refs=("BMS-4378-02",),
            note="quantity billed is wrong; payment only against a corrected invoice",
        ),
    ),
    Reply(
        key="dp-de-wartung",
        intent="dispute",
        lang="de",
        name="Wolfgang Reuter",
        addr="w.reuter62@gmail.com",
        when="2026-12-19 11:47 +0100",
        client="gmail_plain",
        invoice="BMS-4336-08",
        amount="249,00 €",
        body=(
            "Hallo,\n\n"
            "das ist ja wohl ein Witz. Die jaehrliche Wartung der Alarmanlage ist NICHT gemacht worden. Ihr Techniker war fuer den 25.11. angekuendigt, ich habe mir extra frei genommen und es ist niemand gekommen. Kein Anruf, nichts. Und jetzt bekomme ich eine Mahnung?\n\n"
            "Ich zahle fuer keine Wartung, die nicht stattgefunden hat.\n\n"
            "W. Reuter"
        ),
        facts=Facts(note="homeowner typing ae/oe/ue for umlauts; the service was never done"),
    ),
    Reply(
        key="dp-fr-avoir",
        intent="dispute",
        lang="fr",
        name="Sophie Garnier",
        addr="contact@librairieduparvis.example",
        when="2026-12-08 15:12 +0100",
        client="outlook_html",
        invoice="BMS-4359-01",
        amount="762,00 €",
        body=(
            "Bonjour,\n\n"
            "Je ne comprends pas cette relance. Cette facture a été annulée : votre commercial, M. Texier, nous a fait parvenir un avoir du même montant (AV-2026-118) le 20 novembre, suite à l'erreur sur le nombre de détecteurs.\n\n"
            "Merci de vérifier de votre côté et de solder cette facture dans votre comptabilité.\n\n"
            "Cordialement,\n\n"
            "Sophie Garnier\nGérante – Librairie du Parvis\n12, place de la Cathédrale – 80000 Amiens"
        ),
        facts=Facts(note="already cancelled by a credit note"),
    ),
    Reply(
        key="dp-fr-commande",
        intent="dispute",
        lang="fr",
        name="Karim Benali",
        addr="k.benali@rvl-habitat.example",
        when="2026-12-14 10:30 +0100",
        client="owa",
        invoice="BMS-4421-06",
        amount="1 318,80 €",
        body=(
            "Bonjour,\n\n"
            "La facture BMS-4421-06 mentionne notre bon de commande BC-2026-0873. Ce numéro ne correspond à aucune commande passée par nos services : nos bons de commande 2026 commencent tous par « RVL- ». Par ailleurs, la résidence des Tilleuls ne fait plus partie de notre patrimoine depuis sa cession en juillet.\n\n"
            "Nous ne pouvons donc pas régler cette facture. Merci de l'annuler, ou de nous transmettre le bon de commande signé si vous en disposez.\n\n"
            "Cordialement,\n\n"
            "Karim Benali\nChargé de patrimoine\nRésidences du Val de Loire"
        ),
        facts=Facts(
            refs=("BMS-4421-06",),
            note="not our purchase order, and the building is no longer theirs; asking for the signed PO is part of the dispute, not an invoice request",
        ),
    ),
    Reply(
        key="dp-es-precio",
        intent="dispute",
        lang="es",
        name="Rosa Vidal",
        addr="rosa.vidal@gasolinerasvidal.example",
        when="2026-12-03 12:05 +0100",
        client="outlook",
        charset="windows-1252",
        invoice="BMS-4289-09",
        amount="330,00 €",
        body=(
            "Buenos días:\n\n"
            "Revisando la factura vemos que nos cobran la cuota de mantenimiento del sistema de CCTV a 110 € al mes. En el contrato que firmamos en marzo (cláusula 4) la cuota es de 85 € al mes durante los tres primeros años.\n\n"
            "Por favor, emitan una factura rectificativa con el importe correcto y la pagaremos en cuanto la recibamos.\n\n"
            "Un saludo,\nRosa Vidal\nGasolineras Hermanos Vidal, S.L."
        ),
        facts=Facts(
            note="contract price disagreement; the corrected-invoice request and the conditional payment follow from it"
        ),
    ),
    Reply(
        key="dp-es-lector",
        intent="dispute",
        lang="es",
        name="Jordi Ferran",
        addr="jordi@almacenesferran.example",
        when="2026-12-21 09:47 +0100",
        client="gmail",
        invoice="BMS-4395-02",
        amount="1.460,00 €",
        body=(
            "Hola,\n\n"
            "El lector de tarjetas del muelle de carga llegó con la carcasa rota y desde que lo instalaron no lee la mitad de las tarjetas. Lo avisamos el 30 de noviembre (incidencia n.º 5521) y todavía no ha venido nadie.\n\n"
            "No pensamos pagar esta factura hasta que lo cambien por uno que funcione.\n\n"
            "Jordi Ferran\nJefe de almacén\nAlmacenes Ferran"
        ),
        facts=Facts(
            note="damaged equipment; 'no pensamos pagar hasta…' withholds payment until it is replaced"
        ),
    ),
    Reply(
        key="dp-nl-onderhoud",
        intent="dispute",
        lang="nl",
        name="Joost Verhoeven",
        addr="joost@slijterijdedruif.example",
        when="2026-12-09 11:11 +0100",
        client="outlook_html",
        invoice="BMS-4347-05",
        amount="€ 198,00",
        body=(
            "Goedemorgen,\n\n"
            "Op deze factuur staat de jaarlijkse onderhoudsbeurt van ons inbraakalarm. Die heeft niet plaatsgevonden: er is dit jaar niemand van Brightmoor bij ons in de winkel geweest, ook niet na mijn telefoontje in oktober.\n\n"
            "Wij betalen deze factuur pas als de monteur is geweest en het onderhoud ook echt is uitgevoerd.\n\n"
            "Met vriendelijke groet,\nJoost Verhoeven\nSlijterij De Druif, Deventer"
        ),
        facts=Facts(note="service not carried out; payment withheld until it is"),
    ),
    Reply(
        key="dp-it-preventivo",
        intent="dispute",
        lang="it",
        name="Paolo Gallo",
        addr="studio@gallo-amministrazioni.example",
        when="2026-12-14 09:21 +0100",
        client="outlook",
        charset="iso-8859-1",
        invoice="BMS-4398-04",
        amount="€ 1.805,60",
        body=(
            "Spett.le Brightmoor Security,\n\n"
            "in riferimento alla fattura BMS-4398-04 intestata al Condominio Parco dei Tigli, segnaliamo che l'importo fatturato (EUR 1.480,00 + IVA) non corrisponde al preventivo n. 311 del 12/09/2026 approvato dall'assemblea, pari a EUR 1.250,00 + IVA per la sostituzione della centrale antintrusione.\n\n"
            "Vi preghiamo di emettere nota di credito per la differenza. Fino ad allora la fattura resta sospesa.\n\n"
            "Distinti saluti\n\n"
            "Geom. Paolo Gallo\nStudio Gallo Amministrazioni Condominiali"
        ),
        facts=Facts(
            refs=("BMS-4398-04",), note="price above the accepted quote; Latin-1 client writes EUR"
        ),
    ),
    Reply(
        key="dp-it-antifurto",
        intent="dispute",
        lang="it",
        name="Antonio Russo",
        addr="info@gioielleriarusso.example",
        when="2026-12-11 17:58 +0100",
        client="iphone",
        invoice="BMS-4368-01",
        amount="€ 270,00",
        body="Buonasera, l'antifurto del negozio è guasto da tre settimane, suona di notte senza motivo e i vostri tecnici non si sono ancora visti. Il canone di monitoraggio non lo pago finchè non viene riparato. Se venite entro la settimana prossima saldo subito.\nAntonio Russo",
        facts=Facts(
            note="service not working; 'se venite … saldo subito' is a condition, not a dated promise; 'finchè' typed for 'finché'"
        ),
    ),
]

PAYMENT_PLAN: Final = [
    Reply(
        key="pl-en-hardship",
        intent="payment_plan",
        lang="en",
        name="Janet Cole",
        addr="janetcole1958@gmail.com",
        when="2026-12-03 15:40 +0000",
        client="gmail",
        invoice="BMS-4312-09",
        amount="£294.00",
        body=(
            "Dear Sir or Madam,\n\n"
            "I'm sorry this is late. I was made redundant at the end of October and money is very tight at the moment. I don't want to cancel the alarm as I live on my own and it gives me peace of mind.\n\n"
            "Would it be possible to pay £50 a month until the balance is cleared? I can set up a standing order from January.\n\n"
            "Yours faithfully,\nJanet Cole"
        ),
        facts=Facts(note="hardship and monthly instalments"),
    ),
    Reply(
        key="pl-en-split",
        intent="payment_plan",
        lang="en",
        name="Tariq Mahmood",
        addr="tariq@northsidemini.example",
        when="2026-12-14 18:20 +0000",
        client="outlook_ios",
        invoice="BMS-4437-02",
        amount="£712.00",
        body="Hi, can I send £300 now and the other £412 in the second week of January? December's been dead with the roadworks outside the shop. Let me know if that's ok and I'll transfer the first bit straight away.\n\nTariq",
        facts=Facts(
            note="split proposal; the first part waits for agreement, so nothing has been sent"
        ),
    ),
    Reply(
        key="pl-en-settlement",
        intent="payment_plan",
        lang="en",
        name="Derek Shaw",
        addr="derek@shawtimber.example",
        when="2026-12-22 10:05 +0000",
        client="outlook_html",
        invoice="BMS-4415-06",
        amount="£1,340.00",
        body=(
            "Hello,\n\n"
            "Before this goes any further: we were without working CCTV in the yard for most of October while your engineer waited for parts, and we had a break-in on the 17th during that time. I'm not disputing that the work was done in the end, but I don't think the full amount is fair.\n\n"
            "I can offer £900.00 in full and final settlement of the £1,340.00. If that's acceptable I'll pay it before the year end.\n\n"
            "Regards,\n\n"
            "Derek Shaw\nDirector, Shaw Timber & Builders Merchants Ltd"
        ),
        facts=Facts(
            note="offer of a reduced amount; he says he is not disputing the work, so payment_plan; 'before the year end' depends on acceptance, not a promise"
        ),
    ),
    Reply(
        key="pl-de-raten",
        intent="payment_plan",
        lang="de",
        name="Sabine Holtkamp",
        addr="s.holtkamp@blumenhaus-holtkamp.example",
        when="2026-12-02 13:25 +0100",
        client="gmail",
        invoice="BMS-4260-04",
        amount="1.128,00 €",
        body=(
            "Guten Tag,\n\n"
            "ich weiß, dass die Rechnung überfällig ist. Könnten wir den Betrag in drei Monatsraten zahlen, jeweils zum 15. – also Dezember, Januar und Februar? Das Weihnachtsgeschäft fängt gerade erst an und die Kasse ist im Moment leer.\n\n"
            "Über eine kurze Rückmeldung würde ich mich freuen.\n\n"
            "Freundliche Grüße\nSabine Holtkamp\nBlumenhaus Holtkamp"
        ),
        facts=Facts(note="three instalments; the instalment dates are not labelled"),
    ),
    Reply(
        key="pl-de-aufschub",
        intent="payment_plan",
        lang="de",
        name="Jürgen Kessler",
        addr="j.kessler@kessler-immobilien.example",
        when="2026-12-18 12:12 +0100",
        client="outlook_html",
        charset="windows-1252",
        invoice="BMS-4428-03",
        amount="4.206,50 €",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "für die Eigentümergemeinschaft Rosenweg 3–7 bitten wir um Zahlungsaufschub bis Ende Februar 2027. Die Rücklage der WEG ist derzeit durch die Dachsanierung gebunden; die Sonderumlage, aus der Ihre Rechnung bezahlt werden soll, wird erst zum 15.02.2027 fällig.\n\n"
            "Für eine kurze Bestätigung wären wir Ihnen dankbar.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Jürgen Kessler\nKessler Immobilienverwaltung GmbH\nWEG- und Mietverwaltung"
        ),
        facts=Facts(note="asks for more time; the date asked for is not a promised_date"),
    ),
    Reply(
        key="pl-fr-etaler",
        intent="payment_plan",
        lang="fr",
        name="Léa Marchand",
        addr="lea.marchand@epicerie-chezlea.example",
        when="2026-12-28 11:02 +0100",
        client="iphone",
        invoice="BMS-4452-01",
        amount="1 092,00 €",
        body="Bonjour,\nSerait-il possible d'étaler le règlement sur trois mois ? Le cambriolage de septembre (celui qui m'a décidée à installer votre alarme…) a laissé des traces dans ma trésorerie. Je peux faire un premier virement début janvier.\nMerci de votre compréhension,\nLéa Marchand",
        facts=Facts(
            note="spread over three months; 'début janvier' is the first instalment of the plan"
        ),
    ),
    Reply(
        key="pl-es-plazos",
        intent="payment_plan",
        lang="es",
        name="Carmen Soler",
        addr="merceriacarmen@gmail.com",
        when="2026-12-15 10:50 +0100",
        client="gmail",
        invoice="BMS-4412-08",
        amount="584,00 €",
        body="Buenos días,\n\n¿Podría pagarles la factura en dos plazos? La mitad ahora, antes de Navidad, y la otra mitad a mediados de enero. Este año las ventas han ido bastante peor de lo esperado.\n\nMuchas gracias,\nCarmen Soler\nMercería Carmen",
        facts=Facts(note="two instalments asked for"),
    ),
    Reply(
        key="pl-es-paro",
        intent="payment_plan",
        lang="es",
        name="Alberto Gómez",
        addr="albertogomez.bcn@gmail.com",
        when="2026-12-27 22:15 +0100",
        client="iphone",
        invoice="BMS-4440-05",
        amount="356,40 €",
        body="Buenas noches. Estoy en paro desde septiembre y ahora mismo no puedo pagar la factura entera. ¿Me podéis dar un poco más de tiempo o dejarme pagarla poco a poco? No quiero que me corten el servicio de la alarma.\nUn saludo,\nAlberto",
        facts=Facts(note="hardship; more time or instalments"),
    ),
    Reply(
        key="pl-nl-termijnen",
        intent="payment_plan",
        lang="nl",
        name="Anouk de Wit",
        addr="anouk@hetbaasje.example",
        when="2026-12-23 14:05 +0100",
        client="outlook",
        charset="windows-1252",
        invoice="BMS-4449-02",
        amount="€ 500,00",
        body="Goedemiddag,\n\nZou het mogelijk zijn om voor deze factuur een betalingsregeling te treffen? Ik denk aan vier maandelijkse termijnen van € 125,- vanaf januari.\n\nIk hoor graag of dat akkoord is.\n\nMet vriendelijke groet,\nAnouk de Wit\nDierenspeciaalzaak Het Baasje",
        facts=Facts(note="four monthly instalments"),
    ),
    Reply(
        key="pl-nl-uitstel",
        intent="payment_plan",
        lang="nl",
        name="Hans Mulder",
        addr="administratie@bsderegenboog.example",
        when="2026-12-04 09:10 +0100",
        client="gmail",
        invoice="BMS-4279-06",
        amount="€ 1.212,75",
        body="Beste mensen,\n\nKunnen wij uitstel van betaling krijgen tot 15 januari? Ons nieuwe schoolbudget komt pas in januari beschikbaar en het budget voor beveiliging van dit jaar is op.\n\nAls dat akkoord is, zetten we de betaling voor 15 januari klaar.\n\nMet vriendelijke groet,\nHans Mulder\nAdministratie – Basisschool De Regenboog",
        facts=Facts(
            note="asks for an extension; the 15 January payment depends on that being granted, so payment_plan and no promised_date"
        ),
    ),
    Reply(
        key="pl-it-rate",
        intent="payment_plan",
        lang="it",
        name="Gennaro Esposito",
        addr="tabaccheria.esposito@gmail.com",
        when="2026-12-07 12:44 +0100",
        client="gmail_plain",
        invoice="BMS-4318-09",
        amount="€ 960,00",
        body="Buongiorno,\nè possibile rateizzare l'importo in 4 rate mensili a partire da gennaio? Purtroppo dopo il furto di ottobre ho avuto parecchie spese e in questo momento non riesco a pagare tutto insieme.\nAttendo vostra risposta.\nCordiali saluti\nGennaro Esposito",
        facts=Facts(note="four monthly instalments"),
    ),
    Reply(
        key="pl-it-stralcio",
        intent="payment_plan",
        lang="it",
        name="Silvia Bertolini",
        addr="amministrazione@magazzinibertolini.example",
        when="2026-12-30 10:15 +0100",
        client="outlook_html",
        invoice="BMS-4458-10",
        amount="€ 2.960,00",
        body=(
            "Spettabile Brightmoor Security,\n\n"
            "come anticipato telefonicamente al vostro commerciale, l'azienda sta attraversando una fase di tensione finanziaria e ha avviato con le banche un piano di risanamento.\n\n"
            "Per chiudere la posizione vi proponiamo il pagamento di € 2.000,00 a saldo e stralcio dell'importo di € 2.960,00, da versare in un'unica soluzione entro il 31 gennaio 2027.\n\n"
            "Restiamo in attesa di un vostro riscontro.\n\n"
            "Cordiali saluti\n\n"
            "Dott.ssa Silvia Bertolini\nAmministrazione – Magazzini Bertolini S.r.l."
        ),
        facts=Facts(
            note="settlement offer for a reduced amount; the date belongs to the proposal, so no promised_date"
        ),
    ),
]

INVOICE_REQUEST: Final = [
    Reply(
        key="ir-en-po",
        intent="invoice_request",
        lang="en",
        name="Priya Natarajan",
        addr="finance@ashcombeacademy.example",
        when="2026-12-02 11:32 +0000",
        client="outlook_html",
        invoice="BMS-4270-05",
        amount="£2,046.00",
        body=(
            "Good morning,\n\n"
            "We can't pay this as it stands: our finance system rejects any invoice without a purchase order number on it. The PO for the annual fire & intruder alarm service is PO 4500-2231 – could you re-issue BMS-4270-05 quoting that number?\n\n"
            "It would also help to have a statement of everything currently open on our account, as I think there may be another invoice I haven't seen.\n\n"
            "Many thanks,\n\n"
            "Priya Natarajan\nFinance Officer\nAshcombe Academy | part of the Meridian Schools Trust"
        ),
        facts=Facts(
            refs=("BMS-4270-05",),
            note="'can't pay as it stands' is about the missing PO, not a contest of the amount; plus a statement request",
        ),
    ),
    Reply(
        key="ir-en-supplier",
        intent="invoice_request",
        lang="en",
        name="Accounts Payable – Northgate Homes",
        addr="ap@northgatehomes.example",
        when="2026-12-11 09:12 +0000",
        client="owa",
        invoice="BMS-4392-02",
        amount="£866.40",
        body=(
            "Hello,\n\n"
            "Thank you for your email. We're unable to release payment to Brightmoor Security yet because your company is not fully set up on our supplier system following our move to a new finance platform.\n\n"
            "To complete the set-up we need:\n"
            "• your bank details on company letterhead, signed by a director\n"
            "• a copy of your VAT registration certificate\n"
            "• the completed new-supplier form (attached to our email of 2 November)\n\n"
            "Once these are received, the invoice will be released in the next available payment run.\n\n"
            "Kind regards,\n"
            "Accounts Payable Team\nNorthgate Homes\n\n"
            "Northgate Homes will never ask you to change your bank details by email alone. If you receive such a request, please call us on 0113 496 0800."
        ),
        facts=Facts(
            note="documents needed before payment; the release 'in the next available payment run' depends on them"
        ),
    ),
    Reply(
        key="ir-en-resend",
        intent="invoice_request",
        lang="en",
        name="Graham Lowe",
        addr="g.lowe.home@gmail.com",
        when="2026-12-05 10:48 +0000",
        client="iphone",
        invoice="BMS-4301-07",
        amount="£132.00",
        body="Morning. I've never actually received this invoice – not by post and not by email, I've checked the junk folder. Could you send me a copy? Happy to pay it once I've seen what it's for.\n\nGraham Lowe\n12 Orchard Rise",
        facts=Facts(
            note="'happy to pay once I've seen it' is conditional and undated; the action is to resend the invoice"
        ),
    ),
    Reply(
        key="ir-de-xrechnung",
        intent="invoice_request",
        lang="de",
        name="Tanja Schäfer",
        addr="kreditoren@wohnbau-mittelrhein.example",
        when="2026-12-07 08:35 +0100",
        client="outlook",
        invoice="BMS-4362-08",
        amount="3.118,20 €",
        body=(
            "Guten Morgen,\n\n"
            "Ihre Rechnung BMS-4362-08 ist bei uns nur als PDF eingegangen. Wir können Eingangsrechnungen ausschließlich als E-Rechnung (XRechnung oder ZUGFeRD ab Profil EN 16931) verarbeiten. PDF-Rechnungen werden von unserem System nicht angenommen und daher auch nicht zur Zahlung freigegeben.\n\n"
            "Bitte senden Sie die Rechnung erneut im passenden Format an rechnungseingang@wohnbau-mittelrhein.example.\n\n"
            "Mit freundlichen Grüßen\n"
            "Tanja Schäfer\nKreditorenbuchhaltung\nWohnbau Mittelrhein GmbH"
        ),
        facts=Facts(
            refs=("BMS-4362-08",),
            note="e-invoice format required before payment; the e-invoice inbox is where to send the document, not a new contact for collections",
        ),
    ),
    Reply(
        key="ir-fr-chorus",
        intent="invoice_request",
        lang="fr",
        name="Véronique Roussel",
        addr="gestion@college-jeanmoulin.example",
        when="2026-12-10 14:02 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        invoice="BMS-4404-02",
        amount="1 554,00 €",
        body=(
            "Bonjour,\n\n"
            "En tant qu'établissement public, nous ne pouvons pas régler une facture reçue par courriel. Les factures doivent obligatoirement être déposées sur Chorus Pro, avec notre numéro SIRET (194 512 340 00018) et le numéro d'engagement juridique EJ 2026-0457.\n\n"
            "Dès que la facture aura été déposée et validée, le mandatement pourra être effectué.\n\n"
            "Cordialement,\n\n"
            "Véronique Roussel\nAdjointe gestionnaire\nCollège Jean Moulin"
        ),
        facts=Facts(
            note="public body: the invoice must be filed on Chorus Pro before it can be paid"
        ),
    ),
    Reply(
        key="ir-fr-jamaisrecue",
        intent="invoice_request",
        lang="fr",
        name="Émile Caron",
        addr="aujardindemile@gmail.com",
        when="2026-12-21 16:40 +0100",
        client="gmail",
        invoice="BMS-4446-09",
        amount="318,00 €",
        body="Bonjour,\n\nNous n'avons jamais reçu cette facture, ni par courrier ni par mail. Pouvez-vous nous la renvoyer, avec le détail de l'intervention ? Je la transmettrai à mon comptable.\n\nMerci,\nÉmile Caron\nAu Jardin d'Émile, fleuriste",
        facts=Facts(note="never received; resend with details"),
    ),
    Reply(
        key="ir-es-titularidad",
        intent="invoice_request",
        lang="es",
        name="Elena Navarro",
        addr="elena@fincasnavarro.example",
        when="2026-12-09 12:12 +0100",
        client="outlook_html",
        invoice="BMS-4355-03",
        amount="1.842,00 €",
        body=(
            "Buenos días:\n\n"
            "Para poder tramitar el pago de la factura de la Comunidad de Propietarios Residencial Los Almendros necesitamos que nos envíen un certificado de titularidad de la cuenta bancaria emitido por su banco. Es un requisito nuevo de nuestra aseguradora, tras varios intentos de fraude con cambios de IBAN.\n\n"
            "En cuanto lo recibamos, ordenaremos la transferencia.\n\n"
            "Atentamente,\n"
            "Elena Navarro\nAdministración de Fincas Navarro\nColegiada n.º 2145"
        ),
        facts=Facts(
            note="bank-account certificate needed before paying; the payment is conditional and undated"
        ),
    ),
    Reply(
        key="ir-es-extracto",
        intent="invoice_request",
        lang="es",
        name="Luis Ortega",
        addr="ferreteriaortega@gmail.com",
        when="2026-12-23 13:30 +0100",
        client="samsung",
        cte="b64",
        invoice="BMS-4454-06",
        amount="728,20 €",
        body="Buenas, me mandais un extracto con todas las facturas pendientes? Tengo un lio con los papeles de la alarma nueva y la del almacen y no se cual es cual. Cuando lo vea lo pago todo junto.\nLuis",
        facts=Facts(
            note="statement of account; no accents or opening question mark; the payment is conditional and undated"
        ),
    ),
    Reply(
        key="ir-nl-inkooporder",
        intent="invoice_request",
        lang="nl",
        name="Ingrid Bakker",
        addr="facturen@woonkrachtnoord.example",
        when="2026-12-08 10:44 +0100",
        client="outlook_html",
        invoice="BMS-4325-01",
        amount="€ 2.487,30",
        body=(
            "Goedemorgen,\n\n"
            "Uw factuur kan niet worden verwerkt omdat het inkoopordernummer ontbreekt. Wij kunnen alleen facturen betalen die voorzien zijn van een geldig ordernummer; deze opdracht valt onder PO-77120.\n\n"
            "Wilt u de factuur opnieuw indienen met dit nummer? Een creditnota is niet nodig: een nieuwe factuur met hetzelfde bedrag en het ordernummer volstaat.\n\n"
            "Met vriendelijke groet,\n\n"
            "Ingrid Bakker\nTeam Crediteuren\nStichting Woonkracht Noord"
        ),
        facts=Facts(note="reissue with a PO number; the amount is explicitly not contested"),
    ),
    Reply(
        key="ir-nl-waarvoor",
        intent="invoice_request",
        lang="nl",
        name="Wim Dekker",
        addr="wimdekker@gmail.com",
        when="2026-12-13 12:20 +0100",
        client="bottom",
        invoice="BMS-4371-04",
        amount="€ 96,00",
        body="Waar is deze factuur precies voor? Ik heb alleen een abonnement op de meldkamer en dat gaat via automatische incasso. Stuur me even een kopie met uitleg.\n\nWim",
        facts=Facts(
            note="bottom-posted; asks what the charge is and for a copy: the collector answers with the invoice"
        ),
    ),
    Reply(
        key="ir-it-sdi",
        intent="invoice_request",
        lang="it",
        name="Marta Longo",
        addr="contabilita@liceofermi.example",
        when="2026-12-03 10:10 +0100",
        client="outlook",
        invoice="BMS-4288-11",
        amount="€ 2.135,00",
        body=(
            "Spett.le ditta,\n\n"
            "la fattura in oggetto non può essere pagata perché ci è stata inviata in formato PDF. In quanto pubblica amministrazione possiamo accettare esclusivamente fatture elettroniche trasmesse tramite il Sistema di Interscambio, con codice univoco ufficio UF7K2Q e indicazione del CIG Z8A3F21C07.\n\n"
            "Vi preghiamo di riemettere la fattura elettronica con questi dati; provvederemo al pagamento nei termini di legge.\n\n"
            "Distinti saluti\n"
            "Marta Longo\nAssistente amministrativa – Liceo Scientifico “E. Fermi”"
        ),
        facts=Facts(note="electronic invoice via SdI required before payment"),
    ),
    Reply(
        key="ir-it-pec",
        intent="invoice_request",
        lang="it",
        name="Giulia Ferraro",
        addr="otticaferraro@gmail.com",
        when="2026-12-29 11:25 +0100",
        client="gmail",
        invoice="BMS-4463-02",
        amount="€ 412,00",
        body="Buongiorno,\nnon ci risulta di aver ricevuto la fattura, né per posta né nel cassetto fiscale. Potete mandarcela via PEC all'indirizzo otticaferraro@pec.example? Appena arriva la paghiamo.\nGrazie\nGiulia",
        facts=Facts(
            note="resend by certified e-mail; the PEC address is where to send the invoice, not a new contact"
        ),
    ),
]

WRONG_CONTACT: Final = [
    Reply(
        key="wc-en-unmonitored",
        intent="wrong_contact",
        lang="en",
        name="Brookfield Retail Accounts",
        addr="accounts@brookfieldretail.example",
        when="2026-12-02 08:14 +0000",
        client="notice",
        invoice="BMS-4263-08",
        subject="This mailbox is no longer monitored",
        headers=(AUTO_REPLIED,),
        body=(
            "Thank you for your email.\n\n"
            "Please note that this mailbox is no longer monitored and messages sent to it are not read.\n\n"
            "Supplier invoices, statements and payment queries for Brookfield Retail Group should now be sent to payables@brookfieldretail.example.\n\n"
            "Brookfield Retail Group plc"
        ),
        facts=Facts(
            new_contact="payables@brookfieldretail.example",
            note="automatic 'no longer monitored' notice naming the replacement mailbox",
        ),
    ),
    Reply(
        key="wc-en-redirect",
        intent="wrong_contact",
        lang="en",
        name="Finance Department",
        addr="finance@harrowvalehomes.example",
        when="2026-12-28 07:52 +0000",
        client="outlook_html_only",
        invoice="BMS-4441-05",
        amount="£3,915.00",
        body=(
            "Hello,\n\n"
            "Please be advised that our Finance department has migrated to a new email system. With immediate effect, kindly send all invoices, statements and payment reminders for Harrow Vale Homes to our new accounts address: harrowvale.finance.dept@gmail.com\n\n"
            "Do not use this address for any further correspondence as it will be deactivated shortly. Kindly also forward an updated statement of all outstanding invoices to the new address today so that payment can be processed urgently.\n\n"
            "Regards,\n"
            "Finance Department\nHarrow Vale Homes"
        ),
        facts=Facts(
            new_contact="harrowvale.finance.dept@gmail.com",
            note="phishing-like request to redirect mail to a free-mail address; labelled by what it asks (wrong_contact with that address); a collector must verify it by phone before using it",
        ),
    ),
    Reply(
        key="wc-en-caretaker",
        intent="wrong_contact",
        lang="en",
        name="Dave Hollis",
        addr="caretaker@stcolumbasprimary.example",
        when="2026-12-03 07:30 +0000",
        client="iphone",
        invoice="BMS-4277-02",
        amount="£604.80",
        body="Hi, I'm only the caretaker here, I've nothing to do with paying bills. You want Mrs Okafor in the school office – bursar@stcolumbasprimary.example. I'll mention it to her but best email her direct.\n\nDave",
        facts=Facts(new_contact="bursar@stcolumbasprimary.example"),
    ),
    Reply(
        key="wc-de-nachfolgerin",
        intent="wrong_contact",
        lang="de",
        name="Markus Lehnert",
        addr="m.lehnert@wagner-tankstellen.example",
        when="2026-12-08 19:12 +0100",
        client="gmail",
        invoice="BMS-4328-05",
        amount="1.466,00 €",
        body="Guten Abend,\n\nich bin seit dem 31.10. nicht mehr für die Wagner Tankstellen GmbH tätig und kümmere mich daher auch nicht mehr um Rechnungen. Mein Postfach wird demnächst abgeschaltet.\n\nBitte wenden Sie sich an meine Nachfolgerin, Frau Dilara Aksoy: d.aksoy@wagner-tankstellen.example\n\nViele Grüße\nMarkus Lehnert",
        facts=Facts(new_contact="d.aksoy@wagner-tankstellen.example"),
    ),
    Reply(
        key="wc-de-verwalter",
        intent="wrong_contact",
        lang="de",
        name="Petra Sommer",
        addr="info@hv-sommer.example",
        when="2026-12-21 10:40 +0100",
        client="outlook_html",
        charset="windows-1252",
        invoice="BMS-4435-01",
        amount="687,50 €",
        body=(
            "Sehr geehrte Damen und Herren,\n\n"
            "die Verwaltung der Wohnanlage Birkenallee 14–20 ist zum 01.10.2026 auf die Urbana Immobilienmanagement GmbH übergegangen. Wir sind für dieses Objekt nicht mehr zuständig und können Rechnungen dafür weder prüfen noch bezahlen.\n\n"
            "Bitte richten Sie die Rechnung und alle weitere Korrespondenz an den neuen Verwalter:\n"
            "Urbana Immobilienmanagement GmbH, Objektbuchhaltung\nobjektbuchhaltung@urbana-im.example\n\n"
            "Mit freundlichen Grüßen\nPetra Sommer\nHausverwaltung Sommer"
        ),
        facts=Facts(
            new_contact="objektbuchhaltung@urbana-im.example",
            note="change of property manager; 'können … nicht bezahlen' is about responsibility, not a dispute",
        ),
    ),
    Reply(
        key="wc-fr-nonconsultee",
        intent="wrong_contact",
        lang="fr",
        name="Entrepôt Logistique Garonne",
        addr="compta@elg-logistique.example",
        when="2026-12-04 06:03 +0100",
        client="notice_html",
        invoice="BMS-4285-04",
        subject="Message automatique : adresse non consultée",
        headers=(AUTO_REPLIED,),
        body=(
            "Bonjour,\n\n"
            "Cette adresse n'est plus consultée depuis le 1er décembre 2026.\n\n"
            "Pour toute facture, relance ou question relative aux paiements fournisseurs, merci d'écrire désormais à : fournisseurs@elg-logistique.example\n\n"
            "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n\n"
            "Entrepôt Logistique Garonne"
        ),
        facts=Facts(
            new_contact="fournisseurs@elg-logistique.example",
            note="automatic 'address no longer read' notice, HTML only, naming the new address",
        ),
    ),
    Reply(
        key="wc-fr-gardien",
        intent="wrong_contact",
        lang="fr",
        name="Jean-Luc Perrin",
        addr="gardien.capucines@gmail.com",
        when="2026-12-19 10:05 +0100",
        client="samsung",
        invoice="BMS-4429-08",
        amount="924,00 €",
        body="Bonjour\nJe suis le gardien de la résidence, je ne m'occupe pas des factures. C'est le syndic qui paie, le cabinet Lambert : syndic@cabinet-lambert.example. Je leur ai transféré votre message.\nCordialement\nJ-L Perrin",
        facts=Facts(new_contact="syndic@cabinet-lambert.example"),
    ),
    Reply(
        key="wc-es-ventas",
        intent="wrong_contact",
        lang="es",
        name="Pablo Serrano",
        addr="ventas@distlevante.example",
        when="2026-12-29 12:22 +0100",
        client="outlook",
        invoice="BMS-4466-03",
        amount="2.310,00 €",
        body=(
            "Buenos días:\n\n"
            "Esta dirección es la del departamento comercial; no gestionamos pagos a proveedores. Les ruego que envíen la factura y cualquier reclamación de pago a administracion@distlevante.example, que es quien lleva las cuentas.\n\n"
            "Un saludo,\n\n"
            "Pablo Serrano\nDepartamento Comercial\nDistribuciones Levante, S.A."
        ),
        facts=Facts(new_contact="administracion@distlevante.example"),
    ),
    Reply(
        key="wc-es-equivocado",
        intent="wrong_contact",
        lang="es",
        name="Marta Iglesias",
        addr="marta.iglesias.r@gmail.com",
        when="2026-12-11 21:30 +0100",
        client="gmail",
        invoice="BMS-4399-07",
        amount="174,00 €",
        body="Hola,\n\nCreo que se han equivocado de persona. No tengo ninguna alarma con ustedes ni he contratado nunca nada con su empresa. Vivo de alquiler en un piso en Zaragoza. Revisen sus datos, por favor.\n\nMarta",
        facts=Facts(note="wrong recipient altogether, no new address"),
    ),
    Reply(
        key="wc-nl-crediteuren",
        intent="wrong_contact",
        lang="nl",
        reminder_lang="en",
        name="Erik van Dam",
        addr="e.vandam@dcveenendaal.example",
        when="2026-12-10 13:13 +0100",
        client="outlook_html",
        cc="Crediteuren DC Veenendaal <Crediteuren@DCVeenendaal.example>",
        invoice="BMS-4383-06",
        amount="€1,974.00",
        body="Goedemiddag,\n\nIk ben de facilitair manager van het DC en heb geen inzage in onze betalingen. Facturen en herinneringen kunt u sturen naar onze crediteurenadministratie: Crediteuren@DCVeenendaal.example (in de cc).\n\nMet vriendelijke groet,\nErik van Dam\nFacilitair Manager\nDistributiecentrum Veenendaal B.V.",
        facts=Facts(
            new_contact="crediteuren@dcveenendaal.example",
            note="Dutch reply to an English reminder; the address is written in mixed case and copied in Cc, labelled in lower case",
        ),
    ),
    Reply(
        key="wc-nl-boekhouder",
        intent="wrong_contact",
        lang="nl",
        name="Remco de Tol",
        addr="remco@speelgoeddetol.example",
        when="2026-12-14 17:40 +0100",
        client="iphone",
        invoice="BMS-4411-02",
        amount="€ 348,00",
        body="Hoi, ik heb dit doorgestuurd naar Petra van den Berg, zij doet onze boekhouding: petra@vandenbergadministraties.example. Wil je het voortaan direct naar haar sturen?\nGr Remco",
        facts=Facts(new_contact="petra@vandenbergadministraties.example"),
    ),
    Reply(
        key="wc-it-amministratore",
        intent="wrong_contact",
        lang="it",
        name="Carlo Riva",
        addr="studio@rivaamministrazioni.example",
        when="2026-12-16 10:05 +0100",
        client="outlook",
        invoice="BMS-4417-05",
        amount="€ 1.037,00",
        body=(
            "Gentili signori,\n\n"
            "vi comunico che dal 1° novembre 2026 non sono più l'amministratore del Condominio di via Manzoni 18. L'assemblea ha nominato il nuovo amministratore, Studio Rinaldi & Associati, al quale ho già consegnato tutta la documentazione.\n\n"
            "Per la fattura in oggetto e per le prossime comunicazioni vi prego di rivolgervi a: condomini@studiorinaldi.example\n\n"
            "Cordiali saluti\nDott. Carlo Riva"
        ),
        facts=Facts(new_contact="condomini@studiorinaldi.example"),
    ),
]

UNSUBSCRIBE: Final = [
    Reply(
        key="us-en-postonly",
        intent="unsubscribe",
        lang="en",
        name="Keith Marlow",
        addr="kmarlow@marlowservicestation.example",
        when="2026-12-16 20:44 +0000",
        client="gmail_plain",
        invoice="BMS-4413-04",
        amount="£1,020.00",
        body="Stop emailing me. I've told your office twice on the phone that I do not deal with anything by email. Send letters to the address on the contract like every other company does and I'll deal with them.\n\nK. Marlow",
        facts=Facts(note="post only, irritated"),
    ),
    Reply(
        key="us-en-solicitors",
        intent="unsubscribe",
        lang="en",
        name="Harjit Singh",
        addr="harjit@marshlaneconvenience.example",
        when="2026-12-22 11:15 +0000",
        client="outlook",
        invoice="BMS-4379-01",
        amount="£2,460.00",
        body="Dear Sirs,\n\nAs I explained in my letter of 30 November, this matter has been passed to our solicitors. All further correspondence about this account must go through them and not to me or my staff.\n\nPlease do not contact us directly about this invoice again.\n\nHarjit Singh\nDirector\nMarsh Lane Convenience Ltd",
        facts=Facts(note="'through our solicitors', no address given"),
    ),
    Reply(
        key="us-en-paidstop",
        intent="unsubscribe",
        lang="en",
        name="Beth Carroll",
        addr="beth@carrollsflorist.example",
        when="2026-12-14 12:02 +0000",
        client="iphone",
        invoice="BMS-4396-03",
        amount="£148.80",
        body="Paid it last week. Take me off this mailing list please, I don't want any more of these.",
        facts=Facts(
            note="stop request plus a payment claim: unsubscribe beats all but bounce; the payment is not labelled"
        ),
    ),
    Reply(
        key="us-de-verteiler",
        intent="unsubscribe",
        lang="de",
        name="Ursula Brenner",
        addr="u.brenner@brenner-privat.example",
        when="2026-12-04 18:20 +0100",
        client="apple",
        invoice="BMS-4287-06",
        amount="211,00 €",
        body="Sehr geehrte Damen und Herren,\n\nbitte streichen Sie meine E-Mail-Adresse aus Ihrem Verteiler. Ich wünsche keine weiteren E-Mails von Ihnen.\n\nMit freundlichen Grüßen\nU. Brenner",
        facts=Facts(),
    ),
    Reply(
        key="us-de-postweg",
        intent="unsubscribe",
        lang="de",
        name="Dieter Bergmann",
        addr="d.bergmann@autohof-bergmann.example",
        when="2026-12-07 14:50 +0100",
        client="outlook",
        charset="iso-8859-1",
        invoice="BMS-4319-10",
        amount="3.362,00 €",
        body="Sehr geehrte Damen und Herren,\n\nwir haben Ihnen bereits mehrfach mitgeteilt, dass wir Rechnungen, Mahnungen und sonstige Schreiben ausschließlich auf dem Postweg annehmen. Bitte unterlassen Sie künftig Zusendungen an diese E-Mail-Adresse.\n\nMit freundlichen Grüßen\nDieter Bergmann\nGeschäftsführer - Autohof Bergmann GmbH & Co. KG",
        facts=Facts(note="post only"),
    ),
    Reply(
        key="us-fr-retirer",
        intent="unsubscribe",
        lang="fr",
        name="Hélène Vasseur",
        addr="helene.vasseur@gmail.com",
        when="2026-12-17 09:05 +0100",
        client="gmail",
        invoice="BMS-4424-05",
        amount="187,20 €",
        body="Bonjour,\n\nMerci de retirer mon adresse de vos envois et de ne plus m'écrire par courriel. Je ne consulte plus cette boîte que très rarement.\n\nHélène Vasseur",
        facts=Facts(
            note="stop request; 'je ne consulte plus cette boîte' does not make it wrong_contact"
        ),
    ),
    Reply(
        key="us-fr-avocat",
        intent="unsubscribe",
        lang="fr",
        name="Bernard Lefebvre",
        addr="b.lefebvre@relais4routes.example",
        when="2026-12-29 16:30 +0100",
        client="outlook_html",
        invoice="BMS-4385-09",
        amount="2 784,00 €",
        body="Madame, Monsieur,\n\nCe dossier est désormais entre les mains de notre avocate, Maître Isabelle Caradec, au barreau de Rennes. Toute correspondance à ce sujet devra lui être adressée directement.\n\nJe vous demande de cesser de nous relancer par courriel.\n\nBernard Lefebvre\nGérant – SARL Relais des Quatre Routes",
        facts=Facts(note="lawyer named without an address → unsubscribe"),
    ),
    Reply(
        key="us-es-dejen",
        intent="unsubscribe",
        lang="es",
        name="Raquel Domínguez",
        addr="raqueldominguez@gmail.com",
        when="2026-12-02 22:40 +0100",
        client="iphone",
        invoice="BMS-4258-02",
        amount="238,00 €",
        body="Dejen de mandarme correos, ya está pagado desde hace semanas. Es la tercera vez que se lo digo.",
        facts=Facts(note="stop request plus a payment claim: unsubscribe wins"),
    ),
    Reply(
        key="us-nl-afmelden",
        intent="unsubscribe",
        lang="nl",
        name="Jeroen Smits",
        addr="jsmits@smitsbouwmaterialen.example",
        when="2026-12-18 07:12 +0100",
        client="iphone",
        invoice="BMS-4422-07",
        amount="€ 1.506,00",
        body="Afmelden",
        facts=Facts(note="one word"),
    ),
    Reply(
        key="us-nl-perbrief",
        intent="unsubscribe",
        lang="nl",
        name="Gerard Pauwels",
        addr="g.pauwels@rijwielhandelpauwels.example",
        when="2026-12-23 10:02 +0100",
        client="thunderbird",
        cte="8bit",
        invoice="BMS-4450-04",
        amount="€ 276,00",
        body="Geachte heer/mevrouw,\n\nIk wil geen e-mails meer van u ontvangen. Stuurt u uw post voortaan per brief naar ons winkeladres; daar wordt het ook behandeld.\n\nMet vriendelijke groet,\nG. Pauwels\nRijwielhandel Pauwels",
        facts=Facts(note="post only"),
    ),
    Reply(
        key="us-it-lista",
        intent="unsubscribe",
        lang="it",
        name="Franca Bellini",
        addr="franca.bellini@gmail.com",
        when="2026-12-06 11:55 +0100",
        client="gmail",
        invoice="BMS-4293-01",
        amount="€ 158,60",
        body="Vi prego di cancellare il mio indirizzo dalla vostra lista e di non mandarmi più email. Grazie.\nFranca Bellini",
        facts=Facts(),
    ),
    Reply(
        key="us-it-legale",
        intent="unsubscribe",
        lang="it",
        name="Mauro Lorenzi",
        addr="mauro@marketsole.example",
        when="2026-12-24 09:30 +0100",
        client="outlook",
        charset="iso-8859-1",
        invoice="BMS-4405-08",
        amount="€ 1.930,00",
        body="Buongiorno,\n\nla questione è stata affidata al nostro legale. D'ora in poi non scriveteci più a questo indirizzo: per qualsiasi comunicazione rivolgetevi direttamente allo studio dell'avv. Ferretti.\n\nMauro Lorenzi\nMarket Sole",
        facts=Facts(note="'talk to our lawyer', no address → unsubscribe"),
    ),
]

AUTO_REPLY: Final = [
    Reply(
        key="ar-en-newyear",
        intent="auto_reply",
        lang="en",
        name="Claire Whitfield",
        addr="c.whitfield@oakhurstschool.example",
        when="2026-12-21 08:31 +0000",
        client="notice",
        invoice="BMS-4436-02",
        subject="Automatic reply: {subject}",
        headers=(AUTO_GENERATED, SUPPRESS_ALL),
        body=(
            "Thank you for your email. The school is closed for the Christmas holidays and I will not be checking emails until after New Year.\n\n"
            "For urgent site or security matters please call the site team on 01632 960 554.\n\n"
            "Claire Whitfield\nSchool Business Manager, Oakhurst School"
        ),
        facts=Facts(note="'until after New Year' cannot be pinned to a day: return_date null"),
    ),
    Reply(
        key="ar-en-ticket",
        intent="auto_reply",
        lang="en",
        name="Ferris Group Property Services",
        addr="support@ferrispropertyservices.example",
        when="2026-12-08 09:42 +0000",
        client="notice",
        invoice="BMS-4321-06",
        subject="[Ticket #48213] {subject}",
        headers=(("Precedence", "bulk"), ("X-Mailer", "HelpdeskMailer 4.2")),
        body=(
            "Hello,\n\n"
            "Thanks for contacting Ferris Group Property Services. Your message has been logged as ticket #48213 and passed to the relevant team.\n\n"
            "We aim to respond within 3 working days. If you need to add information, reply to this email and keep the ticket number in the subject line.\n\n"
            "Ferris Group Property Services\nThis is an automated message."
        ),
        facts=Facts(
            note="ticket acknowledgement without Auto-Submitted (only Precedence: bulk); no return date"
        ),
    ),
    Reply(
        key="ar-en-nextmonday",
        intent="auto_reply",
        lang="en",
        name="Sunil Varma",
        addr="sunil@varmapetroleum.example",
        when="2026-12-16 11:02 +0000",
        client="notice",
        invoice="BMS-4416-01",
        subject="Annual leave",
        headers=(AUTO_REPLIED,),
        body="Hi,\n\nI'm on annual leave and back next Monday. While I'm away, Nadia (nadia@varmapetroleum.example) can help with anything to do with the forecourt or the accounts.\n\nSunil",
        facts=Facts(
            return_date="2026-12-21",
            note="'next Monday' from Wed 16 Dec = 21 Dec; the colleague's address does not set new_contact",
        ),
    ),
    Reply(
        key="ar-de-urlaub",
        intent="auto_reply",
        lang="de",
        name="Heike Brandt",
        addr="h.brandt@lagerhaus-sued.example",
        when="2026-12-21 07:45 +0100",
        client="notice",
        invoice="BMS-4432-04",
        subject="Automatische Antwort: {subject}",
        headers=(AUTO_GENERATED, SUPPRESS_ALL),
        body=(
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin vom 21.12.2026 bis einschließlich 01.01.2027 nicht im Büro. Ab Montag, dem 04.01.2027, bin ich wieder für Sie erreichbar.\n\n"
            "Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unsere Zentrale unter 0711 955 300.\n\n"
            "Mit freundlichen Grüßen\nHeike Brandt\nLagerhaus Süd GmbH"
        ),
        facts=Facts(
            return_date="2027-01-04",
            note="the stated day back wins over 'bis einschließlich 01.01.'",
        ),
    ),
    Reply(
        key="ar-de-ferien",
        intent="auto_reply",
        lang="de",
        name="Realschule am Burgberg – Sekretariat",
        addr="sekretariat@realschule-burgberg.example",
        when="2026-12-23 12:00 +0100",
        client="notice_html",
        invoice="BMS-4439-07",
        subject="Abwesenheitsnotiz: {subject}",
        headers=(AUTO_REPLIED,),
        body="Sehr geehrte Damen und Herren,\n\ndas Sekretariat der Realschule am Burgberg ist in den Weihnachtsferien und zwischen den Jahren nicht besetzt. Ihre Nachricht wird nach den Ferien bearbeitet.\n\nMit freundlichen Grüßen\nIhr Sekretariatsteam",
        facts=Facts(
            note="'zwischen den Jahren' / 'nach den Ferien' cannot be pinned to a day: return_date null"
        ),
    ),
    Reply(
        key="ar-fr-retour",
        intent="auto_reply",
        lang="fr",
        name="Aurélie Mercier",
        addr="a.mercier@logis-atlantique.example",
        when="2026-12-24 08:00 +0100",
        client="notice",
        invoice="BMS-4443-03",
        subject="Réponse automatique : {subject}",
        headers=(AUTO_GENERATED, SUPPRESS_ALL),
        body=(
            "Bonjour,\n\n"
            "Je suis absente du bureau jusqu'au jeudi 31 décembre inclus. Je serai de retour le lundi 4 janvier et traiterai votre message à ce moment-là.\n\n"
            "Pour toute urgence technique concernant l'un de nos immeubles, merci de contacter l'astreinte au 02 40 00 12 12.\n\n"
            "Aurélie Mercier\nLogis Atlantique"
        ),
        facts=Facts(
            return_date="2027-01-04",
            note="the day back (Mon 4 Jan) wins over 'jusqu'au 31 décembre inclus'",
        ),
    ),
    Reply(
        key="ar-fr-ticket",
        intent="auto_reply",
        lang="fr",
        name="Transports & Entrepôts Ribeiro",
        addr="support@te-ribeiro.example",
        when="2026-12-09 14:31 +0100",
        client="notice_html",
        invoice="BMS-4356-02",
        subject="Accusé de réception – demande n° 2026-11873",
        headers=(AUTO_GENERATED,),
        body=(
            "Bonjour,\n\n"
            "Nous accusons réception de votre message. Votre demande a été enregistrée sous le numéro 2026-11873 et sera traitée par nos équipes dans les meilleurs délais.\n\n"
            "Merci de rappeler ce numéro dans toute correspondance.\n\n"
            "Transports & Entrepôts Ribeiro – Service administratif\nCeci est un message automatique, merci de ne pas y répondre."
        ),
        facts=Facts(note="ticket acknowledgement, HTML only; no return date"),
    ),
    Reply(
        key="ar-es-hasta",
        intent="auto_reply",
        lang="es",
        name="Ignacio Prieto",
        addr="iprieto@colegiomontesol.example",
        when="2026-12-21 09:15 +0100",
        client="notice",
        invoice="BMS-4434-06",
        subject="Respuesta automática: {subject}",
        headers=(AUTO_GENERATED, SUPPRESS_ALL),
        body="Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el 8 de enero, sin acceso al correo. Para asuntos urgentes de administración pueden escribir a secretaria@colegiomontesol.example.\n\nUn saludo,\nIgnacio Prieto\nAdministrador – Colegio Montesol",
        facts=Facts(
            return_date="2027-01-08",
            note="'hasta el 8 de enero' → that date itself; the office address given does not set new_contact",
        ),
    ),
    Reply(
        key="ar-es-autoresp",
        intent="auto_reply",
        lang="es",
        name="Estación de Servicio El Cruce",
        addr="info@escruce.example",
        when="2026-12-26 10:30 +0100",
        client="notice",
        invoice="BMS-4448-01",
        subject="Hemos recibido su mensaje",
        body="Hola,\n\nHemos recibido su correo electrónico. Le responderemos en un plazo de 24 a 48 horas laborables.\n\nGracias por contactar con Estación de Servicio El Cruce.",
        facts=Facts(
            note="autoresponder with no Auto-Submitted or Precedence header; no return date"
        ),
    ),
    Reply(
        key="ar-nl-afwezig",
        intent="auto_reply",
        lang="nl",
        name="Femke Visser",
        addr="f.visser@woonpunt.example",
        when="2026-12-16 10:05 +0100",
        client="notice",
        invoice="BMS-4418-09",
        subject="Automatisch antwoord: {subject}",
        headers=(AUTO_GENERATED, SUPPRESS_ALL),
        body="Dank voor uw bericht.\n\nIk ben tot en met vrijdag 18 december afwezig en vanaf maandag 21 december weer bereikbaar. Uw e-mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nFemke Visser\nWoonpunt – Team Vastgoedbeheer",
        facts=Facts(
            return_date="2026-12-21",
            note="'vanaf maandag 21 december' wins over 't/m vrijdag 18 december'",
        ),
    ),
    Reply(
        key="ar-it-gennaio",
        intent="auto_reply",
        lang="it",
        name="Roberta Conti",
        addr="r.conti@logisticapadana.example",
        when="2026-12-22 17:40 +0100",
        client="notice",
        charset="iso-8859-1",
        invoice="BMS-4438-05",
        subject="Risposta automatica: {subject}",
        headers=(AUTO_GENERATED,),
        body="Buongiorno,\n\nsarò fuori ufficio fino al 7 gennaio con accesso limitato alla posta. Per questioni amministrative urgenti potete contattare l'ufficio al numero 0372 410 220.\n\nCordiali saluti\nRoberta Conti\nLogistica Padana S.p.A.",
        facts=Facts(return_date="2027-01-07", note="'fino al 7 gennaio' → that date itself"),
    ),
    Reply(
        key="ar-it-epifania",
        intent="auto_reply",
        lang="it",
        name="Cooperativa Edilizia La Casa",
        addr="info@coopedilizialacasa.example",
        when="2026-12-24 12:30 +0100",
        client="notice_html",
        invoice="BMS-4444-02",
        subject="Chiusura uffici per festività",
        headers=(AUTO_REPLIED,),
        body="Gentile mittente,\n\ngli uffici della Cooperativa Edilizia La Casa resteranno chiusi per le festività natalizie. Riapriremo dopo l'Epifania e risponderemo alla sua e-mail il prima possibile.\n\nBuone feste!",
        facts=Facts(note="'dopo l'Epifania' cannot be pinned to a day: return_date null"),
    ),
]

OTHER: Final = [
    Reply(
        key="ot-en-question",
        intent="other",
        lang="en",
        name="Nick Lawson",
        addr="nick@lawsonstorage.example",
        when="2026-12-03 14:55 +0000",
        client="gmail",
        invoice="BMS-4274-03",
        amount="£1,596.00",
        body="Didn't we pay this already? I'm sure I saw it go through with the October batch. Can you check your end?\n\nNick",
        facts=Facts(note="a question, not a payment claim: a person checks the ledger and answers"),
    ),
    Reply(
        key="ot-en-moving",
        intent="other",
        lang="en",
        name="Rachel Ng",
        addr="rachel.ng@ngfamily.example",
        when="2026-12-12 13:10 +0000",
        client="apple",
        invoice="BMS-4400-05",
        amount="£204.00",
        body="Hello,\n\nA question about the contract rather than the invoice: we're selling the house and moving out on 18 January. How do I cancel the monitoring contract, and can the new owners take it over instead? Is there a fee for ending it early?\n\nThanks,\nRachel Ng",
        facts=Facts(note="contract question from a homeowner; nothing about paying"),
    ),
    Reply(
        key="ot-en-ringme",
        intent="other",
        lang="en",
        name="Steve Mulligan",
        addr="steve@mulligansgarage.example",
        when="2026-12-07 08:12 +0000",
        client="iphone",
        invoice="BMS-4308-02",
        amount="£445.20",
        body="Third email I've had about this and nobody has answered my phone messages. Can someone from your office actually ring me please. 07700 900 418. Before 10 or after 4.\n\nSteve Mulligan",
        facts=Facts(
            note="irritated call-back request; not a stop request and nothing about payment"
        ),
    ),
    Reply(
        key="ot-de-rueckmeldung",
        intent="other",
        lang="de",
        name="Kathrin Wolff",
        addr="k.wolff@schuhhaus-wolff.example",
        when="2026-12-15 12:40 +0100",
        client="outlook",
        invoice="BMS-4414-07",
        amount="534,00 €",
        body="Guten Tag,\n\nich habe Ihre Nachricht erhalten. Unser Chef ist diese Woche auf einer Messe in Düsseldorf; ich spreche ihn an, sobald er zurück ist, und melde mich bis Freitag bei Ihnen.\n\nFreundliche Grüße\nKathrin Wolff\nFilialleitung Schuhhaus Wolff",
        facts=Facts(note="'melde mich bis Freitag' promises an answer, not a payment"),
    ),
    Reply(
        key="ot-fr-reconduction",
        intent="other",
        lang="fr",
        name="Pascal Royer",
        addr="tabacpresse.royer@gmail.com",
        when="2026-12-14 19:20 +0100",
        client="gmail",
        invoice="BMS-4408-01",
        amount="348,00 €",
        body="Bonsoir,\n\nBien reçu. Au passage, pourriez-vous me dire si le contrat de télésurveillance est reconduit tacitement en janvier ? Je voudrais savoir s'il faut que je vous renvoie quelque chose signé.\n\nPascal Royer\nTabac-Presse Royer",
        facts=Facts(note="acknowledgement and a contract question"),
    ),
    Reply(
        key="ot-fr-deces",
        intent="other",
        lang="fr",
        name="Isabelle Girard",
        addr="isabelle.girard@girard-famille.example",
        when="2026-12-18 11:35 +0100",
        client="outlook_html",
        invoice="BMS-4427-04",
        amount="264,00 €",
        body=(
            "Bonjour,\n\n"
            "Je vous écris au sujet de la facture adressée à mon père, M. Henri Girard. Mon père est décédé le 2 novembre. Je m'occupe avec mon frère des démarches de succession, qui sont suivies par l'étude de Maître Poulain, notaire à Tours.\n\n"
            "Nous ne savons pas encore ce qu'il adviendra de la maison ni de l'alarme. Pourriez-vous suspendre les relances le temps que la situation se clarifie ? Je reviendrai vers vous dès que possible.\n\n"
            "Bien cordialement,\nIsabelle Girard"
        ),
        facts=Facts(
            note="bereavement: asking to pause reminders is not an unsubscribe, and the heir is not a wrong contact; a person must handle it"
        ),
    ),
    Reply(
        key="ot-es-llamadme",
        intent="other",
        lang="es",
        name="Manuel Cortés",
        addr="manuelcortes.taller@gmail.com",
        when="2026-12-09 13:20 +0100",
        client="iphone",
        invoice="BMS-4351-08",
        amount="402,00 €",
        body="Buenas, llamadme cuando podáis al 612 345 678, es por lo de la alarma y esta factura. Por correo no me aclaro.\nManuel",
        facts=Facts(note="call-back request without saying what is wrong"),
    ),
    Reply(
        key="ot-es-traslado",
        intent="other",
        lang="es",
        name="Lucía Herrera",
        addr="lucia@opticamiramar.example",
        when="2026-12-28 12:45 +0100",
        client="outlook_html",
        invoice="BMS-4451-03",
        amount="615,00 €",
        body="Buenos días:\n\nLes escribo porque en febrero trasladamos la tienda a un local nuevo en la misma calle (número 27). ¿Qué tenemos que hacer con el contrato y con el sistema de alarma instalado? ¿Lo pueden desmontar y volver a montar ustedes, y cuánto costaría?\n\nGracias y un saludo,\nLucía Herrera\nÓptica Miramar",
        facts=Facts(note="relocation question in the reminder thread; nothing about the invoice"),
    ),
    Reply(
        key="ot-nl-feestdagen",
        intent="other",
        lang="nl",
        name="Marieke Smit",
        addr="m.smit@montessorizuid.example",
        when="2026-12-22 15:15 +0100",
        client="outlook",
        invoice="BMS-4445-06",
        amount="€ 732,00",
        body="Beste,\n\nUw bericht is ontvangen. Ik kijk er na de feestdagen naar en kom er dan bij u op terug.\n\nGroet,\nMarieke Smit\nAdministratie Montessorischool Zuid",
        facts=Facts(note="'ik kom erop terug' promises an answer, not a payment"),
    ),
    Reply(
        key="ot-nl-offerte",
        intent="other",
        lang="nl",
        name="Bas Koster",
        addr="conciergerie@dewilgenhof.example",
        when="2026-12-03 10:35 +0100",
        client="gmail",
        invoice="BMS-4276-09",
        amount="€ 1.008,00",
        body="Goedemorgen,\n\nLos van deze factuur: wij willen volgend jaar ook camera's bij de fietsenstalling laten plaatsen. Kan iemand van jullie langskomen voor een offerte? Ik ben elke ochtend op school.\n\nGroeten,\nBas Koster\nConciërge, Basisschool De Wilgenhof",
        facts=Facts(
            note="sales question from the caretaker; he does not say he is the wrong contact"
        ),
    ),
    Reply(
        key="ot-it-ospedale",
        intent="other",
        lang="it",
        name="Chiara Marino",
        addr="edicolamarino@gmail.com",
        when="2026-12-05 09:12 +0100",
        client="gmail_plain",
        invoice="BMS-4286-02",
        amount="€ 186,00",
        body="Buongiorno, sono la figlia del titolare. Mio padre è ricoverato in ospedale da dieci giorni e non sta seguendo il negozio. Appena si riprende gli faccio vedere la vostra mail e vi faremo sapere.\nChiara Marino",
        facts=Facts(note="owner in hospital; 'vi faremo sapere' is no commitment to pay"),
    ),
    Reply(
        key="ot-it-okgrazie",
        intent="other",
        lang="it",
        name="Davide Pellegrini",
        addr="d.pellegrini@pellegrinicarburanti.example",
        when="2026-12-15 18:45 +0100",
        client="iphone",
        invoice="BMS-4410-04",
        amount="€ 523,80",
        body="ok grazie",
        facts=Facts(note="bare acknowledgement; not a payment claim or a promise"),
    ),
]

REPLIES: Final = [
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
# Bounces: generated report skeletons, hand-written human-readable parts
# --------------------------------------------------------------------------------------------


def reminder_sent_at(b: Bounce) -> datetime:
    """When the bounced reminder left Brightmoor."""
    return b.dt - timedelta(minutes=b.queued)


def sent_reminder(b: Bounce) -> Message:
    """The reminder exactly as Brightmoor's server sent it to the failed recipient."""
    msg = text_part(
        reminder_text(b.rlang, invoice=b.invoice, amount=""),
        subtype="plain",
        charset="utf-8",
        cte="qp",
    )
    msg["Return-Path"] = f"<{AR_ADDR}>"
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = b.rcpt
    msg["Subject"] = encoded_header(reminder_subject(b.rlang, b.invoice), "utf-8", field="Subject")
    msg["Date"] = format_datetime(reminder_sent_at(b))
    msg["Message-ID"] = reminder_msgid(b.key)
    return finish_message(msg, key=b.key, prefix="")


def reminder_headers_text(b: Bounce) -> str:
    """The returned message's header block."""
    return "".join(f"{name}: {value}\n" for name, value in sent_reminder(b).items())


def dsn_block(fields: list[tuple[str, str]]) -> Message:
    """One group of delivery-status fields."""
    block = Message()
    for name, value in fields:
        block[name] = value
    return block


@dataclass(frozen=True, kw_only=True)
class Report:
    """What the reporting MTA puts in message/delivery-status."""

    mta: str
    action: str
    diagnostic: str
    remote: str = ""


def delivery_status(b: Bounce, report: Report) -> Message:
    """The message/delivery-status part (RFC 3464)."""
    per_message = [
        ("Reporting-MTA", f"dns; {report.mta}"),
        ("Arrival-Date", format_datetime(reminder_sent_at(b))),
    ]
    per_recipient = [
        ("Final-Recipient", f"rfc822; {b.rcpt}"),
        ("Original-Recipient", f"rfc822;{b.rcpt}"),
        ("Action", report.action),
        ("Status", b.status),
    ]
    if report.remote:
        per_recipient.append(("Remote-MTA", f"dns; {report.remote}"))
    per_recipient += [
        ("Diagnostic-Code", f"smtp; {report.diagnostic}"),
        ("Last-Attempt-Date", format_datetime(b.dt)),
    ]
    if report.action == "delayed":
        per_recipient.append(
            ("Will-Retry-Until", format_datetime(reminder_sent_at(b) + timedelta(days=3)))
        )
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload([dsn_block(per_message), dsn_block(per_recipient)])
    return part


def returned_headers(b: Bounce) -> Message:
    """text/rfc822-headers with the reminder's headers."""
    return text_part(
        reminder_headers_text(b), subtype="rfc822-headers", charset="us-ascii", cte="7bit"
    )


def returned_message(b: Bounce) -> Message:
    """message/rfc822 with the whole reminder."""
    return MIMEMessage(sent_reminder(b))


def report_of(parts: list[Message]) -> Message:
    """multipart/report; report-type=delivery-status."""
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def described(part: Message, description: str) -> Message:
    """Add a Content-Description, as Postfix does."""
    part["Content-Description"] = description
    return part


@dataclass(frozen=True, kw_only=True)
class Envelope:
    """The report's own From and Subject."""

    sender: str
    subject: str


def finish_bounce(b: Bounce, msg: Message, envelope: Envelope) -> Message:
    """Headers of a delivery report."""
    msg["From"] = envelope.sender
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(envelope.subject, "utf-8", field="Subject")
    msg["Date"] = format_datetime(b.dt)
    host = envelope.sender.rsplit("@", 1)[1].split(">")[0].split(" ")[0]
    msg["Message-ID"] = f"<{token(b.key, 'report', 20).lower()}@{host}>"
    msg["Auto-Submitted"] = "auto-replied"
    return finish_message(msg, key=b.key, prefix="=_report_")


def human_alternative(text: str) -> Message:
    """Plain and HTML halves of an Exchange or Gmail notice."""
    paragraphs = "".join(f"<p>{html_lines(chunk)}</p>\n" for chunk in text.split("\n\n"))
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body style="font-family:Segoe UI,Arial,sans-serif">\n{paragraphs}</body></html>\n'
    return alternative(
        text_part(text, subtype="plain", charset="utf-8", cte="qp"),
        text_part(page, subtype="html", charset="utf-8", cte="qp"),
    )


def bounce_postfix(b: Bounce) -> Message:
    """Brightmoor's Postfix returns the reminder: user unknown at the customer's MX."""
    human = (
        f"This is the mail system at host {AR_MTA}.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{b.rcpt}>: host mx.brackenridgestores.example[203.0.113.18] said:\n"
        f"    550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in\n"
        "    relay recipient table (in reply to RCPT TO command)\n"
    )
    diagnostic = (
        f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in relay recipient table"
    )
    parts = [
        described(
            text_part(human, subtype="plain", charset="us-ascii", cte="7bit"), "Notification"
        ),
        described(
            delivery_status(
                b,
                Report(
                    mta=AR_MTA,
                    action="failed",
                    diagnostic=diagnostic,
                    remote="mx.brackenridgestores.example",
                ),
            ),
            "Delivery report",
        ),
        described(returned_message(b), "Undelivered Message"),
    ]
    sender = f"MAILER-DAEMON@{AR_MTA} (Mail Delivery System)"
    return finish_bounce(
        b, report_of(parts), Envelope(sender=sender, subject="Undelivered Mail Returned to Sender")
    )


def bounce_sendmail_delay(b: Bounce) -> Message:
    """The customer's sendmail relay warns that the reminder is stuck on its way inside."""
    arrived = reminder_sent_at(b).strftime("%a, %d %b %Y %H:%M:%S GMT")
    human = (
        "    **********************************************\n"
        "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
        "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
        "    **********************************************\n\n"
        f"The original message was received at {arrived}\nfrom {AR_MTA} [198.51.100.25]\n\n"
        "   ----- Transcript of session follows -----\n"
        f"<{b.rcpt}>... Deferred: Connection timed out with exch01.hollinsworth.internal.\n"
        "Warning: message still undelivered after 4 hours\n"
        "Will keep trying until message is 5 days old\n"
    )
    report = Report(
        mta="mx1.hollinsworthwarehousing.example",
        action="delayed",
        diagnostic="4.4.7 Deferred: Connection timed out with exch01.hollinsworth.internal",
        remote="exch01.hollinsworth.internal",
    )
    parts = [
        text_part(human, subtype="plain", charset="us-ascii", cte="7bit"),
        delivery_status(b, report),
        returned_headers(b),
    ]
    envelope = Envelope(
        sender="Mail Delivery Subsystem <MAILER-DAEMON@mx1.hollinsworthwarehousing.example>",
        subject="Warning: could not send message for past 4 hours",
    )
    return finish_bounce(b, report_of(parts), envelope)


def bounce_qmail(b: Bounce) -> Message:
    """A school's qmail server: no MIME, the reminder copied below the notice."""
    original = sent_reminder(b).as_string(policy=WIRE_POLICY)
    text = (
        "Hi. This is the qmail-send program at mail.ashdownvillageschool.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{b.rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{AR_ADDR}>\n"
        f"Received: (qmail 28817 invoked from network); {format_datetime(reminder_sent_at(b))}\n"
        f"{original.split(chr(10), 1)[1]}\n"
    )
    msg = Message()
    msg.set_payload(text)
    return finish_bounce(
        b,
        msg,
        Envelope(
            sender="MAILER-DAEMON@mail.ashdownvillageschool.example", subject="failure notice"
        ),
    )


def bounce_exchange_de(b: Bounce) -> Message:
    """A forwarding company's on-premises Exchange: recipient not found, in German."""
    diagnostic = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {b.rcpt} not found by SMTP address lookup"
    human = (
        "Ihre Nachricht konnte an folgende Empfänger oder Gruppen nicht übermittelt werden:\n\n"
        f"{b.rcpt}\n"
        "Die E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die Schreibweise der Empfängeradresse und senden Sie die Nachricht erneut. Sollte das Problem weiterhin bestehen, wenden Sie sich an Ihren Helpdesk.\n\n"
        "Diagnoseinformationen für Administratoren:\n\n"
        "Generierender Server: EXHUB02.spedition-hollmann.internal\n\n"
        f"{b.rcpt}\nDer Remoteserver hat „{diagnostic}“ zurückgegeben."
    )
    report = Report(
        mta="EXHUB02.spedition-hollmann.internal", action="failed", diagnostic=diagnostic
    )
    parts = [human_alternative(human), delivery_status(b, report), returned_headers(b)]
    envelope = Envelope(
        sender="Microsoft Outlook <postmaster@spedition-hollmann.example>",
        subject=f"Unzustellbar: {reminder_subject(b.rlang, b.invoice)}",
    )
    return finish_bounce(b, report_of(parts), envelope)


def bounce_exim_de(b: Bounce) -> Message:
    """A German hosting company's backup MX (Exim with a German template): still queued."""
    text = (
        "Diese Nachricht wurde automatisch vom Mailsystem erzeugt.\n"
        "Eine von Ihnen gesendete Nachricht liegt seit mehr als 4 Stunden in der Warteschlange\n"
        "von mx02.webhost-nordbayern.example und konnte noch nicht an alle Empfänger zugestellt werden.\n\n"
        "Kennung der Nachricht:  1wQf3K-0007Zr-9D\n"
        f"Betreff der Nachricht:  {reminder_subject(b.rlang, b.invoice)}\n"
        f"Datum der Nachricht:    {format_datetime(reminder_sent_at(b))}\n\n"
        "Noch nicht zugestellt an:\n\n"
        f"  {b.rcpt}\n"
        "    Host mail.tankstelle-gruenwald.example [192.0.2.87]\n"
        f"    Grund der Verzögerung: SMTP-Fehler nach RCPT TO:<{b.rcpt}>:\n"
        "    451 4.4.1 Zeitüberschreitung beim Verbindungsaufbau\n\n"
        "Sie müssen nichts unternehmen. Die Zustellung wird noch einige Zeit weiter versucht,\n"
        "und diese Warnung kann sich in Abständen wiederholen. Gelingt die Zustellung endgültig\n"
        "nicht, erhalten Sie die Nachricht mit einer Fehlermeldung zurück.\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    envelope = Envelope(
        sender="Mail Delivery System <Mailer-Daemon@mx02.webhost-nordbayern.example>",
        subject="Warnung: Nachricht 1wQf3K-0007Zr-9D seit 4 Stunden nicht zugestellt",
    )
    return finish_bounce(b, msg, envelope)


def bounce_isp_fr(b: Bounce) -> Message:
    """A French ISP: the shop's mailbox is full, delivery will be retried."""
    sent = reminder_sent_at(b)
    text = (
        "Bonjour,\n\n"
        "Ceci est un message automatique du service de messagerie FAI Atlantique.\n\n"
        f"Votre message à destination de {b.rcpt} n'a pas encore pu être remis : la boîte aux lettres du destinataire a atteint sa capacité maximale (452 4.2.2 Mailbox full).\n\n"
        "Nous tenterons de le distribuer à nouveau pendant 72 heures. Si la boîte du destinataire n'est pas libérée d'ici là, le message vous sera retourné. Vous n'avez rien à faire pour le moment.\n\n"
        "Détails du message :\n"
        f"  Objet : {latin1_text(reminder_subject(b.rlang, b.invoice))}\n"
        f"  Envoyé le : {sent:%d/%m/%Y %H:%M}\n"
        f"  Destinataire : {b.rcpt}\n\n"
        "--\nService Messagerie FAI Atlantique\n"
    )
    msg = text_part(text, subtype="plain", charset="iso-8859-1", cte="qp")
    envelope = Envelope(
        sender="Service Messagerie <postmaster@mail.fai-atlantique.example>",
        subject="Avis de retard de distribution",
    )
    return finish_bounce(b, msg, envelope)


def bounce_gmail_es(b: Bounce) -> Message:
    """Gmail, in Spanish: the free-mail address does not exist."""
    google = "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser"
    human = (
        "** No se ha encontrado la dirección **\n\n"
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.\n\n"
        "La respuesta del servidor remoto ha sido:\n\n"
        f"550 5.1.1 {google}"
    )
    report = Report(
        mta="googlemail.com",
        action="failed",
        diagnostic=f"550-5.1.1 {google}",
        remote="gmail-smtp-in.l.google.com",
    )
    parts = [human_alternative(human), delivery_status(b, report), returned_headers(b)]
    envelope = Envelope(
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
    )
    return finish_bounce(b, report_of(parts), envelope)


def bounce_exchange_es_delay(b: Bounce) -> Message:
    """A housing community's Exchange: delivery delayed, in Spanish."""
    human = (
        "La entrega a estos destinatarios o grupos se está retrasando:\n\n"
        f"{b.rcpt}\n\n"
        f"Asunto: {reminder_subject(b.rlang, b.invoice)}\n\n"
        "Todavía no se ha podido entregar este mensaje. El servidor seguirá intentándolo durante 2 días más. Si no lo consigue en ese plazo, recibirá un aviso de no entrega. No es necesario que vuelva a enviar el mensaje.\n\n"
        "Información de diagnóstico para administradores:\n\n"
        "Servidor que genera el mensaje: MAIL01.residencialasdunas.internal\n"
        "Servidor receptor: buzones.residencialasdunas.internal\n\n"
        f"{b.rcpt}\n"
        "Error remoto: 451 4.4.7 Message delayed; la conexión con el servidor de buzones ha caducado"
    )
    report = Report(
        mta="MAIL01.residencialasdunas.internal",
        action="delayed",
        diagnostic="451 4.4.7 Message delayed",
        remote="buzones.residencialasdunas.internal",
    )
    parts = [human_alternative(human), delivery_status(b, report), returned_headers(b)]
    envelope = Envelope(
        sender="Microsoft Outlook <postmaster@residencialasdunas.example>",
        subject=f"Entrega retrasada: {reminder_subject(b.rlang, b.invoice)}",
    )
    return finish_bounce(b, report_of(parts), envelope)


def bounce_gateway_nl(b: Bounce) -> Message:
    """A school group's mail-security gateway refuses outside senders for this address."""
    sent = reminder_sent_at(b)
    human = (
        "Dit is een automatisch bericht van de e-mailbeveiliging van Scholengroep Delta.\n\n"
        f"Uw bericht aan {b.rcpt} is niet afgeleverd en is definitief geweigerd.\n\n"
        "Reden: dit adres accepteert geen e-mail van afzenders buiten de organisatie (beleidsregel 'alleen intern').\n"
        "Statuscode: 550 5.7.1 Message rejected by policy\n\n"
        "Het heeft geen zin het bericht opnieuw te versturen: het wordt ook bij een volgende poging geweigerd. Neem bij vragen telefonisch contact op met de servicedesk van Scholengroep Delta.\n\n"
        f"Onderwerp: {reminder_subject(b.rlang, b.invoice)}\n"
        f"Verzonden: {sent:%d-%m-%Y %H:%M}\n"
    )
    report = Report(
        mta="mailfilter.scholengroepdelta.example",
        action="failed",
        diagnostic="550 5.7.1 Message rejected by policy",
    )
    parts = [
        text_part(human, subtype="plain", charset="utf-8", cte="qp"),
        delivery_status(b, report),
        returned_headers(b),
    ]
    envelope = Envelope(
        sender="SecureMail Gateway <postmaster@mailfilter.scholengroepdelta.example>",
        subject=f"Bericht geweigerd: {reminder_subject(b.rlang, b.invoice)}",
    )
    return finish_bounce(b, report_of(parts), envelope)


def bounce_isp_nl(b: Bounce) -> Message:
    """A Dutch web host: the shop's own server does not answer, delivery will be retried."""
    text = (
        "Beste afzender,\n\n"
        "Uw bericht is nog niet afgeleverd bij de volgende ontvanger:\n\n"
        f"    {b.rcpt}\n\n"
        "De mailserver van de ontvanger (mail.fietsenmakerijboon.example) reageert op dit moment niet (4.4.1 verbinding verlopen). Wij proberen het bericht de komende 48 uur opnieuw af te leveren. U hoeft het bericht niet opnieuw te versturen.\n\n"
        "Lukt de aflevering binnen die termijn niet, dan ontvangt u een nieuw bericht met de melding dat het bericht niet kon worden afgeleverd.\n\n"
        "Met vriendelijke groet,\nMailservice NL Webprovider\n"
    )
    msg = text_part(text, subtype="plain", charset="utf-8", cte="qp")
    envelope = Envelope(
        sender="Postmaster <postmaster@mail.nl-webprovider.example>",
        subject=f"Vertraagde aflevering: {reminder_subject(b.rlang, b.invoice)}",
    )
    return finish_bounce(b, msg, envelope)


def bounce_exchange_it(b: Bounce) -> Message:
    """A warehouse's Exchange server: recipient not found, in Italian, with the whole reminder."""
    human = (
        "Recapito non riuscito per i destinatari o i gruppi seguenti:\n\n"
        f"{b.rcpt}\n"
        "L'indirizzo di posta elettronica immesso non è stato trovato. Verificare l'indirizzo del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, contattare il supporto tecnico.\n\n"
        "Informazioni di diagnostica per gli amministratori:\n\n"
        "Server di generazione: EXCH01.magazzinidelnord.internal\n\n"
        f"{b.rcpt}\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"
    )
    report = Report(
        mta="EXCH01.magazzinidelnord.internal",
        action="failed",
        diagnostic="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
    )
    parts = [human_alternative(human), delivery_status(b, report), returned_message(b)]
    envelope = Envelope(
        sender="Microsoft Outlook <postmaster@magazzinidelnord.example>",
        subject=f"Recapito non riuscito: {reminder_subject(b.rlang, b.invoice)}",
    )
    return finish_bounce(b, report_of(parts), envelope)


def bounce_isp_it(b: Bounce) -> Message:
    """An Italian ISP: the tobacconist's mailbox is over quota (a 5.x code for a full mailbox)."""
    human = (
        "Gentile cliente,\n\n"
        f"il messaggio che ha inviato a {b.rcpt} non è stato consegnato perché la casella di posta del destinatario è piena e ha superato lo spazio disponibile.\n\n"
        "Risposta del server: 552 5.2.2 Mailbox quota exceeded\n\n"
        "Il destinatario dovrà liberare spazio nella propria casella; potrà inviare di nuovo il messaggio più tardi.\n\n"
        "Servizio Posta - PostaItalia ISP\n"
    )
    report = Report(
        mta="smtp.postaitalia-isp.example",
        action="failed",
        diagnostic="552 5.2.2 Mailbox quota exceeded",
    )
    parts = [
        text_part(human, subtype="plain", charset="iso-8859-1", cte="qp"),
        delivery_status(b, report),
        returned_headers(b),
    ]
    envelope = Envelope(
        sender="Mail Delivery System <MAILER-DAEMON@smtp.postaitalia-isp.example>",
        subject="Messaggio non consegnato: casella del destinatario piena",
    )
    return finish_bounce(b, report_of(parts), envelope)


BOUNCES: Final[list[tuple[Bounce, Callable[[Bounce], Message]]]] = [
    (
        Bounce(
            key="bo-en-postfix",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="accounts@brackenridgestores.example",
            when="2026-12-02 07:42 +0000",
            rlang="en",
            invoice="BMS-4255-06",
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            key="bo-en-sendmail",
            lang="en",
            kind="soft",
            status="4.4.7",
            rcpt="payables@hollinsworthwarehousing.example",
            when="2026-12-15 12:16 +0000",
            rlang="en",
            invoice="BMS-4403-02",
            queued=245,
            note="sendmail four-hour warning from the customer's relay; the message is still queued",
        ),
        bounce_sendmail_delay,
    ),
    (
        Bounce(
            key="bo-en-qmail",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="office@ashdownvillageschool.example",
            when="2026-12-09 07:05 +0000",
            rlang="en",
            invoice="BMS-4340-01",
            note="qmail notice without MIME; the status is the '#5.1.1' in the text",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            key="bo-de-exchange",
            lang="de",
            kind="hard",
            status="5.1.10",
            rcpt="rechnungen@spedition-hollmann.example",
            when="2026-12-03 08:02 +0100",
            rlang="de",
            invoice="BMS-4283-05",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            key="bo-de-exim",
            lang="de",
            kind="soft",
            status="4.4.1",
            rcpt="info@tankstelle-gruenwald.example",
            when="2026-12-17 12:40 +0100",
            rlang="de",
            invoice="BMS-4425-03",
            queued=243,
            note="Exim delay warning with a German template, plain text, no delivery-status part",
        ),
        bounce_exim_de,
    ),
    (
        Bounce(
            key="bo-fr-isp",
            lang="fr",
            kind="soft",
            status="4.2.2",
            rcpt="compta@superette-du-port.example",
            when="2026-12-10 09:15 +0100",
            rlang="fr",
            invoice="BMS-4386-08",
            queued=81,
            note="French ISP notice in Latin-1: mailbox full, will retry",
        ),
        bounce_isp_fr,
    ),
    (
        Bounce(
            key="bo-es-gmail",
            lang="es",
            kind="hard",
            status="5.1.1",
            rcpt="garcia.ferreteria@gmail.com",
            when="2026-12-14 08:33 +0100",
            rlang="es",
            invoice="BMS-4406-04",
            note="Gmail notice in Spanish",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            key="bo-es-exchange",
            lang="es",
            kind="soft",
            status="4.4.7",
            rcpt="facturas@residencialasdunas.example",
            when="2026-12-22 13:05 +0100",
            rlang="es",
            invoice="BMS-4453-07",
            queued=252,
        ),
        bounce_exchange_es_delay,
    ),
    (
        Bounce(
            key="bo-nl-gateway",
            lang="nl",
            kind="hard",
            status="5.7.1",
            rcpt="boekhouding@scholengroepdelta.example",
            when="2026-12-07 08:20 +0100",
            rlang="nl",
            invoice="BMS-4316-03",
            note="security gateway refuses outside senders for this address: permanent, so hard",
        ),
        bounce_gateway_nl,
    ),
    (
        Bounce(
            key="bo-nl-isp",
            lang="nl",
            kind="soft",
            status="4.4.1",
            rcpt="info@fietsenmakerijboon.example",
            when="2026-12-29 10:10 +0100",
            rlang="nl",
            invoice="BMS-4461-01",
            queued=128,
            note="Dutch web host's delay notice, plain text",
        ),
        bounce_isp_nl,
    ),
    (
        Bounce(
            key="bo-it-exchange",
            lang="it",
            kind="hard",
            status="5.1.1",
            rcpt="amministrazione@magazzinidelnord.example",
            when="2026-12-04 08:45 +0100",
            rlang="it",
            invoice="BMS-4292-06",
        ),
        bounce_exchange_it,
    ),
    (
        Bounce(
            key="bo-it-quota",
            lang="it",
            kind="soft",
            status="5.2.2",
            rcpt="info@tabaccheriagrandi.example",
            when="2026-12-16 09:30 +0100",
            rlang="it",
            invoice="BMS-4420-09",
            note="mailbox full reported with a 5.x code: soft, and the code is kept",
        ),
        bounce_isp_it,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------

INVOICE_RE: Final = re.compile(r"BMS-\d{4}-\d{2}")
DATE_RE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
AMOUNT_RE: Final = re.compile(r"\d+\.\d{2}")
FIELD_OWNERS: Final = {
    "promised_date": {"promise_to_pay"},
    "paid_date": {"payment_sent"},
    "payment_reference": {"payment_sent"},
    "amount": {"payment_sent", "promise_to_pay"},
    "currency": {"payment_sent", "promise_to_pay"},
    "return_date": {"auto_reply"},
    "new_contact": {"wrong_contact"},
    "bounce_kind": {"bounce"},
    "failed_recipient": {"bounce"},
    "bounce_status": {"bounce"},
}


def reply_label(r: Reply) -> Label:
    """The labels of a hand-written message (the file name is filled in later)."""
    f = r.facts
    return Label(
        file="",
        intent=r.intent,
        promised_date=f.promised_date,
        paid_date=f.paid_date,
        return_date=f.return_date,
        payment_reference=f.payment_reference,
        amount=f.amount,
        currency=f.currency,
        new_contact=f.new_contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=list(f.refs),
        language=r.lang,
        note=f.note,
    )


def bounce_label(b: Bounce) -> Label:
    """The labels of a delivery report."""
    return Label(
        file="",
        intent="bounce",
        promised_date=None,
        paid_date=None,
        return_date=None,
        payment_reference=None,
        amount=None,
        currency=None,
        new_contact=None,
        bounce_kind=b.kind,
        failed_recipient=b.rcpt,
        bounce_status=b.status,
        invoice_refs=[],
        language=b.lang,
        note=b.note,
    )


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------


class CorpusError(Exception):
    """The corpus does not have the shape this script promises."""


def require(problem: str, *, ok: bool) -> None:
    """Stop the build with `problem` unless the check is `ok`."""
    if not ok:
        raise CorpusError(problem)


def check_reply_spec(r: Reply) -> None:
    """A hand-written message uses known values and its refs are the invoice numbers it writes."""
    require(
        f"{r.key}: unknown intent, language or client",
        ok=r.intent in INTENTS and r.lang in LANGS and r.client in CLIENTS,
    )
    require(
        f"{r.key}: date outside {FIRST_DAY}..{LAST_DAY}",
        ok=FIRST_DAY <= r.dt.date().isoformat() <= LAST_DAY,
    )
    written = sorted(set(INVOICE_RE.findall(r.body)))
    require(
        f"{r.key}: invoice_refs {r.facts.refs} but the text has {written}",
        ok=written == sorted(r.facts.refs),
    )


def check_label_values(label: Label) -> None:
    """Field formats and which intent may carry which field."""
    name = label["file"]
    require(f"{name}: keys or key order differ", ok=tuple(label) == LABEL_ORDER)
    require(
        f"{name}: intent or language", ok=label["intent"] in INTENTS and label["language"] in LANGS
    )
    for value in (label["promised_date"], label["paid_date"], label["return_date"]):
        require(f"{name}: date format {value}", ok=value is None or bool(DATE_RE.fullmatch(value)))
    require(
        f"{name}: amount format",
        ok=label["amount"] is None or bool(AMOUNT_RE.fullmatch(str(label["amount"]))),
    )
    require(
        f"{name}: amount without currency",
        ok=(label["amount"] is None) == (label["currency"] is None),
    )
    require(f"{name}: currency", ok=label["currency"] in {None, "EUR", "GBP"})
    contact = label["new_contact"]
    require(
        f"{name}: new_contact",
        ok=contact is None or (contact == contact.lower() and "@" in contact),
    )
    require(
        f"{name}: invoice ref format",
        ok=all(INVOICE_RE.fullmatch(ref) for ref in label["invoice_refs"]),
    )


def check_label_owners(label: Label) -> None:
    """Fields that belong to another intent stay null; bounces carry all three bounce fields."""
    as_dict: dict[str, object] = dict(label)
    for key, owners in FIELD_OWNERS.items():
        if label["intent"] not in owners:
            require(f"{label['file']}: {key} set on {label['intent']}", ok=as_dict[key] is None)
    if label["intent"] == "bounce":
        require(f"{label['file']}: bounce_kind", ok=label["bounce_kind"] in {"hard", "soft"})
        require(
            f"{label['file']}: bounce fields",
            ok=label["failed_recipient"] is not None and label["bounce_status"] is not None,
        )


def check_counts(labels: list[Label]) -> None:
    """12 per intent, every language in every intent, 6 hard and 6 soft bounces."""
    require("message count", ok=len(labels) == len(INTENTS) * 12)
    per_intent = Counter(label["intent"] for label in labels)
    require(
        f"per-intent counts {dict(per_intent)}",
        ok=all(per_intent[intent] == 12 for intent in INTENTS),
    )
    cells = Counter((label["intent"], label["language"]) for label in labels)
    require(
        "an intent misses a language",
        ok=all(cells[intent, lang] >= 1 for intent in INTENTS for lang in LANGS),
    )
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    require(f"bounce kinds {dict(kinds)}", ok=kinds == Counter({"hard": 6, "soft": 6}))


def check_message(name: str, data: bytes) -> None:
    """Parse back as a reader would: headers decode, text parts decode, no defects."""
    msg = message_from_bytes(data, policy=policy.default)
    require(f"{name}: not parsed as EmailMessage", ok=isinstance(msg, EmailMessage))
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        require(f"{name}: no {header}", ok=msg[header] is not None)
    for part in msg.walk():
        require(f"{name}: {part.get_content_type()} defects {part.defects}", ok=not part.defects)
        for header_name, value in part.items():
            require(f"{name}: header {header_name} defects", ok=not getattr(value, "defects", ()))
            require(f"{name}: header {header_name} not decoded", ok="=?" not in str(value))
        if isinstance(part, EmailMessage) and part.get_content_maintype() == "text":
            require(f"{name}: text part not decoded", ok=isinstance(part.get_content(), str))


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Item:
    """One message of the corpus with its labels."""

    key: str
    message: Message
    label: Label


def all_items() -> list[Item]:
    """Every message, hand-written replies first, then the bounces."""
    for r in REPLIES:
        check_reply_spec(r)
    items = [Item(key=r.key, message=build_reply(r), label=reply_label(r)) for r in REPLIES]
    items += [Item(key=b.key, message=build(b), label=bounce_label(b)) for b, build in BOUNCES]
    keys = [item.key for item in items]
    require("duplicate keys", ok=len(set(keys)) == len(keys))
    return items


def count_table(labels: list[Label]) -> str:
    """The intent-by-language count table, in Markdown."""
    cells = Counter((label["intent"], label["language"]) for label in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(str(n) for n in counts) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    rows.append(
        "| **total** | " + " | ".join(f"**{n}**" for n in totals) + f" | **{sum(totals)}** |"
    )
    return "\n".join(rows)


def write_corpus() -> list[Label]:
    """Shuffle, number, check and write every message and labels.jsonl."""
    items = all_items()
    items.sort(key=lambda item: digest(item.key, f"shuffle-{SEED}"))
    for old in HERE.glob(f"{FILE_PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for number, item in enumerate(items, start=1):
        name = f"{FILE_PREFIX}-{number:03d}.eml"
        data = item.message.as_bytes(policy=WIRE_POLICY)
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label = item.label
        label["file"] = name
        check_label_values(label)
        check_label_owners(label)
        labels.append(label)
    check_counts(labels)
    lines = "".join(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    (HERE / "labels.jsonl").write_text(lines, encoding="utf-8")
    return labels


def main() -> int:
    """Build the corpus and print the count table."""
    try:
        labels = write_corpus()
    except CorpusError as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    print(count_table(labels))
    kinds = Counter(label["bounce_kind"] for label in labels if label["intent"] == "bounce")
    print(f"\n{len(labels)} messages; bounces: {kinds['hard']} hard, {kinds['soft']} soft")
    return 0


if __name__ == "__main__":
    sys.exit(main())
