# ruff: noqa: E501, RUF001
# Hand-written message text keeps one paragraph per line, as mail clients send it, and keeps the
# typographic dashes, quotes and symbols that people and their clients really type.
"""Build held-out reply corpus 66: `h66-NNN.eml` files and `labels.jsonl`, next to this script.

Every message lands in the receivables mailbox of Fernhill Veterinary Group after it sent an
overdue reminder. The new text of each message is written by hand below. The script adds only what
a mail client or a mail server adds: the quoted reminder in the client's layout and language,
headers, MIME structure, charsets and transfer encodings. The output is deterministic: fixed seed,
fixed boundaries, Message-IDs derived from each message's key, and no clock.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import charset as email_charset
from email import message_from_bytes, message_from_string, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from functools import partial
from pathlib import Path
from typing import TypedDict

HERE = Path(__file__).resolve().parent
PREFIX = "h66"
SEED = 20270301
AR_NAME = "Fernhill Receivables"
AR_ADDR = "receivables@fernhill-vets.example"
AR_DOMAIN = "fernhill-vets.example"
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


class Label(TypedDict):
    """One line of labels.jsonl, keys in the corpus order."""

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


# --------------------------------------------------------------------------------------------
# Locale tables (what each client prints in each UI language)
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
    "de": "Mo Di Mi Do Fr Sa So",
    "fr": "lun mar mer jeu ven sam dim",
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
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
}
GMAIL_ATTRIBUTION = {
    "en": "On {wda}, {d} {mona} {y} at {HH}:{mm}, {name} <{addr}> wrote:",
    "de": "Am {wda}., {d}. {mon} {y} um {HH}:{mm} Uhr schrieb {name} <{addr}>:",
    "fr": "Le {wda}. {d} {mona} {y} à {HH}:{mm}, {name} <{addr}> a écrit :",
    "es": "El {wda}, {d} {mona} {y} a las {H}:{mm}, {name} (<{addr}>) escribió:",
    "nl": "Op {wda} {d} {mona} {y} om {HH}:{mm} schreef {name} <{addr}>:",
    "it": "Il giorno {wda} {d} {mona} {y} alle ore {HH}:{mm} {name} <{addr}> ha scritto:",
}
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
    "it": "Il {dd}/{mo}/{y} {HH}:{mm}, {name} ha scritto:",
}
OUTLOOK_SENT = {
    "en": "{wd}, {d} {mon} {y} {HH}:{mm}",
    "de": "{wd}, {d}. {mon} {y} {HH}:{mm}",
    "fr": "{wd} {d} {mon} {y} {HH}:{mm}",
    "es": "{wd}, {d} de {mon} de {y} {H}:{mm}",
    "nl": "{wd} {d} {mon} {y} {HH}:{mm}",
    "it": "{wd} {d} {mon} {y} {HH}:{mm}",
}
# From, Sent, To, Subject, and the separator between label and value.
OUTLOOK_FIELDS = {
    "en": ("From", "Sent", "To", "Subject", ": "),
    "de": ("Von", "Gesendet", "An", "Betreff", ": "),
    "fr": ("De", "Envoyé", "À", "Objet", " : "),
    "es": ("De", "Enviado el", "Para", "Asunto", ": "),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp", ": "),
    "it": ("Da", "Inviato", "A", "Oggetto", ": "),
}
OUTLOOK_ORIGINAL = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "it": "-----Messaggio originale-----",
}
OUTLOOK_REPLY = {"en": "RE: ", "de": "AW: ", "fr": "RE : ", "es": "RE: ", "nl": "RE: ", "it": "R: "}
AUTO_REPLY_PREFIX = {
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
ANDROID_OUTLOOK_SIGNATURE = {
    "en": "Get Outlook for Android",
    "de": "Outlook für Android herunterladen",
    "fr": "Télécharger Outlook pour Android",
    "es": "Obtener Outlook para Android",
    "nl": "Outlook voor Android downloaden",
    "it": "Scarica Outlook per Android",
}
SAMSUNG_SIGNATURE = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon Galaxy",
    "es": "Enviado desde mi Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "it": "Inviato dal mio Galaxy",
}
# Banner, From, Date, To, Subject.
SAMSUNG_FIELDS = {
    "en": ("-------- Original message --------", "From: ", "Date: ", "To: ", "Subject: "),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von: ", "Datum: ", "An: ", "Betreff: "),
    "fr": ("-------- Message d'origine --------", "De : ", "Date : ", "À : ", "Objet : "),
    "es": ("-------- Mensaje original --------", "De: ", "Fecha: ", "Para: ", "Asunto: "),
    "nl": ("-------- Oorspronkelijk bericht --------", "Van: ", "Datum: ", "Aan: ", "Onderwerp: "),
    "it": ("-------- Messaggio originale --------", "Da: ", "Data: ", "A: ", "Oggetto: "),
}
CONTENT_LANGUAGE = {
    "en": "en-GB",
    "de": "de-DE",
    "fr": "fr-FR",
    "es": "es-ES",
    "nl": "nl-NL",
    "it": "it-IT",
}

# --------------------------------------------------------------------------------------------
# The reminder Fernhill sent, in each language
# --------------------------------------------------------------------------------------------

REMINDER_SUBJECT = {
    "en": "Overdue reminder – invoice {inv}",
    "de": "Zahlungserinnerung – Rechnung {inv}",
    "fr": "Rappel : facture {inv} échue",
    "es": "Aviso: factura {inv} vencida",
    "nl": "Betalingsherinnering factuur {inv}",
    "it": "Sollecito di pagamento – fattura {inv}",
}
REMINDER_BODY = {
    "en": """\
Hello,

Our records show that the invoice below is now past its due date.

  Invoice:      {inv}
  Description:  {item}
  Invoice date: {issued}
  Due date:     {due}
  Balance:      {amount}

You can pay by bank transfer quoting the invoice number (Fernhill Veterinary Group Ltd, sort code 20-41-77, account 53190824) or by card on 0117 496 0321. If you have paid in the last few days, thank you, and please disregard this reminder. If anything on the invoice looks wrong, simply reply to this email and the receivables team will look into it.

Kind regards,

Receivables Team
Fernhill Veterinary Group
receivables@fernhill-vets.example""",
    "de": """\
Guten Tag,

bei der Durchsicht unserer Konten ist uns aufgefallen, dass die folgende Rechnung noch offen ist:

  Rechnungsnummer:  {inv}
  Leistung:         {item}
  Rechnungsdatum:   {issued}
  Fällig seit:      {due}
  Offener Betrag:   {amount}

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser Konto (IBAN DE61 3705 0198 0022 4471 90). Falls Sie die Zahlung in den letzten Tagen bereits veranlasst haben, danken wir Ihnen und bitten Sie, diese Erinnerung zu ignorieren. Bei Fragen zur Rechnung antworten Sie einfach auf diese E-Mail.

Freundliche Grüße

Ihr Forderungsmanagement
Fernhill Veterinary Group""",
    "fr": """\
Bonjour,

Sauf erreur ou omission de notre part, la facture ci-dessous n'a pas encore été réglée :

  Facture n° :       {inv}
  Objet :            {item}
  Date de facture :  {issued}
  Échéance :         {due}
  Montant dû :       {amount}

Vous pouvez la régler par virement en rappelant le numéro de facture (IBAN FR76 1027 8060 4100 0204 6530 118) ou par carte bancaire dans l'une de nos cliniques. Si votre règlement a été effectué ces derniers jours, merci de ne pas tenir compte de ce rappel. Pour toute question sur cette facture, il vous suffit de répondre à ce message.

Bien cordialement,

Le service recouvrement
Fernhill Veterinary Group""",
    "es": """\
Buenos días:

Le escribimos porque la siguiente factura figura como pendiente de pago:

  N.º de factura:     {inv}
  Concepto:           {item}
  Fecha de factura:   {issued}
  Vencimiento:        {due}
  Importe pendiente:  {amount}

Puede abonarla por transferencia indicando el número de factura (IBAN ES91 0182 6022 1902 0157 8826) o con tarjeta en cualquiera de nuestras clínicas. Si ya ha realizado el pago en los últimos días, le damos las gracias y le rogamos que no tenga en cuenta este aviso. Si observa algún error en la factura, responda a este correo y el equipo de cobros lo revisará.

Un saludo,

Departamento de Cobros
Fernhill Veterinary Group""",
    "nl": """\
Beste klant,

Volgens onze administratie is onderstaande factuur nog niet voldaan:

  Factuurnummer:  {inv}
  Omschrijving:   {item}
  Factuurdatum:   {issued}
  Vervaldatum:    {due}
  Openstaand:     {amount}

U kunt het bedrag overmaken onder vermelding van het factuurnummer (IBAN NL47 RABO 0155 2083 64) of pinnen bij een van onze klinieken. Heeft u de afgelopen dagen al betaald, dan kunt u deze herinnering als niet verzonden beschouwen. Klopt er iets niet aan de factuur? Beantwoord dan deze e-mail, dan zoeken wij het voor u uit.

Met vriendelijke groet,

Team Debiteuren
Fernhill Veterinary Group""",
    "it": """\
Gentile cliente,

dai nostri controlli la fattura indicata di seguito risulta ancora da saldare:

  Fattura n.:       {inv}
  Descrizione:      {item}
  Data fattura:     {issued}
  Scadenza:         {due}
  Importo dovuto:   {amount}

Può effettuare il pagamento con bonifico indicando il numero di fattura (IBAN IT17 K030 6909 6061 0000 0117 442) oppure con carta presso le nostre cliniche. Se ha già provveduto al pagamento negli ultimi giorni, la ringraziamo e la preghiamo di non considerare questo sollecito. Per qualsiasi chiarimento sulla fattura è sufficiente rispondere a questa e-mail.

Cordiali saluti,

Ufficio Crediti
Fernhill Veterinary Group""",
}
DEFAULT_ITEM = {
    "en": "Veterinary treatment",
    "de": "Tierärztliche Behandlung",
    "fr": "Soins vétérinaires",
    "es": "Tratamiento veterinario",
    "nl": "Diergeneeskundige behandeling",
    "it": "Prestazioni veterinarie",
}
DATE_FORMAT = {
    "en": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "fr": "%d/%m/%Y",
    "es": "%d/%m/%Y",
    "nl": "%d-%m-%Y",
    "it": "%d/%m/%Y",
}
NBSP = "\u00a0"
CURRENCY_SIGN = {"GBP": "£", "EUR": "€"}
LATIN1_REPLACEMENTS = {"–": "-", "€": "EUR", "’": "'", "“": '"', "”": '"', "…": "...", "·": "-"}


def t(text: str) -> str:
    """Hand-written text: drop the first newline and the common indentation."""
    return textwrap.dedent(text.removeprefix("\n")).rstrip("\n")


# --------------------------------------------------------------------------------------------
# Specifications
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Facts:
    """What a reader extracts from the new text (everything but intent and language)."""

    refs: tuple[str, ...] = ()
    promised: str | None = None
    paid: str | None = None
    back: str | None = None
    pay_ref: str | None = None
    amount: str | None = None
    currency: str | None = None
    contact: str | None = None
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class Invoice:
    """The overdue invoice the reminder was about."""

    number: str
    amount: str
    item: str = ""
    currency: str = ""


@dataclass(frozen=True, kw_only=True)
class Reply:
    """One hand-written message that answers (or follows) a reminder."""

    key: str
    intent: str
    lang: str
    sender: tuple[str, str]
    when: str
    client: str
    body: str
    invoice: Invoice
    facts: Facts = field(default_factory=Facts)
    reminder_lang: str = ""
    subject: str = ""
    charset: str = "utf-8"
    cte: str = "qp"
    threaded: bool = True
    headers: tuple[tuple[str, str], ...] = ()
    attachment: tuple[str, bytes] | None = None
    inline: tuple[tuple[str, str], ...] = ()

    @property
    def rlang(self) -> str:
        return self.reminder_lang or self.lang

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")


# --------------------------------------------------------------------------------------------
# Small helpers: ids, dates, money, text
# --------------------------------------------------------------------------------------------


def digest(key: str, salt: str) -> bytes:
    return hashlib.sha256(f"{PREFIX}:{salt}:{key}".encode()).digest()


def token(key: str, salt: str, size: int) -> str:
    return base64.b32encode(digest(key, salt)).decode()[:size]


def number(key: str, salt: str, modulo: int) -> int:
    return int.from_bytes(digest(key, salt)[:4], "big") % modulo


def reminder_msgid(key: str) -> str:
    return f"<rem.{token(key, 'reminder', 16).lower()}@{AR_DOMAIN}>"


def date_parts(lang: str, when: datetime) -> dict[str, str]:
    weekday, month = when.weekday(), when.month - 1
    return {
        "wd": WEEKDAYS[lang].split()[weekday],
        "wda": WEEKDAYS_ABBR[lang].split()[weekday],
        "mon": MONTHS[lang].split()[month],
        "mona": MONTHS_ABBR[lang].split()[month],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mo": f"{when.month:02d}",
        "y": str(when.year),
        "yy": f"{when.year % 100:02d}",
        "HH": f"{when.hour:02d}",
        "H": str(when.hour),
        "mm": f"{when.minute:02d}",
    }


def render(template: str, *, lang: str, when: datetime, name: str = AR_NAME) -> str:
    return template.format(**date_parts(lang, when), name=name, addr=AR_ADDR)


def working_day_before(when: datetime, days: int) -> datetime:
    day = when - timedelta(days=days)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def group_digits(whole: str, sep: str) -> str:
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sep.join([whole, *groups])


def money(amount: str, *, currency: str, lang: str) -> str:
    """The amount as the reminder prints it in `lang`."""
    whole, cents = amount.split(".")
    sign = CURRENCY_SIGN[currency]
    if lang == "en":
        return f"{sign}{group_digits(whole, ',')}.{cents}"
    if lang == "fr":
        return f"{group_digits(whole, NBSP)},{cents} {sign}"
    local = f"{group_digits(whole, '.')},{cents}"
    return f"{sign} {local}" if lang in {"nl", "it"} else f"{local} {sign}"


def latin1(text: str) -> str:
    for bad, good in LATIN1_REPLACEMENTS.items():
        text = text.replace(bad, good)
    return text


def for_charset(text: str, charset: str) -> str:
    """Client-supplied text (the quoted reminder) as a client in `charset` would send it."""
    return latin1(text) if charset == "iso-8859-1" else text


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def html_text(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def html_paras(text: str) -> str:
    return "\n".join(f"<p>{html_text(chunk)}</p>" for chunk in text.split("\n\n"))


def word_paras(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        lines.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# MIME building blocks
# --------------------------------------------------------------------------------------------

# 0 means "no transfer encoding": the part goes out as 7bit or 8bit.
TRANSFER = {"qp": email_charset.QP, "b64": email_charset.BASE64, "8bit": 0, "7bit": 0}


def text_part(
    text: str, *, subtype: str = "plain", charset: str = "utf-8", cte: str = "qp"
) -> Message:
    """A text part in `charset` with the client's transfer encoding."""
    text.encode(charset)  # fails loudly if the hand-written text does not fit the charset
    spec = email_charset.Charset(charset)
    spec.body_encoding = TRANSFER[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(text, spec)
    return part


def alternative(plain: Message, markup: Message) -> Message:
    outer = MIMEMultipart("alternative")
    outer.attach(plain)
    outer.attach(markup)
    return outer


def encoded_header(value: str, *, charset: str, name: str = "Subject") -> str:
    """RFC 2047 encoded-words when the value is not ASCII, in the client's charset if it fits."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode()


def mailbox(name: str, addr: str, *, charset: str = "utf-8") -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_header(name, charset=charset, name='From')} <{addr}>"


def move_mime_headers_last(msg: Message) -> None:
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        values = msg.get_all(name) or []
        del msg[name]
        for value in values:
            msg[name] = value
    if "Content-Type" in msg and "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"


def subparts(part: Message) -> Iterator[Message]:
    if part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                yield sub


def drop_inner_versions(part: Message, *, top: bool) -> None:
    """Only a message's top (or a returned message's top) carries MIME-Version."""
    if not top:
        del part["MIME-Version"]
    for sub in subparts(part):
        drop_inner_versions(sub, top=part.get_content_type() == "message/rfc822")


def set_boundaries(msg: Message, *, key: str, prefix: str) -> None:
    multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
    for index, part in enumerate(multiparts):
        part.set_boundary(f"{prefix}{token(key, f'boundary-{index}', 26)}")


def finish_message(msg: Message, *, key: str, boundary_prefix: str) -> Message:
    move_mime_headers_last(msg)
    drop_inner_versions(msg, top=True)
    set_boundaries(msg, key=key, prefix=boundary_prefix)
    return msg


# --------------------------------------------------------------------------------------------
# The reminder being answered, as the replying client shows it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Quote:
    """The reminder as the replying client sees it."""

    text: str
    subject: str
    sent: datetime
    lang: str
    to: str


def invoice_currency(invoice: Invoice, lang: str) -> str:
    return invoice.currency or ("GBP" if lang == "en" else "EUR")


def reminder_subject(lang: str, invoice: Invoice) -> str:
    return REMINDER_SUBJECT[lang].format(inv=f"FVG-INV-{invoice.number}")


def reminder_body(lang: str, invoice: Invoice, sent: datetime) -> str:
    due = sent - timedelta(days=7)
    issued = due - timedelta(days=14)
    return REMINDER_BODY[lang].format(
        inv=f"FVG-INV-{invoice.number}",
        item=invoice.item or DEFAULT_ITEM[lang],
        issued=issued.strftime(DATE_FORMAT[lang]),
        due=due.strftime(DATE_FORMAT[lang]),
        amount=money(invoice.amount, currency=invoice_currency(invoice, lang), lang=lang),
    )


def reminder_sent(key: str, reply_time: datetime) -> datetime:
    """Reminders go out on a working day one to three days before the reply, after eight."""
    day = working_day_before(reply_time, 1 + number(key, "lag", 3))
    return day.replace(hour=8, minute=5 + number(key, "minute", 50), second=number(key, "s", 60))


def make_quote(r: Reply) -> Quote:
    sent = reminder_sent(r.key, r.dt)
    text = for_charset(reminder_body(r.rlang, r.invoice, sent), r.charset)
    subject = for_charset(reminder_subject(r.rlang, r.invoice), r.charset)
    name, addr = r.sender
    to = for_charset(f"{name} <{addr}>", r.charset) if name else addr
    return Quote(text=text, subject=subject, sent=sent, lang=r.lang, to=to)


def reminder_message(
    *, lang: str, invoice: Invoice, rcpt: str, sent: datetime, key: str
) -> Message:
    """The reminder exactly as Fernhill's system sent it (returned inside bounces)."""
    msg = text_part(reminder_body(lang, invoice, sent))
    msg["From"] = formataddr((AR_NAME, AR_ADDR))
    msg["To"] = rcpt
    msg["Subject"] = encoded_header(reminder_subject(lang, invoice), charset="utf-8")
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = reminder_msgid(key)
    msg["X-Mailer"] = "Fernhill Receivables Notifier 3.2"
    move_mime_headers_last(msg)
    return msg


# --------------------------------------------------------------------------------------------
# Client layouts: what each mail client wraps around the hand-written text
# --------------------------------------------------------------------------------------------


def outlook_header_lines(q: Quote) -> list[str]:
    frm, sent, to, subject, sep = OUTLOOK_FIELDS[q.lang]
    when = render(OUTLOOK_SENT[q.lang], lang=q.lang, when=q.sent)
    return [
        f"{frm}{sep}{AR_NAME} <{AR_ADDR}>",
        f"{sent}{sep}{when}",
        f"{to}{sep}{q.to}",
        f"{subject}{sep}{q.subject}",
    ]


def plain(r: Reply, text: str, *, cte: str = "") -> Message:
    return text_part(text, charset=r.charset, cte=cte or r.cte)


def markup(r: Reply, text: str) -> Message:
    return text_part(text, subtype="html", charset=r.charset, cte=r.cte)


def layout_outlook_plain(r: Reply, q: Quote) -> Message:
    block = "\n".join([OUTLOOK_ORIGINAL[q.lang], *outlook_header_lines(q)])
    return plain(r, f"{r.body}\n\n{block}\n\n{q.text}\n")


def word_document(r: Reply, q: Quote) -> str:
    sep = OUTLOOK_FIELDS[q.lang][4]
    rows = []
    for line in outlook_header_lines(q):
        label, value = line.split(sep, 1)
        rows.append(f"<b>{html.escape(label)}{html.escape(sep.rstrip())}</b> {html.escape(value)}")
    head = "<br>\n".join(rows)
    lang = CONTENT_LANGUAGE[r.lang].upper()
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face {font-family:Aptos;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle19 {mso-style-type:personal-reply;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{word_paras(r.body)}\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{head}<o:p></o:p></span></p>\n'
        "</div>\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        f"{word_paras(q.text)}\n</div>\n</body>\n</html>\n"
    )


def layout_outlook_html(r: Reply, q: Quote) -> Message:
    text = "\n".join([r.body, "", *outlook_header_lines(q), "", q.text, ""])
    return alternative(plain(r, text), markup(r, word_document(r, q)))


def layout_owa(r: Reply, q: Quote) -> Message:
    lines = outlook_header_lines(q)
    text = "\n".join([r.body, "", "_" * 32, *lines, "", q.text, ""])
    sep = OUTLOOK_FIELDS[q.lang][4]
    head = "<br>\n".join(
        f"<b>{html.escape(line.split(sep, 1)[0])}{html.escape(sep.rstrip())}</b> {html.escape(line.split(sep, 1)[1])}"
        for line in lines
    )
    page = (
        f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={r.charset}">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n'
        '<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
        f"{html_text(r.body)}</div>\n"
        '<div id="appendonsend"></div>\n'
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f"{head}</font>\n<div>&nbsp;</div>\n</div>\n"
        f"<div>{html_paras(q.text)}</div>\n</body>\n</html>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def layout_android(r: Reply, q: Quote) -> Message:
    block = "\n".join(outlook_header_lines(q))
    sig = ANDROID_OUTLOOK_SIGNATURE[q.lang]
    return plain(r, f"{r.body}\n\n{sig}\n{'_' * 32}\n{block}\n\n{q.text}\n", cte="b64")


def gmail_attribution(q: Quote) -> str:
    return render(GMAIL_ATTRIBUTION[q.lang], lang=q.lang, when=q.sent)


def layout_gmail(r: Reply, q: Quote) -> Message:
    attribution = gmail_attribution(q)
    text = f"{r.body}\n\n{attribution}\n\n{quoted(q.text)}\n"
    page = (
        f'<div dir="ltr">{html_text(r.body)}</div><br>'
        '<div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{html.escape(attribution)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        f"{html_paras(q.text)}</blockquote></div>\n"
    )
    return alternative(plain(r, text), markup(r, page))


def layout_gmail_plain(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{gmail_attribution(q)}\n\n{quoted(q.text)}\n")


def interleave(r: Reply, q: Quote) -> str:
    """The reminder quoted line by line, with the writer's answers under the lines they answer."""
    answers = dict(r.inline)
    out: list[str] = []
    for line in q.text.split("\n"):
        out.append(f"> {line}" if line else ">")
        start = (
            next((s for s in answers if line.strip().startswith(s)), None) if line.strip() else None
        )
        if start is not None:
            out.extend(["", answers.pop(start)])
            if not answers:
                break  # the writer deleted the rest of the quote
            out.append("")
    if answers:
        raise SystemExit(f"{r.key}: inline anchors not found: {sorted(answers)}")
    return "\n".join(out)


def layout_gmail_inline(r: Reply, q: Quote) -> Message:
    head = f"{r.body}\n\n" if r.body else ""
    return plain(r, f"{head}{gmail_attribution(q)}\n\n{interleave(r, q)}\n")


def apple_attribution(q: Quote) -> str:
    return render(APPLE_ATTRIBUTION[q.lang], lang=q.lang, when=q.sent)


def layout_apple(r: Reply, q: Quote) -> Message:
    return plain(r, f"{r.body}\n\n{apple_attribution(q)}\n\n{quoted(q.text)}\n")


def layout_iphone(r: Reply, q: Quote) -> Message:
    thread = quoted(f"{apple_attribution(q)}\n\n{q.text}")
    return plain(r, f"{r.body}\n\n{IPHONE_SIGNATURE[q.lang]}\n\n{thread}\n")


def flow_line(rest: str, *, lead: str, width: int = 72) -> list[str]:
    """One logical line cut into soft-broken lines, each soft line ending with a space."""
    words = rest.split(" ")
    lines: list[str] = []
    current = ""
    for word in words[:-1]:
        if current and len(lead) + len(current) + len(word) + 1 > width:
            lines.append(current)
            current = ""
        current += word + " "
    if current and len(lead) + len(current) + len(words[-1]) > width:
        lines.append(current)
        current = ""
    lines.append(current + words[-1])
    return [lead + line for line in lines]


def flow(text: str) -> str:
    """RFC 3676 format=flowed, as Thunderbird sends it (space-stuffed where needed)."""
    out: list[str] = []
    for line in text.split("\n"):
        match = re.match(r"^(>+ ?)?", line)
        lead = match.group(0) if match else ""
        rest = line[len(lead) :]
        if not lead and rest.startswith((" ", "From ", ">")):
            rest = " " + rest
        out.extend(flow_line(rest, lead=lead))
    return "\n".join(out)


def thunderbird_part(r: Reply, text: str) -> Message:
    if r.charset != "utf-8":
        return plain(r, text)
    part = text_part(flow(text), charset="utf-8", cte="8bit")
    part.set_param("format", "flowed")
    return part


def layout_thunderbird(r: Reply, q: Quote) -> Message:
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.lang], lang=q.lang, when=q.sent)
    return thunderbird_part(r, f"{r.body}\n\n{attribution}\n{quoted(q.text)}\n")


def layout_thunderbird_inline(r: Reply, q: Quote) -> Message:
    attribution = render(THUNDERBIRD_ATTRIBUTION[q.lang], lang=q.lang, when=q.sent)
    head = f"{r.body}\n\n" if r.body else ""
    return thunderbird_part(r, f"{head}{attribution}\n{interleave(r, q)}\n")


def layout_samsung(r: Reply, q: Quote) -> Message:
    banner, frm, date, to, subject = SAMSUNG_FIELDS[q.lang]
    offset = q.sent.strftime("%z")
    stamp = f"{q.sent.strftime('%d/%m/%Y %H:%M')} (GMT{offset[:3]}:{offset[3:]})"
    block = "\n".join(
        [
            banner,
            f"{frm}{AR_NAME} <{AR_ADDR}> ",
            f"{date}{stamp} ",
            f"{to}{q.to} ",
            f"{subject}{q.subject} ",
        ]
    )
    return plain(r, f"{r.body}\n\n\n\n{SAMSUNG_SIGNATURE[q.lang]}\n\n\n{block}\n\n{q.text}\n")


def layout_webmail_html(r: Reply, q: Quote) -> Message:
    page = (
        f'<!DOCTYPE html>\n<html><head><meta charset="{r.charset}"></head>\n'
        '<body><div style="font-family:Verdana,sans-serif;font-size:13px">\n'
        f"{html_paras(r.body)}\n</div>\n"
        f"<div><br>{html.escape(gmail_attribution(q))}<br>\n"
        f'<blockquote style="border-left:2px solid #1010ff;margin-left:5px;padding-left:5px">{html_paras(q.text)}</blockquote></div>\n'
        "</body></html>\n"
    )
    return markup(r, page)


def layout_none(r: Reply, q: Quote) -> Message:
    del q  # automatic notices and payment advices quote nothing
    return plain(r, r.body + "\n")


def layout_advice_html(r: Reply, q: Quote) -> Message:
    """An AP system's payment advice: plain text plus a simple HTML rendering."""
    del q
    page = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={r.charset}"></head>\n'
        f'<body style="font-family:Arial,sans-serif;font-size:10pt"><pre style="font-family:Consolas,monospace">{html.escape(r.body)}</pre></body></html>\n'
    )
    return alternative(plain(r, r.body + "\n"), markup(r, page))


LAYOUTS: dict[str, Callable[[Reply, Quote], Message]] = {
    "outlook_plain": layout_outlook_plain,
    "outlook_html": layout_outlook_html,
    "owa": layout_owa,
    "android": layout_android,
    "gmail": layout_gmail,
    "gmail_plain": layout_gmail_plain,
    "gmail_inline": layout_gmail_inline,
    "apple": layout_apple,
    "iphone": layout_iphone,
    "thunderbird": layout_thunderbird,
    "thunderbird_inline": layout_thunderbird_inline,
    "samsung": layout_samsung,
    "webmail_html": layout_webmail_html,
    "none": layout_none,
    "advice_html": layout_advice_html,
}
OUTLOOK_CLIENTS = {"outlook_plain", "outlook_html", "owa", "android"}
CLIENT_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "outlook_plain": (("X-Mailer", "Microsoft Outlook 16.0"),),
    "apple": (("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),),
    "iphone": (("X-Mailer", "iPhone Mail (22D82)"),),
    "thunderbird": (("User-Agent", "Mozilla Thunderbird 128.8.0 (Windows NT 10.0; Win64; x64)"),),
    "thunderbird_inline": (
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0",
        ),
    ),
    "webmail_html": (("X-Mailer", "WebMail Pro 9.7"),),
}
BOUNDARY_STYLE = {
    "gmail": "000000000000",
    "apple": "Apple-Mail=_",
    "iphone": "Apple-Mail-",
    "samsung": "--_com.samsung.android.email_",
}


ADDRESS_HEADERS = {"Cc", "Reply-To"}


def message_id(r: Reply) -> str:
    raw = digest(r.key, "message-id")
    domain = r.sender[1].split("@")[1]
    if r.client.startswith("gmail"):
        return f"<CA{base64.urlsafe_b64encode(raw).decode().rstrip('=')[:42]}@mail.gmail.com>"
    if r.client in OUTLOOK_CLIENTS:
        return f"<{token(r.key, 'ms', 30)}@{token(r.key, 'ms-host', 12)}.EURPRD09.PROD.OUTLOOK.COM>"
    if r.client in {"apple", "iphone"}:
        h = raw.hex().upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if r.client == "samsung":
        return f"<{raw.hex()[:20]}@email.android.com>"
    return f"<{raw.hex()[:28]}@{domain}>"


def reply_subject(r: Reply, q: Quote) -> str:
    if r.subject:
        return r.subject.format(rsub=q.subject, auto=AUTO_REPLY_PREFIX[r.lang])
    prefix = OUTLOOK_REPLY[r.lang] if r.client in OUTLOOK_CLIENTS else "Re: "
    return prefix + q.subject


def outlook_headers(r: Reply, q: Quote) -> list[tuple[str, str]]:
    return [
        ("Thread-Topic", encoded_header(q.subject, charset=r.charset, name="Thread-Topic")),
        ("Thread-Index", base64.b64encode(digest(r.key, "thread-index")[:22]).decode()),
        ("Accept-Language", f"{CONTENT_LANGUAGE[r.lang]}, en-US"),
        ("Content-Language", CONTENT_LANGUAGE[r.lang]),
        ("X-MS-Has-Attach", "yes" if r.attachment else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def with_attachment(r: Reply, body: Message) -> Message:
    if r.attachment is None:
        return body
    name, data = r.attachment
    outer = MIMEMultipart("mixed")
    outer.attach(body)
    document = MIMEApplication(data, "pdf")
    document.add_header("Content-Disposition", "attachment", filename=name)
    outer.attach(document)
    return outer


def build_reply(r: Reply) -> Message:
    q = make_quote(r)
    msg = with_attachment(r, LAYOUTS[r.client](r, q))
    msg["From"] = mailbox(*r.sender, charset=r.charset)
    msg["To"] = formataddr((AR_NAME, AR_ADDR))
    msg["Subject"] = encoded_header(reply_subject(r, q), charset=r.charset)
    msg["Date"] = format_datetime(r.dt)
    msg["Message-ID"] = message_id(r)
    if r.threaded:
        msg["In-Reply-To"] = reminder_msgid(r.key)
        msg["References"] = reminder_msgid(r.key)
    extra = outlook_headers(r, q) if r.client in OUTLOOK_CLIENTS else []
    for name, value in [*extra, *CLIENT_HEADERS.get(r.client, ()), *r.headers]:
        msg[name] = (
            mailbox(*parseaddr(value), charset=r.charset) if name in ADDRESS_HEADERS else value
        )
    default_prefix = "_000_" if r.client in OUTLOOK_CLIENTS else "----=_Part_"
    return finish_message(
        msg, key=r.key, boundary_prefix=BOUNDARY_STYLE.get(r.client, default_prefix)
    )


# --------------------------------------------------------------------------------------------
# The hand-written messages
# --------------------------------------------------------------------------------------------

AUTO_REPLIED = ("Auto-Submitted", "auto-replied")
AUTO_GENERATED = ("Auto-Submitted", "auto-generated")
SUPPRESS = ("X-Auto-Response-Suppress", "All")


def pdf_stub(title: str) -> bytes:
    """A tiny, valid-looking PDF standing in for a scanned payment proof."""
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        b"3 0 obj<</Title(" + title.encode("ascii") + b")>>endobj\n"
        b"trailer<</Root 1 0 R/Info 3 0 R>>\n%%EOF\n"
    )


PAYMENT_SENT = [
    Reply(
        key="ps-en-1",
        intent="payment_sent",
        lang="en",
        sender=("Dan Whitlow", "danwhitlow71@gmail.com"),
        when="2027-03-04 19:12 +0000",
        client="iphone",
        body="Paid.",
        invoice=Invoice(
            number="205118", amount="86.40", item="Booster vaccination – Scout (canine)"
        ),
        facts=Facts(note="one word, no date or reference: still a payment claim"),
    ),
    Reply(
        key="ps-en-2",
        intent="payment_sent",
        lang="en",
        sender=("Oakbarrow Boarding Kennels Ltd", "accounts@oakbarrowkennels.example"),
        when="2027-03-05 16:41 +0000",
        client="none",
        subject="Remittance Advice - Oakbarrow Boarding Kennels Ltd",
        threaded=False,
        headers=(AUTO_GENERATED, ("X-Mailer", "Sage 50 Accounts v31.1")),
        attachment=("Remittance_OBK-000418.pdf", pdf_stub("Remittance OBK-000418")),
        body=t("""
            REMITTANCE ADVICE

            From:         Oakbarrow Boarding Kennels Ltd, Oakbarrow Lane, Little Hensby, HB7 2QP
            To:           Fernhill Veterinary Group
            Payment date: 05/03/2027
            Method:       BACS
            Our ref:      OBK-000418

            Your ref            Date          Amount
            FVG-INV-204981      29/01/2027    612.40
            FVG-INV-205077      05/02/2027    585.80

            Total paid:  GBP 1,198.20

            The above payment has been made to your bank account. Please allow 2 working days for the funds to clear. This is an automatically generated e-mail and replies to this address are not monitored.
            """),
        invoice=Invoice(number="204981", amount="612.40"),
        facts=Facts(
            refs=("204981", "205077"),
            paid="2027-03-05",
            pay_ref="OBK-000418",
            amount="1198.20",
            currency="GBP",
            note="Sage payment-run advice, not a reply (Auto-Submitted: auto-generated); its 'not monitored' line does not make it wrong_contact",
        ),
    ),
    Reply(
        key="ps-en-3",
        intent="payment_sent",
        lang="en",
        sender=("Gemma Halloway", "gemma@hallowaystables.example"),
        when="2027-03-17 07:58 +0000",
        client="iphone",
        subject="Out of office this week - re your reminder",
        body=t("""
            Hi,

            I'm away at the sales in Newmarket all week so I'll be slow on email, but I didn't want you chasing this — I transferred £1,460.00 for the February call-outs from my phone last night, reference HALLOWAY FEB CALLOUTS. It should be with you today.

            Gemma
            Halloway Stables
            """),
        invoice=Invoice(number="205402", amount="1460.00", item="Equine call-outs – February"),
        facts=Facts(
            paid="2027-03-16",
            pay_ref="HALLOWAY FEB CALLOUTS",
            amount="1460.00",
            currency="GBP",
            note="a person writing, despite 'out of office' in the subject; 'last night' is the day before the message",
        ),
    ),
    Reply(
        key="ps-de-1",
        intent="payment_sent",
        lang="de",
        sender=("Jörg Hüsing", "j.huesing@agrar-huesing.example"),
        when="2027-03-10 07:12 +0100",
        client="outlook_plain",
        charset="windows-1252",
        body=t("""
            Guten Morgen,

            die Rechnung FVG-INV-205233 (Bestandsbetreuung Februar) haben wir am Montag überwiesen, 2.318,75 €, als Verwendungszweck haben wir die Rechnungsnummer angegeben. Das Geld müsste also heute oder morgen bei Ihnen sein.

            Mit freundlichen Grüßen

            Jörg Hüsing
            Betriebsleiter
            Agrarbetrieb Hüsing GbR · Milchvieh und Jungviehaufzucht
            """),
        invoice=Invoice(
            number="205233", amount="2318.75", item="Bestandsbetreuung Milchvieh – Februar 2027"
        ),
        facts=Facts(
            refs=("205233",),
            paid="2027-03-08",
            amount="2318.75",
            currency="EUR",
            note="'am Montag' is the Monday before Wed 10 March",
        ),
    ),
    Reply(
        key="ps-de-2",
        intent="payment_sent",
        lang="de",
        sender=(
            "Pfotenschutz Versicherung AG – Leistung",
            "leistung@pfotenschutz-versicherung.example",
        ),
        when="2027-03-11 06:30 +0100",
        client="advice_html",
        subject="Zahlungsavis zu Schadennummer PS-2027-104477",
        cte="b64",
        threaded=False,
        headers=(AUTO_GENERATED,),
        body=t("""
            Sehr geehrte Damen und Herren,

            zu der bei uns eingereichten Rechnung FVG-INV-205190 (Versicherungsnehmerin: Sabine Krentz, Tier: Hündin „Ronja“) haben wir folgende Leistung angewiesen:

            Rechnungsbetrag:               742,00 EUR
            erstattungsfähig (80 %):       593,60 EUR
            abzüglich Selbstbeteiligung:   100,00 EUR
            Auszahlungsbetrag:             493,60 EUR

            Die Zahlung erfolgt mit Valuta 11.03.2027 auf das Konto der Tierarztpraxis, Zahlungsreferenz 7700412986. Den Differenzbetrag von 248,40 EUR stellen Sie bitte der Versicherungsnehmerin direkt in Rechnung.

            Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

            Mit freundlichen Grüßen
            Pfotenschutz Versicherung AG
            Leistungsabteilung Tier
            """),
        invoice=Invoice(number="205190", amount="742.00"),
        facts=Facts(
            refs=("205190",),
            paid="2027-03-11",
            pay_ref="7700412986",
            amount="493.60",
            currency="EUR",
            note="an insurer pays its share of a claim: the amount is what the insurer paid, not the invoice total",
        ),
    ),
    Reply(
        key="ps-fr-1",
        intent="payment_sent",
        lang="fr",
        sender=("Martine Lebrun", "martine.lebrun@courriel-perso.example"),
        when="2027-03-02 13:25 +0100",
        client="gmail",
        body=t("""
            Bonjour,

            Le chèque est parti hier par la poste : chèque n° 0004127 de 186,50 € à l'ordre de Fernhill Veterinary Group, pour les soins de Caramel.

            Bonne journée,
            Martine Lebrun
            """),
        invoice=Invoice(
            number="205096", amount="186.50", item="Consultation et soins – Caramel (chat)"
        ),
        facts=Facts(
            paid="2027-03-01",
            pay_ref="0004127",
            amount="186.50",
            currency="EUR",
            note="a cheque posted yesterday is a payment sent; the posting day is the paid date",
        ),
    ),
    Reply(
        key="ps-fr-2",
        intent="payment_sent",
        lang="fr",
        sender=("Kevin R.", "kevin.rousseau88@gmail.com"),
        when="2027-03-15 21:47 +0100",
        client="samsung",
        body="bjr c regle depuis vendredi par cb sur votre site, jai le recu si besoin",
        invoice=Invoice(number="205341", amount="64.90", item="Antiparasitaire – Oslo (chien)"),
        facts=Facts(
            paid="2027-03-12",
            note="no accents, text-message spelling ('c regle' = c'est réglé); 'vendredi' is the Friday before Mon 15 March",
        ),
    ),
    Reply(
        key="ps-es-1",
        intent="payment_sent",
        lang="es",
        sender=("Cuadra Los Almendros", "administracion@cuadralosalmendros.example"),
        when="2027-03-04 10:02 +0100",
        client="outlook_html",
        attachment=(
            "Justificante_transferencia_03-03-2027.pdf",
            pdf_stub("Justificante transferencia"),
        ),
        body=t("""
            Buenos días:

            Ya está pagada. Os adjunto el justificante de la transferencia que hicimos ayer, por importe de 940,00 €, con el número de factura en el concepto.

            Un saludo,

            Lucía Ferrándiz
            Administración
            Cuadra Los Almendros
            """),
        invoice=Invoice(number="205140", amount="940.00", item="Visitas equinas – febrero"),
        facts=Facts(
            paid="2027-03-03",
            amount="940.00",
            currency="EUR",
            note="transfer made 'ayer', proof attached as a PDF",
        ),
    ),
    Reply(
        key="ps-nl-1",
        intent="payment_sent",
        lang="nl",
        sender=("Stichting Dierenopvang De Hoeve via Exact Online", "no-reply@exactonline.example"),
        when="2027-03-09 14:05 +0100",
        client="advice_html",
        subject="Betaaladvies Stichting Dierenopvang De Hoeve",
        threaded=False,
        headers=(AUTO_GENERATED, ("Reply-To", "financien@dierenopvangdehoeve.example")),
        body=t("""
            Geachte relatie,

            Hierbij ontvangt u de specificatie van onze betaling van 09-03-2027.

            Betalingskenmerk:  2027-0309-0042
            Betaalwijze:       SEPA-overboeking
            Bedrag:            € 1.275,00

            Factuurnummer      Factuurdatum    Bedrag
            FVG-INV-205061     02-02-2027      € 836,50
            FVG-INV-205129     09-02-2027      € 438,50

            Met vriendelijke groet,

            Stichting Dierenopvang De Hoeve
            Financiële administratie

            Dit bericht is automatisch verzonden vanuit Exact Online.
            """),
        invoice=Invoice(number="205061", amount="836.50"),
        facts=Facts(
            refs=("205061", "205129"),
            paid="2027-03-09",
            pay_ref="2027-0309-0042",
            amount="1275.00",
            currency="EUR",
            note="Exact Online payment advice covering two invoices; the total is the amount paid",
        ),
    ),
    Reply(
        key="ps-nl-2",
        intent="payment_sent",
        lang="nl",
        sender=("Henk Brinkhuis", "h.brinkhuis@melkveebedrijf-brinkhuis.example"),
        when="2027-03-23 12:40 +0100",
        client="iphone",
        body="Die is vorige week donderdag al betaalt samen met de rekening van de klauwbekapper, kijk nog even na.\n\nGr Henk",
        invoice=Invoice(number="205420", amount="389.00", item="Bedrijfsbezoek melkvee – februari"),
        facts=Facts(
            paid="2027-03-18",
            note="'betaalt' is a common misspelling of 'betaald'; 'vorige week donderdag' is Thu 18 March",
        ),
    ),
    Reply(
        key="ps-it-1",
        intent="payment_sent",
        lang="it",
        sender=("Chiara Bettini", "amministrazione@allevamentopratomagno.example"),
        when="2027-03-12 11:18 +0100",
        client="owa",
        body=t("""
            Buongiorno,

            vi comunico che in data odierna abbiamo disposto il bonifico di € 722,30 a saldo della fattura FVG-INV-205287 (piano sanitario cucciolate).
            TRN: 0306927114589203

            Cordiali saluti

            Chiara Bettini
            Allevamento del Pratomagno
            Loc. Poggio alle Querce – 52015 Pratovecchio Stia (AR)
            """),
        invoice=Invoice(
            number="205287", amount="722.30", item="Piano sanitario cucciolate – gennaio/febbraio"
        ),
        facts=Facts(
            refs=("205287",),
            paid="2027-03-12",
            pay_ref="0306927114589203",
            amount="722.30",
            currency="EUR",
        ),
    ),
    Reply(
        key="ps-it-2",
        intent="payment_sent",
        lang="it",
        sender=("Marco Zanin", "m.zanin@studiozanin.example"),
        when="2027-03-19 18:03 +0100",
        client="gmail",
        body="Fatto, scusate il ritardo.\nMarco",
        invoice=Invoice(number="205366", amount="58.00", item="Vaccinazione – Birba (gatto)"),
        facts=Facts(note="'fatto' in answer to a payment reminder means paid; no date"),
    ),
]

PROMISE_TO_PAY = [
    Reply(
        key="pr-en-1",
        intent="promise_to_pay",
        lang="en",
        sender=("Rhys Pritchard", "rhys@cwmderwenfarm.example"),
        when="2027-03-08 21:14 +0000",
        client="gmail_plain",
        body=t("""
            Evening,

            Yes I know it's late, sorry. We're flat out with lambing and I'm barely in the house. I'll sort both herd health plan invoices once lambing's done, you have my word.

            Rhys
            """),
        invoice=Invoice(number="205212", amount="1136.00", item="Sheep flock health plan – Q1"),
        facts=Facts(note="promise tied to an event ('once lambing's done') with no date"),
    ),
    Reply(
        key="pr-en-2",
        intent="promise_to_pay",
        lang="en",
        sender=("Hannah Osei", "hannah.osei@homemail.example"),
        when="2027-03-03 12:30 +0000",
        client="gmail",
        body=t("""
            Hi there,

            I submitted the claim for Miso's surgery to my insurer on the 24th and they've acknowledged it. As soon as they pay out I'll transfer the full amount straight to you — they say it normally takes 10 working days, but I can't promise their timing.

            Thanks for your patience,
            Hannah
            """),
        invoice=Invoice(
            number="205104", amount="1874.35", item="Surgery – Miso (feline), foreign body removal"
        ),
        facts=Facts(
            note="promise conditional on the insurer paying out; the insurer's usual delay is not a date the customer commits to"
        ),
    ),
    Reply(
        key="pr-en-3",
        intent="promise_to_pay",
        lang="en",
        sender=("Paula Grange", "finance@meadowbankrescue.example"),
        when="2027-03-10 15:46 +0000",
        client="outlook_html",
        body=t("""
            Dear Receivables Team,

            Thank you for the reminder. Invoice FVG-INV-205266 for £2,045.00 has now been approved by our trustees and was added to Friday's payment run, so you should see it early next week.

            Kind regards,

            Paula Grange
            Finance Officer
            Meadowbank Animal Rescue
            Registered charity no. 1187742

            This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Meadowbank Animal Rescue accepts no liability for viruses transmitted by email.
            """),
        invoice=Invoice(
            number="205266", amount="2045.00", item="Neutering programme – February batch"
        ),
        facts=Facts(
            refs=("205266",),
            promised="2027-03-12",
            amount="2045.00",
            currency="GBP",
            note="'has been approved … was added to Friday's payment run': past-tense words, future payment; the Friday after Wed 10 March",
        ),
    ),
    Reply(
        key="pr-de-1",
        intent="promise_to_pay",
        lang="de",
        sender=("Tanja Görlitz", "buero@reitanlage-sonnenhof.example"),
        when="2027-03-12 16:20 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        body=t("""
            Hallo,

            die Zahlung für die Rechnung FVG-INV-205318 erfolgt in KW 12, wir machen die Überweisungen immer gesammelt.

            Viele Grüße
            Tanja Görlitz
            Reitanlage Sonnenhof - Pensionsstall & Reitschule
            """),
        invoice=Invoice(number="205318", amount="612.00", item="Zahnbehandlung Pferde (3 Tiere)"),
        facts=Facts(
            refs=("205318",),
            promised="2027-03-22",
            note="'KW 12' → Monday of ISO week 12 (22 March), in line with 'next week' → its Monday",
        ),
    ),
    Reply(
        key="pr-de-2",
        intent="promise_to_pay",
        lang="de",
        sender=("Bernd Tjaden", "bernd.tjaden@webpost-nord.example"),
        when="2027-03-09 20:55 +0100",
        client="iphone",
        body="Moin, wir ueberweisen am 20., dann ist das Milchgeld da. Gruss Tjaden",
        invoice=Invoice(
            number="205251", amount="845.60", item="Bestandsbetreuung – Fruchtbarkeitskontrollen"
        ),
        facts=Facts(
            promised="2027-03-20",
            note="'am 20.' is the 20th of the message's month; umlauts and ß typed as ue/ss",
        ),
    ),
    Reply(
        key="pr-fr-1",
        intent="promise_to_pay",
        lang="fr",
        sender=("Élodie Garnier", "elodie.garnier@courriel-perso.example"),
        when="2027-03-08 18:22 +0100",
        client="iphone",
        body="Bonsoir,\nDésolée pour le retard, je vous règle tout ça fin mars, c'est promis.\nÉlodie",
        invoice=Invoice(number="205158", amount="243.80", item="Détartrage – Pistache (chien)"),
        facts=Facts(promised="2027-03-31", note="'fin mars' → 31 March"),
    ),
    Reply(
        key="pr-fr-2",
        intent="promise_to_pay",
        lang="fr",
        sender=("Pierre-Yves Cadiou", "compta@harasduvalfleuri.example"),
        when="2027-03-05 10:11 +0100",
        client="outlook_html",
        charset="windows-1252",
        body=t("""
            Bonjour,

            Le virement a été programmé pour le 15, il apparaîtra sur votre compte dans la foulée. Il couvre bien les deux visites de février (FVG-INV-205244).

            Cordialement,

            Pierre-Yves Cadiou
            Haras du Val Fleuri – Élevage de chevaux de sport

            Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite.
            """),
        invoice=Invoice(
            number="205244", amount="1290.00", item="Suivi gynécologique juments – février"
        ),
        facts=Facts(
            refs=("205244",),
            promised="2027-03-15",
            note="'a été programmé pour le 15': past tense, future payment date",
        ),
    ),
    Reply(
        key="pr-es-1",
        intent="promise_to_pay",
        lang="es",
        sender=("Toni Vidal", "tonividal@gmail.com"),
        when="2027-03-15 08:05 +0100",
        client="android",
        body="Buenos días, os lo pago el viernes sin falta. Perdón por el retraso, hemos tenido una semana complicada con el perro.\nToni",
        invoice=Invoice(number="205330", amount="312.45", item="Hospitalización – Thor (perro)"),
        facts=Facts(promised="2027-03-19", note="'el viernes' after Mon 15 March"),
    ),
    Reply(
        key="pr-es-2",
        intent="promise_to_pay",
        lang="es",
        sender=("Julián Sáez", "hnossaez@ganaderiasaez.example"),
        when="2027-03-02 19:40 +0100",
        client="gmail_plain",
        charset="iso-8859-1",
        body=t("""
            Hola,

            Dentro de diez días cobramos la ayuda de la PAC y en cuanto entre os hacemos la transferencia de las dos facturas del plan sanitario.

            Saludos,
            Julián Sáez
            Explotación Ganadera Hnos. Sáez
            """),
        invoice=Invoice(
            number="205087", amount="1520.00", item="Plan sanitario ovino – 1.er trimestre"
        ),
        facts=Facts(
            promised="2027-03-12",
            note="'dentro de diez días' counted from the message date; the subsidy is the reason, the date is stated",
        ),
    ),
    Reply(
        key="pr-nl-1",
        intent="promise_to_pay",
        lang="nl",
        sender=("Marloes van Dijk", "info@kennelhetzwarteveld.example"),
        when="2027-03-04 09:37 +0100",
        client="gmail",
        body=t("""
            Goedemorgen,

            Excuus, die was er bij ons doorheen geglipt. Ik maak hem volgende week dinsdag over, dan komt ook de betaling voor de pups binnen.

            Groetjes,
            Marloes van Dijk
            Kennel Het Zwarte Veld
            """),
        invoice=Invoice(number="205122", amount="468.00", item="Entingen en chippen nest (6 pups)"),
        facts=Facts(
            promised="2027-03-09", note="'volgende week dinsdag' from Thu 4 March → Tue 9 March"
        ),
    ),
    Reply(
        key="pr-nl-2",
        intent="promise_to_pay",
        lang="nl",
        sender=("Sanne Verhoef", "sanne.verhoef@mail-thuis.example"),
        when="2027-03-16 22:10 +0100",
        client="apple",
        reminder_lang="en",
        body=t("""
            Hallo,

            Sorry, ik had de herinnering gemist omdat hij in het Engels was. Ik betaal het op de 25e, dan is mijn salaris binnen.

            Groet,
            Sanne
            """),
        invoice=Invoice(
            number="205355",
            amount="156.20",
            currency="EUR",
            item="Consultation and blood test – Noor (feline)",
        ),
        facts=Facts(
            promised="2027-03-25",
            note="Dutch reply to an English reminder; 'de 25e' of the message's month",
        ),
    ),
    Reply(
        key="pr-it-1",
        intent="promise_to_pay",
        lang="it",
        sender=("Giulia Orsenigo", "segreteria@scuderialaghirlanda.example"),
        when="2027-03-17 12:20 +0100",
        client="outlook_html",
        body=t("""
            Buongiorno,

            la fattura è stata inserita nella distinta di pagamento di lunedì 22, quindi riceverete il bonifico in giornata.

            Cordiali saluti
            Giulia Orsenigo
            Scuderia La Ghirlanda s.s.a.
            P.IVA 03318760165
            """),
        invoice=Invoice(
            number="205377", amount="980.00", item="Visite equine e radiografie – febbraio"
        ),
        facts=Facts(
            promised="2027-03-22",
            note="'è stata inserita nella distinta di lunedì 22': past-tense words, future payment",
        ),
    ),
]

DISPUTE = [
    Reply(
        key="di-en-1",
        intent="dispute",
        lang="en",
        sender=("Carol Benning", "c.benning@homemail.example"),
        when="2027-03-16 13:02 +0000",
        client="android",
        body=t("""
            We have NOT paid this because the medication never arrived. The repeat prescription for Lottie's Apoquel was meant to be posted out in February and we've had nothing, I've rung twice. I'm not paying for tablets I haven't got.

            Carol Benning
            """),
        invoice=Invoice(
            number="205384",
            amount="74.90",
            item="Repeat prescription – Apoquel 16 mg x 60 (Lottie)",
        ),
        facts=Facts(note="negated payment with its reason: goods not received"),
    ),
    Reply(
        key="di-en-2",
        intent="dispute",
        lang="en",
        sender=("Tom Everley", "tom@everleyfarmpartners.example"),
        when="2027-03-11 08:44 +0000",
        client="gmail",
        body=t("""
            Morning,

            FVG-INV-205310 (the TB test) was paid on Monday with our other bills. 205311 is a different matter — it charges for a second visit on 12 Feb that never happened. Your vet came once and did everything in one go. Please cancel it or send a corrected one.

            Tom Everley
            Everley Farm Partners
            """),
        invoice=Invoice(number="205311", amount="286.00", item="Farm visits – February"),
        facts=Facts(
            refs=("205310", "205311"),
            note="one invoice paid, the other contested: dispute wins for the disputed part; '205311' is a short form of FVG-INV-205311",
        ),
    ),
    Reply(
        key="di-en-3",
        intent="dispute",
        lang="en",
        sender=("Fiona Marchbank", "fiona@marchbankeventing.example"),
        when="2027-03-22 23:18 +0000",
        client="apple",
        body=t("""
            Hello,

            I've been meaning to write about this since the invoice came in and your reminder has rather forced my hand, so apologies in advance for the length.

            First of all I want to say that Ben (your equine vet) was brilliant with Tilly when she came in from the field lame — calm, thorough, and he took the time to talk me through the nerve blocks, which I appreciated. She's sound again now and back in light work, so no complaints at all about the care itself. The new farrier we're using has also been very good about the remedial shoeing, which helps.

            The problem is the bill. I rang the practice at about ten to four on a Tuesday afternoon — I know because I was waiting for the school run — and Ben was with us by half past four. That is not an out-of-hours call by anyone's definition, yet the invoice has an out-of-hours call-out fee of £185 on top of the normal visit fee. When I queried it on the phone I was told someone would call me back and nobody did.

            I'm happy to pay for the visit, the nerve blocks and the X-rays, as agreed. I'm not paying the out-of-hours fee, and I'd rather not pay anything until you send me a corrected invoice, because I don't want a part payment muddying everything.

            Also, for what it's worth, the reminder went to my old work address first, which is why it took me a while to see it.

            Best wishes,
            Fiona Marchbank
            Marchbank Eventing
            """),
        invoice=Invoice(number="205395", amount="742.50", item="Equine lameness work-up – Tilly"),
        facts=Facts(
            note="long reply; the contested out-of-hours fee is buried in the middle; payment of the rest waits for a corrected invoice; the old address is an aside, not a wrong contact"
        ),
    ),
    Reply(
        key="di-de-1",
        intent="dispute",
        lang="de",
        sender=("Lindenhof Tierkrankenversicherung", "leistung@lindenhof-tierversicherung.example"),
        when="2027-03-18 10:30 +0100",
        client="outlook_html",
        body=t("""
            Sehr geehrte Damen und Herren,

            die Rechnung FVG-INV-205455 betrifft dieselbe Behandlung (Zahnsanierung Kater „Momo“ am 04.02.2027) wie die Rechnung FVG-INV-205391, die wir bereits am 22.02.2027 vollständig erstattet haben. Es handelt sich offensichtlich um eine Doppelberechnung; eine erneute Zahlung erfolgt daher nicht.

            Bitte stornieren Sie die Rechnung FVG-INV-205455 und bestätigen Sie uns die Stornierung unter Angabe unserer Schadennummer LH-T-2027-118204.

            Mit freundlichen Grüßen
            i. A. Markus Olbricht
            Leistungsabteilung Tier

            Lindenhof Tierkrankenversicherung AG · Sitz der Gesellschaft: Köln · Amtsgericht Köln HRB 99812
            Vorstand: Dr. Ines Mallach (Vors.), Jens Rauter · Aufsichtsratsvorsitzender: Wolfgang Streit
            """),
        invoice=Invoice(number="205455", amount="518.70", item="Zahnsanierung – Momo (Kater)"),
        facts=Facts(
            refs=("205455", "205391"),
            note="insurer: duplicate billing; the payment mentioned is of the earlier invoice",
        ),
    ),
    Reply(
        key="di-de-2",
        intent="dispute",
        lang="de",
        sender=("Helga Brandes", "verwaltung@gut-wiesengrund.example"),
        when="2027-03-02 09:15 +0100",
        client="thunderbird_inline",
        body="Sehr geehrte Damen und Herren,\n\nmeine Anmerkungen finden Sie im Text.",
        inline=(
            (
                "Leistung:",
                "Den Vertrag über die Bestandsbetreuung haben wir mit Schreiben vom 28.11.2026 fristgerecht zum 31.12.2026 gekündigt. Die Kündigung hat uns Ihre Praxis in Verden schriftlich bestätigt.",
            ),
            (
                "Offener Betrag:",
                "Die Pauschale für Februar ist daher nicht geschuldet, und wir werden sie auch nicht bezahlen. Bitte stornieren Sie die Rechnung und bestätigen Sie das kurz.\n\nMit freundlichen Grüßen\nHelga Brandes\nGut Wiesengrund – Verwaltung",
            ),
        ),
        invoice=Invoice(
            number="205169",
            amount="395.00",
            item="Bestandsbetreuungsvertrag – Pauschale Februar 2027",
        ),
        facts=Facts(note="inline reply: the herd plan was cancelled before the billed month"),
    ),
    Reply(
        key="di-fr-1",
        intent="dispute",
        lang="fr",
        sender=("Bertrand Olivier", "b.olivier@courriel-perso.example"),
        when="2027-03-09 11:02 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        body=t("""
            Bonjour,

            Cette facture a déjà fait l'objet d'un avoir : l'opération de Filou a été annulée le 3 février et la clinique m'a remis l'avoir n° AV-2027-0088 du même montant. Je n'ai donc rien à régler.

            Merci de mettre à jour votre relance.

            Cordialement,
            Bertrand Olivier
            """),
        invoice=Invoice(
            number="205073", amount="412.00", item="Chirurgie programmée – Filou (chien)"
        ),
        facts=Facts(note="already credited"),
    ),
    Reply(
        key="di-fr-2",
        intent="dispute",
        lang="fr",
        sender=("Annick Perrot", "tresorerie@refugecombeauxchats.example"),
        when="2027-03-19 17:28 +0100",
        client="gmail",
        body=t("""
            Bonjour,

            Nous avons bien reçu votre relance, mais la facture FVG-INV-205512 ne correspond pas à ce que nous avons reçu : vous nous facturez 6 boîtes de vermifuge Milbemax, nous n'en avons reçu que 2 (le bon de livraison est signé, je peux vous l'envoyer). Nous ne réglerons pas cette facture tant qu'elle n'aura pas été corrigée.

            Bien à vous,
            Annick Perrot
            Trésorière – Refuge de la Combe aux Chats (association loi 1901)
            """),
        invoice=Invoice(
            number="205512", amount="171.60", item="Vermifuges Milbemax chat – 6 boîtes"
        ),
        facts=Facts(refs=("205512",), note="wrong quantity; no payment until corrected"),
    ),
    Reply(
        key="di-es-1",
        intent="dispute",
        lang="es",
        sender=("Pere Ribas", "granjaribas@gmail.com"),
        when="2027-03-11 07:50 +0100",
        client="iphone",
        body=t("""
            Buenos días,

            La visita del 9 de febrero que nos cobráis no se hizo. El veterinario llamó para decir que no podía venir y quedamos en cambiarla; al final vino el día 16, y esa sí la hemos pagado. Esta factura no la vamos a pagar.

            Pere Ribas
            Granja Ribas
            """),
        invoice=Invoice(
            number="205149", amount="198.00", item="Visita explotación porcina – 09/02/2027"
        ),
        facts=Facts(note="service not done; the payment mentioned is of another visit"),
    ),
    Reply(
        key="di-es-2",
        intent="dispute",
        lang="es",
        sender=("Rocío Montenegro", "administracion@huellasdelsur.example"),
        when="2027-03-23 12:14 +0100",
        client="owa",
        body=t("""
            Hola:

            Creemos que esta factura no es nuestra. Lleva el número de pedido PO-7731, que no corresponde a ninguno de los nuestros (los nuestros empiezan por HDS-), y los tres gatos que aparecen (esterilizaciones) no son de la protectora: no tenemos ningún gato con esos chips.

            ¿Podéis revisarla y anularla?

            Gracias,
            Rocío Montenegro
            Protectora Huellas del Sur – Administración
            """),
        invoice=Invoice(
            number="205437", amount="255.00", item="Esterilizaciones felinas (3) – pedido PO-7731"
        ),
        facts=Facts(note="not our purchase order, not our animals"),
    ),
    Reply(
        key="di-nl-1",
        intent="dispute",
        lang="nl",
        sender=("Joost van den Akker", "info@vandenakker-varkens.example"),
        when="2027-03-05 14:26 +0100",
        client="outlook_html",
        body=t("""
            Goedemiddag,

            De levering van de vaccins (Porcilis, 10 flacons) op factuur FVG-INV-205201 is bij ons lauw aangekomen: de koelbox was open en de temperatuurlogger gaf 19 °C aan. We hebben de vaccins niet gebruikt en apart gezet. Die factuur betalen we dus niet; graag een nieuwe levering of een creditnota.

            Met vriendelijke groet,

            Joost van den Akker
            Maatschap Van den Akker – Zeugenhouderij
            """),
        invoice=Invoice(number="205201", amount="1364.00", item="Vaccins Porcilis – 10 flacons"),
        facts=Facts(refs=("205201",), note="damaged goods: cold chain broken"),
    ),
    Reply(
        key="di-it-1",
        intent="dispute",
        lang="it",
        sender=("Laura Pellegrini", "laura.pellegrini@posta-casa.example"),
        when="2027-03-15 20:12 +0100",
        client="gmail",
        body=t("""
            Buonasera,

            c'è un errore nella fattura: per la sterilizzazione di Nuvola il preventivo che mi avete fatto firmare era di 180 euro tutto compreso, in fattura invece ci sono 265 euro tra visita, farmaci e "materiale di consumo". Ho mandato la foto del preventivo anche alla clinica. Pago volentieri i 180 concordati, non il resto.

            Laura Pellegrini
            """),
        invoice=Invoice(number="205348", amount="265.00", item="Sterilizzazione – Nuvola (gatta)"),
        facts=Facts(
            note="price above the written quote; offering to pay the quoted amount is not a payment claim"
        ),
    ),
    Reply(
        key="di-it-2",
        intent="dispute",
        lang="it",
        sender=("Stefano Roveda", "amministrazione@cascinaroveda.example"),
        when="2027-03-25 09:40 +0100",
        client="outlook_plain",
        charset="windows-1252",
        body=t("""
            Buongiorno,

            abbiamo saldato ieri la parte relativa ai farmaci (€ 312,00), ma la voce “reperibilità notturna” da € 150,00 non è dovuta: la chiamata per il parto della manza è stata fatta alle 18:30 e il veterinario è arrivato alle 19:15, in orario normale. Attendiamo la fattura corretta per la parte restante.

            Cordiali saluti
            Stefano Roveda
            Az. Agr. Cascina Roveda
            """),
        invoice=Invoice(number="205466", amount="462.00", item="Assistenza parto bovino + farmaci"),
        facts=Facts(
            note="part paid, the rest contested: dispute wins; the part payment is not labelled"
        ),
    ),
]

PAYMENT_PLAN = [
    Reply(
        key="pp-en-1",
        intent="payment_plan",
        lang="en",
        sender=("Jodie Marsh", "jodie.marsh@homemail.example"),
        when="2027-03-05 22:48 +0000",
        client="gmail_plain",
        body=t("""
            Hi,

            I'm really sorry about this. I lost my job in January and Milo's operation cost a lot more than I had saved. I do want to pay it. Would it be ok to pay £50 a month? I can set up a standing order for the 1st of each month starting in April.

            Thank you,
            Jodie
            """),
        invoice=Invoice(number="205133", amount="1265.00", item="Cruciate repair – Milo (canine)"),
        facts=Facts(note="hardship and a monthly amount; the plan's start is not labelled"),
    ),
    Reply(
        key="pp-en-2",
        intent="payment_plan",
        lang="en",
        sender=("Alan Pryce", "treasurer@northfolddogrescue.example"),
        when="2027-03-12 10:05 +0000",
        client="thunderbird",
        body=t("""
            Dear Fernhill,

            We've received your reminder for FVG-INV-205281 and FVG-INV-205295. As you know we rely on donations and a council grant that is paid quarterly, and the next instalment of the grant isn't due until the end of April. Could we ask for an extra 60 days on both invoices? We would hate for this to affect the excellent relationship we've had with the Ashby practice.

            With thanks,
            Alan Pryce
            Treasurer, Northfold Dog Rescue (CIO)
            """),
        invoice=Invoice(
            number="205281", amount="930.00", item="Rescue intake health checks – January"
        ),
        facts=Facts(refs=("205281", "205295"), note="asks for more time (60 days): payment_plan"),
    ),
    Reply(
        key="pp-en-3",
        intent="payment_plan",
        lang="en",
        sender=("Kevin Doherty", "kdoherty@doherty-family.example"),
        when="2027-03-24 17:30 +0000",
        client="outlook_plain",
        body=t("""
            Hello,

            I have been a client of yours for 15 years and I was shocked at the size of this bill for Rua's last week. I can't change what happened, but I would ask you to consider accepting €700 in full and final settlement of the €1,140 balance. I can pay the €700 this week if you agree.

            Regards,
            Kevin Doherty
            """),
        invoice=Invoice(
            number="205444",
            amount="1140.00",
            currency="EUR",
            item="Hospitalisation and euthanasia – Rua (canine)",
        ),
        facts=Facts(note="asks for a reduced amount; the offered payment depends on agreement"),
    ),
    Reply(
        key="pp-de-1",
        intent="payment_plan",
        lang="de",
        sender=("Sylvia Brehm", "kontakt@hundepension-waldeck.example"),
        when="2027-03-03 08:52 +0100",
        client="gmail",
        body=t("""
            Guten Morgen,

            der Winter war bei uns sehr ruhig und die Kasse ist gerade knapp. Wäre es möglich, die Rechnung in drei Raten zu je 400 € zu bezahlen, jeweils zum Monatsanfang ab April?

            Viele Grüße
            Sylvia Brehm
            Hundepension Waldeck
            """),
        invoice=Invoice(
            number="205091", amount="1200.00", item="Zwingerhusten-Impfungen Pensionshunde"
        ),
        facts=Facts(note="three instalments proposed"),
    ),
    Reply(
        key="pp-de-2",
        intent="payment_plan",
        lang="de",
        sender=("Stefan Lohmeier", "s.lohmeier@lohmeier-kg.example"),
        when="2027-03-17 13:03 +0100",
        client="outlook_plain",
        charset="windows-1252",
        body=t("""
            Sehr geehrte Damen und Herren,

            bei den aktuellen Schweinepreisen fahren wir seit Monaten Verluste. Wir bitten Sie daher, die beiden Rechnungen (FVG-INV-205337 und -205338) bis Ende Mai zu stunden. Sollte das nicht gehen, wären wir auch für eine Aufteilung in zwei Raten dankbar.

            Mit freundlichen Grüßen
            Stefan Lohmeier
            Schweinehaltung Lohmeier KG
            """),
        invoice=Invoice(
            number="205337", amount="1788.00", item="Bestandsbetreuung Schweine – Januar"
        ),
        facts=Facts(
            refs=("205337", "205338"),
            note="deferral ('stunden') is a request for more time; '-205338' is a short form",
        ),
    ),
    Reply(
        key="pp-fr-1",
        intent="payment_plan",
        lang="fr",
        sender=("Sabrina Haddad", "sabrina.haddad75@gmail.com"),
        when="2027-03-10 12:58 +0100",
        client="samsung",
        body=t("""
            Bonjour

            est ce que je peut payer en 3 fois ? avec la chirurgie de Pixel ça fait beaucoup d'un coup, je suis seule avec 2 enfants. Je peux commencer par 100 euros le 5 avril

            merci de votre comprehension
            Sabrina
            """),
        invoice=Invoice(number="205226", amount="684.00", item="Chirurgie – Pixel (chat)"),
        facts=Facts(
            note="instalments plus hardship; the first instalment's date belongs to the plan and is not labelled"
        ),
    ),
    Reply(
        key="pp-es-1",
        intent="payment_plan",
        lang="es",
        sender=("Marisa Calvo", "contabilidad@ecuestreelencinar.example"),
        when="2027-03-08 11:40 +0100",
        client="outlook_html",
        body=t("""
            Buenos días:

            ¿Sería posible pagar la factura en dos plazos? Os haríamos la mitad esta semana y la otra mitad a finales de abril, que es cuando empiezan los cursos de primavera y entran más ingresos.

            Quedo a la espera.

            Un saludo,
            Marisa Calvo
            Contabilidad – Centro Ecuestre El Encinar
            """),
        invoice=Invoice(
            number="205178", amount="1460.00", item="Revisiones dentales y vacunas – 12 caballos"
        ),
        facts=Facts(note="half now, half later: payment_plan"),
    ),
    Reply(
        key="pp-es-2",
        intent="payment_plan",
        lang="es",
        sender=("Asociación Patas Amigas", "tesoreria@patasamigas.example"),
        when="2027-03-19 10:26 +0100",
        client="gmail",
        body=t("""
            Hola,

            Somos una asociación sin ánimo de lucro y este mes hemos tenido muchísimas entradas de camadas abandonadas. ¿Habría alguna posibilidad de que nos hicierais un descuento en la factura, o de aplazarla un par de meses? Seguimos contando con vosotros para todas las esterilizaciones.

            Mil gracias,
            Nerea
            Tesorería – Asociación Patas Amigas
            """),
        invoice=Invoice(
            number="205361", amount="890.00", item="Esterilizaciones y desparasitaciones – febrero"
        ),
        facts=Facts(note="asks for a discount or a deferral"),
    ),
    Reply(
        key="pp-nl-1",
        intent="payment_plan",
        lang="nl",
        sender=("Ricardo Pinas", "r.pinas@mail-thuis.example"),
        when="2027-03-02 18:11 +0100",
        client="android",
        body=t("""
            Goedenavond,

            Ik kan de rekening van de spoedopname van Bobby niet in één keer betalen. Kunnen we een betalingsregeling treffen? Ik kan €75 per maand missen.

            Met vriendelijke groet,
            Ricardo Pinas
            """),
        invoice=Invoice(number="205068", amount="1012.40", item="Spoedopname – Bobby (hond)"),
        facts=Facts(note="asks for a payment arrangement with a monthly amount"),
    ),
    Reply(
        key="pp-nl-2",
        intent="payment_plan",
        lang="nl",
        sender=("Evert Kuipers", "administratie@dewiekslag.example"),
        when="2027-03-22 09:30 +0100",
        client="gmail_plain",
        body="Goedemorgen,\n\nVoorstel: ik maak vrijdag €200 over en de rest in april en mei in twee gelijke delen. Akkoord?\n\nEvert Kuipers\nPaardenhouderij De Wiekslag",
        invoice=Invoice(number="205410", amount="860.00", item="Dekseizoen – echo's merries"),
        facts=Facts(
            note="a payment on Friday plus the rest in two parts: payment_plan, not promise_to_pay"
        ),
    ),
    Reply(
        key="pp-it-1",
        intent="payment_plan",
        lang="it",
        sender=("Davide Conti", "davide.conti@posta-casa.example"),
        when="2027-03-09 13:15 +0100",
        client="iphone",
        body="Buongiorno, sarebbe possibile rateizzare l'importo? Anche in 4 o 5 rate mensili. Con le spese per Briciola questo mese non ci sto dentro.\nGrazie\nDavide",
        invoice=Invoice(
            number="205187", amount="735.00", item="Ricovero e terapia – Briciola (cane)"
        ),
        facts=Facts(note="monthly instalments asked"),
    ),
    Reply(
        key="pp-it-2",
        intent="payment_plan",
        lang="it",
        sender=("Elena Sartori", "info@pratialti-agricola.example"),
        when="2027-03-26 11:05 +0100",
        client="outlook_html",
        charset="iso-8859-1",
        body=t("""
            Buongiorno,

            come saprete, a febbraio abbiamo avuto un focolaio di mastite in stalla che ci ha fatto perdere quasi un mese di produzione. Vi chiediamo gentilmente una dilazione di 90 giorni sulle fatture del piano sanitario, senza interessi se possibile.

            Restiamo a disposizione per parlarne.

            Cordiali saluti
            Elena Sartori
            Società Agricola Prati Alti
            """),
        invoice=Invoice(
            number="205470", amount="2140.00", item="Piano sanitario stalla – I trimestre"
        ),
        facts=Facts(note="hardship and a 90-day deferral"),
    ),
]

INVOICE_REQUEST = [
    Reply(
        key="ir-en-1",
        intent="invoice_request",
        lang="en",
        sender=("Sue Tranter", "sue@tranterkennels.example"),
        when="2027-03-01 09:20 +0000",
        client="outlook_html",
        body=t("""
            Morning,

            Didn't we pay this already? I'm sure Mark paid a batch of your invoices in February. Can you send me a statement of the account so I can match it against our bank?

            Thanks
            Sue Tranter
            Tranter Boarding Kennels
            """),
        invoice=Invoice(
            number="205044", amount="318.00", item="Kennel cough vaccinations – boarders"
        ),
        facts=Facts(
            note="a question about payment, not a payment claim; the action is the statement she asks for"
        ),
    ),
    Reply(
        key="ir-en-2",
        intent="invoice_request",
        lang="en",
        sender=("Amit Rao – Harbourside Pet Insurance", "claims@harboursidepet.example"),
        when="2027-03-15 14:02 +0000",
        client="owa",
        body=t("""
            Dear Fernhill Veterinary Group,

            Policyholder: Mrs J. Kettering — Pet: Otto (Labrador) — Claim ref: HPI-CL-552190

            The policyholder has forwarded us your reminder for FVG-INV-205369 and has asked us to pay the claim to you directly. Before we can settle we need an itemised invoice showing the individual treatment lines, and the full clinical history for the last 12 months. Please send both to claims@harboursidepet.example quoting the claim reference.

            Kind regards,
            Amit Rao
            Claims Handler
            Harbourside Pet Insurance
            """),
        invoice=Invoice(
            number="205369", amount="2318.90", item="Gastropexy and hospitalisation – Otto"
        ),
        facts=Facts(
            refs=("205369",),
            note="insurer asks for documents before paying the claim; the address given is where to send them, not a new contact",
        ),
    ),
    Reply(
        key="ir-en-3",
        intent="invoice_request",
        lang="en",
        sender=("Priya Nandakumar", "priya.n@homemail.example"),
        when="2027-03-18 19:44 +0000",
        client="gmail",
        body="Hi, I never got the invoice for Bella's dental — this reminder is the first I've seen of it. Could you resend it to this address please and I'll sort it.\n\nThanks, Priya",
        invoice=Invoice(number="205404", amount="389.50", item="Dental – Bella (canine)"),
        facts=Facts(
            note="never received, please resend; 'I'll sort it' has no date and depends on the invoice"
        ),
    ),
    Reply(
        key="ir-de-1",
        intent="invoice_request",
        lang="de",
        sender=("Kerstin Maaß", "buchhaltung@tierheim-bergstadt.example"),
        when="2027-03-04 10:47 +0100",
        client="outlook_html",
        body=t("""
            Sehr geehrte Damen und Herren,

            Ihre Rechnung FVG-INV-205171 können wir so nicht anweisen, da die Bestellnummer fehlt. Seit Januar benötigen wir auf allen Rechnungen unsere Bestellnummer (für diese Leistungen: BN-2027-0142), sonst lehnt unser Rechnungsprüfungssystem die Buchung ab. Bitte senden Sie uns die Rechnung mit Bestellnummer erneut zu; am Betrag selbst haben wir nichts auszusetzen.

            Mit freundlichen Grüßen
            Kerstin Maaß
            Buchhaltung
            Tierheim Bergstadt e. V.
            """),
        invoice=Invoice(number="205171", amount="1450.00", item="Kastrationen Fundkatzen – Januar"),
        facts=Facts(
            refs=("205171",),
            note="reissue with the PO number, amount accepted: invoice_request, not dispute",
        ),
    ),
    Reply(
        key="ir-fr-1",
        intent="invoice_request",
        lang="fr",
        sender=("Hélène Mathis", "pension@gitecanintroissapins.example"),
        when="2027-03-03 16:30 +0100",
        client="gmail_plain",
        body=t("""
            Bonjour,

            Pourriez-vous m'envoyer votre RIB en PDF ? Ma banque refuse d'enregistrer un nouveau bénéficiaire à partir d'un IBAN recopié d'un mail. Dès que je l'ai, je fais le nécessaire.

            Cordialement,
            Hélène Mathis
            Gîte canin des Trois Sapins
            """),
        invoice=Invoice(number="205110", amount="276.00", item="Vaccinations pensionnaires"),
        facts=Facts(note="bank details asked before paying"),
    ),
    Reply(
        key="ir-fr-2",
        intent="invoice_request",
        lang="fr",
        sender=("Claire Dumont", "contact@amisdesbetes-auge.example"),
        when="2027-03-16 10:10 +0100",
        client="apple",
        body=t("""
            Bonjour,

            La facture a été établie au nom de notre bénévole, Mme Lefort, qui a seulement amené le chien à la clinique. Pour que notre trésorier puisse la payer, il nous faut une facture au nom de l'association (Les Amis des Bêtes du Pays d'Auge, 12 rue des Tanneurs, 14100 Lisieux, SIRET 812 345 678 00019). Le montant ne pose aucun problème.

            Merci d'avance,
            Claire Dumont
            Secrétaire
            """),
        invoice=Invoice(
            number="205346", amount="148.00", item="Consultation et vaccins – Gribouille (chien)"
        ),
        facts=Facts(
            note="reissue in the payer's name, amount accepted: invoice_request, not dispute"
        ),
    ),
    Reply(
        key="ir-es-1",
        intent="invoice_request",
        lang="es",
        sender=("Marta Gil", "marta.gil@correo-casa.example"),
        when="2027-03-05 09:12 +0100",
        client="iphone",
        body="Hola, no me ha llegado ninguna factura, solo este aviso. ¿Me la podéis reenviar para ver qué es? Gracias",
        invoice=Invoice(number="205119", amount="92.30", item="Consulta y analítica – Lua (gata)"),
        facts=Facts(note="never received the invoice, please resend"),
    ),
    Reply(
        key="ir-es-2",
        intent="invoice_request",
        lang="es",
        sender=("Álvaro Benítez", "facturas@nzsierranorte.example"),
        when="2027-03-22 13:35 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        body=t("""
            Buenas tardes:

            Para poder contabilizar y pagar la factura necesitamos que nos la emitáis con nuestros datos fiscales completos, porque sin el CIF no nos deja deducir el IVA:

            Núcleo Zoológico Sierra Norte, S.L.
            CIF B-87654321
            Camino de la Dehesa, s/n, 28189 Torremocha de Jarama (Madrid)

            En cuanto la tengamos la pasamos al pago.

            Saludos,
            Álvaro Benítez
            Administración
            """),
        invoice=Invoice(
            number="205431", amount="1320.00", item="Revisión sanitaria anual – núcleo zoológico"
        ),
        facts=Facts(
            note="reissue with tax details; 'we'll pay once we have it' is conditional and undated"
        ),
    ),
    Reply(
        key="ir-nl-1",
        intent="invoice_request",
        lang="nl",
        sender=("Ilse Mulder", "info@vlinderhoeve-manege.example"),
        when="2027-03-10 16:05 +0100",
        client="outlook_html",
        body=t("""
            Beste,

            Kunnen jullie een kopie van de factuur sturen? En graag even bevestigen wat het juiste rekeningnummer is: op deze herinnering staat een ander IBAN dan op de factuur van vorig jaar, en we zijn voorzichtig met al die nepfacturen die rondgaan.

            Met vriendelijke groet,
            Ilse Mulder
            Manege De Vlinderhoeve
            """),
        invoice=Invoice(number="205239", amount="574.00", item="Gebitsbehandeling pony's (7)"),
        facts=Facts(note="copy of the invoice and confirmation of bank details"),
    ),
    Reply(
        key="ir-nl-2",
        intent="invoice_request",
        lang="nl",
        sender=("Wim de Graaf", "financien@zorgboerderijdeklaproos.example"),
        when="2027-03-25 08:41 +0100",
        client="thunderbird",
        body=t("""
            Goedemorgen,

            Wij raken het overzicht een beetje kwijt. Kunnen jullie ons een rekeningoverzicht sturen met alle openstaande posten vanaf 1 januari? Dan betalen we alles in één keer.

            Groeten,
            Wim de Graaf
            Zorgboerderij De Klaproos
            """),
        invoice=Invoice(
            number="205451", amount="213.00", item="Bezoek geitenkoppel – klauwen en ontworming"
        ),
        facts=Facts(
            note="statement of open items; the payment after it is conditional and undated"
        ),
    ),
    Reply(
        key="ir-it-1",
        intent="invoice_request",
        lang="it",
        sender=("Roberta Lanzi", "amministrazione@canileilfaro.example"),
        when="2027-03-08 12:02 +0100",
        client="outlook_plain",
        body=t("""
            Buongiorno,

            la fattura FVG-INV-205219 non ci risulta pervenuta tramite SDI: nel nostro cassetto fiscale non c'è. Potete verificare di averla trasmessa con il codice destinatario corretto (M5UXCR1)? Senza la fattura elettronica non possiamo registrarla né pagarla.

            Grazie e buona giornata
            Roberta Lanzi
            Ufficio amministrativo – Canile Rifugio Il Faro ODV
            """),
        invoice=Invoice(number="205219", amount="640.00", item="Sterilizzazioni canile – febbraio"),
        facts=Facts(refs=("205219",), note="e-invoice not received through SDI"),
    ),
    Reply(
        key="ir-it-2",
        intent="invoice_request",
        lang="it",
        sender=("Federica Rinaldi", "fede.rinaldi@gmail.com"),
        when="2027-03-20 10:15 +0100",
        client="android",
        body="Buongiorno, per la pratica con l'assicurazione mi serve la fattura dettagliata con le singole voci (visita, esami, farmaci) e la diagnosi. Me la potete mandare? Appena l'assicurazione rimborsa vi pago.\nFederica Rinaldi",
        invoice=Invoice(
            number="205390", amount="418.00", item="Visita specialistica ed esami – Olivia (cane)"
        ),
        facts=Facts(
            note="the itemised invoice she needs drives the action; the payment is conditional on the insurer"
        ),
    ),
]

WRONG_CONTACT = [
    Reply(
        key="wc-en-1",
        intent="wrong_contact",
        lang="en",
        sender=("Lewis", "yard@ashcombestud.example"),
        when="2027-03-02 07:05 +0000",
        client="iphone",
        body="Morning, I'm just the head groom here, I don't deal with any of the bills. Mrs Pendry does all that — caroline.pendry@ashcombestud.example\n\nLewis",
        invoice=Invoice(number="205083", amount="1540.00", item="Stud work – mare scans, February"),
        facts=Facts(contact="caroline.pendry@ashcombestud.example"),
    ),
    Reply(
        key="wc-en-2",
        intent="wrong_contact",
        lang="en",
        sender=("Accounts – Greywater Equestrian Centre", "accounts@greywater-equestrian.example"),
        when="2027-03-08 09:11 +0000",
        client="none",
        subject="{auto}{rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=t("""
            This mailbox is no longer monitored.

            Greywater Equestrian Centre has moved its accounts to a new system. Please send all invoices, statements and remittances to purchase.ledger@greywater-equestrian.example. Messages sent to this address will not be read or forwarded.

            Thank you.
            """),
        invoice=Invoice(
            number="205162", amount="1180.00", item="Equine vaccinations – riding school horses"
        ),
        facts=Facts(
            contact="purchase.ledger@greywater-equestrian.example",
            note="automatic 'no longer monitored' notice naming a new address: wrong_contact",
        ),
    ),
    Reply(
        key="wc-en-3",
        intent="wrong_contact",
        lang="en",
        sender=("Hollybrook Kennels Accounts", "accounts@hollybrookkennels-billing.example"),
        when="2027-03-19 14:52 +0000",
        client="webmail_html",
        headers=(("Reply-To", "hollybrook.payables@gmail.com"),),
        body=t("""
            Dear Sir/Madam,

            Please be advised that with immediate effect our accounts department has moved to a new email. Kindly update your records and direct all invoices, statements and reminders for our account to hollybrook.payables@gmail.com only. Our previous addresses are being decommissioned and will no longer receive mail.

            Also kindly send a copy of all open invoices on our account to the new address today for our reconciliation.

            Regards,
            Accounts Department
            Hollybrook Kennels
            """),
        invoice=Invoice(number="205389", amount="652.00", item="Boarding kennel health checks"),
        facts=Facts(
            contact="hollybrook.payables@gmail.com",
            note="phishing-like redirect (look-alike domain, free-mail Reply-To), labelled by what it asks: wrong_contact with the new address; the collector must verify it before acting; HTML-only",
        ),
    ),
    Reply(
        key="wc-de-1",
        intent="wrong_contact",
        lang="de",
        sender=("Jana Weiß", "j.weiss@tierpension-am-see.example"),
        when="2027-03-05 11:55 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        body=t("""
            Guten Tag,

            ich bin seit Ende Februar nicht mehr bei der Tierpension am See beschäftigt. Bitte wenden Sie sich künftig an buchhaltung@tierpension-am-see.example.

            Freundliche Grüße
            Jana Weiß
            """),
        invoice=Invoice(number="205099", amount="221.00", item="Impfungen Pensionskatzen"),
        facts=Facts(contact="buchhaltung@tierpension-am-see.example"),
    ),
    Reply(
        key="wc-de-2",
        intent="wrong_contact",
        lang="de",
        sender=("F. Amsel", "f.amsel@amsel-steuer.example"),
        when="2027-03-23 15:18 +0100",
        client="gmail_plain",
        reminder_lang="en",
        body=t("""
            Guten Tag,

            Sie haben sich offenbar in der Adresse geirrt. Ich habe weder Tiere, noch war ich je Kunde bei Ihnen. Einen Herrn oder eine Frau Amsel mit Pferd mag es geben, aber das bin nicht ich.

            Mit freundlichen Grüßen
            F. Amsel
            """),
        invoice=Invoice(
            number="205426", amount="318.00", currency="EUR", item="Equine dental – Wotan"
        ),
        facts=Facts(
            note="wrong recipient altogether, no new address; German reply to an English reminder"
        ),
    ),
    Reply(
        key="wc-fr-1",
        intent="wrong_contact",
        lang="fr",
        sender=("Mathilde Roche", "ecurie@ecuriedesbruyeres.example"),
        when="2027-03-11 18:40 +0100",
        client="gmail",
        headers=(("Cc", "Cabinet Vallet Expertise <factures@cabinet-vallet-expertise.example>"),),
        body=t("""
            Bonsoir,

            Ce n'est pas moi qui gère les factures de l'écurie, c'est notre cabinet comptable. Je les mets en copie : merci d'écrire désormais à factures@cabinet-vallet-expertise.example pour tout ce qui concerne les règlements.

            Mathilde Roche
            Écurie des Bruyères
            """),
        invoice=Invoice(
            number="205274", amount="465.00", item="Visites chevaux de propriétaires – février"
        ),
        facts=Facts(contact="factures@cabinet-vallet-expertise.example"),
    ),
    Reply(
        key="wc-fr-2",
        intent="wrong_contact",
        lang="fr",
        sender=("Pension féline Les Moustaches", "contact@pensionlesmoustaches.example"),
        when="2027-03-15 06:01 +0100",
        client="none",
        subject="{auto}{rsub}",
        headers=(("X-Autoreply", "yes"),),
        body=t("""
            Bonjour,

            Cette adresse n'est plus consultée depuis le 1er mars 2027. Pour toute question administrative ou comptable, merci d'écrire à gestion@lesmoustaches-pension.example.

            Pour les réservations, rendez-vous sur notre site.

            Message automatique, merci de ne pas répondre.
            """),
        invoice=Invoice(
            number="205312", amount="132.00", item="Vaccins typhus/coryza – pensionnaires"
        ),
        facts=Facts(
            contact="gestion@lesmoustaches-pension.example",
            note="automatic 'address no longer read' notice naming a new address, without Auto-Submitted: wrong_contact",
        ),
    ),
    Reply(
        key="wc-es-1",
        intent="wrong_contact",
        lang="es",
        sender=(
            "Jaime – Voluntarios Refugio San Francisco",
            "voluntarios@refugiosanfrancisco.example",
        ),
        when="2027-03-04 20:20 +0100",
        client="android",
        body="Hola, esta dirección es la de los voluntarios y aquí nadie lleva las cuentas. Las facturas las gestiona Marta Ibáñez en tesoreria@refugiosanfrancisco.example, escribidle a ella.\nJaime",
        invoice=Invoice(number="205114", amount="580.00", item="Esterilizaciones – enero"),
        facts=Facts(contact="tesoreria@refugiosanfrancisco.example"),
    ),
    Reply(
        key="wc-es-2",
        intent="wrong_contact",
        lang="es",
        sender=("Dolores Prieto", "dolores@yeguadalostilos.example"),
        when="2027-03-17 11:22 +0100",
        client="outlook_html",
        headers=(("Cc", "Gestoría Prieto y Asociados <Contabilidad@GestoriaPrieto.example>"),),
        body=t("""
            Buenos días:

            Toda la facturación de Los Tilos la lleva nuestra gestoría desde este año. Les pongo en copia; por favor, dirigid a partir de ahora las facturas y los recordatorios a Contabilidad@GestoriaPrieto.example.

            Un saludo,
            Dolores Prieto
            Yeguada Los Tilos
            """),
        invoice=Invoice(
            number="205352", amount="2260.00", item="Temporada de cubriciones – ecografías"
        ),
        facts=Facts(
            contact="contabilidad@gestoriaprieto.example",
            note="address written in mixed case and copied in Cc; labelled in lower case",
        ),
    ),
    Reply(
        key="wc-nl-1",
        intent="wrong_contact",
        lang="nl",
        sender=("Jeroen Bakker", "jeroen@bakker-rundvee.example"),
        when="2027-03-26 07:32 +0100",
        client="iphone",
        body="Goedemorgen, dit soort post moet naar ons administratiekantoor, daar doe ik zelf niks mee. Adres: facturen@agroadmin-noord.example. Graag voortaan daarheen.\n\nGr Jeroen",
        invoice=Invoice(number="205478", amount="1034.00", item="Bedrijfsbegeleiding rundvee – Q1"),
        facts=Facts(contact="facturen@agroadmin-noord.example"),
    ),
    Reply(
        key="wc-it-1",
        intent="wrong_contact",
        lang="it",
        sender=("Paolo Guidi", "paolo.guidi@centroippicoilmulino.example"),
        when="2027-03-09 09:05 +0100",
        client="gmail",
        body=t("""
            Buongiorno,

            il sollecito è arrivato a me, ma la cavalla (Zaira) è della signora Lucia Ferri, che la tiene in pensione da noi: le visite le paga lei direttamente. Vi lascio la sua mail: lucia.ferri@ferri-studiolegale.example

            Saluti,
            Paolo Guidi
            Centro Ippico Il Mulino
            """),
        invoice=Invoice(
            number="205191", amount="310.00", item="Visita e infiltrazione – Zaira (cavalla)"
        ),
        facts=Facts(contact="lucia.ferri@ferri-studiolegale.example"),
    ),
    Reply(
        key="wc-it-2",
        intent="wrong_contact",
        lang="it",
        sender=("Loredana – Canile di Valle Scura", "volontari@canilevallescura.example"),
        when="2027-03-24 16:48 +0100",
        client="outlook_html",
        body=t("""
            Buonasera,

            da gennaio il canile è gestito direttamente dal Comune e noi volontari non possiamo più disporre pagamenti. Per le fatture dovete scrivere all'Ufficio Ragioneria: ragioneria@comune-vallescura.example (referente dott.ssa Mancini).

            Saluti
            Loredana, volontaria
            """),
        invoice=Invoice(number="205459", amount="915.00", item="Prestazioni canile – febbraio"),
        facts=Facts(contact="ragioneria@comune-vallescura.example"),
    ),
]

UNSUBSCRIBE = [
    Reply(
        key="un-en-1",
        intent="unsubscribe",
        lang="en",
        sender=("A. Penhale", "apenhale@penhalefarms.example"),
        when="2027-03-03 07:40 +0000",
        client="outlook_plain",
        body=t("""
            I do not deal with bills by email. Please remove this address from your system and send anything about my account by post to Trevalla Farm, Polkerris Lane, PL24 3XB. I will not be reading further emails on this.

            A. Penhale
            """),
        invoice=Invoice(number="205097", amount="624.00", item="Herd health plan – cattle, Q1"),
        facts=Facts(note="post only → unsubscribe"),
    ),
    Reply(
        key="un-en-2",
        intent="unsubscribe",
        lang="en",
        sender=("Graham Ruddock", "graham@ruddockequine.example"),
        when="2027-03-12 12:12 +0000",
        client="gmail",
        body=t("""
            This matter is now with our solicitors, Marsh Tilling LLP, 14 Castle Street, Ludlow. Do not contact me directly about this account again. Any further correspondence should go to them in writing.

            G. Ruddock
            """),
        invoice=Invoice(number="205246", amount="3180.00", item="Colic surgery referral – Major"),
        facts=Facts(
            note="'talk to our solicitors' with only a postal address → unsubscribe, not wrong_contact"
        ),
    ),
    Reply(
        key="un-en-3",
        intent="unsubscribe",
        lang="en",
        sender=("Kerry Blythe", "kerryblythe@gmail.com"),
        when="2027-03-15 18:31 +0000",
        client="iphone",
        body="STOP sending me these emails!!! This is the 3rd one. I paid on the 3rd at the desk when I picked up Rolo, i have the reciept. Take me off your email list",
        invoice=Invoice(
            number="205124", amount="97.60", item="Consultation and medication – Rolo (canine)"
        ),
        facts=Facts(
            note="stop request plus a payment claim: unsubscribe beats everything but bounce; typos"
        ),
    ),
    Reply(
        key="un-de-1",
        intent="unsubscribe",
        lang="de",
        sender=("Ingrid Wallner", "i.wallner@wallnerhof.example"),
        when="2027-03-05 20:05 +0100",
        client="thunderbird",
        body=t("""
            Guten Abend,

            bitte schicken Sie mir keine E-Mails mehr. Rechnungen und Mahnungen bitte ausschließlich per Post an den Hof, diese Adresse lese ich nur selten.

            Ingrid Wallner
            """),
        invoice=Invoice(number="205128", amount="176.00", item="Klauenbehandlung Ziegen"),
        facts=Facts(note="post only → unsubscribe"),
    ),
    Reply(
        key="un-de-2",
        intent="unsubscribe",
        lang="de",
        sender=("Dr. Konstantin Reh", "k.reh@reh-consult.example"),
        when="2027-03-18 09:02 +0100",
        client="outlook_html",
        body=t("""
            Sehr geehrte Damen und Herren,

            hiermit widerspreche ich gemäß Art. 21 DSGVO der Verwendung meiner E-Mail-Adresse für Zahlungserinnerungen und sonstige Mitteilungen und fordere Sie auf, diese Adresse aus Ihren Verteilern zu löschen. Schriftverkehr bitte nur noch auf dem Postweg.

            Mit freundlichen Grüßen
            Dr. Konstantin Reh
            """),
        invoice=Invoice(
            number="205380", amount="289.00", item="Ultraschall Abdomen – Fiete (Hund)"
        ),
        facts=Facts(note="GDPR objection to e-mail use, post only"),
    ),
    Reply(
        key="un-fr-1",
        intent="unsubscribe",
        lang="fr",
        sender=("Jean-Luc Ferrand", "jl.ferrand@ferrand-elevage.example"),
        when="2027-03-22 17:45 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        body=t("""
            Madame, Monsieur,

            Je vous prie de cesser de m'adresser des courriels à ce sujet. Ce dossier est désormais suivi par mon avocat, Maître Sophie Abadie, du barreau de Bordeaux, 8 cours de Verdun, 33000 Bordeaux, à qui vous voudrez bien adresser toute correspondance par courrier.

            Jean-Luc Ferrand
            """),
        invoice=Invoice(
            number="205414",
            amount="1985.00",
            item="Suivi sanitaire troupeau bovin – 2e semestre 2026",
        ),
        facts=Facts(note="stop e-mailing, the lawyer by post → unsubscribe"),
    ),
    Reply(
        key="un-es-1",
        intent="unsubscribe",
        lang="es",
        sender=("Nacho Urrutia", "nacho.urrutia@correo-casa.example"),
        when="2027-03-10 22:03 +0100",
        client="gmail_inline",
        body="",
        inline=(
            (
                "Puede abonarla",
                "Lo pagué en la clínica el mismo día de la consulta, con tarjeta.\n\nDejad de escribirme ya, por favor. No quiero más correos de cobro.\n\nNacho",
            ),
        ),
        invoice=Invoice(number="205175", amount="71.50", item="Consulta – Kira (perra)"),
        facts=Facts(note="inline answer: stop request plus a payment claim, unsubscribe wins"),
    ),
    Reply(
        key="un-es-2",
        intent="unsubscribe",
        lang="es",
        sender=("Consuelo Arranz", "consuelo.arranz@ganaderiaarranz.example"),
        when="2027-03-24 10:50 +0100",
        client="outlook_plain",
        body=t("""
            Buenos días:

            No deseo recibir más correos electrónicos de su empresa. Cualquier comunicación sobre mi cuenta, por carta a la dirección de la ganadería, por favor.

            Atentamente,
            Consuelo Arranz
            """),
        invoice=Invoice(number="205449", amount="742.00", item="Saneamiento ganadero – caprino"),
        facts=Facts(note="letters only → unsubscribe"),
    ),
    Reply(
        key="un-nl-1",
        intent="unsubscribe",
        lang="nl",
        sender=("G. Hoekstra", "g.hoekstra@hoekstra-schapen.example"),
        when="2027-03-09 19:30 +0100",
        client="outlook_plain",
        body="Geen mail meer sturen aub. Alles per post, ik zit niet achter de computer.\n\nG. Hoekstra",
        invoice=Invoice(number="205183", amount="356.00", item="Lammerenseizoen – keizersnede ooi"),
        facts=Facts(note="post only → unsubscribe"),
    ),
    Reply(
        key="un-nl-2",
        intent="unsubscribe",
        lang="nl",
        sender=("Yvonne Smit", "yvonne.smit@mail-thuis.example"),
        when="2027-03-18 14:14 +0100",
        client="gmail",
        body="Wilt u mij uit uw mailbestand halen? Onze hond Sam is in januari overleden en ik wil deze mails niet meer krijgen. Dank u.\n\nYvonne Smit",
        invoice=Invoice(
            number="205371", amount="215.00", item="Euthanasie en crematie – Sam (hond)"
        ),
        facts=Facts(note="removal request in a bereavement context"),
    ),
    Reply(
        key="un-it-1",
        intent="unsubscribe",
        lang="it",
        sender=("Roberto Galimberti", "r.galimberti@galimberti-srl.example"),
        when="2027-03-16 11:32 +0100",
        client="owa",
        body=t("""
            Spett.le Fernhill Veterinary Group,

            vi diffido dal contattarmi ulteriormente via e-mail per questa posizione. Per ogni comunicazione vi rivolgerete esclusivamente al mio legale, avv. Chiara Mondini del Foro di Monza, tramite raccomandata o PEC.

            Distinti saluti
            Roberto Galimberti
            """),
        invoice=Invoice(
            number="205343", amount="1250.00", item="Chirurgia ortopedica – Ares (cane)"
        ),
        facts=Facts(note="only through my lawyer → unsubscribe"),
    ),
    Reply(
        key="un-it-2",
        intent="unsubscribe",
        lang="it",
        sender=("Sara – Rifugio Zampe Felici", "sara@rifugiozampefelici.example"),
        when="2027-03-05 08:20 +0100",
        client="iphone",
        body="Toglietemi da questi invii per favore, non mi occupo io dei pagamenti del rifugio. Grazie",
        invoice=Invoice(number="205134", amount="430.00", item="Sterilizzazioni gatte rifugio"),
        facts=Facts(
            note="remove me + not the right person, no new address: unsubscribe beats wrong_contact"
        ),
    ),
]

AUTO_REPLY = [
    Reply(
        key="ar-en-1",
        intent="auto_reply",
        lang="en",
        sender=("Rachel Dunmore", "rachel.dunmore@bramblecombe-estate.example"),
        when="2027-03-08 08:31 +0000",
        client="none",
        subject="{auto}{rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=t("""
            Thank you for your email. I'm out of the office until Thursday 11 March with limited access to email. For anything urgent about the estate's livestock please call the farm office on 01632 960775.

            Rachel
            """),
        invoice=Invoice(
            number="205146",
            amount="1712.00",
            item="Suckler herd – pre-breeding bull fertility tests",
        ),
        facts=Facts(back="2027-03-11", note="'until X' → X itself"),
    ),
    Reply(
        key="ar-en-2",
        intent="auto_reply",
        lang="en",
        sender=("Harbourside Pet Insurance Support", "support@harboursidepet.example"),
        when="2027-03-02 10:03 +0000",
        client="none",
        subject="[Ticket #HPI-448213] {rsub}",
        headers=(("Precedence", "bulk"), ("X-Helpdesk", "Deskwise 5")),
        body=t("""
            Hello,

            Thanks for getting in touch with Harbourside Pet Insurance. Your message has been logged under ticket #HPI-448213 and one of our team will reply within 3 working days.

            Please keep the ticket number in the subject line if you write to us again.

            Harbourside Customer Support
            """),
        invoice=Invoice(number="205058", amount="486.00", item="Insurance claim – Pepper (canine)"),
        facts=Facts(
            note="ticket acknowledgement with Precedence: bulk and no Auto-Submitted; no return date"
        ),
    ),
    Reply(
        key="ar-en-3",
        intent="auto_reply",
        lang="en",
        sender=("Owen Tremlett", "owen@tremlettracing.example"),
        when="2027-03-18 06:12 +0000",
        client="none",
        subject="Away – back next Tuesday",
        headers=(AUTO_REPLIED,),
        body="Hi, I'm away at Cheltenham with the horses and back next Tuesday. I'll reply to everything then.\n\nOwen",
        invoice=Invoice(number="205336", amount="2295.00", item="Pre-race examinations – February"),
        facts=Facts(back="2027-03-23", note="'next Tuesday' from Thu 18 March → Tue 23 March"),
    ),
    Reply(
        key="ar-de-1",
        intent="auto_reply",
        lang="de",
        sender=("Petra Ullrich", "p.ullrich@hofgut-lindenau.example"),
        when="2027-03-15 07:44 +0100",
        client="none",
        subject="{auto}{rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=t("""
            Vielen Dank für Ihre Nachricht.

            Ich bin bis einschließlich 19.03.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 22.03., bin ich wieder für Sie erreichbar. Ihre Nachricht wird nicht weitergeleitet.

            Mit freundlichen Grüßen
            Petra Ullrich
            Hofgut Lindenau
            """),
        invoice=Invoice(
            number="205304", amount="834.00", item="Trächtigkeitsuntersuchungen Mutterkühe"
        ),
        facts=Facts(
            back="2027-03-22",
            note="'wieder erreichbar ab' the 22nd wins over 'bis einschließlich 19.03.'",
        ),
    ),
    Reply(
        key="ar-de-2",
        intent="auto_reply",
        lang="de",
        sender=("Pfotenschutz Kundenservice", "service@pfotenschutz-versicherung.example"),
        when="2027-03-03 14:20 +0100",
        client="none",
        subject="Eingangsbestätigung – Vorgang 2027-031-77415",
        headers=(AUTO_GENERATED,),
        body=t("""
            Sehr geehrte Damen und Herren,

            vielen Dank für Ihre E-Mail. Ihr Anliegen ist bei uns unter der Vorgangsnummer 2027-031-77415 eingegangen. Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs, in der Regel innerhalb von fünf Werktagen.

            Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.

            Ihr Kundenservice
            Pfotenschutz Versicherung AG
            """),
        invoice=Invoice(number="205079", amount="612.00", item="Kreuzbandoperation – Balu (Hund)"),
        facts=Facts(note="insurer's ticket acknowledgement; no return date"),
    ),
    Reply(
        key="ar-fr-1",
        intent="auto_reply",
        lang="fr",
        sender=("Nathalie Perrin", "n.perrin@centre-equestre-lavallee.example"),
        when="2027-03-08 09:02 +0100",
        client="none",
        subject="{auto}{rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=t("""
            Bonjour,

            Je suis absente du 8 au 12 mars inclus. Je serai de retour le lundi 15 mars et traiterai votre message à ce moment-là. En cas d'urgence, vous pouvez joindre l'accueil du centre au 03 80 00 12 34.

            Cordialement,
            Nathalie Perrin
            """),
        invoice=Invoice(
            number="205165", amount="538.00", item="Vaccinations grippe/rhino – cavalerie du centre"
        ),
        facts=Facts(back="2027-03-15"),
    ),
    Reply(
        key="ar-fr-2",
        intent="auto_reply",
        lang="fr",
        sender=("Élevage du Clos Saint-Roch", "contact@clossaintroch-elevage.example"),
        when="2027-03-10 00:03 +0100",
        client="none",
        body=t("""
            Bonjour et merci pour votre message.

            L'élevage est fermé pour congés jusqu'au 21 mars. Nous lirons vos messages à notre retour.

            À bientôt,
            L'équipe du Clos Saint-Roch
            """),
        invoice=Invoice(
            number="205208", amount="264.00", item="Visite de portée – bergers australiens"
        ),
        facts=Facts(
            back="2027-03-21",
            note="'jusqu'au X' → X itself; autoresponder without Auto-Submitted, subject 'Re:'",
        ),
    ),
    Reply(
        key="ar-es-1",
        intent="auto_reply",
        lang="es",
        sender=("Beatriz Lozano", "blozano@avicola-lozano.example"),
        when="2027-03-09 08:00 +0100",
        client="none",
        subject="{auto}{rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=t("""
            Gracias por su mensaje.

            Estaré fuera de la oficina hasta el jueves 18 de marzo, sin acceso al correo. Para asuntos urgentes de la granja pueden llamar a Raúl Ortega al 600 000 123.

            Un saludo,
            Beatriz Lozano
            """),
        invoice=Invoice(number="205172", amount="1185.00", item="Vacunación aves – lote 11"),
        facts=Facts(
            back="2027-03-18", note="'hasta X' → X itself; the colleague named is not a new contact"
        ),
    ),
    Reply(
        key="ar-es-2",
        intent="auto_reply",
        lang="es",
        sender=("Club Hípico Los Olivos", "info@hipicolosolivos.example"),
        when="2027-03-16 13:13 +0100",
        client="none",
        subject="Hemos recibido tu mensaje",
        headers=(("X-Autorespond", "yes"),),
        body=t("""
            ¡Hola!

            Hemos recibido tu correo y te contestaremos en un plazo máximo de 48 horas laborables. Si tu consulta es sobre clases o pupilaje, puedes llamarnos de 9 a 14 h.

            Club Hípico Los Olivos
            """),
        invoice=Invoice(number="205358", amount="705.00", item="Revisiones de compra – 2 caballos"),
        facts=Facts(note="receipt acknowledgement without Auto-Submitted; no return date"),
    ),
    Reply(
        key="ar-nl-1",
        intent="auto_reply",
        lang="nl",
        sender=("Linda Hermans", "l.hermans@pluimveebedrijf-hermans.example"),
        when="2027-03-04 10:10 +0100",
        client="none",
        subject="{auto}{rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body="Dank voor uw bericht. Ik ben met verlof tot en met dinsdag 16 maart en vanaf woensdag 17 maart weer op kantoor. Uw mail wordt niet doorgestuurd.\n\nMet vriendelijke groet,\nLinda Hermans",
        invoice=Invoice(
            number="205105", amount="926.00", item="Salmonellamonitoring – stal 2 en 3"
        ),
        facts=Facts(back="2027-03-17", note="'vanaf' the 17th wins over 'tot en met' the 16th"),
    ),
    Reply(
        key="ar-nl-2",
        intent="auto_reply",
        lang="nl",
        sender=("Dierenopvang Het Baken", "info@dierenopvanghetbaken.example"),
        when="2027-03-20 11:20 +0100",
        client="none",
        body=t("""
            Bedankt voor je bericht aan Dierenopvang Het Baken!

            Wij zijn een organisatie van vrijwilligers en lezen de mail niet elke dag. We reageren zo snel als we kunnen. Gevonden of vermist dier? Bel dan de dierenambulance via 0900-0245.

            Hartelijke groet,
            Het vrijwilligersteam
            """),
        invoice=Invoice(number="205397", amount="660.00", item="Castraties katers – februari"),
        facts=Facts(note="volunteer autoresponder without Auto-Submitted; no return date"),
    ),
    Reply(
        key="ar-it-1",
        intent="auto_reply",
        lang="it",
        sender=("Francesca Nobili", "f.nobili@allevamentonobili.example"),
        when="2027-03-17 07:00 +0100",
        client="none",
        subject="{auto}{rsub}",
        headers=(AUTO_REPLIED, SUPPRESS),
        body=t("""
            Grazie per il messaggio.

            Sono in ferie fino a martedì 23 marzo compreso. Rientrerò in ufficio mercoledì 24 marzo e risponderò al più presto. Per urgenze contattare l'ufficio al numero 0522 000456.

            Francesca Nobili
            """),
        invoice=Invoice(
            number="205333", amount="1480.00", item="Piano sanitario suini – gennaio/febbraio"
        ),
        facts=Facts(back="2027-03-24", note="the stated day back wins over 'fino a … compreso'"),
    ),
]

OTHER = [
    Reply(
        key="ot-en-1",
        intent="other",
        lang="en",
        sender=("Maggie Thornbury", "maggie.thornbury@homemail.example"),
        when="2027-03-06 11:15 +0000",
        client="webmail_html",
        reminder_lang="fr",
        body=t("""
            Hello, is this genuine? I've had two emails this month pretending to be from the vets asking me to pay through a link, and this one is in French, which makes me even more suspicious. I don't want to click anything. Who exactly am I talking to?

            Maggie
            """),
        invoice=Invoice(
            number="205154",
            amount="128.00",
            currency="GBP",
            item="Vaccins annuels – Biscuit (chien)",
        ),
        facts=Facts(
            note="suspicion, not a request for documents; a person should call; English reply to a French reminder; HTML-only"
        ),
    ),
    Reply(
        key="ot-en-2",
        intent="other",
        lang="en",
        sender=("Duncan Frew", "duncan@frewfamily.example"),
        when="2027-03-14 20:40 +0000",
        client="gmail",
        body=t("""
            Hi,

            Thanks for your email. While I've got you — Pepper has started licking at her stitches again even with the cone on, and she's been a bit off her food since Thursday. My wife thinks it's the new antibiotics because she was fine before. Is that a known side effect? We were told to come back for the check on the 22nd but I wasn't sure whether we should come in sooner. Also, does the 22nd still stand, given that Dr Okafor is apparently leaving? Nobody has rung us about it.

            Sorry to bombard you, I know you're the accounts people but I couldn't get through on the phone this afternoon.

            Cheers,
            Duncan
            """),
        invoice=Invoice(
            number="205316", amount="684.20", item="Spay and hospitalisation – Pepper (canine)"
        ),
        facts=Facts(
            note="clinical and appointment questions in the reminder thread; nothing about the invoice"
        ),
    ),
    Reply(
        key="ot-en-3",
        intent="other",
        lang="en",
        sender=("Heather Cole", "secretary@longmeadowponyclub.example"),
        when="2027-03-16 16:05 +0000",
        client="outlook_plain",
        body=t("""
            Hello,

            Received, thank you. I'll put it in front of the committee at Thursday's meeting.

            Heather Cole
            Hon. Secretary, Longmeadow Pony Club
            """),
        invoice=Invoice(number="205288", amount="420.00", item="Rally day veterinary cover"),
        facts=Facts(note="acknowledgement; the committee meeting is not a payment date"),
    ),
    Reply(
        key="ot-de-1",
        intent="other",
        lang="de",
        sender=("Markus Kessler", "kessler.hof@webpost-nord.example"),
        when="2027-03-11 05:58 +0100",
        client="iphone",
        body="Morgen, kurze Frage: ist die Blutuntersuchung auf BVD im April schon in der Pauschale vom Betreuungsvertrag drin oder wird die extra berechnet? Will wissen, womit ich planen muss.\n\nGruß Kessler",
        invoice=Invoice(
            number="205236", amount="498.00", item="Bestandsbetreuung – Pauschale Februar"
        ),
        facts=Facts(note="question about a future service, not about this invoice"),
    ),
    Reply(
        key="ot-fr-1",
        intent="other",
        lang="fr",
        sender=("Gérard Maillot", "gerard.maillot@courriel-perso.example"),
        when="2027-03-03 12:00 +0100",
        client="iphone",
        body="Bien reçu.",
        invoice=Invoice(number="205101", amount="89.00", item="Consultation – Réglisse (chat)"),
        facts=Facts(note="one-line acknowledgement with no commitment (contrast with 'Paid.')"),
    ),
    Reply(
        key="ot-fr-2",
        intent="other",
        lang="fr",
        sender=("Véronique Astier", "v.astier@astier-architectes.example"),
        when="2027-03-24 21:30 +0100",
        client="apple",
        body=t("""
            Bonsoir,

            Je voulais simplement vous dire que Mistigri nous a quittés dimanche, malgré tous les soins de l'équipe de la clinique de Saint-Médard. Merci au Dr Lacoste pour sa gentillesse pendant ces derniers jours. Je reviendrai vers vous pour le reste quand j'aurai un peu la tête à ça.

            Véronique Astier
            """),
        invoice=Invoice(
            number="205441", amount="1136.40", item="Hospitalisation – Mistigri (chat)"
        ),
        facts=Facts(
            note="bereavement message; 'je reviendrai vers vous' is no commitment to pay; a person should answer"
        ),
    ),
    Reply(
        key="ot-es-1",
        intent="other",
        lang="es",
        sender=("Leire Etxeberria", "leire.etxe@correo-casa.example"),
        when="2027-03-20 09:47 +0100",
        client="android",
        body="Hola, aprovecho el correo: ¿en Semana Santa abre la clínica de Getxo? Tengo que llevar a Txiki a la revisión y no sé si cerráis el jueves y el viernes.\nGracias",
        invoice=Invoice(
            number="205393", amount="64.00", item="Revisión postoperatoria – Txiki (perro)"
        ),
        facts=Facts(note="opening-hours question in the reminder thread"),
    ),
    Reply(
        key="ot-es-2",
        intent="other",
        lang="es",
        sender=("Ramón Olmedo", "ganaderia@hnosolmedo.example"),
        when="2027-03-12 18:00 +0100",
        client="outlook_plain",
        charset="iso-8859-1",
        cte="8bit",
        body=t("""
            Buenas tardes,

            Les comunico que a finales de febrero vendimos todo el ganado y cerramos la explotación.

            Un saludo,
            Ramón Olmedo
            """),
        invoice=Invoice(number="205270", amount="388.00", item="Plan sanitario vacuno – febrero"),
        facts=Facts(
            note="business closed; the writer is still the contact and nothing is contested or promised"
        ),
    ),
    Reply(
        key="ot-nl-1",
        intent="other",
        lang="nl",
        sender=("Karin Lambrechts", "secretariaat@menverenigingdezwaluw.example"),
        when="2027-03-08 13:45 +0100",
        client="outlook_html",
        charset="windows-1252",
        body=t("""
            Beste,

            Ontvangen, dank u. Ik stuur hem door naar onze penningmeester.

            Met vriendelijke groet,
            Karin Lambrechts
            Secretaris Paardenmenvereniging De Zwaluw
            """),
        invoice=Invoice(number="205209", amount="310.00", item="Veterinaire keuring menwedstrijd"),
        facts=Facts(note="acknowledgement; passing it on names no new contact"),
    ),
    Reply(
        key="ot-nl-2",
        intent="other",
        lang="nl",
        sender=("Bas van Leeuwen", "bas.vanleeuwen@mail-thuis.example"),
        when="2027-03-25 17:17 +0100",
        client="iphone",
        body="Oké 👍",
        invoice=Invoice(
            number="205463", amount="49.50", item="Nagels knippen en controle – Kees (konijn)"
        ),
        facts=Facts(note="one-line acknowledgement with an emoji: not a payment claim"),
    ),
    Reply(
        key="ot-it-1",
        intent="other",
        lang="it",
        sender=("Alessandro Vitali", "info@maneggiolequerce.example"),
        when="2027-03-04 08:30 +0100",
        client="gmail",
        body=t("""
            Buongiorno,

            approfitto della mail: il veterinario può passare giovedì prossimo in mattinata? La cavalla grigia (Luna) zoppica di nuovo dall'anteriore destro. Se non è possibile, fatemi sapere un altro giorno.

            Grazie
            Alessandro Vitali
            Maneggio Le Querce
            """),
        invoice=Invoice(number="205116", amount="220.00", item="Visita zoppia – Luna (cavalla)"),
        facts=Facts(note="visit request in the reminder thread"),
    ),
    Reply(
        key="ot-it-2",
        intent="other",
        lang="it",
        sender=("Anna Colombo", "anna.colombo@posta-casa.example"),
        when="2027-03-23 19:05 +0100",
        client="iphone",
        body="Ricevuto, grazie. Ne parlo stasera con mio marito e vi faccio sapere.",
        invoice=Invoice(
            number="205448", amount="187.00", item="Visita dermatologica – Pallina (cane)"
        ),
        facts=Facts(note="acknowledgement; 'vi faccio sapere' is no commitment"),
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
# Delivery reports: machine skeletons generated, human-readable parts written out one by one
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Bounce:
    """A delivery report about a reminder sent to `rcpt` (the reminder was in `rlang`)."""

    key: str
    lang: str
    kind: str
    status: str
    rcpt: str
    when: str
    invoice: Invoice
    rlang: str = ""
    queued: timedelta = timedelta(minutes=2)
    note: str | None = None

    @property
    def dt(self) -> datetime:
        return datetime.strptime(self.when, "%Y-%m-%d %H:%M %z")

    @property
    def sent(self) -> datetime:
        return (self.dt - self.queued).replace(second=number(self.key, "sent", 60))

    @property
    def domain(self) -> str:
        return self.rcpt.split("@")[1]

    def reminder(self) -> Message:
        return reminder_message(
            lang=self.rlang or self.lang,
            invoice=self.invoice,
            rcpt=self.rcpt,
            sent=self.sent,
            key=self.key,
        )

    def subject(self) -> str:
        return reminder_subject(self.rlang or self.lang, self.invoice)


@dataclass(frozen=True, kw_only=True)
class Report:
    """The machine-readable fields of a delivery-status report."""

    mta: str
    action: str
    diagnostic: str
    remote: str = ""
    extra: tuple[str, ...] = ()


def delivery_status(b: Bounce, report: Report) -> Message:
    per_message = [
        f"Reporting-MTA: dns; {report.mta}",
        *report.extra,
        f"Arrival-Date: {format_datetime(b.sent)}",
    ]
    per_recipient = [
        f"Final-Recipient: rfc822; {b.rcpt}",
        f"Original-Recipient: rfc822;{b.rcpt}",
        f"Action: {report.action}",
        f"Status: {b.status}",
        *([f"Remote-MTA: dns; {report.remote}"] if report.remote else []),
        f"Diagnostic-Code: smtp; {report.diagnostic}",
        f"Last-Attempt-Date: {format_datetime(b.dt)}",
    ]
    if report.action == "delayed":
        per_recipient.append(f"Will-Retry-Until: {format_datetime(b.sent + timedelta(days=5))}")
    part = Message()
    part["Content-Type"] = "message/delivery-status"
    part.set_payload(
        [message_from_string("\n".join(block) + "\n") for block in (per_message, per_recipient)]
    )
    return part


def returned_message(b: Bounce) -> Message:
    return MIMEMessage(b.reminder())


def returned_headers(b: Bounce) -> Message:
    lines = "".join(f"{name}: {value}\n" for name, value in b.reminder().items())
    return text_part(lines, subtype="rfc822-headers", charset="us-ascii", cte="7bit")


def multipart_report(*parts: Message) -> Message:
    outer = MIMEMultipart("report", report_type="delivery-status")
    for part in parts:
        outer.attach(part)
    return outer


def seal(
    b: Bounce, msg: Message, *, sender: str, subject: str, extra: tuple[tuple[str, str], ...] = ()
) -> Message:
    msg["From"] = sender if sender.isascii() else mailbox(*parseaddr(sender))
    msg["To"] = AR_ADDR
    msg["Subject"] = encoded_header(subject, charset="utf-8")
    msg["Date"] = format_datetime(b.dt)
    host = parseaddr(sender)[1].split("@")[1]
    msg["Message-ID"] = f"<{token(b.key, 'dsn', 20).lower()}@{host}>"
    for name, value in extra:
        msg[name] = value
    return finish_message(msg, key=b.key, boundary_prefix="=_dsn_")


def bounce_postfix(b: Bounce) -> Message:
    human = t(f"""
        This is the mail system at host mail.{AR_DOMAIN}.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{b.rcpt}>: host mx.{b.domain}[198.51.100.23]
            said: 550 5.1.1 <{b.rcpt}>: Recipient address
            rejected: User unknown in local recipient table (in reply to RCPT TO
            command)
        """)
    notification = text_part(human + "\n", charset="us-ascii", cte="7bit")
    notification["Content-Description"] = "Notification"
    report = Report(
        mta=f"mail.{AR_DOMAIN}",
        action="failed",
        diagnostic=f"550 5.1.1 <{b.rcpt}>: Recipient address rejected: User unknown in local recipient table",
        remote=f"mx.{b.domain}",
        extra=("X-Postfix-Queue-ID: 4Fq2L81xZbz9sWQ", f"X-Postfix-Sender: rfc822; {AR_ADDR}"),
    )
    status = delivery_status(b, report)
    status["Content-Description"] = "Delivery report"
    returned = returned_message(b)
    returned["Content-Description"] = "Undelivered Message"
    return seal(
        b,
        multipart_report(notification, status, returned),
        sender=f"MAILER-DAEMON@mail.{AR_DOMAIN} (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender",
        extra=(AUTO_REPLIED,),
    )


def bounce_sendmail_delay(b: Bounce) -> Message:
    arrived = b.sent.strftime("%a, %d %b %Y %H:%M:%S %z")
    human = t(f"""
        **********************************************
        **      THIS IS A WARNING MESSAGE ONLY      **
        **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
        **********************************************

        The original message was received at {arrived}
        from mail.{AR_DOMAIN} [192.0.2.17]

           ----- Transcript of session follows -----
        <{b.rcpt}>... Deferred: Connection timed out with mx1.{b.domain}.
        Warning: message still undelivered after 4 hours
        Will keep trying until message is 5 days old
        """)
    report = Report(
        mta=f"relay2.{AR_DOMAIN}",
        action="delayed",
        diagnostic=f"421 4.4.1 Connection timed out with mx1.{b.domain}",
        remote=f"mx1.{b.domain}",
        extra=(f"Received-From-MTA: DNS; mail.{AR_DOMAIN}",),
    )
    return seal(
        b,
        multipart_report(
            text_part(human + "\n", charset="us-ascii", cte="7bit"),
            delivery_status(b, report),
            returned_headers(b),
        ),
        sender=f"Mail Delivery Subsystem <MAILER-DAEMON@relay2.{AR_DOMAIN}>",
        subject="Warning: could not send message for past 4 hours",
        extra=(("Auto-Submitted", "auto-generated (warning-timeout)"),),
    )


def bounce_qmail(b: Bounce) -> Message:
    original = b.reminder().as_string()
    received = f"Received: (qmail 48213 invoked from network); {format_datetime(b.sent)}\n"
    text = t(f"""
        Hi. This is the qmail-send program at mail.{b.domain}.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <{b.rcpt}>:
        Sorry, no mailbox here by that name. (#5.1.1)

        --- Below this line is a copy of the message.
        """)
    msg = Message()
    msg.set_payload(f"{text}\n\nReturn-Path: <{AR_ADDR}>\n{received}{original}")
    return seal(b, msg, sender=f"MAILER-DAEMON@mail.{b.domain}", subject="failure notice")


def exchange_human(text: str, page: str, *, charset: str = "utf-8") -> Message:
    return alternative(
        text_part(text, charset=charset), text_part(page, subtype="html", charset=charset)
    )


def exchange_page(title: str, body: str) -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        '<body><table width="100%" style="font-family:Segoe UI,Arial,sans-serif">'
        f'<tr><td style="font-size:16pt;color:#c00000"><b>{html.escape(title)}</b></td></tr>'
        f'<tr><td style="font-size:10pt">{html_paras(body)}</td></tr></table></body></html>\n'
    )


def bounce_exchange_de(b: Bounce) -> Message:
    body = t(f"""
        Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

        {b.rcpt}
        Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die Schreibweise der Adresse, oder erfragen Sie die richtige Adresse direkt beim Empfänger.

        Diagnoseinformationen für Administratoren:

        Generierender Server: EXCH01.falkenhorst.local

        {b.rcpt}
        Remoteserver hat '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' zurückgegeben
        """)
    human = exchange_human(body + "\n", exchange_page("Zustellung fehlgeschlagen", body))
    report = Report(
        mta="EXCH01.falkenhorst.local",
        action="failed",
        diagnostic="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
    )
    return seal(
        b,
        multipart_report(human, delivery_status(b, report), returned_headers(b)),
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
        subject=f"Unzustellbar: {b.subject()}",
        extra=(AUTO_REPLIED, ("Content-Language", "de-DE")),
    )


def bounce_exim_de(b: Bounce) -> Message:
    retry = (b.sent + timedelta(days=3)).strftime("%d.%m.%Y")
    human = t(f"""
        Dies ist eine automatisch erzeugte Nachricht des Mailservers smtp.hostwerk.example.

        Ihre Nachricht konnte seit 24 Stunden nicht an die folgende Adresse zugestellt werden:

          {b.rcpt}
            Zustellung verzögert: Verbindung zu mx.{b.domain} [203.0.113.61] abgelaufen (Connection timed out)

        Der Server versucht weiterhin, die Nachricht zuzustellen. Gelingt dies bis zum {retry} nicht, erhalten Sie eine Fehlermeldung. Sie müssen die Nachricht nicht erneut senden.

        Ihr Hostwerk-Mailsystem
        """)
    report = Report(
        mta="smtp.hostwerk.example",
        action="delayed",
        diagnostic="Connection timed out",
        remote=f"mx.{b.domain}",
    )
    return seal(
        b,
        multipart_report(text_part(human + "\n"), delivery_status(b, report), returned_headers(b)),
        sender="Mail Delivery System <Mailer-Daemon@smtp.hostwerk.example>",
        subject="Warnung: Nachricht 1rKx7d-0004Qa-2M seit 24 Stunden verzögert",
        extra=(("Auto-Submitted", "auto-replied"), ("X-Exim-Delay-Warning", "24h")),
    )


def bounce_isp_fr(b: Bounce) -> Message:
    original = b.reminder()
    headers = "\n".join(
        f"{name}: {original[name]}" for name in ("From", "To", "Subject", "Date", "Message-ID")
    )
    text = t(f"""
        Bonjour,

        Ceci est un message automatique du serveur de messagerie mx2.aubepine-mail.example.

        Votre message n'a pas pu être remis au destinataire suivant :

            {b.rcpt}

        Raison : adresse inconnue. La boîte aux lettres n'existe pas ou a été supprimée.
        Code d'erreur : 550 5.1.1

        Le message n'a pas été remis et ne le sera pas. Vérifiez l'adresse avant de renvoyer votre message.

        ------ En-têtes du message d'origine ------
        """)
    part = text_part(f"{text}\n{headers}\n", charset="iso-8859-1")
    return seal(
        b,
        part,
        sender="Service Messagerie Aubépine <mailer-daemon@mx2.aubepine-mail.example>",
        subject=f"Message non remis : {latin1(b.subject())}",
        extra=(AUTO_REPLIED,),
    )


def bounce_exchange_fr_full(b: Bounce) -> Message:
    body = t(f"""
        Votre message n'a pas pu être remis à ces destinataires ou groupes :

        {b.rcpt}
        La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Réessayez plus tard ou contactez directement le destinataire.

        Informations de diagnostic pour les administrateurs :

        Serveur de génération : MAIL01.grandspins.local

        {b.rcpt}
        Le serveur distant a renvoyé '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
        """)
    human = exchange_human(body + "\n", exchange_page("Remise impossible", body))
    report = Report(
        mta="MAIL01.grandspins.local",
        action="failed",
        diagnostic="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
    )
    return seal(
        b,
        multipart_report(human, delivery_status(b, report), returned_headers(b)),
        sender=f"Microsoft Outlook <postmaster@{b.domain}>",
        subject=f"Non remis : {b.subject()}",
        extra=(AUTO_REPLIED, ("Content-Language", "fr-FR")),
    )


def bounce_gmail_es(b: Bounce) -> Message:
    lines = [
        "** No se ha encontrado la dirección **",
        f"Tu mensaje no se ha entregado a {b.rcpt} porque no se ha encontrado la dirección o no puede recibir correo.",
        "Más información en https://support.google.com/mail/?p=NoSuchUser",
        "La respuesta del servidor remoto fue:",
        "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
    ]
    page = (
        "<html><head></head><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "</body></html>\n"
    )
    human = alternative(text_part("\n\n".join(lines) + "\n"), text_part(page, subtype="html"))
    report = Report(
        mta="googlemail.com",
        action="failed",
        diagnostic="550-5.1.1 The email account that you tried to reach does not exist.",
        remote="gmail-smtp-in.l.google.com",
    )
    return seal(
        b,
        multipart_report(human, delivery_status(b, report), returned_message(b)),
        sender="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)",
        extra=(AUTO_REPLIED,),
    )


def bounce_gateway_nl(b: Bounce) -> Message:
    body = t(f"""
        Uw bericht is niet afgeleverd.

        Het onderstaande bericht is door de e-mailbeveiliging van de ontvanger geweigerd.

        Ontvanger: {b.rcpt}
        Onderwerp: {b.subject()}
        Reden: bericht geweigerd door het beleid van de ontvanger (afzenderdomein staat niet op de toegestane lijst)
        Statuscode: 550 5.7.1

        Neem via een andere weg contact op met de ontvanger als u denkt dat dit ten onrechte is gebeurd. Het bericht wordt niet opnieuw aangeboden.

        Bastion MailGuard – e-mailbeveiliging
        """)
    page = exchange_page("Bericht geweigerd", body)
    report = Report(
        mta="gw1.bastion-mailguard.example",
        action="failed",
        diagnostic="550 5.7.1 Message rejected by recipient policy (sender domain not allowed)",
    )
    return seal(
        b,
        multipart_report(
            text_part(page, subtype="html"), delivery_status(b, report), returned_headers(b)
        ),
        sender="Bastion MailGuard <postmaster@gw1.bastion-mailguard.example>",
        subject=f"Onbestelbaar: {b.subject()}",
        extra=(AUTO_REPLIED,),
    )


def bounce_isp_nl(b: Bounce) -> Message:
    until = (b.sent + timedelta(days=7)).day
    text = t(f"""
        Dit is een automatisch bericht van de mailserver van Polderweb.

        Uw bericht aan de onderstaande ontvanger kon nog niet worden afgeleverd:

          {b.rcpt}

        De ontvangende server (mx.{b.domain}) is tijdelijk niet bereikbaar (4.4.1 geen antwoord van de server). Wij bieden het bericht automatisch opnieuw aan tot en met {until} maart 2027. U hoeft zelf niets te doen.

        Oorspronkelijk onderwerp: {b.subject()}
        Verzonden: {b.sent.strftime("%d-%m-%Y %H:%M")}

        Polderweb Mail
        """)
    return seal(
        b,
        text_part(text + "\n"),
        sender="Mailsysteem Polderweb <mailer-daemon@mx-backup.polderweb.example>",
        subject=f"Vertraagde aflevering: {b.subject()}",
        extra=(AUTO_REPLIED,),
    )


def bounce_exchange_it_delay(b: Bounce) -> Message:
    retry = (b.sent + timedelta(days=2)).strftime("%d/%m/%Y %H:%M")
    body = t(f"""
        Il recapito del messaggio è in ritardo

        Non è stato ancora possibile recapitare il messaggio ai destinatari o ai gruppi seguenti:

        {b.rcpt}

        Il server continuerà a provare. Se il messaggio non potrà essere recapitato entro il {retry}, riceverai un'altra notifica. Non è necessario inviarlo di nuovo.

        Informazioni di diagnostica per gli amministratori:

        Server che ha generato la notifica: AM9P191MB1408.EURP191.PROD.OUTLOOK.COM

        {b.rcpt}
        Errore del server remoto: '451 4.4.7 Message delayed'
        """)
    human = exchange_human(body + "\n", exchange_page("Recapito ritardato", body))
    report = Report(
        mta="AM9P191MB1408.EURP191.PROD.OUTLOOK.COM",
        action="delayed",
        diagnostic="451 4.4.7 Message delayed",
    )
    return seal(
        b,
        multipart_report(human, delivery_status(b, report), returned_headers(b)),
        sender=f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{AR_DOMAIN}>",
        subject=f"Recapito ritardato: {b.subject()}",
        extra=(AUTO_REPLIED, ("Content-Language", "it-IT")),
    )


def bounce_isp_it(b: Bounce) -> Message:
    text = t(f"""
        Gentile utente,

        il messaggio che hai inviato a {b.rcpt} non è stato ancora consegnato perché la casella del destinatario ha superato lo spazio disponibile (errore 452 4.2.2 Mailbox full).

        Il sistema proverà di nuovo a consegnarlo nei prossimi 3 giorni. Se nel frattempo la casella verrà liberata, il messaggio arriverà regolarmente; in caso contrario riceverai un avviso di mancata consegna definitiva.

        Dettagli del messaggio:
          Oggetto: {b.subject()}
          Inviato: {b.sent.strftime("%d/%m/%Y %H:%M")}

        Postaveloce – Servizio clienti
        """)
    return seal(
        b,
        text_part(text + "\n", charset="utf-8", cte="8bit"),
        sender="Sistema di posta Postaveloce <mailer-daemon@mx.postaveloce.example>",
        subject="Avviso: casella del destinatario piena",
        extra=(AUTO_REPLIED,),
    )


BOUNCES: list[tuple[Bounce, Callable[[Bounce], Message]]] = [
    (
        Bounce(
            key="bo-en-1",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="office@wrenfieldkennels.example",
            when="2027-03-02 09:14 +0000",
            invoice=Invoice(
                number="205072", amount="248.00", item="Kennel health checks – February"
            ),
            note="Postfix RFC 3464 report with the full returned message",
        ),
        bounce_postfix,
    ),
    (
        Bounce(
            key="bo-en-2",
            lang="en",
            kind="soft",
            status="4.4.1",
            rcpt="accounts@stonebridgelivery.example",
            when="2027-03-09 12:31 +0000",
            queued=timedelta(hours=4, minutes=1),
            invoice=Invoice(
                number="205221", amount="1384.00", item="Livery yard – strangles screening"
            ),
            note="sendmail four-hour delay warning",
        ),
        bounce_sendmail_delay,
    ),
    (
        Bounce(
            key="bo-en-3",
            lang="en",
            kind="hard",
            status="5.1.1",
            rcpt="billing@pinecrestsanctuary.example",
            when="2027-03-19 09:20 +0000",
            invoice=Invoice(
                number="205409", amount="905.00", item="Sanctuary neutering programme – February"
            ),
            note="qmail notice, not MIME, with the message inline; the status is the '(#5.1.1)' code",
        ),
        bounce_qmail,
    ),
    (
        Bounce(
            key="bo-de-1",
            lang="de",
            kind="hard",
            status="5.1.1",
            rcpt="rechnungen@reitverein-falkenhorst.example",
            when="2027-03-03 09:05 +0100",
            invoice=Invoice(number="205093", amount="576.00", item="Impfungen Schulpferde"),
            note="Exchange 'Unzustellbar' report from the recipient's server",
        ),
        bounce_exchange_de,
    ),
    (
        Bounce(
            key="bo-de-2",
            lang="de",
            kind="soft",
            status="4.0.0",
            rcpt="info@tierpension-kiefernhain.example",
            when="2027-03-10 08:45 +0100",
            queued=timedelta(hours=24, minutes=1),
            invoice=Invoice(number="205197", amount="164.00", item="Impfungen Pensionshunde"),
            note="Exim delay warning with German text; Exim reports the generic 4.0.0",
        ),
        bounce_exim_de,
    ),
    (
        Bounce(
            key="bo-fr-1",
            lang="fr",
            kind="hard",
            status="5.1.1",
            rcpt="facturation@ecuriesdulac-annecy.example",
            when="2027-03-16 09:08 +0100",
            invoice=Invoice(number="205350", amount="720.00", item="Visites chevaux – février"),
            note="French provider notice, single ISO-8859-1 text part, not RFC 3464",
        ),
        bounce_isp_fr,
    ),
    (
        Bounce(
            key="bo-fr-2",
            lang="fr",
            kind="soft",
            status="5.2.2",
            rcpt="secretariat@chenil-des-grands-pins.example",
            when="2027-03-22 10:00 +0100",
            invoice=Invoice(number="205418", amount="396.00", item="Vaccinations chenil – février"),
            note="mailbox full reported with a 5.x code: soft, and the code is kept",
        ),
        bounce_exchange_fr_full,
    ),
    (
        Bounce(
            key="bo-es-1",
            lang="es",
            kind="hard",
            status="5.1.1",
            rcpt="cuadra.elrocio@gmail.com",
            when="2027-03-05 10:20 +0100",
            invoice=Invoice(number="205136", amount="455.00", item="Visitas equinas – febrero"),
            note="Gmail report with Spanish text; the subject stays in English",
        ),
        bounce_gmail_es,
    ),
    (
        Bounce(
            key="bo-nl-1",
            lang="nl",
            kind="hard",
            status="5.7.1",
            rcpt="inkoop@pluimveebedrijf-vandermeer.example",
            when="2027-03-12 08:40 +0100",
            invoice=Invoice(
                number="205261", amount="1190.00", item="Vaccinatie leghennen – ronde 2"
            ),
            note="security gateway rejection by policy, HTML-only human part",
        ),
        bounce_gateway_nl,
    ),
    (
        Bounce(
            key="bo-nl-2",
            lang="nl",
            kind="soft",
            status="4.4.1",
            rcpt="boekhouding@stalderuyter.example",
            when="2027-03-18 11:30 +0100",
            queued=timedelta(hours=2, minutes=50),
            invoice=Invoice(
                number="205325", amount="342.00", item="Tandheelkunde paarden – februari"
            ),
            note="Dutch provider notice from a backup MX, plain text, not RFC 3464",
        ),
        bounce_isp_nl,
    ),
    (
        Bounce(
            key="bo-it-1",
            lang="it",
            kind="soft",
            status="4.4.7",
            rcpt="contabilita@agriturismo-ilcastagno.example",
            when="2027-03-18 10:12 +0100",
            queued=timedelta(hours=1, minutes=55),
            invoice=Invoice(
                number="205317", amount="268.00", item="Visita animali fattoria didattica"
            ),
            note="Exchange Online 'Recapito ritardato' delay report",
        ),
        bounce_exchange_it_delay,
    ),
    (
        Bounce(
            key="bo-it-2",
            lang="it",
            kind="soft",
            status="4.2.2",
            rcpt="amministrazione@maneggioilpoggio.example",
            when="2027-03-25 09:06 +0100",
            queued=timedelta(minutes=1),
            invoice=Invoice(number="205457", amount="590.00", item="Vaccinazioni cavalli maneggio"),
            note="Italian provider notice, mailbox over quota, plain 8-bit text",
        ),
        bounce_isp_it,
    ),
]


# --------------------------------------------------------------------------------------------
# Labels, checks and output
# --------------------------------------------------------------------------------------------

DATE_RE = re.compile(r"^2027-0[23]-\d\d$")
AMOUNT_RE = re.compile(r"^\d+\.\d\d$")
REF_RE = re.compile(r"^FVG-INV-\d{6}$")
STATUS_RE = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")
ONLY_FOR = {
    "promised_date": "promise_to_pay",
    "paid_date": "payment_sent",
    "return_date": "auto_reply",
    "new_contact": "wrong_contact",
}


def reply_label(r: Reply, file: str) -> Label:
    f = r.facts
    return Label(
        file=file,
        intent=r.intent,
        promised_date=f.promised,
        paid_date=f.paid,
        return_date=f.back,
        payment_reference=f.pay_ref,
        amount=f.amount,
        currency=f.currency,
        new_contact=f.contact,
        bounce_kind=None,
        failed_recipient=None,
        bounce_status=None,
        invoice_refs=[f"FVG-INV-{ref}" for ref in f.refs],
        language=r.lang,
        note=f.note,
    )


def bounce_label(b: Bounce, file: str) -> Label:
    return Label(
        file=file,
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


def label_problems(label: Label) -> Iterator[str]:
    """Everything wrong with one label's shape (nothing, when it is well formed)."""
    fields: dict[str, object] = dict(label)
    if tuple(fields) != LABEL_KEYS:
        yield "keys out of order"
    if label["intent"] not in INTENTS or label["language"] not in LANGS:
        yield "unknown intent or language"
    for key, intent in ONLY_FOR.items():
        if fields[key] is not None and label["intent"] != intent:
            yield f"{key} set on a {label['intent']} message"
    for key in ("promised_date", "paid_date", "return_date"):
        value = fields[key]
        if value is not None and not (isinstance(value, str) and DATE_RE.match(value)):
            yield f"bad {key} {value!r}"
    yield from money_problems(label)
    yield from bounce_problems(label)


def money_problems(label: Label) -> Iterator[str]:
    amount, currency = label["amount"], label["currency"]
    if (amount is None) != (currency is None):
        yield "amount and currency go together"
    if amount is not None and not AMOUNT_RE.match(amount):
        yield "bad amount"
    if currency not in {None, "GBP", "EUR"}:
        yield "bad currency"
    if any(not REF_RE.match(ref) for ref in label["invoice_refs"]):
        yield "bad invoice ref"
    contact = label["new_contact"]
    if contact is not None and (contact != contact.lower() or "@" not in contact):
        yield "new_contact must be a lower-case address"


def bounce_problems(label: Label) -> Iterator[str]:
    kind, rcpt, status = label["bounce_kind"], label["failed_recipient"], label["bounce_status"]
    if label["intent"] != "bounce":
        if (kind, rcpt, status) != (None, None, None):
            yield "bounce fields on a non-bounce"
        return
    if kind not in {"hard", "soft"} or rcpt is None or rcpt != rcpt.lower():
        yield "bad bounce kind or recipient"
    if status is None or not STATUS_RE.match(status):
        yield "bad bounce status"


def text_problems(r: Reply) -> Iterator[str]:
    """The extracted values must be visible in the hand-written text."""
    written = "\n".join([r.body, r.subject, *(answer for _, answer in r.inline)])
    for ref in r.facts.refs:
        if ref not in written:
            yield f"{r.key}: invoice {ref} not in the text"
    contact = r.facts.contact
    if contact is not None and contact not in written.lower():
        yield f"{r.key}: {contact} not in the text"
    if r.facts.pay_ref is not None and r.facts.pay_ref not in written:
        yield f"{r.key}: reference not in the text"


def header_defects(part: Message) -> list[str]:
    found = []
    for name, value in part.items():
        defects = getattr(value, "defects", [])
        if defects:
            found.append(f"{name}: {defects}")
    return found


def check_message(name: str, data: bytes) -> None:
    """Parse the bytes back as a reader would; any defect or undecodable part is fatal."""
    msg = message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            raise SystemExit(f"{name}: no {header}")
    if "=?" in str(msg["Subject"]):
        raise SystemExit(f"{name}: subject not decoded")
    status_blocks: set[int] = set()
    for part in msg.walk():
        if id(part) in status_blocks:
            continue  # the field blocks of a message/delivery-status part carry no text
        if part.get_content_type() == "message/delivery-status":
            status_blocks.update(id(block) for block in part.get_payload())
        problems = [*map(str, part.defects), *header_defects(part)]
        if problems:
            raise SystemExit(f"{name}: defects {problems}")
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if not isinstance(content, str) or not content.strip():
                raise SystemExit(f"{name}: empty or undecodable text part")


def check_counts(labels: list[Label]) -> None:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    for intent in INTENTS:
        if sum(cells[intent, lang] for lang in LANGS) != 12:
            raise SystemExit(f"{intent}: not 12 messages")
        if any(cells[intent, lang] == 0 for lang in LANGS):
            raise SystemExit(f"{intent}: a language is missing")
    kinds = Counter(x["bounce_kind"] for x in labels if x["intent"] == "bounce")
    if kinds != Counter({"hard": 6, "soft": 6}):
        raise SystemExit(f"bounces: {dict(kinds)}")


def count_table(labels: list[Label]) -> str:
    cells = Counter((x["intent"], x["language"]) for x in labels)
    rows = ["| intent | " + " | ".join(LANGS) + " | total |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for intent in INTENTS:
        counts = [cells[intent, lang] for lang in LANGS]
        rows.append(f"| {intent} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [sum(cells[intent, lang] for intent in INTENTS) for lang in LANGS]
    cells_total = " | ".join(f"**{total}**" for total in totals)
    rows.append(f"| **total** | {cells_total} | **{sum(totals)}** |")
    return "\n".join(rows)


Built = tuple[str, Message, Callable[[str], Label]]


def all_messages() -> list[Built]:
    items: list[Built] = []
    for r in REPLIES:
        items.append((r.key, build_reply(r), partial(reply_label, r)))
    for b, build in BOUNCES:
        items.append((b.key, build(b), partial(bounce_label, b)))
    return items


def check_specs() -> None:
    keys = [r.key for r in REPLIES] + [b.key for b, _ in BOUNCES]
    if len(keys) != len(set(keys)):
        raise SystemExit("duplicate keys")
    bodies = [r.body for r in REPLIES if r.body]
    if len(bodies) != len(set(bodies)):
        raise SystemExit("two messages share their wording")
    problems = [problem for r in REPLIES for problem in text_problems(r)]
    if problems:
        raise SystemExit("\n".join(problems))


def write_all() -> list[Label]:
    check_specs()
    items = sorted(all_messages(), key=lambda item: digest(item[0], f"order-{SEED}"))
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels: list[Label] = []
    for index, (_, msg, make_label) in enumerate(items, start=1):
        name = f"{PREFIX}-{index:03d}.eml"
        data = msg.as_bytes()
        check_message(name, data)
        (HERE / name).write_bytes(data)
        label = make_label(name)
        problems = list(label_problems(label))
        if problems:
            raise SystemExit(f"{name}: {problems}")
        labels.append(label)
    check_counts(labels)
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as out:
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
